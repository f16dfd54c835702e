"""Events, round 12 (lead): an opinion stated aloud asks what it says should be done (small texts of our own)."""

from __future__ import annotations

from event_helpers import reported_codes, reported_events


def test_a_belief_reported_by_a_speech_verb_is_an_appeal(pipeline):
    codes = reported_codes(pipeline, "British Foreign Secretary Geoffrey Howe said he believed Japan should "
                                     "open its telecommunications market to foreign firms.")
    assert any((s, t) == ("GBR", "JPN") and c.startswith("02") for s, t, c in codes)


def test_a_belief_nobody_voiced_is_no_appeal(pipeline):
    codes = reported_codes(pipeline, "Many analysts in London believe Japan should open its market to foreign "
                                     "firms.")
    assert not any(c.startswith("02") for _, _, c in codes)


def test_snubbing_a_meeting_of_many_partners_is_one_happening(pipeline):
    events = reported_events(pipeline, "Spain boycotted Sunday's meeting of its European partners, Germany, "
                                       "France, Italy, Portugal and Greece.", published="1991-03-04")
    assert len([e for e in events if e.code.startswith("12")]) == 1


def test_condemning_four_countries_stays_an_event_each(pipeline):
    codes = reported_codes(pipeline, "Iran condemned the United States, Britain, France and Germany on Tuesday.")
    assert len({t for s, t, c in codes if c.startswith("11")}) == 4
