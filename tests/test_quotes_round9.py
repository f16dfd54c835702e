"""Quotes stage, round 9: where indirect content ends (coordinated clauses, a subject read as the cue's
object, mixed quotes), descriptive speakers the article names, and reports that say nothing."""

from __future__ import annotations

from quote_helpers import quotes_of
from wirecoder.record import Quote


def quote_with(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert found, (fragment, [q.text for q in quotes])
    return found[0]


def test_a_coordinated_clause_in_the_reported_tense_is_content(nlp):
    # ("continue" also introduces quotations: here it is part of what was said)
    text = ("Halvex Chemicals said it began closing two plants in Ohio on Monday and the work would "
            "continue over the next three months.")
    quote = quote_with(quotes_of(nlp, text), "began closing two plants")
    assert quote.text.endswith("would continue over the next three months")


def test_a_clause_joined_by_but_in_the_present_after_said_is_content(nlp):
    text = ("Mr Tanaka said the ministry does not want to stop the new listings but it is worried about "
            "the gap between prices in Tokyo and Osaka.")
    quote = quote_with(quotes_of(nlp, text), "does not want to stop")
    assert "worried about the gap" in quote.text


def test_a_second_complement_after_a_comma_is_content(nlp):
    text = "Treasury officials said other countries need to spend more, so America is not the only engine of demand."
    quote = quote_with(quotes_of(nlp, text), "need to spend more")
    assert quote.text.endswith("the only engine of demand")


def test_the_writer_going_on_after_a_comma_and_in_the_past_is_not_content(nlp):
    text = "The senator said the bill was a mistake, and he walked out of the chamber before the vote."
    quote = quote_with(quotes_of(nlp, text), "the bill was a mistake")
    assert "walked out" not in quote.text


def test_a_content_before_its_cue_keeps_its_second_clause(nlp):
    text = "He was not \"forcing\" any school to close, but places should be kept for those who wanted them, he said."
    quote = quote_with(quotes_of(nlp, text), "any school to close")
    assert "places should be kept" in quote.text


def test_a_subject_parsed_as_the_object_of_added_stays_in_the_content(nlp):
    text = ("But he added the benefits of the new trade deal would in the long run outweigh these costs.")
    quote = quote_with(quotes_of(nlp, text), "outweigh these costs")
    assert quote.text.startswith("the benefits of the new trade deal")


def test_the_audience_of_told_is_not_the_content(nlp):
    text = "Mr Howard told the Japanese this was now seen as a test case for the whole industry."
    quote = quote_with(quotes_of(nlp, text), "a test case")
    assert not quote.text.startswith("the Japanese")


def test_a_new_sentence_run_on_by_the_parser_is_not_content(nlp):
    text = ("Vantor said it had earned $434m, compared to the previously reported $732m. But the figures showed "
            "sales were about 4% higher than first thought.")
    quote = quote_with(quotes_of(nlp, text), "had earned")
    assert "figures showed" not in quote.text


def test_announcing_a_thing_is_not_reported_speech(nlp):
    text = ("Dunmore Oil announced a new oil find off the coast of Ghana on Tuesday. "
            "The company also proposed a joint fund for the region's fishermen.")
    assert quotes_of(nlp, text) == []


def test_an_act_verb_with_a_clause_or_an_infinitive_still_reports(nlp):
    text = ("Dunmore Oil announced it would drill three more wells next year. "
            "The minister urged the banks to lower their lending rates.")
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "drill three more wells").speaker == "Dunmore Oil"
    assert quote_with(quotes, "lower their lending rates").cue == "urged"


def test_a_proposition_verb_keeps_its_noun_object(nlp):
    text = "The senator acknowledged the failure of the old farm subsidy scheme in a long interview."
    assert "failure of the old farm subsidy scheme" in quote_with(quotes_of(nlp, text), "failure").text
