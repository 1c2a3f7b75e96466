"""The pages in a real headless Chromium against the running server with the seeds."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")]




@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert errors == [], errors


def ink_fraction(png: Path) -> float:
    """Share of pixels that are not (near) white."""
    from matplotlib import image

    pixels = image.imread(str(png))[..., :3]
    return float((pixels.min(axis=2) < 0.9).mean())


def keep(*shots: Path) -> None:
    if os.environ.get("SDKG_SCREENSHOTS"):
        for f in shots:
            shutil.copy(f, Path(os.environ["SDKG_SCREENSHOTS"]) / f.name)


def test_home_page_shows_what_the_dataset_holds(page, site, tmp_path):
    page.goto(site + "/")
    shot = tmp_path / "home.png"
    page.screenshot(path=str(shot), full_page=True)
    assert ink_fraction(shot) > 0.02
    keep(shot)
    assert page.locator("#counts li[data-what=reports] .n").inner_text() == "5"
    assert int(page.locator("#counts li[data-what=organisations] .n").inner_text().replace(".", "")) > 10
    questions = page.locator(".questions li")
    assert questions.count() >= 12
    page.locator(".questions li a").first.click()
    page.wait_for_load_state()
    assert "/api/queries/partners" in page.url
    assert page.locator(".results tbody tr").count() > 0
    for name in ("Home", "Query", "Network", "Data"):
        assert page.locator("header nav a", has_text=name).count() == 1


def test_query_page_runs_shares_and_downloads(page, site, tmp_path):
    page.goto(site + "/query")
    page.select_option("#examples", "partners")
    page.wait_for_selector("#results table tbody tr")
    rows = page.locator("#results tbody tr").count()
    assert rows > 10
    assert page.locator("#status").inner_text().startswith(f"{rows} row")
    assert "query=" in page.url

    # the page URL carries the query: opening it again runs the same query
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_selector("#results table tbody tr")
    assert page.locator("#results tbody tr").count() == rows
    assert "Partners of a municipality" in page.locator("#query").input_value()

    with page.expect_download() as d:
        page.click("#download-csv")
    table = list(csv.DictReader(io.StringIO(Path(d.value.path()).read_text())))
    assert len(table) == rows and table[0]["organisationName"]
    with page.expect_download() as d:
        page.click("#download-json")
    assert len(json.loads(Path(d.value.path()).read_text())["results"]["bindings"]) == rows

    shot = tmp_path / "query-page.png"
    page.screenshot(path=str(shot), full_page=False)
    results_shot = tmp_path / "results.png"
    page.locator("#results").screenshot(path=str(results_shot))
    assert ink_fraction(results_shot) > 0.02
    assert ink_fraction(shot) > 0.02
    keep(shot, results_shot)


def test_own_query_and_errors(page, site):
    page.goto(site + "/query")
    page.fill("#query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    page.click("#run")
    page.wait_for_selector("#results table tbody tr")
    assert page.locator("#results tbody tr").count() == 5
    page.fill("#query", "SELECT ?x WHERE { ?x ?y }")
    page.click("#run")
    page.wait_for_selector("#status.error")
    assert "400" in page.locator("#status").inner_text()


def test_named_query_table_opens_in_the_query_page(page, site):
    page.goto(site + "/api/queries/partners?format=html&municipality=GM0153")
    n = page.locator(".results tbody tr").count()
    assert n > 0
    page.click("text=open in the query page")
    page.wait_for_selector("#results table tbody tr")
    assert page.locator("#results tbody tr").count() == n
