"""The last-resort recipient: an actor of another country named deeper inside what the act is done to or about,
when no phrase in a recipient's position names one -- and the places, circumstances and side clauses that are not."""

from __future__ import annotations

import pytest

from event_helpers import reported_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the supplier of what is paid for
        ("Ukraine has agreed to pay 30% more for natural gas supplied by Turkmenistan.", ("UKR", "TKM", "030")),
        # the author of the charges rejected
        ("Kuwait today rejected charges that fishing vessels seized by Iran were spy boats.", ("KWT", "IRN", "016")),
        # what a concern is about
        ("The visiting French minister expressed concern about the rising protectionist sentiment in the "
         "United States.", ("FRA", "USA", "012")),
    ],
)
def test_a_recipient_named_inside_the_object(pipeline, text, expected):
    assert expected in reported_codes(pipeline, text)


def test_an_uncoded_recipient_is_not_replaced_by_a_deeper_place(pipeline):
    # Titan is the one accused, though it has no code; Benin is only where the agent was
    codes = reported_codes(pipeline, "The SEC accused Titan of illegally paying $2.1m to an agent in Benin.")
    assert not any(t == "BEN" for _, t, _ in codes)


def test_a_relative_clause_tells_of_another_act(pipeline):
    codes = reported_codes(pipeline, "Iran seized seven Kuwaiti boats and detained their crews, who confessed to "
                                     "spying for Iraq.")
    assert not any(t == "IRQ" for _, t, _ in codes)


def test_the_venue_of_a_gathering_is_no_counterpart(pipeline):
    codes = reported_codes(pipeline, "The WTO's members will gather for a summit in Hong Kong in December.")
    assert not any(t == "HKG" for _, t, _ in codes)


@pytest.mark.parametrize("text", [
    "Greece has insisted it would not bow to pressure.",  # a demand of no one named
    "Britain praised the spirit of cooperation in achieving the breakthrough.",  # praise of no one named
    "Syria cut off water supplies in a dispute over prices.",  # a cut with no one named
])
def test_a_dyadic_act_with_no_recipient_is_not_reported(pipeline, text):
    assert not any(c[:2] in ("05", "10", "16") and t is None for _, t, c in reported_codes(pipeline, text))


def test_an_act_of_several_parties_together_needs_no_recipient(pipeline):
    codes = reported_codes(pipeline, "NATO members agreed to increase defence spending.")
    assert any(c[:2] == "03" for _, _, c in codes)
