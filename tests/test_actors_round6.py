"""Actors, round 6: well-known people keep their own country, titled people of the article's
country, organisations without a country in their name (small texts of our own)."""

from __future__ import annotations

from test_entities import analyse, by_name


def test_known_person_keeps_own_country_when_conjoined_with_a_foreigner(nlp):
    text = ("He said the plan was discussed at a meeting between the head of the CIA William Casey "
            "and Thatcher in 1986. Prime Minister Margaret Thatcher denied it.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Margaret Thatcher").actor == "GBRGOV"
    assert by_name(ctx, "William Casey").country == "USA"
