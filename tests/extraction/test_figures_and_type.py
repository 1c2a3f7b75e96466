"""Figures people can read, and the document type from the text's own tense (invented snippets)."""

from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.metadata import _infer_type


def _vals(text, year=2025):
    return [(f.value, f.year) for f in find_figures(text, year)]


def test_year_column_rows_take_their_column_year_and_sign():
    text = ("Onderwerp (bedragen in euro)\n2025 2026 2027\nSaldo begroting 1.200 1.200 -\n"
            "Onttrekking reserve - -2.500 -2.500\n\nDaarna tekst.")
    figs = find_figures(text, 2025)
    got = [(f.label, f.value, f.year, f.unit) for f in figs]
    assert ("Saldo begroting", 1200.0, 2025, "EUR") in got
    # the same amount in the next column is the line carried forward: one figure
    assert not any(f.year == 2026 and f.label == "Saldo begroting" for f in figs)
    assert ("Onttrekking reserve", -2500.0, 2026, "EUR") in got
    assert ("Onttrekking reserve", -2500.0, 2027, "EUR") not in got
    assert not any(f.year == 2027 and f.label == "Saldo begroting" for f in figs)  # "-" is an empty cell
    assert all(text[f.span.start:f.span.end] == f.span.quote for f in figs)


def test_inline_multiplier_scales_and_is_no_figure():
    text = "Lasten en baten (x € 1.000)\n2022 2023\nLasten 421.902 430.000\n"
    assert _vals(text, 2023) == [(421902000.0, 2022), (430000000.0, 2023)]


def test_numbering_and_names_are_not_counts():
    text = "1 | Toelichting\nPijler 2 Zorg\nIn de programma’s 3 en 5 staan taken. De 4 wijkregisseurs helpen 56 inwoners."
    assert _vals(text) == [(4.0, 2025), (56.0, 2025)]


def test_label_is_the_phrase_that_names_what_is_counted():
    figs = find_figures("Over 2021 zijn in totaal 56 aanvragen ontvangen van sportclubs.", 2021)
    assert figs[0].label == "in totaal aanvragen ontvangen"
    figs = find_figures("In de stad kregen de wijkcentra samen een subsidie van € 12.500.", 2021)
    assert figs[0].value == 12500 and not figs[0].label[:1].islower() or figs[0].label.split()[0].isalpha()
    assert "subsidie" in figs[0].label


def test_type_from_tense_and_midyear_names():
    past = "In 2023 ondersteunden we 115 initiatieven. Het plan werd uitgevoerd en is in juli gestart."
    future = "In 2026 gaan we de visie uitwerken. We willen meer preventie en we verwachten minder kosten."
    assert _infer_type(past)[0] == "jaarverslag"
    assert _infer_type(future)[0] == "begroting"
    assert _infer_type("De bestuursrapportage meldt dat het plan werd uitgevoerd en was afgerond.")[0] == "other"
    # no cue of either: the most common kind of page, with the low confidence of a guess
    assert _infer_type("Zorg en welzijn in de wijk.")[:2] == ("begroting", 0.4)


def test_number_words_that_refer_back_or_count_structure_are_no_figures():
    text = ("Het plan telt zes hoofdstukken en rust op drie pijlers. Samen met de vier buurgemeenten en drie van de "
            "negen teams zijn in 2024 elf jongeren begeleid en 12 thema's benoemd.")
    assert _vals(text, 2024) == [(11.0, 2024)]


def test_signed_amount_with_the_multiplier_on_the_next_line():
    text = "Uitgaven\n\n€ -2.345\nx €1.000\n\nInkomsten\n\n€ 678\nx €1.000\n"
    figs = find_figures(text, 2024)
    assert [(f.value, f.unit) for f in figs] == [(-2345000.0, "EUR"), (678000.0, "EUR")]
    assert all(text[f.span.start:f.span.end] == f.span.quote for f in figs)
    assert figs[0].span.quote == "€ -2.345"


def test_multiplier_above_reaches_over_blank_lines_but_not_over_prose():
    text = "Kosten en opbrengsten\n\nbedragen x € 1.000\n\nKosten\n\n€ 7.250\n\nOpbrengsten\n\n€ 310\n"
    assert _vals(text, 2024) == [(7250000.0, 2024), (310000.0, 2024)]
    text = ("bedragen x € 1.000\n\nDe wethouder heeft het plan in de raad toegelicht en de raad stemde in.\n"
            "Er ging € 7.250 naar de bibliotheek.")
    assert _vals(text, 2024) == [(7250.0, 2024)]


def test_progress_bar_shares_and_the_balance_share_are_no_figures():
    # A report site's bars draw the programme's share of all spending; the amounts beside them are the figures.
    text = ("Lasten\n\n41,5%\n41,5% Complete\n\nBaten\n\n7,25%\n7,25% Complete\n\nSaldo\n\n212,3%\n\n"
            "Van de jongeren deed 64 % mee.\n")
    got = [(f.value, f.unit) for f in find_figures(text, 2024)]
    assert got == [(64.0, "percent")]


def test_vertical_table_header_takes_the_reported_column_only():
    text = ("Overzicht lasten en baten welzijnRealisatie\n2022\nBegroting\n2023\nBegroting\n2024\nRaming\n2025\n"
            "Lasten totaal 1.100 1.250 1.300 1.350\n\nSubsidies welzijn 400 450 475 480\n"
            "Subsidies welzijn 400 450 475 480\nSaldo -700 -800 -825 -870\n\nToelichting volgt hieronder.")
    figs = find_figures(text, 2024)
    got = [(f.label, f.value, f.year) for f in figs]
    # the spending total keeps its earlier years too (never the forecast); every other row its reported column
    assert got == [("Lasten totaal", 1100.0, 2022), ("Lasten totaal", 1250.0, 2023), ("Lasten totaal", 1300.0, 2024),
                   ("Subsidies welzijn", 475.0, 2024), ("Saldo", -825.0, 2024)]
    assert all(f.unit == "EUR" for f in figs)


def test_row_with_a_code_column_and_prose_repeating_a_cell():
    text = ("Onderwerp (bedragen in euro) Autorisatie\n2025 2026 2027\nHuishoudelijke hulp -40.000 -42.000 -40.000 R\n"
            "In de nieuwe raming is het bedrag bijgesteld naar € 42.000 voor de hulp.\n")
    got = [(f.value, f.year) for f in find_figures(text, 2025)]
    assert got == [(-40000.0, 2025), (-42000.0, 2026), (-40000.0, 2027)]


def _labels(text, year=2024):
    return [(f.value, f.label) for f in find_figures(text, year)]


def test_labels_are_whole_phrases_that_name_what_is_counted():
    text = ("De gemeente heeft voor de maatschappelijke opvang en de bijbehorende voorzieningen voor dak- en thuislozen "
            "een budgetplafond vastgesteld van € 250.000. Er zijn 31 meldingen afgewezen en 12 van buurtverenigingen "
            "gekomen. In 2022 ging het om 140 gezinnen, in 2024 om 162. Het project kostte €3.500,- per deelnemer.")
    assert _labels(text) == [(250000.0, "budgetplafond vastgesteld"), (31.0, "meldingen afgewezen"),
                             (12.0, "van buurtverenigingen gekomen"), (162.0, "gezinnen"), (3500.0, "project kostte per deelnemer")]


def test_an_amount_in_brackets_is_labelled_by_what_precedes_it():
    text = "Uit het fonds ging geld naar de speeltuin Oost (€ 1,5 mln) en het buurthuis (€ 0,3 mln)."
    assert _labels(text) == [(1500000.0, "speeltuin Oost"), (300000.0, "buurthuis")]


def test_a_number_alone_on_its_line_takes_its_heading():
    text = "Kosten\n\nbedragen x € 1.000\n\nJeugdhulp\n\n€ 3.100\n\n12,5 %\n"
    assert _labels(text) == [(3100000.0, "Jeugdhulp"), (12.5, "Jeugdhulp")]


def test_inline_numbering_is_no_figure():
    text = "De aanpak kent vier lijnen: 1. preventie, 2. vroegsignalering, 3. nazorg. In 2024 zijn 48 gezinnen geholpen."
    assert _vals(text, 2024) == [(48.0, 2024)]


def test_phone_numbers_postcodes_page_numbers_and_ratios_are_no_figures():
    text = ("Bel het wijkteam op 030 - 456 78 90 of schrijf naar Postbus 2200, 4800 KD Breukelveen. Pagina 4 van 9.\n"
            "In week 14 en 15 kwamen 2 op de 10 bezoekers terug. Dit jaar deden 85 gezinnen mee.")
    assert _vals(text, 2024) == [(85.0, 2024)]


def test_a_bracketed_year_is_an_aside_of_the_label():
    figs = find_figures("Het aantal schuldhulptrajecten daalde van 640 (2022) naar 590 (2023).", 2024)
    assert [(f.value, f.year, f.label) for f in figs] == [(640.0, 2022, "aantal schuldhulptrajecten"),
                                                         (590.0, 2023, "aantal schuldhulptrajecten")]


def test_a_budget_column_of_the_reports_own_year_counts_in_a_cell_table():
    text = ("Indicator | Realisatie 2023 | Begroting 2024 | Raming 2025\n"
            "Huishoudens met schuldhulp | 410 | 450 | 470\n")
    assert _vals(text, 2024) == [(410.0, 2023), (450.0, 2024)]
    text = "Indicator | Begroting 2024 | Realisatie 2024\nHuishoudens met schuldhulp | 450 | 432\n"
    assert _vals(text, 2024) == [(432.0, 2024)]


def test_page_numbers_of_a_table_of_contents_are_no_figures():
    lines = "Inhoud\n\n2. Jaarverslag 14\n\nOnze wijkaanpak 17\n\nParagraaf Lokale lasten 120\n\nBijlagen 245\n\n"
    leaders = "Inhoud Voorwoord ...... 3 Zorg dichtbij ...... 45 Bijlagen ...... 180\n\n"
    prose = "In 2025 kregen 340 inwoners een maatwerkvoorziening."
    assert _vals(lines + prose) == [(340.0, 2025)]
    assert _vals(leaders + prose) == [(340.0, 2025)]
    # counts in no order (or one line alone) are a table of figures, not a contents list
    counts = "Wmo-cliënten 340\n\nJeugdhulp 120\n\nSchuldhulp 95\n\nBijstand 410\n"
    assert {v for v, _y in _vals(counts)} == {340.0, 120.0, 95.0, 410.0}


def test_multiplier_on_the_next_line_after_a_blank_line():
    text = "Inhoud\n\nLasten\n\n€ 12.345\n\nx € 1.000\n\nDe raad besprak het plan in mei.\n"
    assert [(f.value, f.unit) for f in find_figures(text, 2024)] == [(12345000.0, "EUR")]


def test_dash_of_a_list_item_before_an_amount_is_no_minus():
    text = "De kosten vallen lager uit:\n- € 1,5 miljoen lagere kosten voor de bijstand;\n-€ 200 op de kosten van X.\n"
    assert [f.value for f in find_figures(text, 2024)] == [1500000.0, -200.0]


def test_page_number_under_the_running_title_and_an_age_below_are_no_figures():
    text = ("Jaarrekening 2019\n\n4\n\nInhoud\n\nIn 2019 kregen 312 gezinnen hulp. Taakvelden: 6.1 Zorg 18+, "
            "6.2 Zorg 18-, 6.3 Opvang.\n")
    assert [f.value for f in find_figures(text, 2019)] == [312.0]


def test_page_number_after_the_running_title_on_its_line_is_no_figure():
    text = ("Uitvoeringsprogramma Wonen 2021 - 2024 3\n\nIn 2021 kregen 312 gezinnen hulp.\n"
            "Jaarverslag 2021 7\n")
    assert [f.value for f in find_figures(text, 2021)] == [312.0]


def test_the_year_of_a_comparison_is_not_the_figures_year():
    text = ("In 2023 meldden 412 gezinnen zich bij het loket, 12% meer dan in 2022. "
            "In 2024 is het budget verhoogd naar € 2,5 miljoen. Het aantal daalde van 80 in 2022 naar 75.\n")
    got = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert {(412.0, 2023), (12.0, 2023), (2500000.0, 2024), (75.0, 2023)} <= got, got


def test_the_value_a_change_started_from_is_last_years():
    text = "In 2023 daalde het aantal uitkeringen van 1.420 naar 1.310. Van 80 in 2019 naar 90.\n"
    got = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert {(1420.0, 2022), (1310.0, 2023)} <= got, got
