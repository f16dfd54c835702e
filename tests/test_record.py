import json

from wirecoder.record import SCHEMA, ArticleRecord, Entity, Event, Location, Quote


def test_empty_record_has_every_contract_field_in_order():
    d = ArticleRecord(id="a").to_dict()
    assert list(d) == [
        "schema", "id", "url", "title", "source", "published", "authors", "captions", "text",
        "entities", "quotes", "events", "amounts", "locations", "dates", "tone", "errors",
    ]
    assert d["schema"] == SCHEMA == "wirecoder/article@1"
    assert d["tone"] == {"tone": 0.0, "positive": 0.0, "negative": 0.0, "polarity": 0.0, "word_count": 0}


def test_round_trip_keeps_nested_objects():
    rec = ArticleRecord(
        id="x",
        text="Pompeo said hi.",
        entities=[Entity(id="e1", name="Mike Pompeo", type="PERSON", actor="USAGOV", country="USA", mentions=[[0, 6]])],
        quotes=[Quote(text="hi", start=12, end=14, kind="indirect", speaker="Mike Pompeo", speaker_entity="e1", cue="said")],
        events=[Event(source="USAGOV", target=None, source_entity="e1", target_entity=None, code="010", root="01",
                      quad_class=1, goldstein=0.0, location=Location(name="Islamabad", country="PAK"))],
    )
    back = ArticleRecord.from_dict(json.loads(rec.to_json()))
    assert back == rec
    assert back.events[0].location.name == "Islamabad"
