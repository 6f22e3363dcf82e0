"""The store interface and the embedded pyoxigraph store.

Everything above this module talks to a `Store`; `open_store` picks the
implementation from a spec: a folder (embedded, persistent), ":memory:", or an
http(s) URL of an external SPARQL 1.1 server (kg.remote.RemoteStore).
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    Quad,
    RdfFormat,
    Store as OxStore,
    Triple,
    Variable,
)

from kg.errors import InputError, QueryError
from kg.namespaces import PREFIXES

DEFAULT_STORE_DIR = "kg-data"
MEMORY_SPEC = ":memory:"
Term = NamedNode | BlankNode | Literal | Triple  # pyoxigraph has no common base class
QueryResult = QuerySolutions | QueryBoolean | Iterable[Triple]

# Files RocksDB writes into every store folder; a non-empty folder without them is not a store.
_STORE_MARKERS = ("CURRENT", "IDENTITY")


class Store(ABC):
    @abstractmethod
    def query(
        self,
        sparql: str,
        bindings: dict[str, Term] | None = None,
        *,
        default_graph_as_union: bool = True,
    ) -> QueryResult:
        """Run a SPARQL query. `bindings` are substituted as values, never as text."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run SPARQL Update (internal writes only; never exposed to clients)."""

    @abstractmethod
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Atomically replace the content of a named graph (Graph Store PUT)."""

    @abstractmethod
    def add_quads(self, quads: Iterable[Quad]) -> None: ...

    @abstractmethod
    def drop_graph(self, graph: str) -> None: ...

    @abstractmethod
    def graphs(self) -> list[str]: ...

    @abstractmethod
    def dump(self, fmt: RdfFormat, graph: str | None, out: BinaryIO) -> None:
        """Serialize one graph (or the whole dataset when `graph` is None)."""

    def close(self) -> None:  # noqa: B027 - optional for stores that hold nothing open
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def resolve_store_spec(spec: str | None) -> str:
    return spec or os.environ.get("KG_STORE") or DEFAULT_STORE_DIR


def open_store(spec: str | None = None, *, create: bool = True) -> Store:
    """Open the store named by `spec`: None -> $KG_STORE or ./kg-data; ":memory:";
    http(s)://... -> kg.remote.RemoteStore; anything else is a folder, created if
    missing when `create` is true. Commands that only read pass create=False, so
    that a mistyped folder is an error instead of an empty store."""
    resolved = resolve_store_spec(spec)
    if resolved.startswith(("http://", "https://")):
        from kg.remote import RemoteStore  # the endpoint stage; imported only when used

        return RemoteStore.from_spec(resolved)
    if resolved == MEMORY_SPEC:
        return OxigraphStore(None)
    if not create and not Path(resolved).is_dir():
        raise InputError(f"{resolved}: no store folder there (`kg ingest --store {resolved} ...` creates one)")
    return OxigraphStore(resolved)


@contextmanager
def query_errors() -> Iterator[None]:
    """pyoxigraph's errors while a query is parsed, or later while its lazy results are read
    (a SERVICE endpoint that cannot be reached raises OSError then), as one-line QueryErrors."""
    try:
        yield
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from exc
    except (RuntimeError, ValueError, OSError) as exc:
        raise QueryError(f"query failed: {exc}") from exc


class OxigraphStore(Store):
    """The embedded store: a pyoxigraph (RocksDB) folder, or memory when `path` is None.

    Queries see the union of all graphs as their default graph and may use the
    project's prefixes (ckg:, ckgid:, dcterms:, ...) without declaring them.
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = None if path is None else Path(path)
        self._store = OxStore() if self.path is None else _open_folder(self.path)

    def query(
        self,
        sparql: str,
        bindings: dict[str, Term] | None = None,
        *,
        default_graph_as_union: bool = True,
    ) -> QueryResult:
        substitutions = {Variable(name): term for name, term in (bindings or {}).items()}
        with query_errors():
            return self._store.query(
                sparql,
                prefixes=PREFIXES,
                use_default_graph_as_union=default_graph_as_union,
                substitutions=substitutions or None,
            )

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from exc

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Drop and refill `graph` in one SPARQL Update request, which pyoxigraph
        applies as a single transaction. Terms are written in their N-Triples form
        (pyoxigraph escapes them), so no text from the data can change the request."""
        name = NamedNode(graph)
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        request = f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"
        self._store.update(request)

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self._store.extend(quads)

    def drop_graph(self, graph: str) -> None:
        name = NamedNode(graph)
        if self._store.contains_named_graph(name):
            self._store.remove_graph(name)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def dump(self, fmt: RdfFormat, graph: str | None, out: BinaryIO) -> None:
        """Serialize `graph`, or everything when None: all quads for a dataset
        format (TriG, N-Quads, JSON-LD), the union of all graphs otherwise."""
        if graph is not None:
            self._store.dump(out, fmt, from_graph=NamedNode(graph), prefixes=_prefixes_for(fmt))
        elif fmt.supports_datasets:
            self._store.dump(out, fmt, prefixes=_prefixes_for(fmt))
        else:
            union = self._store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            union.serialize(out, fmt)

    def close(self) -> None:
        """Release the folder's lock so another process (or a reopen) can use it."""
        if self.path is not None and self._store is not None:
            self._store.flush()
        self._store = None  # type: ignore[assignment]


def _prefixes_for(fmt: RdfFormat) -> dict[str, str] | None:
    return PREFIXES if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG) else None


def _open_folder(path: Path) -> OxStore:
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: store path exists but is not a folder")
    if path.is_dir() and any(path.iterdir()) and not all((path / m).is_file() for m in _STORE_MARKERS):
        raise InputError(f"{path}: folder is not a conflict-kg store (it holds other files)")
    try:
        path.mkdir(parents=True, exist_ok=True)
        return OxStore(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise InputError(f"{path}: store is in use by another process") from exc
        raise InputError(f"{path}: cannot open store: {exc}") from exc
