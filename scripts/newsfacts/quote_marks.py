"""Find the spans of an article body that stand inside quotation marks.

Pure text, no parse: pairs opening and closing marks paragraph by paragraph. Double marks
(straight or curly) are the quotation; single marks inside them are nested quotes and stay part
of the text. Single marks are read as quotation marks only in articles that use no double marks
at all (British house style), since elsewhere they are apostrophes far more often.
A paragraph that ends inside a quotation continues it when the next paragraph opens with a mark,
the newspaper convention for a quotation running over several paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .ingest import SENTENCE_END

DOUBLE_OPENING = "“„«"
DOUBLE_CLOSING = "”»"
DOUBLE_MARKS = DOUBLE_OPENING + DOUBLE_CLOSING + '"'
SINGLE_OPENING = "‘'"
SINGLE_CLOSING = "’'"
PARAGRAPH = re.compile(r"(?:[^\n]|\n(?!\n))+")
# Characters after which a straight mark opens rather than closes a quotation.
OPENING_CONTEXT = " \t\n([{—–-/"


@dataclass(frozen=True)
class Quoted:
    start: int  # first character of the quoted words
    end: int  # end (exclusive) of the quoted words, before any closing mark
    open_at: int  # offset of the opening mark
    close_end: int  # end of the closing mark, or of the paragraph when the quotation is left open


# How a paragraph of running text ends (ingest's sentence ends, and a semicolon a list item may end
# on); a subheading or a live blog's timestamp or entry headline does not.
SENTENCE_ENDS = (*SENTENCE_END, ";")
BULLETS = tuple("-–—•*·")
HEADING_WORDS = 15  # words; a longer line is prose that lost its full stop, not a headline


def paragraphs(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(body)]


def is_heading(paragraph: str) -> bool:
    """True for a short line that is no sentence: "11:02 BST", "Starmer says deal is close"; not an
    item of a bulleted list, nor a long paragraph that only lost its full stop."""
    text = paragraph.strip()
    return not text.endswith(SENTENCE_ENDS) and not text.startswith(BULLETS) and len(text.split()) <= HEADING_WORDS


def _double_marks(body: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, 'open'|'close') for the double marks of one paragraph, straight marks alternating."""
    marks = []
    is_open = False
    for i in range(start, end):
        char = body[i]
        if char in DOUBLE_OPENING:
            kind = "open"
        elif char in DOUBLE_CLOSING:
            kind = "close"
        elif char == '"':
            kind = "close" if is_open else "open"
        else:
            continue
        marks.append((i, kind))
        is_open = kind == "open"
    return marks


def _single_marks(body: str, start: int, end: int) -> list[tuple[int, str]]:
    """Single marks that can open or close a quotation; apostrophes inside words are skipped."""
    marks = []
    is_open = False
    for i in range(start, end):
        char = body[i]
        if char not in "‘’'":
            continue
        before = body[i - 1] if i > start else " "
        after = body[i + 1] if i + 1 < end else " "
        if not is_open and char in SINGLE_OPENING and before in OPENING_CONTEXT and not after.isspace():
            marks.append((i, "open"))
            is_open = True
        elif is_open and char in SINGLE_CLOSING and not before.isspace() and (after.isspace() or not after.isalnum()):
            # "the players' union": a plural possessive looks like a closing mark; it is one only
            # if no later candidate closes the quotation instead.
            later = re.search(r"[\w.,!?]['’](?=\s|[^\w]|$)", body[i + 1 : end])
            if before == "s" and re.match(r"\s+[a-z]", body[i + 1 : end]) and later:
                continue
            marks.append((i, "close"))
            is_open = False
    return marks


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def find(body: str) -> list[Quoted]:
    """Every quotation in the body, in text order."""
    scan = _double_marks if any(mark in body for mark in DOUBLE_MARKS) else _single_marks
    found: list[Quoted] = []
    spans = paragraphs(body)
    marks_by_paragraph = [scan(body, p_start, p_end) for p_start, p_end in spans]

    def opens_paragraph(number: int) -> bool:
        marks = marks_by_paragraph[number] if number < len(spans) else []
        return bool(marks) and marks[0][1] == "open" and body[spans[number][0] : marks[0][0]].strip() == ""

    open_at: int | None = None  # opening mark of a quotation carried over from the previous paragraph
    for number, (p_start, p_end) in enumerate(spans):
        marks = marks_by_paragraph[number]
        if open_at is not None:
            marks = marks[1:]  # the continuation mark of a multi-paragraph quotation
        for offset, kind in marks:
            if kind == "open":
                open_at = offset  # an opening mark inside an open quotation restarts it
            elif open_at is not None:
                start, end = _strip(body, open_at + 1, offset)
                if end > start:
                    found.append(Quoted(start, end, open_at, offset + 1))
                open_at = None
        if open_at is not None and not opens_paragraph(number + 1):
            # Left open at the end of its paragraph and not continued: it ends with the paragraph.
            start, end = _strip(body, open_at + 1, p_end)
            if end > start:
                found.append(Quoted(start, end, open_at, p_end))
            open_at = None
    return found
