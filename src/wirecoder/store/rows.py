"""ArticleRecords -> one pyarrow table per store table (a whole batch at once, for bulk inserts).

DuckDB inserts from Arrow ~50x faster than row by row, so a batch of records is turned column-wise
into Arrow tables whose columns carry the store's names (inserted `BY NAME`), and back again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime
from typing import TypeVar

import pyarrow as pa

from wirecoder.record import Amount, ArticleRecord, DateRef, Entity, Event, Location, Quote, Tone

T = TypeVar("T")

SPAN = pa.list_(pa.int32())
SPANS = pa.list_(SPAN)
LOCATION = pa.struct(
    [
        ("name", pa.string()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("geonameid", pa.int64()),
        ("mentions", SPANS),
    ]
)

ARROW_SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", pa.string()),
            ("content_hash", pa.string()),
            ("schema", pa.string()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("source", pa.string()),
            ("published", pa.string()),
            ("published_at", pa.timestamp("us")),
            ("published_date", pa.date32()),
            ("authors", pa.list_(pa.string())),
            ("captions", pa.list_(pa.string())),
            ("text", pa.string()),
            ("tone", pa.float64()),
            ("tone_positive", pa.float64()),
            ("tone_negative", pa.float64()),
            ("tone_polarity", pa.float64()),
            ("word_count", pa.int32()),
            ("errors", pa.list_(pa.string())),
            ("input", pa.string()),
            ("ingested_at", pa.timestamp("us")),
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", pa.string()),
            ("entity_id", pa.string()),
            ("entity_index", pa.int32()),
            ("name", pa.string()),
            ("type", pa.string()),
            ("actor", pa.string()),
            ("country", pa.string()),
            ("roles", pa.list_(pa.string())),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", pa.string()),
            ("entity_id", pa.string()),
            ("mention_index", pa.int32()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("text", pa.string()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", pa.string()),
            ("quote_index", pa.int32()),
            ("text", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("kind", pa.string()),
            ("speaker", pa.string()),
            ("speaker_entity", pa.string()),
            ("cue", pa.string()),
            ("via", pa.string()),
        ]
    ),
    "events": pa.schema(
        [
            ("article_id", pa.string()),
            ("event_index", pa.int32()),
            ("source", pa.string()),
            ("target", pa.string()),
            ("source_entity", pa.string()),
            ("target_entity", pa.string()),
            ("code", pa.string()),
            ("root", pa.string()),
            ("quad_class", pa.int8()),
            ("goldstein", pa.float64()),
            ("plover", pa.string()),
            ("negated", pa.bool_()),
            ("hypothetical", pa.bool_()),
            ("date", pa.string()),
            ("location", LOCATION),
            ("trigger", SPAN),
            ("sentence", SPAN),
            ("event_date", pa.date32()),
        ]
    ),
    "amounts": pa.schema(
        [
            ("article_id", pa.string()),
            ("amount_index", pa.int32()),
            ("text", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("value", pa.float64()),
            ("currency", pa.string()),
            ("object", pa.string()),
        ]
    ),
    "locations": pa.schema([("article_id", pa.string()), ("location_index", pa.int32()), *LOCATION]),
    "dates": pa.schema(
        [
            ("article_id", pa.string()),
            ("date_index", pa.int32()),
            ("text", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("value", pa.string()),
            ("resolution", pa.string()),
            ("range", pa.list_(pa.string())),
        ]
    ),
    "failures": pa.schema(
        [
            ("input", pa.string()),
            ("article_id", pa.string()),
            ("content_hash", pa.string()),
            ("error", pa.string()),
            ("time", pa.timestamp("us")),
            ("attempts", pa.int32()),
        ]
    ),
}


def content_hash(text: str | None, html: str | None) -> str | None:
    """The hash of an input's content (its text, else its HTML): same hash = same article.

    None for an input with no content (unreadable, empty): such inputs are told apart by id only.
    """
    content = text if text is not None else html
    if not content or not content.strip():
        return None
    return hashlib.sha1(content.encode("utf-8", "replace")).hexdigest()


def is_failure(rec: ArticleRecord) -> bool:
    """A record with errors and no usable text (unreadable, empty, binary...) is a failed input."""
    return bool(rec.errors) and not rec.text.strip()


def parse_published(value: str | None) -> tuple[datetime | None, date | None]:
    """(UTC timestamp, calendar date as written) of an ISO 8601 publication date, or Nones."""
    if not value:
        return None, None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            d = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None, None
        return datetime(d.year, d.month, d.day), d
    local_date = dt.date()
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt, local_date


def event_date(value: str | None, published: date | None) -> date | None:
    """The event's own date when a full day, else the article's date, else a partial date's first day.

    The same rule as migration 2's backfill (keep them in step).
    """
    if value:
        try:
            return date.fromisoformat(value[:10]) if len(value) >= 10 else _partial(value, published)
        except ValueError:
            pass
    return published


def _partial(value: str, published: date | None) -> date | None:
    if published is not None:
        return published
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
    except (ValueError, IndexError):
        return None


def _spans(spans: Iterable[Iterable[int]] | None) -> list[list[int]]:
    return [[int(x) for x in s] for s in spans or []]


@dataclass
class ArticleInput:
    """A record to store with what the store knows of its input."""

    record: ArticleRecord
    content_hash: str | None
    input: str = ""


@dataclass
class BatchRows:
    """Column lists per table for one batch, turned into Arrow tables by `tables()`."""

    rows: dict[str, dict[str, list]] = field(
        default_factory=lambda: {t: {c: [] for c in s.names} for t, s in ARROW_SCHEMAS.items()}
    )

    def add(self, table: str, **values) -> None:
        cols = self.rows[table]
        for name in cols:
            cols[name].append(values.get(name))

    def tables(self) -> dict[str, pa.Table]:
        return {
            t: pa.table(cols, schema=ARROW_SCHEMAS[t])
            for t, cols in self.rows.items()
            if cols[next(iter(cols))]
        }

    def count(self, table: str) -> int:
        cols = self.rows[table]
        return len(cols[next(iter(cols))])


def add_article(rows: BatchRows, item: ArticleInput, now: datetime) -> None:
    rec = item.record
    aid = rec.id
    published_at, published_date = parse_published(rec.published)
    rows.add(
        "articles",
        id=aid,
        content_hash=item.content_hash,
        schema=rec.schema,
        url=rec.url,
        title=rec.title,
        source=rec.source,
        published=rec.published,
        published_at=published_at,
        published_date=published_date,
        authors=list(rec.authors),
        captions=list(rec.captions),
        text=rec.text,
        tone=rec.tone.tone,
        tone_positive=rec.tone.positive,
        tone_negative=rec.tone.negative,
        tone_polarity=rec.tone.polarity,
        word_count=rec.tone.word_count,
        errors=list(rec.errors),
        input=item.input,
        ingested_at=now,
    )
    text = rec.text
    for e_index, ent in enumerate(rec.entities):
        rows.add(
            "entities",
            article_id=aid,
            entity_id=ent.id,
            entity_index=e_index,
            name=ent.name,
            type=ent.type,
            actor=ent.actor,
            country=ent.country,
            roles=list(ent.roles),
        )
        for m_index, (start, end) in enumerate(_spans(ent.mentions)):
            rows.add(
                "mentions",
                article_id=aid,
                entity_id=ent.id,
                mention_index=m_index,
                start=start,
                end=end,
                text=text[start:end],
            )
    for i, ev in enumerate(rec.events):
        rows.add("events", article_id=aid, event_index=i, **asdict(ev), event_date=event_date(ev.date, published_date))
    for table, index_column, items in _field_tables(rec):
        for i, item in enumerate(items):
            rows.add(table, article_id=aid, **{index_column: i}, **asdict(item))


def _field_tables(rec: ArticleRecord) -> tuple[tuple[str, str, list], ...]:
    """(table, index column, items) for the tables whose columns are their items' fields, by name."""
    return (
        ("quotes", "quote_index", rec.quotes),
        ("amounts", "amount_index", rec.amounts),
        ("locations", "location_index", rec.locations),
        ("dates", "date_index", rec.dates),
    )


def add_failure(rows: BatchRows, item: ArticleInput, now: datetime, attempts: int = 1) -> None:
    rows.add(
        "failures",
        input=item.input or item.record.id,
        article_id=item.record.id,
        content_hash=item.content_hash,
        error="; ".join(item.record.errors) or "no usable text",
        time=now,
        attempts=attempts,
    )


# -- back from rows to records (for `export --format jsonl`) -----------------------------------------


def _from_row(cls: type[T], row: dict, **computed) -> T:
    """A record object from a row holding a column per field (COMPUTED fields given apart)."""
    return cls(**{f.name: row[f.name] for f in fields(cls) if f.name in row and f.name not in computed}, **computed)


def _location_from(d: dict | None) -> Location | None:
    if not d:
        return None
    return _from_row(Location, d, mentions=[list(m) for m in d["mentions"] or []])


def _date_ref(d: dict) -> DateRef:
    return _from_row(DateRef, d, range=list(d["range"]) if d.get("range") is not None else None)


def record_from_rows(article: dict, children: dict[str, list[dict]]) -> ArticleRecord:
    """Rebuild the contract record of one stored article from its rows (dicts by column name)."""
    mentions: dict[str, list[list[int]]] = {}
    for m in children.get("mentions", []):
        mentions.setdefault(m["entity_id"], []).append([m["start"], m["end"]])
    return ArticleRecord(
        id=article["id"],
        schema=article["schema"],
        url=article["url"],
        title=article["title"],
        source=article["source"],
        published=article["published"],
        authors=list(article["authors"] or []),
        captions=list(article["captions"] or []),
        text=article["text"] or "",
        entities=[
            Entity(
                id=e["entity_id"],
                name=e["name"],
                type=e["type"],
                actor=e["actor"],
                country=e["country"],
                roles=list(e["roles"] or []),
                mentions=mentions.get(e["entity_id"], []),
            )
            for e in children.get("entities", [])
        ],
        quotes=[_from_row(Quote, q) for q in children.get("quotes", [])],
        events=[
            _from_row(
                Event,
                e,
                location=_location_from(e["location"]),
                trigger=list(e["trigger"] or [0, 0]),
                sentence=list(e["sentence"] or [0, 0]),
            )
            for e in children.get("events", [])
        ],
        amounts=[_from_row(Amount, a) for a in children.get("amounts", [])],
        locations=[_location_from(loc) for loc in children.get("locations", [])],
        dates=[_date_ref(d) for d in children.get("dates", [])],
        tone=Tone(
            tone=article["tone"] or 0.0,
            positive=article["tone_positive"] or 0.0,
            negative=article["tone_negative"] or 0.0,
            polarity=article["tone_polarity"] or 0.0,
            word_count=article["word_count"] or 0,
        ),
        errors=list(article["errors"] or []),
    )
