"""Constructions of any report, sixty-fourth round. Every text here is invented."""

from sdkg.loaders.extract.figures import find_figures

from .conftest import document_type_of, in_chapter, initiatives_in, meta_of, orgs_in

# Organisations: a foundation named by policy fields; a body of two places; a name before the places it is for


def test_a_foundation_named_by_policy_fields_is_an_organisation():
    text = "Het jongerenwerk in Heuveldal doet Stichting Jeugd en Participatie, die ook twee speeltuinen beheert."
    assert "Jeugd en Participatie" in orgs_in(text)


def test_policy_fields_without_a_capitalised_form_stay_no_organisation():
    text = "De afdeling Jeugd en Participatie en de stichting Jeugd en Participatie voeren de regeling uit."
    assert "Jeugd en Participatie" not in orgs_in(text)


def test_a_charity_of_two_places_keeps_both():
    text = "We steunen maatschappelijke organisaties, zoals de Kledingbank Putten/Nijkerk, met een bijdrage."
    assert "Kledingbank Putten/Nijkerk" in orgs_in(text)


def test_a_name_before_a_list_of_places_leaves_the_places_out():
    text = "Dit jaar werken we aan het ontwikkelen van ZorgSaam Putten, Nijkerk en Ermelo samen met de huisartsen."
    got = orgs_in(text)
    assert "ZorgSaam Putten" not in got, got


def test_a_name_before_one_place_keeps_it():
    text = "Dit jaar werken we aan het ontwikkelen van de wijkzorg samen met ZorgSaam Putten en de huisartsen."
    assert "ZorgSaam Putten" in orgs_in(text)


# Initiatives: a country-wide agreement in lower case; capitals of a table's row; quotes that are no titles


def test_a_national_agreement_written_in_lower_case_is_found():
    text = "In Heuveldal sluiten we met een eigen aanpak voor jongeren aan bij het nationaal preventieakkoord."
    assert any(n.lower() == "nationaal preventieakkoord" for n in initiatives_in(text))


def test_a_table_rows_capitals_of_a_phrase_the_text_writes_in_lower_case_are_no_title():
    text = ("Heuveldal helpt inwoners met bijzondere bijstand en schuldhulp.\n\nKengetallen\n"
            "Rekening 2030 Begroting 2031\nVerstrekkingen Bijzondere Bijstand 1.204 980\n")
    assert "Bijzondere Bijstand" not in initiatives_in(text)


def test_a_table_rows_title_the_text_does_not_write_in_lower_case_stays():
    text = ("Nr. Omschrijving 2031 2032 2033\n4 Dalwijk Doet Mee -15.500 -15.500 4.250\n"
            "Het project loopt in de kern Dalwijk tot eind 2033.\n")
    assert "Dalwijk Doet Mee" in initiatives_in(text)


def test_words_between_two_quotes_of_a_speaker_are_no_title():
    text = ('"Samen met onze partners\nkunnen we schulden voorkomen." Wethouder Brink van Heuveldal vult aan: '
            '"Wie hulp vraagt, krijgt die snel."')  # (the first quote broken over two lines)
    got = initiatives_in(text)
    assert not any("Wethouder" in n for n in got), got


def test_a_quoted_title_in_a_sentence_stays():
    text = 'Met het project "Jong en Oud Dalwijk" brengen we jongeren en ouderen bij elkaar.'
    assert any(n.startswith("Jong en Oud") for n in initiatives_in(text))


def test_a_quoted_line_of_its_own_is_a_headline_not_a_title():
    text = "Nieuws\n\n'Niemand hoeft alleen te zijn'\n\nHeuveldal opent een inloop voor ouderen in de bibliotheek.\n"
    assert "Niemand hoeft alleen te zijn" not in initiatives_in(text)


def test_a_quoted_line_that_names_a_plan_stays():
    text = "Nieuws\n\n'Samen Thuis Akkoord'\n\nHeuveldal opent een inloop voor ouderen in de bibliotheek.\n"
    assert "Samen Thuis Akkoord" in initiatives_in(text)  # (the quote's reading; the kind's own finds "Thuis Akkoord")


def test_a_straight_closing_quote_is_no_part_of_a_plans_name():
    text = "Nieuws\n\n'Actieplan Samen Thuis'\n\nHeuveldal opent een inloop voor ouderen in de bibliotheek.\n"
    assert "Actieplan Samen Thuis" in initiatives_in(text)


# Document type: a quote and its speaker, an adjective between


def test_a_quote_said_by_a_pleased_alderman_makes_a_news_item():
    text = ("Het nieuwe jongerenloket in Dalwijk is open. \u201cJongeren vinden ons nu veel makkelijker\u201d, aldus een "
            "trotse wethouder De Wit. In 2031 volgt een loket in Bergveen.\n")
    assert document_type_of(text) == "other"


def test_a_letter_by_its_reply_reference_and_direct_number_is_no_budget():
    text = ("gemeente Heuveldal\nAan de raadscommissie Welzijn\nUW BRIEF VAN\n2 juni\nDOORKIESNUMMER\n0123-456789\n"
            "ONDERWERP\nNotitie mantelzorg\n\nIn de notitie leest u hoe wij mantelzorgers in de dorpen beter willen "
            "steunen.\n")
    assert document_type_of(text) == "other"


def test_two_editions_of_a_plan_are_told_apart_by_their_periods():
    text = ("Besluitenlijst\n  • De looptijd van de Gezonde Agenda 2019-2022 wordt een jaar langer.\n"
            "  • Voor de volgende Gezonde Agenda 2023-2027 start een ronde langs de dorpen.\n")
    got = initiatives_in(text)
    assert {"Gezonde Agenda 2019-2022", "Gezonde Agenda 2023-2027"} <= got, got


# Figures: the points of an argument; the reports of the cycle


def _figure_values(text: str) -> list[float]:
    return [f.value for f in find_figures(text, 2031)]


def test_a_small_number_weighed_by_an_adjective_is_no_figure():
    assert 2.0 not in _figure_values("In Heuveldal spelen twee grote problemen: eenzaamheid en schulden.")


def test_a_small_number_of_new_things_stays_a_figure():
    assert 2.0 in _figure_values("Dit jaar openden we twee nieuwe buurthuizen in Dalwijk.")


def test_the_number_of_the_cycles_reports_is_no_figure():
    assert 2.0 not in _figure_values("Naast de begroting en de jaarstukken zijn er twee bestuursrapportages per jaar.")


# Programmes: a numbered title the next line calls the programme; a programme named in quotes


def test_a_numbered_title_that_the_next_line_calls_the_programme_is_one_beside_numbered_taakvelden():
    text = ("Meer\nPublicatiedatum: 17-10-2030\n\nInhoud\n\n4. Samenleving\n\nDit programma gaat over:\n\n"
            " • Ontmoeting, sport en hulp dicht bij huis.\n\nTaakvelden\n03. Jeugdhulp\n"
            "05. Kunst en cultuur\n")
    assert "Samenleving" in meta_of(text).programmes


def test_a_numbered_title_beside_its_neighbours_stays_an_item_of_a_list():
    text = "4. Samenleving\n\nWe werken aan vier opgaven:\n3. Wonen\n5. Werken\n"
    assert "Samenleving" not in meta_of(text).programmes


def test_a_programme_named_in_quotes_is_a_programme():
    text = ("Omschrijving programma\n\nHet programma 'Sterk Heuveldal' omvat alles wat met ontmoeting, zorg en "
            "werk te maken heeft.\n")
    assert "Sterk Heuveldal" in meta_of(text).programmes


def test_a_number_of_things_big_and_small_stays_a_figure():
    assert 40.0 in _figure_values("In Heuveldal wordt gewerkt aan ruim 40 grote en kleine bouwplannen.")


# Document type: a photograph's copyright; the state of the books during the year


def test_a_newspaper_item_with_its_photographs_copyright_is_no_budget():
    text = ("Nieuwe speeltuin voor Dalwijk\n\nDe speeltuin aan de Beekstraat.\u00a9 Foto Studio Dalwijk\n\n"
            "Kinderen in Dalwijk spelen voortaan in een vernieuwde speeltuin. De buurt dacht zelf mee over het "
            "ontwerp en de kosten.\n")
    assert document_type_of(text) == "other"


def test_the_state_of_the_books_during_the_year_is_a_mid_year_report():
    text = ("Programma 2 Zorg\n\nOverzicht per product\n\nProduct Begroot Besteed Stand per 3 november 2031 "
            "Verwachting\n2.1 Wijkteams € -812.400 € -655.120 € -120.000\n")
    assert document_type_of(text, source="heuveldal_2031.txt") == "other"


def test_the_state_of_the_books_before_the_year_leaves_a_budget():
    text = ("Programma 2 Zorg\n\nOverzicht per product van de begroting\n\n"
            "Product Stand per 3 november 2030 Begroting\n2.1 Wijkteams € -812.400 € -830.000\n")
    assert document_type_of(text, source="heuveldal_2031.txt") == "begroting"


# Organisations: a list of those present, names with initials and abbreviations


_PRESENT = ("Aanwezigen\n\nWelzijn Heuveldal\nStichting Het Baken\nHVB\nChr. Muziekvereniging Zonnewende\n"
            "Harmonie Dalwijk K.B.K.\nKookclub De Pan\nToneelgroep Het Masker\n\nVerslag\n\nDe avond ging over de "
            "nieuwe agenda.\n")


def test_a_list_of_those_present_goes_on_past_a_name_closed_by_its_initials():
    got = orgs_in(_PRESENT)
    assert {"Kookclub De Pan", "Toneelgroep Het Masker"} <= got, got


def test_a_name_in_a_list_may_hold_an_abbreviated_word_and_be_three_capitals():
    got = orgs_in(_PRESENT)
    assert {"Chr. Muziekvereniging Zonnewende", "HVB"} <= got, got


def test_people_present_with_their_titles_and_initials_are_no_organisations():
    text = ("Aanwezig\n\nBurgemeester Drs. H. van Dalen\nWethouder A.M. de Wit\nSecretaris R.T. Bos\n"
            "Beleidsadviseur K. Bakker\n\nAfwezig\n")
    got = orgs_in(text)
    assert not any("Drs." in n or "Bakker" in n for n in got), got


def test_the_examples_of_organisations_that_take_part_are_organisations():
    text = ("Rond de school is een netwerk. Diverse organisaties werken er samen, zoals Jeugdteam Dalwijk Noord en "
            "Zorggroep Bergveen.")
    assert "Jeugdteam Dalwijk Noord" in orgs_in(text)


def test_the_programmes_of_a_contents_in_capitals_leave_out_the_title_pages_of_their_parts():
    text = ("Jaarverslag 2030\n\nInhoud\n\nInhoud ...... 2 Voorwoord ...... 4 Samenvatting ...... 6\n\n"
            "PROGRAMMA'S ...... 10 Sociaal cluster ...... 11 Meedoen in Heuveldal ...... 12 Zorg dichtbij ...... 19 "
            "Fysiek cluster ...... 27 Werk voor iedereen ...... 28 Levendig centrum ...... 35 Algemene "
            "dekkingsmiddelen ...... 41 Overzicht overhead ...... 44\n\nPARAGRAFEN ...... 50\n")
    got = meta_of(text).programmes
    assert {"Meedoen in Heuveldal", "Zorg dichtbij", "Werk voor iedereen", "Levendig centrum"} <= set(got), got
    assert not any("cluster" in p for p in got), got


def test_the_standard_heading_of_a_programmes_aim_is_no_programme():
    text = ("Beleidsveld Zorg\nBeleidsdoel\nHeuveldal wil dat ouderen langer thuis wonen, met steun van buren en "
            "vrijwilligers.\nWat willen we bereiken?\nMinder eenzaamheid.\n")
    assert "Beleidsdoel" not in meta_of(text).programmes


# The cycle's documents: the autumn letter


def test_the_autumn_letter_is_a_document_of_the_cycle_not_an_undertaking():
    text = "Volgens de wethouder toont de Najaarsbrief Financiën een klein tekort bij de jeugdhulp in Dalwijk."
    assert not any(n.startswith("Najaarsbrief") for n in initiatives_in(text))


def test_a_page_titled_as_the_autumn_letter_is_no_budget():
    text = ("Najaarsbrief 2031\n\nDeze brief gaat over de uitvoering van de begroting tot oktober. De jeugdhulp kost "
            "meer dan geraamd.\n")
    assert document_type_of(text) == "other"


# Initiatives: people to write to, people who speak for a body


def test_the_person_to_write_to_is_no_title():
    text = "Vragen over de cursus voor vrijwilligers? Mail naar Jorieke Voskuilen, zij helpt u verder."
    assert "Jorieke Voskuilen" not in initiatives_in(text)


def test_a_speaker_and_the_body_she_speaks_for_is_no_title():
    text = "Na de pauze volgt een praatje over Digitale Hulp door Wieke Wolters van het Kenniscentrum Thuis."
    assert "Wieke Wolters" not in initiatives_in(text)


def test_a_title_after_door_without_a_body_after_it_stays():
    text = "Eenzaamheid pakken we aan door Zilveren Draad, een project met vrijwilligers."
    assert "Zilveren Draad" in initiatives_in(text)


def test_the_page_numbers_of_a_document_sites_transcript_are_no_figures():
    text = ("Download \"nota mantelzorg\"\n\nTranscriptie\n\n1 nota mantelzorg Heuveldal maart 2030\n\n2 2 Nota "
            "Mantelzorg\n\n3 Inleiding Mantelzorgers verdienen steun. In Heuveldal wonen 4.100 ouderen alleen.\n")
    values = _figure_values(text)
    assert 4100.0 in values and not {1.0, 2.0, 3.0} & set(values), values


# Neighbourhoods: where houses are built


def test_the_places_where_houses_are_built_are_neighbourhoods():
    text = ("Er komen woningen in onder andere Heuvelpark, Dalhof en Bergweide. Ook in het gebied Haven-Noord "
            "verrijzen nieuwe huizen.")
    got = in_chapter(text, "neighbourhoods")
    assert {"Heuvelpark", "Dalhof", "Bergweide", "Haven-Noord"} <= got, got


def test_the_area_of_a_policy_field_is_no_neighbourhood():
    text = "Op het gebied van Kunst en Spel is in Dalwijk veel te beleven."
    assert not in_chapter(text, "neighbourhoods") & {"Kunst", "Kunst en Spel", "Spel"}


def test_the_policy_a_budget_says_it_has_laid_down_is_no_look_back():
    text = ("Het armoedebeleid hebben we eerder vastgelegd in een nota. Het jeugdbeleid hebben we ook "
            "vastgelegd in een visie op opgroeien. Wij streven naar een dorp waar niemand buiten de boot valt.")
    assert document_type_of(text) == "begroting"


def test_a_year_that_looks_back_still_makes_an_annual_report():
    text = ("In 2024 hebben we veertig vrijwilligers opgeleid en is de inloop in Dalwijk geopend. Het beleid daarvoor "
            "staat vastgelegd in een nota uit 2021.")
    assert document_type_of(text) == "jaarverslag"
