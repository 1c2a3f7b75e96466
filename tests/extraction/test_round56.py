"""Constructions of any report, fifty-sixth round. Every text here is invented."""

from .conftest import document_type_of as _type
from .conftest import meta_of, names_of, text_doc

# Document type: a mid-year report's prognosis, a news item's label and headline, a regulation and its formula


def test_a_table_of_the_amended_budget_and_its_prognosis_is_a_mid_year_report():
    text = ("Programma 3. Zorg\n\nWat mag het kosten?\n\nBedragen x €1.000\nProgramma 3 Begroting na wijziging 2031 "
            "Prognose 2031 Afwijking\nLasten\n3.1 Wijkteams -4.210 -4.650 -440\n\n"
            "In 2031 gaan we door met de wijkteams. Wat willen we bereiken? Dat inwoners de hulp krijgen die past.\n")
    assert _type(text) == "other"


def test_a_budget_table_without_a_prognosis_stays_a_budget():
    text = ("Programma 3. Zorg\n\nWat mag het kosten?\n\nBedragen x €1.000\nProgramma 3 Begroting 2031 Raming 2032 "
            "Raming 2033\nLasten\n3.1 Wijkteams -4.210 -4.650 -4.700\n\nIn 2031 gaan we door met de wijkteams. Wat "
            "willen we bereiken? Dat inwoners de hulp krijgen die past.\n")
    assert _type(text) == "begroting"


def test_a_date_under_the_title_labelled_news_is_a_news_item():
    text = ("Buurthuis Oost blijft open\n\n14 maart 2031\nnieuws\n\nHet buurthuis in Oost blijft ook volgend jaar "
            "open. De gemeente Putten trekt daarvoor € 40.000 uit. Vrijwilligers van Stichting Lichtpunt houden er "
            "elke dinsdag een inloop voor ouderen.\n")
    assert _type(text) == "other"


def test_a_headline_of_who_does_what_is_a_news_item():
    text = ("Gemeente Putten\n\nCollege kiest voor extra hulp bij schulden\n\nMeer inwoners moeten sneller hulp "
            "krijgen bij geldzorgen. Daarom zet het college de eenmalige rijksbijdrage in voor de schuldhulp van "
            "Stichting Lichtpunt en voor een budgetcoach in elke wijk.\n")
    assert _type(text) == "other"


def test_a_title_that_names_a_subject_is_no_headline():
    text = ("Gemeente Putten\n\nProgramma 3 Zorg en welzijn\n\nWat willen we bereiken?\nIn 2031 willen we dat meer "
            "inwoners sneller hulp krijgen bij geldzorgen. We zetten daarvoor een budgetcoach in elke wijk in.\n")
    assert _type(text) == "begroting"


def test_a_regulation_under_its_municipality_is_no_budget():
    text = ("Gemeente Putten - Subsidieregeling buurthuizen 2031\n\nHet college van burgemeester en "
            "wethouders van de gemeente Putten;\n\nbesluit vast te stellen de subsidieregeling. Een aanvraag voor "
            "2031 wordt voor 1 oktober ingediend. Het subsidieplafond bedraagt € 250.000.\n")
    assert _type(text) == "other"


def test_the_grounds_of_a_decision_make_it_no_budget():
    text = ("Subsidie voor de buurthuizen\n\nHet college van burgemeester en wethouders van Putten;\n\noverwegende "
            "dat de buurthuizen een plek zijn waar inwoners elkaar ontmoeten;\n\ngelet op artikel 4 van de "
            "Algemene subsidieverordening Putten;\n\nIn 2031 ontvangen de buurthuizen samen € 120.000.\n")
    assert _type(text) == "other"


# Organisations: a company's legal form before or after its name; a body's kind before a neighbourhood's name

def test_a_sentence_that_opens_as_a_ground_is_no_decision():
    text = ("Programma 3 Zorg\n\nMantelzorg\n\nGelet op de drukte in de zomer is besloten tot een extra ploeg "
            "respijtzorg. Die start in mei. In 2031 gaan we de ploeg uitbreiden en willen we mantelzorgers vaker "
            "ontlasten.\n")
    assert _type(text) == "begroting"


def test_a_company_form_before_its_name_opens_the_name():
    text = ("Begroting 2031 gemeente Putten\n\nVerbonden partijen\n\nDe gemeente houdt aandelen in:\n  • NV "
            "Waterbedrijf Bergveen\n  • B.V. Afvalzorg Oost\n")
    orgs = names_of(text, "organisations")
    assert {"Waterbedrijf Bergveen", "Afvalzorg Oost"} <= orgs, orgs


def test_a_company_form_after_its_name_closes_the_name():
    text = ("Begroting 2031 gemeente Putten\n\nVerbonden partijen\n\nWerkbedrijven NV is het uitvoeringsorgaan van "
            "de drie gemeenten voor de Participatiewet.\n")
    assert "Werkbedrijven" in names_of(text, "organisations")


def test_a_body_after_its_kind_may_bear_a_neighbourhoods_name():
    # (Salamander is a buurt elsewhere; after "woningcorporatie" it is the corporation)
    text = ("Jaarverslag 2030 gemeente Putten\n\nVoor starters bouwen we betaalbare woningen. De gemeente werkt hiervoor "
            "samen met woningcorporatie Salamander.\n")
    assert "Salamander" in names_of(text, "organisations")



# Initiatives: a web address given as where to read more or as a figure's source; an activity in a list of tasks

def test_a_web_address_to_read_more_is_no_initiative():
    text = ("Jaarverslag 2030 gemeente Putten\n\nMeer informatie over de schuldhulp vindt u op de website van "
            "Stichting Lichtpunt: www.lichtpuntputten.nl. Vragen? Kijk op www.bergveenhelpt.nl of bel ons.\n"
            "Percentage eenzame ouderen (www.gezondputten.nl).\n")
    inits = names_of(text, "initiatives")
    assert not any(".nl" in n for n in inits), inits


def test_a_local_platform_by_its_web_address_stays_an_initiative():
    text = ("Jaarverslag 2030 gemeente Putten\n\nVrijwilligers en hulpvragers vinden elkaar op het online platform "
            "puttendoet.nl, dat in 2030 ruim vierhonderd matches maakte.\n")
    assert "puttendoet.nl" in names_of(text, "initiatives")


def test_the_tasks_a_municipality_lists_are_no_initiatives():
    text = ("Begroting 2031 gemeente Putten\n\nDe volgende activiteiten voert de gemeente uit:\n\n • Het beoordelen van "
            "verzoeken om kwijtschelding;\n • Het behandelen van bezwaarschriften;\n • Het verstrekken van "
            "informatie.\n")
    inits = names_of(text, "initiatives")
    assert not any(n.startswith("Het ") for n in inits), inits


# Organisations: a plan's acronym with its year; a short register name written without its sign

def test_a_plans_acronym_with_its_year_is_no_body():
    text = ("Begroting 2031 gemeente Putten\n\nWe werken aan de thema's uit het Regionaal Plan Zorg Dichtbij 2030 (RPZ "
            "2030) van de provincie. Zo geven we in 2031 uitvoering aan het RPZ 2030 en starten we een pilot.\n")
    assert "RPZ" not in names_of(text, "organisations")


def test_a_short_register_name_is_written_with_its_sign():
    # ("!GO" is a body of the regional register; "GO!" here is the name of an app)
    text = ("Jaarverslag 2030 gemeente Putten\n\nJongeren praten mee via de app GO! van de gemeente. In 2030 gebruikten "
            "ruim driehonderd jongeren GO! om ideeën voor hun wijk in te sturen.\n")
    assert "GO" not in names_of(text, "organisations")


# Year: a period that ends in the file name's year does not state it; a participle closing an account's clause does

def _year(text: str, source: str = "t.txt") -> int | None:
    return meta_of(text, source).year


def test_a_period_ending_in_the_file_names_year_does_not_state_it():
    text = ("Programma 6 Sociaal domein\n\nBeleidskaders\n\n • Jeugdnota Putten 2027-2030\n • Nota gezondheid "
            "2028-2030\n\nWe willen dat inwoners zo lang mogelijk zelfstandig wonen.\n")
    assert _year(text, "putten_2030.txt") is None
    assert _year(text + "In 2030 openen we een nieuw buurthuis.\n", "putten_2030.txt") == 2030


def test_an_accounts_participle_after_its_year_dates_it():
    text = ("Programmaverantwoording\n\nWe hebben het nieuwe buurthuis in 2029 geopend. Ook is de wachtlijst voor "
            "schuldhulp gehalveerd.\n")
    assert _year(text) == 2029
    # ... unlike a passive that lies ahead
    assert _year("Programmaverantwoording\n\nHet nieuwe buurthuis wordt in 2031 geopend. Ook is de wachtlijst "
                 "voor schuldhulp gehalveerd.\n") != 2031


# Programmes: a report site's programme page names its programme under the spending shares

def test_a_report_sites_programme_is_titled_under_its_spending_shares():
    text = ("Uitgaven\n\n31,2%\n€ 40.120\nx €1.000\n31,2% Complete\n\nInkomsten\n\n6,4%\n€ 8.050\nx €1.000\n6,4% Complete\n\n"
            "Saldo\n\n905,1%\n€ -32.070\nx €1.000\n\nBeleidsveld 5 : Zorg en Ontmoeting\n\nWat houdt dit beleidsveld in?\n\n"
            "Inwoners krijgen de hulp die zij nodig hebben.\n")
    assert "Zorg en Ontmoeting" in meta_of(text).programmes


# Initiatives: a named regulation with its year

def test_a_named_regulation_with_its_year_is_an_initiative():
    text = ("Subsidie buurthuizen\n\nHet college van burgemeester en wethouders van Putten;\n\ngelet op artikel 3 van de "
            "Algemene subsidieverordening gemeente Putten 2029;\n\nbesluit vast te stellen de Beleidsregel "
            "buurtinitiatieven 2031.\n")
    inits = names_of(text, "initiatives")
    assert {"Algemene subsidieverordening gemeente Putten 2029", "Beleidsregel buurtinitiatieven 2031"} <= inits, inits


def test_a_regulations_kind_alone_or_inside_a_longer_name_is_none_of_its_own():
    text = ("Begroting 2031 gemeente Putten\n\nBestuurlijke kaders\n\n • Verordening meedoenregeling minima 2030\n\n"
            "De regels 2031 gelden voor alle aanvragen.\n")
    inits = names_of(text, "initiatives")
    assert "meedoenregeling minima 2030" not in inits and "regels 2031" not in inits, inits


# Document type: the offering letter of the jaarstukken; the decree's name; an indicator's realised value

def test_the_letter_that_offers_the_jaarstukken_names_them():
    text = ("Aanbiedingsbrief\n\nGeachte raadsleden,\n\nVoor u liggen de jaarstukken van de gemeente Putten, waarin wij "
            "terugblikken op het jaar 2030.\n")
    assert _type(text) == "jaarstukken"
    text = ("Inleiding\n\nHierbij bieden we u het jaarverslag en de jaarrekening 2030 aan. Hiermee geven we inzicht in de "
            "behaalde resultaten.\n")
    assert _type(text) == "jaarstukken"


def test_the_decree_on_budgets_and_accounts_is_no_account():
    text = ("Paragraaf verbonden partijen\n\nDit zijn organisaties waarin de gemeente zeggenschap heeft en geld "
            "investeert, zoals het Besluit Begroting en Verantwoording (BBV) bepaalt.\n")
    assert _type(text) != "jaarverslag"


def test_an_indicators_realised_value_is_no_account():
    text = ("6. Sociaal Domein\n\nInwoners helpen zichzelf en elkaar.\n\nVrijwilligerswerk\nRealisatie 2028: 31%\n"
            "Streefwaarde: 35%\n")
    assert _type(text) != "jaarverslag"


# Figures: the pandemic's rule of distance is no figure

def test_the_one_and_a_half_metre_society_is_no_figure():
    from sdkg.loaders.extract import extract

    text = ("Jaarverslag 2021 gemeente Putten\n\nIn de 1,5 meter samenleving hielden we de buurthuizen open; de 1,5 meter "
            "regels golden ook daar. We gaven 240 huishoudens een tegoedbon.\n")
    values = [f.value for f in extract(text_doc(text)).figures]
    assert 1.5 not in values and 240 in values, values
