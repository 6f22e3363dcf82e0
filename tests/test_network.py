"""The network projection (kg.network), its exports and the HTML it renders (kg.view).

Most tests run on tests/fixtures/view_fixture.trig, a hand-written dataset in
the contract's vocabulary with reference, extracted and inferred facts and
two hostile names. The browser tests are in test_view_browser.py.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.namespaces import ID
from kg.network import date_bounds, project, write_graph, write_network
from kg.store import open_store
from kg.view import LARGE_GRAPH, html_page, render_html

FIXTURE = Path(__file__).parent / "fixtures" / "view_fixture.trig"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_1825697cf85d7d4d.txt"
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def short(iri: str) -> str:
    return iri.removeprefix(ID)


def edge_set(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(short(u), short(v), k) for u, v, k in graph.edges(keys=True)}


@pytest.fixture(scope="module")
def store():
    kg_store = open_store(":memory:")
    kg_store.add_quads(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    yield kg_store
    kg_store.close()


# ---------------------------------------------------------------- alliances


def test_alliances_are_current_memberships_and_treaty_parties(store):
    assert edge_set(project(store, kind="alliances")) == {
        ("state/ARM", "org/CSTO", "membership"),
        ("state/RUS", "org/CSTO", "membership"),
        ("state/KAZ", "org/CSTO", "membership"),
        ("state/RUS", "org/UNSC", "membership"),
        ("state/FRA", "org/UNSC", "membership"),
        ("state/FRA", "org/EU", "membership"),
        ("state/ARM", "treaty/arm-rus-1997-friendship", "treaty_party"),
        ("state/RUS", "treaty/arm-rus-1997-friendship", "treaty_party"),
        ("state/KAZ", "treaty/cst-1992", "treaty_party"),
    }


def test_as_of_follows_membership_periods_and_treaty_dates(store):
    edges_1998 = edge_set(project(store, kind="alliances", as_of="1998-01-01"))
    assert ("state/AZE", "org/CSTO", "membership") in edges_1998  # member 1994-1999
    assert ("state/ARM", "treaty/arm-rus-1997-friendship", "treaty_party") in edges_1998
    edges_1993 = edge_set(project(store, kind="alliances", as_of="1993-06"))
    assert {e for e in edges_1993 if e[2] == "membership"} == {
        ("state/FRA", "org/UNSC", "membership"), ("state/RUS", "org/UNSC", "membership")}
    assert ("state/ARM", "treaty/arm-rus-1997-friendship", "treaty_party") not in edges_1993


def test_membership_edge_carries_its_period_and_source(store):
    graph = project(store, kind="alliances")
    data = graph.edges[ID + "state/ARM", ID + "org/CSTO", "membership"]
    period = next(f for f in data["facts"] if f["class"] == "Membership")
    assert (period["date"], period["status"], period["source"]) == ("1994-04-20", "active", "fixture membership table")
    assert (data["start"], data["end"], data["layer"]) == ("1994-04-20", "", "reference")


# ---------------------------------------------------------------- conflict


def test_conflict_edges_by_type_and_direction(store):
    assert edge_set(project(store, kind="conflict")) == {
        ("state/ARM", "state/AZE", "clash"),
        ("state/ARM", "state/AZE", "war"),
        ("state/ARM", "state/AZE", "ceasefire"),
        ("state/ARM", "state/AZE", "talks"),
        ("state/ARM", "state/RUS", "talks"),  # a phone call between persons who represent them
        ("state/ARM", "state/RUS", "aid_request"),
        ("state/ARM", "org/CSTO", "aid_request"),
        ("state/ARM", "org/UNSC", "aid_request"),
        ("state/ARM", "org/EU", "aid_request"),  # undated, future
        ("org/EU", "state/ARM", "mediation"),
        ("org/EU", "state/AZE", "mediation"),
        ("state/RUS", "state/ARM", "mediation"),
        ("state/RUS", "state/AZE", "mediation"),
        ("org/HOSTILE", "state/AZE", "clash"),
    }


def test_clash_edge_aggregates_events_fatalities_and_sources(store):
    data = project(store, kind="conflict").edges[ID + "state/ARM", ID + "state/AZE", "clash"]
    assert (data["events"], data["fatalities"], data["weight"]) == (2, 64, 2)
    assert (data["start"], data["end"]) == ("2021-11-01", "2022-09-13")
    assert sorted(short(iri) for iri in data["event_iris"]) == [
        "event/armedclash-000000000001", "event/armedclash-000000000002"]
    recent = next(f for f in data["facts"] if f["date"] == "2022-09-13")
    assert (recent["fatalities"], recent["qualifier"], recent["modality"]) == (49, "exact", "asserted")
    [document] = recent["documents"]
    assert document["title"] == "Border fighting <b>flares</b> again"
    assert document["date"] == "2022-09-14"
    assert document["sentence"].startswith("Troops of the two states exchanged fire")


def test_aid_request_is_directed_and_names_the_invoked_treaty(store):
    data = project(store, kind="conflict").edges[ID + "state/ARM", ID + "state/RUS", "aid_request"]
    assert data["directed"] is True
    assert data["invokes"] == [ID + "treaty/arm-rus-1997-friendship"]
    assert data["facts"][0]["invokes"][0]["label"].startswith("Treaty on Friendship")


def test_undated_event_is_placed_at_its_report_date(store):
    data = project(store, kind="conflict").edges[ID + "state/ARM", ID + "org/EU", "aid_request"]
    [fact] = data["facts"]
    assert (fact["date"], fact["reported"], fact["start"], fact["end"]) == ("", "2022-09-14", "2022-09-14", "2022-09-14")
    assert fact["modality"] == "future"


def test_hypothetical_events_are_left_out(store):
    graph = project(store, kind="conflict")
    all_events = {iri for _, _, d in graph.edges(data=True) for iri in d["event_iris"]}
    assert ID + "event/armedclash-000000000004" not in all_events


def test_persons_layer_shows_persons_and_whom_they_represent(store):
    edges = edge_set(project(store, kind="conflict", persons=True))
    assert ("person/ana-example", "person/boris-example", "talks") in edges
    assert ("person/ana-example", "state/ARM", "represents") in edges
    assert ("org/HOSTILE", "person/hostile", "clash") in edges
    assert ("state/ARM", "state/RUS", "talks") not in edges


def test_since_and_until_filter_events_by_date(store):
    since = project(store, kind="conflict", since="2022")
    assert {k for u, v, k in since.edges(keys=True) if short(v) == "state/AZE" and short(u) == "state/ARM"} == {
        "clash", "talks"}
    clash = since.edges[ID + "state/ARM", ID + "state/AZE", "clash"]
    assert (clash["events"], clash["fatalities"]) == (1, 49)
    assert ("state/ARM", "org/EU", "aid_request") in edge_set(since)  # undated, reported 2022-09-14
    until = edge_set(project(store, kind="conflict", until="2021-12-31"))
    assert ("state/ARM", "state/RUS", "aid_request") not in until
    assert ("state/ARM", "org/EU", "aid_request") not in until
    assert ("state/ARM", "state/AZE", "war") in until


def test_layers_tell_reference_extracted_and_inferred_apart(store):
    graph = project(store, kind="all")
    assert graph.nodes[ID + "state/ARM"]["layer"] == "reference"
    assert graph.nodes[ID + "org/HOSTILE"]["layer"] == "extracted"
    assert graph.nodes[ID + "treaty/cst-1992"]["layer"] == "inferred"
    assert graph.edges[ID + "state/KAZ", ID + "treaty/cst-1992", "treaty_party"]["layer"] == "inferred"
    assert graph.edges[ID + "state/ARM", ID + "state/AZE", "war"]["layer"] == "extracted"
    assert graph.edges[ID + "state/RUS", ID + "org/CSTO", "membership"]["layer"] == "reference"


def test_node_attributes(store):
    graph = project(store, kind="all")
    armenia = graph.nodes[ID + "state/ARM"]
    assert (armenia["type"], armenia["label"], armenia["iso"]) == ("State", "Armenia", "ARM")
    assert armenia["events"] == 8  # 2 clashes, war, ceasefire, talks, phone call, 2 aid requests
    assert graph.nodes[ID + "org/CSTO"]["type"] == "Alliance"
    assert graph.nodes[ID + "treaty/arm-rus-1997-friendship"]["date"] == "1997-08-29"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside the checkout")
def test_seed_network_shows_the_crisis_with_sources():
    from kg import api

    with api.open_store(":memory:") as seed_store:
        api.ensure_reference(seed_store)
        api.ingest(seed_store, [SEED])
        graph = project(seed_store, kind="all", focus="ARM", as_of="2022-09-14")
    assert {
        ("state/ARM", "state/AZE", "clash"),
        ("state/ARM", "state/RUS", "aid_request"),
        ("state/ARM", "org/CSTO", "aid_request"),
        ("state/ARM", "org/UNSC", "aid_request"),
        ("state/ARM", "org/CSTO", "membership"),
        ("state/RUS", "org/CSTO", "membership"),
        ("state/ARM", "treaty/arm-rus-1997-friendship", "treaty_party"),
        ("state/RUS", "treaty/arm-rus-1997-friendship", "treaty_party"),
    } <= edge_set(graph)
    for target in ("state/AZE", "state/RUS"):
        data = next(d for u, v, d in graph.edges(data=True)
                    if short(u) == "state/ARM" and short(v) == target and d["type"] in ("clash", "aid_request"))
        assert all(doc["sentence"] and doc["date"].startswith("2022-09-14")
                   for fact in data["facts"] for doc in fact["documents"])
        assert data["facts"][0]["documents"]


# ---------------------------------------------------------------- focus and arguments


def test_focus_gives_the_ego_graph(store):
    graph = project(store, kind="conflict", focus="aze")
    assert {short(n) for n in graph} == {"state/AZE", "state/ARM", "state/RUS", "org/EU", "org/HOSTILE"}
    assert ("state/ARM", "state/RUS", "aid_request") in edge_set(graph)  # both ends are neighbours
    assert graph.graph["focus"] == ID + "state/AZE"
    deeper = project(store, kind="conflict", focus="AZE", depth=2)
    assert {short(n) for n in deeper} - {short(n) for n in graph} == {"org/CSTO", "org/UNSC"}


def test_focus_by_iri_and_on_a_node_without_edges(store):
    graph = project(store, kind="alliances", focus=ID + "org/EU", depth=0)
    assert list(graph) == [ID + "org/EU"]
    lonely = project(store, kind="alliances", focus="NOR")
    assert list(lonely) == [ID + "state/NOR"] and lonely.number_of_edges() == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"focus": "XYZ"}, "--focus: 'XYZ' is not in the store"),
        ({"focus": "not a focus"}, "--focus: 'not a focus' is neither"),
        ({"depth": 2}, "--depth needs --focus"),
        ({"focus": "ARM", "depth": -1}, "--depth needs --focus and a number >= 0"),
        ({"since": "2022-13-01"}, "--since: '2022-13-01' is not a date"),
        ({"as_of": "yesterday"}, "--as-of: 'yesterday' is not a date"),
        ({"since": "2023", "until": "2022"}, "--since 2023 is after --until 2022"),
        ({"kind": "friends"}, "--kind: 'friends' is not one of alliances, conflict, all"),
    ],
)
def test_bad_arguments_raise_one_line_input_errors(store, arguments, message):
    with pytest.raises(InputError) as error:
        project(store, **arguments)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2022-09-13", ("2022-09-13", "2022-09-13")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("1990", ("1990-01-01", "1990-12-31")),
        ("2022-09-14T01:44:00+07:00", ("2022-09-14", "2022-09-14")),
    ],
)
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


@pytest.mark.parametrize("value", ["2022-02-30", "14/09/2022", "2022-9"])
def test_date_bounds_rejects_non_dates(value):
    with pytest.raises(ValueError):
        date_bounds(value)


# ---------------------------------------------------------------- exports


def test_graphml_export_reads_back_with_flat_attributes(store, tmp_path):
    path = tmp_path / "net.graphml"
    graph = write_network(store, "graphml", path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[ID + "state/ARM"]["iso"] == "ARM"
    assert back.nodes[ID + "org/HOSTILE"]["label"] == HOSTILE[0]
    clash = back.get_edge_data(ID + "state/ARM", ID + "state/AZE")["clash"]
    assert (clash["type"], clash["fatalities"], clash["start"]) == ("clash", 64, "2021-11-01")
    facts = json.loads(clash["facts"])
    assert {f["fatalities"] for f in facts} == {49, 15}
    assert clash["event_iris"].split() == [f["iri"] for f in facts]


def test_gexf_export_is_valid_for_gephi(store):
    buffer = io.BytesIO()
    write_network(store, "gexf", buffer, kind="conflict")
    root = ElementTree.fromstring(buffer.getvalue())
    namespace = {"g": root.tag.split("}")[0].strip("{")}
    edges = root.findall(".//g:edge", namespace)
    assert len(edges) == 14
    assert len({edge.get("id") for edge in edges}) == 14
    assert {edge.get("type") for edge in edges} == {"directed", "undirected"}
    # networkx cannot read mixed graphs back, Gephi can: read the relation attribute by hand
    declared = {a.get("title"): a.get("id") for a in root.findall(".//g:attributes[@class='edge']/g:attribute", namespace)}
    relations = {value.get("value") for edge in edges for value in edge.findall(".//g:attvalue", namespace)
                 if value.get("for") == declared["relation"]}
    assert relations == {"clash", "war", "ceasefire", "talks", "aid_request", "mediation"}
    labels = {node.get("label") for node in root.findall(".//g:node", namespace)}
    assert HOSTILE[0] in labels and "Armenia" in labels


def test_cytoscape_export(store, tmp_path):
    path = tmp_path / "net.cyjs"
    write_network(store, "cytoscape", path, kind="alliances", focus="ARM")
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {node["data"]["name"] for node in data["elements"]["nodes"]}
    assert names == {"Armenia", "Collective Security Treaty Organization",
                     "Treaty on Friendship, Cooperation and Mutual Assistance"}
    kinds = sorted(edge["data"]["type"] for edge in data["elements"]["edges"])
    assert kinds == ["membership", "treaty_party"]


def test_unknown_export_format(store):
    with pytest.raises(InputError, match="--format: 'dot'"):
        write_graph(project(store), "dot", io.BytesIO())


# ---------------------------------------------------------------- the HTML file (browser tests: test_view_browser.py)

_REMOTE_LOAD = re.compile(
    r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", re.IGNORECASE)


def test_page_is_self_contained(store, tmp_path):
    page = render_html(project(store, kind="all"), tmp_path / "view.html").read_text(encoding="utf-8")
    assert _REMOTE_LOAD.search(page) is None
    assert "vis.Network" in page and "kg-data" in page
    assert re.search(r"<script[^>]*\bsrc\s*=", page) is None


def test_page_escapes_hostile_strings(store):
    page = html_page(project(store, kind="all", persons=True), title="<b>title</b> " + HOSTILE[0])
    for hostile in HOSTILE:
        assert hostile not in page
    assert "window.__xss" not in page.replace("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss", "")
    assert "<title>&lt;b&gt;title&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page  # the label, as escaped JSON


def _ring_store(count: int):
    """A synthetic store: `count` states in a ring of clashes."""
    quads = []
    ckg = "https://w3id.org/conflict-kg/ontology#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    graph = ox.NamedNode(ID + "doc/ring")
    for i in range(count):
        state = ox.NamedNode(f"{ID}state/S{i:04d}")
        event = ox.NamedNode(f"{ID}event/armedclash-{i:012d}")
        neighbour = ox.NamedNode(f"{ID}state/S{(i + 1) % count:04d}")
        quads += [
            ox.Quad(state, rdf_type, ox.NamedNode(ckg + "State"), graph),
            ox.Quad(state, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(f"State {i}"), graph),
            ox.Quad(event, rdf_type, ox.NamedNode(ckg + "ArmedClash"), graph),
            ox.Quad(event, ox.NamedNode(ckg + "participant"), state, graph),
            ox.Quad(event, ox.NamedNode(ckg + "participant"), neighbour, graph),
        ]
    kg_store = open_store(":memory:")
    kg_store.add_quads(quads)
    return kg_store


def test_large_graph_is_laid_out_in_python_with_physics_off():
    graph = project(_ring_store(LARGE_GRAPH + 20), kind="conflict")
    assert graph.number_of_nodes() == LARGE_GRAPH + 20
    page = html_page(graph)
    payload = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
    assert payload["options"]["physics"]["enabled"] is False
    positions = {(node["x"], node["y"]) for node in payload["nodes"]}
    assert len(positions) == LARGE_GRAPH + 20  # every node placed, none on top of another


# ---------------------------------------------------------------- kg view


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    with open_store(str(folder)) as kg_store:
        kg_store.add_quads(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    return folder


def test_kg_view_writes_the_page(store_folder, tmp_path):
    out = tmp_path / "conflict.html"
    result = CliRunner().invoke(app, ["view", "--store", str(store_folder), "-o", str(out),
                                      "--kind", "conflict", "--focus", "ARM", "--since", "2022"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}: 6 nodes, 9 edges" in result.output
    assert "<title>conflict-kg: conflict around Armenia</title>" in out.read_text(encoding="utf-8")


def test_kg_view_bad_date_is_one_line_error(store_folder, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "view", "--store", str(store_folder), "--until", "2022-02-30",
         "-o", str(tmp_path / "x.html")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: --until: '2022-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    assert not (tmp_path / "x.html").exists()
