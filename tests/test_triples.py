"""The document graph written for a hand-built Extraction follows docs/architecture.md."""
from __future__ import annotations

from datetime import date

import pytest
from pyoxigraph import Literal, NamedNode

from kg.model import (
    DateValue,
    Document,
    EntityFact,
    EventFact,
    Evidence,
    Extraction,
    MembershipFact,
    Mention,
    Quantity,
    Sentence,
    TreatyFact,
)
from kg.namespaces import CKG, DCTERMS, PROV, RDF, XSD, document_iri, org_iri, person_iri, state_iri, treaty_iri
from kg.triples import extraction_triples

TEXT = "Kenya asked Uganda for help. Uganda and Kenya signed a pact."
DOC = Document(document_iri(TEXT), "news/kenya.txt", TEXT, "Kenya asks", date(2024, 3, 2), "en")
KEN, UGA, EAC = state_iri("KEN"), state_iri("UGA"), org_iri("EAC")
RUTO = person_iri("William Ruto")
EVIDENCE = Evidence("Kenya asked Uganda for help.", 0, 28, "en.aid.request", 0.8)


def ckg(local: str) -> NamedNode:
    return NamedNode(CKG + local)


def typed(value: str, xsd: str) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + xsd))


@pytest.fixture(scope="module")
def graph() -> set[tuple]:
    events = [
        EventFact("AidRequest", {"requester": (RUTO, KEN), "addressee": (UGA,), "mediator": (EAC,)}, [EVIDENCE],
                  date=DateValue("2024-03-01", "day", "2024-03-02"), iri="urn:event:aid"),
        EventFact("War", {"participant": (KEN, UGA)}, [EVIDENCE], date=DateValue("1990", "decade", "1999"),
                  fatalities=Quantity(300, "about"), fatalities_side=KEN, troops=Quantity(50, "at least"),
                  modality="hypothetical", iri="urn:event:war"),
    ]
    extraction = Extraction(
        document=DOC,
        sentences=[Sentence(0, 0, 28, "Kenya asked Uganda for help.")],
        mentions=[Mention(0, 5, "Kenya", "State", KEN, 0, "gazetteer"), Mention(12, 18, "Uganda", "State", UGA, 0, "gazetteer")],
        entities=[EntityFact(RUTO, "Person", "William Ruto", "en", "president", KEN)],
        events=events,
        memberships=[MembershipFact(KEN, EAC, EVIDENCE)],
        treaties=[TreatyFact(treaty_iri("ken-uga-2024-treaty"), "pact", (KEN, UGA), EVIDENCE, DateValue("2024-03", "month"))],
    )
    return {(t.subject, t.predicate, t.object) for t in extraction_triples(extraction)}


def objects(graph: set[tuple], subject, predicate: str) -> set:
    return {o for s, p, o in graph if s == subject and p.value.endswith(predicate)}


def test_document_node(graph):
    doc = NamedNode(DOC.iri)
    assert (doc, NamedNode(RDF + "type"), ckg("Document")) in graph
    assert objects(graph, doc, "source") == {Literal("news/kenya.txt")}
    assert objects(graph, doc, "issued") == {typed("2024-03-02", "date")}
    assert objects(graph, doc, DCTERMS + "language") == {Literal("en")}
    assert objects(graph, doc, "identifier") == {Literal(DOC.iri.rsplit("/", 1)[-1])}
    # the linked mentions, and the treaty the document states even though no mention named it
    assert objects(graph, doc, "mentions") == {NamedNode(KEN), NamedNode(UGA), NamedNode(treaty_iri("ken-uga-2024-treaty"))}


def test_new_person_with_role_and_state(graph):
    person = NamedNode(RUTO)
    assert objects(graph, person, "label") == {Literal("William Ruto", language="en")}
    assert objects(graph, person, "represents") == {NamedNode(KEN)}
    assert objects(graph, person, "role") == {Literal("president")}


def test_every_actor_in_a_role_is_a_participant(graph):
    aid = NamedNode("urn:event:aid")
    assert objects(graph, aid, "participant") == {NamedNode(i) for i in (RUTO, KEN, UGA, EAC)}
    assert objects(graph, aid, "mediator") == {NamedNode(EAC)}
    assert objects(graph, aid, "modality") == {Literal("asserted")}


def test_dates_carry_their_precision(graph):
    aid, war = NamedNode("urn:event:aid"), NamedNode("urn:event:war")
    assert objects(graph, aid, "#date") == {typed("2024-03-01", "date")}
    assert objects(graph, aid, "endDate") == {typed("2024-03-02", "date")}
    assert objects(graph, war, "#date") == {typed("1990", "gYear")}
    assert objects(graph, war, "endDate") == {typed("1999", "gYear")}
    assert objects(graph, war, "datePrecision") == {Literal("decade")}


def test_numbers_and_modality(graph):
    war = NamedNode("urn:event:war")
    assert objects(graph, war, "fatalities") == {typed("300", "integer")}
    assert objects(graph, war, "fatalitiesQualifier") == {Literal("about")}
    assert objects(graph, war, "fatalitiesSide") == {NamedNode(KEN)}
    assert objects(graph, war, "#troops") == {typed("50", "integer")}
    assert objects(graph, war, "troopsQualifier") == {Literal("at least")}
    assert objects(graph, war, "modality") == {Literal("hypothetical")}


def test_evidence_nodes(graph):
    aid = NamedNode("urn:event:aid")
    (evidence,) = objects(graph, aid, "evidence")
    assert objects(graph, aid, "wasDerivedFrom") == {NamedNode(DOC.iri)}
    assert objects(graph, evidence, "sentence") == {Literal(EVIDENCE.sentence)}
    assert objects(graph, evidence, "charStart") == {typed("0", "integer")}
    assert objects(graph, evidence, "charEnd") == {typed("28", "integer")}
    assert objects(graph, evidence, "rule") == {Literal("en.aid.request")}
    assert objects(graph, evidence, "confidence") == {typed("0.8", "decimal")}
    assert objects(graph, evidence, PROV + "wasDerivedFrom") == {NamedNode(DOC.iri)}
    evidence_nodes = {s for s, p, o in graph if o == ckg("Evidence")}
    assert len(evidence_nodes) == 4  # two events, one membership, one treaty


def test_stated_membership_and_treaty(graph):
    assert (NamedNode(KEN), ckg("memberOf"), NamedNode(EAC)) in graph
    (membership,) = {s for s, p, o in graph if o == ckg("Membership")}
    assert objects(graph, membership, "member") == {NamedNode(KEN)}
    assert objects(graph, membership, "organization") == {NamedNode(EAC)}
    treaty = NamedNode(treaty_iri("ken-uga-2024-treaty"))
    assert {s for s, p, o in graph if p == ckg("partyTo") and o == treaty} == {NamedNode(KEN), NamedNode(UGA)}
    assert objects(graph, treaty, "signedOn") == {typed("2024-03", "gYearMonth")}
    assert objects(graph, treaty, "wasDerivedFrom") == {NamedNode(DOC.iri)}


def test_event_without_iri_is_refused():
    extraction = Extraction(DOC, [], events=[EventFact("War", {"participant": (KEN,)}, [EVIDENCE])])
    with pytest.raises(ValueError, match="no IRI"):
        extraction_triples(extraction)
