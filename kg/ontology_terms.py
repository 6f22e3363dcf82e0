"""The class tree and annotations of the conflict ontology, for the scorers.

Event classes, their subclass links and their ckg:coarseClass / ckg:cameoCode
annotations are read from ontology/conflict.ttl, never listed in code.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import CKG, RDFS
from kg.ontology import ontology_path


class Ontology:
    """The class tree and annotations of ontology/conflict.ttl (loaded once)."""

    def __init__(self, path: Path | None = None) -> None:
        self.store = ox.Store()
        self.store.load(path=str(path or ontology_path()), format=ox.RdfFormat.TURTLE)
        self._parents: dict[str, set[str]] = defaultdict(set)
        for quad in self.store.quads_for_pattern(None, ox.NamedNode(RDFS + "subClassOf"), None):
            if isinstance(quad.object, ox.NamedNode):
                self._parents[quad.subject.value].add(quad.object.value)

    def ancestors(self, cls: str) -> set[str]:
        seen: set[str] = set()
        todo = [cls]
        while todo:
            for parent in self._parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def is_event_class(self, cls: str) -> bool:
        return cls == CKG + "Event" or CKG + "Event" in self.ancestors(cls)

    def most_specific(self, classes: set[str]) -> str | None:
        """The class no other given class is a subclass of (ties: alphabetical, for stability)."""
        covered = set().union(*(self.ancestors(c) for c in classes)) if classes else set()
        leaves = sorted(classes - covered)
        return leaves[0] if leaves else None

    def event_classes(self) -> set[str]:
        """Local names of every subclass of ckg:Event."""
        return {c.removeprefix(CKG) for c in self._parents if self.is_event_class(c) and c.startswith(CKG)}

    def annotation(self, cls: str, prop: str) -> list[str]:
        return [q.object.value for q in self.store.quads_for_pattern(ox.NamedNode(cls), ox.NamedNode(prop), None)]


@cache
def ontology() -> Ontology:
    return Ontology()
