"""Fortieth round: what a report site or a document-copy site puts between a page's lines (a heading run into the
first sentence, an advertisement's line over the title, spending shares above a chapter's title), what a page says of
its own kind, programmes by the BBV's chapters, and tables (a target column that refers to a note, totals, parts).
The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.metadata import infer_meta

from .conftest import initiatives_in, names_of, orgs_in, text_doc


def test_a_sites_heading_run_into_the_first_sentence_is_no_organisation():
    text = ("Programma Zorg en welzijn\nInleiding\n"
            "Terug naar navigatie - Programma Zorg en welzijn - InleidingWe hebben in 2024 de wijkteams versterkt, samen "
            "met Stichting Welzijn Rivierland.\n"
            "Terug naar navigatie - Programma Zorg en welzijn - AlgemeenHet programma omvat de Wmo en de jeugdhulp.\n")
    names = orgs_in(text)
    assert "Stichting Welzijn Rivierland" in names or "Welzijn Rivierland" in names, names
    assert not any(n.startswith(("Inleiding", "Algemeen")) for n in names), names


def test_a_brand_with_inner_capitals_is_still_one():
    # ("WijDoen": inner capitals, but no sentence after it that would make it a heading run into one)
    names = orgs_in("De gemeente Rivierstad werkt samen met WijDoen en met de GGD aan het welzijn van ouderen.\n")
    assert "WijDoen" in names, names


def _lines(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


_INDICATORS = _lines(
    "Beleidsindicatoren", "Indicator", "streefwaarde", "2025", "2026", "2027", "2028",
    "6.1", "Huishoudens met schulden in beeld, % van alle huishoudens", "(gemiddeld in Nederland 3,9)", "Zie de toelichting onder de tabel",
    "1,1", "-", "-", "-",
    "6.2", "Deelnemers aan buurtsportlessen, aantal per 1.000 inwoners", "(gemiddeld in Nederland 71)", "idem",
    "455", "-", "-", "-")


def test_an_indicator_whose_target_cell_refers_elsewhere_keeps_its_name():
    figs = {(f.label, f.value, f.unit) for f in find_figures(_INDICATORS, 2025)}
    assert ("Huishoudens met schulden in beeld, % van alle huishoudens (gemiddeld in Nederland 3,9)", 1.1,
            "percent") in figs, figs
    assert ("Deelnemers aan buurtsportlessen, aantal per 1.000 inwoners (gemiddeld in Nederland 71)", 455.0,
            "count") in figs, figs
    # the reference is no label, and the numbers of the name and its note are no figures of their own
    labels = {label for label, _v, _u in figs}
    assert not any(label.lower().startswith(("idem", "zie")) for label in labels), figs
    assert not {v for _l, v, _u in figs} & {1000.0, 71.0, 3.9}, figs


def test_a_budgets_sub_chapter_is_no_initiative():
    # ("Deelprogramma X", "Subprogramma X": a chapter of the budget, however it is named)
    found = initiatives_in("Deelprogramma Werk\n\nWat willen we bereiken?\nWe willen dat meer inwoners betaald werk "
                           "vinden. Subprogramma Bestuur en Dienstverlening volgt in hoofdstuk 5.")
    assert not any("programma" in n.lower() for n in found), found


def test_a_programme_named_by_policy_fields_after_its_type_word_is_no_initiative():
    found = initiatives_in("Binnen het programma Sociaal & Vitaal werken we aan jeugd, werk en gezondheid. Met het "
                           "Themaprogramma Gezond Leven zetten we in op bewegen en voeding.\n\nOntwikkelingen "
                           "programma Leven\n\nDe vraag naar jeugdhulp steeg.")
    assert not any(n.endswith(("Vitaal", "Leven")) and "Thema" not in n for n in found), found
    # a programme of activities named with the type word in one word is one
    assert "Themaprogramma Gezond Leven" in found, found


# The document's type by what the page says of itself: a copy site's "advertisement" line above a title that names
# another kind of document, a mid-year report's short name, a monitor's item with its state, an account's heading of
# what was realised and a year told in the past, a budget that calls itself ours, the proposal that offers the budget
# (and the same meeting's papers offering nothing).
_OFFERING = ("Programmabegroting 2026-2029\n\nGemeente Rivierstad\n\nVoorstel aan de raad\n\nAgendapunt: 7\n\n"
             "Onderwerp: aanbieding Programmabegroting 2026-2029\n\n{offer}In de programmabegroting staan de doelen "
             "voor het sociaal domein.\n")
_TYPED = [
    pytest.param("Wat mag het kosten?\n\nadvertisement\nPERSPECTIEFNOTA\nGEMEENTE RIVIERSTAD 2025-2028\n"
                 "Inleiding\nMet deze nota schetsen wij de financiële kaders. Wat willen we bereiken? Meer "
                 "inwoners aan het werk. Wat mag het kosten? Zie de tabel hieronder.\n", "other", id="advertisement"),
    pytest.param("2e Turap 2023 gemeente Rivierstad\n\nInhoudsopgave\n1 Zorg en welzijn\n2 Werk en inkomen\n\n"
                 "De begroting 2023 wordt op drie punten bijgesteld. Wat willen we bereiken? Meer inwoners aan het "
                 "werk.\n", "other", id="turap"),
    pytest.param("Inhoud\n\nTerug\n\n6.2 We breiden de wijkteams uit met een jeugdconsulent.\n\nPortefeuillehouder\n"
                 "Wethouder zorg\n\nStatus\nAfgerond\n\nPlanning\nStartdatum: 01-01-2023\nEinddatum: 31-12-2023\n\n"
                 "De jeugdconsulenten zijn in dienst van de gemeente. Wat willen we bereiken? Snellere hulp voor "
                 "gezinnen.\n", "other", id="monitor_item"),
    pytest.param("Programma 2 Zorg en welzijn\n\nIn het programma vallen de thema's Jeugd, Wmo en Werk.\n\n"
                 "Realisatie van de beoogde effecten\n\nDe komende jaren vragen drie opgaven aandacht: "
                 "bestaanszekerheid, kansengelijkheid en gezondheid.\n", "jaarverslag", id="realised"),
    pytest.param("Programma 4: Samenleving\n\nVisie\n\nHet jaar 2022 bracht ons het eerste jaar van het Beleidsplan "
                 "Samen Verder 2022-2025. Ook in de jaren hierna blijft de wijkaanpak de kern; samen met huisartsen en "
                 "scholen bouwen wij de preventie verder uit.\n", "jaarverslag", id="year_in_the_past"),
    pytest.param("Inleiding\n\nIn de afgelopen jaren kwamen er grote opgaven op ons af. We openden twee nieuwe "
                 "wijkcentra, we sloten een akkoord met de zorgaanbieders en we hielden drie dorpsavonden. Met die "
                 "lessen schreven we onze programmabegroting 2027.\n", "begroting", id="ours"),
    pytest.param(_OFFERING.format(offer="Graag bieden we u hierbij de begroting voor 2026 en de jaren erna aan. "),
                 "begroting", id="offered"),
    pytest.param(_OFFERING.format(offer=""), "other", id="meeting_papers"),
]


@pytest.mark.parametrize(("text", "kind"), _TYPED)
def test_what_a_page_says_of_itself_types_it(text, kind):
    meta = infer_meta(text_doc(text), {})
    assert meta.document_type == kind, (meta.document_type, meta.evidence)


def test_a_village_written_with_a_hyphen_the_register_writes_without_is_found():
    # (the register of woonplaatsen has "Nieuwveen" in Nieuwkoop; people write it "Nieuw-Veen" as well)
    text = ("Jaarverslag 2023 gemeente Nieuwkoop\n\nSociaal domein\n\n"
            "In Nieuw-Veen opende in 2023 een nieuw dorpshuis met een inloop voor ouderen.\n")
    assert "Nieuw-Veen" in names_of(text, "neighbourhoods")


def test_a_page_titled_sociaal_domein_names_its_programme():
    text = ("2.1 Sociaal domein\n\nDe vraag naar jeugdhulp blijft stijgen. In de wijken werken de teams samen met "
            "de huisartsen.\n")
    meta = infer_meta(text_doc(text), {})
    assert meta.programmes == ["Sociaal domein"], (meta.programmes, meta.evidence)
    # a line further down the page is a theme's heading, not the page's programme
    below = "Jaarverslag 2023\n\nInleiding\n\nVeel gebeurde dit jaar.\n\nSociaal domein\n\nDe vraag steeg.\n"
    assert "Sociaal domein" not in infer_meta(text_doc(below), {}).programmes


def test_the_bbv_chapters_listed_as_lines_are_the_budgets_programmes():
    text = ("Inhoudsopgave\n\nVoorwoord\n3\nProgramma's\n9\nBestuur en ondersteuning\n10\nVeiligheid\n16\n"
            "Verkeer, vervoer en waterstaat\n21\nSociaal domein\n27\nVolksgezondheid en milieu\n40\nBijlagen\n55\n")
    programmes = infer_meta(text_doc(text), {}).programmes
    for name in ("Bestuur en ondersteuning", "Veiligheid", "Verkeer, vervoer en waterstaat", "Sociaal domein",
                 "Volksgezondheid en milieu"):
        assert name in programmes, programmes
    # two of them in running text or as a theme's heading are no list of the budget's chapters
    prose = "Sociaal domein\n\nOnderwijs\n\nDe scholen en de wijkteams werken samen aan veiligheid en economie.\n"
    assert "Onderwijs" not in infer_meta(text_doc(prose), {}).programmes


def test_a_table_of_contents_run_together_and_page_numbers_after_dot_leaders():
    run = ("Inhoud 1 Inleiding 3 2 Programma's 7 2.1 Programma zorg en welzijn 7 2.2 Programma werk en inkomen 14 "
           "2.3 Programma wonen en leefomgeving 20 3 Paragrafen 31\n")
    programmes = infer_meta(text_doc(run), {}).programmes
    assert programmes == ["Zorg en welzijn", "Werk en inkomen", "Wonen en leefomgeving"], programmes
    leaders = "Inhoud\nProgramma 1 Meedoen ...4\nProgramma 2 Opgroeien ...12<br />\nProgramma 3 Wonen ...21\n"
    programmes = infer_meta(text_doc(leaders), {}).programmes
    assert programmes == ["Meedoen", "Opgroeien", "Wonen"], programmes


def test_a_chapter_title_under_a_report_sites_spending_shares_names_the_programme():
    text = ("Uitgaven\n\n31,20%\n€ 41.870\nx € 1.000\n31,20% Complete\n\nInkomsten\n\n9,45%\n€ 12.655\nx € 1.000\n"
            "9,45% Complete\n\nSaldo\n\n€ -29.215\n\n7. Zorg en welzijn\n\nIedereen doet mee, ook wie "
            "ondersteuning nodig heeft.\n")
    programmes = infer_meta(text_doc(text), {}).programmes
    assert programmes == ["Zorg en welzijn"], programmes


def test_a_taakvelds_number_is_a_code_not_a_figure():
    text = ("6. Sociaal domein\n\nTaakveld 610: Samenkracht en burgerparticipatie\n\nOmschrijving\n\n"
            "In 2024 bezochten 412 inwoners de inloop in het buurthuis.\n")
    values = {f.value for f in find_figures(text, 2024)}
    assert 412.0 in values and 610.0 not in values, values


def test_a_national_schemes_benefit_in_lower_case_is_no_initiative():
    found = initiatives_in("Dit jaar betaalden we de energietoeslag uit aan ruim negenhonderd huishoudens met een "
                           "laag inkomen.")
    assert not any(n.lower() == "energietoeslag" for n in found), found
    # the scheme by its name is one
    assert "Energietoeslag" in initiatives_in("De regeling Energietoeslag werd uitgevoerd door het team Inkomen.")


def test_a_budget_tables_total_is_among_the_fifteen_figures_kept():
    rows = "".join(f"| Maatwerk Wmo onderdeel {k} | {100 + k}.{k:03d} | {110 + k}.{k:03d} |\n" for k in range(1, 18))
    text = ("Wat mag het kosten? (bedragen x € 1.000)\n\n| Onderdeel | Realisatie 2023 | Begroting 2024 |\n"
            + rows + "| Totaal lasten programma | 2.150.500 | 2.290.700 |\n")
    figs = find_figures(text, 2024)
    assert len(figs) == 15, len(figs)
    assert any(f.label.startswith("Totaal lasten") and f.value == 2290700000.0 for f in figs), \
        [(f.label, f.value) for f in figs]


def test_rows_under_a_part_heading_of_a_year_column_table_carry_the_part():
    text = ("Wat mag het kosten?\n\nBedragen x €1.000\n"
            "Exploitatie Realisatie 2023 Begroting 2024 Raming 2025\n"
            "Lasten\nWijkteams -1.210 -1.305 -1.350\nMaatwerk Wmo -4.100 -4.250 -4.300\n"
            "Totaal lasten -5.310 -5.555 -5.650\n"
            "Baten\nWijkteams 40 45 45\nTotaal baten 40 45 45\n")
    labels = {(f.label, f.value) for f in find_figures(text, 2024)}
    assert ("Wijkteams, lasten", -1305000.0) in labels, labels
    assert ("Wijkteams, baten", 45000.0) in labels, labels
    assert ("Totaal lasten", -5555000.0) in labels, labels


def test_a_tables_column_heads_and_a_heading_run_into_a_sentence_are_no_initiatives():
    found = initiatives_in("Geldende nota's\nTitel Periode Vastgesteld op Herziening\n"
                           "Beleidsplan Samen Sterk 2022-2025 2022 juni 2022\n\n"
                           "Inleiding Hierbij ontvangt u het verslag over dit jaar. Het Beleidsplan Samen Sterk liep goed.")
    assert any(n.startswith("Beleidsplan Samen Sterk") for n in found), found
    assert not any(w in n for n in found for w in ("Periode", "Vastgesteld", "Hierbij")), found


def test_a_kinds_plural_and_a_title_the_excerpt_cuts_off_are_no_initiatives():
    # (the page's excerpt ends inside the last item: no line end after it)
    found = names_of("Begroting 2026 gemeente Putten\n\nSociaal domein\n\n1.1 Uitvoeringsprogramma’s behorend bij "
                     "het beleidsplan worden in 2026 vastgesteld. Het project Chef's Table Rivierstad loopt door.\n"
                     " • Beleidsplan Schuldhulp 2022-2025\n • Beleidsplan Integrale ve", "initiatives")
    assert not any(n.startswith("Uitvoeringsprogramma") for n in found), found
    assert not any(n.endswith(" ve") for n in found), found
    assert any(n.startswith("Beleidsplan Schuldhulp") for n in found), found


def test_two_social_domain_acts_named_by_their_quoted_titles():
    text = ("Jaarverslag 2025 gemeente Zwolle\n\nPer 2026 geldt de nieuwe wet 'Van school naar duurzaam werk' voor ons. Ook het "
            "ingediende wetsvoorstel ‘Verbetering beschikbaarheid jeugdzorg’ volgen we. Voor het dorpshuis gelden de "
            "regels uit het Bkl (Besluit kwaliteit leefomgeving).\n")
    laws = names_of(text, "laws")
    assert {"Wet van school naar duurzaam werk", "Wet verbetering beschikbaarheid jeugdzorg",
            "Besluit kwaliteit leefomgeving"} <= laws, laws


def test_a_title_line_over_the_policy_indicators_heading_names_the_programme():
    text = ("Begroting 2027\n\nZorg & Samenleven\n\nBeleidsindicatoren\n\nDe verplichte indicatoren staan in de tabel "
            "hieronder.\n")
    assert infer_meta(text_doc(text), {}).programmes == ["Zorg & Samenleven"]
