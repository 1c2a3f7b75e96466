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


def test_income_support_and_municipal_finance_acts():
    text = ("Naast de bijstand voeren we de IOAW en de IOAZ uit, en zelfstandigen krijgen hulp via het Bbz 2004. "
            "De topinkomens blijven binnen de WNT en de Wet veiligheidsregio’s regelt de brandweerzorg.")
    names = {law.name for law in find_laws(text, 2023)}
    assert {"Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers",
            "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen",
            "Besluit bijstandverlening zelfstandigen 2004",
            "Wet normering bezoldiging topfunctionarissen publieke en semipublieke sector",
            "Wet veiligheidsregio's"} <= names


def test_an_abbreviation_in_other_capitals_but_not_in_lower_case():
    assert {law.name for law in find_laws("Zorg valt onder de WLZ of de ZvW, bijstand onder de BBZ.", 2022)} == {
        "Wet langdurige zorg", "Zorgverzekeringswet", "Besluit bijstandverlening zelfstandigen 2004"}
    # a lower-case word is no abbreviation
    assert find_laws("Een wia of een zvw is hier geen wet.", 2022) == []


def test_the_inburgeringswet_is_the_act_of_its_year():
    assert [law.name for law in find_laws("De nieuwe Inburgeringswet gaat in.", 2020)] == ["Wet inburgering 2021"]
    assert [law.name for law in find_laws("Uitvoering van de Inburgeringswet.", 2018)] == ["Wet inburgering"]


def test_the_budget_rules_named_as_an_act_not_as_what_they_prescribe():
    bbv = "Besluit begroting en verantwoording provincies en gemeenten"
    assert [law.name for law in find_laws("Het BBV schrijft voor dat we dit melden.", 2024)] == [bbv]
    assert [law.name for law in find_laws("Volgens de regels van het Besluit Begroting en Verantwoording.", 2024)
            ] == [bbv]
    assert find_laws("Verplichte BBV-indicatoren staan in de bijlage.", 2024) == []
    assert find_laws("Tabel 4 Beleidsindicatoren (BBV)", 2024) == []


def test_acts_of_public_order_planning_and_municipal_finance():
    text = ("De burgemeester legde op grond van de Wet tijdelijk huisverbod een huisverbod op. Voor de Wabo-vergunning "
            "en de Wet ruimtelijke ordening geldt dit niet; de Wet HOF en de Wet fido begrenzen de schuld.")
    assert {law.abbreviation for law in find_laws(text, 2019)} == {"Wth", "Wabo", "Wro", "Wet Hof", "Wet fido"}
