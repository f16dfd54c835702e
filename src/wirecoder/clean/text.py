"""Cleaning a plain-text scrape of a news page into body + metadata.

A scrape (as ``000_d1dfb1c7f525a25e.txt``) is: a title line, a header (dates, bylines, photo
captions), the body with one paragraph per line, and trailing page junk. The rules below are
narrow on purpose: whole lines, short lines, known patterns; a real paragraph is never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirecoder.clean.datelines import find_date, is_date_line, match_dateline
from wirecoder.clean.junk import JunkRules, cut_trailing_block, default_rules
from wirecoder.clean.meta import (
    canonical_agency,
    is_caption,
    parse_byline,
    parse_credit_line,
    source_from_line,
)
from wirecoder.clean.unicode import normalize_unicode

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 25
MAX_META_LINE = 160  # header lines (dates, bylines, credits) are short
_SPACES = re.compile(r"[ \t]+")
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "…", "]")
_NOT_PLACES = {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL", "NOTE", "LIVE"}


@dataclass
class TextParts:
    """What cleaning found in one page's text."""

    body: str = ""
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    source: str | None = None
    dateline_place: str | None = None


def normalize_ws(s: str) -> str:
    return " ".join(s.split())


def split_lines(text: str) -> list[str]:
    """Unicode-normalised lines, inner runs of spaces collapsed, trimmed."""
    text = normalize_unicode(text)
    return [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]


def _next_nonblank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i]:
        i += 1
    return i


def _is_meta_line(line: str) -> bool:
    return bool(is_date_line(line) or parse_byline(line) or is_caption(line))


def _looks_like_title(lines: list[str], i: int) -> bool:
    """Line i is a title: short, not a sentence, followed by a blank line or a header line, then more text."""
    s = lines[i]
    if not s or len(s) > MAX_TITLE_CHARS or len(s.split()) > MAX_TITLE_WORDS:
        return False
    if (s.endswith(".") and not s.endswith("...")) or s.endswith(('."', ".”", ".'")):
        return False
    words = s.split()
    if len(words) > 12 and sum(w[:1].isupper() for w in words) < len(words) / 2:
        return False  # a long line in sentence case is the lead paragraph, not a headline
    if is_date_line(s) or parse_byline(s) or is_caption(s) or default_rules().is_junk(s):
        return False
    nxt = i + 1
    if nxt >= len(lines):
        return False
    followed_by_break = not lines[nxt] or _is_meta_line(lines[nxt])
    rest = _next_nonblank(lines, nxt)
    return followed_by_break and rest < len(lines)


def take_title(lines: list[str], given: str | None) -> tuple[str | None, list[str]]:
    """(title, remaining lines): the given title (its copy on the first line dropped) or the scrape's title line."""
    first = _next_nonblank(lines, 0)
    if first >= len(lines):
        return given, lines
    if given:
        if normalize_ws(lines[first]).casefold() == normalize_ws(normalize_unicode(given)).casefold():
            return given, lines[first + 1:]
        return given, lines
    if _looks_like_title(lines, first):
        return lines[first], lines[first + 1:]
    return None, lines


def _context_year(parts: TextParts, published_hint: str | None) -> int | None:
    """The year that yearless dates ("Sept 5") belong to: the article's own date, where known."""
    for value in (published_hint, parts.published, parts.updated):
        if value and re.match(r"(?:19|20)\d\d", value):
            return int(value[:4])
    return None


def _read_header_line(line: str, parts: TextParts) -> bool:
    """Take metadata from a header line (date, byline); True when the line is consumed."""
    if len(line) > MAX_META_LINE:
        return False
    dated = is_date_line(line)
    if dated:
        kind, hit = dated
        if hit.value:
            if kind == "updated":
                parts.updated = parts.updated or hit.value
            else:
                parts.published = parts.published or hit.value
        return True
    byline = parse_byline(line)
    if byline:
        authors, agency = byline
        parts.authors.extend(a for a in authors if a not in parts.authors)
        if agency and not parts.source:
            parts.source = agency
        hit = find_date(line)
        if hit and hit.value and not parts.published:
            parts.published = hit.value
        return True
    return False


def _read_line_anywhere(line: str, parts: TextParts, rules: JunkRules) -> bool:
    """Captions, source/copyright lines and junk, wherever they are; True when the line is not body."""
    if is_caption(line):
        if line not in parts.captions:
            parts.captions.append(line)
        return True
    dated = is_date_line(line) if len(line) <= 60 else None
    if dated and (dated[1].value or "ago" in line.lower()):
        return True  # a date on its own line (a post's or a comment's timestamp) is not body text
    src = source_from_line(line) if len(line) <= MAX_META_LINE else None
    if src:
        parts.source = parts.source or src
        return True
    return rules.is_junk(line)


def _strip_dateline(paragraph: str, parts: TextParts, year: int | None) -> str:
    dl = match_dateline(paragraph)
    if dl is None or (dl.place and dl.place.split(",")[0].strip().upper() in _NOT_PLACES):
        return paragraph
    parts.dateline_place = dl.place
    if dl.agency:
        parts.source = canonical_agency(dl.agency) or dl.agency  # the wire agency outranks the site
    if dl.date_text and not parts.published:
        hit = find_date(dl.date_text, context_year=year)
        if hit and hit.value:
            parts.published = hit.value
    return paragraph[dl.end:].lstrip()


def _ends_sentence(line: str) -> bool:
    return line.endswith(_TERMINAL)


def join_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from lines: each line is one, except hard-wrapped prose, whose lines are re-joined."""
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if current and _continues(current, line):
            current = current[:-1] + line if current.endswith("-") and line[:1].islower() else f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _continues(prev: str, line: str) -> bool:
    """LINE continues the paragraph PREV (a hard line break inside a sentence)."""
    if _ends_sentence(prev):
        return False
    return line[:1].islower() or (len(prev) >= 50 and prev[-1:].isalnum() or prev.endswith((",", "-", "–")))


def _take_credit_lines(lines: list[str], parts: TextParts) -> list[str]:
    """Wire credit lines among the last lines ("(Reporting by ...; Editing by ...)") -> authors."""
    nonblank = [i for i, ln in enumerate(lines) if ln]
    drop = set()
    for i in nonblank[-3:]:
        names = parse_credit_line(lines[i])
        if names:
            parts.authors.extend(n for n in names if n not in parts.authors)
            drop.add(i)
    return [ln for i, ln in enumerate(lines) if i not in drop]


def _drop_repeats(lines: list[str]) -> list[str]:
    """A short line repeated verbatim (a caption scraped twice) is kept once."""
    seen: set[str] = set()
    out = []
    for ln in lines:
        if ln and len(ln) <= 300:
            if ln in seen:
                continue
            seen.add(ln)
        out.append(ln)
    return out


def clean_text(
    text: str,
    title: str | None = None,
    published_hint: str | None = None,
    rules: JunkRules | None = None,
    find_title: bool = True,
) -> TextParts:
    """Clean a plain-text page: title, header metadata, captions, junk, dateline, paragraphs."""
    rules = rules or default_rules()
    lines = split_lines(text)
    parts = TextParts()
    if find_title:
        parts.title, lines = take_title(lines, title)
    else:
        parts.title = title
    lines = cut_trailing_block(lines, rules)
    body_lines: list[str] = []
    in_header = True
    for line in lines:
        if not line:
            body_lines.append(line)
            continue
        if in_header and _read_header_line(line, parts):
            continue
        if _read_line_anywhere(line, parts, rules):
            continue
        if not in_header and len(line) <= 120 and DATE_OR_BYLINE_PREFIX.match(line) and _read_header_line(line, parts):
            continue  # "Published: ..." / "By ..." lines at the end of the page
        if in_header and parts.title and normalize_ws(line).casefold() == normalize_ws(parts.title).casefold():
            continue  # the title repeated under the page's header
        in_header = False
        body_lines.append(line)
    body_lines = _take_credit_lines(_drop_repeats(body_lines), parts)
    paragraphs = join_paragraphs(body_lines)
    if paragraphs:
        year = _context_year(parts, published_hint)
        first = _strip_dateline(paragraphs[0], parts, year)
        paragraphs = ([first] if first else []) + paragraphs[1:]
    parts.body = "\n\n".join(paragraphs)
    if not parts.published and parts.updated:
        parts.published = parts.updated
    return parts


DATE_OR_BYLINE_PREFIX = re.compile(
    r"^(?:(?:first |last |originally )?(?:published|updated|posted)\b|by\s+[A-Z])", re.I
)
