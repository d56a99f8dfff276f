"""JSON Schema checks of the documents around the tables: descriptor, exports, sidecars, curation files.

Each document is checked against the schema that governs it:
- `datapackage.json` against the Data Package profile, each resource against the profile it
  declares (both vendored in schemas/profiles/, so nothing is fetched);
- JSON exports (`data/*.json` beside the CSV files, and the Datasette metadata made from the
  package) against `schemas/exports/<name>.schema.json`;
- article sidecars `<article_id>.meta.json` against `schemas/article-meta.schema.json`;
- every curation file `data/curation/<stem>.<ext>` against `schemas/curation/<stem>.schema.json`;
  a curation file without a schema is an error.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

from . import site
from .ingest import SIDECAR_SUFFIX
from .paths import CURATION_DIR, ROOT, SCHEMAS_DIR
from .report import Problem

LAYER = "json-schema"
PROFILES_DIR = SCHEMAS_DIR / "profiles"
EXPORTS_DIR = SCHEMAS_DIR / "exports"
CURATION_SCHEMAS_DIR = SCHEMAS_DIR / "curation"
SIDECAR_SCHEMA = SCHEMAS_DIR / "article-meta.schema.json"
DATASETTE_METADATA = "datasette-metadata"

# Notes for people kept beside the curation data (README.md and the like) are not data.
NOT_DATA = {".md", ".txt"}


def _show(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _problem(document: str, rule: str, where: str = "") -> Problem:
    return Problem(LAYER, document, rule, examples=[where] if where else [])


def _read(path: Path):
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        # libyaml's safe loader: same result as yaml.safe_load, several times faster on the gazetteer.
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if path.suffix == ".json":
        return json.loads(text)
    if path.suffix == ".csv":
        return list(csv.DictReader(text.splitlines()))
    raise ValueError(f"no reader for {path.suffix} files; store it as YAML, JSON or CSV")


@lru_cache(maxsize=None)
def _schema(path: Path) -> dict:
    """A schema, itself checked against its metaschema; once per process, as the profiles are large."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
    return schema


def _check(document: str, instance, schema: dict, prefix: str = "") -> list[Problem]:
    """Breaches of the same schema rule are one problem, with the places that break it as examples."""
    validator = jsonschema.validators.validator_for(schema)(schema)
    grouped: dict[tuple, Problem] = {}
    for error in sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path]):
        rule = tuple(map(str, error.relative_schema_path))
        problem = grouped.setdefault(rule, Problem(LAYER, document, error.message, unit="place"))
        problem.count += 1
        problem.examples.append(prefix + "/" + "/".join(map(str, error.absolute_path)))
    return list(grouped.values())


def _check_file(path: Path, schema_path: Path, label: str | None = None) -> list[Problem]:
    document = label or _show(path)
    if not schema_path.exists():
        return [_problem(document, f"has no schema; add {_show(schema_path)} describing it")]
    try:
        instance = _read(path)
    except (ValueError, yaml.YAMLError, UnicodeDecodeError) as error:
        return [_problem(document, f"cannot be read: {error}")]
    try:
        schema = _schema(schema_path)
    except (ValueError, jsonschema.SchemaError) as error:
        return [_problem(_show(schema_path), f"is not a valid JSON Schema: {error}")]
    return _check(document, instance, schema)


def descriptor_problems(descriptor_path: Path) -> list[Problem]:
    """The descriptor against the Data Package profile, each resource against its own profile."""
    try:
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        return [_problem(descriptor_path.name, f"is not valid JSON: {error}")]
    problems = _check(descriptor_path.name, descriptor, _schema(PROFILES_DIR / "data-package.json"))
    for number, resource in enumerate(descriptor.get("resources", [])):
        profile = PROFILES_DIR / f"{resource.get('profile', 'data-resource')}.json"
        if not profile.exists():
            problems.append(_problem(descriptor_path.name, f"unknown resource profile {resource.get('profile')!r}", f"/resources/{number}/profile"))
            continue
        problems += _check(descriptor_path.name, resource, _schema(profile), prefix=f"/resources/{number}")
    return problems


def export_problems(descriptor_path: Path) -> list[Problem]:
    """JSON the project publishes from this package, each against schemas/exports/<name>.schema.json."""
    problems = []
    for path in sorted((descriptor_path.parent / "data").glob("*.json")):
        problems += _check_file(path, EXPORTS_DIR / f"{path.stem}.schema.json", f"data/{path.name}")
    label = "Datasette metadata"
    try:
        metadata = site.metadata(json.loads(descriptor_path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, IndexError, TypeError, OSError) as error:
        return problems + [_problem(label, f"cannot be made from the package: {error!r}")]
    return problems + _check(label, metadata, _schema(EXPORTS_DIR / f"{DATASETTE_METADATA}.schema.json"))


def sidecar_problems(input_dir: Path) -> list[Problem]:
    return [problem for path in sorted(input_dir.glob("*" + SIDECAR_SUFFIX)) for problem in _check_file(path, SIDECAR_SCHEMA)]


def curation_files(curation_dir: Path) -> list[Path]:
    return sorted(p for p in curation_dir.glob("*") if p.is_file() and p.suffix not in NOT_DATA)


def curation_problems(curation_dir: Path = CURATION_DIR, schemas_dir: Path = CURATION_SCHEMAS_DIR) -> list[Problem]:
    return [
        problem
        for path in curation_files(curation_dir)
        for problem in _check_file(path, schemas_dir / f"{path.stem}.schema.json")
    ]


def check(descriptor_path: Path, input_dir: Path | None, curation_dir: Path = CURATION_DIR) -> tuple[str, list[Problem]]:
    """Every document of the package and its inputs; returns what was checked and what broke."""
    sidecars = sorted(input_dir.glob("*" + SIDECAR_SUFFIX)) if input_dir else []
    exports = len(list((descriptor_path.parent / "data").glob("*.json"))) + 1
    problems = descriptor_problems(descriptor_path)
    problems += export_problems(descriptor_path) if not problems else []
    problems += sidecar_problems(input_dir) if input_dir else []
    problems += curation_problems(curation_dir)
    checked = (
        f"datapackage.json and its resources against the Data Package profiles, {exports} JSON export(s), "
        f"{len(sidecars)} sidecar(s), {len(curation_files(curation_dir))} curation file(s)"
    )
    return checked, problems
