"""The defining sample: cleaning gives the gold metadata, body start/end, and no page junk in the text."""

from __future__ import annotations

import json

from conftest import shared_path
from wirecoder.clean.article import clean_article
from wirecoder.readers import iter_inputs


def _ws(s: str) -> str:
    return " ".join(s.split())


def test_sample_cleaning_matches_gold_metadata():
    path = shared_path("fixtures", "000_d1dfb1c7f525a25e.txt")
    gold = json.loads(shared_path("fixtures", "000_d1dfb1c7f525a25e.gold.json").read_text(encoding="utf-8"))["metadata"]
    (raw,) = iter_inputs([str(path)])
    art = clean_article(raw)
    assert art.id == "000_d1dfb1c7f525a25e"
    assert art.title == gold["title"]
    assert art.published == gold["published"] == "2018-09-06T08:21:00+00:00"
    assert art.source == gold["source"] == "UPI"
    assert art.captions == gold["image_captions"]
    text = _ws(art.text)
    assert text.startswith(_ws(gold["body_starts_with"]))
    assert text.endswith(_ws(gold["body_ends_with"]))
    for line in gold["not_body"]:
        assert _ws(line) not in text
    assert art.language == "en" and art.errors == []
    assert "\n\n\n" not in art.text and "\n\n" in art.text
