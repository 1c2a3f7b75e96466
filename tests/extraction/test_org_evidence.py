"""Organisation evidence that holds across municipalities: joint regulations, ministries, a province that
acts, partners after a colon, camel-case names, "X & de Y", acronyms in brackets, nested and bare names.

Every text here is invented; the names are made up.
"""


from sdkg.loaders.extract import extract
from sdkg.loaders.extract.pipeline import Trace

from .conftest import text_doc


def _ex(text: str, trace=None):
    doc = text_doc(text)
    return extract(doc, trace=trace)


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in _ex(text).organisations}


def test_joint_regulation_names_a_public_body_and_nothing_inside_it_is_a_second_one():
    text = ("Gemeente Zwolle werkt samen in verbonden partijen:\n"
            "  • Gemeenschappelijke regeling Streekvervoer Oostland –Zuidrand\n"
            "  • Gemeenschappelijke regeling Gemeentelijke Gezondheidsdienst Friesland (GGD)\n")
    ex = _ex(text)
    orgs = {o.name: o for o in ex.organisations}
    assert orgs["Streekvervoer Oostland –Zuidrand"].kind == "government"
    assert "GGD" in orgs["Gemeentelijke Gezondheidsdienst Friesland"].aliases
    assert "Gezondheidsdienst Friesland" not in orgs  # nested in the longer name
    assert not {i.name for i in ex.initiatives} & {"Regeling Streekvervoer Oostland"}


def test_a_bracketed_acronym_joins_the_name_before_it():
    text = ("In de gemeente Zwolle is de jeugdzorg ondergebracht bij de Veiligheidsregio Noordkust (VRNK). "
            "Sinds 2019 voert VRNK ook de inspecties uit.")
    orgs = _orgs(text)
    assert "VRNK" in orgs["Veiligheidsregio Noordkust"]
    assert "VRNK" not in orgs


def test_a_ministry_and_a_province_that_acts_are_organisations():
    text = ("De gemeente Zwolle volgt de richtlijn van de provincie en het programma van het ministerie van "
            "Sociale Zaken en Werkgelegenheid. Wij wonen graag in de provincie.")
    orgs = _orgs(text)
    assert "ministerie van Sociale Zaken en Werkgelegenheid" in orgs
    assert "Provincie" in orgs
    assert "Provincie" not in _orgs("De gemeente Zwolle ligt in de provincie. Het is er mooi.")


def test_partners_after_a_colon_and_camel_case_names():
    text = ("Gemeente Zwolle. Voor de uitvoering krijgen de vier kernpartners: Bibliotheek Oostwold, De Klinkert, "
            "Muziekschool Tervaart en Wijkplein B.V. extra budget. Samen met opMaat maken we afspraken.")
    orgs = _orgs(text)
    assert {"Bibliotheek Oostwold", "De Klinkert", "Wijkplein", "opMaat"} <= set(orgs)


def test_stichting_with_a_sector_word_goes_on_after_en():
    orgs = _orgs("Gemeente Zwolle werkt samen met Stichting Zorg en Veiligheidsnetwerk Noordoever aan de aanpak.")
    assert "Zorg en Veiligheidsnetwerk Noordoever" in orgs
    assert "Zorg" not in orgs


def test_ampersand_joins_one_name_and_an_acronym_takes_its_place_word():
    orgs = _orgs("Gemeente Zwolle. Het project van MEE & de Brug loopt goed. Met TOV Rivierland en de "
                 "Voedselbank verdeelden we pakketten.")
    assert "MEE & de Brug" in orgs and "MEE" not in orgs
    assert "TOV Rivierland" in orgs


def test_an_acronym_before_a_method_word_is_no_organisation():
    orgs = _orgs("Gemeente Zwolle. We werken met de KLM aanpak en de PQR methode in de wijken.")
    assert not {"KLM", "PQR"} & set(orgs)


def test_a_surer_name_inside_a_list_cuts_the_list():
    text = "Gemeente Zwolle. Samen met de zorgcoöperatie Lindewerf en GGD Noordkust zijn we gestart."
    orgs = _orgs(text)
    assert {"Lindewerf", "GGD Noordkust"} <= set(orgs)


def test_bare_ggd_is_the_regional_ggd_and_the_name_before_a_province_is_whole():
    text = ("Gemeente Zwolle werkt met GGD Noordkust.\nDe GGD heeft tot doel de gezondheid te bevorderen. "
            "In de Gemeentelijke Gezondheidsdienst Friesland (GGDF) werken we samen.")
    traces = {"organisations": Trace(), "initiatives": Trace()}
    orgs = {o.name: o.aliases for o in _ex(text, traces).organisations}
    assert "GGD" not in orgs and "GGD" in orgs["GGD Noordkust"]
    assert "Gezondheidsdienst Friesland" not in orgs and "GGDF" in orgs["Gemeentelijke Gezondheidsdienst Friesland"]
    # the name before the province is taken whole, not its last word
    heads = [e[2] for e in traces["organisations"].events if e[1] == "head_word"]
    assert heads == ["Gemeentelijke Gezondheidsdienst Friesland"]


def test_head_word_names_join_and_a_sentence_start_needs_a_verb():
    text = ("Gemeente Zwolle. Bij dit project werkten de Poolse Kerk Sint Anna en de gemeente samen. "
            "Noorderzon Welzijn is in maart gestart met de inloop. Zorg Welzijn\nWonen Welzijn en meer.")
    orgs = _orgs(text)
    assert "Poolse Kerk Sint Anna" in orgs and "Kerk Sint Anna" not in orgs
    assert "Noorderzon Welzijn" in orgs
    assert "Wonen Welzijn" not in orgs  # a sentence start without a verb of its own


def test_a_samenwerkingsverband_keeps_its_acronym_and_region():
    text = ("Gemeente Zwolle. We werken met het Samenwerkingsverband Passend Onderwijs (PO) Veldhoven en de Kempen "
            "aan thuiszitters.")
    orgs = {o.name: o for o in _ex(text).organisations}
    assert "Samenwerkingsverband Passend Onderwijs (PO) Veldhoven en de Kempen" in orgs
    assert orgs["Samenwerkingsverband Passend Onderwijs (PO) Veldhoven en de Kempen"].kind == "education"


def test_whoever_has_staff_or_teams_is_an_organisation():
    text = ("Gemeente Zwolle. De jongeren komen samen met steun van de jongerenwerker van De Uitkijk. "
            "De wijkteams van Buurtkracht voeren de Wmo uit. Medewerkers van de gemeente helpen.")
    orgs = _orgs(text)
    assert {"De Uitkijk", "Buurtkracht"} <= set(orgs)


def test_national_programmes_are_initiatives_not_organisations():
    text = ("Gemeente Zwolle, begroting 2024. Met een IZA, GALA en AZWA zetten we in op preventie. De "
            "hervormingsagenda jeugd en Kansrijke Start geven richting; het Gezond en Actief Leven Akkoord (GALA) "
            "loopt door.")
    ex = _ex(text)
    assert not {"IZA", "GALA", "AZWA"} & {o.name for o in ex.organisations}
    inits = {i.name for i in ex.initiatives}
    assert {"IZA", "AZWA", "Kansrijke Start", "Gezond en Actief Leven Akkoord"} <= inits
    assert "GALA" not in inits  # one item, under its longest form
    assert any(n.lower() == "hervormingsagenda jeugd" for n in inits)


def test_a_one_word_name_joined_to_a_sure_organisation_is_one_too():
    text = ("Gemeente Zwolle. In 2016 is de jeugdgezondheidszorg overgegaan van Tandem naar GGD Noordkust. "
            "Het project van Kompasroos en Stichting Lichtpunt loopt. Met GGD Noordkust en Jeugdzorg praten we.")
    orgs = _orgs(text)
    assert {"Tandem", "Kompasroos"} <= set(orgs)
    assert "Jeugdzorg" not in orgs  # a sector word, not a name


def test_a_lower_case_body_with_an_acronym_in_brackets():
    text = ("Gemeente Zwolle. Voor de inkoop werken de vijf gemeenten met een regionale backoffice (RBZ), die de inkoop "
            "van de jeugdhulp regelt. De aanpak (ABC) werkt.")
    orgs = _orgs(text)
    assert "regionale backoffice" in orgs["RBZ"]
    assert "ABC" not in orgs
