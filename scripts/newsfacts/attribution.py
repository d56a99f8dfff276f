"""Who is credited with speech in a parsed sentence: speech verbs, their speakers and relays.

Reads the dependency parse only; linking a speaker to an entity is speakers.py's job. The
vocabulary (speech verbs and nouns, outlet words) is data/curation/speech_verbs.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from . import curation
from .errors import InputError
from .paths import CURATION_DIR, SCHEMAS_DIR

CUES_PATH = CURATION_DIR / "speech_verbs.yaml"
SCHEMA_PATH = SCHEMAS_DIR / "curation" / "speech_verbs.schema.json"

SUBJECTS = ("nsubj", "nsubjpass")
# A speech verb without a subject of its own takes the one of the verb it hangs from:
# "... and said", "..., saying", "was quoted as saying", "were keen to stress".
SUBJECT_SHARING = ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "acomp")
# Right-hand parts of a noun phrase that still name the speaker ("a spokesman for the union").
SPEAKER_RIGHT = ("prep", "pobj", "compound", "flat", "nummod", "cc", "conj")
# Links that keep a word inside the noun phrase before a verb (name, apposition, "of the council").
PHRASE_INTERNAL = ("compound", "appos", "pobj", "prep", "poss", "case", "amod", "flat", "nummod")
FINITE = ("VBD", "VBZ", "VBP")
RELATIVE_PRONOUNS = ("who", "that", "which")
# Heads of "news conference", "press briefing", "press release": events and papers, not outlets.
PRESS_EVENTS = ("conference", "briefing", "release", "statement")


@dataclass(frozen=True)
class Cues:
    reporting_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    phrasal_verbs: frozenset[tuple[str, str]]
    speech_nouns: dict[str, str]
    issuing_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    spokesperson_nouns: frozenset[str]
    document_nouns: frozenset[str]
    organisation_nouns: frozenset[str]  # institution_nouns among them
    institution_nouns: frozenset[str]
    organisation_synonyms: dict[str, tuple[str, ...]]
    organisation_members: dict[str, frozenset[str]]
    inscription_nouns: frozenset[str]
    state_body_nouns: frozenset[str]
    person_titles: frozenset[str]
    leader_words: frozenset[str]
    title_abbreviations: dict[str, str]
    title_synonyms: dict[str, tuple[str, ...]]
    outlet_words: frozenset[str]
    outlets: tuple[str, ...]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    male_nouns: frozenset[str]
    female_nouns: frozenset[str]


def parse_cues(data: object, path: Path) -> Cues:
    errors = curation.schema_errors(data, SCHEMA_PATH)
    if errors:
        where = "/".join(str(p) for p in errors[0].path) or "(top level)"
        raise InputError(path, f"breaks {SCHEMA_PATH.name} at {where}: {errors[0].message}; fix the entry")
    overlap = set(data["reporting_verbs"]) & set(data["quoting_verbs"])
    if overlap:
        raise InputError(path, f"{sorted(overlap)} are listed as both reporting_verbs and quoting_verbs; keep each in one list")
    stray = set(data["naming_verbs"]) - set(data["quoting_verbs"])
    if stray:
        raise InputError(path, f"naming_verbs {sorted(stray)} are not in quoting_verbs; add them there too")
    return Cues(
        reporting_verbs=frozenset(data["reporting_verbs"]),
        quoting_verbs=frozenset(data["quoting_verbs"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        phrasal_verbs=frozenset(tuple(p.split()) for p in data["phrasal_verbs"]),
        speech_nouns=dict(data["speech_nouns"]),
        issuing_verbs=frozenset(data["issuing_verbs"]),
        finding_verbs=frozenset(data["finding_verbs"]),
        spokesperson_nouns=frozenset(data["spokesperson_nouns"]),
        document_nouns=frozenset(data["document_nouns"]),
        organisation_nouns=frozenset(data["organisation_nouns"]) | frozenset(data["institution_nouns"]),
        institution_nouns=frozenset(data["institution_nouns"]),
        organisation_synonyms={word: tuple(kinds) for word, kinds in data["organisation_synonyms"].items()},
        organisation_members={kind: frozenset(members) for kind, members in data["organisation_members"].items()},
        inscription_nouns=frozenset(data["inscription_nouns"]),
        state_body_nouns=frozenset(data["state_body_nouns"]),
        person_titles=frozenset(data["person_titles"]),
        leader_words=frozenset(data["leader_words"]),
        title_abbreviations=dict(data["title_abbreviations"]),
        title_synonyms={title: tuple(others) for title, others in data["title_synonyms"].items()},
        outlet_words=frozenset(data["outlet_words"]),
        outlets=tuple(data["outlets"]),
        male_honorifics=frozenset(data["honorifics"]["male"]),
        female_honorifics=frozenset(data["honorifics"]["female"]),
        male_nouns=frozenset(data["gendered_nouns"]["male"]),
        female_nouns=frozenset(data["gendered_nouns"]["female"]),
    )


@lru_cache(maxsize=1)
def cues(path: Path = CUES_PATH) -> Cues:
    return parse_cues(curation.read_yaml(path), path)


def cue_of(token: Token) -> str | None:
    """The cue lemma when the token is a speech verb ("say", "point out"), else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lexicon = cues()
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" and (lemma, child.lower_) in lexicon.phrasal_verbs:
            return f"{lemma} {child.lower_}"
    if lemma in lexicon.naming_verbs and any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children):
        return None  # "are often called 'X'": the subject is what is named, not who speaks
    if lemma in lexicon.reporting_verbs or lemma in lexicon.quoting_verbs:
        return lemma
    if lemma in lexicon.finding_verbs and any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.document_nouns for c in token.children):
        return lemma  # "a poll found that ...": the document's author reports it
    return None


def reports_clauses(token: Token) -> bool:
    """True when the speech verb can introduce reported speech, not only a direct quote."""
    lexicon = cues()
    lemma = token.lemma_.lower()
    return lemma in lexicon.reporting_verbs or lemma in lexicon.finding_verbs or any(
        c.dep_ == "prt" and (lemma, c.lower_) in lexicon.phrasal_verbs for c in token.children
    )


# Verbs whose infinitive is the speech act not made: "declined to say whether ...".
WITHHOLDING_VERBS = ("decline", "refuse", "fail")


def is_negated(token: Token) -> bool:
    """ "did not say", "declined to say whether", "without saying who": no speech act was made."""
    if any(child.dep_ == "neg" for child in token.children):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in WITHHOLDING_VERBS:
        return True
    return token.dep_ == "pcomp" and token.head.lower_ == "without"


def is_passive(token: Token) -> bool:
    """ "was told that", "Asked whether ...": the subject is the one addressed, not the speaker."""
    return token.tag_ == "VBN" and not any(child.dep_ == "aux" and child.lemma_ == "have" for child in token.children)


def according_to_object(token: Token) -> Token | None:
    """X in "according to X" when the token is "according"."""
    if token.lower_ != "according":
        return None
    for child in token.children:
        if child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def same_paragraph(a: Token, b: Token) -> bool:
    """True when no paragraph break lies between the tokens; the parser sometimes joins a
    paragraph to the one before it (a subheading, a closing quote) in one sentence."""
    first, second = sorted((a.idx, b.idx))
    return "\n\n" not in a.doc.text[first:second]


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject in its own paragraph, the one nearest the verb when the parser gave it
    several (a subheading's words hung on the verb of the paragraph below)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and same_paragraph(c, verb) and not _inside_quotation(c, verb)]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def _inside_quotation(subject: Token, verb: Token) -> bool:
    """True for a "subject" in the quoted words before the verb ('"They told us nothing. Nothing,"
    said a woman'): the next quotation mark after it closes the quotation it is in."""
    if subject.i > verb.i:
        return False
    mark = next((t for t in subject.doc[subject.i + 1 : verb.i] if t.is_quote), None)
    return mark is not None and mark.tag_ == "''"


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker named right after a verb that follows the closing mark ('..." said a woman who
    ...', '...," said Jane Doe'): the head of the noun phrase after it, not an object."""
    if verb.i + 1 >= len(verb.doc) or not (verb.i > 0 and verb.doc[verb.i - 1].is_punct):
        return None
    token = verb.doc[verb.i + 1]
    while token.dep_ in ("det", "compound", "flat", "amod", "nummod", "poss") and verb.i < token.head.i and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") and token.i > verb.i and token.dep_ not in ("dobj", "dative", "pobj") else None


def _quoted_as(verb: Token) -> Token | None:
    """Y in "X quoted Y as saying ...": the one quoted speaks, X only relays."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_.lower() == "quote":
        return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    return None


def subject_of(verb: Token) -> Token | None:
    """The speaker's head token for a speech verb, climbing to the verb it shares a subject with."""
    quoted_subject = any(c.dep_ in SUBJECTS and same_paragraph(c, verb) and _inside_quotation(c, verb) for c in verb.children)
    if quoted_subject and _own_subject(verb) is None and (inverted := _inverted_subject(verb)) is not None:
        return inverted
    if _own_subject(verb) is None and (quoted := _quoted_as(verb)) is not None:
        return quoted
    if _own_subject(verb) is None:
        # "She said X, adding that Y", "said X and accused Y": the parser may hang the second
        # verb inside the first clause, but the one speaking is whoever spoke before.
        for ancestor in verb.ancestors:
            if not same_paragraph(ancestor, verb):
                break
            # Not a speech act that was not made: in "He said Ankara had not asked for help,
            # calling that unnecessary" the one calling is the one who said it.
            if cue_of(ancestor) and ancestor.i < verb.i and not is_negated(ancestor):
                return subject_of(ancestor)
            if ancestor.dep_ == "conj" and _own_subject(ancestor) is not None:
                break  # "X insisted ..., and officials were keen to stress ...": the officials speak
    current = verb
    for _ in range(4):
        if (child := _own_subject(current)) is not None:
            if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head  # "Smith, who said ...": the relative clause's noun
            return child
        if current.dep_ == "acl" and current.i > current.head.i:
            return current.head  # "a statement saying ...", "a banner reading ...": the noun it describes
        if current.tag_ == "VBG" and current.i > 0 and current.nbor(-1).pos_ == "NOUN":
            return current.nbor(-1)  # the same, where the parser did not hang the participle on the noun
        if current.dep_ not in SUBJECT_SHARING or current.head.i == current.i or not same_paragraph(current.head, verb):
            break
        current = current.head
    if not same_paragraph(current.head, current) or any(c.i < verb.i and not c.is_space and not same_paragraph(c, verb) for c in verb.children):
        # The parser hung this paragraph's clause on the paragraph before (or hung a subheading
        # above on the speech verb, as its subject or its clause: "'Farmers, not fighters'" over
        # "Jane Doe, who ..., accused ..."): its first subject
        # (one whose verb is in this paragraph too) is the likeliest speaker; or the line before
        # took that subject as its own object ("14:05 Minister offers talks" over "Prime Minister
        # Jane Doe offered ..., saying ..."): the noun phrase of this paragraph, before its verb,
        # that hangs on the other paragraph. Whichever opens the paragraph: in "Jane Doe
        # condemned what he called ..." the parser left the name hanging and the "he" is Doe.
        subject = next((t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ in SUBJECTS and same_paragraph(t, verb) and same_paragraph(t.head, verb)), None)
        hanging = next((t for t in verb.doc[verb.sent.start : current.i] if same_paragraph(t, verb) and not same_paragraph(t.head, verb) and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in ("DATE", "TIME")), None)
        if subject is not None or hanging is not None:
            return min((t for t in (subject, hanging) if t is not None), key=lambda t: t.i)
    return _phrase_before(verb) if verb.tag_ in FINITE else None


def _phrase_before(verb: Token) -> Token | None:
    """The noun phrase right before a finite verb the parser left without a subject.

    "Announcing the plan, Jane Doe, the mayor, said ...": parsers often hang the name elsewhere.
    """
    position = verb.i - 1
    while position >= verb.sent.start and verb.doc[position].is_punct:
        position -= 1
    if position < verb.sent.start or not same_paragraph(verb.doc[position], verb):
        return None
    token = verb.doc[position]
    closed = verb.doc[verb.i - 1].is_punct  # "Jane Doe, the mayor, said": the comma closes an apposition
    # Not up into the paragraph before, where the parser may have hung the name ("Minister warns of
    # long night" over "Home Secretary Yvette Cooper said").
    while token.dep_ in PHRASE_INTERNAL and token.head.i < verb.i and token.head.i != token.i and same_paragraph(token.head, verb):
        if token.dep_ == "appos" and not closed:
            break  # "a deal brokered by Oman, the UN envoy said": the parser's apposition is the speaker
        token = token.head
    return token if token.pos_ in ("PROPN", "NOUN", "PRON") else None


def speaker_span(head: Token) -> Span:
    """The words naming the speaker: the noun phrase without appositions, and for a name without its relative clause."""
    left = head.left_edge
    # Nor a line the parser joined from the paragraph before (a live blog's "10:42 GMT").
    while left.i < head.i and (left.is_punct or left.is_space or not same_paragraph(left, head)):
        left = left.nbor()
    right = head
    after_comma = False
    for child in head.rights:
        if child.is_punct:
            after_comma = True
            continue
        # An unnamed speaker keeps what describes them: "an official who asked not to be named",
        # "two people familiar with the talks", "officials briefed on the plan" (but not an aside
        # set off by a comma: "the minister, speaking to reporters").
        describes = head.pos_ == "NOUN" and (child.dep_ in ("relcl", "amod") or (child.dep_ == "acl" and not after_comma))
        describes = describes or is_close_apposition(child, head)  # a name in close apposition is part of the phrase
        if child.dep_ not in SPEAKER_RIGHT and not describes:
            break
        right = child.right_edge
    while right.i > head.i and (right.is_punct or right.is_space):
        right = right.nbor(-1)
    return head.doc[left.i : right.i + 1]


def is_outlet(span: Span, entity_names: list[str]) -> bool:
    """True when the phrase names a news outlet: an outlet word in it or in the entity it mentions.
    A press event ("told a news conference in Pretoria") is an audience, not an outlet."""
    if span.root.lemma_.lower() in PRESS_EVENTS:
        return False
    return any(t.lower_ in cues().outlet_words for t in span) or any(names_outlet(text) for text in [span.text, *entity_names])


def names_outlet(name: str) -> bool:
    """True when a name is a news outlet's: it has an outlet word ("Kyodo News") or holds a known outlet."""
    lexicon = cues()
    return bool({w.lower() for w in name.split()} & lexicon.outlet_words) or any(outlet == name or f" {outlet} " in f" {name} " for outlet in lexicon.outlets)


def is_close_apposition(child: Token, head: Token) -> bool:
    """True for a name set straight after a noun with no comma: "the state news agency Antara",
    "the rapper Drake" (not a quoted title: 'its report "Annual Review"')."""
    return child.dep_ == "appos" and child.left_edge.i == head.i + 1 and child.pos_ == "PROPN" and child.left_edge.is_alpha

