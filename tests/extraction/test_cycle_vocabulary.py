"""The documents of the planning-and-control cycle are one vocabulary (ontology/doctypes.ttl): every place that tells
a report's kind, a report's year, a page's running title or an undertaking from the paper trail reads the same words.
The texts are invented for these tests."""

import pytest
from sdkg.loaders import reference as ref
from sdkg.loaders.metadata import infer_meta
from sdkg.loaders.model import DOCUMENT_TYPES

from .conftest import initiatives_in, text_doc


def test_the_cycle_is_read_from_the_model():
    kinds = ref.cycle_kinds()
    assert set(kinds) == {"begrotingsdocument", "verantwoording", "tussentijdse-rapportage", "kadernota"}
    assert {k.document_type for k in kinds.values()} <= set(DOCUMENT_TYPES)
    assert kinds["begrotingsdocument"].document_type == "begroting"
    assert "programmarekening" in kinds["verantwoording"].words
    assert "berap" in kinds["tussentijdse-rapportage"].short
    # short forms are whole words only: a caller that matches inside words leaves them out
    assert "berap" not in ref.cycle_words("tussentijdse-rapportage", short=False)
    assert r"tussentijdse\s+rapportage" in ref.cycle_words("tussentijdse-rapportage")


@pytest.mark.parametrize("title", ["Decembernota 2024", "Turap 2024", "Voorjaarsrapportage 2024",
                                   "Kaderbrief 2024"])
def test_a_report_of_the_cycle_that_is_no_budget_or_account_is_other_and_dated_by_its_title(title):
    meta = infer_meta(text_doc(f"{title}\n\nSociaal domein\n\nDe kosten van de jeugdhulp stijgen. In het voorjaar "
                               "van 2024 hebben we de wijkteams versterkt; de kosten van de Wmo blijven gelijk.\n"))
    assert meta.document_type == "other", (title, meta.document_type, meta.evidence["document_type"])
    assert meta.year == 2024, (title, meta.year, meta.evidence["year"])


def test_a_document_of_the_cycle_is_no_initiative():
    found = initiatives_in("In de Decembernota 2025 staan de wijzigingen van het programma Zorg. Het project Samen Sterk "
                           "in Oost loopt door.\n")
    assert not any("decembernota" in n.lower() for n in found), found


def test_the_title_a_document_of_the_cycle_is_given_is_no_initiative():
    # (the account's own motto, quoted after its name, as "de Perspectiefnota 2018 'X'" already was)
    found = initiatives_in("Vastgesteld in de raad van 12 juni: de Programmarekening 2018 ‘Samen verder’.\n")
    assert not found, found
