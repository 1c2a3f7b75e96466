"""The one spaCy pipeline of the process: blank Dutch tokeniser + rule-based sentencizer."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from sdkg.loaders.sentences import logical_lines
from spacy.attrs import IDX, IS_PUNCT, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

# How many chunks (runs of non-space characters) the tokenizer remembers how to split; spaCy's default is
# 10,000, which one long report fills, after which every chunk not yet remembered is split afresh.
CACHED_CHUNKS = 200_000


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipe = spacy.blank("nl")
    # Reports put headings and table cells on their own lines: a newline ends a sentence too.
    pipe.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "\n", "\n\n", ":\n"]})
    pipe.max_length = 50_000_000
    pipe.tokenizer.max_cache_size = CACHED_CHUNKS
    return pipe


_last: list = [None, None]

# spaCy's tokenizer strips prefixes and suffixes from a whitespace-free chunk one at a time, each time
# searching the rest of the chunk: a chunk of n punctuation characters costs n^2. Text layers without spaces
# and broken converters produce such chunks; words, numbers and URLs stay far below this length.
LONG_CHUNK = 256
PIECE = 128
_LONG = re.compile(rf"\S{{{LONG_CHUNK},}}")
# spaCy's tokenizer caches how it split each chunk, but stops adding to that cache for the rest of one call
# once any special case ("d.w.z.", "'s") has matched: on a whole report almost every chunk is split afresh.
# Tokenised in stretches of about this many characters (cut after a line break and the whitespace that
# follows it, so no whitespace run is cut), the cache fills and stays warm: the same tokens, 5-8x faster.
STRETCH = 2000
_CUT = re.compile(r"\n\s*")
# Within one call the cache also stops filling at the first line break, which is a special case of its own
# ("\n"): a word seen only after line breaks is split afresh every time. So the chunks a text holds that the
# tokenizer has not been shown yet are first tokenised on their own, joined by single spaces (no special
# case), in small groups, words of letters and digits first (a chunk with a special case in it stops the rest
# of its group from being remembered): each is then remembered, and the text's own call finds it. The cache
# only ever holds splits made without a special case, so the tokens are the same.
_shown: set[str] = set()
GROUP = 64
# While fewer chunks than this have been shown, the tokenizer's cache (CACHED_CHUNKS) holds every one of them, so a
# text whose chunks were all shown is tokenised in one call; past it (a process that read many reports), in stretches.
ONE_CALL_SHOWN = CACHED_CHUNKS // 2


def _tokenise(text: str) -> Doc:
    """nlp()(text), except that chunks of LONG_CHUNK+ non-space characters become tokens of PIECE characters.

    The Doc's text is exactly `text` either way, and its tokens are those of nlp()(text) (tests check it).
    """
    pipe = nlp()
    _show_chunks(pipe, text)
    if len(_shown) <= ONE_CALL_SHOWN and _LONG.search(text) is None:
        # Every chunk of the text was shown and remembered: one call finds each in the cache, and gives the Doc
        # itself (rebuilding it from the stretches' tokens cost as much as tokenising).
        doc = pipe.tokenizer(text)
    else:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _LONG.finditer(text):
            _tokens(pipe, text[pos:m.start()], words, spaces)
            run = m.group(0)
            words += [run[i:i + PIECE] for i in range(0, len(run), PIECE)]
            spaces += [False] * ((len(run) + PIECE - 1) // PIECE)
            pos = m.end()
        _tokens(pipe, text[pos:], words, spaces)
        doc = Doc(pipe.vocab, words=words, spaces=spaces)
    for name, proc in pipe.pipeline:
        if name != "sentencizer":
            doc = proc(doc)
        elif len(doc):
            _set_sentence_starts(doc, proc.punct_chars, soft_breaks(text))
    return doc


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks that text copied from a PDF puts in mid-sentence (see loaders/sentences.py): no
    sentence ends there."""
    if "\n" not in text:
        return []
    out: list[int] = []
    for a, b in logical_lines(text):
        i = text.find("\n", a, b)
        while i != -1:
            out.append(i)
            i = text.find("\n", i + 1, b)
    return out


def _set_sentence_starts(doc: Doc, punct_chars, soft: list[int] = ()) -> None:
    """What the pipeline's sentencizer sets, from token arrays instead of a Token object per token: a sentence
    starts at the first token, and at each token that is neither punctuation nor one of `punct_chars` when one
    of `punct_chars` stood since the previous such token; every other token starts none. A line break at one
    of the `soft` offsets (a sentence broken over lines) ends none."""
    arr = doc.to_array([ORTH, IS_PUNCT])
    ends = numpy.isin(arr[:, 0], numpy.array([doc.vocab.strings.add(c) for c in punct_chars], dtype=numpy.uint64))
    if soft:
        idx = doc.to_array([IDX]).reshape(-1).astype(numpy.int64)
        ends[numpy.isin(idx, numpy.array(soft, dtype=numpy.int64)) & ends] = False
    plain = numpy.flatnonzero(~ends & (arr[:, 1] == 0))
    seen = numpy.cumsum(ends)[plain]  # sentence ends up to each plain token
    starts = plain[seen - numpy.concatenate(([0], seen[:-1])) > 0]
    flags = numpy.full(len(doc), -1, dtype=numpy.int64)
    flags[0] = 1
    flags[starts] = 1
    doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))


def _show_chunks(pipe: Language, text: str) -> None:
    """Tokenise the chunks of `text` not shown to the tokenizer yet, so that it remembers their splits."""
    if len(_shown) >= CACHED_CHUNKS:
        return
    new = {w for w in text.split() if len(w) < LONG_CHUNK}
    new -= _shown
    if not new:
        return
    _shown.update(new)
    tokenizer = pipe.tokenizer
    chunks = sorted(new, key=lambda w: (not w.isalnum(), w))
    for i in range(0, len(chunks), GROUP):
        tokenizer(" ".join(chunks[i:i + GROUP]))


def _tokens(pipe: Language, text: str, words: list[str], spaces: list[bool]) -> None:
    """Append the tokenizer's tokens of `text` (words and whether a space follows), a stretch at a time."""
    strings = pipe.vocab.strings
    pos = 0
    while pos < len(text):
        m = _CUT.search(text, pos + STRETCH) if len(text) - pos > STRETCH else None
        stop = m.end() if m else len(text)
        piece = pipe.tokenizer(text[pos:stop]).to_array([ORTH, SPACY])  # no Token objects: 3x cheaper
        if len(piece):
            words += map(strings.__getitem__, piece[:, 0].tolist())
            spaces += piece[:, 1].astype(bool).tolist()
        pos = stop


def parse(text: str) -> Doc:
    """Tokenise once; every matcher of the extraction (and metadata inference) runs on this Doc.

    The last Doc is kept, so metadata inference and extraction of the same text share one tokenisation.
    """
    if _last[0] is not None and (_last[0] is text or _last[0] == text):
        return _last[1]
    doc = _tokenise(text)
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
