"""Quotes: who said what. Placeholder until the stage lands."""

from __future__ import annotations

from wirecoder.extract.base import ArticleContext
from wirecoder.record import Quote


def extract_quotes(ctx: ArticleContext) -> list[Quote]:
    return []
