"""Organisations on budget and table pages: a word shaped like a name (an acronym, inner capitals) is an
organisation only where the sentence gives it a part only an actor plays. Every sentence here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_an_acronym_before_a_measure_word_names_the_measure():
    text = ("Gemeente Zwolle, begroting 2025. De subsidies stijgen mee met de QRX-prijsindexcijfer van 2024 en "
            "de tarieven met het PLW-tarief.")
    orgs = _orgs(text)
    assert not orgs & {"QRX", "PLW"}


def test_a_word_with_inner_capitals_used_as_a_service_is_no_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. Bij de BelBuurtbus is er sprake van een onderschrijding van "
            "€ 40.000. Het gebruik van de BelBuurtbus is nog niet terug op het oude niveau.")
    assert "BelBuurtbus" not in _orgs(text)


def test_a_bare_acronym_as_a_table_row_label_is_no_organisation():
    text = ("Gemeente Zwolle, begroting 2025.\nLasten 2024 2025 2026\nUitkering TKZ 1.200 1.300 1.400\n"
            "Bijdrage KRV 300 310 320\n")
    orgs = _orgs(text)
    assert not orgs & {"TKZ", "KRV"}


def test_a_bare_acronym_with_the_part_of_an_actor_stays_an_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. In 2023 zijn we een samenwerking aangegaan met de RZV. "
            "De plaatsingen zijn gerealiseerd door het PKW. De politie, DZW en de brandweer overleggen elke "
            "maand. De QMR voert de inkoop uit.")
    assert {"RZV", "PKW", "DZW", "QMR"} <= _orgs(text)


def test_a_word_with_inner_capitals_that_acts_stays_an_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. Met ZorgKring zijn afspraken gemaakt over de inloop. "
            "Daarnaast heeft WerkVeste een subsidie ontvangen.")
    assert {"ZorgKring", "WerkVeste"} <= _orgs(text)


def test_the_owner_of_a_programme_and_premises_named_after_a_body_are_organisations():
    text = ("Gemeente Zwolle, jaarverslag 2023. Vanuit het meerjarenprogramma van de KT&W is er ingezet op "
            "preventie. De wijk profiteert van de vernieuwing van de RVH-locatie.")
    assert {"KT&W", "RVH"} <= _orgs(text)
