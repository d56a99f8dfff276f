"""Event IDs that stay what they were in the package a build replaces.

A fresh ID is a hash of the event's type and its first report (article and trigger offset), and
which report comes first depends on what else is in the build: a new article that sorts first and
reports an event already published would re-key it, and so would an extractor change that moves
the trigger. People cite event IDs, so a build first looks up the package it is about to replace:
an event that is reported by a passage an earlier event of the same type was reported by keeps that
earlier event's ID.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import earlier_ids

# A passage of an article that reports an event.
Report = earlier_ids.Passage


@dataclass(frozen=True)
class Published:
    event_id: str
    event_type: str
    reports: tuple[Report, ...]


def published(package_dir: Path) -> list[Published]:
    """The events of the package in package_dir, or none when nothing was published there yet."""
    events_csv, mentions_csv = package_dir / "data" / "events.csv", package_dir / "data" / "event_mentions.csv"
    if not (events_csv.is_file() and mentions_csv.is_file()):
        return []
    reports: dict[str, list[Report]] = {}
    with mentions_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            reports.setdefault(row["event_id"], []).append(
                Report(row["article_id"], int(row["start"]), int(row["end"]), row["text"])
            )
    with events_csv.open(encoding="utf-8", newline="") as handle:
        return [
            Published(row["event_id"], row["event_type"], tuple(reports.get(row["event_id"], ())))
            for row in csv.DictReader(handle)
        ]


def fresh_id(event_type: str, article_id: str, trigger_start: int, actor: str | None = None) -> str:
    """The type and the place its first report in this build names it; and who acts, for the two
    events one word reports ("Ghana and Togo accused each other")."""
    key = f"{event_type}|{article_id}|{trigger_start}" + (f"|{actor}" if actor is not None else "")
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def assign(events: list[tuple[str, str, list[Report]]], earlier: list[Published]) -> list[str]:
    """One ID per event, given as (fresh ID, type, reports), in the same order.

    Each earlier ID goes to at most one event, as many as can keep one (earlier_ids.keep), each
    preferring the earlier event it shares most passages with, then most identical passages. An event that takes no earlier ID
    keeps its fresh one unless another event already holds it.
    """
    # Only events reported in the same articles can share a passage: index the earlier ones by article.
    by_article: dict[str, set[int]] = {}
    for number, old in enumerate(earlier):
        for report in old.reports:
            by_article.setdefault(report.article_id, set()).add(number)
    claims: dict[int, list[tuple[tuple, str]]] = {}
    for index, (fresh, event_type, reports) in enumerate(events):
        for number in sorted({n for r in reports for n in by_article.get(r.article_id, ())}):
            old = earlier[number]
            if old.event_type != event_type:
                continue
            shared = sum(any(r.same_words(o) for o in old.reports) for r in reports)
            if shared:
                exact = sum(any((r.start, r.end) == (o.start, o.end) for o in old.reports) for r in reports)
                claims.setdefault(index, []).append(((shared, exact), old.event_id))
    kept = earlier_ids.keep(claims)
    ids: list[str | None] = [kept.get(index) for index in range(len(events))]
    taken = set(kept.values())
    for index, (fresh, _, _) in sorted(enumerate(events), key=lambda item: item[1][0]):
        if ids[index] is None:
            candidate, salt = fresh, 1
            while candidate in taken:
                salt += 1
                candidate = "ev-" + hashlib.sha1(f"{fresh}|{salt}".encode("utf-8")).hexdigest()[:12]
            ids[index] = candidate
            taken.add(candidate)
    return ids
