"""Constructions of any report, sixty-second round. Every text here is invented."""

from .conftest import initiatives_in, meta_of, names_of, orgs_in

# Organisations: a service by its name, a committee after its chair, a heading run into a sentence


def test_a_service_named_dienst_is_an_organisation():
    got = orgs_in("We werken samen in de regio, zoals in het Zorgplatform Heuveldal en de Dienst Dalwijkerveld.")
    assert "Dienst Dalwijkerveld" in got, got


def test_a_department_named_dienst_by_its_policy_fields_is_none():
    assert not any(n.startswith("Dienst") for n in orgs_in("Het plan werkt de Dienst Verkeer en Veiligheid in het voorjaar uit."))


def test_a_joint_social_service_keeps_its_whole_kind():
    got = orgs_in("De uitvoering ligt bij de Gezamenlijke Dienst (GDH) Heuveldal, die de bijstand verstrekt.")
    assert not any(n.startswith("Dienst") for n in got), got


def test_a_committee_named_after_its_chair_with_a_capital_is_an_organisation():
    sentence = "Onzeker zijn nog de compensatie na het advies van de Commissie-Van Dalen, de index en de heffingen."
    assert "Commissie-Van Dalen" in orgs_in(sentence)
    assert "Commissie-Van Dalen" not in initiatives_in(sentence)


def test_a_council_committee_is_no_organisation():
    assert not any("Commissie" in n for n in orgs_in("Daarna bespreekt de Commissie Dorpen de nota op 3 maart."))


def test_a_heading_run_into_the_sentence_under_it_is_no_organisation():
    text = ("Programmabegroting 2031\nVoorwoord\n|\nInleiding\n|\nParagrafen\nVoorwoord Hiermee biedt het college de raad "
            "de begroting 2031 aan. De zorgkosten stijgen.\n")
    assert not any("Hiermee" in n for n in names_of(text, "organisations"))


# Initiatives: the next sentence run into a name without a space


def test_a_name_before_a_glued_sentence_keeps_its_last_word_whole():
    sentence = ("We werken samen in de regio, zoals het Zorgplatform Heuveldal en de Dienst Dalwijkvallei.Ook zal de "
                "raad besluiten.")
    got = orgs_in(sentence) | initiatives_in(sentence)
    assert "Dienst Dalwijkvallei" in got, got
    assert not any(n.endswith("Dalwijkvall") for n in got), got


# Programmes: a report site's programme page under its spending shares


def test_a_programme_title_under_its_shares_loses_its_number_and_the_word_programma():
    text = ("Uitgaven\n\n21,05%\n\n€ 12.400\n\nx € 1.000\n21,05% Complete\n\nInkomsten\n\n6,10%\n\n€ 3.100\n\nx € 1.000\n"
            "6,10% Complete\n\nSaldo\n\n7,20%\n\n€ -9.300\nx €1.000\n\n7. Programma Zorg, Jeugd en Meedoen\n\nUitgaven\n\n"
            "Wij willen dat inwoners van Bergveen hulp dichtbij vinden.\n")
    assert meta_of(text).programmes == ["Zorg, Jeugd en Meedoen"]


# Figures: a table printed one cell per line whose difference column has no year; a row's code in a cell of its own


def test_a_difference_column_without_a_year_leaves_the_years_to_the_columns_before_it():
    from sdkg.loaders.extract.figures import find_figures

    text = ("Financiële begroting\n\nLasten\n\nBegroting\n\nBegroting\n\nVerschil\n\n2030\n\n2031\n\n"
            "Thema 1. Ontmoeten\n\nWijkteams\n\n-1.210\n\n-1.340\n\n-130\n\nMantelzorg\n\n-402\n\n-415\n\n-13\n\n"
            "Totaal 1. Ontmoeten\n\n-1.612\n\n-1.755\n\n-143\n\nThema 2. Werk\n\nBijstand\n\n-5.120\n\n-5.300\n\n-180\n\n"
            "Totaal 2. Werk\n\n-5.120\n\n-5.300\n\n-180\n")
    got = {(f.label, f.value, f.year) for f in find_figures(text, 2031)}
    assert ("Totaal 1. Ontmoeten", -1755.0, 2031) in got, got
    assert ("Wijkteams", -1340.0, 2031) in got, got
    assert not any(v in (-130.0, -143.0) for _l, v, _y in got), got  # the differences are no figures


def test_a_row_code_in_a_cell_of_its_own_leaves_the_name_as_the_label():
    from sdkg.loaders.extract.figures import find_figures

    text = ("Wat heeft het gekost\nProgramma Meedoen | Bedragen x € 1.000 | ||||\n"
            "Omschrijving | Begroting 2030 | Begroting 2030 na wijziging | Rekening 2030 | Verschil |\n"
            "Lasten | ||||\nM2A1.30 | Wijkteams | 2.410 | 2.480 | 2.515 | -35 |\n---|---|---|---|---|---|\n"
            "M2A2.30 | Schuldhulp | 812 | 840 | 822 | 18 |\nTotaal lasten | 3.222 | 3.320 | 3.337 | -17 |\n")
    got = {(f.label, f.value, f.year) for f in find_figures(text, 2030)}
    assert ("Wijkteams", 2515000.0, 2030) in got, got
    assert ("Schuldhulp", 822000.0, 2030) in got, got


def test_the_volunteer_centre_by_its_kind_with_a_capital_is_an_organisation():
    assert "Vrijwilligerscentrale" in orgs_in("Wie zich wil inzetten, kan terecht bij de Vrijwilligerscentrale in het "
                                              "gemeentehuis.")
    assert not orgs_in("Er is behoefte aan een vrijwilligerscentrale in elke kern.")


# Document type: a press release by its opening


def test_a_headline_with_a_verb_ending_in_a_vowel_and_t_is_a_news_item():
    text = ("Vaals sluit 2030 af met een klein tekort\n\nIn de raadsvergadering van juni bespreekt de raad het "
            "jaarverslag. Er is meer uitgegeven aan jeugdhulp dan gepland.\n")
    assert meta_of(text).document_type == "other"


def test_a_text_that_opens_with_the_municipality_in_the_third_person_is_a_press_release():
    text = ("De gemeente Vaals krijgt een hogere bijdrage voor de opvang van statushouders. Het geld gaat naar "
            "taallessen en begeleiding naar werk, zo staat in het jaarverslag over 2030.\n")
    assert meta_of(text).document_type == "other"


def test_a_numbered_section_then_the_municipality_in_the_third_person_is_still_the_report():
    text = ("§4. Samenwerking\n\nDe gemeente Vaals heeft in 2030 deelgenomen aan twee regelingen. In 2030 hebben we "
            "de bijdragen betaald zoals begroot; het jaarverslag 2030 laat zien wat dat kostte.\n")
    assert meta_of(text).document_type != "other"


# Programmes: a document's own parts as numbered chapter titles, a part's number before its name


def test_a_documents_own_part_as_its_numbered_title_is_no_programme():
    assert meta_of("3. Aanbieding en samenvatting\n\nMet deze kadernota schetsen we de koers.\n").programmes == []
    assert meta_of("6. Ingediende voorstellen en aanmeldingen\n\nBedrag x € 1.000\n").programmes == []


def test_a_domains_number_before_its_name_is_dropped():
    text = ("Domeinen\n\nDomein 2 | Zorg en nabijheid\n\nDomein 2 | Wat willen we bereiken?\n\nVisie\n\nIn Bergveen "
            "groeien kinderen gezond op.\n")
    assert meta_of(text).programmes == ["Zorg en nabijheid"]


# Organisations: a foundation's name that holds "voor de", "’t" or a saint's abbreviated title


def test_a_foundations_name_keeps_voor_de_and_an_apostrophe_article_and_a_saints_title():
    assert "Huis voor de Muziek Heuveldal" in orgs_in(
        "De raad stemt in met de bijdrage aan Stichting Huis voor de Muziek Heuveldal en het jeugdorkest.")
    assert "Speeltuin ’t Bolletje" in orgs_in("De subsidie aan Stichting Speeltuin ’t Bolletje wordt verhoogd.")
    assert "Wijkhuis St. Joris" in orgs_in("De subsidie aan Stichting Wijkhuis St. Joris wordt verhoogd.")


# Programmes: listed after a colon to the sentence's end, in sentence case or numbered in brackets


def test_programmes_in_sentence_case_listed_after_a_colon():
    text = ("Voorwoord\n\nWij ordenen de resultaten binnen de vier vastgestelde programma’s: Bergveen groeit, Bergveen "
            "zorgt, Bergveen werkt en Bergveen beweegt. Het jaar was onrustig.\n")
    assert meta_of(text).programmes == ["Bergveen groeit", "Bergveen zorgt", "Bergveen werkt", "Bergveen beweegt"]


def test_programmes_numbered_in_brackets_after_a_colon():
    text = ("Aanbieding\n\nUit het collegeakkoord volgen drie programma's: (1) Zorg en Nabijheid, (2) Leren en (3) "
            "Werk. Daarmee geven we richting aan de komende jaren.\n")
    assert meta_of(text).programmes == ["Zorg en Nabijheid", "Leren", "Werk"]


def test_a_colon_list_that_runs_on_into_the_sentence_is_no_list_of_programmes():
    text = "Opvallend in de programma's: Zorg is duurder, Werk is goedkoper en Wonen blijft gelijk aan 2030.\n"
    assert meta_of(text).programmes == []


# Organisations: where a listed partner works is no part of its name; the province as the one that sets demands


def test_a_partner_listed_with_the_area_it_works_in_is_named_without_it():
    got = orgs_in("Samen met Woonstede in de Vogelbuurt in Dalwijk bouwen we nieuwe woningen.")
    assert "Woonstede" in got and not any("Vogelbuurt" in n for n in got), got


def test_the_province_whose_demands_or_approval_a_budget_meets_is_a_body():
    assert "Provincie Gelderland" in orgs_in("Het college volgt hierin de eis van de provincie Gelderland.")
    assert "Provincie Gelderland" in orgs_in("Voor de lening is goedkeuring van de provincie Gelderland nodig.")


def test_a_name_that_holds_in_het_and_no_area_keeps_it():
    assert "Spelen in het Park" in orgs_in("Wij werken daarin samen met Spelen in het Park, Kledingbank Dalwijk en de "
                                           "bibliotheek.")
