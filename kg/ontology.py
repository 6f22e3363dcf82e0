"""The OWL ontology and SHACL shapes: loading, OWL consistency (HermiT) and SHACL validation.

owlready2 cannot read Turtle, so the ontology (plus any data) goes to it as
N-Triples in memory. HermiT runs in Java (Pellet is broken on Java 17).
xsd:date, xsd:gYear and xsd:gYearMonth are outside the OWL 2 datatype map;
HermiT is told to ignore such literals, so dates are checked by the shapes.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from typing import TYPE_CHECKING

from pyoxigraph import Quad, RdfFormat, Triple, parse, serialize

from kg.errors import InputError, KGError
from kg.resources import ontology_dir

if TYPE_CHECKING:
    import rdflib

ONTOLOGY_IRI = "https://w3id.org/conflict-kg/ontology"
_MAX_NAMED = 5  # subjects named in an inconsistency message


@dataclass(frozen=True)
class ConsistencyReport:
    consistent: bool
    message: str


@dataclass(frozen=True)
class ShapesReport:
    conforms: bool
    text: str


def ontology_path() -> Path:
    return ontology_dir() / "conflict.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


@cache
def read_turtle(path: Path) -> tuple[Triple, ...]:
    """The triples of a Turtle data file, parsed once per process; InputError
    naming the file when it cannot be read or parsed."""
    try:
        with path.open("rb") as handle:
            return tuple(quad.triple for quad in parse(handle, format=RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise InputError(f"{path}: cannot parse Turtle: {exc}") from exc


def ontology_triples() -> list[Triple]:
    """The triples of ontology/conflict.ttl (blank nodes as parsed)."""
    return list(read_turtle(ontology_path()))


# --- OWL consistency -----------------------------------------------------------


def _hermit_consistent(triples: Sequence[Triple]) -> bool:
    """Run HermiT over `triples`; True when consistent."""
    import owlready2  # slow to import; only validation needs it

    world = owlready2.World()
    try:
        data = serialize(triples, format=RdfFormat.N_TRIPLES)
        onto = world.get_ontology(ONTOLOGY_IRI).load(fileobj=io.BytesIO(data), format="ntriples")
        owlready2.sync_reasoner_hermit(onto, infer_property_values=False, debug=0,
                                       ignore_unsupported_datatypes=True)
        return True
    except owlready2.OwlReadyInconsistentOntologyError:
        return False
    except owlready2.OwlReadyJavaError as exc:
        raise KGError(f"HermiT failed: {_first_java_line(str(exc))}") from exc
    finally:
        world.close()


def _first_java_line(message: str) -> str:
    lines = [line.strip() for line in message.splitlines() if "Exception" in line or "Error" in line]
    return lines[-1] if lines else message.strip().splitlines()[-1]


def _by_subject(triples: Iterable[Triple]) -> list[tuple[str, list[Triple]]]:
    groups: dict[str, list[Triple]] = {}
    for triple in triples:
        groups.setdefault(str(triple.subject), []).append(triple)
    return list(groups.items())


def _narrow(base: Sequence[Triple], groups: list[tuple[str, list[Triple]]]) -> list[str]:
    """Halve the data while one half alone stays inconsistent with `base`;
    the subjects left are where the conflict lies (all of them when it needs
    triples from both halves)."""
    while len(groups) > 1:
        half = len(groups) // 2
        for part in (groups[:half], groups[half:]):
            if not _hermit_consistent([*base, *(t for _, ts in part for t in ts)]):
                groups = part
                break
        else:
            break
    return [subject for subject, _ in groups]


@cache
def _ontology_consistent() -> bool:
    return _hermit_consistent(ontology_triples())


def check_consistency(extra: Iterable[Triple | Quad] = (), *, explain: bool = True) -> ConsistencyReport:
    """Check the ontology, plus `extra` data (graph names are dropped), with HermiT.

    One HermiT run takes one to two seconds (JVM start included) for the
    ontology with the whole reference graph. When the data is inconsistent
    and `explain` is set, further runs on halves of the data name the
    subjects involved (about log2(subjects) runs).
    """
    base = ontology_triples()
    data = [item.triple if isinstance(item, Quad) else item for item in extra]
    if _hermit_consistent([*base, *data]):
        return ConsistencyReport(True, f"consistent (HermiT): ontology and {len(data)} data triples")
    if not data or not _ontology_consistent():
        return ConsistencyReport(False, f"the ontology itself is inconsistent (HermiT): {ontology_path()}")
    if not explain:
        return ConsistencyReport(False, f"inconsistent with the ontology (HermiT): {len(data)} data triples")
    subjects = _narrow(base, _by_subject(data))
    named = ", ".join(subjects[:_MAX_NAMED])
    if len(subjects) > _MAX_NAMED:
        named += f" and {len(subjects) - _MAX_NAMED} more"
    return ConsistencyReport(False, f"inconsistent with the ontology (HermiT); the conflict involves {named}")


# --- SHACL ---------------------------------------------------------------------


@cache
def _rdflib_graph(path: Path) -> rdflib.Graph:
    import rdflib

    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise InputError(f"{path}: cannot parse Turtle: {exc}") from exc
    return graph


def _as_rdflib(data: rdflib.Graph | Iterable[Triple | Quad]) -> rdflib.Graph:
    """One rdflib graph holding all of `data`: named graphs are merged, since
    facts in a document graph refer to entities typed in the reference graph."""
    import rdflib

    if isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
        merged = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    if isinstance(data, rdflib.Graph):
        return data
    triples = [item.triple if isinstance(item, Quad) else item for item in data]
    graph = rdflib.Graph()
    graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    return graph


def validate_shapes(data: rdflib.Graph | Iterable[Triple | Quad]) -> ShapesReport:
    """Validate `data` (an rdflib Graph or Dataset, or pyoxigraph triples or
    quads) against ontology/shapes.ttl. The ontology is mixed in so that
    subclasses and sub-properties count (a ckg:PhoneCall is a ckg:Event)."""
    import pyshacl  # slow to import; only validation needs it

    conforms, _, text = pyshacl.validate(
        _as_rdflib(data),
        shacl_graph=_rdflib_graph(shapes_path()),
        ont_graph=_rdflib_graph(ontology_path()),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return ShapesReport(bool(conforms), text)
