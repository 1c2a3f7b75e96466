"""/api/queries over real HTTP: the list, JSON / CSV / HTML answers, and parameters that can only
ever be values."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from sdkg.sparql.library import library


def fetch(url: str, accept: str | None = None) -> tuple[int, str, str]:
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode()


def api(site: str, name: str, accept: str | None = None, **params) -> tuple[int, str, str]:
    return fetch(f"{site}/api/queries/{name}?{urllib.parse.urlencode(params)}", accept)


def count(site: str) -> int:
    status, _, body = api(site, "dataset-summary")
    return sum(int(b["count"]["value"]) for b in json.loads(body)["results"]["bindings"])


def test_list_names_every_query_with_typed_parameters(site):
    status, ctype, body = fetch(site + "/api/queries")
    assert status == 200 and ctype.startswith("application/json")
    queries = {q["name"]: q for q in json.loads(body)["queries"]}
    assert set(queries) == set(library()) and len(queries) >= 12
    partners = queries["partners"]
    assert partners["title"] and partners["description"]
    assert {p["name"]: p["type"] for p in partners["parameters"]} == {"municipality": "municipality", "year": "integer"}
    assert partners["url"] == "/api/queries/partners"


def test_json_csv_and_html_give_the_same_rows(site):
    status, ctype, body = api(site, "partners", municipality="GM0307")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    data = json.loads(body)
    rows = data["results"]["bindings"]
    assert rows and {r["municipalityName"]["value"] for r in rows} == {"Amersfoort"}
    assert rows[0]["reportYear"]["datatype"].endswith("#integer")

    status, ctype, text = api(site, "partners", "text/csv", municipality="GM0307")
    assert status == 200 and ctype.startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(text)))
    assert [r["organisationName"] for r in table] == [r["organisationName"]["value"] for r in rows]
    assert api(site, "partners", format="csv", municipality="Amersfoort")[2] == text

    status, ctype, html = api(site, "partners", "text/html", municipality="GM0307")
    assert status == 200 and ctype.startswith("text/html")
    assert html.count("<tr>") == len(rows) + 1
    assert "Partners van een gemeente" in html  # the page speaks Dutch


@pytest.mark.parametrize("value", ["GM0546> } ; DROP ALL ; #", "GM0546\" } ; DROP ALL ; #", "<http://x>"])
def test_a_municipality_that_is_no_municipality_is_refused(site, value):
    before = count(site)
    status, ctype, body = api(site, "partners", municipality=value)
    assert status == 400 and "municipality" in json.loads(body)["error"]
    status, ctype, html = api(site, "partners", "text/html", municipality=value)
    assert status == 400 and 'class="error"' in html
    assert value not in html  # echoed only escaped
    assert count(site) == before


@pytest.mark.parametrize("value", ['zorg" ) } DROP ALL ; #', "O'Neill \\\" }", "<script>alert(1)</script>"])
def test_strings_with_quotes_are_plain_literals(site, value):
    before = count(site)
    status, _, body = api(site, "search-organisations", text=value)
    assert status == 200
    data = json.loads(body)
    assert data["results"]["bindings"] == []
    status, _, html = api(site, "search-organisations", "text/html", text=value)
    assert status == 200 and "<script>alert" not in html
    assert count(site) == before


def test_a_string_parameter_filters(site):
    every = json.loads(api(site, "search-organisations", text="a")[2])["results"]["bindings"]
    some = json.loads(api(site, "search-organisations", text="ggd")[2])["results"]["bindings"]
    assert 0 < len(some) < len(every)
    assert all("ggd" in r["organisationName"]["value"].lower() for r in some)


def test_bad_requests(site):
    assert api(site, "partners", year="twee")[0] == 400
    assert api(site, "partners", colour="blue")[0] == 400
    assert api(site, "no-such-query")[0] == 404
    assert api(site, "partners", format="xlsx")[0] == 400
