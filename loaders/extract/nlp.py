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
    doc.user_data["sdkg_text"] = text
    _last[0], _last[1] = text, doc
    return doc


def sent_starts(doc: Doc):
    """Per-token sentence-start flags, computed once per Doc (Token.is_sent_start rescans the Doc each call)."""
    flags = doc.user_data.get("sdkg_sent_starts")
    if flags is None:
        from spacy.attrs import SENT_START

        flags = (doc.to_array([SENT_START]) == 1).reshape(-1).tolist() if len(doc) else []
        if flags:
            flags[0] = True
        doc.user_data["sdkg_sent_starts"] = flags
    return flags


def text_of(doc: Doc) -> str:
    """The Doc's text, built once (Doc.text joins every token on each access)."""
    t = doc.user_data.get("sdkg_text")
    if t is None:
        t = doc.user_data["sdkg_text"] = doc.text
    return t
