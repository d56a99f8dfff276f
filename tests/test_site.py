"""The Datasette site: metadata, labels, links, search, facets, canned queries and the chart, on real Datasette."""

import asyncio
import json
import re
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette

from newsfacts import database, site
from site_sample import EVENT_ID, populate

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample(seed_package, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    facts = populate(seed_package, folder / "package")
    facts["database"] = database.build_database(facts["descriptor"], folder / "newsfacts.db")
    facts["metadata"] = json.loads(site.write_metadata(facts["descriptor"], folder / "metadata.json").read_text())
    return facts


def get(sample, *paths):
    """Fetch paths from the real Datasette app, configured as `make serve` configures it."""

    async def fetch():
        ds = Datasette(
            immutables=[str(sample["database"])],
            metadata=sample["metadata"],
            template_dir=str(site.TEMPLATES_DIR),
            settings=site.SETTINGS,
        )
        return [await ds.client.get(path) for path in paths]

    return asyncio.run(fetch())


def rows(response):
    assert response.status_code == 200, response.text[:500]
    return response.json()


def test_make_serve_is_read_only_with_the_site_settings():
    recipe = re.search(r"^serve:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.MULTILINE).group(1)
    recipe = recipe.replace("\\\n", " ")
    assert " -i $(DATABASE)" in recipe  # immutable: Datasette opens it read-only
    assert "--template-dir site/templates" in recipe
    for name, value in site.SETTINGS.items():
        assert f"--setting {name} {value}" in recipe, name


def test_version_and_citation_come_from_the_package(sample):
    descriptor = json.loads(sample["descriptor"].read_text())
    version = descriptor["version"]
    meta = sample["metadata"]
    assert meta["title"].endswith(f"(version {version})")
    assert f"v{version}" in meta["description_html"] and f"newsfacts-{version}.zip" in meta["description_html"]
    assert site.citation(descriptor) in meta["databases"]["newsfacts"]["description_html"]
    home, = get(sample, "/")
    assert "How to cite this version" in home.text and f"(version {version})" in home.text
    for name in site.queries():
        assert f'href="newsfacts/{name}"' in home.text


def test_tables_explain_themselves_with_descriptions_facets_and_sort(sample):
    tables = sample["metadata"]["databases"]["newsfacts"]["tables"]
    assert tables["entities"]["label_column"] == "name" and tables["articles"]["label_column"] == "title"
    facets = {name: set(table.get("facets", [])) for name, table in tables.items()}
    assert {"type"} <= facets["entities"] and {"kind", "cue"} <= facets["quotes"]
    assert {"event_type"} <= facets["events"] and {"publisher"} <= facets["articles"]
    page, data = get(sample, "/newsfacts/quotes", "/newsfacts/entities.json?_shape=objects")
    assert "Direct and indirect quotations" in page.text
    assert "What each column means" in page.text and "Lemma of the speech verb" in page.text
    assert {f["name"] for f in rows(data)["facet_results"].values()} == {"type"}
    counts = [row["mention_count"] for row in rows(data)["rows"]]
    assert counts == sorted(counts, reverse=True)


def test_a_quote_shows_its_speakers_name_linked_to_the_entity_page(sample):
    page, = get(sample, "/newsfacts/quotes")
    assert f'<a href="/newsfacts/entities/{sample["speaker_id"]}">{sample["speaker"]}</a>' in page.text


def test_entity_and_article_pages_link_to_their_mentions_quotes_and_events(sample):
    entity, article = get(sample, f"/newsfacts/entities/{sample['speaker_id']}", f"/newsfacts/articles/{sample['articles'][0]}")
    assert "Links from other tables" in entity.text
    speaker = sample["speaker"].replace(" ", "%20")
    assert f'/newsfacts/who_said_what?speaker={speaker}&amp;about=">What {sample["speaker"]} said</a>' in entity.text
    for link in ("from entity_id in mentions", "from speaker_entity_id in quotes", "from entity_id in event_participants"):
        assert link in entity.text, link
    for link in ("from article_id in mentions", "from article_id in quotes", "from article_id in event_mentions"):
        assert link in article.text, link


def test_full_text_search_over_article_bodies_and_quotes(sample):
    word = sample["about"]
    articles, quotes, nothing = get(
        sample,
        f"/newsfacts/articles.json?_search={word}&_shape=array",
        f"/newsfacts/quotes.json?_search={word}&_shape=array",
        "/newsfacts/quotes.json?_search=zzzunheardofword&_shape=array",
    )
    assert {row["article_id"] for row in rows(articles)} == set(sample["articles"])
    assert len(rows(quotes)) == 2 and rows(nothing) == []


def test_canned_queries_answer_the_first_questions(sample):
    speaker, about = sample["speaker"], sample["about"]
    said, nobody, timeline, met, same, together = (
        rows(r)
        for r in get(
            sample,
            f"/newsfacts/who_said_what.json?_shape=array&speaker={speaker}&about=",
            "/newsfacts/who_said_what.json?_shape=array&speaker=&about=zzz-nobody",
            "/newsfacts/timeline.json?_shape=array&event_type=",
            f"/newsfacts/who_met_whom.json?_shape=array&name={about}",
            "/newsfacts/same_statement.json?_shape=array",
            f"/newsfacts/entities_together.json?_shape=array&name={speaker}",
        )
    )
    assert len(said) == 2 and all(row["speaker"] == speaker and about in row["about"].split("; ") for row in said)
    assert nobody == []
    assert [row["event_type"] for row in timeline] == ["ASSAULT", "CONSULT"]  # date order
    consult = timeline[1]
    assert (consult["source"], consult["recipient"], consult["articles"]) == ("; ".join(sorted([speaker, sample["place"]])), about, 1)
    assert timeline[0]["location"] == sample["place"] and timeline[0]["fatalities"] == 3
    assert sorted((row["who"], row["met"]) for row in met) == sorted([(speaker, about), (sample["place"], about)])
    assert {row["event_id"] for row in met} == {EVENT_ID}
    assert len(same) == 1 and (same[0]["speaker"], same[0]["articles"]) == (speaker, 2)
    pair = next(row for row in together if {row["entity"], row["appears_with"]} == {speaker, about})
    assert pair["articles"] == 2


def test_every_table_and_query_downloads_as_csv_and_json(sample):
    paths = [f"/newsfacts/{name}.csv" for name in sample["metadata"]["databases"]["newsfacts"]["tables"]]
    paths += [f"/newsfacts/{name}.json?_shape=array" for name in site.queries()]
    for path, response in zip(paths, get(sample, *paths)):
        assert response.status_code == 200, path


def test_no_writes_through_the_site(sample):
    before = sqlite_utils.Database(sample["database"])["entities"].count
    attempt, = get(sample, "/newsfacts.json?sql=delete+from+entities")
    assert attempt.status_code == 400
    assert sqlite_utils.Database(sample["database"])["entities"].count == before > 0
    assert not any(query.get("write") for query in site.queries().values())


def test_events_chart_is_configured_and_its_queries_run(sample):
    board, = get(sample, "/-/dashboards/events")
    assert board.status_code == 200 and "Timeline of news events dated to the day, by type" in board.text
    db = sqlite_utils.Database(sample["database"])
    charts = site.dashboards()["events"]["charts"]
    assert {row[1] for row in db.execute(charts["timeline"]["query"]).fetchall()} == {"ASSAULT", "CONSULT"}
    for chart in charts.values():
        db.execute(chart["query"]).fetchall()
