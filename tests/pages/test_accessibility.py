"""WCAG 2.1 AA: axe-core (vendored in web/static/vendor/axe-core) checks every page in headless
Chromium, in Dutch and in English; no serious or critical violation is allowed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "web" / "static" / "vendor" / "axe-core" / "axe.min.js"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")]

PAGES = [
    "/", "/gemeenten", "/id/gemeente/GM0268", "/id/organisatie/ggd", "/zoeken?q=zorg", "/zoeken?q=a", "/vragen",
    "/query", "/query?named=partners&municipality=GM0268", "/network", "/network?municipality=GM0268", "/catalog", "/api/queries/partners?format=html",
    "/def", "/def/wet/jeugdwet", "/bestaat-niet", "REPORT", "WIJK",
]
WAIT = {"/query": ".yasqe .CodeMirror", "/query?named=partners&municipality=GM0268": ".yasr table tbody tr", "/network": "#ranking tbody tr", "/network?municipality=GM0268": "#ranking tbody tr",
        "/id/gemeente/GM0268": "#mini-network canvas"}


def axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => (await axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})).violations""")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result]


def _resolve(page, site, path: str) -> str:
    if path == "REPORT":
        page.goto(site + "/id/gemeente/GM0268")
        return page.locator("#rapporten tbody a").first.get_attribute("href")
    if path == "WIJK":
        page.goto(site + "/id/gemeente/GM0268")
        return page.locator("#wijken a").first.get_attribute("href")
    return path


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_serious_or_critical_violations_on_any_page(browser, site, lang, screenshots):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site}/taal/{lang}?next=/")
    found = {}
    for path in PAGES:
        path = _resolve(page, site, path)
        page.goto(site + path)
        if path in WAIT:
            page.wait_for_selector(WAIT[path])
        assert page.locator("html").get_attribute("lang") == lang, path
        bad = [v for v in axe(page) if v["impact"] in ("serious", "critical")]
        if bad:
            found[path] = bad
    context.close()
    assert found == {}, json.dumps({p: [(v["id"], v["nodes"][:3]) for v in vs] for p, vs in found.items()}, ensure_ascii=False)


def test_axe_finds_a_real_violation(browser, site):
    """The check can fail: a page with an unlabelled input and low contrast is caught."""
    page = browser.new_page()
    page.goto(site + "/")
    page.evaluate("""() => { const i = document.createElement('input'); document.querySelector('main').append(i);
                             const p = document.createElement('p'); p.textContent = 'grijs op wit';
                             p.style.color = '#ddd'; document.querySelector('main').append(p); }""")
    ids = {v["id"] for v in axe(page) if v["impact"] in ("serious", "critical")}
    page.close()
    assert {"label", "color-contrast"} <= ids
