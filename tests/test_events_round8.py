"""Events stage, eighth round (dev sets K and L, real news): judgements need someone judged, opinions on a
proposal are aimed at its author, business deals, reported vetoes, and event nouns told as circumstances."""

from __future__ import annotations

from event_helpers import reported_codes as real_codes
from event_helpers import reported_events


def test_a_judgement_of_no_one_named_is_no_event(pipeline):
    # disapproval, rejection and threats with no one named say nothing coded, even from several parties
    for text in ("The Liberal Democrats also oppose the measures, but ministers insist they are needed.",
                 "The Liberal Democrats warned against complacency.",
                 "Labour rejected that suggestion on Monday.",
                 "The Liberal Democrats criticised the timing of the announcement."):
        assert not any(c[:2] in ("11", "12", "13") for _, _, c in real_codes(pipeline, text)), text


def test_a_counted_group_of_others_is_someone_judged(pipeline):
    # (round 15) "both parties" are the other two, not the doer: a party of the doer's own kind
    events = reported_events(pipeline, "The Liberal Democrats warned both parties against complacency.")
    assert any(e.code[:2] in ("11", "13") and e.source[:3] == (e.target or "")[:3] == "GBR" for e in events)


def test_lawsuits_and_refusals_need_no_named_recipient(monadic_pipeline):
    codes = real_codes(monadic_pipeline, "Gazprom is suing a number of European energy companies over unpaid bills.")
    assert any(s == "RUS" and c == "115" for s, _, c in codes)
    codes = real_codes(monadic_pipeline, "So far Australia has refused to sign up to the climate treaty.")
    assert any(s == "AUS" and c[:2] == "12" for s, _, c in codes)


def test_a_judgement_of_a_named_party_stays(pipeline):
    events = reported_events(pipeline, "The Liberal Democrats criticised Tony Blair over the war.")
    assert any(e.code[:2] == "11" and e.target for e in events)


def test_backing_a_proposal_is_aimed_at_its_author_named_before(pipeline):
    text = ("Britain's Home Secretary unveiled plans for house arrest on Monday. "
            "The head of the Metropolitan Police has backed the plans.")
    assert any(t == "GBRGOV" and c == "051" for _, t, c in
               {(e.source, e.target, e.code) for e in reported_events(pipeline, text)})
    # a critic of the measures is not their author
    text = ("Archbishop Desmond Tutu of South Africa criticised the measures. "
            "But the Home Office defended the measures.")
    assert not any(t == "ZAF" for _, t, _ in real_codes(pipeline, text))


def test_opposing_government_proposals_disapproves_of_the_own_government(pipeline):
    codes = real_codes(pipeline, "The Liberal Democrats also oppose the government proposals.")
    assert ("GBR", "GBR", "111") in codes


def test_an_institution_named_bare_is_the_doers_own(pipeline):
    events = reported_events(pipeline, "Tory leader Michael Howard called on the prime minister to resign.")
    assert any(e.code[:2] == "02" and e.target == "GBRGOV" for e in events)
    events = reported_events(pipeline, "The Conservative Party has accused ministers of complacency.")
    assert any(e.code[:2] == "11" and e.target == "GBRGOV" for e in events)


def test_recommending_a_bid_endorses_the_bidder(pipeline):
    codes = real_codes(pipeline, "Airbus directors have recommended Boeing's offer.")
    assert any(t == "USA" and c == "051" for _, t, c in codes)


def test_a_legal_challenge_to_a_ruling_is_a_lawsuit_against_its_author(pipeline):
    codes = real_codes(pipeline, "Poland and Hungary are challenging a European Commission decision on quotas.")
    assert ("POL", "IGO", "115") in codes and ("HUN", "IGO", "115") in codes


def test_dismissing_a_partys_claims_as_worthless_is_disapproval_but_firing_is_not(pipeline):
    codes = real_codes(pipeline, "Kremlin officials dismissed the Ukrainian government's lawsuit as meaningless.")
    assert ("RUS", "UKR", "111") in codes
    assert not any(c[:2] == "11" for _, _, c in real_codes(
        pipeline, "The Ukrainian president dismissed the Russian ambassador's deputy on Monday."))


def test_buying_a_firm_is_economic_cooperation_with_it(pipeline):
    assert ("USA", "ROU", "061") in real_codes(pipeline, "In 2003 Microsoft bought Romanian firm GeCAD Software.")
    # an announced purchase is the deal, also as the purpose of spending
    codes = real_codes(pipeline, "Barclays said it would spend $2bn to buy one of Poland's largest banks.")
    assert ("GBR", "POL", "061") in codes
    # a possible one is not
    assert not real_codes(pipeline, "Barclays could buy one of Poland's largest banks.")
    # nor is buying bonds, nor taking over a task
    assert not real_codes(pipeline, "The Bank of Japan bought around 50 billion yen of 10-year government bonds.")
    assert not any(c == "061" for _, _, c in real_codes(
        pipeline, "The Pentagon's office in Baghdad said it had taken over Contrack's management of the work."))


def test_taking_over_a_firms_business_is_a_takeover(pipeline):
    codes = real_codes(pipeline, "Microsoft has taken over the Finnish firm Nokia's handset business.")
    assert ("USA", "FIN", "061") in codes


def test_a_reported_veto_is_a_threat_and_a_possible_one_is_nothing(pipeline):
    events = reported_events(pipeline, "The budget director said President Obama would veto the Republican "
                                       "Congress' spending bill.")
    assert any(e.code == "130" and e.target == "USALEG" for e in events)
    assert not reported_events(pipeline, "President Obama might veto the Republican Congress' spending bill.")


def test_talks_ending_in_a_circumstance_are_held_by_the_clauses_subject(pipeline):
    codes = real_codes(pipeline, "The Zambian finance minister told a press conference at the end of three weeks of "
                                 "negotiations with the International Monetary Fund that the currency would float.")
    assert ("ZMB", "IGO", "046") in codes
    # a time with no talks in it names no consultation
    assert not real_codes(pipeline, "The Zambian finance minister said at the end of the month that prices would rise.")


def test_an_attack_in_a_war_against_a_party_is_aimed_at_it_and_what_it_is_does_not_deny_it(pipeline):
    codes = real_codes(pipeline, "The United States said a new attack by Iran in the Gulf war against Iraq does not "
                                 "appear to be a major offensive.")
    assert ("IRN", "IRQ", "190") in codes
    events = reported_events(pipeline, "Officials said an attack by Iran did not happen.")
    assert not any(e.root == "19" for e in events)


def test_asking_a_party_for_something_is_an_appeal_to_it(pipeline):
    events = reported_events(pipeline, "On Tuesday, the US administration asked Congress for more funds for the war.")
    assert any(e.root == "02" and e.target == "USALEG" for e in events)
    assert not reported_events(pipeline, "The spokesman asked reporters for patience.")


def test_a_call_said_again_is_an_appeal_to_the_party_it_concerns(pipeline):
    codes = real_codes(pipeline, "Saudi Arabia reiterated its call for a ceasefire in Yemen.")
    assert ("SAU", "YEM", "020") in codes
    # its own modifier is its author, not its addressee
    events = reported_events(pipeline, "Mr Kerry renewed the American call for a ceasefire in Syria.")
    assert events and all(e.target != "USA" for e in events)
    # with no one named it is no event
    assert not reported_events(pipeline, "Mr Brown also issued a call for party unity.")


def test_a_policy_noun_refers_back_to_the_plans_named_before(pipeline):
    text = ("Britain's Home Secretary unveiled plans for control orders on Monday. "
            "The Liberal Democrats also oppose the proposals.")
    events = reported_events(pipeline, text)
    assert any(e.code == "111" and e.target == "GBRGOV" for e in events)
    # with nothing named before, the proposals have no author
    assert not reported_events(pipeline, "The Liberal Democrats also oppose the proposals.")


def test_misgivings_voiced_about_government_plans_disapprove_of_the_government(pipeline):
    events = reported_events(pipeline, "The Conservative Party has expressed serious misgivings about government "
                                       "plans for house arrest.", "2005-03-10")
    assert any(e.code == "111" and e.target == "GBRGOV" for e in events)


def test_companies_urged_by_their_government_are_its_own_firms(pipeline):
    events = reported_events(pipeline, "The Spanish government has urged companies to hold wage rises below "
                                       "five per cent.")
    assert any(e.root == "02" and e.target == "ESPBUS" for e in events)


def test_a_frame_verb_with_no_code_of_its_own_does_not_break_the_judgement_check(pipeline):
    # "seek" is an appeal frame with no code of its own; the article's events must still come out
    rec = pipeline.extract(text="Yukos will return to a US court on Wednesday to seek sanctions against a little-known "
                                "firm. The Russian government ignored a US court order last week.",
                           published="2004-12-20")
    assert not rec.errors
    assert any(e.code == "128" for e in rec.events)


def test_three_parties_signing_make_one_event_per_pair(pipeline):
    codes = real_codes(pipeline, "The presidents of Chile, Peru and Bolivia signed the accord on Monday.")
    assert {("CHL", "PER", "057"), ("CHL", "BOL", "057"), ("PER", "BOL", "057")} <= codes
    # many parties stay one multilateral happening
    events = [e for e in reported_events(pipeline, "The United States, Japan, Germany, France and Italy signed the "
                                                   "accord on Monday.") if e.root == "05"]
    assert len(events) == 1


def test_a_perfect_with_its_own_subject_is_no_passive_participle(pipeline):
    codes = real_codes(pipeline, "Analysts have questioned whether a US court can rule on Russian firms, while Kremlin "
                                 "officials have dismissed the Ukrainian government's lawsuit as meaningless.")
    assert ("RUS", "UKR", "111") in codes and not any(t == "USA" for _, t, _ in codes)
    assert ("EGY", "ISR", "111") in real_codes(pipeline, "Rebuked by Egypt, Israel withdrew its ambassador.")


def test_a_purchase_from_no_coded_party_is_no_event(pipeline):
    assert not real_codes(pipeline, "The Federal Reserve purchased about 500 mln dlrs of Treasury bills for a customer.")
    assert ("SAU", "ESP", "061") in real_codes(pipeline, "Saudi Arabia bought 500,000 tonnes of Spanish barley.")
