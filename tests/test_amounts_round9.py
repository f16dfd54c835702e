"""Amounts and dates round 9: qualified shared markers ("H.K. dlrs"), the currency in force after them, ranges, fiscal quarters."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.clean import CleanArticle
from wirecoder.extract.amounts import extract_amounts, load_currency_table
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.dates import extract_dates
from wirecoder.resources import Resources


@pytest.fixture(scope="module")
def amounts_of(nlp):
    resources = Resources()

    def run(text: str, published: str | None = "1987-04-02") -> list[tuple]:
        ctx = ArticleContext(
            article=CleanArticle(id="t", text=text), doc=nlp(text), resources=resources,
            published=datetime.fromisoformat(published) if published else None,
        )
        found = extract_amounts(ctx)
        for a in found:
            assert text[a.start : a.end] == a.text
        return [(a.text, a.value, a.currency) for a in found]

    return run


def test_qualifier_names_the_money_of_a_shared_word(amounts_of):
    got = amounts_of("Shares of the Kowloon ferry operator closed at 14.20 H.K. Dlrs on Monday.")
    assert ("14.20 H.K. Dlrs", 14.2, "HKD") in got


def test_bare_dollars_after_a_qualified_sum_are_in_that_money(amounts_of):
    got = amounts_of(
        "The utility's \"A\" shares closed at 31 H.K. Dlrs while the new shares ended at 6.10 dlrs. "
        "Their par values are 50 and 10 cents respectively.\n\n"
        "The company also plans to raise 400 mln dlrs from a rights issue later this year."
    )
    assert ("6.10 dlrs", 6.1, "HKD") in got
    assert ("10 cents", 0.1, "HKD") in got
    assert ("400 mln dlrs", 400_000_000, "HKD") in got


def test_slash_pair_of_qualifiers_takes_the_first(amounts_of):
    got = amounts_of(
        "Producers agreed the palm oil reference price would rise by three Malaysian/Singapore cents "
        "to 204 cents per kilo, and the floor of 160 cents would stay."
    )
    assert ("three Malaysian/Singapore cents", 0.03, "MYR") in got
    assert ("204 cents", 2.04, "MYR") in got
    assert ("160 cents", 1.6, "MYR") in got


def test_sums_before_the_qualified_one_are_not_changed(amounts_of):
    got = amounts_of(
        "The Taipei firm's investment in California will reach 30 mln dlrs this year, the ministry said. "
        "It cut the capital needed for such projects to 15 mln Taiwan dlrs from 25 mln."
    )
    assert ("30 mln dlrs", 30_000_000, "USD") in got
    assert ("15 mln Taiwan dlrs", 15_000_000, "TWD") in got
    assert ("25 mln", 25_000_000, "TWD") in got


def test_us_dollars_named_in_full_do_not_set_the_currency_in_force(amounts_of):
    # a wire names "U.S. dlrs" to set them apart from the local money: the bare sums stay the article's own
    got = amounts_of(
        "Wellington's current account deficit narrowed to 410 mln N.Z. Dlrs in March. The currency rose to "
        "0.5810 U.S. Dlrs on the figures. Economists had expected a deficit of 450 mln dlrs."
    )
    assert ("410 mln N.Z. Dlrs", 410_000_000, "NZD") in got
    assert ("0.5810 U.S. Dlrs", 0.581, "USD") in got
    assert ("450 mln dlrs", 450_000_000, "NZD") in got


def test_us_article_dollars_stay_us_dollars(amounts_of):
    got = amounts_of(
        "Acme Corp said first quarter net income rose to 12.5 mln dlrs, or 45 cts a share, from 9.1 mln dlrs. "
        "Revenues rose to 310 mln dlrs."
    )
    assert {c for _, _, c in got} == {"USD"}


def test_other_shared_markers_follow_their_qualifier(amounts_of):
    got = amounts_of(
        "The Karachi mill was sold for 120 mln Pakistani rupees, against a valuation of 150 mln rupees "
        "made last year by the Bombay consultants."
    )
    assert ("120 mln Pakistani rupees", 120_000_000, "PKR") in got
    assert ("150 mln rupees", 150_000_000, "PKR") in got


def test_qualifier_table_is_data():
    table = load_currency_table()
    assert table.qualified("H.K.", "LOCALDLR") == "HKD"
    assert table.qualified("Hong Kong", "LOCALDLR") == "HKD"
    assert table.qualified("H.K.", "GBP") == "GBP"  # a qualifier only names the money of its own marker
    assert table.in_force_of["HKD"] == "LOCALDLR"
    assert table.defaults["LOCALDLR"] == "USD"  # holds only to the end of its sentence


def test_us_dollars_named_in_full_hold_to_the_end_of_their_sentence(amounts_of):
    got = amounts_of(
        "Vancouver coal producers said Japanese mills asked for 41 U.S. Dlrs a tonne, well below the 70 dlrs "
        "paid under the old contract. The Toronto-based miner earned 12 mln dlrs last year, Canadian officials "
        "in Ottawa said."
    )
    assert ("70 dlrs", 70, "USD") in got
    assert ("12 mln dlrs", 12_000_000, "CAD") in got


def test_bid_offer_quote_is_one_price(amounts_of):
    got = amounts_of("Sterling rose to 1.6040/50 dlrs and gold ended at 409.40/90 dlrs an ounce.")
    assert ("1.6040/50 dlrs", 1.604, "USD") in got
    assert ("409.40/90 dlrs", 409.4, "USD") in got
    assert all(value > 1 for _, value, _ in got)  # no "50 dlrs" or "90 dlrs" read from the offer digits


def test_hong_kong_article_bare_dollars_are_hong_kong_dollars(amounts_of):
    got = amounts_of(
        "Hong Kong property developer Wing Tai said its net profit rose to 210 mln dlrs in 1986. "
        "Its shares rose 15 cents to 6.40 dlrs on the Hong Kong stock exchange in Kowloon."
    )
    assert {c for _, _, c in got} == {"HKD"}


def test_first_figure_of_a_range_before_a_written_sum(amounts_of):
    got = amounts_of(
        "The paper mills could be sold for between 450 and 500 mln dlrs, and the group will need "
        "three billion to four billion dlrs over five years. Dividends of between 20 and 25 cts are expected."
    )
    assert ("450", 450_000_000, "USD") in got
    assert ("three billion", 3_000_000_000, "USD") in got
    assert ("20", 0.2, "USD") in got


def test_range_head_is_not_a_per_share_figure_or_a_year(amounts_of):
    got = amounts_of(
        "Sales rose to 390.6 mln dlrs in 1986. Net profit was 34.7 mln or 78 cts a share, up from 1985 "
        "to 40 mln dlrs."
    )
    values = {value for _, value, _ in got}
    assert 347_000 not in values  # "34.7 mln" is not in cents
    assert 1985 not in values and 1_985_000_000 not in values


def test_results_line_label_ends_at_a_word_number_amount(nlp):
    text = "Shr four cts vs 15 cts\nNet 132,851 vs 501,537\nRevs 10 mln vs 15.5 mln"
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=nlp(text), resources=Resources())
    objects = {a.text: a.object for a in extract_amounts(ctx)}
    assert objects["four cts"] == "Shr"
    assert objects["15 cts"] == "Shr"
    assert objects["132,851"] == "Net"


def dates_in(nlp, text: str, published: str = "1987-03-10") -> dict[str, tuple]:
    ctx = ArticleContext(
        article=CleanArticle(id="t", text=text), doc=nlp(text), resources=Resources(),
        published=datetime.fromisoformat(published),
    )
    return {r.text: (r.value, r.range) for r in extract_dates(ctx)}


def test_fiscal_quarter_of_a_fiscal_year_ending_in_a_written_month(nlp):
    got = dates_in(nlp, "The merger should close in the second quarter of its fiscal year ending June 30, 1987.")
    assert got["second quarter"] == ("1986-10", ["1986-10-01", "1986-12-31"])


def test_fiscal_quarter_from_the_fiscal_year_end_named_elsewhere(nlp):
    got = dates_in(
        nlp, "Harlow Foods expects a profit in the first quarter of fiscal 1988. Its fiscal year ends "
        "August 31, and it lost money last year."
    )
    assert got["first quarter of fiscal 1988"] == ("1987-09", ["1987-09-01", "1987-11-30"])


def test_fiscal_quarter_without_a_known_year_end_stays_undated(nlp):
    got = dates_in(nlp, "Harlow Foods expects a profit in its fiscal second quarter.")
    assert not any("quarter" in text for text in got)


def test_one_ct_is_a_cent(amounts_of):
    got = amounts_of("Shr loss one ct vs profit 12 cts\nNet loss 52,922 vs profit 220,041")
    assert ("one ct", 0.01, "USD") in got


def test_ranges_in_words(amounts_of):
    got = amounts_of(
        "The suit seeks five to 10 mln dlrs. Gas costs four to five dlrs per mln BTU, and differentials "
        "that had been between four and eight cents will narrow."
    )
    assert ("five", 5_000_000, "USD") in got
    assert ("four", 4, "USD") in got
    assert ("four", 0.04, "USD") in got
    assert ("eight cents", 0.08, "USD") in got  # not "four and eight cents" read as twelve
    assert not any(value == 0.12 for _, value, _ in got)


def test_article_before_a_number_word_is_not_one(amounts_of):
    got = amounts_of("The partnership will make a five ct per share distribution, down from seven cts.")
    assert ("five ct", 0.05, "USD") in got or ("a five ct", 0.05, "USD") in got


def test_no_amount_without_a_currency(amounts_of):
    got = amounts_of(
        "Revenue passenger miles increased 14.8 pct in February to 1.75 billion, the British carrier said. "
        "Electric output in the week was 48.31 billion kilowatt-hours."
    )
    assert all(currency is not None for _, _, currency in got)
