"""Event actors, fourteenth round: a noun naming someone by their relation to another ("Boeing's European
competitor", "Norway's North Sea neighbour Britain", "critics of the aid") never takes its actor from the other
side of that relation (its possessor or of-phrase). A noun naming no actor itself stands for the members it names with
"including" ("several countries, including Libya and Syria"); a group that is an actor keeps to itself. A bare institution as a possessor ("the government's view") stands for the one
a bare mention of the same word named earlier. One who wants, seeks, demands or requests a thing is its author: rejecting
it is done to them. An organisation's name repeated where the entity table has no mention ("A Treasury spokesperson")
is that organisation. The place of a meeting or an accord ("a G-7 meeting in Paris", "signed a peace treaty in
Washington") is no party to what is done to or in it; nor is the one an act is done for ("on OPEC's behalf"), nor
the one it is credited to ("according to Reuters") or compared with ("compared with Mexico's 7.7 billion")."""

from __future__ import annotations

from event_helpers import reported_events


def test_a_rivals_possessor_is_not_the_doer(pipeline):
    text = ("Boeing's great European competitor is to sell 10 of its forthcoming A350 jets to Spanish carrier "
            "Iberia, the airline said on Monday.")
    events = reported_events(pipeline, text)
    assert not any(e.source and e.source.startswith("USA") for e in events)


def test_a_neighbour_named_in_apposition_is_the_doer(pipeline):
    text = ("Norway's North Sea neighbour Britain has consistently refused to cooperate with OPEC output cuts, "
            "saying it is up to the oil companies to set production levels.")
    events = reported_events(pipeline, text)
    assert any(e.source == "GBR" and e.code.startswith("12") for e in events)
    assert not any(e.source and e.source.startswith("NOR") for e in events)


def test_critics_of_a_policy_are_not_the_country_it_concerns(pipeline):
    text = ("Senate Democratic leader Robert Byrd said he and other critics of Nicaragua rebel military aid will "
            "lose this afternoon an attempt to block 40 mln dlrs in aid.")
    events = pipeline.extract(text=text, published="1987-03-18").events  # a planned act: hypothetical
    assert any(e.source == "USALEG" for e in events)
    assert not any(e.source and e.source.startswith("NIC") for e in events)


def test_an_owner_of_an_ordinary_noun_still_acts(pipeline):
    # guard: "Japan's trade minister", "Canada's decision": the possessor is the actor of other nouns
    text = "Japan's trade minister criticised the United States over its new tariffs on electronics."
    events = reported_events(pipeline, text)
    assert any(e.source and e.source.startswith("JPN") and e.target and e.target.startswith("USA")
               for e in events)


def test_members_named_with_including_are_the_targets(pipeline):
    text = "The United States imposed sanctions on several countries, including Libya and Syria, on Monday."
    events = reported_events(pipeline, text)
    targets = {e.target[:3] for e in events if e.code.startswith("16") and e.target}
    assert {"LBY", "SYR"} <= targets


def test_members_named_with_including_are_the_doers(pipeline):
    text = ("Over the past year several other leading producers, including Mexico, China and Egypt, have also "
            "pledged support for OPEC.")
    sources = {e.source[:3] for e in reported_events(pipeline, text) if e.source}
    assert {"MEX", "CHN", "EGY"} <= sources


def test_a_group_that_is_an_actor_is_not_paired_with_its_members(pipeline):
    # guard: OPEC agreed; Saudi Arabia, one of its members, is not its partner in the agreement
    events = reported_events(pipeline, "OPEC members, including Saudi Arabia, agreed to cut output in March.")
    assert not any(e.source == "IGOOPC" and e.target and e.target.startswith("SAU") for e in events)


def test_the_governments_view_is_the_government_named_before(pipeline):
    text = ("French industry is failing to produce the goods its markets need, the OECD said on Monday. The French "
            "government last week revised its inflation forecast. But the OECD backed the government's view that "
            "inflation would fall this year.")
    events = reported_events(pipeline, text)
    assert any(e.source == "IGOOEC" and e.target == "FRAGOV" and e.code.startswith("05") for e in events)


def test_a_bare_possessor_with_nothing_before_stays_uncoded(pipeline):
    # guard: no government was named before, so whose it is is not guessed from the possessor
    text = ("Inflation is rising, the OECD said on Monday. But the OECD backed the government's view that "
            "inflation would fall this year.")
    events = reported_events(pipeline, text)
    assert not any(e.source == "IGOOEC" and e.target for e in events)


def test_rejecting_a_demanded_rise_is_done_to_who_demanded_it(pipeline):
    text = ("Water firm Aguas Argentinas, controlled by France's Suez, wants a tariff rise of 60%. The Argentine "
            "government has rejected the rise.")
    events = reported_events(pipeline, text)
    assert any(e.source == "ARGGOV" and e.target == "ARGBUS" and e.code.startswith("12") for e in events)


def test_an_organisations_name_repeated_in_a_modifier_is_that_organisation(monadic_pipeline):
    text = ("The UK government will have to raise taxes or rein in spending, a report suggests. The Treasury said "
            "its plans were on track and funded until 2008. Ernst & Young said tax revenues were likely to be 6bn "
            "pounds below estimates. A Treasury spokesperson dismissed the latest claims.")
    events = reported_events(monadic_pipeline, text)
    assert any(e.source == "GBRGOV" and e.code.startswith("01") for e in events)


def test_a_name_after_another_country_is_not_repeated(pipeline):
    # guard: "the US Treasury" is not the British Treasury named before
    text = ("The UK government will have to raise taxes or rein in spending, a report suggests. The Treasury said "
            "its plans were on track. A US Treasury official criticised Japan over its currency policy.")
    events = reported_events(pipeline, text)
    assert not any(e.source and e.source.startswith("GBR") and e.target and e.target.startswith("JPN")
                   for e in events)


def test_the_city_of_a_meeting_is_not_whom_it_is_refused_to(pipeline):
    text = "Italy refused to join a G-7 meeting in Paris in February, angered at not being invited to a dinner."
    events = reported_events(pipeline, text)
    assert any(e.source == "ITA" and e.target == "IGOG7" and e.code.startswith("12") for e in events)
    assert not any(e.target and e.target.startswith("FRA") for e in events)


def test_a_treaty_signed_abroad_is_between_its_signatories(pipeline):
    events = reported_events(pipeline, "Israel and Egypt signed a peace treaty in Washington in March 1979.")
    assert any({e.source, e.target} == {"ISR", "EGY"} for e in events)
    assert not any(e.target and e.target.startswith("USA") for e in events)


def test_an_agreement_with_a_named_partner_keeps_it(pipeline):
    # guard: "with" still names the partner of an agreement
    events = reported_events(pipeline, "Britain signed an agreement with Kuwait in London on Monday.")
    assert any(e.source == "GBR" and e.target and e.target.startswith("KWT") for e in events)


def test_the_one_acted_for_is_not_the_one_visited(pipeline):
    text = ("Norway, Egypt and the Soviet Union agreed to help OPEC by restraining production after Nazer visited "
            "them on OPEC's behalf earlier this year.")
    events = reported_events(pipeline, text)
    assert not any(e.code.startswith("04") and e.target == "IGOOPC" for e in events)
    assert any(e.source == "NOR" and e.target == "IGOOPC" and e.code.startswith("03") for e in events)


def test_the_one_a_report_is_credited_to_is_no_party(pipeline):
    text = ("Charlie Bell, the straight-talking former head of fast-food giant McDonald's, has died of cancer aged 44. "
            "Mr Bell focused on boosting demand at existing restaurants. He had promised not to let the company get "
            "\"fat, dumb and happy,\" and, according to Reuters, once told analysts that he would shove a fire hose "
            "down the throat of competitors if he saw them drowning.")
    events = reported_events(pipeline, text)
    assert not any(e.target == "GBRMED" for e in events)


def test_a_yardstick_is_no_party(pipeline):
    text = ("Moreover, Argentina is requesting only 1.95 billion dlrs in new loans, compared with Mexico's 7.7 "
            "billion, and is paying 7/8 pct for most of the money.")
    events = reported_events(pipeline, text)
    assert not any(e.target and e.target.startswith("MEX") for e in events)


def test_a_demonym_inside_the_teller_still_places_the_act(pipeline):
    # guard: only the teller itself is dropped; "Iranian radio" still tells whose port was hit
    events = reported_events(pipeline, "According to Iranian radio, Iraqi jets bombed the port of Bandar Abbas on "
                                       "Monday.")
    assert any(e.source == "IRQMIL" and e.target == "IRN" for e in events)


def test_the_city_of_talks_ended_is_not_whom_they_were_with(pipeline):
    text = ("The European Community faces a budget crisis this year. As EC budget ministers ended six hours of talks "
            "in Luxembourg, diplomats said there was little basis for an accord.")
    events = reported_events(pipeline, text)
    assert not any(e.target and e.target.startswith("LUX") for e in events)


def test_doers_each_making_their_own_commitments_are_not_partners(pipeline):
    text = ("Treasury Secretary James Baker said the Paris Agreement, in which West Germany and Japan made their "
            "commitments, will be renewed this week.")
    events = reported_events(pipeline, text)
    assert not any({e.source and e.source[:3], e.target and e.target[:3]} == {"DEU", "JPN"} for e in events)


def test_doers_of_their_joint_treaty_stay_partners(pipeline):
    # guard: "their friendship treaty" is one treaty between the two
    events = reported_events(pipeline, "France and Germany signed their friendship treaty in 1963.")
    assert any({e.source, e.target} == {"FRA", "DEU"} for e in events)
