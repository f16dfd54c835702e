"""Events, round 12 (lead): an opinion stated aloud asks what it says should be done (small texts of our own)."""

from __future__ import annotations

from event_helpers import reported_codes


def test_a_belief_reported_by_a_speech_verb_is_an_appeal(pipeline):
    codes = reported_codes(pipeline, "British Foreign Secretary Geoffrey Howe said he believed Japan should "
                                     "open its telecommunications market to foreign firms.")
    assert any((s, t) == ("GBR", "JPN") and c.startswith("02") for s, t, c in codes)


def test_a_belief_nobody_voiced_is_no_appeal(pipeline):
    codes = reported_codes(pipeline, "Many analysts in London believe Japan should open its market to foreign "
                                     "firms.")
    assert not any(c.startswith("02") for _, _, c in codes)
