"""Places resolved offline: countries, US states, cities; ambiguity resolved by the article."""

from __future__ import annotations

from test_entities import analyse


def loc(ctx, name):
    found = [lc for lc in ctx.locations if lc.name == name]
    assert found, f"{name!r} not among {[lc.name for lc in ctx.locations]}"
    return found[0]


def test_city_and_country_resolved(nlp):
    ctx = analyse(nlp, "Protesters gathered in Lahore on Friday as Pakistan's parliament debated the budget.")
    lahore = loc(ctx, "Lahore")
    assert lahore.country == "PAK" and lahore.admin1 and lahore.geonameid
    assert 31 < lahore.lat < 32 and 74 < lahore.lon < 75
    pak = loc(ctx, "Pakistan")
    assert pak.country == "PAK" and pak.geonameid == 1168579
    text = ctx.doc.text
    assert [text[s:e] for s, e in lahore.mentions] == ["Lahore"]


def test_georgia_the_country_or_the_state(nlp):
    ctx = analyse(nlp, "Russian troops remain in two breakaway regions of Georgia, officials in Tbilisi said.")
    assert loc(ctx, "Georgia").country == "GEO"
    ctx = analyse(nlp, "Voters in Atlanta lined up for hours as Georgia counted ballots in the U.S. election.")
    georgia = loc(ctx, "Georgia")
    assert georgia.country == "USA" and georgia.admin1 == "US.GA"


def test_paris_texas_pattern(nlp):
    ctx = analyse(nlp, "The storm flattened barns near Paris, Texas, on Sunday night.")
    assert loc(ctx, "Paris").country == "USA"
    ctx = analyse(nlp, "Ministers met in Paris on Sunday to discuss the euro.")
    assert loc(ctx, "Paris").country == "FRA"


def test_dateline_is_a_place_and_entity_country_is_filled(nlp):
    ctx = analyse(nlp, "The central bank raised rates again, and traders in Karachi sold shares.", dateline="ISLAMABAD")
    assert loc(ctx, "Islamabad").country == "PAK"
    karachi = [e for e in ctx.entities.entities if e.name == "Karachi"]
    assert karachi and karachi[0].country == "PAK"


def test_unknown_places_are_skipped(nlp):
    ctx = analyse(nlp, "Fighting continued near Xyzzyville and in the hills of Quuxland.")
    assert all(lc.name not in ("Xyzzyville", "Quuxland") for lc in ctx.locations)


def test_continents_are_places_without_country(nlp):
    ctx = analyse(nlp, "Exports to Africa and Europe fell sharply in March.")
    africa = loc(ctx, "Africa")
    assert africa.country is None and africa.geonameid == 6255146
    assert loc(ctx, "Europe").lat is not None


def test_a_country_named_in_the_article_does_not_pull_a_world_city_to_a_small_namesake(pipeline):
    rec = pipeline.extract("U.S. officials met in Manchester, then flew to Geneva for talks with Iran.",
                           published="2005-03-01T10:00:00Z")
    got = {loc.name: loc.country for loc in rec.locations}
    assert got["Manchester"] == "GBR" and got["Geneva"] == "CHE"
    rec = pipeline.extract("Obama spoke in Manchester, New Hampshire.", published="2005-03-01T10:00:00Z")
    assert {loc.name: loc.country for loc in rec.locations}["Manchester"] == "USA"
