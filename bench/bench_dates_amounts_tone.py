"""Speed of the dates, amounts and tone stages relative to the spaCy parse of the same articles.

usage: python bench/bench_dates_amounts_tone.py [CORPUS.jsonl] [--limit N] [--published ISO]

CORPUS.jsonl defaults to ../shared/bench/corpus/bbc_news_2225.jsonl (records marked
``duplicate_of`` are skipped). A seeded sample of N articles (default 200) is parsed once with
``nlp.pipe`` (timed), then each stage runs over the same Docs with a minimal ArticleContext
(timed per stage; dictionaries are loaded before timing). Articles without a date get
``--published`` (default 2005-03-10, inside the BBC corpus's years) so relative dates resolve.
Prints each stage's seconds and share of the parse time, and how many dates and amounts it found.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import datetime
from pathlib import Path

from wirecoder.clean import CleanArticle
from wirecoder.extract.amounts import extract_amounts
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.dates import extract_dates
from wirecoder.extract.tone import document_tone
from wirecoder.nlp import load_model
from wirecoder.resources import Resources

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "corpus" / "bbc_news_2225.jsonl"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--published", default="2005-03-10T12:00:00+00:00")
    args = ap.parse_args()

    rows = [json.loads(line) for line in Path(args.corpus).open(encoding="utf-8")]
    rows = [r for r in rows if not r.get("duplicate_of") and r.get("text")]
    random.Random(0).shuffle(rows)
    rows = rows[: args.limit]
    nlp = load_model()
    texts = [r["text"] for r in rows]
    list(nlp.pipe(texts[:5]))  # warm-up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0

    resources = Resources()
    default_pub = datetime.fromisoformat(args.published)
    ctxs = [
        ArticleContext(
            article=CleanArticle(id=str(r.get("id")), text=r["text"], url=r.get("url")),
            doc=doc,
            resources=resources,
            published=datetime.fromisoformat(r["date"]) if r.get("date") else default_pub,
        )
        for r, doc in zip(rows, docs, strict=True)
    ]
    stages = {"dates": extract_dates, "amounts": extract_amounts, "tone": document_tone}
    for fn in stages.values():  # load dictionaries outside the timing (once per process)
        fn(ctxs[0])
    total = 0.0
    print(f"articles={len(rows)} chars={sum(map(len, texts)):,} parse={parse:.2f}s")
    for name, fn in stages.items():
        t0 = time.perf_counter()
        outputs = [fn(c) for c in ctxs]
        spent = time.perf_counter() - t0
        total += spent
        found = f", found {sum(len(o) for o in outputs)}" if isinstance(outputs[0], list) else ""
        print(f"  {name:8s} {spent:6.3f}s = {100 * spent / parse:5.2f}% of parse{found}")
    print(f"  all three {total:.3f}s = {100 * total / parse:.2f}% of parse")


if __name__ == "__main__":
    main()
