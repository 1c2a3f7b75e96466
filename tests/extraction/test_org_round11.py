"""Organisations among examples and beside municipalities whose names hold "en". Every sentence here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_examples_after_a_plural_kind_and_what_it_does_are_organisations_the_common_nouns_not():
    text = ("Gemeente Zwolle, begroting 2025. Ook zijn er partners die laagdrempelige hulp "
            "geven, zoals het Centrum voor Jeugd en Gezin, huisartsen, Kwadrantis, het Algemeen "
            "Maatschappelijk Werk, de bibliotheek en Tandem Oost.")
    orgs = _orgs(text)
    assert {"Centrum voor Jeugd en Gezin", "Kwadrantis", "Algemeen Maatschappelijk Werk", "Tandem Oost"} <= orgs
    assert not {o for o in orgs if o.lower() in ("huisartsen", "bibliotheek", "de bibliotheek")}


def test_a_municipality_whose_name_holds_en_is_not_two_partners():
    text = ("Gemeente Beuningen, begroting 2026. Wij zijn van plan:\n  • Samen met Berg en Dal een noodfonds op te "
            "richten,\n  • samen met Stichting Leergeld en Humanitas de armoedeaanpak uit te voeren.")
    orgs = _orgs(text)
    assert not {"Berg", "Dal"} & orgs
    assert {"Leergeld", "Humanitas"} <= {o.replace("Stichting ", "") for o in orgs}


def test_a_kind_of_building_spelled_out_before_its_acronym_is_no_organisation():
    text = ("Gemeente Tholen, jaarverslag 2021. De bijeenkomsten vonden plaats in het Multifunctioneel Centrum (MFC) "
            "en in een nieuw Integraal Kind Centrum (IKC) "
            "te Poortvliet. Het Integraal Kindcentrum (IKC) opent in 2022. De Stichting Welzijn Tholen (SWT) "
            "organiseerde de inloop.")
    orgs = _orgs(text)
    assert not {o for o in orgs if "Centrum" in o or "Kindcentrum" in o or o in ("MFC", "IKC")}
    assert "Welzijn Tholen" in {o.replace("Stichting ", "") for o in orgs}


def test_a_ministry_written_with_its_later_words_in_lower_case_keeps_them():
    text = ("Gemeente Almere, jaarverslag 2024. We doen dit samen met het ministerie van Sociale zaken en "
            "werkgelegenheid (SZW), het COA en Stichting Werkpad. Het Ministerie van Volksgezondheid, welzijn en sport "
            "betaalt mee.")
    orgs = {o.lower() for o in _orgs(text)}
    assert {"ministerie van sociale zaken en werkgelegenheid", "ministerie van volksgezondheid, welzijn en sport"} <= orgs
    assert "ministerie van sociale" not in orgs


def test_a_compound_ending_in_organisatie_or_campus_heads_the_name_after_it():
    text = ("Gemeente Sliedrecht, begroting 2020. Er zijn tekorten, zowel regionaal (Sociale Dienst Drechtsteden en "
            "de Serviceorganisatie Jeugd) als lokaal. Kindercampus Noorderlicht opende in 2019 de deuren.")
    orgs = _orgs(text)
    assert {"Serviceorganisatie Jeugd", "Kindercampus Noorderlicht"} <= orgs
    assert not {i.name for i in extract(text_doc(text)).initiatives} & {"Serviceorganisatie Jeugd"}


def test_the_client_named_in_opdracht_van_an_organisation_contracts_the_municipality():
    text = ("Gemeente Haarlem, jaarverslag 2021. Voor ouders die gedupeerd zijn hebben wij, in opdracht van de "
            "Uitvoeringsorganisatie Herstel Toeslagen, 214 gezinnen brede hulp aangeboden.")
    rels = {(r.subject, r.predicate, r.object) for r in extract(text_doc(text)).relations}
    assert ("Haarlem", "contracted_by", "Uitvoeringsorganisatie Herstel Toeslagen") in rels


def test_the_acronym_of_a_quoted_title_names_the_approach_not_a_body():
    text = ("Gemeente Wierden, kadernota 2026. Het voorstel is te starten met de aanpak ‘Opgroeien in een Kansrijke "
            "Omgeving’ (OKO). OKO is gebaseerd op het IJslandse preventiemodel. Binnen OKO werken scholen en de GGD "
            "samen. Met OKO willen we het middelengebruik terugdringen.")
    assert "OKO" not in _orgs(text)


def test_an_acronym_after_bij_is_where_something_happens_an_organisation():
    text = ("Gemeente Nissewaard, jaarstukken 2024. Het is een uitdaging, zeker gezien de tekorten bij GRJR en de "
            "stijgende kosten. We beleggen de coördinatie bij de LRV-groep.")
    orgs = _orgs(text)
    assert {"GRJR", "LRV-groep"} <= orgs
    assert "LRV" not in orgs


def test_a_word_with_inner_capitals_takes_the_region_after_it_not_a_persons_name():
    text = ("Gemeente Landgraaf, jaarverslag 2021. Mensen met een Wsw-indicatie werken bij WerkPlus Parkstad, het "
            "sociale werkbedrijf. Het overleg leidt VoorzitterWethouder Berning-Everlo.")
    orgs = _orgs(text)
    assert "WerkPlus Parkstad" in orgs
    assert not {o for o in orgs if "Berning" in o}


def test_the_centrum_voor_jeugd_en_gezin_named_in_full_is_an_organisation():
    text = ("Gemeente Albrandswaard, begroting 2024. Wat doen we al\n- Centrum voor jeugd en gezin (CJG) o.a. "
            "opvoedondersteuning.\n- Wijkteams voor volwassenen.\nOok de huisarts en het Centrum voor Jeugd en Gezin "
            "signaleren vroeg.")
    assert {o.lower() for o in _orgs(text)} & {"centrum voor jeugd en gezin"}


def test_the_adults_fund_under_its_shortened_spelling_is_the_national_fund():
    text = "Gemeente Reimerswaal, begroting 2026.\nPilot Volwassenfonds Sport & Cultuur\nWe sluiten aan bij het fonds."
    assert "Volwassenenfonds Sport & Cultuur" in _orgs(text)
