"""The settings object: one source of truth, documented, built once, never via os.environ."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sdkg.settings import SPECS, Settings, SettingsError, env_name, markdown

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ["cli", "graph", "loaders", "sparql", "web", "ontology"]
NOT_SETTINGS = {"SDKG_NS", "SDKG_CONFIG"}  # a namespace constant; the config file's own variable


def _sources():
    yield ROOT / "server.py"
    yield ROOT / "settings.py"
    for d in SOURCE_DIRS:
        yield from (ROOT / d).rglob("*.py")


def test_docs_list_every_setting():
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert doc == markdown(), "docs/settings.md is stale: python -m sdkg.settings --markdown > docs/settings.md"
    for spec in SPECS:
        assert spec.help.strip(), f"{spec.name} has no help line"
        assert f"`{env_name(spec.name)}`" in doc


def test_every_sdkg_variable_in_the_code_is_a_declared_setting():
    declared = {env_name(s.name) for s in SPECS} | NOT_SETTINGS
    used = set()
    for path in _sources():
        used |= set(re.findall(r"\bSDKG_[A-Z_]+\b", path.read_text(encoding="utf-8")))
    assert used - declared == set(), "undeclared settings: add them to sdkg.settings.SPECS"


def test_nothing_writes_or_reads_the_environment_but_settings():
    writes = re.compile(r"os\.environ\s*\[[^]]+\]\s*=|os\.environ\.(update|setdefault)|os\.putenv|execve\(")
    reads = re.compile(r"os\.environ|os\.getenv")
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        assert not writes.search(text), f"{path} writes the environment"
        if path.name != "settings.py":
            assert not reads.search(text), f"{path} reads the environment: take the setting as an argument"


def test_precedence_flags_over_environment_over_file_over_defaults(tmp_path):
    cfg = tmp_path / "sdkg.toml"
    cfg.write_text('max_rows = 5\nquery_timeout = 7\nbase = "https://file.example/"\n'
                   'service_allow = ["https://a.example/sparql"]\n')
    env = {"SDKG_CONFIG": str(cfg), "SDKG_QUERY_TIMEOUT": "3", "SDKG_BASE": "https://env.example/"}
    s = Settings.build({"base": "https://flag.example", "store": None}, environ=env)
    assert s.max_rows == 5  # file
    assert s.query_timeout == 3.0  # environment over file
    assert s.base == "https://flag.example/"  # flag over environment
    assert s.store == "sdkg-data"  # default (a None flag is no flag)
    assert s.service_allow == ["https://a.example/sparql"]
    assert Settings.build(environ={"SDKG_SERVICE_ALLOW": "https://x/sparql, https://y/sparql"}).service_allow == \
        ["https://x/sparql", "https://y/sparql"]


def test_bad_values_are_refused_with_the_setting_named(tmp_path):
    with pytest.raises(SettingsError, match="SDKG_MAX_ROWS: max_rows"):
        Settings.build(environ={"SDKG_MAX_ROWS": "many"})
    cfg = tmp_path / "bad.toml"
    cfg.write_text("max_rowz = 5\n")
    with pytest.raises(SettingsError, match="unknown setting.*max_rowz"):
        Settings.build(config=cfg, environ={})


def test_the_cli_refuses_a_bad_setting_clearly(tmp_path):
    r = subprocess.run([sys.executable, "-m", "sdkg.cli", "stats", "--store", str(tmp_path / "none")],
                       capture_output=True, text=True, env={"SDKG_MAX_ROWS": "lots", "PATH": "/usr/bin:/bin"},
                       cwd=tmp_path)
    assert r.returncode == 2 and "SDKG_MAX_ROWS" in r.stderr and "Traceback" not in r.stderr


def test_settings_reach_the_app_as_arguments(tmp_path):
    """Two apps in one process with different settings each keep their own (no shared environment)."""
    from sdkg.graph.store import OxigraphStore
    from sdkg.server import create_app

    a = create_app(Settings(max_rows=3, base="https://a.example/"), store=OxigraphStore(None))
    b = create_app(Settings(max_rows=9, base="https://b.example/"), store=OxigraphStore(None))
    assert a.extensions["sdkg"]["settings"].max_rows == 3
    assert b.extensions["sdkg"]["settings"].base == "https://b.example/"
    with a.test_request_context("/"):
        from sdkg.web.context import minter

        assert minter().municipality("GM0001").value == "https://a.example/id/gemeente/GM0001"
