"""`wirecoder export`: GDELT 2.0 Event and GKG 2.1 TSV layouts, JSONL round trip, Parquet tables."""

from __future__ import annotations

import csv
import json
import re

import duckdb
import pytest

from test_store import make_event, make_record, rich_record, runner, store_records
from wirecoder.cli import app
from wirecoder.record import ArticleRecord, DateRef, Entity
from wirecoder.store.export import GDELT_EVENT_COLUMNS, GDELT_GKG_COLUMNS, iso3_to_fips, split_actor


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.duckdb"
    second = make_record(
        "r2",
        published="2023-12-31T23:30:00-05:00",
        text="London - Britain and France\tsigned a deal.\n\nLater, talks stalled.",
        events=[
            make_event("GBRGOV", "FRA", "057", 1, 8.0, sentence=[0, 42]),
            make_event("FRA", "GBR", "111", 3, -2.0, sentence=[44, 65], date="2024-01-02"),
            make_event("FRA", "GBR", "138", 4, -7.0, negated=True),
        ],
    )
    store_records(path, [rich_record("r1"), second])
    return path


def _read_tsv(path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_gdelt_event_layout_and_field_formats(db, tmp_path):
    out = tmp_path / "events.tsv"
    res = runner.invoke(app, ["export", "--format", "gdelt-events", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert len(GDELT_EVENT_COLUMNS) == 61
    rows = _read_tsv(out)
    assert len(rows) == 3  # the negated event is not exported
    for row in rows:
        assert len(row) == 61
        r = dict(zip(GDELT_EVENT_COLUMNS, row, strict=True))
        assert re.fullmatch(r"\d+", r["GLOBALEVENTID"])
        assert re.fullmatch(r"\d{8}", r["SQLDATE"])
        assert r["MonthYear"] == r["SQLDATE"][:6] and r["Year"] == r["SQLDATE"][:4]
        assert re.fullmatch(r"\d{4}\.\d{4}", r["FractionDate"])
        assert r["QuadClass"] in {"1", "2", "3", "4"}
        assert -10.0 <= float(r["GoldsteinScale"]) <= 10.0
        assert r["IsRootEvent"] in {"0", "1"}
        assert r["EventRootCode"] == r["EventCode"][:2] and r["EventBaseCode"] == r["EventCode"][:3]
        assert r["NumMentions"] == r["NumSources"] == r["NumArticles"] == "1"
        float(r["AvgTone"])
        assert re.fullmatch(r"\d{14}", r["DATEADDED"])
        assert r["SOURCEURL"].startswith("https://example.com/")
    by_code = {r[26]: dict(zip(GDELT_EVENT_COLUMNS, r, strict=True)) for r in rows}
    consult = by_code["040"]
    assert consult["SQLDATE"] == "20240115"
    assert consult["Actor1Code"] == "USAGOV" and consult["Actor1CountryCode"] == "USA"
    assert consult["Actor1Type1Code"] == "GOV" and consult["Actor1Name"] == "ANTONY BLINKEN"
    assert consult["Actor2CountryCode"] == "PAK" and consult["AvgTone"] == "1.5"
    assert consult["ActionGeo_Type"] == "4" and consult["ActionGeo_CountryCode"] == "PK"
    assert consult["ActionGeo_FullName"] == "Islamabad, Pakistan"
    assert consult["ActionGeo_ADM1Code"] == "PK08"
    assert (consult["ActionGeo_Lat"], consult["ActionGeo_Long"], consult["ActionGeo_FeatureID"]) == (
        "33.72",
        "73.04",
        "1176615",
    )
    assert consult["Actor1Geo_Type"] == "0"
    # published 2023-12-31 (local date as written); a lead-paragraph event is a root event
    assert by_code["057"]["SQLDATE"] == "20231231" and by_code["057"]["IsRootEvent"] == "1"
    assert by_code["111"]["SQLDATE"] == "20240102" and by_code["111"]["IsRootEvent"] == "0"
    ids = [r[0] for r in rows]
    assert len(set(ids)) == 3
    # a second export gives the same ids
    runner.invoke(
        app, ["export", "--format", "gdelt-events", "-o", str(tmp_path / "again.tsv"), "--db", str(db)]
    )
    assert [r[0] for r in _read_tsv(tmp_path / "again.tsv")] == ids


def test_gdelt_gkg_layout_and_delimiters(db, tmp_path):
    out = tmp_path / "gkg.tsv"
    res = runner.invoke(app, ["export", "--format", "gdelt-gkg", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    rows = _read_tsv(out)
    assert len(GDELT_GKG_COLUMNS) == 27 and len(rows) == 2
    assert all(len(r) == 27 for r in rows)
    r = next(dict(zip(GDELT_GKG_COLUMNS, row, strict=True)) for row in rows if "r1" in row[4])
    assert re.fullmatch(r"\d{14}-\d+", r["GKGRECORDID"])
    assert re.fullmatch(r"\d{14}", r["V2.1DATE"]) and r["V2SOURCECOLLECTIONIDENTIFIER"] == "1"
    assert r["V2SOURCECOMMONNAME"] == "example.com"
    assert r["V1PERSONS"] == "Antony Blinken;Shehbaz Sharif"
    assert r["V2ENHANCEDPERSONS"] == "Antony Blinken,12;Antony Blinken,43;Shehbaz Sharif,24"
    assert r["V1LOCATIONS"] == "4#Islamabad, Pakistan#PK#PK08#33.72#73.04#1176615"
    assert r["V2ENHANCEDLOCATIONS"] == "4#Islamabad, Pakistan#PK#PK08##33.72#73.04#1176615#0"
    tone = r["V1.5TONE"].split(",")
    assert len(tone) == 7 and float(tone[0]) == 1.5 and tone[6] == "16"
    assert r["V2.1ENHANCEDDATES"] == "4#1#15#2024#34"
    assert r["V2.1QUOTATIONS"] == "52|15|said|talks went well"
    assert r["V2.1AMOUNTS"] == "2000000,aid,75"
    assert r["V2GCAM"] == "wc:16"
    assert "<PAGE_TITLE>Title r1</PAGE_TITLE>" in r["V2EXTRASXML"]


def test_jsonl_export_round_trips_records(db, tmp_path):
    out = tmp_path / "records.jsonl"
    res = runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    back = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert back["r1"] == rich_record("r1").to_dict()
    assert ArticleRecord.from_dict(back["r2"]).events[2].negated is True


def test_jsonl_round_trip_keeps_entity_and_mention_order(tmp_path):
    rec = rich_record("many")
    rec.dates.append(
        DateRef(
            text="last week",
            start=0,
            end=9,
            value="2024-01-08",
            resolution="day",
            range=["2024-01-08", "2024-01-14"],
        )
    )
    rec.entities = [
        Entity(id=f"e{i}", name=f"Person {i}", type="PERSON", mentions=[[40 - i, 41 - i], [i, i + 1]])
        for i in range(1, 13)
    ]
    db = tmp_path / "many.duckdb"
    store_records(db, [rec])
    out = tmp_path / "many.jsonl"
    runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out), "--db", str(db)])
    assert json.loads(out.read_text(encoding="utf-8")) == rec.to_dict()


def test_parquet_export_writes_one_file_per_table(db, tmp_path):
    out = tmp_path / "parquet"
    res = runner.invoke(app, ["export", "--format", "parquet", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{out}/events.parquet'").fetchone()[0] == 4
    assert con.execute(f"SELECT count(*) FROM '{out}/articles.parquet'").fetchone()[0] == 2
    assert sorted(p.name for p in out.iterdir())[0] == "amounts.parquet"


def test_actor_codes_split_into_gdelt_fields():
    assert split_actor("USAGOV")["CountryCode"] == "USA"
    assert split_actor("PAKMILREB")["Type2Code"] == "REB"
    igo = split_actor("IGOUNO")
    assert igo["CountryCode"] == "" and igo["Type1Code"] == "IGO" and igo["KnownGroupCode"] == "UNO"
    eu = split_actor("IGOEUREEC")
    assert (eu["CountryCode"], eu["KnownGroupCode"], eu["Type1Code"]) == ("EUR", "EEC", "IGO")
    assert iso3_to_fips("GBR") == "UK" and iso3_to_fips("DEU") == "GM" and iso3_to_fips(None) == ""


def test_us_places_get_state_names_and_codes():
    from wirecoder.store.export import geo_fields

    topeka = {
        "name": "Topeka",
        "country": "USA",
        "admin1": "US.KS",
        "lat": 39.05,
        "lon": -95.68,
        "geonameid": 4280539,
    }
    assert geo_fields(topeka)[:4] == ["3", "Topeka, Kansas, United States", "US", "USKS"]
    texas = {
        "name": "Texas",
        "country": "USA",
        "admin1": "US.TX",
        "lat": 31.25,
        "lon": -99.25,
        "geonameid": 4736286,
    }
    assert geo_fields(texas)[:4] == ["2", "Texas, United States", "US", "USTX"]
    germany = {"name": "Germany", "country": "DEU", "lat": 51.5, "lon": 10.5, "geonameid": 2921044}
    assert geo_fields(germany)[:4] == ["1", "Germany", "GM", "GM"]


def test_pipeline_records_survive_store_and_export(tmp_path, pipeline):
    """What the pipeline produces is what `export --format jsonl` gives back, field for field."""
    from wirecoder.readers import RawArticle

    raws = [
        RawArticle(
            id="talks",
            published="2024-05-06T09:00:00+00:00",
            url="https://example.com/talks",
            text="ISLAMABAD, May 6 - Pakistan's foreign minister met U.S. Secretary of State Antony Blinken "
            'in Islamabad on Monday. "We want a stable partnership," Blinken told reporters.\n\n'
            "Washington pledged $50 million in flood relief last week, officials said.",
        ),
        RawArticle(id="empty", text=""),
    ]
    records = list(pipeline.process(raws))
    db = tmp_path / "rt.duckdb"
    store_records(db, records)
    out = tmp_path / "rt.jsonl"
    res = runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == [records[0].to_dict()]  # the empty input is a failure, not a record


def test_export_to_stdout(db):
    res = runner.invoke(app, ["export", "--format", "gdelt-events", "-o", "-", "--db", str(db)])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 61 for line in lines)
    res = runner.invoke(app, ["export", "--format", "parquet", "-o", "-", "--db", str(db)])
    assert res.exit_code == 2
