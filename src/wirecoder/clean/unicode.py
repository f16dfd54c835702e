"""Unicode clean-up of scraped text: mojibake, odd spaces, zero-width characters, NFC, and straight double
marks typed for apostrophes.

Curly quotes and dashes are kept as they are: they are real characters of the article.
"""

from __future__ import annotations

import re
import unicodedata

# Spaces that are not U+0020 (no-break, thin, figure, ideographic...) and become a plain space.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Characters without width that scrapes carry along (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen).
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\u180e]")
# Control characters other than newline.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# A straight double mark some wire archives type for an apostrophe ("the country"s", "We don"t", "1985"s"): between a
# letter or digit and a possessive or contraction ending it opens and closes no quotation.
TYPED_APOSTROPHE = re.compile(r'(?<=[A-Za-z0-9])"(?=(?:s|t|re|ve|ll|d|m)\b)')

# UTF-8 read as cp1252/latin-1 leaves a lead byte char (Â Ã â ...) followed by continuation-byte chars.
# One run of such characters is tried as a unit: it is repaired only when it decodes cleanly.
_MOJIBAKE_RUN = re.compile(
    "(?:[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3})+"
)
_MOJIBAKE_HINT = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152-\u2122]")


def _to_bytes(s: str) -> bytes | None:
    """The bytes a cp1252 reader turned into S (undefined cp1252 bytes come through as U+0080-U+009F)."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def _repair_run(m: re.Match[str]) -> str:
    s = m.group(0)
    data = _to_bytes(s)
    if data is None:
        return s
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return s


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 ("â€™" -> "’", "Ã©" -> "é") where the repair is unambiguous."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    return _MOJIBAKE_RUN.sub(_repair_run, text)


def normalize_unicode(text: str) -> str:
    """Mojibake repaired, NFC, odd spaces -> space, zero-width and control characters removed, \\n newlines,
    typed apostrophes ("country"s") made apostrophes."""
    text = _LINE_SEPARATORS.sub("\n", text)
    text = repair_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = TYPED_APOSTROPHE.sub("'", text)
    return _CONTROLS.sub("", text)
