"""`kg serve` tested with real clients (SPARQLWrapper, rdflib's SPARQLStore, httpx) over loopback."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from xml.dom.minidom import Document

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from kg.server import Refusal, inspect_query, negotiate
from kg.store import open_store
from servers import start_kg_serve

pytestmark = pytest.mark.server

FIXTURE = Path(__file__).parent / "fixtures" / "server_fixture.trig"
CKG = "https://w3id.org/conflict-kg/ontology#"
ID = "https://w3id.org/conflict-kg/id/"
REFERENCE = ID + "graph/reference"
DOC = ID + "doc/00000000000000aa"
BULK = "http://example.org/graph/bulk"
BULK_TRIPLES = 500
REFERENCE_TRIPLES = 10
DOC_TRIPLES = 7
MARKUP = "<img src=x onerror=\"document.title='injected'\"><b>bold</b> & more"
TIMEOUT = 3
MAX_ROWS = 100
PREFIXES = f"PREFIX ckg: <{CKG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
STATES = PREFIXES + "SELECT ?state ?label WHERE { ?state a ckg:State ; rdfs:label ?label FILTER(lang(?label) = 'en') } ORDER BY ?state"
TITLE = 'Border clash, "heavy" shelling\tand\nmore — déjà vu'
SLOW = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{BULK}> {{ ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }} }}"


def build_store(folder: Path) -> None:
    bulk = [
        ox.Quad(ox.NamedNode(f"http://example.org/item/{i}"), ox.NamedNode("http://example.org/p"), ox.Literal(i), ox.NamedNode(BULK))
        for i in range(BULK_TRIPLES)
    ]
    with open_store(str(folder)) as store:
        store.add_quads(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
        store.add_quads(bulk)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    build_store(folder / "store")
    running = start_kg_serve(
        folder / "store", folder / "serve.log", "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS), "--workers", "2"
    )
    yield running
    running.stop()


@pytest.fixture(scope="module")
def endpoint(server) -> str:
    return server.base_url + "/sparql"


def wrapper(endpoint: str, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


EXPECTED_STATES = [(ID + "state/AAA", "Alphaland"), (ID + "state/BBB", "Betastan")]


# ------------------------------------------------------------ results with real clients


def test_sparqlwrapper_json(endpoint):
    data = wrapper(endpoint, STATES, JSON).query().convert()
    rows = [(b["state"]["value"], b["label"]["value"]) for b in data["results"]["bindings"]]
    assert rows == EXPECTED_STATES
    assert data["results"]["bindings"][0]["label"]["xml:lang"] == "en"


def test_sparqlwrapper_xml(endpoint):
    document = wrapper(endpoint, STATES, XML).query().convert()
    assert isinstance(document, Document)
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]
    literals = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert list(zip(uris, literals)) == EXPECTED_STATES


def test_sparqlwrapper_csv_escapes_commas_quotes_and_newlines(endpoint):
    query = PREFIXES + "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?doc ?title WHERE { ?doc dcterms:title ?title }"
    body = wrapper(endpoint, query, CSV).query().convert()
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert rows == [["doc", "title"], [DOC, TITLE]]


def test_sparqlwrapper_tsv(endpoint):
    body = wrapper(endpoint, STATES, TSV).query().convert()
    parsed = ox.parse_query_results(body, ox.QueryResultsFormat.TSV)
    assert [(row["state"].value, row["label"].value) for row in parsed] == EXPECTED_STATES
    assert body.decode().splitlines()[0] == "?state\t?label"


def test_sparqlwrapper_ask_and_post(endpoint):
    client = wrapper(endpoint, PREFIXES + "ASK { ?s a ckg:ArmedClash }", JSON)
    client.setMethod("POST")
    assert client.query().convert()["boolean"] is True


def test_rdflib_sparqlstore(endpoint):
    graph = rdflib.Graph(store=SPARQLStore(endpoint))
    rows = graph.query(STATES)
    assert [(str(row.state), str(row.label)) for row in rows] == EXPECTED_STATES
    states = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(CKG + "State")))
    assert states == {rdflib.URIRef(state) for state, _ in EXPECTED_STATES}


@pytest.mark.parametrize(
    ("media_type", "rdflib_format"),
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")],
)
def test_construct_formats(endpoint, media_type, rdflib_format):
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }}"
    response = httpx.post(endpoint, data={"query": query}, headers={"Accept": media_type})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    assert len(graph) == DOC_TRIPLES
    assert rdflib.Literal(TITLE, lang="en") in set(graph.objects())


def test_describe_is_turtle_by_default(endpoint):
    response = httpx.get(endpoint, params={"query": f"DESCRIBE <{ID}state/BBB>"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=response.text, format="turtle")) == 3


def test_query_as_direct_post_body(endpoint):
    response = httpx.post(
        endpoint,
        content=STATES.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200
    assert len(response.json()["results"]["bindings"]) == 2


# ------------------------------------------------------------ negotiation


def test_not_acceptable_is_406(endpoint):
    response = httpx.get(endpoint, params={"query": STATES}, headers={"Accept": "image/png, text/turtle"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text


def test_q_values_choose_the_format(endpoint):
    accept = "application/sparql-results+json;q=0.2, text/csv;q=0.9, */*;q=0.1"
    response = httpx.get(endpoint, params={"query": STATES}, headers={"Accept": accept})
    assert response.headers["content-type"].startswith("text/csv")


def test_negotiate_rules():
    offers = ["application/sparql-results+json", "text/csv"]
    assert negotiate(None, offers) == "application/sparql-results+json"
    assert negotiate("*/*", offers) == "application/sparql-results+json"
    assert negotiate("text/*", offers) == "text/csv"
    assert negotiate("text/csv;q=0, */*;q=0.5", offers) == "application/sparql-results+json"
    assert negotiate("text/csv;q=0, application/*;q=0", offers) is None


# ------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("data", "headers"),
    [
        ({"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}, {}),
        ({"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}, {}),
        ({"update": "LOAD <http://example.org/data.ttl>"}, {}),
        ({"query": "LOAD <http://example.org/data.ttl>"}, {}),
    ],
)
def test_updates_and_load_are_refused(endpoint, data, headers):
    response = httpx.post(endpoint, data=data, headers=headers)
    assert response.status_code == 403
    assert "read-only" in response.text


def test_update_body_is_refused_and_nothing_changes(endpoint):
    response = httpx.post(
        endpoint,
        content=b"DELETE WHERE { ?s ?p ?o }",
        headers={"Content-Type": "application/sparql-update"},
    )
    assert response.status_code == 403
    count = httpx.get(endpoint, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).json()
    assert int(count["results"]["bindings"][0]["n"]["value"]) == REFERENCE_TRIPLES + DOC_TRIPLES + BULK_TRIPLES


@pytest.fixture
def trap():
    """A listening socket that records whether anyone connected to it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.5)
    yield listener
    listener.close()


def _connected(listener: socket.socket) -> bool:
    try:
        connection, _ = listener.accept()
    except TimeoutError:
        return False
    connection.close()
    return True


def test_service_is_refused_before_execution(endpoint, trap):
    port = trap.getsockname()[1]
    query = f"SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }} }}"
    response = httpx.get(endpoint, params={"query": query})
    assert response.status_code == 403
    assert "SERVICE" in response.text
    assert not _connected(trap)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }",
        "ASK { FILTER EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { OPTIONAL { GRAPH ?g { SERVICE SILENT <http://x/> { ?s ?p ?o } } } }",
        "DESCRIBE ?s WHERE { ?s ?p ?o MINUS { SERVICE <http://x/> { ?s ?p ?o } } }",
    ],
)
def test_service_is_found_wherever_it_is_nested(query):
    with pytest.raises(Refusal) as refused:
        inspect_query(query)
    assert refused.value.status == 403


def test_service_inside_a_string_is_fine(endpoint):
    query = 'SELECT ?x WHERE { BIND("SERVICE <http://example.org/> { ?s ?p ?o }" AS ?x) }'
    response = httpx.get(endpoint, params={"query": query})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["x"]["value"].startswith("SERVICE")


def test_syntax_error_is_400_with_one_line(endpoint):
    response = httpx.get(endpoint, params={"query": "SELECT WHERE {"})
    assert response.status_code == 400
    assert response.text.count("\n") == 1


def test_missing_query_is_400(endpoint):
    assert httpx.get(endpoint).status_code == 400


def test_huge_body_is_413(endpoint):
    query = "ASK {}" + " " * (2 << 20)
    response = httpx.post(endpoint, content=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


# ------------------------------------------------------------ limits


def test_row_limit_refuses_large_results(endpoint):
    query = f"SELECT ?s WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}"
    response = httpx.get(endpoint, params={"query": query})
    assert response.status_code == 400
    assert f"more than {MAX_ROWS} rows" in response.text
    limited = httpx.get(endpoint, params={"query": query + f" LIMIT {MAX_ROWS}"})
    assert limited.status_code == 200
    assert len(limited.json()["results"]["bindings"]) == MAX_ROWS


def test_row_limit_applies_to_construct(endpoint):
    query = f"CONSTRUCT WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}"
    assert httpx.get(endpoint, params={"query": query}).status_code == 400


def _children(pid: int) -> set[int]:
    """Child processes of `pid`, whichever of its threads started them."""
    tasks = Path(f"/proc/{pid}/task").glob("*/children")
    return {int(child) for task in tasks for child in task.read_text().split()}


def test_slow_query_times_out_while_a_fast_one_is_answered(server, endpoint):
    workers_before = _children(server.process.pid)
    assert len(workers_before) >= 2
    slow: dict = {}

    def run_slow():
        started = time.monotonic()
        slow["response"] = httpx.get(endpoint, params={"query": SLOW}, timeout=60)
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.5)
    started = time.monotonic()
    fast = httpx.get(endpoint, params={"query": STATES}, headers={"Accept": "application/sparql-results+json"})
    fast_seconds = time.monotonic() - started
    assert thread.is_alive(), "the slow query should still be running"
    assert fast.status_code == 200 and len(fast.json()["results"]["bindings"]) == 2
    assert fast_seconds < TIMEOUT
    thread.join(30)
    assert slow["response"].status_code == 503
    assert "timed out" in slow["response"].text
    assert TIMEOUT <= slow["seconds"] < TIMEOUT + 5
    # the worker that ran it was killed and replaced by a fresh one
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        workers_after = _children(server.process.pid)
        if len(workers_after) == len(workers_before) and workers_after != workers_before:
            break
        time.sleep(0.2)
    assert len(workers_before - workers_after) == 1
    assert httpx.get(endpoint, params={"query": "ASK {}"}).status_code == 200


# ------------------------------------------------------------ dataset parameters


def _count(endpoint: str, query: str, **params) -> int:
    response = httpx.get(endpoint, params={"query": query, **params})
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_project_prefixes_need_no_declaration(endpoint):
    assert _count(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ckg:State }") == 2


def test_default_graph_is_the_union(endpoint):
    assert _count(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == REFERENCE_TRIPLES + DOC_TRIPLES + BULK_TRIPLES


def test_default_graph_uri(endpoint):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _count(endpoint, query, **{"default-graph-uri": REFERENCE}) == REFERENCE_TRIPLES
    assert _count(endpoint, query, **{"default-graph-uri": [REFERENCE, DOC]}) == REFERENCE_TRIPLES + DOC_TRIPLES


def test_named_graph_uri(endpoint):
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert _count(endpoint, query, **{"named-graph-uri": DOC}) == DOC_TRIPLES


def test_from_clause_is_respected(endpoint):
    assert _count(endpoint, f"SELECT (COUNT(*) AS ?n) FROM <{DOC}> WHERE {{ ?s ?p ?o }}") == DOC_TRIPLES


# ------------------------------------------------------------ other routes, binding, CLI


def test_health(server):
    response = httpx.get(server.base_url + "/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["max_rows"] == MAX_ROWS


def test_query_page_has_no_external_resources(server):
    response = httpx.get(server.base_url + "/")
    assert response.status_code == 200
    assert '<form id="query-form"' in response.text
    links = re.findall(r'(?:src|href)="([^"]*)"', response.text)
    assert links == ["assets/query.css", "assets/query.js"]
    assert "default-src 'none'" in response.headers["content-security-policy"]
    script = httpx.get(server.base_url + "/assets/query.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "innerHTML" not in script.text and "textContent" in script.text
    assert httpx.get(server.base_url + "/assets/../../store.py").status_code == 404


CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.mark.browser
@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()), reason="needs Debian's chromium and chromedriver")
def test_query_page_in_a_browser_shows_markup_as_text(server, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={tmp_path}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        browser.get(server.base_url + "/")
        title = browser.title
        box = browser.find_element(By.ID, "query")
        box.clear()
        box.send_keys("SELECT ?comment WHERE { ?org rdfs:comment ?comment }")
        browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#results td"))
        cells = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "#results td")]
        assert cells == [MARKUP]
        assert not browser.find_elements(By.CSS_SELECTOR, "#results img, #results b")
        assert browser.title == title
        assert browser.find_element(By.ID, "status").text == "1 row"
    finally:
        browser.quit()


def test_no_cors_unless_asked(endpoint):
    response = httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_for_the_origins_given(tmp_path):
    build_store(tmp_path / "store")
    server = start_kg_serve(tmp_path / "store", tmp_path / "serve.log", "--workers", "1", "--cors", "https://yasgui.example")
    endpoint = server.base_url + "/sparql"
    preflight = {"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST"}
    try:
        assert httpx.options(endpoint, headers=preflight).headers["access-control-allow-origin"] == "https://yasgui.example"
        answer = httpx.post(endpoint, data={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
        assert answer.status_code == 200
        assert answer.headers["access-control-allow-origin"] == "https://yasgui.example"
        other = httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    finally:
        server.stop()


def test_binds_loopback_only_by_default(server):
    port = int(server.base_url.rsplit(":", 1)[1])
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", port), timeout=2).close()


def test_serve_refuses_a_folder_that_is_not_a_store(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 2
    assert "not a kg store folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_results_are_valid_json_with_unicode(endpoint):
    query = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?title WHERE { ?doc dcterms:title ?title }"
    response = httpx.get(endpoint, params={"query": query})
    assert json.loads(response.content)["results"]["bindings"][0]["title"]["value"] == TITLE
