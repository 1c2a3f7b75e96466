"""The query string and a form-encoded body are decoded by sparql.protocol.query_pairs (C speed)
exactly as werkzeug's parsers would: the same pairs for escapes, `+`, backslashes, invalid escapes and bytes that are
not UTF-8; and a real server answers queries that carry every such character."""

from __future__ import annotations

import random
import urllib.parse

import pytest
import requests
from sdkg.server import SdkgRequest
from sdkg.sparql.protocol import query_pairs
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

TRICKY = [
    b"", b"a", b"a=", b"=b", b"&&a=1&&", b"a=1&a=2", b"q=%41%42+c", b"q=%zz", b"q=%4", b"q=%", b"q=100%25",
    b"q=a\\b", b"q=%5Cx41", b"q=\\x41", b"q=\\\\x41", b"q=%5C%5Cn", b"q=\\n", b"q=%C3%A9", b"q=%C3",
    b"q=%FF%FE", b"q=a%2Bb+c", b"a+b=c%3Dd", b"q=%e2%82%ac", "q=é".encode(), b"q=%0a%0D%09%00",
    b"x=%41&y=%g1&z=%42", b"q=a=b=c", b"q=\\", b"q=%\\x41", b"q=%%41", b"q=\\%41", b"q=%5c%78%34%31",
]


def werkzeug_pairs(raw: bytes) -> list[tuple[str, str]]:
    env = EnvironBuilder().get_environ()
    env["QUERY_STRING"] = raw.decode("latin-1")
    return list(Request(env).args.items(multi=True))


def sdkg_pairs(raw: bytes) -> list[tuple[str, str]]:
    env = EnvironBuilder().get_environ()
    env["QUERY_STRING"] = raw.decode("latin-1")
    return list(SdkgRequest(env).args.items(multi=True))


def werkzeug_form(raw: bytes) -> list[tuple[str, str]]:
    env = EnvironBuilder(method="POST", data=raw, content_type="application/x-www-form-urlencoded").get_environ()
    return list(Request(env).form.items(multi=True))


def sdkg_form(raw: bytes) -> list[tuple[str, str]]:
    env = EnvironBuilder(method="POST", data=raw, content_type="application/x-www-form-urlencoded").get_environ()
    return list(SdkgRequest(env).form.items(multi=True))


def random_strings(n: int) -> list[bytes]:
    alphabet = [b"%", b"2", b"5", b"C", b"c", b"3", b"A", b"9", b"\\", b"x", b"n", b"+", b"=", b"&", b"a", b"F",
                b"g", "é".encode(), b"\xff", b"0"]
    rnd = random.Random(13)
    return [b"".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(n)]


@pytest.mark.parametrize("raw", TRICKY)
def test_the_same_pairs_as_werkzeug(raw):
    try:
        expected = werkzeug_pairs(raw)
    except UnicodeDecodeError:  # werkzeug refuses raw bytes that are not UTF-8; sdkg reads them
        assert query_pairs(raw)
        return
    assert sdkg_pairs(raw) == expected
    if raw.isascii() or raw.decode("utf-8", "ignore").encode() == raw:
        assert sdkg_form(raw) == werkzeug_form(raw)
    assert query_pairs(raw, "werkzeug.url_quote") == urllib.parse.parse_qsl(
        raw.decode(), keep_blank_values=True, errors="werkzeug.url_quote")


def test_the_same_pairs_as_werkzeug_on_random_strings():
    checked = 0
    for raw in random_strings(5000):
        try:
            expected = urllib.parse.parse_qsl(raw.decode(), keep_blank_values=True, errors="werkzeug.url_quote")
        except UnicodeDecodeError:
            continue
        assert query_pairs(raw, "werkzeug.url_quote") == expected, raw
        checked += 1
    assert checked > 1000


def test_a_query_with_every_escape_is_answered_as_sent(data_server):
    # Backslashes, percent signs, plus signs, non-ASCII and control characters inside a string literal:
    # the engine gets exactly the text, so the literal comes back unchanged.
    value = "a\\\\b %41 + é € 100% \\t x"
    query = f'SELECT ?v WHERE {{ BIND("{value}" AS ?v) }}'
    r = requests.get(data_server.endpoint, params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    got = r.json()["results"]["bindings"][0]["v"]["value"]
    assert got == "a\\b %41 + é € 100% \t x"
    # The same query sent with '+' for spaces (form encoding) and lower-case escapes.
    qs = urllib.parse.quote_plus(query).replace("%5C", "%5c")
    r = requests.get(f"{data_server.endpoint}?query={qs}", headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["results"]["bindings"][0]["v"]["value"] == got


def test_a_form_body_gives_the_same_pairs_as_werkzeug_on_random_strings():
    checked = 0
    for raw in random_strings(2000):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:  # werkzeug drops the whole form then; sdkg keeps such bytes escaped
            continue
        assert sdkg_form(raw) == werkzeug_form(raw), raw
        checked += 1
    assert checked > 500
    # any other body is werkzeug's to read
    env = EnvironBuilder(method="POST", data={"query": "ASK {}"}).get_environ()  # multipart
    assert SdkgRequest(env).form["query"] == "ASK {}"


def test_a_form_body_is_read_by_query_pairs_not_by_werkzeugs_parser(monkeypatch):
    def refuse(self):
        raise AssertionError("werkzeug's form parser was used")

    monkeypatch.setattr(SdkgRequest, "_load_form_data", refuse)  # Flask overrides werkzeug's own
    env = EnvironBuilder(method="POST", data=b"query=ASK+%7B%7D&format=json",
                         content_type="application/x-www-form-urlencoded").get_environ()
    req = SdkgRequest(env)
    assert req.form["query"] == "ASK {}" and req.values["format"] == "json"
