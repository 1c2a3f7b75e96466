"""The project's own source files hold no control characters but line breaks and tabs: a backspace or a form feed in
a regular expression's source (a lost backslash of "\\b") matches nothing the author meant."""

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
ALLOWED = {"\n", "\t", "\r"}
SOURCES = sorted(p for pattern in ("*.py", "*.rq", "*.ttl") for p in ROOT.rglob(pattern)
                 if not {".venv", "build", "test-artefacts", "node_modules"} & set(p.relative_to(ROOT).parts))


def test_there_are_sources_to_check():
    assert len(SOURCES) > 50


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_characters(path):
    text = path.read_text(encoding="utf-8")
    bad = [(n, repr(ch)) for n, line in enumerate(text.splitlines(keepends=True), 1) for ch in line
           if (ord(ch) < 32 or ord(ch) == 127) and ch not in ALLOWED]
    assert not bad, f"{path.relative_to(ROOT)}: control characters at lines {bad[:5]}"
