"""Quotation marks: find the quoted spans of an article body, paragraph by paragraph.

Double marks only (straight ``"`` and curly ``“ ” „ « »``): single marks are nested quotes or
apostrophes and stay part of the content. A quotation never crosses a blank line, except by the
print convention for a quotation of several paragraphs: each paragraph re-opens with a mark and only
the last one closes. Unbalanced marks never raise: an unclosed mark runs to the end of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecoder.clean.unicode import TYPED_APOSTROPHE

OPENING = "\u201c\u201e\u00ab"  # “ „ «
CLOSING = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
# typewriter forms used by some wires and archives: ``opening'' and ''straight''
OPENING_PAIR, STRAIGHT_PAIR = "``", "''"
_MARK_RE = re.compile(f"``|''|[{re.escape(MARKS)}]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


@dataclass
class MarkedSpan:
    """A quotation between marks. ``start``/``end`` delimit the content (marks excluded)."""

    start: int
    end: int
    open_mark: int  # char index of the opening mark
    close_mark: int | None  # char index of the closing mark; None when the paragraph ended first
    paragraph: int  # index of the paragraph holding the opening mark
    last_paragraph: int  # index of the paragraph holding the end (> paragraph for multi-paragraph)

    close_len: int = 1  # length of the closing mark ('' is two characters)

    @property
    def after_close(self) -> int:
        """Index just after the closing mark (the content end when the quotation is unclosed)."""
        return self.close_mark + self.close_len if self.close_mark is not None else self.end

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (blocks separated by a blank line)."""
    bounds, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


def _scan_paragraph(text: str, a: int, b: int) -> list[tuple[int, int, int | None, int]]:
    """(open, open length, close, close length) of the marks in text[a:b]; close is None for a mark
    still open at the end of the paragraph."""
    pairs: list[tuple[int, int, int | None, int]] = []
    open_at: tuple[int, int] | None = None
    open_style = ""
    nested = False  # a curly quotation inside a straight one: "He said “no” to us," she said.
    for m in _MARK_RE.finditer(text, a, b):
        ch, i = m.group(), m.start()
        if ch == STRAIGHT and TYPED_APOSTROPHE.match(text, i):
            continue  # (cleaned article bodies have none; a spaCy user's own text may)
        opening = ch in OPENING or ch == OPENING_PAIR
        closing = ch in CLOSING
        if open_at is not None and open_style == STRAIGHT:
            if opening and not nested:
                nested = True
                continue
            if closing and nested:
                nested = False
                continue
        if open_at is None and ch == STRAIGHT and _closes_a_word(text, i, b):
            continue  # 'a very effective recruiting sergeant" for terrorists".': a stray closing mark
        if open_at is None:
            open_style = ch
            nested = False
            if not closing:
                open_at = (i, len(ch))
            # a closing mark with nothing open is a stray: ignore it
        elif (opening or ch == STRAIGHT) and _opens_a_sentence(text, i, a):
            # a mark opening a sentence while a quotation is open: the earlier one was never closed
            # (the re-open convention inside a paragraph, 'of hope. "Labour is ...'): it ends before
            # this mark (its "closing mark" is the space there)
            pairs.append((open_at[0], open_at[1], i - 1, 1))
            open_at = (i, len(ch))
            open_style = ch
            nested = False
        elif not opening:
            pairs.append((open_at[0], open_at[1], i, len(ch)))
            open_at = None
        else:  # an opening mark while one is open: the earlier one was never closed
            open_at = (i, len(ch))
    if open_at is not None:
        pairs.append((open_at[0], open_at[1], None, 0))
    return pairs


def _closes_a_word(text: str, i: int, b: int) -> bool:
    """Whether the straight mark at I can only close a quotation: right after a word or its punctuation
    and before a space, punctuation or the paragraph's end (an opening mark comes before its words)."""
    if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,;:!?"):
        return False
    return i + 1 >= b or not text[i + 1].isalnum()


def _opens_a_sentence(text: str, i: int, a: int) -> bool:
    """Whether the straight mark at I can only open a quotation: after a sentence's end and a space,
    right before a word ('... of hope. "Labour is ...'); a closing mark follows its words directly."""
    if i - 2 < a or not text[i - 1].isspace() or i + 1 >= len(text) or not text[i + 1].isalnum():
        return False
    j = i - 1
    while j > a and text[j].isspace():
        j -= 1
    return text[j] in ".!?"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every quotation between double marks in the body, in text order."""
    paras = paragraph_bounds(text)
    spans: list[MarkedSpan] = []
    pending: MarkedSpan | None = None  # a quotation left open at the end of the previous paragraph
    for pi, (a, b) in enumerate(paras):
        pairs = _scan_paragraph(text, a, b)
        if pending is not None:
            # a quotation of several paragraphs (each re-opens, only the last closes) is one quote per
            # paragraph, as one pair of marks per quote: the unclosed one ends with its paragraph and
            # the next carries on from it (the quotes stage gives it the same speaker)
            spans.append(pending)
            pending = None
        for o, olen, c, clen in pairs:
            s, e = _trimmed(text, o + olen, c if c is not None else b)
            span = MarkedSpan(s, e, o, c, pi, pi, clen or 1)
            if c is None:
                pending = span
            elif e > s:
                spans.append(span)
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if s.end > s.start]
