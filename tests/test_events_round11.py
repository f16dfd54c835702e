"""Events stage, eleventh round: precision on unseen news. Statements and declined comments addressed to no
one, a region's leaders as the region, many counterparts of one meeting, and acts told as due, proposed or
awaited rather than done."""

from __future__ import annotations

from event_helpers import reported_codes, reported_events


def test_a_statement_or_declined_comment_with_no_one_addressed_is_no_event(pipeline):
    events = reported_events(pipeline, "Opposition leader Michael Howard declined to say what form the apology "
                                       "should take. He made his comments on BBC Radio 4 on Sunday.")
    assert not any(e.code in ("010", "011") for e in events)


def test_a_declined_comment_on_a_named_party_is_kept(pipeline):
    codes = reported_codes(pipeline, "Iran declined to comment on the Saudi proposal.")
    assert ("IRN", "SAU", "011") in codes


def test_a_continents_leaders_are_the_continents_region(pipeline):
    codes = reported_codes(pipeline, "British Prime Minister Tony Blair is urging European leaders to wake up "
                                     "to the new realities.")
    assert ("GBR", "EUR", "020") in codes


def test_a_regions_people_are_no_region_and_a_compass_word_names_a_part(pipeline):
    people = reported_codes(pipeline, "Benin opened its borders today to most West Africans ordered out of "
                                      "Nigeria as illegal aliens.")
    assert not any(t in ("AFR", "WAF") for _, t, _ in people)
    states = reported_codes(pipeline, "Ministers from West African states urged Togo to hold elections.")
    assert ("WAF", "TGO", "020") in states


def test_many_counterparts_of_one_meeting_are_one_happening(pipeline):
    events = reported_events(pipeline, "President Ronald Reagan will meet the leaders of Britain, France, West "
                                       "Germany, Italy, Canada and Japan at the economic summit in Venice.",
                             published="1987-06-01")
    meetings = [e for e in events if e.code.startswith(("03", "04"))]
    assert len(meetings) == 1
    few = reported_events(pipeline, "President Ronald Reagan will meet the leaders of Britain and France in "
                                    "Venice.", published="1987-06-01")
    assert {e.target[:3] for e in few if e.code.startswith(("03", "04"))} == {"GBR", "FRA"}


def test_what_a_statement_that_is_due_promises_is_not_yet_promised(pipeline):
    due = reported_codes(pipeline, "Under the agreement, Turkey must issue a written statement promising to "
                                   "recognise the Greek Cypriot government.")
    assert not any(c.startswith("03") for _, _, c in due)
    issued = reported_codes(pipeline, "Turkey issued a written statement promising to recognise the Greek "
                                      "Cypriot government.")
    assert any(c.startswith("03") for _, _, c in issued)


def test_a_participle_describing_people_keeps_its_own_time(pipeline):
    # "must cooperate with UN inspectors probing suspect sites": the probing goes on
    events = [e for e in pipeline.extract(text="French President Jacques Chirac issued a stern reminder to Iraq "
                                               "that it must cooperate fully with UN inspectors probing Iraqi "
                                               "weapons sites.", published="2002-12-01").events
              if e.code == "090"]
    assert events and not events[0].hypothetical


def test_a_proposed_act_and_an_awaited_visit_are_not_reported_as_done(pipeline):
    proposed = reported_codes(pipeline, "The ambassador suggested that Prime Minister Yasuhiro Nakasone visit "
                                        "Washington.", published="1987-03-20")
    assert not any(c.startswith("04") for _, _, c in proposed)
    awaited = reported_codes(pipeline, "The ambassador said Prime Minister Yasuhiro Nakasone should present new "
                                       "proposals when he visits Washington next month.", published="1987-03-20")
    assert not any(c.startswith("04") for _, _, c in awaited)
    done = reported_codes(pipeline, "Prime Minister Yasuhiro Nakasone visited Washington on Monday.",
                          published="1987-03-20")
    assert any(s == "JPN" and t == "USA" and c.startswith("04") for s, t, c in done)


def test_sympathy_for_no_named_party_is_no_event_but_an_investigation_is(monadic_pipeline):
    mourning = reported_events(monadic_pipeline, '"We are mourning the passing of a great company," Peoplesoft worker David '
                                         'Ogden said.')
    assert not any(e.code.startswith("018") for e in mourning)
    assert ("EGY", "ISR", "090") in reported_codes(monadic_pipeline, "Egyptian police are investigating the Israeli diplomat.")
    crime = reported_events(monadic_pipeline, "The FBI is investigating the phoney e-mails.")
    assert any(e.code == "090" and e.target is None for e in crime)


def test_demonstrating_a_clause_is_showing_not_protesting(pipeline):
    shown = reported_codes(pipeline, "The onus is on the management of Deutsche Boerse to demonstrate why the "
                                     "purchase creates value.")
    assert not any(c.startswith("14") for _, _, c in shown)
    protest = reported_codes(pipeline, "Thousands of students demonstrated against the Chinese government in Hong "
                                       "Kong on Sunday.")
    assert any(t == "CHN" and c == "141" for _, t, c in protest)


def test_a_compass_word_before_a_continent_names_its_part(pipeline):
    codes = reported_codes(pipeline, "Foreign Secretary Jack Straw, touring South East Asian countries, praised "
                                     "the agreement.")
    assert any(t == "SEA" for _, t, _ in codes) and not any(t == "ASA" for _, t, _ in codes)


def test_halting_trade_with_a_country_is_an_embargo(pipeline):
    assert ("SWE", "ZAF", "163") in reported_codes(pipeline, "Sweden halted all trade with South Africa on Monday.")
    promised = reported_codes(pipeline, "Sweden promised to halt all trade with South Africa by October.")
    assert not any(c.startswith("03") for _, _, c in promised)


def test_a_price_told_with_a_protest_verb_is_no_protest(pipeline):
    prices = reported_events(pipeline, "Shares in Bombardier lost 25% on the news to 1.90 Canadian dollars before "
                                       "rallying to 2.20 Canadian dollars. The dollar rallied against the yen.")
    assert not any(e.code.startswith("14") for e in prices)
    protest = reported_codes(pipeline, "Thousands of students rallied in Seoul against the government on Monday.")
    assert any(c.startswith("14") for _, _, c in protest)


def test_a_probable_meeting_is_not_yet_held(pipeline):
    probable = reported_codes(pipeline, "The market is closely watching for a probable meeting between U.S. "
                                        "Treasury Secretary James Baker and Japanese Finance Minister Kiichi Miyazawa "
                                        "later today.", published="1987-04-07")
    assert not any(c.startswith("04") for _, _, c in probable)
    held = reported_codes(pipeline, "A meeting between U.S. Treasury Secretary James Baker and Japanese Finance "
                                    "Minister Kiichi Miyazawa took place on Monday.", published="1987-04-07")
    assert ("USA", "JPN", "040") in held


def test_a_tour_of_many_countries_is_a_visit_to_each(pipeline):
    # (announced, so coded as intents to meet: one per host, not one multilateral meeting)
    events = pipeline.extract(text="The Brazilian finance minister will this week visit Italy, West Germany, France "
                                   "and Switzerland.", published="1987-03-02").events
    assert {"ITA", "DEU", "FRA", "CHE"} <= {e.target[:3] for e in events if e.target}


def test_stopping_export_subsidies_is_no_embargo(pipeline):
    codes = reported_codes(pipeline, "The United States would stop export subsidies on wheat.")
    assert not any(c.startswith(("13", "16")) for _, _, c in codes)
