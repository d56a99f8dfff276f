"""Quotes: who said what, direct and indirect, with the speaker linked to an entity.

Direct quotes are the spans inside quotation marks (quote_marks.py) that someone is credited
with: a speech verb or "according to" governs them in the parse ('"...," he said', 'said that
"..."', 'called it "a disgrace"'), a colon hands them to the subject before it ('Walsh was blunt:
"..."'), they stand in a paragraph with a speech verb ('"A," he said. "B."'), or they continue
the previous speaker's quotes in the next paragraph. A quote that only qualifies a speech verb
inside someone's reported clause ('said the forces would respond "firmly"') is the reporter's.
Short quoted spans (three words or fewer) that no speech verb governs are scare quotes or
titles; words on a banner or sign are inscriptions; neither is a statement.
Indirect quotes are the clause complements of speech verbs ("X said (that) ...", "X said in a
report seen by Reuters that ...", a clause closed by its attribution "..., the agency said" however
the parser hung it), the "that" clauses of speech nouns ("X's announcement that
..."), and "according to X, ..."; a clause ends where its speaker's next speech act begins
("..., and accused ...", ", saying ...").
Speakers are linked by speakers.py; statements repeated across articles share a statement_id.
"""

from __future__ import annotations

import bisect
import csv
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from . import quote_marks
from .attribution import (
    SUBJECTS,
    according_to_object,
    cue_of,
    cues,
    is_negated,
    is_passive,
    is_outlet,
    reports_clauses,
    same_paragraph,
    speaker_span,
    subject_of,
)
from .ingest import Article
from .speakers import ArticleSpeakers, Speaker

# A quoted span of at most this many words is a statement only when a speech verb governs it.
SCARE_QUOTE_WORDS = 3
# An indirect quote needs at least this many words; "he said so" reports nothing.
MIN_INDIRECT_WORDS = 3
# Quotes of one speaker are the same statement when the share of the shorter quote's distinct
# words that the longer one also has (overlap coefficient) reaches this, and the shorter has at
# least STATEMENT_MIN_WORDS distinct words (short phrases recur without being one statement).
STATEMENT_OVERLAP = 0.8
STATEMENT_MIN_WORDS = 5
# Words a quoted fragment needs before its repetition says who said it ("significantly" could be anyone's).
TEASER_MIN_WORDS = 3
# Confidence: how the quote was attributed times how the speaker was linked, set from how often
# each kind was right on the gold sets blind to blind6 (text and speaker both right; blind7 kept
# apart to check it). Most of what goes wrong is a speaker left unlinked: a quote with no speaker
# words was right 4 times in 10, one left "anonymous" 3 in 4 (often a speaker the entity stage
# missed), while pronouns and descriptions were as often right as names.
ATTRIBUTION_CONFIDENCE = {"governed": 0.97, "paragraph": 0.97, "chain": 0.9, "verb": 0.96, "noun": 0.9, "according": 0.95}
SPEAKER_CONFIDENCE = {"name": 1.0, "surname": 1.0, "pronoun": 1.0, "description": 0.96, "anonymous": 0.8, "none": 0.45}
EDGE_PUNCTUATION = " \t\n.,;:—–-"
# An opening quotation mark and the mark that closes it.
OPENING_MARKS = {'"': '"', "“": "”"}
WORD = re.compile(r"\w+")


@dataclass
class Attribution:
    cue: str | None  # None when no speech word attributes it ('Walsh was blunt: "..."')
    speaker: Token | None  # head of the words naming the speaker
    relay: Span | None
    how: str


@dataclass
class Found:
    kind: str
    start: int
    end: int
    attribution: Attribution | None


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _relay(verb: Token, speaker: Token | None, article: ArticleSpeakers) -> Span | None:
    """The outlet credited for passing the quote on: "quoted by X", "according to X", "told X"."""
    candidates = []
    for token in verb.sent:
        if token.lemma_ == "quote" and token.i != verb.i:
            candidates += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            # "IRNA quoted the spokeswoman as saying ...": the quoting outlet relays her words.
            candidates += [c for c in token.children if c.dep_ in SUBJECTS and verb.head.head.i == token.i]
        if (target := according_to_object(token)) is not None:
            candidates.append(target)
    if verb.lemma_ == "tell":
        candidates += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # "Fars reported that Shamkhani said ...": the reporting outlet relays the inner speech.
    candidates += [subject for ancestor in verb.ancestors if cue_of(ancestor) and (subject := subject_of(ancestor)) is not None]
    outlets = []
    for head in candidates:
        if speaker is not None and head.i == speaker.i:
            continue
        span = speaker_span(head)
        quoted_by = head.head.dep_ == "agent"
        if quoted_by or is_outlet(span, article.entity_names(span)):
            outlets.append(span)
    # One that names the outlet ("IRNA") before one that only describes it ("the state news agency").
    return next((span for span in outlets if article.entity_names(span)), outlets[0] if outlets else None)


def _attribution(verb: Token, how: str, article: ArticleSpeakers) -> Attribution:
    if (source := according_to_object(verb)) is not None:
        return Attribution("according to", source, None, how)
    speaker = subject_of(verb)
    if speaker is not None and speaker.dep_ == "nsubjpass" and speaker.lower_ == "it":
        speaker = None  # "it was reported that ...": no speaker named
    return Attribution(cue_of(verb), speaker, _relay(verb, speaker, article), how)


def _governor(quote: quote_marks.Quoted, doc: Doc, in_quotes: set[int], paragraph: tuple[int, int], short: bool) -> Token | None:
    """The speech verb (or "according") the parse attaches the quote to, in its paragraph, outside every quotation.

    A short quote reached through a subject is a term being discussed when it is a bare label
    ('talk of a "soft landing" was premature'), but the speaker's words when it is phrasing
    ('that "not an inch" of land would be given up', 'that the "hard but necessary" reform').
    """
    tokens = _tokens_in(doc, quote.open_at, quote.close_end)
    own = {t.i for t in tokens}

    def usable(token: Token) -> bool:
        return token.i not in own and token.i not in in_quotes and paragraph[0] <= token.idx < paragraph[1]

    def passable(token: Token) -> bool:
        # A partial quote's words may hang on another one's ('said it "firmly opposes" X and would
        # take "resolute countermeasures"'): climb through them, but a speech verb inside another
        # quotation is that quotation's own.
        return usable(token) or (token.i in in_quotes and token.i not in own and not cue_of(token) and paragraph[0] <= token.idx < paragraph[1])

    according = None
    # The quoted words, not the marks, say how the quote hangs in the sentence.
    for token in [t for t in tokens if not t.is_punct] or tokens:
        child, node = token, token.head
        through_subject = through_verb = reported = False
        inner = None  # a speech verb that the quote only qualifies
        while passable(node):
            reported = reported or (inner is not None and child.dep_ == "ccomp")
            if cue_of(node):
                if inner is not None:
                    # Only a speech verb whose reported clause holds the first one speaks the words.
                    return node if reported else inner
                # A quote inside the speaker's own phrase ('the report, titled "..."') is not what they said.
                if child.dep_ in SUBJECTS + ("csubj",) or (short and through_subject and _is_term(tokens)):
                    return None
                if not _qualifies_only(node, child, own, through_verb):
                    return node
                inner = node
            else:
                through_verb = through_verb or node.pos_ in ("VERB", "AUX")
            through_subject = through_subject or child.dep_ in SUBJECTS + ("csubj",)
            according = according or next((c for c in node.children if according_to_object(c) is not None and usable(c)), None)
            if node.head.i == node.i:
                break
            child, node = node, node.head
        if inner is not None:
            return inner
    if according is not None:
        return according
    # The parse may hang the attribution under the quote: '"...," he said' as parataxis,
    # '"...," according to X' as a modifier.
    for token in tokens:
        for child in token.children:
            if usable(child) and ((cue_of(child) and subject_of(child) is not None) or according_to_object(child) is not None):
                return child
    return None


def _is_term(tokens: list[Token]) -> bool:
    """A bare label: nouns and their adjectives only ("soft landing", "shadow fleet"), no
    determiner, negation, conjunction or verb that would make it someone's phrasing."""
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") for t in words) and any(t.pos_ in ("NOUN", "PROPN") for t in words)


def _qualifies_only(verb: Token, child: Token, own: set[int], through_verb: bool) -> bool:
    """True when the quote does not give the words of this speech verb but only qualifies it:
    the verb is a future or hypothetical act ('would respond "firmly"'), the quote says how or
    why ('agreed "out of concern"'), or it belongs to another verb below ('asked for leave to
    send aid "at once"'). Inside someone's reported clause the words are then the reporter's."""
    modal = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)
    adverbial = child.i in own and child.dep_ in ("advmod", "npadvmod", "advcl", "prep")
    return modal or adverbial or through_verb


def _introducer(quote: quote_marks.Quoted, doc: Doc) -> Token | None:
    """The subject of the clause a colon ends right before the quote: 'Walsh was blunt: "..."'."""
    before = doc.char_span(quote.open_at, quote.open_at + 1, alignment_mode="expand")
    if before is None or before.start == 0:
        return None
    colon = doc[before.start - 1]
    if colon.is_space and before.start > 1:
        colon = doc[before.start - 2]  # "He told MPs:" closing the paragraph before the quote
    if colon.text != ":":
        return None
    # The clause before the colon: climb from its last word while the head stays before the colon.
    clause = doc[colon.i - 1]
    while clause.head.i != clause.i and clause.head.i < colon.i:
        clause = clause.head
    own = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    # The parser may hang that subject on the quoted verb instead; it is still the first before the colon.
    return own or next((t for t in doc[colon.sent.start : colon.i] if t.dep_ in SUBJECTS), None)


# Function words a title leaves in lower case ("The Lord of the Rings"); by part of speech, as
# spaCy's stop list also holds content words ("move", "call", "show").
FUNCTION_POS = ("DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "AUX")


def _is_name_or_title(tokens: list[Token]) -> bool:
    words = [t for t in tokens if t.is_alpha]
    content = [t for t in words if t.pos_ not in FUNCTION_POS]
    return bool(content) and all(t.text[0].isupper() for t in content)


def _paragraph_verb(quote: quote_marks.Quoted, doc: Doc, paragraph: tuple[int, int], in_quotes: set[int]) -> Token | None:
    """The speech verb with a subject nearest the quote in its paragraph, outside every quotation."""
    best = None
    for token in _tokens_in(doc, *paragraph):
        if token.i in in_quotes or not cue_of(token) or subject_of(token) is None:
            continue
        distance = quote.start - token.idx if token.idx < quote.start else token.idx - quote.end
        if best is None or distance < best[0]:
            best = (distance, token)
    return best[1] if best else None


def _direct(doc: Doc, body: str, quoted: list[quote_marks.Quoted], article: ArticleSpeakers) -> list[Found]:
    """Quotations someone is credited with; attribution None means "continues the previous speaker, if any"."""
    in_quotes = {t.i for q in quoted for t in _tokens_in(doc, q.open_at, q.close_end)}
    paragraphs = quote_marks.paragraphs(body)
    starts = [s for s, _ in paragraphs]
    found = []
    for quote in quoted:
        tokens = _tokens_in(doc, quote.start, quote.end)
        short = len(WORD.findall(body[quote.start : quote.end])) <= SCARE_QUOTE_WORDS
        # A quotation running over paragraphs is attributed anywhere from its first to its last one.
        paragraph = (paragraphs[bisect.bisect_right(starts, quote.open_at) - 1][0], paragraphs[bisect.bisect_right(starts, quote.end) - 1][1])
        others = in_quotes - {t.i for t in _tokens_in(doc, quote.open_at, quote.close_end)}
        verb = _governor(quote, doc, others, paragraph, short)
        if verb is not None and (subject := subject_of(verb)) is not None and subject.lemma_.lower() in cues().inscription_nouns:
            continue  # a banner reading "...": words on a thing, not a statement
        # A whole sentence in the marks ('posted a single line: "Free Maria."') is no title or scare quote.
        sentence = body[quote.start].isupper() and body[quote.start : quote.end].rstrip(" ”\"'’").endswith((".", "!", "?"))
        if verb is not None:
            if short and _is_name_or_title(tokens) and not sentence:
                continue  # a nickname or title inside reported speech
            found.append(Found("direct", quote.start, quote.end, _attribution(verb, "governed", article)))
            continue
        if (short and not (sentence and _introducer(quote, doc) is not None)) or (_is_name_or_title(tokens) and len(tokens) <= 10 and not sentence):
            continue
        if (subject := _introducer(quote, doc)) is not None:
            found.append(Found("direct", quote.start, quote.end, Attribution(None, subject, None, "paragraph")))
            continue
        verb = _paragraph_verb(quote, doc, paragraph, in_quotes)
        found.append(Found("direct", quote.start, quote.end, _attribution(verb, "paragraph", article) if verb is not None else None))
    return found


def _trimmed(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Character span of tokens first..last without the complementizer and edge punctuation."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or (doc[first].dep_ in ("mark", "pobj", "dobj") and doc[first].lower_ == "that" and doc[first].head.i > first)):
        first += 1
    # A trailing "according to X" credits the clause; it is not part of what was said.
    for token in doc[first : last + 1]:
        if according_to_object(token) is not None and token.right_edge.i >= last - 1:
            last = token.i - 1
            break
    if first > last:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    opening = doc[first - 1].text if first > 0 else ""
    if opening in OPENING_MARKS and OPENING_MARKS[opening] in doc.text[start:end]:
        start -= len(opening)  # '"a significant sum" had changed hands': the clause opens with a partial quote
    text = doc.text[start:end]
    stripped = text.rstrip(EDGE_PUNCTUATION)
    if stripped.count('"') % 2 == 1 and stripped.endswith('"'):
        stripped = stripped[:-1].rstrip(EDGE_PUNCTUATION)
    return start, start + len(stripped)


def _speech_noun_clause(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "appos") and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return child
    # "claims, from opposition groups, that ...": the parser often hangs the clause elsewhere.
    for token in noun.doc[noun.i + 1 : min(noun.i + 10, noun.sent.end)]:
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > token.i:
            clause = token.head
            while clause.dep_ in ("aux", "auxpass") and clause.head.i != clause.i:
                clause = clause.head
            return clause
    return None


def _speaking_verb(noun: Token) -> Token | None:
    """The speech verb a speech noun is the means of: "X said in a statement that ..."."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "in" and cue_of(prep.head):
        return prep.head
    return None


def _clause_of_medium(verb: Token) -> Token | None:
    """ "said in a report seen by Reuters that ...": the "that" clause the parser hung on the
    document or statement the speech verb was made in."""
    lexicon = cues()
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.dep_ == "pobj" and (noun.lemma_.lower() in lexicon.document_nouns or noun.lemma_.lower() in lexicon.speech_nouns):
                    # The parser sometimes takes a long medium's "that" for an object ("in a letter posted on its accounts that ...").
                    marks = [t for t in noun.subtree if t.i > noun.i and t.lower_ == "that" and t.dep_ in ("mark", "pobj") and t.head.i > t.i]
                    if marks:
                        clause = marks[0].head
                        while clause.dep_ in ("aux", "auxpass") and clause.head.i != clause.i:
                            clause = clause.head
                        return clause
    return None


def _clause_on_listener(verb: Token) -> Token | None:
    """ "told a briefing that firms operated ...": the parser may hang the reported clause on the
    listener as a relative clause ("that" as its object, or as a complementizer no relative clause
    has); after "tell" a listener with a "that" clause is told that clause."""
    for listener in verb.children:
        if listener.dep_ in ("dobj", "dative"):
            for clause in listener.children:
                that = [g for g in clause.children if g.lower_ == "that" and g.i == clause.left_edge.i]
                if clause.dep_ in ("relcl", "acl") and that and (that[0].dep_ == "mark" or (verb.lemma_ == "tell" and that[0].dep_ == "dobj")):
                    return clause
    return None


def _noun_speaker(noun: Token, clause: Token) -> Token | None:
    """Who made the statement a speech noun names: "X's announcement", "claims from X", "X issued a warning"."""
    if (verb := _speaking_verb(noun)) is not None:
        return subject_of(verb)
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for token in noun.doc[noun.i + 1 : clause.left_edge.i]:
        if token.lower_ in ("by", "from") and token.dep_ in ("prep", "agent"):
            for child in token.children:
                if child.dep_ == "pobj":
                    return child
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues().issuing_verbs:
        return subject_of(noun.head)
    return None


def _second_speech_act(doc: Doc, clause: Token, first: int, last: int, speaker: Token | None) -> int:
    """Last token of the clause before a second speech act of the same speaker ("and accused ...", ", saying ...")."""
    for token in doc[first : last + 1]:
        if token.dep_ == "pcomp" and token.head.lower_ == "without" and cue_of(token) and token.head.i > first:
            # "had changed hands, without saying who had paid it": the speaker's own silence ends the clause.
            return _end_before(doc, token.head.i, first)
        if token.i == clause.i or token.dep_ not in ("conj", "advcl", "parataxis") or token.tag_ == "VB" or not cue_of(token):
            continue  # an infinitive ("too early to declare victory") is part of the clause
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FRAMING_MARKS for c in token.children) and any(c.dep_ in SUBJECTS for c in token.children):
            return _end_before(doc, token.left_edge.i, first)  # ", as Belgrade accused Pristina of ...": the writer frames it with another's words
        if any(child.dep_ in SUBJECTS or child.dep_ == "auxpass" for child in token.children):
            continue  # someone else's act, or one done to the speaker ("but had not been asked to")
        subject = subject_of(token)
        if subject is not None and (speaker is None or subject.i != speaker.i):
            continue  # "residents protested, demanding food, witnesses said": someone else's act, reported
        return _end_before(doc, token.left_edge.i, first, conjunction=True)
    return last


def _end_before(doc: Doc, stop: int, first: int, conjunction: bool = False) -> int:
    """Last token before `stop` once the punctuation (and a joining "and" or "but") between the
    clause and what ends it is stepped over; a closing quotation mark stays with the clause."""
    end = stop - 1
    while end >= first and (doc[end].is_punct or doc[end].is_space or (conjunction and doc[end].dep_ == "cc")) and doc[end].text not in "\"”’'":
        end -= 1
    return end


# Conjunctions by which the writer sets another speech act beside a report ("..., as Belgrade accused X").
FRAMING_MARKS = ("as", "while", "whereas")
RELATIVE_WORDS = ("who", "whom", "whose", "which", "that")


def _writers_comment(doc: Doc, first: int, last: int) -> int:
    """Last token of the clause before a trailing apposition in which someone else judges it
    ("..., an allegation the union made last week", "..., a decision Beijing has refused to
    recognise"): the writer's comment, not the speaker's words. "John Smith, a banker who ran
    X" describes a name with a relative clause and stays."""
    for token in doc[first : last + 1]:
        if token.dep_ != "appos" or token.left_edge.i <= first or doc[token.left_edge.i - 1].text not in (",", "–", "—"):
            continue
        # A contact clause with its own subject ("events the company rejects"), not one a relative
        # pronoun opens ("which Western governments link to X"), which only describes.
        judged = any(
            c.dep_ == "relcl" and any(g.dep_ in SUBJECTS for g in c.children) and not any(g.lower_ in RELATIVE_WORDS for g in c.subtree if g.i < c.i)
            for c in token.subtree
        )
        if judged and token.right_edge.i >= last - 1:
            return token.left_edge.i - 2
    return last


# Finite verb tags: a clause headed by one needs a subject.
FINITE = ("VBD", "VBZ", "VBP", "MD")
# Auxiliaries of reported speech's shifted tense: "said it was ... but had not been asked".
BACKSHIFTED = ("had", "would", "could", "might", "should", "was", "were")


def _past_closing_mark(doc: Doc, verb: Token, clause: Token, last: int) -> int:
    """The parser ends a reported clause at a partial quote's closing mark and hangs what follows
    on the speech verb ('said it was "deeply concerned" by reports ...', 'said it was "monitoring
    the situation" but had not been asked ...'); those words are still the clause. A conjoined
    verb of its own subject, a speech verb ("and denied ...") or one not in reported tense ("and
    walked out") is a new act, not the clause."""
    if last != clause.right_edge.i or doc[last].text not in "”\"’'":
        return last
    for child in verb.rights:
        if child.i <= last or child.dep_ in ("punct", "cc"):
            continue
        # "but had not been asked", or "but had no plans": the reported tense on an auxiliary or the verb itself.
        backshifted = child.lower_ in BACKSHIFTED or any(c.dep_ in ("aux", "auxpass") and c.lower_ in BACKSHIFTED for c in child.children)
        if child.dep_ == "prep" or (child.dep_ == "conj" and backshifted and (not cue_of(child) or any(c.dep_ == "auxpass" for c in child.children)) and not any(c.dep_ in SUBJECTS for c in child.children)):
            last = child.right_edge.i
            continue
        break
    return last


def _and_that(verb: Token, last: int) -> int:
    """ "said A, and that B": a second "that" clause the parser conjoins to the speech verb itself
    is more of the same report, one row with the first (tests/gold/README.md)."""
    for child in verb.rights:
        if child.i > last and child.dep_ == "conj" and not cue_of(child) and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            last = child.right_edge.i
    return last


def _reports_speech(verb: Token, floor: int, ceiling: int) -> bool:
    """True when the speech verb reports a clause that is itself someone's speech ("X reported that
    Y said"), in its own paragraph (a parse joined across paragraphs hangs the last one's verb on it)."""
    return any(c.dep_ == "ccomp" and floor <= c.i <= ceiling and cue_of(c) and not is_passive(c) and (s := subject_of(c)) is not None and s.dep_ != "nsubjpass" for c in verb.children)


def _indirect(doc: Doc, body: str, quoted: list[quote_marks.Quoted], article: ArticleSpeakers) -> list[Found]:
    in_quotes = {t.i for q in quoted for t in _tokens_in(doc, q.open_at, q.close_end)}
    paragraphs = quote_marks.paragraphs(body)
    starts = [s for s, _ in paragraphs]
    bounds = [(tokens[0].i, tokens[-1].i) for tokens in (_tokens_in(doc, s, e) for s, e in paragraphs)]
    found = []
    for token in doc:
        if token.i in in_quotes or token.is_space:
            continue
        # A clause never runs over a paragraph break, whatever the parser joined.
        floor, ceiling = bounds[bisect.bisect_right(starts, token.idx) - 1]
        span, attribution = None, None
        if cue_of(token) and reports_clauses(token) and not is_negated(token) and not is_passive(token):
            # A parse joined across a paragraph break may give the verb a second ccomp there (the
            # previous paragraph's quote); the verb's own clause is the one in its paragraph.
            clause = next((c for c in token.children if c.dep_ == "ccomp" and floor <= c.i <= ceiling), None)
            if clause is None and token.dep_ == "parataxis" and token.head.i < token.i:
                clause = token.head  # "Prices will rise, the bank said": the clause is the head
            if clause is None:
                clause = _clause_of_medium(token) or _clause_on_listener(token)
            if clause is None:
                before = _clause_before_attribution(doc, token, floor)
                if before is None:
                    continue
                span = _trimmed(doc, before[0], _writers_comment(doc, *before))
                attribution = _attribution(token, "verb", article)
            else:
                attribution = _attribution(token, "verb", article)
                speaker = attribution.speaker
                if speaker is not None and _reports_speech(token, floor, ceiling):
                    words = speaker_span(speaker)
                    if is_outlet(words, article.entity_names(words)):
                        continue  # the outlet only relays; the inner speech is the quote
                first, last = max(clause.left_edge.i, floor), min(clause.right_edge.i, ceiling)
                if clause.i < token.i:
                    # The clause comes first ("Prices will rise, the bank said"): it ends where the attribution begins.
                    begins = speaker.left_edge.i if speaker is not None and speaker.i < token.i else token.i
                    last = min(last, begins - 1) if clause.head.i == token.i else begins - 1
                    if clause.head.i == token.i and token.right_edge.i >= token.sent.end - 2 and first > token.sent.start:
                        # "A had been expected ..., but B, her office said": the attribution closing the
                        # sentence covers all of it, not only the conjunct the parser gave it.
                        first = max(token.sent.start, floor)
                else:
                    # "By evening, the ministry said, more than ...": what precedes the attribution is not the clause.
                    first = max(first, token.i + 1)
                    last = min(_and_that(token, _past_closing_mark(doc, token, clause, last)), ceiling)
                    if clause.tag_ in FINITE and not any(c.dep_ in SUBJECTS + ("expl",) for c in clause.children):
                        # "said two of its members, A and B, were among ...": a finite clause has a
                        # subject; the parser made it the speech verb's object.
                        subject = next((c for c in token.children if c.dep_ == "dobj" and token.i < c.i < clause.i), None)
                        if subject is not None:
                            first = max(subject.left_edge.i, floor)
                span = _trimmed(doc, first, _writers_comment(doc, first, _second_speech_act(doc, clause, first, last, speaker)))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in cues().speech_nouns:
            clause = _speech_noun_clause(token)
            if clause is None:
                continue
            speaker = _noun_speaker(token, clause)
            last = _second_speech_act(doc, clause, clause.left_edge.i, min(clause.right_edge.i, ceiling), speaker)
            span = _trimmed(doc, max(clause.left_edge.i, floor), last)
            verb = _speaking_verb(token)
            attribution = Attribution(cue_of(verb) if verb is not None else cues().speech_nouns[token.lemma_.lower()], speaker, None, "noun")
        elif (source := according_to_object(token)) is not None:
            head = token.head
            if _governed_by_speech(head, in_quotes, floor, ceiling):
                continue  # "X said ..., according to Y": Y only relays X's words
            sentence = token.sent
            first, last = max(sentence.start, floor), min(sentence.end - 1, ceiling)
            if doc[first : token.i].text.strip(" ,") == "":
                span = _trimmed(doc, token.right_edge.i + 1, last)  # "According to X, ..."
            else:
                span = _trimmed(doc, first, token.i - 1)  # "..., according to X"
            attribution = Attribution("according to", source, None, "according")
        if span is None:
            continue
        start, end = span
        if len(WORD.findall(doc.text[start:end])) < MIN_INDIRECT_WORDS:
            continue
        if any(q.open_at <= start and (end <= q.close_end or (start <= q.start and q.end - q.start >= 0.6 * (end - start))) for q in quoted):
            continue  # the clause is a direct quote's own text ('said that "..."'), perhaps with a parse overrun
        found.append(Found("indirect", start, end, attribution))
    return found


# Right-hand parts an attribution closing its sentence may have: "..., the agency said on Tuesday
# in a statement"; "told reporters" also a listener.
CLOSING_ATTRIBUTION = ("prep", "advmod", "npadvmod", "punct")


def _clause_before_attribution(doc: Doc, verb: Token, floor: int) -> tuple[int, int] | None:
    """ "Troops rescued 17 pupils on Sunday, the army's spokesman, Jane Doe, said in a statement":
    the parser may take the clause for the main one and hang the attribution on it (as a conjunct
    or adverbial), or take the clause's subject for a second subject of the speech verb, so the
    verb has no clause of its own. When the verb and its speaker close the sentence after a comma,
    what comes before the comma is the reported clause if it holds a finite verb of its own that no
    conjunction subordinates ("As the talks ended, she said" or "Speaking in Geneva, he told
    reporters" report nothing)."""
    speaker = subject_of(verb)
    if speaker is None or speaker.i >= verb.i or speaker.dep_ == "nsubjpass":
        return None
    comma = speaker.left_edge.i - 1
    sentence = verb.sent
    first = max(sentence.start, floor)
    if comma <= first or doc[comma].text != "," or not same_paragraph(doc[comma], verb):
        return None
    if any(not t.is_punct for t in doc[speaker.right_edge.i + 1 : verb.i]):
        return None
    listeners = ("dobj", "dative") if verb.lemma_ == "tell" else ()
    if any(c.dep_ not in CLOSING_ATTRIBUTION + listeners for c in verb.children if c.i > verb.i):
        return None
    words = doc[first:comma]
    if words[0].pos_ == "SCONJ" or words[0].dep_ == "mark":
        return None
    if not any(t.tag_ in FINITE and not any(c.dep_ == "mark" for c in t.children) for t in words):
        return None
    return first, comma - 1


def _governed_by_speech(token: Token, in_quotes: set[int], floor: int, ceiling: int) -> bool:
    """True when the token is, or hangs from, a speech verb of its paragraph that reports a clause or quote."""
    for node in [token, *token.ancestors]:
        if not floor <= node.i <= ceiling:
            return False  # the parser joined paragraphs; what lies beyond is not this sentence
        if cue_of(node) and (any(c.dep_ == "ccomp" for c in node.children) or any(c.i in in_quotes for c in node.subtree)):
            return True
    return False


def _row(article: Article, found: Found, speaker: Speaker | None, cue: str | None, speaker_words: Span | None, relay_id: str | None, confidence: float) -> dict:
    return {
        "quote_id": f"{article.article_id}:q:{found.start}-{found.end}",
        "article_id": article.article_id,
        "text": article.body[found.start : found.end],
        "kind": found.kind,
        "speaker_entity_id": speaker.entity_id if speaker else None,
        "speaker_text": speaker_words.text if speaker_words is not None else None,
        "speaker_start": speaker_words.start_char if speaker_words is not None else None,
        "speaker_end": speaker_words.end_char if speaker_words is not None else None,
        "cue": cue,
        "relay_entity_id": relay_id,
        "statement_id": None,
        "start": found.start,
        "end": found.end,
        "confidence": round(confidence, 3),
    }


def _article_quotes(article: Article, doc: Doc, entities: dict[str, dict], mentions: list[dict]) -> list[dict]:
    body = article.body
    quoted = quote_marks.find(body)
    paragraph_starts = [s for s, _ in quote_marks.paragraphs(body)]
    speakers = ArticleSpeakers.build(doc, paragraph_starts, mentions, entities, [(q.open_at, q.close_end) for q in quoted], article.dateline)
    found = _direct(doc, body, quoted, speakers) + _indirect(doc, body, quoted, speakers)
    # One row per span; a direct quote wins over a clause with the same words.
    unique: dict[tuple[int, int], Found] = {}
    for item in found:
        unique.setdefault((item.start, item.end), item)
    # A subheading or a live blog's entry headline ("Starmer says deal is close") reports no speech
    # in the story (a quotation that runs on past a paragraph with no closing mark stays).
    headings = [(start, end) for start, end in quote_marks.paragraphs(body) if quote_marks.is_heading(body[start:end])]
    found = sorted((f for f in unique.values() if f.kind == "direct" or not any(start <= f.start < end for start, end in headings)), key=lambda f: (f.start, f.end))

    # Resolve speakers in text order of their words, so pronouns see the speakers before them.
    resolved: dict[int, Speaker] = {}
    heads = sorted({f.attribution.speaker.i for f in found if f.attribution and f.attribution.speaker is not None})
    for i in heads:
        head = doc[i]
        resolved[i] = speakers.resolve(speaker_span(head), head, head.idx)

    rows = []
    last: tuple[dict, float] | None = None  # the latest attributed row and its speaker confidence
    unnamed_heads: dict[str, int | None] = {}  # quote_id -> the word of its unnamed speaker description
    for item in found:
        attribution = item.attribution
        if attribution is None:
            if item.kind == "direct" and last is not None and _paragraph_gap(paragraph_starts, last[0]["start"], item.start) <= 1:
                # A paragraph that is all quotation continues the previous speaker; it has no
                # attribution words of its own.
                row = _row(article, item, None, last[0]["cue"], None, last[0]["relay_entity_id"], ATTRIBUTION_CONFIDENCE["chain"] * last[1])
                row["speaker_entity_id"] = last[0]["speaker_entity_id"]
                rows.append(row)
            # Otherwise quoted words nobody is credited with: a banner, slogan or heading.
            continue
        head = attribution.speaker
        speaker = resolved.get(head.i) if head is not None else None
        relay_id = speakers.phrase_entity(attribution.relay) if attribution.relay is not None else None
        speaker_confidence = SPEAKER_CONFIDENCE[speaker.how if speaker else "none"]
        confidence = ATTRIBUTION_CONFIDENCE[attribution.how] * speaker_confidence
        row = _row(article, item, speaker, attribution.cue, speaker_span(head) if head is not None else None, relay_id, confidence)
        rows.append(row)
        if head is not None:
            last = (row, speaker_confidence)
            unnamed_heads[row["quote_id"]] = head.i if speaker is not None and speaker.how == "anonymous" else None
    _name_teasers(rows, unnamed_heads)
    return rows


def _name_teasers(rows: list[dict], unnamed_heads: dict[str, int | None]) -> None:
    """A lead's "one lawmaker accused the government of paying 'a premium nobody can explain'",
    then "'... a premium nobody can explain, paid with borrowed money,' said Jane Doe": words quoted
    from an unnamed source and quoted again later in full from a named speaker are that speaker's,
    and so is everything else the same description said."""
    for row in rows:
        head = unnamed_heads.get(row["quote_id"])
        fragment = " ".join(WORD.findall(row["text"].lower()))
        if head is None or row["kind"] != "direct" or len(fragment.split()) < TEASER_MIN_WORDS:
            continue
        fuller = next((later for later in rows if later["start"] > row["end"] and later["kind"] == "direct" and later["speaker_entity_id"] is not None
                       and f" {fragment} " in " " + " ".join(WORD.findall(later["text"].lower())) + " "), None)
        if fuller is None:
            continue
        for same in rows:
            if unnamed_heads.get(same["quote_id"]) == head:
                same["speaker_entity_id"] = fuller["speaker_entity_id"]


def _paragraph_gap(paragraph_starts: list[int], first: int, second: int) -> int:
    return bisect.bisect_right(paragraph_starts, second) - bisect.bisect_right(paragraph_starts, first)


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def published_statements(package_dir: Path) -> dict[str, str]:
    """quote_id -> statement_id in the package in package_dir; empty when nothing was published there."""
    table = package_dir / "data" / "quotes.csv"
    if not table.is_file():
        return {}
    with table.open(encoding="utf-8", newline="") as handle:
        return {row["quote_id"]: row["statement_id"] for row in csv.DictReader(handle) if row.get("statement_id")}


def group_statements(rows: list[dict], earlier: dict[str, str] | None = None) -> None:
    """Set statement_id: quotes of one speaker entity with nearly the same words share the id of
    the group's first quote (in quote_id order); any other quote is its own statement.

    People cite statements, and a quote added later can sort first; so a group keeps the id that
    its quotes had in the `earlier` package when that quote is still in the group (the id most of
    them had, ties to the smaller)."""
    parent = {row["quote_id"]: row["quote_id"] for row in rows}

    def find(quote_id: str) -> str:
        while parent[quote_id] != quote_id:
            parent[quote_id] = parent[parent[quote_id]]
            quote_id = parent[quote_id]
        return quote_id

    by_speaker: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["quote_id"]):
        words = _words(row["text"])
        if row["speaker_entity_id"] is not None and len(words) >= STATEMENT_MIN_WORDS:
            by_speaker[row["speaker_entity_id"]].append((row["quote_id"], words))
    for quotes in by_speaker.values():
        # Prefix filter, so a speaker with thousands of quotes is not compared pair by pair: a
        # quote matching a shorter one holds at least STATEMENT_OVERLAP of its words, so it holds
        # one of the shorter one's rarest len - ceil(overlap * len) + 1 words.
        frequency = Counter(word for _, words in quotes for word in words)
        postings: dict[str, list[int]] = defaultdict(list)
        for number, (_, words) in enumerate(quotes):
            for word in words:
                postings[word].append(number)
        for number, (quote_id, words) in enumerate(quotes):
            rarest = sorted(words, key=lambda w: (frequency[w], w))
            prefix = rarest[: len(words) - math.ceil(STATEMENT_OVERLAP * len(words)) + 1]
            candidates = {other for word in prefix for other in postings[word] if other != number}
            for other in sorted(candidates):
                other_id, other_words = quotes[other]
                if len(other_words) < len(words) or (len(other_words) == len(words) and other < number):
                    continue  # each pair is tested once, from its shorter quote
                if len(words & other_words) / len(words) >= STATEMENT_OVERLAP:
                    a, b = find(quote_id), find(other_id)
                    parent[max(a, b)] = min(a, b)
    members: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        members[find(row["quote_id"])].add(row["quote_id"])
    kept = {}
    for root, group in members.items():
        votes = Counter(earlier[q] for q in group if earlier and earlier.get(q) in group)
        kept[root] = min(votes, key=lambda q: (-votes[q], q)) if votes else root
    for row in rows:
        row["statement_id"] = kept[find(row["quote_id"])]


def extract(articles: list[Article], docs: list[Doc], entities: list[dict], mentions: list[dict],
            earlier_statements: dict[str, str] | None = None) -> list[dict]:
    """Rows of the quotes table (see schemas/tables/quotes.json); statements keep the ids they had
    in the package whose quote_id -> statement_id is `earlier_statements`."""
    entities_by_id = {entity["entity_id"]: entity for entity in entities}
    mentions_by_article: dict[str, list[dict]] = defaultdict(list)
    for mention in mentions:
        mentions_by_article[mention["article_id"]].append(mention)
    rows = []
    for article, doc in zip(articles, docs, strict=True):
        rows += _article_quotes(article, doc, entities_by_id, mentions_by_article[article.article_id])
    group_statements(rows, earlier_statements)
    return sorted(rows, key=lambda row: (row["article_id"], row["start"], row["end"]))
