"""Structural cues from the page's element tree that trafilatura's body misses.

The lead (standfirst, teaser text, intro, summary paragraph) of many news CMSs sits in the article header,
outside the container that trafilatura takes as the body, so the article's first paragraph is lost.
`lead_candidates` lists the elements whose class/id names a lead, in document order; `lead_before_body`
picks the one nearest before the body's first paragraph (teaser lists of other articles come after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# class/id words naming a lead paragraph (the class is split into words at spaces, - _ and camelCase)
LEAD_WORDS = frozenset(
    "lead lede standfirst intro introduction summary excerpt chapo deck abstract subtitle subheadline "
    "subline kicker-text teaser description documentdescription".split()
)
# a lead is prose: not a one-line label, not a whole page section
MIN_LEAD_CHARS, MAX_LEAD_CHARS, MIN_LEAD_WORDS = 60, 1500, 8
# elements whose lead-looking text belongs to navigation, lists of other articles or forms
_NOT_IN = frozenset("a nav aside footer li form button select option label script style noscript".split())
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
MAX_SCANNED = 20_000  # elements looked at per page: the lead sits near the top


@dataclass
class Block:
    index: int  # document order among the text blocks
    text: str
    is_lead: bool


def class_words(el: Any) -> set[str]:
    """Lower-cased words of an element's class and id attributes ("article-teaser" -> article, teaser)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return {w.lower() for w in _WORD_SPLIT.split(names) if w}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _inside_excluded(el: Any) -> bool:
    node = el
    while node is not None:
        if isinstance(node.tag, str) and node.tag.lower() in _NOT_IN:
            return True
        node = node.getparent()
    return False


def page_blocks(tree: Any) -> list[Block]:
    """Text blocks of TREE in document order (paragraph-like elements), with the lead candidates marked.

    To be called before trafilatura, which prunes the tree it is given.
    """
    blocks: list[Block] = []
    for n, el in enumerate(tree.iter()):
        if n > MAX_SCANNED:
            break
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        lead_class = bool(class_words(el) & LEAD_WORDS)
        if tag not in {"p", "h2", "h3"} and not lead_class:
            continue
        text = _squash(el.text_content())
        if not text:
            continue
        is_lead = (
            lead_class
            and MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS
            and len(text.split()) >= MIN_LEAD_WORDS
            and not _inside_excluded(el)
        )
        blocks.append(Block(len(blocks), text, is_lead))
    return blocks


def lead_before_body(blocks: list[Block], body: str) -> str | None:
    """The lead candidate nearest before the block holding BODY's first line, when BODY lacks it."""
    first = next((ln.strip() for ln in body.split("\n") if len(ln.strip()) >= 30), "")
    if not first:
        return None
    probe = _squash(first)[:60]
    start = next((b.index for b in blocks if probe in b.text), None)
    if start is None:
        return None
    flat = _squash(body)
    for b in reversed(blocks[:start]):
        if b.is_lead:
            return None if b.text in flat else b.text
    return None


def add_lead(body: str, blocks: list[Block]) -> str:
    """BODY with the page's lead paragraph in front, when trafilatura left it out."""
    lead = lead_before_body(blocks, body)
    return f"{lead}\n{body}" if lead else body
