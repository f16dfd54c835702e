"""Events stage, twelfth round (actors): group nouns named bare are the story's own people, regions the entities
stage placed in a country stand for it, and a noun "led by" someone is that one's side."""

from __future__ import annotations

from event_helpers import reported_events

AUSTRALIAN_FIRM = ("Australian building products group James Hardie has agreed to pay $1.1bn to victims of "
                   "asbestos-related diseases. Chief executive Louis Gries said the deal was fair. The company "
                   "moved its headquarters from Sydney, Australia, in 2001. ")
ALGERIAN_RIOTS = ("Riots broke out in several Algerian towns after the government in Algeria raised fuel prices, "
                  "newspapers in neighbouring Morocco reported. Police in Algiers used tear gas. ")


def sources(events) -> set[str | None]:
    return {e.source for e in events}


def test_bare_campaigners_are_the_storys_own_civilians(pipeline):
    events = reported_events(pipeline, AUSTRALIAN_FIRM + "Campaigners praised James Hardie for the agreement.")
    assert any(e.source == "AUSCVL" and e.target == "AUSBUS" and e.code.startswith("05") for e in events)


def test_a_bare_groups_act_on_no_named_party_is_no_event(pipeline):
    # "welcomed news of the agreement": the story's country alone makes no event without a party it concerns
    events = reported_events(pipeline, AUSTRALIAN_FIRM + "Campaigners welcomed news of the agreement.")
    assert not any(e.source == "AUSCVL" and e.target is None for e in events)


def test_bare_demonstrators_in_unnamed_regions_are_the_storys_civilians(pipeline):
    events = reported_events(pipeline, ALGERIAN_RIOTS + "Demonstrators in a number of regions blocked roads and "
                                                        "attacked the police.")
    assert "DZACVL" in sources(events)


def test_a_group_of_bare_people_is_the_storys(pipeline):
    events = reported_events(pipeline, ALGERIAN_RIOTS + "A group of students staged a demonstration to protest "
                                                        "against the government.")
    assert "DZAEDU" in sources(events)


def test_a_group_named_with_another_country_keeps_it(monadic_pipeline):
    # (welcoming news names no recipient: the actor test needs the monadic reading)
    events = reported_events(monadic_pipeline, AUSTRALIAN_FIRM + "Chinese campaigners welcomed news of the agreement.")
    assert "CHNCVL" in sources(events) and "AUSCVL" not in sources(events)


def test_fans_of_a_thing_are_no_actor(pipeline):
    events = reported_events(pipeline, AUSTRALIAN_FIRM + "Fans of the film praised the director's decision.")
    assert not any(s and s.endswith("CVL") for s in sources(events))


def test_a_story_with_two_countries_equally_present_gives_no_story_country(pipeline):
    events = reported_events(pipeline, "France and Germany signed a trade deal on Monday. Officials in France "
                                       "and Germany said it would cut tariffs. Campaigners criticised the deal.")
    assert not any(s and s.endswith("CVL") for s in sources(events))


def test_a_region_placed_in_a_country_stands_for_it(pipeline):
    events = reported_events(pipeline, AUSTRALIAN_FIRM + "A subsequent New South Wales state inquiry criticised "
                                                         "Hardie's actions.")
    assert any(e.source and e.source.startswith("AUS") and e.code.startswith("11") for e in events)


def test_a_noun_led_by_someone_is_that_ones_side(pipeline):
    events = reported_events(pipeline, "Ukraine's new government has accused its predecessor, led by ex-President "
                                       "Leonid Kuchma, of corruption.")
    accusations = [e for e in events if e.code.startswith("11")]
    assert accusations and all(e.target and e.target != e.source for e in accusations)
    assert any(e.target == "UKRELI" or (e.target_entity or "").startswith("E") for e in accusations)


def test_a_watchdog_is_a_public_body(pipeline):
    events = reported_events(pipeline, AUSTRALIAN_FIRM + "Australia's securities watchdog is currently "
                                                         "investigating Hardie's former chief executive.")
    assert "AUSGOV" in sources(events)


def test_people_in_a_participle_phrase_are_no_doers(pipeline):
    events = reported_events(pipeline, ALGERIAN_RIOTS + "The worst-hit towns are in the east, with at least 20 "
                                                        "demonstrators killed.")
    assert "DZACVL" not in sources(events)


def test_a_crowd_in_a_visitors_story_told_abroad_is_the_hosts(pipeline):
    # the people named are German, the places Argentine: a bare crowd there is Argentine, not the visitor's
    events = reported_events(pipeline, "West German President Richard von Weizsaecker arrived in Argentina on "
                                       "Monday. Weizsaecker said Germany would help Argentina. Weizsaecker met "
                                       "President Raul Alfonsin in Buenos Aires. Demonstrators protested against "
                                       "Weizsaecker.")
    assert "ARGCVL" in sources(events) and "DEUCVL" not in sources(events)


def test_a_bare_group_as_passive_agent_is_the_storys(pipeline):
    events = reported_events(pipeline, AUSTRALIAN_FIRM + "James Hardie was criticised by campaigners for the move.")
    assert any(e.source == "AUSCVL" and e.target == "AUSBUS" and e.code.startswith("11") for e in events)


def test_a_collective_of_a_group_noun_is_that_group(pipeline):
    events = reported_events(pipeline, ALGERIAN_RIOTS + "Student groups criticised the police.")
    assert "DZAEDU" in sources(events)
