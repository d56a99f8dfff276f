"""Entities against gold: one canonical entity per article, matched one to one.

Matching rules (also in tests/gold/README.md, "Matching rules: entities"):
- Per article, the system's entities are the distinct entity_ids with a mention in that article;
  the gold's are the rows of its `entities`.
- A system entity matches a gold entity when they share a Wikidata QID, or when one of the system
  entity's mention texts in that article equals one of the gold entity's `surface_forms` or its
  `name` after normalisation (case, whitespace including no-break spaces, curly vs straight quotes,
  a leading "the", a trailing possessive 's).
- Pairs are taken greedily, best first (shared QID, then more shared forms, then names in
  alphabetical order so reruns agree), each entity at most once: a second system entity for
  the same gold entity ("Shamkhani" beside "Ali Shamkhani") is a false positive.
- precision = matched / system entities, recall = matched / gold entities, over all types.
  Per type group (PERSON; ORG; places = GPE, LOC and FAC) a pair counts only when both sides are
  in the group, against the system and gold entities of that group: a wrong type costs both.
- f1_person_org_place pools the three groups the same way (a pair counts when both sides are in
  the same group): the figure issue #3's target is stated in. Types the gold does not annotate
  (LAW, PRODUCT, EVENT, ...) are outside it, but still count against overall precision.
- qid_accuracy: of the matched gold PERSON, ORG and GPE entities that have a gold QID, the share
  whose system entity has the same QID.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from ..entities import ENTITY_TYPES
from ..gazetteer import slugify
from ..ingest import Article

NAME = "entities"
GROUPS = {"person": {"PERSON"}, "org": {"ORG"}, "place": {"GPE", "LOC", "FAC"}}
QID_TYPES = {"PERSON", "ORG", "GPE"}


def normalise(text: str) -> str:
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    text = re.sub(r"\s+", " ", text).strip().casefold()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s?$", "", text).strip()


def _system_entities(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Per article: [{type, wikidata_id, forms}] for each entity mentioned there."""
    entities = {row["entity_id"]: row for row in tables["entities"]}
    forms: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for mention in tables["mentions"]:
        forms[mention["article_id"]][mention["entity_id"]].add(normalise(mention["text"]))
    return {
        article_id: [
            {"name": entities[entity_id]["name"], "type": entities[entity_id]["type"], "wikidata_id": entities[entity_id]["wikidata_id"], "forms": texts}
            for entity_id, texts in sorted(by_entity.items())
        ]
        for article_id, by_entity in forms.items()
    }


def match(system: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (system index, gold index) pairs, best first."""
    candidates = []
    for s, ours in enumerate(system):
        for g, theirs in enumerate(gold):
            gold_forms = {normalise(form) for form in theirs.get("surface_forms", [])} | {normalise(theirs["name"])}
            same_qid = bool(ours["wikidata_id"]) and ours["wikidata_id"] == theirs.get("wikidata_id")
            shared = len(ours["forms"] & gold_forms)
            if same_qid or shared:
                candidates.append(((-int(same_qid), -shared, ours["name"], theirs["name"]), s, g))
    pairs, used_s, used_g = [], set(), set()
    for _, s, g in sorted(candidates):
        if s not in used_s and g not in used_g:
            pairs.append((s, g))
            used_s.add(s)
            used_g.add(g)
    return pairs


def _f1(tp: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp / n_system if n_system else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def score(gold: list[dict], tables: dict[str, list[dict]]) -> dict[str, float]:
    system_by_article = _system_entities(tables)
    counts: Counter = Counter()
    for annotation in gold:
        system = system_by_article.get(annotation["article_id"], [])
        truth = annotation["entities"]
        pairs = match(system, truth)
        counts["tp"] += len(pairs)
        counts["system"] += len(system)
        counts["gold"] += len(truth)
        for group, types in GROUPS.items():
            tp = sum(1 for s, g in pairs if system[s]["type"] in types and truth[g]["type"] in types)
            n_system = sum(1 for e in system if e["type"] in types)
            n_gold = sum(1 for e in truth if e["type"] in types)
            for key in (group, "target"):
                counts[f"{key}_tp"] += tp
                counts[f"{key}_system"] += n_system
                counts[f"{key}_gold"] += n_gold
        for s, g in pairs:
            if truth[g]["type"] in QID_TYPES and truth[g].get("wikidata_id"):
                counts["qid_total"] += 1
                counts["qid_right"] += system[s]["wikidata_id"] == truth[g]["wikidata_id"]
    precision, recall, f1 = _f1(counts["tp"], counts["system"], counts["gold"])
    result = {"precision": precision, "recall": recall, "f1": f1}
    for group in GROUPS:
        result[f"f1_{group}"] = _f1(counts[f"{group}_tp"], counts[f"{group}_system"], counts[f"{group}_gold"])[2]
    result["f1_person_org_place"] = _f1(counts["target_tp"], counts["target_system"], counts["target_gold"])[2]
    result["qid_accuracy"] = counts["qid_right"] / counts["qid_total"] if counts["qid_total"] else 0.0
    return result


def baseline(articles: list[Article], docs: list[Doc]) -> dict[str, list[dict]]:
    """Bare spaCy NER: every distinct entity text in an article is an entity; no canonical names, no QIDs."""
    entities: dict[str, dict] = {}
    labels: dict[str, Counter] = defaultdict(Counter)
    mentions = []
    for article, doc in zip(articles, docs, strict=True):
        for span in doc.ents:
            if span.label_ not in ENTITY_TYPES:
                continue
            entity_id = slugify(span.text)
            labels[entity_id][span.label_] += 1
            entities.setdefault(entity_id, {"entity_id": entity_id, "name": span.text, "wikidata_id": None})
            mentions.append({"article_id": article.article_id, "entity_id": entity_id, "start": span.start_char, "end": span.end_char, "text": span.text})
    for entity_id, entity in entities.items():
        entity["type"] = min(labels[entity_id], key=lambda t: (-labels[entity_id][t], t))
    return {"entities": list(entities.values()), "mentions": mentions}
