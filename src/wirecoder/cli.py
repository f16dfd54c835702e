"""The `wirecoder` command line. Sub-commands register themselves on `app`."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="wirecoder: news articles in, structured records out.")


def main() -> None:
    app()
