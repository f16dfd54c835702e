"""Cleaning: raw text or HTML -> CleanArticle (body, title, dates, bylines, captions, source)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CleanArticle:
    id: str
    text: str = ""
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    dateline_place: str | None = None  # "ISLAMABAD" from "ISLAMABAD, Sept 5 (Reuters) -"
    language: str | None = None  # ISO 639-1, detected offline
    errors: list[str] = field(default_factory=list)

    @property
    def english(self) -> bool:
        return self.language in (None, "en")
