"""Offline language detection of the clean body (py3langid), careful with short texts."""

from __future__ import annotations

import re
from functools import cache

MIN_CHARS = 120  # below this, a detection is too unreliable to flag an article as non-English
MIN_CONFIDENCE = 0.90
SAMPLE_CHARS = 1500  # the start of a long body is enough (and langid's time grows with the text)
_NON_LETTERS = re.compile(r"[\W\d_]+")


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of TEXT, or None when the text is too short or the detection not confident."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_NON_LETTERS.sub("", sample))
    if letters < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    if prob < MIN_CONFIDENCE:
        return None
    return str(lang)


@cache
def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ("de" -> "German"); the code itself when unknown."""
    try:
        import pycountry

        lang = pycountry.languages.get(alpha_2=code)
        return str(lang.name) if lang else code
    except Exception:
        return code


def non_english_message(code: str) -> str:
    return (
        f"language is {code} ({language_name(code)}), not English: entities, quotes, events and the other "
        "English-only stages were skipped"
    )
