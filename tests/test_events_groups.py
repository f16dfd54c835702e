"""Groups as event actors: an ethnic group the entities stage placed (never the state of that name); the
parties of talks between them."""

from __future__ import annotations

from event_helpers import reported_codes
from test_events import events_of, real


def test_ethnic_group_acts_as_the_people_of_its_place(pipeline):
    _, evs = events_of(pipeline, "Ethnic Albanians in Macedonia attacked a police station on Tuesday.")
    sources = {e.source for e in real(evs)}
    assert sources and all(s.startswith("MKD") for s in sources)
    assert not any((e.source or "").startswith("ALB") or (e.target or "").startswith("ALB") for e in evs)


def test_talks_between_two_parties_are_their_consultation(pipeline):
    assert ("JPN", "USA", "046") in reported_codes(
        pipeline, "Talks between Japan and the United States ended in Washington yesterday.")
    # planned talks are not reported as held
    assert not reported_codes(pipeline, "Negotiations between Britain and Spain will resume next month.")
    assert not reported_codes(pipeline, "The talks between the two ministers were friendly.")
