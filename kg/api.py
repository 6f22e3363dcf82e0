"""The library API: what the `kg` command does, callable from Python.

    from kg import api
    with api.open_store("kg-data") as store:
        api.ensure_reference(store)
        api.ingest(store, ["examples/"])
        for row in api.run_query(store, "clashes-involving-state", {"state": "ARM"}):
            ...
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse

import kg
from kg import infer as _infer
from kg import export as _export
from kg.errors import InputError, KGError
from kg.namespaces import ID, INFERRED_GRAPH, ONTOLOGY_GRAPH, OWL, REFERENCE_GRAPH
from kg.queries import parse_iri, resolve_query, with_value_list
from kg.resources import ontology_dir
from kg.store import QueryResult, Store
from kg.store import open_store as _open_store

IMPORT_GRAPH_PREFIX = ID + "graph/import/"
IMPORT_FORMATS = {
    ".ttl": RdfFormat.TURTLE,
    ".turtle": RdfFormat.TURTLE,
    ".trig": RdfFormat.TRIG,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
    ".xml": RdfFormat.RDF_XML,
}
NETWORK_FORMATS = ("graphml", "gexf", "cytoscape")  # written by kg.network
EXPORT_FORMATS = (*_export.RDF_FORMATS, *NETWORK_FORMATS)
_VERSION_INFO = NamedNode(OWL + "versionInfo")


def open_store(spec: str | None = None, *, create: bool = True) -> Store:
    """A folder (created if missing, unless `create` is false), ":memory:", or an
    http(s) SPARQL endpoint; None means $KG_STORE or ./kg-data."""
    return _open_store(spec, create=create)


# --- reference data --------------------------------------------------------------------


def reference_digest() -> str:
    """A hash of everything the ontology and reference graphs are made from: the
    ontology folder, the modules that turn it into triples, and pycountry's version.
    The modules are located, not imported (they are slow to import)."""
    digest = hashlib.sha256(f"{kg.__version__} pycountry {metadata.version('pycountry')}".encode())
    sources = sorted(p for p in ontology_dir().rglob("*") if p.is_file())
    sources += [Path(str(find_spec(module).origin)) for module in ("kg.ontology", "kg.reference")]
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_reference(store: Store) -> bool:
    """Load the ontology and reference graphs unless the store already holds this
    version of them (the digest is kept as owl:versionInfo of the reference graph).
    Returns True when they were (re)loaded; the inferred graph is then recomputed."""
    from kg.ontology import ontology_triples
    from kg.reference import reference_triples

    digest = Literal(reference_digest())
    marker = "ASK { GRAPH ?graph { ?graph owl:versionInfo ?digest } }"
    if store.query(marker, {"graph": NamedNode(REFERENCE_GRAPH), "digest": digest}):
        return False
    store.replace_graph(ONTOLOGY_GRAPH, ontology_triples())
    stamp = Triple(NamedNode(REFERENCE_GRAPH), _VERSION_INFO, digest)
    store.replace_graph(REFERENCE_GRAPH, [*reference_triples(), stamp])
    _infer.infer(store)
    return True


# --- writing -----------------------------------------------------------------------------


@dataclass
class IngestSummary:
    documents: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    on_error: Callable[[KGError], None] | None = None,
    on_path: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Extract facts from articles (files, folders, .jsonl) into one graph per
    document, then recompute the inferred graph once. A bad file is reported to
    `on_error` and skipped; `on_path` is called after each path (for progress)."""
    from kg import pipeline  # the extraction stage, heavy to import

    summary = IngestSummary()

    def note_error(error: KGError) -> None:
        summary.errors.append(str(error))
        if on_error is not None:
            on_error(error)

    for path in paths:
        report = pipeline.ingest(store, [path], on_error=note_error)
        summary.documents += report.documents
        summary.events += report.events
        if on_path is not None:
            on_path(str(path))
    _infer.infer(store)
    return summary


@dataclass(frozen=True)
class ImportReport:
    files: int
    quads: int
    graphs: list[str] = field(default_factory=list)


def import_files(store: Store, files: Sequence[str | Path], graph: str | None = None) -> ImportReport:
    """Load RDF files (format from the extension). Every file is parsed before
    anything is written, so a bad file leaves the store untouched. Triples outside
    a named graph go to `graph`, or to a graph named after the file's content."""
    target = _target_graph(graph)
    quads = [quad for path in files for quad in _parse_rdf_file(Path(path), target)]
    store.add_quads(quads)
    _infer.infer(store)
    graphs = sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, NamedNode)})
    return ImportReport(files=len(files), quads=len(quads), graphs=graphs)


def _target_graph(graph: str | None) -> NamedNode | None:
    if graph is None:
        return None
    try:
        return parse_iri(graph)
    except ValueError as exc:
        raise InputError(f"--graph {graph}: not an absolute IRI or ckgid:... name ({exc})") from None


def _parse_rdf_file(path: Path, graph: NamedNode | None) -> list[Quad]:
    fmt = IMPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file extension (use {', '.join(IMPORT_FORMATS)})")
    try:
        data = path.read_bytes()
        parsed = list(parse(data, fmt, base_iri=path.resolve().as_uri(), rename_blank_nodes=True))
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: not valid {fmt.name}: {exc}") from exc
    target = graph or NamedNode(IMPORT_GRAPH_PREFIX + hashlib.sha256(data).hexdigest()[:16])
    return [q if isinstance(q.graph_name, NamedNode) else Quad(q.subject, q.predicate, q.object, target)
            for q in parsed]


def infer(store: Store) -> int:
    """Recompute the inferred graph from ontology/rules/*.rq; returns its size."""
    return _infer.infer(store)


# --- reading -----------------------------------------------------------------------------


def run_query(store: Store, query: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a canned query (by name), a .rq file, or SPARQL text, with NAME=VALUE
    parameters converted by the types declared in the query's header."""
    resolved = resolve_query(query)
    return store.query(resolved.text, resolved.bind(params or {}))


_LABELS = "SELECT ?thing ?label WHERE { GRAPH ?graph { ?thing <http://www.w3.org/2000/01/rdf-schema#label> ?label } }"


def labels(store: Store, things: Iterable[NamedNode]) -> dict[str, str]:
    """A label for each IRI that has one, English first, else the first in sort order:
    tables for people show names where the graph knows them."""
    things = sorted({NamedNode(t.value) for t in things}, key=lambda t: t.value)
    if not things:
        return {}
    found: dict[str, list[Literal]] = {}
    for row in store.query(with_value_list(_LABELS, "thing", things)):
        found.setdefault(row["thing"].value, []).append(row["label"])
    return {iri: _preferred_label(values) for iri, values in found.items()}


def _preferred_label(values: list[Literal]) -> str:
    return min(values, key=lambda lit: (lit.language != "en", lit.language is not None, lit.value)).value


def export(store: Store, fmt: str, graph: str | None, out: BinaryIO | str | Path) -> None:
    """Write RDF (turtle, trig, nquads, ntriples, jsonld) or a network
    (graphml, gexf, cytoscape) of the selected graphs to a binary stream or path."""
    if fmt in NETWORK_FORMATS:
        from kg.network import write_network

        if graph is not None:
            raise InputError(f"--graph applies to RDF formats only, not to {fmt} (a network of everything)")

        write_network(store, fmt, out)
        return
    rdf_format = _export.rdf_format(fmt)
    if isinstance(out, (str, Path)):
        with open(out, "wb") as handle:
            _export.export_rdf(store, rdf_format, graph, handle)
    else:
        _export.export_rdf(store, rdf_format, graph, out)


@dataclass(frozen=True)
class Stats:
    triples_by_graph_kind: dict[str, int]
    documents: int
    events_by_class: dict[str, int]
    entities_by_class: dict[str, int]


_TRIPLES_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
_DOCUMENTS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ckg:Document }"
_EVENTS_BY_CLASS = """SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a ?class . ?class rdfs:subClassOf* ckg:Event .
  FILTER NOT EXISTS { ?e a ?narrower . ?narrower rdfs:subClassOf+ ?class }
} GROUP BY ?class"""
_ENTITIES_BY_CLASS = """SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?class { ckg:State ckg:Organization ckg:Alliance ckg:ArmedGroup ckg:Person ckg:Place ckg:Treaty }
  ?x a ?class .
} GROUP BY ?class"""


def graph_kind(graph: str) -> str:
    """ontology, reference, inferred, document, import or other."""
    named = {ONTOLOGY_GRAPH: "ontology", REFERENCE_GRAPH: "reference", INFERRED_GRAPH: "inferred"}
    if graph in named:
        return named[graph]
    if graph.startswith(_export.DOCUMENT_GRAPH_PREFIX):
        return "document"
    return "import" if graph.startswith(IMPORT_GRAPH_PREFIX) else "other"


def stats(store: Store) -> Stats:
    kinds: dict[str, int] = {}
    for row in store.query(_TRIPLES_PER_GRAPH, default_graph_as_union=False):
        kind = graph_kind(row["g"].value)
        kinds[kind] = kinds.get(kind, 0) + int(row["n"].value)
    documents = int(next(iter(store.query(_DOCUMENTS)))["n"].value)
    return Stats(kinds, documents, _counts(store, _EVENTS_BY_CLASS), _counts(store, _ENTITIES_BY_CLASS))


def _counts(store: Store, sparql: str) -> dict[str, int]:
    rows = store.query(sparql)
    return dict(sorted((row["class"].value.rsplit("#", 1)[-1], int(row["n"].value)) for row in rows))


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool  # SHACL shapes
    shapes_text: str
    consistent: bool  # OWL (HermiT)
    consistency_message: str

    @property
    def valid(self) -> bool:
        return self.conforms and self.consistent


def validate(store: Store) -> ValidationReport:
    """SHACL shapes and OWL consistency of everything but the ontology graph
    (kg.ontology adds the ontology itself)."""
    from kg.ontology import check_consistency, validate_shapes

    data = [q for q in _export.graph_quads(store) if q.graph_name.value != ONTOLOGY_GRAPH]
    shapes = validate_shapes(data)
    consistency = check_consistency(data)
    return ValidationReport(shapes.conforms, shapes.text, consistency.consistent, consistency.message)
