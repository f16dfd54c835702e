"""Quotes stage, round 9: where indirect content ends (coordinated clauses, a subject read as the cue's
object, mixed quotes), descriptive speakers the article names, and reports that say nothing."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


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


def test_the_firm_with_a_comment_clause_is_the_company_named_before(nlp):
    text = ("Shares in Dunlow Mining rose 4% on Monday after the Canadian firm reported a new copper find in Chile.\n\n"
            "The firm, which opened two mines last year, said the find could double its copper output by 2008.")
    quote = quote_with(quotes_of(nlp, text), "double its copper output")
    assert "Dunlow" in quote.speaker


def test_it_after_a_described_company_is_the_company(nlp):
    text = ("Struggling Korean shipbuilder Hyundai Heavy Industries has won a deal to build ten tankers for Maersk.\n\n"
            "Its sales have slid 30% in the past year. As a result, the Korean shipbuilder has sought a series "
            "of bank loans. Last month it said it was looking for a further $2bn in fresh funding.")
    quote = quote_with(quotes_of(nlp, text), "a further $2bn")
    assert "Hyundai" in quote.speaker


def test_he_after_a_capitalised_title_is_the_title_holder(nlp):
    text = ("Energy Minister Pablo Ortega has offered state help to the water company. "
            "The Energy Minister didn't rule out new price caps. Yet he added that he would not make forecasts.")
    quote = quote_with(quotes_of(nlp, text), "would not make forecasts")
    assert quote.speaker == "Pablo Ortega"


def test_a_name_with_its_description_parsed_as_two_subjects_is_the_name(nlp):
    text = ('Maria Lindqvist, research director at Oxfam in Sweden, said: "Nobody in the industry '
            'has looked at the supply chain properly."')
    quote = quote_with(quotes_of(nlp, text), "supply chain properly")
    assert quote.speaker == "Maria Lindqvist"


def test_a_content_opening_with_a_subordinate_clause_is_reported(nlp):
    text = "Until exports recovered, the government would have little room to cut taxes, the central bank said."
    quote = quote_with(quotes_of(nlp, text), "little room to cut taxes")
    assert quote.text.startswith("Until exports recovered")


def test_the_report_is_its_author_named_by_it_said_in_a_review(nlp):
    text = ("Oil markets will stay tight this winter, the International Energy Agency said on Tuesday.\n\n"
            "Prices could rise further next year, it said in its monthly review of the market.\n\n"
            "The report said demand from China would grow by 8% in 2005.")
    quote = quote_with(quotes_of(nlp, text), "demand from China")
    assert quote.speaker == "International Energy Agency"


def test_a_clause_with_quoted_words_before_continued_is_one_mixed_quote(nlp):
    text = ('Analysts expect strong sales of the new jet. But the smaller model "is a niche aircraft", '
            'Mr Okafor continued, adding that range was not everything.')
    quote = quote_with(quotes_of(nlp, text), "niche aircraft")
    assert quote.kind == "mixed" and quote.text.startswith("the smaller model")


def test_a_sentence_initial_but_is_not_part_of_a_content_before_its_cue(nlp):
    text = "Sales rose 4% in March. But the outlook for the summer remained weak, the company said."
    quote = quote_with(quotes_of(nlp, text), "outlook for the summer")
    assert quote.text.startswith("the outlook")


def test_not_saying_how_much_or_whether_reports_nothing(nlp):
    text = ("The company has not said how much the new plant will cost to build. "
            "The minister did not say whether the tax would rise.")
    assert quotes_of(nlp, text) == []


def test_a_that_clause_after_a_time_phrase_of_the_cue_is_its_content(nlp):
    text = "He told a press conference before leaving for Jakarta that the rising debt was a cause for concern."
    quote = quote_with(quotes_of(nlp, text), "rising debt")
    assert quote.cue == "told"
    assert quote.text.startswith("the rising debt")


def test_saying_with_a_colon_inside_a_content_is_the_speakers_next_quotation(nlp):
    text = ('Senator Ray Holt insisted there was no plan for an attack on the island saying: "Sometimes people '
            'say that this is the next place."')
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "no plan for an attack").text.endswith("attack on the island")
    assert quote_with(quotes, "Sometimes people say").speaker == "Ray Holt"


def test_a_so_clause_the_parser_made_the_head_of_the_sentence_is_content(nlp):
    text = "EU officials have also said that other regions need to grow, so the EU is not the main global growth engine."
    quote = quote_with(quotes_of(nlp, text), "need to grow")
    assert quote.text.endswith("the main global growth engine")


def test_a_clause_read_as_an_object_keeps_its_coordinated_clause(nlp):
    text = ("Anna Berg, head of research at Verico, says 40 UK top 100 firms reported for the first time this "
            "year and, in general, the depth of audits has grown.")
    quote = quote_with(quotes_of(nlp, text), "40 UK top 100 firms")
    assert quote.text.endswith("the depth of audits has grown")


def test_a_modal_predicate_hung_on_the_cue_is_content(nlp):
    text = ("The German firm said it needed to expand its rail freight capacity following strong regional growth, "
            "and would begin receiving deliveries of the locomotives from 2009.")
    quote = quote_with(quotes_of(nlp, text), "rail freight capacity")
    assert quote.text.endswith("from 2009")
