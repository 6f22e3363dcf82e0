"""The store interface and the embedded pyoxigraph store.

Everything above this module talks to a `Store`; `open_store` picks the
implementation from a spec: a folder (embedded, persistent), ":memory:", or an
http(s) URL of an external SPARQL 1.1 server (kg.remote.RemoteStore).
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import BinaryIO

from pyoxigraph import QueryBoolean, QuerySolutions, Quad, RdfFormat, Term, Triple

DEFAULT_STORE_DIR = "kg-data"
QueryResult = QuerySolutions | QueryBoolean | Iterable[Triple]


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
