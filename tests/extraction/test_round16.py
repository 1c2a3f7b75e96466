"""Organisations listed one per line under a heading that announces them, and names after a kind of institution."""

from .conftest import names_of

MEETING = ("Verslag participatiebijeenkomst\n\nOp 12 maart 2024 organiseerde de gemeente Zwolle een bijeenkomst over "
           "de sociale agenda.\n\nAanwezigen\n\nHarmonie Sint Caecilia\nBuurtvereniging De Eendracht\nKBO Zwolle-Zuid\n"
           "Sportclub Olympia\nZorggroep Noord - locatie De Linde\nJan de Vries\nMarieke Bos (wethouder)\n\nContext\n\n"
           "De partners dachten mee over de agenda.")


def test_the_lines_under_a_heading_that_announces_organisations_are_names():
    orgs = names_of(MEETING, "organisations")
    assert {"Harmonie Sint Caecilia", "Buurtvereniging De Eendracht", "KBO Zwolle-Zuid", "Sportclub Olympia",
            "Zorggroep Noord"} <= orgs
    assert not orgs & {"Jan de Vries", "Marieke Bos", "Zorggroep Noord - locatie De Linde", "Context"}
    partners = MEETING.replace("Aanwezigen", "Deelnemende organisaties:")
    assert "Sportclub Olympia" in names_of(partners, "organisations")


def test_a_heading_over_sentences_or_two_lines_announces_no_list():
    prose = ("Sociaal domein\n\nOnze partners\n\nIn 2024 werkten we samen met veel organisaties in de stad.\nDat leverde "
             "veel op.\n\nWelzijn\n\nTekst.")
    assert names_of(prose, "organisations") == set()
    two = MEETING.replace("KBO Zwolle-Zuid\nSportclub Olympia\nZorggroep Noord - locatie De Linde\nJan de Vries\n"
                          "Marieke Bos (wethouder)\n", "")
    assert "Harmonie Sint Caecilia" not in names_of(two, "organisations")
    other = MEETING.replace("Aanwezigen", "Onderwerpen")
    assert "Harmonie Sint Caecilia" not in names_of(other, "organisations")


def test_a_first_name_after_a_kind_of_institution_is_the_institutions_name():
    text = ("Gemeente Zwolle, jaarverslag 2018. De verbouwing van basisschool Bernadette ten behoeve van de "
            "kindercampus is in 2018 gerealiseerd. Wethouder Bernadette opende het gebouw.")
    assert "Bernadette" in names_of(text, "organisations")
    assert "Bernadette" not in names_of(text.replace("basisschool Bernadette", "de school"), "organisations")


def test_a_heading_closed_by_an_offices_title_is_no_name():
    text = ("Programma 3 | Welzijn  Portefeuillehouder\nHoofdstuk 1 Welzijn\n\nWethouder J. van den Berg\n\n"
            "De gemeente Zwolle werkt aan welzijn. Jaarverslag 2018.")
    assert names_of(text, "organisations") == set()


def test_joint_bodies_listed_after_gemeenschappelijke_regelingen_waaronder():
    text = ("Gemeente Zwolle, begroting 2022. Een groot deel van deze taken hebben we uitbesteed aan gemeenschappelijke "
            "regelingen waaronder de RD9, de RUD IJV, de GGD IJsselland en enkele welzijnsstichtingen.")
    assert {"RD9", "RUD IJV"} <= names_of(text, "organisations")


def test_the_college_of_b_en_w_is_no_partner():
    text = "Gemeente Zwolle, begroting 2022. Het college van B&W voert met het besluit een milieuzone in."
    assert "B&W" not in names_of(text, "organisations")


LISTED_BODIES = ("Gemeente Zwolle, jaarstukken 2022. Verbonden partijen.\nGemeenschappelijke regelingen:\n"
                 "  • Gemeenschappelijke Regeling Gemeenschappelijke Gezondheidsdienst (GGD) IJsselland te Zwolle;\n"
                 "  • Gemeenschappelijke Regeling SterkTeam te Zwolle.\n")


def test_a_team_named_with_an_inner_capital_is_a_body():
    assert "SterkTeam" in names_of(LISTED_BODIES, "organisations")
    assert "Wijkteam" not in names_of(LISTED_BODIES.replace("SterkTeam", "Wijkteam"), "organisations")


def test_a_registers_name_does_not_run_on_past_a_bracket():
    assert not any(")" in n for n in names_of(LISTED_BODIES, "organisations"))


SIGNED = ("Gemeente Zwolle, 2022. Onder de naam Samen Verder werken woonzorgcentrum De Bongerd, Gemeente Zwolle, "
          "GGD IJsselland en woonstichting SamenWonen sinds 2021 samen.")


def test_partners_after_their_kind_in_lower_case_and_the_municipality_among_them():
    orgs = names_of(SIGNED, "organisations")
    assert {"De Bongerd", "Woonstichting SamenWonen", "GGD IJsselland"} <= orgs
    assert "Gemeente Zwolle" not in orgs


def test_two_bodies_with_legal_forms_run_together_on_one_line_are_two():
    text = ("Gemeente Zwolle, jaarstukken 2020. Verbonden partijen.\nVennootschappen:\nBuurtkracht BV Regiowerk "
            "Noord BV\nStichtingen en verenigingen:\nStichting Dierenhulp Overijssel Stichting Muziekschool Zwolle\n"
            "Stichting Openbare Bibliotheek Dalfsen Stichting KunstPunt (Stichting Muziekschool Ommen)\n")
    orgs = names_of(text, "organisations")
    assert {"Buurtkracht", "Regiowerk Noord", "Dierenhulp Overijssel", "Muziekschool Zwolle",
            "Openbare Bibliotheek Dalfsen", "KunstPunt"} <= orgs
    assert not any("BV" in n or "Stichting" in n for n in orgs)


def test_examples_in_brackets_after_onder_andere_and_a_name_that_goes_on_before_en():
    text = ("Gemeente Zwolle, 2017. De partners van het netwerk (Buurtwerk Zwolle, Youth for Christ en Leger des Heils) "
            "gebruiken de accommodaties. Ook andere organisaties (onder andere Jongerenpunt, SportPlus en de politie) "
            "zijn meegenomen.")
    orgs = names_of(text, "organisations")
    assert {"Jongerenpunt", "SportPlus"} <= orgs
    assert "Christ" not in orgs


def test_a_senders_address_after_its_name_is_no_part_of_it():
    text = ("Stichting Buurtkracht Zwolle Postbus 578 8000 AN ZWOLLE Verzenddatum Betreft: subsidie 2017. De gemeente "
            "Zwolle verleent de stichting een budgetsubsidie voor het welzijnswerk.")
    orgs = names_of(text, "organisations")
    assert "Buurtkracht Zwolle" in orgs and not any("Postbus" in n for n in orgs)


def test_a_section_word_in_capitals_before_a_place_is_no_body():
    text = ("Onderzoek accommodaties jongerenwerk, december 2017\n\n2 SAMENVATTING Zwolle kent een breed aanbod aan "
            "accommodaties voor het jongerenwerk. WIJ Zwolle beheert er drie.")
    orgs = names_of(text, "organisations")
    assert "WIJ Zwolle" in orgs and "SAMENVATTING Zwolle" not in orgs


TABLE = ("Verbonden partijen gemeente Zwolle\n\n  1.\n\n  GR\n\n  Regiotaxi Vechtdal\n\n   3\n\n  2.\n\n  GR\n\n"
         "  Gegevensbureau (informatievoorziening)\n\n  9\n\n  3.\n\n  GR\n\n  Regionale uitvoeringsdienst IJssel\n\n  5\n\n"
         "  4.\n\n  NV Parkstad Theaters\n\n  7\n\n  5.\n\n  BV Holding Sportpark Zwolle\n\n  0/7\n\n"
         "Vennootschappen: Besloten Vennootschap Glasvezel Regio Zwolle; Naamloze Vennootschap Afvalzorg Vechtdal.\n")


def test_a_table_of_verbonden_partijen_gr_in_one_cell_and_company_forms_first():
    orgs = names_of(TABLE, "organisations")
    assert {"Regiotaxi Vechtdal", "Gegevensbureau", "Parkstad Theaters", "Holding Sportpark Zwolle",
            "Glasvezel Regio Zwolle", "Afvalzorg Vechtdal"} <= orgs
    assert "Regionale" not in orgs  # a cell whose name goes on in lower case is not taken word by word
