"""Companies the dictionary does not know, read from the way news write them (issue: entities).

- a legal form ends the name ("CSR Ltd", "Neste Oy", "Fiat SpA"): a business (BUS), of the one
  country whose form it is (Oy: Finland) when there is one; a trade word ends it ("Newbridge
  Capital", "LNM Holdings"): a business when nothing else in the name gives a sector;
- a Reuters instrument code after the name ("Redland Plc <RDLD.L>"): a business of the exchange's
  country (``data/actors/exchanges.tsv``); a name in Reuters' angle brackets ("<Ord Minnett Ltd>")
  is a company;
- the company's short name is the same company: "CSR" = "CSR Ltd", "Newbridge" = "Newbridge Capital";
- (round 11) the descriptor written with the name says what it is and where it is from: "Dutch chemicals
  group X", "X, the Dutch chemicals group", "Germany's biggest airline", "UK-based bank X" (a business of
  that country), "the Herald newspaper", "magazine X" (a news outlet), "X of Japan"; a firm or outlet
  the text places nowhere is of the one country the article is about (``home_country``).

The word tables are ``data/actors/company_forms.tsv``, ``exchanges.tsv`` and ``company_nouns.tsv``
(docs/actors.md).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from wirecoder.actors import ActorDictionary
from wirecoder.resources import data_path, tsv_rows

if TYPE_CHECKING:
    from wirecoder.extract.entities import Cluster, NameMention

BUSINESS = "BUS"
TICKER = re.compile(r"^[A-Z0-9][A-Z0-9&]{0,7}\.([A-Z]{1,2})$")
NON_COMPANY_LABELS = ("PERSON",)


def name_form(words: list[str], d: ActorDictionary) -> tuple[str, str | None] | None:
    """(kind, country) of the word a company's name ends with: ("legal", "FIN") for "Neste Oy",
    ("legal", "AUS") for "X Pty Ltd", ("trade", None) for "LNM Holdings"; None for other names."""
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    last = d.company_forms.get(words[-1].lower().rstrip("."))
    if last is None or not words[-1][:1].isupper() and words[-1].lower() != "plc":
        return None  # "plc" is written in lower case by some papers; other forms are capitalised
    kind, iso = last
    if kind == "legal" and len(words) > 2:
        before = d.company_forms.get(words[-2].lower().rstrip("."))
        if before is not None and before[0] == "legal":
            iso = iso or before[1]  # "Pty Ltd", "Co Ltd"
    return kind, iso


def short_name(words: list[str], d: ActorDictionary) -> str:
    """The name without its legal forms: "CSR Ltd" -> "CSR", "Fuji Bank Co Ltd" -> "Fuji Bank"."""
    end = len(words)
    while end > 1 and (form := d.company_forms.get(words[end - 1].lower().rstrip("."))) is not None \
            and form[0] == "legal":
        end -= 1
    return " ".join(words[:end])


def ticker_countries(doc: Doc, end: int, d: ActorDictionary) -> list[str]:
    """Countries of the exchange in a Reuters code right after a name: "Neste Oy <NEOY.HE>" -> FIN."""
    if end + 2 >= len(doc) or doc[end].text != "<" or doc[end + 2].text != ">":
        return []
    m = TICKER.match(doc[end + 1].text)
    return d.exchanges.get(m.group(1), []) if m else []


def in_angle_brackets(doc: Doc, start: int, end: int) -> bool:
    """Reuters writes unlisted companies in angle brackets: "<Equiticorp Tasman Ltd>"."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "<" and doc[end].text == ">"


def company_facts(doc: Doc, c: Cluster, d: ActorDictionary, named: set[str]) -> None:
    """Sector and country of an organisation the dictionary does not know, from its legal form,
    trade word, exchange code or angle brackets, then from the descriptor written with it, then
    from the article's one country. NAMED: the countries the article names (an exchange suffix
    used by several countries takes the one the article names)."""
    if c.entry is not None or c.group or not c.names:
        return
    _form_facts(doc, c, d, named)
    described = descriptor_facts(doc, c, d)
    if c.country is None and c.label == "ORG" and c.sectors[:1] == [BUSINESS] and _strong_form(doc, c, d):
        c.country = _bare_ticker_country(doc, c, d)  # "Potlatch Corp <PCH>": listed in New York
    if c.country is None and c.label == "ORG" and c.sectors and c.sectors[0] in (BUSINESS, MEDIA, NGO) \
            and described and not _placed_in_text(doc, c, d) and not _named_after_a_person(doc, c):
        c.country = home_country(doc, d, _first_sentence(doc, c))


BARE_TICKER = re.compile(r"^[A-Z]{1,5}$")


def _bare_ticker_country(doc: Doc, c: Cluster, d: ActorDictionary) -> str | None:
    """A Reuters code without an exchange suffix after a company's name ("Potlatch Corp <PCH>") is a
    listing in New York (``exchanges.tsv`` row "-"); a firm the dictionary knows keeps its own country
    ("Sony Corp <SNE>" trades there too), so this is only for firms with no other clue."""
    for _s, e, kind in c.spans:
        if kind == "name" and e + 2 < len(doc) and doc[e].text == "<" and doc[e + 2].text == ">" \
                and BARE_TICKER.match(doc[e + 1].text):
            countries = d.exchanges.get("-", [])
            return countries[0] if countries else None
    return None


def _strong_form(doc: Doc, c: Cluster, d: ActorDictionary) -> bool:
    """A legal form, an exchange code or Reuters' angle brackets say it is a company ("Holdings" alone
    does not: "Inter Governmental Group")."""
    form = name_form(max(c.names, key=len).split(), d)
    return form is not None and form[0] == "legal" or any(
        ticker_countries(doc, e, d) or in_angle_brackets(doc, s, e) for s, e, kind in c.spans if kind == "name")


def _named_after_a_person(doc: Doc, c: Cluster) -> bool:
    """ "Mark Paulsmeier ... his Paulsmeier Group": a firm named after a person of the article takes
    that person's country (the entities stage), not the article's."""
    first = max(c.names, key=len).split()[0]
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == first for ent in doc.ents)


def _first_sentence(doc: Doc, c: Cluster) -> tuple[int, int] | None:
    """Token bounds of the sentence of the organisation's first name."""
    starts = [s for s, _e, kind in c.spans if kind == "name"]
    if not starts or not doc.has_annotation("SENT_START"):
        return None
    sent = doc[min(starts)].sent
    return sent.start, sent.end


def _form_facts(doc: Doc, c: Cluster, d: ActorDictionary, named: set[str]) -> None:
    """Sector and country from the legal form, trade word, exchange code or angle brackets."""
    words = max(c.names, key=len).split()
    form = name_form(words, d)
    countries: list[str] = []
    bracketed = False
    for s, e, kind in c.spans:
        if kind == "name":
            countries = countries or ticker_countries(doc, e, d)
            bracketed = bracketed or in_angle_brackets(doc, s, e)
    strong = bool(countries) or bracketed or (form is not None and form[0] == "legal")
    if not strong and form is not None and form[0] == "ngo":
        if c.label == "ORG" and not c.sectors:
            c.sectors.append("NGO")  # "British Lung Foundation", "Higgins Trust": a charity
        return
    if not strong and (form is None or c.label != "ORG"):
        return
    if strong:
        if c.label == "PERSON" and c.roles:
            return  # a titled person after all
        c.label = "ORG"  # "Neste Oy" tagged PERSON, "Carlsberg <CARL.CO>" tagged GPE
    if not c.sectors:
        c.sectors.append(BUSINESS)
    if c.country is None and countries:
        c.country = next((iso for iso in countries if iso in named), countries[0])
    if c.country is None and form is not None and form[1]:
        c.country = form[1]


# legal forms of the Commonwealth and East Asia that Reuters writes for firms of the story's own market
PEER_FORMS = frozenset({"Ltd", "Ltd.", "Limited", "Pty", "Bhd", "Berhad"})


def _peer_form(c: Cluster) -> bool:
    return bool(c.names) and max(c.names, key=len).split()[-1] in PEER_FORMS


def countries_by_peers(doc: Doc, clusters: list[Cluster], d: ActorDictionary) -> None:
    """"<Evergo Industrial Enterprise Ltd>" in a story whose other "Ltd" firms (Jardine Matheson, Swire
    Pacific, Hutchison Whampoa) are all of Hong Kong: a firm with such a legal form and no other clue to its
    country is of the one country of at least two placed firms of that kind in the article (none of another),
    unless the article names another country more often, at least twice (a story about the Philippines
    quoting Australian brokers). Not for "Inc"/"Corp": American firms are named in stories from every market."""
    peers = Counter(c.country or (c.entry.country if c.entry is not None else None)
                    for c in clusters if is_company(c) and _peer_form(c))
    placed = [iso for iso in peers if iso]
    if len(placed) != 1 or peers[placed[0]] < 2:
        return
    named = Counter(iso for _i, iso in _country_mentions(doc, d))
    top = named.most_common(1)
    if top and top[0][0] != placed[0] and top[0][1] >= 2 and top[0][1] > named[placed[0]]:
        return
    for c in clusters:
        if is_company(c) and _peer_form(c) and c.country is None and c.entry is None:
            c.country = placed[0]


def is_company(c: Cluster) -> bool:
    return c.label == "ORG" and not c.group and (
        (bool(c.sectors) and c.sectors[0] == BUSINESS)
        or (c.entry is not None and (c.entry.code or "")[3:] == BUSINESS))


def _same_group(short: Cluster, company: Cluster, d: ActorDictionary) -> bool:
    """ "Mitsubishi" after "Mitsubishi Motors": a company of the dictionary named by the first word of
    another company of the same country the article names is that company (the group's name for it)."""
    code = short.entry.code if short.entry is not None else None
    other = company.entry.code if company.entry is not None else None
    return bool(code) and code[3:] == BUSINESS and short.entry is not None and short.entry.kind == "org" \
        and d.country_of_code(code) == (d.country_of_code(other) if other else company.country)


def initials(words: list[str]) -> str:
    """ "Equiticorp Tasman Ltd" -> "ETL", "Bank of Tokyo" -> "BT": the capitals of its capitalised words."""
    return "".join(w[0] for w in words if w[:1].isupper())


def merge_short_names(mentions: list[NameMention], clusters: list[Cluster], d: ActorDictionary) -> None:
    """ "Newbridge" after (or before) "US private equity group Newbridge Capital", "Monier" and
    "Monier Ltd": a one-word name NER gave no other meaning (no dictionary entry other than a company
    of the same country, no roles) that is the first word of exactly one company's name ending in a
    legal form or trade word is that company ("Mitsubishi" in a story about Mitsubishi Motors); so is
    an acronym of its initials, with or without the legal form ("ETL" of "Equiticorp Tasman Ltd", "HAL"
    of "Hindustan Aeronautics Ltd"); and "the Telegraph" after "the Daily Telegraph" is that paper."""
    firsts: dict[str, list[Cluster]] = {}
    papers: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON" or c.group or (c.entry is not None and c.entry.kind != "org"):
            continue
        listed = c.entry is not None and (c.entry.code or "")[3:] == BUSINESS  # "Cairn Energy" is in the table
        outlet = c.entry is not None and (c.entry.code or "")[3:] == MEDIA
        for name in set(c.names):
            words = name.split()
            if outlet and len(words) >= 2 and words[-1].lower() in PAPER_WORDS:
                papers.setdefault(words[-1], []).append(c)  # "the Telegraph" of "Daily Telegraph"
            form = name_form(words, d)
            if len(words) >= 2 and (listed or form is not None and form[0] != "ngo") and len(words[0]) >= 3 \
                    and words[0][:1].isupper():
                firsts.setdefault(words[0], []).append(c)
                for letters in {initials(words), initials(short_name(words, d).split())}:
                    if len(letters) >= 2:
                        firsts.setdefault(letters, []).append(c)  # "ETL" of "Equiticorp Tasman Ltd"
    if not firsts and not papers:
        return
    for c in list(clusters):
        if c.group or c.roles or not c.names or any(" " in n for n in c.names):
            continue
        if c.names[0].isupper() and c.names[0] == c.names[0].strip(".") and c.entry is not None:
            continue  # an acronym the dictionary knows ("UN") is not a company's initials
        candidates = firsts.get(c.names[0]) or (papers.get(c.names[0], []) if c.entry is None else [])
        owners = {id(o): o for o in candidates if o is not c}
        if len(owners) != 1:
            continue
        company = next(iter(owners.values()))
        if c.entry is not None and not _same_group(c, company, d):
            continue
        company.spans.extend(c.spans)
        company.names.extend(c.names)
        company.votes.update(c.votes)
        company.first = min(company.first, c.first)
        company.last = max(company.last, c.last)
        clusters.remove(c)
        for nm in mentions:
            if nm.cluster is c:
                nm.cluster = company


# -- descriptors: "Dutch chemicals group Akzo", "Akzo, the Dutch group", "the Herald newspaper" (round 11) --

MEDIA = "MED"
NGO = "NGO"  # "civil rights group Liberty", "the human rights organisation Redress" (round 12)
MULTINATIONAL = {"international", "global", "multinational", "transnational", "offshore"}
MULTINATIONAL_MARK = "-"  # a descriptor's country for firms of no one country
COUNTRY_KINDS = ("country", "demonym")
BASED = {"based", "registered", "headquartered", "listed"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
# a descriptor stops at these: "X, which ...", "X, a unit of Y"
STOP_WORDS = {"which", "that", "who", "of", "in", "and", "or", "with", "for", "to", "from", "by", "on", "at"}
# the words a newspaper's name ends with: "the Herald", "The Sunday Telegraph", "the Yorkshire Post"
PAPER_WORDS = frozenset("times herald telegraph guardian observer independent sun mirror post tribune gazette "
                        "chronicle standard journal inquirer globe courier examiner".split())


@lru_cache(maxsize=1)
def company_nouns() -> dict[str, tuple[str, str]]:
    """``data/actors/company_nouns.tsv``: phrase -> (sector, kind), kind head | weak | line | not."""
    table: dict[str, tuple[str, str]] = {}
    for cols in list(tsv_rows(data_path("actors/company_nouns.tsv"), 1))[1:]:  # (after the header)
        phrase, sector, kind = (cols + ["", ""])[:3]
        table[phrase.strip().lower()] = (sector.strip(), kind.strip())
    return table


def _noun_ending_at(doc: Doc, i: int) -> tuple[int, str, str] | None:
    """(start, sector, kind) of the longest company noun phrase ending at token I ("chemicals group",
    "aircraft carrier", "newspaper"); None when token I ends none."""
    nouns = company_nouns()
    for n in (3, 2, 1):
        start = i - n + 1
        if start < 0 or not all(doc[k].is_lower or doc[k].text == "-" for k in range(start, i + 1)):
            continue
        found = nouns.get(" ".join(doc[k].lower_ for k in range(start, i + 1)).replace(" - ", "-"))
        if found is not None and found[1] != "line":
            return start, found[0], found[1]
    return None


def _country_ending_at(doc: Doc, i: int, d: ActorDictionary, capitals: bool = False) -> str | None:
    """The country a country name or demonym ending at token I names ("UK", "South African",
    "Germany"); with CAPITALS, a capital city's too ("Paris-based")."""
    for n in (3, 2, 1):
        start = i - n + 1
        if start < 0 or not doc[start].text[:1].isupper():
            continue
        entry = d.lookup(doc[start:i + 1].text)
        if entry is not None and entry.country and (
                entry.kind in COUNTRY_KINDS or capitals and entry.kind == "capital"):
            return entry.country
    return None


def _country_before(doc: Doc, i: int, d: ActorDictionary) -> str | None:
    """The country named last before token I: what "the country" refers to."""
    before = [iso for k, iso in _country_mentions(doc, d) if k < i]
    return before[-1] if before else None


def _modifiers(doc: Doc, start: int, d: ActorDictionary, limit: int = 5) -> tuple[bool, str | None]:
    """(a line of business is named, the country) in the words before a company noun starting at
    START: "Dutch chemicals | group", "Germany's biggest | airline", "UK-based | bank"."""
    nouns = company_nouns()
    line = False
    k = start - 1
    while k >= 0 and start - k <= limit:
        t = doc[k]
        if t.text in ("'s", "’s"):
            if k >= 1 and doc[k - 1].lower_ in ("country", "nation"):
                return line, _country_before(doc, k - 1, d)  # "the country's largest shipping firm"
            return line, _country_ending_at(doc, k - 1, d)
        if t.lower_ in BASED and k >= 2 and doc[k - 1].text == "-":
            return line, _country_ending_at(doc, k - 2, d, capitals=True)
        if t.lower_ in BASED and k >= 1 and doc[k - 1].text[:1].isupper():
            return line, _country_ending_at(doc, k - 1, d)  # "a Hong Kong listed company" (no hyphen)
        if t.text[:1].isupper():
            return line, _country_ending_at(doc, k, d)  # "US-German carmaker X": the one next to the noun
        if not (t.is_lower or t.text == "-") or t.lower_ in DETERMINERS or t.pos_ in ("VERB", "AUX", "ADP"):
            return line, None
        line = line or nouns.get(t.lower_, ("", ""))[1] in ("line", "head")  # "airline group", "oil group"
        if t.lower_ in MULTINATIONAL:
            return line, MULTINATIONAL_MARK  # "international polling firm GlobeScan": of no one country
        k -= 1
    return line, None


def _descriptor(doc: Doc, head_end: int, d: ActorDictionary) -> tuple[str, str | None] | None:
    """(sector, country) of a company noun phrase ending at token HEAD_END ("Dutch chemicals group")."""
    found = _noun_ending_at(doc, head_end)
    if found is None or found[2] == "not":
        return None
    start, sector, kind = found
    line, country = _modifiers(doc, start, d)
    if kind == "weak" and not line and not any(company_nouns().get(doc[k].lower_, ("", ""))[1] in ("line", "head")
                                               for k in range(start, head_end)):
        if doc[head_end].lower_ == "group" and _campaign_prefix(doc, start):
            return NGO, country  # "anti-constitution group Vote No", "the pro-hunting group X"
        return None  # "Kurdish group X", "the group X": no firm without a line of business
    return sector, country


def _campaign_prefix(doc: Doc, start: int) -> bool:
    """An "anti-"/"pro-" word right before a group noun starting at START ("anti-constitution | group")."""
    return start >= 3 and doc[start - 2].text == "-" and doc[start - 3].lower_ in ("anti", "pro") \
        and doc[start - 1].is_lower


def _descriptor_before(doc: Doc, s: int, d: ActorDictionary) -> tuple[str, str | None] | None:
    """ "Dutch chemicals group Akzo", "oil giant Shell", "UK-based bank <X Ltd>"."""
    i = s - 1 - (s >= 2 and doc[s - 1].text == "<")
    return _descriptor(doc, i, d) if i >= 0 else None


def _descriptor_fronted(doc: Doc, s: int, e: int, d: ActorDictionary) -> tuple[str, str | None] | None:
    """ "The airline, SpiceJet, will ...": a descriptor set off before the name, opening its clause."""
    if s < 3 or doc[s - 1].text != "," or e >= len(doc) or doc[e].text not in (",", "."):
        return None
    found = _noun_ending_at(doc, s - 2)
    if found is None or found[0] < 1 or doc[found[0] - 1].lower_ != "the":
        return None
    opener = found[0] - 1
    if opener > 0 and not doc[opener - 1].is_punct and not doc[opener].is_sent_start:
        return None
    return _descriptor(doc, s - 2, d)


def _descriptor_after(doc: Doc, s: int, e: int, d: ActorDictionary) -> tuple[str, str | None] | None:
    """ "Akzo, the Dutch chemicals group," / "Lufthansa, Germany's biggest airline," / "the Herald
    newspaper" / "the Yukos oil company": the noun phrase right after the name."""
    k = e
    if k < len(doc) and doc[k].text == ">":
        k += 1
    comma = k < len(doc) and doc[k].text == ","
    k += comma
    if comma and not (k + 1 < len(doc) and (doc[k].lower_ in ("the", "a", "an", "another") or doc[k + 1].text in ("'s", "’s"))):
        return None  # "Tampa, Fla., investment firm X": an apposition begins "the", "a" or "<country>'s"
    while k < len(doc) and doc[k].lower_ in ("the", "a", "an", "another") and comma:
        k += 1
    last = None
    for j in range(k, min(k + 7, len(doc))):
        t = doc[j]
        if t.lower_ in STOP_WORDS or t.is_punct and t.text not in ("-", "'s") or t.pos_ in ("VERB", "AUX") \
                and t.lower_ not in BASED:  # "a Hong Kong listed company"
            break
        if not comma and not t.is_lower:
            break  # "the Herald newspaper": only lower-case words after a name without a comma
        if t.is_lower and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            last = j
        if not comma and j - k >= 2:
            break
    if last is None or last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN") and doc[last + 1].is_lower:
        return None  # "Fiat car plant": the noun phrase goes on
    if comma and last + 1 < len(doc) and doc[last + 1].pos_ in ("VERB", "AUX"):
        return None  # "... in downtown San Francisco, the company said": the subject of a cue, not an apposition
    if not comma and (not _after_the(doc, s) or last + 1 < len(doc) and (
            doc[last + 1].text[:1].isupper() or doc[last + 1].text == "<")):
        return None  # "New York investment house <X>": the descriptor of the next name
    return _descriptor(doc, last, d)


def _after_the(doc: Doc, s: int) -> bool:
    """The name starting at token S is written after "the" ("the Herald newspaper", "the Yukos oil company")."""
    return s > 0 and doc[s - 1].lower_ == "the" or doc[s].lower_ == "the"


def _paper_name(doc: Doc, s: int, e: int) -> bool:
    """ "the Herald", "The Sunday Telegraph", "the Yorkshire Post": a name after "the" ending in a
    newspaper word, with no other capitalised word after it."""
    if s == 0 or doc[s - 1].lower_ != "the" and doc[s].lower_ != "the":
        return False
    if doc[e - 1].lower_ not in PAPER_WORDS or not doc[e - 1].text[:1].isupper():
        return False
    return e >= len(doc) or not doc[e].text[:1].isupper()


def descriptor_facts(doc: Doc, c: Cluster, d: ActorDictionary) -> bool:
    """Sector and country of an organisation the dictionary does not know from the descriptor written
    with one of its names: a company noun ("carmaker", "chemicals group", "oil giant") before or after
    the name makes it a business (a news outlet for "newspaper", "magazine"), a demonym, "<country>'s"
    or "<country>-based" in it gives the country; "X of Japan" after a business gives it too."""
    if c.entry is not None or c.group or not c.names or c.roles or c.label not in ("ORG", "PERSON", "GPE", "NORP", "FAC"):
        return False
    if c.label == "PERSON" and (c.honorific_sectors or c.gender or any(kind == "surname" for _s, _e, kind in c.spans)
                                or any(n.split()[0].lower() in d.first_names for n in c.names)):
        return False  # "Mr Aguas", "Carlos Ghosn": a man ("water firm Aguas Argentinas" tagged PERSON is none)
    sector: str | None = None
    country: str | None = None
    unplaced = False
    for s, e, kind in c.spans:
        if kind != "name":
            continue
        found = _descriptor_before(doc, s, d) or _descriptor_after(doc, s, e, d) or _descriptor_fronted(doc, s, e, d)
        if found is None and _paper_name(doc, s, e):
            found = (MEDIA, None)
        if found is not None:
            sector = sector or found[0]
            country = country or found[1]
            unplaced = unplaced or found[1] == MULTINATIONAL_MARK
        if country is None and (c.sectors[:1] == [BUSINESS] or sector) and e + 1 < len(doc) \
                and doc[e].lower_ == "of":
            country = _country_ending_at(doc, e + 1, d) or _country_ending_at(doc, e + 2, d)  # "X of Japan"
        country = country or _based_before(doc, s, d)
        if country is None and c.label == "ORG" and s >= 2 and doc[s - 1].text in ("'s", "’s"):
            country = _country_ending_at(doc, s - 2, d)  # "controlled by France's Suez"
    if sector is not None:
        c.label = "ORG"  # "gaming group Wembley" tagged GPE, "the Herald newspaper" PERSON
        if not c.sectors:
            c.sectors.append(sector)
        elif sector == NGO and c.sectors[0] != NGO:
            c.sectors.insert(0, sector)  # "the lobby group Guantanamo Human Rights Commission": no state body
    if c.country is None and country and country != MULTINATIONAL_MARK and (sector is not None or c.label == "ORG"):
        c.country = country
    return sector is not None and not unplaced


def _based_before(doc: Doc, s: int, d: ActorDictionary) -> str | None:
    """ "UK-based Xstrata": the country written "<country>-based" right before the name (a capital is
    only a seat without a company noun: "the Caracas-based Andean Development Corp" is no Venezuelan
    body; "Brussels-based carrier X" is a Belgian firm, read by ``_modifiers``)."""
    if s >= 3 and doc[s - 1].lower_ in BASED and doc[s - 2].text == "-":
        return _country_ending_at(doc, s - 3, d)
    return None


def _placed_in_text(doc: Doc, c: Cluster, d: ActorDictionary) -> bool:
    """The text says where the organisation is, in words the dictionary may not know: "X Ltd, of
    Vancouver", "Reed Tool Co in Houston", "Zurich-based X" (the entities stage places them)."""
    for s, e, kind in c.spans:
        if kind != "name":
            continue
        if e + 2 < len(doc) and (doc[e].text == "," and doc[e + 1].lower_ == "of" or doc[e].lower_ == "in") \
                and doc[e + 1 + (doc[e].text == ",")].text[:1].isupper():
            return True
        if s >= 3 and doc[s - 1].lower_ in BASED and doc[s - 2].text == "-":
            return True
    return False


def _country_mentions(doc: Doc, d: ActorDictionary, actors: bool = False) -> list[tuple[int, str]]:
    """(token, country) of every country name and demonym NER found; with ACTORS, also of every
    person and organisation of a country the dictionary codes ("Labour", "Gordon Brown": a story
    about Britain that never names it). Once per document."""
    cache = doc.user_data.setdefault("wirecoder.companies", {})
    key = "actors" if actors else "countries"
    if key not in cache:
        found = []
        for ent in doc.ents:
            entry = d.lookup(ent.text)
            if entry is None or not entry.country and not (actors and entry.code):
                continue
            if ent.label_ in ("GPE", "NORP", "LOC") and entry.kind in COUNTRY_KINDS:
                found.append((ent.start, entry.country))
            elif actors and entry.kind in ("org", "person") and (iso := d.country_of_code(entry.code)):
                found.append((ent.start, iso))
        cache[key] = found
    return cache[key]


def _owner_of_a_name(doc: Doc, i: int) -> bool:
    """The country name starting at token I owns the name after it ("New Zealand's Equiticorp"): it
    places that firm, not the others of its sentence."""
    k = i
    while k < len(doc) and doc[k].ent_iob_ in ("B", "I") and (k == i or doc[k].ent_iob_ == "I"):
        k += 1
    return k + 1 < len(doc) and doc[k].text in ("'s", "’s") and doc[k + 1].text[:1].isupper()


def home_country(doc: Doc, d: ActorDictionary, sentence: tuple[int, int] | None = None) -> str | None:
    """The country of a firm or outlet the text places nowhere: the one country named in the sentence
    of its first name when that is one of the two the article names most ("Six UK greyhound tracks
    are for sale by gaming group Wembley" in a story that names the US more often); else the country
    the article names most (names and demonyms), at least three times and twice as often as any other;
    neither when the people and bodies the dictionary codes are twice as often of another country. Else
    the country of those people and bodies, at least twice and twice as often as any other ("the Sun"
    in a story about Labour and the Tories; "analyst firm Gartner" in one about Yahoo and Google)."""
    mentions = _country_mentions(doc, d)
    ranked = Counter(iso for _i, iso in mentions).most_common()
    by_actors = Counter(iso for _i, iso in _country_mentions(doc, d, actors=True))
    top = by_actors.most_common(1)

    def outweighed(iso: str) -> bool:  # a story naming Britain twice but about Yahoo and Google is no British one
        return bool(top) and top[0][0] != iso and top[0][1] >= 2 * by_actors[iso]

    if sentence is not None:
        near = {iso for i, iso in mentions if sentence[0] <= i < sentence[1] and not _owner_of_a_name(doc, i)}
        if len(near) == 1 and next(iter(near)) in {iso for iso, _n in ranked[:2]} \
                and not outweighed(next(iter(near))):
            return next(iter(near))
    if _dominant(ranked, least=3) and not outweighed(ranked[0][0]):
        return ranked[0][0]
    counted = by_actors.most_common()
    return counted[0][0] if _dominant(counted, least=2) else None


def _dominant(ranked: list[tuple[str, int]], least: int) -> bool:
    """The first of RANKED is counted at least LEAST times and twice as often as the second."""
    return bool(ranked) and ranked[0][1] >= least and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
