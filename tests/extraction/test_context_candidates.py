"""Organisations known only by their context: the list they stand in, the clause that follows them."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_a_name_before_its_head_word_anchors_a_list():
    # "Kompaan Welzijn" is an organisation by its head word; its siblings in the list are too
    text = ("Gemeente Zwolle, jaarverslag 2022. Er ligt een bouwplan waar alle betrokkenen (de buurt, Zonnedauw, "
            "Kwikstaart, Kompaan Welzijn) naar uitkijken.")
    assert {"Zonnedauw", "Kwikstaart", "Kompaan Welzijn"} <= _orgs(text)


def test_without_a_sure_organisation_a_list_names_none():
    text = ("Gemeente Zwolle, jaarverslag 2022. Er ligt een bouwplan waar alle betrokkenen (de buurt, Zonnedauw, "
            "Kwikstaart, Jeugd & Gezin) naar uitkijken.")
    assert not _orgs(text) & {"Zonnedauw", "Kwikstaart"}


def test_the_last_item_of_an_inline_list_ends_before_its_verb():
    text = ("Gemeente Zwolle, begroting 2024. Vragen over de gemeenschappelijke regelingen Wadlopers, "
            "Recreatieschap Holterberg en Regionaal Archief Salland kunnen tot 1 februari gesteld worden.")
    orgs = _orgs(text)
    assert {"Wadlopers", "Recreatieschap Holterberg", "Regionaal Archief Salland"} <= orgs
    assert not any("kunnen" in o for o in orgs)
