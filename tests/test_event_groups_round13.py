"""Groups of people named bare as event doers: a crowd whose verb the parser hung on it as a participle, a
generic head ("leaders") taking the sector of the group noun before it, lawmakers of the story's own country."""

from __future__ import annotations

from test_events import events_of, real


def sources_of(pipeline, text: str) -> set[str]:
    _, evs = events_of(pipeline, text)
    return {e.source for e in real(evs) if e.source}


def test_crowd_whose_verb_hangs_on_it_protests(pipeline):
    text = ("Supporters of Manchester United are angry at the bid for the club in Manchester. "
            "About 300 fans protested outside the Old Trafford ground in Manchester two weeks ago.")
    assert "GBRCVL" in sources_of(pipeline, text)
    # guard: a headline-like fragment with no full stop stays without a doer
    assert not sources_of(pipeline, "Workers in Manchester are angry. Hundreds of fans arrested in Manchester")


def test_union_leaders_are_labour(pipeline):
    text = ("Thousands of workers lost their jobs when the factory in Maseru, Lesotho, closed last month. "
            "Union leaders and trade campaigners have criticised the Lesotho factory owners.")
    assert "LSOLAB" in sources_of(pipeline, text)


def test_bare_mps_are_the_story_parliament_only_when_clear(pipeline):
    home = ("The deal was struck in London and Manchester, and British ministers backed it. "
            "A group of five MPs criticised the Department of Trade and Industry on Monday.")
    assert "GBRLEG" in sources_of(pipeline, home)
    # guard: a story whose places (France) and people (Britain) differ gives bare MPs no country
    abroad = ("British ministers met in Paris on Monday. Talks in Paris and Lyon went on in France. "
              "A group of five MPs criticised the deal on Tuesday.")
    assert not any(s.endswith("LEG") for s in sources_of(pipeline, abroad))


def test_group_word_on_an_act_takes_the_country_of_its_place(pipeline):
    _, evs = events_of(pipeline, "Oil prices rose last week after militant attacks in Riyadh, the Saudi capital.")
    assert "SAUINS" in {e.source for e in evs}
    # guard: with no place named, the militants get no country
    _, evs = events_of(pipeline, "Oil prices rose last week after militant attacks on foreign workers.")
    assert not any((e.source or "").endswith("INS") for e in evs)
