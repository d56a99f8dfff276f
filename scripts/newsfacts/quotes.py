"""Quotes: who said what, direct and indirect, with the speaker linked to an entity."""

from __future__ import annotations

from spacy.tokens import Doc

from .ingest import Article


def extract(articles: list[Article], docs: list[Doc], entities: list[dict], mentions: list[dict]) -> list[dict]:
    """Rows of the quotes table (see schemas/tables/quotes.json)."""
    return []
