"""People's codes, round 15: a courtesy title before a surname the model tags as an organisation ("Lord Butler")
makes a person; a title of no sector of its own (boss, chairman) before a two-word name makes a person too
("WorldCom boss Bernie Ebbers" tagged ORG); a firm's former head stays of business ("Former WorldCom boss"),
a former state official is an elite of the country the story is about; the head of the civil service is a
state title."""

from __future__ import annotations

from test_entities import analyse, by_name


def test_a_lord_whose_surname_is_tagged_as_an_organisation_is_a_person(nlp):
    ctx = analyse(nlp, "Army chief Lord Butler spoke in Britain.")
    butler = by_name(ctx, "Lord Butler")
    assert butler.type == "PERSON" and butler.actor == "GBRMIL"


def test_a_sectorless_title_before_a_two_word_name_makes_a_person(nlp):
    ctx = analyse(nlp, "WorldCom boss Bernie Ebbers was involved in the fraud.")
    ebbers = by_name(ctx, "Bernie Ebbers")
    assert ebbers.type == "PERSON" and ebbers.actor == "USABUS"


def test_a_firms_former_head_stays_of_business(nlp):
    ctx = analyse(nlp, "Former WorldCom boss Bernie Ebbers was directly involved in the fraud at the firm. "
                       "Mr Ebbers denied the charges.")
    assert by_name(ctx, "Bernie Ebbers").actor == "USABUS"
    ctx = analyse(nlp, "Former Enron chairman Kenneth Lay was charged.")
    assert by_name(ctx, "Kenneth Lay").actor == "USABUS"


def test_a_former_official_is_an_elite_of_the_storys_country(nlp):
    ctx = analyse(nlp, "Former civil service chief Lord Butler has criticised the way Tony Blair's government "
                       "operates in Britain.")
    butler = by_name(ctx, "Lord Butler")
    assert butler.actor == "GBRELI" and "Former civil service chief" in butler.roles


def test_an_organisation_with_a_title_word_inside_its_name_is_kept_whole(nlp):
    ctx = analyse(nlp, "The Association of Chief Police Officers issued guidelines in Britain.")
    assert by_name(ctx, "Association of Chief Police Officers").actor == "GBRCOP"


HAUGHEY = ("Charles Haughey, leader of the Irish party Fianna Fail, said he would seek advice on the debt.\n\n"
           "He criticized the attitude of the outgoing Irish government in recent currency realignments.")


def _haughey(pipeline, published):
    record = pipeline.extract(text=HAUGHEY, published=published)
    return next(e for e in record.entities if e.name == "Charles Haughey"), record


def test_a_listed_official_out_of_office_on_the_day_is_not_coded_as_in_office(pipeline):
    # between his terms as prime minister (1982 and March 10, 1987): not the government; the party the text
    # names him the leader of (Fianna Fail, IRLPTY) rather than the office the dictionary knows him for
    haughey, record = _haughey(pipeline, "1987-03-03")
    assert haughey.actor == "IRLPTY"
    assert any(e.code.startswith("11") and e.source == "IRLPTY" and e.target == "IRLGOV" for e in record.events)


def test_a_listed_official_in_office_on_the_day_keeps_the_code(pipeline):
    haughey, _record = _haughey(pipeline, "1989-03-03")
    assert haughey.actor == "IRLGOV"


def test_a_state_title_in_the_text_wins_over_the_dated_table(pipeline):
    record = pipeline.extract(text="Prime Minister Charles Haughey criticized the opposition.", published="1987-03-03")
    assert next(e for e in record.entities if e.name == "Charles Haughey").actor == "IRLGOV"


WEDTECH = ("Stanley Simon was charged in a corruption probe involving two Congressmen, a former aide to President "
           "Reagan and other government officials. Law enforcement sources say two Bronx congressmen, Mario Biaggi "
           "and Robert Garcia, are under investigation. A special federal prosecutor will determine whether former "
           "Reagan aide Lyn Nofziger acted improperly.")


def test_former_before_a_name_that_modifies_a_title_is_the_titles(pipeline):
    record = pipeline.extract(text=WEDTECH, published="1987-06-03")
    codes = {e.name: e.actor for e in record.entities}
    assert codes["Ronald Reagan"] == "USAGOV"  # "former Reagan aide" is a former aide, not a former president
    assert codes["Lyn Nofziger"] == "USAELI"


def test_each_member_named_after_a_plural_title_holds_it(pipeline):
    record = pipeline.extract(text=WEDTECH, published="1987-06-03")
    codes = {e.name: e.actor for e in record.entities}
    assert codes["Robert Garcia"] == "USALEG"


def test_a_title_held_or_left_as_is_the_persons(nlp):
    ctx = analyse(nlp, "John Smith, who served as finance minister of Kenya, spoke.")
    assert by_name(ctx, "John Smith").actor == "KENGOV"
    ctx = analyse(nlp, "David Blunkett - who has resigned as home secretary - spoke in Britain.")
    blunkett = by_name(ctx, "David Blunkett")
    assert blunkett.actor == "GBRELI" and "former home secretary" in blunkett.roles


def test_a_party_word_the_model_tagged_into_a_persons_name_is_split_off(nlp):
    ctx = analyse(nlp, "But the all-party group, including Tories Ken Clarke and Sir George Young, is confident in "
                       "Britain.")
    assert by_name(ctx, "Ken Clarke").type == "PERSON"
    assert by_name(ctx, "Tories").actor == "GBRPTY"


def test_a_list_of_known_bodies_tagged_as_one_name_is_split(nlp):
    ctx = analyse(nlp, "The cap would apply to elections to the House of Commons, European Parliament and local "
                       "councils in Britain.")
    assert by_name(ctx, "House of Commons").actor == "GBRLEG"
    assert by_name(ctx, "European Parliament").actor == "IGOEUREEC"
