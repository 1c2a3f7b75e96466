import hashlib
import json
from pathlib import Path

import pytest
from sdkg.loaders.model import Document

DATA = Path(__file__).resolve().parent / "data"


def text_doc(text: str, source: str = "t.txt", url: str | None = None) -> Document:
    """A plain-text report made from a string, as reading a UTF-8 .txt file gives it."""
    return Document(text=text, source=source, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    media_type="text/plain", source_url=url)


def relation_triples(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every relation extraction finds in a report made from a string."""
    from sdkg.loaders.extract import extract

    return {(r.subject, r.predicate, r.object) for r in extract(text_doc(text)).relations}


def meta_of(text: str, source: str = "t.txt"):
    """What metadata inference gives a report made from a string (read under the file name `source`)."""
    from sdkg.loaders.metadata import infer_meta

    return infer_meta(text_doc(text, source), {})


def document_type_of(text: str, source: str = "t.txt") -> str | None:
    """The document type metadata inference gives a report made from a string (read under the file name `source`)."""
    return meta_of(text, source).document_type


def names_of(text: str, field: str) -> set[str]:
    """The names extraction finds in one field ("organisations", "initiatives", ...) of a report made from a string."""
    from sdkg.loaders.extract import extract

    return {item.name for item in getattr(extract(text_doc(text)), field)}


# A report's opening and its social-domain chapter, around one sentence under test (what the rounds' tests read).
CHAPTER = "Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\n"


def in_chapter(sentence: str, field: str) -> set[str]:
    """The names extraction finds in one field for one sentence of a report's social-domain chapter."""
    return names_of(CHAPTER + sentence + "\n", field)


def orgs_in(sentence: str) -> set[str]:
    """The organisations extraction finds in one sentence of a report's social-domain chapter."""
    return in_chapter(sentence, "organisations")


def initiatives_in(sentence: str) -> set[str]:
    """The initiatives extraction finds in one sentence of a report's social-domain chapter."""
    return in_chapter(sentence, "initiatives")


def make_doc(path: Path) -> Document:
    return text_doc(path.read_bytes().decode("utf-8"), str(path))


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
