"""RemoteStore: kg on an external SPARQL 1.1 server (Oxigraph server, Virtuoso, Fuseki, GraphDB, Neptune).

Reads go through the SPARQL 1.1 Query protocol, writes through the Graph Store
Protocol (PUT replaces a graph, so re-ingesting a document is idempotent; POST
adds), updates through the SPARQL 1.1 Update protocol. The store is named by
one URL, the query endpoint, with kg's own settings as extra URL parameters
(they are removed before the URL is used)::

    http://127.0.0.1:7878/query?update=/update&gsp=/store&union=union-default-graph
    http://127.0.0.1:8890/sparql?update=/sparql-auth&gsp=/sparql-graph-crud-auth&auth=digest

- `update`: the update endpoint (default: the query URL); `gsp`: the Graph
  Store endpoint (default: the query URL's `/store` sibling is NOT guessed: writes
  without `gsp` are refused with a clear error). Both may be absolute URLs or
  paths on the query URL's host.
- `auth`: `basic` (default) or `digest`; the credentials come from the
  environment variables KG_STORE_USER and KG_STORE_PASSWORD, never from the URL.
- `union`: a URL parameter that makes the server's default graph the union
  of all graphs (Oxigraph: `union-default-graph`). Servers whose default graph
  already is the union (Virtuoso, GraphDB, Neptune) need none.

See docs/external-stores.md for each server's URLs.
"""
from __future__ import annotations

import io
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import BinaryIO
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from kg.errors import InputError, KGError, QueryError
from kg.namespaces import ID, PREFIXES, sparql_prefixes
from kg.queries import with_values
from kg.store import QueryResult, Store, Term

USER_VARIABLE = "KG_STORE_USER"
PASSWORD_VARIABLE = "KG_STORE_PASSWORD"
BATCH_TRIPLES = 50_000
TIMEOUT_SECONDS = 120.0
_SETTINGS = ("update", "gsp", "auth", "union")
# Asked per query form: Virtuoso answers a SELECT in N-Triples if the Accept header allows it.
_RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
# Only graphs in kg's own namespace are kg's dataset; a shared server holds others (Virtuoso: system graphs).
_GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(?base))) }"
_GRAPH_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    gsp: str | None
    union_parameter: str | None


def parse_spec(spec: str) -> tuple[Endpoints, str]:
    """Split a store URL into its endpoints and the auth scheme."""
    parts = urlsplit(spec)
    params = parse_qsl(parts.query, keep_blank_values=True)
    settings = {key: value for key, value in params if key in _SETTINGS}
    kept = urlencode([(key, value) for key, value in params if key not in _SETTINGS])
    query_url = urlunsplit(parts._replace(query=kept, fragment=""))
    auth = settings.get("auth", "basic").lower()
    if auth not in ("basic", "digest"):
        raise InputError(f"{spec}: auth must be basic or digest, not {auth!r}")
    gsp = settings.get("gsp")
    endpoints = Endpoints(
        query=query_url,
        update=urljoin(query_url, settings["update"]) if settings.get("update") else query_url,
        gsp=urljoin(query_url, gsp) if gsp else None,
        union_parameter=settings.get("union") or None,
    )
    return endpoints, auth


def _auth_from_environment(scheme: str) -> httpx.Auth | None:
    user = os.environ.get(USER_VARIABLE)
    if not user:
        return None
    password = os.environ.get(PASSWORD_VARIABLE, "")
    return httpx.DigestAuth(user, password) if scheme == "digest" else httpx.BasicAuth(user, password)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _ntriples(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


class RemoteStore(Store):
    """A kg Store backed by an external SPARQL 1.1 Query/Update + Graph Store Protocol server."""

    def __init__(self, endpoints: Endpoints, auth: httpx.Auth | None = None, batch_triples: int = BATCH_TRIPLES):
        self.endpoints = endpoints
        self.batch_triples = batch_triples
        self._http = httpx.Client(auth=auth, timeout=TIMEOUT_SECONDS, follow_redirects=True)

    @classmethod
    def from_spec(cls, spec: str) -> "RemoteStore":
        endpoints, scheme = parse_spec(spec)
        return cls(endpoints, _auth_from_environment(scheme))

    # ------------------------------------------------------------ HTTP

    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        """One request; transport failures and error statuses become one-line KGErrors."""
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise KGError(f"store {url}: cannot reach the server: {exc}") from None
        if response.status_code >= 400:
            message = " ".join(response.text.split())[:300] or response.reason_phrase
            error = QueryError if response.status_code == 400 else KGError
            raise error(f"store {url} answered {response.status_code}: {message}")
        return response

    def _gsp(self) -> str:
        if self.endpoints.gsp is None:
            raise InputError(
                f"store {self.endpoints.query}: writing needs the Graph Store endpoint; add ?gsp=URL to the store URL"
            )
        return self.endpoints.gsp

    @staticmethod
    def _graph_params(graph: str | None) -> dict[str, str]:
        return {"default": ""} if graph is None else {"graph": ox.NamedNode(graph).value}

    # ------------------------------------------------------------ reads

    def query(
        self,
        sparql: str,
        bindings: dict[str, Term] | None = None,
        *,
        default_graph_as_union: bool = True,
    ) -> QueryResult:
        """Run a query on the server; results are parsed into pyoxigraph objects like the embedded store's."""
        form = query_form(sparql)
        text = sparql_prefixes() + with_values(sparql, bindings or {})
        params = {self.endpoints.union_parameter: ""} if default_graph_as_union and self.endpoints.union_parameter else {}
        accept = _GRAPH_ACCEPT if form in ("CONSTRUCT", "DESCRIBE") else _RESULTS_ACCEPT
        response = self._send("POST", self.endpoints.query, params=params, data={"query": text}, headers={"Accept": accept})
        answer = _parse_answer(response)
        if form == "ASK" and isinstance(answer, ox.QuerySolutions):
            return _boolean_from_row(answer)
        return answer

    def graphs(self) -> list[str]:
        rows = self.query(_GRAPHS_QUERY, {"base": ox.Literal(ID)}, default_graph_as_union=False)
        return sorted(row["g"].value for row in rows)

    def dump(self, fmt: ox.RdfFormat, graph: str | None, out: BinaryIO) -> None:
        """Serialize one graph, or all of kg's graphs (quads for dataset formats, their union otherwise)."""
        names = [graph] if graph is not None else self.graphs()
        as_quads = graph is None and fmt.supports_datasets
        statements: dict = {}  # ordered and without duplicates (a triple may be in several graphs)
        for name in names:
            for triple in self._graph_triples(name):
                statements[ox.Quad(*triple, ox.NamedNode(name)) if as_quads else triple] = None
        ox.serialize(statements, out, fmt, prefixes=_prefixes_for(fmt))

    def _graph_triples(self, graph: str) -> list[ox.Triple]:
        return list(self.query(_GRAPH_QUERY, {"g": ox.NamedNode(graph)}, default_graph_as_union=False))

    # ------------------------------------------------------------ writes

    def update(self, sparql: str) -> None:
        self._send(
            "POST",
            self.endpoints.update,
            content=(sparql_prefixes() + sparql).encode(),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> None:
        """GSP PUT the first batch (replacing the graph), POST the rest.

        One request per graph unless it holds more than `batch_triples`
        triples; then the replacement is not atomic. A graph with blank nodes
        is always sent whole, since a blank node split across two requests
        would become two nodes.
        """
        url, params = self._gsp(), self._graph_params(graph)
        method = "PUT"
        for batch in self._batches(triples):
            self._put_or_post(method, url, params, batch)
            method = "POST"
        if method == "PUT":  # no triples at all: PUT an empty graph
            self._put_or_post("PUT", url, params, [])

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """GSP POST per graph, in batches of `batch_triples`."""
        by_graph: dict[str | None, list[ox.Triple]] = defaultdict(list)
        for quad in quads:
            graph = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            by_graph[graph].append(quad.triple)
        url = self._gsp()
        for graph, triples in by_graph.items():
            for batch in self._batches(triples):
                self._put_or_post("POST", url, self._graph_params(graph), batch)

    def _batches(self, triples: Iterable[ox.Triple]) -> Iterator[list[ox.Triple]]:
        triples = list(triples)
        if any(isinstance(term, ox.BlankNode) for triple in triples for term in (triple.subject, triple.object)):
            return iter([triples])
        return _batches(triples, self.batch_triples)

    def _put_or_post(self, method: str, url: str, params: dict[str, str], triples: list[ox.Triple]) -> None:
        # Sent as text/turtle (N-Triples is a subset of it): every GSP server reads Turtle.
        self._send(
            method,
            url,
            params=params,
            content=_ntriples(triples),
            headers={"Content-Type": "text/turtle; charset=utf-8"},
        )

    def drop_graph(self, graph: str) -> None:
        try:
            self._send("DELETE", self._gsp(), params=self._graph_params(graph))
        except KGError as exc:
            if " answered 404" not in str(exc):
                raise

    def close(self) -> None:
        self._http.close()


@lru_cache(maxsize=256)
def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, read from rdflib's parse tree (not guessed from the text).

    Parsing costs tens of milliseconds; kg sends the same query texts again and
    again (bindings are added afterwards), hence the cache."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return parseQuery(sparql)[1].name.removesuffix("Query").upper()
    except Exception as exc:  # pyparsing's ParseException, or rdflib's errors for bad prefixes
        raise QueryError(f"malformed SPARQL: {exc}") from None


def _parse_answer(response: httpx.Response) -> QueryResult:
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    results_format = ox.QueryResultsFormat.from_media_type(media_type) if media_type else None
    if results_format is not None:
        try:
            return ox.parse_query_results(response.content, results_format)
        except (SyntaxError, ValueError) as exc:
            raise KGError(f"store {response.url}: unreadable {media_type} results: {exc}") from None
    rdf_format = ox.RdfFormat.from_media_type(media_type) if media_type else None
    if rdf_format is None:
        raise KGError(f"store {response.url}: unexpected answer type {media_type or 'none'}")
    try:
        return [quad.triple for quad in ox.parse(io.BytesIO(response.content), rdf_format)]
    except SyntaxError as exc:
        raise KGError(f"store {response.url}: unreadable {media_type} graph: {exc}") from None


def _boolean_from_row(solutions: ox.QuerySolutions) -> ox.QueryBoolean:
    """Virtuoso answers ASK with one row holding 1 or 0 (`__ASK_RETVAL`) instead of a boolean result."""
    values = [term.value for row in solutions for term in row if term is not None]
    truth = "true" if values and values[0] in ("1", "true") else "false"
    return ox.parse_query_results(f'{{"head":{{}},"boolean":{truth}}}', ox.QueryResultsFormat.JSON)


def _prefixes_for(fmt: ox.RdfFormat) -> dict[str, str] | None:
    return PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
