"""PDF reading: text layer, running headers/footers, encrypted, broken and scanned files."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from sdkg.loaders.errors import LoaderError
from sdkg.loaders.formats.pdf import read_pdf
from sdkg.loaders.read import read_document


# A PDF with a real text layer, written by hand: the test needs no PDF-generating dependency.
def _escape(line: str) -> bytes:
    raw = line.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """One page per list of lines; an empty list makes a page with only a drawn rectangle."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    info_id = font_id + 1
    page_ids = [3 + 2 * i for i in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages))
    for i, lines in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (font_id, page_ids[i] + 1)
        )
        if lines:
            ops = [b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (800 - 16 * k, _escape(line)) for k, line in enumerate(lines)]
        else:
            ops = [b"0.5 g 72 72 300 300 re f"]
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Title (%s) >>" % _escape(title) if title else b"<< >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_id, xref,
    )
    return bytes(out)


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="eigenaar-sleutel", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


PAGE_ONE = [
    "Jaarverslag 2023 Gemeente Zwolle",
    "Sociaal domein",
    "In 2023 hebben we met Stichting Welzijn Oost de wijkteams versterkt.",
    "Er zijn 1.250 cliënten geholpen voor € 2,4 miljoen.",
    "1",
]
PAGE_TWO = [
    "Jaarverslag 2023 Gemeente Zwolle",
    "Jeugd",
    "Op grond van de Jeugdwet kregen 2.340 jeugdigen hulp in de wijk.",
    "2",
]
PAGE_THREE = [
    "Jaarverslag 2023 Gemeente Zwolle",
    "Werk en inkomen",
    "Samen met het UWV zijn 640 inwoners aan het werk geholpen.",
    "Pagina 3 van 3",
]


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pdf_text_layer_pages_joined_and_running_lines_dropped(tmp_path):
    path = _write(tmp_path, "zwolle.pdf", make_pdf([PAGE_ONE, PAGE_TWO, PAGE_THREE], title="Jaarverslag 2023"))
    doc = read_document(path)
    assert doc.media_type == "application/pdf"
    assert doc.title == "Jaarverslag 2023"
    assert "Jaarverslag 2023 Gemeente Zwolle" not in doc.text  # running header on every page
    assert "Pagina 3 van 3" not in doc.text
    assert doc.text == (
        "Sociaal domein\n"
        "In 2023 hebben we met Stichting Welzijn Oost de wijkteams versterkt.\n"
        "Er zijn 1.250 cliënten geholpen voor € 2,4 miljoen.\n\n"
        "Jeugd\n"
        "Op grond van de Jeugdwet kregen 2.340 jeugdigen hulp in de wijk.\n\n"
        "Werk en inkomen\n"
        "Samen met het UWV zijn 640 inwoners aan het werk geholpen."
    )
    headings = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Sociaal domein", "Jeugd", "Werk en inkomen"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == "In 2023 hebben we met Stichting Welzijn Oost de wijkteams versterkt."


def test_pdf_line_opening_with_a_quote_or_a_stop_keeps_its_place():
    """PDFium's box of a quote mark or a full stop lies above or below the middle of its line, so looking a line's
    first character up by position found none: the line's text was glued to the line before it (two spaces),
    and the paragraph broke at the next line instead."""
    lines = [
        "De gemeente werkt in de wijk samen met bewoners aan het plan",
        "“Samen Sterk”, zoals het in het nieuwe wijkplan heet, voor",
        "‘t Hofje en de straten eromheen, met de buurtbewoners zelf",
        ". Daarna volgt de uitvoering met het wijkteam van de gemeente",
        "en het opbouwwerk in de buurt.",
    ]
    text = read_pdf(make_pdf([lines])).text
    assert "  " not in text and "\n\n" not in text
    assert text.replace("\n", " ") == " ".join(lines)


def test_pdf_title_falls_back_to_first_heading(tmp_path):
    path = _write(tmp_path, "a.pdf", make_pdf([["Sociaal domein", "Wij werken samen met de GGD in de wijk."]]))
    assert read_document(path).title == "Sociaal domein"


def test_encrypted_pdf_is_refused(tmp_path):
    path = _write(tmp_path, "locked.pdf", encrypt_pdf(make_pdf([PAGE_ONE]), "geheim"))
    with pytest.raises(LoaderError) as err:
        read_document(path)
    assert err.value.reason == "encrypted PDF: it cannot be read without its password"


def test_pdf_encrypted_with_empty_password_is_read(tmp_path):
    path = _write(tmp_path, "open.pdf", encrypt_pdf(make_pdf([PAGE_ONE]), ""))
    assert "Stichting Welzijn Oost" in read_document(path).text


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\nthis is not a pdf at all\n", b"not even a header", "truncated"],
    ids=["garbage-body", "no-header", "truncated"],
)
def test_broken_pdf(tmp_path, data):
    if data == "truncated":
        data = make_pdf([PAGE_ONE])[:60]
    path = _write(tmp_path, "broken.pdf", data)
    with pytest.raises(LoaderError) as err:
        read_document(path)
    assert err.value.reason.startswith("not a readable PDF")
    assert str(path) in str(err.value)


def test_pdf_without_text_layer(tmp_path):
    path = _write(tmp_path, "scan.pdf", make_pdf([[], []]))
    with pytest.raises(LoaderError) as err:
        read_document(path)
    assert err.value.reason == "PDF has no text layer (scanned?)"


def test_the_vocabulary_of_distinct_chunks_is_that_of_the_whole_text():
    import random

    from sdkg.loaders.formats import pdf

    rnd = random.Random(3)
    alphabet = "aBé-_1 \n\tΣσς.ΟΔΟΣ’x-y"
    for _ in range(200):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300))).lower()
        assert set(pdf._VOCABULARY_WORD.findall("\n".join(set(text.split())))) == set(
            pdf._VOCABULARY_WORD.findall(text))


def test_a_page_cleaned_once_gives_each_run_the_text_it_gets_cleaned_alone():
    import random

    from sdkg.loaders.formats import pdf

    chars = ["a", "B", " ", "\r\n", "\n", "\x02", "é", "€", "–", "ﬁ", "\u00ad", "\x07", "\u200b", "-", "\ufffe", "x"]
    rnd = random.Random(7)
    same_size = 0
    for _ in range(3000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 30)))
        cleaned = pdf._cleaned_page(text)
        if cleaned is None:
            assert pdf._RESIZING.search(text)
            continue
        same_size += 1
        assert cleaned == text.translate(pdf._CLEAN)
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        assert pdf._hyphens(cleaned[a:b]) == pdf._clean(text[a:b])
    assert same_size > 300
