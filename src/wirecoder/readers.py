"""Readers: turn INPUT arguments (files, folders, JSONL, stdin) into a stream of RawArticle.

Placeholder interface; the full readers (decoding detection, gz, folders) live here.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    """One input article before cleaning. Exactly one of text/html is set unless `errors` says why not."""

    id: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    origin: str = ""  # where it came from (path, "path:line", "<stdin>:line"), for messages
    errors: list[str] = field(default_factory=list)
