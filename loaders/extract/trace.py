"""Where gold items are lost, per extraction step (`sdkg eval --by-step`).

For every gold organisation and initiative that the extraction misses, the trace of the pipeline says why:
`never a candidate` (no candidate step proposed the name), `dropped by F` (a filter or a step's own check
named F removed every candidate of that name), `typed as X` (the name came out in another field), or
`merged away` (a candidate survived the filters but the merge step folded it into another item).
"""

from __future__ import annotations

from collections import Counter

from sdkg.loaders.evaluate import _jaccard, _match_names, _names, normalise

TRACED = ("organisations", "initiatives")
OTHER_FIELDS = ("organisations", "initiatives", "neighbourhoods", "other_municipalities", "laws", "programmes")


def _same(gnames: set[str], name: str, field: str) -> bool:
    n = normalise(name)
    if n in gnames:
        return True
    return field == "initiatives" and any(_jaccard(n, g) >= 0.5 for g in gnames)


def explain(gold: dict, pred: dict, traces: dict) -> list[dict]:
    """One row per gold item of the traced fields: field, name, verdict."""
    rows = []
    for field in TRACED:
        gitems = list(gold.get(field) or [])
        _tp, _fp, _fn, pairs = _match_names(list(pred.get(field) or []), gitems, field)
        matched = {gi for _pi, gi in pairs}
        events = traces[field].events
        for gi, g in enumerate(gitems):
            name = g.get("name") if isinstance(g, dict) else g
            if gi in matched:
                rows.append({"field": field, "name": name, "verdict": "found"})
                continue
            gnames = _names(g, field)
            mine = [e for e in events if e[0] == "candidates" and _same(gnames, e[2], field)]
            if any(e[4] == "kept" for e in mine):
                verdict = "merged away"
            elif mine:
                verdict = Counter(e[4] for e in mine).most_common(1)[0][0]
            else:
                verdict = "never a candidate"
                for other in OTHER_FIELDS:
                    if other != field and any(gnames & _names(p, other) for p in pred.get(other) or []):
                        verdict = f"typed as {other}"
                        break
            rows.append({"field": field, "name": name, "verdict": verdict})
    return rows


def losses(pairs: list[tuple[dict, str]]) -> list[dict]:
    """Explain every gold item of (gold, text path) pairs; rows carry the document name."""
    import os

    from sdkg.cli.extract_cmd import _read
    from sdkg.loaders.extract import extract
    from sdkg.loaders.extract.pipeline import Trace

    rows = []
    for gold, path in pairs:
        traces = {f: Trace() for f in TRACED}
        pred = extract(_read(path), trace=traces).to_json()
        for r in explain(gold, pred, traces):
            rows.append({"document": os.path.basename(path), **r})
    return rows


def format_losses(rows: list[dict], detail: bool = False) -> str:
    lines = []
    for field in TRACED:
        mine = [r for r in rows if r["field"] == field]
        if not mine:
            continue
        counts = Counter(r["verdict"] for r in mine)
        lines.append(f"{field}: {len(mine)} gold items")
        for verdict, n in counts.most_common():
            lines.append(f"  {n:>4}  {verdict}")
        if detail:
            for r in mine:
                if r["verdict"] != "found":
                    lines.append(f"        {r['document'][:28]:<29}{r['name'][:50]:<51}{r['verdict']}")
    return "\n".join(lines)
