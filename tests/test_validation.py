"""The validation gate on the real seed package and on corrupted copies of it.

One corrupted copy carries several independent faults in different rows; it is validated once,
and each test checks that the layer meant to catch its fault names the faulty row, and that the
other layers do not blame rows they cannot judge.
"""

import csv
import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsfacts import documents, expectations, package, pipeline
from newsfacts.cli import main
from newsfacts.report import ERROR, WARNING
from newsfacts.validate import validate_package

ROOT = Path(__file__).resolve().parents[1]


def read(root: Path, table: str) -> list[dict]:
    with (root / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(root: Path, table: str, rows: list[dict]) -> None:
    columns = [field["name"] for field in package.table_schema(table)["fields"]]
    with (root / "data" / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def refresh_hashes(root: Path) -> None:
    """Re-sign the edited CSVs, so frictionless judges their rows and not their changed bytes."""
    descriptor = json.loads((root / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        content = (root / resource["path"]).read_bytes()
        resource["bytes"], resource["hash"] = len(content), "sha256:" + hashlib.sha256(content).hexdigest()
    (root / "datapackage.json").write_text(json.dumps(descriptor, indent=2))


def copy_package(descriptor: Path, destination: Path) -> Path:
    for relative in package.published_files(descriptor):
        (destination / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(descriptor.parent / relative, destination / relative)
    return destination / "datapackage.json"


def found(report, layer: str, table: str, rule_part: str, row: str | None = None, severity: str = ERROR) -> bool:
    return any(
        p.layer == layer and p.table == table and rule_part in p.rule and p.severity == severity and (row is None or row in p.examples)
        for p in report.problems
    )


def rows_blamed(report, layer: str) -> set[str]:
    return {example for p in report.problems if p.layer == layer for example in p.examples}


@pytest.fixture(scope="module")
def corrupted(seed_package, tmp_path_factory):
    """A copy of the seed package with one fault per row it touches; returns (report, faulty ids)."""
    root = tmp_path_factory.mktemp("corrupted")
    copy_package(seed_package, root)
    articles = read(root, "articles")
    article = next(a for a in articles if a["published_date"])
    body, published = article["body"], dt.date.fromisoformat(article["published_date"])
    mentions, entities = read(root, "mentions"), read(root, "entities")
    faults = {}

    shifted, dangling, duplicated = mentions[0], mentions[1], mentions[2]
    shifted["start"], shifted["end"] = str(int(shifted["start"]) + 1), str(int(shifted["end"]) + 1)
    faults["shifted"] = shifted["mention_id"]
    dangling["entity_id"] = "nobody-by-this-name"
    faults["dangling"] = dangling["mention_id"]
    mentions.append(dict(duplicated))
    faults["duplicate"] = duplicated["mention_id"]
    write(root, "mentions", mentions)

    entities[0]["wikidata_id"] = "Q0123"
    faults["qid"] = entities[0]["entity_id"]
    entities.append({**entities[1], "entity_id": "never-mentioned", "name": "Never Mentioned", "mention_count": "1", "article_count": "1"})
    write(root, "entities", entities)

    def span(start, length):
        return {"article_id": article["article_id"], "start": str(start), "end": str(start + length), "text": body[start:start + length]}

    # Direct quotes, verbatim, none attributed: valid rows that push a corpus figure out of its band.
    quotes = [
        {"quote_id": f"{article['article_id']}:q:{q['start']}-{q['end']}", "kind": "direct", **q}
        for q in (span(0, 30), span(40, 30))
    ]
    speaker = span(100, 12)
    quotes[1].update(speaker_text=speaker["text"], speaker_start=str(int(speaker["start"]) + 2), speaker_end=str(int(speaker["end"]) + 2))
    faults["speaker_span"] = quotes[1]["quote_id"]
    write(root, "quotes", quotes)

    later = (published + dt.timedelta(days=30)).isoformat()
    events = [
        {"event_id": "ev-00000000000a", "date_start": "2018-01-05", "date_end": "2018-01-01"},
        {"event_id": "ev-00000000000b", "date_start": later, "date_end": later, "hypothetical": "false"},
        {"event_id": "ev-00000000000c", "date_start": later, "date_end": later, "hypothetical": "true"},
        {"event_id": "ev-00000000000d", "fatalities": "-3"},
    ]
    for event in events:
        event.update(event_type="CONSULT", date_precision="day" if "date_start" in event else "unknown")
    write(root, "events", events)
    write(root, "event_mentions", [{"event_id": e["event_id"], **span(200 + 40 * n, 25)} for n, e in enumerate(events)])
    faults.update(reversed="ev-00000000000a", after="ev-00000000000b", plan="ev-00000000000c", toll="ev-00000000000d")
    refresh_hashes(root)
    return validate_package(root / "datapackage.json"), faults


def test_seed_package_passes_every_layer_and_writes_readable_data_docs(seed_package, tmp_path):
    docs = tmp_path / "validation"
    report = validate_package(seed_package, docs_dir=docs)
    assert report.errors == [], str(report)
    assert set(report.checked) == {"frictionless", "json-schema", "expectations"}
    assert "Entities per 1,000 words" in report.figures
    page = (docs / "index.html").read_text()
    suite_pages = "".join(p.read_text() for p in (docs / "expectations").glob("*.html"))
    # The suites' own words reach the HTML, so a reader needs no code to know what was checked.
    assert "mentions" in page and "exactly the mention text" in suite_pages
    report_again = validate_package(seed_package, docs_dir=docs)
    assert report_again.errors == [] and (docs / "index.html").exists()


def test_shifted_offset_is_caught_by_the_expectations_alone(corrupted):
    report, faults = corrupted
    assert found(report, "expectations", "mentions", "exactly the mention text", faults["shifted"])
    assert faults["shifted"] not in rows_blamed(report, "frictionless")


def test_shifted_speaker_span_is_caught(corrupted):
    report, faults = corrupted
    assert found(report, "expectations", "quotes", "exactly speaker_text", faults["speaker_span"])
    assert not found(report, "expectations", "quotes", "exactly the quote text")


def test_dangling_foreign_key_is_caught_by_frictionless_and_the_expectations(corrupted):
    report, faults = corrupted
    assert found(report, "frictionless", "mentions", "ForeignKey", faults["dangling"])
    assert found(report, "expectations", "mentions", "exists in entities", faults["dangling"])


def test_invalid_wikidata_id_is_caught(corrupted):
    report, faults = corrupted
    assert found(report, "frictionless", "entities", "wikidata_id", faults["qid"])
    assert found(report, "expectations", "entities", "Wikidata item ID", faults["qid"])


def test_duplicate_id_is_caught(corrupted):
    report, faults = corrupted
    assert found(report, "frictionless", "mentions", "Unique Error in mention_id", faults["duplicate"])
    assert found(report, "expectations", "mentions", "its own mention_id", faults["duplicate"])


def test_entity_without_a_mention_is_caught(corrupted):
    report, _ = corrupted
    assert found(report, "expectations", "entities", "No entity without a mention", "never-mentioned")


def test_event_rules(corrupted):
    report, faults = corrupted
    assert found(report, "expectations", "events", "date_start is not after date_end", faults["reversed"])
    assert found(report, "expectations", "events", "does not start after", faults["after"])
    assert faults["plan"] not in rows_blamed(report, "expectations")  # hypothetical events may lie ahead
    assert found(report, "frictionless", "events", "fatalities", faults["toll"])
    assert found(report, "expectations", "events", "Fatalities are not negative (observed -3)", faults["toll"])
    assert faults["reversed"] not in rows_blamed(report, "frictionless")


def test_corpus_figures_outside_their_band_are_warnings_with_the_figure(corrupted):
    report, _ = corrupted
    assert found(report, "expectations", "corpus", "Share of direct quotes with a speaker (observed 0)", severity=WARNING)
    assert report.figures["Share of direct quotes with a speaker"].startswith("0 ")


def test_validate_command_prints_a_readable_report_and_exits_1(corrupted, seed_package, tmp_path):
    report, faults = corrupted
    result = CliRunner().invoke(main, ["validate", str(report.descriptor), "--docs", str(tmp_path / "docs")])
    assert result.exit_code == 1, result.output
    assert f"ERROR   expectations mentions: The article body at [start, end) is exactly the mention text — 1 row, e.g. {faults['shifted']}" in result.output
    assert "INVALID" in result.output and (tmp_path / "docs" / "index.html").exists()


def test_descriptor_that_breaks_the_data_package_profile(seed_package, tmp_path):
    descriptor_path = copy_package(seed_package, tmp_path)
    descriptor = json.loads(descriptor_path.read_text())
    del descriptor["sources"][0]["title"]  # the profile requires every source to have a title
    descriptor["resources"][1]["schema"]["fields"][0]["type"] = "text"
    descriptor_path.write_text(json.dumps(descriptor))
    problems = documents.descriptor_problems(descriptor_path)
    assert {p.examples[0] for p in problems} >= {"/sources/0", "/resources/1/schema/fields/0"}
    assert all(p.layer == "json-schema" and p.table == "datapackage.json" for p in problems)


def test_curation_files_are_checked_by_name_and_need_a_schema(tmp_path):
    curation, schemas = tmp_path / "curation", tmp_path / "schemas"
    curation.mkdir(), schemas.mkdir()
    (schemas / "cues.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object", "properties": {"verbs": {"type": "array", "items": {"type": "string"}}}, "required": ["verbs"],
    }))
    (curation / "cues.yaml").write_text("verbs:\n  - say\n  - 42\n")
    (curation / "orphans.yaml").write_text("- anything\n")
    (curation / "README.md").write_text("Notes for curators are not data.\n")
    problems = documents.curation_problems(curation, schemas)
    by_file = {p.table: p for p in problems}
    assert set(by_file) == {str(curation / "cues.yaml"), str(curation / "orphans.yaml")}
    assert by_file[str(curation / "cues.yaml")].examples == ["/verbs/1"]
    assert "has no schema" in by_file[str(curation / "orphans.yaml")].rule


def test_repository_curation_files_all_have_valid_schemas():
    assert documents.curation_problems() == []


def test_sidecars_are_checked(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.meta.json").write_text(json.dumps({"published": "26 Dec 2018", "colour": "red"}))
    problems = documents.sidecar_problems(raw)
    assert {p.examples[0] for p in problems} == {"/published", "/"}
    assert all(p.table.endswith("a.meta.json") for p in problems)


def test_a_build_that_fails_validation_publishes_nothing(corpus, tmp_path, monkeypatch):
    shutil.copy(ROOT / "data" / "raw" / "000_41c0fcd437463166.txt", corpus / "story.txt")
    out = tmp_path / "out"
    out.mkdir()
    (out / "datapackage.json").write_text("the last good package\n")
    strict = tmp_path / "suites"
    strict.mkdir()
    # A real suite that no package can pass: an article table with no rows.
    (strict / "articles.json").write_text(json.dumps({"name": "articles", "expectations": [
        {"type": "expect_table_row_count_to_equal", "kwargs": {"value": 0}, "description": "No articles at all"},
    ]}))
    monkeypatch.setattr(expectations, "SUITES_DIR", strict)
    with pytest.raises(pipeline.ValidationFailed) as failure:
        pipeline.build(corpus, out)
    assert found(failure.value.report, "expectations", "articles", "No articles at all")
    assert [p.name for p in out.iterdir()] == ["datapackage.json"]
    assert (out / "datapackage.json").read_text() == "the last good package\n"
