"""What the quote tests share: run the entities and quotes stages on one small text."""

from __future__ import annotations

from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.entities import extract_entities
from wirecoder.extract.quotes import extract_quotes
from wirecoder.record import Quote
from wirecoder.resources import Resources

RESOURCES = Resources()


def quotes_of(nlp, text: str, resources: Resources | None = None) -> list[Quote]:
    """The quotes of TEXT, with the entity table the pipeline would give the quotes stage."""
    doc = nlp(text)
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=resources or RESOURCES)
    ctx.entities = extract_entities(ctx)
    return extract_quotes(ctx)


def quote_with(quotes: list[Quote], fragment: str) -> Quote:
    """The first quote whose text holds FRAGMENT (failing with what there is, when none does)."""
    found = [q for q in quotes if fragment in q.text]
    assert found, (fragment, [q.text for q in quotes])
    return found[0]
