"""Thirty-fifth round: a contents list that goes on below its opening line (titles and pages joined by dashes, or the
pages on a line of their own under titles listed with bullets) and a part's number give no figures; a year written
short after a name is part of the name, not a count; a name after a role word and a colon, and a capitalised article
opening the quotes of a name; a report's own paragraph, a department and a picture's credit are no initiatives.
The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.extract.organisations import _with_surroundings
from sdkg.loaders.extract.pipeline import Cand

from .conftest import initiatives_in, orgs_in


def _counts(text: str) -> set[float]:
    return {f.value for f in find_figures(text, 2022) if f.unit == "count"}


def test_a_contents_list_goes_on_below_its_opening_line_in_entries_joined_by_dashes():
    text = ("Zorgmonitor Dalvoorde 2022\n\n"
            "Inhoudsopgave Samenvatting 2 Aanpak 5 Cijfers 9\n\n"
            "Thema A - Thuis wonen 9 - Hulpmiddelen 2022 9 - Vervoer 11 - Huishoudelijke hulp 13 - "
            "Respijtzorg en logeren 17\n\n"
            "Thema B - Opgroeien 19 - Kinderopvang 20 - Speeltuinen 23\n\n"
            "In 2022 hebben 340 inwoners een voorziening gekregen.\n")
    assert _counts(text) == {340.0}


def test_pages_on_a_line_of_their_own_under_titles_listed_with_bullets_are_no_counts():
    text = ("VERANTWOORDING 2022\n"
            "Inhoudsopgave Woord vooraf 2 Leeswijzer 4 Het jaar in vogelvlucht 6 • Zorg 8 • Werk 19 • Wonen 33\n"
            "Cijfers • Lasten en baten per taakveld • Reserves • Investeringen • Risico's\n"
            "60 61 66 70\n"
            "Bijlagen • Begrippen\n"
            "81 82\n"
            "Woord vooraf\n"
            "Dit jaar begeleidden de buurtteams 215 gezinnen.\n")
    assert _counts(text) == {215.0}


def test_a_parts_number_is_no_count():
    text = "Inhoud\nDEEL 2: PARAGRAFEN\nDEEL 3: BIJLAGEN\nIn 2022 deden 80 jongeren mee.\n"
    assert _counts(text) == {80.0}


def test_a_year_written_short_after_a_name_belongs_to_the_name_and_is_no_count():
    sentence = "De tennisclub HTV’81 krijgt een bijdrage voor de verlichting van haar banen."
    assert "HTV’81" in orgs_in(sentence)
    assert 81.0 not in _counts("Begroting 2022\n" + sentence + "\n")


def test_a_name_after_a_role_word_and_a_colon():
    sentence = "Voor de dagbesteding is na de aanbesteding gekozen voor één zorgaanbieder: ThuisZorgNet."
    assert "ThuisZorgNet" in orgs_in(sentence)


@pytest.mark.parametrize("quote", ['"', "‘", "“"])
def test_a_capitalised_article_opening_the_quotes_of_a_name_is_part_of_it(quote):
    text = f"het team van werkbedrijf {quote}De Brug 7.2{quote[:1]} verhuisde in mei"
    start = text.index("Brug")
    (c,) = _with_surroundings(text, [Cand("Brug 7.2", start, start + len("Brug 7.2"), 0.7)])
    assert (c.name, text[c.start:c.end]) == ("De Brug 7.2", "De Brug 7.2")
    assert c.aliases == ["Brug 7.2"]  # (the form a register or another report may give, for the body's identity)


def test_an_article_without_quotes_stays_outside_the_name():
    text = "het team van werkbedrijf De Brug 7.2 verhuisde in mei"
    start = text.index("Brug")
    (c,) = _with_surroundings(text, [Cand("Brug 7.2", start, start + len("Brug 7.2"), 0.7)])
    assert c.name == "Brug 7.2"


@pytest.mark.parametrize("sentence", [
    "Paragrafen\nParagraaf Grondbeleid Dalvoorde\nParagraaf Weerstandsvermogen en Risicobeheersing\nParagraaf Bedrijfsvoering",
    "De Afdeling Samenleving en Zorg stelde het plan op.",
    "Dit jaarverslag is samengesteld door de gemeente; Foto's Lichtwerk Dalvoorde.",
    "Inhoudsopgave II Werkwijze 12 III Uitkomsten 18 V Gebruikte bronnen en begrippen 40",
], ids=["paragraph headings", "a department", "a picture's credit", "a section's numeral"])
def test_structure_units_and_credits_are_no_initiatives(sentence):
    names = initiatives_in(sentence)
    assert not {n for n in names if any(w in n for w in ("Grondbeleid", "Weerstandsvermogen", "Afdeling", "Foto",
                                                          "Gebruikte"))}, names


@pytest.mark.parametrize("sentence, name", [
    ("De leesaanpak is opgezet met expertisecentrum Waterlicht.", "Waterlicht"),
    ("In de wijk opende innovatiecentrum Het Atelier een werkplaats voor jongeren.", "Het Atelier"),
    ("Met kenniscentrum De Zaaier maakten we een plan voor de cursussen.", "De Zaaier"),
])
def test_a_name_after_a_centre_of_knowledge_in_lower_case(sentence, name):
    assert any(name in n for n in orgs_in(sentence))
