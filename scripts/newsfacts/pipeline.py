"""The build: raw articles in, a validated Data Package out, published only if it is valid."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from spacy.tokens import Doc

from . import entities, entity_ids, event_ids, events, ingest, nlp, package, quotes
from .errors import NewsfactsError
from .report import Report
from .validate import validate_package


class ValidationFailed(NewsfactsError):
    def __init__(self, report: Report):
        self.report = report
        super().__init__(f"validation failed with {len(report.errors)} error(s), listed above; nothing was published")


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def read_and_parse(input_dir: Path) -> tuple[list[ingest.Article], list[Doc]]:
    articles = ingest.read_corpus(input_dir)
    progress(f"read {len(articles)} article(s) from {input_dir}")
    docs = []
    for number, doc in enumerate(nlp.parse(article.body for article in articles), start=1):
        docs.append(doc)
        if number % 50 == 0 or number == len(articles):
            progress(f"parsed {number}/{len(articles)} article(s)")
    return articles, docs


def extract_tables(
    articles: list[ingest.Article], docs: list[Doc], earlier: Path | None = None
) -> dict[str, list[dict]]:
    """The tables for these articles; entities, statements and events keep the ids they have in
    the package in `earlier`, the one this build replaces."""
    entity_rows, mention_rows = entities.extract(articles, docs)
    progress(f"found {len(entity_rows)} entities in {len(mention_rows)} mentions")
    quote_rows = quotes.extract(articles, docs, entity_rows, mention_rows, quotes.published_statements(earlier) if earlier else None)
    progress(f"found {len(quote_rows)} quotes")
    event_rows, participant_rows, event_mention_rows = events.extract(
        articles, docs, entity_rows, mention_rows, event_ids.published(earlier) if earlier else [], quote_rows)
    progress(f"found {len(event_rows)} events in {len(event_mention_rows)} passages")
    tables = {
        "articles": [article.row() for article in articles],
        "entities": entity_rows,
        "mentions": mention_rows,
        "quotes": quote_rows,
        "events": event_rows,
        "event_participants": participant_rows,
        "event_mentions": event_mention_rows,
    }
    return entity_ids.keep_earlier(tables, entity_ids.published(earlier)) if earlier else tables


def publish(staging: Path, output_dir: Path) -> None:
    """Move a validated package into place file by file; each replace is atomic.

    The descriptor goes last: until it is replaced, readers see the old package, whose hashes
    tell them if they caught a table mid-swap.
    """
    files = package.published_files(staging / "datapackage.json")
    for relative in [*files[1:], files[0]]:
        target = output_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)


def build(input_dir: Path, output_dir: Path) -> Path:
    """Build the package for input_dir into output_dir; a failure leaves output_dir as it was.
    Entities, events and statements the package already in output_dir published keep their IDs."""
    tables = extract_tables(*read_and_parse(input_dir), output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".newsfacts-staging-", dir=output_dir))
    try:
        package.write(tables, staging)
        report = validate_package(staging / "datapackage.json", input_dir=input_dir)
        # Name the package by where it is going, not by the staging folder that is about to vanish.
        report.descriptor = output_dir / "datapackage.json"
        progress(str(report))
        if report.errors:
            raise ValidationFailed(report)
        publish(staging, output_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress(f"wrote {output_dir / 'datapackage.json'}")
    return output_dir / "datapackage.json"
