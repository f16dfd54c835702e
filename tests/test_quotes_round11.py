"""Quotes stage, round 11: content boundaries the parser broke (a clause read as objects or as the
listener's relative clause, a subordinate clause inside the reported subject, a second cue opening a
quotation), reduced passive cues, and speaker nouns for bodies."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_reduced_passive_speech_verb_has_no_speaker_in_its_subject(nlp):
    text = ("Moazzam Begg and Martin Mubanga were held for three years, accused of al-Qaeda links.\n\n"
            "Their lawyer spoke on Monday.")
    assert not [q for q in quotes_of(nlp, text) if "al-Qaeda" in q.text]


def test_an_acknowledged_noun_phrase_is_still_a_statement(nlp):
    text = ("The prince wore the costume to a party on Saturday.\n\n"
            "Opposition leader Michael Howard acknowledged the prince's apology on Thursday.")
    assert quote_with(quotes_of(nlp, text), "the prince's apology").speaker == "Michael Howard"


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


def test_a_clause_the_parser_hung_on_the_listener_is_what_was_told(nlp):
    text = ("Finance Secretary Jaime Ongpin returned from New York on Monday.\n\n"
            "Ongpin told the meeting he had kept his promise to gain better terms than Mexico.")
    quote = quote_with(quotes_of(nlp, text), "he had kept his promise")
    assert quote.cue == "told"
    assert "meeting" not in quote.text


def test_a_subordinate_clause_between_subject_and_verb_stays_in_the_content(nlp):
    text = ("Sir John Stevens spoke to the Independent on Friday.\n\n"
            'John Stevens said evidence obtained by MI5 while the four were in Cuba was "absolutely" '
            "inadmissible in UK courts.")
    quote = quote_with(quotes_of(nlp, text), "inadmissible in UK courts")
    assert quote.text.startswith("evidence obtained by MI5 while the four were in Cuba")


def test_a_second_cue_opening_a_quotation_ends_the_reported_content(nlp):
    text = ("Home Secretary Charles Clarke spoke on Thursday.\n\n"
            "Mr Clarke said he recognised people's concerns about the costume but argued: "
            '"He has apologised and I think we should leave the matter there."')
    quotes = quotes_of(nlp, text)
    reported = quote_with(quotes, "he recognised people's concerns")
    assert reported.text.endswith("about the costume")
    direct = quote_with(quotes, "He has apologised")
    assert direct.kind == "direct" and direct.speaker == "Charles Clarke"


def test_a_bourse_speaks(nlp):
    text = ("Euronext owns Liffe in London.\n\n"
            "Ahead of talks with the LSE on Friday, the pan-European bourse said it may be prepared to make "
            "its offer in cash.")
    assert quote_with(quotes_of(nlp, text), "make its offer in cash")


def test_a_judgement_clause_joined_by_and_is_said_too(nlp):
    text = ("Former chancellor Ken Clarke spoke on Monday.\n\n"
            'Mr Clarke says the party is improving and it is "conceivable" it could win the next election.')
    quote = quote_with(quotes_of(nlp, text), "the party is improving")
    assert quote.text.endswith("could win the next election")


def test_a_belief_clause_with_its_own_subject_is_not_a_judgement(nlp):
    text = ("Former chancellor Ken Clarke spoke on Monday.\n\n"
            "Mr Clarke says the party is improving and he thinks it could win the next election.")
    quote = quote_with(quotes_of(nlp, text), "the party is improving")
    assert "thinks" not in quote.text


def test_a_conjoined_verb_going_on_into_quoted_words_is_no_second_report(nlp):
    text = ("Tory leader Michael Howard spoke in Bristol on Monday.\n\n"
            'Mr Howard argues government is too big and cannot continue "down the path of ever rising taxes".')
    quote = quote_with(quotes_of(nlp, text), "government is too big")
    assert quote.text.endswith('"down the path of ever rising taxes"')


def test_a_clause_broken_into_objects_is_said_whole(nlp):
    text = ("Brazil had not asked for any Argentine maize, they said.\n\n"
            "They also said a smaller crop and adverse weather this summer in Argentina had reduced production.")
    quote = quote_with(quotes_of(nlp, text), "a smaller crop")
    assert quote.text.endswith("had reduced production")


def test_a_present_verb_joined_to_a_past_cue_is_the_contents(nlp):
    text = ("London shares fell on Monday.\n\n"
            "Dealers also said fears of a trade war with Japan, although less acute, remain a nagging concern.")
    quote = quote_with(quotes_of(nlp, text), "fears of a trade war")
    assert quote.text.endswith("remain a nagging concern")


def test_a_past_verb_joined_to_a_past_cue_is_the_speakers_next_act(nlp):
    text = ("The minister spoke on Monday.\n\n"
            "He said the same thing last week and left the room.")
    assert not [q for q in quotes_of(nlp, text) if "left the room" in q.text]


def test_the_accused_is_part_of_an_accusation(nlp):
    text = ("Labour's campaign chief spoke on Monday.\n\n"
            'Campaign coordinator Alan Milburn accused the Tories of "launching Thatcherism in instalments".')
    quote = quote_with(quotes_of(nlp, text), "launching Thatcherism")
    assert quote.text.startswith("the Tories of")
    assert quote.kind == "mixed"


def test_they_after_some_of_a_group_is_the_whole_group(nlp):
    text = ("Oracle is to cut 5,000 jobs after buying Peoplesoft.\n\n"
            "Correspondents say 6,000 job losses had been expected - and some suggest more cuts may be announced "
            "in future. They say Mr Ellison may be trying to placate Peoplesoft customers.")
    quote = quote_with(quotes_of(nlp, text), "trying to placate")
    assert quote.speaker == "Correspondents"
    assert quote_with(quotes_of(nlp, text), "more cuts").speaker == "some"


def test_a_ruling_and_an_estimate_report_what_was_said(nlp):
    text = ("The High Court heard the case of six Iraqi civilians.\n\n"
            "Lord Justice Rix ruled that UK jurisdiction could extend to a UK-run prison. "
            "The OECD estimated that growth would slow to 2.1 pct this year.")
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "UK jurisdiction could extend").cue == "ruled"
    assert quote_with(quotes, "growth would slow").cue == "estimated"


def test_rule_and_estimate_without_a_clause_report_nothing(nlp):
    text = ("He ruled the country for 20 years.\n\n"
            "The damage was estimated at five million dollars by officials.")
    assert quotes_of(nlp, text) == []


def test_ruling_out_is_not_a_ruling(nlp):
    text = ("Wedge Group Inc said it has no plans to join in an effort to seek control of American Medical, but "
            "it would not rule out a future takeover try.")
    quote = quote_with(quotes_of(nlp, text), "no plans to join")
    assert quote.text.endswith("a future takeover try")


def test_whoever_a_quotation_talks_of_is_not_the_he_who_says_it(nlp):
    text = ("Mr Blair has been closer to President Bush than any other European leader.\n\n"
            "America needed to listen to the world too, he said. \"The fact is that President Bush is there for "
            "four years. He is there because the American people have chosen him,\" he argued. "
            "He also made clear he intended to take seriously his role.\n\n"
            "Britain was \"uniquely placed\" to find the common ground, he suggested.")
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "He is there because").speaker.endswith("Blair")
    assert quote_with(quotes, "uniquely placed").speaker.endswith("Blair")


def test_a_meeting_told_is_not_ordered(nlp):
    text = ("British Prime Minister Margaret Thatcher visited Moscow.\n\n"
            "Thatcher told the meeting to mark the opening of new offices of the British-Soviet Chamber of Commerce "
            "that trade would double.")
    assert not [q for q in quotes_of(nlp, text) if q.text.startswith("the meeting")]


def test_a_naming_verb_the_tagger_read_as_a_noun_still_names(nlp):
    text = ("Michael Howard leads the Conservatives.\n\n"
            'The Tory leader brands such criticisms as "absolutely rubbish", arguing that he has been consistent.')
    quote = quote_with(quotes_of(nlp, text), "absolutely rubbish")
    assert quote.cue == "brands" and quote.kind == "mixed"
    assert quote.text.startswith("such criticisms as")
