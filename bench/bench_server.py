"""Benchmark of `kg serve` and of kg on external servers (Oxigraph server, Virtuoso).

Measures: HTTP latency of `kg serve` (median and 95th percentile) for a trivial
ASK and for every canned query (parameters unbound, i.e. over the whole graph);
requests per second with several clients at once; and writing document graphs
one by one with replace_graph (what ingest does) into the embedded store, a
real Oxigraph server and Virtuoso (when installed), then one canned query
through each store.

    .venv/bin/python bench/bench_server.py [--documents 300] [--requests 30] [--clients 4]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from kg import api
from kg.namespaces import CKG, ID, RDF, XSD
from kg.queries import list_queries
from kg.remote import PASSWORD_VARIABLE, USER_VARIABLE
from kg.store import Store

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from servers import (  # noqa: E402 - the test helpers that start real servers
    VIRTUOSO,
    VIRTUOSO_PASSWORD,
    VIRTUOSO_USER,
    oxigraph_store_url,
    start_kg_serve,
    start_oxigraph,
    start_virtuoso,
    virtuoso_store_url,
)

STATES = ("AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH")
CLASSES = ("ArmedClash", "War", "Ceasefire", "Talks", "Deployment")
PROBE_QUERY = "clashes-involving-state"


def document_graph(n: int, rng: random.Random) -> tuple[str, list[ox.Triple]]:
    """A synthetic document graph: five events with two sides, a date and fatalities each."""
    doc = f"{ID}doc/bench{n:011x}"
    triples = [ox.Triple(ox.NamedNode(doc), ox.NamedNode(RDF + "type"), ox.NamedNode(CKG + "Document"))]
    for e in range(5):
        event = ox.NamedNode(f"{ID}event/bench-{n:06x}{e:02x}")
        triples.append(ox.Triple(event, ox.NamedNode(RDF + "type"), ox.NamedNode(CKG + rng.choice(CLASSES))))
        for side in rng.sample(STATES, 2):
            triples.append(ox.Triple(event, ox.NamedNode(CKG + "participant"), ox.NamedNode(f"{ID}state/{side}")))
        date = ox.Literal(f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", datatype=ox.NamedNode(XSD + "date"))
        triples.append(ox.Triple(event, ox.NamedNode(CKG + "date"), date))
        triples.append(ox.Triple(event, ox.NamedNode(CKG + "fatalities"), ox.Literal(rng.randint(0, 300))))
    return doc, triples


def write_documents(store: Store, documents: int) -> float:
    """Seconds to replace_graph `documents` synthetic graphs one by one."""
    rng = random.Random(7)
    graphs = [document_graph(n, rng) for n in range(documents)]
    started = time.perf_counter()
    for graph, triples in graphs:
        store.replace_graph(graph, triples)
    return time.perf_counter() - started


def latencies(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def summary(times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else times[0]
    return f"{statistics.median(times) * 1000:.1f} ms (p95 {p95 * 1000:.1f} ms)"


CLIENT = httpx.Client(timeout=60)  # one client, as a real one keeps its connections open


def post(endpoint: str, query: str) -> None:
    response = CLIENT.post(endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    if response.status_code != 200:
        raise SystemExit(f"{endpoint}: {response.status_code} {response.text.strip()}")


def bench_serve(folder: Path, documents: int, requests: int, clients: int) -> list[tuple[str, str]]:
    with api.open_store(str(folder / "store")) as store:
        api.ensure_reference(store)
        write_documents(store, documents)
    server = start_kg_serve(folder / "store", folder / "serve.log", "--max-rows", "1000000", "--workers", str(clients))
    endpoint = server.base_url + "/sparql"
    rows = []
    try:
        rows.append(("kg serve: ASK {}", summary(latencies(lambda: post(endpoint, "ASK {}"), requests))))
        for query in list_queries():
            rows.append((f"kg serve: {query.name}", summary(latencies(lambda: post(endpoint, query.text), requests))))
        probe = next(q for q in list_queries() if q.name == PROBE_QUERY).text
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(lambda _: post(endpoint, probe), range(requests * clients)))
        rate = requests * clients / (time.perf_counter() - started)
        rows.append((f"kg serve: {PROBE_QUERY}, {clients} clients", f"{rate:.0f} requests/s"))
    finally:
        server.stop()
    return rows


def bench_store(name: str, spec: str, documents: int, requests: int) -> list[tuple[str, str]]:
    probe = next(q for q in list_queries() if q.name == PROBE_QUERY).text
    with api.open_store(spec) as store:
        seconds = write_documents(store, documents)
        query_times = latencies(lambda: list(store.query(probe)), requests)
    return [
        (f"{name}: replace_graph per document", f"{documents / seconds:.0f} documents/s"),
        (f"{name}: {PROBE_QUERY}", summary(query_times)),
    ]


def bench_external(folder: Path, documents: int, requests: int) -> list[tuple[str, str]]:
    rows = bench_store("embedded", str(folder / "embedded"), documents, requests)
    oxigraph = start_oxigraph(folder / "oxigraph", folder / "oxigraph.log")
    try:
        rows += bench_store("Oxigraph server", oxigraph_store_url(oxigraph), documents, requests)
    finally:
        oxigraph.stop()
    if VIRTUOSO is None:
        return rows + [("Virtuoso", "skipped: virtuoso-t not installed")]
    virtuoso = start_virtuoso(folder / "virtuoso", folder / "virtuoso.log")
    os.environ[USER_VARIABLE], os.environ[PASSWORD_VARIABLE] = VIRTUOSO_USER, VIRTUOSO_PASSWORD
    try:
        rows += bench_store("Virtuoso", virtuoso_store_url(virtuoso), documents, requests)
    finally:
        virtuoso.stop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = bench_serve(folder, args.documents, args.requests, args.clients)
        rows += bench_external(folder, args.documents, args.requests)
    table = Table("measure", "result", title=f"server benchmark: {args.documents} synthetic documents")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


if __name__ == "__main__":
    main()
