"""Entities, actors and their mentions (issue: entities). Placeholder until the stage lands."""

from __future__ import annotations

from wirecoder.extract.base import ArticleContext, EntityTable


def extract_entities(ctx: ArticleContext) -> EntityTable:
    return EntityTable()
