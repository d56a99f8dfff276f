"""Score the quotes table against gold: quote spans by kind, and who said them.

Matching: a system quote and a gold quote of the same article and kind match when the token F1
of their normalised texts is at least MATCH_F1 (0.8). Normalising lowercases, folds whitespace,
drops quotation marks and leading/trailing punctuation, so “...,” and "..." compare equal and a
clause that keeps or drops a trailing adverb still matches. Pairs are matched one to one, best
F1 first. `*_exact` is the share of matched pairs whose normalised texts are identical.

Speaker accuracy is over matched quotes whose gold names a speaker: right when the system
speaker entity is the gold speaker entity by the entity matching rules (entities.py): it shares
the gold entity's QID, or its name or one of its mention texts in that article is the gold
speaker's name or one of that gold entity's surface forms (compared without case, accents, a
leading "the" or a trailing disambiguator in parentheses). Judging by the canonical name alone
marked a speaker wrong whenever its entity was named differently ("Xinhua News Agency" for the
gold "Xinhua", mentioned as "Xinhua"), which the entities table's own score already counts.
`anonymous_unlinked` is the share of matched quotes with no gold speaker that the system also
leaves unlinked (anonymous sources must not be pinned on someone). `right, confidence >= 0.85` and
`< 0.85` are the shares of system quotes, above and below that confidence, that match a gold quote
and have its speaker right (or leave an anonymous one unlinked): what the confidence column is worth.

The baseline is textacy's `direct_quotations` (direct quotes only), its speaker being the words
it returns; those words go through the same name comparison. textacy refuses a whole text with
an odd number of quotation marks (a multi-paragraph quote); it then gets one paragraph at a time.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from spacy.tokens import Doc

from .. import quote_marks
from ..ingest import Article

NAME = "quotes"
MATCH_F1 = 0.8
CONFIDENT = 0.85
QUOTE_MARKS = re.compile(r"[\"“”„«»‘’']")
TOKEN = re.compile(r"\w+")
EDGES = " .,;:!?-—–…()"


def normalise(text: str) -> str:
    text = re.sub(r"\s+", " ", QUOTE_MARKS.sub(" ", text.casefold()))
    return text.strip(EDGES)


def _tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(normalise(text)))


def token_f1(a: str, b: str) -> float:
    first, second = _tokens(a), _tokens(b)
    common = sum((first & second).values())
    if not common:
        return 0.0
    precision, recall = common / sum(first.values()), common / sum(second.values())
    return 2 * precision * recall / (precision + recall)


def match(system: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs (system, gold) with token F1 >= MATCH_F1, best pairs first."""
    scored = [
        (token_f1(s["text"], g["text"]), i, j)
        for i, s in enumerate(system)
        for j, g in enumerate(gold)
    ]
    pairs, used_system, used_gold = [], set(), set()
    for f1, i, j in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if f1 < MATCH_F1:
            break
        if i not in used_system and j not in used_gold:
            used_system.add(i)
            used_gold.add(j)
            pairs.append((system[i], gold[j]))
    return pairs


def _name_key(name: str) -> str:
    """Names compare without case, accents, quote marks or a leading "the" ("Erdoğan" is "Erdogan")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    folded = re.sub(r"\s*\([^)]*\)$", "", folded)  # a disambiguator is not part of the name: "Foreign Ministry (Iraq)"
    return re.sub(r"^the ", "", normalise(folded))


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def score(gold: list[dict], tables: dict[str, list[dict]]) -> dict[str, float]:
    names = {e["entity_id"]: e["name"] for e in tables.get("entities", [])}
    qids = {e["entity_id"]: e.get("wikidata_id") for e in tables.get("entities", [])}
    mention_texts: dict[tuple[str, str], set[str]] = {}
    for mention in tables.get("mentions", []):
        mention_texts.setdefault((mention["article_id"], mention["entity_id"]), set()).add(_name_key(mention["text"]))
    by_article: dict[str, list[dict]] = {}
    for row in tables.get("quotes", []):
        by_article.setdefault(row["article_id"], []).append(row)
    counts = Counter()
    for entry in gold:
        forms = {_name_key(e["name"]): {_name_key(e["name"])} | {_name_key(f) for f in e.get("surface_forms", [])} for e in entry.get("entities", [])}
        gold_qids = {_name_key(e["name"]): e.get("wikidata_id") for e in entry.get("entities", [])}
        system_rows = by_article.get(entry["article_id"], [])
        for kind in ("direct", "indirect"):
            ours = [r for r in system_rows if r["kind"] == kind]
            theirs = [q for q in entry.get("quotes", []) if q["kind"] == kind]
            pairs = match(ours, theirs)
            right_rows = set()
            counts[f"{kind}_system"] += len(ours)
            counts[f"{kind}_gold"] += len(theirs)
            counts[f"{kind}_matched"] += len(pairs)
            counts[f"{kind}_exact"] += sum(normalise(s["text"]) == normalise(g["text"]) for s, g in pairs)
            for system_row, gold_row in pairs:
                entity_id = system_row.get("speaker_entity_id")
                linked = names.get(entity_id)
                if gold_row.get("speaker"):
                    key = _name_key(gold_row["speaker"])
                    known = {_name_key(linked)} | mention_texts.get((entry["article_id"], entity_id), set()) if linked is not None else set()
                    same_qid = linked is not None and gold_qids.get(key) is not None and qids.get(entity_id) == gold_qids[key]
                    right = same_qid or bool(known & forms.get(key, {key}))
                    counts["speaker_total"] += 1
                    counts["speaker_right"] += right
                    counts[f"{kind}_speaker_total"] += 1
                    counts[f"{kind}_speaker_right"] += right
                else:
                    counts["anonymous_total"] += 1
                    counts["anonymous_unlinked"] += linked is None
                    right = linked is None
                if right:
                    right_rows.add(id(system_row))
            for row in ours:
                if row.get("confidence") is not None:
                    band = "high" if row["confidence"] >= CONFIDENT else "low"
                    counts[f"{band}_rows"] += 1
                    counts[f"{band}_right"] += id(row) in right_rows
    metrics: dict[str, float] = {}
    for kind in ("direct", "indirect"):
        precision = _ratio(counts[f"{kind}_matched"], counts[f"{kind}_system"])
        recall = _ratio(counts[f"{kind}_matched"], counts[f"{kind}_gold"])
        metrics[f"{kind}_precision"] = precision
        metrics[f"{kind}_recall"] = recall
        metrics[f"{kind}_f1"] = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        metrics[f"{kind}_exact"] = _ratio(counts[f"{kind}_exact"], counts[f"{kind}_matched"])
        metrics[f"{kind}_gold_count"] = counts[f"{kind}_gold"]
    metrics["speaker_accuracy"] = _ratio(counts["speaker_right"], counts["speaker_total"])
    metrics["direct_speaker_accuracy"] = _ratio(counts["direct_speaker_right"], counts["direct_speaker_total"])
    metrics["indirect_speaker_accuracy"] = _ratio(counts["indirect_speaker_right"], counts["indirect_speaker_total"])
    metrics["anonymous_unlinked"] = _ratio(counts["anonymous_unlinked"], counts["anonymous_total"])
    # What the confidence column is worth: the share of quotes whose text and speaker are both right,
    # above and below CONFIDENT.
    if counts["high_rows"] + counts["low_rows"]:
        metrics[f"right, confidence >= {CONFIDENT}"] = _ratio(counts["high_right"], counts["high_rows"])
        metrics[f"right, confidence < {CONFIDENT}"] = _ratio(counts["low_right"], counts["low_rows"])
        metrics[f"share with confidence >= {CONFIDENT}"] = _ratio(counts["high_rows"], counts["high_rows"] + counts["low_rows"])
    return metrics


def baseline(articles: list[Article], docs: list[Doc]) -> dict[str, list[dict]]:
    """textacy's direct_quotations: its quote spans, and its speaker words as the speaker's name."""
    from textacy.extract.triples import direct_quotations

    def triples(doc: Doc):
        try:
            return [(t, 0) for t in direct_quotations(doc)]
        except ValueError:
            # textacy refuses a text with an odd number of quotation marks (a multi-paragraph
            # quote); give it each paragraph on its own so it still scores what it can.
            found = []
            for start, end in quote_marks.paragraphs(doc.text):
                span = doc.char_span(start, end, alignment_mode="expand")
                try:
                    found += [(t, span.start_char) for t in direct_quotations(span.as_doc())]
                except ValueError:
                    continue
            return found

    quotes, speakers = [], {}
    for article, doc in zip(articles, docs, strict=True):
        for triple, offset in triples(doc):
            content = triple.content
            text = QUOTE_MARKS.sub("", content.text).strip()
            speaker = " ".join(t.text for t in sorted(triple.speaker, key=lambda t: t.i)) or None
            speaker_id = f"textacy:{speaker}" if speaker else None
            if speaker_id:
                speakers[speaker_id] = {"entity_id": speaker_id, "name": speaker}
            quotes.append({"article_id": article.article_id, "kind": "direct", "text": text, "speaker_entity_id": speaker_id, "start": offset + content.start_char, "end": offset + content.end_char})
    return {"quotes": quotes, "entities": sorted(speakers.values(), key=lambda e: e["entity_id"])}
