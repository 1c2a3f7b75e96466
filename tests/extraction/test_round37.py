"""Thirty-seventh round: a page that shows no kind of document is taken for the most common kind, a budget's, and the
year rules do not lean on that guess; "Realisatie van het beleid" heads an account; a contents list run together by a
copy site names no initiatives; a narrow column's "Begr 2021" dates its cells; a year a value is compared with is not
its own, and the year's value in brackets after a target is a figure; an act misspelt before its abbreviation is the
act the abbreviation names; a portfolio holder's surname makes no organisation; an acronym that is the subject of a
relative clause, a name whose acronym spells its lower-case last word, and a one-word name listed with a comma before
a sure organisation are organisations. The texts are invented for these tests."""

import pytest
from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.extract.laws import find_laws
from sdkg.loaders.metadata import infer_meta

from .conftest import in_chapter, names_of, orgs_in, text_doc


def _meta(text: str):
    return infer_meta(text_doc(text))


def test_a_page_without_cues_is_a_budgets_page_and_says_it_is_unsure():
    meta = _meta("Maatschappelijke ondersteuning\n\nInwoners van Dalvoorde krijgen hulp bij het huishouden en "
                 "begeleiding als zij dat zelf niet kunnen regelen. De vraag naar ondersteuning groeit door de "
                 "vergrijzing.\n")
    assert meta.document_type == "begroting"
    assert meta.confidence["document_type"] < 0.6
    assert meta.evidence["document_type"][0].startswith("no budget or accountability cues")


def test_a_guessed_type_does_not_make_a_year_named_once_the_budget_year():
    text = ("Maatschappelijke ondersteuning\n\nDe vrijwilligerscentrale van Dalvoorde kreeg steeds een losse bijdrage. "
            "De nieuwe regeling voor haar subsidie gaat in per 2024, na een jaar van overgang.\n")
    meta = _meta(text)
    assert meta.document_type == "begroting"
    assert meta.year is None
    # ... while a budget that shows itself names its year by the same words
    assert _meta("Programmabegroting\n\n" + text.split("\n\n", 1)[1]).year == 2024


def test_the_heading_realisation_of_the_policy_is_an_accounts():
    text = ("Sociaal domein\n\nRealisatie van het beleid\n\nHet nieuwe kindcentrum in Dalvoorde is in gebruik genomen. "
            "De school en de opvang werken er samen.\n")
    assert _meta(text).document_type == "jaarverslag"
    # ... not the words in a sentence
    assert _meta("Sociaal domein\n\nWe volgen de realisatie van het beleid nauwgezet.\n").document_type != "jaarverslag"


_RUN_TOGETHER = ("Programmabegroting 2024 gemeente Dalvoorde\n\nInhoudsopgave\n\nVoorwoord 3Inleiding 5Financiën 7"
                 "Kerngegevens 9\n\n1. De begroting in het kort 11\n\n2. Programma's 131.0 Programma Wonen en Werken "
                 "13 Speerpunt Sterke Buurten 16 Speerpunt Vitale Dorpen 191.1 Programma Zorg en Welzijn 22 Speerpunt "
                 "Gezond Leven 25 Speerpunt Samen Sterk 28\n")


def test_a_contents_list_run_together_names_no_initiatives_and_no_figures():
    found = names_of(_RUN_TOGETHER, "initiatives")
    assert not found & {"Speerpunt Sterke Buurten", "Speerpunt Vitale Dorpen", "Programma Zorg en Welzijn",
                        "Speerpunt Gezond Leven", "Speerpunt Samen Sterk"}, found
    assert not [f for f in find_figures(_RUN_TOGETHER, 2024) if f.value in (13, 16, 19, 22, 25, 28)]


def test_a_narrow_columns_abbreviated_kinds_date_their_cells():
    text = ("Kosten van het programma\nBedragen x €1.000\nReal 2019 Begroot 2020 Begr 2021 Begr 2022\n"
            "Lasten 41.200 43.100 44.500 45.000\nBaten 8.100 8.300 8.600 8.800\n")
    got = {(f.label, f.value, f.year) for f in find_figures(text, 2021)}
    assert ("Lasten", 41_200_000, 2019) in got and ("Lasten", 44_500_000, 2021) in got, got
    assert not any(f.year == 2021 and f.value in (41_200_000, 43_100_000) for f in find_figures(text, 2021))


def test_a_year_a_value_is_compared_with_is_not_its_own():
    figs = find_figures("Voedselbank Dalvoorde: een toename van 12% t.o.v. 2019 naar 380 huishoudens.", 2020)
    assert [(f.value, f.year) for f in figs if f.value == 380] == [(380, 2020)]
    # ... unless the value is that year's ("ten opzichte van 2019, toen 340 huishoudens ...")
    figs = find_figures("De vraag steeg ten opzichte van 2019, toen 340 huishoudens een pakket kregen.", 2020)
    assert [(f.value, f.year) for f in figs if f.value == 340] == [(340, 2019)]


def test_the_years_value_in_brackets_after_a_target_is_a_figure_of_the_same_measure():
    figs = find_figures("De tevredenheid over de wijkteams stijgt naar minstens 7,8 (in 2021:7,4).", 2023)
    bracketed = [f for f in figs if f.value == 7.4]
    assert [(f.value, f.year) for f in bracketed] == [(7.4, 2021)]
    target = next(f for f in figs if f.value == 7.8)
    assert bracketed[0].label == target.label
    # a time of day is still none
    assert not [f for f in find_figures("Het inloopspreekuur begint om 9:30 in het buurthuis.", 2023) if f.value == 30]


def test_an_act_misspelt_before_its_abbreviation_is_the_act_it_names():
    laws = {law.name for law in find_laws("Ook de Zorgverzekingswet (Zvw) stelt strengere eisen.", 2023)}
    assert laws == {"Zorgverzekeringswet"}
    # ... but an abbreviation of an act of another name does not rename the act before it
    laws = {law.name for law in find_laws("De Fooiwet (Wlz) kent strenge regels.", 2023)}
    assert "Fooiwet" in laws


def test_a_portfolio_holders_surname_makes_no_organisation():
    table = ("Programma 3. Sociaal domein\n\nPortefeuillehouder Thema\nPieter Klaassen Werk en inkomen, Meedoen\n"
             "Sanne de Mulder Welzijn, Jeugd en Cultuur\n\n")
    assert not names_of(table + "We werken aan de inloop.\n", "organisations")
    # ... while a welfare body of that shape in the text's own sentences stays one
    assert "Zorgveld Welzijn" in names_of(table + "We werken samen met Zorgveld Welzijn aan de inloop.\n",
                                          "organisations")


def test_an_acronym_that_is_the_subject_of_a_relative_clause_is_an_organisation():
    assert "KLM" in orgs_in("De cijfers komen uit de monitor die KLM elk jaar maakt voor de provincie.")
    assert "ABCD" not in orgs_in("We meten de ABCD-index elk jaar opnieuw.")


def test_an_acronym_that_spells_a_names_lower_case_last_word_gives_the_whole_name():
    found = orgs_in("We trekken op met het Netwerk Wethouders Zorg domein (NWZD) en de VNG.")
    assert "Netwerk Wethouders Zorg domein" in found, found


@pytest.mark.parametrize("sentence, name, want", [
    ("In de preventieagenda werken Zonnegloed, Stichting Welzijn Dalvoorde en wij samen aan gezond leven.",
     "Zonnegloed", True),
    ("Activiteiten van onze partners Vrienden van de Muziek, Stichting Welzijn Dalvoorde en de bibliotheek.",
     "Muziek", False),
])
def test_a_one_word_name_listed_with_a_comma_before_a_sure_organisation(sentence, name, want):
    assert (name in in_chapter(sentence, "organisations")) is want


@pytest.mark.parametrize("sentence, name, want", [
    ("Binnen het programma Zorg vallen vier lijnen van beleid.", "Programma Zorg", False),
    ("Onder Programma Verkeer en Vervoer vallen de wegen en het openbaar vervoer.", "Programma Verkeer en Vervoer", False),
    ("We zijn gestart met het programma Samen Sterk in de Wijk voor jonge ouders.", "Programma Samen Sterk in de Wijk",
     True),
])
def test_a_programma_named_by_policy_fields_alone_is_the_budgets_chapter(sentence, name, want):
    assert (name in in_chapter(sentence, "initiatives")) is want


def test_a_plans_version_is_part_of_its_name_and_a_section_number_is_not():
    assert "Ouderenagenda 2.0" in in_chapter("Eind 2023 is de Ouderenagenda 2.0 vastgesteld door de raad.",
                                             "initiatives")
    found = in_chapter("Zie 4.1 Uitvoering Dorpsagenda 4.2 Het vervolg in de kernen.", "initiatives")
    assert not any(n.endswith("4.2") for n in found), found


def test_a_list_item_that_a_capitalised_type_word_opens_is_an_initiative_whole():
    found = in_chapter("Wat gaan we doen?\n  • Uitvoeren van de agenda\n  • Project fietsen voor ouderen\n"
                       "  • Pilot taalhuis in de bibliotheek\n", "initiatives")
    assert {"Project fietsen voor ouderen", "Pilot taalhuis in de bibliotheek"} <= found, found


@pytest.mark.parametrize("sentence", [
    "In het Coalitieprogramma 2022-2026 ‘Samen verder bouwen’ staat de koers van het college.",
    "Het college gaf zijn collegeprogramma de titel ‘Gewoon goed doen’ mee.",
])
def test_the_title_of_the_coalitions_own_programme_is_no_initiative(sentence):
    found = in_chapter(sentence, "initiatives")
    assert not {"Samen verder bouwen", "Gewoon goed doen"} & found, found


def test_a_bare_cjg_is_the_municipalitys_centre_for_youth_and_family():
    orgs = {o.name: o for o in extract_orgs("Voor ouders werken de wijkteams samen met het CJG en de huisartsen.")}
    assert "Centrum voor Jeugd en Gezin" in orgs and "CJG" in orgs["Centrum voor Jeugd en Gezin"].aliases
    # ... and with its region it stays that region's body
    assert "CJG Dalland" in {o.name for o in extract_orgs("Sinds maart verzorgt het CJG Dalland de inloop.")}


def extract_orgs(sentence: str):
    from sdkg.loaders.extract import extract

    return extract(text_doc("Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\n" + sentence + "\n")).organisations


@pytest.mark.parametrize("sentence, name, want", [
    ("De raad stelde de visie Samen sterker (2021) vast na een ronde langs de dorpen.", "Visie Samen sterker", True),
    ("Onder het programma Sociaal domein vallen ook de wijkteams.", "Programma Sociaal domein", False),
    ("In 2020 is de aanpak voor het jeugddomein (2020-2023) opgesteld met de scholen.",
     "aanpak voor het jeugddomein (2020-2023)", False),
    ("In 2020 is de strategie voor het jeugddomein (2020-2023) opgesteld met de scholen.",
     "strategie voor het jeugddomein (2020-2023)", True),
    ("We werken vanuit de visie voor de toekomst (2030) aan de wijken.", "visie voor de toekomst (2030)", False),
    ("Het plan voor de komende jaren (2024-2027) is klaar.", "plan voor de komende jaren (2024-2027)", False),
], ids=["a sentence-case title dated by its year", "a topic cut in two", "aanpak is no dated plan's word",
        "a plan's subject after voor het and its bracketed period", "a target year in brackets",
        "the coming years are no subject"])
def test_titles_in_sentence_case_and_plans_with_their_bracketed_period(sentence, name, want):
    assert (name in in_chapter(sentence, "initiatives")) is want


def test_two_past_cues_beside_one_that_looks_ahead_are_a_budgets_history():
    meta = _meta("Sociaal domein\n\nHet plan is vastgesteld en de werkgroep is gestart. We gaan de wijken in met de "
                 "partners.\n")
    assert meta.document_type == "begroting"
    # ... while more looking back makes an account
    assert _meta("Sociaal domein\n\nHet plan is vastgesteld, de werkgroep is gestart en de eerste wijk is bezocht. "
                 "Ook hebben we de partners gesproken. We gaan verder.\n").document_type == "jaarverslag"


def test_a_former_municipality_called_gemeente_in_a_text_of_no_year_is_itself():
    text = ("Sociaal domein\n\nWij willen de gemeente Hellevoetsluis aantrekkelijk houden voor jong en oud. Alles wat "
            "Hellevoetsluis verder biedt, blijft.\n")
    assert _meta(text).municipality.name == "Hellevoetsluis"


@pytest.mark.parametrize("text, want", [
    ("Doel 2\n\nuitgaven van het doel (x 1.000 euro): 118.420,00\nTal van acties volgen.\n", (118_420_000, "EUR")),
    ("Lasten & baten\n\nduizend\n\nLasten\n\n€ 21.350\n\nBaten\n\n€ 4.120\n", (21_350_000, "EUR")),
], ids=["a label's bracket gives the unit before the colon", "a caption line of its own scales the amounts below"])
def test_multipliers_a_label_or_a_caption_gives(text, want):
    got = {(f.value, f.unit) for f in find_figures(text, None)}
    assert want in got, got


def test_an_area_is_no_figure():
    assert not [f for f in find_figures("De gemeente telt 41 dorpen en heeft een oppervlakte van ruim 38.000 ha.", 2020)
                if f.value == 38_000]


def test_a_model_is_a_way_of_working_and_a_plans_acronym_no_partner():
    text = ("Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\nSamen met Model Dalvoorde vormt dit de basis onder het "
            "Integraal Beleidskader Zorg 2024-2027 (IBK-Z). Met het IBK-Z versterken wij de samenwerking in de wijken.\n")
    assert not names_of(text, "organisations") & {"Model Dalvoorde", "IBK-Z"}
    assert "Model Dalvoorde" in names_of(text, "initiatives")


def test_a_dated_plan_in_apposition_to_a_name_describes_that_name():
    found = in_chapter("In het Jeugdkompas, beleidsplan voor de jeugd 2020-2023, staan de doelen.", "initiatives")
    assert "Jeugdkompas" in found and not any(n.startswith("beleidsplan") for n in found), found


def test_a_list_of_developments_names_no_initiatives():
    text = ("Het saldo staat onder druk door de volgende ontwikkelingen:\n\n  1. De bijdrage van het Rijk daalt\n"
            "  2. Toename van kosten jeugdhulp\n")
    assert not in_chapter(text, "initiatives")
    # ... while a list announced as projects still does
    assert "Buurtkamer Oost" in in_chapter("We voeren de volgende projecten uit:\n\n  • Buurtkamer Oost\n"
                                          "  • Taalcafé West\n", "initiatives")


def test_a_local_platform_by_its_web_address_is_an_initiative():
    text = ("Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\nIn de wijk Oostdorp delen inwoners hun ideeën via "
            "www.puttendoetmee.nl. Informatie staat op www.putten.nl en waarstaatjegemeente.nl.\n")
    assert names_of(text, "initiatives") == {"www.puttendoetmee.nl"}
    # ... and a platform on the web lies in no neighbourhood
    from sdkg.loaders.extract import extract

    assert not [r for r in extract(text_doc(text)).relations if r.predicate == "located_in"
                and r.subject == "www.puttendoetmee.nl"]


def test_a_vertical_tables_effect_markers_after_each_cell_are_no_cells():
    text = ("Productgroep Ondersteuning\n\nBedragen x € 1.000\n\nRekening 2021\n\nBegroting 2022\n\nRekening 2022\n\n"
            "Lasten\n\n41.200\n\nN\n\n43.100\n\nN\n\n44.950\n\nN\n\nBaten\n\n1.210\n\nV\n\n1.300\n\nV\n\n1.480\n\nV\n")
    got = {(f.value, f.year) for f in find_figures(text, 2022)}
    assert (44_950_000, 2022) in got and (41_200_000, 2021) in got, got


def test_multi_year_budget_columns_abbreviated_mjb_make_a_vertical_tables_header():
    text = ("Nieuw beleid\n\nBedrag x € 1.000\n\nNr.\n\nVoorstel\n\nBegroting 2025\n\nMJB 2026\n\nMJB 2027\n\n"
            "12\n\nBuurtwerk in de dorpen\n\n180\n\n180\n\n180\n\n13\n\nTaalhuis in de bibliotheek\n\n64\n\n-\n\n-\n")
    got = {(f.label.rstrip(" *"), f.value, f.year) for f in find_figures(text, 2025)}
    assert ("Buurtwerk in de dorpen", 180_000, 2025) in got and ("Taalhuis in de bibliotheek", 64_000, 2025) in got, got
    assert not [g for g in got if g[1] in (12_000, 13_000)], got  # the rows' numbers are no amounts


def test_the_short_name_a_municipality_goes_by_is_no_neighbourhood():
    text = ("Programmabegroting 2025 Krimpen aan den IJssel\n\nSociaal domein\n\nWe zijn trots op de vele "
            "vrijwilligers die Krimpen rijk is. In de wijk Lansingh-Zuid opent een nieuw buurthuis.\n")
    assert names_of(text, "neighbourhoods") == {"Lansingh-Zuid"}
