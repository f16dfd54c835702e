"""Round 19: words said in two sentences are two statements; several doers in a plural noun praise or demand of no
one named; physical targets of force nouns; an obligation told as not met; a passive's agent as the antecedent of
"they"; a known person after a medium keeps his code; a small namesake abroad in a story of one country."""

from __future__ import annotations

from event_helpers import reported_events, reported_triples

ERA = "2005-03-10"


def test_two_charges_in_two_sentences_are_two_events(pipeline):
    text = ("Dr Fox accused Mr Blair of telling lies about Tory policies. The Tory co-chairman Liam Fox also "
            "attacked Labour's six new pledges as \"vacuous\".")
    charges = [e for e in reported_events(pipeline, text, ERA) if e.root == "11"]
    assert len(charges) == 2


def test_one_charge_told_twice_in_one_sentence_is_one_event(pipeline):
    text = "Iran accused Israel of sabotage at its Natanz nuclear site and accused Israel of sabotage."
    assert len([e for e in reported_events(pipeline, text) if e.root == "11"]) == 1


def test_regulators_welcoming_applications_praise_no_one(pipeline, monadic_pipeline):
    text = "Japanese bank regulators have welcomed applications for new licences."
    assert not any(e.root == "05" for e in reported_events(pipeline, text, "1987-04-08"))
    # kept as a monadic event when the user asks for those
    assert any(e.root == "05" and e.target is None for e in reported_events(monadic_pipeline, text, "1987-04-08"))


def test_plural_doers_of_an_agreement_still_act_together(pipeline):
    text = "Egyptian ministers agreed to cooperate more closely on security."
    assert any(e.code.startswith("03") and e.source == "EGYGOV" for e in reported_events(pipeline, text, "1987-04-08"))


def test_an_attack_on_oil_platforms_by_named_forces_is_force(pipeline):
    text = ("The State Department says missions are on high alert for possible retaliation from Iran for Monday's "
            "attack on two Iranian oil platforms by American forces in the Gulf.")
    assert ("USAMIL", "IRN", "190") in reported_triples(pipeline, text, "1987-10-20")


def test_an_obligation_said_not_met_accuses_its_subject(pipeline):
    text = "Poehl said, however, that Japan had not yet fulfilled its pledges for economic stimulation."
    assert any(s == "DEUGOV" and t == "JPN" and c == "112"
               for s, t, c in reported_triples(pipeline, text, "1987-04-08"))
    text = "Poehl said Japan did not comply with the accord."
    assert any(t == "JPN" and c == "112" for _s, t, c in reported_triples(pipeline, text, "1987-04-08"))


def test_an_obligation_refused_for_the_future_is_no_accusation(pipeline):
    text = "Poehl said Japan would not implement the plan."
    assert not any(c == "112" for _s, _t, c in reported_triples(pipeline, text, "1987-04-08"))


def test_they_after_a_passive_agent_is_the_agent(pipeline):
    text = ("The Tories are to back government plans to introduce ID cards. The bill is expected to be opposed by "
            "the Liberal Democrats. They have said the scheme is \"deeply flawed\" and a waste of money.")
    rec = pipeline.extract(text=text, published=ERA)
    flawed = next(q for q in rec.quotes if "flawed" in q.text)
    assert flawed.speaker == "Liberal Democrats"
    assert any(e.root == "11" and e.target == "GBRGOV" and e.trigger[0] > text.index("They")
               for e in rec.events if not e.hypothetical)


def test_a_participles_agent_is_no_antecedent(pipeline):
    text = ("Raghuram Rajan, India's central bank governor, argued that emerging economies needed a voice. At a "
            "dinner hosted by Treasury Secretary Jack Lew on Friday, he said that he favoured flexible rates.")
    rec = pipeline.extract(text=text, published="2016-02-27")
    assert next(q for q in rec.quotes if "favoured" in q.text).speaker == "Raghuram Rajan"


def test_a_known_person_told_after_a_medium_keeps_his_code(pipeline):
    text = ("Sources within the Conservative Party told the BBC Michael Howard has always been in favour of ID "
            "cards. Mr Howard said it was right.")
    rec = pipeline.extract(text=text)
    assert next(e for e in rec.entities if e.name == "Michael Howard").actor == "GBROPP"
    rec = pipeline.extract(text="BBC reporter John Smith said the vote was close.")
    assert next(e for e in rec.entities if e.name == "John Smith").actor == "GBRMED"


def test_a_small_namesake_abroad_is_not_placed_in_a_story_of_one_country(pipeline):
    text = ("Mr Kennedy, the Liberal Democrat leader, is accelerating election preparations this week as he visits "
            "Manchester, Liverpool, Leicester, Somerset, Basingstoke and Shrewsbury in Britain.")
    rec = pipeline.extract(text=text, published=ERA)
    assert not any(loc.country == "USA" for loc in rec.locations)
    assert not any(e.target == "USA" for e in rec.events)


def test_a_famous_small_place_abroad_in_a_story_of_many_countries_is_placed(pipeline):
    text = ("The South Korean and Swedish firms showed their phones at Cannes, and US and Singapore operators "
            "signed up.")
    rec = pipeline.extract(text=text, published=ERA)
    assert any(loc.name == "Cannes" and loc.country == "FRA" for loc in rec.locations)


def test_a_planned_trip_is_an_intent_to_meet_not_a_visit(pipeline):
    text = ("U.S. Trade Representative Clayton Yeutter said he plans a July trip to China to discuss trade "
            "issues.")
    triples = reported_triples(pipeline, text, "1987-03-04")
    assert ("USAGOV", "CHN", "036") in triples
    assert not any(c == "042" for _s, _t, c in triples)


def test_an_appeal_to_a_bare_group_is_to_the_storys_people(pipeline):
    text = ("Liberal Democrat leader Charles Kennedy launched his campaign in London. Mr Kennedy urged students "
            "to \"make their mark\".")
    assert any(s == "GBROPP" and t == "GBREDU" and c.startswith("02")
               for s, t, c in reported_triples(pipeline, text, ERA))


def test_backing_another_mans_nomination_is_support_of_him(pipeline):
    text = ("Israel has asked Stanley Fischer, vice chairman of banking giant Citigroup, to run its central bank. "
            "Mr Fischer will face a delicate balancing act - both in political and economic terms - between "
            "Prime Minister Ariel Sharon and finance minister Binyamin Netanyahu, who also backed his nomination.")
    triples = reported_triples(pipeline, text, "2004-12-20")
    assert any(s.startswith("ISR") and t == "USABUS" and c == "051" for s, t, c in triples)


def test_defending_ones_own_proposals_names_no_party(pipeline):
    text = "Home Secretary Charles Clarke defended his proposals on Monday."
    assert not any(c.startswith("05") for _s, _t, c in reported_triples(pipeline, text, ERA))


def test_a_tribute_is_to_whom_the_report_is_about(pipeline):
    text = ("Distinguished lawyer Lord Scarman has died aged 93. Paying tribute, the Lord Chancellor Lord Falconer "
            "said Lord Scarman was one of the \"great advocates of our generation\".")
    assert any(c == "051" and s.startswith("GBR") and t is not None and t.startswith("GBR")
               for s, t, c in reported_triples(pipeline, text, ERA))


def test_two_tributes_by_two_people_of_one_kind_are_two_statements(pipeline):
    text = ("Lord Scarman has died. Paying tribute, the Lord Chancellor Lord Falconer said Lord Scarman was one of "
            "the \"great advocates of our generation\". Home Secretary Charles Clarke praised Lord Scarman's "
            "\"ability to listen\".")
    praise = [e for e in reported_events(pipeline, text, ERA) if e.code == "051"]
    assert len(praise) == 2


def test_an_unknown_firm_under_a_legal_form_in_a_story_of_one_country_is_of_it(pipeline):
    text = "In May 1985, Allegheny Beverage Corp sold its Pepsi-Cola Bottling Co unit to Pepsico Inc for 160 mln dlrs."
    rec = pipeline.extract(text=text, published="1987-04-09", dateline="PITTSBURGH, April 9")
    bottler = next(e for e in rec.entities if e.name.startswith("Allegheny"))
    assert bottler.actor == "USABUS"


def test_a_surname_alias_does_not_override_another_given_name(pipeline):
    text = ("Jack Law said Jack McConnell's comment was \"ill-advised\". Mr McConnell was speaking to pupils in the "
            "Highlands.")
    rec = pipeline.extract(text=text)
    assert not any(e.actor == "USALEG" for e in rec.entities)
    rec = pipeline.extract(text="President Mohammed Hosni Mubarak met Israeli officials. Mr Mubarak said talks went well.")
    assert next(e for e in rec.entities if "Mubarak" in e.name).actor == "EGYGOV"


def test_employers_turning_down_union_demands_are_the_storys_own(pipeline):
    text = ("Lightning strikes hit the grain sector of the port of Rotterdam today after employers turned down "
            "union demands for shorter working hours in a new labour agreement, transport union FNV spokesman "
            "Bert Duim said. Around 140 grain handlers stopped work in the Netherlands' biggest port.")
    rec = pipeline.extract(text=text, published="1987-03-10", dateline="ROTTERDAM, March 10")
    assert any(e.source == "NLDBUS" and e.target == "NLDLAB" and e.code.startswith("12")
               for e in rec.events if not e.negated and not e.hypothetical)


def test_an_oppositions_call_naming_no_one_is_to_its_government(pipeline):
    text = ("Tory leader Michael Howard met police chiefs. The Conservatives have called for 24-hour drinking to be "
            "shelved until the problems of binge drinking are solved.")
    assert any(s == "GBROPP" and t == "GBRGOV" and c.startswith(("02", "10"))
               for s, t, c in reported_triples(pipeline, text, ERA))


def test_a_governments_own_call_naming_no_one_stays_unaddressed(pipeline):
    text = "Prime Minister Tony Blair called for calm after the riots in Birmingham."
    assert not any(t == "GBRGOV" for _s, t, _c in reported_triples(pipeline, text, ERA))
