"""Constructions of any report, twenty-sixth round: abbreviations that end no sentence ("i.s.m."), foundations and
clubs named in one word or by their club letters, a subject after its verb, the municipalities a merger joined, and
a reply to the budget as a document of its own kind."""

from sdkg.loaders.metadata import infer_meta
from sdkg.loaders.sentences import units

from .conftest import names_of, text_doc
from .conftest import relation_triples as _triples

HEAD = "Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n"


def _sentences(text: str) -> list[str]:
    return [text[u.start:u.end] for u in units(text)]


def test_the_stop_of_an_abbreviation_ends_no_sentence():
    text = ("De inloop die we i.s.m. De Brugwachter openden, loopt goed. Er kwamen o.a. Stichting Dalwijk en de "
            "bibliotheek. Het kost ca. 200 euro per maand.")
    assert _sentences(text) == [
        "De inloop die we i.s.m. De Brugwachter openden, loopt goed.",
        "Er kwamen o.a. Stichting Dalwijk en de bibliotheek.",
        "Het kost ca. 200 euro per maand.",
    ]


def test_a_list_closed_by_e_d_or_etc_still_ends_its_sentence():
    assert _sentences("We kochten stoelen, tafels e.d. Daarna volgde de verbouwing.") == [
        "We kochten stoelen, tafels e.d.", "Daarna volgde de verbouwing."]
    assert _sentences("Er zijn cursussen, spreekuren etc. De opkomst was hoog.") == [
        "Er zijn cursussen, spreekuren etc.", "De opkomst was hoog."]


def test_the_parties_named_after_i_s_m_are_partners_of_the_municipality():
    text = HEAD + "De noodopvang die we i.s.m. De Brugwachter en De Zorgkring konden openen, bood plaats aan 40 mensen.\n"
    assert {"De Brugwachter", "De Zorgkring"} <= names_of(text, "organisations")
    got = _triples(text)
    assert ("De Brugwachter", "partner_of", "Putten") in got, got
    assert ("De Zorgkring", "partner_of", "Putten") in got, got


def test_one_word_headed_by_stichting_after_a_name_is_a_foundation():
    text = HEAD + "Er waren drie avonden over de toekomst van de Dalwijkstichting en het buurthuis.\n"
    assert "Dalwijkstichting" in names_of(text, "organisations")


def test_a_kind_of_foundation_in_one_word_names_none():
    text = HEAD + ("De Koepelstichting van de scholen en de Woonstichting in het dorp deden mee. Ook de "
                   "Vrijwilligersstichting hielp.\n")
    got = names_of(text, "organisations")
    assert not got & {"Koepelstichting", "Woonstichting", "Vrijwilligersstichting"}, got


def test_a_sports_club_is_named_by_its_club_letters():
    text = HEAD + "De promotie van FC Heuvelstee was een opsteker; ook VV Dalwijk ’58 kreeg een nieuw veld.\n"
    got = names_of(text, "organisations")
    assert {"FC Heuvelstee", "VV Dalwijk ’58"} <= got, got


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name():
    text = HEAD + "Ook Rivierdal organiseert cursussen voor mantelzorgers.\n"
    got = names_of(text, "organisations")
    assert "Rivierdal" in got and "Ook Rivierdal" not in got, got
    assert ("Rivierdal", "provides", "cursussen voor mantelzorgers") in _triples(text)


def test_the_subject_after_its_verb_is_an_organisation():
    text = HEAD + ("Sinds 2022 biedt Dalmonde dagbesteding aan ouderen.\n"
                   "In het voorjaar organiseerde Brughoeve cursussen voor vrijwilligers.\n")
    got = names_of(text, "organisations")
    assert {"Dalmonde", "Brughoeve"} <= got, got
    assert ("Dalmonde", "provides", "dagbesteding") in _triples(text)


def test_a_person_after_the_verb_is_no_organisation():
    text = HEAD + "Sinds 2022 begeleidt Anna de Vries de vrijwilligers van het buurthuis.\n"
    assert not {n for n in names_of(text, "organisations") if "Vries" in n or "Anna" in n}


def test_the_municipalities_a_merger_joined_are_municipalities_of_their_time():
    text = ("Jaarverslag 2023 gemeente Land van Cuijk\n\nSociaal domein\n"
            "Na de fusie van Boxmeer, Cuijk, Grave, Mill en Sint Hubert en Sint Anthonis is één sociaal team gevormd.\n")
    got = names_of(text, "other_municipalities")
    assert {"Boxmeer", "Cuijk", "Grave", "Sint Anthonis"} <= got, got
    assert not names_of(text, "neighbourhoods") & {"Boxmeer", "Cuijk", "Grave", "Sint Anthonis"}


def test_a_reply_to_the_budget_is_a_document_of_another_kind():
    text = ("Reactie van het college in eerste termijn op de begroting 2025-2028\n\n"
            "Het college dankt de raad voor de bijdragen. In 2025 willen we het sociaal domein versterken.\n")
    assert infer_meta(text_doc(text)).document_type == "other"
    assert infer_meta(text_doc("Begroting 2025\n\nIn 2025 willen we het sociaal domein versterken.\n")).document_type \
        == "begroting"


def test_an_act_a_letter_off_is_the_act_the_thesaurus_lists():
    text = ("Begroting 2020 gemeente Putten\n\nDe uitvoering van de Participatiewet is belegd bij het werkbedrijf. Het "
            "brengt werkgevers en werkzoekenden vanuit de Particpatiewet bij elkaar. Ook de Klimaatwet geldt.\n")
    assert names_of(text, "laws") == {"Participatiewet", "Klimaatwet"}


def test_the_subject_of_a_separable_offer_is_an_organisation():
    text = HEAD + "Onderdeel van de afspraken is re-integratie. Werkbrugge biedt hiervoor onder andere trainingen aan.\n"
    assert "Werkbrugge" in names_of(text, "organisations")


def test_the_body_something_is_a_part_of_is_an_organisation():
    text = HEAD + ("Ook het loket maakt onderdeel uit van Dalkracht. Het plan maakt deel uit van het Sociaal Domein.\n")
    got = names_of(text, "organisations")
    assert "Dalkracht" in got and "Sociaal Domein" not in got, got


def test_who_starts_leads_supports_or_runs_something_is_an_organisation():
    text = HEAD + ("Het project is gestart op initiatief van Dalkracht.\n"
                   "Dankzij een bijdrage van het Heuvelfonds konden we de activiteit voortzetten.\n"
                   "Met behulp van Zorgbrugge hebben we 30 gezinnen geholpen.\n"
                   "De activiteiten zijn gesubsidieerd door Welbrug.\n"
                   "De maaltijden worden bezorgd door Tafelbrug.\n"
                   "De jongerenwerkers zijn in dienst bij Jeugdbrug.\n"
                   "Het inloophuis wordt gerund door Ontmoetkracht.\n")
    got = names_of(text, "organisations")
    assert {"Dalkracht", "Heuvelfonds", "Zorgbrugge", "Welbrug", "Tafelbrug", "Jeugdbrug", "Ontmoetkracht"} <= got, got


def test_partners_listed_after_o_a_are_organisations():
    text = HEAD + "Partners zijn o.a. Kernkracht, Brugvast en Dalmonde.\n"
    assert {"Kernkracht", "Brugvast", "Dalmonde"} <= names_of(text, "organisations")


def test_a_province_s_executive_and_council_are_government_bodies():
    text = HEAD + ("De wethouder vroeg aandacht voor het beleid van de Gedeputeerde Staten. Ook Gedeputeerde Staten van "
                   "Gelderland en de Provinciale Staten stemden in.\n")
    got = names_of(text, "organisations")
    assert {"Gedeputeerde Staten", "Gedeputeerde Staten van Gelderland", "Provinciale Staten"} <= got, got
    assert not names_of(text, "initiatives") & got


def test_a_channel_people_are_reached_through_is_no_organisation():
    text = HEAD + "Bij oplichting via WhatsApp of Facebook kunt u melding doen bij het Juridisch Loket.\n"
    got = names_of(text, "organisations")
    assert "Juridisch Loket" in got and not got & {"WhatsApp", "Facebook"}, got


def test_a_paragraph_on_joint_bodies_that_neither_looks_back_nor_ahead_is_of_a_budget():
    text = ("Gemeenschappelijke regelingen\n\nGGD Bergstad\n\nDoel: de publieke gezondheid van de inwoners bevorderen "
            "en beschermen. Deelnemers: alle gemeenten in de regio.\n")
    assert infer_meta(text_doc(text)).document_type == "begroting"


def test_where_people_are_sent_and_on_whose_behalf_name_organisations():
    text = HEAD + ("In overleg met Dalkracht is de aanpak aangepast.\n"
                   "Inwoners kunnen voor hulp bij formulieren terecht bij Brugvast.\n"
                   "Jongeren worden doorverwezen naar Zorgbrugge.\n"
                   "Namens Ontmoetkracht nam de directeur deel aan het overleg.\n")
    got = names_of(text, "organisations")
    assert {"Dalkracht", "Brugvast", "Zorgbrugge", "Ontmoetkracht"} <= got, got


def test_an_assignment_an_amount_received_or_the_role_of_carrier_names_an_organisation():
    text = HEAD + ("Kernkracht heeft de opdracht gekregen om het buurtwerk uit te voeren.\n"
                   "Dalmonde ontvangt jaarlijks € 50.000 voor het ouderenwerk.\n"
                   "Welkracht is de uitvoerder van de schuldhulpverlening.\n")
    got = names_of(text, "organisations")
    assert {"Kernkracht", "Dalmonde", "Welkracht"} <= got, got


def test_the_body_that_subsidises_receives_nothing_from_the_municipality():
    got = _triples(HEAD + "De activiteiten zijn gesubsidieerd door Stichting Welbrug.\n")
    assert ("Putten", "funds", "Welbrug") not in got, got
    got = _triples(HEAD + "De gemeente heeft Stichting Dalwijk in 2023 gesubsidieerd.\n")
    assert ("Putten", "funds", "Dalwijk") in got, got


def test_what_is_delivered_by_an_organisation_is_what_it_provides():
    assert ("Tafelbrug", "provides", "maaltijden") in _triples(HEAD + "De maaltijden worden bezorgd door Tafelbrug.\n")


def test_the_members_of_a_network_or_a_list_announced_with_a_colon_are_organisations():
    text = HEAD + ("De volgende organisaties ontvangen subsidie: Kernvast, Brugmonde en Welvast.\n"
                   "Het netwerk bestaat uit Veldkracht, Veldvast en Veldmonde.\n"
                   "In het overleg zitten Bosvast, Boskracht en Bosmonde.\n"
                   "Met onder meer Zeevast en Zeemonde is gesproken over de aanpak.\n")
    got = names_of(text, "organisations")
    assert {"Kernvast", "Brugmonde", "Welvast", "Veldkracht", "Veldvast", "Veldmonde", "Bosvast", "Boskracht",
            "Bosmonde", "Zeevast", "Zeemonde"} <= got, got


def test_a_cooperative_s_u_a_and_a_foundation_s_stg_are_legal_forms():
    text = HEAD + ("De inkoop loopt via Zorgcoöperatie Dal U.A. en Stg. Brugwerk.\nOok Heuvelzorg U.A. doet mee.\n")
    got = names_of(text, "organisations")
    assert {"Zorgcoöperatie Dal", "Brugwerk", "Heuvelzorg"} <= got, got
    assert not {n for n in got if n.endswith(" U") or n.startswith("Ook ")}, got


def test_an_item_of_a_grants_list_names_the_grantee_before_its_colon():
    text = HEAD + "Subsidies 2023:\n- Dalkracht: begeleiding van statushouders\n- Brugvast: maatjes voor ouderen\n"
    got = _triples(text)
    assert ("Putten", "funds", "Dalkracht") in got, got
    assert ("Dalkracht", "provides", "begeleiding van statushouders") in got, got
    assert not any(o.startswith("Dalkracht:") for _s, _p, o in got), got


def test_a_budget_or_account_named_by_a_compound_title_gives_its_type_and_year():
    body = "\n\nSociaal domein\n\nDe gemeente Putten werkt met Stichting Dalwijk aan de Wmo.\n"
    for title, want in (("Beleidsbegroting 2023", ("begroting", 2023)), ("Ontwerpbegroting 2026", ("begroting", 2026)),
                        ("Rekening 2019", ("jaarverslag", 2019)), ("Slotwijziging 2022", ("other", 2022))):
        meta = infer_meta(text_doc(title + body))
        assert (meta.document_type, meta.year) == want, (title, meta.document_type, meta.year)


def test_merging_bodies_a_former_name_and_a_body_responsible_are_organisations():
    text = HEAD + ("De door Dalkracht georganiseerde bijeenkomsten werden goed bezocht.\n"
                   "Brugvast en Heuvelmonde zijn per 1 januari gefuseerd.\n"
                   "De fusie van Veldvast en Veldmonde is afgerond.\n"
                   "Kernvast (voorheen Kernhoeve) begeleidt statushouders.\n"
                   "Tafelvast is verantwoordelijk voor de maaltijdvoorziening.\n"
                   "Zorgmonde heeft in 2023 120 jongeren begeleid.\n"
                   "De inloopspreekuren van Welvast worden goed bezocht.\n")
    got = names_of(text, "organisations")
    assert {"Dalkracht", "Brugvast", "Heuvelmonde", "Veldvast", "Veldmonde", "Kernvast", "Kernhoeve", "Tafelvast",
            "Zorgmonde", "Welvast"} <= got, got


def test_a_word_in_stichting_ending_a_longer_name_is_no_foundation():
    text = HEAD + "De gemeente heeft veertien kernen, van Millingen aan de Rijn tot Heilig Landstichting.\n"
    assert "Landstichting" not in names_of(text, "organisations")


def test_the_proper_name_closing_a_body_s_name_is_its_short_form():
    text = HEAD + ("Het jongerenwerk wordt uitgevoerd door Stichting Sociaal Werk De Brugkamp. In 2023 heeft De Brugkamp "
                   "daarnaast 40 vrijwilligers begeleid.\n")
    from sdkg.loaders.extract import extract

    orgs = extract(text_doc(text)).organisations
    assert [o.name for o in orgs if "Brugkamp" in o.name] == ["Sociaal Werk De Brugkamp"], [o.name for o in orgs]
    assert "De Brugkamp" in next(o for o in orgs if o.name == "Sociaal Werk De Brugkamp").aliases


def test_a_body_involved_a_library_by_its_kind_volunteers_of_a_body_and_a_national_name_after_de():
    text = HEAD + ("Naast Veilig Thuis is ook Kernvast betrokken.\n"
                   "Ook de bibliotheek Brugvast doet mee aan het taalhuis.\n"
                   "Vrijwilligers van Bosvast en de Zonnebloem bezoeken eenzame ouderen.\n")
    got = names_of(text, "organisations")
    assert {"Kernvast", "Brugvast", "Bosvast", "De Zonnebloem"} <= got, got


def test_what_is_done_in_consultation_with_a_body_makes_it_a_partner():
    got = _triples(HEAD + "In overleg met Woonstichting Dalwijk zijn in 2023 vier woningen beschikbaar gesteld.\n")
    assert ("Woonstichting Dalwijk", "partner_of", "Putten") in got, got


def test_news_items_each_under_its_date_are_no_report():
    text = ("Mei\n\n • Gemeente Putten opent nieuw buurthuis\n\n  10 mei 2022\n\n  Het buurthuis is geopend door de "
            "wethouder.\n\n • Energietoeslag aanvragen\n\n  3 mei 2022\n\n  Huishoudens met een laag inkomen konden "
            "de toeslag aanvragen.\n")
    assert infer_meta(text_doc(text)).document_type == "other"


def test_the_receiver_of_a_grant_in_its_many_phrasings_is_funded_by_the_municipality():
    text = HEAD + ("De subsidie voor Dalkracht is verhoogd.\n"
                   "Aan Brugvast is € 20.000 toegekend voor de inloop.\n"
                   "We verstrekten Tafelvast een subsidie voor de maaltijden.\n"
                   "De gemeente subsidieert Zorgmonde voor het ouderenwerk.\n")
    assert {"Dalkracht", "Brugvast", "Tafelvast", "Zorgmonde"} <= names_of(text, "organisations")
    got = _triples(text)
    for name in ("Dalkracht", "Tafelvast", "Zorgmonde"):
        assert ("Putten", "funds", name) in got, (name, got)


def test_the_names_on_a_project_s_label_lines_are_organisations():
    text = HEAD + ("Project Samen Thuis\nUitvoerder: Brugvast\nPartner: Dalkracht\nAanbieders: Heuvelmonde en Zorgvast\n"
                   "Penvoerder: Tafelvast\nOpdrachtnemer: Bosvast\n")
    got = names_of(text, "organisations")
    assert {"Brugvast", "Dalkracht", "Heuvelmonde", "Zorgvast", "Tafelvast", "Bosvast"} <= got, got
