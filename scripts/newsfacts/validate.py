"""The validation gate: three layers, each doing what it is best at, on a written package.

1. frictionless (structure): types, required fields, enumerations, patterns, primary and
   foreign keys, row counts and hashes, from the Table Schemas in schemas/tables/.
2. json-schema (documents): the descriptor, JSON exports, article sidecars and curation files,
   each against its schema (documents.py).
3. expectations (meaning): Great Expectations suites in schemas/expectations/ on the tables
   loaded with pandas: offsets, cross-table references, dates, counts (expectations.py).

Errors fail validation; warnings (corpus figures outside their band, and anything a suite marks
with severity "warning") are reported and do not.
"""

from __future__ import annotations

import json
from pathlib import Path

import frictionless

from . import documents, expectations
from .paths import CURATION_DIR
from .report import Problem, Report

FRICTIONLESS = "frictionless"


def _row_id(error, key_positions: list[int]) -> str | None:
    cells = getattr(error, "cells", None) or []
    if key_positions and all(p < len(cells) for p in key_positions):
        return " ".join(str(cells[p]) for p in key_positions)
    row = getattr(error, "row_number", None)
    return f"row {row}" if row else None


def _key_positions(descriptor_path: Path, table: str) -> list[int]:
    """Where the primary key sits in a row of the table, to name offending rows by their id."""
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    schema = next((r.get("schema", {}) for r in descriptor.get("resources", []) if r.get("name") == table), {})
    fields = [field.get("name") for field in schema.get("fields", [])]
    key = schema.get("primaryKey", [])
    return [fields.index(k) for k in ([key] if isinstance(key, str) else key) if k in fields]


def frictionless_check(descriptor_path: Path) -> tuple[str, list[Problem]]:
    """Structure, checked by the frictionless validator; errors grouped by table, kind and column."""
    report = frictionless.validate(str(descriptor_path))
    grouped: dict[tuple, Problem] = {}
    rows = 0
    for task in report.tasks:
        rows += (task.stats or {}).get("rows") or 0
        positions = _key_positions(descriptor_path, task.name)
        for error in task.errors:
            field = getattr(error, "field_name", None)
            if (task.name, error.type, field) not in grouped:
                # The first error's note stands for the group; later ones differ only in their values.
                rule = f"{error.title}{f' in {field}' if field else ''}{f' ({error.note})' if error.note else ''}"
                grouped[(task.name, error.type, field)] = Problem(FRICTIONLESS, task.name, rule)
            if (row := _row_id(error, positions)) is not None:
                grouped[(task.name, error.type, field)].count += 1
                grouped[(task.name, error.type, field)].examples.append(row)
    problems = list(grouped.values())
    problems += [Problem(FRICTIONLESS, descriptor_path.name, f"{error.title}: {error.message}") for error in report.errors]
    return f"{len(report.tasks)} tables, {rows} rows", problems


def source_folder(descriptor_path: Path) -> Path | None:
    """The raw articles the package names as its source, when they are beside it."""
    try:
        sources = json.loads(descriptor_path.read_text(encoding="utf-8")).get("sources", [])
    except (ValueError, UnicodeDecodeError):
        return None
    for source in sources:
        folder = descriptor_path.parent / source.get("path", "")
        if source.get("path") and folder.is_dir():
            return folder
    return None


def validate_package(
    descriptor_path: Path,
    input_dir: Path | None = None,
    docs_dir: Path | None = None,
    curation_dir: Path = CURATION_DIR,
) -> Report:
    """All three layers on a written package; Data Docs go to docs_dir when given.

    input_dir holds the article sidecars to check; by default the package's own source folder.
    """
    report = Report(descriptor_path, docs=docs_dir)
    report.checked[FRICTIONLESS], problems = frictionless_check(descriptor_path)
    report.problems += problems
    report.checked[documents.LAYER], problems = documents.check(descriptor_path, input_dir or source_folder(descriptor_path), curation_dir)
    report.problems += problems
    report.checked[expectations.LAYER], problems, report.figures = expectations.check(descriptor_path, docs_dir)
    report.problems += problems
    return report
