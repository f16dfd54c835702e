"""The single writer of the store: what is already stored, and one transaction per batch.

Every batch (its articles in all tables, its failures, the rows it replaces) is written in one DuckDB
transaction, so a run killed at any moment leaves whole batches only; the next run skips what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from wirecoder.store.rows import ArticleInput, BatchRows, add_article, add_failure, is_failure
from wirecoder.store.schema import ARTICLE_TABLES, connect


@dataclass
class Known:
    """Ids and content hashes already in the store (loaded once at the start of a run)."""

    ids: set[str] = field(default_factory=set)
    hashes: dict[str, str] = field(default_factory=dict)  # content hash -> article id
    failed_ids: set[str] = field(default_factory=set)
    failed_hashes: set[str] = field(default_factory=set)
    failed_attempts: dict[str, int] = field(default_factory=dict)  # article id -> attempts so far

    def stored(self, article_id: str, chash: str | None) -> bool:
        return article_id in self.ids or (chash is not None and chash in self.hashes)

    def failed(self, article_id: str, chash: str | None) -> bool:
        return article_id in self.failed_ids or (chash is not None and chash in self.failed_hashes)


@dataclass
class BatchResult:
    articles: int = 0
    failures: int = 0
    replaced: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class Store:
    """A read-write connection to the store database (created and migrated on open)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.con: duckdb.DuckDBPyConnection = connect(self.path)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def known(self) -> Known:
        known = Known()
        for aid, chash in self.con.execute("SELECT id, content_hash FROM articles").fetchall():
            known.ids.add(aid)
            if chash:
                known.hashes[chash] = aid
        for aid, chash, attempts in self.con.execute(
            "SELECT article_id, content_hash, max(attempts) FROM failures GROUP BY ALL"
        ).fetchall():
            if aid:
                known.failed_ids.add(aid)
                known.failed_attempts[aid] = attempts or 1
            if chash:
                known.failed_hashes.add(chash)
        return known

    def write_batch(self, items: list[ArticleInput], known: Known, replace: bool = False) -> BatchResult:
        """Store a batch in one transaction; with `replace`, an article's earlier rows are deleted first.

        `known` is updated with what was written (so later batches of the same run skip duplicates).
        """
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = BatchRows()
        result = BatchResult()
        delete_ids: set[str] = set()
        clear_failed: set[str] = set()
        for item in items:
            rec = item.record
            previous = known.hashes.get(item.content_hash) if item.content_hash else None
            if replace:
                delete_ids.add(rec.id)
                if previous:
                    delete_ids.add(previous)
            clear_failed.add(rec.id)
            if is_failure(rec):
                add_failure(rows, item, now, attempts=known.failed_attempts.get(rec.id, 0) + 1)
                result.failures += 1
            else:
                add_article(rows, item, now)
                result.articles += 1
        tables = rows.tables()
        result.counts = {t: rows.count(t) for t in ARTICLE_TABLES}
        con = self.con
        con.begin()
        try:
            if delete_ids:
                result.replaced = self._delete_articles(delete_ids)
            self._delete_failures(clear_failed, {i.content_hash for i in items if i.content_hash})
            for name, table in tables.items():
                self._insert(name, table)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        for item in items:
            rec = item.record
            if is_failure(rec):
                known.failed_ids.add(rec.id)
                if item.content_hash:
                    known.failed_hashes.add(item.content_hash)
                known.failed_attempts[rec.id] = known.failed_attempts.get(rec.id, 0) + 1
            else:
                known.ids.add(rec.id)
                if item.content_hash:
                    known.hashes[item.content_hash] = rec.id
                known.failed_ids.discard(rec.id)
                known.failed_hashes.discard(item.content_hash)
        return result

    def _insert(self, name: str, table: pa.Table) -> None:
        view = f"_batch_{name}"
        self.con.register(view, table)
        try:
            self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM {view}")
        finally:
            self.con.unregister(view)

    def _delete_articles(self, ids: set[str]) -> int:
        self.con.register("_delete_ids", pa.table({"id": sorted(ids)}))
        try:
            replaced = self.con.execute(
                "SELECT count(*) FROM articles WHERE id IN (SELECT id FROM _delete_ids)"
            ).fetchone()[0]
            for table in ARTICLE_TABLES:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _delete_ids)")
            self.con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _delete_ids)")
        finally:
            self.con.unregister("_delete_ids")
        return replaced

    def _delete_failures(self, ids: set[str], hashes: set[str]) -> None:
        self.con.register("_retry", pa.table({"id": sorted(ids)}))
        self.con.register("_retry_hash", pa.table({"h": sorted(hashes)}))
        try:
            self.con.execute(
                "DELETE FROM failures WHERE article_id IN (SELECT id FROM _retry) "
                "OR content_hash IN (SELECT h FROM _retry_hash)"
            )
        finally:
            self.con.unregister("_retry")
            self.con.unregister("_retry_hash")

    def totals(self) -> dict[str, int]:
        names = ("articles", "events", "quotes", "entities", "failures")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names}
