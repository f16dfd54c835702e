"""Document tone. Placeholder until the stage lands."""

from __future__ import annotations

from wirecoder.extract.base import ArticleContext
from wirecoder.record import Tone


def document_tone(ctx: ArticleContext) -> Tone:
    return Tone()
