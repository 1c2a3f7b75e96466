"""Typed relations between found entities, each quoting the clause of the text that states it."""

from __future__ import annotations

import bisect
import re

from sdkg.loaders.model import Initiative, Law, Organisation, Place, Relation

from .normalise import span

PARTNER = re.compile(r"(?i)samenwerking\s+(?:met|tussen)|samen\s+met|partners?\b|partijen|samenwerkingsproject|stadspartner")
PROVIDES = re.compile(r"(?i)uitgevoerd\s+door|aanbieder|leverancier|biedt|levert|verzorgt|ondergebracht\s+bij|beschikbaar\s+gesteld")
CONTRACT = re.compile(r"(?i)in\s+opdracht\s+van|overeenkomst|contract|aanbesteed|gegund|gunning|inkoop")
FUNDS = re.compile(r"(?i)subsidie|geïnvesteerd\s+in|gefinancierd|middelen\s+van|bijdrage\s+(?:van|aan)|fonds")
FUNDED = re.compile(r"(?i)subsidie\s+ontvangen|geïnvesteerd\s+in|subsidie\s+aan")
PART_OF = re.compile(r"(?i)\b(?:als\s+)?onderdeel\s+van\s+(?:de|het)\s+")


def _clauses(text: str):
    for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
        if m.group(0).strip():
            yield m.start(), m.end()


def find_relations(text: str, municipality: str | None, orgs: list[Organisation], initiatives: list[Initiative],
                   laws: list[Law], neighbourhoods: list[Place]) -> list[Relation]:
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()

    def add(subj, pred, obj, s, e, sk="organisation", ok="other", conf=0.6):
        key = (subj, pred, obj)
        if key in seen or subj == obj:
            return
        seen.add(key)
        out.append(Relation(subj, pred, obj, span(text, s, e), sk, ok, conf))

    sentences = list(_clauses(text))
    starts = [a for a, _b in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
            return sentences[i]
        return pos, pos

    # Initiative mentions by position, so the initiatives of a sentence are a bisect away (not a scan of all).
    init_pos = sorted((x.start, k) for k, i in enumerate(initiatives) for x in i.mentions)
    init_starts = [p for p, _k in init_pos]
    inits_of: dict[tuple[int, int], list[Initiative]] = {}

    def inits_in(a: int, b: int) -> list[Initiative]:
        got = inits_of.get((a, b))
        if got is None:
            lo, hi = bisect.bisect_left(init_starts, a), bisect.bisect_left(init_starts, b)
            got = inits_of[(a, b)] = [initiatives[k] for k in sorted({k for _p, k in init_pos[lo:hi]})]
        return got

    # The cue words of a sentence, searched once per sentence (not once per mention: a long sentence with
    # many mentions would cost its length times theirs).
    cues_of: dict[tuple[int, int], tuple[bool, ...]] = {}

    def cues(a: int, b: int) -> tuple[bool, ...]:
        got = cues_of.get((a, b))
        if got is None:
            sent = text[a:b]
            got = cues_of[(a, b)] = tuple(bool(p.search(sent)) for p in (PARTNER, CONTRACT, PROVIDES, FUNDS, FUNDED))
        return got

    for o in orgs:
        for m in o.mentions:
            a, b = sentence_of(m.start)
            inits = inits_in(a, b)
            partner, contract, provides, funds, funded = cues(a, b)
            if partner:
                if inits:
                    for i in inits:
                        add(o.name, "partner_of", i.name, a, b, ok="initiative")
                elif municipality:
                    add(o.name, "partner_of", municipality, a, b, ok="municipality")
            if contract and municipality:
                add(o.name, "contracted_by", municipality, a, b, ok="municipality")
            if provides:
                for i in inits:
                    add(o.name, "provides", i.name, a, b, ok="initiative")
            if funds:
                if o.name == "Rijk" or o.kind == "funder":
                    for i in inits:
                        add(o.name, "funds", i.name, a, b, ok="initiative")
                elif municipality and funded:
                    add(municipality, "funds", o.name, a, b, sk="municipality", ok="organisation")
    for i in initiatives:
        for nb in i.neighbourhoods:
            m = i.mentions[0] if i.mentions else None
            if m:
                a, b = sentence_of(m.start)
                add(i.name, "located_in", nb, a, b, sk="initiative", ok="neighbourhood")
        if laws and i.mentions:
            # does a mention of i contain position p: the mentions sorted by start, with the running max of ends
            ivs = sorted((x.start, x.end) for x in i.mentions)
            iv_starts = [x for x, _e in ivs]
            reach, mx = [], -1
            for _s, e in ivs:
                mx = max(mx, e)
                reach.append(mx)
            for law in laws:
                for lm in law.mentions:
                    k = bisect.bisect_right(iv_starts, lm.start)
                    if k and reach[k - 1] > lm.start:
                        add(i.name, "under_law", law.name, lm.start, lm.end, sk="initiative", ok="law")
        for x in i.mentions:
            pre = text[max(0, x.start - 40):x.start]
            pm = PART_OF.search(pre)
            if pm:
                a, _ = sentence_of(x.start)
                earlier = [j for j in initiatives if j is not i and any(a <= y.start < x.start for y in j.mentions)]
                for j in earlier:
                    add(j.name, "part_of", i.name, max(a, x.start - 40) + pm.start(), x.end, sk="initiative", ok="initiative")
    return out
