"""Events stage, twelfth round (act authors): a definite act noun judged or backed without its doer ("called the
ban illegal", "criticised the move", "called that suggestion 'disgraceful'") takes the doer of the nearest earlier
mention of the same act: the same noun, a listed synonym, or the verb that tells it (act_nouns.tsv)."""

from __future__ import annotations

from event_helpers import reported_events


def has_event(events, code_root: str, source: str, target: str | None) -> bool:
    return any(e.code.startswith(code_root) and e.source == source and e.target == target for e in events)


def test_the_ban_after_a_government_banned(pipeline):
    events = reported_events(pipeline, "The French government banned imports of British beef in 1996. British "
                                       "farmers called the ban illegal.")
    assert has_event(events, "11", "GBRAGR", "FRAGOV")


def test_the_sale_is_the_act_of_the_one_who_forced_it(pipeline):
    events = reported_events(pipeline, "To settle the bill, the Russian government forced Yukos to sell off its "
                                       "main production unit. Yukos called the sale illegal.")
    assert has_event(events, "11", "RUSBUS", "RUSGOV")


def test_that_suggestion_after_someone_suggested(pipeline):
    events = reported_events(pipeline, "Tony Blair suggested on Tuesday that taxes could rise after the election. "
                                       "Conservative leader Michael Howard called that suggestion \"disgraceful\".",
                             published="2005-03-10")  # (in 2021 Tony Blair is a former prime minister: GBRELI)
    assert has_event(events, "11", "GBROPP", "GBRGOV")


def test_the_move_after_someone_started_moves(pipeline):
    events = reported_events(pipeline, "The Indian government started moves to privatise the state airline on "
                                       "Monday. Trade unions in Mumbai criticised the move.")
    assert has_event(events, "11", "INDLAB", "INDGOV")


def test_an_unrelated_earlier_policy_is_no_author_of_the_plans(pipeline):
    events = reported_events(pipeline, "The Conservatives said on Monday they would cap the number of asylum "
                                       "seekers. The European Union adopted a common asylum policy last year. "
                                       "Refugee Council chief Maeve Sherlock called the plans \"dangerous\".")
    assert not any(e.target == "IGOEUREEC" for e in events)


def test_two_competing_authors_give_none(pipeline):
    events = reported_events(pipeline, "The German government published plans for a tax on aviation fuel. The "
                                       "French government published plans for a tax on shipping fuel. British "
                                       "airlines criticised the plans.")
    assert not any(e.code.startswith("11") and e.target in ("DEUGOV", "FRAGOV") for e in events)


def test_the_plans_after_someones_plans_still_found(pipeline):
    events = reported_events(pipeline, "The Conservatives unveiled plans to cap immigration. Refugee Council chief "
                                       "Maeve Sherlock called these plans \"dangerous\".", "2005-03-10")
    assert has_event(events, "11", "GBRNGO", "GBROPP")  # (in opposition in 2005: ruling_parties.tsv)


def test_act_noun_table_is_symmetric_and_has_verbs():
    from wirecoder.extract.event_actors import load_act_nouns

    acts = load_act_nouns()
    assert "sell" in acts["sale"].verbs and "ban" in acts["ban"].verbs
    assert "plan" in acts["proposal"].same and "proposal" in acts["plan"].same
    assert "policy" not in acts["plan"].same | acts["plan"].related
    assert "bill" in acts["measure"].related and "measure" in acts["bill"].related


def test_plans_unveiled_by_a_party_are_its_plans(pipeline):
    events = reported_events(pipeline, "New plans to cap immigration were unveiled by the Conservatives on Monday. "
                                       "Refugee Council chief Maeve Sherlock called the plans \"dangerous\".",
                             "2005-03-10")
    assert has_event(events, "11", "GBRNGO", "GBROPP")


def test_proposals_put_forward_by_a_government(pipeline):
    events = reported_events(pipeline, "Proposals put forward by the German government would tax aviation fuel. "
                                       "British airlines criticised the proposals.")
    assert has_event(events, "11", "GBRBUS", "DEUGOV")


def test_the_decision_by_a_government(pipeline):
    events = reported_events(pipeline, "The decision by the French government to raise fuel taxes was announced on "
                                       "Monday. British hauliers called the decision \"outrageous\".")
    assert any(e.code.startswith("11") and e.target == "FRAGOV" for e in events)


def test_the_measure_after_a_departments_proposal(pipeline):
    # a related noun of act_nouns.tsv, read when no mention of "measure" itself names an author
    events = reported_events(pipeline, "The U.S. Agriculture Department published a proposal to label tropical oils "
                                       "on Monday. The Malaysian government criticised the measure.")
    assert has_event(events, "11", "MYSGOV", "USAGOV")
