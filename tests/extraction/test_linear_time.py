"""Extraction stays linear on pathological text (bench/bench_shapes.py measures the ratios).

Before the matchers were fixed, 80,000 characters of these shapes took 14 s (letters without spaces) to
several minutes (a run of capitals, quotation marks, a one-line list of organisations); linear extraction
takes a fraction of a second. The limit is generous (about 20x what a busy 2-core machine needs), so
the test only fails on a return of super-linear behaviour, not on a slow machine. CPU time of this process
is used, so other load does not count.
"""

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_shapes import SHAPES  # noqa: E402

from .conftest import text_doc

LIMIT_S = 5.0
SIZE = 80_000


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shape_extracts_in_linear_time(shape):
    from sdkg.loaders.extract import extract
    from sdkg.loaders.metadata import infer_meta

    text = SHAPES[shape](SIZE)
    doc = text_doc(text, f"{shape}.txt")
    t = time.process_time()
    ex = extract(doc, infer_meta(doc, {}))
    spent = time.process_time() - t
    assert ex.document.text == text
    assert spent < LIMIT_S, f"{shape}: {spent:.1f} s CPU for {SIZE} characters"


def test_long_chunks_reach_the_tokenizer_in_pieces():
    from sdkg.loaders.extract.nlp import LONG_CHUNK, PIECE, parse

    text = "Gemeente Zwolle. " + "‘’“”" * 3000 + " en daarna " + "x" * (LONG_CHUNK - 1) + "\nEinde."
    doc = parse(text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= max(PIECE, LONG_CHUNK - 1)
    assert [t.text for t in doc][:3] == ["Gemeente", "Zwolle", "."]  # ordinary text tokenised as before


def test_tokenised_in_stretches_gives_the_tokens_of_one_call():
    """parse() tokenises a long text a stretch at a time (spaCy's tokenizer cache stays warm): the tokens,
    their offsets and their trailing whitespace are exactly those of one call of the tokenizer."""
    from sdkg.loaders.extract.nlp import STRETCH, nlp, parse

    lines = ["Programma 6 Zorg en ondersteuning", "De gemeente werkt o.a. met Stichting Welzijn 't Hof, d.w.z. "
             "de wijkteams (zie blz. 12); kosten: € 1.250.000,- in 2024.", "  ", "Tabel | 2023 | 2024 ",
             "Cliënten Wmo  \t| 1.200 | 1.350", "", "Jeugd-\nhulp en \u00a0 zorg: 12,5%…  \n\n   Einde"]
    text = "\n".join(lines[i % len(lines)] + (" " * (i % 3)) for i in range(40 * STRETCH // 60))
    assert len(text) > 10 * STRETCH
    doc, one = parse(text), nlp().tokenizer(text)
    assert [(t.text, t.idx, t.whitespace_) for t in doc] == [(t.text, t.idx, t.whitespace_) for t in one]
    assert doc.text == text
