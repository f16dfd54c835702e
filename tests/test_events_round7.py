"""Events stage, seventh round (dev set J): statements and meetings real news tells with frames and nouns the
earlier rounds missed: pressing a party to act, insisting on terms, warnings about a named party, offers to a
dative party, cutting off supplies, and talks told as the span of a circumstance."""

from __future__ import annotations

from event_helpers import reported_codes as real_codes


def test_pressing_a_party_to_act_is_an_appeal(pipeline):
    codes = real_codes(pipeline, "Germany's chancellor is pressing France to lower its farm subsidies.")
    assert any(s == "DEU" and t == "FRA" and c[:2] == "02" for s, t, c in codes)
    # the adjective "pressing" is no appeal
    assert not any(c[:2] == "02" for _, _, c in real_codes(
        pipeline, "The French foreign minister cancelled his trip to Spain because of pressing business at home."))


def test_insisting_on_terms_is_a_demand_even_when_told_with_would(pipeline):
    codes = real_codes(pipeline, "Algerian Energy Minister Chakib Khelil said his government would insist on a "
                                 "higher price for gas sold to Spain.")
    assert ("DZA", "ESP", "100") in codes
    # insisting on doing something uncoded names no demand
    assert not any(c[:2] == "10" for _, _, c in real_codes(
        pipeline, "Algerian Energy Minister Chakib Khelil insisted on linking the price to the oil market."))
    # a demand held to a condition is not made yet
    assert not any(c[:2] == "10" for _, _, c in real_codes(
        pipeline, "If Madrid refuses, Algeria will demand that Spain pay more."))


def test_a_warning_about_a_named_party_is_a_pessimistic_comment_on_it(pipeline):
    codes = real_codes(pipeline, "The World Bank warned on Monday that Brazil's public debt was growing too fast.")
    assert ("IGO", "BRA", "012") in codes or any(t == "BRA" and c == "012" for _, t, c in codes)
    # a warning that names no party is no event
    assert not real_codes(pipeline, "The World Bank warned on Monday that global growth would slow.")


def test_offering_a_party_something_is_an_intent_to_cooperate(pipeline):
    codes = real_codes(pipeline, "Iran has offered Pakistan a stake in its new gas fields.")
    assert ("IRN", "PAK", "0311") in codes
    assert any(s == "IRN" and t == "PAK" and c[:2] == "03" for s, t, c in real_codes(
        pipeline, "Iran has offered Pakistan a new deal."))


def test_cutting_off_supplies_is_economic_coercion(pipeline):
    assert ("RUS", "BLR", "163") in real_codes(pipeline, "Russia cut off oil supplies to Belarus on Monday.")
    assert ("RUS", "BLR", "163") in real_codes(pipeline, "Russia shut off gas deliveries to Belarus.")


def test_talks_told_as_a_span_in_a_circumstance_are_the_main_subjects(pipeline):
    codes = real_codes(pipeline, "After two rounds of talks with Chinese Premier Wen Jiabao, Russian President "
                                 "Vladimir Putin said he was pleased.")
    assert ("RUS", "CHN", "046") in codes
    # a span of something else is no consultation
    assert not any(c[:2] == "04" for _, _, c in real_codes(
        pipeline, "After a week of rain with heavy floods, Russian President Vladimir Putin said he was worried."))


def test_a_meeting_of_people_of_two_countries_is_their_consultation(pipeline):
    codes = real_codes(pipeline, "The dispute was discussed at a meeting of the trade ministers of Brazil and "
                                 "Argentina in Buenos Aires on Monday.")
    assert any({s, t} == {"BRA", "ARG"} and c[:2] == "04" for s, t, c in codes)
    # a meeting of one body names no counterpart
    assert not any(c[:2] == "04" for _, _, c in real_codes(
        pipeline, "Oil prices rose before a meeting of OPEC in Vienna on Monday."))


def test_words_named_by_a_noun_with_what_they_are_for(pipeline):
    codes = real_codes(pipeline, "Talks stalled despite a Chinese demand for Japan to apologise.")
    assert any(s == "CHN" and t == "JPN" and c[:2] == "10" for s, t, c in codes)
    codes = real_codes(pipeline, "The move prompted a Brazilian complaint over US subsidies for cotton farmers.")
    assert ("BRA", "USA", "114") in codes
    assert any(s == "KOR" and t == "PRK" and c[:2] == "02" for s, t, c in real_codes(
        pipeline, "The letter answered a South Korean call for talks with North Korea."))
    # with no one they are addressed to, or told bare, they are background
    assert not real_codes(pipeline, "The Chinese demand for an apology was repeated on Monday.")
    assert not real_codes(pipeline, "The Chinese demand was repeated on Monday.")


def test_asking_a_party_to_act_is_an_appeal_even_when_the_act_has_no_code(pipeline):
    codes = real_codes(pipeline, "Norway asked Russia to reconsider its decision.")
    assert any(s == "NOR" and t == "RUS" and c[:2] == "02" for s, t, c in codes)
    # a question is no appeal
    assert not any(c[:2] == "02" for _, _, c in real_codes(pipeline, "Norway asked why Russia had acted."))
    # freeing seized vessels is returning property
    assert ("NOR", "RUS", "0253") in real_codes(pipeline, "Norway asked Moscow to free the two trawlers.")


def test_ending_an_agreement_reduces_relations(pipeline):
    assert ("USA", "RUS", "160") in real_codes(pipeline, "In 2002 the United States terminated the 1972 treaty "
                                                         "with Russia.")
    assert ("USA", "RUS", "160") in real_codes(pipeline, "The United States tore up the treaty with Russia.")


def test_a_visit_told_by_a_participle_on_being_in_a_country(pipeline):
    codes = real_codes(pipeline, "On Monday French Foreign Minister Michel Barnier was in Egypt visiting the "
                                 "pyramids at Giza.")
    assert ("FRA", "EGY", "042") in codes
    # being at home is no visit
    assert not any(c[:2] == "04" for _, _, c in real_codes(
        pipeline, "On Monday French Foreign Minister Michel Barnier was in France visiting his mother."))


def test_an_abduction_with_no_named_doer_is_an_unidentified_force_of_the_place(pipeline):
    codes = real_codes(pipeline, "An Italian engineer was kidnapped in Nigeria on Monday.")
    assert ("NGA", "ITA", "181") in codes
    # with no place there is no doer to name
    assert not any(c[:2] == "18" for _, _, c in real_codes(pipeline, "An Italian engineer was kidnapped on Monday."))


def test_a_reported_failure_to_meet_an_obligation_accuses_the_one_who_failed(pipeline):
    codes = real_codes(pipeline, "A French trade official said Brazil had failed to honour the 2001 agreement.")
    assert ("FRA", "BRA", "112") in codes
    codes = real_codes(pipeline, "The French minister said Paris was forced to act because Brazil had failed to "
                                 "implement the agreement.")
    assert ("FRA", "BRA", "112") in codes
    # failing at something that is no obligation, or not failing, accuses no one
    assert not any(c == "112" for _, _, c in real_codes(
        pipeline, "A French trade official said Brazil had failed to win the contract."))
    assert not any(c == "112" for _, _, c in real_codes(
        pipeline, "A French trade official said Brazil had not failed to honour the agreement."))


def test_talks_on_a_relation_between_two_named_parties_are_theirs(pipeline):
    codes = real_codes(pipeline, "Talks on Ukraine's membership of the European Union have made progress.")
    assert any({s, t} == {"UKR", "IGO"} and c[:2] == "04" for s, t, c in codes)
    # a topic naming one party gives no counterpart
    assert not any(c[:2] == "04" for _, _, c in real_codes(pipeline, "Talks on Ukraine's gas debt resumed."))


def test_criticism_someone_is_accused_of_was_voiced(pipeline):
    text = "French Foreign Minister Michel Barnier has been accused of criticising Chinese President Hu Jintao."
    assert ("FRA", "CHN", "111") in real_codes(pipeline, text)
    # an act of force one is accused of stays an allegation
    assert not any(c[:2] == "19" for _, _, c in real_codes(
        pipeline, "France accused China of attacking French ships."))


def test_conjoined_parties_of_a_joint_act_are_each_others_partners_not_their_own_firms(pipeline):
    codes = real_codes(pipeline, "Brazil and Argentina signed a trade agreement on Monday during a meeting between "
                                 "Petrobras and YPF.")
    assert {(s, t) for s, t, c in codes if c == "057"} <= {("BRA", "ARG"), ("ARG", "BRA")}
    assert any(c == "057" for _, _, c in codes)
    # a third party stays the partner of each
    codes = real_codes(pipeline, "Brazil and Argentina signed a trade agreement with China.")
    assert {("BRA", "CHN", "057"), ("ARG", "CHN", "057")} <= codes


def test_an_attack_with_no_target_continues_the_war_just_told(pipeline):
    codes = real_codes(pipeline, "Sudanese troops shelled rebel positions in South Sudan on Monday. On Wednesday "
                                 "Sudan launched a new offensive in the mountains.")
    assert ("SDN", "SSD", "190") in codes
    assert not any(s == "SDN" and t is None and c[:2] == "19" for s, t, c in codes)


def test_acts_done_to_each_other(pipeline):
    codes = real_codes(pipeline, "India and Pakistan accused each other of violating the ceasefire.")
    assert any({s, t} == {"IND", "PAK"} and c[:2] == "11" for s, t, c in codes)
    assert not any(t is None for _, t, _ in codes)
    codes = real_codes(pipeline, "India and Pakistan shelled each other's positions.")
    assert any({s, t} == {"IND", "PAK"} and c[:2] == "19" for s, t, c in codes)


def test_agreeing_alone_with_no_partner_is_no_agreement(pipeline):
    assert not any(c[:2] == "03" for _, _, c in real_codes(
        pipeline, "A US defence company has agreed to pay $28.5m to settle bribery charges."))
    # several parties agreeing together is one
    assert any(c[:2] == "03" for _, _, c in real_codes(pipeline, "OPEC members agreed to limit production."))


def test_a_reported_condemnation_of_an_act_disapproves_of_its_author(pipeline):
    codes = real_codes(pipeline, "Israel said the EU's decision was unacceptable.")
    assert ("ISR", "IGO", "111") in {(s, t[:3] if t else None, c) for s, t, c in codes}
    text = ("The French government agreed to sell warships to Russia. France's opposition Socialist Party said the "
            "move would be profoundly wrong.")
    codes = real_codes(pipeline, text)
    assert any(s == "FRA" and t == "FRA" and c == "111" for s, t, c in codes)
    # a false report is a denial, not a condemnation
    assert not any(c == "111" for _, _, c in real_codes(pipeline, "Israel said the report was wrong."))


def test_a_reported_obligation_of_another_role_of_the_speakers_country_is_a_demand(pipeline):
    # ("should" told by another is an appeal since round 10; "must" a demand)
    codes = real_codes(pipeline, "French opposition leader Francois Hollande has said President Nicolas Sarkozy "
                                 "should set out a timetable for leaving Afghanistan.")
    assert ("FRA", "FRA", "020") in codes
    codes = real_codes(pipeline, "French opposition leader Francois Hollande has said President Nicolas Sarkozy "
                                 "must set out a timetable for leaving Afghanistan.")
    assert ("FRA", "FRA", "100") in codes
    codes = real_codes(pipeline, "France's foreign minister said Iran should halt uranium enrichment.")
    assert any(s == "FRA" and t == "IRN" and c[:2] == "02" for s, t, c in codes)
    # a goal set for one's own country is no demand
    assert not any(c[:2] in ("02", "10") for _, _, c in real_codes(
        pipeline, "French Finance Minister Christine Lagarde said France should achieve a balanced budget."))


def test_a_reported_passive_act_of_force_still_to_come_is_the_speakers_threat(pipeline):
    codes = real_codes(pipeline, "Norwegian officials said any Russian sailors caught in the zone would be "
                                 "detained.")
    assert any(s == "NOR" and t == "RUS" and c[:2] == "13" for s, t, c in codes)
    # a done act told in the passive names no doer
    assert not any(s == "NOR" for s, _, _ in real_codes(
        pipeline, "Norwegian officials said two Russian sailors were detained in the zone."))


def test_a_visiting_official_visits_the_one_other_country_of_the_sentence(pipeline):
    codes = real_codes(pipeline, "Putin was quoted as telling Chancellor Angela Merkel that the visiting German "
                                 "official had raised the issue.")
    assert ("DEU", "RUS", "042") in codes
    # a visitor the act is done to is no second event; a visiting team is no visit
    assert not any(c == "042" for _, _, c in real_codes(
        pipeline, "Russian President Vladimir Putin refused to meet the visiting German chancellor."))
    assert not real_codes(pipeline, "The visiting team won the match in Moscow.")


def test_evidence_called_strong_accuses_the_doer_of_what_it_shows(pipeline):
    codes = real_codes(pipeline, "The US said evidence of Iranian involvement in the attack was overwhelming.")
    assert ("USA", "IRN", "112") in codes
    codes = real_codes(pipeline, "Britain's opposition Labour Party said there was strong evidence Prime Minister "
                                 "Tony Blair misled parliament.")
    assert ("GBR", "GBR", "112") in codes
    # no evidence: no accusation, and the act it would show is not reported
    codes = real_codes(pipeline, "Britain said there was no evidence that Iran had attacked the ship.")
    assert not codes


def test_dismissing_the_claims_answers_the_latest_accuser(monadic_pipeline):
    text = ("India accused Pakistan of arming militants in Kashmir. Pakistani Foreign Minister Khurshid Kasuri "
            "dismissed the claims as baseless propaganda.")
    assert ("PAK", "IND", "016") in real_codes(monadic_pipeline, text)
    # claims with no accusation told before have no known author
    assert ("PAK", None, "016") in real_codes(
        monadic_pipeline, "Pakistani Foreign Minister Khurshid Kasuri dismissed the claims as baseless propaganda.")


def test_a_done_circumstance_of_a_frame_is_reported_as_done(pipeline):
    text = "Israel threatened to retaliate after Hezbollah fired rockets at Israel."
    assert any(s == "LBN" and t == "ISR" and c[:2] == "19" for s, t, c in real_codes(pipeline, text))
    # a condition stays hypothetical
    text = "Israel threatened to retaliate if Hezbollah fired rockets at Israel."
    assert not any(c[:2] == "19" for _, _, c in real_codes(pipeline, text))


def test_naming_a_partys_failure_to_meet_an_obligation_accuses_it(pipeline):
    codes = real_codes(pipeline, "The European Commission imposed duties in retaliation for what it called "
                                 "China's failure to honour the 2005 textile agreement.")
    assert ("IGO", "CHN", "112") in {(s, t, c) for s, t, c in codes}
    assert not any(c == "112" for _, _, c in real_codes(
        pipeline, "French President Jacques Chirac cited Brazil's failure to win the cup."))
