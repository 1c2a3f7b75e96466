"""Laws written in lower case or with a space for the hyphen."""

from .conftest import names_of


def test_an_acts_one_word_name_in_lower_case_is_the_act():
    text = ("Gemeente Bergeijk, begroting 2022. We dragen hier onder meer aan bij door uitvoering van de participatiewet, "
            "WMO en jeugdwet.")
    assert {"Jeugdwet", "Participatiewet", "Wet maatschappelijke ondersteuning 2015"} <= names_of(text, "laws")
    assert "Jeugdwet" not in names_of(text.replace("jeugdwet", "jeugd"), "laws")


def test_the_un_convention_with_a_space_for_its_hyphen():
    text = ("Gemeente Bergeijk, jaarverslag 2021. Een participatief traject dat recht doet aan het uitgangspunt van het "
            "VN Verdrag ‘niets over ons, zonder ons’.")
    assert "VN-verdrag inzake de rechten van personen met een handicap" in names_of(text, "laws")
