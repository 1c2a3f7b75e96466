"""Thirty-eighth round. The texts are invented for these tests."""

from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc


def _meta(text: str):
    return infer_meta(text_doc(text))


def test_a_municipality_merged_away_long_before_the_texts_year_does_not_write_it():
    # "Zeeland" was a municipality until 1993; in a page of 2021 it is the province, and the subject that opens a
    # sentence with no article ("Goes heeft") is the municipality, though "goes" is a word too.
    text = ("Werk en inkomen 2021\n\nVeel werkgevers in Zeeland zoeken personeel. Goes heeft daarvoor twee "
            "jobcoaches aangesteld.\n")
    meta = _meta(text)
    assert meta.municipality is not None and meta.municipality.name == "Goes", meta.evidence["municipality"]
    # ... a sentence's first word that is no subject stays a word
    assert _meta(text.replace("Goes heeft daarvoor", "Goes is daarvoor")).municipality is None


def test_a_long_gone_municipality_that_alone_is_named_still_writes_the_page():
    # (its page's year may be a target's: the name still decides where nothing else is named)
    meta = _meta("Programmabegroting 2024\n\nZorg en welzijn\n\nLittenseradiel investeert in preventie. We werken samen "
                 "met de huisartsen in de dorpen.\n")
    assert meta.municipality is not None and meta.municipality.name == "Littenseradiel"
