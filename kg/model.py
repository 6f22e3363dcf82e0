"""Typed records passed between the pipeline stages (see docs/architecture.md).

ingest -> Document; segment -> Sentence; kg.dates -> DateValue;
kg.numbers -> Quantity; extract -> Mention, EventFact, MembershipFact,
TreatyFact, EntityFact gathered in an Extraction; triples -> quads.
All entity references in facts are canonical IRIs (strings) once linked.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Precision = Literal["day", "month", "year", "decade"]
Qualifier = Literal["exact", "about", "at least", "more than", "up to"]
Modality = Literal["asserted", "future", "hypothetical"]


@dataclass(frozen=True)
class Document:
    """One article. `text` is what offsets refer to: the file as read (txt),
    the extracted main text (html) or the `text` field (jsonl)."""

    iri: str
    source: str
    text: str
    title: str | None
    issued: date | datetime | None
    language: str  # "id", "en", or "und" when neither was recognised


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    is_chrome: bool = False  # page furniture: captions, "Baca juga", footers; yields no facts


@dataclass(frozen=True)
class DateValue:
    """A resolved date. `value` is ISO: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY';
    a decade is value '1990', end '1999', precision 'decade'."""

    value: str
    precision: Precision
    end: str | None = None

    @property
    def xsd_type(self) -> str:
        return {"day": "date", "month": "gYearMonth", "year": "gYear", "decade": "gYear"}[self.precision]


@dataclass(frozen=True)
class Quantity:
    value: int
    qualifier: Qualifier = "exact"


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int  # character offsets of the sentence in Document.text
    end: int
    rule: str  # id of the rule or lexicon entry that fired
    confidence: float


@dataclass(frozen=True)
class Mention:
    """A span naming an entity. `kind` is an ontology class local name
    (State, Organization, Alliance, ArmedGroup, Person, Place, Treaty)."""

    start: int
    end: int
    text: str
    kind: str
    entity: str  # canonical IRI
    sentence: int
    rule: str
    acts_as_actor: bool = True  # False for "di Brussel": a capital used as a place
    role: str | None = None  # persons: English role name, e.g. "prime minister"
    represents: str | None = None  # persons: IRI of the state or organization


@dataclass(frozen=True)
class EntityFact:
    """An entity the reference graph does not know (persons, places, treaties)."""

    iri: str
    kind: str
    label: str
    language: str
    role: str | None = None
    represents: str | None = None
    located_in: str | None = None


@dataclass
class EventFact:
    kind: str  # ontology class local name: ArmedClash, War, AidRequest, PhoneCall, ...
    roles: dict[str, tuple[str, ...]]  # property local name -> IRIs (participant, requester, ...)
    evidence: list[Evidence]
    date: DateValue | None = None
    fatalities: Quantity | None = None
    fatalities_side: str | None = None
    troops: Quantity | None = None
    modality: Modality = "asserted"
    iri: str | None = None  # set by kg.link


@dataclass(frozen=True)
class MembershipFact:
    member: str
    organization: str
    evidence: Evidence


@dataclass(frozen=True)
class TreatyFact:
    iri: str
    label: str
    parties: tuple[str, ...]
    evidence: Evidence
    signed_on: DateValue | None = None
    establishes: str | None = None


@dataclass
class Extraction:
    document: Document
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)
    entities: list[EntityFact] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    memberships: list[MembershipFact] = field(default_factory=list)
    treaties: list[TreatyFact] = field(default_factory=list)
