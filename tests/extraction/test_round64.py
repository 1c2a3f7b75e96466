"""Constructions of any report, sixty-fourth round. Every text here is invented."""

from .conftest import orgs_in

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
