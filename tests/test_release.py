"""Releases, made in a throwaway copy of the repository (never tagging the real one)."""

import csv
import datetime
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from newsfacts import release

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NEW_ARTICLE = """Harbour reopens after storm

GDANSK, Poland (Baltic Wire) - The port of Gdansk reopened on Tuesday after a storm closed it for three days, the harbour authority said.

"Ships are moving again," Poland's infrastructure minister told reporters in Warsaw.
"""
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Release Test",
    "GIT_AUTHOR_EMAIL": "release-test@example.invalid",
    "GIT_COMMITTER_NAME": "Release Test",
    "GIT_COMMITTER_EMAIL": "release-test@example.invalid",
}


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env={**os.environ, **GIT_IDENTITY})
    assert result.returncode == 0, result.stderr
    return result.stdout


def newsfacts(repo: Path, *args: str) -> subprocess.CompletedProcess:
    # PYTHONPATH puts the copy's code first, so paths.ROOT is the copy and every write lands there.
    env = {**os.environ, **GIT_IDENTITY, "PYTHONPATH": str(repo / "scripts")}
    return subprocess.run([sys.executable, "-m", "newsfacts", *args], cwd=repo, capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """The working tree copied with its history, committed as it is, with no release tags yet."""
    copy = tmp_path_factory.mktemp("release") / "repo"
    # A clone, not a copy of .git: in a git worktree .git is a pointer into the real repository,
    # and a copy of it would commit and tag there.
    git(copy.parent, "clone", "-q", str(ROOT), str(copy))
    ignore = shutil.ignore_patterns(".git", ".venv", "build", "__pycache__", ".pytest_cache", "*.egg-info", ".newsfacts-staging-*")
    shutil.copytree(ROOT, copy, ignore=ignore, dirs_exist_ok=True)
    for tag in git(copy, "tag", "--list", "v*").split():
        git(copy, "tag", "-d", tag)
    git(copy, "add", "-A")
    if git(copy, "status", "--porcelain"):
        git(copy, "commit", "-q", "-m", "Snapshot of the working tree for the release test")
    return copy


@pytest.fixture(scope="module")
def first(repo):
    result = newsfacts(repo, "release", "9.0.0", "--notes", "First public version of the tables.")
    assert result.returncode == 0, result.stderr
    return repo / "build" / "dist" / "newsfacts-9.0.0.zip"


def test_a_release_needs_a_version_number_and_a_reason():
    # Both are checked before anything is read or written, so this runs safely on the real repository.
    with pytest.raises(release.ReleaseError, match="not x.y.z"):
        release.release("9.0", "Because.")
    with pytest.raises(release.ReleaseError, match="say why"):
        release.release("9.0.0", "  ")


def test_release_writes_one_version_everywhere_commits_and_tags(repo, first):
    assert git(repo, "status", "--porcelain") == ""  # everything the release wrote is committed
    assert git(repo, "cat-file", "-t", "v9.0.0").strip() == "tag"  # annotated
    assert "First public version" in git(repo, "tag", "-n5", "v9.0.0")
    assert git(repo, "rev-parse", "v9.0.0^{commit}") == git(repo, "rev-parse", "HEAD")
    assert json.loads((repo / "schemas/package.json").read_text())["version"] == "9.0.0"
    assert json.loads((repo / "datapackage.json").read_text())["version"] == "9.0.0"
    citation = yaml.safe_load((repo / "CITATION.cff").read_text())
    assert citation["cff-version"] == "1.2.0" and citation["type"] == "dataset"
    assert citation["version"] == "9.0.0" and citation["date-released"] == datetime.date.today().isoformat()
    assert citation["authors"] and citation["license"] == "CC-BY-4.0" and citation["abstract"]
    assert "version 9.0.0" in (repo / "README.md").read_text()
    changelog = (repo / "CHANGELOG.md").read_text()
    assert "## 9.0.0" in changelog and "First release: every row is new." in changelog
    assert first.is_relative_to(repo) and first.exists()
    assert not git(ROOT, "tag", "--list", "v9.0.0")  # the real repository is untouched


def test_the_bundle_validates_and_its_checksums_hold(repo, first, tmp_path):
    with zipfile.ZipFile(first) as bundle:
        bundle.extractall(tmp_path)
    folder = tmp_path / "newsfacts-9.0.0"
    validated = subprocess.run([BIN / "frictionless", "validate", "datapackage.json"], cwd=folder, capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    listed = {line.split("  ", 1)[1] for line in (folder / "SHA256SUMS").read_text().splitlines()}
    assert {"datapackage.json", "newsfacts.db", "CITATION.cff", "data/entities.csv", "json/entities.json"} <= listed
    descriptor = json.loads((folder / "datapackage.json").read_text())
    assert all(resource["bytes"] and resource["hash"].startswith("sha256:") for resource in descriptor["resources"])
    for resource in descriptor["resources"]:
        assert (folder / resource["path"]).read_bytes() == (repo / resource["path"]).read_bytes()
        exported = json.loads((folder / "json" / f"{resource['name']}.json").read_text())
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
            table = list(csv.DictReader(handle))
        assert len(exported) == len(table), resource["name"]
        assert [list(row) for row in exported] == [list(row) for row in table]
    articles = json.loads((folder / "json/articles.json").read_text())
    assert isinstance(articles[0]["word_count"], int)
    # The release date lives in CITATION.cff only, never in the tables.
    today = datetime.date.today().isoformat()
    assert all(today not in (folder / r["path"]).read_text() for r in descriptor["resources"])
    assert today not in (folder / "datapackage.json").read_text()


def test_the_next_release_lists_what_changed_since_the_last_tag(repo, first):
    (repo / "data/raw/harbour.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    refused = newsfacts(repo, "release", "9.1.0", "--notes", "Adds the harbour story.")
    assert refused.returncode == 1 and "harbour.txt" in refused.stderr and "Traceback" not in refused.stderr
    assert git(repo, "status", "--porcelain") == "?? data/raw/harbour.txt\n"  # nothing was touched
    git(repo, "add", "data/raw/harbour.txt")
    git(repo, "commit", "-q", "-m", "Add an article")
    result = newsfacts(repo, "release", "9.1.0", "--notes", "Adds the harbour story.")
    assert result.returncode == 0, result.stderr
    changelog = (repo / "CHANGELOG.md").read_text()
    assert changelog.index("## 9.1.0") < changelog.index("## 9.0.0")  # newest first
    entry = changelog[changelog.index("## 9.1.0") : changelog.index("## 9.0.0")]
    assert "Adds the harbour story." in entry and "Compared with 9.0.0" in entry
    assert "| articles | 3 | 1 | 0 | 0 |" in entry and "articles added: `harbour`" in entry
    assert "not newer than the last release 9.1.0" in newsfacts(repo, "release", "9.0.5", "--notes", "x").stderr


def test_compare_counts_added_removed_and_changed_rows_by_primary_key():
    old = {
        "entities": {"columns": ["entity_id", "name", "gone"], "rows": {("a",): {"entity_id": "a", "name": "A", "gone": "1"}, ("b",): {"entity_id": "b", "name": "B", "gone": "2"}}},
        "dropped": {"columns": ["id"], "rows": {("x",): {"id": "x"}}},
    }
    new = {"entities": {"columns": ["entity_id", "name", "new"], "rows": {("a",): {"entity_id": "a", "name": "A2", "new": ""}, ("c",): {"entity_id": "c", "name": "C", "new": ""}}}}
    changes = release.compare(old, new)
    assert changes["entities"] == {
        "rows": 2, "added": [("c",)], "removed": [("b",)], "changed": [("a",)], "columns_added": ["new"], "columns_removed": ["gone"],
    }
    assert changes["dropped"]["removed"] == [("x",)] and changes["dropped"]["rows"] == 0
    entry = release.changelog_entry("2.0.0", "2030-01-01", "Because.", "1.0.0", changes)
    assert "| entities | 2 | 1 | 1 | 1 |" in entry and "- entities removed: `b`" in entry and "columns added: `new`" in entry


def test_the_repository_names_one_version_everywhere():
    version = json.loads((ROOT / "schemas/package.json").read_text())["version"]
    assert yaml.safe_load((ROOT / "CITATION.cff").read_text())["version"] == version
    readme = (ROOT / "README.md").read_text()
    block = readme[readme.index(release.CITATION_START) : readme.index(release.CITATION_END)]
    assert f"**{version}**" in block and f"(version {version})" in block
