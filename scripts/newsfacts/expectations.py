"""Meaning: Great Expectations suites (schemas/expectations/<frame>.json) run on the tables in pandas.

Rules that span tables or need the article text (does body[start:end] equal text? does the
speaker exist in entities?) are computed here as derived columns, one function each, and the
suites then check them with standard expectations; every suite file lists the derived columns
it uses and says what they mean. A frame is a table plus its derived columns and a `row_id`
that names each row in the report; `corpus` is a one-row frame of corpus-level figures.

Great Expectations is imported only when validation runs: it takes seconds to import.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from numbers import Number
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import NewsfactsError
from .paths import SCHEMAS_DIR
from .report import ERROR, WARNING, Problem

LAYER = "expectations"
SUITES_DIR = SCHEMAS_DIR / "expectations"
SITE_NAME = "newsfacts"
# SUMMARY keeps a sample of offending rows (named by row_id), enough for the report and cheaper than COMPLETE.
RESULT_FORMAT = {"result_format": "SUMMARY", "unexpected_index_column_names": ["row_id"], "partial_unexpected_count": 10}
SEVERITY = {"critical": ERROR, "warning": WARNING, "info": WARNING}


def load_tables(descriptor_path: Path) -> dict[str, pd.DataFrame]:
    """Every resource as a DataFrame typed by its Table Schema; empty cells are missing values."""
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    tables = {}
    for resource in descriptor["resources"]:
        frame = pd.read_csv(descriptor_path.parent / resource["path"], dtype=str, keep_default_na=False)
        frame = frame.astype(object).where(frame != "", None)
        for field in resource["schema"]["fields"]:
            column, kind = field["name"], field["type"]
            if kind == "integer":
                frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
            elif kind == "number":
                frame[column] = pd.to_numeric(frame[column], errors="coerce")
            elif kind == "boolean":
                frame[column] = frame[column].map({"true": True, "false": False})
            elif kind == "date":
                frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
        tables[resource["name"]] = frame
    return tables


def _value(value):
    """A cell as a plain Python value, None when missing."""
    if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


def slice_matches(frame: pd.DataFrame, bodies: dict[str, str], start: str, end: str, text: str) -> list:
    """body[start:end] == text for each row; None when the row has no span, False when its article is missing."""
    result = []
    for article_id, s, e, t in zip(frame["article_id"], frame[start], frame[end], frame[text], strict=True):
        s, e, t = _value(s), _value(e), _value(t)
        if s is None and e is None and t is None:
            result.append(None)
        elif None in (s, e, t) or article_id not in bodies:
            result.append(False)
        else:
            result.append(bodies[article_id][int(s):int(e)] == t)
    return result


def found_in(values: pd.Series, known) -> list:
    """Whether each value is among the known ones; None for a missing value (nothing to look up)."""
    known = set(known)
    return [None if _value(v) is None else v in known for v in values]


def text_in_article(frame: pd.DataFrame, bodies: dict[str, str]) -> list:
    return [_value(t) is not None and t in bodies.get(a, "") for a, t in zip(frame["article_id"], frame["text"], strict=True)]


def counts_match(ids: pd.Series, stated: pd.Series, actual: pd.Series) -> list:
    """Whether each stated count equals the count computed from the rows it summarises."""
    return [_value(n) is not None and int(n) == int(actual.get(i, 0)) for i, n in zip(ids, stated, strict=True)]


def not_after_publication(events: pd.DataFrame, event_mentions: pd.DataFrame, articles: pd.DataFrame) -> list:
    """date_start no later than the latest publication of an article reporting the event.

    None when the rule does not apply: no start date, no dated article, or the event is flagged
    hypothetical (planned, threatened, future), which may lie after publication.
    """
    published = event_mentions.merge(articles[["article_id", "published_date"]], on="article_id", how="left")
    latest = published.groupby("event_id")["published_date"].max()
    result = []
    for event_id, start, hypothetical in zip(events["event_id"], events["date_start"], events["hypothetical"], strict=True):
        last = latest.get(event_id)
        if pd.isna(start) or last is None or pd.isna(last) or _value(hypothetical) is True:
            result.append(None)
        else:
            result.append(bool(start <= last))
    return result


def corpus_figures(tables: dict[str, pd.DataFrame]) -> dict[str, float | None]:
    """Figures that expose a broken extractor: None when there is nothing to measure them on."""
    quotes, articles, mentions = tables["quotes"], tables["articles"], tables["mentions"]
    direct = quotes[quotes["kind"] == "direct"]
    words = articles["word_count"].sum()
    entities_in_articles = mentions.drop_duplicates(["article_id", "entity_id"]).shape[0]
    return {
        "direct_quote_speaker_share": float(direct["speaker_entity_id"].notna().mean()) if len(direct) else None,
        "entities_per_1000_words": float(entities_in_articles * 1000 / words) if words else None,
    }


def frames(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Each table with its row_id and derived columns, plus the one-row corpus frame."""
    articles, entities, mentions = tables["articles"].copy(), tables["entities"].copy(), tables["mentions"].copy()
    quotes, events = tables["quotes"].copy(), tables["events"].copy()
    participants, event_mentions = tables["event_participants"].copy(), tables["event_mentions"].copy()
    bodies = {a: b for a, b in zip(articles["article_id"], articles["body"], strict=True) if _value(b) is not None}
    entity_ids = entities["entity_id"].dropna()

    articles["row_id"] = articles["article_id"]
    articles["published_not_in_future"] = [
        None if pd.isna(d) else bool(d <= pd.Timestamp.today().normalize() + pd.Timedelta(days=1)) for d in articles["published_date"]
    ]

    mentions["row_id"] = mentions["mention_id"]
    mentions["slice_matches"] = slice_matches(mentions, bodies, "start", "end", "text")
    mentions["entity_exists"] = found_in(mentions["entity_id"], entity_ids)

    entities["row_id"] = entities["entity_id"]
    entities["has_mention"] = found_in(entities["entity_id"], mentions["entity_id"])
    entities["mention_count_matches"] = counts_match(entities["entity_id"], entities["mention_count"], mentions["entity_id"].value_counts())
    entities["article_count_matches"] = counts_match(
        entities["entity_id"], entities["article_count"], mentions.drop_duplicates(["entity_id", "article_id"])["entity_id"].value_counts()
    )

    quotes["row_id"] = quotes["quote_id"]
    quotes["slice_matches"] = slice_matches(quotes, bodies, "start", "end", "text")
    quotes["text_in_article"] = text_in_article(quotes, bodies)
    quotes["speaker_slice_matches"] = slice_matches(quotes, bodies, "speaker_start", "speaker_end", "speaker_text")
    quotes["speaker_exists"] = found_in(quotes["speaker_entity_id"], entity_ids)
    quotes["relay_exists"] = found_in(quotes["relay_entity_id"], entity_ids)

    events["row_id"] = events["event_id"]
    events["not_after_publication"] = not_after_publication(events, event_mentions, articles)
    events["location_exists"] = found_in(events["location_entity_id"], entity_ids)
    events["has_mention"] = found_in(events["event_id"], event_mentions["event_id"])

    participants["row_id"] = participants["event_id"] + " " + participants["role"] + " " + participants["entity_id"]
    participants["entity_exists"] = found_in(participants["entity_id"], entity_ids)
    participants["event_exists"] = found_in(participants["event_id"], events["event_id"])

    event_mentions["row_id"] = [
        f"{e} in {a}:{s}-{t}" for e, a, s, t in zip(event_mentions["event_id"], event_mentions["article_id"], event_mentions["start"], event_mentions["end"], strict=True)
    ]
    event_mentions["slice_matches"] = slice_matches(event_mentions, bodies, "start", "end", "text")
    event_mentions["event_exists"] = found_in(event_mentions["event_id"], events["event_id"])

    corpus = pd.DataFrame([{"row_id": "corpus", **corpus_figures(tables)}])
    return {
        "articles": articles,
        "entities": entities,
        "mentions": mentions,
        "quotes": quotes,
        "events": events,
        "event_participants": participants,
        "event_mentions": event_mentions,
        "corpus": corpus,
    }


def _context(docs_dir: Path | None):
    import great_expectations as gx
    from great_expectations.data_context.types.base import DataContextConfig, InMemoryStoreBackendDefaults, ProgressBarsConfig

    sites = {}
    if docs_dir is not None:
        sites[SITE_NAME] = {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder", "show_how_to_buttons": False},
        }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        data_docs_sites=sites,
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    return gx.get_context(mode="ephemeral", project_config=config)


def _examples(result: dict) -> list[str]:
    return [str(row["row_id"]) for row in result.get("partial_unexpected_index_list") or [] if "row_id" in row]


def _rule(config) -> str:
    if config.description:
        return config.description
    return f"{config.type} {config.kwargs}"


def _exception(exception_info: dict) -> str | None:
    """The message of an expectation that could not run (e.g. a column the frame lacks)."""
    infos = [exception_info] if "raised_exception" in exception_info else list(exception_info.values())
    for info in infos:
        if info.get("raised_exception"):
            return (info.get("exception_message") or "unknown error").splitlines()[0]
    return None


def _observed(details: dict) -> str:
    """The offending figures when they are numbers (corpus figures, counts); booleans say nothing more."""
    if "observed_value" in details:
        return f" (observed {_figure(details['observed_value'])})"
    values = [v for v in details.get("partial_unexpected_list") or [] if isinstance(v, Number) and not isinstance(v, (bool, np.bool_))]
    return f" (observed {', '.join(_figure(v) for v in values[:3])})" if values else ""


def _problems(frame_name: str, validation) -> list[Problem]:
    problems = []
    for result in validation.results:
        if result.success:
            continue
        config = result.expectation_config
        severity = SEVERITY[str(getattr(config.severity, "value", config.severity))]
        if (error := _exception(result.exception_info or {})) is not None:
            problems.append(Problem(LAYER, frame_name, f"{_rule(config)}: could not be checked ({error}); fix the suite or the derived columns", ERROR))
            continue
        details = result.result
        rule = _rule(config) + _observed(details)
        problems.append(Problem(LAYER, frame_name, rule, severity, details.get("unexpected_count") or 0, _examples(details)))
    return problems


def _figure(value) -> str:
    return "nothing to measure" if value is None or pd.isna(value) else f"{value:.3g}"


def check(descriptor_path: Path, docs_dir: Path | None = None) -> tuple[str, list[Problem], dict[str, str]]:
    """Run every suite on its frame; write Data Docs to docs_dir when given.

    Returns what was checked, the problems, and the corpus figures with their bands.
    """
    try:
        data = frames(load_tables(descriptor_path))
    except (OSError, ValueError, KeyError, pd.errors.ParserError) as error:
        problem = Problem(LAYER, descriptor_path.name, f"tables could not be loaded ({error!r}); fix the frictionless errors first")
        return "no suites run", [problem], {}

    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier

    if docs_dir:
        docs_dir.parent.mkdir(parents=True, exist_ok=True)
    # Data Docs are built beside their final place and swapped in whole, so no stale page survives.
    staging = Path(tempfile.mkdtemp(prefix=".validation-", dir=docs_dir.parent)) if docs_dir else None
    try:
        context = _context(staging)
        source = context.data_sources.add_pandas("newsfacts")
        run_id = RunIdentifier(run_name="newsfacts-validate")
        problems, expectation_count, figures = [], 0, {}
        for path in sorted(SUITES_DIR.glob("*.json")):
            name = path.stem
            if name not in data:
                problems.append(Problem(LAYER, name, f"{path.name} has no frame to run on; name it after a table or 'corpus'"))
                continue
            suite = context.suites.add(gx.ExpectationSuite(**json.loads(path.read_text(encoding="utf-8"))))
            expectation_count += len(suite.expectations)
            batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("all rows")
            definition = context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch, suite=suite))
            result = definition.run(batch_parameters={"dataframe": data[name]}, result_format=RESULT_FORMAT, run_id=run_id)
            problems += _problems(name, result)
            if name == "corpus":
                figures = _bands(suite, data[name])
        if docs_dir:
            context.build_data_docs(site_names=[SITE_NAME])
            _replace_docs(staging, docs_dir)
    finally:
        if staging:
            shutil.rmtree(staging, ignore_errors=True)
    return f"{expectation_count} expectations in {len(list(SUITES_DIR.glob('*.json')))} suites", problems, figures


def _bands(suite, corpus: pd.DataFrame) -> dict[str, str]:
    """Each corpus figure beside the band its expectation allows."""
    figures = {}
    for expectation in suite.expectations:
        column = expectation.column
        band = f"{getattr(expectation, 'min_value', None)}–{getattr(expectation, 'max_value', None)}"
        figures[expectation.description or column] = f"{_figure(corpus[column].iloc[0])} (expected {band})"
    return figures


def _replace_docs(staging: Path, docs_dir: Path) -> None:
    """Swap the freshly built site in; refuse to delete a folder that is not an earlier Data Docs site."""
    if docs_dir.exists():
        if not (docs_dir / "index.html").exists():
            raise NewsfactsError(f"{docs_dir} exists and is not a Data Docs folder; choose another folder for the Data Docs")
        shutil.rmtree(docs_dir)
    staging.rename(docs_dir)
