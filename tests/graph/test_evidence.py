"""Evidence a person can read: every quote, with its prefix and suffix, is a whole sentence, list item or table
row of the report, never cut mid-word, at the offsets it states; a relation quotes its whole sentence."""

import pytest
from sdkg.graph.build import build_quads
from sdkg.loaders import load

OA = "http://www.w3.org/ns/oa#"
SDKG = "https://w3id.org/sdkg/def#"


def _evidence(quads):
    ev: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.predicate.value.startswith(OA):
            ev.setdefault(q.subject.value, {})[q.predicate.value[len(OA):]] = q.object.value
    return ev


@pytest.fixture(scope="module")
def built(seed_paths):
    return [(load(p), build_quads(load(p))) for p in seed_paths]


def test_quotes_are_whole_sentences_at_their_offsets(built):
    n = 0
    for ex, quads in built:
        text = ex.document.text
        for e in _evidence(quads).values():
            start, end = int(e["start"]), int(e["end"])
            assert text[start:end] == e["exact"]
            a, b = start - len(e.get("prefix", "")), end + len(e.get("suffix", ""))
            assert text[a:b] == e.get("prefix", "") + e["exact"] + e.get("suffix", "")
            # never cut mid-word: the sentence starts and ends at white space or the text's edges
            assert a == 0 or not text[a - 1].isalnum(), text[max(0, a - 20):b]
            assert b == len(text) or not text[b].isalnum(), text[a:b + 20]
            n += 1
    assert n > 300


def test_a_relation_quotes_its_whole_sentence(built):
    for _ex, quads in built:
        ev = _evidence(quads)
        rel_ev = {q.object.value for q in quads if q.predicate.value == SDKG + "evidence"
                  and "/relatie/" in q.subject.value}
        assert rel_ev
        for iri in rel_ev:
            e = ev[iri]
            assert "prefix" not in e and "suffix" not in e, e  # the quote is the sentence itself
            assert e["exact"][-1] in ".!?:;)’”'\"|" or e["exact"][-1].isalnum(), e["exact"]
