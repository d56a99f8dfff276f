"""Named entities: one row per real-world thing across the corpus, and every mention of it.

How a mention is found (the `method` column):
- gazetteer: a name or alias from data/curation/entities.yaml (known entities, with QIDs); a social
  network's short form ("X (social network)" -> "X") only as "on X", "X post", "X account";
- ner: the spaCy model's span, cut at line breaks and brackets, or a capitalised phrase headed by an
  organisation or facility word ("Foreign Ministry", "Port of Mombasa"), or a unit noun and its
  number ("Unit 29155"), or a one-word proper noun the model missed where places stand ("near
  Corinth"); cleaned of "the", titles, honorifics and ranks ("Col", whatever the model's label),
  possessives, lowercase descriptors and a demonym run into a person's name ("Kenyan Ruth Wambui");
  typed by evidence;
- alias: another occurrence in the same article of a name found there, a person's surname or first
  name after the full name ("Shamkhani", "Ali" after "Ali Shamkhani"), an organisation's short form
  or acronym.

Policies:
- entity_id is the slug of the canonical name: the gazetteer name for known entities, otherwise the
  longest name the article uses (a person's full name); a generic name takes its country
  ("Foreign Ministry (Iraq)"). A lone surname is the one person of the corpus with that surname,
  if there is exactly one. That is the fresh id; a build then keeps the id an entity was already
  published under (entity_ids.py).
- A capital city that is the subject or possessor of a clause ("Tehran said", "Washington's
  decision"), or the object of blame, pressure or a request ("accused Moscow of", "urged Tehran to",
  "asked Ottawa for"), stands for
  its country's government and is a mention of the country; anywhere else ("talks in Tehran",
  "visited Moscow") it is the city.
- A seat of government (gazetteer `seat_of`: the Kremlin, the White House, Downing Street) is
  read as a capital is, and also before a noun ("Kremlin spokesman", "White House officials"):
  the country's government, a mention of the country; as a place ("at the White House") the building.
- A legislature, court, party or football association the gazetteer knows, named by a generic name
  without its country ("House of Representatives", "Labour"), is that body only in a story about its
  country; elsewhere the name is another country's body of that kind, read as a name of its own.
- A demonym ("Iranian officials", "Americans") is a mention of that country's people, a NORP entity
  of its own (the gazetteer makes one per country), not of the country.
- Types come from the gazetteer when known; otherwise from evidence around each mention (titles,
  kinship and role nouns, apposition, organisation, facility and place words, coordination with a
  known place), which outweighs the model's label in a vote over all mentions. Where a one-word name
  stands (after in/at/near/from/through/between..., "village of", "west of", before "border
  crossing") is weaker evidence of a place: it is dropped when the article treats the name as a
  person anywhere (a title, "Mr", kinship noun, or the subject of a speech verb).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Doc, Span

from . import dates
from . import gazetteer as gazetteer_module
from . import geonames, given_names, nlp
from .gazetteer import ALIAS, TITLED, Entry, Gazetteer, slugify
from .ingest import Article, furniture_lines

# OntoNotes labels that name a thing; dates, amounts and ordinals are not entities here.
ENTITY_TYPES = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")

# Prior belief that a mention is right, by how it was found; ranks mentions, not calibrated against gold.
CONFIDENCE = {"gazetteer": 0.95, "gazetteer_alias": 0.9, "short_alias": 0.8, "metonym": 0.75, "ner": 0.7, "ner_supported": 0.85, "alias": 0.85}

# Words before a name that make it a person: honorifics, offices, ranks and roles (lowercase, no dot).
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady president vice premier minister chancellor
    secretary ambassador envoy gen general lt lieutenant col colonel maj major capt captain sgt sergeant
    adm admiral commander cmdr marshal brig brigadier king queen prince princess sheikh sheik emir
    ayatollah imam pope cardinal archbishop bishop rabbi rev reverend sen senator rep representative
    gov governor mayor councillor councilor counselor councilman councilwoman alderman alderwoman
    judge justice spokesman spokeswoman spokesperson coach manager striker
    midfielder defender goalkeeper ceo chairman chairwoman chairperson director officer inspector
    detective superintendent constable deputy mp lawmaker activist analyst reporter correspondent
    journalist editor founder economist lawyer attorney prosecutor leader chief head incumbent candidate
    challenger nominee adviser advisor ombudsman rector speaker advocate sepoy corporal cpl naik havildar
    subedar trooper sapper gunner rifleman commissioner""".split()
)
# Nouns in apposition or with "for"/"at" that say the name next to them is an organisation.
ORG_NOUNS = frozenset(
    """agency newspaper daily broadcaster channel network company firm group party union militia
    organisation organization ministry council committee bank association federation club team
    movement coalition alliance outlet publication magazine website arm wing affiliate branch subsidiary
    body bloc regulator watchdog charity nonprofit outfit institute institution pollster foundation university college
    service""".split()
)
# The role nouns whose "for X" / "at X" names an employer: "a reporter for Tasnim".
EMPLOYEE_NOUNS = frozenset(
    """reporter correspondent journalist editor spokesman spokeswoman spokesperson official employee
    analyst director chief executive ceo chairman economist researcher lawyer worker member""".split()
)
# Title-case words that end (or sit inside) an organisation's name, company legal forms of many countries among them ("SpA", "Oyj", "Tbk", "PJSC").
ORG_HEADS = frozenset(
    """Agency Council Ministry Party Corporation Corp Inc Ltd Group Union Bank University Association
    Company Authority Court Commission Committee Army Police Service Services Organisation Organization
    Federation Club Institute Foundation Department Office Board Parliament Assembly Congress Senate
    Front Movement Brigade Brigades Guards Guard Corps Force Forces FC News Times Post Journal Press
    Airlines Airways Holdings Trust Fund Alliance League Network Television Radio Cabinet Ports Partners
    Capital Industries Semiconductor Semiconductors Technologies Systems Motors Energy Pharmaceuticals
    Solutions Logistics Shipping Robotics Electronics Insurance Precision Co Plc plc LLC AG SA GmbH NV
    Athletic Rovers Wanderers Albion United Hotspur AFC Chamber Chambers Confederation Syndicate
    Builders Construction Contractors Engineering
    Cooperative Directorate Secretariat Bureau Tribunal Academy College Society Metals Mining Minerals
    Petroleum Steel Chemicals Foods Ventures Investments Securities Financial Telecom Communications
    Media Studios Labs Laboratories Therapeutics Exchange Caucus International Town Cartel Gang Mission Body
    Advisory Consulting Consultants Embassy Consulate Centre Center
    SpA Srl Oyj Tbk Bhd Berhad ASA AB BV PJSC JSC OJSC PAO LLP Pty Ltda SAB KGaA""".split()
)
# Plural nouns for the members of a trade or group that, before "of" and a place, name the
# association of them there: "Grain Growers of Canada", "Communications Workers of America".
MEMBER_HEADS = frozenset(
    """Growers Farmers Producers Workers Employers Manufacturers Exporters Importers Fishermen
    Teachers Nurses Physicians Doctors Engineers Journalists Lawyers Retailers Truckers Veterans""".split()
)
# Of those, the words a newspaper's or broadcaster's title ends on, not an institution's.
PRESS_HEADS = frozenset("News Times Post Journal Press Television Radio".split())
# Lowercase nouns just before a name that make it an organisation: "the law firm X", "chipmaker X".
ORG_PREFIX_NOUNS = ORG_NOUNS | frozenset(
    """chipmaker carmaker automaker lender insurer retailer airline broker miner operator manufacturer
    maker supplier contractor startup conglomerate charity club side outlet broadcaster giant house
    regulator watchdog subsidiary producer exporter platform consultancy brand chain meatpacker steelmaker
    shipbuilder drugmaker planemaker refiner wholesaler distributor utility""".split()
)
# First words of a court's or prosecutor's office's name that say it is one of many of its tier,
# each named by its seat ("Basic Court in Mitrovica", "Higher Public Prosecutor's Office in Novi Sad").
LOCAL_TIER_WORDS = frozenset("Basic Higher District Regional Municipal Cantonal County Circuit Provincial".split())
LOCAL_SEATED_HEADS = frozenset("Court Office Tribunal".split())
# Of those, the ones that also describe a person in apposition ("Yao Ming, the basketball giant",
# "Ana Ruiz, a machine operator").
PERSON_LIKE_ORG_NOUNS = frozenset("giant house side maker operator producer contractor broker miner brand".split())
# Lowercase nouns after a name that make it a place: "Dolpa district"; natural features keep the noun.
PLACE_NOUNS = frozenset("district province county region state city town village municipality governorate prefecture area zone township department".split())
# Title-case last words that make a name a region ("Federal Capital Territory", "Northern Province",
# "Maradun Local Government Area");
# not "State" ("Islamic State") nor "City" ("Hull City", "Manchester City").
PLACE_HEADS = frozenset("Territory Territories Province Region District County Governorate Prefecture Oblast Krai Canton Area".split())
FEATURE_NOUNS = frozenset(
    """mountains mountain hills river lake sea ocean plate valley desert island islands peninsula gulf
    strait bay range glacier basin delta shoal shoals reef reefs atoll cape lagoon volcano forest canyon
    plateau archipelago pass""".split()
)
STORM_WORDS = frozenset("Hurricane Typhoon Cyclone Storm".split())
# A match's result: its sides are the subject of these verbs and the object after these nouns.
RESULT_VERBS = frozenset("win lose beat draw defeat edge thrash suffer".split())
RESULT_NOUNS = frozenset("win victory defeat draw loss".split())
# Nouns only a sports report uses: there a town's name is as often its side.
SPORT_NOUNS = frozenset("league fixture striker midfielder goalkeeper footballer match".split())
# Words a football club's name is built with.
CLUB_WORDS = frozenset("FC AFC CF SC United Rovers Wanderers Athletic Albion Hotspur Rangers Celtic Olympique Sporting Dynamo Juniors".split())
# Title-case words that start the name of a natural feature or of a street or square.
FEATURE_FIRST_WORDS = frozenset("Mount Mt Lake Cape Isla Lago Monte Sierra Lac Loch".split())
# Title-case words that head a natural feature's name before "of": "Cape of Good Hope", "Gulf of Aden".
FEATURE_OF_WORDS = frozenset("Cape Gulf Strait Straits Bay Sea Isle Island Islands Lake".split())
STREET_FIRST_WORDS = frozenset("Avenida Avenue Calle Rua Rue Plaza Praça Piazza Place Boulevard Paseo Jalan".split())
# Buildings named the way other languages do, the kind first: "Stadion Drava", "Estadio Azteca", "Palais de Justice".
FOREIGN_FAC_FIRST_WORDS = frozenset(
    "Stadion Estadio Stade Stadio Aeropuerto Aéroport Aeroporto Flughafen Palais Palacio Palazzo Hôtel Hôpital Hospital Puerto Pont Puente Gare Estación".split()
)
# Lowercase nouns a name can modify: "its Dunmore plant" (a place), "Kestrel executives" (an organisation).
SITE_NOUNS = frozenset(
    """terminal port plant factory office site base airport depot branch headquarters campus mine refinery
    warehouse facility docks crossing border checkpoint stadium arena prison hospital mosque temple highway
    motorway expressway road bridge railway pipeline dam canal camp street avenue flyover junction""".split()
)
# Disasters named for where they happened: "the Pylos shipwreck", "the Chernobyl disaster" (a trial,
# rally or murder is as often named for a person, so those are not here).
DISASTER_NOUNS = frozenset("shipwreck earthquake quake tsunami landslide mudslide flood blast explosion derailment disaster massacre".split())
STAFF_NOUNS = frozenset(
    """executive shareholder investor engineer employee staff worker board director manager desk newsroom
    spokesman spokeswoman spokesperson analyst economist strategist researcher""".split()
)
# "<noun> in X" where X is what is held or taken part in, not a place.
HOLDING_NOUNS = frozenset("share stake investment interest holding confidence faith trust role part position".split())
# A single word after these prepositions is a place unless other evidence says otherwise.
PLACE_PREPOSITIONS = frozenset("in near outside across around throughout through between via above below beyond toward towards along off".split())
# These too, but they also introduce employers and sources ("at Kestrel", "from Reuters"): only when
# the model did not call the name an organisation.
LOOSE_PLACE_PREPOSITIONS = frozenset("at from".split())
# "<noun> of X" where X is a place: "the village of Sofiko", "west of Corinth".
PLACE_OF_NOUNS = PLACE_NOUNS | frozenset(
    """suburb resort neighbourhood neighborhood settlement hamlet commune island port outskirts
    north south east west northeast northwest southeast southwest mayor governor capital residents people parts camp""".split()
)
# What only a place has, so the name owning it is one: "Nangarhar's deputy governor", "Soba's residents".
PLACE_POSSESSIONS = frozenset("governor mayor outskirts suburb neighbourhood neighborhood resident population".split())
# Title-case words that make a name the title of a document, and nouns that introduce a title.
WORK_WORDS = frozenset("Report Reports Survey Outlook Yearbook".split())
WORK_NOUNS = frozenset("report study survey song album book novel film documentary poem play anthem series".split())
# Honorifics and abbreviated ranks: before a name they are never part of it, whatever the model's
# label ("Col Pavel Orlov" tagged ORG), unlike whole words such as "General" in "General Motors".
# Burmese "Daw" (women) is one too; "U" (men) is not listed, a lone letter is too often an initial.
# Words that open a title and never end a name: "Vice" (President), "Deputy Prime" (Minister).
TITLE_OPENERS = frozenset("vice deputy prime".split())
HONORIFICS = frozenset("mr mrs ms dr prof sir dame gen lt col maj capt sgt adm cmdr brig sheikh sheik sen rep gov insp supt daw".split())
# Nouns in apposition that make a name a place: "the state capital, Patna", "Masinloc, a fishing town".
PLACE_APPOS_NOUNS = PLACE_NOUNS | frozenset("capital country nation island suburb neighbourhood neighborhood settlement hamlet port".split())
# Nouns in apposition that make a name a person, besides titles: "Rustam Nazarov, an Uzbek blogger".
PERSON_APPOS_NOUNS = frozenset(
    """blogger student teacher farmer fisherman fisher mother father parent resident villager worker nurse
    doctor surgeon engineer businessman businesswoman entrepreneur driver pilot soldier priest pastor
    survivor victim witness owner vendor trader shopkeeper artist singer musician actor actress writer
    author poet novelist filmmaker player athlete footballer cyclist runner boxer scientist researcher
    professor academic historian lecturer candidate politician diplomat official spokesman spokeswoman
    negotiator mediator protester demonstrator dissident refugee migrant veteran grandmother grandfather
    man woman boy girl child widow daughter son wife husband brother sister commander chief executive
    founder co-founder cofounder coordinator adviser advisor consultant organiser organizer volunteer
    representative commissioner administrator staffer aide deputy campaigner expert specialist scholar
    fellow legislator councillor councilor magistrate nurse midwife paramedic ally rival critic opponent""".split()
)
# Kinship nouns before a name make it a person: "his daughter Yulia", "identified by his surname Park".
KIN_NOUNS = frozenset("daughter son wife husband mother father brother sister widow uncle aunt nephew niece cousin grandson granddaughter surname forename".split())
# Verbs of speech whose subject is a person (or an organisation, never a place).
SPEECH_LEMMAS = frozenset("say tell add insist claim argue write warn ask".split())
# Month, weekday and feast names: capitalised, never places.
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday christmas easter ramadan eid""".split()
)
# A gazetteer name "<short> (social network)" is also called <short>, but only next to these words:
# "a post on X", "his X account" (a bare one-letter name is anything anywhere else).
NETWORK_BEFORE = frozenset("on via".split())
NETWORK_AFTER = frozenset("post posts account accounts user users feed".split())
# Capitalised nouns followed by a number that together name a military or police unit: "Unit 29155".
UNIT_NOUNS = frozenset("Unit Battalion Brigade Regiment Division Squadron Detachment".split())
NUMBERED_FAC_NOUNS = frozenset("Highway Route Motorway Interstate Terminal Pier Berth Gate Runway Reactor".split())
# A road named by its code alone: a letter and up to three digits ("the A13", "the M25 motorway",
# "the N118"), or an Interstate ("I-95"). A bare "A4" or "B52" is as often a paper size or a bomber,
# so a letter code counts only after "the", before a road noun, or listed with such a code.
ROAD_CODE = re.compile(r"^(?:[ABDEMNR]\d{1,3}|I-\d{1,3})$")
ROAD_NOUNS = frozenset("motorway highway autoroute autobahn autopista road expressway freeway interstate carriageway bypass".split())
# Fields of government offices, as in "Minister for Labour and Employment", "Secretary of Commerce".
PORTFOLIO_WORDS = frozenset(
    """Labour Labor Employment Health Sanitation Trade Industry Industries Commerce Finance Defence Defense
    Foreign Affairs Interior Home Justice Education Higher Agriculture Energy Mines Mining Transport
    Works Housing Information Communications Tourism Environment Climate Water Lands Land Natural
    Resources Social Security Welfare Youth Sports Sport Culture Economy Economic Planning Development
    Public Local Government Women Gender Children Family Fisheries Oceans Forestry Petroleum Oil Gas
    Science Technology Innovation Digital Immigration Citizenship Veterans Heritage Arts Infrastructure
    Budget Treasury Revenue Customs Cooperation International Relations Regional Rural Urban
    Parliamentary Legal Constitutional Human Rights Civil Service Administration Emergency Disaster
    Management Relief Rehabilitation Reconstruction Aviation Maritime Railways Roads Highways Ports
    Power Electricity Investment Enterprises Small Medium Food Irrigation Livestock Wildlife Taxation
    Statistics Equality Integration Refugees Diaspora Religious Endowments""".split()
)
# Title-case words that end (or start, before "of") the name of a building or piece of infrastructure.
FAC_HEADS = frozenset(
    """Hotel Airport Stadium Arena Bridge Port Tower Towers Palace Mosque Church Cathedral Temple Dam
    Canal Highway Motorway Road Street Square Park Prison Terminal Pipeline Railway Station Building
    Hall Stand Dock Docks Harbour Harbor Base Plant Mall Hospital Clinic Ground Grounds Monument Memorial
    Refinery Smelter Shipyard Factory Mine""".split()
)
# Last words that make a name a building ("Afya House", "Presidential Villa") but that start the name
# of a chamber or a club when "of" follows ("House of Commons"), so they are no FAC_HEADS.
BUILDING_LAST_WORDS = frozenset("House Villa".split())
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
PLACES_AND_PEOPLE = frozenset({"GPE", "LOC", "NORP", "PERSON"})
SPLITTING_PREPOSITIONS = frozenset("in at near to from".split())
NAME_CONNECTORS = frozenset("de del do da dos das di des du am upon".split())
# Joining words written between hyphens inside a place's name: "Boulogne-sur-Mer", "Stratford-upon-Avon".
HYPHENED_CONNECTORS = frozenset("sur sous en le la les lès upon on under am an im de du des".split())
# Words before a name that make it a company: "PT Sulawesi Nikel", "Grupo Mexico".
COMPANY_PREFIXES = frozenset("PT Grupo Groupe Banco Empresa Compañía Companhia".split())
NAME_ABBREVIATIONS = frozenset("Inc Co Corp Ltd Jr Sr St Bros Mt".split())
COMPASS_WORDS = frozenset("north south east west central northern southern eastern western northeast northwest southeast southwest".split())
CAMEL_CASE = re.compile(r"[A-Z][a-z]{2,}[A-Z][A-Za-z]*")
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
QUOTE_CHARS = "\"'“”‘’"
# Kinds of institution, as the gazetteer describes them, that every country has under the same
# generic names, so a story names another country's with its country.
DOMESTIC_KINDS = re.compile(r"(?:legislature|parliament|(?:lower|upper) house|highest court|supreme court|constitutional court|political party|governing body of football)\b")
# Dependency roles in which a capital city acts, so it stands for the government seated there.
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
# Verbs whose object is held responsible or asked to act, so a capital there is its government too:
# "accusing Moscow of", "urged Tehran to"; "visited Moscow" stays the city.
# What a city has as a city, not as a seat of government: "Tehran's streets", "Kyiv's mayor".
CITY_PARTS = PLACE_OF_NOUNS | SITE_NOUNS | frozenset("street road square neighbourhood neighborhood district suburb outskirts skyline resident population mayor governor".split())
ACTOR_OBJECT_VERBS = frozenset("accuse blame urge warn condemn criticise criticize sanction pressure press persuade ask lobby petition thank".split())
# Words whose "to X" is someone addressed, so a capital there is its government: "a request made to
# Brussels", "made clear to Paris", "appealed to Kyiv", "look to Bamako for support"; "flew to
# Paris", "a visit to Moscow" keep the city.
ADDRESS_WORDS = frozenset("request appeal demand complaint protest message letter note proposal offer clear complain write explain signal look turn apologise apologize".split())
# Dealings only governments have with each other, so a capital they are had "with" or "between" is
# its government: "ties with Moscow and Kyiv", "relations between Addis Ababa and Asmara",
# "coordinating closely with Washington"; "flights between Rome and Athens" keeps the cities.
RELATION_WORDS = frozenset(
    "tie relation relationship talk negotiation dialogue contact row dispute feud spat rift standoff tension "
    "rapprochement normalisation normalization coordinate coordination cooperate cooperation negotiate".split()
)


@dataclass
class Mention:
    start: int  # token offsets into the doc
    end: int
    key: str  # gazetteer entity_id, or "?" + canonical name for entities the gazetteer lacks
    method: str
    confidence: float
    label: str | None = None  # the model's label, for voting
    evidence: str | None = None  # a type the context shows
    located: bool = False  # the evidence is only where the name stands ("in X"): it counts for less
    trim: int = 0  # characters at the end of the last token that are not part of the name ("X." ending a sentence)


def _is_capitalised(token) -> bool:
    return token.text[:1].isupper()


def _is_furniture(token) -> bool:
    """Words around a name that are not part of it: "the", titles, possessives, punctuation."""
    return token.lower_ in DETERMINERS or token.lower_.rstrip(".") in PERSON_TITLES or token.text in POSSESSIVE or token.is_punct or token.text in QUOTE_CHARS


def _clean(span: Span) -> Span | None:
    """The part of a model span that is the name: no determiners, titles, possessives or stray punctuation."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].text in QUOTE_CHARS):
        start += 1
    # A lowercase description the model ran into the name ("the national space research institute
    # Inpe") says what it is, as after the name; a particle ("al-Shabaab", "bin Laden", "van der
    # Berg") is the name's.
    # An ordinal in figures is the name's ("the 101st Airborne Division"), however lowercase it reads.
    while start < end - 1 and doc[start].is_lower and doc[start].whitespace_ and len(doc[start]) > 3 and doc[start].pos_ in ("NOUN", "ADJ", "PROPN") and doc[start].lower_ in english_words() and not ORDINAL_IN_FIGURES.fullmatch(doc[start].text):
        start += 1
    if end < len(doc) and doc[end - 1].lower_ in ("of", "on", "for", "and") and _is_capitalised(doc[end]) and doc[end].ent_iob_ == "O":
        end += 1  # the model often drops the last word of a title: "Country Reports on [Terrorism]"
    if end < len(doc) and doc[end].lower_ in FEATURE_NOUNS and doc[end - 1].lower_ not in FEATURE_NOUNS and not _feature_noun_not_its_own(doc, start, end):
        end += 1  # "the Zagros mountains": a natural feature's noun is part of its name
    # A score the model ran into the name ("Kelby Town 2-1"); numbers that are part of one ("Ligue 1") stay.
    tail = next((i for i in range(start + 1, end) if all(t.like_num or t.is_punct for t in doc[i:end])), end)
    if any(t.is_punct for t in doc[tail:end]) and any(t.like_num for t in doc[tail:end]) and not NUMBER_AFTER_NAME.fullmatch(doc[tail - 1:end].text):
        end = tail  # but "Union No. 3" keeps its number
    # An organisation's name ends on its head word; a model code after it starts its equipment's
    # name: "a New Zealand Defence Force C-130J Hercules", "an Air Force F-16".
    end = next((i for i in range(start + 1, end) if doc[i - 1].text in ORG_HEADS and any(ch.isdigit() for ch in doc[i].text) and any(ch.isalpha() for ch in doc[i].text)), end)
    # Not part of the name: possessives, punctuation and lowercase descriptors ("Bajura district").
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].text in QUOTE_CHARS or (doc[end - 1].is_lower and doc[end - 1].lower_ not in FEATURE_NOUNS)):
        end -= 1
    if end - 1 > start and doc[end - 1].like_num and doc[end].lower_ in ("million", "billion", "trillion", "thousand", "percent"):
        end -= 1  # "fined Zentra Labs 200 million euros": the amount's number is not the firm's
    # An organisation's or building's name in another language keeps its lowercase words
    # ("Sportske novosti", "Gazeta shqiptare"): after a last word that is no English word, nouns
    # and adjectives that are none either (a place is left alone: "from Konawe unfurled banners").
    while span.label_ in ("ORG", "FAC") and end < len(doc) and end - span.end < 2 and doc[end].is_lower and doc[end].is_alpha and not doc[end].is_stop and doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "X") and doc[end - 1].whitespace_ and doc[end].lower_ not in NAME_CONNECTORS and not any(_is_word(t, set()) for t in (doc[end - 1], doc[end])):
        end += 1
    # A hyphen joins the rest of the name ("Laki-laki", "Hennis-Plasschaert"), not an English word
    # ("Gaza-based"), except the second half of a person's given name ("Hong Jin-sung").
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].ent_iob_ != "B" and (doc[end + 1].lower_ not in english_words() or doc[end + 1].lower_ == doc[end - 1].lower_ or (span.label_ == "PERSON" and end - start > 1 and doc[end + 1].is_lower and not doc[end + 1].lower_.endswith(("ed", "ing")))):
        end += 2
    if span.label_ == "PERSON":
        # "Foreign Minister Shah Mehmood Qureshi" -> after the last title word, if a name is left.
        titles = [i for i in range(start, end - 1) if doc[i].lower_.rstrip(".") in PERSON_TITLES]
        if titles:
            start = titles[-1] + 1
    while start < end - 1 and doc[start].lower_.rstrip(".") in HONORIFICS and _is_capitalised(doc[start + 1]):
        start += 1  # "Col Pavel Orlov" whatever the label; _evidence then sees the title before the name
    if start >= end or not any(ch.isupper() for ch in doc[start:end].text):
        return None
    if all(t.lower_.rstrip(".") in HONORIFICS for t in doc[start:end]):
        return None  # "Lt Gen" cut off its holder's name: ranks alone name nobody
    return doc[start:end]


def _feature_noun_not_its_own(doc: Doc, start: int, end: int) -> bool:
    """The feature noun after a name belongs to something else when it describes a noun after it
    ("the Kwiambana forest reserve" is a reserve) or, in the plural, is shared by the names listed
    before it ("Sulawesi and Halmahera islands": Halmahera is one island)."""
    noun = doc[end]
    describes_next = end + 1 < len(doc) and noun.head.i > end and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"
    shared = noun.lower_ != noun.lemma_ and start > 0 and doc[start - 1].lower_ in ("and", "or", ",") and start > 1 and _is_capitalised(doc[start - 2])
    return describes_next or shared


def _extend_person(span: Span, taken: set[int], lowercase_words: set[str]) -> Span:
    """spaCy often stops a name one word early ("Shah Mehmood" + "Qureshi") or starts it one word late
    ("Deputy Mayor Ana" + "Lúcia Ramos"): take following proper nouns (for a name the model did not
    call a person, only those the parser joins to it), and a preceding one that the parser attaches
    to the name and that is no title or word the corpus writes in lowercase."""
    doc, start, end = span.doc, span.start, span.end
    while end < len(doc) and (end - start < 5 or _completes_a_title(doc, end)) and end not in taken and doc[end].ent_iob_ == "O" and doc[end].pos_ == "PROPN" and _is_capitalised(doc[end]) and not doc[end].is_sent_start:
        if span.label_ != "PERSON" and not _completes_a_title(doc, end) and (doc[end].lower_ in PERSON_TITLES or not (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end)):
            break  # other names grow only where the parser joins the words ("Kaino" + "Shikongo"), never into a title
        end += 1
    before = doc[start - 1] if start > 0 else None
    if (
        before is not None and before.i not in taken and before.ent_iob_ == "O" and before.pos_ == "PROPN" and before.is_alpha and before.is_title
        and before.dep_ == "compound" and start <= before.head.i < end and end - start < 4
        and before.lower_ not in PERSON_TITLES and before.lower_ not in HONORIFICS and before.lower_ not in lowercase_words and before.lower_ not in CALENDAR_WORDS
    ):
        start -= 1
    return doc[start:end]


def _completes_a_title(doc: Doc, i: int) -> bool:
    """No name ends on a word that only opens a title: the model stops "the Office of the Vice
    President" and "the Office of the Deputy Prime Minister" before the office they are named for."""
    return doc[i - 1].lower_ in TITLE_OPENERS and _is_capitalised(doc[i - 1]) and doc[i].lower_ in PERSON_TITLES | TITLE_OPENERS


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words: the lemma index the spaCy model ships for its lemmatizer."""
    index = nlp.pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def _is_word(token, lowercase_words: set[str]) -> bool:
    return token.lower_ in lowercase_words or token.lower_ in english_words() or token.lemma_.lower() in english_words()


def _is_word_or_plural(token) -> bool:
    """An English word, or the plural of one the model keeps capitalised as a name's ("Manufacturers")."""
    return _is_word(token, set()) or (token.lower_.endswith("s") and token.lower_[:-1] in english_words())


def _is_common_word(span: Span, lowercase_words: set[str]) -> bool:
    """A single word capitalised only because it starts a sentence or is part of a title ("Anger
    grew", "Defense Minister X", "Secretary of State X"): an English word, or one the corpus writes in lowercase. (The word list
    has some proper nouns too, so longer names are never judged this way.)"""
    doc = span.doc
    starts_title = span.end < len(doc) and doc[span.end].lower_.rstrip(".") in PERSON_TITLES
    ends_title = span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in PERSON_TITLES
    return len(span) == 1 and (span[0].is_sent_start or _starts_a_line(span[0]) or starts_title or ends_title) and _is_word(span[0], lowercase_words)


def _starts_a_line(token) -> bool:
    """The first word of a line or of a bulleted item ("- Police detained 34 people"), which the
    parser does not always mark as a sentence's start."""
    line_start = token.doc.text.rfind("\n", 0, token.idx) + 1
    return token.idx == 0 or not token.doc.text[line_start:token.idx].strip(" \t-–—•*·")


# A grouped or decimal number, which no name holds.
# A currency's letters may be glued to the figure: "N1,180" (naira), "R2.5" (rand), "Sh1,500".
AMOUNT = re.compile(r"(?:[A-Z][a-z]{0,2})?(?:\d{1,3}(?:,\d{3})+|\d+\.\d+)")


def _is_not_a_name(span: Span, label: str, lowercase_words: set[str]) -> bool:
    """Capitalised words the model takes for a name that are none: an adjective before a noun
    ("absurd Russophobic nonsense"), or a minister's portfolio before the title ("Lands and
    Natural Resources Minister", "Home Affairs Secretary"), made of common words."""
    doc = span.doc
    if len(span) == 1 and span[0].pos_ == "ADJ" and span[0].dep_ == "amod" and label not in ("NORP", "GPE", "LOC") and not (span[0].is_upper and len(span[0]) > 1):
        return True  # an acronym is no adjective, whatever the tagger says: "the SBU security service"
    if len(span) == 1 and re.fullmatch(r"[IVX]{2,}", span.text):
        return True  # "IV fluids", "World War II" cut short: a numeral, not a name
    office = list(takewhile(lambda t: t.lower_ not in ("of", "to"), span))
    if 0 < len(office) < len(span) - 1 and all(t.lower_.rstrip(".") in PERSON_TITLES or t.text == "-" for t in office):
        return True  # an office, not an organisation: "the Inspector-General of Police", "Chief of Defence Staff"
    bracketed = span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"
    if "/" in span.text and (label == "PERSON" or bracketed):
        return True  # a photo or source credit left in the text: "(Travis McEwan/CBC)", "(Colombo/EconomyNext)"
    if len(span) == 1 and span.start > 0 and (doc[span.start - 1].like_num or doc[span.start - 1].ent_type_ == "ORDINAL") and span[0].tag_ == "NNS" and nlp.singular(span[0].lower_) in english_words():
        return True  # a count of things: "his first six Tests", "three Finals"
    if len(span) == 1 and (label != "PERSON" or span[0].lower_ in lowercase_words) and span.start > 0 and doc[span.start - 1].text in "[(\"“‘'" and span[0].lower_ in english_words() and not any(
        t.text == span[0].text and not t.is_sent_start and doc[t.i - 1].text not in "[(\"“‘'" for t in doc if t.i > 0
    ):
        return True  # a capitalised word opening a quote or caption ('"Digital signalling ...', "[Smoke rises ...", '"Subsidy is not a crime"'), never a name elsewhere
    if label != "PRODUCT" and any(AMOUNT.fullmatch(t.text) for t in span):
        return True  # an amount the model took for a name: "Tk 12,500", "Rs 2.5"
    if len(span) > 1 and span[-1].tag_ in ("NNS", "NNPS") and nlp.singular(span[-1].lower_) in PERSON_TITLES and all(t.is_title and (_is_word(t, lowercase_words) or nlp.singular(t.lower_) in english_words()) for t in span):
        return True  # officials of a kind, not one body: "the Special Representatives talks" ("Chamber of Deputies" is one)
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text
    if len(span) == 1 and line_start and span.end < len(doc) and doc[span.end].text == ":":
        return True  # a rubric opening a line: "Explainer: What is the treaty?", "Analysis: ..."
    after = doc[span.end] if span.end < len(doc) else None
    return (
        label != "PERSON" and after is not None and after.is_title and after.lower_ in PERSON_TITLES
        and not any(t.text in ORG_HEADS for t in span)  # "Central Bank of Nigeria Governor X" names a bank
        and all(not t.is_upper and (_is_word(t, lowercase_words) or nlp.singular(t.lower_) in english_words()) or t.lower_ in ("and", "of", "&") for t in span)
    )


def _is_capitalised_description(span: Span) -> bool:
    """"the State", "the Nation": one capitalised common word after a determiner, not an acronym and
    not naming the noun after it ("the Telegram messaging app"), describes something rather than
    names it; kept only when it is an alias of a name in the article."""
    doc, token = span.doc, span[0]
    names_next_word = token.dep_ in ("compound", "npadvmod", "nmod", "amod") and token.head.i > token.i
    return len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in DETERMINERS and token.is_title and _is_word(token, set()) and not names_next_word and not _titled(span) and not _told_outlet(token)


def _titled(span: Span) -> bool:
    """A capital "The" inside a sentence ("told The Athletic") is part of a title, so the word after it is a name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text == "The" and not before.is_sent_start


def _told_outlet(token) -> bool:
    """"he told the Nation", "told the Times": a capitalised word after "the" that someone tells
    something to is a newspaper's or broadcaster's name; an institution's head word ("told the
    Court", "told the Committee") is rather a body named before, by a longer name."""
    return token.dep_ == "dobj" and token.head.lemma_ == "tell" and token.is_title and not token.is_sent_start and (token.text not in ORG_HEADS or token.text in PRESS_HEADS)


def _evidence(span: Span) -> str | None:
    """The type the words around a name show, or None."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    words = [token.text for token in span]
    if _is_title_of_work(span):
        return "WORK_OF_ART"
    if len(words) > 1 and words[0] in STORM_WORDS:
        return "EVENT"  # "Hurricane Melissa", "Typhoon Kajiki": not a person
    if (before is not None and before.text in COMPANY_PREFIXES) or (len(words) > 1 and words[0] in COMPANY_PREFIXES):
        return "ORG"
    if span.label_ == "PERSON" and len(words) > 1 and before is not None and _is_capitalised(before) and before.lower_.rstrip(".") in PERSON_TITLES:
        return "PERSON"  # "Speaker Destin Hall": a title outweighs a last word that could head a building's name
    if len(words) > 1 and words[-1] in FAC_HEADS | BUILDING_LAST_WORDS:
        return "FAC"  # "Jomo Kenyatta International Airport", "Aga Khan University Hospital": the last word decides
    if len(words) > 1 and words[-1] in PLACE_HEADS and not ("of" in words and any(word in ORG_HEADS for word in words[:words.index("of")])):
        return "GPE"  # "Federal Capital Territory": its "Capital" is no firm's; "Chamber of Commerce of X Province" is the chamber's
    if any(word in ORG_HEADS for word in words[1:]) or (len(words) == 1 and words[0] in ORG_HEADS):
        return "ORG"
    # Lowercase nouns naming what the name is ("Tasnim news agency"); after a possessive they name
    # what it has ("Amit Shah's ministry"), and after a verb what it does ("X met union leaders"),
    # which say nothing of its type.
    following = [] if span.end < len(doc) and doc[span.end].text in POSSESSIVE else list(takewhile(lambda t: t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN"), doc[span.end:span.end + 2]))
    if following and following[-1].lower_ in ORG_NOUNS or following[:1] and following[0].lower_ in ORG_NOUNS:
        return "ORG"  # "Tasnim news agency", "Likud party"
    if (len(words) > 2 and words[0] in FAC_HEADS and words[1] == "of") or (len(words) == 2 and words[0] in NUMBERED_FAC_NOUNS and any(ch.isdigit() for ch in words[1])):
        return "FAC"  # "Port of Mombasa" ("Port of Spain" is in the gazetteer); a lone "Park" or "Hall" is as often a surname
    if _names_a_route(span):
        return "FAC"  # "the Kano-Zaria highway": not the towns it joins
    if len(span) == 1 and ROAD_CODE.match(span.text) and span.start in _road_codes(doc):
        return "FAC"  # "the A13": the model reads road codes as people and firms
    if words[-1].lower() in FEATURE_NOUNS or (len(words) > 1 and words[0] in FEATURE_FIRST_WORDS):
        return "LOC"  # "Zagros mountains", "Mount Elgon"
    if len(words) > 1 and words[0] in STREET_FIRST_WORDS | FOREIGN_FAC_FIRST_WORDS:
        return "FAC"  # "Avenida Abancay", "Rue de Rivoli", "Stadion Drava"
    if before is not None and before.is_lower and before.lower_ in ORG_PREFIX_NOUNS:
        return "ORG"  # "the law firm Hartley Pell"
    if before is not None and before.is_lower and before.lemma_.lower() in PERSON_APPOS_NOUNS and len(span) > 1 and before.dep_ == "compound":
        return "PERSON"  # "said organizer Terrell Vance", "farmer Juan Quispe": a role noun before a full name
    if following and (following[0].lower_ in PLACE_NOUNS or (following[-1].lower_ in PLACE_NOUNS and following[0].head.i == following[-1].i)):
        return "GPE"  # "Dolpa district", "the Al-Fashaga border region"
    if span.label_ != "NORP" and _names_places(span):
        return "GPE"  # "in Lao Cai and Yen Bai provinces"; "Central Asian states" stays a people
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "at", "with") and root.head.head.lemma_.lower() in EMPLOYEE_NOUNS and not _given_name_and_surname(span) and not _listed_with_places(root):
        return "ORG"  # "a reporter for Tasnim"; "lawyers for Ana Ruiz" act for a person
    apposed = [t for t in root.children if t.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    # Nobody stands "in" a person: after "in X," a who-clause or a person noun belongs to the noun
    # before the preposition ("a local official in Ketapang, who asked not to be named") or is the
    # next clause's subject ("In a statement in Ketapang, the spokesperson said").
    placed = root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS
    for token in apposed:
        if token.i not in range(span.start, span.end):
            lemma = token.lemma_.lower()
            # "the chairman of its council, Jane Doe": the parser hangs the name on the council, but
            # it names the chairman (a name the model calls an organisation there is the council's:
            # "the head of the farm union, the FNSEA").
            if span.label_ == "PERSON" and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PERSON_TITLES | PERSON_APPOS_NOUNS and not placed:
                return "PERSON"
            if lemma in ORG_NOUNS or (lemma in ORG_PREFIX_NOUNS and lemma not in PERSON_LIKE_ORG_NOUNS):
                return "ORG"  # "Norvale, the largest beef exporter"
            if (lemma in PERSON_TITLES or lemma in PERSON_APPOS_NOUNS or _has_who_clause(token)) and not placed:
                return "PERSON"
            if lemma in PLACE_APPOS_NOUNS and token.is_lower:
                return "GPE"  # "Kotli, a district": a capitalised "Department" heads the name an acronym in brackets stands for
    if _has_who_clause(root) and not placed:
        return "PERSON"  # "Ana Ramos, who was not named"
    if span.label_ == "PERSON" and len(span) > 1 and _has_relative_clause(root, "which"):
        return "ORG"  # "Ionia Freight, which runs the ferries": "which" is for no person, and a firm is the likeliest thing the model took for one
    if len(span) > 1 and root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in ("lead", "head", "chair", "coach", "found"):
        return "PERSON"  # "the opposition party, led by Sajith Premadasa" (an organisation's name has its head word)
    if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num and doc[span.end + 1].text.isdigit() and 0 < int(doc[span.end + 1].text) < 120 and doc[span.end + 2].text in (",", "."):
        return "PERSON"  # "Nomvula Dlamini, 46, is the key witness": an age
    if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_LEMMAS:
        said = [t for c in root.head.children if c.dep_ == "ccomp" for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
        if any(t.lower_ in ("he", "she") for t in said) or (len(span) > 1 and span.label_ in ("GPE", "LOC", "FAC")):
            return "PERSON"  # "Kaino Shikongo said he had lost his cattle"; a place does not speak
    if before is not None and (before.lower_.rstrip(".") in PERSON_TITLES or before.lower_ in KIN_NOUNS):
        return "PERSON"  # "spokesman Bahram Ghasemi", "Gen. Austin Miller", "his son Omar"
    if root.dep_ == "compound" and root.head.is_lower and root.head.i == span.end and root.head.lemma_ in STAFF_NOUNS and span.label_ != "PERSON":
        return "ORG"  # "two former Kestrel executives", "the Balkan Wire desk"
    if span.end + 2 < len(doc) and doc[span.end].like_num and doc[span.end + 1].text in "-–" and doc[span.end + 2].like_num:
        return "ORG"  # "beat Ipswich Town 2-1": a side with a score
    if any(child.dep_ == "acl" and (child.lemma_.lower() in ("own", "found", "list", "headquarter") or (child.lemma_ == "lead" and span.label_ != "PERSON")) for child in root.children):
        return "ORG"  # "Wrexham, co-owned by two actors", "a firm listed in Toronto", "the X coalition, led by Y"
    category = _category(span)
    if category is not None:
        return category
    if span.end + 1 < len(doc) and doc[span.end].is_lower and doc[span.end].lemma_ in STAFF_NOUNS and doc[span.end + 1].pos_ == "PROPN" and _is_capitalised(doc[span.end + 1]):
        return "ORG"  # "Macquarie analyst Jim Lennon": a person's employer, whatever the model's label
    if root.dep_ == "dobj" and root.head.lemma_ == "tell" and (span.label_ in ("GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW") or _titled(span)):
        return "ORG"  # a place is never told anything, nor a person with "The": "told Balkan Wire", "told The Sentinel" are outlets
    if span.label_ in ("ORG", "FAC", "GPE", "LOC") and _given_name_and_surname(span):
        return "PERSON"  # "Dominic Perrottet", which the model took for an organisation
    return None


def _listed_with_places(token) -> bool:
    """"employees at Wolfsburg, Hanover and Emden": names listed with towns are the sites a firm
    works at, not employers."""
    listed = [t for t in token.children if t.dep_ == "conj"]
    return bool(listed) and all(t.ent_type_ in ("GPE", "LOC") or geonames.is_place_name(t.text) for t in listed)


def _given_name_and_surname(span: Span) -> bool:
    """A first name many people bear and one or two surnames, an initial allowed between ("Ngozi A.
    Okafor"); a surname is a census surname or no English word ("Hospital" is a word and no
    surname), nor a place noun ("Jefferson City"). Names with an organisation's or a building's head word are typed before this, and
    knowledge wins over the shape: a first word the gazetteer knows as a place or a body ("Victoria",
    "Georgia Power") makes no person, nor does a whole name GeoNames knows as a town ("Prince Albert"),
    nor a "the" before the name ("the Albert Dock")."""
    doc = span.doc
    if not 2 <= len(span) <= 4:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in DETERMINERS:
        return False
    first, rest = span[0], [t for t in span[1:] if not _is_initial(t)]
    known = gazetteer_module.load().forms.get(first.text)
    if known is not None or geonames.is_place_name(span.text) or not (first.is_title and given_names.is_given_name(first.text)) or not 1 <= len(rest) <= 2:
        return False
    return all(t.is_title and t.text.replace("-", "").replace("'", "").isalpha() and (given_names.is_surname(t.text) or not _is_word(t, set())) and t.lower_ not in PLACE_NOUNS for t in rest)


def _is_initial(token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _category(span: Span) -> str | None:
    """The type of the class a name is listed in: "districts, including X and Y", "firms such as X"."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    preposition = token.head
    if token.dep_ != "pobj" or not (preposition.lower_ == "including" or (preposition.lower_ == "as" and any(t.lower_ == "such" for t in preposition.children))):
        return None
    noun = preposition.head
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in PLACE_APPOS_NOUNS or lemma in ("country", "city", "town", "nation", "territory"):
        return "GPE"
    if lemma in ORG_PREFIX_NOUNS:
        return "ORG"
    if lemma in PERSON_APPOS_NOUNS or lemma in PERSON_TITLES or lemma in ("people", "person", "leader", "figure"):
        return "PERSON"
    return None


def _sentence_stop(span: Span) -> int:
    """1 when the tokenizer kept a sentence's full stop on the name's last word ("the village of Sa
    Pa."), so the mention ends before it; abbreviations that end names keep theirs ("Acme Inc.")."""
    last = span[-1]
    stop = last.text.endswith(".") and len(last.text) > 2 and last.text[-2].isalpha() and last.text.rstrip(".") not in NAME_ABBREVIATIONS
    final = last.i + 1 == len(span.doc) or span.doc[last.i + 1].is_sent_start or span.doc[last.i + 1].is_space
    return 1 if stop and final else 0


def _is_title_of_work(span: Span) -> bool:
    """A report, song or book title: a name with "Report(s)" or "Survey" in it ("Country Reports on
    Terrorism"), one a work noun introduces ("its report 'X'", "the song 'X'"), or a quoted name the
    model calls a work or that holds a verb or pronoun ("We Are the Rovers"), whatever its last word."""
    doc = span.doc
    if len(span) > 1 and any(token.text in WORK_WORDS for token in span):
        return True
    i = span.start - 1
    while i >= 0 and doc[i].text in QUOTE_CHARS:
        i -= 1
    quoted = i < span.start - 1 and span.end < len(doc) and doc[span.end].text in QUOTE_CHARS
    if i >= 0 and doc[i].is_lower and doc[i].lemma_ in WORK_NOUNS and (quoted or span.root.dep_ == "appos"):
        return True
    return quoted and len(span) > 1 and (span.label_ == "WORK_OF_ART" or any(token.pos_ in ("PRON", "VERB", "AUX") for token in span))


def _names_places(span: Span) -> bool:
    """The name, or a name it is coordinated with, modifies a place noun in the plural: "Lao Cai and
    Yen Bai provinces" (the singular right after the name is handled by the caller)."""
    doc = span.doc
    # Read off the words too, as the parser often hangs the plural on the first name: "Gia Lai and Dak Lak provinces".
    following = list(takewhile(lambda t: _is_capitalised(t) or t.lower_ == "and", doc[span.end:span.end + 5]))
    if following[:1] and following[0].lower_ == "and" and len(following) > 1 and span.end + len(following) < len(doc):
        noun = doc[span.end + len(following)]
        if noun.is_lower and noun.lower_ != noun.lemma_ and noun.lemma_ in PLACE_NOUNS:
            return True
    token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    return token.dep_ in ("compound", "nmod", "amod") and head.i >= span.end and head.is_lower and head.lower_ != head.lemma_ and head.lemma_ in PLACE_NOUNS


def _has_who_clause(token) -> bool:
    """A relative clause opened by "who" or "whom" hangs on the token: people, not things."""
    return _has_relative_clause(token, "who", "whom")


def _has_relative_clause(token, *pronouns: str) -> bool:
    return any(child.dep_ == "relcl" and any(t.lower_ in pronouns for t in child.children) for child in token.children)


def _locative(span: Span) -> str | None:
    """GPE when a one-word name sits where places do: after a locative preposition ("officials in
    Dolpa", "trucks through Tine", but not "shares in Kestrel"), after "<place noun> of" ("the village
    of Sofiko", "west of Corinth"), coordinated with such a name ("between Corinth and Patras"), or
    before a site noun ("the Adre border crossing"). Weaker than person evidence: the caller drops it
    when the article treats the name as a person anywhere."""
    joined_at = next((t.i for t in span[1:] if t.lower_ in NAME_CONNECTORS and t.is_lower), None)
    if joined_at is not None:
        span = Span(span.doc, span.start, joined_at, label=span.label_)  # "Mato Grosso do Sul": the parser may read "do" as a verb
    root = span.root
    head = root.head
    if head.is_lower and head.lemma_ in SITE_NOUNS | DISASTER_NOUNS and root.dep_ == "compound" and 0 <= head.i - span.end <= 1 and all(t.is_lower for t in span.doc[span.end:head.i + 1]):
        return "GPE"  # "the company's Dunmore plant", "the Adre border crossing", "the Pylos shipwreck"
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ == "poss" and root.head.lemma_.lower() in PLACE_POSSESSIONS:
        return "GPE"
    if root.dep_ != "pobj":
        return None
    preposition = root.head.lower_
    governor = root.head.head
    # Nobody is "in" a person, and "a farmer from" a person: a longer name the model calls a person
    # there is a place ("lost two brothers in Tula Toli", "a farmer from Keti Bandar").
    person_misread = span.label_ == "PERSON" and span.start == root.head.i + 1 and (preposition == "in" or (preposition == "from" and governor.lemma_.lower() in PERSON_APPOS_NOUNS))
    if len(span) > 1 and not person_misread and preposition not in ("of", "near", "outside", "around", "throughout", "through", "across", "between"):
        return None  # a longer name after "in" or "at" is as often an organisation ("in Human Rights Watch's report")
    if preposition in PLACE_PREPOSITIONS or (preposition in LOOSE_PLACE_PREPOSITIONS and span.label_ != "ORG"):
        return "GPE" if governor.lemma_ not in HOLDING_NOUNS else None
    if preposition == "of" and (governor.is_lower or governor.is_sent_start) and governor.lower_ in PLACE_OF_NOUNS | {noun + "s" for noun in PLACE_OF_NOUNS}:
        return "GPE"
    return None


def _side_in_a_result(span: Span) -> str | None:
    """ORG for a side in a match result: the subject of "won", "lost", "beat" or "drew", the object of
    "beat", or the other side after "win over", "draw with", "defeat to", in a sentence with a score
    ("Hajduk Split lost 2-0", "a 3-1 win over Rijeka") or against a side named as a club (_faces_a_club). Weak like a place's position: a tennis player
    who "won 6-4" is a person as soon as the article says "she said" or "Mr"."""
    root = span.root
    sentence = span.sent
    head = root.head
    scored = any(re.fullmatch(r"\d{1,2}[-–]\d{1,2}", "".join(t.text for t in sentence[i:i + 3])) or re.fullmatch(r"\d{1,2}[-–]\d{1,2}", sentence[i].text) for i in range(len(sentence)))
    if not scored and not _faces_a_club(span):
        return None
    if root.dep_ == "nsubj" and head.lemma_ in RESULT_VERBS:
        return "ORG"
    if root.dep_ == "dobj" and head.lemma_ in ("beat", "defeat", "edge", "thrash", "hold"):
        return "ORG"
    if root.dep_ == "pobj" and head.lower_ in ("over", "with", "to", "against", "by") and (head.head.lemma_ in RESULT_NOUNS or head.head.lemma_ in RESULT_VERBS):
        return "ORG"
    return None


def _faces_a_club(span: Span) -> bool:
    """Without a score, the other side of "drew with", "lost to" or "beat" named as a club
    ("Ostrava Rovers drew with Halloway City") says the result is a match's."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.lemma_ not in RESULT_VERBS:
        return False
    sides = [t for t in verb.children if t.dep_ in ("nsubj", "dobj")] + [t for prep in verb.children if prep.dep_ == "prep" for t in prep.children if t.dep_ == "pobj"]
    return any(t.i not in range(span.start, span.end) and any(w.text in CLUB_WORDS for w in t.subtree) for t in sides)


def _surnames_acting_as_people(doc: Doc) -> set[str]:
    """Lone capitalised words the article uses as people: the subject of a speech verb ("Orsi told
    supporters") or a word with a person noun in apposition ("Orsi, a former history teacher")."""
    return {
        token.text for token in doc
        if token.pos_ == "PROPN" and token.is_title and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN") and not (token.i > 0 and doc[token.i - 1].pos_ == "PROPN")
        and ((token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_LEMMAS) or any(c.dep_ == "appos" and c.lemma_ in PERSON_APPOS_NOUNS for c in token.children))
    }


def _named_by_an_acting_surname(span: Span, acting: set[str]) -> bool:
    """A two- or three-word name the model did not call a person ("Yamandú Orsi" as ORG) whose last
    word the article uses alone as a person, and with no organisation or facility word in it."""
    return span.label_ != "PERSON" and 2 <= len(span) <= 3 and span[-1].text in acting and not any(t.text in ORG_HEADS or t.text in FAC_HEADS or not t.is_alpha for t in span)


def _has_person_signal(span: Span) -> bool:
    """The name acts as a person: "Mr"/title/kinship before it, or the subject of a speech verb."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_.rstrip(".") in PERSON_TITLES or before.lower_ in KIN_NOUNS):
        return True
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_LEMMAS


def _headed_names(doc: Doc) -> list[Span]:
    """Capitalised phrases whose first or last word says what they are, which the model often
    misses: "Foreign Ministry", "Port of Liverpool", "Ministry of Home Affairs", "Office for Trade
    and Industry", "Science and Technology Commission" ("and" only after "of" or "for", or between
    words the model does not call places or people, so "Britain and France" stays two), "Committee
    for the Protection of Journalists", "Attorney General's Office" (the model keeps only "General's")."""
    def capitalised(token) -> bool:
        return token.is_alpha and (token.is_title or token.is_upper) and token.lower_ not in DETERMINERS

    def joins(j: int) -> bool:
        """Whether doc[j] continues the name begun before it."""
        following = doc[j + 1] if j + 1 < len(doc) else None
        if following is not None and following.lower_ == "the" and doc[j].lower_ in ("of", "for"):
            # "Committee for the Protection of Journalists", after a head word only: "Peacekeepers
            # of the UN Mission" starts a sentence with a plain noun.
            return j + 2 < len(doc) and capitalised(doc[j + 2]) and any(token.text in ORG_HEADS | FAC_HEADS for token in doc[i:j])
        if following is None or not capitalised(following):
            return False
        if doc[j].lower_ in ("of", "for", "and") or (doc[j].lower_ == "the" and doc[j - 1].lower_ in ("of", "for")):
            return True
        # An office named after its holder's role keeps the possessive: "Attorney General's Office",
        # "Magistrate's Court", "Workers' Party"; a country's or person's ("Iran's Foreign Ministry") does not.
        return doc[j].text in POSSESSIVE and _is_role_word(doc[j - 1])

    spans, i = [], 0
    while i < len(doc):
        if not capitalised(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (capitalised(doc[j]) or joins(j)):
            if doc[j].lower_ == "and" and not any(t.lower_ in ("of", "for") for t in doc[i:j]) and (any(t.ent_type_ in PLACES_AND_PEOPLE for t in (doc[j - 1], doc[j + 1])) or not _is_word_or_plural(doc[j - 1])):
                # "Britain and France" are two, and so are "Safaricom and Equity Bank": a name's own word
                # before "and" ends it; "Korea Hydrographic and Oceanographic Agency" is one
                break
            if doc[j].lower_ in PERSON_TITLES and doc[j].lower_ not in ORG_NOUNS and any(t.lower_ == "of" for t in doc[i:j]) and not (j + 1 < len(doc) and doc[j + 1].lower_ in ("for", "of")):
                break  # "Central Bank of Nigeria Governor X": the name ends before a title ("Office of the High Commissioner for X" goes on)
            j += 1
        if any(_titles_a_person(doc, k) for k in range(i, j)):
            # "House Speaker Destin Hall", "Health Cabinet Secretary Aden Duale": a titled person whatever
            # the last word, the words before the title their portfolio (the model's own spans name a body there).
            i = j
            continue
        if j < len(doc) and doc[j].text == "," and doc[j - 1].text not in ORG_HEADS | FAC_HEADS:
            j = _listed_name_end(doc, j) or _listed_field_end(doc, i, j) or j
        while i < j - 1 and doc[i].is_stop:
            i += 1  # "But Peel Ports": a capitalised function word only starts the sentence
        words = [token.text for token in doc[i:j]]
        head = words[-1] if words[-1] in ORG_HEADS | FAC_HEADS | BUILDING_LAST_WORDS else words[0] if len(words) > 2 and words[1] in ("of", "for") else None
        if head not in ORG_HEADS | FAC_HEADS and "of" in words[1:-1]:
            # "High Court of Australia", "Central Bank of Nigeria": the head word comes before "of"
            head = next((word for word in words[:words.index("of")] if word in ORG_HEADS | FAC_HEADS), head)
        if doc[i].text in LOCAL_TIER_WORDS and doc[j - 1].text in LOCAL_SEATED_HEADS and j + 1 < len(doc) and doc[j].text == "in" and capitalised(doc[j + 1]):
            # A court or prosecutor's office of a local tier is named by its seat: "the Basic Court in
            # Mitrovica"; a national court sitting in a capital is not ("the Labour Relations Court in Nairobi").
            j += 1
            while j < len(doc) and capitalised(doc[j]) and not doc[j].is_sent_start:
                j += 1
        if "and" in words and words[-1] in ORG_HEADS and any(word in ORG_HEADS for word in words[:words.index("and")]):
            # "the Kenya Chamber of Commerce and Torvald Metals": two organisations, each with its head
            cut = i + words.index("and")
            spans += [Span(doc, i, cut, label="ORG"), Span(doc, cut + 1, j, label="ORG")]
        elif "and" in words and words[-1] in FAC_HEADS and words[words.index("and") - 1] in FAC_HEADS and 1 < words.index("and") < len(words) - 2:
            # "Frankfurt Airport and Munich Airport", "Tema Port and Kotoka Airport": two places, each
            # named in full with its head ("Port and Harbour Authority" has a lone head before "and")
            cut = i + words.index("and")
            spans += [Span(doc, i, cut, label="FAC"), Span(doc, cut + 1, j, label="FAC")]
        elif len(words) > 1 and (head in ORG_HEADS | FAC_HEADS or head in BUILDING_LAST_WORDS and head == words[-1]):
            spans.append(Span(doc, i, j, label="ORG" if head in ORG_HEADS else "FAC"))
        elif _names_members_of_a_place(doc, i, j):
            spans.append(Span(doc, i, j, label="ORG"))
        elif len(words) > 2 and words[0] in FEATURE_OF_WORDS and words[1] == "of":
            spans.append(Span(doc, i, j, label="LOC"))
        elif len(words) > 1 and words[0] in COMPANY_PREFIXES:
            spans.append(Span(doc, i + 1, j, label="ORG"))  # "PT Sulawesi Nikel Makmur" is "Sulawesi Nikel Makmur"
        i = j
    return spans


def _names_members_of_a_place(doc: Doc, start: int, end: int) -> bool:
    """ "Grain Growers of Canada", "Dairy Farmers of Ontario": members' plural, "of", and a place (the
    model's, or a name GeoNames knows) ending the name. Not a bare plural starting a sentence
    ("Farmers of Punjab marched"), whose capital says nothing."""
    words = [token.text for token in doc[start:end]]
    if "of" not in words[1:-1]:
        return False
    of = words.index("of")
    capitalised_by_position = of == 1 and doc[start].is_sent_start
    place = doc[start + of + 1:end]
    is_place = all(token.ent_type_ == "GPE" for token in place) or geonames.is_place_name(place.text)
    return words[of - 1] in MEMBER_HEADS and not capitalised_by_position and is_place


def _titles_a_person(doc: Doc, i: int) -> bool:
    """A title word the model's person name follows: "Speaker" in "Speaker Destin Hall"."""
    return doc[i].lower_ in PERSON_TITLES and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "B" and doc[i + 1].ent_type_ == "PERSON"


def _listed_name_end(doc: Doc, comma: int) -> int | None:
    """A name that lists its members or fields before its head word ("Kenya Medical Practitioners,
    Pharmacists and Dentists Union", "National Nurses, Midwives and Health Workers Association"):
    from the comma after the first item, capitalised items separated by commas, then "and" and the
    last item ending on an organisation's head word; the end of that name, or None. No item may be a
    place or a person ("Britain, France and Germany") nor already end on a head word (a list of
    organisations)."""
    i, seen_and = comma, False
    while i < len(doc) and doc[i].text in (",", "and") and not seen_and:
        seen_and = doc[i].text == "and" or (i + 1 < len(doc) and doc[i + 1].text == "and")
        i += 2 if doc[i].text == "," and seen_and else 1
        start = i
        while i < len(doc) and doc[i].is_alpha and doc[i].is_title and doc[i].ent_type_ not in ("GPE", "LOC", "PERSON"):
            i += 1
        if i == start:
            return None
        if doc[i - 1].text in ORG_HEADS:
            return i if seen_and else None
    return None


def _listed_field_end(doc: Doc, start: int, comma: int) -> int | None:
    """A name whose field after "of" or "for" is a list ("Commission for Conciliation, Mediation and
    Arbitration", "Ministry of Agriculture, Fisheries and Food"): from the comma, capitalised common
    words separated by commas, then "and" and the last item; the end of that name, or None. The name
    must be headed before its "of"/"for" and every listed word an English word, so "the Ministry of
    Defence, Reuters and AFP" stays three names."""
    words = [token.text for token in doc[start:comma]]
    if not any(word in ("of", "for") for word in words) or not any(word in ORG_HEADS for word in words[:words.index("of" if "of" in words else "for")]):
        return None
    i, seen_and = comma, False
    while i < len(doc) and doc[i].text in (",", "and") and not seen_and:
        seen_and = doc[i].text == "and" or (i + 1 < len(doc) and doc[i + 1].text == "and")
        i += 2 if doc[i].text == "," and seen_and else 1
        item = i
        while i < len(doc) and doc[i].is_alpha and doc[i].is_title and doc[i].lower_ in english_words() and doc[i].ent_type_ not in PLACES_AND_PEOPLE:
            i += 1
        if i == item:
            return None
    return i if seen_and else None


def _is_role_word(token) -> bool:
    """A capitalised common noun for a role or a group of people ("General", "Prosecutor", "Workers"),
    the kind of word an office or party is named after; not a place's or person's name, nor a month's
    or day's ("January's Serena Hotel siege")."""
    return _is_capitalised(token) and token.is_alpha and token.ent_type_ not in PLACES_AND_PEOPLE and token.lower_ in english_words() and token.pos_ in ("NOUN", "PROPN") and (
        token.text not in dates.MONTHS and token.text not in dates.WEEKDAYS)


def _unit_names(doc: Doc) -> list[Span]:
    """A unit noun and its number name a military or police unit ("Unit 29155", "Brigade 4"); a road
    or terminal noun and its number name that road or building ("Highway 43", "Route B-475"), and
    so does a road's code ("blocking the A6, A4 and the N118")."""
    units = [Span(doc, t.i, t.i + 2, label="ORG") for t in doc[:-1] if t.text in UNIT_NOUNS and doc[t.i + 1].is_digit]
    roads = [Span(doc, t.i, t.i + 2, label="FAC") for t in doc[:-1] if t.text in NUMBERED_FAC_NOUNS and any(ch.isdigit() for ch in doc[t.i + 1].text) and doc[t.i + 1].text[:1].isalnum()]
    return units + roads + [Span(doc, i, i + 1, label="FAC") for i in sorted(_road_codes(doc))] + _routes_between_places(doc)


def _routes_between_places(doc: Doc) -> list[Span]:
    """A road named for the two towns it joins ("the Lagos-Ibadan highway", "the Quetta-Chaman
    road") is one place, named by the two words and their hyphen as the article writes it
    ("blocked the Lagos-Ibadan", the road noun in lowercase is no part of the name); neither town is
    named there."""
    return [Span(doc, t.i, t.i + 3, label="FAC") for t in doc[:-3] if _names_a_route(doc[t.i:t.i + 3])]


def _names_a_route(span: Span) -> bool:
    """Two capitalised words joined by a hyphen, then a lowercase road noun: see _routes_between_places."""
    doc = span.doc
    return _double_barrelled(span) and span[0].is_alpha and span[2].is_alpha and span.end < len(doc) and doc[span.end].lower_ in ROAD_NOUNS and doc[span.end].is_lower


def _routes_win(spans: list[Span], doc: Doc) -> list[Span]:
    """A road between two towns (see _routes_between_places) replaces the model's names inside it,
    the towns or the pair it took for one place."""
    routes = _routes_between_places(doc)
    covered = {i for span in routes for i in range(span.start, span.end)}
    return [span for span in spans if covered.isdisjoint(range(span.start, span.end)) or span in routes]


def _road_codes(doc: Doc) -> set[int]:
    """Indexes of tokens that are road codes: see ROAD_CODE."""
    roads: set[int] = set()
    for token in doc:
        if not ROAD_CODE.match(token.text):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        listed = any(i in roads and all(t.text in (",", "and", "or", "the") for t in doc[i + 1:token.i]) for i in range(token.i - 3, token.i))
        if token.text.startswith("I-") or (before is not None and before.lower_ == "the") or (after is not None and after.lower_ in ROAD_NOUNS) or listed:
            roads.add(token.i)
    return roads


def _network_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Short names of social networks the gazetteer knows ("X (social network)"), where the words
    around them say a network is meant: "a post on X", "on X." ending a sentence, "her X account"."""
    networks = {entry.name.removesuffix(" (social network)"): entry.entity_id for entry in gazetteer.entries.values() if entry.name.endswith(" (social network)")}
    found = []
    for token in doc:
        short = token.text[:-1] if token.text.endswith(".") and token.text[:-1] in networks else token.text
        if short not in networks:
            continue
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if before in NETWORK_BEFORE or after in NETWORK_AFTER:
            found.append(Mention(token.i, token.i + 1, networks[short], "gazetteer", CONFIDENCE["short_alias"], trim=len(token.text) - len(short)))
    return found


def _split(span: Span) -> list[Span]:
    """A name never runs across a line break or a bracket: the model joins a caption or credit to the
    next line ("X.\n\nGreek police", "AFP] Maputo") or a name to its acronym ("Consumers Federation
    (Cofek"), nor across an unclosed double quote mark ('the Pacific "Ring of Fire'), nor across a lowercase
    "in", "at" or "to" ("Al-Ahli in Jeddah"); each piece is judged on
    its own. Names with brackets or those words in them are gazetteer rows."""
    pieces, start = [], span.start
    and_at = [i for i in range(span.start + 2, span.end - 2) if span.doc[i].lower_ == "and"]
    root = span.root
    after_preposition = root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS
    unknown_words = span.label_ != "ORG" and not any(t.lower_ in english_words() for t in (span[0], span[-1]))
    if len(span) == 3 and span[1].lower_ == "and" and span[2].dep_ == "conj" and (after_preposition or unknown_words):
        # "jobs in Bremerhaven and Cuxhaven", "parts of Mundaring and Chidlow": two names, not one
        # ("War and Peace" and "Procter and Gamble" are made of English words or called organisations)
        return [Span(span.doc, span.start, span.start + 1, label=span.label_), Span(span.doc, span.end - 1, span.end, label=span.label_)]
    if len(and_at) == 1 and span.doc[and_at[0] - 1].text in ORG_HEADS and span.doc[span.end - 1].text in ORG_HEADS:
        # "ASM International and BE Semiconductor Industries": two organisations, each with its head word
        return _split(Span(span.doc, span.start, and_at[0], label=span.label_)) + _split(Span(span.doc, and_at[0] + 1, span.end, label=span.label_))
    unbalanced = sum(t.text in '"“”' for t in span) % 2 == 1  # a nickname in quotes stays: Austin “Scott” Miller
    listed = _lists_places(span)
    for i in range(span.start, span.end + 1):
        if i == span.end or "\n" in span.doc[i].text or span.doc[i].text in "[]()" or span.doc[i].text in SPLITTING_PREPOSITIONS or (span.doc[i].text in '"“”' and i > span.start and unbalanced) or (listed and span.doc[i].text == ","):
            if i > start:
                pieces.append(Span(span.doc, start, i, label=span.label_))
            start = i + 1
    return pieces


def _lists_places(span: Span) -> bool:
    """"Emden, Kassel": the model glued a list of towns into one name; each piece between the commas
    is a place GeoNames knows ("Paris, Texas" is a town and its state, two places all the same)."""
    pieces = [piece.strip() for piece in span.text.split(",")]
    return len(pieces) > 1 and all(geonames.is_place_name(piece) for piece in pieces)


def _connected(doc: Doc, spans: list[Span], regions: set[int]) -> list[Span]:
    """Two model names with only a foreign connector between them are one name the model cut in two:
    "Brunnen" + "für" + "Afrika", "Instituto" + "de" + "Salud"; so are a person's name and one more
    word the model called a person too ("Marisol Quispe" + "Huamán"); a campaign after an organisation
    noun ("the group Justice" + "for" + "Amara"); an organisation the model stops at "for" where a
    name found by its head word goes on ("the U.S. Court of Appeals" + "Court of Appeals for the Ninth Circuit")."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        last = joined[-1] if joined else None
        if last is not None and last.end == span.start and last.label_ == span.label_ and span.label_ in ("GPE", "LOC") and doc[last.end - 1].whitespace_:
            joined[-1] = Span(doc, last.start, span.end, label=span.label_)  # "Sremska" + "Kamenica": one place the model cut in two
        elif last is not None and last.end == span.start and last.label_ == "PERSON" and len(last) > 1 and (span.label_ == "PERSON" and len(span) == 1 or _double_barrelled(span)):
            joined[-1] = Span(doc, last.start, span.end, label="PERSON")  # "Marisol Quispe" + "Huamán", "Alix Didier" + "Fils-Aimé": a surname cut off
        elif last is not None and last.end + 1 == span.start and doc[last.end].lower_ in NAME_CONNECTORS | {"für", "van", "von", "der", "den", "del"}:
            label = "ORG" if "ORG" in (last.label_, span.label_) else last.label_
            joined[-1] = Span(doc, last.start, span.end, label=label)
        elif last is not None and last.end + 1 == span.start and doc[last.end].text == "for" and doc[last.end].head.i in range(last.start, last.end) and last.label_ == "ORG" and _after_organisation_noun(last):
            joined[-1] = Span(doc, last.start, span.end, label="ORG")  # "the group Justice for Amara": a campaign named for its cause
        elif last is not None and last.label_ == span.label_ == "ORG" and span.start < last.end < span.end and doc[last.end].text == "for":
            joined[-1] = Span(doc, last.start, span.end, label="ORG")  # "the U.S. Court of Appeals" + "Court of Appeals for the Ninth Circuit"
        elif last is not None and _in_between(doc, last, span) and _operates_in(last, span, regions):
            joined[-1] = Span(doc, last.start, span.end, label="ORG")  # "in" between, or the last word of the model's span
        elif last is not None and last.end + 1 == span.start and doc[last.end].text in '"“”' and _nickname_between(doc, last, span):
            joined[-1] = Span(doc, last.start, span.end, label="PERSON")  # Ismael + "El Mayo" + Zambada
        else:
            joined.append(span)
    return joined


def _after_organisation_noun(span: Span) -> bool:
    """"the group Justice", "the charity Hope": a lowercase noun for an organisation right before the name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.is_lower and before.lower_ in ORG_PREFIX_NOUNS


# A body's number after its name ("Union No. 3", "Sindicato N°2") and an ordinal in figures before it ("7th").
NUMBER_AFTER_NAME = re.compile(r"\s?(?:No\.?|N\s?[°º]|Nº)\s?\d+\b")
ORDINAL_IN_FIGURES = re.compile(r"\d+(?:st|nd|rd|th)")
# A Korean given name as romanised: two syllables joined by a hyphen, the second lowercase ("Do-hyun").
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _with_hyphenated_given_name(span: Span) -> Span:
    """The model cuts a Korean name at its hyphen ("Kim Min" of "Kim Min-seok") or before the given
    name ("Kim" of "Kim Do-hyun"); the person's name runs to the end of the given name. The given
    name is three tokens written as one word: the pattern has no space, so "Min - seok" is none."""
    doc = span.doc
    if span.label_ != "PERSON":
        return span
    for start in (span.end - 1, span.end):
        end = start + 3
        if end <= len(doc) and start >= span.start and HYPHENATED_GIVEN_NAME.fullmatch(doc[start:end].text) and doc[start + 2].lower_ not in HYPHENED_CONNECTORS:
            if all(t.ent_iob_ == "O" for t in doc[span.end:end]) and (start == span.end - 1 or span[-1].whitespace_):
                return Span(doc, span.start, end, label="PERSON")
    return span


def _run_on_by_connector(span: Span) -> Span:
    """The model stops a name before its joining word: "Mato Grosso" of "Mato Grosso do Sul",
    "Boulogne" of "Boulogne-sur-Mer" (a town, whatever the model called it). A connector and a
    capitalised word no other name holds continue it."""
    doc, start, end = span.doc, span.start, span.end
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ and _is_capitalised(doc[start - 2]) and span[0].lower_ in HYPHENED_CONNECTORS and span[0].is_lower:
        return Span(doc, start - 2, end, label="GPE")  # the model's "sur-Marne" of "Châlons-sur-Marne"
    glued = end + 3 < len(doc) and doc[end].text == doc[end + 2].text == "-" and doc[end + 1].lower_ in HYPHENED_CONNECTORS and not any(t.whitespace_ for t in doc[end - 1:end + 3])
    if glued and _is_capitalised(doc[end + 3]) and doc[end + 3].is_alpha:
        return Span(doc, span.start, end + 4, label="GPE")  # only towns are named so
    if end + 1 < len(doc) and doc[end].lower_ in NAME_CONNECTORS and doc[end].is_lower and doc[end + 1].is_title and doc[end + 1].is_alpha and doc[end + 1].ent_iob_ == "O" and not doc[end + 1].is_sent_start:
        return Span(doc, span.start, end + 2, label=span.label_)
    return span


def _with_its_number(span: Span) -> Span:
    """The model leaves out the number of one of several like-named bodies: "the 7th" + "Regional
    Coast Guard Headquarters", "Dockworkers' Union" + "No. 3", "Sindicato N" + "°2"."""
    doc = span.doc
    if span.label_ != "ORG":
        return span
    start = span.start - 1 if span.start > 0 and ORDINAL_IN_FIGURES.fullmatch(doc[span.start - 1].text) else span.start
    after = doc.text[span[-1].idx if span[-1].text == "N" else span.end_char:]
    number = NUMBER_AFTER_NAME.match(after)
    if number is None:
        return Span(doc, start, span.end, label="ORG")
    last = doc.char_span(len(doc.text) - len(after), len(doc.text) - len(after) + number.end(), alignment_mode="expand")
    return Span(doc, start, max(span.end, last.end), label="ORG") if last is not None else Span(doc, start, span.end, label="ORG")


def _surname(name: str) -> str:
    """The word a person is called by alone: the last, but the first of a Korean name, which puts the
    family name first ("Mr. Kim" is Kim Do-hyun)."""
    words = name.split()
    return words[0] if len(words) == 2 and HYPHENATED_GIVEN_NAME.fullmatch(words[1]) else words[-1]


def _double_barrelled(span: Span) -> bool:
    """Two capitalised words joined by a hyphen, as a double surname is ("Fils-Aimé"), whatever the model called it."""
    return len(span) == 3 and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_ and _is_capitalised(span[0]) and _is_capitalised(span[2])


def _nickname_between(doc: Doc, first: Span, then: Span) -> bool:
    """A quoted nickname inside a person's name: 'Ismael "El Mayo" Zambada' cut into three (the
    first piece may already hold the nickname when this joins the surname)."""
    quotes = [t.i for t in doc[first.start:then.start] if t.text in '"“”']
    if len(quotes) == 1:  # name + "nickname: the nickname must close right after it, then a name follows
        close = then.end
        return then.label_ in ("PERSON", first.label_) and 1 <= len(then) <= 3 and close + 1 < len(doc) and doc[close].text in '"“”' and _is_capitalised(doc[close + 1]) and first.label_ == "PERSON"
    return len(quotes) == 2 and first.label_ == "PERSON" and len(then) <= 2 and all(_is_capitalised(t) and t.is_alpha for t in then)


def _with_its_place(span: Span) -> Span:
    """"the European Union Mission in Armenia (EUMA)": a body named for where it works, as the
    acronym after it shows by spelling the place too; the model stops at "in"."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end + 4 >= len(doc) or doc[end].text != "in":
        return span
    bracket = next((i for i in range(end + 2, min(end + 5, len(doc) - 2)) if doc[i].text == "("), None)
    if bracket is None or doc[bracket + 2].text != ")" or not all(_is_capitalised(t) for t in doc[end + 1:bracket]):
        return span
    return Span(doc, span.start, bracket, label="ORG") if _abbreviates(doc[bracket + 1].text, _initials(doc[span.start:bracket].text)) else span


def _in_between(doc: Doc, org: Span, place: Span) -> bool:
    """Only "in" between two spans, or "in" ending the first right before the second (the model's
    "the Committee for Press Freedom in" + "Central Asia")."""
    return (org.end + 1 == place.start and doc[org.end].text == "in") or (org.end == place.start and doc[org.end - 1].text == "in")


def _operates_in(org: Span, place: Span, regions: set[int]) -> bool:
    """A body named for where it works keeps "in <country>" in its name: "the UN Interim Force in
    Lebanon", "the Board of Control for Cricket in India". Only a UN body or a name with "for" in it:
    "the Health Ministry in Gaza" is a ministry located in Gaza. A region that is no country ("the
    Network of Press Unions in East Asia") is where a body is seated less often than what it covers,
    so a name with "of" keeps it too; a region is what the model or the gazetteer (`regions`, where
    its places that are no country start) calls one."""
    words = [t.text for t in org if t.lower_ not in DETERMINERS and t.text != "in"]
    if org.label_ != "ORG" or len(words) < 3:
        return False
    if (place.label_ == "LOC" or place.start in regions) and ("of" in words or "for" in words):
        return True
    return place.label_ == "GPE" and (words[0] in ("UN", "U.N.") or words[:2] == ["United", "Nations"] or "for" in words)


def _unglued(doc: Doc, ner_spans: list[Span], gazetteer_spans: list) -> list[Span]:
    """A person's name the model ran a demonym into ("Kenyan Ruth Wambui"): the demonym stays a
    mention of its people and the rest is the person. Organisations keep theirs ("British Airways"), and
    so does a name that would be left a lone surname ("Christian Bruch")."""
    demonyms = {span.start: span.end for span, entry, _ in gazetteer_spans if entry.type == "NORP"}
    spans = []
    for span in ner_spans:
        end = demonyms.get(span.start)
        if span.label_ == "PERSON" and end is not None and end < span.end - 1 and _is_capitalised(doc[end]):
            span = Span(doc, end, span.end, label="PERSON")
        spans.append(span)
    return spans


def _possessors_split(doc: Doc, ner_spans: list[Span]) -> list[Span]:
    """A person's surname and a possessive inside a model span are two names ("Mondlane's
    Podemos"); the surname must end a person's full name in the article, so "Moody's Investors
    Service" stays whole."""
    surnames = {span[-1].text for span in doc.ents if span.label_ == "PERSON" and len(span) > 1}
    spans = []
    for span in ner_spans:
        cut = next((i for i in range(span.start + 1, span.end - 1) if doc[i].text in POSSESSIVE and doc[i - 1].text in surnames), None)
        spans += [span] if cut is None else [Span(doc, span.start, cut, label="PERSON"), Span(doc, cut + 1, span.end, label=span.label_)]
    return spans


def _missed_places(doc: Doc, taken: set[int], lowercase_words: set[str], places: set[int]) -> list[Span]:
    """One-word proper nouns the model missed or gave a non-name label ("near Corinth" as an
    ordinal) that stand where places do or are listed with a known place ("Tijuana and Nogales");
    never a month or weekday ("in March"), nor a word after a determiner ("in the Championship"):
    a bare place name takes none."""
    spans = []
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or not token.is_alpha or not token.is_title or token.ent_type_ in ENTITY_TYPES or token.lower_ in lowercase_words or token.lower_ in CALENDAR_WORDS:
            continue
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(_is_capitalised(t) and t.is_alpha and not t.is_sent_start for t in neighbours) or (token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS):
            continue  # part of a longer name, or a thing ("the League")
        span = Span(doc, token.i, token.i + 1, label="GPE")
        listed = token.dep_ == "conj" and token.head.i in places
        if listed or _locative(span):
            spans.append(span)
    return spans


def _known_place(span: Span, lowercase_words: set[str], people: set[str]) -> str | None:
    """GPE when GeoNames knows the name as a town, country or US state ("Kindersley", "Ust-Luga")
    and nothing makes that reading doubtful: it is no English word ("Reading", "Hope"), no part of
    a longer name of a person in the article ("Karim" of "Karim Khan"), and no title, "Mr" or
    speech verb makes it a person. Knowledge that the name can be a place, not that it is one here,
    so it counts as little as where a name stands."""
    name = span.text[:-1] if _sentence_stop(span) else span.text
    if not geonames.is_place_name(name) or _has_person_signal(span):
        return None
    if len(span) == 1 and _is_word(span[0], lowercase_words):
        return None
    if any(person != name and f" {name} " in f" {person} " for person in people):
        return None
    doc = span.doc
    if any(_is_capitalised(t) and t.is_alpha and not t.is_sent_start for t in [*doc[max(span.start - 1, 0):span.start], *doc[span.end:span.end + 1]]):
        return None  # a word of a longer name the model cut: "Frans" of "Frans Seda airport"
    listed = list(takewhile(lambda t: _is_capitalised(t) or t.lower_ in ("and", ","), doc[span.end:span.end + 5]))
    noun = doc[span.end + len(listed)] if span.end + len(listed) < len(doc) else None
    if noun is not None and noun.is_lower and nlp.singular(noun.lower_) in FEATURE_NOUNS:
        return None  # a river or mountain named like a town: "where the Atbara and Setit rivers meet"
    return "GPE"


def _capitalised_runs(doc: Doc) -> list[Span]:
    """Runs of capitalised words, hyphenated ones kept whole ("Ust-Luga", "Prince Rupert")."""
    runs, start = [], None
    for token in doc:
        joins = token.text == "-" and start is not None and not token.whitespace_ and not doc[token.i - 1].whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha
        if (token.is_alpha and token.is_title) or joins:
            start = token.i if start is None else start
            continue
        if start is not None:
            runs.append(doc[start:token.i])
        start = None
    if start is not None:
        runs.append(doc[start:len(doc)])
    return runs


def _missed_known_places(doc: Doc, taken: set[int], lowercase_words: set[str], people: set[str], places: set[int]) -> list[Span]:
    """Whole capitalised names GeoNames knows as places that the model missed, where a place may
    stand: after a preposition ("courts from Bizerte to Tataouine"), listed with a place, before
    "-based", or before a comma and a place ("a farmer from Kindersley, Sask."). Never a word
    opening a sentence, nor one after a determiner ("the Reading"), nor a word of a longer name
    ("Slavonija Osijek" is a club)."""
    spans = []
    for run in _capitalised_runs(doc):
        if not taken.isdisjoint(range(run.start, run.end)) or (run.start > 0 and doc[run.start - 1].lower_ in DETERMINERS):
            continue
        if len(run) == 1 and (run[0].is_sent_start or _starts_a_line(run[0])):
            continue
        if _known_place(run, lowercase_words, people) and _stands_as_place(run, places):
            spans.append(Span(doc, run.start, run.end, label="GPE"))
    return spans


def _stands_as_place(span: Span, places: set[int]) -> bool:
    doc, root = span.doc, span.root
    if root.dep_ == "pobj" and (root.head.lower_ in PLACE_PREPOSITIONS | LOOSE_PLACE_PREPOSITIONS | {"to", "into", "from"} or (root.head.lower_ == "of" and root.head.head.lower_ in PLACE_OF_NOUNS)):
        return True
    partners = [root.head] if root.dep_ in ("conj", "appos") else []
    partners += [t for t in root.children if t.dep_ in ("conj", "appos")]
    if any(t.i in places or t.ent_type_ in ("GPE", "LOC") for t in partners if t.i not in range(span.start, span.end)):
        return True
    after = doc[span.end:span.end + 2]
    return (len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based") or (len(after) == 2 and after[0].text == "," and (after[1].i in places or after[1].ent_type_ in ("GPE", "LOC")))


def _whole_place_name(span: Span) -> Span:
    """A town's name the model cut short at a word that is also a title or a given name ("ports of
    Vancouver and Prince [Rupert]"): the capitalised word before it belongs when GeoNames knows the
    whole as a place."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or not before.is_title or not before.is_alpha or before.ent_iob_ != "O" or before.is_sent_start:
        return span
    whole = doc[span.start - 1:span.end]
    return Span(doc, whole.start, whole.end, label="GPE") if geonames.is_place_name(whole.text) else span


def _missed_organisations(doc: Doc, taken: set[int], named: list[Span]) -> list[Span]:
    """Organisations the model missed where the words around say what they are: a proper noun after
    a company noun ("mining company Antamina", "chipmaker Nexor") or with one in apposition
    ("Safaricom, East Africa's largest telecoms company"), an acronym before one ("the SBU security
    service"), and an acronym in brackets spelling
    the initials of the name just before it ("the National Emergency Operations Centre (COEN)",
    "the Office of Gas and Electricity Markets (Ofgem)"), or
    any capitals in brackets after an organisation's name, whose acronym may come from its name in
    another language ("the Federal Association of Aviation Security Companies (BDLS)")."""
    initials_before = {s.end: _initials(_name(s)) for s in named if len(s) > 1}
    organisations_before = {s.end for s in named if len(s) > 1 and s.label_ == "ORG"}
    spans = []
    for token in doc[:-1]:
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1]
        if token.i in taken or not token.is_alpha or token.ent_type_ in ENTITY_TYPES or token.lower_ in CALENDAR_WORDS:
            continue
        alone = token.pos_ == "PROPN" and token.is_title and not (_is_capitalised(after) and after.is_alpha)
        after_noun = alone and before is not None and before.is_lower and before.lower_ in ORG_PREFIX_NOUNS
        bracketed = before is not None and before.text == "(" and after.text == ")" and len(token) > 1
        # British style writes a pronounceable acronym as a word ("Defra", "Ofgem"): in brackets it
        # must still spell the name's initials, so "John Okoye (Labour)" stays two things.
        acronym = bracketed and ((token.is_upper and (_spells(token.text, initials_before.get(token.i - 1, "")) or token.i - 1 in organisations_before)) or (token.is_title and _spells(token.text, initials_before.get(token.i - 1, ""))))
        named_as = token.is_upper and len(token) > 1 and after.is_lower and (after.lower_ in ORG_NOUNS or (token.i + 2 < len(doc) and doc[token.i + 2].is_lower and doc[token.i + 2].lower_ in ORG_NOUNS and after.head.i == token.i + 2))
        described = (alone or (token.is_upper and len(token) > 2 and not (_is_capitalised(after) and after.is_alpha))) and (before is None or not (_is_capitalised(before) and before.is_alpha and not before.is_sent_start)) and any(
            child.dep_ == "appos" and child.lemma_ in ORG_PREFIX_NOUNS for child in token.children
        )
        # "told the Nation", "told The Irrawaddy": an outlet the model missed, after "the" (see _told_outlet)
        told = before is not None and before.lower_ == "the" and not (_is_capitalised(after) and after.is_alpha) and _told_outlet(token)
        if after_noun or acronym or described or named_as or told:
            spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return spans


def _speaking_names(doc: Doc, taken: set[int], lowercase_words: set[str]) -> list[Span]:
    """A proper noun that is the subject of a speech verb ("Fraport, which runs the airport, said")
    is someone's name even where the model saw none; an organisation unless the words around it show
    a person. Capitalised words ("Police said" after a quote mark) and pronouns are no names."""
    spans = []
    for token in doc:
        if token.dep_ != "nsubj" or token.head.lemma_ not in SPEECH_LEMMAS or token.head.pos_ not in ("VERB", "AUX"):
            continue
        span = Span(doc, token.left_edge.i + (token.left_edge.lower_ in DETERMINERS), token.i + 1, label="ORG")
        if not span or not taken.isdisjoint(range(span.start, span.end)) or any(t.ent_type_ for t in span):
            continue
        if not all(t.is_alpha and _is_capitalised(t) and t.pos_ == "PROPN" for t in span):
            continue
        if any(t.lower_ in PERSON_TITLES for t in span) or all(_is_word(t, lowercase_words) for t in span):
            continue
        spans.append(span)
    return spans


def _is_job_title(span: Span) -> bool:
    """"UN Resident Coordinator Mohamed Yahya": capitalised words ending in a role, right before a
    person's name, are that person's title, not an organisation (the "UN" in it still is one)."""
    doc = span.doc
    return span.label_ == "ORG" and len(span) > 1 and span[-1].lower_ in PERSON_TITLES | PERSON_APPOS_NOUNS and span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and doc[span.end].ent_iob_ == "B"


def _portfolios(doc: Doc) -> tuple[set[int], list[Span]]:
    """An office's field after its title, and the person holding it: "State Minister for Labour and
    Employment Anisul Haque Chowdhury", "Minister of Health and Sanitation Austin Demby". The model
    runs the field into the name ("Employment Rezaul Karim Sarker") or takes it for an organisation
    ("Labour"); the field's words are general (PORTFOLIO_WORDS), and two to four capitalised words
    right after it are the holder's name. Returns the field's token indexes and the names."""
    field: set[int] = set()
    names = []
    for title in doc[:-2]:
        if title.lower_.rstrip(".") not in PERSON_TITLES or not title.is_title or doc[title.i + 1].lower_ not in ("for", "of"):
            continue
        if title.i > 0 and doc[title.i - 1].text == "High":
            continue  # "UN High Commissioner for Refugees": an international office, named with its field

        i = title.i + 2
        while i < len(doc) and (doc[i].text in PORTFOLIO_WORDS or (doc[i].lower_ in ("and", "&", ",") and i + 1 < len(doc) and doc[i + 1].text in PORTFOLIO_WORDS)):
            i += 1
        if i == title.i + 2:
            continue
        field.update(range(title.i + 2, i))
        end = i
        while end < len(doc) and end - i < 5 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN":
            end += 1
        if 2 <= end - i <= 4 and (end == len(doc) or not doc[end].is_title):
            names.append(Span(doc, i, end, label="PERSON"))
    return field, names


def _camel_case_names(doc: Doc, taken: set[int]) -> list[Span]:
    """A word with a capital inside it after two or more lowercase letters ("MiningWire", "PayPal",
    "BlackRock") is a brand or outlet the model often misses; surnames such as "McDonald",
    "DeSantis" and "MacArthur" do not fit the pattern."""
    return [
        Span(doc, token.i, token.i + 1, label="ORG")
        for token in doc
        if token.i not in taken and token.ent_type_ not in ENTITY_TYPES and token.is_alpha and CAMEL_CASE.fullmatch(token.text) and not token.text.startswith("Mac")
    ]


def _station_names(doc: Doc, taken: set[int]) -> list[Span]:
    """A broadcaster's call sign with its band ("KSDK-TV", "WBEZ-FM"), which the model reads as no name."""
    return [
        Span(doc, token.i, token.i + 3, label="ORG")
        for token in doc[:-2]
        if taken.isdisjoint(range(token.i, token.i + 3)) and token.is_alpha and token.is_upper and 3 <= len(token) <= 5
        and doc[token.i + 1].text == "-" and not token.whitespace_ and not doc[token.i + 1].whitespace_ and doc[token.i + 2].text in ("TV", "FM", "AM", "DT")
    ]


def _compound_names(doc: Doc, gazetteer_spans: list) -> list[Span]:
    """Known names inside a longer one: two run together ("Kenya Red Cross", "Amnesty International
    Kenya": adjacent matches, one an organisation, one a compound of the other), or a people's
    adjective before a natural feature ("the Indian plate")."""
    spans = []
    for (a, entry_a, _), (b, entry_b, _) in zip(gazetteer_spans, gazetteer_spans[1:]):
        if a.end != b.start or "ORG" not in (entry_a.type, entry_b.type):
            continue
        if (a.root.dep_ == "compound" and a.root.head.i in range(b.start, b.end)) or (b.root.dep_ == "compound" and b.root.head.i in range(a.start, a.end)):
            spans.append(Span(doc, a.start, b.end, label="ORG"))
    # A people's adjective before a natural feature names a place: "the Indian plate".
    for span, entry, _ in gazetteer_spans:
        if entry.type == "NORP" and span.end < len(doc) and doc[span.end].lower_ in FEATURE_NOUNS:
            spans.append(Span(doc, span.start, span.end + 1, label="LOC"))
    return spans


def _group_led_names(doc: Doc, gazetteer_spans: list, ner_spans: list[Span]) -> list[Span]:
    """A group's adjective that the model left outside the organisation name it begins ("Republican"
    + "People's Party", "Kurdish" + "Workers' Party", "Christian" + "Democratic Union") is part of
    that name, as a country's adjective is ("Nigerian Ports Authority"), when the name ends on an
    organisation's head word and the adjective modifies a word inside it; so is one joined by "and"
    to the name's first word ("Asian and" + "Pacific Affairs Bureau"). Only groups that are no
    country's people: "Iranian" + "Foreign Ministry" stays Iran's ministry."""
    groups = {span.end: span for span, entry, _ in gazetteer_spans if entry.type == "NORP" and entry.demonym_of is None}
    spans = []
    for span in ner_spans:
        if span.label_ != "ORG" or doc[span.end - 1].text not in ORG_HEADS:
            continue
        group = groups.get(span.start)
        coordinated = groups.get(span.start - 1) if span.start > 0 and doc[span.start - 1].lower_ == "and" else None
        if coordinated is not None and span[0].dep_ == "conj" and span[0].head.i == coordinated.root.i:
            group = coordinated
        if group is not None and group.root.head.i in range(span.start, span.end):
            spans.append(Span(doc, group.start, span.end, label="ORG"))
    return spans


def _resolve_overlaps(doc: Doc, gazetteer_spans: list, ner_spans: list[Span]) -> tuple[list, list[Span]]:
    """Gazetteer matches win where they cover a model span or cross its edge; a longer model name
    ("University of Tehran", "Kenya Red Cross") wins over the gazetteer names inside it, except
    before a possessive ("Iran's Supreme National Security Council" is two names)."""
    token_owner = {}
    for index, (span, _, _) in enumerate(gazetteer_spans):
        for i in range(span.start, span.end):
            token_owner[i] = index
    dropped_gazetteer: set[int] = set()
    widened: dict[int, tuple] = {}
    kept_ner = []
    for span in sorted(ner_spans + _compound_names(doc, gazetteer_spans) + _group_led_names(doc, gazetteer_spans, ner_spans), key=lambda s: (s.start, -len(s))):
        if kept_ner and span.start < kept_ner[-1].end:
            continue
        inside = {token_owner[i] for i in range(span.start, span.end) if i in token_owner}
        if not inside:
            kept_ner.append(span)
            continue
        crossing = any(gazetteer_spans[g][0].start < span.start or gazetteer_spans[g][0].end > span.end for g in inside)
        if crossing:
            first = min(gazetteer_spans[g][0].start for g in inside)
            if first > span.start and any(_is_capitalised(token) for token in doc[span.start:first]):
                kept_ner.append(Span(doc, span.start, first, label=span.label_))  # "Pembina Crossing, [Alta.]"
            continue
        rest = [doc[i] for i in range(span.start, span.end) if i not in token_owner and not _is_furniture(doc[i])]
        first = min(gazetteer_spans[g][0].start for g in inside)
        last = max(gazetteer_spans[g][0].end for g in inside)
        # Two different known names run together ("Kenya Red Cross"); one named twice in a row ("the UN
        # refugee agency UNHCR") is that one.
        run_together = len({gazetteer_spans[g][1].entity_id for g in inside}) > 1 and span.label_ in ("ORG", "FAC") and all(i in token_owner for i in range(first, last))
        feature = bool(rest) and rest[-1].lower_ in FEATURE_NOUNS
        # "Santiago de Cuba", "Frankfurt am Main": known names joined by a connector are one place.
        connected = len(inside) > 1 and bool(rest) and all(token.lower_ in NAME_CONNECTORS for token in rest)
        # "the Lagos-Ibadan highway": a road between two known towns (see _routes_between_places).
        route = span.label_ == "FAC" and len(span) == 3 and span[1].text == "-" and len(inside) == 2
        if not run_together and not feature and not connected and not route and not any(_is_capitalised(token) for token in rest):
            continue
        # A possessive ending the model's name ("Gov. Roy Cooper's vetoes") splits nothing off.
        last_possessive = max((i for i in range(span.start, span.end - 1) if doc[i].text in POSSESSIVE and i - 1 in token_owner), default=None)
        if last_possessive is not None:
            remainder = doc[last_possessive + 1:span.end]
            if remainder and not any(i in token_owner for i in range(remainder.start, remainder.end)):
                kept_ner.append(Span(doc, remainder.start, remainder.end, label=span.label_))
            continue
        if run_together and (owner := _owned_by_prefix([gazetteer_spans[g] for g in sorted(inside, key=lambda g: gazetteer_spans[g][0].start)])) is not None:
            # "the U.N. World Food Programme": the agency, named with the body it belongs to, which
            # here only describes it
            dropped_gazetteer.update(g for g in inside if gazetteer_spans[g][1] is not owner)
            continue
        person = {gazetteer_spans[g][1] for g in inside}
        entry = next(iter(person))
        if len(person) == 1 and entry.type == "PERSON" and all(t.text in " ".join((entry.name, *entry.aliases)).split() for t in rest):
            # "Volodymyr Zelenskiy": a known person's alias with the rest of their own name around it
            g = next(iter(inside))
            widened[g] = (Span(doc, span.start, span.end), entry, gazetteer_spans[g][2])
            continue
        dropped_gazetteer.update(inside)
        kept_ner.append(span)
    return [widened.get(index, m) for index, m in enumerate(gazetteer_spans) if index not in dropped_gazetteer], kept_ner


def _owned_by_prefix(known: list[tuple]) -> Entry | None:
    """Of two known names run together, the second when it is an organisation that belongs to the
    first: "U.N." + "World Food Programme" (a United Nations agency); not "Kenya" + "Red Cross",
    the national society, which is a third thing."""
    if len(known) != 2:
        return None
    prefix, organisation = known[0][1], known[1][1]
    described = f"{organisation.name} {organisation.description}"
    return organisation if organisation.type == "ORG" and prefix.entity_id != organisation.entity_id and prefix.name in described else None


def _gazetteer_mention(span: Span, entry: Entry, kind: str, gazetteer: Gazetteer) -> Mention:
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in COMPASS_WORDS and before.is_lower:
        region = gazetteer.forms.get(f"{before.text.capitalize()} {span.text}")
        if region is not None:  # "south Asia", "eastern Europe": the region the gazetteer knows by that name
            return Mention(span.start - 1, span.end, region[0], "gazetteer", CONFIDENCE["gazetteer_alias"])
    if entry.capital_of and _acts(span):
        return Mention(span.start, span.end, entry.capital_of, "gazetteer", CONFIDENCE["metonym"])
    if entry.seat_of and (_acts(span) or _describes_following_noun(span)):
        return Mention(span.start, span.end, entry.seat_of, "gazetteer", CONFIDENCE["metonym"])
    # Two- and three-letter aliases ("US", "AP") are the likeliest to name something else.
    confidence = CONFIDENCE["gazetteer"] if kind not in (ALIAS, TITLED) else CONFIDENCE["short_alias" if len(span.text) <= 3 else "gazetteer_alias"]
    start, end = span.start, span.end
    while entry.type == "PERSON" and end - start > 1 and span.doc[start].lower_.rstrip(".") in PERSON_TITLES:
        start += 1  # the alias "King Salman" finds the king; the name he goes by is "Salman"
    while end - 1 > start and span.doc[end - 1].is_lower and _is_word(span.doc[end - 1], set()):
        end -= 1  # "the Unite union" names Unite; "České dráhy" keeps its lowercase word
    return Mention(start, end, entry.entity_id, "gazetteer", confidence)


def _without_foreign_generic_names(found: list[tuple], gazetteer: Gazetteer, dateline: str | None) -> list[tuple]:
    """Legislatures, courts, parties and football associations share generic names across countries
    ("House of Representatives", "Supreme Court", "Labour", "Football Association"): without a
    country in it, such a name is the body of the story's own country, so a known one of another
    country is not meant and the name is left to be read as a name of its own ("the House of
    Representatives" in a story from Jakarta is Indonesia's)."""
    known = [(entry.entity_id, entry.type) for _, entry, _ in found]
    states = gazetteer_module.states_among({entity_id for entity_id, _ in known})
    named = set(states.values())
    home = gazetteer_module.home_state(known, states, dateline)
    # The story's country when it has one; when it is about a town or region ("the Indian state of
    # Bihar"), any country it names may be the one whose bodies it means.
    meant = {home} if home in named else named

    place_tokens = {i for span, entry, _ in found if entry.type in ("GPE", "NORP") for i in range(span.start, span.end)}
    # "Peru's Congress", "Canada's House of Commons": the country is named with it, and the bare
    # name then means the same body (see _other_countries_institutions).
    qualified = {span.text for span, _, _ in found if _qualifier_end(span) - 1 in place_tokens}

    def foreign(span: Span, entry: Entry) -> bool:
        country = _country_of(entry, gazetteer)
        return bool(meant) and country is not None and country not in meant and span.text not in qualified

    return [(span, entry, kind) for span, entry, kind in found if not (DOMESTIC_KINDS.match(entry.description) and foreign(span, entry) and not any(_names_a_place(t.text, gazetteer) for t in span))]


def _qualifier_end(span: Span) -> int:
    """Where a word qualifying a name would end: before its possessive ("Peru's Congress") or right before it."""
    before = span.start
    if before > 0 and span.doc[before - 1].text in POSSESSIVE:
        before -= 1
    return before


def _country_of(entry: Entry, gazetteer: Gazetteer) -> str | None:
    """The country an institution's description names first ("lower house of the US Congress" -> the United States)."""
    words = re.findall(r"[\w.'’-]+", entry.description)
    for start in range(len(words)):
        for size in (3, 2, 1):
            place = gazetteer.entries.get(gazetteer.forms.get(" ".join(words[start:start + size]), ("", ""))[0])
            if place is not None and place.type == "GPE":
                return place.entity_id
            if place is not None and place.demonym_of:
                return place.demonym_of
    return None


def _names_a_place(word: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.entries.get(gazetteer.forms.get(word, ("", ""))[0])
    return entry is not None and entry.type in ("GPE", "NORP")


def _other_countries_institutions(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """A gazetteer institution with a generic name ("Congress", "House of Commons", "Home Office")
    after another country's possessive or adjective ("Peru's Congress", "Canadian House of
    Commons") is that country's institution, and so is every bare use of the name in the article."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    qualified: dict[int, str | None] = {}  # mention start -> new key, or None where the country is the entry's own
    for mention in mentions:
        entry = gazetteer.entries.get(mention.key)
        span = doc[mention.start:mention.end]
        if entry is None or entry.type != "ORG" or not all(_is_word(t, set()) or t.lower_ in ("of", "the", "and") for t in span):
            continue
        before = mention.start - 1
        if before >= 0 and doc[before].text in POSSESSIVE:
            before -= 1
        place = gazetteer.entries.get(at[before].key) if before in at else None
        country = gazetteer.entries.get(place.demonym_of) if place is not None and place.demonym_of else place if place is not None and place.type == "GPE" else None
        if country is None:
            continue
        people = [e for e in gazetteer.entries.values() if e.demonym_of == country.entity_id]
        names = {country.name, *country.aliases} | {form for e in people for form in (e.name, *e.aliases)}
        own = any(name in entry.name or name in entry.description for name in names)
        qualified[mention.start] = None if own else "?" + f"{span.text} ({country.name})"
    bare: dict[tuple[str, str], set] = defaultdict(set)
    for mention in mentions:
        if mention.start in qualified:
            bare[(mention.key, doc[mention.start:mention.end].text)].add(qualified[mention.start])
    for mention in mentions:
        keys = bare.get((mention.key, doc[mention.start:mention.end].text), set())
        new = qualified.get(mention.start) if mention.start in qualified else next(iter(keys)) if len(keys) == 1 else None
        if new is not None:
            mention.key, mention.method, mention.confidence = new, "ner", CONFIDENCE["ner"]


def _acts(span: Span) -> bool:
    token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "poss" and (token.head.pos_ == "PROPN" or token.head.lemma_.lower() in CITY_PARTS):
        return False  # "Nairobi's Kileleshwa", "Tehran's streets": the city's own places and people
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True  # "territory controlled by Kyiv"
    if token.dep_ == "pobj" and token.head.lower_ in ("with", "between") and token.head.head.lemma_.lower() in RELATION_WORDS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and _addressed_by(token.head.head):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.lemma_ in ("look", "point"):
        return True  # "every reason to look at Moscow": the one held responsible
    return token.dep_ in ACTOR_DEPS or (token.dep_ == "dobj" and token.head.lemma_ in ACTOR_OBJECT_VERBS)


def _addressed_by(governor) -> bool:
    """Whether "to X" after the word addresses X: the word is one of ADDRESS_WORDS, or "made" whose
    thing made is one ("a request Athens made to Brussels")."""
    if governor.lemma_.lower() in ADDRESS_WORDS:
        return True
    made = governor.head if governor.dep_ == "relcl" else next((t for t in governor.children if t.dep_ == "dobj"), None)
    return governor.lemma_ == "make" and made is not None and made.lemma_.lower() in ADDRESS_WORDS


def _describes_following_noun(span: Span) -> bool:
    """"Kremlin spokesman", "White House officials": a seat of government before a common noun says
    whose staff or decision it is, the government's, not the building's."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.is_lower and following.pos_ == "NOUN"


def _name(span: Span) -> str:
    return re.sub(r"\s+", " ", "".join(ch for ch in span.text if ch not in "“”\"")).strip()


def _first_word(name: str, gazetteer: Gazetteer) -> str:
    """An organisation's own first word, after the place it is registered in: "Lingxi" of "Hangzhou
    Lingxi Semiconductor", which the article then calls "Lingxi"."""
    words = name.split()
    entry = gazetteer.entries.get(gazetteer.forms.get(words[0], ("", ""))[0])
    return words[1] if len(words) > 2 and entry is not None and entry.type == "GPE" else words[0]


def _leads_to_its_acronym(span: Span, key: str | None, organisations: dict[str, str], gazetteer: Gazetteer) -> bool:
    """"the Mawlaik PDF" after "the Mawlaik People's Defense Force (PDF)": a name's first words with
    the acronym the article gave it in brackets are that name, not a new one."""
    if key is None:
        return False
    names = [name for name, owner in organisations.items() if owner == key] + ([gazetteer.entries[key].name] if key in gazetteer.entries else [])
    return any(name.startswith(_name(span[:-1]) + " ") for name in names)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _abbreviates(acronym: str, initials: str) -> bool:
    """The initials, or all but one of them in order, first and last kept: "ECB" for "England and
    Wales Cricket Board"."""
    if acronym == initials:
        return True
    letters = iter(initials)
    return len(acronym) >= max(2, len(initials) - 1) and acronym[:1] == initials[:1] and acronym[-1:] == initials[-1:] and all(letter in letters for letter in acronym)


def _spells(short: str, initials: str) -> bool:
    """A word-like short form made of the name's initials in any order ("Cofek", "Comcipo")."""
    return bool(initials) and short[0] in initials and all(letter.lower() in short.lower() for letter in initials)


def _article_mentions(doc: Doc, gazetteer: Gazetteer, lowercase_words: set[str], dateline: str | None) -> list[Mention]:
    furniture = furniture_lines(doc.text)
    field, holders = _portfolios(doc)
    held = field | {i for span in holders for i in range(span.start, span.end)}
    # "347 million US dollars", "50,000 Hong Kong dollars": a country inside a sum names its currency.
    money = {i for span in doc.ents if span.label_ == "MONEY" for i in range(span.start, span.end)}
    gazetteer_spans = [
        g for g in gazetteer.matches(doc)
        if not _in_ranges(g[0].start_char, furniture) and not (g[1].type == "ORG" and field & set(range(g[0].start, g[0].end)))
        and not (g[1].type in ("GPE", "NORP") and g[0].start in money)
    ]
    gazetteer_spans = _without_foreign_generic_names(gazetteer_spans, gazetteer, dateline)
    # "Irena" is IRENA unless the article names a person Irena, whom it then is.
    people_words = {token.text for span in doc.ents if span.label_ == "PERSON" and len(span) > 1 for token in span}
    people_not_acronyms = [Span(doc, g[0].start, g[0].end, label="PERSON") for g in gazetteer_spans if g[2] == TITLED and g[0].text in people_words]
    gazetteer_spans = [g for g in gazetteer_spans if not (g[2] == TITLED and g[0].text in people_words)]
    ner_spans = [piece for span in doc.ents if span.label_ in ENTITY_TYPES for piece in _split(span)] + _headed_names(doc) + _unit_names(doc)
    ner_spans = [span for span in _routes_win(ner_spans, doc) if not _in_ranges(span.start_char, furniture) and held.isdisjoint(range(span.start, span.end)) and not _is_job_title(span)] + holders
    regions = {span.start for span, entry, _ in gazetteer_spans if entry.type == "LOC"}
    ner_spans = [_with_its_number(_run_on_by_connector(_with_hyphenated_given_name(span))) for span in ner_spans]
    ner_spans = _possessors_split(doc, _unglued(doc, _connected(doc, ner_spans, regions), gazetteer_spans))
    # Without a leading "the", so a longer phrase found another way ("the High Court of" + Australia)
    # competes for the same first word.
    ner_spans = [Span(doc, s.start + 1, s.end, label=s.label_) if len(s) > 1 and s[0].lower_ in DETERMINERS else s for s in ner_spans]
    ner_spans = [_whole_place_name(_with_its_place(span)) for span in ner_spans]
    gazetteer_spans, ner_spans = _resolve_overlaps(doc, gazetteer_spans, ner_spans)

    mentions = [_gazetteer_mention(span, entry, kind, gazetteer) for span, entry, kind in gazetteer_spans]
    _other_countries_institutions(doc, mentions, gazetteer)
    gazetteer_tokens = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [m for m in _network_mentions(doc, gazetteer) if m.start not in gazetteer_tokens]
    taken = {i for m in mentions for i in range(m.start, m.end)} | field  # an office's field is part of no name
    model_spans: list[Span] = []
    for raw in ner_spans:
        span = _clean(raw)
        if span is None or _is_common_word(span, lowercase_words) or _is_not_a_name(span, raw.label_, lowercase_words) or not taken.isdisjoint(range(span.start, span.end)):
            continue
        if raw.label_ in ("PERSON", "ORG", "GPE", "LOC"):
            span = _extend_person(span, taken, lowercase_words)
        span.label_ = raw.label_
        taken.update(range(span.start, span.end))
        model_spans.append(span)
    known_places = {i for m in mentions if (e := gazetteer.entries.get(m.key)) is not None and e.type in ("GPE", "LOC") for i in range(m.start, m.end)}
    people = {span.text for span in doc.ents if span.label_ == "PERSON" and len(span) > 1}
    # In a match report a town's name is as often its side ("lost at home to Burnley").
    towns_are_places = not any(token.pos_ == "NOUN" and token.lemma_ in SPORT_NOUNS for token in doc)
    places = known_places | {i for span in model_spans if span.label_ in ("GPE", "LOC") for i in range(span.start, span.end)}
    for span in people_not_acronyms + _missed_places(doc, taken, lowercase_words, known_places) + (_missed_known_places(doc, taken, lowercase_words, people, places) if towns_are_places else []) + _camel_case_names(doc, taken) + _station_names(doc, taken) + _missed_organisations(doc, taken, model_spans) + _speaking_names(doc, taken, lowercase_words):
        if taken.isdisjoint(range(span.start, span.end)):
            taken.update(range(span.start, span.end))  # so no later pass finds the same words again
            model_spans.append(span)
    model_spans.sort(key=lambda s: s.start)

    # Names of things the gazetteer lacks, grouped within the article: short forms join full names.
    acting = _surnames_acting_as_people(doc)
    named_people = {_name(s) for s in model_spans if len(s) > 1 and (_evidence(s) == "PERSON" or (_evidence(s) is None and (s.label_ == "PERSON" or _named_by_an_acting_surname(s, acting))))}
    for mention in mentions:
        # The article's own full name beats a gazetteer alias: "Jeb Bush ... Bush said" is Jeb Bush.
        surname_of = sorted(p for p in named_people if mention.end - mention.start == 1 and _surname(p) == doc[mention.start].text)
        if len(surname_of) == 1 and mention.key in gazetteer.entries and gazetteer.entries[mention.key].name != surname_of[0]:
            mention.key, mention.method, mention.confidence, mention.evidence = _key(surname_of[0], gazetteer), "alias", CONFIDENCE["alias"], "PERSON"
    known_texts = {_name(doc[m.start:m.end]): m.key for m in mentions}
    known_people = {gazetteer.entries[m.key].name for m in mentions if m.key in gazetteer.entries and gazetteer.entries[m.key].type == "PERSON"}
    full_people = named_people | known_people
    qualified = {s.start: _qualified_key(s, mentions, gazetteer) for s in model_spans if len(s) > 1}
    organisations = {_name(s): qualified[s.start] for s in model_spans if len(s) > 1 and (s.label_ != "PERSON" or _evidence(s) in ("ORG", "FAC"))}
    # Generic names with the country named before them, in text order: "Brazil's Federal Police" ... "the Federal Police".
    countries_named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for s in model_spans:
        if len(s) > 1 and _name(s) in organisations and qualified[s.start] != _key(_name(s), gazetteer):
            countries_named[_name(s)].append((s.start, qualified[s.start]))
    # A country's institution named later without the country: "the U.S. Commerce Department" ... "the Commerce Department".
    without_country = {
        _name(s[1:]): organisations[_name(s)] for s in model_spans
        if len(s) > 2 and _name(s) in organisations and gazetteer.entries.get(gazetteer.forms.get(s[0].text, ("", ""))[0], None) is not None
        and gazetteer.entries[gazetteer.forms[s[0].text][0]].type == "GPE"
    }
    # Organisations the gazetteer found by their full name here: "the Church" after "the Catholic Church", "DB" after Deutsche Bahn.
    known_organisations = {gazetteer.entries[m.key].name: m.key for m in mentions if m.end - m.start > 1 and m.key in gazetteer.entries and gazetteer.entries[m.key].type == "ORG"}
    multiword = {_name(s) for s in model_spans if len(s) > 1} | set(known_organisations)
    storms = {s[-1].text: "?" + _name(s) for s in model_spans if len(s) == 2 and s[0].text in STORM_WORDS}
    located: list[Mention] = []  # mentions typed a place only by where they stand
    # "the National Elections Commission (CNE)": an acronym in brackets after a name is that name,
    # whatever language its letters come from.
    named_before = {m.end: m.key for m in mentions} | {s.end: organisations.get(_name(s), "?" + _name(s)) for s in model_spans if len(s) > 1}
    # A short form written like a word ("Consumers Federation of Kenya (Cofek)", "Potosi Civic
    # Committee (Comcipo)", whose Spanish order puts the words otherwise) must start with one of the
    # name's initials, hold all of them, and follow an organisation, so "John Okoye (Labour)" stays two things.
    initials_before = {s.end: _initials(_name(s)) for s in model_spans if len(s) > 1 and _name(s) in organisations}
    bracketed = {
        doc[s.start].text: named_before[s.start - 1]
        for s in model_spans
        if len(s) == 1 and len(s[0]) >= 2 and 0 < s.start - 1 and doc[s.start - 1].text == "(" and s.end < len(doc) and doc[s.end].text == ")" and s.start - 1 in named_before
        and (s[0].is_upper or _spells(s[0].text, initials_before.get(s.start - 1, "")))
    }
    seen_at: dict[str, list[int]] = defaultdict(list)
    for span in model_spans:
        if _name(span) in named_people:
            seen_at[_name(span)].append(span.start)
    for mention in mentions:
        entry = gazetteer.entries.get(mention.key)
        if entry is not None and entry.type == "PERSON":
            seen_at[entry.name].append(mention.start)
    first_seen = {name: min(starts) for name, starts in seen_at.items()}
    person_keys: set[str] = set()
    for span in model_spans:
        name = _name(span)[:-1] if _sentence_stop(span) else _name(span)
        key, method = "?" + name, "ner"
        evidence = _evidence(span) or _coordinated_place(span, mentions, gazetteer) or _coordinated_person(span) or ("PERSON" if _named_by_an_acting_surname(span, acting) else None)
        hyphenated = len(span) == 3 and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_  # one word: "Hennis-Plasschaert"
        place = None if evidence else _locative(span)
        # "Ashanti Ridge" after "Ashanti Ridge Gold": the first words of one longer organisation's name.
        # Not "Supreme Court" after "Spain's": a country named before it says whose it is.
        longer = sorted({k for n, k in (organisations | known_organisations).items() if n.startswith(name + " ")}) if len(span) > 1 and span.label_ == "ORG" and evidence in (None, "ORG") and qualified[span.start] == _key(name, gazetteer) else []
        if len(span) > 1 and _leads_to_its_acronym(span, bracketed.get(span[-1].text), organisations, gazetteer):
            key, method = bracketed[span[-1].text], "alias"
        elif len(longer) == 1:
            key, method = longer[0], "alias"
        elif len(span) > 1 and name in organisations and not hyphenated:
            # Each "Foreign Ministry" is the one of the country named just before it; a bare one, the
            # one the article's names give (two countries' ministries never share an id).
            own = qualified[span.start]
            if own == _key(name, gazetteer):
                earlier = [k for start, k in countries_named.get(name, []) if start < span.start] or [k for _, k in countries_named.get(name, [])]
                own = earlier[-1] if earlier else without_country.get(name, organisations[name])
            key = own
        elif len(span) > 1 and span.label_ == "PERSON" and evidence in (None, "PERSON") and len(fuller := sorted(p for p in full_people if p.endswith(" " + name))) == 1:
            key, method, evidence = _key(fuller[0], gazetteer), "alias", "PERSON"  # "Arce Lozada" after "Javier Arce Lozada": both surnames
        elif len(span) == 1 or hyphenated:
            # A surname is a full name's last word, or failing that an inner one ("Olivares" of "Patricia
            # Olivares Toro"); of two people with it, a public figure the gazetteer knows ("Sánchez" in
            # a story about the prime minister's brother), else the one the article named first.
            # After "Mr", "Ms" or "Mrs" it is the one named in full most recently: "Lee Seo-yeon, a
            # resident, ... Ms. Lee said" is the resident, though the president Lee Jae-myung spoke first.
            honorific = span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "miss")

            def likelier(p: str) -> tuple:
                latest = max((start for start in seen_at.get(p, ()) if start < span.start), default=-1)
                return (-latest if honorific and latest >= 0 else 1, p not in known_people, first_seen.get(p, len(doc)), p)
            by_surname = sorted((p for p in full_people if _surname(p) == name), key=likelier)
            by_surname = by_surname or sorted((p for p in full_people if name in p.split()[1:-1]), key=likelier)
            # The shortest name wins a tie: "Ashburn" is Ashburn Rovers, not Ashburn Supporters' Trust.
            # A bare place name where places stand is the place, not the council named after it; the
            # model's GPE label alone is not enough ("Vander, based in Veldhoven" is Vander Lithography),
            # and words that make it an organisation ("Vander, the chipmaker") take it to the longer name.
            # A town GeoNames knows is the place there even when the model calls it an organisation
            # ("schools in Elmhurst" after "the Elmhurst Teachers Union").
            # A hyphenated name ("Ust-Luga") is its own first word: an alias needs a longer name.
            by_first_word = [k for n, k in sorted(organisations.items(), key=lambda item: (len(item[0].split()), item[0])) if _first_word(n, gazetteer) == name and n != name][:1] if span.label_ != "NORP" and not ((span.label_ in ("GPE", "LOC") or geonames.is_place_name(name)) and (place or evidence in ("GPE", "LOC", "FAC"))) else []
            by_last_word = sorted({k for n, k in (organisations | known_organisations).items() if n.split()[-1] == name and n != name and _is_word(span[0], set())})
            by_acronym = sorted(n for n in multiword if len(name) >= 2 and name.isupper() and _initials(n) == name)
            by_first_name = sorted(p for p in full_people if p.split()[0] == name and p not in organisations)
            if name in known_texts:
                key, method = known_texts[name], "alias"  # "Unite" after "the Unite union"
            elif by_surname:
                key, method, evidence = _key(by_surname[0], gazetteer), "alias", "PERSON"
            elif len(by_first_word) == 1 or len(by_last_word) == 1:
                key, method, evidence = (by_first_word or by_last_word)[0], "alias", evidence if evidence != "PERSON" else None  # "Norvale" after "Norvale Robotics", "the Trust"
            elif name in bracketed:
                key, method = bracketed[name], "alias"
            elif len(by_acronym) == 1:
                key, method = _key(by_acronym[0], gazetteer), "alias"
            elif len(by_first_name) == 1 and not place:
                key, method, evidence = _key(by_first_name[0], gazetteer), "alias", "PERSON"  # "Yulia" after "Yulia Skripal"
            elif name in storms:
                key, method, evidence = storms[name], "alias", "EVENT"  # "Melissa" after "Hurricane Melissa"
        if method == "ner" and _is_capitalised_description(span) and evidence != "PERSON":
            continue
        side = None if evidence else _side_in_a_result(span)  # "a 3-1 win over Rijeka": the town's side
        if method == "ner" and evidence is None and not place and not side and towns_are_places:
            place = _known_place(span, lowercase_words, people)  # only a name of its own: "Aurelia" after "Aurelia Airways" is the airline
        weak = place or side
        if method == "ner" and evidence is None and weak:
            evidence = weak
        confidence = CONFIDENCE["alias"] if method == "alias" else CONFIDENCE["ner_supported" if evidence else "ner"]
        mention = Mention(span.start, span.end, key, method, confidence, span.label_ if method == "ner" or span.label_ != "PERSON" else None, evidence, located=evidence is not None and evidence == weak, trim=_sentence_stop(span))
        mentions.append(mention)
        if mention.located:
            located.append(mention)
        if evidence == "PERSON" or _has_person_signal(span):
            person_keys.add(key)
    # Where a name stands is weak evidence: one "Mr", title or "X said" anywhere in the article wins.
    for mention in located:
        if mention.key in person_keys:
            mention.evidence, mention.confidence = None, CONFIDENCE["ner"]

    _acronyms_defined_here(doc, mentions, gazetteer)
    _join_other_names(doc, mentions)
    _same_office_either_way(mentions)
    mentions += _repeats(doc, mentions, gazetteer, taken)
    _national_bodies(doc, mentions, gazetteer, dateline)
    mentions = _countries_in_names(doc, mentions, gazetteer)
    return sorted((m for m in mentions if not _in_ranges(doc[m.start].idx, furniture)), key=lambda m: m.start)


def _national_bodies(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, dateline: str | None) -> None:
    """A national body named by its kind and its country ("Kenya's Supreme Court", "the Supreme
    Court of Kenya", "Norway's Parliament") is the gazetteer's row for that country's body of that
    kind (the Storting), or else one entity "Supreme Court of Kenya" however it is phrased, so the
    same court in two articles is one entity. Named bare ("the Supreme Court", "Parliament"), it is
    the one the article has named with its country; failing that, for a kind every country has
    one of, the body of the one country the story is about. In a story about several it is left
    as it was. A name that leads with the country ("Japan Coast Guard") is an official name of its
    own, so it only changes when the gazetteer knows the body."""
    resolved: list[tuple[Mention, str, str | None, bool]] = []
    for mention in mentions:
        found = gazetteer_module.kind_and_country(mention.key[1:]) if mention.key.startswith("?") else None
        if found is not None and found[1] is None:
            # A one-word kind ("Sweden's Parliament") was not keyed with its country as longer names are.
            found = gazetteer_module.kind_and_country(_qualified_key(doc[mention.start:mention.end], mentions, gazetteer)[1:]) or found
        if found is not None:
            resolved.append((mention, *found))
    named_with: dict[str, set[str]] = defaultdict(set)
    for _, kind, country, _ in resolved:
        if country is not None:
            named_with[kind].add(country)
    home = gazetteer_module.dominant_state([m.key for m in mentions if m.key in gazetteer.entries], dateline) if resolved else None
    keys: dict[tuple[str, str], str] = {}  # the key a country's body got where it was named with the country
    for mention, kind, country, leads in sorted(resolved, key=lambda item: item[2] is None):
        if country is None and len(named_with[kind]) == 1:
            country = next(iter(named_with[kind]))
        elif country is None and kind in gazetteer_module.SOLE_KINDS:
            country = home
        if country is None:
            continue
        row = gazetteer_module.national_body(kind, country)
        if row is not None:
            mention.key, mention.method, mention.confidence = row, "gazetteer", CONFIDENCE["gazetteer_alias"]
        elif (kind, country) in keys:
            mention.key = keys[(kind, country)]  # "the Supreme Court" after "the Kenyan Supreme Court"
        elif not leads:
            mention.key = "?" + gazetteer_module.national_body_name(kind, country)
        keys.setdefault((kind, country), mention.key)


def _countries_in_names(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A country or its adjective written as the first word of its own institution's generic name
    ("U.S. District Court") is part of that name, not a mention of the country; after a possessive
    ("Iraq's Foreign Ministry") it stays one."""
    by_end = {m.end: m for m in mentions}
    absorbed = set()
    for mention in mentions:
        country_mention = by_end.get(mention.start)
        entry = gazetteer.entries.get(country_mention.key) if country_mention is not None else None
        country = None if entry is None else gazetteer.entries.get(entry.demonym_of) if entry.demonym_of else entry if entry.type == "GPE" else None
        if country is not None and mention.key == "?" + f"{_name(doc[mention.start:mention.end])} ({country.name})":
            mention.start = country_mention.start
            absorbed.add(id(country_mention))
    return [m for m in mentions if id(m) not in absorbed]


def _in_ranges(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


def _acronyms_defined_here(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """"The Nigerian Bar Association (NBA)": an acronym the article defines in brackets after a name
    with those initials is that name all through the article, whatever else the gazetteer knows by
    it (the NBA, the British TUC), or in brackets after a name translated from another language
    (_foreign_acronym). So is a known acronym after the one name in the article it
    abbreviates, when the article never names what the gazetteer means by it ("the England and Wales
    Cricket Board ... The ECB" is not the European Central Bank)."""
    ending_at = {m.end: m for m in mentions}
    defined: dict[tuple[str, str], str] = {}
    for mention in mentions:
        text = doc[mention.start:mention.end].text
        if mention.key not in gazetteer.entries or mention.end - mention.start != 1 or not text.isupper():
            continue
        named = ending_at.get(mention.start - 1)
        bracketed = doc[mention.start - 1].text == "(" and mention.end < len(doc) and doc[mention.end].text == ")"
        if bracketed and named is not None and named.key != mention.key and (_abbreviates(text, _initials(doc[named.start:named.end].text)) or _foreign_acronym(text, named, doc, gazetteer)):
            defined[(mention.key, text)] = named.key
            continue
        spelled_out = any(m.key == mention.key and m.end - m.start > 1 for m in mentions)
        earlier = {m.key for m in mentions if m.end <= mention.start and m.end - m.start > 1 and m.key != mention.key and _abbreviates(text, _initials(doc[m.start:m.end].text))}
        if not spelled_out and len(earlier) == 1:
            defined.setdefault((mention.key, text), earlier.pop())
    for mention in mentions:
        new = defined.get((mention.key, doc[mention.start:mention.end].text))
        if new is not None:
            mention.key, mention.method, mention.confidence = new, "alias", CONFIDENCE["alias"]


def _foreign_acronym(acronym: str, named: Mention, doc: Doc, gazetteer: Gazetteer) -> bool:
    """"The General Confederation of Labour (CGT)": a name translated into English keeps the acronym
    of its own language, so its initials need not spell it; an organisation's name the gazetteer
    does not know, of two words or more, still defines the acronym in brackets after it, when that
    starts with one of its initials (the gazetteer's CGT is another country's union)."""
    initials = _initials(doc[named.start:named.end].text)
    return named.key not in gazetteer.entries and named.end - named.start > 1 and "ORG" in (named.evidence, named.label) and acronym[0] in initials


def _join_other_names(doc: Doc, mentions: list[Mention]) -> None:
    """"APT29, the group also known as Cozy Bear": a name after "known as" or "also called" is another
    name of the one just before it, when only a comma and a description (no verb) lie between, so
    "a gang known as the Black Axe" after "Police in Lagos arrested" joins nothing; a name after
    "initials" or "acronym" is the short form of the last longer non-person name in the sentence."""
    by_start = sorted(mentions, key=lambda m: m.start)
    renamed: dict[str, str] = {}
    for index, mention in enumerate(by_start):
        if mention.method != "ner":
            continue
        i = mention.start - 1
        while i >= 0 and doc[i].text in QUOTE_CHARS:
            i -= 1
        initials = i >= 0 and doc[i].lemma_ in ("initial", "acronym", "abbreviation")
        if not initials and (i < 1 or (doc[i - 1].lower_, doc[i].lower_) not in (("known", "as"), ("also", "called"))):
            continue
        cue = i if initials else i - 1
        earlier = [m for m in by_start[:index] if m.end <= cue and doc[m.start].sent == doc[cue].sent]
        if initials:
            # "the Confederation of Peasant Workers, known by its Spanish initials CSUTCB"
            earlier = [m for m in earlier if m.end - m.start > 1 and m.label != "PERSON" and m.evidence != "PERSON"]
        if not earlier:
            continue
        named = earlier[-1]
        between = doc[named.end:cue]
        description = 0 < len(between) <= 6 and between[0].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in between)
        if (initials or description) and named.key != mention.key:
            renamed[mention.key] = named.key
    for mention in by_start:
        if mention.method == "ner" and mention.key not in renamed:
            named = _called_by_others(doc, mention, by_start)
            if named is not None and renamed.get(named.key, named.key) != mention.key:
                renamed[mention.key] = renamed.get(named.key, named.key)
    for mention in mentions:
        if mention.key in renamed:
            mention.key, mention.method, mention.confidence = renamed[mention.key], "alias", CONFIDENCE["alias"]


def _called_by_others(doc: Doc, mention: Mention, by_start: list[Mention]) -> Mention | None:
    """A place with another side's name for it, as disputed places are written: "Sabina Shoal, which
    Manila calls Escoda Shoal" (the name after "which ... calls" is the named thing's), "Xianbin Jiao,
    China's name for the shoal", "X, the name Beijing uses for the shoal" (the name is the one the
    article last gave the thing that noun heads)."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.lemma_ == "call" and before.dep_ == "relcl" and any(t.lower_ in ("which", "that") for t in before.children):
        antecedent = before.head.i
        named = next((m for m in by_start if m.start <= antecedent < m.end and m.end < before.i), None)
        if named is not None and doc[named.end].text == ",":
            return named
        return None
    after = doc[mention.end:mention.end + 10]
    if len(after) < 5 or after[0].text != ",":
        return None
    words = [t.lower_ for t in after]
    name_at = next((k for k in range(1, 5) if words[k] == "name"), None)
    if name_at is None or any(t.pos_ in ("VERB", "AUX") for t in after[1:name_at]):
        return None
    for_at = next((k for k in range(name_at + 1, min(name_at + 5, len(after) - 2)) if words[k] == "for" and words[k + 1] in DETERMINERS), None)
    if for_at is None or not after[for_at + 2].is_lower:
        return None
    noun = after[for_at + 2]
    return next((m for m in reversed(by_start) if m.end <= mention.start and doc[m.end - 1].lower_ in (noun.lower_, noun.lemma_) and m.key != mention.key), None)


OFFICE_OF = re.compile(r"^(Ministry|Department|Bureau|Directorate) (?:of|for) (?:the )?(.+)$")
OFFICE_LAST = re.compile(r"^(.+) (Ministry|Department|Bureau|Directorate)$")
# A portfolio named in the "of" form and as a modifier: "Ministry of Foreign Affairs" is the "Foreign Ministry".
PORTFOLIO_SHORT_FORMS = {"foreign affairs": "foreign", "home affairs": "home", "internal affairs": "interior", "defense": "defence"}


def _office_and_field(name: str) -> tuple[str, str, str] | None:
    """("Ministry", "health", country) for both "Ministry of Health" and "Health Ministry (Kenya)"."""
    country = ""
    if bracket := re.match(r"^(.*) \(([^()]+)\)$", name):
        name, country = bracket.groups()
    if of_form := OFFICE_OF.match(name):
        office, field = of_form.groups()
    elif last_form := OFFICE_LAST.match(name):
        field, office = last_form.groups()
    else:
        return None
    field = field.casefold()
    return office, PORTFOLIO_SHORT_FORMS.get(field, field), country


def _same_office_either_way(mentions: list[Mention]) -> None:
    """"The Ministry of Health ... the Health Ministry": a ministry or department named with its
    portfolio after "of" and then before the office word (or the other way round) is one body. The
    name that carries its country wins; two countries' ministries of one portfolio are never joined,
    and a bare name that could be either of them stays as it is."""
    by_office: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.key.startswith("?") and (parts := _office_and_field(mention.key[1:])) is not None:
            office, field, country = parts
            if (mention.key, country) not in by_office[(office, field)]:
                by_office[(office, field)].append((mention.key, country))
    renamed: dict[str, str] = {}
    for keys in by_office.values():
        countries = {country for _, country in keys if country}
        if len(keys) < 2 or len(countries) > 1:
            continue
        target = next(key for key, country in keys if country or not countries)
        renamed |= {key: target for key, _ in keys if key != target}
    for mention in mentions:
        if mention.key in renamed:
            mention.key, mention.method, mention.confidence = renamed[mention.key], "alias", CONFIDENCE["alias"]


def _coordinated_place(span: Span, mentions: list[Mention], gazetteer: Gazetteer) -> str | None:
    """A name coordinated with a known place is a place too: "Bajura and neighbouring Dolpa", and so is
    one with a known place in apposition after it ("Pembina Crossing, Alta.") and one end of a journey
    whose other end is a place: "flights from Whitecourt to Edmonton"."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else [t for t in root.children if t.dep_ == "conj"]
    # "Pembina Crossing, Alta.", "Samarkand, Uzbekistan": a place's region or country in apposition.
    partners += [t for t in root.children if t.dep_ == "appos" and t.i >= span.end]
    ends = {"from": "to", "to": "from"}
    if root.dep_ == "pobj" and root.head.lower_ in ends:
        other = ends[root.head.lower_]
        governors = {root.head.head, root.head.head.head}  # "flying evacuees from X to Y": "to" may hang on the verb
        partners += [t for governor in governors for prep in governor.children if prep.dep_ == "prep" and prep.lower_ == other for t in prep.children if t.dep_ == "pobj"]
    placed = {m.key: m.evidence for m in mentions if m.evidence in ("GPE", "LOC")}
    for partner in partners:
        for mention in mentions:
            entry = gazetteer.entries.get(mention.key)
            if entry is not None and mention.start <= partner.i < mention.end and entry.type in ("GPE", "LOC"):
                return entry.type
            if mention.start <= partner.i < mention.end and mention.key in placed:
                return placed[mention.key]  # a place found by where it stands: "homes in X and Y"
        if partner.ent_type_ in ("GPE", "LOC") and partner.i not in range(span.start, span.end):
            return partner.ent_type_
    return None


def _coordinated_person(span: Span) -> str | None:
    """A two- or three-word name the model calls an organisation or place, coordinated with a person's
    full name, is a person: "its members X Y and Z W" (no organisation word in it)."""
    root = span.root
    if span.label_ not in ("ORG", "GPE") or not 2 <= len(span) <= 3 or any(t.text in ORG_HEADS or t.text in FAC_HEADS for t in span):
        return None
    partners = ([root.head] if root.dep_ == "conj" else []) + [t for t in root.children if t.dep_ == "conj"]
    for partner in partners:
        if partner.ent_type_ == "PERSON" and partner.i not in range(span.start, span.end) and len([t for t in partner.subtree if t.ent_type_ == "PERSON"]) >= 2:
            return "PERSON"
    return None


def _qualified_key(span: Span, mentions: list[Mention], gazetteer: Gazetteer) -> str:
    """A generic name ("Foreign Ministry") belongs to the country named just before it ("Iraq's",
    "Iraqi"), so two countries' ministries never share an id; other names are keyed as they are."""
    name = _name(span)
    if not all(_is_word(token, set()) for token in span):
        return _key(name, gazetteer)
    before = span.start - 1
    if before >= 0 and span.doc[before].text in POSSESSIVE:
        before -= 1
    for mention in mentions:
        entry = gazetteer.entries.get(mention.key)
        if entry is not None and mention.start <= before < mention.end:
            country = gazetteer.entries.get(entry.demonym_of) if entry.demonym_of else entry if entry.type == "GPE" else None
            if country is not None:
                return "?" + f"{name} ({country.name})"
    return _key(name, gazetteer)


def _key(name: str, gazetteer: Gazetteer) -> str:
    entity_id = slugify(name)
    return entity_id if entity_id in gazetteer.entries else "?" + name


def _repeats(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """Occurrences the model missed of names already found in this article, and surnames of people."""
    forms: dict[tuple[str, ...], str] = {}
    for mention in mentions:
        text = doc[mention.start:mention.end].text
        if text in gazetteer.forms:
            continue  # the gazetteer matcher already found every occurrence of its own names
        words = tuple(token.text for token in doc[mention.start:mention.end] if token.text not in POSSESSIVE)
        forms.setdefault(words, mention.key)
        if (mention.label == "PERSON" or mention.evidence == "PERSON") and mention.method == "ner" and len(words) > 1:
            forms.setdefault(words[-1:], mention.key)
    found = []
    for words, key in sorted(forms.items(), key=lambda item: -len(item[0])):
        n = len(words)
        for start in range(len(doc) - n + 1):
            if taken.intersection(range(start, start + n)) or tuple(t.text for t in doc[start:start + n]) != words:
                continue
            # Part of a longer capitalised name ("Brown" in "Brown University") is not this entity.
            neighbours = [doc[i] for i in (start - 1, start + n) if 0 <= i < len(doc)]
            if any(_is_capitalised(t) and not t.is_sent_start and t.pos_ == "PROPN" for t in neighbours):
                continue
            taken.update(range(start, start + n))
            found.append(Mention(start, start + n, key, "alias", CONFIDENCE["alias"]))
    return found


def extract(articles: list[Article], docs: list[Doc]) -> tuple[list[dict], list[dict]]:
    """Entities (canonical across the corpus) and their mentions, every mention tied to one entity."""
    gazetteer = gazetteer_module.load()
    # Words the article itself writes in lowercase ("the union", "a strike"): capitalised
    # elsewhere in it they are sentence starts or titles, not names. Only the article's own
    # words, so that adding an article to the build never changes another's mentions.
    per_article = [
        (article, doc, _article_mentions(doc, gazetteer, {token.text for token in doc if token.is_alpha and token.text.islower()}, article.dateline))
        for article, doc in zip(articles, docs, strict=True)
    ]

    ids = _entity_ids(per_article, gazetteer)
    votes: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, Counter] = defaultdict(Counter)
    articles_by_id: dict[str, set] = defaultdict(set)
    mention_rows = []
    for article, doc, mentions in per_article:
        for mention in mentions:
            entity_id = ids[mention.key]
            span = doc[mention.start:mention.end]
            if mention.label:
                votes[entity_id][mention.label] += 1
            if mention.evidence:
                # The words of or around a name ("X party", "spokesman X") outweigh four model labels.
                votes[entity_id][mention.evidence] += 3 if mention.located else 5
            if mention.key.startswith("?"):
                names[entity_id][mention.key[1:]] += 1
            articles_by_id[entity_id].add(article.article_id)
            mention_rows.append(
                {
                    "mention_id": f"{article.article_id}:{span.start_char}-{span.end_char - mention.trim}",
                    "article_id": article.article_id,
                    "entity_id": entity_id,
                    "start": span.start_char,
                    "end": span.end_char - mention.trim,
                    "text": span.text[:len(span.text) - mention.trim],
                    "method": mention.method,
                    "confidence": mention.confidence,
                }
            )
    mention_count = Counter(row["entity_id"] for row in mention_rows)
    entity_rows = []
    for entity_id in sorted(mention_count):
        entry = gazetteer.entries.get(entity_id)
        vote = votes[entity_id]
        entity_rows.append(
            {
                "entity_id": entity_id,
                # Most used full name wins; ties go to the longer, then alphabetical, so reruns agree.
                "name": entry.name if entry else min(names[entity_id], key=lambda n: (-names[entity_id][n], -len(n), n)),
                "type": entry.type if entry else min(vote, key=lambda t: (-vote[t], t)) if vote else "ORG",
                "wikidata_id": entry.wikidata_id if entry else None,
                "description": entry.description if entry else None,
                "mention_count": mention_count[entity_id],
                "article_count": len(articles_by_id[entity_id]),
            }
        )
    return entity_rows, mention_rows


def _entity_ids(per_article: list, gazetteer: Gazetteer) -> dict[str, str]:
    """Mention key -> entity_id. A lone surname that is the surname of exactly one person named in full
    anywhere in the corpus is that person."""
    ids = {}
    full_names: dict[str, set[str]] = defaultdict(set)
    for _, _, mentions in per_article:
        for mention in mentions:
            if mention.key in gazetteer.entries:
                ids[mention.key] = mention.key
                continue
            entity_id = _key(mention.key[1:], gazetteer)
            ids[mention.key] = entity_id if not entity_id.startswith("?") else slugify(mention.key[1:])
            if mention.label == "PERSON" and " " in mention.key:
                full_names[_surname(mention.key[1:])].add(ids[mention.key])
    for entry in gazetteer.entries.values():
        if entry.type == "PERSON" and entry.entity_id in ids.values():
            full_names[_surname(entry.name)].add(entry.entity_id)
    for key, entity_id in ids.items():
        if key.startswith("?") and " " not in key and len(full_names.get(key[1:], ())) == 1:
            ids[key] = next(iter(full_names[key[1:]]))
    return ids
