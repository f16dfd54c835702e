"""The speech-verb lexicon of the quotes stage (``data/speech_verbs.tsv``), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.resources import data_path

if TYPE_CHECKING:
    from spacy.tokens import Token

FRAMES = ("clause", "of", "gerund", "object", "act", "call", "direct", "noun")


OTHER_VERB_PARTICLES = frozenset({"out", "off"})  # particles that make a listed verb another ("rule out")


@dataclass
class SpeechLexicon:
    forms: dict[str, str] = field(default_factory=dict)  # one-word cue form -> lemma
    particle_forms: dict[tuple[str, str], str] = field(default_factory=dict)  # ("pointed", "out") -> lemma
    frames: dict[str, str] = field(default_factory=dict)  # lemma -> frame
    noun_forms: dict[str, str] = field(default_factory=dict)  # "claim", "claims" -> lemma (frame "noun")

    def lemma(self, tok: Token) -> str | None:
        """The speech lemma when TOK is a speech verb used as a verb ("said", "pointed out"), else None."""
        if not (tok.tag_.startswith("VB") or tok.pos_ == "VERB" or _verb_read_as_noun(tok)):
            return None
        low = tok.lower_
        if low in self.forms:
            if any(c.dep_ == "prt" and c.lower_ in OTHER_VERB_PARTICLES and (low, c.lower_) not in self.particle_forms
                   for c in tok.children):
                return None  # "would not rule out a takeover", "estimated off": another verb than the speech verb
            return self.forms[low]
        for child in tok.children:
            if child.dep_ == "prt":
                found = self.particle_forms.get((low, child.lower_))
                if found:
                    return found
        return None

    def frame(self, lemma: str) -> str:
        return self.frames.get(lemma, "clause")


def read_speech_verbs(paths: tuple[Path, ...] = ()) -> SpeechLexicon:
    """Read the shipped list and any extra files of the same format (later lines win)."""
    lex = SpeechLexicon()
    for path in (data_path("speech_verbs.tsv"), *paths):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0] == "lemma" or len(cols) < 3:
                continue
            lemma, forms, frame = cols[0].strip(), cols[1], cols[2].strip()
            if frame == "noun":  # a statement noun with its owner and a "that" clause: "Trump's claim that ..."
                lex.noun_forms.update((form.strip().lower(), lemma) for form in forms.split(",") if form.strip())
                continue
            lex.frames[lemma] = frame if frame in FRAMES else "clause"
            for form in forms.split(","):
                words = form.strip().lower().split()
                if len(words) == 1:
                    lex.forms[words[0]] = lemma
                elif len(words) == 2:
                    lex.particle_forms[(words[0], words[1])] = lemma
    return lex


def _verb_read_as_noun(tok: Token) -> bool:
    """ "The Tory leader brands such criticisms as ...": a verb the tagger read as a plural noun, yet the
    parse gave it a subject and an object of its own."""
    if tok.tag_ not in ("NNS", "NN") or tok.dep_ != "ROOT":
        return False  # (asked of every token that is not a verb: the cheap tests first)
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps
