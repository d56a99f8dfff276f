"""Quotes: quotation marks, direct and indirect quotes, speakers, relays, statements, scoring.

Every sentence here is written for these tests; none comes from the seed or gold articles.
Entities come from the real spaCy NER through the mentions row contract the entities stage
publishes (entity_id/name/type; mention entity_id/article_id/start/end/text).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from newsfacts import nlp, pipeline, quote_marks, quotes
from newsfacts.attribution import CUES_PATH, parse_cues
from newsfacts.errors import InputError
from newsfacts.evaluation import quotes as scorer
from newsfacts.ingest import Article, parse_article

import yaml


def _ner_rows(articles: list[Article], docs) -> tuple[list[dict], list[dict]]:
    """Entities and mentions as the entities stage shapes them; a surname joins the full name."""
    entities: dict[str, dict] = {}
    mentions = []
    for article, doc in zip(articles, docs):
        for span in doc.ents:
            if span.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            text = re.sub(r"^the ", "", span.text, flags=re.I)
            full = next((e["name"] for e in entities.values() if e["type"] == span.label_ and e["name"].endswith(" " + text)), text)
            entity_id = re.sub(r"\W+", "-", full.lower()).strip("-")
            entities.setdefault(entity_id, {"entity_id": entity_id, "name": full, "type": span.label_})
            mentions.append({"mention_id": f"{article.article_id}:{span.start_char}-{span.end_char}", "article_id": article.article_id, "entity_id": entity_id, "start": span.start_char, "end": span.end_char, "text": span.text})
    return list(entities.values()), mentions


def run(*bodies: str) -> tuple[list[dict], dict[str, str]]:
    articles = [Article(article_id=f"a{i}", source_file=f"a{i}.txt", sha256="", body=body) for i, body in enumerate(bodies)]
    docs = list(nlp.parse(bodies))
    entities, mentions = _ner_rows(articles, docs)
    rows = quotes.extract(articles, docs, entities, mentions)
    for row in rows:
        body = bodies[int(row["article_id"][1:])]
        assert body[row["start"] : row["end"]] == row["text"]
        if row["speaker_text"] is not None and row["speaker_start"] is not None:
            assert body[row["speaker_start"] : row["speaker_end"]] == row["speaker_text"]
    return rows, {e["entity_id"]: e["name"] for e in entities}


def by_text(rows: list[dict], kind: str) -> dict[str, dict]:
    return {row["text"]: row for row in rows if row["kind"] == kind}


# --- quotation marks -------------------------------------------------------------------


def test_marks_straight_curly_and_nested_single_quotes():
    body = '"We stay," she said. “They leave.” He said: "The sign read \'closed\' all week."'
    texts = [body[q.start : q.end] for q in quote_marks.find(body)]
    assert texts == ["We stay,", "They leave.", "The sign read 'closed' all week."]


def test_marks_multi_paragraph_quote_is_one_span():
    body = "“The first part runs on\n\n“and the second part ends here,” she said.\n\nNext paragraph."
    (quote,) = quote_marks.find(body)
    assert body[quote.start : quote.end] == "The first part runs on\n\n“and the second part ends here,"


def test_marks_unclosed_quote_ends_with_its_paragraph():
    body = '"An unclosed remark about prices\n\nA new paragraph without any mark.'
    (quote,) = quote_marks.find(body)
    assert body[quote.start : quote.end] == "An unclosed remark about prices"


def test_marks_single_quotes_in_british_style_skip_apostrophes():
    body = "‘The players’ union won’t back down,’ the captain said."
    (quote,) = quote_marks.find(body)
    assert body[quote.start : quote.end] == "The players’ union won’t back down,"


# --- direct quotes ---------------------------------------------------------------------


def test_split_quote_gives_two_rows_with_the_same_speaker():
    rows, names = run('"We will not close the library," Mayor Linda Carter said on Monday. "It belongs to everyone."')
    direct = by_text(rows, "direct")
    first, second = direct["We will not close the library,"], direct["It belongs to everyone."]
    assert names[first["speaker_entity_id"]] == "Linda Carter"
    assert second["speaker_entity_id"] == first["speaker_entity_id"]
    assert first["cue"] == "say"


def test_inverted_and_colon_attributions():
    rows, names = run('"There is no money left," said Robert Mills, the finance director.\n\nThomas Green told the council: "We have run out of options."')
    direct = by_text(rows, "direct")
    assert names[direct["There is no money left,"]["speaker_entity_id"]] == "Robert Mills"
    assert direct["There is no money left,"]["speaker_text"] == "Robert Mills"
    assert names[direct["We have run out of options."]["speaker_entity_id"]] == "Thomas Green"


def test_quote_after_a_colon_or_credited_with_according_to():
    rows, names = run('Peter Walsh was blunt: "We are not leaving."\n\n"The figures are wrong," according to Ruth Adler.')
    direct = by_text(rows, "direct")
    assert names[direct["We are not leaving."]["speaker_entity_id"]] == "Peter Walsh"
    assert direct["We are not leaving."]["cue"] is None
    assert names[direct["The figures are wrong,"]["speaker_entity_id"]] == "Ruth Adler"
    assert direct["The figures are wrong,"]["cue"] == "according to"


def test_partial_quote_inside_reported_speech_gives_direct_and_indirect_rows():
    rows, _ = run('The union leader Maria Lopez said the workers would "hold the line" until the spring.')
    assert "hold the line" in by_text(rows, "direct")
    assert 'the workers would "hold the line" until the spring' in by_text(rows, "indirect")


def test_whole_clause_in_quotes_is_only_a_direct_row():
    rows, _ = run('Maria Lopez said that "the talks have collapsed completely".')
    assert list(by_text(rows, "direct")) == ["the talks have collapsed completely"]
    assert by_text(rows, "indirect") == {}


@pytest.mark.parametrize(
    "body",
    [
        'The museum opened its "summer garden" exhibition on Friday.',  # scare quote, no speech verb
        'Fans sang "Glory Glory Harbour Town" for the whole second half.',  # a song title
        'The valleys are often called the "lost counties" of the region.',  # passive naming verb
        'The new coach, Peter "Rocky" Hale, arrived on Tuesday.',  # a nickname
        'A banner behind the goal read "Bring back our ground, not your profits".',  # nobody speaks
        'Fans unfurled a banner reading "Sell the club and leave our town" at kick-off.',
    ],
)
def test_scare_quotes_titles_nicknames_and_banners_are_not_quotes(body):
    rows, _ = run(body)
    assert by_text(rows, "direct") == {}


def test_multi_paragraph_quote_is_one_row_spanning_the_paragraphs():
    body = 'Judge Helen Ward addressed the defendant directly.\n\n"You abused the trust of your colleagues.\n\n"You will go to prison," she said.'
    rows, names = run(body)
    (row,) = [r for r in rows if r["kind"] == "direct"]
    assert row["text"] == 'You abused the trust of your colleagues.\n\n"You will go to prison,'
    assert names[row["speaker_entity_id"]] == "Helen Ward"


def test_quote_paragraph_without_attribution_continues_the_previous_speaker():
    body = '"The river rose faster than anyone expected," said Kevin Moore, a local farmer.\n\n"We lost half the herd in one night."'
    rows, names = run(body)
    continued = by_text(rows, "direct")["We lost half the herd in one night."]
    assert names[continued["speaker_entity_id"]] == "Kevin Moore" and continued["speaker_text"] is None
    assert continued["confidence"] < by_text(rows, "direct")["The river rose faster than anyone expected,"]["confidence"]


# --- indirect quotes -------------------------------------------------------------------


def test_indirect_forms():
    rows, names = run(
        "Prices will rise again next year, the central bank said on Tuesday.\n\n"
        "According to the regional health office, 40 patients were treated overnight.\n\n"
        "Critics welcomed the governor's announcement that the toll road would be scrapped."
    )
    indirect = by_text(rows, "indirect")
    assert indirect["Prices will rise again next year"]["cue"] == "say"
    assert indirect["40 patients were treated overnight"]["cue"] == "according to"
    assert indirect["the toll road would be scrapped"]["cue"] == "announce"
    assert indirect["the toll road would be scrapped"]["speaker_text"] == "the governor"


def test_speech_noun_speakers_and_passive_speech_verbs():
    rows, _ = run(
        "The weather agency issued a warning that more storms were likely.\n\n"
        "Critics welcomed the claim that taxes would fall.\n\n"
        'Asked whether she would appeal, Hannah Schmidt said: "We will see."'
    )
    indirect = by_text(rows, "indirect")
    assert indirect["more storms were likely"]["speaker_text"] == "The weather agency"
    assert indirect["taxes would fall"]["speaker_text"] is None  # the critics only welcomed it
    assert "whether she would appeal" not in indirect  # she was asked; she did not say it


def test_unnamed_speakers_keep_their_description_but_not_an_aside():
    rows, _ = run(
        "Two people familiar with the matter said the bid would be withdrawn.\n\n"
        "The minister, speaking to reporters in Geneva, insisted the deal was fair."
    )
    indirect = by_text(rows, "indirect")
    assert indirect["the bid would be withdrawn"]["speaker_text"] == "Two people familiar with the matter"
    assert indirect["the deal was fair"]["speaker_text"] == "The minister"


def test_second_speech_act_starts_a_new_row():
    rows, _ = run(
        "Anna Berg said the plant would stay open until March, and accused the owners of hiding the losses.\n\n"
        "The company warned that profits would fall by a third, citing weak demand in China."
    )
    indirect = by_text(rows, "indirect")
    assert "the plant would stay open until March" in indirect
    assert "profits would fall by a third" in indirect


def test_attribution_inside_the_clause_keeps_the_part_after_it():
    rows, _ = run("By Friday, the ministry said, more than 900 homes had lost power.")
    assert "more than 900 homes had lost power" in by_text(rows, "indirect")


# --- speakers ----------------------------------------------------------------------------


def test_pronoun_takes_the_main_subject_not_the_person_reported_on():
    body = 'Daniel Price said Simon Clarke had misled the board.\n\n"I warned them twice," he said.'
    rows, names = run(body)
    assert names[by_text(rows, "direct")["I warned them twice,"]["speaker_entity_id"]] == "Daniel Price"


@pytest.mark.parametrize(
    "body, speaker",
    [
        # Two people of whom the article says no gender: the given name breaks the tie.
        ('Douglas Pettigrew said Melissa Marchetti had misled the board.\n\n"I warned them twice," she said.', "Melissa Marchetti"),
        ('Melissa Marchetti said Douglas Pettigrew had misled the board.\n\n"I warned them twice," he said.', "Douglas Pettigrew"),
        ('Ingrid Solberg and Tobias Wennberg were fined on Monday.\n\n"It was time to go," she said.', "Ingrid Solberg"),
        # A possessive: "her office" is the woman's.
        ('Tobias Wennberg said Ingrid Solberg had resigned.\n\n"It was time to go," her office said.', "Ingrid Solberg"),
        # The article's own evidence wins over a name that is a woman's elsewhere ("Paula" is a
        # man's name in Tonga): the one person the sentence before offers, an honorific.
        ('Samoa coach Paula Tuilagi was less forgiving.\n\n"We were left on our own," he said.', "Paula Tuilagi"),
        ('Mr Paula Fonua said Douglas Pettigrew had misled the board.\n\n"I warned them twice," he said.', "Paula Fonua"),
    ],
)
def test_a_given_name_breaks_only_a_tie_the_article_leaves_open(body, speaker):
    rows, names = run(body)
    assert names[[r for r in rows if r["kind"] == "direct"][0]["speaker_entity_id"]] == speaker


def test_title_links_to_the_person_named_with_it():
    body = 'The city was hit by floods, Mayor Linda Carter said.\n\n"Every pump is running," the mayor said.'
    rows, names = run(body)
    row = by_text(rows, "direct")["Every pump is running,"]
    assert row["speaker_text"] == "the mayor"
    assert names[row["speaker_entity_id"]] == "Linda Carter"


def test_spokesperson_speaks_for_the_organisation_and_anonymous_sources_stay_unlinked():
    body = (
        "A spokeswoman for Microsoft said the outage had been fixed.\n\n"
        "An official who asked not to be named said the contract would be cancelled."
    )
    rows, names = run(body)
    indirect = by_text(rows, "indirect")
    assert names[indirect["the outage had been fixed"]["speaker_entity_id"]] == "Microsoft"
    anonymous = indirect["the contract would be cancelled"]
    assert anonymous["speaker_entity_id"] is None and anonymous["speaker_text"] == "An official who asked not to be named"


def test_lead_description_is_the_person_the_next_paragraph_names_unless_anonymous():
    second = "\n\nChief Inspector Mark Evans announced the decision at a press briefing in Leeds."
    named, _ = run("A senior police officer said the bridge would reopen on Monday." + second)
    anonymous, _ = run("An officer who asked not to be named said the bridge would reopen on Monday." + second)
    assert by_text(named, "indirect")["the bridge would reopen on Monday"]["speaker_entity_id"] == "mark-evans"
    row = by_text(anonymous, "indirect")["the bridge would reopen on Monday"]
    assert row["speaker_entity_id"] is None and row["speaker_text"] == "An officer who asked not to be named"


def test_organisation_description_refers_back_to_the_company():
    rows, names = run("Shares in Volvo Cars fell 8% on Tuesday after the Swedish carmaker said it would cut 900 jobs.")
    row = by_text(rows, "indirect")["it would cut 900 jobs"]
    assert row["speaker_text"] == "the Swedish carmaker" and names[row["speaker_entity_id"]].startswith("Volvo")


def test_possessive_organisation_is_the_one_named_in_its_holders_title():
    second = "\n\nJane Okafor, the leader of the People's Renewal Congress, was arrested outside her home."
    rows, names = run("Police in Lagos detained opposition leader Jane Okafor on Monday, her party said." + second)
    row = by_text(rows, "indirect")["Police in Lagos detained opposition leader Jane Okafor on Monday"]
    assert row["speaker_text"] == "her party" and names[row["speaker_entity_id"]] == "People's Renewal Congress"
    # An organisation named as another kind is not "his union".
    rows, names = run("Officers arrested the activist Tom Reyes on Friday, his union said.\n\nTom Reyes, a former officer of the Royal Air Force, heads a dockers' group.")
    row = by_text(rows, "indirect")["Officers arrested the activist Tom Reyes on Friday"]
    assert row["speaker_text"] == "his union" and row["speaker_entity_id"] is None


def test_pronoun_after_an_unlinked_spokesman_is_not_pinned_on_someone_earlier():
    body = (
        "Laura Stein, the union leader, said the offer was an insult.\n\n"
        "A spokesman for the organisers said the festival would go ahead.\n\n"
        '"Tickets are still on sale," he said.'
    )
    rows, _ = run(body)
    row = by_text(rows, "direct")["Tickets are still on sale,"]
    assert row["speaker_text"] == "he" and row["speaker_entity_id"] is None


def test_someone_else_acting_inside_a_reported_clause_does_not_end_it():
    rows, _ = run("Farmers blocked the main road on Monday, demanding lower fuel prices, residents said.")
    assert "Farmers blocked the main road on Monday, demanding lower fuel prices" in by_text(rows, "indirect")


def test_relay_outlet_is_its_own_column():
    rows, names = run('"We did not fire first," Colonel James Rhodes told Reuters.')
    row = by_text(rows, "direct")["We did not fire first,"]
    assert names[row["speaker_entity_id"]] == "James Rhodes"
    assert names[row["relay_entity_id"]] == "Reuters"


# --- statements across articles ----------------------------------------------------------


def test_same_statement_in_two_articles_shares_a_statement_id():
    first = '"The border will stay closed until the elections are over," Foreign Minister Pablo Ruiz said.'
    second = 'Pablo Ruiz said on Sunday that "the border will stay closed until the elections are over."'
    other = '"Our farmers need the border open again," said Pablo Ruiz.'
    rows, _ = run(first, second, other)
    direct = [r for r in rows if r["kind"] == "direct"]
    same = [r for r in direct if "stay closed" in r["text"]]
    assert len(same) == 2 and same[0]["statement_id"] == same[1]["statement_id"] == min(r["quote_id"] for r in same)
    (lone,) = [r for r in direct if "farmers" in r["text"]]
    assert lone["statement_id"] == lone["quote_id"]


def test_statement_groups_hold_a_shorter_quote_inside_a_longer_one_but_not_a_loose_echo():
    def row(quote_id, text, speaker="s"):
        return {"quote_id": quote_id, "text": text, "speaker_entity_id": speaker}

    rows = [
        row("b:q:1-2", "we will rebuild every school that the storm destroyed this year"),
        row("a:q:5-9", "rebuild every school that the storm destroyed"),  # inside the first
        row("c:q:1-2", "we will rebuild every road that the flood damaged last spring"),  # 5 of 10 words shared
        row("d:q:1-2", "rebuild every school that the storm destroyed", speaker="t"),  # someone else
    ]
    quotes.group_statements(rows)
    assert [r["statement_id"] for r in rows] == ["a:q:5-9", "a:q:5-9", "c:q:1-2", "d:q:1-2"]


def test_rows_are_deterministic_and_ids_come_from_offsets():
    body = '"Rates will fall," said Laura Stein. The bank said growth would slow sharply.'
    first, _ = run(body)
    second, _ = run(body)
    assert first == second
    assert all(row["quote_id"] == f"a0:q:{row['start']}-{row['end']}" for row in first)


# --- curation file -----------------------------------------------------------------------


def test_speech_cues_errors_name_the_file_and_the_entry():
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    data["reporting_verbs"].append("Say It")
    with pytest.raises(InputError, match=r"speech_verbs.yaml.*reporting_verbs"):
        parse_cues(data, CUES_PATH)
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    data["quoting_verbs"].append("say")
    with pytest.raises(InputError, match="both reporting_verbs and quoting_verbs"):
        parse_cues(data, CUES_PATH)


# --- scoring -----------------------------------------------------------------------------


def test_scorer_matches_by_normalised_token_f1_and_checks_speakers_by_surface_form():
    gold = [{
        "article_id": "a0",
        "entities": [{"name": "Linda Carter", "surface_forms": ["Linda Carter", "Carter"]}],
        "quotes": [
            {"kind": "direct", "text": "“We will not close the library,”", "speaker": "Linda Carter"},
            {"kind": "indirect", "text": "the library would stay open all summer", "speaker": None},
        ],
    }]
    tables = {
        "entities": [{"entity_id": "carter", "name": "Carter"}],
        "quotes": [
            {"article_id": "a0", "kind": "direct", "text": '"We will not close the library"', "speaker_entity_id": "carter"},
            {"article_id": "a0", "kind": "indirect", "text": "the library would stay open all summer long", "speaker_entity_id": None},
            {"article_id": "a0", "kind": "indirect", "text": "nothing like the gold", "speaker_entity_id": None},
        ],
    }
    metrics = scorer.score(gold, tables)
    assert metrics["direct_f1"] == 1.0 and metrics["direct_exact"] == 1.0
    assert metrics["indirect_precision"] == 0.5 and metrics["indirect_recall"] == 1.0 and metrics["indirect_exact"] == 0.0
    assert metrics["speaker_accuracy"] == 1.0 and metrics["anonymous_unlinked"] == 1.0
    assert "right, confidence >= 0.85" not in metrics  # no confidence column, nothing to judge it by
    for row, confidence in zip(tables["quotes"], (0.95, 0.9, 0.6)):
        row["confidence"] = confidence
    metrics = scorer.score(gold, tables)
    assert metrics["right, confidence >= 0.85"] == 1.0 and metrics["right, confidence < 0.85"] == 0.0
    assert metrics["share with confidence >= 0.85"] == 2 / 3


def test_scorer_judges_a_speaker_entity_by_its_mentions_and_qid_not_its_canonical_name_alone():
    gold = [{
        "article_id": "a0",
        "entities": [
            {"name": "Harbour Radio", "surface_forms": ["Harbour Radio"], "wikidata_id": None},
            {"name": "Tomas Berg", "surface_forms": ["Tomas Berg", "Berg"], "wikidata_id": "Q1"},
        ],
        "quotes": [
            {"kind": "indirect", "text": "the port would close at noon", "speaker": "Harbour Radio"},
            {"kind": "indirect", "text": "the ships would wait offshore", "speaker": "Tomas Berg"},
            {"kind": "indirect", "text": "the strike would last a week", "speaker": "Tomas Berg"},
        ],
    }]
    tables = {
        "entities": [
            {"entity_id": "hr", "name": "Harbour Radio Network", "wikidata_id": None},
            {"entity_id": "tb", "name": "Captain T. Berg", "wikidata_id": "Q1"},
            {"entity_id": "other", "name": "Port Authority", "wikidata_id": None},
        ],
        "mentions": [
            {"article_id": "a0", "entity_id": "hr", "text": "Harbour Radio"},
            {"article_id": "a1", "entity_id": "other", "text": "Berg"},  # another article's mention proves nothing here
        ],
        "quotes": [
            {"article_id": "a0", "kind": "indirect", "text": "the port would close at noon", "speaker_entity_id": "hr"},
            {"article_id": "a0", "kind": "indirect", "text": "the ships would wait offshore", "speaker_entity_id": "tb"},
            {"article_id": "a0", "kind": "indirect", "text": "the strike would last a week", "speaker_entity_id": "other"},
        ],
    }
    assert scorer.score(gold, tables)["speaker_accuracy"] == 2 / 3


def test_textacy_baseline_runs_on_the_shared_pipeline():
    body = '"We will not close the library," Linda Carter said.'
    article = Article(article_id="a0", source_file="a0.txt", sha256="", body=body)
    tables = scorer.baseline([article], [nlp.pipeline()(body)])
    assert [q["text"] for q in tables["quotes"]] == ["We will not close the library,"]


# --- the published table -----------------------------------------------------------------


def test_seed_quotes_table_keeps_offsets_and_keys(seed_package):
    root = Path(seed_package).parent
    descriptor = json.loads(Path(seed_package).read_text(encoding="utf-8"))
    fields = [f["name"] for r in descriptor["resources"] if r["name"] == "quotes" for f in r["schema"]["fields"]]
    with open(root / "data" / "articles.csv", encoding="utf-8", newline="") as handle:
        bodies = {row["article_id"]: row["body"] for row in csv.DictReader(handle)}
    with open(root / "data" / "quotes.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == fields
    assert {row["kind"] for row in rows} == {"direct", "indirect"}
    for row in rows:
        assert bodies[row["article_id"]][int(row["start"]) : int(row["end"])] == row["text"]
        assert row["quote_id"] == f"{row['article_id']}:q:{row['start']}-{row['end']}"


# --- speakers: general rules, each on sentences written for these tests -------------------


def run_linked(*bodies: str) -> tuple[list[dict], dict[str, str]]:
    """Like run, with the real entities stage, so gazetteer countries, peoples and capitals link."""
    from newsfacts import entities as entities_stage

    articles = [Article(article_id=f"a{i}", source_file=f"a{i}.txt", sha256="", body=body) for i, body in enumerate(bodies)]
    docs = list(nlp.parse(bodies))
    entities, mentions = entities_stage.extract(articles, docs)
    rows = quotes.extract(articles, docs, entities, mentions)
    return rows, {e["entity_id"]: e["name"] for e in entities}


def speaker_of(rows: list[dict], names: dict[str, str], text: str) -> str | None:
    (row,) = [r for r in rows if r["text"] == text]
    return names.get(row["speaker_entity_id"])


def test_a_subheading_the_parser_joins_to_the_next_paragraph_is_not_the_speaker():
    body = 'HARBOUR: \'NETS, NOT NOISE\'\n\nHarbour master Olga Brandt urged both fleets to "keep the nets out of the channel" and said the ban would stay.'
    rows, names = run(body)
    assert speaker_of(rows, names, "keep the nets out of the channel") == "Olga Brandt"


@pytest.mark.parametrize(
    "body, quote, speaker",
    [
        ('Union leader Tomas Berg said the drivers would respond "calmly and firmly" to any provocation.', "calmly and firmly", "Tomas Berg"),
        ('Karin Holm told reporters that the council had agreed to the plan "out of respect for the residents".', "out of respect for the residents", "Karin Holm"),
        ('Ines Moreau said the charity had asked the port for permission to unload the boats "within the week".', "within the week", "Ines Moreau"),
    ],
)
def test_a_quote_that_only_qualifies_a_verb_inside_reported_speech_is_the_reporters(body, quote, speaker):
    rows, names = run(body)
    assert speaker_of(rows, names, quote) == speaker


def test_a_verb_in_reported_speech_that_takes_the_quote_as_its_words_keeps_its_own_speaker():
    rows, names = run('Ines Moreau said Paul Girard had called the plan "a betrayal of the valley".')
    assert speaker_of(rows, names, "a betrayal of the valley") == "Paul Girard"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("Norway's foreign ministry said the talks would resume in Oslo next month.", "the talks would resume in Oslo next month", "Norway"),
        ("Sweden protested on Monday after Denmark closed its fishing waters.\n\nLater that day a government spokesman said the quota would not change.", "the quota would not change", "Denmark"),
        ("Farmers blocked a road near Nakuru in Kenya. Kenyan police said two people were arrested on Friday.", "two people were arrested on Friday", "Kenya"),
        ("Chile and Peru held talks. Chilean ministry officials met the miners on Monday, and Peru sent observers. A ministry spokeswoman said a deal was close.", "a deal was close", "Chile"),
    ],
)
def test_an_unnamed_organ_of_a_state_speaks_for_that_state(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


def test_an_organ_of_a_people_whose_country_is_not_named_is_no_other_state():
    body = "Drones struck a power plant near Odesa in Ukraine on Sunday. Ukraine's air force said it had shot down 31 drones. The Russian defence ministry said it had hit military targets."
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "it had shot down 31 drones") == "Ukraine"
    assert speaker_of(rows, names, "it had hit military targets") is None


def test_plural_officers_of_a_state_and_an_unnamed_police_spokeswoman_stay_anonymous():
    rows, names = run_linked("Farmers blocked a road near Nakuru in Kenya. Prosecutors said the evidence was overwhelming. A police spokeswoman said the road had reopened by noon.")
    assert speaker_of(rows, names, "the evidence was overwhelming") is None
    assert speaker_of(rows, names, "the road had reopened by noon") is None


def test_a_spokesperson_named_in_apposition_is_the_speaker():
    rows, names = run('"We are ready for the final," said the club\'s spokesman, Daniel Otieno.')
    assert speaker_of(rows, names, "We are ready for the final,") == "Daniel Otieno"


def test_his_office_is_the_person():
    rows, names = run("Senator Alan Pike met farmers in Iowa on Monday.\n\nPike will travel to Denver next week to meet the governor, his office said.")
    assert speaker_of(rows, names, "Pike will travel to Denver next week to meet the governor") == "Alan Pike"


def test_a_document_named_again_has_the_same_author_and_one_an_outlet_saw_has_none():
    body = (
        "According to a statement released by the Green Party, the count had been rigged in three districts. "
        'The same statement warned that the party would "take to the streets".\n\n'
        "According to a letter seen by Reuters, the minister offered to resign in May."
    )
    rows, names = run(body)
    assert speaker_of(rows, names, "the count had been rigged in three districts") == "Green Party"
    assert speaker_of(rows, names, "take to the streets") == "Green Party"
    assert speaker_of(rows, names, "the minister offered to resign in May") is None


def test_a_person_described_by_an_organisation_stays_anonymous_but_its_observers_speak_for_it():
    body = (
        "An EU diplomat, speaking on condition of anonymity, said the draft had been weakened overnight. "
        "European Union observers said the count in Tete was flawed."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the draft had been weakened overnight") is None
    assert speaker_of(rows, names, "the count in Tete was flawed") == "European Union"


def test_a_document_speaks_for_its_publisher_and_an_office_or_arm_for_its_owner():
    body = (
        "The school board praised Oxfam in May for its budget \"Fiscal Outlook for Rural Schools\". "
        'Its report "Fiscal Outlook for Rural Schools" said that 40 schools had closed since 2019.\n\n'
        "Kenya held talks. Kenya's prosecutor-general's office says the suspect is being held in Mombasa.\n\n"
        "According to a statement released by the Green Party's youth wing, the march would go ahead on Sunday."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "40 schools had closed since 2019") == "Oxfam"
    assert speaker_of(rows, names, "the suspect is being held in Mombasa") == "Kenya"
    assert speaker_of(rows, names, "the march would go ahead on Sunday") == "Green Party"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a kind the noun stands for, in the organisation's name
        ("The strike was called by the Kerala Nurses' Association on Monday. Most wards stayed open, according to the union.", "Most wards stayed open", "Kerala Nurses' Association"),
        # a word of the name other than the last
        ("The Lagos Chamber of Commerce urged calm. Exports fell by a third in March, the chamber said.", "Exports fell by a third in March", "Lagos Chamber of Commerce"),
        # a description the article gives the organisation
        ("Investors sold shares in Nordbahn AG, the national railway operator, on Monday. Trains would run again by noon, according to the railway.", "Trains would run again by noon", "Nordbahn AG"),
        # the employers in a dispute
        ("Talks between the dockers and Harbour Freight Holdings collapsed. A spokesman for the employers said the offer was final.", "the offer was final", "Harbour Freight Holdings"),
    ],
)
def test_an_organisation_noun_refers_back_to_the_organisation_named_as_that_kind(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a court by its kind's other word
        ("The Constitutional Tribunal of Ruritania heard the appeal by Vela Mining on Monday. The court said the permit had been granted unlawfully.", "the permit had been granted unlawfully", "Constitutional Tribunal of Ruritania"),
        # a charity named as a fund
        ("The Northfield Children's Fund flew tents to the valley on Tuesday. The charity said the roads were still closed.", "the roads were still closed", "Northfield Children's Fund"),
        # a consortium named for its partners, through a spokesperson
        ("The bid came from Harbour Bay Partners, led by a Boston investor. A spokesperson for the consortium said the offer was final.", "the offer was final", "Harbour Bay Partners"),
        # an alliance the article describes so
        ("The Andean Security Pact, a military alliance of four states, met in Quito on Friday. An alliance spokesperson said two frigates had been sent.", "two frigates had been sent", "Andean Security Pact"),
    ],
)
def test_an_institution_noun_refers_back_to_the_institution_of_its_kind(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text",
    [
        # a movement is not the company the paragraph is about
        ("Vela Mining said on Monday that it would appeal the ban. The movement said the mine must close for good.", "the mine must close for good"),
        # a city's prefecture does not speak for the city
        ("Farmers drove tractors into Lyon on Tuesday. Police detained 12 people near the station, the Lyon police prefecture said.", "Police detained 12 people near the station"),
    ],
)
def test_an_institution_noun_never_stands_for_an_organisation_of_another_kind(body, text):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) is None


def test_officials_of_an_organisation_speak_for_it_where_residents_of_a_place_do_not():
    body = (
        "Officials of the World Health Organization said on Monday that the outbreak had reached two more provinces. "
        "Residents of Goma said the clinics had run out of gloves."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the outbreak had reached two more provinces") == "World Health Organization"
    assert speaker_of(rows, names, "the clinics had run out of gloves") is None


def test_a_group_in_the_lead_is_the_organisation_the_next_paragraphs_credit():
    body = (
        "Soldiers fired on protesters in the capital on Friday, killing three people, a rights group said.\n\n"
        "The protest began at dawn outside the parliament.\n\n"
        "According to the Centre for Civic Freedom, at least 40 people were arrested."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Soldiers fired on protesters in the capital on Friday, killing three people") == "Centre for Civic Freedom"


@pytest.mark.parametrize("description", ["the agency", "the regulatory body"])
def test_a_lead_description_is_the_source_named_next_not_an_organisation_named_in_passing(description):
    body = (
        f"Two pilots of Volta Airways were suspended on Tuesday after their jet landed on a closed runway in Tarvik, {description} said.\n\n"
        "Nobody was hurt in the landing.\n\n"
        "The Civil Aviation Authority said its inspectors would review the airport's lighting."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Two pilots of Volta Airways were suspended on Tuesday after their jet landed on a closed runway in Tarvik") == "Civil Aviation Authority"


def test_a_lead_description_is_still_the_organisation_the_lead_names_as_its_actor():
    body = (
        "Volta Airways will cut 300 jobs and close two routes next year, the company said.\n\n"
        "The Civil Aviation Authority said it had not been told of the plan."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Volta Airways will cut 300 jobs and close two routes next year") == "Volta Airways"


def test_said_in_a_statement_that_is_the_subjects_statement():
    rows, names = run_linked("The Ministry of Health said in a statement that 40 clinics had reopened across the country on Friday.")
    (row,) = [r for r in rows if r["text"] == "40 clinics had reopened across the country on Friday"]
    assert names[row["speaker_entity_id"]] == "Ministry of Health" and row["cue"] == "say"


@pytest.mark.parametrize(
    "first, author",
    [
        # "in a statement" is the means of whatever its clause's subject did, not only of speech.
        ("The Northern Liberation Front rejected the ceasefire in a statement broadcast on local radio on Friday night.", "Northern Liberation Front"),
        ("The Harbour Workers Union issued a statement on Monday after talks with the port operator collapsed.", "Harbour Workers Union"),
        # The statement last named, not the one of whoever last spoke "in a statement".
        ("Mayor Olga Brandt said in a statement that the bridge would reopen next week.\n\nThe Green Coast Party later published a statement condemning the delay.", "Green Coast Party"),
    ],
)
def test_the_statement_is_the_author_of_the_statement_last_named(first, author):
    rows, names = run_linked(first + '\n\n"Our people have waited long enough for this," the statement said.')
    assert speaker_of(rows, names, "Our people have waited long enough for this,") == author


def test_the_spokesman_quoted_on_is_the_person_who_just_spoke():
    body = (
        '"The harbour will reopen on Monday," Chief Secretary Olga Brandt told reporters on Friday.\n\n'
        '"We will not let one storm close the coast for a week," the top government spokeswoman said.'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "We will not let one storm close the coast for a week,") == "Olga Brandt"


def test_a_spokesman_for_a_kind_of_organisation_is_not_the_person_who_just_spoke():
    body = (
        '"We were beaten by the better side," Coach Olga Brandt told reporters on Saturday.\n\n'
        '"The board will meet on Monday to discuss her future," the club spokeswoman said.'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "The board will meet on Monday to discuss her future,") != "Olga Brandt"


def test_the_spokesman_is_not_the_last_speaker_once_someone_else_is_named():
    body = (
        '"The harbour will reopen on Monday," Chief Secretary Olga Brandt told reporters on Friday. '
        "Opposition leader Tomas Berg called the plan reckless.\n\n"
        '"We will not let one storm close the coast for a week," the government spokeswoman said.'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "We will not let one storm close the coast for a week,") not in ("Olga Brandt", "Tomas Berg")


def test_thanked_for_quoted_words_are_the_thankers_and_the_outlet_only_reports_them():
    rows, names = run_linked('Norway welcomed the deal and thanked Oman for its "patient work", the state news agency NTB reported.')
    (row,) = [r for r in rows if r["text"] == "patient work"]
    assert names[row["speaker_entity_id"]] == "Norway" and row["cue"] == "thank"


def test_a_lead_attribution_to_a_title_is_the_person_the_next_paragraph_names():
    body = (
        "The two parties agreed on Monday to reopen the border crossing, in a deal brokered by Kenya, the African Union mediator said.\n\n"
        "Joseph Kamau told reporters in Addis Ababa that the crossing would open at dawn."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "The two parties agreed on Monday to reopen the border crossing, in a deal brokered by Kenya") == "Joseph Kamau"


def test_a_person_named_after_a_long_title_is_the_speaker():
    rows, names = run_linked('"We will not back down," Energy and Natural Resources Minister Kwame Asante told reporters in Accra.')
    assert speaker_of(rows, names, "We will not back down,") == "Kwame Asante"


def test_a_title_the_article_never_ties_to_a_name_is_the_person_named_next_but_a_later_the_official_stays_anonymous():
    body = (
        "The premier said the province would not raise fuel taxes this year. "
        '"Families are paying enough," Marta Lindqvist told reporters in Halifax.\n\n'
        "A senior official who asked not to be named said the budget would be cut. "
        "The official said three hospitals would close."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the province would not raise fuel taxes this year") == "Marta Lindqvist"
    assert speaker_of(rows, names, "three hospitals would close") is None


def test_a_spokesperson_of_an_organisation_named_by_a_short_form_and_the_country_last_named():
    body = (
        "Harbour Town Rovers were fined on Friday. A Rovers spokesperson said the club would appeal.\n\n"
        "Pakistan's army said its troops had raided a camp near the border with Afghanistan.\n\n"
        "The military's media wing said weapons were recovered."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the club would appeal") in ("Harbour Town Rovers", "Rovers")  # however the entities stage names it
    assert speaker_of(rows, names, "weapons were recovered") == "Pakistan"


def test_analysts_at_a_named_firm_speak_for_it_but_counted_analysts_stay_anonymous():
    body = (
        "Copper rose 2% on Monday, analysts at Goldman Sachs said in a note. "
        "Two analysts at Goldman Sachs said the rally would fade."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Copper rose 2% on Monday") == "Goldman Sachs"
    assert speaker_of(rows, names, "the rally would fade") is None


def test_an_unnamed_regulator_speaks_for_its_country_unless_the_article_named_it():
    body = (
        "Ofcom, the British media regulator, fined the broadcaster on Monday. The regulator said the fine was the largest since 2019.\n\n"
        "Nigeria's oil regulator said it had approved the sale of the fields."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the fine was the largest since 2019") == "Ofcom"
    assert speaker_of(rows, names, "it had approved the sale of the fields") == "Nigeria"


def test_it_after_an_office_is_its_owner_and_they_after_anonymous_officials_stay_anonymous():
    body = (
        "Hungary said on Monday it would veto the package.\n\n"
        "Prime Minister Viktor Orban's office said the proposal ignored Hungary's interests. It said a letter would be sent to Brussels.\n\n"
        "Diplomats in Brussels, speaking on condition of anonymity, said talks had stalled. They said Hungary had been isolated."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "a letter would be sent to Brussels") == "Viktor Orbán"
    assert speaker_of(rows, names, "Hungary had been isolated") is None


def test_the_group_is_the_organisation_acting_in_its_paragraph_before_one_named_as_a_kind():
    body = (
        "The Garment Exporters Association said 50 factories had closed.\n\n"
        'Amnesty International urged the authorities to free the workers. "Protest is not a crime," the group said.'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Protest is not a crime,") == "Amnesty International"


def test_they_after_a_spokesperson_is_that_spokesperson():
    body = (
        "The nurses' union said its members would strike in May.\n\n"
        "A spokesperson for the Harbour Trust said the offer was fair. They added that the strike would put patients at risk."
    )
    rows, names = run_linked(body)
    first = speaker_of(rows, names, "the offer was fair")
    assert speaker_of(rows, names, "the strike would put patients at risk") == first


def test_quoted_as_saying_credits_the_one_quoted_and_relays_through_the_outlet():
    rows, names = run_linked("The news agency IRNA quoted a government spokeswoman, Leila Karimi, as saying that talks would resume in Oman.")
    (row,) = [r for r in rows if r["text"] == "talks would resume in Oman"]
    assert names[row["speaker_entity_id"]] == "Leila Karimi"
    assert names[row["relay_entity_id"]] in ("IRNA", "Islamic Republic News Agency")


def test_said_in_a_report_seen_by_an_outlet_that_is_the_speakers_clause_and_an_agency_is_no_outlet():
    rows, names = run_linked(
        "The International Atomic Energy Agency met on Monday. The agency said in a confidential report seen by Reuters that inspectors had been denied access to two sites."
    )
    (row,) = [r for r in rows if r["text"] == "inspectors had been denied access to two sites"]
    assert names[row["speaker_entity_id"]] == "International Atomic Energy Agency"


def test_a_title_is_not_the_next_person_named_unless_that_person_speaks():
    rows, names = run_linked("The premier said the fuel tax would stay. Opposition leader Marta Lindqvist met farmers in Halifax on Monday.")
    assert speaker_of(rows, names, "the fuel tax would stay") is None


def test_a_news_conference_is_an_audience_not_a_relay():
    rows, names = run_linked("Energy Minister Thabo Nkosi told a news conference in Pretoria that the outages would end by Friday.")
    (row,) = [r for r in rows if r["text"] == "the outages would end by Friday"]
    assert names[row["speaker_entity_id"]] == "Thabo Nkosi" and row["relay_entity_id"] is None


def test_a_place_inside_a_longer_name_the_ner_missed_is_not_the_speaker():
    from newsfacts.speakers import ArticleSpeakers

    body = "Business Unity South Africa said the cuts would cost millions."
    doc = nlp.pipeline()(body)
    start = body.index("South Africa")
    mentions = [{"entity_id": "south-africa", "start": start, "end": start + len("South Africa")}]
    entities = {"south-africa": {"entity_id": "south-africa", "name": "South Africa", "type": "GPE"}}
    article = ArticleSpeakers.build(doc, [0], mentions, entities, [])
    head = next(t for t in doc if t.text == "Africa")
    assert article.resolve(doc[0 : head.i + 1], head, 0).entity_id is None
    place = nlp.pipeline()("South Africa said the cuts would cost millions.")
    article = ArticleSpeakers.build(place, [0], [{"entity_id": "south-africa", "start": 0, "end": 12}], entities, [])
    assert article.resolve(place[0:2], place[1], 0).entity_id == "south-africa"


@pytest.mark.parametrize("who", ["Police", "Local police", "Police in Nakuru"])
def test_police_as_a_body_are_the_police_of_the_storys_country(who):
    # Uganda is named last, but the story is Kenya's: its police are Kenya's.
    body = f"Farmers blocked a road near Nakuru in Kenya. Kenyan unions backed them, and Kenya's farm minister met them.\n\nTraders from Uganda joined the march. {who} said two people were arrested on Friday."
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "two people were arrested on Friday") == "Kenya"


def test_police_as_a_body_are_the_force_the_article_names_but_one_officer_stays_anonymous():
    body = (
        "Fishermen blocked the harbour in Tema on Monday. The Ghana Police Service sent officers to the port.\n\n"
        "Police said nine people were held overnight. A police commander said the road was open again."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "nine people were held overnight") == "Ghana Police Service"
    assert speaker_of(rows, names, "the road was open again") is None


def test_unnamed_police_in_a_story_that_names_no_country_yet_stay_unlinked():
    body = "Councillors voted on Tuesday to ban cars from the old town. Police said they had no instructions.\n\nThe regional government in Munich said it would review the ban."
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "they had no instructions") is None


def test_a_lead_attribution_to_a_group_that_is_no_title_is_not_the_person_named_next():
    body = (
        "The electoral council declared the president the winner, but the opposition said its own tally showed a landslide.\n\n"
        "The council's chairman, Ruben Ortega, said the president had won 51% of the vote."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "its own tally showed a landslide") is None


def test_a_title_is_not_the_next_speaker_when_the_article_gives_that_speaker_another_title():
    body = 'The premier said the fuel tax would stay. "This is a betrayal," said Marta Lindqvist, an opposition lawmaker.'
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the fuel tax would stay") is None


@pytest.mark.parametrize(
    "body, name, linked",
    [
        ("Opposition leader in the Sindh Assembly Tunde Bakare said fares would rise.", "Tunde Bakare", True),
        ("Head of the transport committee in the European Parliament Tunde Bakare said fares would rise.", "Tunde Bakare", True),
        ("A lawyer for Tunde Bakare said fares would rise.", "Tunde Bakare", False),
    ],
)
def test_a_long_title_ending_in_a_name_is_that_person(body, name, linked):
    from newsfacts.speakers import ArticleSpeakers

    doc = nlp.pipeline()(body)
    start = body.index(name)
    mentions = [{"entity_id": "bakare", "start": start, "end": start + len(name)}]
    entities = {"bakare": {"entity_id": "bakare", "name": name, "type": "PERSON"}}
    article = ArticleSpeakers.build(doc, [0], mentions, entities, [])
    verb = next(t for t in doc if t.text == "said")
    head = next(t for t in verb.children if t.dep_ == "nsubj")
    speaker = article.resolve(doc[0 : verb.i], head, 0).entity_id
    assert (speaker == "bakare") is linked


def test_an_unnamed_army_is_its_states_armed_force_when_the_article_names_it():
    body = 'Rockets hit Israel on Sunday. The Israeli military said three rockets were launched. "The Israel Defense Forces will respond," the army said.'
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "three rockets were launched") == "Israel Defense Forces"
    assert speaker_of(rows, names, "The Israel Defense Forces will respond,") == "Israel Defense Forces"
    rows, names = run_linked('Troops clashed in Kashmir. "The Pakistan Army will respond," a spokesman said. India\'s army said two soldiers were killed.')
    assert speaker_of(rows, names, "two soldiers were killed") == "India"
    rows, names = run_linked("Rockets hit Israel on Sunday. The Israeli military said three rockets were launched.")
    assert speaker_of(rows, names, "three rockets were launched") == "Israel"


def test_a_name_in_close_apposition_is_the_speaker():
    rows, names = run_linked("Floods hit Jakarta. The National Disaster Mitigation Agency said 12 people died. Singapore sent boats, according to the state news agency Antara.")
    assert speaker_of(rows, names, "12 people died") == "National Disaster Mitigation Agency"
    (row,) = [r for r in rows if r["text"] == "Singapore sent boats"]
    assert (row["speaker_text"], names.get(row["speaker_entity_id"])) == ("the state news agency Antara", "Antara")


def test_an_organisation_named_as_a_modifier_of_its_kind_is_the_speaker():
    # The parser hangs "dpa" (as an adjective) and a name with its acronym in brackets on the
    # noun as modifiers; the name still says which agency, not the last agency the article named.
    body = (
        "Ferries to the islands were cancelled on Monday, according to the dpa news agency. "
        "A cargo ship was struck by a drone off Mukalla, the United Kingdom Maritime Trade Operations (UKMTO) agency said. "
        "Power was cut in two districts, the Russian news agency said."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Ferries to the islands were cancelled on Monday") == "Deutsche Presse-Agentur"
    assert speaker_of(rows, names, "A cargo ship was struck by a drone off Mukalla") == "United Kingdom Maritime Trade Operations"
    assert speaker_of(rows, names, "Power was cut in two districts") is None  # of a kind, not named


def test_the_board_is_the_organisation_last_named_as_a_subject():
    body = "The players' union protested on Monday after Cricket Australia banned the bowler for a year.\n\nThe board said the player had broken his contract."
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the player had broken his contract") == "Cricket Australia"


@pytest.mark.parametrize(
    "body, clause",
    [
        ('The ombudsman said it was "deeply worried" by reports that prisoners had been beaten.', 'it was "deeply worried" by reports that prisoners had been beaten'),
        ('The league said it was "reviewing the footage carefully" but had not yet fined anyone.', 'it was "reviewing the footage carefully" but had not yet fined anyone'),
        ('The club said it was "shocked" and left the meeting early.', 'it was "shocked"'),
        ('The federation said it was "following events closely" but had not been asked to intervene.', 'it was "following events closely" but had not been asked to intervene'),
    ],
)
def test_a_reported_clause_runs_on_past_a_partial_quotes_closing_mark(body, clause):
    rows, _ = run(body)
    assert clause in [r["text"] for r in rows if r["kind"] == "indirect"]


def test_a_speech_verb_takes_the_clause_in_its_own_paragraph_when_the_parser_joins_two():
    body = '"We have waited long enough, and the next strike will have no end date."\n\nMoreau said the union had not decided whether to challenge the ban.'
    rows, _ = run(body)
    assert "the union had not decided whether to challenge the ban" in [r["text"] for r in rows if r["kind"] == "indirect"]


@pytest.mark.parametrize(
    "body, clause",
    [
        ("Prices had been expected to rise in March, but the increase was delayed, the bank said.", "Prices had been expected to rise in March, but the increase was delayed"),
        ("Two people died when the roof collapsed, police said.", "Two people died when the roof collapsed"),
    ],
)
def test_an_attribution_closing_the_sentence_covers_all_of_it(body, clause):
    rows, _ = run(body)
    assert clause in [r["text"] for r in rows if r["kind"] == "indirect"]


def test_a_reported_clause_keeps_the_subject_the_parser_made_the_speech_verbs_object():
    rows, _ = run("The union said two of its members of the Kenyan Senate, Ann Wairimu and John Otieno, were among those detained.")
    assert [r["text"] for r in rows if r["kind"] == "indirect"] == ["two of its members of the Kenyan Senate, Ann Wairimu and John Otieno, were among those detained"]
    rows, _ = run("Officials told reporters the bridge was closed.")
    assert [r["text"] for r in rows if r["kind"] == "indirect"] == ["the bridge was closed"]


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # The parser hangs the name on the organisation; a person is no apposition to one.
        ("The head of the World Food Programme, Cindy McCain, said rations would be cut in March.", "rations would be cut in March", "Cindy McCain"),
        # A title the tagger reads as a proper noun, with the name in apposition.
        ("The Minister of Fisheries, Ingrid Solberg, told reporters that the quota would be cut by a third.", "the quota would be cut by a third", "Ingrid Solberg"),
        # A relative clause's speaker is the person the description stands beside.
        ('"The water came in an hour," said Pedro Alves, a baker who said he had lost his shop.', "he had lost his shop", "Pedro Alves"),
    ],
)
def test_a_name_in_apposition_to_a_described_speaker_is_the_speaker(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("Human Rights Watch's Kenya office said the arrests were arbitrary.", "the arrests were arbitrary", "Human Rights Watch"),
        ("The Mombasa chapter of the Kenya Medical Association said nine patients were treated for gunshot wounds.", "nine patients were treated for gunshot wounds", "Kenya Medical Association"),
    ],
)
def test_a_place_on_an_organisations_office_or_chapter_only_says_which_one(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


def test_the_document_a_speaker_said_something_in_speaks_for_them_again():
    body = (
        "The World Health Organization said in a statement that three new cases had been confirmed in Goma.\n\n"
        "Vaccinations would begin on Monday, the statement said."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Vaccinations would begin on Monday") == "World Health Organization"


def test_the_presidency_is_the_sitting_president_the_article_names_not_a_former_one():
    body = (
        "President Samia Suluhu Hassan dismissed the energy minister on Friday, the presidency said.\n\n"
        "The minister had been appointed by former president John Magufuli in 2019."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "President Samia Suluhu Hassan dismissed the energy minister on Friday") == "Samia Suluhu Hassan"


def test_an_organisation_noun_prefers_the_name_with_the_whole_phrase_over_a_description():
    # Frontex's gazetteer description is the "European Border and Coast Guard Agency".
    body = (
        "The Italian Coast Guard rescued 80 people off Lampedusa on Sunday. Frontex said its aircraft had spotted the boat.\n\n"
        "According to the coast guard, the boat had left Sfax two days earlier."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the boat had left Sfax two days earlier") == "Italian Coast Guard"


@pytest.mark.parametrize(
    "body, quote, is_statement",
    [
        ('The coach said that "not a single player" would be sold before May.', "not a single player", True),
        ('Maria Keller said the "slow but certain" recovery would take two more years.', "slow but certain", True),
        ('Economists said that talk of a "jobless boom" was premature.', "jobless boom", False),
        ('The mayor said the "ghost buses" had been withdrawn.', "ghost buses", False),
    ],
)
def test_a_short_quote_in_a_reported_subject_is_phrasing_unless_it_is_a_bare_label(body, quote, is_statement):
    rows, _ = run(body)
    assert (quote in by_text(rows, "direct")) is is_statement


def test_a_partial_quote_that_hangs_on_another_quotes_words_is_still_the_speakers():
    body = 'The mining union said it "utterly rejects" the offer and would stage "rolling walkouts" across the region.'
    rows, names = run(body)
    direct = by_text(rows, "direct")
    assert {"utterly rejects", "rolling walkouts"} <= set(direct)
    assert direct["rolling walkouts"]["cue"] == "say"


@pytest.mark.parametrize(
    "body, text",
    [
        # The second "that" clause is conjoined to the speech verb after a partial quote.
        ('She said the union was willing to meet the owners in Durban "as early as Friday", and that she had spoken by phone with the labour minister.',
         'the union was willing to meet the owners in Durban "as early as Friday", and that she had spoken by phone with the labour minister'),
        # "told a briefing that ...": the parser makes the report a relative clause of the listener.
        ("The minister told a briefing that the firms operated in Angola legally.", "the firms operated in Angola legally"),
    ],
)
def test_one_report_is_one_indirect_row_however_the_parser_splits_it(body, text):
    rows, _ = run(body)
    assert text in by_text(rows, "indirect")


def test_a_document_that_found_something_reports_it_for_its_author_but_police_finding_a_body_do_not():
    body = (
        "A survey by the Pew Research Center published on Monday found that most voters distrusted the parties. "
        "Police found a body near the river on Tuesday."
    )
    rows, names = run_linked(body)
    indirect = by_text(rows, "indirect")
    assert names.get(indirect["most voters distrusted the parties"]["speaker_entity_id"]) == "Pew Research Center"
    assert not any("body" in text for text in indirect)


def test_a_tally_by_an_organisation_is_its_statement():
    rows, names = run_linked("More than 80 people have died since the floods began, according to a tally by the World Health Organization.")
    assert speaker_of(rows, names, "More than 80 people have died since the floods began") == "World Health Organization"


def test_a_continuing_quote_of_place_names_and_a_verb_is_no_title():
    # spaCy's stop list holds "move"; "From Oslo to Bergen" would otherwise read as a title.
    body = '"If they want a fight, they will get one," Mr Lund told reporters. "From Oslo to Bergen, nothing will move."'
    rows, _ = run(body)
    assert "From Oslo to Bergen, nothing will move." in by_text(rows, "direct")


def test_a_demand_is_a_request_not_a_statement_but_its_quoted_words_are_quoted():
    body = 'Farmers demanded that the levy be scrapped. Their leader demanded "a full apology" from the minister.'
    rows, _ = run(body)
    assert "the levy be scrapped" not in by_text(rows, "indirect")
    assert by_text(rows, "direct")["a full apology"]["cue"] == "demand"


def test_a_court_ruling_is_reported_speech():
    rows, _ = run("The High Court in Nairobi ruled that the eviction orders were unlawful.")
    assert by_text(rows, "indirect")["the eviction orders were unlawful"]["cue"] == "rule"


@pytest.mark.parametrize(
    "body, kept, withheld",
    [
        ("A spokeswoman for the airline declined to say whether the pilots had been suspended.", None, "whether the pilots had been suspended"),
        ('A diplomat told Reuters that "a large sum" had been paid to the kidnappers, without saying who had paid it.',
         '"a large sum" had been paid to the kidnappers', "who had paid it"),
    ],
)
def test_a_speech_act_not_made_reports_nothing_and_ends_the_clause_before_it(body, kept, withheld):
    indirect = by_text(run(body)[0], "indirect")
    assert withheld not in indirect and not any(withheld in text for text in indirect)
    if kept is not None:
        assert kept in indirect


@pytest.mark.parametrize(
    "body, text",
    [
        # The reported clause goes on past the partial quote in reported tense.
        ('The ministry said it was "following events closely" but had no plans to send troops.',
         'it was "following events closely" but had no plans to send troops'),
        # Another speaker's act the writer sets beside the report is not part of it.
        ('Serbian police said they had detained three men near the border, as Zagreb accused Belgrade of "staging arrests".',
         "they had detained three men near the border"),
    ],
)
def test_where_a_reported_clause_ends(body, text):
    assert text in by_text(run(body)[0], "indirect")


def test_a_states_police_are_the_force_the_article_names_for_that_state():
    body = (
        "Miners in Ghana clashed with guards near the border with Togo. The Ghana Police Service deployed officers on Monday.\n\n"
        "Ghanaian police said 14 people were arrested overnight. Togolese police said the border stayed open."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "14 people were arrested overnight") == "Ghana Police Service"
    assert speaker_of(rows, names, "the border stayed open") == "Togo"


def test_a_report_is_not_a_relay_of_the_previous_paragraphs_speech_the_parser_joined_to_it():
    body = (
        '"If the rockets do not stop, there will be no quiet in Haifa," Levi said in a post on X.\n\n'
        "A Syrian security official, speaking on condition of anonymity because he was not authorised to brief the media, "
        "told Al Jazeera the army had arrested three men in Daraa on Monday."
    )
    assert "the army had arrested three men in Daraa on Monday" in by_text(run(body)[0], "indirect")


@pytest.mark.parametrize(
    "body, quote, is_statement",
    [
        ("Her former coach, Jan Berg, posted a single line on Instagram: “Free Maria.”", "Free Maria.", True),
        ('The striker, known as "Big Sam", said he would stay.', "Big Sam", False),
    ],
)
def test_a_short_whole_sentence_is_a_statement_but_a_nickname_is_not(body, quote, is_statement):
    assert (quote in by_text(run(body)[0], "direct")) is is_statement


def test_a_colon_closing_the_paragraph_before_hands_the_quote_to_its_subject():
    body = (
        "Foreign Secretary Anna Berg spoke in parliament on Monday. She told MPs:\n\n"
        '"Moscow has tried to bring sabotage to our streets. It recruited criminals and paid them in cash."'
    )
    rows, names = run(body)
    row = by_text(rows, "direct")["Moscow has tried to bring sabotage to our streets. It recruited criminals and paid them in cash."]
    assert names.get(row["speaker_entity_id"]) == "Anna Berg"


def test_the_company_is_not_the_outlet_that_carried_earlier_words():
    body = 'A trader told the Guardian that prices had doubled. The bank said that "the worst is over" for lenders.'
    rows, names = run_linked(body)
    assert by_text(rows, "direct")["the worst is over"]["speaker_entity_id"] is None


def test_a_wire_dateline_is_no_part_of_a_reported_lead(tmp_path):
    # Ingest takes the dateline off the body, so the lead's clause starts at its first word.
    path = tmp_path / "floods.txt"
    path.write_text("Floods cut copper road\n\nLUSAKA, Zambia (AP) — Floods have cut the main road to the copper mines, officials said on Tuesday.\n", encoding="utf-8")
    body = parse_article(path).body
    assert "Floods have cut the main road to the copper mines" in by_text(run(body)[0], "indirect")


def test_a_regions_government_speaks_for_that_region():
    rows, names = run_linked("Volkswagen will cut 5,000 jobs. The Lower Saxony government, which owns a stake, said it had not been consulted.")
    assert speaker_of(rows, names, "it had not been consulted") == "Lower Saxony"


@pytest.mark.parametrize(
    "body, text",
    [
        ("The miner said guards had fired on the crowd, a version of events the company rejects.", "guards had fired on the crowd"),
        ("The firm said it had hired Ana Ruiz, a banker who ran its Madrid office.", "it had hired Ana Ruiz, a banker who ran its Madrid office"),
        ("The agency said the attack was the work of Vortex, a group which European governments link to Moscow.",
         "the attack was the work of Vortex, a group which European governments link to Moscow"),
    ],
)
def test_a_trailing_apposition_in_which_someone_else_judges_the_report_is_the_writers(body, text):
    assert text in by_text(run(body)[0], "indirect")


def test_an_organ_named_in_a_capital_is_that_capitals_state_but_an_embassy_is_not():
    body = (
        "Norway and Sweden held fisheries talks. Norway, Norwegian boats and Norwegian quotas dominated them.\n\n"
        "The two ministers met at the foreign ministry in Stockholm, according to the ministry. "
        "The Norwegian embassy in Stockholm said visas would be issued faster."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "The two ministers met at the foreign ministry in Stockholm") == "Sweden"
    assert speaker_of(rows, names, "visas would be issued faster") == "Norway"


@pytest.mark.parametrize("dateline, country", [("HANOI (Reuters)", "Vietnam"), (None, "China"), ("HAIPHONG, Vietnam (Reuters)", "China")])
def test_unnamed_police_belong_to_the_country_whose_capital_the_story_is_filed_from(dateline, country):
    # China is named more often, but a reporter in Hanoi is writing Vietnam's story; a dateline
    # from any other town (a port, a border crossing) says less, and the count decides.
    from newsfacts import entities as entities_stage

    body = (
        "China's coast guard rammed a Vietnamese fishing boat near the Paracel Islands, and Beijing said the boat "
        "had entered Chinese waters. China also summoned Vietnam's ambassador.\n\nPolice said three fishermen were treated in hospital."
    )
    articles = [Article(article_id="a0", source_file="a0.txt", sha256="", body=body, dateline=dateline)]
    docs = list(nlp.parse([body]))
    entity_rows, mentions = entities_stage.extract(articles, docs)
    rows = quotes.extract(articles, docs, entity_rows, mentions)
    names = {e["entity_id"]: e["name"] for e in entity_rows}
    assert speaker_of(rows, names, "three fishermen were treated in hospital") == country


def test_he_after_an_unnamed_source_is_that_source_not_the_person_named_before():
    body = (
        "The mayor, Tobias Renwick, said the depot would reopen next week.\n\n"
        "A driver who asked not to be named because he feared losing his job said the buses had not been serviced for months. "
        '"We patch the brakes with whatever we find," he said.\n\n'
        "A member of the drivers' committee in Westport, who spoke on condition of anonymity, said a strike was likely. "
        '"Nobody listens until the buses stop," he said.'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the depot would reopen next week") == "Tobias Renwick"
    assert speaker_of(rows, names, "We patch the brakes with whatever we find,") is None
    assert speaker_of(rows, names, "Nobody listens until the buses stop,") is None


def test_a_who_clause_that_is_itself_the_reported_speech_does_not_make_an_unnamed_speaker():
    body = (
        "Ingrid Solberg also said Norway would oppose the quota deal, a key demand of the fishermen, who say foreign trawlers empty the fjords. "
        '"Oslo will not accept it," she said.'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Oslo will not accept it,") == "Ingrid Solberg"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # the tagger reads "bloc" as a name here; it is still a description
        ('The European Union on Tuesday agreed new tariffs on steel imports. "We will defend our industry," the bloc said.', "We will defend our industry,", "European Union"),
        ("Ministers from the Economic Community of West African States gathered in Abuja. Sanctions on the junta would stay in place until elections are held, the bloc said in a statement.",
         "Sanctions on the junta would stay in place until elections are held", "ECOWAS"),
    ],
)
def test_the_bloc_is_the_union_of_states_named_before(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # a regulator is a commission by name, not the state it regulates for
        ("Ghana's Public Utilities Regulatory Commission approved a 20 percent rise in power prices on Monday. Unions called the increase unjust. "
         "Households would pay about 3 cedis more a month, the regulator said.", "Households would pay about 3 cedis more a month", "Public Utilities Regulatory Commission"),
        # a league only says which club: the club is the one named before, never the league
        ("Millbrook Rovers sacked their manager on Monday after a fifth straight defeat in the Championship.\n\n"
         "The Championship club said a replacement would be named within a week.", "a replacement would be named within a week", "Millbrook Rovers"),
        ("The Premier League opened an inquiry into Millbrook Rovers on Monday.\n\nThe Premier League club said it would cooperate.", "it would cooperate", "Millbrook Rovers"),
    ],
)
def test_a_description_is_the_organisation_named_before_as_its_kind(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # "Its" title, then "the <noun> chief"
        ("The Kenya Medical Practitioners Union called a strike on Monday. Its secretary general, Davji Atellah, said doctors would not return until their pay was settled.\n\n"
         "The union chief said the talks had collapsed.", "the talks had collapsed", "Davji Atellah"),
        # "the head of X", then "the X chief"
        ("Tarek Haddad, the head of the Lebanese Red Cross, said ambulances could not reach the village. The Red Cross chief said two volunteers had been wounded.",
         "two volunteers had been wounded", "Tarek Haddad"),
        # "X, whose president Y", then "the <noun> chief"
        ("The Federation of Garment Exporters, whose president Rashed Karim met the labour minister on Sunday, warned of more closures. The federation chief said 40 factories had shut since January.",
         "40 factories had shut since January", "Rashed Karim"),
        # "who heads X", then its acronym
        ("Rafael Grossi, who heads the International Atomic Energy Agency, visited the plant on Tuesday. The IAEA chief said the cooling pumps were working again.",
         "the cooling pumps were working again", "Rafael Grossi"),
        # a title of a body of the organisation: "the AU Commission chairman" heads the AU for "the AU chief"
        ("The African Union suspended Niger after the coup. The AU Commission chairman, Moussa Faki Mahamat, said the suspension would last until civilian rule returned. "
         "The AU chief said the bloc would send a mission to Niamey.", "the bloc would send a mission to Niamey", "Moussa Faki Mahamat"),
        # named later in the article
        ('"We have no money left for the harvest," the union chief said on Friday.\n\nThe Tamale Farmers Association, whose chairman Issah Mahama met the minister last week, has 4,000 members.',
         "We have no money left for the harvest,", "Issah Mahama"),
        # "who runs X" heads it under any title; "the company's" is the company named before
        ("Kelly Ortberg, who runs Boeing, met union leaders on Monday. The company's chief executive said the strike had cost $5 billion.", "the strike had cost $5 billion", "Kelly Ortberg"),
        # the gazetteer describes the person as its head
        ("Tedros Adhanom Ghebreyesus arrived in Port Sudan on Sunday. The WHO chief said cholera had reached 11 states.", "cholera had reached 11 states", "Tedros Adhanom Ghebreyesus"),
        # a chief of a state's police is not its president
        ("Kenya's President William Ruto met protest leaders on Monday. The Kenyan police chief said officers had been told not to use live bullets.",
         "officers had been told not to use live bullets", None),
        # neither a former head nor another member of it
        ("Maria Lindqvist, a lawyer who once led the Nordic Fishers Union, said the quota was unfair. Anders Holm, a spokesman for the union, said the members would vote on Friday. "
         "The union chief said the boats would stay in port.", "the boats would stay in port", None),
    ],
)
def test_the_chief_of_an_organisation_is_the_person_the_article_names_as_its_head(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # timestamps and entry headlines are no paragraphs of text between "she" and her name
        ("Governor Paul Reyes opened the summit in Lomé on Monday.\n\n10:42 GMT\n\nFinance Minister Rachel Adeyemi arrived in Lomé early on Tuesday.\n\n10:51 GMT\n\nOpposition walks out\n\n"
         "Opposition lawmakers left the chamber in protest.\n\n11:20 GMT\n\nShe said fuel subsidies would end in June.", "fuel subsidies would end in June", "Rachel Adeyemi"),
        # further back, the one person the article has named so far
        ("Mayor Linda Cho urged residents in the harbour district to stay indoors on Thursday morning.\n\n9:20 a.m.\n\nFerries cancelled\n\n"
         "All ferries to the islands were cancelled until Friday.\n\n9:41 a.m.\n\nTrees down on the coast road\n\nFirefighters cleared two fallen trees near the pier.\n\n"
         "9:58 a.m.\n\nShe said four schools had opened as shelters.", "four schools had opened as shelters", "Linda Cho"),
        # or the one named since the last person who spoke: officials speaking since are no person
        ("Mayor Linda Cho opened the harbour on Monday. Juan Perez, a fisherman from Tumaco, said the river had risen two metres overnight. Officials in Bogota said aid was on its way.\n\n"
         "The river burst its banks at 3 a.m. on Sunday.\n\nWater reached the roofs of 200 houses within an hour.\n\nThe army sent four boats from Cali.\n\n"
         '"We lost the nets, the boat, everything," he said.', "We lost the nets, the boat, everything,", "Juan Perez"),
        # but not when two people were named, nor past someone unnamed who spoke since
        ("Mayor Linda Cho met Governor Paul Reyes on Thursday.\n\nFerries were cancelled.\n\nTrees fell near the pier.\n\nRoads were closed.\n\nShe said four schools had opened.",
         "four schools had opened", None),
        ("Mayor Linda Cho visited the pier on Thursday.\n\nA nurse who asked not to be named said the clinic was full.\n\nFerries were cancelled.\n\nTrees fell near the pier.\n\n"
         "Roads were closed.\n\nShe said the generators had failed.", "the generators had failed", None),
        ("Mayor Linda Cho opened the pier on Monday.\n\nA fisherman said the water rose fast.\n\nBoats were moved inland.\n\nRoads were closed.\n\nSchools were shut.\n\n"
         '"It was terrifying," he said.', "It was terrifying,", None),
        # a gendered noun the article gives a person ("her husband") rules them out for "she"
        ("Sarah Johnson waited outside the court on Monday. Michael Brown, her husband, said the police had come at night.\n\nShe said the officers had taken her son without a warrant.",
         "the officers had taken her son without a warrant", "Sarah Johnson"),
        # a conjoined subject is a subject, and "her sister" is no "he"
        ("Sarah Johnson waited outside the court on Monday. Her sister, Emily Johnson, and Michael Brown said the police had come at night.\n\nHe said the officers had taken the boy without a warrant.",
         "the officers had taken the boy without a warrant", "Michael Brown"),
    ],
)
def test_a_pronoun_finds_its_antecedent_across_live_blog_lines_and_by_gender(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


def test_a_timestamp_line_the_parser_joins_to_the_attribution_is_no_part_of_the_speaker_words():
    rows, _ = run_linked("10:42 GMT\n\nFinance Minister Rachel Adeyemi told parliament the budget gap had narrowed.")
    (row,) = [r for r in rows if r["text"] == "the budget gap had narrowed"]
    assert row["speaker_text"] == "Finance Minister Rachel Adeyemi"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # words qualifying the noun pick the organisation they describe, not the one named last
        ("Apple and Samsung Electronics both reported results on Thursday. Apple said iPhone sales rose 6%. The South Korean company said its profit fell by a third.",
         "its profit fell by a third", "Samsung Electronics"),
        ("Reporters Without Borders condemned the arrest of the journalist in Baku. The press freedom group said he had been held without charge for a month.",
         "he had been held without charge for a month", "Reporters Without Borders"),
        ("The Ministry of Health and the Ministry of Finance disagreed over the budget. The health ministry said hospitals needed 2 billion more.",
         "hospitals needed 2 billion more", "Ministry of Health"),
        # a count says how big the bloc is, not which one
        ("The European Union will impose duties on electric cars from March. Volkswagen warned that the move could hurt carmakers.\n\nThe 27-nation bloc said the duties would take effect in July.",
         "the duties would take effect in July", "European Union"),
        # a qualifier that describes no organisation named is not the last one named
        ("The ruling Justice Party won 40 seats. The opposition party said the count had been rigged.", "the count had been rigged", None),
        ("Kenya's Ministry of Finance said on Monday that fuel taxes would rise. The interior ministry said the protests in Nairobi had been peaceful.",
         "the protests in Nairobi had been peaceful", "Kenya"),
        # and the title a person was given: not the other minister named since
        ("Defence Minister Richard Marles met Foreign Minister Penny Wong in Canberra on Monday. The defence minister said the submarines would arrive in 2032.",
         "the submarines would arrive in 2032", "Richard Marles"),
        # a long title the parser hangs on the name as a modifier
        ("State Minister for Water Resources Kofi Mensah visited the dam on Monday. The state minister said repairs would take a month.", "repairs would take a month", "Kofi Mensah"),
        # a long title the parser reads as a phrase ending in the name
        ("State Minister for Labour and Employment Rashida Begum said the factories would reopen on Sunday. The state minister said owners had agreed to pay the September wages.",
         "owners had agreed to pay the September wages", "Rashida Begum"),
        # a title held no longer is not the one the words mean
        ("President Dina Boluarte met her cabinet in Lima on Monday. Former President Pedro Castillo, who is in prison, called the meeting illegal. The president said new elections would be held in April.",
         "new elections would be held in April", "Dina Boluarte"),
        # a kind of outlet is the outlet named before
        ("Britain's media regulator Ofcom opened an investigation into GB News on Monday. The broadcaster said it would cooperate fully.", "it would cooperate fully", "GB News"),
        ("Al Jazeera said two of its journalists had been detained in Cairo. Egypt's foreign ministry declined to comment. The Qatari broadcaster said the men had been held without charge.",
         "the men had been held without charge", "Al Jazeera"),
        # a title as news abbreviates it before the name
        ("Gov. Kathy Hochul and Mayor Eric Adams toured the flooded streets of Queens on Friday. The governor said the state would pay for the repairs.",
         "the state would pay for the repairs", "Kathy Hochul"),
    ],
)
def test_a_qualified_description_is_the_one_its_words_describe(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("Mateo Ferreyra, 24, was banned for 21 months on Tuesday. His coach, Diego Luna, said the player was devastated. The 24-year-old said he would appeal.", "he would appeal", "Mateo Ferreyra"),
        ("Amina Yusuf, a 31-year-old teacher, and Ruth Bello, 45, were released on Friday. The 45-year-old mother of three said the guards had beaten her.", "the guards had beaten her", "Ruth Bello"),
        # an age nobody was given names no one
        ("Amina Yusuf, 31, was released on Friday. The 45-year-old said the guards had beaten her.", "the guards had beaten her", None),
        # ... unless the article gives no ages: then it is the person just written about, as "he" would be
        ("Tomas Halvorsen was banned from cycling for two years on Monday. The 29-year-old said he would fight the ruling.", "he would fight the ruling", "Tomas Halvorsen"),
    ],
)
def test_an_age_is_the_person_the_article_gives_it(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("Inspectors from the International Atomic Energy Agency reached the plant on Monday. The UN nuclear watchdog said the cooling system was working.",
         "the cooling system was working", "International Atomic Energy Agency"),
        ("The United Nations refugee agency said on Friday that 3 million people had fled Sudan. UNHCR chief Filippo Grandi visited a camp in Chad.",
         "3 million people had fled Sudan", "UNHCR"),
        # no agency of the UN named: the UN itself
        ("The United Nations food agency said on Friday that 3 million people faced hunger in Sudan.", "3 million people faced hunger in Sudan", "United Nations"),
    ],
)
def test_an_organisations_agency_is_the_one_the_article_names_that_the_gazetteer_describes_so(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


def test_a_live_blogs_entry_headline_is_no_statement_and_hands_no_speaker_to_the_entry_below():
    body = (
        "Prime Minister Keir Starmer arrived at the summit in Tirana on Friday morning.\n\n11:02 BST\n\nStarmer says migration deal is close\n\n"
        "The prime minister told reporters that talks with Albania had gone well.\n\n11:20 BST\n\nMinister warns of long night\n\n"
        "Home Secretary Yvette Cooper said the talks could run past midnight."
    )
    rows, names = run_linked(body)
    assert [r["text"] for r in rows] == ["talks with Albania had gone well", "the talks could run past midnight"]
    assert speaker_of(rows, names, "the talks could run past midnight") == "Yvette Cooper"


@pytest.mark.parametrize(
    "body",
    [
        "What we know so far:\n\n- The central bank said rates would rise again in March\n\n- Banks said mortgage costs would follow",
        "The central bank said on Thursday that rates would rise again in March and that the banks had been told to expect two more increases this year",
    ],
)
def test_a_list_item_or_a_long_paragraph_without_a_full_stop_is_no_heading(body):
    rows, _ = run(body)
    assert any(r["text"].startswith("rates would rise again") for r in rows)


def test_a_name_the_tagger_calls_a_pronoun_is_still_the_named_speaker(tmp_path):
    (tmp_path / "rector.txt").write_text(
        "Rector speaks\n\nVladan Đokić, the rector of the University of Belgrade, joined the march on Monday and said the "
        "university would stand by its students.\n\n\"When institutions fail, it is the duty of the university to say so out "
        "loud,\" Đokić told N1 television.\n",
        encoding="utf-8",
    )
    tables = pipeline.extract_tables(*pipeline.read_and_parse(tmp_path))
    assert {q["speaker_entity_id"] for q in tables["quotes"]} == {"vladan-dokic"}


def test_a_quote_left_without_a_speaker_is_less_confident_than_one_with_a_pronoun_speaker():
    rows, _ = run_linked('The mayor, Maria Lopez, said on Monday that the city would rebuild every house. '
                         '"Nobody will be left behind," she told reporters. A resident said the water had reached the roof.')
    assert by_text(rows, "direct")["Nobody will be left behind,"]["confidence"] >= 0.85  # "she": Maria Lopez
    assert by_text(rows, "indirect")["the water had reached the roof"]["confidence"] < 0.85  # no one named


def test_a_spokesperson_of_an_acronym_the_tagger_calls_a_common_noun_speaks_for_it():
    body = (
        "The United Nations Development Programme (UNDP), which runs three clinics in the valley, said it had not been told of the closure. "
        "An UNDP spokesperson in Geneva told reporters that the organisation was still seeking access to the valley."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the organisation was still seeking access to the valley") in ("United Nations Development Programme", "UNDP")


def test_a_live_blog_line_whose_verb_took_the_next_paragraphs_subject_leaves_it_the_speaker():
    body = (
        "Dockers stayed away from the port for a third day on Tuesday.\n\n"
        "09:30 Mayor offers talks\n\n"
        "Mayor Helga Marsh this morning offered to meet the strikers at the port on Friday, "
        'saying the city was "ready to talk" and that her door was "always open".'
    )
    rows, names = run(body)
    assert speaker_of(rows, names, "ready to talk") == "Helga Marsh"


def test_a_name_the_ner_missed_is_the_entity_of_the_short_form_bracketed_after_it():
    body = "Brazil Forest Watch (BFW) said the logging permits had been issued illegally."
    rows, names = run(body)
    assert speaker_of(rows, names, "the logging permits had been issued illegally") == "BFW"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # the parser takes the clause's subject for a second subject of "said"
        ("Flood waters reached the town on Sunday.\n\nA Red Cross lorry carrying blankets and water for the displaced turned back on Wednesday "
         "after gunmen fired on the road above the river crossing, the agency said.",
         "A Red Cross lorry carrying blankets and water for the displaced turned back on Wednesday after gunmen fired on the road above the river crossing", "Red Cross"),
        # the parser hangs "said" on the clause as a conjunct
        ('Thousands marched in the capital on Saturday.\n\nThe secretary-general "condemns in the strongest terms" the bombing of the market and calls for '
         "those responsible to be held to account, his spokesperson, Omar Lindqvist, said in a statement late on Sunday.",
         'The secretary-general "condemns in the strongest terms" the bombing of the market and calls for those responsible to be held to account', "Omar Lindqvist"),
    ],
)
def test_a_clause_closed_by_its_attribution_is_reported_whatever_the_parser_hangs_it_on(body, text, speaker):
    rows, names = run(body)
    (row,) = [r for r in rows if r["kind"] == "indirect" and r["text"] == text]
    assert names.get(row["speaker_entity_id"]) == speaker


@pytest.mark.parametrize("body", ["Speaking in Oslo on Monday, Foreign Minister Ingrid Dahl told reporters.", "As the talks ended on Monday, the minister said."])
def test_a_participle_or_subordinate_clause_before_an_attribution_reports_nothing(body):
    rows, _ = run(body)
    assert not [r for r in rows if r["kind"] == "indirect"]


def test_a_consulate_abroad_speaks_for_the_state_it_represents():
    body = "A bus carrying tourists overturned near Cape Town on Sunday. Norway's consulate in the city said two Norwegian citizens were among the injured."
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "two Norwegian citizens were among the injured") == "Norway"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ('"We have not been paid since March," said a miner who gave only his first name, Samuel.', "We have not been paid since March,", "Samuel"),
        ('"The water came up to the roof," one fisherman, who gave his name only as Rashid Omar, told reporters.', "The water came up to the roof,", "Rashid Omar"),
        # the clause names someone else: the speaker stays anonymous
        ('"He promised us a road," said a farmer who met Jane Doe last year.', "He promised us a road,", None),
    ],
)
def test_an_unnamed_speaker_is_the_name_their_describing_clause_gives_them(body, text, speaker):
    rows, names = run(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("Norway's foreign ministry on Friday rejected the ruling and recalled its envoy, according to a statement carried by NTB.",
         "Norway's foreign ministry on Friday rejected the ruling and recalled its envoy", "Norway"),
        # records about someone are not their statement
        ("The company filed a complaint with the labour court on Friday, according to court documents.",
         "The company filed a complaint with the labour court on Friday", None),
    ],
)
def test_a_statement_credited_for_what_someone_did_is_that_actors(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker


@pytest.mark.parametrize("forces", [
    "The Kenya Police Service and the Nairobi Metropolitan Police Command sent officers.",  # which of the two is not knowable
    "The Traffic Police closed the road.",  # a unit named for its task, not the police as a body
])
def test_police_as_a_body_stay_the_state_unless_the_article_names_one_police_force(forces):
    body = f"Farmers blocked a road near Nakuru in Kenya. Kenyan unions backed them. {forces}\n\nPolice said two people were arrested on Friday."
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "two people were arrested on Friday") == "Kenya"


def test_police_after_a_states_police_named_earlier_are_still_the_force_the_article_names():
    body = (
        "Ghana police said on Monday they had detained two miners near Tarkwa.\n\n"
        "The Ghana Police Service said the men would appear in court.\n\n"
        "About 200 miners marched in Tarkwa on Tuesday. The march ended peacefully, police said."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "The march ended peacefully") == "Ghana Police Service"


def test_a_name_hung_on_an_organisation_noun_is_the_speaker_it_describes():
    rows, names = run('The Andean Pact welcomed the deal on Friday. The chairman of its council, Ahmed Salim Haroun, said in a statement: "This is a brave step by two neighbours."')
    row = by_text(rows, "direct")["This is a brave step by two neighbours."]
    assert names.get(row["speaker_entity_id"]) == "Ahmed Salim Haroun"


def test_the_company_is_the_one_named_in_its_paragraph_before_an_earlier_subject():
    rows, names = run(
        "Clean Seas Watch said the sentence was far too lenient for the damage done to the coast.\n\n"
        "Two executives of Baruna Nikel Perkasa were jailed in May for paying the bribes. The company has said it is cooperating with investigators."
    )
    row = by_text(rows, "indirect")["it is cooperating with investigators"]
    assert names.get(row["speaker_entity_id"]) == "Baruna Nikel Perkasa"


def test_a_word_inside_the_quotation_is_not_the_speaker_named_after_the_verb():
    body = (
        "Hundreds of families waited outside the stadium in Lagos on Tuesday.\n\n"
        "\u201cThey gave us no list. No list,\u201d said a nurse who gave only her first name, Fatima, whose brother was among the missing. "
        "She said she had waited there since dawn."
    )
    rows, names = run_linked(body)
    (row,) = [r for r in rows if r["kind"] == "direct"]
    assert row["speaker_text"].startswith("a nurse")
    assert names.get(row["speaker_entity_id"]) == "Fatima"
    assert speaker_of(rows, names, "she had waited there since dawn") == "Fatima"


def test_a_title_whose_name_the_parser_hangs_on_the_place_is_still_that_persons():
    body = (
        "The mayor of Dunmore, Ellen Hartley, said the bridge would stay shut until spring. "
        "\u201cWe will not reopen a bridge that could fall,\u201d the mayor said."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "We will not reopen a bridge that could fall,") == "Ellen Hartley"


def test_the_army_is_not_a_guerrilla_group_whose_name_holds_the_states():
    body = (
        "Dissidents of the Revolutionary Armed Forces of Colombia attacked a patrol in southern Colombia on Monday.\n\n"
        "The army said four soldiers were killed in the attack."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "four soldiers were killed in the attack") == "Colombia"


def test_a_name_opening_a_paragraph_the_parser_joined_to_a_quote_above_is_the_speaker():
    body = (
        "Club chief executive Tomas Berg said the club had written to the visitors to apologise. He said fewer than half the stewards were on duty.\n\n"
        "\u201cWe are ashamed,\u201d he said. \u201cWe will sit down with the police before our next fixture, and nothing will be left to chance.\u201d\n\n"
        "Sports Minister Paulo Tamasese on Sunday condemned what he called \u201ca day of disgrace\u201d and warned that anyone filmed throwing bottles would be banned from all stadiums for life."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "a day of disgrace") == "Paulo Tamasese"
    assert speaker_of(rows, names, "anyone filmed throwing bottles") == "Paulo Tamasese"


def test_it_after_a_newsroom_that_could_not_verify_a_claim_is_the_claimant():
    body = (
        "The Highland Liberation Front said its fighters had overrun an army post near the river on Friday. "
        "Reuters could not independently verify the claim. It said twelve soldiers had been killed."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "twelve soldiers had been killed") == "Highland Liberation Front"


def test_a_subheading_in_quotation_marks_is_not_the_subject_of_the_paragraph_below():
    body = (
        "The ministry said the drones had struck a weapons depot near the river.\n\n"
        "\u2018Shepherds, not soldiers\u2019\n\n"
        "Amina Warsame Dirie, who chairs the regional council, accused the ministry of \u201cbombing herders and calling them rebels\u201d and demanded an inquiry."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "bombing herders and calling them rebels") == "Amina Warsame Dirie"


def test_a_person_set_beside_a_title_the_ner_took_for_an_organisation_is_the_speaker():
    body = (
        "Floods have cut roads across the north.\n\n"
        "\u201cWinter is a quiet killer, and by the time anyone notices, the herds are gone,\u201d the UN Resident Coordinator in Bolivia, Clara Benedetti, told reporters in La Paz."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Winter is a quiet killer, and by the time anyone notices, the herds are gone,") == "Clara Benedetti"


def test_a_person_set_beside_a_title_a_people_qualifies_is_the_speaker():
    body = (
        "Ministers met in Luxembourg to settle the quotas.\n\n"
        "The European Commissioner for Energy and Transport, Marta Velikova, said: \u201cThe grid cannot wait another winter.\u201d"
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "The grid cannot wait another winter.") == "Marta Velikova"


def test_a_hyphenated_title_the_tagger_reads_as_an_adjective_is_the_person_beside_it():
    body = (
        "The Nordic Cyclists Federation backed the plan. Its director-general, Henrik Aalto, said riders had been "
        "\u201cwaiting far too long for safe lanes\u201d and urged the city to act."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "waiting far too long for safe lanes") == "Henrik Aalto"


@pytest.mark.parametrize(
    "named, later",
    [("Justice Miriam Oduya", "the judge"), ("Senator Paul Brandt", "the lawmaker"), ("Chairwoman Ines Kober", "the chair")],
)
def test_a_title_stands_for_its_synonyms_the_article_named_the_holder_with(named, later):
    body = (
        f"{named} heard the petition on Tuesday in the capital.\n\n"
        f"\u201cThe state has shown no reason for the delay,\u201d {later} said."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "The state has shown no reason for the delay,") == named.split(" ", 1)[1]


def test_one_of_a_group_named_in_apposition_is_the_speaker():
    body = (
        "Dozens of farmers gathered outside the town hall. One of the organisers, Tomas Quispe, accused local officials "
        "of favouring \u201ccousins and neighbours\u201d when handing out seed."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "cousins and neighbours") == "Tomas Quispe"


def test_a_company_or_union_spokesperson_speaks_for_the_one_just_named():
    body = (
        "A cargo ship was struck by a missile off Yemen on Monday.\n\n"
        "Rotterdam-based Meridian Shipping, which operates the vessel, said the crew were safe.\n\n"
        "\"The ship carries grain and nothing else,\" a company spokesman told reporters, declining to be named.\n\n"
        "The Transport Workers Union condemned the attack. \"Our members are not targets,\" a union spokeswoman said."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "The ship carries grain and nothing else,") == "Meridian Shipping"
    assert speaker_of(rows, names, "Our members are not targets,") == "Transport Workers Union"


def test_a_quoted_subheading_the_parser_hangs_on_the_speech_verb_leaves_the_paragraph_its_speaker():
    body = (
        "The senators voted 61 to 12 to strip his immunity.\n\n"
        "- 'No one is above the constitution' -\n\n"
        "Interior Minister Lucia Ferreira, speaking to party volunteers in Braga on Saturday, said the vote proved that "
        "\"no one is above the constitution here, not even a former governor\"."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "no one is above the constitution here, not even a former governor") == "Lucia Ferreira"


def test_one_who_asked_not_to_be_named_is_not_whoever_the_clause_names_next():
    body = (
        "Villagers buried six men on Tuesday.\n\n"
        "A farmer, who asked not to be named because he feared reprisals from Tomas Okello, said the men had never carried weapons."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the men had never carried weapons") is None


def test_a_numeral_speaker_is_one_of_the_group_just_told_of_not_an_organisation_with_that_number():
    body = (
        "Kestrel Rovers were relegated to League One by the Football League in April.\n\n"
        "Their chairman met the supporters' group on Monday, according to three people who were in the room. "
        "One described the meeting as \u201cblunt but useful\u201d."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "blunt but useful") is None


def test_an_owned_description_is_the_organisation_named_before_with_that_description_not_its_owner():
    body = (
        "Pakistani troops killed four militants near the town of Miranshah, according to the Inter-Services Public Relations (ISPR).\n\n"
        "The military's media wing said two soldiers were wounded and that the area was being \u201ccleared house by house\u201d."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "cleared house by house") == "Inter-Services Public Relations"


def test_a_lead_fragment_quoted_again_in_full_later_is_the_named_speakers():
    body = (
        "Councillors on Tuesday grilled the city's water board over a rise in tariffs, with one councillor calling "
        "the increase \u201ca tax on thirst dressed up as reform\u201d.\n\n"
        "The board defended the rise as needed to repair old pipes.\n\n"
        "\u201cLet us be honest. This is a tax on thirst dressed up as reform, and families will pay it,\u201d said Helena Brandt, "
        "who sits on the finance committee."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "a tax on thirst dressed up as reform") == "Helena Brandt"


def test_the_company_right_after_an_organisation_spoke_in_the_paragraph_is_that_organisation():
    body = (
        "Regulators fined the grain trader Torvalo Foods, a supplier to Nestlé, for shipping wheat from farms on protected wetland near the Danube.\n\n"
        "Torvalo Foods said in a statement it would challenge the penalty. The company denied that it had bought "
        "\u201cso much as a sack\u201d from the protected farms."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "so much as a sack") == "Torvalo Foods"


def _pipeline_speakers(body: str) -> dict[str, str | None]:
    """Speaker names by quote text, with the build's own entities (so the gazetteer's descriptions)."""
    article = Article(article_id="a0", source_file="a0.txt", sha256="", body=body, published_date="2026-03-12")
    tables = pipeline.extract_tables([article], list(nlp.parse([body])))
    names = {e["entity_id"]: e["name"] for e in tables["entities"]}
    return {q["text"]: names.get(q["speaker_entity_id"]) for q in tables["quotes"]}


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        # The gazetteer describes the WHO as a UN agency: "the agency" refers back to it, not ahead
        # to an agency the article names later.
        ("Lorries of the World Health Organization reached the flooded camp on Monday, the agency said.\n\n"
         "The National Disaster Response Agency (NDRA) said on Tuesday that 40 people had died.",
         "Lorries of the World Health Organization reached the flooded camp on Monday", "World Health Organization"),
        # A public agency named for its kind of office ("Service") is "the agency"; the alliance
        # that spoke before it is no agency.
        ("The Pacific Shipping Alliance said it had offered a 10% raise.\n\n"
         "The two sides met on Sunday at the offices of the Federal Labour Mediation Service in Ottawa.\n\n"
         "The agency said on Tuesday that talks would resume next week.",
         "talks would resume next week", "Federal Labour Mediation Service"),
        # "the force" is the unit named before, not the authority named since: a brigade is a kind of force.
        ("Officers of the Coastal Response Brigade patrolled the harbour in Mombasa.\n\n"
         "The Kenya Ports Authority closed the quay.\n\n"
         "The force said the ferry's captain had been detained.",
         "the ferry's captain had been detained", "Coastal Response Brigade"),
        # "the bloc" is no "executive of the European Union": a description's complement does not
        # say what the organisation is.
        ("The European Commission proposed new fishing quotas on Monday.\n\nThe bloc said the quotas would take effect in March.",
         "the quotas would take effect in March", None),
    ],
)
def test_a_definite_organisation_description_is_the_earlier_organisation_of_its_kind(body, text, speaker):
    assert _pipeline_speakers(body)[text] == speaker


def test_police_as_a_body_are_the_national_police_named_with_their_country():
    # "Bolivia's National Police" is keyed with its country ("National Police (Bolivia)"); it is still the force.
    body = "Bolivia's National Police cleared the road near Oruro on Monday.\n\nPolice said 12 people had been detained."
    assert _pipeline_speakers(body)["12 people had been detained"] == "National Police (Bolivia)"


@pytest.mark.parametrize(
    "body, force",
    [
        # A force named as an office of police is named for its city, not for a task.
        ("Officers of the Pittsburgh Bureau of Police stopped the van on Main Street late on Friday.\n\n"
         "Police said 12 people had been detained.", "Pittsburgh Bureau of Police"),
        # A police agency is a force ("National Police Agency", "Busan Metropolitan Police Agency").
        ("Detectives from the Busan Metropolitan Police Agency searched the union's office on Friday.\n\n"
         "Police said 12 people had been detained.", "Busan Metropolitan Police Agency"),
    ],
)
def test_police_as_a_body_are_the_force_named_as_an_office_or_agency_of_police(body, force):
    assert _pipeline_speakers(body)["12 people had been detained"] == force


def test_a_spokesperson_for_a_body_whose_full_name_is_on_the_noun_speaks_for_that_body():
    # The parser hangs a name with its own complement ("of Transport") on the noun as a modifier.
    body = "Bus drivers in Marlow walked out on Monday. Routes will be cut for a week, a Ministry of Transport spokesperson said in a statement."
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Routes will be cut for a week") == "Ministry of Transport"


def test_a_self_description_naming_a_group_does_not_make_the_group_the_speaker():
    body = (
        "Clashes spread in Gao. "
        "In a video posted late on Tuesday, a man who identified himself as an al-Shabab commander warned that the group would attack the port next."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "the group would attack the port next") is None


def test_a_speech_verb_under_a_clause_with_its_own_subject_is_not_the_earlier_speakers():
    body = (
        "Lisbon has long said that the river dispute is a bilateral matter, and Portuguese officials in Porto "
        'were keen to stress on Monday that Spain had acted only as a "host".'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "Spain had acted only as a \"host\"") is None


def test_a_joint_statement_is_no_one_sides_even_when_an_agency_released_it():
    body = (
        "Talks between Chad and Niger ended in Doha on Sunday with both delegations agreeing to meet again next month, "
        "according to a joint statement released by the Qatar News Agency.\n\n"
        "A border commission will be formed within weeks, the statement said."
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "A border commission will be formed within weeks") is None
    assert speaker_of(rows, names, "Talks between Chad and Niger ended in Doha on Sunday with both delegations agreeing to meet again next month") is None


def test_a_participle_under_a_negated_speech_verb_speaks_for_the_one_who_reported_it():
    body = (
        "Portugal raised its main rate on Thursday. Finance Minister Ana Lopes said Portugal had not asked the "
        'International Monetary Fund for a loan, calling such a step "neither wise nor needed".'
    )
    rows, names = run_linked(body)
    assert speaker_of(rows, names, "neither wise nor needed") == "Ana Lopes"
    assert speaker_of(rows, names, "Portugal had not asked the International Monetary Fund for a loan") == "Ana Lopes"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        ("Regulators in Brussels blocked the takeover of Norvik Air on Wednesday. Norvik Air's board said it would \"review every option\" and meet on Friday.", "review every option", "Norvik Air"),
        ("The Sahel Patriots seized two towns on Sunday. The Sahel Patriots' political bureau said the offensive would \"continue until the capital falls\".", "continue until the capital falls", "Sahel Patriots"),
    ],
)
def test_an_organisations_board_or_bureau_speaks_for_it(body, text, speaker):
    rows, names = run_linked(body)
    assert speaker_of(rows, names, text) == speaker
