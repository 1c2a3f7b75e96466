"""Constructions of any report, forty-ninth round: a body named after its labour-market region, a plan's name that a
preposition cannot open, and a table row whose amounts are glued to its label. Every text here is invented."""

from .conftest import CHAPTER, names_of


def test_a_body_named_after_its_region_keeps_the_regions_last_word():
    # "Zuid-Holland Centraal" is a region of its own (the province and "Centraal"), as "Noord-Holland Noord" is
    text = CHAPTER + "Met het Leerwerkloket Zuid-Holland Centraal wordt intensief samengewerkt.\n"
    got = names_of(text, "organisations")
    assert "Leerwerkloket Zuid-Holland Centraal" in got, got
    assert "Leerwerkloket Zuid-Holland" not in got, got


def test_a_preposition_after_a_plan_word_opens_no_plans_name():
    text = CHAPTER + ("De afwijking binnen dit programma tussen 2022 en 2023 komt door de inhuur. "
                      "De beleidsnota vrijwillige inzet 2024-2027 is vastgesteld.\n")
    got = names_of(text, "initiatives")
    assert not any("tussen" in n for n in got), got
    assert "Beleidsnota vrijwillige inzet 2024-2027" in got or "beleidsnota vrijwillige inzet 2024-2027" in got, got


def test_a_label_glued_to_its_amounts_is_no_name():
    # a table copied without its cell borders: "Bewonersactiviteiten Oud West" and six amounts as one word
    text = CHAPTER + ("Bedragen * €1.000 2018 2019 2020\nLasten\nBewonersactiviteiten Oud West329979393\n"
                      "Welzijn Eigenaarslasten000000\n\nWe werken met Buurtkracht073 aan het jongerenwerk.\n")
    orgs, inits = names_of(text, "organisations"), names_of(text, "initiatives")
    assert not any(any(ch.isdigit() for ch in n[-5:]) and n != "Buurtkracht073" for n in orgs | inits), (orgs, inits)
    assert "Buurtkracht073" in orgs, orgs  # a name with its area code is a name
