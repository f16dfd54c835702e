"""Actors from roles: titles in apposition, diplomatic and civil-service titles, premodifier chains
(country + international body + title, country + trade + firm), acronyms defined in brackets, and
British spellings of organisations' names (small texts of our own)."""

from __future__ import annotations

import pytest

from test_entities import analyse, entity_of_word
from wirecoder.actors import spelling_variants


def _names(ctx) -> list[str]:
    return [e.name for e in ctx.entities.entities]


def test_name_in_apposition_to_a_title_takes_its_country(nlp):
    ctx = analyse(nlp, "The Turkish finance minister, Kemal Unakitan, told reporters the deal was close.")
    assert entity_of_word(ctx, "Unakitan").actor == "TURGOV"
    assert entity_of_word(ctx, "minister") is entity_of_word(ctx, "Unakitan")  # the title is a mention
    ctx = analyse(nlp, "President Mubarak's spokesman, Suleiman Awad, said the summit would go ahead.")
    assert entity_of_word(ctx, "Awad").actor == "EGYGOV"
    # the title is the person's, not an entity of its own
    assert not any("spokesman" in n for n in _names(ctx))


def test_title_of_a_ministry_before_a_name(nlp):
    ctx = analyse(nlp, "He met the spokesman of the Egyptian Foreign Ministry, Ahmed Maher, in Cairo.")
    assert entity_of_word(ctx, "Maher").actor == "EGYGOV"
    assert not any(n.startswith("spokesman") for n in _names(ctx))


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        # diplomatic and civil-service titles
        ("Syrian Charge d'Affaires Ahmed Arnous was summoned on Tuesday.", "Arnous", "SYRGOV"),
        ("Saudi Deputy Undersecretary Nizar Madani said the kingdom was ready to talk.", "Madani", "SAUGOV"),
        # an international body and a portfolio before a title; a country before the body: its own man there
        ("EU farm commissioner Franz Fischler said the reform would go ahead.", "Fischler", "IGOEUREEC"),
        ("Iraqi U.N. ambassador Ismat Kittani said the council had failed.", "Kittani", "IRQGOV"),
        ("U.N. ambassador Ismat Kittani said the council had failed.", "Kittani", "IGOUNO"),
        # the line of business between a country and a firm
        ("Struggling Brazilian steel firm Acominas cut 2,000 jobs on Monday.", "Acominas", "BRABUS"),
        # a known body before a title gives its country
        ("State Department spokesman Phyllis Oakley told reporters the talks would go on.", "Oakley", "USAGOV"),
        # apposition the parser missed: the closing comma left out (two subjects of one verb), or the name
        # hung on another name ("TITLE of the BODY, NAME" read from the words)
        ("President Mubarak's spokesman, Suleiman Awad told reporters the summit would go ahead.", "Awad", "EGYGOV"),
        ("Taking part were Ambassador Li Luye, and the spokesman of the Egyptian Foreign Ministry, Ahmed Maher.",
         "Maher", "EGYGOV"),
        # the nearest title in apposition
        ("Egypt's ambassador to Washington, Nabil Fahmy, said the talks went well.", "Fahmy", "EGYGOV"),
        ("Taking part in the talks were China's U.N. Representative, Ambassador Li Luye, and the director-general "
         "of the Israeli Foreign Ministry, Abraham Tamir.", "Tamir", "ISRGOV"),
    ],
)
def test_actor_of_a_titled_person(nlp, text, word, actor):
    assert entity_of_word(analyse(nlp, text), word).actor == actor


def test_acronym_defined_in_brackets_is_the_same_body(nlp):
    ctx = analyse(nlp, "The National Union of Mineworkers (NUM) called a strike. Police said the NUM had "
                       "broken the law.")
    union = entity_of_word(ctx, "Mineworkers")
    assert entity_of_word(ctx, "NUM", 1) is union
    ctx = analyse(nlp, "The Palestinian Authority (PA) condemned the attack. Israel shared information "
                       "with the PA.")
    assert entity_of_word(ctx, "PA", 1) is entity_of_word(ctx, "Authority")
    assert entity_of_word(ctx, "PA", 1).actor == "PSEGOV"


def test_british_spelling_of_an_organisation(nlp):
    assert "World Health Organisation" in spelling_variants(["World Health Organization"])
    ctx = analyse(nlp, "The World Health Organisation said cases were rising in the region.")
    who = entity_of_word(ctx, "Organisation")
    assert who.actor == "IGOUNOWHO"
    assert who.name == "World Health Organisation"  # named as the article spells it


def test_a_country_title_then_a_titled_name_is_one_person(nlp):
    ctx = analyse(nlp, "Attending were Egypt's U.N. Representative, Ambassador Amre Moussa, and two aides.")
    assert entity_of_word(ctx, "Moussa").actor == "EGYGOV"
    assert not any("Representative" in n for n in _names(ctx))


def test_undotted_initials_of_a_known_person(nlp):
    ctx = analyse(nlp, "Mr Kennedy spoke after the re-election of George W Bush.")
    assert entity_of_word(ctx, "Bush").actor == "USAGOV"


def test_ex_party_member_keeps_his_seat(nlp):
    ctx = analyse(nlp, "Ex-Labour MP Bob Wareing spoke in London. Former Labour MP Tony Banks agreed.")
    assert entity_of_word(ctx, "Wareing").actor == "GBRLEG"  # out of the party, still an MP
    assert entity_of_word(ctx, "Banks").actor == "GBRELI"  # a former MP


def test_arabic_surname_without_its_article(nlp):
    ctx = analyse(nlp, "The envoy met Foreign Undersecretary Suleiman Majed al-Shaheen on Monday. Shaheen "
                       "condemned the detentions.")
    assert entity_of_word(ctx, "Shaheen") is entity_of_word(ctx, "Suleiman")


def test_name_tagged_with_its_bracketed_acronym(nlp):
    ctx = analyse(nlp, "Using the methodology of the International Labour Organisation (ILO), Germany had "
                       "3.97 million people out of work. The ILO said it was worried.")
    ilo = entity_of_word(ctx, "Organisation")
    assert ilo.actor == "IGOUNOILO" and ilo.name == "International Labour Organisation"
    assert entity_of_word(ctx, "ILO", 1) is ilo
