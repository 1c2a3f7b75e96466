"""Generalising candidate steps: list context for initiatives, head words and provinces for organisations."""


from sdkg.loaders.extract import extract

from .conftest import text_doc


def _ex(text: str):
    doc = text_doc(text)
    return extract(doc)


def test_items_of_an_announced_list_are_initiatives():
    text = ("Gemeente Zwolle, jaarverslag 2020.\n\nIn 2020 voerden we de volgende projecten uit:\n"
            "  • Samen Sterk in de Wijk;\n  • Buurtkoks aan tafel;\n  • Plan Vitaal Ouder (2019-2022)\n\n"
            "Boodschappen\n- Melk\n- Brood\n")
    names = {i.name for i in _ex(text).initiatives}
    assert {"Samen Sterk in de Wijk", "Buurtkoks aan tafel", "Plan Vitaal Ouder"} <= names
    assert not names & {"Melk", "Brood"}  # a list not announced as projects or policies


def test_head_words_and_provinces_make_organisations():
    text = ("De gemeente Zwolle verleent subsidie. De Bibliotheek Stedendriehoek en Stichting Opmaat werken samen "
            "met Triodos Flevoland en met Kompaan Welzijn aan de taalhuizen.")
    orgs = {o.name for o in _ex(text).organisations}
    assert {"Bibliotheek Stedendriehoek", "Triodos Flevoland", "Kompaan Welzijn"} <= orgs
    inits = {i.name for i in _ex(text).initiatives}
    assert not inits & orgs
