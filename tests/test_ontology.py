"""The OWL ontology (ontology/conflict.ttl): terms, labels, event codes and HermiT consistency."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Triple
from rdflib import OWL, RDF, RDFS, URIRef

from kg.namespaces import CKG, PROV, SEM, ID, XSD
from kg.errors import InputError
from kg.ontology import check_consistency, ontology_path, ontology_triples, read_turtle
from kg.reference import reference_triples

COARSE_MAP = Path(__file__).resolve().parents[2] / "shared" / "eval" / "cameo_1.1b3_codes_coarse_map.json"

CLASSES = """Actor State Organization Alliance ArmedGroup Person Place Treaty Document Membership
Evidence Event ArmedClash War Ceasefire AidRequest Talks PhoneCall Deployment TreatySigning
MembershipChange Accession Withdrawal Suspension""".split()
OBJECT_PROPERTIES = """memberOf partyTo establishes participant requester addressee invokes mediator agent
organization location treaty locatedIn represents mentions capital seatOfGovernment fatalitiesSide
member evidence""".split()
DATATYPE_PROPERTIES = """date endDate startDate signedOn fatalities fatalitiesQualifier troops troopsQualifier
modality datePrecision isoCode isoCode2 role status sentence charStart charEnd rule confidence""".split()
ROLES = "requester addressee mediator agent".split()


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def ckg(local: str) -> URIRef:
    return URIRef(CKG + local)


def _labels(onto, term) -> set[str]:
    return {label.language for label in onto.objects(term, RDFS.label)}


def test_pyoxigraph_and_rdflib_read_the_same_triples(onto):
    assert len(ontology_triples()) == len(onto)


@pytest.mark.parametrize("local", CLASSES)
def test_class_is_declared_with_labels_and_comment(onto, local):
    term = ckg(local)
    assert (term, RDF.type, OWL.Class) in onto
    assert _labels(onto, term) == {"en", "id"}
    assert {c.language for c in onto.objects(term, RDFS.comment)} == {"en", "id"}


@pytest.mark.parametrize(("local", "kind"), [(p, OWL.ObjectProperty) for p in OBJECT_PROPERTIES]
                         + [(p, OWL.DatatypeProperty) for p in DATATYPE_PROPERTIES])
def test_property_is_declared_with_labels(onto, local, kind):
    term = ckg(local)
    assert (term, RDF.type, kind) in onto
    assert _labels(onto, term) == {"en", "id"}
    assert {c.language for c in onto.objects(term, RDFS.comment)} == {"en", "id"}


@pytest.mark.parametrize("role", ROLES)
def test_roles_are_participants(onto, role):
    assert (ckg(role), RDFS.subPropertyOf, ckg("participant")) in onto


def test_class_hierarchy_and_alignment(onto):
    expected = [("Alliance", "Organization"), ("ArmedGroup", "Organization"), ("PhoneCall", "Talks"),
                ("Accession", "MembershipChange"), ("State", "Actor"), ("ArmedClash", "Event")]
    for sub, sup in expected:
        assert (ckg(sub), RDFS.subClassOf, ckg(sup)) in onto
    assert (ckg("Event"), RDFS.subClassOf, URIRef(SEM + "Event")) in onto
    assert (ckg("Actor"), RDFS.subClassOf, URIRef(SEM + "Actor")) in onto
    assert (ckg("Place"), RDFS.subClassOf, URIRef(SEM + "Place")) in onto
    assert (ckg("Document"), RDFS.subClassOf, URIRef(PROV + "Entity")) in onto
    assert (ckg("Evidence"), RDFS.subClassOf, URIRef(PROV + "Entity")) in onto


@pytest.mark.parametrize("local", ["organization", "endDate"])
def test_shared_properties_have_union_domains(onto, local):
    (domain,) = onto.objects(ckg(local), RDFS.domain)
    assert isinstance(domain, rdflib.BNode)
    assert (domain, OWL.unionOf, None) in onto


def _event_classes(onto) -> list[URIRef]:
    event = ckg("Event")
    return [c for c in set(onto.subjects(RDFS.subClassOf, None))
            if c != event and event in onto.transitive_objects(c, RDFS.subClassOf)]


def test_every_event_class_has_a_coarse_class(onto):
    classes = _event_classes(onto)
    assert len(classes) >= 13
    for cls in classes:
        assert list(onto.objects(cls, ckg("coarseClass"))), cls


@pytest.mark.skipif(not COARSE_MAP.is_file(), reason="the shared CAMEO map is not beside the checkout")
def test_cameo_codes_agree_with_the_coarse_map(onto):
    codes = {entry["code"]: entry["coarse_class"] for entry in json.loads(COARSE_MAP.read_text())["codes"]}
    coarse_classes = set(codes.values())
    checked = 0
    for cls in _event_classes(onto):
        (coarse,) = [str(v) for v in onto.objects(cls, ckg("coarseClass"))]
        assert coarse in coarse_classes, cls
        for code in onto.objects(cls, ckg("cameoCode")):
            assert codes[str(code)] == coarse, (cls, code)
            checked += 1
    assert checked >= 20


def test_key_cameo_and_plover_codes(onto):
    def values(cls, prop):
        return {str(v) for v in onto.objects(ckg(cls), ckg(prop))}

    assert "0232" in values("AidRequest", "cameoCode") and values("AidRequest", "ploverCategory") == {"REQUEST"}
    assert values("PhoneCall", "cameoCode") == {"041"}
    assert "0871" in values("Ceasefire", "cameoCode")
    assert values("TreatySigning", "cameoCode") == {"057"}
    assert values("ArmedClash", "coarseClass") == {"FIGHT"}


# --- HermiT ---------------------------------------------------------------------

STATE_ARM = NamedNode(ID + "state/ARM")
TYPE = NamedNode(str(RDF.type))


def _t(subject: str, predicate: str, obj) -> Triple:
    return Triple(NamedNode(subject), NamedNode(predicate), obj)


def test_ontology_and_reference_data_are_consistent():
    report = check_consistency(reference_triples())
    assert report.consistent, report.message


def test_good_event_data_is_consistent():
    event = ID + "event/armedclash-1"
    data = [
        _t(event, str(RDF.type), NamedNode(CKG + "ArmedClash")),
        _t(event, CKG + "participant", STATE_ARM),
        _t(event, CKG + "location", NamedNode(ID + "state/AZE")),  # a state as location is allowed
        _t(event, CKG + "date", Literal("2022-09-13", datatype=NamedNode(XSD + "date"))),
        _t(event, CKG + "fatalities", Literal("49", datatype=NamedNode(XSD + "integer"))),
        _t(ID + "state/AZE", str(RDF.type), NamedNode(CKG + "State")),
    ]
    assert check_consistency(data).consistent


BAD = {
    "state that is also a person": [Triple(STATE_ARM, TYPE, NamedNode(CKG + "Person"))],
    "state with two iso codes": [_t(STATE_ARM.value, CKG + "isoCode", Literal("AMR"))],
    "negative fatalities": [_t(ID + "event/e", CKG + "fatalities", Literal("-3", datatype=NamedNode(XSD + "integer")))],
    "membership used as an event": [_t(ID + "membership/m", str(RDF.type), NamedNode(CKG + "Membership")),
                                    _t(ID + "membership/m", CKG + "participant", STATE_ARM)],
}


def _with_arm(triples: list[Triple]) -> list[Triple]:
    return [Triple(STATE_ARM, TYPE, NamedNode(CKG + "State")), _t(STATE_ARM.value, CKG + "isoCode", Literal("ARM")),
            *triples]


@pytest.mark.parametrize("case", sorted(BAD))
def test_inconsistent_data_is_found(case):
    report = check_consistency(_with_arm(BAD[case]), explain=False)
    assert not report.consistent
    assert report.message.startswith("inconsistent with the ontology")


@pytest.mark.parametrize("case", ["state that is also a person", "membership used as an event"])
def test_inconsistency_names_the_subject(case):
    # other, harmless subjects beside the culprit are narrowed away
    harmless = [_t(ID + f"state/X{n}", str(RDF.type), NamedNode(CKG + "State")) for n in range(5)]
    report = check_consistency([*harmless, *_with_arm(BAD[case])])
    assert not report.consistent
    culprit = BAD[case][0].subject.value
    assert culprit in report.message
    assert "state/X0" not in report.message


def test_unparsable_turtle_is_named(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text("@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\nckg:State a ", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_turtle(path)
    assert str(path) in str(error.value) and "cannot parse Turtle" in str(error.value)
