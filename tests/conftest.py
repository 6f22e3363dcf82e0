"""Shared fixtures: the analyst fixture graph in an in-memory store."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import parse

from kg.infer import infer
from kg.namespaces import ONTOLOGY_GRAPH
from kg.ontology import ontology_triples
from kg.store import OxigraphStore

ANALYST_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "analyst_fixture.trig"


def load_analyst_fixture(store: OxigraphStore) -> None:
    """The fixture's quads, the ontology graph (as ensure_reference would load it), then inference."""
    store.add_quads(parse(path=str(ANALYST_FIXTURE)))
    store.replace_graph(ONTOLOGY_GRAPH, ontology_triples())
    infer(store)


@pytest.fixture(scope="module")
def analyst_store() -> OxigraphStore:
    """An in-memory store holding the analyst fixture; tests must not write to it."""
    store = OxigraphStore(None)
    load_analyst_fixture(store)
    return store
