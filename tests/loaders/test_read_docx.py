"""Word .docx reading: heading styles, lists, tables in body order; broken files refused."""

from __future__ import annotations

import docx
import pytest
from sdkg.loaders.errors import LoaderError
from sdkg.loaders.read import read_document


def test_docx_headings_lists_and_tables_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Jaarstukken 2022", style="Title")
    document.add_paragraph("1 Sociaal domein", style="Heading 1")
    document.add_paragraph("In Buitenhof kregen 1.250\u00a0cliënten hulp van Stichting Welzijn Delft.")
    document.add_paragraph("1.1 Jeugd", style="Heading 2")
    document.add_paragraph("Jeugdhulp zonder verblijf", style="List Bullet")
    document.add_paragraph("Jeugdbescherming", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("Onderdeel", "Begroting", "Realisatie"), strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("Jeugdhulp", "€ 42,7 miljoen", "€ 44,1 miljoen"), strict=True):
        cell.text = value
    merged = table.add_row().cells
    merged[0].merge(merged[2])
    merged[0].text = "Totaal volgt"
    document.add_paragraph("De GGD Haaglanden werkt mee aan de pilot 'Gezond in de Wijk'.")
    path = tmp_path / "delft.docx"
    document.save(path)

    doc = read_document(path)
    assert [(b.kind, b.level, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("heading", 1, "Jaarstukken 2022"),
        ("heading", 1, "1 Sociaal domein"),
        ("paragraph", 0, "In Buitenhof kregen 1.250\u00a0cliënten hulp van Stichting Welzijn Delft."),
        ("heading", 2, "1.1 Jeugd"),
        ("list", 0, "Jeugdhulp zonder verblijf"),
        ("list", 0, "Jeugdbescherming"),
        (
            "table", 0,
            "Onderdeel | Begroting | Realisatie\nJeugdhulp | € 42,7 miljoen | € 44,1 miljoen\nTotaal volgt",
        ),
        ("paragraph", 0, "De GGD Haaglanden werkt mee aan de pilot 'Gezond in de Wijk'."),
    ]
    assert doc.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert doc.title == "Jaarstukken 2022"
    assert doc.encoding is None


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 broken zip", b"this is plain text, not a zip"],
    ids=["broken-zip", "not-a-zip"],
)
def test_broken_docx(tmp_path, data):
    path = tmp_path / "kapot.docx"
    path.write_bytes(data)
    with pytest.raises(LoaderError) as err:
        read_document(path)
    assert err.value.reason.startswith("not a readable .docx")


def test_zip_that_is_not_a_word_document(tmp_path):
    import zipfile

    path = tmp_path / "archief.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "geen Word-document")
    with pytest.raises(LoaderError) as err:
        read_document(path)
    assert err.value.reason.startswith("not a readable .docx")
