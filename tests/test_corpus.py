"""The build publishes every article we hold, not just the seeds.

The gold sets' texts are articles nobody tuned the validation gate on: if an extractor writes a row
the gate rejects (a duplicate id, an undated future event), a user who drops in such an article gets
a failed build. Only the texts are read here, never the gold annotations.
"""

import csv
import shutil
from pathlib import Path

from newsfacts import pipeline

from conftest import RAW

GOLD = Path(__file__).resolve().parent / "gold"


def test_every_article_we_hold_builds_into_a_valid_package(tmp_path):
    corpus = tmp_path / "raw"
    corpus.mkdir()
    sources = [RAW, *sorted(path for path in GOLD.iterdir() if path.is_dir())]
    for folder in sources:
        for path in folder.iterdir():
            shutil.copy(path, corpus / path.name)
    article_count = len(list(corpus.glob("*.txt")))

    descriptor = pipeline.build(corpus, tmp_path / "package")

    with open(descriptor.parent / "data" / "articles.csv", encoding="utf-8", newline="") as table:
        published = list(csv.DictReader(table))
    assert len(published) == article_count
