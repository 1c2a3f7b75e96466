"""Constructions of any report, fifty-third round. Every text here is invented."""

from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import names_of, text_doc


def _programmes(text: str) -> list[str]:
    return infer_meta(text_doc(text), {}).programmes


# A subsidy table: receiver, kind of subsidy, amount, its cells run together on a line

SUBSIDY_TABLE = (
    "Gemeente Bergveen\n\nBijlage: gesubsidieerde instellingen in 2019\n\n"
    "Ontvanger Soort subsidie Bedrag 2019\n\n"
    "Stichting Bergklank Exploitatiesubsidie muziekonderwijs € 12.400,00 Stichting Wijkhuizen Bergveen "
    "Uitvoeringssubsidie wijkcentra € 40.100,00\n"
    "Zonnebloemgroepen Waarderingssubsidie vrijwilligerswerk € 2.300,00\n"
    "Ouderenbonden Exploitatiesubsidie Samen Sterk Ouder € 1.500,00\n"
    "Buurtverenigingen Exploitatiesubsidie Buurthuizen € 3.000,00\n"
)


def test_a_kind_of_subsidy_ends_the_name_of_the_body_that_receives_it():
    orgs = names_of(SUBSIDY_TABLE, "organisations")
    assert "Bergklank" in orgs
    assert not any("subsidie" in n.lower() for n in orgs)
    assert "Bedrag" not in orgs  # (the table's header)


def test_a_kind_of_subsidy_is_no_part_of_what_it_pays_for():
    # the activity keeps its own name; a lone kind of receiver after it names no undertaking
    inits = names_of(SUBSIDY_TABLE, "initiatives")
    assert "Samen Sterk Ouder" in inits
    assert not any("subsidie" in n.lower() for n in inits)
    assert "Buurthuizen" not in inits


# People


def test_a_name_listed_beside_a_person_is_a_person():
    # the first name of the one in the middle is no common one; the neighbours' are
    text = ("Gemeente Bergveen, beleidsplan 2020\n\nDit plan is geschreven door Marloes Vink, Jorieke Hummel, Pieter "
            "Smit en anderen (afdeling Samenleving), met bijdragen van Kuipers en Anna Zwart.\n")
    inits = names_of(text, "initiatives")
    assert "Jorieke Hummel" not in inits
    assert not any("Zwart" in n for n in inits)


# Lists that name no undertakings


def test_the_parts_of_a_budget_programme_are_no_initiatives():
    text = ("Begroting 2024\n\nSamen Bergveen\n\nHet programma is verdeeld in drie deelprogramma's:\n\n"
            "  • Verbondenheid\n  • Thuis in de wijk\n  • Gezond Leven\n\nPer deelprogramma staat hieronder wat we "
            "in 2024 willen bereiken.\n")
    inits = names_of(text, "initiatives")
    assert not inits & {"Verbondenheid", "Thuis in de wijk", "Gezond Leven"}


# Figures


def test_a_target_cell_with_a_comparison_sign_is_a_value_of_its_column():
    # cells one per line; the first column is the year realised, the sign marks a target
    text = ("Gemeente Bergveen, begroting 2021\n\nEffectindicatoren\n\nRealisatie\n\nBegroting\n\nBegroting\n\n"
            "2019\n\n2020\n\n2021\n\n% inwoners met een goede ervaren gezondheid\n\n81%\n\n≥82%\n\n≥83%\n\n"
            "% inwoners met ernstige eenzaamheid\n\n9%\n\n≤9%\n\n≤8%\n")
    figs = {(f.value, f.year) for f in extract(text_doc(text)).figures}
    assert (81.0, 2019) in figs and (9.0, 2019) in figs
    assert not any(year == 2021 and value in (81.0, 9.0) for value, year in figs)


# A department is no branch


def test_a_department_by_its_acronym_is_no_part_of_the_body():
    text = ("Gemeente Bergveen, besluitenlijst\n\nStichting Hulpwijzer afdeling VTB krijgt uitstel voor de "
            "verantwoording. Binnen de Hulpwijzer regelt de afdeling VTB de maatjesprojecten.\n")
    orgs = names_of(text, "organisations")
    assert "Hulpwijzer" in orgs
    assert not any("VTB" in n for n in orgs)
    # a branch named by its place stays part of the name
    branch = "Gemeente Bergveen.\n\nDe ouderenbezoeken worden gedaan door Humanitas afdeling Bergveen.\n"
    assert names_of(branch, "organisations") == {"Humanitas afdeling Bergveen"}
