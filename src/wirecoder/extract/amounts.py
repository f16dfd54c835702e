"""Money amounts. Placeholder until the stage lands."""

from __future__ import annotations

from wirecoder.extract.base import ArticleContext
from wirecoder.record import Amount


def extract_amounts(ctx: ArticleContext) -> list[Amount]:
    return []
