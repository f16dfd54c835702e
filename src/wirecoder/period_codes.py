"""Actor codes of the state that held a country's place on the article's day (``data/actors/period_codes.tsv``).

A 1987 report on "Soviet Premier Nikolai Ryzhkov" is about the Soviet Union (CAMEO USR), not the Russian
Federation (RUS) the dictionaries name today. The entities stage maps its actor codes through ``period_code``
with the article's publication day (the events stage takes its actors' codes from there); an undated article
keeps the present code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from wirecoder.resources import Resources, data_path, files_from_env, tsv_rows

PERIOD_CODES_ENV = "WIRECODER_PERIOD_CODES"
PeriodRows = dict[str, list[tuple[str, str]]]  # present code -> [(period code, until ISO date)]


def load_period_codes(paths: tuple[Path, ...] = ()) -> PeriodRows:
    rows: PeriodRows = {}
    for path in (data_path("actors/period_codes.tsv"), *paths):
        for code, period, until in (r[:3] for r in tsv_rows(path, 3)):
            if code == "code":
                continue  # the header
            rows.setdefault(code.upper(), []).append((period.upper(), until))
    for found in rows.values():
        found.sort(key=lambda r: r[1])  # the earliest period that still holds wins
    return rows


def period_code(code: str | None, day: date | None, rows: PeriodRows) -> str | None:
    """CODE as the state of DAY wrote it: "RUSGOV" on 1987-04-10 -> "USRGOV"; unchanged when undated."""
    if not code or day is None or len(code) < 3:
        return code
    iso = day.isoformat()
    for period, until in rows.get(code[:3].upper(), ()):
        if iso <= until:
            return period + code[3:]
    return code


def period_coder(resources: Resources, day: date | None) -> Callable[[str | None], str | None]:
    """The mapping for one article: identity when undated or when no row applies."""
    if day is None:
        return lambda code: code
    extra = files_from_env(PERIOD_CODES_ENV)
    rows = resources.cached(f"period_codes:{extra}", lambda: load_period_codes(extra))
    return lambda code: period_code(code, day, rows)
