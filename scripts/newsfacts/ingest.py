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

from . import dates
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

# Page furniture, one family per entry, each a whole-line shape. A family is removed only when
# the line is not a sentence of prose (see _is_prose), so a paragraph that merely starts with
# "Share", "Updated" or "Source" stays in the body.
BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # Reading time and engagement counters from the article header ("5 min read", "12 comments").
        r"^\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\.?$",
        r"^\d+\s+(?:comments?|shares?|likes?|replies|responses)$",
        r"^(?:comments?|replies|responses)\s*\(\d[\d,]*\)$",
        # Prompts to join the comments: "Sign in or create your Guardian account to join the discussion".
        r"^(?:sign in|log in|register)\b.{0,120}\b(?:comment|discussion|conversation)s?\b.*$",
        # Share/save/like buttons and the WordPress "Share this:" / "Like this:" / "Like Loading..." strip.
        r"^(?:share|save|like|print|email|comment|tweet|loading)(?:\s+(?:this(?:\s+(?:article|story|page|post))?|loading))?\s*(?::|\.{1,3}|…)?$",
        # Social footers: "Follow us on Twitter", "Follow Al Jazeera English:", and bare lists of networks.
        r"^(?:follow|like) us on (?:twitter|facebook|instagram|x|linkedin|telegram)\b.*$",
        r"^follow\s+[\w .&'’-]{1,50}:$",
        r"^(?:(?:facebook|x|twitter|instagram|youtube|linkedin|telegram|whatsapp|tiktok|reddit|threads|bluesky|email|print|copy link)\s*(?:[·|•,/]\s*|$)){2,}$",
        # Newsletter and subscription prompts.
        r"^(?:sign up|subscribe)\b.{0,120}$",
        # A chart or map dropped into the text with its title and source ("Chart: Lira's Slide | ... Source: Bloomberg").
        r"^(?:chart|graphic|infographic|map|table)\s*:.{0,200}$",
        # A wire story's helpers and revision note: "— With assistance from Jane Doe", "(Updates with comments in ninth paragraph.)".
        r"^[—–-]*\s*with assistance from\b.{0,150}$",
        r"^\((?:updates|adds|recasts|rewrites|corrects|changes)\b.{0,150}\)$",
        # Copyright lines.
        r"^(?:copyright|©)\s.*$",
        r"^all rights reserved\.?$",
        # Links and ads to other pages: "Read more: ...", "Related: ...", "Advertisement".
        r"^(?:read more|read also|also read|see also|related|advertisement|share this article|click here)\b.{0,80}$",
        # Links to a gallery, video or podcast, bulleted or with a bar: "- Photos: Night of protests", "WATCH | Farmers count the cost".
        r"^[-–•*]?\s*(?:photos|videos?|watch|listen|gallery|slideshow|podcast|in pictures)\s*[:|].{0,150}$",
        r"^@\w+$",
        # Date lines with a verb in front ("Published On 12 May 2024", "Updated 3:45 PM"); the date fills published_date.
        r"^(?:updated|published|posted|issued|last updated?)\b.{0,80}$",
        # Topic labels: "Tags: a, b, c", "Topics: ...", "Filed under: ...".
        r"^(?:tags?|topics?|filed under|categories|category|explore more on these topics|more on these topics)\s*:.{0,200}$",
        # Image furniture from BBC-style pages: "Image source, Getty Images".
        r"^image source\s*,.{0,80}$",
        # Where a wire-assembled story came from: "Source: Al Jazeera and news agencies".
        r"^source\s*:.{0,80}$",
        # Wire-service standards footer: "Our Standards: The Thomson Reuters Trust Principles."
        r"^our standards\s*:.{0,80}$",
        # A wire-service name alone on a line, the second line of a byline ("Associated Press") or the
        # wire's sign-off under the story ("==Kyodo", "-- AFP").
        r"^(?:[=—–-]+\s*)?(?:the )?(?:associated press|reuters|afp|agence france-presse|bloomberg(?: news)?|ap|press association|pa media|dpa|anadolu agency|xinhua|efe|ansa|kyodo(?: news)?|yonhap|upi)$",
        # Separator lines before contributor notes ("___", "* * *", "----").
        r"^(?:[_=~#*—–-]\s*){3,}$",
        # A live blog's time stamp on a line of its own ("17.36 GMT", "9:05am ET").
        r"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:gmt|bst|utc|cet|cest|eet|eest|e[sd]?t|c[sd]?t|p[sd]?t|ist|jst|kst|wib|eat|wat|cat|sast|aest|aedt|hkt|sgt)?$",
    )
]

# A paragraph asking the reader to sign up for a newsletter, however much prose leads up to it ("While
# you're here: every Tuesday our editors ... You can sign up here for the weekly newsletter X.").
NEWSLETTER_PROMPT = re.compile(r"\b(?:sign up|subscribe)\b[^.!?]{0,80}\bnewsletters?\b", re.IGNORECASE)
# A short line where the outlet speaks of its own newsletter or channel ("X, our editor, picks the week's
# stories in this weekly newsletter", "Don't miss out! Join our WhatsApp channel for local news").
OWN_CHANNEL = re.compile(
    r"\b(?:in|to|from) (?:this|our) (?:free )?(?:daily |weekly |monthly |morning |evening )?newsletter\b"
    r"|\b(?:join|follow|subscribe to) our (?:whatsapp|telegram|youtube|facebook|instagram|tiktok|linkedin|google news|x) (?:channel|page|group|community)\b",
    re.IGNORECASE,
)
# A promotion that ends on its button, which the page prints in capitals ("... on our app. LEARN MORE").
BUTTON_LABEL = re.compile(
    r"\b(?:LEARN MORE|READ MORE|FIND OUT MORE|SIGN UP(?: NOW)?|SUBSCRIBE(?: NOW)?|WATCH NOW|LISTEN NOW|DOWNLOAD(?: NOW)?"
    r"|GET THE APP|TRY (?:IT )?FREE|START (?:YOUR )?FREE TRIAL)\s*[›>»→]?\s*$"
)

# Page furniture the body keeps, because _is_boilerplate removes only lines that are not prose or
# because it sits among the paragraphs, but whose names are the outlet's, not the story's (see
# furniture_lines): a line or a bar-separated part that asks the reader to do something, a notice
# to the newsletter's subscriber, a contributor's credit.
CALL_TO_ACTION = re.compile(r"(?:Follow|Subscribe|Unsubscribe|Share|Manage|Download|Sign up|Join us|Like us)\b")
SUBSCRIBER_NOTICE = re.compile(r"\b(?:receiving this (?:email|newsletter)|you subscribed)\b")
# "Associated Press writer X contributed from Y." / "X in Y contributed to this report.": a credit line.
CONTRIBUTOR_CREDIT = re.compile(r"^(?=.{0,200}$).*\b(?:[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?)\b.*\bcontributed\b|^(?=.{0,200}$)[^.]*\bcontributed (?:to )?(?:this|the) (?:report|story)\b")

# Copyright notices, however long: "Copyright 2026 The Associated Press. All rights reserved. This
# material may not be published, broadcast, rewritten or redistributed." reads like prose.
COPYRIGHT = re.compile(r"^(?:copyright\s*(?:\(c\)|©)?\s*\d{4}|©\s*\d{4})\b", re.IGNORECASE)

# Breadcrumb trails: "Home > World > Europe", "Home › News › Environment". They sit between a
# site's masthead (name, tagline) and the article's own header, so header lines above one are not the headline.
BREADCRUMB = re.compile(r"^(?:[\w&'’-]+(?: [\w&'’-]+){0,3}\s+[›>»]\s+){1,6}[\w&'’-]+(?: [\w&'’-]+){0,3}$")

# Staff credits, removed even when long: every segment is "<role> by <Names>" ("(Reporting by A in
# Geneva; Writing by B; Editing by C)"), and contributor notes ("Associated Press writers A and
# B contributed to this report", "A in Cairo contributed reporting"). A single unbracketed
# "Reporting by Reuters showed ..." sentence is prose and stays (see _is_credit).
_CREDIT_ROLE = r"(?i:(?:additional |further )?(?:reporting|writing|editing|compiled|research|fact-checking|graphics) by)"
CREDITS = re.compile(rf"^\(?{_CREDIT_ROLE}\s+[A-Z][^;()]{{0,150}}(?:;\s*{_CREDIT_ROLE}\s+[A-Z][^;()]{{0,150}})*\)?\.?$")
CONTRIBUTORS = re.compile(
    r"^(?:(?:agencies|wire services|staff)(?: and [a-z ]+)?|[A-Z].{0,200}?)\s+contributed"
    r"(?:\s+(?:reporting|to (?:this|the) (?:report|story|article)))(?:\s+from\s+[A-Z][\w ,.'’-]{0,60})?\.?$"
    # "Information from Agence France-Presse was used in this report."
    r"|^(?:information|material|reporting) from [A-Z].{0,100}? (?:was|were) used in (?:this|the) (?:report|story|article)\.?$"
    # The bureaux a wire story was written from: "Sanon reported from Port-au-Prince and Coto from San Juan."
    r"|^[A-Z][\w'’-]+ reported from [A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,4}(?:,? and [A-Z][\w'’-]+ from [A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,4})?\.$",
    re.IGNORECASE,
)

# Link lists open with one of these; the headlines that follow (lines without closing
# punctuation) are furniture until the first line that ends like a sentence.
LINK_LIST_OPENER = re.compile(
    r"^(?:related(?: topics| stories| articles| content| coverage| links)?|more on this story|more from [\w ]{1,40}"
    r"|read more|read next|you may also like|recommended|most read|see also|top stories)\s*:?$",
    re.IGNORECASE,
)

# Linked headlines that do end like a sentence: a question ("What has the Doha process achieved?") or
# the date of the older story ("Are the signals safe? (August 2023)").
LINKED_HEADLINE_END = re.compile(r"(?:\?|\((?:[A-Z][a-z]+\.? )?(?:\d{1,2},? )?(?:19|20)\d\d\))\s*$")

# A caption ends with a photo credit: "[Getty]", "[Jane Doe/AFP]", "(AP Photo/Jane Doe)", "(Photo by
# X/Agency)", "Photo: Reuters", "Jane Doe/AFP via Getty Images", "REUTERS/Jane Doe/File Photo",
# "... west London. Getty Images", "File photo"; an agency alone in brackets after the caption's
# last sentence or its photographer's name in capitals ("... on Tuesday. (Yonhap)", "JANE DOE
# (EFE)"), or with its source ("(Interior Ministry via AP)", "(Supplied: Provincial Government)").
# Scraped pages glue the label to the caption's last word ("on WednesdayImage: Jane Doe/dpa").
_CAPITALISED = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_FULL_NAME = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
# Wire services and photo agencies whose names credit pictures: the international ones, national
# news agencies, and picture agencies.
_AGENCY = (
    r"(?:reuters|afp|ap|epa|epa-efe|pa|anadolu|xinhua|getty|bloomberg|dpa|efe|ansa|upi|tass|sipa|shutterstock|alamy"
    r"|yonhap|kyodo|jiji|bernama|antara|pti|ians|aap|belga|anp|lusa|ctk|pap|mti|ukrinform|ria novosti|sputnik|irna|wam"
    r"|picture alliance|nurphoto|sopa images|zuma press|zuma|abaca|imago|keystone|cuartoscuro|aton|xinhua news agency)"
)
CAPTION_CREDIT = re.compile(
    r"(?:\[(?:getty|afp|ap|reuters|epa|anadolu)[^\]]*\]"
    r"|\[[^\[\]]{1,60}/[^\[\]]{1,40}\]"
    r"|\((?:ap|afp|reuters|epa|getty)?\s*(?:photo|images?|picture)s?\b[^)]*\)"
    r"|(?:\b|(?-i:(?<=[a-z])(?=[IP])))(?:photo(?:graph)?|picture|image)\s*(?:credit)?\s*:\s*[\w .,/&'-]{2,60}"
    rf"|(?:^|[.!?]\s*|\b(?-i:[A-Z]{{2,}})\s+)\((?:{_CAPITALISED}\s*/\s*)*{_AGENCY}\)"
    rf"|\([^()]{{2,60}}\bvia\s+{_AGENCY}\)"
    r"|\((?:supplied|courtesy|handout)\b[^()]{0,60}\)"
    r"|(?:\.\s+|/\s*|\bvia\s+)getty\s+images"
    # After the caption's last sentence, a photographer and outlet of any name: "(Jane Doe/The Daily Star)",
    # "(City News: Jane Doe)", "Photo by Jane Doe/Outlet", "© Jane Doe, Agency", "© Charity/Jane Doe". The
    # photographer has a first and a last name, so a story's sign-off "(Colombo/Outlet)" stays prose.
    rf"|[.!?]\s*\(\s*{_FULL_NAME}\s*/\s*{_CAPITALISED}\)"
    rf"|[.!?]\s*\({_CAPITALISED}\s*:\s*{_FULL_NAME}\s*\)"
    rf"|(?:^|[.!?]\s+)(?-i:Photo|Picture|Image)s?\s+(?:by|courtesy of)\s+{_CAPITALISED}(?:\s*/\s*{_CAPITALISED})*"
    rf"|©\s*{_CAPITALISED}(?:\s*[/,]\s*{_CAPITALISED})*"
    # Names in slash credits are capitalised, so "an AP/NORC poll found." stays prose.
    rf"|\b{_AGENCY}(?:\s*/\s*{_CAPITALISED})+"
    rf"|\b{_CAPITALISED}\s*/\s*{_AGENCY}"
    # A caption in brackets closes after its credit: "[Relatives gather ... [Jane Doe/Reuters]]".
    r"|\bfile photo)\]?\.?\s*$",
    re.IGNORECASE,
)
# Captions that say so at the start: "[Image: ...]", "Image caption, ...", "Photo: ...".
CAPTION_LABEL = re.compile(r"^(?:\[(?:image|photo|picture)s?\s*:.*\]|image caption\s*,.+|(?:photo|image|picture)\s*:\s*\S.*)$", re.IGNORECASE)

# "By Jane Doe", "BY JANE DOE", "By Reuters", "By Jane Doe and John Roe, Associated Press". Only
# "by" ignores case, so a first paragraph such as "By the time rescuers arrived, ..." is no byline.
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
BYLINE = re.compile(rf"^(?i:by)\s+({_NAME}(?:\s+(?i:and)\s+{_NAME})?)\s*(?:[,|–—-].*)?$")
# A writer's role under a bare-name byline ("Diplomatic correspondent", "Senior Writer").
ROLE_LINE = re.compile(r"^(?:[\w-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|journalist)$", re.IGNORECASE)
# A bare name on its own line, the first line of a byline whose second line is the writer's role.
BARE_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}$")

# A note on the writer closing the page: "Jane Doe is a senior tennis writer for The Athletic.",
# "Jane Doe writes about agribusiness from Melbourne. Email Jane at ...". A story can end on a
# sentence about a journalist, so the note counts only when it names the article's author or
# tells the reader how to reach the writer.
AUTHOR_NOTE = re.compile(
    rf"^({_NAME}) (?:is an? [\w ,-]{{0,60}}?(?:writer|reporter|correspondent|editor|journalist|columnist|contributor)\b"
    r"|writes (?:about|on|for)\b|covers\b|reports on\b)"
)
READER_CONTACT = re.compile(r"\b(?:[Ee]mail|[Cc]onnect with|[Ff]ollow (?:him|her|them|[A-Z]\w+) on)\b|@\w")
# Header lines of several facts joined by a dot or bar: "Posted on July 2, 2025 by Ann Lee · 5 min read · 12 comments".
META_SEPARATOR = re.compile(r"\s+[·|•]\s+")
HEADER_DATE_SEPARATOR = re.compile(r"\s+[—–|·•/-]\s+")
POSTED_BY = re.compile(rf"^(?:(?:posted|published)(?: on)?\s+)?(.+?)\s+(?i:by)\s+({_NAME})$", re.IGNORECASE)

# A pull-quote used as a section heading: a few quoted words without a full stop ("‘By all means’").
PULL_QUOTE = re.compile(r"^[“\"‘'][^“”\"‘’.!?,]{1,60}[”\"’']$")

# The wire dateline that opens the first paragraph, then a spaced dash: a place in capitals with
# an optional country or day ("NAIROBI, Kenya (AP) — ", "ACCRA, Nov 18 (Reuters) - ",
# "SEOUL, Nov. 20 (Yonhap) -- ", "WASHINGTON/BEIJING, May 2 (Reuters) - " when two bureaux wrote
# it); a mixed-case place before an agency in brackets, with the same
# options ("Port Sudan (AFP) – ", "Larantuka (Indonesia) (AFP) – ", "Manila, Nov 18 (AFP) - ");
# or "Maputo, Mozambique – " (city and country).
DATELINE = re.compile(
    r"^((?:[A-Z][A-Z.'’-]+)(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?: \d{1,2})?"
    r"(?: \([A-Za-z][\w .&-]{0,30}\))?)\s+[—–-]{1,2}\s+"
    r"|^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}, [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})\s+[—–]\s+(?=[A-Z])"
    r"|^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?: \d{1,2})?"
    r"(?: \([A-Z][\w .&-]{0,30}\)){1,2})\s+[—–-]{1,2}\s+(?=[A-Z])"
)

# Date lines write month names in any case ("12 MAY 2024", "may 12, 2024").
MONTHS = {name.lower(): number for name, number in dates.MONTHS.items()}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
MONTH_NAMED = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)
DATE_LINE_FORMS = [
    re.compile(r"^" + _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})$", re.I),
    re.compile(r"^" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})$"),
]
DATE_PREFIX = re.compile(r"^(?:published|posted|updated|last updated|issued|date)(?:\s+date)?\s*(?:on\s*:?|:|[-–—])?\s*", re.I)
# A clock time with an optional zone ("3:45 PM EST", "2:05 PM GMT+2"), before or after the date.
_TIME = r"(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
TIME_SUFFIX = re.compile(r"[\s,|–—-]+" + _TIME + r"$", re.I)
# "22/11/2026": day and month order differ by country, so only an order the numbers prove is read.
NUMERIC_DATE = re.compile(r"^(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})$")
TIME_PREFIX = re.compile(r"^" + _TIME + r"[\s,|]+", re.I)
# "All News 16:05 November 20, 2026", "World 09:12 3 March 2025": a wire section label before the
# clock time. The time is what makes it a header; "Iran said March 3, 2025" is no date line.
SECTION_AND_TIME_PREFIX = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){1,3}" + _TIME + r"[\s,|]+")
# "4 December 2026 Humanitarian Aid", "... Peace and Security": a section label after the date of a header line.
SECTION_SUFFIX = re.compile(r"(?:\s+[A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?){1,3}$")
# "June 18, 2024 2:05 PM Updated an hour ago", "... Modified: ...", "Thu 3 Dec 2026 at 1:42pm, updated ...": a second
# stamp after the date says nothing more.
UPDATED_SUFFIX = re.compile(r"(?:,|\s+[|·])?\s+(?:last\s+)?(?:updated?|modified)\b.{0,40}$", re.I)

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


def _date_line_text(line: str) -> str:
    text = UPDATED_SUFFIX.sub("", DATE_PREFIX.sub("", line.strip()))
    return SECTION_AND_TIME_PREFIX.sub("", TIME_PREFIX.sub("", TIME_SUFFIX.sub("", text))).strip(" .,")


def parse_date_line(line: str) -> dt.date | None:
    """The date a standalone date line names, or None when the line is not one."""
    text = _date_line_text(line)
    for form in DATE_LINE_FORMS:
        match = form.match(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["monthnum"]) if parts.get("monthnum") else MONTHS[parts["month"].lower()]
        return dates.real_date(int(parts["year"]), month, int(parts["day"]))
    # "22/11/2026" is day first and "11/22/2026" month first; "03/04/2026" could be either and stays open.
    readings = numeric_readings(line)
    return readings[0] if len(readings) == 1 else None


def _header_date(line: str) -> dt.date | None:
    """The date a header line names after one of its separators, or None.

    The date runs either to the end of the line or to the next separator, since agency pages put
    section tags after it ("KYODO NEWS - Dec 7, 2026 - 18:26 | Japan, All", "TNN / Updated: Dec 6,
    2026, 23:14 IST"). A line that opens with the date may end in a section label instead.
    """
    if (date := parse_date_line(SECTION_SUFFIX.sub("", line, count=1))) is not None:
        return date
    cuts = list(HEADER_DATE_SEPARATOR.finditer(line))
    for cut, following in zip(cuts, cuts[1:] + [None]):
        for end in (len(line), following.start()) if following else (len(line),):
            if (date := parse_date_line(line[cut.end():end])) is not None:
                return date
    return None


def numeric_readings(line: str) -> list[dt.date]:
    """Both real dates a date line like "03/04/2026" can mean (day first and month first)."""
    match = NUMERIC_DATE.match(_date_line_text(line))
    if not match:
        return []
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    return sorted({d for d in (dates.real_date(year, second, first), dates.real_date(year, first, second)) if d})


def settle_numeric_date(readings: list[dt.date], text: str) -> dt.date | None:
    """The reading of an ambiguous numeric date line that lies nearest a full date the page names
    elsewhere ("Leaders pose in Samarkand on 2 April 2026" settles "03/04/2026" as 3 April): a news
    page is dated close to the days it reports. With no full date, the one reading that is itself a
    day the page names by month and day (a dateline's "Taipei, Dec. 2 (CNA)" settles "12/02/2026").
    Stays open when neither settles it or both readings are as near."""
    if len(readings) != 2:
        return None
    expressions = [text[start:end] for start, end in dates.find(text)]
    named = [
        found.start
        for expression in expressions
        if (found := dates.normalise(expression, None)) is not None and found.known and found.precision == "day"
    ]
    if named:
        distance = [min(abs((reading - day).days) for day in named) for reading in readings]
        return None if distance[0] == distance[1] else readings[distance.index(min(distance))]
    # A month and day without a year read against a reading give that very day only when they name it.
    named_as = [
        reading for reading in readings
        if any(MONTH_NAMED.search(expression) and (found := dates.normalise(expression, reading)) is not None
               and found.precision == "day" and found.start == found.end == reading for expression in expressions)
    ]
    return named_as[0] if len(named_as) == 1 else None


def _is_prose(line: str) -> bool:
    # Words are runs with a letter or digit: a spaced dash or bullet is no word.
    return len(re.findall(r"\S*\w\S*", line)) >= 12 and line.rstrip().endswith(SENTENCE_END)


def _is_heading(line: str) -> bool:
    if PULL_QUOTE.match(line):
        return len(line.split()) <= 8
    return len(line.split()) <= 8 and not line.rstrip().endswith(SENTENCE_END) and line[:1].isupper()


def _is_boilerplate(line: str) -> bool:
    if BUTTON_LABEL.search(line) or (OWN_CHANNEL.search(line) and len(line.split()) <= 30):
        return True
    return bool(COPYRIGHT.match(line) or NEWSLETTER_PROMPT.search(line)) or (any(pattern.match(line) for pattern in BOILERPLATE) and not _is_prose(line))


def furniture_lines(body: str) -> list[tuple[int, int]]:
    """Character ranges of the body's lines that ask the reader to do something ("Follow X on
    WhatsApp", "Subscribe to the X newsletter", "Unsubscribe | Manage preferences") or list things
    with middle dots ("Facebook · X · Email", "Cricket · West Indies cricket team · news", "Also in
    today's digest: ... · ..."): page furniture left in the body, where no name is the story's."""
    ranges, offset = [], 0
    for line in body.split("\n"):
        parts = [part.strip() for part in line.split("|")]
        listed = len(line.split(" · ")) >= 3  # share bars, bylines, topic tags, a digest's other stories
        if listed or any(CALL_TO_ACTION.match(part) for part in parts) or SUBSCRIBER_NOTICE.search(line) or CONTRIBUTOR_CREDIT.search(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def _is_author_note(line: str, author: str | None) -> bool:
    note = AUTHOR_NOTE.match(line)
    return note is not None and len(line.split()) <= 60 and (note.group(1) == author or bool(READER_CONTACT.search(line)))


def _is_credit(line: str) -> bool:
    if CONTRIBUTORS.match(line):
        return True
    # One unbracketed sentence "Reporting by X showed ..." is prose; a bracketed or multi-role credit never is.
    return bool(CREDITS.match(line)) and (line.startswith("(") or ";" in line or not _is_prose(line))


def _byline_author(line: str) -> str | None:
    if not (byline := BYLINE.match(line)) or len(line.split()) > 10:
        return None
    name = byline.group(1)
    # "BY JANE DOE AND JOHN ROE": shouting is layout, the names are Jane Doe and John Roe.
    words = name.split()
    if all(word.isupper() for word in words if word.lower() != "and") and len(name) > 4:
        return " ".join("and" if word.lower() == "and" else word.title() for word in words)
    return name


def _header_facts(line: str) -> dict[str, str] | None:
    """Date and author from a header line made only of such facts, or None when the line says anything else.

    Handles "Posted on July 2, 2025 by Ann Lee · 5 min read · 12 comments" part by part. A bare
    name is the author only beside a date ("Ann Lee | Published July 2, 2025"), which is what makes
    the line a header rather than, say, a list of places.
    """
    facts: dict[str, str] = {}
    bare_names: list[str] = []
    for part in META_SEPARATOR.split(line.strip()):
        if (date := parse_date_line(part)) is not None:
            facts.setdefault("date", date.isoformat())
        elif author := _byline_author(part):
            facts.setdefault("author", author)
        elif (posted := POSTED_BY.match(part)) and (date := parse_date_line(posted.group(1))) is not None:
            facts.setdefault("date", date.isoformat())
            facts.setdefault("author", posted.group(2))
        elif BARE_NAME.match(part):
            bare_names.append(part)
        elif not _is_boilerplate(part):
            return None
    if bare_names:
        if "date" not in facts or len(bare_names) > 1:
            return None
        facts.setdefault("author", bare_names[0])
    return facts


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
    # Lines that repeat what the sidecar already says (headline, standfirst, site name) are not body.
    seen_titles = {_normalise_title(title)} if title else set()
    for known in (meta.get("subtitle"), meta.get("publisher")):
        if known:
            seen_titles.update({_normalise_title(known), _normalise_title(re.sub(r"\s*\(.*?\)", "", known))})
    in_link_list = False
    previous_header: str | None = None
    numeric_date: list[dt.date] = []

    for line in _paragraphs(text):
        # Linked headlines carry no closing punctuation; the first line that does is text again.
        if in_link_list and (not line.rstrip().endswith(SENTENCE_END) or LINKED_HEADLINE_END.search(line)):
            continue
        in_link_list = bool(LINK_LIST_OPENER.match(line))
        if in_link_list or _is_credit(line):
            continue
        if META_SEPARATOR.search(line) and (facts := _header_facts(line)) is not None:
            found["published_date"] = found["published_date"] or facts.get("date")
            found["author"] = found["author"] or facts.get("author")
            continue
        if BREADCRUMB.match(line):
            if not body and not meta.get("title"):
                title, found["subtitle"], previous_header = None, None, None
            continue
        if _is_boilerplate(line):
            if found["published_date"] is None and (date := parse_date_line(line)):
                found["published_date"] = date.isoformat()
            numeric_date = numeric_date or numeric_readings(line)
            continue
        if CAPTION_CREDIT.search(line) or CAPTION_LABEL.match(line):
            captions.append(line)
            continue
        if (date := parse_date_line(line)) is not None:
            found["published_date"] = found["published_date"] or date.isoformat()
            continue
        if readings := numeric_readings(line):
            # "12/02/2026 07:41 PM" on its own: a date line whose order the page settles below, if it can.
            numeric_date = numeric_date or readings
            continue
        if not body:
            if _normalise_title(line) in seen_titles:
                continue
            if author := _byline_author(line):
                found["author"] = found["author"] or author
                continue
            if ROLE_LINE.match(line):
                # "Jane Doe / Diplomatic correspondent": the name above was a byline, not a standfirst.
                if previous_header is not None and previous_header == found["subtitle"] and BARE_NAME.match(previous_header):
                    found["author"] = found["author"] or previous_header
                    found["subtitle"] = None
                continue
            if not _is_prose(line):
                # "BALKAN WIRE DIGEST — Wednesday, 17 June 2026", "Bogotá - DEC 02, 2026 - 18:40 CET": a
                # header whose date follows a label or the place it was filed from.
                if (date := _header_date(line)) is not None:
                    found["published_date"] = found["published_date"] or date.isoformat()
                previous_header = line
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

    if found["published_date"] is None and (settled := settle_numeric_date(numeric_date, text)):
        found["published_date"] = settled.isoformat()
    author = meta.get("author") or found["author"]
    while body and _is_author_note(body[-1], author):
        body.pop()
    dateline = None
    if body and (match := DATELINE.match(body[0])):
        dateline = match.group(1) or match.group(2) or match.group(3)
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
        author=author,
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
