"""Events stage, tenth round: mechanisms found on the opened P and Q sets (British politics and business news):
a bare "the government" judged by the story's own people, appeals told as modal content, deals announced with a
partner, and criticism told by comparison."""

from __future__ import annotations

from event_helpers import reported_codes, reported_events


def test_a_bare_government_judged_by_the_storys_own_people_is_their_own(pipeline):
    # coreference ties "the government" to the last country named (Iraq); an MP of a British story criticising
    # "the government" judges Britain's
    text = ("Labour MP Diane Abbott spoke out against the war in Iraq on Monday. Ms Abbott said the invasion of "
            "Iraq had been a mistake. She has since criticised the government over its case for war.")
    codes = {(e.source, e.target, e.code) for e in reported_events(pipeline, text)}
    assert ("GBRLEG", "GBRGOV", "111") in codes
    assert not any(t == "IRQGOV" for _, t, _ in codes)


def test_a_government_judging_the_government_keeps_the_one_told(pipeline):
    # a state organ's judgement of "the government" may be of another country's: left to coreference
    codes = reported_codes(pipeline, "Sudan's government expelled aid workers on Monday. The US State Department "
                                     "criticised the government on Tuesday.")
    assert not any(s == "USA" and t == "USA" for s, t, _ in codes)


def test_should_told_by_another_is_an_appeal_and_must_a_demand(pipeline):
    should = reported_codes(pipeline, "Labour MP Frank Field said Prime Minister Tony Blair should sack the chancellor.")
    assert ("GBR", "GBR", "020") in should and not any(c.startswith("10") for _, _, c in should)
    must = reported_codes(pipeline, "Labour MP Frank Field said Prime Minister Tony Blair must sack the chancellor.")
    assert ("GBR", "GBR", "100") in must


def test_should_have_done_reproaches_the_subject(pipeline):
    events = reported_events(pipeline, "Opposition leader Michael Howard said the government should have acted "
                                       "sooner on immigration.")
    assert ("GBROPP", "GBRGOV", "111") in {(e.source, e.target, e.code) for e in events}


def test_a_bare_institution_told_what_it_should_do_is_the_speakers_own(pipeline):
    events = reported_events(pipeline, "The Tories say ministers must respond in Parliament to the claims.",
                             "2005-03-10")
    assert ("GBROPP", "GBRGOV", "100") in {(e.source, e.target, e.code) for e in events}
    # a passive obligation asks no one: "governments should not be obliged to act"
    assert not reported_events(pipeline, "West Germany said governments should not be obliged to take economic "
                                         "steps purely in reaction to economic data.")


def test_a_firm_announcing_or_forming_a_deal_with_a_partner_cooperates_with_it(pipeline):
    codes = reported_codes(pipeline, "Vodafone announced a deal with India's Bharti Airtel on Monday.")
    assert ("GBR", "IND", "057") in codes
    codes = reported_codes(pipeline, "Toyota formed a joint venture with China's FAW Group in 2002.")
    assert ("JPN", "CHN", "061") in codes
    codes = reported_codes(pipeline, "Microsoft has teamed up with Japan's Sony to develop games.")
    assert ("USA", "JPN", "061") in codes


def test_a_firm_planning_a_joint_venture_intends_to_cooperate(pipeline):
    codes = reported_codes(pipeline, "France's Snecma has also said it plans a joint venture with India's Hindustan "
                                     "Aeronautics to make engine parts.")
    assert ("FRA", "IND", "0311") in codes


def test_the_pair_or_the_two_men_are_the_last_two_persons_named(pipeline):
    text = ("Tony Blair and Gordon Brown met on Sunday to discuss the election campaign. Labour MP Frank Field "
            "criticised the reported rivalry between the pair on Sunday.")
    # (dated in 2005: in 2021 both are former ministers, GBRELI)
    assert ("GBRLEG", "GBRGOV", "111") in {(e.source, e.target, e.code)
                                           for e in reported_events(pipeline, text, published="2005-03-10")}


def test_likening_people_to_something_criticises_them_but_not_likening_a_plan(pipeline):
    text = ("Tony Blair and Gordon Brown met on Sunday to discuss the election campaign. Conservative co-chairman "
            "Liam Fox likened the two men to \"self-obsessed schoolboys\".")
    events = reported_events(pipeline, text)
    fox = [e for e in events if e.code == "111"]
    # the doer is not one of the pair: the two men are Blair and Brown
    assert fox and all(e.target_entity != e.source_entity for e in fox)
    assert not any(e.code == "111" for e in reported_events(
        pipeline, "The chancellor unveiled an aid package for Africa, which he likened to the Marshall Plan."))


def test_an_announced_agentless_release_is_the_announcers_act(pipeline):
    codes = reported_codes(pipeline, "The European Union confirmed that sanctions on Libya would be lifted next month.")
    assert any(s == "IGO" and t == "LBY" and c.startswith("035") for s, t, c in codes)
    # a release told by another is not the teller's act: it may be the kidnappers'
    assert not any(s == "IRN" for s, _, _ in reported_codes(
        pipeline, "Iran said the French hostages were released in Lebanon on Monday."))


def test_a_demonym_noun_opening_a_persons_name_is_the_persons_country(pipeline):
    codes = reported_codes(pipeline, "Irishmen JP McManus and John Magnier criticised US tycoon Malcolm Glazer on Sunday.")
    assert ("IRL", "USA", "111") in codes


def test_a_promise_to_a_named_person_is_an_intent_towards_them(pipeline):
    events = reported_events(pipeline, "Tony Blair promised Gordon Brown he would stand down before the next election.",
                             published="2005-03-10")
    assert any(e.code.startswith("03") and e.source == e.target == "GBRGOV" and e.source_entity != e.target_entity
               for e in events)
    # a campaign promise to no one named is no event
    assert not any(e.code.startswith("03") for e in reported_events(
        pipeline, "Tony Blair promised voters he would cut taxes."))


def test_the_four_standing_alone_are_the_four_counted_before(pipeline):
    text = ("Four British detainees are to be freed from Guantanamo Bay. Foreign Secretary Jack Straw said the US "
            "had agreed to release the four.")
    assert any(s == "USA" and t == "GBR" and c.startswith("035") for s, t, c in reported_codes(pipeline, text))
