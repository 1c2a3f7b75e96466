"""Initiatives on budget pages (seventh round): a table's header row, the Rijk's grant named on its own, and a
national agreement that is the last part of a joint name. Every text here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _inits(text: str) -> set[str]:
    return {i.name for i in extract(text_doc(text)).initiatives}


def test_a_table_header_row_is_no_initiative():
    names = _inits("Gemeente Zwolle. De tabel toont de cijfers per onderdeel.\n\n"
                   "Taakveld Lasten Baten Saldo\nJeugd 1.200 300 -900\n\n"
                   "Met het project Buurt Aan Zet helpen we bewoners.")
    assert not {n for n in names if "Lasten" in n or "Taakveld" in n}, names
    assert any("Buurt Aan Zet" in n for n in names), names


def test_the_grant_on_its_own_is_no_initiative():
    names = _inits("Gemeente Zwolle. Vanaf 2024 ontvangen we de Brede SPUK van het Rijk. "
                   "Daarmee start de pilot Fit op School.")
    assert not {n for n in names if "SPUK" in n}, names


def test_a_national_agreement_inside_a_joint_name_is_read_whole():
    names = _inits("Gemeente Zwolle. Met het Cultuur- en Sportakkoord brengen we verenigingen en scholen samen.")
    assert "Cultuur- en Sportakkoord" in names, names
    assert "Sportakkoord" not in names and "Nationaal Sportakkoord" not in names, names


def test_country_wide_programmes_of_the_rijk_by_their_names():
    names = _inits("Gemeente Zwolle. Met het programma Geweld hoort nergens thuis en de Open Club in het dorp "
                   "werken we aan veiligheid en meedoen; ook Tel mee met Taal loopt door.")
    assert {"Geweld hoort nergens thuis", "Open Club", "Tel mee met Taal"} <= names, names


def test_policy_documents_listed_or_in_a_table_are_named_whole():
    names = _inits("Gemeente Zwolle.\n\nKaders\n\n"
                   " • Verordening maatwerk inkomen 2021\n"
                   " • Beleidsregels schuldhulp 2019\n"
                   " • Beleidsplan Jeugdwet 2020-2023\n"
                   " • Dit kader wordt in 2025 herzien\n\n"
                   "Kader | Looptijd | Vastgesteld |\n"
                   "Uitvoeringsagenda Participatiewet | 2022 t/m 2024 | 2021 |\n"
                   "Nota Meedoen “Samen is het leven”| 2023 t/m 2026 | 2022 |\n")
    assert {"Verordening maatwerk inkomen 2021", "Beleidsregels schuldhulp 2019", "Beleidsplan Jeugdwet 2020-2023",
            "Uitvoeringsagenda Participatiewet", "Samen is het leven"} <= names, names  # (a quoted title alone)
    assert not {n for n in names if "herzien" in n or n.startswith("Kader")}, names


def test_the_questions_a_section_answers_are_no_initiatives():
    names = _inits("Gemeente Zwolle.\n\nPer onderdeel vindt u de antwoorden op de volgende vragen:\n\n"
                   " • Doelen: wat willen we bereiken?\n • Prestaties: wat gaan we doen?\n • Indicatoren en Lasten\n")
    assert not names, names


def test_two_kinds_of_document_on_one_subject_stay_two():
    names = _inits("Gemeente Zwolle.\n\nBeleidskaders\n\n • Uitvoeringsverordening Jeugdwet, Wmo en Participatiewet 2019\n"
                   " • Beleidsplan Jeugdwet 2019\n")
    assert {"Beleidsplan Jeugdwet 2019", "Uitvoeringsverordening Jeugdwet, Wmo en Participatiewet 2019"} <= names, names
