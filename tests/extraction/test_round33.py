"""Organisations, places and initiatives, thirty-third round: water boards are bodies and a municipality's name after
one names its area; a scheme's card by its -pas compound; a name the text calls an initiative or project of someone.
The texts are invented for these tests."""

import pytest

from .conftest import in_chapter, initiatives_in, names_of, orgs_in, text_doc


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


@pytest.mark.parametrize(("sentence", "name"), [
    ("De doorontwikkeling van de Meedoenpas kost dit jaar € 40.000.", "Meedoenpas"),
    ("Voor minima is de Lindenpas met korting te koop.", "Lindenpas"),
], ids=["after van de", "after is de"])
def test_a_capitalised_compound_ending_in_pas_is_a_schemes_card(sentence, name):
    assert name in initiatives_in(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    (" • Balkonbingo (een initiatief van een betrokken inwoner) in de wijk.", "Balkonbingo"),
    ("We steunen het. Het Praatcafé is een initiatief van vrijwilligers.", "Praatcafé"),
    ("Buurtkracht Noord is een project van de bibliotheek.", "Buurtkracht Noord"),
], ids=["bracket", "sentence with article", "sentence"])
def test_a_name_the_text_calls_an_initiative_of_someone(sentence, name):
    assert name in initiatives_in(sentence)


def test_there_is_an_initiative_of_a_body_names_no_initiative():
    assert not initiatives_in("Er is een initiatief van Stichting Sportgebouwen Groen om een hal te bouwen.")


@pytest.mark.parametrize(("sentence", "name"), [
    ("De gemeente voerde de Tijdelijke overbruggingsregeling voor zelfstandige ondernemers (Tozo) uit.",
     "Tijdelijke overbruggingsregeling voor zelfstandige ondernemers"),
    ("Gezinnen kregen de Tijdelijke ondersteuning voor noodzakelijke kosten (TONK) uitbetaald.",
     "Tijdelijke ondersteuning voor noodzakelijke kosten"),
    ("Steeds meer inwoners melden zich aan voor Burgernet.", "Burgernet"),
    ("Het dorp sluit aan bij Cittaslow en zijn gedachtegoed.", "Cittaslow"),
    ("Met geld uit het NPG (Nationaal Programma Groningen) bouwt de gemeente twee dorpshuizen.",
     "Nationaal Programma Groningen"),
], ids=["Tozo written out", "TONK written out", "Burgernet", "Cittaslow", "NPG"])
def test_country_wide_schemes_by_the_forms_reports_write(sentence, name):
    assert name in initiatives_in(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("De Beleidsnotitie Sociaal Domein 2025-2029 “Vitaal Dorp” legt de koers vast.", "Vitaal Dorp"),
    ("De raad besprak het Actieplan Jeugd ‘Gezond samen leven’ in 2019.", "Gezond samen leven"),
    ('De raad stelde het Integraal Beleidsplan Jeugd "Zorg op maat" 2022-2026 vast.', "Zorg op maat"),
], ids=["years before the title", "a body's note", "an adjective before the type word"])
def test_a_policy_document_with_a_quoted_title_is_named_by_that_title_alone(sentence, name):
    assert initiatives_in(sentence) == {name}


def test_a_numbered_list_of_the_budgets_programmes_names_no_initiatives():
    text = ("De begroting kent de volgende programma's: (1) Wonen en Leven, (2) Werk en Inkomen, (3) Zorg en "
            "(4) Bestuur.")
    assert not initiatives_in(text)


def test_a_plain_list_after_a_plural_noun_of_undertakings_still_names_them():
    assert {"Zomerpop", "Kunstroute"} <= initiatives_in("Festivals in 2019: Zomerpop, Kunstroute en het Lichtjesfeest.")


@pytest.mark.parametrize("sentence", ["Jaarstukken 2013 foto Kees van Dam www.gemeente.nl",
                                      "Omslag, Foto: Anna van Dijk Visser."], ids=["foto X", "Foto: X"])
def test_the_maker_a_photographs_credit_names_is_no_initiative(sentence):
    assert not initiatives_in(sentence)


def test_a_law_as_the_text_writes_it_is_no_organisation():
    text = "De nieuwe regels van het Besluit Begroting en Verantwoording (BBV) gelden vanaf dit jaar."
    assert not orgs_in(text)
    assert in_chapter(text, "laws")


def test_hospitals_and_a_kindcentrum_with_its_article_are_bodies():
    orgs = orgs_in("De gemeente werkt samen met Ziekenhuis Rivierland Oost en het Dijkziekenhuis aan nazorg.")
    assert "Ziekenhuis Rivierland Oost" in orgs
    assert "IKC ’t Hoogeland" in orgs_in("Het nieuwe IKC ’t Hoogeland in het dorp opent in 2026.")


def _municipality(text: str) -> str | None:
    from sdkg.loaders.metadata import infer_meta

    m = infer_meta(text_doc(text), {}).municipality
    return m.name if m else None


@pytest.mark.parametrize(("year", "municipality"), [(2016, "Leeuwarderadeel"), (2021, "Leeuwarden")])
def test_villages_count_for_the_municipality_they_belonged_to_in_the_reports_year(year, municipality):
    text = (f"Jaarverslag {year}\n\nSociaal domein\n\nIn Stiens werkt het gebiedsteam aan de Wmo. Het dorpshuis in "
            "Britsum is vernieuwd.")
    assert _municipality(text) == municipality


def _village_clues(text: str, year: int) -> set[str]:
    from sdkg.loaders.metadata import MUNICIPALITY_EVIDENCE, _MuniContext

    source = next(s for s in MUNICIPALITY_EVIDENCE if s.name == "villages")
    return {clue.code for clue in source.fn(_MuniContext(text_doc(text), year))}


def test_a_village_in_brackets_after_its_municipalitys_name_is_no_evidence_of_its_own():
    assert _village_clues("Het dorpshuis in Kedichem kreeg een nieuw dak.", 2017) == {"GM0545"}
    assert not _village_clues("Het loket van de gemeente Leerdam (Kedichem) ging dicht.", 2017)


def _places_of(text: str) -> tuple[set[str], set[str]]:
    from sdkg.loaders.extract import extract

    ex = extract(text_doc(text))
    return {p.name for p in ex.other_municipalities}, {n.name for n in ex.neighbourhoods}


def test_a_kern_of_the_reporting_municipality_that_shares_another_municipalitys_name_is_its_kern():
    others, kernen = _places_of("Jaarverslag 2017 gemeente Buren\n\nHet dorpshuis in Rijswijk kreeg een nieuw dak.")
    assert "Rijswijk" not in others and "Rijswijk" in kernen


def test_the_municipality_of_that_name_still_counts_when_the_text_says_gemeente():
    others, _kernen = _places_of("Begroting 2021 gemeente Buren\n\nDe gemeente Rijswijk en Buren werken samen.")
    assert "Rijswijk" in others


def test_a_surname_that_is_a_municipalitys_name_is_no_municipality():
    others, _kernen = _places_of("Begroting 2021 gemeente Kampen\n\nWethouders A.B. van de Sluis en C. Jansen\n\n"
                                 "Het college werkt met Zwolle samen.")
    assert others == {"Zwolle"}


@pytest.mark.parametrize("sentence", [
    "Samenstelling Gemeenteraad\n\nChristenUnie Dorpsbelang Samen CDA\n\nA. de Boer\n\nGroenLinks PvdA VVD",
    "De fractie van Leefbaar Zeedorp stelde vragen over de begroting.",
    "Raadsleden B. Smit en C.D. van der Berg-de Wit stelden vragen.",
], ids=["party lines", "Leefbaar X", "a name after initials"])
def test_a_councils_parties_and_members_are_no_initiatives(sentence):
    assert not initiatives_in(sentence)


@pytest.mark.parametrize("sentence", [
    "In de Nota van Aanbieding leest u de hoofdlijnen.",
    "Zie het Projectoverzicht Bijlage 3 voor de stand.",
    "Voor u ligt de Kadernota gemeente Zeedorp 2019.",
], ids=["Nota van Aanbieding", "Projectoverzicht", "Kadernota gemeente X"])
def test_a_budgets_own_parts_and_the_document_itself_are_no_initiatives(sentence):
    assert not initiatives_in(sentence)


def test_a_town_in_an_address_is_no_neighbourhood():
    _others, kernen = _places_of("Begroting 2021 gemeente Heumen\n\nBezoekadres: Raadhuis Dorpsplein 2 6582 XY MALDEN"
                                 "\n\nIn Overasselt en Malden werken de dorpsteams aan de Wmo.")
    assert "MALDEN" not in kernen and "Overasselt" in kernen


def test_the_former_municipalities_a_text_calls_so_are_municipalities_of_their_time():
    others, kernen = _places_of("Begroting 2020 gemeente Altena\n\nDe archieven van de voormalige gemeenten "
                                "Aalburg, Werkendam en Woudrichem zijn overgebracht.")
    assert {"Aalburg", "Werkendam", "Woudrichem"} <= others and not kernen


def test_a_former_municipality_named_as_a_place_is_still_a_kern():
    others, kernen = _places_of("Begroting 2020 gemeente Altena\n\nIn Werkendam en Woudrichem werken de dorpsteams aan "
                                "de Wmo.")
    assert {"Werkendam", "Woudrichem"} <= kernen and not others


def test_the_reports_own_programme_by_its_type_word_is_no_initiative():
    text = ("Programmabegroting 2014 gemeente Zeedorp\n\nProgramma Samenleving, Zorg en Welzijn\n\nHet programma "
            "Samenleving, Zorg en Welzijn bestaat uit de beleidsvelden wijkwerk en maatschappelijke ondersteuning. In "
            "het Programma Samenleving werken we samen met Welzijn Zeedorp.\n")
    names = names_of(text, "initiatives")
    assert not {n for n in names if n.startswith("Programma")}, names


@pytest.mark.parametrize("sentence", [
    "De BOM-aanpak (buurt ouders mentor) helpt jongeren.",
    "We zetten in op BOM (buurt ouders mentor), waarmee we netwerken versterken. De BOM-aanpak en pleegzorg zijn ingezet.",
], ids=["right after", "elsewhere in the text"])
def test_an_acronyms_method_is_named_with_the_acronym_spelled_out(sentence):
    assert "BOM-aanpak (buurt ouders mentor)" in initiatives_in(sentence)
