"""Benchmark of `kg view` on synthetic networks of 500 and 5,000 nodes.

Measures (medians): projection from an in-memory store, rendering the HTML
(layout included), the file's size, the page load in headless chromium from
file:// until the network is drawn and holds still, and in the loaded page
the time to toggle an edge-type filter and to run a search.

    .venv/bin/python bench/bench_view.py [--sizes 500 5000] [--runs 3]
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import CKG, DCTERMS, ID, PROV, RDF, RDFS, XSD
from kg.network import project
from kg.store import open_store
from kg.view import LARGE_GRAPH, render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def synthetic_store(nodes: int, seed: int = 7):
    """`nodes` actors (one in ten an organization with members), 1.5 events per actor."""
    rng = random.Random(seed)
    graph = ox.NamedNode(ID + "doc/bench")
    quads: list[ox.Quad] = []

    def add(subject, predicate, obj):
        quads.append(ox.Quad(subject, ox.NamedNode(predicate), obj, graph))

    actors = []
    for i in range(nodes):
        is_org = i % 10 == 0
        actor = ox.NamedNode(f"{ID}{'org' if is_org else 'state'}/B{i:05d}")
        add(actor, RDF + "type", ox.NamedNode(CKG + ("Organization" if is_org else "State")))
        add(actor, RDFS + "label", ox.Literal(f"Actor {i}", language="en"))
        actors.append((actor, is_org))
    states = [a for a, is_org in actors if not is_org]
    for org in (a for a, is_org in actors if is_org):
        for member in rng.sample(states, 3):
            add(member, CKG + "memberOf", org)
    add(graph, RDF + "type", ox.NamedNode(CKG + "Document"))
    add(graph, DCTERMS + "title", ox.Literal("Synthetic report"))
    for i in range(nodes * 3 // 2):
        event = ox.NamedNode(f"{ID}event/armedclash-{i:012d}")
        evidence = ox.NamedNode(f"{ID}evidence/bench-{i}")
        add(event, RDF + "type", ox.NamedNode(CKG + "ArmedClash"))
        for side in rng.sample(states, 2):
            add(event, CKG + "participant", side)
        add(event, CKG + "date", ox.Literal(f"{rng.randint(1990, 2024)}-{rng.randint(1, 12):02d}-01",
                                              datatype=ox.NamedNode(XSD + "date")))
        add(event, CKG + "fatalities", ox.Literal(str(rng.randint(0, 500)), datatype=ox.NamedNode(XSD + "integer")))
        add(event, CKG + "evidence", evidence)
        add(evidence, CKG + "sentence", ox.Literal(f"Sentence {i} about a clash between two actors."))
        add(evidence, PROV + "wasDerivedFrom", graph)
    store = open_store(":memory:")
    store.add_quads(quads)
    return store


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


INTERACTION_JS = """
var box = document.querySelector('#kg-edge-filters input');
var t0 = performance.now(); box.click(); var t1 = performance.now(); box.click();
var t2 = performance.now(); kgView.search('Actor 42'); var t3 = performance.now();
return [t1 - t0, t3 - t2];
"""


def page_seconds(path: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Page loads until drawn and still; then the time to toggle an edge-type filter and to search."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    profile = tempfile.mkdtemp(prefix="kg-bench-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
                 "--proxy-server=127.0.0.1:9", "--window-size=1400,900"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        loads, filters, searches = [], [], []
        for _ in range(runs):
            browser.get("about:blank")
            start = time.perf_counter()
            browser.get(path.as_uri())
            WebDriverWait(browser, 300, poll_frequency=0.05).until(
                lambda b: b.execute_script("return !!(window.kgView && window.kgView.stable)"))
            loads.append(time.perf_counter() - start)
            filter_ms, search_ms = browser.execute_script(INTERACTION_JS)
            filters.append(filter_ms / 1000)
            searches.append(search_ms / 1000)
        return loads, filters, searches
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def bench(nodes: int, runs: int, folder: Path) -> dict[str, float]:
    store = synthetic_store(nodes)
    builds, renders = [], []
    for _ in range(runs):
        seconds, graph = timed(project, store, kind="all")
        builds.append(seconds)
        seconds, path = timed(render_html, graph, folder / f"bench-{nodes}.html")
        renders.append(seconds)
    result = {
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "build_s": statistics.median(builds), "render_s": statistics.median(renders),
        "size_mb": path.stat().st_size / 1e6,
    }
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        loads, filters, searches = page_seconds(path, runs)
        result.update(load_s=statistics.median(loads), filter_s=statistics.median(filters),
                      search_s=statistics.median(searches))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"kg view benchmark: medians of {args.runs} runs; layout in Python above {LARGE_GRAPH} nodes")
    print(f"{'nodes':>6} {'edges':>6} {'build s':>8} {'render s':>9} {'file MB':>8} {'load s':>7} "
          f"{'filter s':>9} {'search s':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            r = bench(size, args.runs, Path(folder))
            page = " ".join(f"{r[key]:>{width}.2f}" if key in r else f"{'n/a':>{width}}"
                            for key, width in (("load_s", 7), ("filter_s", 9), ("search_s", 9)))
            print(f"{r['nodes']:>6} {r['edges']:>6} {r['build_s']:8.2f} {r['render_s']:9.2f} {r['size_mb']:8.2f} {page}")


if __name__ == "__main__":
    main()
