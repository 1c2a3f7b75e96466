"""Laws of the thesaurus beyond the care acts, and the act in force for an undated text (invented texts)."""

from sdkg.loaders.extract.laws import find_laws


def test_more_national_acts_and_their_compounds():
    text = ("Met de invoering van de Omgevingswet en de regels voor AOW-gerechtigden veranderde veel; ook de "
            "Leerplichtwet en de Wet versterking regie volkshuisvesting vragen aandacht.")
    names = {law.name for law in find_laws(text, 2024)}
    assert {"Omgevingswet", "Algemene Ouderdomswet", "Leerplichtwet 1969",
            "Wet versterking regie volkshuisvesting"} <= names


def test_a_bare_wmo_in_an_undated_text_is_the_act_in_force():
    assert [law.name for law in find_laws("Subsidies voor de Wmo en de jeugd.", None)] == [
        "Wet maatschappelijke ondersteuning 2015"]
    assert [law.name for law in find_laws("Subsidies voor de Wmo en de jeugd.", 2013)] == [
        "Wet maatschappelijke ondersteuning"]
