"""Constructions of any report, twenty-fourth round: the policy documents a programme lists under the question that
asks for them (a sub-heading between)."""

import pytest

from .conftest import names_of
from .conftest import relation_triples as _triples


@pytest.mark.parametrize("question", [
    "In welke gemeentelijke beleidsstukken is het bestaande beleid omschreven?",
    "Welke kaderstellende beleidsnota's zijn van toepassing?",
    "Beleidskaders",
])
def test_the_policy_documents_listed_under_the_question_that_asks_for_them(question):
    text = (f"Programmabegroting 2024 gemeente Bergen op Zoom\n\nProgramma 2 Zorg\n\n{question}\n\nSociaal domein\n\n"
            "  • Samen Sterk in Heuvelstee – regionaal kader gezondheidsbeleid 2018–2021\n"
            "  • Vitaal Bergen op Zoom 2020-2022\n"
            "  • Op weg naar een dementievriendelijk Bergen op Zoom 2019-2022\n"
            "  • Verordening maatschappelijke ondersteuning 2023\n")
    got = names_of(text, "initiatives")
    for name in ("Samen Sterk in Heuvelstee", "Vitaal Bergen op Zoom", "Op weg naar een dementievriendelijk Bergen op Zoom",
                 "Verordening maatschappelijke ondersteuning"):
        assert any(g == name or g.startswith(name + " ") for g in got), (name, got)
    assert not any("regionaal kader" in g for g in got), got


def test_a_sub_heading_alone_announces_no_documents():
    text = ("Jaarverslag 2023 gemeente Bergen op Zoom\n\nWat hebben we gedaan?\n\nSociaal domein\n\n"
            "  • Meer inwoners doen mee\n  • Wachttijden korter\n")
    assert not names_of(text, "initiatives") & {"Meer inwoners doen mee", "Wachttijden korter"}


@pytest.mark.parametrize("muni, sentence, body, members", [
    ("Westerwolde", "De uitvoering van de Participatiewet ligt bij het Werkbedrijf Heuvelstee-Pekela (WHP), de "
                    "gemeenschappelijke regeling die wij samen met de gemeente Pekela in stand houden.",
     "Werkbedrijf Heuvelstee-Pekela", ("Westerwolde", "Pekela")),
    ("Nissewaard", "De re-integratie wordt uitgevoerd door Participatiebedrijf Dalwijk (PBD), de gemeenschappelijke "
                   "regeling waarin Nissewaard samen met Brielle, Hellevoetsluis en Westvoorne deelneemt.",
     "Participatiebedrijf Dalwijk", ("Nissewaard", "Brielle", "Hellevoetsluis", "Westvoorne")),
    ("Dantumadiel", "De inkoop is belegd bij Sociaal Domein Heuvelstee (SDH), de gemeenschappelijke regeling waarin "
                    "Dantumadiel met de overige Friese gemeenten samenwerkt.", "Sociaal Domein Heuvelstee",
     ("Dantumadiel",)),
    ("Hof van Twente", "De GGD is onderdeel van Regio Dalwijk, het openbaar lichaam waarin Hof van Twente met de dertien "
                       "andere Twentse gemeenten samenwerkt.", "Regio Dalwijk", ("Hof van Twente",)),
    ("Olst-Wijhe", "De uitvoering van de Participatiewet is ondergebracht bij Participatiebedrijf Heuvelstee, waarin "
                   "Olst-Wijhe samenwerkt met de gemeente Deventer.", "Participatiebedrijf Heuvelstee",
     ("Olst-Wijhe", "Deventer")),
    ("Hof van Twente", "De inkoop van specialistische jeugdhulp verloopt via Samen14, de samenwerking van de veertien "
                       "Twentse gemeenten.", "Samen14", ("Hof van Twente",)),
])
def test_the_members_a_joint_body_is_said_to_have_in_an_apposition(muni, sentence, body, members):
    got = _triples(f"Jaarverslag 2019 gemeente {muni}\n\n{sentence}\n")
    for m in members:
        assert (m, "part_of", body) in got, (m, got)
    assert (body, "partner_of", muni) not in got and (muni, "partner_of", body) not in got, got


def test_a_cooperation_between_the_municipality_and_an_organisation_makes_no_members():
    got = _triples("Jaarverslag 2023 gemeente Olst-Wijhe\n\nHet project loopt via Stichting Heuvelstee, de samenwerking "
                   "van de gemeente met de scholen.\n")
    assert not any(p == "part_of" for _, p, _ in got), got


@pytest.mark.parametrize("muni, sentence, org, clients", [
    ("Hof van Twente", "Werkbedrijf Heuvelstee voert de Participatiewet uit voor Hof van Twente en Haaksbergen.",
     "Werkbedrijf Heuvelstee", ("Hof van Twente", "Haaksbergen")),
    ("Zevenaar", "De Tozo wordt voor Zevenaar, Duiven en Westervoort uitgevoerd door Stichting Dalwijk Werkt.",
     "Dalwijk Werkt", ("Zevenaar", "Duiven", "Westervoort")),
    ("Dantumadiel", "Sinds 1 april 2019 is Hulpmiddelen Heuvelstee B.V. de leverancier van hulpmiddelen en "
                    "woningaanpassingen voor Dantumadiel en Achtkarspelen.", "Hulpmiddelen Heuvelstee",
     ("Dantumadiel", "Achtkarspelen")),
])
def test_an_organisation_that_works_for_named_municipalities_is_contracted_by_each(muni, sentence, org, clients):
    got = _triples(f"Jaarverslag 2021 gemeente {muni}\n\n{sentence}\n")
    for m in clients:
        assert (org, "contracted_by", m) in got, (m, got)


@pytest.mark.parametrize("sentence", [
    "Stichting Dalwijk voert de Participatiewet uit; voor Zevenaar en Duiven is dat nog niet besloten.",
    "Stichting Dalwijk is de leverancier van hulpmiddelen; de kosten voor Zevenaar en Duiven stijgen.",
])
def test_municipalities_outside_the_clause_are_no_clients(sentence):
    got = _triples(f"Jaarverslag 2021 gemeente Zevenaar\n\n{sentence}\n")
    assert not any(s == "Dalwijk" and p == "contracted_by" and o == "Duiven" for s, p, o in got), got


@pytest.mark.parametrize("sentence, org, thing", [
    ("Stichting Welzijn Dalwijk zet in 2025 onder meer het project 'Kern met Pit' voort.", "Welzijn Dalwijk",
     "Kern met Pit"),
    ("Bibliotheek Dalwijk richt in 2020 een Informatiepunt Digitale Overheid in, in de vestigingen in de kernen.",
     "Bibliotheek Dalwijk", "Informatiepunt Digitale Overheid"),
    ("Stichting Dalwijk ontwikkelt in 2024 het leerwerkprogramma 'Vakkracht Heuvelstee', in samenwerking met het mbo.",
     "Dalwijk", "Vakkracht Heuvelstee"),
    ("De lokale coalitie 'Heuvelstee Verbindt' wordt getrokken door Stichting Dalwijk.", "Dalwijk", "Heuvelstee Verbindt"),
    ("Via het door Werkbedrijf Dalwijk (WD) uitgevoerde project 'Oan de Slach' vonden 40 inwoners werk.",
     "Werkbedrijf Dalwijk", "Oan de Slach"),
    ("Sportvereniging Dalwijk (project 'Sportief Meedoen') ontving een subsidie.", "Sportvereniging Dalwijk",
     "Sportief Meedoen"),
    ("Het Taalhuis Heuvelstee, een voorziening van Bibliotheek Dalwijk, bood 74 inwoners taalles.", "Bibliotheek Dalwijk",
     "Taalhuis Heuvelstee"),
])
def test_what_an_organisation_sets_up_carries_on_or_runs_it_provides(sentence, org, thing):
    got = _triples(f"Jaarverslag 2023 gemeente Nunspeet\n\n{sentence}\n")
    assert (org, "provides", thing) in got, got


def test_an_initiative_the_municipality_carries_on_with_an_organisation_is_not_the_organisations():
    got = _triples("Begroting 2024 gemeente Olst-Wijhe\n\nSamen met Woonstichting Dalwijk zetten we de aanpak 'Thuis in je "
                   "Buurt' voort, waarin kwetsbare huurders worden begeleid.\n")
    assert ("Woonstichting Dalwijk", "provides", "Thuis in je Buurt") not in got, got
    assert ("Woonstichting Dalwijk", "partner_of", "Thuis in je Buurt") in got, got


@pytest.mark.parametrize("sentence, orgs, thing", [
    ("In het kader van het programma Langer Thuis is met Woonstichting Dalwijk en Zilveren Kruis de pilot 'Thuis in "
     "Heuvelstee' gestart voor oudere huurders.", ("Woonstichting Dalwijk", "Zilveren Kruis"), "Thuis in Heuvelstee"),
    ("Met GGD Rotterdam-Rijnmond wordt de aanpak Kansrijke Start in 2023 uitgebreid naar de kernen.",
     ("GGD Rotterdam-Rijnmond",), "Kansrijke Start"),
])
def test_the_organisations_an_initiative_is_started_or_extended_with_work_on_it(sentence, orgs, thing):
    got = _triples(f"Jaarverslag 2023 gemeente Nissewaard\n\n{sentence}\n")
    for o in orgs:
        assert (o, "partner_of", thing) in got, (o, got)


def test_an_initiative_only_named_after_a_with_phrase_has_no_partners():
    got = _triples("Jaarverslag 2023 gemeente Nissewaard\n\nWe spraken met Woonstichting Dalwijk over de pilot 'Thuis in "
                   "Heuvelstee', die volgend jaar mogelijk start.\n")
    assert ("Woonstichting Dalwijk", "partner_of", "Thuis in Heuvelstee") not in got, got


def test_the_kernen_of_a_merged_municipality_are_the_successors_neighbourhoods():
    # the wijk data predates the merger of Vlagtwedde into Westerwolde (2018)
    text = ("Jaarverslag 2021 gemeente Westerwolde\n\nStichting Dalwijk is actief in Sellingen en in Ter Apel; "
            "Dorpshuis Heuvelstee (Bourtange) ontving een subsidie.\n")
    assert {"Sellingen", "Ter Apel", "Bourtange"} <= names_of(text, "neighbourhoods")


def test_a_municipality_split_over_several_leaves_its_areas_to_none():
    from sdkg.loaders import reference as ref

    after = ref.successors()
    assert after["GM0048"] == "GM1950"  # Vlagtwedde -> Westerwolde
    assert "GM0788" not in after  # Haaren, split over four municipalities in 2021


def test_the_place_given_in_brackets_after_an_organisation_is_where_it_is():
    got = _triples("Jaarverslag 2021 gemeente Westerwolde\n\nSubsidie ontvingen onder meer Dorpshuis Heuvelstee (Sellingen) "
                   "en Stichting Dalwijk (Vlagtwedde).\n")
    assert ("Dorpshuis Heuvelstee", "located_in", "Sellingen") in got and ("Dalwijk", "located_in", "Vlagtwedde") in got


@pytest.mark.parametrize("sentence, stated", [
    ("Gemert-Bakel is niet aangesloten bij het Jeugdfonds Sport & Cultuur; kinderen gebruiken de eigen regeling.", False),
    ("Wij zijn geen lid van het Jeugdfonds Sport & Cultuur.", False),
    ("Gemert-Bakel is aangesloten bij het Jeugdfonds Sport & Cultuur.", True),
])
def test_membership_the_text_denies_is_none(sentence, stated):
    got = _triples(f"Begroting 2020 gemeente Gemert-Bakel\n\n{sentence}\n")
    assert (("Gemert-Bakel", "partner_of", "Jeugdfonds Sport & Cultuur") in got) is stated, got


def test_an_apostrophe_inside_a_quoted_name_does_not_close_it():
    text = ("Jaarstukken 2019 gemeente Dantumadiel\n\nVia het door Werkbedrijf Dalwijk (WD) uitgevoerde project ‘Oan ’e "
            "Slach’ vonden 40 inwoners werk. Het project ‘Samen Sterk’ loopt door.\n")
    assert {"Oan ’e Slach", "Samen Sterk"} <= names_of(text, "initiatives")
    assert ("Werkbedrijf Dalwijk", "provides", "Oan ’e Slach") in _triples(text)


@pytest.mark.parametrize("sentence, contracted", [
    ("Het welzijnswerk wordt uitgevoerd door Stichting Welzijn Dalwijk (WD), waarmee in 2024 een meerjarige "
     "uitvoeringsovereenkomst is gesloten.", True),
    ("De uitvoering van de Participatiewet voor inwoners met een loonwaardebeperking is belegd bij Stichting Welzijn "
     "Dalwijk.", True),
    ("De toegang tot jeugdhulp is belegd bij Stichting Welzijn Dalwijk (WD), die daarvoor subsidie ontvangt.", False),
    ("Het welzijnswerk wordt uitgevoerd door Stichting Welzijn Dalwijk (WD), waarmee nog geen overeenkomst is gesloten.",
     False),
])
def test_a_contract_closed_with_a_foundation_or_a_task_lodged_with_it(sentence, contracted):
    got = _triples(f"Begroting 2025 gemeente Land van Cuijk\n\n{sentence}\n")
    assert (("Welzijn Dalwijk", "contracted_by", "Land van Cuijk") in got) is contracted, got


def test_a_task_lodged_with_a_joint_body_contracts_nobody():
    got = _triples("Begroting 2025 gemeente Land van Cuijk\n\nDe uitvoering van de Participatiewet is belegd bij "
                   "Werkbedrijf Dalwijk.\n")
    assert not any(p == "contracted_by" for _s, p, _o in got), got


def test_the_organisation_responsible_for_a_law_works_under_it():
    got = _triples("Begroting 2025 gemeente Land van Cuijk\n\nVoor de Wet langdurige zorg is het Zorgkantoor VGZ "
                   "verantwoordelijk.\n")
    assert ("VGZ", "under_law", "Wet langdurige zorg") in got, got
    got = _triples("Begroting 2025 gemeente Land van Cuijk\n\nVoor de Jeugdwet zijn de gemeenten verantwoordelijk; "
                   "Stichting Dalwijk adviseert.\n")
    assert ("Dalwijk", "under_law", "Jeugdwet") not in got, got


def test_who_joined_the_undertaking_just_named_works_on_it():
    got = _triples("Jaarverslag 2023 gemeente Lochem\n\nOnderdeel van de lokale uitwerking van het GALA is de aanpak "
                   "'Rookvrije Generatie Heuvelstee'. Tennisclub Dalwijk en Korfbalvereniging Heuvelstee hebben zich "
                   "inmiddels bij de aanpak aangesloten.\n")
    assert ("Tennisclub Dalwijk", "partner_of", "Rookvrije Generatie Heuvelstee") in got, got
    assert ("Korfbalvereniging Heuvelstee", "partner_of", "Rookvrije Generatie Heuvelstee") in got, got
    got = _triples("Jaarverslag 2023 gemeente Lochem\n\nIn 2022 is het Sportakkoord Lochem gesloten. Zwemvereniging Dalwijk "
                   "en atletiekvereniging AV Heuvelstee namen deel aan de totstandkoming van het akkoord.\n")
    assert ("Zwemvereniging Dalwijk", "partner_of", "Sportakkoord Lochem") in got, got


def test_the_participle_that_closes_the_clause_is_no_part_of_a_name():
    got = names_of("Jaarverslag 2023 gemeente Lochem\n\nIn 2022 is het Sportakkoord Heuvelstee ondertekend en het "
                   "Preventieakkoord Dalwijk gesloten.\n", "initiatives")
    assert {"Sportakkoord Heuvelstee", "Preventieakkoord Dalwijk"} <= got, got


def test_a_clause_after_a_semicolon_that_names_no_contract_hires_nobody():
    got = _triples("Jaarverslag 2022 gemeente Pijnacker-Nootdorp\n\nDe begeleiding is door de gemeente opgedragen aan "
                   "Stichting Heuvelstee; in de eerste weken heeft het Nederlandse Rode Kruis hierbij ondersteund.\n")
    assert ("Heuvelstee", "contracted_by", "Pijnacker-Nootdorp") in got, got
    assert not any(s == "Rode Kruis" and p == "contracted_by" for s, p, _o in got), got


def test_what_the_organisation_after_samen_met_develops_is_the_subjects():
    got = _triples("Begroting 2020 gemeente Gemert-Bakel\n\nSamen met Woonstichting Dalwijk ontwikkelt Stichting Heuvelstee "
                   "het project ‘Samen Oud in Heuvelstee’, waarin twaalf woningen komen.\n")
    assert ("Woonstichting Dalwijk", "provides", "Samen Oud in Heuvelstee") not in got, got


def test_a_language_school_is_an_organisation_and_the_law_it_was_hired_for_its_own():
    text = ("Begroting 2025 gemeente Land van Cuijk\n\nVoor de uitvoering van de Wet inburgering 2021 heeft de gemeente "
            "Taalschool Heuvelstee uit Boxmeer gecontracteerd.\n")
    assert "Taalschool Heuvelstee" in names_of(text, "organisations")
    got = _triples(text)
    for rel in (("Taalschool Heuvelstee", "contracted_by", "Land van Cuijk"), ("Taalschool Heuvelstee", "located_in", "Boxmeer"),
                ("Taalschool Heuvelstee", "under_law", "Wet inburgering 2021")):
        assert rel in got, (rel, got)


def test_what_the_text_calls_by_a_name_is_an_initiative_and_who_carries_it_on_provides_it():
    text = ("Begroting 2023 gemeente Hof van Twente\n\nDaarnaast zet Stichting Dalwijk de inloop in de zogenoemde "
            "Huiskamers van de Hof voort; deze zijn te vinden in Goor, Delden en Markelo.\n")
    assert "Huiskamers van de Hof" in names_of(text, "initiatives")
    assert ("Dalwijk", "provides", "Huiskamers van de Hof") in _triples(text)


@pytest.mark.parametrize("sentence, partner", [
    ("Veilig Thuis Twente blijft een belangrijke ketenpartner bij huiselijk geweld en kindermishandeling.", True),
    ("Veilig Thuis Twente is een partner van Stichting Dalwijk.", False),
])
def test_an_organisation_said_to_be_a_ketenpartner_works_with_the_municipality(sentence, partner):
    text = ("Begroting 2023 gemeente Hof van Twente\n\nLokaal starten we met de pilot ‘Jongerencoach op school’ op "
            f"Scholengemeenschap Heuvelstee in Goor. {sentence}\n")
    got = _triples(text)
    assert (("Veilig Thuis Twente", "partner_of", "Hof van Twente") in got) is partner, got
    assert ("Veilig Thuis Twente", "partner_of", "Jongerencoach op school") not in got, got


def test_the_multiplier_in_a_tables_first_header_cell_governs_its_amounts():
    from sdkg.loaders.extract import extract

    from .conftest import text_doc
    text = ("Begroting 2025 gemeente Land van Cuijk\n\nWat mag het kosten?\nBedragen x € 1.000 | Begroting 2024 | "
            "Begroting 2025\nLasten | 96.240 | 101.785\nBaten | 14.105 | 14.620\n")
    got = {(f.label, f.value, f.year) for f in extract(text_doc(text)).figures}
    assert ("Lasten", 101785000, 2025) in got and ("Baten", 14620000, 2025) in got, got


def test_a_municipality_that_has_joined_an_agreement_works_on_it():
    got = _triples("Jaarverslag 2023 gemeente Barendrecht\n\nBarendrecht heeft zich aangesloten bij het Gezond en Actief "
                   "Leven Akkoord (GALA).\n")
    assert ("Barendrecht", "partner_of", "Gezond en Actief Leven Akkoord") in got, got


def test_who_has_promised_to_take_part_works_on_the_project_just_named():
    got = _triples("Begroting 2020 gemeente Berg en Dal\n\nStichting Heuvelstee start het project ‘Gezond in de Kernen’. "
                   "Sportvereniging Dalwijk en Tennisclub Heuvelstee hebben toegezegd mee te doen.\n")
    assert ("Sportvereniging Dalwijk", "partner_of", "Gezond in de Kernen") in got, got
    assert ("Tennisclub Heuvelstee", "partner_of", "Gezond in de Kernen") in got, got


def test_the_members_a_body_is_given_by_waaraan_and_a_contract_closed_met_wie():
    got = _triples("Begroting 2020 gemeente Berg en Dal\n\nDe jeugdhulp is ondergebracht bij de MGR Sociaal Domein Heuvelstee "
                   "(MGR), waaraan Berg en Dal samen met Nijmegen, Heumen en Wijchen deelneemt.\n")
    for m in ("Berg en Dal", "Nijmegen", "Heumen", "Wijchen"):
        assert (m, "part_of", "MGR Sociaal Domein Heuvelstee") in got, (m, got)
    got = _triples("Jaarstukken 2021 gemeente Noardeast-Fryslân\n\nDe schuldhulp wordt geleverd door Stichting Dalwijk, met "
                   "wie een prestatieovereenkomst voor de periode 2020-2023 is gesloten.\n")
    assert ("Dalwijk", "contracted_by", "Noardeast-Fryslân") in got, got


@pytest.mark.parametrize("sentence, org", [
    ("Korfbalvereniging Heuvelstee ’58 (project ‘Sportief Fit 60+’) ontving een subsidie.", "Korfbalvereniging Heuvelstee ’58"),
    ("Ook Vrijwilligerscentrale De Dalwijk ontvangt een bijdrage.", "Vrijwilligerscentrale De Dalwijk"),
    ("Ook Voedselhulp De Heuvelstee ontvangt een bijdrage.", "Voedselhulp De Heuvelstee"),
])
def test_club_years_and_volunteer_centres_are_parts_of_names(sentence, org):
    assert org in names_of(f"Begroting 2020 gemeente Berg en Dal\n\n{sentence}\n", "organisations")


def test_a_named_project_in_brackets_after_an_organisation_is_its_digits_and_all():
    got = _triples("Begroting 2020 gemeente Berg en Dal\n\nKorfbalvereniging Heuvelstee ’58 (project ‘Sportief Fit 60+’) "
                   "ontving een subsidie.\n")
    assert ("Korfbalvereniging Heuvelstee ’58", "provides", "Sportief Fit 60+") in got, got


@pytest.mark.parametrize("sentence, body, members", [
    ("De inkoop verloopt via de Regio Dalwijk, waarin Ermelo samenwerkt met Elburg, Harderwijk en Putten.", "Regio Dalwijk",
     ("Ermelo", "Elburg", "Harderwijk", "Putten")),
    ("Beschut werk wordt geboden door Werkbedrijf Heuvelstee, het werkbedrijf waarvan Ermelo samen met de andere "
     "Noord-Veluwse gemeenten eigenaar is.", "Werkbedrijf Heuvelstee", ("Ermelo",)),
    ("De uitvoering ligt bij Werkbedrijf Dalwijk, een gezamenlijke uitvoeringsorganisatie van Ermelo, Putten en Nunspeet.",
     "Werkbedrijf Dalwijk", ("Ermelo", "Putten", "Nunspeet")),
    ("Inwoners met een Wsw-indicatie werken bij Werkbedrijf Heuvelstee, het sociaal werkbedrijf van de gemeenten in de "
     "regio.", "Werkbedrijf Heuvelstee", ("Ermelo",)),
])
def test_the_owners_and_members_of_a_joint_body(sentence, body, members):
    got = _triples(f"Begroting 2024 gemeente Ermelo\n\n{sentence}\n")
    for m in members:
        assert (m, "part_of", body) in got, (m, got)


def test_a_werkbedrijf_of_named_municipalities_that_is_not_joint_stays_their_partner():
    got = _triples("Begroting 2024 gemeente Ermelo\n\nDe re-integratie wordt uitgevoerd door Werkbedrijf Dalwijk, het "
                   "werkbedrijf van Ermelo en Putten.\n")
    assert ("Putten", "part_of", "Werkbedrijf Dalwijk") not in got, got


def test_what_an_organisation_no_longer_does_or_does_not_get_it_provides_not():
    got = _triples("Begroting 2020 gemeente Berg en Dal\n\nMet ingang van 2020 wordt de schuldhulpverlening niet langer door "
                   "de Kredietbank Nederland uitgevoerd maar door de gemeente zelf.\n\nSubsidies 2020:\n- Stichting "
                   "Heuvelstee: € 42.000\n- Stichting Dalwijk: geen subsidie verleend\n")
    assert not any(s == "Kredietbank Nederland" and p == "provides" for s, p, _o in got), got
    assert not any(s == "Dalwijk" for s, _p, _o in got) and not any(o == "Dalwijk" for _s, _p, o in got), got
    assert ("Berg en Dal", "funds", "Heuvelstee") in got, got


def test_an_initiative_carried_on_with_an_organisation_and_others_in_lower_case():
    got = _triples("Begroting 2024 gemeente Ermelo\n\nMet de GGD Noord- en Oost-Gelderland, verloskundigen en kraamzorg wordt "
                   "het programma ‘Kansrijke Start’ in 2024 voortgezet. Met Atletiekvereniging Heuvelstee en de "
                   "buurtsportcoaches is de pilot ‘Fit naar School’ uitgevoerd.\n")
    assert ("GGD Noord- en Oost-Gelderland", "partner_of", "Kansrijke Start") in got, got
    assert ("Atletiekvereniging Heuvelstee", "partner_of", "Fit naar School") in got, got


def test_a_subsidy_table_under_a_title_with_its_multiplier_and_the_services_each_row_names():
    text = ("Begroting 2020 gemeente Berg en Dal\n\nSubsidieplafonds 2020 (x € 1.000)\nStichting Heuvelstee Welzijn (sociaal "
            "werk, kernteams)      1.045\nSportvereniging Dalwijk (beweegaanbod 55+)                12\nTotaal"
            "                                                       1.057\n")
    got = _triples(text)
    for rel in (("Berg en Dal", "funds", "Heuvelstee Welzijn"), ("Berg en Dal", "funds", "Sportvereniging Dalwijk"),
                ("Heuvelstee Welzijn", "provides", "sociaal werk"), ("Heuvelstee Welzijn", "provides", "kernteams")):
        assert rel in got, (rel, got)
    assert not any(o == "Totaal" for _s, _p, o in got), got


def test_a_tables_multiplier_and_euros_end_with_the_table():
    from sdkg.loaders.extract import extract

    from .conftest import text_doc
    text = ("Jaarstukken 2021 gemeente Noardeast-Fryslân\n\nWat heeft het gekost? (bedragen x € 1.000)\n"
            "                               Begroting     Realisatie\n"
            "Lasten                            71.408         75.430\n"
            "Baten                             18.612         23.177\n\n"
            "Beleidsindicatoren\n"
            "Indicator                                   2020      2021\n"
            "Cliënten met maatwerkarrangement Wmo         618       637\n\n"
            "Verantwoording subsidies 2021\n"
            "- Stichting Heuvelstee (sociaal werk): € 2.316.000\n"
            "- Vrijwilligerscentrale Dalwijk: € 42.000\n")
    figs = {(f.value, f.unit) for f in extract(text_doc(text)).figures}
    assert (637, "count") in figs, figs
    assert (2316000, "EUR") in figs and (42000, "EUR") in figs, figs
    assert not any(v in (637000, 2316000000, 2021) for v, _u in figs), figs


def test_the_clause_saying_the_municipality_carries_out_tasks_under_a_law_names_no_service():
    got = _triples("Begroting 2024 gemeente Ermelo\n\nIn dit programma zijn de taken opgenomen die de gemeente Ermelo "
                   "uitvoert op grond van de Wet maatschappelijke ondersteuning 2015 (Wmo 2015).\n")
    assert not any(p == "under_law" and "uitvoert" in s for s, p, _o in got), got


@pytest.mark.parametrize("sentence, org", [
    ("Er is een locatieonderzoek voor de Heuvelsteeschool gestart.", "Heuvelsteeschool"),
    ("Dalwijk United is in de zomer met de competitie gestart.", "Dalwijk United"),
])
def test_a_school_named_after_someone_and_a_club_called_united_are_organisations(sentence, org):
    assert org in names_of(f"Jaarstukken 2019 gemeente Medemblik\n\n{sentence}\n", "organisations")


def test_a_kind_of_school_is_no_organisation():
    got = names_of("Jaarstukken 2019 gemeente Medemblik\n\nIn de Zomerschool en op de Basisschool wordt gelezen.\n",
                   "organisations")
    assert not got & {"Zomerschool", "Basisschool"}, got


def test_the_grantee_a_line_of_a_grants_table_names():
    text = ("Begroting 2020 gemeente Halderberge\n\nBeleidsregel doelgroepuitkering\n\n-46.920\n\nIncidentele subsidie 2019 "
            "Dalwijk Algemeen maatschappelijk werk\n\n-53.587\n\nSubsidie Heuvelbus\n\n10.000\n\nSubsidie Jeugd en "
            "jongerenwerk\n\n5.000\n")
    assert {"Dalwijk", "Heuvelbus"} <= names_of(text, "organisations")
    got = _triples(text)
    for rel in (("Halderberge", "funds", "Dalwijk"), ("Halderberge", "funds", "Heuvelbus"),
                ("Dalwijk", "provides", "Algemeen maatschappelijk werk")):
        assert rel in got, (rel, got)
    assert not any(o == "Jeugd" for _s, _p, o in got), got
    # the first of two compounds sharing their last part names what the grant is for, no grantee
    text += "\nSubsidie Buurt- en Wijkactiviteiten\n\n12.000\n"
    assert not any(n.startswith("Buurt") for n in names_of(text, "organisations")), names_of(text, "organisations")
    assert {"Dalwijk", "Heuvelbus"} <= names_of(text, "organisations")


@pytest.mark.parametrize("text, org, thing", [
    ("In Weidevenne is de Huiskamer Heuvelstee geopend. Deze wordt gerund door Stichting WijkWerk Dalwijk; Woningstichting "
     "Heuvelstee stelt de ruimte om niet beschikbaar.", "Woningstichting Heuvelstee", "Huiskamer Heuvelstee"),
    ("De aanpak Housing First Dalwijk is gestart. De woonbegeleiding wordt verzorgd door Stichting Onderdak Noord, de "
     "woningen worden beschikbaar gesteld door Woonstichting Heuvelstee.", "Woonstichting Heuvelstee",
     "Aanpak Housing First Dalwijk"),
])
def test_who_puts_premises_at_an_undertakings_disposal_works_on_it(text, org, thing):
    got = _triples(f"Jaarverslag 2023 gemeente Purmerend\n\n{text}\n")
    assert (org, "partner_of", thing) in got, got
    assert not any(o.endswith("om niet") for _s, _p, o in got), got


def test_an_organisation_called_our_partner_for_a_task_works_with_the_municipality():
    got = _triples("Jaarverslag 2023 gemeente Stadskanaal\n\nVoor de jeugdgezondheidszorg is GGD Groningen onze partner; in "
                   "samenwerking met de GGD is het project 'Kansrijk Opgroeien' verbreed.\n")
    assert ("GGD Groningen", "partner_of", "Stadskanaal") in got, got


def test_a_kern_no_wijk_or_buurt_is_named_after_is_a_neighbourhood():
    # Eygelshoven is a woonplaats of Kerkrade; the 2014 buurt is "Eygelshoven-Kom"
    got = names_of("Jaarverslag 2023 gemeente Kerkrade\n\nHet leerwerkbedrijf is gevestigd in Eygelshoven.\n", "neighbourhoods")
    assert "Eygelshoven" in got, got
    got = names_of("Jaarverslag 2023 gemeente Kerkrade\n\nHeel veel inwoners doen mee.\n", "neighbourhoods")
    assert not got, got


@pytest.mark.parametrize("text, funder, thing", [
    ("In 2020 stellen wij het Lokaal Preventieakkoord Heuvelstee op. VGZ heeft toegezegd de eerste twee jaar € 30.000 per "
     "jaar bij te dragen aan de uitvoering.", "VGZ", "Lokaal Preventieakkoord Heuvelstee"),
    ("In Waterland is de pilot 'Thuis in Heuvelstee' gestart. Zilveren Kruis financiert daarin de inzet van een "
     "wijkverpleegkundige.", "Zilveren Kruis", "Thuis in Heuvelstee"),
    ("De pilot 'Jeugdconsulent Dalwijk' is gestart. VGZ draagt de helft van de kosten.", "VGZ", "Jeugdconsulent Dalwijk"),
])
def test_an_organisation_that_pays_for_an_undertaking_funds_it(text, funder, thing):
    got = _triples(f"Begroting 2020 gemeente Gemert-Bakel\n\n{text}\n")
    assert (funder, "funds", thing) in got, got


def test_an_organisation_that_declined_to_pay_funds_nothing():
    got = _triples("Begroting 2020 gemeente Gemert-Bakel\n\nDe pilot 'Jeugdconsulent Dalwijk' is gestart. VGZ draagt geen "
                   "bijdrage aan de kosten; een overeenkomst is nog niet gesloten.\n")
    assert not any(s == "VGZ" and p == "funds" for s, p, _o in got), got


@pytest.mark.parametrize("text, triples", [
    ("Realisatie 2019: De jeugdgezondheidszorg is uitgevoerd door GGD Zeeland.",
     [("GGD Zeeland", "provides", "jeugdgezondheidszorg")]),
    ("De uitvoering van de Participatiewet, de bijzondere bijstand en de schuldhulpverlening is belegd bij Orionis Walcheren.",
     [("Orionis Walcheren", "provides", "bijzondere bijstand"), ("Orionis Walcheren", "provides", "schuldhulpverlening")]),
    ("Onze verbonden partijen:\n- GGD Zeeland: jeugdgezondheidszorg, infectieziektebestrijding en Veilig Thuis Zeeland.",
     [("GGD Zeeland", "provides", "jeugdgezondheidszorg"), ("GGD Zeeland", "provides", "infectieziektebestrijding")]),
    ("Voor beschermd wonen en maatschappelijke opvang blijft Vlissingen centrumgemeente.",
     [("Vlissingen", "provides", "beschermd wonen"), ("Vlissingen", "provides", "maatschappelijke opvang")]),
    ("Beschermd wonen en maatschappelijke opvang worden voor Zuidoost-Zeeland georganiseerd door centrumgemeente Vlissingen.",
     [("Vlissingen", "provides", "beschermd wonen"), ("Vlissingen", "provides", "maatschappelijke opvang")]),
])
def test_services_named_as_the_guideline_reads_them(text, triples):
    got = _triples(f"Jaarverslag 2019 gemeente Veere\n\n{text}\n")
    for t in triples:
        assert t in got, (t, got)
    assert not any(o.startswith("Realisatie") or "," in o for _s, p, o in got if p == "provides"), got


def test_a_service_contract_with_a_foundation_hires_it_for_the_services_it_names():
    got = _triples("Jaarstukken 2022 gemeente Brummen\n\nMet Stichting Welzijn Dalwijk is voor 2022 een subsidie-"
                   "uitvoeringsovereenkomst gesloten voor het sociaal werk, het jongerenwerk en de ondersteuning van "
                   "vrijwilligers.\n")
    for rel in (("Welzijn Dalwijk", "contracted_by", "Brummen"), ("Welzijn Dalwijk", "provides", "sociaal werk"),
                ("Welzijn Dalwijk", "provides", "jongerenwerk")):
        assert rel in got, (rel, got)
    assert ("Welzijn Dalwijk", "partner_of", "Brummen") not in got, got


def test_the_municipalities_that_keep_a_werkbedrijf_are_its_members_not_partners():
    got = _triples("Jaarstukken 2021 gemeente Maasgouw\n\nBeschut werk biedt Werkbedrijf Dalwijk, het sociaal werkbedrijf dat "
                   "wij samen met Weert, Nederweert en Leudal in stand houden.\n")
    for m in ("Maasgouw", "Weert", "Nederweert", "Leudal"):
        assert (m, "part_of", "Werkbedrijf Dalwijk") in got, (m, got)
    assert not any(p == "partner_of" for _s, p, _o in got), got


def test_grants_listed_under_a_title_of_contributions():
    got = _triples("Jaarstukken 2021 gemeente Maasgouw\n\nIncidentele bijdragen 2021\n- Voedselhulp Heuvelstee (extra "
                   "pakketten in verband met corona): € 7.500\n")
    assert ("Maasgouw", "funds", "Voedselhulp Heuvelstee") in got, got


def test_organisations_that_work_together_in_a_named_undertaking_are_its_partners():
    got = _triples("Begroting 2023 gemeente Dalfsen\n\nHet consultatiebureau werkt binnen Kansrijke Start Dalfsen, waarin de "
                   "verloskundigen, GGD IJsselland en Stichting Heuvelstee samenwerken.\n")
    assert ("GGD IJsselland", "partner_of", "Kansrijke Start Dalfsen") in got, got
    assert ("Heuvelstee", "partner_of", "Kansrijke Start Dalfsen") in got, got
    assert not any(p == "part_of" for _s, p, _o in got), got


def test_an_ended_cooperation_makes_no_partners_in_either_clause():
    got = _triples("Jaarverslag 2019 gemeente Veere\n\nDe samenwerking met Stichting Dalwijk is per 1 juli beëindigd; de "
                   "maaltijdvoorziening wordt sindsdien door Stichting Heuvelstee zelf verzorgd.\n")
    assert not any(p == "partner_of" for _s, p, _o in got), got


def test_a_sentence_after_a_list_items_name_is_no_organisation():
    text = ("Begroting 2025 gemeente Asten\n\nAsten neemt deel aan de volgende gemeenschappelijke regelingen:\n- GR Senzer: "
            "uitvoering van de Participatiewet. De gemeentelijke bijdrage bedraagt in 2025 € 1.842.000;\n"
            "- GGD Brabant-Zuidoost: jeugdgezondheidszorg. De bijdrage bedraagt € 612.000.\n")
    assert not any("bedraagt" in o for o in names_of(text, "organisations"))
    assert not any("bedraagt" in s for s, _p, _o in _triples(text))
