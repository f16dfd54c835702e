"""Events stage: senses and modalities that must not be reported as real events on news text."""

from __future__ import annotations

from event_helpers import reported_codes as real_codes


def test_military_strike_is_no_walkout(pipeline):
    codes = real_codes(pipeline, "American forces launched a retaliatory strike against Iran on Sunday.")
    assert any(c[:2] == "19" for _, _, c in codes)
    assert not any(c.startswith("14") for _, _, c in codes)
    walkout = real_codes(pipeline, "French rail workers began a national strike on Monday.")
    assert not any(c[:2] == "19" for _, _, c in walkout)


def test_opinion_verbs_need_a_party(pipeline):
    assert not real_codes(pipeline, "The Liberal Democrats support higher taxes, the minister said.")
    assert not real_codes(pipeline, "Tony Blair defended his controversial anti-terror proposals.")
    assert ("GBR", "ISR", "051") in real_codes(pipeline, "Britain strongly backed Israel on Tuesday.")


def test_show_of_authority_is_no_protest(pipeline):
    assert not real_codes(pipeline, "The government must act to demonstrate its authority, Iran said.")
    assert not real_codes(pipeline, "The minister ordered British troops to march into the streets of Belfast.")


def test_conditions_reach_deep_and_inverted(pipeline):
    text = ("If Washington seizes the initiative with bolder steps, such as blockading Iran's shipping, it "
            "could find itself in a major war.")
    assert not any(c.startswith("19") for _, _, c in real_codes(pipeline, text))
    text = "The jets could have been shot down had they taken part in an attack on Iran."
    assert not any(c.startswith("19") for _, _, c in real_codes(pipeline, text))
    text = "He predicted the United States would respond by hitting Iran's naval base."
    assert not any(c.startswith("19") for _, _, c in real_codes(pipeline, text))


def test_normative_clause_is_no_report(pipeline):
    assert not real_codes(pipeline, "Mr Brown said it was vital that the UK continued to invest in Africa.")


def test_date_is_no_pattern_preposition(pipeline):
    codes = real_codes(pipeline, 'Liam Fox on Saturday called him "a disappointment of historic proportions".')
    assert not any(c.startswith("02") for _, _, c in codes)
    assert any(c.startswith("02") for _, _, c in real_codes(pipeline, "Britain called on Iran to free the sailors."))


def test_opinion_agreement_is_no_undertaking(pipeline):
    assert not real_codes(pipeline, "The Tories agreed public spending would increase more slowly, Mr Howard said.")


def test_act_named_in_an_of_phrase_gives_the_target(pipeline):
    codes = real_codes(pipeline, "France welcomed the resumption of talks between Israel and Syria.")
    assert {("FRA", "ISR", "051"), ("FRA", "SYR", "051")} <= codes


def test_threat_is_aimed_at_the_one_held_to_its_condition(pipeline):
    codes = real_codes(pipeline, "Iran threatened to launch a new offensive unless Baghdad accepted its conditions.")
    assert any(s == "IRN" and t == "IRQ" and c.startswith("13") for s, t, c in codes)


def test_protest_is_aimed_at_what_its_purpose_names(pipeline):
    codes = real_codes(pipeline, "Demonstrators in Baghdad blocked a road to show their disapproval of the "
                                 "United States' military policies.")
    assert any(t == "USA" and c.startswith("14") for _, t, c in codes)


def test_stance_adjectives_need_an_actor_subject(monadic_pipeline):
    codes = real_codes(monadic_pipeline, "Britain's chancellor denied his forecasts were too optimistic.")
    assert codes and not any(c.startswith("01") and c != "016" for _, _, c in codes)
    assert not real_codes(monadic_pipeline, "The British minister's demeanour remained quiet, confident and calm.")
    assert any(c == "013" for _, _, c in real_codes(monadic_pipeline, "Britain is optimistic that talks with Iran "
                                                                "will succeed."))


def test_verbal_attack_with_a_reason_is_criticism(pipeline):
    codes = real_codes(pipeline, "Britain's foreign minister attacked Iran for failing to free the sailors.")
    assert any(c.startswith("11") for _, _, c in codes)
    assert not any(c.startswith("19") for _, _, c in codes)


def test_question_is_no_request(pipeline):
    assert not any(c.startswith("02") for _, _, c in real_codes(
        pipeline, "The British minister asked why Iran had attacked the plans."))


def test_possibility_of_an_attack_is_no_attack(pipeline):
    codes = real_codes(pipeline, "Iran warned of a river of blood in the event of any U.S. strike against Iran.")
    assert not any(c.startswith("19") for _, _, c in codes)


def test_participle_inside_an_unreal_clause_is_unreal(monadic_pipeline):
    text = "The homes would be built on surplus public sector land donated by the British government."
    assert not real_codes(monadic_pipeline, text)
    assert any(c.startswith("07") for _, _, c in real_codes(monadic_pipeline, "The aid, donated by Japan, arrived in Kenya."))


def test_talk_with_an_unnamed_compatriot_is_no_consultation(pipeline):
    codes = real_codes(pipeline, "Britain's prime minister spoke to a British voter privately after the show.")
    assert not any(c.startswith("04") for _, _, c in codes)


def test_allowing_people_is_yielding(pipeline):
    codes = real_codes(pipeline, "Turkey allowed 13,000 Kurdish refugees from Iraq to return home on Monday.")
    assert any(s == "TUR" and c.startswith("08") for s, _, c in codes)
    assert not real_codes(pipeline, "Turkey allowed the deadline to pass.")


def test_consequent_of_a_condition_is_unreal_however_deep(pipeline):
    text = ("If it wins the election, Britain's Labour party is committed to allowing all British schools to "
            "take on specialist status.")
    assert not any(c.startswith("08") for _, _, c in real_codes(pipeline, text))


def test_not_discussing_reports_is_declining_comment(pipeline):
    # a declined comment addressed to no one and about no named party is no dyad (round 11): not a rejection either
    codes = real_codes(pipeline, "The British foreign secretary would not discuss reports that the party repaid the money.")
    assert not any(c.startswith("12") or (c == "011" and t is None) for _, t, c in codes)
    assert ("IRN", "USA", "125") in real_codes(pipeline, "Iran will not discuss its nuclear programme with the "
                                                         "United States.")
    codes = real_codes(pipeline, "The British minister refused to discuss reports that the party repaid the money.")
    assert not any(c.startswith("12") or (c == "011" and t is None) for _, t, c in codes)
