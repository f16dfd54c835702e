"""People's titles, session 14: a participle carried like an adjective keeps the title's possessive country."""

from __future__ import annotations

from wirecoder.pipeline import extract


def test_a_visiting_title_keeps_the_possessive_country():
    record = extract("Israeli President Moshe Katsav has refused to meet Jordan's visiting King Abdullah II in "
                     "Tel Aviv.", id="t")
    assert {e.name: e.actor for e in record.entities}.get("Abdullah II") == "JORGOV"

