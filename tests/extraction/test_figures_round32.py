"""Figures, thirty-second round: the multiplier above a long table header, and the year a sentence gives its values
by naming its data's year, a time clause or a date right before the value. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures


def _values(text: str, report_year: int | None = 2026) -> dict[float, int | None]:
    return {f.value: f.year for f in find_figures(text, report_year)}


def test_a_multiplier_above_a_header_longer_than_a_line_of_prose():
    text = ("Wat mag het kosten?\n\nBedragen x €1.000\n"
            "Exploitatie Realisatie 2024 Begroting 2025 Begroting 2026 Begroting 2027 Begroting 2028 Begroting 2029\n"
            "Lasten\n3.1 WIJKEN -16.432 -15.210 -15.877 -15.300 -15.100 -15.100\n"
            "3.2 ONDERSTEUNING -22.118 -23.004 -24.560 -24.400 -24.300 -24.300\n")
    got = _values(text)
    assert got.get(-15877000) == 2026
    assert got.get(-24560000) == 2026


@pytest.mark.parametrize(("sentence", "value", "year"), [
    ("Het aantal huishoudens met schulden is (recentste cijfers uit 2022) lager dan gemiddeld, namelijk 214 per "
     "10.000 huishoudens.", 214, 2022),
    ("Volgens de monitor over het jaar 2023 wonen er in de gemeente 1.240 mantelzorgers.", 1240, 2023),
    ("De wachtlijst is korter dan in 2023, toen 87 kinderen wachtten op hulp.", 87, 2023),
    ("Het wijkteam begeleidt op 1 maart 2025 312 huishoudens.", 312, 2025),
], ids=["cijfers uit", "monitor over het jaar", ", toen", "op een datum"])
def test_the_year_a_sentence_gives_its_value(sentence, value, year):
    assert _values(sentence).get(value) == year


def test_a_value_without_a_year_keeps_the_reports():
    assert _values("In de gemeente wonen 12.870 kinderen.").get(12870) == 2026


def test_a_list_of_taakveld_codes_holds_no_figures():
    text = ("Taakvelden\n6.10 Samenkracht en burgerparticipatie | |\n6.711 Huishoudelijke hulp (Wmo) | |\n"
            "6.712 Begeleiding (Wmo) | |\n6.821 Jeugdbescherming | |\n")
    assert not _values(text)


def test_a_number_before_a_name_outside_such_a_list_stays_a_figure():
    assert _values("Deelnemers\n6.250 Bezoekers kwamen naar de markt.\n").get(6250) == 2026


def test_a_table_of_changes_with_a_code_column_and_their_effect():
    text = ("Omschrijving Taakveld 2024 2025 2026 2027 Voor- of nadeel\n"
            "Afwijkingen lasten -3.285.000 -1.065.000 -1.039.000 -897.000 Nadeel\n"
            "Loonindexatie Wmo 6.6 -82.000 -84.000 -86.000 -88.000 Nadeel\n"
            "Indexatie jeugdhulp 6.72a 41.000 41.000 41.000 41.000 Voordeel\n")
    figs = find_figures(text, 2024)
    got = {(f.value, f.year) for f in figs}
    assert (-3285000, 2024) in got and (-82000, 2024) in got and (41000, 2024) in got
    assert not any(f.value in (6.6, 66) for f in figs)
    assert "Loonindexatie Wmo" in {f.label for f in figs}


def test_an_account_table_with_an_amended_budget_and_a_difference_column():
    text = ("Wat mag het kosten?\n\nBedragen x €1.000\nExploitatie Realisatie 2022 Begroting 2023 Raming 2023 (na "
            "wijziging) Realisatie 2023 Verschil 2023\nLasten\nWijkteams -1.511 -1.402 -1.466 -1.498 -32\n"
            "Inkomensregelingen -9.130 -9.200 -9.640 -9.870 -230\nTotaal Lasten -10.641 -10.602 -11.106 -11.368 -262\n")
    got = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert (-1498000, 2023) in got and (-9870000, 2023) in got and (-11368000, 2023) in got
    assert not {v for v, _y in got if v in (-32000, -230000, -262000, -32, -230)}  # no difference is a figure


def test_key_figures_by_the_dates_they_were_taken():
    text = ("Kerngegevens\n\nA. Sociale structuur\n\n31-12-2023\n\n31-12-2022\n\nInwoners\n\nTotaal inwoners\n\n"
            "28.410\n\n28.265\n\n65 en ouder\n\n6.120\n\n5.980\n\nCliënten Wmo\n\n1.204\n\n1.166\n")
    got = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert {(28410, 2023), (6120, 2023), (1204, 2023)} <= got
    assert (28265, 2023) not in got and (1166, 2023) not in got


def test_an_ambition_column_and_shares_named_by_their_label():
    text = ("Indicator\n\nRealisatie\n\n2019\n\nRealisatie\n\n2022\n\nAmbitie\n\n2024\n\n"
            "% inwoners dat zich inzet als vrijwilliger\n\n41\n\n38\n\n45\n\n"
            "% inwoners met overbelaste mantelzorg\n\n12\n\n14\n\n10\n")
    figs = find_figures(text, None)
    got = {(f.value, f.year, f.unit) for f in figs}
    assert {(41, 2019, "percent"), (38, 2022, "percent"), (45, 2024, "percent")} <= got
    assert not any(f.value == 2024 for f in figs)  # the column's year, before a line that opens with "%", is no share


def test_an_aims_tree_printed_as_text():
    text = ("Doelenboom Zorg\n\nZorg--> Ouderen wonen langer thuis--> Lasten2.318\n--> Baten112\n"
            "Inwoners doen mee--> Lasten14.906\n--> Baten0\n")
    figs = {(f.label, f.value, f.year, f.unit) for f in find_figures(text, 2024)}
    assert ("lasten ouderen wonen langer thuis", 2318, 2024, "EUR") in figs
    assert ("baten ouderen wonen langer thuis", 112, 2024, "EUR") in figs
    assert ("lasten inwoners doen mee", 14906, 2024, "EUR") in figs
    assert not any(f[1] == 0 for f in figs)


def test_an_account_table_whose_last_column_is_a_balance():
    text = ("Bedragen x €1.000\nExploitatie Rekening 2022 Primitief 2023 Begroting 2023 Rekening 2023 SALDO 2023\n"
            "Lasten\n6.1 Samenkracht en burgerparticipatie -4.210 -4.480 -4.950 -4.870 80\n"
            "6.3 Inkomensregelingen -12.300 -12.010 -12.640 -12.710 -70\n")
    got = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert (-4870000, 2023) in got and (-12710000, 2023) in got
    assert not {v for v, _y in got if abs(v) in (80000, 70000)}


def test_a_contents_list_run_into_one_line_holds_page_numbers_only():
    text = ("2 Inhoud Overzicht 1 : Algemene dekkingsmiddelen 73 Overzicht 2 : Onvoorzien 75 Programma 1 : Burger en "
            "bestuur 16 Programma 5 : Sociaal domein 60 Paragraaf 1 : Lokale heffingen 81 Bijlage: overzicht "
            "beleidsindicatoren 131\n\nIn 2024 kregen 412 huishoudens schuldhulp.\n")
    got = _values(text, 2024)
    assert not {73, 75, 16, 60, 81, 131} & set(got)
    assert got.get(412) == 2024


@pytest.mark.parametrize("text", [
    "Gemeente Heuvelstee Postbus 100 9999 ZZ Heuvelstee (0515) 48 90 00 www.heuvelstee.nl\n",
    "Bel het wijkteam op 0513 61 78 20 of mail ons.\n",
    "J a a r s t u k k e n 2 0 2 3\n",
], ids=["a telephone number in brackets", "a telephone number", "a title printed letter by letter"])
def test_no_figures_in_telephone_numbers_and_letter_spaced_titles(text):
    assert not {v for v in _values(text) if v in (48, 90, 61, 78, 20, 2, 0, 3)}


def test_a_copy_sites_page_numbers_before_the_contents():
    assert not _values("Programmabegroting versie: 1 oktober 2023 1 2 Inhoudsopgave\n\nVoorwoord ...... 5\n")
