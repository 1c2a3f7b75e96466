import hashlib
import json
from pathlib import Path

import pytest
from sdkg.loaders.model import Document

DATA = Path(__file__).resolve().parent / "data"


def make_doc(path: Path) -> Document:
    data = path.read_bytes()
    return Document(text=data.decode("utf-8"), source=str(path), sha256=hashlib.sha256(data).hexdigest(),
                    media_type="text/plain")


@pytest.fixture(scope="session")
def seed_extractions(seed_paths):
    from sdkg.loaders.extract import extract

    return {p.name: extract(make_doc(p)) for p in seed_paths}


@pytest.fixture(scope="session")
def own_paths() -> list[Path]:
    return sorted(DATA.glob("*.txt"))


@pytest.fixture(scope="session")
def own_golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.json"))]


@pytest.fixture(scope="session")
def own_extractions(own_paths):
    from sdkg.loaders.extract import extract

    return {p.name: extract(make_doc(p)) for p in own_paths}
