"""Report websites: a saved site is one report with page URLs; `sdkg harvest` fetches one politely
from a real local HTTP server (port 0) serving a small site written for sdkg (bench/corpus.py)."""

import functools
import http.server
import json
import threading
import time

import pytest


class _Handler(http.server.SimpleHTTPRequestHandler):
    requests: list[str]

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        self.requests.append(self.path)
        super().do_GET()


@pytest.fixture
def site_server(tmp_path):
    """The site written into tmp_path/www, served on 127.0.0.1 at a free port; yields (base URL, gold, requests)."""
    from bench.corpus import write_site

    root = tmp_path / "www"
    gold = write_site(root)
    requests: list[str] = []
    handler = functools.partial(type("H", (_Handler,), {"requests": requests}), directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", gold, requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _harvest(base, out, **kw):
    from sdkg.loaders.harvest import HarvestLimits, harvest

    return harvest(base + "/", out, HarvestLimits(delay=kw.pop("delay", 0.05), timeout=5, **kw))


def test_harvest_fetches_the_site_politely(site_server, tmp_path):
    base, gold, requests = site_server
    out = tmp_path / "saved"
    t0 = time.monotonic()
    result = _harvest(base, out, delay=0.1)
    elapsed = time.monotonic() - t0
    manifest = json.loads((out / "sdkg-site.json").read_text())
    urls = [p["url"] for p in manifest["pages"]]
    assert sorted(urls) == sorted(base + p for p in gold["pages"])
    assert result.pages == len(gold["pages"]) and not result.failed and result.refused == 1
    assert requests[0] == "/robots.txt"
    assert not any(r.startswith("/intern") or r.endswith(".pdf") for r in requests)  # robots.txt; not HTML
    assert len(requests) == len(set(requests)) == len(gold["pages"]) + 1  # each page once, plus robots.txt
    assert elapsed >= 0.1 * len(gold["pages"])  # the delay between requests was kept
    assert "elders.example.org" not in json.dumps(manifest)  # another host is never followed


def test_harvest_resumes_without_fetching_twice(site_server, tmp_path):
    base, gold, requests = site_server
    out = tmp_path / "saved"
    first = _harvest(base, out, max_pages=2)
    assert first.pages == 2 and first.queued > 0
    before = [r for r in requests if r != "/robots.txt"]
    second = _harvest(base, out)
    assert second.pages == len(gold["pages"]) and second.fetched == len(gold["pages"]) - 2
    after = [r for r in requests if r != "/robots.txt"]
    assert len(after) == len(set(after)) == len(gold["pages"])  # nothing fetched twice
    assert set(before) < set(after)


def test_harvest_refuses_another_sites_folder(site_server, tmp_path):
    from sdkg.loaders.harvest import HarvestProblem

    base, _gold, _requests = site_server
    out = tmp_path / "saved"
    _harvest(base, out, max_pages=1)
    with pytest.raises(HarvestProblem, match="holds a harvest of"):
        _harvest(base + "/p0600", out)


def test_harvested_site_is_one_report_with_page_urls(site_server, tmp_path):
    from sdkg.loaders.extract import extract
    from sdkg.loaders.read import iter_report_files, read_document

    base, gold, _requests = site_server
    out = tmp_path / "reports" / "meppel-2024"
    _harvest(base, out)
    assert iter_report_files([tmp_path / "reports"]) == [out]  # the folder is one report, not 6 files
    doc = read_document(out)
    assert doc.source_url == base + "/" and doc.media_type == "text/html"
    assert [p.url for p in doc.parts] == [p["url"] for p in json.loads((out / "sdkg-site.json").read_text())["pages"]]
    assert "Printen" not in doc.text and "Kruimelpad" not in doc.text
    ex = extract(doc)
    assert (ex.meta.municipality.cbs_code, ex.meta.year) == ("GM0119", 2024)
    data = ex.to_json()
    where = {m["quote"]: m for key in ("organisations", "laws") for i in data[key] for m in i["mentions"]}
    for fact in gold["facts"]:
        m = where[fact["quote"]] if fact["kind"] == "organisation" else None
        if m is None:
            m = next(x for key in ("laws",) for i in data[key] for x in i["mentions"]
                     if x["quote"] == fact["quote"] and x["url"] == base + fact["path"])
        assert m["url"] == base + fact["path"], fact
        assert m["programme"] == fact["programme"], (fact, m)
        assert m["section"] == fact["section"], (fact, m)
        assert "page" not in m


def test_sdkg_harvest_then_ingest_gives_one_report(site_server, tmp_path):
    from sdkg.cli import main
    from sdkg.graph.store import OxigraphStore

    base, gold, _requests = site_server
    out = tmp_path / "site"
    assert main(["harvest", base + "/", "-o", str(out), "--delay", "0.01", "--timeout", "5"]) == 0
    store_dir = tmp_path / "db"
    assert main(["ingest", "--store", str(store_dir), str(out)]) == 0
    store = OxigraphStore(store_dir)
    try:
        reports = store.select("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?r a sdkg:Report } }").rows
        assert int(reports[0][0].value) == 1
        urls = {r[0].value for r in store.select(
            "SELECT DISTINCT ?u WHERE { GRAPH ?g { ?e a sdkg:Evidence ; sdkg:sourcePage ?u } }").rows}
        assert urls and urls <= {base + p for p in gold["pages"]}
    finally:
        store.close()



def test_site_tables_give_figures_with_row_label_year_and_multiplier(site_server, tmp_path):
    """A <table> on a site page is read with its structure, as PDF tables are: each value cell is a figure
    with its row label, the year of its column and the caption's "x € 1.000" applied; plan columns
    ("Begroting 2024", "Streven 2025") give none."""
    from sdkg.loaders.extract import extract
    from sdkg.loaders.read import read_document

    base, gold, _requests = site_server
    out = tmp_path / "site"
    _harvest(base, out)
    doc = read_document(out)
    assert doc.tables and all(t.rows and t.columns for t in doc.tables)
    ex = extract(doc)
    from_tables = [f for f in ex.figures if f.column]
    assert gold["figures"]
    for g in gold["figures"]:
        f = next((f for f in from_tables if (f.label, f.year, f.column) == (g["label"], g["year"], g["column"])), None)
        assert f is not None, g
        assert (f.value, f.unit, f.span.quote) == (g["value"], g["unit"], g["cell"]), (g, f)
        assert doc.text[f.span.start:f.span.end] == g["cell"]
        where = doc.locate(f.span.start, ex.meta.programmes)
        assert (where.url, where.programme) == (base + g["path"], g["programme"]), (g, where)
    assert len(from_tables) == len(gold["figures"])  # nothing from the plan columns
    assert not any(f.value == 1000 or f.value == 1 for f in ex.figures)  # the multiplier is no figure
