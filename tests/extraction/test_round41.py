"""Forty-first round: council papers and policy documents (a text that introduces itself as a plan, a framework or a
letter to the council; a document-copy site's download line; a draft's or an evaluation's title; an annex to a
framework note), a budget's project card that has not started, a former municipality that acts in a text of no known
year, a table of contents run into lines of titles and pages, a document's furniture (in capitals, opening or closing a
run, a part by its number), a map's coordinates, a desk, a list's opening word, a house number, and two neighbourhoods
written together and apart. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.metadata import infer_meta

from .conftest import initiatives_in, names_of, orgs_in, text_doc

# What a page says it is types it (the kind it has by the guideline); a budget's project card that has not started
# is no monitor's item with its state.
_CARD = ("Publicatiedatum: 05-11-2024\n\n4.012 We breiden het buurtwerk uit.\n\nPortefeuillehouder\nJansen\n\n"
         "Status\nNiet gestart\n\nPlanning\nStartdatum: 31-12-2024\nEinddatum: 30-12-2025\n\nWij willen het "
         "buurtwerk in de kernen uitbreiden; hiervoor is € 40.000 per jaar nodig.\n")
_TYPED = [
    pytest.param(
        "Armoede en schulden in Rivierstad\n\nVoor u ligt een geactualiseerd beleidsplan armoede en schulden "
        "2025-2028. Wij zullen meer inwoners bereiken en de komende jaren schulden eerder in beeld krijgen.\n",
        "other", id="plan-introduces-itself"),
    pytest.param(
        "Aanvullende informatie inkoop jeugdhulp\n\nGeachte raadsleden,\n\nMet deze raadsinformatiebrief "
        "informeren wij u over de stand van de inkoop van de jeugdhulp in de regio. De regio koopt de zorg gezamenlijk in "
        "en verwacht de contracten in het voorjaar te sluiten.\n",
        "other", id="letter-says-what-it-is"),
    pytest.param(
        "Stand van zaken wijkteams\n\nWij schetsen u met deze notitie hoe de wijkteams werken. Zij helpen inwoners met "
        "vragen over zorg, werk en inkomen.\n",
        "other", id="note-says-what-it-is"),
    pytest.param(
        "Inleiding\n\nVoor u ligt de programmabegroting 2025. Hierin staat wat we de komende jaren willen bereiken en wat "
        "het mag kosten. Wij zullen de wijkteams versterken.\n",
        "begroting", id="budget-introduces-itself"),
    pytest.param(
        "samen sterk beleidsplan sociaal domein\n\nDownload \"samen sterk beleidsplan sociaal domein\"\n\n"
        "1 samen sterk beleidsplan sociaal domein\n\n2 Voorwoord Dit stuk beschrijft onze koers voor jeugd, "
        "zorg en werk; de bedragen volgen in de programmabegroting.\n",
        "other", id="copy-site-download-line"),
    pytest.param(
        "Concept-regionaal beleidsplan Jeugd\n\nDe colleges van drie gemeenten geven het plan vrij voor inspraak. Wij "
        "zullen de reacties verwerken.\n",
        "other", id="draft-of-a-regions-plan"),
    pytest.param(
        "Evaluatie Buurtfonds Rivierstad\n\nIn 2023 en 2024 zijn drie rondes gehouden. Daarvan is 40 keer gebruik "
        "gemaakt.\n",
        "other", id="evaluation"),
    pytest.param(
        "Stadskantoor Rivierstad\n\nJeugd en zorg in de wijken, stand van zaken. Bijlage bij de Kadernota 2026-2029"
        "\n\nWe willen de wijkteams versterken.\n",
        "other", id="annex-to-a-framework-note"),
    pytest.param(
        "4.2 Samenvatting\nSinds maart 2023 vangen we vluchtelingen op. In 2024 is € 2,1 mln. aan rijksbijdragen "
        "ontvangen; daarvan is € 1,5 mln. besteed. Het restant gaat naar de reserve.\n",
        "jaarverslag", id="accounts-money-in-its-year"),
    pytest.param(
        "Perspectief nota\n\nBeschermd wonen\n\nDe stuurgroep zal de samenwerking evalueren en nieuwe afspraken "
        "voorbereiden.\n",
        "other", id="framework-note-written-apart"),
    pytest.param(
        "Share \"Subsidieprogramma Welzijn 2025-2027 Samen sterker in Rivierstad\"\n\nInhoudsopgave\n\nVoorwoord 3\n\n"
        "De subsidies zijn bedoeld voor vrijwilligersorganisaties.\n",
        "other", id="copied-plans-compound"),
    pytest.param(
        "Share \"Programmabegroting 2025 Programmaplan\"\n\nWat willen we bereiken?\n\nWe willen dat inwoners meedoen. "
        "De wijkteams worden in 2025 versterkt.\n",
        "begroting", id="copied-budget-programmaplan"),
    pytest.param(
        "1 COMMISSIE ZORG AGENDA Datum : 12 maart 2024 Locatie : Raadzaal 1. Opening en mededelingen 2. Vaststelling van de "
        "agenda 3. Wmo-beleidsplan (adviserend)\n\nWe willen dat inwoners meedoen en zullen de wijkteams versterken.\n",
        "other", id="agenda-in-one-line"),
    pytest.param(
        "Gemeenteblad van Rivierstad\n\nUitvoeringsregels schuldhulp 2025\n\nWe willen dat inwoners met schulden sneller "
        "hulp krijgen en zullen de wachttijd verkorten.\n",
        "other", id="municipal-gazette"),
    pytest.param(
        "Subsidies voor het sociaal domein\n\nDit bericht is gearchiveerd sinds 12-03-2024.\n\nDe gemeente wil dat "
        "vrijwilligers blijven meedoen en zal de subsidies verhogen.\n",
        "other", id="archived-article"),
    pytest.param(
        "Subsidiebeleidsplan 2025\n\nDe gemeente wil dat vrijwilligers blijven meedoen en zal de subsidies verhogen.\n",
        "other", id="plans-compound-title"),
    pytest.param(_CARD, "begroting", id="project-card-not-started"),
    pytest.param(_CARD.replace("Niet gestart", "Gestart"), "other", id="monitor-item-started"),
]


@pytest.mark.parametrize(("text", "kind"), _TYPED)
def test_a_page_is_typed_by_what_it_says_it_is(text, kind):
    meta = infer_meta(text_doc(text), {})
    assert meta.document_type == kind, (meta.document_type, meta.evidence["document_type"])


def test_a_former_municipality_that_acts_is_itself_in_a_text_of_no_known_year():
    # (Bedum, a municipality until 2018, is now a town of Het Hogeland; a town does not set a course)
    text = ("Sociaal domein\n\nBedum investeert in preventie en in de ondersteuning van mantelzorgers, samen met de "
            "dorpshuizen.\n")
    meta = infer_meta(text_doc(text), {})
    assert meta.municipality is not None and meta.municipality.cbs_code == "GM0005", (
        meta.municipality, meta.evidence["municipality"])
    # ... and where the text's year says it was merged away by then, its successor
    later = infer_meta(text_doc("Programmabegroting 2024\n\n" + text), {})
    assert later.municipality is not None and later.municipality.cbs_code != "GM0005", later.evidence["municipality"]


_CONTENTS = ("Begroting 2025 Rivierstad\n\n"
             "Deel 1 KADERS 7 Inleiding 11 Samenvatting 13 Financieel beeld 19\n\n"
             "Deel 2 PROGRAMMA'S 23 Programma Zorg & Welzijn 27 Programma Wonen & Werken 33 Programma Veiligheid & "
             "Bestuur 41\n\n"
             "Deel 3 BIJLAGEN 55 Overzicht reserves\n\nInleiding\n\nDe begroting 2025 is sluitend. De kosten van de "
             "jeugdhulp stijgen met € 1,2 miljoen.\n")


def test_a_contents_list_run_into_lines_of_titles_and_pages():
    meta = infer_meta(text_doc(_CONTENTS), {})
    assert {"Zorg & Welzijn", "Wonen & Werken", "Veiligheid & Bestuur"} <= set(meta.programmes), meta.programmes
    values = {f.value for f in find_figures(_CONTENTS, 2025)}
    assert 1200000.0 in values, values
    assert not values & {7.0, 11.0, 13.0, 19.0, 23.0, 27.0, 33.0, 41.0}, values


def test_a_documents_furniture_in_capitals_is_no_organisation():
    names = orgs_in(_CONTENTS + "De cijfers per wijk staan achterin. Zie de BIJLAGEN.\n")
    assert "BIJLAGEN" not in names and "KADERS" not in names, names


def test_two_neighbourhoods_written_together_and_apart_are_two():
    text = ("Wijkplan Oost\n\nDe gemeente Maastricht vernieuwt de buurten Wyckerpoort en Wittevrouwenveld. In "
            "Wyckerpoort/Wittevrouwenveld komen 200 nieuwe woningen.\n")
    places = names_of(text, "neighbourhoods")
    assert {"Wyckerpoort", "Wittevrouwenveld"} <= places, places
    assert not any("/" in p for p in places), places


@pytest.mark.parametrize("text, bad", [
    # a heading run into the furniture below it, a part of the document by its number
    ("Jeugd in Rivierstad: onze aanpak Bijlage 2 bij de nota Jeugd 2025\n\nHet project Samen Koken loopt door in "
     "de wijk.\n", "Bijlage"),
    ("Beleidsplan Jeugd Rivierstad 2025-2028\n\nRegistratienummer 24int00123 Deel I:\n\nDe uitvoering van de "
     "Jeugdwet. Het project Samen Koken loopt door.\n", "Deel"),
    # a heading run into its own first word below it
    ("Het kader 1.2 Ontschotting Ontschotting betekent dat iedereen kan meedoen. Het project Samen Koken loopt "
     "door.\n", "Ontschotting"),
    # a map's coordinates in quotes
    ("Bekijk de kaart via 'N 51 26.512, E 5 28.734'. Het project Samen Koken loopt door in de wijk.\n", "51"),
    # a desk
    ("Uw vrijwilligers werken mee in het Loket Rivierstad en het CJG Rivierstad. Het project Samen Koken "
     "loopt door.\n", "Loket"),
])
def test_a_documents_furniture_a_map_and_a_desk_are_no_initiatives(text, bad):
    found = initiatives_in(text)
    assert not any(bad in n for n in found), found
    assert any("Samen Koken" in n for n in found), found


@pytest.mark.parametrize("text, bad", [
    ("Opdrachtgever Opdrachtnemer Versie Datum J. Jansen 3 mei 2024\n\nDe wijkteams werken samen met Stichting "
     "Buurtkracht.\n", "Versie"),
    ("Wij verlenen subsidie aan culturele en sportieve instellingen Waaronder ook Stichting Buurtkracht en de "
     "bibliotheek.\n", "Waaronder"),
])
def test_a_documents_furniture_and_a_list_word_are_no_organisations(text, bad):
    names = orgs_in(text)
    assert "Buurtkracht" in names or "Stichting Buurtkracht" in names, names
    assert not any(n.startswith(bad) for n in names), names


def test_a_house_number_is_no_figure():
    text = "Stadskantoor Lübeckplein 2 Postbus 100 1234 AB Rivierstad\n\nIn 2024 kregen 312 inwoners hulp van het wijkteam.\n"
    values = {f.value for f in find_figures(text, 2024)}
    assert 312.0 in values and 2.0 not in values, values


def test_the_highest_courts_and_an_animal_shelter_are_organisations():
    names = orgs_in("De Centrale Raad van Beroep deed in 2016 uitspraak over de eigen bijdrage. Ook de Hoge Raad "
                    "oordeelde erover.\n")
    assert {"Centrale Raad van Beroep", "Hoge Raad"} <= names, names
    assert "Dierenasiel De Kuil" in orgs_in("Wijzigingen:\n7. Dierenasiel De Kuil\n8. Indexering budget\n")


def test_names_cut_inside_a_number_or_past_a_bracket_reports_and_budgets_are_no_organisations():
    names = orgs_in("Overleg over lopende zaken, waaronder de verbonden partijen: (GGD, Kempen 3.0, Buurtkracht) 9. "
                    "Stukken ter kennisname.\n")
    assert "GGD" in names and not any(")" in n or n.startswith("Kempen") for n in names), names
    names = orgs_in("Ingekomen: Memo Regiojaarverslag Zuidoost Brabant; notitie over het tekort op de BUIG "
                    "(adviserend).\n")
    assert not names, names


def test_an_acronym_run_into_a_head_word_and_a_national_inspectorate_are_organisations():
    names = orgs_in("Enkele organisaties zoals Buurtkracht (ouderen) en de ABCgroep (steunpunt vrijwilligers, "
                    "jongerenwerk) leveren een bijdrage.\n")
    assert "ABCgroep" in names, names
    assert "Inspectie van het Onderwijs" in orgs_in("Brief van de Inspectie van het Onderwijs over de kwaliteit van de "
                                                    "scholen.\n")


def test_a_country_wide_initiative_keeps_the_short_name_the_text_uses():
    from sdkg.loaders.extract import extract
    found = extract(text_doc("Gemeenten, zorgverzekeraars en het Rijk hebben het Integraal Zorgakkoord (IZA) "
                             "ondertekend. Met het IZA willen de partijen de zorg toegankelijk houden.\n")).initiatives
    assert [(i.name, i.aliases) for i in found] == [("Integraal Zorgakkoord", ["IZA"])], found


def test_a_clause_after_a_plan_a_names_two_fields_and_a_letters_heading():
    found = initiatives_in("Het kabinet verwacht dat de afspraken uit de Verbeteragenda dan hun werking zullen hebben. "
                           "Het project Samen Koken loopt door.\n")
    assert "Verbeteragenda" in found and not any(" dan " in n for n in found), found
    assert "Kompas Zorg en Welzijn" in orgs_in("Samen met Kompas Zorg en Welzijn organiseren we ontmoetingen tegen "
                                               "eenzaamheid.\n")
    found = initiatives_in("Contactpersoon J. Jansen Doorkiesnummer Zuidlaren 050-1234567\n\nHet project Samen Koken "
                           "loopt door.\n")
    assert not any("Doorkiesnummer" in n for n in found), found


def test_a_page_on_what_the_council_met_about_is_other_and_dated_by_the_meeting():
    meta = infer_meta(text_doc("Onze gemeenteraad\n\nIn deze samenvatting staat wat er is besloten nadat de raad op "
                               "12 mei 2024 heeft vergaderd. De komende jaren willen we meer doen aan preventie.\n"), {})
    assert (meta.document_type, meta.year) == ("other", 2024), (meta.evidence["document_type"], meta.evidence["year"])


def test_a_joint_body_in_lower_case_keeps_the_van_of_its_name():
    names = orgs_in("Voor de jeugdhulp werkt de gemeente samen in het samenwerkingsverband Land van Rivierland. De "
                    "gemeente doet mee.\n")
    assert any(n.endswith("Land van Rivierland") for n in names), names


def test_the_councils_decision_is_a_meetings_paper_dated_by_the_meeting():
    # (what the decision adopts may look back; the page is the decision)
    meta = infer_meta(text_doc("Jeugd in Rivierstad\n\nZaaknummer 2025-12\n\nRAADSBESLUIT\n\nGemeenteraad: 3 maart 2025\n\n"
                               "De raad van de gemeente Rivierstad besluit het beleidskader jeugd 2025-2028 vast te "
                               "stellen.\n\nWat hebben we bereikt? In 2024 hebben we met de scholen gesproken en zijn de "
                               "wijkteams gestart.\n"), {})
    assert (meta.document_type, meta.year) == ("other", 2025), (meta.evidence["document_type"], meta.evidence["year"])
