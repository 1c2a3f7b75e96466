"""Entity pages in a real headless Chromium: label, facts, quotes, report links, embedded JSON-LD."""

from pathlib import Path

import pytest
import rdflib
from sdkg.graph.iris import Minter

from .serving import running

PAGES = {  # path -> (label, a quote that must be on the page)
    "id/gemeente/GM0193": ("Zwolle", "In samenwerking met Stichting Welzijn Oost"),
    "id/organisatie/welzijn-oost": ("Welzijn Oost", "Stichting Welzijn Oost"),
    "id/wijk/GM0193/holtenbroek": ("Holtenbroek", "Holtenbroek"),
    "id/initiatief/GM0193/buurtteam-holtenbroek": ("Buurtteam Holtenbroek", "Buurtteam Holtenbroek"),
    "id/persoon/GM0193/jan-de-vries": ("Jan de Vries", "Jan de Vries"),
    "def/wet/wmo-2015": ("Wet maatschappelijke ondersteuning 2015", "Wmo 2015"),
}

pytestmark = pytest.mark.browser




def test_entity_pages(browser, small_store):
    with running(small_store) as url:
        page = browser.new_page()
        for path, (label, quote) in PAGES.items():
            resp = page.goto(f"{url}/{path}")
            assert resp.status == 200, path
            assert page.locator("h1#label").inner_text() == label
            # municipalities and organisations have pages of their own (the quote beside each partner)
            assert quote in page.locator("main").inner_text(), path
            embedded = rdflib.Graph().parse(data=page.locator("script#jsonld").text_content(), format="json-ld")
            iri = (Minter().base if path.startswith("id/") else "https://w3id.org/sdkg/") + path
            assert (rdflib.URIRef(iri), None, None) in embedded, path
            assert page.locator('link[rel="alternate"][type="text/turtle"]').count() == 1
        # a quote's report link leads to the report page, which links back to its source
        page.goto(f"{url}/id/wijk/GM0193/holtenbroek")
        page.locator("#evidence a.report").first.click()
        page.wait_for_load_state()
        assert "/id/rapport/" in page.url
        assert page.locator("h1#label").inner_text() == "Jaarverslag 2019 Zwolle – Sociaal Domein"
        assert page.locator('a[href="https://www.zwolle.nl/jaarverslag-2019"]').count() == 1
        # the organisation's kind and the TOOI link are shown as links
        page.goto(f"{url}/id/gemeente/GM0193")
        assert page.locator('a[href="https://identifier.overheid.nl/tooi/id/gemeente/gm0193"]').count() == 1
        page.close()


def test_data_pages(browser, small_store, tmp_path):
    with running(small_store, SDKG_DUMP_DIR=str(tmp_path)) as url:
        page = browser.new_page()
        assert page.goto(f"{url}/catalog").status == 200
        links = page.locator("#downloads a[type]")
        assert links.count() == 10
        with page.expect_download() as dl:
            page.locator('#downloads a:text("sdkg.ttl.gz")').click()
        assert Path(dl.value.path()).stat().st_size > 100
        assert page.goto(f"{url}/def").status == 200
        assert page.locator("#terms tr#Organisation").count() == 1
        page.close()
