"""Quotes stage, round 10: a content whose subject the parser hung on the cue as its object, with the cue's
own time words or a comma between the two."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


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


def test_a_typed_apostrophe_opens_no_quotation(pipeline):
    text = ('Quoting documents to be presented to the country"s 12-bank advisory committee, Business Day said '
            'the debt certificates will carry maturities of five or six years.\n\n'
            '"We don"t believe that there is going to be a problem," Finance Secretary Jaime Ongpin said.')
    quotes = pipeline.extract(text, published="1987-03-02").quotes
    assert any(q.text.startswith("the debt certificates will carry") for q in quotes), [q.text for q in quotes]
    assert any(q.kind == "direct" and q.text.startswith("We don't believe") and q.speaker == "Jaime Ongpin"
               for q in quotes), [(q.text, q.speaker) for q in quotes]


def test_quote_marks_skip_a_typed_apostrophe_in_raw_text():
    from wirecoder.extract.quote_marks import find_marked_spans

    text = '"We don"t believe it," he said of the country"s plan.'
    assert [s.text_of(text) for s in find_marked_spans(text)] == ['We don"t believe it,']


def test_a_cue_less_quotation_after_a_mixed_quote_goes_on_with_its_speaker(pipeline):
    text = ('Tory leader Michael Howard accused the two men of "squabbling like schoolboys". He told Sky News: '
            '"This is the politics of the playground and Britain really does deserve better." The Liberal '
            'Democrat chairman Matthew Taylor said their personal ambition was "getting in the way of good '
            'government". "Either they need to grow up or they cannot expect the electorate to support them."')
    quotes = pipeline.extract(text, published="2005-01-10").quotes
    quote = quote_with(quotes, "Either they need to grow up")
    assert quote.speaker == "Matthew Taylor"


def test_a_quotation_after_a_short_sentence_about_a_named_person_is_theirs(pipeline):
    text = ("Michael Howard, the Tory leader, unveiled his plans on Monday. Robert Jackson defected to Labour "
            "last week.\n\nMr Howard, however, was dismissive. \"These things happen from time to time. There are "
            "disagreements between Robert Jackson and me.\"")
    text += "\n\n\"The election is not going to be decided on what Robert Jackson did,\" he added."
    quotes = pipeline.extract(text, published="2005-01-17").quotes
    assert quote_with(quotes, "These things happen").speaker == "Michael Howard"
    # the names inside what he said do not say the next one
    assert quote_with(quotes, "The election is not going").speaker == "Michael Howard"


def test_a_quotation_after_a_sentence_about_something_else_has_no_speaker(pipeline):
    text = ("Michael Howard, the Tory leader, unveiled his plans on Monday.\n\nThe plans were published in "
            "London. \"These things happen from time to time.\"")
    quotes = pipeline.extract(text, published="2005-01-17").quotes
    assert not [q for q in quotes if "These things happen" in q.text]


def test_an_impersonal_to_say_reports_nothing(pipeline):
    text = ("Gartner analysts expect growth in mobile data. But Ms Milanesi said it was difficult to say how "
            "quickly that would happen.")
    quotes = pipeline.extract(text, published="2005-01-17").quotes
    assert [q.text for q in quotes] == ["it was difficult to say how quickly that would happen"]


def test_a_stray_closing_mark_does_not_turn_the_narrative_into_quotations():
    from wirecoder.extract.quote_marks import find_marked_spans

    text = ('Mr Howard said he feared "internment without trial creates martyrs" and could be "a very effective '
            'recruiting sergeant" for terrorists". His party plans to move an amendment. He called on the prime '
            'minister to "enter into constructive discussions" with his party.')
    assert [s.text_of(text) for s in find_marked_spans(text)] == [
        "internment without trial creates martyrs", "a very effective recruiting sergeant",
        "enter into constructive discussions"]


def test_describing_something_in_quoted_words_is_a_mixed_quote(pipeline):
    text = ('The four men were freed on Tuesday.\n\nAmnesty International described the release as "long '
            'overdue". The minister described the situation as difficult.')
    quotes = pipeline.extract(text, published="2005-01-12").quotes
    quote = quote_with(quotes, "long overdue")
    assert quote.kind == "mixed" and quote.speaker == "Amnesty International"
    assert not [q for q in quotes if "difficult" in q.text]  # no quoted words: a description, not a quote


def test_a_describing_verb_with_its_own_object_is_not_the_cue_of_the_quote_before(pipeline):
    text = ('Scarlets chief executive Stuart Gallacher paid tribute to Dave Hodges. "David has been a highly '
            'influential member of our squad," said Gallacher. "I am sure he has an enormous contribution to make '
            'and we wish him well." Hodges described his years at Stradey as "the best time of my life."')
    quotes = pipeline.extract(text, published="2005-03-01").quotes
    assert quote_with(quotes, "I am sure he has").speaker == "Stuart Gallacher"


def test_an_inverted_cue_names_its_speaker_even_when_the_parser_misreads_the_phrase(pipeline):
    text = ('Electrolux is to cut jobs, it said on Tuesday.\n\n"We see that about half the plants are at risk," said '
            'Electrolux chief executive Hans Straberg. "It looks pretty grim," said Swedish trades union official '
            'Ulf Carlsson.')
    quote = quote_with(pipeline.extract(text, published="2005-01-12").quotes, "It looks pretty grim")
    assert quote.speaker == "Ulf Carlsson"


def test_a_quotation_re_opened_with_a_cue_names_the_speaker_of_the_part_before(pipeline):
    text = ("Prof Al Aynsley-Green was chosen by the government. He promised to make sure that children's "
            'opinions "count".\n\n"I will be drawing on my experience of working with children. "I want all '
            'children to know that they can approach me," he said.')
    quote = quote_with(pipeline.extract(text, published="2005-01-12").quotes, "I will be drawing")
    assert quote.speaker == "Al Aynsley-Green"


def test_an_interposed_cue_with_its_listener_and_time_reports_both_sides(pipeline):
    text = ("Ed Schultz joined the network in 2015.\n\nThe difference now, he told me on Friday, is that he is the "
            "anchor of a straight news program.")
    quote = quote_with(pipeline.extract(text, published="2016-09-14").quotes, "anchor of a straight news")
    assert quote.text == "The difference now is that he is the anchor of a straight news program"
    assert quote.speaker == "Ed Schultz"


def test_a_listener_inside_a_list_is_no_interposed_report(pipeline):
    text = "The hearing was held on Tuesday.\n\nSmith, he told police, and Jones were at the scene."
    assert not pipeline.extract(text, published="2016-09-14").quotes


def test_a_bare_quantifier_speaks_as_written_not_as_the_last_named_body(pipeline):
    text = ("Oracle is cutting about 5,000 jobs, the firm said on Friday.\n\nCorrespondents say 6,000 job losses "
            "had been expected - and some suggest more cuts may be announced in future.")
    quote = quote_with(pipeline.extract(text, published="2005-01-14").quotes, "more cuts may be announced")
    assert quote.speaker == "some" and quote.speaker_entity is None


def test_the_prime_minister_is_not_the_deputy_prime_minister(pipeline):
    text = ("Tony Blair has dismissed reports he told Gordon Brown he would quit. The book alleges that Mr Blair "
            "told the chancellor at a dinner hosted by Deputy Prime Minister John Prescott of his intention to "
            'stand down.\n\nAccording to Mr Peston the prime minister said: "Help me to get through the year and I '
            'will then stand down."')
    quote = quote_with(pipeline.extract(text, published="2005-01-10").quotes, "Help me to get through")
    assert quote.speaker != "John Prescott"
