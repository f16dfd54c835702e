#!/usr/bin/env python3
"""Throughput and memory of `wirecoder ingest` against `wirecoder extract` alone, same articles, same run.

usage: bench_ingest.py CORPUS.jsonl [--limit N] [--batch-size N] [--workers N] [--json]

CORPUS.jsonl: one article per line (e.g. ../shared/bench/corpus/bbc_news_2225.jsonl). The first N
articles are copied to a temporary JSONL; each side then runs in a subprocess of its own (so its peak
memory is its own), with the model loaded and warmed up before the clock starts:

  extract  read the JSONL, run the Pipeline, write the JSON records to a file (what `extract -o` does)
  ingest   the same through `wirecoder ingest` into a new DuckDB file: hashing, skip sets,
           extraction, Arrow batches, one transaction per batch

Printed: articles/second and CPU milliseconds per article of each, the ingest/extract rate ratio
(storage must not be the bottleneck: >= 0.9) by wall clock and by CPU time (trust the CPU figure on
a shared machine, where other jobs slow either side at random; with --workers it includes the
workers' model loads), the share of ingest time spent in the store's transactions, and peak RSS
of each side (with --workers, the RSS of the biggest worker is counted too).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import bench_common
from bench_common import run_side


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: robust to other jobs on a shared machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mb() -> float:
    return bench_common.peak_rss_mb(children=True)  # --workers: the biggest worker counts too


def run_extract(corpus: Path, batch_size: int, workers: int, out_dir: Path) -> dict:
    from wirecoder.pipeline import Pipeline
    from wirecoder.readers import iter_inputs

    out = out_dir / "records.jsonl"
    if workers > 1:
        from wirecoder.cli_extract import _results_in_workers
        from wirecoder.pipeline import PipelineSettings

        t0, c0 = time.perf_counter(), cpu_seconds()
        n = 0
        with out.open("w", encoding="utf-8") as fh:
            for _raw, line, _errors in _results_in_workers(
                iter_inputs([str(corpus)]), PipelineSettings(batch_size=batch_size), workers
            ):
                fh.write(line + "\n")
                n += 1
        return {
            "seconds": time.perf_counter() - t0,
            "cpu": cpu_seconds() - c0,
            "records": n,
            "peak_rss_mb": peak_rss_mb(),
        }
    pipe = Pipeline(batch_size=batch_size)
    pipe.extract(text="Warm up: the minister said on Monday that talks with Pakistan would go on.")
    t0, c0 = time.perf_counter(), cpu_seconds()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for rec in pipe.process(iter_inputs([str(corpus)])):
            fh.write(rec.to_json() + "\n")
            n += 1
    return {
        "seconds": time.perf_counter() - t0,
        "cpu": cpu_seconds() - c0,
        "records": n,
        "peak_rss_mb": peak_rss_mb(),
    }


def run_ingest(corpus: Path, batch_size: int, workers: int, out_dir: Path) -> dict:
    from wirecoder.pipeline import Pipeline
    from wirecoder.store.ingest import IngestOptions, ingest

    pipe = None
    if workers <= 1:
        pipe = Pipeline(batch_size=batch_size)
        pipe.extract(text="Warm up: the minister said on Monday that talks with Pakistan would go on.")
    db = out_dir / "bench.duckdb"
    options = IngestOptions(db=db, workers=workers, batch_size=batch_size)
    t0, c0 = time.perf_counter(), cpu_seconds()
    summary = ingest([str(corpus)], options, progress=False, pipeline=pipe)
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "cpu": cpu_seconds() - c0,
        "records": summary.processed,
        "stored": summary.stored,
        "duplicates_skipped": summary.skipped_duplicate,
        "failures": summary.failures,
        "write_seconds": summary.write_seconds,
        "events": summary.counts.get("events", 0),
        "quotes": summary.counts.get("quotes", 0),
        "db_mb": db.stat().st_size / 1e6,
        "peak_rss_mb": peak_rss_mb(),
    }


def child(side: str, corpus: Path, batch_size: int, workers: int) -> dict:
    return run_side(__file__, str(corpus), "--batch-size", str(batch_size), "--workers", str(workers), "--side", side)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--side", choices=["extract", "ingest"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.side:
        with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as tmp:
            run = run_extract if args.side == "extract" else run_ingest
            print(json.dumps(run(args.corpus, args.batch_size, args.workers, Path(tmp))))
        return 0

    with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with args.corpus.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
            dst.writelines(line for line in islice(src, args.limit) if line.strip())
        n = sum(1 for _ in sample.open(encoding="utf-8"))
        extract = child("extract", sample, args.batch_size, args.workers)
        ingest = child("ingest", sample, args.batch_size, args.workers)

    # rates over the same articles: ingest skips in-run duplicates (same content), extract does not,
    # so both rates are counted over all N input articles
    report = {
        "corpus": str(args.corpus),
        "articles": n,
        "workers": args.workers,
        "batch_size": args.batch_size,
        "extract_articles_per_s": round(n / extract["seconds"], 2),
        "ingest_articles_per_s": round(n / ingest["seconds"], 2),
        "ingest_over_extract_rate": round(extract["seconds"] / ingest["seconds"], 3),
        "extract_cpu_ms_per_article": round(1000 * extract["cpu"] / n, 1),
        "ingest_cpu_ms_per_article": round(1000 * ingest["cpu"] / n, 1),
        "ingest_over_extract_cpu_rate": round(extract["cpu"] / ingest["cpu"], 3),
        "store_share_of_ingest_time": round(ingest["write_seconds"] / ingest["seconds"], 4),
        "extract_peak_rss_mb": round(extract["peak_rss_mb"]),
        "ingest_peak_rss_mb": round(ingest["peak_rss_mb"]),
        "stored": ingest["stored"],
        "duplicates_skipped": ingest["duplicates_skipped"],
        "failures": ingest["failures"],
        "events": ingest["events"],
        "quotes": ingest["quotes"],
        "db_mb": round(ingest["db_mb"], 1),
    }
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"corpus {report['corpus']}  (first {n} articles, workers {args.workers}, batch {args.batch_size})")
    print(f"{'':10}{'articles/s':>12}{'CPU ms/article':>16}{'peak RSS MB':>14}")
    for side in ("extract", "ingest"):
        print(
            f"{side:10}{report[side + '_articles_per_s']:>12}{report[side + '_cpu_ms_per_article']:>16}"
            f"{report[side + '_peak_rss_mb']:>14}"
        )
    print(
        f"ingest rate / extract rate: {report['ingest_over_extract_rate']} by wall clock, "
        f"{report['ingest_over_extract_cpu_rate']} by CPU time  (target >= 0.9)"
    )
    print(f"time in store transactions: {report['store_share_of_ingest_time']:.2%} of ingest")
    print(
        f"stored {report['stored']} articles ({report['duplicates_skipped']} duplicates skipped, "
        f"{report['failures']} failures), {report['events']} events, {report['quotes']} quotes; "
        f"database {report['db_mb']} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
