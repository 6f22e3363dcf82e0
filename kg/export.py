"""RDF export of the whole dataset or a selection of graphs, serialized by pyoxigraph.

Graph selectors: None (everything), "reference", "inferred", "ontology",
"documents" (every document graph) or a graph IRI (absolute or `ckgid:...`).
Dataset formats (TriG, N-Quads, JSON-LD) keep graph names; triple formats
(Turtle, N-Triples) write the union of the selected graphs.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from pyoxigraph import NamedNode, Quad, RdfFormat, serialize

from kg.errors import InputError
from kg.namespaces import ID, INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES, REFERENCE_GRAPH
from kg.queries import parse_iri
from kg.store import Store

RDF_FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
}
NAMED_GRAPHS = {"reference": REFERENCE_GRAPH, "inferred": INFERRED_GRAPH, "ontology": ONTOLOGY_GRAPH}
DOCUMENT_GRAPH_PREFIX = ID + "doc/"
_GRAPH_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def rdf_format(name: str) -> RdfFormat:
    try:
        return RDF_FORMATS[name]
    except KeyError:
        raise InputError(f"unknown RDF format '{name}' (choose {', '.join(RDF_FORMATS)})") from None


def select_graphs(store: Store, selector: str | None) -> list[str] | None:
    """The graph IRIs a selector names; None means the whole dataset."""
    if selector is None or selector == "all":
        return None
    if selector == "documents":
        return [g for g in store.graphs() if g.startswith(DOCUMENT_GRAPH_PREFIX)]
    graph = NAMED_GRAPHS.get(selector) or _graph_iri(selector)
    if graph not in store.graphs():
        raise InputError(
            f"--graph {selector}: no such graph in the store "
            f"(use an IRI, {', '.join(NAMED_GRAPHS)}, documents, or leave it out for everything)"
        )
    return [graph]


def _graph_iri(selector: str) -> str:
    try:
        return parse_iri(selector).value
    except ValueError:
        return selector  # reported below as a graph the store does not have


def graph_quads(store: Store, graph: str | None = None) -> Iterator[Quad]:
    """The quads of one named graph, or of every named graph, read through SPARQL
    so that any Store (embedded or remote) can provide them."""
    bindings = None if graph is None else {"g": NamedNode(graph)}
    for row in store.query(_GRAPH_QUADS, bindings, default_graph_as_union=False):
        yield Quad(row["s"], row["p"], row["o"], row["g"])


def export_rdf(store: Store, fmt: RdfFormat, selector: str | None, out: BinaryIO) -> None:
    """Write the selected graphs to `out`; dataset formats keep each graph's name."""
    graphs = select_graphs(store, selector)
    if graphs is None:
        store.dump(fmt, None, out)
    elif len(graphs) == 1 and not fmt.supports_datasets:
        store.dump(fmt, graphs[0], out)
    else:
        quads = [quad for graph in graphs for quad in graph_quads(store, graph)]
        if fmt.supports_datasets:
            serialize(quads, out, fmt, prefixes=PREFIXES if fmt == RdfFormat.TRIG else None)
        else:
            triples = sorted({quad.triple for quad in quads}, key=str)
            serialize(triples, out, fmt, prefixes=PREFIXES if fmt == RdfFormat.TURTLE else None)
