"""Constructions of any report, sixty-third round. Every text here is invented."""

from .conftest import orgs_in

# Organisations: a form's cells are no grantees


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
