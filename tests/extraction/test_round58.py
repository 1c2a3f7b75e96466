"""Constructions of any report, fifty-eighth round. Every text here is invented."""

from .conftest import document_type_of as _type
from .conftest import initiatives_in, meta_of, names_of, orgs_in

# Document type: agreements, the college's decisions, a copy's cover, a plan spoken of by a budget


def test_an_agreement_its_parties_sign_is_no_report():
    text = ("Bergveen 2032\nOndergetekenden:\n1. Gemeente Putten, vertegenwoordigd door de wethouder wonen,\n"
            "2. Woonstichting De Linde, vertegenwoordigd door de directeur,\nOVERWEGENDE:\n- dat er in 2031 veel is "
            "gebouwd en dat de wachtlijsten zijn gegroeid;\n")
    assert _type(text) == "other"


def test_parties_that_agree_as_follows_sign_an_agreement():
    text = ("Inleiding\n\nEr is de laatste tijd veel gebouwd, maar nog te weinig. Partijen komen het volgende "
            "overeen:\n1. Er worden 200 woningen gebouwd.\n")
    assert _type(text) == "other"


def test_performance_agreements_by_their_title_are_no_account():
    text = ("Meerjarige prestatieafspraken\n\nDe gemeente Putten, Woonstichting De Linde en de huurdersvereniging "
            "leggen hier vast wat zij tot 2036 doen. Vorig jaar is daarover lang gepraat en was iedereen het eens.\n")
    assert _type(text) == "other"


def test_a_local_sports_agreement_by_its_title_is_no_account():
    text = ("Sportakkoord Putten\n\nDe minister, de sportbonden en de gemeenten werkten samen. Medio 2018 is er "
            "een landelijk akkoord gesloten. Daarna zijn er gesprekken gevoerd en was er veel animo.\n")
    assert _type(text) == "other"


def test_the_colleges_decisions_of_a_day_are_a_meetings_papers():
    text = ("B&W besluiten 3-03-2032\n\nAanwezig\n • de burgemeester\n • de wethouders\n\nAgenda\n1. Ingekomen "
            "brieven\n\nBESLUIT:\nConform vast te stellen.\n")
    assert _type(text) == "other"


def test_a_copys_cover_under_its_page_number_names_the_jaarstukken():
    text = ("Bijlagen bij de jaarrekening\n\nTranscriptie\n\n1 Jaarstukken\n\n2\n\n3 Inhoudsopgave Inleiding "
            "Jaarrekening Balans Jaarverslag Programma's Paragrafen\n")
    assert _type(text) == "jaarstukken"


def test_an_agenda_item_on_another_bodys_jaarstukken_is_no_cover():
    text = ("Inleiding\n\nIn 2031 hebben we veel bereikt.\n\n5 Jaarstukken Veiligheidsregio Noord\n\nHet "
            "college heeft de stukken ontvangen. We hebben de wijkteams uitgebreid.\n")
    assert _type(text) != "jaarstukken"


def test_a_plan_the_council_adopted_is_a_budgets_section_not_the_plan():
    text = ("Beleidsplan Wonen 2031 - 2034\nHet Beleidsplan Wonen 2031-2034 is in het voorjaar door de raad "
            "vastgesteld. Ieder jaar maken we er een uitvoeringsprogramma bij. In 2033 bouwen we 80 huurwoningen.\n")
    assert _type(text) != "other"


def test_a_plan_that_speaks_of_itself_stays_a_plan():
    text = ("Beleidsplan Wonen 2031 - 2034\nDit plan zegt hoe we tot 2034 zorgen voor genoeg woningen. In 2033 "
            "bouwen we 80 huurwoningen.\n")
    assert _type(text) == "other"


# Programmes: the rows of a budget's totals per programme


def test_the_rows_of_the_totals_per_programme_are_programmes():
    text = ("Programma's\n\nTotalen per programma\n\nOmschrijving (bedragen x € 1.000) 2032 2033 2034\n"
            "Groene ruimte -2.310 -2.290 -2.270\nSterke stad -230 -80 -80\nZorgzaam Putten -4.720 -4.650 -512\n"
            "Overhead -310 -300 -12\nTotaal -7.570 -7.320 -2.874\n")
    assert meta_of(text).programmes == ["Groene ruimte", "Sterke stad", "Zorgzaam Putten"]


def test_one_row_under_the_totals_per_programme_is_no_list_of_programmes():
    text = ("Totalen per programma\n\nStortingen reserves 1.200 1.300 1.400\n\nDe reserves groeien.\n")
    assert meta_of(text).programmes == []


# Organisations: a name opening in lower case, tenants' bodies listed by their kind, a list of abbreviations


def test_housing_corporations_listed_with_a_name_in_lower_case_first():
    found = orgs_in("Op 3 maart hebben de gemeente, woningcorporaties lindeWonen, Wooncom en Thuis Best de "
                    "afspraken ondertekend.")
    assert {"lindeWonen", "Wooncom", "Thuis Best"} <= found


def test_tenants_bodies_listed_in_brackets_after_their_kind():
    found = orgs_in("De corporaties en hun huurdersorganisaties (Bewonersraad lindeWonen, Huurdersraad Thuis Best, "
                    "De Woonkoepel) tekenden mee.")
    assert {"Bewonersraad lindeWonen", "Huurdersraad Thuis Best", "De Woonkoepel"} <= found


def test_a_comma_before_the_last_and_keeps_the_last_name():
    found = orgs_in("De afspraken zijn gemaakt met de woningcorporaties Wooncom, Thuis Best, en Lindeveste.")
    assert {"Wooncom", "Thuis Best", "Lindeveste"} <= found


def test_a_list_of_abbreviations_names_the_body_by_its_words():
    text = ("Afkorting Verklaring\n\nRWS Rijkswaterstaat\n\nSBB Staatsbosbeheer\n\nOZB Onroerende Zaak Belasting\n")
    found = names_of(text, "organisations")
    assert {"Rijkswaterstaat", "Staatsbosbeheer"} <= found
    assert not any(n.startswith(("RWS ", "SBB ")) for n in found)


def test_an_acronym_before_a_name_it_does_not_spell_stays_part_of_it():
    from sdkg.loaders.extract.organisations import _spells
    assert _spells("RWS", "Rijkswaterstaat") and _spells("VNG", "Vereniging Nederlandse Gemeenten")
    assert not _spells("GGD", "Hollands Noorden") and not _spells("ROC", "Midden Nederland")


# Initiatives: the council's programme, a board, a report


def test_the_councils_programme_a_board_and_a_report_are_no_initiatives():
    found = initiatives_in("Het Raadsprogramma 2030-2034 is leidend. De Raden van Commissarissen gaven akkoord op "
                           "de bedragen. Het Eindrapport Bergveen is besproken.")
    assert not {"Raadsprogramma 2030-2034", "Raden van Commissarissen", "Eindrapport Bergveen"} & found


# Document type: the college's decision on subsidy ceilings, a month's news, a dated item under the site's line


def test_the_colleges_decision_on_subsidy_ceilings_is_no_budget():
    text = ("Subsidieplafonds 2032\n\nHet college van burgemeester en wethouders van de gemeente Putten besluit:\n"
            " • 1. de plafonds voor 2032 vast te stellen;\n • 2. de raad over de plafonds te informeren met de "
            "Programmabegroting 2032.\n")
    assert _type(text) == "other"


def test_the_colleges_decision_with_its_grounds_between():
    text = ("Plafonds\n\nHet college van burgemeester en wethouders van de gemeente Putten, gezien de "
            "Subsidieverordening Putten 2031, heeft besloten voor 2032 de volgende bedragen beschikbaar te stellen "
            "zodra de raad de begroting heeft goedgekeurd:\n")
    assert _type(text) == "other"


def test_a_months_news_items_under_the_month_are_no_account():
    text = ("April 2018\n\n • Nieuw wandelpad geopend\n\n  De werkgroep heeft het pad aangelegd. Het was een mooie dag "
            "en er waren veel bezoekers.\n")
    assert _type(text) == "other"


def test_a_news_item_dated_under_its_title_below_the_sites_line():
    text = ("logo Gemeente Putten Gemeente Putten\n\n2 miljoen euro voor de wijk Noord\n\n12 december 2018\n\nDe "
            "gemeente ontvangt 2 miljoen euro. Het geld gaat naar nieuwe speelplekken en meer groen in de wijk. "
            "Wat willen we bereiken? Een mooiere wijk.\n")
    assert _type(text) == "other"


def test_what_happened_this_morning_is_news():
    text = ("Grote subsidie voor Putten\nPutten heeft vanochtend een subsidie van 250.000 euro gekregen voor het project "
            "Wijkvonk. Dat is gerealiseerd dankzij de inzet van de GGD.\n")
    assert _type(text) == "other"


def test_responsibility_taken_is_no_account():
    text = ("Wijkvonk\n\nBij Wijkvonk gaan bewoners zelf aan de slag: zij willen verantwoording nemen voor hun straat "
            "en elkaar helpen.\n")
    assert _type(text) != "jaarverslag"


# Initiatives: people named after their office or title, a table's header


def test_people_after_their_office_in_the_plural_are_no_initiative():
    found = initiatives_in("De gemeente Putten, directeur-bestuurder Erik Dorp van Woonbest en de huurders zetten hun "
                           "handtekening. Op de foto: de wethouders Ferdi Kloek en Nasim Dagher.")
    assert "Ferdi Kloek en Nasim Dagher" not in found


def test_who_spoke_by_courtesy_title_is_no_initiative():
    found = initiatives_in("Bij agendapunt 4 willen de volgende insprekers het woord:\n\n • De heer Bloem, secretaris "
                           "van Korfbalclub Putten\n • De heer Van Dijk, lid van Tennisclub De Baan\n • De heer Smit "
                           "namens VVB\n\n5 Vaststellen agenda\n")
    assert not any(n.startswith("De heer") for n in found)


def test_a_grants_tables_header_is_no_initiative():
    found = initiatives_in("Hoofdstuk 3: Sport\n\nArtikel Organisatie Bedrag\n2 lid 1 Stichting Zwembad Putten "
                           "€61.200\n")
    assert "Organisatie Bedrag" not in found


# Document type: news by its dateline in capitals, its date and time, a proposal's form, a product page, a dated note


def test_a_news_item_whose_first_sentence_opens_with_its_place_in_capitals():
    text = ("• FOTO JAN SMIT\n\nNieuwe afspraken over buurthuizen\n\nPUTTEN Op 3 juni heeft de gemeente Putten "
            "contracten getekend met vier partijen. Zij gaan de komende jaren de buurthuizen beheren.\n")
    assert _type(text) == "other"


def test_a_weekday_date_and_time_on_the_first_line_mark_a_news_item():
    text = ("dinsdag, 14. maart 2006 - 09:30\n\nGemeente steunt de kledingbank\n\nDe gemeente gaat de kledingbank "
            "steunen. Wij willen dat meer gezinnen worden geholpen.\n")
    assert _type(text) == "other"


def test_a_date_and_time_under_the_title_mark_a_news_item():
    text = ("Nieuwe speeltuin en een jeugdburgemeester\n\n12 oktober 2023, 14:05\n\nTijdens de raadsvergadering "
            "nam de raad een besluit over de speeltuin. Er waren veel insprekers.\n")
    assert _type(text) == "other"


def test_a_proposal_to_the_college_on_a_line_of_its_own_is_no_budget():
    text = ("College Onderwerp:\nV2031 Jeugdnota Putten 2032 - 2035\nCollegevoorstel Inleiding: De jeugdnota wordt "
            "verder uitgewerkt. De komende jaren willen we meer doen voor jongeren.\n")
    assert _type(text) == "other"


def test_a_product_pages_headings_mark_an_information_page():
    text = ("Ondersteuning voor verenigingen\n\n • Wat is het?\n\n  De gemeente geeft geld aan verenigingen die "
            "activiteiten voor ouderen organiseren.\n\n • Wat kost het?\n\n  Niets.\n")
    assert _type(text) == "other"


def test_a_note_dated_by_place_and_day_with_its_number_is_no_budget():
    text = ("Jong in Putten\nPutten, 6 mei 2031 doc. nr.: 31.004512\nSamenvatting Wij willen dat tot 2035 alle "
            "kinderen gezond opgroeien. Wij willen meer samenwerken met scholen.\n")
    assert _type(text) == "other"


# Organisations: ministries listed by their acronyms


def test_ministries_listed_by_their_acronyms_after_their_kind():
    found = orgs_in("In deze regeling hebben drie ministeries (OCW, SZW en BZK) hun geld gebundeld.")
    assert {"OCW", "SZW", "BZK"} <= found


# Initiatives: a person's name after a verb of saying


def test_a_person_named_after_a_verb_of_saying_is_no_initiative():
    found = initiatives_in("Dat is goed nieuws voor de scholen, vertelt Anke Bosveld (dorpsraad Zuideind): “Dit biedt "
                           "kansen.” Ook deelt Ties Dorhout, bestuurder bij de stichting, die mening.")
    assert not {"Anke Bosveld", "Ties Dorhout"} & found


def test_a_foundations_name_opening_with_t_keeps_it():
    found = orgs_in("Stichting 't Kofschip krijgt subsidie voor 2032. Ook Vereniging ’t Hoekje ontvangt een bijdrage.")
    assert {"'t Kofschip", "’t Hoekje"} <= found
