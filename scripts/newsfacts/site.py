"""Datasette metadata from the package, so each table and column explains itself."""

from __future__ import annotations

import json
from pathlib import Path

DATABASE_NAME = "newsfacts"
LABEL_COLUMNS = {"articles": "title", "entities": "name", "events": "summary"}
SORT = {
    "articles": {"sort_desc": "published_date"},
    "entities": {"sort_desc": "mention_count"},
    "events": {"sort_desc": "date_start"},
}
FACETS = {
    "articles": ["publisher", "language"],
    "entities": ["type"],
    "mentions": ["method"],
    "quotes": ["kind", "cue"],
    "events": ["event_type", "date_precision"],
    "event_participants": ["role"],
}


def metadata(descriptor: dict) -> dict:
    license_ = descriptor["licenses"][0]
    source = descriptor["sources"][0]
    tables = {}
    for resource in descriptor["resources"]:
        name = resource["name"]
        table = {
            "title": resource.get("title", name),
            "description": resource.get("description", ""),
            "columns": {field["name"]: field.get("description", "") for field in resource["schema"]["fields"]},
            **SORT.get(name, {}),
        }
        if name in LABEL_COLUMNS:
            table["label_column"] = LABEL_COLUMNS[name]
        if name in FACETS:
            table["facets"] = FACETS[name]
        if resource.get("licenses"):
            table["license"] = resource["licenses"][0].get("title", resource["licenses"][0]["name"])
        tables[name] = table
    return {
        "title": descriptor["title"],
        "description": descriptor["description"],
        "license": license_.get("title", license_["name"]),
        "license_url": license_.get("path"),
        "source": source["title"],
        "databases": {
            DATABASE_NAME: {
                "title": f"{descriptor['title']} (version {descriptor['version']})",
                "description": descriptor["description"],
                "tables": tables,
            }
        },
    }


def write_metadata(descriptor_path: Path, metadata_path: Path) -> Path:
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    metadata_path.parent.mkdir(parents=True, exist_ok=True)
    metadata_path.write_text(json.dumps(metadata(descriptor), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return metadata_path
