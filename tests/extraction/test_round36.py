"""Thirty-sixth round: a foreword that looks back on its year is an annual report's, whatever other document it
mentions; a "Commissie" label with its value on a later line is no meeting's papers; a team named after its task
and the teams of a working method are no organisations; a title whose quotation the end of the text cut off, and a
street with its building's owner, are no initiatives; a municipality's name opening "X van de Y", and the author's
own buurt of that name after "de buurt", are no other municipality; a few of one word that is no plural are no
figure. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures

from .conftest import document_type_of as _type
from .conftest import in_chapter, initiatives_in, names_of, orgs_in

_SHARES = ("Uitgaven\n\n21,05%\n\n€ 12.400\n\nx € 1.000\n21,05% Complete\n\nInkomsten\n\n6,10%\n\n€ 3.100\n\nx € 1.000\n"
           "6,10% Complete\n\nSaldo\n\n€ -9.300\n\nx € 1.000\n\n")

# (text, the document type it is): what each rule of the round reads, and where it stops
TYPE_CASES = [
    pytest.param(("Voorwoord\n\nMet genoegen blikken wij terug op 2021, een jaar met veel nieuwe plannen. De financiële "
                  "positie van Dalvoorde is gezond en de reserves zijn op peil gebleven. Ook de wijkteams, de bibliotheek "
                  "en de buurthuizen hebben hun werk kunnen doen zoals het bedoeld was. Dat danken we aan de inzet van "
                  "velen.\n\nVooruit\nIn de voorjaarsnota geven we de richting voor de volgende jaren aan.\n"),
                 "jaarverslag", id="a_foreword_looking_back_on_its_year_is_an_annual_report_though_it_names_a_spring_note"),
    pytest.param(("Sociaal domein\n\nDe kosten van de jeugdhulp in Dalvoorde stijgen. In de voorjaarsnota staan de "
                  "maatregelen die dat moeten beperken.\n"),
                 "other", id="a_spring_note_named_in_a_text_without_cues_still_makes_it_other"),
    pytest.param(("Programmabegroting 2024\n\nZorg en Welzijn\n\nProgrammanummer\n\n4\n\nCommissie\n\n \n\nSamenleving\n\n"
                  "Portefeuillehouder\n\nZorg\n\nDalvoorde wil dat elke inwoner meedoet.\n"),
                 "begroting", id="a_committee_label_with_its_value_on_a_later_line_is_no_meeting"),
    pytest.param("Commissie Samenleving\n\nDe commissie bespreekt de stand van zaken rond de jeugdhulp in Dalvoorde.\n",
                 "other", id="a_committee_named_on_a_line_of_its_own_is_a_meetings_papers"),
    pytest.param(_SHARES + "7. Zorg en welzijn\n\nDalvoorde houdt een vangnet in stand voor wie het zelf niet redt.\n",
                 "begroting", id="a_programme_page_with_its_spending_shares_and_no_cue_is_a_budgets"),
    pytest.param(_SHARES + ("7. Zorg en welzijn\n\nWat hebben we bereikt?\nIn 2022 hebben we de wachtlijsten voor "
                           "huishoudelijke hulp weggewerkt.\n"),
                 "jaarverslag", id="a_programme_page_with_its_spending_shares_that_looks_back_stays_an_annual_report"),
    pytest.param(("3. Welke acties voeren we uit binnen het bestaande beleid?\n\nOnze dorpen blijven leefbaar. Inwoners "
                  "helpen elkaar en de gemeente ondersteunt waar dat nodig is.\n"),
                 "begroting", id="the_question_which_actions_we_take_up_is_a_budgets"),
]


@pytest.mark.parametrize("text, want", TYPE_CASES)
def test_the_document_type(text, want):
    assert _type(text) == want


@pytest.mark.parametrize("sentence, name", [
    ("De consulenten van Team Intake Jeugd overleggen elke week met de huisartsen.", "Team Intake Jeugd"),
    ("We versterken de samenwerking tussen de jeugdnetwerken en de Dicht Bij-teams in elke wijk.", "Dicht Bij-teams"),
])
def test_a_team_named_after_its_task_or_working_method_is_no_organisation(sentence, name):
    assert name not in orgs_in(sentence)


def test_a_title_whose_quotation_the_end_of_the_text_cut_off_is_no_initiative():
    text = "Beleidsstukken dit jaar:\n • Notitie \"Samen verder in de zorg voor jonge kinder"
    assert not any(n.startswith("Notitie") or "Samen verder" in n for n in in_chapter(text, "initiatives"))


def test_a_street_and_its_buildings_owner_are_no_initiative():
    sentence = ("Daarnaast is het leegstaande kantoor aan de Molenbeekstraat van Bouwbedrijf Hendriks geschikt gemaakt "
                "voor tijdelijke bewoning.")
    assert not any("Molenbeekstraat" in n for n in initiatives_in(sentence))


def test_a_municipalitys_name_opening_a_name_with_van_de_is_no_other_municipality():
    sentence = "Inwoners ontmoeten elkaar in de Huizen van de Wijk, die de welzijnsstichting beheert."
    assert "Huizen" not in in_chapter(sentence, "other_municipalities")


def test_a_municipality_listed_with_others_still_is_one():
    sentence = "Voor de inkoop van jeugdhulp werken we samen met Huizen en Blaricum."
    assert "Huizen" in in_chapter(sentence, "other_municipalities")


def test_the_authors_own_buurt_of_a_municipalitys_name_after_de_buurt_is_no_other_municipality():
    text = ("Jaarverslag 2023 gemeente Baarn\n\nSociaal domein\n\n"
            "In de buurt Zandvoort is een nieuwe speelplek aangelegd, samen met de bewoners.\n")
    assert "Zandvoort" not in names_of(text, "other_municipalities")


@pytest.mark.parametrize("sentence, value", [
    ("Het motto blijft: 1 gezin, 1 plan, 1 regisseur.", 1.0),
    ("De aanpak kent 3 staat van uitvoering per wijk.", 3.0),
])
def test_a_few_of_one_word_that_is_no_plural_are_no_figure(sentence, value):
    figures = find_figures("Jaarverslag 2022\n" + sentence + "\n", 2022)
    assert value not in {f.value for f in figures if f.unit == "count"}


def test_a_few_of_a_plural_are_a_figure():
    figures = find_figures("Jaarverslag 2022\nIn 2022 zijn 3 scholen gestart met de gezonde schoolkantine.\n", 2022)
    assert 3.0 in {f.value for f in figures if f.unit == "count"}


def test_a_wijk_named_after_its_town_and_a_part_is_found_by_the_part():
    """CBS names it "Wijk 03 Nijmegen-Oud-West"; a report of Nijmegen writes "Oud-West"."""
    text = "Jaarverslag 2023 gemeente Nijmegen\n\nDe buurtsportcoach is in Oud-West gestart met een nieuw aanbod.\n"
    assert "Oud-West" in names_of(text, "neighbourhoods")


def test_the_part_is_no_neighbourhood_of_a_town_without_such_a_wijk():
    text = "Jaarverslag 2023 gemeente Meppel\n\nDe buurtsportcoach is in Oud-West gestart met een nieuw aanbod.\n"
    assert "Oud-West" not in names_of(text, "neighbourhoods")


def _amounts(text: str) -> set[float]:
    return {f.value for f in find_figures(text, 2022) if f.unit == "EUR"}


def test_an_amount_with_a_euro_sign_under_bare_cells_in_thousands_is_written_in_full():
    text = ("Productgroep Dagbesteding\n\nBedragen x € 1.000\n\nRekening 2022\n\nBegroting 2022\n\nLasten\n\n12.480\n\nN\n\n"
            "11.950\n\nN\n\nBaten\n\n1.210\n\nV\n\n1.100\n\nV\n\n"
            "Vervoer naar de dagbesteding   € 215.000 V\nVoorstel tot bestemming   € 215.000 N\n")
    amounts = _amounts(text)
    assert 215000.0 in amounts and 215000000.0 not in amounts
    assert 12480000.0 in amounts


def test_cells_that_carry_a_euro_sign_from_the_first_row_are_in_the_tables_unit():
    text = ("Lasten en baten\n\nBedragen x € 1.000\n\nRekening 2022\n\nLasten   € 12.480\nBaten   € 1.210\n"
            "Saldo   € 11.270\n")
    amounts = _amounts(text)
    assert 12480000.0 in amounts and 12480.0 not in amounts


_INDICATORS = ("Basisset beleidsindicatoren\n\nomschrijving\n\nbron\n\neenheid\n\nperiode\n\nDalvoorde\n\nNederland\n\n"
               "Banen\n\nLISA\n\nPer 1.000 van 15-74 jaar\n\n2019\n\n512,4\n\n780,2\n\n"
               "Leerlingen die voortijdig stoppen\n\nDUO\n\n% van de leerlingen\n\n2018\n\n1,35\n\n1,40\n")


def test_an_indicator_row_one_cell_a_line_dates_its_value_by_its_period_cell():
    figures = {f.value: f for f in find_figures(_INDICATORS, 2022)}
    assert figures[512.4].year == 2019 and figures[512.4].unit == "count"
    assert figures[1.35].year == 2018 and figures[1.35].unit == "percent"


def test_a_year_under_a_year_is_a_column_header_not_a_period_cell():
    from sdkg.loaders.extract.figures import _period_cell_above

    text = "Aantal meldingen\n\n2021\n\n2022\n\n140\n\n165\n"
    assert _period_cell_above(text, text.index("140")) is None
    indicators = _INDICATORS.index("512,4")
    assert _period_cell_above(_INDICATORS, indicators) == (2019, "Per 1.000 van 15-74 jaar")


def test_the_bounds_of_a_size_class_are_no_counts():
    text = ("Jaarverslag 2021\nDalvoorde scoort beter dan het gemiddelde van de grootteklasse van 20.000 tot 50.000 "
            "inwoners. In 2021 kregen 412 huishoudens bijzondere bijstand.\n")
    assert {f.value for f in find_figures(text, 2021) if f.unit == "count"} == {412.0}


def test_a_country_wide_method_written_in_lower_case_counts_where_it_opens_a_sentence():
    sentence = "Positieve gezondheid vormt de basis van onze aanpak voor een vitale gemeente."
    assert {n.lower() for n in initiatives_in(sentence)} == {"positieve gezondheid"}


def test_a_lower_case_policy_document_with_its_subject_and_years_is_an_initiative():
    sentence = "In maart stelde de raad de beleidsnota vrijwillige inzet 2024-2027 vast."
    assert "beleidsnota vrijwillige inzet 2024-2027" in initiatives_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Het actieplan werd in 2023 aangenomen.",
    "Dat staat in het collegeprogramma samen verder 2022-2026 van dit college.",
    "Beleidsstukken:\n• Samen sterk – visie jeugdbeleid 2021\n",
])
def test_a_verb_a_governing_programme_or_a_subtitle_is_no_dated_document(sentence):
    assert not any(n.endswith(("2023", "2022-2026", "2021")) for n in initiatives_in(sentence))
