"""Quotes stage, round 8: a description or a pronoun as the speaker resolves to the entity the article
names (the canonical name when the speaker is identifiable, a phrase only for an unnamed source)."""

from __future__ import annotations

from quote_helpers import quotes_of
from wirecoder.record import Quote


def speaker_of(quotes: list[Quote], fragment: str) -> str | None:
    found = [q for q in quotes if fragment in q.text]
    assert found, fragment
    return found[0].speaker


def test_description_with_an_organisation_in_apposition_is_that_organisation(nlp):
    text = ("Separately, the country's biggest parcel carrier, FastPost, said it had ordered 12 new cargo jets. "
            "Norwegian fish farmer <Salmar Holdings Ltd> said it would build a new plant in Bergen.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "ordered 12 new cargo jets") == "FastPost"
    assert "Salmar Holdings" in speaker_of(quotes, "build a new plant")


def test_the_agency_is_the_agency_named_in_apposition_before(nlp):
    text = ("The Kenyan news agency KNA said troops had reached the border town on Monday. "
            "Officials in Nairobi gave no figures. The army has not commented on the fighting. "
            "Aid groups asked for access to the area. The agency said later that 40 people had been wounded.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "troops had reached") == "KNA"
    assert speaker_of(quotes, "40 people had been wounded") == "KNA"


def test_the_committee_is_the_named_committee(nlp):
    text = ("The rules were criticised by the parliamentary Select Committee on Energy last year. "
            "The cross-party committee said the new charges were unfair to poorer households.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "unfair to poorer households") == "Select Committee on Energy"


def test_a_company_named_by_its_description_is_the_named_company(nlp):
    text = ("A Dutch electronics company has agreed to pay $3m to settle claims of price fixing. "
            "The Hendrix Corporation was accused of agreeing prices with rivals between 2001 and 2003. "
            "Regulators said the deal was fair. The company says it has changed its sales practices.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "changed its sales practices") == "Hendrix Corporation"


def test_an_unnamed_official_of_a_body_stays_a_phrase(nlp):
    text = ("\"The tariffs will hurt both sides,\" another Finance Ministry official said. "
            "The company said it would appeal.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "hurt both sides") == "another Finance Ministry official"
    assert speaker_of(quotes, "would appeal") == "The company"  # nobody named: the phrase stays


def test_a_name_after_a_title_read_as_no_person_still_speaks_and_is_he(nlp):
    text = ("\"The navy is on alert,\" General Halit Demirel, Chief of the Turkish Naval Staff, told a news "
            "conference. He said two frigates would sail on Friday.")
    quotes = quotes_of(nlp, text)
    assert "Halit Demirel" in speaker_of(quotes, "navy is on alert")
    assert "Halit Demirel" in speaker_of(quotes, "two frigates would sail")


def test_a_person_with_a_description_is_the_subject_not_the_body_in_it(nlp):
    text = ("Anna Berg, head of research at the charity the Lung Health Trust said the plan was not "
            "based on evidence.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "not based on evidence") == "Anna Berg"


def test_it_said_after_a_company_the_tagger_took_for_a_person(nlp):
    text = ("Finland's state power company Kemira Oy said in a statement it had agreed to study a new plant. "
            "The plant would cost an estimated 200 mln dlrs, it said.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "200 mln dlrs") == "Kemira Oy"


def test_a_description_in_the_lead_is_the_person_the_next_sentence_names(nlp):
    text = ("A senior member of Canada's opposition Green Party said the pipeline deal broke election promises. "
            "Green energy spokeswoman Laura Finch told reporters the party would fight the deal in parliament.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "broke election promises") == "Laura Finch"


def test_an_anonymous_source_is_not_the_person_named_next(nlp):
    text = ("A senior Finance Ministry official said the budget would be cut. "
            "Finance Minister Pedro Alves told parliament the budget would grow.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "would be cut") == "A senior Finance Ministry official"


def test_its_chief_executive_is_the_man_named_next(nlp):
    text = ("Norsk Cable could cut 2,000 jobs over the next three years, its chief executive has said. "
            "Olav Norsk has told investors the merged company will have to close plants.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "cut 2,000 jobs") == "Olav Norsk"


def test_the_report_speaks_for_the_body_that_wrote_it(nlp):
    text = ("The rules have been questioned by the parliamentary Joint Committee on Water. In a report "
            "published last May the committee stated the charges were unfair. The committee believed the "
            "law was flawed, the report added.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "the law was flawed") == "Joint Committee on Water"


def test_a_press_release_speaks_for_whoever_issued_it(nlp):
    text = ("This was followed the same day by Mark Deller, a Canadian financier, issuing a press release "
            "saying his group was interested in the retailer.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "his group was interested") == "Mark Deller"


def test_a_name_inside_what_was_said_is_no_rival_for_he(nlp):
    text = ("An Acme spokesman said on Sunday it had no evidence that Mr Dorn had lined up finance for a bid. "
            "He also said the regulator had been in touch with Acme.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "regulator had been in touch") == "An Acme spokesman"


def test_a_short_company_name_and_it_said(nlp):
    text = ("Fiji gold miner <Emperor Mines Ltd> said it will float an investment company. "
            "Emperor said the new company would invest in gold projects. "
            "Its stakes in two miners will be transferred to Odin, it said.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "invest in gold projects") == "Emperor Mines Ltd"
    assert speaker_of(quotes, "transferred to Odin") == "Emperor Mines Ltd"


def test_he_after_the_official_goes_on_with_the_official_not_a_name_in_that_sentence(nlp):
    text = ("\"Nothing we do will be enough,\" a senior Trade Ministry official said. "
            "The senior official sounded gloomy about the chances of Prime Minister Kenji Sato when he "
            "travels to Washington next week. \"I don't think the dispute will end soon,\" he said.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "dispute will end soon") == "a senior Trade Ministry official"


def test_he_with_nobody_before_is_the_man_named_next(nlp):
    text = ("Libya has withdrawn its assets from Swiss banks, the central bank said. The money would be "
            "moved to Asia, he added. \"We are opening accounts in Singapore,\" the bank's governor "
            "Omar Saleh Haddad said.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "moved to Asia") == "Omar Saleh Haddad"


def test_they_after_an_unnamed_body(nlp):
    text = ("Telco signed a contract for the new network in March. But a parliamentary commission has now "
            "ruled that the company's stake is too high. They say that Telco is a security risk.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "security risk") == "a parliamentary commission"


def test_the_body_official_after_a_named_member_quoted_is_that_member(nlp):
    text = ("The ruling Liberal Democratic Party has drawn up an economic package, a senior party official "
            "said. The official, the LDP policy council chairman Taro Kimura, told a news conference the "
            "budget would be compiled in August. But the LDP official said the government should not "
            "abandon its reform target.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "abandon its reform target") == "Taro Kimura"


def test_they_said_is_not_a_company_named_in_what_they_said(nlp):
    text = ("Chemical industry sources said demand had risen sharply this year. "
            "Orders from <Seoul Plastics Corp> and <Hanbit Chemical> have risen to 8,000 tonnes a month, "
            "they said.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "8,000 tonnes a month") == "Chemical industry sources"


def test_threatening_an_act_is_not_reported_speech_but_a_threat_that_is(nlp):
    text = ("The oil firm threatened legal action against any buyer of its former unit. "
            "The ruling could threaten the production of other cheeses. "
            "The union threatened that its members would strike in May.")
    quotes = quotes_of(nlp, text)
    assert not [q for q in quotes if "legal action" in q.text or "production of other cheeses" in q.text]
    assert speaker_of(quotes, "members would strike") == "The union"


def test_the_36_year_old_is_the_man_quoted_before(nlp):
    text = ("Former Ajax captain Pieter Claes says there is no comparison between that side and this one. "
            "\"Mentally they are much stronger,\" the 36-year-old said.")
    quotes = quotes_of(nlp, text)
    assert "Pieter Claes" in speaker_of(quotes, "Mentally they are much stronger")


def test_he_after_an_unnamed_trader_is_the_trader(nlp):
    text = ("\"Clients in Singapore are keen to buy before the year ends,\" the senior trader added. "
            "Any investors not buying their full limit would risk a smaller limit next year, he explained.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "smaller limit next year") == "the senior trader"


def test_the_tory_leader_is_the_one_tory_named_before(nlp):
    text = ("Tony Blair does not believe abortion should be an election issue. The bishops backed Michael "
            "Howard's stance on abortion. The Tory leader said current rules were too lax.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "current rules were too lax") == "Michael Howard"


def test_a_participle_after_it_has_been_goes_with_the_statement_and_its_author(nlp):
    text = ("It has been a strange week for the retailer, which on Tuesday received a statement from Peter "
            "Grant, the billionaire store owner, confirming he was not bidding for the company.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "not bidding for the company") == "Peter Grant"


def test_responding_to_someones_announcement_reports_their_words(nlp):
    text = ("State Department spokesman John Carter said the attack was not a major offensive. "
            "He was responding to Iran's announcement that it had launched a second offensive against Iraq.")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "launched a second offensive") == "Iran"


def test_a_colon_after_a_second_verb_does_not_take_the_first_quote_away(nlp):
    text = ("Officials said the team would fly to Washington on Monday. \"The tariffs are against free trade,\" "
            "trade ministry director general Kenji Mori told reporters, adding: \"The mood here will sour.\"")
    quotes = quotes_of(nlp, text)
    assert speaker_of(quotes, "against free trade") == "Kenji Mori"
    assert speaker_of(quotes, "mood here will sour") == "Kenji Mori"


def test_a_name_after_a_title_the_parser_broke_up_is_the_speaker_and_he(nlp):
    text = ("\"Trade has already fallen sharply,\" Foreign Ministry spokesman Per Haugen told Reuters.\n\n"
            "\"No one has said the ban will end trade, but it is a strong statement,\" he said.")
    quotes = quotes_of(nlp, text)
    assert "Per Haugen" in speaker_of(quotes, "already fallen sharply")
    assert "Per Haugen" in speaker_of(quotes, "strong statement")
