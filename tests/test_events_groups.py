"""Ethnic groups as event actors: the group the entities stage placed, never the state of that name."""

from __future__ import annotations

from test_events import events_of, real


def test_ethnic_group_acts_as_the_people_of_its_place(pipeline):
    _, evs = events_of(pipeline, "Ethnic Albanians in Macedonia attacked a police station on Tuesday.")
    sources = {e.source for e in real(evs)}
    assert sources and all(s.startswith("MKD") for s in sources)
    assert not any((e.source or "").startswith("ALB") or (e.target or "").startswith("ALB") for e in evs)
