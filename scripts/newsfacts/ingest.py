"""Read raw article files and separate the article body from the page furniture around it.

A raw file is whatever a person pasted or scraped: headline (often twice), dek, byline,
reading time, date line, photo captions with credits, section headings, newsletter and
social footers. The body that every offset in the dataset refers to is the running text
only, paragraphs joined by a blank line. What the text says about the article itself
(title, subtitle, author, date, dateline) fills the metadata the sidecar leaves out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema

from .errors import InputError
from .package import table_schema
from .paths import SCHEMAS_DIR

SIDECAR_SUFFIX = ".meta.json"

# Long-form news runs to tens of kilobytes; a megabyte is a dump of many articles or the wrong
# file, and stays below spaCy's 1,000,000-character limit on one text.
MAX_BYTES = 1_000_000

# Magic numbers of the files most often saved as .txt by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a zip archive or Word/OpenDocument file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
}

# Publication dates are calendar days in the publisher's time zone, up to a day ahead of ours.
FUTURE_TOLERANCE = dt.timedelta(days=1)


class SkippedInput(InputError):
    """A file that holds no article to build from: it is left out with a warning and the build goes on."""


class CorpusError(InputError):
    """Several files that must be fixed before anything is built, reported together."""

    def __init__(self, folder: Path, problems: list[InputError]):
        self.problems = problems
        super().__init__(folder, f"{len(problems)} files must be fixed before anything is built; nothing was published")

# Lines that are page furniture wherever they appear.
BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\.?$",
        r"^(?:follow|like) us on (?:twitter|facebook|instagram|x|linkedin|telegram)\b.*$",
        r"^(?:sign up|subscribe) (?:for|to) (?:our|the)\b.*newsletter.*$",
        r"^(?:agencies|wire services|staff)(?: and [a-z ]+)? contributed to this report\.?$",
        r"^(?:\(?reporting by\b.*)$",
        r"^(?:writing|editing|additional reporting) by\b.*$",
        r"^(?:copyright|©)\s.*$",
        r"^all rights reserved\.?$",
        r"^(?:read more|related|advertisement|share this article|click here)\b.{0,80}$",
        r"^@\w+$",
        r"^(?:updated|published|last updated)\b.{0,60}$",
    )
]

# A caption ends with a photo credit: "[Getty]", "(AP Photo/Jane Doe)", "Photo: Reuters".
CAPTION_CREDIT = re.compile(
    r"(?:\[(?:getty|afp|ap|reuters|epa|anadolu)[^\]]*\]"
    r"|\((?:ap|afp|reuters|epa|getty)?\s*(?:photo|images?|picture)s?\b[^)]*\)"
    r"|\b(?:photo|picture|image)\s*(?:credit)?\s*:\s*[\w .,/&'-]{2,60})\s*$",
    re.IGNORECASE,
)

BYLINE = re.compile(r"^by\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?)\s*(?:[,|–—-].*)?$", re.IGNORECASE)

# "NAIROBI, Kenya (AP) — " or "LONDON (Reuters) - " at the start of the first paragraph.
DATELINE = re.compile(
    r"^((?:[A-Z][A-Z.'’-]+)(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    r"(?: \([A-Za-z][\w .&-]{0,30}\))?)\s+[—–-]{1,2}\s+"
)

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
DATE_LINE_FORMS = [
    re.compile(r"^" + _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})$", re.I),
    re.compile(r"^" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})$"),
]
DATE_PREFIX = re.compile(r"^(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*", re.I)
TIME_SUFFIX = re.compile(r"[\s,|]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$", re.I)

# The same rule the articles table schema enforces, checked here so a bad name stops with a clear message.
ARTICLE_ID_PATTERN = next(f for f in table_schema("articles")["fields"] if f["name"] == "article_id")["constraints"]["pattern"]

SENTENCE_END = tuple(".!?\"'”’)…:")
ENGLISH_MARKERS = frozenset(
    "the of and to in a is that for on with as was by at from has have it said are were be".split()
)


@dataclass
class Article:
    article_id: str
    source_file: str
    sha256: str
    body: str
    title: str | None = None
    subtitle: str | None = None
    publisher: str | None = None
    author: str | None = None
    published_date: str | None = None
    url: str | None = None
    language: str | None = None
    license: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    section_headings: list[str] = field(default_factory=list)
    notes: str | None = None

    @property
    def word_count(self) -> int:
        return len(re.findall(r"\w+(?:['’]\w+)*", self.body))

    def row(self) -> dict:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "subtitle": self.subtitle,
            "publisher": self.publisher,
            "author": self.author,
            "published_date": self.published_date,
            "url": self.url,
            "language": self.language,
            "license": self.license,
            "dateline": self.dateline,
            "body": self.body,
            "word_count": self.word_count,
            "captions": "\n".join(self.captions) or None,
            "section_headings": "\n".join(self.section_headings) or None,
            "source_file": self.source_file,
            "sha256": self.sha256,
        }


def parse_date_line(line: str) -> dt.date | None:
    """The date a standalone date line names, or None when the line is not one."""
    text = TIME_SUFFIX.sub("", DATE_PREFIX.sub("", line.strip())).strip(" .,")
    for form in DATE_LINE_FORMS:
        match = form.match(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["monthnum"]) if parts.get("monthnum") else MONTHS[parts["month"].lower()]
        try:
            return dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            return None
    return None


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip().endswith(SENTENCE_END)


def _is_heading(line: str) -> bool:
    return len(line.split()) <= 8 and not line.rstrip().endswith(SENTENCE_END) and line[:1].isupper()


def _normalise_title(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _paragraphs(text: str) -> list[str]:
    """Non-empty lines, with hard-wrapped blocks (fixed-width lines) joined back together."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        wrapped = len(lines) >= 3 and all(55 <= len(line) <= 80 for line in lines[:-1])
        if wrapped:
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _detect_language(body: str) -> str | None:
    words = re.findall(r"[a-z]+", body.lower())
    if len(words) < 20:
        return None
    share = sum(word in ENGLISH_MARKERS for word in words) / len(words)
    return "en" if share >= 0.15 else None


def decode(path: Path, raw: bytes) -> str:
    # UTF-16 is text with a known encoding: the fix is a re-save, not a removal.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, f"is UTF-16 text; re-save it as UTF-8, e.g. `iconv -f utf-16 -t utf-8 {path.name} > fixed.txt`")
    kind = next((name for magic, name in BINARY_SIGNATURES.items() if raw.startswith(magic)), None)
    if kind or b"\x00" in raw[:8192]:
        raise SkippedInput(
            path,
            f"is {kind or 'a binary file'}, not text; skipped. Replace it with the article as UTF-8 plain text, or delete it",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"is not valid UTF-8 (byte {error.start}); re-save it as UTF-8, e.g. `iconv -f cp1252 -t utf-8 {path.name} > fixed.txt`",
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Non-breaking and thin spaces are layout, not content; one character each, so no offset moves.
    text = re.sub(r"[\u00a0\u2007\u2009\u202f]", " ", text)
    return unicodedata.normalize("NFC", text)


def read_sidecar(path: Path) -> dict:
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(path, f"is not valid JSON ({error}); fix it or delete it to read metadata from the text") from None
    schema = json.loads((SCHEMAS_DIR / "article-meta.schema.json").read_text(encoding="utf-8"))
    problems = sorted(jsonschema.Draft202012Validator(schema).iter_errors(meta), key=lambda e: list(e.path))
    if problems:
        where = "/".join(str(p) for p in problems[0].path) or "(top level)"
        raise InputError(path, f"breaks schemas/article-meta.schema.json at {where}: {problems[0].message}")
    if "published" in meta:
        # The schema's pattern lets through days that do not exist, such as 2024-02-30.
        try:
            dt.date.fromisoformat(meta["published"])
        except ValueError:
            raise InputError(path, f"\"published\": {meta['published']} is not a real date; correct it (YYYY-MM-DD)") from None
    return meta


def _check_published(path: Path, article: Article, from_sidecar: bool) -> None:
    """Stop on a publication date in the future: relative dates in the text would resolve wrongly."""
    if article.published_date is None or dt.date.fromisoformat(article.published_date) <= dt.date.today() + FUTURE_TOLERANCE:
        return
    sidecar = path.with_name(article.article_id + SIDECAR_SUFFIX)
    if from_sidecar:
        raise InputError(sidecar, f"\"published\": {article.published_date} is in the future; correct the date")
    raise InputError(
        path,
        f"its date line says {article.published_date}, which is in the future; "
        f"if that is a typo in the source, give the real date in {sidecar.name} as \"published\"",
    )


def parse_article(path: Path, sidecar: dict | None = None) -> Article:
    """One raw file (and its optional sidecar metadata) as an Article with a clean body."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SkippedInput(
            path,
            f"is {size / 1e6:.1f} MB, more than any single news article (limit {MAX_BYTES / 1e6:.0f} MB); skipped. "
            "Split it into one file per article",
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise SkippedInput(path, "is empty; skipped. Paste the article text into it, or delete it")
    text = decode(path, raw)
    meta = sidecar or {}
    title = meta.get("title")
    found: dict[str, str | None] = {"subtitle": None, "author": None, "published_date": None}
    captions: list[str] = []
    headings: list[str] = []
    body: list[str] = []
    seen_titles = {_normalise_title(title)} if title else set()

    for line in _paragraphs(text):
        if any(pattern.match(line) for pattern in BOILERPLATE) and not _is_prose(line):
            if found["published_date"] is None and (date := parse_date_line(line)):
                found["published_date"] = date.isoformat()
            continue
        if CAPTION_CREDIT.search(line):
            captions.append(line)
            continue
        if (date := parse_date_line(line)) is not None:
            found["published_date"] = found["published_date"] or date.isoformat()
            continue
        if not body:
            if _normalise_title(line) in seen_titles:
                continue
            if (byline := BYLINE.match(line)) and len(line.split()) <= 10:
                found["author"] = found["author"] or byline.group(1)
                continue
            if not _is_prose(line):
                if title is None:
                    title = line
                    seen_titles.add(_normalise_title(line))
                elif found["subtitle"] is None:
                    found["subtitle"] = line
                continue
        elif _is_heading(line):
            headings.append(line)
            continue
        body.append(line)

    dateline = None
    if body and (match := DATELINE.match(body[0])):
        dateline = match.group(1)
        body[0] = body[0][match.end():]
    body_text = "\n\n".join(body)
    if not body_text.strip():
        raise SkippedInput(
            path,
            "has no sentences of running text once headline, captions and boilerplate are set aside; skipped. "
            "Check that it is a news article with its paragraphs",
        )

    return Article(
        article_id=path.name[: -len(".txt")],
        source_file=path.name,
        sha256=hashlib.sha256(raw).hexdigest(),
        body=body_text,
        title=title,
        subtitle=meta.get("subtitle") or found["subtitle"],
        publisher=meta.get("publisher"),
        author=meta.get("author") or found["author"],
        published_date=meta.get("published") or found["published_date"],
        url=meta.get("url"),
        language=meta.get("language") or _detect_language(body_text),
        license=meta.get("license"),
        dateline=dateline,
        captions=captions,
        section_headings=headings,
        notes=meta.get("notes"),
    )


def _warn(problem: InputError) -> None:
    print(f"warning: {problem}", file=sys.stderr, flush=True)


def _read_one(path: Path) -> Article:
    article_id = path.name[: -len(".txt")]
    if not re.fullmatch(ARTICLE_ID_PATTERN, article_id):
        raise InputError(path, f"its name is not a usable article ID (pattern {ARTICLE_ID_PATTERN}); rename it, e.g. without spaces")
    sidecar_path = path.with_name(article_id + SIDECAR_SUFFIX)
    try:
        sidecar = read_sidecar(sidecar_path) if sidecar_path.exists() else None
        article = parse_article(path, sidecar)
    except OSError as error:
        where = Path(error.filename) if error.filename else path
        raise InputError(where, f"cannot be read ({error.strerror}); check that it is a readable file") from None
    _check_published(path, article, from_sidecar=bool(sidecar and "published" in sidecar))
    return article


def read_corpus(input_dir: Path) -> list[Article]:
    """Every `*.txt` article in a folder, in article_id order.

    Files that hold no article (empty, binary, too large, no sentences, a byte-for-byte copy of
    another file) are skipped with a warning. Files that hold an article with a fixable problem
    (encoding, sidecar, impossible date, file name) stop the build, all reported at once, so
    nothing is published with an article silently missing or mis-dated.
    """
    articles: list[Article] = []
    errors: list[InputError] = []
    first_with_hash: dict[str, str] = {}
    for path in sorted(input_dir.glob("*.txt")):
        try:
            article = _read_one(path)
        except SkippedInput as skipped:
            _warn(skipped)
            continue
        except InputError as error:
            errors.append(error)
            continue
        if article.sha256 in first_with_hash:
            # Sorted order keeps the same file of the pair whatever the run.
            _warn(SkippedInput(path, f"has exactly the same bytes as {first_with_hash[article.sha256]}; skipped. Delete one of the two"))
            continue
        first_with_hash[article.sha256] = path.name
        articles.append(article)
    for sidecar in sorted(input_dir.glob("*" + SIDECAR_SUFFIX)):
        if not sidecar.with_name(sidecar.name[: -len(SIDECAR_SUFFIX)] + ".txt").exists():
            _warn(InputError(sidecar, "has no article file beside it; rename it to match its .txt file, or delete it"))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise CorpusError(input_dir, errors)
    if not articles:
        raise InputError(input_dir, "has no article to build from; add <article_id>.txt files (nothing was published)")
    return articles
