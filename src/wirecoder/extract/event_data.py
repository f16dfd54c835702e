"""The events stage's dictionaries: CAMEO codes, the CAMEO->PLOVER map, verb/noun patterns, frames.

All are TSV files in ``wirecoder/data`` (formats in their header comments), loaded once per process
through ``Resources.cached``. Users may add pattern rows with files of the same format.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wirecoder.resources import data_path, tsv_rows

PATTERN_KINDS = ("V", "N", "L", "F", "R", "P")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int


def load_cameo_codes(path: Path | None = None) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for cols in tsv_rows(path or data_path("cameo_codes.tsv"), 3):
        if cols[0] == "code":
            continue
        code, name, goldstein = cols[0], cols[1], cols[2]
        quad = cols[3].strip() if len(cols) > 3 else ""
        root_quad = codes[code[:2]].quad_class if code[:2] in codes else 0
        codes[code] = CameoCode(code, name, float(goldstein), int(quad) if quad else root_quad)
    return codes


@dataclass(frozen=True)
class PloverMap:
    gold: dict[str, str | None]  # CAMEO prefix -> PLOVER 0.5b1 name
    current: dict[str, str | None]

    def lookup(self, code: str, current: bool = False) -> str | None:
        table = self.current if current else self.gold
        for n in range(len(code), 1, -1):
            if code[:n] in table:
                return table[code[:n]]
        return None


def load_plover_map(path: Path | None = None) -> PloverMap:
    gold: dict[str, str | None] = {}
    current: dict[str, str | None] = {}
    for cols in tsv_rows(path or data_path("cameo_plover.tsv"), 3):
        gold[cols[0]] = None if cols[1] == "-" else cols[1]
        current[cols[0]] = None if cols[2] == "-" else cols[2]
    return PloverMap(gold, current)


@dataclass(frozen=True)
class Pattern:
    kind: str
    lemma: str
    prep: str | None
    objects: frozenset[str]
    code: str | None
    frame: str | None
    order: int

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.prep)


@dataclass
class PatternBook:
    """Patterns indexed by (kind, lemma) for O(1) candidate lookup per token."""

    by_key: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    refine: dict[tuple[str, str], str] = field(default_factory=dict)  # (base code, modifier) -> code
    refine_words: frozenset[str] = frozenset()
    frames: dict[str, dict[str, str | None]] = field(default_factory=dict)  # frame -> prefix -> code

    def get(self, kind: str, lemma: str) -> list[Pattern]:
        return self.by_key.get((kind, lemma), [])

    def frame_code(self, frame: str, code: str) -> str | None:
        """The frame's code for a complement coded CODE (longest prefix), or None."""
        table = self.frames.get(frame, {})
        for n in range(len(code), 0, -1):
            if code[:n] in table:
                return table[code[:n]]
        return table.get("*")


def _field(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def load_patterns(paths: Iterable[Path] = ()) -> PatternBook:
    book = PatternBook()
    order = 0
    refine_words: set[str] = set()
    for file_index, path in enumerate((data_path("event_patterns.tsv"), *paths)):
        if file_index == 1:  # a user's pattern wins a tie of specificity against ours
            order = -1_000_000
        for cols in tsv_rows(path, 5):
            kind = cols[0].strip()
            if kind not in PATTERN_KINDS:
                continue
            lemma = cols[1].strip().lower()
            if kind == "R":
                base, code = cols[3].strip(), cols[4].strip()
                book.refine[(base, lemma)] = code
                refine_words.add(lemma)
                continue
            objects = frozenset(o.strip().lower() for o in cols[3].split(",") if _field(o))
            pat = Pattern(kind, lemma, _field(cols[2]), objects, _field(cols[4]),
                          _field(cols[5]) if len(cols) > 5 else None, order)
            order += 1
            book.by_key.setdefault((kind, lemma), []).append(pat)
    book.refine_words = frozenset(refine_words)
    for cols in tsv_rows(data_path("event_frames.tsv"), 3):
        book.frames.setdefault(cols[0], {})[cols[1]] = _field(cols[2])
    return book
