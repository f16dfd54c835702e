"""The article record of `shared/contract.md` (schema ``wirecoder/article@1``) as typed dataclasses.

Every record field of the contract is here, in the contract's order, with the contract's names.
``ArticleRecord.to_dict()`` gives the exact JSON form; ``ArticleRecord.from_dict()`` reads it back.
Fields may be added (the contract allows extension) but never renamed or dropped.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "wirecoder/article@1"

Span = list[int]  # [start, end) character offsets into ArticleRecord.text

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "OTHER")
QUOTE_KINDS = ("direct", "indirect", "mixed")
DATE_RESOLUTIONS = ("day", "month", "year")


@dataclass
class Entity:
    id: str
    name: str
    type: str
    actor: str | None = None
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_entity: str | None = None
    cue: str | None = None
    via: str | None = None


@dataclass
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Event:
    source: str | None
    target: str | None
    source_entity: str | None
    target_entity: str | None
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None = None
    negated: bool = False
    hypothetical: bool = False
    date: str | None = None
    location: Location | None = None
    trigger: Span = field(default_factory=lambda: [0, 0])
    sentence: Span = field(default_factory=lambda: [0, 0])


@dataclass
class Amount:
    text: str
    start: int
    end: int
    value: float
    currency: str | None = None
    object: str | None = None


@dataclass
class DateRef:
    text: str
    start: int
    end: int
    value: str
    resolution: str
    # optional extension: [first, last] ISO days of a span such as "last week" (value = first day)
    range: list[str] | None = None


@dataclass
class Tone:
    tone: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    word_count: int = 0


@dataclass
class ArticleRecord:
    id: str
    schema: str = SCHEMA
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    text: str = ""
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)
    errors: list[str] = field(default_factory=list)

    # contract order of the keys in the JSON object
    KEY_ORDER = (
        "schema", "id", "url", "title", "source", "published", "authors", "captions", "text",
        "entities", "quotes", "events", "amounts", "locations", "dates", "tone", "errors",
    )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {k: d[k] for k in self.KEY_ORDER}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleRecord:
        def build(kind, items):
            names = {f.name for f in fields(kind)}
            return [kind(**{k: v for k, v in it.items() if k in names}) for it in items or []]

        events = []
        for ev in d.get("events") or []:
            ev = dict(ev)
            if ev.get("location"):
                ev["location"] = build(Location, [ev["location"]])[0]
            events.append(build(Event, [ev])[0])
        tone_names = {f.name for f in fields(Tone)}
        return cls(
            id=str(d["id"]),
            schema=d.get("schema", SCHEMA),
            url=d.get("url"),
            title=d.get("title"),
            source=d.get("source"),
            published=d.get("published"),
            authors=list(d.get("authors") or []),
            captions=list(d.get("captions") or []),
            text=d.get("text") or "",
            entities=build(Entity, d.get("entities")),
            quotes=build(Quote, d.get("quotes")),
            events=events,
            amounts=build(Amount, d.get("amounts")),
            locations=build(Location, d.get("locations")),
            dates=build(DateRef, d.get("dates")),
            tone=Tone(**{k: v for k, v in (d.get("tone") or {}).items() if k in tone_names}),
            errors=list(d.get("errors") or []),
        )
