"""Entities and places: speed against the spaCy parse, and actor coverage on PETRARCH2's sentences.

    .venv/bin/python bench/bench_entities.py speed [--corpus ../shared/bench/corpus/bbc_news_2225.jsonl] [-n 200]
    .venv/bin/python bench/bench_entities.py petr [--data ../shared/bench/events] [--misses]
    .venv/bin/python bench/bench_entities.py plover [--data ../shared/bench/events] [--misses]

``speed`` parses N articles with ``nlp.pipe``, then times ``extract_entities`` + ``extract_locations``
on the same Docs (after a warm-up article that loads the dictionaries, matchers and gazetteer).
``petr`` codes PETRARCH2's validation sentences with ``petr2_validate_actors.tsv`` as a user actor
file and reports the share of gold source/target codes found among the entities' actor codes.
``plover`` runs the entities stage on PLOVER's gold sentences: for each gold actor (``actorText``,
``code``, ``sector``) it looks for the entities with a mention overlapping the actor text, and counts
the actor as found at country level when one of them has a code with the gold's first three letters,
and as found in full when one of them also has the gold's sector. The gold follows PLOVER's
conventions, which differ from CAMEO's in a few codes: old roots (JAP, ITL, VTN) are read as the ISO
ones, sector ``MED`` (medical) as CAMEO's HLH, ``JRN`` (journalists) as CAMEO's MED, ``CIV`` as CVL;
``***`` is no sector. ``--misses`` lists the actors not found in full.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _context(text, doc, resources):
    from wirecoder.clean import CleanArticle
    from wirecoder.extract.base import ArticleContext

    return ArticleContext(article=CleanArticle(id="bench", text=text), doc=doc, resources=resources)


def speed(corpus: Path, n: int) -> None:
    from wirecoder.extract.entities import extract_entities
    from wirecoder.extract.places import extract_locations
    from wirecoder.nlp import load_model
    from wirecoder.resources import Resources

    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if not rec.get("duplicate_of") and rec.get("text"):
                texts.append(rec["text"])
            if len(texts) >= n:
                break
    nlp = load_model()
    list(nlp.pipe(texts[:3]))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    resources = Resources()
    t0 = time.perf_counter()
    warm = _context(texts[0], docs[0], resources)
    warm.entities = extract_entities(warm)
    extract_locations(warm)
    warmup = time.perf_counter() - t0
    ent_s = loc_s = 0.0
    n_ents = 0
    for text, doc in zip(texts, docs, strict=True):
        ctx = _context(text, doc, resources)
        t0 = time.perf_counter()
        ctx.entities = extract_entities(ctx)
        t1 = time.perf_counter()
        ctx.locations = extract_locations(ctx)
        ent_s += t1 - t0
        loc_s += time.perf_counter() - t1
        n_ents += len(ctx.entities.entities)
    print(f"articles={len(texts)} chars={sum(map(len, texts))} parse={parse:.2f}s entities={ent_s:.2f}s "
          f"locations={loc_s:.2f}s ratio={(ent_s + loc_s) / parse:.3f} one-off load={warmup:.2f}s "
          f"entities/article={n_ents / len(texts):.1f}")


def petr(data: Path, show_misses: bool = False) -> None:
    from wirecoder.extract.entities import extract_entities
    from wirecoder.nlp import load_model
    from wirecoder.resources import Resources

    recs = [json.loads(line) for line in (data / "petr2_unittest.jsonl").open(encoding="utf-8")]
    recs = [r for r in recs if r.get("evaluate") and r.get("events") and not r.get("expected_error")]
    resources = Resources(actor_files=(data / "petr2_validate_actors.tsv",))
    nlp = load_model()
    total = found = 0
    for rec, doc in zip(recs, nlp.pipe(r["text"] for r in recs), strict=True):
        table = extract_entities(_context(rec["text"], doc, resources))
        codes = {e.actor for e in table.entities if e.actor}
        for ev in rec["events"]:
            for side in ("source", "target"):
                code = ev.get(side)
                if code and code != "---":
                    total += 1
                    found += code in codes
                    if show_misses and code not in codes:
                        print(f"{side} {code} ours={sorted(codes)} | {rec['text'][:150]}")
    print(f"sentences={len(recs)} gold actor codes={total} found among entity actors={found} "
          f"({found / max(total, 1):.1%})")


GOLD_ROOTS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GOLD_SECTORS = {"MED": "HLH", "JRN": "MED", "CIV": "CVL", "***": ""}
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "HLH",
           "REF", "AGR", "LAB", "LEG", "ELI", "REL", "UAF", "INS", "SEP", "NGO", "IGO", "MOS", "CHR", "JEW",
           "ENV", "HRI", "DEV", "SOC", "RAD", "MOD", "IMG"}


def code_sectors(code: str) -> set[str]:
    """The sector chunks after an actor code's root: "USAGOVMIL" -> {GOV, MIL}; "IGOUNO" -> {}."""
    return {code[i:i + 3] for i in range(3, len(code) - 2, 3)} & SECTORS


def gold_actors(rec: dict) -> list[tuple[int, int, str, str, str]]:
    """(start, end, text, root, sector) of each gold actor whose text is found in the sentence."""
    out = []
    for ev in rec.get("events") or []:
        for side in ("source_actors", "target_actors"):
            for a in ev.get(side) or []:
                if not isinstance(a, dict) or not a.get("code") or not a.get("actorText"):
                    continue
                words = a["actorText"].split()
                # whole words, the gold's case first; the gold's spacing is not always the text's
                pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
                m = re.search(pattern, rec["text"]) or re.search(pattern, rec["text"], re.IGNORECASE)
                if m is None:
                    continue
                root = GOLD_ROOTS.get(a["code"], a["code"])
                sector = (a.get("sector") or "")[:3].upper()
                out.append((m.start(), m.end(), a["actorText"], root, GOLD_SECTORS.get(sector, sector)))
    return out


def plover(data: Path, show_misses: bool) -> None:
    from wirecoder.extract.entities import extract_entities
    from wirecoder.nlp import load_model
    from wirecoder.resources import Resources

    recs = [json.loads(line) for line in (data / "plover_gsr.jsonl").open(encoding="utf-8") if line.strip()]
    resources = Resources()
    nlp = load_model()
    total = country_ok = full_ok = 0
    misses = []
    for rec, doc in zip(recs, nlp.pipe(r["text"] for r in recs), strict=True):
        table = extract_entities(_context(rec["text"], doc, resources))
        for start, end, text, root, sector in gold_actors(rec):
            total += 1
            codes = [e.actor for e in table.entities if e.actor
                     and any(s < end and start < e_ for s, e_ in e.mentions)]
            c_ok = any(c[:3] == root for c in codes)
            f_ok = any(c[:3] == root and (sector in code_sectors(c) if sector else not code_sectors(c))
                       for c in codes)
            country_ok += c_ok
            full_ok += f_ok
            if not f_ok:
                misses.append(f"{'C' if c_ok else '-'} {text!r} gold={root}{sector} ours={codes} | {rec['text'][:140]}")
    print(f"sentences={len(recs)} gold actors located={total} country-level={country_ok} ({country_ok / max(total, 1):.1%}) "
          f"full code={full_ok} ({full_ok / max(total, 1):.1%})")
    if show_misses:
        print("\n".join(misses))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("speed")
    sp.add_argument("--corpus", type=Path, default=SHARED / "bench" / "corpus" / "bbc_news_2225.jsonl")
    sp.add_argument("-n", type=int, default=200)
    pp = sub.add_parser("petr")
    pp.add_argument("--data", type=Path, default=SHARED / "bench" / "events")
    pp.add_argument("--misses", action="store_true")
    lp = sub.add_parser("plover")
    lp.add_argument("--data", type=Path, default=SHARED / "bench" / "events")
    lp.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    path = args.corpus if args.cmd == "speed" else args.data
    if not path.exists():
        print(f"{path} not found (../shared is absent?)", file=sys.stderr)
        sys.exit(2)
    if args.cmd == "speed":
        speed(args.corpus, args.n)
    elif args.cmd == "plover":
        plover(args.data, args.misses)
    else:
        petr(args.data, args.misses)


if __name__ == "__main__":
    main()
