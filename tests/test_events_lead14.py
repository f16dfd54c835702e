"""Events stage, lead round 14 patterns (event_patterns.tsv): "signed up to / signed on to" an agreement is signing
it (057); "looking forward to talks with X" is an intent to meet (036)."""

from __future__ import annotations

from event_helpers import reported_codes


def test_signing_up_to_a_deal_is_signing_it(pipeline):
    assert ("JPN", "IGO", "057") in {(s, t[:3] if t else t, c) for s, t, c in
                                     reported_codes(pipeline, "Japan finally signed up to the G8 debt deal.")}
    assert ("JPN", "IGO", "057") in {(s, t[:3] if t else t, c) for s, t, c in
                                     reported_codes(pipeline, "Japan finally signed on to the G8 debt deal.")}


def test_signing_up_to_something_else_is_no_agreement(pipeline):
    assert not any(c.startswith("05") for _s, _t, c in reported_codes(
        pipeline, "Thousands of Britons signed up to broadband in December."))


def test_looking_forward_to_talks_is_an_intent_to_meet(pipeline):
    codes = reported_codes(pipeline, "U.S. Secretary of Defense Frank Carlucci said he was looking forward to his "
                                     "talks with Prime Minister Yasuhiro Nakasone.", published="1987-04-10")
    assert ("USA", "JPN", "036") in codes
