"""Actors, round 8: companies the dictionary does not know (legal forms, exchange codes, company
nouns), the people who work for them, and short names of companies (small texts of our own)."""

from __future__ import annotations

import pytest

from test_entities import analyse, by_name, surfaces


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("Tampere Paper Oy said on Friday it would close two mills.", "Tampere Paper Oy", "FINBUS",
                 id="finnish-legal-form"),
    pytest.param("Harbour Freight Ltd <HFRT.L> said its profits fell 12 pct in the year.", "Harbour Freight Ltd",
                 "GBRBUS", id="london-exchange-code"),
    pytest.param("Koala Mining Ltd <KOAL.S> said its chairman would retire. Australia's mining output rose.",
                 "Koala Mining Ltd", "AUSBUS", id="ambiguous-suffix-takes-the-named-country"),
    pytest.param("Swedish carmaker Volvagen reported a loss for the third quarter.", "Volvagen", "SWEBUS",
                 id="company-noun-and-demonym"),
])
def test_company_codes_from_how_news_write_them(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_reuters_angle_brackets_are_not_part_of_the_name_and_define_acronyms(nlp):
    text = ("The offer came from <Kestrel Holdings Ltd> (KHL), the bank said. KHL already owns 10 pct "
            "of the group, it said.")
    ctx = analyse(nlp, text)
    ent = by_name(ctx, "Kestrel Holdings Ltd")
    assert "KHL" in surfaces(ctx, ent)


def test_short_name_of_a_company_is_the_company(nlp):
    text = ("Brambley Ltd said it would bid for the port operator. A spokesman said Brambley had "
            "enough cash for the bid.")
    ctx = analyse(nlp, text)
    ent = by_name(ctx, "Brambley Ltd")
    assert surfaces(ctx, ent).count("Brambley") == 1


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("Harbour Freight Ltd <HFRT.L> cut its dividend, Harbour Freight chairman John Weller said.",
                 "John Weller", "GBRBUS", id="title-after-company-name"),
    pytest.param("Tampere Paper Oy will close a mill, said Matti Koskinen, managing director of Tampere Paper Oy.",
                 "Matti Koskinen", "FINBUS", id="title-of-company-in-appositive"),
    pytest.param("Anna Berg, an analyst at Tampere Paper Oy, said demand was weak.",
                 "Anna Berg", "FINBUS", id="analyst-at-company"),
    pytest.param("Fresh funds came from Peter Okoye, a Nigerian financier, who said the deal was done.",
                 "Peter Okoye", "NGABUS", id="financier-with-demonym"),
])
def test_people_take_the_code_of_the_company_they_work_for(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_person_whose_surname_names_a_company_runs_it(nlp):
    text = ("Victor Dalgaard, a Danish entrepreneur, said the Dalgaard Group would bid for the airline. "
            "Dalgaard Group shares rose 5%.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Victor Dalgaard").actor == "DNKBUS"
    assert by_name(ctx, "Dalgaard Group").actor == "DNKBUS"


def test_company_noun_before_a_name_tagged_as_a_place_makes_a_company(nlp):
    text = "Danish brewer Carlsberg suffered a 3% fall in profits due to waning demand."
    ctx = analyse(nlp, text)
    ent = by_name(ctx, "Carlsberg")
    assert (ent.type, ent.actor) == ("ORG", "DNKBUS")


def test_list_of_countries_tagged_as_one_name_is_split(nlp):
    text = "The miner has large operations in Peru, the Czech Republic, South Africa and Canada."
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Czech Republic").actor == "CZE"
    assert by_name(ctx, "South Africa").actor == "ZAF"


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("The Bank of Uganda raised its key lending rate on Monday.", "Bank of Uganda", "UGAGOV",
                 id="bank-of-country-is-central-bank"),
    pytest.param("The Bank of China raised its lending rate on Monday.", "Bank of China", "CHNBUS",
                 id="listed-commercial-bank-of-country"),
    pytest.param("Clinton Administration officials said the textile bill would be vetoed.",
                 "Clinton Administration", "USAGOV", id="leader-administration"),
    pytest.param("Emperor holds 22 pct of Australia's <Nullarbor Holdings Ltd>, it said.",
                 "Nullarbor Holdings Ltd", "AUSBUS", id="possessive-country-before-angle-bracket"),
    pytest.param("The fund was set up by New York investment house <Halloran Brothers>, it said.",
                 "Halloran Brothers", "USABUS", id="company-noun-before-angle-bracket"),
    pytest.param("David Moss, founder of the Simon Wiesenthal Center, said the photographs were shameful.",
                 "David Moss", "USANGO", id="founder-of-known-ngo"),
])
def test_bodies_and_companies_by_name(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_multinational_body_takes_no_country_of_the_article(nlp):
    text = ("A row over cheese names has reached the European Dairy Court. Greece says only Greek "
            "producers may use the name, and the Greek government will defend it. Greece exports cheese.")
    ctx = analyse(nlp, text)
    ent = by_name(ctx, "European Dairy Court")
    assert not (ent.actor or "").startswith("GRC")


def test_charity_named_by_its_form_and_the_people_who_speak_for_it(nlp):
    text = "Dr Anne Wills, of the Irish Kidney Foundation, said waiting lists had doubled since 2001."
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Irish Kidney Foundation").actor == "IRLNGO"
    assert by_name(ctx, "Anne Wills").actor == "IRLNGO"


def test_company_spokesman_is_the_company_and_a_title_word_inside_a_company_name_stays(nlp):
    text = ("Harlow Group Plc <HRLW.L> sold its stake, a Harlow spokesman said. First Executive Corp "
            "said its unit would be sold.")
    ctx = analyse(nlp, text)
    company = by_name(ctx, "Harlow Group Plc")
    assert "Harlow spokesman" in surfaces(ctx, company)
    assert by_name(ctx, "First Executive Corp").type == "ORG"


@pytest.mark.parametrize(("text", "name", "short"), [
    pytest.param("Analysts at Bramwell Kleinwort Hessel (BrKH) said prices fell. BrKH said the cuts were early.",
                 "Bramwell Kleinwort Hessel", "BrKH", id="mixed-case-acronym"),
    pytest.param("Harvey & Nichols said sales rose 4%, and H&N shares rose.", "Harvey & Nichols", "H&N",
                 id="ampersand-acronym"),
])
def test_abbreviations_of_company_names_join_them(nlp, text, name, short):
    ctx = analyse(nlp, text)
    assert short in surfaces(ctx, by_name(ctx, name))


def test_listed_company_found_under_its_legal_form(nlp):
    ctx = analyse(nlp, "Deutsche Bank AG said it would buy the unit for 300 mln marks.")
    assert by_name(ctx, "Deutsche Bank AG").actor == "DEUBUS"  # named as the article writes it (round 9)


def _analyse_titled(nlp, title: str, text: str):
    from test_entities import _DEFAULT
    from wirecoder.clean import CleanArticle
    from wirecoder.extract.base import ArticleContext
    from wirecoder.extract.entities import extract_entities

    ctx = ArticleContext(article=CleanArticle(id="t", text=text, title=title), doc=nlp(text), resources=_DEFAULT)
    ctx.entities = extract_entities(ctx)
    return ctx


def test_headline_country_decides_which_country_a_story_is_about(nlp):
    text = ("China's exports rose 35% last year, while the United States bought more Chinese goods. "
            "According to the Ministry of Commerce, imports also rose. The US trade deficit with China "
            "widened, US officials said.")
    assert by_name(_analyse_titled(nlp, "Chinese exports rise 35%", text), "Ministry of Commerce").actor == "CHNGOV"
    assert by_name(_analyse_titled(nlp, "Trade gap widens", text), "Ministry of Commerce").actor is None


def test_president_of_a_company_is_no_official(nlp):
    text = ("The Philippine stock market rose 3% on Monday. Manila traders were cheerful. Philippine "
            "officials said reforms worked. Carlos Tan, president of Luzon Securities, said prices would rise.")
    assert by_name(analyse(nlp, text), "Carlos Tan").actor in (None, "PHLBUS")


def test_whole_angle_bracket_is_one_company(nlp):
    text = "Its stake in Canada's <Osborne and Chappel Goldfields Ltd> will be sold, Merrill Lynch and Co <MER> said."
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Osborne and Chappel Goldfields Ltd").actor == "CANBUS"
    assert all(e.name != "MER" for e in ctx.entities.entities)  # a ticker is no company name


def test_country_named_by_its_demonym_keeps_the_country_name_and_royals_their_title(nlp):
    text = "Mark Dlamini, a South African banker, said Prince Harry would visit Cape Town."
    ctx = analyse(nlp, text)
    assert by_name(ctx, "South Africa").actor == "ZAF"
    assert by_name(ctx, "Prince Harry").type == "PERSON"


def test_titled_surname_is_also_a_mention_of_the_bare_name(nlp):
    text = "Mikhail Petrov founded the bank. Mr Petrov is now in prison."
    ctx = analyse(nlp, text)
    forms = surfaces(ctx, by_name(ctx, "Mikhail Petrov"))
    assert "Mr Petrov" in forms and "Petrov" in forms


def test_name_after_a_one_word_title_is_also_listed_with_it(nlp):
    text = "Ronald Reagan spoke on Monday. Later, President Reagan said he would veto the bill."
    ctx = analyse(nlp, text)
    forms = surfaces(ctx, by_name(ctx, "Ronald Reagan"))
    assert "President Reagan" in forms and "Reagan" in forms


def test_the_head_word_of_an_organisation_named_before_refers_to_it(nlp):
    text = ("The World Bank said Indonesia should cut rice subsidies. The Bank called for reforms of "
            "the farm sector, and the Fund agreed.")
    ctx = analyse(nlp, text)
    assert "Bank" in surfaces(ctx, by_name(ctx, "World Bank"))


@pytest.mark.parametrize(("text", "name", "actor"), [
    pytest.param("But Ian Hollis, of advisers <Barrow Australia Ltd>, told Reuters the offer was fair.",
                 "Ian Hollis", "AUSBUS", id="of-common-noun-then-bracketed-company"),
    pytest.param("The plant will be run by the UK-registered Kestrel Engineering Company, it said.",
                 "Kestrel Engineering Company", "GBRBUS", id="country-registered-before-company"),
])
def test_people_and_companies_placed_by_the_words_around_them(nlp, text, name, actor):
    ctx = analyse(nlp, text)
    assert by_name(ctx, name).actor == actor


def test_acronym_of_a_company_name_without_its_form_word(nlp):
    text = ("The pipeline will be built by the Tirana Kestrel Oil Corporation (TKO). Work will begin in "
            "2005, TKO said.")
    ctx = analyse(nlp, text)
    assert "TKO" in surfaces(ctx, by_name(ctx, "Tirana Kestrel Oil Corporation"))
