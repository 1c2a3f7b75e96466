"""Constructions of any report, fiftieth round. Every text here is invented."""

from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import CHAPTER, names_of, text_doc
from .conftest import document_type_of as _type


def _programmes(text: str) -> list[str]:
    return infer_meta(text_doc(text), {}).programmes


def _figures(text: str) -> set[tuple[float, int | None]]:
    return {(f.value, f.year) for f in extract(text_doc(text)).figures}


# Document type and year


def test_a_title_naming_the_kind_of_document_without_a_year_outweighs_a_budget_it_refers_to():
    # an account's page that names the budget whose savings it carried out
    body = ("Programma Thuis in de buurt\n\nInleiding\n\nDit programma bundelt ons werk voor ouderen, mantelzorgers en "
            "jongeren. Voor de besparingen uit de begroting 2024 zochten de wijkteams nieuwe werkwijzen.\n")
    assert _type("Programmaverantwoording\n\n" + body) == "jaarverslag"
    assert _type("Jaarverslag\n\n" + body) == "jaarverslag"
    # a budget's page titled without its year, that names an account it builds on, stays a budget
    assert _type("Programmabegroting\n\nProgramma Thuis in de buurt\n\nUit de jaarrekening 2023 blijkt een tekort "
                 "op de Wmo.\n") == "begroting"


def test_a_meeting_page_by_its_labels_is_no_budget():
    # a meeting system's page of a committee evening, its items announced ahead
    text = ("Vergadering : Commissie Samenleving, 3 maart 2025 20:00:00\n\nOver deze vergadering\n\n"
            "Datum:\n3 mrt. 2025, 20:00\nLocatie:\nRaadzaal\nVoorzitter:\nA. Jansen\nGriffier:\nM. de Vries\n\n"
            "Agenda\n\n • De wethouder geeft een toelichting op de mantelzorgregeling. Daarna willen we met de "
            "commissie verkennen hoe we in 2025 de wachtlijsten verkorten.\n")
    assert _type(text) == "other"
    # a budget's page that mentions a meeting in its prose stays a budget
    assert _type("Wat willen we bereiken?\n\nDe aanpak komt aan de orde in de vergadering: elk voorjaar licht de "
                 "wethouder de voortgang toe.\n") == "begroting"


def test_an_account_asks_what_was_done_in_the_past_tense_and_how_far_aims_were_met():
    head = "4. Meedoen\n\nWat willen we bereiken?\n\nAlle inwoners doen mee.\n\n"
    assert _type(head + "Wat deden we?\n\nDoel 1: Meer vrijwilligers\n") == "jaarverslag"
    assert _type(head + "In hoeverre hebben we de doelen bereikt?\n\nDoel 1: Meer vrijwilligers\n") == "jaarverslag"
    # the year's spending beside its amended budget
    assert _type("4. Meedoen\n\nBegroting na wijziging € 8.210.000\nRealisatie € 7.985.000\n\n"
                 "Doel 1: Meer vrijwilligers.\n") == "jaarverslag"


def test_where_an_amount_was_booked_tells_an_account():
    text = ("Programma 5 Zorg\n\nOmschrijving\n\nOnder dit programma vallen de Wmo, de jeugdhulp en het welzijnswerk.\n\n"
            "Product 5A Buurtwerk\n\nHet buurtwerk is verantwoord onder product 5C van dit programma.\n")
    assert _type(text) == "jaarverslag"
    assert _type(text.replace("is verantwoord onder", "hoort bij")) == "begroting"


def test_the_budget_as_first_adopted_is_an_accounts_column_not_the_pages_kind():
    text = ("Inkomen\n\nNiemand valt buiten de boot.\n\nWat heeft het gekost?\n\nTabel lasten en baten "
            "InkomenPrimitieve\nbegroting\n2024\nGewijzigde begroting 2024\n")
    assert _type(text) == "jaarverslag"


def test_what_was_so_before_is_history_not_an_account():
    text = ("Programma 3: Zorg\n\nWaar gaat dit programma over?\n\nSinds dit jaar vallen hier ook de taken onder die "
            "voorheen bij het programma Wonen ondergebracht waren. Ook de opvang, die vroeger onder de Wmo viel, hoort "
            "erbij. De afgelopen jaren waren de kosten van de opvang hoger dan de rijksbijdrage.\n")
    assert _type(text) == "begroting"


def test_the_annual_accounts_named_among_the_cycles_documents_to_come_are_another_document():
    text = ("Financiële ontwikkelingen\n\nWe willen de reserve de komende jaren opbouwen. Wat de voorjaarsnota en de "
            "jaarstukken 2025 nog laten zien, voegen we eraan toe.\n")
    assert _type(text) != "jaarstukken"
    # the page's own name in running text, and a table's column, still type it
    assert _type("Zorg\n\nIn de jaarstukken 2025 leggen we verantwoording af over het jaar.\n") == "jaarstukken"
    assert _type("Beleidsindicatoren\n\nNr. Indicator Jaarstukken 2025 Begroting 2025\n1. Meldingen overlast 12 14\n") \
        == "jaarstukken"


def test_the_dates_of_listed_documents_are_no_reporting_year():
    text = ("Programma 3: Zorg\n\nOp deze kaders bouwt het programma\n- Nota mantelzorg (2016)\n"
            "- Sportnota (2019)\n- Nota armoede (2019)\n- Verordening jeugdhulp (2023)\n- Kader inkoop (2020)\n\n"
            "Samen met de buurtteams versterken we de basis in de wijken.\n")
    assert infer_meta(text_doc(text), {}).year is None


# Programmes


def test_a_programme_named_by_what_it_holds():
    text = ("Wat heeft het gekost?\n\nHet programma Wonen en zorg bevat de lasten van de jeugdhulp, de Wmo en de "
            "bijstand.\n")
    assert _programmes(text) == ["Wonen en zorg"]
    assert _programmes(text.replace("bevat", "kent")) == ["Wonen en zorg"]


def test_a_numbered_programme_heading_in_lower_case():
    text = ("jaarstukken 2025\n\nVerplichte beleidsindicatoren\n\nprogramma 4- welzijn en werk\n\nOmschrijving\n\n2024"
            "\n\n2025\n\nJongeren met jeugdhulp\n\n9,1\n\n9,4\n")
    assert _programmes(text) == ["Welzijn en werk"]
    # a sentence that names a programme in lower case is no heading
    assert _programmes("Wat willen we bereiken?\n\nDe kosten staan in programma 4 - welzijn en werk van de "
                       "begroting.\n") == []


def test_programmes_named_by_number_and_quoted_name_and_under_a_crumb_with_a_bar():
    text = ("Jaarverslag\n\nProgrammaverantwoording\n\n1 | Opgroeien in Bergveen\n\nOmschrijving\n\n"
            "Het speelwerk hoort ook bij het aanbod dat in programma 2 “Bewegen in Bergveen” staat. Het programma "
            "raakt de programma’s 3 “Thuis” (de Wmo) en 5 “Veilig wonen” (thema “Veilig uitgaan”).\n")
    assert set(_programmes(text)) == {"Opgroeien in Bergveen", "Bewegen in Bergveen", "Thuis", "Veilig wonen"}


def test_a_pillar_by_its_label_and_no_programme_from_standard_headings_or_packages():
    assert _programmes("Pijler: Samen\nKenmerken van ons beleid\nWe zetten in op ontmoeting in alle kernen.\n") \
        == ["Samen"]
    assert _programmes("Ambitie\n\nIn dit programma werken we aan een stad waarin iedereen meetelt.\n\nWat willen we "
                       "bereiken?\n\nMinder eenzaamheid.\n") == []
    assert _programmes("Programmabegroting 2025-2028\n\nProgramma's\n\nWat willen we bereiken?\n\nMeedoen.\n") == []
    text = ("Programma 4 Zorg\n\nProduct 4K Jeugd\n\nInhoud\n\nTerug naar navigatie - Pakket 4K Jeugd - Inhoud\n\n"
            "Omschrijving\n")
    assert _programmes(text) == ["Zorg"]


def test_programmes_named_by_what_is_spent_on_them_by_number_in_a_sentence_and_over_their_ambition():
    assert _programmes("Wat heeft het gekost?\n\nAan het programma Zorg, Wijken en Welzijn geven we per saldo 120 "
                       "miljoen euro uit.\n") == ["Zorg, Wijken en Welzijn"]
    assert "Samen sterk" in _programmes("Doel 2.3 Meedoen\n\nDe middelen gaan naar het nieuwe programma 4 Samen sterk.\n")
    assert _programmes("Programmabegroting 2025\n\nWerk, inkomen en inclusie\n\nAmbitie\n\nIn onze gemeente doet "
                       "iedereen mee.\n") == ["Werk, inkomen en inclusie"]


def test_an_undertakings_brand_is_no_programme_of_the_document_and_a_target_column_no_name():
    text = ("Werk\n\nWat hebben we gedaan?\n\nDit jaar steunden we Veen Start2Work. Het programma Veen Start2Work is "
            "een initiatief van de hogeschool en de gemeente.\n")
    assert "Veen Start2Work" not in _programmes(text)
    text = CHAPTER + ("BBV-indicatoren\n\nMeldingen overlast Meldingen per 100 huishoudens Streefwaarde N.v.t. Politie\n"
                      "Realisatie 41,2 (2024)\nJongeren met jeugdhulp % Streefwaarde N.v.t. Jeugdmonitor\n"
                      "Realisatie 9% (2024)\n")
    assert not any("Streefwaarde" in n for n in names_of(text, "initiatives"))


# Organisations


def test_a_list_of_partners_after_a_programmes_name_and_a_province_in_it():
    # the list's first item runs back to the sentence's start, where a programme's name stands: its plan word does not
    # make the list one of plans; a province listed without an article is the body
    text = CHAPTER + ("Het programma Startkracht wordt gedragen door Hogeschool Veenland, Rabobank Veenland, "
                      "Veenland Board, provincie Drenthe, Stichting Opstap en KplusZ. Gedurende een jaar krijgen "
                      "starters begeleiding.\n")
    got = names_of(text, "organisations")
    assert {"Veenland Board", "KplusZ", "Provincie Drenthe", "Opstap"} <= got, got
    # a plan listed beside its organisers still makes the list one of plans
    got = names_of(CHAPTER + "Het jaar kende de Zomerweek, Stichting Opstap, Buurtfeest en Lentemarkt.\n", "organisations")
    assert "Buurtfeest" not in got and "Lentemarkt" not in got, got
    # a province as a kind of region, unnamed, is no body
    assert not names_of(CHAPTER + "Veel jongeren wonen in Drenthe, provincie met veel dorpen, en zoeken werk.\n",
                        "organisations") & {"Provincie", "Provincie Drenthe"}


def test_a_name_said_to_act_as_a_kind_of_body_is_one():
    text = CHAPTER + ("Versterking Werkzaak als leerwerkbedrijf\nWerkzaak heeft in die opdracht een centrale plek.\n")
    got = names_of(text, "organisations")
    assert "Werkzaak" in got, got
    assert "Versterking Werkzaak" not in got, got
    # a part that is no kind of body names none
    assert "Werkzaak" not in names_of(CHAPTER + "We zien Werkzaak als een goede werkgever.\n", "organisations")


# Initiatives


def test_a_listed_decision_of_rules_is_a_document_named_whole():
    # the college's decision that details an ordinance, listed among the ordinances and plans it goes with
    text = CHAPTER + ("Kaders\n  • Verordening jeugdhulp gemeente Bergveen 2020\n"
                      "  • Besluit maatschappelijke ondersteuning gemeente Bergveen maart 2022\n"
                      "  • Nota gezondheidsbeleid 2021-2024\n")
    got = names_of(text, "initiatives")
    assert any(n.startswith("Besluit maatschappelijke ondersteuning gemeente Bergveen") for n in got), got
    # a list item that reports a decision is a sentence, not a document's name
    got = names_of(CHAPTER + "Kaders\n  • Besluit van het college is genomen in maart 2022\n", "initiatives")
    assert not any(n.startswith("Besluit") for n in got), got


def test_names_after_a_plural_of_approaches_are_undertakings():
    text = CHAPTER + "Dat raakt de ketenaanpakken Valpreventie, Gezond Gewicht en Armoedepact, waar we nu aan bouwen.\n"
    assert {"Valpreventie", "Gezond Gewicht", "Armoedepact"} <= names_of(text, "initiatives")


def test_a_sentence_run_into_a_name_without_a_space_is_cut_off():
    text = CHAPTER + ("Wat willen we bereiken? - Regionale Armoedeagenda Jeugd.Met de scholen werken we aan een ontbijt "
                      "voor elk kind. Meer op www.InBergveen.nl.\n")
    got = names_of(text, "initiatives")
    assert "Armoedeagenda Jeugd" in got or "Regionale Armoedeagenda Jeugd" in got, got
    assert not any(".Met" in n for n in got), got


def test_an_acronym_in_brackets_after_a_name_it_spells_is_that_names_other_name():
    # a country-wide scheme's acronym (known on its own) after the name the text gives it
    text = CHAPTER + ("De Tijdelijke Opvang Zelfstandige Ondernemers (TOZO) liep tot de zomer door. Bij de TOZO meldden "
                      "zich veel kappers. Bij de Algemene Beschouwingen nam de raad het plan “Samen verder” aan.\n")
    got = {i.name: i.aliases for i in extract(text_doc(text)).initiatives}
    assert got.get("Tijdelijke Opvang Zelfstandige Ondernemers") == ["TOZO"], got
    assert "TOZO" not in got and "Algemene Beschouwingen" not in got, got
    # initials that do not spell it: two names
    text = CHAPTER + "De Regeling Ondernemers Zelfstandig Ondersteund (TOZO) liep door. Bij de TOZO meldden zich velen.\n"
    assert "TOZO" in names_of(text, "initiatives")


# Figures


def test_an_age_and_all_above_it_is_no_figure():
    # an indicator's explanation under the table, its name with the age group it counts
    text = CHAPTER + ("Indicator:\n\nUitkeringen per 100 inwoners 18 jr. eo\n\nToelichting:\n\nHet aantal "
                      "bijstandsuitkeringen per 100 inwoners.\n\nWe begeleidden 412 inwoners naar werk.\n")
    got = {v for v, _y in _figures(text)}
    assert 18 not in got, got
    assert 412 in got, got


def test_age_ranges_with_a_dash_between_spaces_and_in_plural_are_no_figures():
    text = CHAPTER + ("Werkzame personen per 100 inwoners van 20 – 65 jaar. Schoolverlaters % 17 t/m 23 jarigen. "
                      "We begeleidden 412 inwoners naar werk.\n")
    got = {v for v, _y in _figures(text)}
    assert not got & {20, 65, 17, 23}, got
    assert 412 in got, got


def test_a_programmes_number_before_its_quoted_name_is_no_figure():
    text = CHAPTER + ("Dit programma raakt de programma’s 2 “Thuis” (de Wmo en het welzijnswerk) en 5 “Veilig wonen”. "
                      "We organiseerden 4 “Samen aan tafel”-avonden met 60 deelnemers.\n")
    got = [(f.value, f.label) for f in extract(text_doc(text)).figures]
    assert not any("raakt" in label or "programma" in label for _v, label in got), got
    assert any(v == 60 for v, _l in got), got


def test_a_single_spaced_indicator_table_with_explanations_under_its_rows():
    text = CHAPTER + ("Indicatoren die de regels voor elk programma vragen.\nIndicator 2021 2022 2023 2024\n"
                      "Meldingen overlast 41 37 35 -\nHet aantal meldingen van jeugdoverlast, per 1.000 inwoners.\n"
                      "Jongeren met jeugdhulp 9,1% 9,8% 10,2% 11,4%\nHet aandeel van de jongeren onder de 18 jaar dat "
                      "jeugdhulp krijgt.\n")
    got = _figures(text)
    assert {(41, 2021), (9.1, 2021), (11.4, 2024)} <= got, got
    assert not {(41, 2024), (11.4, 2021), (9.1, 2024)} & got, got
    # a single-spaced table of amounts is a budget table, read as before: the report's own year
    text = CHAPTER + ("Wat mag het kosten?\n\nZorg Begroting Begroting Begroting Begroting\n2022 2023 2024 2025\n"
                      "Lasten 12.345.678 12.601.000 12.880.250 13.004.900\n")
    assert not any(y in (2024, 2025) for _v, y in _figures(text))


def test_numbered_decision_points_and_form_sections_are_no_figures():
    text = CHAPTER + ("1- Gegevens 2- Bestuursorgaan 3- Routing. Het college besluit: 1 de nota armoede goed te keuren; "
                      "2 de raad daarover te informeren; 3 de brief openbaar te maken. Er deden 85 huishoudens mee.\n")
    got = {v for v, _y in _figures(text)}
    assert not got & {1, 2, 3}, got
    assert 85 in got, got


def test_a_committees_round_of_written_questions_is_no_budget():
    text = ("Vragenronde commissie Samenleving\n\nNrOnderwerpFractieVraagAntwoord\n • 17\n • Raadsvoorstel Wmo\n"
            " • Hoe willen we de wachttijden verkorten in 2025?\n • We gaan de aanbieders vragen om een plan.\n")
    assert _type(text) == "other"


def test_buildings_named_after_their_area_are_no_neighbourhoods():
    # "Kerschoten" and "De Maten" are wijken of Apeldoorn (CBS); here they name the buildings of a reception
    text = ("Gemeente Apeldoorn\n\nSociaal domein\n\nEr zijn drie grote locaties (Kerschoten, De Maten en Ugchelen) "
            "voor de opvang. We breiden opvanglocatie de Maten uit. In de wijk Kerschoten opent een buurthuis.\n")
    got = {p.name for p in extract(text_doc(text)).neighbourhoods}
    assert "Kerschoten" in got, got  # (named as a wijk in its own sentence)
    assert not got & {"De Maten", "Ugchelen"}, got
