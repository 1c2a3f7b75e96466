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
