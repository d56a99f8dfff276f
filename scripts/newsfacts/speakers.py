"""Link the words that name a speaker to an entity of the article, when the article makes it knowable.

In order: a mention on the speaker's head word ("Shamkhani said"), a person closing a long title or
named in apposition ("the ministry's spokesperson, Jane Doe"), a document's publisher ("the
ministry's report says"); a pronoun to the latest compatible speaker or main-clause subject before
it ("he said"), a possessive to its sentence's subject, "it" to an office that just spoke, "they"
to anonymous sources as anonymous; an unnamed organ of a state ("Qatar's foreign ministry", "a
government spokesman", "Kenyan police") to the state its phrase or the nearby text names; a spokesperson
or document to the entity they speak for ("a spokesman for X", "X's office", "a company
spokesman" for the company just named, "the same statement", "X rejected it, according to a statement"); a title or description to the entity
the article names with it ("the mayor" after "Mayor Jane Doe" or "Jane Doe, the mayor", else
the person next named), "the BGMEA chief" to
the person named as that organisation's head ("Jane Doe, president of the BGMEA"), "his party" to the
organisation named in his title, "the ministry" to the
"Home Ministry" named before, "the union" to the organisation named as that kind, "the company"
to the organisation last named as a subject, a lead's "a senior official" or "a rights group" to
whom the next paragraphs name; "a driver who gave his name only as X" to X; a proper name the NER
missed to the entity with that name or with the short form bracketed after it. Plural
and other indefinite descriptions ("officials", "a source", "an EU diplomat", "an official who
asked not to be named") stay unlinked: they are anonymous.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from . import gazetteer, given_names, quote_marks
from .attribution import SUBJECTS, cue_of, cues, is_close_apposition, names_outlet, speaker_span, subject_of

T = TypeVar("T")

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = ("it", "its", "they", "them", "their")
GROUP_TYPES = ("ORG", "NORP", "GPE")
DEFINITE = ("the", "this", "that")
# Entity types that cannot speak themselves; their possessor does ("the ministry's report").
DOCUMENT_TYPES = ("WORK_OF_ART", "LAW", "PRODUCT", "EVENT")
# State organs whose spokesperson speaks for a named force only, not for the state itself.
FORCES = gazetteer.POLICE_NOUNS
# A state's armed force, and the words that name one ("Israel Defense Forces", "Pakistan Army").
ARMED_FORCES = ("army", "military")
FORCE_NAMES = ("army", "armed forces", "defense forces", "defence forces", "military")
# Words describing an armed group that is not a state's own force, whatever its name says.
IRREGULAR_FORCE_WORDS = {"guerrilla", "rebel", "insurgent", "insurgency", "militant", "jihadist", "paramilitary", "militia", "dissident"}
# Organs of a state that sit in another state ("the Indian Embassy in Kathmandu" is India's).
ABROAD = ("embassy", "consulate", "mission")
# An office that is its holder's voice, as "his office" is: the title the article names the holder with.
OFFICE_HOLDERS = {"presidency": "president"}
# How far back (in paragraphs) an unnamed organ of a state looks for the country last named.
STATE_REACH = 2
# How deep resolving a phrase may recurse into its owners ("X's office's spokesman").
MAX_DEPTH = 6
# Words for the head of an organisation that stand for any title of it: "the BGMEA chief" is the
# person named as its president, "the company's chief executive" the one "who runs" it; "the union
# president" only the one named as its president.
GENERIC_HEADS = {"chief", "head", "boss", "leader", "lead", "run"}
# Words that make a title one held no longer ("Former President X", "ex-minister").
PAST_TITLES = {"former", "ex", "then", "late"}
# How far back (in paragraphs) a pronoun looks for its antecedent.
PRONOUN_REACH = 3
# Words that end what a description says an organisation is and start what it is of, where, by whom.
DESCRIPTION_BREAKS = {"of", "in", "for", "on", "at", "to", "from", "with", "by", "based", "owned", "led", "run", "founded", "formerly", "that", "which", "who", "whose"}
# How far back (in paragraphs) "a company spokesman" looks for the company it speaks for.
KIND_REACH = 2
# People whose plural speaks for the organisation they are of ("officials of the Northern Railway said").
REPRESENTATIVES = {"official", "executive", "representative", "spokesperson", "spokesman", "spokeswoman", "spokespeople"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity_id: str
    type: str
    name: str
    subject: bool  # the mention is the subject of a clause: a likely antecedent of a later "he"
    main: bool  # ... of its sentence's main clause, the likeliest antecedent


@dataclass
class Speaker:
    entity_id: str | None
    how: str  # name | surname | pronoun | description, or anonymous (a description that names no one) | none


@dataclass
class ArticleSpeakers:
    """Everything one article offers for resolving its speakers."""

    doc: Doc
    paragraph_starts: list[int]
    mentions: list[Mention]
    quoted: list[tuple[int, int]]  # direct quotation spans: mentions inside them are not antecedents
    entities: dict[str, dict]
    genders: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)  # lemma -> (offset, phrase, entity_id)
    kind_words: dict[str, set[str]] = field(default_factory=dict)  # entity_id -> _kind_words, once descriptions are read
    # (offset, entity_id, kind) of speakers resolved so far. kind "person" for a personal pronoun,
    # "spokesperson" for one speaking for an organisation ("a spokeswoman for the club" ... "she
    # said", "they added"), entity_id None when the article ties them to no entity; "voice" for an
    # organisation's organ or document ("Netanyahu's office said ... It said"); "crowd" for
    # anonymous plural sources ("officials said ... They said"); else "entity".
    resolved: list[tuple[int, str | None, str]] = field(default_factory=list)
    # entity -> the country it stands for: a people ("Philippine") or a capital ("Berlin"); a country stands for itself
    states: dict[str, str] = field(default_factory=dict)
    home_state: str | None = None  # the country the story is about, for unnamed police or government
    anonymous: set[str] = field(default_factory=set)  # head words of speakers left anonymous so far
    unnamed: list[int] = field(default_factory=list)  # where one such speaker spoke ("a fisherman said"): a later "he" may be them
    documents: dict[str, str] = field(default_factory=dict)  # document noun -> author of the last one ("a statement from X")
    # A person's mention and the words of the titles the article gives them there ("president of the
    # BGMEA", "Its secretary general", "WHO Director-General", "who heads the agency").
    titles: list[tuple[Mention, list[Token]]] = field(default_factory=list)
    ages: list[tuple[int, str, int]] = field(default_factory=list)  # (offset, person, the age the article gives them there)
    _starts: list[int] = field(default_factory=list)
    _depth: int = 0  # nesting of resolve calls (a phrase's owner, its owner's owner, ...)

    @classmethod
    def build(cls, doc: Doc, paragraph_starts: list[int], mentions: list[dict], entities: dict[str, dict], quoted: list[tuple[int, int]], dateline: str | None = None) -> ArticleSpeakers:
        rows = []
        for row in sorted(mentions, key=lambda m: (m["start"], m["end"])):
            entity = entities.get(row["entity_id"])
            if entity is None:
                continue
            span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
            subject = main = False
            if span is not None:
                root = span.root.head if span.root.dep_ == "appos" else span.root
                while root.dep_ == "conj" and root.head.i != root.i:
                    root = root.head  # "Jane Doe and John Roe said": both are subjects
                verb = root.head
                # "Reuters could not independently verify the claim": the newsroom's note on its own
                # reporting, not an actor a later "it" or "they" refers to.
                unverified = verb.lemma_ in ("verify", "confirm") and any(c.dep_ == "neg" for c in verb.children)
                subject = root.dep_ in SUBJECTS and not unverified
                # A conjoined clause is main unless it is a second reported clause ("and that X would").
                main = subject and (verb.head.i == verb.i or (verb.dep_ == "conj" and verb.head.head.i == verb.head.i and not any(c.dep_ == "mark" for c in verb.children)))
            rows.append(Mention(row["start"], row["end"], row["entity_id"], entity["type"], entity["name"], subject, main))
        article = cls(doc, paragraph_starts, rows, sorted(quoted), entities)
        article._starts = [m.start for m in rows]
        article._index_titles()
        article._index_states(dateline)
        return article

    def _index_states(self, dateline: str | None) -> None:
        # Only this article's own entities: what another article names must not change this one's speakers.
        self.states = gazetteer.states_among({m.entity_id for m in self.mentions})
        self.home_state = gazetteer.home_state([(m.entity_id, m.type) for m in self.mentions], self.states, dateline)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions[: bisect.bisect_left(self._starts, end)] if m.end > start]

    def _index_titles(self) -> None:
        """Descriptions the article attaches to named entities, and genders their honorifics fix."""
        lexicon = cues()
        for mention in self.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            before = self.doc[span.start - 1] if span.start > 0 else None
            if before is not None and mention.type == "PERSON":
                if before.text in lexicon.male_honorifics:
                    self.genders.setdefault(mention.entity_id, "m")
                elif before.text in lexicon.female_honorifics:
                    self.genders.setdefault(mention.entity_id, "f")
            # "Jane Doe, the mayor"; but in "a deal brokered by Oman, the UN envoy said" the parser's
            # apposition is the subject of the speech verb right after it, not a description.
            describing = [c for c in root.children if c.dep_ == "appos" and not _before_speech_verb(c)]
            if root.dep_ == "appos":
                # "the mayor, Jane Doe"; in "The governor of Cauca, Jane Doe" the parser hangs the
                # name on the place, but a person is no apposition to a place or an organisation:
                # the name describes the noun the place qualifies.
                described = root.head
                owner = self._mentions_in(described.idx, described.idx + len(described.text))
                if mention.type == "PERSON" and described.dep_ == "pobj" and described.head.dep_ == "prep" and described.head.head.pos_ == "NOUN" and owner and all(m.type in GROUP_TYPES + ("LOC",) for m in owner):
                    described = described.head.head
                describing.append(described)
            # "Mayor Jane Doe", "foreign ministry spokesman Bahram Ghasemi", "State Minister for Water
            # Resources Kofi Mensah" (which the parser hangs as a modifier): a common-noun title
            describing += [c for c in root.children if c.dep_ in ("compound", "nmod") and c.i < span.start and c.pos_ in ("NOUN", "PROPN")]
            describing += _long_title_over(span)[-1:]  # "State Minister for Labour and Employment Rashida Begum"
            describing = [n for n in describing if n.pos_ in ("NOUN", "PROPN") and n.ent_type_ != "PERSON"]
            for noun in describing:
                phrase = " ".join(_title_form(t) for t in noun.subtree if t.dep_ not in ("det", "punct", "appos", "relcl") and not (span.start <= t.i < span.end))
                self.descriptions.setdefault(_title_form(noun), []).append((mention.start, phrase, mention.entity_id))
            if mention.type == "PERSON":
                self.titles.append((mention, _title_words(span, describing)))
                nouns = {n.lemma_.lower() for n in describing}
                if nouns & lexicon.male_nouns:
                    self.genders.setdefault(mention.entity_id, "m")  # "Juan Perez, a father of two"
                elif nouns & lexicon.female_nouns:
                    self.genders.setdefault(mention.entity_id, "f")  # "his wife, Ana Perez"
                # "Jane Doe, 46," or "Jane Doe, a 46-year-old nurse": a later "the 46-year-old"
                ages = [int(c.text) for c in root.children if c.dep_ == "appos" and c.text.isdigit()] + [a for n in describing if (a := _age_in(n)) is not None]
                self.ages += [(mention.start, mention.entity_id, age) for age in ages]

    def _possessor(self, pronoun: Token, exclude: frozenset[str] = frozenset()) -> str | None:
        """ "the Auditor-General in its report", "Smith's rivals accused him": a possessive or object
        pronoun is the latest compatible subject named before it in its own sentence, else the latest
        compatible entity named there."""
        lower = pronoun.lower_
        types = ("PERSON",) if lower in PERSON_PRONOUNS else GROUP_TYPES
        sentence = pronoun.sent
        fitting = [
            m for m in self._mentions_in(sentence.start_char, pronoun.idx)
            if m.type in types and not self._quoted(m.start) and m.end <= pronoun.idx and m.entity_id not in exclude
            and (lower not in PERSON_PRONOUNS or self.genders.get(m.entity_id, PERSON_PRONOUNS[lower]) == PERSON_PRONOUNS[lower])
        ]
        # The sentence's subject first: "The United States, an ally of the Philippines, condemned what its embassy called ...".
        ranked = self._by_given_name([m for m in fitting if m.subject] or fitting, PERSON_PRONOUNS.get(lower), lambda m: m.entity_id)
        return ranked[-1].entity_id if ranked else None

    def _reach_floor(self, offset: int, reach: int) -> int:
        """Where a look back over `reach` paragraphs of prose from offset's own paragraph starts. A line
        that is no sentence (a live blog's "10:42 GMT", an entry's headline, a subheading) does not
        count: it separates a pronoun from its antecedent by no text."""
        paragraph = bisect.bisect_right(self.paragraph_starts, offset) - 1
        counted = 0
        for index in range(paragraph, -1, -1):
            counted += index == paragraph or self._is_prose(index)
            if counted == reach:
                return self.paragraph_starts[index]
        return self.paragraph_starts[0]

    def _is_prose(self, paragraph: int) -> bool:
        end = self.paragraph_starts[paragraph + 1] if paragraph + 1 < len(self.paragraph_starts) else len(self.doc.text)
        return not quote_marks.is_heading(self.doc.text[self.paragraph_starts[paragraph] : end])

    def _antecedent(self, offset: int, types: tuple[str, ...], gender: str | None, plural: bool = False,
                    exclude: frozenset[str] = frozenset()) -> str | None:
        """Most recent compatible speaker or clause subject before offset, within PRONOUN_REACH paragraphs.
        Entities in exclude cannot be meant: an object pronoun is not its own clause's subject."""
        floor = self._reach_floor(offset, PRONOUN_REACH)

        def fits(entity_id: str | None, kind: str = "entity") -> bool:
            if entity_id in exclude:
                return False
            if kind == "crowd" or (kind == "spokesperson" and plural):
                return plural  # "Officials said ... They said": still anonymous; "a spokesperson ... they added"
            if kind == "voice" and "PERSON" not in types:
                return True  # "Netanyahu's office said ... It said": the office's owner
            personal = kind in ("person", "spokesperson")
            if entity_id is None:
                return personal and "PERSON" in types
            entity = self.entities.get(entity_id)
            if entity is None or (entity["type"] not in types and not (personal and "PERSON" in types)):
                return False
            return gender is None or self.genders.get(entity_id, gender) == gender

        def outside_quotes(position: int) -> bool:
            return not any(s <= position < e for s, e in self.quoted)

        earlier = [m for m in self.mentions if floor <= m.start < offset and fits(m.entity_id) and outside_quotes(m.start)]
        # (offset, entity_id, main clause?): earlier speakers count as main-clause subjects.
        candidates = [(o, e, True) for o, e, kind in self.resolved if floor <= o < offset and fits(e, kind)]
        candidates += [(m.start, m.entity_id, m.main) for m in earlier if m.subject]
        if not candidates and not earlier and types == ("PERSON",):
            # Out of reach, "she" is still the one person named since the last person who spoke, or
            # so far (a live blog sets other entries between them; a feature, paragraphs of
            # background), unless someone unnamed has spoken since ("a fisherman said").
            spoke = max((o for o, e, _ in self.resolved if o < offset and e is not None and fits(e)), default=0)
            named = [m for m in self.mentions if spoke < m.end and m.start < offset and fits(m.entity_id) and outside_quotes(m.start)]
            unnamed = [o for o, e, kind in self.resolved if e is None and kind in ("person", "spokesperson") and o < offset] + [o for o in self.unnamed if o < offset]
            if len({m.entity_id for m in named}) == 1 and not any(o > named[-1].start for o in unnamed):
                return named[-1].entity_id
        if not candidates:
            # No subject fits: fall back to the last mention of the right kind.
            earlier = self._by_given_name(earlier, gender, lambda m: m.entity_id)
            return earlier[-1].entity_id if earlier else None
        # The sentence of the latest subject, and in it its main-clause subject if it has one:
        # "Smith said Jones lied. 'X,' he said" is Smith.
        latest = max(c[0] for c in candidates)
        sentence = self.doc.char_span(latest, latest + 1, alignment_mode="expand").sent
        same = self._by_given_name([c for c in candidates if sentence.start_char <= c[0] < sentence.end_char], gender, lambda c: c[1])
        return max([c for c in same if c[2]] or same, key=lambda c: c[0])[1]

    def _by_given_name(self, candidates: list[T], gender: str | None, entity_of: Callable[[T], str | None]) -> list[T]:
        """A pronoun's candidates less the people whose given name is strongly the other gender, when
        two or more of them have no gender from the article. The name is weak evidence
        ("Paula" is a man's name in Tonga): it never overrules the article (an honorific, a
        description, an earlier pronoun), nor the one person the sentence offers; it only breaks a
        tie the article leaves open ("Douglas Pettigrew said Melissa Marchetti had misled them.
        'I warned them,' she said")."""
        open_ = {e for c in candidates if (e := entity_of(c)) is not None and e not in self.genders and self.entities.get(e, {}).get("type") == "PERSON"}
        if gender is None or len(open_) < 2:
            return candidates
        kept = [c for c in candidates if entity_of(c) not in open_ or self._name_gender(entity_of(c)) in (None, gender)]
        return kept or candidates

    def _name_gender(self, entity_id: str) -> str | None:
        """The gender a person's given name strongly has; a single word is as often a surname."""
        words = self.entities[entity_id]["name"].split()
        return given_names.gender(words[0]) if len(words) > 1 else None

    def pronoun_antecedent(self, pronoun: Token, offset: int, exclude: frozenset[str] = frozenset()) -> str | None:
        """The entity a pronoun refers to, looking back from offset (where its clause is): a possessive
        or an object to what its own sentence names before it, else the latest compatible speaker or
        subject. The one resolver for pronouns that speak and pronouns that act, so that both mean
        the same entity; exclude holds who the pronoun cannot be (its own verb's subject)."""
        lower = pronoun.lower_
        dependent = pronoun.tag_ == "PRP$" or pronoun.dep_ not in SUBJECTS
        if dependent and (owner := self._possessor(pronoun, exclude)) is not None:
            return owner
        if lower in PERSON_PRONOUNS:
            entity_id = self._antecedent(offset, ("PERSON",), PERSON_PRONOUNS[lower], exclude=exclude)
            if entity_id is not None:
                # Once "she" has meant this person, a later "he" does not.
                self.genders.setdefault(entity_id, PERSON_PRONOUNS[lower])
            return entity_id
        if lower in GROUP_PRONOUNS:
            return self._antecedent(offset, GROUP_TYPES, None, plural=lower in ("they", "them", "their"), exclude=exclude)
        return None

    @staticmethod
    def _is_state_body(token: Token) -> bool:
        """ "the government", "Qatar's foreign ministry", "police", "the junta": an organ of a state
        that the article does not name (a named one, "the Home Ministry", is a mention)."""
        words = cues().state_body_nouns
        lemma = token.lemma_.lower()
        qualified = [f"{c.lower_}{joint}{lemma}" for c in token.children if c.dep_ in ("amod", "compound") for joint in " -"]
        return lemma in words or token.lower_ in words or any(q in words for q in qualified)

    def _state_of(self, entity_id: str | None) -> str | None:
        return self.states.get(entity_id) if entity_id is not None else None

    def _state_named_with(self, token: Token, offset: int) -> str | None:
        """The country named on a phrase ("Qatar's", "Philippine", "its"), or on the phrase it qualifies."""
        holders = [token] + ([token.head] if token.dep_ in ("compound", "amod") else [])
        for holder in holders:
            for child in holder.children:
                if child.i == token.i:
                    continue
                if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and self._mentions_in(child.idx, child.idx + len(child.text))):
                    owner = self.resolve(speaker_span(child), child, offset, remember=False).entity_id
                    if (state := self._state_of(owner)) is not None:
                        return state
        if token.lemma_.lower() not in ABROAD:
            # "the foreign ministry in Seoul": an organ sits in its own state's capital or country.
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for place in prep.children:
                        found = [m for m in self._mentions_in(place.idx, place.idx + len(place.text)) if self._state_of(m.entity_id)]
                        if place.dep_ == "pobj" and found:
                            return self._state_of(found[-1].entity_id)
        return None

    def _names_a_state(self, token: Token) -> bool:
        """A people's or country's name on the phrase ("Russian", "Peru's"), linked or not."""
        form = gazetteer.load().forms.get(token.text)
        named = self._mentions_in(token.idx, token.idx + len(token.text))
        return (form is not None and form[0] in self.states.values()) or (form is not None and form[1] == "DEMONYM") or any(m.type in ("NORP", "GPE") for m in named)

    def _by_state_body(self, head: Token, offset: int) -> str | None:
        """The state an unnamed organ of a state speaks for; for "the army" or "the Israeli military",
        that state's armed force when the article names it ("Israel Defense Forces")."""
        found = self._state_of_body(head, offset)
        if found is None or head.lemma_.lower() not in ARMED_FORCES or found not in self.states.values():
            return found
        for mention in reversed(self.mentions):
            if mention.type == "ORG" and any(w in mention.name.lower() for w in FORCE_NAMES) and gazetteer.name_has_state(mention.name, found, self.states) and not self._irregular_force(mention.entity_id):
                return mention.entity_id
        return found

    def _irregular_force(self, entity_id: str) -> bool:
        """True for an armed group described as fighting the state ("Revolutionary Armed Forces of
        Colombia", a guerrilla group): its name holds the state's, but it is not the state's army."""
        return bool(IRREGULAR_FORCE_WORDS & set(self._described_words(entity_id)))

    def _state_of_body(self, head: Token, offset: int) -> str | None:
        """The state an unnamed organ of a state speaks for: the one its phrase names ("Qatar's
        ministry", "Philippine officials'", "its embassy"), a named force with that word ("Kosovo
        Police" for "police"), the country last named in this or the previous paragraph, or the
        story's country."""
        if (state := self._state_named_with(head, offset)) is not None:
            # "Kosovo police" are the "Kosovo Police" when the article names that force.
            force = self._named_force(state) if head.lemma_.lower() in FORCES else None
            return force or state
        qualifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        regions = [m for c in qualifiers for m in self._mentions_in(c.idx, c.idx + len(c.text)) if m.type == "GPE"]
        if regions:
            return regions[-1].entity_id  # "the Lower Saxony government": a region's own government
        if any(self._names_a_state(c) for c in qualifiers):
            return None  # "the Russian defence ministry" where Russia is no entity: not some other state
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and (found := self.resolve(speaker_span(owner), owner, offset, remember=False).entity_id):
            return found  # "the province's ministry": whatever the province is
        described = [(o, e) for o, _, e in self.descriptions.get(head.lemma_.lower(), []) if o < offset and self.entities.get(e, {}).get("type") == "ORG"]
        if described:
            return max(described)[1]  # "the regulator" after "Ofcom, the media regulator"
        words = (head.lower_, head.lemma_.lower())
        police = head.lemma_.lower() in FORCES
        # Not for the police: a "Police Station" or a "Traffic Police" named before is not the police
        # as a body, which are the one force the article names (below).
        named = [] if police else [m for m in self.mentions if m.start < offset and m.type == "ORG" and any(w.lower() in words for w in m.name.split())]
        named = self._narrowed(named, head, strict=True)
        if named:
            return named[-1].entity_id  # "the ministry" after the "Ministry of Foreign Affairs"
        # "the regulator" after the "Public Utilities Commission": an organisation named as its kind.
        of_kind = [m for m in self.mentions if m.start < offset and m.type == "ORG" and not self._quoted(m.start)]
        of_kind = self._narrowed(self._named_as(of_kind, set(cues().organisation_synonyms.get(head.lemma_.lower(), ()))), head, strict=True)
        if of_kind:
            return of_kind[-1].entity_id
        # The police as a body ("Police said", "local police", "police in Larantuka") are the force
        # the article names, else the police of the story's country ("Kenyan police" was found
        # above); not the country last named, as a visiting minister does not bring their police.
        if police and (force := self._named_force()) is not None:
            return force
        # The same organ named earlier with its country ("Philippine foreign ministry officials").
        before = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        for token in reversed(self.doc[: before.start if before is not None else 0]):
            if token.lemma_.lower() == head.lemma_.lower() and token.i != head.i and not self._quoted(token.idx):
                if (state := self._state_named_with(token, offset)) is not None:
                    return state
        floor = self._reach_floor(offset, STATE_REACH)
        earlier = [] if police else [m for m in self.mentions if floor <= m.start < offset and self._state_of(m.entity_id) and not self._quoted(m.start)]
        # A country acting or speaking ("Berlin insisted", "Pakistan's army said") before one only mentioned.
        acting = [m for m in earlier if self._in_subject(m)]
        if acting or earlier:
            return self._state_of((acting or earlier)[-1].entity_id)
        if self.home_state in self.states.values() or any(m.entity_id == self.home_state and m.start < offset for m in self.mentions):
            return self.home_state
        return None  # a story naming no country, and no place yet: whose police is unknown

    def _named_force(self, state: str | None = None) -> str | None:
        return gazetteer.police_force([(m.entity_id, m.type, m.name) for m in self.mentions], self.states, state)

    def _in_subject(self, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in SUBJECTS or (root.dep_ in ("poss", "amod", "compound") and root.head.dep_ in SUBJECTS)

    def _quoted(self, position: int) -> bool:
        return any(s <= position < e for s, e in self.quoted)

    def _by_proxy(self, head: Token, offset: int) -> str | None:
        """ "a spokesman for X", "X's office", "figures published by X", "a government spokesman",
        "a police statement": the entity X. A document named again ("the same statement") is the
        last one whose author was found."""
        lemma = head.lemma_.lower()
        if lemma not in cues().spokesperson_nouns | cues().document_nouns:
            return None
        if lemma in cues().document_nouns and _is_joint(head):
            # "a joint statement released by X": the words of both sides, which X only published.
            self.documents.pop(lemma, None)
            return None
        found = self._proxy_owner(head, offset)
        if lemma in cues().document_nouns:
            if found is not None:
                self.documents[lemma] = found
            elif any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
                found = self._author_of_last(head, offset) or self.documents.get(lemma)
            else:
                found = self._credited_document_author(head, offset)
        return found

    def _credited_document_author(self, document: Token, offset: int) -> str | None:
        """ "Tunisia's foreign ministry rejected the criticism and summoned the ambassador, according
        to a statement carried by TAP": a document no one is named as author of, credited for what
        someone did, is that actor's; not records about them ("according to court documents")."""
        to = document.head
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in document.children) or document.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according" or to.head.head.i == to.head.i:
            return None
        actor = subject_of(to.head.head)
        if actor is None or actor.i > to.head.i or actor.lower_ in GROUP_PRONOUNS + tuple(PERSON_PRONOUNS):
            return None
        return self.resolve(speaker_span(actor), actor, offset, remember=False).entity_id

    def _author_of_last(self, head: Token, offset: int) -> str | None:
        """ "the statement said", "the communique said": the author of the document last named with
        that noun, by what names it ("a Foreign Ministry statement", "a statement from the party"),
        else by the clause that issued it: the subject of the verb it is the means of ("the junta
        rejected the sanctions in a statement", "In a statement, the ATP said") or the object of
        ("the union issued a statement"). A document no one is named as author of is no one's;
        another "the statement" before it refers further back."""
        for token in reversed(self.doc[: head.i]):
            if token.lemma_.lower() != head.lemma_.lower() or token.pos_ != "NOUN" or self._quoted(token.idx):
                continue
            if _is_joint(token):
                return None  # "the statement" after "a joint statement": no one side's
            found = self._proxy_owner(token, offset)
            if found is None and ((token.dep_ == "pobj" and token.head.lower_ == "in") or (token.dep_ == "dobj" and token.head.lemma_.lower() in cues().issuing_verbs)):
                verb = token.head.head if token.dep_ == "pobj" else token.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    found = self.resolve(speaker_span(subject), subject, offset, remember=False).entity_id
            if found is None and token.dep_ == "pobj" and token.head.lower_ == "to":
                found = self._credited_document_author(token, offset)
            if found is not None or not (any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) and len(list(token.children)) == 1):
                return found
        return None

    def _proxy_owner(self, head: Token, offset: int) -> str | None:
        for child in head.children:
            if child.dep_ == "poss":
                return self.resolve(speaker_span(child), child, offset, remember=False).entity_id
        for token in head.subtree:
            if token.dep_ in ("prep", "agent") and token.lower_ in ("for", "of", "by", "from") and token.i > head.i:
                if token.lower_ == "by" and token.head.i != head.i and token.head.lemma_.lower() not in cues().issuing_verbs:
                    continue  # "a document seen by Reuters": the outlet only read it
                for target in token.children:
                    if target.dep_ == "pobj":
                        return self.resolve(speaker_span(target), target, offset, remember=False).entity_id
        for child in head.children:
            if child.dep_ == "nmod" and child.i < head.i and child.pos_ == "PROPN" and any(c.dep_ == "prep" for c in child.children):
                # "a Ministry of Transport spokesperson": the parser hangs a name with its own
                # complement as a modifier; the body named is the one spoken for, not its state.
                named = [m for m in self._mentions_in(child.idx, child.idx + len(child.text)) if m.type == "ORG"]
                if named:
                    return named[-1].entity_id
            if child.dep_ == "compound" and child.i < head.i:
                if self._is_state_body(child):
                    found = self._by_state_body(child, offset)
                    # "a police spokeswoman" speaks for a named force, not for the state itself.
                    return found if child.lemma_.lower() not in FORCES or self.entities.get(found, {}).get("type") == "ORG" else None
                # "a Kremlin spokesman"; "a City spokesperson" for Manchester City; "an ICRC
                # spokesperson", where the tagger calls the acronym a common noun but a mention covers it
                named = self._mentions_in(child.idx, child.idx + len(child.text))
                if named:
                    return named[-1].entity_id
                if child.pos_ == "PROPN":
                    return self._by_surname(child)
                if child.lemma_.lower() in cues().organisation_nouns:
                    # "a company spokesman", "a union spokeswoman": a spokesperson for the company
                    # the article has just been telling of, not one named further back.
                    found = self.by_organisation_noun(child, offset)
                    floor = self._reach_floor(offset, KIND_REACH)
                    return found if any(m.entity_id == found and floor <= m.start < offset for m in self.mentions) else None
        return None

    def by_organisation_noun(self, head: Token, offset: int, of_its_kind: bool = False) -> str | None:
        """ "the ministry": the organisation named before with that word ("Home Ministry"); else, for
        a generic organisation noun ("the company", "the group"), the organisation named as a
        subject earlier in the paragraph, one named as a kind the noun stands for ("the union" for
        a teachers' association), one named in any role earlier in the paragraph ("Two executives
        of X were jailed. The company said"), or the organisation last named as a subject.
        of_its_kind: only an organisation named or described as the noun's kind; an event's party
        needs that evidence ("the union" is no airline), where a speaker is likelier the one just named."""
        lemma = head.lemma_.lower()
        earlier = [m for m in self.mentions if m.start < offset and m.type in ("ORG", "FAC") and not self._quoted(m.start) and not self._made_of(m, lemma)]
        exact = self._named_as(earlier, {lemma, head.lower_})
        # "the coast guard" is the "Hellenic Coast Guard", not Frontex (the "European Border and
        # Coast Guard Agency"): a name with the whole phrase before a description with its head.
        phrase = " ".join(t.lower_ for t in head.subtree if t.dep_ == "compound" and t.i < head.i) + " " + head.lower_
        exact = [m for m in exact if phrase.strip() in m.name.lower()] or exact
        exact = self._narrowed(exact, head)
        if exact:
            return exact[-1].entity_id
        if lemma not in cues().organisation_nouns or any(c.dep_ not in ("det", "amod", "compound", "case", "prep", "punct", "appos") for c in head.children):
            # "Nigeria's anti-graft agency" is a particular one, not the last one named; a phrase
            # after the noun is often the verb's ("accused the company of poisoning the river"); an
            # aside describes the same one ("the group — close allies of the army — met").
            return None
        # Nor is it the outlet that carried someone's words ("told the Guardian"), unless it is a
        # kind of outlet: "the broadcaster" is the one named before.
        earlier = [m for m in earlier if names_outlet(m.name) == (lemma in cues().outlet_words)]
        fitting = self._described_by(earlier, head)
        if fitting:
            return fitting[-1].entity_id  # "the South Korean company" is Samsung, not Apple named since
        if self._narrowed_to_a_kind(head):
            return None  # "the opposition party" is not whichever party was named last
        if of_its_kind or _kind_qualifiers(head) or lemma in cues().institution_nouns:
            # "The Championship club" is a club by what the article or the gazetteer says, not the
            # last organisation named.
            kind = self._named_as(earlier, set(cues().organisation_synonyms.get(lemma, ())))
            return kind[-1].entity_id if kind else None
        # "The company" is not the "European Central Bank": skip organisations named as another kind.
        kinds = cues().organisation_nouns
        generic = [m for m in earlier if m.name.split()[-1].lower() not in kinds]
        paragraph = self.paragraph_starts[bisect.bisect_right(self.paragraph_starts, offset) - 1]
        for tier in ([m for m in generic if m.subject and m.start >= paragraph], self._named_as(earlier, set(cues().organisation_synonyms.get(lemma, ()))), [m for m in generic if m.start >= paragraph], [m for m in generic if m.subject], generic):
            if tier:
                return tier[-1].entity_id
        return None

    def _described_by(self, mentions: list[Mention], head: Token) -> list[Mention]:
        """The mentions whose entity the words qualifying the head describe, by its name, the
        gazetteer's description or one the article gives it ("South Korean" for "Samsung
        Electronics", a "South Korean electronics company"); none when no word qualifies the head."""
        qualifiers = _qualifiers(head)
        if not qualifiers:
            return []
        return [m for m in mentions if all(q & self._described_words(m.entity_id) for q in qualifiers)]

    def _narrowed(self, mentions: list[Mention], head: Token, strict: bool = False) -> list[Mention]:
        """The mentions the words qualifying the head describe; when none is, all of them if only
        adjectives qualify it ("the ruling party"), none if a noun does ("the press freedom group"
        is not Amnesty International) or, strict, any word ("the interior ministry" of a state is
        not its "Ministry of Finance")."""
        fitting = self._described_by(mentions, head)
        return fitting or ([] if self._narrowed_to_a_kind(head) or (strict and _qualifiers(head)) else mentions)

    def _described_words(self, entity_id: str) -> set[str]:
        given = [phrase for entries in self.descriptions.values() for _, phrase, e in entries if e == entity_id]
        return set(" ".join([*self._words_for(entity_id), *given]).replace("-", " ").split())

    def _named_as(self, mentions: list[Mention], words: set[str]) -> list[Mention]:
        """Mentions of organisations of a kind the words name: by their name, or by what the
        gazetteer ("United Nations food-assistance agency") or the article ("České dráhy, the state
        railway company") describes them as."""
        return [m for m in mentions if words & (set(m.name.lower().split()) | self._kind_words(m.entity_id))]

    def _made_of(self, mention: Mention, lemma: str) -> bool:
        """True when the mention names an organisation made up of organisations of the noun's kind,
        so never one of them: a league (the "EFL Championship", a division of English football) for "club"."""
        return any(lemma in members and self._named_as([mention], {kind, *cues().organisation_synonyms.get(kind, ())})
                   for kind, members in cues().organisation_members.items())

    def _narrowed_to_a_kind(self, head: Token) -> bool:
        """True when a noun before the head narrows it to one kind of organisation ("the opposition
        party", "the press freedom group"), so it need not be the last one of the head's kind named;
        a noun naming the league it plays in narrows nothing: "the Premier League club" is a club
        like any other, only placed in its league (every qualifying noun names an organisation made
        up of its kind)."""
        nouns = _kind_qualifiers(head)
        lemma = head.lemma_.lower()
        return bool(nouns) and not all(any(self._made_of(m, lemma) for m in self._mentions_in(n.left_edge.idx, n.idx + len(n.text))) for n in nouns)

    def _kind_words(self, entity_id: str) -> set[str]:
        """The words of an organisation's descriptions that say what it is: those the article gives
        it ("a coalition of guerrilla groups"), and the gazetteer's up to its head noun, not a
        complement's (its "executive branch of the European Union" is no union). Asked once per
        earlier mention for every description resolved, so kept: descriptions are all read by then."""
        if entity_id not in self.kind_words:
            given = {w for lemma, entries in self.descriptions.items() for _, phrase, e in entries if e == entity_id for w in (lemma, *phrase.split())}
            self.kind_words[entity_id] = given | set(_what_it_is(self.entities.get(entity_id, {}).get("description") or ""))
        return self.kind_words[entity_id]

    def _words_for(self, entity_id: str) -> list[str]:
        entity = self.entities.get(entity_id, {})
        return f"{entity.get('name', '')} {entity.get('description') or ''}".lower().split()

    def _identified_next(self, head: Token, offset: int) -> str | None:
        """Delayed identification: a lead paragraph's "a senior official said ..." is the person
        (or, for "a rights group", the organisation) the second paragraph opens with as its subject.
        A description qualified by a clause ("an official who asked not to be named") stays anonymous."""
        if len(self.paragraph_starts) < 2 or offset >= self.paragraph_starts[1]:
            return None
        if any(child.dep_ in ("relcl", "acl", "advcl") for child in head.children):
            return None
        if head.lemma_.lower() in cues().organisation_nouns:
            # An organisation is named as a source within the next two paragraphs ("According to X, ...").
            end = self.paragraph_starts[3] if len(self.paragraph_starts) > 3 else len(self.doc.text)
            sources = [m for m in self.mentions if self.paragraph_starts[1] <= m.start < end and (m.subject or self._credited(m)) and not self._quoted(m.start)]
            return next((m.entity_id for m in sources if m.type == "ORG"), None)
        end = self.paragraph_starts[2] if len(self.paragraph_starts) > 2 else len(self.doc.text)
        second = [m for m in self.mentions if self.paragraph_starts[1] <= m.start < end and m.subject]
        return second[0].entity_id if second and second[0].type == "PERSON" else None

    def _named_after(self, offset: int) -> str | None:
        """ "The chancellor said ... 'It is for the company,' Olaf Scholz told reporters": a title
        the article never ties to a name is the person next named as the subject of a speech verb,
        in its paragraph or the next one, unless the article gives that person another title."""
        paragraph = bisect.bisect_right(self.paragraph_starts, offset)
        end = self.paragraph_starts[paragraph + 1] if paragraph + 1 < len(self.paragraph_starts) else len(self.doc.text)
        titled = {e for entries in self.descriptions.values() for _, _, e in entries}  # "Jane Doe, an opposition MP": someone else
        after = [m for m in self.mentions if offset < m.start < end and m.type == "PERSON" and not self._quoted(m.start) and self._speaks(m)]
        return after[0].entity_id if after and after[0].entity_id not in titled else None

    def _speaks(self, mention: Mention) -> bool:
        """True when the mention is the subject of a speech verb ("..., Olaf Scholz told reporters")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in SUBJECTS and cue_of(span.root.head) is not None

    def _credited(self, mention: Mention) -> bool:
        """True when the mention is X in "according to X"."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "to" and span.root.head.head.lower_ == "according"

    def _head_of(self, head: Token, offset: int) -> str | None:
        """ "the BGMEA chief", "the union's leader", "the head of the agency": the person the article
        names with that title of that organisation, latest before the words, else first after."""
        lemma = head.lemma_.lower()
        if lemma not in cues().leader_words:
            return None
        owners = [c for c in head.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.i < head.i)]
        owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not owners:
            return None
        organisations = {self.resolve(speaker_span(o), o, offset, remember=False).entity_id for o in owners} - {None}
        if lemma in GENERIC_HEADS:
            # "the Kenyan police chief" heads the police, which speak for Kenya: not Kenya's president.
            organisations = {e for e in organisations if self.entities.get(e, {}).get("type") == "ORG"}
        # "the AU chief" after "the AU Commission chairman"; "the cooperative chief" before "the X Farmers Cooperative".
        words = {o.text for o in owners if _is_name(o)} | {o.lemma_.lower() for o in owners if o.pos_ == "NOUN"}
        words |= {kind for word in words for kind in cues().organisation_synonyms.get(word, ())}

        def fits(entity_id: str | None) -> bool:
            return entity_id in organisations or (entity_id is not None and bool(words & set(self._words_for(entity_id) + self.entities[entity_id]["name"].split())))

        found = []
        for mention, title in self.titles:
            titles = {t.lemma_.lower() for t in title} & cues().leader_words
            if (lemma in titles or (titles and (lemma in GENERIC_HEADS or titles & GENERIC_HEADS))) and any(fits(e) for t in title for e in self._organisations_named(t, offset)):
                found.append(mention)
        found += [m for m in self.mentions if m.type == "PERSON" and self._described_as_head(m.entity_id, organisations, lemma)]
        before = [m for m in found if m.start < offset]
        return (before[-1] if before else min(found, key=lambda m: m.start)).entity_id if found else None

    def _body_of_possessor(self, head: Token, offset: int) -> str | None:
        """ "his party said", "her union said": the organisation of the noun's kind the article names
        in a title of the person the possessive stands for ("Jane Doe, the leader of the Civic Front";
        "its" is the organisation itself, and "Doe's party" works the same way)."""
        lemma = head.lemma_.lower()
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or lemma not in cues().organisation_nouns:
            return None
        person = self.resolve(speaker_span(owner), owner, offset, remember=False).entity_id
        if self.entities.get(person, {}).get("type") != "PERSON":
            return None
        kinds = {lemma, *cues().organisation_synonyms.get(lemma, ())}
        found = [m for mention, title in self.titles if mention.entity_id == person for t in title
                 for m in self._mentions_in(t.idx, t.idx + len(t.text)) if m.type == "ORG"]
        # "the leader of the Civic Front" (named as a kind of party) or "of Movimiento Cívico" (named
        # as no kind), not "a former officer of the Air Force", named as another kind.
        fitting = self._named_as(found, kinds) or [m for m in found if m.name.split()[-1].lower() not in cues().organisation_nouns]
        return fitting[0].entity_id if fitting else None

    def _organisations_named(self, token: Token, offset: int) -> list[str | None]:
        """The entities a word of a title names: its mentions ("of the BGMEA"), or what "its" or
        "whose" stands for."""
        if token.lower_ == "whose":
            # "X, whose president Y met ...": the name right before it (the parser may hang the clause anywhere).
            before = [m for m in self._mentions_in(token.sent.start_char, token.idx) if m.end <= token.idx]
            return [before[-1].entity_id] if before else []
        if token.tag_ == "PRP$":
            return [self.resolve(speaker_span(token), token, offset, remember=False).entity_id]
        return [m.entity_id for m in self._mentions_in(token.idx, token.idx + len(token.text))]

    def _described_as_head(self, entity_id: str, organisations: set[str], lemma: str) -> bool:
        """True when the gazetteer describes the person as the head of one of the organisations
        ("director general of the International Atomic Energy Agency")."""
        description = (self.entities.get(entity_id, {}).get("description") or "").lower()
        words = set(description.replace("-", " ").split())
        titles = words & cues().leader_words
        return bool(titles) and (lemma in titles or lemma in GENERIC_HEADS) and any(
            self.entities.get(o, {}).get("name", "").lower() in description for o in organisations
        )

    def _by_description(self, span: Span, head: Token, offset: int) -> str | None:
        # A title that names a document ("its report 'Fiscal Outlook'") is what was said, not who said it.
        # "the judge" is the one the article named "Justice Jane Doe": a title stands for its synonyms.
        titles = (head.lemma_.lower(), *cues().title_synonyms.get(head.lemma_.lower(), ()))
        entries = sorted(e for title in titles for e in self.descriptions.get(title, []) if self.entities.get(e[2], {}).get("type") not in DOCUMENT_TYPES)
        # "the president" is not "Former President X": a title held no longer, unless the words say so.
        own = {t.lemma_.lower() for t in span}
        entries = [e for e in entries if not (set(e[1].split()) & PAST_TITLES) - own]
        determiner = next((t.lower_ for t in head.children if t.dep_ == "det"), None)
        definite = determiner in DEFINITE or any(t.dep_ == "poss" for t in head.children) or determiner is None
        if (described := self._named_with_description(head, offset)) is not None:
            return described
        if determiner == "the" and not any(o < offset for o, _, _ in entries) and (previous := self._spokesperson_who_just_spoke(head, offset)) is not None:
            return previous
        if (proxy := self._by_proxy(head, offset)) is not None:
            return proxy
        if definite and (leader := self._head_of(head, offset)) is not None:
            return leader
        if (body := self._body_of_possessor(head, offset)) is not None:
            return body
        if head.tag_ in ("NNS", "NNPS") and determiner is None and not any(c.dep_ in ("nummod", "amod") for c in head.children):
            # "analysts at Fitch Ratings" speak for their firm, and "officials of the Northern
            # Railway" for theirs: officials of a body are the ones who speak for it, where
            # "residents of Lodz" are only from there. "Two analysts at X" or "officials at the
            # ministry" (no organisation named) stay anonymous.
            # The NER often takes a railway or a port authority for a facility.
            representing = head.lemma_.lower() in REPRESENTATIVES
            owning, bodies = (("at", "of", "from"), ("ORG", "FAC")) if representing else (("at",), ("ORG",))
            firm = [m for c in head.children if c.dep_ == "prep" and c.lower_ in owning for g in c.children if g.dep_ == "pobj"
                    for m in self._mentions_in(g.idx, g.idx + len(g.text)) if m.type in bodies]
            if firm:
                return firm[-1].entity_id
        if head.tag_ in ("NNS", "NNPS") and not (determiner == "the" and head.lemma_.lower() in cues().organisation_nouns):
            return None  # "officials" are anonymous; "the employers" in a dispute are one side of it
        if not definite:
            # "a spokesman for the union" names someone only if the article used that very phrase for them.
            phrase = " ".join(t.lemma_.lower() for t in span if t.dep_ not in ("det", "punct"))
            matches = {e for _, p, e in entries if p == phrase}
            return matches.pop() if len(matches) == 1 else self._identified_next(head, offset)
        if (age := _age_in(head)) is not None:
            return self._aged(age, offset)
        if head.pos_ == "NUM":
            # "Two people were at the meeting. One said": a numeral stands for one of a group just
            # told of, not for an organisation with the number in its name ("League One").
            return None
        if not entries:
            # "the UN envoy said" in the lead, then "Hans Grundberg told reporters": named next.
            lemma = head.lemma_.lower()
            found = self._last_speaking_organisation(head, offset) or self.by_organisation_noun(head, offset)
            if found is not None and lemma in cues().organisation_nouns and not any(m.entity_id == found and m.subject for m in self.mentions if m.start < offset):
                # "X was fined at the ATP Finals, the governing body said" in the lead: an organisation
                # named there only in passing, never as an actor, is weaker than the one the next
                # paragraphs name as the source (delayed identification).
                found = self._identified_next(head, offset) or found
            if found is None and lemma in cues().person_titles | cues().organisation_nouns:
                found = self._identified_next(head, offset)  # not "the opposition", which is no one in particular
            if found is None and lemma in cues().person_titles and lemma not in self.anonymous:
                found = self._named_after(offset)
            return found
        # "the defence minister" is the one named "Defence Minister X", not the foreign minister named since.
        qualifiers = _qualifiers(head)
        entries = [e for e in entries if all(q & set(e[1].replace("-", " ").split()) for q in qualifiers)] or entries
        before = [(o, e) for o, _, e in entries if o < offset]
        if before:
            return max(before)[1]
        if head.lemma_.lower() in cues().organisation_nouns and (earlier := self.by_organisation_noun(head, offset, of_its_kind=True)) is not None:
            # "A convoy of WFP trucks reached the town, the agency said" before "the National
            # Emergency Management Agency (NEMA)": a definite description refers back to an
            # organisation of its kind named before it (by name or description, "UN food agency")
            # before it looks ahead to one the article describes so later.
            return earlier
        return min(entries)[2]

    def _spokesperson_who_just_spoke(self, head: Token, offset: int) -> str | None:
        """ "'X,' Chief Cabinet Secretary Jane Doe said. / 'Y,' the top government spokeswoman said":
        "the spokesman" whom the article has named no one as is the person who spoke last, in this
        paragraph or the one before, with no other person named since: news describes a speaker it
        goes on quoting in other words rather than repeat the name. Not a spokesperson for someone
        named or of a kind of organisation ("the union's spokesman", "the Kremlin spokesman", "the club
        spokesman": someone speaking for it), nor an anonymous one ("a spokesman")."""
        if head.lemma_.lower() not in cues().spokesperson_nouns or head.tag_ != "NN" or any(c.dep_ not in ("det", "amod", "compound") for c in head.children):
            return None
        if any(c.dep_ == "compound" and (_is_name(c) or c.lemma_.lower() in cues().organisation_nouns or self._mentions_in(c.idx, c.idx + len(c.text))) for c in head.children):
            return None
        floor = self._reach_floor(offset, 2)
        spoke = [(o, e) for o, e, kind in self.resolved if floor <= o < offset and e is not None and self.entities.get(e, {}).get("type") == "PERSON"]
        if not spoke:
            return None
        at, person = max(spoke)
        named_since = {m.entity_id for m in self.mentions if at < m.start < offset and m.type == "PERSON" and not self._quoted(m.start)}
        return person if named_since <= {person} else None

    def _organisation_modifying(self, head: Token) -> list[Mention]:
        """ "the dpa news agency", "the United Kingdom Maritime Trade Operations (UKMTO) agency": the
        parser may hang an organisation's name on a common noun as a modifier rather than a compound;
        it still says which one. Only an organisation's ("the Russian news agency" is of a kind), and
        not when an appositive names the body itself ("the U.N. human rights office, OHCHR") or the
        noun is a name ("Jangaon Superintendent of Police P. Uday Kumar": a title before a person)."""
        if head.pos_ != "NOUN" or any(c.dep_ == "appos" for c in head.children):
            return []
        return [m for c in head.children if c.dep_ in ("amod", "nmod") for m in self._mentions_in(c.idx, c.idx + len(c.text)) if m.type == "ORG"]

    def _last_speaking_organisation(self, head: Token, offset: int) -> str | None:
        """ "Pampeiro said in a statement it would appeal. The company denied ...": a bare "the
        company" right after an organisation spoke in the same paragraph is that organisation, not
        another one named or described as a company further back. Not one named as another kind
        ("the ministry" said something; "the company" is someone else)."""
        lemma = head.lemma_.lower()
        nouns = cues().organisation_nouns
        if lemma not in nouns or lemma in cues().institution_nouns or _qualifiers(head) or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None  # "the court" is a court the article named, not whoever spoke last
        paragraph = self.paragraph_starts[bisect.bisect_right(self.paragraph_starts, offset) - 1]
        spoke = [(o, e) for o, e, _ in self.resolved if paragraph <= o < offset and e is not None]
        if not spoke:
            return None
        entity_id = max(spoke)[1]
        kinds = (set(self._words_for(entity_id)) & nouns) - {lemma, *cues().organisation_synonyms.get(lemma, ())}
        return entity_id if self.entities.get(entity_id, {}).get("type") == "ORG" and not kinds else None

    def _named_with_description(self, head: Token, offset: int) -> str | None:
        """ "the Inter-Services Public Relations (ISPR) said ... The military's media wing said": an
        organisation named before whose description (the gazetteer's, or one the article gives it)
        holds every word of the phrase is the one the phrase describes, not the phrase's owner (the
        military, so the state). Only a phrase with an owner: "the coast guard" is a name's words
        before it is a description's ("European Border and Coast Guard Agency")."""
        if not any(c.dep_ == "poss" for c in head.children):
            return None
        words = {t.lower_ for t in head.subtree if t.i <= head.i and t.pos_ in ("NOUN", "PROPN", "ADJ")}
        earlier = [m for m in self.mentions if m.start < offset and m.type == "ORG" and not self._quoted(m.start) and words <= self._described_words(m.entity_id)]
        return earlier[-1].entity_id if earlier else None

    def _aged(self, age: int, offset: int) -> str | None:
        """ "the 24-year-old": the person the article gives that age, latest before, else first after.
        When it gives no one that age, the description stands for a person as "he" or "she" would
        (news writes "Jane Doe was banned ... The 24-year-old said"), unless that person's age is
        known to be another."""
        aged = [(o, e) for o, e, a in self.ages if a == age]
        if not aged:
            person = self._antecedent(offset, ("PERSON",), None)
            return person if person not in {e for _, e, _ in self.ages} else None
        before = [a for a in aged if a[0] < offset]
        return (max(before) if before else min(aged))[1]

    def _by_surname(self, head: Token) -> str | None:
        """A proper name the NER left unlinked: the one entity with exactly that full name, else
        the article's one entity whose name contains it."""
        name = " ".join(t.text for t in head.subtree if t.i <= head.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t.i == head.i)
        full = [e for e in self.entities.values() if e["name"] == name]
        if len(full) == 1:
            return full[0]["entity_id"]
        found = {m.entity_id for m in self.mentions if head.text in m.name.split()}
        return found.pop() if len(found) == 1 else None

    def _abbreviated(self, head: Token) -> str | None:
        """ "Indonesia Corruption Watch (ICW) said": a name the NER missed is the entity of the short
        form the article gives it in brackets right after it."""
        following = head.doc[head.i + 1 : head.i + 3]
        if len(following) < 2 or following[0].text != "(":
            return None
        named = [m for m in self._mentions_in(following[1].idx, following[1].idx + len(following[1].text)) if m.type in GROUP_TYPES]
        return named[-1].entity_id if named else None

    def resolve(self, span: Span, head: Token, offset: int, remember: bool = True) -> Speaker:
        """The entity the speaker words refer to; offset is where the attribution is, for pronouns.

        Linked speakers are remembered as antecedents for later pronouns unless remember is False.
        """
        if self._depth > MAX_DEPTH:
            return Speaker(None, "none")  # owners of owners of owners: stop rather than loop
        self._depth += 1
        try:
            speaker = self._resolve(span, head, offset)
        finally:
            self._depth -= 1
        if remember and speaker.how == "anonymous":
            self.anonymous.add(head.lemma_.lower())  # "the official" later is that anonymous official
            if head.tag_ == "NN":
                self.unnamed.append(offset)
        lemma, lexicon = head.lemma_.lower(), cues()
        if lemma in lexicon.spokesperson_nouns:
            kind = "spokesperson"
        elif head.lower_ in PERSON_PRONOUNS:
            kind = "person"
        elif lemma in lexicon.document_nouns or lemma in lexicon.organisation_nouns or self._is_state_body(head):
            kind = "voice"
        elif speaker.how == "anonymous" and head.tag_ in ("NNS", "NNPS"):
            kind = "crowd"
        elif speaker.how == "anonymous" and head.tag_ == "NN" and _described_by_who(head):
            # "A resident who asked not to be named said ... 'X,' he said": the later "he" is that
            # unnamed person, not someone named before them. "who" is what says the noun is a person.
            kind = "person"
        else:
            kind = "entity"
        if remember and (speaker.entity_id is not None or kind in ("person", "spokesperson", "crowd")):
            # An unlinked spokesman is remembered too: a later "he" is them, not someone before.
            self.resolved.append((offset, speaker.entity_id, kind))
        return speaker

    def _resolve(self, span: Span, head: Token, offset: int) -> Speaker:
        lower = head.lower_
        # The tagger sometimes calls an unfamiliar name a pronoun ("Đokić told N1"); a word an
        # entity mention covers is that entity's name.
        named = head.pos_ == "PRON" and bool(self._mentions_in(head.idx, head.idx + len(head.text)))
        if (head.pos_ == "PRON" and not named) or lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return self._speaker(self.pronoun_antecedent(head, offset), "pronoun")
        lexicon = cues()
        on_head = self._mentions_in(head.idx, head.idx + len(head.text))
        closing = [m for m in self._mentions_in(span.start_char, span.end_char) if m.type == "PERSON" and m.end == span.end_char and self._conjoined(m, head)]
        close = [m for c in head.rights if is_close_apposition(c, head) for m in self._mentions_in(c.left_edge.idx, c.idx + len(c.text))]
        if head.pos_ == "NOUN" and close and not on_head:
            return self._speaker(close[-1].entity_id, "name")  # "the state news agency Antara", "the rapper Drake"
        if closing and not any(m.type == "PERSON" for m in on_head):
            # "Lands and Natural Resources Minister Emmanuel Buah": a title the parser made the head.
            return self._speaker(closing[-1].entity_id, "name")
        if not on_head:
            # The head may be outside the mention in "Tasnim news agency" or "Mayor Doe's office";
            # "European Union observers" speak as their organisation, but "an EU diplomat" and
            # "two UN officials" are people who stay anonymous.
            names = [c for c in head.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
            # "The Championship club said": a league names which club, it is not the club.
            on_head = [m for c in names for m in self._mentions_in(c.idx, c.idx + len(c.text)) if not self._made_of(m, head.lemma_.lower())]
            on_head = on_head or self._organisation_modifying(head)
            as_body = head.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod") for c in head.children) and all(m.type == "ORG" for m in on_head)
            if not (head.pos_ == "PROPN" or head.lemma_.lower() in lexicon.organisation_nouns | lexicon.document_nouns | lexicon.outlet_words or as_body):
                on_head = []
            elif all(m.type in ("GPE", "LOC") for m in on_head) and (head.lemma_.lower() in lexicon.institution_nouns or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for")) for c in head.children)):
                # "Amnesty's Nigeria office", "the Lagos chapter of X", "the Paris police prefecture":
                # the place only says which one; a city's court or prefecture does not speak for the city.
                on_head = []
            elif on_head and (member := self._member_described(head, on_head[-1])) is not None:
                return self._speaker(member, "description")
        appositive = [m for c in head.children if c.dep_ == "appos" and not is_close_apposition(c, head) for m in self._mentions_in(c.idx, c.idx + len(c.text)) if m.type == "PERSON"]
        appositive = appositive or self._misattached_name(head)
        # "The European Commissioner for Fisheries, Jane Doe": a people or place on the title only says which one.
        qualifying = bool(on_head) and on_head[-1].type in ("NORP", "GPE", "LOC") and not on_head[-1].start <= head.idx < on_head[-1].end
        if on_head and (on_head[-1].type in ("ORG", "FAC") or qualifying) and appositive and head.lemma_.lower() not in lexicon.organisation_nouns | lexicon.document_nouns:
            # "the UN Resident Coordinator in Mongolia, Jane Doe": the NER took a title for an
            # organisation, but a person set beside it says the phrase names her.
            return self._speaker(appositive[-1].entity_id, "name")
        if on_head:
            if on_head[-1].type in DOCUMENT_TYPES:
                # "the State Department's annual report says", "its report": the publisher is the speaker.
                owner = next((c for n in [head, *(c for c in head.children if c.dep_ == "compound")] for c in n.children if c.dep_ == "poss"), None)
                found = self.resolve(speaker_span(owner), owner, offset, remember=False).entity_id if owner is not None else None
                return self._speaker(found, "name" if found else "anonymous")
            mention = on_head[-1]
            outside = [t for t in (head, *(c for c in head.children if c.dep_ in ("compound", "flat"))) if t.pos_ == "PROPN" and not mention.start <= t.idx < mention.end]
            if mention.type in ("GPE", "NORP", "LOC") and outside:
                # "Business Unity South Africa said", "Kenya Airways said": a place inside a longer
                # name the NER missed is not the speaker.
                name = " ".join(t.text for t in head.subtree if t.i <= head.i and t.pos_ == "PROPN")
                return self._speaker(next((e["entity_id"] for e in self.entities.values() if e["name"] == name), None) or self._abbreviated(head), "surname")
            return self._speaker(mention.entity_id, "name")
        named = [m for c in head.children if c.dep_ == "appos" for m in self._mentions_in(c.idx, c.idx + len(c.text)) if m.type == "PERSON"]
        named = named or self._misattached_name(head)
        if head.dep_ == "appos":
            # "Jane Doe, a farmer who said ...": the relative clause's speaker describes the name.
            named = named or [m for m in self._mentions_in(head.head.idx, head.head.idx + len(head.head.text)) if m.type == "PERSON"]
        # A clause's subject is a noun whatever its tag: "Its director-general, Jane Doe, said", where
        # the tagger read the hyphenated title's last word as an adjective.
        nominal = head.pos_ in ("NOUN", "PROPN") or head.lower_ == "one" or (head.pos_ == "ADJ" and head.dep_ in SUBJECTS)
        if nominal and named and head.lemma_.lower() not in lexicon.document_nouns | lexicon.organisation_nouns:
            # "the ministry's spokesperson, Jane Doe"; "The Minister of Information, Jane Doe", a
            # title the tagger took for a name but no entity; "One of the organisers, Jane Doe".
            return self._speaker(named[-1].entity_id, "name")
        if head.pos_ == "NOUN" and (self_named := self._self_named(head)) is not None:
            return self._speaker(self_named, "name")
        holder = OFFICE_HOLDERS.get(head.lemma_.lower())
        # "the presidency" is the one person named plain "President", as "his office" is its holder;
        # not a "former president" or a "Comcipo president".
        if holder is not None and len(titled := {e for _, phrase, e in self.descriptions.get(holder, []) if phrase == holder}) == 1:
            return self._speaker(titled.pop(), "description")
        if self._is_state_body(head) and (head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() == head.lower_):
            # Plural organs ("prosecutors", "authorities") are people of the state, left anonymous.
            return self._speaker(self._by_state_body(head, offset), "description")
        if _is_name(head):
            return self._speaker(self._by_surname(head) or self._abbreviated(head), "surname")
        entity_id = self._by_description(span, head, offset)
        return self._speaker(entity_id, "description" if entity_id else "anonymous")

    def _self_named(self, head: Token) -> str | None:
        """ "a driver who gave his name only as Karim", "an official who gave only her first name,
        Tony", "a miner identified only as Ade": the name the clause describing the speaker gives them
        (after the word "name" or "identify"; "a farmer who met Jane Doe" names someone else)."""
        for clause in head.children:
            if clause.dep_ not in ("relcl", "acl"):
                continue
            words = list(clause.subtree)
            naming = next((t for t in words if t.lemma_.lower() in ("name", "identify")), None)
            if naming is None or any(c.dep_ == "neg" for c in naming.children):
                continue  # "an elder who asked not to be named because he feared X" names no one
            # "a man who identified himself as a Red Hand commander" names his group, not himself.
            named = [m for m in self._mentions_in(naming.idx, words[-1].idx + len(words[-1].text)) if m.start > naming.idx and m.type == "PERSON"]
            if named:
                return named[-1].entity_id
        return None

    def _member_described(self, head: Token, named: Mention) -> str | None:
        """ "the UN refugee agency" is UNHCR, not the UN, when the article names the agency the
        gazetteer describes so: its description has the noun, the words qualifying it and the name."""
        words = {q for q in (t.lower_ for c in head.children if c.dep_ == "compound" and not _is_name(c) for t in c.subtree) if q.isalpha()} | {head.lemma_.lower()}
        forms = {named.name.lower(), self.doc.text[named.start : named.end].lower()}
        members = []
        for mention in self.mentions:
            description = (self.entities.get(mention.entity_id, {}).get("description") or "").lower()
            if mention.entity_id != named.entity_id and words <= set(description.replace("-", " ").split()) and any(f" {f} " in f" {description} " for f in forms):
                members.append(mention.entity_id)
        return members[-1] if len(set(members)) == 1 else None

    def _misattached_name(self, head: Token) -> list[Mention]:
        """ "The chairperson of the African Union Commission, Jane Doe, said", "The head of its
        commission, Jane Doe, said": the parser hangs the name on the organisation, named or only
        called one, but a person is no apposition to an organisation or a place, so the name
        describes the head of the phrase."""
        found = []
        for token in head.subtree:
            if token.dep_ != "appos" or token.head.dep_ != "pobj" or token.head.i <= head.i:
                continue
            owner = self._mentions_in(token.head.idx, token.head.idx + len(token.head.text))
            if (owner and all(m.type in GROUP_TYPES for m in owner)) or (not owner and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in cues().organisation_nouns):
                found += [m for m in self._mentions_in(token.idx, token.idx + len(token.text)) if m.type == "PERSON"]
        return found

    def _conjoined(self, mention: Mention, head: Token) -> bool:
        """True when the mention hangs on the head as a conjunct or name part, not inside a clause."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        if span.root.head.i == head.i and span.root.dep_ in ("conj", "compound", "flat"):
            return True
        return any(t.i == head.i for t in _long_title_over(span))

    @staticmethod
    def _speaker(entity_id: str | None, how: str) -> Speaker:
        return Speaker(entity_id, how if entity_id or how == "anonymous" else "none")

    def phrase_entity(self, span: Span) -> str | None:
        """The entity a noun phrase names: by its head or its head's name words, else its last mention."""
        head = span.root
        for token in [head] + [c for c in head.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]:
            if found := self._mentions_in(token.idx, token.idx + len(token.text)):
                return found[-1].entity_id
        found = self._mentions_in(span.start_char, span.end_char)
        return found[-1].entity_id if found else None

    def entity_names(self, span: Span) -> list[str]:
        return [m.name for m in self._mentions_in(span.start_char, span.end_char)]


def _long_title_over(span: Span) -> list[Token]:
    """ "Opposition leader in the Punjab Assembly Ahmad Khan Bhachar": the words a long title the
    parser read as a prepositional phrase ending in the name climbs through, from the name up to
    the title. Only when a title word runs straight into the name; "a lawyer for Jane Doe" speaks
    for someone else."""
    if span.start == 0 or span.doc[span.start - 1].pos_ != "PROPN":
        return []
    chain, token = [], span.root
    while token.dep_ in ("pobj", "prep", "compound", "flat") and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _title_words(span: Span, describing: list[Token]) -> list[Token]:
    """The words of the titles given to the person named by span: its describing nouns with what
    hangs on them ("president of the BGMEA"), names compounded before it ("WHO Director-General
    Tedros"), and a clause that says it heads something ("who heads the agency")."""
    root = span.root
    parts = describing + [c for c in root.children if c.dep_ == "compound" and c.i < span.start and c not in describing]
    parts += [c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in cues().leader_words]
    words = []
    for part in parts:
        # Not a clause about the title: "a lawyer who once led the union" is no head of it.
        inner = {t.i for c in part.children if c.dep_ == "relcl" and part.dep_ != "relcl" for t in c.subtree}
        words += [t for t in part.subtree if t.i not in inner and not span.start <= t.i < span.end]
    return words


def _age_in(noun: Token) -> int | None:
    """The age in a description ("the 24-year-old", "a 24-year-old nurse")."""
    words = noun.doc[noun.left_edge.i : noun.i + 1].text
    found = re.search(r"\b(\d{1,3})-year-old\b", words.replace(" - ", "-"))
    return int(found.group(1)) if found else None


def _title_form(token: Token) -> str:
    """A title word's lemma, written out where news abbreviates it ("Gov." is "governor")."""
    lemma = token.lemma_.lower()
    return cues().title_abbreviations.get(lemma.rstrip("."), lemma)


def _what_it_is(description: str) -> list[str]:
    """The words of a gazetteer description up to its head noun: those before a complement, a
    participle or a clause ("United Nations food-assistance agency", "union of European states",
    "network owned by X")."""
    words = []
    for word in re.split(r"[\s-]+", re.split(r"[,;(]", description.lower())[0]):
        if word in DESCRIPTION_BREAKS:
            break
        words.append(word)
    return words


def _qualifiers(head: Token) -> list[set[str]]:
    """The words that say which one a description means ("South Korean" in "the South Korean
    company", "defence" in "the defence minister"), each as its forms (text and lemma); not a count
    ("the 27-nation bloc")."""
    words = [t for c in head.children if c.dep_ in ("amod", "compound") and not _is_count(c) for t in c.subtree if t.is_alpha]
    return [{t.lower_, t.lemma_.lower()} for t in words]


def _kind_qualifiers(head: Token) -> list[Token]:
    """Nouns that say what kind of organisation a description means ("interior" in "the interior
    ministry", "press freedom" in "the press freedom group")."""
    return [c for c in head.children if c.dep_ == "compound" and not _is_count(c)]


def _is_count(token: Token) -> bool:
    """ "27-nation", "15-member": how big an organisation is, not which one."""
    return any(c.dep_ == "nummod" for c in token.children)


def _is_joint(document: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in document.children)


def _is_name(token: Token) -> bool:
    """A proper name; the tagger also calls a lowercase noun one ("the bloc said"), which is a description."""
    return token.pos_ == "PROPN" and not token.is_lower


def _before_speech_verb(noun: Token) -> bool:
    following = noun.right_edge.i + 1
    return following < len(noun.doc) and cue_of(noun.doc[following]) is not None


def _described_by_who(noun: Token) -> bool:
    """ "a resident who asked not to be named", "a member of the delegation, who spoke on condition of anonymity";
    not a clause that is itself the reported speech ("the protesters, who say beef undercuts farmers"),
    where the noun may be a misparsed thing ("a key demand of the protesters, who say ...")."""
    return any(
        child.dep_ == "relcl" and any(t.lower_ in ("who", "whom") for t in child.children)
        and not any(t.dep_ == "ccomp" for t in child.children)
        for child in noun.subtree  # the clause may hang off a later noun: "a member of the delegation in Tbilisi, who ..."
    )
