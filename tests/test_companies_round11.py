"""Companies round 11: a firm's or news outlet's code from the descriptor written with its name, and the
article's country for firms the text places nowhere (extract/companies.py, data/actors/company_nouns.tsv)."""
from __future__ import annotations

from test_entities import analyse, entity_of_word


def test_demonym_and_business_noun_before_an_unknown_name(nlp):
    ctx = analyse(nlp, "Norwegian fertiliser maker Yarvik signed a supply deal with Kenya on Monday. "
                       "Brussels-based carrier Belvia Airlines ordered ten jets.")
    assert entity_of_word(ctx, "Yarvik").actor == "NORBUS"
    assert entity_of_word(ctx, "Belvia").actor == "BELBUS"  # a capital's country


def test_apposition_after_the_name_and_country_after_of(nlp):
    ctx = analyse(nlp, "Kolberg, the Dutch chemicals group, said it would cut 500 jobs. Motoharu Heavy "
                       "Industries of Japan won the order for the bridge.")
    assert entity_of_word(ctx, "Kolberg").actor == "NLDBUS"
    assert entity_of_word(ctx, "Motoharu").actor == "JPNBUS"


def test_a_weak_head_needs_a_line_of_business(nlp):
    ctx = analyse(nlp, "Kurdish group Havrek said on Sunday it had attacked a Turkish army post. Turkey "
                       "denied it. Turkish mining concern Petrovan said output fell.")
    assert entity_of_word(ctx, "Havrek").actor != "KURBUS" and "BUS" not in (entity_of_word(ctx, "Havrek").actor or "")
    assert entity_of_word(ctx, "Petrovan").actor == "TURBUS"


def test_an_aircraft_carrier_is_no_firm_but_a_shipping_company_is(nlp):
    ctx = analyse(nlp, "The aircraft carrier Vandora sailed from Japan to Japan's southern port. Xandros, a "
                       "Greek shipping company, ordered ten ships.")
    assert "BUS" not in (entity_of_word(ctx, "Vandora").actor or "")
    assert entity_of_word(ctx, "Xandros").type == "ORG"


def test_unplaced_firm_takes_the_country_the_story_is_about(nlp):
    ctx = analyse(nlp, "Six UK greyhound tracks have been put up for sale by gaming group Wembley. The UK "
                       "tracks include Belle Vue in Manchester, where British punters bet on races. Wembley "
                       "said the sale would raise money, and a US firm may bid for the UK business.")
    assert entity_of_word(ctx, "Wembley").actor == "GBRBUS"


def test_newspapers_by_descriptor_and_by_name(nlp):
    ctx = analyse(nlp, "Mr Galloway, a British MP, said he would sue the Herald newspaper in Britain. The "
                       "Telegraph said the minister was wrong. Britain's government declined to comment.")
    assert entity_of_word(ctx, "Herald").actor == "GBRMED"
    assert entity_of_word(ctx, "Telegraph").actor == "GBRMED"


def test_company_acronym_of_its_initials_is_the_company(nlp):
    ctx = analyse(nlp, "Lockheed Martin signed a deal with Korvin Tasman Mining Ltd on Monday. KTM said it would "
                       "build the wings.")
    ktm = entity_of_word(ctx, "KTM")
    assert ktm is entity_of_word(ctx, "Korvin")


def test_firm_placed_by_its_own_country_does_not_place_the_others(nlp):
    ctx = analyse(nlp, "Australian mining concern Brenmar said it would bid for Monier Ltd despite a counter-bid "
                       "from New Zealand's Equiticorp Tasman Ltd. Monier said the offer was too low.")
    assert entity_of_word(ctx, "Equiticorp").actor == "NZLBUS"
    assert entity_of_word(ctx, "Brenmar").actor == "AUSBUS"
    assert entity_of_word(ctx, "Monier").actor != "NZLBUS"


def test_national_papers_and_agencies_of_the_media_table():
    from wirecoder.actors import build_dictionary

    d = build_dictionary()
    assert d.lookup("Evening Standard").code == "GBRMED"
    assert d.lookup("Australian Financial Review").code == "AUSMED"
    assert d.lookup("El Watan").code == "DZAMED"
    assert d.lookup("Folha de Sao Paulo").code == "BRAMED"


def test_bare_reuters_code_is_a_new_york_listing_and_the_country_s_firm_is_the_story_s(nlp):
    ctx = analyse(nlp, "Japan may impose tariffs on paper imports, traders in Tokyo said. Japanese mills "
                       "rose, and in New York Halvern Paper Corp <HVP> fell 3-1/2 to 69.")
    assert entity_of_word(ctx, "Halvern").actor == "USABUS"
    ctx = analyse(nlp, "South Korean prosecutors charged the chief executive of Pan Orient Shipping Company, "
                       "the country's largest shipping firm, with fraud. The men bought U.S. real estate "
                       "and U.S. shares in the U.S.")
    assert entity_of_word(ctx, "Orient").actor == "KORBUS"


def test_paper_short_name_and_papers_of_a_story_that_names_no_country(nlp):
    ctx = analyse(nlp, "The Daily Telegraph said it had seen the papers. Later the Telegraph was sued for libel "
                       "by Mr Galloway. The Sun said the Labour MP was wrong, and Tony Blair and Gordon Brown "
                       "agreed with the Tories.")
    assert entity_of_word(ctx, "Telegraph", 1) is entity_of_word(ctx, "Daily")
    assert entity_of_word(ctx, "Sun").actor == "GBRMED"


def test_firm_tagged_as_a_person_by_its_descriptor(nlp):
    ctx = analyse(nlp, "A conflict between the Argentine State and water firm Aguas Patagonicas, controlled by "
                       "France's Suez, is casting doubt on the firm's future. Argentina's government wants "
                       "more investment, Argentine officials said.")
    assert entity_of_word(ctx, "Patagonicas").actor == "ARGBUS"


def test_fronted_descriptor_affiliate_and_exchanges(nlp):
    ctx = analyse(nlp, "Airbus sold ten planes to a new Indian budget airline. The airline, JetVista, will also "
                       "have the option to buy more. Indian officials welcomed the deal in India.")
    assert entity_of_word(ctx, "JetVista").actor == "INDBUS"
    ctx = analyse(nlp, "Novartis also bought 60% of Hexal's US affiliate Eonix Labs.")
    assert entity_of_word(ctx, "Eonix").actor == "USABUS"
    ctx = analyse(nlp, "Shares fell on the Lisbon Stock Exchange on Monday.")
    assert entity_of_word(ctx, "Lisbon").actor == "PRTBUS"


def test_a_story_naming_britain_twice_but_about_us_firms_is_no_british_story(nlp):
    ctx = analyse(nlp, "Yahoo has refocused on search after the success of Google, Microsoft and Apple, and "
                       "Yahoo and Google now compete with Microsoft and Amazon. The UK market grew, and UK users "
                       "spent more, said Allen Weiner, a research director at analyst firm Gartner. Google, "
                       "Yahoo and Microsoft declined to comment.")
    assert entity_of_word(ctx, "Gartner").actor == "USABUS"


def test_editors_and_correspondents_of_an_outlet_are_its_people(nlp):
    ctx = analyse(nlp, "In an interview with the BBC's political editor Andrew Marr, Mr Blair said progress would "
                       "be tough. BBC home affairs correspondent Danny Shaw said the research was inconclusive.")
    assert entity_of_word(ctx, "Marr").actor == "GBRMED"
    assert entity_of_word(ctx, "Shaw").actor == "GBRMED"


def test_a_place_before_the_cue_clause_the_company_said_is_no_company():
    from wirecoder.pipeline import extract

    record = extract("<VMS Realty Partners> said three of its units will fund loans in California.\n\n"
                     "Its VMS Mortgage Investors II division approved a loan for a retail office building in "
                     "downtown San Francisco, the company said.", id="t")
    place = [e for e in record.entities if e.name == "San Francisco"]
    assert place and not (place[0].actor or "").endswith("BUS")
    assert all(q.speaker != "San Francisco" for q in record.quotes)
