"""Organisations, twenty-ninth round: more parts only a body plays (members named in a relative clause, a task taken
over from it, a grant given to it, its work for others), two names that a ministry's name ran together, joint bodies of
municipalities by their head words, and a sentence's article before a name its acronym spells."""

import pytest
from sdkg.loaders.metadata import infer_meta

from .conftest import CHAPTER, text_doc
from .conftest import initiatives_in as _initiatives_in
from .conftest import orgs_in as _orgs_in


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het project wordt gefinancierd door het ministerie van VWS en Zonnetij.", {"ministerie van VWS", "Zonnetij"}),
    ("Het Ministerie van Onderwijs, Cultuur en Wetenschap en het Ministerie van VWS ondersteunen de aanpak.",
     {"Ministerie van Onderwijs, Cultuur en Wetenschap", "Ministerie van VWS"}),
    ("Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, de VNG en Zonnetij tekenden het akkoord.",
     {"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "VNG", "Zonnetij"}),
], ids=["abbreviation and a partner", "two ministries", "a ministry in a list"])
def test_a_ministry_s_name_holds_only_the_words_of_ministries(sentence, want):
    assert want <= _orgs_in(sentence)
    assert not any(" en Zonnetij" in n or "en het Ministerie" in n for n in _orgs_in(sentence))


@pytest.mark.parametrize("sentence", [
    "Het Ministerie van Volksgezondheid, Welzijn en Sport heeft de regeling verlengd.",
    "Het ministerie van Sociale zaken en werkgelegenheid stelt middelen beschikbaar.",
    "Het Ministerie van Justitie en Veiligheid (JenV) financiert de pilot.",
    "Het Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur ondersteunt de voedselbanken.",
])
def test_a_ministry_s_full_name_stays_whole(sentence):
    start = sentence.index("inisterie") - 1
    end = min(i for i in (sentence.find(" heeft"), sentence.find(" stelt"), sentence.find(" (JenV)"),
                          sentence.find(" ondersteunt")) if i > 0)
    assert sentence[start:end] in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("De gemeente is aangesloten bij het Netwerk Brugvast, waarin ook Dalkracht en Lindeloop deelnemen.",
     {"Dalkracht", "Lindeloop"}),
    ("Het overleg, waaraan Dalkracht, Tafelvast en Lindeloop deelnamen, kwam vier keer bijeen.",
     {"Dalkracht", "Tafelvast", "Lindeloop"}),
    ("Er is een stuurgroep opgericht waarin Zonnetij en Heuvelstee zitting hebben.", {"Zonnetij", "Heuvelstee"}),
], ids=["waarin ... deelnemen", "waaraan ... deelnamen", "zitting hebben"])
def test_the_members_a_relative_clause_names_are_organisations(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Per 1 januari 2023 neemt Zonnetij de taken over van Heuvelstee.", {"Zonnetij", "Heuvelstee"}),
    ("De werkzaamheden zijn in 2023 overgenomen van Brugvast.", {"Brugvast"}),
    ("De gemeente heeft Brugvast en Lindeloop subsidie verleend voor het project.", {"Brugvast", "Lindeloop"}),
    ("Wij hebben Tafelvast en Dalkracht een bijdrage verleend.", {"Tafelvast", "Dalkracht"}),
    ("Er is structureel overleg met Dalkracht en Lindeloop.", {"Dalkracht", "Lindeloop"}),
    ("Samen met de huisartsen en de wijkverpleging van Heuvelstee zetten we in op preventie.", {"Heuvelstee"}),
    ("De preventie loopt via het jongerenwerk van Brugvast.", {"Brugvast"}),
    ("Brugvast heeft ons geadviseerd over de inrichting van het wijkteam.", {"Brugvast"}),
    ("Lindeloop zorgt voor de uitvoering van het project.", {"Lindeloop"}),
    ("Zonnetij neemt deel aan het regionale netwerk.", {"Zonnetij"}),
    ("Dalkracht participeert in het netwerk.", {"Dalkracht"}),
    ("Zonnetij en Dalkracht bieden gezamenlijk cursussen aan.", {"Zonnetij", "Dalkracht"}),
    ("Na een aanbesteding is Heuvelstee Zorg per 1 april 2023 de nieuwe aanbieder van het doelgroepenvervoer.",
     {"Heuvelstee Zorg"}),
    ("Vanaf 2024 is Brugvast voor vier jaar de opdrachtnemer van het jongerenwerk.", {"Brugvast"}),
    ("Aanbieders zijn onder meer Tafelvast, Zonnetij GGZ en Heuvelstee Begeleid Wonen.",
     {"Tafelvast", "Zonnetij GGZ", "Heuvelstee Begeleid Wonen"}),
    ("Het Mantelzorgsteunpunt, onderdeel van Dalkracht, organiseerde de Dag van de Mantelzorg.", {"Dalkracht"}),
], ids=["taken over van", "overgenomen van", "subsidie verleend", "bijdrage verleend", "overleg met",
        "wijkverpleging van", "jongerenwerk van", "heeft geadviseerd", "zorgt voor de uitvoering", "neemt deel aan",
        "participeert in", "bieden samen aan", "is de nieuwe aanbieder", "is de opdrachtnemer", "Aanbieders zijn onder meer",
        "onderdeel van"])
def test_a_name_in_a_part_only_a_body_plays_is_an_organisation(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_name_before_its_finite_verb_in_a_relative_clause_is_its_object_not_its_agent():
    # "die ... X heeft gecoördineerd": X is what was coordinated (verb-final order), not who coordinated
    sentence = ("De jeugdgezondheidszorg wordt uitgevoerd door GGD Dalkracht, die in 2023 tevens de lokale coalitie "
                "Kansrijke Start Brugvast heeft gecoördineerd.")
    orgs = _orgs_in(sentence)
    assert "GGD Dalkracht" in orgs
    assert not any("Kansrijke" in o for o in orgs)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    # a programme is part of something without an article only as a name: "onderdeel van het programma X" is not one
    ("Het buurtproject is onderdeel van het programma Samen Sterk.", "Samen Sterk"),
    # "onderdeel" only in apposition
    ("Dit is een belangrijk onderdeel van Samen Sterk.", "Samen Sterk"),
    # a consultation with the council is no organisation's
    ("Er was overleg met de gemeenteraad en de Wmo-raad.", "Wmo-raad"),
    # an approach is no provider
    ("In 2023 is Housing First de aanpak van dakloosheid.", "Housing First de"),
], ids=["onderdeel van het programma", "onderdeel not in apposition", "overleg met the council",
        "is de aanpak"])
def test_no_organisation_from_look_alike_constructions(sentence, unwanted):
    assert unwanted not in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("De Intergemeentelijke Sociale Dienst Brugvast verstrekte 1.200 uitkeringen.",
     "Intergemeentelijke Sociale Dienst Brugvast"),
    ("Het Regionaal Bureau Leerplicht Lindeloop registreerde 300 verzuimmeldingen.",
     "Regionaal Bureau Leerplicht Lindeloop"),
], ids=["ISD", "RBL"])
def test_a_joint_body_of_municipalities_by_its_head_words_is_an_organisation(sentence, want):
    assert want in _orgs_in(sentence)
    assert want not in _initiatives_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het Regionaal Bureau Leerplicht (RBL) voert de leerplicht uit.", "Regionaal Bureau Leerplicht"),
    ("De Intergemeentelijke Sociale Dienst (ISD) verstrekte de uitkeringen.", "Intergemeentelijke Sociale Dienst"),
    # the article stays where the acronym spells it too
    ("Volgens De Nieuwe Dienst (DND) gaat het goed.", "De Nieuwe Dienst"),
], ids=["Het ... (RBL)", "De ... (ISD)", "De ... (DND)"])
def test_a_sentence_s_first_word_is_not_part_of_the_name_its_acronym_spells(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Partners Dalkracht, Brugvast en Lindeloop werken samen in het Sociaal Team.", {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("Samenwerkingspartners: Dalkracht | Brugvast | Lindeloop", {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("Uitvoering door: Dalkracht en Lindeloop", {"Dalkracht", "Lindeloop"}),
    ("Uitgevoerd door: Zonnetij.", {"Zonnetij"}),
    ("In samenwerking met: Brugvast, Tafelvast", {"Brugvast", "Tafelvast"}),
], ids=["Partners A, B en C", "cells of a row", "Uitvoering door:", "Uitgevoerd door:", "In samenwerking met:"])
def test_the_names_of_a_list_are_each_an_organisation_and_nothing_more(sentence, want):
    assert _orgs_in(sentence) == want


def _municipality(text: str) -> str | None:
    m = infer_meta(text_doc(text, source="page.txt")).municipality
    return m.name if m else None


@pytest.mark.parametrize("pair", ["Groningen –Drenthe", "Groningen - Drenthe", "Drenthe / Groningen", "Utrecht – Gelderland"])
def test_a_province_joined_to_a_municipality_s_name_names_the_provinces(pair):
    text = (f"Sociaal domein\n\nWe nemen deel aan de gemeenschappelijke regeling Publiek Vervoer {pair}. Het "
            "doelgroepenvervoer wordt in 2024 opnieuw aanbesteed.\n")
    assert _municipality(text) is None


def test_the_municipality_of_a_province_s_name_is_still_found_alone():
    text = ("Sociaal domein\n\nDe gemeente Groningen werkt samen met de gemeenschappelijke regeling Publiek Vervoer "
            "Groningen-Drenthe.\n")
    assert _municipality(text) == "Groningen"


def _laws_in(sentence: str) -> dict[str, str | None]:
    from sdkg.loaders.extract import extract

    ex = extract(text_doc(CHAPTER + sentence + "\n", source="page.txt"))
    return {law.name: law.abbreviation for law in ex.laws}


@pytest.mark.parametrize(("sentence", "name", "abbreviation"), [
    ("Met de Wet verplichte meldcode huiselijk geweld en kindermishandeling zijn professionals verplicht te melden.",
     "Wet verplichte meldcode huiselijk geweld en kindermishandeling", None),
    ("Sinds de Wet meldcode melden professionals vaker bij Veilig Thuis.",
     "Wet verplichte meldcode huiselijk geweld en kindermishandeling", None),
    ("De invoering van de Wet aanpak meervoudige problematiek sociaal domein (Wams) is uitgesteld.",
     "Wet aanpak meervoudige problematiek sociaal domein", "Wams"),
    ("De Wet Taaleis is per 2016 ingevoerd.", "Wet taaleis Participatiewet", None),
    ("Met de Wet banenafspraak zijn extra banen gerealiseerd.", "Wet banenafspraak en quotum arbeidsbeperkten", None),
    ("De Wet gemeentelijke antidiscriminatievoorzieningen (Wga) verplicht een meldpunt.",
     "Wet gemeentelijke antidiscriminatievoorzieningen", "Wga"),
], ids=["meldcode in full", "Wet meldcode", "Wams", "Wet Taaleis", "Wet banenafspraak", "Wga"])
def test_acts_of_the_social_domain_by_their_official_names(sentence, name, abbreviation):
    assert _laws_in(sentence).get(name, "missing") == abbreviation


def test_the_instrument_is_not_the_act():
    # "de meldcode" is the instrument every professional uses, "de banenafspraak" the agreement: no act
    laws = _laws_in("Professionals werken met de meldcode. De banenafspraak is in 2023 gehaald.")
    assert not laws


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht heeft een nieuwe locatie geopend in het centrum.", "Dalkracht"),
    ("De maaltijdservice van Tafelvast bezorgt dagelijks warme maaltijden.", "Tafelvast"),
    ("Zonnetij kampt met personeelstekorten.", "Zonnetij"),
    ("Voor jongeren is er het inloophuis van Brugvast.", "Brugvast"),
    ("De wachttijden bij Lindeloop zijn opgelopen.", "Lindeloop"),
    ("Het personeel van Heuvelstee is uitgebreid.", "Heuvelstee"),
], ids=["opened a location", "its meal service", "staff shortages", "its drop-in house", "waiting times at",
        "its staff"])
def test_what_a_body_has_or_keeps_makes_its_name_an_organisation(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("De locatie van de Week van de Mantelzorg is het gemeentehuis.", "Week van de Mantelzorg"),
    ("Het college heeft de Dag van de Mantelzorg geopend.", "Dag van de Mantelzorg"),
], ids=["the venue of an event", "an event opened"])
def test_an_event_is_no_organisation_for_having_a_venue(sentence, unwanted):
    assert unwanted not in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Twaalf statushouders zijn werkzaam bij Dalkracht.", "Dalkracht"),
    ("Drie medewerkers zijn gedetacheerd bij Brugvast.", "Brugvast"),
    ("Vijftien kandidaten zijn geplaatst bij Lindeloop.", "Lindeloop"),
    ("Woningzoekenden staan ingeschreven bij Tafelvast.", "Tafelvast"),
    ("Jongeren liepen stage bij Heuvelstee.", "Heuvelstee"),
], ids=["werkzaam bij", "gedetacheerd bij", "geplaatst bij", "ingeschreven bij", "stage bij"])
def test_where_people_work_are_placed_or_registered_is_an_organisation(sentence, want):
    assert want in _orgs_in(sentence)


def _type(text: str, source: str = "page.txt", url: str | None = None, title: str | None = None) -> str:
    doc = text_doc(text, source=source)
    doc.source_url, doc.title = url, title
    return infer_meta(doc).document_type


_PLAIN = ("Sociaal domein\n\nDe gemeente Putten werkt samen met Dalkracht aan een sterke sociale basis. Het aantal "
          "cliënten is 1.200.\n")
_LOOKS_BACK = ("Sociaal domein\n\nIn 2021 hebben we met Dalkracht gesproken over de inloop. Het plan is vastgesteld en "
               "de werkgroepen zijn gestart.\n")


@pytest.mark.parametrize(("source", "url", "title", "want"), [
    ("jaarverslag_2023.txt", None, None, "jaarverslag"),
    ("jaarrekening-2022.pdf", None, None, "jaarverslag"),
    ("programmabegroting 2025.pdf", None, None, "begroting"),
    ("page.html", "https://putten.begroting-2026.nl/p123/sociaal-domein", None, "begroting"),
    # a report platform named after budgets publishes accounts too: the address's path says which
    ("page.html", "https://putten.begrotingsapp.nl/jaarstukken-2022/programma/programma-3", None, "jaarverslag"),
    ("page.html", None, "Programmabegroting 2024 | Gemeente Putten", "begroting"),
], ids=["file jaarverslag", "file jaarrekening", "file programmabegroting", "address begroting-20xx",
        "address begrotingsapp/jaarstukken", "page title"])
def test_the_kind_a_file_name_address_or_title_names_decides_where_the_text_names_none(source, url, title, want):
    assert _type(_PLAIN, source, url, title) == want


def test_a_mid_year_report_s_address_outweighs_the_tense_of_its_text():
    assert _type(_LOOKS_BACK) == "jaarverslag"  # the tense alone
    assert _type(_LOOKS_BACK, url="https://putten2021.2ebestuursrapportage.nl/p4642/domein-samenleving") == "other"
    assert _type(_LOOKS_BACK, source="kadernota-2022.pdf") == "other"


@pytest.mark.parametrize(("text", "url", "want"), [
    ("Jaarstukken 2022\n\n" + _PLAIN, "https://putten.jaarverslag-2022.nl/p1/sociaal", "jaarstukken"),
    ("Besluitenlijst van de vergadering van het college\n\n1. Opening\n2. Vaststellen agenda\n\n" + _PLAIN,
     "https://putten.begroting-2024.nl/p1/besluiten", "other"),
], ids=["the text calls itself Jaarstukken", "a meeting's papers"])
def test_a_text_that_names_its_own_kind_keeps_it_whatever_its_address(text, url, want):
    assert _type(text, url=url) == want


def test_names_that_disagree_leave_the_kind_to_the_text():
    assert _type(_LOOKS_BACK, source="jaarverslag-2021.pdf", url="https://putten.begroting-2022.nl/p1/x") == "jaarverslag"
    # (the plain text shows no kind: neither name decides, the text's own guess stands)
    assert _type(_PLAIN, source="jaarverslag-2021.pdf", url="https://putten.begroting-2022.nl/p1/x") == \
        _type(_PLAIN) == "begroting"


def test_a_saved_report_site_page_is_typed_by_its_address(tmp_path):
    from sdkg.loaders import load

    page = tmp_path / "p123.html"
    page.write_text('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Sociaal domein</title>'
                    '<link rel="canonical" href="https://putten.jaarverslag-2023.nl/p123/sociaal-domein"></head><body>'
                    "<main><h1>Sociaal domein</h1><p>De gemeente Putten werkt met Stichting Dalkracht aan een sterke "
                    "sociale basis. Het aantal cliënten is 1.200.</p></main></body></html>", encoding="utf-8")
    ex = load(str(page))
    assert ex.meta.document_type == "jaarverslag"
    assert any("jaarverslag-2023" in e for e in ex.meta.evidence["document_type"])


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het Geldloket, een samenwerking van Dalkracht, de bibliotheek en Humanitas, hielp 320 huishoudens.",
     {"Dalkracht", "Humanitas"}),
    ("De zorg wordt ingekocht bij Tafelvast, de huisarts en Heuvelstee.", {"Tafelvast", "Heuvelstee"}),
    ("In 2023 verstrekten we subsidies aan onder meer Dalkracht (€ 1,4 miljoen), Brugvast (€ 320.000) en "
     "Vluchtelingenwerk Heuvelstee (€ 95.000).", {"Dalkracht", "Brugvast", "Vluchtelingenwerk Heuvelstee"}),
    ("Ook is er een vaste contactpersoon bij Lindeloop voor vragen over schulden.", {"Lindeloop"}),
    ("De declaraties van Zonnetij waren hoger dan verwacht.", {"Zonnetij"}),
    ("De zorg is gedeclareerd door Tafelvast en Heuvelstee.", {"Tafelvast", "Heuvelstee"}),
], ids=["a partnership of bodies and a kind", "a list past a kind", "subsidies aan onder meer", "a contact person at",
        "its claims", "claimed by"])
def test_lists_with_an_item_named_by_its_kind_and_what_providers_bill(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_list_item_named_by_its_kind_is_no_organisation_and_the_sentence_after_a_list_is_none():
    orgs = _orgs_in("De zorg wordt ingekocht bij Tafelvast, de huisarts en Heuvelstee, de buurt en Noord.")
    assert not {"huisarts", "de huisarts", "buurt"} & {o.lower() for o in orgs}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Voor de inburgering hebben we taalaanbieders Lindeloop Taal en Tafelvast Opleidingen gecontracteerd.",
     {"Lindeloop Taal", "Tafelvast Opleidingen"}),
    ("Ook jeugdsportverenigingen Dalkracht en Brugvast doen mee.", {"Dalkracht", "Brugvast"}),
], ids=["taalaanbieders A en B", "-verenigingen A en B"])
def test_names_after_a_compound_plural_kind_are_organisations(sentence, want):
    assert want <= _orgs_in(sentence)
    assert not _initiatives_in(sentence) & want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Lindeloop zal vanaf 2025 de cliëntondersteuning verzorgen.", "Lindeloop"),
    ("We willen met Heuvelstee afspraken maken over het terugdringen van de wachtlijsten.", "Heuvelstee"),
    ("We vragen Lindeloop om een plan van aanpak op te stellen.", "Lindeloop"),
    ("We sluiten een nieuwe overeenkomst af met Zonnetij.", "Zonnetij"),
], ids=["zal verzorgen", "met X afspraken maken", "we vragen X om", "overeenkomst af met"])
def test_a_budget_s_future_parts_only_a_body_plays(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("De aanpak Housing First gaat vanaf 2025 tien woonplekken aanbieden.", "Housing First"),
    ("De aanpak Housing First organiseert bijeenkomsten.", "Housing First"),
    ("Het preventieprogramma Fit en Vitaal verzorgt de beweeglessen.", "Fit en Vitaal"),
], ids=["de aanpak X gaat aanbieden", "de aanpak X organiseert", "het preventieprogramma X verzorgt"])
def test_an_undertaking_named_after_its_kind_is_no_organisation_for_what_it_does(sentence, name):
    assert name not in _orgs_in(sentence)


def test_a_joint_pilot_set_up_with_a_body_names_it_and_no_initiative_of_its_clause():
    sentence = "Met Brugvast Uitzendgroep is een pilot gestart voor statushouders."
    assert "Brugvast Uitzendgroep" in _orgs_in(sentence)
    assert not _initiatives_in(sentence)  # "pilot gestart voor statushouders" is a clause, no title


@pytest.mark.parametrize(("sentence", "want"), [
    ("De reclassering, Dalkracht en het OM nemen deel aan het casusoverleg.", {"Dalkracht"}),
    ("Brugvast en Lindeloop namen deel aan de werkgroep.", {"Brugvast", "Lindeloop"}),
], ids=["a list with kinds", "two names"])
def test_the_bodies_that_take_part_together(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("text", "want"), [
    ("Naam | Bijdrage\nStichting Tafelvast | 25.000\nZonnetij | 12.500\n", {"Tafelvast", "Zonnetij"}),
    ("Verbonden partij: Heuvelstee Werkt!\nOpenbaar belang: uitvoering van de Participatiewet\n", {"Heuvelstee Werkt"}),
], ids=["a Naam column beside a grant", "a joint body's fact sheet"])
def test_grants_tables_and_fact_sheets_name_their_bodies(text, want):
    assert want <= _orgs_in(text)


def test_a_names_column_without_grants_names_no_body():
    assert not _orgs_in("Naam | Status\nBuurtkamer Noord | Gereed\nTaalcafé Zuid | Loopt\n")


def test_one_body_named_by_two_steps_with_and_without_its_kind_is_one_organisation():
    # the joint regulation's step names "Dalkracht" (alias "GR Dalkracht"), the fact sheet's label "GR Dalkracht"
    orgs = _orgs_in("Naam verbonden partij: GR Dalkracht\nDoel: uitvoering van de Wsw.\n")
    assert len(orgs & {"GR Dalkracht", "Dalkracht"}) == 1, orgs


def test_a_joint_regulation_with_its_acronym_is_one_organisation():
    # the bracket's step names "Gemeenschappelijke Regeling Jeugdhulp Dalkracht" (GRJD), the joint regulation's step
    # "Jeugdhulp Dalkracht" with the full name as its alias: one body
    orgs = _orgs_in("De specialistische jeugdhulp wordt ingekocht door de Gemeenschappelijke Regeling Jeugdhulp "
                    "Dalkracht (GRJD), waarin alle gemeenten deelnemen.")
    assert len(orgs & {"Gemeenschappelijke Regeling Jeugdhulp Dalkracht", "Jeugdhulp Dalkracht"}) == 1, orgs


@pytest.mark.parametrize(("sentence", "want"), [
    ("De eerste resultaten, gemeten door onderzoeksbureau Dalkracht Research, zijn positief.", {"Dalkracht Research"}),
    ("Voor de evaluatie hebben we bureau Lindeloop Advies ingeschakeld.", {"Lindeloop Advies"}),
    ("Tijdens de Week van de Eenzaamheid werkten Heuvelstee, Dalkracht en de bibliotheek samen.",
     {"Heuvelstee", "Dalkracht"}),
], ids=["onderzoeksbureau X", "bureau X", "werkten A, B en C samen"])
def test_firms_by_their_trade_and_parties_after_a_fronted_phrase(sentence, want):
    assert want <= _orgs_in(sentence)
    assert not want & _initiatives_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht geeft aan dat de vraag naar ondersteuning toeneemt.", "Dalkracht"),
    ("Volgens Brugvast is het aantal daklozen gestegen.", "Brugvast"),
    ("Lindeloop constateert een toename van het aantal meldingen.", "Lindeloop"),
    ("Zonnetij rapporteert een wachtlijst van twaalf weken.", "Zonnetij"),
    ("Uit de cijfers van Heuvelstee blijkt dat de uitstroom stijgt.", "Heuvelstee"),
], ids=["geeft aan dat", "volgens X is", "constateert", "rapporteert", "uit de cijfers van"])
def test_a_body_that_reports_is_an_organisation(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("Volgens de Monitor Sociaal Domein is de tevredenheid hoog.", "Monitor Sociaal Domein"),
    ("Volgens Jan de Vries van de cliëntenraad gaat het goed.", "Jan de Vries"),
    ("De gemeente Alphen aan den Rijn rapporteert aan het college over de voortgang.", "Rijn"),
], ids=["a monitor", "a person", "the end of a municipality's name"])
def test_a_source_that_is_no_body_is_no_organisation(sentence, unwanted):
    assert unwanted not in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Er is een nieuwe gezondheidscoalitie gevormd met Brugvast, GGD Lindeloop en de huisartsen.",
     {"Brugvast", "GGD Lindeloop"}),
    ("Veilig Thuis verwees 40 gezinnen door naar Dalkracht.", {"Dalkracht"}),
    ("Alle basisscholen, verenigd in Stichting Zonnetij Onderwijs en Heuvelstee Scholengroep, doen mee.",
     {"Zonnetij Onderwijs", "Heuvelstee Scholengroep"}),
], ids=["gevormd met", "verwees door naar", "X Scholengroep"])
def test_coalition_partners_referrals_and_school_groups(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_desk_is_no_organisation():
    assert "Woonloket" not in _orgs_in("Huurders kunnen bij vragen terecht bij het Woonloket.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("De Wijkteams Tafelvast (WTT) zijn sinds 2023 een zelfstandige stichting.", "Wijkteams Tafelvast"),
    ("Brugvast Thuis is inmiddels een coöperatie van zorgverleners.", "Brugvast Thuis"),
    ("Lindeloop Samen (LS) organiseert de maaltijden.", "Lindeloop Samen"),
], ids=["zijn sinds 2023 een stichting", "is inmiddels een coöperatie", "X (XY) organiseert"])
def test_what_a_name_has_become_and_a_name_with_its_acronym_before_its_verb(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Lindeloop en de gemeente evalueren jaarlijks de prestatieafspraken.", {"Lindeloop"}),
    ("Met ingang van 2024 is Tafelvast opgegaan in Zonnetij.", {"Tafelvast", "Zonnetij"}),
    ("Per 1 januari is Brugvast gefuseerd met Heuvelstee.", {"Brugvast", "Heuvelstee"}),
], ids=["X en de gemeente evalueren", "is X opgegaan in Y", "is X gefuseerd met Y"])
def test_a_body_that_evaluates_with_the_municipality_or_merges(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("text", "want"), [
    ("Met ingang van 2019 voert het Dalkracht de gemeentelijke toegangstaken uit.", {"Dalkracht"}),
    ("We beleggen de coördinatie voor de dementievriendelijke gemeenschap bij de Brugvast.", {"Brugvast"}),
    ("Verbonden partijen:\n  • De Tafelvast keert jaarlijks dividend uit.\n", {"Tafelvast"}),
    ("Bestuurlijke zaken in 2017:\n  • Liquidatie van de Heuvelstee;\n  • Opheffing van Zonnetij.\n", {"Heuvelstee", "Zonnetij"}),
    ("Exploitatie\n1\nBijdrage Lindeloop (uitvoeringskosten)\n2\n", {"Lindeloop"}),
    ("We hebben vier proeftuinen ingediend bij het Dalkracht.", {"Dalkracht"}),
    ("Voor de uitvoering krijgen de kernpartners: Bibliotheek Dalkracht, Brugvast, Sportbedrijf Lindeloop en Tafelvast "
     "een aanvullende opdracht.", {"Bibliotheek Dalkracht", "Brugvast", "Sportbedrijf Lindeloop", "Tafelvast"}),
], ids=["voert het X de ... uit", "beleggen ... bij X", "keert dividend uit", "liquidatie, opheffing", "Bijdrage X",
        "ingediend bij", "a head-word name in a comma list"])
def test_constructions_of_real_pages_with_an_unknown_name(text, want):
    assert want <= _orgs_in(text)


def test_a_head_word_name_and_a_pair_of_names_stays_one_outside_a_list():
    assert "Zorggroep Maas en Roer" in _orgs_in("De zorg wordt geleverd door Zorggroep Maas en Roer.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Wat is de relatie tussen Dalkracht en dit beleidsveld?", {"Dalkracht"}),
    ("De Brugvast heeft haar activa in 2007 overgedragen aan Lindeloop.", {"Brugvast", "Lindeloop"}),
], ids=["relatie tussen X en dit beleidsveld", "X heeft ... overgedragen"])
def test_a_joint_body_s_page_and_a_body_that_hands_over(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("text", "want"), [
    ("Naam: Werkvoorzieningschap Dalkracht\nVestigingsplaats: Heuvelstee\nRechtsvorm: Gemeenschappelijke regeling\n",
     {"Werkvoorzieningschap Dalkracht"}),
    ("Naam verbonden partij | Brugvast Regio\nVestigingsplaats | Lindeloop\nDoel | Inkoop van jeugdhulp\n",
     {"Brugvast Regio"}),
    ("Naam\n\nDalkracht Regio\n\nVestigingsplaats\n\nHeuvelstee\n", {"Dalkracht Regio"}),
], ids=["Naam: X", "Naam verbonden partij | X", "Naam over its value"])
def test_a_joint_body_s_fact_sheet_names_it(text, want):
    assert want <= _orgs_in(text)


def test_a_fact_sheet_s_legal_form_names_no_body_after_it():
    orgs = _orgs_in("Stichting Tafelvast\nRechtsvorm: stichting\nVestigingsplaats: Putten\nDoel: sport en bewegen.\n")
    assert "Vestigingsplaats" not in orgs and "Tafelvast" in orgs


def test_a_name_line_without_a_fact_sheet_names_nothing():
    assert not _orgs_in("Naam: Jan de Vries\nFunctie: wethouder\n") & {"Jan de Vries"}
    assert not _orgs_in("Naam | Status\nBuurtkamer Noord | Gereed\n")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het algemeen maatschappelijk werk (Dalkracht) had 400 cliënten.", "Dalkracht"),
    ("De schuldhulpverlening (via Lindeloop) had een wachttijd van 4 weken.", "Lindeloop"),
    ("Inwoners kunnen bij de cliëntondersteuner (Tafelvast) terecht voor onafhankelijk advies.", "Tafelvast"),
], ids=["service (X)", "service (via X)", "role (X)"])
def test_the_provider_of_a_service_named_in_brackets_after_it(sentence, want):
    assert want in _orgs_in(sentence)


def test_a_bracket_after_a_service_that_names_no_provider():
    orgs = _orgs_in("De jeugdhulp (Wmo) en de opvang (GGZ) zijn duur. Het opbouwwerk (Noord) is gestart. "
                    "De thuiszorg (2023) groeide.")
    assert not orgs & {"Wmo", "GGZ", "Noord"}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht ontving in 2023 ruim 600 aanmeldingen.", "Dalkracht"),
    ("Brugvast behandelde 240 meldingen van huiselijk geweld.", "Brugvast"),
    ("Lindeloop registreerde 95 nieuwe cliënten.", "Lindeloop"),
    ("Zonnetij telde eind 2023 1.200 leden.", "Zonnetij"),
    ("Tafelvast heeft 30 vrijwilligers getraind.", "Tafelvast"),
    ("In 2023 heeft Heuvelstee 150 huishoudens bezocht.", "Heuvelstee"),
], ids=["ontving aanmeldingen", "behandelde meldingen", "registreerde cliënten", "telde leden", "heeft getraind",
        "heeft X bezocht"])
def test_a_body_s_caseload_members_and_visits(sentence, want):
    assert want in _orgs_in(sentence)


def test_a_project_s_participants_make_no_organisation():
    assert "Samen Sterk" not in _orgs_in("Het project Samen Sterk telde 40 deelnemers.")
