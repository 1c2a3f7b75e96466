"""Extraction, thirty-first round: a body's number in a register, a municipality's short telephone number, amounts
before what a body provides, the homes a housing corporation builds or lets, people placed in work, and what the
relations show of a name first read as an initiative (a partner of the municipality; a list of bodies)."""

import pytest

from .conftest import CHAPTER, names_of, relation_triples, text_doc
from .conftest import initiatives_in as _initiatives_in
from .conftest import orgs_in as _orgs_in


def _labels_of(text: str) -> dict[float, str]:
    """Each figure's value and label in a report made from a string."""
    from sdkg.loaders.extract import extract

    return {f.value: f.label for f in extract(text_doc(text)).figures}


def _labels(sentence: str) -> dict[float, str]:
    return _labels_of(CHAPTER + sentence + "\n")


def _figure_values(sentence: str) -> set[float]:
    return set(_labels(sentence))


@pytest.mark.parametrize("sentence", [
    "Stichting Dalkracht (KvK 41234567) voert het jongerenwerk uit.",
    "Stichting Dalkracht, KvK-nummer 41234567, voert het jongerenwerk uit.",
    "Stichting Dalkracht (KvK-nr. 41234567) voert het jongerenwerk uit.",
], ids=["in brackets", "KvK-nummer", "KvK-nr."])
def test_a_number_in_the_trade_register_names_no_partner(sentence):
    got = _orgs_in(sentence)
    assert "Dalkracht" in got
    assert "Kamer van Koophandel" not in got


def test_the_trade_register_as_an_actor_stays_an_organisation():
    assert "Kamer van Koophandel" in _orgs_in("De KvK, de Belastingdienst en het UWV werken samen in het ondernemersloket.")


@pytest.mark.parametrize("sentence", [
    "Vragen? Bel het Sociaal Wijkteam via 14 0570 of mail ons.",
    "Het Zorgloket is op werkdagen bereikbaar via telefoonnummer 14 020.",
], ids=["14 0570", "14 020"])
def test_a_municipalitys_short_telephone_number_is_no_figure(sentence):
    assert 14 not in _figure_values(sentence)


def test_fourteen_of_something_is_still_a_figure():
    assert 14 in _figure_values("In 2023 openden 14 buurthuizen hun deuren voor ouderen.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Tafelvast Thuiszorg leverde 52.000 uur huishoudelijke ondersteuning.", "Tafelvast Thuiszorg"),
    ("Dalkracht leverde ruim 3.000 uur begeleiding.", "Dalkracht"),
    ("Brugvast biedt 40 werkplekken voor beschut werk.", "Brugvast"),
], ids=["52.000 uur", "ruim 3.000 uur", "40 werkplekken"])
def test_an_amount_before_what_a_body_provides(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Heuvelstee Wonen realiseerde 40 nieuwe sociale huurwoningen.", {"Heuvelstee Wonen"}),
    ("In 2023 bouwde Heuvelstee Wonen 120 woningen voor starters.", {"Heuvelstee Wonen"}),
    ("Heuvelstee Wonen verhuurt ruim 6.000 woningen in de gemeente.", {"Heuvelstee Wonen"}),
    ("De huurachterstanden bij Heuvelstee Wonen en Brugvast Wonen zijn gedaald.",
     {"Heuvelstee Wonen", "Brugvast Wonen"}),
    ("De huurwoningen van Heuvelstee Wonen worden verduurzaamd.", {"Heuvelstee Wonen"}),
], ids=["realiseerde", "bouwde", "verhuurt", "huurachterstanden bij A en B", "huurwoningen van"])
def test_the_homes_a_housing_corporation_builds_or_lets(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("Het project Samen Thuis realiseerde 40 woningen voor jongeren.", "Samen Thuis"),
    ("Het programma Wonen en Zorg realiseerde 30 zorgwoningen.", "Wonen en Zorg"),
    ("In 2023 bouwde Putten 120 nieuwe woningen.", "Putten"),
], ids=["a project", "a programme", "the municipality"])
def test_what_builds_homes_without_being_a_body(sentence, unwanted):
    assert not {n for n in _orgs_in(sentence) if unwanted in n}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht Werkt plaatste 120 mensen met een uitkering bij een werkgever.", "Dalkracht Werkt"),
    ("In 2023 plaatste Brugvast 85 werkzoekenden in een baan.", "Brugvast"),
], ids=["plaatste 120 mensen", "plaatste 85 werkzoekenden"])
def test_people_placed_in_work_by_a_body(sentence, want):
    assert want in _orgs_in(sentence)


def test_the_municipality_placing_people_is_no_organisation():
    assert _orgs_in("De gemeente plaatste 45 statushouders in een woning.") == set()


def test_a_partner_first_read_as_an_initiative_is_an_organisation():
    sentence = "Met Heuvelstee Wonen, Brugvast Wonen en Tafelvast Zorg is een convenant vroegsignalering gesloten."
    assert {"Heuvelstee Wonen", "Brugvast Wonen", "Tafelvast Zorg"} <= _orgs_in(sentence)
    assert not _initiatives_in(sentence)


def test_a_list_of_bodies_is_no_initiative_and_has_no_relations():
    text = CHAPTER + "Met Heuvelstee Wonen, Brugvast Wonen en Tafelvast Zorg is een convenant vroegsignalering gesloten.\n"
    assert "Brugvast Wonen en Tafelvast Zorg" not in names_of(text, "initiatives")
    assert not {t for t in relation_triples(text) if "Brugvast Wonen en Tafelvast Zorg" in t}


def test_an_initiative_bodies_take_part_in_stays_an_initiative():
    text = CHAPTER + ("Dalkracht en Brugvast werken samen in het project Samen Thuis. "
                      "In het project Samen Thuis werken we samen met bewoners.\n")
    assert "Samen Thuis" not in {n for n in names_of(text, "organisations") if "Samen Thuis" in n}
    assert any("Samen Thuis" in n for n in names_of(text, "initiatives"))


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het akkoord is ondertekend door zorgaanbieder Dalkracht en Sportbedrijf Kernkracht.",
     {"Dalkracht", "Sportbedrijf Kernkracht"}),
    ("Het akkoord is ondertekend door welzijnsorganisatie Dalkracht en Stichting Kernkracht.",
     {"Dalkracht", "Kernkracht"}),
], ids=["A en Sportbedrijf B", "A en Stichting B"])
def test_a_role_word_before_two_names_names_two_bodies(sentence, want):
    got = _orgs_in(sentence)
    assert want <= got
    assert not {n for n in got if " en " in n}


def test_a_name_that_holds_en_after_its_role_word_stays_whole():
    assert "Zorg en Welzijn Dalwijk" in _orgs_in("De gemeente werkt samen met welzijnsorganisatie Zorg en Welzijn Dalwijk.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het akkoord is ondertekend door Kernkracht en huisartsengroep Dalkracht.", {"Kernkracht", "Dalkracht"}),
    ("Het preventieakkoord is ondertekend door onder andere Sportbedrijf Kernkracht en huisartsengroep Dalkracht.",
     {"Sportbedrijf Kernkracht", "Dalkracht"}),
    ("Kernkracht en peuteropvang Zonnetij bieden voorschoolse educatie aan.", {"Kernkracht", "Zonnetij"}),
    ("In gezondheidscentrum Lindeloop houden de huisartsen spreekuur.", {"Lindeloop"}),
], ids=["huisartsengroep after en", "after onder andere", "peuteropvang, plural verb", "gezondheidscentrum"])
def test_a_kind_in_lower_case_before_a_listed_name(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Per 1 januari is Tafelvast gestopt als aanbieder van jeugdhulp.", "Tafelvast"),
    ("Tafelvast is in 2023 gestopt als uitvoerder van de dagbesteding.", "Tafelvast"),
    ("In de stuurgroep zitten de wethouder en de voorzitter van Tafelvast.", "Tafelvast"),
    ("De directeur van Brugvast gaf een toelichting.", "Brugvast"),
], ids=["is X gestopt als aanbieder", "X is gestopt als uitvoerder", "voorzitter van", "directeur van"])
def test_a_provider_that_stopped_and_the_head_of_a_body(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("De voorzitter van de Raad opende de vergadering.", "Raad"),
    ("Het project is in 2023 gestopt als pilot.", "Het project"),
], ids=["the council's chair", "a project that stopped"])
def test_heads_and_stops_that_name_no_body(sentence, unwanted):
    assert not {n for n in _orgs_in(sentence) if unwanted.lower() in n.lower()}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht is de nieuwe naam van de fusieorganisatie van Brugvast en Lindeloop.",
     {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("Sinds de fusieorganisatie van Brugvast en Lindeloop actief is, is de wachtlijst korter.", {"Brugvast", "Lindeloop"}),
], ids=["is de nieuwe naam van de fusieorganisatie", "de fusieorganisatie van A en B"])
def test_the_bodies_of_a_merger(sentence, want):
    assert want <= _orgs_in(sentence)


def test_the_name_of_a_plan_is_no_body():
    assert "Samen Verder" not in _orgs_in("Samen Verder is de naam van het nieuwe beleidsplan.")


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("Met de nieuwe aanpak hebben we 20 dak- en thuislozen een woning gegeven.", 20, "dak- en thuislozen"),
    ("De kosten van beschermd wonen bedroegen € 3,4 miljoen (begroot: € 3,1 miljoen).", 3_400_000,
     "kosten van beschermd wonen"),
    ("De kosten van beschermd wonen bedroegen € 3,4 miljoen (begroot: € 3,1 miljoen).", 3_100_000,
     "kosten van beschermd wonen (begroot)"),
    ("Ruim 60% van de jongeren met jeugdhulp is tevreden over de geboden hulp.", 60, "van de jongeren (ruim)"),
    ("De gemiddelde wachttijd voor een Wmo-voorziening was 6,5 week.", 6.5,
     "gemiddelde wachttijd voor een Wmo-voorziening"),
    ("Het percentage inwoners dat zich eenzaam voelt, is gestegen tot 48%.", 48,
     "percentage inwoners dat zich eenzaam voelt"),
    ("Het aantal schuldhulptrajecten steeg in 2023 met 12 procent.", 12, "aantal schuldhulptrajecten"),
], ids=["dak- en thuislozen", "kosten ... bedroegen", "(begroot: ...)", "60% van de", "gemiddelde wachttijd",
        "percentage ... is gestegen tot", "aantal ... steeg met"])
def test_a_figure_is_labelled_by_what_it_measures(sentence, value, label):
    assert _labels(sentence).get(value) == label


def test_a_count_keeps_the_noun_after_it():
    assert _labels("In 2023 kregen 312 kinderen een bijdrage uit het fonds.").get(312) == "kinderen"


@pytest.mark.parametrize(("sentence", "want"), [
    ("Maatjesproject (uitvoering: Brugvast) is uitgebreid naar de dorpen.", "Brugvast"),
    ("De cliëntondersteuners van Lindeloop voerden 600 gesprekken.", "Lindeloop"),
    ("De ouderenadviseurs werken voor Zonnetij.", "Zonnetij"),
    ("De consulenten zijn in dienst van Kernkracht.", "Kernkracht"),
    ("Dalkracht heeft extra jongerenwerkers ingezet in de wijk.", "Dalkracht"),
    ("Brugvast zette drie buurtcoaches in.", "Brugvast"),
], ids=["(uitvoering: X)", "cliëntondersteuners van", "werken voor", "zijn in dienst van", "heeft ... ingezet",
        "zette ... in"])
def test_who_carries_out_a_project_and_who_employs_its_staff(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Het project heeft extra vrijwilligers ingezet.",
    "De gemeente heeft extra consulenten ingezet.",
    "De medewerkers werken voor Putten en omgeving.",
], ids=["a project", "the municipality", "the municipality they work for"])
def test_staff_deployed_or_employed_without_a_named_body(sentence):
    assert _orgs_in(sentence) == set()


def _meta(text: str):
    from sdkg.loaders.metadata import infer_meta

    return infer_meta(text_doc(text, source="page.txt"))


def test_an_annual_account_titled_jaarverantwoording_is_an_annual_report_of_its_year():
    meta = _meta("Jaarverantwoording 2019\nProgramma 4 Welzijn\nIn 2019 zijn 320 inwoners geholpen bij schulden.\n")
    assert (meta.document_type, meta.year) == ("jaarverslag", 2019)


def test_a_table_header_word_that_is_also_a_village_names_no_municipality():
    meta = _meta("Beleidsindicatoren\nIndicator | Eenheid | Waarde | Jaar\nJongeren met jeugdhulp | % | 11,2 | 2022\n")
    assert meta.municipality is None


def test_a_numbered_paragraph_on_verbonden_partijen_is_a_budgets():
    meta = _meta("Paragraaf 4.6 Verbonden partijen\nGGD Hart voor Brabant\nVestigingsplaats: Tilburg\n"
                 "Doel: uitvoering publieke gezondheidszorg voor de inwoners van Dongen.\n")
    assert meta.document_type == "begroting"
    assert meta.municipality is not None and meta.municipality.name == "Dongen"


def test_a_joint_bodys_seat_weighs_less_than_the_municipality_it_serves():
    meta = _meta("Verbonden partij: Veiligheidsregio Midden- en West-Brabant\nVestigingsplaats: Tilburg\n"
                 "Doel: brandweerzorg, ook voor de kern 's Gravenmoer.\n")
    assert meta.municipality is not None and meta.municipality.name == "Dongen"  # the village's, not the seat's


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht heeft een contract met de gemeente voor de huishoudelijke hulp.", "Dalkracht"),
    ("Brugvast heeft een subsidieaanvraag ingediend voor het buurtwerk.", "Brugvast"),
    ("De subsidieaanvraag van Lindeloop is toegekend.", "Lindeloop"),
    ("Na het faillissement van Tafelvast zijn de cliënten overgenomen.", "Tafelvast"),
    ("Zonnetij is failliet verklaard.", "Zonnetij"),
    ("De Raad van Toezicht van Kernkracht heeft een nieuwe bestuurder benoemd.", "Kernkracht"),
    ("Heuvelstee is gevestigd in het gezondheidscentrum.", "Heuvelstee"),
    ("Dalkracht opende een nieuwe locatie in de wijk.", "Dalkracht"),
    ("Tafelvast is gecertificeerd voor jeugdbescherming.", "Tafelvast"),
    ("De accountantsverklaring van Kernkracht ontbrak.", "Kernkracht"),
], ids=["contract met de gemeente", "subsidieaanvraag ingediend", "subsidieaanvraag van", "faillissement van",
        "failliet", "Raad van Toezicht van", "gevestigd in", "opende een nieuwe locatie", "gecertificeerd",
        "accountantsverklaring van"])
def test_what_only_a_body_has_or_undergoes(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("Het Jongerenloket is gevestigd in het gemeentehuis.", "Jongerenloket"),
    ("Het Wmo-loket opende een nieuwe locatie in het dorpshuis.", "Wmo-loket"),
    ("Het Jongerenloket biedt hulp aan jongeren.", "Jongerenloket"),
    ("De jaarrekening van Putten sluit met een positief saldo.", "Putten"),
    ("De directie van Sociaal Domein heeft de wijkteams gereorganiseerd.", "Sociaal Domein"),
], ids=["a desk's seat", "a desk's location", "a desk's help", "the municipality's accounts", "a department"])
def test_desks_departments_and_the_municipality_are_no_bodies(sentence, unwanted):
    assert unwanted not in _orgs_in(sentence)


def test_a_foundation_named_as_a_desk_is_a_body():
    assert "Jongerenloket" in _orgs_in("Stichting Jongerenloket biedt hulp aan jongeren.")


def test_plain_lines_under_a_sentence_that_announces_parties():
    text = CHAPTER + "Deze partijen werkten mee:\nDalkracht\nBrugvast\nLindeloop Zorg\nZonnetij\n"
    assert {"Dalkracht", "Brugvast", "Lindeloop Zorg", "Zonnetij"} <= names_of(text, "organisations")


def test_plain_lines_under_a_heading_of_themes_are_no_bodies():
    text = CHAPTER + "De volgende thema's komen aan bod:\nEenzaamheid\nArmoede\nMantelzorg\n"
    assert not names_of(text, "organisations")


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("Met Nederland Leest organiseerde de bibliotheek leesclubs.", "Met Nederland Leest"),
    ("Via Samen Sterk organiseerde Dalkracht bijeenkomsten.", "Via Samen Sterk"),
    ("Voor Kansrijke Start coördineert de GGD de aanpak.", "Voor Kansrijke Start"),
], ids=["Met X ... de", "Via X ... Name", "Voor X ... de"])
def test_a_phrase_put_first_is_no_subject(sentence, unwanted):
    assert unwanted not in _orgs_in(sentence)


def test_the_subject_after_the_verb_is_still_found():
    assert "Dalkracht" in _orgs_in("Via Samen Sterk organiseerde Dalkracht bijeenkomsten.")


def test_a_name_that_opens_with_a_preposition_can_be_the_subject():
    assert "Voor Elkaar Putten" in _orgs_in("Voor Elkaar Putten organiseert een buurtfeest.")


def test_a_panel_is_no_body():
    assert "Jongerenpanel" not in _orgs_in("Het Jongerenpanel adviseerde over het jeugdbeleid.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Met de campagne Praat erover! vragen we aandacht voor eenzaamheid.", "Campagne Praat erover!"),
    ("Met de campagne Doe mee! bereikten we 400 jongeren.", "Campagne Doe mee!"),
], ids=["Praat erover!", "Doe mee!"])
def test_a_title_that_exclaims_runs_to_its_mark(sentence, want):
    assert want in _initiatives_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Stichting Dalkracht en Adviespunt Brugvast boden onafhankelijke cliëntondersteuning.", {"Dalkracht", "Adviespunt Brugvast"}),
    ("Dalkracht en Brugvast leverden 40.000 uur huishoudelijke hulp.", {"Dalkracht", "Brugvast"}),
], ids=["boden cliëntondersteuning", "leverden uur hulp"])
def test_bodies_that_provide_a_service_together(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Jongeren en Ouderen boden we extra begeleiding.",
    "Vrijwilligers en mantelzorgers boden praktische hulp.",
], ids=["the object before 'we'", "people"])
def test_people_that_provide_help_together_are_no_bodies(sentence):
    assert _orgs_in(sentence) == set()


def test_a_contract_awarded_is_not_what_the_contractor_provides():
    text = CHAPTER + "De opdracht is gegund aan Thuiszorg Dijkzicht B.V. en Zorgcoöperatie Lindenhoeve.\n"
    got = relation_triples(text)
    assert ("Thuiszorg Dijkzicht", "contracted_by", "Putten") in got
    assert not {t for t in got if t[1] == "provides" and t[2].lower() in ("opdracht", "de opdracht")}


@pytest.mark.parametrize("sentence", [
    "Het college besluit de opdracht te gunnen aan Dalkracht.",
    "De gemeente gunt de opdracht voor het vervoer aan Dalkracht.",
], ids=["te gunnen aan", "gunt ... aan"])
def test_a_contract_awarded_in_a_decision(sentence):
    assert "Dalkracht" in _orgs_in(sentence)


def _others(text: str) -> set[str]:
    return names_of(text, "other_municipalities")


def test_a_municipality_after_inwoners_van_at_a_sentence_start():
    text = "Jaarverslag 2023 gemeente Deventer\n\nSociaal domein\n\nInwoners van Epe en Heerde kunnen ook terecht.\n"
    assert {"Epe", "Heerde"} <= _others(text)


def test_a_name_with_van_and_a_municipality_stays_a_name():
    text = "Jaarverslag 2023 gemeente Deventer\n\nSociaal domein\n\nHet project Huizen van Morgen loopt goed.\n"
    assert "Huizen" not in _others(text)


def test_a_shared_name_with_its_province():
    text = ("Jaarverslag 2023 gemeente Deventer\n\nSociaal domein\n\nIn Bergen (NH) en Bergen (L) zijn vergelijkbare "
            "initiatieven.\n")
    assert {"Bergen (NH)", "Bergen (L)"} <= _others(text)


def test_a_shared_name_without_its_province_outside_the_authors_province_stays_out():
    text = "Jaarverslag 2023 gemeente Deventer\n\nSociaal domein\n\nIn Bergen zijn vergelijkbare initiatieven.\n"
    assert not {n for n in _others(text) if n.startswith("Bergen")}


def test_a_municipality_after_an_adverb_that_opens_the_sentence():
    text = ("Jaarverslag 2023 gemeente Deventer\n\nSociaal domein\n\nOok De Bilt, De Ronde Venen en Altena deden "
            "mee.\n")
    assert {"De Bilt", "De Ronde Venen", "Altena"} <= _others(text)


def test_an_act_in_wet_after_algemene_is_a_law():
    got = names_of(CHAPTER + "De Toeslagenwet en de Algemene nabestaandenwet (Anw) vallen buiten onze taken.\n", "laws")
    assert {"Toeslagenwet", "Algemene nabestaandenwet"} <= got


def test_algemene_before_a_body_names_no_law():
    assert not names_of(CHAPTER + "De Algemene Rekenkamer onderzocht de uitvoering.\n", "laws")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Centrum Jeugd en Gezin Putten organiseert opvoedcursussen.", "Centrum Jeugd en Gezin Putten"),
    ("Het Jeugdteam van Kernkracht begeleidde 120 gezinnen.", "Kernkracht"),
], ids=["Centrum Jeugd en Gezin X", "Jeugdteam van"])
def test_the_youth_and_family_centre_and_the_body_a_team_belongs_to(sentence, want):
    assert want in _orgs_in(sentence)


def test_a_team_named_after_its_service_is_no_body():
    assert not _orgs_in("Er is een team van Acute Opvang Jeugd opgericht.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Via de Regionale Sociale Dienst Dalwijk ontvangen inwoners een uitkering.", "Regionale Sociale Dienst Dalwijk"),
    ("De Intergemeentelijke Sociale Dienst Dalwijk (ISD) verstrekt bijstand.", "Intergemeentelijke Sociale Dienst Dalwijk"),
    ("De Regionale Sociale Dienst Dalwijk (RSD) verstrekt bijstand.", "Regionale Sociale Dienst Dalwijk"),
], ids=["Regionale Sociale Dienst", "De ... (ISD): the acronym spells the start", "De Regionale ... (RSD)"])
def test_a_joint_social_service_and_the_sentences_article(sentence, want):
    assert want in _orgs_in(sentence)


def test_a_role_word_heading_a_tables_column_names_no_body_in_the_next_cell():
    text = ("Jaarverslag 2023 gemeente Putten\nAanbieder\tProduct\tCliënten\nDalkracht\tBegeleiding\t120\n"
            "Brugvast\tDagbesteding\t80\nLindeloop Zorg\tHuishoudelijke hulp\t400\n")
    got = names_of(text, "organisations")
    assert {"Dalkracht", "Brugvast", "Lindeloop Zorg"} <= got
    assert "Product" not in got


def test_a_role_word_before_a_name_in_running_text():
    assert "Dalkracht" in _orgs_in("De gemeente werkt met zorgaanbieder Dalkracht aan kortere wachttijden.")


def test_a_name_ends_before_the_law_it_carries_out():
    got = _orgs_in("In 2022 hebben we met Dalkracht en de Stichting Brugvast de Wmo uitgevoerd.")
    assert {"Dalkracht", "Brugvast"} <= got
    assert not {n for n in got if "Wmo" in n}


def test_the_share_buttons_of_a_report_site_are_no_initiative():
    text = "Jaarverslag 2022\nSociaal domein\nDeel deze pagina: Facebook Twitter LinkedIn E-mail\nPrint deze pagina\n"
    assert not names_of(text, "initiatives")


def test_a_key_figure_with_its_unit_under_kengetallen():
    text = ("Jaarverslag 2022\nKengetallen\n• Aantal bijstandsuitkeringen: 1.150\n"
            "• Gemiddelde wachttijd schuldhulp: 3 weken\n")
    assert _labels_of(text).get(3) == "Gemiddelde wachttijd schuldhulp"


def test_a_number_after_a_colon_in_prose_stays_out():
    assert 312 not in _labels_of("Jaarverslag 2022\nDossier: 312\n")



@pytest.mark.parametrize(("sentence", "want"), [
    ("Het aantal mensen dat bij Scalorijn werkt, is gedaald.", "Scalorijn"),
    ("Inwoners met een Wsw-indicatie werken bij Dalkracht.", "Dalkracht"),
    ("Er werken 350 mensen in de sociale werkvoorziening bij Lindeloop.", "Lindeloop"),
    ("De detacheringen via Zonnetij zijn toegenomen.", "Zonnetij"),
], ids=["dat bij X werkt", "werken bij X", "werken ... bij X", "detacheringen via X"])
def test_where_people_work_or_are_placed(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "We werken bij voorkeur samen met de huisartsen.",
    "Medewerkers van de gemeente werken bij Putten Noord in het wijkcentrum.",
], ids=["bij voorkeur", "a part of town"])
def test_working_somewhere_that_is_no_body(sentence):
    assert _orgs_in(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Er is € 50.000 beschikbaar gesteld aan Kernkracht.", "Kernkracht"),
    ("De bijdrage aan Heuvelstee bedraagt € 120.000.", "Heuvelstee"),
], ids=["beschikbaar gesteld aan", "de bijdrage aan X bedraagt €"])
def test_money_handed_to_a_body(sentence, want):
    assert want in _orgs_in(sentence)


def test_a_contribution_to_an_undertaking_without_an_amount_names_no_body():
    assert "Samen Thuis" not in _orgs_in("De bijdrage aan Samen Thuis komt uit het fonds.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("De gemeente heeft Brugvast verzocht een plan van aanpak op te stellen.", "Brugvast"),
    ("De tarieven van Kernkracht zijn geïndexeerd.", "Kernkracht"),
], ids=["heeft X verzocht", "de tarieven van X"])
def test_a_body_asked_to_act_and_a_providers_rates(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "De gemeente heeft Jan de Vries gevraagd te komen.",
    "De gemeente heeft Jan de Vries verzocht te komen.",
], ids=["gevraagd", "verzocht"])
def test_a_person_asked_is_no_body(sentence):
    assert _orgs_in(sentence) == set()


def test_a_budgets_question_in_the_present_tense():
    meta = _meta("2.3 Jeugd\nBeleidsindicatoren\nJongeren met jeugdhulp | 11,2% | 2022\nWat doen we?\nWe versterken de "
                 "toegang via de wijkteams en investeren in preventie op scholen.\n")
    assert meta.document_type == "begroting"


def test_an_annual_reports_question_in_the_past_tense_stays_one():
    meta = _meta("2.3 Jeugd\nWat hebben we gedaan?\nWe hebben de toegang via de wijkteams versterkt en in 2023 meer "
                 "jongeren bereikt.\n")
    assert meta.document_type == "jaarverslag"


@pytest.mark.parametrize(("sentence", "want"), [
    ("De bijeenkomst werd georganiseerd m.m.v. Dalkracht.", {"Dalkracht"}),
    ("Het project loopt o.l.v. Brugvast.", {"Brugvast"}),
    ("Met medewerking van Lindeloop is de cursus gegeven.", {"Lindeloop"}),
    ("De training werd verzorgd ism Kernkracht.", {"Kernkracht"}),
    ("In nauwe samenwerking met Dalkracht en Brugvast is een aanpak ontwikkeld.", {"Dalkracht", "Brugvast"}),
], ids=["m.m.v.", "o.l.v.", "met medewerking van", "ism", "In nauwe samenwerking met"])
def test_who_works_along_by_its_abbreviated_cue(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_person_under_whose_lead_is_no_body():
    assert _orgs_in("De training werd gegeven o.l.v. Jan de Vries.") == set()


def test_the_bodies_a_list_of_representatives_names_after_a_common_noun():
    got = _orgs_in("Aan tafel zaten vertegenwoordigers van de gemeente, Dalkracht en Heuvelstee Wonen.")
    assert {"Dalkracht", "Heuvelstee Wonen"} <= got


def test_staff_of_the_municipality_and_of_the_neighbourhood_name_no_body():
    assert _orgs_in("Medewerkers van de gemeente en de wijkteams bezochten 40 gezinnen.") == set()


def test_a_body_with_its_service_in_brackets_in_a_list():
    text = CHAPTER + "- Dalkracht (opbouwwerk)\n- Brugvast (mantelzorgondersteuning)\n- Lindeloop (buurtwerk)\n"
    assert {"Dalkracht", "Brugvast", "Lindeloop"} <= names_of(text, "organisations")


def test_plain_lines_under_a_heading_of_partners_that_carry_out():
    text = CHAPTER + "Onze uitvoeringspartners\nDalkracht – welzijnswerk\nBrugvast – schuldhulpverlening\nLindeloop – jeugdhulp\n"
    assert {"Dalkracht", "Brugvast", "Lindeloop"} <= names_of(text, "organisations")


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("We besteedden € 1,1 miljoen aan preventie.", 1_100_000, "preventie"),
    ("Er is € 250.000 geïnvesteerd in de aanpak van eenzaamheid.", 250_000, "aanpak van eenzaamheid"),
    ("We hebben € 250.000 extra geïnvesteerd in de aanpak van eenzaamheid.", 250_000, "aanpak van eenzaamheid"),
    ("De kosten stegen van € 2,1 miljoen naar € 2,4 miljoen.", 2_400_000, "kosten"),
    ("Het aantal meldingen steeg van 280 in 2022 naar 312 in 2023.", 312, "aantal meldingen"),
], ids=["besteedden ... aan", "geïnvesteerd in", "extra geïnvesteerd in", "stegen van ... naar", "steeg van ... naar"])
def test_what_money_went_to_and_what_rose_or_fell(sentence, value, label):
    assert _labels(sentence).get(value) == label


@pytest.mark.parametrize(("sentence", "want", "unwanted"), [
    ("De maatschappelijke opvang wordt geboden door Het Leger des Heils en De Tussenvoorziening.",
     {"Leger des Heils", "De Tussenvoorziening"}, set()),
    ("Voor de nachtopvang werken we samen met het Leger des Heils en Kernkracht Opvang.",
     {"Leger des Heils", "Kernkracht Opvang"}, {"Leger"}),
    ("Bemoeizorg wordt uitgevoerd door de OGGZ van de GGD Dalwijk.", {"GGD Dalwijk"}, {"OGGZ van de GGD Dalwijk"}),
], ids=["en De X after a sure body", "a list past 'des'", "a service of a body"])
def test_lists_with_des_an_article_or_a_service_acronym(sentence, want, unwanted):
    got = _orgs_in(sentence)
    assert want <= got
    assert not unwanted & got


def test_a_plain_noun_after_en_is_no_body():
    assert "Tussenvoorziening" not in _orgs_in("De opvang wordt geboden door Het Leger des Heils en tussenvoorziening.")


def test_where_a_task_was_laid_in_a_relative_clause():
    assert "Lindeloop" in _orgs_in("De schuldhulp, die sinds 2022 bij Lindeloop is belegd, is goed op gang gekomen.")
