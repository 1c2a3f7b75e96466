"""Tables laid out with spaces, as plain-text copies of PDF reports print them (`pdftotext -layout`): cells apart by
two spaces or more, the header's columns naming years, a row's cells under their columns (invented tables)."""

from sdkg.loaders.extract.figures import find_figures


def _got(text, year):
    figs = find_figures(text, year)
    assert all(text[f.span.start:f.span.end] == f.span.quote for f in figs)
    return [(f.label, f.value, f.year, f.unit) for f in figs]


INDICATORS = (
    "Wat willen we bereiken?\n"
    "Indicatoren\n"
    "Indicator                                   2021    2022    2023 (prognose)\n"
    "Inwoners met een Wmo-maatwerkvoorziening (per 1.000 inw.)   52      55      57\n"
    "Jongeren met jeugdhulp (%)                   10,8    11,2    11,5\n"
    "\n"
    "Het college stuurt op deze indicatoren.\n"
)


def test_indicator_table_gives_each_cell_its_column_year():
    got = _got(INDICATORS, 2023)
    # a long label pushes its row's cells to the right: with a cell for every column they go in order
    assert ("Inwoners met een Wmo-maatwerkvoorziening (per 1.000 inw.)", 52.0, 2021, "count") in got
    assert ("Inwoners met een Wmo-maatwerkvoorziening (per 1.000 inw.)", 55.0, 2022, "count") in got
    assert ("Jongeren met jeugdhulp (%)", 10.8, 2021, "percent") in got
    assert ("Jongeren met jeugdhulp (%)", 11.2, 2022, "percent") in got
    # "2023 (prognose)" is a forecast column, as "Prognose 2023" is in every other table
    assert not any(v in (57.0, 11.5) for _l, v, _y, _u in got)


AMOUNTS = (
    "Financiële afwijkingen (bedragen x € 1.000; – = nadeel)\n"
    "Onderdeel                          Begroting 2022   Bijstelling\n"
    "Jeugdhulp                              26.410          –1.150\n"
    "Huishoudelijke hulp (Wmo)               4.980            –320\n"
    "Totaal bijstelling programma                           –1.470\n"
)


def test_amount_table_with_one_year_column_and_its_multiplier():
    got = _got(AMOUNTS, 2022)
    # "x € 1.000;" scales the table's amounts though a semicolon follows the unit
    assert ("Jeugdhulp", 26410000.0, 2022, "EUR") in got
    assert ("Huishoudelijke hulp (Wmo)", 4980000.0, 2022, "EUR") in got
    # the change column names no year, and the total's one cell stands under it, not under "Begroting 2022"
    assert not any(v in (-1150000.0, -1470000.0, 1470000.0, -1470.0) for _l, v, _y, _u in got)


def test_a_row_with_a_blank_cell_puts_its_cells_under_their_columns():
    text = (
        "Lasten per taakveld (x € 1.000)\n"
        "Taakveld                          Realisatie 2021   Begroting 2022   Realisatie 2022\n"
        "Wijkteams                                  3.100            3.400             3.350\n"
        "Maatwerk Wmo                                                 2.000             2.150\n"
    )
    got = _got(text, 2022)
    assert ("Wijkteams", 3350000.0, 2022, "EUR") in got
    # two cells under three columns: the last two, by where they stand
    assert ("Maatwerk Wmo", 2150000.0, 2022, "EUR") in got
    assert not any(v == 2000000.0 for _l, v, _y, _u in got)


def test_running_text_and_lists_with_wide_spaces_are_no_table():
    text = (
        "In 2022  hebben we  de toegang vernieuwd.\n"
        "Doel                      Resultaat\n"
        "Meer mensen aan het werk  Ja\n"
    )
    got = _got(text, 2022)
    assert not any(y == 2022 and v == 2022.0 for _l, v, y, _u in got)
    assert all(u != "EUR" for _l, _v, _y, u in got)


def test_a_target_column_of_an_indicator_table_is_kept_a_forecast_is_not():
    text = (
        "Indicator                         2022    2023 (prognose)   2025 (doel)\n"
        "Jongeren met jeugdhulp (%)        10,8    11,5              10,0\n"
        "\n"
        "| Indicator | Realisatie 2023 | Norm 2025 | Raming 2026 |\n"
        "| Wachttijd Wmo-aanvraag (weken) | 7 | 6 | 5 |\n"
    )
    got = {(v, y) for _l, v, y, _u in _got(text, 2023)}
    assert {(10.8, 2022), (10.0, 2025), (7.0, 2023), (6.0, 2025)} <= got  # targets: "doel", "norm"
    assert not got & {(11.5, 2023), (5.0, 2026)}  # forecasts: "prognose", "raming"

