"""`wirecoder ingest`: read inputs, skip what is stored, extract the rest in batches, store each batch.

The set of stored ids and content hashes is loaded once at the start, and inputs already stored are
skipped before extraction, so a re-run (or a resumed run after a kill) costs little for what is done.
Extraction runs in this process, or in N worker processes (one Pipeline each) over batches; the DuckDB
writer is always this process.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.readers import RawArticle, iter_inputs
from wirecoder.record import ArticleRecord
from wirecoder.store.db import Known, Store
from wirecoder.store.rows import ArticleInput, content_hash

if TYPE_CHECKING:
    from wirecoder.pipeline import Pipeline, PipelineSettings


@dataclass
class IngestOptions:
    db: Path
    workers: int = 1
    actor_files: tuple[Path, ...] = ()
    event_pattern_files: tuple[Path, ...] = ()
    reprocess: bool = False
    retry_failed: bool = False
    batch_size: int = 64
    require_dyad: bool = True

    def pipeline_settings(self) -> PipelineSettings:
        from wirecoder.pipeline import PipelineSettings  # spaCy loads only when something is extracted

        return PipelineSettings(tuple(map(str, self.actor_files)), tuple(map(str, self.event_pattern_files)),
                                self.batch_size, self.require_dyad)


@dataclass
class IngestSummary:
    inputs: int = 0
    skipped_stored: int = 0
    skipped_failed: int = 0
    skipped_duplicate: int = 0
    stored: int = 0
    replaced: int = 0
    failures: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    write_seconds: float = 0.0  # of `seconds`, the time spent in the store's transactions

    @property
    def processed(self) -> int:
        return self.stored + self.failures

    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0


# -- inputs ------------------------------------------------------------------------------------------


def count_inputs(inputs: Iterable[str]) -> int | None:
    """A cheap count of the articles in the inputs (for the progress bar), or None when unknown."""
    total = 0
    for arg in inputs:
        path = Path(arg)
        if arg == "-" or not path.exists():
            return None
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm"))
        elif path.name.endswith(".jsonl"):
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif path.name.endswith(".jsonl.gz"):
            import gzip

            with gzip.open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


# -- extraction, in this process or in workers ---------------------------------------------------------


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


def _in_process(
    selected: Iterator[tuple[RawArticle, str | None]],
    options: IngestOptions,
    pipeline: Pipeline | None = None,
) -> Iterator[ArticleInput]:
    for batch in _batches(selected, options.batch_size):
        if pipeline is None:  # loaded only when there is something to extract (a re-run may have nothing)
            pipeline = options.pipeline_settings().build()
        records = pipeline.process([raw for raw, _ in batch])
        for (raw, chash), rec in zip(batch, records, strict=True):
            yield ArticleInput(rec, chash, raw.origin)


def _in_workers(
    selected: Iterator[tuple[RawArticle, str | None]], options: IngestOptions
) -> Iterator[ArticleInput]:
    """The extract command's worker pool (one Pipeline per process, results in input order)."""
    from wirecoder.cli_extract import _results_in_workers

    first = next(selected, None)
    if first is None:  # nothing to extract: start no worker
        return
    selected = chain([first], selected)

    hashes: dict[int, str | None] = {}

    def raws() -> Iterator[RawArticle]:
        for raw, chash in selected:
            hashes[id(raw)] = chash
            yield raw

    for raw, line, _errors in _results_in_workers(raws(), options.pipeline_settings(), options.workers):
        rec = ArticleRecord.from_dict(json.loads(line))
        yield ArticleInput(rec, hashes.pop(id(raw)), raw.origin)


def extract_batches(
    selected: Iterator[tuple[RawArticle, str | None]],
    options: IngestOptions,
    pipeline: Pipeline | None = None,
) -> Iterator[list[ArticleInput]]:
    """The selected inputs extracted, in input order, grouped in batches of `options.batch_size`."""
    if options.workers > 1:
        items = _in_workers(selected, options)
    else:
        items = _in_process(selected, options, pipeline)
    yield from _batches(items, options.batch_size)


# -- the run -----------------------------------------------------------------------------------------


def select_inputs(
    raws: Iterable[RawArticle],
    known: Known,
    options: IngestOptions,
    summary: IngestSummary,
    on_skip: Callable[[], None] = lambda: None,
) -> Iterator[tuple[RawArticle, str | None]]:
    """The inputs to extract: not stored yet (unless --reprocess), not failed (unless --retry-failed),
    and not seen earlier in this run (same id or same content = same article)."""
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    for raw in raws:
        summary.inputs += 1
        chash = content_hash(raw.text, raw.html)
        if raw.id in seen_ids or (chash is not None and chash in seen_hashes):
            summary.skipped_duplicate += 1
            on_skip()
            continue
        seen_ids.add(raw.id)
        if chash is not None:
            seen_hashes.add(chash)
        if known.stored(raw.id, chash) and not options.reprocess:
            summary.skipped_stored += 1
            on_skip()
            continue
        if known.failed(raw.id, chash) and not (options.retry_failed or options.reprocess):
            summary.skipped_failed += 1
            on_skip()
            continue
        yield raw, chash


class Progress:
    """Rich progress bar (rate, ETA) on a terminal; one plain line per batch otherwise (logs, tests)."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.plain = not self.console.is_terminal
        self.done = 0
        self.total = total
        self.t0 = time.perf_counter()
        self._bar = None
        if not self.plain:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as RichProgress,
            )

            self._bar = RichProgress(
                TextColumn("[bold]ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} art/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self._task = self._bar.add_task("ingest", total=total, rate=0.0)
            self._bar.start()

    def advance(self, n: int = 1, processed: int = 0, log: bool = False) -> None:
        self.done += n
        elapsed = time.perf_counter() - self.t0
        rate = processed / elapsed if elapsed > 0 else 0.0
        if self._bar is not None:
            self._bar.update(self._task, advance=n, rate=rate)
        elif log:
            total = f"/{self.total}" if self.total is not None else ""
            print(
                f"ingest: {self.done}{total} inputs done, {processed} extracted ({rate:.1f}/s)",
                file=sys.stderr,
                flush=True,
            )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def ingest(
    inputs: list[str], options: IngestOptions, progress: bool = True, pipeline: Pipeline | None = None
) -> IngestSummary:
    """Ingest INPUTS into the store; `pipeline` (single process only) reuses an already loaded one."""
    summary = IngestSummary()
    t0 = time.perf_counter()
    with Store(options.db) as store:
        known = store.known()
        bar = Progress(count_inputs(inputs) if inputs else 0) if progress else None

        def on_skip() -> None:
            if bar is not None:
                bar.advance(1, summary.processed)

        selected = select_inputs(iter_inputs(inputs), known, options, summary, on_skip)
        try:
            for items in extract_batches(selected, options, pipeline):
                t_write = time.perf_counter()
                result = store.write_batch(items, known, replace=options.reprocess)
                summary.write_seconds += time.perf_counter() - t_write
                summary.stored += result.articles
                summary.failures += result.failures
                summary.replaced += result.replaced
                for table, n in result.counts.items():
                    summary.counts[table] = summary.counts.get(table, 0) + n
                if bar is not None:
                    bar.advance(len(items), summary.processed, log=True)
        finally:
            if bar is not None:
                bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary
