"""Raw article -> CleanArticle. Placeholder: the cleaning rules land with the foundation issue."""

from __future__ import annotations

from wirecoder.clean import CleanArticle
from wirecoder.readers import RawArticle


def clean_article(raw: RawArticle) -> CleanArticle:
    text = raw.text or ""
    return CleanArticle(
        id=raw.id, text=text.strip(), url=raw.url, title=raw.title, source=raw.source,
        published=raw.published, errors=list(raw.errors),
    )
