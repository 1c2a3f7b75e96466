"""The seams stay narrow: nothing above the Store seam asks which class it holds or reaches for
the engine; the store does not import its remote backend; the web layer does not import the CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ABOVE_THE_SEAM = ["web", "sparql", "cli", "graph/publish", "graph/network", "server.py", "settings.py"]
REACHES = re.compile(r"isinstance\([^)]*\b(OxigraphStore|RemoteStore)\b|\.raw\b|\.forward\(")


def _files():
    for entry in ABOVE_THE_SEAM:
        p = ROOT / entry
        yield from ([p] if p.is_file() else p.rglob("*.py"))


def test_no_class_checks_or_engine_reaches_above_the_store_seam():
    found = [f"{p.relative_to(ROOT)}:{i}: {line.strip()}" for p in _files()
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if REACHES.search(line)]
    assert found == []


def test_store_does_not_import_its_remote_backend_and_web_not_the_cli():
    def loaded(modules: str, prefixes: tuple[str, ...]) -> str:
        code = f"import sys, {modules}\nprint(sorted(m for m in sys.modules if m.startswith({prefixes!r})))"
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()

    assert loaded("sdkg.graph.store", ("sdkg.graph.remote",)) == "[]"
    assert loaded("sdkg.server, sdkg.web.api_views, sdkg.web.pages, sdkg.web.lod_views, sdkg.web.network_views, "
                  "sdkg.web.sparql_views", ("sdkg.cli",)) == "[]"
    text = (ROOT / "graph" / "store.py").read_text(encoding="utf-8")
    assert "graph.remote" not in text
