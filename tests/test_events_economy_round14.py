"""Events stage, round 14: economic interactions. Buying a firm or a stake in one, merging with it, borrowing from
a lender, loans approved to a country, licences granted, deals cleared or blocked by a regulator, orders placed
with a maker. Deal nouns ("Heineken's acquisition of FEMSA") are coded on their own when the buyer and the firm
bought are named; what buys no party (bonds, a share of the vote) and seizures by armed forces are no deal."""

from __future__ import annotations

from event_helpers import reported_codes, reported_events


def test_a_deal_noun_with_its_buyer_and_the_firm_bought(pipeline):
    codes = reported_codes(pipeline, "Heineken's acquisition of Mexican brewer FEMSA was completed in May.")
    assert ("NLD", "MEX", "061") in codes
    by_agent = reported_codes(pipeline, "The purchase of Canadian miner Falconbridge by Swiss group Xstrata was "
                                        "completed on Monday.")
    assert ("CHE", "CAN", "061") in by_agent


def test_buying_or_raising_a_stake_in_a_firm(pipeline):
    bought = reported_codes(pipeline, "Spanish bank Santander has bought a 10% stake in British lender Abbey "
                                      "National.")
    assert ("ESP", "GBR", "061") in bought
    raised = reported_codes(pipeline, "German carmaker Volkswagen raised its stake in Swedish truckmaker Scania to "
                                      "34%.")
    assert ("DEU", "SWE", "061") in raised


def test_a_stake_bought_keeps_its_modality(pipeline):
    rec = pipeline.extract(text="Spanish bank Santander did not buy a stake in British lender Abbey National.",
                           published="2021-03-10")
    deals = [e for e in rec.events if e.code == "061"]
    assert deals and all(e.negated for e in deals)
    rec = pipeline.extract(text="Spanish bank Santander is considering buying a stake in British lender Abbey "
                                "National.", published="2021-03-10")
    deals = [e for e in rec.events if e.code == "061"]
    assert deals and all(e.hypothetical for e in deals)


def test_borrowing_from_a_lender(pipeline):
    codes = reported_codes(pipeline, "Argentina borrowed $3bn from the International Monetary Fund last year.")
    assert ("ARG", "IGO", "061") in codes


def test_a_forced_act_was_done(pipeline):
    # "were forced to borrow": the borrowing happened (an implicative passive), unlike "may be forced to"
    done = reported_events(pipeline, "Japanese banks were forced to borrow $5bn from the Bank of Japan on "
                                     "Wednesday.")
    assert any(e.code == "061" and e.target == "JPNGOV" for e in done)
    maybe = reported_events(pipeline, "Japanese banks may be forced to borrow $5bn from the Bank of Japan.")
    assert not any(e.code == "061" for e in maybe)


def test_a_loan_approved_for_a_country(pipeline):
    events = reported_events(pipeline, "The Asian Development Bank approved a $200m loan to Vietnam on Friday.")
    assert [(e.target, e.code) for e in events if e.code.startswith("07")] == [("VNM", "071")]


def test_a_licence_granted_or_a_deal_cleared_by_a_regulator(pipeline):
    licence = reported_codes(pipeline, "The Chinese government granted a banking licence to British bank HSBC.")
    assert ("CHN", "GBR", "081") in licence
    cleared = reported_events(pipeline, "The European Commission cleared the takeover of Swedish truckmaker "
                                        "Scania by German carmaker Volkswagen.")
    assert any(e.code == "081" and e.source.startswith("IGO") for e in cleared)


def test_merging_with_a_firm(pipeline):
    codes = reported_codes(pipeline, "US chipmaker Intel merged with Japanese rival NEC last year.")
    assert ("USA", "JPN", "061") in codes


def test_what_buys_no_party_is_no_deal(pipeline):
    bonds = reported_codes(pipeline, "China's purchase of US Treasury bonds rose sharply in March.")
    assert not any(c == "061" for _, _, c in bonds)
    vote = reported_codes(pipeline, "Opposition leader Raila Odinga raised his share of the vote to 40%.")
    assert not any(c == "061" for _, _, c in vote)


def test_an_armed_takeover_is_no_deal(pipeline):
    codes = reported_codes(pipeline, "The Thai army's takeover of Bangkok's government offices was condemned by the "
                                     "United States.")
    assert not any(c == "061" for _, _, c in codes)


def test_troops_ordered_from_a_town_are_no_purchase(pipeline):
    codes = reported_codes(pipeline, "Russian General Gennady Troshev ordered the troops from the Chechen town.")
    assert not any(c == "061" for _, _, c in codes)


def test_a_cancelled_purchase_reduces_relations(pipeline):
    codes = reported_codes(pipeline, "Brazil's state oil company Petrobras has cancelled a 40 mln dlr crude oil "
                                     "purchase from Saudi Arabia.")
    assert ("BRA", "SAU", "160") in codes


def test_acquisitions_made_in_a_country(pipeline):
    codes = reported_codes(pipeline, "Dutch chemicals group Akzo NV made two acquisitions in the US last year.")
    assert ("NLD", "USA", "061") in codes
    sought = reported_codes(pipeline, "French drinks firm Pernod said it was seeking acquisitions.")
    assert not any(c.startswith(("02", "06")) for _, _, c in sought)


def test_a_firm_sold_to_a_buyer_with_no_seller_named(pipeline):
    codes = reported_codes(pipeline, "Russian oil unit Yuganskneftegas was sold to Russian state oil firm Rosneft "
                                     "for $9.3bn.")
    assert ("RUS", "RUS", "061") in codes
    arms = reported_events(pipeline, "The arms were sold to Iran in 1986.")
    assert not any(e.source == "IRN" for e in arms)  # the buyer of arms is no seller
