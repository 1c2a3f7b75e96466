"""Extraction: one report Document -> Extraction (organisations, laws, initiatives, places, people, figures,
relations), every item with the spans of text that support it.

The text is tokenised once (spaCy blank Dutch + sentencizer); place matchers run on that Doc, the
pattern matchers on the same text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Document, Extraction, Initiative, Organisation, Place, ReportMeta, Span

from . import places as _places
from .figures import find_figures
from .initiatives import find_initiatives
from .laws import find_laws
from .nlp import parse
from .normalise import plain_spaces, span
from .organisations import bodies_among_initiatives, find_organisations, organisations_from_relations
from .people import find_people
from .pipeline import Trace
from .relations import find_relations
from .tables import merge, table_figures

__all__ = ["extract", "fit"]


def fit(golds: list[dict]):
    """What the extractor learns from gold annotations (for `sdkg eval`'s leave-one-municipality-out).

    Extraction is rules and country-wide reference data only: nothing is fitted on gold, so this returns
    None and `extract(..., fitted=None)` is the shipped extractor.
    """
    return None


def _quoted_from(doc: Document, ex: Extraction) -> Extraction:
    """`ex`, found in a copy of `doc` whose other spaces were made plain (the same offsets), with `doc` as its
    document and every span's quote taken from `doc`'s own text again."""
    text = doc.text

    def q(s: Span | None) -> Span | None:
        return s if s is None else Span(s.start, s.end, text[s.start:s.end])

    for items in (ex.organisations, ex.laws, ex.initiatives, ex.neighbourhoods, ex.other_municipalities, ex.people):
        for it in items:
            it.mentions = [q(s) for s in it.mentions]
    for f in ex.figures:
        f.span = q(f.span)
    for r in ex.relations:
        r.span = q(r.span)
    ex.document = doc
    return ex


def _national_initiative_keys() -> set[str]:
    """Folded names of country-wide programmes: an acronym such as IZA names an agreement, not a body."""
    return {ref.fold(x) for it in ref.national_initiatives() for x in (it.name, *it.aliases)}


OPENING_QUOTES = "‘“'\"„"
CLOSING_QUOTES = "’”'\""


def _outside_quoted_titles(text: str, orgs: list[Organisation], initiatives: list[Initiative]) -> list[Organisation]:
    """A body named only inside an initiative's quoted title ("het ‘Plan X voor de Regio Y’") is part of that
    title, not a partner the text names."""
    titles = [(s.start, s.end) for i in initiatives for s in i.mentions
              if s.start > 0 and text[s.start - 1] in OPENING_QUOTES and text[s.end:s.end + 1] in CLOSING_QUOTES
              and s.end - s.start > 0]
    if not titles:
        return orgs
    return [o for o in orgs if not o.mentions or not all(
        any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in titles) for m in o.mentions)]


def extract(doc: Document, meta: ReportMeta | None = None, *, fitted=None,
            trace: dict[str, Trace] | None = None) -> Extraction:
    """`trace`: {"organisations": Trace(), "initiatives": Trace()} to record what each step did."""
    from sdkg.loaders.metadata import infer_meta

    plain = plain_spaces(doc.text)
    if plain is not doc.text:
        # a no-break space between words reads as a space ("Stichting\u00a0X"); the quotes are the document's own
        return _quoted_from(doc, extract(replace(doc, text=plain), meta, fitted=fitted, trace=trace))
    text = doc.text
    pdoc = parse(text)
    if meta is None:
        meta = infer_meta(doc, {})
    gm = meta.municipality.cbs_code if meta.municipality else None
    gems = ref.gemeenten()
    own_keys = {ref.fold(meta.municipality.name)} if meta.municipality else set()
    if gm:
        own_keys |= {ref.fold(gems[gm].label), ref.fold(gems[gm].name)}
        # ... and its name with its province written in other ways: "Bergen NH", "Bergen (L)", "Bergen"
        base, _, province = gems[gm].name.partition(" (")
        if province:
            letters = province.strip("().")
            own_keys |= {ref.fold(base), ref.fold(f"{base} {letters}"), ref.fold(f"{base} ({letters})")}

    # municipalities other than the author
    others: dict[str, Place] = {}
    all_muni_keys: set[str] = set()
    prev_valid_end = -1  # where the last municipality of the report's year ended: a list may go on with a former one
    kernen = ref.kernen().get(gm, frozenset()) if gm else frozenset()
    for m in _places.municipality_mentions(pdoc):
        of_the_year = any(gems[c].valid_in(meta.year) for c in m.codes)
        if m.key in kernen and gm not in m.codes and of_the_year \
                and not _places.GEMEENTE_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue  # "het dorpshuis in Rijswijk", Buren's own kern of that name, not the municipality
        if gm and gm not in m.codes and _places.AREA_WORD_BEFORE.search(text, max(0, m.start - 12), m.start) \
                and gm in ref.area_index().get(m.key, {}):
            continue  # "in de wijk Oosterhout" in Nijmegen: its own wijk or buurt of that name, not the municipality
        if of_the_year and not m.in_name:
            all_muni_keys.add(m.key)  # a former municipality may now be a neighbourhood of the author
        if m.key in own_keys or gm in m.codes or m.in_region or m.in_name:
            continue
        if _places.person_before(text, m.start):
            continue  # "wethouder A.B. van de Sluis": a surname
        if _places.seat_of_government(text, m):
            continue  # "het geld vanuit Den Haag": the national government
        valid = [c for c in m.codes if gems[c].valid_in(meta.year)]
        shared = m.key in ref.shared_names()
        qualified = _places.of_qualified_province(text, m.end, valid) if shared else None
        if qualified is not None:
            valid = qualified  # "Bergen (NH)", "Bergen (L.)": the province says which
        elif shared:
            # a name two municipalities bear ("Bergen"): the one in the author's province, none elsewhere, and none
            # where it is the start of the author's own name ("Bergen" for Bergen op Zoom)
            valid = [c for c in valid if gm and gems[c].province == gems[gm].province
                     and not any(k.startswith(m.key + " ") for k in own_keys)]
        listed = not shared and prev_valid_end >= 0 and re.fullmatch(r"\s*(?:,|en|,\s*en)\s*",
                                                                     text[prev_valid_end:m.start])
        if valid:
            prev_valid_end = m.end
        elif (listed or _places.merged_municipality(text, m)) and m.codes:
            # "samen met de gemeenten Houten, Lopik en Vianen (nu: Vijfheerenlanden)": a municipality of the time
            # the text looks back on, listed with those of today; or joined by a merger ("de fusie van A en B")
            valid = m.codes[:1]
            prev_valid_end = m.end
        if not valid:
            continue
        g = gems[valid[0]]
        # named as the text writes it where that is the name everyone uses ("Den Haag", not "'s-Gravenhage")
        p = others.get(g.cbs_code)
        if p is None:
            p = others[g.cbs_code] = Place(name=ref.written_name(text, g), code=g.cbs_code)
        p.mentions.append(span(text, m.start, m.end))

    area_ms = _places.area_mentions(pdoc)
    area_ms = sorted(area_ms + _places.former_municipalities_here(
        [m for m in _places.municipality_mentions(pdoc) if not _places.merged_municipality(text, m)], gm, meta.year),
                     key=lambda m: m.start)
    nbs = _places.neighbourhoods_of(pdoc, area_ms, gm, excluded_keys=own_keys | all_muni_keys)
    if gm:
        nbs = _places.listed_neighbourhoods(text, nbs, excluded_keys=own_keys | all_muni_keys)
        nbs = _places.compass_districts(text, nbs, meta.municipality.name)
    laws = find_laws(text, meta.year)
    people = find_people(text)
    law_keys = {ref.fold(x) for law in laws for x in (law.name, law.abbreviation or "", *(sp.quote for sp in law.mentions))
                if x}  # (as the text writes it too: "het Besluit Begroting en Verantwoording")
    person_keys = {ref.fold(p.name) for p in people}
    place_keys = {ref.fold(p.name) for p in nbs} | {m.key for m in area_ms}
    orgs = find_organisations(
        text, excluded=own_keys | all_muni_keys | law_keys | person_keys, places=place_keys,
        initiative_words=_national_initiative_keys(), law_starts=[sp.start for law in laws for sp in law.mentions],
        trace=(trace or {}).get("organisations"),
    )
    org_keys = {ref.fold(k) for o in orgs for k in (o.name, *o.aliases)}
    # (a municipality named only inside a body's name is no municipality the text is about: "Hogeschool X en Y")
    org_spans = [(s.start, s.end) for o in orgs for s in o.mentions]
    others = {k: p for k, p in others.items()
              if not all(any(a <= sp.start and sp.end <= b for a, b in org_spans) for sp in p.mentions)}
    nbs = _places.outside_longer_names(nbs, [(m.start, m.end) for m in _places.municipality_mentions(pdoc)]
                                       + [(s.start, s.end) for o in orgs for s in o.mentions]
                                       + _places.address_spans(text))
    programme_keys = {ref.fold(p) for p in meta.programmes}
    law_spans = [(s.start, s.end) for law in laws for s in law.mentions]
    blocked = org_keys | place_keys | law_keys | person_keys | all_muni_keys | own_keys
    initiatives = find_initiatives(
        text, blocked=blocked, areas={ref.fold(p.name): p.name for p in nbs}, programme_keys=programme_keys,
        law_spans=law_spans, places=place_keys, trace=(trace or {}).get("initiatives"),
        org_spans=org_spans,
    )
    orgs = _outside_quoted_titles(text, orgs, initiatives)
    figures = merge(text, find_figures(text, meta.year), table_figures(doc))  # tables read with their structure
    relations = find_relations(text, meta.municipality.name if meta.municipality else None, orgs, initiatives, laws, nbs,
                               list(others.values()))
    orgs = orgs + organisations_from_relations(
        text, relations, orgs, blocked | {ref.fold(i.name) for i in initiatives} | programme_keys, place_keys,
        trace=(trace or {}).get("organisations"))
    acting, initiatives, relations = bodies_among_initiatives(text, orgs, initiatives, relations,
                                                              trace=(trace or {}).get("organisations"))
    orgs = orgs + acting
    return Extraction(
        document=doc, meta=meta, organisations=orgs, laws=laws, initiatives=initiatives, neighbourhoods=nbs,
        other_municipalities=list(others.values()), people=people, figures=figures, relations=relations,
    )
