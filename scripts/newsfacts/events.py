"""Events: who did what to whom, when and where, PLOVER-coded and deduplicated across articles.

Per sentence, a trigger from the lexicon (data/curation/plover.yaml) - a verb ("met"), or a noun
on its own or carried by a light verb ("held talks") - gives a candidate event. Its participants
are entities mentioned in the trigger's clause: the subject is the source, objects and
prepositional objects ("with", "against", ...) are recipients, "in/at <place>" is the location.
Dates come from date expressions attached to the trigger, read against the publication date
(dates.py). Candidates that report the same real-world event - same type, overlapping or unknown
dates, and shared participants or location - are merged into one event, within an article and
across articles (event_dedup.py); each reporting passage becomes an event_mentions row.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Span, Token

from . import dates, event_ids, gazetteer, nlp, quote_marks
from .attribution import cue_of, cues, reports_clauses
from .event_dedup import Candidate, Cluster, merge
from .event_lexicon import BACK_TO_WORK, CONFINEMENT, RELATIVE_PRONOUNS, SECURITY_MISSION, STATE_DEPS, Lexicon, Trigger, lemma_forms, load
from .ingest import Article
from .speakers import PERSON_PRONOUNS, ArticleSpeakers

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "dative", "iobj", "attr", "oprd")
# Walking up from a trigger through these links stays inside the phrase that governs it.
GOVERNING_DEPS = ("xcomp", "ccomp", "pobj", "prep", "acl", "dobj", "nsubjpass", "pcomp", "attr")
FLAG_DEPS = GOVERNING_DEPS + ("nsubj", "advcl")
# What may stand before a sentence's subject without its opening on something else ("In 2018, it ...").
FRONTED_DEPS = ("prep", "advmod", "npadvmod", "advcl", "punct", "cc")
# Clauses inside a trigger's subtree that report other things, left out of its passage.
OTHER_CLAUSE_DEPS = ("advcl", "parataxis", "relcl")
# Links that open a clause of its own: a date inside one dates that clause, not the one around it.
CLAUSE_DEPS = ("relcl", "ccomp", "csubj", "advcl", "acl", "parataxis", "xcomp", "pcomp")
# A date hung on a noun by these names the thing ("Saturday's strike", "the 2014 explosions").
NOUN_MODIFIER_DEPS = ("poss", "amod", "compound", "nummod", "nmod", "appos", "det")
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "his"}
# Inside a quotation these are its speaker ("We will investigate", said the minister).
FIRST_PERSON = {"i", "we"}
# The gold's CONSULT mode for a meeting hosted or mediated by a third party.
THIRD_PARTY = "third-party"
SIMULTANEOUS_MARKS = ("as", "while", "when")
# Words that put one occasion just before or after another ("after investigators linked ...").
SEQUENCE_WORDS = ("after", "before")
# Dates wide enough that what happened just before or after a thing dated so happened then too.
COARSE_PRECISIONS = ("month", "year", "decade")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12}


class ArticleContext:
    """An article's mentions, indexed by character, for reading entities off the parse."""

    def __init__(self, article: Article, doc: Doc, mentions: list[dict], entity_types: dict[str, str],
                 entity_names: dict[str, str], lexicon: Lexicon, quotes: list[dict] = ()):
        self.article = article
        # The article's quotations, innermost first where they nest: in "the witness said the
        # caller warned her that "we know where you live"" the words are the unnamed caller's.
        self.quotes = sorted(((q["start"], q["end"], q["speaker_entity_id"]) for q in quotes), key=lambda q: (q[1] - q[0], q[0]))
        self.entity_names = entity_names
        self.doc = doc
        self.lexicon = lexicon
        self.entity_types = entity_types
        self.published = dt.date.fromisoformat(article.published_date) if article.published_date else None
        self.by_char: dict[int, dict] = {}
        for mention in sorted(mentions, key=lambda m: (m["start"], m["end"])):
            for offset in range(mention["start"], mention["end"]):
                self.by_char.setdefault(offset, mention)
        self.named = sorted((m["start"], m["entity_id"], m["text"]) for m in mentions)
        entries = self.gazetteer = gazetteer.load().entries
        # Countries are looked up among this article's own entities only, so that adding another
        # article to the build never changes this one's participants (ids must stay stable).
        named_here = {entity_id for _, entity_id, _ in self.named}
        # A people (NORP) -> its country, when the article names the country.
        self.countries = {
            e.entity_id: e.demonym_of for e in entries.values() if e.demonym_of and e.demonym_of in named_here
        }
        # A capital -> its country: "officials in Nairobi" serve Kenya.
        self.capitals = {e.entity_id: e.capital_of for e in entries.values() if e.capital_of and e.capital_of in named_here}
        self.country_ids = {e.demonym_of or e.capital_of for e in entries.values() if e.demonym_of or e.capital_of}
        # The state the story happens in: unnamed police or "the government" of a national story
        # are that state (see home_state_nouns in the lexicon).
        self.states = gazetteer.states_among(named_here)
        self.home_state = gazetteer.home_state([(e, entity_types.get(e)) for _, e, _ in self.named], self.states, article.dateline)
        # The region the story is in: the place other than a country it names most, first on a tie.
        regions = [e for _, e, _ in self.named if entity_types.get(e) == "GPE" and e not in self.country_ids and e not in self.states.values()]
        self.home_region = _most_mentioned(regions)
        # "the provincial government" is a province's, "the county authorities" a county's: the division
        # of that level the story names most, even when it names a city in it as often.
        self.home_divisions = {
            kind: _most_mentioned([e for e in regions if gazetteer.division_kind(e, entity_names.get(e, "")) == kind])
            for kind in sorted({kind for kind in lexicon.regional_levels.values() if kind})
        }
        self.entity_list = [(e, entity_types.get(e, ""), entity_names.get(e, "")) for e in _unique([e for _, e, _ in self.named])]
        # Who arrests when a passive does not say ("217 people were arrested"): the state's police.
        self.arrester = self.police_of()
        self.paragraph_breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(article.body)]
        self.headings = {i for i, text in enumerate(PARAGRAPH_BREAK.split(article.body)) if quote_marks.is_heading(text)}
        # "the company", "the union": resolved as the speakers stage resolves them, so that a
        # description means the same organisation whether it speaks or acts.
        described = {e: {"entity_id": e, "name": entity_names.get(e, ""), "type": entity_types.get(e),
                         "description": entries[e].description if e in entries else None} for e in named_here}
        self.speakers = ArticleSpeakers.build(
            doc, [s for s, _ in quote_marks.paragraphs(article.body)], mentions, described,
            [(q.open_at, q.close_end) for q in quote_marks.find(article.body)], article.dateline)
        # Who spoke is remembered as the speakers stage remembers it: "Sandu said: ... Her office said
        # she had asked ..." is still Sandu when her quotation stands between the name and "she".
        self.speakers.resolved += sorted((start, speaker, "entity") for start, _, speaker in self.quotes if speaker)
        # "the two sides": the article's opposing pair once its events are read (see main_pair);
        # None on the first reading, when pair phrases are only noted.
        self.opposing_pair: list[str] | None = None
        self.pair_phrase_seen = False

    def is_outlet(self, entity: str | None) -> bool:
        """A news organisation: its gazetteer description says so ("international news agency"), or
        its name has an outlet word ("Radio Azatutyun", "Kyodo News")."""
        entry = self.gazetteer.get(entity) if entity else None
        if entry and entry.type == "ORG" and set(entry.description.lower().split()) & self.lexicon.outlet_words:
            return True
        return bool(entity) and self.entity_types.get(entity) == "ORG" and bool(
            set(self.entity_names.get(entity, "").lower().split()) & self.lexicon.outlet_words)

    def _relays(self, token: Token) -> bool:
        """True when the phrase is the one a report is passed to or through: the object of
        "told", the agent of "seen by", the object of "spoke to"."""
        verbs = self.lexicon.relay_verbs
        head = token.head
        if token.dep_ in ("dobj", "dative"):
            return head.lemma_.lower() in verbs
        if token.dep_ == "pobj" and head.dep_ in ("agent", "prep") and head.lower_ in ("by", "to", "with"):
            return head.head.lemma_.lower() in verbs
        return False

    def police_of(self, state: str | None = None) -> str | None:
        """The police as a body, of the state a phrase names ("Kenyan police") or else of the story:
        the police force the article names for it ("Kosovo Police"), else that state, as in quotes
        (README: police rule)."""
        return gazetteer.police_force(self.entity_list, self.states, state) or state or self.home_state

    def is_home_state_noun(self, token: Token) -> bool:
        """"police", "the authorities", "security forces": a state's own agents, unnamed."""
        words = self.lexicon.home_state_nouns
        if token.lemma_.lower() not in words and token.lower_ not in words and not any(
            f"{c.lower_} {token.lower_}" in words for c in token.children if c.dep_ in ("compound", "amod")
        ):
            return False
        return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)

    def in_heading(self, token: Token) -> bool:
        """True inside a subheading ("34 detained on rue de Varenne", "14:05 PM offers talks"): a
        short paragraph that ends without a sentence's closing mark. The gold leaves subheadings
        out, and their events are reported again in the text below them."""
        return self.paragraph(token) in self.headings

    def paragraph(self, token: Token) -> int:
        """Which paragraph of the body the token is in."""
        return bisect.bisect_right(self.paragraph_breaks, token.idx)

    def mention_at(self, token: Token) -> dict | None:
        return self.by_char.get(token.idx)

    def quote_speaker(self, token: Token) -> str | None:
        """Who says the innermost quotation the token stands in, if anyone known."""
        return next((speaker for start, end, speaker in self.quotes if start <= token.idx < end), None)

    def is_state_agent(self, noun: Token) -> bool:
        """True when the noun or a word modifying it names a state's agents or weapons:
        "police", "officials", "drone strikes"."""
        words = self.lexicon.state_agent_nouns
        return noun.lemma_.lower() in words or noun.lower_ in words or any(
            c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in words or c.lower_ in words) for c in noun.children
        )

    def as_states(self, found: list[str], *nouns: Token) -> list[str]:
        """"Kenyan police", "Turkish drones": a people named on a state's agents is the state."""
        if not any(self.is_state_agent(noun) for noun in nouns):
            return found
        states = _unique([self.countries.get(e, e) for e in found])
        if any(_is_police(noun) for noun in nouns):
            # "Kosovo police" are the "Kosovo Police" when the article names that force.
            return _unique([self.police_of(e) if e in self.country_ids else e for e in states])
        return states

    def entities(self, token: Token, depth: int = 0) -> list[str]:
        """Entities a noun phrase refers to: its own mention, or the named modifiers and
        "of/from" complements of a common noun ("Taliban officials", "a delegation from Kabul"),
        and every conjunct."""
        if depth > 4:
            return []
        found: list[str] = []
        mention = self.mention_at(token)
        if mention and self.is_outlet(mention["entity_id"]) and self._relays(token):
            pass  # "the agreement seen by Reuters", "told AFP": the outlet reports, it takes no part
        elif mention:
            found.append(mention["entity_id"])
            # "the Inspector-General of Police, Kayode Egbetokun, ordered": the person named in
            # apposition to an office acted. A person beside a person is a misparse ("an attempt
            # on Gen. Austin Miller, the Trump administration, ... has declined").
            if self.entity_types.get(mention["entity_id"]) != "PERSON":
                found += [e for c in token.children if c.dep_ == "appos" for e in self.entities(c, depth + 1)
                          if self.entity_types.get(e) == "PERSON"]
        elif token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            antecedent = token.head.head
            named = self.entities(antecedent, depth + 1)
            inert = all(self.entity_types.get(e) not in self.lexicon.actor_entity_types for e in named)
            if inert and (named or antecedent.pos_ == "PROPN"):
                named = self.publisher(antecedent, depth + 1)  # a report titled "X" that accused: X cannot accuse
            found += named
        elif token.lower_ in PRONOUNS and token.pos_ == "PRON":
            found += self.resolve_pronoun(token)
        elif self.is_pair_phrase(token):
            self.pair_phrase_seen = True
            if self.opposing_pair is not None:
                found += self.opposing_pair or self.last_pair(token, depth + 1)
        elif token.lower_ in ("its", "their") and token.dep_ == "poss":
            # "Unite said its members had rejected the offer": the reporter's members.
            owner = token.head
            if owner.dep_ in ("nsubj", "nsubjpass") and owner.head.dep_ == "ccomp":
                reporter = _subject(owner.head.head)
                if reporter is not None and reporter[0].lower_ not in PRONOUNS:
                    found += self.entities(reporter[0], depth + 1)
        elif (described := self.named_by_description(token)) is not None:
            found.append(described)
        else:
            # "Haiti's partners", "the president's critics", "al-Qaeda allies": others than the
            # one named ("his Iraqi counterpart" is Iraqi: an adjective still says who it is).
            relational = token.lemma_.lower() in self.lexicon.relational_nouns
            for child in token.children:
                if child.dep_ in ("poss", "compound") and relational:
                    continue
                if child.dep_ in ("compound", "amod", "poss", "nmod") and (self.mention_at(child) or child.dep_ == "poss"):
                    named = self.entities(child, depth + 1)
                    if token.lemma_.lower() in self.lexicon.follower_nouns:
                        named = [e for e in named if self.entity_types.get(e) != "PERSON"]
                    found += self.as_states(named, token)
                elif child.dep_ in ("amod", "compound") and child.lemma_.lower() not in self.lexicon.seat_participles:
                    # "US-led", "Saudi-backed": the named part of a hyphenated modifier ("Milan-based"
                    # only says where).
                    found += [e for g in child.children if g.dep_ in ("npadvmod", "compound") and self.mention_at(g) for e in self.entities(g, depth + 1)]
                elif child.dep_ == "prep" and child.lower_ in ("from", "of") and not (relational and child.lower_ == "of"):
                    # "a delegation from Kabul"; not "allies of Iran", who are others than Iran.
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found += self.entities(pobj, depth + 1)
                elif child.dep_ == "appos":
                    # "the Afghan capital Kabul", "its co-religionists, the Shia Hazara minority"
                    found += self.entities(child, depth + 1)
                elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in self.lexicon.agent_participles:
                    # "a convoy organised by UNICEF", "a delegation led by the foreign minister"
                    found += [e for agent in child.children if agent.dep_ == "agent"
                              for pobj in agent.children if pobj.dep_ == "pobj" for e in self.entities(pobj, depth + 1)]
            if not found and token.lower_ in self.lexicon.domestic_agent_nouns:
                # "police in Peru": unnamed domestic agents stand for the state they serve.
                # A capital stands for its country; another town for the state of the story
                # ("police in Patna" serve Bihar), when there is one.
                # The police there are the force the article names for that state, if any.
                states = [self.capitals.get(e) or (e if e in self.country_ids else self.home_state or e)
                          for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "in"
                          for pobj in prep.children if pobj.dep_ == "pobj"
                          for e in self.entities(pobj, depth + 1) if self.entity_types.get(e) == "GPE"]
                found += [self.police_of(e) for e in states] if _is_police(token) else states
            if not found and self.home_state and self.is_home_state_noun(token):
                levels = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ in self.lexicon.regional_levels]
                # "the provincial government", "the county government": the region the story is in.
                region = next((self.home_divisions.get(self.lexicon.regional_levels[level]) for level in levels), None) or self.home_region
                found.append(self.police_of() if _is_police(token) else (region if levels and region else self.home_state))
            described = token.lemma_.lower()
            if not found and described in self.lexicon.definite_descriptions and any(c.lower_ == "the" for c in token.children):
                # "the company": only when the phrase names no one itself ("the IG Metall union").
                kind_only = described not in self.lexicon.generic_descriptions
                found += [e for e in [self.speakers.by_organisation_noun(token, token.idx, kind_only)] if e]
            elif not found and token.pos_ in ("NOUN", "PROPN") and [c.lower_ for c in token.children] == ["the"]:
                # "the congress", "the Command", "the court": the organisation of that kind named
                # before, as for a speaker ("the Nigeria Labour Congress", one the gazetteer or the
                # article describes as a court), else no one.
                found += [e for e in [self.speakers.by_organisation_noun(token, token.idx, True)] if e]
            elif not found and token.lemma_.lower() in self.lexicon.people_nouns | self.lexicon.state_agent_nouns:
                # "coast guard officers", "labour court judges", "a party delegation": people of the
                # organisation named before as that kind ("the Hellenic Coast Guard"); "company
                # executives" could be any company's.
                holder = self.title_holder(token)
                force = gazetteer.police_force(self.entity_list, self.states) if _is_police_member(token) else None
                kinds = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in self.lexicon.generic_descriptions]
                if holder or force:
                    found.append(holder or force)  # "officers arrested 46 people": the force the article names
                elif kinds:
                    found += [e for e in [self.speakers.by_organisation_noun(kinds[-1], token.idx, True)] if e]
        for child in token.children:
            if child.dep_ == "conj":
                found += self.entities(child, depth + 1)
        return _unique(found)

    def publisher(self, title: Token, depth: int) -> list[str]:
        """"Rastro Verde published a report titled "Gado Fantasma"", "issued a statement, "Enough",
        that ...": whoever put out the work a title names, the subject of the verb whose object the
        work is. A name that titles nothing (a person the NER missed) has no publisher."""
        work = title.head.head if title.dep_ == "oprd" and title.head.dep_ == "acl" else title.head if title.dep_ == "appos" else None
        subject = _subject(work.head) if work is not None and work.dep_ == "dobj" else None
        return self.entities(subject[0], depth + 1) if subject is not None and not subject[1] else []

    def title_holder(self, noun: Token) -> str | None:
        """"Opposition leader in the Punjab Assembly Ahmad Khan Bhachar condemned ...": a long title
        run into the name of its holder, which the parser hangs inside the title's last phrase."""
        edge = noun.doc[noun.right_edge.i]
        mention = self.mention_at(edge)
        if edge.i == noun.i or mention is None or self.entity_types.get(mention["entity_id"]) != "PERSON":
            return None
        current = edge
        while current.i != noun.i:
            if current.dep_ not in ("compound", "pobj", "prep", "flat"):
                return None
            current = current.head
        return mention["entity_id"]

    def named_by_description(self, noun: Token) -> str | None:
        """"An Indonesian anti-corruption court sentenced ...", "a Guayaquil-based human rights group
        accused ...", "the country's sports ministry dissolved ...": a body described, by a lead or by
        its state, that the article names elsewhere ("the Jakarta Anti-Corruption Court", "the
        Permanent Committee for the Defense of Human Rights", "the Ministry of Youth, Sport and
        Arts"); it is the one organisation whose name has every word describing it, and the noun
        too unless that is a generic word ("group"). Places and peoples on the phrase only say
        where the body is."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        organ = noun.lemma_.lower() in self.lexicon.domestic_agent_nouns and any(c.dep_ == "poss" for c in noun.children)
        if not (indefinite or organ):
            return None
        words = [nlp.singular(t.lower_) for t in noun.doc[noun.left_edge.i : noun.i]
                 if t.is_alpha and t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "ADJ", "PROPN") and not self.mention_at(t)]
        if not words:
            return None
        if noun.lemma_.lower() not in self.lexicon.generic_descriptions:
            words.append(nlp.singular(noun.lower_))
        fitting = [e for e in _unique([e for _, e, _ in self.named]) if self.entity_types.get(e) == "ORG" and not self.is_outlet(e)
                   and set(words) <= {nlp.singular(w) for w in re.findall(r"[a-z]+", self.entity_names.get(e, "").lower())}]
        return fitting[0] if len(fitting) == 1 else None

    def resolve_pronoun(self, token: Token) -> list[str]:
        """A pronoun in a reported clause ("X said they met ...") is the reporter; "he"/"she"
        elsewhere is the last person named before it."""
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
            reporter = _subject(verb.head)
            if reporter is not None and reporter[0].lower_ not in PRONOUNS:
                named = self.entities(reporter[0], 3)
                # "He warned ..., state broadcaster RTS reported": "he" is no broadcaster, nor "it" a person.
                fitting = [e for e in named if not self.is_outlet(e) and (
                    token.lower_ in ("they", "them") or (self.entity_types.get(e) == "PERSON") == (token.lower_ in ("he", "she")))]
                if fitting or not named:
                    return fitting
        opening = token.dep_ == "nsubj" and verb.dep_ == "ROOT" and token.sent.start > 0 and _fronted_only(token)
        if token.lower_ in ("he", "she") and opening:
            # "Kenya's foreign minister flew to Kampala. He met ...": a sentence opening on "He"
            # continues with the unnamed official the previous sentence was about (his state).
            subject = self.previous_subject(token)
            if subject is not None and subject.lemma_.lower() in self.lexicon.people_nouns and not self.mention_at(subject):
                return self.entities(subject, 3) or self.person(token)
        if token.lower_ in PERSON_PRONOUNS:
            return self.person(token)
        if token.lower_ == "it" and opening:
            # "The Defence Ministry denied ... It warned that ...": a sentence opening on "It"
            # continues with the organisation or state the previous sentence was about.
            subject = self.previous_subject(token)
            if subject is not None:
                return [e for e in self.entities(subject, 3) if self.entity_types.get(e) in ("ORG", "GPE")]
        if token.lower_ in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass"):
            return self.group(token)
        return []

    def person(self, token: Token) -> list[str]:
        """The person "he", "she", "his", "him" or "her" stands for, found as the speakers stage finds
        a pronoun speaker's: for a possessive or object, who its own sentence names before it, else
        the latest subject of the matching gender, main clause first ("Minister A met envoy B. She
        later accused ..." is A), so that one person is meant whether the pronoun speaks or acts. An
        object ("Tusk congratulated him") is not its own verb's subject."""
        own: set[str] = set()
        if token.dep_ in ("dobj", "dative"):
            subject = _subject(token.head)
            own = set(self.entities(subject[0], 3)) if subject is not None and subject[0] is not token else set()
        found = self.speakers.pronoun_antecedent(token, token.idx, frozenset(own))
        return [found] if found is not None and not self.is_outlet(found) else []

    def group(self, token: Token) -> list[str]:
        """The organisation or state "it" or "they" stands for as a clause's subject, found as the
        speakers stage finds a pronoun speaker's (the latest organisation, people or state subject
        in reach), so that one body is meant whether the pronoun speaks or acts: "The federation
        said on Monday that it would appeal", "The ministry ... It later withdrew the licence".
        Inside a direct quotation the speaker's own words name their referents, and they are not
        the narration's subjects; "they" after people left unnamed ("Farmers blocked the roads.
        They ...") are those people, no organisation."""
        if self.speakers._quoted(token.idx) or (token.lower_ == "they" and self.unnamed_people_before(token)):
            return []
        found = self.speakers.pronoun_antecedent(token, token.idx)
        return [found] if found is not None and not self.is_outlet(found) and self.entity_types.get(found) != "PERSON" else []

    def unnamed_people_before(self, token: Token) -> bool:
        """True when the latest plural subject before the pronoun, in its sentence or the one before,
        is a common noun that names no one ("protesters", "the workers", "residents")."""
        start = token.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
        for earlier in reversed(token.doc[start : token.i]):
            if earlier.dep_ in ("nsubj", "nsubjpass") and earlier.tag_ in ("NNS", "NNPS", "PRP"):
                if earlier.lower_ in PRONOUNS:
                    continue
                return earlier.tag_ == "NNS" and not self.entities(earlier, 3)
        return False

    def is_pair_phrase(self, token: Token) -> bool:
        """"both sides", "the two countries", "both parties": a phrase for two parties named before."""
        if token.lemma_.lower() not in self.lexicon.pair_nouns or token.tag_ != "NNS":
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return False  # "both sides of the border": places, not parties
        return any((c.dep_ in ("det", "predet") and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ == "two")
                   for c in token.children)

    def last_pair(self, token: Token, depth: int) -> list[str]:
        """The two parties last named together before the phrase: conjoined ("Russia and Ukraine
        exchanged", "talks between Kenya and Uganda"), as a verb's subject and object ("Kenya
        met Uganda") or as its subject and the one its object was with ("Kenya's foreign minister
        held talks with Ugandan officials"), both states or both organisations. Not the last event's parties: a third
        party who urges "both sides" is named between them and the phrase."""
        for earlier in reversed(token.doc[: token.i]):
            if earlier.pos_ not in ("NOUN", "PROPN", "ADJ") or _is_place_object(earlier):
                continue
            mention = self.mention_at(earlier)
            named = [mention["entity_id"]] if mention else []
            conjuncts = [c for c in earlier.children if c.dep_ == "conj" and self.mention_at(c)]
            if conjuncts and earlier.dep_ != "conj" and named:
                pair = self._parties(named + [self.mention_at(c)["entity_id"] for c in conjuncts])
            elif earlier.dep_ in SUBJECT_DEPS and earlier.head.pos_ in ("VERB", "AUX"):
                objects = [c for c in earlier.head.children if c.dep_ == "dobj"]
                partners = objects + [p for prep in earlier.head.children if prep.dep_ == "prep" and prep.lower_ in ("with", "against")
                                      for p in prep.children if p.dep_ == "pobj"]
                pair = self._parties(named + [self.mention_at(t)["entity_id"] for t in partners if self.mention_at(t)]) if named else []
                # "Turkey's foreign minister held talks with Iraqi leaders", "the union signed a deal
                # with the company": one side acts, the other is named "with" the joint act; either
                # may be described rather than named.
                joined = [p for o in objects for prep in o.children if prep.dep_ == "prep" and prep.lower_ in ("with", "against")
                          for p in prep.children if p.dep_ == "pobj"]
                sides = [self.entities(t, depth + 1) for t in [earlier, *joined]]
                if len(pair) != 2 and len(sides) == 2 and all(sides):
                    pair = self._parties(sides[0] + sides[1])
            else:
                continue
            if len(pair) == 2:
                return pair
        return []

    def office_holders(self, sentences: list[tuple[Doc, Span]]) -> dict[str, str]:
        """Person -> the state or organisation the article's own words make them speak for, by a
        title joined to their name: "Turkey's foreign minister Hakan Fidan", "Hakan Fidan, the
        Turkish foreign minister", "Jane Roe, a spokeswoman for the union". A person given two
        bodies is left out: the text does not say which one they act for."""
        titles = cues().person_titles | cues().spokesperson_nouns
        bodies: dict[str, set[str]] = {}
        for parse, sentence in sentences:
            self.doc = parse
            for token in sentence:
                mention = self.mention_at(token)
                if mention is None or self.entity_types.get(mention["entity_id"]) != "PERSON":
                    continue
                linked = [c for c in token.children if c.dep_ in ("compound", "appos")]
                if token.dep_ == "appos":
                    linked.append(token.head)
                for title in linked:
                    if title.lemma_.lower() not in titles or self.mention_at(title):
                        continue
                    named = [e for e in self.entities(title, 1) if self.entity_types.get(e) != "PERSON"]
                    named += [e for prep in title.children if prep.dep_ == "prep" and prep.lower_ == "for"
                              for pobj in prep.children if pobj.dep_ == "pobj" for e in self.entities(pobj, 1)]
                    for body in self._parties(named):
                        bodies.setdefault(mention["entity_id"], set()).add(body)
        return {person: next(iter(found)) for person, found in sorted(bodies.items()) if len(found) == 1}

    def side(self, entity: str) -> str | None:
        """The party an event's participant stands for when sides are counted: a state for its capital,
        people or organs of government; other organisations as themselves; no person or news outlet."""
        return self.organ_of(entity) or next(iter(self._parties([entity])), None)

    def organ_of(self, entity: str) -> str | None:
        """The state whose ministry, army or police an organisation is, named with it ("Defense
        Ministry (Azerbaijan)", "Pakistan Army", "Iraqi Foreign Ministry"), when the article names it."""
        name = self.entity_names.get(entity, "")
        words = f" {re.sub(r'[^a-z]+', ' ', name.lower())} "
        if self.entity_types.get(entity) != "ORG" or not any(f" {w} " in words for w in self.lexicon.state_organ_words):
            return None
        states = sorted(set(self.states.values()))
        if (keyed := re.fullmatch(r"(.+) \((.+)\)", name)) is not None:
            state = gazetteer.country_named(keyed.group(2))
            return state if state in states else None
        # The state by its name, people or capital ("Seoul Metropolitan Police Agency").
        named = _unique([state for word in name.split() if (state := gazetteer.capital_of(
            gazetteer.load().forms.get(word, (None, None))[0] or "") or gazetteer.country_named(word)) in states])
        return named[0] if len(named) == 1 else None

    def main_pair(self, found: list[Candidate]) -> list[str]:
        """The article's two sides: the pair that most often stands on the two sides of its events
        (one a source, the other a recipient), when it does so at least twice and more often than any
        other pair; otherwise none."""
        counts: dict[tuple[str, str], int] = {}
        for candidate in found:
            sources = {self.side(e) for e in candidate.sources} - {None}
            recipients = {self.side(e) for e in candidate.recipients} - {None}
            for pair in {tuple(sorted((s, r))) for s in sources for r in recipients if s != r}:
                counts[pair] = counts.get(pair, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        first, second = ranked[0][0]
        order = [e for _, e, _ in self.named]
        return sorted([first, second], key=lambda e: order.index(e) if e in order else len(order))

    def _parties(self, found: list[str]) -> list[str]:
        """Who can be a side: states (for their people or capitals) or else organisations, not news
        outlets; towns and provinces named together are places, not sides."""
        parties = _unique([self.capitals.get(e) or self.countries.get(e, e) for e in found if not self.is_outlet(e)])
        states = [e for e in parties if e in self.country_ids]
        organisations = [e for e in parties if self.entity_types.get(e) == "ORG"]
        return states if len(states) == len(parties) else organisations if len(organisations) == len(parties) else []

    def previous_subject(self, token: Token) -> Token | None:
        """The subject of the sentence before the token's, unless a pronoun."""
        previous = token.doc[token.sent.start - 1].sent
        subject = _subject(previous.root) if previous.root.pos_ in ("VERB", "AUX") else None
        return subject[0] if subject is not None and subject[0].lower_ not in PRONOUNS else None

    def places(self, token: Token, preposition: str = "in") -> list[str]:
        """Places a phrase names; after "at" an organisation counts as its site."""
        kinds = self.lexicon.location_entity_types
        if preposition in self.lexicon.site_prepositions:
            kinds = kinds | self.lexicon.site_entity_types
        return [e for e in self.entities(token) if self.entity_types.get(e) in kinds]


def _fronted_only(subject: Token) -> bool:
    """True when nothing but adverbials stands before the subject in its sentence: "In 2018, it
    rejected ...", "On Monday he met ..." open on the subject as much as "It rejected ..." does."""
    verb = subject.head.i
    for before in subject.doc[subject.sent.start:subject.i]:
        while before.head.i not in (verb, before.i):
            before = before.head
        if before.head.i != verb or before.dep_ not in FRONTED_DEPS:
            return False
    return True


def _is_place_object(token: Token) -> bool:
    """"in Belfast and Dublin", "ports in Canada and Mexico": named as where, not who."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near", "to", "from", "across", "into", "on")


def _is_police(noun: Token) -> bool:
    return noun.lemma_.lower() in gazetteer.POLICE_NOUNS


def _is_police_member(noun: Token) -> bool:
    """"officers", "police officers", "policemen": the police's people, unqualified ("army officers",
    "prison officers" and "an officer" are others, or one person)."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return noun.tag_ == "NNS" and noun.lemma_.lower() in load().police_member_nouns and all(_is_police(c) for c in modifiers)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _most_mentioned(entity_ids: list[str]) -> str | None:
    """The entity named most, first named on a tie."""
    return max(_unique(entity_ids), key=entity_ids.count) if entity_ids else None


def _subject(verb: Token) -> tuple[Token, bool] | None:
    """(subject, is passive) of a verb, inherited from the governing verb for infinitives and
    conjoined verbs; an object-control verb ("urged Iran to talk") lends its object, except a
    command: "the minister ordered the army to raise its readiness" is the minister's act, and so is
    "the court ordered the suspects held in custody". A passive verb's inherited subject undergoes
    it: "they appeared in court and were remanded"."""
    commands = load().command_verbs
    passive = False
    for _ in range(4):
        # The subject nearest the verb: "BERLIN (AP) — Germany expelled" is parsed with two.
        subjects = sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass"),
                          key=lambda c: (c.i > verb.i, -c.i if c.i < verb.i else c.i))
        if subjects:
            return subjects[0], subjects[0].dep_ == "nsubjpass" or passive
        passive = passive or any(c.dep_ == "auxpass" for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in commands:
            verb = verb.head.head
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBD":
            # "Ronnel Dacanay, chairman of the group Pamalakaya, called on ...": a finite verb the
            # small model hung on the appositive; its subject is the noun the sentence starts from.
            top = verb
            while top.dep_ != "ROOT" and top.head.i != top.i:
                top = top.head
            if top.pos_ in ("PROPN", "NOUN") and top.i < verb.i:
                return top, False
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in commands:
            for child in verb.head.children:
                if child.dep_ == "dobj":
                    return child, False
        if verb.dep_ not in ("xcomp", "conj", "advcl", "acomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _reporter_continuing(verb: Token) -> tuple[Token, bool] | None:
    """"CELS said 30 protesters were treated for injuries and called for an investigation": a verbal
    act joined to a reported clause, with no subject or auxiliary of its own, continues the report
    (the parser hangs it on the reported clause); it is the reporter's act, not the clause subject's.
    So too when it is hung on a verb already joined to the clause ("said the government had no choice
    but to raise taxes and accused ...")."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS + ("nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or cue_of(clause.head) is None or not reports_clauses(clause.head):
        return None
    return _subject(clause.head)


def _trigger_at(token: Token, lexicon: Lexicon) -> Trigger | None:
    return lexicon.verb_trigger(token) or lexicon.noun_trigger(token)


def _governor(token: Token, trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """The light verb carrying a noun trigger: "held" in "held talks"."""
    if trigger.kind != "noun":
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in lexicon.partitive_nouns:
        # "held a second round of talks", "a wave of arrests took place": the verb carries the
        # phrase the noun is part of.
        token = token.head.head
    elif token.dep_ == "pobj" and token.head.lower_ in ("in", "of") and _is_amount(token.head.head):
        # "announced $5 million in humanitarian assistance": the verb carries the sum the noun is.
        token = token.head.head
    if token.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
        head = token.head if token.dep_ != "pobj" else token.head.head
        exchanged = trigger.event_type in lexicon.reciprocal_types and head.lemma_.lower() in lexicon.reciprocal_governors
        if head.pos_ in ("VERB", "AUX") and (lexicon.is_light_verb(head) or exchanged):
            return head
    if token.dep_ == "nsubj" and lexicon.is_occurrence_verb(token.head):
        # "The shooting took place on Monday", "the strike began on Aug. 27": the verb dates it.
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "during") and token.head.head.lemma_.lower() in lexicon.fatalities["death_verbs"]:
        # "killed at least 12 people in an attack on Sunday": the deaths and the day are the attack's.
        return token.head.head
    return None


def _is_amount(token: Token) -> bool:
    """"$5 million", "€400m", "2,000 tonnes": a number or a sum of money."""
    return token.pos_ == "NUM" or token.ent_type_ in ("MONEY", "QUANTITY") or any(c.dep_ == "nummod" for c in token.children)


def _partitive_holder(token: Token, lexicon: Lexicon) -> Token | None:
    """"a second round of talks": the partitive noun that stands for the event noun in its clause."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in lexicon.partitive_nouns:
        return token.head.head
    return None


def _absorbed(token: Token, lexicon: Lexicon) -> bool:
    """True when the trigger is the complement of a REQUEST/REJECT/THREATEN/AGREE trigger."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and any(
        lexicon.sets_deadline(giver) for giver in (token.head, token.head.head)
    ):
        return True  # "gave Turkey 48 hours to release the fishermen": what is demanded by the deadline
    current = stand_in = _partitive_holder(token, lexicon) or token
    for _ in range(3):
        complement = current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in current.children)
        if (current.dep_ not in GOVERNING_DEPS and not complement) or current.head is current:
            return False
        governed_by, current = current, current.head
        trigger = _trigger_at(current, lexicon)
        if trigger is not None:
            own = _trigger_at(token, lexicon)
            # "suspended talks with X", "approved the request", "the ban was lifted": the object event
            # is part of this one.
            part = governed_by.i == stand_in.i and stand_in.dep_ in ("dobj", "nsubjpass") and own is not None and own.event_type in lexicon.object_types.get(trigger.event_type, set())
            return trigger.event_type in lexicon.absorbing_types or trigger.words in lexicon.absorbing_verbs or part
    return False


def _flags(heads: list[Token], lexicon: Lexicon) -> tuple[bool, bool]:
    """(negated, hypothetical) from the trigger's own words and the phrases that govern it:
    "did not meet", "no talks"; "will meet", "if they attack", "declined to list", "plans to
    withdraw", "an effort to ink a deal", "a pullout would be"."""
    negated = hypothetical = False
    for head in heads:
        for child in head.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in lexicon.negation_words):
                negated = True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in lexicon.hypothetical_auxiliaries:
                hypothetical = True
            if child.dep_ == "mark" and child.lower_ in lexicon.hypothetical_markers:
                hypothetical = True
    current = heads[-1]
    for _ in range(4):
        if current.dep_ not in FLAG_DEPS or current.head is current:
            break
        parent, link = current.head, current.dep_
        lemma = parent.lemma_.lower()
        if link == "xcomp" and lemma in lexicon.negating_governors:
            negated = True
        if lemma in lexicon.hypothetical_governors and (link in ("xcomp", "ccomp", "acl", "dobj", "nsubjpass") or (link == "prep" and parent.pos_ == "NOUN")):
            hypothetical = True
        if link in ("xcomp", "nsubj", "nsubjpass", "dobj", "attr") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon.hypothetical_auxiliaries for c in parent.children
        ):
            hypothetical = True
        if any(c.dep_ == "mark" and c.lower_ in lexicon.hypothetical_markers for c in current.children):
            hypothetical = True
        if link == "advcl":
            break
        current = parent
    return negated, hypothetical


def _is_future(heads: list[Token], lexicon: Lexicon) -> bool:
    """"will meet on Thursday", in reported speech "said it would meet on Thursday", and "invited
    them to a meeting on Thursday": a weekday or month then names the next one."""
    return any(
        child.dep_ == "aux" and child.lower_ in ("will", "'ll", "shall", "wo", "would") for head in heads for child in head.children
    ) or any(head.lemma_.lower() in lexicon.hypothetical_governors for head in (h.head for h in heads if h.dep_ == "xcomp")) or any(
        _invited_to(h, lexicon) for h in heads)


def _invited_to(noun: Token, lexicon: Lexicon) -> bool:
    """"invited the unions to a meeting": what one is invited to."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in lexicon.invitation_verbs


def _attached(sentence: Span, found: list[tuple[int, int]], heads: list[Token], context: ArticleContext,
              starting: Collection[str] = ()) -> list[tuple[int, int]]:
    """The expressions found in the sentence (character spans) that hang on the trigger or its
    light verb, as spans in the sentence, in text order; not those bounding it ("since Monday"), unless the word before them
    is one of `starting` (a state that began then: "in jail since August"). Those reached through
    a participle describing a noun or a bare participle clause come after the rest: in "Vektra,
    founded in the 1990s, said two weeks ago" the participle's own date may be the one."""
    attached, through_participle = [], []
    for start, end in found:
        span = context.doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is None or context.paragraph(span[0]) != context.paragraph(heads[0]):
            continue
        before = context.doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in context.lexicon.date_bounding_words and before not in starting:
            continue
        root = span.root
        attach = root.head
        described = False
        for _ in range(5):
            if attach in heads or attach.head is attach:
                break
            if attach.pos_ in ("VERB", "AUX"):
                if not (_describes_noun(attach) or _bare_participle_clause(attach)):
                    break
                described = True
            if attach.pos_ == "NOUN" and _trigger_at(attach, context.lexicon) and not _trails_object(attach, span):
                break
            attach = attach.head
        if root in heads or attach in heads:
            (through_participle if described else attached).append((start, end))
    return attached + through_participle


def _trails_object(noun: Token, date: Span) -> bool:
    """"approved the request on Thursday", "arrested three people at the blockade on Wednesday
    night": a date after an event noun that is the verb's object (or in a phrase hung on the verb)
    is where the parser hangs the verb's own date; it dates the verb, and the noun as well."""
    return date.start > noun.i and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "ADP") and (
        noun.dep_ == "dobj" or noun.head.head.pos_ == "VERB")


def _bare_participle_clause(verb: Token) -> bool:
    """"Speaking to supporters late on Friday, Bhatti warned ...": a participle clause without a
    conjunction, set before the verb it hangs on, tells what the subject did on the same occasion
    (the converse of `_host`), so its date may be the verb's when the verb names none of its own.
    One after the verb may run on to something else ("called on the government to act, starting
    tomorrow")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i and not any(c.dep_ == "mark" for c in verb.children)


def _describes_noun(verb: Token) -> bool:
    """"aircraft carrying tents ... on Wednesday": a participle describing a noun, which the
    parser may hang a date on that belongs to the clause around it."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _date_for(sentence: Span, heads: list[Token], context: ArticleContext, future: bool,
              starting: Collection[str] = ()) -> dates.DateRange | None:
    """The first date expression in the sentence attached to the trigger or its light verb."""
    found = dates.find(sentence.text)
    if _invited_to(heads[0], context.lexicon):
        # "on Monday invited the unions to talks": a date before the event noun is the invitation's.
        found = [(start, end) for start, end in found if sentence.start_char + start > heads[0].idx]
    attached = _attached(sentence, found, heads, context, starting)
    if not attached:
        return None
    start, end = attached[0]
    # "called a strike for Monday": the day the event itself is called for is still to come ("a
    # meeting planned for Monday did not go ahead" may be past).
    word = next((t for t in sentence if t.idx == sentence.start_char + start), None)
    called_for = word is not None and word.lower_ == "for" and word.head in heads
    # "a strike from Wednesday": `starting` holds "from" only for an act still to come (see
    # `_starting_words`), so the day it begins on is the next such day.
    begins = word is not None and word.i > 0 and word.nbor(-1).lower_ == "from" and "from" in starting
    return dates.normalise(sentence.text[start:end], context.published, future or called_for or begins)


def _when_date(sentence: Span, verb: Token, context: ArticleContext) -> dates.DateRange | None:
    """"since March 2023, when Yoon travelled to Tokyo", "in 2014, when the squad abandoned the
    tour": a clause hung on a date with "when" tells what happened then."""
    if verb.dep_ not in ("relcl", "advcl") or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    for start, end in dates.find(sentence.text):
        span = context.doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is not None and span.start <= verb.head.i < span.end:
            return dates.normalise(sentence.text[start:end], context.published)
    return None


def _following_date(sentence: Span, heads: list[Token], context: ArticleContext) -> dates.DateRange | None:
    """"Hours later, the ministry announced a deal", "the next day": a date given by the one the
    text named last before it, in this sentence or the three before."""
    attached = _attached(sentence, dates.find_following(sentence.text), heads, context)
    if not attached:
        return None
    start, end = attached[0]
    expression, before = sentence.text[start:end], sentence.start_char + start
    texts = [context.article.body[sentence.start_char:before]]
    earlier = sentence.start
    for _ in range(3):
        if earlier == 0:
            break
        previous = context.doc[earlier - 1].sent
        texts.append(previous.text)
        earlier = previous.start
    for text in texts:
        named = [dates.normalise(text[start:end], context.published) for start, end in dates.find(text)]
        named = [date for date in named if date is not None]
        if named:
            return dates.follow(expression, named[-1])
    return None


def _dates_itself(verb: Token) -> bool:
    """True when a date expression in the verb's own clause belongs to it, not to a clause
    describing something in it ("accused the government of breaking the promise it made in 2023")."""
    clause = verb.doc[verb.left_edge.i if verb.dep_ != "conj" else verb.i : verb.right_edge.i + 1]
    for start, end in dates.find(clause.text):
        span = verb.doc.char_span(clause.start_char + start, clause.start_char + end, alignment_mode="expand")
        if span is None:
            continue
        current = span.root
        while current.i != verb.i and current.head.i != current.i and current.dep_ not in ("relcl", "acl", "ccomp", "pcomp"):
            current = current.head
        if current.i == verb.i:
            return True
    return False


def _host(verb: Token) -> Token | None:
    """The verb whose occasion a verb shares: "rallied on Thursday, accusing the government" (a
    participle clause) and "condemned the strikes on Monday and called on Ankara to withdraw"
    (the second of two coordinated verbs) happen when the first verb does, unless the clause
    dates itself ("held talks on Tuesday but did not meet him as planned on Wednesday")."""
    if _dates_itself(verb):
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
        return verb.head
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SIMULTANEOUS_MARKS for c in verb.children):
        # "police fired tear gas on Monday as the union issued an ultimatum", "two were killed on
        # Monday when officers opened fire": a clause of the same moment.
        return verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "will travel to Riyadh next week to discuss the talks": the purpose is met on the trip.
        return verb.head
    if verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and not any(
        c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for c in verb.children
    ):
        return verb.head  # a second clause with a subject of its own may tell of another occasion
    return None


def _occasion(noun: Token) -> Token | None:
    """"gathered in the square on Tuesday at a rally", "were arrested during the protest": the verb
    of what happened at or during the event the noun names, which happened when it did."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _sequel_date(sentence: Span, heads: list[Token], context: ArticleContext) -> dates.DateRange | None:
    """"Tension rose sharply last month after gunmen shot dead a judge", "In 2021, Prague expelled
    diplomats after investigators linked the GRU to the blasts": what a clause or phrase with
    "after" or "before" tells happened close to the verb it hangs on, so when that verb is dated
    by a month or anything longer, it happened within that period too (or is told as if it had).
    A day is too fine to share: in "arrested him on Monday after protesters stormed the station"
    the storming may well be Sunday's."""
    verb = heads[-1]
    if _describes_noun(verb):
        verb = verb.head  # "after talks mediated by Qatar": where the talks stand
    verb = _occasion(verb) or verb  # "before agreeing to a ceasefire at talks in Doha": the talks' verb
    anchor = _before_or_after(verb)
    if anchor is None:
        return None
    date = _date_for(sentence, [anchor], context, False) or _when_date(sentence, anchor, context)
    if date is None and (host := _host(anchor)) is not None:
        date = _date_for(sentence, [host], context, False)
    return date if date is not None and date.known and date.precision in COARSE_PRECISIONS else None


def _complement_date(sentence: Span, heads: list[Token], context: ArticleContext) -> dates.DateRange | None:
    """"had asked the CCMA to intervene last week", "telephoned his counterpart on Sunday to
    apologise": the parser hangs a past date on the infinitive after a past verb, but an act and
    what it was for or asked for are told on one occasion, so with no date of its own the verb takes
    it. Not a date still to come: in "urged the junta to hold elections next year" it is the
    elections', and after a present perfect ("has asked the union to meet on Monday") the day is
    the meeting's, still to come, however it reads."""
    verb = heads[-1]
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))
    if not past or context.published is None:
        return None
    for child in verb.children:
        infinitive = child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("xcomp", "advcl") and infinitive:
            date = _date_for(sentence, [child], context, False)
            if date is not None and date.known and date.end <= context.published:
                return date
    return None


def _before_or_after(word: Token) -> Token | None:
    """The verb a clause or phrase with "after" or "before" hangs on: "expelled diplomats after
    investigators linked ...", "deployed the Guard after the killing of ...", "fought before
    agreeing to a ceasefire"."""
    if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in word.children):
        return word.head
    preposition = word.head
    if word.dep_ in ("pobj", "pcomp") and preposition.lower_ in SEQUENCE_WORDS and preposition.dep_ == "prep" and preposition.head.pos_ in ("VERB", "AUX"):
        return preposition.head
    return None


def _reporting_verb(verb: Token) -> Token | None:
    """"said on Sunday that Beijing would provide aid", "said in a statement on Monday night that
    the government had accepted the terms": the speech verb whose clause reports the event; also
    one the parser joins after it as a second verb with a subject of its own ("Guterres condemns the
    strike and calls for ..., his spokesman said in a statement late on Saturday")."""
    current = verb
    for _ in range(4):
        if (trailing := _trailing_report(current)) is not None:
            return trailing
        if current.dep_ == "conj" and current.head.pos_ in ("VERB", "AUX"):
            current = current.head
        elif current.dep_ == "ccomp" and cue_of(current.head):
            return current.head
        else:
            return None
    return None


def _trailing_report(verb: Token) -> Token | None:
    """"X condemns the strike, his spokesman said": the last verb joined to this one, when it is a
    speech verb after it with a subject of its own, reports it."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    last = joined[-1] if joined else None
    if last is not None and last.i > verb.i and cue_of(last) and any(c.dep_ in SUBJECT_DEPS for c in last.children):
        return last
    return None


def _fronted_date(sentence: Span, context: ArticleContext) -> dates.DateRange | None:
    """"In 2019, protests forced ...", "On Tuesday, a monitoring group published a report that
    accused ...": a date set before the whole sentence and off from it by a comma is the time of
    everything the sentence tells, when it is the only time the sentence names ("On Wednesday,
    the premier offered talks, but the union rejected them on Thursday" tells of two days)."""
    found = dates.find(sentence.text)
    if len(found) != 1:
        return None
    start, end = found[0]
    if sentence.text[:start].strip() or not sentence.text[end:].startswith(","):
        return None
    return dates.normalise(sentence.text[start:end], context.published, False)


def _clause_of(token: Token) -> Token:
    """The word heading the clause a word stands in: its verb, or the sentence's root."""
    current = token
    while current.head.i != current.i and current.dep_ not in CLAUSE_DEPS and not (
        current.dep_ == "conj" and current.pos_ in ("VERB", "AUX")
    ):
        current = current.head
    return current


def _clause_date(sentence: Span, heads: list[Token], context: ArticleContext, future: bool) -> dates.DateRange | None:
    """"initialed the text of a peace agreement at the White House in August 2018": when the parse
    hangs a date on some other word of the trigger's own clause (here the agreement), it still
    dates that clause and so the event in it, as long as the clause names no other date (then
    which one is the event's is for the parse to say) and the date does not bound it ("since Monday")."""
    if heads[-1].tag_ not in ("VBD", "VBN") or _invited_to(heads[0], context.lexicon):
        # Only a clause that narrates dates itself so: an event noun may name another occasion
        # than its clause's, a present or future verb tells of no one past occasion, and what
        # one is invited to is not held on the day of the invitation.
        return None
    clause = _clause_of(heads[-1])
    named = []
    for start, end in dates.find(sentence.text):
        span = context.doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is None or _clause_of(span.root).i != clause.i or context.paragraph(span[0]) != context.paragraph(heads[0]):
            continue
        if any(t.dep_ in NOUN_MODIFIER_DEPS and not span.start <= t.head.i < span.end for t in span):
            continue
        if _bounds(span, context):
            return None
        named.append(sentence.text[start:end])
    if len(named) != 1:
        return None
    return dates.normalise(named[0], context.published, future)


def _starting_words(heads: list[Token], lexicon: Lexicon, hypothetical: bool) -> tuple[str, ...]:
    """The bounding words that here name when the event began: a perfect tells of a state that
    still holds ("have blocked the roads since Monday", "had been detained since Friday"), so
    "since" gives its start; an act still to come "from December 1" begins that day: one that
    will be or would be done, one threatened ("threatened to shut the country down with a strike
    from December 14") or one called ("has called a 48-hour shutdown from Wednesday")."""
    ahead = _is_future(heads, lexicon) or hypothetical or _called(heads)
    return (("since",) if _perfect(heads) else ()) + (("from",) if ahead else ())


def _called(heads: list[Token]) -> bool:
    """"called a strike", "announced a walkout": an act called or announced is set for a day to
    come; not one "called off" (ended) nor "called illegal" (a verdict on it)."""
    return heads[0].dep_ == "dobj" and heads[0].head.lemma_.lower() in ("call", "announce") and not any(
        c.dep_ in ("prt", "oprd", "xcomp") for c in heads[0].head.children)


def _perfect(heads: list[Token]) -> bool:
    """"has rejected", "had pressed": a perfect tense reports something before the occasion the
    text is narrating, so that occasion's date is not its date."""
    verbs = heads + [h.head for h in heads if h.dep_ == "conj"]
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ != "VB" for v in verbs for c in v.children)


def _carried_date(previous: Span | None, participants: list[str], heads: list[Token],
                  context: ArticleContext) -> dates.DateRange | None:
    """"Italy's minister arrived in Rome on Thursday. Italy and Malta agreed to share patrols." A
    sentence that gives no date of its own (and is neither future nor perfect) often continues the
    occasion the text last dated: its event takes that day when it shares a participant with the
    sentence before, or when it narrates in the past tense inside the same paragraph ("Dockers
    walked out on Monday. Thousands gathered at the gate. Police fired tear gas." goes on telling
    the day the paragraph set). The paragraph is read back to its latest sentence naming a time,
    whatever time that is. Only a day is carried (a year or month there more often sets background)."""
    if previous is None:
        return None
    paragraph = context.paragraph(heads[0])
    narrated = heads[-1].tag_ == "VBD" or _past_passive(heads)
    sentence = previous
    while True:
        found = dates.find(sentence.text)
        if found:
            named = {e for start, e, _ in context.named if sentence.start_char <= start < sentence.end_char}
            named |= {context.countries[e] for e in named if e in context.countries}
            same_paragraph = context.paragraph(sentence[0]) == paragraph
            if not named & set(participants) and not (narrated and same_paragraph):
                return None
            return _first_day(sentence, found, context)
        if sentence.start == 0 or context.paragraph(sentence.doc[sentence.start - 1]) != paragraph:
            return None
        sentence = sentence.doc[sentence.start - 1].sent


def _past_passive(heads: list[Token]) -> bool:
    """"were arrested", "no arrests were made": a passive in the simple past narrates as the simple
    past does (only its auxiliary carries the tense). Not when its subject is an event named with
    "the" ("The walkout was called by the union"): that refers back to an event already told, on
    a day of its own."""
    verb, noun = heads[-1], heads[0]
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children):
        return False
    if noun is not verb and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _bounds(span: Span, context: ArticleContext) -> bool:
    """True when a bounding word stands before the date ("since Monday", "until Friday"): it limits
    something rather than dating it."""
    return span.start > 0 and context.doc[span.start - 1].lower_ in context.lexicon.date_bounding_words


def _first_day(sentence: Span, found: list[tuple[int, int]], context: ArticleContext) -> dates.DateRange | None:
    """The first day the sentence names that does not bound something ("since Monday")."""
    for start, end in found:
        span = context.doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is not None and _bounds(span, context):
            continue
        date = dates.normalise(sentence.text[start:end], context.published, False)
        if date is not None and date.known and date.precision == "day":
            return date
    return None


def _count(token: Token, lexicon: Lexicon) -> int | None:
    """A death count from the words before a noun ("at least 43 people", "dozens of civilians"),
    counted as ACLED does: the lowest number the words allow."""
    rules = lexicon.fatalities
    bounds = [*rules["lower_bounds"], *rules["no_minimum"], "nearly", "almost", "about", "around", "some", "close to", "roughly"]
    numbers = [*rules["vague_numbers"], *NUMBER_WORDS]
    pattern = re.compile(
        r"(?:(?P<bound>" + "|".join(sorted(map(re.escape, bounds), key=len, reverse=True)) + r")\s+)?"
        r"(?P<number>\d[\d,]*|" + "|".join(sorted(map(re.escape, numbers), key=len, reverse=True)) + r")\b"
    )
    phrase = " ".join(t.lower_ for t in token.doc[token.left_edge.i : token.i + 1])
    match = pattern.search(phrase)
    if match is None:
        return None
    bound, number = match.group("bound"), match.group("number").replace(",", "")
    if bound in rules["no_minimum"]:
        return None
    if number.isdigit():
        value = int(number)
    else:
        value = NUMBER_WORDS.get(number) or rules["vague_numbers"][number]
    return value + rules["lower_bounds"].get(bound, 0)


def _fatalities(heads: list[Token], lexicon: Lexicon) -> int | None:
    rules = lexicon.fatalities
    tokens = sorted({t for head in heads for t in head.subtree}, key=lambda t: t.i)
    for token in tokens:
        lemma = token.lemma_.lower()
        if lemma in rules["death_verbs"] and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    count = _count(child, lexicon)
                    if count is not None:
                        return count
        if lemma in rules["death_nouns"]:
            count = _count(token, lexicon)
            if count is not None:
                return count
    return None


def _passage(heads: list[Token], token: Token) -> tuple[int, int]:
    """The clause that reports the event: the subtree of its light verb, verb or noun, without
    the other clauses hanging off it ("..., as a U.S. envoy has quiet talks")."""
    head = heads[-1]
    keep = [head]
    for child in head.children:
        inside = any(t in heads for t in child.subtree)
        if inside or not (child.dep_ in OTHER_CLAUSE_DEPS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))):
            keep += list(child.subtree)
    keep = [t for t in keep if not (t.is_punct or t.is_space or (t.dep_ == "cc" and t.head is head))] or [token]
    left, right = min(keep, key=lambda t: t.i), max(keep, key=lambda t: t.i)
    return left.idx, right.idx + len(right.text)


def _prepositional(head: Token, context: ArticleContext, noun: bool, of_is_recipient: bool = False) -> tuple[list[str], list[str], list[str]]:
    """(recipients, places, sources) in the prepositional phrases of a trigger or light verb.
    "by X" is the actor, and so is "from X" after a noun ("allegations from Western sources");
    "of X" after a noun of an act done to someone is whom it is done to ("the detention of the mayor")."""
    lexicon = context.lexicon
    recipients: list[str] = []
    places: list[str] = []
    sources: list[str] = []
    for prep in head.children:
        if prep.dep_ not in ("prep", "agent"):
            continue
        word = prep.lower_
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.dep_ == "agent" or word == "by" or (noun and word == "from"):
                sources += context.entities(pobj)
            elif word in lexicon.location_prepositions and (context.places(pobj, word) or _places_within(pobj, context)):
                # "outside the district office in Martadi": the place may sit one phrase deeper.
                places += context.places(pobj, word) or _places_within(pobj, context)
            elif word in lexicon.recipient_prepositions or (of_is_recipient and word == "of"):
                recipients += context.entities(pobj)
                places += _places_within(pobj, context)
            else:
                # "appear before a court in Tarkwa": the place of whatever the phrase names.
                places += _places_within(pobj, context)
    return recipients, places, sources


def _addressed_sites(head: Token, lexicon: Lexicon) -> list[Token]:
    """The sites "outside X" or "in front of X" names, from a trigger or its light verb."""
    sites = []
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "in" and pobj.lower_ == "front":
                sites += [p for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
            elif prep.lower_ in lexicon.addressed_site_prepositions:
                sites.append(pobj)
    return sites


def _places_within(token: Token, context: ArticleContext, depth: int = 1) -> list[str]:
    """"met with representatives in Abu Dhabi": the place hangs off the object, not the verb;
    "evacuees at a camp in Goma": or off an unnamed site that does (one step down)."""
    found = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in context.lexicon.location_prepositions:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = context.places(pobj, prep.lower_)
            if not named and depth and not context.mention_at(pobj):
                named = _places_within(pobj, context, depth - 1)
            found += named
    return found


def _people_object(verb: Token, context: ArticleContext) -> bool:
    """True unless the verb's object is a thing: "met officials", "met the Taliban", "met in
    Paris" are meetings; "met the deadline", "met a corner" are not."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children if p.dep_ == "pobj"]
    # An event noun beside the object re-describes the event ("will visit Baghdad, his first trip").
    objects = [o for o in objects if _trigger_at(o, context.lexicon) is None]
    # "met the UN coordinator for Lebanon, Jeanine Hennis-Plasschaert": a named apposition.
    return all(context.mention_at(o) or o.lemma_.lower() in context.lexicon.people_nouns or o.pos_ == "PRON"
               or any(c.dep_ == "appos" and context.mention_at(c) for c in o.children) for o in objects)


def _is_condition(heads: list[Token], token: Token, lexicon: Lexicon) -> bool:
    """"... if the two men are not released", "unless the increase is reversed": the condition of
    a threat or a promise is no event of its own."""
    clause_verbs = heads + ([token.head] if token.dep_ in ("nsubj", "nsubjpass", "dobj") else [])
    return any(c.dep_ == "mark" and c.lower_ in lexicon.condition_markers for v in clause_verbs for c in v.children)


def _is_habitual(heads: list[Token], token: Token, lexicon: Lexicon) -> bool:
    """No specific occurrence: "repeated strikes", "routinely detains", "has never attacked anyone"
    (a denial), "Belgrade does not recognise it" (a standing position), "Mali's junta, which has
    expelled French troops" (a description of an actor in a relative clause, undated)."""
    if any(c.lower_ in lexicon.habitual_words for h in heads for c in h.children if c.dep_ in ("amod", "advmod", "neg")):
        return True
    for head in heads:
        aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "neg" for c in head.children) and any(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in aux):
            return True
        if head.dep_ == "relcl" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in aux) and not dates.find(
            head.doc[head.left_edge.i : head.right_edge.i + 1].text
        ):
            return True
    return False


def _is_topic(token: Token, lexicon: Lexicon) -> bool:
    """"talks focused on the lifting of U.S. sanctions", "a meeting about the strike": what people
    talk about is no event of its own here; nor is what they investigate ("opened an investigation
    into the shooting")."""
    current = token
    for _ in range(5):
        if current.dep_ not in ("pobj", "prep", "conj", "dobj", "pcomp") or current.head is current:
            return False
        if current.dep_ == "prep" and current.lower_ in lexicon.inquiry_prepositions:
            # The parse hangs "into" on the inquiry or on the verb that opens it.
            inquiry = [current.head, *(c for c in current.head.children if c.dep_ in ("dobj", "nsubjpass"))]
            if any(t.lemma_.lower() in lexicon.inquiry_words for t in inquiry):
                return True
        if current.dep_ == "prep" and current.lower_ in lexicon.topic_prepositions:
            talker = current.head
            if talker.lemma_.lower() in lexicon.topic_verbs:
                return True
            # "talks over X", and "discussions were held over X": the talks may be the light verb's subject or object.
            talks = [talker] + ([c for c in talker.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] if talker.pos_ in ("VERB", "AUX") else [])
            return any((trigger := _trigger_at(t, lexicon)) is not None and trigger.event_type == "CONSULT" for t in talks)
        current = current.head
    return False


def _acted_on(token: Token) -> list[Token]:
    """What a trigger acts on: its object, its passive subject, or the noun a participle describes
    ("a statement released by the group")."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        found.append(token.head)
    return found


def _acting(token: Token) -> list[Token]:
    """Who or what a verb trigger says acts: its subject ("shares rallied"). A noun's modifier is
    left alone: "fuel price protests" are about prices, not by them."""
    return [c for c in token.children if c.dep_ == "nsubj"] if token.pos_ != "NOUN" else []


def _fires_live(verb: Token, lethal: dict) -> bool:
    """Whether what the verb fires includes live rounds aimed at someone. The small model hangs the
    second of "fired tear gas and live rounds" anywhere in the verb's own clause (a conjunct of the
    verb, even "live" taken for a verb with "ammunition" its object), so the clause's words are read
    in order, leaving out its prepositional phrases and subordinate clauses; rounds fired "into the
    air" are warning shots."""
    own_clause = [t for t in verb.subtree if not any(
        a.dep_ in ("prep", "advcl", "xcomp", "ccomp", "relcl", "acl") and a.i > verb.i for a in _path_below(t, verb)
    )]
    live = any(t.lower_ in lethal["modifiers"] and t.i + 1 < len(t.doc) and t.nbor().pos_ == "NOUN" for t in own_clause)
    aimed_up = any(p.lower_ in ("into", "in") and any(o.lower_ in lethal["aimed_up"] for o in p.children if o.dep_ == "pobj")
                   for t in own_clause for p in t.children if p.dep_ == "prep")
    return live and not aimed_up


def _tests_weapon(verb: Token, tests: dict) -> bool:
    """Whether the firing is a test ("test-fired", "a missile test") or lands in open water ("into
    the East Sea", "into the sea off its west coast")."""
    fired = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    if any(word in t.lower_.split("-") or word in {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod", "npadvmod")}
           for t in fired for word in tests["test_words"]):
        return True
    return any(p.lower_ == "into" and o.lower_ in tests["waters"]
               for t in fired for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _path_below(token: Token, top: Token) -> list[Token]:
    """The tokens from token up to, not including, top (top must govern token)."""
    path = []
    while token.i != top.i:
        path.append(token)
        token = token.head
    return path


def _asks(token: Token) -> bool:
    """"Who will answer for his results?": the clause of the token ends in a question mark."""
    end = next((t for t in token.doc[token.i:token.sent.end] if t.text in ("?", ".", "!", ";")), None)
    return end is not None and end.text == "?"


def _announced_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying or promising announces: its complements, and one the small model
    hangs on the statement it was made in ("warned in a statement that Moscow would ...")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return clauses + [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                      for noun in prep.children if noun.dep_ == "pobj" for c in noun.children if c.dep_ == "acl"
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _names_hostile_act(clause: Token, lexicon: Lexicon) -> bool:
    """"to take revenge on the Americans", "that Moscow would take countermeasures", "that any attack
    would be severely punished": the clause's act, or what it takes, is one of the lexicon's acts of
    harm or retaliation (a verb, a verb with its particle, or the noun a verb takes)."""
    acts = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
    words = {form for a in acts for form in lemma_forms(a)}
    words |= {f"{form} {c.lower_}" for form in lemma_forms(clause) for c in clause.children if c.dep_ in ("prt", "prep", "advmod")}
    words |= {f"{form} {c.lower_} {g.lemma_.lower()}" for form in lemma_forms(clause) for c in clause.children
              if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}  # "bring them to justice"
    return bool(words & lexicon.hostile_acts)


def _promises_harm(verb: Token, lexicon: Lexicon) -> bool:
    """"vowed to take revenge on the Americans", "vowed that the army would drive the rebels out",
    "pledged to strike again": the promised act is hostile."""
    for clause in _announced_clauses(verb):
        acts = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
        trigger = next((t for t in map(lambda a: _trigger_at(a, lexicon), acts) if t is not None), None)
        if trigger is not None and trigger.event_type in lexicon.threat_types:
            return True
        if _names_hostile_act(clause, lexicon):
            return True
    return False


def _kills(noun: Token, lexicon: Lexicon) -> bool:
    """"the strikes killed 14 civilians", "eight men killed in Monday's strike": the event is what
    a verb of death says caused the deaths."""
    death_verbs = lexicon.fatalities["death_verbs"]
    if noun.dep_ == "nsubj":
        return any(form in death_verbs for form in lemma_forms(noun.head))
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "by") and any(
        form in death_verbs for form in lemma_forms(noun.head.head))


def _goes_to_court(token: Token, verb: Token | None, actors: list[Token], recipients: list[str], legal: dict,
                   context: ArticleContext) -> bool:
    """"would ask a labour court to suspend the reform", "a petition filed by the governors": a
    request put to a court, or a petition filed, unless it asks for coercion ("to charge him", "to
    issue an arrest warrant") or a prosecutor makes it: those belong to the case it brings. Asking
    a court to order strikers back to work is legal action against their union all the same."""
    words = context.lexicon.court_words
    asked = [t for c in (verb if verb is not None else token).children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree]
    coercions = [trigger for t in asked for trigger in [_trigger_at(t, context.lexicon)]
                 if trigger is not None and trigger.event_type == "COERCE" and trigger.words != BACK_TO_WORK]
    if coercions or any(t.lemma_.lower() in legal["coercion_words"] for t in asked):
        return False
    # "the prosecutor", "prosecutor Anna Berg", "Anna Berg, the chief prosecutor"
    described = [w for t in actors for w in (t, *(c for c in t.children if c.dep_ in ("compound", "appos", "amod", "nmod")))]
    if any(w.lemma_.lower() in legal["prosecutors"] or set(context.entity_names.get(
            (context.mention_at(w) or {}).get("entity_id"), "").lower().split()) & set(legal["prosecutors"]) for w in described):
        return False
    head = verb if verb is not None else token
    filed = head.lemma_.lower() in legal["filing_verbs"] or any(c.dep_ == "acl" and c.lemma_.lower() in legal["filing_verbs"] for c in token.children)
    addressed = [c for c in head.children if c.dep_ in ("dobj", "dative")] + [
        p for h in (head, token) for prep in h.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with", "before")
        for p in prep.children if p.dep_ == "pobj"]
    to_court = any(t.lemma_.lower() in words or any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in t.children)
                   for t in addressed) or any(set(context.entity_names.get(e, "").lower().split()) & words for e in recipients)
    return filed or to_court


def _summons_envoy(verb: Token, lexicon: Lexicon) -> bool:
    """"summoned China's ambassador", "summoned Eritrea's charge d'affaires", "the ambassador, Oleg
    Ivanov, who was summoned": the one summoned, or a word of its name, is a state's envoy."""
    summoned = [verb.head if t.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else t for t in _acted_on(verb)]
    summoned += [t.head for t in summoned if t.dep_ == "appos"]
    return any(w.lemma_.lower().replace("’", "'") in lexicon.envoys or w.lower_.replace("’", "'") in lexicon.envoys
               for t in summoned for w in [t, *(c for c in t.children if c.dep_ in ("compound", "amod"))])


def _by_court(token: Token, actors: list[Token], sources: list[str], context: ArticleContext) -> bool:
    """A court acts: a source named as one ("Southwark Crown Court"), or an actor phrase whose noun or
    modifier says so ("a labour appeals court", "the judge", "a court order that suspended ...").
    A penalty that names no one imposing it ("was also fined 10,000 dinars") is the court's when
    its paragraph has named a court before it: it goes with that court's sentence."""
    words = context.lexicon.court_words
    if any(set(context.entity_names.get(e, "").lower().split()) & words for e in sources):
        return True
    paragraph = context.paragraph(token)
    if not sources and not any(c.dep_ == "agent" for c in token.children) and any(
        start < token.idx and bisect.bisect_right(context.paragraph_breaks, start) == paragraph
        and set(context.entity_names.get(e, "").lower().split()) & words for start, e, _ in context.named
    ):
        return True
    phrases = [t.head if t.lower_ in RELATIVE_PRONOUNS and t.dep_ in SUBJECT_DEPS and t.head.dep_ == "relcl" else t for t in actors]
    phrases = [p.head if p.dep_ == "relcl" else p for p in phrases]
    return any(t.lemma_.lower() in words or t.lower_ in words or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words for c in t.children) for t in phrases)


def _announces_event(verb: Token, lexicon: Lexicon) -> bool:
    """True when a clause under the verb says someone will act: "warned that the union would call
    a strike" (the clause's verb or its object), "that Moscow would take countermeasures", "that any
    attack would be punished" (an act of harm or retaliation), not "warned that a stoppage could add
    to pressure";
    or what people will do or undergo: "warned that teachers who stay away could lose their jobs",
    "that anyone who blocks a road will be removed" (people, not things, are threatened)."""
    for clause in _announced_clauses(verb):
        acts = [clause] + [c for c in clause.children if c.dep_ in ("dobj", "xcomp")]
        acts += [g for c in acts[1:] for g in c.children if c.dep_ == "xcomp" and g.dep_ == "dobj"]
        if any(_trigger_at(t, lexicon) is not None for t in acts) or _names_hostile_act(clause, lexicon):
            return True
        modal = any(c.dep_ in ("aux", "auxpass") and c.lower_ in lexicon.hypothetical_auxiliaries for c in clause.children)
        people = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                  and (c.lemma_.lower() in lexicon.people_nouns or {c.lower_, c.lemma_.lower()} & lexicon.threatened_people)]
        if modal and people:
            return True
    return False


def _states_what_it_asks(token: Token) -> bool:
    """"appealed for calm", "appealed to residents to stay indoors", "an appeal to donors to give": a
    request says what it asks for; "will appeal to the Court of Arbitration for Sport" (a name's "for")
    and "appealed the ban" do not, they challenge a ruling."""
    return any(
        child.dep_ in ("xcomp", "ccomp")
        or (child.dep_ in ("acl", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children))
        or (child.dep_ == "prep" and child.lower_ == "for" and any(p.dep_ == "pobj" and p.pos_ != "PROPN" for p in child.children))
        for child in token.children
    )


def _press_contact(verb: Token, context: ArticleContext) -> bool:
    """"spoke to the media", "talked to Al Jazeera": talking to the press is reporting, not a
    meeting. True when everyone the verb addresses is the press or a news outlet."""
    partners = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    partners += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with") for p in prep.children if p.dep_ == "pobj"]
    return bool(partners) and all(
        p.lemma_.lower() in context.lexicon.press_nouns or p.lower_ in context.lexicon.press_nouns or context.is_outlet((context.mention_at(p) or {}).get("entity_id"))
        for p in partners
    )


def _candidate(token: Token, trigger: Trigger, sentence: Span, previous: Span | None, context: ArticleContext) -> Candidate | None:
    lexicon = context.lexicon
    hosting = trigger.words in lexicon.reversed_verbs and _hosts_event(token, trigger, lexicon)
    if hosting:
        trigger = dataclasses.replace(trigger, mode=THIRD_PARTY)
    if _absorbed(token, lexicon):
        return None
    if context.mention_at(token):
        return None
    if trigger.kind == "verb" and token.dep_ == "advcl" and token.tag_ == "VBG" and any(
        t is not None and t.event_type == trigger.event_type
        for t in [_trigger_at(token.head, lexicon)] + [_trigger_at(c, lexicon) for c in token.head.children if c.dep_ == "dobj"]
    ):
        return None  # "staged a protest, blocking the road": how the head's event went, not another
    if trigger.event_type in lexicon.press_contact_types and _press_contact(token, context):
        return None
    if trigger.event_type in lexicon.press_contact_types and trigger.kind == "noun" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lexicon.press_nouns | lexicon.outlet_words for c in token.children
    ):
        return None  # "a news conference", "a press briefing": the press is told, no one meets
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.permission_governors:
        return None  # "was not authorised to discuss the case": why a source is anonymous
    if trigger.words in lexicon.descriptive_participles and token.dep_ == "acl" and token.tag_ == "VBN":
        return None  # "troops backed by fighter jets": who fights beside whom, not a statement of support
    if trigger.event_type == "REQUEST" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.anonymity_complements for c in token.children
    ):
        return None
    governor = _governor(token, trigger, lexicon)
    if trigger.kind == "noun" and trigger.words in lexicon.nouns_needing_light_verb and governor is None:
        if not any(c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in token.children):
            return None
    heads = [token] + ([governor] if governor is not None else [])
    if trigger.kind == "verb" and trigger.words in lexicon.maintained(token):
        # "kept the road blocked on Monday", "kept the crossings closed since June": the state's
        # phrases date and place the act it keeps.
        heads += [c for c in token.children if c.dep_ in STATE_DEPS]
    verb = governor if governor is not None else (token if trigger.kind == "verb" else None)

    sources: list[str] = []
    recipients: list[str] = []
    places: list[str] = []
    actor_places: list[str] = []
    unnamed_actor = False
    quoted_speaker = None
    # "Sudan's war has killed tens of thousands", "the fire, which killed 40 workers": a war, a
    # disaster or an accident kills, no one attacks.
    inert_cause = False
    actors: list[Token] = [pobj for prep in token.children if prep.lower_ in ("from", "by") for pobj in prep.children]
    if verb is not None:
        subject = _subject(verb)
        if trigger.event_type in lexicon.speaker_types:
            subject = _reporter_continuing(verb) or subject
        if subject is not None and context.paragraph(subject[0]) != context.paragraph(verb):
            # The small model sometimes parses across a paragraph break; no actor is found there.
            subject = None
        if subject is not None:
            actors.append(subject[0])
            inert_cause = not subject[1] and subject[0].lemma_.lower() in lexicon.inert_causes
            (sources if not subject[1] else recipients).extend(context.entities(subject[0]))
            if not subject[1] and subject[0].lower_ in FIRST_PERSON and trigger.event_type in lexicon.speaker_types:
                # '"We urge Manila to stop," the spokeswoman said': a demand, threat or accusation
                # made in a quotation is its speaker's.
                quoted_speaker = context.quote_speaker(subject[0])
                sources += [quoted_speaker] if quoted_speaker else []
            # "Opposition lawmakers accused the government": someone acted, described but unnamed.
            unnamed_actor = not subject[1] and not sources and subject[0].pos_ in ("NOUN", "PROPN")
            # "dockworkers at the Port of Liverpool walked out": where the actors are, unless the
            # verb says where it happened ("police in Peru arrested students in Lima").
            actor_places = _places_within(subject[0], context)
            agentless = subject[1] and not any(c.dep_ == "agent" for c in verb.children)
            if agentless and verb.dep_ == "conj" and verb.head.lemma_.lower() in lexicon.appearance_verbs:
                # "appeared in the Suva Magistrates Court and were remanded": the court remands.
                sources += [e for prep in verb.head.children if prep.dep_ == "prep" and prep.lower_ in ("in", "before")
                            for pobj in prep.children if pobj.dep_ == "pobj" for e in context.entities(pobj)
                            if context.entity_types.get(e) == "ORG"]
            if agentless and not sources and trigger.words in lexicon.state_passive_triggers and context.arrester:
                # "217 people were arrested": only a state arrests, by its police.
                sources.append(context.arrester)
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS and child is not token:
                if trigger.words in lexicon.topic_object_verbs and child.dep_ == "dobj":
                    continue  # "discussed the case of Katrin Vogel": a topic, not a partner
                recipients += context.entities(child)
                places += _places_within(child, context)
                held = next((p for prep in child.children if prep.lower_ == "of" and child.lemma_.lower() in lexicon.partitive_nouns
                             for p in prep.children if p.dep_ == "pobj"), child)
                part = _trigger_at(held, lexicon)
                # "imposed a fine on Meta", "closed the border with Serbia": an entry of a verb and
                # its object names an act done to someone by the object, whose phrases say to whom;
                # not where the object is a place ("blocked the road into Dansadau" goes there), nor
                # for a mutual act ("reached a deal with the company": both sides make it).
                named_by_object = (trigger.kind == "verb" and " " in trigger.words and trigger.words.split()[-1] == child.lemma_.lower()
                                   and trigger.event_type in lexicon.of_recipient_types and trigger.mode not in lexicon.place_object_modes)
                if named_by_object or part is not None and part.event_type in lexicon.object_types.get(trigger.event_type, set()):
                    # "halted talks with Cambodia", "approved the request from Alberta": the partner.
                    partners, _, askers = _prepositional(held, context, noun=True)
                    recipients += partners + askers
    if trigger.kind == "noun":
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                # "the Kabul visit", "the Abu Dhabi meeting": for gatherings a named place
                # modifying the noun is where; otherwise ("a U.S. pullout") it is who.
                # "Turkish drone strikes": the name may modify the modifier.
                named = context.entities(child) if context.mention_at(child) or child.dep_ == "poss" else [
                    e for g in child.children if g.dep_ in ("amod", "compound", "poss", "npadvmod") and context.mention_at(g) for e in context.entities(g)
                ]
                named = context.as_states(named, token, child)
                # A building or a feature never acts: "the Intercontinental Hotel siege" is where.
                where = [e for e in named if context.entity_types.get(e) in lexicon.location_entity_types
                         and (trigger.event_type in lexicon.gathering_types or context.entity_types.get(e) != "GPE")]
                places += where
                sources += [e for e in named if e not in where]
        # "while on a visit to Kabul", "during talks": the clause's subject does it.
        if not sources and token.dep_ == "pobj" and token.head.lower_ in ("on", "during") and token.head.head.pos_ == "VERB":
            subject = _subject(token.head.head)
            if subject is not None and not subject[1]:
                sources += context.entities(subject[0])
        # "the union threatened strikes at two sites", "agreed to a ceasefire": who threatens or
        # agrees would act.
        promiser = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else None
        if promiser is not None and promiser.dep_ == "xcomp" and _trigger_at(promiser, lexicon) is None:
            promiser = promiser.head  # "agreed to extend the ceasefire": the extended one is agreed
        promised = _trigger_at(promiser, lexicon) if promiser is not None else None
        if not sources and promised is not None and promised.event_type in lexicon.spawning_types:
            subject = _subject(promiser)
            if subject is not None and not subject[1]:
                sources += context.entities(subject[0])
    # "talks carried out with the Taliban": the participle's phrases describe the noun's event.
    participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"] if trigger.kind == "noun" else []
    for head in heads + participles:
        noun = head is token and trigger.kind == "noun"
        more_recipients, more_places, more_sources = _prepositional(
            head, context, noun=noun, of_is_recipient=noun and trigger.event_type in lexicon.of_recipient_types)
        recipients += more_recipients
        places += more_places
        sources += more_sources
    if trigger.event_type in lexicon.civilian_types:
        # "rallied outside the Ministry of Energy", "gathered in front of the offices of Tarnwell
        # Mining": a crowd at the seat of a body addresses its dissent to that body.
        recipients += [e for head in heads for site in _addressed_sites(head, lexicon) for e in context.entities(site)
                       if context.entity_types.get(e) in lexicon.actor_entity_types]
    # "sanctions targeting Russia's shadow fleet": whom the measure is aimed at.
    recipients += [e for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon.targeting_verbs
                   for o in c.children if o.dep_ == "dobj" for e in context.entities(o)]
    for child in (verb or token).children:
        if child.dep_ not in ("xcomp", "ccomp", "acl"):
            continue
        if trigger.event_type in lexicon.absorbing_types | lexicon.spawning_types:
            # "refused to meet a delegation": the refused meeting's partner is the recipient.
            recipients += [e for d in child.children if d.dep_ in OBJECT_DEPS for e in context.entities(d)]
            recipients += _prepositional(child, context, noun=False)[0]
        if child.dep_ != "xcomp" and trigger.event_type in lexicon.complement_recipient_types:
            subject = _subject(child)
            if subject is not None and not recipients:
                recipients += context.entities(subject[0])
    if trigger.event_type == "THREATEN":
        # "threatened to walk out unless the rebels agreed": whoever must meet the condition is
        # the one threatened.
        recipients += _condition_subjects([verb or token] + [c for c in (verb or token).children if c.dep_ in ("xcomp", "ccomp")], context)
    if trigger.words in lexicon.reversed_verbs and not hosting or trigger.words == CONFINEMENT:
        # "Iran hosted Qureshi": the guest visits; "Khan has been in jail": the subject is the one
        # held. Who hosts talks ("talks hosted by Malaysia") is their third party, and acts.
        sources, recipients = recipients, sources
    # "an Ethiopian attack", "Omani-mediated talks", "tariffs on Chinese-made chips": a people
    # named as a party stands for its state when the article names the state (the gold rules
    # code states, almost never peoples, as parties); not as the crowd of a protest ("Nigerian
    # farmers marched").
    if trigger.event_type not in lexicon.civilian_types:
        sources = [context.countries.get(e, e) for e in sources]
    recipients = [context.countries.get(e, e) for e in recipients]
    # A news outlet reports events; it does not act in them ("BERLIN (AP) — Germany expelled").
    sources = _unique([e for e in sources if not context.is_outlet(e)])
    # A place, a storm, a title or a product acts in nothing ("supporters from the Andes"); a verbal
    # act that only such a thing would perform is no act at all ("Typhoon Nari slammed into Vietnam").
    inert = [e for e in sources if context.entity_types.get(e) not in lexicon.actor_entity_types]
    sources = [e for e in sources if e not in inert]
    if inert and not sources and trigger.event_type in lexicon.speaker_types:
        return None
    recipients = [e for e in _unique(recipients) if e not in sources]
    if trigger.words in lexicon.needs_source and (not sources or inert_cause):
        return None
    if trigger.words in lexicon.needs_source_or_addressee and not sources and not any(c.dep_ in ("dobj", "dative") for c in token.children):
        return None  # "analysts warned that ...": a forecast; "the caller warned her" is a threat
    if trigger.words in lexicon.needs_recipient and not recipients and not _announces_event(verb or token, lexicon) and not (
        len(sources) == 2 and _reciprocal(token, trigger, lexicon)  # "blamed each other": each blames the other
    ):
        # "warned of floods" is no threat; "warned that the union would strike" is one.
        return None
    if _is_condition(heads, token, lexicon) or _is_habitual(heads, token, lexicon) or _is_topic(token, lexicon):
        return None
    if verb is not None and _retells_its_place_event(verb, trigger, lexicon):
        return None
    acted_on = _acted_on(token)
    asked_for = [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj"]
    if {t.lemma_.lower() for t in acted_on + asked_for} & lexicon.not_with_objects.get(trigger.event_type, set()):
        return None
    if {t.lemma_.lower() for t in _acting(token)} & lexicon.not_with_subjects.get(trigger.event_type, set()):
        return None
    if trigger.kind == "verb" and trigger.words in lexicon.intransitive_only and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return None  # "marched the hostages into the bush", "rallied its supporters": led or gathered, no protest
    if {t.lemma_.lower() for t in acted_on} & lexicon.unilateral_instruments.get(trigger.words, set()):
        return None
    if {t.lemma_.lower() for a in acted_on for t in a.subtree} & lexicon.sport_words:
        return None  # "criticised the referee's decision": sport, not politics
    head_trigger = _trigger_at(token.head, lexicon) if token.head is not token else None
    if trigger.kind == "noun" and head_trigger and head_trigger.event_type == trigger.event_type and head_trigger.kind == "verb":
        # "will visit Baghdad, his first trip to Iraq": the noun re-describes the verb's event.
        sources, recipients, places = [], [], []
    if trigger.words in lexicon.needs_people_object and (not _people_object(token, context) or (inert and not sources)):
        return None  # "met the deadline"; "where the Atbara and Setit rivers meet": places do not meet
    event_type, mode = trigger.event_type, trigger.mode
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.offer_adjectives and token.head.pos_ == "ADJ":
        # "the UN was ready to support the government's response": an offer.
        event_type, mode = "AGREE", None
    people_acted_on = any(
        context.entity_types.get((context.mention_at(t) or {}).get("entity_id")) == "PERSON"
        or t.lemma_.lower() in lexicon.people_nouns or t.lower_ in PRONOUNS for t in acted_on
    )
    if trigger.words in lexicon.people_seizing and people_acted_on:
        event_type, mode = lexicon.people_seizing[trigger.words], "abduct"
    if trigger.words in lexicon.challenges and not _states_what_it_asks(token):
        event_type, mode = lexicon.challenges[trigger.words], None
    asking = governor.lemma_.lower() if governor is not None and trigger.kind == "noun" else None
    if asking in lexicon.sought and (trigger.event_type in lexicon.sought_types or trigger.words in lexicon.sought_court_orders):
        # "would seek an urgent meeting with management": the meeting is asked for; "sought
        # assistance from the World Bank": the one who would give it is the one asked; "sought a
        # ten-year sentence": the court is asked for it.
        event_type, mode = lexicon.sought[asking], None
        asked = [e for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for p in prep.children if p.dep_ == "pobj" for e in context.entities(p)]
        sources = [e for e in sources if e not in asked]
        recipients = _unique(recipients + asked)
    legal = lexicon.court_requests.get(trigger.event_type)
    if legal and (trigger.words in legal["verbs"] or trigger.kind == "noun") and _goes_to_court(token, verb, actors, recipients, legal, context):
        event_type, mode = legal["event_type"], None
    if trigger.words in lexicon.envoy_summons and _summons_envoy(token, lexicon):
        event_type, mode = lexicon.envoy_summons[trigger.words], None
    if trigger.words in lexicon.people_penalising and trigger.kind == "verb" and (people_acted_on or any(
        context.entity_types.get(e) == "PERSON" for t in acted_on for e in context.entities(t)
    )):
        event_type, mode = lexicon.people_penalising[trigger.words], None
    retyped = lexicon.retyped_by_object.get(trigger.event_type, {})
    if retyped and trigger.kind == "verb":
        # "broke off a previous round of talks": the talks are what is broken off; "walked out of
        # the talks": what is left.
        particles = [token] + [c for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
        left = acted_on + [p for head in particles for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj"]
        named = left + [p for t in left if t.lemma_.lower() in lexicon.partitive_nouns
                        for prep in t.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        objects = [_trigger_at(t, lexicon) for t in named]
        new_type = next((retyped[o.event_type] for o in objects if o is not None and o.event_type in retyped), None)
        if new_type:
            event_type, mode = new_type, None
    if trigger.kind == "verb" and trigger.words in lexicon.promise_verbs and _promises_harm(token, lexicon):
        event_type, mode = lexicon.hostile_promise_type, None
    elif trigger.kind == "verb" and trigger.words in lexicon.promise_verbs and any(c.dep_ == "ccomp" for c in token.children) and not any(
        c.dep_ in ("dobj", "dative") for c in token.children
    ):
        # "vowed that not an inch of land would be given up", "has promised that no official would be
        # spared": a vow to no one that something will be so states an intent, it commits to no partner.
        return None
    if trigger.event_type in lexicon.by_court_as and _by_court(token, actors, sources, context):
        # "the court fined him", "a court order that suspended their strike": a judicial order.
        event_type, mode = lexicon.by_court_as[trigger.event_type], None
    lethal = lexicon.lethal_conjuncts
    if trigger.words in lethal["triggers"] and _fires_live(token, lethal):
        # "fired tear gas and live rounds": the live fire makes it an attack.
        event_type, mode = lethal["event_type"], lethal["mode"]
    at_vessels = lexicon.aimed_at_vessels
    if trigger.words in at_vessels["triggers"] and any(
        o.lemma_.lower() in at_vessels["vessels"] or o.lower_ in at_vessels["vessels"]
        for p in token.children if p.dep_ == "prep" and p.lower_ in ("at", "on") for o in p.children if o.dep_ == "pobj"
    ):
        # "fired water cannon at a patrol vessel": force against a ship, not a crowd dispersed.
        event_type, mode = at_vessels["event_type"], None
    tests = lexicon.weapon_tests
    if trigger.words in tests["triggers"] and _tests_weapon(token, tests):
        event_type, mode = tests["event_type"], None
    money = lexicon.money_objects
    if trigger.kind == "verb" and token.lemma_.lower() in money["verbs"] and any(
        t.lemma_.lower() in money["objects"] or t.lower_ in money["objects"] for t in acted_on
    ):
        event_type, mode = money["event_type"], None
    aimed = lexicon.aimed_at_place
    if trigger.kind == "noun" and token.lower_ in aimed["nouns"] and any(
        context.mention_at(pobj) and context.places(pobj)  # "strikes on Syria", not "a strike on the Merseyside docks"
        for prep in token.children if prep.dep_ == "prep" and prep.lower_ in aimed["prepositions"]
        for pobj in prep.children if pobj.dep_ == "pobj"
    ):
        event_type, mode = aimed["event_type"], None
    if event_type == "PROTEST" and mode == "strike" and (
        any(context.is_state_agent(t) or context.entity_types.get((context.mention_at(t) or {}).get("entity_id")) == "GPE" for t in actors)
        or (trigger.kind == "noun" and _kills(token, lexicon))
    ):
        # The strikes a state or its forces carry out ("Israeli jets carried out strikes") are
        # military, and so are strikes that kill ("men killed in Monday's strike"): walkouts do not.
        event_type, mode = "ASSAULT", None
    elif event_type == "PROTEST" and (any(
        t.lemma_.lower() in lexicon.state_actor_nouns
        or context.entity_types.get((context.mention_at(t) or {}).get("entity_id")) == "GPE"
        for t in actors
    ) or (governor is not None and governor.lemma_.lower() in lexicon.formal_protest_verbs)):
        # PLOVER: a protest a state lodges, or any protest handed to someone ("lodged a protest
        # with Cho"), is a verbal accusation, not a demonstration.
        event_type, mode = "ACCUSE", None
    if mode in lexicon.place_object_modes:
        # "blocked the A6", "retook Nagorno-Karabakh": the place blocked or taken is where it
        # happened, not a party; a country stays the party acted against.
        taken = [e for e in recipients if context.entity_types.get(e) in lexicon.location_entity_types and e not in context.country_ids]
        places = taken + places
        recipients = [e for e in recipients if e not in taken]
    places += actor_places
    if not places and verb is not None:
        places = _where_described(verb, context)
    if not places and verb is not None:
        places = _destinations(verb, context)
        if trigger.event_type == "CONSULT" and not recipients:
            # "flew to Kampala to discuss the dispute": talks where one went are with the state
            # whose capital (or country) it is, as for a visit.
            recipients = [host for host in _unique([context.capitals.get(e) or e for e in places])
                          if host in context.country_ids and host not in sources]
    location = places[0] if places else None
    if location is None and trigger.mode == "visit":
        visited = [e for e in recipients if context.entity_types.get(e) in lexicon.location_entity_types]
        # "a visit to the Afghan capital Kabul" is in Kabul: the city, not the country its people
        # stand for, or it would not merge with another report of "a visit to Kabul".
        location = next((e for e in visited if e not in context.country_ids), visited[0] if visited else None)
    if trigger.mode == "visit":
        # "travelled to Tokyo", "visited Baghdad": the host is the country whose capital it is.
        recipients = _unique([context.capitals.get(e, e) for e in recipients if context.capitals.get(e, e) not in sources])
    if trigger.words == SECURITY_MISSION:
        # "deployed 400 officers to Port-au-Prince": the state they serve receives them; its city is where.
        destinations = trigger.destinations
        location = location or next((e for e in destinations if e not in context.country_ids), None)
        recipients = _unique([context.capitals.get(e) or e for e in destinations] + [
            e for e in recipients if context.capitals.get(e, e) not in destinations and e not in destinations])

    future = _is_future(heads, lexicon)
    negated, hypothetical = _flags(heads, lexicon)
    if trigger.words in lexicon.cargo_turned_back:
        negated = True  # "the convoy turned back": the aid did not arrive
    pledged = lexicon.pledged_as.get(event_type)
    if pledged and future and not negated and not _conditions(heads, lexicon) and not any(
        h.lemma_.lower() in lexicon.hypothetical_governors for h in heads  # "would seek assistance": no pledge
    ) and any(
        c.dep_ == "aux" and c.lower_ in lexicon.hypothetical_auxiliaries for h in heads for c in h.children
    ):
        # "Beijing would provide emergency assistance", "Tokyo said it will send tents": aid still
        # to come, announced now, is a pledge made now (AGREE), not aid delivered.
        event_type, mode, hypothetical, future = pledged, None, False, False
    elif pledged and not negated and governor is not None and governor.lemma_.lower() in lexicon.pledging_verbs.get(event_type, set()):
        event_type, mode = pledged, None
    if (trigger.words in lexicon.future_warnings or trigger.words in lexicon.refusal_warnings) and _asks(token):
        return None  # "Who will answer for his results?": a question warns no one
    if trigger.words in lexicon.future_warnings:
        if not future or negated:
            return None  # "civilians paid a heavy price": harm suffered, no one warned
        hypothetical = future = False  # the warning is given now
        # Whoever says it warns ("the minister said Ecuador would pay a price"), never the one warned.
        sources = _reporters(heads[-1], context)
        recipients = [e for e in recipients if e not in sources]
    elif trigger.words in lexicon.refusal_warnings:
        if not future or not negated:
            return None  # "the league tolerated dissent", "aid workers stood by": no warning
        negated = hypothetical = future = False  # "will not tolerate" warns now
        sources = _reporters(heads[-1], context) or sources
        recipients = [e for e in recipients if e not in sources]
    if negated and hypothetical:
        # "would not negotiate" refuses talks now (REJECT); "would not sign any deal", "cannot
        # accept" are statements. Only an event due that did not happen is a negated event.
        if event_type not in lexicon.refused_as or not future:
            return None
        event_type, mode, negated, hypothetical, future = lexicon.refused_as[event_type], None, False, False, False
    starting = lexicon.confinement[1]["dated_by"] if trigger.words == CONFINEMENT else _starting_words(heads, lexicon, hypothetical)
    date = _date_for(sentence, heads, context, future, starting) or _when_date(sentence, heads[-1], context)
    host = _host(heads[-1])
    if date is None and host is not None:
        date = _date_for(sentence, [host], context, future or _is_future([host], lexicon))
    if date is None and (occasion := _occasion(heads[-1])) is not None:
        date = _date_for(sentence, [occasion], context, future or _is_future([occasion], lexicon))
    if date is None:
        date = _following_date(sentence, heads, context)
    if date is None:
        date = _clause_date(sentence, heads, context, future)
    if date is None:
        date = _sequel_date(sentence, heads, context)
    if date is None:
        date = _complement_date(sentence, heads, context)
    reporting = _reporting_verb(heads[-1])
    if date is None and not future and event_type in lexicon.report_dated_types and reporting is not None:
        # "told a briefing on Thursday, warning that Moldova would bear ...": the report may share
        # its occasion with the verb it hangs on.
        date = _date_for(sentence, [reporting], context, False) or (
            _date_for(sentence, [report_host], context, False) if (report_host := _host(reporting)) is not None else None)
    if date is None and not future and not hypothetical and (event_type in lexicon.report_dated_types or reporting is None):
        # A deed in a reported clause ("On Tuesday, police said they had arrested ...") is not
        # dated by the report.
        date = _fronted_date(sentence, context)
    if date is None and not future and not _perfect(heads):
        date = _carried_date(previous, sources + recipients, heads, context)
    published = context.published
    if date and date.known and published:
        hypothetical = hypothetical or date.start > published
    hypothetical = hypothetical or _invited_to(token, lexicon)
    historical = bool(
        date and date.known and published and (published - date.end).days >= lexicon.historical_after_days
    )
    if quoted_speaker and sources == [quoted_speaker] and not recipients and location is None:
        # '"We are asking for a fair wage," she said': speaking of one's own asking or thanks with
        # no one it is addressed to states a position; the speaker is no party to an event.
        return None
    start, end = _passage(heads, token)
    return Candidate(
        article_id=context.article.article_id,
        trigger_start=token.idx,
        words=trigger.words,
        event_type=event_type,
        mode=mode,
        verb=trigger.kind == "verb",
        sources=sources,
        recipients=recipients,
        location=location,
        date=date,
        fatalities=_fatalities(heads, lexicon) if event_type == "ASSAULT" else None,
        negated=negated,
        hypothetical=hypothetical,
        historical=historical,
        start=start,
        end=end,
        text=context.article.body[start:end],
        distinct=any(c.dep_ in ("amod", "det") and c.lower_ in lexicon.distinct_words for c in token.children),
        unnamed_actor=unnamed_actor and not sources,
        refers_back=(trigger.kind == "noun" and _definite(token) and not sources and not recipients)
        or (not hypothetical and _joins_told_event(token, trigger, governor, lexicon)),
        headline_perfect=date is None and context.paragraph(heads[0]) == 0 and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for h in heads for c in h.children),
    )


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _told_of(noun: Token) -> bool:
    """"the talks", "the protest": an event the article has told of; "the APEC summit", "the
    Doha talks" are named by their own words, perhaps for the first time."""
    return _definite(noun) and not any(t.pos_ == "PROPN" for t in noun.lefts)


def _joins_told_event(token: Token, trigger: Trigger, governor: Token | None, lexicon: Lexicon) -> bool:
    """"The union, which organised the protest", "diplomats who attended the talks", "the talks,
    hosted by Ecuador": who took part in "the" event joins the one the article told of; they name
    no second one."""
    if trigger.kind == "noun":
        joined_by = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if governor is not None:
            joined_by.append(governor)
        return _told_of(token) and any(verb.lemma_.lower() in lexicon.joining_verbs for verb in joined_by)
    events_joined = [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ == "acl":
        events_joined.append(token.head)
    return token.lemma_.lower() in lexicon.joining_verbs and any(
        _told_of(noun) and _same_type_trigger(noun, trigger, lexicon) for noun in events_joined)


def _same_type_trigger(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    found = _trigger_at(token, lexicon)
    return found is not None and found.event_type == trigger.event_type


def _hosts_event(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"talks hosted by Malaysia", "Ecuador, which hosted the talks": a meeting is hosted, no one
    visits; the host is its third party."""
    if token.dep_ == "acl" and _same_type_trigger(token.head, trigger, lexicon):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and _same_type_trigger(c, trigger, lexicon) for c in token.children)


def candidates(article: Article, doc: Doc, mentions: list[dict], entity_types: dict[str, str],
               entity_names: dict[str, str], quotes: list[dict] = ()) -> list[Candidate]:
    """Every passage of one article that reports an event, in text order; `quotes` are the
    article's rows of the quotes table, whose speakers speak for "we" and "I" inside them."""
    lexicon = load()
    context = ArticleContext(article, doc, mentions, entity_types, entity_names, lexicon, quotes)
    sentences = list(_sentences(doc))
    found = _read_events(sentences, context)
    if context.pair_phrase_seen:
        # "the two sides" are the article's opposing pair, known only once its events are read:
        # read them again with the phrase resolved (to the pair last named together when there is
        # no clear opposing pair).
        context.opposing_pair = context.main_pair(found)
        found = _read_events(sentences, context)
    # A deed of a state or organisation is done by the people who hold its offices ("Turkey's
    # foreign minister held talks" is "Fidan met al-Sudani"); words are each speaker's own, and
    # "the ministry thanked the UAE" and "Zelenskyy thanked the UAE" are two statements.
    office_holders = context.office_holders(sentences)
    for candidate in found:
        if candidate.event_type not in lexicon.speaker_types:
            candidate.speaks_for = office_holders
    return found


def _read_events(sentences: list[tuple[Doc, Span]], context: ArticleContext) -> list[Candidate]:
    lexicon = context.lexicon
    found = []
    previous = None
    for parse, sentence in sentences:
        context.doc = parse
        claimed: set[int] = set()  # protest clauses already read as the protest of a crowd acted on
        for token in sentence:
            if context.in_heading(token) or token.i in claimed:
                continue
            trigger = (_security_mission(token, context) or _trigger_at(token, lexicon) or _place_blocking(token, context) or _place_taking(token, context)
                       or _place_visiting(token, context) or lexicon.confinement_trigger(token))
            if trigger is None:
                continue
            candidate = _candidate(token, trigger, sentence, previous, context)
            if candidate is None:
                continue
            if candidate.words in lexicon.released_by_captor and not candidate.sources:
                captor = next((c for c in reversed(found) if c.mode in lexicon.captor_modes), None)
                if captor is not None:
                    # Detainees are released by the state; hostages by their captors, who may be unnamed.
                    by_state = captor.words in lexicon.state_passive_triggers and context.arrester
                    candidate.sources = list(captor.sources) or ([context.arrester] if by_state else [])
            found += _each_to_the_other(candidate, token, trigger, lexicon)
            # "In Tamale, police fired tear gas to disperse ...": the sentence's other acts of force may say where.
            forces = [c for c in found if c.start >= sentence.start_char and c.event_type == candidate.event_type]
            found += _crowd_protests(token, candidate, forces, sentence, previous, context, claimed)
            threat = _conditional_threat(token, trigger, candidate, sentence, context)
            if threat is not None:
                found.append(threat)
            verdict = _verdict(token, trigger, candidate, sentence, found, context)
            if verdict is not None:
                found.append(verdict)
        previous = sentence
    return found


def _crowds_acted_on(token: Token, crowd_words: Collection[str]) -> list[tuple[Token, bool]]:
    """The people a trigger's force is used on, each with whether it is the verb's object ("disperse
    the crowd") rather than what it fires at or on ("fired tear gas at protesters", "opened fire on
    villagers"); the people counted rather than the count ("thousands of workers", "a crowd of
    students")."""
    objects = [(c, True) for c in token.children if c.dep_ == "dobj"]
    objects += [(p, False) for head in [token] + [o for o, _ in objects] for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in ("at", "on") for p in prep.children if p.dep_ == "pobj"]
    crowds = []
    for noun, direct in objects:
        counted = next((p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                        for p in prep.children if p.dep_ == "pobj"), None)
        counting = noun.pos_ == "NUM" or noun.ent_type_ == "CARDINAL" or noun.lemma_.lower() in crowd_words
        crowds.append((counted if counted is not None and counting else noun, direct))
    return crowds


def _protest_clause(crowd: Token, event_type: str, lexicon: Lexicon) -> tuple[Token, Trigger] | None:
    """The protest a clause on the crowd reports: "farmers protesting the import quotas", "dockers
    who were picketing the port", "students who had tried to march on the palace"."""
    for clause in (c for c in crowd.children if c.dep_ in ("acl", "relcl")):
        for verb in [clause] + [c for c in clause.children if c.dep_ == "xcomp"]:
            trigger = lexicon.verb_trigger(verb)
            if trigger is not None and trigger.event_type == event_type:
                return verb, trigger
    return None


def _crowd_places(crowd: Token, context: ArticleContext) -> list[str]:
    """Where the crowd's own phrase puts it, however deep ("farmers protesting the quotas on grain
    imports in Lviv", "students outside the ministry in Accra"): places before sites."""
    named = [e for prep in crowd.subtree if prep.dep_ == "prep" and prep.lower_ in context.lexicon.location_prepositions
             for pobj in prep.children if pobj.dep_ == "pobj" for e in context.places(pobj, prep.lower_)]
    places = [e for e in named if context.entity_types.get(e) in context.lexicon.location_entity_types]
    return _unique(places + named)


def _crowd_protests(token: Token, act: Candidate, forces: list[Candidate], sentence: Span, previous: Span | None,
                    context: ArticleContext, claimed: set[int]) -> list[Candidate]:
    """The protest of the crowd a force is used on, there and then: "fired tear gas to disperse
    hundreds of students outside the ministry in Accra on Friday" is also a demonstration in
    Accra that Friday. A protest clause on the crowd is that protest (its
    trigger is claimed, so it is not read again); a bare crowd protests only when crowd control
    broke it up ("opened fire on villagers", "used tear gas on farmers" say nothing of why they
    were there)."""
    lexicon = context.lexicon
    spec = lexicon.dispersed_crowds
    if act.event_type not in spec["acts"] or act.negated or act.hypothetical:
        return []
    protests = []
    for crowd, dispersed in _crowds_acted_on(token, spec["crowds"]):
        place = next(iter(_crowd_places(crowd, context) + [f.location for f in [act, *forces] if f.location]), None)
        clause = _protest_clause(crowd, spec["event_type"], lexicon)
        if clause is not None and clause[0].i not in claimed:
            claimed.add(clause[0].i)
            protest = _candidate(clause[0], clause[1], sentence, previous, context)
            if protest is not None:
                # The crowd was there when the force was used: its protest happened, then and there
                # ("dockers who had tried to march on Tuesday" marched that Tuesday, not the next).
                date = next((f.date for f in [act, *forces] if f.date), None) or _date_for(sentence, [clause[0]], context, False)
                protests.append(dataclasses.replace(protest, location=protest.location or place, date=date or protest.date,
                                                    hypothetical=False, historical=act.historical))
        elif clause is None and dispersed and act.mode in spec["modes"] and crowd.i not in claimed and (
            crowd.lemma_.lower() in spec["crowds"] or crowd.lemma_.lower() in lexicon.people_nouns or crowd.lower_ == "them"
        ):
            claimed.add(crowd.i)
            start, end = crowd.left_edge.idx, crowd.right_edge.idx + len(crowd.right_edge)
            organisations = [e for e in context.entities(crowd) if context.entity_types.get(e) == "ORG"]
            addressed = [e for site in _addressed_sites(crowd, lexicon) for e in context.entities(site)
                         if context.entity_types.get(e) in lexicon.actor_entity_types and e not in organisations]
            protests.append(dataclasses.replace(
                act, trigger_start=crowd.idx, words=spec["event_type"].lower(), event_type=spec["event_type"], mode=spec["mode"],
                verb=False, sources=organisations, recipients=addressed, location=place, fatalities=None, start=start, end=end,
                text=context.article.body[start:end], distinct=False, unnamed_actor=not organisations, headline_perfect=False,
                # "disperse the protesters", "disperse them": the protest already told, if any.
                refers_back=crowd.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in crowd.children),
            ))
    return protests


def _is_each_other(token: Token) -> bool:
    """"each other", "one another" (also "each other's"), as spaCy parses them."""
    pair = {token.lower_} | {c.lower_ for c in token.children if c.dep_ == "det"}
    return pair in ({"other", "each"}, {"one", "another"})


def _reciprocal(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """True when each of the actors does the act to the other: "accused each other", "made
    accusations against one another", "expelled each other's diplomats", "traded accusations",
    "mutual threats"."""
    governor = _governor(token, trigger, lexicon)
    if trigger.kind == "noun" and (
        any(c.dep_ == "amod" and c.lower_ in lexicon.reciprocal_modifiers for c in token.children)
        or (governor is not None and governor.lemma_.lower() in lexicon.reciprocal_governors)
    ):
        return True
    objects = [c for head in (token, governor) if head is not None for c in head.children if c.dep_ in OBJECT_DEPS]
    objects += [p for head in (token, governor) if head is not None for prep in head.children if prep.dep_ == "prep"
                for p in prep.children if p.dep_ == "pobj"]
    return any(_is_each_other(o) or any(c.dep_ == "poss" and _is_each_other(c) for c in o.children) for o in objects)


def _each_to_the_other(candidate: Candidate, token: Token, trigger: Trigger, lexicon: Lexicon) -> list[Candidate]:
    """"Ghana and Togo accused each other": two acts, each party's against the other (a mutual deed
    stays one event; see reciprocal_types in the lexicon)."""
    if candidate.event_type not in lexicon.reciprocal_types or len(candidate.sources) != 2 or not _reciprocal(token, trigger, lexicon):
        return [candidate]
    first, second = candidate.sources
    return [dataclasses.replace(candidate, sources=[actor], recipients=_unique([other] + candidate.recipients))
            for actor, other in ((first, second), (second, first))]


def _sentences(doc: Doc) -> Iterator[tuple[Doc, Span]]:
    """The document's sentences, each with the parse it belongs to. The parser sometimes runs a
    sentence across a paragraph break ("14:05 PM offers talks" + the paragraph below it) and then
    misparses both; each paragraph of such a sentence is parsed again on its own, padded with
    spaces so that its character offsets stay those of the article (mentions, dates and passages
    are found by offset). Only here: the other stages keep the shared sentence boundaries."""
    glued = [s for s in doc.sents if PARAGRAPH_BREAK.search(s.text.strip())]
    pieces = [(s.start_char + m.start(), m.group()) for s in glued
              for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", s.text, flags=re.S)]
    reparsed = dict(zip(pieces, nlp.parse(" " * start + text for start, text in pieces)))
    for sentence in doc.sents:
        if sentence not in glued:
            yield doc, sentence
            continue
        for (start, text), parse in reparsed.items():
            if sentence.start_char <= start < sentence.end_char:
                yield from ((parse, own) for own in parse.sents if own.text.strip())


def _verdict(token: Token, trigger: Trigger, candidate: Candidate, sentence: Span, found: list[Candidate],
             context: ArticleContext) -> Candidate | None:
    """"a lawyer said the arrest was 'excessive'", "Amnesty said the killings were a grim reminder":
    a verdict on a hostile act is a criticism (ACCUSE) by whoever gives it, aimed at whoever did
    the act (named with it, or in the latest report of the same act)."""
    lexicon = context.lexicon
    copula = token.head
    if trigger.kind != "noun" or candidate.event_type not in lexicon.judged_types or token.dep_ != "nsubj":
        return None
    if copula.lemma_ != "be" or copula.dep_ != "ccomp" or not any(c.dep_ in ("attr", "acomp") for c in copula.children):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) or any(
        c.dep_ == "aux" and c.lower_ in lexicon.hypothetical_auxiliaries for c in copula.children
    ):
        return None  # "a strike is not illegal" is about strikes in general; "hoped it would be short" judges nothing done
    speaking = copula.head
    speaker = _subject(speaking)
    if speaker is None or speaker[1] or _trigger_at(speaking, lexicon) is not None:
        return None  # "condemned the raid, saying the arrests were unlawful": reported already
    sources = _unique([e for e in context.entities(speaker[0]) if not context.is_outlet(e)])
    if not sources:
        return None
    judged = candidate.sources or next((c.sources for c in reversed(found[:-1]) if c.article_id == candidate.article_id
                                        and c.words.split()[-1] == candidate.words.split()[-1]), [])
    text = sentence.text.strip()
    start = sentence.start_char + sentence.text.index(text)
    return Candidate(
        article_id=candidate.article_id, trigger_start=candidate.trigger_start, words="verdict",
        event_type="ACCUSE", mode=None, verb=False, sources=sources, recipients=[e for e in _unique(judged) if e not in sources],
        location=None, date=None, fatalities=None, negated=False, hypothetical=False, historical=False,
        start=start, end=start + len(text), text=text,
    )


def _place_blocking(token: Token, context: ArticleContext) -> Trigger | None:
    """"blocked Interstate 44", "blocked sections of the Pan-American Highway": a blocked named site
    or feature, the object or what the object is part of. A state blocked is no road blocked."""
    lexicon = context.lexicon
    trigger = lexicon.place_blocking_trigger(token)
    blocked = _acted_on(token)
    if trigger is None:
        # "would keep the N118 blocked overnight": the kept road is the one blocked.
        entry = next((lexicon.place_blocking[words.split()[0]] for words in lexicon.maintained(token)
                      if words.split()[0] in lexicon.place_blocking), None)
        if entry is None:
            return None
        trigger = Trigger(lexicon.verbs[entry], lexicon.modes.get((lexicon.verbs[entry], entry)), "verb", entry)
        blocked = [c for c in token.children if c.dep_ == "dobj"]
    blocked += [p for o in blocked for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]
    sites = lexicon.location_entity_types - {"GPE"}
    return trigger if any(context.entity_types.get(e) in sites for o in blocked for e in context.entities(o)) else None


def _reporters(token: Token, context: ArticleContext) -> list[str]:
    """Who reports the clause the token heads: the subject of the verb it is the complement of,
    else the speaker of the quotation it stands in ("Moscow will pay a price," the minister said)."""
    current = token
    for _ in range(4):
        if current.dep_ not in FLAG_DEPS or current.head is current:
            break
        link, current = current.dep_, current.head
        speaker = _subject(current) if link == "ccomp" else None
        if speaker is not None and not speaker[1]:
            return [e for e in context.entities(speaker[0]) if not context.is_outlet(e)]
    return [e for e in [context.quote_speaker(token)] if e and not context.is_outlet(e)]


def _place_taking(token: Token, context: ArticleContext) -> Trigger | None:
    """"The rebels took Bukavu": a named town taken by force is a seizure.
    Only a town or place, not a state ("took Kenya to court"), and only taken by someone named."""
    trigger = context.lexicon.place_taking_trigger(token)
    subject = _subject(token) if trigger is not None else None
    if subject is None or subject[1] or not context.entities(subject[0]):
        return None
    taken = [e for o in token.children if o.dep_ == "dobj" for e in context.entities(o)]
    towns = [e for e in taken if context.entity_types.get(e) in context.lexicon.location_entity_types and e not in context.country_ids]
    return trigger if towns and len(towns) == len(taken) else None


def _security_mission(token: Token, context: ArticleContext) -> Trigger | None:
    """"Kenya deployed 400 police officers to Port-au-Prince": police or peacekeepers sent into
    another country are security assistance (AID), not a deployment at home. The country is named
    or is the capital's; who sends them must be named and be another state."""
    missions = context.lexicon.security_missions
    if token.pos_ != "VERB" or not set(lemma_forms(token)) & missions["verbs"]:
        return None
    sent = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(t.lemma_.lower() in missions["forces"] or f"{t.lemma_.lower()} {t.head.lemma_.lower()}" in missions["forces"]
               for c in sent for t in c.subtree):
        return None
    subject = _subject(token)
    senders = [] if subject is None or subject[1] else context.entities(subject[0])
    sender_states = {context.capitals.get(e) or context.countries.get(e, e) for e in senders}
    # Forces are sent to or deployed in a place ("to Haiti", "in Mogadishu"); the parser labels
    # "to" a dative in "sent the officers to Haiti".
    destinations = [e for prep, o in _prepositional_objects(token, ("to", "in", "into"), ("prep", "dative"))
                    for e in context.places(o, prep)]
    hosts = [context.capitals.get(e) or e for e in destinations]
    if not senders or not hosts or not all(h in context.country_ids and h not in sender_states for h in hosts):
        return None
    return Trigger(missions["event_type"], None, "verb", SECURITY_MISSION, tuple(destinations))


def _prepositional_objects(verb: Token, prepositions: tuple[str, ...],
                           relations: tuple[str, ...] = ("prep",)) -> list[tuple[str, Token]]:
    """The objects of these prepositions on a verb, each with its preposition, which decides what
    counts as a place after it (see ArticleContext.places)."""
    return [(prep.lower_, o) for prep in verb.children if prep.dep_ in relations and prep.lower_ in prepositions
            for o in prep.children if o.dep_ == "pobj"]


def _place_visiting(token: Token, context: ArticleContext) -> Trigger | None:
    """"Senator Wong will travel to Port Moresby next week": someone named going to a named city or
    country goes to meet its government, a visit; "advised passengers not to travel to the airport"
    is none (no one named, and a site, not a city)."""
    trigger = context.lexicon.place_visiting_trigger(token)
    subject = _subject(token) if trigger is not None else None
    if subject is None or subject[1] or not context.entities(subject[0]):
        return None
    # Every entity, not only places: one that is not a city or country (a site, a company) rules the visit out.
    destinations = [e for _, o in _prepositional_objects(token, ("to",)) for e in context.entities(o)]
    if any((t := _trigger_at(d, context.lexicon)) is not None and t.event_type == trigger.event_type
           for d in token.subtree if d is not token):
        return None  # "travelled to Tokyo for a summit", "to meet the president": the meeting is the report
    return trigger if destinations and all(context.entity_types.get(e) == "GPE" for e in destinations) else None


def _where_clause(verb: Token) -> Token | None:
    """The place a clause opened by "where" describes ("Saint-Malo, where trawlermen blockaded
    the ferry terminal"), for the clause's verb or a verb joined to it."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    return verb.head


def _where_described(verb: Token, context: ArticleContext) -> list[str]:
    """"In Saint-Malo, where trawlermen blockaded the ferry terminal on Monday, ...", "the Kivu
    highlands, where the army declared a curfew and arrested ...": a clause opened by "where"
    happens at the place it describes."""
    described = _where_clause(verb)
    return (context.places(described) or _places_within(described, context)) if described is not None else []


def _retells_its_place_event(verb: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """"the 2019 bombing of the Grand Hotel, where gunmen attacked the guests": the clause tells
    again the event whose place it describes."""
    described = _where_clause(verb)
    if described is None or described.dep_ != "pobj":
        return False
    event = _trigger_at(described.head.head, lexicon)
    return event is not None and event.event_type == trigger.event_type


def _destinations(verb: Token, context: ArticleContext) -> list[str]:
    """"flew to Kampala on Monday to discuss the dispute": an act in a purpose clause happens where
    the going or sending it is the purpose of goes."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    going = verb.head
    if going.lemma_.lower() not in context.lexicon.destination_verbs:
        return []
    return [e for prep, o in _prepositional_objects(going, ("to",)) for e in context.places(o, prep)]


def _conditions(verbs: list[Token], lexicon: Lexicon) -> list[Token]:
    """The if/unless clauses of these verbs that ask something of someone: not "if necessary"."""
    return [c for v in verbs for c in v.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicon.threat_markers for m in c.children)
            and not (c.lemma_.lower() in lexicon.open_conditions and not any(s.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for s in c.children))]


def _condition_subjects(verbs: list[Token], context: ArticleContext) -> list[str]:
    """Who an if/unless clause of these verbs asks something of ("unless the rebels agreed")."""
    return [e for c in _conditions(verbs, context.lexicon) for subject in [_subject(c)] if subject is not None for e in context.entities(subject[0])]


def _conditional_threat(token: Token, trigger: Trigger, candidate: Candidate, sentence: Span,
                        context: ArticleContext) -> Candidate | None:
    """"said the union would strike on December 1 if the price is not restored": a hostile act
    promised on a condition is a threat (THREATEN), reported beside the act itself, which stays a
    hypothetical event. Whoever must meet the condition is the threat's recipient."""
    lexicon = context.lexicon
    if not candidate.hypothetical or candidate.negated or candidate.event_type not in lexicon.threat_types:
        return None
    governor = _governor(token, trigger, lexicon)
    heads = [token] + ([governor] if governor is not None else [])
    if not any(c.dep_ == "aux" and c.lower_ in lexicon.hypothetical_auxiliaries for h in heads for c in h.children):
        return None
    if not _conditions(heads, lexicon):
        return None
    current, speakers = heads[-1], []
    for _ in range(4):
        if current.dep_ not in FLAG_DEPS or current.head is current:
            break
        link, current = current.dep_, current.head
        governing = _trigger_at(current, lexicon)
        if governing is not None and governing.event_type == "THREATEN":
            return None  # "threatened to strike if ...": that threat is reported already
        speaker = _subject(current) if link == "ccomp" and not speakers else None
        if speaker is not None and not speaker[1]:
            # "Cardinal said the Nation would block the road again if ...": who says it threatens.
            speakers = context.entities(speaker[0])
    # '"If they do not pay, we will strike," Cardinal said': so does whoever is quoted saying it.
    speakers = speakers or [e for e in [context.quote_speaker(token)] if e]
    sources = _unique(speakers + candidate.sources)
    recipients = _unique([e for e in candidate.recipients + _condition_subjects(heads, context) if e not in sources])
    text = sentence.text.strip()
    start = sentence.start_char + sentence.text.index(text)
    return Candidate(
        article_id=candidate.article_id, trigger_start=candidate.trigger_start, words="threaten",
        event_type="THREATEN", mode=None, verb=False, sources=sources, recipients=recipients,
        location=None, date=None, fatalities=None, negated=False, hypothetical=False, historical=False,
        start=start, end=start + len(text), text=text,
    )


def _as_countries(participants: list[str]) -> list[str]:
    """"Pakistani representatives" in one report and "Pakistan" in another are one party: a
    people is dropped when its country takes part too."""
    unique = _unique(participants)
    return [e for e in unique if gazetteer.demonym_of(e) not in unique]


def _narrowest_place(places: list[str]) -> str | None:
    """"in Abu Dhabi" and "in the UAE": the capital, which says more than its country."""
    capitals = [p for p in places if gazetteer.capital_of(p) in places]
    return (capitals or places or [None])[0]


def _summary(cluster: Cluster, event_type: str, mode: str | None, sources: list[str], recipients: list[str],
             location: str | None, date: dates.DateRange | None, names: dict[str, str], hypothetical: bool) -> str:
    parts = []
    if sources:
        parts.append(", ".join(names[e] for e in sources) + " (source)")
    parts.append(event_type + (f" ({mode})" if mode else ""))
    if recipients:
        parts.append(", ".join(names[e] for e in recipients) + " (recipient)")
    line = " ".join(parts)
    if location:
        line += f", {names[location]}"
    if date and date.known:
        line += ", " + (date.start.isoformat() if date.start == date.end else f"{date.start.isoformat()} to {date.end.isoformat()}")
    flags = [flag for flag, on in (("negated", cluster.first.negated),
                                   ("hypothetical", hypothetical),
                                   ("background", cluster.first.historical)) if on]
    return line + (f" [{', '.join(flags)}]" if flags else "")


def _confidence(cluster: Cluster, has_both_roles: bool) -> float:
    """A heuristic score in [0, 1], not a calibrated probability: verb triggers, both roles
    filled, a date or place, and independent reports each make a correct coding more likely."""
    score = 0.4
    score += 0.2 if any(c.verb for c in cluster.candidates) else 0.0
    score += 0.15 if has_both_roles else 0.0
    score += 0.1 if cluster.date or cluster.locations else 0.0
    score += 0.1 if len({(c.article_id, c.start) for c in cluster.candidates}) > 1 else 0.0
    return round(min(score, 0.95), 2)


def _keep_earlier_ids(event_rows: list[dict], participant_rows: list[dict], mention_rows: list[dict],
                      earlier: list[event_ids.Published]) -> None:
    reports: dict[str, list[event_ids.Report]] = {}
    for row in mention_rows:
        reports.setdefault(row["event_id"], []).append(event_ids.Report(row["article_id"], row["start"], row["end"], row["text"]))
    fresh = [(row["event_id"], row["event_type"], reports[row["event_id"]]) for row in event_rows]
    final = dict(zip((f for f, _, _ in fresh), event_ids.assign(fresh, earlier)))
    for row in event_rows + participant_rows + mention_rows:
        row["event_id"] = final[row["event_id"]]


def extract(
    articles: list[Article], docs: list[Doc], entities: list[dict], mentions: list[dict],
    earlier: list[event_ids.Published] = (), quotes: list[dict] = (),
) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows of the events, event_participants and event_mentions tables; events reported again
    by a passage of an `earlier` package's event keep its ID. `quotes` (rows of the quotes table)
    say who speaks inside quotations."""
    entity_types = {e["entity_id"]: e["type"] for e in entities}
    names = {e["entity_id"]: e["name"] for e in entities}
    by_article: dict[str, list[dict]] = {}
    for mention in mentions:
        by_article.setdefault(mention["article_id"], []).append(mention)
    quotes_by_article: dict[str, list[dict]] = {}
    for quote in quotes:
        quotes_by_article.setdefault(quote["article_id"], []).append(quote)
    found = []
    for article, doc in zip(articles, docs, strict=True):
        found += candidates(article, doc, by_article.get(article.article_id, []), entity_types, names,
                            quotes_by_article.get(article.article_id, []))
    published = {a.article_id: dt.date.fromisoformat(a.published_date) for a in articles if a.published_date}

    event_rows, participant_rows, mention_rows = [], [], []
    taken: set[str] = set()
    for cluster in merge(found):
        first = cluster.first
        identifier = event_ids.fresh_id(first.event_type, first.article_id, first.trigger_start)
        if identifier in taken:
            identifier = event_ids.fresh_id(first.event_type, first.article_id, first.trigger_start, ",".join(sorted(first.sources)))
        taken.add(identifier)
        sources = _as_countries([e for c in cluster.candidates for e in c.sources])
        recipients = _as_countries([e for c in cluster.candidates for e in c.recipients if e not in sources])
        mode = next((c.mode for c in cluster.candidates if c.mode), None)
        location = _narrowest_place([c.location for c in cluster.candidates if c.location])
        date = cluster.date or next((c.date for c in cluster.candidates if c.date), None)
        counts = [c.fatalities for c in cluster.candidates if c.fatalities is not None]
        # Still to come when every report says so, or when it is dated after a report was published
        # ("the meeting will take place on Friday" joining "the meeting").
        reported = [published[c.article_id] for c in cluster.candidates if published.get(c.article_id)]
        hypothetical = all(c.hypothetical for c in cluster.candidates) or bool(
            date and date.known and reported and date.start > min(reported)
        )
        event_rows.append(
            {
                "event_id": identifier,
                "event_type": first.event_type,
                "mode": mode,
                "date_start": date.start.isoformat() if date and date.start else None,
                "date_end": date.end.isoformat() if date and date.end else None,
                "date_precision": date.precision if date else "unknown",
                "date_text": date.text if date else None,
                "location_entity_id": location,
                "fatalities": max(counts) if counts else None,
                "negated": first.negated,
                "hypothetical": hypothetical,
                "historical": first.historical,
                "summary": _summary(cluster, first.event_type, mode, sources, recipients, location, date, names, hypothetical),
                "confidence": _confidence(cluster, bool(sources and recipients)),
            }
        )
        participant_rows += [{"event_id": identifier, "entity_id": e, "role": "source"} for e in sources]
        participant_rows += [{"event_id": identifier, "entity_id": e, "role": "recipient"} for e in recipients]
        seen = set()
        for c in cluster.candidates:
            if (c.article_id, c.start) in seen:
                continue
            seen.add((c.article_id, c.start))
            mention_rows.append({"event_id": identifier, "article_id": c.article_id, "start": c.start, "end": c.end, "text": c.text})
    _keep_earlier_ids(event_rows, participant_rows, mention_rows, earlier)
    event_rows.sort(key=lambda r: r["event_id"])
    participant_rows.sort(key=lambda r: (r["event_id"], r["role"], r["entity_id"]))
    mention_rows.sort(key=lambda r: (r["event_id"], r["article_id"], r["start"]))
    return event_rows, participant_rows, mention_rows
