"""wirecoder's quote finder as a spaCy pipeline component.

    import spacy
    import wirecoder.spacy_component  # registers the component

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("wirecoder_quotes")  # after the parser and NER
    doc = nlp(text)
    for q in doc._.quotes:  # wirecoder.record.Quote objects
        print(q.kind, q.speaker, q.cue, q.text)

The component needs the dependency parse (and uses NER when present). It builds a minimal article
context from the Doc: the body is ``doc.text`` and the entity table is empty, so speakers are the
names and phrases spaCy's entities and our own pronoun fallback give (no entity ids).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.quotes import extract_quotes
from wirecoder.resources import Resources

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

_resources = Resources()  # the speech-verb list, loaded once per process


@Language.component("wirecoder_quotes", requires=["token.dep", "token.head"], assigns=["doc._.quotes"])
def wirecoder_quotes(doc: Doc) -> Doc:
    ctx = ArticleContext(article=CleanArticle(id="", text=doc.text), doc=doc, resources=_resources)
    doc._.quotes = extract_quotes(ctx)
    return doc
