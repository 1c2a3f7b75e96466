"""The one spaCy pipeline of the process: blank Dutch tokeniser + rule-based sentencizer."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipe = spacy.blank("nl")
    # Reports put headings and table cells on their own lines: a newline ends a sentence too.
    pipe.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "\n", "\n\n", ":\n"]})
    pipe.max_length = 50_000_000
    return pipe


_last: list = [None, None]


def parse(text: str) -> Doc:
    """Tokenise once; every matcher of the extraction (and metadata inference) runs on this Doc.

    The last Doc is kept, so metadata inference and extraction of the same text share one tokenisation.
    """
    if _last[0] is not None and (_last[0] is text or _last[0] == text):
        return _last[1]
    doc = nlp()(text)
    _last[0], _last[1] = text, doc
    return doc
