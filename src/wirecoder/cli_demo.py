"""`wirecoder demo`: run the pipeline on example articles and print a readable summary.

It writes the records as JSONL too, so a new user sees both what wirecoder read and the data it
produces. `make demo` runs it on `examples/articles/`, then ingests them and prints a relations table.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from wirecoder.cli import app
from wirecoder.record import ArticleRecord


def _snippet(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(rec: ArticleRecord, console: Console) -> None:
    """A person-readable account of one record: what was found, briefly."""
    console.rule(f"[bold]{rec.title or rec.id}")
    meta = [f"id {rec.id}", f"published {rec.published or '?'}", f"source {rec.source or '?'}"]
    if rec.authors:
        meta.append("by " + ", ".join(rec.authors))
    console.print("  " + " · ".join(meta))
    console.print(f"  body: {len(rec.text.split())} words in {rec.text.count(chr(10) * 2) + 1 if rec.text else 0} paragraphs"
                  f"; captions kept aside: {len(rec.captions)}")
    for err in rec.errors:
        console.print(f"  [yellow]error:[/yellow] {err}")

    if rec.entities:
        table = Table(title="entities", title_justify="left", show_edge=False, pad_edge=False)
        for col in ("name", "type", "actor", "roles", "mentions"):
            table.add_column(col)
        for e in rec.entities:
            table.add_row(e.name, e.type, e.actor or "", ", ".join(e.roles), str(len(e.mentions)))
        console.print(table)
    if rec.quotes:
        table = Table(title="quotes", title_justify="left", show_edge=False, pad_edge=False)
        for col in ("speaker", "kind", "cue", "text"):
            table.add_column(col)
        for q in rec.quotes:
            table.add_row(q.speaker or "?", q.kind, q.cue or "", _snippet(q.text, 70))
        console.print(table)
    if rec.events:
        table = Table(title="events", title_justify="left", show_edge=False, pad_edge=False)
        for col in ("source", "code", "target", "plover", "date", "place", "flags", "trigger"):
            table.add_column(col)
        for ev in rec.events:
            flags = ",".join(f for f, on in (("negated", ev.negated), ("hypothetical", ev.hypothetical)) if on)
            table.add_row(ev.source or "", ev.code, ev.target or "", ev.plover or "", ev.date or "",
                          ev.location.name if ev.location else "", flags, rec.text[ev.trigger[0]:ev.trigger[1]])
        console.print(table)
    if rec.amounts:
        console.print("  amounts: " + "; ".join(
            f"{a.text} = {a.value:,.0f} {a.currency or ''}" + (f" ({a.object})" if a.object else "") for a in rec.amounts))
    if rec.dates:
        console.print("  dates: " + "; ".join(f"{d.text} → {d.value}" for d in rec.dates))
    if rec.locations:
        console.print("  places: " + "; ".join(f"{loc.name} ({loc.country})" for loc in rec.locations))
    t = rec.tone
    console.print(f"  tone {t.tone:+.2f} (positive {t.positive:.2f}, negative {t.negative:.2f}, words {t.word_count})")


@app.command()
def demo(
    inputs: list[str] = typer.Argument(None, help="Articles to run on (default: examples/articles)."),
    output: Path = typer.Option(Path("demo-out/records.jsonl"), "-o", "--output", help="Where to write the JSONL."),
) -> None:
    """Run wirecoder on example articles: print what it found and write the records as JSONL."""
    from wirecoder import Pipeline
    from wirecoder.readers import iter_inputs

    inputs = inputs or ["examples/articles"]
    for item in inputs:
        if item != "-" and not Path(item).exists():
            typer.echo(f"wirecoder demo: no such input: {item}", err=True)
            raise typer.Exit(2)
    console = Console()
    output.parent.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline()
    n = 0
    with open(output, "w", encoding="utf-8") as out:
        for rec in pipeline.process(iter_inputs(inputs)):
            out.write(rec.to_json() + "\n")
            print_summary(rec, console)
            n += 1
    console.rule()
    console.print(f"{n} records written to {output}")
