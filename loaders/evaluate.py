"""Score extractions against gold files, exactly as ../shared/gold/SCORING.md says.

`evaluate(predictions, golds)` takes dicts in the SCORING shape (extra keys ignored), pairs them by the
basename of `source_file`, and returns micro-averaged precision/recall/F1 per field plus per-document counts.
"""

from __future__ import annotations

import os
import re
import unicodedata

DOC_FIELDS = ("municipality", "year", "document_type")
NAME_FIELDS = ("organisations", "laws", "neighbourhoods", "other_municipalities", "programmes", "initiatives")
FIELDS = DOC_FIELDS + NAME_FIELDS + ("figures",)
LEGAL_FORMS = ("stichting", "st.", "b.v.", "bv", "n.v.", "cooperatie", "vereniging")
_LEGAL = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(x) for x in LEGAL_FORMS) + r")(?!\S)")


def normalise(name: str) -> str:
    """Lower case, NFKD without accents, '&' -> 'en', leading '#' off, legal forms off, punctuation -> space."""
    s = (name or "").lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("&", " en ")
    s = s.strip()
    s = re.sub(r"^#", "", s)
    s = re.sub(r"\s+", " ", s)
    prev = None
    while prev != s:
        prev = s
        s = _LEGAL.sub(" ", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _read_number(v) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip().lower().replace("€", "").replace("\u00a0", " ").strip()
    mult = 1.0
    for word, f in (("miljard", 1e9), ("miljoen", 1e6), ("mln", 1e6), ("duizend", 1e3)):
        if s.endswith(word):
            mult, s = f, s[: -len(word)].strip()
    s = s.rstrip("-").rstrip(",").rstrip("%").strip()
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        s = s.replace(".", "")
    try:
        return float(s) * mult
    except ValueError:
        return None


def _names(item, field: str) -> set[str]:
    if isinstance(item, str):
        forms = [item]
    else:
        forms = [item.get("name") or ""] + list(item.get("aliases") or [])
        if field == "laws" and item.get("abbreviation"):
            forms.append(item["abbreviation"])
    return {n for n in (normalise(f) for f in forms) if n}


def _jaccard(a: str, b: str) -> float:
    sa, sb = set(a.split()), set(b.split())
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def _match_names(pred: list, gold: list, field: str) -> tuple[int, int, int, list[tuple[int, int]]]:
    pn = [_names(p, field) for p in pred]
    gn = [_names(g, field) for g in gold]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    # exact matches first, in gold order
    for gi, gnames in enumerate(gn):
        for pi, pnames in enumerate(pn):
            if pi in used_p:
                continue
            exact = bool(gnames & pnames)
            if not exact and field == "laws":
                gb = (gold[gi].get("bwb_id") or "") if isinstance(gold[gi], dict) else ""
                pb = (pred[pi].get("bwb_id") or "") if isinstance(pred[pi], dict) else ""
                exact = bool(gb) and gb == pb
            if exact:
                used_p.add(pi)
                used_g.add(gi)
                pairs.append((pi, gi))
                break
    if field == "initiatives":
        cands = []
        for gi, gnames in enumerate(gn):
            if gi in used_g:
                continue
            for pi, pnames in enumerate(pn):
                if pi in used_p:
                    continue
                best = max((_jaccard(a, b) for a in pnames for b in gnames), default=0.0)
                if best >= 0.5:
                    cands.append((-best, gi, pi))
        pairs += _best_first(cands, used_p, used_g)
    tp = len(pairs)
    return tp, len(pred) - tp, len(gold) - tp, pairs


def _best_first(cands: list[tuple[float, int, int]], used_p: set[int], used_g: set[int]) -> list[tuple[int, int]]:
    """One-to-one (prediction, gold) pairs from (-score, gold, prediction) candidates, best score
    first; indexes already in used_p / used_g are taken, and the sets are updated."""
    pairs = []
    for _neg, gi, pi in sorted(cands):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((pi, gi))
    return pairs


def _match_figures(pred: list, gold: list) -> tuple[int, int, int]:
    pv = [(_read_number(p.get("value")), p.get("year")) for p in pred]
    gv = [(_read_number(g.get("value")), g.get("year")) for g in gold]
    used_p: set[int] = set()
    tp = 0

    def same(a, b):
        return a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))

    order = [i for i, g in enumerate(gv) if g[1] is not None] + [i for i, g in enumerate(gv) if g[1] is None]
    for gi in order:
        gval, gyear = gv[gi]
        for pi, (pval, pyear) in enumerate(pv):
            if pi in used_p or not same(pval, gval):
                continue
            if gyear is None or pyear == gyear:
                used_p.add(pi)
                tp += 1
                break
    return tp, len(pred) - tp, len(gold) - tp


def _doc_field(pred: dict, gold: dict, field: str) -> tuple[int, int, int]:
    if field == "municipality":
        p = ((pred.get("municipality") or {}) or {}).get("cbs_code")
        g = ((gold.get("municipality") or {}) or {}).get("cbs_code")
    else:
        p, g = pred.get(field), gold.get(field)
    if g is None and p is None:
        return 0, 0, 0
    if p is not None and g is not None and str(p).strip().upper() == str(g).strip().upper():
        return 1, 0, 0
    return 0, (1 if p is not None else 0), (1 if g is not None else 0)


def municipality_of(gold: dict) -> str:
    """The CBS code of a gold file's municipality (the unit of leave-one-municipality-out)."""
    m = gold.get("municipality") or {}
    return str(m.get("cbs_code") or m.get("name") or gold.get("source_file"))


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_document(pred: dict, gold: dict) -> dict[str, dict]:
    out = {}
    for f in DOC_FIELDS:
        out[f] = prf(*_doc_field(pred, gold, f))
    for f in NAME_FIELDS:
        tp, fp, fn, _ = _match_names(list(pred.get(f) or []), list(gold.get(f) or []), f)
        out[f] = prf(tp, fp, fn)
    out["figures"] = prf(*_match_figures(list(pred.get("figures") or []), list(gold.get("figures") or [])))
    return out


def _key(d: dict) -> str:
    return os.path.basename(str(d.get("source_file") or ""))


def evaluate(predictions: list[dict], golds: list[dict]) -> dict:
    """Micro-averaged P/R/F1 per field over all gold documents, and per document.

    A gold document without a prediction counts as an empty prediction; predictions without gold are listed.
    """
    preds = {_key(p): p for p in predictions}
    totals = {f: [0, 0, 0] for f in FIELDS}
    per_doc: dict[str, dict] = {}
    for g in golds:
        k = _key(g)
        p = preds.get(k, {"source_file": k})
        s = score_document(p, g)
        per_doc[k] = s
        for f in FIELDS:
            for i, name in enumerate(("tp", "fp", "fn")):
                totals[f][i] += s[f][name]
    gold_keys = {_key(g) for g in golds}
    rel = evaluate_relations(predictions, golds)
    for k, s in rel["documents"].items():
        per_doc[k]["relations"] = s
    return {
        "fields": {**{f: prf(*totals[f]) for f in FIELDS}, "relations": rel["relations"]},
        "documents": per_doc,
        "unmatched_predictions": sorted(k for k in preds if k not in gold_keys),
        "missing_predictions": sorted(k for k in gold_keys if k not in preds),
    }


def format_table(result: dict) -> str:
    lines = [f"{'field':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for f, s in result["fields"].items():
        lines.append(f"{f:<22}{s['precision']:>7.2f}{s['recall']:>7.2f}{s['f1']:>7.2f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    docs = result.get("documents") or {}
    if docs:
        lines.append("")
        short = {f: f[:5] for f in FIELDS}
        lines.append(f"{'document (F1)':<28}" + "".join(f"{short[f]:>7}" for f in FIELDS))
        for k, s in docs.items():
            lines.append(f"{k[:27]:<28}" + "".join(f"{s[f]['f1']:>7.2f}" for f in FIELDS))
    for label, key in (("no gold for", "unmatched_predictions"), ("no prediction for", "missing_predictions")):
        if result.get(key):
            lines.append(f"{label}: {', '.join(result[key])}")
    return "\n".join(lines)


# --- relations -------------------------------------------------------------------------------------------
# A gold relation is found when a predicted one has the same predicate and its subject and its object each
# match: the normalised names (or an alias of the entity of that name in the same document: organisations,
# laws with their abbreviation, initiatives) are equal, or, as SCORING.md allows for initiatives, their token
# sets have a Jaccard similarity of at least 0.5. A qualifier in brackets ("X (backoffice)") counts as an
# alias without it. partner_of is symmetric: subject and object may be swapped. Each gold and each predicted
# relation is matched at most once, exact matches first.

SYMMETRIC = frozenset({"partner_of"})


def _alias_table(doc: dict) -> dict[str, set[str]]:
    """normalised name -> all normalised forms of the entity it names, from the document's entity lists."""
    table: dict[str, set[str]] = {}
    for field in ("organisations", "laws", "initiatives"):
        for item in doc.get(field) or []:
            if not isinstance(item, dict):
                continue
            forms = _names(item, field)
            for f in forms:
                table.setdefault(f, set()).update(forms)
    return table


def _forms(name: str, table: dict[str, set[str]]) -> set[str]:
    n = normalise(name)
    out = {n} | table.get(n, set())
    bare = normalise(re.sub(r"\s*\([^)]*\)", " ", name or ""))
    if bare and bare != n:
        out |= {bare} | table.get(bare, set())
    return {x for x in out if x}


def _side_score(p: set[str], g: set[str]) -> float:
    """1.0 for an exact (alias) match, the best Jaccard >= 0.5 otherwise, 0 for none."""
    if p & g:
        return 1.0
    best = max((_jaccard(a, b) for a in p for b in g), default=0.0)
    return best if best >= 0.5 else 0.0


def _relation_score(pr: dict, gr: dict, pt: dict, gt: dict) -> float:
    if pr.get("predicate") != gr.get("predicate"):
        return 0.0
    ps, po = _forms(pr.get("subject") or "", pt), _forms(pr.get("object") or "", pt)
    gs, go = _forms(gr.get("subject") or "", gt), _forms(gr.get("object") or "", gt)
    best = min(_side_score(ps, gs), _side_score(po, go))
    if gr.get("predicate") in SYMMETRIC:
        best = max(best, min(_side_score(ps, go), _side_score(po, gs)))
    return best


def match_relations(pred: dict, gold: dict) -> tuple[int, int, int, list[tuple[int, int]]]:
    """(tp, fp, fn, pairs of (predicted index, gold index)) for the relations of one document."""
    prels = [r for r in pred.get("relations") or [] if isinstance(r, dict)]
    grels = [r for r in gold.get("relations") or [] if isinstance(r, dict)]
    pt, gt = _alias_table(pred), _alias_table(gold)
    cands = []
    for gi, g in enumerate(grels):
        for pi, p in enumerate(prels):
            s = _relation_score(p, g, pt, gt)
            if s > 0:
                cands.append((-s, gi, pi))
    pairs = _best_first(cands, set(), set())
    tp = len(pairs)
    return tp, len(prels) - tp, len(grels) - tp, pairs


def evaluate_relations(predictions: list[dict], golds: list[dict]) -> dict:
    """Micro-averaged P/R/F1 of relations over all gold documents, and per document."""
    preds = {_key(p): p for p in predictions}
    total = [0, 0, 0]
    per_doc = {}
    for g in golds:
        k = _key(g)
        tp, fp, fn, _ = match_relations(preds.get(k, {}), g)
        per_doc[k] = prf(tp, fp, fn)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    return {"relations": prf(*total), "documents": per_doc}
