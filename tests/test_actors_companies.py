"""Companies and state enterprises get their country and BUS (data/actors/companies.tsv)."""
from __future__ import annotations

from test_entities import analyse, entity_of_word
from wirecoder.actors import build_dictionary


def test_company_table_codes_state_firms_and_aliases():
    d = build_dictionary()
    assert d.lookup("Gazprom").code == "RUSBUS"
    assert d.lookup("ONGC").name == "Oil and Natural Gas Corporation"
    assert d.lookup("BAE").code == "GBRBUS"
    # institutions keep their own entries: a company row never overrides them
    assert d.lookup("Reuters").code == "GBRMED"
    assert d.lookup("Emirates").kind == "country"


def test_companies_in_a_story_get_their_own_country(nlp):
    ctx = analyse(nlp, "Russia's Gazprom and India's Oil and Natural Gas Corporation (ONGC) signed a gas deal "
                       "on Friday, while Yukos said Rosneft had bought its main unit.")
    for word, code in (("Gazprom", "RUSBUS"), ("Oil", "INDBUS"), ("Yukos", "RUSBUS"), ("Rosneft", "RUSBUS")):
        assert entity_of_word(ctx, word).actor == code, word


def test_multinational_european_firms_take_eur(nlp):
    ctx = analyse(nlp, "Boeing accused Airbus of taking illegal subsidies, and EADS and BAE Systems, which "
                       "own the planemaker, denied it. UPS ordered ten jets.")
    assert entity_of_word(ctx, "Boeing").actor == "USABUS"
    airbus = entity_of_word(ctx, "Airbus")
    assert airbus.actor == "EURBUS" and airbus.country is None  # a region root: the record's country is ISO
    assert entity_of_word(ctx, "EADS").actor == "EURBUS"
    assert entity_of_word(ctx, "BAE").actor == "GBRBUS"
    assert entity_of_word(ctx, "UPS").actor == "USABUS"


def test_acronyms_written_as_names_are_found_and_named_as_news_does(nlp):
    ctx = analyse(nlp, "The decision could undermine Nato, the minister said, and Opec will meet in Vienna.")
    nato = entity_of_word(ctx, "Nato")
    assert nato.actor == "IGOWSTNAT" and nato.name == "NATO"
    assert entity_of_word(ctx, "Opec").actor == "IGOOPC"


def test_lower_case_words_are_not_companies(nlp):
    ctx = analyse(nlp, "The ups and downs of the market worried total strangers in the shell of the city.")
    assert not any((e.actor or "").endswith("BUS") for e in ctx.entities.entities)


def test_a_body_is_named_by_the_full_name_the_article_writes(nlp):
    ctx = analyse(nlp, "Britain would coordinate action with its European Community partners, and the "
                       "International Trade and Industry Ministry said it would reply.")
    ec = entity_of_word(ctx, "Community")
    assert ec.name == "European Community" and ec.actor == "IGOEUREEC"
    assert entity_of_word(ctx, "Ministry").actor == "JPNGOV"


def test_a_title_held_in_a_known_company_codes_the_person_with_it(nlp):
    ctx = analyse(nlp, "The deal was signed during a meeting between Gazprom chairman Aleksey Miller and "
                       "Toyota president Akio Toyoda in Moscow.")
    assert entity_of_word(ctx, "Miller").actor == "RUSBUS"
    assert entity_of_word(ctx, "Toyoda").actor == "JPNBUS"  # a company's president, not a head of state
    ctx = analyse(nlp, "Serbian Labour Minister Dragan Milic said the plan was ready.")
    assert entity_of_word(ctx, "Milic").actor == "SRBGOV"
