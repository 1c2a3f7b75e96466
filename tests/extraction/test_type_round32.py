"""The document's type where the text does not name it, thirty-second round: what the tense says once history and
noise are set apart, what a year with a present verb says, a table of budget changes, a progress report named in a
table's columns, a heading that looks ahead. The texts are invented for these tests."""

import pytest
from sdkg.loaders.metadata import infer_meta

from .conftest import document_type_of as _type
from .conftest import text_doc


def test_a_year_that_stood_in_the_sign_of_something_looks_back():
    text = ("Meedoen\n\nKern\n\nHet jaar 2022 stond vooral in het teken van de verhuizing van de bibliotheek. "
            "Daarnaast is er met de scholen gewerkt aan de leesclubs, en is de jongerenbus in de zomer gaan rijden.")
    assert _type(text, "12_heuvelstee_2022.txt") == "jaarverslag"


def test_what_is_done_in_a_year_in_the_present_tense_looks_ahead():
    text = ("2.3 Ouderen wonen langer thuis\n\nPrestatie | |\nMeer ouderen hebben een woonplan (2023: 41%). |\n"
            "In 2026 bezoekt het seniorenteam alle 75-plussers. In 2026 breiden we de maaltijdservice uit naar de "
            "dorpen. In 2026 organiseren we twee woonbeurzen.")
    assert _type(text) == "begroting"


@pytest.mark.parametrize("verb", ["onderzochten", "gingen", "bleven"])
def test_a_past_verb_after_the_year_is_no_present(verb):
    text = (f"Veiligheid\n\nIn 2022 {verb} we de mogelijkheden van nieuwe middelen. In 2022 {verb} we de "
            "voorlichting op scholen. Er zijn 40 bijeenkomsten georganiseerd.")
    assert _type(text) != "begroting"


def test_developments_of_importance_in_the_budget_year_are_no_account():
    text = ("Context\n\nVoor dit programma zijn de volgende ontwikkelingen in 2025 van belang:\n\nCultuur\n\n"
            "We subsidiëren de muziekschool. De komende jaren werkt de regio aan een nieuw cultuurplan.")
    assert _type(text, "8_heuvelstee_2025.txt") != "jaarverslag"


def test_the_results_achieved_are_an_accounts():
    text = ("Programma 5: Zorg\n\nInleiding\n\nOnze koers loopt tot 2028. Het dashboard laat per wijk de bereikte "
            "resultaten zien. Meer staat per thema hieronder.")
    assert _type(text) == "jaarverslag"


def test_a_table_of_budget_changes_is_a_mid_year_report():
    text = ("Programma 3. Sociaal domein\n\nTotalen per programma\n\n"
            "Omschrijving 2024 2025 2026 2027 Voor- of nadeel\n"
            "Afwijkingen lasten -1.285.000 -65.000 -39.000 -27.000 Nadeel\n"
            "Afwijkingen baten 636.000 96.000 96.000 54.000 Voordeel\n"
            "Mutaties lasten 2024 2025 2026 2027 Voor- of nadeel\n"
            "Loonindexatie -82.000 -82.000 -82.000 -82.000 Nadeel\n")
    assert _type(text) == "other"


def test_a_difference_in_an_annual_account_is_no_budget_change():
    text = ("Wat heeft het gekost?\n\nBedragen x € 1.000 | Rekening 2023 | Begroting 2023 | Verschil | V/N\n"
            "Lasten | 12.000 | 11.500 | 500 | N\nBaten | 2.000 | 2.100 | 100 | V\n\nWat hebben we bereikt?\n")
    assert _type(text) == "jaarverslag"


def test_a_progress_report_named_in_the_tables_columns():
    text = ("Naam indicator | Eenheid | Jaarrekening 2022 | Begroting 2023 | 1e hoofdlijnen rapportage | "
            "2e hoofdlijnen rapportage |\nBanen | per 1.000 inwoners | 760 | 770 | 780 | 790 |\n")
    assert _type(text) == "other"


def test_a_heading_that_looks_ahead():
    text = ("Schuldhulp: stand van zaken en vooruitblik\nIn het voorjaar van 2023 meldden zich 212 huishoudens. Er "
            "werden 90 regelingen getroffen, meer dan in 2022 werden afgesproken.\nOok volgend jaar is de schuldhulp "
            "gratis.")
    assert _type(text, "20_heuvelstee_2024.txt") == "begroting"


def test_history_before_the_reports_year_is_no_looking_back():
    """A budget for 2025 tells what happened in 2023; with its year known from the file name, those sentences are
    history, and the text's one look ahead decides."""
    text = ("Schuldhulp\n\nIn 2023 werden 212 aanmeldingen behandeld, in 2022 werden er 180 behandeld. Het bereik "
            "was in 2023 groter dan in 2021. In 2025 verwachten we meer aanmeldingen.")
    assert _type(text, "20_heuvelstee_2025.txt") == "begroting"


def test_the_past_in_the_reports_own_year_still_looks_back():
    text = ("Schuldhulp\n\nIn 2024 werden 212 aanmeldingen behandeld, in 2023 waren het er 180. "
            "In 2024 was het bereik groter. In 2024 hebben we de budgetcursus ingevoerd.")
    assert _type(text, "20_heuvelstee_2024.txt") == "jaarverslag"


def test_a_name_that_was_used_until_a_year_is_no_looking_back():
    text = ("Onderdelen\nA. Buurtwerk (tot 2021 was de naam Opbouwwerk) | |\nB. Vervoer (tot 2022 was de naam "
            "Regiotaxi) | |\nDe nieuwe wetgeving raakt de komende jaren de uitvoering.")
    assert _type(text) == "begroting"


def test_a_demonym_that_opens_another_municipalitys_name_is_no_evidence():
    """"Utrechtse" of "Utrechtse Heuvelrug" says nothing of Utrecht; the file name and the listed name decide."""
    text = ("Gemeenschappelijke regelingen\nVeiligheidsregio Utrecht (VRU)\nVeiligheidsregio Utrecht (VRU)\n"
            "Vestigingsplaats: Utrecht\n"
            "Deelnemende partijen: De gemeenten Bunnik, Houten, Rhenen, Utrechtse Heuvelrug en Zeist.\n"
            "De regio werkt aan crisisbeheersing en brandweerzorg.")
    meta = infer_meta(text_doc(text, "7_utrechtse-heuvelrug_2025.txt"), {})
    assert meta.municipality is not None and meta.municipality.name == "Utrechtse Heuvelrug"


def test_a_report_sites_label_of_what_the_page_explains():
    text = ("Lasten € 9.148 € 7.944\nBaten € 770 € 2.081\n\nSamen leven\n\nBegroting: toelichting op beleidsdoel\n\n"
            "De gemeente maakt zich sterk voor een samenleving waarin iedereen meedoet.")
    assert _type(text) == "begroting"
