"""Organisations on budget and table pages: a word shaped like a name (an acronym, inner capitals) is an
organisation only where the sentence gives it a part only an actor plays. Every sentence here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_an_acronym_before_a_measure_word_names_the_measure():
    text = ("Gemeente Zwolle, begroting 2025. De subsidies stijgen mee met de QRX-prijsindexcijfer van 2024 en "
            "de tarieven met het PLW-tarief.")
    orgs = _orgs(text)
    assert not orgs & {"QRX", "PLW"}


def test_a_word_with_inner_capitals_used_as_a_service_is_no_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. Bij de BelBuurtbus is er sprake van een onderschrijding van "
            "€ 40.000. Het gebruik van de BelBuurtbus is nog niet terug op het oude niveau.")
    assert "BelBuurtbus" not in _orgs(text)


def test_a_bare_acronym_as_a_table_row_label_is_no_organisation():
    text = ("Gemeente Zwolle, begroting 2025.\nLasten 2024 2025 2026\nUitkering TKZ 1.200 1.300 1.400\n"
            "Bijdrage KRV 300 310 320\n")
    orgs = _orgs(text)
    assert not orgs & {"TKZ", "KRV"}


def test_a_bare_acronym_with_the_part_of_an_actor_stays_an_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. In 2023 zijn we een samenwerking aangegaan met de RZV. "
            "De plaatsingen zijn gerealiseerd door het PKW. De politie, DZW en de brandweer overleggen elke "
            "maand. De QMR voert de inkoop uit.")
    assert {"RZV", "PKW", "DZW", "QMR"} <= _orgs(text)


def test_a_word_with_inner_capitals_that_acts_stays_an_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. Met ZorgKring zijn afspraken gemaakt over de inloop. "
            "Daarnaast heeft WerkVeste een subsidie ontvangen.")
    assert {"ZorgKring", "WerkVeste"} <= _orgs(text)


def test_the_owner_of_a_programme_and_premises_named_after_a_body_are_organisations():
    text = ("Gemeente Zwolle, jaarverslag 2023. Vanuit het meerjarenprogramma van de KT&W is er ingezet op "
            "preventie. De wijk profiteert van de vernieuwing van de RVH-locatie.")
    assert {"KT&W", "RVH"} <= _orgs(text)


def _extraction(text: str):
    return extract(text_doc(text))


def test_a_joint_body_listed_with_another_is_one_organisation_under_its_own_name():
    text = ("Gemeente Zwolle, begroting 2025. De bijdrage aan de Gemeenschappelijke regeling Publieke Zorg "
            "Veenstreek en DUO stijgt met € 0,03 mln. De Gemeenschappelijke regeling Publieke Zorg Veenstreek "
            "stelt haar begroting vast.")
    orgs = [o for o in _extraction(text).organisations if "Veenstreek" in o.name]
    assert [o.name for o in orgs] == ["Publieke Zorg Veenstreek"]
    assert not any(a.endswith("DUO") for a in orgs[0].aliases)


def test_a_branch_takes_the_whole_name_of_its_care_region():
    text = ("Gemeente Den Helder, jaarverslag 2022. Veilig Thuis Noord-Holland Noord ontving 300 meldingen. "
            "Het Zorgkantoor Noord-Holland Noord is onze gesprekspartner.")
    orgs = _orgs(text)
    assert "Zorgkantoor Noord-Holland Noord" in orgs
    assert any(o.endswith("Noord-Holland Noord") and o.startswith("Veilig Thuis") for o in orgs)
    assert not orgs & {"Zorgkantoor Noord-Holland", "Veilig Thuis Noord-Holland"}


def test_head_words_of_clubs_banks_cooperatives_and_employer_desks():
    text = ("Gemeente Zwolle, jaarverslag 2022. Via het Werkgeversservicepunt Kempenland werden 40 inwoners "
            "geplaatst. Zwemclub De Golf en Handbalclub Vlug doen mee aan de sportweek. Kledingbank De Mantel en de "
            "Voedselbank Heidestad merkten een daling. Zorgcoöperatie Heidestad biedt vervoer aan ouderen.")
    orgs = _orgs(text)
    assert {"Werkgeversservicepunt Kempenland", "Zwemclub De Golf", "Handbalclub Vlug", "Kledingbank De Mantel",
            "Voedselbank Heidestad", "Zorgcoöperatie Heidestad"} <= orgs
    assert not any(" en de " in o for o in orgs)


def test_a_head_word_and_a_pair_of_names_is_one_name_but_two_heads_are_two():
    text = ("Gemeente Zwolle, jaarverslag 2022. Huishoudelijke hulp is ingekocht bij Zorggroep Heide en Dal. "
            "Samen met Welzijn Heidestad en Sportservice Heidestad organiseren we de beweegweek.")
    orgs = _orgs(text)
    assert "Zorggroep Heide en Dal" in orgs
    assert "Zorggroep Heide" not in orgs and "Dal" not in orgs
    assert not any("Welzijn Heidestad en" in o for o in orgs)


def test_a_village_hall_with_a_grant_is_an_organisation_a_managed_one_is_not():
    text = ("Gemeente Zwolle, jaarverslag 2022. Dorpshuis De Linde in Heidedorp kreeg een bijdrage van € 10.000 "
            "voor de verbouwing.\n- Buurtvereniging Vooruit: beheer van gemeenschapshuis De Wingerd in Heidedorp;\n")
    orgs = _orgs(text)
    assert "Dorpshuis De Linde" in orgs
    assert "De Wingerd" not in orgs


def test_a_neighbourhood_inside_a_longer_name_is_no_neighbourhood_mention():
    text = ("Gemeente Apeldoorn, jaarverslag 2023. Het jongerenwerk wordt uitgevoerd door Welzijn Apeldoorn Oost. "
            "De inloop van Welzijn Apeldoorn Oost is verhuisd.")
    assert "Apeldoorn Oost" not in {p.name for p in _extraction(text).neighbourhoods}
    text2 = "Gemeente Apeldoorn, jaarverslag 2023. In Apeldoorn Oost opende een nieuw buurthuis."
    assert "Apeldoorn Oost" in {p.name for p in _extraction(text2).neighbourhoods}


def test_the_halves_of_a_municipality_name_are_no_neighbourhoods():
    text = ("Gemeente Son en Breugel, begroting 2026. Son en Breugel investeert in de sociale basis. De inwoners "
            "van Son en Breugel krijgen meer ondersteuning.")
    assert not {p.name for p in _extraction(text).neighbourhoods} & {"Son", "Breugel"}


def test_a_bare_acronym_listed_beside_an_actor_is_one_beside_festivals_or_budget_terms_it_is_not():
    text = ("Gemeente Zwolle, jaarverslag 2023. In het veiligheidsoverleg zitten de politie, DZW en de brandweer. "
            "Bezoekers kwamen naar Noorderzon, MediaKunst en het Havenfestival. De budgetten voor QRZ, TKZ en de "
            "VLW dalen.")
    orgs = _orgs(text)
    assert "DZW" in orgs
    assert not orgs & {"MediaKunst", "QRZ", "TKZ", "VLW"}


def test_a_brand_with_a_digit_between_words_is_a_name_shape():
    text = ("Gemeente Zwolle, jaarverslag 2023. Wijk4Werk heeft zich ontwikkeld tot een betrouwbare partner. "
            "Het team van Wijk4Werk begeleidt 40 inwoners.")
    assert "Wijk4Werk" in _orgs(text)


def test_the_subject_that_provides_a_service_is_an_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. Spoorvinder biedt ambulante jeugdhulp vanuit Zwolle-Zuid. "
            "Beschermd wonen wordt geboden door Huize Veldzicht. Sport biedt kansen voor iedereen.")
    orgs = _orgs(text)
    assert {"Spoorvinder", "Huize Veldzicht"} <= orgs
    assert "Sport" not in orgs


def test_a_mental_health_institution_named_ggz_and_a_name():
    text = ("Gemeente Zwolle, jaarverslag 2023. Lokaal biedt GGZ Veldstroom begeleid wonen aan. De wachttijden "
            "in de GGZ blijven lang. Ook in de GGZ en de Verslavingszorg zijn er tekorten.")
    orgs = _orgs(text)
    assert "GGZ Veldstroom" in orgs
    assert "GGZ" not in orgs
    assert not any(o.startswith("GGZ en") for o in orgs)


def test_the_second_agent_of_a_passive_is_an_organisation_too():
    text = ("Gemeente Zwolle, jaarverslag 2023. Beschermd wonen wordt geboden door Stichting Veldhof en door "
            "Heidehuis Wonen, dat een nieuwe locatie opende.")
    assert {"Veldhof", "Heidehuis Wonen"} <= _orgs(text)


def test_a_provider_named_by_its_sector_and_an_article_name_and_one_in_apposition():
    text = ("Gemeente Zwolle, jaarverslag 2023. Lokaal zijn Jeugdhulp Het Baken en Kinderpraktijk De Wilg de "
            "grootste aanbieders. Veldstroom, aanbieder van jeugd-ggz met een vestiging in Zwolle, biedt "
            "behandeling. De Jeugdzorg Plus blijft regionaal geregeld.")
    orgs = _orgs(text)
    assert {"Jeugdhulp Het Baken", "Veldstroom"} <= orgs
    assert not any(o.startswith("Jeugdzorg") for o in orgs)


def test_a_head_word_with_a_pair_of_names_before_a_further_en_and_a_hyphenated_compound():
    text = ("Gemeente Roermond, jaarverslag 2019. De huishoudelijke hulp wordt geleverd door Thuiszorg Oost, Zorggroep "
            "Beek en Dal en Huishoudhulp Roerdal. Complexe zaken bespreken wij in het Zorg- en Veiligheidshuis "
            "Noorderland. Mantelzorgers kunnen terecht bij Steunpunt Mantelzorg Roerstreek en bij Mantelzorgcentrum "
            "De Helpende Hand.")
    orgs = _orgs(text)
    assert {"Zorggroep Beek en Dal", "Zorg- en Veiligheidshuis Noorderland", "Steunpunt Mantelzorg Roerstreek",
            "Mantelzorgcentrum De Helpende Hand"} <= orgs


def test_a_name_with_lower_case_words_spelled_by_its_acronym_and_a_province_that_pays():
    text = ("Gemeente Deventer, begroting 2024. Stichting Kracht in de Wijk Deventer (KidW) voert de wijkteams uit. "
            "Daarnaast ontvangt Stichting Ouder Worden in Deventer (OWiD) subsidie. De aanpak wordt bekostigd uit de "
            "bijdrage van de provincie Overijssel. Hulpmiddelen worden geleverd door Mediland.")
    orgs = _orgs(text)
    assert {"Kracht in de Wijk Deventer", "Ouder Worden in Deventer", "Provincie Overijssel", "Mediland"} <= orgs
    assert "Kracht" not in orgs


def test_a_sports_club_named_with_its_abbreviated_kind():
    text = ("Gemeente Apeldoorn, jaarverslag 2022. Aan het sportakkoord doen 38 partijen mee, onder wie vv Zandbroek en "
            "AV Spaarnedal. De trainingen zijn in het SV-gebouw.")
    orgs = _orgs(text)
    assert {"vv Zandbroek", "AV Spaarnedal"} <= orgs
