"""Raw article -> CleanArticle: the entry point of the cleaning stage.

Plain text goes through ``clean.text``; HTML through ``clean.html`` (trafilatura for the body,
page metadata for title/date/authors) and then the same text rules. Metadata given in the input
(title, published, source) wins over what is found in the page. The language of the body is
detected offline; a non-English article keeps its clean text and metadata, and `errors` says which
stages were skipped.
"""

from __future__ import annotations

from wirecoder.clean import CleanArticle
from wirecoder.clean.datelines import dateline_place, find_date
from wirecoder.clean.text import clean_text
from wirecoder.language import detect_language, non_english_message
from wirecoder.readers import RawArticle


def normalize_published(value: str | None) -> str | None:
    """An input `published` value as ISO 8601; None when it cannot be read as a date."""
    if not value:
        return None
    from datetime import datetime

    v = value.strip()
    try:
        parsed = datetime.fromisoformat(v.replace("Z", "+00:00"))
        return parsed.isoformat() if len(v) > 10 else parsed.date().isoformat()
    except ValueError:
        hit = find_date(v)
        return hit.value if hit and hit.value else None  # unreadable: the page's own date is used instead


def clean_article(raw: RawArticle) -> CleanArticle:
    art = CleanArticle(id=raw.id, url=raw.url, errors=list(raw.errors))
    if raw.html is not None:
        from wirecoder.clean.html import clean_html

        parts = clean_html(raw.html, url=raw.url, title=raw.title, errors=art.errors, published_hint=raw.published)
    elif raw.text is not None:
        parts = clean_text(raw.text, title=raw.title, published_hint=raw.published)
    else:
        art.title, art.source, art.published = raw.title, raw.source, normalize_published(raw.published)
        return art
    art.text = parts.body
    art.title = raw.title or parts.title
    art.source = raw.source or parts.source
    art.published = normalize_published(raw.published) or parts.published
    art.authors = parts.authors
    art.captions = parts.captions
    art.dateline_place = parts.dateline_place or dateline_place(raw.dateline)
    if not art.text.strip() and not art.errors:
        art.errors.append("no article text found")
    lang = detect_language(art.text) if art.text else None
    art.language = lang
    if lang and lang != "en":
        art.errors.append(non_english_message(lang))
    return art
