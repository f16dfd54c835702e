"""Events stage, ninth round: the debug trace of dropped candidates, and mechanisms for unseen business and
political news (same-code dyads of two named parties, pressure and offers from a party, talks told by
any verb, passive agents of participles)."""

from __future__ import annotations

import importlib

from event_helpers import reported_codes as real_codes
from event_helpers import reported_events

events_module = importlib.import_module("wirecoder.extract.events")


def traced(pipeline, text: str) -> list[tuple[int, str, str]]:
    events_module.TRACE = []
    try:
        pipeline.extract(text=text, published="2021-03-10")
        return list(events_module.TRACE)
    finally:
        events_module.TRACE = None


def test_the_trace_is_off_by_default(pipeline):
    assert events_module.TRACE is None
    pipeline.extract(text="France criticised Germany on Monday.", published="2021-03-10")
    assert events_module.TRACE is None


def test_the_trace_tells_why_a_candidate_was_dropped(pipeline):
    text = "The committee sharply criticised Germany on Monday."
    steps = traced(pipeline, text)
    start = text.index("criticised")
    assert (start, "111", "coded") in steps
    # (the reason names the subject that gave no actor)
    assert any(off == start and what.startswith("drop:no-source committee") for off, _, what in steps)
    assert not real_codes(pipeline, text)


def test_two_named_firms_of_one_country_are_two_parties(pipeline):
    events = reported_events(pipeline, "Toyota signed a production agreement with its Japanese rival Honda on Monday.")
    assert ("JPNBUS", "JPNBUS", "057") in {(e.source, e.target, e.code) for e in events}
    events = reported_events(pipeline, "Education Secretary Ruth Kelly praised Chancellor Gordon Brown on Tuesday.")
    assert any(e.code == "051" and e.source == e.target == "GBRGOV" and e.source_entity != e.target_entity
               for e in events)


def test_a_same_code_recipient_needs_a_name_of_its_own(pipeline):
    # a pronoun or an unnamed mention may be the doer itself: no self-directed event
    for text in ("Toyota said it had signed an agreement with itself.",
                 "The Japanese government signed an agreement with the government in Tokyo."):
        assert not any(e.target and e.target == e.source for e in reported_events(pipeline, text)), text


def test_pressure_and_criticism_from_a_party_are_its_acts_on_the_subject(pipeline):
    codes = real_codes(pipeline, "The Greek government came under pressure from the United States on Monday.")
    assert ("USA", "GRC", "100") in codes
    codes = real_codes(pipeline, "The Canadian minister resigned amid criticism from Britain and France.")
    assert {("GBR", "CAN", "111"), ("FRA", "CAN", "111")} <= codes
    codes = real_codes(pipeline, "Sri Lanka received an offer of aid from Japan.")
    assert ("JPN", "LKA", "033") in codes


def test_two_organisations_named_together_are_two_parties(pipeline):
    events = reported_events(pipeline, "Chile is under pressure from the European Union and the IMF to cut spending.")
    assert {("IGOEUREEC", "100"), ("IGOIMF", "100")} <= {(e.source, e.code) for e in events}


def test_orders_from_firms_are_purchases_and_hypothetical_pressure_is_flagged(pipeline):
    events = reported_events(pipeline, "Boeing already has orders from Pakistan International Airlines and Lufthansa.")
    assert {("PAKBUS", "USABUS", "061"), ("DEUBUS", "USABUS", "061")} <= {(e.source, e.target, e.code) for e in events}
    assert not real_codes(pipeline, "Greece could face pressure from the United States.")
    # no coded receiver: no event
    assert not real_codes(pipeline, "The plan won support from France and Germany.")


def test_a_participle_with_an_agent_backs_the_party_it_hangs_on(pipeline):
    codes = real_codes(pipeline, "Canada, strongly supported by Australia and Japan, demanded an end to farm subsidies.")
    assert {("AUS", "CAN", "051"), ("JPN", "CAN", "051")} <= codes
    codes = real_codes(pipeline, "Mexico's proposal, backed by Brazil, was rejected on Friday.")
    assert ("BRA", "MEX", "051") in codes
    # backing a thing no party owns is no event
    assert not any(c == "051" for _, _, c in real_codes(
        pipeline, "Higher taxes, backed by Brazil, were announced on Friday."))


def test_being_in_or_entering_talks_is_consultation(pipeline):
    codes = real_codes(pipeline, "Japan is in talks with Russia over the disputed islands.")
    assert ("JPN", "RUS", "046") in codes
    codes = real_codes(pipeline, "Germany entered into negotiations with Poland on Monday.")
    assert ("DEU", "POL", "046") in codes
    codes = real_codes(pipeline, "China entered into an agreement with Russia on Monday.")
    assert ("CHN", "RUS", "057") in codes
    codes = real_codes(pipeline, "Japan cut off talks with Russia on Monday.")
    assert ("JPN", "RUS", "164") in codes
    # being in a place or in trouble is no event; not being in talks is negated
    assert not real_codes(pipeline, "Japan is in trouble with Russia over the islands.")
    assert not real_codes(pipeline, "Japan was not in talks with Russia.")


def test_being_unwilling_to_act_is_a_refusal(pipeline):
    codes = real_codes(pipeline, "Japanese banks are unwilling to provide any new credits to Nigeria.")
    assert any(s == "JPN" and t == "NGA" and c[:2] == "12" for s, t, c in codes)
    assert not any(c[:2] == "07" for _, _, c in codes)  # the credits are not given
    codes = real_codes(pipeline, "Syria said it was unwilling to meet Israel.")
    assert ("SYR", "ISR", "125") in codes


def test_a_measure_lifted_is_aimed_at_whom_it_was_imposed_on(pipeline):
    text = ("The United States imposed sanctions on Iran last year. On Monday Washington lifted the sanctions.")
    assert ("USA", "IRN", "085") in real_codes(pipeline, text)
    text = "Canada's ban on French fishing boats angered Paris. Canada eased the ban on Tuesday."
    assert ("CAN", "FRA", "081") in real_codes(pipeline, text)
    # the measure's own author is not its aim
    text = "France's ban on beef angered farmers. Paris lifted the ban on Tuesday."
    assert not any(t == "FRA" for _, t, _ in real_codes(pipeline, text))


def test_pleading_guilty_is_no_appeal(pipeline):
    text = "Titan pleaded guilty to falsifying its accounts on Monday."
    assert not any(c[:2] == "02" for _, _, c in real_codes(pipeline, text))
    assert ("IRN", "IGO", "020") in real_codes(pipeline, "Iran pleaded with the UN to act.")


def test_the_latest_party_to_act_has_acted(pipeline):
    codes = real_codes(pipeline, "Japan is the latest country to impose sanctions on Iran.")
    assert ("JPN", "IRN", "163") in codes
    # a right to act is no act
    assert not real_codes(pipeline, "Japan has the right to impose sanctions on Iran.")


def test_expressed_feelings_about_a_party(pipeline):
    assert ("JPN", "USA", "111") in real_codes(pipeline, "Japan expressed frustration with the slow pace of US reforms.")
    assert ("IRN", "SYR", "051") in real_codes(pipeline, "Iran expressed gratitude to Syria for its support.")


def test_a_bid_for_a_firm_is_an_offer_to_it(pipeline):
    assert ("DEU", "FIN", "031") in real_codes(pipeline, "Siemens made a bid for Nokia on Monday.")
    assert ("DEU", "FIN", "031") in real_codes(pipeline, "Siemens tabled an offer for Nokia on Monday.")
    assert not real_codes(pipeline, "Siemens made a bid for the contract on Monday.")


def test_a_request_made_to_a_party_is_an_appeal(pipeline):
    assert ("IRN", "IGO", "020") in real_codes(pipeline, "Iran made a request to the UN for food aid.")
    # a request to no one named is no event
    assert not real_codes(pipeline, "Iran made a request for an extraordinary meeting.")


def test_a_reported_outcome_held_to_another_party_is_an_appeal_or_a_threat(pipeline):
    codes = real_codes(pipeline, "The IMF said Argentina's economy would collapse unless the government cut spending.")
    assert any(s == "IGO" and t == "ARG" and c == "020" for s, t, c in codes)
    codes = real_codes(pipeline, "US officials said that unless Taiwan allowed its dollar to rise it would face retaliation.")
    assert ("USA", "TWN", "130") in codes
    # the speaker's own act held to a condition is its threat, not an appeal; an outcome with no party is none
    codes = real_codes(pipeline, "Iran said it would attack ships unless Iraq withdrew its troops.")
    assert not any(c == "020" for _, _, c in codes)
    assert not real_codes(pipeline, "Japan said growth would slow unless the yen fell.")


def test_a_name_on_an_act_noun_is_its_author_not_a_second_party(pipeline):
    events = reported_events(pipeline, "Yeutter renewed the threat of a White House veto.")
    assert not any(e.target and e.target == e.source for e in events)


def test_rejecting_what_was_offered_answers_the_offerer(pipeline):
    text = "Japan offered aid to Nepal on Monday. Nepal rejected the aid on Tuesday."
    assert ("NPL", "JPN", "122") in real_codes(pipeline, text)
    assert not real_codes(pipeline, "India rejected the proposal on Tuesday.")


def test_the_two_firms_are_the_two_companies_named_before(pipeline):
    text = ("Japan's Nissan has been talking to France's Renault for months. "
            "The two firms signed an agreement on Tuesday.")
    pairs = {(e.source, e.target, e.code[:2]) for e in reported_events(pipeline, text)}
    assert ("JPNBUS", "FRABUS", "05") in pairs or ("FRABUS", "JPNBUS", "05") in pairs
    # the counted plural must be a business word of the role dictionary: "the two men" are no firms
    text = "Nissan has been talking to Renault for months. The two men signed an agreement on Tuesday."
    assert not any(e.code[:2] == "05" for e in reported_events(pipeline, text))
