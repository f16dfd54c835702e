"""What the event tests share: the events a text reports as real, and their (source, target, code) by country."""

from __future__ import annotations

from wirecoder.record import Event


def reported_events(pipeline, text: str, published: str = "2021-03-10") -> list[Event]:
    """The events of TEXT that are neither negated nor hypothetical."""
    rec = pipeline.extract(text=text, published=published)
    return [e for e in rec.events if not e.negated and not e.hypothetical]


def country_triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, code): the first three letters of each actor code."""
    return {(e.source[:3] if e.source else None, e.target[:3] if e.target else None, e.code) for e in events}


def reported_codes(pipeline, text: str, published: str = "2021-03-10") -> set[tuple[str | None, str | None, str]]:
    return country_triples(reported_events(pipeline, text, published))


def reported_triples(pipeline, text: str, published: str = "2021-03-10") -> set[tuple[str | None, str | None, str]]:
    """(source, target, code) of the events TEXT reports as real, with the full actor codes."""
    return {(e.source, e.target, e.code) for e in reported_events(pipeline, text, published)}
