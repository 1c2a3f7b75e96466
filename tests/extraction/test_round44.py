"""Forty-fourth round: a text that looks back on its year with a participle ("Terugkijkend naar 2020"); the minutes of
a public meeting, a news item by its dateline or its quoted alderman (also on the annual accounts), an archived post, an
advice letter, a paper under its date, a policy plan or vision after words before it in a title, a municipal web page
under its breadcrumb; an audit office named before its head word, an acronym's compound noun; a document named by what
it serves as, a sentence after a document's kind, a budget's product, a spoken sentence, a motion's and a treaty's
title, meeting papers, an agenda's standing items, an indicator with its value; a table's multiplier before its sign
convention, a navigation line's section number, how long ago, a date's first day, an agenda item's number. The texts
are invented for these tests."""

import pytest
from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc

_TYPED = [
    pytest.param("Programma Zorg en Welzijn\n\nInleiding\n\nTerugkijkend naar 2020 zien we veel nieuwe vrijwilligers in de "
                 "buurthuizen en een kortere wachttijd bij het loket.\n",
                 "jaarverslag", 2020, id="looking-back-on-its-year-with-a-participle"),
    pytest.param("Gemeente Ameland\n\nVerslag van de openbare vergadering van commissie Samenleving, op 12 maart 2019 in het "
                 "raadhuis.\n\nAanwezig: de voorzitter en zes leden.\n\nOp de agenda staan de begroting 2020 en wat we in "
                 "2020 gaan doen.\n", "other", 2019,
                 id="the-minutes-of-a-public-meeting"),
    pytest.param("Overschot voor Ameland\n\nAmeland – Het college biedt de jaarstukken 2019 aan de gemeenteraad aan. Het "
                 "overschot komt vooral door lagere kosten voor jeugdhulp.\n", "other", 2019,
                 id="a-news-item-on-the-annual-accounts-by-its-dateline"),
    pytest.param("Tekort in het sociaal domein\n\nDe gemeente sluit het jaar 2020 af met een tekort. Wethouder Anna Visser: "
                 "'De jaarstukken 2020 laten zien dat de jeugdzorg duur is.'\n", "other", 2020,
                 id="a-news-item-quoting-an-alderman-by-office-and-name"),
    pytest.param("Zo gaat het met de zorg in de dorpen\n\nDit artikel staat in het archief.\n\nIn mei zijn we in elk dorp op "
                 "bezoek geweest. Wat hebben we bereikt?\n", "other", None, id="an-archived-post"),
    pytest.param("Advies over de bezuinigingen\n\nAan het college van burgemeester en wethouders\n\nRivierstad, 21-02-2024\n\n"
                 "Betreft: advies over de bezuinigingen\n\nGeacht college,\n\nWij hebben in 2023 met inwoners gesproken over "
                 "de plannen.\n", "other", 2024, id="an-advice-letter-by-its-place-and-date"),
    pytest.param("9 februari 2022\n\n • De wethouder vertelt over het nieuwe jeugdbeleid. Wat hebben we bereikt in 2021?\n", "other", 2022, id="a-paper-under-its-date"),
    pytest.param("Korte versie Toekomstvisie Zorg\nDeze visie zegt wat we tot 2035 willen. Wat hebben we bereikt?\n", "other", None, id="a-vision-after-words-before-it"),
    pytest.param("Leesversie - Beleidsplan Zorg 2024 tot en met 2027\n\nGemaakt met inwoners en partners.\n\nWat willen we "
                 "bereiken?\n", "other", None, id="a-policy-plan-after-words-before-it"),
    pytest.param("Wat doen we in 2020?\n\nOp 1 maart 2018 heeft de raad het beleidsplan zorg vastgesteld, met de richting tot "
                 "2022. Elk jaar maken we met partners een lijst van acties. Wat willen we bereiken?\n", "begroting", 2020, id="a-sentence-naming-a-plan-is-no-title"),
    pytest.param("HOME  |  Wonen en zorg  |  Hulpmiddelen\n\nHulpmiddelen\n\nWie een rolstoel nodig heeft, kan die bij ons "
                 "aanvragen. Wat willen we bereiken?\n", "other", None, id="a-web-page-under-its-breadcrumb"),
    pytest.param("Home > Begroting 2024 > Programma 2\n\nWat willen we bereiken?\n\nIedereen doet mee.\n", "begroting",
                 None, id="a-report-sites-breadcrumb-names-its-kind"),
    pytest.param("Sociaal domein\n\nTerugblikkend op het afgelopen jaar zien we dat meer inwoners de weg naar het loket "
                 "weten te vinden.\n", "jaarverslag", None, id="looking-back-on-the-past-year"),
]


@pytest.mark.parametrize(("text", "kind", "year"), _TYPED)
def test_page_type_and_year(text, kind, year):
    meta = infer_meta(text_doc(text))
    assert meta.document_type == kind, meta.evidence["document_type"]
    if year is not None:
        assert meta.year == year, meta.evidence["year"]


@pytest.mark.parametrize("text", [
    pytest.param("De Noorderlandse Rekenkamer bestaat uit drie leden. Zij zijn benoemd door de raden van vier gemeenten.",
                 id="opening-a-sentence-after-its-article"),
    pytest.param("Het onderzoek is gedaan door de Noorderlandse Rekenkamer, op verzoek van de raad.", id="in-a-sentence"),
])
def test_an_audit_office_before_its_head_word_is_a_body(text):
    result = extract(text_doc(text))
    assert "Noorderlandse Rekenkamer" in [o.name for o in result.organisations]
    assert "Noorderlandse Rekenkamer" not in [i.name for i in result.initiatives]


def test_an_acronyms_compound_noun_is_no_body():
    text = "De reserve wordt flink belast door ICT-storingen en andere tegenvallers."
    assert [o.name for o in extract(text_doc(text)).organisations] == []


def test_an_acronyms_group_is_a_body():
    text = "Voor het nieuwe jaar sloten we een contract met de KLM-groep en MEE over vervoer."
    assert {"KLM-groep", "MEE"} <= {o.name for o in extract(text_doc(text)).organisations}


@pytest.mark.parametrize("text", [
    pytest.param("De raad gebruikt de kadernota als ‘het startpunt’ voor nieuwe keuzes.",
                 id="what-a-document-serves-as"),
    pytest.param("In juli werd in de kadernota gepresenteerd hoe we sparen voor de nieuwe sporthal.",
                 id="a-participle-after-a-documents-kind"),
    pytest.param("Programma 2: Samenleving\n\n1 Product Werk\n\nWat willen we bereiken?\n\nTerug naar navigatie - 1 "
                 "Product Werk - Wat willen we bereiken?\n\nIedereen heeft werk.\n\n2 Product Maatschappelijke "
                 "ondersteuning\n\nWat willen we bereiken?\n", id="a-budgets-products"),
    pytest.param("Anna Visser, wethouder: “Ons werk groeit sneller dan het geld van het Rijk.”", id="a-spoken-sentence"),
    pytest.param("De raad nam twee voorstellen aan.\n1. Motie: ‘Help ouderen met vervoer naar de markt’. Er komt een brief.", id="a-motions-title"),
    pytest.param("Wij houden ons aan het Verdrag “Bescherming van kinderen tegen geweld”.", id="a-treatys-title"),
    pytest.param('Vergaderstukken Raad Wonen 4 juni 2015\n\nDownload "Vergaderstukken Raad Wonen 4 juni 2015"\n\n2 Concept '
                 'agenda Opening (20.00 uur) Mededelingen\n',
                 id="meeting-papers-and-an-agendas-opening"),
    pytest.param("Kengetallen\n\nBinnen het programma Zorg gebruiken we de volgende kengetallen:\n\n  • Percentage "
                 "volledig ingeënte kinderen 93,1% \n  • Huishoudens met schulden: 85 \n", id="an-indicator-with-its-value"),
    pytest.param("Voortgang\n\nOverzicht van Doelstelling Actie Status\n1.1 Minder schulden 1.01 Budgetcursus voor "
                 "jongeren.\n", id="a-progress-tables-header"),
])
def test_no_initiative(text):
    assert [i.name for i in extract(text_doc(text)).initiatives] == []


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("In de wijken werken we volgens Welzijn Nieuwe Stijl.", "Welzijn Nieuwe Stijl", id="a-national-programme"),
    pytest.param("In de wijkteams werken we met ‘één gezin, één plan, één regisseur’.",
                 "één gezin, één plan, één regisseur", id="the-decentralisations-principle"),
])
def test_a_country_wide_initiative(text, name):
    result = extract(text_doc(text))
    assert name in [i.name for i in result.initiatives]
    assert name not in [o.name for o in result.organisations]


def _figures(text):
    return sorted((f.value, f.year) for f in extract(text_doc(text)).figures)


def test_a_multiplier_before_the_tables_sign_convention():
    text = ("Overzicht meerjarenraming\n\n(* € 1.000,-/ min is tekort)\n\nPost/ Jaar\n\n2020\n\n2021\n\nBeginstand \n\n"
            "410\n\n520\n\nExtra jeugdhulp \n\n-230\n\n-260\n")
    assert _figures(text) == [(-260000.0, 2021), (-230000.0, 2020), (410000.0, 2020), (520000.0, 2021)]


@pytest.mark.parametrize("text", [
    pytest.param("Wij doen mee.\n\nTerug naar navigatie - 3 Thema Werk - Wat doen we?\n", id="a-navigation-lines-section-number"),
    pytest.param("Dit nieuws is ruim vier weken geleden geplaatst.", id="how-long-ago"),
    pytest.param("De raad praat erover op 8 en 22 mei.", id="a-dates-first-day"),
    pytest.param("Bij agendapunt 12 (Verkoop gebouw) komen ook de leden van de raad.",
                 id="an-agenda-items-number"),
])
def test_no_figure(text):
    assert _figures(text) == []
