"""Constructions of any report, forty-ninth round: a body named after its labour-market region, a plan's name that a
preposition cannot open, and a table row whose amounts are glued to its label. Every text here is invented."""

from .conftest import CHAPTER, names_of


def test_a_body_named_after_its_region_keeps_the_regions_last_word():
    # "Zuid-Holland Centraal" is a region of its own (the province and "Centraal"), as "Noord-Holland Noord" is
    text = CHAPTER + "Het Werkcentrum Zuid-Holland Centraal begeleidt dit jaar ook statushouders.\n"
    got = names_of(text, "organisations")
    assert "Werkcentrum Zuid-Holland Centraal" in got, got
    assert "Werkcentrum Zuid-Holland" not in got, got


def test_a_preposition_after_a_plan_word_opens_no_plans_name():
    text = CHAPTER + ("Het saldo op dit programma tussen 2022 en 2023 daalt door de inhuur. "
                      "De beleidsnota vrijwillige inzet 2024-2027 is vastgesteld.\n")
    got = names_of(text, "initiatives")
    assert not any("tussen" in n for n in got), got
    assert "Beleidsnota vrijwillige inzet 2024-2027" in got or "beleidsnota vrijwillige inzet 2024-2027" in got, got


def test_a_label_glued_to_its_amounts_is_no_name():
    # a table copied without its cell borders: "Bewonersbudget Hoge Akker" and its amounts as one word
    text = CHAPTER + ("Bedragen * €1.000 per jaar\nLasten\nBewonersbudget Hoge Akker412039880\n"
                      "Welzijn Huurlasten000000\n\nWe werken met Buurtkracht073 aan het jongerenwerk.\n")
    orgs, inits = names_of(text, "organisations"), names_of(text, "initiatives")
    assert not any(any(ch.isdigit() for ch in n[-5:]) and n != "Buurtkracht073" for n in orgs | inits), (orgs, inits)
    assert "Buurtkracht073" in orgs, orgs  # a name with its area code is a name


def test_a_kind_in_lower_case_before_a_place_names_the_body_of_that_place():
    # "bibliotheek X" with X a region or town: the library of X (the place alone would be the place)
    got = names_of(CHAPTER + "We werken samen met bibliotheek Rivierenland en de lokale omroep Dalfsen aan "
                             "taalcafés.\n", "organisations")
    assert {"Bibliotheek Rivierenland", "Omroep Dalfsen"} <= got, got
    assert not got & {"Rivierenland", "Dalfsen"}, got


def test_a_list_of_partners_with_their_parts_in_brackets_and_names_with_in_de():
    # "onze partners A (sportcoaches), B in de C, D (jongerenwerkers) en E": every item a partner, whole
    text = CHAPTER + ("De zomerweken zijn mogelijk gemaakt door onze partners SBV (sportcoaches), Muziek "
                      "in de Wijk, Jongerenwerk Oost (jongerenwerkers) en Humanitas. Er was veel animo.\n")
    orgs, inits = names_of(text, "organisations"), names_of(text, "initiatives")
    assert {"SBV", "Muziek in de Wijk", "Jongerenwerk Oost", "Humanitas"} <= orgs, orgs
    assert "Muziek in de Wijk" not in inits and "Muziek" not in orgs, (orgs, inits)


def test_a_slash_between_a_body_and_its_branch_is_one_body():
    text = CHAPTER + ("Onze partners in dit programma zijn:\n   • GGD Dalwijk\n   • Stichting Heuvel/HeuvelWerk\n"
                      "   • Vericon Advies/Regiobank\nVoor nadere toelichting zie de paragraaf verbonden partijen.\n")
    got = names_of(text, "organisations")
    assert "Heuvel" in got and "HeuvelWerk" not in got, got  # the branch's name, an alias of its body
    assert {"Vericon Advies", "Regiobank"} <= got, got  # two bodies


def test_accountability_given_elsewhere_is_no_cue_of_an_account():
    # a budget that says where it accounts for its results ("over de bereikte resultaten wordt in de monitor
    # verantwoording afgelegd") is no account itself
    from sdkg.loaders.metadata import infer_meta

    from .conftest import text_doc

    text = ("Programma 2 Samenleving\n\nIn 2030 doen alle inwoners mee. Over de bereikte resultaten wordt in de "
            "wijkmonitor verantwoording afgelegd. Het college stelt elk jaar een uitvoeringsagenda op.\n")
    assert infer_meta(text_doc(text), {}).document_type == "begroting"
    account = "Programma 2 Samenleving\n\nIn dit jaarverslag leggen we verantwoording af over de bereikte resultaten.\n"
    assert infer_meta(text_doc(account), {}).document_type == "jaarverslag"


def test_who_is_supported_with_a_grant_is_an_organisation():
    text = CHAPTER + ("We ondersteunen Buurtkracht12 en Dalwijk Sociaal Werk met een vierjarige subsidie voor de "
                      "sociale basis. We ondersteunen inwoners met een bijdrage in de kosten.\n")
    orgs, inits = names_of(text, "organisations"), names_of(text, "initiatives")
    assert {"Buurtkracht12", "Dalwijk Sociaal Werk"} <= orgs, orgs
    assert "Dalwijk Sociaal Werk" not in inits, inits


def _figures(text: str, year: int) -> set[tuple]:
    from sdkg.loaders.extract.figures import find_figures

    return {(f.value, f.year) for f in find_figures(text, year)}


def test_a_column_year_with_a_bracketed_year_after_it():
    # "Begroting 2018 (2019)": the column is of its first year, the bracket a note
    text = ("Wat mag het kosten?\n\nOmschrijving Rekening 2017 Begroting 2018 (2019) Begroting 2019 Begroting 2020\n"
            "Lasten\nJeugdhulp 119.915 89.774 97.767 99.390\nTotaal Lasten 295.497 338.746 346.939 348.562\n")
    got = _figures(text, 2019)
    assert (97767.0, 2019) in got and (346939.0, 2019) in got, got
    assert not any(v in (89774.0, 99390.0) for v, _y in got), got  # (a plan of another year, a later one)


def test_cells_under_years_no_reader_could_match_get_no_year_of_their_own():
    # a header of years the reader cannot match: each cell would otherwise be dated by the report's year
    text = ("Wat mag het kosten?\n\nExploitatie Rekening 2017 Begroting 2018 [bijgesteld] Begroting 2019 Begroting 2020\n"
            "Lasten\nJeugdhulp 119.915 89.774 97.767 99.390\n")
    assert _figures(text, 2019) == set()
    # (under kinds without years each cell may still be read: "Begroot Rekening Verschil")
    assert _figures("Wat heeft het gekost?\n\nBegroot Rekening Verschil\nJeugdhulp 1.200 1.350 150\n", 2019)
