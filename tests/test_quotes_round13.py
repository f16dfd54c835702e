"""Quotes stage, round 13: a speech verb coordinated inside a cue's content that is the speaker's next act,
and a content the parse stopped inside a quotation it opened (small texts of our own)."""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_second_report_after_a_modal_content_is_the_speakers_own(nlp):
    text = ("The minister, speaking to farmers in Leeds, said she would order a full review of the subsidy "
            "rules and urged banks to lend more to small farms.")
    quotes = quotes_of(nlp, text)
    said = quote_with(quotes, "full review")
    assert "urged" not in said.text
    urged = quote_with(quotes, "to lend more")
    assert urged.cue == "urged"


def test_a_second_report_when_the_content_is_about_the_speaker(nlp):
    text = ("Japan said it was \"deeply concerned\" by the missile launch and warned Pyongyang to stop "
            "further tests.")
    quotes = quotes_of(nlp, text)
    assert "warned" not in quote_with(quotes, "deeply concerned").text
    assert quote_with(quotes, "to stop further tests").speaker == "Japan"


def test_a_verb_of_someone_else_inside_the_content_stays_content(nlp):
    text = "Police said the man stole a car and told officers to leave him alone."
    quotes = quotes_of(nlp, text)
    assert "told officers" in quote_with(quotes, "stole a car").text
    assert not any(q.cue == "told" for q in quotes)


def test_a_pronoun_content_without_a_report_of_its_own_stays_content(nlp):
    text = ("Republicans said the timing was not intentional; they only learned of the deal on Friday and "
            "almost immediately disclosed it to reporters.")
    assert "disclosed it" in quote_with(quotes_of(nlp, text), "timing was not").text


def test_content_running_into_a_quotation_goes_on_to_its_close(nlp):
    text = ("He said he did not mention the hacking in the segment because \"no one can credibly state they "
            "have evidence that it's Russia, and as soon as they do, I'll report it.\"")
    quote = quote_with(quotes_of(nlp, text), "did not mention")
    assert quote.kind == "mixed"
    assert quote.text.rstrip('"').endswith("I'll report it.")


def test_a_quotation_another_cue_claims_is_not_absorbed(nlp):
    text = ("At a forum this weekend in Chicago, Marc Hill, the head of the Urban Alliance, forcefully told a young "
            "man who suggested that some people may stay home because of frustration that \"staying home is not "
            "a viable nor intelligent strategy.\"")
    quote = quote_with(quotes_of(nlp, text), "viable nor intelligent")
    assert quote.cue == "told"
    assert "young man" not in (quote.speaker or "")


def test_a_clause_leading_into_a_colon_is_not_what_the_cue_reports(nlp):
    text = "We have seen this before: the rebels declared war on the capital in 1998."
    assert not any(q.cue == "declared" for q in quotes_of(nlp, text))


def test_a_cue_in_a_relative_clause_does_not_report_the_main_predicate(nlp):
    text = "Nothing the governor says is true unless proven otherwise."
    assert not any("is true" in q.text for q in quotes_of(nlp, text))


def test_a_gerund_subject_read_as_an_object_still_reports_the_clause(nlp):
    text = "The developer also suggested profiting off the housing collapse was good business."
    assert quote_with(quotes_of(nlp, text), "good business").cue == "suggested"


def test_an_interposed_cue_with_a_long_tail_over_quoted_words(nlp):
    text = ("These employees, the chief executive explained earlier in the committee hearing, were "
            "\"well-paid,\" making between $30,000 and $60,000 a year.")
    quote = quote_with(quotes_of(nlp, text), "These employees")
    assert quote.cue == "explained"
    assert "making between" in quote.text


def test_a_gerund_clause_subject_keeps_the_report(nlp):
    text = "Green groups say putting pressure on supply chains is a major way companies can cut emissions."
    assert quote_with(quotes_of(nlp, text), "putting pressure").speaker == "Green groups"


def test_people_in_an_absolute_construction_say_what_the_participle_reports(nlp):
    text = "Shares of the bank fell sharply on Monday, with analysts saying the outlook was weak."
    assert quote_with(quotes_of(nlp, text), "outlook was weak").speaker == "analysts"


def test_a_statement_in_an_absolute_construction_is_its_issuers(nlp):
    text = "Senator Mark Hollis responded with a statement saying the report was false."
    assert quote_with(quotes_of(nlp, text), "report was false").speaker == "Mark Hollis"


def test_an_inverted_conditional_after_the_cue_is_still_content(nlp):
    text = ("Tony Banks said had the government not delayed since 1997 in bringing in the ban, hunting with dogs "
            "would have passed into history.")
    assert quote_with(quotes_of(nlp, text), "passed into history").speaker == "Tony Banks"


def test_a_past_time_clause_after_an_urged_act_is_the_writers_background(nlp):
    text = "Last month, the agency warned state officials to boost their security after hackers targeted two states."
    quote = quote_with(quotes_of(nlp, text), "boost their security")
    assert "hackers" not in quote.text


def test_a_future_time_clause_stays_in_what_was_urged(nlp):
    text = "The union urged members to stay at home when the strike begins next week."
    assert "strike begins" in quote_with(quotes_of(nlp, text), "stay at home").text


def test_a_relative_clause_cue_still_reports_what_follows_its_gap(nlp):
    text = ("The new rule, which SEC officials said merely clarifies the terms of the existing procedure, would "
            "bar such trading.")
    assert quote_with(quotes_of(nlp, text), "clarifies the terms").speaker == "SEC officials"


def test_a_contact_relative_clause_with_a_subject_gap_reports(nlp):
    text = "The ministry signed a deal that officials said would be worth $2 billion over ten years."
    assert quote_with(quotes_of(nlp, text), "would be worth").speaker == "officials"


def test_a_second_act_with_nothing_reported_of_its_own_stays_in_the_content(nlp):
    text = "The airline said it had cancelled 96 domestic flights and warned of severe disruption to other services."
    assert "severe disruption" in quote_with(quotes_of(nlp, text), "cancelled 96").text


def test_someone_speaks_as_someone_not_as_a_body_named_before(nlp):
    text = ("The senator campaigned among business leaders at the Northern Virginia Urban League. \"I have always "
            "disliked the term outreach,\" he told the group.\n\nThen someone asked how the party could inspire "
            "young voters.")
    assert quote_with(quotes_of(nlp, text), "inspire young voters").speaker == "someone"
