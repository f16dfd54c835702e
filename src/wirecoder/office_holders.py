"""Dated office holders: who was "the prime minister" or "Russia's president" on the day of an article.

News often names an office holder only by the title ("the chancellor said", "the US Treasury
Secretary"); PETRARCH's agent dictionaries solve this with dated roles. Our table is
``data/actors/office_holders.tsv`` (country, office, person, code, start, end) and the ways text names
each office are in ``data/actors/office_titles.tsv`` (the UK's "chancellor" is the chancellor of the
exchequer, Germany's is the head of government; "finance minister" in the US is the treasury
secretary). Both are documented in their headers; users add or correct rows with their own files named
in ``$WIRECODER_OFFICE_HOLDERS`` and ``$WIRECODER_OFFICE_TITLES`` (separated like PATH).

API (all lookups are dictionary look-ups on tables loaded once per process):

- ``office_table(resources=None) -> OfficeTable``: the shipped tables plus the user's files, cached in
  ``resources`` (``ctx.resources``) under ``"actors.office_holders"``, or once per process without one.
- ``OfficeTable.holder(country, title, on) -> OfficeHolder | None``: the holder of the office a title
  names in a country (ISO alpha-3 code, or an organisation's actor code such as ``IGOUNO``) on a day.
  A title written with its country ("German chancellor", "Russia's president", "US Treasury Secretary")
  answers for that country whatever ``country`` says. ``country=None`` works only for titles that name their country or organisation ("pope", "fed
  chairman", "IMF chief"; marked in office_titles.tsv), never for "managing director" or "chairman".
- ``OfficeTable.offices_of(name, on) -> tuple[OfficeHolder, ...]``: the offices a person held that day;
  ``name`` is a full name ("Tony Blair", "Gerhard Schröder"), a people.tsv alias ("Lula"), a name with
  the middle left out ("George Bush") or a surname alone ("Blair"), which answers only for holders on
  that day.
- ``OfficeTable.terms_of(name) -> tuple[OfficeHolder, ...]``: every term of the person, whenever held.
- ``OfficeTable.holders(country, title, start=None, end=None) -> tuple[OfficeHolder, ...]``: every term
  of the office overlapping a period (all terms without one), for articles dated only to a period.
- ``OfficeTable.offices_for(country, title) -> tuple[str, ...]``: the canonical offices a title may
  name in a country, in the order they are tried; ``OfficeTable.knows_title(title)`` says whether any
  row knows a title (for scanning text).
- ``holder(...)`` and ``offices_of(...)`` at module level do the same on ``office_table(resources)``.

``on`` is a ``date``, a ``datetime`` or an ISO date string ("2005-01-10"). A day outside every term of
an office gives ``None`` (or no offices): the table never guesses a holder for a day it does not cover.
"""

from __future__ import annotations

import calendar
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from wirecoder.resources import Resources, data_path, files_from_env, tsv_rows

HOLDERS_ENV = "WIRECODER_OFFICE_HOLDERS"  # the user's extra office_holders.tsv-format files
TITLES_ENV = "WIRECODER_OFFICE_TITLES"  # the user's extra office_titles.tsv-format files
RESOURCE_NAME = "actors.office_holders"
ANY_COUNTRY = "*"

DateLike = date | datetime | str


@dataclass(frozen=True)
class OfficeHolder:
    """One term of one person in one office."""

    country: str  # ISO alpha-3 or an organisation's actor code
    office: str  # canonical office, lower case ("prime minister")
    person: str  # the name as in people.tsv
    code: str  # CAMEO actor code of the holder in this office ("GBRGOV")
    start: date
    end: date | None  # None: still in office

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def title_key(title: str) -> str:
    """The key a title is looked up by: lower case, no leading "the", hyphens and dots as spaces."""
    text = title.replace("\u2019", "'").lower().strip()
    text = re.sub(r"[-.\u2013]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return text.replace("defense", "defence")


def name_key(name: str) -> str:
    """The key a person's name is looked up by: no accents, lower case, dots and hyphens as spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[-.\u2019']", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def loose_name_key(key: str) -> str:
    """A name key with German umlaut spellings folded: "schroeder" and "schröder" (schroder) meet."""
    return re.sub(r"([aou])e", r"\1", key)


# countries whose leaders English news calls by a family name written first (Hu Jintao: "Mr Hu")
SURNAME_FIRST_COUNTRIES = {"CHN", "TWN", "KOR", "PRK", "KHM", "SGP"}

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "prime", "minister"}


def to_day(on: DateLike) -> date:
    if isinstance(on, datetime):
        return on.date()
    if isinstance(on, date):
        return on
    return date.fromisoformat(str(on).strip()[:10])


def parse_table_date(text: str, is_end: bool) -> date | None:
    """A table date: YYYY-MM-DD, or YYYY-MM (day unknown: a start's first day, an end's last day)."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d\d", text):
        year, month = int(text[:4]), int(text[5:7])
        return date(year, month, calendar.monthrange(year, month)[1] if is_end else 1)
    return date.fromisoformat(text)


def read_holders(path: Path) -> list[OfficeHolder]:
    rows: list[OfficeHolder] = []
    for cols in tsv_rows(path, 5):
        if cols[0] == "country":  # the column header line
            continue
        start = parse_table_date(cols[4], is_end=False)
        if start is None:
            continue
        end = parse_table_date(cols[5], is_end=True) if len(cols) > 5 else None
        rows.append(OfficeHolder(cols[0].strip().upper() if cols[0].strip() != ANY_COUNTRY else ANY_COUNTRY,
                                 cols[1].strip().lower(), cols[2].strip(), cols[3].strip(), start, end))
    return rows


@dataclass(frozen=True)
class TitleRow:
    offices: tuple[str, ...]  # canonical offices, tried in order
    names_country: bool  # the title itself names its country or organisation ("fed chairman")


def read_titles(path: Path) -> dict[tuple[str, str], TitleRow]:
    titles: dict[tuple[str, str], TitleRow] = {}
    for cols in tsv_rows(path, 2):
        if cols[0] == "country" and cols[1] == "title":
            continue
        offices = cols[2] if len(cols) > 2 else ""
        country = cols[0].strip()
        country = country if country == ANY_COUNTRY else country.upper()
        names_country = len(cols) > 3 and cols[3].strip().lower() == "yes" and country != ANY_COUNTRY
        titles[(country, title_key(cols[1]))] = TitleRow(
            tuple(o.strip().lower() for o in offices.split("|") if o.strip()), names_country)
    return titles


def _overlaps(a: OfficeHolder, b: OfficeHolder) -> bool:
    a_end, b_end = a.end or date.max, b.end or date.max
    return a.start <= b_end and b.start <= a_end


def merge_user_holders(ours: list[OfficeHolder], theirs: Iterable[OfficeHolder]) -> list[OfficeHolder]:
    """A user row replaces our rows of its country and office whose terms overlap it."""
    merged = list(ours)
    for row in theirs:
        merged = [r for r in merged if not (r.country == row.country and r.office == row.office and _overlaps(r, row))]
        merged.append(row)
    return merged


class OfficeTable:
    """The dated office holders and the titles that name their offices, indexed for look-ups."""

    def __init__(self, holders: Iterable[OfficeHolder], titles: dict[tuple[str, str], TitleRow],
                 country_words: dict[str, str] | None = None, name_aliases: dict[str, str] | None = None):
        # "german", "russia", "us" -> country code: a title written with its country ("German chancellor",
        # "Russia's president") tells the country itself
        self._country_words = dict(country_words or {})
        # other spellings of a person's name (people.tsv aliases: "Lula") -> the name key in this table
        self._name_aliases = dict(name_aliases or {})
        self._terms: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
        self._by_name: dict[str, list[OfficeHolder]] = defaultdict(list)
        self._by_surname: dict[str, list[OfficeHolder]] = defaultdict(list)
        self._by_ends: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
        self._titles = dict(titles)
        self._countries_of_title: dict[str, set[str]] = defaultdict(set)  # titles that name their country
        self._known_titles: set[str] = set()
        for row in holders:
            self._terms[(row.country, title_key(row.office))].append(row)
            key = name_key(row.person)
            self._by_name[key].append(row)
            if loose_name_key(key) != key:
                self._by_name[loose_name_key(key)].append(row)
            words = key.split()
            if len(words) >= 2:
                for surname in self._surnames(row.country, words):
                    self._by_surname[surname].append(row)
                self._by_ends[(words[0], words[-1])].append(row)
            self._known_titles.add(title_key(row.office))
        for terms in self._terms.values():
            terms.sort(key=lambda r: r.start)
        for (country, key), title_row in self._titles.items():
            self._known_titles.add(key)
            if title_row.names_country:
                self._countries_of_title[key].add(country)

    @staticmethod
    def _surnames(country: str, words: list[str]) -> set[str]:
        """The words a person is called by alone: the last, and the first where the family name comes
        first ("Mr Hu" of Hu Jintao, "President Roh"); with umlaut spellings folded ("Schroder")."""
        found = {words[-1], loose_name_key(words[-1])}
        if country in SURNAME_FIRST_COUNTRIES:
            found.add(words[0])
        return found

    @property
    def rows(self) -> list[OfficeHolder]:
        return [row for terms in self._terms.values() for row in terms]

    @property
    def titles(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """(country or "*", title key) -> the offices it names, as read from the title files."""
        return {key: row.offices for key, row in self._titles.items()}

    def knows_title(self, title: str) -> bool:
        return title_key(title) in self._known_titles

    def offices_for(self, country: str | None, title: str) -> tuple[str, ...]:
        """The canonical offices TITLE may name in COUNTRY, in the order they are tried."""
        written_country, key = self.split_country(title)
        country = written_country or self._country(country, key)
        if country is None:
            return ()
        for lookup in ((country, key), (ANY_COUNTRY, key)):
            if lookup in self._titles:
                return self._titles[lookup].offices
        return (key,)

    def split_country(self, title: str) -> tuple[str | None, str]:
        """("DEU", "chancellor") for "German Chancellor", "Germany's chancellor"; (None, key) without one."""
        key = title_key(title)
        if key in self._known_titles:
            return None, key
        words = key.split()
        for size in (3, 2, 1):
            if len(words) <= size:
                continue
            head = " ".join(words[:size])
            head = head[:-2] if head.endswith("'s") else head.rstrip("'")
            rest = " ".join(words[size:])
            if head in self._country_words and rest in self._known_titles:
                return self._country_words[head], rest
        return None, key

    def _country(self, country: str | None, key: str) -> str | None:
        # a title that names its country or organisation ("pope", "imf chief", "us treasury secretary")
        # tells it, whatever the caller guessed; other titles need the caller's country
        named = self._countries_of_title.get(key, set())
        if len(named) == 1:
            return next(iter(named))
        return country.upper() if country else None

    def holder(self, country: str | None, title: str, on: DateLike) -> OfficeHolder | None:
        """Who held the office TITLE names in COUNTRY on day ON; None when nobody listed did."""
        day = to_day(on)
        written_country, key = self.split_country(title)
        country_code = written_country or self._country(country, key)
        if country_code is None:
            return None
        for office in self.offices_for(country_code, key):
            found = self._holder_of(country_code, title_key(office), day)
            if found is not None:
                return found
        return None

    def holders(self, country: str | None, title: str, start: DateLike | None = None,
                end: DateLike | None = None) -> tuple[OfficeHolder, ...]:
        """Every term of the offices TITLE names in COUNTRY that overlaps START..END (all terms without
        them): for an article known only to a period ("2004-2005") or undated."""
        written_country, key = self.split_country(title)
        country_code = written_country or self._country(country, key)
        if country_code is None:
            return ()
        first = to_day(start) if start is not None else date.min
        last = to_day(end) if end is not None else date.max
        return tuple(row for office in self.offices_for(country_code, key)
                     for row in self._terms.get((country_code, title_key(office)), ())
                     if row.start <= last and (row.end is None or row.end >= first))

    def _holder_of(self, country: str, office_key: str, day: date) -> OfficeHolder | None:
        best: OfficeHolder | None = None
        for row in self._terms.get((country, office_key), ()):
            if row.start > day:
                break  # sorted by start
            if row.holds_on(day):
                best = row  # on a hand-over day the later start wins
        return best

    def offices_of(self, name: str, on: DateLike) -> tuple[OfficeHolder, ...]:
        """The offices the person called NAME held on day ON (full name, first and last name, or surname)."""
        day = to_day(on)
        return tuple(row for row in self.terms_of(name) if row.holds_on(day))

    def terms_of(self, name: str) -> tuple[OfficeHolder, ...]:
        """Every term of office of the person called NAME, whenever held (a surname alone answers for all
        holders of that surname)."""
        key = name_key(name)
        words = [w for w in key.split() if w not in HONORIFICS] or key.split()
        candidates = (self._by_name.get(key) or self._by_name.get(" ".join(words))
                      or self._by_name.get(self._name_aliases.get(key, "")) or self._by_name.get(loose_name_key(key)))
        if not candidates and len(words) >= 2:
            candidates = self._by_ends.get((words[0], words[-1]))
        if not candidates and len(words) == 1:
            candidates = self._by_surname.get(words[0]) or self._by_surname.get(loose_name_key(words[0]))
        return tuple(candidates or ())


# short forms news writes before a title that countries.tsv does not list as names
EXTRA_COUNTRY_WORDS = {"u s": "USA", "us": "USA", "uk": "GBR", "u k": "GBR", "soviet": "RUS", "kremlin": "RUS",
                       "yugoslav": "SRB", "yugoslavia": "SRB", "plo": "PSE", "saudi": "SAU", "un": "IGOUNO",
                       "u n": "IGOUNO", "imf": "IGOIMF", "nato": "IGOWSTNAT", "eu": "IGOEUREEC",
                       "european commission": "IGOEUREEC", "world bank": "IGOWBK", "wto": "IGOWTO",
                       "gatt": "IGOGAT", "ecb": "IGOEUREEC", "opec": "IGOOPC", "iaea": "IGOUNOIAE"}


def read_country_words(path: Path) -> dict[str, str]:
    """Country names, aliases and demonyms of countries.tsv (iso3, iso2, name, aliases, demonyms) -> iso3."""
    words: dict[str, str] = {}
    for cols in tsv_rows(path, 3):
        if cols[0] == "iso3":
            continue
        names = [cols[2]] + [n for col in cols[3:5] for n in col.split("|") if n.strip()]
        for name in names:
            words.setdefault(title_key(name), cols[0])
    words.update(EXTRA_COUNTRY_WORDS)
    return words


def read_name_aliases(path: Path) -> dict[str, str]:
    """people.tsv (name, code, aliases separated by |): alias name key -> the canonical name's key."""
    aliases: dict[str, str] = {}
    for cols in tsv_rows(path, 3):
        for alias in cols[2].split("|"):
            if alias.strip() and cols[0] != "name":
                aliases.setdefault(name_key(alias), name_key(cols[0]))
    return aliases


def load_office_table(holder_files: Iterable[Path] = (), title_files: Iterable[Path] = ()) -> OfficeTable:
    """Our tables plus the given user files (a user's rows override ours)."""
    holders = read_holders(data_path("actors/office_holders.tsv"))
    for path in holder_files:
        holders = merge_user_holders(holders, read_holders(path))
    titles = read_titles(data_path("actors/office_titles.tsv"))
    for path in title_files:
        titles.update(read_titles(path))
    return OfficeTable(holders, titles, read_country_words(data_path("actors/countries.tsv")),
                       read_name_aliases(data_path("actors/people.tsv")))


def _load_with_env() -> OfficeTable:
    return load_office_table(files_from_env(HOLDERS_ENV), files_from_env(TITLES_ENV))


_process_table: OfficeTable | None = None
_process_lock = threading.Lock()


def office_table(resources: Resources | None = None) -> OfficeTable:
    """The office table of RESOURCES (``ctx.resources``), or of the process when there is none."""
    global _process_table
    if resources is not None:
        return resources.cached(RESOURCE_NAME, _load_with_env)
    with _process_lock:
        if _process_table is None:
            _process_table = _load_with_env()
        return _process_table


def holder(country: str | None, office: str, on: DateLike, resources: Resources | None = None) -> OfficeHolder | None:
    """Who held OFFICE (any title naming it) in COUNTRY on day ON; see ``OfficeTable.holder``."""
    return office_table(resources).holder(country, office, on)


def offices_of(name: str, on: DateLike, resources: Resources | None = None) -> tuple[OfficeHolder, ...]:
    """The offices the person NAME held on day ON; see ``OfficeTable.offices_of``."""
    return office_table(resources).offices_of(name, on)
