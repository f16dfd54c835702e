"""Quotes stage, round 12: a body named in apposition after its description or inside a partitive subject, and
a quoted phrase in another person's sentence that carries on nobody's speech (small texts of our own)."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_one_of_a_group_named_in_apposition_is_the_named_body(nlp):
    text = ("The steel mill was sold last year.\n\n"
            "One of the losing bidders, Dutch-based group Corvex, said it welcomed a new sale of the plant.")
    assert quote_with(quotes_of(nlp, text), "welcomed a new sale").speaker == "Corvex"


def test_one_of_a_group_with_no_name_stays_anonymous(nlp):
    text = "The steel mill was sold last year.\n\nOne of the banks said rates would rise again in May."
    assert quote_with(quotes_of(nlp, text), "rates would rise").speaker == "One of the banks"


def test_a_quoted_phrase_in_another_persons_sentence_is_not_the_last_speakers(nlp):
    text = ("Opposition leader Charles Kennedy said the vote was welcome. Green MEP Caroline Lucas welcomed "
            "Tony Blair's \"courage in keeping his word\" on holding a referendum. But she added: \"This treaty "
            "is a flawed document.\"")
    quotes = quotes_of(nlp, text)
    assert not any(q.speaker == "Charles Kennedy" and "courage" in q.text for q in quotes)
    assert quote_with(quotes, "flawed document").speaker == "Caroline Lucas"


def test_a_quotation_right_after_reported_speech_still_carries_it_on(nlp):
    text = ("Finance minister Gordon Brown said the economy would grow. \"We have never been in a stronger "
            "position to invest in public services and to cut the national debt.\"")
    assert quote_with(quotes_of(nlp, text), "stronger position").speaker == "Gordon Brown"
