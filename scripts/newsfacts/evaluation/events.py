"""Score the events tables against gold events, article by article.

A system event counts in an article when one of its event_mentions is in that article. It matches
a gold event of that article when both have the same PLOVER type, their date ranges overlap (when
both are known), and they share at least one participant or location. Names are compared
case-insensitively: the system side offers each entity's canonical name and the words its mentions
use in that article, the gold side each entity's name and surface forms. Matching is one-to-one
(maximum bipartite matching), so an event reported twice counts once; among the matchings of that
size it is one with the most pairs dated exactly as the gold.

Metrics: precision, recall and F1 of that matching; type accuracy: among system and gold events
that report the same passage and share a participant or location, paired one to one like the
events but preferring pairs of the same type, the share with the same type (how often the type is
right once the event is found); date accuracy: among matched events with a
known gold date, the share whose date range is exactly the gold one; precision above and below a
confidence of 0.75: what the confidence column is worth.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
import re
import unicodedata

from scipy.optimize import linear_sum_assignment
from spacy.tokens import Doc

from ..event_lexicon import load
from ..ingest import Article

NAME = "events"
CONFIDENT = 0.75


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"(?:['’]s|['’])$", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _dates_agree(gold_event: dict, system_event: dict) -> bool:
    gold_start, gold_end = _date(gold_event.get("date_start")), _date(gold_event.get("date_end"))
    ours_start, ours_end = _date(system_event.get("date_start")), _date(system_event.get("date_end"))
    if None in (gold_start, gold_end, ours_start, ours_end):
        return True
    return gold_start <= ours_end and ours_start <= gold_end


def _best_matching(edges: dict[int, list[int]], agrees: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum bipartite matching (left index -> right index) that, among all matchings of that
    size, has the most pairs that agree. Any maximum matching gives the same precision and recall,
    but an arbitrary one pairs, say, a dated gold event with an undated system row while the dated
    row goes to a hypothetical gold event of the same type and parties, which a measure of the
    pairs (exact dates) then counts as the extractor's error. Each edge weighs more than all
    agreements together, so size comes first; the solver is deterministic, so equal matchings are
    always resolved the same way."""
    lefts = sorted(left for left, rights in edges.items() if rights)
    rights = sorted({right for left in lefts for right in edges[left]})
    if not lefts:
        return {}
    column = {right: j for j, right in enumerate(rights)}
    edge_weight = min(len(lefts), len(rights)) + 1
    weights = [[0] * len(rights) for _ in lefts]
    for i, left in enumerate(lefts):
        for right in edges[left]:
            weights[i][column[right]] = edge_weight + agrees(left, right)
    chosen = linear_sum_assignment(weights, maximize=True)
    return {lefts[i]: rights[j] for i, j in zip(*chosen, strict=True) if weights[i][j]}


def _gold_forms(entry: dict) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for entity in entry.get("entities", []):
        forms[entity["name"]] = {_norm(entity["name"])} | {_norm(f) for f in entity.get("surface_forms", [])}
    return forms


def _gold_anchor_forms(event: dict, forms: dict[str, set[str]]) -> set[str]:
    names = [*event.get("source", []), *event.get("recipient", [])]
    if event.get("location"):
        names.append(event["location"])
    return {form for name in names for form in forms.get(name, {_norm(name)})}


def _passage_spans(body: str, passages: list[str]) -> list[tuple[int, int]]:
    text = body.replace("\u00a0", " ")
    spans = []
    for passage in passages:
        at = text.find(passage.replace("\u00a0", " "))
        if at >= 0:
            spans.append((at, at + len(passage)))
    return spans


def score(gold: list[dict], tables: dict[str, list[dict]]) -> dict[str, float]:
    names = {e["entity_id"]: e["name"] for e in tables["entities"]}
    bodies = {a["article_id"]: a["body"] for a in tables["articles"]}
    events = {e["event_id"]: e for e in tables["events"]}
    anchors: dict[str, set[str]] = {}
    for row in tables["event_participants"]:
        anchors.setdefault(row["event_id"], set()).add(row["entity_id"])
    for event in tables["events"]:
        if event.get("location_entity_id"):
            anchors.setdefault(event["event_id"], set()).add(event["location_entity_id"])

    matched = system_total = gold_total = 0
    banded: Counter = Counter()
    typed_pairs = typed_right = dated_pairs = dated_right = 0
    for entry in gold:
        article_id = entry["article_id"]
        spoken: dict[str, set[str]] = {}
        for mention in tables["mentions"]:
            if mention["article_id"] == article_id:
                spoken.setdefault(mention["entity_id"], set()).add(_norm(mention["text"]))
        passages: dict[str, list[tuple[int, int]]] = {}
        for row in tables["event_mentions"]:
            if row["article_id"] == article_id:
                passages.setdefault(row["event_id"], []).append((row["start"], row["end"]))
        ours = sorted(passages)
        theirs = entry.get("events", [])
        system_total += len(ours)
        gold_total += len(theirs)
        forms = _gold_forms(entry)

        def shares_anchor(gold_event: dict, event_id: str) -> bool:
            wanted = _gold_anchor_forms(gold_event, forms)
            return any(({_norm(names[e])} | spoken.get(e, set())) & wanted for e in anchors.get(event_id, set()) if e in names)

        edges = {
            g: [
                s for s, event_id in enumerate(ours)
                if gold_event["event_type"] == events[event_id]["event_type"]
                and _dates_agree(gold_event, events[event_id])
                and shares_anchor(gold_event, event_id)
            ]
            for g, gold_event in enumerate(theirs)
        }
        def gold_dated(g: int) -> bool:
            return bool(theirs[g].get("date_start") and theirs[g].get("date_end"))

        def dated_as_gold(g: int, s: int) -> bool:
            event = events[ours[s]]
            return gold_dated(g) and (event["date_start"], event["date_end"]) == (theirs[g]["date_start"], theirs[g]["date_end"])

        pairs = _best_matching(edges, dated_as_gold)
        matched += len(pairs)
        for s, event_id in enumerate(ours):
            if events[event_id].get("confidence") is not None:
                band = "high" if events[event_id]["confidence"] >= CONFIDENT else "low"
                banded[f"{band}_rows"] += 1
                banded[f"{band}_right"] += s in pairs.values()
        for g, s in pairs.items():
            dated_pairs += gold_dated(g)
            dated_right += dated_as_gold(g, s)

        body = bodies.get(article_id, "")
        located = {
            g: [
                s for s, event_id in enumerate(ours)
                if shares_anchor(gold_event, event_id)
                and any(a < d and c < b for a, b in _passage_spans(body, gold_event.get("passages", [])) for c, d in passages[event_id])
            ]
            for g, gold_event in enumerate(theirs)
        }
        for g, s in _best_matching(located, lambda g, s: theirs[g]["event_type"] == events[ours[s]]["event_type"]).items():
            typed_pairs += 1
            typed_right += theirs[g]["event_type"] == events[ours[s]]["event_type"]

    precision = matched / system_total if system_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold events": gold_total,
        "system events": system_total,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "type accuracy (same passage)": typed_right / typed_pairs if typed_pairs else None,
        "date accuracy (matched, gold dated)": dated_right / dated_pairs if dated_pairs else None,
        # What the confidence column is worth: precision above and below CONFIDENT.
        f"precision, confidence >= {CONFIDENT}": banded["high_right"] / banded["high_rows"] if banded["high_rows"] else None,
        f"precision, confidence < {CONFIDENT}": banded["low_right"] / banded["low_rows"] if banded["low_rows"] else None,
    }


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "entity"


def baseline(articles: list[Article], docs: list[Doc]) -> dict[str, list[dict]]:
    """A naive coder in the GDELT spirit: one event per sentence that contains a trigger verb of
    the same lexicon, typed by the first such verb; source and recipient are the first two named
    entities of the sentence (spaCy NER as is); dated by the publication date (day precision, or
    unknown without one); no location, no flags, no deduplication."""
    lexicon = load()
    entities: dict[str, dict] = {}
    mentions, events, participants, event_mentions = [], [], [], []
    for article, doc in zip(articles, docs, strict=True):
        for sentence in doc.sents:
            spans = [span for span in sentence.ents if span.label_ in ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC")]
            for span in spans:
                entity_id = _slug(span.text)
                entities.setdefault(entity_id, {"entity_id": entity_id, "name": span.text, "type": span.label_})
                mentions.append({"article_id": article.article_id, "entity_id": entity_id, "start": span.start_char, "end": span.end_char, "text": span.text})
            trigger = next((t for t in (lexicon.verb_trigger(token) for token in sentence) if t), None)
            if trigger is None:
                continue
            event_id = f"baseline-{article.article_id}-{sentence.start_char}"
            events.append({
                "event_id": event_id, "event_type": trigger.event_type,
                "date_start": article.published_date, "date_end": article.published_date,
                "location_entity_id": None,
            })
            for role, span in zip(("source", "recipient"), spans[:2]):
                participants.append({"event_id": event_id, "entity_id": _slug(span.text), "role": role})
            event_mentions.append({"event_id": event_id, "article_id": article.article_id, "start": sentence.start_char, "end": sentence.end_char, "text": sentence.text})
    return {
        "articles": [article.row() for article in articles],
        "entities": list(entities.values()),
        "mentions": mentions,
        "events": events,
        "event_participants": participants,
        "event_mentions": event_mentions,
    }
