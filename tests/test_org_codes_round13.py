"""Round 13: organisations no dictionary row codes, coded from clues in their names and the story
(extract/org_codes.py, data/actors/org_name_words.tsv)."""
from __future__ import annotations

from test_entities import analyse, entity_of_word


def test_a_town_inside_a_bank_name_gives_its_country(nlp):
    ctx = analyse(nlp, "Hong Kong issued a banking licence to the Bank of Fukuoka Ltd, making it the 24th "
                       "Japanese bank in the colony. Japan has the largest banking contingent there.")
    assert entity_of_word(ctx, "Fukuoka").actor == "JPNBUS"


def test_a_town_of_a_country_the_story_does_not_name_places_nothing(nlp):
    # the biggest Burlington is Canadian, but this firm is named in a story about Germany only, and the
    # firm's short name is the town's word: a brand, not a seat
    ctx = analyse(nlp, "Burlington Textiles Group said on Monday it would close two mills in Germany. "
                       "Burlington said German demand had fallen.")
    assert not (entity_of_word(ctx, "Burlington").actor or "").startswith("CAN")


def test_football_clubs_are_businesses_of_their_town(nlp):
    ctx = analyse(nlp, "US tycoon Malcolm Glazer has made a fresh approach to buy Manchester United. Rival "
                       "local club Manchester City has pleaded with fans not to protest.")
    assert entity_of_word(ctx, "United").actor == "GBRBUS"
    assert entity_of_word(ctx, "City").actor == "GBRBUS"
    assert entity_of_word(ctx, "City").type == "ORG"


def test_a_city_named_city_is_no_club(nlp):
    ctx = analyse(nlp, "Protesters marched through Mexico City on Sunday, and police in Mexico said ten "
                       "people were arrested.")
    assert entity_of_word(ctx, "City").type != "ORG"


def test_a_state_body_by_its_kind_takes_the_story_country(nlp):
    ctx = analyse(nlp, "Turkey's economy will grow by 5% next year, according to a recent study by the "
                       "country's State Planning Organisation. Turkish officials welcomed it.")
    assert entity_of_word(ctx, "Planning").actor == "TURGOV"


def test_a_national_council_for_a_cause_is_no_state_body(nlp):
    ctx = analyse(nlp, "The National Council for Civil Liberties said on Tuesday that the bill would harm "
                       "British citizens. Britain's home secretary disagreed.")
    assert entity_of_word(ctx, "Liberties").actor != "GBRGOV"


def test_a_firm_named_as_one_is_of_the_dateline_country(nlp):
    ctx = analyse(nlp, "Dai-Ichi Kangyo Bank raised its stake in Chekiang First Bank to 95 pct, while "
                       "Japan's Tokai Bank bought Mercantile Bank Ltd's licence.", dateline="Hong Kong")
    assert entity_of_word(ctx, "Chekiang").actor == "HKGBUS"
    assert entity_of_word(ctx, "Mercantile").actor == "HKGBUS"


def test_an_american_form_is_not_given_a_foreign_story_country(nlp):
    # a foreign company named in a story about China keeps no Chinese code
    ctx = analyse(nlp, "A Chinese court ruled that Chinese firms must stop copying Honda designs. China "
                       "has promised to protect intellectual property in China. On Tuesday Garvis "
                       "Incorporated, the owner of the rights to a cartoon cat, won a case there.")
    assert not (entity_of_word(ctx, "Garvis").actor or "").startswith("CHN")


def test_a_body_named_after_an_international_body_of_the_article_is_part_of_it(nlp):
    ctx = analyse(nlp, "European Community (EC) farmers protested on Monday. In a letter to Belgian Foreign "
                       "Minister Leo Tindemans, current president of the EC Council of Ministers, they said "
                       "the plan would hurt them.")
    assert entity_of_word(ctx, "Ministers").actor == "IGOEUREEC"  # not BELGOV from the apposition


def test_a_union_in_a_story_about_one_country_is_that_countrys(nlp):
    ctx = analyse(nlp, "Lesotho's textile industry has lost 6,000 jobs, the government of Lesotho said. The "
                       "Textile Workers Union said on Monday that more factories in Lesotho would close, "
                       "while buyers in the United States looked to China.", dateline=None)
    assert entity_of_word(ctx, "Textile").actor == "LSOLAB"


def test_a_seat_after_the_name_in_a_town_of_two_countries(nlp):
    ctx = analyse(nlp, "Neste Oy of Finland said it will build a plant in Canada. The plant will be built "
                       "with Trade Mountain Pipe Line Company Ltd, of Vancouver, B.C., which will supply gas.")
    assert entity_of_word(ctx, "Mountain").actor == "CANBUS"


def test_an_association_named_in_apposition_is_a_campaign_group_of_the_story(nlp):
    ctx = analyse(nlp, "Argentina's banks froze deposits in 2001. \"The situation is bad for savers,\" said "
                       "Carlos Baez Silva, president of AARA, an association that represents bank account "
                       "holders. Few people in Argentina have recovered half their savings.")
    assert entity_of_word(ctx, "AARA").actor == "ARGNGO"


def test_a_central_statistics_office_of_a_country_with_no_departments(nlp):
    ctx = analyse(nlp, "Israel's economy grew 4.2% last year, the Central Bureau of Statistics said. Israeli "
                       "exports rose. The National Council of Churches disagreed.")
    assert entity_of_word(ctx, "Bureau").actor == "ISRGOV"
    assert entity_of_word(ctx, "Churches").actor != "ISRGOV"


def test_a_committee_for_a_cause_is_no_domestic_union(nlp):
    ctx = analyse(nlp, "Finance Minister Gerhard Stoltenberg said Germany would not drop its controls. He "
                       "was speaking at a meeting of the Committee for a Currency Union in Europe, while "
                       "France and Italy asked for more.")
    assert not (entity_of_word(ctx, "Currency").actor or "").endswith("LAB")


def test_a_legal_form_before_the_name(nlp):
    ctx = analyse(nlp, "Japan will lend 30 billion yen for the smelter. The loan will go to P.T. Asahan "
                       "Aluminium, which runs it, Japanese officials said.")
    assert entity_of_word(ctx, "Aluminium").actor == "IDNBUS"


def test_a_town_written_with_city_after_a_place_preposition_is_no_club(nlp):
    ctx = analyse(nlp, "Thousands of protesters gathered in Leeds City on Saturday, police in Britain said.")
    assert entity_of_word(ctx, "Leeds").actor != "GBRBUS"


def test_a_stake_in_a_club_is_still_in_the_club(nlp):
    ctx = analyse(nlp, "Irish businessmen own a 29% stake in Manchester United, the football club said.")
    assert entity_of_word(ctx, "United").actor == "GBRBUS"
