"""Extraction, thirtieth round: bodies that act together (a plural verb after a list of names), the roles a sentence
names first ("Opdrachtnemer is X"), the body a merger makes, parties named after a fronted phrase, unions of elderly
people, the public prosecutor by its short name, and initiatives whose names hold "in de"."""

import pytest

from .conftest import CHAPTER, in_chapter, names_of
from .conftest import initiatives_in as _initiatives_in
from .conftest import orgs_in as _orgs_in


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht en Tafelvast organiseerden 40 bijeenkomsten.", {"Dalkracht", "Tafelvast"}),
    ("Zowel Dalkracht als Tafelvast organiseren activiteiten voor ouderen.", {"Dalkracht", "Tafelvast"}),
    ("Zowel Dalkracht als Tafelvast bieden cursussen aan.", {"Dalkracht", "Tafelvast"}),
    ("Dalkracht en Tafelvast startten in 2023 het Digitaal Informatiepunt.", {"Dalkracht", "Tafelvast"}),
    ("Dalkracht en Tafelvast zijn in 2023 gestart met het Digitaal Informatiepunt.", {"Dalkracht", "Tafelvast"}),
    ("Zonnetij, Brugvast en Lindeloop hebben een intentieverklaring getekend.", {"Zonnetij", "Brugvast", "Lindeloop"}),
    ("Zonnetij, Brugvast en de Lindeloop hebben een convenant ondertekend.", {"Zonnetij", "Brugvast", "Lindeloop"}),
], ids=["organiseerden", "zowel ... als ... organiseren", "zowel ... als ... bieden aan", "startten",
        "zijn gestart met", "intentieverklaring getekend", "convenant ondertekend"])
def test_bodies_that_act_together_before_a_plural_verb_are_organisations(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("Vrijwilligers organiseren elke week een koffieochtend.", "Vrijwilligers"),
    ("Buurtbewoners en Jongeren organiseerden samen een buurtfeest.", "Jongeren"),
    ("Mantelzorgers en Vrijwilligers hebben een convenant getekend.", "Vrijwilligers"),
    ("Zowel Jongeren als Ouderen bieden we activiteiten aan.", "Ouderen"),
], ids=["a plural noun opens the sentence", "people, not bodies", "people sign too", "the object of bieden"])
def test_people_before_a_plural_verb_are_no_organisations(sentence, unwanted):
    assert unwanted not in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Opdrachtnemer is Zonnetij.", {"Zonnetij"}),
    ("De uitvoerder is Kernkracht.", {"Kernkracht"}),
    ("Penvoerder is Brugvast, de andere partners zijn Dalkracht en Tafelvast.", {"Brugvast", "Dalkracht", "Tafelvast"}),
    ("Partners in het netwerk zijn onder meer Brugvast, Tafelvast en Lindeloop.", {"Brugvast", "Tafelvast", "Lindeloop"}),
], ids=["opdrachtnemer", "de uitvoerder", "penvoerder and partners", "partners in het netwerk"])
def test_a_role_named_first_then_its_body(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "De partners zijn tevreden over de samenwerking.",
    "Uitvoerder is de gemeente.",
    "Partners zijn Nederlandse en Europese fondsen.",
    "De deelnemers zijn Syrische statushouders.",
])
def test_a_role_named_first_without_a_body_after_it_names_nobody(sentence):
    assert _orgs_in(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Brugvast en Lindeloop zijn in 2023 gefuseerd tot Kernkracht.", {"Brugvast", "Lindeloop", "Kernkracht"}),
    ("Sinds 1 januari gaan beide stichtingen samen verder onder de naam Kernkracht.", {"Kernkracht"}),
    ("De nieuwe organisatie heet Zonnetij.", {"Zonnetij"}),
    ("Door de fusie van Dalkracht en Tafelvast is één welzijnsorganisatie ontstaan: Kernkracht.",
     {"Dalkracht", "Tafelvast", "Kernkracht"}),
], ids=["gefuseerd tot", "onder de naam", "de nieuwe organisatie heet", "ontstaan:"])
def test_the_body_a_merger_makes_is_an_organisation(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_merger_into_one_organisation_names_no_body():
    assert _orgs_in("De twee stichtingen zijn gefuseerd tot één organisatie.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("In 2023 namen Brugvast en Heuvelstee deel aan de pilot.", {"Brugvast", "Heuvelstee"}),
    ("Aan het netwerk neemt ook Zonnetij deel.", {"Zonnetij"}),
], ids=["after a year", "after the network"])
def test_parties_after_a_fronted_phrase_take_part(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "In 2023 namen Jongeren uit de wijk deel aan de sportdag.",
    "Aan de cursus namen 40 inwoners deel.",
])
def test_people_taking_part_are_no_organisations(sentence):
    assert _orgs_in(sentence) == set()


def test_a_cooperation_of_items_named_by_kind_and_bodies_names_the_bodies():
    sentence = "Het Taalhuis is een samenwerking van de bibliotheek, Brugvast en Dalkracht."
    assert {"Brugvast", "Dalkracht"} <= _orgs_in(sentence)
    assert _orgs_in("Het Taalhuis is een samenwerking van de bibliotheek, het welzijnswerk en de gemeente.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ouderenbond Lindeloop bezocht 120 eenzame ouderen.", "Ouderenbond Lindeloop"),
    ("Ouderenbond Lindeloop en Seniorenvereniging Brugvast organiseren de ouderenmiddagen.", "Ouderenbond Lindeloop"),
], ids=["alone", "beside an association"])
def test_a_union_of_elderly_people_heads_its_name(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Bij de aanpak werken we samen met Veilig Thuis, de politie, het OM en de Raad voor de Kinderbescherming.",
    "Het OM heeft 40 zaken doorgestuurd naar Halt.",
])
def test_the_public_prosecutor_by_its_short_name(sentence):
    assert "Openbaar Ministerie" in _orgs_in(sentence)


@pytest.mark.parametrize("sentence", ["WAT GAAN WE DOEN OM DIT TE BEREIKEN?", "WIE DOET WAT: HET OM EN DE POLITIE"])
def test_a_two_letter_word_in_a_line_of_capitals_is_no_name(sentence):
    assert "Openbaar Ministerie" not in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het project Samen in de Buurt is in 2023 gestart.", "Project Samen in de Buurt"),
    ("De aanpak Thuis in de Wijk is uitgebreid naar drie wijken.", "Aanpak Thuis in de Wijk"),
    ("Via het project Thuis in de Wijk bezoeken vrijwilligers ouderen die alleen wonen.", "Project Thuis in de Wijk"),
], ids=["samen in de buurt", "thuis in de wijk", "via het project"])
def test_an_initiative_s_name_holds_a_preposition_and_an_article(sentence, want):
    assert want in _initiatives_in(sentence)


def test_a_second_plan_after_en_het_is_its_own():
    found = _initiatives_in("De Uitvoeringsagenda Jeugd en het Lokaal Preventieakkoord vullen elkaar aan.")
    assert "Uitvoeringsagenda Jeugd" in found
    assert not any("vullen" in n or "en het" in n for n in found)


FACT_SHEET = ("Overzicht gemeenschappelijke regelingen\n\nNaam\n\nGGD en Veilig Thuis Brugland\n\nVestigingsplaats\n\n"
              "Lindeloop\n\nDoel/Openbaar belang\n\nDe GGD voert de jeugdgezondheidszorg uit.\n")


def test_a_fact_sheet_s_name_is_one_joint_body_whatever_names_it_holds():
    found = names_of(CHAPTER + FACT_SHEET, "organisations")
    assert "GGD en Veilig Thuis Brugland" in found
    assert "GGD" in found  # the bare name elsewhere stays its own: the joint body is of two


@pytest.mark.parametrize(("sentence", "want"), [
    ("We kopen de huishoudelijke hulp in bij Zonnetij en Heuvelstee.", {"Zonnetij", "Heuvelstee"}),
    ("De hulpmiddelen worden ingekocht bij Lindeloop.", {"Lindeloop"}),
    ("Het doelgroepenvervoer is gegund aan Lindeloop.", {"Lindeloop"}),
    ("Aan Lindeloop is de opdracht gegund voor het doelgroepenvervoer.", {"Lindeloop"}),
    ("Brugvast heeft de aanbesteding gewonnen.", {"Brugvast"}),
    ("Brugvast won de Europese aanbesteding voor de huishoudelijke hulp.", {"Brugvast"}),
    ("Heuvelstee heeft haar activiteiten uitgebreid naar Oostdorp.", {"Heuvelstee"}),
    ("Met Dalkracht en Brugvast maakten we afspraken over de inzet van buurtcoaches.", {"Dalkracht", "Brugvast"}),
], ids=["kopen ... in bij", "ingekocht bij", "gegund aan", "Aan X is ... gegund", "aanbesteding gewonnen",
        "won de aanbesteding", "haar activiteiten", "met ... maakten we afspraken"])
def test_whom_a_service_is_bought_from_or_awarded_to_is_an_organisation(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Wethouder De Vries heeft haar activiteiten overgedragen.",
    "Ingrid heeft haar vrijwilligerswerk uitgebreid.",
    "Aan Jongeren is een opdracht gegund.",
    "We kopen de hulpmiddelen in bij de laagste bieder.",
    "Nederland heeft de aanbesteding gewonnen.",
])
def test_people_countries_and_bidders_buying_and_winning_are_no_organisations(sentence):
    assert _orgs_in(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Kernkracht ondersteunde 85 statushouders bij hun inburgering.", {"Kernkracht"}),
    ("Lindeloop begeleidde in 2023 ruim 40 werkzoekenden.", {"Lindeloop"}),
    ("Zonnetij meldt een stijging van het aantal aanmeldingen.", {"Zonnetij"}),
    ("Dalkracht heeft vanaf 2024 de nieuwe naam Kernkracht.", {"Dalkracht", "Kernkracht"}),
    ("De stichting heet voortaan Kernkracht.", {"Kernkracht"}),
    ("Heuvelstee is ontstaan uit een fusie van twee welzijnsorganisaties.", {"Heuvelstee"}),
    ("Vanuit Dalkracht zijn twee ouderenconsulenten actief in de kernen.", {"Dalkracht"}),
], ids=["ondersteunde N people", "begeleidde N people", "meldt een stijging", "de nieuwe naam", "heet voortaan",
        "ontstaan uit een fusie", "vanuit X staff"])
def test_what_a_body_reports_supports_or_is_renamed_makes_it_an_organisation(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Vanuit Oostdorp zijn twee medewerkers verhuisd.",
    "Vanuit Jeugdhulp zijn twee consulenten aangesloten.",
    "Het Sociaal Fonds Lindeloop hielp 610 huishoudens met een bijdrage.",
])
def test_places_services_and_funds_are_no_organisations_by_these_cues(sentence):
    assert _orgs_in(sentence) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("Uitvoerende organisatie(s): Dalkracht en Brugvast", {"Dalkracht", "Brugvast"}),
    ("Uitvoerende partijen: Dalkracht, Brugvast en Tafelvast", {"Dalkracht", "Brugvast", "Tafelvast"}),
    ("Financier: Zonnetij", {"Zonnetij"}),
    ("Ontvangers van subsidie in 2023 waren onder andere Dalkracht en Zonnetij.", {"Dalkracht", "Zonnetij"}),
    ("Subsidieontvangers zijn Dalkracht, Brugvast en Lindeloop.", {"Dalkracht", "Brugvast", "Lindeloop"}),
], ids=["uitvoerende organisatie(s):", "uitvoerende partijen:", "financier:", "ontvangers van subsidie waren",
        "subsidieontvangers zijn"])
def test_a_project_card_s_or_a_grant_s_parties_by_their_label(text, want):
    assert want <= _orgs_in(text)


def test_receivers_of_something_else_name_no_body():
    assert _orgs_in("Ontvangers van de nieuwsbrief zijn Nederlandse en Duitse inwoners.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("We vragen Tafelvast een plan te maken voor de inloop.", {"Tafelvast"}),
    ("Wij blijven Kernkracht financieren voor het maatschappelijk werk.", {"Kernkracht"}),
    ("We gaan Brugvast vanaf 2025 subsidiëren voor de schuldhulp.", {"Brugvast"}),
], ids=["vragen X een plan te maken", "blijven X financieren", "gaan X subsidiëren"])
def test_a_body_the_municipality_asks_or_goes_on_funding(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "We vragen Inwoners een formulier in te vullen.",
    "We gaan Jongeren financieren.",
    "Wij blijven Nederlandse les financieren.",
])
def test_people_and_lessons_the_municipality_asks_or_funds_are_no_organisations(sentence):
    assert _orgs_in(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Lindeloop, een dochteronderneming van Zonnetij, voert de dagbesteding uit.", {"Lindeloop", "Zonnetij"}),
    ("Jeugdzorgaanbieder Kernkracht (onderdeel van Zonnetij) biedt gezinshuizen.", {"Kernkracht", "Zonnetij"}),
    ("Lindeloop is een werkmaatschappij van Zonnetij.", {"Lindeloop", "Zonnetij"}),
], ids=["dochteronderneming", "(onderdeel van X)", "werkmaatschappij"])
def test_the_body_another_belongs_to_is_an_organisation(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_plan_another_belongs_to_is_no_organisation():
    assert _orgs_in("De pilot (onderdeel van het Actieplan Wonen) loopt door.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Thuiszorg 't Zonnetij levert wijkverpleging.", "Thuiszorg 't Zonnetij"),
    ("Kinderopvang De Heuvelstee breidt het aantal plaatsen uit.", "Kinderopvang De Heuvelstee"),
], ids=["thuiszorg 't", "kinderopvang De"])
def test_a_provider_s_sector_before_a_name_with_its_article(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dit gebeurt in nauwe afstemming met Zonnetij en de GGD.", {"Zonnetij", "GGD"}),
    ("Dit project is een initiatief van Kernkracht en de bibliotheek.", {"Kernkracht"}),
    ("Verschillende partijen, waaronder Lindeloop en Heuvelstee, hebben zich aangesloten.", {"Lindeloop", "Heuvelstee"}),
    ("Brugvast, dat sinds 2023 het buurthuis beheert, heeft de openingstijden verruimd.", {"Brugvast"}),
], ids=["afstemming met", "een initiatief van", "partijen, waaronder", "dat ... beheert"])
def test_coordination_initiative_and_what_a_body_runs(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "unwanted"), [
    ("Hierbij werken we samen met lokale partners (Dalkracht, Brugvast en Kernkracht).", "Hierbij"),
    ("Daarbij werken we samen met Dalkracht.", "Daarbij"),
    ("Het project Samen Thuis, dat de gemeente uitvoert, loopt door.", "Samen Thuis"),
], ids=["hierbij", "daarbij", "a project carried out"])
def test_an_adverb_or_a_project_before_a_body_s_cue_is_no_organisation(sentence, unwanted):
    assert unwanted not in _orgs_in(sentence)


@pytest.mark.parametrize(("text", "want"), [
    ("De belangrijkste partners zijn:\nDalkracht\nBrugvast\nLindeloop\n", {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("Uitvoerende organisaties\nDalkracht\nBrugvast\nTafelvast\n", {"Dalkracht", "Brugvast", "Tafelvast"}),
    ("Subsidies sociaal domein\nDalkracht | welzijnswerk | 450.000\nBrugvast | jongerenwerk | 120.000\n"
     "Tafelvast | mantelzorg | 35.000\n", {"Dalkracht", "Brugvast", "Tafelvast"}),
    ("Verstrekte subsidies\n| Dalkracht | € 450.000 |\n| Brugvast | € 120.000 |\n", {"Dalkracht", "Brugvast"}),
], ids=["partners zijn: one a line", "uitvoerende organisaties", "a grants table's rows", "rows with outer bars"])
def test_names_under_a_heading_that_announces_bodies_or_grants(text, want):
    assert want <= _orgs_in(text)


def test_a_grants_table_by_purpose_names_no_body():
    text = "Subsidies 2023\nWelzijn | 450.000\nJeugd | 120.000\nMantelzorg | 35.000\nSport en bewegen | 20.000\n"
    assert _orgs_in(text) == set()


def _laws_in(sentence: str) -> set[str]:
    return in_chapter(sentence, "laws")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Voor 12 inwoners is een Wsnp-traject gestart.", "Wet schuldsanering natuurlijke personen"),
    ("Wie de schulden niet kan aflossen, kan een beroep doen op de Wsnp.", "Wet schuldsanering natuurlijke personen"),
    ("Inwoners met een laag inkomen hebben recht op toeslag op grond van de Wet op de huurtoeslag.",
     "Wet op de huurtoeslag"),
    ("De Wet huurtoeslag wordt uitgevoerd door de Belastingdienst.", "Wet op de huurtoeslag"),
], ids=["wsnp-traject", "wsnp", "wet op de huurtoeslag", "wet huurtoeslag"])
def test_debt_rescheduling_and_rent_benefit_acts(sentence, want):
    assert want in _laws_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("De overname van Tafelvast door Kernkracht is afgerond.", {"Tafelvast", "Kernkracht"}),
    ("Na de overname van Lindeloop zijn de activiteiten voortgezet.", {"Lindeloop"}),
], ids=["van ... door", "van"])
def test_the_bodies_of_a_takeover(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_takeover_of_tasks_names_no_body():
    assert _orgs_in("De overname van taken door de gemeente kost tijd.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("De consulenten werken onder de vlag van Lindeloop.", {"Lindeloop"}),
    ("Vertegenwoordigers van Zonnetij, Heuvelstee en Lindeloop namen zitting in de klankbordgroep.",
     {"Zonnetij", "Heuvelstee", "Lindeloop"}),
], ids=["onder de vlag van", "vertegenwoordigers van"])
def test_whose_flag_staff_work_under_and_whom_representatives_speak_for(sentence, want):
    assert want <= _orgs_in(sentence)


def test_representatives_of_villages_are_no_organisations():
    assert _orgs_in("Vertegenwoordigers van Oostdorp en Westdorp waren aanwezig.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Ruim 200 kinderen zijn in behandeling bij Kernkracht.", {"Kernkracht"}),
    ("De cliënten die zorg ontvangen van Zonnetij zijn tevreden.", {"Zonnetij"}),
    ("Het aantal aanmeldingen bij Zonnetij nam toe.", {"Zonnetij"}),
    ("Er waren 42 plaatsingen bij Lindeloop.", {"Lindeloop"}),
], ids=["in behandeling bij", "zorg ontvangen van", "aanmeldingen bij", "plaatsingen bij"])
def test_whose_care_people_get_and_where_they_are_placed(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Het aantal aanmeldingen bij Jeugdhulp nam toe.",
    "De aanmeldingen bij het Sociaal Team stegen.",
])
def test_registrations_with_a_service_or_a_team_name_no_body(sentence):
    assert _orgs_in(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("De interventies Samen Sterk, Buurtmaatjes en Stevig Thuis zijn structureel geborgd.",
     {"Samen Sterk", "Buurtmaatjes", "Stevig Thuis"}),
    ("We plegen inzet op de stadsprogramma's Zorgzaam Lindeloop en Sterk Oostdorp.",
     {"Zorgzaam Lindeloop", "Sterk Oostdorp"}),
    ("De pilots Thuis Plus en Werk Eerst zijn geëvalueerd.", {"Thuis Plus", "Werk Eerst"}),
    ("De regelingen Kindpakket en Meedoenregeling worden samengevoegd.", {"Kindpakket", "Meedoenregeling"}),
], ids=["interventies", "stadsprogramma's", "pilots", "regelingen"])
def test_names_listed_after_a_plural_type_word_are_each_an_initiative(sentence, want):
    found = _initiatives_in(sentence)
    assert want <= found
    assert not any(" en " in n for n in found)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Samen met het Platform Geheugensteun zetten we in op acties voor een dementievriendelijke gemeente.",
     "Platform Geheugensteun"),
    ("Het Bestuurlijk Platform Sociaal Domein Brugland stelde de agenda vast.",
     "Bestuurlijk Platform Sociaal Domein Brugland"),
], ids=["samen met het platform", "bestuurlijk platform"])
def test_a_named_platform_is_an_initiative_not_an_organisation(sentence, want):
    assert want in _initiatives_in(sentence)
    assert want not in _orgs_in(sentence)


def test_a_body_whose_name_compounds_platform_stays_an_organisation():
    assert "Kennisplatform Integratie & Samenleving" in _orgs_in(
        "Samen met het Kennisplatform Integratie & Samenleving werken we aan de aanpak.")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Voor jongeren werkt Dalkracht samen met Brugvast en het CJG.", {"Dalkracht", "Brugvast"}),
    ("Ook het Kinderhart Lindeloop (kinderopvang) doet mee.", {"Kinderhart Lindeloop"}),
    ("Dalkracht (welzijn), Brugvast (jeugdhulp) en Lindeloop (schuldhulp) werken vanuit één locatie.",
     {"Dalkracht", "Brugvast", "Lindeloop"}),
], ids=["inverted werkt X samen met", "(kinderopvang)", "a list with each service in brackets"])
def test_a_provider_with_its_service_in_brackets_or_working_together_inverted(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", ["Het Programma Jong (jeugdhulp) loopt door.",
                                      "In de wijk Oostdorp (welzijn) wordt gewerkt."])
def test_a_programme_or_a_place_with_a_service_in_brackets_is_no_organisation(sentence):
    assert _orgs_in(sentence) == set()


NBSP_REPORT = ("Jaarverslag\u00a02023 gemeente Putten\n\nSociaal domein\n\n"
               "Dalkracht\u00a0en\u00a0Tafelvast organiseerden 40 bijeenkomsten. Met\u00a0Zonnetij is afgesproken "
               "dat de inloop doorgaat. De uitvoering is in handen van Stichting\u00a0Brugvast. In 2023 ontvingen "
               "1.245\u00a0inwoners een maatwerkvoorziening op grond van de Wet\u00a0maatschappelijke "
               "ondersteuning\u00a02015.\n")


def test_no_break_spaces_between_words_read_as_spaces_and_the_quotes_stay_the_text_s(tmp_path):
    from sdkg.loaders import load

    path = tmp_path / "jaarverslag.txt"
    path.write_text(NBSP_REPORT, encoding="utf-8")
    ex = load(str(path))  # the path `sdkg ingest` and `sdkg extract` take
    plain = tmp_path / "plain.txt"
    plain.write_text(NBSP_REPORT.replace("\u00a0", " "), encoding="utf-8")
    same = load(str(plain))
    assert {o.name for o in ex.organisations} == {o.name for o in same.organisations} \
        >= {"Dalkracht", "Tafelvast", "Zonnetij", "Brugvast"}
    assert [law.name for law in ex.laws] == [law.name for law in same.laws] == ["Wet maatschappelijke ondersteuning 2015"]
    assert [f.value for f in ex.figures] == [f.value for f in same.figures]
    assert (ex.meta.year, ex.meta.document_type) == (same.meta.year, same.meta.document_type) == (2023, "jaarverslag")
    text = ex.document.text
    assert "\u00a0" in text  # the document is the file's own text
    spans = [m for items in (ex.organisations, ex.laws, ex.initiatives) for it in items for m in it.mentions]
    spans += [r.span for r in ex.relations] + [f.span for f in ex.figures if f.span]
    assert spans and all(text[s.start:s.end] == s.quote for s in spans)
    assert any("\u00a0" in r.span.quote for r in ex.relations)


@pytest.mark.parametrize(("sentence", "want"), [
    ("We gaan met Heuvelstee in gesprek over de toekomst van de dagbesteding.", {"Heuvelstee"}),
    ("Ook in 2025 subsidiëren we Kernkracht voor het welzijnswerk.", {"Kernkracht"}),
    ("De opdracht aan Dalkracht wordt in 2025 opnieuw aanbesteed.", {"Dalkracht"}),
    ("Het budget voor de opdracht aan Zonnetij stijgt met € 50.000.", {"Zonnetij"}),
    ("Dalkracht krijgt de regie over de inloopvoorzieningen.", {"Dalkracht"}),
], ids=["met X in gesprek", "subsidiëren we X", "de opdracht aan X", "budget voor de opdracht aan", "krijgt de regie"])
def test_a_budget_s_talks_grants_tasks_and_lead(sentence, want):
    assert want <= _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "We gaan met Oostdorp in gesprek over de dorpsvisie.",
    "Met Elkaar in gesprek over de wijk",
    "De opdracht aan Jeugdhulp is gewijzigd.",
])
def test_a_village_a_pronoun_or_a_service_in_these_cues_is_no_organisation(sentence):
    assert _orgs_in(sentence) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("Betrokken partners\nDalkracht, Brugvast, Tafelvast en Lindeloop\n", {"Dalkracht", "Brugvast", "Tafelvast", "Lindeloop"}),
    ("Samenwerkingspartners\nDalkracht, Brugvast en Tafelvast.\n", {"Dalkracht", "Brugvast", "Tafelvast"}),
], ids=["betrokken partners", "samenwerkingspartners, a full stop"])
def test_one_comma_list_line_under_a_heading_that_announces_partners(text, want):
    assert want <= _orgs_in(text)


@pytest.mark.parametrize("text", ["Partners\nDe gemeente, de scholen en de huisartsen.\n",
                                  "Onze partners\nWe werken met veel partijen samen.\n"])
def test_a_line_of_kinds_or_a_sentence_under_a_partners_heading_names_nobody(text):
    assert _orgs_in(text) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    ("Met Samen Sterk in de Wijk bereiken we kwetsbare ouderen.", "Samen Sterk in de Wijk"),
    ("In het kader van Gezond in de Stad zijn beweegactiviteiten georganiseerd.", "Gezond in de Stad"),
], ids=["samen sterk in de wijk", "gezond in de stad"])
def test_a_capitalised_title_holds_in_de(sentence, want):
    assert want in _initiatives_in(sentence)


def test_in_het_before_a_neighbourhood_is_where_a_title_stands():
    found = _initiatives_in("In mei kookten bewoners met Samen Koken in het Putten-Centrum.")
    assert not any("Centrum" in n for n in found)
