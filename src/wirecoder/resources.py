"""Dictionaries and gazetteers, loaded once per process and shared by every article.

Each stage owns the loading of its own data files (under ``wirecoder/data``); ``Resources`` only
keeps what was loaded, keyed by name, plus the user's extra files (``--actors my_actors.yaml``,
``--event-patterns my_patterns.tsv``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def files_from_env(variable: str) -> tuple[Path, ...]:
    """The user's extra dictionary files named in environment VARIABLE, separated like PATH."""
    return tuple(Path(f) for f in os.environ.get(variable, "").split(os.pathsep) if f.strip())


def tsv_rows(path: Path, min_cols: int) -> Iterator[list[str]]:
    """Data rows of a wirecoder TSV: '#' lines are comments, short rows are skipped."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= min_cols:
                yield cols


def data_path(name: str) -> Path:
    """Path of a data file shipped in the package (``wirecoder/data/NAME``)."""
    return Path(str(importlib_resources.files("wirecoder") / "data" / name))


@dataclass
class Resources:
    actor_files: tuple[Path, ...] = ()
    event_pattern_files: tuple[Path, ...] = ()  # user verb/noun pattern files, after ours
    # events need a source and a target (PETRARCH's require_dyad, on by default there too): "X called for
    # calm", "X denied the report" with no one named are kept only when this is False (monadic events)
    require_dyad: bool = True
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)
    # re-entrant: a loader may itself ask for another cached object (the amounts cue table needs the actor
    # dictionary); a plain Lock would deadlock the process
    _lock: Any = field(default_factory=threading.RLock, repr=False)

    def cached(self, name: str, loader: Callable[[], T]) -> T:
        """The object called NAME, built by LOADER the first time it is asked for."""
        try:
            return self._cache[name]
        except KeyError:
            with self._lock:
                if name not in self._cache:
                    self._cache[name] = loader()
                return self._cache[name]
