"""Forty-second round: a college's list of decisions whose title qualifies it, the answers to a council member's
questions, a web post's byline, a year told by the part of it ("in het derde kwartaal van 2021"), a text whose only
title cue refers to another document, a budget set beside the one before it, grantees named after the grant's verb, a
ministry written without "van", a numbered list run into one line, and country-wide methods written in lower case;
then, from the batches after them, a title that names a plan (two plans in one, a plan of approach), a proposal to the
council by its title, a decision's formula, and a policy plan's table of contents, whose numbers are no figures; and
from the batches after those, a regulation dated by the day it took effect, a report site's publication date, school
boards and schools listed after their kind, bodies announced as "de volgende stichtingen", a list under a heading of
its own below another list, and a document's number of five digits; last, a document copied onto a document-copy site
that does not say it is a budget or an account, and an indicator table printed one cell a line whose rows are numbered,
with a target column and cells without a value. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.metadata import infer_meta

from .conftest import in_chapter, initiatives_in, orgs_in, text_doc

_TYPED = [
    pytest.param(
        "Collegebesluiten B&W besluitenlijst van 3 maart 2021\n\nWelzijn\n\nHet college van burgemeester en "
        "wethouders heeft besloten het buurtwerk in 2022 en 2023 voort te zetten; de begroting 2022 dekt de kosten.\n",
        "other", 2021, id="college-decisions-qualified-title"),
    pytest.param(
        "Mantelzorgwaardering\n\nVraag 1\nHoeveel mantelzorgers kregen in 2019 een "
        "blijk van waardering?\n\nAntwoord:\nIn 2019 hebben wij 800 mantelzorgers een waardering gegeven. In 2020 "
        "gaan we de regeling verruimen.\n",
        "other", None, id="answers-to-questions"),
    pytest.param(
        "Steun voor de voedselbank\n\nDoor Anna Visser, Fractie Zuid op 3 mei 2019 om 10:15\n\nTijdens de "
        "behandeling van de begroting stelden wij voor de voedselbank extra te steunen. Het voorstel werd aangenomen. "
        "We zijn blij.\n",
        "other", 2019, id="web-post-byline"),
    pytest.param(
        "Sport- en Beweegplan Rivierstad 2016-2019\n\nSporten is gezond. Wij willen dat meer inwoners bewegen. In de "
        "komende jaren gaan we de sportverenigingen ondersteunen.\n",
        "other", None, id="title-names-a-plan"),
    pytest.param(
        "Toezicht- en Voorlichtingsplan Alcohol 2017-2020\n\nWij willen minder drankgebruik onder jongeren. In de "
        "komende jaren gaan we vaker controleren.\n",
        "other", None, id="title-names-two-plans-in-one"),
    pytest.param(
        "Save this PDF as:\n\nDownload \"2016 Plan van aanpak Gezonde Jeugd Rivierstad\"\n\nTranscriptie\n\n1 "
        "Inleiding Wij willen dat kinderen gezond opgroeien. De komende jaren gaan we scholen en sportclubs betrekken.\n",
        "other", None, id="copy-of-a-plan-of-approach"),
    pytest.param(
        "Voorstel aan de raad\n\nOnderwerp: uitbreiding van de dagbesteding\n\nWij stellen u voor een krediet "
        "beschikbaar te stellen. In 2025 willen we de nieuwe locatie openen.\n",
        "other", None, id="proposal-to-the-council"),
    pytest.param(
        "Subsidieregels welzijn 2026\n\nDe raad van de gemeente Rivierstad;\n\ngelezen het voorstel van burgemeester en "
        "wethouders van 4 september 2025;\n\nbesluit: de regels hieronder te laten gelden. In 2026 gaan we de "
        "subsidies voor het welzijnswerk anders verdelen.\n",
        "other", None, id="a-decisions-formula"),
    pytest.param(
        "Begroting\n\nTweede rapportage\n\nVoortgang van onze planning:\n\nDe campagne op de scholen is gestart. Twee "
        "kernen hebben belangstelling getoond.\n",
        "other", None, id="the-years-second-report"),
    pytest.param(
        "Werk, jeugd en zorg\n\nSamenvatting\n\nIn de halfjaarrapportage hebben we gemeld dat de uitvoering op schema lag "
        "voor de voornemens uit de begroting 2021. Dat is zo gebleven. Er waren weinig tegenvallers en we hebben de "
        "wachttijden verkort. De kosten van het in 2020 ingevoerde tarief waren hoger. Hoe het komend begrotingsjaar "
        "verloopt, moeten we bezien.\n",
        "jaarverslag", 2021, id="an-account-looks-at-its-budget-and-the-next-year"),
    pytest.param(
        "Jeugdhulp\n\nOntwikkelingen\n\nVooral in het derde kwartaal van 2021 waren de wachtlijsten lang. Dat is "
        "mede de reden geweest voor een nieuwe werkwijze. De regio zal in de komende jaren haar rol herzien.\n",
        "jaarverslag", 2021, id="year-told-by-its-quarter"),
    pytest.param(
        "Welzijn\n\nToelichting\n\nIn 2022 hebben we de buurtteams uitgebreid. In 2022 is het buurtfonds gestart "
        "en zijn er veertig activiteiten georganiseerd. Vrijwilligers hebben elkaar vaker gevonden.\n\nZoals in de "
        "begroting 2023 staat, krijgt het welzijnswerk een nieuwe indeling.\n",
        "jaarverslag", 2022, id="a-referred-budget-does-not-date-an-account"),
    pytest.param(
        "Bedragen x € 1.000\n\nVerschillen\n\nHieronder staat waarom begroting 2020 afwijkt van begroting 2019:"
        "\n\n1\nIn 2019 waren eenmalige kosten voor de huisvesting geraamd.\nL\n26\nV\n\n2\nIn 2019 is de "
        "uitvoering dubbel geraamd.\nL\n14\nV\n\n3\nDe kosten voor hulpmiddelen waren in 2019 hoger geraamd.\n"
        "L\n10\nV\n",
        "begroting", 2020, id="a-budget-beside-the-one-before"),
    pytest.param(
        "Inkomensregelingen\n\nWat doen we?\nWij verstrekken bijstand op grond van de Participatiewet en het "
        "Besluit bijstandverlening zelfstandigen 2004. De regels voor de Wajong zijn met ingang van 2015 strenger. "
        "In 2020 wordt naar verwachting aan 900 huishoudens een uitkering verstrekt.\n",
        "begroting", 2020, id="a-regulations-year-and-a-start-date"),
    pytest.param(
        "Subsidieregels buurthuizen\n\nDit is een toekomstige tekst! Geldend vanaf 01-03-2027\n\nIntitulé\n\n"
        "Subsidieregels buurthuizen\n\nDe buurthuizen zijn belangrijk voor de kernen. In 2019 en 2021 is de "
        "regeling verlengd; de eerste regels zijn van 2012.\n",
        "other", 2027, id="a-regulation-dated-by-the-day-it-took-effect"),
    pytest.param(
        "Toezichtplan Alcohol en Jeugd 2016 en 2017\n\nDe gemeente wil minder drankgebruik "
        "onder jongeren. De regels gelden per 1 januari 2017.\n",
        "other", 2016, id="a-plan-dated-by-its-titles-first-year"),
    pytest.param(
        "Jeugdbeleid in beeld\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nWeergave met pagina beginnen:\n\n"
        "Download \"Jeugdbeleid in beeld\"\n\nTranscriptie\n\n1 Jeugdbeleid in beeld 2 Inleiding In 2013 is het "
        "jeugdbeleid geëvalueerd. Daaruit bleek dat de ouders tevreden waren. Ook werd de samenwerking met de scholen "
        "versterkt.\n",
        "other", None, id="a-copied-document-naming-no-budget"),
]


@pytest.mark.parametrize(("text", "kind", "year"), _TYPED)
def test_a_page_is_typed_and_dated_by_what_it_is(text, kind, year):
    meta = infer_meta(text_doc(text), {})
    assert meta.document_type == kind, meta.evidence["document_type"]
    if year is not None:
        assert meta.year == year, meta.evidence["year"]


def test_grantees_named_after_the_grants_verb_are_organisations():
    names = orgs_in("Het college besluit voor 2024 een subsidie te verlenen aan Zorgkring, Jeugdanker en "
                    "Gezinsbaken voor hun werk in de wijken.")
    assert {"Zorgkring", "Jeugdanker", "Gezinsbaken"} <= names


def test_a_ministry_written_without_van_is_an_organisation():
    text = "De bijdrage die het Ministerie Sociale Zaken en Werkgelegenheid gaf, is voor de helft gebruikt."
    assert "Ministerie Sociale Zaken en Werkgelegenheid" in orgs_in(text)
    assert "Ministerie Sociale Zaken en Werkgelegenheid" not in initiatives_in(text)


def test_a_numbered_list_run_into_one_line_names_no_organisation_or_initiative():
    text = ("Deze begroting kent vijf programma's:1. Programma Ruimte en Groen2. Programma Werk en Economie3. "
            "Programma Samen Leven4. Programma Bestuur5. Algemene middelen\n\nWij zullen de programma's elk jaar "
            "herzien.\n")
    names = orgs_in(text)
    assert not {n for n in names if n[-1].isdigit()}, names
    found = initiatives_in(text)
    assert not {n for n in found if n[-1].isdigit()}, found
    # a name that ends in its own number stays one ("Kompas10" in a sentence)
    assert "Kompas10" in orgs_in("Het buurtwerk wordt uitgevoerd door Kompas10. De wijkteams werken samen.")


def test_country_wide_methods_written_in_lower_case_are_initiatives():
    found = initiatives_in("Uit het preventiebudget betaalden we onder meer 'één tegen eenzaamheid' en 'welzijn op "
                           "recept' in alle kernen.")
    assert {"één tegen eenzaamheid", "welzijn op recept"} <= {f.lower() for f in found}, found


def test_a_policy_plans_contents_hold_no_figures():
    text = ("Gezondheidsplan Rivierstad 2015-2018\n2\nInhoudsopgave 1. Inleiding 1.1 Aanleiding 2. Analyse 3. "
            "Doelen 3.1 Jeugd 3.2 Ouderen 4. Aanpak 4.1 Scholen 4.2 Wijken 5. Middelen\n4 5 7 8 9 11 12 14 16 17\n3\n"
            "Inleiding\nIn 2014 hadden 412 kinderen overgewicht. Van hen kregen 96 kinderen begeleiding.\n")
    values = sorted(f.value for f in find_figures(text, 2015))
    assert values == [96.0, 412.0], values
    # the same list with its pages on lines of their own, under the word and its first entry
    text = ("Inhoudsopgave Inleiding\n3\n1\nAnalyse\n4\n2\nDoelen\n6 6 7/8\n3\nAanpak\n9\nBijlagen\n12\n"
            "Inleiding De gemeente telt 1.250 mantelzorgers. Zij krijgen elk jaar een waardering van € 100.\n")
    values = sorted(f.value for f in find_figures(text, 2015))
    assert values == [100.0, 1250.0], values


def test_a_laws_abbreviation_names_the_law_and_no_organisation():
    text = ("Het toezicht op de naleving van de DHW ligt bij de burgemeester. Ook de DHW regelt de leeftijdsgrens voor "
            "de verkoop.")
    assert "Drank- en Horecawet" in in_chapter(text, "laws")
    assert "DHW" not in orgs_in(text)


@pytest.mark.parametrize(("published", "kind"), [("14-06-2019", "jaarverslag"), ("06-11-2019", "begroting")])
def test_a_report_sites_publication_date_types_a_page_that_says_nothing_of_its_kind(published, kind):
    text = (f"Meer\nPublicatiedatum: {published}\n\nInhoud\n\nTerug\n\n4.2 Onderwijshuisvesting\n\nKwalitatief goed "
            "onderwijs is belangrijk. Scholen horen dicht bij de kinderen te staan, liefst samen met de opvang.\n")
    meta = infer_meta(text_doc(text), {})
    assert meta.document_type == kind, meta.evidence["document_type"]


def test_school_boards_and_schools_listed_after_their_kind_are_organisations():
    names = orgs_in("Het plan is gemaakt met de schoolbesturen (Klimop, Veldwerk, Zonnewijzer), de bibliotheek en "
                    "onderwijsstichting Rivierland. Ook de openbare basisscholen Kardoes, Tuimelaar en Zeester doen mee.")
    assert {"Klimop", "Veldwerk", "Zonnewijzer", "Rivierland", "Kardoes", "Tuimelaar", "Zeester"} <= names, names


def test_bodies_announced_as_the_following_foundations_are_organisations():
    names = orgs_in("Subsidie kan worden aangevraagd door de volgende stichtingen\n• De Oude Smidse te Noordwoude\n"
                    "• Het Wapen van Zuiderhorn te Zuiderhorn\n• Buurthuis De Kolk te Oostwoude\n")
    assert {"De Oude Smidse", "Het Wapen van Zuiderhorn", "Buurthuis De Kolk"} <= names, names


def test_a_list_under_a_heading_of_its_own_below_another_list_names_no_initiatives():
    text = ("Beleidskaders\n\n • Nota Buurten Bloeien\n • Verordening leerlingenvervoer\n\n"
            "Trends en ontwikkelingen\n\n • Vergrijzing\n • Minder leerlingen\n • Digitalisering\n\n"
            "Wij willen goed onderwijs dicht bij huis.\n")
    found = initiatives_in(text)
    assert not {"Vergrijzing", "Digitalisering", "Minder leerlingen"} & found, found


def test_a_documents_number_of_five_digits_is_no_figure():
    text = ("Op 12 maart 2024 is het voorstel aan de raad voorgelegd (24561). Daarin staan 36 woonplekken en 6 "
            "logeerplekken.\n")
    values = sorted(f.value for f in find_figures(text, 2024))
    assert values == [6.0, 36.0], values


def test_a_numbered_indicator_table_one_cell_a_line_keeps_its_years():
    text = ("Beleidsindicatoren\n\nIndicator\n\nWerkelijk\n2021\n\nWerkelijk\n2022\n\nBegroting\n2023\n\n"
            "Streefwaarde\n\n1\n\nJongeren met een delict (22)\n\nn.n.b.\n\nn.n.b.\n\n-\n\n.\n\n2\n\n"
            "Banen (21)\n\n612,4\n\n618,9\n\n620,0\n\n700,0\n\n3\n\nNetto arbeidsparticipatie (24)\n\n66,2\n\n"
            "67,5\n\n68,0\n\n75,0\n")
    found = {(f.value, f.year) for f in find_figures(text, 2023)}
    assert {(612.4, 2021), (618.9, 2022), (66.2, 2021), (67.5, 2022)} <= found, found


def test_a_copied_budget_names_itself_on_its_cover():
    text = ("Jeugdbeleid in beeld\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nWeergave met pagina beginnen:\n\n"
            "Download \"Jeugdbeleid in beeld\"\n\nTranscriptie\n\n1 Jeugdbeleid in beeld 2 Inleiding In 2013 is het "
            "jeugdbeleid geëvalueerd. Daaruit bleek dat de ouders tevreden waren. Ook werd de samenwerking met de scholen "
            "versterkt.\n").replace("Jeugdbeleid in beeld", "Programmabegroting 2014")
    assert infer_meta(text_doc(text), {}).document_type == "begroting"
