"""The pages as people use them, in a real headless Chromium against the running server with the
seeds: Dutch first, a municipality as the way in, a report read with its facts, search from every
page, the query page. Screenshots are kept (see the `screenshots` fixture) to be looked at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")]


def ink_fraction(png: Path) -> float:
    """Share of pixels that are not (near) white."""
    from matplotlib import image

    pixels = image.imread(str(png))[..., :3]
    return float((pixels.min(axis=2) < 0.9).mean())


def shot(page, folder: Path, name: str, locator: str | None = None) -> Path:
    path = folder / f"{name}.png"
    if locator:
        page.locator(locator).screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=True)
    assert ink_fraction(path) > 0.02, f"{name}: the screenshot is blank"
    return path


def test_home_page_speaks_dutch_and_leads_to_municipalities(page, site, screenshots):
    page.goto(site + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("#counts li[data-what=reports] .n").inner_text() == "5"
    assert "rapporten" in page.locator("#counts li[data-what=reports]").inner_text()
    for name in ("Start", "Gemeenten", "Netwerk", "SPARQL", "Open data"):
        assert page.locator("header nav a", has_text=name).count() == 1, name
    shot(page, screenshots, "home")
    names = page.locator("#municipalities a").all_inner_texts()
    assert names == sorted(names) and "Nijmegen" in names and len(names) == 5
    page.locator("#municipalities a", has_text="Nijmegen").click()
    page.wait_for_load_state()
    assert page.url.endswith("/id/gemeente/GM0268")
    assert page.locator("h1").inner_text() == "Nijmegen"


def test_english_on_request_and_remembered(page, site, screenshots):
    page.goto(site + "/id/gemeente/GM0268")
    page.locator(".languages a", has_text="English").click()
    page.wait_for_load_state()
    assert page.url.endswith("/id/gemeente/GM0268")  # back on the same page
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("header nav a", has_text="Municipalities").count() == 1
    assert "Partners" in page.locator("#h-partners").inner_text()
    assert "Laws" == page.locator("#h-wetten").inner_text()
    shot(page, screenshots, "municipality-english")
    page.goto(site + "/")  # the choice is remembered
    assert page.locator("html").get_attribute("lang") == "en"
    assert "reports" in page.locator("#counts li[data-what=reports]").inner_text()
    page.locator(".languages a", has_text="Nederlands").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "nl"


def test_municipality_page_partners_laws_initiatives_network(page, site, screenshots):
    page.goto(site + "/id/gemeente/GM0268")
    # partners: what they do together and the sentence that says so
    avan = page.locator(".partner", has=page.locator("h3", has_text="AVAN"))
    assert "AVAN is gecontracteerd door Nijmegen" in avan.inner_text()
    assert any("doelgroepenvervoer" in q for q in avan.locator("blockquote").all_inner_texts())
    assert page.locator(".partner").count() >= 10
    laws = page.locator("#wetten tbody tr").all_inner_texts()
    assert any("Jeugdwet" in r for r in laws)
    assert page.locator("#initiatieven tbody tr").count() > 0
    assert page.locator("#wijken li").count() > 0
    assert page.locator("#rapporten tbody tr").count() == 1
    # its network, drawn, with a legend
    page.wait_for_function("window.sdkgMiniNetwork && window.sdkgMiniNetwork.nodes().length > 5")
    legend = page.locator("#netwerk .legend").inner_text()
    assert "gemeente" in legend and "organisatie" in legend and "hoe dikker, hoe vaker" in legend
    shot(page, screenshots, "municipality")
    shot(page, screenshots, "municipality-network", "#netwerk")
    # the partner's name leads to the organisation's page: municipalities, roles, years
    avan.locator("h3 a").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "AVAN"
    row = page.locator("#gemeenten tbody tr", has_text="Nijmegen")
    assert "is gecontracteerd door" in row.inner_text() and "2020" in row.inner_text()
    shot(page, screenshots, "organisation")


def test_figures_are_charts_across_years_and_years_compare(browser, two_year_site, screenshots):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(two_year_site + "/id/gemeente/GM0193")
    chart = page.locator("#cijfers figure.chart")
    assert chart.count() == 1
    assert "cliënten ondersteund" in chart.locator("figcaption").inner_text()
    title = chart.locator("svg title").first.text_content()
    assert "2019 1.250" in title and "2020 1.480" in title  # Dutch numbers, both years
    assert chart.locator("circle.point").count() == 2
    shot(page, screenshots, "chart", "#cijfers")
    # the year comparison offers only the years this municipality has reports for
    page.goto(two_year_site + "/network")
    page.wait_for_function("document.querySelectorAll('#c-from option').length > 0")
    page.select_option("#c-municipality", "GM0193")
    assert page.locator("#c-from option").all_inner_texts() == ["2019", "2020"]
    page.click("#c-run")
    page.wait_for_selector("#diff ul.gained")
    assert page.locator("#diff ul.gained").inner_text().startswith("Tactus")
    assert page.locator("#diff ul.lost").inner_text().startswith("GGD")
    page.close()


def test_year_comparison_with_one_year_is_not_offered(page, site):
    page.goto(site + "/network?municipality=GM0268")
    page.wait_for_function("document.querySelectorAll('#c-from option').length > 0")
    assert page.locator("#c-from option").all_inner_texts() == ["2020"]
    assert page.locator("#c-run").is_disabled()
    assert "maar één jaar" in page.locator("#compare-note").inner_text()


def test_network_explains_its_measures(page, site, screenshots):
    page.goto(site + "/network")
    page.wait_for_function("window.sdkgNetwork && window.sdkgNetwork.cy.nodes().length > 0")
    heads = page.locator("#ranking thead th").all_inner_texts()
    assert "brugfunctie" in heads and "invloed" in heads and "betweenness" not in heads
    explained = page.locator("#measure-explanations").inner_text()
    assert "verbindt partners die elkaar anders niet raken" in explained
    assert "modularity" not in page.locator("#status").inner_text()
    assert page.locator(".legend").count() == 1
    shot(page, screenshots, "network", ".network-layout")


def test_report_reader_fact_to_sentence_and_back(page, site, screenshots):
    page.goto(site + "/id/gemeente/GM0268")
    page.locator("#rapporten tbody a").first.click()
    page.wait_for_load_state()
    assert "/id/rapport/" in page.url
    facts = page.locator("dl.facts-list").inner_text()
    assert "Nijmegen" in facts and "2020" in facts and "jaarverslag" in facts
    assert "niet in de dataset" in page.locator("#reader-note").inner_text()  # says the text is partial
    n_facts = page.locator("a.fact").count()
    assert n_facts > 50 and page.locator("#reader mark").count() > 20
    # click a fact: its sentence is shown and marked
    fact = page.locator("a.fact", has_text="AVAN is gecontracteerd door Nijmegen")
    fact.click()
    sentence = page.locator("#panel-sentence").inner_text()
    assert "doelgroepenvervoer" in sentence and "AVAN" in sentence
    active = page.locator("#reader button.sentence.active")
    assert active.count() == 1 and "AVAN" in active.inner_text()
    shot(page, screenshots, "report-fact", ".reader-layout")
    # click a sentence: its facts are listed, and each leads back to its mark
    page.locator("#reader button.sentence", has_text="Bindkracht10").first.click()
    listed = page.locator("#panel-facts li").all_inner_texts()
    assert any("Bindkracht10" in x for x in listed)
    page.locator("#panel-facts a[data-type=Organisation]", has_text="Bindkracht10").first.click()
    assert "Bindkracht10" in page.locator("#reader mark.active").first.inner_text()
    shot(page, screenshots, "report")


def test_search_from_any_page_names_and_sentences(page, site, screenshots):
    page.goto(site + "/id/gemeente/GM0153")
    page.fill("#site-search", "zorg")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/zoeken?q=zorg" in page.url
    kinds = page.locator(".hits li[data-type]").evaluate_all("els => els.map(e => e.dataset.type)")
    assert {"Initiative", "Law"} <= set(kinds)
    sentences = page.locator("#sentences li")
    assert sentences.count() > 3
    assert sentences.first.locator("mark").first.inner_text().lower() == "zorg"
    shot(page, screenshots, "search")
    # a sentence leads to its place in the report, marked
    with page.expect_navigation():
        sentences.first.locator("a").click()
    assert "/id/rapport/" in page.url
    page.wait_for_selector("#reader button.sentence.active")
    assert "zorg" in page.locator("#reader button.sentence.active").inner_text().lower()
    # municipalities and initiatives are found by name too
    page.goto(site + "/zoeken?q=ggd")
    assert page.locator(".hits li[data-type=Organisation] a", has_text="GGD").count() >= 1
    page.goto(site + "/zoeken?q=gorinchem")
    assert page.locator(".hits li[data-type=Gemeente] a").first.inner_text() == "Gorinchem"
    page.goto(site + "/zoeken?q=a")
    assert "minstens" in page.locator(".error").inner_text()


def test_shared_partners_are_named(page, site):
    page.goto(site + "/api/queries/shared-partners?format=html")
    heads = page.locator(".results thead th").all_inner_texts()
    assert "sharedPartners" in heads and "municipality" not in heads and "min" not in heads
    first = page.locator(".results tbody tr").first.locator("td").nth(heads.index("sharedPartners")).inner_text()
    assert re.search(r"[A-Za-z]", first)
    # the network page names them too, beside each municipality with the same partners
    page.goto(site + "/network?municipality=GM0268")
    page.wait_for_selector("#similar tbody tr")
    # (the seeds' only shared partner is the Rijk, stated by Nijmegen's and Amersfoort's reports; the regional
    # bodies of different regions, such as their Veilig Thuis, are different organisations)
    amersfoort = page.locator("#similar tbody tr", has_text="Amersfoort")
    assert "Rijk" in amersfoort.locator("td.shared-names").inner_text()


def test_query_page_yasgui_examples_and_share(page, site, screenshots):
    page.goto(site + "/query")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.select_option("#examples", "partners")
    page.wait_for_selector(".yasr table tbody tr")
    page.wait_for_function("document.getElementById('status').textContent.includes('rijen')")
    rows = int(page.locator("#status").inner_text().split()[0])
    assert rows > 10
    assert "query=" in page.url
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)  # the address carries the query: it runs again
    page.wait_for_function("document.getElementById('status').textContent.includes('rijen')")
    assert int(page.locator("#status").inner_text().split()[0]) == rows
    shot(page, screenshots, "query")


@pytest.mark.bad_requests
def test_query_errors_name_the_position_and_the_prefix(page, site):
    page.goto(site + "/query")
    page.wait_for_selector(".yasqe .CodeMirror")
    ask = "PREFIX ex: <http://example.org/>\nSELECT ?s WHERE {\n  ?s foo:bar ?o }"
    page.evaluate("q => { const t = window.sdkgYasgui.getTab(); t.setQuery(q); t.query(); }", ask)
    page.wait_for_selector("#status.error")
    status = page.locator("#status").inner_text()
    assert "regel 3" in status  # the user's own line, not shifted by predeclared prefixes
    assert "foo" in status and "Onbekend voorvoegsel" in status
    page.evaluate("q => { const t = window.sdkgYasgui.getTab(); t.setQuery(q); t.query(); }",
                  "SELECT ?x WHERE {\n ?x ?y }")
    page.wait_for_function("document.getElementById('status').textContent.includes('regel 2')")
    assert "\\u{" not in page.locator("#status").inner_text()  # no wall of Unicode ranges


def test_named_query_table_opens_in_the_query_page(page, site):
    page.goto(site + "/api/queries/partners?format=html&municipality=GM0307")
    n = page.locator(".results tbody tr").count()
    assert n > 0
    with page.expect_navigation():  # the link opens the query page: wait for it, not the old page
        page.click("text=open als SPARQL")
    page.wait_for_function("(document.getElementById('status') || {}).textContent?.includes('rij')")
    assert int(page.locator("#status").inner_text().split()[0]) == n


def test_keyboard_only(page, site):
    page.goto(site + "/id/gemeente/GM0268")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    # the report's sentences are buttons: reachable and usable with the keyboard
    page.goto(site + page.locator("#rapporten tbody a").first.get_attribute("href"))
    page.locator("#reader button.sentence[data-facts]:not([data-facts=''])").first.focus()
    page.keyboard.press("Enter")
    assert page.locator("#panel-facts li").count() >= 1
    # search without a mouse
    page.locator("#site-search").focus()
    page.keyboard.type("GGD")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/zoeken?q=GGD" in page.url


def test_not_found_is_a_dutch_page_with_a_way_on(browser, site, screenshots):
    page = browser.new_page()
    for path in ("/bestaat-niet", "/id/gemeente/GM9999"):
        resp = page.goto(site + path)
        assert resp.status == 404
        assert page.locator("html").get_attribute("lang") == "nl"
        assert page.locator("h1").inner_text() == "Deze pagina bestaat niet"
        assert "Not Found" not in page.content()
        assert page.locator("main form[role=search]").count() == 1
    shot(page, screenshots, "not-found")
    page.close()


def test_other_entity_pages_speak_dutch_and_quote_sentences(page, site, screenshots):
    page.goto(site + "/id/gemeente/GM0268")
    with page.expect_navigation():
        page.locator("#wijken a").first.click()
    assert "/id/wijk/" in page.url
    facts = page.locator("#facts").inner_text()
    assert "ligt in" in facts and "naam" in facts and "name" not in facts.split()
    quote = page.locator("#evidence blockquote").first
    assert len(quote.inner_text()) > len(quote.locator("mark").inner_text()) + 10  # the sentence, not the bare name
    shot(page, screenshots, "neighbourhood")
    page.goto(site + "/.well-known/void")
    assert "_:" not in page.locator("main").inner_text()  # no blank-node ids for people
