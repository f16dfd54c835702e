"""`wirecoder extract INPUT... [-o OUT.jsonl] [--workers N] [--actors FILE]... [--event-patterns FILE]...
[--batch-size N]`.

Writes one JSON record per input article, in input order, to standard output or OUT. For every
input with errors, one warning line goes to standard error. Exit status: 0 all went well, 2 usage
error, 3 some inputs had errors (their records say why).
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from wirecoder.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, app
from wirecoder.readers import RawArticle, iter_inputs, missing_inputs

if TYPE_CHECKING:
    from wirecoder.pipeline import PipelineSettings

EXIT_INTERRUPTED = 130

# -- worker processes ------------------------------------------------------------------------------
_worker_pipeline = None


def _init_worker(settings: PipelineSettings) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts the pool down
    global _worker_pipeline
    _worker_pipeline = settings.build()


def _worker_process(batch: list[RawArticle]) -> list[tuple[str, list[str]]]:
    """(record JSON, errors) for each article of BATCH, in order."""
    assert _worker_pipeline is not None
    return [(rec.to_json(), list(rec.errors)) for rec in _worker_pipeline.process(batch)]


# -- running ---------------------------------------------------------------------------------------
def _batches(raws: Iterator[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    while batch := list(islice(raws, size)):
        yield batch


def _results_in_process(raws: Iterator[RawArticle], settings: PipelineSettings):
    pipeline = settings.build()
    for batch in _batches(raws, settings.batch_size):
        for raw, rec in zip(batch, pipeline.process(batch), strict=True):
            yield raw, rec.to_json(), list(rec.errors)


def _results_in_workers(raws: Iterator[RawArticle], settings: PipelineSettings, workers: int):
    """Batches processed by WORKERS processes; results in input order; at most 2 batches ahead per worker."""
    ahead = 2 * workers
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,))
    pending: deque[tuple[list[RawArticle], Future]] = deque()
    try:
        for batch in _batches(raws, settings.batch_size):
            pending.append((batch, pool.submit(_worker_process, batch)))
            while len(pending) >= ahead:
                yield from _finish(*pending.popleft())
        while pending:
            yield from _finish(*pending.popleft())
    except BaseException:  # Ctrl-C, a closed pipe, a crashed worker: stop the workers now, not after their batch
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)


def _finish(batch: list[RawArticle], future: Future):
    for raw, (line, errors) in zip(batch, future.result(), strict=True):
        yield raw, line, errors


def _warn(raw: RawArticle, errors: list[str]) -> None:
    where = raw.origin or raw.id
    print(f"wirecoder: warning: {where}: {'; '.join(errors)}", file=sys.stderr)


def _usage_error(message: str) -> typer.Exit:
    print(f"wirecoder: error: {message}", file=sys.stderr)
    return typer.Exit(EXIT_USAGE)


def _run(inputs: list[str], out: IO[str], settings: PipelineSettings, workers: int, progress) -> int:
    raws = iter_inputs(inputs)
    results = (
        _results_in_workers(raws, settings, workers) if workers > 1 else _results_in_process(raws, settings)
    )
    failed = 0
    task = progress.add_task("extracting", total=None) if progress else None
    for raw, line, errors in results:
        out.write(line + "\n")
        if errors:
            failed += 1
            _warn(raw, errors)
        if progress is not None:
            progress.advance(task)
    out.flush()
    return EXIT_SOME_FAILED if failed else EXIT_OK


@app.command("extract")
def extract_command(
    inputs: list[str] = typer.Argument(
        ..., metavar="INPUT...", help=".txt/.html files, folders, .jsonl/.jsonl.gz files, or - for JSONL on stdin."
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write the JSONL records here (default: stdout)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes, each with its own model."),
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor dictionary file (repeatable)."),
    event_patterns: list[Path] = typer.Option(
        [], "--event-patterns", help="Extra event pattern file, event_patterns.tsv layout (repeatable)."
    ),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    monadic_events: bool = typer.Option(
        False, "--monadic-events", help="Also keep events with no target (\"X called for calm\"): off by default."
    ),
) -> None:
    """Extract records from news articles: one JSON object per article, in input order."""
    missing = missing_inputs(inputs)
    if missing:
        raise _usage_error(f"no such input: {', '.join(missing)}")
    if inputs.count("-") > 1:
        raise _usage_error("standard input (-) can be given only once")
    for what, paths in (("actor file", actors), ("event pattern file", event_patterns)):
        absent = [str(p) for p in paths if not p.is_file()]
        if absent:
            raise _usage_error(f"no such {what}: {', '.join(absent)}")
    from wirecoder.pipeline import PipelineSettings

    settings = PipelineSettings(
        tuple(str(p) for p in actors), tuple(str(p) for p in event_patterns), batch_size, not monadic_events
    )
    if output is not None and output.is_dir():
        raise _usage_error(f"output is a directory: {output}")
    try:
        with ExitStack() as stack:
            progress = None
            if output is not None:
                try:
                    out = stack.enter_context(open(output, "w", encoding="utf-8"))  # noqa: SIM115
                except OSError as exc:
                    raise _usage_error(f"cannot write {output}: {exc.strerror or exc}") from None
                progress = _progress(stack)
            else:
                out = sys.stdout
            status = _run(inputs, out, settings, workers, progress)
    except KeyboardInterrupt:
        print("wirecoder: interrupted", file=sys.stderr)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:  # `wirecoder extract ... | head`: the reader is gone, stop quietly
        sys.stderr.close()
        raise typer.Exit(EXIT_OK) from None
    raise typer.Exit(status)


def _progress(stack: ExitStack):
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=False,
    )
    stack.enter_context(progress)
    return progress
