import asyncio
import json

import pytest
import sqlite_utils
from datasette.app import Datasette

from newsfacts import database, site


@pytest.fixture(scope="module")
def served(seed_package, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    db_path = database.build_database(seed_package, folder / "newsfacts.db")
    metadata = json.loads(site.write_metadata(seed_package, folder / "metadata.json").read_text())
    return db_path, metadata


def test_database_has_keys_indexes_and_full_text_search(served):
    db = sqlite_utils.Database(served[0])
    assert db["articles"].pks == ["article_id"]
    assert db["event_participants"].pks == ["event_id", "entity_id", "role"]
    mention_fks = {(fk.column, fk.other_table) for fk in db["mentions"].foreign_keys}
    assert mention_fks == {("article_id", "articles"), ("entity_id", "entities")}
    indexed = {tuple(index.columns) for index in db["mentions"].indexes}
    assert {("article_id",), ("entity_id",)} <= indexed
    assert db["mentions"].columns_dict["start"] is int
    hits = list(db["articles"].search("Taliban"))
    assert len(hits) == 2
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_datasette_serves_tables_with_their_descriptions(served):
    asyncio.run(_browse(*served))


async def _browse(db_path, metadata):
    ds = Datasette(immutables=[str(db_path)], metadata=metadata)
    response = await ds.client.get("/newsfacts/mentions")
    assert response.status_code == 200
    assert "Every place an article names an entity" in response.text
    response = await ds.client.get("/newsfacts/entities.json?_shape=array&type=GPE")
    names = {row["name"] for row in response.json()}
    assert "Iran" in names
    response = await ds.client.get("/newsfacts/articles.json?_search=Shamkhani&_shape=array")
    assert len(response.json()) == 2
