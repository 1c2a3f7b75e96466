"""Forty-sixth round: the budget's policy indicators printed one cell a line under a header of their own (perhaps
repeated above every indicator, perhaps two measurements side by side), and the value an indicator row is compared
with; a programme's cost table that has dropped its caption "x € 1.000"; "we hebben" and "zijn wij" with no participle
are told in the present; a list of a plan's themes counted in words from six up; the topic of a body's figures after
its short name. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.metadata import infer_meta

from .conftest import initiatives_in, orgs_in, text_doc


def _cells(*rows: tuple[str, ...]) -> str:
    return "".join(cell + "\n\n" for row in rows for cell in row)


_HEADER = ("Indicator", "Eenheid", "Periode", "Bron", "Zoeterwoude", "Nederland", "10.000 - 25.000 inwoners")


def test_an_indicator_table_one_cell_a_line_under_a_header_repeated_above_every_indicator():
    text = "Beleidsindicatoren\n\n" + _cells(
        _HEADER, ("Werkloze jongeren", "%", "16 t/m 22 jarigen", "2019", "CBS", "0,52", "1,48", "0,97"),
        _HEADER, ("Personen met een bijstandsuitkering", "Aantal per 10.000 inwoners", "2021", "CBS", "143,5",
                  "381,0", "212,4"))
    figs = {(f.value, f.unit, f.year) for f in find_figures(text, 2023)}
    assert figs == {(0.52, "percent", 2019), (143.5, "count", 2021)}, figs  # the municipality's column alone
    labels = {f.label for f in find_figures(text, 2023)}
    assert "Werkloze jongeren (% 16 t/m 22 jarigen)" in labels, labels  # the unit's two lines, and no "22 jarigen"


def test_two_measurements_side_by_side_each_dated_by_its_own_year_cell():
    text = "Indicatoren sociaal domein\n\n" + _cells(
        ("Indicator", "1 april 2022", "1 oktober 2022", "Jaar", "Bunschoten", "Ref.", "Jaar", "Bunschoten", "Ref."),
        ("Banen per 1.000 inwoners (15-64 jaar)", "2020", "702,4", "655,0", "2021", "711,9", "660,2"),
        ("Jongeren met jeugdhulp", "2021", "9,1%"))  # a row the page cuts off
    figs = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert figs == {(702.4, 2020), (711.9, 2021), (9.1, 2021)}, figs


def test_a_table_of_cells_without_a_municipality_column_is_left_to_the_other_readers():
    # "Indicator" over kinds of column that are no place: not read as an indicator table of places (and not lost)
    text = "Indicator\n\nRealisatie 2021\n\nBegroting 2023\n\nAantal deelnemers taalcafé\n\n48\n\n60\n\n"
    as_other = text.replace("Indicator", "Omschrijving", 1)

    def read(t: str) -> set:
        return {(f.value, f.year) for f in find_figures(t, 2023)}
    assert read(text) == read(as_other) and read(text), read(text)


def test_an_indicator_row_a_line_keeps_the_value_it_is_compared_with():
    text = ("Indicator Eenheid Peiljaar Waarde Gemeenten < 25.000\n"
            "Cliënten met een maatwerkarrangement Wmo aantal per 1.000 inwoners 2020 48 61\n"
            "Jongeren met jeugdbescherming % 2021 0,8 1,1\n")
    figs = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert {(48, 2020), (61, 2020), (0.8, 2021), (1.1, 2021)} <= figs, figs
    assert not {f for f in figs if f[0] == 25000}


_COSTS = ("Wat mag het kosten?\n\nSociaal domein\n\nRekening 2022\n\nBegroting 2023\n\nBegroting 2024\n\n"
          "Lasten\n\n{lasten}\n\nBaten\n\n2.104\n\n2.212\n\n2.330\n\n"
          "Toelichting op de verschillen met vorig jaar.\n\nHogere kosten beschermd wonen\n\n45.000\n")


def test_a_cost_table_without_its_unit_is_in_thousands_of_euros_where_its_spending_is_under_a_million():
    figs = {(f.label, f.value, f.year) for f in find_figures(_COSTS.format(lasten="-9.412\n\n-9.650\n\n-9.870"),
                                                            2024)}
    assert ("Lasten", -9870000, 2024) in figs and ("Baten", 2330000, 2024) in figs, figs
    assert 45000 in {v for _l, v, _y in figs}  # the sentence below the table: written out


def test_a_cost_table_whose_spending_is_written_out_keeps_its_amounts():
    figs = {f.value for f in find_figures(_COSTS.format(lasten="-9.412.310\n\n-9.650.000\n\n-9.870.400"), 2024)}
    assert -9870400 in figs and 2330 in figs, figs


_PRESENT = ("Programma 2 Zorg\n\nDaarom zijn wij blij met elke vrijwilliger in de dorpen. "
            "We hebben aandacht voor de druk op mantelzorgers. {more}\n")


@pytest.mark.parametrize("more, kind", [
    pytest.param("In 2026 sluiten we een akkoord met de zorgaanbieders.", "begroting", id="present-and-a-plan"),
    pytest.param("We hebben veertig mantelzorgers een waardering gegeven. In 2025 zijn wij met twee nieuwe "
                 "dagbestedingen gestart.", "jaarverslag", id="a-perfect-with-its-participle-looks-back"),
    pytest.param("Ook hebben we met de scholen, de huisartsen, de wijkverpleging, de bibliotheek en de "
                 "welzijnsstichting in alle dorpen samen een nieuwe aanpak tegen eenzaamheid bedacht. Er is een "
                 "buurtkamer geopend.", "jaarverslag", id="a-participle-at-the-end-of-a-long-clause"),
    pytest.param("Daarbij gaan wij uit van wat bewoners zelf kunnen. Er is een nieuwe buurtkamer geopend en er "
                 "zijn twee cursussen gegeven.", "jaarverslag", id="what-one-assumes-is-no-plan"),
    pytest.param("De nieuwe toegang is uiterlijk eind 2026 ingericht en de subsidies zijn uiterlijk 1 juli 2026 "
                 "verleend.", "begroting", id="deadlines-are-no-look-back"),
])
def test_an_auxiliary_without_a_participle_is_no_past(more, kind):
    assert infer_meta(text_doc(_PRESENT.format(more=more))).document_type == kind


def test_a_plans_themes_counted_from_six_up_are_no_initiatives():
    found = initiatives_in("In 2023 stelde de raad de ouderenvisie ‘Thuis in de Polder’ vast. Daaruit volgen "
                           "projecten en uitvoeringsplannen voor acht thema's:\n\n 1. Wonen met zorg\n"
                           " 2. Samen in de wijk\n 3. Vervoer op maat\n 4. Jong en oud\n 5. Ontmoeten\n"
                           " 6. Zorgvriendelijke woningen\n 7. Dorpsdiensten\n 8. Digitaal meedoen\n")
    assert not found & {"Samen in de wijk", "Vervoer op maat", "Dorpsdiensten", "Digitaal meedoen"}, found
    assert "Thuis in de Polder" in found  # the plan itself is one


@pytest.mark.parametrize("cell, body", [
    pytest.param("RIVM Gezondheid", "RIVM", id="a-topic"),
    pytest.param("UWV Werk-gelegenheid", "UWV", id="a-compound-broken-by-a-hyphen"),
])
def test_the_topic_of_a_bodys_figures_after_its_short_name_is_no_part_of_its_name(cell, body):
    found = orgs_in(f"Bron van de cijfers:\n\n{cell}\n\n2022\n\n14,1\n")
    assert body in found and cell not in found, found


def test_a_capitalised_name_after_a_short_name_stays_one_name():
    assert "GGD Rivierenland" in orgs_in("De GGD Rivierenland voert de jeugdgezondheidszorg uit.")


@pytest.mark.parametrize("sentence, name", [
    pytest.param("Ouders vragen hulp aan op grond van de Verordening jeugdhulp en leerlingenvervoer met de "
                 "nadere regels.", "Verordening jeugdhulp en leerlingenvervoer", id="an-ordinance"),
    pytest.param("Volgend jaar schrijven we een nieuw Beleidsplan armoede en schulden voor de jaren daarna.",
                 "Beleidsplan armoede en schulden", id="a-policy-plan"),
])
def test_a_plan_or_ordinance_its_capital_marks_in_mid_sentence_is_named(sentence, name):
    assert name in initiatives_in(sentence)


def test_an_ordinance_followed_by_its_verb_is_no_name():
    found = initiatives_in("De Verordening regelt wie een vergoeding krijgt; de Verordening biedt ruimte voor maatwerk.")
    assert not {n for n in found if n.startswith("Verordening")}, found


def test_an_acronyms_words_in_brackets_are_its_other_name():
    from sdkg.loaders.extract import extract
    found = extract(text_doc("Programma Zorg\n\nMet de middelen uit het GALA (Gezond Actief Leven Akkoord) "
                             "versterken we de sociale basis.\n")).to_json()["initiatives"]
    assert [("GALA", ["Gezond Actief Leven Akkoord"])] == [(i["name"], i["aliases"]) for i in found], found


def test_a_named_project_ends_before_the_preposition_after_it():
    found = initiatives_in("Vanuit het Maatjesproject naast mantelzorgondersteuning bezoeken vrijwilligers ouderen.")
    assert "Maatjesproject" in found and not {n for n in found if "naast" in n}, found


def test_an_acronyms_words_in_brackets_are_not_cut_into_a_name_of_their_own():
    found = initiatives_in("Met de pilot SAMEN (Senioren Actief Met Elkaar Nu) bereiken we veertig ouderen.")
    assert "Actief Met Elkaar Nu" not in found, found


def test_an_amount_in_thousands_with_a_minus_opening_its_line_is_negative():
    text = "Programma Zorg\n\n8.412.000 Inkomsten\n21.530.000 Uitgaven\n-13.118.000 Saldo\n\n- 3 nieuwe wijkteams\n"
    figs = {f.value for f in find_figures(text, 2024)}
    assert -13118000 in figs and 13118000 not in figs, figs
    assert -3 not in figs  # a list item's dash before a small number is no minus


def test_what_a_change_hangs_together_with_is_no_partner():
    assert not orgs_in("De lagere uitgaven hangen vermoedelijk samen met Corona-19 en de lange wachtlijsten.")
    assert "Buurtwerk Oost" in orgs_in("Samen met Buurtwerk Oost organiseren we een koffieochtend.")


def test_an_indicator_tables_ambition_years_past_its_realisations_are_a_budgets():
    text = ("Programma Zorg\n\nWat willen we bereiken?\n\nIndicator\n\nRealisatie 2019\n\nRealisatie 2021\n\n"
            "Ambitie 2022\n\nAmbitie 2024\n\n% inwoners dat zich gezond voelt\n\n71\n\n74\n\n75\n\n78\n")
    assert infer_meta(text_doc(text)).document_type == "begroting"


def test_a_verb_whose_stem_ends_in_t_is_no_past_plural():
    text = ("Programma 3 Meedoen\n\nDaarbij benutten we de kennis van de buurt. Ook benutten wij de bibliotheek als "
            "ontmoetingsplek en zetten we vrijwilligers in.\n")
    assert infer_meta(text_doc(text)).document_type == "begroting"


def test_the_noun_for_a_dwelling_area_is_no_neighbourhood():
    from sdkg.loaders.extract import extract
    doc = text_doc("Programma Wonen\n\nDe gemeente Oirschot bouwt in de Nieuwbouwwijk bij de kern een woonzorgcomplex. "
                   "Inwoners geven de Veiligheid Woonbuurt een ruime voldoende. Ook de Spoorbuurt krijgt een buurtkamer.\n")
    found = {n.name for n in extract(doc).neighbourhoods}
    assert not found & {"Nieuwbouwwijk", "Woonbuurt"} and "Spoorbuurt" in found, found


def test_a_list_of_key_figures_names_no_initiatives():
    found = initiatives_in("Voor het sociaal domein volgen we de volgende kengetallen:\n- Aantal cliënten Wmo: 812\n"
                           "- Jongeren met jeugdhulp: 9,4%\n- Werkzoekendenpercentage\n")
    assert not found, found


def test_a_budgets_deadline_in_its_year_dates_it():
    meta = infer_meta(text_doc("Programma Zorg\n\nDe nieuwe toegang is uiterlijk eind 2026 ingericht. We gaan de "
                               "wijkteams versterken en de wachttijden verkorten.\n"))
    assert (meta.document_type, meta.year) == ("begroting", 2026), (meta.document_type, meta.year)


def test_the_year_of_the_decentralisations_dates_no_later_report():
    meta = infer_meta(text_doc("Programma Zorg\n\nNa de drie decentralisaties (1 januari 2015) voeren wij ook "
                               "jeugdhulp en begeleiding uit. We gaan de wijkteams versterken.\n"))
    assert meta.year is None, meta.year
    meta = infer_meta(text_doc("Jaarverslag 2015\n\nIn 2015 hebben we de wijkteams opgericht.\n"))
    assert meta.year == 2015  # a year of its own is no reform's
