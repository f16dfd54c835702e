"""Quotes stage on wire and broadsheet news: speakers named by a title, an apposition or a document."""

from __future__ import annotations

from quote_helpers import quotes_of
from wirecoder.record import Quote


def with_text(quotes: list[Quote], fragment: str) -> list[Quote]:
    return [q for q in quotes if fragment in q.text]


def test_a_title_with_the_name_in_apposition_gives_the_name(nlp):
    text = ("The Brazilian finance minister, Joaquim Levy, said the budget gap would close by next year.\n\n"
            "\"We will not raise taxes again,\" Lula's chief of staff, Dilma Rousseff added.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "budget gap")[0].speaker == "Joaquim Levy"
    assert with_text(quotes, "raise taxes")[0].speaker == "Dilma Rousseff"


def test_a_definite_title_stands_for_the_person_who_holds_it(nlp):
    text = ("Labour leader Keir Starmer said the plan was reckless. Ministers rejected the charge on Monday.\n\n"
            "But the Labour leader argued that the cuts would fall on the poorest families.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "cuts would fall")[0].speaker == "Keir Starmer"


def test_a_bare_title_after_a_quote_goes_back_to_the_person_quoted(nlp):
    text = ("Schools will reopen next month, Jacinda Ardern has said.\n\n"
            "The prime minister said the country had learned a great deal from the first lockdown.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "learned a great deal")[0].speaker == "Jacinda Ardern"


def test_a_description_that_is_no_title_is_not_the_last_speaker(nlp):
    text = ("The race is close, Hillary Clinton said on Monday.\n\n"
            "The New York businessman said the polls were rigged against him.")
    quotes = quotes_of(nlp, text)
    assert "Clinton" not in with_text(quotes, "polls were rigged")[0].speaker
