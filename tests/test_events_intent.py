"""Events stage: expressed intent frames, domestic targets, message demands and their limits."""

from __future__ import annotations


def events(pipeline, text: str) -> list[tuple[str | None, str | None, str, bool]]:
    rec = pipeline.extract(text=text, published="2021-03-10")
    real = [(e.source[:3] if e.source else None, e.target[:3] if e.target else None, e.code, True)
            for e in rec.events if not e.negated and not e.hypothetical]
    flagged = [(e.source[:3] if e.source else None, e.target[:3] if e.target else None, e.code, False)
               for e in rec.events if e.negated or e.hypothetical]
    return real + flagged


def real(pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, ok in events(pipeline, text) if ok}


def test_willing_with_a_pronoun_subject_is_an_intent(pipeline):
    evs = events(pipeline, "Syria says it is willing to withdraw its troops from neighboring Lebanon.")
    assert ("SYR", "LBN", "0356", True) in evs  # expressed intent to withdraw
    assert ("SYR", "LBN", "0874", False) in evs  # the withdrawal itself is not reported as done


def test_intent_looks_through_uncoded_means(pipeline):
    codes = real(pipeline, "Norway is willing to send material to help defend Saudi Arabia, its foreign minister said.")
    assert ("NOR", "SAU", "032") in codes
    assert not any(c[:2] == "05" for _, _, c in codes)


def test_announced_readiness_is_an_intent_not_a_hypothesis(pipeline):
    codes = real(pipeline, "Egypt said it would be ready to host a meeting between Israel and Jordan.")
    assert any(c.startswith("03") and s == "EGY" for s, _, c in codes)


def test_negated_and_conditional_intents_stay_out(pipeline):
    codes = real(pipeline, "Syria says it is not willing to withdraw its troops from Lebanon.")
    assert not any(c.startswith("03") for _, _, c in codes)
    assert not real(pipeline, "Syria could be willing to withdraw its troops from Lebanon if Israel left.")


def test_allowing_a_return_of_inspectors(pipeline):
    codes = real(pipeline, "Iraq said it would allow the return of U.N. weapons inspectors without conditions.")
    assert ("IRQ", "IGO", "0355") in codes


def test_announcement_with_unless_is_a_threat(pipeline):
    codes = real(pipeline, "Nigeria announced that it will withdraw its peacekeeping force from Chad unless "
                           "the president arranged a ceasefire.")
    assert any(c.startswith("13") and s == "NGA" and t == "TCD" for s, t, c in codes)
    assert not any(c.startswith("03") for _, _, c in codes)


def test_domestic_measure_targets_the_place(pipeline):
    assert ("SRB", "MNE", "081") in real(pipeline, "Serbia eased emergency measures on Wednesday in Montenegro province.")
    codes = real(pipeline, "Sudan's government on Sunday lifted a state of emergency in West Darfur.")
    assert ("SDN", "SDN", "0814") in codes


def test_place_target_stays_inside_the_act(pipeline):
    # a meeting's venue is no counterpart, and a place in another clause is not the act's target
    assert not real(pipeline, "French ministers talked in Brussels.")
    codes = real(pipeline, "Japan halted economic aid after riots in Serbia.")
    assert not any(t == "SRB" for _, t, _ in codes)


def test_message_that_must_is_a_demand(pipeline):
    codes = real(pipeline, "French President Jacques Chirac issued a stern reminder to Iraq that it must "
                           "cooperate fully with UN inspectors.")
    assert any(s == "FRA" and t == "IRQ" and c.startswith("10") for s, t, c in codes)


def test_ordering_others_is_a_demand_but_not_ones_own_troops(pipeline):
    codes = real(pipeline, "Nicaragua's government ordered the opposition newspaper La Prensa to suspend publication.")
    assert any(s == "NIC" and c.startswith("10") for s, _, c in codes)
    assert not real(pipeline, "The British minister ordered British troops to march into Belfast.")


def test_conceding_to_demands(pipeline):
    codes = real(pipeline, "The Angolan government conceded to demands from UNITA rebels to overhaul the judiciary.")
    assert any(s == "AGO" and c == "083" for s, _, c in codes)


def test_content_of_an_allegation_is_not_reported(pipeline):
    text = "The committee investigated an allegation that Liberian rebels had seized the city of Greenville."
    assert not any(c.startswith("19") for _, _, c in real(pipeline, text))


def test_unattributed_bombing_takes_the_place_country(pipeline):
    codes = real(pipeline, "Three US servicemen were killed by an improvised explosive device outside of the Iraqi "
                           "city of Basra.")
    assert ("IRQ", "USA", "183") in codes
    assert any(s == "IRQ" for s, _, _ in codes)
    # no means and no doer: nothing to code
    assert not real(pipeline, "Five soldiers were killed in Iraq.")
    assert not real(pipeline, "Two people were killed in a car crash in Paris.")


def test_unattributed_attack_source_sector(pipeline):
    rec = pipeline.extract(text="Three Israeli soldiers were killed in a bomb attack in Gaza.", published="2021-03-10")
    assert any(e.source == "PSEUAF" and e.target.startswith("ISR") for e in rec.events)


def test_content_of_a_demand_noun_is_demanded(pipeline):
    evs = events(pipeline, "The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.")
    assert any(c.startswith("10") and t == "ISR" and ok for _, t, c, ok in evs)
    assert not any(c.startswith("08") and ok for _, _, c, ok in evs)  # the easing has not happened


def test_peacekeepers_arriving_are_deployed_not_visiting(pipeline):
    codes = real(pipeline, "Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.")
    assert ("BGD", "SLE", "074") in codes
    assert ("FRA", "DEU", "042") in real(pipeline, "The French president arrived in Germany on Tuesday.")


def test_preparing_to_attack_is_mobilising(pipeline):
    codes = real(pipeline, "The Macedonian army prepared to resume shelling Albanian rebel positions.")
    assert any(c == "150" for _, _, c in codes)
    assert not any(c.startswith("19") for _, _, c in codes)


def test_compass_word_names_a_country_region(pipeline):
    assert ("ISR", "LBN", "192") in real(pipeline, "Israel today mounted its invasion of South Lebanon.")


def test_investigated_acts_name_their_doers(pipeline):
    codes = real(pipeline, "Serbian police have launched an investigation into alleged crimes committed by "
                           "Croat forces.")
    assert any(s == "SRB" and t == "HRV" and c.startswith("09") for s, t, c in codes)


def test_ordering_a_measure_is_the_measure(pipeline):
    codes = real(pipeline, "President Reagan ordered tariffs on Japanese exports on Friday.")
    assert any(s == "USA" and c.startswith("16") for s, _, c in codes)
    assert not any(c.startswith("10") for _, _, c in codes)


def test_interview_with_journalists_is_no_consultation(pipeline):
    assert not real(pipeline, "The Brazilian president was speaking to West German journalists in an interview.")


def test_act_dated_after_publication_is_announced(pipeline):
    rec = pipeline.extract(text="The French president visits Germany next week.", published="2021-03-10")
    codes = {(e.code, e.hypothetical) for e in rec.events}
    assert ("036", False) in codes and ("042", False) not in codes
    assert ("FRA", "DEU", "042") in real(pipeline, "The French president visited Germany last week.")


def test_passive_arrest_is_by_the_state_where_it_happened(pipeline):
    assert ("ARE", "GBR", "173") in real(pipeline, "Two Britons were arrested in Dubai on Monday.")
    assert not real(pipeline, "He was arrested in Paris on Monday.")  # nobody named as detained



def test_speculative_conditional_stays_hypothetical(pipeline):
    text = "The European Community may halt mediation efforts among Serbia's republics if cooperation founders."
    assert not real(pipeline, text)
    evs = events(pipeline, text)
    assert any(c == "165" and t == "SRB" for _, t, c, _ in evs)  # coded, with its target, but flagged


def test_put_under_investigation_in_a_country(pipeline):
    codes = real(pipeline, "A US national has been put under investigation in Italy for her role in rioting.")
    assert ("ITA", "USA", "090") in codes


def test_seeking_to_act_is_an_attempt_not_an_appeal(pipeline):
    assert not real(pipeline, "Britain's government sought to deny entry to the Roma.")
    assert any(c.startswith("02") for _, _, c in real(pipeline, "Iran sought talks with the European Union."))


def test_complaint_content_is_alleged_and_names_the_target(pipeline):
    evs = events(pipeline, "Iran complained that Iraqi jets had bombed its cities.")
    assert ("IRN", "IRQ", "114", True) in evs
    assert not any(c.startswith("19") and ok for _, _, c, ok in evs)


def test_shared_group_head_gives_each_group_actor(pipeline):
    codes = real(pipeline, "American and Japanese negotiators are meeting to try to resolve the issue, officials said.")
    assert ("USA", "JPN", "040") in codes and ("JPN", "USA", "040") not in codes  # one meeting, one event


def test_unnamed_victims_are_civilians_of_the_place(pipeline):
    assert ("ISR", "PSE", "190") in real(pipeline, "Israeli troops killed three people in Gaza on Monday.")
    text = "Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel Aviv."
    rec = pipeline.extract(text=text, published="2021-03-10")
    assert any(e.target == "ISRCVL" and e.code.startswith("18") for e in rec.events)


def test_affiliation_names_the_group(pipeline):
    rec = pipeline.extract(text="Some 500,000 workers affiliated with the Serbian Workers' Union stopped work on Monday.",
                           published="2021-03-10")
    assert any(e.source.startswith("SRB") and e.code == "143" for e in rec.events)


def test_winding_up_talks_is_no_wounding(pipeline):
    assert not any(c.startswith("19") for _, _, c in real(
        pipeline, "The Italian prime minister today wound up his first round of consultations with France."))


def test_finite_conjunct_keeps_its_own_tense(pipeline):
    codes = real(pipeline, "Mr Blair said Britain would not respond to the report and promised to support France.")
    assert any(c.startswith("03") for _, _, c in codes)
    assert not any(c.startswith("12") for _, _, c in codes)


def test_counterfactual_is_no_announcement(pipeline):
    text = "If the two governments had intended it, Mexico would have announced a suspension of talks with Peru."
    assert not real(pipeline, text)


def test_participle_of_a_future_act_is_future(pipeline):
    text = "The Brazilian finance minister will extend his tour, flying to Japan for talks with officials."
    codes = real(pipeline, text)
    assert ("BRA", "JPN", "036") in codes and ("BRA", "JPN", "042") not in codes


def test_pledge_to_oppose_is_a_rejection_not_a_threat(pipeline):
    codes = real(pipeline, "The Liberal Democrats have pledged to oppose the British government's bill.")
    # (opposing a bill is disapproval, 111, since round 8; opposition announced, not a threat)
    assert any(c[:2] in ("11", "12") for _, _, c in codes)
    assert not any(c.startswith("13") for _, _, c in codes)


def test_taking_control_of_a_company_is_no_seizure(pipeline):
    assert not real(pipeline, "Greece said it was taking control of a Canadian-led oil consortium.")
    assert any(c == "192" for _, _, c in real(pipeline, "Iraqi troops took control of the Kuwaiti town of Jahra."))


def test_funding_needs_a_recipient(pipeline):
    assert not real(pipeline, "The Liberal Democrats say they would fund free personal care with a new tax.")
    assert any(c.startswith("07") for _, _, c in real(pipeline, "Iran funded the Hezbollah guerrillas in Lebanon."))


def test_content_of_a_demanded_admission_is_not_reported(pipeline):
    text = "Poland's parliament demanded an admission by Moscow that Soviet forces murdered Polish officers."
    evs = events(pipeline, text)
    assert any(c.startswith("10") and ok for _, _, c, ok in evs)
    assert not any(c.startswith("18") and ok for _, _, c, ok in evs)


def test_a_wish_for_a_hostile_act_is_no_threat():
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline()
    wish = pipe.extract("Russia wants to expel two British diplomats.", published="2005-03-01T10:00:00Z")
    assert all(e.hypothetical for e in wish.events) and not any(e.code.startswith("13") for e in wish.events)
    plan = pipe.extract("Russia plans to expel two British diplomats.", published="2005-03-01T10:00:00Z")
    assert any(e.code.startswith("13") and not e.hypothetical for e in plan.events)
