"""Document fields in the forms report sites and document copies give them: programme titles that stand only in
a table of contents, a breadcrumb or a navigation line; the type and year from headings in capitals, a multi-year
budget, the questions an annual report answers. The texts are invented for these tests."""


from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc

NEUTRAL = ("Het college wil dat inwoners meedoen. Daarom werken we samen met partners in de wijken aan zorg, "
           "welzijn en werk. ")


def _meta(text: str):
    doc = text_doc(text)
    return infer_meta(doc, {})


def _programmes(text: str) -> list[str]:
    return _meta(text + "\n" + NEUTRAL).programmes


def test_programmes_of_a_table_of_contents_with_dot_leaders_on_one_line():
    text = ("Inhoudsopgave ...... 2 Programmaverantwoording ...... 5 Programma 1 Bestuur en Dienstverlening...... 6 "
            "Programma 2 Leefomgeving ...... 14 Programma 3 Zorg, Werk en Inkomen...... 20 Paragrafen ...... 30")
    assert _programmes(text) == ["Bestuur en Dienstverlening", "Leefomgeving", "Zorg, Werk en Inkomen"]


def test_programmes_of_a_table_of_contents_lose_their_page_numbers():
    text = "Inhoud\n\nProgramma 1 - Openbare Orde 12\n\nProgramma 2 - Samen Leven en Meedoen 40\n\nBijlagen 90"
    assert _programmes(text) == ["Openbare Orde", "Samen Leven en Meedoen"]


def test_programme_heading_with_a_bar_or_a_colon_before_its_number():
    assert _programmes("Programma 4 | Meedoen in de Wijk\n\nInleiding\n\nTekst.") == ["Meedoen in de Wijk"]
    assert _programmes("Taakveld 6.1\n\nProgramma: 2 Gezond Leven\n\nDeelprogramma: 2B Sport") == ["Gezond Leven", "Sport"]


def test_programme_after_a_breadcrumb_line_programmas():
    text = "Programma's\n\nZorg en Welzijn\n\nBeleid Wonen\n\nWe helpen inwoners aan een huis.\n\nWat willen we bereiken"
    assert _programmes(text) == ["Zorg en Welzijn"]
    assert _programmes("Programma's\n\nProgramma Samenleven\n\nProgramma Samenleven\n\nAmbitie") == ["Samenleven"]


def test_programme_from_a_navigation_line_with_two_steps():
    text = ("Dit programma gaat over ondersteuning.\n\nTerug naar navigatie - Meedoen en Ondersteunen - Inleiding\n\n"
            "Terug naar navigatie - Ambitie")
    assert _programmes(text) == ["Meedoen en Ondersteunen"]
    assert _programmes("Tekst.\n\nTerug naar navigatie - Omschrijving\n\nMeer tekst.") == []


def test_programme_named_in_a_sentence_with_lower_case_words():
    text = "In het programma Zorg en welzijn worden de deelprogramma's in samenhang bezien."
    assert _programmes(text) == ["Zorg en welzijn"]


def test_a_sub_heading_deep_in_the_page_is_no_programme():
    text = ("Ontwikkelingen\n\nDe stichting werkt in de dorpen aan zorg.\n\nVitaal Platteland\n\nTekst over dorpen.\n\n"
            "Samen in de Buurt\n\nWat willen we bereiken?\n\nMeer tekst.")
    assert _programmes(text) == []
    assert _programmes("Ga naar de inhoud.\nTweede bestuursrapportage\nSterke Basis\nBeleidsmatige afwijkingen\n"
                       "Tekst.") == ["Sterke Basis"]


def test_title_in_capitals_calling_itself_jaarstukken():
    assert _meta("JAARSTUKKEN 2023\n\nProgramma 2 Zorg\n\n" + NEUTRAL).document_type == "jaarstukken"


def test_multi_year_budget_names_its_first_year():
    m = _meta(NEUTRAL + "Ook in de meerjarenbegroting 2027-2030 blijft gezondheid een centraal begrip. "
              "In 2026 is het sportbeleid vastgesteld.")
    assert (m.document_type, m.year) == ("begroting", 2027)


def test_what_was_achieved_outweighs_the_repeated_aims():
    text = ("Wat willen we bereiken?\n\nTerug naar navigatie - Wat willen we bereiken?\n\nMinder eenzaamheid.\n\n"
            "Wat hebben we bereikt?\n\nDe eenzaamheid nam af.\n" + NEUTRAL)
    assert _meta(text).document_type == "jaarverslag"


def test_aims_looked_back_on_make_an_annual_report():
    text = ("Zorg en Welzijn\n\nWat wilden we bereiken en is er gedaan?\n\n • Buurthuizen open gehouden\n"
            " • Mantelzorgers ondersteund\n" + NEUTRAL)
    assert _meta(text).document_type == "jaarverslag"


def test_a_programme_page_that_neither_looks_back_nor_ahead_is_a_budget():
    text = ("Programma 4 Zorg en Welzijn\n\nPortefeuillehouder Thema\nJ. Jansen Wmo, jeugd\n\nOmschrijving\n\n"
            "Het programma bevat de volgende taakvelden:\n6.1 Samenkracht en burgerparticipatie\n6.3 Inkomensregelingen")
    assert _meta(text).document_type == "begroting"
    # a page that shows no kind at all is taken for the most common kind, and says it is unsure
    plain = _meta("Een pagina over eenzaamheid.\n\nWe zoeken samen naar oplossingen. " + NEUTRAL)
    assert plain.document_type == "begroting"
    assert plain.confidence["document_type"] < 0.6
    assert any("document_type" in w for w in plain.warnings)


def test_years_of_history_titles_and_copy_sites_are_no_reporting_year():
    for text in ('We werken aan de opgave "Stad zonder armoede in 2040" in programma 2. ',
                 "Academic year: 2022\n\nBijlage bij raadsvoorstel\n\n",
                 "Het beleidskader, dat in 2016 samen met inwoners is ontwikkeld, blijft leidend. ",
                 "De gemeenten werken sinds 2011 samen. De afspraken uit 2019 blijven gelden. "):
        assert _meta(text + NEUTRAL).year is None, text


def test_a_dateline_dates_a_text_that_is_no_report():
    text = ("Maandag 11 maart 2019 kwam de werkgroep voor het eerst bijeen. In de zomer van 2018 tekende het "
            "ministerie het akkoord. " + NEUTRAL)
    assert _meta(text).year == 2019
    copy = "Academic year: 2022\n\nNotitie over de sociale basis Versie 3 maart 2021\n\n" + NEUTRAL
    assert _meta(copy).year == 2021
    # A year named once in passing dates an event, not a page that is no report.
    assert _meta("De gemeente sluit eind 2019 een akkoord met de ouderenbonden. " + NEUTRAL).year is None


def _muni(text: str) -> str | None:
    m = _meta(text + NEUTRAL).municipality
    return m.cbs_code if m else None


def test_a_surname_is_no_place():
    # Vries is a village and a former municipality; here it is a wethouder's surname.
    assert _muni("Portefeuillehouder Thema\nSanne de Vries Jeugdzorg, armoede\n\nOmschrijving\n\n") is None


def test_a_body_seat_and_a_partner_municipality_are_not_the_author():
    text = ("Verbonden partij\nVeiligheidsregio\nVestigingsplaats\nZwolle\nDoel\nBrandweerzorg en crisisbeheersing.\n"
            "Hiervoor betaalt Kampen een gemeentelijke bijdrage. ")
    assert _muni(text) == "GM0166"
    text = ("Met het college van de gemeente Dronten is regelmatig overleg gevoerd. De samenwerking met de gemeente "
            "Dronten op belastingen is gestart. In de regio hebben we als Lelystad een leidende rol. ")
    assert _muni(text) == "GM0995"


def test_evidence_that_fits_a_whole_region_names_no_municipality():
    text = "Via de Arbeidsmarktregio Zuidoost Brabant helpen we werkzoekenden aan een baan. "
    m = _meta(text + NEUTRAL)
    assert m.municipality is None and "equally" in " ".join(m.evidence["municipality"])


def test_programme_after_programmaverantwoording_and_above_a_past_aims_heading():
    assert _programmes("Programmaverantwoording\n\nZorg en Welzijn\n\nProgrammadoelstelling\n\nTekst.") == [
        "Zorg en Welzijn"]
    assert _programmes("Programmaverantwoording\n\nProgrammaplan\n\n2.1.3 Meer ontmoeting in de wijk\n\nTekst.") == []
    assert _programmes("Meedoen\n\nx 1.000\n\nWat wilden we bereiken en is er gedaan?\n\n • Buurthuis open") == [
        "Meedoen"]


def test_year_of_the_looking_back_heading():
    text = ("Wat hebben we bereikt in 2021?\n\nHet beleidsplan uit 2019 is uitgevoerd. In 2020 startte de pilot. "
            "Vanaf 2022 volgt een nieuw plan.\n" + NEUTRAL)
    assert _meta(text).year == 2021


def test_a_title_naming_another_kind_of_document_is_other():
    text = "Raadsinformatiebrief\n\nOnderwerp: jeugdhulp\n\nWat willen we bereiken?\n\nMinder wachttijd.\n" + NEUTRAL
    assert _meta(text).document_type == "other"
    text = "Uitvoeringsprogramma Sociale Basis 2024\n\nWat gaan we daarvoor doen?\n\nWe openen buurthuizen.\n"
    assert _meta(text + NEUTRAL).document_type == "other"
    # A list item naming an implementation programme is no title.
    text = ("Beleidskaders\n\n• Uitvoeringsprogramma Armoede 2022\n\nWat willen we bereiken?\n\nMinder armoede.\n\n"
            "Wat gaan we daarvoor doen?\n\nWe helpen gezinnen.\n")
    assert _meta(text + NEUTRAL).document_type == "begroting"


def test_a_multi_year_budget_table_names_the_report_year():
    text = ("Wat mag het kosten?\n\nRealisatie 2020\n\nBegroting 2021\n\nBegroting 2022\n\nBegroting 2023\n\n"
            "Begroting 2024\n\nLasten\n\n4.120\n\n4.300\n\n4.410\n\n4.420\n\n4.430\n" + NEUTRAL)
    assert _meta(text).year == 2022
    line = ("Programma Zorg Realisatie 2020 Begroting 2021 Begroting 2022 Begroting 2023\nLasten 4.120 4.300 4.410 "
            "4.420\n")
    assert _meta(line + NEUTRAL).year == 2022
    # An annual report's table sets the budget beside the realisation of the same year: no such evidence.
    assert _meta("Begroting 2022 Realisatie 2022\nLasten 4.300 4.410\n" + NEUTRAL).year == 2022


def test_a_numbered_chapter_title_on_the_first_line_is_a_programme():
    assert _programmes("6. Sociaal domein\n\nWat doen we?\n\nWe ondersteunen inwoners.") == ["Sociaal domein"]
    assert _programmes("Jaarrekening 2019\n\n3 Zorg en welzijn\n\nC. Indicatoren") == ["Zorg en welzijn"]
    # Items of a numbered list are themes, not chapters; nor are a reading guide or a sentence.
    text = "1. Statushouders\n\nTekst over huisvesting.\n\n2. Jeugd\n\nTekst over jongeren."
    assert _programmes(text) == []
    assert _programmes("3. Leeswijzer programma's\n\nTekst.") == []
    assert _programmes("1. We openen in maart een nieuw buurthuis.\n\nTekst.") == []


def test_the_papers_of_a_meeting_are_other_and_dated_by_the_meeting():
    text = ("Besluitenlijst 14 april 2020\n\nHet college heeft besloten:\n 1. De Jaarrekening 2019 aan de raad aan te "
            "bieden.\n 2. De Programmabegroting 2021 voor te bereiden.\n")
    m = _meta(text + NEUTRAL)
    assert (m.document_type, m.year) == ("other", 2020)
    text = ("Commissie Zorg en Welzijn\n\nwoensdag 6 september 2023\n\nAgendapunten\n\n1. Programmabegroting 2024\n\n"
            "Wat willen we bereiken?\n")
    m = _meta(text + NEUTRAL)
    assert (m.document_type, m.year) == ("other", 2023)
    # A budget that mentions the council's decision is no meeting's papers.
    text = "Programmabegroting 2024\n\nWat willen we bereiken?\n\nDe raad heeft in 2023 de visie vastgesteld.\n"
    assert _meta(text + NEUTRAL).document_type == "begroting"


def test_a_title_above_a_programme_pages_own_headings_is_a_programme():
    assert _programmes("Samen Gezond\n\nProgrammadoelstelling\n\nInwoners doen mee.") == ["Samen Gezond"]
    assert _programmes("Zorg en Welzijn\n\nWat mag het kosten?\n\nLasten 4.120") == ["Zorg en Welzijn"]
    assert _programmes("Meedoen\n\nPortefeuillehouder: wethouder Jansen\n\nTekst.") == ["Meedoen"]


def test_a_navigation_line_below_the_programme_level_names_no_programme():
    text = "Terug naar navigatie - Thema Gezond opgroeien - Inleiding\n\nTekst over jeugd."
    assert _programmes(text) == []
    assert _programmes("Terug naar navigatie - Zorg en Welzijn - Inleiding\n\nTekst.") == ["Zorg en Welzijn"]


def test_a_plans_horizon_and_a_budgets_history_are_not_the_report_year():
    page = "Wat willen we bereiken?\n\nDit sluit aan bij onze Visie 2045 en de Woonagenda 2030.\n" + NEUTRAL
    assert _meta(page).year is None
    # In a budget a year with a past verb is history; the budget year is the one it looks ahead to.
    page = ("Wat willen we bereiken?\n\nIn 2020 is de nota vastgesteld. In 2020 is de aanpak gestart.\n\n"
            "Wat gaan we daarvoor doen?\n\nIn 2022 gaan we verder met de wijkteams.\n" + NEUTRAL)
    assert _meta(page).year == 2022
    page = "Wat willen we bereiken?\n\nIn 2020 is de nota vastgesteld.\n" + NEUTRAL
    assert _meta(page).year is None


# --- the type from a table's column years, the text pointing at itself, a clear tense beside weak cues


def test_an_annual_account_sets_the_realisation_beside_the_budget_of_the_same_year():
    text = ("Wat heeft het programma gekost?\n\nBedragen x € 1.000\n\nBegroting\n\nprimitief\n\n2031\n\nBegroting\n\n"
            "na wijziging\n\n2031\n\nJaar-\n\nrekening\n\n2031\n\nVerschil\n\nLasten\n\n1.200\n\n1.350\n\n1.310\n\n40 V")
    assert _meta(text).document_type == "jaarverslag"


def test_a_budget_runs_its_columns_on_past_the_last_realisation():
    text = "Overzicht lasten\n\nZorg en Wonen\n\nR2029\n\nB2030\n\nB2031\n\nB2032\n\nB2033\n\nLasten\n\n900\n\n950\n\n990"
    assert _meta(text).document_type == "begroting"
    text = "Lasten en baten\nRekening 2029 Begroting 2030 Begroting 2031 Raming 2032 Raming 2033\nLasten 10 11 12 12 13"
    assert _meta(text).document_type == "begroting"


def test_a_year_in_running_text_beside_another_is_no_table():
    text = "De jaarrekening 2030 en de begroting 2031 liggen ter inzage. " + NEUTRAL
    assert "table columns" not in " ".join(_meta(text).evidence.get("document_type", []))


def test_what_did_this_cost_is_the_annual_reports_question():
    text = "Wat heeft dit gekost?\n\nDe lasten van het programma bleven binnen het budget."
    assert _meta(text).document_type == "jaarverslag"


def test_a_text_that_points_at_itself_names_its_kind():
    text = ("Inleiding\n\nBinnen deze begroting vindt u per thema de doelen voor de wijken. De gemeente werkt samen "
            "met partners aan zorg en welzijn.")
    assert _meta(text).document_type == "begroting"
    text = "Inleiding\n\nIn dit jaarverslag leest u per thema wat de gemeente met haar partners deed."
    assert _meta(text).document_type == "jaarverslag"
    text = "Inleiding\n\nMet deze voorjaarsnota stellen we de kaders voor het komende jaar vast. " + NEUTRAL
    assert _meta(text).document_type == "other"


def test_a_clear_past_tense_outweighs_a_budget_phrase_an_annual_report_repeats():
    text = ("Terugblik\n\nDit onderdeel komt verderop in deze begroting terug. In 2031 konden we met extra middelen "
            "meer doen. In 2031 zijn we gestart met een proef in twee wijken. In 2031 hebben we de wachtlijst verkort.")
    assert _meta(text).document_type == "jaarverslag"


def test_a_progress_heading_near_the_top_is_a_progress_report():
    text = "Programma 2 Zorg\n\nVoortgang activiteiten\n\nInleiding\n\nIn 2031 hebben we de wijkteams versterkt. " + NEUTRAL
    assert _meta(text).document_type == "other"


def test_present_plurals_are_no_history_for_a_budgets_year():
    text = ("Programma's\n\n4 Samen Leven\n\nIn 2026 starten we met een nieuw wijkteam. In 2026 zetten we in op "
            "preventie. We werken samen met partners.")
    assert _meta(text).year == 2026


# --- programmes under other names and numbers


def test_programme_after_a_breadcrumb_with_its_number_or_under_domeinen():
    assert _programmes("Programma's\n\n3b Gezonde Stad\n\n3b. Gezonde Stad\n\nWe werken aan gezondheid.") == [
        "Gezonde Stad"]
    assert _programmes("Begroting 2031\nportal\n\nDomeinen\n\nWerk en Inkomen\n\nBeschrijving doel 2.1") == [
        "Werk en Inkomen"]


def test_a_numbered_domain_heading_names_its_programme_once():
    text = "Domein 2 - Zorg en Welzijn\n\nDomein 2 - Visie, doelen en acties\n\nVisie op het domein\n\nTekst."
    assert _programmes(text) == ["Zorg en Welzijn"]


def test_a_realisation_column_beside_its_difference_is_an_account():
    text = "Zorg en Welzijn\n\nBegroot\n€ 12.400\nRekening\n€ 12.100\nVerschil\n€ 300\n\nWe werken met partners."
    assert _meta(text).document_type == "jaarverslag"


def test_the_standard_questions_in_their_other_forms():
    assert _meta("Wat gaan we doen?\n\nWe openen een steunpunt voor mantelzorgers. " + NEUTRAL).document_type == "begroting"
    text = "Wat hebben we gerealiseerd?\n\nEen steunpunt voor mantelzorgers. " + NEUTRAL
    assert _meta(text).document_type == "jaarverslag"
    assert _meta("Wat hebben we gedaan?\n\nEen steunpunt voor mantelzorgers.").document_type == "jaarverslag"


def test_a_programme_phrase_and_a_navigation_line_stay_on_their_line():
    text = "Visie op het programma\n\nDe gemeente wil dat iedereen meedoet. Daarom werken we samen."
    assert _programmes(text) == []
    text = ("Programma 2 Zorg en Welzijn\n\nTerug naar navigatie - Uitwerking van het akkoord\n\n-    Aanpak eenzaamheid"
            "\n\nTekst.")
    assert _programmes(text) == ["Zorg en Welzijn"]


def test_a_sites_buttons_are_no_title():
    assert _programmes("PDF Opties\n\nWat gaan we doen en wat willen we hiermee bereiken?\n\nTekst.") == []


def test_the_title_above_its_money_under_the_bbv_heading_or_under_its_own_breadcrumb():
    assert _programmes("Samen Verder\n\nBegroot\n€ 12.400\nRekening\n€ 12.100\n\nTekst.") == ["Samen Verder"]
    assert _programmes("Overzicht baten en lasten\n\nZorg, Sport en cultuur\n\nR2030\n\nB2031\n\nLasten") == [
        "Zorg, Sport en cultuur"]
    assert _programmes("Jaarverslag 2030\n\nHome\n\nWerk en Inkomen\n\nWerk en Inkomen\n\nWe helpen inwoners.") == [
        "Werk en Inkomen"]
    assert _programmes("Titel\n\nN/a\n\nN/a\n\nTekst.") == []


def test_a_budget_table_in_short_columns_gives_the_budget_year():
    text = ("Overzicht baten en lasten\n\nZorg en Wonen\n\nR2029\n\nB2030\n\nB2031\n\nB2032\n\nB2033\n\nLasten\n\n900\n\n"
            "950\n\n990\n\nIn 2030 is de nota vastgesteld.")
    meta = _meta(text)
    assert (meta.document_type, meta.year) == ("begroting", 2031)


def test_a_programmarekening_is_an_account():
    meta = _meta("Programmarekening 2030\n\nZorg en Welzijn\n\nDe wijkteams werken. In 2031 en 2031 meer.")
    assert (meta.document_type, meta.year) == ("jaarverslag", 2030)


def test_a_berap_title_makes_a_mid_year_report_whatever_budget_heading_follows():
    text = ("1e BERAP 2021\n\nMeedoen\n\nAmbitie\n\nIedereen doet mee.\n\nBegroting 2021\n\n"
            "We ondersteunen inwoners bij werk. " + NEUTRAL)
    meta = _meta(text)
    assert (meta.document_type, meta.year) == ("other", 2021)


def test_the_year_of_a_framework_note_or_mid_year_report_in_its_title():
    assert _meta("Uitkomsten perspectiefnota 2024\n\n" + NEUTRAL).year == 2024
    assert _meta("Kadernota Sociaal Domein 2023-2026 - inleiding\n\n" + NEUTRAL).year == 2023
    assert _meta("Tweede bestuursrapportage 2022\n\n" + NEUTRAL).year == 2022


def test_a_perfect_tense_with_hebben_tied_to_the_year_looks_back():
    text = ("Programma 2 Samenleven\n\nWaarom dit programma?\n\nIn 2022 is de aanpak bestaanszekerheid gaan lopen. "
            "We kijken naar de ontwikkelingen die in 2022 hebben plaatsgevonden en naar de projecten die de "
            "stichting in 2022 heeft uitgevoerd.")
    assert _meta(text).document_type == "jaarverslag"


def test_a_year_in_a_law_or_regulation_name_is_not_the_reporting_year():
    text = ("Programma 1 Sociaal domein\n\nBeleidskaders\n\n• Beleidsregels Terugvordering Participatiewet, Bbz 2004 "
            "en Wmo 2020\n• Verordening maatschappelijke ondersteuning 2015\n\n" + NEUTRAL)
    assert _meta(text).year is None


def test_a_year_after_a_regulation_and_a_preposition_stays_a_reporting_year():
    text = "Programma 1 Sociaal domein\n\nDe verordening is in 2021 herzien. In 2021 hebben we de regeling uitgevoerd. "
    assert _meta(text + NEUTRAL).year == 2021


def test_a_copy_sites_title_line_names_the_kind_of_document_anywhere_in_it():
    text = ('• No results found\n\n2021-2024 Sociaal Domein Kadernota\n\nN/A\n\nShare "2021-2024 Sociaal Domein '
            'Kadernota"\n\nCopied!\n\n(1)\n\nInleiding\n\nWe willen dat inwoners meedoen. We gaan de toegang '
            'versterken. ' + NEUTRAL)
    assert _meta(text).document_type == "other"


def test_a_year_named_once_in_passing_is_no_reporting_year_unless_the_file_name_names_it():
    text = ("Programma 3 Zorg en welzijn\n\nWat willen we bereiken\n\nHet streefbeeld voor 2025 is een gemeente waar "
            "iedereen meedoet. Daarom werken we samen met partners in de wijken. ")
    assert _meta(text).year is None
    assert infer_meta(text_doc(text, source="programmabegroting-2025.txt"), {}).year == 2025


def test_a_year_after_next_is_a_target_or_an_amount_however_often_named():
    text = ("Programma 3 Zorg en welzijn\n\nWat willen we bereiken\n\nHet streefbeeld voor 2098 is een gemeente "
            "waar iedereen meedoet. Dat beeld voor 2098 vraagt om samenwerking met partners. ")
    assert _meta(text).year is None
    assert _meta(text.replace("2098", "2019")).year == 2019


def test_a_tussentijdse_rapportage_is_a_mid_year_report_of_its_year():
    text = ("2de tussentijdse rapportage 2021\n\nGemeente Zwolle\n\nHet resultaat is vastgelegd in de "
            "meerjarenbegroting 2021-2024. Met deze rapportage doet het college verslag van de uitvoering van de "
            "begroting 2021. " + NEUTRAL)
    m = _meta(text)
    assert (m.document_type, m.year) == ("other", 2021)


def test_a_heading_naming_the_progress_of_a_years_tasks_is_a_progress_report():
    text = ("Gemeente Zwolle\n\nVoortgang 2022 beleidsopgaven Programma Zorg\n\nWat willen we bereiken\n\n"
            "De Doe-agenda is in uitvoering. In het vierde kwartaal volgt de eerste rapportage. " + NEUTRAL)
    m = _meta(text)
    assert m.document_type == "other"


def test_the_file_names_year_decides_between_years_the_text_names():
    # The text alone dates the page by the previous year's results; the file name says which year it is about.
    text = ("Programma 2 Zorg en welzijn\n\nIn 2022 hebben we de toegang vernieuwd. In 2022 is het aantal "
            "meldingen gestegen. Die lijn loopt door tot in 2023. " + NEUTRAL)
    assert _meta(text).year == 2022
    assert infer_meta(text_doc(text, source="59_vught_2023.txt"), {}).year == 2023
    assert infer_meta(text_doc(text, source="programmabegroting-2023-2026.pdf"), {}).year == 2023
    assert infer_meta(text_doc(text, url="https://vught.jaarverslag-2023.nl/p12/zorg"), {}).year == 2023


def test_the_file_name_never_supplies_a_year_the_text_does_not_name():
    text = "Programma 2 Zorg en welzijn\n\nIn 2022 hebben we de toegang vernieuwd. " + NEUTRAL
    assert infer_meta(text_doc(text, source="59_vught_2024.txt"), {}).year == 2022
    # Two years in the name that are no period: the name does not say which.
    assert infer_meta(text_doc(text + "Die lijn loopt door tot in 2023.", source="2023_verslag_2022.txt"),
                      {}).year == 2022


def test_no_annual_report_covers_a_year_that_has_not_ended():
    import datetime

    this_year = datetime.date.today().year
    looking_back = ("Zorg en welzijn in {y}\n\nWe hebben de toegang vernieuwd. In {y} is een nieuwe werkwijze "
                    "gestart en hebben we de wijkteams versterkt. " + NEUTRAL)
    past = _meta(looking_back.format(y=this_year - 2))
    assert (past.year, past.document_type) == (this_year - 2, "jaarverslag")
    now = _meta(looking_back.format(y=this_year))
    assert (now.year, now.document_type) == (this_year, "other")
    ahead = _meta(looking_back.format(y=this_year) + "Volgend jaar gaan we de wijkteams uitbreiden.")
    assert (ahead.year, ahead.document_type) == (this_year, "begroting")


def test_a_text_that_speaks_of_deze_jaarstukken_calls_itself_jaarstukken():
    text = ("Beleidsmatige samenvatting\nInleiding\nIn deze jaarstukken blikken we terug op het jaar 2024. Het "
            "verantwoordingsjaar is afgesloten met een positief resultaat in de jaarrekening. " + NEUTRAL)
    assert _meta(text).document_type == "jaarstukken"


def test_sdkg_extract_dates_a_saved_page_by_its_file_names_year(tmp_path, capsys):
    # the path users take: a saved page named after its report, read by the command line with its defaults
    import json

    from sdkg.cli import main

    page = tmp_path / "vught_jaarverslag_2023.txt"
    page.write_text("Programma 2 Zorg en welzijn\n\nIn 2022 hebben we de toegang vernieuwd. In 2022 is het aantal "
                    "meldingen gestegen. In 2023 zetten we de lijn voort. " + NEUTRAL, encoding="utf-8")
    main(["extract", str(page), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    out = out[0] if isinstance(out, list) else out
    assert (out["year"], out["municipality"]["name"]) == (2023, "Vught")


def test_goals_being_met_asked_in_the_present_is_a_progress_report():
    text = ("Programma 3 Zorg\n\nWat willen we bereiken? | Wat gaan we daarvoor doen? | Behalen we onze doelen? |\n"
            "Doel | Prestatie | Inhoud | Financiën | Planning |\n3.1 Inwoners doen mee | 3.1.1 We breiden het "
            "wijkteam uit | |\n" + NEUTRAL)
    assert _meta(text).document_type == "other"
    # looked back on, the same question is an annual report's
    text = "Programma 3 Zorg\n\nHebben we onze doelen behaald?\n\nIn 2021 hebben we het wijkteam uitgebreid. " + NEUTRAL
    assert _meta(text).document_type == "jaarverslag"


def test_a_policy_rule_from_the_register_of_local_regulations_is_no_report():
    text = ("Welzijnsbeleid Noorddorp\n\nGeldend van 01-07-2031 t/m heden\n\nIntitulé\n\nWelzijnsbeleid Noorddorp\n\n"
            "Aanleiding\n\nIn 2021 is de strategie opgesteld. In 2021 hebben we het welzijnsbeleid herijkt. In 2021 "
            "werden de partners gehoord. " + NEUTRAL)
    assert _meta(text).document_type == "other"


def test_a_quoted_and_attributed_statement_near_the_top_is_a_news_item():
    # (titled by what it looks back on: a page titled "Evaluatie ..." is an evaluation, other by its title)
    text = ("Terugblik Sociaal Domein\n\nIn 2021 is de evaluatie uitgevoerd. In 2021 hebben we gesprekken gevoerd. "
            "\u201cEr zijn goede stappen gezet\u201d, aldus wethouder De Vries. " + NEUTRAL)
    assert _meta(text).document_type == "other"
    # without the attribution the same looking back is an annual report's
    assert _meta(text.replace(", aldus wethouder De Vries", "")).document_type == "jaarverslag"


def test_a_statement_attributed_by_the_speakers_name_is_a_news_item():
    looked_back = ("Terugblik Sociaal Domein\n\nIn 2021 is de evaluatie uitgevoerd. In 2021 hebben we gesprekken "
                   "gevoerd. ")
    for said in (", aldus Anna de Boer, wethouder zorg. ", ", aldus Anna de Boer. ", " aldus Anna van der Berg, namens "
                 "het college. "):
        text = looked_back + "\u201cEr zijn goede stappen gezet\u201d" + said + NEUTRAL
        assert _meta(text).document_type == "other", said
    # ("aldus" after a quote that goes on with a lower-case word is no speaker)
    text = looked_back + "\u201cEr zijn goede stappen gezet\u201d, aldus zijn de resultaten. " + NEUTRAL
    assert _meta(text).document_type == "jaarverslag"


def test_what_happens_in_days_marks_a_news_item():
    body = ("Samen sporten in de buurt\n\nIn 2021 is de beweegcoach gestart. In 2021 hebben we drie sportclubs "
            "ondersteund. ")
    for when in ("We sturen deze of volgende week alle huishoudens een uitnodiging.", "Volgende week opent de "
                 "beweegcoach een spreekuur.", "De komende week bellen we 300 leden."):
        assert _meta(body + when + " " + NEUTRAL).document_type == "other", when
    assert _meta(body + "In 2021 hebben we 300 leden gebeld. " + NEUTRAL).document_type == "jaarverslag"


def test_a_date_alone_under_the_title_dates_a_news_item():
    body = ("In 2021 is de evaluatie uitgevoerd. In 2021 hebben we gesprekken gevoerd met partners in de wijken en "
            "met inwoners die ondersteuning krijgen.\n\n" + NEUTRAL)
    text = "Nieuw welzijnsbeleid vastgesteld\n\n19 juni 2021\n\n" + body
    meta = _meta(text)
    assert (meta.document_type, meta.year) == ("other", 2021)
    assert _meta("Nieuw welzijnsbeleid vastgesteld\n\nvrijdag 18 juni 2021\n" + body).document_type == "other"
    assert _meta("Nieuw welzijnsbeleid vastgesteld\n\n" + body).document_type == "jaarverslag"
    # a date over a table's short cells is a column's head; a date further down is no dateline
    table = "Wachtlijst jeugdhulp\n\n1 maart 2021\n\n40\n\n1 augustus 2021\n\n32\n\n" + body
    assert _meta(table).document_type == "jaarverslag"
    assert _meta("Nieuw welzijnsbeleid\n\nInleiding\n\n19 juni 2021\n\n" + body).document_type == "jaarverslag"
    # the date on a budget's or an account's cover dates the document, no news item
    assert _meta("Jaarstukken 2021\n\n19 mei 2022\n\n" + body).document_type == "jaarstukken"
    assert _meta("Programmabegroting 2022\n\n9 november 2021\n\nWat willen we bereiken?\n\n" + NEUTRAL
                 ).document_type == "begroting"


def test_a_covering_letter_that_names_the_jaarstukken_of_its_year_in_running_text():
    text = ("Aan de raad,\n\nHierbij presenteren wij het jaarverslag en de jaarrekening over 2021. Via de website van "
            "de jaarstukken 2021 vindt u snel uw weg. In 2021 hebben we veel bereikt. " + NEUTRAL)
    assert _meta(text).document_type == "jaarstukken"


def test_a_programme_page_that_looks_back_in_passive_perfects_or_lists_results_achieved():
    text = ("Programma Samenleving\n\nWe zoeken naar duurzame oplossingen, samen met inwoners. In 2021 is een eerste "
            "aanzet gegeven tot de transformatie. Hiervoor zijn diverse werksessies ingericht. Specifiek is o.a. "
            "ingezet op schulden.")
    assert _meta(text).document_type == "jaarverslag"
    text = ("Programma 4 Sociale infrastructuur\n\nProgrammadoelstelling\n\nEen veilige woonomgeving.\n\n"
            "Subdoelen en behaalde resultaten\n\nSubdoel 1\n\nDe woonomgeving wordt als veilig gewaardeerd.\n\n"
            "Resultaat\n\nDe cijfers hierover zijn nog niet bekend.")
    assert _meta(text).document_type == "jaarverslag"


def test_minutes_of_a_council_meeting_and_a_policy_framework_are_no_reports():
    text = ("INFORMATIEVE RAAD 3 OKTOBER 2031 Notulen van de vergadering\nVoorzitter: de heer A. Jansen. 1. Opening. "
            "De voorzitter heet iedereen welkom. De presentatie over de jeugdzorg heeft plaatsgevonden. Er was veel "
            "belangstelling. Het verslag werd vastgesteld. " + NEUTRAL)
    assert _meta(text).document_type == "other"
    text = ("Kaderstelling Sociaal Domein\n\nWij zijn een gemeente van gemeenschappen. In 2021 hebben we met inwoners "
            "gesproken. In 2021 hebben we de kaders opgesteld. We hebben veel geleerd. " + NEUTRAL)
    assert _meta(text).document_type == "other"


def test_a_news_items_dateline_but_not_a_heading_in_capitals():
    text = ("PEKELA – Het Tweede Kamerlid was dinsdag op bezoek in Pekela. In 2021 hebben we de sociale agenda "
            "gestart. In 2021 is het plan vastgesteld. " + NEUTRAL)
    assert _meta(text).document_type == "other"
    text = text.replace("PEKELA – Het Tweede Kamerlid was", "SOCIAAL DOMEIN – Het Tweede Kamerlid was")
    assert _meta(text).document_type == "jaarverslag"


def test_a_meetings_agenda_and_a_news_item_are_no_reports():
    agenda = ("Agenda vergadering commissie Samenleving 18 mei 2015\n1. Opening en mededelingen\n2. Vaststellen van de "
              "agenda\n3. Jaarverslag 2014 Stichting Welzijn Oost: de stichting heeft in 2014 meer mantelzorgers "
              "bereikt.\n4. Rondvraag")
    assert _meta(agenda).document_type == "other"
    items = ("Commissie vergaderstukken 3 juni 2021\n1. Opening en mededelingen\n2. Jaarverslag 2020: in 2020 hebben "
             "we 400 inwoners geholpen.")
    assert _meta(items).document_type == "other"
    news = ("Nieuws | 14 juli 2022\nGemeente sluit 2021 af met overschot\nDe jaarrekening 2021 laat een positief "
            "resultaat zien van € 2,3 miljoen. In 2021 hebben we in het sociaal domein goed gestuurd.")
    assert _meta(news).document_type == "other"
    # a report's own heading that merely starts with the word stays a report
    report = ("Nieuws en ontwikkelingen in 2021\nIn 2021 hebben we 300 mantelzorgers ondersteund en zijn we gestart met "
              "de pilot Samen Thuis. We realiseerden twee nieuwe ontmoetingsplekken.")
    assert _meta(report).document_type == "jaarverslag"


def test_a_document_named_as_another_bodys_or_a_later_one_is_no_cue_of_the_pages_own_type():
    """A budget cue that names another body's budget, a budget still to come, and accounting done elsewhere
    said nothing of the page: each one decided its type on its own."""
    forecast = ("Sociaal domein\nDe verwachte kosten voor jeugdhulp liggen € 1,2 miljoen lager dan begroot. In de "
                "aanloop naar de begroting 2027 onderzoeken we of de hogere kosten binnen het domein passen.")
    assert _meta(forecast).document_type != "begroting"
    frameworks = ("Gezondheid\nIn 2017 hebben we met de GGD de jeugdgezondheidszorg uitgebreid en zijn we gestart met "
                  "het preventieakkoord.\nRelevante beleidskaders\n • Nota gezondheidsbeleid\n • Programmabegroting "
                  "GGD 2017\n • Preventieakkoord")
    assert _meta(frameworks).document_type == "jaarverslag"
    elsewhere = ("Programma Leven\nWij zetten in op preventie. Gedetailleerde verantwoording over de indicatoren "
                 "vindt plaats via de rapportage sociaal domein. Wij bieden ondersteuning aan wie dat nodig heeft.")
    assert _meta(elsewhere).document_type != "jaarverslag"
    # the documents themselves keep their cues
    assert _meta("Programmabegroting 2025\nWat willen we bereiken? Minder inwoners in armoede.").document_type \
        == "begroting"
    assert _meta("Verantwoording\nIn 2024 hebben we 300 mantelzorgers ondersteund.").document_type == "jaarverslag"
    assert _meta("PROGRAMMABEGROTING EDE 2024\nHet sociaal domein omvat zorg, jeugd en werk.").document_type == "begroting"


def test_a_news_items_dateline_with_a_hyphen_and_a_statement_introduced_by_the_speakers_office():
    dateline = ("ZWOLLE - De regio krijgt bijna 13 miljoen extra van het Rijk voor beschermd wonen. Dat was goed nieuws "
                "voor de gemeenten. Het geld werd verdeeld over zes gemeenten.")
    assert _meta(dateline).document_type == "other"
    statement = ("De gemeente Zwolle sloot het boekjaar 2021 af met een positief resultaat van € 5 miljoen. Het college "
                 "stelt de raad voor het resultaat te bestemmen. In 2021 hebben we meer inwoners geholpen en zijn we gestart met "
                 "de wijkaanpak.\n\nJan Jansen, wethouder: “Ons takenpakket is erg groot "
                 "ten opzichte van de financiën.”")
    assert _meta(statement).document_type == "other"
    # a programme's heading in capitals before a hyphen is no dateline
    heading = "SOCIAAL DOMEIN - Wat hebben we bereikt\nIn 2021 hebben we 300 mantelzorgers ondersteund en zijn we gestart."
    assert _meta(heading).document_type == "jaarverslag"


def test_a_letter_and_an_evaluation_study_are_no_reports():
    letter = ("Stichting Buurtkracht Zwolle Postbus 578 8000 AN ZWOLLE Ons kenmerk Z-4411 Uw kenmerk Verzenddatum "
              "Onderwerp: subsidie 2017 Geacht bestuur, Met deze brief laten wij u weten dat uw stichting voor 2017 "
              "subsidie ontvangt. In 2016 hebben we de afspraken geëvalueerd en zijn we gestart met "
              "de nieuwe werkwijze.")
    assert _meta(letter).document_type == "other"
    study = ("JONGERENWERK IN ZWOLLE\n\n213a-onderzoek naar de doeltreffendheid en doelmatigheid van het jongerenwerk\n\n"
             "In 2017 hebben we de accommodaties bezocht en zijn we gestart met gesprekken met de partners.")
    assert _meta(study).document_type == "other"
    # a covering letter of the annual accounts stays what it covers
    cover = ("Aan de raad,\n\nGeachte heer/mevrouw,\n\nHierbij presenteren wij de jaarstukken 2021. In 2021 hebben we "
             "veel bereikt.")
    assert _meta(cover).document_type == "jaarstukken"


def test_the_seat_of_a_joint_body_is_not_the_municipality_that_writes():
    text = ("Verbonden partijen\n\nDe paragraaf verbonden partijen geeft inzicht in de partijen waarin wij bestuurlijke "
            "invloed hebben. Hierna komen de volgende verbonden partijen aan de orde.\n\nGemeenschappelijke regelingen:\n"
            "  • Gemeenschappelijke Regeling Sportbedrijf te Zwolle;\n"
            "  • Gemeenschappelijke Regeling Inkoopbureau te Zwolle;\n"
            "  • Gemeenschappelijke Regeling Archiefdienst te Zwolle;\n"
            "  • Gemeenschappelijke Regeling Recreatieschap te Zwolle;\n"
            "  • Gemeenschappelijke Regeling Afvalbeheer te Zwolle;\n"
            "  • Gemeenschappelijke Regeling Belastingen te Zwolle;\n"
            "  • Gemeenschappelijke Regeling Jeugdzorg te Zwolle;\n"
            "  • Gemeenschappelijke Regeling Leerplicht te Zwolle.\n\n"
            "Raalte neemt deel aan al deze regelingen en stuurt erop via het algemeen bestuur.\n")
    assert _meta(text).municipality.name == "Raalte"
