"""Tables printed with bars ("| Taakveld | Realisatie 2023 | Begroting 2024 |"), as reports converted from web
pages hold them: a budget table keeps the report's own column under its multiplier, an indicator table every year
column, and the multiplier of one table does not reach the next one or a sentence below it. Invented texts."""

from sdkg.loaders.extract.figures import find_figures


def _figs(text: str, year: int | None):
    return {(f.value, f.unit, f.year, f.label) for f in find_figures(text, year)}


BUDGET = ("Wat kost het?\nBedragen x € 1.000\n\n"
          "| Taakveld met een lange naam voor de kolom | Realisatie 2022 | Begroting 2023 | Begroting 2024 |\n"
          "| Wijkteams | 3.120 | 3.410 | 3.515 |\n"
          "| Totaal lasten | 20.400 | 21.950 | 22.730 |\n\n")
INDICATORS = ("Kengetallen\n| Indicator | 2021 | 2022 | Streefwaarde 2024 |\n"
              "| Jongeren met jeugdhulp (% van 0-18 jaar) | 11,9% | 12,3% | 11,5% |\n"
              "| Cliënten Wmo (per 10.000 inwoners) | 655 | 671 | 660 |\n")


def test_a_budget_table_with_bars_keeps_its_own_column_times_its_multiplier():
    figs = _figs(BUDGET, 2024)
    # every row its own column; the spending total its earlier years too
    assert figs == {(3515000.0, "EUR", 2024, "Wijkteams"), (22730000.0, "EUR", 2024, "Totaal lasten"),
                    (20400000.0, "EUR", 2022, "Totaal lasten"), (21950000.0, "EUR", 2023, "Totaal lasten")}


def test_an_indicator_table_keeps_every_year_and_no_multiplier_of_the_table_above():
    figs = _figs(BUDGET + INDICATORS, 2024)
    wmo = {(v, y) for v, u, y, label in figs if label.startswith("Cliënten Wmo")}
    assert wmo == {(655.0, 2021), (671.0, 2022), (660.0, 2024)}
    shares = {(v, u, y) for v, u, y, label in figs if label.startswith("Jongeren")}
    assert shares == {(11.9, "percent", 2021), (12.3, "percent", 2022), (11.5, "percent", 2024)}
    assert not any(v == 10000.0 or v == 10000000.0 for v, *_ in figs)  # "per 10.000" is a rate's base


def test_an_amount_in_a_sentence_below_the_table_is_written_out():
    text = BUDGET + "Het nadeel van € 742.000 ten opzichte van de begroting komt door hogere kosten voor jeugdhulp.\n"
    assert (742000.0, "EUR", 2024) in {(v, u, y) for v, u, y, _label in _figs(text, 2024)}


def test_a_year_with_a_colon_dates_the_value_after_it():
    text = "Aantal uitkeringen Participatiewet\n\n2022: 371\n2021: 388\n"
    assert {(v, y) for v, _u, y, _label in _figs(text, 2024)} == {(371.0, 2022), (388.0, 2021)}


def test_a_rate_base_is_no_figure():
    text = "In 2023 waren er 37 meldingen per 1.000 jongeren, tegen 41 per 1.000 jongeren landelijk."
    assert {v for v, *_ in _figs(text, 2023)} == {37.0, 41.0}


def test_past_fifteen_figures_a_rows_further_years_give_way_to_the_counts_of_the_text():
    rows = "".join(f"| Indicator {c} | {i}1 | {i}2 | {i}3 | {i}4 |\n" for i, c in enumerate("ABCDEFG", start=1))
    text = ("Kengetallen\n| Indicator | 2021 | 2022 | 2023 | 2024 |\n" + rows + "\n"
            "In 2024 zette de stichting 37 vrijwillige maatjes in. De bibliotheek gaf 48 cursussen en er kwamen "
            "26 ouderen in het woonzorgcluster wonen.\n")
    figs = find_figures(text, 2024)
    assert len(figs) == 15
    values = {f.value for f in figs}
    assert {37.0, 48.0, 26.0} <= values
    assert {f.value for f in figs if f.label == "Indicator C"} >= {34.0}  # each row keeps its latest year


def test_units_in_the_header_cells_of_a_bar_table():
    text = ("Kengetallen\n| Indicator | 2022 (%) | 2023 (%) |\n| Jongeren met jeugdhulp | 11,9 | 12,3 |\n\n"
            "| Programma | Rekening 2023 (x € 1.000) | Begroting 2024 (x € 1.000) |\n| Lasten | 4.120 | 4.300 |\n")
    assert _figs(text, 2024) == {(11.9, "percent", 2022, "Jongeren met jeugdhulp"),
                                 (12.3, "percent", 2023, "Jongeren met jeugdhulp"),
                                 (4300000.0, "EUR", 2024, "Lasten"), (4120000.0, "EUR", 2023, "Lasten")}
