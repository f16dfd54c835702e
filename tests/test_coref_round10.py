"""Coreference, round 10: titles written after a name or with a qualifier, former offices, title
phrases that name a party ("the Labour MP for Wigan"), and title-only mentions merged into the person
who holds the title (small texts of our own)."""

from __future__ import annotations

from test_entities import analyse, by_name


def _texts(ctx, ent) -> list[str]:
    return [ctx.article.text[s:e] for s, e in ent.mentions]


def test_post_name_title_is_a_role_not_a_name(nlp):
    ctx = analyse(nlp, "Former transport minister Alan Hartwell MP criticised the plan on Sunday.")
    hartwell = by_name(ctx, "Alan Hartwell")
    assert "MP" in hartwell.roles
    assert "Former transport minister" in hartwell.roles  # the qualifier and "former" are kept


def test_qc_after_a_comma_is_a_title(nlp):
    ctx = analyse(nlp, "The inquiry was led by Margaret Ellwood, QC, who said the evidence was weak.")
    assert "QC" in by_name(ctx, "Margaret Ellwood").roles


def test_current_title_after_the_name_wins_over_the_former_one(nlp):
    ctx = analyse(nlp, "Former British welfare minister Alan Hartwell MP attacked the budget.")
    hartwell = by_name(ctx, "Alan Hartwell")
    assert hartwell.actor == "GBRLEG"  # an MP now, no former official (ELI)
    assert "former welfare minister" in [r.lower() for r in hartwell.roles]


def test_former_office_does_not_answer_the_title(nlp):
    ctx = analyse(nlp, (
        "Former French prime minister Lionel Marchand criticised the reform on Sunday. "
        "He said the prime minister had misled voters."
    ))
    marchand = by_name(ctx, "Lionel Marchand")
    assert "Former prime minister" in marchand.roles
    assert "the prime minister" not in _texts(ctx, marchand)


def test_party_title_with_constituency_is_the_mp_named_before(nlp):
    ctx = analyse(nlp, (
        "Former welfare minister Alan Hartwell MP attacked the budget on Sunday.\n\n"
        '"What sort of example does it give?" the Labour MP for Wigan asked. '
        "He said the government should think again."
    ))
    texts = _texts(ctx, by_name(ctx, "Alan Hartwell"))
    assert any("Labour MP" in t for t in texts) and "He" in texts
    assert not [e.name for e in ctx.entities.entities if e.type == "PERSON" and e.name != "Alan Hartwell"]
