"""Curated knowledge (data/curation/*.yaml): read and checked against schemas/curation/ the same way
by every stage that uses it, so a broken file always gets the same kind of message."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from .errors import InputError


def read_yaml(path: Path) -> object:
    """The parsed file; an InputError naming it when it is missing or not YAML."""
    try:
        # libyaml's safe loader when PyYAML has it: the same result as yaml.safe_load, several times faster.
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise InputError(path, f"is missing; restore data/curation/{path.name} from the repository") from None
    except yaml.YAMLError as error:
        raise InputError(path, f"is not valid YAML ({error}); fix the syntax") from None


def schema_errors(data: object, schema_path: Path) -> list[jsonschema.ValidationError]:
    """Every way data breaks the JSON Schema at schema_path, in document order."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
