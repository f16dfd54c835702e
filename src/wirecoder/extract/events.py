"""CAMEO events. Placeholder until the stage lands."""

from __future__ import annotations

from wirecoder.extract.base import ArticleContext
from wirecoder.record import Event


def extract_events(ctx: ArticleContext) -> list[Event]:
    return []
