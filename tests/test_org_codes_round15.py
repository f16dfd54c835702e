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
