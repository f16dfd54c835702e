"""Events stage, round 15: members named with "such as" act for their group noun; blocking, thwarting or
obstructing a plan or bill rejects it; collections are looked through ("signed a variety of agreements"); verbs
of quarrelling with conjoined doers make each the other's recipient (two named bodies of one code included); a
union that strikes a firm strikes (143), it does not attack."""

from __future__ import annotations

import pytest

from event_helpers import reported_codes, reported_events


def test_members_named_with_such_as_are_the_doers(pipeline):
    codes = reported_codes(pipeline, "Several countries such as France and Italy criticised Britain.")
    assert {("FRA", "GBR", "111"), ("ITA", "GBR", "111")} <= codes


def test_blocking_a_stage_of_an_institution_rejects_it(pipeline):
    codes = reported_codes(pipeline, "Economists say members such as West Germany have so far blocked a second "
                                     "stage of development of the EMS.")
    assert ("DEU", "IGO", "120") in {(s, t[:3] if t else t, c) for s, t, c in codes}


@pytest.mark.parametrize("verb", ["blocked", "thwarted", "obstructed"])
def test_blocking_a_bill_rejects_it(pipeline, verb):
    events = reported_events(pipeline, f"The House of Lords {verb} the government's terror bill.")
    assert any(e.code == "120" and e.source == "GBRLEG" and e.target == "GBRGOV" for e in events)


def test_blocking_a_road_is_still_a_blockade(pipeline):
    assert any(c == "144" for _s, _t, c in reported_codes(
        pipeline, "Protesters in Kenya blocked the road to the airport."))


def test_collections_are_looked_through(pipeline):
    codes = reported_codes(pipeline, "Peru and Mexico signed a variety of agreements aimed at boosting trade.")
    assert any(c == "057" and {s, t} == {"PER", "MEX"} for s, t, c in codes)


def test_quarrelling_doers_are_each_others_recipients_not_the_venue(pipeline):
    codes = reported_codes(pipeline, "India and Pakistan clashed over Kashmir at the UN.")
    assert any(c.startswith("11") and {s, t} == {"IND", "PAK"} for s, t, c in codes)
    assert not any(t == "IGO" for _s, t, _c in codes)


def test_two_named_parties_of_one_code_are_two_parties(pipeline):
    events = reported_events(pipeline, "Labour and the Tories have clashed over tax and spending plans.")
    assert any(e.code.startswith("11") and e.source_entity != e.target_entity for e in events)


def test_agreeing_with_a_statement_is_no_agreement_between_the_speakers(pipeline):
    events = reported_events(pipeline, "Peugeot chief Jacques Calvet and Renault chief Raymond Levy said in Paris "
                                       "that they agreed with that.")
    assert not any(e.code.startswith("03") and e.source == e.target for e in events)


def test_a_union_striking_a_firm_is_a_strike(pipeline):
    events = reported_events(pipeline, "The United Auto Workers struck General Motors Corp's truck and bus plants "
                                       "at Pontiac, Mich, General Motors said.")
    assert any(e.code == "143" for e in events)
    assert not any(e.code.startswith("19") for e in events)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Stanley Simon, the Bronx borough president, was charged with extorting 50,000 dlrs from a defense contractor.",
     "173", "USA", "USAGOV"),
    ("Former WorldCom boss Bernie Ebbers was indicted on fraud charges.", "112", "USA", "USABUS"),
])
def test_a_legal_act_in_the_passive_with_no_doer_or_place_is_the_patients_states(pipeline, text, code, source, target):
    events = reported_events(pipeline, text)
    assert any(e.code == code and e.source == source and e.target == target for e in events)


def test_an_accusation_in_the_passive_is_not_the_states(pipeline):
    events = reported_events(pipeline, "The Labour Party has been accused of anti-Semitism over a poster in Britain.")
    assert not any(e.code.startswith("11") and e.source == "GBR" for e in events)


def test_a_counted_group_of_the_doers_own_kind_is_another_party(pipeline):
    events = reported_events(pipeline, "Russian oil firm Yukos has sued four companies for their role in the auction.")
    assert any(e.code == "115" and e.source == "RUSBUS" and e.target == "RUSBUS" for e in events)


def test_naming_someone_a_giant_praises_them(pipeline):
    events = reported_events(pipeline, "Tony Blair called Bill Clinton a giant of politics.")
    assert any(e.code == "051" and e.source.startswith("GBR") and e.target.startswith("USA") for e in events)


def test_an_intensifier_is_no_praise(pipeline):
    events = reported_events(pipeline, "France called the British plan a great threat to Europe.")
    assert not any(e.code.startswith("05") for e in events)


def test_under_investigation_is_the_patients_states_investigation(pipeline):
    events = reported_events(pipeline, "Law enforcement sources say two Bronx congressmen, Mario Biaggi and Robert "
                                       "Garcia, are under investigation.")
    assert any(e.code.startswith("09") and e.source == "USA" and e.target == "USALEG" for e in events)


def test_being_said_to_be_implicated_in_wrongdoing_is_an_accusation(pipeline):
    events = reported_events(pipeline, "The minister of Kenya said General Njoroge was implicated in the plot against "
                                       "the president.")
    assert any(e.code == "112" and e.source == "KENGOV" and e.target == "KENMIL" for e in events)
    assert not reported_events(pipeline, "Analysts in Kenya said the talks involved the fraud office.")


def test_a_person_tied_to_a_country_only_is_not_the_state(pipeline):
    events = reported_events(pipeline, "Lord Callaghan died on Saturday. Prime Minister Tony Blair called him a "
                                       "\"giant\" of the Labour movement.", published="2005-03-27")
    assert any(e.code == "051" and e.source == "GBRGOV" and e.target.startswith("GBR") for e in events)


@pytest.mark.parametrize("text", [
    "The United States put pressure on Israel to stop building settlements.",
    "The EU stepped up pressure on Iran over its nuclear programme.",
])
def test_pressure_put_on_a_party_is_a_demand(pipeline, text):
    assert any(c == "100" for _s, t, c in reported_codes(pipeline, text) if t)


def test_pressure_on_prices_is_no_event(pipeline):
    assert not reported_codes(pipeline, "Rising oil prices in Britain put pressure on inflation.")
