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


def test_last_autumn_is_the_latest_one_over(dates_of):
    got = dates_of("Nigeria missed the first principal payment due on the notes last autumn.",
                   places={"Nigeria": "NGA"})
    assert got["last autumn"] == ("1986-09", "month", ["1986-09-01", "1986-11-30"])


def test_this_summer_in_a_southern_country_is_december_to_february(dates_of):
    got = dates_of("A smaller crop and adverse weather this summer in Argentina had reduced production.",
                   published="1987-03-06T00:00:00+00:00", places={"Argentina": "ARG"})
    assert got["this summer"] == ("1986-12", "month", ["1986-12-01", "1987-02-28"])


def test_this_summer_in_the_north_is_ahead_in_march(dates_of):
    got = dates_of("The French government will sell the bank this summer.", places={"French": "FRA"})
    assert got["this summer"][0] == "1987-06"


def test_season_takes_the_place_of_its_sentence_over_the_story(dates_of):
    text = ("Britain's wheat exports rose, the ministry said in London. Britain also sold barley.\n\n"
            "Planting in Australia will start next spring, traders said.")
    got = dates_of(text, places={"Britain": "GBR", "Australia": "AUS"})
    assert got["next spring"][0] == "1987-09"


def test_next_winter_and_season_with_years(dates_of):
    got = dates_of("Stocks will be tight next winter. Output peaked in the summer of 1985 and in the winter "
                   "of 1985/86, and the fall of 1984 was dry.")
    assert got["next winter"] == ("1987-12", "month", ["1987-12-01", "1988-02-29"])
    assert got["the summer of 1985"][0] == "1985-06"
    assert got["the winter of 1985/86"][0] == "1985-12"
    assert got["the fall of 1984"][0] == "1984-09"


def test_fall_as_a_verb_is_no_season(dates_of):
    got = dates_of("Sales could fall 1990 units short of the target, analysts said.")
    assert not any(v[0].startswith("1990") and "fall" in k for k, v in got.items())


def test_this_autumn_said_in_spring_is_this_years(dates_of):
    got = dates_of("It said from this autumn Fluke will sell and service the equipment in China.")
    assert got["this autumn"][0] == "1987-09"


def test_this_winter_follows_the_tense(dates_of):
    got = dates_of("If the problem is not resolved this winter, gas costs will rise.",
                   published="1987-06-19T00:00:00+00:00")
    assert got["this winter"][0] == "1987-12"


def test_a_country_named_in_passing_does_not_make_the_story_southern(dates_of):
    text = ("The resistance group first distributed leaflets in Munich in the summer of 1942.\n\n"
            "The film will open in Germany next week, and in South Africa in May.")
    got = dates_of(text, places={"Munich": "DEU", "South Africa": "ZAF"})
    assert got["the summer of 1942"] == ("1942-06", "month", ["1942-06-01", "1942-08-31"])


def test_parts_of_months_are_in_the_span_with_their_days(dates_of):
    got = dates_of("A meeting of note holders could be held by end-May. Talks resume in mid-April, and the "
                   "payment due in early January was missed.", published="1987-03-30T00:00:00+00:00")
    assert got["end-May"] == ("1987-05", "month", ["1987-05-21", "1987-05-31"])
    assert got["mid-April"] == ("1987-04", "month", ["1987-04-11", "1987-04-20"])
    assert got["early January"] == ("1987-01", "month", ["1987-01-01", "1987-01-10"])


def test_parts_of_years(dates_of):
    got = dates_of("The plant closed in late 1986 and should reopen by mid-1988. Debt falls by end 1989.")
    assert got["late 1986"] == ("1986", "year", ["1986-09-01", "1986-12-31"])
    assert got["mid-1988"] == ("1988", "year", ["1988-05-01", "1988-08-31"])
    assert got["end 1989"] == ("1989", "year", ["1989-10-01", "1989-12-31"])


def test_period_to_end_of_a_month(dates_of):
    got = dates_of("Money supply rose 48.22 pct in the year to end-February, the central bank said.",
                   published="1987-03-28T00:00:00+00:00")
    assert got["year to end-February"] == ("1987-02", "month", ["1986-03-01", "1987-02-28"])


def test_halves_with_a_year(dates_of):
    got = dates_of("OPEC set a ceiling for the first half of 1987. Crop output rose during the second half of "
                   "last year, and the store will open in the second half 1988. The fiscal 1986 first half was weak.")
    assert got["first half of 1987"] == ("1987-01", "month", ["1987-01-01", "1987-06-30"])
    assert got["second half of last year"] == ("1986-07", "month", ["1986-07-01", "1986-12-31"])
    assert got["second half 1988"][0] == "1988-07"
    assert got["1986"] == ("1986", "year", None)


def test_half_of_the_year_follows_the_tense(dates_of):
    got = dates_of("Demand is likely to increase in the second half of the year, the minister said.")
    assert got["second half of the year"][0] == "1987-07"
    got = dates_of('"They did a lot better in the second half of the year," he said of 1986 results.')
    assert got["second half of the year"][0] == "1986-07"


def test_half_without_a_year_is_no_date(dates_of):
    got = dates_of("He scored twice in the second half. First-half profits rose 12 pct, the company said.")
    assert not any("half" in k.lower() for k in got)


def test_half_of_a_split_year_is_not_a_calendar_half(dates_of):
    got = dates_of("Rates will decline over the second half of 1987/88 to between 16 and 18 pct.")
    assert got["1987"] == ("1987", "year", None)


def test_parts_of_relative_years_and_months(dates_of):
    got = dates_of("The deal is due by the end of the year. The plant will open early next year. He resigned "
                   "late last year, and prices fell earlier this month.", published="1987-03-30T00:00:00+00:00")
    assert got["end of the year"] == ("1987", "year", ["1987-10-01", "1987-12-31"])
    assert got["early next year"] == ("1988", "year", ["1988-01-01", "1988-04-30"])
    assert got["late last year"] == ("1986", "year", ["1986-09-01", "1986-12-31"])
    assert got["earlier this month"] == ("1987-03", "month", ["1987-03-01", "1987-03-29"])


def test_year_end(dates_of):
    got = dates_of("The company expects to complete the deal by year-end. Its loan book stood at 3.4 billion dlrs "
                   "at year end. Capital was 24.5 mln dlrs at year-end 1985.")
    assert got["year-end"] == ("1987", "year", ["1987-10-01", "1987-12-31"])
    assert got["year end"][0] == "1986"
    assert got["year-end 1985"][0] == "1985"


def test_bare_season_after_a_preposition_follows_the_tense(dates_of):
    got = dates_of("The exchange could open in the autumn, he said. Prices had dropped in the summer.")
    assert got["the autumn"] == ("1987-09", "month", ["1987-09-01", "1987-11-30"])
    assert got["the summer"][0] == "1986-06"
    got = dates_of("The backlog will not be cleared until the spring.", published="1987-01-10T00:00:00+00:00")
    assert got["the spring"][0] == "1987-03"


def test_bare_season_names_and_nouns_are_no_dates(dates_of):
    got = dates_of("As I said in the Autumn Statement, wages rose. Farmers sold more in the spring wheat "
                   "market, and talks loom during the summer's negotiations.")
    assert not any(k.lower().startswith("the") for k in got)
