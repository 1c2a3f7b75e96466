"""Initiatives: a type word inside a longer word and a modal verb after a document's name. Invented sentences."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _initiatives(text: str) -> set[str]:
    return {i.name for i in extract(text_doc(text)).initiatives}


def test_a_type_word_inside_a_longer_word_names_nothing():
    text = ("Gemeente Dalfsen, begroting 2026. Wij vertrouwen op de kracht van de buurt. Idealiter vinden mensen zelf "
            "een oplossing. De Woondeal Heuvelstee loopt door.")
    got = _initiatives(text)
    assert not {i for i in got if i.startswith("Ideal")}
    assert "Woondeal Heuvelstee" in got


def test_a_modal_verb_after_a_documents_name_ends_it():
    text = ("Gemeente Ommen, jaarverslag 2021. Het was goed dat we in juni de Kadernota konden voorleggen aan de raad. "
            "De Kadernota Sociaal Domein is vastgesteld.")
    got = _initiatives(text)
    assert not {i for i in got if "voorleggen" in i}


def test_a_heading_in_capitals_that_the_text_writes_in_lower_case_too_is_no_title():
    text = ("Gemeente Beuningen, begroting 2026.\nBijlagen\n\nOmbuigingen bestaand beleid en lokale heffingen\n\n"
            "Ombuigingen Bestaand Beleid\n\nIn 2026 start het project Samen Sterk. We zetten de Huizen van Waarde "
            "voort.\nTransformatie huizen van waarde\n")
    got = _initiatives(text)
    assert not {i for i in got if "Bestaand Beleid" in i}
    assert "Huizen van Waarde" in got  # named mid-sentence: a title, however a heading writes it
