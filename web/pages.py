"""The human pages: a home page that says what the dataset holds, and the SPARQL query page."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from flask import Blueprint, render_template, request, url_for
from sdkg.graph.remote import inject_values
from sdkg.graph.store import QueryError, StoreError
from sdkg.ontology import PREFIXES
from sdkg.sparql.library import NamedQuery, ParameterError, get, library
from sdkg.web.context import base, get_store, minter

bp = Blueprint("pages", __name__)

SPARQL_ENDPOINT = "/sparql"

# (question, named query, parameters); "{municipality}" is filled with a municipality in the store.
QUESTIONS = [
    ("Which partners does {name} work with, in which year, under which laws?", "partners",
     {"municipality": "{municipality}"}),
    ("Which municipalities work with the GGD?", "partner-municipalities", {"partner": "GGD"}),
    ("Which municipalities share partners, and how alike are their networks?", "shared-partners", {}),
    ("Which laws does each municipality name, per year?", "laws-by-municipality", {}),
    ("Which laws come up in each programme of the budget?", "laws-by-programme", {}),
    ("Which initiatives take place in which neighbourhood?", "initiatives-by-neighbourhood", {}),
    ("Which neighbourhoods does {name} write about?", "neighbourhoods", {"municipality": "{municipality}"}),
    ("How do the figures (clients, budgets, percentages) develop over the years?", "figures", {}),
    ("What exactly does the report say behind each relation?", "relation-quotes", {}),
    ("Which welfare organisations are named, and by how many municipalities?", "organisations-by-kind",
     {"kind": "welfare"}),
    ("Which organisations have 'zorg' in their name?", "search-organisations", {"text": "zorg"}),
    ("Which people are named, in which role?", "people", {}),
    ("Which reports are in the dataset?", "reports", {}),
]


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


def _municipalities(store) -> list[dict]:
    by_code: dict[str, dict] = {}
    for row in store.select(get("reports").sparql).values():
        iri = row.get("municipality") or ""
        code = iri.rsplit("/", 1)[-1]
        m = by_code.setdefault(code, {"code": code, "name": row.get("municipalityName") or code, "years": set()})
        if row.get("reportYear"):
            m["years"].add(row["reportYear"])
    return [{**m, "years": ", ".join(sorted(m["years"]))} for m in sorted(by_code.values(), key=lambda m: m["name"])]


@bp.get("/")
def home():
    counts, municipalities, error = [], [], None
    try:
        store = get_store()
        counts = [(r["what"], int(r["count"] or 0)) for r in store.select(get("dataset-summary").sparql).values()]
        municipalities = _municipalities(store)
    except (StoreError, QueryError) as e:
        error = f"The store cannot be read: {e}"
    first = municipalities[0] if municipalities else {"code": "GM0546", "name": "Leiden"}
    examples = []
    for question, name, params in QUESTIONS:
        values = {k: v.replace("{municipality}", first["code"]) for k, v in params.items()}
        q = library()[name]
        examples.append({
            "question": question.replace("{name}", first["name"]),
            "table_url": url_for("api_queries.run_query", qname=name, format="html", **values),
            "csv_url": url_for("api_queries.run_query", qname=name, format="csv", **values),
            "query_url": url_for("pages.query") + "?" + urlencode({"query": runnable_text(q, values)}),
        })
    return render_template("index.html", counts=counts, municipalities=municipalities, examples=examples,
                           n_queries=len(library()), error=error)


@bp.get("/query")
def query():
    examples = []
    for q in library().values():
        try:
            examples.append({"name": q.name, "title": q.title, "sparql": runnable_text(q)})
        except ParameterError:
            continue  # a required parameter without a default: reachable through /api/queries only
    initial, selected, autorun = request.args.get("query", ""), None, False
    if initial:
        autorun = True
    elif request.args.get("named"):
        values = {k: v for k, v in request.args.items() if k != "named"}
        try:
            q = get(request.args["named"])
            initial, selected, autorun = runnable_text(q, values), q.name, True
        except ParameterError as e:
            initial = f"# {e}\n"
    else:
        initial = examples[0]["sparql"] if examples else "SELECT * WHERE { ?s ?p ?o } LIMIT 10"
        selected = examples[0]["name"] if examples else None
    return render_template("query.html", examples=examples, initial=initial, selected=selected, autorun=autorun,
                           endpoint=SPARQL_ENDPOINT, short_forms=short_forms())


@bp.app_template_filter("short_iri")
def short_iri(iri: str) -> str:
    return shorten(iri, short_forms())
