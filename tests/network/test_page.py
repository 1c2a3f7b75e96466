"""The /network page in a real headless Chromium against a real `sdkg serve` on the toy store:
open one municipality's network, read its ranked partners, click through to the quotes, compare
two years, download for Gephi; a screenshot shows the drawing."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(toy_path, tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "sdkg.cli", "serve", "--store", str(toy_path), "--host", "127.0.0.1",
                                 "--port", str(port), "--workers", "1"], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                with urllib.request.urlopen(url + "/api/network/meta", timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)




@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 1000})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    offsite: list[str] = []
    pg.on("request", lambda r: offsite.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:")) else None)
    yield pg
    context.close()
    assert errors == [], errors
    assert offsite == [], f"the page must work offline: {offsite}"


def coloured_share(png: Path, rgb: tuple[int, int, int], tol: int = 40) -> float:
    """Share of pixels close to one colour."""
    from matplotlib import image

    px = (image.imread(str(png))[..., :3] * 255).astype(int)
    close = (abs(px[..., 0] - rgb[0]) < tol) & (abs(px[..., 1] - rgb[1]) < tol) & (abs(px[..., 2] - rgb[2]) < tol)
    return float(close.mean())


def test_one_municipality_from_partners_to_quotes_to_years_to_gephi(page, site, tmp_path):
    page.goto(site + "/network?municipality=GM0193")
    page.wait_for_function("window.sdkgNetwork && window.sdkgNetwork.cy.nodes().length > 0")
    assert page.locator("#title").inner_text() == "Partners van Zwolle"
    labels = page.evaluate("window.sdkgNetwork.cy.nodes().map(n => n.data('label')).sort()")
    assert labels == ["GGD IJsselland", "Humanitas", "Tactus", "Welzijn Oost", "Zwolle"]

    # the partners, ranked, with the evidence weight of each link
    ranked = page.locator("#ranking tbody tr").all_inner_texts()
    assert len(ranked) == 4 and ranked[0].split("\t")[1] == "Welzijn Oost"

    # a real mouse click on the drawn Welzijn Oost dot opens its links and their quotes
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate("""() => { const n = window.sdkgNetwork.cy.nodes().filter(n => n.data('label') === 'Welzijn Oost');
                                   return n.renderedPosition(); }""")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("#details blockquote.quote")
    details = page.locator("#details").inner_text()
    assert "In samenwerking met Welzijn Oost" in details and "2019, 2020" in details

    shot = tmp_path / "network.png"
    page.locator(".network-layout").screenshot(path=str(shot))
    assert coloured_share(shot, (0x1f, 0x77, 0xb4)) > 0.0005  # a municipality dot (blue)
    assert coloured_share(shot, (0xc8, 0x5a, 0x00)) > 0.001  # partner dots (dark orange)
    if os.environ.get("SDKG_SCREENSHOTS"):
        Path(os.environ["SDKG_SCREENSHOTS"], "network.png").write_bytes(shot.read_bytes())

    # compare two years
    page.select_option("#c-municipality", "GM0193")
    page.select_option("#c-from", "2019")
    page.select_option("#c-to", "2020")
    page.click("#compare button")
    page.wait_for_selector("#diff ul.gained")
    assert page.locator("#diff ul.gained").inner_text().startswith("Tactus")
    assert page.locator("#diff ul.lost").inner_text().startswith("GGD")
    assert "verloop 50%" in page.locator("#diff").inner_text()

    # download for Gephi
    with page.expect_download() as dl:
        page.click("#downloads a[data-format=gexf]")
    gexf = tmp_path / "zwolle.gexf"
    dl.value.save_as(gexf)
    root = ET.parse(gexf).getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    assert {n.get("label") for n in root.iterfind(".//g:node", ns)} == set(labels)


def test_filters_change_the_network_and_the_address(page, site):
    page.goto(site + "/network")
    page.wait_for_function("window.sdkgNetwork && window.sdkgNetwork.cy.nodes().length > 0")
    assert page.evaluate("window.sdkgNetwork.cy.nodes().length") == 7
    page.select_option("#f-from", "2020")
    page.select_option("#f-to", "2020")
    page.click("#filters button")
    page.wait_for_function("window.sdkgNetwork.cy.nodes().length === 6")  # Zwolle + 3 partners, Kampen + GGD
    assert "from=2020" in page.url and "to=2020" in page.url
    page.select_option("#f-from", "")  # in 2020 alone Zwolle and Kampen share nobody
    page.select_option("#f-to", "")
    page.select_option("#f-kind", "municipalities")
    page.click("#filters button")
    page.wait_for_function("window.sdkgNetwork.data.kind === 'municipalities'")
    assert page.evaluate("window.sdkgNetwork.cy.edges().length") == 3
    # click an edge: the shared partners explain it
    page.evaluate("window.sdkgNetwork.cy.edges()[0].emit('tap')")
    page.wait_for_selector("#details h3")
    assert "gedeelde partners: " in page.locator("#details").inner_text()
