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
