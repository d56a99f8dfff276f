"""The curated gazetteer (data/curation/entities.yaml): known entities, their names, and a fast matcher.

Loaded and validated once per process; the PhraseMatcher over every name, alias and demonym is
built once too, so looking up an article costs one pass over its tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import curation, geonames, nlp
from .errors import InputError
from .paths import CURATION_DIR, SCHEMAS_DIR

GAZETTEER_PATH = CURATION_DIR / "entities.yaml"
SCHEMA_PATH = SCHEMAS_DIR / "curation" / "entities.schema.json"

# How a gazetteer span names its entry; part of the label of each matcher pattern. TITLED is an
# acronym written as a word ("Unicef"), which can also be someone's name ("Irena", "Sana").
NAME, ALIAS, TITLED = "name", "alias", "titled"


# Letters that Unicode does not decompose into a base letter and an accent.
TRANSLITERATION = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ð": "d", "ı": "i"})


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name.translate(TRANSLITERATION)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "entity"


@dataclass(frozen=True)
class Entry:
    entity_id: str
    name: str
    type: str
    description: str
    wikidata_id: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital_of: str | None = None  # entity_id of the country whose government the city can stand for
    seat_of: str | None = None  # entity_id of the country whose government the building can stand for
    demonym_of: str | None = None  # entity_id of the country a NORP entry is the people of


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    # surface form -> (entity_id, NAME|ALIAS|DEMONYM); every form belongs to exactly one entry
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)
    _matcher: PhraseMatcher | None = field(default=None, repr=False)

    def matcher(self) -> PhraseMatcher:
        """Built on first use with the shared pipeline's tokenizer, so patterns tokenize like articles."""
        if self._matcher is None:
            pipeline = nlp.pipeline()
            self._matcher = PhraseMatcher(pipeline.vocab, attr="ORTH")
            for form, (entity_id, kind) in self.forms.items():
                self._matcher.add(f"{entity_id}|{kind}", [pipeline.make_doc(form)])
        return self._matcher

    def matches(self, doc: Doc) -> list[tuple[Span, Entry, str]]:
        """Every gazetteer form in the doc, longest first where they overlap, in text order."""
        found = []
        for match_id, start, end in self.matcher()(doc):
            form_kind = doc.vocab.strings[match_id]
            entity_id, kind = form_kind.rsplit("|", 1)
            found.append((doc[start:end], self.entries[entity_id], kind))
        found.sort(key=lambda item: (-(item[0].end - item[0].start), item[0].start))
        taken: set[int] = set()
        kept = []
        for span, entry, kind in found:
            if taken.isdisjoint(range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                kept.append((span, entry, kind))
        return sorted(kept, key=lambda item: item[0].start)


def _row_label(row: object, number: int) -> str:
    name = row.get("name") if isinstance(row, dict) else None
    return f"row {number}" + (f" ({name!r})" if name else "")


def parse(rows: object, path: Path) -> Gazetteer:
    """Validate gazetteer rows against the JSON Schema and for consistency; errors name the row."""
    errors = curation.schema_errors(rows, SCHEMA_PATH)
    if errors:
        error = errors[0]
        where = list(error.path)
        if where and isinstance(rows, list):
            field_path = "/".join(str(p) for p in where[1:]) or "(row)"
            raise InputError(path, f"{_row_label(rows[where[0]], where[0] + 1)} field {field_path}: {error.message}; fix it to match {SCHEMA_PATH.name}")
        raise InputError(path, f"{error.message}; the file must be a YAML list of entities as described in {SCHEMA_PATH.name}")

    entries: dict[str, Entry] = {}
    ids_by_name = {row["name"]: row.get("id") or slugify(row["name"]) for row in rows}
    qids: dict[str, str] = {}
    forms: dict[str, tuple[str, str]] = {}
    for number, row in enumerate(rows, start=1):
        label = _row_label(row, number)
        entity_id = ids_by_name[row["name"]]
        qid = row.get("wikidata_id")
        if qid and qid in qids:
            raise InputError(path, f"{label}: wikidata_id {qid} is already used by {qids[qid]!r}; one real-world thing is one row, so merge them")
        capital_of, seat_of = row.get("capital_of"), row.get("seat_of")
        for field_name, country in (("capital_of", capital_of), ("seat_of", seat_of)):
            if country is not None and country not in ids_by_name:
                raise InputError(path, f"{label}: {field_name} names {country!r}, which is no row's `name`; add that country or fix the spelling")
        entry = Entry(
            entity_id=entity_id,
            name=row["name"],
            type=row["type"],
            description=row["description"],
            wikidata_id=qid,
            aliases=tuple(row.get("aliases", ())),
            capital_of=ids_by_name[capital_of] if capital_of else None,
            seat_of=ids_by_name[seat_of] if seat_of else None,
        )
        if qid:
            qids[qid] = entry.name
        new = [entry]
        if demonyms := row.get("demonyms"):
            # The people of a country are their own NORP entity, named by the adjective.
            new.append(Entry(slugify(demonyms[0]), demonyms[0], "NORP", f"people or nationality of {entry.name}", aliases=tuple(demonyms[1:]), demonym_of=entity_id))
        for item in new:
            if item.entity_id in entries:
                raise InputError(path, f"{label}: entity_id {item.entity_id!r} is already used by {entries[item.entity_id].name!r}; give one of them an explicit `id` or drop the duplicate")
            for form, kind in [(item.name, NAME)] + [(a, ALIAS) for a in item.aliases]:
                if form in forms:
                    other = entries[forms[form][0]].name if forms[form][0] in entries else item.name
                    raise InputError(path, f"{label}: the name {form!r} is also a name of {other!r}; a name must point to one entity, so keep it on the one news usually means")
                forms[form] = (item.entity_id, kind)
            entries[item.entity_id] = item
    for form, (entity_id, _) in list(forms.items()):
        for variant in _abbreviated(form):
            forms.setdefault(variant, (entity_id, ALIAS))
        for variant in _title_cased(form):
            forms.setdefault(variant, (entity_id, TITLED))
        for variant in _izafat_variants(form):
            forms.setdefault(variant, (entity_id, ALIAS))
    return Gazetteer(entries=entries, forms=forms)


# Words news shortens inside longer names, with their short forms.
ABBREVIATIONS = {"Saint": ("St.", "St"), "United Nations": ("UN", "U.N."), "United States": ("U.S.", "US")}


def _abbreviated(form: str) -> list[str]:
    """The ways news shortens a name ("St. Vincent and the Grenadines", "the Office of the UN High
    Commissioner for Human Rights", "U.S. Department of State"); a variant another row already uses
    keeps its own meaning."""
    variants = []
    for long, shorts in ABBREVIATIONS.items():
        if re.search(rf"\b{long}\b", form) and form != long:
            variants += [re.sub(rf"\b{long}\b", short, form) for short in shorts]
    return variants


def _izafat_variants(form: str) -> list[str]:
    """The Persian and Urdu linking vowel in a name is romanised "-e-" or "-i-" at will
    ("Lashkar-e-Taiba", "Lashkar-i-Taiba"; "Tehreek-e-Insaf", "Tehreek-i-Insaf"): either spelling
    is the name."""
    return [re.sub(r"-([ei])-", lambda m: "-i-" if m.group(1) == "e" else "-e-", form)] if re.search(r"-[ei]-", form) else []


def _title_cased(form: str) -> list[str]:
    """An acronym said as a word, the way British style writes it ("Nato", "Unicef", "Opec"); from
    four letters, since shorter ones are spelled out and so kept in capitals ("BBC", never "Bbc")."""
    return [form.capitalize()] if len(form) >= 4 and form.isalpha() and form.isupper() else []


@lru_cache(maxsize=1)
def load(path: Path = GAZETTEER_PATH) -> Gazetteer:
    return parse(curation.read_yaml(path), path)



def demonym_of(entity_id: str) -> str | None:
    """The entity_id of the country whose people a NORP entity is ("iranian" -> "iran"), for
    linking an event's "Iranian" participant to Iran; None for every other id (a non-NORP entity, a
    NORP that is no country's people, or an id the gazetteer does not know)."""
    entry = load().entries.get(entity_id)
    return entry.demonym_of if entry is not None else None


def capital_of(entity_id: str) -> str | None:
    """The entity_id of the country a capital city is the capital of ("abu-dhabi" ->
    "united-arab-emirates"); None for every other id."""
    entry = load().entries.get(entity_id)
    return entry.capital_of if entry is not None else None


def states_among(entity_ids: Collection[str]) -> dict[str, str]:
    """Which of these entities stand for a country, each mapped to that country: the country
    itself, its people and its capital ("Kenyan", "Nairobi" -> Kenya), when the country is among them."""
    states: dict[str, str] = {}
    for entry in load().entries.values():
        country = entry.demonym_of or entry.capital_of
        if country is not None and country in entity_ids:
            states[country] = country
            if entry.entity_id in entity_ids:
                states[entry.entity_id] = country
    return states


def home_state(mentioned: list[tuple[str, str | None]], states: dict[str, str], dateline: str | None = None) -> str | None:
    """The country a story is about, from its mentions in text order as (entity_id, type): the
    country its wire dateline is in, when the article names that country; else the country it
    names most (with its capital and people), first named on a tie, when it names one at least
    twice; else the first place it names (a story from "the Indian state of Bihar" is Bihar's).
    Unnamed police or "the government" of a story stand for it, in quotes and events alike."""
    if (state := _dateline_state(dateline, states)) is not None:
        return state
    counts: dict[str, int] = {}
    for entity_id, _ in mentioned:
        if (state := states.get(entity_id)) is not None:
            counts[state] = counts.get(state, 0) + 1
    if counts and max(counts.values()) >= 2:
        return max(counts, key=lambda state: counts[state])
    return next((entity_id for entity_id, entity_type in mentioned if entity_type == "GPE"), None)


# The nouns for the police as a body ("police said", "riot police fired").
POLICE_NOUNS = ("police",)
# The last word of a police force's name ("Kosovo Police", "Ghana Police Service", "Lagos State
# Police Command"); not "Police Station", a building.
POLICE_FORCE_WORDS = ("police", "service", "force", "department", "command", "prefecture", "agency")
# Words that name a force as an office of police: "Columbus Division of Police", "Department of Police".
POLICE_OFFICE_WORDS = ("division", "department", "bureau")
# Words naming the level of government a force serves ("Federal Police", "Haitian National Police").
POLICE_LEVEL_WORDS = ("national", "federal", "state", "metropolitan", "city", "municipal", "provincial", "regional", "county", "royal")
PLACE_TYPES = ("GPE", "LOC", "NORP")


def police_force(named: list[tuple[str, str, str]], states: dict[str, str], state: str | None = None) -> str | None:
    """The police force an article names, from its entities as (entity_id, type, name): "Kosovo
    Police", "the Ghana Police Service", "the National Police Agency", "the Columbus Division of
    Police", or one the gazetteer describes as a police force
    ("Carabineros"); not "Interpol" or "Jongno Police Station", which police bodies only work with
    or in. A force is named for where it serves or its level ("Indonesian National Police",
    "Federal Police"); one named for its task ("Industrial Police", "Traffic Police") is a unit of
    it, which the police as a body are not. Given a state, only a force that names it ("Kosovo
    Police" for Kosovo). The police as a body ("police said", "police arrested") are that force, in
    quotes and events alike; when the article names two ("the Nigeria Police Force" and "the Lagos
    State Police Command") which one acted is not knowable, and None leaves them to the state."""
    gazetteer = load()
    place_words = {w.lower() for _, kind, name in named if kind in PLACE_TYPES for w in name.replace(".", " ").split()}
    place_words |= _place_forms()
    forces = []
    for entity_id, kind, name in named:
        if kind != "ORG":
            continue
        entry = gazetteer.entries.get(entity_id)
        description = entry.description.lower() if entry is not None else ""
        # "National Police (Haiti)": a generic name keyed with the country named on it ("Haiti's
        # National Police") is that country's force.
        words = name.split(" (")[0].lower().replace(".", " ").split()
        name = name.replace("(", "").replace(")", "")
        if "police force" not in description:
            if len(words) < 2 or "police" not in words or words[-1] not in POLICE_FORCE_WORDS:
                continue
            qualifiers = [w for w in words[: words.index("police")] if w != "the"]
            if qualifiers[-2:-1] and qualifiers[-1] == "of" and qualifiers[-2] in POLICE_OFFICE_WORDS:
                qualifiers = qualifiers[:-2]  # "Columbus Division of Police" is named for Columbus
            if not all(w in place_words or w in POLICE_LEVEL_WORDS for w in qualifiers):
                continue
        state_entry = gazetteer.entries.get(state) if state else None
        if state is None or name_has_state(name, state, states) or (state_entry is not None and state_entry.name.lower() in description):
            forces.append(entity_id)
    forces = list(dict.fromkeys(forces))
    return forces[0] if len(forces) == 1 else None


@lru_cache(maxsize=1)
def _place_forms() -> frozenset[str]:
    gazetteer = load()
    return frozenset(form.lower() for form, (e, _) in gazetteer.forms.items() if gazetteer.entries[e].type in PLACE_TYPES)


def name_has_state(name: str, state: str, states: dict[str, str]) -> bool:
    """True when a word of the name is the state, its capital or its people ("Kosovo Police",
    "Israel Defense Forces"); states maps the article's entities to the country they stand for."""
    forms = load().forms
    return any((e := forms.get(w, (None, None))[0]) == state or (e is not None and states.get(e) == state) for w in name.split())


def _dateline_state(dateline: str | None, states: dict[str, str]) -> str | None:
    """The country whose capital a wire dateline is filed from ("SEOUL, Nov. 20 (Yonhap)" -> South
    Korea), when the article names that country: a reporter in Seoul writes a Korean story even when
    it names Japan more often. A dateline from any other town says less ("ADRE, Chad (AP)" is a
    border crossing into Sudan's war), so it is not used."""
    place = re.split(r"[,(]", dateline or "")[0].strip()
    gazetteer = load()
    for form in (place, place.title()):
        entity_id = gazetteer.forms.get(form, (None, None))[0]
        country = gazetteer.entries[entity_id].capital_of if entity_id is not None else None
        if country is not None and country in states:
            return country
    return None


# Kinds of national body that most countries have one of under a generic name, as news writes them
# capitalised ("Kenya's Supreme Court", "the Central Election Commission of Georgia"), with the
# description heads the gazetteer gives a country's own body of that kind ("highest court of Spain").
# Lowercase descriptions ("Indonesia's parliament") are no names, so only capitalised kinds count.
NATIONAL_KINDS: dict[str, tuple[str, ...]] = {
    # Not "highest court", which is also the High Court of Australia, whose states have Supreme Courts.
    "Supreme Court": (),
    "Constitutional Court": ("constitutional court",),
    "Constitutional Council": ("constitutional court",),
    "Constitutional Tribunal": ("constitutional court",),
    "Parliament": ("parliament", "legislature"),
    "National Assembly": (),
    "Election Commission": ("election authority",),
    "Electoral Commission": ("election authority",),
    "Central Election Commission": ("election authority",),
    "National Election Commission": ("election authority",),
    "National Electoral Commission": ("election authority",),
    "Electoral Council": ("election authority",),
    "Anti-Corruption Commission": ("anti-corruption agency",),
    "Anti-Corruption Agency": ("anti-corruption agency",),
    "Anti-Corruption Bureau": ("anti-corruption agency",),
    "Statistics Office": ("national statistics office",),
    "Statistical Office": ("national statistics office",),
    "Bureau of Statistics": ("national statistics office",),
    "Coast Guard": (),
    "Border Guard": (),
}
# Kinds a country has exactly one of, so that the bare name ("the Supreme Court") in a story about one
# country is that country's. Not "Congress", "Senate" or "House" (an Indian party, American states'
# chambers), nor "High Court" (a state court in India and Australia).
SOLE_KINDS = frozenset(("Supreme Court", "Constitutional Court", "Constitutional Council", "Parliament", "National Assembly", "Central Election Commission", "Coast Guard", "Border Guard"))
# Countries whose English name takes "the" ("the Supreme Court of the Philippines").
DEFINITE_COUNTRY = re.compile(r"^(?:United |Czech Republic$|Dominican Republic$|Central African Republic$|Democratic Republic|Republic of)|Islands$|^(?:Philippines|Netherlands|Bahamas|Maldives|Comoros|Seychelles|Gambia)$")


# A gazetteer description of a division: "province of Canada", "state of India", "county of England";
# not "region of Asia", a part of a continent, which has no government. The kinds are those the
# event lexicon's regional_levels name.
DIVISION_DESCRIPTION = re.compile(r"^(?:(?P<first>state|province|territory|region)|(?P<county>county)) of (?P<country>.+)$")


def division_kind(entity_id: str, name: str) -> str | None:
    """"first-level" for a country's state, province or region, "county" for a county, else None:
    as the gazetteer row describes it, or for a name it lacks, a US state GeoNames ships (the row
    decides when there is one: "New York" there is the city)."""
    entry = load().entries.get(entity_id)
    if entry is None:
        return "first-level" if name in geonames.us_state_names() else None
    match = DIVISION_DESCRIPTION.match(entry.description)
    if match and country_named(match["country"]):
        return "first-level" if match["first"] else "county"
    return None


def country_named(form: str) -> str | None:
    """The country a name or its people's adjective stands for ("Kenya", "Kenyan", "the Philippines" -> its entity_id)."""
    gazetteer = load()
    entity_id = gazetteer.forms.get(form.removeprefix("the "), (None, None))[0]
    entry = gazetteer.entries.get(entity_id) if entity_id is not None else None
    if entry is None:
        return None
    return entry.demonym_of or (entry.entity_id if entry.type == "GPE" else None)


def national_body_name(kind: str, country: str) -> str:
    """The one name for a country's body of a kind the gazetteer lacks: "Supreme Court of Kenya",
    "Parliament of the Philippines", however the article phrased it."""
    name = load().entries[country].name
    return f"{kind} of {'the ' if DEFINITE_COUNTRY.search(name) else ''}{name}"


def national_body(kind: str, country: str) -> str | None:
    """The gazetteer row for a country's body of a kind ("Supreme Court", Spain -> Supreme Court of
    Spain; "Parliament", Norway -> Storting), when it has exactly one."""
    return _national_bodies().get((country, kind))


def kind_and_country(name: str) -> tuple[str, str | None, bool] | None:
    """The kind of national body a name gives and the country it names, if any, and whether the
    country leads the name: "Supreme Court (Kenya)" (as a possessive is keyed), "Supreme Court of
    Kenya", "Kenyan Supreme Court", bare "Supreme Court"."""
    if name in NATIONAL_KINDS:
        return name, None, False
    for pattern in (r"(.+) \((.+)\)", r"(.+) of (.+)"):
        if (parts := re.fullmatch(pattern, name)) and parts.group(1) in NATIONAL_KINDS and (country := country_named(parts.group(2))):
            return parts.group(1), country, False
    words = name.split()
    for size in (1, 2):
        if " ".join(words[size:]) in NATIONAL_KINDS and (country := country_named(" ".join(words[:size]))):
            return " ".join(words[size:]), country, True
    return None


@lru_cache(maxsize=1)
def _national_bodies() -> dict[tuple[str, str], str]:
    """(country, kind) -> entity_id, from the rows' names with the country taken out ("Spanish
    Supreme Court", "Election Commission of Pakistan") and from descriptions that say it ("parliament
    of Norway"); a pair two rows claim is left out, since which one is meant is not knowable."""
    found: dict[tuple[str, str], set[str]] = {}
    for entry in load().entries.values():
        if entry.type != "ORG":
            continue
        claims = {(named[1], named[0]) for form in (entry.name, *entry.aliases) if (named := kind_and_country(form)) is not None and named[1] is not None}
        if (described := re.fullmatch(r"(.+?) of (.+)", entry.description)) and (country := country_named(described.group(2))):
            claims |= {(country, kind) for kind, kind_heads in NATIONAL_KINDS.items() if described.group(1) in kind_heads}
        for claim in claims:
            found.setdefault(claim, set()).add(entry.entity_id)
    return {claim: next(iter(ids)) for claim, ids in found.items() if len(ids) == 1}


def dominant_state(mentioned: list[str], dateline: str | None = None) -> str | None:
    """The one country a story is about, from the ids of its gazetteer mentions: its wire
    dateline's, or the country it names (with its capital and people) at least twice and more
    often than any other; None when that is not clear. Stricter than home_state, which settles a
    tie by the first named and falls back to the first place: a bare "the Supreme Court" is given
    a country only when the story leaves no doubt, since another country's court is worse than none."""
    states = states_among(set(mentioned))
    if (state := _dateline_state(dateline, states)) is not None:
        return state
    counts = Counter(states[entity_id] for entity_id in mentioned if entity_id in states)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None
