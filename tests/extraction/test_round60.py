"""Constructions of any report, sixtieth round. Every text here is invented."""

from .conftest import document_type_of as _type
from .conftest import in_chapter, initiatives_in, meta_of, names_of, orgs_in

# Organisations: a report site's menu of joint bodies names each under its list's category


def test_a_joint_bodys_item_under_its_category_is_the_body():
    text = ("Paragraaf verbonden partijen\n\nGemeenschappelijke regelingen\n"
            "- Verbonden partij Veiligheidsregio Bergland-Zuid\nVestigingsplaats\nPutten\n"
            "Doel\nDe brandweerzorg en de crisisbeheersing in de regio.\n")
    orgs = names_of(text, "organisations")
    assert "Veiligheidsregio Bergland-Zuid" in orgs
    assert not any(o.startswith("Verbonden partij") for o in orgs)


def test_a_joint_bodys_item_under_the_plural_of_its_kind_is_the_body():
    text = ("Gemeenschappelijke regelingen\n- Gemeenschappelijke regelingen Leerplichtdienst Bergland\n"
            "Leerplichtdienst Bergland\nAlgemene informatie\nProgramma:\n4. Onderwijs\n")
    orgs = names_of(text, "organisations")
    assert "Leerplichtdienst Bergland" in orgs
    assert not any(o.startswith("Gemeenschappelijke regelingen") for o in orgs)


def test_a_joint_regulation_named_so_keeps_its_name():
    text = ("Gemeenschappelijke regelingen\n- Gemeenschappelijke Regeling Sociaal Domein Bergland\n"
            "Vestigingsplaats\nPutten\n")
    orgs = names_of(text, "organisations")
    assert any("Sociaal Domein Bergland" in o for o in orgs)


# Document type: cues of a budget and of an account as many, told in the past


def test_as_many_cues_of_both_kinds_the_past_tense_makes_the_account():
    text = ("Realisatie van de maatschappelijke effecten\n\nIn de begroting 2030 staat een aantal doelen "
            "voor het sociaal domein. Iedere inwoner kan meedoen. In 2030 is de wijkaanpak gestart en hebben we "
            "de buurtteams uitgebreid.\n")
    assert _type(text) == "jaarverslag"


def test_as_many_cues_of_both_kinds_the_future_makes_the_budget():
    text = ("Realisatie van de maatschappelijke effecten\n\nIn de begroting 2030 staat een aantal doelen "
            "voor het sociaal domein. Iedere inwoner kan meedoen. In de komende jaren gaan we de wijkaanpak "
            "uitbreiden en zullen we de buurtteams versterken.\n")
    assert _type(text) == "begroting"


# Programmes: a report site's page titles that are parts of the document, not programmes


def test_an_annex_numbered_on_a_report_site_is_no_programme():
    text = ("Bijlagen\n\nBijlage 1 - Over te hevelen budgetten\n\nTerug naar navigatie - Bijlage 1 - Over te "
            "hevelen budgetten\nBedragen in €\nOmschrijving Begroot Werkelijk\nWijkaanpak 40.000 10.000\n")
    assert meta_of(text).programmes == []


def test_the_policy_budget_and_the_paragraphs_are_no_programmes():
    assert meta_of("2. Beleidsbegroting\n\n2. Beleidsbegroting\n\nDe beleidsbegroting bestaat uit drie "
                   "delen.\n").programmes == []
    assert meta_of("Inleiding\n\nTerug naar navigatie - Paragrafen - Inleiding\n\nDe paragrafen geven een "
                   "dwarsdoorsnede van de programma's.\n").programmes == []


def test_the_balance_sheet_and_a_summary_are_no_programmes():
    assert meta_of("Financiële positie\n\nGeprognosticeerde balans\n\nGeprognosticeerde balans\n\nActiva "
                   "1-1-2031 1-1-2032\nVaste activa\n").programmes == []
    assert meta_of("Algemeen\n\nBeleidsmatige samenvatting\n\nBeleidsmatige samenvatting\n\nPutten wil dat "
                   "iedereen kan meedoen.\n").programmes == []


def test_a_named_programme_on_a_report_site_is_still_one():
    text = ("Programma 3. Zorgzaam Putten\n\nWat willen we bereiken?\n\nAlle inwoners doen mee.\n")
    assert meta_of(text).programmes == ["Zorgzaam Putten"]


# Initiatives: the paragraphs the law asks of every budget; services of the field joined


def test_the_paragraphs_every_budget_holds_are_no_initiatives():
    text = ("Naast de programma's geven paragrafen inzicht in de bedrijfsvoering. Het zijn er zes:\n\n"
            "  1. Bedrijfsvoering\n"
            "  2. Financiering\n  3. Grondbeleid\n  4. Onderhoud kapitaalgoederen\n  5. Lokale heffingen\n"
            "  6. Weerstandsvermogen en risicobeheersing\n")
    found = {n.lower() for n in initiatives_in(text)}
    assert not found & {"bedrijfsvoering", "financiering", "grondbeleid", "lokale heffingen",
                        "onderhoud kapitaalgoederen", "weerstandsvermogen en risicobeheersing"}


def test_two_services_of_the_field_joined_are_no_initiative():
    found = initiatives_in("De wachtlijst voor Beschermd Wonen en Maatschappelijke Opvang is in Putten korter "
                           "geworden.")
    assert "Beschermd Wonen en Maatschappelijke Opvang" not in found


def test_a_plan_named_after_two_services_is_still_an_initiative():
    found = initiatives_in("In 2023 heeft de gemeenteraad van Putten de Werkagenda Jeugdhulp en Beschermd Thuis "
                           "aangenomen.")
    assert "Werkagenda Jeugdhulp en Beschermd Thuis" in found


def test_a_named_project_beside_them_is_still_an_initiative():
    found = initiatives_in("Met het project Samen Thuis in Bergveen helpen we inwoners uit Beschermd Wonen en "
                           "Maatschappelijke Opvang aan een woning.")
    assert "Samen Thuis" in " ".join(found)


def test_a_deviation_column_is_no_initiative():
    text = ("Financiële afwijking\n\nProgramma Afwijking Voordeel/ 2031\nSamenleving (bedragen * € 1.000) Nadeel\n"
            "5A Sport V 200\n")
    assert not any(n.lower().startswith("afwijking") for n in names_of(text, "initiatives"))


# Laws: acts a social-domain page names beside its tasks


def test_the_animals_act_and_the_municipal_mergers_act_are_laws():
    laws = in_chapter("De opvang van zwerfdieren volgt uit de Wet Dieren. Op grond van de Wet algemene regels "
                      "herindeling start de provincie een procedure.", "laws")
    assert {"Wet dieren", "Wet algemene regels herindeling"} <= laws


def test_the_bibob_act_by_its_short_name_is_a_law():
    laws = in_chapter("Aanvragen voor een exploitatievergunning toetsen we met Bibob.", "laws")
    assert "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur" in laws


# Neighbourhoods: a list of areas announced by their kind and a colon


def test_the_districts_listed_after_their_kind_and_a_colon_are_neighbourhoods():
    text = ("Jaarverslag 2031 gemeente Putten\n\nWijkbudgetten\n\nIedere wijk heeft een wijkraad die advies geeft "
            "over de wijkbudgetten. Het gaat om de wijken: Centrum, Bergveen, Oost, Heidedal/Zandhoven, West en "
            "Zuid.\n")
    found = names_of(text, "neighbourhoods")
    assert {"Centrum", "Bergveen", "Oost", "Heidedal/Zandhoven", "West", "Zuid"} <= found


def test_a_colon_after_another_word_announces_no_neighbourhoods():
    text = ("Jaarverslag 2031 gemeente Putten\n\nPartners\n\nDe partners: Centrum Jeugd, Oost Wonen en West "
            "Welzijn.\n")
    assert not {"Centrum", "Oost", "West"} & names_of(text, "neighbourhoods")


# Organisations: a municipality's inhabitants


def test_a_municipalitys_inhabitants_are_no_organisation():
    assert "Haarlemmermeerders" not in orgs_in("De wijkteams maken met de Haarlemmermeerders plannen voor de buurt.")
    assert "Tilburgers" not in orgs_in("Samen met de Tilburgers maken we de wijken groener.")


def test_inhabitants_of_a_name_on_a_long_vowel_and_r_name_their_municipality():
    from sdkg.loaders import reference as ref

    assert ref.demonyms()["Haarlemmermeerders"] == "GM0394"


# Document type: a college's decision of a given day, its municipality named; a web page that says what it holds


def test_the_college_of_a_named_municipality_deciding_on_a_day_is_no_budget():
    text = ("Gemeente Putten - Subsidieplan 2032\n\nHet college van de gemeente Putten heeft 12 november 2031 "
            "besloten het subsidieplan 2032 vast te stellen. Aanvragen worden behandeld binnen deze kaders:\n"
            "1. Jeugd\n2. Ouderen\n")
    assert _type(text) == "other"


def test_a_page_that_says_what_it_holds_is_no_budget():
    text = ("Subsidie voor ontmoeting\n\nOp deze pagina leest u meer over de subsidie voor ontmoetingsplekken.\n\n"
            "Sinds 1 januari 2032 zijn er in Putten twaalf ontmoetingsplekken, in de wijken en in de dorpen.\n")
    assert _type(text) == "other"


def test_a_budget_that_tells_what_its_chapter_holds_stays_a_budget():
    text = ("Programmabegroting 2032\n\nIn dit hoofdstuk leest u wat we in 2032 gaan doen voor zorg en welzijn.\n")
    assert _type(text) == "begroting"


# Initiatives: a body's board and the council's rules of procedure


def test_a_bodys_board_and_the_rules_of_procedure_are_no_initiatives():
    found = initiatives_in("Het Dagelijks Bestuur VRBZ heeft de begroting vastgesteld. De raad heeft zijn "
                           "Reglement van Orde gewijzigd.")
    assert not {n for n in found if n.startswith(("Dagelijks Bestuur", "Reglement van Orde"))}


# Organisations: a kind of body before its name, in lower case or opening a sentence


def test_a_corporation_and_a_care_group_by_their_kind_before_the_name():
    assert "Dalhuis" in orgs_in("Corporatie Dalhuis bouwt in 2031 zestig sociale huurwoningen in Bergveen.")
    assert "Heuveldal" in orgs_in("Het wijkcentrum is een initiatief van zorggroep Heuveldal en de gemeente Putten.")


def test_a_kind_the_text_also_writes_as_the_names_first_word_stays_in_the_name():
    text = ("Zorggroep Heuveldal ontvangt de middelen. De pilot loopt in samenwerking met zorggroep Heuveldal en de "
            "thuiszorg.")
    assert orgs_in(text) == {"Zorggroep Heuveldal"}
    assert "Heuveldal" not in initiatives_in(text)


# Programmes: copies of whole documents (tables run together, contents with dot leaders or in capitals)


def test_a_tables_rows_run_together_give_each_programme_without_its_amount():
    text = ("Programmabegroting 2032\n\nOverzicht per programma (bedragen in €)\n"
            "Programma 1 Bestuur & Burger 25.000\n"
            "Programma 2 Zorg & Welzijn 1.250.000 Programma 3 Werk & Inkomen 2.310.000\n"
            "Programma 4 Wonen & Leefomgeving 640.000\n")
    assert set(meta_of(text).programmes) == {"Bestuur & Burger", "Zorg & Welzijn", "Werk & Inkomen",
                                            "Wonen & Leefomgeving"}


def test_a_programme_heading_run_into_its_first_question_or_after_its_code():
    assert meta_of("Programma 2 Zorg en meedoen. Wat gaan we doen? Programma 2\n\nWe versterken de "
                   "wijkteams.\n").programmes == ["Zorg en meedoen"]
    assert meta_of("Programma: P3 Zorg en Meedoen\n\nWat willen we bereiken?\n").programmes == [
        "Zorg en Meedoen"]


def test_a_contents_run_together_in_capitals_with_dot_leaders():
    text = ("Programmabegroting 2032\n\nInhoudsopgave\n\nINLEIDING ...... 3 PROGRAMMAPLAN ...... 7\n\n"
            "PROGRAMMA 1: STERKE DORPEN ...... 7 PROGRAMMA 2: ZORG EN MEEDOEN ...... 12 PROGRAMMA 3 LEREN EN "
            "WERKEN ...... 18 PROGRAMMA 4 BESTUUR ...... 24\n")
    assert {"Sterke Dorpen", "Zorg en Meedoen", "Leren en Werken"} <= set(meta_of(text).programmes)


def test_a_contents_run_together_with_dot_leaders_and_no_numbers():
    text = ("Inhoudsopgave\n\nAanbieding ...... 3 Programma Zorg & Welzijn ...... 12 Programma Wonen & Werken "
            "...... 18 Programma Bestuur & Samenleving ...... 25 Programma Veiligheid ...... 31\n")
    assert {"Zorg & Welzijn", "Wonen & Werken", "Bestuur & Samenleving"} <= set(meta_of(text).programmes)


def test_the_programmes_listed_with_their_pages_lose_the_pages():
    text = ("Programmaplan\n\n1. Zorg en Meedoen ... 14\n\n2. Leren en Werken ... 18\n\n3. Veilig en Groen... 24\n")
    assert set(meta_of(text).programmes) == {"Zorg en Meedoen", "Leren en Werken", "Veilig en Groen"}


def test_the_contents_programmes_end_at_a_part_numbered_in_roman():
    text = ("Inhoudsopgave\n\nProgrammaverantwoording 11 • Zorg en meedoen 12 • Wonen 18 • Werk 24 II Paragrafen 30 "
            "• Lokale heffingen 31 • Financiering 34 • Grondbeleid 36\n")
    assert set(meta_of(text).programmes) == {"Zorg en meedoen", "Wonen", "Werk"}


# Organisations: a committee named after its chair, joined by a hyphen, with the surname's particle


def test_a_committee_hyphened_to_its_chairs_name_with_a_particle():
    assert "commissie-Van Dalen" in orgs_in("De commissie-Van Dalen adviseerde de raad in 2031 over de "
                                            "bestuurskracht.")


# Initiatives: a financial table's column heads run together


def test_a_financial_tables_column_heads_are_no_initiative():
    text = ("Bijlage 2 - Over te hevelen budgetten\n\nOmschrijving Begroot Werkelijk Overheveling Toelichting\n"
            "Wijkaanpak Bergveen 40.000 10.000 30.000 Loopt door\n\nOmschrijving Afwijking\nVoordeel Nadeel\n"
            "Jeugdhulp 120 V\n")
    assert not {n for n in names_of(text, "initiatives") if n.split()[0] in ("Omschrijving", "Begroot", "Voordeel")}
