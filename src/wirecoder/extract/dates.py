"""Date expressions in the body, resolved against the publication date.

One regex pass over ``ctx.doc.text`` finds the candidate expressions (absolute: "March 3, 2021",
"3 March 2021", "2021-03-03", "10/03/2021", "September 2018", "in 2018"; relative: weekdays,
"yesterday", "last week", "this year", "three days ago", "in March", "March 3" without a year).
Offsets are exact character offsets into the body. The parse is used only to tell the tense of
the clause ("will meet on Monday" -> the next Monday, "met on Monday" -> the last one) and to
drop matches inside names ("USA Today"). Relative expressions need ``ctx.published``; without it
only absolute dates are kept.

Also: quarters ("the fourth quarter", "4th qtr 1986", "Q3 2004"), periods that end in a month ("the year
to March", "the six months ended June 30"), "March last year", years joined to a year ("either 2006 or
2007"), a bare year before a singular noun ("the French 1986 current account") and months after "the",
"of" or another month ("the March figures", "the last ten days of February", "the April and May rises").
A fiscal quarter ("its fiscal first quarter", "the first quarter of fiscal 1988") is dated only when its end is
written ("the fiscal fourth quarter ended June 30" -> April to June) or the end of its fiscal year is ("the third
quarter of its fiscal year ending September 30, 1987" -> April to June 1987; "... its fiscal year ends May 31",
said elsewhere in the article: "fiscal 1988" runs June 1987 to May 1988, so its first quarter is June to August
1987): its months are not the calendar ones.
"The year before", "a year earlier", "the previous year": the year before the date named earlier in the sentence.
Seasons ("last autumn", "this summer", "the spring of 1989") are the three meteorological months, six months on
in the southern hemisphere (the place named nearest in the sentence, else the story's country: ``southern`` in
``data/date_locale.tsv``). Parts of months and years ("end-May", "mid-April", "late 1986", "early next year", "the
end of the year", "by year-end") and halves ("the first half of 1987") keep the month or year as value, with the
part's days as range. A year after "to" is a year ("the cabinet period to 1990") unless "to" hangs on a verb of
change ("rose to 1990": ``count_verb`` in ``data/date_locale.tsv``).

Resolutions: a day -> "YYYY-MM-DD" ("day"); a month -> "YYYY-MM" ("month"); a year -> "YYYY"
("year"). A week or a weekend -> its first day with ``range = [first, last]`` (resolution "day"). A
quarter, a half or a season -> its first month, a period ending in a month -> that month (or day), both with their days as
``range``. "between 1996 and 2002" gives the first year (range = both years) and the second year apart.
Durations ("two years", "the past year", "its 18th year") are not dates and are not matched.
dateparser is not used: it is slow and guesses dates in durations and ordinals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from wirecoder.extract.base import ArticleContext
from wirecoder.extract.numbers import CARDINAL_WORDS
from wirecoder.extract.quote_marks import find_marked_spans, paragraph_bounds
from wirecoder.record import DateRef
from wirecoder.resources import data_path

if TYPE_CHECKING:
    from spacy.tokens import Doc

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS = {
    **CARDINAL_WORDS,
    "a couple of": 2,
    "a few": 3,
}
# Words that put a bare weekday/month in the future when they govern its clause.
FUTURE_AUX = {"will", "'ll", "shall", "wo", "gonna"}
FUTURE_GOVERNORS = {"plan", "expect", "schedule", "due", "set", "go", "intend", "aim", "slate", "prepare"}
# Named entities a date word may sit in without being a date ("USA Today", "Good Friday Agreement",
# "by May" of Theresa May), and the kinds of matches that are checked against them.
NAME_SENSITIVE = {"day_word", "period", "period_edge", "ago", "weekday", "month_only", "season"}
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"}

_FULL_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR_MONTH = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# month names are matched case-sensitively (capitalised or upper case): "may" and "march" are verbs
_MONTH = rf"(?:{_FULL_MONTH}|{_FULL_MONTH.upper()}|(?:{_ABBR_MONTH}|{_ABBR_MONTH.upper()})\.?)"
_FULL_ONLY_MONTH = rf"(?:{_FULL_MONTH})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUMWORD = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few)"
)
_CI = r"(?i:{})"  # case-insensitive group for relative keywords


def _ci(pattern: str) -> str:
    return _CI.format(pattern)


# (kind, compiled pattern, literal cues). The leading "(?=[...])" lets the regex engine skip most
# positions on their first character. A pattern runs only when one of its cues is in the lower-cased
# body (most articles have no "ago"). Order matters only for equal-length overlaps: earlier wins.
PATTERNS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("iso", re.compile(r"(?=\d)(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d/-])"), ("-",)),
    (
        "numeric",
        re.compile(
            r"(?=\d)(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"
        ),
        ("/", "."),
    ),
    (
        "month_day",
        re.compile(
            rf"(?=[JFMASOND])(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?(?![,.]?\d)"
        ),
        (),
    ),
    (
        "day_month",
        re.compile(
            rf"(?=\d)(?<![\d.,])(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
        (),
    ),
    (
        "month_year",
        re.compile(rf"(?=[JFMASOND])\b(?P<mon>{_MONTH})(?:,|\s+of)?\s+(?P<y>{_YEAR})\b(?![,.]?\d)"),
        (),
    ),
    # "between 2005 and 2007", "from 1998 to 2003": the first year, with the span as its range
    (
        "year_range",
        re.compile(
            r"(?=[bBfF])" + _ci(r"\b(?:between|from)\s+")
            + rf"(?P<y>{_YEAR})\s+" + _ci(r"(?:and|to|until|till|through)") + rf"\s+(?P<y2>{_YEAR})\b(?![,.]?\d)"
        ),
        (),
    ),
    # "the fourth quarter", "4th qtr 1986", "Q3 2004", "the 1986 fourth quarter": a quarter -> its first
    # month, with its days as the range; without a year, the latest quarter begun by the publication day
    (
        "quarter",
        re.compile(
            rf"(?=[fFsStTlL1234Q])(?:(?P<y0>{_YEAR})\s+)?(?:"
            + _ci(r"\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:quarter|qtr)\b(?!-century)")
            + rf"|\bQ(?P<qn>[1-4])\b)(?:,?\s+(?:of\s+|ended\s+|ending\s+)?(?:fiscal\s+)?(?P<y>{_YEAR})\b(?![,.]?\d))?"
        ),
        ("quarter", "qtr", "q1", "q2", "q3", "q4"),
    ),
    # "the first half of 1987", "the second half of last year", "1986 second half", "first-half profits": a half ->
    # its first month, with its days as the range (_resolve_half)
    (
        "half",
        re.compile(
            rf"(?=[fFsS12])(?:(?P<y0>{_YEAR})\s+)?"
            + _ci(r"\b(?P<ord>first|second|1st|2nd)[\s-]+half\b")
            + rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{_YEAR})\b(?![,.]?\d)|"
            + _ci(r"(?P<rel>last|this|next)\s+year\b|(?P<the>the\s+(?:current\s+)?year)\b") + "))?"
        ),
        ("half",),
    ),
    # "the year to March", "the three months to December 31, 1986", "six months ended June": the period
    # that ends then -> the end month (or day), with the period's days as the range
    (
        "period_to",
        re.compile(
            r"(?=[yYhHtTsSnN\d])"
            + _ci(r"\b(?:(?:half|full|financial|fiscal)[\s-]+)?year|\b(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?")
            + _ci(r"\s+(?P<conn>to|ended|ending|through)\s+(?:end[\s-]+)?")
            + rf"(?P<mon>{_MONTH})(?:\s+(?P<d>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?\b(?![,.]?\d)"
        ),
        (" to ", " ended ", " ending ", " through "),
    ),
    # "from 4 billion the year before", "8 mln a year earlier", "the previous year": the year before the date
    # the sentence named (_resolve_year_before); not "the year before the election" (before an event)
    (
        "year_before",
        re.compile(
            r"(?=[tTaA])"
            + _ci(r"\b(?:(?:the|a)\s+year\s+(?:before|earlier)|the\s+(?:previous|preceding|prior)\s+year)\b")
            + r"(?!-|\s+(?i:the|a|an|his|her|its|their|this|that|he|she|it|they|we|last)\b|\s+[A-Z\d])"
        ),
        ("year before", "year earlier", "previous year", "preceding year", "prior year"),
    ),
    # "March last year", "June next year"
    (
        "month_rel_year",
        re.compile(rf"(?=[JFMASOND])\b(?P<mon>{_FULL_ONLY_MONTH})\s+" + _ci(r"(?P<rel>last|this|next)\s+year\b")),
        ("year",),
    ),
    # month_only and year_only need a preceding word (see PREFIX_BEFORE): "in March", "since 2018"
    ("month_only", re.compile(rf"(?=[JFMASOND])\b(?P<mon>{_FULL_ONLY_MONTH})\b(?!\s+\d)"), ()),
    # not a 24-hour clock time: "from 1930 on BBC One", "at 1700 local time (0100 GMT)"
    (
        "year_only",
        re.compile(
            rf"(?=[12])(?<![\d.,$£€])\b(?P<y>{_YEAR})\b(?![,.]?\d|\s*%)"
            r"(?!\s*(?:local\b|GMT|BST|UTC|[ECMP][SD]?T\b|CET|IST|hrs\b|hours\b|h\b|on\s+BBC|on\s+ITV|on\s+Channel))"
        ),
        (),
    ),
    (
        "day_word",
        re.compile(
            r"(?=[tTyYlL])"
            + _ci(
                r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|"
                r"last\s+night|this\s+(?:morning|afternoon|evening))\b"
            )
        ),
        ("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening"),
    ),
    (
        "period",
        re.compile(
            r"(?=[lLtTnNcCeEmM])"
            # "early next year", "mid-next month", "later this year": a part, with its days as the range
            + _ci(r"\b(?:(?P<side>later|earlier)\s+|(?P<part>early|mid|late)[\s-]+)?(?P<rel>last|this|next|coming)\s+"
                  r"(?P<unit>week|weekend|month|year)\b")
        ),
        ("week", "month", "year"),
    ),
    # "the end of the month", "the beginning of next year": the period it is the edge of
    (
        "period_edge",
        re.compile(
            r"(?=[eEbBsSmM])"
            + _ci(r"\b(?P<edge>end|beginning|start|middle)\s+of\s+(?:the\s+)?(?:(?P<rel>last|this|next|coming)\s+)?"
                  r"(?P<unit>week|month|year)\b")
        ),
        ("week", "month", "year"),
    ),
    # "by year-end", "at the year end 1986": the year's last quarter as the range (_resolve_year_end)
    (
        "year_end",
        re.compile(
            r"(?=[bBaAuUtTfFsS])"
            + _ci(r"\b(?:by|at|before|until|till|to|from|since|after|towards?)\s+(?:the\s+)?year[\s-]end\b")
            + rf"(?:,?\s+(?P<y>{_YEAR})\b(?![,.]?\d))?"
        ),
        ("year end", "year-end"),
    ),
    # "last autumn", "this summer", "the winter of 1986/87", "spring 1988": a season -> its first month, with
    # its days as the range; its months depend on the hemisphere of the place (_resolve_season)
    (
        "season",
        re.compile(
            r"(?=[lLtTnNcCpPwWsSaAfFiIdDbBuUoO])(?:"
            + _ci(r"\b(?P<rel>last|this|next|coming|past)\s+(?P<s>winter|spring|summer|autumn|fall)\b")
            + r"|" + _ci(r"\b(?:the\s+)?(?P<sy>winter|spring|summer|autumn|fall)(?P<of>\s+of)?\s+")
            + rf"(?P<y>{_YEAR})(?:[/-](?P<y2>\d\d(?:\d\d)?))?\b(?![,.]?\d)"
            # "in the summer", "by the spring" (not "the fall": a noun; not "the summer months", "the spring wheat")
            # ("the Autumn Statement", "the summer's talks", "the summer 1987" are left to the names or the year form)
            + r"|" + _ci(r"\b(?P<bp>in|during|by|until|till|through|over|before|after|since)\s+(?P<bare>the\s+"
                         r"(?P<sb>(?-i:winter|spring|summer|autumn)))\b(?![\s-]+(?:(?:of|months?|seasons?|crops?|wheat|"
                         r"barley|grains?|plantings?|sowings?|quarter|holidays?|term|session|recess|break|sales|"
                         r"schedule|collection|games|olympics)\b|\d)|-|['’])") + ")"
        ),
        ("winter", "spring", "summer", "autumn", "fall"),
    ),
    (
        "ago",
        re.compile(
            r"(?=[\daAoOtTfFsSeEnN])" + _ci(rf"\b(?P<n>{_NUMWORD})\s+(?P<unit>day|week|month|year)s?\s+ago\b")
        ),
        (" ago",),
    ),
    # a "last/next/this" before the weekday is picked up by PREFIX_BEFORE
    ("weekday", re.compile(rf"(?=[MTWFS])\b(?P<wd>{_WEEKDAY})\b"), ("day",)),
]
PREFIX_BEFORE = {
    "month_only": re.compile(
        _ci(
            r"\b(?P<pre>in|since|by|until|till|during|before|after|from|through|early|mid|late|last|next|this|"
            # "end-May", "by end May", "the middle of March"
            r"coming|end\s+of|beginning\s+of|start\s+of|middle\s+of|end|for|"
            # "the March figures", "its May sales", "the last 10 days of February", "the April and May increases"
            r"the|its|their|of|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            r",?\s+(?:and|or|to|through))(?:\s+|-)$"
        )
    ),
    "year_only": re.compile(
        _ci(
            r"\b(?P<pre>in|since|by|until|till|during|before|after|from|through|throughout|early|mid|late|"
            r"(?:end|beginning|start)\s+(?:of|to)|end|the\s+year|"
            # a year before a singular noun: "the 2001 election", "a 1986 agreement" (plural: a count)
            r"the|a|its|their|his|her|"
            # "the first eight months of 1986", "the second quarter of 2004"
            r"(?:months?|quarters?|half|weeks?|spring|summer|autumn|fall|winter|middle|rest|part)\s+of|"
            # "fiscal 1987", "either 2006 or 2007", "2005 and 2006", "the price fixed for 2004", "up to 2010",
            # "bonds of 2009", "12s due 2010" (a count after "of" is caught by _year_is_a_count)
            # "the cabinet period to 1990", "extended to 1992" (not "the index rose to 1990": _to_year_is_a_count)
            r"fiscal|either|both|for|up\s+to|to|of|due|compared\s+(?:with|to)|versus|(?:1[6-9]\d\d|20\d\d),?\s+(?:and|or|to|through|until|till))(?:\s+|-)$"
        )
    ),
    "weekday": re.compile(_ci(r"\b(?P<pre>last|next|this|coming|past)\s+$")),
}
# a relative word that belongs to the span ("last March", "next Monday"); other prefixes stay outside
PREFIX_IN_SPAN = {"last", "next", "this", "coming", "past"}
# a part of a month or year ("early June", "mid-March", "end-May", "late 1986"): in the span, with the part's days
# as the range (the value stays the month or the year); "late" is the last third, a year's "end" its last quarter
PART_DAYS = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
             "mid": (11, 20), "middle of": (11, 20), "late": (21, 31), "end": (21, 31), "end of": (21, 31)}
PART_MONTHS = {"early": (1, 4), "beginning of": (1, 4), "start of": (1, 4),
               "mid": (5, 8), "middle of": (5, 8), "late": (9, 12), "end": (10, 12), "end of": (10, 12)}


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    match: re.Match[str]
    pre: str = ""  # the lower-cased word before it that PREFIX_BEFORE found ("in", "last", ...)


def extract_dates(ctx: ArticleContext) -> list[DateRef]:
    doc = ctx.doc
    text = body_text(ctx)
    pub = ctx.published.date() if ctx.published is not None else None
    day_first = prefers_day_first(text, ctx.article.url, ctx.article.source)
    parsed = doc.has_annotation("DEP")  # checked once: it scans every token
    name_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_LABELS]
    # "Theresa May" in the article: a later bare "since May" is more likely her than the month
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    out: list[DateRef] = []
    for cand in _non_overlapping(_candidates(text)):
        if cand.kind in NAME_SENSITIVE and _inside(cand, name_spans):
            continue
        if cand.kind == "month_only" and cand.match["mon"] in surnames:
            continue
        try:
            if cand.kind == "year_before":
                ref = _resolve_year_before(cand, out)
            elif cand.kind == "season":
                ref = _resolve_season(cand, doc, pub, parsed, _southern_place(ctx, doc, cand.start, parsed))
            else:
                ref = _resolve(cand, doc, pub, day_first, parsed)
        except ValueError:  # an impossible date ("February 30"): not a date
            ref = None
        if ref is not None:
            if cand.kind == "month_only" and out:
                _follow_month_range(ref, out[-1], text)
            out.append(ref)
            if cand.kind == "year_range":  # "between 1996 and 2002": the second year is a date too
                m = cand.match
                out.append(DateRef(m["y2"], m.start("y2"), m.end("y2"), m["y2"], "year"))
    if pub is not None:
        _reanchor_quoted_day_words(text, out, pub)
    return out


# -- "today" inside a quotation ---------------------------------------------------------------------
# A speaker's "today" is the day they spoke, which in news copy is usually not the publication day
# ("We laid the foundation today," Pompeo said -- on Wednesday, in a story published Thursday).
NEWS_DAY_WINDOW = 7  # a lead date older than this is background, not the story's day
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _reanchor_quoted_day_words(text: str, refs: list[DateRef], pub: date) -> None:
    """Resolve day words inside quotation marks against the day the quote was said: a day date in
    the attribution sentence (outside the marks), else the story's news day (the first recent day
    date of the lead), else the publication date (left as it is)."""
    shifts = [(i, DAY_WORD_SHIFT.get(_day_word(r.text))) for i, r in enumerate(refs)]
    shifts = [(i, s) for i, s in shifts if s is not None]
    if not shifts:
        return
    quotes = find_marked_spans(text)
    if not quotes:
        return
    day_refs = [r for r in refs if r.resolution == "day" and _day_word(r.text) not in DAY_WORD_SHIFT
                and _recent(r.value, pub)]
    news_day = _lead_news_day(text, day_refs, quotes)
    for i, shift in shifts:
        ref = refs[i]
        quote = next((q for q in quotes if q.start <= ref.start and ref.end <= q.end), None)
        if quote is None:
            continue
        said_on = _attribution_day(text, quote, day_refs) or news_day
        if said_on is not None:
            ref.value = (said_on + timedelta(days=shift)).isoformat()


def _recent(value: str, pub: date) -> bool:
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return False
    return timedelta(0) <= pub - d <= timedelta(days=NEWS_DAY_WINDOW)


def _outside_quotes(ref: DateRef, quotes) -> bool:
    return not any(q.open_mark <= ref.start < q.after_close for q in quotes)


def _attribution_day(text: str, quote, day_refs: list[DateRef]) -> date | None:
    """A day date in the sentence that attributes QUOTE: after its closing mark up to the sentence end
    (`"...," he said Wednesday.`) or before its opening mark in the same sentence."""
    end_m = _SENTENCE_END.search(text, quote.after_close)
    after_end = end_m.end() if end_m else len(text)
    before = max(text.rfind(". ", 0, quote.open_mark), text.rfind("\n", 0, quote.open_mark))
    for r in day_refs:
        if quote.after_close <= r.start < after_end or before < r.start < quote.open_mark:
            return date.fromisoformat(r.value)
    return None


def _lead_news_day(text: str, day_refs: list[DateRef], quotes) -> date | None:
    """The first recent day date of the first two paragraphs, outside quotations."""
    paras = paragraph_bounds(text)
    lead_end = paras[1][1] if len(paras) >= 2 else len(text)
    for r in day_refs:
        if r.start < lead_end and _outside_quotes(r, quotes):
            return date.fromisoformat(r.value)
    return None


def body_text(ctx: ArticleContext) -> str:
    """The body the offsets refer to. ``Doc.text`` rebuilds the string on every access, so the
    article's own text is used when it is the parsed text (it is, by construction)."""
    doc, text = ctx.doc, ctx.article.text
    if len(doc) and text and doc[-1].idx + len(doc[-1].text_with_ws) == len(text) and doc[0].idx == 0:
        return text
    return doc.text


# -- finding ---------------------------------------------------------------------------------------
def _candidates(text: str) -> Iterator[Candidate]:
    lower = text.lower()
    for kind, pattern, cues in PATTERNS:
        if cues and not any(c in lower for c in cues):
            continue
        before = PREFIX_BEFORE.get(kind)
        for m in pattern.finditer(text):
            start, end = m.span()
            pre = ""
            if before is not None:
                p = before.search(text, max(0, start - 24), start)
                if p is None and kind == "year_only" and _YEAR_PAIR_AFTER.match(text, end):
                    pre = "pair"  # "restate 2000 and 2003 results"
                elif p is None and kind == "year_only" and _WORD_AFTER.match(text, end):
                    pre = BARE_YEAR  # "the French 1986 current account": checked against the parse
                elif p is None and kind != "weekday":
                    continue  # a bare "March" or "2018" is not clearly a date
                if p is not None:
                    pre = re.sub(r"\s+", " ", p["pre"].lower())
                    if pre in PREFIX_IN_SPAN or pre in PART_DAYS:
                        start = p.start()
            yield Candidate(kind, start, end, m, pre)


_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_YEAR_PAIR_AFTER = re.compile(rf",?\s+(?:and|or|to|through)\s+{_YEAR}\b(?![,.]?\d)")
BARE_YEAR = "<bare>"  # Candidate.pre of a year with no preceding cue word


def _non_overlapping(cands: Iterator[Candidate]) -> list[Candidate]:
    """Longest match first; a shorter one overlapping a kept one is dropped. A weekday right before
    a full date ("Wednesday, September 5") becomes part of it."""
    order = {k: i for i, (k, _, _) in enumerate(PATTERNS)}
    ranked = sorted(cands, key=lambda c: (-(c.end - c.start), order[c.kind], c.start))
    if not ranked:
        return []
    taken = bytearray(max(c.end for c in ranked))
    kept: list[Candidate] = []
    for c in ranked:
        if 1 not in taken[c.start : c.end]:
            kept.append(c)
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    merged: list[Candidate] = []
    for c in kept:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == "weekday"
            and not prev.pre
            and c.kind in ("month_day", "day_month", "iso", "numeric")
            and _WEEKDAY_GAP.fullmatch(c.match.string, prev.end, c.start)
        ):
            merged[-1] = Candidate(c.kind, prev.start, c.end, c.match)
        else:
            merged.append(c)
    return merged


_WEEKDAY_GAP = re.compile(r",?\s+(?:the\s+)?")


def _inside(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(s <= cand.start and cand.end <= e for s, e in spans)


# -- resolving -------------------------------------------------------------------------------------
def _ref(cand: Candidate, value: str, resolution: str, span: list[str] | None = None) -> DateRef:
    # match.string is the body the regex ran over (doc.text rebuilds the string on every access)
    return DateRef(
        text=cand.match.string[cand.start : cand.end],
        start=cand.start,
        end=cand.end,
        value=value,
        resolution=resolution,
        range=span,
    )


def _resolve(cand: Candidate, doc: Doc, pub: date | None, day_first: bool, parsed: bool) -> DateRef | None:
    m, kind = cand.match, cand.kind
    if kind == "iso":
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
        return _ref(cand, d.isoformat(), "day")
    if kind == "numeric":
        a, b = int(m["a"]), int(m["b"])
        if m["sep"] == "." and len(m["y"]) != 4:
            return None  # "1.2.18" is more often a version or a score than a date
        day, month = (a, b) if day_first else (b, a)
        if month > 12:  # the other order is the only valid one
            day, month = month, day
        d = date(_full_year(m["y"], pub), month, day)
        return _ref(cand, d.isoformat(), "day")
    if kind in ("month_day", "day_month"):
        month, day = MONTHS[m["mon"].rstrip(".").lower()], int(re.match(r"\d+", m["d"]).group())
        if m["y"]:
            return _ref(cand, date(int(m["y"]), month, day).isoformat(), "day")
        if pub is None:
            return None
        d = _nearest_day(month, day, pub, _is_future(doc, cand.start, parsed))
        return _ref(cand, d.isoformat(), "day")
    if kind == "month_year":
        return _ref(cand, f"{int(m['y']):04d}-{MONTHS[m['mon'].rstrip('.').lower()]:02d}", "month")
    if kind == "year_range":
        return _ref(cand, m["y"], "year", [m["y"], m["y2"]])
    if kind == "year_only":
        if _year_is_a_count(doc, m.end("y")):
            return None
        if cand.pre == BARE_YEAR and not _year_before_a_singular(doc, m.end("y"), parsed, pub):
            return None
        if cand.pre == "to" and _to_year_is_a_count(doc, m.start("y"), parsed):
            return None
        return _with_part(cand, _ref(cand, m["y"], "year"))
    if kind == "quarter":
        return _resolve_quarter(cand, doc, pub, parsed)
    if kind == "period_to":
        return _resolve_period_to(cand, doc, pub, parsed)
    if kind == "half":
        return _resolve_half(cand, doc, pub, parsed)
    if kind == "year_end":
        return _resolve_year_end(cand, doc, pub, parsed)
    if pub is None:
        return None  # everything below is relative to the publication date
    if kind == "month_only":
        return _with_part(cand, _resolve_month_only(cand, doc, pub, parsed))
    if kind == "month_rel_year":
        step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        return _ref(cand, f"{pub.year + step:04d}-{MONTHS[m['mon'].lower()]:02d}", "month")
    if kind == "day_word":
        return _resolve_day_word(cand, pub)
    if kind in ("period", "period_edge"):
        return _resolve_period(cand, pub)
    if kind == "ago":
        return _resolve_ago(cand, pub)
    if kind == "weekday":
        return _resolve_weekday(cand, doc, pub, parsed)
    return None


# -- seasons ---------------------------------------------------------------------------------------
# Meteorological seasons: the first month of each in the northern hemisphere; the south is six months on.
SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _southern_place(ctx: ArticleContext, doc: Doc, char: int, parsed: bool) -> bool:
    """Whether the season at CHAR is in the southern hemisphere: the place named nearest to it in its sentence,
    else the country the article names most often (``southern`` in ``data/date_locale.tsv``)."""
    located = [(loc.country, span) for loc in ctx.locations if loc.country for span in loc.mentions]
    if not located:
        return False
    southern = day_first_cues().southern_countries
    tok = _token_at(doc, char) if parsed else None
    if tok is not None:
        sent = tok.sent
        in_sentence = [(abs(span[0] - char), country) for country, span in located
                       if sent.start_char <= span[0] < sent.end_char]
        if in_sentence:
            return min(in_sentence)[1] in southern
    # the story's place: the first place it names, when that country is also named most often (twice or more);
    # a country named in passing ("a group that fled to South Africa") does not move the story south
    counts: dict[str, int] = {}
    for country, _ in located:
        counts[country] = counts.get(country, 0) + 1
    first_country = min(located, key=lambda cs: cs[1][0])[0]
    most = max(counts.values())
    return first_country in southern and counts[first_country] == most >= 2


def _season_span(year: int, first_month: int) -> tuple[date, date]:
    """The three months from FIRST_MONTH of YEAR (a winter runs into the next year)."""
    last_index = year * 12 + first_month - 1 + 2  # zero-based month index of the third month
    return date(year, first_month, 1), _month_days(last_index // 12, last_index % 12 + 1)[1]


def _resolve_season(cand: Candidate, doc: Doc, pub: date | None, parsed: bool, southern: bool) -> DateRef | None:
    """ "last autumn" -> the latest autumn over by the publication day; "next spring" -> the first to begin
    after it; "this summer" -> the one under way, else the publication year's (a winter: the one the clause's
    tense points to, else the nearest);
    "the summer of 1987" -> that year's. A season that spans two years with one year written ("winter 1987",
    a southern "summer 1987") is ambiguous: the year only."""
    m = cand.match
    if m["bare"]:  # the preposition stays outside the span
        cand = Candidate(cand.kind, m.start("bare"), cand.end, m, m["bp"].lower())
    season = (m["s"] or m["sy"] or m["sb"]).lower()
    if season == "fall" and m["sy"] and not m["of"] and not m["sy"][0].isupper():
        return None  # "prices fall 1990 points"-like verbs: only "the fall of 1987", "Fall 1987"
    first_month = SEASON_FIRST_MONTH[season]
    if southern:
        first_month = (first_month + 5) % 12 + 1
    if m["y"]:
        year = int(m["y"])
        if first_month == 12:
            if not m["y2"]:
                return _ref(cand, f"{year:04d}", "year")
        first, last = _season_span(year, first_month)
        return _ref(cand, f"{year:04d}-{first_month:02d}", "month", [first.isoformat(), last.isoformat()])
    if pub is None:
        return None
    spans = [_season_span(y, first_month) for y in range(pub.year - 2, pub.year + 2)]
    rel = m["rel"].lower() if m["rel"] else _bare_season_rel(cand, doc, parsed)
    over = [s for s in spans if s[1] < pub]
    ahead = [s for s in spans if s[0] > pub]
    current = [s for s in spans if s[0] <= pub <= s[1]]
    if m["bare"] and current:  # "by the spring" said in spring: this one
        chosen = current[0]
    elif rel in ("last", "past"):
        chosen = over[-1]
    elif rel in ("next", "coming"):
        chosen = ahead[0]
    elif current:
        chosen = current[0]
    elif first_month <= 10:  # a season within one calendar year: this year's ("this autumn" said in March)
        chosen = _season_span(pub.year, first_month)
    else:  # a season across the new year: the tense decides, else the nearest (the past one on a tie)
        tense = _clause_time(doc, cand.start, parsed)[0]
        if tense in ("future", "present"):
            chosen = ahead[0]
        elif tense == "past":
            chosen = over[-1]
        else:
            chosen = min((over[-1], ahead[0]), key=lambda s: (max((s[0] - pub).days, (pub - s[1]).days), s[0] > pub))
    first, last = chosen
    return _ref(cand, f"{first.year:04d}-{first.month:02d}", "month", [first.isoformat(), last.isoformat()])


def _bare_season_rel(cand: Candidate, doc: Doc, parsed: bool) -> str:
    """ "in the summer" (not under way) reads as "next summer" after "by", "until", "before" or in a future clause,
    as "last summer" after "since" or in a past one, else as "this summer"."""
    if cand.pre in ("by", "until", "till", "before"):
        return "coming"
    if cand.pre == "since":
        return "last"
    tense = _clause_time(doc, cand.start, parsed)[0]
    return {"future": "coming", "past": "last"}.get(tense, "this")


def _with_part(cand: Candidate, ref: DateRef) -> DateRef:
    """ "early June" -> June 1-10, "late 1986" -> September to December 1986 as the range."""
    if cand.pre not in PART_DAYS:
        return ref
    year = int(ref.value[:4])
    if ref.resolution == "year":
        lo, hi = PART_MONTHS[cand.pre]
        ref.range = [date(year, lo, 1).isoformat(), _month_days(year, hi)[1].isoformat()]
    elif ref.resolution == "month":
        month = int(ref.value[5:7])
        lo, hi = PART_DAYS[cand.pre]
        ref.range = [date(year, month, lo).isoformat(), date(year, month, min(hi, _month_days(year, month)[1].day)).isoformat()]
    return ref


QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
PERIOD_MONTHS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}


def _month_days(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


_MONTH_RANGE_GAP = re.compile(r"\s*(?:-|–|(?i:to|through|until|till|and|or))\s*")


def _follow_month_range(ref: DateRef, prev: DateRef, text: str) -> None:
    """ "for April through November shipment": the second month of a range is the first such month from the
    first one on (not the last November before the publication day)."""
    if prev.resolution != "month" or not _MONTH_RANGE_GAP.fullmatch(text, prev.end, ref.start):
        return
    first_year, first_month, month = int(prev.value[:4]), int(prev.value[5:7]), int(ref.value[5:7])
    ref.value = f"{first_year if month >= first_month else first_year + 1:04d}-{month:02d}"


def _resolve_year_before(cand: Candidate, found: list[DateRef]) -> DateRef | None:
    """ "Exports rose to 5 billion in 1986 from 4 billion the year before" -> 1985: the year before the last
    date named earlier in the sentence; with none, left out (what it is before is not known)."""
    text = cand.match.string
    prev = next((r for r in reversed(found) if r.end <= cand.start), None)
    if prev is None or not prev.value[:4].isdigit() or _SENTENCE_END.search(text, prev.end, cand.start):
        return None
    return _ref(cand, f"{int(prev.value[:4]) - 1:04d}", "year")


# a fiscal quarter ("the fiscal first quarter", "the second quarter of its fiscal year", "the first quarter
# of fiscal 1988") is not the calendar one: its months are known only from its end ("ended June 30")
_FISCAL_BEFORE = re.compile(r"(?i:\b(?:fiscal|financial)[\s-]+(?:year\s+)?)$")
_FISCAL_AFTER = re.compile(
    r"(?i:\s+of\s+(?:(?:its|the|their|this|last|next|that|[\w.&]+['’]s)\s+)?(?:current\s+)?(?:fiscal|financial)\b)"
)
_QUARTER_ENDED = re.compile(
    rf",?\s+(?i:ended|ending|to)\s+(?:(?i:in)\s+)?(?P<mon>{_MONTH})(?:\s+(?P<d>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?\b(?![,.]?\d)"
)


def _resolve_quarter(cand: Candidate, doc: Doc, pub: date | None, parsed: bool) -> DateRef | None:
    m = cand.match
    text = m.string
    ended = _QUARTER_ENDED.match(text, cand.end)
    if ended is not None:
        return _quarter_ending(cand, ended, doc, pub, parsed)
    if (
        _FISCAL_BEFORE.search(text, max(0, cand.start - 24), cand.start)
        or "fiscal" in m.group().lower()
        or _FISCAL_AFTER.match(text, cand.end)
    ):
        year_end = _fiscal_year_end(text, cand.end)
        fiscal = _fiscal_quarter(cand, year_end, doc, pub, parsed) if year_end is not None else None
        if fiscal is not None:
            return fiscal
        # a fiscal quarter of unknown months: left out rather than dated wrong; its fiscal year ("fiscal 1988")
        # is kept as the year it is named by
        y = "y" if m["y"] else "y0" if m["y0"] else None
        return DateRef(m[y], m.start(y), m.end(y), m[y], "year") if y else None
    written = m["y"] or m["y0"]
    if m["ord"] and m["ord"].lower() == "last" and not written:  # "in the last quarter": the one before this
        if pub is None:
            return None
        current = (pub.month - 1) // 3 + 1
        year, q = (pub.year, current - 1) if current > 1 else (pub.year - 1, 4)
        first, last = date(year, 3 * q - 2, 1), _month_days(year, 3 * q)[1]
        return _ref(cand, f"{year:04d}-{first.month:02d}", "month", [first.isoformat(), last.isoformat()])
    q = int(m["qn"]) if m["qn"] else QUARTER_ORDINALS.get(m["ord"].lower(), 4)  # "the last quarter of 2004"
    if written:
        year = int(written)
    elif pub is None:
        return None
    else:  # the latest quarter begun by the publication day; a future clause means the next one not yet over
        year = pub.year if date(pub.year, 3 * q - 2, 1) <= pub else pub.year - 1
        if _is_future(doc, cand.start, parsed) and _month_days(year, 3 * q)[1] < pub:
            year += 1
    first, last = date(year, 3 * q - 2, 1), _month_days(year, 3 * q)[1]
    return _ref(cand, f"{year:04d}-{first.month:02d}", "month", [first.isoformat(), last.isoformat()])


def _resolve_year_end(cand: Candidate, doc: Doc, pub: date | None, parsed: bool) -> DateRef | None:
    """ "by year-end" -> the publication year (range October to December); in a past clause ("assets at year-end
    were 5 mln"), the year before when its end is not yet reached; a written year is that year's end."""
    m = cand.match
    if m["y"]:
        year = int(m["y"])
    elif pub is None:
        return None
    else:
        year = pub.year
        if pub.month < 10 and _clause_time(doc, cand.start, parsed)[0] == "past":
            year -= 1
    # the span starts at "year", after the preposition
    word = re.search(r"(?i:(?:the\s+)?year)", m.group())
    cand = Candidate(cand.kind, cand.start + word.start(), cand.end, m, cand.pre)
    return _ref(cand, f"{year:04d}", "year", [f"{year:04d}-10-01", f"{year:04d}-12-31"])


_SPLIT_YEAR_AFTER = re.compile(r"[/-]\d\d\b")


def _resolve_half(cand: Candidate, doc: Doc, pub: date | None, parsed: bool) -> DateRef | None:
    """ "the first half of 1987" -> January (range January to June); "the second half of last year" -> July of the
    year before; "the second half of the year" -> the publication year's (in a past clause, a half not yet over is the year
    before's). A half without a year ("first-half profits", "the second half" of a match) is left out: companies
    report fiscal halves as often as calendar ones. A fiscal half is not dated."""
    m = cand.match
    text = m.string
    if (
        _FISCAL_BEFORE.search(text, max(0, cand.start - 24), cand.start)
        or _FISCAL_AFTER.match(text, cand.end)
        or _SPLIT_YEAR_AFTER.match(text, cand.end)  # "the second half of 1986/87": a fiscal or crop year
    ):
        y = "y" if m["y"] else "y0" if m["y0"] else None  # the fiscal year it names stays a year
        return DateRef(m[y], m.start(y), m.end(y), m[y], "year") if y else None
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    written = m["y"] or m["y0"]
    if written:
        year = int(written)
    elif pub is None:
        return None
    elif m["rel"]:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    elif m["the"]:  # the publication year's; in a past clause a half not yet over is last year's
        year = pub.year
        if _month_days(year, 6 * h)[1] >= pub and _clause_time(doc, cand.start, parsed)[0] == "past":
            year -= 1
    else:  # "first half profits" is as often a fiscal half as a calendar one: left out
        return None
    first, last = date(year, 6 * h - 5, 1), _month_days(year, 6 * h)[1]
    return _ref(cand, f"{year:04d}-{first.month:02d}", "month", [first.isoformat(), last.isoformat()])


# the end of a fiscal year: right after the quarter ("the third quarter of its fiscal year ending September 30,
# 1987"), else anywhere in the article ("Its fiscal year ends May 31", "the year ended June 30")
_YEAR_END_AFTER = re.compile(
    rf"(?:\s+of\s+(?:(?:its|the|their|this|last|next|that|[\w.&]+['’]s)\s+)?(?:current\s+)?(?:fiscal|financial))?"
    rf"\s+year,?\s+(?i:ending|ended|which\s+ends|that\s+ends|to)\s+(?:(?i:on)\s+)?(?P<mon>{_MONTH})"
    rf"(?:\s+(?P<d>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?\b(?![,.]?\d)"
)
_YEAR_END_IN_TEXT = re.compile(
    rf"\b(?i:year),?\s+(?i:ends|ended|ending|which\s+ends|that\s+ends)\s+(?:(?i:on)\s+)?(?P<mon>{_MONTH})\b"
)


def _fiscal_year_end(text: str, after: int) -> tuple[int, int | None] | None:
    """(end month, year written or None) of the fiscal year a fiscal quarter ending at AFTER belongs to."""
    m = _YEAR_END_AFTER.match(text, after)
    if m is not None:
        return MONTHS[m["mon"].rstrip(".").lower()], int(m["y"]) if m["y"] else None
    m = _YEAR_END_IN_TEXT.search(text)
    return (MONTHS[m["mon"].rstrip(".").lower()], None) if m is not None else None


def _fiscal_quarter(
    cand: Candidate, year_end: tuple[int, int | None], doc: Doc, pub: date | None, parsed: bool
) -> DateRef | None:
    """Quarter Q of a fiscal year ending in month E: the three months ending 3 * (4 - Q) months before the
    year's end. A fiscal year is named by the calendar year it ends in ("fiscal 1988" ending May 1988); without a
    year, the latest such quarter begun by the publication day (the next one in a future clause)."""
    m = cand.match
    end_month, end_year = year_end
    q = int(m["qn"]) if m["qn"] else QUARTER_ORDINALS.get((m["ord"] or "").lower())
    if q is None:
        return None  # "the last quarter of its fiscal year": which one is not said
    written = m["y"] or m["y0"]

    def first_month(fiscal_year: int) -> int:  # months since year 0 of the quarter's first month, zero-based
        return fiscal_year * 12 + end_month - 1 - 3 * (4 - q) - 2

    if written or end_year:
        fiscal_year = int(written or end_year)
    elif pub is None:
        return None
    else:
        now = pub.year * 12 + pub.month - 1
        fiscal_year = max(y for y in (pub.year - 1, pub.year, pub.year + 1) if first_month(y) <= now)
        if _is_future(doc, cand.start, parsed) and first_month(fiscal_year) + 2 < now:
            fiscal_year += 1
    start = first_month(fiscal_year)
    first_year, first = start // 12, start % 12 + 1
    last_year, last = (start + 2) // 12, (start + 2) % 12 + 1
    span = [date(first_year, first, 1).isoformat(), _month_days(last_year, last)[1].isoformat()]
    return _ref(cand, f"{first_year:04d}-{first:02d}", "month", span)


def _quarter_ending(cand: Candidate, ended: re.Match[str], doc: Doc, pub: date | None, parsed: bool) -> DateRef | None:
    """ "the fiscal fourth quarter ended June 30" -> April to June: the three months to the end month (the year
    written, else the latest such month over by the publication day, or the next one in a future clause)."""
    month = MONTHS[ended["mon"].rstrip(".").lower()]
    if ended["y"]:
        year = int(ended["y"])
    elif pub is None:
        return None
    else:
        year = pub.year if _month_days(pub.year, month)[1] <= pub else pub.year - 1
        if _is_future(doc, cand.start, parsed):
            year += 1
    first_year, first_month = (year, month - 2) if month > 2 else (year - 1, month + 10)
    first, last = date(first_year, first_month, 1), _month_days(year, month)[1]
    return _ref(cand, f"{first_year:04d}-{first_month:02d}", "month", [first.isoformat(), last.isoformat()])


def _resolve_period_to(cand: Candidate, doc: Doc, pub: date | None, parsed: bool) -> DateRef | None:
    """ "the year to March" -> the end month; the range runs from the period's first day to its last."""
    m = cand.match
    month = MONTHS[m["mon"].rstrip(".").lower()]
    if m["n"]:
        length = PERIOD_MONTHS[m["n"].lower()]
    else:
        length = 6 if cand.match.group(0).lower().startswith("half") else 12
    if m["y"]:
        year = int(m["y"])
    elif pub is None:
        return None
    else:  # the nearest such end ("expects profits for its year ending May 31"), the next in a future clause,
        # the last one by the publication day when the period "ended"
        day = int(re.match(r"\d+", m["d"]).group()) if m["d"] else 28
        if m["conn"].lower() == "ended":
            year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        else:
            year = _nearest_day(month, day, pub, _is_future(doc, cand.start, parsed)).year
    last = _month_days(year, month)[1]
    if m["d"]:
        last = date(year, month, int(re.match(r"\d+", m["d"]).group()))
    start_index = year * 12 + month - length  # months since year 0 of the period's first month, zero-based
    first = date(start_index // 12, start_index % 12 + 1, 1)
    value = last.isoformat() if m["d"] else f"{year:04d}-{month:02d}"
    return _ref(cand, value, "day" if m["d"] else "month", [first.isoformat(), last.isoformat()])


SINGULAR_YEAR_VERBS = {"was", "is", "has", "had", "saw", "marked", "brought", "proved", "began", "ended"}


def _year_before_a_singular(doc: Doc, end_char: int, parsed: bool, pub: date | None) -> bool:
    """ "The French 1986 current account", "1986 year loss", "2004 was": a bare year-like number is a year
    when a singular noun, an adjective or a singular verb follows it (a plural noun makes it a count:
    "1500 tonnes")."""
    if not parsed:
        return False
    tok = _token_at(doc, end_char - 1)
    if tok is None or tok.i + 1 >= len(doc):
        return False
    if pub is not None and tok.text[:4].isdigit() and int(tok.text[:4]) > pub.year + 10:
        return False
    nxt = doc[tok.i + 1]
    if nxt.lower_ in SINGULAR_YEAR_VERBS or nxt.tag_ == "MD":
        return True  # "2004 was a record year", "2005 should be better" (a count takes "were")
    if nxt.tag_ == "VBG" and nxt.i + 1 < len(doc):  # "1987 operating net" (not "1990 remaining shares")
        return doc[nxt.i + 1].tag_ in ("NN", "NNP")
    return nxt.tag_ in ("NN", "JJ", "NNP") or nxt.lower_ in day_first_cues().year_plurals


def _full_year(y: str, pub: date | None) -> int:
    if len(y) == 4:
        return int(y)
    century_cut = (pub.year % 100 + 1) if pub else 30
    return 2000 + int(y) if int(y) <= century_cut else 1900 + int(y)


def _nearest_day(month: int, day: int, pub: date, future: bool) -> date:
    """The year of "March 3": the next one in a future clause, otherwise the nearest (ties: past)."""
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(y, month, day))
        except ValueError:  # February 29 in a common year
            continue
    if not options:
        raise ValueError("no such day")
    if future:
        ahead = [d for d in options if d >= pub]
        if ahead:
            return min(ahead)
    return min(options, key=lambda d: (abs((d - pub).days), d > pub))


def _resolve_month_only(cand: Candidate, doc: Doc, pub: date, parsed: bool) -> DateRef:
    m = cand.match
    month, pre = MONTHS[m["mon"].lower()], cand.pre
    if pre == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif pre in ("next", "coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif pre == "this":
        year = pub.year
    elif pre in ("by", "until", "till", "before") or _points_forward(doc, cand.start, parsed):
        year = pub.year if month >= pub.month else pub.year + 1
    elif _clause_time(doc, cand.start, parsed) == ("past", True) or pre == "since":
        year = pub.year if month <= pub.month else pub.year - 1  # the most recent, this month included
    else:  # tense unknown ("by the end of April"): the nearest such month, the past one on a tie
        back = (pub.month - month) % 12
        year = (
            pub.year - (1 if month > pub.month else 0)
            if back <= 6
            else pub.year + (1 if month < pub.month else 0)
        )
    return _ref(cand, f"{year:04d}-{month:02d}", "month")


# Days from the publication (or speaking) day each day word means; other day words mean that day.
DAY_WORD_SHIFT = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
                  "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "tomorrow": 1, "the day after tomorrow": 2}


def _day_word(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def _resolve_day_word(cand: Candidate, pub: date) -> DateRef:
    shift = DAY_WORD_SHIFT.get(_day_word(cand.match["w"]), 0)
    return _ref(cand, (pub + timedelta(days=shift)).isoformat(), "day")


EDGE_PART = {"end": "end", "beginning": "early", "start": "early", "middle": "mid"}


def _period_part(cand: Candidate, pub: date, ref: DateRef) -> DateRef:
    """The range of a part of a month or year: "early next year" -> January to April, "the end of the month" ->
    its last third (PART_DAYS, PART_MONTHS); "later this year" -> from the day after publication to its end,
    "earlier this month" -> from its first day to the day before."""
    groups = cand.match.groupdict()
    part = (groups.get("part") or "").lower() or EDGE_PART.get((groups.get("edge") or "").lower(), "")
    side = (groups.get("side") or "").lower()
    year = int(ref.value[:4])
    if ref.resolution == "year":
        first, last = date(year, 1, 1), date(year, 12, 31)
        parts = PART_MONTHS
    else:
        first, last = _month_days(year, int(ref.value[5:7]))
        parts = PART_DAYS
    if part in parts:
        lo, hi = parts[part]
        if parts is PART_MONTHS:
            first, last = date(year, lo, 1), _month_days(year, hi)[1]
        else:
            first, last = first.replace(day=lo), first.replace(day=min(hi, last.day))
    elif side == "later" and first <= pub < last:
        first = pub + timedelta(days=1)
    elif side == "earlier" and first < pub <= last:
        last = pub - timedelta(days=1)
    else:
        return ref
    ref.range = [first.isoformat(), last.isoformat()]
    return ref


def _resolve_period(cand: Candidate, pub: date) -> DateRef:
    rel, unit = (cand.match["rel"] or "this").lower(), cand.match["unit"].lower()
    step = {"last": -1, "this": 0, "next": 1, "coming": 1}[rel]
    side = (cand.match.groupdict().get("side") or "").lower()
    if unit == "week" and side and step == 0:  # "later this week": the days after publication, and before
        sunday = pub + timedelta(days=6 - pub.weekday())
        monday = pub - timedelta(days=pub.weekday())
        first, last = (min(pub + timedelta(1), sunday), sunday) if side == "later" else (
            monday, max(pub - timedelta(1), monday))
        return _ref(cand, first.isoformat(), "day", [first.isoformat(), last.isoformat()])
    if unit == "year":
        return _period_part(cand, pub, _ref(cand, f"{pub.year + step:04d}", "year"))
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return _period_part(cand, pub, _ref(cand, f"{y:04d}-{mo + 1:02d}", "month"))
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return _ref(
            cand, monday.isoformat(), "day", [monday.isoformat(), (monday + timedelta(6)).isoformat()]
        )
    # weekend: Saturday and Sunday
    if step < 0:  # the most recent weekend before the publication day
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
    else:  # this/next weekend: the coming one (the current one when published on a weekend)
        saturday = (
            pub + timedelta(days=(5 - pub.weekday()) % 7)
            if pub.weekday() < 5
            else pub - timedelta(days=pub.weekday() - 5)
        )
        if rel == "next":  # "next weekend" is the one after the coming one, as "next week" is
            saturday += timedelta(weeks=1)
    return _ref(
        cand, saturday.isoformat(), "day", [saturday.isoformat(), (saturday + timedelta(1)).isoformat()]
    )


def _resolve_ago(cand: Candidate, pub: date) -> DateRef:
    raw, unit = re.sub(r"\s+", " ", cand.match["n"].lower()), cand.match["unit"].lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    if unit == "day":
        return _ref(cand, (pub - timedelta(days=n)).isoformat(), "day")
    if unit == "week":
        return _ref(cand, (pub - timedelta(weeks=n)).isoformat(), "day")
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return _ref(cand, f"{y:04d}-{mo + 1:02d}", "month")
    return _ref(cand, f"{pub.year - n:04d}", "year")


def _resolve_weekday(cand: Candidate, doc: Doc, pub: date, parsed: bool) -> DateRef | None:
    m = cand.match
    wd = m["wd"]
    if not wd[0].isupper():
        return None  # "sunday" in lower case is rarely the day
    target = WEEKDAYS[wd.lower()]
    rel = cand.pre
    back = (pub.weekday() - target) % 7  # days back to the most recent such day, today included
    if rel in ("last", "past"):
        d = pub - timedelta(days=back or 7)
    elif rel in ("next", "coming"):
        d = pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
    elif _points_forward(doc, cand.start, parsed):
        d = pub + timedelta(days=(target - pub.weekday()) % 7)
    else:
        d = pub - timedelta(days=back)
    return _ref(cand, d.isoformat(), "day")


# -- tense and counts ------------------------------------------------------------------------------
def _is_future(doc: Doc, char: int, parsed: bool) -> bool:
    """Whether the clause holding the character is future ("will meet", "is expected to meet")."""
    return _clause_time(doc, char, parsed)[0] == "future"


def _points_forward(doc: Doc, char: int, parsed: bool) -> bool:
    """Whether a bare weekday or month looks ahead: a future clause, or a present-tense one where the
    date is an adverbial of the verb ("the summit opens on Monday", "talks are taking place in March");
    not a date inside a noun phrase ("Monday's attack is the latest")."""
    tense, adverbial = _clause_time(doc, char, parsed)
    return tense == "future" or (tense == "present" and adverbial)


def _clause_time(doc: Doc, char: int, parsed: bool) -> tuple[str, bool]:
    """(tense of the verb governing the character: future|present|past|unknown, whether the date
    hangs on that verb directly or through a preposition rather than through a noun)."""
    tok = _token_at(doc, char)
    if tok is None:
        return "unknown", False
    if not parsed:
        before = doc.text[max(0, char - 120) : char].lower()
        return ("future" if re.search(r"\b(will|shall|'ll)\b", before) else "unknown"), False
    t, adverbial = tok, True
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t is not tok:
            tense = _verb_tense(t)
            if tense is not None:
                return tense, adverbial
        elif t is not tok and t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in ("DATE", "TIME"):
            adverbial = False  # "Monday's attack", "the meeting on Wednesday"
        if t.head.i == t.i:
            break
        t = t.head
    return "unknown", False


def _verb_tense(v) -> str | None:
    """future | present | past for a verb that heads a clause; None to keep climbing (an infinitive
    or participle without auxiliaries that hangs on another verb)."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.lower_ in FUTURE_AUX or any(c.lower_ in FUTURE_AUX for c in auxes):
        return "future"
    if any(c.tag_ == "MD" for c in auxes) and not any(c.lemma_.lower() == "have" for c in auxes):
        return "future"  # "could be jolted on Friday", "would expand on May 1" (but "could have")
    if v.dep_ == "xcomp" and (v.head.lemma_.lower() in FUTURE_GOVERNORS or v.head.lower_ in ("due", "set")):
        return "future"
    if v.lemma_.lower() in ("schedule", "slate") and v.tag_ == "VBN":
        return "future"
    if auxes:
        if any(c.tag_ in ("VBD",) or c.lemma_.lower() == "have" for c in auxes):
            return "past"
        if any(c.tag_ in ("VBZ", "VBP") for c in auxes):
            return "present"
        if any(c.lower_ in ("to",) for c in auxes):
            return None  # "to meet": the governing verb decides
        return "unknown"
    if v.tag_ == "VBD":
        return "past"
    if v.tag_ in ("VBZ", "VBP"):
        return "present"
    if v.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
        return "unknown"
    return None


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _year_is_a_count(doc: Doc, end_char: int) -> bool:
    """ "in 2000 cases": a number followed by a plural noun is a count, not a year (but "its 1986 results":
    the plurals a year qualifies are listed in ``data/date_locale.tsv``)."""
    tok = _token_at(doc, end_char - 1)
    if tok is None or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return nxt.tag_ == "NNS" and nxt.lower_ not in day_first_cues().year_plurals


_YEAR_TOKEN = re.compile(_YEAR)


def _to_year_is_a_count(doc: Doc, start_char: int, parsed: bool) -> bool:
    """ "rose 12 points to 1990", "cut from 2,100 to 1990": a year-like number after "to" is a level reached
    when "to" hangs on a verb of change (``count_verb`` in ``data/date_locale.tsv``) or follows "from" and a
    number; "the cabinet period to 1990", "extended the accord to 1992" keep the year."""
    tok = _token_at(doc, start_char)
    if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ != "to":
        return False
    to = doc[tok.i - 1]
    sent_start = to.sent.start if parsed else max(0, to.i - 20)
    window = doc[max(sent_start, to.i - 8) : to.i]
    if any(t.lower_ == "from" and t.i + 1 < to.i and doc[t.i + 1].like_num and not _YEAR_TOKEN.fullmatch(doc[t.i + 1].text)
           for t in window):
        return True
    head = to.head if parsed else None
    return head is not None and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in day_first_cues().count_verbs


# -- locale ----------------------------------------------------------------------------------------
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/])")


@dataclass(frozen=True)
class DayFirstCues:
    tlds: tuple[str, ...]
    sources: tuple[str, ...]
    timezone_re: re.Pattern[str]
    year_plurals: frozenset[str] = frozenset()
    count_verbs: frozenset[str] = frozenset()
    southern_countries: frozenset[str] = frozenset()


@cache
def day_first_cues() -> DayFirstCues:
    """The cues of ``data/date_locale.tsv`` (read once per process)."""
    rows: dict[str, list[str]] = {"tld": [], "source": [], "timezone": [], "year_plural": [], "count_verb": [],
                                 "southern": []}
    for line in data_path("date_locale.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, value = line.split("\t")[:2]
            rows.setdefault(kind, []).append(value.strip())
    zones = "|".join(map(re.escape, rows["timezone"])) or "(?!)"
    return DayFirstCues(
        tuple(t.lower() for t in rows["tld"]),
        tuple(s.lower() for s in rows["source"]),
        re.compile(rf"\b\d{{1,2}}[:.]\d{{2}}\s*(?:{zones})\b"),
        frozenset(w.lower() for w in rows["year_plural"]),
        frozenset(w.lower() for w in rows["count_verb"]),
        frozenset(c.upper() for c in rows["southern"]),
    )


def prefers_day_first(text: str, url: str | None, source: str | None) -> bool:
    """dd/mm or mm/dd for this article: a component above 12 decides; then the source's locale
    (``data/date_locale.tsv``); US month-first otherwise."""
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
    cues = day_first_cues()
    host = (url or "").lower().split("//")[-1].split("/")[0].split(":")[0]
    if host.endswith(cues.tlds):
        return True
    src = (source or "").lower()
    if any(w in src for w in cues.sources):
        return True
    return bool(cues.timezone_re.search(text))
