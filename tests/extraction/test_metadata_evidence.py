"""Document fields from every source of evidence: the file name, the page address, demonyms, both halves of a
hyphenated name, regional bodies, the subject of a sentence; the year and type by the guideline. The texts are
invented for these tests."""


import pytest
from sdkg.loaders import reference as ref
from sdkg.loaders.metadata import MUNICIPALITY_EVIDENCE, infer_meta

from .conftest import text_doc

NEUTRAL = ("Het college wil dat inwoners meedoen. Daarom werken we samen met partners in de wijken aan zorg, "
           "welzijn en werk. ")


def _muni(text: str, **kw) -> str | None:
    m = infer_meta(text_doc(text, **kw), {}).municipality
    return m.cbs_code if m else None


def test_every_evidence_source_is_named_and_described():
    names = [s.name for s in MUNICIPALITY_EVIDENCE]
    assert len(names) == len(set(names)) and all(s.adds for s in MUNICIPALITY_EVIDENCE)
    assert {"named", "file_name", "title_url", "demonyms", "regions", "halves"} <= set(names)


def test_file_name_names_the_municipality_when_the_text_does_not():
    assert _muni(NEUTRAL * 3) is None
    assert _muni(NEUTRAL * 3, source="reports/jaarverslag-2023-heusden.pdf") == "GM0797"
    assert _muni(NEUTRAL * 3, source="17_hollands-kroon_2021.txt") == "GM1911"
    m = infer_meta(text_doc(NEUTRAL, source="jaarverslag-2023-heusden.pdf"), {})
    assert "file_name" in " ".join(m.evidence["municipality"])


def test_file_name_is_one_source_not_the_only_rule():
    text = ("De gemeente Steenbergen investeert in de sociale basis. " + NEUTRAL
            + "In de gemeente Steenbergen is de wachtlijst korter geworden.")
    assert _muni(text, source="verslag-heusden.txt") == "GM0851"


def test_page_address_names_the_municipality():
    url = "https://hollandskroon.begrotingsapp.nl/begroting-2024/programma/zorg"
    assert _muni(NEUTRAL * 2, url=url) == "GM1911"
    assert _muni(NEUTRAL * 2, url="https://subsidies.gemeentesteenbergen.nl/sociaal") == "GM0851"


def test_demonyms_by_rule():
    assert _muni("Een sterke Heusdense samenleving vraagt om ontmoeting. " + NEUTRAL) == "GM0797"
    assert _muni("Alle Wageningse jongeren krijgen een aanbod. " + NEUTRAL) == "GM0289"
    assert ref.demonyms()["Meppeler"] == "GM0119" and ref.demonyms()["Vlaardingse"] == "GM0622"


@pytest.mark.parametrize(("demonym", "code"), [
    ("Asser", "GM0106"), ("Kamper", "GM0166"), ("Emmer", "GM0114"),  # "-en" after a double consonant: "-er"
    ("Goese", "GM0664"), ("Maassluise", "GM0556"),  # "-s": "-se"
    ("Almeerse", "GM0034"), ("Zeister", "GM0355"),  # irregular
    ("Midden-Delflandse", "GM1842"), ("Sint-Michielsgestelse", "GM0845"),  # a name in parts: "-se"
    ("Westlanders", "GM1783"), ("Midden-Delflanders", "GM1842"),  # "-land": "-landers"
    ("Nuenense", "GM0820"),  # of the name a municipality is called by ("Nuenen, Gerwen en Nederwetten")
])
def test_more_demonyms_name_their_municipality(demonym, code):
    assert _muni(f"In 2023 hebben de {demonym} wijkteams 4.000 inwoners geholpen. " + NEUTRAL) == code


@pytest.mark.parametrize(("inhabitants", "code"), [
    ("Tilburgers", "GM0855"), ("Apeldoorners", "GM0200"),  # "-ers"
    ("Hilversummers", "GM0402"),  # after a short vowel the consonant doubles
    ("Eindhovenaren", "GM0772"), ("Wageningers", "GM0289"),  # "-en": "-enaren"; "-ingen": "-ingers"
    ("Edenaren", "GM0228"), ("Almeloërs", "GM0141"),  # after a vowel
    ("Hagenaars", "GM0518"),  # irregular
])
def test_a_page_that_names_only_the_inhabitants(inhabitants, code):
    assert _muni(f"Alle {inhabitants} moeten mee kunnen doen. " + NEUTRAL) == code


def test_inhabitants_are_named_in_the_plural_and_are_no_leaders():
    d = ref.demonyms()
    assert "Leiders" not in d  # "Leiden" gives "Leidenaren", not the plural of a leader
    assert "Tilburger" not in d and "Steiner" not in d  # a singular may be a surname


def test_a_common_word_that_ends_like_a_demonym_names_no_municipality():
    assert "Leider" not in ref.demonyms()  # "Leiden" gives "Leidse", not the word for a leader


def test_both_halves_of_a_hyphenated_municipality():
    text = "De veerkracht van de buurten is vooral in Alphen en Chaam gedaald. " + NEUTRAL
    assert _muni(text) == "GM1723"


def test_subject_beats_partners_in_a_list():
    text = ("Sinds 2016 werkt Heusden samen met de gemeenten Vught, Oisterwijk en Sint-Michielsgestel. "
            "De backoffice is ondergebracht in gastgemeente Vught. De vier gemeenten kopen samen in. " + NEUTRAL)
    assert _muni(text) == "GM0797"


def test_province_name_does_not_beat_a_municipality_containing_it():
    text = ("Binnen het Nationaal Programma Groningen voeren we projecten uit, zoals 'Samen voor "
            "Midden-Groningen'. " + NEUTRAL)
    assert _muni(text) == "GM1952"


def test_regional_body_names_in_long_and_short_form():
    by_key, _ = ref.region_member_index()
    long = by_key["gemeentelijke gezondheidsdienst drenthe"]
    assert long[1] == by_key["ggd drenthe"][1] and "GM0106" in long[1]
    assert by_key["brabant zuidoost"][1] == by_key["zuidoost brabant"][1]
    assert "ggd" not in by_key and "drenthe" not in by_key


def test_regional_bodies_count_for_their_members():
    text = ("Verbonden partijen: Veiligheidsregio Drenthe, Recreatieschap Drenthe en de Regionaal Historisch "
            "Centrum Drents Archief. " + NEUTRAL)
    assert _muni(text) == "GM0106"


def test_year_from_budget_table_columns():
    text = ("Overzicht baten en lasten\nRealisatie\n2021\nBegroting\n2022\nBegroting\n2023\nRaming\n2024\nRaming\n"
            "2025\nLasten 100 200 300 400 500\n" + NEUTRAL)
    m = infer_meta(text_doc(text), {})
    assert (m.year, m.document_type) == (2023, "begroting")


def test_future_year_makes_a_budget():
    text = (NEUTRAL + "In 2027 verwachten we de nieuwe visie op te leveren. Het beleidskader is in 2026 in "
            "voorbereiding.")
    m = infer_meta(text_doc(text), {})
    assert (m.year, m.document_type) == (2027, "begroting")


def test_year_with_past_tense_makes_an_annual_report():
    text = ("In 2021 voerden we vijf projecten uit. In 2021 zijn er extra buurtcoaches ingezet. Het afgelopen jaar "
            "bleek de vraag groter. Sinds 2018 is de wijkaanpak een vast onderdeel. " + NEUTRAL)
    m = infer_meta(text_doc(text), {})
    assert (m.year, m.document_type) == (2021, "jaarverslag")


def test_no_year_from_periods_dates_and_titles():
    text = (NEUTRAL + "Het beleid staat in:\n• Nota gezond leven 2014\n• Kader jeugd 2018-2021\n"
            "• Uitvoeringsplan armoede 2019–2022\nDe regeling loopt tot 1 januari 2026.")
    assert infer_meta(text_doc(text), {}).year is None


def test_file_name_year_supports_but_never_supplies():
    assert infer_meta(text_doc(NEUTRAL * 2, source="begroting-2025-heusden.txt"), {}).year is None
    text = NEUTRAL + "De nota werd in 2024 besproken. Het plan volgt in 2025."
    assert infer_meta(text_doc(text, source="verslag_2025.txt"), {}).year == 2025
    assert infer_meta(text_doc(text, source="verslag_2024.txt"), {}).year == 2024


def test_a_page_without_cues_is_read_alike_whatever_its_name_says_of_place_or_year():
    # A name that gives the place but no year ("..._undated.txt", a site's page) says nothing of the kind: budget
    # pages without a year are as common as other pages; the text's cues decide, else the most common kind.
    text = ("Inwoners kunnen met vragen over zorg, welzijn en werk terecht bij het loket. Het loket helpt bij het "
            "aanvragen van hulp en verwijst door naar partners in de wijk. ")

    def kind(**kw):
        return infer_meta(text_doc(text, **kw), {}).document_type
    assert kind() == kind(source="loket-zorg-heusden.html") == kind(source="12_heusden_undated.txt") == "begroting"
    assert kind(source="begroting-heusden.html") == "begroting"  # (a name that names the kind says so)
    assert kind(source="jaarverslag-heusden.html") == "jaarverslag"
    news = "Nieuwsbericht\n\n" + text
    assert infer_meta(text_doc(news, source="12_heusden_undated.txt"), {}).document_type == "other"


def test_type_cues_with_wij():
    m = infer_meta(text_doc("Wat willen wij bereiken en wat gaan wij daarvoor doen?\n" + NEUTRAL), {})
    assert m.document_type == "begroting"


def test_progress_report_is_other():
    text = ("Wat gaan we in 2024 hiervoor doen?\nActiviteit\n1.1 We stellen een plan op.\n"
            "Wat is de status van deze activiteit?\nHet plan is gereed. " + NEUTRAL)
    assert infer_meta(text_doc(text), {}).document_type == "other"


def test_annual_report_is_about_the_latest_year_it_looks_back_on():
    text = ("In 2019 is het regionale kader vastgesteld. In 2019 is de werkgroep gestart. In 2020 heeft de "
            "stichting veertig vrijwilligers opgeleid. In 2020 werden de wachtlijsten korter. " + NEUTRAL)
    m = infer_meta(text_doc(text), {})
    assert (m.year, m.document_type) == (2020, "jaarverslag")


def _programmes(text: str) -> list[str]:
    return infer_meta(text_doc(text + "\n" + NEUTRAL), {}).programmes


def test_programme_headings_in_their_common_forms():
    assert _programmes("4.1 Programma Meedoen\n4.1.0 Inleiding\nTekst.") == ["Meedoen"]
    assert _programmes("Programma 5 - Gezond en Wel\nWat willen we bereiken?") == ["Gezond en Wel"]
    assert _programmes("2.3 Programma - Zorgzame stad\nWat willen we bereiken?") == ["Zorgzame stad"]
    assert _programmes("Pijler 3 Werk\nKorte omschrijving\nTekst.") == ["Werk"]
    assert _programmes("Programma 2 en 4 Leren in de stad en Zorg en hulp\nTekst.") == ["Leren in de stad",
                                                                                         "Zorg en hulp"]


def test_programme_named_in_a_sentence():
    text = "De lasten op het Programma Werk, Inkomen en Schulden hebben vooral betrekking op uitkeringen."
    assert _programmes(text) == ["Werk, Inkomen en Schulden"]
    assert _programmes("Met het programma Meedoen richten we ons op de jeugd.") == ["Meedoen"]
    assert _programmes("Het streven van het programma Zorg en welzijn luidt: iedereen telt mee.") == ["Zorg en welzijn"]
    assert _programmes("Met het programma zetten we in op preventie.") == []  # no name after it


def test_a_programme_heading_in_capitals_and_a_numbered_chapter_of_programmes():
    assert _programmes("PROGRAMMA 4 – ZORG EN WELZIJN\n\nVisie\nTekst.") == ["Zorg en Welzijn"]
    assert _programmes("Begroting 2025\nportaal\n\n3. Programmaplan\n\n3.2 Zorg en welzijn\n\nIndicatoren") == [
        "Zorg en welzijn"]
    assert _programmes("3. Inleiding\n\n3.2 Zorg en welzijn\n\nIndicatoren") == []  # (no chapter of programmes)


def test_a_numbered_sub_programme_is_a_programme_too():
    text = "Programma: 2 Zorg en welzijn\n\nDeelprogramma: 2B Meedoen in de wijk\n\nWat valt onder dit taakveld\nTekst."
    assert _programmes(text) == ["Zorg en welzijn", "Meedoen in de wijk"]
    assert _programmes("Programma 6 Samenleving\nDeelprogramma 6A Sterke basis\nTekst.") == ["Samenleving", "Sterke basis"]


def test_title_line_above_a_standard_heading_is_a_programme_and_standard_headings_are_not():
    assert _programmes("Begroting 2024\nSamen Sterk in de Wijk\nWat doen we samen?\nTekst.") == ["Samen Sterk in de Wijk"]
    assert _programmes("Meedoen en Zorg\nTerugblik\nTekst.") == ["Meedoen en Zorg"]
    assert _programmes("Algemeen\nBestuurlijke samenvatting\nWat hebben we bereikt?\nTekst.") == []
    assert _programmes("Gezondheid\nIn dit jaar deden we veel voor de gezondheid van inwoners.") == []


def test_a_municipality_only_in_the_file_name_does_not_make_a_text_a_report():
    from sdkg.loaders.screen import not_a_report

    recipe = ("Verwarm de oven voor op tweehonderd graden. Meng de bloem met de boter en de suiker tot een "
              "kruimelig deeg, voeg een ei toe en kneed het geheel tot een soepele bal. Laat het deeg een half "
              "uur rusten op een koele plek. Schil intussen de peren, snijd ze in partjes en bestrooi ze met "
              "kaneel. Leg de partjes op het deeg en bak de taart in ongeveer veertig minuten goudbruin.")
    doc = text_doc(recipe, source="perentaart-heusden.txt")
    meta = infer_meta(doc, {})
    assert meta.municipality is not None and meta.municipality.cbs_code == "GM0797"  # the name is evidence
    assert "no municipality named" in not_a_report(doc, meta)
    report = text_doc("De gemeente Heusden werkt aan zorg en welzijn voor alle inwoners. " + recipe,
                  source="perentaart-heusden.txt")
    assert not_a_report(report, infer_meta(report, {})) is None


def test_gemeente_x_keeps_its_weight_when_a_longer_name_contains_x():
    text = ("De gemeente Groningen werkt in de regio samen met buurgemeente Midden-Groningen. De gemeente "
            "Groningen financiert het wijkwerk. " + NEUTRAL)
    assert _muni(text) == "GM0014"
