"""Constructions of any report, fifty-ninth round. Every text here is invented."""

from .conftest import document_type_of as _type
from .conftest import initiatives_in, meta_of, names_of, orgs_in

# Document type: a budget that calls itself so over a letter in the past tense; news that quotes; a summary


def test_a_budget_that_calls_itself_so_stays_a_budget_under_a_letter_in_the_past_tense():
    text = ("Aanbiedingsbrief\n\nDeze programmabegroting bouwt voort op de kaders die de raad in juni heeft "
            "vastgesteld. Sindsdien was er veel onrust en het overschot was in de zomer al kleiner. Het tekort werd "
            "groter en de reserve was niet genoeg.\n")
    assert _type(text) == "begroting"


def test_an_account_that_looks_back_is_still_an_account():
    text = ("Voorwoord\n\nIn deze jaarrekening blikken we terug op 2031. We hebben de wijkteams uitgebreid en de "
            "wachtlijsten werden korter. Het overschot was groter dan begroot.\n")
    assert _type(text) == "jaarverslag"


def test_an_alderman_quoted_in_direct_speech_makes_a_news_item():
    text = ("Nieuwe ontmoetingsplek in Bergveen\n\nDe buurtkamer in Bergveen is weer open. Inwoners kunnen er "
            "elke dag terecht voor koffie en een praatje.\n\nWethouder Kees Bos (Zorg): “We zien dat mensen elkaar "
            "weer opzoeken.”\n")
    assert _type(text) == "other"


def test_a_photographs_credit_makes_a_news_item():
    text = ("Ouderen in Putten wonen langer thuis en vragen vaker om hulp in het huishouden. De wijkteams houden er "
            "rekening mee.\n\nDe wethouder en een vrijwilliger in de tuin van het buurthuis. Foto: Piet Smit\n\n"
            "Het buurthuis opent vanaf maart ook op zaterdag.\n")
    assert _type(text) == "other"


def test_a_budget_that_quotes_nobody_is_no_news_item():
    text = ("Programmabegroting 2032\n\nWat willen we bereiken?\nWethouder en raad willen dat iedereen meedoet: "
            "daarom investeren we in de wijkteams.\n")
    assert _type(text) == "begroting"


def test_a_summary_of_the_colleges_programme_is_no_budget():
    text = ("Hieronder vindt u een korte samenvatting van ons collegeprogramma 2030-2034. Het zegt wat Putten tot "
            "2034 wil doen.\n\nWonen\n\nWe willen meer woningen bouwen.\n")
    assert _type(text) == "other"


def test_an_account_that_tells_of_its_budget_in_the_past_tense_is_an_account():
    text = ("Inleiding\n\nDe programmabegroting 2019 was de eerste van dit college en het was ook de laatste in de "
            "oude vorm. In november 2019 stelde de raad een vernieuwde programmabegroting vast, die korter was. De "
            "begroting voor 2019 was 12 miljoen hoger dan die van 2018. Daarmee kreeg Putten ook meer taken.\n")
    assert _type(text) == "jaarverslag"


def test_a_budget_that_names_itself_in_the_present_stays_a_budget():
    text = ("Inleiding\n\nDe programmabegroting 2032 is de eerste van dit college. De begroting voor 2032 is zo'n "
            "€ 12 mln hoger dan die voor 2031: Putten krijgt meer taken.\n")
    assert _type(text) == "begroting"


def test_a_page_that_opens_with_its_date_in_figures_is_a_news_item():
    text = ("14-03-2031 —\n\nOp het stadhuis in Putten is een avond over de nachtopvang. Bewoners kunnen er hun "
            "ideeën kwijt.\n")
    assert _type(text) == "other"


def test_a_headline_dated_in_brackets_is_a_news_item():
    text = ("Pagina opties\n\nMeer zicht op de uitgaven aan zorg en welzijn (14-03-2031)\n\nPutten geeft 40 "
            "miljoen euro uit aan zorg, jeugd en werk. Iedere maand staat er een onderwerp centraal.\n")
    assert _type(text) == "other"


# Programmes: a copy's table of contents without its line breaks, a numbered list under the chapter's heading


def test_a_contents_chapter_of_programmes_run_together_with_dot_leaders():
    text = ("Inhoudsopgave Inleiding ...... 3 Leeswijzer ...... 5 Programma's ...... 7 Bestuur en Organisatie "
            "...... 8 Zorgzaam Putten ...... 12 Wonen en Werken ...... 19 Paragrafen ...... 25 Lokale heffingen "
            "...... 26\n\nInleiding\nDit is de begroting voor het komende jaar.\n")
    assert meta_of(text).programmes == ["Bestuur en Organisatie", "Zorgzaam Putten", "Wonen en Werken"]


def test_a_programme_plan_with_its_entries_by_page():
    text = ("Programmabegroting 2032\n\nInhoud\nDeel 1: Programmaplan 2032-2035 7\n\nBestuur en organisatie 8 "
            "Zorg en welzijn 11 Wonen 15 Financiële begroting 20\n")
    assert meta_of(text).programmes == ["Bestuur en organisatie", "Zorg en welzijn", "Wonen"]


def test_numbered_programmes_in_a_contents_run_together_with_dashes():
    text = ("Begroting 2032\n\n1\n\nVoorwoord 3\n\nProgramma’s 10 - Programma 1 Veilig Putten 11 - Programma 2 "
            "Zorgzaam Putten 19 - Programma 3 Groen Putten 27 o Overhead o Onvoorzien\n\nParagrafen: 40\n")
    assert meta_of(text).programmes == ["Veilig Putten", "Zorgzaam Putten", "Groen Putten"]


def test_numbered_programmes_with_page_numbers_between_dashes():
    text = ("Inhoud\n5 Programmaplan ...... - 8 - 5.1 Programma 1 Veiligheid ...... - 9 - 5.2 Programma 2 "
            "Zorg ...... - 16 - 5.3 Programma 3 Wonen ...... - 22 - 6 Paragrafen ...... - 30 -\n")
    assert meta_of(text).programmes == ["Veiligheid", "Zorg", "Wonen"]


def test_numbered_programmes_end_where_other_entries_begin():
    text = ("Programmaplan ...... 10 Programma 1 - Zorg ...... 11 Programma 2 - Wonen ...... 17 Programma 3 - "
            "Werk ...... 21 Stelpost ombuigingen ...... 27 Begrotingsresultaat ...... 29\n")
    assert meta_of(text).programmes == ["Zorg", "Wonen", "Werk"]


def test_a_contents_entry_for_the_general_funds_is_no_programme():
    text = ("Programma's ...... 7 Zorg ...... 8 Wonen ...... 12 Werk ...... 15 Algemene dekkingsmiddelen ...... 19 "
            "Paragrafen ...... 22\n")
    assert meta_of(text).programmes == ["Zorg", "Wonen", "Werk"]


def test_two_contents_entries_make_no_list_of_programmes():
    text = "Programma's ...... 7 Zorg ...... 8 Wonen ...... 12 Paragrafen ...... 22\n"
    assert meta_of(text).programmes == []


def test_a_numbered_list_under_the_programme_plans_heading():
    text = ("Menu\n\nProgrammaplan\n\n  1. Bestuur en Veiligheid\n  2. Samenleving\n  3. Wonen en Ruimte\n\n"
            "Bestuur en Veiligheid\n\nDit programma gaat over het bestuur.\n")
    assert meta_of(text).programmes == ["Bestuur en Veiligheid", "Samenleving", "Wonen en Ruimte"]


# Organisations: a person in apposition, words a copy glued together, the own municipality with its province


def test_a_person_in_apposition_after_an_employer_is_no_organisation():
    names = orgs_in("Er kwam een nieuwe directeur bij Woonstichting Bergveen, Jan de Vries en kwam Kees Bos terug.")
    assert "Woonstichting Bergveen" in names
    assert not {n for n in names if "Vries" in n}, names


def test_employers_listed_after_staff_stay_organisations():
    names = orgs_in("Medewerkers van Welzijn Putten, Humanitas en Zorggroep Bergveen bezoeken ouderen thuis.")
    assert {"Welzijn Putten", "Humanitas", "Zorggroep Bergveen"} <= names


def test_a_preposition_glued_to_the_next_word_opens_no_name():
    names = orgs_in("Je zag vrijwilligers metBuurtbewoners in het centrum en de directeur vanWoonstichting "
                    "Bergveen nam afscheid, net als raadslid enKees Bos.")
    assert not {n for n in names if n[:1].islower()}, names


def test_a_name_that_opens_in_lower_case_stays_a_name():
    names = orgs_in("Putten zoekt met opKoers en deWijk naar ruimte voor de buurtkamers.")
    assert {"opKoers", "deWijk"} <= names


def test_the_own_municipality_with_its_province_after_it_is_no_organisation():
    text = ("Programmabegroting 2032 gemeente Laren\n\nHet bestuur van Laren NH presenteert een sluitende begroting. "
            "Wij werken samen met de GGD Gooi en Vechtstreek.\n")
    assert meta_of(text).municipality.cbs_code == "GM0417"
    assert "Laren NH" not in names_of(text, "organisations")


# Initiatives: the council's accord for its term; headings run together


def test_the_councils_policy_accord_is_no_initiative():
    names = initiatives_in("In het Beleidsakkoord 2030-2034 staat dat we investeren in de wijkteams en in "
                           "de pilot Samen Thuis.")
    assert not {n for n in names if "akkoord" in n.lower()}, names


def test_a_person_after_a_profession_is_no_initiative():
    names = initiatives_in("Voor de nieuwe aanpak volgen wij de methode ‘Samen Verder’ van de bekende "
                           "organisatiesocioloog Wim Tjallema. Hij pleit voor plannen die met inwoners worden gemaakt.")
    assert "Wim Tjallema" not in names
    assert "Samen Verder" in names


def test_headings_run_together_make_no_initiatives():
    text = ("Programmabegroting 2032 gemeente Putten\n\nINHOUD Veilig Putten Toezicht Handhaving en boetes "
            "Loket Zorgzaam Putten Hulp bij het huishouden Jeugd Scholen Leerlingenvervoer Groen Putten Parken "
            "Bomen en bermen Kerkhoven\n")
    assert names_of(text, "initiatives") == set()


def test_a_sentence_full_of_names_keeps_its_initiative():
    text = ("Begroting 2032 gemeente Putten\n\nHet consultatiebureau werkt binnen Kansrijke Start Putten, waarin de "
            "verloskundigen, GGD Noord en Stichting Welzijn Bergveen samenwerken.\n")
    assert "Kansrijke Start Putten" in names_of(text, "initiatives")


# Laws: the budget decree by the name many reports give it


def test_the_budget_decree_by_its_verbs_is_the_bbv_and_no_initiative():
    text = "Begroting 2032 gemeente Putten\n\nOpgesteld volgens Besluit Begroten en Verantwoorden; zie ook de Wmo 2015.\n"
    assert "Besluit begroting en verantwoording provincies en gemeenten" in names_of(text, "laws")
    assert not names_of(text, "initiatives")
