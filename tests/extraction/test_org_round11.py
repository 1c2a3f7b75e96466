"""Organisations among examples and beside municipalities whose names hold "en". Every sentence here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_examples_after_a_plural_kind_and_what_it_does_are_organisations_the_common_nouns_not():
    text = ("Gemeente Zwolle, begroting 2025. Daarnaast zijn er partners die vrij toegankelijke ondersteuning "
            "bieden, zoals het Centrum voor Jeugd en Gezin, huisartsen, Kwadrantis, het Algemeen "
            "Maatschappelijk Werk, de bibliotheek en Tandem Oost.")
    orgs = _orgs(text)
    assert {"Centrum voor Jeugd en Gezin", "Kwadrantis", "Algemeen Maatschappelijk Werk", "Tandem Oost"} <= orgs
    assert not {o for o in orgs if o.lower() in ("huisartsen", "bibliotheek", "de bibliotheek")}


def test_a_municipality_whose_name_holds_en_is_not_two_partners():
    text = ("Gemeente Beuningen, begroting 2026. Wij zijn van plan:\n  • Samen met Berg en Dal een noodfonds op te "
            "richten,\n  • samen met Stichting Leergeld en Humanitas de armoedeaanpak uit te voeren.")
    orgs = _orgs(text)
    assert not {"Berg", "Dal"} & orgs
    assert {"Leergeld", "Humanitas"} <= {o.replace("Stichting ", "") for o in orgs}
