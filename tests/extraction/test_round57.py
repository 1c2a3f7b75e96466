"""Constructions of any report, fifty-seventh round. Every text here is invented."""

from .conftest import CHAPTER, initiatives_in, meta_of, names_of, orgs_in
from .conftest import document_type_of as _type

# Document type: the letter that offers the report, a municipal site's trail into its news


def test_the_letter_that_offers_the_account_is_the_account_whatever_its_date_line():
    text = ("Aan de raad\nPutten, 28 mei 2032\nAanbiedingsbrief\n\nMet dit jaarverslag laten we zien wat er van onze "
            "plannen terecht is gekomen. Het was een jaar met veel nieuwe taken in de zorg en de jeugdhulp.\n")
    assert _type(text) == "jaarverslag"


def test_the_college_offering_its_programme_account_is_no_other_document():
    text = ("Geachte leden van de raad,\n\nHierbij biedt ons college u de programmarekening 2031 aan. In deze "
            "aanbiedingsbrief geven wij de hoofdpunten weer. Het saldo valt hoger uit dan geraamd.\n")
    assert _type(text) == "jaarverslag"


def test_the_letter_that_offers_both_parts_offers_the_jaarstukken():
    text = ("Geachte leden van de raad,\n\nHierbij bieden we u het jaarverslag en de jaarrekening 2031 aan. We kijken "
            "terug op een jaar waarin veel is bereikt.\n")
    assert _type(text) == "jaarstukken"


def test_the_letter_that_offers_a_budget_offers_a_budget():
    text = ("Putten, 2 oktober 2031\n\nGeachte leden van de raad,\n\nHierbij bieden wij u de programmabegroting 2032 "
            "aan. In 2032 gaan we verder met de wijkteams.\n")
    assert _type(text) == "begroting"


def test_another_bodys_budget_offered_to_the_council_is_not_the_municipalitys():
    text = ("Raadsvoorstel\n\nPutten, 2 april 2031\n\nGeachte leden van de raad,\n\nHierbij bieden wij u de begroting "
            "2032 van de GGD aan, met het verzoek uw zienswijze te geven.\n")
    assert _type(text) != "begroting"


def test_a_municipal_sites_trail_into_its_news_marks_a_news_item():
    text = ("Naar de inhoud\nU bent hier: Home > Actueel\n\nNieuw fietspad langs de Eem\n\nHet fietspad wordt breder. "
            "De kosten voor het begrotingsjaar 2032 betaalt de provincie mee.\n")
    assert _type(text) == "other"


# Programmes: listed after the plural, a table's rows by padded numbers, a heading in capitals, no people


def _programmes(text: str) -> list[str]:
    return meta_of(text).programmes


def test_programmes_listed_right_after_the_plural():
    text = ("In dit verslag leest u wat er bereikt is. Daarna komen de programma's Wonen, Werk, Zorg en Bestuur "
            "elk aan bod.\n")
    assert set(_programmes(text)) == {"Wonen", "Werk", "Zorg", "Bestuur"}


def test_two_names_after_the_plural_are_no_list_of_programmes():
    assert _programmes("In de programma's Jeugd en Zorg werken we samen met de scholen.\n") == []


def test_a_tables_rows_of_padded_numbers_are_its_programmes():
    text = ("bedrag x € 1.000\n\nProgramma\nLasten\nBaten\n01 Zorg en welzijn\n12.100\n4.200\n02 Onderwijs\n5.300\n"
            "1.900\n04 Openbare ruimte\n6.200\n7.000\n06 Bestuur en")
    assert _programmes(text) == ["Zorg en welzijn", "Onderwijs", "Openbare ruimte"]


def test_a_navigation_line_in_capitals_names_the_programme_without_its_number():
    text = ("Terug naar navigatie - PROGRAMMA 3 – ZORG EN WELZIJN - Visie\n\nWat willen we bereiken?\nIn 2032 willen "
            "we dat inwoners langer thuis wonen.\n")
    assert [p.lower() for p in _programmes(text)] == ["zorg en welzijn"]


def test_heads_of_department_by_their_initials_are_no_programme():
    text = ("Portefeuillehouder:\nP. Jansen\nVerantwoordelijk teamleider:\nJ. Visman (Zorg), M. Smit (Werk)\n"
            "Wat willen we bereiken?\nIn 2032 willen we dat inwoners langer thuis wonen.\n")
    assert _programmes(text) == []


def test_a_programme_is_named_without_the_short_form_after_it():
    text = ("Programma 6 Sociaal domein\n\nDeelprogramma 6A Maatschappelijke ondersteuning (Wmo)\n\nWat willen we "
            "bereiken?\nIn 2032 willen we dat inwoners langer thuis wonen.\n")
    assert "Maatschappelijke ondersteuning" in _programmes(text)
    assert "Maatschappelijke ondersteuning (Wmo)" not in _programmes(text)


def test_the_sites_own_heading_over_aims_and_results_is_no_programme():
    text = "Doelen & Resultaten\n\nWat willen we bereiken?\n\nInwoners voelen zich thuis in hun buurt.\n"
    assert _programmes(text) == []


# Organisations: a list after its kind and a comma, a school of two towns, the region the partners work in


def test_names_listed_after_their_kind_and_a_comma_are_bodies():
    found = orgs_in("Voor de inburgering werken we met de taalaanbieders, Lingua Plus, Taalhuis Noord en Woordwijs.")
    assert {"Lingua Plus", "Taalhuis Noord", "Woordwijs"} <= found


def test_a_school_of_two_towns_is_one_body():
    found = orgs_in("De cursus wordt gegeven door de Hogeschool Tiel en Culemborg.")
    assert "Hogeschool Tiel en Culemborg" in found
    assert "Hogeschool Tiel" not in found


def test_a_school_and_another_body_are_two():
    found = orgs_in("De cursus wordt gegeven door de Hogeschool Tiel en Stichting Lichtpunt.")
    assert "Hogeschool Tiel" in found
    assert "Hogeschool Tiel en Stichting Lichtpunt" not in found


def test_the_region_the_partners_work_in_is_no_body():
    sentence = "Samen met de samenwerkingspartners in Holland Rijnland en Midden-Holland zoeken we naar oplossingen."
    assert not {"Holland Rijnland", "Midden-Holland"} & orgs_in(sentence)
    assert not any("Holland" in n for n in initiatives_in(sentence))


def test_a_regions_body_that_acts_is_still_a_body():
    assert "Holland Rijnland" in orgs_in("Holland Rijnland koopt de jeugdhulp in voor de gemeenten.")


# Initiatives: named after "initiatieven als", English small words inside a name; a part of a programme alone


def test_initiatives_named_after_their_kind_and_als():
    found = initiatives_in("Eenzame inwoners vinden aansluiting via initiatieven als Tools for Life en Koffie Bij Kees.")
    assert {"Tools for Life", "Koffie Bij Kees"} <= found
    assert "Life en Koffie Bij Kees" not in found


def test_a_programme_part_by_its_kind_alone_is_no_initiative():
    text = "icon Deelprogramma 3C WERK EN INKOMEN\n\nWat hebben we bereikt?\nIn 2031 hielpen we meer inwoners.\n"
    assert "Deelprogramma" not in names_of(text, "initiatives")


def test_a_dated_note_and_the_regulation_beside_it_are_two():
    found = initiatives_in("Het college volgt de kadernota sportbeleid 2030-2034 en de Algemene Subsidieverordening "
                           "Bergveen.")
    assert {"kadernota sportbeleid 2030-2034", "algemene subsidieverordening bergveen"} <= {n.lower() for n in found}
    assert not any(" en de " in n for n in found)


def test_a_name_read_from_inside_brackets_leaves_the_closing_one():
    found = names_of("Jaarverslag 2031\n\nWat de gemeenschappelijke regelingen betreft: hun begrotingen zijn de raad "
                     "toegestuurd en dat heeft twee keer tot een zienswijze geleid (Vervoer Noord en RBX). Dat is vaker "
                     "dan vorig jaar.\n", "initiatives")
    assert not any(n.endswith(")") for n in found)


def test_the_countrys_budget_note_and_a_mid_year_note_are_no_initiatives():
    found = initiatives_in("Door de Miljoenennota van dit jaar valt de algemene uitkering lager uit; de Lentenota "
                           "en de Herfstnota rekenden daar nog niet mee.")
    assert not {"Miljoenennota", "Lentenota", "Herfstnota"} & found


def test_a_municipal_department_and_a_kind_of_study_are_no_initiatives():
    found = initiatives_in("Sinds dit jaar voert Sociale Zaken Putten de bijstand zelf uit. We laten een "
                           "Maatschappelijke Kosten Baten Analyse maken van de wijkteams.")
    assert not {"Sociale Zaken Putten", "Maatschappelijke Kosten Baten Analyse"} & found


# Year: a file dated by its publisher whose text names only other years in passing states none


# (an indicator table's rows, each with the year it was measured)
_IN_PASSING = "Programma Samenleving\n\n" + "".join(
    f"Indicator\n\nEenheid\n\nPeriode\n\nBron\n\nPutten\n\nNederland\n\n{label}\n\n% {ages} jaar\n\n2027\n\n"
    f"CBS\n\n{a}\n\n{b}\n\n"
    for label, ages, a, b in (("Jongeren met jeugdhulp", "0 tot 18", "9,36", "9,45"),
                              ("Jongeren zonder werk", "16 tot 23", "2,10", "2,21")))


def test_a_dated_file_whose_text_names_other_years_in_passing_states_no_year():
    assert meta_of(_IN_PASSING, source="12_putten_2031.txt").year is None


def test_a_dated_file_whose_text_names_its_year_has_it():
    text = _IN_PASSING + "In 2031 gaan we verder met de wijkteams.\n"
    assert meta_of(text, source="12_putten_2031.txt").year == 2031


def test_an_undated_files_text_is_still_dated_by_the_year_it_names():
    assert meta_of(_IN_PASSING, source="putten.txt").year == 2027


# Document type: a speech, the municipality's news in the local paper, a headline with the municipality as who acts


def test_a_new_years_speech_is_no_budget():
    text = ("Nieuwjaarsspeech\n\nBeste inwoners, fijn dat u er bent. Het komende jaar willen we de buurthuizen "
            "openhouden en de mantelzorgers steunen.\n")
    assert _type(text) == "other"


def test_the_municipalitys_news_page_in_the_local_paper_is_no_budget():
    text = ("Gemeenteberichten week 12\n\nUit het college\n\n• Subsidie voor de buurthuizen\n• Mantelzorgwaardering"
            "\n\nHet college wil de buurthuizen ook volgend jaar steunen.\n")
    assert _type(text) == "other"


def test_a_headline_with_the_municipality_acting_is_news():
    text = ("Gemeente Putten\n\nPutten opent nieuw steunpunt voor vrijwilligers\n\nVanaf maart kunnen verenigingen "
            "er terecht met vragen. Het college wil vrijwilligers beter ondersteunen en trekt er geld voor uit.\n")
    assert _type(text) == "other"


def test_a_chapter_title_with_a_verb_is_no_headline_without_the_municipality():
    text = ("Zorg blijft dichtbij en wordt beter\n\nWat willen we bereiken?\nIn 2032 willen we dat inwoners langer thuis "
            "wonen.\n")
    assert _type(text) == "begroting"


# Initiatives: no spoken quote, no quoted part of the page, no reader's verb, no holiday, honour or labour agreement


def test_what_someone_says_in_quotes_is_no_title():
    found = initiatives_in("De eigen bijdrage vervalt. “Hier zijn we blij mee”, zegt wethouder Jansen.")
    assert "Hier zijn we blij mee" not in found


def test_a_quoted_part_of_the_page_is_no_title():
    found = names_of("Minimaregeling\n\nHier staat informatie over: \"Aanvragen\"\n\nAanvragen\n\nDe regeling is er "
                     "voor inwoners met een laag inkomen. Oudere besluiten staan in ons 'Archief'. Bij het onderdeel "
                     "\"Risico's\" staat nog niets.\n", "initiatives")
    assert not {"Aanvragen", "Archief", "Risico's"} & found


def test_a_named_undertaking_in_quotes_is_still_one():
    assert "Wijkmaatjes Oost" in initiatives_in("Met het project “Wijkmaatjes Oost” bereiken we eenzame ouderen.")


def test_what_the_reader_may_do_with_a_plan_is_no_part_of_its_name():
    found = initiatives_in("Wie meer wil weten, kan de Woonzorgvisie integraal lezen.")
    assert not any("lezen" in n for n in found)


def test_a_holiday_an_honour_and_the_labour_agreement_are_no_initiatives():
    found = initiatives_in("Op Hemelvaartsdag reikte de burgemeester namens Zijne Majesteit de versierselen uit van Lid "
                           "in de Orde van Oranje-Nassau. De loonkosten stijgen door de Cao Gemeenten.")
    assert not {"Hemelvaartsdag", "Zijne Majesteit", "Lid in de Orde van Oranje-Nassau", "Cao Gemeenten"} & found


# Organisations: a regulation, a programme with a body word, a street after "St.", council committees, glued sentences


def test_a_regulation_named_as_a_ground_is_no_body():
    found = names_of("Besluit\n\nGelet op artikel 7, derde lid van de Algemene Subsidieverordening Putten 2029, en "
                     "hoofdstuk 4 van de Algemene wet bestuursrecht;\n\nbesluit het college de subsidie toe te "
                     "kennen.\n", "organisations")
    assert not any("verordening" in n.lower() for n in found)


def test_a_programmes_name_with_its_short_form_is_no_body():
    assert not any("programma" in n.lower() for n in orgs_in(
        "In het College Werkprogramma (CWP) staan de opgaven voor de komende jaren."))


def test_a_street_after_st_is_no_foundation():
    found = orgs_in("Nieuw zijn het gemeentehuis, het St. Jorisplein en zorgcentrum De Linde.")
    assert not any("plein" in n for n in found)


def test_the_council_committees_are_no_body():
    found = names_of("Algemene beschouwingen\n\nOok de leden van de Raadscommissies kregen de stukken vooraf.\n\nWij "
                     "steunen de begroting.\n", "organisations")
    assert "Raadscommissies" not in found


def test_two_sentences_without_their_space_are_no_name():
    found = orgs_in("De plannen zijn in te zien in het gemeentekantoor van Putten.Vragen kunnen tot juni worden gesteld.")
    assert not any("." in n for n in found)


# Programmes: a contents' chapter of programmes and its sections; no field label over a blank line


def test_the_sections_of_a_contents_chapter_of_programmes_are_the_programmes():
    text = ("Inhoud\n\n2 Kerngegevens 5\n\n3 Programma's 8 3.1 Leeswijzer programma's 8 3.2 Zorg en welzijn 12 "
            "3.3 Wonen en leefomgeving 25 3.4 Bestuur 38\n\n4 Paragrafen 60 4.1 Lokale heffingen 60\n")
    assert meta_of(text).programmes == ["Zorg en welzijn", "Wonen en leefomgeving", "Bestuur"]


def test_a_fact_sheets_field_under_a_programmes_number_is_no_programme():
    text = ("Verbonden partij\n\nOnderdeel van de begroting\n\nProgramma 4\n\nDeelnemers\n\n"
            "De deelnemers zijn de gemeenten in de regio.\n")
    assert "Deelnemers" not in meta_of(text).programmes


def test_a_budgets_cover_dated_by_place_and_day_is_no_news():
    text = ("PROGRAMMABEGROTING 2032 Putten in beweging\n\nProgrammabegroting 2032\n\nPutten, 19 september 2031\n\n"
            "Inhoudsopgave\n\n1 Inleiding 3\n2 Programma's 8\n")
    assert _type(text) == "begroting"


def test_a_town_and_a_day_over_a_news_item_still_date_it():
    text = ("Putten, 19 september 2031\n\nDe gemeente opent een nieuw buurthuis in Oost. Wethouder Jansen knipte het "
            "lint door.\n")
    assert _type(text) == "other"


def test_an_account_does_not_look_back_on_a_year_still_to_come():
    text = ("Wat is er gedaan?\n\nDe dorpsraden hebben gewerkt aan de plannen. In 2040 is het dorp klimaatneutraal, zo "
            "spraken zij af.\n")
    assert meta_of(text, source="07_putten_2031.txt").year != 2040


def test_a_national_bodys_branch_before_a_name_that_starts_like_it():
    found = orgs_in("Aan de tafel zaten het BKW, Zorggroep Oost, Hulpkompas, MEE Veluwe Vallei en Meedenkers "
                    "Putten.")
    assert "MEE Veluwe Vallei" in found


def test_a_welfare_organisation_named_after_its_sector():
    sentence = "Het spreekuur wordt gehouden door de corporaties, Sociaal Werk Het Lichtpunt en de wijkagent."
    assert "Sociaal Werk Het Lichtpunt" in orgs_in(sentence)
    assert "Sociaal Werk Het Lichtpunt" not in initiatives_in(sentence)


def test_a_regulation_with_a_capitalised_subject_and_its_year():
    found = initiatives_in("De beleidsregels Schuldhulp 2031 zijn vastgesteld; ook de Verordening Jeugdhulp 2030 blijft.")
    assert {"beleidsregels schuldhulp 2031", "verordening jeugdhulp 2030"} <= {n.lower() for n in found}


def test_a_municipality_inside_a_bodys_name_is_no_other_municipality():
    text = CHAPTER + "De lessen worden gegeven door de Hogeschool Tiel en Culemborg.\n"
    assert names_of(text, "other_municipalities") == set()
    assert "Culemborg" in names_of(CHAPTER + "We werken samen met de gemeente Culemborg.\n", "other_municipalities")


def test_bodies_listed_after_their_kind_with_semicolons():
    found = orgs_in("In overleg met de vrijwilligersorganisaties Helpdesk Noord; Handen Samen; Rode Kruis; BuurtPlus en de "
                    "Zonnebloem is het steunpunt opgezet.")
    assert {"Helpdesk Noord", "Handen Samen", "BuurtPlus"} <= found
