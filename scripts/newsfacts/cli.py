"""Command line: a thin layer over the pipeline, database and site modules."""

from __future__ import annotations

import sys
from pathlib import Path

import click

# The build, database and release modules load spaCy and sqlite-utils (seconds): each command
# imports what it needs, so `newsfacts validate` starts fast.
from . import site
from .errors import NewsfactsError
from .validate import validate_package


def _fail(error: Exception) -> None:
    click.secho(f"error: {error}", fg="red", err=True)
    for problem in getattr(error, "problems", []):
        click.echo(f"  {problem}", err=True)
    sys.exit(1)


@click.group()
def main() -> None:
    """Turn news articles into a validated, citable Data Package."""


@main.command()
@click.option("--input", "input_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("data/raw"), show_default=True, help="Folder of <article_id>.txt files and optional .meta.json sidecars.")
@click.option("--output", "output_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True, help="Where datapackage.json and data/*.csv are written.")
def build(input_dir: Path, output_dir: Path) -> None:
    """Extract tables from the articles in INPUT and publish a package to OUTPUT."""
    from . import pipeline

    try:
        pipeline.build(input_dir, output_dir)
    except NewsfactsError as error:
        _fail(error)


@main.command()
@click.argument("descriptor", type=click.Path(exists=True, dir_okay=False, path_type=Path), default="datapackage.json")
@click.option("--docs", "docs_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("build/validation"), show_default=True, help="Where the Great Expectations Data Docs (HTML) are written.")
def validate(descriptor: Path, docs_dir: Path) -> None:
    """Check a written package with Frictionless, JSON Schema and Great Expectations; exit 1 on any error."""
    try:
        report = validate_package(descriptor, docs_dir=docs_dir)
    except NewsfactsError as error:
        _fail(error)
    click.echo(str(report))
    if report.errors:
        sys.exit(1)


@main.command()
@click.argument("descriptor", type=click.Path(exists=True, dir_okay=False, path_type=Path), default="datapackage.json")
@click.option("--database", "database_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("build/newsfacts.db"), show_default=True)
@click.option("--metadata", "metadata_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("build/metadata.json"), show_default=True)
def db(descriptor: Path, database_path: Path, metadata_path: Path) -> None:
    """Load the package into SQLite and write the Datasette metadata beside it."""
    from . import database

    click.echo(f"wrote {database.build_database(descriptor, database_path)}")
    click.echo(f"wrote {site.write_metadata(descriptor, metadata_path)}")


@main.command()
@click.argument("version")
@click.option("--notes", required=True, help="Why this release: what changed and for whom. Goes into CHANGELOG.md and the tag.")
def release(version: str, notes: str) -> None:
    """Release VERSION (x.y.z): rebuild, validate, write CHANGELOG.md and CITATION.cff, bundle build/dist/newsfacts-VERSION.zip, commit and tag vVERSION."""
    from . import release as releases

    try:
        click.echo(f"wrote {releases.release(version, notes)}")
    except NewsfactsError as error:
        _fail(error)


@main.command()
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("tests/gold"), show_default=True, help="Gold annotations, one <article_id>.json per article.")
@click.option("--seeds", "seeds_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("data/raw"), show_default=True, help="Articles the rules were developed on.")
def evaluate(gold_dir: Path, seeds_dir: Path) -> None:
    """Print precision, recall and F1 per table against gold, beside an off-the-shelf baseline."""
    from . import evaluation

    sets = (
        ("Seed articles (rules were developed on these)", seeds_dir),
        ("Held-out articles (written before the rules; scores were watched while the rules were written)", gold_dir / "articles"),
        ("Blind articles (written after the first extractors by someone who had not seen them; see README for their first scores)", gold_dir / "blind"),
        ("Second blind set (written after release 0.1.0's extractors by someone who had not seen them; see README for their first scores)", gold_dir / "blind2"),
        ("Development set (written by someone who had not seen the extractors; rules may be tuned on it)", gold_dir / "dev"),
        ("Third blind set (written during the 0.2.0 work by someone who had not seen the extractors; see README for their first scores)", gold_dir / "blind3"),
        ("Fourth blind set (written after release 0.2.0 by someone who had not seen the extractors; see README for their first scores)", gold_dir / "blind4"),
        ("Fifth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind5"),
        ("Sixth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind6"),
        ("Seventh blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind7"),
        ("Eighth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind8"),
        ("Ninth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind9"),
        ("Tenth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind10"),
        ("Eleventh blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind11"),
        ("Twelfth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind12"),
        ("Thirteenth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind13"),
        ("Fourteenth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind14"),
        ("Sixteenth blind set (10 articles by two annotators who had not seen the extractors; see README for their first scores)", gold_dir / "blind16"),
    )
    for title, folder in sets:
        if folder.is_dir():
            click.echo(evaluation.format_results(title, evaluation.evaluate_folder(folder, gold_dir)))
            click.echo()
