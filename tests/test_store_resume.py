"""Ingest killed with SIGKILL mid-run, then resumed: every article exactly once, nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

N_ARTICLES = 40
BATCH = 3
COUNTRIES = ["Pakistan", "India", "France", "Germany", "Brazil", "Kenya", "Japan", "Canada"]


def _articles() -> list[dict]:
    out = []
    for i in range(N_ARTICLES):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i + 3) % len(COUNTRIES)]
        text = (
            f"The foreign minister of {a} met officials from {b} in the capital on Tuesday, "
            f'story number {i}. "We agreed to keep talking," the minister said.\n\n'
            f"{a} also pledged ${i + 1} million in aid to {b}, according to a statement."
        )
        out.append({"id": f"art-{i:03d}", "title": f"Story {i}", "published": "2024-04-02", "text": text})
    out.append({"id": "empty-1", "text": "   "})  # a failure, stored in `failures`
    return out


def _ingest_cmd(src: Path, db: Path) -> list[str]:
    code = "import sys; from wirecoder.cli import main; sys.argv[0] = 'wirecoder'; main()"
    return [sys.executable, "-c", code, "ingest", str(src), "--db", str(db), "--batch-size", str(BATCH)]


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = {
            "articles": "SELECT count(*) FROM articles",
            "distinct": "SELECT count(DISTINCT id) FROM articles",
            "failures": "SELECT count(*) FROM failures",
            "orphans": " + ".join(
                f"(SELECT count(*) FROM {t} WHERE article_id NOT IN (SELECT id FROM articles))"
                for t in ("entities", "mentions", "quotes", "events", "amounts", "locations", "dates")
            ),
            "dup_quotes": "SELECT count(*) - count(DISTINCT (article_id, quote_index)) FROM quotes",
            "dup_amounts": "SELECT count(*) - count(DISTINCT (article_id, amount_index)) FROM amounts",
        }
        return {
            k: con.execute(sql if sql.startswith("SELECT") else "SELECT " + sql).fetchone()[0]
            for k, sql in q.items()
        }
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_mid_ingest_then_resume(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    db = tmp_path / "kill.duckdb"
    env = dict(os.environ, COLUMNS="200")
    for var in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):  # keep rich's plain per-batch lines
        env.pop(var, None)

    proc = subprocess.Popen(
        _ingest_cmd(src, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True
    )
    committed = 0
    deadline = time.monotonic() + 120
    assert proc.stderr is not None
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        if line.startswith("ingest:"):  # printed after each batch's commit
            committed += 1
            if committed == 2:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=30)
    assert committed == 2, "the run ended before the second batch; make the corpus bigger"
    assert proc.returncode == -signal.SIGKILL

    after_kill = _counts(db)
    assert BATCH * 2 <= after_kill["articles"] < N_ARTICLES  # whole batches only
    assert after_kill["articles"] % BATCH == 0
    assert after_kill["orphans"] == 0

    done = subprocess.run(_ingest_cmd(src, db), capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 3, done.stderr
    assert f"skipped {after_kill['articles']} already stored" in done.stderr
    final = _counts(db)
    assert final["articles"] == final["distinct"] == N_ARTICLES
    assert final["failures"] == 1
    assert final["orphans"] == final["dup_quotes"] == final["dup_amounts"] == 0

    again = subprocess.run(_ingest_cmd(src, db), capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0
    assert _counts(db) == final
