"""Words for people: the model's terms as a beleidsmedewerker says them, and plain-language
explanations of every network measure. Dutch is the source text; translations/en has English."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

# what the dataset holds (keys of sparql/queries/dataset-summary.rq)
COUNTS = {
    "reports": _l("rapporten"), "municipalities": _l("gemeenten"), "organisations": _l("organisaties"),
    "laws": _l("wetten"), "initiatives": _l("initiatieven"), "neighbourhoods": _l("wijken"),
    "people": _l("personen"), "figures": _l("cijfers"), "relations": _l("relaties"),
    "quotes": _l("zinnen als bewijs"),
}

# organisation kinds (ontology/kinds.ttl notations)
KINDS = {
    "welfare": _l("welzijn"), "care": _l("zorg"), "health": _l("gezondheid"), "housing": _l("wonen"),
    "government": _l("overheid"), "education": _l("onderwijs"), "company": _l("bedrijf"),
    "funder": _l("fonds"), "other": _l("overig"), "municipality": _l("gemeentelijk orgaan"),
}

# document types (ontology/doctypes.ttl notations)
DOCUMENT_TYPES = {
    "jaarverslag": _l("jaarverslag"), "jaarstukken": _l("jaarstukken"), "begroting": _l("(programma)begroting"),
    "other": _l("overig"),
}

# relation predicates: "X <verb> Y"
PREDICATES = {
    "partnerOf": _l("werkt samen met"), "provides": _l("biedt aan"), "funds": _l("financiert"),
    "contractedBy": _l("is gecontracteerd door"), "locatedIn": _l("vindt plaats in"),
    "underLaw": _l("valt onder"), "partOf": _l("hoort bij"),
}

# the kinds of things a search or a report's facts can be about
TYPES = {
    "Gemeente": _l("gemeente"), "Organisation": _l("organisatie"), "Initiative": _l("initiatief"),
    "Law": _l("wet"), "Neighbourhood": _l("wijk"), "Person": _l("persoon"), "Figure": _l("cijfer"),
    "Relation": _l("relatie"),
}
TYPES_PLURAL = {
    "Organisation": _l("Organisaties"), "Relation": _l("Relaties"), "Law": _l("Wetten"),
    "Initiative": _l("Initiatieven"), "Neighbourhood": _l("Wijken"), "Figure": _l("Cijfers"),
    "Person": _l("Personen"), "Gemeente": _l("Gemeenten"),
}

# units of figures (loaders/extract figures): shown after the number
UNITS = {"count": "", "EUR": _l("euro"), "percent": "%", "%": "%", "days": _l("dagen"), "weeks": _l("weken")}

# network measures: a name and one sentence a beleidsmedewerker understands
MEASURES = {
    "degree": (_l("verbindingen"), _l("met hoeveel anderen deze partij direct verbonden is")),
    "weighted_degree": (_l("gewicht"), _l("hoe vaak de verbindingen in de rapporten genoemd worden, opgeteld")),
    "pagerank": (_l("invloed"), _l("belangrijk omdat belangrijke partijen ermee verbonden zijn")),
    "betweenness": (_l("brugfunctie"), _l("verbindt partners die elkaar anders niet raken")),
    "eigenvector": (_l("centrale kring"), _l("verbonden met partijen die zelf veel verbonden zijn")),
    "core": (_l("kern"), _l("hoe diep de partij in de dichtst verweven groep zit")),
    "community": (_l("groep"), _l("partijen die vooral onderling samenwerken vormen een groep")),
    "component": (_l("deelnetwerk"), _l("los stuk van het netwerk, zonder verbinding met de rest")),
    "bipartite_degree": (_l("verbindingen (andere soort)"),
                         _l("met hoeveel partijen van de andere soort deze partij verbonden is")),
    "weight": (_l("keren genoemd"), _l("in hoeveel zinnen de samenwerking met deze gemeente genoemd wordt")),
    "jaccard": (_l("overlap"), _l("deel van alle partners van beide gemeenten dat ze delen (0 = geen, 1 = alle)")),
    "shared": (_l("gedeelde partners"), _l("organisaties waarmee beide gemeenten werken")),
    "modularity": (_l("groepering"),
                   _l("hoe duidelijk het netwerk in groepen uiteenvalt (0 = geen groepen, 1 = scherp gescheiden)")),
}

# the networks of graph/network_kinds.py KINDS
NETWORKS = {
    "partners": (_l("Gemeenten en hun partners"), _l("welke organisaties elke gemeente noemt als partner")),
    "cooccurrence": (_l("Organisaties samen genoemd"),
                     _l("organisaties die in dezelfde zin, alinea of hetzelfde initiatief voorkomen")),
    "municipalities": (_l("Gemeenten met dezelfde partners"), _l("gemeenten verbonden door gedeelde partners")),
    "laws": (_l("Organisaties en wetten"), _l("organisaties en de wetten die samen met hen genoemd worden")),
    "initiatives": (_l("Initiatieven en organisaties"), _l("welke organisaties aan welk initiatief meedoen")),
}

# node types on a network drawing (the legend); colours match web/static/network/network.js
NODE_TYPES = {
    "municipality": (_l("gemeente"), "#1f77b4"), "organisation": (_l("organisatie"), "#c85a00"),
    "law": (_l("wet"), "#2ca02c"), "initiative": (_l("initiatief"), "#9467bd"),
}


def label(table: dict, key: str | None, default: str = "") -> str:
    """The word for `key` in `table` (a measure's name for MEASURES), or the key itself."""
    if not key:
        return default
    value = table.get(key)
    if value is None:
        return key
    return str(value[0] if isinstance(value, tuple) else value)

# the named queries (sparql/queries/*.rq) as questions a person asks; a query not listed keeps its own title
QUERY_TITLES = {
    "dataset-summary": _l("Wat de dataset bevat"),
    "figures": _l("Cijfers door de jaren heen"),
    "initiatives-by-neighbourhood": _l("Initiatieven per wijk"),
    "laws-by-municipality": _l("Wetten per gemeente en jaar"),
    "laws-by-programme": _l("Wetten per programma"),
    "municipality-initiatives": _l("Initiatieven van een gemeente"),
    "municipality-relations": _l("Wat een gemeente met haar partners doet"),
    "neighbourhoods": _l("Wijken van een gemeente"),
    "organisation-profile": _l("Waar een organisatie werkt"),
    "organisation-relations": _l("Relaties van een organisatie"),
    "organisations-by-kind": _l("Organisaties per soort"),
    "partner-municipalities": _l("Gemeenten van een partner"),
    "partners": _l("Partners van een gemeente"),
    "people": _l("Personen en hun rol"),
    "relation-quotes": _l("De zin achter een relatie"),
    "report-details": _l("Over één rapport"),
    "report-evidence": _l("Alle feiten van een rapport, waar ze staan"),
    "reports": _l("Rapporten per gemeente"),
    "search": _l("Zoeken in namen"),
    "search-organisations": _l("Organisaties zoeken op naam"),
    "search-sentences": _l("Zoeken in de zinnen achter de feiten"),
    "shared-partners": _l("Gemeenten die partners delen"),
}


def query_title(q) -> str:
    """The named query's title in the page's language (the .rq file's own title otherwise)."""
    return str(QUERY_TITLES.get(q.name, q.title))

# the error page titles of web/errors.py (TITLES_NL), listed here so that the catalogue holds them
ERROR_TITLES = [
    _l("Dit verzoek klopt niet"), _l("U moet zich eerst aanmelden"), _l("Dit mag niet op deze server"),
    _l("Deze pagina bestaat niet"), _l("Deze methode kan hier niet"), _l("Dit formaat kunnen we niet leveren"),
    _l("Het verzoek is te groot"), _l("Dit formaat kunnen we niet lezen"), _l("Er ging iets mis op de server"),
    _l("Dit kan deze server niet"), _l("De achterliggende opslag antwoordt niet"),
    _l("Dit kon nu niet worden beantwoord"), _l("Er ging iets mis"),
]

# what a publisher still has to set before the catalogue is published (graph/publish/config.py)
PUBLICATION_MISSING = {
    "name": _l("de naam van de uitgever (publisher_name)"),
    "uri": _l("de TOOI-identificatie van de uitgever, bijvoorbeeld https://identifier.overheid.nl/tooi/id/gemeente/gm0363 (publisher_uri)"),
    "email": _l("een e-mailadres voor contact (publisher_email)"),
    "public_url": _l("het adres waarop de data te vinden is (public_url)"),
    "loopback": _l("een adres dat van buitenaf werkt: de server draait nu op een adres dat alleen op deze computer werkt (public_url; of allow_loopback om te proberen)"),
}

# the dump formats of graph/publish/dumps.py, as the downloads table names them
DUMP_FORMATS = {
    "trig": _l("TriG, één benoemde graaf per rapport"), "nquads": _l("N-Quads, één benoemde graaf per rapport"),
    "jsonld": _l("JSON-LD, één benoemde graaf per rapport"), "turtle": _l("Turtle, alle rapporten in één graaf"),
    "ntriples": _l("N-Triples, alle rapporten in één graaf"),
}

# what each named query answers, in plain Dutch (the .rq files describe them in English for programmers)
QUERY_DESCRIPTIONS = {
    "dataset-summary": _l("Hoeveel rapporten, gemeenten, organisaties, wetten, initiatieven, wijken, personen, cijfers, relaties en zinnen de dataset bevat."),
    "figures": _l("Getallen uit de rapporten (cliënten, budgetten, percentages, wachttijden) per gemeente en jaar, met de zin waar ze uit komen."),
    "initiatives-by-neighbourhood": _l("Initiatieven (projecten, pilots, aanpakken) en de wijken waar ze lopen, met de organisaties die meedoen."),
    "laws-by-municipality": _l("Welke wetten de rapporten van elke gemeente noemen, per jaar, hoe vaak, met de BWB-code (wetten.overheid.nl)."),
    "laws-by-programme": _l("De wetten die genoemd worden in het rapport waar elk programma (hoofdstuk) van de begroting of het jaarverslag in staat."),
    "municipality-initiatives": _l("De initiatieven in de rapporten van een gemeente, met hun soort, de organisaties, de wijken en de jaren."),
    "municipality-relations": _l("Wat de rapporten van een gemeente zeggen over samenwerking (werkt samen met, biedt aan, financiert, ...), met de zin die het zegt."),
    "neighbourhoods": _l("De wijken die de rapporten van een gemeente noemen, met hun CBS-wijkcode, hoe vaak ze genoemd worden en hoeveel initiatieven er lopen."),
    "organisation-profile": _l("Voor één organisatie: welke gemeenten haar noemen, in welke jaren en rollen, met een zin per gemeente en jaar."),
    "organisation-relations": _l("Alles wat de rapporten over één organisatie zeggen: de relaties, met de andere partij, het jaar en de zin."),
    "organisations-by-kind": _l("Organisaties per soort (welzijn, zorg, gezondheid, wonen, overheid, onderwijs, bedrijf, fonds, overig), met het aantal gemeenten dat ze noemt."),
    "partner-municipalities": _l("Welke gemeenten een organisatie noemen, in welke jaren; de naam mag een deel van de naam zijn."),
    "partners": _l("De organisaties waarmee elke gemeente werkt, per jaar, met de wetten in hetzelfde rapport en een zin. Laat de gemeente leeg voor alle gemeenten."),
    "people": _l("Personen die de rapporten noemen (wethouders, directeuren, projectleiders), met hun rol en de gemeente."),
    "relation-quotes": _l("Elke relatie (werkt samen met, biedt aan, financiert, gecontracteerd door, vindt plaats in, valt onder, hoort bij) met de precieze zin en waar die staat."),
    "report-details": _l("Over één rapport: titel, gemeente, jaar, soort, programma's, bestand en bron."),
    "report-evidence": _l("Elke zin die uit één rapport is gehaald, met waar hij staat en waarvan hij het bewijs is."),
    "reports": _l("De rapporten in de dataset: gemeente, jaar, soort, titel, bestand en de graaf waarin elk staat."),
    "search": _l("Gemeenten, organisaties, initiatieven, wetten en wijken waarvan de naam de tekst bevat, met het aantal rapporten."),
    "search-organisations": _l("Organisaties waarvan de naam de tekst bevat, met hun soort en het aantal gemeenten en rapporten dat ze noemt."),
    "search-sentences": _l("Zinnen achter de feiten die de tekst bevatten, met het rapport, de gemeente en het jaar."),
    "shared-partners": _l("Paren van gemeenten die met dezelfde organisaties werken: hoeveel en welke partners ze delen, en hoeveel hun partners overlappen."),
}

# the parameters of the named queries, by name
PARAM_DESCRIPTIONS = {
    "municipality": _l("CBS-code (GM0546) of naam van de gemeente; leeg: alle gemeenten"),
    "year": _l("alleen dit jaar"), "label": _l("(deel van) de naam van het cijfer, bijvoorbeeld ‘cliënten’"),
    "partner": _l("(deel van) de naam van de organisatie, bijvoorbeeld ‘GGD’"),
    "kind": _l("soort organisatie: welfare, care, health, housing, government, education, company, funder of other"),
    "subject": _l("(deel van) de naam van de eerste partij"), "object": _l("(deel van) de naam van de tweede partij"),
    "text": _l("tekst om naar te zoeken"), "min": _l("minstens zoveel gedeelde partners"),
    "organisation": _l("het adres (IRI) van de organisatie"), "report": _l("het adres (IRI) van het rapport"),
}


def query_description(q) -> str:
    return str(QUERY_DESCRIPTIONS.get(q.name, q.description))


def param_description(p) -> str:
    return str(PARAM_DESCRIPTIONS.get(p.name, p.description))
