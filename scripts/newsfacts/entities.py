"""Named entities: one row per real-world thing across the corpus, and every mention of it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from spacy.tokens import Doc

from .ingest import Article

# OntoNotes labels that name a thing; dates, amounts and ordinals are not entities here.
ENTITY_TYPES = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "entity"


def _canonical_name(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"(?:['’]s|['’])$", "", text).strip()


def extract(articles: list[Article], docs: list[Doc]) -> tuple[list[dict], list[dict]]:
    """Entities and mentions from the statistical NER: one entity per canonical name."""
    mentions = []
    types_by_id: dict[str, Counter] = defaultdict(Counter)
    names_by_id: dict[str, Counter] = defaultdict(Counter)
    for article, doc in zip(articles, docs, strict=True):
        for span in doc.ents:
            if span.label_ not in ENTITY_TYPES:
                continue
            name = _canonical_name(span.text)
            entity_id = slugify(name)
            types_by_id[entity_id][span.label_] += 1
            names_by_id[entity_id][name] += 1
            mentions.append(
                {
                    "mention_id": f"{article.article_id}:{span.start_char}-{span.end_char}",
                    "article_id": article.article_id,
                    "entity_id": entity_id,
                    "start": span.start_char,
                    "end": span.end_char,
                    "text": span.text,
                    "method": "ner",
                    "confidence": None,
                }
            )
    articles_by_id: dict[str, set] = defaultdict(set)
    for mention in mentions:
        articles_by_id[mention["entity_id"]].add(mention["article_id"])
    entities = [
        {
            "entity_id": entity_id,
            # Most frequent form wins; ties go to the alphabetically first so reruns agree.
            "name": min(names, key=lambda n: (-names[n], n)),
            "type": min(types_by_id[entity_id], key=lambda t: (-types_by_id[entity_id][t], t)),
            "wikidata_id": None,
            "description": None,
            "mention_count": sum(names.values()),
            "article_count": len(articles_by_id[entity_id]),
        }
        for entity_id, names in names_by_id.items()
    ]
    return entities, mentions
