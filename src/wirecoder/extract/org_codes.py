"""Country and sector of organisations no dictionary row codes, from general clues (round 13).

- a town inside the name: "Bank of Fukuoka" (JPN), "Manchester United" (GBR), "Tampa Electric" (USA);
- a sports club: a town and a club word ("Manchester City", "Blackburn Rovers") is a club (BUS), whatever
  label NER gave it (it often calls "Manchester City" a GPE and "Manchester United" a person);
- a state body by its kind: "State Planning Organisation", "National Security Council" (GOV; the
  story's country is found later, as for "the Ministry of Commerce");
- a firm whose name says it is one ("Chekiang First Bank", "Mercantile Bank Ltd") and that the text
  places nowhere is of the country of the dateline ("HONG KONG, April 3 -"), else of the country the
  article is about (``companies.home_country``).

The word lists are data: ``data/actors/org_name_words.tsv``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from wirecoder.actors import ActorDictionary, norm_phrase
from wirecoder.extract.base import ArticleContext
from wirecoder.resources import data_path, tsv_rows

if TYPE_CHECKING:
    from wirecoder.extract.entities import Cluster

# a town named in a firm's name is its seat only when it is a real city (not "Union", "Mobile" of
# 15,000 people) and clearly the biggest of its name
MIN_TOWN_POPULATION = 100_000
TOWN_LEAD = 2.0  # the biggest namesake has at least this many times the people of the next one
BIG_TOWN_POPULATION = 500_000  # a town this big is named for itself even in a story naming other countries
CONNECTORS = frozenset({"of", "and", "&", "for"})
AMERICAN_HOME = "USA"
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to", "into", "outside", "across"})  # the home of the legal forms of kind "wide_form"


def load_org_name_words(path=None) -> dict[str, tuple[str, str | None]]:
    """word -> (kind, sector) from ``org_name_words.tsv``; a prefix form's country under (word, "country")."""
    words: dict = {}
    for cols in tsv_rows(path or data_path("actors/org_name_words.tsv"), 3):
        if cols[0] == "word":
            continue
        words[cols[0]] = (cols[1], None if cols[2] == "-" else cols[2])
        if len(cols) > 3 and cols[3] not in ("", "-"):
            words[(cols[0], "country")] = (cols[3], None)
    return words


def org_name_words(ctx: ArticleContext) -> dict[str, tuple[str, str | None]]:
    return ctx.resources.cached("org_codes.words", load_org_name_words)


def _town_country(ctx: ArticleContext, name: str, named: set[str] | None = None) -> str | None:
    """The country of the city called NAME when the gazetteer's biggest city of that name is big and at
    least TOWN_LEAD times bigger than any namesake in another country ("Manchester": the English city),
    and it is a country of NAMED (the countries the article names; None: any) or the city is a big one
    (a story about an American firm "Burlington Industries" names no country, and the biggest Burlington is
    Canadian)."""
    from wirecoder.extract.places import geo_index

    by_country: Counter = Counter()
    squeezed = name.lower().replace(" ", "")
    for p in geo_index(ctx).by_name.get(norm_phrase(name), ()):
        # alternate names are noisy ("Bar" is a Chinese city's): only the city's own name or the same
        # written without its space ("Hongkong")
        if p.kind == "city" and p.country and (p.primary or p.name.lower().replace(" ", "") == squeezed):
            by_country[p.country] = max(by_country[p.country], p.population)
    ranked = by_country.most_common(2)
    if not ranked or ranked[0][1] < MIN_TOWN_POPULATION:
        return None
    if len(ranked) > 1 and ranked[0][1] < TOWN_LEAD * ranked[1][1]:
        return None
    return ranked[0][0] if named is None or ranked[0][0] in named or ranked[0][1] >= BIG_TOWN_POPULATION else None


def _name_words(name: str) -> list[str]:
    words = name.split()
    return words[1:] if words and words[0].lower() == "the" else words


def _town_spots(words: list[str]) -> list[tuple[int, int]]:
    """Where a town may stand in a name: at its start ("Fukuoka City Bank", "Tampa Bay X") or right
    after "of" ("Bank of Fukuoka"); one or two capitalised words, never the whole name."""
    spots: list[tuple[int, int]] = []
    starts = [0] + [k + 1 for k, w in enumerate(words[:-1]) if w == "of"]
    for s in starts:
        for n in (2, 1):
            e = s + n
            if e > len(words) or (s == 0 and e >= len(words)) or not all(w[:1].isupper() for w in words[s:e]):
                continue
            if any(w in CONNECTORS or "-" in w for w in words[s:e]):
                continue
            spots.append((s, e))
    return spots


def towns_in_org_names(ctx: ArticleContext, doc: Doc, clusters: list[Cluster], d: ActorDictionary) -> None:
    """An organisation named after a town the dictionary does not know is of that town's country:
    "Bank of Fukuoka Ltd" JPN; a name of a town and a club word is a club ("Manchester City" BUS).
    Only when the article names that country or the town is a big one (a town named like a bigger one
    abroad may be the story's own), and not for a town that is also a person of the article ("Hamilton Oil")
    or the firm's own short name ("Burlington Industries Inc" ... "Burlington said": a brand, not a seat)."""
    words_of = org_name_words(ctx)
    named = {c.country_entity for c in clusters if c.country_entity}
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for c in clusters:
        if c.entry is not None or c.group or c.country or not c.names or c.roles:
            continue
        club, club_sector = _club_country(ctx, c, words_of, d)
        if club is not None and c.label in ("GPE", "LOC") and _town_word_club(c, words_of) and any(
                s > 0 and doc[s - 1].lower_ in PLACE_PREPOSITIONS for s, _e, _k in c.spans):
            club = None  # "protesters gathered in Leeds City": a town NER read as one ("a stake in Manchester
            # United" is still the club)
        if club is not None:
            c.label = "ORG"
            c.sectors.insert(0, club_sector or "BUS")  # clubs are businesses in CAMEO
            c.country = club  # a club's town is a big one: "Manchester" in a story naming the US is still English
            continue
        if c.label not in ("ORG", "FAC"):
            continue
        own_words = {n.removeprefix("the ").removeprefix("The ") for n in c.names}
        for name in c.names:
            words = _name_words(name)
            iso = next((iso for s, e in _town_spots(words)
                        if d.lookup(" ".join(words[s:e])) is None and words[e - 1] not in surnames
                        and " ".join(words[s:e]) not in own_words
                        and (iso := _town_country(ctx, " ".join(words[s:e]), named))), None)
            if iso:
                c.country = iso
                break


def _town_word_club(c: Cluster, words_of: dict[str, tuple[str, str | None]]) -> bool:
    """The club word also ends towns' names ("City")."""
    return any(words_of.get(_name_words(n)[-1], ("", None))[0] == "club_town" for n in c.names if _name_words(n))


def _club_country(ctx: ArticleContext, c: Cluster, words_of: dict[str, tuple[str, str | None]],
                  d: ActorDictionary) -> tuple[str | None, str | None]:
    """(country of its town, sector of its club word) of a sports club: "Manchester United" -> (GBR, BUS);
    (None, None) if the name is no club's (a town itself, like "Kansas City" or "Mexico City", is no club)."""
    from wirecoder.extract.places import geo_index

    for name in c.names:
        words = _name_words(name)
        if len(words) < 2 or words_of.get(words[-1], ("", None))[0] not in ("club", "club_town"):
            continue
        town = " ".join(words[:-1])
        if geo_index(ctx).by_name.get(norm_phrase(" ".join(words))) or d.lookup(town) is not None:
            continue
        iso = _town_country(ctx, town)
        if iso:
            return iso, words_of[words[-1]][1]
    return None, None


def state_bodies_by_kind(ctx: ArticleContext, c: Cluster, d: ActorDictionary) -> None:
    """"State Planning Organisation", "National Security Council", "Federal Statistics Office": a name
    opening with a state word and ending in a body noun, no other word of it naming another sector
    ("National Union of Mineworkers", "National Farmers Council" keep theirs), is a state body (GOV)."""
    if c.label != "ORG" or c.entry is not None or c.group or c.sectors[:1] not in ([], ["GOV"]) or not c.names:
        return
    words_of = org_name_words(ctx)
    for name in c.names:
        words = _name_words(name)
        head = next((w for w in words if w in CONNECTORS), None)
        head_words = words[:words.index(head)] if head else words
        noun_kind = words_of.get(head_words[-1], ("", None))[0] if head_words else ""
        if len(head_words) < 2 or len(words) > 5 or not all(w[:1].isupper() for w in head_words) \
                or words_of.get(head_words[0], ("", None))[0] != "state" or noun_kind not in ("body", "office"):
            continue
        # a word between the state word and the noun ("State Planning Organisation"), no complement, or an
        # office's "of" ("National Bureau of Statistics"): "National Council for Civil Liberties", "National
        # Council of Churches" are no state's
        if head and len(head_words) < 3 and not (head == "of" and noun_kind == "office"):
            continue
        if any((role := d.roles.get(w.lower())) is not None and role.sector not in (None, "GOV") for w in words):
            continue
        if not c.sectors:
            c.sectors.insert(0, words_of[head_words[0]][1] or "GOV")
        c.department = False  # "Central Statistical Office" is a state's office in any country, not only
        return  # where ministries are named "Department"/"Office" (entities.DEPARTMENT_STATES)


def _name_says_firm(c: Cluster, d: ActorDictionary) -> bool:
    """A legal form ends the name ("Ltd", "Inc"), or a capitalised business noun is in it after its first
    word ("Chekiang First Bank")."""
    from wirecoder.extract.companies import name_form

    for name in c.names:
        words = _name_words(name)
        form = name_form(words, d)
        if form is not None and form[0] == "legal":  # not a trade word: "Inter Governmental Group" is no firm
            return True
        # capitalised: "HBOS bank" in a story about a Saudi investor is a British firm with a descriptor
        if any((role := d.roles.get(w.lower())) is not None and role.sector == "BUS" and role.kind == "group"
               and w[:1].isupper() for w in words[1:]):
            return True
    return False


def home_of_named_firms(ctx: ArticleContext, doc: Doc, clusters: list[Cluster], d: ActorDictionary,
                        dateline_iso: str | None) -> None:
    """A firm the dictionary does not know, whose name says it is one (a legal form or trade word:
    "Mercantile Bank Ltd"; a business noun at its head: "Chekiang First Bank") and that the text
    places nowhere, is of the dateline's country, else of the country the article is about
    (``home_country``: the one named in its sentence among the two named most, or the one named far
    more than any other). Not a firm named after a person of the article ("Paulsmeier Group"), nor one
    with an American legal form ("Inc", "Corp") in a story about another country."""
    from wirecoder.extract.companies import (
        _first_sentence,
        _named_after_a_person,
        _placed_in_text,
        home_country,
        is_company,
    )

    words_of = org_name_words(ctx)
    named = {c.country_entity for c in clusters if c.country_entity}
    for c in clusters:
        if not is_company(c) or c.entry is not None or c.country or c.multinational or c.affiliation \
                or not c.names:
            continue
        if _placed_in_text(doc, c, d):
            c.country = _town_after_name(ctx, doc, c, named)
            continue
        if not _name_says_firm(c, d) or _named_after_a_person(doc, c):
            continue
        iso = dateline_iso or home_country(doc, d, _first_sentence(doc, c))
        if iso != AMERICAN_HOME and _american_form(c, words_of):
            continue  # "Paws Incorporated" in a story about China: "Inc" firms are named in news from everywhere
        c.country = iso


def _town_after_name(ctx: ArticleContext, doc: Doc, c: Cluster, named: set[str]) -> str | None:
    """"Trade Mountain Pipe Line Company Ltd, of Vancouver, B.C.": a firm's seat written after its name,
    which the entities stage could not place (the gazetteer has Vancouvers in two countries): the country
    of the clearly biggest town of that name, when the article names that country."""
    for _s, e, kind in c.spans:
        if kind != "name" or e + 2 >= len(doc):
            continue
        k = e + 2 if doc[e].text == "," and doc[e + 1].lower_ == "of" else e + 1 if doc[e].lower_ == "in" else None
        if k is None:
            continue
        end = k
        while end < len(doc) and end < k + 3 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        iso = _town_country(ctx, doc[k:end].text, named) if end > k else None
        if iso:
            return iso
    return None


def _american_form(c: Cluster, words_of: dict[str, tuple[str, str | None]]) -> bool:
    last = _name_words(max(c.names, key=len))[-1].rstrip(".")
    return words_of.get(last, ("", None))[0] == "wide_form"


def bodies_of_international_bodies(clusters: list[Cluster]) -> None:
    """ "EC Commission", "EC Council of Ministers" after "the European Community (EC)": an organisation
    whose name opens with the name or acronym the article gives an international body is part of it
    (its code), whatever else its name says ("Council of Ministers" is no government of the story's
    country). The dictionary's own names are read by the entities stage ("NATO Military Committee")."""
    igo_names: dict[str, str] = {}
    for o in clusters:
        code = o.entry.code if o.entry is not None else None
        if o.label == "ORG" and not o.group and code and code.startswith("IGO"):
            for n in o.names:
                igo_names.setdefault(n.removeprefix("the "), code)
    if not igo_names:
        return
    for c in clusters:
        if c.label != "ORG" or c.entry is not None or c.group or c.affiliation or not c.names:
            continue
        for name in c.names:
            words = _name_words(name)
            code = next((igo_names[p] for k in (2, 1) if len(words) > k
                         and (p := " ".join(words[:k])) in igo_names and words[k][:1].isupper()), None)
            if code:
                c.affiliation = code
                break


def prefix_forms(ctx: ArticleContext, c: Cluster) -> None:
    """"P.T. Indonesia Asahan Aluminium", "OAO Gazprom": a legal form before the name makes a company, of
    the form's one country when the name gives none."""
    if c.label != "ORG" or c.entry is not None or c.group or not c.names:
        return
    words_of = org_name_words(ctx)
    for name in c.names:
        words = _name_words(name)
        if len(words) < 2 or words_of.get(words[0], ("", None))[0] != "prefix_form":
            continue
        if not c.sectors:
            c.sectors.append(words_of[words[0]][1] or "BUS")
        c.country = c.country or words_of.get((words[0], "country"), (None, None))[0]
        return


def org_name_clues(ctx: ArticleContext, doc: Doc, clusters: list[Cluster], d: ActorDictionary) -> None:
    """The clues of this module read from names alone, after the entities stage read countries and
    role words in them: parts of international bodies, legal forms before names, state bodies by their
    kind, then towns and clubs."""
    bodies_of_international_bodies(clusters)
    for c in clusters:
        prefix_forms(ctx, c)
        state_bodies_by_kind(ctx, c, d)
    towns_in_org_names(ctx, doc, clusters, d)
