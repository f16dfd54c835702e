"""Quotes stage: report patterns the parser often gets wrong (a robust reading of each)."""

from __future__ import annotations

import pytest

from quote_helpers import quotes_of
from wirecoder.record import Quote


def one(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes]
    return found[0]


# texts in which no report is found, each under the name of the case it shows
NO_QUOTE_CASES = {
    "a_dash_after_a_plain_sentence_is_no_attribution":
        "Prices rose 3% — the biggest jump in years.",
    "naming_without_quotation_marks_is_no_label_quote[1]":
        "The firm branded its new phone the X1.",
    "naming_without_quotation_marks_is_no_label_quote[2]":
        'The so-called "reset" failed.',
    "interposed_cue_needs_a_clause_on_the_right":
        "The delegation included Smith, Jones, he said, and Brown.",
    "say_with_a_pronoun_object_is_no_quote":
        "Maria Lopez said it again and again during the rally on Tuesday.",
    "passive_report_without_agent_names_no_speaker": (
        "It was announced last July that three Welsh quangos would be brought under assembly government "
        "control. In one local authority alone 800 parents were warned they would receive a penalty notice."),
    "a_report_someone_wants_made_is_no_quote":
        "Many in France would prefer Turkey to admit that the killing of Armenians constituted genocide.",
    "announced_with_a_two_word_object_is_no_quote":
        "Eric Holder announced his resignation on Thursday.",
    "declined_to_say_is_no_quote":
        "On Monday, Tony Blair's official spokesman declined to say whether the prime minister backed the plans.",
    "a_relative_clause_without_a_report_is_no_quote":
        "The system, which critics fear, runs the risk of leaving millions of voters disenfranchised.",
    "a_possible_saying_is_no_quote":
        "The left had intended my jailing as a victory, and now they could say goodbye to all that.",
}


@pytest.mark.parametrize("text", NO_QUOTE_CASES.values(), ids=list(NO_QUOTE_CASES))
def test_no_quote_is_found(nlp, text):
    assert quotes_of(nlp, text) == []


def test_sentence_initial_according_to_ends_at_the_comma(nlp):
    text = "According to conservative talk radio host Rush Limbaugh, the move reeks of fear and desperation."
    q = one(quotes_of(nlp, text), "reeks of fear")
    assert q.text == "the move reeks of fear and desperation"
    assert q.cue == "according to"
    assert q.speaker.endswith("Limbaugh")


def test_told_an_audience_that_clause(nlp):
    text = ("In Honolulu last week, Barack Obama told a meeting of Pacific Island leaders that few people "
            "understood the stakes of climate change better than residents of their part of the planet.")
    q = one(quotes_of(nlp, text), "few people understood")
    assert q.speaker == "Barack Obama" and q.cue == "told"
    assert "Pacific Island leaders" not in q.text


def test_said_in_a_statement_that(nlp):
    text = "The ministry said in a statement that the border would reopen next week."
    q = one(quotes_of(nlp, text), "border would reopen")
    assert q.text.startswith("the border would reopen")


def test_participle_after_the_content_is_not_content(nlp):
    text = ("In a statement announcing the pick, the Association of Flight Attendants called Clinton a "
            "\u201cchampion\u201d for its constituency, citing her work after the Sept. 11 terrorist attacks.")
    q = one(quotes_of(nlp, text), "champion")
    assert "citing" not in q.text


def test_quoted_clause_after_that_is_a_quote(nlp):
    text = "Melania Trump tells Trump supporters that \u201che loves you.\u201d"
    quotes = quotes_of(nlp, text)
    q = one(quotes, "he loves you")
    assert q.speaker == "Melania Trump"


def test_name_set_off_before_a_subjectless_said(nlp):
    text = ("Donald Trump kept up his criticism of his rivals before the first polls.\n"
            "Trump, in Kentucky, said Tuesday that Marco Rubio was a total lightweight and a liar.")
    q = one(quotes_of(nlp, text), "total lightweight")
    assert q.speaker == "Donald Trump"


def test_gerund_subject_of_reported_clause(nlp):
    text = ("Ted Cruz spoke in Buffalo. He said legalizing fracking could put thousands of people to work "
            "in upstate New York.")
    q = one(quotes_of(nlp, text), "thousands of people")
    assert q.text.startswith("legalizing fracking could put")
    assert q.speaker == "Ted Cruz"


def test_parenthetical_cue_inside_the_content(nlp):
    text = ("Barack Obama spoke at the museum on Saturday.\n\n"
            "African-Americans, he said, can ''rock like Jimi'' and ''stir the pot like Richard Pryor.''")
    q = one(quotes_of(nlp, text), "rock like Jimi")
    assert q.speaker == "Barack Obama"
    assert q.text.startswith("African-Americans") and "he said" not in q.text


def test_parenthetical_cue_between_quotations_leaves_them_direct(nlp):
    text = "\u201cYou know, I love Larry,\u201d Barack Obama said, \u201cbut he has a history of representing oil firms.\u201d"
    quotes = quotes_of(nlp, text)
    assert {q.kind for q in quotes} == {"direct"}
    assert one(quotes, "I love Larry").speaker == "Barack Obama"


def test_participle_on_a_noun_speaks_for_it(nlp):
    text = "Reporters were shown a letter from the agency saying that the permits had expired in May."
    q = one(quotes_of(nlp, text), "permits had expired")
    assert q.speaker.startswith("a letter") and q.cue == "saying"


def test_report_inside_a_prepositional_phrase_takes_the_clause_subject(nlp):
    text = ("Mehmet Oz appeared at a 2014 Senate hearing for his role in promoting weight-loss aids and for "
            "saying that green coffee extract was a magic weight loss cure for every body type.")
    q = one(quotes_of(nlp, text), "green coffee extract")
    assert q.speaker == "Mehmet Oz"


def test_quoted_complement_that_is_not_an_utterance_stays_reported(nlp):
    text = 'Russia insisted that Pyongyang "stop its dangerous escapades."'
    q = one(quotes_of(nlp, text), "dangerous escapades")
    assert q.kind == "mixed" and q.speaker == "Russia" and q.text.startswith("Pyongyang")


def test_statement_noun_with_owner_and_that_clause(nlp):
    text = ("Politifact checked Donald Trump's claim that there have been thousands of shootings in Chicago "
            "this year. The claim that crime is falling was not checked.")
    quotes = quotes_of(nlp, text)
    q = one(quotes, "thousands of shootings")
    assert (q.speaker, q.cue, q.kind) == ("Donald Trump", "claim", "indirect")
    assert [x for x in quotes if "crime is falling" in x.text] == []  # nobody owns that claim


def test_closing_attribution_after_verbless_content(nlp):
    text = ("Language unclear on whether single mothers are covered, experts say.\n\n"
            "In a 1963 speech, George Wallace declared segregation forever.")
    quotes = quotes_of(nlp, text)
    q = one(quotes, "single mothers")
    assert (q.speaker, q.cue) == ("experts", "say")
    assert [x for x in quotes if "1963" in x.text] == []  # a preposed circumstance is not what is said


def test_a_name_read_as_modified_by_the_cue_speaks(nlp):
    text = ("Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never "
            "suggested the U.S. should use a database to track Muslims.")
    said = [q for q in quotes_of(nlp, text) if q.cue == "say"]
    assert [(q.speaker, q.text[:22]) for q in said] == [("Donald Trump", "he had never suggested")]


def test_called_as_a_name_is_not_a_statement(nlp):
    text = ("Clinton criticised the advertising, referencing a super PAC called Future45 funded by Paul Singer "
            "and Ken Griffin.")
    assert [q for q in quotes_of(nlp, text) if "Future45" in q.text] == []


def test_person_named_in_the_cue_clause_does_not_break_a_continuation(nlp):
    text = ("\u201cTwo billionaire hedge fund managers started a super PAC against me,\u201d Hillary Clinton said, "
            "referencing a super PAC funded by Paul Singer and Ken Griffin.\n\n"
            "\u201cSo they clearly think I\u2019m going to do what I say I will do.\u201d")
    q = one(quotes_of(nlp, text), "clearly think")
    assert q.speaker == "Hillary Clinton" and q.cue is None


def test_content_opening_with_a_quoted_fragment_is_mixed(nlp):
    text = ("Barack Obama said \u201cit gets me mad\u201d every time he thinks about the 20 first-graders who were "
            "killed in the shooting.")
    q = one(quotes_of(nlp, text), "gets me mad")
    assert q.kind == "mixed" and "first-graders" in q.text


def test_quotation_then_cue_then_unquoted_predicate_is_one_quote(nlp):
    text = ("Megyn Kelly wrote to him after the hearing.\n\n"
            "\u201cOnly you, Dinesh,\u201d she said, would use the occasion of a harsh sentence to reaffirm your love "
            "of country.")
    q = one(quotes_of(nlp, text), "harsh sentence")
    assert q.kind == "mixed" and q.text.startswith("\u201cOnly you")
    assert "she said" not in q.text


def test_quotation_then_cue_then_circumstance_stays_direct(nlp):
    text = ('"The members of the Security Council will begin to work immediately on appropriate measures," '
            "they said, under Article 21 of the U.N. Charter.")
    quotes = quotes_of(nlp, text)
    q = one(quotes, "appropriate measures")
    assert q.kind == "direct" and "Article 21" not in q.text


def test_reported_clause_after_an_intervening_phrase(nlp):
    text = "Donald Trump said after the convention he would not accept Cruz's endorsement if it were offered."
    q = one(quotes_of(nlp, text), "endorsement")
    assert q.speaker == "Donald Trump" and q.cue == "said"


def test_a_following_saying_clause_ends_the_reported_content(nlp):
    text = ("A source from the movement told Breitbart London they were against the idea of a mock vote for "
            "migrants, saying it was another step to replace native voters.")
    q = one(quotes_of(nlp, text), "against the idea")
    assert "another step" not in q.text


def test_that_clause_the_parser_made_the_head(nlp):
    text = ("The Republican nominee continues to insist, most recently in a Labor Day interview with ABC News, "
            "that he really wants to release his taxes but can't because he is being audited.")
    q = one(quotes_of(nlp, text), "release his taxes")
    assert q.cue == "insist" and q.text.startswith("he really wants")


def test_quotation_closing_after_the_full_stop_makes_a_mixed_quote(nlp):
    text = ("Brian Fallon, a spokesman for Hillary Clinton, called on the senator to take back his words and "
            "said he had reached a ''new low.''")
    q = one(quotes_of(nlp, text), "new low")
    assert q.kind in ("mixed", "indirect") and q.text.startswith("he had reached")
    assert q.speaker == "Brian Fallon"


def test_dash_attribution_passes_over_a_title(nlp):
    q = one(quotes_of(nlp, '"The talks have failed." — Foreign Minister Sergei Lavrov'), "talks have failed")
    assert q.speaker == "Sergei Lavrov" and q.kind == "direct"


def test_dash_attribution_to_an_organisation(nlp):
    q = one(quotes_of(nlp, '"Never again." — the Foreign Ministry of Russia'), "Never again")
    assert q.speaker.startswith("Foreign Ministry")


def test_a_quoted_label_is_the_speakers_words(nlp):
    q = one(quotes_of(nlp, 'She called the decision "a disgrace".'), "disgrace")
    assert (q.kind, q.speaker, q.cue) == ("mixed", "She", "called")
    assert q.text == 'the decision "a disgrace"'
    q = one(quotes_of(nlp, 'The senator labelled the bill "dead on arrival".'), "dead on arrival")
    assert (q.kind, q.cue) == ("mixed", "labelled")


def test_interposed_cue_after_a_conditional_clause_reports_both_sides(nlp):
    text = ("Mexico has few good options. If this argument fails to persuade, Mr. Castaneda argues, there are "
            "other tools in the toolbox.")
    q = one(quotes_of(nlp, text), "other tools")
    assert q.text == "If this argument fails to persuade there are other tools in the toolbox"
    assert q.speaker.endswith("Castaneda") and q.cue == "argues"


def test_interposed_cue_after_a_concessive_clause(nlp):
    text = ("Don Fowler spoke on Monday. Though that transition was relatively seamless, he said, replacing "
            "Clinton would be much more acrimonious.")
    q = one(quotes_of(nlp, text), "acrimonious")
    assert q.text.startswith("Though that transition") and q.speaker == "Don Fowler"


def test_a_phrase_object_of_say_is_what_is_said(nlp):
    text = ("Asked whether Trump is qualified, 61 percent of Democrats said no. "
            "A chorus of prominent Republicans has said the same thing, including Mitt Romney.")
    quotes = quotes_of(nlp, text)
    assert one(quotes, "no").text == "no"
    same = one(quotes, "same thing")
    assert same.text == "the same thing" and same.speaker.endswith("Republicans")


def test_said_as_much_ends_at_the_adverb(nlp):
    text = "Robby Mook said as much in an interview on Thursday morning."
    q = one(quotes_of(nlp, text), "much")
    assert q.text == "as much" and q.speaker == "Robby Mook"


def test_told_someone_to_act_does_not_report_the_clause_before_the_dash(nlp):
    text = ("Mr Blunkett's own comments on immigration had prompted censure - he told refugees from Afghanistan "
            "and Kosovo to go back home to start rebuilding their countries.")
    assert not any("prompted censure" in q.text for q in quotes_of(nlp, text))



def test_naming_verb_with_a_short_object_and_label(nlp):
    text = "Sen. Bernie Sanders called him divisive on Sunday."
    q = one(quotes_of(nlp, text), "divisive")
    assert q.text.startswith("him divisive") and q.speaker.endswith("Sanders")


def test_an_object_prompted_to_say_is_the_speaker(nlp):
    text = ("The pressure prompted the prime minister to say the police and Crown Prosecution Service would be "
            "consulted as part of a review of the law.")
    q = one(quotes_of(nlp, text), "would be consulted")
    assert "prime minister" in q.speaker


def test_closing_cue_reports_the_whole_sentence_not_its_last_clause(nlp):
    text = ("It was already using detention without trial at Belmarsh Prison, ignoring a recent Law Lords "
            "judgement that this contravenes basic human rights, he said.")
    q = one(quotes_of(nlp, "Charles Kennedy spoke on Monday. " + text), "contravenes")
    assert q.text.startswith("It was already using detention")


def test_a_relative_clause_report_says_what_follows_the_cue(nlp):
    text = ("Donald Trump attacked other candidates for accepting his personal donations, which he said were "
            "accompanied by leverage and return favors.")
    q = one(quotes_of(nlp, text), "leverage")
    assert q.text == "were accompanied by leverage and return favors" and q.speaker == "Donald Trump"


def test_told_someone_to_act_reports_the_order(nlp):
    text = "Mr. Obama told his advisers to figure out how to enact deep emissions cuts without Congress."
    q = one(quotes_of(nlp, text), "advisers")
    assert q.text.startswith("his advisers to figure out") and q.speaker.endswith("Obama")


def test_according_to_with_a_later_speech_verb_of_the_writer(nlp):
    text = ("Entering the final contests in June, Clinton leads Sanders by 271 delegates according to a count "
            "by The Associated Press, but the self-described democratic socialist has vowed to soldier on.")
    q = one(quotes_of(nlp, text), "271 delegates")
    assert q.cue == "according to" and "soldier" not in q.text


def test_according_to_without_a_preposed_participle_scene(nlp):
    text = ("Boasting 108,000 residents who run the gamut from farmers to professors, the GOP leaners in the area "
            "seem enamored with Trump, according to Politico.")
    q = one(quotes_of(nlp, text), "enamored")
    assert q.text.startswith("the GOP leaners") and q.speaker == "Politico"


def test_dash_elaboration_belongs_to_the_accusation(nlp):
    text = ("Relations soured after President Donald Trump accused the country of playing a double game -- "
            "publicly supporting U.S. efforts while secretly supporting the insurgency in Afghanistan.")
    q = one(quotes_of(nlp, text), "double game")
    assert q.cue == "accused" and q.speaker == "Donald Trump"
    assert q.text.endswith("supporting the insurgency in Afghanistan")


def test_noun_phrase_object_of_acknowledge_and_note(nlp):
    text = ("Graham has acknowledged the reality of climate change, which makes him something of an outlier "
            "among Republican lawmakers. Clinton noted the clot's existence in a letter to her doctors.")
    quotes = quotes_of(nlp, text)
    q = one(quotes, "reality of climate change")
    assert q.text == "the reality of climate change" and q.cue == "acknowledged"
    assert one(quotes, "existence").cue == "noted"


def test_admitted_and_denied_objects_but_not_refusals(nlp):
    text = ("The Saudi government has long denied any involvement in the terror attacks. "
            "Trump has admitted using the tax code to his advantage. "
            "The agency could deny mining permits until the work was completed.")
    quotes = quotes_of(nlp, text)
    assert one(quotes, "any involvement").speaker.endswith("government")
    assert one(quotes, "using the tax code").cue == "admitted"
    assert not [q for q in quotes if "permits" in q.text]


def test_subject_the_parser_put_in_a_participle_or_first_predicate(nlp):
    text = ("Large majorities of Republican primary voters in six states going to the polls on Super Tuesday "
            "said they support a proposal to temporarily ban all non-citizen Muslims from entering the country.\n\n"
            "Kasich jokingly offered the man a job as Secretary of Defense, then says he'll welcome advice for "
            "anyone who wants to talk to him.")
    quotes = quotes_of(nlp, text)
    assert one(quotes, "support a proposal").speaker.startswith("Large majorities of Republican primary voters")
    assert one(quotes, "welcome advice").speaker == "Kasich"


def test_aside_between_cue_and_that_clause(nlp):
    text = ("His campaign chairman Paul Manafort said \u2014 on Twitter, as it happens \u2014 that Trump "
            "raised about $4 million that day.")
    q = one(quotes_of(nlp, text), "raised about")
    assert q.text == "Trump raised about $4 million that day" and q.speaker == "Paul Manafort"


def test_concessive_report_after_an_urging_is_its_own_quote(nlp):
    text = ("Proponents have urged Congress to leave the program intact, although they say they support "
            "some of the changes lawmakers are expected to consider.")
    quotes = quotes_of(nlp, text)
    assert one(quotes, "leave the program").text == "Congress to leave the program intact"
    assert one(quotes, "support some").cue == "say"


def test_tweeted_noun_phrase_object(nlp):
    text = "Michelle Fields later tweeted a photograph of her bruised forearm."
    q = one(quotes_of(nlp, text), "photograph")
    assert q.text == "a photograph of her bruised forearm" and q.cue == "tweeted"
    assert q.speaker == "Michelle Fields"


def test_a_question_put_to_the_subject_has_no_speaker(nlp):
    text = ("Asked whether he would run again, Biden said: \"We'll see what happens next year.\" "
            "A reporter asked Sanders whether he would support Clinton in November. "
            "Asked later - war or not over the Scarborough Shoal - the admiral chuckled.")
    quotes = quotes_of(nlp, text)
    assert not [q for q in quotes if "chuckled" in q.text]  # the answer, not the question
    asked = one(quotes, "run again")
    assert asked.speaker is None and asked.cue.lower() == "asked"
    assert one(quotes, "We'll see").speaker == "Joe Biden"
    assert one(quotes, "support Clinton").speaker == "A reporter"


def test_a_question_read_as_a_past_tense_still_has_no_speaker(nlp):
    # the tagger reads a sentence-initial "Asked how ..." as a past tense; it is still the question put to him
    text = ("General Guven Ergenc told a news conference the army was on alert.\n\n"
            "Asked how Turkey would react if Greece attacked any of the vessels, he said \"If there is an attack, "
            "it is clear what has to be done.\"")
    quotes = quotes_of(nlp, text)
    assert one(quotes, "how Turkey would react").speaker is None
    assert one(quotes, "If there is an attack").speaker == "Guven Ergenc"
