"""Entity IDs that stay what they were in the package a build replaces.

A fresh entity ID is the slug of the entity's canonical name, and the canonical name depends on
what else is in the build: "Shamkhani" alone is `shamkhani`, but once another article names
"Ali Shamkhani" the same man becomes `ali-shamkhani`; a gazetteer row added later may name a
thing anew. People cite entity IDs, so a build first looks up the package it is about to replace:
an entity named by the mentions an earlier entity was named by keeps that earlier entity's ID.
Its name, type and Wikidata link follow the current build; only the key stays.
"""

from __future__ import annotations

import csv
from pathlib import Path

from . import earlier_ids

# Every column that refers to an entity, by table.
REFERENCES = {
    "entities": ("entity_id",),
    "mentions": ("entity_id",),
    "quotes": ("speaker_entity_id", "relay_entity_id"),
    "events": ("location_entity_id",),
    "event_participants": ("entity_id",),
}


# Where an article names an entity.
Mention = earlier_ids.Passage


def published(package_dir: Path) -> dict[str, list[Mention]]:
    """The mentions of each entity the package in package_dir published, or none when there is none."""
    mentions_csv = package_dir / "data" / "mentions.csv"
    if not mentions_csv.is_file():
        return {}
    found: dict[str, list[Mention]] = {}
    with mentions_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.setdefault(row["entity_id"], []).append(Mention(row["article_id"], int(row["start"]), int(row["end"]), row["text"]))
    return found


def assign(current: dict[str, list[Mention]], earlier: dict[str, list[Mention]]) -> dict[str, str]:
    """The ID each current entity (fresh ID -> its mentions) is published under.

    Each earlier ID goes to at most one entity, as many as can keep one (earlier_ids.keep), each
    preferring the earlier entity it shares most mentions with, then the one whose ID is its
    fresh ID. When two published entities turn out to be one, the ID with more shared mentions
    stays. An entity that takes no earlier ID keeps its fresh one unless another entity already
    holds it; then a number is added (`-2`, `-3`).
    """
    by_article: dict[str, set[str]] = {}
    for old_id, mentions in earlier.items():
        for mention in mentions:
            by_article.setdefault(mention.article_id, set()).add(old_id)
    claims: dict[str, list[tuple[tuple, str]]] = {}
    for fresh, mentions in current.items():
        for old_id in sorted({o for m in mentions for o in by_article.get(m.article_id, ())}):
            shared = sum(any(m.same_words(o) for o in earlier[old_id]) for m in mentions)
            if shared:
                claims.setdefault(fresh, []).append(((shared, old_id == fresh), old_id))
    ids = earlier_ids.keep(claims)
    taken = set(ids.values())
    for fresh in sorted(set(current) - set(ids)):
        candidate, number = fresh, 1
        while candidate in taken:
            number += 1
            candidate = f"{fresh}-{number}"
        ids[fresh] = candidate
        taken.add(candidate)
    return ids


def keep_earlier(tables: dict[str, list[dict]], earlier: dict[str, list[Mention]]) -> dict[str, list[dict]]:
    """The tables with every entity reference rewritten to the ID it was published under."""
    current: dict[str, list[Mention]] = {row["entity_id"]: [] for row in tables["entities"]}
    for row in tables["mentions"]:
        current[row["entity_id"]].append(Mention(row["article_id"], row["start"], row["end"], row["text"]))
    ids = assign(current, earlier)
    if all(fresh == kept for fresh, kept in ids.items()):
        return tables
    rewritten = dict(tables)
    for table, columns in REFERENCES.items():
        rewritten[table] = [
            {**row, **{column: ids.get(row[column], row[column]) for column in columns if row.get(column)}}
            for row in tables[table]
        ]
    return rewritten
