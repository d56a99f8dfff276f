"""A release: one version number, rebuilt and validated tables, a changelog computed from the
data, a citable bundle with checksums, and an annotated git tag.

The version lives only in schemas/package.json; the build copies it into datapackage.json and
the Datasette metadata, and the release writes it into CITATION.cff, README.md and CHANGELOG.md.
The release date goes only into those three files, never into the tables, so rebuilding a
tagged release gives byte-identical tables.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import re
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml

from . import database, package, pipeline, site
from .errors import NewsfactsError
from .paths import ROOT, SCHEMAS_DIR

VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")
VERSION_LINE = re.compile(r'^(  "version": )"[^"]*"', re.MULTILINE)
CHANGELOG_HEADER = """# Changelog

Every release of the newsfacts tables, newest first. The counts are computed by `make release`
from the tables themselves: each table is compared with the previous release's by primary key
(a row is *changed* when any value in a column both releases have differs). The paragraph under
each heading is the releaser's own reason for the release.
"""
CITATION_START = "<!-- citation: written by make release -->"
CITATION_END = "<!-- /citation -->"
IDS_SHOWN = 20
# Zip entries get a fixed time so the bundle's bytes depend only on its contents.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class ReleaseError(NewsfactsError):
    pass


def _git(*args: str) -> str:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def _parse(version: str) -> tuple[int, int, int]:
    match = VERSION.fullmatch(version)
    if not match:
        raise ReleaseError(f"version {version!r} is not x.y.z (e.g. 0.2.0): run make release VERSION=x.y.z NOTES=\"why\"")
    return tuple(int(part) for part in match.groups())


def previous_release() -> str | None:
    """The highest vX.Y.Z tag, or None before the first release."""
    tags = [tag[1:] for tag in _git("tag", "--list", "v*").split() if VERSION.fullmatch(tag[1:])]
    return max(tags, key=_parse, default=None)


def _check_ready(version: str, notes: str) -> str | None:
    _parse(version)
    if not notes.strip():
        raise ReleaseError('say why you are releasing: make release VERSION=x.y.z NOTES="what changed and why"')
    if CITATION_START not in (ROOT / "README.md").read_text(encoding="utf-8"):
        raise ReleaseError(f"README.md: no {CITATION_START} … {CITATION_END} block to write the citation into; add one under 'How to cite'")
    previous = previous_release()
    if previous and _parse(version) <= _parse(previous):
        raise ReleaseError(f"version {version} is not newer than the last release {previous}: choose a higher x.y.z")
    dirty = _git("status", "--porcelain").splitlines()
    if dirty:
        listed = "; ".join(line[3:] for line in dirty[:10])
        raise ReleaseError(f"the working tree has uncommitted changes ({listed}): commit or remove them, so the tag holds exactly what was built")
    return previous


# --- Reading tables, now and at a tag ---------------------------------------------------------


def _tables(descriptor: dict, read) -> dict[str, dict]:
    """Each table's columns and its rows keyed by primary key; read(path) gives a CSV's text."""
    tables = {}
    for resource in descriptor["resources"]:
        key = resource["schema"]["primaryKey"]
        rows = csv.DictReader(io.StringIO(read(resource["path"]), newline=""))
        tables[resource["name"]] = {
            "columns": [field["name"] for field in resource["schema"]["fields"]],
            "rows": {tuple(row[k] for k in key): row for row in rows},
        }
    return tables


def current_tables() -> dict[str, dict]:
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    return _tables(descriptor, lambda path: (ROOT / path).read_text(encoding="utf-8"))


def tables_at(tag: str) -> dict[str, dict]:
    return _tables(json.loads(_git("show", f"{tag}:datapackage.json")), lambda path: _git("show", f"{tag}:{path}"))


# --- Changelog ---------------------------------------------------------------------------------


def compare(old: dict[str, dict], new: dict[str, dict]) -> dict[str, dict]:
    """Per table: row count, the ids added, removed and changed, and the columns added and removed."""
    empty = {"columns": [], "rows": {}}
    result = {}
    for name in [*new, *(n for n in old if n not in new)]:
        before, after = old.get(name, empty), new.get(name, empty)
        shared = [c for c in after["columns"] if c in before["columns"]]
        kept = after["rows"].keys() & before["rows"].keys()
        result[name] = {
            "rows": len(after["rows"]),
            "added": sorted(after["rows"].keys() - before["rows"].keys()),
            "removed": sorted(before["rows"].keys() - after["rows"].keys()),
            "changed": sorted(k for k in kept if any(after["rows"][k][c] != before["rows"][k][c] for c in shared)),
            "columns_added": [c for c in after["columns"] if c not in before["columns"]] if name in old else [],
            "columns_removed": [c for c in before["columns"] if c not in after["columns"]] if name in new else [],
        }
    return result


def _ids(keys: list[tuple]) -> str:
    shown = ", ".join(f"`{' / '.join(key)}`" for key in keys[:IDS_SHOWN])
    return shown + (f" and {len(keys) - IDS_SHOWN} more" if len(keys) > IDS_SHOWN else "")


def changelog_entry(version: str, date: str, notes: str, previous: str | None, changes: dict[str, dict]) -> str:
    against = f"Compared with {previous} (git tag `v{previous}`)." if previous else "First release: every row is new."
    lines = [f"## {version} ({date})", "", notes.strip(), "", against, "", "| table | rows | added | removed | changed |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, change in changes.items():
        lines.append(f"| {name} | {change['rows']} | {len(change['added'])} | {len(change['removed'])} | {len(change['changed'])} |")
    details = []
    for name, change in changes.items():
        if not previous:
            break
        for what in ("added", "removed", "changed"):
            if change[what]:
                details.append(f"- {name} {what}: {_ids(change[what])}")
        for what in ("columns_added", "columns_removed"):
            if change[what]:
                details.append(f"- {name} {what.replace('_', ' ')}: {', '.join(f'`{c}`' for c in change[what])}")
    return "\n".join(lines + ([""] + details if details else [])) + "\n"


def add_to_changelog(entry: str) -> None:
    path = ROOT / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.exists() else CHANGELOG_HEADER
    first = text.find("\n## ")
    head, tail = (text, "") if first < 0 else (text[: first + 1], text[first + 1 :])
    path.write_text(head.rstrip("\n") + "\n\n" + entry + ("\n" + tail if tail else ""), encoding="utf-8")


# --- Citation ----------------------------------------------------------------------------------


def citation_cff(descriptor: dict, date: str | None) -> str:
    """CITATION.cff for the descriptor's version; date is None until the version is released."""
    fields = {
        "cff-version": "1.2.0",
        "message": "If you use these tables, please cite the version you used as below.",
        "type": "dataset",
        "title": descriptor["title"],
        "version": descriptor["version"],
        **({"date-released": date} if date else {}),
        "authors": [{"name": name} for name in site.authors(descriptor)],
        "license": descriptor["licenses"][0]["name"],
        "abstract": descriptor["description"],
        "keywords": descriptor.get("keywords", []),
    }
    header = "# Written by `make release` from schemas/package.json: change that file, not this one.\n"
    return header + yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=100)


def readme_citation(descriptor: dict, date: str) -> str:
    return (
        f"{CITATION_START}\n"
        f"Current version: **{descriptor['version']}**, released {date} (git tag `v{descriptor['version']}`).\n\n"
        f"> {site.citation(descriptor)}\n"
        f"{CITATION_END}"
    )


def update_readme(descriptor: dict, date: str) -> None:
    path = ROOT / "README.md"
    block = re.compile(re.escape(CITATION_START) + ".*?" + re.escape(CITATION_END), re.DOTALL)
    path.write_text(block.sub(lambda _: readme_citation(descriptor, date), path.read_text(encoding="utf-8")), encoding="utf-8")


# --- Bundle ------------------------------------------------------------------------------------

JSON_TYPES = {"integer": int, "number": float}


def _typed(value: str, field_type: str):
    if value == "":
        return None
    if field_type == "boolean":
        return value == "true"
    return JSON_TYPES.get(field_type, str)(value)


def table_json(csv_path: Path, schema: dict) -> bytes:
    """A table as a JSON array of objects, one per line, with the schema's types."""
    types = {field["name"]: field["type"] for field in schema["fields"]}
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = [json.dumps({k: _typed(v, types[k]) for k, v in row.items()}, ensure_ascii=False) for row in csv.DictReader(handle)]
    return ("[\n" + ",\n".join(rows) + ("\n" if rows else "") + "]\n").encode("utf-8")


def write_bundle(version: str, dist: Path) -> Path:
    """build/dist/newsfacts-<version>.zip: package, SQLite, JSON exports, citation and SHA256SUMS."""
    folder = f"newsfacts-{version}"
    descriptor_path = ROOT / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / folder
        staging.mkdir()
        files = {}
        for relative in package.published_files(descriptor_path):
            files[relative] = (ROOT / relative).read_bytes()
        for resource in descriptor["resources"]:
            files[f"json/{resource['name']}.json"] = table_json(ROOT / resource["path"], resource["schema"])
        files["CITATION.cff"] = (ROOT / "CITATION.cff").read_bytes()
        for relative, content in files.items():
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).write_bytes(content)
        database.build_database(staging / "datapackage.json", staging / "newsfacts.db")
        site.write_metadata(staging / "datapackage.json", staging / "metadata.json")
        names = sorted(str(p.relative_to(staging)) for p in staging.rglob("*") if p.is_file())
        sums = "".join(f"{hashlib.sha256((staging / n).read_bytes()).hexdigest()}  {n}\n" for n in names)
        (staging / "SHA256SUMS").write_text(sums, encoding="utf-8")
        dist.mkdir(parents=True, exist_ok=True)
        target = dist / f"{folder}.zip"
        partial = target.with_suffix(".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
            for name in [*names, "SHA256SUMS"]:
                info = zipfile.ZipInfo(f"{folder}/{name}", ZIP_TIME)
                info.external_attr = 0o644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                bundle.writestr(info, (staging / name).read_bytes())
        partial.replace(target)
    return target


# --- The release -------------------------------------------------------------------------------

def set_version(version: str) -> str:
    """Write version into schemas/package.json, its one home; return the file's previous text."""
    path = SCHEMAS_DIR / "package.json"
    before = path.read_text(encoding="utf-8")
    after, count = VERSION_LINE.subn(lambda m: f'{m.group(1)}"{version}"', before)
    if count != 1:
        raise ReleaseError(f'{path}: expected one top-level "version" line, found {count}; fix the file and retry')
    path.write_text(after, encoding="utf-8")
    return before


def release(version: str, notes: str) -> Path:
    """Release version from a clean working tree; return the bundle's path."""
    previous = _check_ready(version, notes)
    date = datetime.date.today().isoformat()
    old_version_text = set_version(version)
    try:
        pipeline.build(ROOT / "data" / "raw", ROOT)
    except Exception:
        (SCHEMAS_DIR / "package.json").write_text(old_version_text, encoding="utf-8")
        raise
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    changes = compare(tables_at(f"v{previous}") if previous else {}, current_tables())
    add_to_changelog(changelog_entry(version, date, notes, previous, changes))
    (ROOT / "CITATION.cff").write_text(citation_cff(descriptor, date), encoding="utf-8")
    update_readme(descriptor, date)
    bundle = write_bundle(version, ROOT / "build" / "dist")
    released = ["schemas/package.json", "CITATION.cff", "CHANGELOG.md", "README.md", *package.published_files(ROOT / "datapackage.json")]
    _git("add", "--", *released)
    _git("commit", "--quiet", "-m", f"Release {version}\n\n{notes.strip()}", "--", *released)
    _git("tag", "--annotate", f"v{version}", "-m", f"newsfacts {version}\n\n{notes.strip()}")
    pipeline.progress(f"released {version}: tag v{version}, {bundle}")
    return bundle
