"""Money amounts: value in base units, ISO 4217 currency and what the money is for.

Two regex passes over the body find "CURRENCY NUMBER [SCALE]" ("$300 million", "Rs 4.37 lakh
crore", "USD 5 billion", "N500bn") and "NUMBER [SCALE] CURRENCY-WORD" ("2.5 million pounds",
"three million dollars", "half a million euros"). The currency markers are data
(``data/currencies.tsv``). Values are always positive: an accounting "($540 million)" is a sum,
not a loss. Numbers without a currency marker (troops, barrels, people, percentages) are not
money and are not emitted. spaCy MONEY entities the regexes missed are kept when a number can be
read from them and a currency comes from their text or the amount just before; without one they are
left out ("1.75 billion" passenger miles, "48.31 billion kilowatt-hours"): no amount has a null currency.

Figures without a marker of their own (``data/money_words.tsv``):
- results-table lines whose label is money ("Net 47.9 mln vs 46.7 mln", "Oper net profit 225,000 vs loss
  91,000"): the currency written on the line, else the article's most used currency;
- bare scaled figures after a money amount: in its sentence unless an ordinary noun follows ("rose 200 mln
  marks to 82.2 billion"; not "1.5 billion barrels"), or before a money noun ("a 1.5 billion deficit").
- a bare figure paired with an amount by "and", "against", "vs" ("479 dlrs midweek and 529 on weekends"), of
  the same order and not before an ordinary noun: that amount's currency;
- market-report price lines ("us 1-3 220-260 lbs 51.00-52.50") after a unit price with a currency ("Top 52.50
  dlrs per cwt"): two-decimal prices of the same order take its currency; without one they are not money.
Also: cents in words ("six cts"), wire fractions ("12-1/2 cts"), the second figure of a range ("$779m-798m",
"1,750 to 1,780 dlrs"; both ends are emitted), the first figure of a range or pair before a written sum
("between 600 and 700 mln dlrs", "five billion to eight billion dlrs", "90 mln and 58 mln Swiss francs"). An exchange rate ("2.2 per dollar") is no sum in dollars; a
dealer's bid/offer quote ("1.6040/50 dlrs", "409.40/90 dlrs") is one price, the bid.

Ambiguous markers, resolved per article:
- a bare "$" is USD unless the page's URL is under a country that writes its own dollar as "$"
  (.ca -> CAD, .au -> AUD, .nz -> NZD, .sg -> SGD, .hk -> HKD, .tw -> TWD);
- "Rs"/"rupees" is INR unless Pakistan (or Sri Lanka, Nepal) is named more often than India in the
  article, or the URL is under .pk/.lk/.np; likewise dollar words, crowns, dinars, riyals, francs (CHF,
  FRF, BEF, LUF), pesos and lira. Which countries share a word is data (the ``country`` rows of
  ``data/currencies.tsv``); what names a country is the actor dictionary's countries, demonyms, capitals,
  regions and peoples (with the user's actor files) and its cities of 150,000 people or more, built once
  per process; wire instrument codes ("<CSRA.S>") count for their exchange's countries. A currency not in use
  in the article's year is not chosen (the French franc after 2001), and one replaced later is read as the
  old one ("lira" in 1987 is TRL, not TRY: the ``replaced`` rows). The article's year is its publication
  year, else the latest year its dates name. Dollar words may be US, Canadian, Australian, New Zealand, Hong
  Kong or Singapore dollars this way (not Taiwan's: Taiwan's trade and reserves are reported in US dollars).
- a qualifier before a shared word names the money ("22 H.K. dlrs", "two Malaysian/Singapore cents",
  "120 mln Pakistani rupees": the ``qualifier`` rows), and sets the currency in force: the bare words of that
  marker after it in the article are in that money ("... while the B shares ended at 3.95 dlrs"). The
  default named in full ("44 U.S. dlrs a tonne, below the 75 dlrs of last year") holds to the end of its
  sentence only, and an exchange rate ("fell to 0.6820 U.S. dlrs") sets nothing.

``object``: the noun phrase after "in/of/for/worth (of)" right after the amount ("$300 million in
military aid" -> "military aid"), or else the noun the amount modifies ("a $2 billion loan" -> "loan").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.actors import ActorDictionary, actor_dictionary, norm_phrase, osa_distance
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.dates import body_text
from wirecoder.extract.numbers import CARDINAL_WORDS
from wirecoder.extract.places import GeoIndex, build_index, dateline_country
from wirecoder.nlp import MONEY_ASIDE_RE
from wirecoder.record import Amount
from wirecoder.resources import Resources, data_path, tsv_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
}
WORD_NUMBERS = {
    **CARDINAL_WORDS,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "half": 0.5,
    "quarter": 0.25,
    "several": 3,
    "dozen": 12,
}
LOCAL_DOLLAR_TLDS = {".ca": "CAD", ".au": "AUD", ".nz": "NZD", ".sg": "SGD", ".hk": "HKD", ".tw": "TWD"}
# A local currency needs this many cues to beat the default: wire copy gives most sums in US dollars and names
# places in passing ("Queensland/Japan 14.65 dlrs" in a freight list)
MIN_CUES = {"LOCALDLR": 2}
DATELINE_CUES = 2  # the dateline's place is worth this many mentions of its country in the text
CUE_CITY_POPULATION = 150_000  # cities this large are cues for their country's money ("Toronto", "Karachi")
# markers that are also ordinary letters/words: accepted only with a scale or a thousands separator
NEEDS_SCALE = {"N", "R", "Sh", "won", "marks", "mark"}
OBJECT_PREPS = {"in", "of", "for", "worth"}
OBJECT_SKIP_LABELS = {
    "GPE",
    "LOC",
    "DATE",
    "TIME",
    "NORP",
    "PERSON",
    "CARDINAL",
    "PERCENT",
    "MONEY",
    "QUANTITY",
}
OBJECT_SKIP_ROOTS = {
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "total",
    "cash",
    "all",
    "average",
    "tune",  # "to the tune of $600m"
    "sum",
    "amount",
}

# a whole number and a fraction ("12-1/2 cts", wire style), a bare fraction, then ordinary figures
_NUM = r"\d{1,3}[-\s]\d/\d{1,2}(?!\d)|\d/\d{1,2}(?![\d/])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# long forms and wire abbreviations may follow a space ("15 mln dlrs"); single letters only attached ("$5m")
_SCALE_LONG = r"lakh\s+crores?|thousand|million|billion|trillion|lakhs?|crores?|mln|mn|bln|bn|trn|tn"
_SCALE_SHORT = r"m|b|k"
_SCALE = rf"(?:[\s-]?(?P<scale>(?i:{_SCALE_LONG}))\b|(?P<short>(?i:{_SCALE_SHORT}))\b)"
_WORDNUM_TOKEN = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|half|quarter|several|dozen|and)"
)
_WORDNUM = rf"(?i:\b(?!and\b){_WORDNUM_TOKEN}(?:[\s-]+{_WORDNUM_TOKEN})*)"
_NUMBER_RE = re.compile(rf"(?P<num>{_NUM}){_SCALE}?")
# "1,750 to 1,780 dlrs", "$5-6 billion", "0.50/1.50 dlr" (wire price ranges and bid/offer pairs)
_RANGE = rf"(?:\s?(?:-|–|to|/)\s?(?P<num2>{_NUM}))?"


@dataclass(frozen=True)
class CurrencyTable:
    prefix: dict[str, str]  # "US$" -> "USD" (case-sensitive)
    word: dict[str, str]  # "pounds sterling" -> "GBP" (lower case)
    minor: dict[str, str]  # "cents" -> "LOCAL$"
    prefix_re: re.Pattern[str]
    suffix_re: re.Pattern[str]  # "2.5 million pounds"
    wordnum_re: re.Pattern[str]  # "three million dollars"
    word_re: re.Pattern[str]  # any currency word, to read the currency of a spaCy MONEY entity
    minor_words_re: re.Pattern[str]  # "six cts", "twenty cents": number words before a minor unit
    abbrev_words_re: re.Pattern[str]  # "up one dlr", "two stg": number words before a wire abbreviation
    qualifiers: dict[str, dict[str, str]]  # "H.K." -> {"LOCALDLR": "HKD"}: a country's money named in full
    in_force_of: dict[str, str]  # "HKD" -> "LOCALDLR": a sum in it sets the currency of that marker's bare words
    defaults: dict[str, str]  # "LOCALDLR" -> "USD": the first country row of each marker

    def qualified(self, qualifier: str | None, iso: str | None) -> str | None:
        """ISO of a marker word read with the QUALIFIER before it ("H.K." + LOCALDLR -> HKD)."""
        if qualifier is None or iso is None:
            return iso
        return self.qualifiers.get(re.sub(r"\s+", " ", qualifier), {}).get(iso, iso)


def load_currency_table(extra: tuple[Path, ...] = ()) -> CurrencyTable:
    prefix: dict[str, str] = {}
    word: dict[str, str] = {}
    minor: dict[str, str] = {}
    qualifiers: dict[str, dict[str, str]] = {}
    countries: dict[str, list[str]] = {}  # marker -> the currencies of its country rows, the default first
    for path in (data_path("currencies.tsv"), *extra):
        for form, iso, kind, *rest in tsv_rows(Path(path), 3):
            if kind == "qualifier" and rest and rest[0].strip():
                qualifiers.setdefault(form, {})[rest[0].strip()] = iso
            elif kind == "country":
                countries.setdefault(form, []).append(iso)
            elif kind == "prefix":
                prefix[form] = iso
            elif kind == "word":
                word[form.lower()] = iso
                if form.endswith("s") and not form.endswith(
                    "ss"
                ):  # "Australian dollars" -> "Australian dollar"
                    word.setdefault(form[:-1].lower(), iso)
            elif kind == "minor":
                minor[form.lower()] = iso
    # a sum in one of a marker's moneys sets the currency of the marker's bare words after it
    in_force_of = {iso: marker for marker, isos in countries.items() for iso in isos}
    for by_marker in qualifiers.values():
        for marker, iso in by_marker.items():
            in_force_of.setdefault(iso, marker)
    # ISO codes also follow the number: "5 billion USD"
    codes = {f: iso for f, iso in prefix.items() if re.fullmatch(r"[A-Z]{3}", f)}

    def alternation(forms) -> str:
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))

    # the leading "(?=[...])" lets the regex engine skip most positions on their first character
    first_chars = "".join(sorted({re.escape(f[0]) for f in prefix}))
    prefix_re = re.compile(
        rf"(?=[{first_chars}])(?<![A-Za-z0-9])(?P<cur>{alternation(prefix)})\s?(?P<num>{_NUM}){_RANGE}{_SCALE}?(?![\d%])"
    )
    words = alternation([*word, *minor])
    # "22 H.K. dlrs", "two Malaysian/Singapore cents": a qualifier, or two joined by a slash, before the word
    quals = alternation(qualifiers)
    qualifier = rf"(?:(?P<qual>{quals})(?:\s*/\s*(?:{quals}))?\s+)?" if qualifiers else ""
    currency = rf"{qualifier}(?P<cur>(?i:{words})|{alternation(codes)})\b"
    # "-" joins a compound modifier: "a 1.3bn-euro deal", "a 10,000-rupee fine"
    suffix_re = re.compile(rf"(?=\d)(?<![\w$€£¥₹₦.,])(?P<num>{_NUM}){_RANGE}{_SCALE}?(?:\s*|-){currency}")
    # number words need a scale word ("three million dollars"; "three dollars" is not a reported sum)
    # found from the scale word, then the number words are read backwards (see _wordnum_amounts)
    wordnum_re = re.compile(rf"(?=[MmBbTt])\b(?P<scale>(?i:million|billion|trillion|thousand|mln|bln))\s*{currency}")
    all_words = {**word, **{c.lower(): i for c, i in codes.items()}}
    word_re = re.compile(rf"\b(?:{alternation(all_words)})\b")
    minor_forms = alternation([f for f in minor if len(f) > 1])
    minor_words_re = re.compile(rf"(?<![\w$€£¥₹₦.,])(?P<num>{_WORDNUM})\s+{qualifier}(?P<cur>(?i:{minor_forms}))\b")
    # wire abbreviations have no vowels ("dlrs", "stg"): "one dlr" there is a sum, not an idiom
    abbrevs = alternation([f for f in word if len(f) > 1 and not re.search(r"[aeiouy\s]", f)])
    abbrev_words_re = re.compile(rf"(?<![\w$€£¥₹₦.,])(?P<num>{_WORDNUM})\s+{qualifier}(?P<cur>(?i:{abbrevs}))\b")
    return CurrencyTable(
        abbrev_words_re=abbrev_words_re,
        minor_words_re=minor_words_re,
        prefix=prefix,
        word=all_words,
        minor=minor,
        prefix_re=prefix_re,
        suffix_re=suffix_re,
        wordnum_re=wordnum_re,
        word_re=word_re,
        qualifiers=qualifiers,
        in_force_of=in_force_of,
        defaults={marker: isos[0] for marker, isos in countries.items()},
    )


@dataclass
class Found:
    start: int
    end: int
    value: float
    currency: str | None
    elliptical: bool = False  # a figure with no currency marker of its own (takes the one before it)
    inner: bool = False  # the second figure of a range, inside the span of the range's first figure
    table: bool = False  # a figure of a results-table line ("Net 47.9 mln vs 46.7 mln")
    label: str | None = None  # that line's label ("Net", "Oper net profit"): what the figure is
    minor: bool = False  # written in a minor unit ("7.6 cents")
    rate: bool = False  # a currency's exchange rate ("0.6820 U.S. dlrs"): four decimals


def extract_amounts(ctx: ArticleContext) -> list[Amount]:
    table = ctx.resources.cached("currencies", load_currency_table)
    doc = ctx.doc
    text = body_text(ctx)
    found = _non_overlapping(list(_regex_amounts(text, table)))
    found += _entity_amounts(doc, found, table)
    found += _range_heads(text, found)
    if found:
        words = ctx.resources.cached("money_words", load_money_words)
        found += _table_amounts(text, found, words)
        found += _follow_up_amounts(doc, text, found, words, table)
        found += _price_line_amounts(text, found)
        found += _paired_amounts(doc, text, found, words)
    dollar = _local_dollar(ctx.article.url)
    year = article_year(ctx)
    replaced_by = ctx.resources.cached("amounts.replaced", load_replaced_currencies)
    found.sort(key=lambda f: f.start)
    _table_currency(found, text)
    _inherit_currency(found, text)
    _currency_in_force(found, table, text, _sentence_ends(doc, text))
    markers = {f.currency for f in found if f.currency and f.currency.startswith("LOCAL")} - {"LOCAL$"}
    shared: dict[str, str] = {}
    if markers:
        local = shared_markers(ctx.resources)
        places = sorted((e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC"))
        counts = country_cues(text, local, table, places)
        home = dateline_country(ctx, actor_dictionary(ctx.resources))
        shared = {m: _local_currency(m, counts, ctx.article.url, year, local, home) for m in markers
                  if m in local.markers}
    parsed = bool(found) and doc.has_annotation("DEP")
    out = []
    for f in found:
        currency = dollar if f.currency == "LOCAL$" else shared.get(f.currency or "", f.currency)
        if currency is None:
            continue  # a figure spaCy calls money with no currency in sight: passenger miles, kilowatt-hours
        if currency in replaced_by and year is not None and not _NEW.search(text, f.start, f.end):
            currency = _currency_of_year(currency, year, replaced_by)
        out.append(
            Amount(
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
                value=_clean_value(f.value),
                currency=currency,
                object=(amount_object(doc, f.start, f.end) if parsed else None) or f.label,
            )
        )
    for a in out:  # "£3bn pounds": a doubled currency word is not an object
        if a.object and (a.object.lower() in table.word or a.object.lower() in table.minor):
            a.object = None
    _share_objects_with_conversions(out, text)
    return out


_CONVERSION_GAP = re.compile(r"\s*[(;,]\s*")


def _share_objects_with_conversions(amounts: list[Amount], text: str) -> None:
    """ "$17.1m (£8.8m) in ticket sales": the converted figure is for the same thing."""
    for prev, cur in zip(amounts, amounts[1:], strict=False):
        if _CONVERSION_GAP.fullmatch(text, prev.end, cur.start) and (prev.object is None) != (
            cur.object is None
        ):
            prev.object = cur.object = prev.object or cur.object


# -- finding ---------------------------------------------------------------------------------------
_SHARED_SCALE = re.compile(rf"\s*(?:-|–|to|and|or)\s*[^\s\d]{{1,4}}\s?(?:{_NUM}){_SCALE}")


def _regex_amounts(text: str, table: CurrencyTable) -> Iterator[Found]:
    for m in table.prefix_re.finditer(text):
        cur = m["cur"]
        scale = _scale(m)
        if scale == 1:  # "$5 to $6 billion": the first figure shares the second one's scale
            shared = _SHARED_SCALE.match(text, m.end())
            scale = _scale(shared) if shared else 1.0
        if re.sub(r"\s+", " ", cur) in NEEDS_SCALE and scale == 1 and "," not in m["num"]:
            continue
        iso = table.prefix.get(re.sub(r"\s+", " ", cur))
        yield Found(m.start(), m.end(), to_float(m["num"]) * scale, iso,
                    rate=scale == 1 and bool(_RATE_DECIMALS.search(m["num"])))
        yield from _range_ends(text, m, scale, iso)
    yield from _wordnum_amounts(text, table)
    yield from _wordnum_minor_amounts(text, table)
    for m in table.suffix_re.finditer(text):
        cur = re.sub(r"\s+", " ", m["cur"])
        scale = _scale(m)
        number = _number(m["num"])
        if number is None or (scale == 1 and _is_year_of_a_date(text, m)):
            continue
        if cur.lower() in NEEDS_SCALE and scale == 1:
            continue
        if cur.lower() in ("pounds", "pound") and re.match(r"\s+of\b", text[m.end() :]):
            continue  # "500 pounds of explosives" is a weight
        if cur in table.prefix and re.fullmatch(r"[A-Z]{3}", cur):
            iso = table.prefix[cur]
        elif cur.lower() in table.minor:
            if cur.lower() == "p" and m.start("cur") != m.end("num"):
                continue  # "50p" only, never "50 p"
            iso, scale = table.minor[cur.lower()], scale / 100
        else:
            iso = table.word.get(cur.lower())
        iso = table.qualified(m.groupdict().get("qual"), iso)
        if not m["num"][0].isdigit() and scale == 1:
            continue  # "a dollar", "one pound": not a reported amount
        rate = scale == 1 and bool(_RATE_DECIMALS.search(m["num"]))
        # "sterling rose to 1.6040/50 dlrs": one price, quoted bid/offer, so no second figure
        second = m["num2"] if not _is_bid_offer(text, m) else None
        if second and number > to_float(second):  # "since 1983 to 390.6 mln dlrs": not a range
            yield Found(m.start("num2"), m.end(), to_float(second) * scale, iso)
            continue
        yield Found(m.start(), m.end(), number * scale, iso, minor=cur.lower() in table.minor, rate=rate)
        if second:  # "1,750 to 1,780 dlrs": the second figure too, inside the first one's span
            yield Found(m.start("num2"), m.end(), to_float(m["num2"]) * scale, iso, inner=True)


_RATE_DECIMALS = re.compile(r"\.\d{3,}$")  # "0.6820": a currency's price, not a sum


def _is_bid_offer(text: str, m: re.Match[str]) -> bool:
    """ "1.6040/50 dlrs", "409.40/90 dlrs", "1.5798/808": a dealer's bid and offer, the offer written as the last
    digits of the bid (no more of them than the bid has decimals), not a range of two sums."""
    num, num2 = m["num"], m["num2"]
    if not num2 or "." not in num or not num2.isdigit() or "/" not in text[m.end("num") : m.start("num2")]:
        return False
    return len(num2) <= len(num.split(".")[1])


_WORDNUM_BEFORE = re.compile(rf"(?<![\w$€£¥₹₦.,])(?P<num>{_WORDNUM})[\s-]$")


def _wordnum_amounts(text: str, table: CurrencyTable) -> Iterator[Found]:
    """ "three million dollars", "half a billion euros": the scale and currency, then the words before."""
    lower = text.lower()
    if "illion" not in lower and "thousand" not in lower and "mln" not in lower and "bln" not in lower:
        return
    for m in table.wordnum_re.finditer(text):
        before = _WORDNUM_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        start = before.start() + _listing_and(before["num"])  # "between two and three million dollars"
        number = parse_number_words(text[start : before.end("num")])
        cur = re.sub(r"\s+", " ", m["cur"])
        iso = table.qualified(m.groupdict().get("qual"), table.prefix[cur] if cur in table.prefix else table.word.get(cur.lower()))
        if number is None or cur.lower() in table.minor:
            continue
        yield Found(start, m.end(), number * SCALES[m["scale"].lower()], iso)


def _wordnum_minor_amounts(text: str, table: CurrencyTable) -> Iterator[Found]:
    """ "Shr profit six cts vs loss two cts", "up one dlr": number words before a minor unit or a wire
    abbreviation ("a cent" is an idiom)."""
    if not any(cue in text for cue in ("ct", "cent", "pence", "dlr", "stg")):
        return
    for unit, pattern in ((0.01, table.minor_words_re), (1.0, table.abbrev_words_re)):
        for m in pattern.finditer(text):
            start = m.start() + _listing_and(m["num"])  # "between four and eight cents": "eight cents"
            words = text[start : m.end("num")].lower().split()
            if words in (["a"], ["an"]) or words[0] in ("and", "half", "quarter"):
                continue
            number = parse_number_words(text[start : m.end("num")])
            cur = re.sub(r"\s+", " ", m["cur"].lower())
            if number is not None:
                iso = table.qualified(m.groupdict().get("qual"), table.minor.get(cur) or table.word.get(cur))
                yield Found(start, m.end(), number * unit, iso, minor=unit < 1)


_LISTING_AND = re.compile(r"(?i)(?<!hundred)(?<!thousand)\s+and\s+(?!an?\b|half\b|quarter\b)")


def _listing_and(words: str) -> int:
    """Where the number begins in number WORDS that hold two numbers joined by "and" ("four and eight", of
    "between four and eight cents": the second); 0 for one number ("two and a half", "one hundred and five")."""
    ends = [m.end() for m in _LISTING_AND.finditer(words)]
    return ends[-1] if ends else 0


# -- figures without a currency marker of their own ----------------------------------------------------
@dataclass(frozen=True)
class MoneyWords:
    table_line_re: re.Pattern[str]  # a results-table line that starts with a money label
    money_nouns: frozenset[str]  # "deficit", "loan": nouns that make a bare scaled figure money


def load_money_words(extra: tuple[Path, ...] = ()) -> MoneyWords:
    labels: set[str] = set()
    nouns: set[str] = set()
    for path in (data_path("money_words.tsv"), *extra):
        for word, kind, *_ in tsv_rows(Path(path), 2):
            (labels if kind.strip() == "table_label" else nouns).add(word.strip().lower())
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(labels, key=len, reverse=True))
    table_line_re = re.compile(
        # "Oper net profit 225,000 vs loss 91,000": up to three more words between the label and the figure
        rf"^[ \t]*(?i:(?:group|parent\s+company|consolidated)\s+)?(?i:{alternation})(?:[ \t]+[A-Za-z-]+){{0,3}}?[ \t]+"
        rf"(?=\(?\d)[^\n]*$",
        re.M,
    )
    return MoneyWords(table_line_re, frozenset(nouns))


# a table figure: grouped, decimal or scaled (a plain integer on such a line is a count or a year)
_TABLE_FIGURE = re.compile(rf"(?<![\w.,/$€£¥₹₦-])(?P<num>{_NUM})(?![\d/]|[.,]\d){_SCALE}?")
_PERCENT_AFTER = re.compile(r"\s*(?:%|pct\b|per\s*cent\b|percent\b|percentage\b)", re.I)
TABLE_LINE_MAX = 160  # results-table lines are short; a long line starting with "Net" is prose


def _table_amounts(text: str, found: list[Found], words: MoneyWords) -> list[Found]:
    """ "Net 47.9 mln vs 46.7 mln", "Revs 4,814,000 vs 3,339,000": figures of a results-table line
    whose label is money; their currency is set later (_table_currency)."""
    if " vs" not in text:  # every such table compares with a year earlier ("vs")
        return []
    out = []
    for line in words.table_line_re.finditer(text):
        if line.end() - line.start() > TABLE_LINE_MAX:
            continue
        first = _TABLE_FIGURE.search(text, line.start(), line.end())
        # the label ends at the line's first figure or written amount ("Shr four cts vs 15 cts": "Shr")
        starts = [f.start for f in found if line.start() <= f.start < line.end()] + ([first.start()] if first else [])
        label = text[line.start() : min(starts)].strip(" \t(") if starts else None
        for f in found:  # "Shr 3.26 dlrs vs 3.17 dlrs": the written amounts of the line are for it too
            if line.start() <= f.start < line.end() and f.label is None:
                f.label = label or None
        for fig in _TABLE_FIGURE.finditer(text, line.start(), line.end()):
            num = fig["num"]
            if (fig["scale"] or fig["short"]) is None and "," not in num and "." not in num:
                continue
            if _PERCENT_AFTER.match(text, fig.end()) or any(fig.start() < f.end and f.start < fig.end() for f in found):
                continue
            out.append(Found(fig.start(), fig.end(), to_float(num) * _scale(fig), None, table=True, label=label or None))
    return out


def _table_currency(found: list[Found], text: str) -> None:
    """A table figure takes the currency written on its line, else the article's most used one."""
    counts: dict[str, int] = {}
    for f in found:
        if f.currency and not f.table:
            counts[f.currency] = counts.get(f.currency, 0) + 1
    if not counts:
        return
    usual = max(counts, key=lambda c: counts[c])
    for f in found:
        if f.table and f.currency is None:
            line_start, line_end = text.rfind("\n", 0, f.start) + 1, text.find("\n", f.end)
            line_end = len(text) if line_end < 0 else line_end
            written = [g for g in found if g.currency and not g.table and line_start <= g.start < line_end]
            f.currency = written[0].currency if written else usual
            if (
                written
                and all(g.minor for g in written)
                and f.value < 100
                and "." in text[f.start : f.end]
                and (f.value >= 10 or any("." in text[g.start : g.end] for g in written))
            ):  # "Net shr 7.6 cents vs 3.0": the comparison is in cents too (not "38 cts vs loss 1.95")
                f.value /= 100


# a bare scaled figure: "rose 200 mln marks to 82.2 billion", "a 1.5 billion deficit"
_BARE_SCALED = re.compile(rf"(?<![\w$€£¥₹₦.,/-])(?P<num>{_NUM})(?:[\s-]?(?P<scale>(?i:{_SCALE_LONG}))\b|(?P<short>m)\b)")
FOLLOW_UP_WINDOW = 300  # characters from the money amount before it (as _inherit_currency)


def _follow_up_amounts(
    doc: Doc, text: str, found: list[Found], words: MoneyWords, table: CurrencyTable
) -> list[Found]:
    """Bare scaled figures after a money amount: in its sentence when no ordinary noun follows the figure
    ("to 82.2 billion, following"; not "1.5 billion barrels"), or further on before a money noun
    ("This compares with a 1.5 billion deficit"). Their currency is inherited (_inherit_currency)."""
    anchors = sorted((f for f in found if f.currency), key=lambda f: f.start)
    if not anchors or not len(doc):
        return []
    candidates = [
        m for m in _BARE_SCALED.finditer(text, anchors[0].end)
        if not _PERCENT_AFTER.match(text, m.end()) and not any(m.start() < f.end and f.start < m.end() for f in found)
    ]
    if not candidates:
        return []
    starts = [t.idx for t in doc]
    has_sents = doc.has_annotation("SENT_START")
    out: list[Found] = []
    for m in candidates:
        if text.startswith("-", m.end()):
            continue  # "a 1.3bn-strong army": a compound modifier of something else
        prev = max((a for a in anchors + out if a.end <= m.start()), key=lambda a: a.end, default=None)
        if prev is None or m.start() - prev.end > FOLLOW_UP_WINDOW:
            continue
        i = bisect_right(starts, m.end() - 1)  # the token after the figure
        while i < len(doc) and doc[i].idx < m.end():
            i += 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        nxt = doc[i] if i < len(doc) else None
        money_noun = nxt is not None and nxt.lower_ in words.money_nouns
        if nxt is not None and not money_noun and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_alpha:
            continue  # "1.5 billion barrels", "1.3 billion people"
        tok = doc[bisect_right(starts, m.start()) - 1]
        if money_noun or (
            has_sents
            and (_same_sentence(tok, prev.start) or _money_noun_before(tok, words))
            and not _counted_noun_before(tok, words, table, found + out)
        ):
            out.append(Found(m.start(), m.end(), to_float(m["num"]) * _scale(m), None, elliptical=True))
    return out


# "479 dlrs midweek and 529 on weekends", "5.20 dlrs, against 4.80": a bare figure joined to the amount just
# before it by a conjunction or a comparison, a few words on, with no scale word
_PAIRED = re.compile(
    rf"(?P<gap>(?:[ \t]*,?[ \t]*[A-Za-z-]+){{0,3}}?),?[ \t]+(?i:and|or|against|versus|vs\.?|compared\s+with)[ \t]+"
    rf"(?P<num>{_NUM})(?![\d%/]|\.\d|[ \t]*(?i:pct|percent|per\s*cent|[a-z]*illion|mln|bln|bn|mn|[mbk])\b)"
)
PAIR_RATIO = 3.0  # the paired figure is of the same order as the amount


def _paired_amounts(doc: Doc, text: str, found: list[Found], words: MoneyWords) -> list[Found]:
    """ "for 479 dlrs midweek and 529 on weekends": the bare figure paired with a money amount is money in its
    currency when it is of the same order and no ordinary noun follows it ("and 3 shares")."""
    out: list[Found] = []
    starts: list[int] = []
    for f in found:
        if not f.currency or f.table or f.value <= 0:
            continue
        m = _PAIRED.match(text, f.end)
        if m is None or any(m.start("num") < g.end and g.start < m.end("num") for g in found + out):
            continue
        value = to_float(m["num"]) * (0.01 if f.minor else 1.0)  # "30 cts and 25": cents too
        if not f.value / PAIR_RATIO <= value <= f.value * PAIR_RATIO:
            continue
        starts = starts or [t.idx for t in doc]  # built for the first pair only: most articles have none
        i = bisect_right(starts, m.end("num") - 1)  # the token after the figure
        while i < len(doc) and doc[i].idx < m.end("num"):
            i += 1
        nxt = doc[i] if i < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_alpha and nxt.lower_ not in words.money_nouns:
            continue
        out.append(Found(m.start("num"), m.end("num"), value, f.currency, elliptical=True, minor=f.minor))
    return out


# a unit price ("top 52.50 dlrs per cwt", "74 dlrs a tonne") heads a market report's price lines
_PER_UNIT = re.compile(
    r"[ \t]*(?:per|a|an|/)[ \t]*(?i:cwt|hundredweight|(?:short\s+|long\s+|metric\s+)?tons?|tonnes?|bushels?|lbs?|"
    r"pounds?|barrels?|bbl|ounces?|oz|kilos?|kgs?|gallons?|bales?|head)\b"
)
# a price in such a line: two decimals, alone or as a range ("us 1-3 220-260 lbs 51.00-52.50")
_PRICE = re.compile(r"(?<![\w.,/$€£¥-])(?P<num>\d{1,5}\.\d\d)(?:-(?P<num2>\d{1,5}\.\d\d))?(?![\d%/]|\.\d|-\d)")
_NOT_A_PRICE_AFTER = re.compile(r"\s*(?:%|pct\b|per\s*cent|percent|points?\b|lbs?\b|tonnes?\b|tons?\b|bushels?\b|mln\b|bln\b|"
                                r"billion\b|million\b|shares?\b|head\b|cars?\b)", re.I)
PRICE_LINES_WINDOW = 600  # characters after the unit price: the report's table
PRICE_RATIO = 2.0  # a price of the same table is within this factor of the unit price


def _price_line_amounts(text: str, found: list[Found]) -> list[Found]:
    """Market-report price lines without a currency of their own ("sows - us 1-3 500-650 lbs 46.50-47.00")
    after a unit price written with one ("Top 52.50 dlrs per cwt"): their two-decimal prices, of the same
    order as that price, are in its currency. Without such a price before them, figures are not money."""
    out: list[Found] = []
    for anchor in [f for f in found if f.currency and not f.table and f.value > 0]:
        if not _PER_UNIT.match(text, anchor.end):
            continue
        taken = found + out
        for m in _PRICE.finditer(text, anchor.end, min(len(text), anchor.end + PRICE_LINES_WINDOW)):
            if _NOT_A_PRICE_AFTER.match(text, m.end()) or any(m.start() < f.end and f.start < m.end() for f in taken):
                continue
            for group in ("num", "num2"):
                if m[group] is None:
                    continue
                value = to_float(m[group])
                if anchor.value / PRICE_RATIO <= value <= anchor.value * PRICE_RATIO:
                    out.append(Found(m.start(group), m.end(group), value, anchor.currency, elliptical=True))
    return out


def _money_noun_before(tok, words: MoneyWords, reach: int = 8) -> bool:
    """ "Financial services saw profits double to 282 mln": a money noun shortly before, in the sentence."""
    sent_start = tok.sent.start
    return any(t.lower_ in words.money_nouns for t in tok.doc[max(sent_start, tok.i - reach) : tok.i])


TIME_NOUNS = {"year", "years", "month", "months", "week", "weeks", "quarter", "quarters", "period", "day", "days"}
PERCENT_NOUNS = {"pct", "percent"}  # "premiums rose 32 pct to 1.03 billion": the change, not what is counted


def _counted_noun_before(tok, words: MoneyWords, table: CurrencyTable, found: list[Found], reach: int = 8) -> bool:
    """ "..., and output hit 3 mln": the nearest noun before the figure (outside amounts, time nouns passed
    over) is not about money, so the figure counts that."""
    sent_start = tok.sent.start
    for t in reversed(tok.doc[max(sent_start, tok.i - reach) : tok.i]):
        if any(f.start <= t.idx < f.end for f in found):
            return False  # the nearest thing before is money: "rose by 834 mln francs to 24.79 billion"
        if (
            t.pos_ not in ("NOUN", "PROPN") or not t.is_alpha or t.lower_ in TIME_NOUNS or t.lower_ in PERCENT_NOUNS
            or t.ent_type_ in ("DATE", "TIME")
        ):
            continue
        return t.lower_ not in words.money_nouns and t.lower_ not in table.word and t.lower_ not in table.minor
    return False


def _same_sentence(tok, char: int) -> bool:
    sent = tok.sent
    return sent.start_char <= char < sent.end_char


_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+(?:\d{1,2},?\s+)?$"
)


def _is_year_of_a_date(text: str, m: re.Match[str]) -> bool:
    """ "its June 1985 Swiss franc bond": the number is the year of a date, not a sum."""
    num = m["num"]
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", num)) and bool(
        _MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start())
    )


def _scale(m: re.Match[str]) -> float:
    word = m["scale"] or m["short"]
    if not word:
        return 1.0
    return SCALES.get(re.sub(r"\s+", " ", word.lower()), 1.0)


def to_float(raw: str) -> float:
    """ "1,250.5" -> 1250.5; wire fractions: "12-1/2" -> 12.5, "3/4" -> 0.75."""
    raw = raw.replace(",", "")
    frac = _FRACTION.fullmatch(raw)
    if frac is None:
        return float(raw)
    return float(frac["whole"] or 0) + float(frac["top"]) / float(frac["bottom"])


_FRACTION = re.compile(r"(?:(?P<whole>\d+)[-\s])?(?P<top>\d+)/(?P<bottom>\d+)")


# the second figure of a range: "$779m-798m" (after the first one), "$5-6 billion" (inside it)
_RANGE_TAIL = re.compile(rf"\s?(?:-|–|to)\s?(?P<num>{_NUM}){_SCALE}(?![\d%])")


# the first figure of a range or pair ending right before a written sum: "between 600 and [700 mln dlrs]",
# "five billion to [eight billion dlrs]", "91 mln and [104 mln dlrs]"
_RANGE_HEAD = re.compile(
    rf"(?P<between>\b(?i:between)\s+(?:(?i:about|some|around)\s+)?)?(?<![\w$€£¥₹₦.,/-])(?P<num>{_NUM}|{_WORDNUM})"
    rf"(?:[\s-]?(?P<scale>(?i:{_SCALE_LONG}))\b)?\s*(?P<conn>(?i:and|to)|-|–)\s*$"
)
_WORDNUM_SCALED = re.compile(rf"(?P<num>{_WORDNUM})(?:[\s-]+(?P<scale>(?i:{_SCALE_LONG}))\b)?(?P<short>)")
RANGE_HEAD_REACH = 60  # characters before the sum
RANGE_HEAD_RATIO = 50.0  # the two figures are of the same order ("net 34.7 mln, or 78 cts a share": not a range)


def _range_heads(text: str, found: list[Found]) -> list[Found]:
    """The first figure of "between 600 and 700 mln dlrs", "five billion to eight billion dlrs", "91 mln and 104
    mln dlrs": a sum in the written one's currency, of the same order. An unscaled first figure is one only
    below the second, after "between" ("between 85 and 89 dlrs"; it takes the second one's scale) or in words
    before "to" ("four to five dlrs": figures are matched with their range already); a scaled one needs no
    "between". Figures inside another amount are left alone."""
    out: list[Found] = []
    for f in found:
        if not f.currency or f.inner or f.elliptical or f.table or not f.value:
            continue
        m = _RANGE_HEAD.search(text, max(0, f.start - RANGE_HEAD_REACH), f.start)
        if m is None:
            continue
        head = _number(m["num"])
        if head is None or any(m.start("num") < g.end and g.start < m.end("num") for g in found + out):
            continue
        unit = 0.01 if f.minor else 1.0
        tail = _NUMBER_RE.match(text, f.start) or _WORDNUM_SCALED.match(text, f.start)  # "700 mln" of "700 mln dlrs"
        tail_number = _number(tail["num"]) if tail is not None else None
        in_words = not m["num"][0].isdigit()
        if m["scale"]:
            value = head * SCALES[re.sub(r"\s+", " ", m["scale"].lower())] * unit
        elif (
            tail_number is not None and head < tail_number and m["num"].lower() not in ("a", "an")
            and ((m["between"] and m["conn"].lower() == "and") or (in_words and m["conn"].lower() != "and"))
        ):  # "between 600 and 700 mln dlrs", "between eight and 12 billion francs", "four to five dlrs"
            value = head * _scale(tail) * unit
        else:
            continue
        if not f.value / RANGE_HEAD_RATIO <= value <= f.value * RANGE_HEAD_RATIO:
            continue
        end = m.end("scale") if m["scale"] else m.end("num")
        out.append(Found(m.start("num"), end, value, f.currency, minor=f.minor))
    return out


def _range_ends(text: str, m: re.Match[str], scale: float, iso: str | None) -> Iterator[Found]:
    if m["num2"]:  # "$5-6 billion": the first figure's match holds both; the second gets its own span
        yield Found(m.start("num2"), m.end(), to_float(m["num2"]) * scale, iso, inner=True)
        return
    if m["scale"] or m["short"]:  # "$779m-798m": a second scaled figure right after the first
        tail = _RANGE_TAIL.match(text, m.end())
        if tail is not None:
            yield Found(tail.start("num"), tail.end(), to_float(tail["num"]) * _scale(tail), iso)


def _number(raw: str) -> float | None:
    if raw[0].isdigit():
        return to_float(raw)
    return parse_number_words(raw)


def parse_number_words(raw: str) -> float | None:
    """ "three" -> 3, "twenty-five" -> 25, "half a" -> 0.5, "two and a half" -> 2.5, "a" -> 1."""
    words = [w for w in re.split(r"[\s-]+", raw.lower()) if w]
    total, current, half = 0.0, 0.0, False
    for i, w in enumerate(words):
        if w == "and":
            continue
        if w in ("a", "an"):
            if i > 0 and words[i - 1] == "half":
                continue  # "half a" = one half
            if i + 1 < len(words) and words[i + 1] in ("half", "quarter"):
                continue  # "two and a half"
            if i + 1 < len(words) and words[i + 1] in WORD_NUMBERS and words[i + 1] not in ("hundred", "dozen"):
                continue  # "a five ct dividend": an article, not one
            current += 1
        elif w in ("half", "quarter"):
            if current or total:
                total += current + WORD_NUMBERS[w]
                current = 0.0
                half = True
            else:
                current = WORD_NUMBERS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in WORD_NUMBERS:
            current += WORD_NUMBERS[w]
        else:
            return None
    value = total + current if not half else total + current
    return value or None


def _non_overlapping(found: list[Found]) -> list[Found]:
    """Longest first; the second figure of a range is kept when the range it sits in is."""
    kept: list[Found] = []
    for f in sorted((f for f in found if not f.inner), key=lambda f: (-(f.end - f.start), f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    inner = [f for f in found if f.inner and any(k.start <= f.start and f.end <= k.end for k in kept)]
    return kept + inner


def _entity_amounts(doc: Doc, found: list[Found], table: CurrencyTable) -> list[Found]:
    """spaCy MONEY entities that no regex matched: kept when a number can be read from them."""
    extra = []
    for ent in doc.ents:
        if ent.label_ != "MONEY" or any(ent.start_char < f.end and f.start < ent.end_char for f in found):
            continue
        # the entity's text up to its first line break, without surrounding spaces
        raw = ent.text.split("\n", 1)[0]
        start = ent.start_char + len(raw) - len(raw.lstrip())
        raw = raw.strip()
        if _PERCENT_IN.search(raw):
            continue  # "7.92 per cent": a rate the model took for money
        m = _NUMBER_RE.search(raw)
        if m is None:
            continue
        value = to_float(m["num"]) * _scale(m)
        w = table.word_re.search(raw.lower())
        if w is not None and _RATE_BEFORE.search(raw, 0, w.start()):
            continue  # "the kwacha stood at 2.2 per dollar": an exchange rate, in another currency
        iso = table.word.get(re.sub(r"\s+", " ", w.group())) if w else None
        extra.append(Found(start, start + len(raw), value, iso, elliptical=w is None))
    return extra


_RATE_BEFORE = re.compile(r"\b(?:per|a|an|to\s+the|against\s+the)\s+$", re.I)
_PERCENT_IN = re.compile(r"%|\bpct\b|\bper\s*cent\b|\bpercent\b", re.I)


def _inherit_currency(found: list[Found], text: str, window: int = FOLLOW_UP_WINDOW) -> None:
    """ "16.8 billion dlrs at end-1986, up from 15.2 billion": a figure without a currency marker that
    spaCy calls money takes the currency of the amount just before it (within WINDOW characters),
    passing over conversions in brackets ("4.3bn rupees ($98m; £52m), against 2.7bn": rupees)."""
    for i, cur in enumerate(found):
        if not cur.elliptical or cur.currency is not None or i == 0:
            continue
        prev = found[i - 1]
        if _in_brackets(text, prev.start):
            prev = next((p for p in reversed(found[:i]) if not _in_brackets(text, p.start)), prev)
        if prev.currency and cur.start - prev.end <= window:
            cur.currency = prev.currency


def _currency_in_force(
    found: list[Found], table: CurrencyTable, text: str, sentence_end: Callable[[int], int]
) -> None:
    """ "closed at 22 H.K. dlrs while the B shares ended at 3.95 dlrs": once the text has named a sum's money in
    full, the bare words of that marker after it are in that money, until another such sum. The marker's
    default named in full ("44 U.S. dlrs a tonne, lower than the 75 dlrs of last year") holds only to the end of
    its sentence: a wire names "U.S. dlrs" to set one sum apart from the local ones. An exchange rate ("the
    Australian dollar fell to 0.6820 U.S. dlrs") sets nothing. FOUND is in text order; written sums set the
    currency in force, figures without a marker of their own do not."""
    in_force: dict[str, tuple[str, int]] = {}  # marker -> (currency, the character where it stops holding)
    for f in found:
        if f.currency is None:
            continue
        if f.currency in in_force and f.start < in_force[f.currency][1]:
            f.currency = in_force[f.currency][0]
        elif f.currency in table.in_force_of and not (f.elliptical or f.table or f.rate):
            marker = table.in_force_of[f.currency]
            default = f.currency == table.defaults.get(marker)
            in_force[marker] = (f.currency, sentence_end(f.start) if default else len(text))


def _sentence_ends(doc: Doc, text: str) -> Callable[[int], int]:
    """Character offset -> the end of its sentence (of its line when the parse has no sentences). The
    sentence ends are listed on the first call: most articles never ask."""
    ends: list[int] = []

    def end_of(char: int) -> int:
        if not len(doc) or not doc.has_annotation("SENT_START"):
            return len(text) if text.find("\n", char) < 0 else text.find("\n", char)
        if not ends:
            ends.extend(sorted({s.end_char for s in doc.sents}))
        return ends[min(bisect_right(ends, char), len(ends) - 1)]

    return end_of


def _in_brackets(text: str, start: int) -> bool:
    opening = text.rfind("(", max(0, start - 40), start)
    return opening >= 0 and ")" not in text[opening:start]


def _clean_value(value: float) -> float | int:
    value = round(value, 4)  # 16.1 * 1e6 is 16100000.000000002 in floating point
    return int(value) if value.is_integer() else value


# -- currency of ambiguous markers -----------------------------------------------------------------
def article_year(ctx: ArticleContext) -> int | None:
    """The publication year, else the latest year the text dates something to (an article without a date
    is not older than what it reports: a 2004 story on the Turkish lira is about the old one)."""
    if ctx.published is not None:
        return ctx.published.year
    years = [int(d.value[:4]) for d in ctx.dates if d.value[:4].isdigit()]
    return max(years, default=None)


def load_replaced_currencies(extra: tuple[Path, ...] = ()) -> dict[str, tuple[str, int]]:
    """The `replaced` rows of currencies.tsv: new currency -> (the old one, the first year of the new one)."""
    out: dict[str, tuple[str, int]] = {}
    for path in (data_path("currencies.tsv"), *extra):
        for form, iso, kind, *rest in tsv_rows(path, 4):
            if kind == "replaced" and rest[0].strip().isdigit():
                out[iso] = (form, int(rest[0]))
    return out


def _currency_of_year(iso: str, year: int, replaced_by: dict[str, tuple[str, int]]) -> str:
    """ISO as it was in YEAR: TRY in 2004 is TRL; RSD in 1987 is the Yugoslav dinar YUD."""
    for _ in range(len(replaced_by)):  # each step goes back one replacement
        old = replaced_by.get(iso)
        if old is None or year >= old[1]:
            break
        iso = old[0]
    return iso


_NEW = re.compile(r"\bnew\b", re.I)  # "5 million new lira": the new currency, whatever the year


def _host(url: str | None) -> str:
    return (url or "").lower().split("//")[-1].split("/")[0].split(":")[0]


def _local_dollar(url: str | None) -> str:
    host = _host(url)
    return next((iso for tld, iso in LOCAL_DOLLAR_TLDS.items() if host.endswith(tld)), "USD")


@dataclass(frozen=True)
class LocalCurrency:
    """One country's money a shared marker ("rupees", "francs") may mean."""

    iso: str
    country: str  # ISO 3166 alpha-3
    domain: str | None  # ".pk": a site under it writes in this currency
    first_year: int | None = None
    last_year: int | None = None

    def in_use(self, year: int | None) -> bool:
        return year is None or ((self.first_year or year) <= year <= (self.last_year or year))


@dataclass(frozen=True)
class SharedMarkers:
    markers: dict[str, list[LocalCurrency]]  # "LOCALRS" -> [INR (the default), PKR, LKR, NPR]
    exact_cues: dict[str, str]  # cues matched as written ("US", "U.S.") -> country
    cues: dict[str, str]  # other cues, lower case ("new delhi", "pakistani") -> country
    cities: dict[str, str]  # big cities, lower case ("karachi") -> country: cues only where spaCy sees a place
    exchanges: dict[str, list[str]]  # exchange suffix of an instrument code ("S" of "<CSRA.S>") -> countries
    starts: dict[str, int]  # first word of a cue, lower case -> words in the longest cue it starts


def shared_markers(resources: Resources) -> SharedMarkers:
    """The shared markers and country cues of this pipeline, built once. What they are built from is fetched
    first: ``Resources.cached`` holds its lock while it builds, and cannot be called again inside."""
    dictionary = actor_dictionary(resources)  # a dictionary look-up once built
    places = resources.cached("places.index", build_index)
    return resources.cached("amounts.shared_markers", lambda: load_shared_markers(dictionary, places))


def load_shared_markers(
    dictionary: ActorDictionary, places: GeoIndex | None = None, extra: tuple[Path, ...] = ()
) -> SharedMarkers:
    """The `country` rows of currencies.tsv, and the names the article may give those countries: names,
    demonyms, capitals, regions and peoples of the actor dictionary (the user's actor files included),
    cities of CUE_CITY_POPULATION people or more, and the dictionary's exchange suffixes of instrument codes."""
    domains = {row[0]: "." + row[1].lower() for row in tsv_rows(data_path("actors/countries.tsv"), 2)}
    markers: dict[str, list[LocalCurrency]] = {}
    for path in (data_path("currencies.tsv"), *extra):
        for form, iso, kind, *rest in tsv_rows(path, 4):
            if kind == "country":
                country = rest[0].strip()
                first, _, last = (rest[1] if len(rest) > 1 else "").strip().partition("-")
                markers.setdefault(form, []).append(LocalCurrency(
                    iso, country, domains.get(country), int(first) if first else None, int(last) if last else None
                ))
    wanted = {c.country for options in markers.values() for c in options}
    exact: dict[str, str] = {}
    cues: dict[str, str] = {}
    for entry in dictionary.entries.values():
        # a user's phrase coded with a bare country code ("Azad Kashmir PAK") is a place or people of it
        is_place = entry.kind in CUE_KINDS or (entry.user and entry.code == entry.country)
        if not is_place or entry.country not in wanted:
            continue
        phrase = " ".join(entry.phrase.split())
        if entry.case_sensitive:
            exact[phrase] = entry.country
        else:
            cues[phrase.lower()] = entry.country
    cities = _big_cities(places, wanted) if places is not None else {}
    starts: dict[str, int] = {}
    for key in [*exact, *cues, *cities]:
        words = key.lower().split()
        starts[words[0]] = max(starts.get(words[0], 0), len(words))
    # exchange suffixes of instrument codes: the actor dictionary's table (data/actors/exchanges.tsv)
    exchanges = {sfx: [c for c in countries if c in wanted] for sfx, countries in dictionary.exchanges.items()}
    return SharedMarkers(markers, exact, cues, cities, {sfx: cs for sfx, cs in exchanges.items() if cs}, starts)


CUE_KINDS = {"country", "demonym", "capital", "region", "people"}


def _big_cities(idx: GeoIndex, wanted: set[str]) -> dict[str, str]:
    """Lower-case name -> country of the cities of WANTED countries with CUE_CITY_POPULATION people or more
    (or a capital) that are the largest place of their name; other spellings only when they differ from
    the name by one letter ("Zurich", "Basle"; not "Bale" nor "Mila")."""
    out: dict[str, str] = {}
    for key, places in idx.by_name.items():
        place = max(places, key=lambda p: p.population)
        if place.kind != "city" or place.country not in wanted:
            continue
        if place.population < CUE_CITY_POPULATION and place.geonameid not in idx.capitals:
            continue
        if not place.primary and (len(key) < 5 or osa_distance(key, norm_phrase(place.name), 1) > 1):
            continue
        out[key] = place.country
    return out


# a word of a place name: initials ("U.S.", "U.A.E.") or letters ("Lanka" of "Sri Lanka's")
_CUE_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*")
_SPACES = re.compile(r"\s*")


@dataclass
class CueCounts:
    all: dict[str, int]  # country -> the times the text names it
    in_currency: dict[str, int]  # country -> of those, the times in a currency's name ("U.S. dlrs")


def country_cues(text: str, shared: SharedMarkers, table: CurrencyTable, places: list[tuple[int, int]]) -> CueCounts:
    """How often the text names each country of the shared markers: its names, people, capital, regions, and
    its big cities where spaCy sees a place (PLACES: sorted character spans of GPE and LOC entities; not
    "Commonwealth" Bank). The second of two places joined by a hyphen or a slash is not counted
    ("Belgium-Luxembourg": one economic union). An instrument code ("<CSRA.S>") counts for the countries
    of its exchange."""
    lower = text.lower()
    counts = CueCounts({}, {})
    place_starts = [p[0] for p in places]
    last_end = free = -1
    for first in _CAPITAL_WORD.finditer(text):
        if first.start() < free or first.group().lower() not in shared.starts:
            continue
        words = _words_from(text, first, shared.starts[first.group().lower()])
        n, country = _cue_at(text, words, shared, places, place_starts)
        if not n or country is None:
            continue
        start, end = first.start(), words[n - 1].end()
        if not (start > 0 and text[start - 1] in "-/" and last_end == start - 1):
            counts.all[country] = counts.all.get(country, 0) + 1
            if table.word_re.match(lower, _SPACES.match(text, end).end()):
                counts.in_currency[country] = counts.in_currency.get(country, 0) + 1
        last_end = free = end
    if "<" in text:  # wire copy's instrument codes: "<CSRA.S>" is a Sydney company
        for code in _INSTRUMENT_CODE.finditer(text):
            for country in shared.exchanges.get(code["sfx"], ()):
                counts.all[country] = counts.all.get(country, 0) + 1
    return counts


_INSTRUMENT_CODE = re.compile(r"<[A-Z0-9]{1,6}\.(?P<sfx>[A-Z]{1,2})>")


# a capitalised word, where a cue may start (the same word boundaries as _CUE_WORD)
_CAPITAL_WORD = re.compile(r"(?:[A-Z]\.){2,}|(?<![\w'’])[A-Z][^\W\d_]*(?:['’](?!s\b)[^\W\d_]+)*")


def _words_from(text: str, first: re.Match[str], most: int) -> list[re.Match[str]]:
    """FIRST and the words after it, up to MOST in all, as long as only spaces separate them."""
    words = [first]
    while len(words) < most:
        gap = _SPACES.match(text, words[-1].end()).end()
        nxt = _CUE_WORD.match(text, gap) if gap > words[-1].end() else None
        if nxt is None:
            break
        words.append(nxt)
    return words


def _cue_at(
    text: str, words: list[re.Match[str]], shared: SharedMarkers, places: list[tuple[int, int]],
    place_starts: list[int],
) -> tuple[int, str | None]:
    """The number of WORDS the longest cue they start is made of, and its country ((0, None): none)."""
    for n in range(len(words), 0, -1):  # the words are separated by spaces only (_words_from)
        start, end = words[0].start(), words[n - 1].end()
        phrase = " ".join(text[start:end].split())
        country = shared.exact_cues.get(phrase) or shared.cues.get(phrase.lower())
        if country is None and phrase.lower() in shared.cities:
            k = bisect_right(place_starts, start) - 1
            if k >= 0 and places[k][1] >= end:
                country = shared.cities[phrase.lower()]
        if country is not None:
            return n, country
    return 0, None


def _local_currency(marker: str, cues: CueCounts, url: str | None, year: int | None,
                    shared: SharedMarkers, dateline: str | None = None) -> str:
    """The currency a shared word ("Rs", "crowns", "dinars") means in this article: the site's country, else the
    country the text names most, the dateline counting DATELINE_CUES times ("HOUSTON" dlrs are American in a
    story that names Texaco's Canadian unit three times); a currency not in use in the article's year is left out.
    The default's money named in full ("U.S. dlrs") is no cue for the default: it tells the other sums apart."""
    options = shared.markers[marker]
    default = options[0]
    in_use = [c for c in options if c.in_use(year)]
    host = _host(url)
    for c in in_use:
        if c.domain and host.endswith(c.domain):
            return c.iso
    if not in_use:
        return default.iso
    counts = dict(cues.all)
    counts[default.country] = counts.get(default.country, 0) - cues.in_currency.get(default.country, 0)
    if dateline:
        counts[dateline] = counts.get(dateline, 0) + DATELINE_CUES
    best = max(in_use, key=lambda c: counts.get(c.country, 0))
    # one passing mention ("Queensland/Japan" in a freight list) does not make the article's currency
    needed = MIN_CUES.get(marker, 1)
    best_count, default_count = counts.get(best.country, 0), counts.get(default.country, 0)
    return best.iso if best_count > default_count and (best is default or best_count >= needed) else default.iso


# -- what the money is for -------------------------------------------------------------------------
def amount_object(doc: Doc, start: int, end: int) -> str | None:
    """ "$300 million in military aid" -> "military aid"; "a $2 billion loan" -> "loan"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or (len(span) == 1 and is_money_aside(span[0])):
        return None  # the conversion in brackets itself: it shares the object of the sum it converts
    nxt = _next_word(doc, span[-1].i + 1)
    if nxt is not None and is_money_aside(doc[nxt]):  # "$6.75bn (£3.6bn) buyout": one token (nlp.py)
        nxt = _next_word(doc, nxt + 1)
    elif nxt is not None and doc[nxt].text == "(":  # "$17.1m (£8.8m) in ticket sales": skip the conversion
        close = next((k for k in range(nxt + 1, min(nxt + 12, len(doc))) if doc[k].text == ")"), None)
        nxt = _next_word(doc, close + 1) if close is not None else None
    if nxt is not None and doc[nxt].lower_ in OBJECT_PREPS:
        j = _next_word(doc, nxt + 1)
        if j is not None and doc[nxt].lower_ == "worth" and doc[j].lower_ == "of":
            j = _next_word(doc, j + 1)
        if j is None or (doc[nxt].lower_ == "for" and doc[j].ent_type_ in ("ORG", "FAC")):
            return None  # "offered £1.3bn for the London Stock Exchange": a target, not what it is for
        return _object_phrase(doc, j)
    root = span.root
    head = root.head
    if (
        head.i > span[-1].i
        and head.pos_ == "NOUN"  # a common noun: "a $2 billion loan" (not a name or a signature)
        and not is_money_aside(head)  # "for $9.3bn (£5bn)" parsed with the conversion as the head
        and root.dep_ in ("compound", "nummod", "amod", "nmod", "quantmod", "npadvmod")
    ):
        first = span[-1].i + 1
        while first < head.i and is_money_aside(doc[first]):
            first += 1  # "a $6.75bn (£3.6bn) buyout" -> "buyout"
        words = doc[first : head.i + 1]
        if not any(t.is_sent_start or "\n" in t.text for t in words) and all(
            t.pos_ in ("NOUN", "PROPN", "ADJ", "SPACE") or t.text == "-" for t in words
        ):
            return words.text.strip("- ") or None
    return _object_before(doc, span[0].i)


# "aid worth $300 million", "a loss of $540 million", "a package totalling $5bn"
BEFORE_LINKS = {"worth", "of", "totalling", "totaling", "valued", "amounting", "costing"}


def _object_before(doc: Doc, first: int) -> str | None:
    k = first - 1
    if k >= 1 and doc[k].lower_ in ("at", "to") and doc[k - 1].lower_ in ("valued", "amounting"):
        k -= 1
    if k < 1 or doc[k].lower_ not in BEFORE_LINKS:
        return None
    noun = doc[k - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in OBJECT_SKIP_LABELS:
        return None
    if noun.lower_ in OBJECT_SKIP_ROOTS:
        return None
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i >= start:
        start -= 1
    return doc[start : noun.i + 1].text


def is_money_aside(tok) -> bool:
    """A bracketed conversion the parse stage made one token: "(£3.6bn)"."""
    return tok.text[:1] == "(" and MONEY_ASIDE_RE.fullmatch(tok.text) is not None


def _next_word(doc: Doc, i: int) -> int | None:
    """The next non-space token in the same paragraph (an object never runs across a line break)."""
    while i < len(doc) and doc[i].is_space:
        if "\n" in doc[i].text:
            return None
        i += 1
    return i if i < len(doc) else None


def _noun_phrase(doc: Doc, i: int) -> tuple[int, int] | None:
    """[start, end) of the base noun phrase starting at token i, determiners dropped: the tokens up to
    its head noun ("the new Coalition Support Funds" -> "new Coalition Support Funds")."""
    n = len(doc)
    while i < n and (doc[i].dep_ in ("det", "poss", "predet") or doc[i].pos_ == "DET"):
        i += 1
    start = i
    while i < n and (doc[i].pos_ in PHRASE_POS or (doc[i].text == "-" and i > start)):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod", "poss"):
            return start, i + 1  # the head noun ends the phrase
        i += 1
    if i > start and doc[i - 1].pos_ in ("NOUN", "PROPN"):
        return start, i
    return None


PHRASE_POS = {"ADJ", "NOUN", "PROPN", "NUM", "VERB"}  # VERB: participles ("armed", "guided")


def _object_phrase(doc: Doc, i: int) -> str | None:
    span = _noun_phrase(doc, i)
    if span is None:
        return None
    start, end = span
    head = doc[end - 1]
    if head.lower_ in OBJECT_SKIP_ROOTS or doc[start].pos_ == "NUM":
        return None
    if any(t.ent_type_ in OBJECT_SKIP_LABELS for t in doc[start:end]):
        return None  # "in Tuesday morning trading", "in Pakistan": a time or a place, not an object
    # "the construction of a dam": keep one "of" complement
    of = _next_word(doc, end)
    if of is not None and doc[of].lower_ == "of":
        k = _next_word(doc, of + 1)
        inner = _noun_phrase(doc, k) if k is not None else None
        if inner is not None and doc[inner[1] - 1].ent_type_ not in OBJECT_SKIP_LABELS:
            end = inner[1]
    return doc[start:end].text or None
