"""Plain-text reading: encodings, exact text, and the blocks found in it."""

from __future__ import annotations

import pytest
from sdkg.loaders.read import read_document

REPORT = (
    "04 SOCIAAL DOMEIN\n"
    "\n"
    "Portefeuillehouder: wethouder M. de Vries\n"
    "\n"
    "Wat hebben we bereikt?\n"
    "\n"
    "In 2023 hebben 1.250 cliënten een voorziening gekregen op grond van de Wmo 2015.\n"
    "De kosten bedroegen € 2,4 miljoen.\n"
    "\n"
    "Wijkgericht werken\n"
    "In Holtenbroek is de pilot ‘Samen Sterk’ gestart met Stichting Welzijn Oost en het UWV.\n"
    "Daarbij werken we ook samen met de GGD en met Veilig Thuis in de hele\n"
    "gemeente en in de regio.\n"
    "- Inloopspreekuur voor gezinnen\n"
    "- Buurtnetwerk voor mantelzorgers dat in de loop van het jaar is\n"
    "  uitgebreid naar Stadshagen\n"
    "\n"
    "Onderdeel | Begroting | Rekening\n"
    "Wmo | € 48,6 miljoen | € 47,9 miljoen\n"
    "\n"
    "Ga naar boven\n"
)
EXPECTED_BLOCKS = [
    ("heading", 1, "04 SOCIAAL DOMEIN"),
    ("paragraph", 0, "Portefeuillehouder: wethouder M. de Vries"),
    ("heading", 2, "Wat hebben we bereikt?"),
    (
        "paragraph", 0,
        "In 2023 hebben 1.250 cliënten een voorziening gekregen op grond van de Wmo 2015.",
    ),
    ("paragraph", 0, "De kosten bedroegen € 2,4 miljoen."),
    ("heading", 2, "Wijkgericht werken"),
    (
        "paragraph", 0,
        "In Holtenbroek is de pilot ‘Samen Sterk’ gestart met Stichting Welzijn Oost en het UWV.",
    ),
    (
        "paragraph", 0,
        "Daarbij werken we ook samen met de GGD en met Veilig Thuis in de hele\ngemeente en in de regio.",
    ),
    ("list", 0, "- Inloopspreekuur voor gezinnen"),
    ("list", 0, "- Buurtnetwerk voor mantelzorgers dat in de loop van het jaar is\n  uitgebreid naar Stadshagen"),
    ("table", 0, "Onderdeel | Begroting | Rekening\nWmo | € 48,6 miljoen | € 47,9 miljoen"),
]


def _blocks(doc):
    return [(b.kind, b.level, doc.text[b.start : b.end]) for b in doc.blocks]


def test_utf8_text_blocks_and_offsets(tmp_path):
    path = tmp_path / "zwolle.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == REPORT
    assert doc.encoding == "utf-8"
    assert doc.media_type == "text/plain"
    assert doc.source == str(path)
    assert _blocks(doc) == EXPECTED_BLOCKS  # "Ga naar boven" is in the text but is no block
    assert doc.title == "04 SOCIAAL DOMEIN"


def test_sha256_is_of_the_file_bytes(tmp_path):
    import hashlib

    data = REPORT.replace("\n", "\r\n").encode("utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.text == REPORT  # CRLF normalised to LF


def test_cp1252_with_euro_and_diaeresis(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes(REPORT.replace("‘", "'").replace("’", "'").encode("cp1252"))
    doc = read_document(path)
    assert doc.encoding == "cp1252"
    assert "€ 2,4 miljoen" in doc.text
    assert "1.250 cliënten" in doc.text
    assert doc.text == REPORT.replace("‘", "'").replace("’", "'")


def test_latin1_without_euro_decodes_the_same(tmp_path):
    path = tmp_path / "latin1.txt"
    body = "Cliënten in Zwolle kregen hulp van de GGD. Coördinatie door de gemeente.\n"
    path.write_bytes(body.encode("latin-1"))
    assert read_document(path).text == body


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REPORT.encode("utf-8"))
    doc = read_document(path)
    assert doc.encoding == "utf-8-sig"
    assert doc.text == REPORT
    assert doc.blocks[0].start == 0 and doc.text[: doc.blocks[0].end] == "04 SOCIAAL DOMEIN"


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(REPORT.encode("utf-16"))
    assert read_document(path).text == REPORT


def test_nbsp_typographic_quotes_and_lone_cr_preserved(tmp_path):
    body = "Sociaal domein\r\rIn 2023 kregen 1.250\u00a0cliënten hulp via de pilot “Samen Sterk”.\r"
    path = tmp_path / "nbsp.txt"
    path.write_bytes(body.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == "Sociaal domein\n\nIn 2023 kregen 1.250\u00a0cliënten hulp via de pilot “Samen Sterk”.\n"
    quote = "1.250\u00a0cliënten hulp via de pilot “Samen Sterk”"
    start = doc.text.index(quote)
    assert doc.text[start : start + len(quote)] == quote
    assert _blocks(doc) == [
        ("heading", 2, "Sociaal domein"),
        ("paragraph", 0, "In 2023 kregen 1.250\u00a0cliënten hulp via de pilot “Samen Sterk”."),
    ]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("1.2 Maatschappelijke ondersteuning", "heading"),
        ("WERK EN INKOMEN", "heading"),
        ("Wat heeft het gekost?", "heading"),
        ("De gemeente werkt samen met partners.", "paragraph"),
        ("• Inloopspreekuur voor gezinnen", "list"),
        ("1. Wij hebben de wijkteams versterkt.", "list"),
        ("Jeugdhulp | 1.610", "table"),
    ],
)
def test_single_line_kinds(tmp_path, line, kind):
    path = tmp_path / "one.txt"
    path.write_text(f"{line}\n\nDe gemeente werkt samen met Stichting Welzijn Oost in de wijken.\n", encoding="utf-8")
    doc = read_document(path)
    first = doc.blocks[0]
    assert (first.kind, doc.text[first.start : first.end]) == (kind, line)


def test_short_line_inside_wrapped_paragraph_is_not_a_heading(tmp_path):
    body = (
        "De wijkteams werken samen met de GGD, met Veilig Thuis en met het\n"
        "Werkbedrijf Regio Zwolle\n"
        "aan een betere toegang tot ondersteuning voor alle inwoners.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(body, encoding="utf-8")
    doc = read_document(path)
    assert _blocks(doc) == [("paragraph", 0, body.strip())]
