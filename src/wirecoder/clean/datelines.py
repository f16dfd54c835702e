"""Publication dates in page headers and datelines: "Published September 6th, 2018 - 08:21 GMT",
"Updated: 10/03/2021 14:02 IST", "ISLAMABAD, Sept 5 (Reuters) -", "By Jane Doe | March 3, 2021".

Everything here is regex-based and linear-time; a relative date ("2 hours ago") gives no date rather
than a guess, and a date without a year takes the year from context or gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_ORD = r"(?:st|nd|rd|th)?"

# Offsets of time-zone abbreviations seen in news pages. "ET"/"PT"/"CT" depend on daylight saving.
TZ_OFFSETS = {
    "gmt": 0, "utc": 0, "z": 0, "wet": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120, "eet": 120,
    "eest": 180, "msk": 180, "eat": 180, "wat": 60, "cat": 120, "sast": 120, "pkt": 300, "npt": 345,
    "ict": 420, "wib": 420, "hkt": 480, "sgt": 480, "pht": 480, "awst": 480, "jst": 540, "kst": 540,
    "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "est": -300, "edt": -240, "cst": -360,
    "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "hst": -600,
}
_DST_ZONES = {"et": (-300, -240), "ct": (-360, -300), "mt": (-420, -360), "pt": (-480, -420)}
# Zones where numeric dates are written month first (10/03/2021 = October 3).
_MONTH_FIRST_ZONES = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "hst", "et", "ct", "mt", "pt"}

_TZ_NAMES = "|".join(sorted(list(TZ_OFFSETS) + list(_DST_ZONES), key=len, reverse=True))
_TZ = rf"(?P<tz>(?:gmt|utc)\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}|\b(?:{_TZ_NAMES})\b)"

_DATE_PATTERNS = [
    # 2018-09-06, 2018-09-06T08:21:00Z, 2018-09-06 08:21:00+05:30
    re.compile(
        r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
        r"(?:[T ](?P<h>\d\d):(?P<mi>\d\d)(?::(?P<s>\d\d)(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?",
        re.I,
    ),
    # September 6th, 2018 / Sept. 6 2018 / Thursday, Sep 6, 2018
    re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    # 6 September 2018 / 6th of Sept, 2018
    re.compile(rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MON})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    # 10/03/2021, 10.03.2021, 10-03-2021
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)\b"),
]
# Dates without a year (datelines: "Sept 5", "5 September").
_DATE_NO_YEAR = [
    re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}}){_ORD}\b(?!\s*[,:]?\s*\d)", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MON})\b\.?(?!,?\s*\d)", re.I),
]
_TIME = re.compile(
    rf"(?<![\d:/.-])(?P<h>\d{{1,2}})[:.](?P<mi>\d\d)(?::(?P<s>\d\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?\s*{_TZ}?",
    re.I,
)
_TIME_AMPM_ONLY = re.compile(rf"\b(?P<h>\d{{1,2}})\s*(?P<ampm>[ap]\.?m\b\.?)\s*{_TZ}?", re.I)
RELATIVE_DATE = re.compile(
    r"\b(?:\d+|an?|one|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
    r"|\b(?:just now|yesterday|today)\b",
    re.I,
)

DATE_LINE_PREFIX = re.compile(
    r"^(?P<kw>(?:first\s+|last\s+|originally\s+)?(?:published|updated|posted|modified|created|released|dated?)"
    r"|last\s+update|pub(?:lished)?\s+date|publication\s+date)\b\s*(?:on|at)?\s*[:|-]?\s*",
    re.I,
)
_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.I)


@dataclass
class DateHit:
    value: str | None  # ISO 8601 date or date-time; None for a relative or yearless date without context
    start: int
    end: int  # span of the date (and time) in the line
    relative: bool = False


def _offset_of(tz: str | None, month: int) -> timezone | None:
    if not tz:
        return None
    t = re.sub(r"\s+", "", tz.lower())
    if t in TZ_OFFSETS:
        return timezone(timedelta(minutes=TZ_OFFSETS[t]))
    if t in _DST_ZONES:  # rough daylight-saving rule: April to October
        std, dst = _DST_ZONES[t]
        return timezone(timedelta(minutes=dst if 4 <= month <= 10 else std))
    m = re.fullmatch(r"(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?", t)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        if minutes <= 14 * 60:
            return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))
    return None


def _iso(d: date, h: int | None, mi: int, s: int, tz: str | None) -> str:
    if h is None:
        return d.isoformat()
    dt = datetime(d.year, d.month, d.day, h, mi, s)
    off = _offset_of(tz, d.month)
    return (dt.replace(tzinfo=off) if off else dt).isoformat()


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _time_in(line: str, skip: tuple[int, int]) -> re.Match[str] | None:
    """The first clock time in LINE outside the date span SKIP."""
    for pat in (_TIME, _TIME_AMPM_ONLY):
        for m in pat.finditer(line):
            if skip[0] <= m.start() < skip[1]:
                continue
            h = int(m.group("h"))
            if h <= 24 and int(m.groupdict().get("mi") or 0) < 60:
                return m
    return None


def _numeric_order(a: int, b: int, sep: str, tz: str | None) -> tuple[int, int]:
    """(month, day) of a numeric date a/b/yyyy: unambiguous when one part > 12, else by convention."""
    if a > 12:
        return b, a
    if b > 12:
        return a, b
    month_first = sep == "/" and (tz is None or tz.lower() in _MONTH_FIRST_ZONES)
    return (a, b) if month_first else (b, a)


def find_date(line: str, context_year: int | None = None) -> DateHit | None:
    """The first publication-style date in LINE, with its clock time and zone when given."""
    for pat in _DATE_PATTERNS:
        m = pat.search(line)
        if m is None:
            continue
        g = m.groupdict()
        y = int(g["y"])
        time_m = None
        if g.get("h"):
            h, mi, s, tz = int(g["h"]), int(g["mi"]), int(g.get("s") or 0), g.get("tz")
            end = m.end()
        else:
            time_m = _time_in(line, (m.start(), m.end()))
            tz = time_m.group("tz") if time_m else None
            if tz is None:
                tz_m = re.search(_TZ, line[m.end():], re.I)
                tz = tz_m.group("tz") if tz_m else None
            h = mi = s = None
            end = m.end()
            if time_m:
                h = int(time_m.group("h"))
                mi = int(time_m.groupdict().get("mi") or 0)
                s = int(time_m.groupdict().get("s") or 0)
                ampm = (time_m.group("ampm") or "").lower()
                if ampm.startswith("p") and h < 12:
                    h += 12
                elif ampm.startswith("a") and h == 12:
                    h = 0
                if h == 24:
                    h = 0
                end = max(end, time_m.end())
        if g.get("mon"):
            month, day = MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
        elif g.get("a"):
            month, day = _numeric_order(int(g["a"]), int(g["b"]), g["sep"], tz)
        else:
            month, day = int(g["m"]), int(g["d"])
        d = _make_date(y, month, day)
        if d is None:
            continue
        return DateHit(_iso(d, h, mi or 0, s or 0, tz), m.start(), end)
    rel = RELATIVE_DATE.search(line)
    if rel:
        return DateHit(None, rel.start(), rel.end(), relative=True)
    for pat in _DATE_NO_YEAR:
        m = pat.search(line)
        if m is None:
            continue
        month, day = MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d"))
        d = _make_date(context_year, month, day) if context_year else None
        if context_year and d is None:
            continue
        return DateHit(d.isoformat() if d else None, m.start(), m.end())
    return None


def is_date_line(line: str) -> tuple[str, DateHit] | None:
    """('published'|'updated', hit) when LINE is a header line giving the article's date."""
    s = line.strip()
    if not s or len(s) > 120:
        return None
    kw = DATE_LINE_PREFIX.match(s)
    hit = find_date(s)
    if hit is None:
        return None
    kind = "updated" if kw and re.search(r"updat|modif", kw.group("kw"), re.I) else "published"
    if kw:
        return kind, hit
    # No keyword: the line must be (almost) only the date: "Thursday 6 September 2018 08:21 GMT".
    rest = s[: hit.start] + " " + s[hit.end:]
    rest = _WEEKDAY.sub(" ", rest)
    rest = re.sub(rf"{_TZ}|[\W\d_]+|\bat\b|\bon\b", " ", rest, flags=re.I)
    if len(rest.split()) <= 1:
        return kind, hit
    return None


# -- datelines at the start of the body -------------------------------------------------------------
_PLACE_UPPER = r"[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*){0,3}"
_PLACE_ANY = r"[A-Z][\w.'’\-]*(?:[ /][A-Z][\w.'’\-]*){0,3}"
_DL_DATE = rf"(?i:{_MON}\.?\s+\d{{1,2}}{_ORD}(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}{_ORD}\s+{_MON}\.?(?:\s+(?:19|20)\d\d)?)"
_DL_AGENCY = r"\((?P<agency>[A-Za-z][\w .&'/-]{0,40}?)\)"
_DL_DASH = r"\s*(?:--|[-–—:])\s+"
# PLACE[, Region][, DATE] [(AGENCY)] DASH   -- the place is upper case unless an agency is named.
DATELINE = re.compile(
    rf"^(?:(?P<place>{_PLACE_UPPER})(?:,\s*(?P<region>[A-Z][\w.]*(?: [A-Z][\w.]*)?))?(?:,\s*(?P<date>{_DL_DATE}))?\s*(?:{_DL_AGENCY})?"
    rf"|(?P<place2>{_PLACE_ANY})(?:,\s*(?P<date2>{_DL_DATE}))?\s*{_DL_AGENCY.replace('agency', 'agency2')}){_DL_DASH}",
)


@dataclass
class Dateline:
    place: str | None
    date_text: str | None
    agency: str | None
    end: int  # where the sentence starts


def match_dateline(paragraph: str) -> Dateline | None:
    """The dateline prefix of a first paragraph: "ISLAMABAD, Sept 5 (Reuters) - " and the like."""
    m = DATELINE.match(paragraph[:200])
    if m is None:
        return None
    place = m.group("place") or m.group("place2")
    date_text = m.group("date") or m.group("date2")
    agency = m.group("agency") or m.group("agency2")
    if m.group("place") and not (date_text or agency):
        # "WASHINGTON - The ..." needs an all-caps place of some length to be a dateline.
        if len(place) < 4 or not place.isupper():
            return None
    if m.group("place") and not place.isupper():
        return None
    rest = paragraph[m.end():]
    if not rest or not (rest[0].isupper() or rest[0] in "\"“‘'(" or rest[0].isdigit()):
        return None
    region = m.group("region")
    if region and m.group("place"):
        place = f"{place}, {region}"
    return Dateline(place=place.strip(), date_text=date_text, agency=agency.strip() if agency else None, end=m.end())


_GIVEN_DATELINE_TAIL = re.compile(rf"(?:,?\s*(?:{_DL_DATE}|{_DL_AGENCY}))+\s*(?:--|[-–—:])?\s*$")


def dateline_place(dateline: str | None) -> str | None:
    """The place of a dateline given apart from the text, as wire datasets keep it ("LOS ANGELES, Feb 26"
    -> "LOS ANGELES", "FARMINGTON, Conn., Feb 26" -> "FARMINGTON, Conn."): the date and agency dropped."""
    if not dateline or not dateline.strip():
        return None
    place = _GIVEN_DATELINE_TAIL.sub("", dateline.strip()).strip(" ,")
    return place if place and any(ch.isalpha() for ch in place) else None
