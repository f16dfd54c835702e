"""Quotes, lead round 13: a reporting verb inside a relative clause describes someone; it does not report the
sentence around it."""

from __future__ import annotations


def test_a_relative_clause_with_a_speech_verb_reports_nothing(pipeline):
    text = ("The US says he will not have to give up US citizenship to do so.\n\n"
            "Previous incumbent David Klein, who often argued with the Finance Ministry, steps down on 16 January.")
    quotes = pipeline.extract(text=text, published="2005-01-01").quotes
    assert not any("steps down" in q.text for q in quotes)
    assert any(q.speaker == "United States" and "citizenship" in q.text for q in quotes)


def test_an_interposed_report_with_its_own_subject_still_reports(pipeline):
    quotes = pipeline.extract(text="If this argument fails, Mr. Castaneda argues, there are other tools for the "
                                   "government to use.", published="2005-01-01").quotes
    assert any(q.speaker and "Castaneda" in q.speaker and "other tools" in q.text for q in quotes)
