"""Installing sdkg adds one import package, `sdkg`, and the console script; nothing else.

The repository keeps its top-level folders (loaders/, graph/, ...); pyproject.toml maps them
under `sdkg.` at install time. These tests build a real (non-editable) install of the checkout
into an empty target folder and import from it outside the repository.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
TOP_FOLDERS = ["cli", "web", "graph", "loaders", "sparql", "ontology"]


def test_every_python_folder_is_an_installed_subpackage():
    declared = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {"sdkg"} | {
        "sdkg." + ".".join(init.parent.relative_to(ROOT).parts)
        for top in TOP_FOLDERS for init in (ROOT / top).rglob("__init__.py")
    }
    assert found == declared


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--target", str(target), str(ROOT)], check=True, cwd=target)
    return target


def _python(site: Path, code: str) -> subprocess.CompletedProcess:
    # -I would drop PYTHONPATH; -P and a neutral cwd keep the checkout off sys.path.
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-P", "-c", code], cwd=site.parent, env=env,
                          capture_output=True, text=True)


def test_install_adds_only_sdkg(installed):
    names = {p.name for p in installed.iterdir() if not p.name.endswith(".dist-info")}
    assert names <= {"sdkg", "bin"}, names
    assert (installed / "bin" / "sdkg").exists()


def test_sdkg_imports_and_the_old_top_levels_do_not(installed):
    ok = _python(installed, "import sdkg.server, sdkg.cli, sdkg.graph.store, sdkg.loaders.read; "
                            "print(sdkg.server.__file__)")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip().startswith(str(installed))
    for name in [*TOP_FOLDERS, "server"]:
        r = _python(installed, f"import {name}")
        assert r.returncode != 0 and "ModuleNotFoundError" in r.stderr, name


def test_installed_package_carries_its_data(installed):
    pkg = installed / "sdkg"
    for rel in ["ontology/sdkg.ttl", "sparql/queries/partners.rq", "loaders/data/gemeenten.csv",
                "web/templates/base.html", "graph/publish/shapes/dcat-ap-nl-3.0.0/dcat-ap-nl-SHACL.ttl"]:
        assert (pkg / rel).is_file(), rel
    assert any((pkg / "web" / "static").rglob("*.js"))
