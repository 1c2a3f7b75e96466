"""Initiative steps that hold across reports: merging by shared words, topics cut in two, lists of domains.

Every text here is invented.
"""


from sdkg.loaders.extract import extract

from .conftest import text_doc


def _inits(text: str) -> set[str]:
    doc = text_doc(text)
    return {i.name for i in extract(doc).initiatives}


def test_a_short_item_does_not_swallow_longer_titles_that_share_one_word():
    text = ("Gemeente Zwolle, jaarverslag 2022. Het programma Wonen richt zich op de taken.\n\n"
            "De beleidskaders waarop het programma is gebaseerd:\n"
            "- Visie en kaders Wonen en Zorg in de wijk (2014)\n"
            "- Interventieplan Wonen (2018)\n"
            "- Verordening Wonen en Welzijn Zwolle (2022)\n")
    names = _inits(text)
    assert {"Interventieplan Wonen", "Verordening Wonen en Welzijn Zwolle"} <= names


def test_a_type_word_before_a_topic_in_lower_case_is_no_title():
    names = _inits("Gemeente Zwolle. Het programma Sociaal domein omvat al ons werk voor inwoners. De visie Gezonde "
                   "wijken is vastgesteld.")
    assert not {"Programma Sociaal", "Visie Gezonde"} & names


def test_domains_in_a_list_of_words_are_no_initiative_but_listed_covenants_are():
    names = _inits("Gemeente Zwolle. We werken samen op Zorg, Wmo, Vervoer, Jeugd, Passend Onderwijs en Werk. "
                   "Resultaten: Convenant Buurtveiligheid, Convenant Veilige Wijken Oost, Regionaal Kompas Noord.")
    assert "Passend Onderwijs en Werk" not in names
    assert "Convenant Veilige Wijken Oost" in names


def test_a_council_agreement_is_no_initiative():
    assert "Raadsakkoord" not in _inits("Gemeente Zwolle. Dit past bij wat het Raadsakkoord vraagt: te "
                                        "bouwen.")


def test_a_capitalised_noun_after_the_type_word_is_a_title_even_before_a_verb():
    names = _inits("Gemeente Zwolle. Samen met inwoners is het concept Buurtwarenhuis ontstaan. Hier krijgen "
                   "inwoners hulp.")
    assert "Concept Buurtwarenhuis" in names
