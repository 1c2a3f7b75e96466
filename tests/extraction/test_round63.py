"""Constructions of any report, sixty-third round. Every text here is invented."""

from sdkg.loaders.extract.figures import find_figures

from .conftest import document_type_of, initiatives_in, orgs_in

# Organisations: a national fund; a name that goes on after its acronym; a form's cells are no grantees


def test_the_housing_loan_fund_of_the_municipalities_is_an_organisation():
    assert "SVn" in orgs_in("Inwoners van Heuveldal kunnen een blijverslening aanvragen via SVn.")


def test_the_body_that_developed_a_plan_stands_after_its_verb():
    text = "Na een jaar van gesprekken met de huurders, ontwikkelde Woonveste Putten een ontwerp voor het oude schoolplein."
    assert "Woonveste Putten" in orgs_in(text)


def test_the_municipality_that_developed_a_vision_is_no_partner():
    assert "Putten" not in orgs_in("In 2031 ontwikkelde Putten een nieuwe visie op de zorg in de dorpen.")


def test_a_name_goes_on_after_the_acronym_of_its_first_words():
    text = ("Sinds januari is de Intergemeentelijke Dienst (ID) Heuveldal er voor Dalwijk en Bergveen. Heuveldal verzorgt "
            "de bijstand en de schuldhulp.")
    got = orgs_in(text)
    assert "Heuveldal" not in got, got
    assert any(n.endswith("Dienst Heuveldal") for n in got), got


def test_a_bracket_that_spells_no_initials_joins_nothing():
    text = ("Sinds januari is de Intergemeentelijke Dienst (RSD) Heuveldal er voor Dalwijk en Bergveen. Heuveldal verzorgt "
            "de bijstand en de schuldhulp.")
    assert not any(n.endswith("Dienst Heuveldal") for n in orgs_in(text))


def test_a_frequency_in_a_grant_form_is_no_organisation():
    text = ("Subsidieregeling buurthuizen Dalwijk\n  Soort subsidie Wekelijks, aanvragen voor 1 oktober\n"
            "  Doelgroep Ouderen in de kernen\n")
    assert not any("Wekelijks" in n for n in orgs_in(text))


def test_the_grant_word_repeated_in_a_form_is_no_grantee():
    text = "Regeling ontmoeting Heuveldal\n  Subsidie Subsidie volgens de nadere regels welzijn\n  Bedrag € 90 per jaar\n"
    assert not any(n.lower().startswith("subsidie") for n in orgs_in(text))


def test_a_grants_table_line_still_names_its_grantee():
    text = "Overzicht subsidies 2031\nSubsidie Zonnewijzer\nSubsidie Buurtkracht Dalwijk\n"
    assert "Zonnewijzer" in orgs_in(text)


# Document type: the day and hour a site put an item up


_LOOK_BACK = ("Vorig jaar hebben we de subsidie aan de buurthuizen verlengd. Het plan voor de bibliotheek is in het "
              "voorjaar vastgesteld en we hebben veertig vrijwilligers opgeleid. Ook begonnen we een inloop voor "
              "mantelzorgers, die goed werd bezocht.\n")


def test_an_item_with_its_publication_day_and_hour_is_no_annual_report():
    text = "Een jaar buurthuizen in Heuveldal\n\nGepubliceerd op: 19 maart 2031 10:05\n\n" + _LOOK_BACK
    assert document_type_of(text) == "other"


def test_a_press_release_on_the_new_municipality_is_no_budget():
    text = ("Buurtgeld voor Putten\n\nDe nieuwe gemeente Putten stelt in 2031 ruim € 80.000 beschikbaar voor drie "
            "buurtprojecten. Zo ontmoeten inwoners elkaar en doen ze mee.\n")
    assert document_type_of(text) == "other"


def test_a_budget_cover_with_its_page_numbers_and_a_photograph_credit_is_a_budget():
    text = ("Programmabegroting 2031 3 5 7 9\n\nFoto: Studio Dalwijk\n\nInleiding\nVoor u ligt de begroting. De kosten "
            "van de jeugdhulp stijgen en we investeren in de wijken.\n")
    assert document_type_of(text) == "begroting"


def test_a_photograph_credit_still_makes_a_news_item():
    text = ("Nieuwe speeltuin in Dalwijk geopend\n\nFoto: Studio Dalwijk\n\nKinderen uit de wijk knipten het lint door. "
            "De speeltuin kostte € 40.000.\n")
    assert document_type_of(text) == "other"


def test_a_publication_date_without_an_hour_does_not_make_a_news_item():
    text = "Jaarverslag 2030\n\nGepubliceerd op 19 maart 2031\n\n" + _LOOK_BACK
    assert document_type_of(text) == "jaarverslag"


# Figures: a table's rows numbered or coded in a column of their own


def _rows(text: str, year: int) -> list[tuple[str, float, int | None]]:
    return [(f.label, f.value, f.year) for f in find_figures(text, year)]


def test_a_table_with_a_number_column_is_read_by_its_names():
    text = ("Mutaties sociaal domein (bedragen x € 1.000)\nNr. | Omschrijving | 2031 | 2032\n"
            "1 | Bijdrage Zorgpunt Heuveldal | 1.400 | 1.450\n2 | Inloophuis Dalwijk | 640 | 655\n")
    got = _rows(text, 2031)
    assert ("Bijdrage Zorgpunt Heuveldal", 1400000.0, 2031) in got, got
    assert ("Inloophuis Dalwijk", 640000.0, 2031) in got, got


def test_a_code_under_its_own_column_leaves_the_amounts_under_their_years():
    text = ("Mutaties sociaal domein (bedragen x € 1.000)\nCode | Omschrijving | 2031 | 2032\n"
            "B2.01 | Bijdrage Zorgpunt Heuveldal | 1.400 | 1.450\nB2.02 | Inloophuis Dalwijk | 640 | 655\n")
    got = _rows(text, 2031)
    assert ("Bijdrage Zorgpunt Heuveldal", 1400000.0, 2031) in got, got
    assert ("Bijdrage Zorgpunt Heuveldal", 1450000.0, 2031) not in got, got


def test_a_code_sharing_the_name_column_still_moves_the_amounts_one_cell():
    text = ("Mutaties sociaal domein (bedragen x € 1.000)\nOmschrijving | 2031 | 2032\n"
            "B2.01 | Bijdrage Zorgpunt Heuveldal | 1.400 | 1.450\nB2.02 | Inloophuis Dalwijk | 640 | 655\n")
    assert ("Bijdrage Zorgpunt Heuveldal", 1400000.0, 2031) in _rows(text, 2031)


# Initiatives: country-wide programmes


def test_country_wide_health_programmes_are_initiatives():
    got = initiatives_in("Met de jeugdgezondheidszorg voeren we het Rijksvaccinatieprogramma uit; verloskundigen in "
                         "Heuveldal bieden CenteringZwangerschap aan.")
    assert {"Rijksvaccinatieprogramma", "CenteringZwangerschap"} <= got, got


def test_country_wide_schemes_by_their_plain_or_respelled_names():
    got = initiatives_in("De middelen voor de brede regeling combinatiefuncties gaan naar de sport in Heuveldal. Ook het "
                         "toekomstscenario Kind en Gezinsbescherming vraagt inzet.")
    assert "brede regeling combinatiefuncties" in {n.lower() for n in got}, got
    assert any(n.lower().startswith("toekomstscenario") for n in got), got


def test_the_laws_the_care_rests_on_are_counted_by_no_figure():
    text = "Het sociaal team van Heuveldal werkt met drie wetten, en sinds de vier transities veranderde er veel."
    assert _rows(text, 2031) == []
