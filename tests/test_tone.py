"""GDELT-style document tone (issue 5)."""

from __future__ import annotations

import pytest

from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.tone import document_tone, load_tone_lexicon
from wirecoder.resources import Resources


@pytest.fixture(scope="module")
def tone_of(nlp):
    resources = Resources()

    def run(text: str):
        ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=nlp(text), resources=resources)
        return document_tone(ctx)

    return run


def test_positive_text_has_positive_tone(tone_of):
    t = tone_of("The leaders welcomed the peaceful agreement and praised their strong friendship.")
    assert t.positive > 0 and t.negative == 0
    assert t.tone == pytest.approx(t.positive - t.negative)
    assert t.polarity == pytest.approx(t.positive + t.negative)


def test_negative_text_has_negative_tone(tone_of):
    t = tone_of("Militants killed ten people in a terrible attack; the bombing caused panic and grief.")
    assert t.tone < 0 and t.negative > t.positive


def test_percentages_are_of_all_words(tone_of):
    t = tone_of("Officials praised the deal.")  # 4 words, one positive
    assert t.word_count == 4
    assert t.positive == pytest.approx(25.0)


def test_names_and_function_words_carry_no_tone(tone_of):
    t = tone_of("The United States Party met officials like him in Washington.")
    assert t.positive == 0 and t.negative == 0


def test_empty_text(tone_of):
    t = tone_of("")
    assert t.word_count == 0 and t.tone == 0


def test_lexicon_overrides_apply():
    lex = load_tone_lexicon()
    assert "party" not in lex  # neutralised: political party
    assert lex["ceasefire"] == 1 and lex["killed"] == -1
