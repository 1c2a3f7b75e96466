"""Budget tables as report pages print them (seventh round; invented snippets): a unit stated in a sentence,
column headers spread over lines or abbreviated, a difference column with its sign word, download sizes."""

from sdkg.loaders.extract.figures import find_figures


def _vals(text, year=2025):
    return [(f.value, f.year, f.unit) for f in find_figures(text, year)]


def test_unit_stated_in_a_sentence_scales_the_table_below():
    text = ("In het overzicht staan de lasten en baten per onderdeel. De bedragen zijn in miljoen euro.\n\n"
            "Onderdeel Baten Lasten\nJeugd € 2,5 € 14\nWerk € 0,8 € 3,1\n")
    got = _vals(text)
    assert (2500000.0, 2025, "EUR") in got and (14000000.0, 2025, "EUR") in got
    assert (3100000.0, 2025, "EUR") in got
    assert all(v >= 100000 for v, _y, _u in got)


def test_unit_in_duizend_euro_closing_a_sentence():
    text = "Alle bedragen in deze tabel zijn in duizend euro.\n\nOnderdeel Lasten\nMinimabeleid € 812\n"
    assert (812000.0, 2025, "EUR") in _vals(text)


def test_an_amount_in_millions_in_running_text_is_not_scaled_again():
    text = "De gemeente investeert in 2025 € 3,2 miljoen in nieuwe buurthuizen.\n"
    assert _vals(text) == [(3200000.0, 2025, "EUR")]


def test_download_sizes_and_glued_brackets_are_no_figures():
    text = ("Lees het jaarverslag 2024 (pdf, 4 MB) of de samenvatting (pdf, 310 KB).\n"
            "Met het plan Samen (3)020 helpen we 140 gezinnen.\n")
    assert _vals(text, 2024) == [(140.0, 2024, "count")]


def test_vertical_header_words_on_several_lines_and_a_difference_column():
    text = ("Overzicht (bedragen x € 1.000\nV = voordeel, N = nadeel)\n\n"
            "Jaar-\n\nrekening\n\n2023\n\nBegroting\n\nprimitief\n\n2024\n\nBegroting\n\nna wijziging\n\n2024\n\n"
            "Jaar-\n\nrekening\n\n2024\n\nVerschil\n\n"
            "Schuldhulp\n\n1.200\n\n1.150\n\n1.300\n\n1.270\n\n30 V\n\n"
            "Leerlingenvervoer\n\n900\n\n950\n\n1.000\n\n1.060\n\n60 N\n\n"
            "Totaal lasten\n\n2.100\n\n2.100\n\n2.300\n\n2.330\n\n30 N\n\nToelichting volgt hieronder in de tekst.\n")
    got = _vals(text, 2024)
    # the realised column of the report's own year, scaled, with the year of its column
    assert (1270000.0, 2024, "EUR") in got and (1060000.0, 2024, "EUR") in got and (2330000.0, 2024, "EUR") in got
    assert not any(v in (30.0, 60.0, 30000.0, 60000.0) for v, _y, _u in got)  # the difference column
    # only the spending total keeps the year before
    assert [v for v, y, _u in got if y == 2023] == [2100000.0]


def test_letter_and_year_column_headers():
    text = ("Overzicht baten en lasten\n\nR2022\n\nB2023\n\nB2024\n\nB2025\n\n"
            "Lasten\n\n5.400\n\n5.900\n\n6.100\n\n6.200\n\nBaten\n\n700\n\n650\n\n640\n\n640\n\nToelichting\n")
    got = _vals(text, 2024)
    # (a programme's spending under a million, no unit stated: thousands of euros)
    assert (6100000.0, 2024, "EUR") in got and (640000.0, 2024, "EUR") in got
    assert not any(y == 2025 for _v, y, _u in got)  # a later plan is a forecast of the budget, not its year


def test_the_spending_total_keeps_its_earlier_years_and_comes_last_when_choosing():
    text = ("Wat mag het kosten?\n"
            "Onderdeel Realisatie 2022 Begroting 2023 Begroting 2024 Begroting 2025\n"
            "Armoedebeleid 1.200.000 1.250.000 1.300.000 1.310.000\n"
            "Totaal lasten 9.100.000 9.400.000 9.800.000 9.900.000\n"
            "Totaal baten 2.100.000 2.200.000 2.300.000 2.300.000\n\nToelichting volgt.\n")
    got = _vals(text, 2024)
    assert (9800000.0, 2024, "EUR") in got
    # the realised and planned spending of the years before the budget year
    assert (9100000.0, 2022, "EUR") in got and (9400000.0, 2023, "EUR") in got
    assert (9900000.0, 2025, "EUR") not in got  # a later year of a multi-year budget
    assert (2100000.0, 2022, "EUR") not in got and (1200000.0, 2022, "EUR") not in got  # other rows: own year
    # with more numbers than fifteen, the earlier years are the ones left out
    many = text + "".join(f"In de wijk {chr(65 + i)} hielpen we {100 + i} gezinnen.\n" for i in range(14))
    got = _vals(many, 2024)
    assert len(got) == 15 and (9800000.0, 2024, "EUR") in got
    assert not any(y in (2022, 2023) for _v, y, _u in got)


def test_one_cell_per_line_with_all_kinds_then_all_years():
    text = ("Bedragen x € 1.000\n\nRealisatie\n\nBegroting\n\nBegroting\n\n2023\n\n2024\n\n2025\n\n"
            "Zorgkosten\n\n5.000\n\n5.100\n\n5.200\n\nOpbrengsten\n\n300\n\n310\n\n320\n\n")
    got = _vals(text, 2024)
    assert (5100000.0, 2024, "EUR") in got and (310000.0, 2024, "EUR") in got
    assert not any(v in (5000000.0, 5200000.0, 300000.0, 320000.0) for v, _y, _u in got)  # other columns


def test_one_cell_per_line_under_bare_years_takes_each_column_year():
    text = ("Wat mag het kosten? (bedragen x € 1.000)\n\nOmschrijving\n\n2023\n\n2024\n\n2025\n\n"
            "Jeugd\n\n1.200\n\n1.300\n\n1.350\n\nWmo\n\n800\n\n820\n\n840\n\nToelichting volgt hier.\n")
    got = _vals(text, 2024)
    assert {(1200000.0, 2023), (1300000.0, 2024), (1350000.0, 2025), (820000.0, 2024)} <= {(v, y) for v, y, _u in got}


def test_euro_signs_before_the_cells_of_a_row():
    text = ("Lasten en baten\nRekening 2023 Begroting 2024 Begroting 2025\n"
            "Lasten € 12.345.678 € 13.000.000 € 13.500.000\nBaten € 1.234.567 € 1.300.000 € 1.350.000\n")
    got = _vals(text, 2024)
    assert (13000000.0, 2024, "EUR") in got and (1300000.0, 2024, "EUR") in got
    assert (13500000.0, 2025, "EUR") not in got


def test_the_multiplier_on_the_header_line_itself():
    text = ("Bedragen x € 1.000 Rekening 2023 Begroting 2024 Begroting 2025\nJeugd 1.200 1.300 1.350\n"
            "Participatie 2.000 2.120 2.190\n")
    got = _vals(text, 2024)
    assert (1300000.0, 2024, "EUR") in got and (2120000.0, 2024, "EUR") in got
    assert not any(v in (1000.0, 1000000.0) for v, _y, _u in got)


def test_an_amount_a_table_repeats_further_down_is_one_figure():
    text = ("Overzicht baten en lasten (bedragen x € 1.000)\nRealisatie 2023 Begroting 2024\n"
            "Lasten 9.000 9.500\nBaten 1.000 1.200\nSaldo baten en lasten -8.000 -8.300\n"
            "Mutaties reserves 0 0\nSaldo -8.000 -8.300\n")
    got = _vals(text, 2024)
    assert got.count((-8300000.0, 2024, "EUR")) == 1


def _cells(*rows):
    return "\n\n".join(rows)


# An indicator table of a budget printed one cell per line: realised year, the budget's own year and later ones,
# a source column, group headings between the rows.
INDICATOR_TABLE = _cells(
    "Indicatoren", "Realisatie\n2022", "Begroot\n2023", "Begroot\n2024", "Begroot\n2025", "Bron",
    "Schuldhulp",
    "Aantal nieuwe trajecten", "-", "310", "320", "330", "Registratie team",
    "Aantal afgeronde trajecten", "212", "250", "260",
    "Werk",
    "Plaatsingen op werk Waarvan met loonkostensubsidie", "81\n17", "90\n20", "95\n22", "99\n25",
    "Toelichting bij de tabel")


def test_an_indicator_table_per_line_with_a_source_column_short_rows_and_sub_rows():
    got = [(v, y) for v, y, _u in _vals(INDICATOR_TABLE, 2024)]
    # realised where measured, else the budget year's target; a cell of two lines is a row and its sub-row
    assert sorted(got) == sorted([(320.0, 2024), (212.0, 2022), (81.0, 2022), (17.0, 2022)]), got


def test_an_annual_reports_columns_of_one_year_and_a_unit_line_inside_the_table():
    # one cell per line, blank lines between; the plans and the realisation of the report's year side by side, and
    # the unit on a line of its own between the header and the first row (invented figures)
    text = ("De lasten en baten van het programma zijn hieronder weergegeven.\n\nBegroting voor wijziging 2019\n\n"
            "Begroting na wijziging 2019\n\nRekening 2019\n\nTaakvelden BBV (excl. reserves)\n\nLasten (x 1.000)\n\n"
            "6.1 Samenkracht\n\n-1.111\n\n-2.222\n\n-3.333\n\n6.2 Wijkteams\n\n-4.444\n\n-5.555\n\n-6.666\n")
    got = _vals(text, 2019)
    assert (-3333000.0, 2019, "EUR") in got and (-6666000.0, 2019, "EUR") in got
    assert not {v for v, _y, _u in got} & {-1111000.0, -2222000.0, -1111.0, -3333.0}


def test_years_after_the_tables_title_on_one_line_and_a_unit_written_with_an_asterisk():
    text = ("Financiële vertaling programma zorg\n\nParagraaf Omschrijving (bedragen *€ 1.000) 2025 2026 2027 2028\n"
            "1 Jeugdhulp -1.111 -2.222 -3.333 -4.444\n3 Wmo Toegang -386 -386 -386 -386\n")
    got = find_figures(text, 2025)
    assert [(f.label, f.value, f.year) for f in got] == [
        ("Jeugdhulp", -1111000.0, 2025), ("Jeugdhulp", -2222000.0, 2026), ("Jeugdhulp", -3333000.0, 2027),
        ("Jeugdhulp", -4444000.0, 2028), ("Wmo Toegang", -386000.0, 2025)]


def test_a_negative_amount_alone_on_its_line_keeps_its_sign():
    text = "Mutaties (bedragen in euro)\n\n1. Sociaal medische indicatie\n\n-88.000\n\nIn 2025 volgt een evaluatie.\n"
    assert [v for v, _y, _u in _vals(text)] == [-88000.0]


def test_a_bar_table_whose_rows_name_their_kind_of_amount_in_a_cell_of_their_own():
    # The header spans a row's name and its kind ("Lasten") with one cell, so each row has one cell more than the
    # header before its amounts; the rows under it ("Baten", "Saldo") belong to the same name.
    text = ("Wat heeft het gekost?\n"
            "Lasten en baten per taakveld (bedragen x € 1.000) | | | | | |\n"
            "---|---|---|---|---|---|\n"
            "Sociaal domein | Realisatie 2022 | Begroting 2023 | Realisatie 2023 | Verschil | |\n"
            "6.3 Inkomensregelingen | Lasten | 21.512 | 22.104 | 22.937 | -833 |\n"
            "Baten | 18.246 | 18.915 | 19.482 | 567 | |\n"
            "Saldo | -3.266 | -3.189 | -3.455 | -266 | |\n"
            "6.5 Arbeidsparticipatie | Lasten | 4.118 | 4.326 | 4.071 | 255 |\n"
            "Saldo | -4.118 | -4.326 | -4.071 | 255 | |\n")
    got = {(f.label, f.value) for f in find_figures(text, 2023)}
    for row in (("6.3 Inkomensregelingen, lasten", 22937000.0), ("6.3 Inkomensregelingen, baten", 19482000.0),
                ("6.3 Inkomensregelingen, saldo", -3455000.0), ("6.5 Arbeidsparticipatie, lasten", 4071000.0),
                ("6.5 Arbeidsparticipatie, saldo", -4071000.0)):
        assert row in got, (row, got)
    assert not any(label in {"Baten", "Saldo"} for label, _v in got), got
    # a table whose header names the kind column keeps its cells where they stand
    named = text.replace("Sociaal domein | Realisatie 2022", "Sociaal domein | Soort | Realisatie 2022")
    named = named.replace("| | | | | |\n---|---|---|---|---|---|", "| | | | | | |\n---|---|---|---|---|---|---|")
    assert ("6.3 Inkomensregelingen", 22937000.0) in {(f.label, f.value) for f in find_figures(named, 2023)}
