"""Input that is not a plain report file: refused before a byte is read, or read whole with a
reason in words when it cannot be, never a hang, a library's message or an object's repr."""

from __future__ import annotations

import io
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from sdkg.cli import main
from sdkg.graph.store import OxigraphStore
from sdkg.loaders.errors import LoaderError
from sdkg.loaders.read import file_sha256, iter_report_files, read_document

DUTCH = ("De gemeente werkt samen met Stichting Voorbeeldwerk en het UWV aan de uitvoering van de Wmo 2015 "
         "en de Jeugdwet. In 2023 kregen 1.250 inwoners een maatwerkvoorziening in de wijken van de stad. ")


def _reason(path) -> str:
    started = time.monotonic()
    with pytest.raises(LoaderError) as err:
        read_document(path)
    assert time.monotonic() - started < 5
    return err.value.reason


def _refused_unread(path) -> str:
    """Both the reader and the hash refuse it, at once."""
    reason = _reason(path)
    with pytest.raises(LoaderError) as err:
        file_sha256(path)
    assert err.value.reason == reason
    return reason


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "rapport.txt"
    os.mkfifo(fifo)
    assert _refused_unread(fifo) == "is a named pipe (FIFO), not a regular file; only regular files are read"


def test_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "rapport.txt"
    link.symlink_to("/dev/zero")
    assert _refused_unread(link) == "is a device, not a regular file; only regular files are read"


def test_symlink_loop_and_dangling_link(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert _refused_unread(a) == "a symbolic link that loops back on itself; not a report file"
    gone = tmp_path / "weg.html"
    gone.symlink_to(tmp_path / "nergens.html")
    assert _refused_unread(gone) == "a symbolic link to a file that does not exist"


def test_folders_list_special_files_so_they_are_named(tmp_path):
    (tmp_path / "goed.txt").write_text(DUTCH, encoding="utf-8")
    os.mkfifo(tmp_path / "pijp.txt")
    (tmp_path / "lus.txt").symlink_to(tmp_path / "lus.txt")
    assert sorted(p.name for p in iter_report_files([tmp_path])) == ["goed.txt", "lus.txt", "pijp.txt"]


def _docx(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_bomb_docx_is_refused_before_unpacking(tmp_path):
    bomb = tmp_path / "bom.docx"
    bomb.write_bytes(_docx({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (300 * 1024 * 1024)}))
    assert bomb.stat().st_size < 2 * 1024 * 1024
    started = time.monotonic()
    reason = _reason(bomb)
    assert reason == "the .docx would unpack to 300 MB, over the 200 MB limit (a zip bomb?)"
    assert time.monotonic() - started < 2


def test_unclear_library_errors_become_sentences(tmp_path):
    cases = {
        "commentaar.html": (b"<!-- alleen commentaar -->",
                            "not readable HTML: the file holds no HTML elements (only comments, declarations "
                            "or whitespace)"),
        "diep.html": (("<html><body>" + "<div>" * 400 + f"<p>{DUTCH}</p>" + "</div>" * 400 + "</body></html>").encode(),
                      "not readable HTML: its elements are nested more than 256 levels deep, too deep to read whole"),
        "zip.docx": (_docx({"hallo.txt": b"hoi"}),
                     "not a readable .docx: a zip file, but not a Word document (it has no [Content_Types].xml)"),
        "geen-zip.docx": (b"PK\x03\x04" + b"rommel" * 50,
                          "not a readable .docx: it is not a valid zip package (File is not a zip file)"),
        "afgebroken.pdf": (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n",
                           "not a readable PDF: the file is cut off or damaged: it has no proper end"),
    }
    for name, (data, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        reason = _reason(path)
        assert reason.startswith(expected), (name, reason)
        assert "object at 0x" not in reason and "Error:" not in reason


def _pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_unsupported_pdf_filter_is_said_in_words(tmp_path):
    path = tmp_path / "filter.pdf"
    path.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length 10 /Filter /FlatPDecode >>\nstream\n0123456789\nendstream",
    ]))
    reason = _reason(path)
    assert "NotImplementedError" not in reason
    assert reason in ("PDF has no text layer (scanned?)",  # the page that cannot be decoded holds no text
                      "not a readable PDF: it uses a feature the PDF reader does not support "
                      "(Unsupported filter /FlatPDecode)"), reason


def test_file_name_that_is_not_utf8_keeps_its_report(tmp_path, seed_paths, capfd):
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"verslag-\xe9\xe9n.txt")
    shutil.copy(seed_paths[0], odd)
    code = main(["ingest", "--quiet", "--store", str(tmp_path / "db"), str(folder)])
    out, err = capfd.readouterr()
    assert code == 0, err
    assert "1 added" in out and "Traceback" not in err
    with OxigraphStore(tmp_path / "db", read_only=True) as store:
        assert len(store.graphs()) == 1
        names = [r[0].value for r in store.select("SELECT ?n WHERE { ?r sdkg:sourceKey ?n }").rows]
    assert any("één" in n for n in names), names


def test_hash_reads_nothing_that_would_not_be_read(tmp_path):
    big = tmp_path / "groot.txt"
    with open(big, "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    with pytest.raises(LoaderError, match="over the 50 MB limit"):
        file_sha256(big)
    assert Path(big).exists()


def test_a_saved_site_whose_pages_are_not_regular_files_is_refused_before_hashing(tmp_path):
    import json

    outside = tmp_path / "buiten.html"
    outside.write_text("<p>elders</p>", encoding="utf-8")
    for page, expected in (("pijp.html", "is a named pipe (FIFO), not a regular file"),
                           ("/dev/zero", "outside the site folder"),
                           ("../buiten.html", "outside the site folder"),
                           ("nul.html", "outside the site folder")):  # a link to /dev/zero
        site = tmp_path / f"site-{page.strip('/.').replace('/', '-')}"
        site.mkdir()
        if page == "pijp.html":
            os.mkfifo(site / page)
        if page == "nul.html":
            (site / page).symlink_to("/dev/zero")
        (site / "sdkg-site.json").write_text(json.dumps({"pages": [{"file": page, "url": "https://example.org/"}]}),
                                             encoding="utf-8")
        started = time.monotonic()
        with pytest.raises(LoaderError) as err:
            file_sha256(site)
        assert expected in err.value.reason, (page, err.value.reason)
        assert time.monotonic() - started < 5


_INVISIBLE = "\u00ad\u200b\u200c\u2060\ufeff"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_invisible_characters_are_taken_out_in_every_format(tmp_path, suffix):
    # Soft hyphens (&shy;), zero-width spaces and joiners break no word the writer wrote: "Participatie\u00adwet" is read
    # "Participatiewet"; the blocks' offsets are those of the text without them.
    words = "De Participatie\u00adwet en de Jeugd\u200bwet voeren we uit met Stichting Dal\u2060kracht en Brug\u200cvast."
    path = tmp_path / f"verslag{suffix}"
    if suffix == ".txt":
        path.write_text(f"Jaarverslag 2023\n\n{words} {DUTCH}\n", encoding="utf-8")
    elif suffix == ".html":
        html_words = words.replace("\u00ad", "&shy;").replace("\u200b", "&#8203;")
        path.write_text(f"<html><body><h1>Jaarverslag 2023</h1><p>{html_words} {DUTCH}</p></body></html>",
                        encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        document.add_heading("Jaarverslag 2023", 1)
        document.add_paragraph(f"{words} {DUTCH}")
        document.save(str(path))
    doc = read_document(path)
    assert not any(c in doc.text for c in _INVISIBLE)
    assert "De Participatiewet en de Jeugdwet voeren we uit met Stichting Dalkracht en Brugvast." in doc.text
    assert all(doc.text[b.start:b.end].strip() == doc.text[b.start:b.end] for b in doc.blocks)
