"""Events stage: CAMEO coding from the pattern dictionary, actors, modality, dedup, dates and places."""

from __future__ import annotations

import pytest

from wirecoder.extract.event_data import load_cameo_codes, load_patterns, load_plover_map


def events_of(pipeline, text: str, published: str = "2021-03-10"):
    rec = pipeline.extract(text=text, published=published)
    return rec, rec.events


def real(events):
    return [e for e in events if not e.negated and not e.hypothetical]


def triples(events):
    return {(e.source[:3] if e.source else None, e.target[:3] if e.target else None, e.code) for e in events}


# -- data files ----------------------------------------------------------------------------------------
def test_cameo_table_has_every_root_with_goldstein_and_quad():
    codes = load_cameo_codes()
    for root in range(1, 21):
        assert f"{root:02d}" in codes
    assert codes["042"].goldstein == pytest.approx(1.9)
    assert codes["1622"].quad_class == 4
    assert codes["032"].quad_class == 1  # empty in the source table: taken from its root


def test_plover_map_uses_gold_standard_names_with_exceptions():
    plover = load_plover_map()
    assert plover.lookup("042") == "CONSULT"
    assert plover.lookup("112") == "DISAPPROVE"
    assert plover.lookup("112", current=True) == "ACCUSE"
    assert plover.lookup("0871") == "RETREAT"  # code-level exception inside root 08 (CONCEDE)
    assert plover.lookup("081") == "CONCEDE"
    assert plover.lookup("010") is None


def test_pattern_dictionary_covers_every_root():
    book = load_patterns()
    roots = {p.code[:2] for pats in book.by_key.values() for p in pats if p.code}
    assert {f"{r:02d}" for r in range(1, 21)} <= roots
    assert sum(len(v) for v in book.by_key.values()) > 400


# -- coding --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Japanese foreign minister visited Russia on Monday.", ("JPN", "RUS", "042")),
        ("France accused Iran of violating the agreement.", ("FRA", "IRN", "112")),
        ("Egypt condemned Israel on Sunday.", ("EGY", "ISR", "111")),
        ("Canada expelled two Russian diplomats.", ("CAN", "RUS", "166")),
        ("Kenya and Ethiopia signed a trade agreement on Friday.", ("KEN", "ETH", "057")),
        ("Turkish police arrested 30 Syrian refugees.", ("TUR", "SYR", "173")),
        ("The European Union imposed sanctions on Belarus.", ("IGO", "BLR", "163")),
    ],
)
def test_verb_patterns(pipeline, text, expected):
    _, evs = events_of(pipeline, text)
    assert expected in triples(real(evs))


def test_light_verb_takes_the_code_of_its_noun(pipeline):
    _, evs = events_of(pipeline, "Russia held talks with China in Beijing on Monday.")
    assert ("RUS", "CHN", "046") in triples(real(evs))
    _, evs = events_of(pipeline, "Israeli troops launched an air attack on Syria.")
    assert ("ISR", "SYR", "195") in triples(real(evs))


def test_aid_refined_by_its_modifier(pipeline):
    _, evs = events_of(pipeline, "Japan suspended economic aid to Myanmar.")
    assert ("JPN", "MMR", "1621") in triples(real(evs))


def test_passive_puts_the_agent_first(pipeline):
    _, evs = events_of(pipeline, "Syrian villages were shelled by Turkish forces on Tuesday.")
    got = real(evs)
    assert any(e.source.startswith("TUR") and e.target == "SYR" and e.root == "19" for e in got)


def test_compound_subjects_give_one_event_per_pair(pipeline):
    _, evs = events_of(pipeline, "The Philippines and France agree that disputes should be settled by arbitration.")
    # a reciprocal act of two parties is one happening: one event, the first named as source
    assert ("PHL", "FRA", "030") in triples(real(evs)) and ("FRA", "PHL", "030") not in triples(real(evs))
    _, evs = events_of(pipeline, "Brazil and Argentina criticized Venezuela.")
    assert {("BRA", "VEN", "111"), ("ARG", "VEN", "111")} <= triples(real(evs))


def test_no_coded_source_no_event(pipeline):
    _, evs = events_of(pipeline, "Protesters were arrested after the march.")
    assert evs == []


# -- modality ------------------------------------------------------------------------------------------
def test_negated_events_are_kept_but_flagged(pipeline):
    _, evs = events_of(pipeline, "Israel and Lebanon did not sign the agreement.")
    assert evs and all(e.negated for e in evs if e.code == "057")
    assert not [e for e in real(evs) if e.code == "057"]
    _, evs = events_of(pipeline, "Although the two countries, Serbia and Kosovo, reached no agreement, talks went on.")
    assert not [e for e in real(evs) if e.root == "05"]


def test_decided_not_to_offer_aid_is_a_reduction(pipeline):
    _, evs = events_of(pipeline, "The United States decided not to offer $300 million in military aid to Pakistan.")
    got = real(evs)
    assert ("USA", "PAK", "1622") in triples(got)
    assert not [e for e in got if e.root == "03" or e.code.startswith("07")]


def test_conditionals_and_modals_are_hypothetical(pipeline):
    _, evs = events_of(pipeline, "Japan could impose sanctions on Russia if the talks fail.")
    sanctions = [e for e in evs if e.code == "163"]
    assert sanctions and all(e.hypothetical for e in sanctions)
    assert not real(evs)


def test_threat_is_an_event_and_the_threatened_act_is_not(pipeline):
    _, evs = events_of(pipeline, "Iran threatened to impose sanctions on Israel.")
    assert ("IRN", "ISR", "1312") in triples(real(evs))
    assert all(e.hypothetical for e in evs if e.code == "163")


def test_refusal_is_a_rejection_and_the_refused_act_is_negated(pipeline):
    _, evs = events_of(pipeline, "Syria refused to meet Turkish officials.")
    assert ("SYR", "TUR", "125") in triples(real(evs))
    assert all(e.negated for e in evs if e.root == "04")


def test_announced_cooperation_is_an_intention(pipeline):
    _, evs = events_of(pipeline, "Germany will send food aid to Sudan next month.")
    got = real(evs)
    assert got and all(e.root == "03" for e in got)
    assert ("DEU", "SDN", "0333") in triples(got)


def test_question_is_hypothetical(pipeline):
    _, evs = events_of(pipeline, "Will Russia invade Ukraine?")
    assert not real(evs)


# -- one event per happening, dates, places -----------------------------------------------------------
def test_repeated_event_is_merged_keeping_the_first_mention(pipeline):
    text = "Egypt condemned Israel on Sunday.\n\nCairo again condemned Israel, officials said."
    rec, evs = events_of(pipeline, text)
    condemn = [e for e in evs if e.code == "111" and e.source == "EGY" and e.target == "ISR"]
    assert len(condemn) == 1
    assert rec.text[condemn[0].trigger[0]:condemn[0].trigger[1]] == "condemned"
    assert condemn[0].sentence[0] == 0


def test_event_record_fields(pipeline):
    rec, evs = events_of(pipeline, "Japan suspended economic aid to Myanmar.", published="2021-03-10T08:00:00Z")
    ev = real(evs)[0]
    assert ev.root == ev.code[:2]
    assert ev.quad_class == 4 and ev.goldstein == pytest.approx(-5.6)
    assert ev.plover == "SANCTION"
    assert ev.date == "2021-03-10"  # no date in the sentence: the article's
    s, e = ev.sentence
    assert rec.text[s:e].startswith("Japan suspended")


def test_reported_must_is_a_demand_of_the_speaker(pipeline):
    _, evs = events_of(pipeline, "Russia said on Tuesday that Sudan must return the captured helicopter.")
    demands = [e for e in real(evs) if e.root == "10"]
    assert demands and demands[0].source == "RUS" and demands[0].target == "SDN"
    assert all(e.hypothetical for e in evs if e.root == "08")  # the return itself has not happened


def test_failing_to_act_negates_and_failing_to_agree_is_a_rejection(pipeline):
    _, evs = events_of(pipeline, "China failed to reach an agreement with India.")
    assert {c for _, _, c in triples(real(evs))} == {"127"}  # as in the PLOVER gold standard (REJECT)
    assert any(e.code == "057" and e.negated for e in evs)
    _, evs = events_of(pipeline, "The army failed to capture the town of Jaffna.")
    assert not real(evs)


def test_passive_participle_agent_is_the_source(pipeline):
    _, evs = events_of(pipeline, "Rebuked by Egypt, Israel withdrew its ambassador.")
    assert ("EGY", "ISR", "111") in triples(real(evs))


def test_recipient_taken_from_the_same_source_s_latest_event(pipeline):
    text = ("Japan condemned North Korea on Monday.\n\n"
            "Japan also suspended all economic aid, officials said.")
    _, evs = events_of(pipeline, text)
    assert ("JPN", "PRK", "1621") in triples(real(evs))


def test_sports_reports_are_not_coded(pipeline):
    text = ("Italy launched a series of attacks in the second half but Wales held on to win 18-12 in Rome.\n\n"
            "The Wales captain scored a try before half-time and the coach praised his squad after the match.")
    _, evs = events_of(pipeline, text)
    assert evs == []


def test_complaints_are_about_someone_not_to_someone(pipeline):
    _, evs = events_of(pipeline, "Lebanon complained to the United Nations over Israeli air raids on its villages.")
    assert ("LBN", "ISR", "114") in triples(real(evs))


def test_consequence_without_target_is_not_a_second_event(pipeline):
    _, evs = events_of(pipeline, "Sudanese rebels shelled Ethiopian villages on Sunday, killing about 20 people.")
    fights = [e for e in real(evs) if e.root == "19" and e.source.startswith("SDN")]
    assert fights and all(e.target is not None for e in fights)


def test_refusing_to_comment_is_declining_comment(pipeline):
    # a comment declined on a named party's act is an event; declined to no one, about no one, it is no dyad
    _, evs = events_of(pipeline, "The US Justice Department refused to comment on the Iraqi request.")
    assert [(e.code, e.target) for e in real(evs)] == [("011", "IRQ")]
    _, evs = events_of(pipeline, "The US Justice Department refused to say whether it would appeal.")
    assert not real(evs)


def test_reported_speech_events_keep_their_own_actors(pipeline):
    _, evs = events_of(pipeline, "Officials in Kabul said Pakistani troops had shelled Afghan villages.")
    assert any(e.source.startswith("PAK") and e.target == "AFG" and e.root == "19" for e in real(evs))
