"""Shared fixtures: the seed reports and gold files live in ../shared beside the checkout."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("SDKG_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
REFERENCE = SHARED / "reference"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5, f"expected the five seed reports in {SEEDS}"
    return paths


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    """Gold annotations keyed by the seed file name."""
    return {json.loads(p.read_text())["source_file"]: json.loads(p.read_text()) for p in GOLD.glob("0*.json")}


CHROMIUM = "/usr/bin/chromium"  # Debian's chromium; `make test` installs it


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (driven by Playwright) for every page test."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make system-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()
