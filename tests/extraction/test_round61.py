"""Constructions of any report, sixty-first round. Every text here is invented."""

from .conftest import meta_of, names_of, orgs_in

# Programmes: tables of contents in copies of whole documents


def test_a_contents_shown_twice_reads_each_run_of_rising_pages():
    text = ("Kadernota Bergveen 2031-2034\n\n1.1 Programma Veilig wonen 6 1.2 Programma Zorg en nabijheid 13 1.3 "
            "Programma Leren en talent 19 1.4 Programma Werk 27 …\n\nKadernota\n\nPage 2: 1.1 Programma Veilig wonen 6 "
            "1.2 Programma Zorg en nabijheid 13 1.3 Programma Leren en talent 19 1.4 Programma Werk 27 …\n")
    assert {"Veilig wonen", "Zorg en nabijheid", "Leren en talent", "Werk"} <= set(meta_of(text).programmes)


def test_a_contents_entry_after_dot_leaders_ends_at_its_page_whatever_follows():
    text = ("Inhoudsopgave\n\nProgramma Zorg & Nabijheid ...... 11 Programma Leren & Talent ...... 17 "
            "Programma Bestuur & Dialoog ...... 26 Deel 3 Financiële begroting ...... 30 Integrale begroting ...... 31\n")
    assert set(meta_of(text).programmes) == {"Zorg & Nabijheid", "Leren & Talent", "Bestuur & Dialoog"}


def test_programmes_by_their_numbers_on_one_line_of_a_contents():
    text = ("INHOUD\nParagrafen Lokale heffingen Financiering Grondbeleid\n8 12 15\n"
            "Programmaverantwoording Programma 1: Levend Bergveen Programma 2: Zorg dichtbij Programma 3: Bergveen "
            "werkt\n21 33 40\nJaarrekening Programma 1: Levend Bergveen Programma 2: Zorg dichtbij Programma 3: "
            "Bergveen werkt Algemene dekkingsmiddelen\n51 55 58 62\n")
    assert set(meta_of(text).programmes) == {"Levend Bergveen", "Zorg dichtbij", "Bergveen werkt"}


def test_two_programmes_named_on_a_line_or_numbers_that_skip_are_no_such_list():
    assert meta_of("Zie ook Programma 1: Levend Bergveen Programma 2: Zorg dichtbij\nen de bijlagen.\n").programmes == []
    assert meta_of("Verwijzing Programma 1: Levend Bergveen Programma 4: Zorg dichtbij Programma 9: Meedoen\n"
                   "en verder.\n").programmes == []


def test_the_bbv_chapters_as_numbered_entries_of_a_contents():
    text = ("Begroting 2031\n\nInhoudsopgave ...... 2 Voorwoord ...... 3 0. Bestuur en ondersteuning ...... 7 1. "
            "Veiligheid ...... 12 2. Verkeer, vervoer en waterstaat ...... 18 3. Economie ...... 23 4. Onderwijs "
            "...... 28 Paragrafen ...... 41\n")
    assert set(meta_of(text).programmes) == {"Bestuur en ondersteuning", "Veiligheid", "Verkeer, vervoer en waterstaat",
                                            "Economie", "Onderwijs"}


def test_numbered_entries_of_a_contents_without_the_bbv_chapters_are_no_programmes():
    text = ("Nota jeugd Bergveen\n\nInhoud ...... 2 1. Aanleiding ...... 3 2. Wat we zien ...... 5 3. Onze koers "
            "...... 8 4. Uitvoering ...... 12 5. Financiën ...... 15\n")
    assert meta_of(text).programmes == []


# Programmes: a heading the text calls a programme, a table's cell, a table's section


def test_a_heading_the_text_calls_a_programme_in_lower_case():
    text = ("Naar hoofdinhoud\nBergveen in cijfers | Publicaties\n\nZorg en Nabijheid\n\nWe zien dat steeds meer "
            "inwoners hulp zoeken. Met het programma zorg en nabijheid zorgen we ervoor dat niemand in Bergveen "
            "er alleen voor staat.\n")
    assert meta_of(text).programmes == ["Zorg en Nabijheid"]


def test_a_heading_that_only_opens_a_programmes_name_is_none():
    text = ("Begroting 2031\n\nWijkteams\n\nHet programma Zorg en nabijheid wordt uitgevoerd door de wijkteams.\n\n"
            "Zorg\n\nIn het programma zorg en nabijheid staan de wijkteams centraal.\n")
    assert "Zorg" not in meta_of(text).programmes


def test_a_programme_with_an_ampersand_after_het_programma():
    text = "Het programma Leren & Werken richt zich op scholing en werk voor iedereen in Bergveen.\n"
    assert meta_of(text).programmes == ["Leren & Werken"]


def test_a_programme_in_a_tables_first_cell():
    text = "| Programma 4 Zorg en Nabijheid | 2031 | 2032 | 2033 |\n|---|---|---|---|\n| Saldo | 120 | 118 | 116 |\n"
    assert meta_of(text).programmes == ["Zorg en Nabijheid"]


def test_a_tables_column_heads_after_the_programme_word_are_none():
    assert meta_of("Programma 3 | Begroot voor wijziging 2031 | Rekening 2031 | Verschil |\n"
                   "| Lasten | 40 | 42 | 2 |\n").programmes == []
    assert meta_of("| Programma | Taakveld | Lasten | Baten |\n|---|---|---|---|\n| 1 | 0.1 Bestuur | 10 | 2 |\n"
                   ).programmes == []


def test_a_tables_sections_by_programme_with_a_colon():
    text = ("Investeringen (bedragen x € 1.000)\nProgramma 1 Bestuur:\n1.1 Vervanging raadszaal 40 40 40\n"
            "Totaal Programma 1 Bestuur 40 40 40\nProgramma 2 Zorg en Nabijheid:\n2.1 Inrichting wijkpunt 120 0 0\n"
            "Totaal Programma 2 Zorg en Nabijheid 120 0 0\n")
    assert set(meta_of(text).programmes) == {"Bestuur", "Zorg en Nabijheid"}


# Municipality: a name that is also a word, as the subject of "is"


def test_a_municipality_whose_name_is_a_word_as_the_subject_of_is():
    text = ("Sluis is al jaren een gemeente waar inwoners naar elkaar omzien. Het college kiest "
            "daarom voor sterke wijkteams en steun aan mantelzorgers.\n")
    assert meta_of(text, "page.txt").municipality.name == "Sluis"


# Organisations: a province named or unnamed is the body, unless it is the place something is in


def test_a_named_province_after_a_preposition_or_as_a_subject_is_the_body():
    assert "Provincie Zeeland" in orgs_in("De kosten van de nieuwe fietsbrug dragen we samen met provincie Zeeland.")
    assert "Provincie Limburg" in orgs_in("Sinds de provincie Limburg in 2031 de regeling verlengde, kunnen "
                                          "verenigingen een bijdrage aanvragen.")


def test_a_named_province_as_the_place_something_is_in_is_no_body():
    assert not any(o.startswith("Provincie") for o in orgs_in("Er wonen steeds meer ouderen in de provincie Drenthe."))


def test_the_province_unnamed_is_the_body_unless_a_place():
    assert "Provincie" in orgs_in("Om de fietsbrug te bekostigen vragen we de provincie om een bijdrage.")
    assert not any(o.startswith("Provincie") for o in orgs_in(
        "Het aantal jongeren per provincie verschilt sterk; uit de hele provincie komen bezoekers naar Putten."))


# Organisations: a public service by its generic name alone


def test_a_public_service_by_its_generic_name_is_no_body():
    orgs = orgs_in("De veiligheidsregio kent drie taken: Crisisbeheersing, Brandweer en GGD, elk met een eigen "
                   "directeur.")
    assert "GGD" in orgs
    assert not orgs & {"Brandweer", "Crisisbeheersing"}
    assert "Brandweer" not in orgs_in("De veiligheidsregio stuurt de onderdelen Brandweer en GGD aan.")


def test_a_public_service_with_its_regions_name_is_still_a_body():
    assert "Brandweer Bergland-Zuid" in orgs_in("We werken samen met Brandweer Bergland-Zuid en de politie.")


# Programmes: more forms of the same lists and titles


def test_programmes_in_quotes_after_the_plural_and_a_comma():
    text = ("Jaarverslag 2030\n\nDe eerste twee programma's, 'Samen in Bergveen' en 'Gezond opgroeien', gaan over "
            "het sociaal domein.\n")
    assert set(meta_of(text).programmes) == {"Samen in Bergveen", "Gezond opgroeien"}


def test_programmes_by_their_numbers_on_one_line_without_colons():
    text = ("Deel B Beleid\nOverzicht Programma 1 Dienen Programma 2 Zorgen en meedoen Programma 3 Leren Programma 4 "
            "Bouwen\nDeel C Financiën\n")
    assert set(meta_of(text).programmes) == {"Dienen", "Zorgen en meedoen", "Leren", "Bouwen"}


def test_a_report_sites_title_past_its_spending_shares():
    text = ("Publicatiedatum: 3-10-2031\n\nUitgaven\n\n38,4%\n\n€ 41.200.000\n\n38,4% Complete\n\nInkomsten\n\n12,1%\n\n"
            "€ 9.800.000\n\nZorg dichtbij\n\nWat willen we bereiken?\n\nInwoners van Bergveen krijgen hulp in hun "
            "eigen buurt.\n")
    assert meta_of(text).programmes == ["Zorg dichtbij"]


# Organisations: a regulation's acronym, a meeting's attendance


def test_the_general_subsidy_regulation_by_its_acronym_is_no_body():
    assert "ASV" not in orgs_in("De ASV is in 2030 door de raad vastgesteld.")
    assert "ASV" not in orgs_in("Subsidies worden verleend volgens de ASV en de nadere regels welzijn.")


def test_a_meetings_attendance_over_its_minutes_is_no_body():
    text = ("Verslag commissie Samenleving, 4 maart 2031\n\nAanwezig\nDe voorzitter: J. Dalhuis\n"
            "Het college: P. Bergveen\nPers3\nPubliek41\n\n1. Opening\nDe voorzitter opent de vergadering. Stichting "
            "Heuveldal Welzijn licht het jaarplan toe.\n")
    orgs = names_of(text, "organisations")
    assert not orgs & {"Pers3", "Publiek41"}
