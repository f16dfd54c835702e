"""`wirecoder ingest|query|relations|quotes|events|export`: the store's commands on `wirecoder.cli.app`."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from wirecoder.cli import EXIT_SOME_FAILED, EXIT_USAGE, app
from wirecoder.store.schema import DEFAULT_DB, SchemaError, connect

OUTPUT_FORMATS = ("table", "csv", "json")

DbOption = typer.Option(Path(DEFAULT_DB), "--db", help="DuckDB database file.")
FormatOption = typer.Option("table", "--format", "-f", help="table, csv or json.")


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    Console(stderr=True).print(f"[bold red]wirecoder:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _open_read_only(db: Path) -> duckdb.DuckDBPyConnection:
    try:
        return connect(db, read_only=True)
    except (SchemaError, duckdb.Error) as exc:
        _fail(_explain(exc, db))
        raise  # unreachable: _fail exits


def _explain(exc: Exception, db: Path) -> str:
    message = str(exc)
    if "lock" in message.lower():  # DuckDB: one writing process, or any number of readers
        return f"{db} is in use by another process (an ingest still running?): {message}"
    return message


def _parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{name} wants an ISO date (YYYY-MM-DD), got {value!r}")
        raise


def _jsonable(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v


def print_rows(
    columns: list[str],
    rows: list[tuple],
    fmt: str,
    title: str | None = None,
    caption: str | None = None,
    no_wrap: int = 0,
    empty_note: str = "(no rows)",
) -> None:
    """Rows as a rich table, CSV or JSON (a list of objects) on standard output."""
    if fmt not in OUTPUT_FORMATS:
        _fail(f"--format must be one of {', '.join(OUTPUT_FORMATS)}")
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [
                    "" if v is None else json.dumps(_jsonable(v)) if isinstance(v, (list, dict)) else v
                    for v in row
                ]
            )
        return
    if fmt == "json":
        out = [{c: _jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(title=title, caption=caption, show_lines=False)
    for i, c in enumerate(columns):
        numeric = bool(rows) and all(isinstance(r[i], (int, float)) or r[i] is None for r in rows)
        table.add_column(c, overflow="fold", no_wrap=i < no_wrap, justify="right" if numeric else "left")
    for row in rows:
        table.add_row(*["" if v is None else str(_jsonable(v)) for v in row])
    Console().print(table)
    if not rows:
        Console(stderr=True).print(empty_note, highlight=False)


# -- ingest ------------------------------------------------------------------------------------------


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(
        None, help="Files, folders, .jsonl[.gz] files, or - for JSONL on stdin."
    ),
    db: Path = DbOption,
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, help="Extraction processes (the writer stays one)."
    ),
    actors: list[Path] = typer.Option([], "--actors", help="User actor dictionary file(s) (TSV)."),
    event_patterns: list[Path] = typer.Option(
        [], "--event-patterns", help="User event pattern file(s), event_patterns.tsv layout."
    ),
    reprocess: bool = typer.Option(False, "--reprocess", help="Extract again and replace stored articles."),
    retry_failed: bool = typer.Option(
        False, "--retry-failed", help="Try the inputs that failed before again."
    ),
    batch_size: int = typer.Option(
        64, "--batch-size", min=1, help="Articles per batch (one transaction each)."
    ),
    monadic_events: bool = typer.Option(
        False, "--monadic-events", help="Also keep events with no target (\"X called for calm\"): off by default."
    ),
) -> None:
    """Extract articles and store them in a DuckDB database (idempotent, resumable)."""
    from wirecoder.readers import missing_inputs
    from wirecoder.store.ingest import IngestOptions
    from wirecoder.store.ingest import ingest as run_ingest

    missing = missing_inputs(list(inputs or []))
    if missing:
        _fail(f"no such input: {', '.join(missing)}")
    for what, paths in (("actor file", actors), ("event pattern file", event_patterns)):
        for f in paths:
            if not f.is_file():
                _fail(f"{what} not found: {f}")
    options = IngestOptions(
        db=db,
        workers=workers,
        actor_files=tuple(actors),
        event_pattern_files=tuple(event_patterns),
        reprocess=reprocess,
        retry_failed=retry_failed,
        batch_size=batch_size,
        require_dyad=not monadic_events,
    )
    try:
        summary = run_ingest(list(inputs or []), options)
    except (SchemaError, duckdb.IOException) as exc:
        _fail(_explain(exc, db))
        return
    except KeyboardInterrupt:  # committed batches are kept; the one in progress was rolled back
        _fail(f"interrupted; every batch committed so far is in {db}: run the same command to resume", 130)
        return
    err = Console(stderr=True)
    c = summary.counts
    err.print(
        f"[bold]ingested[/] {summary.stored} articles ({summary.replaced} replaced), "
        f"{c.get('events', 0)} events, {c.get('quotes', 0)} quotes, {c.get('entities', 0)} entities; "
        f"{summary.failures} failures; skipped {summary.skipped_stored} already stored, "
        f"{summary.skipped_failed} failed before, {summary.skipped_duplicate} duplicates "
        f"— {summary.seconds:.1f}s ({summary.write_seconds:.1f}s storing), {summary.rate():.1f} articles/s → {db}",
        highlight=False,
    )
    if summary.failures:  # as `extract`: exit 3 when some inputs failed (they are in `failures`)
        err.print(
            f'{summary.failures} inputs failed: see `wirecoder query "SELECT * FROM failures" --db {db}`'
        )
        raise typer.Exit(EXIT_SOME_FAILED)


# -- query -------------------------------------------------------------------------------------------

READ_STATEMENTS = ("SELECT", "EXPLAIN", "PRAGMA")


def _writing_statements(sql: str) -> list[str]:
    """The kinds of the statements in `sql` that are not plain reads (INSERT, COPY, ATTACH...).

    The connection is read-only anyway; this also stops COPY ... TO / ATTACH, which write elsewhere.
    """
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error:
        return []  # a syntax error: let execute() report it
    return [s.type.name for s in statements if s.type.name not in READ_STATEMENTS]


@app.command()
def query(
    sql: str = typer.Argument(..., help="An SQL query (read-only)."),
    db: Path = DbOption,
    fmt: str = FormatOption,
) -> None:
    """Run a read-only SQL query on the store (tables and the quotes_view / events_view views)."""
    refused = _writing_statements(sql)
    if refused:
        _fail(
            f"the query command is read-only: {', '.join(refused)} statements are refused (ingest writes the store)"
        )
    con = _open_read_only(db)
    try:
        cur = con.execute(sql)
    except duckdb.Error as exc:
        message = str(exc)
        if "read-only" in message.lower() or "read only" in message.lower():
            _fail(f"the query command is read-only; this statement would write: {message}")
        _fail(f"query failed: {message}")
        return
    if cur.description is None:
        print_rows([], [], fmt)
        return
    columns = [d[0] for d in cur.description]
    print_rows(columns, cur.fetchall(), fmt)


# -- relations -------------------------------------------------------------------------------------


@app.command()
def relations(
    a: str = typer.Argument(..., help="Actor A: a CAMEO code or prefix (USA matches USAGOV, USAMIL...)."),
    b: str = typer.Argument(..., help="Actor B."),
    by: str = typer.Option("month", "--by", help="day, week, month or year."),
    date_from: str = typer.Option(None, "--from", help="First event date (YYYY-MM-DD)."),
    date_to: str = typer.Option(None, "--to", help="Last event date (YYYY-MM-DD)."),
    fmt: str = FormatOption,
    plot: Path = typer.Option(None, "--plot", help="Also draw a chart to this .png or .svg file."),
    db: Path = DbOption,
) -> None:
    """The dyad index between A and B over time: quad-class counts, Goldstein, net cooperation."""
    from wirecoder.store.relations import PERIODS, DyadRow, dyad_series, period_label, plot_dyad

    if by not in PERIODS:
        _fail(f"--by must be one of {', '.join(PERIODS)}")
    if plot is not None and plot.suffix.lower() not in (".png", ".svg", ".pdf"):
        _fail("--plot wants a .png, .svg or .pdf file name")
    d_from, d_to = _parse_date(date_from, "--from"), _parse_date(date_to, "--to")
    con = _open_read_only(db)
    a, b = a.upper(), b.upper()
    rows = dyad_series(con, a, b, by=by, date_from=d_from, date_to=d_to)
    dicts = [r.as_dict(a, b) for r in rows]
    columns = [f.name for f in fields(DyadRow)]  # the dyad index's columns, in order
    if fmt == "table":
        table_rows = [
            (period_label(r.period, by), d["direction"], *[d[c] for c in columns[2:]])
            for r, d in zip(rows, dicts, strict=True)
        ]
        print_rows(
            ["period", "direction", "events", "q1", "q2", "q3", "q4", "Gold. sum", "Gold. mean", "net coop"],
            table_rows,
            fmt,
            title=f"{a} – {b} relations by {by} (factual events only)",
            caption="q1 verbal coop, q2 material coop, q3 verbal conflict, q4 material conflict; "
            "net coop = (q1 + q2) − (q3 + q4)",
            no_wrap=2,
            empty_note=f"no events between {a} and {b} in {db}",
        )
    else:
        print_rows(columns, [tuple(d[c] for c in columns) for d in dicts], fmt)
    if plot is not None:
        plot_dyad(rows, a, b, by, str(plot))
        Console(stderr=True).print(f"plot written to {plot}")


# -- listings ------------------------------------------------------------------------------------------


def _range_filters(
    where: list[str], params: list, column: str, date_from: str | None, date_to: str | None
) -> None:
    if date_from:
        where.append(f"{column} >= ?")
        params.append(_parse_date(date_from, "--from"))
    if date_to:
        where.append(f"{column} <= ?")
        params.append(_parse_date(date_to, "--to"))


def _list(
    view: str, columns: str, where: list[str], params: list, order: str, limit: int, fmt: str, db: Path
) -> None:
    con = _open_read_only(db)
    if fmt == "table":
        columns = TABLE_COLUMNS.get(view, columns)
    sql = f"SELECT {columns} FROM {view}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order} LIMIT {int(limit)}"
    cur = con.execute(sql, params)
    rows = cur.fetchall()
    if fmt == "table":  # a terminal table: long texts shortened (csv/json give them whole)
        rows = [tuple(_shorten(v) for v in row) for row in rows]
    print_rows([d[0] for d in cur.description], rows, fmt)


# Compact column sets for terminal tables.
TABLE_COLUMNS = {
    "quotes_view": "published_date AS date, speaker, quote, cue, article_id",
    "events_view": "event_date AS date, source, code, target, quad_class AS quad, goldstein, "
    "sentence_text AS sentence, article_id",
}


def _shorten(value: Any, width: int = 90) -> Any:
    if not isinstance(value, str):
        return value
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


@app.command("quotes")
def quotes_cmd(
    speaker: str = typer.Option(None, "--speaker", help="Speaker name contains (case-insensitive)."),
    actor: str = typer.Option(None, "--actor", help="Speaker's actor code prefix."),
    search: str = typer.Option(None, "--search", help="Quote text contains."),
    date_from: str = typer.Option(None, "--from"),
    date_to: str = typer.Option(None, "--to"),
    limit: int = typer.Option(50, "--limit"),
    fmt: str = FormatOption,
    db: Path = DbOption,
) -> None:
    """List stored quotes (the quotes_view), newest first."""
    where: list[str] = []
    params: list = []
    if speaker:
        where.append("speaker ILIKE ?")
        params.append(f"%{speaker}%")
    if actor:
        where.append("upper(speaker_actor) LIKE ?")
        params.append(actor.upper() + "%")
    if search:
        where.append("quote ILIKE ?")
        params.append(f"%{search}%")
    _range_filters(where, params, "published_date", date_from, date_to)
    cols = "published_date, speaker, speaker_actor, kind, cue, quote, title, article_id"
    _list(
        "quotes_view",
        cols,
        where,
        params,
        "published_date DESC NULLS LAST, article_id, quote_index",
        limit,
        fmt,
        db,
    )


@app.command("events")
def events_cmd(
    actor: str = typer.Option(None, "--actor", help="Source or target actor code prefix."),
    code: str = typer.Option(None, "--code", help="CAMEO event code prefix (e.g. 04, 042)."),
    root: str = typer.Option(None, "--root", help="CAMEO root code (two digits)."),
    search: str = typer.Option(None, "--search", help="Sentence text contains."),
    date_from: str = typer.Option(None, "--from"),
    date_to: str = typer.Option(None, "--to"),
    all_events: bool = typer.Option(False, "--all", help="Include negated and hypothetical events."),
    limit: int = typer.Option(50, "--limit"),
    fmt: str = FormatOption,
    db: Path = DbOption,
) -> None:
    """List stored events (the events_view), newest first; factual events only unless --all."""
    where: list[str] = []
    params: list = []
    if not all_events:
        where.append("NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)")
    if actor:
        where.append("(upper(source) LIKE ? OR upper(target) LIKE ?)")
        params += [actor.upper() + "%"] * 2
    if code:
        where.append("code LIKE ?")
        params.append(code + "%")
    if root:
        where.append("root = ?")
        params.append(root.zfill(2))
    if search:
        where.append("sentence_text ILIKE ?")
        params.append(f"%{search}%")
    _range_filters(where, params, "event_date", date_from, date_to)
    cols = (
        "event_date, source, code, target, quad_class, goldstein, negated, hypothetical, source_name, "
        "target_name, location, sentence_text, article_id"
    )
    _list(
        "events_view",
        cols,
        where,
        params,
        "event_date DESC NULLS LAST, article_id, event_index",
        limit,
        fmt,
        db,
    )


# -- export --------------------------------------------------------------------------------------------


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="gdelt-events, gdelt-gkg, jsonl or parquet."),
    out: Path = typer.Option(
        ..., "--output", "-o", help="Output file, - for stdout (a directory for parquet)."
    ),
    include_flagged: bool = typer.Option(
        False, "--all", help="gdelt-events: also negated/hypothetical events."
    ),
    db: Path = DbOption,
) -> None:
    """Export the store as GDELT 2.0 events / GKG 2.1 TSV, JSONL records, or Parquet tables."""
    from wirecoder.store.export import FORMATS
    from wirecoder.store.export import export as run_export

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}")
    if fmt == "parquet" and str(out) == "-":
        _fail("parquet export writes one file per table: give -o DIRECTORY")
    con = _open_read_only(db)
    n = run_export(con, fmt, out, include_flagged=include_flagged)
    unit = {"gdelt-events": "events", "gdelt-gkg": "articles", "jsonl": "records", "parquet": "tables"}[fmt]
    note = ""
    if fmt == "gdelt-events":
        undated, flagged = con.execute(
            "SELECT count(*) FILTER (WHERE event_date IS NULL), "
            "count(*) FILTER (WHERE event_date IS NOT NULL AND (negated OR hypothetical)) FROM events"
        ).fetchone()
        note = f" (left out: {undated} events with no date"
        note += ")" if include_flagged else f", {flagged} negated or hypothetical)"
    Console(stderr=True).print(f"exported {n} {unit} to {out}{note}", highlight=False)
