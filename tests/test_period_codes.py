"""Actor codes of the state that held a country's place on the article's day (data/actors/period_codes.tsv)."""

from __future__ import annotations

from datetime import date

from wirecoder.period_codes import load_period_codes, period_code
from wirecoder.pipeline import extract


def test_soviet_actors_of_1987_are_the_soviet_unions():
    record = extract("British Prime Minister Margaret Thatcher met Soviet Premier Nikolai Ryzhkov in Moscow on "
                     "Tuesday. Kremlin leader Mikhail Gorbachev also had talks with her.",
                     id="t", published="1987-03-31")
    codes = {e.name: e.actor for e in record.entities}
    assert codes["Nikolai Ryzhkov"] == "USRGOV"
    assert codes["Mikhail Gorbachev"] == "USRGOV"
    assert ("GBRGOV", "USRGOV") in {(ev.source, ev.target) for ev in record.events}
    assert all(e.country != "USR" for e in record.entities if e.name == "Nikolai Ryzhkov")  # ISO stays


def test_russian_actors_after_1991_and_undated_keep_the_present_code():
    text = "Russian President Vladimir Putin met Tony Blair in Moscow on Tuesday."
    dated = {e.name: e.actor for e in extract(text, id="t", published="2004-03-31").entities}
    undated = {e.name: e.actor for e in extract(text, id="t").entities}
    assert dated["Vladimir Putin"] == "RUSGOV" == undated["Vladimir Putin"]


def test_the_last_day_of_the_earlier_state_is_inclusive(tmp_path):
    rows = load_period_codes()
    assert period_code("RUSBUS", date(1991, 12, 25), rows) == "USRBUS"
    assert period_code("RUSBUS", date(1991, 12, 26), rows) == "RUSBUS"
    assert period_code("GBRGOV", date(1987, 1, 1), rows) == "GBRGOV"
    extra = tmp_path / "mine.tsv"
    extra.write_text("code\tperiod_code\tuntil\nCZE\tCSK\t1992-12-31\n", encoding="utf-8")
    assert period_code("CZEGOV", date(1985, 5, 1), load_period_codes((extra,))) == "CSKGOV"

