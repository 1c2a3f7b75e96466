"""Relations read from the structure of a sentence (ninth round): one organisation within another, parties that work
together inside a body, laws an organisation carries out, money and contracts. Sentences invented for the tests."""

from .test_relations import relations

PW = ("Participatiewet", None, "Participatiewet")
WSW = ("Wet sociale werkvoorziening", "Wsw", "Wsw")
WMO = ("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "Wmo 2015")
WPG = ("Wet publieke gezondheid", None, "Wet publieke gezondheid")
JW = ("Jeugdwet", None, "Jeugdwet")


# --- part_of: one organisation within another --------------------------------------------------------------------

def test_an_organisation_within_another_by_apposition_or_relative_clause():
    for text in ("De Leerwerkplaats Noord, een onderdeel van Werkbedrijf Dal, breidde uit.",
                 "De Leerwerkplaats Noord, dat sinds 2020 onderdeel is van Werkbedrijf Dal, breidde uit.",
                 "De Leerwerkplaats Noord, het leerwerkbedrijf van Werkbedrijf Dal, breidde uit.",
                 "Leerwerkplaats Noord, dat organisatorisch onder Werkbedrijf Dal valt, breidde uit."):
        got = relations(text, orgs=["Leerwerkplaats Noord", "Werkbedrijf Dal"])
        assert ("Leerwerkplaats Noord", "part_of", "Werkbedrijf Dal") in got, text
    # two names side by side without such a phrase: nothing
    got = relations("Leerwerkplaats Noord, Werkbedrijf Dal en anderen breidden uit.",
                    orgs=["Leerwerkplaats Noord", "Werkbedrijf Dal"])
    assert not any(p == "part_of" for _, p, _ in got)


def test_an_organisation_housed_with_another_is_part_of_it_not_provided_by_it():
    got = relations("Het Meldpunt Zorg Oost is ondergebracht bij de GGD Oostland.", orgs=["Meldpunt Zorg Oost", "GGD Oostland"])
    assert ("Meldpunt Zorg Oost", "part_of", "GGD Oostland") in got
    assert ("GGD Oostland", "provides", "Meldpunt Zorg Oost") not in got
    # a service housed with an organisation is provided by it, as before
    got = relations("Het buurtwerk is ondergebracht bij Welzijn Oostland.", orgs=["Welzijn Oostland"])
    assert ("Welzijn Oostland", "provides", "buurtwerk") in got


def test_parties_that_work_together_in_a_body_take_part_in_it():
    got = relations("Lindegroep en het UWV werken samen in het Werkgeversloket Dal.",
                    orgs=["Lindegroep", "UWV", "Werkgeversloket Dal"])
    assert ("Lindegroep", "part_of", "Werkgeversloket Dal") in got
    assert ("UWV", "part_of", "Werkgeversloket Dal") in got
    assert any(p == "partner_of" and {s, o} == {"Lindegroep", "UWV"} for s, p, o in got)
    assert ("Werkgeversloket Dal", "partner_of", "Bergstad") not in got
    got = relations("Het Werkhuis Dal, een samenwerking van de gemeente met UWV, hielp 300 mensen.",
                    orgs=["Werkhuis Dal", "UWV"])
    assert ("UWV", "part_of", "Werkhuis Dal") in got
    got = relations("De bijstand voeren wij uit in het Werkhuis Dal, samen met UWV.", orgs=["Werkhuis Dal", "UWV"])
    assert ("UWV", "part_of", "Werkhuis Dal") in got
