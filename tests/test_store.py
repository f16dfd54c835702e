"""The DuckDB store: schema and migrations, batch writes, idempotence, failures, read-only query."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from wirecoder.cli import _register, app
from wirecoder.record import Amount, ArticleRecord, DateRef, Entity, Event, Location, Quote, Tone
from wirecoder.store.db import Store
from wirecoder.store.rows import ArticleInput, content_hash
from wirecoder.store.schema import SCHEMA_VERSION, connect, current_version, migrate

_register()
runner = CliRunner()

ISLAMABAD = Location(
    name="Islamabad",
    country="PAK",
    admin1="PK.08",
    lat=33.72,
    lon=73.04,
    geonameid=1176615,
    mentions=[[0, 9]],
)


def make_event(source: str, target: str, code: str, quad: int, goldstein: float, **kw) -> Event:
    return Event(
        source=source,
        target=target,
        source_entity=kw.pop("source_entity", None),
        target_entity=kw.pop("target_entity", None),
        code=code,
        root=code[:2],
        quad_class=quad,
        goldstein=goldstein,
        **kw,
    )


def make_record(
    article_id: str, published: str | None = "2024-01-15T10:00:00+00:00", events=(), **kw
) -> ArticleRecord:
    text = kw.pop(
        "text",
        'Islamabad - Blinken met Sharif on Monday.\n\nHe said "talks went well" about $2 million in aid.',
    )
    return ArticleRecord(
        id=article_id,
        url=f"https://example.com/{article_id}",
        title=f"Title {article_id}",
        source="Example",
        published=published,
        text=text,
        events=list(events),
        **kw,
    )


def rich_record(article_id: str = "r1") -> ArticleRecord:
    """A record with something in every list, offsets into its text."""
    return make_record(
        article_id,
        entities=[
            Entity(
                id="e1",
                name="Antony Blinken",
                type="PERSON",
                actor="USAGOV",
                country="USA",
                roles=["Secretary of State"],
                mentions=[[12, 19], [43, 45]],
            ),
            Entity(
                id="e2",
                name="Shehbaz Sharif",
                type="PERSON",
                actor="PAKGOV",
                country="PAK",
                mentions=[[24, 30]],
            ),
        ],
        quotes=[
            Quote(
                text="talks went well",
                start=52,
                end=67,
                kind="direct",
                speaker="Antony Blinken",
                speaker_entity="e1",
                cue="said",
            )
        ],
        events=[
            make_event(
                "USAGOV",
                "PAKGOV",
                "040",
                1,
                1.0,
                source_entity="e1",
                target_entity="e2",
                location=ISLAMABAD,
                trigger=[20, 23],
                sentence=[0, 41],
                plover="CONSULT",
            )
        ],
        amounts=[
            Amount(text="$2 million", start=75, end=85, value=2_000_000.0, currency="USD", object="aid")
        ],
        locations=[ISLAMABAD],
        dates=[DateRef(text="Monday", start=34, end=40, value="2024-01-15", resolution="day")],
        tone=Tone(tone=1.5, positive=3.0, negative=1.5, polarity=4.5, word_count=16),
        authors=["A. Reporter"],
    )


def store_records(db: Path, records: list[ArticleRecord], replace: bool = False) -> None:
    with Store(db) as store:
        known = store.known()
        items = [ArticleInput(r, content_hash(r.text, None), f"test:{r.id}") for r in records]
        store.write_batch(items, known, replace=replace)


def count(db: Path, table: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


# -- schema ------------------------------------------------------------------------------------------


def test_new_database_has_every_table_at_current_version(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    for t in (
        "articles",
        "entities",
        "mentions",
        "quotes",
        "events",
        "amounts",
        "locations",
        "dates",
        "failures",
        "schema_version",
        "quotes_view",
        "events_view",
    ):
        assert t in tables
    assert current_version(con) == SCHEMA_VERSION
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events'"
        ).fetchall()
    )
    assert types["trigger"] == "INTEGER[2]"
    assert types["location"].startswith("STRUCT(")
    con.close()


def test_migrating_a_version_1_database_backfills_event_dates(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, target=1) == 1  # a database as the first release wrote it
    con.execute("INSERT INTO articles (id, published_date) VALUES ('a1', DATE '2023-06-30')")
    con.execute(
        "INSERT INTO events (article_id, event_index, code, date) VALUES ('a1', 0, '042', NULL), "
        "('a1', 1, '190', '2023-06-28'), ('a1', 2, '111', '2023-05')"
    )
    con.execute("INSERT INTO failures VALUES ('x.txt', 'x', 'h', 'empty', now()::TIMESTAMP)")
    con.execute("INSERT INTO entities (article_id, entity_id, name) VALUES ('a1', 'e12', 'Imran Khan')")
    con.close()

    con = connect(path)  # a write-open migrates
    assert current_version(con) == SCHEMA_VERSION
    dates = con.execute("SELECT event_index, event_date::VARCHAR FROM events ORDER BY 1").fetchall()
    assert dates == [(0, "2023-06-30"), (1, "2023-06-28"), (2, "2023-06-30")]
    assert con.execute("SELECT attempts FROM failures").fetchone()[0] == 1
    assert con.execute("SELECT entity_index FROM entities").fetchone()[0] == 11
    versions = [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    con.close()


def test_read_only_open_of_an_old_database_says_to_migrate(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, target=1)
    con.close()
    result = runner.invoke(app, ["query", "SELECT 1", "--db", str(path)])
    assert result.exit_code == 2
    assert "schema version 1" in result.output


# -- writing -----------------------------------------------------------------------------------------


def test_batch_stores_every_part_of_the_record(tmp_path):
    db = tmp_path / "w.duckdb"
    store_records(db, [rich_record("r1")])
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM mentions WHERE entity_id = 'e1'").fetchone()[0] == 2
    assert con.execute("SELECT text FROM mentions WHERE start = 12").fetchone()[0] == "Blinken"
    ev = con.execute("SELECT trigger, location.name, event_date::VARCHAR, plover FROM events").fetchone()
    assert ev == ((20, 23), "Islamabad", "2024-01-15", "CONSULT")
    q = con.execute("SELECT speaker, quote, speaker_actor, title FROM quotes_view").fetchone()
    assert q == ("Antony Blinken", "talks went well", "USAGOV", "Title r1")
    v = con.execute("SELECT source_name, target_name, sentence_text FROM events_view").fetchone()
    assert v == ("Antony Blinken", "Shehbaz Sharif", "Islamabad - Blinken met Sharif on Monday.")
    assert con.execute("SELECT value, currency FROM amounts").fetchone() == (2_000_000.0, "USD")
    assert con.execute("SELECT tone, word_count, authors FROM articles").fetchone() == (
        1.5,
        16,
        ["A. Reporter"],
    )
    con.close()


def test_replacing_an_article_leaves_no_old_rows(tmp_path):
    db = tmp_path / "w.duckdb"
    store_records(db, [rich_record("r1"), make_record("r2", text="Other text.")])
    changed = rich_record("r1")
    changed.events = []
    store_records(db, [changed], replace=True)
    assert count(db, "articles") == 2
    assert count(db, "events") == 0
    assert count(db, "entities") == 2


def test_failed_record_goes_to_failures_not_articles(tmp_path):
    db = tmp_path / "w.duckdb"
    bad = ArticleRecord(id="empty", text="", errors=["no text: the input is empty"])
    store_records(db, [bad, make_record("ok")])
    assert count(db, "articles") == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT article_id, error, attempts FROM failures").fetchone() == (
        "empty",
        "no text: the input is empty",
        1,
    )
    con.close()


# -- ingest through the real pipeline ------------------------------------------------------------------


def _write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


ARTICLES = [
    {
        "id": "a1",
        "title": "Talks",
        "published": "2024-03-01",
        "text": "Pakistan's foreign minister met the US envoy in Islamabad on Friday to discuss trade.",
    },
    {
        "id": "a2",
        "title": "Aid",
        "published": "2024-03-02",
        "text": "The United States pledged $50 million in flood relief to Pakistan, officials said.",
    },
    {"id": "a3", "title": "Empty", "text": ""},
]


def test_ingest_is_idempotent_and_retries_failures(tmp_path, pipeline):
    db = tmp_path / "w.duckdb"
    src = _write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    first = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--batch-size", "2"])
    assert first.exit_code == 3, first.output  # one input failed
    assert count(db, "articles") == 2
    assert count(db, "failures") == 1

    again = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert again.exit_code == 0
    assert "skipped 2 already stored, 1 failed before" in again.output
    assert count(db, "articles") == 2 and count(db, "failures") == 1

    # the same content under another id is the same article
    copy = _write_jsonl(tmp_path / "copy.jsonl", [dict(ARTICLES[0], id="a1-copy")])
    runner.invoke(app, ["ingest", str(copy), "--db", str(db)])
    assert count(db, "articles") == 2

    retry = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--retry-failed"])
    assert retry.exit_code == 3
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT attempts FROM failures").fetchone()[0] == 2
    con.close()

    redo = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--reprocess"])
    assert redo.exit_code == 3
    assert "(2 replaced)" in redo.output
    assert count(db, "articles") == 2


# -- query ---------------------------------------------------------------------------------------------


def test_query_reads_and_formats(tmp_path):
    db = tmp_path / "w.duckdb"
    store_records(db, [rich_record("r1")])
    res = runner.invoke(
        app, ["query", "SELECT speaker, quote FROM quotes_view", "--db", str(db), "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == [{"speaker": "Antony Blinken", "quote": "talks went well"}]
    res = runner.invoke(app, ["query", "SELECT id FROM articles", "--db", str(db), "--format", "csv"])
    assert res.output.splitlines() == ["id", "r1"]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM articles",
        "INSERT INTO articles (id) VALUES ('x')",
        "DROP TABLE events",
        "COPY articles TO '/tmp/wirecoder_should_not_exist.csv'",
        "CREATE TABLE t (x INTEGER)",
    ],
)
def test_query_refuses_writes_cleanly(tmp_path, sql):
    db = tmp_path / "w.duckdb"
    store_records(db, [rich_record("r1")])
    res = runner.invoke(app, ["query", sql, "--db", str(db)])
    assert res.exit_code == 2
    assert "read-only" in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert count(db, "articles") == 1


def test_quotes_and_events_listings_filter(tmp_path):
    db = tmp_path / "w.duckdb"
    other = make_record("r2", events=[make_event("GBR", "FRA", "190", 4, -10.0)])
    store_records(db, [rich_record("r1"), other])
    res = runner.invoke(app, ["events", "--actor", "PAK", "--db", str(db), "--format", "json"])
    rows = json.loads(res.output)
    assert [(r["source"], r["code"], r["target"]) for r in rows] == [("USAGOV", "040", "PAKGOV")]
    res = runner.invoke(app, ["events", "--root", "19", "--db", str(db), "--format", "json"])
    assert [r["article_id"] for r in json.loads(res.output)] == ["r2"]
    res = runner.invoke(
        app, ["events", "--code", "19", "--from", "2024-01-15", "--db", str(db), "--format", "json"]
    )
    assert [r["code"] for r in json.loads(res.output)] == ["190"]
    res = runner.invoke(app, ["events", "--to", "2024-01-14", "--db", str(db), "--format", "json"])
    assert json.loads(res.output) == []
    res = runner.invoke(app, ["quotes", "--actor", "usa", "--db", str(db), "--format", "csv"])
    assert res.output.splitlines()[1].startswith(
        "2024-01-15,Antony Blinken,USAGOV,direct,said,talks went well"
    )
    res = runner.invoke(app, ["quotes", "--speaker", "blinken", "--db", str(db), "--format", "json"])
    assert [r["quote"] for r in json.loads(res.output)] == ["talks went well"]
    res = runner.invoke(app, ["quotes", "--search", "nothing like this", "--db", str(db), "--format", "json"])
    assert json.loads(res.output) == []


def test_ingest_with_workers_stores_the_same_as_one_process(tmp_path, pipeline):
    src = _write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(one)]).exit_code == 3
    res = runner.invoke(app, ["ingest", str(src), "--db", str(two), "--workers", "2", "--batch-size", "1"])
    assert res.exit_code == 3, res.output
    for table in ("articles", "entities", "mentions", "quotes", "events", "amounts", "failures"):
        assert count(one, table) == count(two, table), table
    query = "SELECT id, text, published_date FROM articles ORDER BY id"
    con1, con2 = duckdb.connect(str(one), read_only=True), duckdb.connect(str(two), read_only=True)
    assert con1.execute(query).fetchall() == con2.execute(query).fetchall()
    con1.close()
    con2.close()


def test_each_unreadable_input_is_its_own_failure(tmp_path, pipeline):
    src = _write_jsonl(tmp_path / "empty.jsonl", [{"id": "x1", "text": ""}, {"id": "x2", "text": "  \n "}])
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    res = runner.invoke(app, ["ingest", str(src), str(blob), "--db", str(tmp_path / "w.duckdb")])
    assert res.exit_code == 3, res.output
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    rows = con.execute("SELECT article_id, content_hash FROM failures ORDER BY 1").fetchall()
    con.close()
    assert rows == [("blob", None), ("x1", None), ("x2", None)]
    assert count(tmp_path / "w.duckdb", "articles") == 0
