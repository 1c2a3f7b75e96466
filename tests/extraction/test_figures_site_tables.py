"""Budget tables as report sites print them: one cell per line with blank lines between, column headers with the
table's title before them, the multiplier written with a times sign. The amounts are the report's, of their
column's year, in euros. The texts are invented for these tests."""

from sdkg.loaders.extract.figures import find_figures


def _figs(text: str, year: int | None):
    return {(f.value, f.unit, f.year, f.label) for f in find_figures(text, year)}


def test_one_cell_per_line_with_kind_and_year_on_two_lines():
    text = ("Wat mag het kosten?\n\nBedragen x € 1.000\n\nRealisatie\n2023\n\nBegroting\n2024\n\nBegroting\n2025\n\n"
            "Lasten\n\n41.208\n\n43.519\n\n44.027\n\nBaten\n\n8.114\n\n6.902\n\n7.003\n\nDe lasten stijgen door de jeugdhulp.")
    assert _figs(text, 2024) == {(43519000.0, "EUR", 2024, "Lasten"), (6902000.0, "EUR", 2024, "Baten"),
                                 (41208000.0, "EUR", 2023, "Lasten")}  # the spending total's year before


def test_one_cell_per_line_with_euro_cells_and_the_latest_plan_year():
    text = ("Financiën verbonden partij\n\nBedragen x € 1.000\n\nRekening 2023\n\nBegroting 2024\n\nBegroting 2025\n\n"
            "Eigen vermogen\n\n€ 4.311\n\n€ 4.620\n\n€ 2.870\n\nBijdrage gemeente\n\n€ 1.512\n\n€ 1.640\n\n€ 1.701\n\n"
            "Toelichting volgt.")
    assert _figs(text, None) == {(2870000.0, "EUR", 2025, "Eigen vermogen"), (1701000.0, "EUR", 2025, "Bijdrage gemeente")}


def test_difference_and_code_columns_keep_the_cells_in_place():
    text = ("Wat mag het kosten?\n\nRealisatie 2022\n\nBegroting 2023\n\nBegroting 2024\n\nVerschil 2024/2023\n\nV / N\n\n"
            "Begroting 2025\n\nTotaal lasten (4)\n\n1.702.115\n\n1.811.560\n\n1.890.433\n\n-78.873\n\nN\n\n1.890.512\n\n"
            "Totaal baten (8)\n\n31.870\n\n5.000\n\n5.150\n\n150\n\nV\n\n5.150\n\nSaldo volgt.")
    figs = _figs(text, 2024)
    assert figs == {(1890433.0, "EUR", 2024, "Totaal lasten"), (5150.0, "EUR", 2024, "Totaal baten"),
                    (1811560.0, "EUR", 2023, "Totaal lasten"), (1702115.0, "EUR", 2022, "Totaal lasten")}


def test_a_table_title_before_the_column_headers():
    text = ("Wat mag het kosten?\n\nProgramma Zorg en Welzijn Realisatie 2021 Begroting 2022 Begroting 2023 Begroting 2024\n"
            "Lasten\n4.1-Ondersteuning 3.120.400 3.245.000 3.301.900 3.310.000\n"
            "Totaal Lasten 3.120.400 3.245.000 3.301.900 3.310.000\n")
    figs = _figs(text, 2023)
    assert (3301900.0, "EUR", 2023, "4.1-Ondersteuning") in figs
    assert all(f[2] == 2023 for f in figs if f[3] != "Totaal Lasten")  # the spending total keeps 2021 and 2022


def test_a_multiplier_with_a_times_sign():
    text = "Lasten, baten en saldo\n\nbedragen × € 1.000\n\nLasten € 48.210 52,3 %\nBaten € 12.944 14,1 %\n"
    values = {f[0] for f in _figs(text, 2019)}
    assert {48210000.0, 12944000.0} <= values and 1000.0 not in values


def test_policy_indicators_with_a_year_of_measurement_and_target_columns():
    text = ("Beleidsindicatoren\n\nNaam\n\nJaar meting\n\nOverijssel\n\nRaalte\n\nBegroting\n2025\n\nBegroting 2028\n\n"
            "Jongeren met jeugdhulp\n\n2022\n\n11,40\n\n10,90\n\n10,50\n\n10,00\n\n"
            "We zetten in op preventie in en rond de scholen, samen met de huisartsen en het wijkteam.\n\n"
            "Werkloze jongeren\n\n2023\n\n1,60\n\n1,30\n\n1,20\n\n1,00\n\nDe rest van de tekst volgt hier.")
    figs = {(f.value, f.year, f.label) for f in find_figures(text, 2025)}
    assert figs == {(11.4, 2022, "Jongeren met jeugdhulp"), (10.9, 2022, "Jongeren met jeugdhulp"),
                    (10.5, 2025, "Jongeren met jeugdhulp"), (10.0, 2028, "Jongeren met jeugdhulp"),
                    (1.6, 2023, "Werkloze jongeren"), (1.3, 2023, "Werkloze jongeren"),
                    (1.2, 2025, "Werkloze jongeren"), (1.0, 2028, "Werkloze jongeren")}


def test_an_indicator_table_in_any_layout_keeps_each_measured_year():
    text = ("Kengetallen jeugd\n\nRealisatie 2022\n\nRealisatie 2023\n\nStreefwaarde 2025\n\n"
            "Jongeren met jeugdhulp\n\n11,9\n\n12,3\n\n11,5\n\nToelichting volgt.")
    assert {(f.value, f.year) for f in find_figures(text, 2024)} == {(11.9, 2022), (12.3, 2023), (11.5, 2025)}


def test_an_amount_cell_after_the_description_cells_of_its_row_takes_the_multiplier():
    text = ("Verbonden partijen\n\nBedragen x € 1.000\n\nNaam\n\nDoel\n\nBijdrage\n2025\n\nRegionale uitvoeringsdienst\n\n"
            "De dienst voert de taken op het gebied van werk en inkomen uit voor de deelnemende gemeenten in de regio.\n\n"
            "3.412\n\nDe raad stemde in met een bijdrage van € 2.100 per deelnemer.\n")
    assert {(f.value, f.unit) for f in find_figures(text, 2025)} == {(3412000.0, "EUR"), (2100.0, "EUR")}
