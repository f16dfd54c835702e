"""Coreference round 14: "it"/"its" in what a body's spokesman or head reports is that body ("Noranda spokesman
Denis Morin said it would not sell its stake"), even when another organisation was the subject before; not in what
an analyst or other outsider says of a firm (small texts of our own)."""

from __future__ import annotations

from test_entities import analyse, by_name


def _texts(ctx, ent) -> list[str]:
    return [ctx.article.text[s:e] for s, e in ent.mentions]


def test_a_spokesmans_it_is_his_body_not_the_subject_before(nlp):
    ctx = analyse(nlp, "Falconbridge Ltd said it would raise its offer for the mine. Noranda spokesman Denis Morin "
                       "said it would not sell its stake.")
    assert _texts(ctx, by_name(ctx, "Noranda")).count("it") == 1
    assert "its" in _texts(ctx, by_name(ctx, "Noranda"))


def test_a_head_named_in_apposition_speaks_for_the_body_he_heads(nlp):
    ctx = analyse(nlp, "Marks & Spencer has cut prices by 24%. Dresdner Kleinwort Wasserstein said the cuts came "
                       "early. Stuart Rose, head of M&S, said last year its prices were too high.")
    assert "its" in _texts(ctx, by_name(ctx, "Marks & Spencer"))
    assert "its" not in _texts(ctx, by_name(ctx, "Dresdner Kleinwort Wasserstein"))


def test_an_analyst_talks_of_another_firm(nlp):
    ctx = analyse(nlp, "Marks & Spencer has cut prices by 24%. John Smith, an analyst at Dresdner Kleinwort "
                       "Wasserstein, said its prices were too high.")
    assert "its" not in _texts(ctx, by_name(ctx, "Dresdner Kleinwort Wasserstein"))
