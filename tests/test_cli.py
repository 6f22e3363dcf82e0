"""The `kg` command: outputs, exit codes, and one-line errors without tracebacks.

Most tests call the console script's entry point (kg.cli.main) in-process, which
is fast; a few run `python -m kg` in a subprocess as a user would."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import networkx
import pytest
from pyoxigraph import RdfFormat, parse, serialize

from kg import api
from kg.cli import main

TESTS_DIR = Path(__file__).resolve().parent
FIXTURE = TESTS_DIR / "fixtures" / "analyst_fixture.trig"
EXAMPLES = TESTS_DIR.parent / "examples"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def kg(capsys, monkeypatch):
    """Run `kg ARGS... [--store DIR]` through the console script's entry point."""

    def run(*args: str, store: Path | None = None) -> Run:
        argv = ["kg", *args, *(["--store", str(store)] if store is not None else [])]
        monkeypatch.setattr(sys, "argv", argv)
        capsys.readouterr()
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


def kg_process(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kg", *args, *(["--store", str(store)] if store is not None else [])]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def assert_one_line_error(result: Run | subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """The real ontology and reference graphs plus the fixture's three document graphs
    (its own small reference graph would compete with the real one), built through the API."""
    folder = tmp_path_factory.mktemp("cli")
    documents = folder / "documents.nq"
    quads = [q for q in parse(path=str(FIXTURE)) if "/id/doc/" in q.graph_name.value]
    documents.write_bytes(serialize(quads, format=RdfFormat.N_QUADS))
    with api.open_store(str(folder / "store")) as store:
        api.ensure_reference(store)
        api.import_files(store, [documents])
    return folder / "store"


def count_quads(kg, store_dir: Path) -> int:
    result = kg("query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                "--format", "csv", store=store_dir)
    return int(result.stdout.splitlines()[1])


def test_list_queries_shows_names_summaries_and_params():
    result = kg_process("list-queries")
    assert result.returncode == 0
    assert "clashes-involving-state" in result.stdout
    assert "Armed clashes and wars involving a state" in result.stdout
    assert "state (state)" in result.stdout


def test_query_csv_is_the_w3c_format(kg, store_dir):
    result = kg("query", "clashes-involving-state", "--param", "state=ARM", "--format", "csv", store=store_dir)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["class"].rsplit("#")[-1], r["date"], r["fatalitiesMax"]) for r in rows] == [
        ("War", "2020-09-27", "6500"),
        ("ArmedClash", "2022-09-13", "105"),
    ]


def test_query_json_and_tsv(kg, store_dir):
    result = kg("query", "aid-requests", "--format", "json", store=store_dir)
    answer = json.loads(result.stdout)
    assert answer["head"]["vars"][:2] == ["requester", "addressee"]
    pairs = {(b["requester"]["value"], b["addressee"]["value"]) for b in answer["results"]["bindings"]}
    assert pairs == {("https://w3id.org/conflict-kg/id/state/ARM", "https://w3id.org/conflict-kg/id/state/RUS")}
    tsv = kg("query", "aid-requests", "--format", "tsv", store=store_dir).stdout.splitlines()
    assert tsv[0].split("\t")[:2] == ["?requester", "?addressee"]
    assert tsv[1].split("\t")[:2] == ["<https://w3id.org/conflict-kg/id/state/ARM>", "<https://w3id.org/conflict-kg/id/state/RUS>"]


def test_query_table_is_readable(kg, store_dir):
    result = kg("query", "documents", store=store_dir)
    assert result.returncode == 0
    assert "ckgid:doc/aaaaaaaaaaaaaaaa" in result.stdout and "Armenia minta bantuan militer Rusia" in result.stdout
    assert "3 row(s)" in result.stdout


def test_query_table_names_entities_by_their_label(kg, store_dir):
    result = kg("query", "aid-requests", store=store_dir)
    assert "Armenia (ckgid:state/ARM)" in result.stdout and "Russia (ckgid:state/RUS)" in result.stdout
    csv_rows = kg("query", "aid-requests", "--format", "csv", store=store_dir).stdout
    assert "Armenia (" not in csv_rows and "id/state/ARM," in csv_rows  # results formats keep the bare IRIs


def test_query_table_prints_brackets_from_articles_as_they_are(kg, tmp_path):
    person = tmp_path / "person.ttl"
    person.write_text('<https://w3id.org/conflict-kg/id/person/x> '
                      '<http://www.w3.org/2000/01/rdf-schema#label> "[bold]Colonel[/bold] X"@en .\n', encoding="utf-8")
    store = tmp_path / "store"
    assert kg("import", str(person), store=store).returncode == 0
    result = kg("query", "--sparql", "SELECT ?who WHERE { ?who ?p ?o }", store=store)
    assert "[bold]Colonel[/bold] X (ckgid:person/x)" in result.stdout


def test_query_from_a_file_with_its_own_params(kg, store_dir, tmp_path):
    query = tmp_path / "labels.rq"
    query.write_text("# summary: label of a state\n# param: state state the state\n"
                     "SELECT ?state ?label WHERE { ?state rdfs:label ?label FILTER(LANG(?label) = 'en') }\n")
    result = kg("query", str(query), "--param", "state=KAZ", "--format", "csv", store=store_dir)
    assert result.stdout.splitlines()[1:] == ["https://w3id.org/conflict-kg/id/state/KAZ,Kazakhstan"]


def test_construct_prints_turtle(kg, store_dir):
    result = kg("query", "--sparql", "CONSTRUCT { ?e a ckg:War } WHERE { ?e a ckg:War }", store=store_dir)
    triples = [q.triple for q in parse(result.stdout.encode(), RdfFormat.TURTLE)]
    assert [str(t.subject) for t in triples] == ["<https://w3id.org/conflict-kg/id/event/war-000000000006>"]


def test_export_trig_to_a_file_and_turtle_to_stdout(kg, store_dir, tmp_path):
    out = tmp_path / "graph.trig"
    assert kg("export", "--format", "trig", "-o", str(out), store=store_dir).returncode == 0
    graphs = {q.graph_name.value for q in parse(path=str(out))}
    assert "https://w3id.org/conflict-kg/id/graph/reference" in graphs
    assert len(graphs) == 6
    turtle = kg("export", "--format", "turtle", "--graph", "inferred", store=store_dir).stdout
    inferred = {(q.subject.value, q.object.value) for q in parse(turtle.encode(), RdfFormat.TURTLE)}
    assert ("https://w3id.org/conflict-kg/id/event/phonecall-000000000003",
            "https://w3id.org/conflict-kg/id/state/ARM") in inferred


def test_export_network_formats(kg, store_dir, tmp_path):
    out = tmp_path / "net.graphml"
    assert kg("export", "--format", "graphml", "-o", str(out), store=store_dir).returncode == 0
    graph = networkx.read_graphml(out)
    assert "https://w3id.org/conflict-kg/id/state/ARM" in graph
    assert_one_line_error(kg("export", "--format", "gexf", "--graph", "reference", store=store_dir),
                          "--graph applies to RDF formats only")


def test_stats(kg, store_dir):
    result = kg("stats", store=store_dir)
    assert result.returncode == 0
    assert "documents: 3" in result.stdout
    assert "Ceasefire" in result.stdout and "Person" in result.stdout


def test_import_of_a_bad_file_names_it_and_changes_nothing(kg, store_dir, tmp_path):
    good = tmp_path / "good.ttl"
    good.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://example.org/a> <http://example.org/b> .\n")
    before = count_quads(kg, store_dir)
    result = kg("import", str(good), str(bad), store=store_dir)
    assert_one_line_error(result, "bad.ttl", "not valid Turtle", "line 1")
    assert count_quads(kg, store_dir) == before


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("query", "no-such-query"), ("unknown query 'no-such-query'", "clashes-involving-state")),
        (("query", "--sparql", "SELECT * WHERE { ?s ?p }"), ("malformed SPARQL", "1:25")),
        (("query", "--sparql", "SELECT * WHERE {"), ("malformed SPARQL", "1:17", "['0'..='9']")),  # a message over lines
        (("query", "--sparql", "SELECT * WHERE { SERVICE <http://unreachable.invalid/sparql> { ?s ?p ?o } }"),
         ("query failed",)),  # fails while the lazy results are read, not when the query is parsed
        (("query", "--format", "csv", "--sparql", "SELECT * WHERE { SERVICE <http://unreachable.invalid/q> { ?s ?p ?o } }"),
         ("query failed",)),
        (("query", "clashes-involving-state", "--param", "country=ARM"), ("unknown parameter 'country'",)),
        (("query", "clashes-involving-state", "--param", "state"), ("--param state: expected NAME=VALUE",)),
        (("query", "documents", "--format", "xlsx"), ("--format xlsx", "table, csv")),
        (("query", "missing.rq"), ("missing.rq: query file not found",)),
        (("export", "--format", "rdfxml"), ("--format rdfxml",)),
        (("export", "--graph", "no-such-graph"), ("no such graph",)),
        (("import", "/no/such/file.ttl"), ("/no/such/file.ttl: file not found",)),
        (("import", "data.xlsx"), ("data.xlsx: unknown RDF file extension",)),
        (("ingest", "/no/such/folder"), ("/no/such/folder: no such file or folder",)),
    ],
)
def test_user_errors_are_one_line_with_exit_code_2(kg, store_dir, args, fragments):
    assert_one_line_error(kg(*args, store=store_dir), *fragments)


def test_a_folder_that_is_not_a_store_is_refused_by_the_installed_command(tmp_path):
    (tmp_path / "notes.txt").write_text("notes")
    assert_one_line_error(kg_process("stats", store=tmp_path), "is not a conflict-kg store")


def test_ingest_keeps_good_files_and_names_bad_ones(kg, tmp_path):
    article = sorted(EXAMPLES.glob("en_*.txt"))[0]
    shutil.copy(article, tmp_path / article.name)
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    store = tmp_path / "store"
    result = kg_process("ingest", str(tmp_path / article.name), str(tmp_path / "broken.txt"), store=store)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if "broken.txt" in line]
    documents = kg("query", "documents", "--format", "csv", store=store).stdout.splitlines()
    assert len(documents) == 2 and article.name in documents[1]


@pytest.mark.slow
def test_validate_passes_on_the_fixture_and_fails_on_a_bad_graph(kg, store_dir, tmp_path):
    assert kg("validate", store=store_dir).returncode == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n"
        "<https://w3id.org/conflict-kg/id/state/XXA> a ckg:State .\n"  # no iso code
    )
    store = tmp_path / "store"
    assert kg("import", str(bad), store=store).returncode == 0
    result = kg("validate", store=store)
    assert result.returncode == 1
    assert "do not conform" in result.stdout and "state/XXA" in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
        ("stats",),
        ("validate",),
        ("export", "--format", "turtle", "-o", "OUT"),
        ("view", "-o", "OUT"),
    ],
)
def test_reading_commands_refuse_a_missing_store_folder_and_create_nothing(kg, tmp_path, command):
    """A mistyped --store is an error, not a new empty store (`kg serve` checks its folder itself)."""
    missing = tmp_path / "mistyped-store"
    args = [str(tmp_path / "out.file") if part == "OUT" else part for part in command]
    result = kg(*args, store=missing)
    assert_one_line_error(result, str(missing), "no store folder")
    assert not missing.exists()


def test_ingest_creates_a_missing_store_folder(kg, tmp_path):
    store = tmp_path / "new" / "store"
    result = kg("ingest", str(EXAMPLES / "en_finland_joins_nato_2023.txt"), store=store)
    assert result.returncode == 0, result.stderr
    assert kg("stats", store=store).returncode == 0
