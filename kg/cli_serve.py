"""`kg serve`: the read-only SPARQL 1.1 endpoint (kg.server) under uvicorn."""
from __future__ import annotations

from pathlib import Path

import typer

from kg.errors import InputError
from kg.store import resolve_store_spec


def serve(
    store: str = typer.Option(None, "--store", help="Store folder (default: $KG_STORE or ./kg-data)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; loopback unless you mean otherwise."),
    port: int = typer.Option(7878, "--port", help="TCP port."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds before a query is cancelled (503)."),
    max_rows: int = typer.Option(10_000, "--max-rows", min=1, help="Larger results are refused with 400."),
    workers: int = typer.Option(2, "--workers", min=1, help="Query worker processes."),
    cors: list[str] = typer.Option(
        [], "--cors", help="Let browser pages from this origin query (e.g. https://yasgui.org); repeatable."
    ),
) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql."""
    import uvicorn

    from kg.server import create_app

    spec = resolve_store_spec(store)
    if "://" in spec or spec == ":memory:":
        raise InputError(f"{spec}: kg serve serves a store folder; an external server has its own endpoint")
    app = create_app(Path(spec), timeout=timeout, max_rows=max_rows, workers=workers, cors_origins=tuple(cors))
    typer.echo(f"SPARQL endpoint: http://{host}:{port}/sparql (store {spec})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add `kg serve` to the `kg` app."""
    app.command("serve")(serve)
