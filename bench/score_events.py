#!/usr/bin/env python3
"""Run wirecoder over a sentence-level events gold set and score it.

usage: score_events.py GOLD.jsonl OUT.jsonl [--actors FILE]... [--only-real] [--limit N]

GOLD.jsonl: records {"id", "text", "date", "events": [...]} such as ../shared/bench/events/plover_gsr.jsonl
or petr2_unittest.jsonl. Each record's text is run through the pipeline (published = its date); the
wirecoder records go to OUT.jsonl; then ../shared/tools/score_events_sentences.py scores them (pass
--only-real for petr2's records with real-world actors only). --actors adds a user actor file
(e.g. ../shared/bench/events/petr2_validate_actors.tsv).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "tools" / "score_events_sentences.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--actors", action="append", default=[])
    ap.add_argument("--only-real", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()

    from wirecoder import Pipeline
    from wirecoder.readers import RawArticle

    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    if args.limit:
        gold = gold[: args.limit]
    pipeline = Pipeline(actor_files=args.actors)
    raws = [
        RawArticle(id=str(g["id"]), text=g["text"], published=g.get("date"), origin=str(g["id"]))
        for g in gold
    ]
    t0 = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for rec in pipeline.process(raws):
            out.write(rec.to_json() + "\n")
    print(f"{len(raws)} records in {time.perf_counter() - t0:.1f}s -> {args.out}", file=sys.stderr)
    if not SCORER.exists():
        print(f"scorer not found: {SCORER}", file=sys.stderr)
        return 1
    cmd = [sys.executable, str(SCORER), args.gold, args.out] + (["--only-real"] if args.only_real else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
