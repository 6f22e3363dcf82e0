"""A read-only SPARQL 1.1 Protocol endpoint over an embedded store folder.

Why worker processes: pyoxigraph cannot cancel a running query, and a thread
whose result is abandoned keeps burning a core until the query ends (which,
for a cross join, may be never). So every query runs in one of a small pool
of worker processes, each holding the store open read-only; when a query
overruns its timeout the worker is killed (freeing the CPU at once), the
client gets 503, and a fresh worker replaces it. The other workers keep
answering meanwhile. The serving process itself holds the store open
read-write and never writes: that keeps the store's lock, so no `kg ingest`
can change the files under the read-only workers.

Everything a query costs runs in the worker, under the timeout: parsing with
rdflib's SPARQL parser (to refuse updates, SERVICE and LOAD by inspecting the
parse tree before anything executes), content negotiation, execution and
serialization. A reply is only sent once it is complete, so a client never
gets 200 with a truncated body.

Queries may use the project's prefixes (ckg:, ckgid:, dcterms:, ...) without
declaring them, as with the embedded store. SPARQL 1.2 / RDF-star syntax is
refused (400) because rdflib's parser, the gate, does not read it.

Row limit: a result (solutions, or triples for CONSTRUCT/DESCRIBE) larger than
`max_rows` is refused with 400 and a message asking for a LIMIT, rather than
silently truncated; a client always gets either the whole answer or an error.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import signal
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import InputError
from kg.namespaces import PREFIXES

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_WORKERS = 2

# Offers in the server's order of preference: the first is the default for */*.
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
UPDATE_REFUSED = "this endpoint is read-only: SPARQL Update is refused"
MAX_BODY_BYTES = 1 << 20  # a query text larger than 1 MiB is refused (413)
# The query page runs only its own script and style and talks only to this server,
# so even a value that slipped past escaping could not run or send anything.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}


@dataclass(frozen=True)
class QueryJob:
    """One protocol request, as sent to a worker process."""

    query: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes


def error_reply(status: int, message: str) -> Reply:
    line = " ".join(message.split())
    return Reply(status, "text/plain; charset=utf-8", (line + "\n").encode())


class Refusal(Exception):
    """A request the endpoint will not run; carries the HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------- negotiation


def _media_ranges(accept: str) -> list[tuple[str, str, float]]:
    ranges = []
    for item in accept.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        if "/" not in media:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        kind, _, sub = media.lower().partition("/")
        ranges.append((kind, sub, quality))
    return ranges


def _quality(ranges: list[tuple[str, str, float]], offer: str) -> float:
    """q of the most specific range matching `offer` (RFC 9110 section 12.5.1)."""
    kind, _, sub = offer.partition("/")
    best_specificity, best_q = -1, 0.0
    for range_kind, range_sub, quality in ranges:
        if (range_kind, range_sub) == (kind, sub):
            specificity = 2
        elif range_kind == kind and range_sub == "*":
            specificity = 1
        elif (range_kind, range_sub) == ("*", "*"):
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, best_q = specificity, quality
    return best_q


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers most (ties go to the earlier offer); None if none is acceptable."""
    if not accept or not accept.strip():
        return offers[0]
    ranges = _media_ranges(accept)
    best, best_q = None, 0.0
    for offer in offers:
        quality = _quality(ranges, offer)
        if quality > best_q:
            best, best_q = offer, quality
    return best


# ---------------------------------------------------------------- inspection


@dataclass(frozen=True)
class QueryShape:
    form: str  # "SELECT", "ASK", "CONSTRUCT" or "DESCRIBE"
    names_dataset: bool  # has FROM / FROM NAMED


def _parse_tree_nodes(node: object):
    """Every CompValue in rdflib's parse tree, depth first."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node
        children = node.values()
    elif isinstance(node, (list, tuple, ParseResults)):
        children = node
    else:
        return
    for child in children:
        yield from _parse_tree_nodes(child)


@lru_cache(maxsize=256)
def inspect_query(text: str) -> QueryShape:
    """Parse `text` and refuse what must not run: updates (LOAD included) and SERVICE.

    rdflib's parser gives a syntax tree, so a string literal that happens to
    contain "SERVICE" is harmless; only a real SERVICE pattern is refused.
    Parsing costs tens of milliseconds, hence the cache for repeated queries
    (refusals are exceptions and are not cached).
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except Exception:
            raise Refusal(400, f"SPARQL syntax error: {exc}") from None
        raise Refusal(403, UPDATE_REFUSED) from None
    except Exception as exc:  # rdflib raises plain Exceptions for bad prefixes etc.
        raise Refusal(400, f"SPARQL error: {exc}") from None
    nodes = list(_parse_tree_nodes(tree))
    if any(node.name == "ServiceGraphPattern" for node in nodes):
        raise Refusal(403, "SERVICE is refused: this endpoint does not query other endpoints")
    query = tree[1]
    form = query.name.removesuffix("Query").upper()
    return QueryShape(form=form, names_dataset="datasetClause" in query)


# ---------------------------------------------------------------- execution


class _TooManyRows(Exception):
    pass


class _LineCountingBuffer:
    """A write target that refuses more than `limit` lines.

    TSV results and N-Triples put one solution / triple per line (newlines
    inside literals are escaped), so lines count rows.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.lines = 0
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _TooManyRows
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.chunks)


def _dataset_options(job: QueryJob, shape: QueryShape) -> dict:
    """pyoxigraph dataset keywords; protocol graphs override FROM, else the default graph is the union."""
    if job.default_graphs or job.named_graphs:
        try:
            return {
                "default_graph": [ox.NamedNode(iri) for iri in job.default_graphs],
                "named_graphs": [ox.NamedNode(iri) for iri in job.named_graphs],
            }
        except ValueError as exc:
            raise Refusal(400, f"bad graph IRI in default-graph-uri/named-graph-uri: {exc}") from None
    return {} if shape.names_dataset else {"use_default_graph_as_union": True}


def _limited(results, fmt, max_rows: int, header_lines: int) -> bytes:
    buffer = _LineCountingBuffer(max_rows + header_lines)
    try:
        results.serialize(buffer, fmt)
    except _TooManyRows:
        raise Refusal(
            400, f"the result has more than {max_rows} rows (the server's limit); add a LIMIT to the query"
        ) from None
    return buffer.getvalue()


def answer(store: ox.Store, job: QueryJob, max_rows: int) -> Reply:
    """Run one request against `store` and return the complete reply."""
    try:
        shape = inspect_query(job.query)
        graph_form = shape.form in ("CONSTRUCT", "DESCRIBE")
        offers = list(GRAPH_FORMATS if graph_form else RESULT_FORMATS)
        media_type = negotiate(job.accept, offers)
        if media_type is None:
            raise Refusal(406, f"cannot produce {job.accept!r} for {shape.form}; available: {', '.join(offers)}")
        results = store.query(job.query, prefixes=PREFIXES, **_dataset_options(job, shape))
        if graph_form:
            body = _graph_body(results, GRAPH_FORMATS[media_type], max_rows)
        elif isinstance(results, ox.QueryBoolean):
            body = results.serialize(format=RESULT_FORMATS[media_type])
        else:
            body = _solutions_body(results, RESULT_FORMATS[media_type], max_rows)
    except Refusal as exc:
        return error_reply(exc.status, str(exc))
    except SyntaxError as exc:
        return error_reply(400, f"SPARQL error: {exc}")
    except (OSError, ValueError, RuntimeError) as exc:
        return error_reply(500, f"query failed: {exc}")
    charset = "; charset=utf-8" if media_type.startswith("text/") else ""
    return Reply(200, media_type + charset, body)


def _solutions_body(results: ox.QuerySolutions, fmt: ox.QueryResultsFormat, max_rows: int) -> bytes:
    tsv = _limited(results, ox.QueryResultsFormat.TSV, max_rows, header_lines=1)
    return ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV).serialize(format=fmt)


def _graph_body(triples: ox.QueryTriples, fmt: ox.RdfFormat, max_rows: int) -> bytes:
    ntriples = _limited(triples, ox.RdfFormat.N_TRIPLES, max_rows, header_lines=0)
    parsed = ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)
    prefixes = None
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD):
        prefixes = {name: iri for name, iri in PREFIXES.items() if f"<{iri}".encode() in ntriples}
    return ox.serialize(parsed, format=fmt, prefixes=prefixes)


def _worker_main(store_dir: str, max_rows: int, conn: Connection) -> None:
    """Worker process: open the store read-only, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the serving process's to handle
    try:
        store = ox.Store.read_only(store_dir)
        inspect_query("ASK {}")  # import rdflib's parser now, not during the first timed query
    except OSError as exc:
        conn.send(error_reply(500, f"cannot open store {store_dir}: {exc}"))
        return
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer(store, job, max_rows))


# ---------------------------------------------------------------- worker pool


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection

    async def ask(self, job: QueryJob) -> Reply:
        loop = asyncio.get_running_loop()
        readable = loop.create_future()
        self.conn.send(job)
        loop.add_reader(self.conn.fileno(), lambda: readable.done() or readable.set_result(None))
        try:
            await readable
        finally:
            loop.remove_reader(self.conn.fileno())
        return await run_in_threadpool(self.conn.recv)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


@dataclass
class WorkerPool:
    """Worker processes that each hold the store read-only; killed and replaced on timeout."""

    store_dir: str
    size: int
    max_rows: int
    _idle: asyncio.Queue = field(default_factory=asyncio.Queue)
    _all: list[_Worker] = field(default_factory=list)

    def _spawn(self) -> _Worker:
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_worker_main, args=(self.store_dir, self.max_rows, child), daemon=True)
        process.start()
        child.close()
        try:
            hello = parent.recv() if parent.poll(60) else error_reply(500, "worker did not start within 60 s")
        except EOFError:
            hello = error_reply(500, "the query worker exited while starting")
        if hello != "ready":
            process.kill()
            raise InputError(hello.body.decode().strip())
        worker = _Worker(process, parent)
        self._all.append(worker)
        return worker

    async def start(self) -> None:
        for _ in range(self.size):
            self._idle.put_nowait(await run_in_threadpool(self._spawn))

    async def _replace(self, worker: _Worker) -> None:
        await run_in_threadpool(worker.kill)
        self._all.remove(worker)
        self._idle.put_nowait(await run_in_threadpool(self._spawn))

    async def run(self, job: QueryJob, timeout: float) -> Reply:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            return error_reply(503, f"all {self.size} query workers stayed busy for {timeout:g} s; try again later")
        try:
            reply = await asyncio.wait_for(worker.ask(job), max(deadline - loop.time(), 0.001))
        except TimeoutError:
            asyncio.get_running_loop().create_task(self._replace(worker))
            return error_reply(503, f"query timed out after {timeout:g} s and was cancelled")
        except (EOFError, OSError):
            asyncio.get_running_loop().create_task(self._replace(worker))
            return error_reply(500, "the query worker died while running this query")
        self._idle.put_nowait(worker)
        return reply

    def close(self) -> None:
        for worker in self._all:
            worker.kill()
        self._all.clear()


# ---------------------------------------------------------------- HTTP


def _graph_params(params: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {
        "default_graphs": tuple(params.get("default-graph-uri", [])),
        "named_graphs": tuple(params.get("named-graph-uri", [])),
    }


async def _read_body(request: Request) -> str:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise Refusal(413, f"request body larger than {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


async def read_job(request: Request) -> QueryJob:
    """The SPARQL 1.1 Protocol's three ways to send a query (GET, POST form, POST body)."""
    url_params = parse_qs(request.url.query, keep_blank_values=True)
    accept = request.headers.get("accept")
    if request.method == "GET":
        params = url_params
    else:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await _read_body(request)
        if content_type == "application/sparql-update":
            raise Refusal(403, UPDATE_REFUSED)
        if content_type == "application/sparql-query":
            return QueryJob(body, accept, **_graph_params(url_params))
        if content_type != "application/x-www-form-urlencoded":
            raise Refusal(415, "POST needs application/sparql-query or application/x-www-form-urlencoded")
        params = {**url_params, **parse_qs(body, keep_blank_values=True)}
    if "update" in params:
        raise Refusal(403, UPDATE_REFUSED)
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise Refusal(400, "send exactly one non-empty 'query' parameter")
    return QueryJob(queries[0], accept, **_graph_params(params))


def create_app(
    store_dir: str | Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    workers: int = DEFAULT_WORKERS,
    cors_origins: tuple[str, ...] = (),
) -> Starlette:
    """The Starlette app; worker processes start with the app's lifespan.

    `cors_origins` lets browser pages from those origins (e.g. YASGUI) query /sparql.
    """
    store_dir = str(store_dir)
    held = [_lock_store(store_dir)]
    pool = WorkerPool(store_dir, workers, max_rows)

    async def sparql(request: Request) -> Response:
        try:
            job = await read_job(request)
        except Refusal as exc:
            reply = error_reply(exc.status, str(exc))
        else:
            reply = await pool.run(job, timeout)
        return Response(reply.body, reply.status, media_type=reply.media_type)

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "workers": pool.size, "timeout": timeout, "max_rows": max_rows})

    async def page(request: Request) -> Response:
        html = resources.files("kg.server_assets").joinpath("index.html").read_text("utf-8")
        return HTMLResponse(html, headers=PAGE_HEADERS)

    @asynccontextmanager
    async def lifespan(app: Starlette):
        await pool.start()
        try:
            yield
        finally:
            pool.close()
            held.clear()  # pyoxigraph releases the store's lock when the Store is freed

    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/health", health, methods=["GET"]),
        Route("/", page, methods=["GET"]),
        Mount("/assets", StaticFiles(packages=[("kg", "server_assets")])),
    ]
    middleware = []
    if cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
            )
        )
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


def _lock_store(store_dir: str) -> ox.Store:
    """Open the store read-write (and never write) so that nobody else writes while we serve."""
    if not (Path(store_dir) / "CURRENT").is_file():
        raise InputError(f"{store_dir}: not a kg store folder (run `kg ingest` into it first)")
    try:
        return ox.Store(store_dir)
    except OSError as exc:
        raise InputError(f"{store_dir}: cannot open the store (is another kg process using it?): {exc}") from None
