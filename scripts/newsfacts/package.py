"""Write tables as a Frictionless Data Package: CSV under data/, datapackage.json at the root."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

from .paths import SCHEMAS_DIR, TABLE_SCHEMAS_DIR

# Rows that point into an article read best in the order they appear in it.
READING_ORDER = ("article_id", "start", "end")


def descriptor_template() -> dict:
    return json.loads((SCHEMAS_DIR / "package.json").read_text(encoding="utf-8"))


def table_schema(name: str) -> dict:
    return json.loads((TABLE_SCHEMAS_DIR / f"{name}.json").read_text(encoding="utf-8"))


def table_names() -> list[str]:
    """Tables in the order the package lists them (referenced tables first)."""
    return [resource["name"] for resource in descriptor_template()["resources"]]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 4))
    return str(value)


def to_csv(rows: list[dict], schema: dict) -> bytes:
    """CSV bytes with the schema's columns in order; rows in reading order, then by primary key."""
    columns = [field["name"] for field in schema["fields"]]
    key = [column for column in READING_ORDER if column in columns] + schema["primaryKey"]
    ordered = sorted(rows, key=lambda row: tuple((row[k] is not None, row[k]) for k in key))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in ordered:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue().encode("utf-8")


def write(tables: dict[str, list[dict]], directory: Path) -> Path:
    """Write datapackage.json and data/<table>.csv into directory; return the descriptor's path."""
    descriptor = descriptor_template()
    (directory / "data").mkdir(parents=True, exist_ok=True)
    resources = []
    for resource in descriptor["resources"]:
        schema = table_schema(resource["name"])
        content = to_csv(tables[resource["name"]], schema)
        path = f"data/{resource['name']}.csv"
        (directory / path).write_bytes(content)
        resources.append(
            {
                "name": resource["name"],
                "path": path,
                **{k: v for k, v in resource.items() if k != "name"},
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(content),
                "hash": "sha256:" + hashlib.sha256(content).hexdigest(),
                "schema": schema,
            }
        )
    descriptor["resources"] = resources
    descriptor_path = directory / "datapackage.json"
    descriptor_path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return descriptor_path


def published_files(descriptor_path: Path) -> list[str]:
    """Paths, relative to the package root, that make up a written package."""
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    return ["datapackage.json", *(resource["path"] for resource in descriptor["resources"])]
