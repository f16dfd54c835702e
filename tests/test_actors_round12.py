"""Actors, round 12: Britain's main opposition party under its plural and adjective names (small texts of our
own)."""

from __future__ import annotations

from test_entities import analyse, by_name


def _codes_of(ctx, surface: str) -> set[str | None]:
    return {e.actor for e in ctx.entities.entities if any(ctx.article.text[s:t] == surface for s, t in e.mentions)}


def test_conservatives_plural_is_the_party(nlp):
    ctx = analyse(nlp, "The Conservatives rejected the idea on Tuesday, and Labour said it would press on.")
    assert _codes_of(ctx, "Conservatives") == {"GBRPTY"}


def test_conservative_as_modifier_is_the_party(nlp):
    ctx = analyse(nlp, "Michael Howard said the Conservative plans would cut immigration by half.")
    assert _codes_of(ctx, "Conservative") == {"GBRPTY"}


def test_lower_case_conservatives_are_no_party(nlp):
    ctx = analyse(nlp, "Many conservatives in America oppose the new spending law.")
    assert not any(e.actor == "GBRPTY" for e in ctx.entities.entities)


# -- a post held in a party is the party's, not the state's ----------------------------------------------

def test_party_president_acts_for_the_party(nlp):
    ctx = analyse(nlp, "Lib Dem president Simon Hughes said his party had set out its stance in September.")
    assert by_name(ctx, "Simon Hughes").actor == "GBRPTY"


def test_liberal_democrat_as_modifier_is_the_party(nlp):
    ctx = analyse(nlp, "Liberal Democrat parliamentary chairman Matthew Taylor said ambition was getting in the way.")
    assert by_name(ctx, "Matthew Taylor").actor == "GBRPTY"


def test_party_spokeswoman_is_no_minister_of_a_later_day(nlp):
    # the dictionary knows her by a later office (GBRGOV); the text says she speaks for her party
    ctx = analyse(nlp, "Conservative family spokeswoman Theresa May said the party would repeal the law. "
                       "Conservative co-chairman Liam Fox agreed.")
    assert by_name(ctx, "Theresa May").actor == "GBRPTY"
    assert by_name(ctx, "Liam Fox").actor == "GBRPTY"


def test_party_leader_keeps_the_dictionary_code(nlp):
    ctx = analyse(nlp, "Tory leader Michael Howard said that as a Cambridge student he loved debate. "
                       "Labour leader Tony Blair disagreed.")
    assert by_name(ctx, "Michael Howard").actor == "GBROPP"
    assert by_name(ctx, "Tony Blair").actor == "GBRGOV"


def test_a_portfolio_named_like_a_party_is_no_party_post(nlp):
    ctx = analyse(nlp, "Serbian Labour Minister Milan Bojic resigned on Monday.")
    assert by_name(ctx, "Milan Bojic").actor == "SRBGOV"


# -- campaign, rights and aid groups by the noun written with their name --------------------------------

def test_rights_group_before_a_name_is_an_ngo_of_the_story(nlp):
    # two countries named: the group is placed by the sentence and the story (Britain), not by "one country"
    ctx = analyse(nlp, "Civil rights group Liberty said it was delighted but called on the British government to "
                       "release men held without charge. The four men were freed by the US after three years in "
                       "Guantanamo Bay. Britain's Home Secretary Charles Clarke said the men were arrested on "
                       "arrival in Britain.")
    assert by_name(ctx, "Liberty").actor == "GBRNGO"


def test_lobby_group_wins_over_a_commission_in_the_name(nlp):
    ctx = analyse(nlp, "Both Amnesty and the lobby group Guantanamo Human Rights Commission described the release "
                       "of the four Britons as long overdue, Britain's Foreign Office said.")
    assert by_name(ctx, "Guantanamo Human Rights Commission").actor == "GBRNGO"


def test_director_of_a_rights_organisation_serves_it(nlp):
    ctx = analyse(nlp, "Carla Ferstman, legal director of the human rights organisation Redress, said the British "
                       "army could not investigate itself. Britain's defence ministry declined to comment.")
    assert by_name(ctx, "Redress").actor == "GBRNGO"
    assert by_name(ctx, "Carla Ferstman").actor == "GBRNGO"


def test_rebel_group_is_no_ngo(nlp):
    ctx = analyse(nlp, "The rebel group Revolutionary United Front attacked the town, Sierra Leone's army said.")
    assert all(not (e.actor or "").endswith("NGO") for e in ctx.entities.entities)


# -- national bodies that were missing from the tables -------------------------------------------------

def test_intelligence_service_and_law_lords(nlp):
    ctx = analyse(nlp, "Evidence obtained by MI5 was inadmissible, and the Law Lords ruled last month that the men "
                       "were held unlawfully.")
    assert by_name(ctx, "MI5").actor == "GBRSPY"
    assert by_name(ctx, "Law Lords").actor == "GBRJUD"


# -- legislatures' committees, appeal bodies, local councils --------------------------------------------

def test_select_committee_is_the_legislature(nlp):
    ctx = analyse(nlp, "The department's work was seriously hampered, said the Constitutional Affairs Select "
                       "Committee, which questioned ministers in Britain last month.")
    assert by_name(ctx, "Constitutional Affairs Select Committee").actor == "GBRLEG"


def test_a_parliamentary_joint_committee_is_the_legislature(nlp):
    ctx = analyse(nlp, "The new marriage rules in Britain have been questioned by the parliamentary Joint "
                       "Committee on Human Rights.")
    assert by_name(ctx, "Joint Committee on Human Rights").actor == "GBRLEG"


def test_an_appeals_commission_is_a_court(nlp):
    ctx = analyse(nlp, "The men held in Britain took their cases to the Special Immigration Appeals Commission, "
                       "which ruled in their favour.")
    assert by_name(ctx, "Special Immigration Appeals Commission").actor == "GBRJUD"


def test_a_town_council_is_local_government(nlp):
    ctx = analyse(nlp, "Mr Rimmer, a director at Brent Council in London, said the British rules were fair, "
                       "and Leeds City Council agreed. The Arts Council did not comment.")
    assert by_name(ctx, "Brent Council").actor == "GBRGOV"
    assert by_name(ctx, "Leeds City Council").actor == "GBRGOV"
    assert by_name(ctx, "Arts Council").actor is None


def test_chairman_of_a_coded_body_serves_it(nlp):
    ctx = analyse(nlp, "Commission for Racial Equality chairman Trevor Phillips said asylum applications were "
                       "down by 40%.")
    assert by_name(ctx, "Trevor Phillips").actor == "GBRGOV"


def test_a_country_in_a_body_name_counts_for_the_story(nlp):
    # "British" is inside the body's name; the story is not about the one other country it names (Germany)
    ctx = analyse(nlp, "A complaint has been made by the Board of Deputies of British Jews. The mayor asked "
                       "reporter Oliver Finegold if he was a German war criminal.")
    assert by_name(ctx, "Oliver Finegold").actor != "DEUMED"


# -- officials of a story about several countries, union men, capitals that act -------------------------

def test_minister_takes_the_one_country_of_his_sentence(nlp):
    ctx = analyse(nlp, "The tsunami hit Indonesia, Sri Lanka, India, Thailand and the Maldives. Thailand may lose 30bn baht "
                       "in tourism earnings, according to tourism minister Sontaya Kunplome. In the Maldives the "
                       "cost could wipe out growth. \"Our nation is in peril,\" said Ahmed Shaheed, the chief "
                       "government spokesman.")
    assert by_name(ctx, "Sontaya Kunplome").actor == "THAGOV"
    assert by_name(ctx, "Ahmed Shaheed").actor == "MDVGOV"


def test_president_of_a_company_takes_no_country_of_his_sentence(nlp):
    ctx = analyse(nlp, "Bulgaria and Macedonia signed the pipeline deal with Greece on Monday. "
                       "According to Pat Ferguson, President of AMBO, work in Albania will begin in 2005.")
    assert not (by_name(ctx, "Pat Ferguson").actor or "").endswith("GOV")


def test_union_official_takes_the_story_country(nlp):
    ctx = analyse(nlp, "Electrolux will move jobs from Sweden to Hungary, the Swedish firm said. Sweden's government "
                       "was not consulted. \"It looks grim,\" said trades union official Ulf Carlsson.")
    assert by_name(ctx, "Ulf Carlsson").actor == "SWELAB"


def test_capital_owning_a_policy_or_issuing_notes_is_the_government(nlp):
    ctx = analyse(nlp, "Calls for a shift in Beijing's policy have fallen on deaf ears, Chinese exporters said.")
    assert by_name(ctx, "Beijing").actor == "CHNGOV"
    ctx = analyse(nlp, "Bankers said the plan ought to work if Manila issues the notes at a discount.")
    assert by_name(ctx, "Manila").actor == "PHLGOV"
    ctx = analyse(nlp, "Beijing's traffic was slow on Monday as tourists arrived from Japan.")
    assert by_name(ctx, "Beijing").actor is None


def test_president_of_an_unnamed_company_takes_no_country_of_his_sentence(nlp):
    ctx = analyse(nlp, "Exports to Japan and the United States fell in March. Charges were laid in South Korea "
                       "against Hahn Sang-yon, president of the hugely indebted company.")
    assert not (by_name(ctx, "Hahn Sang-yon").actor or "").endswith("GOV")


def test_eu_commissioner_with_a_capitalised_portfolio_serves_the_commission(nlp):
    ctx = analyse(nlp, "A spokesman for European Justice and Home Affairs Commissioner Franco Frattini said the "
                       "plans broke EU law. EU Trade Commissioner Paul Jones agreed. Britain's Information "
                       "Commissioner Richard Thomas did not.")
    assert by_name(ctx, "Franco Frattini").actor == "IGOEUREEC"
    assert by_name(ctx, "Paul Jones").actor == "IGOEUREEC"
    assert by_name(ctx, "Richard Thomas").actor == "GBRGOV"


# -- firms placed by the other firms of their legal form in the story -----------------------------------

def test_ltd_firm_takes_the_one_country_of_its_peers(nlp):
    text = ("Shares issued by units of Jardine Matheson Holdings Ltd <JARD.HK> and Swire Pacific Ltd <SWPC.HK> "
            "rose. <Evergo Industrial Enterprise Ltd>, now suspended from trading, has made such a proposal, "
            "while General Motors Corp <GM> said nothing.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Evergo Industrial Enterprise Ltd").actor == "HKGBUS"


def test_ltd_firm_stays_unplaced_when_its_peers_disagree(nlp):
    text = ("<Emperor Mines Ltd> of Fiji and Rothschild Australia Ltd <RTHA.S> agreed to float "
            "<Odin Mining and Investment Co Ltd>, advised by <Osborne and Chappel Goldfields Ltd> of Canada.")
    ctx = analyse(nlp, text)
    assert by_name(ctx, "Odin Mining and Investment Co Ltd").actor is None


# -- people set off with ", from <place>," ---------------------------------------------------------------

def test_people_from_a_town_are_of_its_country(nlp):
    ctx = analyse(nlp, "Four men held by the US will be returned within weeks, Foreign Secretary Jack Straw told "
                       "MPs. Martin Mubanga, Richard Belmar and Feroz Abbasi, from London, have been held for "
                       "almost three years.")
    assert by_name(ctx, "Martin Mubanga").actor == "GBR"
    assert by_name(ctx, "Feroz Abbasi").actor == "GBR"


def test_a_journey_or_a_body_is_no_home(nlp):
    ctx = analyse(nlp, "Ann Lee, from London to Paris, walked for charity. Tom Jones, from the BBC, reported "
                       "from Washington.")
    assert by_name(ctx, "Ann Lee").actor is None
    assert by_name(ctx, "Tom Jones").actor != "GBR"


def test_listed_without_a_hyphen_places_a_firm(nlp):
    ctx = analyse(nlp, "Anheuser-Busch made a bid for <San Miguel Brewery Ltd>, a Hong Kong listed company which "
                       "is owned by a Philippine group.")
    assert by_name(ctx, "San Miguel Brewery Ltd").actor == "HKGBUS"


# -- British peers and English judges --------------------------------------------------------------------

def test_peers_are_british_and_named_with_the_title(nlp):
    ctx = analyse(nlp, "Britain's highest court ruled against the government. Senior law lord Lord Bingham said "
                       "the rules were incompatible with human rights law, and Lord Hoffmann agreed.")
    assert by_name(ctx, "Lord Bingham").actor == "GBRJUD"
    assert by_name(ctx, "Lord Hoffmann").actor == "GBR"


def test_english_judges_are_british_in_a_story_set_abroad(nlp):
    ctx = analyse(nlp, "Iraqi families said Iraq's courts had failed them and that Iraq's police had not "
                       "investigated. But Lord Justice Rix and Mr Justice Forbes ruled that UK jurisdiction "
                       "could extend to a British military prison in Iraq.")
    assert by_name(ctx, "Lord Justice Rix").actor == "GBRJUD"
    assert by_name(ctx, "Mr Justice Forbes").actor == "GBRJUD"


# -- staff of the campaign group the story just named ----------------------------------------------------

def test_director_after_a_rights_group_serves_it(nlp):
    ctx = analyse(nlp, "Civil rights group Liberty said it was delighted but called on the British government to "
                       "release men held without charge in the UK. Director Shami Chakrabarti called on the "
                       "government to practise what it preaches.")
    assert by_name(ctx, "Shami Chakrabarti").actor == "GBRNGO"


def test_director_after_a_group_and_a_company_is_left_alone(nlp):
    ctx = analyse(nlp, "Oxfam and Shell published a joint report on Monday. Director Tom Brown agreed with it.")
    assert by_name(ctx, "Tom Brown").actor is None


# -- treasurers and lawyers (roles.tsv) ------------------------------------------------------------------

def test_a_treasurer_is_a_government_title(nlp):
    ctx = analyse(nlp, "Australian Treasurer Peter Costello said the budget would return to surplus in May.")
    assert by_name(ctx, "Peter Costello").actor == "AUSGOV"


def test_a_lawyer_is_a_legal_title(nlp):
    ctx = analyse(nlp, "A Frankfurt business lawyer, Egon Geis, said he had offered the German carmaker the "
                       "documents.")
    assert by_name(ctx, "Egon Geis").actor == "DEUJUD"
