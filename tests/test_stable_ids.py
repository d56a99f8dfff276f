import csv
import shutil

from newsfacts import pipeline
from newsfacts.entity_ids import Mention as EntityMention
from newsfacts.entity_ids import assign as assign_entities
from newsfacts.event_ids import Published, Report, assign
from newsfacts.quotes import group_statements

from conftest import RAW

TALKS = Report("a", 100, 160, "Iranian officials held talks with the Taliban in Tehran on Sunday.")


def _statements(package_dir, article_id):
    with (package_dir / "data" / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        return {row["quote_id"]: row["statement_id"] for row in csv.DictReader(handle) if row["article_id"] == article_id}


def _passages(package_dir, article_id):
    with (package_dir / "data" / "event_mentions.csv").open(encoding="utf-8", newline="") as handle:
        return {(row["start"], row["text"]): row["event_id"] for row in csv.DictReader(handle) if row["article_id"] == article_id}


def test_an_article_added_later_does_not_re_key_the_events_and_statements_it_reports_again(corpus, tmp_path):
    # Both seed articles report the Iran-Taliban talks. Published from the second one alone, the
    # talks have that article's ID; the first one, added later, sorts before it and reports them
    # again, which used to make it the event's first report and so give it a new ID.
    later, earlier = sorted(p for p in RAW.glob("*.txt"))[::-1]
    shutil.copy(later, corpus / later.name)
    out = tmp_path / "package"
    pipeline.build(corpus, out)
    before, statements_before = _passages(out, later.stem), _statements(out, later.stem)
    shutil.copy(earlier, corpus / earlier.name)
    pipeline.build(corpus, out)
    after = _passages(out, later.stem)

    # Quotes the first article carries too now join statements whose first quote is in it.
    assert _statements(out, later.stem) == statements_before
    assert set(statements_before.values()) & set(_statements(out, earlier.stem).values())

    assert before and set(before) <= set(after)
    # Every published event ID is still there, and no passage gets a fresh one; a passage may move
    # to another published event when the new article shows where it belongs (the seeds' "the
    # Abu Dhabi meeting" joins the Abu Dhabi meeting).
    assert {after[passage] for passage in before} == set(before.values())
    assert len(set(_passages(out, earlier.stem).values()) & set(before.values())) >= 2  # events now reported twice


def test_an_event_keeps_the_id_of_the_earlier_event_it_shares_most_passages_with():
    moved = Report("a", 105, 170, "Iranian officials held talks with the Taliban in Tehran on Sunday, state media said.")
    other = Report("a", 400, 450, "The two sides met again in Kabul.")
    earlier = [Published("ev-old-talks", "CONSULT", (TALKS,)), Published("ev-old-kabul", "CONSULT", (other,))]
    assert assign([("ev-new-1", "CONSULT", [moved]), ("ev-new-2", "CONSULT", [other])], earlier) == ["ev-old-talks", "ev-old-kabul"]
    # Another type reported by the same passage is another event.
    assert assign([("ev-new-1", "ACCUSE", [moved])], earlier) == ["ev-new-1"]


def test_an_earlier_id_goes_to_one_event_only_whatever_the_order():
    split = [("ev-b", "CONSULT", [TALKS]), ("ev-a", "CONSULT", [TALKS, Report("b", 0, 10, "talks held")])]
    earlier = [Published("ev-old", "CONSULT", (TALKS, Report("b", 0, 10, "talks held")))]
    assert assign(split, earlier) == ["ev-b", "ev-old"]
    assert assign(split[::-1], earlier) == ["ev-old", "ev-b"]


def test_a_fresh_id_that_an_earlier_event_now_holds_is_not_given_twice():
    earlier = [Published("ev-x", "CONSULT", (TALKS,))]
    ids = assign([("ev-x", "CONSULT", [Report("a", 900, 950, "An unrelated meeting.")]), ("ev-y", "CONSULT", [TALKS])], earlier)
    assert ids[1] == "ev-x" and ids[0] not in {"ev-x", "ev-y"} and ids[0].startswith("ev-")


def test_a_statement_keeps_the_id_of_a_quote_it_still_holds():
    said = "the talks with the Taliban were aimed at ending the war"
    rows = [
        {"quote_id": "a:q:10-60", "speaker_entity_id": "ali-shamkhani", "text": said},
        {"quote_id": "b:q:5-55", "speaker_entity_id": "ali-shamkhani", "text": said},
        {"quote_id": "c:q:0-50", "speaker_entity_id": "ali-shamkhani", "text": said + " soon"},
    ]
    group_statements(rows)
    assert {row["statement_id"] for row in rows} == {"a:q:10-60"}
    group_statements(rows, {"b:q:5-55": "b:q:5-55", "c:q:0-50": "b:q:5-55"})
    assert {row["statement_id"] for row in rows} == {"b:q:5-55"}
    # An id whose quote left the group is not kept: it would name a quote of another statement.
    group_statements(rows, {"b:q:5-55": "z:q:1-2", "c:q:0-50": "z:q:1-2"})
    assert {row["statement_id"] for row in rows} == {"a:q:10-60"}


def _rows(package_dir, table):
    with (package_dir / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_an_entity_keeps_the_id_it_was_published_under_in_every_table(corpus, tmp_path):
    # As if an older extractor had named Ali Shamkhani by his surname alone: the package it wrote
    # cites him as `shamkhani`. Rebuilding over that package must keep citing him so.
    for path in RAW.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    out = tmp_path / "package"
    pipeline.build(corpus, out)
    mentions_csv = out / "data" / "mentions.csv"
    mentions_csv.write_text(mentions_csv.read_text(encoding="utf-8").replace(",ali-shamkhani,", ",shamkhani,"), encoding="utf-8")

    pipeline.build(corpus, out)  # validated, foreign keys included, or nothing is published

    ids = {row["entity_id"]: row["name"] for row in _rows(out, "entities")}
    assert ids.get("shamkhani") == "Ali Shamkhani" and "ali-shamkhani" not in ids
    assert any(row["entity_id"] == "shamkhani" for row in _rows(out, "mentions"))
    assert any(row["speaker_entity_id"] == "shamkhani" for row in _rows(out, "quotes"))
    assert any(row["entity_id"] == "shamkhani" for row in _rows(out, "event_participants"))


def test_an_earlier_entity_id_goes_to_the_entity_sharing_most_mentions_with_it():
    said, named, again = EntityMention("a", 10, 19, "Shamkhani"), EntityMention("a", 40, 53, "Ali Shamkhani"), EntityMention("b", 5, 14, "Shamkhani")
    # One person published as two entities, now found to be one: the ID with more mentions stays.
    earlier = {"shamkhani": [said, again], "ali-shamkhani": [named]}
    assert assign_entities({"ali-shamkhani": [said, named, again]}, earlier) == {"ali-shamkhani": "shamkhani"}
    # Split again: each keeps its own, whatever order the entities come in.
    split = {"ali-shamkhani": [named], "shamkhani": [said, again]}
    assert assign_entities(split, earlier) == {"ali-shamkhani": "ali-shamkhani", "shamkhani": "shamkhani"}
    assert assign_entities(dict(reversed(split.items())), earlier) == {"ali-shamkhani": "ali-shamkhani", "shamkhani": "shamkhani"}


def test_a_fresh_entity_id_another_entity_now_holds_gets_a_number():
    earlier = {"tasnim": [EntityMention("a", 0, 6, "Tasnim")]}
    current = {"tasnim-news-agency": [EntityMention("a", 0, 6, "Tasnim")], "tasnim": [EntityMention("b", 0, 6, "Tasnim")]}
    assert assign_entities(current, earlier) == {"tasnim-news-agency": "tasnim", "tasnim": "tasnim-2"}


def test_as_many_published_ids_as_possible_survive_a_regrouping():
    meeting, talks = Report("a", 0, 40, "the group met US envoys in Abu Dhabi"), Report("a", 50, 90, "the envoy held quiet talks")
    later = [Report("a", 100, 121, "the Abu Dhabi meeting"), Report("a", 130, 151, "the meeting in the UAE")]
    earlier = [Published("ev-meeting", "CONSULT", (meeting,)), Published("ev-talks", "CONSULT", (talks, *later))]
    # The later mentions now join the meeting they name. The meeting's new group shares more with
    # the published talks, but taking that ID would leave the talks without one.
    regrouped = [("ev-1", "CONSULT", [meeting, *later]), ("ev-2", "CONSULT", [talks])]
    assert assign(regrouped, earlier) == ["ev-meeting", "ev-talks"]
    assert assign(regrouped[::-1], earlier) == ["ev-talks", "ev-meeting"]
