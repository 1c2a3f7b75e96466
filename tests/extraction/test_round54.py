"""Constructions of any report, fifty-fourth round. Every text here is invented."""

from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import document_type_of as _type
from .conftest import names_of, text_doc

# Minutes online: each speaker's name run into the time of the recording

MINUTES = (
    "Commissie Samenleving gemeente Bergveen\n\nAgendapunten\n1\nBesluit\nDe voorzitter opent de vergadering.\n"
    "00:01:10 - 00:01:40 - Anna Dekker00:01:40 - 00:02:05 - Pieter Wolters00:02:05 - 00:02:30 - Anna Dekker -\n"
    "2\nBesluit\nDe commissie bespreekt het beleidsplan Wmo.\n"
)


def test_a_speaker_run_into_the_time_of_a_recording_is_no_body():
    orgs = names_of(MINUTES, "organisations")
    assert not any(n.endswith("00") for n in orgs), orgs


# The minutes' and the colophon's fields after a name

def test_a_list_of_those_present_or_a_colophon_is_no_part_of_an_undertaking():
    text = ("Notulen commissie 3 maart 2016, zaal Wijkhuis Bergveen Aanwezig: mevrouw Dekker, de heer Wolters\n\n"
            "Wijkprogramma Bergveen Oost Colofon: samenstelling en eindredactie team Samenleving.\n")
    inits = names_of(text, "initiatives")
    assert not any(w in n for n in inits for w in ("Aanwezig", "Colofon")), inits


def test_the_minutes_of_a_meeting_by_its_day_are_no_undertaking():
    text = ("Verslag Vergadering Commissie bestuur 9 april\n\nAlle commissieleden waren er. De wethouder "
            "licht het Actieplan Eenzaamheid 2024-2026 toe; de commissie stemt in met het Actieplan Eenzaamheid.\n")
    inits = names_of(text, "initiatives")
    assert not any("Vergadering" in n for n in inits), inits


# Den Haag for the national government

def test_the_seat_of_government_for_the_national_government_is_no_municipality():
    text = ("Begroting 2019 gemeente Bergen op Zoom\n\nHet extra geld vanuit Den Haag voor de jeugdhulp is welkom. "
            "Den Haag besloot eerder dat de taken met minder budget uitgevoerd moesten worden.\n")
    assert "Den Haag" not in names_of(text, "other_municipalities")


def test_den_haag_as_a_place_stays_a_municipality():
    text = ("Begroting 2019 gemeente Bergen op Zoom\n\nWe werken samen met de gemeenten Roosendaal en Den Haag aan "
            "een aanpak voor dakloze jongeren.\n")
    assert "Den Haag" in names_of(text, "other_municipalities")


# A body named in an apposition by its kind, a fund that bears a person's name

def test_a_centre_in_an_apposition_is_a_body():
    text = ("Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\nIn 2023 trok Bergmonda, het centrum voor hulp na "
            "een misdrijf, in bij het wijkteam. In het centrum van het dorp opende een nieuwe bibliotheek.\n")
    orgs = names_of(text, "organisations")
    assert "Bergmonda" in orgs


def test_a_fund_that_bears_a_persons_name_is_a_body():
    text = ("Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\nHet Anna Wolters Fonds betaalt mee aan de "
            "schoolreisjes van kinderen van ouders met weinig geld.\n")
    ex = extract(text_doc(text))
    assert "Anna Wolters Fonds" in {o.name for o in ex.organisations}
    assert not any("Wolters" in i.name for i in ex.initiatives)


# A page that speaks to its reader, a programme of requirements

def test_a_page_that_speaks_to_its_reader_and_names_no_budget_is_other():
    text = ("Ondersteuning thuis\n\nWie hulp nodig heeft bij het huishouden of bij vervoer, vraagt die aan bij het "
            "Wmo-loket. Samen bekijken we wat nodig is.\n\nBent u mantelzorger? Ook dan kunt u bij het loket "
            "aankloppen.\n")
    assert _type(text) == "other"


def test_a_budget_page_without_a_word_to_its_reader_keeps_its_type():
    text = ("Ondersteuning thuis\n\nWie hulp nodig heeft bij het huishouden of bij vervoer, vraagt die aan bij het "
            "Wmo-loket. Samen bekijken we wat nodig is.\n")
    assert _type(text) == "begroting"


def test_a_programme_of_requirements_is_other():
    text = ("Programma van Eisen welzijnswerk Bergveen 2025\n\nDit stuk beschrijft wat de gemeente vraagt van wie "
            "het welzijnswerk uitvoert. We willen dat inwoners mee kunnen doen.\n")
    assert _type(text) == "other"


# A list of policy documents, each with the notes of its adoption; a local party among national ones

def test_a_listed_documents_quoted_title_loses_every_dated_note_after_it():
    text = ("Jaarverslag 2022 gemeente Bergveen\n\nBeleidskaders\n\n"
            "- Nota mantelzorg “Samen zorgen in Bergveen” (commissie mei 2018) (RIS 40213 juni 2018);\n"
            "- Visie op welzijn “Iedereen doet mee” (raad april 2019) (RIS 40877 april 2019);\n")
    inits = names_of(text, "initiatives")
    assert "Samen zorgen in Bergveen" in inits and "Iedereen doet mee" in inits, inits
    assert not any("(" in n for n in inits), inits


def test_a_name_listed_between_parties_is_a_party():
    text = ("Coalitieakkoord\n\nNa de verkiezingen sloten CDA, Bergveen Vooruit, VVD en D66 een akkoord over de "
            "zorg voor ouderen en de aanpak van armoede.\n")
    assert "Bergveen Vooruit" not in names_of(text, "initiatives")


# A contents list whose page column is headed "Blz."

def test_a_contents_list_under_a_page_column_header_holds_no_figures():
    text = ("Nota jeugdbeleid Bergveen 2024-2027\n\nInhoudsopgave\n\nHoofdstuk\n\nBlz.\n\n"
            "1. Aanleiding 2 2. Kern van de nota 4 3. Opgroeien in Bergveen 6\n\n3.1 Gezin en school\n\n9\n\n"
            "4. Wat we willen bereiken 12 4.1 Preventie 12 4.2 Jeugdhulp 15\n\n"
            "Bijlage 1 Cijfers jeugdmonitor 21 Bijlage 2 Begrippen 30\n\n"
            "1. Aanleiding\n\nIn 2023 kregen 410 jongeren jeugdhulp.\n")
    figures = extract(text_doc(text)).figures
    assert [f.value for f in figures] == [410], [(f.value, f.label) for f in figures]


# Programmes a sentence lists; a region by its municipality; the social domain as a field

PROGRAMMES_SENTENCE = (
    "Programma Dorpen\n\nDit programma gaat over de kernen van de gemeente. Aan de dorpsaanpak dragen vooral deze "
    "programma's bij: Cultuur, Veiligheid, Zorg en Welzijn, Jeugd en Openbare Ruimte.\n"
)


def test_programmes_listed_in_a_sentence_are_programmes_and_no_undertakings():
    progs = infer_meta(text_doc(PROGRAMMES_SENTENCE), {}).programmes
    for p in ("Cultuur", "Veiligheid", "Zorg en Welzijn", "Jeugd", "Openbare Ruimte"):
        assert p in progs, progs
    inits = names_of(PROGRAMMES_SENTENCE, "initiatives")
    assert not inits & {"Cultuur", "Veiligheid", "Welzijn", "Jeugd", "Jeugd en Openbare Ruimte"}, inits


def test_a_region_named_by_its_municipality_is_no_undertaking():
    text = ("Jaarverslag 2021 gemeente Putten\n\nSociaal domein\n\nDe jeugdhulp kopen we in met de buurgemeenten "
            "uit de Regio Ermelo.\n")
    assert "Regio Ermelo" not in names_of(text, "initiatives")


def test_the_social_domain_as_a_field_is_no_body():
    text = ("Jaarverslag 2021 gemeente Putten\n\nSociaal domein\n\nOp het terrein van het Sociaal Domein werkten "
            "wij in 2021 nauw samen met buurgemeenten.\n")
    assert "Sociaal Domein" not in names_of(text, "organisations")
