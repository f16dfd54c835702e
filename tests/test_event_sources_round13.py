"""Events, sources that are not names: a pronoun the entity table left unresolved stands for the nearest earlier
main-clause subject of its number, a document for its author, and a clause the parser hung on the document of
a speech verb ("said in a statement it had agreed") is what the statement says."""

from __future__ import annotations

from event_helpers import reported_events

BANK_REPORT = ("Despite a short-lived increase in Palestinian jobs, the economy is performing well below its "
               "potential, said a World Bank report. Unemployment stood at 25%. The report said even more people "
               "would be on the poverty line without aid from donors. ")


def test_it_after_a_document_is_the_documents_author(pipeline):
    events = reported_events(pipeline, BANK_REPORT + "It also called on the Palestinian Authority to revive its "
                                                     "reform programme.")
    assert any(e.source == "IGOWBK" and e.target == "PSEGOV" and e.code.startswith("02") for e in events)


def test_the_document_named_again_is_its_authors(pipeline):
    events = reported_events(pipeline, BANK_REPORT + "The report urged the Palestinian Authority to revive its "
                                                     "reform programme.")
    assert any(e.source == "IGOWBK" and e.target == "PSEGOV" for e in events)


def test_it_for_a_thing_gives_no_event(pipeline):
    # "It" is the economy, which is no actor: no event, and not the World Bank's either
    text = ("A World Bank report was published on Monday. The Palestinian economy shrank sharply last year. "
            "It also hurt Israel, whose exports fell.")
    events = reported_events(pipeline, text)
    assert not any(e.source == "IGOWBK" for e in events)


def test_a_document_with_no_author_named_gives_no_source(pipeline):
    text = ("The economy is performing well below its potential, a report said. "
            "It also called on the Palestinian Authority to revive its reform programme.")
    events = reported_events(pipeline, text)
    assert not any(e.target == "PSEGOV" and e.code.startswith("02") for e in events)


def test_it_after_a_persons_report_is_the_subject_of_what_was_said(pipeline):
    # people are never "it": the plan Ongpin spoke of is, and a plan names no actor here
    text = ("Philippine Finance Secretary Jaime Ongpin met bankers in Manila on Monday. The plan stalled because "
            "commercial banks balked at the idea, Ongpin said. It had called for new lending to Mexico.")
    events = reported_events(pipeline, text)
    assert not any(e.source and e.source.startswith("PHL") and e.code.startswith("02") for e in events)


def test_statement_content_the_parser_hung_on_the_document(pipeline):
    text = ("Finland's national oil company Neste Oy said in a statement it had agreed with Canadian firms to "
            "study the feasibility of building a plant in Edmonton.")
    events = reported_events(pipeline, text)
    assert any(e.source == "FINBUS" and e.target == "CANBUS" for e in events)



def test_expletive_it_stands_for_nothing(pipeline):
    text = ("France beat England 18-17 at Twickenham on Saturday. It then took some woeful kicking from England "
            "to help them to victory.")
    rec = pipeline.extract(text=text, published="2021-03-10")
    assert not any(e.source and e.source.startswith("FRA") and e.code.startswith("07") for e in rec.events)



def test_the_one_expected_to_act_does_it(pipeline):
    # a raising passive with no agent: the Senate team meets (announced, so hypothetical)
    text = "A U.S. Senate team was scheduled today to meet Kuwait's Crown Prince in Kuwait City."
    rec = pipeline.extract(text=text, published="2021-03-10")
    assert any(e.source == "USALEG" and e.target and e.target.startswith("KWT") for e in rec.events)


def test_a_passive_agent_still_does_the_act(pipeline):
    text = ("Washington is thought to fear it would lead to a buying spree for arms that could be used by China "
            "to threaten its diplomatic rival Taiwan.")
    rec = pipeline.extract(text=text, published="2021-03-10")
    assert any(e.source == "CHN" and e.target == "TWN" for e in rec.events)


def test_a_study_speaks_for_the_one_who_conducted_it(pipeline):
    events = reported_events(pipeline, "The study, conducted by the World Bank, urged the Palestinian Authority to "
                                       "revive its reform programme.")
    assert any(e.source == "IGOWBK" and e.target == "PSEGOV" for e in events)
