"""The pipeline object: one record per input, in order; stage failures are contained."""

from wirecoder import Pipeline, extract
from wirecoder.pipeline import parse_published
from wirecoder.readers import RawArticle


def test_one_record_per_input_in_order(pipeline: Pipeline):
    raws = [RawArticle(id=f"a{i}", text=f"Officials met in Nairobi on Monday. Talk number {i}.") for i in range(70)]
    ids = [rec.id for rec in pipeline.process(raws)]
    assert ids == [f"a{i}" for i in range(70)]  # crosses two batch boundaries


def test_extract_function_returns_a_record():
    rec = extract(text="The minister said the talks would continue.", id="t1")
    assert rec.id == "t1"
    assert rec.schema == "wirecoder/article@1"
    assert "talks" in rec.text


def test_extract_requires_exactly_one_input():
    import pytest

    with pytest.raises(ValueError):
        extract()
    with pytest.raises(ValueError):
        extract(text="a", html="<p>a</p>")


def test_a_failing_stage_is_reported_and_the_record_kept(pipeline: Pipeline, monkeypatch):
    from wirecoder.extract import tone

    def broken(ctx):
        raise RuntimeError("boom")

    monkeypatch.setattr(tone, "document_tone", broken)
    rec = pipeline.extract(text="The president visited Paris on Monday and met the prime minister.", id="b")
    assert any("tone stage failed" in e and "boom" in e for e in rec.errors)
    assert rec.text.startswith("The president visited Paris")


def test_parse_published_accepts_iso_and_z():
    assert parse_published("2018-09-06T08:21:00+00:00").utcoffset().total_seconds() == 0
    assert parse_published("2018-09-06T08:21:00Z").hour == 8
    assert parse_published("not a date") is None
    assert parse_published(None) is None


def test_a_sentence_never_spans_a_blank_line(nlp):
    doc = nlp("The minister said the talks\n\nwere over in Geneva on Monday.")
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index("were") in starts
