"""DCAT-AP-NL 3.0 catalogue: the dataset, one distribution per dump (each given by the download
service, the dumps folder), the SPARQL endpoint as a data service, with publisher, licence,
contact point, theme, and the spatial and temporal coverage read from the data; Dutch titles.
It meets the DCAT-AP-NL 3.0 shapes including the recommended ones (tests/publish)."""

from __future__ import annotations

import datetime as dt

from sdkg.graph.publish.config import EU, Publisher
from sdkg.graph.publish.dumps import FORMATS
from sdkg.graph.publish.terms import Triples, lit, u
from sdkg.graph.publish.void import Stats

IANA = "https://www.iana.org/assignments/media-types/"
SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/"
DCAT_AP_NL = "https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/"
ONTOLOGY = "https://w3id.org/sdkg/def"
# distribution titles (the dump formats of graph/publish/dumps.py)
FORMAT_TITLES_NL = {
    "trig": "download in TriG, één benoemde graaf per rapport",
    "nquads": "download in N-Quads, één benoemde graaf per rapport",
    "jsonld": "download in JSON-LD, één benoemde graaf per rapport",
    "turtle": "download in Turtle, alle rapporten in één graaf",
    "ntriples": "download in N-Triples, alle rapporten in één graaf",
}
THEME_LABELS = {"SOCI": ("Bevolking en samenleving", "Population and society"),
                "GOVE": ("Overheid en publieke sector", "Government and public sector"),
                "HEAL": ("Gezondheid", "Health"), "ECON": ("Economie en financiën", "Economy and finance")}


def catalog_triples(stats: Stats, pub: Publisher, *, sizes: dict[str, int] | None = None,
                    modified: dt.date | None = None) -> Triples:
    """`sizes`: file name -> bytes of dumps that exist (written by `sdkg publish`)."""
    pub = pub.at()
    t = Triples()
    today = lit((modified or dt.date.today()).isoformat(), datatype="xsd:date")
    cat, ds, svc = u(pub.catalog_iri), u(pub.dataset_iri), u(pub.service_iri)
    publisher, contact = u(pub.uri), u(pub.dataset_iri + "/contact")

    # shared resources, typed so that the profiles' class constraints hold
    t.typed(publisher, "foaf:Agent", "foaf:Organization")
    t.add(publisher, "foaf:name", lit(pub.name, "nl"))
    t.typed(contact, "vcard:Kind", "vcard:Organization")
    t.add(contact, "vcard:fn", lit(pub.name))
    if pub.email:
        t.add(contact, "vcard:hasEmail", "mailto:" + pub.email)
    t.add(contact, "vcard:hasURL", pub.landing_page)
    t.typed(pub.licence, "dcterms:LicenseDocument")
    t.typed(pub.access_rights, "dcterms:RightsStatement")
    t.typed(pub.language, "dcterms:LinguisticSystem")
    scheme = EU + "data-theme"
    t.typed(scheme, "skos:ConceptScheme")
    t.add(scheme, "dcterms:title", lit("Datathema", "nl"))
    t.add(scheme, "dcterms:title", lit("Data theme", "en"))
    for theme in pub.themes:
        t.typed(theme, "skos:Concept")
        t.add(theme, "skos:inScheme", scheme)
        nl, en = THEME_LABELS.get(theme.rsplit("/", 1)[-1], (theme.rsplit("/", 1)[-1], None))
        t.add(theme, "skos:prefLabel", lit(nl, "nl"))
        if en:
            t.add(theme, "skos:prefLabel", lit(en, "en"))
    for doc in {pub.landing_page, pub.public_url + "docs/linked-data"}:
        t.typed(doc, "foaf:Document")
    t.typed(ONTOLOGY, "dcterms:Standard")
    t.add(ONTOLOGY, "dcterms:title", lit("Ontologie van de Sociaal Domein Knowledge Graph", "nl"))
    t.add(ONTOLOGY, "dcterms:title", lit("Sociaal Domein Knowledge Graph ontology", "en"))
    t.typed(SPARQL_PROTOCOL, "dcterms:Standard")
    t.add(SPARQL_PROTOCOL, "dcterms:title", lit("SPARQL 1.1 Protocol", "en"))

    def common(node, title: str, description: str) -> None:
        t.add(node, "dcterms:title", lit(title, "nl"))
        t.add(node, "dcterms:description", lit(description, "nl"))
        t.add(node, "dcterms:publisher", publisher)
        t.add(node, "dcterms:creator", publisher)
        t.add(node, "dcat:contactPoint", contact)
        t.add(node, "dcterms:language", pub.language)

    # catalogue
    t.typed(cat, "dcat:Catalog")
    common(cat, f"Catalogus {pub.title}", f"Datasets van {pub.name}.")
    t.add(cat, "foaf:homepage", pub.landing_page)
    t.add(cat, "dcterms:license", pub.licence)
    t.add(cat, "dcterms:modified", today)
    t.add(cat, "dcat:themeTaxonomy", scheme)
    t.add(cat, "dcat:dataset", ds)
    t.add(cat, "dcat:service", svc)
    t.add(cat, "dcterms:conformsTo", DCAT_AP_NL)
    t.typed(DCAT_AP_NL, "dcterms:Standard")
    t.add(DCAT_AP_NL, "dcterms:title", lit("DCAT-AP-NL 3.0", "nl"))

    # dataset
    t.typed(ds, "dcat:Dataset")
    common(ds, pub.title, pub.description)
    t.add(ds, "dcterms:identifier", lit(pub.identifier))
    t.add(ds, "dcterms:accessRights", pub.access_rights)
    t.add(ds, "dcterms:conformsTo", ONTOLOGY)
    t.add(ds, "dcat:landingPage", pub.landing_page)
    t.add(ds, "foaf:page", pub.public_url + "docs/linked-data")
    t.add(ds, "dcterms:modified", today)
    for theme in pub.themes:
        t.add(ds, "dcat:theme", theme)
    for kw in pub.keywords:
        t.add(ds, "dcat:keyword", lit(kw, "nl"))
    for m in stats.municipalities:  # spatial coverage: the municipalities that reported
        place = u(m.tooi or m.iri)
        t.add(ds, "dcterms:spatial", place)
        t.typed(place, "dcterms:Location")
        t.add(place, "skos:prefLabel", lit(m.name, "nl"))
        t.add(place, "dcterms:identifier", lit(m.code))
    if stats.years:
        period = u(pub.dataset_iri + f"/periode/{stats.years[0]}-{stats.years[1]}")
        t.add(ds, "dcterms:temporal", period)
        t.typed(period, "dcterms:PeriodOfTime")
        t.add(period, "dcat:startDate", lit(f"{stats.years[0]}-01-01", datatype="xsd:date"))
        t.add(period, "dcat:endDate", lit(f"{stats.years[1]}-12-31", datatype="xsd:date"))

    # the dumps folder as a data service, and one distribution per dump, given by it
    downloads = u(pub.download_service_iri)
    t.typed(downloads, "dcat:DataService")
    common(downloads, f"Downloads {pub.title}",
           "De hele dataset als bestanden: TriG, N-Quads en JSON-LD met één benoemde graaf per rapport, "
           "Turtle en N-Triples met alle rapporten in één graaf, elk ook met gzip gecomprimeerd.")
    t.add(downloads, "dcterms:identifier", lit(pub.download_service_iri))
    t.add(downloads, "dcat:endpointURL", pub.public_url + "dumps/")
    t.typed(pub.public_url + "dumps/", "rdfs:Resource")
    # VoID lists the dumps (void:dataDump) with their formats: the description of this service
    t.add(downloads, "dcat:endpointDescription", pub.public_url + ".well-known/void")
    t.typed(pub.public_url + ".well-known/void", "rdfs:Resource")
    t.add(downloads, "dcat:servesDataset", ds)
    t.add(downloads, "dcterms:accessRights", pub.access_rights)
    t.add(downloads, "dcterms:license", pub.licence)
    for theme in pub.themes:
        t.add(downloads, "dcat:theme", theme)
    t.add(downloads, "dcat:keyword", lit("download", "nl"))
    t.add(cat, "dcat:service", downloads)
    gzip_type = IANA + "application/gzip"
    t.typed(gzip_type, "dcterms:MediaType")
    for f in FORMATS.values():
        t.typed(IANA + f.media_type, "dcterms:MediaType")
        t.typed(f.file_type, "dcterms:MediaTypeOrExtent")
        for gz in (False, True):
            name = f.file_name(gz)
            dist = u(f"{pub.dataset_iri}/distributie/{name}")
            url = pub.public_url + "dumps/" + name
            t.add(ds, "dcat:distribution", dist)
            t.typed(dist, "dcat:Distribution")
            title = f"{pub.title}: {FORMAT_TITLES_NL.get(f.name, f.label)}" + (" (gzip)" if gz else "")
            t.add(dist, "dcterms:title", lit(title, "nl"))
            t.add(dist, "dcat:accessURL", url)
            t.add(dist, "dcat:downloadURL", url)
            t.add(dist, "dcat:accessService", downloads)
            t.add(dist, "dcat:mediaType", IANA + f.media_type)
            t.add(dist, "dcterms:format", f.file_type)
            t.add(dist, "dcterms:license", pub.licence)
            t.add(dist, "dcterms:language", pub.language)
            t.add(dist, "dcterms:conformsTo", ONTOLOGY)
            if gz:
                t.add(dist, "dcat:compressFormat", gzip_type)
            if sizes and name in sizes:
                t.add(dist, "dcat:byteSize", lit(str(sizes[name]), datatype="xsd:nonNegativeInteger"))

    # the SPARQL endpoint as a data service
    t.typed(svc, "dcat:DataService")
    common(svc, f"SPARQL-endpoint {pub.title}",
           "SPARQL 1.1-endpoint over alle rapporten; de standaardgraaf is de vereniging van de rapportgrafen.")
    t.add(svc, "dcterms:identifier", lit(pub.service_iri))
    t.add(svc, "dcat:endpointURL", pub.sparql_url)
    t.typed(pub.sparql_url, "rdfs:Resource")  # SEMIC 3.0.1 ranges demand the class explicitly
    t.add(svc, "dcat:endpointDescription", pub.sparql_url)
    t.add(svc, "dcat:servesDataset", ds)
    t.add(svc, "dcterms:conformsTo", SPARQL_PROTOCOL)
    t.add(svc, "dcterms:accessRights", pub.access_rights)
    t.add(svc, "dcterms:license", pub.licence)
    for theme in pub.themes:
        t.add(svc, "dcat:theme", theme)
    for kw in ("SPARQL", "linked data"):
        t.add(svc, "dcat:keyword", lit(kw, "nl"))
    return t
