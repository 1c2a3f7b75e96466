"""Namespaces and file paths of the sdkg model. The model itself lives in the Turtle files here."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

SDKG = "https://w3id.org/sdkg/def#"
WET = "https://w3id.org/sdkg/def/wet/"
KIND = "https://w3id.org/sdkg/def/kind/"
DOCTYPE = "https://w3id.org/sdkg/def/doctype/"

PREFIXES = {
    "sdkg": SDKG,
    "wet": WET,
    "kind": KIND,
    "doctype": DOCTYPE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "eli": "http://data.europa.eu/eli/ontology#",
}

ONTOLOGY = HERE / "sdkg.ttl"
KINDS = HERE / "kinds.ttl"
DOCTYPES = HERE / "doctypes.ttl"
LAWS = HERE / "laws.ttl"
SHAPES = HERE / "shapes.ttl"
NETWORK = HERE / "network.ttl"
# The model files loaded into the store's default graph beside the report graphs.
MODEL_FILES = (ONTOLOGY, KINDS, DOCTYPES, LAWS, NETWORK)

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
