"""Organisations, round 15: an article that names no country and no state actor takes the home of the firms and
media the dictionaries know as its country, when one country has most of them; a "Union of <trade>" is labour
whoever its members are, but for students' and teachers' unions (education)."""

from __future__ import annotations

from test_entities import analyse, by_name

TELEGRAPH = ("The Daily Telegraph and the Financial Times are cutting 90 journalist jobs, the Guardian reported.\n\n"
             "The National Union of Journalists said the Daily Telegraph cuts would hurt quality. Barry Fitzpatrick, "
             "the union's deputy general secretary, said members would be balloted.")


def test_an_article_naming_no_country_takes_the_home_of_its_known_media(nlp):
    ctx = analyse(nlp, TELEGRAPH)
    assert by_name(ctx, "National Union of Journalists").actor == "GBRLAB"


def test_a_country_named_still_decides(nlp):
    ctx = analyse(nlp, "The Financial Times and the Guardian reported that French unions called a strike in France. "
                       "The Financial Times said the government would not yield.")
    assert by_name(ctx, "government").actor == "FRAGOV"


def test_unions_of_trades_are_labour_unions_of_students_and_teachers_education(nlp):
    ctx = analyse(nlp, "The National Union of Mineworkers and the National Union of Students met in Britain.")
    assert by_name(ctx, "National Union of Mineworkers").actor == "GBRLAB"
    assert by_name(ctx, "National Union of Students").actor == "GBREDU"
    ctx = analyse(nlp, "The National Union of Journalists called a strike in Britain.")
    assert by_name(ctx, "National Union of Journalists").actor == "GBRLAB"


def test_an_all_party_committee_is_the_legislatures_and_can_act(pipeline):
    record = pipeline.extract(text="Thousands of public bodies in Britain are ill-prepared for the Freedom of "
                                   "Information Act, say MPs. But an all-party committee said it was not confident "
                                   "many would be ready. It blamed the Department for Constitutional Affairs for a "
                                   "lack of consistent leadership.")
    assert any(e.name == "all-party committee" and e.actor == "GBRLEG" for e in record.entities)
    assert any(e.code.startswith("11") and e.source == "GBRLEG" and e.target == "GBRGOV" for e in record.events)
