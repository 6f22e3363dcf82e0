"""Every canned query returns exactly the expected rows on the analyst fixture:
on the embedded store with pyoxigraph substitutions and with a VALUES block
(`with_values`), and on an Oxigraph server through kg.remote.RemoteStore."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, parse

from kg.errors import QueryError
from kg.queries import (
    PARAM_TYPES,
    Param,
    convert_param,
    list_queries,
    resolve_query,
    short_term,
    solution_rows,
    with_values,
)
from kg.store import Store

ANALYST_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "analyst_fixture.trig"
S = "ckgid:state/"
CLASH = "ckgid:event/armedclash-000000000001"
WAR = "ckgid:event/war-000000000006"
TALKS = "ckgid:event/talks-000000000005"
CALL = "ckgid:event/phonecall-000000000003"
CEASEFIRE_2020 = "ckgid:event/ceasefire-000000000007"
CEASEFIRE_2022 = "ckgid:event/ceasefire-000000000004"
TREATY_1997 = "ckgid:treaty/arm-rus-1997-friendship"
CST = "ckgid:treaty/collective-security-treaty"
CSTO = "ckgid:org/CSTO"
DOC_A, DOC_B, DOC_C = (f"ckgid:doc/{c * 16}" for c in "abc")
TITLE_A = "Armenia minta bantuan militer Rusia"
TITLE_B = "Ceasefire holds on Armenia-Azerbaijan border"
TITLE_C = "Armenia suspends its participation in the CSTO"
CSTO_LABEL = "Collective Security Treaty Organization"
TREATY_LABEL = "Treaty on Friendship, Cooperation and Mutual Assistance"

# Columns built with GROUP_CONCAT have no defined order: compare them as sorted lists.
CONCAT_COLUMNS = {"opponents", "qualifiers", "people", "via", "roles"}


def run(store: Store, name: str, *, via_values: bool = False, **params: str) -> list[tuple]:
    query = resolve_query(name)
    bindings = query.bind(params)
    if via_values:
        result = store.query(with_values(query.text, bindings))
    else:
        result = store.query(query.text, bindings)
    names, rows = solution_rows(result)
    return [tuple(_cell(n, t) for n, t in zip(names, row)) for row in rows]


def _cell(name: str, term) -> object:
    text = short_term(term)
    return sorted(text.split(", ")) if name in CONCAT_COLUMNS and text else text


EXPECTED = {
    ("alliance-members-as-of", (("org", "CSTO"), ("date", "2010-01-01"))): [
        (CSTO, "2010-01-01", S + "ARM", "Armenia", "active", "2002-10-07", "2024-02-22"),
        (CSTO, "2010-01-01", S + "KAZ", "Kazakhstan", "active", "2002-10-07", ""),
        (CSTO, "2010-01-01", S + "RUS", "Russia", "active", "2002-10-07", ""),
        (CSTO, "2010-01-01", S + "UZB", "Uzbekistan", "active", "2006-08-16", "2012-12-19"),
    ],
    ("alliance-members-as-of", (("org", "CSTO"), ("date", "2024-06-01"))): [
        (CSTO, "2024-06-01", S + "ARM", "Armenia", "suspended", "2024-02-23", ""),
        (CSTO, "2024-06-01", S + "KAZ", "Kazakhstan", "active", "2002-10-07", ""),
        (CSTO, "2024-06-01", S + "RUS", "Russia", "active", "2002-10-07", ""),
    ],
    ("state-alliances-treaties", (("state", "ARM"),)): [
        (S + "ARM", "member of", CSTO, CSTO_LABEL, "active", "2002-10-07", "2024-02-22"),
        (S + "ARM", "member of", CSTO, CSTO_LABEL, "suspended", "2024-02-23", ""),
        (S + "ARM", "party to", CST, "Collective Security Treaty", "", "1992-05-15", ""),
        (S + "ARM", "party to", TREATY_1997, TREATY_LABEL, "", "1997-08-29", ""),
    ],
    ("state-alliances-treaties", (("state", "UZB"),)): [
        (S + "UZB", "member of", CSTO, CSTO_LABEL, "active", "2006-08-16", "2012-12-19"),
    ],
    ("clashes-involving-state", (("state", "ARM"),)): [
        (S + "ARM", WAR, "ckg:War", "2020-09-27", "2020-11-10", ["Azerbaijan"], "6500", "6500", ["about"]),
        (S + "ARM", CLASH, "ckg:ArmedClash", "2022-09-13", "", ["Azerbaijan"], "49", "105",
         ["at least", "more than"]),
    ],
    ("clashes-involving-state", (("state", "RUS"),)): [],
    ("aid-requests", (("requester", "ARM"),)): [
        (S + "ARM", S + "RUS", TREATY_1997, TREATY_LABEL, "2022-09-13", "ckgid:event/aidrequest-000000000002"),
    ],
    ("aid-requests", (("requester", "AZE"),)): [],
    ("talks-between-states", (("state", "ARM"),)): [
        (S + "ARM", S + "AZE", "ckg:Talks", "2022-08-31", TALKS, ["Ilham Aliyev", "Nikol Pashinyan"]),
        (S + "ARM", S + "RUS", "ckg:PhoneCall", "2022-09-13", CALL, ["Nikol Pashinyan", "Vladimir Putin"]),
    ],
    ("talks-between-states", (("state", "RUS"),)): [
        (S + "RUS", S + "ARM", "ckg:PhoneCall", "2022-09-13", CALL, ["Nikol Pashinyan", "Vladimir Putin"]),
    ],
    ("mediators", ()): [
        (S + "ARM", S + "RUS", "Russia", "ckg:Ceasefire", "2020-11-10", CEASEFIRE_2020, ""),
        (S + "AZE", S + "RUS", "Russia", "ckg:Ceasefire", "2020-11-10", CEASEFIRE_2020, ""),
        (S + "ARM", "ckgid:org/EU", "European Union", "ckg:Talks", "2022-08-31", TALKS, ["Charles Michel"]),
        (S + "AZE", "ckgid:org/EU", "European Union", "ckg:Talks", "2022-08-31", TALKS, ["Charles Michel"]),
    ],
    ("mediators", (("party", "AZE"),)): [
        (S + "AZE", S + "RUS", "Russia", "ckg:Ceasefire", "2020-11-10", CEASEFIRE_2020, ""),
        (S + "AZE", "ckgid:org/EU", "European Union", "ckg:Talks", "2022-08-31", TALKS, ["Charles Michel"]),
    ],
    ("timeline-between-states", (("state", "ARM"), ("other", "AZE"))): [
        (S + "ARM", S + "AZE", "2020-09-27", "2020-11-10", "ckg:War", WAR, "6500"),
        (S + "ARM", S + "AZE", "2020-11-10", "", "ckg:Ceasefire", CEASEFIRE_2020, ""),
        (S + "ARM", S + "AZE", "2022-08-31", "", "ckg:Talks", TALKS, ""),
        (S + "ARM", S + "AZE", "2022-09-13", "", "ckg:ArmedClash", CLASH, "105"),
        (S + "ARM", S + "AZE", "2022-09-14", "", "ckg:Ceasefire", CEASEFIRE_2022, ""),
    ],
    ("timeline-between-states", (("state", "RUS"), ("other", "ARM"))): [
        (S + "RUS", S + "ARM", "1997-08-29", "", "ckg:TreatySigning", "ckgid:event/treatysigning-000000000011", ""),
        (S + "RUS", S + "ARM", "2022-09-13", "", "ckg:AidRequest", "ckgid:event/aidrequest-000000000002", ""),
        (S + "RUS", S + "ARM", "2022-09-13", "", "ckg:PhoneCall", CALL, ""),
    ],
    ("casualties-by-conflict", ()): [
        (S + "ARM", S + "AZE", "2", "6605", "6500"),
    ],
    ("evidence-for-fact", (("fact", CLASH),)): [
        (CLASH, DOC_A, TITLE_A, "2022-09-14",
         "Sedikitnya 49 tentara Armenia tewas dalam bentrokan dengan Azerbaijan.",
         "id.clash.bentrok", "0.9", "120", "190"),
        (CLASH, DOC_B, TITLE_B, "2022-09-15",
         "More than 105 soldiers were killed in the clashes between Armenia and Azerbaijan.",
         "en.clash.killed", "0.9", "0", "82"),
    ],
    ("persons-and-representation", ()): [
        ("ckgid:org/EU", "ckgid:person/charles-michel", "Charles Michel", ["president of the European Council"], "1"),
        (S + "ARM", "ckgid:person/nikol-pashinyan", "Nikol Pashinyan", ["prime minister"], "2"),
        (S + "AZE", "ckgid:person/ilham-aliyev", "Ilham Aliyev", ["president"], "1"),
        (S + "RUS", "ckgid:person/vladimir-putin", "Vladimir Putin", ["president"], "1"),
    ],
    ("persons-and-representation", (("state", "ckgid:org/EU"),)): [
        ("ckgid:org/EU", "ckgid:person/charles-michel", "Charles Michel", ["president of the European Council"], "1"),
    ],
    ("documents", ()): [
        (DOC_A, "2022-09-14", "id", TITLE_A, "articles/a.txt", "3"),
        (DOC_B, "2022-09-15", "en", TITLE_B, "https://news.example.org/b", "4"),
        (DOC_C, "2024-02-23", "en", TITLE_C, "articles/c.html", "5"),
    ],
    ("documents", (("language", "id"),)): [
        (DOC_A, "2022-09-14", "id", TITLE_A, "articles/a.txt", "3"),
    ],
    ("deployments", (("agent", "RUS"),)): [
        (S + "RUS", "ckgid:place/nagorno-karabakh", "Nagorno-Karabakh", "1960", "exact", "2020-11-10",
         "asserted", "ckgid:event/deployment-000000000008"),
    ],
    ("membership-changes", (("org", "CSTO"),)): [
        (CSTO, "ckg:Withdrawal", S + "UZB", "2012", "ckgid:event/withdrawal-000000000010"),
        (CSTO, "ckg:Suspension", S + "ARM", "2024-02-23", "ckgid:event/suspension-000000000009"),
    ],
}


@pytest.mark.parametrize("via_values", [False, True], ids=["substitutions", "values"])
@pytest.mark.parametrize(("name", "params"), list(EXPECTED), ids=lambda v: str(v))
def test_canned_query_rows(analyst_store, name, params, via_values):
    assert run(analyst_store, name, via_values=via_values, **dict(params)) == EXPECTED[(name, params)]


def test_every_canned_query_is_tested():
    assert {q.name for q in list_queries()} == {name for name, _ in EXPECTED}
    assert len(list_queries()) >= 10


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_headers_declare_summary_and_projected_params(query):
    assert query.summary
    projection = query.text.split("WHERE", 1)[0]
    for param in query.params:
        # pyoxigraph substitutes only variables the query returns (SEP-0007)
        assert re.search(rf"\?{param.name}\b", projection), f"{query.name}: ?{param.name} not projected"
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
    for prefix in set(re.findall(r"\b([a-z]+):[A-Za-z]", body)) - {"http", "https"}:
        assert f"PREFIX {prefix}:" in query.text, f"{query.name} uses {prefix}: without declaring it"


def test_alliance_members_default_to_today(analyst_store):
    rows = run(analyst_store, "alliance-members-as-of", org="CSTO")
    assert [(r[2], r[4]) for r in rows] == [(S + "ARM", "suspended"), (S + "KAZ", "active"), (S + "RUS", "active")]


def test_inference_rolls_persons_up_and_derives_current_membership(analyst_store):
    inferred = {
        tuple(short_term(t) for t in row)
        for row in analyst_store.query(
            "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/conflict-kg/id/graph/inferred> { ?s ?p ?o } }"
        )
    }
    assert (CALL, "ckg:participant", S + "ARM") in inferred
    assert (TALKS, "ckg:mediator", "ckgid:org/EU") in inferred
    assert ("ckgid:event/withdrawal-000000000010", "ckg:participant", S + "UZB") in inferred
    assert (S + "RUS", "ckg:memberOf", CSTO) in inferred
    assert (S + "ARM", "ckg:memberOf", CSTO) in inferred  # suspended, yet still a member in law
    assert (S + "UZB", "ckg:memberOf", CSTO) not in inferred  # ended


@pytest.mark.parametrize(
    ("ptype", "value", "expected"),
    [
        ("state", "ARM", NamedNode("https://w3id.org/conflict-kg/id/state/ARM")),
        ("state", "am", NamedNode("https://w3id.org/conflict-kg/id/state/ARM")),
        ("state", "XKX", NamedNode("https://w3id.org/conflict-kg/id/state/XKX")),
        ("state", "ckgid:state/AZE", NamedNode("https://w3id.org/conflict-kg/id/state/AZE")),
        ("org", "CSTO", NamedNode("https://w3id.org/conflict-kg/id/org/CSTO")),
        ("iri", "http://example.org/x", NamedNode("http://example.org/x")),
        ("date", "2022-09-14", Literal("2022-09-14", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date"))),
        ("integer", "12", Literal("12", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
        ("string", 'a "quoted" } value', Literal('a "quoted" } value')),
    ],
)
def test_param_conversion(ptype, value, expected):
    assert convert_param(Param("p", ptype, ""), value) == expected


@pytest.mark.parametrize(("ptype", "value"), [("state", "Narnia"), ("date", "2022-13-01"), ("iri", "not an iri"),
                                              ("integer", "ten")])
def test_bad_param_values_name_the_parameter(ptype, value):
    with pytest.raises(QueryError, match=rf"--param p={re.escape(value)}: not a valid {ptype}"):
        convert_param(Param("p", ptype, ""), value)


def test_param_types_are_the_documented_ones():
    assert set(PARAM_TYPES) == {"state", "org", "iri", "date", "string", "integer"}


def test_unknown_param_and_unknown_query():
    with pytest.raises(QueryError, match="unknown parameter 'country' .*parameters: state"):
        resolve_query("clashes-involving-state").bind({"country": "ARM"})
    with pytest.raises(QueryError, match="unknown query 'nope' .*clashes-involving-state"):
        resolve_query("nope")


def test_with_values_cannot_be_escaped_by_a_value(analyst_store):
    hostile = Literal('x" } } ; DROP ALL ; SELECT * { "')
    text = with_values("SELECT ?title WHERE { ?d <http://purl.org/dc/terms/title> ?title }", {"title": hostile})
    assert list(analyst_store.query(text)) == []
    assert len(analyst_store.graphs()) == 6  # nothing dropped


V = " VALUES (?s) { (<http://example.org/s>) } "


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("SELECT ?where WHERE { ?s ?p ?o }", "SELECT ?where WHERE {" + V + " ?s ?p ?o }"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE {" + V + " ?s ?p ?o }"),
        ('# WHERE { comment\nSELECT * { { SELECT ?s WHERE { ?s ?p "{" } } }',
         '# WHERE { comment\nSELECT * {' + V + ' { SELECT ?s WHERE { ?s ?p "{" } } }'),
        ("PREFIX a: <http://x/#where>\nASK { ?s a:p '}' }", "PREFIX a: <http://x/#where>\nASK {" + V + " ?s a:p '}' }"),
    ],
)
def test_with_values_goes_into_the_outermost_where_group(sparql, expected):
    assert with_values(sparql, {"s": NamedNode("http://example.org/s")}) == expected


@pytest.fixture(scope="module")
def remote_analyst_store(tmp_path_factory):
    """The analyst fixture in an Oxigraph server, reached through kg.remote.RemoteStore."""
    from servers import oxigraph_store_url, start_oxigraph

    from kg.infer import infer
    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.ontology import ontology_triples
    from kg.store import open_store

    folder = tmp_path_factory.mktemp("oxigraph")
    server = start_oxigraph(folder / "data", folder / "server.log")
    try:
        store = open_store(oxigraph_store_url(server))
        store.add_quads(parse(path=str(ANALYST_FIXTURE)))
        store.replace_graph(ONTOLOGY_GRAPH, ontology_triples())
        infer(store)
        yield store
    finally:
        server.stop()


@pytest.mark.server
@pytest.mark.parametrize(("name", "params"), list(EXPECTED), ids=lambda v: str(v))
def test_canned_query_rows_on_an_external_store(remote_analyst_store, name, params):
    assert run(remote_analyst_store, name, **dict(params)) == EXPECTED[(name, params)]


@pytest.mark.parametrize(("as_of", "expected"), [("2012-06-01", True), ("2013-01-01", False)])
def test_members_as_of_includes_every_day_of_a_year_precision_end(as_of, expected):
    """Uzbekistan's CSTO period in the reference data ends in "2012" (a year only):
    it is a member on any day of 2012 and no longer in 2013."""
    from kg.api import ensure_reference, open_store, run_query

    store = open_store(":memory:")
    ensure_reference(store)
    result = run_query(store, "alliance-members-as-of", {"org": "CSTO", "date": as_of})
    members = {short_term(row["member"]) for row in result}
    assert (S + "UZB" in members) is expected
    assert S + "RUS" in members
