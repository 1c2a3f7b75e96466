"""Long texts are scanned through their word index: the same positions as scanning the whole text."""

import random
import re

from sdkg.loaders.extract import scan
from sdkg.loaders.reference import fold

ALPHABET = "aAbZ c-d\n\t_é1ßÉ(Xİ ı.\u00a0ǅ²’'"
NEEDLES = ("a", "ab", "Ab", "b c", "é1", "a-", "bc-d", "ß", "1ß", "_", "a_b", "(X", "X", "Xİ", "ı", ".", " ", "aa ",
           "ǅ", "²", "’a", "c-d\n", "Z c")


def _scan(hay, needle):
    out, p = [], hay.find(needle)
    while p >= 0:
        out.append(p)
        p = hay.find(needle, p + 1)
    return out


def _texts():
    rnd = random.Random(7)
    for _ in range(40):
        n = rnd.choice([scan.INDEX_MIN, scan.INDEX_MIN + 1234])
        yield "".join(rnd.choice(ALPHABET) for _ in range(n))
    words = ["gemeente", "Gemeente", "zorgorganisatie", "organisaties", "Etten-Leur", "2024", "20", "'s", "d.w.z.",
             "Stichting", "vereniging", "(GGD)", "Wmo-voorziening", "ĲSSEL", "café", "İzmir"]
    yield " ".join(rnd.choice(words) + rnd.choice(["", ",", ".\n", "  "]) for _ in range(8000))


def test_occurrences_are_those_of_a_scan_of_the_whole_text():
    for text in _texts():
        assert len(text) >= scan.INDEX_MIN
        needles = {*NEEDLES, *(text[i:i + k] for i in range(0, 4000, 97) for k in (1, 3, 6))}
        for needle in needles:
            assert list(scan.occurrences(text, needle)) == _scan(text, needle), repr(needle)


def test_capitalised_words_are_those_of_the_pattern():
    cap_run, word = re.compile(r"[A-Z]\w*"), re.compile(r"\w+")
    for text in _texts():
        starts = [m.start() for m in cap_run.finditer(text) if m.start() == 0 or not scan.is_word(text[m.start() - 1])]
        assert scan.cap_starts(text) == starts
        assert scan.cap_words(text, fold) == [(p, word.match(text, p).end(), fold(word.match(text, p).group()))
                                              for p in starts]


def test_the_lowered_copy_has_the_index_of_a_scan():
    word = re.compile(r"\w+")
    for text in [*_texts(), "ΟΔΟΣ. Σ'Α ΣΑΣ" * 3000, "Ǆemal ǅemal STRASSE Straße ÉÉN één" * 2000]:
        text = text.replace("İ", "I").replace("ı", "i")  # (lowered() declines a text with these)
        low = scan.lowered(text)
        expected: dict[str, list[int]] = {}
        for m in word.finditer(low):
            expected.setdefault(m.group(), []).append(m.start())
        assert scan._word_index(low) == expected


def test_whole_occurrences_are_those_of_a_scan():
    for text in _texts():
        needles = {*NEEDLES, "Stichting vereniging", "gemeente, Gemeente", "20 2024", "(GGD) café", "a b c",
                   "ab_c d", "b c-d", *(text[i:i + k] for i in range(0, 4000, 89) for k in (4, 9, 15))}
        for needle in needles:
            n = len(needle)
            assert scan.whole_occurrences(text, needle) == [
                p for p in _scan(text, needle) if (p == 0 or not scan.is_word(text[p - 1]))
                and (p + n >= len(text) or not scan.is_word(text[p + n]))], repr(needle)


def _phrases_walked(text, first, lookup):
    """capitalised_phrases as a walk over every capitalised word in order (what it gives, done the slow way)."""
    word = re.compile(r"\w+")
    for p, e, w in scan.cap_words(text, fold):
        lengths = first.get(w)
        if not lengths:
            continue
        line_end = text.find("\n", e, p + 160)
        words = list(word.finditer(text, e, p + 160 if line_end == -1 else line_end))[:max(lengths) - 1]
        starts = [e, *(x.end() for x in words)]
        cut = next((k for k, x in enumerate(words) if re.search(r"[()\[\]:;]", text[starts[k]:x.start()])), len(words))
        words = words[:cut]  # a phrase does not run on past a bracket or a clause's punctuation
        parts, ends = [w, *(fold(x.group(0)) for x in words)], [e, *(x.end() for x in words)]
        for n in sorted(lengths, reverse=True):
            if n <= len(parts) and (v := lookup.get(" ".join(parts[:n]))) is not None:
                yield p, ends[n - 1], v
                break


def test_capitalised_phrases_are_those_of_a_walk_over_every_capitalised_word():
    keys = ["gemeente", "gemeente etten leur", "stichting", "stichting vereniging", "stichting vereniging gemeente",
            "x", "x a", "a", "etten leur", "ggd", "izmir", "ijssel", "cafe"]
    lookup = {k: i for i, k in enumerate(keys)}
    first: dict[str, set[int]] = {}
    for k in keys:
        first.setdefault(k.split()[0], set()).add(len(k.split()))
    texts = [*_texts(), "Stichting Vereniging Gemeente X A\nGemeente Etten-Leur, X a Ab_c Café Ĳssel" * 10,
             "Stichting (Vereniging) Gemeente; Etten: Leur X) A [GGD] Ĳssel\n" * 5]
    for text in texts:
        for f, lk in ((first, lookup), ({"x": {1}, "stichting": {3}}, lookup), ({}, {})):
            assert list(scan.capitalised_phrases(text, f, lk, fold)) == list(_phrases_walked(text, f, lk))


def test_words_where_are_the_word_starts_a_scan_finds():
    word = re.compile(r"\w+")
    tests = (str.istitle, lambda w: "a" in w, lambda w: w.isdigit(), lambda w: True)
    for text in [*_texts(), "aA bB _x é1 Ab-Cd", ""]:
        for test in tests:
            assert scan.words_where(text, test) == [m.start() for m in word.finditer(text) if test(m.group())]
