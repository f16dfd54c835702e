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
    "subline teaser description preface dek strapline".split()
)
# a lead is prose: not a one-line label, not a whole page section
MIN_LEAD_CHARS, MAX_LEAD_CHARS, MIN_LEAD_WORDS = 60, 1500, 8
# elements whose lead-looking text belongs to navigation, lists of other articles or forms
_NOT_IN = frozenset(
    "a nav aside footer li form button select option label script style noscript figure figcaption".split()
)
MAX_LINK_SHARE = 0.3  # a block mostly made of link text is a teaser of another page
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_BLOCK_TAGS = frozenset({"p", "h2", "h3"})
MARKER_CHARS = 30
MAX_HEADING_CHARS = 150  # a first body line this short may be a subtitle with the lead below it
LEAD_REACH = 2  # blocks looked at after such a subtitle
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


def _link_share(el: Any, text_len: int) -> float:
    linked = sum(len(_squash(a.text_content())) for a in el.iter("a"))
    return linked / max(1, text_len)


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
    root = tree.find(".//body")  # not the <title>, which repeats the headline
    for n, el in enumerate((root if root is not None else tree).iter()):
        if n > MAX_SCANNED:
            break
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        lead_class = bool(class_words(el) & LEAD_WORDS)
        if tag not in _BLOCK_TAGS and not lead_class:
            # other elements only mark where their own text stands (a body may start in a <div>)
            own = _squash(el.text or "")
            if len(own) >= MARKER_CHARS:
                blocks.append(Block(len(blocks), own, False))
            continue
        text = _squash(el.text_content())
        if not text:
            continue
        is_lead = (
            lead_class
            and MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS
            and len(text.split()) >= MIN_LEAD_WORDS
            and text[0] not in "{[<"  # script data (JSON-LD) inside the element
            and not _inside_excluded(el)
            and _link_share(el, len(text)) <= MAX_LINK_SHARE
        )
        blocks.append(Block(len(blocks), text, is_lead))
    return blocks


def find_lead(blocks: list[Block], body: str) -> tuple[str, bool] | None:
    """(lead text, whether it goes after BODY's first line) when the page has a lead that BODY lacks.

    The lead nearest before the block holding BODY's first line; or, when that first line is a
    heading (a subtitle that trafilatura kept), a lead right after it.
    """
    first = next((ln.strip() for ln in body.split("\n") if len(ln.strip()) >= MARKER_CHARS), "")
    if not first:
        return None
    probe = _squash(first)[:60]
    # the smallest block holding the first line: a wrapper around header and body holds it too
    holding = [b for b in blocks if probe in b.text] or [
        b for b in blocks if len(b.text) >= MARKER_CHARS and probe.startswith(b.text[:MARKER_CHARS])
    ]
    if not holding:
        return None
    start = min(holding, key=lambda b: (len(b.text), b.index)).index
    flat = _squash(body)
    lead = next((b for b in reversed(blocks[:start]) if b.is_lead), None)
    after = False
    if lead is None and len(first) <= MAX_HEADING_CHARS:
        lead = next((b for b in blocks[start + 1 : start + 1 + LEAD_REACH] if b.is_lead), None)
        after = True
    if lead is None or lead.text in flat:
        return None
    return lead.text, after


def add_lead(body: str, blocks: list[Block]) -> str:
    """BODY with the page's lead paragraph in its place, when trafilatura left it out."""
    found = find_lead(blocks, body)
    if found is None:
        return body
    lead, after = found
    if not after:
        return f"{lead}\n{body}"
    lines = body.split("\n")
    at = next(i for i, ln in enumerate(lines) if len(ln.strip()) >= MARKER_CHARS) + 1
    return "\n".join(lines[:at] + [lead] + lines[at:])
