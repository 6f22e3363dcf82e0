"""An Extraction as RDF: the content of the document's named graph, with provenance.

Only what the document says goes here (docs/architecture.md, "Provenance"):
the Document node, what it mentions, the persons and places it introduces,
its events, the memberships and treaties it states, and an Evidence node
for each of those facts. Reference knowledge stays in the reference graph.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Triple

from kg.events.drafts import ROLE_ORDER
from kg.model import (
    DateValue,
    Document,
    EntityFact,
    EventFact,
    Evidence,
    Extraction,
    MembershipFact,
    Quantity,
    TreatyFact,
)
from kg.namespaces import DCTERMS, PROV, RDF, RDFS, XSD, ckg, content_hash, evidence_iri, local_key, membership_iri

_TYPE = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")
_DERIVED = NamedNode(PROV + "wasDerivedFrom")
_ACTOR_ROLES = ("participant", "requester", "addressee", "agent", "organization", "mediator")


def _xsd(name: str) -> NamedNode:
    return NamedNode(XSD + name)


def _date_literal(value: DateValue, end: bool = False) -> Literal:
    text = value.end if end and value.end else value.value
    if value.precision == "day" and len(text) == 10:
        return Literal(text, datatype=_xsd("date"))
    return Literal(text, datatype=_xsd({7: "gYearMonth", 4: "gYear"}.get(len(text), value.xsd_type)))


def _issued(issued: date | datetime) -> Literal:
    if isinstance(issued, datetime):
        return Literal(issued.isoformat(), datatype=_xsd("dateTime"))
    return Literal(issued.isoformat(), datatype=_xsd("date"))


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=_xsd("integer"))


class _Writer:
    """Collects the triples of one document graph and numbers its Evidence nodes."""

    def __init__(self, doc: Document) -> None:
        self.doc = NamedNode(doc.iri)
        self.doc_hash = local_key(doc.iri) or content_hash(doc.text)
        self.triples: list[Triple] = []
        self._evidence_count = 0

    def add(self, subject: NamedNode, predicate: NamedNode, obj: NamedNode | Literal) -> None:
        self.triples.append(Triple(subject, predicate, obj))

    def provenance(self, node: NamedNode, evidence: list[Evidence]) -> None:
        self.add(node, _DERIVED, self.doc)
        for item in evidence:
            self._evidence_count += 1
            ev = NamedNode(evidence_iri(self.doc_hash, self._evidence_count))
            self.add(node, ckg("evidence"), ev)
            self.add(ev, _TYPE, ckg("Evidence"))
            self.add(ev, ckg("sentence"), Literal(item.sentence))
            self.add(ev, ckg("charStart"), _integer(item.start))
            self.add(ev, ckg("charEnd"), _integer(item.end))
            self.add(ev, ckg("rule"), Literal(item.rule))
            self.add(ev, ckg("confidence"), Literal(str(Decimal(str(item.confidence))), datatype=_xsd("decimal")))
            self.add(ev, _DERIVED, self.doc)


def _document(w: _Writer, doc: Document) -> None:
    w.add(w.doc, _TYPE, ckg("Document"))
    w.add(w.doc, _TYPE, NamedNode(PROV + "Entity"))
    w.add(w.doc, NamedNode(DCTERMS + "source"), Literal(doc.source))
    if doc.title:
        w.add(w.doc, NamedNode(DCTERMS + "title"), Literal(doc.title))
    if doc.issued:
        w.add(w.doc, NamedNode(DCTERMS + "issued"), _issued(doc.issued))
    w.add(w.doc, NamedNode(DCTERMS + "language"), Literal(doc.language))
    w.add(w.doc, NamedNode(DCTERMS + "identifier"), Literal(w.doc_hash))


def _entity(w: _Writer, entity: EntityFact) -> None:
    node = NamedNode(entity.iri)
    w.add(node, _TYPE, ckg(entity.kind))
    w.add(node, _LABEL, Literal(entity.label, language=entity.language))
    if entity.represents:
        w.add(node, ckg("represents"), NamedNode(entity.represents))
    if entity.role:
        w.add(node, ckg("role"), Literal(entity.role))
    if entity.located_in:
        w.add(node, ckg("locatedIn"), NamedNode(entity.located_in))


def _quantity(w: _Writer, node: NamedNode, name: str, quantity: Quantity | None) -> None:
    if quantity is not None:
        w.add(node, ckg(name), _integer(quantity.value))
        w.add(node, ckg(name + "Qualifier"), Literal(quantity.qualifier))


def _event_date(w: _Writer, node: NamedNode, value: DateValue | None) -> None:
    if value is None:
        return
    w.add(node, ckg("date"), _date_literal(value))
    if value.end and value.end != value.value:
        w.add(node, ckg("endDate"), _date_literal(value, end=True))
    if value.precision == "decade":
        w.add(node, ckg("datePrecision"), Literal("decade"))


def _event(w: _Writer, event: EventFact) -> None:
    if event.iri is None:
        raise ValueError(f"event {event.kind} has no IRI: run kg.link.link_events first")
    node = NamedNode(event.iri)
    w.add(node, _TYPE, ckg(event.kind))
    participants: list[str] = []
    for role in ROLE_ORDER:
        for iri in event.roles.get(role, ()):
            w.add(node, ckg(role), NamedNode(iri))
            if role in _ACTOR_ROLES and iri not in participants:
                participants.append(iri)
    for iri in participants:
        if iri not in event.roles.get("participant", ()):
            w.add(node, ckg("participant"), NamedNode(iri))
    _event_date(w, node, event.date)
    _quantity(w, node, "fatalities", event.fatalities)
    if event.fatalities_side:
        w.add(node, ckg("fatalitiesSide"), NamedNode(event.fatalities_side))
    _quantity(w, node, "troops", event.troops)
    w.add(node, ckg("modality"), Literal(event.modality))
    w.provenance(node, event.evidence)


def _membership(w: _Writer, fact: MembershipFact) -> None:
    key = f"stated-{w.doc_hash}"
    node = NamedNode(membership_iri(local_key(fact.member), local_key(fact.organization), key))
    w.add(NamedNode(fact.member), ckg("memberOf"), NamedNode(fact.organization))
    w.add(node, _TYPE, ckg("Membership"))
    w.add(node, ckg("member"), NamedNode(fact.member))
    w.add(node, ckg("organization"), NamedNode(fact.organization))
    w.provenance(node, [fact.evidence])


def _treaty(w: _Writer, fact: TreatyFact) -> None:
    """A treaty the document states, named or not ("the peace deal they signed"), is one it mentions."""
    node = NamedNode(fact.iri)
    w.add(w.doc, ckg("mentions"), node)
    w.add(node, _TYPE, ckg("Treaty"))
    w.add(node, _LABEL, Literal(fact.label))
    for party in fact.parties:
        w.add(NamedNode(party), ckg("partyTo"), node)
    if fact.signed_on:
        w.add(node, ckg("signedOn"), _date_literal(fact.signed_on))
    if fact.establishes:
        w.add(node, ckg("establishes"), NamedNode(fact.establishes))
    w.provenance(node, [fact.evidence])


def _unique(triples: list[Triple]) -> Iterator[Triple]:
    seen: set[Triple] = set()
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            yield triple


def extraction_triples(extraction: Extraction) -> list[Triple]:
    """The triples of the document's named graph (docs/architecture.md)."""
    w = _Writer(extraction.document)
    _document(w, extraction.document)
    for entity in dict.fromkeys(m.entity for m in extraction.mentions):
        w.add(w.doc, ckg("mentions"), NamedNode(entity))
    for entity in extraction.entities:
        _entity(w, entity)
    for event in extraction.events:
        _event(w, event)
    for membership in extraction.memberships:
        _membership(w, membership)
    for treaty in extraction.treaties:
        _treaty(w, treaty)
    return list(_unique(w.triples))
