"""The body a person's title is held in, and what it says of the person's actor code.

A title alone says little of whom a person acts for: "director" or "adviser" has no sector, and
"secretary general" or "president" reads as a state office. The body named with the title decides:

- a unit of a coded body is that body: "Michael Deppler, director of the IMF's European Department" IGOIMF;
- a title serving another body's head serves that body: "Jack Boorman, adviser to IMF's managing director" IGOIMF;
- a body of a non-state kind gives its staff that kind's sector, whatever the title: "Factory Workers Union
  secretary general Billy Macaefa" LAB, "Carlos Baez Silva, president of AARA, an association ..." NGO.

The kinds of bodies are data (``data/actors/body_kinds.tsv``). Only people the dictionaries do not know
and that no earlier step tied to a coded body are touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from wirecoder.resources import data_path, tsv_rows

if TYPE_CHECKING:
    from wirecoder.actors import ActorDictionary
    from wirecoder.extract.entities import Cluster, NameMention

# sectors of bodies whose staff act for the body, not for a state, whatever their title's own sector
NON_STATE_SECTORS = frozenset({"BUS", "NGO", "LAB", "MED", "EDU", "REL"})
# ... and of the group nouns that make a state-sounding title right after them that body's ("union secretary
# general"); not BUS: a "bank governor" is most often a central bank's
BODY_NOUN_SECTORS = frozenset({"NGO", "LAB", "MED", "EDU", "REL"})
STATELESS_PREFIXES = ("IGO", "NGO", "MNC", "IMG")
POSSESSIVE = ("'s", "’s")


def load_body_kinds(path=None) -> dict[str, str]:
    """noun -> sector, from body_kinds.tsv."""
    rows = tsv_rows(path or data_path("actors/body_kinds.tsv"), 2)
    return {noun.strip().lower(): sector.strip().upper() for noun, sector, *_ in rows if noun != "noun"}


def _free_person(c: Cluster) -> bool:
    """A person no dictionary and no earlier step tied to a coded body."""
    return c.label == "PERSON" and not c.group and not c.former and c.affiliation is None \
        and (c.entry is None or c.entry.kind != "person")


def _coded_body(c: Cluster | None) -> bool:
    """An organisation the dictionaries code beyond a bare country: "IMF" IGOIMF, "Amnesty" NGOAMN."""
    return c is not None and c.label == "ORG" and not c.group and c.country_entity is None \
        and c.entry is not None and len(c.entry.code or "") > 3


def _name_spans(c: Cluster) -> list[tuple[int, int]]:
    return [(s, e) for s, e, kind in c.spans if kind == "name"]


def parent_body(doc: Doc, unit: Cluster, by_token: dict[int, NameMention]) -> Cluster | None:
    """The coded body an uncoded unit's name is tied to: "the IMF's European Department", "the
    European Department of the IMF"."""
    if unit.entry is not None:
        return None
    for s, e in _name_spans(unit):
        owner = None
        k = s - 1
        if k >= 1 and doc[k].lower_ == "the":
            k -= 1
        if k >= 1 and doc[k].lower_ in POSSESSIVE:
            owner = by_token.get(k - 1)
        elif e + 1 < len(doc) and doc[e].lower_ == "of":
            k = e + 1 + (doc[e + 1].lower_ == "the")
            owner = by_token.get(k) if k < len(doc) else None
            owner = owner if owner is not None and owner.ext_start == k else None
        if owner is not None and owner.cluster is not unit and _coded_body(owner.cluster):
            return owner.cluster
    return None


def served_body(doc: Doc, nm: NameMention, by_token: dict[int, NameMention]) -> Cluster | None:
    """ "X, adviser to IMF's managing director", "Y, consultant to the World Bank": the coded body a
    title in apposition to the name serves (a country there is a posting: "ambassador to Britain")."""
    root = doc[nm.start:nm.end].root
    for h in root.children:
        if h.dep_ != "appos" or h.i < nm.end:
            continue
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                for t in [p, *(ch for ch in p.children if ch.dep_ == "poss")]:
                    other = by_token.get(t.i)
                    if other is not None and _coded_body(other.cluster):
                        return other.cluster
    return None


def _body_noun_objects(doc: Doc, nm: NameMention, by_token: dict[int, NameMention]):
    """Objects of "of"/"from"/"at"/"for" after a name or its appositive title that are common nouns with "the"
    ("Iqbal Sacranie, secretary general of the council", "Mike Hobday, from the league")."""
    root = doc[nm.start:nm.end].root
    heads = [root, *(h for h in root.children if h.dep_ == "appos" and h.i >= nm.end)]
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "at", "for") or prep.i < nm.end:
                continue
            for p in prep.children:
                # a bare "the council": not "the Frankfurt-based exchange", another exchange than the one named
                if p.dep_ == "pobj" and p.i not in by_token and p.pos_ == "NOUN" and p.is_lower \
                        and [ch.lower_ for ch in p.children] == ["the"]:
                    yield p
    k = nm.end  # ", from the league," hung by the parser on the verb
    if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("of", "from", "at") \
            and doc[k + 2].lower_ == "the" and doc[k + 3].pos_ == "NOUN" and doc[k + 3].is_lower \
            and (k + 4 == len(doc) or doc[k + 4].is_punct) and k + 3 not in by_token:
        yield doc[k + 3]


def named_body_of_noun(doc: Doc, nm: NameMention, clusters: list[Cluster],
                       by_token: dict[int, NameMention]) -> Cluster | None:
    """The one organisation named in the article whose name has the common noun a person's body is
    called by ("the council" -> "Muslim Council of Britain", "the league" -> "League Against Cruel Sports")."""
    for p in _body_noun_objects(doc, nm, by_token):
        word = p.lower_
        found = [o for o in clusters if o.label == "ORG" and not o.group and o.country_entity is None
                 and o.first < nm.start and any(word in (w.lower() for w in name.split()) for name in o.names)]
        if len(found) == 1:
            return found[0]
    return None


def body_kind_sector(doc: Doc, org: Cluster, kinds: dict[str, str]) -> str | None:
    """The sector of an uncoded organisation's kind: the head of its name ("Factory Workers Union",
    "Union of Students") or of the phrase set in apposition to it ("AARA, an association that ...")."""
    for s, e in _name_spans(org):
        head_end = next((i for i in range(s + 1, e) if doc[i].lower_ in ("of", "for")), e)
        sector = kinds.get(doc[head_end - 1].lower_)
        if sector:
            return sector
        root = doc[s:e].root
        for ch in root.children:
            if ch.dep_ == "appos" and ch.i >= e and (sector := kinds.get(ch.lemma_.lower())):
                return sector
    return None


def people_in_bodies(doc: Doc, mentions: list[NameMention], clusters: list[Cluster], kinds: dict[str, str]) -> None:
    """Tie free people to the body their title is held in (see the module's doc): the employer becomes
    the coded body a unit belongs to or a title serves; an uncoded employer's kind is noted."""
    by_token = {i: nm for nm in mentions for i in range(nm.ext_start, nm.end)}
    for nm in mentions:
        c = nm.cluster
        if c is None or nm.kind != "name" or not _free_person(c):
            continue
        # only a title of no state office of its own serves: not "ambassador to the United Nations"
        if c.employer is None and c.roles and not c.strong_sector \
                and (served := served_body(doc, nm, by_token)) is not None:
            c.employer = served
        if c.employer is None and (named := named_body_of_noun(doc, nm, clusters, by_token)) is not None:
            c.employer = named  # "Iqbal Sacranie, secretary general of the council": the council named before
    for c in clusters:
        if not _free_person(c) or c.employer is None:
            continue
        parent = parent_body(doc, c.employer, by_token)
        if parent is not None:
            c.employer = parent
        elif c.employer.entry is None:
            c.employer_sector = body_kind_sector(doc, c.employer, kinds)


def employer_code(c: Cluster, d: ActorDictionary, code: str | None, context_country: str | None,
                  main_country: str | None) -> tuple[str | None, str | None] | None:
    """The code a person takes from the body they work for, or None when the body says nothing more
    than the person's own title and country. CODE: the body's own code."""
    if code and len(code) > 3:
        iso = d.country_of_code(code)
        sector = code[:3] if code.startswith(STATELESS_PREFIXES) else code[3:6]
        if code[3:6] == "BUS":
            return code, iso
        if c.country and iso and c.country != iso:
            return None  # "Israeli U.N. spokesman": a country's man at the body
        if not c.strong_sector:
            return code, iso  # "State Administration of Taxation head Xie Xuren" CHNGOV
        if sector in NON_STATE_SECTORS or (code.startswith(STATELESS_PREFIXES) and c.country is None):
            return code, iso  # "secretary general of Amnesty International": no state office
        return None
    if c.employer_sector in NON_STATE_SECTORS:
        iso = (c.employer.country if c.employer is not None else None) or c.country or context_country \
            or main_country
        return (iso + c.employer_sector, iso) if iso else (None, None)
    return None


def legislature_home(clusters: list[Cluster], home_of: Callable[[Cluster], str | None]) -> str | None:
    """The country of an article's legislators named without one ("Tony Lloyd, the Manchester Central MP"):
    the one country whose legislature or legislators the dictionaries know among the article's names
    (HOME_OF: "House of Commons" GBRLEG), whatever country the story is mostly about (a US tycoon's bid
    for a British club)."""
    found = {iso for c in clusters if (iso := home_of(c)) and c.entry is not None and (c.entry.code or "")[3:6] == "LEG"}
    return found.pop() if len(found) == 1 else None
