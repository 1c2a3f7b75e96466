"""Figures, thirty-fourth round: a budget table's unit stated on the line under it and its amounts in brackets
as negatives; periods, decades, the marks of a list in a sentence and a policy's challenges are no counts; an
amount's effect word is no label. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures


def _figures(text: str, report_year: int | None = 2024) -> set[tuple[float, int | None, str]]:
    return {(f.value, f.year, f.unit) for f in find_figures(text, report_year)}


TABLE = ("Programma Zorg | Begroot voor wijziging 2024 | Begroot na wijziging 2024 | Rekening 2024 | Afwijking |\n"
         "---|---|---|---|---|\n"
         "Baten | 12.300 | 22.400 | 25.900 | 3.500 |\n"
         "Lasten | 59.800 | 72.300 | 74.300 | 2.000 |\n"
         "Saldo | (47.500) | (49.900) | (48.400) | 1.500 |\n"
         "Bedragen x 1.000 |\n"
         "Wat hebben we bereikt.\n")


def test_a_budget_table_with_its_unit_on_the_line_under_it_and_negatives_in_brackets():
    figs = _figures(TABLE)
    assert {(25900000.0, 2024, "EUR"), (74300000.0, 2024, "EUR"), (-48400000.0, 2024, "EUR")} <= figs
    assert not {f for f in figs if f[2] == "count"}


def test_a_count_table_with_brackets_keeps_its_numbers_as_written():
    text = ("Indicator | 2022 | 2023 |\n---|---|---|\nDeelnemers (aantal) | 120 | 140 |\n")
    assert (140.0, 2023, "count") in _figures(text)


@pytest.mark.parametrize("text", [
    "Het aantal ouderen in het dorp verdubbelt naar verwachting de komende 20 jaar.",
    "De wijkraad blikt in het verslag terug op de afgelopen vier jaar.",
    "De flats aan de rand van het dorp zijn in de jaren ’70 gebouwd.",
    "De aanpak rust op (1) vroeg signaleren, (2) snel handelen en (3) samen "
    "evalueren.",
    "Voor het zwembad zien we vier uitdagingen, waarvan de energieprijs de grootste is.",
    "Het verschil zit in de specialistische jeugdhulp 18- (zie de toelichting bij dat taakveld).",
], ids=["coming years", "past years", "decade", "list marks in a sentence", "challenges", "age bound 18-"])
def test_numbers_that_count_nothing(text):
    assert not find_figures(text, 2024)


def test_a_count_in_brackets_after_a_noun_stays_a_figure():
    assert (3.0, 2024, "count") in _figures("Dit jaar openden we nieuwe buurthuizen (3) en een inloop.")


def test_an_amounts_effect_word_is_no_label_and_its_sign_is_the_texts():
    figs = find_figures("Programma Cultuur\n\nBibliotheek                         € 14.000 nadelig\n"
                        "Muziekschool, nieuwe huur (XY-regeling)           € 33.000 nadelig\n"
                        "Kunstroute                          € 11.000 voordelig\nDit saldo komt uit de reserve.\n", 2021)
    labels = {f.value: f.label for f in figs}
    assert labels.get(14000.0) == "Bibliotheek" and labels.get(11000.0) == "Kunstroute"
    assert labels.get(33000.0) == "Muziekschool, nieuwe huur (XY-regeling)"


def test_a_negative_amount_alone_on_its_line_before_a_cells_bar():
    text = ("Programma Cultuur\n\nBedragen * € 1.000 (- = nadeel, + = voordeel)\n|\nVoorstellen |\n2024 |\n2025 |\n3 |\n"
            "Nieuwe vleugel museum |\n-210 |\n-90 |\n")
    assert (-210000.0, 2024, "EUR") in _figures(text)


def test_a_row_of_years_alone_heads_the_next_table_and_is_no_amount():
    text = ("Cultuur | Begroting | |\n|---|---|---|\nBedragen x €1.000 | 2025 | 2026 |\nLasten | 12.800 | 13.100 |\n"
            "Baten | -2.100 | -2.200 |\nVerloop van de begroting | Begroting |\n|---|---|\n"
            "Bedragen x €1.000 | 2025 |\nStart | 10.700 |\n")
    figs = _figures(text, 2025)
    assert (12800000.0, 2025, "EUR") in figs
    assert not {f for f in figs if f[0] in (2025000.0, 2026000.0)}


def test_a_budget_changes_kind_code_is_no_label():
    text = ("Bedragen x € 1.000\n\nCultuur\nExtra budget voor de kunstroute\nInc\n40\n40\n0\nLagere huur depot\nStr\n"
            "-8\n-8\n-8\n")
    labels = {f.value: f.label for f in find_figures(text, 2023)}
    assert labels and not {v for v in labels.values() if v in ("Inc", "Str")}


@pytest.mark.parametrize("text", [
    "Sport en bewegen vormen de basis van ons beleid (pijler 1). Daarom bouwen we een sporthal.",
    "Gemeente Dalvoorde\n\nWebsite: www.dalvoorde.example\n\n1\n\nInhoudsopgave Voorwoord ...... 3\n",
], ids=["a policy's part by its number", "a page number above the contents"])
def test_more_numbers_that_count_nothing(text):
    assert not [f for f in find_figures(text, 2024) if f.value in (1.0,)]


def test_thousands_written_dzd():
    figs = _figures("Voor 2021 en 2022 vragen we extra budget (resp. €140 dzd en €70 dzd) voor de kunstroute.", 2021)
    assert {140000.0, 70000.0} <= {v for v, _y, u in figs if u == "EUR"}


@pytest.mark.parametrize("text", [
    "Het gaat om de dagbesteding 18+ en de dagbesteding 18-.",
    "Zij staan op trede 5 of 6 van de ladder naar werk.",
], ids=["age bound before a full stop", "rungs of a ladder"])
def test_still_more_numbers_that_count_nothing(text):
    assert not find_figures(text, 2024)


def test_a_contents_list_in_capitals_with_titles_and_pages_run_together():
    text = ("PROGRAMMABEGROTING 2025\n\nINHOUDSOPGAVE\n\nVoorwoord 3\n\nDeel 1: Programma's 7\n\nBestuur 8 Cultuur 11 Zorg 15 "
            "Sport 20 Wonen 25 Groen 28 Onderwijs 35\n\nA. Heffingen 73 B. Reserves 73 C. Gebouwen 92 D. Leningen 98\n\n"
            "Overzicht van baten en lasten 125 Meerjarenraming 137\n\npagina 2\n\nVOORWOORD\n\nHierbij bieden wij u de "
            "begroting aan. Dit jaar openden we 4 nieuwe buurthuizen.\n")
    assert {v for v, _y, _u in _figures(text, 2025)} == {4.0}
