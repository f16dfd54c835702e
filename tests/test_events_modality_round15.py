"""Events stage, modality round 15: an act put off ("decided to delay imposing sanctions", "agreed to hold up
imposing duties", "postponed signing") has not happened, and agreeing to put it off is no threat of it; an act
told as a prospect ("the prospects of the ICO reaching an agreement appear dim") has not happened either."""

from __future__ import annotations

import pytest

from event_helpers import reported_codes, reported_events


@pytest.mark.parametrize("text", [
    "Washington decided to delay imposing sanctions on Japan.",
    "The European Union postponed signing the trade accord with Ukraine.",
    "The United States agreed to hold up imposing anti-dumping duties on Japanese semiconductors.",
    "Britain will put off imposing tariffs on Chinese steel.",
    "France deferred signing the defence pact with India.",
])
def test_an_act_put_off_is_not_reported(pipeline, text):
    codes = {c for _s, _t, c in reported_codes(pipeline, text)}
    assert not any(c.startswith(("16", "057", "13")) for c in codes), codes


def test_the_act_itself_still_counts_when_only_its_timing_was_delayed(pipeline):
    codes = reported_codes(pipeline, "Washington imposed sanctions on Japan after delaying the decision for weeks.")
    assert ("USA", "JPN", "163") in codes


def test_agreeing_to_hold_up_duties_is_no_threat(pipeline):
    events = reported_events(pipeline, "In return, the United States agreed to hold up imposing anti-dumping duties "
                                       "on Japanese semiconductor shipments.")
    assert not any(e.code.startswith("13") for e in events)


def test_an_act_told_as_a_prospect_is_not_reported(pipeline):
    text = ("The prospects of the International Coffee Organization reaching an agreement with Brazil before "
            "September appear dim, Hesse said.")
    assert not any(c.startswith("05") for _s, _t, c in reported_codes(pipeline, text))


def test_an_act_expected_of_parties_is_announced_as_intended(pipeline):
    codes = reported_codes(pipeline, "Egypt and the Soviet Union are expected to sign an agreement in Moscow next week.")
    assert any(c.startswith("03") and {s, t} == {"EGY", "RUS"} for s, t, c in codes)


def test_a_conflict_expected_of_a_party_is_no_threat_of_its_own(pipeline):
    codes = reported_codes(pipeline, "Japan is expected to impose sanctions on North Korea.")
    assert not any(c.startswith(("13", "16")) for _s, _t, c in codes)


def test_expecting_someone_else_to_act_announces_nothing(pipeline):
    codes = reported_codes(pipeline, "Officials expect Egypt to sign an agreement with Russia.")
    assert not any(c.startswith(("03", "05")) for _s, _t, c in codes)
