"""Events stage: feelings about another party or its act (judgement_words.tsv, role "feeling"). What a party is
pleased, encouraged or impressed by is approval (051); what it is unhappy, disappointed, angry or irritated at is
disapproval (110); no speech verb is needed. The thing felt about is named by the preposition the word's row
allows, or is the doer of its that-clause. Worry, negation and feelings about no party give no event."""

from __future__ import annotations

from event_helpers import reported_codes, reported_events


def test_an_adjective_of_disapproval_with_the_party_or_its_act(pipeline):
    assert ("GBR", "FRA", "110") in reported_codes(pipeline, "Britain was angry at France's decision to close "
                                                             "its ports to British trawlers.")
    assert ("JPN", "USA", "110") in reported_codes(pipeline, "Tokyo is critical of the US proposal on rice imports.")


def test_a_passive_participle_of_feeling_keeps_its_subject_as_the_one_who_feels(pipeline):
    # "was disappointed by": the passive subject feels, the by-phrase is what is felt about (no swap)
    assert ("DEU", "FRA", "110") in reported_codes(pipeline, "Germany was disappointed by the French refusal to "
                                                             "lower farm subsidies.")
    codes = reported_codes(pipeline, "Japan is disappointed at the recent threats of trade retaliation from the "
                                     "European Community.")
    assert any(s == "JPN" and t.startswith("IGO") and c == "110" for s, t, c in codes)


def test_a_reported_feeling_about_another_partys_act_is_approval(pipeline):
    events = reported_events(pipeline, "Senate Majority Leader Robert Byrd said he was heartened that President "
                                       "Reagan had acknowledged some of his mistakes.")
    assert ("USALEG", "USAGOV", "051") in [(e.source, e.target, e.code) for e in events]
    codes = reported_codes(pipeline, "The Canadian environment minister said Canada was pleased with the United "
                                     "States decision on acid rain.")
    assert ("CAN", "USA", "051") in codes


def test_in_a_direct_quote_we_is_the_speaker(pipeline):
    text = ('"We are deeply disappointed by the Indian government\'s decision," said Pakistan\'s foreign minister, '
            'Khurshid Kasuri.')
    assert any(s.startswith("PAK") and t.startswith("IND") and c == "110"
               for s, t, c in reported_codes(pipeline, text))


def test_gladness_at_what_befalls_a_party_is_no_praise_of_it(pipeline):
    # the minister is the one shamed, not the doer: no approval of him
    codes = reported_codes(pipeline, "Britain's Conservatives said they were glad the Foreign Secretary had been "
                                     "shamed into attending the ceremony in Germany.")
    assert not any(c == "051" for _, _, c in codes)


def test_worry_negation_and_feelings_about_no_party_are_no_event(pipeline):
    for text in ("The Japanese finance minister said he was concerned about the strength of the yen.",
                 "Germany was not unhappy with the French proposal.",
                 "Britain is not disappointed with France.",
                 "Investors in Japan were disappointed by the results.",
                 "The French president was pleased with the weather in Canada."):
        codes = reported_codes(pipeline, text)
        assert not any(c[:2] in ("05", "11") for _, _, c in codes), (text, codes)


def test_a_conditional_feeling_is_hypothetical(pipeline):
    events = pipeline.extract(text="Britain would be pleased with a French offer to lower tariffs.",
                              published="2005-02-01").events
    assert [(e.code, e.hypothetical) for e in events if e.code == "051"] in ([], [("051", True)])
    assert not any(e.code == "051" and not e.hypothetical for e in events)
