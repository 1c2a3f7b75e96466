"""The pages people read: the home page, municipalities, search, the questions and the query page.

Every page reads through `sdkg.web.context.get_store()` with named queries (sparql/queries/*.rq);
texts are Dutch first (web/i18n.py).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from flask import Blueprint, render_template, request, url_for
from sdkg.graph.remote import inject_values
from sdkg.graph.store import QueryError, StoreError
from sdkg.ontology import PREFIXES
from sdkg.sparql.library import NamedQuery, ParameterError, get, library
from sdkg.web import labels
from sdkg.web.context import base, get_store, minter
from sdkg.web.i18n import _, _l

bp = Blueprint("pages", __name__)

SPARQL_ENDPOINT = "/sparql"

# (question, named query, parameters); "{municipality}" is filled with a municipality in the store.
QUESTIONS = [
    (_l("Met welke partners werkt %(name)s, in welk jaar, onder welke wetten?"), "partners",
     {"municipality": "{municipality}"}),
    (_l("Welke gemeenten werken met de GGD?"), "partner-municipalities", {"partner": "GGD"}),
    (_l("Welke gemeenten delen partners, en welke?"), "shared-partners", {}),
    (_l("Welke wetten noemt elke gemeente, per jaar?"), "laws-by-municipality", {}),
    (_l("Welke wetten komen voor in elk programma van de begroting?"), "laws-by-programme", {}),
    (_l("Welke initiatieven lopen in welke wijk?"), "initiatives-by-neighbourhood", {}),
    (_l("Over welke wijken schrijft %(name)s?"), "neighbourhoods", {"municipality": "{municipality}"}),
    (_l("Hoe ontwikkelen de cijfers (cliënten, budgetten, percentages) zich over de jaren?"), "figures", {}),
    (_l("Wat zegt het rapport precies achter elke relatie?"), "relation-quotes", {}),
    (_l("Welke welzijnsorganisaties worden genoemd, en door hoeveel gemeenten?"), "organisations-by-kind",
     {"kind": "welfare"}),
    (_l("Welke organisaties hebben 'zorg' in hun naam?"), "search-organisations", {"text": "zorg"}),
    (_l("Welke personen worden genoemd, in welke rol?"), "people", {}),
    (_l("Welke rapporten zitten in de dataset?"), "reports", {}),
]


def rows(name: str, **params) -> list[dict]:
    """The rows of a named query as dicts of strings (the one way pages read data)."""
    q = get(name)
    return get_store().select(q.sparql, q.bind({k: v for k, v in params.items() if v is not None}, minter())).values()


def used_prefixes(sparql: str) -> str:
    names = set(re.findall(r"(?<![\w<#/])([a-z][\w-]*):", sparql))
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p in names)


def runnable_text(q: NamedQuery, values: dict[str, str] | None = None) -> str:
    """The query as it runs on any SPARQL endpoint: its prefixes, and its parameters as a VALUES block."""
    lines = q.sparql.splitlines(keepends=True)
    n = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    header, body = "".join(lines[:n]), "".join(lines[n:])
    return header + used_prefixes(body) + inject_values(body, q.bind(values or {}, minter()))


def short_forms() -> dict[str, str]:
    """Namespace -> short prefix, for compact IRIs in result tables (the link keeps the full IRI)."""
    return {base() + "id/": "", **{iri: p + ":" for p, iri in PREFIXES.items()}}


def shorten(iri: str, forms: dict[str, str]) -> str:
    best = max((ns for ns in forms if iri.startswith(ns)), key=len, default=None)
    return forms[best] + iri[len(best):] if best is not None else iri


def page_of(iri: str | None) -> str | None:
    """The page of an entity of this dataset (its IRI dereferenced here), or None."""
    from sdkg.web.lod_views import local_href

    return local_href(iri)


def municipality_list() -> list[dict]:
    by_code: dict[str, dict] = {}
    for row in rows("reports"):
        iri = row.get("municipality") or ""
        code = iri.rsplit("/", 1)[-1]
        m = by_code.setdefault(code, {"code": code, "name": row.get("municipalityName") or code, "years": set(),
                                      "reports": 0, "href": page_of(iri) or iri})
        m["reports"] += 1
        if row.get("reportYear"):
            m["years"].add(row["reportYear"])
    return [{**m, "years": ", ".join(sorted(m["years"]))} for m in sorted(by_code.values(), key=lambda m: m["name"])]


@bp.get("/")
def home():
    counts, municipalities, error = [], [], None
    try:
        counts = [(r["what"], labels.label(labels.COUNTS, r["what"]), int(r["count"] or 0))
                  for r in rows("dataset-summary")]
        municipalities = municipality_list()
    except (StoreError, QueryError) as e:
        error = _("De gegevens zijn nu niet te lezen: %(reason)s", reason=str(e))
    first = municipalities[0] if municipalities else {"code": "GM0546", "name": "Leiden"}
    return render_template("index.html", counts=counts, municipalities=municipalities,
                           examples=_examples(first)[:6], error=error)


def _examples(first: dict) -> list[dict]:
    out = []
    for question, name, params in QUESTIONS:
        values = {k: v.replace("{municipality}", first["code"]) for k, v in params.items()}
        q = library()[name]
        out.append({
            "question": str(question) % {"name": first["name"]} if "%(name)s" in str(question) else str(question),
            "name": name, "description": labels.query_description(q),
            "table_url": url_for("api_queries.run_query", qname=name, format="html", **values),
            "csv_url": url_for("api_queries.run_query", qname=name, format="csv", **values),
            "json_url": url_for("api_queries.run_query", qname=name, **values),
            "query_url": url_for("pages.query") + "?" + urlencode({"query": runnable_text(q, values)}),
        })
    return out


@bp.get("/gemeenten")
def municipalities():
    return render_template("municipalities.html", municipalities=municipality_list())


@bp.get("/vragen")
def api_help():
    """The named questions for people (tables, CSV), and how to ask them over HTTP."""
    try:
        first = (municipality_list() or [{"code": "GM0546", "name": "Leiden"}])[0]
    except (StoreError, QueryError):
        first = {"code": "GM0546", "name": "Leiden"}
    listed = {name for _q, name, _p in QUESTIONS}
    others = [{"name": q.name, "title": labels.query_title(q), "description": labels.query_description(q),
               "table_url": url_for("api_queries.run_query", qname=q.name, format="html"),
               "json_url": url_for("api_queries.run_query", qname=q.name)}
              for q in library().values() if q.name not in listed]
    return render_template("questions.html", examples=_examples(first), others=others)


SEARCH_MIN = 2


@bp.get("/zoeken")
def search():
    text = (request.args.get("q") or "").strip()
    names, sentences, error = [], [], None
    if len(text) >= SEARCH_MIN:
        try:
            for r in rows("search", text=text):
                names.append({**r, "type_label": labels.label(labels.TYPES, r["type"]),
                              "href": page_of(r["thing"]) or r["thing"]})
            seen: dict[tuple, dict] = {}
            for r in rows("search-sentences", text=text):
                key = (r["report"], r["sentence"].strip())
                if key in seen:  # one sentence holding several facts: listed once, with all it is about
                    if r.get("about") and r["about"] not in seen[key]["abouts"]:
                        seen[key]["abouts"].append(r["about"])
                    continue
                seen[key] = {**r, "href": (page_of(r["report"]) or r["report"]) + f"#e{r['start']}",
                             "parts": _split(r["sentence"], text), "abouts": [r["about"]] if r.get("about") else []}
                sentences.append(seen[key])
        except (StoreError, QueryError) as e:
            error = _("Zoeken lukt nu niet: %(reason)s", reason=str(e))
    elif text:
        error = _("Typ minstens %(n)s tekens.", n=SEARCH_MIN)
    groups: dict[str, list] = {}
    for n in names:
        groups.setdefault(n["type"], []).append(n)
    order = ["Gemeente", "Organisation", "Initiative", "Law", "Neighbourhood"]
    return render_template("search.html", text=text, error=error, sentences=sentences,
                           groups=[(labels.label(labels.TYPES_PLURAL, t), groups[t]) for t in order if t in groups],
                           found=len(names) + len(sentences))


def _split(sentence: str, text: str) -> list[tuple[str, bool]]:
    """The sentence in pieces, each marked whether it is the text searched for (ignoring case)."""
    out, low, needle, i = [], sentence.lower(), text.lower(), 0
    while needle:
        j = low.find(needle, i)
        if j < 0:
            break
        out += [(sentence[i:j], False), (sentence[j:j + len(needle)], True)]
        i = j + len(needle)
    out.append((sentence[i:], False))
    return [p for p in out if p[0]]


@bp.get("/query")
def query():
    examples = []
    for q in library().values():
        try:
            examples.append({"name": q.name, "title": labels.query_title(q), "sparql": runnable_text(q)})
        except ParameterError:
            continue  # a required parameter without a default: reachable through /api/queries only
    initial, selected, autorun = request.args.get("query", ""), None, False
    if initial:
        autorun = True
    elif request.args.get("named"):
        values = {k: v for k, v in request.args.items() if k not in ("named", "lang")}
        try:
            q = get(request.args["named"])
            initial, selected, autorun = runnable_text(q, values), q.name, True
        except ParameterError as e:
            initial = f"# {e}\n"
    else:
        initial = examples[0]["sparql"] if examples else "SELECT * WHERE { ?s ?p ?o } LIMIT 10"
        selected = examples[0]["name"] if examples else None
    return render_template("query.html", examples=examples, initial=initial, selected=selected, autorun=autorun,
                           endpoint=SPARQL_ENDPOINT, prefixes=[f"{p}: <{iri}>" for p, iri in PREFIXES.items()])


@bp.app_template_filter("short_iri")
def short_iri(iri: str) -> str:
    return shorten(iri, short_forms())


@bp.app_template_test("blank_node")
def blank_node(text: str) -> bool:
    """A blank node's id ('_:b12'): meaningless to people, so pages count them instead."""
    return isinstance(text, str) and text.startswith("_:")


@bp.app_template_filter("unit")
def unit(value: str | None) -> str:
    return labels.label(labels.UNITS, value) if value else ""


@bp.app_template_filter("number")
def number(value) -> str:
    """A number the Dutch way (1.234,5) or the English way, by the page's language."""
    from flask_babel import format_decimal

    try:
        return format_decimal(float(value)) if "." in str(value) else format_decimal(int(value))
    except (TypeError, ValueError):
        return str(value)


@bp.app_template_filter("local_href")
def local_href_filter(iri: str) -> str:
    """Where an IRI of this dataset is shown on this server (its page), else the IRI itself."""
    return page_of(iri) or iri
