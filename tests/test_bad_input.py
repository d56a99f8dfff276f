"""Bad input through the real CLI: never a traceback, never another article's data lost.

Files that hold no article are skipped with a warning and the build goes on; files that hold an
article with a fixable problem stop the build, all named in one run, and leave the last good
package as it was. The policy per case is in the README ("Bad input").
"""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import frictionless
import pytest

from newsfacts.errors import InputError
from newsfacts.ingest import SkippedInput, read_corpus

STORY = """Harbour workers end strike

Harbour workers in the northern port returned to work on Monday after the union and the employers agreed on a two-year wage deal, the union said.

"We got what we came for," the union's chairwoman told reporters outside the gate.
"""


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "newsfacts", *map(str, args)], capture_output=True, text=True)


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def last_good(seed_package, tmp_path) -> Path:
    """An output folder holding a previously published package."""
    out = tmp_path / "published"
    for path in [seed_package, *(seed_package.parent / "data").glob("*.csv")]:
        target = out / path.relative_to(seed_package.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    return out


def test_files_without_an_article_are_skipped_with_a_warning_and_the_build_goes_on(corpus, last_good):
    (corpus / "good.txt").write_text(STORY, encoding="utf-8")
    (corpus / "repeat.txt").write_text(STORY, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"\n  \n")
    (corpus / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (corpus / "nul.txt").write_bytes(b"Harbour \x00\x01\x02 workers")
    (corpus / "headline-only.txt").write_text("Harbour workers end strike\nMore soon\n", encoding="utf-8")
    with (corpus / "dump.txt").open("wb") as handle:
        handle.write(b"Harbour workers returned to work on Monday after a deal. " * 900_000)  # 50 MB
    (corpus / "stray.meta.json").write_text(json.dumps({"publisher": "Nobody"}))

    result = run_cli("build", "--input", corpus, "--output", last_good)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    expected = {
        "repeat.txt": "same bytes as good.txt",
        "empty.txt": "is empty",
        "picture.txt": "is a PNG image",
        "nul.txt": "is a binary file",
        "headline-only.txt": "has no sentences",
        "dump.txt": f"{(corpus / 'dump.txt').stat().st_size / 1e6:.1f} MB, more than any single news article",
        "stray.meta.json": "no article file beside it",
    }
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in warnings), (name, warnings)
    rows = list(frictionless.Resource(str(last_good / "data/articles.csv")).read_rows())
    assert [row["article_id"] for row in rows] == ["good"]


def test_files_with_a_fixable_problem_stop_the_build_and_are_all_named(corpus, last_good):
    before = snapshot(last_good)
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    (corpus / "good.txt").write_text(STORY, encoding="utf-8")
    (corpus / "latin1.txt").write_bytes(STORY.replace("Harbour", "Havre café").encode("cp1252"))
    (corpus / "utf16.txt").write_bytes(STORY.encode("utf-16"))
    (corpus / "bad-json.txt").write_text(STORY, encoding="utf-8")
    (corpus / "bad-json.meta.json").write_text("{'publisher': 'single quotes'}")
    (corpus / "bad-field.txt").write_text(STORY + "\n", encoding="utf-8")
    (corpus / "bad-field.meta.json").write_text(json.dumps({"published": "26/12/2018"}))
    (corpus / "no-such-day.txt").write_text(STORY + "\n\n", encoding="utf-8")
    (corpus / "no-such-day.meta.json").write_text(json.dumps({"published": "2023-02-30"}))
    (corpus / "ahead.txt").write_text(STORY + " ", encoding="utf-8")
    (corpus / "ahead.meta.json").write_text(json.dumps({"published": future}))
    (corpus / "dated-ahead.txt").write_text(STORY.replace("\n\n", f"\n\n{future}\n\n", 1), encoding="utf-8")
    (corpus / "my story.txt").write_text(STORY + "  ", encoding="utf-8")

    result = run_cli("build", "--input", corpus, "--output", last_good)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "8 files must be fixed before anything is built; nothing was published" in result.stderr
    expected = {
        "latin1.txt": "is not valid UTF-8 (byte",
        "utf16.txt": "iconv -f utf-16 -t utf-8",
        "bad-json.meta.json": "is not valid JSON",
        "bad-field.meta.json": "breaks schemas/article-meta.schema.json at published",
        "no-such-day.meta.json": "2023-02-30 is not a real date",
        "ahead.meta.json": f"{future} is in the future",
        "dated-ahead.txt": "give the real date in dated-ahead.meta.json",
        "my story.txt": "not a usable article ID",
    }
    lines = result.stderr.splitlines()
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in lines), (name, lines)
    assert snapshot(last_good) == before


def test_an_empty_folder_publishes_nothing(corpus, last_good):
    before = snapshot(last_good)
    (corpus / "empty.txt").write_text("")
    result = run_cli("build", "--input", corpus, "--output", last_good)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "has no article to build from" in result.stderr
    assert snapshot(last_good) == before


@pytest.mark.parametrize(
    "content, kind",
    [
        (b"", SkippedInput),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", SkippedInput),
        (b"PK\x03\x04\x14\x00", SkippedInput),
        ("Caf\xe9 owners protest new rules in the old town square.".encode("latin-1"), InputError),
        ("\ufeffA headline\n\nThe council approved the budget on a vote of seven to two after a long debate.\n".encode("utf-8"), None),
    ],
)
def test_each_file_is_read_skipped_or_stopped(corpus, content, kind, capsys):
    (corpus / "one.txt").write_bytes(content)
    (corpus / "other.txt").write_text(STORY, encoding="utf-8")
    if kind is InputError:
        with pytest.raises(InputError) as error:
            read_corpus(corpus)
        assert not isinstance(error.value, SkippedInput) and "one.txt" in str(error.value)
        return
    ids = [article.article_id for article in read_corpus(corpus)]
    if kind is SkippedInput:
        assert ids == ["other"] and "one.txt" in capsys.readouterr().err
    else:
        assert ids == ["one", "other"]
