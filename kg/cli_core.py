"""Core commands: ingest, import, query, export, stats, validate, list-queries.

Each command is a thin shell over kg.api; user errors are raised as KGError and
printed by kg.cli.main as one line with exit code 2.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from kg import api
from kg.errors import InputError
from kg.queries import RESULT_FORMATS, list_queries, short_term, solution_rows, write_results
from kg.store import Store, Term, query_errors

# Rich wraps tables at 80 columns when stdout is not a terminal; pipes get wide rows instead.
_out = Console(highlight=False, width=None if sys.stdout.isatty() else 240)
_err = Console(stderr=True, highlight=False)

StoreOption = Annotated[
    Optional[str],
    typer.Option("--store", help="Store folder, ':memory:' or an http(s) SPARQL endpoint [default: $KG_STORE or ./kg-data]"),
]
QUERY_FORMATS = ("table", *RESULT_FORMATS)


@contextmanager
def _opened(spec: str | None, *, create: bool = False) -> Iterator[Store]:
    """The store with the ontology and reference graphs loaded and up to date;
    only the commands that add documents create a missing store folder."""
    with api.open_store(spec, create=create) as store:
        api.ensure_reference(store)
        yield store


def _check_choice(option: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InputError(f"{option} {value}: unknown value (choose {', '.join(allowed)})")


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html, .jsonl) or folders")],
    store: StoreOption = None,
) -> None:
    """Extract facts from news articles into the store (one named graph per document)."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputError(f"{missing[0]}: no such file or folder")
    with _opened(store, create=True) as kg_store, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        console=_err, transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=len(paths))
        summary = api.ingest(
            kg_store, [str(p) for p in paths],
            on_error=lambda error: progress.console.print(f"[red]error:[/] {escape(str(error))}", soft_wrap=True),
            on_path=lambda path: progress.update(task, advance=1, description=path),
        )
    table = Table("documents", "events", "failed", title="ingest")
    table.add_row(str(summary.documents), str(summary.events), str(len(summary.errors)))
    _out.print(table)
    if summary.errors:
        raise typer.Exit(2)


def import_(
    files: Annotated[list[Path], typer.Argument(help="RDF files: .ttl .trig .nt .nq .jsonld .rdf/.owl")],
    graph: Annotated[Optional[str], typer.Option("--graph", help="Named graph for triples outside any graph")] = None,
    store: StoreOption = None,
) -> None:
    """Load existing RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML)."""
    with _opened(store, create=True) as kg_store:
        report = api.import_files(kg_store, files, graph)
    _out.print(f"imported {report.quads} quads from {report.files} file(s) into {len(report.graphs)} graph(s)")


def query(
    name: Annotated[Optional[str], typer.Argument(help="Canned query name (see list-queries) or a .rq file")] = None,
    sparql: Annotated[Optional[str], typer.Option("--sparql", help="SPARQL query text")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", help="NAME=VALUE, repeatable")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv, json or xml")] = "table",
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query: a canned one by NAME, a .rq FILE, or --sparql TEXT."""
    _check_choice("--format", fmt, QUERY_FORMATS)
    if (name is None) == (sparql is None):
        raise InputError("give either a query NAME/FILE or --sparql TEXT (see kg list-queries)")
    params = dict(_param(item) for item in param or [])
    with _opened(store) as kg_store:
        result = api.run_query(kg_store, sparql if sparql is not None else name, params)
        with query_errors():  # results are read lazily: a failing SERVICE call surfaces here
            if fmt == "table" and isinstance(result, (QuerySolutions, QueryBoolean)):
                _print_table(result, kg_store)
            else:
                write_results(result, "json" if fmt == "table" else fmt, sys.stdout.buffer)
                sys.stdout.buffer.flush()


def _param(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep or not name:
        raise InputError(f"--param {item}: expected NAME=VALUE")
    return name.strip(), value


def _print_table(result: QuerySolutions | QueryBoolean, kg_store: Store) -> None:
    if isinstance(result, QueryBoolean):
        _out.print("true" if bool(result) else "false")
        return
    names, rows = solution_rows(result)
    labels = api.labels(kg_store, [term for row in rows for term in row if isinstance(term, NamedNode)])
    table = Table(*names, caption=f"{len(rows)} row(s)")
    for row in rows:
        table.add_row(*(_cell(term, labels) for term in row))
    _out.print(table)


def _cell(term: Term | None, labels: dict[str, str]) -> Text:
    """An IRI with a label reads 'Armenia (ckgid:state/ARM)'. Text objects, not markup,
    so brackets in names taken from articles print as they are."""
    label = labels.get(term.value) if isinstance(term, NamedNode) else None
    return Text(f"{label} ({short_term(term)})") if label else Text(short_term(term))


def export(
    fmt: Annotated[str, typer.Option("--format", help="turtle, trig, nquads, ntriples, jsonld, graphml, gexf or cytoscape")] = "turtle",
    graph: Annotated[Optional[str], typer.Option("--graph", help="An IRI, reference, inferred, ontology or documents [default: everything]")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write [default: stdout]")] = None,
    store: StoreOption = None,
) -> None:
    """Export the graph as RDF (pyoxigraph serializers) or as a network."""
    _check_choice("--format", fmt, api.EXPORT_FORMATS)
    with _opened(store) as kg_store:
        if output is None:
            api.export(kg_store, fmt, graph, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            _write_file(output, lambda: api.export(kg_store, fmt, graph, output))
            _err.print(f"wrote {output}")


def _write_file(output: Path, write: Callable[[], None]) -> None:
    if not output.parent.is_dir():
        raise InputError(f"{output}: folder {output.parent} does not exist")
    try:
        write()
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror or exc}") from exc


def stats(store: StoreOption = None) -> None:
    """Triples per graph kind, documents, events and entities by class."""
    with _opened(store) as kg_store:
        result = api.stats(kg_store)
    _out.print(_count_table("graph", "triples", result.triples_by_graph_kind))
    _out.print(f"documents: {result.documents}")
    _out.print(_count_table("event class", "events", result.events_by_class))
    _out.print(_count_table("entity class", "entities", result.entities_by_class))


def _count_table(key: str, value: str, counts: dict[str, int]) -> Table:
    table = Table(key, value)
    for name, count in counts.items():
        table.add_row(name, str(count))
    return table


def validate(store: StoreOption = None) -> None:
    """Check the graph against the SHACL shapes and the OWL ontology (HermiT); exit 1 when invalid."""
    with _opened(store) as kg_store:
        report = api.validate(kg_store)
    _out.print(f"SHACL shapes: {'[green]conform[/]' if report.conforms else '[red]do not conform[/]'}")
    if not report.conforms:
        _out.print(report.shapes_text, markup=False)
    _out.print(f"OWL consistency: {'[green]' if report.consistent else '[red]'}{escape(report.consistency_message)}[/]")
    if not report.valid:
        raise typer.Exit(1)


def list_queries_command() -> None:
    """List the canned queries with their summaries and parameters."""
    table = Table("name", "summary", "parameters")
    table.columns[0].no_wrap = True
    for canned in list_queries():
        params = ", ".join(f"{p.name} ({p.type})" for p in canned.params)
        table.add_row(canned.name, canned.summary, params)
    _out.print(table)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("ingest")(ingest)
    app.command("import")(import_)
    app.command("query")(query)
    app.command("export")(export)
    app.command("stats")(stats)
    app.command("validate")(validate)
    app.command("list-queries")(list_queries_command)

