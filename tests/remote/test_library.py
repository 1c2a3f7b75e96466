"""The named-query library itself: documented, typed, and its reference page up to date."""

from __future__ import annotations

from pathlib import Path

from sdkg.cli.query_cmd import _list_markdown
from sdkg.sparql.library import library

DOC = Path(__file__).resolve().parents[2] / "docs" / "named-queries.md"


def test_every_query_is_documented_and_typed():
    queries = library()
    assert len(queries) >= 12
    for q in queries.values():
        assert q.title != q.name and len(q.description) > 40, q.name
        for p in q.params:
            assert p.description, (q.name, p.name)
            # pyoxigraph binds only projected variables: every parameter must be a result column
            head = q.sparql.split("WHERE", 1)[0]
            assert f"?{p.name}" in head.split("SELECT", 1)[1], (q.name, p.name)


def test_reference_page_is_current():
    assert DOC.read_text(encoding="utf-8") == _list_markdown()
