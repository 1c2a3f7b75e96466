"""Change over time: partners gained and lost per municipality between two years, churn, and
organisations that became central."""

from __future__ import annotations

from sdkg.graph.network.analyses import analyse, rank
from sdkg.graph.network.build import Corpus, Filters, build, gc_paused


def partners_in(c: Corpus, gm: str, year: int, f: Filters | None = None) -> dict[str, float]:
    """Partner IRI -> evidence weight in the municipality's reports of one year."""
    g = build(c, "partners", (f or Filters()).but(year_from=year, year_to=year, municipalities=(gm,)))
    return {org: g.edges[gm, org]["weight"] for org in g[gm]} if gm in g else {}


def diff(c: Corpus, municipality: str, year_from: int, year_to: int, f: Filters | None = None) -> dict:
    """Partners of one municipality in `year_from` vs `year_to`: gained, lost, kept, churn."""
    gm = c.resolve(municipality, ("municipality",))
    if gm is None:
        raise KeyError(municipality)
    before, after = partners_in(c, gm, year_from, f), partners_in(c, gm, year_to, f)

    def rows(ids, side):
        return sorted(({"id": o, "label": c.label(o), "kind": (c.nodes.get(o) or {}).get("kind") or "",
                        "weight_before": before.get(o, 0), "weight_after": after.get(o, 0)} for o in ids),
                      key=lambda r: (-(r["weight_after"] if side else r["weight_before"]), r["label"].lower()))

    union = set(before) | set(after)
    gained, lost = set(after) - set(before), set(before) - set(after)
    return {"municipality": gm, "label": c.label(gm), "from": year_from, "to": year_to,
            "partners_from": len(before), "partners_to": len(after),
            "gained": rows(gained, True), "lost": rows(lost, False), "kept": rows(set(before) & set(after), True),
            "churn": round((len(gained) + len(lost)) / len(union), 4) if union else 0.0,
            "has_reports": {year_from: _has_reports(c, gm, year_from), year_to: _has_reports(c, gm, year_to)}}


def _has_reports(c: Corpus, gm: str, year: int) -> bool:
    return any(r.gm == gm and r.year == year for r in c.reports.values())


@gc_paused()
def diff_all(c: Corpus, year_from: int, year_to: int, f: Filters | None = None) -> list[dict]:
    """One row per municipality with reports in both years: counts gained / lost / kept and churn."""
    f = f or Filters()
    g_before = build(c, "partners", f.but(year_from=year_from, year_to=year_from))
    g_after = build(c, "partners", f.but(year_from=year_to, year_to=year_to))
    out = []
    for gm in c.municipalities():
        if gm not in g_before or gm not in g_after:
            continue
        a, b = set(g_before[gm]), set(g_after[gm])
        out.append({"municipality": gm, "label": c.label(gm), "partners_from": len(a), "partners_to": len(b),
                    "gained": len(b - a), "lost": len(a - b), "kept": len(a & b),
                    "churn": round(len(a ^ b) / len(a | b), 4) if a | b else 0.0})
    out.sort(key=lambda r: (-r["churn"], r["label"].lower()))
    return out


@gc_paused()
def newly_central(c: Corpus, year_from: int, year_to: int, top: int = 20, by: str = "pagerank",
                  f: Filters | None = None) -> list[dict]:
    """Organisations among the `top` most central of `year_to` that were not among them in `year_from`."""
    f = f or Filters()

    def ranking(year):
        g = build(c, "partners", f.but(year_from=year, year_to=year))
        return {r["id"]: r for r in rank(g, analyse(g, only=(by,)), by=by, node_type="organisation", top=None)}

    before, after = ranking(year_from), ranking(year_to)
    out = []
    for oid, r in after.items():
        if r["rank"] > top:
            continue
        prev = before.get(oid)
        if prev is None or prev["rank"] > top:
            out.append({"id": oid, "label": r["label"], "rank_to": r["rank"], by + "_to": r.get(by),
                        "rank_from": prev["rank"] if prev else None, by + "_from": prev.get(by) if prev else None})
    return sorted(out, key=lambda r: r["rank_to"])
