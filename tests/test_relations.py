"""`wirecoder relations`: dyad figures on hand-made events, computed by hand, and the plot."""

from __future__ import annotations

import csv
import io
import json

import pytest

from test_store import make_event, make_record, runner, store_records
from wirecoder.cli import app

# Article 1, published 2024-01-15:
#   USAGOV->PAKGOV 042 q1 +1.9 (no date: January)   PAKMIL->USAMIL 190 q4 -10 dated 2024-02-03
#   USA->PAK 036 negated, USA->PAK 172 hypothetical (not counted), USA->IND 042 (another dyad)
# Article 2, published 2024-02-10:
#   USAGOV->PAK 070 q2 +7.0   PAK->USA 111 q3 -2.0   USA->PAK 061 q2 +6.4 dated 2024-01-20 (January)
# By month:
#   2024-01  USA->PAK: 2 events, q1 1, q2 1, Goldstein 8.3, mean 4.15, net +2; both: the same
#   2024-02  USA->PAK: 1 event q2, 7.0, net +1; PAK->USA: 2 events q3 1 q4 1, -12, mean -6, net -2;
#            both: 3 events, -5.0, mean -1.667, net -1
EXPECTED_MONTHS = [
    ("2024-01-01", "USA->PAK", 2, 1, 1, 0, 0, 8.3, 4.15, 2),
    ("2024-01-01", "both", 2, 1, 1, 0, 0, 8.3, 4.15, 2),
    ("2024-02-01", "USA->PAK", 1, 0, 1, 0, 0, 7.0, 7.0, 1),
    ("2024-02-01", "PAK->USA", 2, 0, 0, 1, 1, -12.0, -6.0, -2),
    ("2024-02-01", "both", 3, 0, 1, 1, 1, -5.0, -1.667, -1),
]
COLUMNS = [
    "period",
    "direction",
    "events",
    "q1",
    "q2",
    "q3",
    "q4",
    "goldstein_sum",
    "goldstein_mean",
    "net_coop",
]


@pytest.fixture
def dyad_db(tmp_path):
    db = tmp_path / "dyad.duckdb"
    a1 = make_record(
        "a1",
        published="2024-01-15T08:00:00+00:00",
        events=[
            make_event("USAGOV", "PAKGOV", "042", 1, 1.9),
            make_event("PAKMIL", "USAMIL", "190", 4, -10.0, date="2024-02-03"),
            make_event("USA", "PAK", "036", 1, 4.0, negated=True),
            make_event("USA", "PAK", "172", 4, -5.0, hypothetical=True),
            make_event("USA", "IND", "042", 1, 1.9),
        ],
    )
    a2 = make_record(
        "a2",
        published="2024-02-10",
        text="Other article text.",
        events=[
            make_event("USAGOV", "PAK", "070", 2, 7.0),
            make_event("PAK", "USA", "111", 3, -2.0),
            make_event("USA", "PAK", "061", 2, 6.4, date="2024-01-20"),
        ],
    )
    store_records(db, [a1, a2])
    return db


def _rows(output: str) -> list[tuple]:
    return [tuple(r[c] for c in COLUMNS) for r in json.loads(output)]


def test_monthly_dyad_figures_match_the_hand_count(dyad_db):
    res = runner.invoke(
        app, ["relations", "usa", "PAK", "--by", "month", "--db", str(dyad_db), "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    assert _rows(res.output) == EXPECTED_MONTHS


def test_yearly_and_date_range(dyad_db):
    res = runner.invoke(
        app, ["relations", "USA", "PAK", "--by", "year", "--db", str(dyad_db), "--format", "json"]
    )
    both = [r for r in json.loads(res.output) if r["direction"] == "both"]
    assert [(r["period"], r["events"], r["net_coop"], r["goldstein_sum"]) for r in both] == [
        ("2024-01-01", 5, 1, 3.3)
    ]
    res = runner.invoke(
        app, ["relations", "USA", "PAK", "--from", "2024-02-01", "--db", str(dyad_db), "--format", "json"]
    )
    assert _rows(res.output) == EXPECTED_MONTHS[2:]


def test_prefix_is_a_code_prefix_not_a_substring(dyad_db):
    res = runner.invoke(app, ["relations", "USAGOV", "PAK", "--db", str(dyad_db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert [(r["period"], r["direction"], r["events"]) for r in rows] == [
        ("2024-01-01", "USAGOV->PAK", "1"),
        ("2024-01-01", "both", "1"),
        ("2024-02-01", "USAGOV->PAK", "1"),
        ("2024-02-01", "both", "1"),
    ]


def test_table_prints_even_with_no_events(dyad_db):
    res = runner.invoke(app, ["relations", "USA", "PAK", "--db", str(dyad_db)])
    assert res.exit_code == 0
    assert "2024-02" in res.output and "PAK->USA" in res.output
    res = runner.invoke(app, ["relations", "FRA", "DEU", "--db", str(dyad_db)])
    assert res.exit_code == 0
    assert "FRA – DEU relations by month" in res.output
    assert "no events between FRA and DEU" in res.output


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_plot_file_is_written(dyad_db, tmp_path, suffix, magic):
    out = tmp_path / f"usa_pak{suffix}"
    res = runner.invoke(app, ["relations", "USA", "PAK", "--db", str(dyad_db), "--plot", str(out)])
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    assert data.startswith(magic)
    if suffix == ".svg":
        assert b"net cooperation" in data


def test_bad_period_is_a_usage_error(dyad_db):
    res = runner.invoke(app, ["relations", "USA", "PAK", "--by", "fortnight", "--db", str(dyad_db)])
    assert res.exit_code == 2
