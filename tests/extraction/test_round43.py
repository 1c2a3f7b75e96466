"""Forty-third round: a budget's indicator table whose column labels ("Werkelijk", "Begroot") stand a line above
their years, a mid-year report dated by the budget year its table runs to, a site's news item under its heading and
date line, and a council member's written questions with the question's date. The texts are invented for these
tests."""

import pytest
from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc

_TYPED = [
    pytest.param(
        "Programma Zorg\n\nWat willen we bereiken?\n\nIndicatoren\n\nWerkelijk\n2019\n\nBegroot\n2020\n\nBegroot\n2021"
        "\n\nBegroot\n2022\n\nBegroot\n2023\n\nBegroot\n2024\n\nAantal cliënten dagbesteding\n\n310\n\n300\n\n300\n\n"
        "290\n\n290\n\n290\n\nMantelzorgers met een waardering\n\n-\n\n850\n\n900\n\n900\n\n900\n\n900\n",
        "begroting", 2021, id="column-labels-above-their-years"),
    pytest.param(
        "Naam indicator | Eenheid | Jaarrekening 2019 | Begroting 2020 | Begroting 2021 | 1e hoofdlijnenrapportage | "
        "2e hoofdlijnenrapportage\n\nCliënten met een maatwerkvoorziening | Aantal | 412 | 420 | 430 | 441 | 452\n\n"
        "Verstrekte bijzondere bijstand | Aantal | 198 | 205 | 210 | 190 | 201\n",
        "other", 2021, id="mid-year-report-runs-to-its-budget-year"),
    pytest.param(
        "Gemeente Rivierstad\n\n\nNieuwsberichten\n\n14-09-2004\nCollege steunt buurthuis met bijdrage\n\nHet college "
        "heeft deze week besloten het buurthuis De Linde een bijdrage te geven voor de verbouwing. In 2002 vroeg de "
        "buurtvereniging al om een nieuwe keuken.\n",
        "other", 2004, id="news-item-under-its-date-line"),
    pytest.param(
        "Artikel 40 vragen\n\n« Terug\n\nOnderwerpMantelzorg\nDatum vraag3/14/2020\nToelichtingIn de vergadering van "
        "de raad van 2019 is een motie over mantelzorg aangenomen. Het college heeft toen een plan toegezegd.\n",
        "other", 2020, id="written-questions-with-their-date"),
    pytest.param("Mantelzorgagenda 2022\n\nNotitie voor de raad\n\nSinds de fusie van twee dorpen tot één gemeente "
                 "vragen mantelzorgers om één loket. Wij hebben daarover met hen gesproken. De komende jaren werken we "
                 "dat uit.\n", "other", 2022, id="a-paper-by-the-year-its-title-ends-in"),
    pytest.param("Rivierstad kiest voor de buurt\n\n4 mei 2022\nNieuwsbericht\n\nMet het programma Buurt Vooruit krijgen "
                 "de wijken vier jaar lang meer geld voor jongerenwerk. Eerder hebben de wijkteams al veel bereikt. Er zijn "
                 "nieuwe werkwijzen ontstaan.\n", "other", 2022, id="a-news-item-by-its-label"),
    pytest.param("Buurtwerk aan de slag in Rivierstad\n\nWethouder Anna Visser en Jan de Boer, directeur van de stichting, "
                 "tekenden dinsdag 14 januari 2020 de overeenkomst.\n\nDe verwachtingen zijn hoog. Het buurtwerk is er voor "
                 "alle jongeren.\n", "other", 2020, id="a-news-item-by-its-weekday"),
    pytest.param("Meld een fout via het formulier.\nRivierstad\n\nVerordening mantelzorgwaardering gemeente Rivierstad 2012\n\n"
                 "Wetstechnische informatie\n\nGegevens van de regeling\nOrganisatieRivierstad\nCiteertitelVerordening "
                 "mantelzorgwaardering gemeente Rivierstad 2012\nVastgesteld doorgemeenteraad\n", "other", 2012,
                 id="the-registers-headings-and-the-title-year"),
    pytest.param("Informatienota\n\nTranscriptie\n1 Onderwerp Evaluatie schuldhulp Informatienota Portefeuille A. Bos "
                 "B & W-vergadering van 9 mei 2017 DOEL: Informeren. Sinds 2011 werkt de gemeente samen met de "
                 "kredietbank. In 2011 is het eerste convenant gesloten.\n", "other", 2017, id="a-paper-by-its-meeting"),
    pytest.param("Nota mantelzorg\n\nWeergave met pagina beginnen:\n\nDownload \"Nota mantelzorg 2016-2019\"\n\nTranscriptie\n\n"
                 "1 De raad van de gemeente Rivierstad; gelezen het voorstel van burgemeester en wethouders; besluit vast te "
                 "stellen de nota. In 2014 en 2015 is met mantelzorgers gesproken.\n", "other", 2016,
                 id="a-copied-notes-period-in-its-download-line"),
    pytest.param("Naar de actuele versie van de regeling\nRegeling vervallen per 01-01-2022\nBeleidsplan jeugd gemeente "
                 "Rivierstad 2017-2020\nGeldend van 15-03-2019 t/m 31-12-2021\nIntitulé\nBeleidsplan jeugd gemeente "
                 "Rivierstad 2017-2020\n1. Inleiding\nIn 2016 is met scholen gesproken.\n", "other", 2017,
                 id="a-registers-plan-by-its-period-not-its-validity"),
    pytest.param("Concept-Nota Mantelzorg 2018-2021\nReacties op de concept-nota\nDe gemeente legt in deze nota vast wat zij wil "
                 "bereiken. De komende jaren willen we mantelzorgers beter ondersteunen.\n", "other", None, id="a-draft-note-by-its-title"),
    pytest.param("Samen groeien\n\nNieuw integraal beleidskader Jeugd ‘Samen groeien’\n\nDe afgelopen tijd is met ouders gewerkt aan "
                 "dit kader. De komende jaren willen we de jeugdhulp dichter bij huis brengen.\n", "other", None,
                 id="a-new-framework-after-two-adjectives"),
    pytest.param("Bericht van wethouder Anna Visser over de opvang\n\nBeste inwoners,\n\nGraag vertel ik u over de stand van de opvang. "
                 "We hebben veel hulp gekregen. De komende weken gaan we verder.\n", "other", None, id="an-aldermans-message"),
]


@pytest.mark.parametrize(("text", "kind", "year"), _TYPED)
def test_a_page_is_typed_and_dated_by_what_it_is(text, kind, year):
    meta = infer_meta(text_doc(text), {})
    assert meta.document_type == kind, meta.evidence["document_type"]
    if year is not None:  # (the rows of a year None test the type only)
        assert meta.year == year, meta.evidence["year"]


def test_year_columns_that_name_their_source_budget_keep_their_years_and_multiplier():
    from sdkg.loaders.extract.figures import find_figures
    text = ("Programma 2 Zorg\n\nWat mag het kosten?\nBedragen x €1.000\nExploitatie Begroting 2025 Progr.begr. 2025-2028 "
            "Begroting 2026 Progr.begr. 2025-2028 Begroting 2027 Progr.begr. 2025-2028\nLasten\nIncidenteel 820 140 30\n"
            "Structureel 24.310 24.950 25.400\nTotaal Lasten 25.130 25.090 25.430\nBaten\nStructureel 5.210 5.300 5.350\n")
    got = {(f.label, f.value, f.year) for f in find_figures(text, 2025)}
    assert ("Totaal Lasten", 25130000.0, 2025) in got
    assert not {v for _label, v, _y in got if v < 1000}  # no cell is read without the table's multiplier


def test_a_date_alone_on_a_line_far_down_a_register_page_does_not_date_it():
    # the guard for the news item's date line above: only a date line near the top dates a page
    text = ("Fouten kunt u melden.\nRivierstad\n\nverordening maatschappelijke ondersteuning Rivierstad 2016\n\n"
            "Gegevens van de regeling\nOrganisatieRivierstad\nOfficiële naam regelingverordening maatschappelijke "
            "ondersteuning Rivierstad 2016\nVastgesteld doorgemeenteraad\nOnderwerpzorg en welzijn\n\nWettelijke "
            "grondslag(en)\n\nWet maatschappelijke ondersteuning 2015\n\nOverzicht wijzigingen"
            "\n\nDatum besluit\n\n10-12-2015\n\nOnbekend\n\nDe raad van de gemeente Rivierstad;\n\n"
            "gelezen het voorstel van burgemeester en wethouders;\n\nbesluit vast te stellen de verordening.\n")
    meta = infer_meta(text_doc(text), {})
    assert meta.document_type == "other" and meta.year != 2015, meta.evidence["year"]


@pytest.mark.parametrize(("text", "initiative"), [
    ("Gemeente Rivierstad, 2025. De Subsidieregeling Welzijn Rivierstad 2025 is door het college vastgesteld.",
     "Subsidieregeling Welzijn Rivierstad 2025"),
    ("Gemeente Rivierstad, 2025. Het Beleidsplan Welzijn Rivierstad is door de raad vastgesteld.",
     "Beleidsplan Welzijn Rivierstad"),
])
def test_a_name_after_a_documents_kind_is_that_documents_subject_not_a_body(text, initiative):
    from sdkg.loaders.extract import extract
    ex = extract(text_doc(text))
    assert not ex.organisations, [o.name for o in ex.organisations]
    assert initiative in {i.name for i in ex.initiatives}


def test_a_joint_regulation_names_its_body_still():
    from sdkg.loaders.extract import extract
    text = "Gemeente Rivierstad, 2025. De Gemeenschappelijke Regeling Vervoer Dalwijk regelt het doelgroepenvervoer."
    assert "Vervoer Dalwijk" in {o.name for o in extract(text_doc(text)).organisations}


def test_a_laws_title_before_its_acronym_is_no_body_even_when_misnamed():
    from sdkg.loaders.extract import extract
    text = ("Gemeente Rivierstad. Onder het sociaal domein vallen de Jeugdwet, de Participatiewet en de Wet "
            "Publieke Gezondheidsdienst (WPGD).")
    assert not extract(text_doc(text)).organisations


def test_a_council_committee_and_its_meeting_are_neither_body_nor_initiative():
    from sdkg.loaders.extract import extract
    text = ("Raadscommissie Samenleving 12 maart 2019\n\nTranscriptie\n\n1 Raadscommissie Samenleving 12 maart 2019 "
            "Locatie: Raadzaal. De Raadscommissie Samenleving bespreekt het jaarplan van Stichting Buurtwerk Dalwijk.\n")
    ex = extract(text_doc(text))
    assert {o.name for o in ex.organisations} == {"Buurtwerk Dalwijk"}, [o.name for o in ex.organisations]
    assert not {i.name for i in ex.initiatives if "commissie" in i.name.lower()}


def test_a_columns_year_under_the_tables_unit_line_is_no_amount():
    from sdkg.loaders.extract.figures import find_figures
    text = ("Zorg\n\nBegroting\n\nBedragen x €1.000\n\n2024\n\n2025\n\nExploitatie\n\nLasten\n\n120.400\n\n124.100\n\n"
            "Baten\n\n-31.200\n\n-30.050\n\nSaldo van baten en lasten\n\n89.200\n\n94.050\n\nOntwikkeling van de "
            "begroting\n\nBegroting\n\nBedragen x €1.000\n\n2024\n\nPrimitieve begroting\n\n81.410\n\nEerste "
            "tussenrapportage 2024\n\n2.390\n\nSaldo van baten en lasten\n\n83.800\n")
    values = {f.value for f in find_figures(text, 2024)}
    assert 2024000.0 not in values and 81410000.0 in values, values


def test_a_municipalitys_web_address_in_the_text_names_it():
    text = ("Agenda commissie Burgers\n\nDatum : 5 maart 2019\n\nAlle vergaderstukken staan op raad.tubbergen.nl.\n\n"
            "1. Opening\n2. Vaststellen agenda\n3. Beleidsplan mantelzorg\n")
    meta = infer_meta(text_doc(text), {})
    assert meta.municipality is not None and meta.municipality.cbs_code == "GM0183", meta.evidence["municipality"]
    # a partner's site that holds a municipality's name among other words names no municipality
    other = text.replace("raad.tubbergen.nl", "www.welzijntubbergen.nl")
    assert infer_meta(text_doc(other), {}).municipality is None


def test_a_contents_lists_column_of_programma_names_no_programme():
    text = ("Jaarverslag\n2016\nDeel I: Inleiding Deel II:\nBeleidsverantwoording programma's\nProgramma\nProgramma\n"
            "Programma\nDeel III:\n1: Bestuur en burgerzaken\n2: Zorg en welzijn\n3: Werk en inkomen\nParagrafen\n")
    programmes = infer_meta(text_doc(text), {}).programmes
    assert not {p for p in programmes if p == "Programma" or p.endswith(":")}, programmes


@pytest.mark.parametrize(("address", "town"), [("Postbus 200 DOORN", "Doorn"), ("Stationsplein 3, Maarn", "Maarn")])
def test_a_town_in_a_post_box_or_street_address_is_no_neighbourhood(address, town):
    from sdkg.loaders.extract import extract
    text = (f"Gemeente Utrechtse Heuvelrug\n{address}\n\nRaadsvoorstel over de dagbesteding. Het college stelt voor de "
            "dagbesteding uit te breiden.\n")
    names = {p.name.lower() for p in extract(text_doc(text)).neighbourhoods}
    assert town.lower() not in names, (address, names)


# ("Informatienota" alone guards what is left when its field is cut off)
@pytest.mark.parametrize("title", ["Jeugdplan Samenvatting", "Collegevoorstel Inleiding", "Informatienota Portefeuille J",
                                   "Informatienota", "Auteur Dhr"])
def test_a_papers_fields_and_sections_run_into_a_title_name_no_initiative(title):
    from sdkg.loaders.extract import extract
    text = (f"Gemeente Rivierstad\n\nTranscriptie\n\n1 {title}. Zaaknummer 2018-44 Onderwerp mantelzorg. Het college "
            "informeert de raad over de mantelzorg. De regeling Mantelzorgpas loopt door.\n")
    names = {i.name for i in extract(text_doc(text)).initiatives}
    assert title not in names, names


@pytest.mark.parametrize("text", [
    "Gemeente Rivierstad. Zo bepaalt artikel 7, tweede lid van de Algemene subsidieverordening Rivierstad."
    "\n\n  • c.\n\n",
    "Coalitieprogramma 2019-2022\n\nInhoudsopgave I Rivierstad, sterk en sociaal II Onze plannen voor de stad III Zorg "
    "en welzijn IV College en taken\n",
])
def test_a_lone_adjective_and_a_contents_part_by_its_roman_numeral_are_no_bodies(text):
    from sdkg.loaders.extract import extract
    names = {o.name for o in extract(text_doc(text)).organisations}
    assert not {n for n in names if n in ("Algemene",) or n.startswith(("II ", "IV "))}, names
