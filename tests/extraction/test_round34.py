"""Organisations, thirty-fourth round: a short form in brackets with a hyphen or a place, and a short form found
on its own inside it; a legal form before a name cut at its "en"; bodies named in brackets after a plural of bodies;
the Veiligheidshuis written as a name; a body named by its form and what it joins; the joint body of a group of
municipalities; a short form with the place after its bracket.
The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract import extract

from .conftest import CHAPTER, initiatives_in, orgs_in, text_doc


def _orgs(sentence: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extract(text_doc(CHAPTER + sentence + "\n")).organisations}


def test_a_short_form_with_a_hyphen_in_brackets_is_an_alias_and_takes_the_bare_acronym_in_it():
    orgs = _orgs("Voor de consultaties is de Gemeentelijke Gezondheidsdienst Regio Dalvoorde-Oost (GGD-DO) ons vaste "
                 "adres.")
    assert set(orgs) == {"Gemeentelijke Gezondheidsdienst Regio Dalvoorde-Oost"}
    assert "GGD-DO" in orgs["Gemeentelijke Gezondheidsdienst Regio Dalvoorde-Oost"]


def test_a_legal_form_opens_the_name_its_en_would_cut_and_the_bracket_repeats_its_place():
    orgs = _orgs("Sinds maart zit Stichting Centrum voor Jeugd en Gezin Dalvoorde (CJG Dalvoorde) in het dorpshuis.")
    assert set(orgs) == {"Centrum voor Jeugd en Gezin Dalvoorde"}
    assert {"Stichting Centrum voor Jeugd en Gezin Dalvoorde", "CJG Dalvoorde"} <= set(
        orgs["Centrum voor Jeugd en Gezin Dalvoorde"])


def test_an_acronym_and_place_in_brackets_that_do_not_spell_the_name_are_no_alias():
    orgs = _orgs("Sinds maart zit het Centrum voor Jeugd en Gezin Dalvoorde (GGD Dalvoorde) in het dorpshuis.")
    assert "GGD Dalvoorde" not in orgs.get("Centrum voor Jeugd en Gezin Dalvoorde", [])


@pytest.mark.parametrize("sentence", [
    "De taken liggen bij twee uitvoeringsorganisaties (GRDV en LindePlus) en bij de vrijwilligers van het "
    "dorp.",
    "Daarbij helpen de partners (GRDV, LindePlus) ons.",
], ids=["uitvoeringsorganisaties (A en B)", "partners (A, B)"])
def test_names_in_brackets_after_a_plural_of_bodies_are_organisations(sentence):
    assert {"GRDV", "LindePlus"} <= orgs_in(sentence)


def test_an_acronym_in_brackets_after_a_plan_stays_no_body():
    assert "RAPW" not in orgs_in("Het plan (RAPW) loopt tot 2026.")


@pytest.mark.parametrize(("sentence", "found"), [
    ("Bij zorgen over geweld schakelen de wijkteams het Veiligheidshuis in.", True),
    ("Het veiligheidshuis is een netwerk van partners.", False),
], ids=["capitalised", "lower case"])
def test_the_veiligheidshuis_is_a_body_when_written_as_a_name(sentence, found):
    assert ("Veiligheidshuis" in orgs_in(sentence)) is found


def test_the_ggd_written_out_in_lower_case_takes_the_bare_acronym_later():
    orgs = _orgs("Het grootste deel gaat naar de gemeenschappelijke gezondheidsdienst Dalvoorde. Ouders vinden de "
                 "consultaties bij de GGD.")
    assert set(orgs) == {"gemeenschappelijke gezondheidsdienst Dalvoorde"}
    assert "GGD" in orgs["gemeenschappelijke gezondheidsdienst Dalvoorde"]


@pytest.mark.parametrize(("sentence", "name"), [
    ("De buurtkamer wordt beheerd door stichting de Linde.", "de Linde"),
    ("Het speelhuis draait dankzij stichting het Anker.", "het Anker"),
], ids=["de", "het"])
def test_a_lower_case_legal_form_and_an_article_open_a_name(sentence, name):
    assert name in orgs_in(sentence)


def test_a_body_named_only_inside_a_quoted_plan_title_is_part_of_the_title():
    text = "In het ‘Plan voor een Fitte Regio Rivierenland’ staan de afspraken over sport."
    assert "Regio Rivierenland" not in orgs_in(text)


def test_a_body_named_inside_a_quoted_title_and_on_its_own_stays():
    text = "In het ‘Actieplan van Welzijn Dalvoorde’ staan de afspraken. Welzijn Dalvoorde coördineert het."
    assert "Welzijn Dalvoorde" in orgs_in(text)


POLICY_LIST = ("Kaderstellende beleidsnota's\n\n"
               " • Nota mantelzorg “Zorgen voor elkaar in Dalvoorde” (BBV 123456 december 2016);\n"
               " • Visie “Spelen in de buurt – ruimte voor ieder kind” (BBV 654321 november 2016);\n"
               " • Nota Kaders ‘’Sporthallen op orde 2012’’ (BBV 111222 oktober 2012).\n")


def test_a_listed_document_with_a_quoted_title_is_named_by_the_title_without_its_file_number_and_date():
    inits = initiatives_in(POLICY_LIST)
    assert {"Zorgen voor elkaar in Dalvoorde", "Spelen in de buurt – ruimte voor ieder kind",
            "Sporthallen op orde 2012"} <= inits
    assert not {i for i in inits if "BBV" in i or i.startswith(("Visie", "Nota"))}


def test_a_list_announced_as_programme_lines_after_themes_is_read():
    text = ("Binnen het programma Samen Dalvoorde hebben we deze thema's over de volgende drie programmalijnen verdeeld:"
            "\n\n • Iedereen Doet Mee\n • Gezond Opgroeien\n • Sterke Buurten\n")
    assert {"Iedereen Doet Mee", "Gezond Opgroeien", "Sterke Buurten"} <= initiatives_in(text)


def test_a_list_announced_as_themes_is_still_no_list_of_initiatives():
    text = "Dit jaar werken we aan de volgende thema's:\n\n • Gezond Leven\n • Samen Wonen\n"
    assert not {"Gezond Leven", "Samen Wonen"} & initiatives_in(text)


def test_a_year_in_a_listed_documents_title_is_not_the_reports_year():
    from sdkg.loaders.metadata import infer_meta

    text = ("Programma Zorg\n\nWat willen we bereiken\n\nKaders\n\n  • Regionale agenda jeugd 2021-2026\n"
            "  • Kadernota Zorg Dichtbij 2017-2030, deel II\n  • Nota sportaccommodaties\n")
    assert infer_meta(text_doc(text)).year != 2017


def test_a_framework_notes_own_title_still_dates_it():
    from sdkg.loaders.metadata import infer_meta

    text = "Kadernota Sociaal Domein 2019-2022\n\nIn deze kadernota schetsen we de koers voor de komende jaren.\n"
    assert infer_meta(text_doc(text)).year == 2019


def test_names_after_initiatives_zoals_are_initiatives():
    inits = initiatives_in("Dit jaar kregen kleinere initiatieven zoals Lindeweide Left en Zonnewind "
                           "een startbudget.")
    assert {"Lindeweide Left", "Zonnewind"} <= inits


@pytest.mark.parametrize(("sentence", "name"), [
    ("Sinds 2024 zijn we lid van de Vereniging van Vestingdorpen.", "Vereniging van Vestingdorpen"),
    ("Het Fonds voor Dorpsparticipatie helpt bij de aanvraag.", "Fonds voor Dorpsparticipatie"),
    ("We zijn lid van de Federatie van Dorpsraden Dalvoorde.", "Federatie van Dorpsraden Dalvoorde"),
    ("Met de Bond van Koren Dalvoorde en Muziekschool Zuid werken we samen.", "Bond van Koren Dalvoorde"),
], ids=["Vereniging van", "Fonds voor", "Federatie van", "ends before en"])
def test_a_body_named_by_its_form_and_what_it_joins_is_named_whole(sentence, name):
    assert name in orgs_in(sentence)


def test_a_national_body_keeps_its_register_name_beside_the_form_rule():
    orgs = _orgs("De Vereniging van Nederlandse Gemeenten helpt ons.")
    assert "VNG" in orgs and "Vereniging van Nederlandse Gemeenten" in orgs["VNG"]


def test_the_joint_body_of_a_group_of_municipalities_is_an_organisation():
    text = ("Partners: de vijf gemeenten en Gemeenschappelijke Regeling (GR) Lindegemeenten. Die Gemeenschappelijke "
            "Regeling (GR) Lindegemeenten int de belastingen voor alle vijf Lindegemeenten.")
    assert "Lindegemeenten" in orgs_in(text)


def test_a_group_of_municipalities_alone_is_still_no_body():
    assert "Lindegemeenten" not in orgs_in("De vijf Lindegemeenten werken samen aan de jeugdhulp.")


def test_an_acronym_after_en_of_beside_a_body_by_its_head_word_is_a_body():
    text = "De buurtteams vallen onder Dalwijk Welzijn en/of HOOK, afhankelijk van de wijk."
    assert {"Dalwijk Welzijn", "HOOK"} <= orgs_in(text)


def test_a_figures_source_document_does_not_type_the_report():
    from sdkg.loaders.metadata import infer_meta

    text = ("Mutaties\nbedragen x 1.000\n2023\n2024\nCultuur\nLagere huur muziekschool (o.b.v. "
            "jaarrekening 2021)\nInc\n-12\n-12\n")
    assert infer_meta(text_doc(text)).document_type != "jaarverslag"


def test_a_name_after_an_office_is_a_person_not_an_initiative():
    text = "Verdeling\n\nPortefeuillehouder Van Dalvoorde\n\n  1. Huishoudelijke hulp\n"
    assert "Van Dalvoorde" not in initiatives_in(text)


def test_a_quote_in_a_clause_after_a_type_word_is_no_title():
    text = 'Wij kiezen een visie die "het dorp weer een hart geeft" voor de komende jaren.'
    assert not {i for i in initiatives_in(text) if "een hart" in i}


def test_a_joint_bodys_regulation_of_a_year_is_a_document_beside_the_body():
    text = ("De Gemeenschappelijke Regeling (GR) Lindegemeenten int de belastingen. Het bestuur staat in artikel 3 van "
            "de Gemeenschappelijke regeling Lindegemeenten 2020.")
    assert "Lindegemeenten" in orgs_in(text)
    assert "Gemeenschappelijke regeling Lindegemeenten 2020" in initiatives_in(text)


def test_a_short_form_with_the_place_written_after_the_bracket_is_the_same_body():
    orgs = _orgs("Het Regionaal Serviceteam Zorg (RSZ) Twente is een gemeenschappelijke regeling van de gemeenten. "
                 "De taken van de gemeenschappelijke regeling RSZ Twente gaan over naar de GGD Twente.")
    assert not {n for n in orgs if n.startswith("RSZ")}
    assert any("RSZ Twente" in aliases for aliases in orgs.values())


def test_the_budgets_question_what_it_will_cost_types_a_budget():
    from sdkg.loaders.metadata import infer_meta

    text = ("Cultuur\n\nWat gaat het kosten?\n\nExploitatie (bedragen x 1.000)\n\nRaming na wijziging\n\nLasten\n\n120\n\n"
            "Baten\n\n40\n")
    assert infer_meta(text_doc(text)).document_type == "begroting"


@pytest.mark.parametrize(("sentence", "found"), [
    ("Op 1 april heeft minister van Ermelo de Kamer laten weten dat de invoering wordt uitgesteld.", False),
    ("We werken samen met de gemeente Ermelo aan de invoering.", True),
], ids=["an office and a particle before a surname", "the municipality"])
def test_a_surname_after_an_office_and_a_particle_is_no_municipality(sentence, found):
    from .conftest import in_chapter

    assert ("Ermelo" in in_chapter(sentence, "other_municipalities")) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Sinds dit jaar gebruiken de wijkteams positieve gezondheid als leidraad bij elk gesprek.", True),
    ("Onze sportvisie volgt het gedachtegoed “positieve gezondheid” van het landelijke instituut.", True),
    ("In alle wijken gaat het dit jaar om sport, preventie en positieve gezondheid.", False),
], ids=["worked with", "quoted concept", "a theme among themes"])
def test_the_method_positieve_gezondheid_by_its_plain_name(sentence, found):
    assert bool({i for i in initiatives_in(sentence) if i.lower() == "positieve gezondheid"}) is found


@pytest.mark.parametrize(("name", "kept"), [
    ("Positieve gezondheid", "Positieve gezondheid"),
    ("Wijkplan Noord gebied", "Wijkplan Noord gebied"),
    ("Sportakkoord Dalvoorde gesloten", "Sportakkoord Dalvoorde"),
], ids=["a noun in -heid", "a noun in -ied", "a participle"])
def test_a_names_last_word_is_cut_as_a_participle_only_when_it_is_one(name, kept):
    from sdkg.loaders.extract.initiatives import _icand

    assert _icand(name, 0, len(name), None, 0.9).name == kept


def test_a_demonym_before_regio_names_the_region_not_the_author():
    from sdkg.loaders.metadata import infer_meta

    text = ("Programma Samenleving\n\nWe willen dat bewoners van Ermelo veilig wonen. De samenwerking met partners in "
            "de Zwolse regio is dit jaar versterkt; ook in de Zwolse regio groeit de vraag naar zorg.\n")
    m = infer_meta(text_doc(text))
    assert m.municipality is not None and m.municipality.name == "Ermelo"


def test_dates_heading_a_tables_columns_are_no_news_datelines():
    from sdkg.loaders.metadata import infer_meta

    text = ("Programma Samenleving\n\nWat willen we bereiken?\n\nBeleidsindicatoren\n\nIndicator\n\n1 maart 2025\n\n"
            "1 september 2025\n\nJaar\n\nDalvoorde\n\nRef.\n\nJongeren met jeugdhulp\n\n2024\n\n9,1\n\n9,7\n")
    assert infer_meta(text_doc(text)).document_type != "other"


def test_a_schemes_name_spelled_by_its_acronym_is_no_body():
    assert "Single Information Single Audit" not in orgs_in(
        "De verantwoording volgt de Single Information Single Audit (SISA) van het Rijk.")


def test_neighbourhoods_listed_after_van_de_wijken():
    from .conftest import in_chapter

    names = in_chapter("Sinds de oplevering van de wijken Lindehof, Zonneweide en Beukenrode groeit het dorp snel.",
                       "neighbourhoods")
    assert {"Lindehof", "Zonneweide", "Beukenrode"} <= names
