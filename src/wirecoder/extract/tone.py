"""Document tone in the manner of GDELT GKG V1.5TONE, from a word lexicon.

positive = % of the article's words that are positive, negative = % that are negative,
tone = positive - negative, polarity = positive + negative, word_count = number of words.
The lexicon is vaderSentiment's (valence -4..4) with our overrides (``data/tone_overrides.tsv``);
a word counts when |valence| >= ``MIN_VALENCE``. One pass over the tokens with a dict lookup:
only content words (nouns, verbs, adjectives, adverbs, interjections) outside names are scored,
so "United" in "United States" or "like" as a preposition carry no tone.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path

from spacy.tokens import Token

from wirecoder.extract.base import ArticleContext
from wirecoder.record import Tone
from wirecoder.resources import data_path

MIN_VALENCE = 1.0
SCORED_POS = {"NOUN", "VERB", "ADJ", "ADV", "INTJ"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}


def load_tone_lexicon(extra: tuple[Path, ...] = ()) -> dict[str, int]:
    """word -> +1 (positive) or -1 (negative)."""
    valence: dict[str, float] = {}
    vader = Path(str(importlib_resources.files("vaderSentiment") / "vader_lexicon.txt"))
    for line in vader.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            valence[parts[0]] = float(parts[1])
    for path in (data_path("tone_overrides.tsv"), *extra):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                word, value = line.split("\t")[:2]
                valence[word.strip().lower()] = float(value)
    return {w: (1 if v > 0 else -1) for w, v in valence.items() if abs(v) >= MIN_VALENCE}


def word_polarity(tok: Token, lexicon: dict[str, int]) -> int | None:
    """+1 or -1 for a content word outside names that the lexicon scores (as written, else its lemma), else None."""
    if tok.pos_ not in SCORED_POS or tok.ent_type_ in NAME_LABELS:
        return None
    polarity = lexicon.get(tok.lower_)
    return lexicon.get(tok.lemma_.lower()) if polarity is None else polarity


def document_tone(ctx: ArticleContext) -> Tone:
    lexicon = ctx.resources.cached("tone_lexicon", load_tone_lexicon)
    words = positive = negative = 0
    for tok in ctx.doc:
        if not tok.is_alpha:
            continue
        words += 1
        polarity = word_polarity(tok, lexicon)
        if polarity == 1:
            positive += 1
        elif polarity == -1:
            negative += 1
    if not words:
        return Tone()
    pos, neg = 100.0 * positive / words, 100.0 * negative / words
    return Tone(
        tone=round(pos - neg, 4),
        positive=round(pos, 4),
        negative=round(neg, 4),
        polarity=round(pos + neg, 4),
        word_count=words,
    )
