"""Constructions of any report, twentieth round: a fronted adverb before the verb is no organisation; a name that
opens its sentence may hold "in (het)", "&" and a place, and carry its abbreviation before the verb; a campaign
compound followed by the campaign's name is no initiative of its own; the national police is one national body;
acts the thesaurus does not list; a number after a place before a plural is a count."""

from sdkg.loaders.extract import extract

from .conftest import names_of, text_doc
from .test_relations import relations


def test_a_fronted_adverb_before_a_providing_verb_is_no_name():
    for text in ("Daarvoor levert SWH: buurtwerk en opbouwwerk.",
                 "Hiervoor biedt Welzijn Heuvelstee maatjescontacten aan.",
                 "Jaarlijks organiseert Welzijn Heuvelstee een vrijwilligersmarkt.",
                 "Momenteel verzorgt de bibliotheek taalcafés."):
        got = relations(text, orgs=["Welzijn Heuvelstee"])
        subjects = {s for s, _p, _o in got}
        assert not subjects & {"Daarvoor", "Hiervoor", "Jaarlijks", "Momenteel"}, (text, got)
    # a name that opens its sentence still provides what follows the verb
    got = relations("Tzorg biedt huishoudelijke hulp.")
    assert ("Tzorg", "provides", "huishoudelijke hulp") in got
    got = relations("Maatschappelijk Werk Dalwijk biedt schuldhulp.")  # an adjective in -lijk opens a name
    assert ("Maatschappelijk Werk Dalwijk", "provides", "schuldhulp") in got


def test_a_name_opening_its_sentence_with_in_het_a_place_and_its_abbreviation():
    text = ("Gemeente Bergstad, jaarverslag 2023.\n\n"
            "Sport in het Heuvelstee (SiH) organiseert in Oldekerk de beweegcampagne 'Heuvelstee Beweegt!'.\n"
            "Dalwijk Sport & Bewegen organiseert de sportweek.\n")
    ex = extract(text_doc(text))
    assert {"Sport in het Heuvelstee", "Dalwijk Sport & Bewegen"} <= {o.name for o in ex.organisations}
    got = {(r.subject, r.predicate, r.object) for r in ex.relations}
    assert ("Sport in het Heuvelstee", "provides", "Heuvelstee Beweegt!") in got
    assert ("Dalwijk Sport & Bewegen", "provides", "sportweek") in got
    # a connector never ends the name, and two names joined by "en" stay two
    got = relations("Bergstad en Dalwijk bieden samen maaltijden aan.")
    assert not [s for s, _p, _o in got if " en " in s]


def test_a_campaign_compound_before_the_campaign_name_is_no_initiative():
    text = "Gemeente Bergstad, jaarverslag 2023.\n\nWij startten de beweegcampagne 'Bergstad Beweegt!' in het voorjaar.\n"
    got = names_of(text, "initiatives")
    assert "Bergstad Beweegt!" in got
    assert "Beweegcampagne" not in got
    # without a name after it the compound is the campaign
    assert "Mantelzorgcampagne" in names_of("Gemeente Bergstad, jaarverslag 2023.\n\nDe mantelzorgcampagne liep het "
                                            "hele jaar.\n", "initiatives")


def test_the_national_police_is_one_national_organisation_with_its_register_identifier():
    from sdkg.graph.identity import resolve

    text = ("Gemeente Bergstad, jaarverslag 2023.\n\nDe eenheid Oost-Brabant van het Korps Nationale Politie werkt "
            "samen met de gemeente.\n")
    assert "Korps Nationale Politie" in names_of(text, "organisations")
    assert "Korps Nationale Politie" not in names_of(text, "initiatives")
    ident = resolve("Korps Nationale Politie", [], "GM0796")
    assert ident.scope == "national"
    assert "http://standaarden.overheid.nl/owms/terms/Politie" in ident.same_as


def test_acts_the_thesaurus_does_not_list_are_found_by_the_shape_of_their_names():
    from sdkg.loaders.extract.laws import find_laws

    def laws(text):
        return {(law.name, law.bwb_id) for law in find_laws(text, 2022)}

    assert ("Klimaatwet", None) in laws("Sinds de Klimaatwet en de Omgevingswet geldt dat.")
    assert ("Wet bodemsanering", None) in laws("De Wet bodemsanering is van toepassing.")
    assert ("Wet kwaliteit kinderopvang", None) in laws("De Wet kwaliteit kinderopvang geldt voor alle locaties.")
    assert ("Wet op de lijkbezorging", None) in laws("De Wet op de lijkbezorging regelt dit.")
    # an act the thesaurus lists keeps its identifier and is not found twice
    got = laws("de Wet maatschappelijke ondersteuning 2015 en de Jeugdwet")
    assert got == {("Wet maatschappelijke ondersteuning 2015", "BWBR0035362"), ("Jeugdwet", "BWBR0034925")}
    # "Wet" in running text is no act
    for text in ("Wet- en regelgeving verandert.", "Wet en regelgeving verandert.", "Volgens de Wet moeten we dat."):
        assert laws(text) == set(), text


def test_a_number_after_a_place_is_a_count_where_a_plural_follows():
    from sdkg.loaders.extract.figures import find_figures

    def vals(text):
        return {(f.label, f.value) for f in find_figures(text, 2016)}

    assert ("kleine woningen", 16.0) in vals("Woonstichting Heuvelstee realiseerde in Bolsward 16 kleine woningen voor jongeren.")
    # a name's number stays none: "Pijler 2", an address
    assert vals("In Pijler 2 werken we aan gezondheid.") == set()
    assert vals("Zij wonen in Kerkstraat 16 sinds jaren.") == set()


def test_an_unlisted_act_is_a_law_in_the_graph_that_conforms_to_the_shapes():
    from sdkg.graph.build import build_quads
    from sdkg.graph.iris import Minter
    from sdkg.graph.publish.validate import format_reports, validate_store
    from sdkg.graph.store import OxigraphStore

    text = ("Gemeente Bergstad, jaarverslag 2023.\n\nSinds de Klimaatwet werken wij met Welzijn Heuvelstee aan "
            "energiearmoede onder de Wmo 2015.\n")
    ex = extract(text_doc(text))
    store = OxigraphStore(None)
    store.ensure_model()
    store.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    report = validate_store(store)
    assert report.conforms, format_reports([report])
    rows = list(store.raw.query("""PREFIX sdkg: <https://w3id.org/sdkg/def#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?law ?id WHERE { GRAPH ?g { ?law a sdkg:Law ; skos:prefLabel "Klimaatwet"@nl
                                           OPTIONAL { ?law sdkg:bwbId ?id } } }"""))
    assert len(rows) == 1 and rows[0]["id"] is None
    assert rows[0]["law"].value.startswith("https://w3id.org/sdkg/def/wet/")
