import shutil
from pathlib import Path

import pytest

from newsfacts import pipeline

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="session")
def seed_package(tmp_path_factory) -> Path:
    """The repository's articles built into a fresh folder: its datapackage.json."""
    output = tmp_path_factory.mktemp("seed-package")
    return pipeline.build(RAW, output)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """An empty folder to drop article files into."""
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def copy_seeds(destination: Path) -> None:
    for path in RAW.iterdir():
        shutil.copy(path, destination / path.name)
