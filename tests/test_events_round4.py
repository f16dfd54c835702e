"""Events stage, fourth round: readings of real news that CAMEO coders would not report as written."""

from __future__ import annotations

from event_helpers import reported_codes as real_codes


def test_demonym_of_an_earlier_victim_is_the_target(pipeline):
    codes = real_codes(pipeline, "The U.S. bombing of terrorist targets in Libya angered Arab states. "
                                 "Syria condemned the Libyan bombing on Wednesday.")
    assert ("USA", "LBY", "183") in codes
    assert not any(src == "LBY" for src, _, _ in codes)


def test_demonym_with_a_named_doer_is_the_target(pipeline):
    codes = real_codes(pipeline, "The Iraqi bombing by American planes killed ten soldiers.")
    assert not any(src == "IRQ" for src, _, _ in codes)


def test_demonym_on_an_attack_noun_is_still_the_doer(pipeline):
    assert ("ISR", "PSE", "195") in real_codes(pipeline, "Israeli air strikes on Gaza killed ten people.")


def test_strike_with_a_country_reads_its_sentence(pipeline):
    force = real_codes(pipeline, "Congress rallied behind Reagan after the U.S. strike on Iranian targets.")
    assert ("USA", "IRN", "190") in force
    walkout = real_codes(pipeline, "The French strike by rail workers over pay entered its third day.")
    assert not any(c[:2] == "19" for _, _, c in walkout)


def test_investing_at_home_is_no_economic_cooperation(pipeline):
    assert not real_codes(pipeline, "Britain will continue to invest in public services, the minister said.")
    assert ("JPN", "RUS", "0311") in real_codes(pipeline, "Japan will invest in Russia, Tokyo said.")


def test_domestic_promises_are_no_intents(pipeline):
    assert not real_codes(pipeline, "The Conservatives promised to continue economic stability and growth.")
    assert not real_codes(pipeline, "The Labour Party promised help to get young people on the property ladder.")
    assert ("SYR", "LBN", "0356") in real_codes(pipeline, "Syria says it is willing to withdraw its troops "
                                                          "from Lebanon.")


def test_a_seat_does_not_make_an_organisation_national(pipeline):
    assert not any(src == "VEN" for src, _, _ in real_codes(
        pipeline, "The Caracas-based Andean Development Corp granted a loan of 50 mln dlrs to Ecuador."))


def test_backing_armed_groups_in_their_operations_is_military_aid(pipeline):
    assert ("NIC", "SLV", "072") in real_codes(
        pipeline, "Nicaragua supported Salvadoran guerrillas in their operations against the army.")
    assert ("FRA", "LBN", "051") in real_codes(pipeline, "France supported the Lebanese government's proposal.")


def test_a_participle_of_speech_belongs_to_the_subject(pipeline):
    codes = real_codes(pipeline, "Canadian Prime Minister Brian Mulroney urged his mostly American audience to "
                                 "help, saying his government is determined to fight on more than one front.")
    assert not any(src == "USA" for src, _, _ in codes)


def test_protest_aims_stated_by_participles_name_the_target(pipeline):
    codes = real_codes(pipeline, "Egyptian demonstrators rioted following a peaceful demonstration calling "
                                 "for the immediate removal of President Hosni Mubarak from office.")
    assert any(src == "EGY" and tgt == "EGY" and c.startswith("14") for src, tgt, c in codes)


def test_promises_that_name_a_partner_stay(pipeline):
    assert ("JPN", "USA", "036") in real_codes(pipeline, "Japan pledged to hold talks with the United States.")


def test_announced_help_without_a_recipient_is_a_campaign_promise(pipeline):
    assert not real_codes(pipeline, "The Labour Party would help young people who are struggling to buy homes.")
    assert ("JPN", "ETH", "0333") in real_codes(pipeline, "Japan will send food aid to Ethiopia.")


def test_goods_named_by_their_origin_are_the_target_of_a_sanction(pipeline):
    assert ("USA", "JPN", "163") in real_codes(
        pipeline, "The U.S. has imposed higher tariffs on computer microchips imported from Japan.")


def test_acts_judged_foolish_or_wise_are_not_reported(pipeline):
    assert not real_codes(pipeline, "A U.S. official said it would be foolish for Japan to strike back against "
                                    "the United States for its sanctions.")


def test_operations_of_the_backed_group_make_military_aid(pipeline):
    assert ("IRN", "IRQ", "072") in real_codes(
        pipeline, "Tehran has supported anti-Baghdad Kurdish guerrillas in operations against government "
                  "positions in northern Iraq.")


def test_uncoded_groups_acted_on_are_of_the_doers_country(pipeline):
    assert ("SDN", "SDN", "112") in real_codes(
        pipeline, "The Sudanese government has accused Darfur rebels of violating a month-old ceasefire.")
    assert ("EGY", "EGY", "173") in real_codes(pipeline, "Egyptian police arrested 12 protesters on Monday.")


def test_conjoined_modifiers_name_one_group_each(pipeline):
    codes = real_codes(pipeline, "The Red Cross operating in Iraq said US and British forces must ensure security.")
    assert {tgt for _, tgt, c in codes if c.startswith("10")} == {"USA", "GBR"}


def test_attack_noun_resolved_by_a_later_report_of_the_act(pipeline):
    codes = real_codes(pipeline, "\"The Libyan bombing is a thing of the past,\" one U.S. official said. During "
                                 "the U.S. bombing of alleged terrorist targets in Libya last April, France refused "
                                 "to help.")
    assert ("USA", "LBY", "183") in codes
    assert not any(src == "LBY" for src, _, _ in codes)


def test_promises_about_ones_own_side_are_campaign_promises(pipeline):
    assert not any(c.startswith("03") for _, _, c in real_codes(
        pipeline, "Labour leader Tony Blair promised to hail Labour's record on the economy."))
    assert any(c.startswith("03") for _, _, c in real_codes(
        pipeline, "The Fijian rebels said they will release Prime Minister Mahendra Chaudhry and 30 members "
                  "of his government."))


def test_particle_verbs_need_a_particle(pipeline):
    assert ("ISR", "USA", "080") in real_codes(pipeline, "Israel gave in to American pressure.")
    assert not any(c == "080" for _, _, c in real_codes(
        pipeline, "U.S. officials gave the same message to Japanese Foreign Minister Shintaro Abe in meetings "
                  "in Washington."))


def test_marching_up_to_someone_is_no_protest(pipeline):
    assert not any(c.startswith("14") for _, _, c in real_codes(
        pipeline, "British voter Maria Hutchings was marching up to Tony Blair, saying he was wrong."))
    assert any(c.startswith("14") for _, _, c in real_codes(
        pipeline, "Thousands of Egyptian students marched in Cairo against the war."))


def test_actor_named_inside_what_is_rejected_is_the_target(pipeline):
    assert ("IGO", "TLS", "120") in real_codes(
        pipeline, "The United Nations on Tuesday rejected a call for its peacekeeping forces to be deployed in "
                  "East Timor.")


def test_ethnic_groups_are_of_the_place_not_the_state_of_their_name(pipeline):
    codes = real_codes(pipeline, "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.")
    assert any(src == "SRB" and c.startswith("14") for src, _, c in codes)
    assert not any(src == "ALB" for src, _, _ in codes)
    killed = real_codes(pipeline, "Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.")
    assert not any(tgt == "ALB" for _, tgt, _ in killed)


def test_which_on_a_noun_for_people_is_a_misattached_relative(monadic_pipeline):
    codes = real_codes(monadic_pipeline, "The Lib Dems accuse Mr Blair of making a speech to Labour delegates which will "
                                 "not help him regain public trust.")
    assert not any(c.startswith("12") for _, _, c in codes)
    assert any(c.startswith("19") for _, _, c in real_codes(
        monadic_pipeline, "Iraqi forces, which had attacked the town, withdrew on Monday."))


def test_commerce_without_a_political_partner_is_no_event(pipeline):
    assert not real_codes(pipeline, "The U.S. Army signed a contract four weeks ago to pay General Dynamics Corp "
                                    "3.5 billion dlrs.")
    assert not real_codes(pipeline, "Venezuelan banks lent money to the firm.")
    assert ("JPN", "BRA", "071") in real_codes(pipeline, "Japan lent money to Brazil.")


def test_defiance_is_of_an_actor_or_a_norm(pipeline):
    assert not real_codes(pipeline, "Chancellor Gordon Brown of Britain told MPs he had defied the pundits by "
                                    "hitting his growth target.")
    assert ("PRK", "USA", "128") in real_codes(pipeline, "North Korea defied the United States.")


def test_approving_needs_a_party(pipeline):
    assert not real_codes(pipeline, "The government of Indonesia has basically approved of extending production "
                                    "sharing contracts under the present laws.")
    assert ("FRA", "DEU", "051") in real_codes(pipeline, "France approved Germany's plan.")
