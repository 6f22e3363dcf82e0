"""`kg view`: draw the alliance or conflict network as one offline HTML page."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from kg.network import KINDS, project
from kg.store import open_store
from kg.view import render_html

_out = Console()


def view(
    store: Optional[str] = typer.Option(None, "--store", help="Store folder, :memory: or SPARQL endpoint URL (default $KG_STORE or ./kg-data)."),
    output: Path = typer.Option(Path("network.html"), "-o", "--output", help="HTML file to write."),
    kind: str = typer.Option("alliances", "--kind", help=f"Which network: {' | '.join(KINDS)}."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Centre on a state (ISO3 code) or any entity IRI."),
    depth: Optional[int] = typer.Option(None, "--depth", help="Hops around --focus (default 1)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Memberships and treaties in force on this date; events up to it."),
    since: Optional[str] = typer.Option(None, "--since", help="Only facts from this date on (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Only facts up to this date."),
    persons: bool = typer.Option(False, "--persons", help="Show persons instead of folding them into the states they represent."),
) -> None:
    """Draw the alliance or conflict network as one self-contained HTML page that works offline."""
    with open_store(store, create=False) as kg_store:
        graph = project(kg_store, kind=kind, focus=focus, depth=depth, as_of=as_of,
                        since=since, until=until, persons=persons)
    title = f"conflict-kg: {kind}" + (f" around {graph.nodes[graph.graph['focus']]['label']}" if focus else "")
    render_html(graph, output, title=title)
    _out.print(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add `kg view` to the `kg` app."""
    app.command("view")(view)
