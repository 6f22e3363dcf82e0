"""Why the events of an article did not match: each error named by its kind.

`kg eval --errors` prints these. Matching (kg.evaluate) pairs a gold event
with a graph event only when the class and the whole core participant set
agree; an unpaired gold event and an unpaired graph event that share an actor
are usually one event read wrong, so they are shown as one error:

- ``lacking``: the graph's event has some of the gold's actors and nothing else;
- ``extra``: the graph's event has all the gold's actors and more;
- ``swapped``: they share some actors, and each has one the other lacks;
- ``class``: the same actors (or a fight read as a war) under another class;
- ``missed``: a gold event nothing in the graph resembles;
- ``spurious``: a graph event nothing in the gold resembles.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kg.evaluate import ArticleResult, EventMatching, core_participants, same_kind, short
from kg.gold import GoldEvent
from kg.graph_facts import EventRecord

ERROR_KINDS = ("missed", "spurious", "lacking", "extra", "swapped", "class")
FIGHTS = frozenset({"War", "ArmedClash"})  # a fight and a war are the same facts told at two scales


@dataclass(frozen=True)
class EventError:
    kind: str  # one of ERROR_KINDS
    gold: GoldEvent | None
    graph: EventRecord | None
    gold_actors: frozenset[str]
    graph_actors: frozenset[str]

    def describe(self) -> str:
        """One line: the error, the gold event and what the graph has instead."""
        gold = f"{self.gold.kind} {self.gold.label} [{_names(self.gold_actors)}]" if self.gold else ""
        graph = f"{self.graph.kind} [{_names(self.graph_actors)}]" if self.graph else ""
        if self.graph and self.graph.date:
            graph += f" {self.graph.date.value}"
        if self.gold and self.graph:
            return f"{self.kind}: gold {gold}; graph {graph}"
        return f"{self.kind}: {gold or graph}"


def event_errors(matching: EventMatching) -> list[EventError]:
    """Every unmatched gold and graph event of one article, near misses paired."""
    core = lambda event: core_participants(event.roles, matching.represents)  # noqa: E731
    free = list(matching.unmatched)
    errors = []
    for gold in (g for g, graph in matching.pairs if graph is None):
        graph, kind = _resembling(gold, free, core)
        if graph is not None:
            free.remove(graph)
        errors.append(EventError(kind, gold, graph, core(gold), core(graph) if graph else frozenset()))
    errors += [EventError("spurious", None, graph, frozenset(), core(graph)) for graph in free]
    return errors


def errors_by_article(articles: Iterable[ArticleResult]) -> dict[str, list[EventError]]:
    """The event errors of each scored article, keyed by its gold file."""
    return {str(a.gold_path): event_errors(a.events) for a in articles if a.events is not None}


def count_errors(errors: Iterable[list[EventError]]) -> Counter[str]:
    """How many errors of each kind the lists hold (kinds in ERROR_KINDS order)."""
    counts = Counter({kind: 0 for kind in ERROR_KINDS})
    for found in errors:
        counts.update(error.kind for error in found)
    return counts


def _resembling(gold: GoldEvent, free: list[EventRecord], core) -> tuple[EventRecord | None, str]:
    """The first unmatched graph event of a related class sharing an actor (a near miss), else one
    with the same actors under another class; else nothing."""
    wanted = core(gold)
    for graph in free:
        if same_kind(gold.kind, graph.kind) and wanted & core(graph):
            return graph, _near_kind(wanted, core(graph))
    for graph in free:
        found = core(graph)
        if found == wanted or (wanted & found and {gold.kind, graph.kind} <= FIGHTS):
            return graph, "class"
    return None, "missed"


def _near_kind(gold: frozenset[str], graph: frozenset[str]) -> str:
    if graph < gold:
        return "lacking"
    if gold < graph:
        return "extra"
    return "swapped"


def _names(actors: frozenset[str]) -> str:
    return ", ".join(sorted(short(a) for a in actors)) or "no actor"
