"""HTML reading: report prose, headings, lists and tables kept; site chrome dropped."""

from __future__ import annotations

import pytest
from sdkg.loaders.errors import LoaderError
from sdkg.loaders.read import read_document

PAGE = """<!DOCTYPE html>
<html lang="nl"><head>
<meta charset="utf-8">
<title>Sociaal domein | Jaarverslag 2023 | Gemeente Zwolle</title>
<link rel="stylesheet" href="/s.css">
<link rel="canonical" href="https://jaarverslag.example.nl/zwolle/2023/sociaal-domein">
<style>.x { color: red }</style>
<script>var tracking = "Deze tekst hoort er niet bij";</script>
</head><body>
<a class="skip-link" href="#main">Direct naar inhoud</a>
<div id="cookie-consent">Wij gebruiken cookies om de site te verbeteren. <button>Akkoord</button></div>
<header><a href="/">Jaarverslag 2023</a><nav><ul><li><a href="/a">Programma 1 Bestuur</a></li></ul></nav></header>
<nav aria-label="Kruimelpad" class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/p">Programma's</a></nav>
<div class="page-tools"><ul class="toolbar"><li><a href="#">Exporteren</a></li><li><a href="#">Printen</a></li></ul></div>
<main id="main">
  <h1>Sociaal domein</h1>
  <p>In 2023 kregen 1.250&nbsp;cliënten een voorziening op grond van de <abbr>Wmo</abbr> 2015.
     Stichting Welzijn Oost werkte daarbij samen met het UWV.</p>
  <h2>Wat hebben we bereikt?</h2>
  <div class="text"><p>De pilot ‘Samen Sterk’ is gestart in Holtenbroek.<br>Er deden 120 gezinnen mee.</p>
    Losse tekst in een blok met <em>nadruk</em>.
  </div>
  <ul>
    <li>Inloopspreekuur voor gezinnen</li>
    <li><p>Buurtnetwerk voor mantelzorgers</p>
      <ul><li>in Stadshagen</li></ul></li>
  </ul>
  <p><a href="#top">Ga naar boven</a></p>
  <h3>Wat heeft het gekost?</h3>
  <table>
    <tr><th>Onderdeel</th><th>Begroting</th><th>Rekening</th></tr>
    <tr><td>Wmo</td><td>€ 48,6 miljoen</td><td>€ 47,9 miljoen</td></tr>
    <tr><td></td><td></td><td></td></tr>
  </table>
  <div style="display: none">Verborgen tekst</div>
  <p>Download als PDF</p>
</main>
<footer><p>Gemeente Zwolle · Privacy · Toegankelijkheid</p><a href="#">Terug naar boven</a></footer>
</body></html>
"""

EXPECTED = [
    ("heading", 1, "Sociaal domein"),
    (
        "paragraph", 0,
        "In 2023 kregen 1.250\u00a0cliënten een voorziening op grond van de Wmo 2015. "
        "Stichting Welzijn Oost werkte daarbij samen met het UWV.",
    ),
    ("heading", 2, "Wat hebben we bereikt?"),
    ("paragraph", 0, "De pilot ‘Samen Sterk’ is gestart in Holtenbroek.\nEr deden 120 gezinnen mee."),
    ("paragraph", 0, "Losse tekst in een blok met nadruk."),
    ("list", 0, "Inloopspreekuur voor gezinnen"),
    ("list", 0, "Buurtnetwerk voor mantelzorgers"),
    ("list", 0, "in Stadshagen"),
    ("heading", 3, "Wat heeft het gekost?"),
    ("table", 0, "Onderdeel | Begroting | Rekening\nWmo | € 48,6 miljoen | € 47,9 miljoen"),
]


def _read(tmp_path, markup: str | bytes, name: str = "page.html"):
    path = tmp_path / name
    path.write_bytes(markup.encode("utf-8") if isinstance(markup, str) else markup)
    return read_document(path)


def test_report_text_kept_and_chrome_dropped(tmp_path):
    doc = _read(tmp_path, PAGE)
    assert [(b.kind, b.level, doc.text[b.start : b.end]) for b in doc.blocks] == EXPECTED
    for chrome in (
        "Ga naar boven", "Terug naar boven", "Exporteren", "Printen", "Download als PDF", "Direct naar inhoud",
        "cookies", "Programma 1 Bestuur", "Home", "Privacy", "tracking", "color", "Verborgen",
    ):
        assert chrome not in doc.text
    assert doc.media_type == "text/html"
    assert doc.encoding == "utf-8"
    assert doc.title == "Sociaal domein | Jaarverslag 2023 | Gemeente Zwolle"
    assert doc.source_url == "https://jaarverslag.example.nl/zwolle/2023/sociaal-domein"


def test_blocks_are_separated_by_blank_lines_and_list_items_by_newlines(tmp_path):
    doc = _read(tmp_path, PAGE)
    assert "mee.\n\nLosse tekst" in doc.text
    assert "Inloopspreekuur voor gezinnen\nBuurtnetwerk voor mantelzorgers\nin Stadshagen\n\nWat heeft" in doc.text


def test_og_url_and_h1_title_when_head_is_sparse(tmp_path):
    markup = (
        '<html><head><meta property="og:url" content="https://example.nl/tilburg/p3"></head>'
        "<body><h1>Programma 3 Zorg</h1><p>De gemeente werkt samen met de GGD.</p></body></html>"
    )
    doc = _read(tmp_path, markup, "p3.htm")
    assert doc.source_url == "https://example.nl/tilburg/p3"
    assert doc.title == "Programma 3 Zorg"


def test_declared_legacy_charset(tmp_path):
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
        "<body><p>Cliënten kregen € 2,4 miljoen aan ondersteuning.</p></body></html>"
    )
    doc = _read(tmp_path, markup.encode("cp1252"))
    assert doc.text == "Cliënten kregen € 2,4 miljoen aan ondersteuning."
    assert doc.encoding == "cp1252"


def test_xml_declaration_is_accepted(tmp_path):
    markup = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Wmo 2015 en Jeugdwet.</p></body></html>'
    assert _read(tmp_path, markup).text == "Wmo 2015 en Jeugdwet."


def test_page_with_only_navigation_has_no_report_text(tmp_path):
    markup = "<html><body><nav><a href='/'>Home</a></nav><p><a href='#'>Ga naar boven</a></p><footer>©</footer></body></html>"
    with pytest.raises(LoaderError) as err:
        _read(tmp_path, markup)
    assert err.value.reason == "no report text found in HTML"


def test_table_cells_with_paragraphs_and_breaks(tmp_path):
    markup = (
        "<html><body><table><tr><td><p>Jeugd</p><p>hulp</p></td><td>1.610<br>jeugdigen</td></tr></table>"
        "</body></html>"
    )
    doc = _read(tmp_path, markup)
    assert doc.text == "Jeugd hulp | 1.610 jeugdigen"
    assert [b.kind for b in doc.blocks] == ["table"]


def test_header_inside_the_content_is_kept(tmp_path):
    markup = (
        "<html><body><header><a href='/'>Logo gemeente</a></header>"
        "<main><article><header><h2>Programma 3 Zorg</h2></header>"
        "<p>De gemeente werkt samen met de GGD.</p></article></main></body></html>"
    )
    doc = _read(tmp_path, markup)
    assert doc.text == "Programma 3 Zorg\n\nDe gemeente werkt samen met de GGD."
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].level == 2
