"""The DuckDB schema of the store, its migrations and its views.

The schema is built by applying ``MIGRATIONS`` in order; ``schema_version`` keeps one row per applied
migration, so an older database file is brought up to date on its next write-open (``wirecoder ingest``).
A migration is frozen once released: change the schema by appending a new one, never by editing an old
one. Views are (re)created on every write-open, after the migrations, so they always match the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

DEFAULT_DB = "wirecoder.duckdb"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _run(*statements: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    def apply(con: duckdb.DuckDBPyConnection) -> None:
        for sql in statements:
            con.execute(sql)

    return apply


# -- migration 1: the tables of record contract v1 ----------------------------------------------
# Offsets keep the contract's names `start` / "end" ("end" is an SQL keyword: quote it in queries).
_V1 = (
    """CREATE TABLE articles (
        id VARCHAR NOT NULL,
        content_hash VARCHAR,
        schema VARCHAR,
        url VARCHAR,
        title VARCHAR,
        source VARCHAR,
        published VARCHAR,
        published_at TIMESTAMP,
        published_date DATE,
        authors VARCHAR[],
        captions VARCHAR[],
        text VARCHAR,
        tone DOUBLE,
        tone_positive DOUBLE,
        tone_negative DOUBLE,
        tone_polarity DOUBLE,
        word_count INTEGER,
        errors VARCHAR[],
        input VARCHAR,
        ingested_at TIMESTAMP
    )""",
    """CREATE TABLE entities (
        article_id VARCHAR NOT NULL,
        entity_id VARCHAR,
        name VARCHAR,
        type VARCHAR,
        actor VARCHAR,
        country VARCHAR,
        roles VARCHAR[]
    )""",
    """CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        entity_id VARCHAR,
        start INTEGER,
        "end" INTEGER,
        text VARCHAR
    )""",
    """CREATE TABLE quotes (
        article_id VARCHAR NOT NULL,
        quote_index INTEGER,
        text VARCHAR,
        start INTEGER,
        "end" INTEGER,
        kind VARCHAR,
        speaker VARCHAR,
        speaker_entity VARCHAR,
        cue VARCHAR,
        via VARCHAR
    )""",
    """CREATE TABLE events (
        article_id VARCHAR NOT NULL,
        event_index INTEGER,
        source VARCHAR,
        target VARCHAR,
        source_entity VARCHAR,
        target_entity VARCHAR,
        code VARCHAR,
        root VARCHAR,
        quad_class TINYINT,
        goldstein DOUBLE,
        plover VARCHAR,
        negated BOOLEAN,
        hypothetical BOOLEAN,
        date VARCHAR,
        location STRUCT(name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
                        geonameid BIGINT, mentions INTEGER[][]),
        trigger INTEGER[2],
        sentence INTEGER[2]
    )""",
    """CREATE TABLE amounts (
        article_id VARCHAR NOT NULL,
        amount_index INTEGER,
        text VARCHAR,
        start INTEGER,
        "end" INTEGER,
        value DOUBLE,
        currency VARCHAR,
        object VARCHAR
    )""",
    """CREATE TABLE locations (
        article_id VARCHAR NOT NULL,
        location_index INTEGER,
        name VARCHAR,
        country VARCHAR,
        admin1 VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geonameid BIGINT,
        mentions INTEGER[][]
    )""",
    """CREATE TABLE dates (
        article_id VARCHAR NOT NULL,
        date_index INTEGER,
        text VARCHAR,
        start INTEGER,
        "end" INTEGER,
        value VARCHAR,
        resolution VARCHAR
    )""",
    """CREATE TABLE failures (
        input VARCHAR,
        article_id VARCHAR,
        content_hash VARCHAR,
        error VARCHAR,
        time TIMESTAMP
    )""",
)

# -- migration 2: the event date used for time series, and retry counts of failures ------------
# event_date = the event's own date when it is a full day, else the article's publication date, else
# the first day of a partial event date ("2024-05" -> 2024-05-01). Backfilled for existing rows.
_V2 = (
    "ALTER TABLE events ADD COLUMN event_date DATE",
    """UPDATE events SET event_date = COALESCE(
            TRY_CAST(events.date AS DATE),
            (SELECT a.published_date FROM articles a WHERE a.id = events.article_id),
            TRY_CAST(events.date || '-01' AS DATE),
            TRY_CAST(events.date || '-01-01' AS DATE))""",
    "ALTER TABLE failures ADD COLUMN attempts INTEGER DEFAULT 1",
    "UPDATE failures SET attempts = 1 WHERE attempts IS NULL",
)

# -- migration 3: positions of entities and mentions, so records come back in their order ----------
# Older rows: an entity's position from its id ("e12" -> 11), mentions ordered by offset.
_V3 = (
    "ALTER TABLE entities ADD COLUMN entity_index INTEGER",
    "UPDATE entities SET entity_index = TRY_CAST(regexp_extract(entity_id, '(\\d+)$', 1) AS INTEGER) - 1",
    "ALTER TABLE mentions ADD COLUMN mention_index INTEGER",
)

# -- migration 4: DateRef.range (record extension: [first, last] days of a span like "last week") --
_V4 = ("ALTER TABLE dates ADD COLUMN range VARCHAR[]",)

MIGRATIONS: list[Migration] = [
    Migration(1, "tables of record contract v1", _run(*_V1)),
    Migration(2, "events.event_date (backfilled), failures.attempts", _run(*_V2)),
    Migration(3, "entities.entity_index, mentions.mention_index", _run(*_V3)),
    Migration(4, "dates.range", _run(*_V4)),
]
SCHEMA_VERSION = MIGRATIONS[-1].version

# Views for people: one row per quote / event with its article's title, date and URL.
VIEWS = (
    """CREATE OR REPLACE VIEW quotes_view AS
        SELECT q.article_id, q.quote_index, q.speaker, q.text AS quote, q.kind, q.cue, q.via,
               q.speaker_entity, e.actor AS speaker_actor, q.start, q."end",
               a.title, a.published_date, a.source AS article_source, a.url
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity""",
    """CREATE OR REPLACE VIEW events_view AS
        SELECT ev.article_id, ev.event_index, ev.event_date, ev.source, ev.target, ev.code, ev.root,
               ev.quad_class, ev.goldstein, ev.plover, ev.negated, ev.hypothetical,
               se.name AS source_name, te.name AS target_name,
               ev.location.name AS location, ev.location.country AS location_country,
               substr(a.text, ev.sentence[1] + 1, ev.sentence[2] - ev.sentence[1]) AS sentence_text,
               a.title, a.published_date, a.source AS article_source, a.url
        FROM events ev
        JOIN articles a ON a.id = ev.article_id
        LEFT JOIN entities se ON se.article_id = ev.article_id AND se.entity_id = ev.source_entity
        LEFT JOIN entities te ON te.article_id = ev.article_id AND te.entity_id = ev.target_entity""",
)

ARTICLE_TABLES = ("entities", "mentions", "quotes", "events", "amounts", "locations", "dates")


class SchemaError(RuntimeError):
    """The database cannot be used as it is (newer than this wirecoder, or not yet created)."""


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    has_table = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not has_table:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> int:
    """Apply the migrations the database lacks, each in its own transaction; return the new version."""
    target = SCHEMA_VERSION if target is None else target
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"database schema version {version} is newer than this wirecoder's ({SCHEMA_VERSION}); upgrade wirecoder"
        )
    if version == 0:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, description VARCHAR, applied_at TIMESTAMP)"
        )
    for mig in MIGRATIONS:
        if version < mig.version <= target:
            con.begin()
            try:
                mig.apply(con)
                con.execute(
                    "INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)",
                    [mig.version, mig.description],
                )
                con.commit()
            except Exception:
                con.rollback()
                raise
            version = mig.version
    if version == SCHEMA_VERSION:
        for sql in VIEWS:
            con.execute(sql)
    return version


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store. Write mode creates/migrates it; read-only mode needs an up-to-date database."""
    path = Path(path)
    if read_only:
        if not path.exists():
            raise SchemaError(f"no database at {path}: run `wirecoder ingest ... --db {path}` first")
        con = duckdb.connect(str(path), read_only=True)
        version = current_version(con)
        if version != SCHEMA_VERSION:
            con.close()
            raise SchemaError(
                f"database {path} has schema version {version}, this wirecoder uses {SCHEMA_VERSION}: "
                "run `wirecoder ingest --db PATH` (with no inputs) to migrate it"
            )
        return con
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    migrate(con)
    return con
