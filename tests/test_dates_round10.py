"""Dates round 10: a year after "to", seasons (hemisphere from the article's places), parts of months,
years and halves (issue 5 item 4)."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.dates import extract_dates
from wirecoder.record import Location
from wirecoder.resources import Resources

PUB = "1987-03-24T00:00:00+00:00"  # a Tuesday


@pytest.fixture(scope="module")
def dates_of(nlp):
    def run(text: str, published: str = PUB, places: dict[str, str] | None = None) -> dict[str, tuple]:
        doc = nlp(text)
        locations = []
        for name, country in (places or {}).items():  # what the places stage gives: name, country, mentions
            at = text.find(name)
            locations.append(Location(name=name, country=country, mentions=[[at, at + len(name)]]))
        ctx = ArticleContext(
            article=CleanArticle(id="t", text=text),
            doc=doc,
            resources=Resources(),
            published=datetime.fromisoformat(published),
            locations=locations,
        )
        refs = extract_dates(ctx)
        for r in refs:
            assert text[r.start : r.end] == r.text
        return {r.text: (r.value, r.resolution, r.range) for r in refs}

    return run


def test_year_after_to_is_a_year(dates_of):
    got = dates_of("The government plans to tighten supervisory laws during the current cabinet period to 1990, "
                   "to fight insider trading. The accord was extended to 1992, officials said.")
    assert got["1990"] == ("1990", "year", None)
    assert got["1992"] == ("1992", "year", None)


def test_level_reached_after_to_is_a_count(dates_of):
    got = dates_of("The index rose 12 points to 1990. Output was cut from 2,100 to 1995, the company said.")
    assert "1990" not in got
    assert "1995" not in got
