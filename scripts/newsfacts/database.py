"""Load a Data Package into SQLite with types, keys, indexes and full-text search."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import sqlite_utils

SQL_TYPES = {"integer": int, "number": float, "boolean": int}
FULL_TEXT = {"articles": ["title", "body"], "quotes": ["text", "speaker_text"]}


def _convert(value: str, field_type: str):
    if value == "":
        return None
    if field_type == "boolean":
        return 1 if value == "true" else 0
    return SQL_TYPES.get(field_type, str)(value)


def _rows(path: Path, fields: list[dict]):
    types = {field["name"]: field["type"] for field in fields}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {name: _convert(value, types[name]) for name, value in row.items()}


def build_database(descriptor_path: Path, database_path: Path) -> Path:
    """Write the package's tables to database_path, replacing it only once complete."""
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    root = descriptor_path.parent
    database_path.parent.mkdir(parents=True, exist_ok=True)
    partial = database_path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = sqlite_utils.Database(partial)
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        columns = {field["name"]: SQL_TYPES.get(field["type"], str) for field in schema["fields"]}
        foreign_keys = [
            (fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
            for fk in schema.get("foreignKeys", [])
        ]
        primary_key = schema["primaryKey"]
        table = db[resource["name"]]
        table.create(
            columns,
            pk=primary_key[0] if len(primary_key) == 1 else tuple(primary_key),
            foreign_keys=foreign_keys,
            not_null={f["name"] for f in schema["fields"] if f.get("constraints", {}).get("required")},
        )
        table.insert_all(_rows(root / resource["path"], schema["fields"]), batch_size=500)
        for column, _, _ in foreign_keys:
            table.create_index([column], if_not_exists=True)
        if resource["name"] in FULL_TEXT:
            table.enable_fts(FULL_TEXT[resource["name"]], create_triggers=False)
    db.execute("PRAGMA foreign_keys = ON")
    violations = db.execute("PRAGMA foreign_key_check").fetchall()
    db.conn.commit()
    db.conn.execute("VACUUM")
    db.close()
    if violations:
        partial.unlink()
        raise ValueError(f"foreign key violations in the database: {violations[:5]}")
    os.replace(partial, database_path)
    return database_path
