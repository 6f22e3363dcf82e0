"""Namespaces, graph names and the IRI scheme of conflict-kg (see docs/architecture.md)."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from pyoxigraph import NamedNode

CKG = "https://w3id.org/conflict-kg/ontology#"
ID = "https://w3id.org/conflict-kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"

PREFIXES = {
    "ckg": CKG,
    "ckgid": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "sem": SEM,
}

REFERENCE_GRAPH = ID + "graph/reference"
ONTOLOGY_GRAPH = ID + "graph/ontology"
INFERRED_GRAPH = ID + "graph/inferred"


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def ckg(local: str) -> NamedNode:
    return NamedNode(CKG + local)


def slugify(name: str) -> str:
    """ASCII-fold, lowercase and hyphenate a name: 'Volodymyr Zelensky' -> 'volodymyr-zelensky'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def state_iri(iso3: str) -> str:
    return f"{ID}state/{iso3.upper()}"


def org_iri(key: str) -> str:
    return f"{ID}org/{key}"


def treaty_iri(key: str) -> str:
    return f"{ID}treaty/{key}"


def person_iri(name: str) -> str:
    return f"{ID}person/{slugify(name)}"


def place_iri(name: str) -> str:
    return f"{ID}place/{slugify(name)}"


def membership_iri(member_key: str, org_key: str, start_year: str) -> str:
    return f"{ID}membership/{member_key}-{org_key}-{start_year}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def document_iri(text: str) -> str:
    return f"{ID}doc/{content_hash(text)}"


def evidence_iri(doc_hash: str, n: int) -> str:
    return f"{ID}evidence/{doc_hash}-{n}"


def event_iri(event_class: str, participants: list[str], date: str | None, modality: str = "asserted") -> str:
    """A stable IRI from what identifies the event. An event told as fact and
    the same one told as planned or hypothetical ("X attacked Y" and "if X
    attacked Y again") are two nodes, so the modality is part of the key."""
    key = "|".join([event_class, *sorted(participants), date or ""] + ([modality] if modality != "asserted" else []))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return f"{ID}event/{event_class.lower()}-{digest}"


def local_key(iri: str) -> str:
    """The last path segment of an instance IRI: 'id/state/ARM' -> 'ARM'."""
    return iri.rstrip("/").rsplit("/", 1)[-1]
