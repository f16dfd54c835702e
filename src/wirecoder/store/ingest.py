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
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from wirecoder.readers import RawArticle
from wirecoder.record import ArticleRecord
from wirecoder.store.db import Known, Store
from wirecoder.store.rows import ArticleInput, content_hash


@dataclass
class IngestOptions:
    db: Path
    workers: int = 1
    actor_files: tuple[Path, ...] = ()
    reprocess: bool = False
    retry_failed: bool = False
    batch_size: int = 64


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

    @property
    def processed(self) -> int:
        return self.stored + self.failures

    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0


# -- inputs ------------------------------------------------------------------------------------------


def iter_inputs(inputs: Iterable[str]) -> Iterator[RawArticle]:
    """The project's readers (`wirecoder.readers.iter_inputs`), or a minimal stand-in until they land."""
    from wirecoder import readers

    reader = getattr(readers, "iter_inputs", None)
    if reader is not None:
        yield from reader(list(inputs))
        return
    yield from _fallback_iter_inputs(inputs)


def _fallback_iter_inputs(inputs: Iterable[str]) -> Iterator[RawArticle]:
    for arg in inputs:
        path = Path(arg)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.name.endswith(".jsonl"):
                with f.open(encoding="utf-8", errors="replace") as fh:
                    for n, line in enumerate(fh, 1):
                        if not line.strip():
                            continue
                        origin = f"{f}:{n}"
                        try:
                            obj = json.loads(line)
                        except json.JSONDecodeError as exc:
                            yield RawArticle(id=f"{f.stem}-{n}", origin=origin, errors=[f"bad JSON: {exc}"])
                            continue
                        yield RawArticle(
                            id=str(obj.get("id") or content_hash(obj.get("text"), obj.get("html"))[:16]),
                            text=obj.get("text"),
                            html=obj.get("html"),
                            url=obj.get("url"),
                            title=obj.get("title"),
                            published=obj.get("published"),
                            source=obj.get("source"),
                            origin=origin,
                        )
            elif f.suffix.lower() in (".txt", ".html", ".htm"):
                data = f.read_text(encoding="utf-8", errors="replace")
                is_html = f.suffix.lower() != ".txt"
                yield RawArticle(
                    id=f.stem, text=None if is_html else data, html=data if is_html else None, origin=str(f)
                )


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
        elif path.name.endswith(".gz"):
            return None
        else:
            total += 1
    return total


# -- extraction, in this process or in workers ---------------------------------------------------------

_worker_pipeline = None


def _init_worker(actor_files: tuple[str, ...], batch_size: int) -> None:
    global _worker_pipeline
    from wirecoder.pipeline import Pipeline

    _worker_pipeline = Pipeline(actor_files=actor_files, batch_size=batch_size)


def _extract_in_worker(raws: list[RawArticle]) -> list[ArticleRecord]:
    assert _worker_pipeline is not None
    return list(_worker_pipeline.process(raws))


def _batches(items: Iterator[ArticleInput | RawArticle], size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


def extract_batches(
    batches: Iterable[list[tuple[RawArticle, str]]], options: IngestOptions
) -> Iterator[list[ArticleInput]]:
    """Records for each batch of (raw, content hash), in order."""
    if options.workers <= 1:
        from wirecoder.pipeline import Pipeline

        pipeline = Pipeline(actor_files=options.actor_files, batch_size=options.batch_size)
        for batch in batches:
            records = list(pipeline.process([raw for raw, _ in batch]))
            yield _pair(batch, records)
        return
    ctx = get_context("spawn")  # fork after threads (rich, duckdb) is unsafe
    init_args = (tuple(str(p) for p in options.actor_files), options.batch_size)
    with ProcessPoolExecutor(
        options.workers, mp_context=ctx, initializer=_init_worker, initargs=init_args
    ) as pool:
        pending: deque[tuple[list[tuple[RawArticle, str]], Future]] = deque()
        it = iter(batches)
        for batch in it:
            pending.append((batch, pool.submit(_extract_in_worker, [raw for raw, _ in batch])))
            if len(pending) > options.workers:  # keep every worker busy, a bounded number in flight
                done_batch, fut = pending.popleft()
                yield _pair(done_batch, fut.result())
        while pending:
            done_batch, fut = pending.popleft()
            yield _pair(done_batch, fut.result())


def _pair(batch: list[tuple[RawArticle, str]], records: list[ArticleRecord]) -> list[ArticleInput]:
    return [ArticleInput(rec, chash, raw.origin) for (raw, chash), rec in zip(batch, records, strict=True)]


# -- the run -----------------------------------------------------------------------------------------


def select_inputs(
    raws: Iterable[RawArticle],
    known: Known,
    options: IngestOptions,
    summary: IngestSummary,
    on_skip: Callable[[], None] = lambda: None,
) -> Iterator[tuple[RawArticle, str]]:
    """The inputs to extract: not stored yet (unless --reprocess), not failed (unless --retry-failed),
    and not seen earlier in this run (same id or same content = same article)."""
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    for raw in raws:
        summary.inputs += 1
        chash = content_hash(raw.text, raw.html)
        if raw.id in seen_ids or chash in seen_hashes:
            summary.skipped_duplicate += 1
            on_skip()
            continue
        seen_ids.add(raw.id)
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


def ingest(inputs: list[str], options: IngestOptions, progress: bool = True) -> IngestSummary:
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
            for items in extract_batches(_batches(selected, options.batch_size), options):
                result = store.write_batch(items, known, replace=options.reprocess)
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
