"""SHACL shapes (ontology/shapes.ttl): a good graph conforms, each kind of bad graph does not."""
from __future__ import annotations

import pytest
import rdflib
from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode, Quad
from rdflib import RDF, Literal, URIRef

from kg.namespaces import CKG, DCTERMS, ID, PROV, REFERENCE_GRAPH, XSD
from kg.ontology import validate_shapes
from kg.reference import reference_triples

GOOD = """
@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix doc: <https://w3id.org/conflict-kg/id/doc/> .
@prefix state: <https://w3id.org/conflict-kg/id/state/> .
@prefix org: <https://w3id.org/conflict-kg/id/org/> .
@prefix ev: <https://w3id.org/conflict-kg/id/evidence/> .
@prefix event: <https://w3id.org/conflict-kg/id/event/> .
@prefix ms: <https://w3id.org/conflict-kg/id/membership/> .
@prefix treaty: <https://w3id.org/conflict-kg/id/treaty/> .

doc:abc a ckg:Document ; dcterms:source "examples/clash.txt" ; dcterms:title "Border clash" ;
    dcterms:language "en" .
state:ARM a ckg:State ; ckg:isoCode "ARM" ; ckg:isoCode2 "AM" ; rdfs:label "Armenia"@en .
state:AZE a ckg:State ; ckg:isoCode "AZE" ; rdfs:label "Azerbaijan"@en .
state:RUS a ckg:State ; ckg:isoCode "RUS" ; rdfs:label "Russia"@en .
org:CSTO a ckg:Alliance ; rdfs:label "CSTO"@en .
ev:abc-1 a ckg:Evidence ; ckg:sentence "Armenia and Azerbaijan clashed; 49 soldiers died." ;
    ckg:charStart 0 ; ckg:charEnd 49 ; ckg:rule "en.events.clash" ; ckg:confidence 0.9 ;
    prov:wasDerivedFrom doc:abc .
event:armedclash-1 a ckg:ArmedClash ;
    ckg:participant state:ARM , state:AZE ;
    ckg:date "2022-09-13"^^xsd:date ; ckg:endDate "2022-09"^^xsd:gYearMonth ;
    ckg:fatalities 49 ; ckg:fatalitiesQualifier "at least" ; ckg:modality "asserted" ;
    prov:wasDerivedFrom doc:abc ; ckg:evidence ev:abc-1 .
event:aidrequest-1 a ckg:AidRequest ;
    ckg:requester state:ARM ; ckg:addressee state:RUS ; ckg:invokes treaty:t ;
    ckg:date "2022"^^xsd:gYear ; prov:wasDerivedFrom doc:abc ; ckg:evidence ev:abc-1 .
ms:ARM-CSTO-2002 a ckg:Membership ; ckg:member state:ARM ; ckg:organization org:CSTO ;
    ckg:startDate "2002-10-07"^^xsd:date ; ckg:status "active" ; dcterms:source <https://example.org/csto> .
treaty:t a ckg:Treaty ; rdfs:label "A treaty"@en ; ckg:signedOn "1997-08-29"^^xsd:date ;
    prov:wasDerivedFrom doc:abc .
"""

DOC = URIRef(ID + "doc/abc")
EVENT = URIRef(ID + "event/armedclash-1")
AID = URIRef(ID + "event/aidrequest-1")
EVIDENCE = URIRef(ID + "evidence/abc-1")
MEMBERSHIP = URIRef(ID + "membership/ARM-CSTO-2002")
TREATY = URIRef(ID + "treaty/t")
ARM = URIRef(ID + "state/ARM")


def ckg(local: str) -> URIRef:
    return URIRef(CKG + local)


@pytest.fixture
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=GOOD, format="turtle")


def test_good_graph_conforms(graph):
    report = validate_shapes(graph)
    assert report.conforms, report.text


def test_reference_graph_conforms():
    report = validate_shapes(reference_triples())
    assert report.conforms, report.text


def test_quads_in_named_graphs_are_validated_together(graph):
    # the event sits in a document graph, the states it names in the reference graph
    quads = [Quad(NamedNode(str(s)), NamedNode(str(p)), _oxi(o), NamedNode(REFERENCE_GRAPH)) for s, p, o in graph]
    assert validate_shapes(quads).conforms


def _oxi(term):
    if isinstance(term, URIRef):
        return NamedNode(str(term))
    return OxLiteral(str(term), datatype=NamedNode(str(term.datatype)) if term.datatype else None, language=term.language)


def _set(graph, subject, predicate, value):
    graph.remove((subject, predicate, None))
    if value is not None:
        graph.add((subject, predicate, value))


BAD_CASES = {
    "state without iso code": lambda g: _set(g, ARM, ckg("isoCode"), None),
    "state with two iso codes": lambda g: g.add((ARM, ckg("isoCode"), Literal("AMR"))),
    "state with a two-letter iso code": lambda g: _set(g, ARM, ckg("isoCode"), Literal("AM")),
    "event typed only ckg:Event": lambda g: _set(g, EVENT, RDF.type, ckg("Event")),
    "event without any actor": lambda g: _set(g, EVENT, ckg("participant"), None),
    "aid request without any actor": lambda g: (_set(g, AID, ckg("requester"), None),
                                                 _set(g, AID, ckg("addressee"), None)),
    "event without document": lambda g: _set(g, EVENT, URIRef(PROV + "wasDerivedFrom"), None),
    "event derived from an untyped node": lambda g: _set(g, EVENT, URIRef(PROV + "wasDerivedFrom"),
                                                         URIRef(ID + "doc/missing")),
    "event without evidence": lambda g: _set(g, EVENT, ckg("evidence"), None),
    "date as a plain string": lambda g: _set(g, EVENT, ckg("date"), Literal("13 September 2022")),
    "date as xsd:dateTime": lambda g: _set(g, EVENT, ckg("date"),
                                           Literal("2022-09-13T10:00:00", datatype=URIRef(XSD + "dateTime"))),
    "ill-formed xsd:date": lambda g: _set(g, EVENT, ckg("date"), Literal("2022-13-45", datatype=URIRef(XSD + "date"))),
    "endDate not a date": lambda g: _set(g, EVENT, ckg("endDate"), Literal(2022)),
    "negative fatalities": lambda g: _set(g, EVENT, ckg("fatalities"), Literal(-3)),
    "fatalities as a decimal": lambda g: _set(g, EVENT, ckg("fatalities"), Literal("4.5", datatype=URIRef(XSD + "decimal"))),
    "fatalities as a string": lambda g: _set(g, EVENT, ckg("fatalities"), Literal("49")),
    "negative troops": lambda g: _set(g, EVENT, ckg("troops"), Literal(-100)),
    "unknown qualifier": lambda g: _set(g, EVENT, ckg("fatalitiesQualifier"), Literal("roughly")),
    "unknown modality": lambda g: _set(g, EVENT, ckg("modality"), Literal("maybe")),
    "membership without source": lambda g: _set(g, MEMBERSHIP, URIRef(DCTERMS + "source"), None),
    "reference membership without status": lambda g: _set(g, MEMBERSHIP, ckg("status"), None),
    "membership with unknown status": lambda g: _set(g, MEMBERSHIP, ckg("status"), Literal("left")),
    "membership start not a date": lambda g: _set(g, MEMBERSHIP, ckg("startDate"), Literal("2002")),
    "membership organization not an organization": lambda g: _set(g, MEMBERSHIP, ckg("organization"), ARM),
    "treaty without source": lambda g: _set(g, TREATY, URIRef(PROV + "wasDerivedFrom"), None),
    "treaty signedOn not a date": lambda g: _set(g, TREATY, ckg("signedOn"), Literal("1997")),
    "document without source": lambda g: _set(g, DOC, URIRef(DCTERMS + "source"), None),
    "document without title": lambda g: _set(g, DOC, URIRef(DCTERMS + "title"), None),
    "document without language": lambda g: _set(g, DOC, URIRef(DCTERMS + "language"), None),
    "evidence end before start": lambda g: _set(g, EVIDENCE, ckg("charEnd"), Literal(0)),
    "evidence confidence above 1": lambda g: _set(g, EVIDENCE, ckg("confidence"),
                                                  Literal("1.5", datatype=URIRef(XSD + "decimal"))),
    "evidence without sentence": lambda g: _set(g, EVIDENCE, ckg("sentence"), None),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_graph_is_rejected(graph, case):
    BAD_CASES[case](graph)
    report = validate_shapes(graph)
    assert not report.conforms, case
    assert "Constraint Violation" in report.text


def test_membership_read_from_a_document_needs_no_status_or_dates(graph):
    stated = URIRef(ID + "membership/ARM-CSTO-stated-abc")
    for predicate, value in [(RDF.type, ckg("Membership")), (ckg("member"), ARM),
                             (ckg("organization"), URIRef(ID + "org/CSTO")),
                             (URIRef(PROV + "wasDerivedFrom"), DOC), (ckg("evidence"), EVIDENCE)]:
        graph.add((stated, predicate, value))
    report = validate_shapes(graph)
    assert report.conforms, report.text


def test_report_names_the_problem(graph):
    _set(graph, ARM, ckg("isoCode"), None)
    report = validate_shapes(graph)
    assert "exactly one ckg:isoCode" in report.text
    assert "Focus Node: state:ARM" in report.text
