"""The PLOVER event lexicon (data/curation/plover.yaml), checked and indexed for matching tokens."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from . import curation
from .errors import InputError
from .paths import CURATION_DIR, SCHEMAS_DIR

LEXICON_PATH = CURATION_DIR / "plover.yaml"
SCHEMA_PATH = SCHEMAS_DIR / "curation" / "plover.schema.json"
# The words of the trigger for being held somewhere ("has been in jail since August"), which has no
# word of its own in the text: the one held is its recipient, and "since" dates it.
CONFINEMENT = "confinement"
SECURITY_MISSION = "security mission"
# The words of the trigger for giving someone time to do something, which no entry names.
DEADLINE = "deadline"
# The words of the trigger for ordering strikers back to work, which the text words many ways
# ("ordered them back to work", "directed the union to call off its strike").
BACK_TO_WORK = "back-to-work order"

# Dependents that complete a verb phrase ("pull out", "call for", "open fire", "found X guilty").
# "nsubjpass": the object of a passive verb ("rockets were fired", "the border was closed");
# "xcomp": what the verb has its object do ("ordered the diplomats to leave"); "npadvmod": the
# small model's reading of a passive's second object ("was docked 12 points").
PHRASE_DEPS = ("prt", "prep", "advmod", "dobj", "nsubjpass", "compound:prt", "acomp", "oprd", "ccomp", "xcomp", "npadvmod")
# Dependents that complete a noun phrase ("air strike", "hunger strike").
MODIFIER_DEPS = ("compound", "amod", "nmod")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Dependents that say in what state a verb of keeping leaves its object ("kept the road blocked").
STATE_DEPS = ("advcl", "xcomp", "oprd", "acomp", "ccomp")


def _to_work(token: Token) -> bool:
    """"return to work", "back to work": "to work" on the verb or on its "back"."""
    heads = [token, *(c for c in token.children if c.lower_ == "back")]
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(w.dep_ == "pobj" and w.lower_ == "work" for w in p.children)
               for head in heads for p in head.children)


def lemma_forms(token: Token) -> list[str]:
    """The token's lemma, then its inflected form stripped of a regular ending: the small
    model's lemmatiser sometimes fails ("staged" -> "stag"), and a regular form then still matches."""
    word = token.lower_
    forms = [token.lemma_.lower(), word]
    for ending, keep in (("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)] + keep)
    return list(dict.fromkeys(forms))


def _dates_it(child: Token) -> bool:
    """"called a strike on Monday": a preposition that only dates the verb makes no phrase with it."""
    return child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children)


def _is_sum(phrase: Token) -> bool:
    """"$5 million", "NZ$2 million", "€1.5m": a phrase naming an amount of money."""
    return any(t.ent_type_ == "MONEY" or t.tag_ == "$" or any(sign in t.text for sign in "$€£¥") for t in phrase.subtree)


def _is_mistagged_verb(token: Token) -> bool:
    """"Sudan's army retook most of the area": the small model tags some irregular pasts as nouns,
    yet parses the clause around them; a noun never has both a subject and an object."""
    deps = {child.dep_ for child in token.children}
    return token.pos_ == "NOUN" and "nsubj" in deps and "dobj" in deps


@dataclass(frozen=True)
class Trigger:
    event_type: str
    mode: str | None
    kind: str  # "verb" or "noun"
    words: str  # the lexicon entry that matched, e.g. "pull out"
    # A trigger recognised by where something was sent keeps those places, so the event is built
    # from the same reading that admitted it.
    destinations: tuple[str, ...] = ()


class Lexicon:
    def __init__(self, data: dict, path: Path):
        self.data = data
        self.verbs: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        self.modes: dict[tuple[str, str], str] = {}
        self.reversed_verbs: set[str] = set()
        self.future_warnings: set[str] = set()
        self.refusal_warnings: set[str] = set()
        self.needs_source: set[str] = set()
        self.needs_source_or_addressee: set[str] = set()
        self.needs_recipient: set[str] = set()
        self.needs_people_object: set[str] = set()
        self.topic_object_verbs: set[str] = set()
        self.cargo: dict[str, tuple[str, set[str]]] = {}
        self.cargo_arrivals: dict[str, tuple[str, set[str]]] = {}
        self.cargo_money: set[str] = set()
        self.cargo_turned_back: set[str] = set()
        self.pledging_verbs: dict[str, set[str]] = {}
        self.labelling: dict[str, str] = {}
        self.not_with_objects: dict[str, set[str]] = {}
        self.not_with_subjects: dict[str, set[str]] = {}
        self.intransitive_only: set[str] = set()
        self.unilateral_instruments: dict[str, set[str]] = {}  # a signing verb -> what one party enacts alone
        self.people_seizing: dict[str, str] = {}
        self.people_penalising: dict[str, str] = {}
        self.envoy_summons: dict[str, str] = {}
        self.court_requests: dict[str, dict] = {}
        self.sought: dict[str, str] = {}  # a light verb of asking -> the type it makes of what it carries
        self.sought_types: set[str] = set()
        self.sought_court_orders: set[str] = set()
        self.envoys: set[str] = set()
        self.challenges: dict[str, str] = {}
        self.verdict_types: set[str] = set()
        self.deadlines: dict = {"verbs": set(), "units": set(), "bounds": set()}
        self.place_blocking: dict[str, str] = {}
        self.place_taking: dict[str, str] = {}
        self.place_visiting: dict[str, str] = {}
        self.released_by_captor: set[str] = set()
        self.captor_modes: set[str] = set()
        self.promise_verbs: set[str] = set()
        self.hostile_acts: set[str] = set()
        self.hostile_promise_type = ""
        self.lethal_conjuncts: dict = {"triggers": [], "modifiers": [], "aimed_up": []}
        self.weapon_tests: dict = {"triggers": [], "test_words": [], "waters": [], "event_type": ""}
        self.aimed_at_vessels: dict = {"triggers": [], "vessels": [], "event_type": ""}
        self.dispersed_crowds: dict = {"acts": [], "modes": [], "crowds": [], "event_type": "", "mode": ""}
        self.security_missions: dict = {"verbs": set(), "forces": set(), "event_type": ""}
        self.striking_weapons: tuple[str, set[str], set[str]] = ("", set(), set())
        self.striking_workers: tuple[str, set[str], set[str]] = ("", set(), set())
        self.back_to_work_orders: tuple[str, set[str], set[str]] = ("", set(), set())
        self.confinement: tuple[str, dict] | None = None
        self.people_nouns = set(data["people_nouns"])
        self.threatened_people = set(data["threatened_people"])
        self.agent_participles = set(data["agent_participles"])
        self.targeting_verbs = set(data["targeting_verbs"])
        self.destination_verbs = set(data["destination_verbs"])
        self.press_nouns = set(data["press"]["nouns"])
        self.outlet_words = set(data["press"]["outlet_words"])
        self.press_contact_types = set(data["press"]["contact_types"])
        self.relay_verbs = set(data["press"]["relay_verbs"])
        self.absorbing_types = {name for name, spec in data["types"].items() if spec.get("absorbs_complement")}
        self.spawning_types = {name for name, spec in data["types"].items() if spec.get("spawns_complement")}
        self.absorbing_verbs = {words for spec in data["types"].values() for words in spec.get("absorbing_verbs", [])}
        self.object_types = {name: set(spec["absorbs_objects"]) for name, spec in data["types"].items() if spec.get("absorbs_objects")}
        self.retyped_by_object = {name: spec["retyped_by_object"] for name, spec in data["types"].items() if spec.get("retyped_by_object")}
        self.by_court_as = {name: spec["by_court_as"] for name, spec in data["types"].items() if spec.get("by_court_as")}
        self.pledged_as = {name: spec["pledged_as"] for name, spec in data["types"].items() if spec.get("pledged_as")}
        self.refused_as = {name: spec["refused_as"] for name, spec in data["types"].items() if spec.get("refused_as")}
        self.gathering_types = {name for name, spec in data["types"].items() if spec.get("gathering")}
        self.symmetric_types = {name for name, spec in data["types"].items() if spec.get("symmetric")}
        self.of_recipient_types = {name for name, spec in data["types"].items() if spec.get("of_is_recipient")}
        self.complement_recipient_types = {
            name for name, spec in data["types"].items() if spec.get("complement_subject_is_recipient")
        }
        for event_type, spec in data["types"].items():
            forces = spec.get("moved_forces")
            moved = [f"{verb} {force}" for verb in forces["verbs"] for force in forces["forces"]] if forces else []
            for words in moved:
                self.modes[(event_type, words)] = forces["mode"]
            struck = spec.get("struck_targets")
            struck_phrases = [f"{verb} {target}" for verb in struck["verbs"] for target in struck["targets"]] if struck else []
            self.needs_source.update(struck_phrases)
            if struck:
                self.striking_weapons = (event_type, set(struck["verbs"]), set(struck["weapons"]))
            ordered_back = spec.get("back_to_work_orders")
            if ordered_back:
                self.back_to_work_orders = (event_type, set(ordered_back["returns"]), set(ordered_back["ends"]))
            walkout = spec.get("striking_workers")
            if walkout:
                self.striking_workers = (event_type, set(walkout["verbs"]), set(walkout["workers"]))
            for kind, index in (("verbs", self.verbs), ("nouns", self.nouns)):
                for words in spec[kind] + (moved + struck_phrases if kind == "verbs" else []):
                    if words in index and index[words] != event_type:
                        raise InputError(path, f"{kind[:-1]} trigger {words!r} is listed under both {index[words]} and {event_type}; keep it under one type")
                    index[words] = event_type
            for mode, triggers in spec.get("modes", {}).items():
                for words in triggers:
                    self.modes[(event_type, words)] = mode
            self.reversed_verbs.update(spec.get("reversed_verbs", []))
            self.future_warnings.update(spec.get("future_warnings", []))
            self.refusal_warnings.update(spec.get("refusal_warnings", []))
            self.needs_source.update(spec.get("needs_source", []))
            self.needs_source_or_addressee.update(spec.get("needs_source_or_addressee", []))
            self.needs_recipient.update(spec.get("needs_recipient", []))
            self.needs_people_object.update(spec.get("needs_people_object", []))
            self.topic_object_verbs.update(spec.get("topic_object_verbs", []))
            for verb in spec.get("cargo_verbs", []):
                self.cargo[verb] = (event_type, set(spec.get("cargo_nouns", [])))
            self.cargo_money.update(spec.get("cargo_money_verbs", []))
            self.pledging_verbs[event_type] = set(spec.get("pledging_verbs", []))
            for verb in spec.get("cargo_arrival_verbs", []) + spec.get("cargo_turned_back_verbs", []):
                self.cargo_arrivals[verb] = (event_type, set(spec.get("cargo_nouns", [])))
            self.cargo_turned_back.update(spec.get("cargo_turned_back_verbs", []))
            self.not_with_objects[event_type] = set(spec.get("not_with_objects", []))
            self.not_with_subjects[event_type] = set(spec.get("not_with_subjects", []))
            self.intransitive_only |= set(spec.get("intransitive_only", []))
            if "unilateral_instruments" in spec:
                instruments = spec["unilateral_instruments"]
                self.unilateral_instruments.update(dict.fromkeys(instruments["verbs"], set(instruments["objects"])))
            self.released_by_captor.update(spec.get("released_by_captor", []))
            self.captor_modes.update(spec.get("captor_modes", []))
            if spec.get("hedged_verdict"):
                self.verdict_types.add(event_type)
            for verb in spec.get("labelling_verbs", []):
                self.labelling[verb] = event_type
            for verb in spec.get("people_penalising_verbs", []):
                self.people_penalising[verb] = event_type
            if "sought" in spec:
                self.sought.update(dict.fromkeys(spec["sought"]["verbs"], event_type))
                self.sought_types.update(spec["sought"]["types"])
                self.sought_court_orders.update(spec["sought"]["court_orders"])
            if "court_requests" in spec:
                self.court_requests[event_type] = spec["court_requests"]
            if "envoy_summons" in spec:
                self.envoy_summons.update(dict.fromkeys(spec["envoy_summons"]["verbs"], event_type))
                self.envoys.update(spec["envoy_summons"]["envoys"])
            for verb in spec.get("people_seizing_verbs", []):
                self.people_seizing[verb] = event_type
            self.place_blocking.update(spec.get("place_blocking", {}))
            self.place_taking.update(spec.get("place_taking", {}))
            self.place_visiting.update(spec.get("place_visiting", {}))
            if "confinement" in spec:
                self.confinement = (event_type, spec["confinement"])
            if "lethal_conjuncts" in spec:
                self.lethal_conjuncts = spec["lethal_conjuncts"]
            if "weapon_tests" in spec:
                self.weapon_tests = spec["weapon_tests"]
            if "aimed_at_vessels" in spec:
                self.aimed_at_vessels = spec["aimed_at_vessels"]
            if "dispersed_crowds" in spec:
                self.dispersed_crowds = spec["dispersed_crowds"]
            if "security_missions" in spec:
                missions = spec["security_missions"]
                self.security_missions = {"verbs": set(missions["verbs"]), "forces": set(missions["forces"]), "event_type": event_type}
            if "hostile_promises" in spec:
                self.promise_verbs = set(spec["hostile_promises"]["verbs"])
                self.hostile_acts = set(spec["hostile_promises"]["acts"])
                self.hostile_promise_type = event_type
            if "deadlines" in spec:
                self.deadlines = {key: set(words) for key, words in spec["deadlines"].items()} | {"event_type": event_type}
            if "challenges" in spec:
                self.challenges.update(dict.fromkeys(spec["challenges"]["triggers"], spec["challenges"]["event_type"]))
        self.aimed_at_place = data["aimed_at_place"]
        self.money_objects = data["money_objects"]
        self.mode_modifiers = data["mode_modifiers"]
        self.light_verbs = set(data["light_verbs"])
        self.occurrence_verbs = set(data["occurrence_verbs"])
        self.partitive_nouns = set(data["partitive_nouns"])
        self.nouns_needing_light_verb = set(data["nouns_needing_light_verb"])
        context = data["context"]
        self.negation_words = set(context["negation_words"])
        self.negating_governors = set(context["negating_governors"])
        self.hypothetical_auxiliaries = set(context["hypothetical_auxiliaries"])
        self.hypothetical_governors = set(context["hypothetical_governors"])
        self.hypothetical_markers = set(context["hypothetical_markers"])
        self.invitation_verbs = set(context["invitation_verbs"])
        self.condition_markers = set(context["condition_markers"])
        self.threat_types = set(context["threat_types"])
        self.threat_markers = set(context["threat_markers"])
        self.open_conditions = set(context["open_conditions"])
        self.judged_types = set(context["judged_types"])
        self.civilian_types = set(context["civilian_types"])
        self.distinct_words = set(context["distinct_words"])
        self.joining_verbs = set(context["joining_verbs"])
        self.habitual_words = set(context["habitual_words"])
        self.command_verbs = set(context["command_verbs"])
        self.appearance_verbs = set(context["appearance_verbs"])
        self.offer_adjectives = set(context["offer_adjectives"])
        self.topic_prepositions = set(context["topic_prepositions"])
        self.topic_verbs = set(context["topic_verbs"])
        self.inquiry_prepositions = set(context["inquiry_prepositions"])
        self.inquiry_words = set(context["inquiry_words"])
        self.inert_causes = set(context["inert_causes"])
        self.sport_words = set(context["sport_words"])
        self.anonymity_complements = set(context["anonymity_complements"])
        self.permission_governors = set(context["permission_governors"])
        self.descriptive_participles = set(context["descriptive_participles"])
        self.relational_nouns = set(context["relational_nouns"])
        self.follower_nouns = set(context["follower_nouns"])
        self.seat_participles = set(context["seat_participles"])
        self.police_member_nouns = set(context["police_member_nouns"])
        self.regional_levels: dict[str, str | None] = dict(context["regional_levels"])
        self.court_words = set(context["court_words"])
        self.formal_protest_verbs = set(context["formal_protest_verbs"])
        self.state_actor_nouns = set(context["state_actor_nouns"])
        self.state_agent_nouns = self.state_actor_nouns | set(context["state_agent_nouns"])
        self.domestic_agent_nouns = set(context["domestic_agent_nouns"])
        self.home_state_nouns = set(context["home_state_nouns"])
        self.pair_nouns = set(context["pair_nouns"])
        self.state_organ_words = set(context["state_organ_words"])
        self.reciprocal_types = set(context["reciprocal_types"])
        self.reciprocal_governors = set(context["reciprocal_governors"])
        self.reciprocal_modifiers = set(context["reciprocal_modifiers"])
        self.speaker_types = set(context["speaker_types"])
        self.report_dated_types = set(context["report_dated_types"])
        self.state_passive_triggers = set(context["state_passive_triggers"])
        self.historical_after_days = context["historical_after_days"]
        self.fatalities = data["fatalities"]
        self.recipient_prepositions = set(data["recipient_prepositions"])
        self.location_prepositions = set(data["location_prepositions"])
        self.location_entity_types = set(data["location_entity_types"])
        self.actor_entity_types = set(data["actor_entity_types"])
        self.place_object_modes = set(data["place_object_modes"])
        self.site_prepositions = set(data["site_prepositions"])
        self.site_entity_types = set(data["site_entity_types"])
        self.addressed_site_prepositions = set(data["addressed_site_prepositions"])
        self.date_bounding_words = set(data["date_bounding_words"])
        self.definite_descriptions = set(data["definite_descriptions"])
        self.generic_descriptions = set(data["generic_descriptions"])
        self.maintaining_verbs = set(data["maintaining_verbs"])

    def _mode(self, event_type: str, words: str, token: Token) -> str | None:
        modifiers = self.mode_modifiers.get(event_type, {})
        for child in token.children:
            if child.lemma_.lower() in modifiers and child.dep_ in MODIFIER_DEPS:
                return modifiers[child.lemma_.lower()]
        return self.modes.get((event_type, words))

    def _labelling(self, token: Token) -> str | None:
        """The labelling verb's lemma when the verb names its object as something ("called the deal a
        gift to criminals"); such a verb is a verdict on its object and carries no event noun."""
        lemma = next((lemma for lemma in lemma_forms(token) if lemma in self.labelling), None)
        objects = [child for child in token.children if child.dep_ == "dobj"]
        if lemma is None or any(child.dep_ == "oprd" and child.pos_ == "PROPN" for child in token.children):
            return None  # "the reef, which Manila calls Escoda Shoal": a name given, no verdict
        if any(o.tag_ in ("WP", "WDT") for o in objects) and self._hedges_another_act(token):
            return None
        # The small model often hangs the predicate on the object as an apposition with no comma
        # ("called the verdict a travesty"); a real apposition is set off by a comma.
        predicate = any(child.dep_ == "oprd" for child in token.children) or any(
            child.dep_ == "appos" and token.doc[child.left_edge.i - 1].text != ","
            for obj in objects for child in obj.children
        )
        return lemma if objects and predicate else None

    def _hedges_another_act(self, token: Token) -> bool:
        """"what it called X" under another act names that act's object in the speaker's words, a
        hedge of the reporter's: "thanked Qatar for what he called its tireless efforts",
        "congratulated the union on what it called a deserved result" judge nothing, while under a
        verdict or a protest ("condemned what it called a reckless attack") it is part of that verdict,
        and with no act above it ("citing what Pristina called obstruction") it is a verdict itself."""
        governor = token.head.head if token.head.pos_ == "ADP" else token.head  # "thanked X for what"
        trigger = self.verb_trigger(governor) or self.noun_trigger(governor) if governor.i != token.i else None
        return trigger is not None and trigger.event_type not in self.verdict_types

    def verb_trigger(self, token: Token) -> Trigger | None:
        """The event a verb reports, preferring a two-word entry ("pull out") to the verb alone."""
        if token.pos_ != "VERB" and not _is_mistagged_verb(token):
            return None
        forms = lemma_forms(token)
        labelled = self._labelling(token)
        if labelled:
            return Trigger(self.labelling[labelled], None, "verb", labelled)
        # "the drones that Russia launched at Ukraine": a relative clause acts on the noun it
        # describes, unless that noun is its subject ("the troops who launched").
        described = [token.head] if token.dep_ == "relcl" and not any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in token.children) else []
        for lemma in forms:
            # "took to the streets", "booked on charges", "sent to prison": a preposition and its
            # object make the phrase, where the verb and the preposition alone would not. The small
            # model often hangs the preposition on the verb's object ("challenged the referral in
            # court", "took the province to court"); it still completes the verb.
            objects = [c for c in token.children if c.dep_ == "dobj"]
            for prep in (c for head in [token, *objects] for c in head.children if c.dep_ == "prep" and not _dates_it(c)):
                for words in (f"{lemma} {prep.lower_} {g.lemma_.lower()}" for g in prep.children if g.dep_ == "pobj"):
                    if words in self.verbs:
                        return Trigger(self.verbs[words], self._mode(self.verbs[words], words, token), "verb", words)
            for child in [*described, *token.children]:
                # "closed the Kakavia crossing": the small model may take the noun for a verb ("cross").
                for words in dict.fromkeys(f"{lemma} {form}" for form in (child.lemma_.lower(), child.lower_)):
                    if (child.dep_ in PHRASE_DEPS or child in described) and words in self.verbs and not _dates_it(child):
                        return Trigger(self.verbs[words], self._mode(self.verbs[words], words, token), "verb", words)
                # "held Hezbollah responsible": the small model hangs the predicate on the object.
                for predicate in (g for g in child.children if child.dep_ == "dobj" and g.dep_ == "amod" and g.i > child.i):
                    words = f"{lemma} {predicate.lemma_.lower()}"
                    if words in self.verbs:
                        return Trigger(self.verbs[words], self._mode(self.verbs[words], words, token), "verb", words)
                # "called for the Guards to be listed": the preposition marks the verb's clause;
                # "dismissed the protest as politically motivated": it sits in the clause.
                # "called a protest for November 28": a date's preposition marks nothing, and
                # "ordered the doctors to return to work": a preposition after the clause's verb is
                # its own ("to work"), it marks no clause.
                for mark in (g for g in child.children if child.dep_ in ("advcl", "ccomp", "xcomp", "oprd")
                             and g.dep_ in ("mark", "advmod", "prep") and g.i < child.i and not _dates_it(g)):
                    words = f"{lemma} {mark.lower_}"
                    if words in self.verbs:
                        return Trigger(self.verbs[words], self._mode(self.verbs[words], words, token), "verb", words)
        for lemma in forms:
            if lemma in self.verbs:
                return Trigger(self.verbs[lemma], self._mode(self.verbs[lemma], lemma, token), "verb", lemma)
        if self.sets_deadline(token):
            return Trigger(self.deadlines["event_type"], None, "verb", DEADLINE)
        maintained = next((words for words in self.maintained(token) if words in self.verbs), None)
        if maintained:
            return Trigger(self.verbs[maintained], self._mode(self.verbs[maintained], maintained, token), "verb", maintained)
        struck_type, striking_verbs, weapons = self.striking_weapons
        for lemma in (form for form in forms if form in striking_verbs):
            for subject in (c for c in token.children if c.dep_ == "nsubj"):
                named = dict.fromkeys([f"{m.lemma_.lower()} {subject.lemma_.lower()}" for m in subject.children if m.dep_ in MODIFIER_DEPS]
                                      + [subject.lemma_.lower()])
                weapon = next((words for words in named if words in weapons), None)
                if weapon:
                    return Trigger(struck_type, None, "verb", f"{lemma} {weapon}")
        if self.orders_back_to_work(token):
            return Trigger(self.back_to_work_orders[0], None, "verb", BACK_TO_WORK)
        walkout = self.struck_by_workers(token)
        if walkout:
            walkout_type = self.striking_workers[0]
            return Trigger(walkout_type, self._mode(walkout_type, walkout, token), "verb", walkout)
        for lemma in forms:
            if lemma in self.cargo:
                event_type, cargo = self.cargo[lemma]
                loads = [child for child in token.children if child.dep_ in ("dobj", "nsubjpass")]
                carried = {t.lemma_.lower() for child in loads for t in child.subtree}
                # "would provide 200,000 rupees to every family that lost a member": money paid to
                # people is compensation or welfare, not aid from one party to another.
                payees = {p.lemma_.lower() for prep in token.children if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
                          for p in prep.children if p.dep_ == "pobj"}
                given = lemma in self.cargo_money and not payees & self.people_nouns and any(_is_sum(child) for child in loads)
                if carried & cargo or given:
                    return Trigger(event_type, self.modes.get((event_type, "relief")), "verb", lemma)
        for lemma in forms:
            phrases = [f"{lemma} {child.lower_}" for child in token.children if child.dep_ in PHRASE_DEPS] + [lemma]
            for words in (w for w in phrases if w in self.cargo_arrivals):
                event_type, cargo = self.cargo_arrivals[words]
                # The arriving: the subject, the noun a relative clause hangs on ("firefighters, who
                # arrived"), or the one made to ("forced the convoy to turn back").
                arriving = [c for c in token.children if c.dep_ == "nsubj"]
                if token.dep_ == "relcl":
                    arriving.append(token.head)
                if token.dep_ == "xcomp":
                    arriving += [c for c in token.head.children if c.dep_ == "dobj"]
                if {t.lemma_.lower() for a in arriving for t in a.subtree} & cargo:
                    return Trigger(event_type, None, "verb", words)
        return None

    def sets_deadline(self, token: Token) -> bool:
        """"gave the ministry until Monday to withdraw the decree", "gave the Treasury seven days to
        table the documents": someone given a span of time, or time until a day, to do something.
        Not the passive: "the attaché has been given a week to leave" reports the order of an expulsion
        or an eviction, part of that measure, not a demand someone makes."""
        if not set(lemma_forms(token)) & self.deadlines["verbs"] or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            return False
        spans = [c for c in token.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in self.deadlines["units"]]
        bounds = [c for c in token.children if c.dep_ == "prep" and c.lower_ in self.deadlines["bounds"]]
        given = [c for c in token.children if c.dep_ in ("dobj", "dative") and c not in spans]
        tasks = [c for head in [token, *spans] for c in head.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl", "ccomp")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return bool((spans or bounds) and given and tasks)

    def orders_back_to_work(self, token: Token) -> bool:
        """"ordered the nurses back to work", "directed the dockworkers to return to work", "ordered
        the union to end its strike": a command to someone that ends a walkout."""
        _, returns, ends = self.back_to_work_orders
        if not set(lemma_forms(token)) & self.command_verbs or not any(c.dep_ == "dobj" for c in token.children):
            return False
        if any(c.lower_ == "back" for c in token.children) and _to_work(token):
            return True
        for act in (c for c in token.children if c.dep_ == "xcomp"):
            words = {act.lemma_.lower()} | {f"{act.lemma_.lower()} {p.lower_}" for p in act.children if p.dep_ in ("prt", "compound:prt")}
            if act.lemma_.lower() in returns and (_to_work(act) or any(o.dep_ == "dobj" and o.lemma_.lower() == "work" for o in act.children)):
                return True
            ended = [self.noun_trigger(o) for o in act.children if o.dep_ == "dobj"]
            if words & ends and any(t is not None and t.event_type == "PROTEST" for t in ended):
                return True
        return False

    def struck_by_workers(self, token: Token) -> str | None:
        """The striking verb's lemma when it reports a walkout: "the nurses would strike again", "the
        union threatened to strike". It has no object, and its doer (its own subject or that of the
        verb it completes or is joined to) is workers or their union ("the Nurses Union", "the
        dockworkers' union")."""
        _, verbs, workers = self.striking_workers
        lemma = next((form for form in lemma_forms(token) if form in verbs), None)
        if lemma is None or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
            return None
        verb = token
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                doers = [t for s in subjects for t in [s, *(c for c in s.children if c.dep_ in MODIFIER_DEPS + ("poss",))]]
                return lemma if any(t.lemma_.lower() in workers for t in doers) else None
            if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
                return None
            verb = verb.head
        return None

    def maintained(self, token: Token) -> list[str]:
        """What a verb of keeping keeps done, as the words of an act and the thing kept: "kept the
        crossings closed" is "close crossing", "would keep the A4 blocked" "block a4". The small model
        may hang the state on the thing kept, or take "shut" for the object with the thing as its
        modifier ("kept the border shut")."""
        if not set(lemma_forms(token)) & self.maintaining_verbs:
            return []
        kept = [c for c in token.children if c.dep_ == "dobj"]
        states = [(state, thing) for thing in kept for state in token.children if state.dep_ in STATE_DEPS and state.i > thing.i]
        states += [(state, thing) for thing in kept for state in thing.children if state.dep_ == "amod" and state.i > thing.i]
        states += [(thing, modifier) for thing in kept for modifier in thing.children if modifier.dep_ == "compound"]
        return list(dict.fromkeys(f"{form} {thing.lemma_.lower()}" for state, thing in states for form in lemma_forms(state)))

    def confinement_trigger(self, token: Token) -> Trigger | None:
        """"has been in jail since August", "remains in custody": the verb of being held somewhere."""
        if self.confinement is None or token.pos_ not in ("VERB", "AUX"):
            return None
        event_type, spec = self.confinement
        if not set(lemma_forms(token)) & set(spec["verbs"]):
            return None
        held = any(prep.dep_ == "prep" and prep.lower_ == "in" and place.dep_ == "pobj" and place.lemma_.lower() in spec["places"]
                   for prep in token.children for place in prep.children)
        return Trigger(event_type, spec["mode"], "verb", CONFINEMENT) if held else None

    def _place_trigger(self, token: Token, table: dict[str, str]) -> Trigger | None:
        if token.pos_ != "VERB":
            return None
        entry = next((table[form] for form in lemma_forms(token) if form in table), None)
        return Trigger(self.verbs[entry], self.modes.get((self.verbs[entry], entry)), "verb", entry) if entry else None

    def place_blocking_trigger(self, token: Token) -> Trigger | None:
        """The entry a blocking verb stands for when what it blocks is a named place (checked by the caller)."""
        return self._place_trigger(token, self.place_blocking)

    def place_taking_trigger(self, token: Token) -> Trigger | None:
        """The entry a taking verb stands for when what it takes is a named town (checked by the caller)."""
        return self._place_trigger(token, self.place_taking)

    def place_visiting_trigger(self, token: Token) -> Trigger | None:
        """The entry a travelling verb stands for when it goes to a named city or country (checked by the caller)."""
        return self._place_trigger(token, self.place_visiting)

    def noun_trigger(self, token: Token) -> Trigger | None:
        """The event a common noun names, preferring a modified entry ("air strike") to the noun alone."""
        if token.pos_ != "NOUN" or token.dep_ == "compound":
            return None
        lemma = token.lemma_.lower()
        # A participle modifier matches as written too: "running battles" (lemma "run").
        candidates = [f"{form} {lemma}" for child in token.children if child.dep_ in MODIFIER_DEPS
                      for form in dict.fromkeys((child.lemma_.lower(), child.lower_))]
        if token.i >= 2 and token.nbor(-1).text == "-":
            candidates.append(f"{token.nbor(-2).lower_}-{lemma}")
        # "a work-to-rule": a hyphenated phrase used as one noun is parsed with its first word as head.
        end = token.i
        while end + 2 < len(token.doc) and token.doc[end + 1].text == "-" and not token.doc[end + 1].whitespace_:
            end += 2
        if end > token.i:
            candidates.append(token.doc[token.i:end + 1].text.lower())
        # "a state of emergency", "an exchange of fire": the "of" phrase makes the event.
        candidates += [f"{lemma} of {g.lemma_.lower()}" for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
                       for g in child.children if g.dep_ == "pobj"]
        for words in [*candidates, lemma]:
            if words in self.nouns:
                return Trigger(self.nouns[words], self._mode(self.nouns[words], words, token), "noun", words)
        return None

    def is_occurrence_verb(self, token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and any(
            lemma in self.occurrence_verbs
            or any(f"{lemma} {child.lemma_.lower()}" in self.occurrence_verbs for child in token.children if child.dep_ in PHRASE_DEPS)
            for lemma in lemma_forms(token)
        )

    def is_light_verb(self, token: Token) -> bool:
        return not self._labelling(token) and any(
            lemma in self.light_verbs
            or any(f"{lemma} {child.lemma_.lower()}" in self.light_verbs for child in token.children if child.dep_ in PHRASE_DEPS)
            for lemma in lemma_forms(token)
        )


@lru_cache(maxsize=1)
def load(path: Path = LEXICON_PATH) -> Lexicon:
    """The lexicon, validated against its JSON Schema; errors name the file and the broken entry."""
    data = curation.read_yaml(path)
    problems = curation.schema_errors(data, SCHEMA_PATH)
    if problems:
        where = "/".join(str(p) for p in problems[0].path) or "(top level)"
        raise InputError(path, f"breaks {SCHEMA_PATH.name} at {where}: {problems[0].message}")
    return Lexicon(data, path)
