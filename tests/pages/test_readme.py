"""The README's quick start ends on the municipality page of an example report: that page, for
the example reports ingested as `make demo` does, opens in headless Chromium and shows them."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sdkg.graph.ingest import ingest
from sdkg.graph.store import OxigraphStore

from .conftest import serve

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")]


def quick_start_url() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    urls = re.findall(r"<(http://127\.0\.0\.1:8000/[^>]*)>", section)
    assert urls, "the quick start names no page to open"
    return urls[-1]


def test_quick_start_ends_on_a_municipality_page_of_an_example(browser, tmp_path, screenshots):
    url = quick_start_url()
    path = urlsplit(url).path
    assert re.fullmatch(r"/id/gemeente/GM\d{4}", path), url
    examples = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html", ".docx"))
    with OxigraphStore(tmp_path / "sdkg-data") as store:
        assert ingest(store, examples, workers=1).ok
    with serve({"SDKG_STORE": str(tmp_path / "sdkg-data"), "SDKG_READ_ONLY": True, "SDKG_ENDPOINT": None}) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        assert page.goto(base + path).status == 200
        name = page.locator("h1").inner_text()
        assert any(name.lower() in p.name for p in examples), name  # an example report's municipality
        assert page.locator(".partner").count() >= 3
        assert page.locator(".partner blockquote").count() >= 3  # each with its sentence
        report = page.locator("#rapporten tbody a").first
        assert report.count() == 1
        page.wait_for_function("window.sdkgMiniNetwork && window.sdkgMiniNetwork.nodes().length > 3")
        page.screenshot(path=str(screenshots / "readme-quick-start.png"), full_page=True)
        report.click()
        page.wait_for_load_state()
        assert page.locator("#reader mark").count() > 10
        assert page.locator("#reader .where").count() >= 2  # the sections the quotes stand in
        page.close()
