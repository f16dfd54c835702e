"""Bylines, photo captions and credits, and the publisher/agency of a scraped page."""

from __future__ import annotations

import re
from functools import cache

from wirecoder.resources import data_path


@cache
def agencies() -> dict[str, str]:
    """Lower-cased agency/publisher name -> canonical name (``data/agencies.tsv``)."""
    table: dict[str, str] = {}
    for line in data_path("agencies.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, canonical = line.partition("\t")
        table[name.strip().lower()] = canonical.strip() or name.strip()
    return table


def canonical_agency(name: str | None) -> str | None:
    """The canonical agency for NAME when it is a known one ("The Associated Press" -> "AP")."""
    if not name:
        return None
    key = re.sub(r"^the\s+", "", name.strip().strip(".,").lower())
    return agencies().get(key) or agencies().get(name.strip().lower())


# -- source lines -----------------------------------------------------------------------------------
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>[^\d\s,.©][^,©]{0,60}?)\s*(?:,?\s*(?:19|20)\d\d)?\s*[.,]?\s*(?:all rights reserved\.?)?\s*$",
    re.I,
)
_SOURCE_LINE = re.compile(r"^(?:source|sources|via)\s*:\s*(?P<name>[^,;]{2,60}?)\.?$", re.I)
_BARE_AGENCY_LINE = re.compile(r"^[\s(\-–—]*(?P<name>[A-Za-z][\w .&'-]{0,40}?)[\s)]*$")


def source_from_line(line: str) -> str | None:
    """The publisher named by a copyright or source line ("Copyright © UPI, 2022. All Rights Reserved.")."""
    s = line.strip()
    if len(s) > 160:
        return None
    m = _COPYRIGHT.match(s) or _SOURCE_LINE.match(s)
    if m:
        name = re.sub(r"\s+(?:ltd|inc|llc|plc|gmbh|limited)\.?$", "", m.group("name").strip(), flags=re.I)
        name = re.sub(r"\s*all rights reserved.*$", "", name, flags=re.I).strip(" .,")
        if name and len(name.split()) <= 6:
            return canonical_agency(name) or name
        return None
    m = _BARE_AGENCY_LINE.match(s)  # "(AP)" or "- Reuters" alone on a line
    if m and len(s) <= 40:
        return canonical_agency(m.group("name"))
    return None


# -- bylines --------------------------------------------------------------------------------------
_BYLINE = re.compile(r"^(?:by|written by|words by|story by|posted by|author|authors|reporter)\b\s*:?\s*(?P<rest>.+)$", re.I)
_BYLINE_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*")
_NAME_PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "bint", "al", "el", "la", "le", "du", "dos", "ibn", "ben", "st.", "y"}
_ROLE_WORDS = {
    "writer", "correspondent", "editor", "reporter", "staff", "contributor", "columnist", "bureau", "chief",
    "journalist", "desk", "team", "news", "senior", "political", "special", "to", "the", "for", "in", "of",
    "analyst", "producer", "associate", "deputy", "international", "foreign", "national", "affairs",
}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|Mc\w+|O’\w+)$")


def looks_like_name(s: str) -> bool:
    tokens = s.split()
    if not 1 <= len(tokens) <= 5:
        return False
    caps = 0
    for t in tokens:
        if t.lower() in _NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.match(t) or t.lower() in _ROLE_WORDS:
            return False
        caps += 1
    return caps >= 2 or (caps == 1 and len(tokens) == 1 and tokens[0].isupper() is False and len(tokens[0]) > 2)


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """(authors, agency) of a byline ("By Jane Doe and John Roe, Reuters | March 3, 2021"), else None."""
    s = line.strip()
    if len(s) > 160:
        return None
    m = _BYLINE.match(s)
    if m is None:
        return None
    first = _BYLINE_SPLIT.split(m.group("rest"))[0]
    authors: list[str] = []
    agency = None
    for part in _NAME_SPLIT.split(first):
        part = part.strip(" .")
        if not part:
            continue
        known = canonical_agency(part)
        if known:
            agency = known
        elif looks_like_name(part):
            authors.append(part)
        elif all(w.lower() in _ROLE_WORDS or w[0].isupper() for w in part.split()) and authors:
            continue  # "Staff Writer", "Senior Correspondent" after the names
        else:
            return None
    if not authors and not agency:
        return None
    return authors, agency


# -- captions and photo credits ---------------------------------------------------------------------
_PHOTO_WORDS = r"(?:photo(?:graph)?s?|pic(?:ture)?s?|image|images|file photo|credit|courtesy|getty|afp|reuters|ap|epa|efe|xinhua|shutterstock|anadolu|dpa|ansa|pool|handout|istock|alamy|sipa|upi)"
_CAPTION_START = re.compile(
    r"^(?:(?:image copyright|image caption|media caption|image source|photo credit|photo by|file photo|getty images)\b"
    r"|(?:photo(?:graph)?s?|images?|pictures?|pic|credit|caption|fotos?|bild)\s*[:|/–—]\s*)",
    re.I,
)
# A credit in parentheses or brackets at the end of a short line: "(SAUL LOEB / AFP)", "[Reuters/Jane Doe]".
_TRAILING_CREDIT = re.compile(r"[(\[](?P<credit>[^()\[\]]{2,100})[)\]]\s*$")
_CREDIT_ONLY = re.compile(
    rf"^(?:\(?(?:photo|image|credit)s?\s*:?\s*)?[\w .'’-]{{0,50}}(?:/|\bvia\b)\s*[\w .'’-]{{0,50}}\b{_PHOTO_WORDS}\b[\w .'’/-]{{0,40}}\)?$"
    rf"|^{_PHOTO_WORDS}(?:\s*(?:/|\bvia\b)\s*[\w .'’-]{{1,60}})?$",
    re.I,
)


def is_caption(line: str) -> bool:
    """A photo caption or credit line (short; a photo marker at the start, or a credit at the end)."""
    s = line.strip()
    if not s or len(s) > 300:
        return False
    if _CAPTION_START.match(s) and (len(s) < 200 or not s.endswith(".")):
        return True  # "Photo: ...", "Image copyright Getty Images"
    if _CREDIT_ONLY.match(s):
        return True
    m = _TRAILING_CREDIT.search(s)
    if m:
        credit = m.group("credit")
        if "/" in credit or re.search(rf"\b{_PHOTO_WORDS}\b", credit, re.I):
            # ends with the credit, not with a sentence that cites an agency: "... (Reuters)." is prose
            before_ends = s[: m.start()].rstrip().endswith((".", "!", "?", ":"))
            photo_word = re.search(rf"\b{_PHOTO_WORDS}\b", credit, re.I) is not None
            return len(credit) < 80 and (before_ends or photo_word)
    return False


# -- wire-story credit lines: "(Reporting by Jane Doe in Kabul; Editing by John Roe)" ---------------
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|written|compiled)\s+by\s+(?P<names>[^;()]{3,150}?)"
    r"(?:\s*;\s*(?:additional reporting|editing|writing|compiled)\s+by\s+[^()]{3,150})?\s*\)?\.?$",
    re.I,
)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'-]*$")


def parse_credit_line(line: str) -> list[str] | None:
    """Reporters named in a wire-story credit line, or None when LINE is not one."""
    s = line.strip()
    if len(s) > 300:
        return None
    m = _CREDIT_LINE.match(s)
    if m is None:
        return None
    names = []
    for part in _NAME_SPLIT.split(m.group("names")):
        part = _IN_PLACE.sub("", part.strip(" ."))
        if looks_like_name(part):
            names.append(part)
    return names if names else None


_AUTHOR_ROLE_TAIL = re.compile(
    r"(?:[\s,|-]+(?:staff(?:\s+writer)?|redaktion|team|desk|newsroom|correspondent|reporter|editor|contributor))+$",
    re.I,
)


def clean_author_name(name: str) -> str | None:
    """An author from page metadata, without "By" and trailing roles; None for sites and URLs."""
    s = " ".join(name.split())
    s = re.sub(r"^by\s+", "", s, flags=re.I)
    s = _AUTHOR_ROLE_TAIL.sub("", s).strip(" ,|-")
    if not s or "http" in s.lower() or "@" in s or re.search(r"\.\w{2,4}\b", s) or len(s.split()) > 6:
        return None
    return s
