"""Benchmark of the ingest pipeline: documents per second.

Measures (medians over --runs): kg.pipeline.extract on each article of the
seed and examples/ (segment, mentions, events, linking within the document),
and kg.pipeline.ingest of all of them into a fresh in-memory store (adds the
cross-document lookups and the graph writes). One warm-up pass first, so the
lexicons, gazetteer and reference data are loaded before timing.

    .venv/bin/python bench/bench_ingest.py [--runs 5] [PATH ...]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from kg.ingest import read_documents
from kg.pipeline import extract, ingest
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT.parent / "shared" / "seed", ROOT / "examples"]


def _median_seconds(action, runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="articles or folders (default: the seed and examples/)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paths = [p for p in (args.paths or DEFAULT_PATHS) if p.exists()]
    documents = list(read_documents(paths))
    if not documents:
        raise SystemExit("no articles found")
    for doc in documents:  # warm-up: lexicons, gazetteer, reference data
        extract(doc)

    extract_all = _median_seconds(lambda: [extract(doc) for doc in documents], args.runs)
    ingest_all = _median_seconds(lambda: ingest(open_store(":memory:"), paths), args.runs)

    table = Table(title=f"ingest pipeline: {len(documents)} documents, median of {args.runs} runs")
    for column in ("stage", "seconds", "documents/s", "ms/document"):
        table.add_column(column, justify="right" if column != "stage" else "left")
    for stage, seconds in (("extract", extract_all), ("ingest (extract + link + store)", ingest_all)):
        table.add_row(stage, f"{seconds:.3f}", f"{len(documents) / seconds:.1f}", f"{1000 * seconds / len(documents):.1f}")
    Console().print(table)


if __name__ == "__main__":
    main()
