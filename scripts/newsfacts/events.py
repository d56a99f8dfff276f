"""Events: who did what to whom, when and where, PLOVER-coded and deduplicated across articles."""

from __future__ import annotations

from spacy.tokens import Doc

from .ingest import Article


def extract(
    articles: list[Article], docs: list[Doc], entities: list[dict], mentions: list[dict]
) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows of the events, event_participants and event_mentions tables."""
    return [], [], []
