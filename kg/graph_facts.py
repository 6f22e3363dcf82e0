"""Read the facts of one document back from a store with SPARQL, for `kg eval`.

The scorer measures the whole flow (extract, link, triples, store), so it
looks only at what the graph holds, through the queries in kg/eval_queries/.
Event classes and their tree come from the ontology, not from a list here.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.gold import ROLES
from kg.namespaces import CKG, RDF, XSD, sparql_prefixes
from kg.ontology_terms import Ontology, ontology
from kg.store import Store

_QUERY_DIR = Path(__file__).resolve().parent / "eval_queries"
_PRECISION_OF_TYPE = {XSD + "date": "day", XSD + "gYearMonth": "month", XSD + "gYear": "year"}


@dataclass(frozen=True)
class DateFact:
    value: str
    precision: str


@dataclass(frozen=True)
class QuantityFact:
    value: int
    qualifier: str


@dataclass
class EventRecord:
    iri: str
    kind: str
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    date: DateFact | None = None
    fatalities: QuantityFact | None = None
    troops: QuantityFact | None = None
    modality: str = "asserted"
    evidence: tuple[EvidenceFact, ...] = ()  # in text order


@dataclass(frozen=True)
class EvidenceFact:
    """A sentence an event was read from, and the rule or lexicon entry that fired."""

    sentence: str
    start: int
    rule: str


@dataclass
class DocumentFacts:
    """What the graph says one document states."""

    doc: str
    entities: dict[str, str] = field(default_factory=dict)  # IRI -> most specific entity class
    labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    represents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    events: list[EventRecord] = field(default_factory=list)
    memberships: set[tuple[str, str]] = field(default_factory=set)
    treaties: set[str] = field(default_factory=set)


@cache
def load_query(name: str) -> str:
    return sparql_prefixes() + (_QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _rows(store: Store, name: str, doc: str | None = None) -> list[dict[str, ox.Term | None]]:
    bindings = {"doc": ox.NamedNode(doc)} if doc else None
    results = store.query(load_query(name), bindings)
    names = [v.value for v in results.variables]
    return [{n: solution[n] for n in names} for solution in results]


def find_document(store: Store, source: Path) -> str | None:
    """The document whose dcterms:source is this article (absolute, as given, or by name)."""
    wanted = {str(source), str(source.resolve()), source.name}
    matches = [r["doc"].value for r in _rows(store, "doc_by_source")
               if r["source"].value in wanted or Path(r["source"].value).name == source.name]
    return matches[-1] if matches else None


def read_document(store: Store, doc: str) -> DocumentFacts:
    facts = DocumentFacts(doc)
    onto = ontology()
    classes: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "doc_entities", doc):
        entity = row["entity"].value
        found = classes.setdefault(entity, set())  # an entity without a class is still mentioned
        if row["class"] is not None:
            found.add(row["class"].value)
        if row["label"] is not None:
            facts.labels[entity].add(row["label"].value)
    for entity, found in classes.items():
        best = onto.most_specific(found)
        facts.entities[entity] = best.removeprefix(CKG) if best else "Unknown"
    for row in _rows(store, "doc_persons", doc):
        person = row["person"].value
        if row["represents"] is not None:
            facts.represents[person].add(row["represents"].value)
        if row["role"] is not None:
            facts.roles[person].add(row["role"].value.lower())
    facts.events = _read_events(store, doc, onto)
    facts.memberships = {(r["member"].value, r["organization"].value) for r in _rows(store, "doc_memberships", doc)}
    facts.treaties = {r["treaty"].value for r in _rows(store, "doc_treaties", doc)}
    return facts


def _read_events(store: Store, doc: str, onto: Ontology) -> list[EventRecord]:
    values: dict[str, dict[str, list[ox.Term]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(store, "doc_events", doc):
        values[row["event"].value][row["property"].value].append(row["value"])
    events = []
    for iri, props in values.items():
        kinds = {t.value for t in props.get(RDF + "type", []) if onto.is_event_class(t.value)}
        kind = onto.most_specific(kinds)
        if kind:
            events.append(_event_record(iri, kind.removeprefix(CKG), props, values))
    return sorted(events, key=lambda e: e.iri)


def _event_record(iri: str, kind: str, props: dict[str, list[ox.Term]],
                  nodes: dict[str, dict[str, list[ox.Term]]]) -> EventRecord:
    event = EventRecord(iri, kind, evidence=_evidence(props, nodes))
    for role in ROLES:
        event.roles[role].update(t.value for t in props.get(CKG + role, []))
    event.date = _date(props)
    event.fatalities = _quantity(props, "fatalities")
    event.troops = _quantity(props, "troops")
    modality = props.get(CKG + "modality")
    if modality:
        event.modality = modality[0].value
    return event


def _evidence(props: dict[str, list[ox.Term]], nodes: dict[str, dict[str, list[ox.Term]]]) -> tuple[EvidenceFact, ...]:
    """The evidence nodes of an event (read by the same query: they too derive from the document)."""
    found = []
    for node in props.get(CKG + "evidence", []):
        fields = nodes.get(node.value, {})
        sentence, start, rule = (fields.get(CKG + name) for name in ("sentence", "charStart", "rule"))
        if sentence and start and rule:
            found.append(EvidenceFact(sentence[0].value, int(start[0].value), rule[0].value))
    return tuple(sorted(set(found), key=lambda e: (e.start, e.rule)))


def _date(props: dict[str, list[ox.Term]]) -> DateFact | None:
    dates = props.get(CKG + "date")
    if not dates:
        return None
    term = min(dates, key=lambda t: t.value)
    precision = props.get(CKG + "datePrecision")
    if precision:
        return DateFact(term.value, precision[0].value)
    datatype = term.datatype.value if isinstance(term, ox.Literal) else ""
    return DateFact(term.value, _PRECISION_OF_TYPE.get(datatype, {10: "day", 7: "month"}.get(len(term.value), "year")))


def _quantity(props: dict[str, list[ox.Term]], name: str) -> QuantityFact | None:
    values = props.get(CKG + name)
    if not values:
        return None
    try:
        value = int(values[0].value)
    except ValueError:
        return None
    qualifier = props.get(CKG + name + "Qualifier")
    return QuantityFact(value, qualifier[0].value if qualifier else "exact")


@dataclass(frozen=True)
class TreatyInfo:
    parties: frozenset[str]
    signed_on: DateFact | None


def treaty_index(store: Store) -> dict[str, TreatyInfo]:
    """Treaty IRI -> parties and signing date, for every treaty in the store (reference and documents)."""
    parties: dict[str, set[str]] = defaultdict(set)
    signed: dict[str, list[ox.Term]] = defaultdict(list)
    for row in _rows(store, "treaty_parties"):
        treaty = row["treaty"].value
        found = parties.setdefault(treaty, set())
        if row["party"] is not None:
            found.add(row["party"].value)
        if row["signed"] is not None:
            signed[treaty].append(row["signed"])
    return {t: TreatyInfo(frozenset(p), _date({CKG + "date": signed[t]})) for t, p in parties.items()}
