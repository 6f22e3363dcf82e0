"""Benchmark of the embedded store on synthetic document graphs.

Measures (medians over --runs): loading the ontology and reference graphs,
writing document graphs one by one with replace_graph (what ingest does), bulk
loading the same quads with add_quads, inference, every canned query (with its
parameters unbound, i.e. over the whole graph, and bound to sample values)
and a TriG export.

    .venv/bin/python bench/bench_store.py [--documents 1000] [--runs 5]
"""
from __future__ import annotations

import argparse
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from kg import api
from kg.namespaces import CKG, DCTERMS, ID, PROV, RDF, RDFS, XSD
from kg.queries import list_queries
from kg.store import OxigraphStore

STATES = ("ARM", "AZE", "RUS", "UKR", "GEO", "TUR", "IRN", "KAZ", "BLR", "USA", "FRA", "DEU")
# Parameter values for the "bound" timings, by parameter type.
SAMPLE_VALUES = {"state": "ARM", "org": "CSTO", "date": "2020-01-01", "string": "en", "integer": "1",
                 "iri": f"{ID}event/armedclash-000001000001"}
EVENT_CLASSES = ("ArmedClash", "War", "Ceasefire", "AidRequest", "Talks", "PhoneCall", "Deployment")


def document_graph(n: int, rng: random.Random, events: int = 5) -> tuple[str, list[ox.Triple]]:
    """One synthetic document: 5 events with 2 sides, a date, fatalities and one evidence each."""
    doc = ox.NamedNode(f"{ID}doc/{n:016x}")
    triples: list[ox.Triple] = []

    def add(subject: ox.NamedNode, predicate: str, obj: ox.NamedNode | ox.Literal) -> None:
        triples.append(ox.Triple(subject, ox.NamedNode(predicate), obj))

    add(doc, RDF + "type", ox.NamedNode(CKG + "Document"))
    add(doc, DCTERMS + "title", ox.Literal(f"Synthetic report {n}"))
    add(doc, DCTERMS + "language", ox.Literal("en"))
    add(doc, DCTERMS + "issued", ox.Literal(f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                                            datatype=ox.NamedNode(XSD + "date")))
    for e in range(events):
        kind = rng.choice(EVENT_CLASSES)
        event = ox.NamedNode(f"{ID}event/{kind.lower()}-{n:06x}{e:06x}")
        evidence = ox.NamedNode(f"{ID}evidence/{n:016x}-{e}")
        add(event, RDF + "type", ox.NamedNode(CKG + kind))
        for side in rng.sample(STATES, 2):
            add(event, CKG + "participant", ox.NamedNode(f"{ID}state/{side}"))
        add(event, CKG + "date", ox.Literal(f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-0{rng.randint(1, 9)}",
                                            datatype=ox.NamedNode(XSD + "date")))
        add(event, CKG + "fatalities", ox.Literal(str(rng.randint(0, 300)), datatype=ox.NamedNode(XSD + "integer")))
        add(event, PROV + "wasDerivedFrom", doc)
        add(event, CKG + "evidence", evidence)
        add(evidence, CKG + "sentence", ox.Literal(f"Sentence {e} of report {n}."))
        add(evidence, CKG + "confidence", ox.Literal("0.8", datatype=ox.NamedNode(XSD + "decimal")))
        add(evidence, PROV + "wasDerivedFrom", doc)
        add(doc, CKG + "mentions", ox.NamedNode(f"{ID}state/{rng.choice(STATES)}"))
    add(doc, RDFS + "comment", ox.Literal("synthetic"))
    return doc.value, triples


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_of(runs: int, action: Callable[[], object]) -> float:
    return statistics.median(timed(action) for _ in range(runs))


def bench(documents: int, runs: int) -> list[tuple[str, str]]:
    rng = random.Random(7)
    graphs = [document_graph(n, rng) for n in range(documents)]
    quads = [ox.Quad(*t, ox.NamedNode(g)) for g, triples in graphs for t in triples]
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        store = OxigraphStore(Path(folder) / "replace")
        rows.append(("load ontology + reference graphs", f"{timed(lambda: api.ensure_reference(store)):.2f} s"))
        write = timed(lambda: [store.replace_graph(g, t) for g, t in graphs])
        rows.append((f"replace_graph x {documents} documents", f"{write / documents * 1000:.2f} ms per document"))
        bulk_store = OxigraphStore(Path(folder) / "bulk")
        bulk = timed(lambda: bulk_store.add_quads(quads))
        rows.append((f"add_quads of {len(quads):,} quads", f"{len(quads) / bulk:,.0f} quads/s"))
        bulk_store.close()
        rows.append(("infer (rules over everything)", f"{median_of(runs, lambda: api.infer(store)) * 1000:.0f} ms"))
        for query in list_queries():
            latency = median_of(runs, lambda q=query: list(store.query(q.text)))
            bindings = query.bind({p.name: SAMPLE_VALUES[p.type] for p in query.params})
            bound = median_of(runs, lambda q=query, b=bindings: list(store.query(q.text, b)))
            rows.append((f"query {query.name}", f"{latency * 1000:.1f} ms unbound, {bound * 1000:.1f} ms bound"))
        rows.append(("export TriG (everything)", f"{median_of(runs, lambda: api.export(store, 'trig', None, io.BytesIO())) * 1000:.0f} ms"))
        store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    table = Table("measure", "median", title=f"store benchmark: {args.documents} documents, {args.runs} runs")
    for name, value in bench(args.documents, args.runs):
        table.add_row(name, value)
    Console().print(table)


if __name__ == "__main__":
    main()
