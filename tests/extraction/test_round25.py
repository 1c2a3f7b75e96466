"""Constructions of any report, twenty-fifth round: tables and lists of bodies (the verbonden partijen of a begroting),
carrying out a law, clients and buying in, the tasks of a centrumgemeente, names around hyphens, acronyms and places,
and tables printed one cell per line."""

import pytest

from .conftest import names_of
from .conftest import relation_triples as _triples


def _figures(text: str) -> set[tuple]:
    """(value, unit, year) of every figure extraction finds in a report made from a string."""
    from sdkg.loaders.extract import extract

    from .conftest import text_doc

    return {(f.value, f.unit, f.year) for f in extract(text_doc(text)).figures}


PARTIES_TABLE = (
    "Paragraaf verbonden partijen\n\n"
    "Ommen neemt deel aan de volgende verbonden partijen:\n"
    "Rechtsvorm | Verbonden partij | Verbonden programma |\n"
    "Gemeenschappelijke regelingen | Werkvoorziening Heuvelstee-Dalwijk | 1. Sociaal Domein |\n"
    "Modulaire Regeling Sociaal Domein regio Bergstad | 1. Sociaal Domein | |\n"
    "Vervoersorganisatie regio Dalwijk Bergstad | 1. Sociaal Domein | |\n"
    "GO Bergstad City Region | 2. Ruimtelijk Domein\n"
    "Vennootschappen | |\n"
    "Afvalbedrijf Heuvelstee | 2. Ruimtelijk Domein\n"
)


def test_each_row_of_a_verbonden_partijen_column_names_a_body():
    got = names_of("Programmabegroting 2018 gemeente Ommen\n\n" + PARTIES_TABLE, "organisations")
    for name in ("Werkvoorziening Heuvelstee-Dalwijk", "Modulaire Regeling Sociaal Domein regio Bergstad",
                 "Vervoersorganisatie regio Dalwijk Bergstad", "GO Bergstad City Region", "Afvalbedrijf Heuvelstee"):
        assert name in got, (name, got)
    assert not got & {"Vennootschappen", "Sociaal Domein", "Ruimtelijk Domein", "Rechtsvorm"}, got


def test_the_municipality_is_partner_of_each_verbonden_partij_of_its_table():
    got = _triples("Programmabegroting 2018 gemeente Ommen\n\n" + PARTIES_TABLE)
    for name in ("Werkvoorziening Heuvelstee-Dalwijk", "Vervoersorganisatie regio Dalwijk Bergstad"):
        assert (name, "partner_of", "Ommen") in got or ("Ommen", "partner_of", name) in got, (name, got)


def test_a_column_of_subsidy_receivers_names_organisations():
    text = ("Jaarverslag 2022 gemeente Putten\n\nSubsidies sociaal domein\n\n"
            "Subsidieontvanger | Doel | Bedrag |\n"
            "Stichting Heuvelstee Welzijn | ouderenwerk | 120.000 |\n"
            "Dalwijk Thuiszorg | mantelzorgondersteuning | 45.000 |\n"
            "Totaal | | 165.000 |\n")
    got = names_of(text, "organisations")
    assert {"Heuvelstee Welzijn", "Dalwijk Thuiszorg"} <= got, got
    assert "Totaal" not in got


def test_a_column_of_partners_in_a_table_with_bars_on_both_sides():
    # "| Partner | Rol |": the opening bar's empty cell is no column; the partners stand in the first filled one
    text = ("Jaarverslag 2022 gemeente Putten\n\nPartners in dit programma\n\n"
            "| Partner | Rol |\n| --- | --- |\n"
            "| Heuvelstee | jongerenwerk |\n| Kernkracht Dalwijk | maatschappelijk werk |\n")
    got = names_of(text, "organisations")
    assert {"Heuvelstee", "Kernkracht Dalwijk"} <= got, got
    assert not got & {"jongerenwerk", "maatschappelijk werk"}, got


def test_a_table_without_an_organisation_column_names_none_by_its_cells():
    text = ("Jaarverslag 2022 gemeente Putten\n\nIndicatoren\n\n"
            "Indicator | 2021 | 2022 |\n"
            "Jongeren met jeugdhulp | 9,1 | 9,4 |\n"
            "Cliënttevredenheid Wmo | 7,6 | 7,8 |\n")
    assert not names_of(text, "organisations") & {"Jongeren met jeugdhulp", "Cliënttevredenheid Wmo"}


def test_a_company_form_after_an_article_opens_the_name():
    text = ("Programmabegroting 2021 gemeente Ommen\n\nVolgend jaar verkoopt de NV Heuvelstee Waterleidingmaatschappij "
            "haar laatste aandelen.\n")
    assert "Heuvelstee Waterleidingmaatschappij" in names_of(text, "organisations")


def _rels(muni: str, sentence: str) -> set:
    return _triples(f"Jaarverslag 2021 gemeente {muni}\n\n{sentence}\n")


@pytest.mark.parametrize("sentence, org, law", [
    ("De re-integratie van inwoners met een uitkering op grond van de Participatiewet is belegd bij Werkbedrijf "
     "Heuvelstee (WBH).", "Werkbedrijf Heuvelstee", "Participatiewet"),
    ("De schuldhulpverlening op grond van de Wet gemeentelijke schuldhulpverlening is uitbesteed aan Kredietbank "
     "Dalwijk.", "Kredietbank Dalwijk", "Wet gemeentelijke schuldhulpverlening"),
    ("Voor de inburgering onder de Wet inburgering 2021 heeft de gemeente de leerroutes ondergebracht bij "
     "taalaanbieder Heuvelstee Taal B.V.", "Heuvelstee Taal", "Wet inburgering 2021"),
    ("De jeugdgezondheidszorg voor kinderen van 0 tot 18 jaar wordt uitgevoerd door GGD Dalwijk, op grond van de "
     "Wet publieke gezondheid.", "GGD Dalwijk", "Wet publieke gezondheid"),
])
def test_the_organisation_a_service_under_a_law_is_handed_to_works_under_it(sentence, org, law):
    got = _rels("Ommen", sentence)
    assert (org, "under_law", law) in got, got
    assert not {t for t in got if t[1] == "under_law" and t[0] != org}, got


def test_a_service_under_a_law_with_nobody_to_carry_it_stays_under_it():
    got = _rels("Ommen", "De maatwerkvoorzieningen op grond van de Wmo 2015 namen in 2021 toe.")
    assert not {t for t in got if t[1] == "under_law" and t[0] == "Ommen"}, got


def test_an_assignment_of_named_municipalities_makes_each_a_client():
    got = _rels("Ommen", "De re-integratie is belegd bij Werkbedrijf Heuvelstee (WBH), dat hiervoor een opdracht van "
                         "Ommen en Hardenberg heeft.")
    assert {("Werkbedrijf Heuvelstee", "contracted_by", "Ommen"),
            ("Werkbedrijf Heuvelstee", "contracted_by", "Hardenberg")} <= got, got


def test_an_assignment_held_daartoe_of_the_municipality():
    got = _rels("Hattem", "Het jongerenwerk wordt uitgevoerd door Stichting Heuvelstee, die daartoe een opdracht van "
                          "de gemeente heeft.")
    assert ("Heuvelstee", "contracted_by", "Hattem") in got, got


@pytest.mark.parametrize("sentence, services", [
    ("Het welzijnswerk, waaronder het ouderenwerk, het jongerenwerk en de vrijwilligerscentrale, wordt uitgevoerd "
     "door Stichting Heuvelstee.", ("ouderenwerk", "jongerenwerk", "vrijwilligerscentrale")),
    ("Het algemeen maatschappelijk werk, het opbouwwerk en de ondersteuning van mantelzorgers en vrijwilligers zijn "
     "ook in 2019 uitgevoerd door Stichting Heuvelstee.",
     ("algemeen maatschappelijk werk", "opbouwwerk", "ondersteuning van mantelzorgers en vrijwilligers")),
])
def test_each_service_of_a_listed_subject_is_provided(sentence, services):
    got = _rels("Hattem", sentence)
    provided = {o for s, p, o in got if s == "Heuvelstee" and p == "provides"}
    assert set(services) <= provided, got
    assert not any("waaronder" in o or o.endswith(", het opbouwwerk") for o in provided), provided


@pytest.mark.parametrize("sentence, clients", [
    ("De begeleiding in de woningen wordt geleverd door zorgaanbieder Heuvelstee Zorg B.V. in opdracht van Harderwijk.",
     {"Harderwijk"}),
    ("Stichting Heuvelstee Zorg voert in opdracht van de gemeente Ermelo en Putten het jongerenwerk uit.",
     {"Ermelo", "Putten"}),
])
def test_the_municipality_that_gives_the_assignment_is_the_client(sentence, clients):
    got = _rels("Putten", sentence)
    assert {o for s, p, o in got if s == "Heuvelstee Zorg" and p == "contracted_by"} == clients, got
    assert not any(p == "provides" and o in ("Ermelo", "Harderwijk") for s, p, o in got), got


def test_a_short_name_after_a_role_word_and_en_is_another_organisation():
    text = ("Jaarverslag 2021 gemeente Putten\n\nDe cliëntondersteuning wordt geboden door Stichting Dalwijk Kompas "
            "(SDK). In de wijk is, samen met woningcorporatie Heuvelstee en SDK, het project 'Thuis in de Wijk' gestart.\n")
    got = names_of(text, "organisations")
    assert "Heuvelstee" in got and not any(" en SDK" in g for g in got), got


@pytest.mark.parametrize("sentence, org", [
    ("De uitvoering van de Participatiewet is opgedragen aan Werkbedrijf Heuvelstee (WBH).", "Werkbedrijf Heuvelstee"),
    ("Werkbedrijf Heuvelstee (WBH) voerde de Participatiewet uit.", "Werkbedrijf Heuvelstee"),
])
def test_carrying_out_a_law_is_what_the_body_provides(sentence, org):
    got = _rels("Lopik", sentence)
    assert (org, "provides", "uitvoering van de Participatiewet") in got, got
    assert not {t for t in got if t[1] == "provides" and t[2] == "Participatiewet"}, got


def test_a_regions_municipalities_after_its_plural_name_are_partners():
    got = _rels("Lopik", "Voor een aantal van deze taken werkt Lopik samen met de andere Heuvelsteegemeenten Houten, "
                         "IJsselstein, Nieuwegein en Vijfheerenlanden.")
    assert {(m, "partner_of", "Lopik") for m in ("Houten", "IJsselstein", "Nieuwegein", "Vijfheerenlanden")} <= got, got
    text = ("Jaarverslag 2021 gemeente Lopik\n\nVoor een aantal van deze taken werkt Lopik samen met de andere "
            "Heuvelsteegemeenten Houten, IJsselstein en Nieuwegein.\n")
    assert not any("gemeenten" in n for n in names_of(text, "initiatives") | names_of(text, "organisations"))


def test_a_local_branch_is_part_of_the_name():
    text = ("Jaarverslag 2021 gemeente Wijk bij Duurstede\n\nSubsidies:\n"
            "- Humanitas afdeling Heuvelstee (thuisadministratie): € 18.500\n"
            "- De Zonnebloem afdeling Wijk bij Duurstede: € 2.000\n\nHumanitas helpt inwoners met hun administratie.\n")
    got = names_of(text, "organisations")
    assert "Humanitas afdeling Heuvelstee" in got and "De Zonnebloem afdeling Wijk bij Duurstede" in got, got
    assert "Humanitas" not in got, got


def test_two_names_joined_by_en_are_two_organisations():
    text = ("Jaarverslag 2022 gemeente Montfoort\n\nDe hulp wordt geleverd door Thuiszorg Heuvelstee en Hulp aan Huis "
            "Dalwijk West; beide aanbieders hebben een raamovereenkomst met de gemeente.\n")
    got = names_of(text, "organisations")
    assert {"Thuiszorg Heuvelstee", "Hulp aan Huis Dalwijk West"} <= got, got
    assert not any(g.endswith(" en Hulp") for g in got), got


def test_the_bodies_named_after_the_words_verbonden_partijen():
    text = ("Jaarverslag 2017 gemeente Ommen\n\nIn 2017 is gewerkt aan:\n"
            " • een nieuwe kostenverdeling met de Verbonden Partijen GO Regio Heuvelstee Dalwijk en de VGHD.\n")
    assert "GO Regio Heuvelstee Dalwijk" in names_of(text, "organisations")
    assert not any(n.startswith("Verbonden Partijen") for n in names_of(text, "initiatives"))


def test_a_joint_regulation_named_by_its_kind_with_its_short_form():
    text = ("Jaarverslag 2017 gemeente Ommen\n\nDe begroting van de Modulaire Gemeenschappelijke Regeling (MGR) is in "
            "het najaar door de raad besproken.\n")
    assert "Modulaire Gemeenschappelijke Regeling" in names_of(text, "organisations")
    assert "Modulaire Gemeenschappelijke Regeling" not in names_of(text, "initiatives")


def test_a_name_between_heeft_and_meerdere_is_the_subject():
    text = "Jaarverslag 2024 gemeente Ommen\n\nDit voorjaar heeft Heuvelsteewelzijn meerdere taalcafés geopend.\n"
    assert "Heuvelsteewelzijn" in names_of(text, "organisations")


@pytest.mark.parametrize("sentence, service", [
    ("De jeugdhulp is ingekocht via de Serviceorganisatie Jeugd Heuvelstee (SJH).", "inkoop jeugdhulp"),
    ("De specialistische jeugdhulp wordt namens de tien gemeenten in de regio ingekocht door de Serviceorganisatie "
     "Jeugd Heuvelstee (SJH).", "inkoop specialistische jeugdhulp"),
])
def test_the_body_that_buys_in_a_service_provides_its_inkoop(sentence, service):
    got = _rels("Papendrecht", sentence)
    assert ("Serviceorganisatie Jeugd Heuvelstee", "provides", service) in got, got


def test_a_joint_regulations_list_item_names_the_body_with_its_ampersand():
    text = ("Programmabegroting 2023 gemeente Alblasserdam\n\nVerbonden partijen binnen dit programma:\n"
            "- GR Sociaal Domein Heuvelstee (Participatiewet, schuldhulpverlening, Wmo-uitvoering)\n"
            "- GR Dienst Zorg & Jeugd Dalwijk (publieke gezondheid, jeugdgezondheidszorg)\n")
    got = names_of(text, "organisations")
    assert {"Sociaal Domein Heuvelstee", "Dienst Zorg & Jeugd Dalwijk"} <= got, got
    assert not got & {"GR Sociaal Domein Heuvelstee", "Dienst Zorg", "Jeugd Dalwijk"}, got


def test_capitalised_words_the_acronym_after_them_spells_name_a_body():
    text = ("Jaarverslag 2025 gemeente Sliedrecht\n\nHet Sociaal Domein Heuvelstee (SDH), dat namens ons de "
            "Wmo-aanvragen afhandelt, meldde een kortere doorlooptijd. In het team werken medewerkers van de Dienst "
            "Zorg & Jeugd (DZ&J) samen.\n")
    got = names_of(text, "organisations")
    assert {"Sociaal Domein Heuvelstee", "Dienst Zorg & Jeugd"} <= got, got


def test_an_agreement_spelled_by_its_initials_is_no_body():
    text = ("Programmabegroting 2024 gemeente Sliedrecht\n\nVia het Gezond en Actief Leven Akkoord (GALA) ontvangen "
            "we middelen van het Rijk.\n")
    assert "Gezond en Actief Leven Akkoord" not in names_of(text, "organisations")


BODIES_LINE = ("Programmabegroting 2026 gemeente Rhenen\n\nDe specialistische jeugdhulp wordt ingekocht door het Regionaal "
               "Inkoop- en Contractbureau Dalwijk (RICD), dat dit doet voor de acht gemeenten in de regio.\n\n"
               "Verbonden partijen\nWerkbedrijf Heuvel en Dal, GGD regio Bergstad, Regionaal Inkoop- en Contractbureau "
               "Dalwijk en Veiligheidsregio Bergstad (VRB).\n")


def test_a_name_whose_first_word_shares_its_end_with_the_next_is_one():
    got = names_of(BODIES_LINE, "organisations")
    assert "Regionaal Inkoop- en Contractbureau Dalwijk" in got, got
    assert not got & {"Regionaal Inkoop-", "Inkoop-", "Contractbureau Dalwijk", "Inkoop- en Contractbureau Dalwijk"}, got


def test_an_items_own_en_stays_in_a_list_with_commas():
    got = names_of(BODIES_LINE, "organisations")
    assert "Werkbedrijf Heuvel en Dal" in got and "Werkbedrijf Heuvel" not in got, got


def test_the_bodies_a_line_under_verbonden_partijen_lists_are_partners():
    got = _triples(BODIES_LINE)
    for name in ("Werkbedrijf Heuvel en Dal", "GGD regio Bergstad", "Regionaal Inkoop- en Contractbureau Dalwijk",
                 "Veiligheidsregio Bergstad"):
        assert (name, "partner_of", "Rhenen") in got or ("Rhenen", "partner_of", name) in got, (name, got)
    # the contract word inside a name states no contract
    assert not {t for t in got if t[1] == "contracted_by" and t[0] != "Regionaal Inkoop- en Contractbureau Dalwijk"}, got


def test_an_acronym_after_two_names_joined_by_en_is_the_seconds():
    from sdkg.loaders.extract import extract

    from .conftest import text_doc

    text = ("Jaarverslag 2021 gemeente Rhenen\n\nWij werken samen met het Zorgbureau Dalwijk en Veiligheidsregio "
            "Bergstad (VRB).\n")
    aliases = {o.name: set(o.aliases) for o in extract(text_doc(text)).organisations}
    assert "Zorgbureau Dalwijk" in aliases and "VRB" not in aliases["Zorgbureau Dalwijk"], aliases


def test_a_services_acronym_with_its_region_names_the_body():
    text = ("Jaarverslag 2019 gemeente Hengelo\n\nMet ingang van 1 maart verzorgt het CJG Twente het "
            "consultatiebureau in de wijk.\n")
    assert "CJG Twente" in names_of(text, "organisations")
    assert ("CJG Twente", "provides", "consultatiebureau") in _triples(text)


@pytest.mark.parametrize("sentence", [
    "Voor de Wmo-hulpmiddelen ontstaat een nadeel van € 62.000.",
    "Cliënten met een Wmo-maatwerkvoorziening          905     948     981",
])
def test_a_law_compound_in_a_budget_line_or_a_table_row_states_nothing(sentence):
    got = _rels("Montfoort", sentence)
    assert not {t for t in got if t[1] == "under_law"}, got


def test_a_law_compound_a_sentence_says_something_of_is_under_its_law():
    got = _rels("Montfoort", "Het Wmo-vervoer wordt uitgevoerd door Stichting Heuvelstee.")
    assert ("Wmo-vervoer", "under_law", "Wet maatschappelijke ondersteuning 2015") in got, got


def test_van_de_inside_a_name():
    text = "Jaarverslag 2022 gemeente Vijfheerenlanden\n\nStichting Vrienden van de Dalwijkhoeve (ontmoeting): € 9.000\n"
    assert "Vrienden van de Dalwijkhoeve" in names_of(text, "organisations")


@pytest.mark.parametrize("sentence", [
    "De gemeente Utrecht voert als centrumgemeente de maatschappelijke opvang en het beschermd wonen uit.",
    "Voor beschermd wonen en maatschappelijke opvang is Utrecht als centrumgemeente voor de regio verantwoordelijk.",
    "Utrecht is centrumgemeente voor beschermd wonen en maatschappelijke opvang op de Noord-Veluwe.",
])
def test_each_task_of_a_centrumgemeente_is_provided_apart(sentence):
    got = _rels("Montfoort", sentence)
    assert {("Utrecht", "provides", "beschermd wonen"), ("Utrecht", "provides", "maatschappelijke opvang")} <= got, got
    assert not any(" en " in o for s, p, o in got if s == "Utrecht"), got


def test_de_stichting_after_a_semicolon_is_the_foundation_named_before_it():
    got = _rels("Rhenen", "Stichting Welzijn Heuvelstee (WH) is daarin de trekker; de stichting voert het opbouwwerk "
                          "en het jongerenwerk uit.")
    assert {("Welzijn Heuvelstee", "provides", "opbouwwerk"), ("Welzijn Heuvelstee", "provides", "jongerenwerk")} <= got


@pytest.mark.parametrize("sentence, org, services", [
    ("Voor de uitvoering van de gezondheidsmonitor en de jeugdgezondheidszorg is de gemeente aangesloten bij GGD "
     "Dalwijk.", "GGD Dalwijk", {"gezondheidsmonitor", "jeugdgezondheidszorg"}),
    ("Voor de uitvoering van de Participatiewet is de gemeente aangesloten bij de Regionale Sociale Dienst Heuvelstee "
     "(RSDH).", "Regionale Sociale Dienst Heuvelstee", {"uitvoering van de Participatiewet"}),
])
def test_what_the_municipality_joined_a_body_for_the_body_carries_out(sentence, org, services):
    got = _rels("Putten", sentence)
    assert {(org, "provides", s) for s in services} <= got, got


def test_a_second_name_after_en_de_that_a_bodys_head_opens_is_another():
    text = ("Jaarverslag 2025 gemeente Sliedrecht\n\nHet project 'Samen Sterk in Oost', waarin Heuvelstee Welzijn, "
            "Woonvereniging Dalwijk en de Dienst Zorg & Jeugd (DZ&J) samenwerken, loopt volgens planning.\n")
    got = names_of(text, "organisations")
    assert {"Woonvereniging Dalwijk", "Dienst Zorg & Jeugd"} <= got, got
    assert {("Woonvereniging Dalwijk", "partner_of", "Samen Sterk in Oost"),
            ("Dienst Zorg & Jeugd", "partner_of", "Samen Sterk in Oost")} <= _triples(text)


@pytest.mark.parametrize("sentence, orgs, thing", [
    ("Met Woonstichting Dalwijk, Stichting Heuvelstee Welzijn en de wijkagenten wordt in de Hogenkamp de aanpak "
     "'Buurt in Balans' voortgezet.", ("Woonstichting Dalwijk", "Heuvelstee Welzijn"), "Buurt in Balans"),
    ("Met Woonstichting Dalwijk en de GGD regio Bergstad (GGDB) werken we aan het programma ‘Gezond Heuvel’.",
     ("Woonstichting Dalwijk", "GGD regio Bergstad"), "Gezond Heuvel"),
])
def test_those_a_sentence_opens_with_met_are_partners_of_its_initiative(sentence, orgs, thing):
    got = _rels("Hattem", sentence)
    assert {(o, "partner_of", thing) for o in orgs} <= got, got


def test_the_joint_regulations_the_municipality_takes_part_in():
    got = _rels("Zwijndrecht", "Zwijndrecht neemt deel aan de gemeenschappelijke regelingen Sociaal Domein Heuvelstee, "
                               "Dienst Zorg & Jeugd Dalwijk (DZJD) en Bergwerk.")
    assert {("Zwijndrecht", "part_of", b) for b in ("Sociaal Domein Heuvelstee", "Dienst Zorg & Jeugd Dalwijk",
                                                     "Bergwerk")} <= got, got


def test_respectievelijk_pairs_each_amount_with_its_year():
    text = ("Programmabegroting 2021 gemeente Ommen\n\nOnze extra inzet voor het jongerenwerk kost in 2021, 2022 en "
            "2023 respectievelijk €  41.000, € 43.500  en €  12.000. Dit dekken we uit de reserve.\n")
    got = {(v, y) for v, _u, y in _figures(text)}
    assert {(41000, 2021), (43500, 2022), (12000, 2023)} <= got, got


def test_a_duration_in_years_is_of_no_one_year():
    got = _figures("Jaarverslag 2021 gemeente Zwolle\n\nDe looptijd van het project is 1,5 jaar.\n")
    assert (1.5, "years", None) in got, got


def test_the_period_a_statement_spans_is_no_figure():
    # (no gold of the development pages counts "de komende / afgelopen N jaar")
    got = _figures("Jaarverslag 2021 gemeente Zwolle\n\nDe nieuwe aanpak rollen we de komende 1,5 jaar uit.\n")
    assert not got, got


BUDGET_CHANGES = "\n".join([
    "Programma 2 - Zorg", "Mutatie", "2026", "2027", "2028", "2029", "A.", "Lasten",
    "1", "Proef Heuvelstee", "pm", "pm", "pm", "pm",
    "2", "Bijdrage Dalwijk Jeugd", "4", "4", "4", "4",
    "3", "Groei maatwerk Wmo", "-812", "-812", "-905", "-905",
    "4", "Taakstelling inkoop", "0", "0", "250", "250",
    "Totaal", "-808", "-808", "-651", "-651",
    "Alle bedragen in € 1.000.",
    "Toelichting mutaties"]) + "\n"


def test_a_budget_table_one_cell_a_line_with_numbered_rows_and_its_unit_below():
    from sdkg.loaders.extract.figures import find_figures

    got = {(f.label, f.value, f.unit, f.year) for f in find_figures(BUDGET_CHANGES, 2026)}
    assert {("Bijdrage Dalwijk Jeugd", 4000.0, "EUR", 2026), ("Groei maatwerk Wmo", -812000.0, "EUR", 2026),
            ("Groei maatwerk Wmo", -905000.0, "EUR", 2028),
            ("Taakstelling inkoop", 250000.0, "EUR", 2028)} <= got, got
    # the row numbers are no figures; a later year that repeats the amount before it is no figure of its own
    assert not {x for x in got if x[2] == "count"}, got
    assert ("Bijdrage Dalwijk Jeugd", 4000.0, "EUR", 2027) not in got, got


def test_the_pages_own_title_names_its_kind_over_what_it_says_of_other_documents():
    from sdkg.loaders.metadata import infer_meta

    from .conftest import text_doc

    text = ("Begroting 2020\n\nZorg en welzijn\n\nMantelzorg\n\nWe ondersteunen mantelzorgers met respijtzorg.\n"
            "Bereik respijtzorg (zie de jaarrekening 2019)\nWaardering mantelzorgers (zie de jaarrekening 2019)\n"
            "Wachtlijst (zie de jaarrekening 2019)\n")
    assert infer_meta(text_doc(text)).document_type == "begroting"


def test_an_acronym_that_spells_a_names_last_words_ends_the_body_before_them():
    text = ("Begroting 2023 gemeente Ommen\n\nSinds vorig jaar houdt de Bibliotheek Dalwijk Spreekuren Hulp Formulieren "
            "(SHF) in drie kernen.\n")
    got = names_of(text, "organisations")
    assert "Bibliotheek Dalwijk" in got and not any("Spreekuren" in g for g in got), got


def test_an_unlisted_act_of_four_lower_case_words():
    text = ("Begroting 2023 gemeente Ommen\n\nDe gemeente past haar formulieren aan de Wet modernisering elektronisch "
            "bestuurlijk verkeer aan.\n")
    assert "Wet modernisering elektronisch bestuurlijk verkeer" in names_of(text, "laws")


@pytest.mark.parametrize("text, name", [
    ("Vrijwilligers van Stichting Welkom in Woudenberg ondersteunen nieuwkomers als taalmaatje.", "Welkom in Woudenberg"),
    ("De jeugdhulp wordt ingekocht via de Regionale Inkooporganisatie Jeugd Dalwijk.",
     "Regionale Inkooporganisatie Jeugd Dalwijk"),
])
def test_a_foundations_plain_name_with_its_place_and_an_adjective_that_opens_a_name(text, name):
    got = names_of(f"Jaarverslag 2021 gemeente Woudenberg\n\n{text}\n", "organisations")
    assert name in got, got


def test_a_proper_name_before_in_and_a_place_is_the_body_there():
    got = names_of("Jaarverslag 2021 gemeente Woudenberg\n\nStichting Heuvelstee in Woudenberg organiseert taallessen.\n",
                   "organisations")
    assert "Heuvelstee" in got and "Heuvelstee in Woudenberg" not in got, got


def test_the_members_of_a_joint_work_organisation():
    got = _rels("Eemnes", "De uitvoering ligt bij de BEL Combinatie, de gezamenlijke werkorganisatie van Blaricum, Eemnes "
                          "en Laren.")
    assert {(m, "part_of", "BEL Combinatie") for m in ("Blaricum", "Eemnes", "Laren")} <= got, got


@pytest.mark.parametrize("sentence", [
    "De Voedselbank Dalwijk, met uitdeelpunten in Mijdrecht en Abcoude, ontving € 5.000.",
    "Het gaat om Voedselbank Dalwijk, die uitdeelpunten heeft in Mijdrecht en Abcoude.",
])
def test_where_an_organisations_service_points_are(sentence):
    got = _rels("De Ronde Venen", sentence)
    assert {("Voedselbank Dalwijk", "located_in", p) for p in ("Mijdrecht", "Abcoude")} <= got, got


def test_the_organisations_a_team_is_made_of_work_on_it():
    got = _rels("De Ronde Venen", "Het Sociaal Team Heuvelstee is het loket voor inwoners. Het team bestaat uit "
                                  "medewerkers van de gemeente en van Stichting Dalwijk Welzijn (SDW), Buurtzorg Jong "
                                  "Bergstad en Reinaerde.")
    assert {(o, "partner_of", "Sociaal Team Heuvelstee") for o in ("Dalwijk Welzijn", "Buurtzorg Jong Bergstad",
                                                                   "Reinaerde")} <= got, got


@pytest.mark.parametrize("sentence, tasks", [
    ("Beschermd wonen en maatschappelijke opvang worden voor de regio uitgevoerd door centrumgemeente Amersfoort.",
     ("beschermd wonen", "maatschappelijke opvang")),
    ("Voor vrouwenopvang, maatschappelijke opvang en beschermd wonen is De Ronde Venen aangewezen op de "
     "centrumgemeente Amersfoort.", ("vrouwenopvang", "maatschappelijke opvang", "beschermd wonen")),
    ("De regionale taken voor beschermd wonen worden tot en met 2026 uitgevoerd door centrumgemeente Amersfoort.",
     ("beschermd wonen",)),
])
def test_the_tasks_a_centrumgemeente_carries_out_for_the_region(sentence, tasks):
    got = _rels("De Ronde Venen", sentence)
    assert {("Amersfoort", "provides", t) for t in tasks} <= got, got
    assert not any(o.startswith(("regionale taken", "taken")) for s, p, o in got if s == "Amersfoort"), got


def test_deze_organisatie_after_a_semicolon_is_the_one_named_last_before_it():
    got = _rels("Baarn", "Stichting Heuvelstee maakt sinds 2017 deel uit van Stichting Dalwijk Veilig; deze organisatie "
                         "voert ook de jeugdbescherming uit.")
    assert ("Dalwijk Veilig", "provides", "jeugdbescherming") in got, got
    assert ("Heuvelstee", "provides", "jeugdbescherming") not in got, got


@pytest.mark.parametrize("sentence, org, service", [
    ("Ook in 2023 is het welzijnswerk in opdracht van de gemeente uitgevoerd door Stichting Heuvelstee.", "Heuvelstee",
     "welzijnswerk"),
    ("Met ingang van 2022 wordt ook de formulierenbrigade door Stichting Heuvelstee uitgevoerd.", "Heuvelstee",
     "formulierenbrigade"),
    ("De Participatiewet wordt voor Oudewater uitgevoerd door Werkplein Dalwijk.", "Werkplein Dalwijk",
     "uitvoering van de Participatiewet"),
])
def test_what_a_passive_after_a_fronted_phrase_says_an_organisation_does(sentence, org, service):
    assert (org, "provides", service) in _rels("Oudewater", sentence)
