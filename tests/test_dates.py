"""Date expressions resolved against the publication date (issue 5)."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.dates import extract_dates, prefers_day_first
from wirecoder.resources import Resources

PUB = "2018-09-06T08:21:00+00:00"  # a Thursday


@pytest.fixture(scope="module")
def dates_of(nlp):
    def run(text: str, published: str | None = PUB, url: str | None = None) -> dict[str, tuple]:
        ctx = ArticleContext(
            article=CleanArticle(id="t", text=text, url=url),
            doc=nlp(text),
            resources=Resources(),
            published=datetime.fromisoformat(published) if published else None,
        )
        refs = extract_dates(ctx)
        for r in refs:  # offsets are exact offsets into the body
            assert text[r.start : r.end] == r.text
        return {r.text: (r.value, r.resolution, r.range) for r in refs}

    return run


def test_weekday_in_past_tense_is_the_last_one(dates_of):
    got = dates_of("The minister arrived in Islamabad on Wednesday and met the army chief.")
    assert got["Wednesday"] == ("2018-09-05", "day", None)


def test_weekday_in_future_tense_is_the_next_one(dates_of):
    got = dates_of("The two sides will meet again on Monday in Kabul.")
    assert got["Monday"][0] == "2018-09-10"


def test_last_and_next_weekday(dates_of):
    got = dates_of("They signed the deal last Monday and talks resume next Friday.")
    assert got["last Monday"][0] == "2018-09-03"
    assert got["next Friday"][0] == "2018-09-07"


def test_day_words(dates_of):
    got = dates_of("Police said yesterday that the suspect will appear in court tomorrow. Talks end today.")
    assert got["yesterday"][0] == "2018-09-05"
    assert got["tomorrow"][0] == "2018-09-07"
    assert got["today"][0] == "2018-09-06"


def test_today_in_a_quote_is_the_day_it_was_said(dates_of):
    # the lead dates the story to Wednesday; the quote's "today" is that day, not Thursday's paper
    got = dates_of('Pompeo arrived in Islamabad on Wednesday for talks.\n\n'
                   '"The foundation that we laid today will last," Pompeo said.')
    assert got["today"][0] == "2018-09-05"


def test_quote_day_words_follow_the_attribution_date(dates_of):
    got = dates_of('The company reported results.\n\n"Tomorrow we start again," the chief executive said on Monday.')
    assert got["Tomorrow"][0] == "2018-09-04"  # the day after Monday 2018-09-03


def test_quote_day_words_without_a_speech_date_keep_the_publication_date(dates_of):
    got = dates_of('"Today is a good day," the chief executive said. Shares rose today.')
    assert got["Today"][0] == "2018-09-06"
    assert got["today"][0] == "2018-09-06"


def test_background_lead_dates_do_not_move_quoted_days(dates_of):
    # a lead date weeks before publication is history, not the day the quote was said
    got = dates_of('The law passed on August 1.\n\n"Today we see its effects," the mayor said.')
    assert got["Today"][0] == "2018-09-06"


def test_last_week_is_the_previous_monday_to_sunday(dates_of):
    got = dates_of("Last week, the Pentagon decided not to offer the aid.")
    assert got["Last week"] == ("2018-08-27", "day", ["2018-08-27", "2018-09-02"])


def test_month_and_year_periods(dates_of):
    got = dates_of(
        "Exports fell last month. The fund was cut this year and may grow next year after last year's fall."
    )
    assert got["last month"][:2] == ("2018-08", "month")
    assert got["this year"][:2] == ("2018", "year")
    assert got["next year"][0] == "2019"
    assert got["last year"][0] == "2017"


def test_ago(dates_of):
    got = dates_of(
        "The plant closed three days ago; the strike began two weeks ago and the law passed a year ago."
    )
    assert got["three days ago"][0] == "2018-09-03"
    assert got["two weeks ago"][0] == "2018-08-23"
    assert got["a year ago"][:2] == ("2017", "year")


def test_bare_month_follows_tense(dates_of):
    assert dates_of("Prices rose sharply in March.")["March"][:2] == ("2018-03", "month")
    assert dates_of("The election will be held in March.")["March"][0] == "2019-03"
    assert dates_of("The company was founded in November.")["November"][0] == "2017-11"


def test_absolute_forms(dates_of):
    got = dates_of(
        "The court ruled on 3 March 2021, heard appeals on March 3, 2021, filed 2021-03-04 and "
        "adjourned in September 2018."
    )
    assert got["3 March 2021"][0] == "2021-03-03"
    assert got["March 3, 2021"][0] == "2021-03-03"
    assert got["2021-03-04"][0] == "2021-03-04"
    assert got["September 2018"][:2] == ("2018-09", "month")


def test_month_day_without_year_takes_the_nearest_year(dates_of):
    assert dates_of("Talks opened on Sept. 4 in Doha.")["Sept. 4"][0] == "2018-09-04"
    got = dates_of("The report was filed on Dec. 28.", published="2019-01-03T10:00:00+00:00")
    assert got["Dec. 28"][0] == "2018-12-28"


def test_year_alone_only_when_clearly_a_year(dates_of):
    got = dates_of("The group has fought since 2015. In 2000 cases the army won. He scored 2018 points.")
    assert got["2015"][:2] == ("2015", "year")
    assert "2000" not in got
    assert "2018" not in got


def test_durations_and_ordinals_are_not_dates(dates_of):
    got = dates_of(
        "The war will soon enter its 18th year after two years of talks; there is a long way to go."
    )
    assert got == {}


def test_numeric_dates_follow_the_article_locale(dates_of):
    # a component above 12 anywhere in the article decides dd/mm
    got = dates_of("The hearing moved from 10/03/2021 to 25/03/2021.")
    assert got["10/03/2021"][0] == "2021-03-10"
    # none above 12: a US page reads mm/dd, a British one dd/mm
    assert dates_of("Filed on 10/03/2021.", url="https://www.nytimes.com/x")["10/03/2021"][0] == "2021-10-03"
    assert (
        dates_of("Filed on 10/03/2021.", url="https://www.bbc.co.uk/news/x")["10/03/2021"][0] == "2021-03-10"
    )


def test_locale_cues():
    assert prefers_day_first("Updated 10:30 IST", None, None)
    assert prefers_day_first("no numbers", None, "Dawn (Karachi)")
    assert not prefers_day_first("Filed 5/6/2020 and 5/20/2020", "https://example.co.uk/x", None)
    assert not prefers_day_first("no cues here", "https://example.com/x", None)


def test_without_publication_date_relative_ones_are_skipped(dates_of):
    got = dates_of("On Wednesday, a year after 3 March 2021, talks resumed.", published=None)
    assert set(got) == {"3 March 2021"}


def test_names_are_not_dates(dates_of):
    assert "Today" not in dates_of("USA Today reported the ruling on its website.")


def test_sample_article_dates(sample_record):
    got = {d.text: d for d in sample_record.dates}
    if "Wednesday" not in got:
        pytest.skip("sample body not available in this checkout")
    assert got["Wednesday"].value == "2018-09-05"
    assert got["Last week"].range == ["2018-08-27", "2018-09-02"]
    assert got["this year"].value == "2018"


def test_month_names_inside_person_names_are_not_dates(dates_of):
    got = dates_of(
        "Prime Minister Theresa May faced a revolt. The deal negotiated by May was rejected by MPs."
    )
    assert "May" not in got
    # without a person of that name the month stands
    assert dates_of("The deal was negotiated in May.")["May"][0] == "2018-05"


def test_present_tense_and_modals_look_ahead(dates_of):
    assert dates_of("The summit opens on Monday in Brussels.")["Monday"][0] == "2018-09-10"
    assert dates_of("Markets could be jolted on Friday.")["Friday"][0] == "2018-09-07"
    # a weekday inside a noun phrase keeps the past reading
    assert dates_of("Monday's attack is the latest in a series.")["Monday"][0] == "2018-09-03"


def test_month_with_unknown_tense_is_the_nearest(dates_of):
    got = dates_of("A ruling is expected by the end of October.")
    assert got["end of October"][0] == "2018-10"
    got = dates_of("Ahead of the summit in December, officials talked.", published="1987-10-19T00:00:00")
    assert got["December"][0] == "1987-12"


def test_clock_times_are_not_years(dates_of):
    got = dates_of(
        "The ceremony is shown from 1700 local time (0100 GMT). Highlights air from 1930 on BBC One."
    )
    assert "1700" not in got and "1930" not in got
    assert dates_of("The club was founded in 1930 by miners.")["1930"][0] == "1930"


def test_weekends(dates_of):
    got = dates_of("Fans queued last weekend, more come this weekend and the final is next weekend.")
    assert got["last weekend"][2] == ["2018-09-01", "2018-09-02"]
    assert got["this weekend"][2] == ["2018-09-08", "2018-09-09"]
    assert got["next weekend"][2] == ["2018-09-15", "2018-09-16"]


def test_edges_of_periods(dates_of):
    got = dates_of("The sanctions take effect at the end of the month and lapse at the beginning of next year.")
    assert got["end of the month"][:2] == ("2018-09", "month")
    assert got["beginning of next year"][:2] == ("2019", "year")


def test_later_and_earlier_this_week(dates_of):
    got = dates_of("The cabinet met earlier this week and will decide later this week.")
    assert got["earlier this week"] == ("2018-09-03", "day", ["2018-09-03", "2018-09-05"])
    assert got["later this week"] == ("2018-09-07", "day", ["2018-09-07", "2018-09-09"])


def test_year_after_a_part_of_it(dates_of):
    got = dates_of("Exports fell in the first eight months of 1986 and in the second quarter of 2017.")
    assert got["1986"][:2] == ("1986", "year")
    assert got["second quarter of 2017"] == ("2017-04", "month", ["2017-04-01", "2017-06-30"])


def test_year_before_a_noun(dates_of):
    got = dates_of("He funnelled $2m into the 2001 re-election campaign and signed a 1986 agreement with 1800 troops.")
    assert got["2001"][:2] == ("2001", "year")
    assert got["1986"][:2] == ("1986", "year")
    assert "1800" not in got
    assert "2000" not in dates_of("The 2000 protesters marched on the capital.")


def test_year_ranges(dates_of):
    got = dates_of("The scheme gets added support between 2005 and 2007 and ran from 1998 to 2003.")
    assert got["between 2005 and 2007"] == ("2005", "year", ["2005", "2007"])
    assert got["from 1998 to 2003"] == ("1998", "year", ["1998", "2003"])


def test_quarters(dates_of):
    got = dates_of(
        "Profits rose in the second quarter after a weak fourth quarter, and its 4th qtr 1986 loss "
        "was larger than in Q1 2005."
    )
    assert got["second quarter"] == ("2018-04", "month", ["2018-04-01", "2018-06-30"])
    assert got["fourth quarter"] == ("2017-10", "month", ["2017-10-01", "2017-12-31"])
    assert got["4th qtr 1986"] == ("1986-10", "month", ["1986-10-01", "1986-12-31"])
    assert got["Q1 2005"][2] == ["2005-01-01", "2005-03-31"]


def test_a_quarter_in_a_future_clause_is_the_next_one_not_yet_over(dates_of):
    got = dates_of("The plant will open in the second quarter.")
    assert got["second quarter"][0] == "2019-04"


def test_periods_that_end_in_a_month(dates_of):
    got = dates_of(
        "Sales for the year to March rose 4%, profit in the six months to June 30, 2017 fell, "
        "and the firm expects flat sales in the three months to December."
    )
    assert got["year to March"] == ("2018-03", "month", ["2017-04-01", "2018-03-31"])
    assert got["six months to June 30, 2017"] == ("2017-06-30", "day", ["2017-01-01", "2017-06-30"])
    assert got["three months to December"] == ("2018-12", "month", ["2018-10-01", "2018-12-31"])
    assert dates_of("Profits fell in the year ended July.")["year ended July"][0] == "2018-07"


def test_month_with_a_relative_year(dates_of):
    got = dates_of("The mine closed in March last year and reopens in June next year.")
    assert got["March last year"][:2] == ("2017-03", "month")
    assert got["June next year"][:2] == ("2019-06", "month")


def test_months_after_the_of_and_another_month(dates_of):
    got = dates_of(
        "Deposits rose in the last ten days of February. The department revised the March figures, "
        "and the April and May increases were small."
    )
    assert got["February"][0] == "2018-02"
    assert got["March"][0] == "2018-03"
    assert got["April"][0] == "2018-04"
    assert got["May"][0] == "2018-05"


def test_years_joined_to_another_year(dates_of):
    got = dates_of("Listing could come in either 2019 or 2020; it spent heavily between 1996 and 2002.")
    assert got["2019"][0] == "2019"
    assert got["2020"][0] == "2020"
    assert got["2002"][:2] == ("2002", "year")
    assert got["between 1996 and 2002"][0] == "1996"


def test_bare_year_before_a_singular_noun(dates_of):
    got = dates_of("The French 1986 current account surplus was revised. Ships carried 1500 tonnes of grain.")
    assert got["1986"][:2] == ("1986", "year")
    assert "1500" not in got
    assert dates_of("Revenues for fiscal 1987 rose.")["1987"][0] == "1987"


def test_year_before_a_plural_it_qualifies(dates_of):
    got = dates_of("The miner said its 2017 results were hurt by prices and 2019 repayments were covered.")
    assert got["2017"][0] == "2017"
    assert got["2019"][0] == "2019"
    assert "2000" not in dates_of("The 2000 protesters marched on the capital.")


def test_year_pairs_and_up_to(dates_of):
    got = dates_of("The firm must restate 2000 and 2003 results and forecast costs up to 2010.")
    assert got["2000"][0] == "2000"
    assert got["2003"][0] == "2003"
    assert got["2010"][0] == "2010"


def test_bond_maturities_and_the_final_quarter(dates_of):
    got = dates_of("It will buy back its 11-1/4 pct bonds of 2029 and 12s due 2030. Output fell in the final quarter.")
    assert got["2029"][0] == "2029"
    assert got["2030"][0] == "2030"
    assert got["final quarter"][2] == ["2017-10-01", "2017-12-31"]
    assert dates_of("A total of 2000 troops arrived.") == {}


def test_a_period_that_ended_is_before_the_publication(dates_of):
    got = dates_of("The auditor intends to qualify its report on the year ended January 31.")
    assert got["year ended January 31"] == ("2018-01-31", "day", ["2017-02-01", "2018-01-31"])


def test_months_after_its_and_for_and_a_year_after_start_to(dates_of):
    got = dates_of("The chain said its May sales fell. It bid for August shipment and expects a quiet start to 2019.")
    assert got["May"][0] == "2018-05"
    assert got["August"][0] == "2018-08"
    assert got["2019"][0] == "2019"


def test_bare_year_before_a_singular_verb_and_after_compared_with(dates_of):
    got = dates_of("2017 was a record year for the firm, and 2019 should be better. Profits rose compared with 2016.")
    assert got["2017"][0] == "2017"
    assert got["2019"][0] == "2019"
    assert got["2016"][0] == "2016"
    assert "1800" not in dates_of("Police said 1800 were arrested.")


def test_the_last_quarter(dates_of):
    got = dates_of("Profits rose in the last quarter, as in the last quarter of 2016, the best of the last quarter-century.")
    assert got["last quarter"] == ("2018-04", "month", ["2018-04-01", "2018-06-30"])
    assert got["last quarter of 2016"][2] == ["2016-10-01", "2016-12-31"]
    assert len(got) == 2


def test_year_before_gains(dates_of):
    assert dates_of("The unit held most of its 2016 gains.")["2016"][0] == "2016"


def test_fiscal_quarter_is_not_the_calendar_quarter(dates_of):
    got = dates_of("Apple said revenue in its fiscal first quarter rose 5 pct, and that the second quarter of "
                   "its fiscal year would be weaker.", published="1987-04-08")
    assert "first quarter" not in got and "second quarter" not in got
    got = dates_of("Net profit in the first quarter of fiscal 1988 fell.", published="1987-04-08")
    assert "first quarter of fiscal 1988" not in got
    assert got["1988"] == ("1988", "year", None)  # the fiscal year is still named
    # a calendar quarter stays one
    assert dates_of("Profit rose in the first quarter.", published="1987-04-08")["first quarter"][0] == "1987-01"


def test_quarter_ended_a_month_is_the_three_months_to_it(dates_of):
    got = dates_of("Microsoft reported a loss for the fiscal fourth quarter ended June 30.", published="1987-04-08")
    assert got["fourth quarter"] == ("1986-04", "month", ["1986-04-01", "1986-06-30"])
    got = dates_of("Oshman's said earnings for the fourth quarter ended January 31 were hurt.", published="1987-03-17")
    assert got["fourth quarter"] == ("1986-11", "month", ["1986-11-01", "1987-01-31"])


def test_the_year_before_is_the_year_before_the_date_named(dates_of):
    got = dates_of("Exports rose to 5 billion in 1986 from 4 billion the year before.")
    assert got["the year before"] == ("1985", "year", None)
    got = dates_of("Profit was 10 mln dlrs last year against 8 mln a year earlier.", published="1987-04-08")
    assert got["a year earlier"] == ("1985", "year", None)
    # before an event, or with no date named in the sentence: left out
    assert "the year before" not in dates_of("The airline carried 3 million people in the year before the crash.")
    assert "the previous year" not in dates_of("Output fell. It had risen 3 pct the previous year.")


def test_second_month_of_a_range_follows_the_first(dates_of):
    got = dates_of("Jordan today bid 74 dlrs per tonne for wheat for April through November shipment.",
                   published="1987-04-07")
    assert got["November"][0] == "1987-11"
    got = dates_of("Exports fell in the December to February period.", published="1987-04-07")
    assert got["February"][0] == "1987-02"


def test_a_year_before_a_participle_and_a_singular_noun(dates_of):
    got = dates_of("NOTE: 1987 operating net excludes credits of 1,043,000 dlrs.", published="1987-06-01")
    assert got["1987"] == ("1987", "year", None)
    assert "1990" not in dates_of("The company bought 1990 remaining shares.", published="1987-06-01")
