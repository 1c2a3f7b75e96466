"""Figures, thirty-third round: a figure's label must name something, and labels read where a count's noun stands
past a bracket, on the next line of a wrapped sentence, after a list item's mark in a cell of its own, or where a row
names only its total. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures


def _labels(text: str, report_year: int | None = 2024) -> dict[float, str]:
    return {f.value: f.label for f in find_figures(text, report_year)}


@pytest.mark.parametrize("text", [
    "Bekijk de Begroting 2024 - Vooruit met elkaar\n\nof 212\n\nsamenvatting\n\nTekst van de Begroting\n",
    "Bijlagen ...... 88 Begrippen ...... 93 Register ...... 97\n\n5 6 1. Voorwoord\n\nWij werken samen.\n",
    "Begroting 2024\n\n41 12\n\nBegroting 41concept: 3 oktober 2023 1 2 Inhoud\n",
], ids=["page count", "contents page numbers", "numbers above a title"])
def test_a_number_whose_label_names_nothing_is_no_figure(text):
    assert not [f for f in find_figures(text, 2024) if f.label.strip() == "" or not any(c.isalpha() for c in f.label)]


def test_a_bracketed_word_between_a_count_and_its_noun():
    label = _labels("Het team sprak dit jaar ruim 80 (nieuwe) deelnemers aan de taalcursus.").get(80)
    assert label and "deelnemers" in label


def test_a_sentence_wrapped_right_after_its_count():
    text = "In het voorjaar opende het buurthuis. Er zijn 3\nbijeenkomsten gehouden voor ouders.\n"
    assert (_labels(text).get(3) or "").startswith("bijeenkomsten")


def test_a_list_mark_in_a_cell_of_its_own():
    text = "Doelen voor dit jaar: |\n● | In 2024 is 60% van de wijken aangesloten op een wijkteam |\n"
    label = _labels(text).get(60)
    assert label and "wijken" in label


def test_a_row_that_names_only_its_total():
    text = ("Verstrekte subsidies\nBuurthuis De Linde                     €   120.000\n"
            "Totaal                                 € 310.000\n\nToelichting\nDe subsidies zijn verleend.\n")
    assert _labels(text).get(310000) == "Totaal"


def test_a_cell_that_holds_an_amount_and_an_aside_takes_the_heading_above():
    text = "Partners\n\nInzet jongerenwerk\n\n52.300 (plan samen verder)\nDaarbij komt de bijdrage van de regio\n"
    assert _labels(text).get(52300) == "Inzet jongerenwerk (plan samen verder)"


@pytest.mark.parametrize("text", [
    "Jongeren sporten vaker (doel 1).\nOuderen voelen zich minder alleen (doel 2).\n",
    "Speerpunt 3: eenzaamheid voorkomen.\nThema 4 van de visie gaat over wonen.\nScenario 2: scherper ramen.\n",
], ids=["doel N", "speerpunt, thema, scenario"])
def test_the_number_of_an_aim_theme_or_scenario_is_no_figure(text):
    assert not find_figures(text, 2024)


def _years(text: str, report_year: int | None = 2025) -> dict[float, int | None]:
    return {f.value: f.year for f in find_figures(text, report_year)}


@pytest.mark.parametrize(("text", "value", "year"), [
    ("Op 1 maart 2024 volgden 310 cursisten een taaltraject. Hiervan zijn 44 cursisten ouder dan 60.", 44, 2024),
    ("Het gebruik van de voedselbank ligt (cijfers uit 2021) hoger, met 52 gezinnen per 10.000. In Nederland "
     "is dit 38 per 10.000 gezinnen.", 38, 2021),
    ("Uit de jeugdmonitor van het jaar 2022 blijkt dat 640 scholieren sporten. Dit is 71% van alle scholieren.",
     71, 2022),
    ("In 2023 kregen 420 inwoners bijstand. Er wonen 9.870 kinderen in de gemeente. Daarvan groeien 610 kinderen op "
     "in armoede.", 610, 2023),
], ids=["Hiervan", "In Nederland is dit", "Dit is", "through a sentence without a year"])
def test_a_sentence_that_goes_on_about_the_figure_before_takes_its_year(text, value, year):
    assert _years(text).get(value) == year


def test_a_sentence_that_goes_on_after_two_years_keeps_the_reports():
    text = "In 2021 en 2023 kwamen er meldingen bij. Dit is 12% van alle meldingen in de regio."
    assert _years(text).get(12) == 2025


def test_a_sentence_that_opens_otherwise_keeps_the_reports_year():
    assert _years("Op 1 juli 2024 waren er 210 cliënten. Er wonen 9.870 kinderen in de gemeente.").get(9870) == 2025


@pytest.mark.parametrize("text", [
    "Het plan kent vijf kernbegrippen, waaronder eigen kracht en nabijheid.",
    "De nota noemt twee hoofddoelen voor de komende periode.",
    "In de raad heeft partij A negen zetels en partij B vier zetels.",
    "Het team kijkt naar zes leefgebieden van een gezin.",
    "Sinds de 3 decentralisaties werkt de gemeente met wijkteams.",
    "Onder de punten 4 en 5 staat de uitwerking.",
], ids=["kernbegrippen", "hoofddoelen", "zetels", "leefgebieden", "decentralisaties", "punten 2 en 3"])
def test_parts_of_a_policy_a_council_or_the_text_are_no_figures(text):
    assert not find_figures(text, 2024)


@pytest.mark.parametrize("text", [
    "Voorwoord ...... 3 Samenvatting ...... 4 Programma's ...... 9 Paragrafen ...... 40\n",
    "Lees het verslag\n\nof 212\n\nsamenvatting\n",
], ids=["contents run together", "a function word alone"])
def test_a_label_of_dot_leaders_or_a_function_word_alone_names_nothing(text):
    assert not find_figures(text, 2024)


def test_a_label_that_points_back_and_a_total_still_name_something():
    got = _labels("Het aantal kinderen in uitkeringsgezinnen is een indicator. In 2022 was dit 3% in de gemeente.\n"
                  "Subsidies\nBuurthuis                    € 120.000\nTotaal                       € 250.000\n")
    assert 3 in got and got.get(250000) == "Totaal"


def test_a_contents_list_run_into_one_line_holds_no_figures():
    text = ("2 Inhoud 1. Inleiding 4 Leeswijzer 6 2. Programma's 10 Programma 1 Wonen 12 Programma 2 Zorg 30 Programma 3 "
            "Werk 44 Paragrafen 60 Paragraaf financiering 66 Paragraaf grondbeleid 81 Jaarrekening 95 Bijlagen 180\n\n"
            "In 2013 kregen 412 huishoudens bijzondere bijstand.\n")
    assert {f.value for f in find_figures(text, 2013)} == {412}


GROUPED = ("Overzicht taakvelden\n"
           "Taakveld | Begroting primitief | Begroting gewijzigd | Realisatie | Verschil | ||||||||\n"
           "---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
           "Baten | Lasten | Saldo | Baten | Lasten | Saldo | Baten | Lasten | Saldo | Baten | Lasten | Saldo | |\n"
           "6.1 Samenkracht | - | -60 | -60 | 12 | -230 | -218 | - | -190 | -190 | -12 | 40 | 28 |\n"
           "6.2 Wijkteams | - | -1.700 | -1.700 | 50 | -1.720 | -1.670 | 50 | -1.690 | -1.640 | - | 30 | 30 |\n")


def test_a_table_of_amount_groups_gives_each_rows_realised_spending():
    figs = find_figures(GROUPED, 2022)
    assert {(f.value, f.unit, f.year) for f in figs} == {(-190, "EUR", 2022), (-1690, "EUR", 2022)}
    assert any(f.label == "6.2 Wijkteams, lasten (realisatie)" for f in figs)


def test_a_table_of_amount_groups_takes_its_multiplier_and_the_years_of_its_groups():
    text = ("Bedragen x € 1.000\n"
            "Taakveld | Begroting 2023 | Rekening 2023 |\n"
            "Baten | Lasten | Baten | Lasten |\n"
            "6.3 Inkomensregelingen | 9.100 | -15.400 | 9.350 | -15.451 |\n")
    assert {(f.value, f.year) for f in find_figures(text, 2023)} == {(-15451000, 2023)}


def test_contents_entries_joined_by_dashes_hold_page_numbers():
    text = ("Paragrafen: 60 - Lokale heffingen 61 - Financiering 70 - Bedrijfsvoering 74 - Grondbeleid 79 - "
            "Verbonden partijen 83 - Onderhoud kapitaalgoederen 90\n\n"
            "In 2020 ontvingen 233 huishoudens bijzondere bijstand.\n")
    assert {f.value for f in find_figures(text, 2020)} == {233}


def test_a_running_header_page_after_pagina_and_a_bar_is_no_figure():
    text = "Pagina | 7| Begroting 2016\n\nIn 2016 kregen 87 jongeren jeugdhulp.\nPagina | 8| Begroting 2016\n"
    assert {f.value for f in find_figures(text, 2016)} == {87}


def test_a_contents_list_printed_in_columns_holds_page_and_section_numbers():
    text = ("Inhoudsopgave\nDeel A\n1.1\n1.2\n5\nVoorwoord\nOnze gemeente\nDeel B — Verslag\n9\n13\n3.a Programma's\n3.a\n"
            "Wonen en zorg\n3.b.2 Paragraaf 2 — Financiering\n58\nDeel C — Rekening\n70\n\n"
            "Het college legt in dit verslag verantwoording af over het jaar 2013, waarin 412 huishoudens hulp kregen.\n")
    assert {f.value for f in find_figures(text, 2013)} == {412}


def test_a_group_heading_with_a_year_dates_the_rows_under_it_up_to_the_next_heading():
    text = ("Cijfers | Stand |\nBezoekers buurthuis: |\n5.100 |\nRegio Oost 2012: |\n|\n"
            "Cliënten schuldhulp |\n212 |\nJongeren met een startbaan |\n87 |\nGemeente Zeedorp: |\n|\n- Vrijwilligers |\n410 |\n")
    got = _years(text, 2014)
    assert (got.get(212), got.get(87)) == (2012, 2012)
    assert (got.get(5100), got.get(410)) == (2014, 2014)


def test_the_bound_of_an_age_group_is_no_count():
    assert {f.value for f in find_figures("In de wijk wonen 300 inwoners ouder dan 75.", 2025)} == {300}
