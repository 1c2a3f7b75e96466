"""Forty-fifth round: a column, a leaflet and a page of questions and answers by their titles; a news item by a quote
its speaker closes ("..., zegt de zorgwethouder"), by what happened days ago, or by what a budget shows; the
municipality the file name gives where the text names it too, however often it names another; the student finance
acts by their abbreviations. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc

_TYPED = [
    pytest.param("Column wethouder Anna de Vries\n\nDeze maand wil ik iets vertellen over de mantelzorgers in onze dorpen. "
                 "Wat gaan we in 2025 doen? We gaan meer respijtzorg bieden.\n", "other",
                 id="a-column-by-its-title"),
    pytest.param("gemeente Rivierstad | Column burgemeester - week 12\n\nIn 2024 hebben we veel bereikt met de "
                 "wijkteams. Wat hebben we bereikt?\n", "other", id="a-column-after-the-sites-name"),
    pytest.param("Folder voor nieuwe inwoners met kinderen\n\nMet deze informatie leest u wat er in de gemeente voor uw "
                 "kind geregeld is. Wat willen we bereiken? Dat elk kind gezond opgroeit.\n", "other",
                 id="a-leaflet-by-its-title"),
    pytest.param("Logo van de gemeente\n\nVraag en antwoord Meedoenregeling\n\nWat is de meedoenregeling?\nEen bijdrage "
                 "voor mensen met een laag inkomen. Wat gaan we doen in 2025?\n", "other",
                 id="questions-and-answers-by-their-title"),
    pytest.param("Website voor vrijwilligers\n\nDe site staat online. ‘Zo vinden vraag en aanbod elkaar sneller’, zegt "
                 "zorgwethouder Jan Smit. In 2025 gaan we de site uitbreiden.\n", "other",
                 id="a-quote-its-speaker-closes"),
    pytest.param("Dorpsraden praten mee\n\nDe dorpsraden kwamen vorige week in het gemeentehuis bijeen om plannen te "
                 "delen. Er is veel bereikt.\n", "other",
                 id="what-happened-last-week"),
    pytest.param("Rivierstad houdt de lasten laag\n\nOok in 2027 sluit de rekening van Rivierstad. Dat blijkt uit de "
                 "begroting voor 2025. Wat gaan we doen? We gaan zuinig om met de reserves.\n", "other",
                 id="what-a-budget-shows"),
    # (an account that says what its own monitor shows, and a budget's week of a national campaign, stay reports)
    pytest.param("Programma Zorg\n\nWat hebben we bereikt?\n\nMeer inwoners voelen zich gezond. Dit blijkt uit de "
                 "gezondheidsmonitor. Wat hebben we daarvoor gedaan?\n", "jaarverslag",
                 id="an-account-on-what-a-monitor-shows"),
    pytest.param("Programma Zorg\n\nWat willen we bereiken?\n\nIn de Week van de Mantelzorg gaan we alle mantelzorgers "
                 "bedanken. Wat gaan we daarvoor doen?\n", "begroting", id="a-week-of-a-campaign-is-no-news"),
    pytest.param("Vergaderingen\n12-03-2024 Commissie Samenleving\n3 Vaststellen verslag 6 februari 2024 - 20:05\n"
                 "4 Jeugdhulp - 20:15\nDe commissie spreekt over de begroting 2025 en wat we willen bereiken.\n", "other",
                 id="a-committees-meeting-by-its-date"),
    pytest.param("Beslutelist kolleezje\n\n5 maart 2019\n\nDe begroting 2020 en wat we willen bereiken.\n", "other",
                 id="a-frisian-list-of-decisions"),
    pytest.param("Programma 4 Samenleving\n\nBeleidsdoel\n\nMet dit programma willen we dat elke inwoner kan meedoen. "
                 "Dat doen we samen met de dorpen.\n", "begroting", id="this-programme-is-the-budgets"),
]


@pytest.mark.parametrize(("text", "kind"), _TYPED)
def test_page_type(text, kind):
    meta = infer_meta(text_doc(text))
    assert meta.document_type == kind, meta.evidence["document_type"]


_TWO_CITIES = ("Collegebesluiten\n\nVervoer naar de dagbesteding\n\n{own} koopt het vervoer in met Amsterdam. "
               "Amsterdam stelt nieuwe eisen aan de vervoerders. Amsterdam betaalt het grootste deel. Meedoen met "
               "Amsterdam vanaf 2026 is een optie. Het college kiest voor de aanbesteding door Amsterdam.\n")


def test_the_file_name_decides_where_the_text_names_its_municipality_too():
    meta = infer_meta(text_doc(_TWO_CITIES.format(own="Diemen"), source="besluitenlijst_diemen.txt"))
    assert meta.municipality.cbs_code == "GM0384", meta.evidence["municipality"]


def test_the_file_name_does_not_decide_where_the_text_does_not_name_it():
    meta = infer_meta(text_doc(_TWO_CITIES.format(own="De gemeente"), source="besluitenlijst_diemen.txt"))
    assert meta.municipality.cbs_code == "GM0363", meta.evidence["municipality"]


def test_without_the_file_name_the_text_decides():
    meta = infer_meta(text_doc(_TWO_CITIES.format(own="Diemen"), source="besluitenlijst.txt"))
    assert meta.municipality.cbs_code == "GM0363", meta.evidence["municipality"]


def test_the_student_finance_acts_by_their_abbreviations():
    text = ("Studenten die een uitkering krachtens de WSF of de WTOS krijgen, vallen buiten het kindpakket. Voor hen "
            "zijn er andere regelingen.")
    laws = {law.name for law in extract(text_doc(text)).laws}
    assert laws == {"Wet studiefinanciering 2000", "Wet tegemoetkoming onderwijsbijdrage en schoolkosten"}


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Het oude schoolgebouw is verhuurd aan Bouwplan B.V. voor tien jaar.", "Bouwplan",
                 id="a-company-named-plan"),
    pytest.param("De gemeente verhuurt het pand aan Bouwplan B.V. voor tien jaar.", "Bouwplan",
                 id="a-company-the-thing-goes-to"),
    pytest.param("De Stichting Platform Gehandicapten geeft de raad advies.", "Platform Gehandicapten",
                 id="a-foundation-named-platform"),
    pytest.param("De diensten van Zorg aan Huis B.V. zijn goed beoordeeld.", "Zorg aan Huis", id="a-company-named-aan"),
])
def test_a_legal_form_makes_a_body_whatever_its_words(text, name):
    ext = extract(text_doc(text))
    assert name in {o.name for o in ext.organisations}
    assert not any(name in i.name for i in ext.initiatives)


@pytest.mark.parametrize("text", [
    pytest.param("In de zorgregio Zaanstreek-Waterland zijn de wachttijden korter geworden.",
                 id="after-a-compound-of-regio"),
    pytest.param("Alle gemeenten in Zaanstreek-Waterland delen de kosten van de opvang.",
                 id="the-municipalities-in-it"),
])
def test_a_region_a_body_is_named_after_is_no_body(text):
    assert not extract(text_doc(text)).organisations


def test_the_body_named_after_its_region_stays():
    text = "Het Werkvoorzieningschap Zaanstreek-Waterland biedt beschut werk aan."
    assert {o.name for o in extract(text_doc(text)).organisations} == {"Werkvoorzieningschap Zaanstreek-Waterland"}


@pytest.mark.parametrize(("text", "year"), [
    pytest.param("Werkplan Zorg 2023: samen verder\n\nHet werkplan zegt wat we tot 2026 willen doen. In 2024 "
                 "breiden we de wijkteams uit.\n", 2023, id="a-title-year-before-its-subtitle"),
    pytest.param("Verordening Sport 2018 Gemeente Rivierstad\n\nGegevens van de regeling\n\nDe verordening "
                 "geldt tot 2021. Aanvragen voor 2019 gaan in het najaar.\n", 2018, id="a-title-year-before-whose-it-is"),
    pytest.param("Column van de wethouder, 3 maart 2020\n\nIn 2019 gingen veel vrijwilligers aan de slag. Het jaar "
                 "2019 was druk.\n", 2020, id="a-title-ending-with-its-date"),
])
def test_the_year_of_a_paper_by_its_title(text, year):
    meta = infer_meta(text_doc(text))
    assert meta.document_type == "other", meta.evidence["document_type"]
    assert meta.year == year, meta.evidence["year"]


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Aanpassing Verordening jeugdhulp gemeente Diemen 2024\nDe raad past de eigen bijdrage aan.",
                 "Verordening jeugdhulp gemeente Diemen 2024", id="an-ordinance-in-a-heading"),
    pytest.param("Subsidieregeling sport, cultuur en welzijn gemeente Diemen 2022\n\nArtikel 1",
                 "Subsidieregeling sport, cultuur en welzijn gemeente Diemen 2022", id="a-scheme-with-a-list"),
    pytest.param("Op grond van de Beleidsregels jeugdhulp Diemen 2019 wordt de hulp toegekend.",
                 "Beleidsregels jeugdhulp Diemen 2019", id="policy-rules-in-a-sentence"),
])
def test_a_regulation_by_its_whole_name(text, name):
    assert name in {i.name for i in extract(text_doc(text)).initiatives}


def test_a_decision_in_a_sentence_is_no_regulation():
    text = "Het college besluit de nota van Diemen 2021 aan de raad te sturen."
    assert not any("besluit" in i.name.lower() for i in extract(text_doc(text)).initiatives)


def test_an_account_that_spent_less_than_budgeted_is_no_forecast():
    text = ("Sociaal domein\nIn 2021 kregen minder inwoners een uitkering. De kosten bleven ruim lager dan begroot, "
            "zodat er geld overbleef. We hebben de regelingen uitgevoerd.")
    assert infer_meta(text_doc(text)).document_type == "jaarverslag"


def test_one_neighbourhoods_name_alone_names_no_municipality():
    text = "Sociaal domein\n\nDe kosten van de jeugdzorg stijgen in heel Nederland sneller dan verwacht."
    meta = infer_meta(text_doc(text))
    assert meta.municipality is None, meta.evidence["municipality"]


def test_two_neighbourhoods_of_one_municipality_still_name_it():
    text = "De wijkteams in Stadshagen en Holtenbroek hebben dit jaar meer gezinnen geholpen."
    meta = infer_meta(text_doc(text))
    assert meta.municipality is not None and meta.municipality.cbs_code == "GM0193", meta.evidence["municipality"]


def test_two_schemes_sharing_their_noun_are_two_initiatives_and_no_body():
    text = "Voor zelfstandigen met een laag inkomen voerde de gemeente de TOZO- en TONK-regeling uit."
    ext = extract(text_doc(text))
    assert {"TOZO", "TONK"} <= {i.name for i in ext.initiatives}
    assert not ext.organisations


def test_a_pilot_named_with_a_body():
    text = "Jongeren krijgen begeleiding via de Pilot Leerwerkplek en RTA Rivierland in de regio."
    assert "Pilot Leerwerkplek" in {i.name for i in extract(text_doc(text)).initiatives}


@pytest.mark.parametrize("text", [
    pytest.param("Er komt geld voor een proef met werkplekken. De pilot eindigt in 2026 met een evaluatie.",
                 id="the-pilot-starts"),
    pytest.param("Dit programma kent twee delen, de deelprogramma's:\n\n • Programma 3A: Zorg (taakveld 6.1);\n"
                 " • Programma 3B: Meedoen (taakveld 6.3).\n", id="numbered-sub-programmes"),
])
def test_no_initiative(text):
    assert not extract(text_doc(text)).initiatives


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("Inwoners 20.400 20.900 21.300 CBS Totaal\nWoningen 8.120 8.340 OCD Buurtmonitor\n",
                 {"Centraal Bureau voor de Statistiek"},
                 id="a-product-and-a-table-word-after-the-short-name"),
    pytest.param("Werkloze jongeren (16-22 jaar)\n\nCBS Bevolkings- statistiek\n",
                 {"Centraal Bureau voor de Statistiek"}, id="a-compound-cut-at-the-line-end"),
    pytest.param("Op CBS De Regenboog en OBS Het Kompas begint de aanpak na de zomer.",
                 {"CBS De Regenboog", "OBS Het Kompas"}, id="schools-by-their-kind-stay"),
])
def test_a_bodys_short_name_and_what_follows_it(text, names):
    assert {o.name for o in extract(text_doc(text)).organisations} == names


def test_a_second_table_one_cell_a_line_after_prose_keeps_its_first_column():
    text = ("Indicator\n\nRealisatie 2019\n\nRealisatie 2021\n\nAmbitie 2023\n\n% inwoners dat sport\n\n48\n\n52\n\n55\n\n"
            "Het sportakkoord helpt daarbij. Meer clubs doen mee.\n\n \n\nRealisatie 2019\n\nRealisatie 2021\n\nAmbitie 2023\n\n"
            "% inwoners dat zich eenzaam voelt\n\n41\n\n44\n\n40\n\nDe cijfers komen uit de gezondheidsmonitor.")
    by_label = {(f.label, f.year): f.value for f in extract(text_doc(text)).figures}
    assert by_label.get(("% inwoners dat zich eenzaam voelt", 2019)) == 41


def test_a_cost_table_one_cell_a_line_with_group_headings_and_a_noted_difference_column():
    text = ("Wat heeft het gekost?\n\nExploitatie (bedragen x 1.000)\n\nZorg\n\nRealisatie 2023\n\nPrimitief 2024\n\n"
            "Gewijzigde raming 2024\n\nRealisatie 2024\n\nAfwijking\n(+ = voordeel)\n\n6600 Hulpmiddelen\n\nLasten\n\n"
            "3.100\n\n3.250\n\n3.300\n\n3.410\n\n-110\n\nBaten\n\n40\n\n35\n\n35\n\n52\n\n17\n\nSaldo\n\n-3.060\n\n"
            "-3.215\n\n-3.265\n\n-3.358\n\n-93\n")
    figs = {(f.label, f.year): f.value for f in extract(text_doc(text, source="jaarstukken_2024.txt")).figures}
    assert figs.get(("6600 Hulpmiddelen, lasten", 2024)) == 3410000
    assert figs.get(("6600 Hulpmiddelen, baten", 2024)) == 52000


@pytest.mark.parametrize("text", [
    pytest.param("De acties staan steeds onder de kop ‘Wat gaan we ervoor doen’ in elk hoofdstuk.",
                 id="a-headings-question-quoted"),
    pytest.param("Het beleidskader rust op drie pijlers:\n\n  • Sterke wijken\n  • Snelle hulp bij schulden\n"
                 "  • Werk voor iedereen\n", id="a-frameworks-pillars"),
])
def test_no_initiative_either(text):
    assert not extract(text_doc(text)).initiatives


def test_a_documents_part_is_no_part_of_its_name():
    text = "Relevante beleidskaders\n\n  • Nota Zorg en Welzijn 2020-2030, deel II Jeugd, Samen sterk voor kinderen\n"
    assert "Nota Zorg en Welzijn 2020-2030" in {i.name for i in extract(text_doc(text)).initiatives}


def test_a_register_label_run_into_its_value_names_nothing():
    text = ("Gegevens van de regeling\nOverheidsorganisatieGemeente Diemen\nCiteertitelBeleidsregels Jeugdhulp Diemen\n"
            "Vastgesteld doorde gemeenteraad\n")
    ext = extract(text_doc(text))
    assert not ext.organisations
    assert not any(i.name.startswith(("Citeertitel", "Overheidsorganisatie")) for i in ext.initiatives)
