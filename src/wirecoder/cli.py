"""The `wirecoder` command line.

`app` is the typer application; each group of sub-commands lives in its own module and registers
itself on `app` when imported (`cli_extract`: extract; `cli_demo`: demo; `store.cli`: ingest,
query, relations, quotes, events, export).
"""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="wirecoder: news articles in, structured records out.")

# Exit statuses (documented in the README): 0 all went well, 2 usage error, 3 some inputs failed.
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SOME_FAILED = 3


def _register() -> None:
    from wirecoder import cli_demo, cli_extract  # noqa: F401
    from wirecoder.store import cli as store_cli  # noqa: F401


def main() -> None:
    _register()
    app()
