"""Given names as general knowledge: which words are people's first names, which of them are
strongly one gender, and which words are surnames.

Two installed sources, both MIT-licensed and read from the packages themselves (nothing is
downloaded at run time): the `names` package ships the 1990 US census lists of male and female
first names with their frequencies, and of surnames; Faker ships lists of male and female first
names for some eighty locales, of which those written in Latin letters are used (English of
several countries, Spanish, Portuguese, French, German, Nordic, Slavic, Turkish, Indonesian,
Nigerian, Kenyan, Ghanaian, South African, ...), so that names the US census lacks ("Ghislain",
"Mateus") count too.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from functools import lru_cache
from importlib import resources

# A census name counts as attested from this share of people (in percent) up: the lists' long
# tails are names borne by a few thousand people, many of them also words or places ("China").
CENSUS_FLOOR = 0.005
# Faker's generic English list holds thousands of rare names, words among them ("Park", "King",
# "Green"): it does not count. One country's list is not enough either: it holds words of its
# language that name places and firms too ("Quang", "Atlas"); two countries' lists are.
GENERIC_LOCALE = "en"
LOCALE_FLOOR = 2
# A name is one gender's when the census gives that gender at least this share of its bearers,
# and the locales that list it list it as that gender's this often: Faker's lists have strays
# ("Emma" among one locale's men's names).
STRONG_SHARE = 0.95
STRONG_LOCALE_SHARE = 0.9


@lru_cache(maxsize=1)
def _census() -> dict[str, tuple[float, float]]:
    """name (lowercase) -> (percent of men, percent of women) bearing it, 1990 US census."""
    shares: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for column, filename in ((0, "dist.male.first"), (1, "dist.female.first")):
        for line in resources.files("names").joinpath(filename).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares[fields[0].lower()][column] = float(fields[1])
    return {name: (male, female) for name, (male, female) in shares.items()}


@lru_cache(maxsize=1)
def _locales() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """name (lowercase) -> (locales listing it as a man's name, locales listing it as a woman's)."""
    import faker.providers.person as person

    listed: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for module in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"{person.__name__}.{module}").Provider
        for column, attribute in ((0, "first_names_male"), (1, "first_names_female")):
            for name in getattr(provider, attribute, ()):
                if name.isalpha() and name.isascii() and name[0].isupper():
                    listed[name.lower()][column].add(module)
    return {name: (frozenset(men), frozenset(women)) for name, (men, women) in listed.items()}


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    return frozenset(line.split()[0].lower() for line in text.splitlines() if line.strip())


def is_surname(word: str) -> bool:
    """A surname of the 1990 US census ("Brown", "Park", "Nguyen")."""
    return word.lower() in _surnames()


def is_given_name(word: str) -> bool:
    """A first name that many people bear: common in the census, or listed for two countries."""
    lower = word.lower()
    male, female = _census().get(lower, (0.0, 0.0))
    men, women = _locales().get(lower, (frozenset(), frozenset()))
    if male + female >= CENSUS_FLOOR:
        return True
    # Two letters make a name only on the census's word ("Al", "Jo"); Belgium's lists hold "El".
    return len(lower) > 2 and len((men | women) - {GENERIC_LOCALE}) >= LOCALE_FLOOR


def gender(word: str) -> str | None:
    """ "m" or "f" for a first name common in the census that the sources all give strongly one
    gender, else None ("Nicola" is a man's name in Italy and a woman's in Britain)."""
    lower = word.lower()
    male, female = _census().get(lower, (0.0, 0.0))
    men, women = _locales().get(lower, (frozenset(), frozenset()))
    # The locale lists say only that some people somewhere bear a name: "Alix" and "Nana" stand on
    # women's lists but are men's names and titles elsewhere. A gender needs the census's numbers.
    if male + female < CENSUS_FLOOR:
        return None
    verdicts = {_verdict(male, female, STRONG_SHARE), _verdict(len(men), len(women), STRONG_LOCALE_SHARE)} - {None}
    return verdicts.pop() if len(verdicts) == 1 and "?" not in verdicts else None


def _verdict(men: float, women: float, share: float) -> str | None:
    """ "m" or "f" when one side holds share of the weight, "?" when neither does, None without any."""
    if men + women == 0:
        return None
    return "m" if men >= share * (men + women) else "f" if women >= share * (men + women) else "?"
