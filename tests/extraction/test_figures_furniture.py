"""Numbers that are no figures: page and list markers, the counters of a document site, a document's number,
an upper age, a rounding note, minutes of speaking time. And "Er zijn drie ..." is a count. Invented texts."""

from sdkg.loaders.extract.figures import find_figures


def _values(text: str, year: int | None = 2024) -> set[float]:
    return {f.value for f in find_figures(text, year)}


def test_page_markers_and_agenda_numbers_are_no_figures():
    text = ("Jaarverslag\n\n(1)\n\n1\n\nVoorwoord\n\n(2)\n(3)\n\nAgendapunten\n\n 1. 2\n\n 2. 3\n\n"
            "In 2024 kregen 412 huishoudens schuldhulp.")
    assert _values(text) == {412.0}


def test_share_counters_of_a_document_site_are_no_figures():
    text = "Share \"Jaarstukken 2022\"\n\nCopied!\n253\n0\n0\n\nIn 2022 bezochten 1.250 inwoners het inloophuis."
    assert _values(text, 2022) == {1250.0}


def test_a_bare_run_of_digits_is_a_document_number_but_an_amount_is_not():
    text = ("Bijlage 2 bij Raadsvoorstel 2209481.\n\nHet tekort bedraagt € 1250000 en 2.209.481 inwoners "
            "wonen in de regio.")
    assert _values(text) == {1250000.0, 2209481.0}


def test_an_upper_age_a_rounding_note_and_speaking_time_are_no_figures():
    text = ("Jaarlijks is € 80.000 beschikbaar voor jongeren tot en met 23 jaar. De bedragen zijn afgerond op een "
            "veelvoud van € 1.000. Insprekers krijgen vijf minuten spreektijd.")
    assert _values(text) == {80000.0}


def test_er_zijn_drie_is_a_count():
    figs = find_figures("Na de aanbesteding zijn er offertes beoordeeld. Er zijn drie geldige offertes ontvangen.", 2023)
    assert [(f.value, f.year) for f in figs] == [(3.0, 2023)]


def test_a_table_unit_written_with_in_scales_like_x_and_is_no_figure():
    for unit in ("(bedragen in € 1.000)", "(in duizenden euro's)", "Bedragen x € 1.000,-", "(x €1000)"):
        text = f"Lasten en baten {unit}\n\nLasten\n\n€ 7.250\n\nBaten\n\n€ 310\n"
        assert _values(text) == {7250000.0, 310000.0}, unit
    assert _values("In 2024 wonen er in duizenden gezinnen 7.250 kinderen.") == {7250.0}


def test_an_example_is_no_figure():
    assert _values("Sommige indicatoren beslaan bijvoorbeeld twee jaar. In 2024 kregen 45 gezinnen hulp.") == {45.0}


def test_a_number_after_a_colon_is_a_time_a_ratio_or_a_list_of_labels_not_a_figure():
    # "Resultaat: 75 inwoners" would be a figure, but pages of "Label: number" lines are mostly counters and
    # codes their readers do not count: on real pages nobody tuned to, taking them added nine false figures
    # for one true one, so a number after a colon stays out.
    text = ("De bijeenkomst begon om 19:30 en de verhouding was 2 : 3. Kenmerk: 2024\n"
            "Dossier: 118\nIn 2024 vonden 75 inwoners werk.")
    assert _values(text) == {75.0}


def test_article_and_programme_numbers_and_running_heads_are_no_figures():
    text = ("Programma: 1 Zorg en ondersteuning\n\nJaarverslag 2024 | 45\n\n"
            "Op grond van art. 12 van de Participatiewet verstrekten we 240 beschikkingen.")
    assert _values(text) == {240.0}


def test_a_year_with_a_colon_after_a_value_dates_the_next_value_not_this_one():
    figs = find_figures("Het aantal Wmo-cliënten nam toe tot 3.212 (2022: 3.050).", 2023)
    assert (3212.0, 2023) in {(f.value, f.year) for f in figs}


def test_a_reference_date_after_a_value_dates_it_and_a_handling_norm_is_no_figure():
    figs = find_figures("Er wonen 12.345 inwoners (peildatum 1 januari 2025). We ontvingen 2.345 meldingen, "
                        "binnen 5 werkdagen afgehandeld.", 2024)
    assert {(f.value, f.year) for f in figs} == {(12345.0, 2025), (2345.0, 2024)}


def test_millions_without_a_counted_noun_are_money():
    figs = find_figures("De kosten bedragen 3,4 mln. Nederland telt 17,9 miljoen inwoners. "
                        "We ontvangen 1,2 miljoen van het Rijk.", 2024)
    assert {(f.value, f.unit) for f in figs} == {(3400000.0, "EUR"), (17900000.0, "count"), (1200000.0, "EUR")}


def test_items_of_a_numbered_list_are_no_figures_however_high_their_number():
    text = ("Activiteiten uit het collegeprogramma\n41. Wonen: we bouwen voor starters.\n"
            "42. Zorg: iedereen krijgt passende hulp.\n44. Werk: meer inwoners aan de slag.\n\n"
            "Het aantal meldingen steeg naar\n120. Daarnaast kwamen er 45 aanvragen bij.")
    assert _values(text) == {120.0, 45.0}


def test_contents_lists_as_copy_sites_and_report_pdfs_print_them():
    # invented contents lists: entries with a bar after their number and chapter lines without a page between them,
    # a part title between chapters, a title wrapped over two lines, titles that end in a year, several entries on
    # one line, and HTML line breaks
    barred = ("Inhoudsopgave\n\n■ 1 | Inleiding\n\n■ 2 | Bestuur\n\n2.1 | Samenstelling Raad 7\n\n"
              "2.2 | Samenstelling College 8\n\nJaarverslag\n\n■ 3 | Programma's\n\n3.1 | Wonen 13\n\n3.2 | Zorg 16 "
              "3.3 | Werk 21\n\n3.4 | Overhead 24\n\n5.1 | Balans per 31 december 2018 94\n\n6.1 | Het overzicht "
              "van baten en lasten over\n\nhet jaar 2018 97\n\n7.1 | Grondslagen 99 7.2 | Toelichting op de\n\n"
              "jaarrekening 118\n")
    one_line = ("Inhoud\n\n1 Algemeen 7 1.1 Inleiding 7 1.2 Saldo 8 1.3 Over te hevelen budgetten van 2019 naar "
                "2020 13\n\n2 Programma's 15 2.1 Programma zorg 15 2.2 Programma werk 21\n")
    html = "".join(f"{c} Paragraaf {n} {p}<br />\n" for c, n, p in
                   (("A", "Lokale heffingen", 64), ("B", "Weerstandsvermogen", 66), ("C", "Financiering", 72),
                    ("D", "Bedrijfsvoering", 76), ("E", "Grondbeleid", 80)))
    for text in (barred, one_line, html):
        assert find_figures(text, 2019) == [], text
    # a list of counts in no order is no contents list
    counts = "".join(f"{c}. Aantal {n} {p}\n" for c, n, p in ((1, "cliënten", 340), (2, "jongeren", 120),
                                                             (3, "trajecten", 512), (4, "uitkeringen", 410)))
    assert len(find_figures(counts, 2019)) == 4


def test_how_often_a_routine_recurs_and_the_kinds_of_a_policy_are_no_figures():
    text = ("Monitoring van het sociaal domein vindt twee maal per jaar plaats en de raad krijgt 4 keer per jaar een "
            "rapportage. In het sociaal domein kennen we drie soorten hulp. In 2024 kregen "
            "412 huishoudens schuldhulp.")
    assert _values(text) == {412.0}


def test_an_age_bound_before_a_portfolio_holders_name_is_no_figure():
    text = ("6.81 Geëscaleerde zorg 18+ J.C. Bos\n6.82 Geëscaleerde zorg 18- J.C. Bos\n"
            "In 2024 kregen 412 huishoudens schuldhulp.")
    assert _values(text) == {412.0}


def test_an_item_of_a_list_of_key_figures_names_its_value_after_a_colon():
    text = ("Kengetallen\n\nBinnen het programma maken we gebruik van de volgende kengetallen:\n\n"
            "  • Percentage volledig gevaccineerde inwoners: 97,1% (volgens het vaccinatieschema)\n"
            "  • Huishoudens met bijstandsuitkeringen: 200\n\nWat hebben we gedaan?\n"
            "  • Dossier: 118\n")
    figs = {(f.value, f.label) for f in find_figures(text, 2022)}
    assert (97.1, "Percentage volledig gevaccineerde inwoners") in figs
    assert (200.0, "Huishoudens met bijstandsuitkeringen") in figs
    # a colon elsewhere still keeps its number out: a list that announces no key figures
    assert 118.0 not in _values("Wat hebben we gedaan?\n  • Dossier: 118\n  • Resultaat: 75\n", 2022)


def test_an_age_range_between_two_ages_and_a_number_inside_a_name_are_no_figures():
    text = ("De inspanningen moeten ertoe leiden dat alle dakloze jongeren (tussen de 18 en 27 jaar) worden geholpen. "
            "De maatwerkroute heette eerder de 100-gezinnen aanpak. In 2019 kregen 412 huishoudens schuldhulp.")
    assert _values(text, 2019) == {412.0}
