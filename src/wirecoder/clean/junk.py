"""Page junk lines ("Advertisement", "Share this article", cookie notices...) out of the body.

The patterns are data (``wirecoder/data/junk_lines.txt``, format documented in its header): whole-line,
case-insensitive regexes, tested only on short lines so that a real paragraph is never dropped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wirecoder.resources import data_path, files_from_env

MAX_JUNK_LINE = 160  # longer lines are prose, never junk
MAX_TAIL_LINE = 100  # a trailing block is cut only when every line after its marker is this short


@dataclass(frozen=True)
class JunkRules:
    line: re.Pattern[str]  # one alternation of every whole-line pattern
    tail: re.Pattern[str]  # markers of trailing junk blocks

    def is_junk(self, line: str) -> bool:
        s = line.strip()
        return bool(s) and len(s) <= MAX_JUNK_LINE and self.line.fullmatch(s) is not None

    def is_tail_marker(self, line: str) -> bool:
        s = line.strip()
        return bool(s) and len(s) <= MAX_TAIL_LINE and self.tail.fullmatch(s) is not None


def _read_patterns(path: Path) -> tuple[list[str], list[str]]:
    lines, tails = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("tail:"):
            tails.append(s[5:].strip())
        else:
            lines.append(s)
    return lines, tails


def _alternation(patterns: Sequence[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def load_junk_rules(extra_files: Iterable[str | Path] = ()) -> JunkRules:
    """The shipped junk patterns plus the patterns of EXTRA_FILES (same format)."""
    lines, tails = _read_patterns(data_path("junk_lines.txt"))
    for f in extra_files:
        try:
            more_lines, more_tails = _read_patterns(Path(f))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"wirecoder: warning: junk file {f}: cannot read it ({exc}); ignored", file=sys.stderr)
            continue
        lines += _valid_patterns(more_lines, f)
        tails += _valid_patterns(more_tails, f)
    return JunkRules(line=_alternation(lines), tail=_alternation(tails))


def _valid_patterns(patterns: list[str], origin: str | Path) -> list[str]:
    """PATTERNS that compile; a user's broken regex is reported and skipped, not fatal."""
    good = []
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            print(f"wirecoder: warning: junk file {origin}: bad pattern {p!r} ({exc}); ignored", file=sys.stderr)
            continue
        good.append(p)
    return good


JUNK_FILES_ENV = "WIRECODER_JUNK_FILES"  # extra junk files for every run, separated like PATH


@cache
def default_rules() -> JunkRules:
    """The shipped patterns plus the files named in $WIRECODER_JUNK_FILES (read once per process)."""
    return load_junk_rules(files_from_env(JUNK_FILES_ENV))


def drop_junk_lines(lines: list[str], rules: JunkRules | None = None) -> list[str]:
    """LINES without the junk lines and without a trailing junk block."""
    rules = rules or default_rules()
    lines = cut_trailing_block(lines, rules)
    return [ln for ln in lines if not rules.is_junk(ln)]


def cut_trailing_block(lines: list[str], rules: JunkRules | None = None) -> list[str]:
    """Cut from the first tail marker after which only short lines (links, tags) follow."""
    rules = rules or default_rules()
    # Walk back from the end while lines are short; a marker inside that short stretch starts the block.
    cut = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        s = lines[i].strip()
        if rules.is_tail_marker(s):
            cut = i
        elif not _link_like(s):
            break
    return lines[:cut]


def _link_like(line: str) -> bool:
    """A line of a link list or tag list: short, and not a sentence of prose."""
    if len(line) > MAX_TAIL_LINE:
        return False
    return not (line.endswith((".", '"', "”")) and len(line.split()) >= 6)
