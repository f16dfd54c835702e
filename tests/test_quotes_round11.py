"""Quotes stage, round 11: a speech verb whose object is a bare noun phrase ("acknowledged the prince's
apology", "confirmed a new aid package") acts on a thing and reports no words; a clause, quoted words or
an appeal ("called for an inquiry") after the same verbs are still quotations."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_an_acknowledged_noun_phrase_is_no_quotation(nlp):
    text = ("The prince wore the costume to a party on Saturday.\n\n"
            "Opposition leader Michael Howard acknowledged the prince's apology on Thursday.")
    assert not [q for q in quotes_of(nlp, text) if "apology" in q.text]


def test_a_confirmed_aid_package_is_no_quotation(nlp):
    text = ("European leaders met in Brussels on Friday.\n\n"
            "The European Union also confirmed a new $21m aid package for the country's reconstruction.")
    assert not [q for q in quotes_of(nlp, text) if "aid package" in q.text]


def test_a_confirmed_clause_is_still_a_quotation(nlp):
    text = ("European leaders met in Brussels on Friday.\n\n"
            "The European Union confirmed that it would give the country a new $21m aid package.")
    quote = quote_with(quotes_of(nlp, text), "would give the country")
    assert quote.kind == "indirect"


def test_an_appeal_for_a_thing_is_still_a_quotation(nlp):
    text = ("Teachers marched in the capital on Monday.\n\n"
            "Union leader Mary Bousted called for a moratorium on new charter schools.")
    quote = quote_with(quotes_of(nlp, text), "a moratorium on new charter schools")
    assert quote.speaker == "Mary Bousted"


def test_a_quoted_object_is_still_a_quotation(nlp):
    text = ("The minister spoke in parliament on Monday.\n\n"
            'Tory leader Michael Howard denied "any knowledge whatsoever of the payments".')
    assert quote_with(quotes_of(nlp, text), "any knowledge whatsoever")
