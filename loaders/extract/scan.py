"""Fast exact scanning helpers: regex matches found from literal anchors instead of trying every position.

Python's re tries a pattern that opens with a word boundary, a look-behind or a case-insensitive word at
every character of the text, which costs about as much per pattern as tokenising. Most patterns of the
extraction can only match where one of a few literal words starts, and str.find finds those almost for
free. `anchored_finditer` then runs the unchanged pattern only there, giving exactly what
`pattern.finditer(text)` gives, as long as the anchors cover every place a match can start.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import accumulate, islice
from operator import itemgetter

# Characters whose lower-casing changes the length or that re's IGNORECASE equates with an ASCII letter
# although lower() does not ("ı" ~ "i", "ſ" ~ "s"): a text holding any of them is scanned the slow way.
UNSAFE_LOWER = re.compile("[\u0130\u0131\u017f]")
_UNSAFE_CHARS = ("\u0130", "\u0131", "\u017f")


def unsafe_lower(text: str) -> bool:
    """Whether text holds a character of UNSAFE_LOWER (three substring searches: faster than the pattern's scan)."""
    return any(c in text for c in _UNSAFE_CHARS)

_low_cache: list = [None, None]


def spaced_pattern(label: str) -> str:
    """The pattern text of a name of several words whose words may stand apart by any white space (a line break)."""
    return r"\s+".join(map(re.escape, label.split()))


@cache
def spaced(label: str, flags: int = 0) -> re.Pattern:
    """spaced_pattern(label), compiled."""
    return re.compile(spaced_pattern(label), flags)


def is_word(c: str) -> bool:
    """re's \\w for one character of a str."""
    return c.isalnum() or c == "_"


def lowered(text: str) -> str | None:
    """text.lower() with the same offsets as text, or None when the text has characters that break that."""
    if _low_cache[0] is text:
        return _low_cache[1]
    low = None if unsafe_lower(text) else text.lower()
    if low is not None and len(low) != len(text):
        low = None
    _low_cache[0], _low_cache[1] = text, low
    return low


def word_starts(hay: str, needles: Iterable[str], *, whole: bool = False) -> set[int]:
    """Positions where a needle occurs in `hay` not preceded by a word character.

    `whole`: the needle must also not be followed by a word character.

    Such a position starts a run of word characters, so a needle that opens with a word character is
    looked up in an index of the text's words (built once per text) instead of found occurrence by
    occurrence: a frequent anchor word costs a dictionary lookup, not a Python loop over its occurrences.
    """
    out: set[int] = set()
    find = hay.find
    n_hay = len(hay)
    index = keys = None  # the text's word index and its sorted words, looked up once per call
    for nd in needles:
        if not nd:
            continue
        lead = _leading_word(nd)
        if lead is not None:
            if index is None:
                index = _word_index(hay)
            if lead != nd:  # the run at such a position is exactly the needle's leading word
                n = len(nd)
                out.update(p for p in index.get(lead, ()) if hay.startswith(nd, p)
                           and (not whole or p + n >= n_hay or not is_word(hay[p + n])))
            elif whole:
                out.update(index.get(lead, ()))
            else:  # runs that begin with the needle
                if keys is None:
                    keys = _sorted_words(hay)
                i = bisect.bisect_left(keys, nd)
                while i < len(keys) and keys[i].startswith(nd):
                    out.update(index[keys[i]])
                    i += 1
            continue
        n = len(nd)
        p = find(nd)
        while p >= 0:
            if (p == 0 or not is_word(hay[p - 1])) and (not whole or p + n >= n_hay or not is_word(hay[p + n])):
                out.add(p)
            p = find(nd, p + 1)
    return out


@lru_cache(maxsize=1 << 14)
def _leading_word(needle: str) -> str | None:
    """The run of word characters a needle opens with, or None (asked again and again for the extraction's words)."""
    lead = _WORD.match(needle)
    return lead.group() if lead else None


# From this length on, `occurrences` of a needle that opens with a word character reads the text's word index
# (built once per text; the extraction builds it anyway) instead of scanning the whole text per needle.
INDEX_MIN = 20_000


def occurrences(hay: str, needle: str) -> Iterator[int]:
    """Every start position of `needle` in `hay`, overlapping ones included, ascending.

    In a long text, a needle that opens with a word character is looked for in the text's distinct words, once
    each, not in every repetition of them (a report's distinct words are a fraction of its length): a needle of
    word characters only lies inside one word (a maximal run of them), at the same offset in every occurrence
    of that word; a needle whose leading word characters are followed by another character ends a word there.
    """
    lead = _WORD.match(needle) if len(hay) >= INDEX_MIN else None
    if lead is None or (lead.end() < 3 < len(needle)):
        # (a lead of a letter or two, "n" of "n.v.", ends a large part of all words: one scan of the text is cheaper)
        return _scan_occurrences(hay, needle)
    index = _word_index(hay)
    vocab, offsets, words = _vocabulary(hay)
    out: list[int] = []
    find = vocab.find
    if lead.end() == len(needle):  # word characters only: every place it stands inside a distinct word
        v = find(needle)
        while v >= 0:
            k = bisect.bisect_right(offsets, v) - 1
            o = v - offsets[k]
            out += [s + o for s in index[words[k]]]
            v = find(needle, v + 1)
    else:  # the leading word ends a word of the text, and the rest follows it
        head = lead.group()
        back = len(head)
        v = find(head + "\n")
        startswith = hay.startswith
        while v >= 0:
            k = bisect.bisect_right(offsets, v) - 1
            w = words[k]
            o = len(w) - back
            out += [s + o for s in index[w] if startswith(needle, s + o)]
            v = find(head + "\n", v + 1)
    out.sort()
    return iter(out)


def _scan_occurrences(hay: str, needle: str) -> Iterator[int]:
    find = hay.find
    p = find(needle)
    while p >= 0:
        yield p
        p = find(needle, p + 1)


def anchored_finditer(pat: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """The matches of pat.finditer(text), given a superset of the positions where a match can start.

    Candidates are tried left to right and a match hides candidates inside it, as finditer does.
    (Pattern.match at a position still sees the characters before it, so look-behinds and \\b hold.)
    """
    end = 0
    match = pat.match
    for p in sorted(starts):
        if p < end:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            end = m.end() if m.end() > m.start() else m.end() + 1


def find_all(pat: re.Pattern, text: str, anchors: Iterable[str], *, fold_case: bool, whole: bool = False
             ) -> Iterator[re.Match]:
    """pat.finditer(text) where every match starts with one of `anchors` at a word start.

    fold_case: the anchors are lower case and matched case-insensitively (for (?i) patterns).
    whole: every anchor is a whole word of the match (not followed by a word character).
    """
    if fold_case:
        hay = lowered(text)
        if hay is None:
            return pat.finditer(text)
    else:
        hay = text
    return anchored_finditer(pat, text, word_starts(hay, anchors, whole=whole))


_CAP_RUN = re.compile(r"[A-Z]\w*")
_caps_cache: list = [None, None]


def cap_starts(text: str) -> list[int]:
    """Positions of an ASCII capital not preceded by a word character (a capitalised word starts there)."""
    if _caps_cache[0] is text:
        return _caps_cache[1]
    if len(text) >= INDEX_MIN:  # the starts of the words that open with one
        index = _word_index(text)
        out = sorted(p for w in _cap_keys(text) for p in index[w])
    else:
        # A capital inside a [A-Z]\w* run is preceded by a word character, so run starts are enough.
        out = [p for p in (m.start() for m in _CAP_RUN.finditer(text)) if p == 0 or not is_word(text[p - 1])]
    _caps_cache[0], _caps_cache[1] = text, out
    return out


def back_over(text: str, pos: int, chars: str | None = None, *, word: bool = False) -> int:
    """The start of the run ending at `pos` of characters in `chars` (or of word characters when `word`)."""
    while pos > 0 and ((word and is_word(text[pos - 1])) or (chars is not None and text[pos - 1] in chars)):
        pos -= 1
    return pos


def first_words(labels: Iterable[str], lower: bool = False) -> frozenset[str] | None:
    """The leading word of each label (None when a label does not open with a word character)."""
    out = set()
    for lab in labels:
        w = re.match(r"\w*", lab.lower() if lower else lab).group(0)
        if not w:
            return None
        out.add(w)
    return frozenset(out)


_WORD = re.compile(r"\w+")
_words_cache: list = [None, None]


def _word_index(text: str) -> dict[str, list[int]]:
    """Word (a maximal run of word characters) -> its starts in `text`, ascending; built once per text
    (the last two texts are kept: a text and its lower-cased copy are both scanned)."""
    for entry in _words_cache:
        if entry is not None and entry[0] is text:
            return entry[1]
    source = _low_cache[0]
    if _low_cache[1] is text and source is not text and "\u03a3" not in source:
        index = _lowered_index(_word_index(source))
    else:
        index = defaultdict(list)
        for m in _WORD.finditer(text):
            index[m.group()].append(m.start())
        index = dict(index)
    _words_cache[1], _words_cache[0] = _words_cache[0], (text, index, sorted(index))
    return index


def _lowered_index(index: dict[str, list[int]]) -> dict[str, list[int]]:
    """The word index of a text's lowered() copy, from the text's own: that copy has the same length, and
    lower-casing a character keeps it a word character or not (true of every character), so its words are the
    text's words lower-cased, where they stand. (Not for a text with a capital sigma, which lower-cases by
    what follows it.)"""
    out: dict[str, list[int]] = {}
    for w, starts in index.items():
        key = w.lower()
        have = out.get(key)
        out[key] = starts if have is None else sorted(have + starts)
    return out


def _sorted_words(text: str) -> list[str]:
    """The distinct words of `text`, sorted (for prefix lookups in _word_index)."""
    _word_index(text)
    return next(e[2] for e in _words_cache if e is not None and e[0] is text)


def _vocabulary(text: str) -> tuple[str, list[int], list[str]]:
    """The distinct words of `text`, sorted, each followed by a line break, as one string; where each starts in
    it; the words (built once per text, beside its word index)."""
    _word_index(text)
    i = next(i for i, e in enumerate(_words_cache) if e is not None and e[0] is text)
    entry = _words_cache[i]
    if len(entry) == 3:
        words = entry[2]
        offsets = list(accumulate((len(w) + 1 for w in words[:-1]), initial=0)) if words else []
        entry = _words_cache[i] = (*entry, ("\n".join(words) + "\n", offsets, words))
    return entry[3]


def words_where(text: str, test) -> list[int]:
    """The starts, ascending, of the words of `text` (maximal runs of word characters) for which `test(word)` is
    true: each distinct word is tested once and its places come from the word index (which the extraction builds for
    every text). A pattern whose matches are whole words finds them here without trying every position of the text."""
    index = _word_index(text)
    return sorted(p for w in _sorted_words(text) if test(w) for p in index[w])


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _cap_keys(text: str) -> list[str]:
    """The distinct words of `text` that open with an ASCII capital (a word of the index starts a run of word
    characters, so it is not preceded by one)."""
    return [w for w in _sorted_words(text) if w[0] in _CAPITALS]


def whole_occurrences(hay: str, needle: str) -> list[int]:
    """The starts of `needle` in `hay` with no word character just before or after it, ascending: what
    `[p for p in occurrences(hay, needle) if p is not preceded and p + len(needle) not followed by a word
    character]` gives, from an index of the text's words instead of a scan of the whole text per needle
    (a report names hundreds of organisations, each looked up by several forms)."""
    lead = _WORD.match(needle)
    n, end = len(needle), len(hay)
    if lead is None:  # a needle that does not open with a word character: scan
        return [p for p in occurrences(hay, needle) if (p == 0 or not is_word(hay[p - 1]))
                and (p + n >= end or not is_word(hay[p + n]))]
    # Such a start begins a run of word characters; the needle's leading word is that whole run (the needle
    # goes on with a non-word character, or ends where the run must end).
    index = _word_index(hay)
    starts = index.get(lead.group(), ())
    if lead.end() == n:
        return list(starts)
    # Every other word of the needle is a whole word of the text too (the needle has a non-word character
    # before it, and one after it or the end, which must not be followed by a word character): the rarest of
    # them gives the fewest places to try ("GGD Regio X" from the starts of X, not of every GGD).
    off = 0
    for m in _WORD.finditer(needle, lead.end()):
        other = index.get(m.group(), ())
        if len(other) < len(starts):
            starts, off = other, m.start()
    if off:
        return [p for p in (q - off for q in starts) if p >= 0 and (p == 0 or not is_word(hay[p - 1]))
                and hay.startswith(needle, p) and (p + n >= end or not is_word(hay[p + n]))]
    return [p for p in starts if hay.startswith(needle, p) and (p + n >= end or not is_word(hay[p + n]))]


_cap_words_cache: list = [None, None]


def cap_words(text: str, fold) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of every word that starts with an ASCII capital, computed once per text."""
    if _cap_words_cache[0] is text:
        return _cap_words_cache[1]
    if len(text) >= INDEX_MIN:  # each distinct word folded once, its places from the word index
        index = _word_index(text)
        out = sorted((p, p + len(w), f) for w in _cap_keys(text) for f in (fold(w),) for p in index[w])
    else:
        match = _WORD.match
        out = []
        for p in cap_starts(text):
            m = match(text, p)
            out.append((p, m.end(), fold(m.group(0))))
    _cap_words_cache[0], _cap_words_cache[1] = text, out
    return out


_cap_groups_cache: list = [None, None, None]


def _cap_groups(text: str, fold) -> dict[str, list[tuple[int, int]]]:
    """Folded word -> (start, end) of each word of `text` that starts with an ASCII capital and folds to it, built
    once per (text, fold) from the distinct capitalised words."""
    if _cap_groups_cache[0] is text and _cap_groups_cache[1] is fold:
        return _cap_groups_cache[2]
    groups: dict[str, list[tuple[int, int]]] = {}
    if len(text) >= INDEX_MIN:
        index = _word_index(text)
        for w in _cap_keys(text):
            n = len(w)
            got = groups.setdefault(fold(w), [])
            got += [(p, p + n) for p in index[w]]
    else:
        for p, e, f in cap_words(text, fold):
            groups.setdefault(f, []).append((p, e))
    _cap_groups_cache[0], _cap_groups_cache[1], _cap_groups_cache[2] = text, fold, groups
    return groups


_heads_cache: dict[int, tuple[dict, frozenset[str]]] = {}


def _key_heads(lookup: dict) -> frozenset[str]:
    """Every key of `lookup` cut before each of its spaces, and whole: a phrase of two words or more can be a key
    only if its first two words (joined by a space) are one of these."""
    got = _heads_cache.get(id(lookup))
    if got is not None and got[0] is lookup:
        return got[1]
    heads = set()
    for k in lookup:
        if isinstance(k, str):
            heads.add(k)
            i = k.find(" ")
            while i >= 0:
                heads.add(k[:i])
                i = k.find(" ", i + 1)
    if len(_heads_cache) >= 8:
        _heads_cache.clear()
    _heads_cache[id(lookup)] = (lookup, frozenset(heads))
    return _heads_cache[id(lookup)][1]


_PHRASE_BREAK = re.compile(r"[()\[\]:;]")


def capitalised_phrases(text: str, first: dict[str, set[int]], lookup: dict, fold) -> Iterator[tuple[int, int, object]]:
    """(start, end, value) for each longest phrase of `lookup` (keys: folded words joined by one space) that
    starts at a capitalised word; `first` maps a key's first word to the word counts of its keys. In order of
    position.

    Only the capitalised words whose folded form opens a key are visited: the text's capitalised words are grouped
    by folded form once per text, and each group that `first` names is looked at (one hit at most per word)."""
    groups = _cap_groups(text, fold)
    if len(first) < len(groups):
        pairs = [(w, lengths, groups[w]) for w, lengths in first.items() if lengths and w in groups]
    else:
        pairs = [(w, lengths, places) for w, places in groups.items() if (lengths := first.get(w))]
    hits: list[tuple[int, int, object]] = []
    for w, lengths, places in pairs:
        longest = max(lengths)
        if longest == 1:
            v = lookup.get(w)
            if v is not None:
                hits += [(p, e, v) for p, e in places]
            continue
        order = sorted(lengths, reverse=True)
        alone = lookup.get(w) if 1 in lengths else None
        heads = _key_heads(lookup)
        for p, e in places:
            line_end = text.find("\n", e, p + 160)
            stop = p + 160 if line_end == -1 else line_end
            nxt = _WORD.search(text, e, stop)
            if nxt is None or f"{w} {fold(nxt.group(0))}" not in heads:  # no key of two words or more fits here
                if alone is not None:
                    hits.append((p, e, alone))
                continue
            words = []
            at = e
            for x in islice(_WORD.finditer(text, e, stop), longest - 1):
                if _PHRASE_BREAK.search(text, at, x.start()):
                    break  # a bracket or a clause's punctuation between two words: "(GGD) Brabant" is no phrase
                words.append(x)
                at = x.end()
            parts = [w, *(fold(x.group(0)) for x in words)]
            ends = [e, *(x.end() for x in words)]
            for n in order:
                if n <= len(parts):
                    v = lookup.get(" ".join(parts[:n]))
                    if v is not None:
                        hits.append((p, ends[n - 1], v))
                        break
    hits.sort(key=itemgetter(0))
    return iter(hits)


