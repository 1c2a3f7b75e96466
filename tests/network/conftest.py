"""Fixtures of the network tests: the hand-made toy store (answers known by heart, see toy.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from toy import toy_store  # noqa: E402


@pytest.fixture(scope="module")
def toy_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("toy") / "db"
    toy_store(path).close()
    return path


@pytest.fixture(scope="module")
def toy(toy_path):
    from sdkg.graph.store import OxigraphStore

    return OxigraphStore(toy_path, read_only=True)


@pytest.fixture(scope="module")
def corpus(toy):
    from sdkg.graph.network import Corpus

    return Corpus.load(toy)
