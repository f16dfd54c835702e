"""Stances told by the predicate of a reported clause (kind P rows of event_patterns.tsv).

"Iran said reports that it planned to attack ships were baseless": the speaker denies the reports (016),
whose author (possessor, modifier or "by" phrase: "Iranian charges") is the target, and what the reports
claim did not happen. "The ministry said Israel was responsible for the attack": the speaker accuses the
actor of the clause (112). The reported clause is a that-clause of a speech verb, before or after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecoder.extract.event_coding import infinitival

if TYPE_CHECKING:
    from spacy.tokens import Token

    from wirecoder.extract.event_data import Pattern, PatternBook

STANCE_KIND = "P"
FALSITY_FRAME = "false"
BLAME_FRAME = "blame"
# P rows of frame "unmet" name obligations ("honour", "fulfil"): "said Tokyo had failed to fulfil the agreement"
# accuses Tokyo (112), like a blame.
UNMET_FRAME = "unmet"
# P rows of frame "judge": a reported clause condemning an act ("said the move would be profoundly wrong") is
# disapproval (111) of its author: named in the subject's phrase, else the doer of the latest act told before.
JUDGE_FRAME = "judge"
FAILURE_LEMMAS = frozenset({"fail", "neglect"})
# Verbs that say what their subject is ("the claims were / seem / look baseless"): one set for stances,
# judgements and events (events adds "become" for its own test).
COPULA_LEMMAS = frozenset({"be", "remain", "seem", "appear", "prove", "look", "sound"})
# Children of the copula that carry the predicate: "were baseless", "was the main cause", "was to blame",
# "was behind the attack".
PREDICATE_DEPS = frozenset({"acomp", "attr", "xcomp", "prep", "oprd"})
MAX_CONTENT_DEPTH = 6


@dataclass(frozen=True)
class Stance:
    pattern: Pattern
    subject: Token  # the claim denied, or the actor blamed
    word: Token  # the predicate word ("baseless", "responsible")


def clause_stance(book: PatternBook, clause: Token) -> Stance | None:
    """The stance of a copular clause headed by CLAUSE ("reports ... were baseless"), or None."""
    if clause.lemma_.lower() in FAILURE_LEMMAS:
        return _unmet_obligation(book, clause)
    if any(c.dep_ == "neg" for c in clause.children):
        return _unmet_by_negation(book, clause)
    if clause.lemma_.lower() not in COPULA_LEMMAS and not _misread_progressive(clause):
        return None
    if any(c.dep_ == "expl" for c in clause.children):
        return _existential_evidence(book, clause)
    holders = [clause, *(a for a in clause.children if a.dep_ == "aux" and a.lemma_.lower() == "be")]
    subjects = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ == "neg" for c in clause.children):
        return None  # "the reports were not baseless" denies nothing
    subject = subjects[0]
    for word in clause.children:
        if word.dep_ not in PREDICATE_DEPS and not (word.dep_ == "dobj" and _misread_progressive(clause)):
            continue
        for pat in book.get(STANCE_KIND, word.lemma_.lower()):
            if pat.prep and not any(c.dep_ == "prep" and c.lower_ == pat.prep for c in word.children):
                continue
            if pat.objects and not ({subject.lemma_.lower(), subject.lower_} & pat.objects):
                continue
            if word.dep_ == "xcomp" and not infinitival(word):
                continue  # "was to blame", not "was blamed"
            return Stance(pat, subject, word)
    return None


def _existential_evidence(book: PatternBook, clause: Token) -> Stance | None:
    """ "there was strong evidence (that) Thatcher approved the sale": evidence called strong (a blame row whose
    objects name evidence) accuses the doer of the act it is evidence of."""
    for noun in clause.children:
        if noun.dep_ != "attr" or any(c.dep_ == "neg" or c.lower_ == "no" for c in (*clause.children, *noun.children)):
            continue
        acts = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")]
        doers = [s for act in acts for s in act.children if s.dep_ in ("nsubj", "nsubjpass")]
        for word in noun.children:
            if word.dep_ != "amod" or not doers:
                continue
            for pat in book.get(STANCE_KIND, word.lemma_.lower()):
                if pat.frame == BLAME_FRAME and noun.lemma_.lower() in pat.objects:
                    return Stance(pat, doers[0], word)
    return None


def _unmet_obligation(book: PatternBook, clause: Token) -> Stance | None:
    """ "Tokyo had failed to fulfil the agreement": a failure to meet an obligation (a P row of frame "unmet"
    for the verb of the "to"-clause), blamed on the clause's subject."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ == "neg" for c in clause.children):
        return None  # "had not failed to honour" blames no one
    for duty in clause.children:
        if duty.dep_ == "xcomp" and infinitival(duty):
            for pat in book.get(STANCE_KIND, duty.lemma_.lower()):
                if pat.frame == UNMET_FRAME:
                    return Stance(pat, subjects[0], clause)
    return None


def _unmet_by_negation(book: PatternBook, clause: Token) -> Stance | None:
    """ "Japan had not yet fulfilled its pledges", "Tokyo has not honoured the pact": an obligation verb negated
    in the perfect or the past, like "had failed to fulfil", blames its subject (not "would not implement
    the plan": a refusal to come)."""
    past = clause.tag_ in ("VBD", "VBN") or any(a.dep_ == "aux" and a.lower_ == "did" for a in clause.children)
    if not past or any(a.dep_ == "aux" and a.tag_ == "MD" for a in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    for pat in book.get(STANCE_KIND, clause.lemma_.lower()):
        if pat.frame == UNMET_FRAME:
            return Stance(pat, subjects[0], clause)
    return None


def _misread_progressive(clause: Token) -> bool:
    """ "were misleading propaganda" parsed as a progressive verb with an object: the copula is its auxiliary."""
    return clause.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_.lower() == "be" for a in clause.children)


def reporting_verb(clause: Token, speech_lemmas: frozenset[str]) -> Token | None:
    """The speech verb CLAUSE is the reported content of: "said (that) X were baseless"."""
    if clause.dep_ == "ccomp" and clause.head.i != clause.i and clause.head.lemma_.lower() in speech_lemmas:
        return clause.head
    return None


def inside_denied_claim(book: PatternBook, tok: Token) -> bool:
    """Whether TOK lies in the content of a claim its reporter calls false: "reports that Iran intended to
    attack ships were baseless" (attack)."""
    cur = tok
    for _ in range(MAX_CONTENT_DEPTH):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("acl", "ccomp") and cur.head.pos_ in ("NOUN", "PROPN"):
            claim = cur.head
            if claim.dep_ in ("nsubj", "nsubjpass"):
                clause = claim.head.head if claim.head.dep_ == "aux" else claim.head  # "were misleading propaganda"
                stance = clause_stance(book, clause)
                return stance is not None and stance.pattern.frame == FALSITY_FRAME and stance.subject.i == claim.i
            return False
        cur = cur.head
    return False
