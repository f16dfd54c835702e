"""Actors, round 9: international organisations under their spelling variants, companies known by a
short name, and a company's country from the words around it (small texts of our own)."""

from __future__ import annotations

import pytest

from test_entities import analyse, by_name
from wirecoder.actors import build_dictionary, company_short_names, spelling_variants


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("The Organisation for Economic Co-operation and Development cut its forecast for Italy.",
                 "Organisation for Economic Co-operation and Development", "IGOOEC", id="oecd-british-spelling"),
    pytest.param("The Organization for Economic Cooperation and Development cut its forecast for Italy.",
                 "Organization for Economic Cooperation and Development", "IGOOEC", id="oecd-american-spelling"),
    pytest.param("The Asian Development Bank said it would lend Nepal $40 million for roads.",
                 "Asian Development Bank", "IGOASADEV", id="regional-development-bank"),
    pytest.param("Creditors of the Paris Club agreed to reschedule Peru's debt.", "Paris Club", "IGOBUSPAR",
                 id="paris-club-is-no-french-club"),
    pytest.param("UNAIDS warned that infections were rising among young women in Kenya.", "UNAIDS", "IGOUNO",
                 id="un-programme-acronym"),
    pytest.param("Ministers of the Southern African Development Community met in Gaborone.",
                 "Southern African Development Community", "IGOSAFSAD", id="african-regional-body"),
])
def test_international_organisations(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_spelling_variants_combine():
    variants = spelling_variants(["Organisation for Economic Co-operation and Development"])
    assert "Organization for Economic Cooperation and Development" in variants


def test_company_short_names_drop_corporate_endings_only():
    d = build_dictionary()
    assert company_short_names(["Quellmark Corporation"], d) == ["Quellmark"]
    assert company_short_names(["Tervo Holdings plc"], d) == ["Tervo"]
    assert company_short_names(["QXR Group"], d) == []  # an acronym alone may be any body
    assert company_short_names(["American Airlines"], d) == []  # "Airlines" makes the name
    assert company_short_names(["Japan Group"], d) == []  # the rest is a country's name


def test_company_short_name_codes_what_ner_tags_as_an_organisation(nlp):
    ctx = analyse(nlp, "Oracle said on Monday it had raised its offer for the software maker.")
    assert by_name(ctx, "Oracle").actor == "USABUS"


def test_company_short_name_is_not_matched_as_a_word(nlp):
    ctx = analyse(nlp, "Total sales rose 4 pct in the quarter, the ministry said.")
    assert all(e.actor != "FRABUS" for e in ctx.entities.entities)


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("Shares in Deutsche Boerse fell after its bid for the London Stock Exchange.", "Deutsche Boerse",
                 "DEUBUS", id="exchange-operator"),
    pytest.param("Toyota and Mitsubishi Motors said exports fell.", "Mitsubishi Motors", "JPNBUS",
                 id="group-company-named-apart"),
    pytest.param("The US-based hedge fund Quillon Capital opposes the bid.", "Quillon Capital", "USABUS",
                 id="seat-country-before-a-company-noun"),
])
def test_companies_exchanges_and_their_countries(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_a_company_goes_by_the_fullest_name_the_article_writes(nlp):
    ctx = analyse(nlp, "Nissan Motor said its profit rose. Nissan will hire 2,000 workers in Sunderland.")
    names = [e.name for e in ctx.entities.entities if e.actor == "JPNBUS"]
    assert names == ["Nissan Motor"]


def test_common_words_among_company_names_are_left_out(nlp):
    ctx = analyse(nlp, "Visa applications rose in May. Boots were sold out in the city.")
    assert not [e for e in ctx.entities.entities if (e.actor or "").endswith("BUS")]


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("The US trade deficit widened in May. The Commerce Department said imports rose.",
                 "Commerce Department", "USAGOV", id="department-named-without-country"),
    pytest.param("Britain's economy slowed. The Office for National Statistics said output fell.",
                 "Office for National Statistics", "GBRGOV", id="state-office-named-without-country"),
    pytest.param("Russia's oil output rose, the Interfax news agency reported.", "Interfax", "RUSMED",
                 id="news-agency"),
])
def test_domestic_bodies_and_outlets(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_a_department_of_a_company_is_no_ministry(nlp):
    ctx = analyse(nlp, "Germany's exports rose. Office Depot said its sales rose 4 pct.")
    assert by_name(ctx, "Office Depot").actor != "DEUGOV"


def test_company_people_by_with_and_participles(nlp):
    ctx = analyse(nlp, '"Rates will rise," said Adrian Hulme, currency strategist with HSBC in London. '
                       "The deal was hailed by Toyota's newly-appointed chief executive Takeo Ninomiya.")
    assert by_name(ctx, "Adrian Hulme").actor == "GBRBUS"
    assert by_name(ctx, "Takeo Ninomiya").actor == "JPNBUS"


def test_universities_and_their_schools(nlp):
    ctx = analyse(nlp, "Researchers at Oxford University and Professor Dana Bloor of Harvard School of Public "
                       "Health said the drug worked. Staff at the University of Leeds agreed.")
    assert by_name(ctx, "Oxford University").actor == "GBREDU"
    assert by_name(ctx, "Harvard School of Public Health").actor == "USAEDU"
    assert by_name(ctx, "Dana Bloor").actor == "USAEDU"
    assert by_name(ctx, "University of Leeds").actor == "GBREDU"  # the town's country, from the gazetteer


def test_a_department_takes_only_an_english_speaking_states_country(nlp):
    ctx = analyse(nlp, "Iran received the arms, the paper said. The Commerce Department said it licensed no sales.")
    assert by_name(ctx, "Commerce Department").actor != "IRNGOV"


def test_a_title_named_office_is_no_ministry(nlp):
    ctx = analyse(nlp, "Britain's TV hit Little Britain triumphed over The Office at the comedy awards.")
    assert all(e.actor != "GBRGOV" for e in ctx.entities.entities)


def test_a_company_title_without_a_company_serves_the_company_of_the_story(nlp):
    ctx = analyse(nlp, "Shares in Cairn Energy rose 5% after a find in India. Cairn said the well could hold gas. "
                       "However, chief executive Bill Gammon cautioned that more work was needed.")
    assert by_name(ctx, "Bill Gammon").actor == "GBRBUS"
    assert len([e for e in ctx.entities.entities if e.actor == "GBRBUS"]) == 2  # "Cairn" is Cairn Energy


def test_no_company_of_the_story_when_several_are_named_as_often(nlp):
    ctx = analyse(nlp, "Shell and BP said output fell. Chief executive Bill Gammon said prices would rise. "
                       "Shell and BP will meet in May.")
    assert by_name(ctx, "Bill Gammon").actor is None


def test_demonstrators_in_a_story_about_one_country_are_its_civilians(nlp):
    ctx = analyse(nlp, "Algeria faced a weekend of protests against gas prices. Demonstrators blocked roads.")
    assert by_name(ctx, "Demonstrators").actor == "DZACVL"
    ctx = analyse(nlp, "Protesters from Sudan and Chad clashed in Paris.")
    assert all(e.actor != "FRACVL" for e in ctx.entities.entities)


def test_the_town_after_a_company_gives_its_country(nlp):
    ctx = analyse(nlp, '"Prices will fall," said Brian Walker, sales director for Reed Drill Co in Houston. '
                       '"It is next to zero," said Atinc Ozan, analyst at Finans Investment in Istanbul.')
    assert by_name(ctx, "Reed Drill Co").actor == "USABUS"
    assert by_name(ctx, "Finans Investment").actor == "TURBUS"
    assert by_name(ctx, "Atinc Ozan").actor == "TURBUS"


def test_a_listed_companys_name_begins_its_group_companies(nlp):
    ctx = analyse(nlp, "LG Card said it needed capital. Hyundai Heavy Industries said profits rose. "
                       "The Ford Foundation gave $1m. Texaco Canada Inc raised prices.")
    assert by_name(ctx, "LG Card").actor == "KORBUS"
    assert by_name(ctx, "Hyundai Heavy Industries").actor == "KORBUS"
    assert by_name(ctx, "Ford Foundation").actor != "USABUS"  # a charity
    assert by_name(ctx, "Texaco Canada Inc").actor == "CANBUS"  # the group's Canadian company
