"""Measure the extractors against hand-written gold annotations (tests/gold/), never read by the build.

Each module in this package scores one table. It defines:
- `NAME`: the table it scores, e.g. "entities";
- `score(gold: list[dict], tables: dict[str, list[dict]]) -> dict[str, float]`: metrics of the
  given tables against the gold annotations of the same articles (see tests/gold/README.md);
- `baseline(articles, docs) -> dict[str, list[dict]]`: the tables a published off-the-shelf
  extractor produces for the same articles, scored the same way for comparison.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

from .. import pipeline


def scorers() -> list:
    modules = [importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]
    return sorted((m for m in modules if hasattr(m, "score")), key=lambda m: m.NAME)


def load_gold(gold_dir: Path, article_ids: list[str]) -> list[dict]:
    gold = []
    for article_id in article_ids:
        path = gold_dir / f"{article_id}.json"
        if path.exists():
            gold.append(json.loads(path.read_text(encoding="utf-8")))
    return gold


def evaluate_folder(input_dir: Path, gold_dir: Path) -> list[tuple[str, str, float | None, float | None]]:
    """(table, metric, system, baseline) for the articles in input_dir that have gold annotations."""
    articles, docs = pipeline.read_and_parse(input_dir)
    gold = load_gold(gold_dir, [article.article_id for article in articles])
    annotated = {entry["article_id"] for entry in gold}
    keep = [i for i, article in enumerate(articles) if article.article_id in annotated]
    articles, docs = [articles[i] for i in keep], [docs[i] for i in keep]
    system = pipeline.extract_tables(articles, docs)
    results = []
    for scorer in scorers():
        ours = scorer.score(gold, system)
        theirs = scorer.score(gold, scorer.baseline(articles, docs))
        for metric, value in ours.items():
            results.append((scorer.NAME, metric, value, theirs.get(metric)))
    return results


def format_results(title: str, results: list[tuple]) -> str:
    def cell(value):
        return "" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))

    lines = [title, f"  {'table':<12} {'metric':<34} {'newsfacts':>10} {'baseline':>10}"]
    lines += [f"  {table:<12} {metric:<34} {cell(ours):>10} {cell(theirs):>10}" for table, metric, ours, theirs in results]
    return "\n".join(lines)
