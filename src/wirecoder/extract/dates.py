"""Date expressions resolved against the publication date. Placeholder until the stage lands."""

from __future__ import annotations

from wirecoder.extract.base import ArticleContext
from wirecoder.record import DateRef


def extract_dates(ctx: ArticleContext) -> list[DateRef]:
    return []
