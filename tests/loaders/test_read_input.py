"""Unusable input, the Dutch-language check, the seed reports, examples and file discovery."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sdkg.loaders.errors import LoaderError, SkippedInput
from sdkg.loaders.read import SUPPORTED_EXTENSIONS, dutch_verdict, iter_report_files, read_document

ROOT = Path(__file__).resolve().parents[2]

DUTCH = (
    "In 2023 hebben we samen met Stichting Welzijn Oost en het UWV de ondersteuning van inwoners "
    "verbeterd. De wijkteams zijn er voor iedereen die hulp nodig heeft bij het vinden van werk, "
    "bij opvoeden en bij zorg voor een naaste. Ook is de pilot 'Samen Sterk' gestart in Holtenbroek."
)
ENGLISH = (
    "In 2023 the municipality and its partners improved the support that is offered to residents. "
    "The district teams are there for everyone who needs help with finding work, with raising children "
    "and with caring for a relative. This was done in close cooperation with the health service."
)
GERMAN = (
    "Im Jahr 2023 hat die Gemeinde zusammen mit ihren Partnern die Unterstützung der Einwohner verbessert. "
    "Die Teams in den Stadtteilen sind für alle da, die Hilfe bei der Arbeitssuche, bei der Erziehung "
    "und bei der Pflege von Angehörigen brauchen. Das wird auch im nächsten Jahr so sein."
)
FRENCH = (
    "En 2023, la commune et ses partenaires ont amélioré le soutien offert aux habitants. Les équipes "
    "de quartier sont là pour tous ceux qui ont besoin d'aide pour trouver un emploi, pour élever des "
    "enfants et pour prendre soin d'un proche. Le travail se fait avec le service de santé."
)


def _reason(path, **kwargs) -> str:
    with pytest.raises(LoaderError) as err:
        read_document(path, **kwargs)
    assert err.value.path == str(path)
    assert str(path) in str(err.value)
    return err.value.reason


def test_missing_file(tmp_path):
    assert _reason(tmp_path / "weg.txt") == "file not found"


def test_directory(tmp_path):
    folder = tmp_path / "map.txt"
    folder.mkdir()
    assert _reason(folder) == "is a directory, not a report file"


@pytest.mark.parametrize("suffix", SUPPORTED_EXTENSIONS)
def test_empty_file(tmp_path, suffix):
    path = tmp_path / f"leeg{suffix}"
    path.write_bytes(b"")
    assert _reason(path) == "empty file"


def test_whitespace_only_text(tmp_path):
    path = tmp_path / "spaties.txt"
    path.write_bytes(b"  \r\n\t\n")
    assert _reason(path) == "empty file (only whitespace)"


def test_file_over_the_limit(tmp_path):
    path = tmp_path / "groot.txt"
    with open(path, "wb") as f:  # sparse: no 60 MB written to disk
        f.truncate(int(60.2 * 1024 * 1024))
    assert _reason(path) == "file is 60.2 MB, over the 50 MB limit"
    small = tmp_path / "klein.txt"
    small.write_text(DUTCH, encoding="utf-8")
    assert _reason(small, max_bytes=100) == f"file is {small.stat().st_size} bytes, over the 100 bytes limit"
    assert _reason(path, max_bytes=60 * 1024 * 1024) == "file is 60.2 MB, over the 60 MB limit"
    assert read_document(small, max_bytes=small.stat().st_size).text == DUTCH  # the limit itself is allowed


def test_unsupported_extension(tmp_path):
    path = tmp_path / "verslag.xyz"
    path.write_text(DUTCH, encoding="utf-8")
    assert _reason(path) == "unsupported file type '.xyz' (supported: .txt, .html, .htm, .pdf, .docx)"
    bare = tmp_path / "README"
    bare.write_text(DUTCH, encoding="utf-8")
    assert _reason(bare).startswith("unsupported file type '(none)'")


def test_uppercase_extension_is_supported(tmp_path):
    path = tmp_path / "VERSLAG.TXT"
    path.write_text(DUTCH, encoding="utf-8")
    assert read_document(path).text == DUTCH


@pytest.mark.parametrize(
    "data",
    [b"Zorg\x00en\x00welzijn" * 10, bytes(range(256)) * 4, os.urandom(4096).replace(b"\x00", b"\x01")],
    ids=["nul-bytes", "all-bytes", "random"],
)
def test_binary_garbage_in_txt(tmp_path, data):
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    assert _reason(path).startswith("not a text file")


@pytest.mark.parametrize("text, language", [(ENGLISH, "English"), (GERMAN, "German"), (FRENCH, "French")])
def test_text_that_is_not_dutch_is_skipped(tmp_path, text, language):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SkippedInput) as err:
        read_document(path)
    assert err.value.reason.startswith("text does not look Dutch (")
    assert language in err.value.reason


def test_non_dutch_html_is_skipped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><h1>Annual report</h1><p>{ENGLISH}</p></body></html>", encoding="utf-8")
    with pytest.raises(SkippedInput):
        read_document(path)


def test_dutch_and_short_texts_pass_the_language_check():
    assert dutch_verdict(DUTCH) is None
    assert dutch_verdict("Annual report 2023: the municipality and its partners.") is None  # < 30 words
    assert dutch_verdict(DUTCH + " " + ENGLISH[:120]) is None
    assert dutch_verdict(ENGLISH) is not None


# A budget page that is mostly a table: labels and amounts, hardly any running text.
BUDGET_TABLE = "Programma Sociaal Domein\n\nWat mag het kosten?\n\nBedragen x € 1.000\n\nRekening\nBegroting\n" + "".join(
    f"\n{code}\n{label}\n-{n}.{n % 997:03d}\n-{n + 17}.{(n * 7) % 997:03d}\n"
    for code, label, n in [
        ("6.1", "Samenkracht, burgerparticipatie", 2), ("6.2", "Toegang en Wijkteams", 5),
        ("6.3", "Inkomensregelingen", 31), ("6.4", "Begeleide participatie", 7),
        ("6.5", "Arbeidsparticipatie", 3), ("6.6", "Maatwerkvoorzieningen (Wmo)", 4),
        ("6.71", "Maatwerkdienstverlening 18+", 12), ("6.72", "Maatwerkdienstverlening 18-", 15),
        ("6.81", "Geëscaleerde zorg 18+", 1), ("6.82", "Geëscaleerde zorg 18-", 2),
    ]) + "\nSaldo baten min lasten\nToelichting\nDe jeugdhulp kost meer.\n"
ENGLISH_TABLE = "Programme Care and Welfare\n\nWhat does it cost?\n\nAmounts x € 1,000\n\n" + "".join(
    f"\n{label}\n{n}\n" for label, n in [
        ("Community strength and participation", 2), ("Access and district teams", 5), ("Income schemes", 31),
        ("Supported participation", 7), ("Labour participation", 3), ("Tailored provisions", 4),
        ("Youth services", 12), ("Escalated care", 1)]) + "\nThe costs of the youth services are higher than in the budget.\n"


def test_a_dutch_page_that_is_mostly_a_table_is_read(tmp_path):
    # Tables of labels have few function words in any language: a small Dutch share with no rival passes.
    assert dutch_verdict(BUDGET_TABLE) is None
    path = tmp_path / "begroting.txt"
    path.write_text(BUDGET_TABLE, encoding="utf-8")
    assert read_document(path).text == BUDGET_TABLE
    # The same relaxation does not let a table in another language through.
    assert dutch_verdict(ENGLISH_TABLE) is not None


# A document-copy site's page: its English chrome around a Dutch title page and contents, few function words of
# either language; Dutch shares "in" and "we" with English.
COPY_PAGE = ("No results found\n\nProgrammabegroting 2031\n\nN/A\nProtected\n\nAcademic year: 2030\n\n"
             'Share "Programmabegroting 2031"\n\nCopied!\n254\n\nBezig met laden\n\nHele tekst\n\n'
             "Noorddorp, september 2030\n\nProgrammabegroting 2031\n\nGemeente Noorddorp\n\nPostbus 100\n"
             "Inlichtingen\nTelefoon\nInternet\nInhoudsopgave\nInleiding\nLeeswijzer\nSamenstelling College\n"
             "Programma's\nParagrafen\nFinanciële begroting\nColofon\nProgramma 1 Veiligheid\nProgramma 2 Wonen\n"
             "Programma 3 Zorg\nProgramma 4 Werk\nProgramma 5 Onderwijs\nProgramma 6 Sport\n"
             "Programma 7 Cultuur\nProgramma 8 Economie\nParagraaf lokale heffingen\nParagraaf weerstandsvermogen\n"
             "Paragraaf onderhoud kapitaalgoederen\nParagraaf financiering\nParagraaf bedrijfsvoering\n"
             "Paragraaf verbonden partijen\nParagraaf grondbeleid\nUitgangspunten\nMeerjarenraming\nBijlagen\n"
             "Overzicht baten lasten\nTaakvelden\nKengetallen\nBeleidsindicatoren\nInvesteringen\n"
             "In 2031 investeren we in preventie. In Noorddorp werken we in wijkteams. In de wijken steunen we "
             "mantelzorgers.")


def test_a_dutch_page_in_a_copy_sites_english_chrome_is_read():
    assert dutch_verdict(COPY_PAGE) is None
    assert dutch_verdict(ENGLISH) is not None


def test_seed_reports_read_exactly(seed_paths):
    for path in seed_paths:
        doc = read_document(path)
        expected = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        assert doc.text == expected, path.name
        assert doc.encoding == "utf-8"
        headings = [b for b in doc.blocks if b.kind == "heading"]
        assert len(headings) >= 3, path.name
        _check_blocks(doc)


def _check_blocks(doc):
    previous_end = 0
    for b in doc.blocks:
        piece = doc.text[b.start : b.end]
        assert piece and piece == piece.strip(), (doc.source, b)
        assert b.start >= previous_end, (doc.source, b)  # ordered, never overlapping
        assert (b.level > 0) == (b.kind == "heading")
        previous_end = b.end


def test_example_reports(tmp_path):
    examples = ROOT / "examples"
    paths = iter_report_files([examples])
    assert [p.suffix for p in paths] == [".docx", ".html", ".txt"]
    for path in paths:
        doc = read_document(path)
        assert "Voorbeeldrapport (verzonnen voorbeeld voor sdkg)" in doc.text
        assert "Portefeuillehouder:" in doc.text
        assert sum(b.kind == "heading" for b in doc.blocks) >= 4
        assert any(b.kind == "table" for b in doc.blocks)
        _check_blocks(doc)
    html = read_document(examples / "tilburg-begroting-2024-zorg-en-welzijn.html")
    for chrome in ("Ga naar boven", "Terug naar boven", "Exporteren", "Download als PDF", "cookies", "Privacy"):
        assert chrome not in html.text
    assert html.source_url.endswith("/programma-3-zorg-en-welzijn")


def test_iter_report_files(tmp_path):
    tree = {
        "b/2023.pdf": b"%PDF",
        "b/sub/2022.DOCX": b"PK",
        "a.txt": b"x",
        "a.htm": b"x",
        "notes.md": b"x",
        ".verborgen.txt": b"x",
        ".cache/c.txt": b"x",
        "b/.git/d.html": b"x",
    }
    for name, data in tree.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    explicit = tmp_path / "notes.md"
    found = iter_report_files([tmp_path, explicit, tmp_path / "a.txt", tmp_path / "missing.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.htm", "a.txt", "b/2023.pdf", "b/sub/2022.DOCX", "notes.md", "missing.txt",
    ]
    assert iter_report_files([str(tmp_path / "b")]) == [tmp_path / "b/2023.pdf", tmp_path / "b/sub/2022.DOCX"]
