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


def test_a_body_then_a_title_and_a_person_is_the_person_speaking(nlp):
    text = "Commission for Racial Equality chairman Trevor Phillips said asylum applications were down 40%."
    assert quote_with(quotes_of(nlp, text), "asylum applications").speaker == "Trevor Phillips"


def test_a_person_then_an_apposition_naming_a_firm_is_still_the_person(nlp):
    text = ("\"Clearly the buyers want some leverage,\" said Dmitry Lukashov, an analyst at Moscow brokerage "
            "Aton.")
    assert quote_with(quotes_of(nlp, text), "leverage").speaker == "Dmitry Lukashov"


def test_he_after_a_sentence_he_leads_is_still_the_last_speaker(nlp):
    text = ("Commission chairman Trevor Phillips said asylum applications were down 40%.\n\n"
            "He did not think Mr Howard intended to centre the debate on race. But he warned that some "
            "campaigners could use his words against refugees.")
    assert quote_with(quotes_of(nlp, text), "some campaigners").speaker == "Trevor Phillips"


def test_he_after_another_man_is_made_subject_is_that_man(nlp):
    text = ("Trevor Phillips said asylum applications were down 40%. Michael Howard arrived in Leeds later. "
            "He warned that the policy would fail.")
    assert quote_with(quotes_of(nlp, text), "policy would fail").speaker == "Michael Howard"


def test_a_quotation_before_another_persons_mixed_report_is_not_hers(nlp):
    text = ("Professor Alan Greaves was chosen by the government on Monday. He promised to make sure that "
            "pupils' opinions \"count\".\n\n"
            "\"I will be drawing on my experience of working with children to help ensure that schools live up "
            "to their duties.\" Education Secretary Ruth Kelly said Prof Greaves would \"strengthen the voice "
            "of children\".")
    assert quote_with(quotes_of(nlp, text), "drawing on my experience").speaker != "Ruth Kelly"


def test_a_sentence_with_a_quoted_term_still_introduces_the_next_quotation(nlp):
    text = ("Professor Alan Greaves was chosen by the government on Monday. He promised to make sure that "
            "pupils' opinions \"count\".\n\n"
            "\"I will be drawing on my experience of working with children to help ensure that schools live up "
            "to their duties.\"")
    assert quote_with(quotes_of(nlp, text), "drawing on my experience").speaker == "Alan Greaves"


def test_the_company_is_the_firm_the_last_sentence_was_about(nlp):
    text = ("Westmark Software has announced it is cutting about 5,000 jobs after completing its takeover of its smaller "
            "rival Dunlore Systems last week.\n\n"
            "The company said it would keep more than 90% of Dunlore's engineering staff.")
    assert quote_with(quotes_of(nlp, text), "keep more than 90%").speaker == "Westmark Software"


def test_the_company_with_no_firm_as_subject_is_the_latest_firm(nlp):
    text = ("Shares in Cairnmore Energy rose 5% on Monday after a new find in the North Sea.\n\n"
            "The firm said output would start next year.")
    assert quote_with(quotes_of(nlp, text), "output would start").speaker == "Cairnmore Energy"


def test_a_contrast_the_writer_adds_about_another_country_is_not_said(nlp):
    text = ("Thailand said it does not wish to opt for a debt repayment freeze, while India has also rejected "
            "international aid, saying it can cope on its own resources.")
    quotes = quotes_of(nlp, text)
    assert "India" not in quote_with(quotes, "debt repayment freeze").text
    assert quote_with(quotes, "cope on its own").speaker == "India"


def test_a_comparison_the_speaker_draws_stays_in_the_content(nlp):
    text = ("A Western diplomat said the economies of Hungary and Poland are small, while China's is huge and "
            "growing fast.")
    assert "China" in quote_with(quotes_of(nlp, text), "Hungary and Poland").text


def test_a_title_holder_is_not_the_one_the_speaker_accuses(nlp):
    text = ("Labour MP Sadia Khan has held the seat since 1997. Independent candidate Tariq Ahmed said he would "
            "stand against her.\n\n"
            "The Bradford West MP, who was suspended from Labour over his stance on the war, accused Ms Khan "
            "of being a \"party puppet\".")
    quote = quote_with(quotes_of(nlp, text), "puppet")
    assert quote.speaker != "Sadia Khan"


def test_another_after_one_official_is_another_official(nlp):
    text = "One Western diplomat said the talks had stalled. Another said the two sides were still far apart."
    assert quote_with(quotes_of(nlp, text), "far apart").speaker == "Another Western diplomat"


def test_another_with_no_one_before_stays_as_written(nlp):
    text = "One of the bankers said rates would rise. Another said they would fall."
    assert quote_with(quotes_of(nlp, text), "would fall").speaker == "Another"


def test_an_owned_title_does_not_reach_a_holder_named_paragraphs_before(nlp):
    text = ("The senator's lawyer Cheryl Mills sat in on the interview.\n\n"
            "The panel met on Monday. It held Bryan Pagliano in contempt of Congress. Members were angry.\n\n"
            "His lawyer said he would not answer questions.")
    assert quote_with(quotes_of(nlp, text), "answer questions").speaker != "Cheryl Mills"


def test_an_owned_title_takes_its_holder_named_just_before(nlp):
    text = ("Tony Blair's spokesman Godric Smith spoke to reporters on Monday. His spokesman said the plan would "
            "go ahead.")
    assert quote_with(quotes_of(nlp, text), "plan would").speaker == "Godric Smith"
