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
    text = CHAPTER + ("We ondersteunen Buurtkracht12 en Dalwijk Sociaal Werk met een meerjarige subsidie voor de "
                      "sociale basis. We ondersteunen inwoners met een bijdrage in de kosten.\n")
    orgs, inits = names_of(text, "organisations"), names_of(text, "initiatives")
    assert {"Buurtkracht12", "Dalwijk Sociaal Werk"} <= orgs, orgs
    assert "Dalwijk Sociaal Werk" not in inits, inits
