"""The pages of a municipality, an organisation and a report: what an entity's IRI shows a person.

/id/gemeente/GM0193 in a browser is the municipality's page; asked for Turtle or JSON-LD it is its
data (web/lod_views.py negotiates). Each page reads named queries through `pages.rows`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from flask import render_template
from sdkg.web import labels
from sdkg.web.pages import page_of, rows

TOOI = "https://identifier.overheid.nl/tooi/id/gemeente/"


def _years(values) -> list[str]:
    return sorted({str(v) for v in values if v})


def _predicate(iri: str | None) -> str:
    local = (iri or "").rsplit("#", 1)[-1]
    return labels.label(labels.PREDICATES, local)


# ------------------------------------------------------------------ municipality

def municipality_page(iri: str, label: str, links: dict) -> str:
    code = iri.rsplit("/", 1)[-1]
    reports = [{**r, "href": page_of(r["report"]) or r["report"],
                "type_label": labels.label(labels.DOCUMENT_TYPES, r.get("documentType"))}
               for r in rows("reports", municipality=code)]
    relations = rows("municipality-relations", municipality=code)
    partners = _partners(rows("partners", municipality=code), relations, iri)
    laws = _laws(rows("laws-by-municipality", municipality=code))
    initiatives = [{**r, "href": page_of(r["initiative"])} for r in rows("municipality-initiatives", municipality=code)]
    neighbourhoods = [{**r, "href": page_of(r.get("neighbourhood"))} for r in rows("neighbourhoods", municipality=code)]
    figures = figure_series(rows("figures", municipality=code))
    people = rows("people", municipality=code)
    name = label or (reports[0]["municipalityName"] if reports else code)
    return render_template("municipality.html", iri=iri, code=code, name=name, tooi=TOOI + code.lower(),
                           reports=reports, partners=partners, laws=laws, initiatives=initiatives,
                           neighbourhoods=neighbourhoods, figures=figures, people=people,
                           years=_years(r.get("reportYear") for r in reports),
                           node_types=labels.NODE_TYPES, measures=labels.MEASURES, **links)


def _partners(partner_rows: list[dict], relation_rows: list[dict], municipality: str) -> list[dict]:
    """One entry per organisation: kind, years, laws, what the reports say it does with the
    municipality (relations, each with its sentence), else the sentence that names it."""
    by_org: dict[str, dict] = {}
    for r in partner_rows:
        o = by_org.setdefault(r["organisation"], {
            "iri": r["organisation"], "name": r["organisationName"], "href": page_of(r["organisation"]),
            "kind": labels.label(labels.KINDS, r.get("kind")), "years": set(), "laws": set(), "quotes": [],
            "together": []})
        if r.get("reportYear"):
            o["years"].add(r["reportYear"])
        o["laws"].update(x.strip() for x in (r.get("laws") or "").split(",") if x.strip())
        if r.get("quote") and r["quote"] not in o["quotes"]:
            o["quotes"].append(r["quote"])
    for r in relation_rows:
        for side in ("subject", "object"):
            o = by_org.get(r.get(side) or "")
            if o is None:
                continue
            text = {"subject": r["subjectName"], "verb": _predicate(r["predicate"]), "object": r["objectName"],
                    "sentence": r["sentence"], "year": r.get("year"), "report": page_of(r["report"]),
                    "start": r.get("start")}
            if text not in o["together"]:
                o["together"].append(text)
    out = [{**o, "years": ", ".join(_years(o["years"])), "laws": sorted(o["laws"])} for o in by_org.values()]
    return sorted(out, key=lambda o: (-len(o["together"]), o["name"].lower()))


def _laws(law_rows: list[dict]) -> list[dict]:
    by_law: dict[str, dict] = {}
    for r in law_rows:
        key = r.get("law") or r.get("lawName")
        law = by_law.setdefault(key, {"name": r.get("lawName") or key, "href": page_of(r.get("law")),
                                      "bwb": r.get("bwbId"), "years": set(), "mentions": 0})
        if r.get("reportYear") or r.get("year"):
            law["years"].add(r.get("reportYear") or r.get("year"))
        law["mentions"] += int(float(r.get("mentions") or 0))
    return sorted(({**v, "years": ", ".join(_years(v["years"]))} for v in by_law.values()),
                  key=lambda v: (-v["mentions"], v["name"]))


@dataclass
class Series:
    label: str
    unit: str
    points: list[tuple[int, float, str]] = field(default_factory=list)  # (year, value, sentence)

    @property
    def chartable(self) -> bool:
        return len({y for y, _, _ in self.points}) >= 2

    def chart(self, width: int = 320, height: int = 140) -> dict:
        """Coordinates of a small line chart (drawn as inline SVG by the template)."""
        pts = sorted(self.points)
        years = sorted({y for y, _, _ in pts})
        lo, hi = min(0.0, min(v for _, v, _ in pts)), max(v for _, v, _ in pts) or 1.0
        left, right, top, bottom = 48, 16, 24, 24
        x = {y: left + (width - left - right) * (i / max(1, len(years) - 1)) for i, y in enumerate(years)}

        def yv(v: float) -> float:
            return top + (height - top - bottom) * (1 - (v - lo) / ((hi - lo) or 1))

        dots = [{"x": round(x[y], 1), "y": round(yv(v), 1), "year": y, "value": v} for y, v, _ in pts]
        return {"width": width, "height": height, "dots": dots, "line": " ".join(f"{d['x']},{d['y']}" for d in dots),
                "ticks": [{"x": round(x[y], 1), "year": y} for y in years], "axis_y": height - bottom,
                "top_label": hi, "bottom_label": lo, "top": top, "left": left}


def figure_series(figure_rows: list[dict]) -> list[Series]:
    """Figures grouped by label and unit, one point per year; those with two or more years first."""
    groups: dict[tuple[str, str], Series] = {}
    seen = set()
    for r in figure_rows:
        try:
            value = float(r["value"])
        except (TypeError, ValueError):
            continue
        year = r.get("figureYear")
        if not year or not re.fullmatch(r"\d{4}", year):
            continue
        key = (r["figureLabel"].strip().lower(), r.get("unit") or "")
        s = groups.setdefault(key, Series(r["figureLabel"].strip().rstrip(":").strip(" -"), r.get("unit") or ""))
        if (key, int(year), value) not in seen:
            seen.add((key, int(year), value))
            s.points.append((int(year), value, r.get("quote") or ""))
    return sorted(groups.values(), key=lambda s: (not s.chartable, s.label.lower()))


# ------------------------------------------------------------------ organisation

def organisation_page(iri: str, label: str, d, links: dict) -> str:
    profile = rows("organisation-profile", organisation=iri)
    by_muni: dict[str, dict] = {}
    for r in profile:
        m = by_muni.setdefault(r["municipality"], {"name": r["municipalityName"], "href": page_of(r["municipality"]),
                                                   "years": [], "roles": set(), "sentences": [], "mentions": 0})
        if r.get("year"):
            m["years"].append(r["year"])
        m["roles"].update(_predicate(p) for p in (r.get("roles") or "").split() if p)
        m["mentions"] += int(float(r.get("mentions") or 0))
        if r.get("sentence"):
            m["sentences"].append({"year": r.get("year"), "text": r["sentence"], "report": page_of(r["report"])})
    municipalities = sorted(({**m, "years": ", ".join(_years(m["years"])), "roles": sorted(m["roles"])}
                             for m in by_muni.values()), key=lambda m: m["name"])
    kind = next((v.iri.rsplit("/", 1)[-1] for p, vals in d.facts() if p.endswith("#kind") for v in vals if v.iri), None)
    aliases = [v.text for p, vals in d.facts() if p.endswith("altLabel") for v in vals if v.text]
    return render_template("organisation.html", iri=iri, name=label, kind=labels.label(labels.KINDS, kind),
                           aliases=aliases, municipalities=municipalities,
                           years=_years(y for m in by_muni.values() for y in m["years"]), **links)


# ------------------------------------------------------------------ report and its reader view

TYPE_ORDER = ["Organisation", "Relation", "Law", "Initiative", "Neighbourhood", "Person", "Figure", "Gemeente"]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def report_page(iri: str, links: dict) -> str:
    details = rows("report-details", report=iri)
    info = details[0] if details else {}
    facts = _facts(rows("report-evidence", report=iri))
    fragments = reader_fragments(facts)
    grouped = defaultdict(dict)  # type -> fact text -> its occurrences, in reading order
    for f in facts:
        grouped[f["type"]].setdefault(f["text"], []).append(f)
    return render_template(
        "report.html", iri=iri, info=info, municipality_href=page_of(info.get("municipality")),
        type_label=labels.label(labels.DOCUMENT_TYPES, info.get("documentType")),
        programmes=[p for p in (info.get("programmes") or "").split(" | ") if p],
        fragments=fragments, facts=facts,
        groups=[(t, labels.label(labels.TYPES_PLURAL, t), list(grouped[t].values())) for t in TYPE_ORDER
                if grouped.get(t)],
        **links)


def _facts(evidence_rows: list[dict]) -> list[dict]:
    out = []
    for i, r in enumerate(evidence_rows):
        start, end = int(r["start"]), int(r["end"])
        if r["type"] == "Relation":
            text = f"{r['label'] or ''} {_predicate(r['predicate'])} {r['otherLabel'] or ''}".strip()
        elif r["type"] == "Figure":
            unit = labels.label(labels.UNITS, r.get("unit")) if r.get("unit") else ""
            text = f"{r['label'].rstrip(': ')}: {r['value']}{(' ' + unit) if unit else ''}"
        else:
            text = r["label"] or r["exact"]
        out.append({"id": f"f{i}", "type": r["type"], "type_label": labels.label(labels.TYPES, r["type"]),
                    "text": text, "start": start, "end": end, "exact": r["exact"], "before": r["before"] or "",
                    "after": r["after"] or "", "href": page_of(r.get("thing")) if r["type"] != "Relation" else None,
                    "page": r.get("page"), "section": r.get("section")})
    return out


def reader_fragments(facts: list[dict]) -> list[dict]:
    """The report's text as far as the graph holds it: every quote with the sentence around it
    (Web Annotation prefix + exact + suffix) placed at its offsets, overlapping pieces joined into
    fragments, each fragment cut into sentences, each sentence with the facts it holds and their
    marks. Text between fragments is not in the graph."""
    pieces: dict[int, str] = {}  # character offset -> character, from every quote's window
    for f in facts:
        window = f["before"] + f["exact"] + f["after"]
        begin = f["start"] - len(f["before"])
        for k, ch in enumerate(window):
            pieces.setdefault(begin + k, ch)
    fragments, current = [], None
    for pos in sorted(pieces):
        if current and pos == current["end"]:
            current["text"] += pieces[pos]
            current["end"] += 1
        else:
            current = {"start": pos, "end": pos + 1, "text": pieces[pos]}
            fragments.append(current)
    where = None
    for frag in fragments:
        inside = [f for f in facts if frag["start"] <= f["start"] < frag["end"]]
        frag["sentences"] = _sentences(frag, inside)
        frag["gap_before"] = frag["start"] > 0
        here = next(((f["page"], f["section"]) for f in inside if f.get("page") or f.get("section")), None)
        frag["where"] = here if here and here != where else None  # page and section, when they change
        where = here or where
    return fragments


def _sentences(frag: dict, facts: list[dict]) -> list[dict]:
    text, base = frag["text"], frag["start"]
    bounds, last = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(text)))
    out = []
    for a, b in bounds:
        if a >= b:
            continue
        s0, s1 = base + a, base + b
        inside = [f for f in facts if s0 <= f["start"] < s1 or (f["start"] < s0 and f["end"] > s0)]
        marks, taken = [], []
        for f in sorted(inside, key=lambda f: (f["start"], -(f["end"] - f["start"]))):
            lo, hi = max(f["start"], s0), min(f["end"], s1)
            if hi - lo >= 0.8 * (s1 - s0) and f["type"] == "Relation":
                f["whole_sentence"] = True  # a relation quotes the whole sentence: the sentence is its mark
                continue
            if any(lo < t1 and hi > t0 for t0, t1, _ in taken):
                same = next((m for m in marks if m["start"] == lo and m["end"] == hi), None)
                if same is not None:
                    same["facts"].append(f["id"])
                continue
            taken.append((lo, hi, f["id"]))
            marks.append({"start": lo, "end": hi, "facts": [f["id"]]})
        parts, pos = [], s0
        for m in sorted(marks, key=lambda m: m["start"]):
            if m["start"] > pos:
                parts.append({"text": text[pos - base:m["start"] - base]})
            parts.append({"text": text[m["start"] - base:m["end"] - base], "mark": m["facts"], "start": m["start"]})
            pos = m["end"]
        if pos < s1:
            parts.append({"text": text[pos - base:s1 - base]})
        sid = f"s{s0}"
        for f in inside:
            f.setdefault("sentence", sid)
        out.append({"id": sid, "start": s0, "end": s1, "parts": parts, "facts": [f["id"] for f in inside]})
    return out
