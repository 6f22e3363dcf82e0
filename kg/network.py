"""Project the knowledge graph onto a networkx graph of actors, and export it.

`project` turns the store's RDF facts into a `networkx.MultiDiGraph` whose
nodes are states, organizations, alliances, armed groups, treaties and
(optionally) persons, and whose edges are memberships, treaty parties and the
relations events create (clashes, wars, aid requests, talks, mediation,
ceasefires). Parallel edges of different types are kept apart (the edge key
is the type); each edge carries the facts behind it, down to the source
sentence. The SPARQL lives in `kg/view_assets/*.rq`, the class-to-edge
mapping in `kg/view_assets/style.toml`.

Edge attributes: type, label, directed, layer, layers, events, fatalities,
weight, start, end (ISO days bounding the facts' dates), event_iris, invokes
and facts (a list of dicts: iri, class, date, end_date, fatalities, qualifier,
modality, reported (issue date of the first source), status, source, invokes,
documents[{doc, title, date, sentence}]). An undated event's start and end are
its report date.
Node attributes: type, label, iso, role, represents, date, layer, iri, events.
"""
from __future__ import annotations

import calendar
import json
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
from pyoxigraph import Literal, NamedNode

from kg.errors import InputError
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, local_key, sparql_prefixes, state_iri
from kg.store import Store

ASSETS = Path(__file__).resolve().parent / "view_assets"
KINDS = ("alliances", "conflict", "all")
FORMATS = ("graphml", "gexf", "cytoscape")
ACTOR_TYPES = ("State", "Organization", "Alliance", "ArmedGroup", "Person")
LAYER_RANK = {"extracted": 0, "inferred": 1, "reference": 2}  # edges: strongest first
NODE_LAYER_ORDER = ("reference", "extracted", "inferred")
LABEL_LANGUAGES = ("en", "id", "")
EXCLUDED_MODALITIES = {"hypothetical"}
_FOCUS_ISO3 = re.compile(r"[A-Za-z]{3}")
_ISO_DATE = re.compile(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?")


@cache
def style() -> dict[str, Any]:
    """The view's style and class mapping (kg/view_assets/style.toml)."""
    with (ASSETS / "style.toml").open("rb") as handle:
        return tomllib.load(handle)


def edge_types() -> dict[str, dict[str, Any]]:
    return {entry["type"]: entry for entry in style()["edge_types"]}


def node_types() -> dict[str, dict[str, Any]]:
    return {entry["type"]: entry for entry in style()["node_types"]}


# ---------------------------------------------------------------- dates


def date_bounds(value: str) -> tuple[str, str]:
    """First and last ISO day of an xsd date, gYearMonth, gYear or dateTime value."""
    match = _ISO_DATE.fullmatch(value.strip())
    if not match:
        raise ValueError(f"not an ISO date: {value!r}")
    year, month, day = match.groups()
    if day:
        date.fromisoformat(f"{year}-{month}-{day}")  # rejects 2022-13-40
        return (f"{year}-{month}-{day}",) * 2
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def _user_date(option: str, value: str | date | None) -> tuple[str, str] | None:
    if value is None:
        return None
    try:
        return date_bounds(value.isoformat() if isinstance(value, date) else value)
    except ValueError:
        raise InputError(f"{option}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None


@dataclass(frozen=True)
class Window:
    """The date filter: `as_of` a day in time, `since`/`until` a range (ISO day bounds)."""

    as_of: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def from_args(cls, as_of: Any = None, since: Any = None, until: Any = None) -> "Window":
        as_of_b, since_b, until_b = (
            _user_date("--as-of", as_of), _user_date("--since", since), _user_date("--until", until))
        window = cls(as_of_b and as_of_b[1], since_b and since_b[0], until_b and until_b[1])
        if window.since and window.until and window.since > window.until:
            raise InputError(f"--since {since} is after --until {until}")
        return window

    @property
    def is_open(self) -> bool:
        return not (self.as_of or self.since or self.until)

    def admits_event(self, start: str | None, end: str | None) -> bool:
        """Dated events inside the window; undated events only when there is no window."""
        if start is None:
            return self.is_open
        end = end or start
        return not (
            (self.since and end < self.since)
            or (self.until and start > self.until)
            or (self.as_of and start > self.as_of)
        )

    def admits_membership(self, start: str | None, end: str | None) -> bool:
        """Active on `as_of`; else overlapping since/until; else current (no end)."""
        begin = start or "0000-01-01"
        if self.as_of:
            return begin <= self.as_of and (end is None or end > self.as_of)
        if self.since or self.until:
            return (end is None or not self.since or end >= self.since) and (
                not self.until or begin <= self.until)
        return end is None

    def admits_treaty(self, signed: str | None) -> bool:
        limit = self.as_of or self.until
        return signed is None or limit is None or signed <= limit


# ---------------------------------------------------------------- reading the store


def _python(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype.value.endswith("#integer"):
        return int(term.value)
    return term.value


def _select(store: Store, name: str, bindings: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Run kg/view_assets/<name>.rq and yield each solution as {variable: python value}."""
    query = sparql_prefixes() + (ASSETS / f"{name}.rq").read_text(encoding="utf-8")
    solutions = store.query(query, bindings)
    names = [variable.value for variable in solutions.variables]
    for solution in solutions:
        yield {var: _python(solution[var]) for var in names}


def term_name(iri: str) -> str:
    """The local name of an ontology term: '...ontology#ArmedClash' -> 'ArmedClash'."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def layer_of(graph_iri: str | None) -> str:
    if graph_iri in (REFERENCE_GRAPH, ONTOLOGY_GRAPH):
        return "reference"
    if graph_iri == INFERRED_GRAPH:
        return "inferred"
    return "extracted"


@dataclass
class Entity:
    iri: str
    types: set[str] = field(default_factory=set)
    layers: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)  # language -> label
    iso: str = ""
    role: str = ""
    represents: str = ""
    signed: str = ""

    @property
    def type(self) -> str:
        return next(t for t in node_types() if t in self.types)

    @property
    def label(self) -> str:
        for language in LABEL_LANGUAGES:
            if language in self.labels:
                return self.labels[language]
        return next(iter(self.labels.values()), local_key(self.iri))

    @property
    def layer(self) -> str:
        """Nodes are background when the reference graph knows them."""
        return next(layer for layer in NODE_LAYER_ORDER if layer in self.layers)


@dataclass
class Facts:
    """Everything the projection reads from the store, grouped for lookup."""

    entities: dict[str, Entity]
    documents: dict[str, dict[str, str]]
    evidence: dict[str, list[dict[str, str]]]
    memberships: list[dict[str, Any]]
    member_of: list[dict[str, Any]]
    treaty_links: list[dict[str, Any]]
    events: dict[str, dict[str, Any]]
    roles: dict[str, dict[str, list[str]]]


def _load_entities(store: Store) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for row in _select(store, "entities"):
        entity = entities.setdefault(row["entity"], Entity(row["entity"]))
        entity.types.add(term_name(row["type"]))
        entity.layers.add(layer_of(row["g"]))
    for row in _select(store, "entity-details"):
        entity = entities.get(row["entity"])
        if entity is None:  # typed only in the default graph, which has no layer
            continue
        if row["label"] is not None:
            entity.labels.setdefault(row["lang"] or "", row["label"])
        entity.iso = row["iso"] or entity.iso
        entity.role = row["role"] or entity.role
        entity.represents = row["represents"] or entity.represents
        entity.signed = row["signed"] or entity.signed
    return entities


def load_facts(store: Store) -> Facts:
    documents = {
        row["doc"]: {"title": row["title"] or "", "date": row["issued"] or ""}
        for row in _select(store, "documents")
    }
    evidence: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _select(store, "evidence"):  # ordered by document and position in it
        doc = documents.get(row["doc"], {})
        item = {"doc": row["doc"] or "", "title": doc.get("title", ""),
                "date": doc.get("date", ""), "sentence": row["sentence"] or ""}
        if item not in evidence[row["fact"]]:
            evidence[row["fact"]].append(item)
    events: dict[str, dict[str, Any]] = {}
    for row in _select(store, "events"):
        event = events.setdefault(row["event"], {**row, "classes": set(), "graphs": set()})
        event["classes"].add(term_name(row["class"]))
        event["graphs"].add(row["g"])
    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _select(store, "roles"):
        role = term_name(row["role"])
        if row["actor"] not in roles[row["event"]][role]:
            roles[row["event"]][role].append(row["actor"])
    return Facts(
        entities=_load_entities(store), documents=documents, evidence=dict(evidence),
        memberships=list(_select(store, "memberships")), member_of=list(_select(store, "member-of")),
        treaty_links=list(_select(store, "treaties")), events=events, roles=roles)


# ---------------------------------------------------------------- building the graph


def _safe_bounds(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Day bounds of a fact's date range; (None, None) when undated or malformed."""
    try:
        return (date_bounds(start)[0], date_bounds(end or start)[1]) if start else (None, None)
    except ValueError:
        return None, None


def _event_pairs(edge_type: str, roles: dict[str, list[str]]) -> Iterator[tuple[str, str, str]]:
    """The (source, target, edge type) pairs one event creates; mediators mediate, not fight."""
    mediators = roles.get("mediator", [])
    sides = [actor for actor in roles.get("participant", []) if actor not in mediators]
    if edge_type == "aid_request":
        yield from ((asker, asked, edge_type)
                    for asker in roles.get("requester", []) for asked in roles.get("addressee", []))
    else:
        yield from ((a, b, edge_type) for a, b in combinations(sides, 2))
    yield from ((mediator, side, "mediation") for mediator in mediators for side in sides)


class _Builder:
    """Adds nodes and typed, aggregated edges to a MultiDiGraph."""

    def __init__(self, facts: Facts, window: Window, persons: bool) -> None:
        self.facts, self.window, self.persons = facts, window, persons
        self.graph = nx.MultiDiGraph()
        self.types = edge_types()

    def node(self, iri: str) -> bool:
        entity = self.facts.entities.get(iri)
        if entity is None:
            return False
        if iri not in self.graph:
            self.graph.add_node(
                iri, type=entity.type, label=entity.label, iso=entity.iso, role=entity.role,
                represents=entity.represents, date=entity.signed, layer=entity.layer, iri=iri, events=0)
        return True

    def edge(self, source: str, target: str, edge_type: str, layer: str, fact: dict[str, Any]) -> None:
        spec = self.types[edge_type]
        if source == target or not (self.node(source) and self.node(target)):
            return
        if not spec["directed"]:
            source, target = sorted((source, target))
        if not self.graph.has_edge(source, target, edge_type):
            self.graph.add_edge(source, target, key=edge_type, type=edge_type, label=spec["label"],
                                directed=spec["directed"], layers=[], facts=[])
        data = self.graph.edges[source, target, edge_type]
        if layer not in data["layers"]:
            data["layers"].append(layer)
        if (fact["iri"], fact["graph"]) not in {(f["iri"], f["graph"]) for f in data["facts"]}:
            data["facts"].append(fact)

    def fact(self, iri: str, cls: str, when: str | None = None, until: str | None = None,
             graph: str = "", **details: Any) -> dict[str, Any]:
        """One fact behind an edge. Events last from date to endDate; memberships
        and treaties hold from their start until their end (open when absent)."""
        start, end = _safe_bounds(when, until)
        if not details.get("event") and not until:
            end = None
        return {"iri": iri, "class": cls, "date": when or "", "end_date": until or "",
                "start": start or "", "end": end or "", "graph": graph,
                "documents": self.facts.evidence.get(iri, []), **details}

    def actors(self, iris: list[str]) -> list[str]:
        """Actors among `iris`; persons stand for the state they represent unless shown."""
        found: list[str] = []
        for iri in iris:
            entity = self.facts.entities.get(iri)
            if entity and entity.type == "Person" and not self.persons:
                entity = self.facts.entities.get(entity.represents)
            if entity and entity.type in ACTOR_TYPES and entity.iri not in found:
                found.append(entity.iri)
        return found

    # -- alliances

    def add_memberships(self) -> None:
        periods: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in self.facts.memberships:
            periods[(row["member"], row["org"])].append(row)
            start, _ = _safe_bounds(row["start"], None)
            end, _ = _safe_bounds(row["end"], None)
            if self.window.admits_membership(start, end):
                self.edge(row["member"], row["org"], "membership", layer_of(row["g"]), self.fact(
                    row["membership"], "Membership", row["start"], row["end"],
                    status=row["status"] or "", source=row["source"] or ""))
        for row in self.facts.member_of:
            pair = (row["member"], row["org"])
            if pair in periods and not self.graph.has_edge(*pair, "membership"):
                continue  # its periods say it does not hold in this window
            documents = [self._document(row["g"])] if row["g"] in self.facts.documents else []
            fact = self.fact("", "memberOf", graph=row["g"]) | {"documents": documents}
            self.edge(*pair, "membership", layer_of(row["g"]), fact)

    def _document(self, doc: str) -> dict[str, str]:
        return {"doc": doc, **self.facts.documents[doc], "sentence": ""}

    def add_treaties(self) -> None:
        for row in self.facts.treaty_links:
            party_link = term_name(row["predicate"]) == "partyTo"
            treaty = row["object"] if party_link else row["subject"]
            entity = self.facts.entities.get(treaty)
            signed = entity.signed if entity else ""
            if not self.window.admits_treaty(_safe_bounds(signed, None)[0]):
                continue
            source = (self.actors([row["subject"]]) or [row["subject"]])[0]
            self.edge(source, row["object"], "treaty_party" if party_link else "establishes",
                      layer_of(row["g"]), self.fact(treaty, "Treaty", signed or None))

    # -- conflict

    def add_events(self) -> None:
        by_class = {cls: spec["type"] for spec in self.types.values() for cls in spec.get("classes", [])}
        for iri, event in self.facts.events.items():
            cls = next((c for c in by_class if c in event["classes"]), None)
            if cls is None or event["modality"] in EXCLUDED_MODALITIES:
                continue
            reported = self._reported(iri)
            if not self.window.admits_event(*_safe_bounds(event["date"] or reported, event["end"])):
                continue
            roles = {role: self.actors(iris) for role, iris in self.facts.roles.get(iri, {}).items()}
            treaties = self.facts.roles.get(iri, {}).get("invokes", [])
            fact = self.fact(
                iri, cls, event["date"], event["end"], event=True,
                fatalities=event["fatalities"], qualifier=event["qualifier"] or "",
                modality=event["modality"] or "", reported=reported or "",
                invokes=[{"iri": t, "label": self._label(t)} for t in treaties])
            if not event["date"] and reported:
                fact["start"], fact["end"] = _safe_bounds(reported, None)
            layer = min((layer_of(g) for g in event["graphs"]), key=LAYER_RANK.__getitem__)
            for source, target, edge_type in _event_pairs(by_class[cls], roles):
                self.edge(source, target, edge_type, layer, fact)

    def _reported(self, iri: str) -> str | None:
        """The first issue date of the documents behind a fact. An undated event
        is placed there for date filters: it had happened when it was reported."""
        return min((doc["date"][:10] for doc in self.facts.evidence.get(iri, []) if doc["date"]), default=None)

    def _label(self, iri: str) -> str:
        entity = self.facts.entities.get(iri)
        return entity.label if entity else local_key(iri)

    def add_represents(self) -> None:
        for iri, data in list(self.graph.nodes(data=True)):
            entity = self.facts.entities[iri]
            if data["type"] == "Person" and entity.represents:
                self.edge(iri, entity.represents, "represents", entity.layer, self.fact(iri, "Person"))

    def finish(self) -> nx.MultiDiGraph:
        """Aggregate each edge's facts into its summary attributes and count events per node."""
        events_at: dict[str, set[str]] = defaultdict(set)
        for source, target, data in self.graph.edges(data=True):
            _summarise(data)
            for iri in data["event_iris"]:
                events_at[source].add(iri)
                events_at[target].add(iri)
        for node, iris in events_at.items():
            self.graph.nodes[node]["events"] = len(iris)
        return self.graph


def _summarise(data: dict[str, Any]) -> None:
    facts = data["facts"]
    events = [f for f in facts if f.get("event")]
    starts = [f["start"] for f in facts if f["start"]]
    ends = [f["end"] for f in facts if f["start"]]
    data.update(
        layer=min(data["layers"], key=LAYER_RANK.__getitem__),
        events=len(events),
        fatalities=sum(f["fatalities"] or 0 for f in events),
        weight=max(1, len(events)),
        start=min(starts, default=""),
        end="" if "" in ends else max(ends, default=""),
        event_iris=[f["iri"] for f in events],
        invokes=sorted({t["iri"] for f in events for t in f["invokes"]}),
    )


# ---------------------------------------------------------------- public API


def project(
    store: Store,
    kind: str = "alliances",
    focus: str | None = None,
    depth: int | None = None,
    as_of: str | date | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    persons: bool = False,
) -> nx.MultiDiGraph:
    """The actor network of `kind` (alliances | conflict | all), optionally the
    ego graph of `focus` (ISO3 code or IRI) up to `depth` hops (default 1)."""
    if kind not in KINDS:
        raise InputError(f"--kind: '{kind}' is not one of {', '.join(KINDS)}")
    if depth is not None and (focus is None or depth < 0):
        raise InputError("--depth needs --focus and a number >= 0")
    builder = _Builder(load_facts(store), Window.from_args(as_of, since, until), persons)
    if kind in ("alliances", "all"):
        builder.add_memberships()
        builder.add_treaties()
    if kind in ("conflict", "all"):
        builder.add_events()
    if persons:
        builder.add_represents()
    graph = builder.finish()
    graph.graph.update(kind=kind, as_of=as_of or "", since=since or "", until=until or "")
    return graph if focus is None else _ego(store, builder, focus, 1 if depth is None else depth)


def focus_iri(focus: str) -> str:
    """An ISO3 code names a state; anything else must be an absolute IRI."""
    if _FOCUS_ISO3.fullmatch(focus):
        return state_iri(focus)
    if re.fullmatch(r"[a-z][a-z0-9+.-]*://\S+", focus):
        return focus
    raise InputError(f"--focus: '{focus}' is neither an ISO 3166 alpha-3 code nor an IRI")


def _ego(store: Store, builder: _Builder, focus: str, depth: int) -> nx.MultiDiGraph:
    iri = focus_iri(focus)
    if iri not in builder.graph:
        query = sparql_prefixes() + (ASSETS / "entity-exists.rq").read_text(encoding="utf-8")
        if not bool(store.query(query, {"entity": NamedNode(iri)})):
            raise InputError(f"--focus: '{focus}' is not in the store")
        if not builder.node(iri):
            raise InputError(f"--focus: '{focus}' is not a state, organization, treaty or person")
    ego = nx.ego_graph(builder.graph, iri, radius=depth, undirected=True)
    ego.graph.update(builder.graph.graph, focus=iri, depth=depth)
    return ego


def write_network(store: Store, fmt: str, out: str | Path | BinaryIO, **projection_args: Any) -> nx.MultiDiGraph:
    """Project the store (see `project`; here kind defaults to "all") and write the
    network as graphml, gexf or cytoscape (Cytoscape.js JSON) to a path or binary
    file; returns the graph."""
    graph = project(store, **{"kind": "all", **projection_args})
    write_graph(graph, fmt, out)
    return graph


def write_graph(graph: nx.MultiDiGraph, fmt: str, out: str | Path | BinaryIO) -> None:
    if fmt not in FORMATS:
        raise InputError(f"--format: '{fmt}' is not one of {', '.join(FORMATS)}")
    if fmt == "cytoscape":
        payload = json.dumps(nx.cytoscape_data(_flat(graph, "cytoscape"), name="label"), ensure_ascii=False)
        _write_bytes(out, payload.encode("utf-8"))
    elif fmt == "graphml":
        nx.write_graphml(_flat(graph, fmt), out)
    else:
        nx.write_gexf(_flat(graph, fmt), out)


def _write_bytes(out: str | Path | BinaryIO, data: bytes) -> None:
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def _flat(graph: nx.MultiDiGraph, fmt: str) -> nx.MultiDiGraph:
    """A copy whose attributes are scalars (lists as space-joined IRIs, facts as JSON).

    GEXF reserves an edge's `type` for directed/undirected, so there the
    relation is called `relation`; edge ids are unique for GEXF and Cytoscape."""
    flat = nx.MultiDiGraph(**{k: str(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: v for k, v in data.items() if v not in ("", None)})
    for index, (source, target, key, data) in enumerate(graph.edges(keys=True, data=True)):
        attrs = {k: _scalar(v) for k, v in data.items() if v not in ("", None)}
        if fmt == "gexf":
            attrs["relation"] = attrs.pop("type")
            attrs["type"] = "directed" if data["directed"] else "undirected"
            attrs["id"] = f"e{index}"
        flat.add_edge(source, target, key=f"{key}-{index}" if fmt == "cytoscape" else key, **attrs)
    return flat


def _scalar(value: Any) -> Any:
    if isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return " ".join(value)
        return json.dumps(value, ensure_ascii=False)
    return value
