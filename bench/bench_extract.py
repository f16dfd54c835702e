#!/usr/bin/env python3
"""Throughput and memory of `wirecoder extract` against bare `nlp.pipe` on the same texts, same run.

usage: bench_extract.py CORPUS.jsonl [--limit N] [--batch-size N] [--json]

CORPUS.jsonl: one article per line with "text" (e.g. ../shared/bench/corpus/bbc_news_2225.jsonl).
Each side runs in a subprocess of its own so that peak memory (max RSS) is that side's alone:

  parse    bare `nlp.pipe` over the cleaned bodies (the floor: what spaCy alone costs)
  extract  the whole wirecoder Pipeline (clean -> parse -> every extraction stage)

Printed: articles/second and peak RSS of each, the extract/parse time ratio, and the time of
each extraction stage as a share of the parse time (the stage budgets of the issues: entities
and quotes each <= 10%, events + amounts + dates + tone <= 25%). Absolute times mean little on
shared machines; the ratios are the figures to read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path

from bench_common import peak_rss_mb, run_side


def read_articles(path: Path, limit: int) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in islice(f, limit):
            if line.strip():
                out.append(json.loads(line))
    return out


def run_parse(articles: list[dict], batch_size: int) -> dict:
    from wirecoder.clean.article import clean_article
    from wirecoder.nlp import load_model
    from wirecoder.readers import RawArticle

    nlp = load_model()
    bodies = [clean_article(RawArticle(id=str(a.get("id", i)), text=a.get("text"))).text for i, a in enumerate(articles)]
    nlp("warm up")
    t0 = time.perf_counter()
    n_tokens = sum(len(doc) for doc in nlp.pipe(bodies, batch_size=batch_size))
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "tokens": n_tokens, "peak_rss_mb": peak_rss_mb()}


def run_extract(articles: list[dict], batch_size: int) -> dict:
    from wirecoder import Pipeline
    from wirecoder.readers import RawArticle

    pipe = Pipeline(batch_size=batch_size, timing=True)
    pipe.extract(text="Warm up: the minister said on Monday that talks would go on.")
    pipe.timing.totals.clear()
    raws = [
        RawArticle(id=str(a.get("id", i)), text=a.get("text"), title=a.get("title"), published=a.get("published"))
        for i, a in enumerate(articles)
    ]
    t0 = time.perf_counter()
    n = errors = 0
    for rec in pipe.process(raws):
        n += 1
        errors += bool(rec.errors)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "records": n, "with_errors": errors, "stages": pipe.timing.totals,
            "peak_rss_mb": peak_rss_mb()}


def child(side: str, corpus: Path, limit: int, batch_size: int) -> dict:
    return run_side(__file__, str(corpus), "--limit", str(limit), "--batch-size", str(batch_size), "--side", side)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--side", choices=["parse", "extract"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus} (give a JSONL with a 'text' field)", file=sys.stderr)
        return 2
    if args.side:
        articles = read_articles(args.corpus, args.limit)
        res = run_parse(articles, args.batch_size) if args.side == "parse" else run_extract(articles, args.batch_size)
        print(json.dumps(res))
        return 0

    n = len(read_articles(args.corpus, args.limit))
    parse = child("parse", args.corpus, args.limit, args.batch_size)
    extract = child("extract", args.corpus, args.limit, args.batch_size)
    stages = extract["stages"]
    report = {
        "corpus": str(args.corpus),
        "articles": n,
        "parse_articles_per_s": round(n / parse["seconds"], 2),
        "extract_articles_per_s": round(n / extract["seconds"], 2),
        "extract_over_parse_time": round(extract["seconds"] / parse["seconds"], 3),
        "parse_peak_rss_mb": round(parse["peak_rss_mb"]),
        "extract_peak_rss_mb": round(extract["peak_rss_mb"]),
        "stage_share_of_parse": {k: round(v / parse["seconds"], 3) for k, v in stages.items()},
        "events_amounts_dates_tone_share": round(
            sum(stages.get(k, 0.0) for k in ("events", "amounts", "dates", "tone")) / parse["seconds"], 3
        ),
        "records_with_errors": extract["with_errors"],
    }
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"corpus {report['corpus']}  ({n} articles, {parse['tokens']:,} tokens)")
    print(f"{'':10}{'articles/s':>12}{'peak RSS MB':>14}")
    print(f"{'nlp.pipe':10}{report['parse_articles_per_s']:>12}{report['parse_peak_rss_mb']:>14}")
    print(f"{'extract':10}{report['extract_articles_per_s']:>12}{report['extract_peak_rss_mb']:>14}")
    print(f"extract time / parse time: {report['extract_over_parse_time']}")
    print("stage time as a share of the parse time:")
    for k, v in report["stage_share_of_parse"].items():
        print(f"  {k:10} {v:6.1%}")
    print(f"  events+amounts+dates+tone {report['events_amounts_dates_tone_share']:.1%}")
    print(f"records with errors: {report['records_with_errors']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
