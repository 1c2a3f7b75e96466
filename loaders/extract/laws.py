"""Laws and treaties: every surface form of the SKOS thesaurus ontology/laws.ttl, resolved per report year."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders import reference as ref
from loaders.model import Law

from .normalise import span


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, str]]:
    """One alternation over all labels, longest first; labels are matched case-sensitively except long names."""
    label_to_iri: dict[str, str] = {}
    alts = []
    for c in ref.laws().values():
        for lab in c.labels:
            label_to_iri[lab] = c.iri
            label_to_iri.setdefault(lab.lower(), c.iri)
    for lab in sorted(label_to_iri, key=len, reverse=True):
        if lab != lab.lower() or len(lab) > 12 or lab == "wmo":
            esc = re.escape(lab).replace(r"\ ", r"[\s\u00a0]+")
            alts.append(f"(?i:{esc})" if len(lab) > 12 else esc)
    # A label counts inside a compound ("wmo-voorziening", "kern-AWBZ", "AVG-proof") but not inside a word.
    pat = re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w]|-\d)")
    return pat, label_to_iri


def _resolve(c: ref.LawConcept, year: int | None, newer: bool) -> ref.LawConcept:
    """A bare "Wmo" in a report from 2015 on means the Wmo 2015; "nieuwe Wet inburgering" the 2021 act."""
    laws = ref.laws()
    if c.superseded_by:
        succ = laws[c.superseded_by]
        if newer or (year is not None and succ.in_force_from is not None and year >= succ.in_force_from):
            return succ
    return c


def find_laws(text: str, year: int | None) -> list[Law]:
    pat, label_to_iri = _matcher()
    laws = ref.laws()
    out: dict[str, Law] = {}
    for m in pat.finditer(text):
        surface = m.group(0)
        iri = label_to_iri.get(surface) or label_to_iri.get(surface.lower()) or label_to_iri.get(
            re.sub(r"\s+", " ", surface).lower())
        if iri is None:
            continue
        newer = bool(re.search(r"(?i)nieuwe\s*$", text[max(0, m.start() - 8):m.start()]))
        c = _resolve(laws[iri], year, newer)
        law = out.get(c.iri)
        if law is None:
            law = out[c.iri] = Law(name=c.name, abbreviation=c.abbreviation, bwb_id=c.bwb_id)
        law.mentions.append(span(text, m.start(), m.end()))
    return list(out.values())
