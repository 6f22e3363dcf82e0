"""Forward inference: the CONSTRUCT rules in `ontology/rules/*.rq` fill the inferred graph.

Rules read only asserted facts (documents, reference, ontology): the inferred graph
is dropped before they run, so a fact cannot keep itself alive after its source is
gone, and the rules do not feed each other. Their union replaces the inferred graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Triple

from kg.errors import QueryError
from kg.namespaces import INFERRED_GRAPH
from kg.resources import ontology_dir
from kg.store import Store


@dataclass(frozen=True)
class Rule:
    name: str
    text: str


def load_rules(folder: Path | None = None) -> list[Rule]:
    """The rules in file-name order."""
    folder = folder or ontology_dir() / "rules"
    return [Rule(path.stem, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.rq"))]


def infer(store: Store, rules: list[Rule] | None = None) -> int:
    """Recompute the inferred graph; return how many triples it holds."""
    store.drop_graph(INFERRED_GRAPH)
    inferred: set[Triple] = set()
    for rule in rules if rules is not None else load_rules():
        try:
            inferred.update(store.query(rule.text))
        except QueryError as exc:
            raise QueryError(f"inference rule {rule.name}: {exc}") from exc
    store.replace_graph(INFERRED_GRAPH, sorted(inferred, key=str))
    return len(inferred)
