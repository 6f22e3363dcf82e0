"""The embedded store: persistence, atomic graph replacement, bound queries, clear errors."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse

from kg import api
from kg.errors import InputError, QueryError
from kg.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.store import OxigraphStore, open_store

ANALYST_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "analyst_fixture.trig"
EX = "http://example.org/"
G = EX + "graph"


def triple(n: int) -> Triple:
    return Triple(NamedNode(f"{EX}s{n}"), NamedNode(EX + "p"), Literal(f"value {n}"))


def objects(store: OxigraphStore) -> list[str]:
    return sorted(row["o"].value for row in store.query("SELECT ?o WHERE { ?s ?p ?o }"))


def test_data_survives_closing_and_reopening(tmp_path):
    folder = tmp_path / "store"
    with open_store(str(folder)) as store:
        store.replace_graph(G, [triple(1), triple(2)])
    with open_store(str(folder)) as store:
        assert store.graphs() == [G]
        assert objects(store) == ["value 1", "value 2"]


def test_a_store_folder_is_created_with_its_parents(tmp_path):
    nested = tmp_path / "runs" / "2022" / "store"
    with open_store(str(nested)) as store:
        store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert nested.is_dir()
    with open_store(str(nested)) as store:
        assert store.query("ASK { <urn:a> <urn:b> <urn:c> }")


def test_open_store_reads_kg_store_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "from-env"))
    with open_store(None) as store:
        store.add_quads([Quad(*triple(1), NamedNode(G))])
    assert (tmp_path / "from-env" / "CURRENT").is_file()


def test_default_store_folder_is_kg_data(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    with open_store(None):
        pass
    assert (tmp_path / "kg-data").is_dir()


def test_replace_graph_replaces_only_that_graph():
    store = OxigraphStore(None)
    store.replace_graph(G, [triple(1), triple(2)])
    store.replace_graph(EX + "other", [triple(9)])
    store.replace_graph(G, [triple(3)])
    assert objects(store) == ["value 3", "value 9"]


def test_replace_graph_is_all_or_nothing():
    store = OxigraphStore(None)
    store.replace_graph(G, [triple(1)])

    def failing():
        yield triple(2)
        raise RuntimeError("extraction crashed half-way")

    with pytest.raises(RuntimeError):
        store.replace_graph(G, failing())
    assert objects(store) == ["value 1"]


def test_replace_graph_keeps_hostile_literals_as_data():
    store = OxigraphStore(None)
    hostile = Literal('x" } } ; DROP ALL ; INSERT DATA { <a> <b> "c')
    store.replace_graph(G, [Triple(NamedNode(EX + "s"), NamedNode(EX + "p"), hostile)])
    store.replace_graph(EX + "other", [triple(1)])
    assert objects(store) == sorted([hostile.value, "value 1"])


def test_drop_graph_and_graphs():
    store = OxigraphStore(None)
    store.add_quads([Quad(*triple(1), NamedNode(G)), Quad(*triple(2), NamedNode(EX + "b"))])
    store.drop_graph(G)
    store.drop_graph(EX + "never-there")
    assert store.graphs() == [EX + "b"]


def test_default_graph_is_the_union_unless_asked_otherwise():
    store = OxigraphStore(None)
    store.add_quads([Quad(*triple(1), NamedNode(G)), Quad(*triple(2), NamedNode(EX + "b"))])
    assert objects(store) == ["value 1", "value 2"]
    assert list(store.query("SELECT ?o WHERE { ?s ?p ?o }", default_graph_as_union=False)) == []


def test_bindings_are_values_not_text():
    store = OxigraphStore(None)
    store.replace_graph(G, [triple(1), triple(2)])
    rows = store.query("SELECT ?s ?o WHERE { ?s ?p ?o }", {"s": NamedNode(EX + "s2")})
    assert [row["o"].value for row in rows] == ["value 2"]


def test_project_prefixes_need_no_declaration():
    store = OxigraphStore(None)
    assert bool(store.query("ASK { FILTER(STRSTARTS(STR(ckg:State), STR(ckgid:))) }")) is False


def test_malformed_query_names_the_position():
    store = OxigraphStore(None)
    with pytest.raises(QueryError, match=r"malformed SPARQL: error at 1:25"):
        store.query("SELECT * WHERE { ?s ?p }")


def test_dump_whole_dataset_as_trig_and_union_as_turtle():
    store = OxigraphStore(None)
    store.add_quads([Quad(*triple(1), NamedNode(G)), Quad(*triple(2), NamedNode(EX + "b"))])
    trig, turtle = io.BytesIO(), io.BytesIO()
    store.dump(RdfFormat.TRIG, None, trig)
    store.dump(RdfFormat.TURTLE, None, turtle)
    assert {q.graph_name.value for q in parse(trig.getvalue(), RdfFormat.TRIG)} == {G, EX + "b"}
    assert sorted(q.object.value for q in parse(turtle.getvalue(), RdfFormat.TURTLE)) == ["value 1", "value 2"]


def test_folder_with_other_files_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("my notes")
    with pytest.raises(InputError, match=r"is not a conflict-kg store"):
        open_store(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing written


def test_file_is_not_a_store(tmp_path):
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(InputError, match=r"exists but is not a folder"):
        open_store(str(path))


def test_store_in_use_is_reported(tmp_path):
    with open_store(str(tmp_path / "s")):
        with pytest.raises(InputError, match=r"in use by another process"):
            open_store(str(tmp_path / "s"))


# --- the library API's writes on top of the store ------------------------------------------


def test_ensure_reference_loads_once_and_reloads_when_the_data_changes(monkeypatch):
    store = OxigraphStore(None)
    assert api.ensure_reference(store) is True
    assert api.ensure_reference(store) is False
    assert store.graphs() == sorted([ONTOLOGY_GRAPH, REFERENCE_GRAPH])
    monkeypatch.setattr(api, "reference_digest", lambda: "changed")
    assert api.ensure_reference(store) is True
    assert api.ensure_reference(store) is False


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.ttl", f"<{EX}s> <{EX}p> 'v' ."),
        ("a.nt", f"<{EX}s> <{EX}p> \"v\" ."),
        ("a.jsonld", json.dumps({"@id": EX + "s", EX + "p": "v"})),
        ("a.rdf", f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="{EX}">'
                  f'<rdf:Description rdf:about="{EX}s"><ex:p>v</ex:p></rdf:Description></rdf:RDF>'),
    ],
)
def test_import_puts_triples_in_a_graph_named_after_the_file_content(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    store = OxigraphStore(None)
    report = api.import_files(store, [path])
    [graph] = report.graphs
    assert graph.startswith(api.IMPORT_GRAPH_PREFIX)
    assert objects(store) == ["v"]
    api.import_files(store, [path])  # the same file again adds nothing
    assert objects(store) == ["v"]


def test_import_keeps_named_graphs_and_honours_graph_option(tmp_path):
    trig = tmp_path / "a.trig"
    trig.write_text(f"<{G}> {{ <{EX}s> <{EX}p> 'in g' }}\n<{EX}s> <{EX}p> 'default' .\n")
    store = OxigraphStore(None)
    report = api.import_files(store, [trig], graph=EX + "target")
    assert report.graphs == [G, EX + "target"]


def test_import_parses_everything_before_writing(tmp_path):
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.nt"
    good.write_text(f"<{EX}s> <{EX}p> 'v' .")
    bad.write_text(f"<{EX}s> <{EX}p> .\n")
    store = OxigraphStore(None)
    with pytest.raises(InputError, match=r"bad.nt: not valid N-Triples: .*line 1"):
        api.import_files(store, [good, bad])
    assert store.graphs() == []


def test_import_graph_option_must_be_an_iri(tmp_path):
    path = tmp_path / "a.ttl"
    path.write_text(f"<{EX}s> <{EX}p> 'v' .")
    with pytest.raises(InputError, match=r"--graph not an iri: not an absolute IRI"):
        api.import_files(OxigraphStore(None), [path], graph="not an iri")
    store = OxigraphStore(None)
    assert api.import_files(store, [path], graph="ckgid:graph/mine").graphs == [
        "https://w3id.org/conflict-kg/id/graph/mine"]


def test_inferred_facts_disappear_with_their_source():
    store = OxigraphStore(None)
    store.add_quads(parse(path=str(ANALYST_FIXTURE)))
    call_by_arm = ("ASK { GRAPH ckgid:graph\\/inferred { "
                   "ckgid:event\\/phonecall-000000000003 ckg:participant ckgid:state\\/ARM } }")
    api.infer(store)
    assert bool(store.query(call_by_arm))
    store.drop_graph("https://w3id.org/conflict-kg/id/doc/aaaaaaaaaaaaaaaa")
    api.infer(store)
    assert not bool(store.query(call_by_arm))
