"""Plain-text cleaning: title, datelines, bylines, captions, source, paragraphs."""

from __future__ import annotations

import pytest

from wirecoder.clean.article import clean_article
from wirecoder.clean.datelines import find_date, is_date_line, match_dateline
from wirecoder.clean.meta import is_caption, parse_byline, source_from_line
from wirecoder.clean.text import clean_text, join_paragraphs
from wirecoder.readers import RawArticle

BODY = (
    "The finance ministry announced on Monday a new package of measures to support small businesses.\n"
    "Officials said the plan would cost about $2 billion over the next three years.\n"
)


def test_title_taken_from_a_scrape_first_line():
    parts = clean_text("Ministry Unveils Aid Plan for Small Firms\n\n" + BODY)
    assert parts.title == "Ministry Unveils Aid Plan for Small Firms"
    assert parts.body.startswith("The finance ministry announced")


def test_first_line_that_is_a_sentence_is_not_a_title():
    parts = clean_text("The ministry announced a plan.\n\n" + BODY)
    assert parts.title is None
    assert parts.body.startswith("The ministry announced a plan.")


def test_given_title_wins_and_first_line_stays_unless_equal():
    parts = clean_text("A Headline Here\n\n" + BODY, title="Another Title")
    assert parts.title == "Another Title" and parts.body.startswith("A Headline Here")
    parts = clean_text("A Headline Here\n\n" + BODY, title="A Headline Here")
    assert parts.body.startswith("The finance ministry")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published September 6th, 2018 - 08:21 GMT", "2018-09-06T08:21:00+00:00"),
        ("Updated: 10/03/2021 14:02 IST", "2021-03-10T14:02:00+05:30"),
        ("Posted: Mar 3, 2021 / 02:02 PM EST", "2021-03-03T14:02:00-05:00"),
        ("Thursday 6 September 2018", "2018-09-06"),
        ("2021-03-03T14:02:00Z", "2021-03-03T14:02:00+00:00"),
        ("Mon 3 Mar 2021 14.02 GMT", "2021-03-03T14:02:00+00:00"),
        ("Last updated on 5 July 2020 at 9:30 am BST", "2020-07-05T09:30:00+01:00"),
    ],
)
def test_date_lines(line, value):
    kind_hit = is_date_line(line)
    assert kind_hit is not None and kind_hit[1].value == value


def test_relative_date_gives_no_date_and_the_line_is_still_removed():
    parts = clean_text("Aid Plan Unveiled\n\nPublished 2 hours ago\n" + BODY)
    assert parts.published is None
    assert "ago" not in parts.body


def test_sentence_with_a_date_is_not_a_date_line():
    assert is_date_line("The minister said on March 3, 2021 that talks would go on.") is None


def test_reuters_dateline_gives_place_agency_and_date_from_context():
    text = "ISLAMABAD, Sept 5 (Reuters) - Pakistan's foreign minister met his U.S. counterpart on Wednesday."
    parts = clean_text(text, published_hint="2018-09-05T10:00:00+00:00")
    assert parts.dateline_place == "ISLAMABAD" and parts.source == "Reuters"
    assert parts.body.startswith("Pakistan's foreign minister met")
    assert clean_text(text).published is None  # no year anywhere: no guess


def test_dateline_year_taken_from_another_date_of_the_page():
    text = "Talks Resume\n\nPublished: 5 September 2018\n\nISLAMABAD, Sept 4 (Reuters) - Talks resumed on Tuesday."
    parts = clean_text(text)
    assert parts.published == "2018-09-05"  # the page's date wins over the dateline's


def test_ap_dateline_and_agency_source():
    dl = match_dateline("WASHINGTON (AP) — The Senate voted late on Tuesday.")
    assert dl is not None and dl.place == "WASHINGTON" and dl.agency == "AP"
    assert match_dateline("US - China trade talks resumed on Monday.") is None


def test_bylines():
    assert parse_byline("By Jane Doe | March 3, 2021") == (["Jane Doe"], None)
    assert parse_byline("By Jane Doe and John Roe, Reuters") == (["Jane Doe", "John Roe"], "Reuters")
    assert parse_byline("By Jane Doe, Staff Writer") == (["Jane Doe"], None)
    assert parse_byline("By the end of the year, prices had risen sharply.") is None


def test_byline_line_gives_authors_and_date():
    parts = clean_text("Aid Plan Unveiled\n\nBy Jane Doe | March 3, 2021\n\n" + BODY)
    assert parts.authors == ["Jane Doe"] and parts.published == "2021-03-03"
    assert not parts.body.startswith("By")


def test_captions_are_deduplicated_and_out_of_the_body():
    caption = "Protesters gather in Lahore on Tuesday. (AP Photo/K.M. Chaudary)"
    parts = clean_text(f"Protests Grow\n\n{caption}\n{caption}\n" + BODY + "Image copyright Getty Images\n")
    assert parts.captions == [caption, "Image copyright Getty Images"]
    assert "Chaudary" not in parts.body and "Getty" not in parts.body


def test_caption_rules_do_not_take_prose_citing_an_agency():
    assert is_caption("Officials said the talks had stalled, according to a statement (Reuters).") is False
    assert is_caption("He cited a report (PDF/Excel) that was later withdrawn") is False
    assert is_caption("U.S. Secretary of State Mike Pompeo. (SAUL LOEB / AFP)") is True
    assert is_caption("Photo: Reuters") is True


def test_source_lines():
    assert source_from_line("Copyright © UPI, 2022. All Rights Reserved.") == "UPI"
    assert source_from_line("© AFP") == "AFP"
    assert source_from_line("© 2022 The Associated Press. All rights reserved.") == "AP"
    assert source_from_line("Source: Reuters") == "Reuters"
    assert source_from_line("The decision was criticised by the opposition.") is None


def test_one_paragraph_per_line_and_hard_wrapped_prose_rejoined():
    assert join_paragraphs(["First paragraph.", "Second paragraph."]) == ["First paragraph.", "Second paragraph."]
    wrapped = ["The central bank raised interest rates on Thursday for the", "third time this year, citing inflation.", ""]
    assert join_paragraphs(wrapped) == ["The central bank raised interest rates on Thursday for the third time this year, citing inflation."]


def test_paragraphs_separated_by_exactly_one_blank_line():
    parts = clean_text("First paragraph here.\n\n\n\nSecond paragraph here.\n   \nThird one.")
    assert parts.body == "First paragraph here.\n\nSecond paragraph here.\n\nThird one."


def test_input_metadata_wins_over_page_metadata():
    raw = RawArticle(
        id="x", text="Aid Plan Unveiled\n\nPublished September 6th, 2018 - 08:21 GMT\n" + BODY + "\n© AFP",
        published="2018-09-07T00:00:00Z", source="Dawn",
    )
    art = clean_article(raw)
    assert art.published == "2018-09-07T00:00:00+00:00" and art.source == "Dawn"
    assert art.title == "Aid Plan Unveiled"


def test_find_date_yearless_needs_context():
    assert find_date("Sept 5", context_year=2018).value == "2018-09-05"
    assert find_date("Sept 5").value is None


def test_date_alone_on_a_line_inside_the_body_is_dropped_but_short_sentences_stay():
    parts = clean_text(f"{BODY}23.10.2018\nNot today.\nThe vote is on March 3.\n")
    assert "23.10.2018" not in parts.body
    assert "Not today." in parts.body and "The vote is on March 3." in parts.body


def test_sentences_with_photo_words_inside_other_words_are_not_captions():
    assert is_caption("The first children's commissioner for England has been appointed.") is False
    assert is_caption("Video games on consoles and computers proved more popular than ever in 2004.") is False
    assert is_caption("AFP via Getty Images") is True


def test_wire_credit_line_gives_authors_and_leaves_the_body():
    text = f"{BODY}\n(Reporting by Jane Doe in Kabul and John Roe; Editing by Mark Potter)"
    parts = clean_text(text)
    assert parts.authors == ["Jane Doe", "John Roe"]
    assert "Reporting by" not in parts.body and parts.body.endswith("next three years.")


def test_sentence_about_reporting_is_not_a_credit_line():
    text = f"{BODY}Reporting by local media suggested the plan had been delayed for months."
    assert clean_text(text).body.endswith("delayed for months.")


def test_input_published_values_normalised():
    from wirecoder.clean.article import normalize_published

    assert normalize_published("2018-09-06") == "2018-09-06"
    assert normalize_published("2018-09-06 08:21") == "2018-09-06T08:21:00"
    assert normalize_published("2018-09-06T08:21:00Z") == "2018-09-06T08:21:00+00:00"
    assert normalize_published("Thu, 06 Sep 2018 08:21:00 GMT") == "2018-09-06T08:21:00+00:00"
    assert normalize_published("sometime") is None
