"""Quotes stage on wire and broadsheet news: speakers named by a title, an apposition or a document."""

from __future__ import annotations

import pytest

from quote_helpers import quotes_of
from wirecoder.record import Quote


def with_text(quotes: list[Quote], fragment: str) -> list[Quote]:
    return [q for q in quotes if fragment in q.text]


# (text, words of the quote, its speaker): the first quote holding the words has that speaker
FIRST_SPEAKER_CASES = {
    "a definite title stands for the person who holds it": (
        "Labour leader Keir Starmer said the plan was reckless. Ministers rejected the charge on Monday.\n\n"
        "But the Labour leader argued that the cuts would fall on the poorest families.",
        "cuts would fall", "Keir Starmer"),
    "a bare title after a quote goes back to the person quoted": (
        "Schools will reopen next month, Jacinda Ardern has said.\n\n"
        "The prime minister said the country had learned a great deal from the first lockdown.",
        "learned a great deal", "Jacinda Ardern"),
    "a participle after an object speaks for the subject": (
        "The reply came as Iranian envoys toured Gulf Arab states saying security in the region was a local matter.",
        "local matter", "Iranian envoys"),
    "both countries are the two countries just named": (
        "Brazil has agreed to sell ethanol to Japan. Under the deal, Japan will import two billion litres a year "
        "from 2010, both countries said in a statement.",
        "two billion litres", "Brazil and Japan"),
    "a title told first is the person named in the next sentences": (
        "The Brazilian ambassador to Argentina said the tariffs would be lifted soon.\n\n"
        "Ambassador Mauro Vieira made the remarks at a meeting with business leaders in Buenos Aires.",
        "tariffs would be lifted", "Mauro Vieira"),
    "an owned title too": (
        "The president defended the budget, and his chief spokesman said the deficit would shrink.\n\n"
        "Later, White House spokesman Josh Earnest told reporters the plan had broad support.",
        "deficit would shrink", "Josh Earnest"),
    "a name in a fronted adjunct is no subject pronoun's antecedent": (
        "Raghuram Rajan, India's central bank governor, argued that emerging economies needed a voice. "
        "Mr Rajan is attending the meeting as a guest of the G20. At a dinner hosted by Treasury Secretary Jack Lew on Friday, he said that he favoured flexible "
        "exchange rates.",
        "favoured flexible", "Raghuram Rajan"),
    "the company is the business named before": (
        "Toyota recalled 40,000 cars in March.\n\n\"We are checking every model,\" Aiko Sato, a Toyota spokeswoman, "
        "told reporters. The company said that it would pay for all repairs.",
        "pay for all repairs", "Toyota"),
    "a lead's indefinite title is the person the next sentence names with it": (
        "A French minister said he had warned the Chinese government of new tariffs.\n\n"
        "Trade Minister Nicole Bricq said on her return from Beijing that she expected a deal.",
        "warned the Chinese", "Nicole Bricq"),
    "an indefinite title kept anonymous stays a phrase": (
        "A minister, who declined to be named, said the plan was dead.\n\n"
        "Foreign Minister Jack Straw said talks would go on.",
        "plan was dead", "A minister"),
    "an unnamed spokesman quoted before is the 'he' who adds": (
        "Finance Minister Bill English has cancelled a trip to Japan, a Treasury spokesman said.\n\n"
        "The spokesman, who asked not to be named, said: \"I would not read much into it.\"\n\n"
        "But he added that the budget was \"the first priority.\"",
        "budget was", "The spokesman"),
    "a pronoun after a quotation of several sentences goes back to its speaker": (
        "Finance Minister Bill English has cancelled a trip to Japan, a Treasury spokesman said.\n\n"
        "The spokesman, who asked not to be named, said: \"I would not read much into it... I would just say "
        "it's the budget.\"\n\nBut he added that the budget was \"the first priority.\"",
        "budget was", "The spokesman"),
    "a news agency named after its description": (
        "Troops crossed the border on Tuesday.\n\nThe Iranian news agency IRNA, received in London, said "
        "the talks would resume in May.",
        "talks would resume", "IRNA"),
}


@pytest.mark.parametrize(("text", "fragment", "speaker"), FIRST_SPEAKER_CASES.values(), ids=list(FIRST_SPEAKER_CASES))
def test_the_first_quote_with_the_words_has_the_speaker(nlp, text, fragment, speaker):
    assert with_text(quotes_of(nlp, text), fragment)[0].speaker == speaker


def test_a_title_with_the_name_in_apposition_gives_the_name(nlp):
    text = ("The Brazilian finance minister, Joaquim Levy, said the budget gap would close by next year.\n\n"
            "\"We will not raise taxes again,\" Lula's chief of staff, Dilma Rousseff added.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "budget gap")[0].speaker == "Joaquim Levy"
    assert with_text(quotes, "raise taxes")[0].speaker == "Dilma Rousseff"


def test_a_description_that_is_no_title_is_not_the_last_speaker(nlp):
    text = ("The race is close, Hillary Clinton said on Monday.\n\n"
            "The New York businessman said the polls were rigged against him.")
    quotes = quotes_of(nlp, text)
    assert "Clinton" not in with_text(quotes, "polls were rigged")[0].speaker


def test_a_ministry_statement_is_the_ministry_speaking(nlp):
    text = ("Spain protested on Tuesday. A foreign ministry statement said the decision was unjustified.\n\n"
            "A White House statement said the talks would resume in May.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "was unjustified")[0].speaker.lower() == "foreign ministry"
    assert with_text(quotes, "talks would resume")[0].speaker == "White House"


def test_quoted_as_saying_gives_the_person_and_the_outlet_relays(nlp):
    text = ("State radio quoted the defence minister, Ivan Petrov, as saying the troops would stay.\n\n"
            "The minister was quoted by the Tass news agency as saying that talks had failed.")
    quotes = quotes_of(nlp, text)
    stay = with_text(quotes, "troops would stay")[0]
    assert stay.speaker == "Ivan Petrov" and stay.via == "State radio"
    failed = with_text(quotes, "talks had failed")[0]
    assert "agency" in (failed.via or "") and "radio" not in failed.speaker


def test_an_unclosed_paragraph_quote_ends_there_and_the_next_pronoun_is_the_same_speaker(nlp):
    text = ("Prices rose sharply in March, the ministry said.\n\n"
            "\"We saw a steep fall in demand,\" the finance minister, Anna Berg, told reporters.\n\n"
            "\"Exporters started to look for new markets early in the year.\n\n"
            "\"Nobody expects a quick recovery, but the worst is behind us,\" she said.")
    quotes = quotes_of(nlp, text)
    middle = with_text(quotes, "new markets")
    assert len(middle) == 1 and "Nobody" not in middle[0].text and middle[0].speaker == "Anna Berg"
    assert with_text(quotes, "worst is behind us")[0].speaker == "Anna Berg"


def test_a_closing_mark_glued_to_the_speaker_still_closes_the_quote(nlp):
    text = "\"Prices will keep falling for a while,\"Okafor said."
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker) for q in quotes] == [("Prices will keep falling for a while,", "Okafor")]


def test_a_quoted_sentence_right_after_the_cue_adjunct_is_attributed(nlp):
    text = ("The talks ended on Monday.\n\n"
            "Hansen said in a radio interview in the U.S. \"We are ready to sign the deal next week.\"")
    quotes = quotes_of(nlp, text)
    found = with_text(quotes, "ready to sign")
    assert len(found) == 1 and found[0].speaker == "Hansen" and found[0].kind == "direct"


def test_content_runs_on_over_a_noun_modifier_and_a_second_complement(nlp):
    text = ("Maria Lopez said there had been a \"steady flow\" of reports suggesting armed groups were crossing the border.\n\n"
            "Bank officials say they are not convinced the new rules in the banking code are strict enough to stop fraud.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "steady flow")[0].text.endswith("were crossing the border")
    assert with_text(quotes, "not convinced")[0].text.endswith("strict enough to stop fraud")


def test_a_second_verb_of_the_same_content_is_no_second_report(nlp):
    text = ("The Danish government said it will review the effects of the tax after three years and may propose "
            "changes if farmers can show they are hurt by it.")
    quotes = quotes_of(nlp, text)
    assert len(quotes) == 1 and quotes[0].text.endswith("hurt by it")


def test_a_preposed_content_of_two_coordinated_clauses_is_one_quote(nlp):
    text = ("Aid was slow to arrive. The agency was \"far too slow to respond to anyone\" and the army had its own "
            "troubles, Mr Dlamini said.")
    quotes = quotes_of(nlp, text)
    found = with_text(quotes, "far too slow")
    assert len(found) == 1 and found[0].text.endswith("its own troubles") and len(quotes) == 1


def test_a_bare_the_statement_is_the_issuer_of_the_statement_before(nlp):
    text = ("OSLO, May 3 - Norway rejected the claims. A foreign ministry statement said the ship had left "
            "Norwegian waters.\n\nThe minister condemned the seizure and asked Moscow to free the crew, the statement said.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "free the crew")[0].speaker.lower() == "foreign ministry"


def test_a_report_repeating_its_speaker_and_cue_is_one_quote(nlp):
    text = "The raid began at dawn.\n\nOkafor said three army units entered the town at 0600 local time, Okafor said."
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["three army units entered the town at 0600 local time"]


def test_he_after_a_question_about_someone_elses_words_is_the_one_asked(nlp):
    text = ("At a news conference in Brussels, Rutte was asked about remarks from a senior Russian official who "
            "said Europe was now at war.\n\n"
            "\"It would be deeply unwise for Moscow to escalate in that way,\" he said.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "deeply unwise")[0].speaker.endswith("Rutte")


def test_a_closed_quoted_sentence_is_not_credited_to_the_next_sentences_reporter(nlp):
    text = ("Speaking in Leeds on Sunday, she said: \"I have kept out of these cases before. "
            "\"But this man is a well-known critic of the war. "
            "\"I will do whatever I can to help him.\" A spokeswoman later said Ms Cole had friends in common with him.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "whatever I can")[0].speaker != "A spokeswoman"


def test_a_preposed_participle_with_a_question_word_names_a_topic_not_words(nlp):
    text = ("Explaining why it has asked the court to block the merger, the regulator said that it wants to "
            "protect consumers.")
    quotes = quotes_of(nlp, text)
    assert [q for q in quotes if (q.cue or "").lower() == "explaining"] == []
    assert len(with_text(quotes, "protect consumers")) == 1


def test_speech_told_inside_another_speakers_mixed_quote_is_not_a_second_quote(nlp):
    text = ("The opposition leader, Anna Holm, pointed out that several allies \"have announced their withdrawal "
            "regardless of the situation on the ground\" and said the government must follow.")
    quotes = quotes_of(nlp, text)
    assert len(with_text(quotes, "regardless of the situation")) == 1


@pytest.mark.parametrize(("text", "cue"), [
    ("The ambassador also advised that the prime minister should be ready to discuss trade.", "advised"),
    ("Reagan hinted he would seek their help in keeping the shipping lanes open.", "hinted"),
])
def test_advice_and_hints_are_reported_speech(nlp, text, cue):
    assert [q.cue for q in quotes_of(nlp, text)] == [cue]


def test_what_figures_indicate_is_no_speech(nlp):
    assert not quotes_of(nlp, "The results indicated that growth had slowed in the second quarter.")
