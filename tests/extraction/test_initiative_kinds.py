"""Kinds of capitalised text that are no initiative on any municipality's page, beside the initiatives they
stand next to: budget-cycle and meeting documents, streets and addresses, institutions by their head word,
services named by their generic term, and place adjectives before a noun.

Every text here is invented.
"""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _inits(text: str) -> set[str]:
    return {i.name for i in extract(text_doc(text)).initiatives}


def test_budget_cycle_and_meeting_documents_are_no_initiative():
    names = _inits("Gemeente Zwolle. In de Kadernota 2026 staat dat de pilot Samen Koken doorgaat. Het stuk staat "
                   "in de Vergaderbundel Commissie Samenleving en in de Startnotitie Wonen met Zorg.")
    assert not {n for n in names if n.startswith(("Kadernota", "Vergaderbundel", "Startnotitie"))}, names
    assert "Pilot Samen Koken" in names


def test_a_kadernota_with_a_subject_is_still_a_policy_framework():
    names = _inits("Gemeente Zwolle. Het college werkt aan de Kadernota Gezonde Wijken. Ook de Kadernota 2025-2028 "
                   "is klaar.")
    assert "Kadernota Gezonde Wijken" in names
    assert "Kadernota 2025-2028" not in names


def test_streets_and_addresses_are_no_initiative_but_a_project_named_after_a_street_is():
    names = _inits("Gemeente Zwolle. Het inloophuis zit aan de Lange Lindelaan, de spreekuren zijn op Oude "
                   "Markt 12, Zwolle. Het project Stationsplein is gestart en ook Buurt Bruist loopt door.")
    assert not {"Lange Lindelaan", "Oude Markt"} & names, names
    assert {"Project Stationsplein", "Buurt Bruist"} <= names


def test_institutions_named_by_their_head_word_are_no_initiative():
    names = _inits("Gemeente Zwolle. De activiteiten vonden plaats in Museum Oude Weverij, Theater Het Veerhuis en "
                   "het Instituut voor Kunst Educatie. Ook Voedselbank Zwolle Oost en de Adviesraad Sociaal Domein "
                   "Zwolle deden mee, met Zorgboerderij Klaverwei Zwolle en Seniorenraad Zwolle Zuid. Daarnaast liep "
                   "Samen Sterk Zwolle door.")
    heads = ("Museum", "Theater", "Instituut", "Voedselbank", "Adviesraad", "boerderij", "raad")
    assert not {n for n in names if any(w in n for w in heads)}, names
    assert "Samen Sterk Zwolle" in names


def test_a_service_named_by_its_generic_term_is_no_initiative_but_a_named_approach_is():
    names = _inits("Gemeente Zwolle. De GGD werkt aan Forensische Geneeskunde en Specialistische Geestelijke "
                   "Gezondheidszorg blijft duur. Met de huisartsen werken we volgens Blauwe Zorg aan minder "
                   "doorverwijzingen, en kinderen gaan naar Peuteropvang & VE.")
    assert not {"Forensische Geneeskunde", "Specialistische Geestelijke Gezondheidszorg", "Peuteropvang & VE"} & names
    assert "Blauwe Zorg" in names


def test_a_place_adjective_before_a_noun_is_no_title():
    names = _inits("Gemeente Zwolle. Ook is de Zeeuws Vlaamse doelstelling uit de regiodeal gehaald, met steun van "
                   "Kansrijk Opgroeien Zwolle.")
    assert "Zeeuws Vlaamse" not in names
    assert "Kansrijk Opgroeien Zwolle" in names


def test_names_listed_after_a_plural_noun_of_undertakings_and_a_colon():
    names = _inits("Gemeente Zwolle. Festivals en evenementen in 2022: Zomer aan de Gracht, Noorderlicht Nights, "
                   "het Havenfeest en Klinkt. De interventies die we inzetten zijn Kookstudio Oost en Fit op Zaterdag "
                   "voor ouderen.")
    assert {"Zomer aan de Gracht", "Noorderlicht Nights", "Havenfeest", "Klinkt", "Kookstudio Oost",
            "Fit op Zaterdag"} <= names, names


def test_a_plain_plural_before_a_colon_lists_nothing_in_lower_case():
    names = _inits("Gemeente Zwolle. Projecten: inloop voor ouderen, maaltijden aan huis en vervoer.")
    assert not names, names


def test_a_country_wide_programme_is_one_initiative_under_its_written_form():
    names = _inits("Gemeente Zwolle. Scholen doen mee aan de Gezonde School. Ook de Gecombineerde Leefstijl "
                   "Interventie (GLI) is gestart.")
    assert "Gezonde School" in names
    assert len([n for n in names if "GLI" in n or "Leefstijl" in n]) == 1, names


def test_the_sustainable_development_goals_are_one_initiative_not_a_body():
    doc = extract(text_doc("Gemeente Zwolle. Onze opgaven sluiten aan bij de Sustainable Development Goals (SDG): "
                           "zeventien doelen voor duurzame ontwikkeling."))
    assert "Sustainable Development Goals" in {i.name for i in doc.initiatives}
    assert not {o.name for o in doc.organisations} & {"Sustainable Development Goals", "SDG"}


def test_a_national_acronym_opening_a_compound_is_that_programme():
    names = _inits("Gemeente Zwolle. Het Integraal Zorgakkoord vraagt veel. Met de IZA-middelen en het IZA-akkoord "
                   "starten we het BUUR-project.")
    assert "IZA-akkoord" not in names and "IZA-middelen" not in names
    assert {"Integraal Zorgakkoord", "BUUR-project"} <= names, names


def test_recurring_events_by_their_title():
    names = _inits("Gemeente Zwolle. In oktober was er aandacht tijdens de Week van de Buurtzorg en het Feest der "
                   "Verbinding. Een week van rust volgde.")
    assert {"Week van de Buurtzorg", "Feest der Verbinding"} <= names, names
    assert not {n for n in names if "rust" in n}


def test_names_with_a_hyphenated_type_word_and_elliptic_compounds():
    names = _inits("Gemeente Zwolle. Het succesvolle ZZ-Festival trok veel bezoekers. Het nieuwe akkoord vult het "
                   "Beweeg- en Gezondheidsakkoord aan.")
    assert {"ZZ-Festival", "Beweeg- en Gezondheidsakkoord"} <= names, names


def test_list_items_closed_by_their_adoption_date_are_policy_documents():
    names = _inits("Gemeente Zwolle.\n\nDoel Kaders\n"
                   " • Nota Samen aan de slag met schulden - Minimabeleid 2021-2024 (30 mrt 2021)\n"
                   " • Uitwerking Koers Wonen (B&W 5 jul 2022)\n"
                   " • Bijeenkomsten met inwoners\n")
    assert {"Nota Samen aan de slag met schulden", "Uitwerking Koers Wonen"} <= names, names
    assert "Bijeenkomsten met inwoners" not in names


def test_providers_named_by_their_sector_and_regions_are_no_initiative():
    names = _inits("Gemeente Zwolle. Het werk wordt gedaan door Welzijn Hoogland en Zonnig Zorgwonen. Op "
                   "het niveau van Zuid-Holland Zuid werken we samen. Ook Samen Sterk Zwolle ging door.")
    assert not {"Welzijn Hoogland", "Zonnig Zorgwonen", "Zuid-Holland Zuid"} & names, names
    assert "Samen Sterk Zwolle" in names


def test_a_title_read_short_and_long_from_the_same_place_is_one_initiative():
    names = _inits("Gemeente Zwolle.\n\nKaders\n"
                   " • Beleidsnota Samen in actie voor werk (12 mei 2021)\n"
                   " • Visie Zorgzame Stad (B&W 3 feb 2020)\n")
    assert "Beleidsnota Samen in actie voor werk" in names
    assert "Beleidsnota Samen" not in names, names


def test_a_long_quoted_official_title_is_one_initiative_but_a_long_quoted_sentence_is_not():
    names = _inits("Gemeente Zwolle. In 2021 is de ‘Tijdelijke subsidieregeling ondersteuning van sportieve en "
                   "culturele verenigingen in de coronaperiode gemeente Zwolle 2021’ vastgesteld. De wethouder zei: "
                   "‘Wij willen dat alle verenigingen in onze gemeente deze moeilijke periode goed doorkomen’.")
    assert any(n.startswith("Tijdelijke subsidieregeling ondersteuning") for n in names), names
    assert not any(n.startswith("Wij willen") for n in names)


def test_slogans_and_council_motions_in_quotes_are_no_initiative():
    names = _inits("Gemeente Zwolle. ‘Gewoon doen wat nodig is’ is het credo van het college. Na de motie "
                   "'Warme maaltijd voor elk kind' zijn we gestart met de pilot 'Samen aan tafel'.")
    assert not {"Gewoon doen wat nodig is", "Warme maaltijd voor elk kind"} & names, names
    assert "Samen aan tafel" in names


def test_a_second_name_opened_by_an_article_splits_a_run_of_capitals():
    names = _inits("Gemeente Zwolle. De samenwerking van Kunstfabriek Oost en De Vonk is onderzocht, net als Vitaal "
                   "Zwolle en Sport Samen.")
    assert not {n for n in names if "De Vonk" in n}, names


def test_named_working_groups_and_steering_groups_are_initiatives():
    names = _inits("Gemeente Zwolle. De aanpak wordt gevolgd door de stuurgroep Vitale Wijken en de werkgroep ZAP/Veilig "
                   "Thuis. Een doelgroep van de regeling zijn ouderen.")
    assert {"Stuurgroep Vitale Wijken"} <= names, names
    assert any(n.startswith("Werkgroep ZAP") for n in names), names
    assert not any("doelgroep" in n.lower() for n in names)


def test_coalition_programmes_of_any_government_are_no_initiative():
    names = _inits("Gemeente Zwolle. Het Hoofdlijnenakkoord en het Collegeprogramma Samen Vooruit vragen veel. Ook het "
                   "Regeerakkoord noemt de pilot Buurtkracht Zwolle.")
    assert not {n for n in names if n.startswith(("Hoofdlijnenakkoord", "Collegeprogramma", "Regeerakkoord"))}, names
    assert "Pilot Buurtkracht Zwolle" in names


def test_a_lower_case_quote_introduced_as_a_name_is_a_title():
    names = _inits("Gemeente Zwolle. Onder de noemer ‘samen aan de slag’ zijn tien buurten begonnen. Dat was ‘gewoon’ "
                   "werk.")
    assert "samen aan de slag" in {n.lower() for n in names}, names
    assert "gewoon" not in {n.lower() for n in names}


def test_a_name_closed_by_an_exclamation_mark_inside_a_sentence():
    names = _inits("Gemeente Zwolle. De inzet van SPRING! en Zwolle Beweegt! is voortgezet. Wat een jaar! We gaan door.")
    assert {"SPRING!", "Zwolle Beweegt!"} <= names, names
    assert not any(n.startswith("Wat") for n in names)


def test_the_title_of_a_publication_is_no_initiative():
    names = _inits("Gemeente Zwolle. We brachten het magazine Buren Samen uit en de nieuwsbrief Zwolle Zorgt, als "
                   "onderdeel van Buurtkracht Oost.")
    assert not {"Buren Samen", "Zwolle Zorgt"} & names, names
    assert "Buurtkracht Oost" in names


def test_a_policy_field_in_one_word_is_no_initiative_but_a_note_about_it_is():
    names = _inits("Gemeente Zwolle.\n\nDe beleidskaders:\n- Armoedebeleid (2019)\n- Nota Jeugdbeleid (2020)\n"
                   "- Visie Samen Thuis (2021)\n")
    assert "Armoedebeleid" not in names, names
    assert {"Nota Jeugdbeleid", "Visie Samen Thuis"} <= names
