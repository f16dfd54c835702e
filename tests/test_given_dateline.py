"""A dateline given apart from the text (a JSONL "dateline" field, as Reuters-21578 keeps it) is read as the
dateline at the head of a wire story would be: its place is the default place of events and its country
the story's."""

from __future__ import annotations

import io
import json

import pytest

from wirecoder.clean.datelines import dateline_place
from wirecoder.readers import iter_jsonl_stream


@pytest.mark.parametrize(("given", "place"), [
    ("LOS ANGELES, Feb 26", "LOS ANGELES"),
    ("FARMINGTON, Conn., FEb 26", "FARMINGTON, Conn."),
    ("DALLAS/FORT WORTH, Texas, March 3", "DALLAS/FORT WORTH, Texas"),
    ("ISLAMABAD, Sept 5 (Reuters)", "ISLAMABAD"),
    ("TOKYO, March 3 -", "TOKYO"),
    ("WASHINGTON", "WASHINGTON"),
])
def test_place_of_a_given_dateline(given, place):
    assert dateline_place(given) == place


@pytest.mark.parametrize("given", [None, "", "  ", "Feb 26", "March 3 (Reuters)"])
def test_a_dateline_without_a_place_gives_none(given):
    assert dateline_place(given) is None


def test_jsonl_dateline_field_is_read():
    line = json.dumps({"id": "r1", "text": "Talks went on.", "dateline": "BONN, March 3"}) + "\n"
    (art,) = iter_jsonl_stream(io.BytesIO(line.encode()), "feed", "feed.jsonl")
    assert art.dateline == "BONN, March 3" and not art.errors


TEXT = ("The Senate Foreign Relations committee voted to cut aid to Panama by half, a committee aide said.\n\n"
        "The administration opposed the cut.")


def test_given_dateline_places_events_and_codes_the_story_country(pipeline):
    rec = pipeline.extract(TEXT, id="d1", published="1987-03-26", dateline="WASHINGTON, March 26")
    committee = [e for e in rec.entities if e.name.startswith("Senate")]
    assert committee and committee[0].actor == "USALEG"
    assert any(e.name == "administration" and e.actor == "USAGOV" for e in rec.entities)
    cut = [e for e in rec.events if e.code.startswith("16")]
    assert cut and cut[0].location and cut[0].location.name == "Washington"


def test_a_dateline_in_the_text_wins_over_none_given(pipeline):
    rec = pipeline.extract("WASHINGTON, March 26 (Reuters) - " + TEXT, id="d2", published="1987-03-26")
    cut = [e for e in rec.events if e.code.startswith("16")]
    assert cut and cut[0].location.name == "Washington"
