import json

import pytest

from newsfacts.errors import InputError
from newsfacts.ingest import parse_article, parse_date_line, read_corpus

MESSY = """Harbour workers walk out over pay

Harbour workers walk out over pay
Dockers say the offer does not keep up with prices

By Maria Lopez
2 min read
March 14, 2024
Pickets gather at the main gate on Thursday morning. (AP Photo/John Smith)
ROTTERDAM, Netherlands (AP) — Thousands of harbour workers walked off the job on Thursday after talks over a new wage deal collapsed late on Wednesday night.

The union said the strike would last at least two days and warned that further action could follow.

What comes next

Employers said they were disappointed and would return to the table next week if the union agreed.

Reporting by Maria Lopez; Editing by Tom Jones
Follow us on Twitter: @harbournews
"""


def write(folder, name, text, meta=None):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def test_page_furniture_is_separated_from_the_body(corpus):
    article = parse_article(write(corpus, "strike", MESSY))
    assert article.title == "Harbour workers walk out over pay"
    assert article.subtitle == "Dockers say the offer does not keep up with prices"
    assert article.author == "Maria Lopez"
    assert article.published_date == "2024-03-14"
    assert article.dateline == "ROTTERDAM, Netherlands (AP)"
    assert article.captions == ["Pickets gather at the main gate on Thursday morning. (AP Photo/John Smith)"]
    assert article.section_headings == ["What comes next"]
    assert article.body.startswith("Thousands of harbour workers walked off")
    assert article.body.endswith("if the union agreed.")
    for furniture in ("min read", "Reporting by", "@harbournews", "Harbour workers walk out", "What comes next"):
        assert furniture not in article.body
    assert article.body.count("\n\n") == 2
    assert article.language == "en"


def test_sidecar_wins_over_what_the_text_says(corpus):
    meta = {"title": "Dock strike", "published": "2024-03-15", "publisher": "Harbour News", "license": "CC0-1.0"}
    write(corpus, "strike", MESSY, meta)
    [article] = read_corpus(corpus)
    assert (article.title, article.published_date, article.publisher, article.license) == (
        "Dock strike", "2024-03-15", "Harbour News", "CC0-1.0",
    )
    assert article.author == "Maria Lopez"


def test_unknown_metadata_stays_empty(corpus):
    text = "A plain headline\n\nThe council approved the budget on a vote of seven to two after a long debate about road repairs.\n"
    article = parse_article(write(corpus, "plain", text))
    assert article.title == "A plain headline"
    assert (article.author, article.published_date, article.publisher, article.subtitle) == (None, None, None, None)


def test_hard_wrapped_paragraphs_are_joined(corpus):
    text = (
        "Wrapped story\n\n"
        "The committee met for the third time this month and agreed that the new\n"
        "rules on fishing quotas would take effect from the start of next season,\n"
        "officials said after the meeting in the capital.\n"
    )
    article = parse_article(write(corpus, "wrapped", text))
    assert "\n" not in article.body
    assert article.body.startswith("The committee met") and article.body.endswith("capital.")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("26 December, 2018", "2018-12-26"),
        ("December 26, 2018", "2018-12-26"),
        ("Wed, Dec. 26, 2018", "2018-12-26"),
        ("Published: 2018-12-26", "2018-12-26"),
        ("Updated March 3, 2024 at 3:45 PM EST", "2024-03-03"),
        ("31 February, 2018", None),
        ("Iran held talks with the Taliban", None),
    ],
)
def test_date_lines(line, expected):
    date = parse_date_line(line)
    assert (date.isoformat() if date else None) == expected


def test_sidecar_that_breaks_its_schema_names_the_file_and_field(corpus):
    write(corpus, "bad", MESSY, {"published": "14/03/2024"})
    with pytest.raises(InputError) as error:
        read_corpus(corpus)
    assert "bad.meta.json" in str(error.value) and "published" in str(error.value)


def test_non_utf8_text_names_the_file_and_the_fix(corpus):
    (corpus / "latin1.txt").write_bytes("Caf\xe9 owners protest new rules in the old town square.".encode("latin-1"))
    with pytest.raises(InputError) as error:
        read_corpus(corpus)
    assert "latin1.txt" in str(error.value) and "UTF-8" in str(error.value)
