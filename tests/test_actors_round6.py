"""Actors, round 6: well-known people keep their own country, titled people of the article's
country, organisations without a country in their name (small texts of our own)."""

from __future__ import annotations

import pytest

from test_entities import analyse, by_name, entity_of_word


def test_known_person_keeps_own_country_when_conjoined_with_a_foreigner(nlp):
    text = ("He said the plan was discussed at a meeting between the head of the CIA William Casey "
            "and Thatcher in 1986. Prime Minister Margaret Thatcher denied it.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Margaret Thatcher").actor == "GBRGOV"
    assert by_name(ctx, "William Casey").country == "USA"


def test_state_title_without_country_takes_the_country_the_article_is_about(nlp):
    text = ("Canada will press for a deal on acid rain, Canadian officials said on Monday. "
            "Foreign Secretary Pierre Lavallee met officials in Washington on Tuesday. "
            "Canada is seeking evidence that the United States will act.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Pierre Lavallee").actor == "CANGOV"


def test_state_body_without_country_takes_the_country_the_article_is_about(nlp):
    text = ("China's oil imports rose sharply last year, Chinese officials said. According to the "
            "Ministry of Commerce, imports will grow again. China has also bought oil from Venezuela.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Ministry of Commerce").actor == "CHNGOV"


def test_titled_person_in_a_story_about_two_countries_gets_no_guess(nlp):
    text = ("Japan and the United States failed to settle their trade row. Japan warned the United States "
            "of retaliation. Trade Minister Hiroshi Tanabe said talks would go on.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Hiroshi Tanabe").actor is None


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("Michael Ancram, the shadow foreign secretary, said the ban should stay.",
                 "Michael Ancram", "GBROPP", id="shadow-title-is-opposition"),
    pytest.param("Tory shadow chancellor Peter Wainwright attacked the budget in the Commons.",
                 "Peter Wainwright", "GBROPP", id="shadow-chancellor"),
    pytest.param("Labour foreign affairs spokesman Ian Fairlie told parliament the report was damning.",
                 "Ian Fairlie", "GBRPTY", id="party-spokesman-with-portfolio-words-between"),
])
def test_party_and_shadow_titles(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_organisation_named_without_country_is_the_one_named_with_it(nlp):
    text = ("She praised the Supreme Court for overruling the White House. Britain's lawyers agreed. "
            "She said the decision by the US Supreme Court was a victory for human rights.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Supreme Court").actor == "USAJUD"


@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("Mr Howard told the Conservative conference in Britain that taxes would fall.", "GBROPP",
                 id="the-one-of-a-country-the-story-names"),
    pytest.param("Mr Howard said Australia would keep its troops in Iraq.", "AUSGOV", id="the-other-one"),
    pytest.param("Mr Howard said the talks in Geneva had been useful.", "AUSGOV", id="else-the-one-listed-first"),
])
def test_surname_shared_by_two_well_known_people(nlp, text, actor):
    ctx = analyse(nlp, text)
    assert entity_of_word(ctx, "Howard").actor == actor


def test_companies_of_the_dictionary_and_their_written_names(nlp):
    text = ("Turkcell's stake in Irancell should be cut, MPs said. The head of the state-owned gas "
            "company Naftohaz said he was happy with the deal.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Turkcell").actor == "TURBUS"
    assert by_name(ctx, "Irancell").actor == "IRNBUS"
    assert by_name(ctx, "Naftohaz").actor == "UKRBUS"  # the dictionary's Naftogaz, named as written


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param('Brad Adams, from Human Rights Watch, said: "This is a huge signal."', "Brad Adams", "NGOHRW",
                 id="from-a-rights-group"),
    pytest.param("Peter Walton of the World Bank said the loan would be paid in June.", "Peter Walton", "IGOWBK",
                 id="of-an-international-body"),
    pytest.param("Sarah Lund of Gazprom said supplies would resume.", "Sarah Lund", "RUSBUS", id="of-a-company"),
])
def test_person_named_with_the_body_they_come_from(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


@pytest.mark.parametrize(("text", "word", "actor"), [
    pytest.param("The missiles were meant for Nicaraguan Contra rebels fighting the government.", "Contra",
                 "NICREB", id="contras"),
    pytest.param("Nakasone faces pressure from within the ruling Liberal Democratic Party over the tax.",
                 "Liberal", "JPNPTY", id="japan-ldp"),
])
def test_parties_and_armed_movements(nlp, text, word, actor):
    ctx = analyse(nlp, text)
    assert entity_of_word(ctx, word).actor == actor


def test_title_of_another_country_does_not_refer_back_to_a_known_minister(nlp):
    text = ("Saudi Arabian Oil Minister Hisham Nazer said the kingdom would keep to the accord. "
            "In Jamaica, OPEC President Rilwanu Lukman, who is also Nigerian Oil Minister, said the "
            "group would stick with the agreement.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Hisham Nazer").actor == "SAUGOV"


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("The head of the Ukrainian state-owned Naftohaz company, Yury Boyko, said he was happy.",
                 "Yury Boyko", "UKRBUS", id="head-of-a-company-named-inside-the-phrase"),
    pytest.param("The talks were held between North and the head of the CIA, Mark Dolan, in 1986.",
                 "Mark Dolan", "USASPY", id="head-of-an-agency"),
])
def test_head_of_a_body_in_apposition(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_a_country_title_in_the_text_wins_over_an_international_post_in_the_dictionary(nlp):
    ctx = analyse(nlp, "French Finance Minister Christine Lagarde said France should balance its budget.")
    assert by_name(ctx, "Christine Lagarde").actor == "FRAGOV"
    ctx = analyse(nlp, "IMF chief Christine Lagarde said growth would slow.")
    assert by_name(ctx, "Christine Lagarde").actor == "IGOIMF"


def test_surname_that_is_also_a_first_name_needs_the_persons_country(nlp):
    ctx = analyse(nlp, "Mr Thomas, the Wales captain, said the team would recover. Wales play England next.")
    assert entity_of_word(ctx, "Thomas").name != "Clarence Thomas"


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("Liberal Democrat leader Charles Kennedy said the war was illegal.", "Charles Kennedy", "GBROPP",
                 id="generic-title-keeps-the-dictionary-sector"),
    pytest.param("Tory leader Michael Howard has written to Tony Blair.", "Michael Howard", "GBROPP",
                 id="own-party-keeps-the-dictionary-code"),
    pytest.param("Shadow home secretary David Davis said the plan was unworkable.", "David Davis", "GBROPP",
                 id="specific-title-gives-the-sector"),
])
def test_dictionary_person_with_generic_and_specific_titles(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor
