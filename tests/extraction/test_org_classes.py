"""Organisations on pages of municipalities the rules were not written for: what is never an organisation
(a web page's controls, policy fields, plans, descriptions, regions) and where context names one.
Every sentence here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_a_web_pages_controls_are_no_organisation():
    text = "PDF Opties\n\nGemeente Zwolle, jaarverslag 2022. Met Zonnedauw is afgesproken dat de inloop blijft."
    orgs = _orgs(text)
    assert "Zonnedauw" in orgs
    assert not any("PDF" in o or "Opties" in o for o in orgs)


def test_a_department_named_by_policy_fields_is_no_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2022. De medewerkers van Werk en Inkomen zijn verhuisd naar het "
            "stadskantoor; de consulenten van Zorg en Welzijn ook.")
    orgs = _orgs(text)
    assert not orgs & {"Werk", "Inkomen", "Werk en Inkomen", "Zorg", "Welzijn", "Zorg en Welzijn"}


def test_a_plan_or_agreement_is_no_organisation_whatever_its_other_words():
    text = ("Gemeente Zwolle, begroting 2024. We sluiten aan bij de Uitvoeringsagenda Welzijn en bij de "
            "Vechtdal Regiodeal, die inzet op gezondheid. We werken samen met Stadkamer Welzijn.")
    orgs = _orgs(text)
    assert not any("Uitvoeringsagenda" in o or "Regiodeal" in o for o in orgs)
    assert "Stadkamer Welzijn" in orgs


def test_a_described_list_item_is_no_organisation_but_a_joint_body_keeps_its_words():
    text = ("Gemeente Zwolle, jaarverslag 2022. De partners zijn onder meer:\n"
            "- Kraamzorg aangeboden door verloskundigen in de wijk - Consultatiebureau\n"
            "- Gemeenschappelijke regeling sociale recherche Vechtdal\n"
            "- Stichting Zonnedauw\n")
    orgs = _orgs(text)
    assert not any("Kraamzorg" in o for o in orgs)
    assert "Zonnedauw" in orgs


def test_a_register_name_after_lower_case_regio_is_the_region():
    text = ("Gemeente Purmerend, jaarverslag 2022. De gemeenten in de regio Zaanstreek-Waterland maken afspraken "
            "over de zorg.")
    assert "Zaanstreek-Waterland" not in _orgs(text)
