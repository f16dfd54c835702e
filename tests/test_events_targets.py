"""Events on real-news constructions: recipients named in a purpose clause or a deal's complement, an owner told
before, permissions that are no concession, announced plans, official protests, scheduled and proposed talks."""

from __future__ import annotations

import pytest

from event_helpers import country_triples as triples
from event_helpers import reported_events


def real(pipeline, text: str, published: str = "2005-01-10"):
    return reported_events(pipeline, text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party a cooperative act is for, named in its purpose clause (a capital stands for its state)
        ("The European Union lifted an arms embargo to reward Belgrade for its cooperation.", ("IGO", "SRB", "085")),
        ("South Korea proposed a meeting of defence ministers to improve relations with North Korea.",
         ("KOR", "PRK", "036")),
        # a deal's complement names the partner
        ("Pakistan has signed a $7bn deal to import natural gas from Qatar.", ("PAK", "QAT", "057")),
        # the owner of a definite object told earlier in the article
        ("A Syrian radar station was hit on Sunday. Israel said its jets destroyed the station.", ("ISR", "SYR", "1712")),
    ],
)
def test_recipients_of_real_news_constructions(pipeline, text, expected):
    assert expected in triples(real(pipeline, text))


def test_a_deal_for_firms_of_another_country_is_with_that_country(pipeline):
    text = "Kuwait reached a deal for Japanese firms to develop two oilfields."
    assert any(t[1] == "JPN" and t[2] == "057" for t in triples(real(pipeline, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Until now Washington had allowed Germany and Italy to take the lead in the negotiations.",
        "Spain and Morocco concluded an accord, allowing Spain to increase its sardine quota.",
    ],
)
def test_permission_to_act_is_no_concession(pipeline, text):
    assert not any(e.code.startswith("08") for e in real(pipeline, text))


def test_permission_of_access_or_participation_is_a_concession(pipeline):
    assert ("ISR", "PSE", "080") in {(s, t, c) for s, t, c in triples(real(
        pipeline, "Israel allowed Palestinian workers to enter Israel on Sunday."))}
    assert any(c == "080" for _, _, c in triples(real(
        pipeline, "The Pakistani Supreme Court allowed opposition leader Nawaz Sharif to contest the election.")))


def test_announced_imminent_withdrawal_is_an_intent(pipeline):
    events = real(pipeline, "Poland and Hungary have announced their imminent withdrawal from Iraq.")
    assert events and all(e.code.startswith("03") for e in events)


def test_announcing_sanctions_planned_earlier_is_a_threat_and_new_ones_are_imposed(monadic_pipeline):
    text = ("Brazil warned it may retaliate if the United States imposes its planned trade sanctions on May 1. "
            "Last month President Reagan announced the sanctions in retaliation for Brazil's trade barriers.")
    codes = {e.code for e in real(monadic_pipeline, text) if e.source and e.source.startswith("USA")}
    assert codes and all(c.startswith("13") for c in codes)
    assert ("IGO", "MMR", "163") in triples(real(monadic_pipeline, "The European Union announced sanctions against Burma."))


def test_a_state_protesting_complains_and_people_demonstrate(pipeline):
    assert ("DEU", "POL", "114") in triples(real(pipeline, "Germany today protested over Poland's decision to close the border."))
    assert not any(e.code == "114" for e in real(pipeline, "Thousands of students protested in Paris against the new law."))


def test_scheduled_and_proposed_talks_are_intents(pipeline):
    ts = triples(real(pipeline, "The World Trade Organisation is to hold membership talks with Iraq."))
    assert ("IGO", "IRQ", "036") in ts
    assert ("CHN", "JPN", "036") in triples(real(pipeline, "China proposed talks with Japan on the disputed islands."))
    assert not real(pipeline, "The aim is to hold talks with Iran.")


def test_announced_planned_sanctions_keep_their_earlier_target(pipeline):
    text = ("Brazil warned it may retaliate if the United States imposes its planned trade sanctions on May 1. "
            "The United States would impose 100 pct tariffs on Brazilian exports. "
            "Last month President Reagan announced the sanctions in retaliation for what he called unfair practices.")
    assert ("USA", "BRA", "1312") in triples(real(pipeline, text))


def test_the_pronoun_owner_of_an_announced_act_is_its_doer_not_its_recipient(pipeline):
    text = ("American troops remain in Iraq. Poland and Hungary, which have troops in Iraq, "
            "have announced their imminent withdrawal.")
    events = [e for e in real(pipeline, text) if e.code.startswith("03")]
    assert events and not any(e.target and e.target.startswith("USA") for e in events)


def test_welcoming_the_move_endorses_the_one_who_made_it(pipeline):
    text = ("The International Monetary Fund is to hold loan talks with Egypt next month. "
            "Egypt's finance minister welcomed the move.")
    assert ("EGY", "IGO", "051") in triples(real(pipeline, text))
    # whose decision is not told: an endorsement with no recipient is not reported (cooperation is a dyad)
    assert not any(c[:2] == "05" for _, _, c in triples(real(pipeline, "Germany welcomed the decision.")))


def test_a_withdrawal_is_from_the_country_the_doers_troops_are_in(pipeline):
    text = "Poland and Hungary, which both have troops stationed in Afghanistan, have announced their imminent withdrawal."
    ts = triples(real(pipeline, text))
    assert ("POL", "AFG", "0356") in ts and ("HUN", "AFG", "0356") in ts


def test_a_named_takers_decision_is_the_act_decided_unless_still_to_come(pipeline):
    done = "The EU's decision to impose sanctions on Syria angered Damascus."
    assert ("IGO", "SYR", "163") in triples(real(pipeline, done))
    later = "The EU's decision to impose sanctions on Syria will be taken next week."
    assert not any(e.code.startswith("16") for e in real(pipeline, later))


def test_withdrawing_its_own_troops_is_from_where_they_are(pipeline):
    assert ("ESP", "IRQ", "0874") in triples(real(pipeline, "Spain, which has 1,300 soldiers in Iraq, withdrew its troops on Monday."))
    assert ("ESP", "IRQ", "0874") in triples(real(pipeline, "Spain withdrew its troops stationed in Iraq."))


def test_refusing_to_feed_suggestions_is_declining_comment_not_a_rejection(monadic_pipeline):
    text = "Mr Howard refused to give credence to suggestions that the party was preparing for an early election."
    # (declined to no one named, the comment itself is no dyad either: round 11)
    codes = {e.code for e in real(monadic_pipeline, text)}
    assert not any(c.startswith("12") for c in codes)
    assert ("IRN", None, "120") in triples(real(monadic_pipeline, "Iran refused to stop enrichment."))


def test_agreeing_a_deal_with_a_partner_is_an_agreement(pipeline):
    text = "Pakistan has agreed a draft programme with the International Monetary Fund to borrow $6bn."
    assert ("PAK", "IGO", "057") in triples(real(pipeline, text))


def test_the_two_countries_named_earlier_in_the_same_sentence(pipeline):
    text = ("In a sign of a thaw in relations between Jordan and Syria, the two countries have signed "
            "a trade protocol with Turkey.")
    sources = {e.source[:3] for e in real(pipeline, text) if e.code == "057" and e.source}
    assert sources == {"JOR", "SYR"}
