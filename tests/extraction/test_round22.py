"""Constructions of any report, twenty-second round: members of a joint body ("neemt deel in"), an organisation part of
a named network, partners listed between "werken" and "samen" (in what was just named, and with the municipality when
it is one of them), a contribution to an organisation's costs, grants listed under a title, every place of a seat's
list, and an abbreviation that keeps the name's first word ("GGD X (GGD ABC)")."""

from sdkg.loaders.extract import extract

from .conftest import relation_triples as _triples
from .conftest import text_doc


def _extract(text):
    return extract(text_doc(text))




def test_what_we_start_together_with_an_organisation_makes_it_our_partner_and_the_projects():
    got = _triples("Jaarverslag 2023 gemeente Alkmaar.\n\nIn De Mare en in Daalmeer starten wij in 2023 samen met "
                   "Woonstichting Dalwijk het project 'Buren voor Buren', waarin bewoners elkaar helpen.\n")
    assert ("Woonstichting Dalwijk", "partner_of", "Buren voor Buren") in got
    assert ("Woonstichting Dalwijk", "partner_of", "Alkmaar") in got


def test_members_that_take_part_in_a_joint_body_are_part_of_it_not_each_others_partners():
    got = _triples("Programmabegroting 2024 gemeente Vlissingen.\n\nVlissingen neemt samen met Middelburg en Veere "
                   "deel in de gemeenschappelijke regeling Heuvelstee Walcheren, die de Participatiewet uitvoert.\n")
    for member in ("Vlissingen", "Middelburg", "Veere"):
        assert (member, "part_of", "Heuvelstee Walcheren") in got
    assert not {t for t in got if t[1] == "partner_of"}, got


def test_an_organisation_that_makes_part_of_a_network_is_part_of_it():
    got = _triples("Jaarverslag 2021 gemeente Deventer.\n\nStichting Heuvelstee biedt inloop in de wijk. De stichting "
                   "maakt deel uit van het Netwerk Sociaal Dalwijk, een samenwerkingsverband van zorgorganisaties.\n")
    assert ("Heuvelstee", "part_of", "Netwerk Sociaal Dalwijk") in got
    assert ("Heuvelstee", "partner_of", "Netwerk Sociaal Dalwijk") not in got
    got = _triples("Jaarverslag 2021 gemeente Deventer.\n\nStichting Heuvelstee maakt sinds 2020 deel uit van "
                   "Welzijnsgroep Bergstad.\n")
    assert ("Heuvelstee", "part_of", "Welzijnsgroep Bergstad") in got


def test_partners_listed_between_werken_and_samen_work_in_what_was_just_named():
    got = _triples("Jaarstukken 2022 gemeente Veendam.\n\nMet bijdragen van het Rijk is het project 'Veendam Vitaal' "
                   "gestart. In dit project werken Stichting Heuvelstee, Woningstichting Dalwijk en Gymnastiekvereniging "
                   "Bergstad samen.\n")
    for party in ("Heuvelstee", "Woningstichting Dalwijk", "Gymnastiekvereniging Bergstad"):
        assert (party, "partner_of", "Veendam Vitaal") in got
        assert (party, "partner_of", "Veendam") not in got  # the municipality is none of the parties


def test_the_municipality_among_the_parties_makes_each_of_them_its_partner():
    got = _triples("Jaarverslag 2019 gemeente Apeldoorn.\n\nIn 2019 is het netwerk 'Kansrijke Start' opgezet. Hierin "
                   "werken Verloskundigenpraktijk Het Wiegje, Stichting Heuvelstee en de gemeente samen.\n")
    for party in ("Verloskundigenpraktijk Het Wiegje", "Heuvelstee"):
        assert (party, "partner_of", "Kansrijke Start") in got
        assert (party, "partner_of", "Apeldoorn") in got
    # "Hierin" without anything named before it: with the municipality, not with a heading
    got = _triples("Wat hebben we bereikt?\n\nHierin werken Stichting Heuvelstee en de gemeente Apeldoorn samen.\n")
    assert got == {("Heuvelstee", "partner_of", "Apeldoorn")}, got


def test_an_abbreviation_that_keeps_the_first_word_of_the_name_is_its_alias():
    ex = _extract("Jaarverslag 2019 gemeente Apeldoorn.\n\nHierin werken de GGD Noord- en Oost-Gelderland (GGD NOG) en "
                  "de gemeente samen. De GGD NOG voert de jeugdgezondheidszorg uit.\n")
    assert [(o.name, o.aliases) for o in ex.organisations] == [("GGD Noord- en Oost-Gelderland", ["GGD NOG"])]
    # a name of another body in brackets stays its own
    ex = _extract("Jaarverslag 2019 gemeente Apeldoorn.\n\nStichting Heuvelstee (GGD Zeeland) en de gemeente werken "
                  "samen.\n")
    assert not [o for o in ex.organisations if "GGD Zeeland" in o.aliases]


def test_contributing_to_the_costs_of_an_organisation_funds_it():
    got = _triples("Programmabegroting 2024 gemeente Vlissingen.\n\nDe gemeente draagt bij in de kosten van Veilig Thuis "
                   "Zeeland. Wij dragen jaarlijks € 40.000 bij aan de exploitatie van Stichting Heuvelstee.\n")
    assert ("Vlissingen", "funds", "Veilig Thuis Zeeland") in got
    assert ("Vlissingen", "funds", "Heuvelstee") in got


def test_grants_listed_under_a_title_are_funded_by_the_municipality():
    got = _triples("Jaarverslag 2019 gemeente Apeldoorn.\n\nSubsidies 2019 (selectie)\n- Stichting Heuvelstee: € 4.860.000\n"
                   "- Voedselbank Dalwijk: € 38.000\n- Totaal: € 4.898.000\n")
    assert {t for t in got if t[1] == "funds"} == {("Apeldoorn", "funds", "Heuvelstee"),
                                                   ("Apeldoorn", "funds", "Voedselbank Dalwijk")}
    got = _triples("Programmabegroting 2024 gemeente Vlissingen.\n\nSubsidieplafonds 2024 (welzijn en maatschappelijke "
                   "ondersteuning)\nStichting Buurtwerk Bergstad                 € 1.285.000\n"
                   "Jongerencentrum De Piek                     € 210.000\n")
    assert ("Vlissingen", "funds", "Buurtwerk Bergstad") in got
    assert ("Vlissingen", "funds", "Jongerencentrum De Piek") in got
    # a title that names no grants: its amounts are no grants
    got = _triples("Jaarverslag 2019 gemeente Apeldoorn.\n\nLasten 2019\n- Stichting Heuvelstee: € 4.860.000\n")
    assert not {t for t in got if t[1] == "funds"}, got


def test_every_place_of_a_seats_list_is_where_the_organisation_is():
    got = _triples("Programmabegroting 2023 gemeente Alkmaar.\n\nDe toegang is belegd bij Stichting Heuvelstee. De "
                   "stichting werkt met vier gebiedsteams, gevestigd in Overdie, Huiswaard en Oudorp.\n")
    for place in ("Overdie", "Huiswaard", "Oudorp"):
        assert ("Heuvelstee", "located_in", place) in got


def test_places_between_a_verb_and_its_object_are_no_part_of_the_object():
    got = _triples("Programmabegroting 2023 gemeente Alkmaar.\n\nStichting Heuvelstee verzorgt in Oudorp en de "
                   "Binnenstad wekelijks een gezamenlijke maaltijd.\n")
    assert {o for s, p, o in got if p == "provides"} == {"gezamenlijke maaltijd"}, got


def test_places_an_organisation_is_active_in_are_where_it_is():
    got = _triples("Jaarverslag 2019 gemeente Apeldoorn.\n\nIn 2020 wordt bezien of Stichting Heuvelstee, die in "
                   "Beekbergen en Loenen actief is, kan aansluiten. Stichting Dalwijk, die in Ugchelen gevestigd is, "
                   "sluit ook aan.\n")
    assert {("Heuvelstee", "located_in", "Beekbergen"), ("Heuvelstee", "located_in", "Loenen"),
            ("Dalwijk", "located_in", "Ugchelen")} <= got


def test_what_a_joint_work_rests_on_is_not_what_the_partners_work_on():
    got = _triples("Programmabegroting 2023 gemeente Alkmaar.\n\nDe inkoop van specialistische jeugdhulp gebeurt "
                   "regionaal, samen met de gemeenten Castricum en Heiloo, op basis van het 'Regionaal Beleidsplan "
                   "Jeugdhulp 2022-2025'.\n")
    assert {("Castricum", "partner_of", "Alkmaar"), ("Heiloo", "partner_of", "Alkmaar")} <= got
    assert not {t for t in got if t[2].startswith("Regionaal Beleidsplan")}, got


def test_a_name_two_municipalities_bear_is_the_one_in_the_authors_province():
    ex = _extract("Programmabegroting 2023 gemeente Alkmaar.\n\nDe inkoop gebeurt regionaal, samen met de gemeenten "
                  "Bergen, Castricum en Heiloo.\n")
    assert ("Bergen", "GM0373") in {(p.name, p.code) for p in ex.other_municipalities}
    assert ("Bergen", "partner_of", "Alkmaar") in {(r.subject, r.predicate, r.object) for r in ex.relations}
    ex = _extract("Jaarverslag 2023 gemeente Venray.\n\nWij werken samen met de gemeenten Bergen en Gennep.\n")
    assert ("Bergen", "GM0893") in {(p.name, p.code) for p in ex.other_municipalities}
    # the author itself, by the province written after its name
    for written, code in (("Bergen (NH)", "GM0373"), ("Bergen (L.)", "GM0893")):
        ex = _extract(f"Jaarverslag 2023 gemeente {written}.\n\nDe gemeente Bergen werkt samen met de buurgemeenten.\n")
        assert ex.meta.municipality is not None and ex.meta.municipality.cbs_code == code, written


def _figures(text, year=2023):
    from sdkg.loaders.extract.figures import find_figures

    return [(f.value, f.unit, f.year, f.label) for f in find_figures(text, year)]


def test_the_year_a_preposition_gives_right_before_a_value_is_its_year():
    got = _figures("Veilig Thuis registreerde in 2021 1.184 meldingen over inwoners van onze gemeente.")
    assert (1184, "count", 2021, "meldingen") in got
    # a year that is a table cell before the value stays none of its own
    assert all(f[2] == 2023 for f in _figures("Rekening 2021 1.184 1.200"))


def test_the_multiplier_above_a_wide_table_laid_out_with_spaces_scales_it():
    header = "Omschrijving    Rekening 2021    Begroting 2022    Begroting 2023    Raming 2024    Raming 2025    Raming 2026"
    assert len(" ".join(header.split())) > 80  # longer than a line of text may be, once its spaces are folded
    got = _figures("Wat mag het kosten? (bedragen x € 1.000)\n\n" + header + "\n"
                   "Lasten          118.462          124.915           129.307           128.640        127.955        127.210\n"
                   "Baten           9.874            8.210             8.436             8.436          8.436          8.436\n")
    assert (129307000, "EUR", 2023, "Lasten") in got
    assert (118462000, "EUR", 2021, "Lasten") in got
    assert not [f for f in got if f[0] in (129307, 118462)]


def test_a_table_with_a_year_column_gives_the_municipalitys_value_of_each_rows_year():
    spaced = ("Beleidsindicatoren\n"
              "Indicator                                                     Jaar    Vlissingen    Nederland\n"
              "Personen met een bijstandsuitkering (per 10.000 inw. 18+)     2022    612           364\n"
              "Jongeren met jeugdhulp (% van jongeren tot 18 jaar)           2021    13,4          11,9\n")
    barred = ("Beleidsindicatoren\n| Indicator | Jaar | Vlissingen | Nederland |\n"
              "| Personen met een bijstandsuitkering (per 10.000 inw. 18+) | 2022 | 612 | 364 |\n"
              "| Jongeren met jeugdhulp (% van jongeren tot 18 jaar) | 2021 | 13,4 | 11,9 |\n")
    for text in (spaced, barred):
        got = _figures(text, 2024)
        assert got == [(612, "count", 2022, "Personen met een bijstandsuitkering (per 10.000 inw. 18+)"),
                       (13.4, "percent", 2021, "Jongeren met jeugdhulp (% van jongeren tot 18 jaar)")], got


def test_an_indicator_table_with_a_unit_column_and_the_year_last():
    got = _figures("Beleidsindicatoren\n"
                   "Indicator                                   Eenheid              Katwijk    Nederland   Peiljaar\n"
                   "Jongeren met jeugdhulp                      % 0 t/m 17 jaar         10,2        12,1       2023\n"
                   "Personen met een bijstandsuitkering         per 10.000 inw.          178         344       2022\n", 2025)
    assert got == [(10.2, "percent", 2023, "Jongeren met jeugdhulp (% 0 t/m 17 jaar)"),
                   (178, "count", 2022, "Personen met een bijstandsuitkering (per 10.000 inw.)")], got


def test_a_list_of_grants_below_a_table_in_thousands_is_written_out():
    got = _figures("Afwijkingen (x € 1.000)\nHuishoudelijke ondersteuning     620    N\nTotaal programma 2    1.628    N\n\n"
                   "Bijgestelde subsidies 2023\n- Stichting Heuvelstee: € 1.865.000\n- Voedselbank Dalwijk: € 22.500\n")
    assert (1865000, "EUR", 2023, "Stichting Heuvelstee") in got
    assert (22500, "EUR", 2023, "Voedselbank Dalwijk") in got


def test_a_taakveld_code_and_its_name_are_one_label_of_the_row():
    got = _figures("Lasten per taakveld (x € 1.000)\n\n"
                   "Taakveld                                    Rekening 2022   Begroting 2023   Begroting 2024      2025\n"
                   "6.1  Samenkracht en burgerparticipatie              8.412            8.955            9.310     9.288\n"
                   "Totaal lasten                                     140.919          145.607          150.995   150.868\n",
                   2024)
    assert (9310000, "EUR", 2024, "6.1 Samenkracht en burgerparticipatie") in got
    assert (150995000, "EUR", 2024, "Totaal lasten") in got
    assert not [f for f in got if f[3] == "burgerparticipatie"]


def test_a_sentence_that_text_copied_from_a_pdf_breaks_over_lines_is_one_unit():
    from sdkg.loaders.sentences import units

    text = ("Welzijn en mantelzorg\n"
            "Stichting Heuvelstee ontvangt in 2025 een subsidie van € 2.960.000 voor het welzijnswerk,\n"
            "de mantelzorgondersteuning en de ouderenadviseurs. De stichting heeft vestigingen in Rijnsburg en\n"
            "Valkenburg. Samen met de gemeenten Noordwijk en Oegstgeest zetten we in 2025 het project\n"
            "'Dementievriendelijke Kust' voort.\n"
            "Jeugd en onderwijs\n"
            "Lasten          118.462          124.915\n"
            "Baten           9.874            8.210\n")
    got = [text[u.start:u.end] for u in units(text)]
    assert got == [
        "Welzijn en mantelzorg",  # a heading stays its own: the line after it starts a sentence
        "Stichting Heuvelstee ontvangt in 2025 een subsidie van € 2.960.000 voor het welzijnswerk,\n"
        "de mantelzorgondersteuning en de ouderenadviseurs.",
        "De stichting heeft vestigingen in Rijnsburg en\nValkenburg.",
        "Samen met de gemeenten Noordwijk en Oegstgeest zetten we in 2025 het project\n"
        "'Dementievriendelijke Kust' voort.",
        "Jeugd en onderwijs",
        "Lasten          118.462          124.915",  # table rows stay rows
        "Baten           9.874            8.210",
    ], got
    got = _triples("Programmabegroting 2025 gemeente Katwijk\n\n" + text)
    assert ("Noordwijk", "partner_of", "Dementievriendelijke Kust") in got


def test_where_an_organisation_works_from_or_has_branches_or_is_active_is_where_it_is():
    for sentence in ("De toegang ligt bij Stichting Heuvelstee. De stichting werkt vanuit drie wijkposten, in Kerckebosch, "
                     "Vollenhove en Den Dolder.",
                     "Stichting Heuvelstee heeft vestigingen in Kerckebosch, Vollenhove en Den Dolder.",
                     "De buurtsportcoaches van Stichting Heuvelstee waren vooral actief in Kerckebosch, Vollenhove en "
                     "Den Dolder."):
        got = _triples("Jaarverslag 2022 gemeente Zeist.\n\n" + sentence + "\n")
        for place in ("Kerckebosch", "Vollenhove", "Den Dolder"):
            assert ("Heuvelstee", "located_in", place) in got, (sentence, got)


def test_a_passive_with_its_agents_before_the_participle_names_both_as_providers():
    got = _triples("Programmabegroting 2024 gemeente Lelystad.\n\nIn de Boswijk start in 2024 de pilot 'Thuis in de "
                   "Wijk'. Deze pilot wordt door Stichting Heuvelstee samen met Woonstichting Dalwijk uitgevoerd.\n")
    assert ("Heuvelstee", "provides", "Thuis in de Wijk") in got
    assert ("Woonstichting Dalwijk", "provides", "Thuis in de Wijk") in got


def test_the_municipalities_of_a_joint_body_named_in_apposition_are_part_of_it():
    got = _triples("Programmabegroting 2024 gemeente Lelystad.\n\nDe jeugdgezondheidszorg wordt uitgevoerd door GGD "
                   "Flevoland, de gemeenschappelijke regeling waarin Lelystad samenwerkt met Almere en Dronten.\n")
    for m in ("Lelystad", "Almere", "Dronten"):
        assert (m, "part_of", "GGD Flevoland") in got, got
    # the others work together with the municipality in it; no member is the body's partner
    assert {t for t in got if t[1] == "partner_of"} == {("Almere", "partner_of", "Lelystad"),
                                                         ("Dronten", "partner_of", "Lelystad")}, got


def test_a_name_right_after_a_line_broken_in_mid_sentence_is_no_sentence_start():
    text = ("Programmabegroting 2024 gemeente Lelystad\n\nWerk en inkomen\n"
            "De uitvoering van de Participatiewet en de Wet sociale werkvoorziening is belegd bij het\n"
            "Werkbedrijf Flevoland Werkt. Het werkbedrijf voert ook het programma 'Iedereen Doet Mee' uit.\n")
    ex = _extract(text)
    assert [o.name for o in ex.organisations] == ["Werkbedrijf Flevoland Werkt"]
    assert ("Werkbedrijf Flevoland Werkt", "provides", "Iedereen Doet Mee") in {
        (r.subject, r.predicate, r.object) for r in ex.relations}


def test_a_regional_branch_named_with_compass_words_apart_is_one_name():
    for written in ("Noord Oost Gelderland", "Noord-Oost Gelderland"):
        ex = _extract(f"Jaarverslag 2019 gemeente Apeldoorn.\n\nDaarmee is het project gestart. Veilig Thuis {written}, "
                      "dat onderdeel is van de GGD, ontving 412 adviesvragen.\n")
        assert f"Veilig Thuis {written}" in [o.name for o in ex.organisations], written
        assert not [o for o in ex.organisations if o.name.startswith("Thuis")], written


def test_a_plan_named_with_an_adjective_and_its_years_ends_at_its_years():
    ex = _extract("Jaarverslag 2022 gemeente Zeist.\n\nSamen met de gemeenten Utrechtse Heuvelrug en Wijk bij Duurstede "
                  "is in 2022 het Regionaal Transformatieplan Jeugd 2022-2025 vastgesteld. Onderdeel daarvan is dat de "
                  "praktijk verandert.\n")
    assert [i.name for i in ex.initiatives] == ["Regionaal Transformatieplan Jeugd 2022-2025"]


def test_a_body_that_grants_the_municipality_by_name_money_funds_it():
    got = _triples("Jaarverslag 2019 gemeente Apeldoorn.\n\nHet Rijk heeft Apeldoorn in 2019 daarnaast een incidentele "
                   "bijdrage van € 3,1 miljoen voor de tekorten in de jeugdhulp toegekend.\n")
    assert ("Rijk", "funds", "Apeldoorn") in got


def test_a_grant_denied_to_an_organisation_named_by_a_word_pointing_back_is_none():
    got = _triples("Jaarverslag 2022 gemeente Zeist.\n\nVoedselbank Dalwijk deelt pakketten uit. De voedselbank "
                   "ontvangt geen subsidie, maar maakt kosteloos gebruik van een gemeentelijk pand.\n")
    assert ("Zeist", "funds", "Voedselbank Dalwijk") not in got
    # a grant stated beside another clause's denial stays
    got = _triples("Jaarverslag 2022 gemeente Zeist.\n\nStichting Heuvelstee deelt pakketten uit. De stichting ontvangt "
                   "een subsidie van € 40.000, maar heeft geen contract met ons.\n")
    assert ("Zeist", "funds", "Heuvelstee") in got


def test_besides_x_and_y_also_z_names_three_services():
    got = _triples("Jaarstukken 2021 gemeente Raalte.\n\nDe GGD IJsselland heeft in 2021 naast de jeugdgezondheidszorg "
                   "en de infectieziektebestrijding ook de vaccinatiecampagne tegen corona uitgevoerd.\n")
    provided = {o for s, p, o in got if p == "provides"}
    assert {"jeugdgezondheidszorg", "infectieziektebestrijding"} <= provided, provided
    assert not [o for o in provided if o.startswith("naast") or " ook " in o], provided


def test_the_verb_after_a_relative_clause_is_not_its_agents():
    got = _triples("Jaarstukken 2021 gemeente Raalte.\n\nHet Kulturhus in Heeten, dat wordt beheerd door Stichting "
                   "Heuvelstee, is na de verbouwing heropend en biedt nu ook ruimte aan het consultatiebureau.\n")
    assert not [o for s, p, o in got if s == "Heuvelstee" and p == "provides" and "ruimte" in o], got


def test_places_in_another_clause_are_not_where_an_initiative_is():
    got = _triples("Jaarstukken 2021 gemeente Raalte.\n\nDe subsidie aan Stichting Heuvelstee wordt betaald uit de Brede "
                   "Regeling Combinatiefuncties van het Rijk; de buurtsportcoaches zijn actief in Westdorp, Heino en "
                   "Broekland.\n")
    assert not {t for t in got if t[1] == "located_in"}, got


def test_amounts_with_a_euro_sign_in_a_table_laid_out_with_spaces_are_euros():
    got = _figures("Subsidies 2021\n"
                   "Ontvanger                                  Verleend 2021       Vastgesteld 2021\n"
                   "Stichting Heuvelstee                       € 1.146.000            € 1.128.450\n"
                   "Voedselbank Dalwijk                        € 12.000               € 12.000\n", 2021)
    assert (1146000, "EUR", 2021, "Stichting Heuvelstee") in got
    assert all(f[1] == "EUR" for f in got), got


def test_the_shared_name_is_no_other_municipality_where_it_opens_the_authors_name_or_lies_in_another_province():
    ex = _extract("Jaarstukken 2023 gemeente Bergen op Zoom.\n\nIn Bergen wonen veel ouderen; wij werken samen met "
                  "Roosendaal en Woensdrecht.\n")
    assert {p.name for p in ex.other_municipalities} == {"Roosendaal", "Woensdrecht"}
    ex = _extract("Jaarverslag 2023 gemeente Zwolle.\n\nWij werken samen met de gemeenten Kampen en Bergen.\n")
    assert {p.name for p in ex.other_municipalities} == {"Kampen"}


def test_a_compound_that_ends_in_stichting_heads_a_name():
    got = _triples("Programmabegroting 2019 gemeente Opsterland.\n\nDe Sportstichting Bergstad zet in opdracht van de "
                   "gemeente vijf buurtsportcoaches in.\n")
    assert ("Sportstichting Bergstad", "contracted_by", "Opsterland") in got


def test_grants_under_a_title_with_a_date_and_items_with_what_they_are_for():
    got = _triples("Bestuursrapportage 2024 gemeente Purmerend.\n\nIncidentele subsidies 2024 (collegebesluit 9 juli "
                   "2024)\n- Stichting Heuvelstee, Huiskamer Weidevenne: € 86.000\n- Stichting Dalwijk, vroegsignalering "
                   "schulden: € 32.000\n")
    assert {("Purmerend", "funds", "Heuvelstee"), ("Purmerend", "funds", "Dalwijk")} <= got
