"""Organisations known only by their context: the list they stand in, the clause that follows them."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_a_name_before_its_head_word_anchors_a_list():
    # "Kompaan Welzijn" is an organisation by its head word; its siblings in the list are too
    text = ("Gemeente Zwolle, jaarverslag 2022. Er ligt een bouwplan waar alle betrokkenen (de buurt, Zonnedauw, "
            "Kwikstaart, Kompaan Welzijn) naar uitkijken.")
    assert {"Zonnedauw", "Kwikstaart", "Kompaan Welzijn"} <= _orgs(text)


def test_without_a_sure_organisation_a_list_names_none():
    text = ("Gemeente Zwolle, jaarverslag 2022. Er ligt een bouwplan waar alle betrokkenen (de buurt, Zonnedauw, "
            "Kwikstaart, Jeugd & Gezin) naar uitkijken.")
    assert not _orgs(text) & {"Zonnedauw", "Kwikstaart"}


def test_the_last_item_of_an_inline_list_ends_before_its_verb():
    text = ("Gemeente Zwolle, begroting 2024. Vragen over de gemeenschappelijke regelingen Wadlopers, "
            "Recreatieschap Holterberg en Regionaal Archief Salland kunnen tot 1 februari gesteld worden.")
    orgs = _orgs(text)
    assert {"Wadlopers", "Recreatieschap Holterberg", "Regionaal Archief Salland"} <= orgs
    assert not any("kunnen" in o for o in orgs)


def test_a_name_in_a_part_only_an_organisation_plays():
    text = ("Gemeente Zwolle, jaarverslag 2022. Zwolle is lid geworden van Stedenband. De taken van het "
            "jongerenwerk zijn overgedragen aan De Kapstok. Met Buurtkracht is afgesproken dat de inloop blijft. "
            "Kwartier Zorg is in 2021 opgericht. Het ouderenwerk werd door Zilverpijl georganiseerd.")
    assert {"Stedenband", "De Kapstok", "Buurtkracht", "Kwartier Zorg", "Zilverpijl"} <= _orgs(text)


def test_no_place_person_month_or_common_word_in_such_a_part():
    text = ("Gemeente Zwolle, jaarverslag 2022. Anna is lid geworden van de adviesraad. De taken zijn overgedragen "
            "aan Deventer. Met Kampen is afgesproken dat de pilot doorgaat. Sport voert de boventoon; sport is "
            "belangrijk. In september is lid geworden van Maart niets.")
    orgs = _orgs(text)
    assert not orgs & {"Anna", "Deventer", "Kampen", "Sport", "Maart"}


def test_a_sentence_start_article_is_not_part_of_the_name():
    text = "Gemeente Zwolle, jaarverslag 2022. De Wadlopers voerde de schuldhulp uit; ook Ravelijn hielp."
    x = extract(text_doc(text))
    orgs = {o.name: o.aliases for o in x.organisations}
    assert "Wadlopers" in orgs and "De Wadlopers" in orgs["Wadlopers"]


def test_a_name_the_sentence_calls_an_organisation_or_gives_a_task():
    text = ("Gemeente Zwolle, jaarverslag 2022. Kernkracht, een stichting van vrijwilligers, helpt gezinnen. "
            "Opmaat is de welzijnsorganisatie van de stad. De opdracht is gegund aan Trajectum Plus. "
            "Het maatjesproject is ondergebracht bij Vonkel.")
    assert {"Kernkracht", "Opmaat", "Trajectum Plus", "Vonkel"} <= _orgs(text)


def test_an_acronym_that_opens_a_longer_name_is_its_short_form():
    text = ("Gemeente Zwolle, jaarverslag 2022. Het jongerenwerk wordt geleverd door KWS Welzijn. "
            "Daarnaast heeft KWS een inloop geopend in de bibliotheek.")
    orgs = {o.name: o.aliases for o in extract(text_doc(text)).organisations}
    assert "KWS" not in orgs and "KWS" in orgs["KWS Welzijn"]


def test_the_actor_of_a_stated_relation_is_an_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2022.\n\nEr is een kerngroep eenzaamheid gevormd, bestaande uit:\n\n"
            " • Gemeente Zwolle\n • Stichting Opmaat\n • Kwadrantis\n\nDe kerngroep kwam vier keer bijeen.\n")
    x = extract(text_doc(text))
    assert "Kwadrantis" in {o.name for o in x.organisations}
    rel = next(r for r in x.relations if "Kwadrantis" in (r.subject, r.object))
    assert rel.predicate == "partner_of"
    assert (rel.subject_kind if rel.subject == "Kwadrantis" else rel.object_kind) == "organisation"


def test_a_capital_article_inside_a_list_belongs_to_the_name():
    text = ("Gemeente Zwolle, jaarverslag 2022. Alle betrokkenen (de buurt, Zonnedauw, De Vlonder, "
            "Kompaan Welzijn) kijken uit naar het gebouw. Het plan (Kompaan Welzijn, Kwikstaart, Het Buurtteam "
            "en de gemeente) is klaar.")
    orgs = _orgs(text)
    assert {"De Vlonder", "Zonnedauw", "Kwikstaart"} <= orgs
    assert "Vlonder" not in orgs and not {"Het Buurtteam", "Buurtteam"} & orgs  # a team is no organisation


def test_st_before_a_name_is_a_legal_form_and_st_before_a_place_is_none():
    text = ("Gemeente Zwolle, jaarverslag 2022. De uitbreiding van de St. Ansfridus komt in het gebouw van "
            "OBS De Klimop. Een delegatie uit St. Michielsgestel kwam kijken.")
    orgs = {o.name: o.aliases for o in extract(text_doc(text)).organisations}
    assert "St. Ansfridus" in orgs.get("Ansfridus", [])
    assert not any("Michielsgestel" in n for n in orgs)


def test_the_two_parties_of_a_partnership():
    text = ("Gemeente Zwolle, jaarverslag 2022.\n\n • Samenwerking Poppodium Hedon en De Kapstok onderzocht\n"
            " • Samenwerking Jeugd en Onderwijs versterkt; jeugd en onderwijs horen bij elkaar\n")
    orgs = _orgs(text)
    assert {"Poppodium Hedon", "De Kapstok"} <= orgs and not orgs & {"Jeugd", "Onderwijs"}


def test_bodies_that_work_towards_their_merger_are_organisations():
    # a merger is something only organisations undergo, also when it is still being prepared
    orgs = _orgs("Gemeente Zwolle, jaarverslag 2022. Centrum Jeugd Dalwijk en Stichting Heuvelhof hebben in 2022 "
                 "gewerkt aan hun fusie. Buurtwerk Veldmonde en Kernkracht Oost bereiden een bestuurlijke fusie voor.")
    assert {"Centrum Jeugd Dalwijk", "Heuvelhof", "Buurtwerk Veldmonde", "Kernkracht Oost"} <= orgs, orgs


def test_a_named_team_that_acts_as_a_body_is_an_organisation():
    # a named team is a service (an initiative by the guideline) until the sentence makes it act as a body:
    # it carries out a task, receives a grant
    doc = extract(text_doc("Gemeente Zwolle, jaarverslag 2022. Sociaal Team Dalwijk voert de keukentafelgesprekken "
                           "uit. De gemeente verleent subsidie aan het Sociaal Team Heuvelhof. Inwoners kunnen terecht "
                           "bij het Sociaal Team Veldmonde."))
    orgs, inits = {o.name for o in doc.organisations}, {i.name for i in doc.initiatives}
    assert {"Sociaal Team Dalwijk", "Sociaal Team Heuvelhof"} <= orgs, orgs
    assert "Sociaal Team Veldmonde" in inits and "Sociaal Team Veldmonde" not in orgs, (orgs, inits)
