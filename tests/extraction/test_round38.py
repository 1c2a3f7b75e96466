"""Thirty-eighth round: tables a page prints one cell a line with split year columns, kinds that span years and codes
above their labels; indicator rows printed one a line and the years they were measured; rows an excerpt cuts off;
kernen by name and joined by a slash; plans told in the present, what was done so far and how the work goes now;
former municipalities and provinces; names in brackets after a kind of body, studies' authors, schools' titles;
lists announced by an item, plans named by their kern. The texts are invented for these tests."""

from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.extract.laws import find_laws
from sdkg.loaders.metadata import infer_meta

from .conftest import initiatives_in, names_of, orgs_in, text_doc


def _meta(text: str):
    return infer_meta(text_doc(text))


def test_a_municipality_merged_away_long_before_the_texts_year_does_not_write_it():
    # "Zeeland" was a municipality until 1993; in a page of 2021 it is the province, and the subject that opens a
    # sentence with no article ("Goes heeft") is the municipality, though "goes" is a word too.
    text = ("Werk en inkomen 2021\n\nVeel werkgevers in Zeeland zoeken personeel. Goes heeft daarvoor twee "
            "jobcoaches aangesteld.\n")
    meta = _meta(text)
    assert meta.municipality is not None and meta.municipality.name == "Goes", meta.evidence["municipality"]
    # ... a sentence's first word that is no subject stays a word (a plural verb after it: no municipality's)
    assert _meta(text.replace("Goes heeft daarvoor", "Goes hebben daarvoor")).municipality is None


def test_a_long_gone_municipality_that_alone_is_named_still_writes_the_page():
    # (its page's year may be a target's: the name still decides where nothing else is named)
    meta = _meta("Programmabegroting 2024\n\nZorg en welzijn\n\nLittenseradiel investeert in preventie. We werken samen "
                 "met de huisartsen in de dorpen.\n")
    assert meta.municipality is not None and meta.municipality.name == "Littenseradiel"


def _cells(*rows: tuple[str, ...]) -> str:
    return "\n\n".join(c for row in rows for c in row)


def test_a_vertical_tables_year_columns_split_into_costs_income_and_balance():
    text = "Zorg en welzijn\n\nFinancieel overzicht\n\n(bedragen x €1.000)\n\n" + _cells(
        ("Rekening 2022", "Begroting 2023", "Begroting 2024", "Omschrijving"), ("Lasten", "Baten", "Saldo") * 3,
        ("6.2 Wijkteams", "1.210", "5", "-1.205", "1.330", "0", "-1.330", "1.415", "0", "-1.415"),
        ("6.3 Inkomensregelingen", "9.870", "7.102", "-2.768", "10.020", "7.300", "-2.720", "10.440", "7.420", "-3.020"))
    figs = {(f.label, f.value, f.year) for f in find_figures(text, 2024)}
    assert ("6.2 Wijkteams, lasten", 1415000, 2024) in figs, figs
    assert ("6.3 Inkomensregelingen, baten", 7420000, 2024) in figs
    assert ("6.3 Inkomensregelingen, saldo", -3020000, 2024) in figs
    assert not {f for f in figs if f[2] != 2024}  # the account's and last year's columns are not this budget's


def test_a_vertical_tables_kinds_spanning_several_years_and_taakveld_codes_above_labels():
    text = "Begroting 2022\n\nSociaal domein\n\nWat mag het kosten?\n\nBedragen *€1.000\n\n" + _cells(
        ("Jaarrekening", "Begroting", "Meerjarenraming", "2020", "2021", "2022", "2023", "2024", "2025"),
        ("6.01", "Minimabeleid", "-210", "-225", "-231", "-233", "-236", "-240"),
        ("6.02", "Schuldhulpverlening", "-402", "-398", "-415", "-420", "-421", "-425"))
    figs = {(f.label, f.value, f.year) for f in find_figures(text, 2022)}
    assert ("Minimabeleid", -231000, 2022) in figs, figs
    assert ("Schuldhulpverlening", -415000, 2022) in figs


def test_an_indicator_table_printed_a_row_a_line_dates_each_value_by_its_row():
    text = ("Beleidsindicatoren\n\nIndicator Eenheid Periode Dalvoorde Nederland Bron\n"
            "Jongeren met jeugdhulp % 2022 9,8 12,1 CBS\n"
            "Werkende jongeren (2) aantal per 100 jongeren 2021 70,2 79,1 LISA\n"
            "Bruto gemeentelijk product index 2019 96 100 Atlas voor gemeenten\n"
            "Ook voor gemeenten < 25.000 inwoners zijn cijfers beschikbaar.\n")
    figs = {(f.label, f.value, f.unit, f.year) for f in find_figures(text, 2024)}
    assert ("Jongeren met jeugdhulp", 9.8, "percent", 2022) in figs, figs
    assert ("Werkende jongeren aantal per 100 jongeren", 70.2, "count", 2021) in figs
    assert ("Bruto gemeentelijk product", 96, "score", 2019) in figs
    # the value it is compared with (the country's) is a figure of the same year too; a size class's bound is none
    assert ("Jongeren met jeugdhulp", 12.1, "percent", 2022) in figs
    assert ("Bruto gemeentelijk product", 100, "score", 2019) in figs
    assert not {f for f in figs if f[1] == 25000}


def test_names_in_brackets_after_a_plural_kind_of_organisation_are_organisations():
    found = orgs_in("Bij het wijkteam zijn de welzijnsinstellingen (Dalstroom, Het Buurtanker en Welkom Werk) "
                    "aangesloten.")
    assert {"Dalstroom", "Het Buurtanker", "Welkom Werk"} <= found, found
    # ... not a note in brackets
    assert not orgs_in("De instellingen (zie de Bijlage Subsidies) ontvangen een bijdrage.") & {"Bijlage Subsidies"}


def test_a_two_word_name_joined_by_en_to_a_sure_organisation_is_one():
    found = orgs_in("Een bijdrage ging naar de buurtnetwerken en naar het RIBW en Tumi Varo voor de inloop.")
    assert "Tumi Varo" in found, found


def test_a_schools_name_opened_by_a_title_keeps_it():
    assert "Dr. Moorlagcollege" in orgs_in("Het Dr. Moorlagcollege kreeg een nieuwe plek op de campus.")


def test_an_act_named_in_a_plan_for_the_years_of_its_successor_is_the_successor():
    laws = {law.name for law in find_laws("Kaders\n\n• Uitvoeringsplan Wmo 2016-2019\n\n• Jeugdplan\n", 2014)}
    assert laws == {"Wet maatschappelijke ondersteuning 2015"}, laws
    # ... while the act of the report's own year stays itself
    assert {law.name for law in find_laws("In 2014 verstrekten we via de Wmo 310 scootmobielen.", 2014)} == {
        "Wet maatschappelijke ondersteuning"}


def test_the_years_an_indicator_tables_rows_were_measured_are_not_the_reports():
    text = ("Beleidsindicatoren\n\nIndicator Eenheid Periode Dalvoorde Nederland\n"
            "Jongeren met jeugdhulp % 2017 10,2 9,6\nJongeren met jeugdbescherming % 2017 1,2 1,1\n"
            "Kinderen in armoede % 2017 4 5,6\nVroegtijdig schoolverlaters % 2016 1,8 2,0\n")
    assert _meta(text).year is None


def test_the_act_on_early_childhood_education_by_its_short_name():
    laws = find_laws("De peuteropvang valt onder de Wet OKE.\n", 2020)
    assert [(law.name, law.abbreviation) for law in laws] == [
        ("Wet ontwikkelingskansen door kwaliteit en educatie", "Wet OKE")]


def test_a_kern_that_bears_the_municipalitys_name_and_two_kernen_joined_by_a_slash():
    found = names_of("Gemeente Opmeer\n\nHet dorpshuis in de kern Opmeer krijgt een nieuwe keuken. De "
                     "sportvelden in Spanbroek/Hoogwoud worden opgeknapt.\n", "neighbourhoods")
    assert {"Opmeer", "Spanbroek/Hoogwoud"} <= found, found
    # ... and the municipality named plainly is no kern
    assert "Opmeer" not in names_of("Gemeente Opmeer\n\nInwoners van Opmeer krijgen hulp.\n", "neighbourhoods")


def test_a_list_item_that_ends_in_a_colon_announces_the_documents_after_it():
    text = ("Jeugd en onderwijs\n\nOmschrijving\n\nKinderen in Dalvoorde groeien gezond op.\n\n"
            " • Onze kaderdocumenten zijn:\n • Lokale Educatieve Agenda 2021-2024\n • Samen sterk in de klas\n")
    found = names_of(text, "initiatives")
    assert {"Lokale Educatieve Agenda", "Samen sterk in de klas"} <= {n.split(" 20")[0] for n in found}, found
    assert "Onze kaderdocumenten zijn" not in found


def test_a_documents_own_section_and_a_tables_header_name_no_initiative():
    found = names_of("Plannen\n\n1. Inleiding\n\nIn dit hoofdstuk staan de plannen van Dalvoorde.\n\n2. De plannen\n\n"
                     "Naam Indicator Eenheid\n\nbasisjaar\n", "initiatives")
    assert not found & {"Inleiding", "Indicator Eenheid", "Naam Indicator Eenheid"}, found


def test_a_projects_place_adjective_and_a_pilots_partner_are_no_part_of_their_names():
    text = "Dalvoorde doet mee in het Europese project Kompas. Sinds mei loopt de pilot schuldregie met de Voedselbank."
    found = initiatives_in(text)
    assert {"Project Kompas", "Pilot schuldregie"} <= found, found
    assert "Europese" not in orgs_in(text)


def test_a_modular_joint_regulation_with_a_note_beside_its_acronym():
    found = orgs_in("Onze Modulaire Gemeenschappelijke Regeling (MGR, met acht gemeenten) koopt de jeugdhulp in.")
    assert "Modulaire Gemeenschappelijke Regeling" in found, found


def test_a_bare_progress_column_is_no_progress_report():
    text = ("2.1 Sociaal domein\n\nResultaat\n\nVoortgang\n\nToelichting\n\nIn 2022 is het project Thuis "
            "Sterk van start gegaan. Het wijkteam heeft veertig gezinnen ondersteund. In 2022 hebben we de toegang "
            "vernieuwd.\n")
    assert _meta(text).document_type == "jaarverslag", _meta(text).evidence["document_type"]


def test_a_years_plans_told_in_the_present_look_ahead():
    text = ("Zorg en welzijn\n\nIn 2019 hebben we de wachtlijsten voor begeleiding verkort. In 2019 hebben we "
            "een nieuwe werkwijze voor de toegang ingevoerd. In 2020 onderzoeken we hoe de wijkteams beter kunnen "
            "samenwerken. In 2020 worden de nieuwe contracten beoordeeld.\n")
    meta = _meta(text)
    assert (meta.document_type, meta.year) == ("begroting", 2020), (meta.evidence["document_type"], meta.evidence["year"])
    # ... and told in the past they look back
    past = text.replace("onderzoeken we", "onderzochten we").replace("worden de nieuwe contracten beoordeeld",
                                                                       "werden de nieuwe contracten beoordeeld")
    assert _meta(past).document_type == "jaarverslag"


def test_what_was_done_so_far_is_no_account_of_a_closed_year():
    text = ("Onderwijs\n\nWat is er al gelukt?\n- Het jeugdplan en de aanpak Sterk Thuis zijn kortgeleden "
            "vastgesteld.\n- Zo hebben inmiddels vijf scholen een schoolmaatschappelijk werker gekregen.\n- Het "
            "college heeft onlangs de nota Thuis in de wijk vastgesteld.\nIn de komende jaren bouwen we de aanpak uit.\n")
    assert _meta(text).document_type == "begroting", _meta(text).evidence["document_type"]
    # ... the same told as done
    done = text.replace("al gelukt", "gelukt").replace(" kortgeleden", "").replace(" inmiddels", "").replace(
        " onlangs", "")
    assert _meta(done).document_type == "jaarverslag", _meta(done).evidence["document_type"]


def test_how_the_work_goes_now_is_a_progress_report():
    text = ("Jeugd\n\nWat gaat goed\n\nAandachtspunten\n\n • Het jongerenwerk bereikt meer jongeren.\n"
            " • Het actieplan tegen pesten loopt volgens planning.\n"
            " • Het nieuwe jongerencentrum loopt vertraging op.\n")
    assert _meta(text).document_type == "other", _meta(text).evidence["document_type"]
    # ... an account that says the work went to plan looks back
    assert _meta("Onderwijs\n\nDe onderwijsagenda is in 2022 volgens planning uitgevoerd. We hebben twee scholen "
                 "gebouwd.\n").document_type == "jaarverslag"


def test_a_comparison_in_brackets_does_not_date_the_next_sentence():
    text = ("Buurtinitiatieven 2021\n\nWe kregen 150 verzoeken om een bijdrage (ten opzichte van 120 in 2020), en "
            "honoreerden er 93. Dat is 62% van alle verzoeken.\n")
    share = [f for f in find_figures(text, 2021) if f.value == 62]
    assert share and share[0].year == 2021, share


def test_a_budgets_narrow_columns_after_the_realisation_give_its_year():
    text = ("Programma 3: Zorg\n\nWat gaat het kosten?\n\nRealisatie 2021 Begroting na wijziging 2022 Begr 2023 "
            "Begr 2024 Begr 2025\nLasten 40.112 41.980 42.315 42.870 43.001\n")
    meta = _meta(text)
    assert meta.year == 2023, meta.evidence["year"]


def test_a_year_a_past_verb_dates_by_its_month_or_half_is_a_budgets_history():
    text = ("Sociaal domein\n\nHalverwege 2023 trad een nieuw college aan. De raad stelde in mei 2023 de visie Samen "
            "Verder vast. Onze dienstverlening blijft op het niveau van 2023. We maken keuzes voor 2024, en ook in "
            "2024 blijft armoedebestrijding een speerpunt. De komende jaren willen we de wijkteams versterken.\n")
    meta = _meta(text)
    assert (meta.document_type, meta.year) == ("begroting", 2024), (meta.evidence["document_type"], meta.evidence["year"])


def test_the_day_a_budgets_plan_was_adopted_is_its_history_not_its_year():
    text = ("Samenleving\n\n“Op 3 maart 2021 is het beleidsplan Meedoen in Dalvoorde vastgesteld. In de komende jaren gaan we de "
            "ambities van het plan waarmaken in de wijken.\n")
    assert _meta(text).year is None, _meta(text).evidence["year"]


def test_a_national_body_with_its_kind_written_apart_in_lower_case():
    found = orgs_in("Samen met het Nederlands Jeugd instituut werken we aan een preventieaanpak.")
    assert "Nederlands Jeugdinstituut" in found, found


def test_names_listed_after_a_compound_plural_of_projects():
    found = initiatives_in("Voor woningbouwprojecten zoals Hofstede, Zonnekamp en Eikenrode liggen nu "
                           "bouwplannen klaar.")
    assert {"Hofstede", "Zonnekamp", "Eikenrode"} <= found, found


def test_a_lower_case_plan_named_by_the_kern_it_is_for():
    found = names_of("Gemeente Opmeer\n\nInwoners denken mee over hun dorp, zoals met de dorpsvisie in Spanbroek en "
                     "een nieuwe gebiedsvisie in Hoogwoud.\n", "initiatives")
    assert {"dorpsvisie in Spanbroek", "gebiedsvisie in Hoogwoud"} <= found, found
    # ... not a plan in a place of no municipality named
    assert not {n for n in names_of("Gemeente Opmeer\n\nHet actieplan in Praag was een succes.\n", "initiatives")
                if "Praag" in n}


def test_a_sentence_case_title_that_is_a_whole_item_after_projects_such_as():
    found = initiatives_in("Enkele projecten liepen dit jaar af, zoals Versterking sociale basis. De lessen nemen we "
                           "mee.")
    assert "Versterking sociale basis" in found, found


def test_a_table_row_the_page_cuts_off_keeps_its_cells_in_their_columns():
    text = ("Wat gaat het kosten?\n\nBedragen x €1.000\nRealisatie 2021 Begroting 2022 Begr 2023 Begr 2024\n"
            "Lasten 31.200 32.950 33.410 33.900\nBaten 4.120 4.380 5.015 4.9")
    figs = {(f.label, f.value, f.year) for f in find_figures(text, 2023)}
    # the realised and last year's income are 2021's and 2022's, not this budget's: the budget year's alone is kept
    assert {f for f in figs if f[0] == "Baten"} == {("Baten", 5015000, 2023)}, figs


def test_who_did_a_study_is_an_organisation():
    found = orgs_in("Uit onderzoeken van Kwadrant en Oosterberg bleek dat de toegang beter kan.")
    assert {"Kwadrant", "Oosterberg"} <= found, found
    # ... not the policy fields a study covers
    assert not orgs_in("Het onderzoek van Zorg en Veiligheid laat zien dat de vraag groeit.")


def test_a_school_by_its_kind_in_lower_case_and_a_reports_author():
    assert "Noorderlicht" in orgs_in("We kozen een locatie voor het kindcentrum en de christelijke school Noorderlicht.")
    assert "Keizersberg" in orgs_in("Dit sluit aan bij de aanbevelingen uit het rapport van Keizersberg.")
    # ... not a compound school's site ("Xschool Y": the school's name and its location)
    assert "Rozenhof" not in orgs_in("In Jan Steenschool Rozenhof komt een nieuw kindcentrum.")


def test_a_national_programmes_local_form_keeps_its_type_word():
    found = names_of("Gemeente Dalvoorde\n\nUit het programma NPG krijgen drie dorpshuizen dit jaar een "
                     "bijdrage.\n", "initiatives")
    assert "Programma NPG" in found, found
