"""Companies the dictionary does not know, read from the way news write them (issue: entities).

- a legal form ends the name ("CSR Ltd", "Neste Oy", "Fiat SpA"): a business (BUS), of the one
  country whose form it is (Oy: Finland) when there is one; a trade word ends it ("Newbridge
  Capital", "LNM Holdings"): a business when nothing else in the name gives a sector;
- a Reuters instrument code after the name ("Redland Plc <RDLD.L>"): a business of the exchange's
  country (``data/actors/exchanges.tsv``); a name in Reuters' angle brackets ("<Ord Minnett Ltd>")
  is a company;
- the company's short name is the same company: "CSR" = "CSR Ltd", "Newbridge" = "Newbridge Capital".

The word tables are ``data/actors/company_forms.tsv`` and ``exchanges.tsv`` (docs/actors.md).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from wirecoder.actors import ActorDictionary

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
    trade word, exchange code or angle brackets. NAMED: the countries the article names (an exchange
    suffix used by several countries takes the one the article names)."""
    if c.entry is not None or c.group or not c.names:
        return
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


def merge_short_names(mentions: list[NameMention], clusters: list[Cluster], d: ActorDictionary) -> None:
    """ "Newbridge" after (or before) "US private equity group Newbridge Capital", "Monier" and
    "Monier Ltd": a one-word name NER gave no other meaning (no dictionary entry other than a company
    of the same country, no roles) that is the first word of exactly one company's name ending in a
    legal form or trade word is that company ("Mitsubishi" in a story about Mitsubishi Motors)."""
    firsts: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON" or c.group or (c.entry is not None and c.entry.kind != "org"):
            continue
        listed = c.entry is not None and (c.entry.code or "")[3:] == BUSINESS  # "Cairn Energy" is in the table
        for name in set(c.names):
            words = name.split()
            form = name_form(words, d)
            if len(words) >= 2 and (listed or form is not None and form[0] != "ngo") and len(words[0]) >= 3 \
                    and words[0][:1].isupper():
                firsts.setdefault(words[0], []).append(c)
    if not firsts:
        return
    for c in list(clusters):
        if c.group or c.roles or not c.names or any(" " in n for n in c.names):
            continue
        owners = {id(o): o for o in firsts.get(c.names[0], ()) if o is not c}
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
