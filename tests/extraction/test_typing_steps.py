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


def test_a_national_name_takes_the_place_after_it():
    text = ("Gemeente Zwolle, jaarverslag 2020. Humanitas Bergen op Zoom en VluchtelingenWerk Noord Nederland "
            "begeleiden statushouders; de Voedselbank helpt gezinnen.")
    orgs = {o.name for o in _ex(text).organisations}
    assert {"Humanitas Bergen op Zoom", "VluchtelingenWerk Noord Nederland", "Voedselbank"} <= orgs


def test_a_list_under_a_heading_of_organisations_and_aims_that_are_sentences():
    text = ("Gemeente Zwolle, jaarverslag 2020.\n\nDeelnemende organisaties\n\nEr is een kerngroep gevormd, "
            "bestaande uit:\n\n • Zonnegloed, Beekzicht\n • Stichting Kompasroos\n\nDe volgende projecten:\n"
            " • We zetten in op preventie en vroegsignalering\n • Samen Sterk in de Wijk\n")
    x = _ex(text)
    assert {"Zonnegloed", "Beekzicht", "Kompasroos"} <= {o.name for o in x.organisations}
    inits = {i.name for i in x.initiatives}
    assert "Samen Sterk in de Wijk" in inits and not any(n.startswith("We ") for n in inits)


def test_a_list_that_holds_an_organisation_names_its_siblings():
    text = ("Gemeente Zwolle, jaarverslag 2020. Alle betrokkenen (de buurt, Zonnedauw, Kwikstaart, Jeugd & Gezin, "
            "Stichting Welzijn Oost) kijken uit naar het nieuwe gebouw. Op het programma stonden Zomerfestival, "
            "Stichting Kunstkring, Lichtjesavond en Kerstmarkt.")
    orgs = {o.name for o in _ex(text).organisations}
    assert {"Zonnedauw", "Kwikstaart", "Jeugd & Gezin", "Welzijn Oost"} <= orgs
    assert not orgs & {"Zomerfestival", "Lichtjesavond", "Kerstmarkt"}  # a list that names a festival lists events


def test_the_body_of_a_board_or_budget_and_a_school_with_its_kind():
    text = ("Gemeente Zwolle. Het Algemeen Bestuur van Ravelijn vergaderde; we namen kennis van de "
            "conceptbegroting 2021 van Ravelijn. De OBS De Klimop verhuist; de OBS is te klein.")
    x = _ex(text)
    orgs = {o.name for o in x.organisations}
    assert {"Ravelijn", "OBS De Klimop"} <= orgs and "OBS" not in orgs
    assert not any("Bestuur" in i.name for i in x.initiatives)


def test_a_bare_national_name_is_an_alias_of_its_longer_form():
    text = "Gemeente Zwolle. Veilig Thuis Drenthe kreeg meer meldingen. Veilig Thuis werkt samen met de politie."
    orgs = {o.name: o.aliases for o in _ex(text).organisations}
    assert "Veilig Thuis" not in orgs and "Veilig Thuis" in orgs["Veilig Thuis Drenthe"]
