"""Organisations and places, thirty-third round: water boards are bodies, and a municipality's name after one names
its area. The texts are invented for these tests."""

from .conftest import in_chapter, orgs_in


def test_water_boards_are_organisations_whole():
    orgs = orgs_in("De gemeente werkt samen met Waterschap Rijn en Beek en met Hoogheemraadschap van Zeeveld aan "
                   "klimaatadaptatie.")
    assert {"Waterschap Rijn en Beek", "Hoogheemraadschap van Zeeveld"} <= orgs
    assert "Beek" not in orgs


def test_a_water_board_among_partners_is_no_initiative():
    text = "De gemeente int de heffingen samen met twee buurgemeenten en Hoogheemraadschap De Groene Waarden."
    assert "Hoogheemraadschap De Groene Waarden" in orgs_in(text)
    assert not in_chapter(text, "initiatives")


def test_a_municipality_after_a_water_board_word_names_its_area():
    text = "De aanslag komt van het belastingkantoor van de gemeenten en het hoogheemraadschap Utrecht."
    assert "Utrecht" not in in_chapter(text, "other_municipalities")
