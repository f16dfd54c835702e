"""Events stage, eighth round (dev sets K and L, real news): judgements need someone judged, opinions on a
proposal are aimed at its author, business deals, reported vetoes, and event nouns told as circumstances."""

from __future__ import annotations

from event_helpers import reported_codes as real_codes
from event_helpers import reported_events


def test_a_judgement_of_no_one_named_is_no_event(pipeline):
    # disapproval, rejection and threats with no one named say nothing coded, even from several parties
    for text in ("The Liberal Democrats also oppose the measures, but ministers insist they are needed.",
                 "The Liberal Democrats warned both parties against complacency.",
                 "Labour rejected that suggestion on Monday.",
                 "The Liberal Democrats criticised the timing of the announcement."):
        assert not any(c[:2] in ("11", "12", "13") for _, _, c in real_codes(pipeline, text)), text


def test_lawsuits_and_refusals_need_no_named_recipient(pipeline):
    codes = real_codes(pipeline, "Gazprom is suing a number of European energy companies over unpaid bills.")
    assert any(s == "RUS" and c == "115" for s, _, c in codes)
    codes = real_codes(pipeline, "So far Australia has refused to sign up to the climate treaty.")
    assert any(s == "AUS" and c[:2] == "12" for s, _, c in codes)


def test_a_judgement_of_a_named_party_stays(pipeline):
    events = reported_events(pipeline, "The Liberal Democrats criticised Tony Blair over the war.")
    assert any(e.code[:2] == "11" and e.target for e in events)
