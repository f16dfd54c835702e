"""Events stage: idioms of disapproval in the pattern dictionary (111): "took issue with", "cast doubt on",
"rounded on", "spoke out against", "questioned X's claims", "slammed X's decision", "attacked X's record". Their
party is named in the object or in the prepositional phrase; without one, or in their other senses ("police
questioned the suspect", "slammed the ball"), they are no event."""

from __future__ import annotations

from event_helpers import reported_codes, reported_events


def test_idioms_of_disapproval_name_their_target(pipeline):
    for text, expected in (("Britain took issue with the Russian proposal on Iran.", ("GBR", "RUS", "111")),
                           ("The IMF cast doubt on the Japanese government's growth forecast.",
                            ("IGO", "JPN", "111")),
                           ("India rounded on Pakistan at the summit in Dhaka.", ("IND", "PAK", "111")),
                           ("Argentina spoke out against the British plan for the islands.", ("ARG", "GBR", "111")),
                           ("Pakistan questioned India's claims about the attack.", ("PAK", "IND", "111"))):
        assert expected in reported_codes(pipeline, text), text


def test_a_possessor_or_a_record_is_what_is_attacked(pipeline):
    assert ("CHN", "JPN", "111") in reported_codes(pipeline, "China slammed Japan's decision to send troops.")
    events = reported_events(pipeline, "Tory leader Michael Howard attacked the British government's record on "
                                       "crime.")
    assert ("GBROPP", "GBRGOV", "111") in [(e.source, e.target, e.code) for e in events]


def test_other_senses_and_no_party_are_no_event(pipeline):
    for text in ("Police questioned the Iranian suspect for six hours.",
                 "The report cast doubt on the recovery of the German economy.",
                 "The Brazilian striker slammed the ball into the net."):
        codes = reported_codes(pipeline, text)
        assert not any(c[:2] == "11" for _, _, c in codes), (text, codes)


def test_a_threat_with_its_terms_is_a_real_threat(pipeline):
    # the condition is what the threat says, not a condition on the warning being given
    events = pipeline.extract(text="A British minister said he had given the Japanese government a clear warning of "
                                   "sanctions against Japanese companies if Tokyo did not open its markets.",
                              published="1987-03-20").events
    assert [(e.code[:2], e.hypothetical) for e in events if e.source == "GBRGOV"] == [("13", False)]
    # a warning that would only be given under a condition stays hypothetical
    maybe = pipeline.extract(text="If Iraq invades Kuwait, the United States would warn Iraq.",
                             published="1990-07-20").events
    assert all(e.hypothetical for e in maybe if e.code[:2] == "13")


def test_an_announced_offer_is_an_intent_stated_now_unless_held_to_a_condition(pipeline):
    events = pipeline.extract(text="President Reagan said the United States would offer a draft treaty on missile "
                                   "reductions at talks with the Soviet Union in Geneva tomorrow.",
                              published="1987-03-03").events
    assert [(e.code[:2], e.hypothetical) for e in events if e.source and e.source.startswith("USA")] == [("03", False)]
    held = pipeline.extract(text="Japan would offer China a loan of 100 billion yen if Beijing opened its markets.",
                            published="1987-03-03").events
    assert all(e.hypothetical for e in held if e.code[:2] == "03")


def test_one_person_described_twice_is_one_target(pipeline):
    # "a US banker and former IMF director" is one man: no second request to the IMF
    events = pipeline.extract(text="Israel has asked a US banker and former International Monetary Fund director "
                                   "to run its central bank.", published="2005-01-20").events
    assert [(e.source, e.target) for e in events if e.code[:2] == "02"] == [("ISR", "USABUS")]
    two = reported_codes(pipeline, "Pakistan accused an Indian diplomat and a British journalist of spying.")
    assert {("PAK", "IND", "112"), ("PAK", "GBR", "112")} <= two
