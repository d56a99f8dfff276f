"""Entities: the gazetteer, canonical ids, aliases, metonyms, demonyms, types by evidence, and the scorer.

Every article here is written for these tests; none is a seed or a gold article.
"""

from collections import Counter
from pathlib import Path

import pytest
import yaml
from spacy.tokens import Span

from newsfacts import entities, gazetteer, nlp
from newsfacts.errors import InputError
from newsfacts.evaluation import entities as scorer
from newsfacts.ingest import Article, parse_article

TALKS = """The United States and Russia agreed on Tuesday to resume arms talks, U.S. officials said. Moscow said the talks would be held in Moscow next month, and America welcomed the offer.

Secretary of State Maria Lindqvist told reporters that a deal was close. Lindqvist added that Kenyan police had arrested two men over a separate plot.

Iraq's Interior Ministry said the border would stay closed. Militants hiding in the Zagros mountains attacked a post on Friday."""

MARKETS = """Shares in Norvale Robotics fell 8 percent after Norvale cut its forecast, the law firm Hartley Pell said on behalf of investors.

Anger grew among shareholders. Ships waited outside the Port of Mombasa as the Kenya Red Cross handed out water.

Maria Lindqvist, the US envoy, said Washington would press Nairobi to reopen the port."""


def article(article_id: str, body: str) -> Article:
    return Article(article_id=article_id, source_file=f"{article_id}.txt", sha256="0" * 64, body=body)


@pytest.fixture(scope="module")
def extracted():
    articles = [article("talks", TALKS), article("markets", MARKETS)]
    docs = list(nlp.parse(a.body for a in articles))
    entity_rows, mention_rows = entities.extract(articles, docs)
    by_id = {row["entity_id"]: row for row in entity_rows}
    return articles, by_id, mention_rows


def mentions_of(mention_rows, entity_id, article_id=None):
    return [m for m in mention_rows if m["entity_id"] == entity_id and (article_id is None or m["article_id"] == article_id)]


def entity_at(mention_rows, article_id, text, occurrence=0):
    found = [m for m in mention_rows if m["article_id"] == article_id and m["text"] == text]
    return found[occurrence]["entity_id"] if len(found) > occurrence else None


def test_gazetteer_is_valid_general_knowledge():
    known = gazetteer.load()
    assert known is gazetteer.load(), "the gazetteer must be loaded once per process"
    assert len(known.entries) >= 500
    qids = [e.wikidata_id for e in known.entries.values() if e.wikidata_id]
    assert len(qids) == len(set(qids))
    for entry in known.entries.values():
        if entry.capital_of:
            seat_of = known.entries[entry.capital_of]  # a country, or a union of states (Brussels)
            assert seat_of.type == "GPE" or "union of" in seat_of.description, entry.name
        if entry.seat_of:
            assert entry.type == "FAC" and known.entries[entry.seat_of].type == "GPE", entry.name
        if entry.demonym_of:
            assert entry.type == "NORP" and known.entries[entry.demonym_of].type == "GPE", entry.name
    assert known.entries["iran"].wikidata_id == "Q794"
    assert known.forms["Islamic Republic"] == ("iran", gazetteer.ALIAS)


def test_gazetteer_errors_name_the_row(tmp_path):
    path = tmp_path / "entities.yaml"
    rows = [
        {"name": "Atlantis", "type": "GPE", "description": "a sunken island"},
        {"name": "Lemuria", "type": "PLACE", "description": "a lost continent"},
    ]
    with pytest.raises(InputError, match=r"row 2 \('Lemuria'\) field type"):
        gazetteer.parse(rows, path)
    rows[1]["type"] = "LOC"
    rows[1]["aliases"] = ["Atlantis"]
    with pytest.raises(InputError, match=r"row 2 \('Lemuria'\).*'Atlantis' is also a name of 'Atlantis'"):
        gazetteer.parse(rows, path)
    del rows[1]["aliases"]
    rows[1]["capital_of"] = "Mu"
    with pytest.raises(InputError, match=r"row 2 \('Lemuria'\): capital_of names 'Mu'"):
        gazetteer.parse(rows, path)


def test_committed_gazetteer_matches_its_schema():
    rows = yaml.safe_load(gazetteer.GAZETTEER_PATH.read_text(encoding="utf-8"))
    parsed = gazetteer.parse(rows, Path("entities.yaml"))
    assert set(parsed.entries) == set(gazetteer.load().entries)


def test_every_name_of_a_country_is_one_entity_with_its_qid(extracted):
    _, by_id, mention_rows = extracted
    us = by_id["united-states"]
    assert (us["name"], us["type"], us["wikidata_id"]) == ("United States", "GPE", "Q30")
    texts = {m["text"] for m in mentions_of(mention_rows, "united-states", "talks")}
    assert {"United States", "U.S.", "America"} <= texts


def test_capital_as_actor_is_the_country_and_as_place_the_city(extracted):
    _, by_id, mention_rows = extracted
    assert entity_at(mention_rows, "talks", "Moscow", 0) == "russia"  # "Moscow said"
    assert entity_at(mention_rows, "talks", "Moscow", 1) == "moscow"  # "held in Moscow"
    assert by_id["moscow"]["wikidata_id"] == "Q649"
    assert entity_at(mention_rows, "markets", "Washington") == "united-states"


def test_demonym_is_a_people_not_the_country(extracted):
    _, by_id, mention_rows = extracted
    assert entity_at(mention_rows, "talks", "Kenyan") == "kenyan"
    assert by_id["kenyan"]["type"] == "NORP"
    assert "kenya" not in {m["entity_id"] for m in mention_rows if m["article_id"] == "talks"}


def test_surname_and_short_names_join_the_full_name(extracted):
    _, by_id, mention_rows = extracted
    lindqvist = mentions_of(mention_rows, "maria-lindqvist", "talks")
    assert [m["text"] for m in lindqvist] == ["Maria Lindqvist", "Lindqvist"]
    assert lindqvist[1]["method"] == "alias"
    assert by_id["maria-lindqvist"]["article_count"] == 2
    assert {m["text"] for m in mentions_of(mention_rows, "norvale-robotics")} == {"Norvale Robotics", "Norvale"}


def test_types_come_from_evidence_not_only_the_model(extracted):
    _, by_id, _ = extracted
    assert by_id["hartley-pell"]["type"] == "ORG"  # "the law firm Hartley Pell"
    assert by_id["zagros-mountains"]["type"] == "LOC"
    assert by_id["port-of-mombasa"]["type"] == "FAC"
    assert by_id["kenya-red-cross"]["type"] == "ORG"


def test_context_types_names_the_model_guesses_wrong():
    body = (
        "The carmaker said it would close its Dunmore plant next year. Two former Kestrel executives "
        "were charged on Monday, and shares in Kestrel fell. Former governor Jeb Bush backed the plan; "
        "Bush said it was fair. Marston Athletic beat Kelby Town 2-1 to go top of Ligue 1."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("mixed", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types["dunmore"] == "GPE" and types["kestrel"] == "ORG"
    assert entity_at(mention_rows, "mixed", "Bush") == "jeb-bush", "the article's own full name beats the gazetteer's surname alias"
    texts = {m["text"] for m in mention_rows}
    assert {"Kelby Town", "Ligue 1"} <= texts and "Kelby Town 2-1" not in texts


def test_maritime_security_and_sports_integrity_bodies_are_known_organisations():
    # Bodies news often names by acronym alone: the gazetteer says which organisation it is.
    body = (
        "A bulk carrier reported an explosion off Aden, UKMTO said. Two days later the ITIA "
        "suspended a player, and the IMB said piracy reports had doubled."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("sea", body)], docs)
    names = {row["entity_id"]: (row["name"], row["type"]) for row in entity_rows}
    assert names[entity_at(mention_rows, "sea", "UKMTO")] == ("United Kingdom Maritime Trade Operations", "ORG")
    assert names[entity_at(mention_rows, "sea", "ITIA")] == ("International Tennis Integrity Agency", "ORG")
    assert names[entity_at(mention_rows, "sea", "IMB")] == ("International Maritime Bureau", "ORG")


def test_members_of_a_place_name_their_association():
    body = (
        "Exports stalled again. Barley Growers of Norway said silos were full, and the Timber Workers of "
        "Finland backed them. Farmers of Punjab marched on Delhi."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("assoc", body)], docs)
    types = {row["name"]: row["type"] for row in entity_rows}
    assert types.get("Barley Growers of Norway") == types.get("Timber Workers of Finland") == "ORG"
    assert "Farmers of Punjab" not in types  # a bare plural capitalised only by starting the sentence


def test_words_capitalised_by_position_are_not_entities(extracted):
    _, by_id, mention_rows = extracted
    texts = {m["text"] for m in mention_rows}
    assert not {"Anger", "Ships", "State"} & texts


def test_generic_names_belong_to_their_country(extracted):
    _, by_id, _ = extracted
    assert by_id["interior-ministry-iraq"]["name"] == "Interior Ministry (Iraq)"


def test_mentions_are_exact_disjoint_and_counted(extracted):
    articles, by_id, mention_rows = extracted
    bodies = {a.article_id: a.body for a in articles}
    per_article: dict[str, list] = {}
    for m in mention_rows:
        assert bodies[m["article_id"]][m["start"]:m["end"]] == m["text"]
        assert m["method"] in ("ner", "gazetteer", "alias", "coreference")
        assert 0 < m["confidence"] <= 1
        per_article.setdefault(m["article_id"], []).append((m["start"], m["end"]))
    for spans in per_article.values():
        spans.sort()
        assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
    counts = Counter(m["entity_id"] for m in mention_rows)
    assert set(counts) == set(by_id), "every entity has a mention and every mention an entity"
    assert all(by_id[e]["mention_count"] == n for e, n in counts.items())


def test_extraction_is_deterministic():
    articles = [article("talks", TALKS), article("markets", MARKETS)]
    docs = list(nlp.parse(a.body for a in articles))
    first = entities.extract(articles, docs)
    again = entities.extract(list(reversed(articles)), list(reversed(docs)))
    assert sorted(first[0], key=lambda r: r["entity_id"]) == sorted(again[0], key=lambda r: r["entity_id"])
    assert sorted(first[1], key=lambda r: r["mention_id"]) == sorted(again[1], key=lambda r: r["mention_id"])


def tables(*entity_mentions):
    """Scorer input from (entity_id, type, qid, [texts]) tuples, all in article "a"."""
    rows, mentions = [], []
    for entity_id, type_, qid, texts in entity_mentions:
        rows.append({"entity_id": entity_id, "name": entity_id, "type": type_, "wikidata_id": qid})
        mentions += [{"article_id": "a", "entity_id": entity_id, "text": text} for text in texts]
    return {"entities": rows, "mentions": mentions}


GOLD = [{"article_id": "a", "entities": [
    {"name": "Ali Shamkhani", "type": "PERSON", "wikidata_id": None, "surface_forms": ["Ali Shamkhani", "Shamkhani"]},
    {"name": "Iran", "type": "GPE", "wikidata_id": "Q794", "surface_forms": ["Iran", "Tehran"]},
    {"name": "Tasnim News Agency", "type": "ORG", "wikidata_id": None, "surface_forms": ["Tasnim"]},
]}]


def test_scorer_counts_a_split_name_against_precision():
    result = scorer.score(GOLD, tables(
        ("ali-shamkhani", "PERSON", None, ["Ali Shamkhani"]),
        ("shamkhani", "PERSON", None, ["Shamkhani"]),
        ("iran", "GPE", "Q794", ["Iran’s"]),
        ("tasnim", "ORG", None, ["the Tasnim"]),
    ))
    assert result["recall"] == 1.0
    assert result["precision"] == 0.75
    assert result["f1_person"] == pytest.approx(2 * 0.5 * 1 / 1.5)
    assert result["qid_accuracy"] == 1.0


def test_scorer_matches_by_qid_and_charges_wrong_types_and_qids():
    result = scorer.score(GOLD, tables(
        ("iran", "GPE", "Q794", ["Islamic Republic"]),  # no shared form, same QID
        ("tasnim", "PERSON", None, ["Tasnim"]),  # right thing, wrong type
    ))
    assert (result["precision"], result["recall"]) == (1.0, pytest.approx(2 / 3))
    assert result["f1_org"] == 0.0 and result["f1_person"] == 0.0 and result["f1_place"] == 1.0
    # Pooled over PERSON, ORG and places: Iran counts, Tasnim's wrong type costs twice.
    assert result["f1_person_org_place"] == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))
    wrong_qid = scorer.score(GOLD, tables(("iran", "GPE", "Q1", ["Iran"])))
    assert wrong_qid["qid_accuracy"] == 0.0


def test_baseline_is_bare_ner():
    articles = [article("a", "Ali Shamkhani met officials in Tehran. Shamkhani said Iran would help.")]
    docs = list(nlp.parse(a.body for a in articles))
    base = scorer.baseline(articles, docs)
    assert all(row["wikidata_id"] is None for row in base["entities"])
    assert {m["text"] for m in base["mentions"]} >= {"Tehran", "Iran"}


PLACES = """Floodwater cut off the village of Tembara on Sunday, and rescuers moved families from Ruskelo to shelters near Ondavi. Roads between Ondavi and Kalvesta stayed closed, and lorries queued at the Mirsa border crossing while the river rose north of Varnitsa.

The embassy's attaché, Maj Tomas Varga, was told to leave within a week. Liisa Kesk, a teacher, was detained with her husband on Monday. Hours later Liisa was released, her lawyer said.

A crowd gathered around Halvard as he left the court. Mr Halvard said he would appeal."""


@pytest.fixture(scope="module")
def places():
    body = article("places", PLACES)
    entity_rows, mention_rows = entities.extract([body], list(nlp.parse([PLACES])))
    return {row["entity_id"]: row for row in entity_rows}, mention_rows


def test_small_places_are_typed_by_where_they_stand(places):
    by_id, _ = places
    # The model calls some of these PERSON or ORG; a locative preposition, "village of", "north of",
    # coordination with a place and "border crossing" say otherwise.
    for entity_id in ("tembara", "ruskelo", "ondavi", "kalvesta", "mirsa", "varnitsa"):
        assert by_id[entity_id]["type"] == "GPE", entity_id


def test_person_evidence_anywhere_in_the_article_beats_place_position(places):
    by_id, _ = places
    assert by_id["halvard"]["type"] == "PERSON"  # "around Halvard", but "Mr Halvard said"


def test_first_name_joins_the_person_named_in_full(places):
    by_id, mention_rows = places
    assert "liisa" not in by_id
    assert sorted(m["text"] for m in mentions_of(mention_rows, "liisa-kesk")) == ["Liisa", "Liisa Kesk"]


def test_ranks_and_honorifics_are_not_part_of_a_name(places):
    by_id, mention_rows = places
    assert by_id["tomas-varga"]["type"] == "PERSON"
    assert [m["text"] for m in mentions_of(mention_rows, "tomas-varga")] == ["Tomas Varga"]
    # Whatever the model's label: the abbreviation goes, a whole word that starts a company name stays.
    doc = nlp.pipeline()("Sanctions hit Col Pavel Orlov and General Motors.")
    assert entities._clean(Span(doc, 2, 5, label="ORG")).text == "Pavel Orlov"
    assert entities._clean(Span(doc, 6, 8, label="ORG")).text == "General Motors"


def test_a_korean_name_cut_at_its_hyphen_runs_to_the_end_of_the_given_name():
    doc = nlp.pipeline()("Officials said Park Ji-hoon and Lee Seo - yeon left.")
    doc.ents = []  # whatever the model found: the rule judges the cut it is given
    assert entities._with_hyphenated_given_name(Span(doc, 2, 4, label="PERSON")).text == "Park Ji-hoon"
    assert entities._with_hyphenated_given_name(Span(doc, 2, 3, label="PERSON")).text == "Park Ji-hoon"
    # Spaced out, the pieces are not one given name.
    assert entities._with_hyphenated_given_name(Span(doc, 7, 8, label="PERSON")).text == "Lee"


def test_council_titles_and_burmese_daw_are_not_part_of_a_name():
    body = "Alderwoman Priya Okafor said the vote was close. In Mandalay, Daw Thida Hlaing said the clinic had closed. Councilor Marcus Bellweather agreed."
    entity_rows, mention_rows = entities.extract([article("titles", body)], list(nlp.parse([body])))
    names = {m["text"] for m in mention_rows}
    assert {"Priya Okafor", "Thida Hlaing", "Marcus Bellweather"} <= names
    assert not {"Alderwoman Priya Okafor", "Daw Thida Hlaing", "Councilor Marcus Bellweather"} & names


GLUED = """Kenyan Ruth Wambui finished third, and members of Unit 4471 were sanctioned. Crews fought flames near Tamissa overnight, and the side stayed ninth in the Premiership. The minister wrote on X.

Chinese police said little. In a post on X on Monday, she thanked the Iranian Red Crescent. Her X account has 20,000 followers."""


@pytest.fixture(scope="module")
def glued():
    entity_rows, mention_rows = entities.extract([article("glued", GLUED)], list(nlp.parse([GLUED])))
    return {row["entity_id"]: row for row in entity_rows}, mention_rows


def test_a_demonym_run_into_a_persons_name_is_split_off(glued):
    by_id, mention_rows = glued
    assert by_id["ruth-wambui"]["type"] == "PERSON"
    assert [m["text"] for m in mentions_of(mention_rows, "kenyan")] == ["Kenyan"]
    assert "iranian-red-crescent" in by_id  # an organisation keeps its demonym


def test_a_name_never_runs_across_a_paragraph_break(glued):
    by_id, mention_rows = glued
    assert all("\n" not in m["text"] for m in mention_rows)
    assert [m["text"] for m in mentions_of(mention_rows, "chinese")] == ["Chinese"]


def test_short_form_of_a_social_network_only_where_a_network_is_meant(glued):
    by_id, mention_rows = glued
    # "on X." ending a sentence is the name without the full stop; a lone "X" elsewhere is nothing.
    assert [m["text"] for m in mentions_of(mention_rows, "x-social-network")] == ["X", "X", "X"]
    assert by_id["x-social-network"]["wikidata_id"] == "Q918"
    doc = nlp.pipeline()("Candidate X won the vote, and Mr X left.")
    assert entities._network_mentions(doc, gazetteer.load()) == []


def test_numbered_units_and_missed_places(glued):
    by_id, _ = glued
    assert by_id["unit-4471"]["type"] == "ORG"
    assert by_id["tamissa"]["type"] == "GPE"  # the model gives "Tamissa" no label at all
    assert "premiership" not in by_id


def test_demonym_of_maps_a_people_to_its_country():
    assert gazetteer.demonym_of("iranian") == "iran"
    assert gazetteer.demonym_of("iran") is None
    assert gazetteer.demonym_of("no-such-entity") is None


BRACKETS = """The Supreme Electoral Tribunal (TSE) confirmed the count on Sunday, hours after the opposition candidate, Marta Quiroga, conceded. The TSE said turnout was 61 percent."""


def test_bracketed_acronym_is_the_name_before_it():
    entity_rows, mention_rows = entities.extract([article("brackets", BRACKETS)], list(nlp.parse([BRACKETS])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    # "TSE" is not the initials of the English name, but the brackets say it is the same body.
    assert "tse" not in by_id
    assert [m["text"] for m in mentions_of(mention_rows, "supreme-electoral-tribunal")] == ["Supreme Electoral Tribunal", "TSE", "TSE"]


def test_a_possessive_after_a_persons_surname_ends_a_name():
    doc = nlp.pipeline()("Hours after the opposition candidate, Marta Quiroga, conceded, Quiroga's Renewal Front and Moody's Investors Service spoke.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Marta Quiroga"]
    glued = Span(doc, 11, 15, label="ORG")
    agency = Span(doc, 16, 20, label="ORG")
    assert [s.text for s in (glued, agency)] == ["Quiroga's Renewal Front", "Moody's Investors Service"]
    assert [(s.text, s.label_) for s in entities._possessors_split(doc, [glued, agency])] == [("Quiroga", "PERSON"), ("Renewal Front", "ORG"), ("Moody's Investors Service", "ORG")]


def test_a_capital_blamed_or_pressed_is_its_government():
    body = "Britain accused Beijing of hacking and urged Tehran to free the sailors. Tourists visited Beijing in May."
    _, mention_rows = entities.extract([article("capitals", body)], list(nlp.parse([body])))
    assert [(m["text"], m["entity_id"]) for m in mention_rows if m["text"] in ("Beijing", "Tehran")] == [("Beijing", "china"), ("Tehran", "iran"), ("Beijing", "beijing")]



def test_a_seat_of_government_acting_or_describing_staff_is_its_country_and_as_a_place_the_building():
    body = ("A Kremlin aide said talks would resume. Later the Kremlin rejected the proposal, and Downing Street "
            "accused the Élysée of stalling. Envoys met at the White House on Friday.")
    entity_rows, mention_rows = entities.extract([article("seats", body)], list(nlp.parse([body])))
    found = [(m["text"], m["entity_id"]) for m in mention_rows if m["text"] in ("Kremlin", "Downing Street", "Élysée", "White House")]
    assert found == [("Kremlin", "russia"), ("Kremlin", "russia"), ("Downing Street", "united-kingdom"), ("Élysée", "france"), ("White House", "white-house")]
    assert {row["entity_id"]: row["type"] for row in entity_rows}["white-house"] == "FAC"



def test_a_generic_name_of_a_known_foreign_body_is_not_that_body():
    bodies = {
        "abroad": "Protesters gathered outside parliament in the Philippines on Monday as the House of Representatives debated the budget. Police in the Philippines said Labour leaders had joined them.",
        "at-home": "The House of Representatives passed the budget on Monday, officials in the United States said. The United States will also cut taxes.",
        "party": "Labour leaders met in London on Tuesday, where Britain's Labour Party is meeting. Britain has a new budget.",
    }
    articles = [article(article_id, body) for article_id, body in bodies.items()]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies.values())))
    linked = {(m["article_id"], m["entity_id"]) for m in mention_rows}
    assert ("abroad", "united-states-house-of-representatives") not in linked and ("abroad", "labour-party") not in linked
    assert {("at-home", "united-states-house-of-representatives"), ("party", "labour-party")} <= linked



def test_sports_competitions_are_events_not_organisations():
    body = "Dunmore Rovers were fined after a Conference League tie, and their rivals reached the Europa League final. Lena Varga will captain Hungary in the Davis Cup."
    entity_rows, _ = entities.extract([article("cups", body)], list(nlp.parse([body])))
    types = {row["name"]: row["type"] for row in entity_rows}
    assert (types["UEFA Conference League"], types["UEFA Europa League"], types["Davis Cup"]) == ("EVENT", "EVENT", "EVENT")


UNSEEN = """Rain flooded the regional capital, Velmora, on Tuesday, and residents of San Teodoro said the mayor of San Teodoro had left. The operator's smaller Loma Verde mine was shut.

Rights groups raised the case of Tomasz Wierbicki, a local blogger who was arrested last week. Deputy Mayor Ana Lúcia Ferraz, who was not charged, took over. The State called six witnesses.

Talks were led by Patricia Olivares Toro, a mediator. Ms Olivares said the gap was wide. Chief Minister Ravi Prakash and Education Minister Anil Prakash met; Prakash said the budget was tight.

Shares in Arvida Ridge Gold fell after Arvida Ridge said output would drop. Fisheries and Ocean Affairs Minister Mele Tupou spoke, as did the Kenya Chamber of Commerce and Torvald Metals, and the Office for Trade and Industry.

Investigators blamed Sandworm, the unit also known as Voodoo Bear, for the outage, one analyst told HarborWire. Police in Lagos arrested members of a gang known as Black Axe. Trucks carried food from Kelso to Edmonton on Monday, and the province asked Ottawa for help."""


@pytest.fixture(scope="module")
def unseen():
    entity_rows, mention_rows = entities.extract([article("unseen", UNSEEN)], list(nlp.parse([UNSEEN])))
    return {row["entity_id"]: row for row in entity_rows}, mention_rows


def test_types_from_apposition_who_clauses_offices_and_journeys(unseen):
    by_id, _ = unseen
    assert by_id["tomasz-wierbicki"]["type"] == "PERSON"  # "a local blogger who"; the model says ORG
    assert by_id["torvald-metals"]["type"] == "ORG"  # "Metals" heads a company name; the model says PERSON
    for place in ("loma-verde", "kelso", "velmora", "san-teodoro"):  # "mine", "from X to Edmonton", "the capital, X", "mayor of X"
        assert by_id[place]["type"] == "GPE", place


def test_short_and_partial_names_join_the_full_name(unseen):
    by_id, mention_rows = unseen
    assert {"olivares", "prakash", "arvida-ridge", "voodoo-bear", "lucia-ferraz"}.isdisjoint(by_id)
    assert [m["text"] for m in mentions_of(mention_rows, "patricia-olivares-toro")] == ["Patricia Olivares Toro", "Olivares"]
    # Two people named Prakash: the bare surname goes to the one the article named first.
    assert [m["text"] for m in mentions_of(mention_rows, "ravi-prakash")] == ["Ravi Prakash", "Prakash"]
    assert [m["text"] for m in mentions_of(mention_rows, "arvida-ridge-gold")] == ["Arvida Ridge Gold", "Arvida Ridge"]
    assert [m["text"] for m in mentions_of(mention_rows, "sandworm")] == ["Sandworm", "Voodoo Bear"]
    assert by_id["ana-lucia-ferraz"]["type"] == "PERSON"  # the model starts the name one word late
    assert "black-axe" in by_id  # "a gang known as" after a clause with a verb joins nothing


def test_descriptions_and_portfolios_are_not_names(unseen):
    by_id, _ = unseen
    assert "state" not in by_id and "ocean-affairs" not in by_id
    assert by_id["mele-tupou"]["type"] == "PERSON"
    doc = nlp.pipeline()("Critics called it a cynical Eurosceptic stunt.")
    word = doc[5:6]
    assert word.text == "Eurosceptic" and entities._is_not_a_name(word, "PRODUCT", set())


def test_a_capital_asked_for_help_is_its_government(unseen):
    _, mention_rows = unseen
    assert [m["entity_id"] for m in mention_rows if m["text"] == "Ottawa"] == ["canada"]


def test_camel_case_words_are_brands_and_surnames_are_not():
    doc = nlp.pipeline()("Analysts at MiningWire spoke to McDonald, MacArthur and DeSantis.")
    assert [s.text for s in entities._camel_case_names(doc, set())] == ["MiningWire"]


def test_titles_of_works_and_lowercase_regions():
    body = """The agency's annual Global Fisheries Outlook said catches fell across south Asia. Fans sang "We Are Kelby United" as the ministry published its report "Coastal Audit of the Western Cape"."""
    entity_rows, mention_rows = entities.extract([article("works", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert [m["text"] for m in mentions_of(mention_rows, "south-asia")] == ["south Asia"]
    assert "asia" not in by_id
    works = {row["name"] for row in entity_rows if row["type"] == "WORK_OF_ART"}
    assert works >= {"Global Fisheries Outlook", "We Are Kelby United"}


def test_brackets_numbered_roads_plural_place_nouns_and_candidates():
    body = """The Tenants Union of Marovia (Tumar) said soldiers would reopen Highway 9C after storms in Quang Tri and Ha Giang provinces. Ferenc Dobos, defeating the incumbent Gergely Karácsony by 2,000 votes, won. Karácsony conceded late on Sunday. John Okoye (Labour) won."""
    entity_rows, mention_rows = entities.extract([article("roads", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert [m["text"] for m in mentions_of(mention_rows, "tenants-union-of-marovia")] == ["Tenants Union of Marovia", "Tumar"]
    assert by_id["highway-9c"]["type"] == "FAC"  # the model says ORG
    assert by_id["quang-tri"]["type"] in ("GPE", "LOC") and by_id["ha-giang"]["type"] in ("GPE", "LOC")
    assert by_id["karacsony"]["type"] == "PERSON"  # "the incumbent"; the model says ORG
    assert not any(m["text"] == "Labour" and m["entity_id"] == "john-okoye" for m in mention_rows)


def test_another_countrys_institution_with_a_generic_name():
    body = "Peru's Congress voted to remove the president. Congress later adjourned. The U.S. Congress, Britain's House of Commons and Canada's House of Commons sent messages."
    entity_rows, mention_rows = entities.extract([article("congress", body)], list(nlp.parse([body])))
    assert [m["entity_id"] for m in mention_rows if m["text"] in ("Congress", "U.S. Congress", "House of Commons")] == [
        "congress-peru", "congress-peru", "united-states-congress", "house-of-commons-of-the-united-kingdom", "house-of-commons-canada"
    ]
    assert {row["entity_id"]: row for row in entity_rows}["congress-peru"]["wikidata_id"] is None


def test_names_split_at_locative_words_and_typed_by_their_first_word():
    body = "Al-Ittihad, the defending champion, play Al-Ahli in Jeddah on Saturday. Protesters marched along Avenida Tacna, and the wounded were taken to Shifa Hospital from the Mawasi area. Climbers reached Mount Parnon."
    entity_rows, mention_rows = entities.extract([article("split", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert "jeddah" in by_id and not any(" in " in m["text"] for m in mention_rows)
    assert by_id["avenida-tacna"]["type"] == "FAC" and by_id["shifa-hospital"]["type"] == "FAC"
    assert by_id["mount-parnon"]["type"] == "LOC" and by_id["mawasi"]["type"] == "GPE"


def test_a_missed_place_found_twice_is_one_mention_each_time():
    body = "Flames spread west of Tamissa on Wednesday. Roads near Tamissa were closed, and crews fought flames near Tamissa overnight."
    _, mention_rows = entities.extract([article("twice", body)], list(nlp.parse([body])))
    ids = [m["mention_id"] for m in mention_rows]
    assert len(ids) == len(set(ids)) == 3


def test_storms_employers_company_prefixes_initials_and_joined_place_names():
    body = """Hurricane Delia knocked out power to most of the island, officials said. Delia was expected to weaken over Santiago de Cuba and Granma provinces, according to Barclays analyst Tom Reyes. PT Borneo Kayu Lestari halted output. The Confederation of Rice Farmers of Bolivia, known by its Spanish initials CSUTCB, asked for aid."""
    entity_rows, mention_rows = entities.extract([article("storms", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["hurricane-delia"]["type"] == "EVENT" and "delia" not in by_id
    assert by_id["santiago-de-cuba"]["type"] == "GPE" and "santiago" not in by_id  # not Chile's capital
    assert by_id["borneo-kayu-lestari"]["type"] == "ORG"
    assert [m["text"] for m in mentions_of(mention_rows, "confederation-of-rice-farmers-of-bolivia")] == ["Confederation of Rice Farmers of Bolivia", "CSUTCB"]
    assert entities._evidence(nlp.pipeline()("The figures came from Kestrel analyst Tom Reyes.")[4:5]) == "ORG"


def test_datelines_lists_of_companies_and_a_companys_first_word(corpus):
    path = corpus / "dateline.txt"
    path.write_text("""Lenders repaid

OSLO, Jan 22 (Reuters) - Norwegian lender Fjordbank said on Wednesday that Kestrel Robotics and Halden Systems had repaid their loans. Shares in Noord Instruments fell, dragging down Tromso International and Vardo Semiconductor Industries. Noord, based in Bergen, employs 900 people.
""", encoding="utf-8")
    wire = parse_article(path)  # ingest takes the dateline out of the body, as in a build
    entity_rows, mention_rows = entities.extract([wire], list(nlp.parse([wire.body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert "oslo" not in by_id and "reuters" not in by_id  # named only in the dateline
    assert {"tromso-international", "vardo-semiconductor-industries"} <= set(by_id)
    assert [m["text"] for m in mentions_of(mention_rows, "noord-instruments")] == ["Noord Instruments", "Noord"]


def test_an_organisation_before_a_title_is_kept_and_a_portfolio_is_not():
    doc = nlp.pipeline()("Central Bank of Nigeria Governor Olayemi Cardoso met Fisheries and Ocean Affairs Minister Mele Tupou.")
    bank, portfolio = doc[0:4], doc[8:12]
    assert (bank.text, portfolio.text) == ("Central Bank of Nigeria", "Fisheries and Ocean Affairs")
    assert not entities._is_not_a_name(bank, "ORG", set())
    assert entities._is_not_a_name(portfolio, "ORG", set())


def test_sides_with_scores_owned_clubs_and_a_public_figures_surname():
    body = """Gillingham came from behind to beat Kelby Town 2-1 on Saturday. Gillingham, co-owned by two actors, travel north next. The judge charged Luis Sánchez, the brother of Prime Minister Pedro Sánchez, on Monday. The opposition called on Sánchez to resign."""
    entity_rows, mention_rows = entities.extract([article("sides", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["kelby-town"]["type"] == "ORG" and by_id["gillingham"]["type"] == "ORG"
    assert [m["entity_id"] for m in mention_rows if m["text"] == "Sánchez"] == ["pedro-sanchez"]


def test_a_town_before_its_province_and_a_name_cut_at_a_foreign_word():
    body = "The fire forced 9,000 people to leave Kestrel Landing, Alta., on Sunday. Katrin Vogel, an engineer with the Hamburg-based charity Wasser für Kenia, was freed."
    entity_rows, _ = entities.extract([article("connectors", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["kestrel-landing"]["type"] == "GPE" and by_id["alberta"]["type"] == "GPE"
    assert by_id["wasser-fur-kenia"]["type"] == "ORG" and "kenia" not in by_id


def test_apposition_to_an_arm_or_affiliate_is_an_organisation():
    doc = nlp.pipeline()("The statement was published by the group's media arm, al-Nabaa, on Friday.")
    name = next(span for span in doc.ents if "Nabaa" in span.text)
    assert entities._evidence(entities._clean(name)) == "ORG"


def test_a_full_stop_kept_on_a_names_last_word_is_not_part_of_it():
    body = '"We ran with nothing," said a farmer from the village of Ta Van Pa. Rescuers reached Acme Inc. on Monday.'
    _, mention_rows = entities.extract([article("stop", body)], list(nlp.parse([body])))
    assert all(not m["text"].endswith("Pa.") for m in mention_rows)
    assert all(body[m["start"]:m["end"]] == m["text"] for m in mention_rows)


def test_ages_he_said_and_names_the_model_cut_short():
    body = "Tembeka Ngcukaitobi, 52, said the case was weak. Residents of Okahandja said the water was dirty. Kaino Shikongo said he had lost his cattle. NDP Leader Naheed Nenshi spoke."
    entity_rows, _ = entities.extract([article("ages", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["tembeka-ngcukaitobi"]["type"] == "PERSON" and by_id["kaino-shikongo"]["type"] == "PERSON"
    assert by_id["okahandja"]["type"] == "GPE"
    assert "ndp-leader" not in by_id


def test_an_organisation_named_before_of_and_a_title():
    body = "The High Court of Australia rejected the appeal. Central Bank of Ghana Governor Kwame Mensah spoke. Treasury Cabinet Secretary Jane Wambui left. Its chief executive, Olugbenga Adeyemi, told reporters."
    entity_rows, _ = entities.extract([article("heads", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["high-court-of-australia"]["type"] == "ORG" and "high-court" not in by_id
    assert by_id["central-bank-of-ghana"]["type"] == "ORG" and by_id["kwame-mensah"]["type"] == "PERSON"
    assert "treasury-cabinet" not in by_id
    assert by_id["olugbenga-adeyemi"]["type"] == "PERSON"


def test_more_person_evidence_and_numerals():
    body = '"We are running out of IV fluids," said Sylvain Renaud, an MSF project coordinator. The main opposition party, led by Sajith Perera, won 40 seats.'
    entity_rows, _ = entities.extract([article("coordinator", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["sylvain-renaud"]["type"] == "PERSON" and by_id["sajith-perera"]["type"] == "PERSON"
    assert "iv" not in by_id


def test_a_photo_credit_left_in_the_text_is_not_a_person():
    body = "Evacuees gather on the steps of the legislature on Thursday. (Mara Lindqvist/CBC)\n\nThe fire spread overnight, said Tomas Berg."
    entity_rows, mention_rows = entities.extract([article("credit", body)], list(nlp.parse([body])))
    assert all("/" not in m["text"] for m in mention_rows)
    assert "tomas-berg" in {row["entity_id"] for row in entity_rows}


def test_a_rubric_opening_a_line_is_not_a_name():
    body = "The court ruled on Monday, said Ana Petrova.\n\nRead more\nExplainer: What does the ruling mean?"
    entity_rows, _ = entities.extract([article("rubric", body)], list(nlp.parse([body])))
    assert "explainer" not in {row["entity_id"] for row in entity_rows}


def test_a_facility_word_at_the_end_decides_and_a_camp_is_not_a_place():
    body = "Flights resumed at Jomo Kenyatta International Airport. Patients were moved to Aga Khan University Hospital. The Odinga camp said it would appeal."
    entity_rows, _ = entities.extract([article("facilities", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["jomo-kenyatta-international-airport"]["type"] == "FAC"
    assert by_id["aga-khan-university-hospital"]["type"] == "FAC"
    assert by_id.get("odinga", {}).get("type") != "GPE"


def test_a_body_named_for_the_country_it_works_in_keeps_in_country():
    body = "Peacekeepers of the UN Stabilization Mission in Haiti left on Monday. The Commission for Truth in Guatemala published its findings. The Health Ministry in Gaza said 12 people died."
    entity_rows, mention_rows = entities.extract([article("in-country", body)], list(nlp.parse([body])))
    texts = {m["text"] for m in mention_rows}
    assert "UN Stabilization Mission in Haiti" in texts
    assert not any(t.endswith("Ministry in Gaza") for t in texts)


def test_page_furniture_lines_name_nothing_and_counts_are_not_names():
    body = "Omar Haddad won 41 caps in his first nine Tests, the board said.\n\nFollow Tribune Weekly on Telegram | Comments are closed.\n\nSubscribe to the Harbour Bulletin for daily news."
    entity_rows, mention_rows = entities.extract([article("furniture", body)], list(nlp.parse([body])))
    ids = {row["entity_id"] for row in entity_rows}
    assert "omar-haddad" in ids and "tests" not in ids
    assert all(m["start"] < body.index("Follow") for m in mention_rows)


def test_a_hyphen_joins_the_rest_of_a_name_but_not_an_english_word():
    body = "Ash fell on villages near Mount Ile Ape-ape and Mount Boleng Ulu-ulu on Sunday. Hamas-run media in Gaza-based outlets reported it."
    _, mention_rows = entities.extract([article("hyphen", body)], list(nlp.parse([body])))
    texts = {m["text"] for m in mention_rows}
    assert {"Mount Ile Ape-ape", "Mount Boleng Ulu-ulu"} <= texts
    assert not any(t.endswith("-based") or t.endswith("-run") for t in texts)


def test_short_forms_of_an_institution_a_company_and_a_person_named_in_apposition():
    body = "The U.S. Labor Department said on Friday that hiring slowed. Later the Labor Department revised it. Shares in Deutsche Bank fell as DB cut jobs. A Morales ally in Congress, Lidia Quilca, spoke. Quilca said she would vote no."
    entity_rows, mention_rows = entities.extract([article("short-forms", body)], list(nlp.parse([body])))
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_text["Labor Department"] == by_text["U.S. Labor Department"]
    assert by_text["DB"] == by_text["Deutsche Bank"]
    assert by_text["Quilca"] == by_text["Lidia Quilca"]


def test_coordination_carries_person_and_place_evidence_and_a_hyphenated_surname_joins():
    body = "Two of its councillors, Farah Nadeem and Imran Qadir Bhatti, resigned. Shelling hit houses in Beit Lif and Deir Ntar on Friday. The envoy, Ingrid Vos-Brandsma, arrived. Vos-Brandsma said talks would resume."
    entity_rows, mention_rows = entities.extract([article("coordination", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_id["farah-nadeem"]["type"] == "PERSON"
    assert by_text["Vos-Brandsma"] == by_text["Ingrid Vos-Brandsma"] and by_id[by_text["Vos-Brandsma"]]["type"] == "PERSON"
    assert by_id.get(by_text.get("Deir Ntar", "-"), {}).get("type", "GPE") != "PERSON"


def test_a_credit_line_and_a_capitalised_word_opening_a_quote_or_caption_are_no_names():
    body = 'Talks resumed in Lima, said Ana Torres.\n\n[Water floods a street in Lima]\n\n• Opinion: "Water will not wait for the courts"\n\nAssociated Press writer Tomas Ruiz contributed from Bogotá.'
    entity_rows, mention_rows = entities.extract([article("credits", body)], list(nlp.parse([body])))
    ids = {row["entity_id"] for row in entity_rows}
    assert "water" not in ids and "tomas-ruiz" not in ids and "bogota" not in ids
    assert {"ana-torres", "lima"} <= ids


def test_a_gazetteer_organisations_last_word_and_an_ambiguous_acronym():
    body = "Monitors from the Catholic Church arrived on Monday. Pressure from the Church grew. Leaders of Pakistan Tehreek-e-Insaf (PTI) met in Lahore; PTI said it would march."
    _, mention_rows = entities.extract([article("church", body)], list(nlp.parse([body])))
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_text["Church"] == by_text["Catholic Church"] == "catholic-church"
    assert by_text["PTI"] == "pakistan-tehreek-e-insaf"


def test_an_unclosed_quote_mark_splits_a_model_name_but_a_quoted_nickname_stays():
    body = 'The islands lie on the Atlantic "Rim of Storms", experts said. General Omar “Lion” Haddad arrived.'
    _, mention_rows = entities.extract([article("quotes-in-names", body)], list(nlp.parse([body])))
    assert all('"' not in m["text"][1:] or m["text"].count('"') % 2 == 0 for m in mention_rows)


def test_region_words_border_regions_and_a_surname_that_is_a_facility_word():
    body = (
        "Police in the Northern Capital Territory, Amara Obi, said roads were shut. Herders clashed in the contested "
        "Wadi Korra border region on Monday. A driver, identified only by his surname Hall, was held."
    )
    entity_rows, mention_rows = entities.extract([article("regions", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_id[by_text["Northern Capital Territory"]]["type"] == "GPE"
    assert by_id[by_text["Wadi Korra"]]["type"] in ("GPE", "LOC")
    assert by_id[by_text["Hall"]]["type"] == "PERSON"


def test_an_acronym_the_article_defines_beats_the_gazetteers():
    body = "The Alliance for National Change (ANC) won three seats in Lilongwe. The ANC said it would join the coalition. The African National Congress was not mentioned."
    _, mention_rows = entities.extract([article("acronym", body)], list(nlp.parse([body])))
    ids = [m["entity_id"] for m in mention_rows if m["text"] == "ANC"]
    assert len(ids) == 2 and set(ids) == {entity_at(mention_rows, "acronym", "Alliance for National Change")}
    assert entity_at(mention_rows, "acronym", "African National Congress") == "african-national-congress"


def test_brussels_acting_is_the_european_union_and_in_brussels_is_the_city():
    body = "Brussels warned Belgrade on Monday that talks would stall. Ministers met in Brussels on Tuesday."
    _, mention_rows = entities.extract([article("brussels", body)], list(nlp.parse([body])))
    assert [m["entity_id"] for m in mention_rows if m["text"] == "Brussels"] == ["european-union", "brussels"]


def test_a_short_form_in_another_languages_order_and_a_persons_two_surnames():
    body = (
        "Members of the Sindh Traders Committee (Cotras) closed shops in Karachi. Cotras leaders met the mayor.\n\n"
        "The energy minister, Diego Ferrer Ortiz, resigned on Monday. Ferrer Ortiz said he had done nothing wrong."
    )
    entity_rows, mention_rows = entities.extract([article("short-forms-2", body)], list(nlp.parse([body])))
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_text["Cotras"] == by_text["Sindh Traders Committee"]
    assert by_text["Ferrer Ortiz"] == by_text["Diego Ferrer Ortiz"]


def test_an_embassy_or_consulate_is_an_organisation_with_its_demonym_inside():
    body = "Protesters gathered outside the Chilean Embassy in Oslo on Friday. Staff at the Peruvian Consulate said visas were suspended."
    entity_rows, mention_rows = entities.extract([article("embassy", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_id[by_text["Chilean Embassy"]]["type"] == by_id[by_text["Peruvian Consulate"]]["type"] == "ORG"
    assert "Chilean" not in by_text and "Peruvian" not in by_text


def test_and_inside_an_organisations_name_and_a_centre_is_an_organisation():
    body = "Officials at the Coastal Survey and Fisheries Authority said stocks fell. Britain and France Telecom signed a deal. The Regional Flood Forecasting Centre raised its alert."
    entity_rows, mention_rows = entities.extract([article("and-names", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    texts = {m["text"] for m in mention_rows}
    assert "Coastal Survey and Fisheries Authority" in texts
    assert not any(t.startswith("Britain and") for t in texts)
    assert by_id["regional-flood-forecasting-centre"]["type"] == "ORG"


def test_an_office_named_with_of_is_no_organisation():
    body = "The Inspector-General of Police, Tunde Bakare, ordered more patrols. The Chief of Defence Staff visited troops. The Bank of Ghana raised rates."
    entity_rows, mention_rows = entities.extract([article("offices", body)], list(nlp.parse([body])))
    texts = {m["text"] for m in mention_rows}
    assert not any(t.startswith(("Inspector", "Chief")) for t in texts)
    assert "Bank of Ghana" in texts


def test_a_name_before_a_disaster_noun_or_after_the_people_of_is_a_place():
    body = "Relatives of those lost in the Kessaly shipwreck marched on Monday. The mayor promised the people of Oromba a new clinic. The Varnesh earthquake killed 40."
    entity_rows, _ = entities.extract([article("disasters", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["oromba"]["type"] == by_id["varnesh"]["type"] == "GPE"  # the model says ORG and PERSON


def test_a_companys_short_name_after_the_city_it_is_registered_in():
    body = "Regulators fined Shenzhen Moruan Robotics on Tuesday. Moruan said it would appeal the decision."
    _, mention_rows = entities.extract([article("registered-in", body)], list(nlp.parse([body])))
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_text["Moruan"] == by_text["Shenzhen Moruan Robotics"]


def test_a_line_listing_things_with_middle_dots_is_page_furniture():
    body = "Flooding closed roads in Tirana on Monday, officials said.\n\nAlso in this issue: Moldova vote count (p.2) · Skopje rents (p.3) · Sarajevo film festival (p.4)\n\nFacebook · X · Email"
    _, mention_rows = entities.extract([article("middle-dots", body)], list(nlp.parse([body])))
    assert {m["text"] for m in mention_rows} == {"Tirana"}


def test_a_common_word_opening_a_slogan_is_no_person():
    body = 'Crowds chanted "Bread is a right" outside parliament in Tunis as bread prices rose.'
    _, mention_rows = entities.extract([article("slogan", body)], list(nlp.parse([body])))
    assert "Bread" not in {m["text"] for m in mention_rows}  # the model calls it a PERSON


def test_names_the_model_missed_or_cut_beside_a_company_noun_an_acronym_or_a_second_surname():
    body = (
        "Mining company Antamina, which operates a copper mine in the region, said its operations were unaffected. "
        "A landslide hit the town, the National Emergency Operations Centre (COEN) said. "
        '"We heard a roar," said Marisol Quispe Huamán, 42, who lost her house.'
    )
    entity_rows, mention_rows = entities.extract([article("missed", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_id[by_text["Antamina"]]["type"] == "ORG"
    assert by_text["COEN"] == by_text["National Emergency Operations Centre"]
    assert "Marisol Quispe Huamán" in by_text and "Huamán" not in by_text


def test_sides_in_a_match_result_are_organisations_but_a_player_who_speaks_is_a_person():
    body = (
        "Dinamo went top after a 3-1 win over Rijeka on Saturday. Hajduk Split lost 2-0 at Osijek.\n\n"
        "Elena Varga won 6-4 on Sunday. Varga said she was tired."
    )
    entity_rows, mention_rows = entities.extract([article("results", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_id[by_text["Rijeka"]]["type"] == by_id[by_text["Hajduk Split"]]["type"] == "ORG"  # the model says PERSON
    assert by_id[by_text["Elena Varga"]]["type"] == "PERSON"


def test_a_company_in_apposition_two_places_the_model_joined_and_a_first_name_that_is_a_faith():
    body = (
        "Safaricom, East Africa's largest telecoms company, said data services were slowed. "
        "Habeck said the deal protected thousands of jobs in Bremerhaven and Cuxhaven. "
        "Chief executive Christian Bruch told analysts that problems would take two years to fix."
    )
    entity_rows, mention_rows = entities.extract([article("fresh", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_id[by_text["Safaricom"]]["type"] == "ORG"
    assert by_id[by_text["Bremerhaven"]]["type"] == by_id[by_text["Cuxhaven"]]["type"] == "GPE"
    assert "Christian Bruch" in by_text


def test_two_unknown_names_the_model_joined_with_and_are_two_places():
    body = "Authorities issued an emergency warning for parts of Mundaring and Chidlow on Sunday. Readers still love War and Peace."
    entity_rows, mention_rows = entities.extract([article("joined", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["mundaring"]["type"] == by_id["chidlow"]["type"] == "GPE"
    assert "mundaring-and-chidlow" not in by_id


def test_a_full_name_the_model_calls_an_organisation_is_a_person_when_its_surname_speaks():
    body = "Yamandú Orsi of the Frente Amplio coalition won the runoff on Sunday. Orsi, a former history teacher, took 49.8% of the vote. Orsi told supporters the country had won again."
    entity_rows, mention_rows = entities.extract([article("surname-speaks", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["yamandu-orsi"]["type"] == "PERSON"  # the model says ORG
    assert [m["entity_id"] for m in mention_rows if m["text"] == "Orsi"] == ["yamandu-orsi", "yamandu-orsi"]


def test_places_before_a_plural_place_noun_or_through_and_an_institute_named_before_its_noun():
    body = "The typhoon tore through Gia Lai and Dak Lak provinces on Thursday. The Red Cross sent aid to Gia Lai. A poll by the Medián institute showed Fidesz trailing."
    entity_rows, mention_rows = entities.extract([article("provinces", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["gia-lai"]["type"] == by_id["dak-lak"]["type"] == "GPE"  # the model says PERSON
    assert by_id["median"]["type"] == "ORG"  # the model says GPE


def test_a_name_takes_the_type_of_the_class_it_is_listed_in():
    body = (
        "Voting will be held in all 22 electoral districts, including Jaffna and Batticaloa. Firms such as Kestrova and Dunmark objected. "
        "The opposition Samagi Jana Balawegaya, led by Sajith Premadasa, said it was ready."
    )
    entity_rows, _ = entities.extract([article("listed", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["jaffna"]["type"] == by_id["batticaloa"]["type"] == "GPE"  # the model says PERSON
    assert by_id["kestrova"]["type"] == by_id["dunmark"]["type"] == "ORG"
    assert by_id["samagi-jana-balawegaya"]["type"] == "ORG" and by_id["sajith-premadasa"]["type"] == "PERSON"


def test_a_possessive_hides_what_follows_and_a_given_names_second_half_joins():
    body = "Home Minister Amit Shah's ministry did not respond. Union leader Hong Jin-sung said talks had failed. The Leh Apex Body called a march."
    entity_rows, mention_rows = entities.extract([article("possessive", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["amit-shah"]["type"] == "PERSON"  # "'s ministry" is what he has, not what he is
    assert "Hong Jin-sung" in {m["text"] for m in mention_rows}
    assert by_id["leh-apex-body"]["type"] == "ORG"


def test_one_known_organisation_named_twice_in_a_row_is_not_a_new_name():
    body = "The UN refugee agency UNHCR said 100,000 people had fled. Kenya Red Cross volunteers handed out water."
    _, mention_rows = entities.extract([article("twice", body)], list(nlp.parse([body])))
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_text["UNHCR"] == "unhcr" and "UN refugee agency UNHCR" not in by_text
    assert "Kenya Red Cross" in by_text


def test_a_name_before_a_road_or_pipeline_noun_stands_where_places_do():
    body = "Police cleared a blockade on the Panamericana highway north of the capital on Monday."
    entity_rows, _ = entities.extract([article("roads", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["panamericana"]["type"] == "GPE"  # the model says PERSON


def test_a_road_named_for_the_two_towns_it_joins_is_one_place_and_names_neither_town():
    body = ("Farmers blocked the Lagos-Ibadan highway near Ogere on Monday, and traffic on the Kano-Zaria highway stopped too. "
            "Traders said the Quetta-Chaman road stayed shut. Lagos police said talks on Kenya-Uganda trade would resume.")
    entity_rows, mention_rows = entities.extract([article("routes", body)], list(nlp.parse([body])))
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    texts = [m["text"] for m in mention_rows]
    assert {"Lagos-Ibadan", "Kano-Zaria", "Quetta-Chaman"} <= set(texts)
    assert [types[key] for key in ("lagos-ibadan", "kano-zaria", "quetta-chaman")] == ["FAC", "FAC", "FAC"]
    assert texts.count("Lagos") == 1 and "Ibadan" not in texts and "Zaria" not in texts  # only "Lagos police" names the town
    assert "Kenya-Uganda" not in texts  # no road noun: two countries, not a route


def test_an_office_named_for_a_title_runs_to_the_end_of_the_title():
    bodies = ["The Office of the Vice President, in a statement, called the ruling unfair.",
              "The Office of the Deputy Prime Minister said the plan was ready."]
    articles = [article(f"office{i}", body) for i, body in enumerate(bodies)]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies)))
    texts = [m["text"] for m in mention_rows]
    assert texts == ["Office of the Vice President", "Office of the Deputy Prime Minister"]  # the model stops at "Vice" and "Deputy"


def test_a_capital_a_government_deals_with_or_acted_by_is_its_government():
    body = ("Oslo has kept close ties with Warsaw and Vilnius. Relations between Madrid and Rabat cooled after "
            "the islands controlled by Madrid were closed. Flights between Warsaw and Madrid resumed; a ferry to Rabat sailed.")
    _, mention_rows = entities.extract([article("dealings", body)], list(nlp.parse([body])))
    found = [(m["text"], m["entity_id"]) for m in mention_rows if m["text"] in ("Warsaw", "Vilnius", "Madrid", "Rabat")]
    assert found == [("Warsaw", "poland"), ("Vilnius", "lithuania"), ("Madrid", "spain"), ("Rabat", "morocco"), ("Madrid", "spain"),
                     ("Warsaw", "warsaw"), ("Madrid", "madrid"), ("Rabat", "rabat")]


def test_where_a_misread_name_stands_says_it_is_a_place():
    doc = nlp.pipeline()("Villagers lost their homes in Sidi Mabrouk, said a farmer from Oued Zitoun. Talks were held with "
                         "Kandara's deputy governor in the department of Cotapampa, the spokesman of Lena Ortiz said.")
    def located(start, end, label):
        return entities._locative(Span(doc, start, end, label=label))
    assert [doc[5:7].text, doc[12:14].text, doc[19].text, doc[27].text] == ["Sidi Mabrouk", "Oued Zitoun", "Kandara", "Cotapampa"]
    assert located(5, 7, "PERSON") == "GPE"  # nobody is "in" a person
    assert located(12, 14, "PERSON") == "GPE"  # "a farmer from" a place
    assert located(19, 20, "PERSON") == "GPE"  # only a place has a deputy governor
    assert located(27, 28, "ORG") == "GPE"  # "the department of"
    assert located(32, 34, "PERSON") is None  # "the spokesman of" a person


def test_a_known_persons_alias_with_a_title_names_them_without_it():
    body = "King Abdullah II received Sheikh Abdullah bin Zayed in Amman on Sunday."
    _, mention_rows = entities.extract([article("royals", body)], list(nlp.parse([body])))
    people = [(m["text"], m["entity_id"]) for m in mention_rows if m["entity_id"] in ("abdullah-ii-of-jordan", "abdullah-bin-zayed-al-nahyan")]
    assert people == [("Abdullah II", "abdullah-ii-of-jordan"), ("Abdullah bin Zayed", "abdullah-bin-zayed-al-nahyan")]


def test_a_korean_name_runs_to_the_end_of_its_given_name_and_is_called_by_its_first_word():
    body = ("Prosecutors charged the union's leader, Park Ji-hoon, on Monday. Labour Minister Choi Min-jae said talks "
            "would resume. \"We will not back down,\" Mr. Park told reporters.")
    _, mention_rows = entities.extract([article("korean", body)], list(nlp.parse([body])))
    found = [(m["text"], m["entity_id"]) for m in mention_rows if m["text"].startswith(("Park", "Choi"))]
    assert found == [("Park Ji-hoon", "park-ji-hoon"), ("Choi Min-jae", "choi-min-jae"), ("Park", "park-ji-hoon")]
    assert entities._surname("Park Ji-hoon") == "Park" and entities._surname("Ana Costa-Lima") == "Costa-Lima"


def test_a_country_inside_a_sum_names_its_currency():
    body = "The loan gives Ghana access to about 360 million US dollars. US officials welcomed the deal."
    _, mention_rows = entities.extract([article("currency", body)], list(nlp.parse([body])))
    assert [m["text"] for m in mention_rows if m["entity_id"] == "united-states"] == ["US"]
    assert [m["start"] for m in mention_rows if m["entity_id"] == "united-states"] == [body.index("US officials")]


def test_a_name_runs_on_through_its_joining_word():
    body = ("Ferries from Boulogne-sur-Mer to Châlons-sur-Marne were cancelled. A farmer from Rio Grande do Norte marched "
            "to the Praça dos Três Poderes, where police stood near Vila Velha do Campo.")
    entity_rows, mention_rows = entities.extract([article("connectors", body)], list(nlp.parse([body])))
    texts = {m["text"] for m in mention_rows}
    assert {"Boulogne-sur-Mer", "Châlons-sur-Marne", "Rio Grande do Norte", "Praça dos Três Poderes", "Vila Velha do Campo"} <= texts
    assert not {"Mer", "sur-Marne", "Boulogne", "Rio Grande", "Vila Velha"} & texts
    assert {row["name"]: row["type"] for row in entity_rows}["Châlons-sur-Marne"] == "GPE"


def test_a_capital_possessing_its_own_places_is_the_city():
    body = "Four refugees were taken from their homes in Nairobi's Kileleshwa neighbourhood on Thursday. Nairobi's decision angered Ankara."
    _, mention_rows = entities.extract([article("city-parts", body)], list(nlp.parse([body])))
    assert [m["entity_id"] for m in mention_rows if m["text"] == "Nairobi"] == ["nairobi", "kenya"]


def test_a_known_acronym_after_the_only_name_it_abbreviates_is_that_name():
    body = "The Eastern Coffee Board said prices would fall. The ECB has cut its forecast twice this year."
    other = "The European Central Bank held rates. The ECB said inflation was easing."
    articles = [article("coffee", body), article("bank", other)]
    _, mention_rows = entities.extract(articles, list(nlp.parse([a.body for a in articles])))
    assert entity_at(mention_rows, "coffee", "ECB") == entity_at(mention_rows, "coffee", "Eastern Coffee Board")
    assert entity_at(mention_rows, "bank", "ECB") == "european-central-bank"


def test_a_known_persons_alias_inside_their_full_name_and_an_acronym_the_tagger_calls_an_adjective():
    body = "Ukrainian President Volodymyr Zelenskiy met allies in Kyiv. A source in Ukraine's SBU security service said drones hit a refinery."
    _, mention_rows = entities.extract([article("aliases", body)], list(nlp.parse([body])))
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert by_text["Volodymyr Zelenskiy"] == "volodymyr-zelenskyy"
    assert "SBU" in by_text


def test_words_after_a_verb_say_nothing_of_a_names_type_and_brands_are_organisations():
    body = "Labour adviser Sakhawat Hussain met union leaders on Monday. Unrest hit factories supplying brands including H&M and Zara."
    entity_rows, mention_rows = entities.extract([article("met-union", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert by_id["sakhawat-hussain"]["type"] == "PERSON"  # "met union leaders" made him an ORG
    assert by_id["zara"]["type"] == "ORG"


def test_a_quoted_nickname_the_model_cut_out_of_a_name_is_put_back():
    body = 'The cartel, whose leader Ismael "El Mayo" Zambada was arrested in Texas last year, has been weakened. Zambada denied the charges.'
    _, mention_rows = entities.extract([article("nickname", body)], list(nlp.parse([body])))
    by_text = {m["text"]: m["entity_id"] for m in mention_rows}
    assert 'Ismael "El Mayo" Zambada' in by_text and "El Mayo" not in by_text
    assert by_text["Zambada"] == by_text['Ismael "El Mayo" Zambada']


def test_a_name_the_model_missed_in_a_list_with_known_places_is_a_place():
    body = "The troops will focus on Ciudad Juárez, Tijuana and Nogales, the security secretary said."
    _, mention_rows = entities.extract([article("listed-places", body)], list(nlp.parse([body])))
    assert "Nogales" in {m["text"] for m in mention_rows}


def test_an_articles_mentions_do_not_depend_on_the_other_articles_in_the_build():
    # Another article writing "jamun" in lowercase once made this article's "Jamun" no name:
    # adding an article must never change another's mentions (mention ids are cited).
    def mentions_of_first(*bodies):
        _, mention_rows = entities.extract([article(f"a{i}", body) for i, body in enumerate(bodies)], list(nlp.parse(bodies)))
        return sorted((m["text"], m["start"]) for m in mention_rows if m["article_id"] == "a0")

    first = "Jamun prices rose in Nagpur on Monday."
    assert mentions_of_first(first) == mentions_of_first(first, "The price of jamun rose again.")


def test_roads_named_by_their_code_are_facilities():
    body = (
        "Farmers blocked the A6, A4, A1, A13 and the N118 around Paris on Monday, while lorries queued on the M25 motorway. "
        "In Florida, traffic backed up for miles on I-95 after a crash."
    )
    entity_rows, mention_rows = entities.extract([article("roads", body)], list(nlp.parse([body])))
    types = {row["name"]: row["type"] for row in entity_rows}
    assert {name: types.get(name) for name in ("A6", "A4", "A1", "A13", "N118", "M25", "I-95")} == dict.fromkeys(("A6", "A4", "A1", "A13", "N118", "M25", "I-95"), "FAC")
    paper = "The ministry printed its plan on A4 paper and flew a B52 over the base."
    assert [row for row in entities.extract([article("paper", paper)], list(nlp.parse([paper])))[0] if row["type"] == "FAC"] == []  # a paper size and a bomber are no roads


def test_a_double_surname_the_model_cut_off_is_put_back():
    body = "Health Minister Marie Claude Jean-Louis toured the clinic on Wednesday. Jean-Louis later said the vaccines would arrive within a week."
    entity_rows, mention_rows = entities.extract([article("clinic", body)], list(nlp.parse([body])))
    assert [(row["name"], row["type"]) for row in entity_rows] == [("Marie Claude Jean-Louis", "PERSON")]
    assert [m["text"] for m in mentions_of(mention_rows, "marie-claude-jean-louis")] == ["Marie Claude Jean-Louis", "Jean-Louis"]


def test_a_body_named_before_its_own_agency_or_institution_is_part_of_the_name():
    body = (
        "The U.N. World Food Programme said its trucks were turned back near the border. "
        "The Kenya Red Cross handed out water. Lawyers for the city filed suit in U.S. District Court on Monday."
    )
    entity_rows, mention_rows = entities.extract([article("convoy", body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert [m["text"] for m in mentions_of(mention_rows, "world-food-programme")] == ["World Food Programme"]
    assert "kenya-red-cross" in by_id  # the national society is a third thing, not the movement
    assert [m["text"] for m in mention_rows if "district-court" in m["entity_id"]] == ["U.S. District Court"]
    assert "united-states" not in by_id and "united-nations" not in by_id


def test_a_person_the_model_missed_behind_a_title_and_portfolio_is_found_and_the_portfolio_is_no_party():
    body = (
        "Deputy Minister for Labour and Social Security Tiberio Nkandu Mwale told reporters the strike was illegal. "
        "Minister of Health and Sanitation Austin Demby visited the clinic, and Minister for Labour and Employment "
        "Rezaul Karim Sarker said the factories would reopen. The Labour Party walked out of the debate."
    )
    entity_rows, mention_rows = entities.extract([article("strike", body)], list(nlp.parse([body])))
    assert sorted((row["name"], row["type"]) for row in entity_rows) == [
        ("Austin Demby", "PERSON"), ("Labour Party", "ORG"), ("Rezaul Karim Sarker", "PERSON"), ("Tiberio Nkandu Mwale", "PERSON"),
    ]
    assert [m["text"] for m in mentions_of(mention_rows, "labour-party")] == ["Labour Party"]


GAZETTEER_ARTICLES = {
    # Institutions, armed groups and outlets.
    "breadth": (
        """Kataib Hezbollah fired drones at a base near Erbil on Sunday, the Syrian Observatory for Human Rights said. The Peshmerga said none hit.

In Kyiv, the Verkhovna Rada passed a budget; the Rada vote was reported by Ukrinform. Shin Bet and MI6 declined to comment.

The Bank of Korea held rates, and the Asian Infrastructure Investment Bank approved a loan, OCHA said. Rebels of the National Liberation Army freed two soldiers; the ELN had held them for a month.""",
        {
            "Kataib Hezbollah": ("kataib-hezbollah", "ORG"),
            "Syrian Observatory for Human Rights": ("syrian-observatory-for-human-rights", "ORG"),
            "Peshmerga": ("peshmerga", "ORG"),
            "Verkhovna Rada": ("verkhovna-rada", "ORG"),
            "Rada": ("verkhovna-rada", "ORG"),
            "Ukrinform": ("ukrinform", "ORG"),
            "Shin Bet": ("shin-bet", "ORG"),
            "MI6": ("mi6", "ORG"),
            "Bank of Korea": ("bank-of-korea", "ORG"),
            "Asian Infrastructure Investment Bank": ("asian-infrastructure-investment-bank", "ORG"),
            "OCHA": ("office-for-the-coordination-of-humanitarian-affairs", "ORG"),
            "National Liberation Army": ("national-liberation-army-colombia", "ORG"),
            "ELN": ("national-liberation-army-colombia", "ORG"),
        },
    ),
    # Companies, sports bodies and office holders; a person's surname is their name too.
    "people": (
        """Shares in Rheinmetall and Novo Nordisk rose after Scott Bessent spoke in Washington. Bessent said talks with Sanae Takaichi had gone well, and Takaichi later met executives from CMA CGM.

Ethiopian Airlines ordered ten jets, the Court of Arbitration for Sport banned a cyclist, and Hakan Fidan flew to Doha.""",
        {
            "Rheinmetall": ("rheinmetall", "ORG"),
            "Novo Nordisk": ("novo-nordisk", "ORG"),
            "Scott Bessent": ("scott-bessent", "PERSON"),
            "Bessent": ("scott-bessent", "PERSON"),
            "Sanae Takaichi": ("sanae-takaichi", "PERSON"),
            "Takaichi": ("sanae-takaichi", "PERSON"),
            "CMA CGM": ("cma-cgm", "ORG"),
            "Ethiopian Airlines": ("ethiopian-airlines", "ORG"),
            "Court of Arbitration for Sport": ("court-of-arbitration-for-sport", "ORG"),
            "Hakan Fidan": ("hakan-fidan", "PERSON"),
        },
    ),
    # Cities, regions, waters and disputed territories.
    "world-places": (
        """Floods hit Maiduguri and Port Harcourt on Monday, and ships waited in the Bab el-Mandeb as tankers left Kharg Island. Drones struck Kramatorsk, near the Dnipro River.

Protesters marched in Haifa and Casablanca. Snow closed roads across Nebraska and the Carpathian Mountains, and the Falklands government said Transnistria had sent no one.""",
        {
            "Maiduguri": ("maiduguri", "GPE"),
            "Port Harcourt": ("port-harcourt", "GPE"),
            "Bab el-Mandeb": ("bab-el-mandeb", "LOC"),
            "Kharg Island": ("kharg-island", "LOC"),
            "Kramatorsk": ("kramatorsk", "GPE"),
            "Dnipro River": ("dnipro-river", "LOC"),
            "Haifa": ("haifa", "GPE"),
            "Casablanca": ("casablanca", "GPE"),
            "Nebraska": ("nebraska", "GPE"),
            "Carpathian Mountains": ("carpathian-mountains", "LOC"),
            "Falklands": ("falkland-islands", "GPE"),
            "Transnistria": ("transnistria", "GPE"),
        },
    ),
    # Peoples that are no country's demonym, parties and leaders of Asian democracies.
    "peoples-parties": (
        """Fulani herders and Tuareg traders fled south, and Tigrayan leaders accused the army. In Kuala Lumpur, UMNO and Pakatan Harapan agreed a deal. Anutin Charnvirakul said Bangkok would help; Anutin met Tamil leaders on Friday.""",
        {
            "Fulani": ("fulani", "NORP"),
            "Tuareg": ("tuareg", "NORP"),
            "Tigrayan": ("tigrayans", "NORP"),
            "UMNO": ("united-malays-national-organisation", "ORG"),
            "Pakatan Harapan": ("pakatan-harapan", "ORG"),
            "Anutin Charnvirakul": ("anutin-charnvirakul", "PERSON"),
            "Anutin": ("anutin-charnvirakul", "PERSON"),
            "Tamil": ("tamils", "NORP"),
        },
    ),
    # National bodies known by their own names, one of each class: legislatures, top courts,
    # anti-corruption agencies, statistics offices, coast and border guards; election authorities next.
    "national-bodies": (
        """The Storting voted on Tuesday to raise the fuel tax, and the Riksdag passed a similar bill a day later. Statistics Norway said consumer prices rose 0.4 percent in March, while Destatis reported a fall in exports.

In Kuala Lumpur, the MACC detained a former deputy minister, and the Dewan Rakyat suspended its sitting. The Corrupt Practices Investigation Bureau said it was helping.

The Philippine Coast Guard said two of its vessels had been shadowed near a reef, and the Border Security Force reported gunfire along the frontier. Speaking to the Seanad, the minister said the Hoge Raad had ruled on the case.""",
        {
            "Storting": ("storting", "ORG"),
            "Riksdag": ("riksdag", "ORG"),
            "Statistics Norway": ("statistics-norway", "ORG"),
            "Destatis": ("federal-statistical-office-of-germany", "ORG"),
            "MACC": ("malaysian-anti-corruption-commission", "ORG"),
            "Dewan Rakyat": ("dewan-rakyat", "ORG"),
            "Corrupt Practices Investigation Bureau": ("corrupt-practices-investigation-bureau", "ORG"),
            "Philippine Coast Guard": ("philippine-coast-guard", "ORG"),
            "Border Security Force": ("border-security-force", "ORG"),
            "Seanad": ("seanad-eireann", "ORG"),
            "Hoge Raad": ("supreme-court-of-the-netherlands", "ORG"),
        },
    ),
    "election-authorities": (
        """Comelec said on Monday that 60 million voters had registered, and Elections Canada reported a record turnout. Turkey's YSK rejected the appeal, while the Zimbabwe Electoral Commission delayed the count.""",
        {
            "Comelec": ("commission-on-elections", "ORG"),
            "Elections Canada": ("elections-canada", "ORG"),
            "YSK": ("supreme-election-council", "ORG"),
            "Zimbabwe Electoral Commission": ("zimbabwe-electoral-commission", "ORG"),
        },
    ),
}


@pytest.mark.parametrize("article_id", GAZETTEER_ARTICLES)
def test_the_gazetteer_knows_what_world_news_names(article_id):
    """Each text is the gazetteer's name of that entity, with that type."""
    body, expected = GAZETTEER_ARTICLES[article_id]
    entity_rows, mention_rows = entities.extract([article(article_id, body)], list(nlp.parse([body])))
    by_id = {row["entity_id"]: row for row in entity_rows}
    for text, (entity_id, entity_type) in expected.items():
        assert entity_at(mention_rows, article_id, text) == entity_id, text
        assert {m["method"] for m in mention_rows if m["article_id"] == article_id and m["text"] == text} == {"gazetteer"}, text
        assert by_id[entity_id]["type"] == entity_type, text
    assert entity_at(mention_rows, article_id, "Ethiopian") is None, "an airline's demonym is part of its name"


def test_saint_in_a_known_name_is_found_shortened():
    body = "Leaders from St. Vincent and the Grenadines and St Lucia met in Kingstown. Saint Lucia will host the next summit."
    entity_rows, mention_rows = entities.extract([article("caribbean", body)], list(nlp.parse([body])))
    assert [(m["text"], m["entity_id"]) for m in mention_rows] == [
        ("St. Vincent and the Grenadines", "saint-vincent-and-the-grenadines"), ("St Lucia", "saint-lucia"),
        ("Kingstown", "kingstown"), ("Saint Lucia", "saint-lucia"),
    ]


def test_a_role_noun_right_before_a_full_name_makes_it_a_person():
    body = '"We are not the ones bringing rifles to the city," said organizer Tyrone Banks. Shares in chipmaker Nexor Labs fell.'
    entity_rows, _ = entities.extract([article("march", body)], list(nlp.parse([body])))
    assert {row["name"]: row["type"] for row in entity_rows} == {"Tyrone Banks": "PERSON", "Nexor Labs": "ORG"}


def test_a_given_name_and_a_surname_make_a_person_the_model_took_for_a_place_or_an_organisation():
    body = (
        "The inquiry heard from Siobhan Callaghan. Rowan Tebbutt criticised the decision. "
        "The motion from Gareth Okafor failed. Lawyers for Marisol Carvalho said they would appeal."
    )
    entity_rows, _ = entities.extract([article("inquiry", body)], list(nlp.parse([body])))
    assert {row["name"]: row["type"] for row in entity_rows} == dict.fromkeys(["Siobhan Callaghan", "Rowan Tebbutt", "Gareth Okafor", "Marisol Carvalho"], "PERSON")


def test_a_given_name_does_not_make_a_person_of_a_place_a_building_or_an_organisation():
    body = "Crowds gathered on Victoria Street. The ferry docked at the Albert Dock. Georgia Power raised its rates. Floods hit Jefferson City."
    entity_rows, _ = entities.extract([article("street", body)], list(nlp.parse([body])))
    assert "PERSON" not in {row["type"] for row in entity_rows}


def test_a_one_word_name_after_a_spatial_preposition_is_a_place():
    body = "Gangs were massing in the hills above Varreux. A migrant boat capsized off Kythira. The convoy drove toward Abeche."
    entity_rows, _ = entities.extract([article("places", body)], list(nlp.parse([body])))
    assert {row["name"]: row["type"] for row in entity_rows} == {"Varreux": "GPE", "Kythira": "GPE", "Abeche": "GPE"}


def test_united_nations_and_united_states_in_a_known_name_are_found_shortened():
    body = "The Office of the UN High Commissioner for Human Rights said the attacks may amount to war crimes. The U.S. Department of State said nothing."
    entity_rows, mention_rows = entities.extract([article("rights", body)], list(nlp.parse([body])))
    assert [(m["text"], m["entity_id"]) for m in mention_rows] == [
        ("Office of the UN High Commissioner for Human Rights", "office-of-the-united-nations-high-commissioner-for-human-rights"),
        ("U.S. Department of State", "united-states-department-of-state"),
    ]


def test_place_pieces_foreign_buildings_and_builders():
    body = "Police detained students in Sremska Kamenica on Monday. The match at Stadion Maksimir was halted. Shares in Halden Builders fell."
    entity_rows, _ = entities.extract([article("pieces", body)], list(nlp.parse([body])))
    types = {row["name"]: row["type"] for row in entity_rows}
    assert types.get("Sremska Kamenica") == "GPE" and "Sremska" not in types
    assert types.get("Halden Builders") == "ORG"
    assert types.get("Stadion Maksimir") == "FAC"  # the model took "Maksimir" for a person


def test_each_countrys_generic_ministry_is_its_own_and_a_bare_one_takes_the_last_named():
    body = (
        "South Korea's Foreign Ministry welcomed the sanctions. North Korea's Foreign Ministry called them hostile, "
        "and the Foreign Ministry later summoned diplomats. China's Foreign Ministry said it opposed unilateral sanctions."
    )
    _, mention_rows = entities.extract([article("ministries", body)], list(nlp.parse([body])))
    assert [m["entity_id"] for m in mention_rows if m["text"] == "Foreign Ministry"] == [
        "foreign-ministry-south-korea", "foreign-ministry-north-korea", "foreign-ministry-north-korea", "foreign-ministry-china",
    ]


def test_an_ombudsman_or_rector_title_is_no_part_of_the_name():
    body = "Ombudsman Maria Lucia Reyes welcomed the verdict. Rector Ivan Petrov joined the march."
    entity_rows, _ = entities.extract([article("titles", body)], list(nlp.parse([body])))
    assert sorted(row["name"] for row in entity_rows) == ["Ivan Petrov", "Maria Lucia Reyes"]


def test_a_house_or_villa_at_the_end_is_a_building_but_a_house_of_is_a_chamber():
    body = (
        "Striking doctors marched to Uzima House on Tuesday. Talks moved to the Governor's Villa in Kerugo, "
        "where House of Assembly Speaker Wanjiru Odhiambo met them. The Hôtel Beaumarchais hosted the signing."
    )
    entity_rows, mention_rows = entities.extract([article("houses", body)], list(nlp.parse([body])))
    types = {row["name"]: row["type"] for row in entity_rows}
    assert types.get("Uzima House") == "FAC"
    assert types.get("Hôtel Beaumarchais") == "FAC"
    assert not any(m["text"].startswith("House of Assembly Speaker") for m in mention_rows)


def test_a_translated_name_defines_its_foreign_acronym_even_one_the_gazetteer_knows():
    body = "In Santiago, the General Confederation of Labour (CGT) called a national strike. The CGT said forty unions would join."
    entity_rows, mention_rows = entities.extract([article("acronym", body)], list(nlp.parse([body])))
    names = {m["text"]: m["entity_id"] for m in mention_rows}
    assert names["CGT"] == names["General Confederation of Labour"]  # not the French union the gazetteer knows as CGT
    assert len({m["entity_id"] for m in mention_rows if m["text"] in ("CGT", "General Confederation of Labour")}) == 1


def test_a_name_that_lists_its_members_before_its_head_word_is_one_name():
    body = (
        "The Uganda Medical Officers, Pharmacists and Dentists Union (UMOPDU) said it would strike. "
        "Kenya Airways, Uganda Airlines and Air Tanzania Company signed a deal in Arusha on Friday."
    )
    _, mention_rows = entities.extract([article("listed", body)], list(nlp.parse([body])))
    texts = [m["text"] for m in mention_rows]
    assert "Uganda Medical Officers, Pharmacists and Dentists Union" in texts
    assert {"Kenya Airways", "Uganda Airlines", "Air Tanzania Company"} <= set(texts)


def test_a_clause_after_in_place_is_not_the_places_and_a_local_government_area_is_a_place():
    body = (
        "A local official in Ketapang, who asked not to be named, said the river rose. "
        "In a statement in Sintang, the spokesperson to Governor Rudi Hartono said aid was coming. "
        "Dozens fled Maradun Local Government Area. Ade Bello, who runs a clinic, stayed."
    )
    entity_rows, _ = entities.extract([article("placed", body)], list(nlp.parse([body])))
    types = {row["name"]: row["type"] for row in entity_rows}
    assert types["Ketapang"] == "GPE" and types["Sintang"] == "GPE"
    assert types["Maradun Local Government Area"] == "GPE"
    assert types["Ade Bello"] == "PERSON"


def test_a_rank_cut_off_its_holder_is_no_name_and_a_foreign_name_keeps_its_lowercase_words():
    body = (
        "Relief Authority Chairman Lt Gen Tariq Mehmood Awan told a briefing that aid was late. "
        "The Serbian tabloid Informer said the Novosti dnevne was wrong."
    )
    doc = next(nlp.parse([body]))
    rank = [t.i for t in doc if t.text == "Lt"][0]
    assert entities._clean(Span(doc, rank, rank + 2, label="PERSON")) is None  # the model's "Lt Gen" alone
    _, mention_rows = entities.extract([article("ranks", body)], [doc])
    texts = [m["text"] for m in mention_rows]
    assert "Gen" not in texts and "Lt Gen" not in texts
    assert "Novosti dnevne" in texts


def test_a_groups_adjective_starting_a_party_name_is_part_of_it():
    body = "Aydin Kaya, leader of the opposition Republican People’s Party, condemned the vote. Republican senators said nothing."
    _, mention_rows = entities.extract([article("party", body)], list(nlp.parse([body])))
    texts = [m["text"] for m in mention_rows]
    assert "Republican People’s Party" in texts and "People’s Party" not in texts
    assert "Republican" in texts  # the adjective alone still names the group


def test_a_groups_adjective_joined_by_and_to_an_office_name_is_part_of_it():
    bodies = ["Kenji Sato, head of the Foreign Ministry's Asian and Oceanian Affairs Bureau, lodged the protest.",
              "The ministry's African and Middle Eastern Affairs Bureau said the envoy had left."]
    articles = [article(f"bureau{i}", body) for i, body in enumerate(bodies)]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies)))
    texts = [m["text"] for m in mention_rows]
    assert "Asian and Oceanian Affairs Bureau" in texts and "Oceanian Affairs Bureau" not in texts and "Asian" not in texts
    assert "African and Middle Eastern Affairs Bureau" in texts and "African" not in texts


def test_two_places_each_named_with_its_head_and_joined_by_and_are_two():
    body = ("Staff at Dresden Airport and Leipzig Airport walked out. Trucks queued at Tema Port and Kotoka Airport. "
            "The Port and Harbour Authority said the Science and Technology Park would stay open.")
    entity_rows, mention_rows = entities.extract([article("two-places", body)], list(nlp.parse([body])))
    types = {row["name"]: row["type"] for row in entity_rows}
    assert {name: types.get(name) for name in ("Dresden Airport", "Leipzig Airport", "Tema Port", "Kotoka Airport")} == dict.fromkeys(
        ("Dresden Airport", "Leipzig Airport", "Tema Port", "Kotoka Airport"), "FAC")
    # A lone head before "and" is part of one name.
    assert {"Port and Harbour Authority", "Science and Technology Park"} <= {m["text"] for m in mention_rows}


def test_a_campaign_named_for_its_cause_keeps_the_for_phrase():
    bodies = ["Darnell Hayes was killed last week. Organizers with the group Justice for Darnell said they would march.",
              "Protest organizers with the group Justice for Amara said they would march."]
    articles = [article(f"campaign{i}", body) for i, body in enumerate(bodies)]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies)))
    texts = [m["text"] for m in mention_rows]
    assert {"Justice for Darnell", "Justice for Amara"} <= set(texts) and "Justice" not in texts
    assert [m["entity_id"] for m in mention_rows if m["text"] == "Justice for Darnell"] == ["justice-for-darnell"]  # not the man


def test_one_of_several_like_named_bodies_keeps_its_number():
    bodies = ["According to the 7th Regional Coast Guard Headquarters, the ships left.",
              "The Antofagasta Miners' Union No. 2 said the strike would go on.",
              "Members of the Sindicato N°2 marched to the mine.",
              "Kelby Town 2-1 was the final score."]
    articles = [article(f"numbered{i}", body) for i, body in enumerate(bodies)]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies)))
    texts = [m["text"] for m in mention_rows]
    assert {"7th Regional Coast Guard Headquarters", "Antofagasta Miners' Union No. 2", "Sindicato N°2"} <= set(texts)
    assert "Kelby Town" in texts  # a score is still no part of a name


def test_an_ordinal_the_model_puts_in_a_name_stays_in_it():
    bodies = ["Troops of the 101st Airborne Division arrived on Monday.",
              "The figures came from the Norway Coast Guard's 11th Regional Coast Guard Headquarters in Tromso."]
    articles = [article(f"ordinal{i}", body) for i, body in enumerate(bodies)]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies)))
    texts = [m["text"] for m in mention_rows]
    assert {"101st Airborne Division", "11th Regional Coast Guard Headquarters"} <= set(texts)
    assert "Airborne Division" not in texts and "Regional Coast Guard Headquarters" not in texts


def test_a_body_named_for_the_region_it_covers_keeps_in_and_the_region():
    bodies = ["At least two people died, according to the Network of Press Unions in East Asia, a rights group.",
              "The Committee for the Defence of Press Freedom in Central Asia condemned the arrest.",
              "Four people were killed on Tuesday, according to the Network of Lawyers in Central Africa, a Yaounde-based group.",
              "The Ministry of Health in Gaza said 12 people died."]
    articles = [article(f"region{i}", body) for i, body in enumerate(bodies)]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies)))
    texts = [m["text"] for m in mention_rows]
    assert {"Network of Press Unions in East Asia", "Committee for the Defence of Press Freedom in Central Asia", "Network of Lawyers in Central Africa"} <= set(texts)
    assert {"Ministry of Health", "Gaza"} <= set(texts)  # a country's ministry is only located there


def test_a_name_the_model_stops_at_for_runs_on_where_a_headed_name_continues_it():
    bodies = ["A ruling by the U.S. Court of Appeals for the Federal Circuit blocked the tariffs.",
              "The U.S. District Court for the Southern District of New York ruled on Monday."]
    articles = [article(f"courts{i}", body) for i, body in enumerate(bodies)]
    _, mention_rows = entities.extract(articles, list(nlp.parse(bodies)))
    texts = [m["text"] for m in mention_rows]
    assert texts == ["U.S. Court of Appeals for the Federal Circuit", "U.S. District Court for the Southern District of New York"]


def test_acronyms_written_as_words_are_the_known_organisation_unless_a_person_bears_the_name():
    body = (
        "Vaccines from Unicef reached the valley on Monday, and Sipri said arms sales had doubled. "
        "Irena Dobrev, a nurse, stayed behind. Irena said the clinic had no power."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("titled", body)], docs)
    assert entity_at(mention_rows, "titled", "Unicef") == "unicef"
    assert entity_at(mention_rows, "titled", "Sipri") == "stockholm-international-peace-research-institute"
    assert entity_at(mention_rows, "titled", "Irena") == "irena-dobrev", "a person named in the article is not IRENA"


def test_an_unlabelled_name_that_speaks_is_an_organisation():
    body = (
        "Workers walked out at the port on Monday. Portlink, which runs the container terminal, said it "
        'expected long delays. "We are ready," she said. Diplomats say the timing was no accident.'
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("speaking", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types.get("portlink") == "ORG"
    assert {m["text"] for m in mention_rows}.isdisjoint({"She", "Diplomats"})


def test_a_title_before_a_name_is_no_organisation():
    body = "UN Humanitarian Coordinator Jonas Berg said the convoy had been stopped at the border for two days."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("title", body)], docs)
    assert entity_at(mention_rows, "title", "UN") == "united-nations"
    assert entity_at(mention_rows, "title", "Jonas Berg") == "jonas-berg"
    assert not any("Coordinator" in m["text"] for m in mention_rows)


def test_officials_of_a_kind_and_amounts_are_no_names():
    body = "China and India will hold the next round of their Special Representatives dialogue in Beijing. The fee rose to Tk 16,900."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("kinds", body)], docs)
    assert {m["text"] for m in mention_rows} == {"China", "India", "Beijing"}
    doc = docs[0]
    amount = next(Span(doc, t.i - 1, t.i + 1) for t in doc if t.text == "16,900")
    assert entities._is_not_a_name(amount, "ORG", set()), "the model sometimes calls an amount an organisation"


def test_first_words_with_the_bracketed_acronym_are_that_organisation():
    body = (
        "Fighters from the Mawlaik People’s Defense Force (PDF) attacked a police post on Sunday. "
        "The Mawlaik PDF said three soldiers were killed."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("acronym", body)], docs)
    assert entity_at(mention_rows, "acronym", "Mawlaik PDF") == entity_at(mention_rows, "acronym", "Mawlaik People’s Defense Force") is not None


def test_offices_named_after_a_role_keep_the_possessive_and_their_field():
    body = (
        "The Solicitor General's Office in Varnholm said on Friday that it would appeal. "
        "Lawyers told the Ostrava Magistrate's Court that the Bureau for the Protection of Fisheries had been warned, "
        "and the Board of Fisheries, Forestry and Wildlife agreed. Ireland's Foreign Ministry declined to comment."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("offices", body)], docs)
    texts = {m["text"] for m in mention_rows}
    assert {"Solicitor General's Office", "Ostrava Magistrate's Court", "Bureau for the Protection of Fisheries", "Board of Fisheries, Forestry and Wildlife"} <= texts
    assert "Foreign Ministry" in texts and "Ireland's Foreign Ministry" not in texts, "a country's possessive still ends its name"


def test_a_month_or_day_before_a_name_is_no_role_the_name_keeps():
    body = "Survivors of March's Harbour View Hotel siege and Friday's Port Authority strike met the minister."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("dated", body)], docs)
    texts = {m["text"] for m in mention_rows}
    assert not any(text.startswith(("March", "Friday")) for text in texts)


def test_capitals_in_brackets_after_an_organisation_are_its_acronym_in_any_language():
    body = (
        "Talks with the Federation of Dutch Harbour Pilots (LVBL) broke down on Monday in Rotterdam. "
        "The LVBL said the offer was too low."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("acronym2", body)], docs)
    full = entity_at(mention_rows, "acronym2", "Federation of Dutch Harbour Pilots")
    assert full is not None and entity_at(mention_rows, "acronym2", "LVBL") == entity_at(mention_rows, "acronym2", "LVBL", 1) == full


def test_a_business_noun_before_or_in_apposition_makes_an_organisation():
    body = (
        "The court fined meatpacker Santoro Ribeiro for buying cattle from cleared land. "
        "Later, Marcelo Tavares, Chile's biggest salmon exporter, said it would appeal. "
        "Lucia Ferrante, a machine operator at the plant, was injured."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("business", body)], docs)
    types = {row["name"]: row["type"] for row in entity_rows}
    assert types.get("Santoro Ribeiro") == "ORG" and types.get("Marcelo Tavares") == "ORG", "the model reads both as people"
    assert types.get("Lucia Ferrante") == "PERSON", "an operator is a job as well as a kind of firm"


def test_a_name_hung_on_the_organisation_a_title_belongs_to_is_the_title_holder():
    body = 'The Arab League welcomed the accord on Monday. The chairman of its council, Ahmed Salim Haroun, said in a statement that it was a brave step.'
    docs = list(nlp.parse([body]))
    entity_rows, _ = entities.extract([article("holder", body)], docs)
    assert {row["name"]: row["type"] for row in entity_rows}.get("Ahmed Salim Haroun") == "PERSON"


def test_stock_exchanges_and_indexes_are_known_organisations():
    body = "Shares in Tamboer Mining fell 4% on the JSE on Tuesday, while the Kospi slipped and the CAC 40 closed flat."
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("markets2", body)], docs)
    by_id = {row["entity_id"]: row for row in entity_rows}
    assert entity_at(mention_rows, "markets2", "JSE") == "johannesburg-stock-exchange"
    assert {by_id[entity_at(mention_rows, "markets2", text)]["type"] for text in ("Kospi", "CAC 40")} == {"ORG"}


def test_speakers_advocates_and_other_ranks_are_titles_not_names():
    body = "Parliament Speaker Ratna Wulandari said the sitting was closed. Advocate Thabo Mokoena told the court the papers were late. A soldier, Sepoy Imran Qureshi, was wounded."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("ranks", body)], docs)
    texts = {m["text"] for m in mention_rows}
    assert {"Ratna Wulandari", "Thabo Mokoena", "Imran Qureshi"} <= texts


def test_a_local_court_is_named_by_its_seat_and_a_national_one_is_not():
    body = (
        "The Municipal Court in Kraljevo remanded the driver on Tuesday. The Higher Public Prosecutor's Office in Kragujevac "
        "said it would appeal. Separately, the Employment Relations Court in Windhoek adjourned a strike case."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("seats", body)], docs)
    texts = {m["text"] for m in mention_rows}
    assert {"Municipal Court in Kraljevo", "Higher Public Prosecutor's Office in Kragujevac"} <= texts
    assert "Employment Relations Court" in texts and "Windhoek" in texts


def test_national_trade_union_centres_are_known():
    body = "Cosatu and the KCTU sent messages of support, while Rengo said talks in Tokyo would resume."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("unions", body)], docs)
    assert [entity_at(mention_rows, "unions", t) for t in ("Cosatu", "KCTU", "Rengo")] == [
        "congress-of-south-african-trade-unions", "korean-confederation-of-trade-unions", "japanese-trade-union-confederation"
    ]


def test_long_and_short_country_forms_are_the_country():
    body = "Aid reached the Democratic Republic of Congo on Monday, and PNG and the Slovak Republic pledged more."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("forms", body)], docs)
    assert [entity_at(mention_rows, "forms", t) for t in ("Democratic Republic of Congo", "PNG", "Slovak Republic")] == [
        "democratic-republic-of-the-congo", "papua-new-guinea", "slovakia"
    ]


def test_a_source_credit_in_brackets_is_no_name():
    body = (
        "Analysts say the tariff rise will test the government's resolve in the face of union anger. "
        "(Kandy/LankaWire)\n\nThe Ceylon Workers Union said it would march again on Friday."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("credit", body)], docs)
    assert not any("/" in m["text"] for m in mention_rows)


def test_an_outlet_someone_tells_or_with_a_capital_the_is_a_name():
    body = (
        "A farmer who asked not to be named told the Courier that the river had burst its banks overnight. "
        "Another villager told The Lantern that three houses had been swept away. "
        "The district chief told The Sentinel on Monday that help was coming."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("outlets", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert {m["text"] for m in mention_rows} >= {"Courier", "Lantern", "Sentinel"}
    assert types["courier"] == types["lantern"] == types["sentinel"] == "ORG"


def test_a_body_someone_tells_is_not_an_outlet():
    body = "The minister told the Committee that the contract had been lawful. She later told the court the same."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("committee", body)], docs)
    assert not any(m["text"] in ("Committee", "court") for m in mention_rows)


def test_a_name_with_a_which_clause_is_no_person():
    body = (
        "The minister criticised Vesta Carriers on Monday. "
        "Vesta Carriers, which has been losing money since 2021, said it would appeal. Vesta Carriers did not comment further. "
        "Marta Kovac, who chairs the board, welcomed the decision."
    )
    docs = list(nlp.parse([body]))
    entity_rows, _ = entities.extract([article("which", body)], docs)
    types = {row["name"]: row["type"] for row in entity_rows}
    assert types["Vesta Carriers"] == "ORG"
    assert types["Marta Kovac"] == "PERSON"


def test_a_lowercase_description_the_model_runs_into_a_name_is_not_part_of_it():
    body = "The data came from the national space research institute Astrel."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("described", body)], docs)
    assert {m["text"] for m in mention_rows} == {"Astrel"}


def test_a_short_name_the_model_calls_a_place_but_described_as_a_firm_is_the_firm():
    body = "Regulators fined meatpacker Corvalho Carnes on Monday. Corvalho, the country's third-largest beef exporter, said it would appeal. Critics said Corvalho had ignored warnings."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("firm", body)], docs)
    assert {m["entity_id"] for m in mention_rows} == {"corvalho-carnes"}


def test_either_romanisation_of_the_izafat_vowel_names_the_same_group():
    body = "Police in Kashmir blamed Jaish-i-Mohammed for the attack. Officials said Lashkar-i-Taiba had denied any role."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("izafat", body)], docs)
    assert {m["entity_id"] for m in mention_rows} >= {"jaish-e-mohammed", "lashkar-e-taiba"}


def test_an_aircraft_code_after_an_organisations_head_word_is_not_part_of_its_name():
    body = "Foreign Minister Anna Kovacs says her government will provide $3 million and send a Hungarian Defence Force C-17 Globemaster to Lae on Friday."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("aircraft", body)], docs)
    assert "Hungarian Defence Force" in {m["text"] for m in mention_rows}


def test_the_first_words_of_a_known_institutions_name_are_that_institution():
    body = 'Lawmakers questioned the Reserve Bank of India governor on Thursday. "The Reserve Bank acted within the law," he said.'
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("first-words", body)], docs)
    assert {m["entity_id"] for m in mention_rows} == {"reserve-bank-of-india"}


def test_a_body_whose_acronym_spells_the_place_it_works_in_keeps_the_place_in_its_name():
    body = "Georgia said on Tuesday that observers from the Nordic Monitoring Mission in Georgia (NMMG) should be allowed to visit the border."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("mission", body)], docs)
    ids = {m["text"]: m["entity_id"] for m in mention_rows}
    assert ids["Nordic Monitoring Mission in Georgia"] == ids["NMMG"] == "nordic-monitoring-mission-in-georgia"


def test_an_acronym_written_as_a_word_in_brackets_is_the_name_before_it():
    body = (
        "Catch limits for herring were cut, the Agency for Coastal Marine Environment (Acme) said on Monday. "
        "Acme said the stocks were recovering."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("worded", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    long_name = entity_at(mention_rows, "worded", "Agency for Coastal Marine Environment")
    assert entity_at(mention_rows, "worded", "Acme") == entity_at(mention_rows, "worded", "Acme", 1) == long_name is not None
    assert types[long_name] == "ORG"


def test_a_department_its_acronym_stands_beside_is_no_place():
    body = "The Department of Consumer Affairs (DCA) fined the ferry operator on Tuesday. The DCA said the fine would be paid within a month."
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("department", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "department", "DCA")] == "ORG"


def test_a_price_with_its_currency_letter_glued_on_is_no_name():
    body = "The Kano Petroleum Company raised the price of diesel in Kano from N945 to N1,180 per litre on Monday."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("price", body)], docs)
    assert "N1,180" not in {m["text"] for m in mention_rows}


def test_a_ministry_named_with_its_portfolio_after_of_or_before_the_office_word_is_one_body():
    body = (
        "The Ministry of Water and Sanitation said three wells had run dry near Tarkwa. The Water and Sanitation Ministry added that "
        "tankers would be sent. Officials at the Department of Labour met union leaders, and a Labour Department spokesman said talks "
        "would resume. The Ministry of Foreign Affairs summoned the envoy, a Foreign Ministry official said."
    )
    _, mention_rows = entities.extract([article("offices", body)], list(nlp.parse([body])))
    assert entity_at(mention_rows, "offices", "Water and Sanitation Ministry") == entity_at(mention_rows, "offices", "Ministry of Water and Sanitation")
    assert entity_at(mention_rows, "offices", "Labour Department") == entity_at(mention_rows, "offices", "Department of Labour")
    assert entity_at(mention_rows, "offices", "Foreign Ministry") == entity_at(mention_rows, "offices", "Ministry of Foreign Affairs")


def test_two_countries_ministries_of_one_portfolio_stay_apart_from_a_bare_one():
    body = "Bolivia's Foreign Ministry protested on Monday. Paraguay's Foreign Ministry replied the next day. The Ministry of Foreign Affairs in Asuncion said talks would go on."
    _, mention_rows = entities.extract([article("two-ministries", body)], list(nlp.parse([body])))
    ids = {m["entity_id"] for m in mention_rows if m["text"] in ("Foreign Ministry", "Ministry of Foreign Affairs")}
    assert len(ids) == 3


def test_a_companys_legal_form_from_any_country_makes_its_name_an_organisation():
    body = "Cantieri Valdora SpA said orders fell. Maarit Oyj and Sinar Pelita Tbk cut jobs, while Kuala Rimba Bhd and Nordvik ASA said profits rose."
    entity_rows, mention_rows = entities.extract([article("legal-forms", body)], list(nlp.parse([body])))
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    for name in ("Cantieri Valdora SpA", "Maarit Oyj", "Sinar Pelita Tbk", "Kuala Rimba Bhd", "Nordvik ASA"):
        assert types[entity_at(mention_rows, "legal-forms", name)] == "ORG", name


def test_a_full_name_before_a_possessive_beats_a_known_person_with_that_surname():
    # "Cooper" is a gazetteer alias of Yvette Cooper; the article's own "Lena Cooper" is someone else.
    body = "Lawmakers overturned three of former Mayor Lena Cooper's vetoes in 2019, the council said."
    _, mention_rows = entities.extract([article("possessive-name", body)], list(nlp.parse([body])))
    assert [m["text"] for m in mention_rows if "Cooper" in m["text"]] == ["Lena Cooper"]
    assert entity_at(mention_rows, "possessive-name", "Lena Cooper") == "lena-cooper"


def test_a_titled_person_whose_surname_could_end_a_buildings_name_is_a_person_and_the_portfolio_no_body():
    body = "Assembly Speaker Corinne Hall said the vote would go ahead. Transport Services Minister Peter Tower said on Monday that trains would run."
    entity_rows, mention_rows = entities.extract([article("titled", body)], list(nlp.parse([body])))
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "titled", "Corinne Hall")] == "PERSON"
    assert types[entity_at(mention_rows, "titled", "Peter Tower")] == "PERSON"
    assert not any(m["text"] in ("Transport Services", "Assembly Speaker Corinne Hall") for m in mention_rows)


def test_an_industrial_sites_name_the_model_misses_is_a_facility():
    body = "Workers of the Kaduna Sugar Refinery walked out on Monday. Managers at the Ostrova Smelter said output fell."
    entity_rows, mention_rows = entities.extract([article("sites", body)], list(nlp.parse([body])))
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "sites", "Kaduna Sugar Refinery")] == "FAC"
    assert types[entity_at(mention_rows, "sites", "Ostrova Smelter")] == "FAC"


def test_an_organisation_of_a_province_is_the_organisation_not_the_province():
    body = "The Chamber of Commerce and Industry of Northern Province said exports fell. The Farmers Union of Upper Region agreed."
    entity_rows, mention_rows = entities.extract([article("of-province", body)], list(nlp.parse([body])))
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "of-province", "Chamber of Commerce and Industry of Northern Province")] == "ORG"


def test_a_broadcasters_call_sign_is_an_organisation():
    body = "KTRV-TV reported that the march was peaceful, and WQLM-FM said organisers expected more people on Sunday."
    entity_rows, mention_rows = entities.extract([article("call-signs", body)], list(nlp.parse([body])))
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "call-signs", "KTRV-TV")] == "ORG"
    assert types[entity_at(mention_rows, "call-signs", "WQLM-FM")] == "ORG"


def test_two_firms_joined_by_and_stay_two_when_the_first_is_a_name_of_its_own():
    body = "Telvora and Coastline Bank said on Friday that their systems were working. The Kenya Growers and Exporters Association disagreed."
    _, mention_rows = entities.extract([article("two-firms", body)], list(nlp.parse([body])))
    texts = {m["text"] for m in mention_rows}
    assert {"Telvora", "Coastline Bank", "Kenya Growers and Exporters Association"} <= texts


def test_an_amount_after_a_firms_name_is_not_part_of_it():
    body = "The bloc on Tuesday fined software firm Quellix Labs 300 million euros for breaching privacy rules."
    _, mention_rows = entities.extract([article("fine", body)], list(nlp.parse([body])))
    assert "Quellix Labs" in {m["text"] for m in mention_rows}
    assert not any("300" in m["text"] for m in mention_rows)


def test_a_side_that_draws_with_or_loses_to_a_club_is_a_club_without_a_score():
    body = "Marlow Rovers drew with Castleford City on Saturday, and Castleford City's coach said the result was fair. Kessock United lost to Dunmere Town."
    entity_rows, mention_rows = entities.extract([article("no-score", body)], list(nlp.parse([body])))
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "no-score", "Castleford City")] == "ORG"
    assert types[entity_at(mention_rows, "no-score", "Dunmere Town")] == "ORG"


def test_a_surname_after_mr_or_ms_is_the_person_named_in_full_most_recently():
    # Lee Jae-myung is in the gazetteer; the resident the article introduces later is "Ms. Lee".
    body = (
        "President Lee Jae-myung said on Monday the reform would go ahead. \"We cannot wait any longer,\" said Lee Ha-eun, "
        "a nurse who leads the hospital's strike committee. Ms. Lee said the nurses would stay out until talks resumed."
    )
    _, mention_rows = entities.extract([article("honorific", body)], list(nlp.parse([body])))
    assert entity_at(mention_rows, "honorific", "Lee", 0) == entity_at(mention_rows, "honorific", "Lee Ha-eun")


def test_a_common_word_opening_a_bulleted_line_is_no_name():
    doc = nlp.pipeline()("Here is a recap:\n- Thousands of drivers blocked roads near Lyon.\n- Police detained 20 people near the ministry, officials said.")
    police = next(token.i for token in doc if token.text == "Police")
    assert entities._is_common_word(Span(doc, police, police + 1, label="ORG"), set())


def test_a_legislatures_short_name_that_is_also_a_word_or_a_surname_is_not_that_legislature():
    body = "Diet drinks sold well in Lisbon last year, the analyst Lucia Cortes said, and the Cortes Generales debated a sugar tax."
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("words", body)], docs)
    linked = {m["text"]: m["entity_id"] for m in mention_rows}
    assert linked.get("Cortes Generales") == "cortes-generales"
    assert "national-diet" not in linked.values() and linked.get("Lucia Cortes") != "cortes-generales"


def test_a_national_body_named_by_its_kind_and_country_is_one_entity():
    bodies = {
        "possessive": "Zambia's Constitutional Court on Monday dismissed the petition. Zambian lawyers said the Constitutional Court had erred.",
        "of-phrase": "The Constitutional Court of Zambia will sit again in March, court officials said in Lusaka.",
        "known": "Sweden's Parliament approved the budget, and Chile's Supreme Court upheld the fine. The Dutch Supreme Court was not asked.",
    }
    articles = [article(article_id, body) for article_id, body in bodies.items()]
    entity_rows, mention_rows = entities.extract(articles, list(nlp.parse(bodies.values())))
    names = {row["entity_id"]: row["name"] for row in entity_rows}
    court = {m["entity_id"] for m in mention_rows if m["text"].startswith("Constitutional Court")}
    assert court == {"constitutional-court-of-zambia"} and names["constitutional-court-of-zambia"] == "Constitutional Court of Zambia"
    assert entity_at(mention_rows, "known", "Parliament") == "riksdag"  # the gazetteer's "parliament of Sweden"
    # Chile's court, not the Dutch one named later with the same last words.
    assert entity_at(mention_rows, "known", "Supreme Court") == "supreme-court-of-chile"


def test_a_bare_national_body_is_that_of_the_one_country_the_story_is_about():
    bodies = {
        "american": "The Supreme Court agreed on Friday to hear the pipeline case, which has divided the United States. American ranchers oppose the pipeline.",
        "malawian": "The Supreme Court threw out the appeal, Malawian officials said. Malawi will now hold the vote in May.",
        "two-countries": "The Supreme Court threw out the appeal. Malawi and Zambia had backed it, and Malawi and Zambia will meet again.",
    }
    articles = [article(article_id, body) for article_id, body in bodies.items()]
    entity_rows, mention_rows = entities.extract(articles, list(nlp.parse(bodies.values())))
    qids = {row["entity_id"]: row["wikidata_id"] for row in entity_rows}
    assert entity_at(mention_rows, "american", "Supreme Court") == "supreme-court-of-the-united-states" and qids["supreme-court-of-the-united-states"] == "Q11201"
    assert entity_at(mention_rows, "malawian", "Supreme Court") == "supreme-court-of-malawi"
    assert entity_at(mention_rows, "two-countries", "Supreme Court") == "supreme-court"  # whose is not knowable


def test_gazetteer_knows_a_countrys_body_of_a_kind_by_name_or_description():
    assert gazetteer.national_body("Parliament", "norway") == "storting"  # "parliament of Norway"
    assert gazetteer.national_body("Supreme Court", "spain") == "supreme-court-of-spain"  # "Spanish Supreme Court"
    assert gazetteer.national_body("Election Commission", "pakistan") == "election-commission-of-pakistan"
    assert gazetteer.national_body("Supreme Court", "malawi") is None
    assert gazetteer.national_body_name("Parliament", "philippines") == "Parliament of the Philippines"


def test_geonames_knowledge_types_towns_the_model_mistypes():
    body = (
        "In 2015 the governor deployed the Guard to Crestview after the shooting of a teenager.\n\n"
        "The worst-hit districts are Sanghar, Umerkot, Mirpurkhas and Shikarpur, officials said.\n\n"
        "Loaded trains queued for the towns of Prince Albert and Saskatoon.\n\n"
        "The convoy drove on to Kasserine before dawn."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("towns", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types["crestview"] == "GPE" and types["sanghar"] == "GPE" and types["shikarpur"] == "GPE"
    assert types.get("prince-albert") == "GPE" and "albert" not in types, "the town's whole name, not a person's"
    assert types.get("kasserine") == "GPE"


def test_geonames_knowledge_yields_to_people_sport_and_longer_names():
    body = (
        "Harbourne have lost at home to Burnley since the start of the month, and the league table makes grim reading. "
        "Burnley were also charged.\n\n"
        "Ashby Holdings said profits fell. Ashby, the builder, will cut jobs."
    )
    docs = list(nlp.parse([body]))
    entity_rows, _ = entities.extract([article("guards", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types["burnley"] == "ORG", "in a match report a town's name is its side"
    assert "ashby" not in types or types["ashby"] != "GPE"


def test_a_glued_list_of_towns_is_split():
    doc = list(nlp.parse(["Staff at Gotha, Zwickau, Chemnitz and Dresden stopped work. Kowalczyk, Nieminen said."]))[0]
    glued = Span(doc, 4, 7, label="ORG")
    assert glued.text == "Zwickau, Chemnitz"
    assert [piece.text for piece in entities._split(glued)] == ["Zwickau", "Chemnitz"]
    people = Span(doc, 12, 15, label="PERSON")
    assert people.text == "Kowalczyk, Nieminen" and len(entities._split(people)) == 1, "only a list of places is split"


def test_a_name_before_a_site_noun_is_the_site():
    body = (
        "Guards fired shots inside the Mbelani camp on Sunday. Youths set fire to tyres near the Korovo flyover, "
        "and a march set off from the union's office on Tabrizio street."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("sites", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    for text in ("Mbelani", "Korovo", "Tabrizio"):
        assert types[entity_at(mention_rows, "sites", text)] in ("GPE", "LOC", "FAC"), text


def test_towns_listed_after_employees_at_are_sites_not_employers():
    body = "More than 9,000 employees at Eisenach, Zwickau and Gotha joined the stoppage, the union said."
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("plants", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "plants", "Eisenach")] == "GPE"


def test_a_hyphenated_town_is_no_alias_of_itself():
    body = "The tanker had left the Ukrainian port of Bilhorod-Dnistrovskyi for Constanta on Tuesday."
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("port", body)], docs)
    types = {row["entity_id"]: row["type"] for row in entity_rows}
    assert types[entity_at(mention_rows, "port", "Bilhorod-Dnistrovskyi")] == "GPE"


def test_feature_names_keep_their_of_phrase_and_lose_a_noun_that_is_not_theirs():
    body = (
        "Tankers rounded Somalia's Cape of Guardafui for weeks. Soldiers searched the Wusasa forest reserve, "
        "and loggers cleared land on Buru and Seram islands."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("features", body)], docs)
    texts = {m["text"] for m in mention_rows}
    assert "Cape of Guardafui" in texts and "Guardafui" not in texts
    assert "Wusasa" in texts and "Wusasa forest" not in texts, "the forest names a reserve"
    assert "Seram" in texts and "Seram islands" not in texts, "the plural is shared by both islands"


def test_another_sides_name_for_a_place_is_the_same_place():
    body = (
        "A Vietnamese trawler was rammed on Sunday near Tongbei Reef, which Hanoi calls Da Bac Reef, "
        "west of the Paracels. The trawler had entered waters near Qilian Jiao, China's name for the reef, "
        "a spokesman said."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("reef", body)], docs)
    reef = entity_at(mention_rows, "reef", "Tongbei Reef")
    assert entity_at(mention_rows, "reef", "Da Bac Reef") == reef
    assert entity_at(mention_rows, "reef", "Qilian Jiao") == reef


def test_a_capital_addressed_or_thanked_is_its_government():
    body = (
        "Lisbon had made clear to Rabat that the quota would stay, officials said. The rebels may look to Bamako for money. "
        "The premier thanked Dublin for its help. Later the minister flew to Rabat for a conference."
    )
    docs = list(nlp.parse([body]))
    entity_rows, mention_rows = entities.extract([article("capitals", body)], docs)
    assert entity_at(mention_rows, "capitals", "Rabat", 0) == "morocco"
    assert entity_at(mention_rows, "capitals", "Bamako") == "mali"
    assert entity_at(mention_rows, "capitals", "Dublin") == "ireland"
    assert entity_at(mention_rows, "capitals", "Rabat", 1) == "rabat", "a place one flies to stays the city"


def test_commissioner_is_a_title_but_a_high_commissioners_office_keeps_its_name():
    body = (
        "The hearing was presided over by Commissioner Dana Whitlock. Commissioner Whitlock said both sides had moved. "
        "The Office of the High Commissioner for Human Rights said deaths were rising."
    )
    docs = list(nlp.parse([body]))
    _, mention_rows = entities.extract([article("commission", body)], docs)
    texts = {m["text"] for m in mention_rows}
    assert "Dana Whitlock" in texts and not any(text.startswith("Commissioner") for text in texts if "Office" not in text)
    assert "Office of the High Commissioner for Human Rights" in texts


def test_a_known_town_where_places_stand_is_no_short_name_of_an_organisation_named_after_it():
    # The model may call the bare town an organisation; GeoNames and "students in" say it is the place,
    # so it does not join the union that carries its name.
    text = ("The Elmhurst Teachers Union and the school board reached a tentative agreement early Sunday, both sides said. "
            "The district serves about 9,000 students in Elmhurst and four nearby towns.")
    [doc] = nlp.parse([text])
    doc.ents = [Span(doc, e.start, e.end, label="ORG") if e.text == "Elmhurst" else e for e in doc.ents]
    _, mention_rows = entities.extract([article("elmhurst", text)], [doc])
    assert {m["entity_id"] for m in mention_rows if m["text"] == "Elmhurst"} == {"elmhurst"}
