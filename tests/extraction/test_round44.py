"""Forty-fourth round: a text that looks back on its year with a participle ("Terugkijkend naar 2020"), and an audit
office named before its head word ("De Noorderlandse Rekenkamer"). The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc

_TYPED = [
    pytest.param("Programma Zorg en Welzijn\n\nInleiding\n\nTerugkijkend naar 2020 was het voor de zorg een druk jaar. "
                 "De inkoop van jeugdhulp moest opnieuw en de wachtlijst bij de toegang groeide.\n",
                 "jaarverslag", 2020, id="looking-back-on-its-year-with-a-participle"),
    pytest.param("Sociaal domein\n\nTerugblikkend op het afgelopen jaar zien we dat meer inwoners de weg naar het loket "
                 "weten te vinden.\n", "jaarverslag", None, id="looking-back-on-the-past-year"),
]


@pytest.mark.parametrize(("text", "kind", "year"), _TYPED)
def test_page_type_and_year(text, kind, year):
    meta = infer_meta(text_doc(text))
    assert meta.document_type == kind, meta.evidence["document_type"]
    if year is not None:
        assert meta.year == year, meta.evidence["year"]


@pytest.mark.parametrize("text", [
    pytest.param("De Noorderlandse Rekenkamer bestaat uit drie leden. Zij zijn benoemd door de raden van vier gemeenten.",
                 id="opening-a-sentence-after-its-article"),
    pytest.param("Het onderzoek is gedaan door de Noorderlandse Rekenkamer, op verzoek van de raad.", id="in-a-sentence"),
])
def test_an_audit_office_before_its_head_word_is_a_body(text):
    result = extract(text_doc(text))
    assert "Noorderlandse Rekenkamer" in [o.name for o in result.organisations]
    assert "Noorderlandse Rekenkamer" not in [i.name for i in result.initiatives]
