"""Organisations in a report's furniture and in names with a proper name before their head word. Every sentence
here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_the_letters_of_a_postcode_and_the_place_are_an_address():
    text = ("Gemeente Zwolle, jaarverslag 2023.\nBezoekadres: Grote Kerkplein 15 8011 PK Zwolle\n"
            "Postadres: Postbus 10007 8000 GA Zwolle\nDe Stichting Welzijn Ouderen ZW voert de maaltijdservice uit.")
    orgs = _orgs(text)
    assert not {o for o in orgs if o.startswith(("PK ", "GA "))}
    assert "Welzijn Ouderen ZW" in {o.replace("Stichting ", "") for o in orgs}


def test_the_college_of_mayor_and_aldermen_is_the_municipality_itself():
    text = ("Gemeente Zwolle, jaarstukken 2023.\nInhoud\n1 Samenstelling College van Burgemeester & Wethouders 9\n"
            "2 Samenstelling Raad 11\nDe entreeopleiding biedt het Deltion College aan.")
    orgs = _orgs(text)
    assert not {o for o in orgs if o.startswith("Samenstelling")}
    assert "Deltion College" in orgs


def test_a_proper_name_before_a_university_belongs_to_it():
    text = ("Gemeente Zwolle, begroting 2025. Het onderzoek in 2024 wordt uitgevoerd door bureau Klaassen en de "
            "Erasmus Universiteit Rotterdam. In 2025 volgen de resultaten. De stagiairs komen van de Haagse Hogeschool "
            "en van Hogeschool Windesheim.")
    orgs = _orgs(text)
    assert {"Erasmus Universiteit Rotterdam", "Haagse Hogeschool", "Hogeschool Windesheim"} <= orgs
    assert "Universiteit Rotterdam" not in orgs


def test_a_national_body_written_with_its_later_words_in_lower_case_is_still_the_body():
    text = ("Gemeente Zwolle, begroting 2025. De sociale basis bestaat uit het CJG, Veilig thuis en de huisarts. "
            "Het Leger des heils biedt opvang; ook de Raad voor de kinderbescherming doet mee.")
    orgs = {o.name: o for o in extract(text_doc(text)).organisations}
    assert {"Veilig Thuis", "Leger des Heils", "Raad voor de Kinderbescherming"} <= set(orgs)
    assert orgs["Veilig Thuis"].aliases == []  # "Veilig" is no short form of its own


def test_a_phrase_at_a_sentence_start_that_reads_like_a_national_body_is_no_body():
    text = "Gemeente Zwolle, begroting 2025.\nVeilig thuis wonen\nOuderen willen zo lang mogelijk thuis wonen."
    assert "Veilig Thuis" not in _orgs(text)


def test_national_bodies_of_parliament_and_funds():
    text = ("Gemeente Zwolle, begroting 2025. De wet gaat in per 1 januari 2026, mits de Eerste Kamer akkoord geeft. "
            "Volwassenen met een laag inkomen kunnen lid worden van een vereniging via het Volwassenenfonds Sport & "
            "Cultuur.")
    assert {"Eerste Kamer", "Volwassenenfonds Sport & Cultuur"} <= _orgs(text)


def test_a_short_form_opening_a_bracket_of_its_own_words_is_an_alias():
    text = ("Gemeente Zwolle, begroting 2025.\nOnze partners:\n- Stichting Welzijn Zwolle Zuid (SWZ: Vraagwijzer, "
            "vrijwilligers)\n- Stichting Thuisvest (Bron: jaarverslag)\nDe SWZ voert het ouderenwerk uit.")
    orgs = {o.name: o for o in extract(text_doc(text)).organisations}
    assert "SWZ" not in orgs and "SWZ" in orgs["Welzijn Zwolle Zuid"].aliases
    assert "Bron" not in orgs["Thuisvest"].aliases


def test_who_is_commissioned_or_faces_the_municipality_is_an_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2024. Om de hulp betaalbaar te houden heeft het college aan Zorgplein Oost "
            "de opdracht gegeven om de kosten te onderzoeken. De eerste gesprekken tussen Lokaalplus en de gemeente "
            "zijn gestart.")
    assert {"Zorgplein Oost", "Lokaalplus"} <= _orgs(text)


def test_a_subject_after_its_auxiliary_that_provides_a_service_and_a_partner_beside_others():
    text = ("Gemeente Zwolle, jaarverslag 2024. In 2024 heeft Vitaplus meerdere cursussen valpreventie aangeboden. "
            "We verbinden naast Wijkkracht andere maatschappelijke partners aan de coalitie.")
    assert {"Vitaplus", "Wijkkracht"} <= _orgs(text)


def test_places_and_policy_fields_in_those_parts_stay_what_they_are():
    text = ("Gemeente Zwolle, jaarverslag 2024. In 2024 hebben Hattem en Heerde het plan uitgevoerd. Ook hebben "
            "Sport en Cultuur veel aangeboden. Het contract is gegund aan de gemeente.")
    assert not _orgs(text)


def test_an_acronym_spelled_out_as_a_programme_is_no_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2023. In het eerste kwartaal is het RAP (Regionaal Actieprogramma Wonen) "
            "opgesteld. De samenwerking met de RIB (Regionaal Inkoopbureau) loopt goed.")
    orgs = _orgs(text)
    assert "RAP" not in orgs and "RIB" in orgs


def test_a_name_with_inner_capitals_takes_the_region_after_it():
    text = ("Gemeente Zwolle, jaarverslag 2023. Werkgevers worden geholpen via het WerkgeversServicepunt "
            "Zuid-Kennemerland.")
    orgs = _orgs(text)
    assert "WerkgeversServicepunt Zuid-Kennemerland" in orgs and "WerkgeversServicepunt" not in orgs


def test_a_joint_body_by_its_short_form_gr_in_a_budget_table():
    text = ("Gemeente Zwolle, begroting 2025.\nParagraaf Omschrijving (bedragen x € 1.000) 2025 2026\n"
            "4 GR Werkplein Oost -415 -199\n5 GR Gemeenschappelijke Gezondheidsdienst -103 -108\n6 GR Wmo -1 -2\n")
    assert _orgs(text) == {"Werkplein Oost", "Gemeenschappelijke Gezondheidsdienst"}


def test_examples_in_brackets_after_a_compound_kind_of_organisation():
    text = ("Gemeente Zwolle, begroting 2025. We werken met informele hulpverleners zoals mantelzorgers en "
            "vrijwilligersorganisaties (bijvoorbeeld Bim Bam, Elkaar Helpen Zwolle en de weggeefwinkel).")
    assert {"Bim Bam", "Elkaar Helpen Zwolle"} <= _orgs(text)


def test_a_charity_named_after_what_it_hands_out_and_a_grant_named_after_its_receiver():
    text = ("Gemeente Zwolle, jaarverslag 2024. Gezinnen maakten gebruik van de Speelgoedbank en de Kledingbank "
            "Zwolle. De Databank is bijgewerkt.\n5. Indexatie subsidie Schaapskudde\n-13.338\n6. Indexatie subsidie "
            "Sport\n-2.000\nSport is voor iedereen.")
    orgs = _orgs(text)
    assert {"Speelgoedbank", "Kledingbank Zwolle", "Schaapskudde"} <= orgs
    assert not orgs & {"Databank", "Sport"}


def test_a_joint_body_its_acronym_in_brackets_and_the_acronym_with_its_place_are_one_body():
    text = ("Gemeente Zwolle, begroting 2025.\nGR Regionale Uitvoeringsdienst Oostland (RUD)\nDe RUD Oostland voert de "
            "vergunningen uit. De RUD Oostland groeit.")
    orgs = extract(text_doc(text)).organisations
    assert [o.name for o in orgs] == ["Regionale Uitvoeringsdienst Oostland"]
    assert {"RUD", "RUD Oostland"} <= set(orgs[0].aliases)


def test_a_joint_body_named_after_policy_fields_keeps_its_kind_and_its_gr_short_form():
    text = ("Gemeente Zwolle, begroting 2026. Sinds de start van de Gemeenschappelijke Regeling Jeugd en Wmo (GR JW) "
            "per 1 januari 2025 koopt de GR JW de zorg in. De Samenwerkingsovereenkomst Bibliotheek en de gemeenten "
            "loopt tot 2024. Het Nederlands Jeugd Instituut deed onderzoek.")
    orgs = {o.name: o for o in extract(text_doc(text)).organisations}
    assert set(orgs) == {"Gemeenschappelijke Regeling Jeugd en Wmo", "Nederlands Jeugdinstituut"}
    assert "GR JW" in orgs["Gemeenschappelijke Regeling Jeugd en Wmo"].aliases


def test_het_jeugdfonds_is_the_national_fund():
    text = "Gemeente Zwolle, begroting 2025. Kinderen kunnen lid worden van een sportvereniging via het Jeugdfonds."
    assert _orgs(text) == {"Jeugdfonds Sport & Cultuur"}
