"""Constructions of any report, twenty-first round: the legal seat after a name and its abbreviation ("X (ABC) te Y",
as overviews of verbonden partijen write it); a municipality is named as the text writes it where that is the name
everyone uses ("Den Haag"), while the graph keeps one label per municipality."""

from sdkg.loaders.extract import extract

from .conftest import relation_triples as _triples
from .conftest import text_doc

PARTIES = ("Gemeente Geldrop-Mierlo, programmabegroting 2024.\n\nVerbonden partijen:\n"
           "  • Gemeenschappelijke Regeling Heuvelstee Werkt (HW) te Eindhoven;\n"
           "  • Stichting Dalwijk Welzijn te Helmond;\n"
           "  • Gemeenschappelijke Regeling Bergstad Vervoer (BV) te Mierlo (voorheen BSV);\n")


def test_the_legal_seat_after_a_name_and_its_abbreviation_is_where_it_is_located():
    ex = extract(text_doc(PARTIES))
    seats = {(r.subject, r.object) for r in ex.relations if r.predicate == "located_in"}
    assert ("Heuvelstee Werkt", "Eindhoven") in seats
    assert ("Dalwijk Welzijn", "Helmond") in seats  # as before: no abbreviation between
    assert ("Bergstad Vervoer", "Mierlo") in seats


def test_a_place_after_an_abbreviation_without_te_is_no_seat():
    text = ("Gemeente Geldrop-Mierlo, programmabegroting 2024.\n\n"
            "Stichting Heuvelstee Werkt (HW) en Eindhoven maken samen afspraken over werk.\n")
    ex = extract(text_doc(text))
    assert not [r for r in ex.relations if r.predicate == "located_in"]


def _extract(text):
    return extract(text_doc(text))




def test_a_municipality_is_named_as_the_text_writes_it_where_everyone_writes_it_so():
    ex = _extract("Jaarverslag 2023 gemeente Delft.\n\nWij werken samen met de gemeenten Den Haag en Rijswijk. "
                  "Stichting Heuvelstee te Den Haag voert de schuldhulp uit.\n")
    assert {p.name for p in ex.other_municipalities} == {"Den Haag", "Rijswijk"}
    assert {p.code for p in ex.other_municipalities if p.name == "Den Haag"} == {"GM0518"}
    got = {(r.subject, r.predicate, r.object) for r in ex.relations}
    assert ("Heuvelstee", "located_in", "Den Haag") in got
    # the official name where the text writes that
    ex = _extract("Jaarverslag 2023 gemeente Delft.\n\nWij werken samen met de gemeenten 's-Gravenhage en Rijswijk.\n")
    assert "'s-Gravenhage" in {p.name for p in ex.other_municipalities}
    # the reporting municipality too, and the relations it takes part in
    ex = _extract("Jaarverslag 2023 gemeente Den Haag.\n\nDen Haag werkt samen met Stichting Heuvelstee aan "
                  "schuldhulp. Wij subsidiëren Stichting Heuvelstee.\n")
    assert (ex.meta.municipality.name, ex.meta.municipality.cbs_code) == ("Den Haag", "GM0518")
    assert ("Den Haag", "funds", "Heuvelstee") in {(r.subject, r.predicate, r.object) for r in ex.relations}


def test_a_municipality_whose_name_opens_with_an_apostrophe_s_is_found():
    # the tokeniser splits the apostrophe from "s-Hertogenbosch" after a word; the name is found whole all the same
    for written in ("'s-Hertogenbosch", "’s-Hertogenbosch", "’s\u2011Hertogenbosch"):
        ex = _extract(f"Jaarverslag 2023 gemeente Vught.\n\nWij werken samen met de gemeenten {written} en Boxtel.\n")
        assert {p.code for p in ex.other_municipalities} == {"GM0796", "GM0757"}, written


def test_the_graph_keeps_one_label_per_municipality_whichever_name_a_report_writes():
    from sdkg.graph.build import build_quads
    from sdkg.graph.iris import Minter
    from sdkg.graph.publish.validate import format_reports, validate_store
    from sdkg.graph.store import OxigraphStore

    store = OxigraphStore(None)
    store.ensure_model()
    for text in ("Jaarverslag 2023 gemeente Delft.\n\nWij werken samen met de gemeente Den Haag aan schuldhulp.\n",
                 "Jaarverslag 2023 gemeente Rijswijk.\n\nWij werken samen met de gemeente 's-Gravenhage aan "
                 "schuldhulp.\n"):
        ex = _extract(text)
        store.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    report = validate_store(store)
    assert report.conforms, format_reports([report])
    rows = list(store.raw.query("""PREFIX sdkg: <https://w3id.org/sdkg/def#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?p ?l WHERE { GRAPH ?g { ?m sdkg:cbsCode "GM0518" ; ?p ?l
                                                 FILTER(?p IN (skos:prefLabel, skos:altLabel)) } }"""))
    labels = {(r["p"].value.rsplit("#", 1)[1], r["l"].value) for r in rows}
    assert labels == {("prefLabel", "'s-Gravenhage"), ("altLabel", "Den Haag")}


def test_an_enumeration_item_ends_at_a_full_stop():
    ex = _extract("Jaarverslag 2023 gemeente Wijchen.\n\nDe activiteiten zijn er voor iedere inwoner, in de dorpen Alverna, "
                  "Balgoij, Hernen, Leur en Niftrik. In 2026 zetten we de lijn door.\n")
    assert not [i.name for i in ex.initiatives if "." in i.name]
    assert not [r for r in ex.relations if ". " in r.subject]


def test_the_seat_with_its_street_between():
    for text in ("De Voedselbank Dalwijk, gevestigd aan de Harderwijkerweg in Dieren, deelt wekelijks pakketten uit.",
                 "Stichting Heuvelstee is gevestigd in een bedrijfspand aan de Eeslaan 4 in Steenwijk."):
        ex = _extract("Jaarverslag 2023 gemeente Rheden.\n\n" + text + "\n")
        got = {(r.subject, r.object) for r in ex.relations if r.predicate == "located_in"}
        assert got & {("Voedselbank Dalwijk", "Dieren"), ("Heuvelstee", "Steenwijk")}, (text, got)


def test_members_of_a_joint_body_named_in_a_clause_with_waarin():
    got = _triples("Jaarverslag 2023 gemeente Smallingerland.\n\nDe inkoop van jeugdhulp is belegd bij Sociaal Domein "
                   "Heuvelstee (SDH), waarin Smallingerland met de andere Friese gemeenten samenwerkt. Het "
                   "Werkgeversservicepunt Dalwijk, waarin UWV en de gemeenten in de regio samenwerken, hielp 40 werkgevers.\n")
    assert ("Smallingerland", "part_of", "Sociaal Domein Heuvelstee") in got
    assert ("UWV", "part_of", "Werkgeversservicepunt Dalwijk") in got
    # said of a member, the joint body is no mere partner of the municipality in that sentence
    assert ("Sociaal Domein Heuvelstee", "partner_of", "Smallingerland") not in got


def test_part_of_with_a_date_or_an_adjective_before_onderdeel():
    for text, pair in (("Veilig Thuis Heuvelstee, sinds 2019 een onderdeel van de Veiligheidsregio Dalwijk, nam "
                        "1.200 meldingen aan.", ("Veilig Thuis Heuvelstee", "Veiligheidsregio Dalwijk")),
                       ("Stichting Jongerenwerk Heuvelstee is per 1 januari een zelfstandig onderdeel van Stichting "
                        "Welzijn Dalwijk.", ("Jongerenwerk Heuvelstee", "Welzijn Dalwijk"))):
        ex = _extract("Jaarverslag 2023 gemeente Bergstad.\n\n" + text + "\n")
        got = {(r.subject, r.object) for r in ex.relations if r.predicate == "part_of"}
        assert pair in got, (text, got)


def test_what_an_organisation_does_in_brackets_after_its_name():
    ex = _extract("Jaarverslag 2023 gemeente Olst-Wijhe.\n\nWij werken samen met:\n- Humanitas Heuvelstee (thuisadministratie)\n"
                  "- GGD IJsselland (jeugdgezondheidszorg en de gezondheidsmonitor)\n- Stichting Dalwijk (hierna: SD)\n"
                  "- Dalwijk Energie BV (nieuw energiebedrijf)\n")
    got = {(r.subject, r.object) for r in ex.relations if r.predicate == "provides"}
    assert {("Humanitas Heuvelstee", "thuisadministratie"), ("GGD IJsselland", "jeugdgezondheidszorg"),
            ("GGD IJsselland", "gezondheidsmonitor")} <= got
    assert not [o for s, o in got if s.startswith("Dalwijk") or "hierna" in o or "bedrijf" in o]


def test_who_the_execution_lies_with():
    got = _triples("Jaarverslag 2023 gemeente Tynaarlo.\n\nDe uitvoering van de Participatiewet ligt bij het Werkplein "
                   "Heuvelstee. De pilot 'Thuis in Dalwijk' koppelt nieuwe bewoners aan een maatje; de uitvoering ligt bij "
                   "Stichting Welzijn Dalwijk.\n")
    assert ("Werkplein Heuvelstee", "provides", "uitvoering van de Participatiewet") in got
    assert ("Welzijn Dalwijk", "provides", "Thuis in Dalwijk") in got


def test_a_named_facility_or_organisation_right_before_in_a_place_is_there():
    cases = (("Jaarverslag 2017 gemeente Olst-Wijhe.", "Het jongerenwerk verhuisde naar jongerencentrum Het Spoor in Olst.",
              ("jongerencentrum Het Spoor", "Olst")),
             ("Jaarstukken 2022 gemeente Steenwijkerland.", "Wij kochten het voormalige verpleeghuis De Kolk in Vollenhove.",
              ("verpleeghuis De Kolk", "Vollenhove")),
             ("Begroting 2026 gemeente Achtkarspelen.", "Nieuw is de Jongerenruimte in Harkema.", ("Jongerenruimte", "Harkema")),
             ("Begroting 2024 gemeente Tynaarlo.", "Zorgcoöperatie Heuvelstee in Yde is hierin de uitvoerende partner.",
              ("Zorgcoöperatie Heuvelstee", "Yde")),
             ("Jaarstukken 2019 gemeente Smallingerland.", "In Boornbergum opende zorgaanbieder Heuvelstee een kleinschalige "
              "woonvoorziening.", ("Heuvelstee", "Boornbergum")))
    for head, text, pair in cases:
        ex = _extract(head + "\n\n" + text + "\n")
        got = {(r.subject, r.object) for r in ex.relations if r.predicate == "located_in"}
        assert pair in got, (text, got)


def test_services_each_with_its_own_article_are_separate_services():
    ex = _extract("Begroting 2024 gemeente Hof van Twente.\n\nHet team werkt samen met Stichting Welzijn Heuvelstee, die het "
                  "opbouwwerk en het jongerenwerk uitvoert.\n")
    got = {(r.subject, r.object) for r in ex.relations if r.predicate == "provides"}
    assert {("Welzijn Heuvelstee", "opbouwwerk"), ("Welzijn Heuvelstee", "jongerenwerk")} <= got
    # two bare nouns are still one service, as before
    got = {(r.subject, r.object) for r in _extract("Begroting 2024 gemeente Hof van Twente.\n\nStichting Welzijn "
                                                   "Heuvelstee levert opbouwwerk en ouderenwerk.\n").relations
           if r.predicate == "provides"}
    assert ("Welzijn Heuvelstee", "opbouwwerk en ouderenwerk") in got


def test_partners_of_work_carried_out_with_them_and_of_a_consultation_started_with_them():
    got = _triples("Begroting 2024 gemeente Tynaarlo.\n\nDe vroegsignalering voeren we uit met de woningcorporaties "
                   "Heuvelstee Wonen en Dalwijk Wonen.\n")
    assert {("Heuvelstee Wonen", "partner_of", "Tynaarlo"), ("Dalwijk Wonen", "partner_of", "Tynaarlo")} <= got
    got = _triples("Jaarverslag 2019 gemeente Rheden.\n\nMet Rozendaal, Renkum en Doesburg is in het najaar een "
                   "subregionaal overleg gestart.\n")
    assert {(m, "partner_of", "Rheden") for m in ("Rozendaal", "Renkum", "Doesburg")} <= got


def test_a_grant_to_each_organisation_listed_after_aan():
    ex = _extract("Begroting 2024 gemeente Hof van Twente.\n\nWij verstrekken een subsidie aan Stichting Leergeld Heuvelstee, "
                  "aan Voedselbank Dalwijk en aan Humanitas Bergstad.\n")
    got = {o for s, p, o in ((r.subject, r.predicate, r.object) for r in ex.relations) if p == "funds"}
    assert got == {"Leergeld Heuvelstee", "Voedselbank Dalwijk", "Humanitas Bergstad"}


def test_services_bought_from_an_organisation():
    got = _triples("Begroting 2024 gemeente Hof van Twente.\n\nVoor de jeugdgezondheidszorg en de preventieve taken nemen wij "
                   "diensten af van GGD Twente.\n")
    assert ("GGD Twente", "contracted_by", "Hof van Twente") in got
    assert {("GGD Twente", "provides", "jeugdgezondheidszorg"), ("GGD Twente", "provides", "preventieve taken")} <= got


def test_a_seat_said_with_a_possessive_is_the_organisations():
    ex = _extract("Begroting 2026 gemeente Achtkarspelen.\n\nZorgaanbieder Stichting Heuvelstee heeft zijn hoofdvestiging in "
                  "Buitenpost.\n")
    got = {(r.subject, r.object) for r in ex.relations if r.predicate == "located_in"}
    assert got == {("Heuvelstee", "Buitenpost")}


def test_a_welfare_group_or_care_circle_opening_its_sentence_is_an_organisation():
    from .conftest import names_of

    got = names_of("Jaarverslag 2021 gemeente Het Hogeland.\n\nWelzijnsgroep Heuvelstee blijft de grootste partner. "
                   "Zorgkring Dalwijk biedt dagbesteding aan.\n", "organisations")
    assert {"Welzijnsgroep Heuvelstee", "Zorgkring Dalwijk"} <= set(got)
    # a steering or working group is no body
    got = names_of("Jaarverslag 2021 gemeente Het Hogeland.\n\nDe Stuurgroep Jeugd en de Werkgroep Armoede vergaderden "
                   "vier keer.\n", "organisations")
    assert not [n for n in got if "groep" in n]


def test_who_the_financing_comes_from_and_a_fund_supporting_a_project():
    got = _triples("Jaarverslag 2019 gemeente Rheden.\n\nIn 2019 startte het programma 'Rheden Beweegt'. De financiering komt "
                   "voor 40 procent van het Rijk. Wij danken het Oranje Fonds, dat de pilot 'Dorp aan Zet' voor twee "
                   "jaar ondersteunt.\n")
    assert ("Rijk", "funds", "Rheden Beweegt") in got
    assert ("Oranje Fonds", "funds", "Dorp aan Zet") in got


def test_statements_that_are_no_relation():
    ex = _extract("Jaarverslag 2019 gemeente Rheden.\n\nDie stijging hangt voor een deel samen met het abonnementstarief, "
                  "dat het Rijk heeft ingevoerd en dat het CAK int.\n")
    assert not [r for r in ex.relations if r.predicate == "partner_of"]
    ex = _extract("Jaarstukken 2022 gemeente Steenwijkerland.\n\nDe kosten zijn gedekt uit de Specifieke uitkering Kansrijke "
                  "Start van het Rijk.\n")
    assert not [r for r in ex.relations if r.subject == "Rijk" and r.predicate == "provides"]
    ex = _extract("Begroting 2024 gemeente Hof van Twente.\n\nWij openen in 2024 een tweede jongerenpunt in Delden, naast "
                  "het bestaande punt in het Kulturhus van Markelo.\n")
    assert not [r for r in ex.relations if r.predicate == "located_in" and "Kulturhus" in r.subject
                and r.object == "Delden"]


def test_a_german_company_form_ends_a_name():
    from .conftest import names_of

    text = ("Jaarverslag 2021 gemeente Kerkrade.\n\nDe gemeente neemt deel in Technologiepark Heuvelstee GmbH en in "
            "Dalwijk Energie GmbH & Co. KG.\n")
    ex = _extract(text)
    got = {o.name: set(o.aliases) for o in ex.organisations}
    assert "Technologiepark Heuvelstee" in got and "Dalwijk Energie" in got
    assert "Dalwijk Energie GmbH & Co. KG" in got["Dalwijk Energie"]
    assert names_of(text, "organisations")


def test_a_subject_pointing_back_at_the_project_just_named():
    for second in ("Dit project wordt uitgevoerd door Stichting Welzijn Heuvelstee.",
                   "Deze pilot wordt gecoördineerd door Stichting Welzijn Heuvelstee.",
                   "Het wordt gerund door Stichting Welzijn Heuvelstee."):
        got = _triples("Begroting 2026 gemeente Achtkarspelen.\n\nIn 2025 startte het project 'Samen Sterk'. " + second + "\n")
        assert ("Welzijn Heuvelstee", "provides", "Samen Sterk") in got, (second, got)


def test_organisations_whose_staff_work_in_the_municipalitys_team_are_its_partners():
    got = _triples("Begroting 2026 gemeente Achtkarspelen.\n\nHet gebiedsteam werkt onder regie van de gemeente, met "
                   "medewerkers van Stichting Welzijn Heuvelstee en van zorgaanbieder Dalwijk Thuiszorg.\n")
    assert {("Welzijn Heuvelstee", "partner_of", "Achtkarspelen"), ("Dalwijk Thuiszorg", "partner_of", "Achtkarspelen")} <= got


def test_a_service_offered_in_a_fronted_place_places_the_service_not_its_provider():
    got = _triples("Jaarverslag 2019 gemeente Rheden.\n\nIn Laag-Soeren en Spankeren biedt Zorgkring Heuvelstee sinds 2019 "
                   "de dagbesteding voor ouderen aan.\n")
    assert ("Zorgkring Heuvelstee", "provides", "dagbesteding voor ouderen") in got
    assert not [t for t in got if t[0] == "Zorgkring Heuvelstee" and t[1] == "located_in"]
    # opening a location there still is a seat
    ex = _extract("Jaarstukken 2019 gemeente Smallingerland.\n\nIn Boornbergum opende zorgaanbieder Heuvelstee een "
                  "kleinschalige woonvoorziening.\n")
    assert ("Heuvelstee", "located_in", "Boornbergum") in {(r.subject, r.predicate, r.object) for r in ex.relations}
