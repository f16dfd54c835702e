"""Round 18: the West and the industrialised nations as a bloc (WST); a given name alone after the full name, also
when the NER calls it an organisation; a continent named after a domestic party is the topic; praise of a person
("admired", "a decent public servant"); a published study's author is whom its dismissal judges; one sports word
said again is no match report; "Lloyd's" after "Lloyd's of London"; a titled person who reports a firm's act is
its officer; a bare group owning the act rejected; a suit settled by an agreement to pay."""

from __future__ import annotations

from event_helpers import reported_events, reported_triples

ERA = "2005-03-10"


def test_the_west_and_the_industrialised_nations_are_the_western_bloc(pipeline):
    triples = reported_triples(pipeline, "Ethiopian trade minister Tesfay Dinka said talks had failed. Tesfay accused "
                                         "the West of intransigence in the negotiations.", "1987-06-10")
    assert ("ETHGOV", "WST", "112") in triples
    triples = reported_triples(pipeline, "The Indian finance minister accused industrialised nations of failing "
                                         "to provide more resources.", "1987-06-10")
    assert any(s == "INDGOV" and t == "WST" and c.startswith("11") for s, t, c in triples)


def test_a_compass_word_opening_a_name_is_no_bloc(pipeline):
    triples = reported_triples(pipeline, "Israeli troops raided the West Bank.", ERA)
    assert not any(t == "WST" for _s, t, _c in triples)


def test_a_given_name_alone_is_the_person_also_when_tagged_as_an_organisation(pipeline):
    rec = pipeline.extract(text="Ethiopian trade minister Tesfay Dinka said talks had failed. Tesfay accused the "
                                "West of intransigence.", published="1987-06-10")
    tesfay = [e for e in rec.entities if e.name == "Tesfay Dinka"]
    assert len(tesfay) == 1 and len(tesfay[0].mentions) == 2
    assert not any(e.name == "Tesfay" for e in rec.entities)


def test_a_continent_after_a_domestic_party_is_the_topic(pipeline):
    triples = reported_triples(pipeline, "Conservative MP Robert Jackson has defected to Labour. He bitterly "
                                         "criticised the Conservatives stance on Europe.", ERA)
    criticism = [(s, t) for s, t, c in triples if c.startswith("11")]
    assert criticism and all(t and t.startswith("GBR") for _s, t in criticism)


def test_admiring_a_leader_is_praise(pipeline):
    triples = reported_triples(pipeline, "Conservative MP Robert Jackson has defected to Labour. He said he admired "
                                         "Mr Blair's courageous leadership of the country.", ERA)
    assert ("GBRLEG", "GBRGOV", "051") in triples


def test_calling_a_man_a_decent_public_servant_is_praise(pipeline):
    triples = reported_triples(pipeline, "Conservative MP Robert Jackson has defected to Labour. Prime Minister "
                                         "Tony Blair said Mr Jackson was a \"decent, fair-minded and dedicated public "
                                         "servant\".", ERA)
    assert ("GBRGOV", "GBRLEG", "051") in triples


def test_dismissing_a_published_study_judges_its_author(pipeline):
    text = ("Labour and the Conservatives campaigned in Britain on Monday. A new report was published by the Institute "
            "of Fiscal Studies, suggesting that British household incomes have fallen. The Treasury dismissed the "
            "research as \"complete rubbish\".")
    triples = reported_triples(pipeline, text, ERA)
    assert ("GBRGOV", "GBRNGO", "111") in triples


def test_a_research_institute_is_no_state_body_but_a_states_institute_is(pipeline):
    rec = pipeline.extract(text="The Institute for Fiscal Studies in London said British taxes would rise. Prime "
                                "Minister Tony Blair disagreed.", published=ERA)
    assert {e.name: e.actor for e in rec.entities}.get("Institute for Fiscal Studies", "")[3:] == "NGO"
    rec = pipeline.extract(text="Brazilian coffee institute president Jorio Dauster rejected the reports.",
                           published="1987-03-10")
    assert {e.name: e.actor for e in rec.entities}.get("Jorio Dauster") == "BRAGOV"


def test_a_common_noun_foundation_is_no_organisation(pipeline):
    rec = pipeline.extract(text="\"I'm hopeful that the foundation that we laid today will help,\" US Secretary of "
                                "State Mike Pompeo said in Islamabad.", published="2018-09-06")
    assert not any(e.name.lower() == "foundation" for e in rec.entities)


def test_one_sports_word_said_again_is_no_match_report(pipeline):
    text = ("British peace protesters have lost an appeal over police actions. Police stopped three coaches on the way to "
            "RAF Fairford. The coaches were searched and the passengers detained in the coaches. Police escorted the "
            "coaches back to London. British police had urged the judges to overturn the ruling. Three Appeal Court "
            "judges dismissed both appeals on Wednesday.")
    assert reported_events(pipeline, text, ERA)


def test_a_firms_possessive_name_alone_is_the_firm(pipeline):
    rec = pipeline.extract(text="Lloyd's of London has offered to meet part of the claims. Lloyd's said it would pay "
                                "103 mln stg.", published="1987-04-08")
    lloyds = [e for e in rec.entities if e.name.startswith("Lloyd")]
    assert len(lloyds) == 1 and len(lloyds[0].mentions) >= 2


def test_a_titled_man_reporting_a_firms_act_is_its_officer(pipeline):
    rec = pipeline.extract(text="Lloyd's of London has offered to meet part of the 235 mln stg in claims that "
                                "investors face, chairman Peter Miller said at a press conference.",
                           published="1987-04-08")
    assert {e.name: e.actor for e in rec.entities}.get("Peter Miller") == "GBRBUS"


def test_a_man_reporting_a_firms_act_with_no_title_is_not_its_officer(pipeline):
    rec = pipeline.extract(text="Lloyd's of London has offered to meet part of the claims, Peter Miller said.",
                           published="1987-04-08")
    assert {e.name: e.actor for e in rec.entities}.get("Peter Miller") != "GBRBUS"


def test_rejecting_bare_opponents_calls_rejects_the_opposition(pipeline):
    triples = reported_triples(pipeline, "LONDON - Britain's care plans were published. But the government shunned "
                                         "opponents' calls for free long-term care.", ERA)
    assert ("GBRGOV", "GBROPP", "120") in triples


def test_agreeing_to_pay_to_settle_a_suit_settles_it(pipeline):
    text = ("New York Attorney General Eliot Spitzer sued the insurance broker Marsh & McLennan in October. In "
            "January, Marsh & McLennan agreed to pay $850m to settle the suit.")
    events = [e for e in reported_events(pipeline, text, ERA) if e.code == "057"]
    assert events and events[0].target == "USAGOV"
    rec = pipeline.extract(text="Marsh & McLennan said it hoped to pay $850m to settle the suit.", published=ERA)
    assert not any(e.code == "057" and not e.hypothetical for e in rec.events)


def test_counted_industrialised_nations_are_the_group_named_not_the_west(pipeline):
    triples = reported_triples(pipeline, "India, which attends the G7 meeting of seven leading industrialised nations on "
                                         "Friday, is unlikely to be cowed.", ERA)
    assert not any(t == "WST" for _s, t, _c in triples)


def test_agreeing_to_settle_charges_is_the_settlement_alone(pipeline):
    events = reported_events(pipeline, "Three former Ahold top executives last year agreed to settle fraud charges "
                                       "brought by the SEC.", ERA)
    assert [e.code for e in events] == ["057"]
    rec = pipeline.extract(text="Spitzer sued Marsh & McLennan in October. Marsh & McLennan refused to agree to "
                                "settle the suit.", published=ERA)
    assert not any(e.code == "057" and not e.negated and not e.hypothetical for e in rec.events)


def test_a_first_name_and_surname_tagged_as_an_organisation_is_the_person(pipeline):
    rec = pipeline.extract(text="Vincent Cable says one in eight households already struggle with debt. \"Banks are "
                                "very aggressive,\" Mr Cable told BBC News.", published=ERA)
    cable = [e for e in rec.entities if e.name.endswith("Cable")]
    assert len(cable) == 1 and cable[0].type == "PERSON"


def test_the_house_of_a_one_country_story_is_its_legislature(pipeline):
    rec = pipeline.extract(text="WASHINGTON - The House passed a trade bill. The White House criticised the House.",
                           published="1987-04-08")
    assert {e.name: e.actor for e in rec.entities}.get("House") == "USALEG"
    assert ("USAGOV", "USALEG", "111") in {(e.source, e.target, e.code) for e in rec.events}
    rec = pipeline.extract(text="Firefighters said the house of the mayor of Chicago burned down.", published=ERA)
    assert not any((e.actor or "").endswith("LEG") for e in rec.entities)


def test_events_need_a_target_unless_monadic_events_are_asked_for(pipeline, monadic_pipeline):
    text = "Pakistani Foreign Minister Shah Mehmood Qureshi called for calm on Monday."
    assert not reported_events(pipeline, text, ERA)
    assert any(e.code.startswith("02") and e.target is None for e in reported_events(monadic_pipeline, text, ERA))
    # an act several parties do together needs no other party
    assert reported_events(pipeline, "OPEC members agreed to limit oil production.", ERA)


def test_a_politicians_hostile_quote_about_the_other_side_criticises_it(pipeline):
    text = ("LONDON - The Conservatives unveiled their plans on Monday. Tory MP John Redwood said: \"Mr Blair has "
            "forgotten the interests of taxpayers, and has broken the pledges he made.\"")
    assert ("GBRLEG", "GBRGOV", "111") in reported_triples(pipeline, text, ERA)
    text = ("LONDON - The Conservatives unveiled their plans on Monday. Tory MP John Redwood said: \"Mr Blair will "
            "speak to the party conference in Brighton next week.\"")
    assert not any(c.startswith("11") for _s, _t, c in reported_triples(pipeline, text, ERA))


def test_a_ledes_description_is_the_person_named_next(pipeline):
    text = ("The new health minister for Wales says there are lessons to learn from England.\n\nDr Brian Gibbons, on "
            "his first full day in the job, admitted big challenges. But Plaid Cymru said Dr Gibbons needed to change "
            "policy.")
    rec = pipeline.extract(text=text, published=ERA)
    assert {e.name: e.actor for e in rec.entities}.get("Brian Gibbons") == "GBRGOV"
    text = ("The Secretary-General of the African Development Bank expressed confidence in the bank.\n\nKoffi "
            "Dei-Anang told a news conference that loan arrears were small.")
    rec = pipeline.extract(text=text, published="1987-04-08")
    assert not (({e.name: e.actor for e in rec.entities}.get("Koffi Dei-Anang") or "").endswith("GOV"))


def test_a_politicians_reported_hostile_words_about_the_other_side_criticise_it(pipeline):
    text = "LONDON - In October Tory leader Michael Howard said Mr Blair would be running scared if he refused a debate."
    assert ("GBROPP", "GBRGOV", "111") in reported_triples(pipeline, text, ERA)
    # what a politician denies is no charge of his
    text = "LONDON - Foreign Secretary Jack Straw denied the Tory plans amounted to a constitutional crisis."
    assert not any(c == "111" for _s, _t, c in reported_triples(pipeline, text, ERA))


def test_a_name_read_as_the_apposition_of_a_fronted_phrase_speaks(pipeline):
    rec = pipeline.extract(text="In response to Dr Gibbons' comments, Ieuan Wyn Jones, leader of the Plaid Cymru group "
                                "in the assembly, said: \"It is apparent that this reshuffle was a mess.\"",
                           published=ERA)
    assert [(q.kind, q.speaker) for q in rec.quotes] == [("direct", "Ieuan Wyn Jones")]


def test_charities_and_think_tanks_news_quotes_for_years_are_coded(pipeline):
    rec = pipeline.extract(text="But Age Concern argued social care was under-funded. The Heritage Foundation in "
                                "Washington disagreed.", published=ERA)
    codes = {e.name: e.actor for e in rec.entities}
    assert codes.get("Age Concern") == "GBRNGO" and codes.get("Heritage Foundation") == "USANGO"


def test_a_name_inside_a_quotation_is_no_antecedent_of_the_narratives_he(pipeline):
    text = ("Conservative MP Robert Jackson has defected to Labour. In a letter to his constituency chairman he wrote: "
            "\"It is in the country's best interest that Tony Blair rather than Michael Howard should form the next "
            "government.\" While saying he admired Mr Blair's leadership, he bitterly criticised the Conservatives.")
    rec = pipeline.extract(text=text, published=ERA)
    jackson = next(e for e in rec.entities if e.name == "Robert Jackson")
    last_he = text.rindex(" he ") + 1
    assert any(s == last_he for s, _e in jackson.mentions)


def test_continents_named_as_places_take_their_cameo_region_codes(pipeline):
    rec = pipeline.extract(text="The dollar fell in Europe and Asia on Monday, while trade with South-East Asia rose.",
                           published=ERA)
    codes = {e.name: e.actor for e in rec.entities}
    assert codes.get("Europe") == "EUR" and codes.get("Asia") == "ASA" and codes.get("South-East Asia") == "SEA"


def test_a_continent_discussed_is_the_topic_and_the_partner_is_the_recipient(pipeline):
    triples = reported_triples(pipeline, "Israeli Foreign Minister Shimon Peres discussed the Middle East with "
                                         "Palestinian officials in Rome.", "1987-04-08")
    assert any(c.startswith("04") and (t or "").startswith("PSE") for _s, t, c in triples)
    assert not any(t == "MEA" for _s, t, _c in triples)


def test_a_datelines_country_weighs_in_the_dollars_of_wire_copy(pipeline):
    text = ("Texaco Inc said it would post a bond of one billion dlrs while it awaits a ruling by the U.S. Supreme "
            "Court. It offered shares of <Texaco Canada Inc> as collateral. The Canadian unit's stock is valued at 1.8 "
            "billion dlrs, and the Canadian subsidiary is profitable.")
    rec = pipeline.extract(text=text, published="1987-04-10", dateline="HOUSTON, April 10")
    assert {a.currency for a in rec.amounts} == {"USD"}
    rec = pipeline.extract(text=text, published="1987-04-10")
    assert {a.currency for a in rec.amounts} == {"CAD"}


def test_pressing_for_a_thing_with_no_one_addressed_is_an_appeal(pipeline):
    triples = reported_triples(pipeline, "Washington pressed for more tariff reductions from Taipei.", "1987-04-10")
    assert any(c.startswith("02") and s.startswith("USA") and (t or "").startswith("TWN") for s, t, c in triples)
