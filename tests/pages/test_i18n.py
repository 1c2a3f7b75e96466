"""Dutch first, English complete: every text in the pages, views and scripts has its English
translation, and the compiled catalogue that ships matches the .po it comes from."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

WEB = Path(__file__).resolve().parents[2] / "web"
PO = WEB / "translations" / "en" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
METHODS = [("**.py", "python"), ("templates/**.html", "jinja2"), ("static/js/**.js", "javascript"),
           ("static/network/**.js", "javascript")]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "t": None, "lazy_gettext": None}


def source_messages() -> set:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(str(WEB), METHODS, keywords=KEYWORDS):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def test_every_text_has_an_english_translation():
    catalog = read_po(PO.open("rb"))
    english = {(m.id if isinstance(m.id, str) else tuple(m.id)): m.string for m in catalog if m.id}
    wanted = source_messages()
    assert len(wanted) > 200
    missing = sorted(str(m) for m in wanted if not english.get(m) or (isinstance(english[m], tuple)
                                                                     and not all(english[m])))
    assert missing == [], f"run `make translations` and translate in {PO}: {missing[:10]}"
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert fuzzy == []


def test_shipped_catalogue_is_compiled_from_the_po():
    def plain(catalog):
        return {(m.id if isinstance(m.id, str) else tuple(m.id)): (m.string if isinstance(m.string, str)
                                                                   else tuple(m.string)) for m in catalog if m.id}

    po, mo = plain(read_po(PO.open("rb"))), plain(read_mo(MO.open("rb")))
    assert po == mo, "run `make translations` to compile the catalogue"


def test_dutch_by_default_english_on_request(site):
    import requests

    nl = requests.get(site + "/", headers={"Accept-Language": "en-US,en;q=0.9"}, timeout=30)
    assert '<html lang="nl">' in nl.text and "Gemeenten" in nl.text  # a browser asking English still gets Dutch
    en = requests.get(site + "/?lang=en", timeout=30)
    assert '<html lang="en">' in en.text and "Municipalities" in en.text
    assert en.cookies.get("sdkg_lang") == "en"
    back = requests.get(site + "/taal/nl?next=https://evil.example/", allow_redirects=False, timeout=30)
    assert back.status_code == 302 and back.headers["Location"] in ("/", site + "/")  # stays on this site
