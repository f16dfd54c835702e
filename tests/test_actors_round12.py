"""Actors, round 12: Britain's main opposition party under its plural and adjective names (small texts of our
own)."""

from __future__ import annotations

from test_entities import analyse


def _codes_of(ctx, surface: str) -> set[str | None]:
    return {e.actor for e in ctx.entities.entities if any(ctx.article.text[s:t] == surface for s, t in e.mentions)}


def test_conservatives_plural_is_the_party(nlp):
    ctx = analyse(nlp, "The Conservatives rejected the idea on Tuesday, and Labour said it would press on.")
    assert _codes_of(ctx, "Conservatives") == {"GBRPTY"}


def test_conservative_as_modifier_is_the_party(nlp):
    ctx = analyse(nlp, "Michael Howard said the Conservative plans would cut immigration by half.")
    assert _codes_of(ctx, "Conservative") == {"GBRPTY"}


def test_lower_case_conservatives_are_no_party(nlp):
    ctx = analyse(nlp, "Many conservatives in America oppose the new spending law.")
    assert not any(e.actor == "GBRPTY" for e in ctx.entities.entities)
