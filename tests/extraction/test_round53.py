"""Constructions of any report, fifty-third round. Every text here is invented."""

from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import document_type_of as _type
from .conftest import names_of, text_doc


def _programmes(text: str) -> list[str]:
    return infer_meta(text_doc(text), {}).programmes


# A subsidy table: receiver, kind of subsidy, amount, its cells run together on a line

SUBSIDY_TABLE = (
    "Gemeente Bergveen\n\nBijlage: gesubsidieerde instellingen in 2019\n\n"
    "Ontvanger Soort subsidie Bedrag 2019\n\n"
    "Stichting Bergklank Exploitatiesubsidie muziekonderwijs € 12.400,00 Stichting Wijkhuizen Bergveen "
    "Uitvoeringssubsidie wijkcentra € 40.100,00\n"
    "Zonnebloemgroepen Waarderingssubsidie vrijwilligerswerk € 2.300,00\n"
    "Ouderenbonden Exploitatiesubsidie Samen Sterk Ouder € 1.500,00\n"
    "Buurtverenigingen Exploitatiesubsidie Buurthuizen € 3.000,00\n"
)


def test_a_kind_of_subsidy_ends_the_name_of_the_body_that_receives_it():
    orgs = names_of(SUBSIDY_TABLE, "organisations")
    assert "Bergklank" in orgs
    assert not any("subsidie" in n.lower() for n in orgs)
    assert "Bedrag" not in orgs  # (the table's header)


def test_a_kind_of_subsidy_is_no_part_of_what_it_pays_for():
    # the activity keeps its own name; a lone kind of receiver after it names no undertaking
    inits = names_of(SUBSIDY_TABLE, "initiatives")
    assert "Samen Sterk Ouder" in inits
    assert not any("subsidie" in n.lower() for n in inits)
    assert "Buurthuizen" not in inits


# People


def test_a_name_listed_beside_a_person_is_a_person():
    # the first name of the one in the middle is no common one; the neighbours' are
    text = ("Gemeente Bergveen, beleidsplan 2020\n\nDit plan is geschreven door Marloes Vink, Jorieke Hummel, Pieter "
            "Smit en anderen (afdeling Samenleving), met bijdragen van Kuipers en Anna Zwart.\n")
    inits = names_of(text, "initiatives")
    assert "Jorieke Hummel" not in inits
    assert not any("Zwart" in n for n in inits)


# Lists that name no undertakings


def test_the_parts_of_a_budget_programme_are_no_initiatives():
    text = ("Begroting 2024\n\nSamen Bergveen\n\nHet programma is verdeeld in drie deelprogramma's:\n\n"
            "  • Verbondenheid\n  • Thuis in de wijk\n  • Gezond Leven\n\nPer deelprogramma staat hieronder wat we "
            "in 2024 willen bereiken.\n")
    inits = names_of(text, "initiatives")
    assert not inits & {"Verbondenheid", "Thuis in de wijk", "Gezond Leven"}


# Figures


def test_a_target_cell_with_a_comparison_sign_is_a_value_of_its_column():
    # cells one per line; the first column is the year realised, the sign marks a target
    text = ("Gemeente Bergveen, begroting 2021\n\nEffectindicatoren\n\nRealisatie\n\nBegroting\n\nBegroting\n\n"
            "2019\n\n2020\n\n2021\n\n% inwoners met een goede ervaren gezondheid\n\n81%\n\n≥82%\n\n≥83%\n\n"
            "% inwoners met ernstige eenzaamheid\n\n9%\n\n≤9%\n\n≤8%\n")
    figs = {(f.value, f.year) for f in extract(text_doc(text)).figures}
    assert (81.0, 2019) in figs and (9.0, 2019) in figs
    assert not any(year == 2021 and value in (81.0, 9.0) for value, year in figs)


# A department is no branch


def test_a_department_by_its_acronym_is_no_part_of_the_body():
    text = ("Gemeente Bergveen, besluitenlijst\n\nStichting Hulpwijzer afdeling VTB krijgt uitstel voor de "
            "verantwoording. Binnen de Hulpwijzer regelt de afdeling VTB de maatjesprojecten.\n")
    orgs = names_of(text, "organisations")
    assert "Hulpwijzer" in orgs
    assert not any("VTB" in n for n in orgs)
    # a branch named by its place stays part of the name
    branch = "Gemeente Bergveen.\n\nDe ouderenbezoeken worden gedaan door Humanitas afdeling Bergveen.\n"
    assert names_of(branch, "organisations") == {"Humanitas afdeling Bergveen"}


# Programmes


def test_the_line_under_the_document_title_names_the_programme():
    # a report site's page: the document, the programme, then the theme the page is about
    text = ("Begroting 2023\n\nZorg\n\nSterke buurten\n\nSterke buurten\n\nLasten dit thema\n\n"
            "8.410\n\nWe werken aan buurten met sterke verbanden.\n")
    assert _programmes(text) == ["Zorg"]
    midyear = "Perspectief nota\n\nZorg\n\nWat willen we bereiken?\n\nAmbitie\n\nNiemand valt buiten de boot.\n"
    assert _programmes(midyear) == ["Zorg"]
    # the page's own furniture under the title names none
    furniture = "Jaarstukken 2022\n\nKerngegevens\n\nSociale structuur\n\nAantal inwoners 12.400\n"
    assert "Kerngegevens" not in _programmes(furniture)
    sentence = "Jaarstukken 2022\n\nMet frisse moed vooruit\n\nWe kijken terug op een druk jaar.\n"
    assert _programmes(sentence) == []


def test_a_list_of_programme_items_names_the_budgets_programmes():
    text = ("Hoofdstuk 2\n\nSinds dit jaar kent de begroting drie programma's in plaats van zeven:\n"
            "- Programma Samen\n- Programma Ruimte\n- Programma Bestuur en Dienstverlening\n\nDe doelen volgen uit "
            "de nieuwe toekomstvisie.\n")
    assert _programmes(text) == ["Samen", "Ruimte", "Bestuur en Dienstverlening"]
    # neither a note nor the short form in brackets after the name is part of it
    notes = ("Het sociaal domein kent vier deelprogramma's:\n\n • Programma 6A: Basis op orde (zie ook hoofdstuk 3);\n"
             " • Programma 6B: Wet maatschappelijke ondersteuning (Wmo) (zie ook hoofdstuk 4).\n")
    assert _programmes(notes)[:2] == ["Basis op orde", "Wet maatschappelijke ondersteuning"]
    # one item alone is as often a programme of projects
    one = "Gemeente Bergveen\n\nWe doen mee aan:\n• Programma Sterke Start Bergveen\n\nDat loopt tot 2026.\n"
    assert _programmes(one) == []


# Registers


def test_the_regional_bodies_of_the_government_register_are_organisations():
    # OWMS names joint bodies of municipalities that the regional atlas of 2016 does not; a name of two common words
    # and a place is found by the register alone
    text = ("Gemeente Bergveen, jaarverslag 2022\n\nDe aanvragen bijzondere bijstand lopen sinds dit jaar via "
            "Sociale Dienst Walcheren.\n")
    assert "Sociale Dienst Walcheren" in names_of(text, "organisations")


# Document type

def test_the_colleges_meeting_form_is_a_council_paper():
    text = ("Agendaformulier\n\nB&W-vergadering 14 maart 2023\n\nOnderwerp\n\nWijkteams in de kernen\n\n"
            "Raadsbesluit nodig? Nee\n\nVoorstel portefeuillehouder: de wijkteams vanaf 2024 onder te brengen in een "
            "stichting. De kosten passen binnen de begroting 2023 van programma Zorg.\n")
    assert _type(text) == "other"


def test_an_annex_that_is_a_policy_note_is_other():
    text = ("Bijlage 2 Uitvoeringsnota jeugd Bergveen 2016\n\nversie 2\n\nInhoud\nSamenvatting ........ 3\n"
            "Verantwoording ........ 9\n\nWe willen dat kinderen in Bergveen gezond en veilig opgroeien.\n")
    assert _type(text) == "other"


def test_a_hoofdlijnenbrief_is_a_framework_note():
    text = ("Hoofdlijnenbrief 2027\n\nIn deze hoofdlijnenbrief schetsen we de koers voor de begroting 2027. We "
            "leggen de nadruk op voorkomen en houden de zorgkosten in de hand.\n")
    assert _type(text) == "other"


# Parties, and a programme's furniture


def test_a_political_party_is_no_organisation():
    text = ("Gemeente Bergveen, besluitenlijst raad 12 mei 2022\n\nAanwezig: Raadsleden CDA (5), Raadsleden VVD (4), "
            "Raadslid PvdA (1)\n\nHet voorstel over de verordening jeugdhulp is aangenomen.\n")
    assert not names_of(text, "organisations") & {"VVD", "CDA", "PvdA"}
    motion = ("Gemeente Bergveen\n\nDe fracties van CDA en VVD dienden een motie in over de wachtlijsten in de "
              "jeugdhulp. GroenLinks stemde tegen.\n")
    assert not names_of(motion, "organisations")


def test_a_programmes_total_and_a_focus_area_below_it_are_no_programmes():
    total = "Programma Totaal\n\nBedragen x € 1.000\n\nLasten 41.200\n\nBaten 9.800\n"
    assert _programmes(total) == []
    crumbs = ("Programma 2 Samen leven\n\nFocusgebied Zorg dichtbij\n\nTerug naar navigatie - Focusgebied Zorg "
              "dichtbij - Uitgangspunten\n\nWe houden de zorg dichtbij.\n")
    assert _programmes(crumbs) == ["Samen leven"]


# A document-copy site's header, a site's date in English


def test_the_numbers_of_a_copy_sites_header_are_no_figures():
    text = ('• No results found\n\n4 9\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\nShare "4 9"\n\nCopied!\n51\n'
            '0\n0\n\nBezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\nAan de gemeenteraad van '
            'Bergveen\n\nIn 2013 hebben 14 wijkteams hun werk gedaan.\n')
    values = {f.value for f in extract(text_doc(text)).figures}
    assert values == {14.0}


def test_a_date_in_english_is_no_figure():
    text = "30 March 2001\n\nCommissie Jeugd\n\nNota jeugdbeleid\n\nWe spraken met 9 groepen jongeren.\n"
    values = {f.value for f in extract(text_doc(text)).figures}
    assert 30.0 not in values and 9.0 in values


def test_a_party_by_its_short_acronym_or_after_its_members_names_no_initiative():
    text = ("Gemeente Bergveen, besluitenlijst raad 2022\n\nAanwezig: Raadsleden GL (2), Raadsleden Samen Bergveen (5)"
            "\n\nDe verordening jeugdhulp is vastgesteld.\n")
    inits = names_of(text, "initiatives")
    assert not any("GL" in n for n in inits)
    assert not any("Samen Bergveen" in n for n in inits)  # (a local party, named after its members)


# Council papers: a letter's address, an agenda's columns, a meeting's title


def test_a_postcode_whose_digits_a_copy_garbled_is_no_organisation():
    # a real place after the letters: a postcode's; a disease is no body either
    letter = ("Gemeente Zeewolde\n\nPostbus 91 ooo KB Zeewolde Telefoon 14 036\n\nRetouradres: Postbus 91, ooo KB "
              "Zeewolde\n\nGeachte heer,\n")
    assert not names_of(letter, "organisations")
    header = "Gemeente Zeewolde Gemeenteraad Dorpsstraat 4, BD Zeewolde Onderwerp Verlenging nota gezondheidsbeleid\n"
    assert not names_of(header, "organisations")
    assert names_of("Door Covid19 konden de bezoeken van de Zonnebloem niet doorgaan.\n", "organisations") == {
        "De Zonnebloem"}


def test_an_agendas_columns_and_a_meetings_date_name_no_initiative():
    text = ("Raadsvergadering - 14 maart 2019\n\nAgenda Stukken\n\nHofkamp Aanpassing Besluit Aangenomen\n\n"
            "Vaststelling Verordening Jeugdhulp Bergveen Samenvatting Besluitvorming/bespreekstuk\n\n"
            "Smit Wethouder Jeugdbeleid lichtte het voorstel toe.\n")
    inits = names_of(text, "initiatives")
    assert not any("Besluit" in n or "Stukken" in n or "maart" in n or "Wethouder" in n for n in inits)


def test_programmes_named_by_number_and_letter_in_a_sentence():
    text = ("Programmabegroting 2024\n\nTot het sociaal domein rekenen we de programma's 4 Zorg & Welzijn, 5B Sport en 6 "
            "Werk & Inkomen. Daarnaast tellen de programma's 5A Cultuur, 2 Ruimte (wonen, vervoer) & 1 Bestuur. Die "
            "raken eraan.\n")
    assert _programmes(text) == ["Zorg & Welzijn", "Sport", "Werk & Inkomen", "Cultuur", "Ruimte", "Bestuur"]


# Initiatives named as plans


def test_a_heading_that_a_kind_of_plan_opens_names_an_undertaking_not_a_centre():
    text = ("Gemeente Bergveen, raadsvoorstel 2024\n\nInleiding\n\nAanpak Veilig Centrum\n\nSinds 2019 werken we "
            "aan minder overlast rond het station.\n")
    assert {"Veilig Centrum", "Aanpak Veilig Centrum"} & names_of(text, "initiatives")


def test_a_circle_of_general_practitioners_is_an_organisation():
    text = ("Gemeente Bergveen, raadsvoorstel 2009\n\nDe nota is besproken met de Huisartsenkring Bergveen en de "
            "GGD.\n")
    assert "Huisartsenkring Bergveen" in names_of(text, "organisations")


def test_a_plan_with_its_period_is_named_by_a_generic_subject():
    text = ("Vervallen per 1 juli 2029\n\nBeleidsplan sociaal domein 2025-2029\n\nVOORWOORD\n\nIedereen moet "
            "in Bergveen kunnen meedoen. Dit plan zegt hoe.\n")
    assert "Beleidsplan sociaal domein 2025-2029" in names_of(text, "initiatives")


def test_the_colleges_published_decisions_and_a_letter_are_other_documents():
    decisions = ("Openbare besluiten van 3 oktober 2023\n\nSubsidie welzijnswerk 2024\n\nHet college stelt de subsidie "
                 "voor het welzijnswerk in 2024 vast op € 1,2 miljoen.\n")
    assert _type(decisions) == "other"
    weekly = ("Publicatielijst collegebesluiten week 12, 2022\n\nVoorstel armoedeaanpak\n\nHet college besluit:\n\n"
              " 1. De aanpak voor 2022 en 2023 goed te keuren.\n")
    assert _type(weekly) == "other"
    letter = ("Gemeente Bergveen\n\nRetouradres: Postbus 12, 9999 ZZ Bergveen\n\nAan de Adviesraad Sociaal Domein\n\n"
              "Datum 4 maart 2024\n\nGeachte leden van de adviesraad,\n\nGraag reageer ik op uw advies over de begroting "
              "2024. We investeren in de wijkteams.\n")
    assert _type(letter) == "other"


def test_a_text_that_introduces_itself_as_a_note_is_other():
    text = ("<<\n\nSAMEN!\n\nNota Jeugd 2010-2014 Gemeente Bergveen Afdeling Samenleving Mei 2010\n\nVoorwoord\n\n"
            "In onze gemeente wonen veel jongeren. In deze nota gaan we beschrijven hoe we hen de komende jaren "
            "steunen.\n")
    assert _type(text) == "other"


def test_a_villages_council_and_national_advisory_and_elderly_bodies_are_organisations():
    text = ("Gemeente Bergveen, jaarverslag 2018\n\nSamen met de Dorpsraad Hooglanden en de KBO's in de kernen "
            "organiseerden we een dag over eenzaamheid. We volgen het advies van de Raad voor Volksgezondheid en "
            "Samenleving.\n")
    orgs = names_of(text, "organisations")
    assert {"Dorpsraad Hooglanden", "KBO", "Raad voor Volksgezondheid en Samenleving"} <= orgs
    assert "Dorpsraad Hooglanden" not in names_of(text, "initiatives")


# People in a colophon, a region of two names


def test_a_person_addressed_or_followed_by_a_post_is_no_organisation():
    text = ("Gemeente Bergveen, besluitenlijst 2021\n\nBij agendapunt 3 is Mevrouw J. Hoekstra aanwezig als "
            "toehoorder.\n\nColofon\n\nAmbtelijk opdrachtnemer: Femke Zandbergen, kennisadviseur Strategie\nRedactie: "
            "Femke Zandbergen, Jorien Okkema\n")
    assert not names_of(text, "organisations")
    assert not any("Mevrouw" in n for n in names_of(text, "initiatives"))


def test_a_national_body_named_by_a_region_of_two_names():
    text = ("Gemeente Bergveen, besluitenlijst 2022\n\nDe subsidie die MEE Drenthe Noord en Westerkwartier in 2021 heeft "
            "ontvangen, wordt vastgesteld op € 312.000.\n")
    assert names_of(text, "organisations") == {"MEE Drenthe Noord en Westerkwartier"}
    # ... also as a list's item at a line's start, its region's names with a comma: one body, no places as bodies
    items = ("Gemeente Bergveen, besluitenlijst 2022\n\nHet gaat om de volgende subsidies:\n  1. MEE Drenthe, Noord en "
             "Westerkwartier\n  2. Humanitas\n\nDe subsidie die MEE Drenthe Noord en Westerkwartier ontving, wordt "
             "vastgesteld.\n")
    assert names_of(items, "organisations") == {"MEE Drenthe Noord en Westerkwartier", "Humanitas"}


def test_an_agenda_a_letter_to_the_council_and_a_committees_advice_list_are_other_documents():
    agenda = ("Inclusieagenda Bergveen 2025\n\nHoe is de agenda gemaakt?\n\nIn 2024 hebben we drie avonden met "
              "inwoners en organisaties gesproken. Per thema zijn de knelpunten benoemd.\n")
    assert _type(agenda) == "other"
    letter = ("Brief aan de gemeenteraad\n\nBergveen, 2 mei 2024\n\nGeachte raad,\n\nIn 2023 hebben we u geadviseerd "
              "over de wijkbudgetten. Graag lichten we dat advies toe.\n")
    assert _type(letter) == "other"
    advice = ("CONCEPT-ADVIESLIJST RAADSCOMMISSIE SAMENLEVING D.D. 12-03-2019\n\nVoorzitter\n\nA. de Boer\n\n"
              "Het welzijnswerk in 2019 komt aan de orde; de commissie adviseert positief.\n")
    assert _type(advice) == "other"
