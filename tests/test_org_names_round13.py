"""Round 16: organisations NER does not find or mislabels (extract/entities.py name finding,
data/actors/org_head_words.txt)."""
from __future__ import annotations

from test_entities import analyse, entity_of_word


def test_a_name_ending_in_bank_is_an_organisation_whatever_ner_says(nlp):
    ctx = analyse(nlp, "But Mitsubishi, not content with its single-branch licence and a 25 pct stake in the "
                       "small Liu Chong Hing Bank, bought another licence early this year.")
    assert entity_of_word(ctx, "Hing").type == "ORG"
    assert entity_of_word(ctx, "Hing").name == "Liu Chong Hing Bank"


def test_a_union_ner_did_not_tag_is_found(nlp):
    ctx = analyse(nlp, "Six foreign-owned textile factories have closed in Lesotho, leaving 6,650 garment "
                       "workers jobless, union officers told the AP news agency.  Factory Workers Union secretary "
                       "general Billy Macaefa blamed the closures on the end of worldwide textile quotas on 1 "
                       "January.")
    union = entity_of_word(ctx, "Union")
    assert union is not None and union.type == "ORG" and union.name == "Factory Workers Union"
    assert entity_of_word(ctx, "Macaefa").type == "PERSON"


def test_a_person_with_an_honorific_stays_a_person(nlp):
    ctx = analyse(nlp, "Mr Bank said the plan would fail. Mr Bank has led the firm since 1990.")
    bank = entity_of_word(ctx, "Bank")
    assert bank is None or bank.type == "PERSON"


def test_a_person_named_union_is_not_made_an_organisation(nlp):
    # a given name then a surname that happens to be a head word: the person stays a person
    ctx = analyse(nlp, "Defender Tom Bank scored twice as the visitors won 3-1 on Saturday.")
    assert entity_of_word(ctx, "Tom").type == "PERSON"


def test_a_trailing_demonym_is_not_part_of_a_team_name(nlp):
    ctx = analyse(nlp, "Mr Glazer and his family own the successful Tampa Bay Buccaneers American football "
                       "team based in Florida.")
    team = entity_of_word(ctx, "Buccaneers")
    assert team is not None and team.name == "Tampa Bay Buccaneers"
    american = entity_of_word(ctx, "American")
    assert american is None or american.name != team.name


def test_a_hyphenated_nationality_pair_is_kept_whole(nlp):
    ctx = analyse(nlp, "The Turkish-Austrian joint venture will build the plant near Ankara.")
    assert all(e.name != "Turkish-" for e in ctx.entities.entities)


def test_a_capitalised_run_ending_in_a_head_word_outside_ner_is_an_organisation(nlp):
    from wirecoder.actors import actor_dictionary
    from wirecoder.extract.entities import unlabelled_org_names
    from wirecoder.resources import Resources

    d = actor_dictionary(Resources())
    doc = nlp("He said the Ndola Copper Society had agreed, and Amy Union said so too.")
    doc.ents = []  # as where the small model tags nothing
    found = [nm.text for nm in unlabelled_org_names(doc, [], {}, d)]
    assert found == ["Ndola Copper Society"]  # not "Amy Union": a given name before the head word


def test_two_bodies_ner_tagged_as_one_are_split_at_the_comma(nlp):
    ctx = analyse(nlp, "Prof Aynsley-Green was a lecturer at Oxford University, trained at Guy's Hospital Medical "
                       "School, University of London; Oriel College, Oxford; and in Switzerland.")
    names = {e.name for e in ctx.entities.entities}
    assert "Guy's Hospital Medical School" in names and "University of London" in names
    assert not any("," in n for n in names)
