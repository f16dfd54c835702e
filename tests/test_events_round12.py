"""Events stage, twelfth round: judgements told as verdicts. A verdict verb (call, brand, label, term, dub;
describe, hail, praise ... as) gives its object a judging complement: criticism (111), praise (051) or an
accusation (112) of the party named, its possessor, or the author of the act judged. Verdicts of no party, and
the verbs' other uses, are no event."""

from __future__ import annotations

from event_helpers import reported_codes, reported_events


def test_a_quoted_complement_hung_on_the_object_is_the_verdict(pipeline):
    # the parser reads the quoted adjectives as the object's modifiers
    codes = reported_codes(pipeline, 'Greenpeace branded the Japanese government\'s whaling programme '
                                     '"shameful and illegal".')
    assert any(t == "JPN" and c == "111" for _, t, c in codes)


def test_a_quoted_noun_complement_and_the_judges_own_government(pipeline):
    events = reported_events(pipeline, 'Opposition leader Kevin Rudd called the government\'s tax plan "a disgrace".')
    assert [(e.source, e.target, e.code) for e in events] == [("AUSOPP", "AUSGOV", "111")]


def test_a_verdict_on_an_act_told_earlier_is_aimed_at_its_author(pipeline):
    events = reported_events(pipeline, 'Chancellor Gordon Brown unveiled the budget on Wednesday. Shadow '
                                       'chancellor Oliver Letwin branded the budget "a con trick".')
    assert ("GBROPP", "GBRGOV", "111") in [(e.source, e.target, e.code) for e in events]


def test_any_judging_word_of_a_coordinated_complement_counts(pipeline):
    codes = reported_codes(pipeline, 'Canadian fishermen called France\'s new quotas "costly and unfair".')
    assert ("CAN", "FRA", "111") in codes
    praise = reported_codes(pipeline, 'The European Commission described Turkey\'s reforms as "bold and '
                                      'impressive".')
    assert any(t == "TUR" and c == "051" for _, t, c in praise)


def test_calling_a_party_a_liar_is_an_accusation(pipeline):
    codes = reported_codes(pipeline, "Venezuelan President Hugo Chavez called George W Bush a liar.")
    assert ("VEN", "USA", "112") in codes


def test_a_verdict_read_as_a_small_clause_or_told_in_the_passive(pipeline):
    termed = reported_codes(pipeline, "The Kremlin termed the Ukrainian government's decision illegal.")
    assert ("RUS", "UKR", "111") in termed
    dubbed = reported_codes(pipeline, 'Iran dubbed the American sanctions "cruel".')
    assert ("IRN", "USA", "111") in dubbed
    passive = reported_codes(pipeline, 'The Israeli government\'s plans were branded "reckless" by Egypt.')
    assert ("EGY", "ISR", "111") in passive


def test_an_as_phrase_on_the_object_is_the_verdict(pipeline):
    codes = reported_codes(pipeline, "Human Rights Watch described the Uzbek government's crackdown as brutal.")
    assert any(t == "UZB" and c == "111" for _, t, c in codes)


def test_other_uses_of_the_verdict_verbs_are_no_judgement(pipeline):
    for text in ("The French president called Tony Blair on Tuesday.",
                 "Pakistan called for talks with India.",
                 "Prime Minister Tony Blair called the election for 5 May.",
                 "The Indian prime minister's son was called Rahul.",
                 "The Pakistani president described the talks with India in detail."):
        codes = reported_codes(pipeline, text)
        assert not any(c[:2] in ("05", "11") for _, _, c in codes), text


def test_a_verdict_on_no_party_or_a_neutral_complement_is_no_event(pipeline):
    for text in ("Prime Minister Tony Blair called the meeting a success.",
                 "The Australian minister called the situation in Iraq dangerous.",
                 "The Japanese company described the quarter as difficult.",
                 "President Bush called the Russian president's visit long."):
        codes = reported_codes(pipeline, text)
        assert not any(c[:2] in ("05", "11") for _, _, c in codes), text


def test_a_denied_verdict_is_not_reported_and_a_possible_one_is_hypothetical(pipeline):
    codes = reported_codes(pipeline, "The French president did not call the British government's plan illegal.")
    assert not any(c == "111" for _, _, c in codes)
    maybe = pipeline.extract(text='Tory leader Michael Howard may brand Tony Blair\'s plans "a shambles".',
                             published="2005-02-01").events
    assert [(e.code, e.hypothetical) for e in maybe if e.code == "111"] == [("111", True)]


def test_a_verdict_in_a_relative_clause_judges_its_antecedent(pipeline):
    events = reported_events(pipeline, 'Former Tory leader William Hague recalled the Labour government, which he '
                                       'labelled "a shambles".')
    assert any(e.target == "GBRGOV" and e.code == "111" for e in events)


def test_a_measure_noun_is_looked_through_to_the_verdict(pipeline):
    codes = reported_codes(pipeline, 'Japanese Prime Minister Yasuhiro Nakasone branded the American tariffs "an '
                                     'act of hypocrisy".')
    assert ("JPN", "USA", "111") in codes


def test_verbs_that_are_verdicts_themselves(pipeline):
    lambasted = reported_codes(pipeline, "Tory leader Michael Howard lambasted Chancellor Gordon Brown's pension "
                                         "plans.")
    assert ("GBR", "GBR", "111") in lambasted
    questioned = reported_codes(pipeline, "Egyptian President Hosni Mubarak called into question Israel's "
                                          "commitment to peace.")
    assert ("EGY", "ISR", "111") in questioned
    tribute = reported_codes(pipeline, "Indian Prime Minister Manmohan Singh paid tribute to Pakistani President "
                                       "Pervez Musharraf.")
    assert ("IND", "PAK", "051") in tribute


def test_what_a_speaker_called_something_judges_the_thing_named(pipeline):
    codes = reported_codes(pipeline, "Soviet leader Mikhail Gorbachev spoke of what he called the American "
                                     "government's reckless policy in the Gulf.")
    assert any(t == "USA" and c == "111" for _, t, c in codes)
