"""Short forms and mentions when two organisations share the first word of their names."""

from sdkg.loaders.extract import extract

from .conftest import names_of, text_doc

TWO = ("Gemeente Zwolle, jaarverslag 2024. De gemeente werkt samen met Stichting Leerpunt Oost en Stichting Leerpunt "
       "West. Leerpunt Oost geeft taallessen in de bibliotheek. Leerpunt West begeleidt statushouders.")


def _orgs(text):
    return {o.name: o for o in extract(text_doc(text)).organisations}


def test_a_shared_first_word_is_no_short_form_and_no_mention_inside_the_other_name():
    orgs = _orgs(TWO)
    assert {"Leerpunt Oost", "Leerpunt West"} <= set(orgs)
    for name, other in (("Leerpunt Oost", "Leerpunt West"), ("Leerpunt West", "Leerpunt Oost")):
        o = orgs[name]
        assert "Leerpunt" not in o.aliases
        # every quote of the organisation is one of its own names, never the first word of the other's name
        assert all(TWO[m.start:m.end] != "Leerpunt" for m in o.mentions), [TWO[m.start:m.end] for m in o.mentions]
        assert len(o.mentions) == 2  # "Stichting Leerpunt X" and "Leerpunt X"
        others = [(m.start, m.end) for m in orgs[other].mentions]
        assert not any(a <= m.start and m.end <= b for m in o.mentions for a, b in others)


def test_in_the_graph_each_bodys_evidence_quotes_its_own_names():
    from sdkg.graph.build import build_quads

    quads = build_quads(extract(text_doc(TWO)))
    about = {(q.subject.value, q.object.value) for q in quads if q.predicate.value.endswith("#about")}
    exact = {q.subject.value: q.object.value for q in quads if q.predicate.value.endswith("#exact")}
    quoted: dict[str, set[str]] = {}
    for ev, entity in about:
        quoted.setdefault(entity, set()).add(exact[ev])
    oost = next(v for k, v in quoted.items() if k.endswith("leerpunt-oost"))
    west = next(v for k, v in quoted.items() if k.endswith("leerpunt-west"))
    assert oost == {"Stichting Leerpunt Oost", "Leerpunt Oost"}
    assert west == {"Stichting Leerpunt West", "Leerpunt West"}


def test_a_distinctive_first_word_of_one_name_stays_its_short_form():
    text = ("Gemeente Zwolle, jaarverslag 2024. De gemeente werkt samen met Stichting Leerpunt Oost. "
            "Bij Leerpunt volgden 40 inwoners een taalcursus.")
    orgs = _orgs(text)
    assert "Leerpunt" in orgs["Leerpunt Oost"].aliases
    assert any(text[m.start:m.end] == "Leerpunt" for m in orgs["Leerpunt Oost"].mentions)


def test_country_wide_institutes_public_banks_utilities_and_universities_by_their_written_forms():
    got = names_of("Gemeente Zwolle, jaarverslag 2024. Het onderzoek van het Verwey Jonker Instituut en de RUG naar "
                   "armoede is afgerond. De lening is afgesloten bij de Bank Nederlandse Gemeenten. De dividenden van "
                   "Vitens en Enexis vielen hoger uit.", "organisations")
    assert {"Verwey-Jonker Instituut", "Rijksuniversiteit Groningen", "BNG Bank", "Vitens", "Enexis"} <= got


def test_a_name_after_a_persons_initials_is_a_surname():
    got = names_of("Gemeente Zwolle, jaarverslag 2024. De aanpak volgt het onderzoek van Movisie (S. Brinkhuis, RUG, "
                   "2019) en het advies van dr. E.G. van Marle.", "organisations")
    assert "Rijksuniversiteit Groningen" in got and "Movisie" in got
    assert not {"Brinkhuis", "Marle", "van Marle"} & got


def test_a_province_named_with_a_capital_is_the_body_also_where_it_opens_a_sentence():
    text = ("Gemeente Zwolle, raadsvoorstel 2024.\nSamenvatting: Provincie Overijssel heeft een ontwerp van het "
            "regionale waterprogramma ter inzage gelegd.")
    assert "Provincie Overijssel" in names_of(text, "organisations")
    assert "Provincie Overijssel" not in names_of(text, "initiatives")


def test_an_article_before_a_name_with_a_head_word_after_it_is_no_part_of_the_name():
    got = names_of("Gemeente Zwolle, jaarverslag 2024. Veertien scholen vroegen subsidie aan. Het Esdoorn College heeft "
                   "het certificaat ontvangen.", "organisations")
    assert "Esdoorn College" in got and "Het Esdoorn College" not in got


def test_an_acronym_alone_that_spells_one_names_initials_is_its_short_form():
    orgs = _orgs("Gemeente Zwolle, raadsvoorstel 2024. Sociale Dienst Oost Veluwe voert de Participatiewet uit. "
                 "Het bestuur van de SDOV besloot in mei over de begroting.")
    assert "SDOV" not in orgs
    assert "SDOV" in orgs["Sociale Dienst Oost Veluwe"].aliases


def test_a_school_named_in_one_word_ending_in_its_kind():
    got = names_of("Gemeente Zwolle, jaarverslag 2024. De bijeenkomst vond plaats in het Esdoorncollege aan de "
                   "Stationsweg.", "organisations")
    assert "Esdoorncollege" in got


def test_the_documents_furniture_after_a_name_is_no_part_of_it():
    got = names_of("Gemeente Zwolle, raadsvoorstel 2024. 7. Opheffing gemeenschappelijke regeling Werkpoort Stukken "
                   "Voorstel en besluit - Opheffing gemeenschappelijke regeling Werkpoort Bijlage 3 - Rapport",
                   "organisations")
    assert "Werkpoort" in got and not {"Werkpoort Bijlage", "Werkpoort Stukken Voorstel", "Werkpoort Stukken"} & got


def test_a_letter_before_a_noun_makes_a_name_in_a_list_of_providers():
    got = names_of("Gemeente Zwolle, jaarverslag 2024. Voor de huishoudelijke ondersteuning zijn drie aanbieders "
                   "gecontracteerd: Careplus, Kzorg en Hulpvast.", "organisations")
    assert {"Careplus", "Kzorg", "Hulpvast"} <= got



def test_an_acronym_with_an_article_in_a_clause_that_goes_on_is_a_body():
    got = names_of("Gemeente Zwolle, jaarverslag 2024. Er is besloten over de toekomst van de SWZ. We zien het KBW als "
                   "een onmisbare schakel. Ten aanzien van het IVP thema is niets veranderd.", "organisations")
    assert {"SWZ", "KBW"} <= got and "IVP" not in got
    assert "BMQ" in names_of("Gemeente Zwolle, jaarverslag 2024. Uit de analyse van BMQ in het kader van de "
                             "herijking blijkt dat de kosten stijgen.", "organisations")


def test_gr_and_the_initials_of_a_body_is_its_short_form():
    orgs = _orgs("Gemeente Zwolle, jaarverslag 2024. We deden onderzoek naar de gemeenschappelijke regeling "
                 "Oost-Veenland. Voor de GROV hebben we na een grondige verkenning gekozen voor opheffing.")
    assert "GROV" not in orgs
    assert any("GROV" in o.aliases for o in orgs.values())


def test_the_parties_that_sign_an_agreement_with_the_municipality():
    got = names_of("Gemeente Zwolle, jaarverslag 2024. De gemeente Zwolle, Woonvast, WoonZuid en De Huurdersraad hebben "
                   "de prestatieafspraken 2024 getekend.", "organisations")
    assert {"Woonvast", "WoonZuid", "De Huurdersraad"} <= got


def test_a_surname_after_initials_and_particles_is_excluded():
    from sdkg.loaders.extract.organisations import OrgContext, _cand, _f_excluded

    text = "Het advies van dr. E.G. van der Marle is gevolgd; het advies van Movisie ook."
    ctx = OrgContext(text, set(), set(), set(), [], [])
    q = text.index("Marle")
    assert _f_excluded(ctx, _cand("Marle", q, q + 5, 0.6))
    q = text.index("Movisie")
    assert not _f_excluded(ctx, _cand("Movisie", q, q + 7, 0.6))


def test_a_rekenkamer_with_its_name_is_a_body():
    text = ("Gemeente Zwolle, jaarverslag 2024. Rekenkamer Zwolle onderzocht de inkoop van jeugdhulp en deed vijf "
            "aanbevelingen.")
    assert "Rekenkamer Zwolle" in names_of(text, "organisations")
    assert "Rekenkamer Zwolle" not in names_of(text, "initiatives")
