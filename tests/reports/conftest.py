"""The generated whole-report corpus (bench/corpus.py), read and extracted once per test session."""

import json
from dataclasses import dataclass

import pytest


@dataclass
class Corpus:
    pdf: object  # Path
    gold: dict
    doc: object  # Document
    extraction: object  # Extraction
    json: dict  # extraction.to_json()


@pytest.fixture(scope="session")
def jaarstukken(tmp_path_factory) -> Corpus:
    from sdkg.loaders.extract import extract
    from sdkg.loaders.read import read_document

    from bench.corpus import write_jaarstukken

    pdf, gold = write_jaarstukken(tmp_path_factory.mktemp("corpus"))
    doc = read_document(pdf)
    ex = extract(doc)
    return Corpus(pdf, json.loads(gold.read_text(encoding="utf-8")), doc, ex, ex.to_json())
