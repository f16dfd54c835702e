"""Event actors, lead round 14: people who lead or speak for a body name its side ("met the heads of China's
banks"), a hyphenated given name with a title in apposition is a person of that body ("Jean-Maxime Leveque,
chairman of Credit Lyonnais"), and the doer of a subjectless to-clause on a thing is whoever made the thing ("has
made a fresh approach to buy Manchester United"), not a person it is hung on ("challenged Mr Brown to deny")."""

from __future__ import annotations

from test_entities import analyse, by_name


def test_meeting_the_heads_of_a_countrys_banks(pipeline):
    rec = pipeline.extract(text="Societe Generale chairman Marc Leveque has met the heads of China's banks.",
                           published="1987-03-10")
    assert ("FRABUS", "CHNBUS", "040") in [(e.source, e.target, e.code) for e in rec.events]


def test_a_hyphenated_given_name_with_a_title_in_apposition_is_a_person(nlp):
    ctx = analyse(nlp, "China's debt is low, Jean-Maxime Leveque, chairman of Credit Lyonnais, told reporters. "
                       "Leveque said the authorities were attentive.")
    leveque = by_name(ctx, "Jean-Maxime Leveque")
    assert leveque.type == "PERSON" and leveque.actor == "FRABUS"
    assert [ctx.article.text[s:e] for s, e in leveque.mentions][-1] == "Leveque"


def test_the_maker_of_an_approach_is_the_one_who_would_buy(pipeline):
    rec = pipeline.extract(text="US tycoon Malcolm Glazer has made a fresh approach to buy Manchester United.",
                           published="2005-01-10")
    assert any(e.code.startswith("06") and e.source == "USABUS" and e.target == "GBRBUS" for e in rec.events)


def test_a_to_clause_on_a_person_is_not_the_challengers_act(pipeline):
    rec = pipeline.extract(text="Lord Campbell-Savours, a former MP, challenged Mr Brown to deny reports that he "
                                "had told the prime minister he did not believe him.", published="2005-01-10")
    assert not any(e.code.startswith("01") and e.source == "GBRLEG" for e in rec.events)


PHILLIPS = ("Commission for Racial Equality chairman Trevor Phillips said asylum applications were down 40%. He warned "
            "that some campaigners could use the Tory plans to hint the policy was about race. ")


def test_that_suggestion_is_what_the_last_speaker_said(pipeline):
    rec = pipeline.extract(text=PHILLIPS + 'Conservative leader Michael Howard called that suggestion "disgraceful".',
                           published="2005-01-10")
    assert ("GBROPP", "GBRGOV", "111") in [(e.source, e.target, e.code) for e in rec.events]


def test_the_suggestion_without_a_demonstrative_is_not_guessed_from_the_last_speaker(pipeline):
    rec = pipeline.extract(text=PHILLIPS + 'Conservative leader Michael Howard called the suggestion "disgraceful".',
                           published="2005-01-10")
    assert not any(e.code.startswith("11") and e.target == "GBRGOV" for e in rec.events)


GLAZER = ("US tycoon Malcolm Glazer has made a fresh approach to buy the British club Manchester United. Labour MP "
          "Tony Lloyd, who chairs the House of Commons football group, opposed the bid. A group of five MPs are calling on the "
          "Department of Trade and Industry to block any takeover of the club by the US football magnate.")


def test_a_british_ministry_is_british_in_a_story_of_two_countries(nlp):
    ctx = analyse(nlp, GLAZER)
    assert by_name(ctx, "Department of Trade and Industry").actor == "GBRGOV"


def test_bare_legislators_belong_to_the_one_legislature_named(pipeline):
    rec = pipeline.extract(text=GLAZER, published="2005-01-10")
    assert any(e.actor == "GBRLEG" and any(rec.text[s:e_] == "MPs" for s, e_ in e.mentions) for e in rec.entities)


def test_the_one_called_on_is_the_target_whatever_its_country(pipeline):
    rec = pipeline.extract(text=GLAZER, published="2005-01-10")
    appeals = [(e.source, e.target) for e in rec.events if e.code.startswith("02") and not e.hypothetical]
    assert ("GBRLEG", "GBRGOV") in appeals
