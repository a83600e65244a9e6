"""The vocabularies news-kg writes, declared once; code uses attributes, never IRI strings."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/news-kg/"

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
ID = Namespace(BASE + "id/")
CAMEO = Namespace(BASE + "cameo/")


class KG(DefinedNamespace):
    """news-kg ontology terms (ontology/news-kg.ttl is the source of truth; a test compares them)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Article: URIRef
    Event: URIRef
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Evidence: URIRef
    Mention: URIRef
    Factuality: URIRef
    RelationAssertion: URIRef
    # factuality values
    asserted: URIRef
    reported: URIRef
    hypothetical: URIRef
    negated: URIRef
    future: URIRef
    # article
    title: URIRef
    published: URIRef
    url: URIRef
    language: URIRef
    publisher: URIRef
    text: URIRef
    contentHash: URIRef
    # event roles and properties
    source: URIRef
    target: URIRef
    participant: URIRef
    place: URIRef
    date: URIRef
    dateText: URIRef
    trigger: URIRef
    factuality: URIRef
    reportedBy: URIRef
    evidence: URIRef
    confidence: URIRef
    eventType: URIRef
    cameoCode: URIRef
    cameoRoot: URIRef
    ploverType: URIRef
    ploverMode: URIRef
    # evidence and mentions
    article: URIRef
    sentence: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    extractedBy: URIRef
    denotes: URIRef
    anchorOf: URIRef
    # relations between entities
    leaderOf: URIRef
    memberOf: URIRef
    spokespersonOf: URIRef
    affiliatedWith: URIRef
    parentOf: URIRef
    locatedIn: URIRef


PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgid": str(ID),
    "cameo": str(CAMEO),
    "sem": str(SEM),
    "prov": str(PROV),
    "nif": str(NIF),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
}

RELATION_PREDICATES = (
    "leaderOf", "memberOf", "spokespersonOf", "affiliatedWith", "parentOf", "locatedIn",
)
FACTUALITY_VALUES = ("asserted", "reported", "hypothetical", "negated", "future")
ENTITY_TYPES = ("Person", "Organization", "Country", "Place")
