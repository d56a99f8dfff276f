"""A copy of the seed package with known quotes and events written in, for the site tests.

The site's canned queries and charts need quote and event rows whose answers the tests know,
whatever the extractors currently find on the seeds. Every row here points at real entities,
mentions and article text of the built package, chosen by rule (not by name) so the sample
survives changes to the entity extractor. Values stay strings, as read from the CSV files.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from newsfacts import package

EVENT_ID = "sample-consult"


def _read(root: Path, table: str) -> list[dict]:
    with (root / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def populate(descriptor_path: Path, destination: Path) -> dict:
    """Write the seed package plus two sample quotes and two events to destination; return what was added."""
    tables = {name: _read(descriptor_path.parent, name) for name in package.table_names()}
    # Replace whatever the extractors found, so the site tests know exactly what to expect.
    for name in ("quotes", "events", "event_participants", "event_mentions"):
        tables[name] = []
    entities = {row["entity_id"]: row for row in tables["entities"]}
    articles = sorted(tables["articles"], key=lambda row: row["article_id"])[:2]
    seen_in = defaultdict(set)
    for mention in tables["mentions"]:
        # Only mentions that spell the canonical name, so searching for the name finds them.
        if mention["text"] == entities[mention["entity_id"]]["name"]:
            seen_in[mention["entity_id"]].add(mention["article_id"])
    # Two entities named in both articles, people first: a speaker and whom they talk about.
    shared = sorted(
        (e for e, ids in seen_in.items() if {a["article_id"] for a in articles} <= ids),
        key=lambda e: (entities[e]["type"] != "PERSON", e),
    )
    speaker, other = shared[0], shared[1]
    for article in articles:
        about = next(
            m for m in tables["mentions"]
            if m["article_id"] == article["article_id"] and m["entity_id"] == other and m["text"] == entities[other]["name"]
        )
        start, end = int(about["start"]), min(len(article["body"]), int(about["end"]) + 30)
        tables["quotes"].append(
            {
                "quote_id": f"{article['article_id']}:q:{start}-{end}",
                "article_id": article["article_id"],
                "text": article["body"][start:end],
                "kind": "direct",
                "speaker_entity_id": speaker,
                "speaker_text": entities[speaker]["name"],
                "cue": "say",
                "statement_id": f"{speaker}:sample",
                "start": str(start),
                "end": str(end),
                "confidence": "0.9",
            }
        )
    place = min(e for e, row in entities.items() if row["type"] == "GPE" and e not in (speaker, other))
    tables["events"].append(
        {
            "event_id": EVENT_ID,
            "event_type": "CONSULT",
            "mode": "visit",
            "date_start": "2018-12-24",
            "date_end": "2018-12-24",
            "date_precision": "day",
            "date_text": "on Monday",
            "negated": "false",
            "hypothetical": "false",
            "historical": "false",
            "summary": f"{entities[speaker]['name']} met {entities[other]['name']}",
            "confidence": "0.8",
        }
    )
    tables["events"].append(
        {
            "event_id": "sample-assault",
            "event_type": "ASSAULT",
            "date_start": "2018-12-20",
            "date_end": "2018-12-20",
            "date_precision": "day",
            "location_entity_id": place,
            "fatalities": "3",
            "negated": "false",
            "hypothetical": "false",
            "historical": "false",
            "summary": f"An attack in {entities[place]['name']}",
            "confidence": "0.6",
        }
    )
    # Two sources meet one recipient: the sources met the recipient, not each other.
    tables["event_participants"] += [
        {"event_id": EVENT_ID, "entity_id": speaker, "role": "source"},
        {"event_id": EVENT_ID, "entity_id": place, "role": "source"},
        {"event_id": EVENT_ID, "entity_id": other, "role": "recipient"},
        {"event_id": "sample-assault", "entity_id": other, "role": "recipient"},
    ]
    passage = articles[0]["body"][:40]
    tables["event_mentions"].append(
        {"event_id": EVENT_ID, "article_id": articles[0]["article_id"], "start": "0", "end": str(len(passage)), "text": passage}
    )
    package.write(tables, destination)
    return {
        "descriptor": destination / "datapackage.json",
        "speaker": entities[speaker]["name"],
        "speaker_id": speaker,
        "about": entities[other]["name"],
        "place": entities[place]["name"],
        "articles": [article["article_id"] for article in articles],
    }
