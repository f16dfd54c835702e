"""The pipeline: read -> clean -> parse (once, batched with nlp.pipe) -> extract -> record.

``Pipeline`` loads the spaCy model and the dictionaries once and turns a stream of
``RawArticle`` into a stream of ``ArticleRecord``, one per input, in input order. A failure in one
article (bad input, or a bug in a stage) is written into that record's ``errors`` and the stream
goes on.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

from wirecoder.clean import CleanArticle
from wirecoder.extract import amounts, dates, entities, events, places, quotes, tone
from wirecoder.extract.base import ArticleContext
from wirecoder.readers import RawArticle
from wirecoder.record import ArticleRecord
from wirecoder.resources import Resources

# spaCy's parser needs about 1 GB of memory per 100,000 characters of one Doc; longer bodies are
# kept in the record (cleaned) but not analysed, and `errors` says so.
MAX_PARSE_CHARS = 1_000_000


def content_id(text: str | None, html: str | None) -> str:
    """A stable id for an input with none: a hash of its content."""
    return hashlib.sha1((text or html or "").encode("utf-8", "replace")).hexdigest()[:16]


def parse_published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass(frozen=True)
class PipelineSettings:
    """What a worker process needs to build the same Pipeline as its parent (picklable)."""

    actor_files: tuple[str, ...] = ()
    event_pattern_files: tuple[str, ...] = ()
    batch_size: int = 32
    require_dyad: bool = True

    def build(self) -> Pipeline:
        return Pipeline(actor_files=self.actor_files, event_pattern_files=self.event_pattern_files,
                        batch_size=self.batch_size, require_dyad=self.require_dyad)


@dataclass
class StageTiming:
    """Seconds spent per stage, summed over a run (for `make bench`)."""

    totals: dict[str, float]

    def add(self, name: str, seconds: float) -> None:
        self.totals[name] = self.totals.get(name, 0.0) + seconds


class Pipeline:
    """Holds the loaded model and dictionaries; turns raw articles into records in batches."""

    def __init__(
        self,
        actor_files: Iterable[str | Path] = (),
        model: str | None = None,
        batch_size: int = 32,
        timing: bool = False,
        event_pattern_files: Iterable[str | Path] = (),
        require_dyad: bool = True,
    ) -> None:
        from wirecoder.nlp import MODEL_NAME, load_model

        self.nlp = load_model(model or MODEL_NAME)
        self.resources = Resources(
            actor_files=tuple(Path(p) for p in actor_files),
            event_pattern_files=tuple(Path(p) for p in event_pattern_files),
            require_dyad=require_dyad,
        )
        self.batch_size = batch_size
        self.timing = StageTiming({}) if timing else None

    # -- one article -------------------------------------------------------------------------
    def extract(
        self,
        text: str | None = None,
        html: str | None = None,
        *,
        id: str | None = None,
        url: str | None = None,
        title: str | None = None,
        published: str | None = None,
        source: str | None = None,
        dateline: str | None = None,
    ) -> ArticleRecord:
        raw = RawArticle(
            id=id or content_id(text, html),
            text=text,
            html=html,
            url=url,
            title=title,
            published=published,
            source=source,
            dateline=dateline,
            origin=id or "<call>",
        )
        return next(self.process([raw]))

    # -- many articles -----------------------------------------------------------------------
    def process(self, raws: Iterable[RawArticle]) -> Iterator[ArticleRecord]:
        it = iter(raws)
        while batch := list(islice(it, self.batch_size)):
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[RawArticle]) -> list[ArticleRecord]:
        from wirecoder.clean.article import clean_article

        cleaned: list[CleanArticle] = []
        for raw in batch:
            try:
                cleaned.append(clean_article(raw))
            except Exception as exc:  # a bug, not the user's fault: keep the article, say why
                cleaned.append(CleanArticle(id=raw.id, url=raw.url, errors=[*raw.errors, f"cleaning failed: {exc!r}"]))

        to_parse = [i for i, c in enumerate(cleaned) if self._should_parse(c)]
        docs = self.nlp.pipe(cleaned[i].text for i in to_parse)
        parsed = dict(zip(to_parse, docs, strict=True))
        records = []
        for i, art in enumerate(cleaned):
            records.append(self._record(art, parsed.get(i)))
        return records

    def _should_parse(self, art: CleanArticle) -> bool:
        if not art.text.strip():
            return False
        if not art.english:
            return False
        if len(art.text) > MAX_PARSE_CHARS:
            art.errors.append(
                f"text too long to analyse: {len(art.text):,} characters (limit {MAX_PARSE_CHARS:,}); "
                "clean text and metadata only"
            )
            return False
        return True

    def _record(self, art: CleanArticle, doc) -> ArticleRecord:
        rec = ArticleRecord(
            id=art.id,
            url=art.url,
            title=art.title,
            source=art.source,
            published=art.published,
            authors=list(art.authors),
            captions=list(art.captions),
            text=art.text,
            errors=list(art.errors),
        )
        if doc is None:
            return rec
        ctx = ArticleContext(article=art, doc=doc, resources=self.resources, published=parse_published(art.published))
        stages: list[tuple[str, Callable[[], None]]] = [
            ("entities", lambda: setattr(ctx, "entities", entities.extract_entities(ctx))),
            ("locations", lambda: setattr(ctx, "locations", places.extract_locations(ctx))),
            ("dates", lambda: setattr(ctx, "dates", dates.extract_dates(ctx))),
            ("amounts", lambda: setattr(ctx, "amounts", amounts.extract_amounts(ctx))),
            ("quotes", lambda: setattr(ctx, "quotes", quotes.extract_quotes(ctx))),
            ("events", lambda: setattr(rec, "events", events.extract_events(ctx))),
            ("tone", lambda: setattr(rec, "tone", tone.document_tone(ctx))),
        ]
        for name, run in stages:
            self._run_stage(name, run, rec)
        rec.entities = ctx.entities.entities
        rec.locations = ctx.locations
        rec.dates = ctx.dates
        rec.amounts = ctx.amounts
        rec.quotes = ctx.quotes
        return rec

    def _run_stage(self, name: str, run: Callable[[], None], rec: ArticleRecord) -> None:
        import time

        t0 = time.perf_counter()
        try:
            run()
        except Exception as exc:  # a bug in a stage must not cost the user the article
            msg = f"{name} stage failed: {exc!r}"
            rec.errors.append(msg)
            print(f"wirecoder: warning: {rec.id}: {msg}", file=sys.stderr)
        if self.timing is not None:
            self.timing.add(name, time.perf_counter() - t0)


_default: Pipeline | None = None


def extract(
    text: str | None = None,
    html: str | None = None,
    *,
    published: str | None = None,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    dateline: str | None = None,
) -> ArticleRecord:
    """Extract one article (plain text or HTML) into a record, with a process-wide default pipeline."""
    global _default
    if (text is None) == (html is None):
        raise ValueError("give exactly one of text= or html=")
    if _default is None:
        _default = Pipeline()
    return _default.extract(text=text, html=html, id=id, url=url, title=title, published=published, source=source,
                            dateline=dateline)
