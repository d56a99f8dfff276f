"""Datasette metadata from the package, so the site explains itself and says how to cite it."""

from __future__ import annotations

import html
import json
from pathlib import Path

import yaml

from .paths import ROOT

SITE_DIR = ROOT / "site"
TEMPLATES_DIR = SITE_DIR / "templates"
DATABASE_NAME = "newsfacts"
# Safe to expose: `make serve` passes these to `datasette serve -i` (immutable, so no writes);
# a SQL time limit and row caps keep one visitor's query from starving the rest.
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "truncate_cells_html": 200,
}
LABEL_COLUMNS = {"articles": "title", "entities": "name", "events": "summary"}
SORT = {
    "articles": {"sort_desc": "published_date"},
    "entities": {"sort_desc": "mention_count"},
    "events": {"sort": "date_start"},
}
FACETS = {
    "articles": ["publisher", "language"],
    "entities": ["type"],
    "mentions": ["method"],
    "quotes": ["kind", "cue"],
    "events": ["event_type", "date_precision"],
    "event_participants": ["role"],
}


def authors(descriptor: dict) -> list[str]:
    return [c["title"] for c in descriptor.get("contributors", []) if c.get("role", "author") == "author"]


def citation(descriptor: dict) -> str:
    """One line to paste into a reference list; every version is cited by its own number."""
    license_ = descriptor["licenses"][0]["name"]
    return f"{'; '.join(authors(descriptor))}. {descriptor['title']} (version {descriptor['version']}) [Data set]. {license_}."


def how_to_cite_html(descriptor: dict) -> str:
    version = descriptor["version"]
    return (
        "<h2>How to cite this version</h2>"
        f"<blockquote><p>{html.escape(citation(descriptor))}</p></blockquote>"
        f"<p>Every release is an annotated git tag <code>v{version}</code> and a bundle "
        f"<code>newsfacts-{version}.zip</code> with the CSV files, this SQLite database, JSON exports "
        "and <code>SHA256SUMS</code>; <code>CITATION.cff</code> in the repository has the citation "
        "in machine-readable form. Cite the version you used: rows keep their IDs across versions, "
        "but their contents can change between them.</p>"
    )


def _start_here_html() -> str:
    # Relative links, so they work on the home page, the database page and behind a URL prefix.
    items = [f'<li><a href="{DATABASE_NAME}/{name}">{html.escape(query["title"])}</a></li>' for name, query in queries().items()]
    items += [f'<li><a href="-/dashboards/{name}">{html.escape(board["title"])}</a> (chart)</li>' for name, board in dashboards().items()]
    return "<h2>Start here</h2><ul>" + "".join(items) + "</ul>"


def _description_html(descriptor: dict) -> str:
    return f"<p>{html.escape(descriptor['description'])}</p>" + _start_here_html() + how_to_cite_html(descriptor)


def _load(name: str) -> dict:
    return yaml.safe_load((SITE_DIR / name).read_text(encoding="utf-8"))


def queries() -> dict:
    # Readers come for the answers; the SQL is one click away ("show") for those who want it.
    return {name: {**query, "hide_sql": True} for name, query in _load("queries.yml").items()}


def dashboards() -> dict:
    boards = _load("dashboards.yml")
    for board in boards.values():
        for chart in board["charts"].values():
            chart["db"] = DATABASE_NAME
    return boards


def _table(resource: dict) -> dict:
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
    return table


def metadata(descriptor: dict) -> dict:
    license_ = descriptor["licenses"][0]
    title = f"{descriptor['title']} (version {descriptor['version']})"
    return {
        "title": title,
        "description_html": _description_html(descriptor),
        "license": license_.get("title", license_["name"]),
        "license_url": license_.get("path"),
        "source": descriptor["sources"][0]["title"],
        "databases": {
            DATABASE_NAME: {
                "title": title,
                "description_html": _description_html(descriptor),
                "tables": {resource["name"]: _table(resource) for resource in descriptor["resources"]},
                "queries": queries(),
            }
        },
        "plugins": {"datasette-dashboards": dashboards()},
    }


def write_metadata(descriptor_path: Path, metadata_path: Path) -> Path:
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    metadata_path.parent.mkdir(parents=True, exist_ok=True)
    metadata_path.write_text(json.dumps(metadata(descriptor), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return metadata_path
