"""Which published ID each row of a new build keeps (used for entities and events).

A rebuild can split, merge or regroup what an earlier package published: an article added later
may show that two published events were one, and a passage may move from one event to another.
Citations survive best when as many published IDs as possible survive, so the IDs are handed out
as a maximum matching between new rows and the published rows they share something with, each
new row trying first the published ID it shares most with.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class Passage:
    """Characters of an article a published row points to: an entity's mention, an event's report."""

    article_id: str
    start: int
    end: int
    text: str

    def same_words(self, other: Passage) -> bool:
        # Overlapping characters, or the same words where a changed body moved them.
        return self.article_id == other.article_id and (
            (self.start < other.end and other.start < self.end) or self.text == other.text
        )


def keep(claims: dict[Hashable, list[tuple[tuple, str]]]) -> dict[Hashable, str]:
    """The published ID each new row keeps, from claims {new row: [(how much it shares, published ID)]}
    (how much: a tuple, compared as tuples, larger is stronger).

    Each published ID goes to at most one row. New rows are served in order of their strongest
    claim (then by key), each taking the strongest of its claims still free; only a row left
    without one may move an earlier row to another of its claims (Kuhn's augmenting paths). The
    outcome depends only on the claims, not on the order rows come in.
    """
    preferences = {
        row: [old for _, old in sorted(sorted(wanted, key=lambda c: c[1]), key=lambda c: c[0], reverse=True)]
        for row, wanted in claims.items()
    }
    order = sorted(sorted(claims, key=str), key=lambda row: max(c[0] for c in claims[row]), reverse=True)
    holder: dict[str, Hashable] = {}

    def place(row: Hashable, seen: set[str]) -> bool:
        # A free ID first: a row that holds one is moved only when there is no other way.
        free = next((old for old in preferences[row] if old not in holder and old not in seen), None)
        if free is not None:
            holder[free] = row
            return True
        for old in preferences[row]:
            if old in seen:
                continue
            seen.add(old)
            if place(holder[old], seen):
                holder[old] = row
                return True
        return False

    for row in order:
        place(row, set())
    return {row: old for old, row in holder.items()}
