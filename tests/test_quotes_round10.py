"""Quotes stage, round 10: a content whose subject the parser hung on the cue as its object, with the cue's
own time words or a comma between the two."""

from __future__ import annotations

from quote_helpers import quotes_of
from wirecoder.record import Quote


def quote_with(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert found, (fragment, [q.text for q in quotes])
    return found[0]


def test_a_subject_read_as_object_before_a_time_phrase_opens_the_content(nlp):
    text = ("Grain prices rose on Monday in Buenos Aires.\n\n"
            "Analysts said a weaker dollar and higher oil prices last year had hurt exports.")
    quote = quote_with(quotes_of(nlp, text), "had hurt exports")
    assert quote.text.startswith("a weaker dollar and higher oil prices last year")


def test_a_subject_read_as_object_before_a_comma_opens_the_content(nlp):
    text = ("Grain prices rose on Monday in Buenos Aires.\n\n"
            "Dealers said fears of a trade war with Japan, although less acute, remain a nagging concern.")
    quote = quote_with(quotes_of(nlp, text), "remain a nagging concern")
    assert quote.text.startswith("fears of a trade war with Japan")


def test_a_listener_before_the_content_is_not_its_subject(nlp):
    text = ("Grain prices rose on Monday in Buenos Aires.\n\n"
            "The minister told reporters on Monday the talks had failed.")
    quote = quote_with(quotes_of(nlp, text), "the talks had failed")
    assert "reporters" not in quote.text


def test_a_second_that_clause_joined_by_and_goes_on_with_the_content(nlp):
    text = ("Nigeria owes money to trade creditors, Law Debenture Trust Corp Plc said.\n\n"
            "It said Nigeria also plans to hold talks with the creditors fairly soon, and that Nigeria also will "
            "call \"at an early date\" an extraordinary meeting of noteholders.")
    quotes = quotes_of(nlp, text)
    quote = quote_with(quotes, "plans to hold talks")
    assert quote.text.endswith("an extraordinary meeting of noteholders")
    # calling a meeting is convening it, not words: no quote of its own
    assert not [q for q in quotes if q.text.startswith('" an extraordinary')]
