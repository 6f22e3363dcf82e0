"""The `kg` command: a thin typer shell over the library API.

Each group of commands lives in its own `kg/cli_*.py` module with a
`register(app)` function, so that the stages stay independent.
"""
from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from kg import cli_core, cli_eval, cli_serve, cli_view
from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="Build, query, export and view knowledge graphs of armed-conflict news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (cli_core, cli_eval, cli_view, cli_serve):
    module.register(app)

_err = Console(stderr=True)


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app()
    except KGError as exc:
        message = " ".join(str(exc).split())  # parsers' messages can span lines; ours is one
        _err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
