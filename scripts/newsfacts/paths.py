"""Where the repository keeps the things the pipeline reads."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS_DIR = ROOT / "schemas"
TABLE_SCHEMAS_DIR = SCHEMAS_DIR / "tables"
CURATION_DIR = ROOT / "data" / "curation"
