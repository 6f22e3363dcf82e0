"""Exports round-trip: what kg.export writes, parsed back with rdflib and with
pyoxigraph, is isomorphic (graph by graph) to what the store holds."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import RdfFormat, Triple, parse, serialize
from rdflib.compare import isomorphic

from kg.api import export
from kg.errors import InputError
from kg.export import graph_quads
from kg.namespaces import INFERRED_GRAPH, REFERENCE_GRAPH

ANALYST_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "analyst_fixture.trig"


def rdflib_graph(triples: list[Triple]) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    return graph


def store_graphs(store) -> dict[str, rdflib.Graph]:
    by_graph: dict[str, list[Triple]] = {}
    for quad in graph_quads(store):
        by_graph.setdefault(quad.graph_name.value, []).append(quad.triple)
    return {name: rdflib_graph(triples) for name, triples in by_graph.items()}


def exported(store, fmt: str, selector: str | None = None) -> bytes:
    out = io.BytesIO()
    export(store, fmt, selector, out)
    return out.getvalue()


def rdflib_dataset_graphs(data: bytes, fmt: str) -> dict[str, rdflib.Graph]:
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=fmt)
    graphs = {}
    for context in dataset.graphs():
        if isinstance(context.identifier, rdflib.URIRef) and len(context):
            graphs[str(context.identifier)] = rdflib_graph_from(context)
    return graphs


def rdflib_graph_from(context: rdflib.Graph) -> rdflib.Graph:
    copy = rdflib.Graph()
    for triple in context:
        copy.add(triple)
    return copy


def oxigraph_dataset_graphs(data: bytes, fmt: RdfFormat) -> dict[str, rdflib.Graph]:
    by_graph: dict[str, list[Triple]] = {}
    for quad in parse(data, fmt):
        by_graph.setdefault(quad.graph_name.value, []).append(quad.triple)
    return {name: rdflib_graph(triples) for name, triples in by_graph.items()}


def assert_same_graphs(actual: dict[str, rdflib.Graph], expected: dict[str, rdflib.Graph]) -> None:
    assert sorted(actual) == sorted(expected)
    for name, graph in expected.items():
        assert isomorphic(actual[name], graph), name


def test_trig_export_round_trips_with_rdflib_and_pyoxigraph(analyst_store):
    data = exported(analyst_store, "trig")
    expected = store_graphs(analyst_store)
    assert len(expected) == 6  # reference, ontology, inferred, three documents
    assert_same_graphs(rdflib_dataset_graphs(data, "trig"), expected)
    assert_same_graphs(oxigraph_dataset_graphs(data, RdfFormat.TRIG), expected)


def test_trig_document_graphs_match_the_hand_written_fixture(analyst_store):
    """Independent of the store: compare with the fixture file as rdflib reads it."""
    fixture = rdflib.Dataset()
    fixture.parse(ANALYST_FIXTURE, format="trig")
    expected = {str(c.identifier): rdflib_graph_from(c) for c in fixture.graphs() if "/doc/" in str(c.identifier)}
    assert len(expected) == 3
    assert_same_graphs(rdflib_dataset_graphs(exported(analyst_store, "trig", "documents"), "trig"), expected)


def test_turtle_export_is_the_union_of_all_graphs(analyst_store):
    data = exported(analyst_store, "turtle")
    union = rdflib_graph([quad.triple for quad in graph_quads(analyst_store)])
    from_rdflib = rdflib.Graph().parse(data=data, format="turtle")
    from_oxigraph = rdflib_graph([quad.triple for quad in parse(data, RdfFormat.TURTLE)])
    assert len(union) > 300
    assert isomorphic(from_rdflib, union)
    assert isomorphic(from_oxigraph, union)


@pytest.mark.parametrize("selector", ["reference", "inferred", REFERENCE_GRAPH])
def test_turtle_export_of_one_graph(analyst_store, selector):
    data = exported(analyst_store, "turtle", selector)
    graph = INFERRED_GRAPH if selector == "inferred" else REFERENCE_GRAPH
    expected = store_graphs(analyst_store)[graph]
    assert isomorphic(rdflib.Graph().parse(data=data, format="turtle"), expected)
    assert isomorphic(rdflib_graph([q.triple for q in parse(data, RdfFormat.TURTLE)]), expected)


def test_dataset_formats_keep_graph_names_of_a_selection(analyst_store):
    expected = {INFERRED_GRAPH: store_graphs(analyst_store)[INFERRED_GRAPH]}
    assert_same_graphs(oxigraph_dataset_graphs(exported(analyst_store, "nquads", "inferred"), RdfFormat.N_QUADS),
                       expected)
    assert_same_graphs(oxigraph_dataset_graphs(exported(analyst_store, "jsonld", "inferred"), RdfFormat.JSON_LD),
                       expected)


def test_ntriples_and_jsonld_exports_parse(analyst_store):
    lines = exported(analyst_store, "ntriples", "documents").decode().splitlines()
    assert lines and all(line.endswith(" .") for line in lines)
    assert isinstance(json.loads(exported(analyst_store, "jsonld")), (list, dict))


def test_unknown_graph_and_format_are_input_errors(analyst_store):
    with pytest.raises(InputError, match="--graph nosuch: no such graph"):
        exported(analyst_store, "turtle", "nosuch")
    with pytest.raises(InputError, match="unknown RDF format 'rdfxml'"):
        exported(analyst_store, "rdfxml")
