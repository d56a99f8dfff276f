import json
import subprocess
import sys

import frictionless

from newsfacts import pipeline

from conftest import copy_seeds

ARTICLE = """Flood waters recede in Valencia

VALENCIA, Spain (Reuters) - Flood waters began to recede in Valencia on Friday, Spanish Prime Minister Pedro Sanchez said, as the European Union promised help.

"We will rebuild every house," Sanchez told reporters in Madrid.
"""


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "newsfacts", *map(str, args)], capture_output=True, text=True)


def test_cli_builds_a_valid_package_from_any_folder(corpus, tmp_path):
    (corpus / "flood.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "flood2.txt").write_text(ARTICLE.replace("Friday", "Saturday"), encoding="utf-8")
    (corpus / "flood2.meta.json").write_text(json.dumps({"publisher": "Test Wire", "published": "2024-11-02"}))
    out = tmp_path / "package"
    result = run_cli("build", "--input", corpus, "--output", out)
    assert result.returncode == 0, result.stderr
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((out / "datapackage.json").read_text())
    assert [r["name"] for r in descriptor["resources"]] == [
        "articles", "entities", "mentions", "quotes", "events", "event_participants", "event_mentions",
    ]
    articles = {row["article_id"]: row for row in frictionless.Resource(str(out / "data/articles.csv")).read_rows()}
    assert set(articles) == {"flood", "flood2"}
    assert articles["flood2"]["publisher"] == "Test Wire"
    assert articles["flood"]["dateline"] == "VALENCIA, Spain (Reuters)"


def test_offsets_point_at_their_text(seed_package):
    root = seed_package.parent
    bodies = {row["article_id"]: row["body"] for row in frictionless.Resource(str(root / "data/articles.csv")).read_rows()}
    mentions = list(frictionless.Resource(str(root / "data/mentions.csv")).read_rows())
    assert mentions
    for mention in mentions:
        assert bodies[mention["article_id"]][mention["start"]:mention["end"]] == mention["text"]


def test_build_is_byte_for_byte_repeatable(seed_package, tmp_path):
    again = tmp_path / "again"
    result = run_cli("build", "--input", seed_package.parent.parent / "raw-missing", "--output", again)
    assert result.returncode != 0  # a missing input folder is an error, not an empty package
    raw = tmp_path / "raw"
    raw.mkdir()
    copy_seeds(raw)
    assert run_cli("build", "--input", raw, "--output", again).returncode == 0
    for relative in ["datapackage.json", *(f"data/{n}.csv" for n in ("articles", "entities", "mentions"))]:
        assert (again / relative).read_bytes() == (seed_package.parent / relative).read_bytes(), relative


def test_failed_build_leaves_the_last_good_package_untouched(corpus, tmp_path):
    (corpus / "flood.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "package"
    assert run_cli("build", "--input", corpus, "--output", out).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (corpus / "broken.meta.json").write_text("{not json")
    (corpus / "broken.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("build", "--input", corpus, "--output", out)
    assert result.returncode == 1
    assert "broken.meta.json" in result.stderr and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_ids_that_break_their_documented_form_are_caught(seed_package, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(seed_package.parent, copy, ignore=shutil.ignore_patterns(".newsfacts-*"))
    mentions = copy / "data/mentions.csv"
    header, first, *rest = mentions.read_text(encoding="utf-8").split("\n")
    mentions.write_text("\n".join([header, "x" + first.replace(":", " ", 1), *rest]), encoding="utf-8")
    descriptor = json.loads((copy / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        resource.pop("hash"), resource.pop("bytes")
    (copy / "datapackage.json").write_text(json.dumps(descriptor))
    report = frictionless.validate(str(copy / "datapackage.json"))
    errors = report.flatten(["fieldName", "type"])
    assert ["mention_id", "constraint-error"] in errors


def _rows_of(article_id: str, tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    events_here = {row["event_id"] for row in tables["event_mentions"] if row["article_id"] == article_id}
    return {
        "quotes": [row for row in tables["quotes"] if row["article_id"] == article_id],
        "events": [row for row in tables["events"] if row["event_id"] in events_here],
        "event_participants": [row for row in tables["event_participants"] if row["event_id"] in events_here],
    }


def test_an_article_reads_the_same_whatever_else_is_in_the_build(corpus):
    # The story never names Kenya; another article does. Its unnamed police and their arrests
    # must not be tied to Kenya only in the build that happens to hold the other article.
    (corpus / "nairobi_march.txt").write_text(
        "NAIROBI — Kenyan police arrested 40 protesters in Nairobi on Monday after a march against "
        "new taxes, police said.\n\nOfficers fired tear gas at the crowd near parliament, witnesses said.\n",
        encoding="utf-8",
    )
    alone = pipeline.extract_tables(*pipeline.read_and_parse(corpus))
    (corpus / "kampala_trade.txt").write_text(
        "KAMPALA — Kenya and Uganda signed a trade agreement in Kampala on Tuesday, officials said. "
        "Kenya will cut fees on Ugandan goods, the Kenyan trade minister said.\n",
        encoding="utf-8",
    )
    together = pipeline.extract_tables(*pipeline.read_and_parse(corpus))

    assert alone["quotes"] and alone["events"]
    assert _rows_of("nairobi_march", alone) == _rows_of("nairobi_march", together)
