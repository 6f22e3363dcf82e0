"""Shared fixtures: the analyst fixture graph in an in-memory store, and paths."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Quad, parse

from kg.infer import infer
from kg.namespaces import ONTOLOGY_GRAPH
from kg.store import OxigraphStore

TESTS_DIR = Path(__file__).resolve().parent
CHECKOUT = TESTS_DIR.parent
ANALYST_FIXTURE = TESTS_DIR / "fixtures" / "analyst_fixture.trig"


def load_analyst_fixture(store: OxigraphStore, *, with_ontology: bool = True) -> None:
    """The fixture's quads, the ontology graph (as ensure_reference would load it), then inference."""
    store.add_quads(parse(path=str(ANALYST_FIXTURE)))
    if with_ontology:
        from kg.ontology import ontology_triples

        store.replace_graph(ONTOLOGY_GRAPH, ontology_triples())
    infer(store)


@pytest.fixture(scope="module")
def analyst_store() -> OxigraphStore:
    """An in-memory store holding the analyst fixture; tests must not write to it."""
    store = OxigraphStore(None)
    load_analyst_fixture(store)
    return store


@pytest.fixture
def fresh_store() -> OxigraphStore:
    return OxigraphStore(None)


def fixture_quads() -> list[Quad]:
    return list(parse(path=str(ANALYST_FIXTURE)))
