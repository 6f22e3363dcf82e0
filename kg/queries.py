"""Canned queries (`queries/*.rq`), typed parameters, and result serialization.

A canned query starts with comment lines that describe it:

    # summary: Members of an alliance as of a date
    # param: org org the alliance (key like CSTO, or an IRI)
    # param: date date the day to ask about (default: today)

Parameter values from the command line are converted to RDF terms according to
their TYPE and bound as values (pyoxigraph substitutions, or a VALUES block for
remote stores via `with_values`), never formatted into the query text. A
parameter the user does not give stays unbound; queries treat that as "any".
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pycountry
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    serialize,
)

from kg.errors import QueryError
from kg.namespaces import PREFIXES, XSD, org_iri, state_iri
from kg.resources import queries_dir
from kg.store import QueryResult, Term

_HEADER = re.compile(r"^#\s*(summary|param):\s*(.*?)\s*$")
RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV,
                  "json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class Query:
    """A SPARQL query with the summary and parameters declared in its header."""

    name: str
    text: str
    summary: str
    params: tuple[Param, ...]
    origin: str  # file path, or "--sparql" for text from the command line

    def bind(self, raw: dict[str, str]) -> dict[str, Term]:
        """Convert NAME=VALUE strings to terms; unknown names and bad values raise QueryError."""
        declared = {p.name: p for p in self.params}
        bindings: dict[str, Term] = {}
        for name, value in raw.items():
            if name not in declared:
                known = ", ".join(declared) or "none"
                raise QueryError(f"{self.name}: unknown parameter '{name}' (parameters: {known})")
            bindings[name] = convert_param(declared[name], value)
        return bindings


# --- finding queries -------------------------------------------------------------------


def list_queries() -> list[Query]:
    return [load_query_file(path) for path in sorted(queries_dir().glob("*.rq"))]


def resolve_query(ref: str) -> Query:
    """A canned query's name, a path to a .rq file, or SPARQL text."""
    if re.search(r"\s|\{", ref):
        return parse_query(ref, name="--sparql", origin="--sparql")
    path = Path(ref)
    if ref.endswith(".rq") or path.is_file():
        if not path.is_file():
            raise QueryError(f"{ref}: query file not found")
        return load_query_file(path)
    canned = queries_dir() / f"{ref}.rq"
    if not canned.is_file():
        names = ", ".join(q.name for q in list_queries())
        raise QueryError(f"unknown query '{ref}' (available: {names})")
    return load_query_file(canned)


def load_query_file(path: Path) -> Query:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read query: {exc}") from exc
    return parse_query(text, name=path.stem, origin=str(path))


def parse_query(text: str, *, name: str, origin: str) -> Query:
    """Read the `# summary:` and `# param: NAME TYPE description` lines of the header."""
    summary, params = "", []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "summary":
            summary = value
        else:
            params.append(_parse_param(value, origin))
    return Query(name=name, text=text, summary=summary, params=tuple(params), origin=origin)


def _parse_param(declaration: str, origin: str) -> Param:
    parts = declaration.split(maxsplit=2)
    if len(parts) < 2 or parts[1] not in PARAM_TYPES:
        raise QueryError(
            f"{origin}: bad '# param:' line '{declaration}' "
            f"(expected NAME TYPE description, TYPE one of {', '.join(PARAM_TYPES)})"
        )
    return Param(parts[0], parts[1], parts[2] if len(parts) > 2 else "")


# --- parameter values ------------------------------------------------------------------


def convert_param(param: Param, value: str) -> Term:
    try:
        return PARAM_TYPES[param.type](value.strip())
    except (ValueError, LookupError) as exc:
        raise QueryError(f"--param {param.name}={value}: not a valid {param.type} ({exc})") from exc


def parse_iri(value: str) -> NamedNode:
    """An absolute IRI, or a prefixed name with one of the project's prefixes
    (ckgid:state/ARM); ValueError otherwise."""
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return NamedNode(PREFIXES[prefix] + local)
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value):
        raise ValueError("expected an absolute IRI or ckgid:... name")
    return NamedNode(value)


def _state(value: str) -> NamedNode:
    """ISO 3166-1 alpha-3 or alpha-2 code (or a country name pycountry knows), or an IRI."""
    if ":" in value:
        return parse_iri(value)
    try:
        return NamedNode(state_iri(pycountry.countries.lookup(value).alpha_3))
    except LookupError:
        if re.fullmatch(r"[A-Za-z]{3}", value):  # user-assigned codes such as XKX
            return NamedNode(state_iri(value))
        raise


def _org(value: str) -> NamedNode:
    return parse_iri(value) if ":" in value else NamedNode(org_iri(value))


def _date(value: str) -> Literal:
    return Literal(date.fromisoformat(value).isoformat(), datatype=NamedNode(XSD + "date"))


def _integer(value: str) -> Literal:
    return Literal(str(int(value)), datatype=NamedNode(XSD + "integer"))


PARAM_TYPES: dict[str, Callable[[str], Term]] = {
    "state": _state,
    "org": _org,
    "iri": parse_iri,
    "date": _date,
    "string": Literal,
    "integer": _integer,
}


# --- VALUES blocks for stores without substitutions ------------------------------------

# Strings, IRIs, comments and the tokens that matter for finding the outermost WHERE group.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|[{}]"
    r"|(?<![?$:\w])(?:WHERE|CONSTRUCT)\b",
    re.IGNORECASE,
)


def with_values(sparql: str, bindings: dict[str, Term]) -> str:
    """Bind variables by inserting `VALUES (?a ?b) { (t1 t2) }` at the start of the
    outermost WHERE group. Terms are written in N-Triples form (str() of a
    pyoxigraph term), which escapes everything, so values cannot change the query."""
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"bad variable name for a binding: {name!r}")
        if isinstance(term, BlankNode):
            raise QueryError(f"cannot bind ?{name} to a blank node")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    at = _where_group_start(sparql)
    return sparql[:at] + block + sparql[at:]


def with_value_list(sparql: str, name: str, terms: list[NamedNode]) -> str:
    """Bind ?name to each of several IRIs with a one-column VALUES block, written in
    N-Triples form like `with_values`, so the IRIs cannot change the query."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"bad variable name for a binding: {name!r}")
    values = " ".join(str(NamedNode(term.value)) for term in terms)
    at = _where_group_start(sparql)
    return sparql[:at] + f" VALUES ?{name} {{ {values} }} " + sparql[at:]


def _where_group_start(sparql: str) -> int:
    """Offset just after the `{` that opens the outermost WHERE group."""
    depth, seen_where, seen_construct = 0, False, False
    for token in _TOKENS.finditer(sparql):
        text = token.group().upper()
        if text == "{":
            if depth == 0 and (seen_where or not seen_construct):
                return token.end()
            depth += 1
        elif text == "}":
            depth -= 1
        elif depth == 0 and text == "WHERE":
            seen_where = True
        elif depth == 0 and text == "CONSTRUCT":
            seen_construct = True
    raise QueryError("cannot bind parameters: the query has no WHERE group")


# --- results ---------------------------------------------------------------------------


def write_results(result: QueryResult, fmt: str, out: BinaryIO) -> None:
    """W3C results format for SELECT/ASK (csv, tsv, json, xml); Turtle for CONSTRUCT/DESCRIBE."""
    if isinstance(result, (QuerySolutions, QueryBoolean)):
        if fmt not in RESULT_FORMATS:
            raise QueryError(f"unknown results format '{fmt}' (choose {', '.join(RESULT_FORMATS)})")
        result.serialize(out, RESULT_FORMATS[fmt])
    else:
        serialize(list(result), out, RdfFormat.TURTLE, prefixes=PREFIXES)


def solution_rows(result: QuerySolutions) -> tuple[list[str], list[list[Term | None]]]:
    """Variable names and rows of terms (None where unbound)."""
    names = [v.value for v in result.variables]
    return names, [[solution[name] for name in names] for solution in result]


def short_term(term: Term | None) -> str:
    """A compact human form: prefixed names for IRIs, the lexical form of literals."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, Literal):
        return term.value
    return str(term)
