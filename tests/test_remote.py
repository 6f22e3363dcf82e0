"""The same end-to-end scenario on the embedded store, a real Oxigraph server and Virtuoso.

Ingest examples/, query, export, re-ingest: the remote stores must give what the
embedded store gives (the export as the same dataset up to blank node labels),
and re-ingesting must leave the triple counts unchanged.
"""
from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from kg import api
from kg.errors import InputError, KGError, QueryError
from kg.namespaces import ID, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.remote import PASSWORD_VARIABLE, USER_VARIABLE, RemoteStore, parse_spec
from servers import (
    VIRTUOSO,
    VIRTUOSO_PASSWORD,
    VIRTUOSO_USER,
    free_port,
    oxigraph_store_url,
    start_oxigraph,
    start_virtuoso,
    virtuoso_store_url,
)

pytestmark = pytest.mark.server

EXAMPLES = Path(__file__).parent.parent / "examples"
CANNED = "clashes-involving-state"
CANNED_PARAMS = {"state": "ARM"}


@dataclass(frozen=True)
class Outcome:
    stats: api.Stats
    stats_after_reingest: api.Stats
    events: set[tuple[str, str, str]]
    export: set[ox.Quad]
    graphs: list[str]


def run_scenario(spec: str) -> Outcome:
    with api.open_store(spec) as store:
        api.ensure_reference(store)
        summary = api.ingest(store, [EXAMPLES])
        assert summary.documents > 0 and not summary.errors
        stats = api.stats(store)
        # compared on the columns every SPARQL engine agrees on (Virtuoso gives "" for an empty GROUP_CONCAT)
        rows = api.run_query(store, CANNED, CANNED_PARAMS)
        events = {(row["event"].value, row["class"].value, str(row["date"])) for row in rows}
        buffer = io.BytesIO()
        api.export(store, "nquads", None, buffer)
        graphs = store.graphs()
        api.ingest(store, [EXAMPLES])
        stats_after = api.stats(store)
    return Outcome(stats, stats_after, events, _canonical(buffer.getvalue()), graphs)


def _canonical(nquads: bytes) -> set[ox.Quad]:
    dataset = ox.Dataset(ox.parse(nquads, ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return set(dataset)


def _kg_counts(stats: api.Stats) -> dict[str, int]:
    """Triples per graph kind, leaving out a server's own graphs (Virtuoso keeps system graphs)."""
    return {kind: n for kind, n in stats.triples_by_graph_kind.items() if kind != "other"}


@pytest.fixture(scope="module")
def embedded(tmp_path_factory) -> Outcome:
    return run_scenario(str(tmp_path_factory.mktemp("embedded") / "store"))


@pytest.fixture(scope="module", params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def remote_spec(request, tmp_path_factory):
    """A running server and its store URL (credentials in the environment for Virtuoso)."""
    folder = tmp_path_factory.mktemp(request.param)
    with pytest.MonkeyPatch.context() as patch:
        if request.param == "oxigraph":
            server = start_oxigraph(folder / "data", folder / "server.log")
            spec = oxigraph_store_url(server)
        else:
            if VIRTUOSO is None:
                pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource; .ci/run installs it)")
            server = start_virtuoso(folder / "data", folder / "server.log")
            spec = virtuoso_store_url(server)
            patch.setenv(USER_VARIABLE, VIRTUOSO_USER)
            patch.setenv(PASSWORD_VARIABLE, VIRTUOSO_PASSWORD)
        try:
            yield spec
        finally:
            server.stop()


@pytest.fixture(scope="module")
def remote(remote_spec) -> Outcome:
    return run_scenario(remote_spec)


# ------------------------------------------------------------ the scenario


def test_embedded_scenario_is_not_empty(embedded):
    assert embedded.stats.documents == len(list(EXAMPLES.glob("*.txt")))
    assert embedded.events, f"{CANNED} {CANNED_PARAMS} found nothing in examples/"
    assert len(embedded.export) > 1000


def test_reingest_is_idempotent_embedded(embedded):
    assert embedded.stats_after_reingest == embedded.stats


def test_remote_ingest_gives_the_same_counts(embedded, remote):
    assert _kg_counts(remote.stats) == _kg_counts(embedded.stats)
    assert remote.stats.documents == embedded.stats.documents
    assert remote.stats.events_by_class == embedded.stats.events_by_class
    assert remote.stats.entities_by_class == embedded.stats.entities_by_class


def test_remote_canned_query_gives_the_same_events(embedded, remote):
    assert remote.events == embedded.events


def test_remote_export_is_the_same_dataset(embedded, remote):
    assert len(remote.export) == len(embedded.export)
    assert remote.export == embedded.export


def test_remote_reingest_is_idempotent(remote):
    assert _kg_counts(remote.stats_after_reingest) == _kg_counts(remote.stats)


def test_remote_graphs_are_kg_graphs_only(embedded, remote):
    assert remote.graphs == embedded.graphs
    assert {REFERENCE_GRAPH, ONTOLOGY_GRAPH, INFERRED_GRAPH} <= set(remote.graphs)
    assert all(graph.startswith(ID) for graph in remote.graphs)


def test_cli_query_against_the_server(remote_spec, remote, embedded):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "query", CANNED, "--param", "state=ARM", "--format", "tsv", "--store", remote_spec],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for event, _, _ in embedded.events:
        assert f"<{event}>" in result.stdout


# ------------------------------------------------------------ RemoteStore behaviour on real servers

TEST_GRAPH = ID + "graph/test-remote"


def _triples(n: int) -> list[ox.Triple]:
    return [
        ox.Triple(ox.NamedNode(f"{ID}test/{i}"), ox.NamedNode(ID + "test/p"), ox.Literal(f"value {i} \"q\"\n", language="id"))
        for i in range(n)
    ]


def _count(store: RemoteStore, graph: str) -> int:
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": ox.NamedNode(graph)})
    return int(next(iter(rows))["n"].value)


@pytest.fixture
def counted_store(remote_spec):
    """A RemoteStore that records the HTTP requests it sends (digest auth's 401 challenges left out)."""
    store = RemoteStore.from_spec(remote_spec)
    sent: list[str] = []

    def record(response: httpx.Response) -> None:
        if response.status_code != 401:
            sent.append(response.request.method)

    store._http.event_hooks["response"].append(record)
    yield store, sent
    store.drop_graph(TEST_GRAPH)
    store.close()


def test_replace_graph_is_one_request_per_graph(counted_store):
    store, sent = counted_store
    store.replace_graph(TEST_GRAPH, _triples(2000))
    assert sent == ["PUT"]
    store.replace_graph(TEST_GRAPH, _triples(5))
    assert _count(store, TEST_GRAPH) == 5


def test_large_graphs_are_sent_in_batches(counted_store):
    store, sent = counted_store
    store.batch_triples = 4
    store.replace_graph(TEST_GRAPH, _triples(10))
    assert sent == ["PUT", "POST", "POST"]
    assert _count(store, TEST_GRAPH) == 10
    store.add_quads(ox.Quad(*triple, ox.NamedNode(TEST_GRAPH)) for triple in _triples(12))
    assert _count(store, TEST_GRAPH) == 12  # the 10 already there are not duplicated


def test_graphs_with_blank_nodes_are_never_split(counted_store):
    store, sent = counted_store
    store.batch_triples = 2
    head = ox.BlankNode()
    triples = [ox.Triple(head, ox.NamedNode(ID + "test/p"), ox.Literal(i)) for i in range(5)]
    store.replace_graph(TEST_GRAPH, triples)
    assert sent == ["PUT"]
    rows = store.query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": ox.NamedNode(TEST_GRAPH)})
    assert int(next(iter(rows))["n"].value) == 1


def test_literals_survive_the_round_trip(counted_store):
    store, _ = counted_store
    store.replace_graph(TEST_GRAPH, _triples(3))
    buffer = io.BytesIO()
    store.dump(ox.RdfFormat.N_TRIPLES, TEST_GRAPH, buffer)
    assert set(ox.parse(buffer.getvalue(), ox.RdfFormat.N_TRIPLES)) == {ox.Quad(*t) for t in _triples(3)}


def test_drop_graph(counted_store):
    store, _ = counted_store
    store.replace_graph(TEST_GRAPH, _triples(3))
    store.drop_graph(TEST_GRAPH)
    assert _count(store, TEST_GRAPH) == 0
    store.drop_graph(TEST_GRAPH)  # dropping a graph that is not there is fine


def test_server_error_is_one_line(remote_spec):
    wrong_path = remote_spec.split("?")[0].rsplit("/", 1)[0] + "/no-such-endpoint"
    with RemoteStore.from_spec(wrong_path) as store, pytest.raises(KGError) as caught:
        store.query("ASK {}")
    assert "\n" not in str(caught.value)
    assert f"store {wrong_path} answered 404" in str(caught.value)


# ------------------------------------------------------------ configuration and failures (no server needed)


def test_parse_spec():
    endpoints, auth = parse_spec(
        "http://127.0.0.1:8890/sparql?timeout=5&update=/sparql-auth&gsp=http://other:1/crud&auth=digest"
    )
    assert endpoints.query == "http://127.0.0.1:8890/sparql?timeout=5"
    assert endpoints.update == "http://127.0.0.1:8890/sparql-auth"
    assert endpoints.gsp == "http://other:1/crud"
    assert auth == "digest"
    assert parse_spec("https://example.org/sparql")[0].update == "https://example.org/sparql"


def test_bad_auth_scheme():
    with pytest.raises(InputError, match="auth must be basic or digest"):
        parse_spec("http://127.0.0.1:1/sparql?auth=kerberos")


def test_writes_without_gsp_are_refused_clearly():
    with RemoteStore.from_spec("http://127.0.0.1:1/sparql") as store, pytest.raises(InputError, match="gsp="):
        store.replace_graph(TEST_GRAPH, _triples(1))


def test_unreachable_server():
    with RemoteStore.from_spec(f"http://127.0.0.1:{free_port()}/sparql") as store:
        with pytest.raises(KGError, match="cannot reach the server"):
            store.query("ASK {}")


def test_malformed_query_is_caught_before_sending():
    with RemoteStore.from_spec(f"http://127.0.0.1:{free_port()}/sparql") as store:
        with pytest.raises(QueryError, match="malformed SPARQL"):
            store.query("SELECT WHERE {")


def test_credentials_come_from_the_environment(monkeypatch):
    monkeypatch.setenv(USER_VARIABLE, "reader")
    monkeypatch.setenv(PASSWORD_VARIABLE, "secret")
    digest = RemoteStore.from_spec("http://127.0.0.1:1/sparql?auth=digest")
    basic = RemoteStore.from_spec("http://127.0.0.1:1/sparql")
    assert isinstance(digest._http.auth, httpx.DigestAuth)
    assert isinstance(basic._http.auth, httpx.BasicAuth)
    monkeypatch.delenv(USER_VARIABLE)
    assert RemoteStore.from_spec("http://127.0.0.1:1/sparql")._http.auth is None


@pytest.mark.virtuoso
@pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed (Debian package virtuoso-opensource)")
def test_wrong_password_is_refused(tmp_path, monkeypatch):
    server = start_virtuoso(tmp_path / "data", tmp_path / "server.log")
    try:
        monkeypatch.setenv(USER_VARIABLE, VIRTUOSO_USER)
        monkeypatch.setenv(PASSWORD_VARIABLE, "wrong")
        with RemoteStore.from_spec(virtuoso_store_url(server)) as store, pytest.raises(KGError, match="401"):
            store.replace_graph(TEST_GRAPH, _triples(1))
    finally:
        server.stop()
