"""Office titles in stories of two countries (round 14): "the prime minister" after a named office holder
when the article has no one home country, found through the countries of the people named close by
(the dated office-holders table, small texts of our own)."""

from __future__ import annotations

from test_entities import analyse, by_name

TWO_COUNTRIES = (
    "Tony Blair has said he looks forward to working with George Bush during his second term.\n\n"
    "Mr Bush's victory came at a crucial time for the world, Mr Blair said. Peace in the Middle East was the "
    "most pressing challenge of the day, Mr Blair warned. The prime minister also urged Europe and the United "
    "States to rebuild their alliance.\n\n"
    "Democrat John Kerry conceded defeat in Boston on Wednesday."
)


def _texts(ctx, ent) -> list[str]:
    return [ctx.article.text[s:e] for s, e in ent.mentions]


def test_prime_minister_is_the_named_holder_nearby_in_a_story_of_two_countries(nlp):
    ctx = analyse(nlp, TWO_COUNTRIES)
    assert "The prime minister" in _texts(ctx, by_name(ctx, "Tony Blair"))


def test_the_appeal_of_the_prime_minister_is_coded_as_blairs(pipeline):
    record = pipeline.extract(text=TWO_COUNTRIES)
    appeals = [e for e in record.events if e.code.startswith("02") and not e.hypothetical]
    assert appeals and all(e.source == "GBRGOV" for e in appeals)
    assert {e.target for e in appeals} >= {"USA"}


def test_two_prime_ministers_named_nearby_resolve_to_neither(nlp):
    ctx = analyse(nlp, (
        "Tony Blair and Jean-Pierre Raffarin spoke to George Bush by telephone from Washington on Monday. "
        "The prime minister said the call had gone well."))
    for name in ("Tony Blair", "Jean-Pierre Raffarin"):
        assert "The prime minister" not in _texts(ctx, by_name(ctx, name))
