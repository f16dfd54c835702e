"""Events stage, judgements round 14 (judgement_words.tsv): an adverb of excess ("too", "overly") makes a predicate
adjective a criticism of its subject's owner ("said the US Treasury's forecasts were too optimistic"), and more
acts that judge their doer when a speaker reports them (neglect, break a promise, ignore warnings). Not "too early
to say", not a negated excess."""

from __future__ import annotations

from event_helpers import reported_codes


def test_too_with_a_predicate_adjective_criticises_the_owner_of_the_subject(pipeline):
    codes = reported_codes(pipeline, "The Japanese finance ministry said on Tuesday that the U.S. Treasury's "
                                     "forecasts for the dollar were too optimistic.")
    assert ("JPN", "USA", "111") in codes


def test_overly_is_an_excess_too(pipeline):
    codes = reported_codes(pipeline, "The German finance ministry said on Tuesday that the U.S. Treasury's "
                                     "forecasts for the dollar were overly optimistic.")
    assert ("DEU", "USA", "111") in codes


def test_too_early_to_say_and_negated_excess_judge_no_one(pipeline):
    assert not any(c.startswith("11") for _s, _t, c in reported_codes(
        pipeline, "France's finance minister said it was too early to say whether Germany's budget plans would "
                  "work."))
    assert not any(c.startswith("11") for _s, _t, c in reported_codes(
        pipeline, "The Kremlin said the US missile plans were not too ambitious."))


def test_neglecting_a_party_is_criticism_when_reported(pipeline):
    codes = reported_codes(pipeline, "A senior Japanese bank official said Nigeria had neglected its creditors "
                                     "for two years.")
    assert ("JPN", "NGA", "111") in codes


def test_breaking_needs_a_promise_or_a_rule(pipeline):
    text = "Pakistan's foreign ministry said India had broken its promise on the Kashmir talks."
    assert ("PAK", "IND", "111") in reported_codes(pipeline, text)
    text = "Pakistan's foreign ministry said India had broken the world record in the relay."
    assert not any(c.startswith("11") for _s, _t, c in reported_codes(pipeline, text))


def test_a_passive_act_judges_its_agent_and_no_one_without_one(pipeline):
    text = ("Pope John Paul defended the rights of rural workers, saying they had been neglected too long by the "
            "Argentine government.")
    assert any(t == "ARG" and c == "111" for _s, t, c in reported_codes(pipeline, text))
    text = "The Australian trade minister said farmers in New Zealand had been neglected for too long."
    assert not any(c.startswith("11") for _s, _t, c in reported_codes(pipeline, text))


def test_a_conditional_act_is_a_warning_not_a_judgement(pipeline):
    text = ("Australian Trade Minister John Dawkins said that if the European Community does not reform its "
            "farm policy it will be neglecting the greatest crisis in world trade.")
    assert not any(c.startswith("11") for _s, _t, c in reported_codes(pipeline, text))
