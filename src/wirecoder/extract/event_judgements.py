"""Judgements told by a speaker: praise (051) or criticism (111) of an actor or of its act.

"Ancram said the move would be profoundly wrong", "the JCWI says the rules breach human rights law", "Yukos
called the sale illegal", "officials dismissed Yukos' legal wrangling as meaningless", "Mubarak described Sharon
as the best chance for peace". The words that make a statement a judgement are data (judgement_words.tsv); this
module finds them in the parse and says what is judged. Who the judge and the judged actor are is the events
stage's business (events.py), as for every other event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.extract.event_coding import RELATIVE_PRONOUNS, agent_objects, infinitival, is_condition
from wirecoder.extract.event_stances import COPULA_LEMMAS, reporting_verb
from wirecoder.resources import data_path, tsv_rows

if TYPE_CHECKING:
    from spacy.tokens import Token

JUDGEMENT_FILES_ENV = "WIRECODER_JUDGEMENT_FILES"
PRAISE_CODE = "051"
CRITICISM_CODE = "111"
ACCUSATION_CODE = "112"
DISAPPROVAL_CODE = "110"
ROLES = ("quality", "manner", "act", "verdict", "feeling", "excess")
FEELING = "feeling"
EXCESS = "excess"
# Verbs that say what their subject feels: "was angry at", "felt betrayed by", "grew frustrated with".
# (the copulas but "prove", which tells an outcome, not a feeling)
FEELING_HOSTS = (COPULA_LEMMAS - {"prove"}) | {"feel", "become", "grow", "get"}
CLAUSE_OBJECT = "that"  # in a feeling row's objects: the feeling takes a that-clause ("pleased the US agreed")
POLARITIES = {"+": 1, "-": -1, "!": -1, ".": 0}
AS_PHRASE = "as"  # objects of a verdict row: the verdict needs an "as" phrase ("described Sharon as ...")
# What may be judged when it is not an actor: acts, decisions and their instruments. "The situation was dangerous"
# or "the economy is weak" judge no one.
ACT_NOUNS = frozenset("""
move decision step plan policy proposal action measure idea announcement deal approach sanction ban attack
rule regulation law legislation bill order scheme reform sale bid offer ruling verdict remark comment statement
behaviour behavior conduct response reaction handling treatment invasion occupation war strike raid campaign
programme program budget tax tariff strategy stance position tactic wrangling refusal demand threat
intervention crackdown agreement accord treaty initiative effort proposals arrest detention suggestion record
execution expulsion blockade embargo boycott restriction control veto withdrawal deployment auction takeover attempt
merger acquisition privatisation privatization nationalisation nationalization seizure aggression practice
aid package support funding concession compensation settlement cut
""".split())
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
# acts whose passive subject is their doer: "was involved in the fraud", "was implicated in the plot"
PASSIVE_DOER_ACTS = frozenset({"involve", "implicate"})
# verbs that report a finding as a speech verb reports words: "the inquiry found Mr Blunkett's account had been
# wrong", "the court ruled the sale was illegal", "the report concluded the policy had failed", "this report shows
# the first attempt to sell the Dome proved a complete fiasco"
FINDING_VERBS = frozenset({"find", "conclude", "rule", "judge", "show", "reveal"})
# Nouns that only measure or classify what their "of" phrase names: "a load of nonsense", "an act of betrayal".
CONTAINER_NOUNS = frozenset({"load", "pile", "piece", "bit", "kind", "sort", "form", "example", "case", "act"})
MODIFIER_DEPS = frozenset({"amod", "advmod", "npadvmod", "compound"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
FIRST_PERSON = frozenset({"i", "we"})
INFINITIVE_NEED = "to"  # in an act row's objects: the act judges with a "to" act ("had failed to tackle")
SHORTFALL_VERB, SHORTFALL_QUALITY = "go", "insufficient"  # "did not go far enough": judged insufficient
# Verbs that attribute the quality of their object to their subject: "has shown crass incompetence".
DISPLAY_VERBS = frozenset({"show", "display", "demonstrate", "exhibit", "betray"})
OPINION_VERBS = frozenset({"think", "feel", "believe", "say", "fear", "suspect", "know"})
NAMED_OWNER_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON"})  # "unfair Japanese trade practices", not "council tax"


@dataclass(frozen=True)
class JudgementWord:
    word: str
    polarity: int  # +1 praise, -1 criticism (0: a verdict verb, whose complement carries the polarity)
    role: str
    needs: frozenset[str]  # object lemmas (acts) or modifier lemmas (qualities) the word needs
    accuses: bool = False  # a charge of wrongdoing ("a liar", "a criminal"): 112, not 111

    @property
    def code(self) -> str:
        if self.accuses:
            return ACCUSATION_CODE
        if self.role == FEELING and self.polarity < 0:
            return DISAPPROVAL_CODE  # "unhappy with", "disappointed by": disapproval, not a denunciation
        return PRAISE_CODE if self.polarity > 0 else CRITICISM_CODE


@dataclass(frozen=True)
class Judgement:
    word: JudgementWord
    trigger: Token  # the judging word in the text
    judged: Token  # head of what is judged: an actor's phrase or an act noun
    judge_verb: Token  # the verb whose subject judges (a speech verb, or a naming verb)
    speakers_voice: bool = False  # told in a direct quote's own words: the quote's speaker judges
    verdict: bool = False  # told by a verdict verb ("called the plans 'dangerous'"): its object is what is judged


Lexicon = dict[tuple[str, str], JudgementWord]


def load_judgement_words(extra: Iterable[Path] = ()) -> Lexicon:
    """(role, word) -> JudgementWord from judgement_words.tsv and the user's files (later rows win)."""
    lexicon: Lexicon = {}
    for path in (data_path("judgement_words.tsv"), *extra):
        for cols in tsv_rows(path, 3):
            word, polarity, role = cols[0].strip().lower(), cols[1].strip(), cols[2].strip()
            if polarity not in POLARITIES or role not in ROLES or (polarity == ".") != (role == "verdict"):
                continue
            needs = frozenset(w.strip() for w in cols[3].split(",") if w.strip()) if len(cols) > 3 else frozenset()
            lexicon[(role, word)] = JudgementWord(word, POLARITIES[polarity], role, needs - {"-"}, polarity == "!")
    return lexicon


def find_judgement(lexicon: Lexicon, tok: Token, speech_lemmas: frozenset[str], quoted: bool = False
                   ) -> Judgement | None:
    """The judgement TOK heads: a clause reported by a speech verb whose predicate is a judgement ("said the
    move was wrong", "says the rules breach human rights law", "said X had regrettably not listened"), or a
    naming verb with a judging complement ("called the sale illegal"). QUOTED: TOK is inside a direct quote,
    where the speaker's own sentences ("This government has shown crass incompetence") and what the speaker
    thinks ("I feel UKIP have over-reacted") are judgements too; their judge_verb is TOK itself. None for
    anything else."""
    verdict = lexicon.get(("verdict", tok.lemma_.lower())) if tok.pos_ in ("VERB", "AUX") else None
    if verdict is not None:
        return _naming_judgement(lexicon, tok, verdict)
    if tok.dep_ == "amod":
        return _attributive_judgement(lexicon, tok, speech_lemmas, quoted)
    feeling = _feeling_judgement(lexicon, tok, quoted)
    if feeling is not None:
        return feeling
    speech = reporting_verb(tok, speech_lemmas | FINDING_VERBS)
    if speech is None and quoted and _speakers_own_clause(tok):
        speech = tok
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.pos_ == "ADJ" and speech is not None:
        # "said the prime minister's view ... was flawed" parsed with the adjective as the clause's head and
        # "was" as its auxiliary holding the subject: read as "view was flawed"
        be = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be"]
        subjects = [s for b in be for s in b.children if s.dep_ in ("nsubj", "nsubjpass")]
        if subjects and not _negated(tok) and not any(_negated(b) for b in be):
            hit_tok = _quality_word(lexicon, tok)
            if hit_tok is not None:
                return Judgement(hit_tok[0], hit_tok[1], subjects[0], speech, speech.i == tok.i)
        return None
    if speech is tok and any(s.lower_ in FIRST_PERSON for s in subjects):
        return None  # "we were wrong": the speaker's own side
    if speech is None or not subjects:
        return None
    for child in tok.children:  # "had regrettably not listened": negated, but the regret is the judgement
        hit = lexicon.get(("manner", child.lemma_.lower())) if child.dep_ == "advmod" else None
        if hit is not None:
            return Judgement(hit, child, subjects[0], speech, speech.i == tok.i)
    if _negated(tok):
        shortfall = _shortfall(lexicon, tok)  # "claimed the support did not go far enough"
        if shortfall is not None:
            return Judgement(shortfall, tok, subjects[0], speech, speech.i == tok.i)
        return None  # "said the move was not wrong"
    if tok.pos_ == "ADJ" and speech is not tok:
        hit_tok = _quality_word(lexicon, tok)  # "he found the BNP's policies abhorrent": a small clause
        if hit_tok is not None:
            return Judgement(hit_tok[0], hit_tok[1], subjects[0], speech, False)
    if tok.lemma_.lower() in COPULA_LEMMAS:
        for pred in tok.children:
            if pred.dep_ in PREDICATE_DEPS or (pred.dep_ == "dobj" and tok.lemma_.lower() == "prove"):
                # ("proved a complete fiasco": the parser takes the noun for an object)
                hit_tok = _quality_word(lexicon, pred)
                if hit_tok is not None:
                    word, at = hit_tok
                    return Judgement(word, at, subjects[0], speech, speech.i == tok.i)
        return None
    if tok.lemma_.lower() in DISPLAY_VERBS:  # "this government has shown crass incompetence"
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            hit_tok = _quality_word(lexicon, obj)
            if hit_tok is not None:
                return Judgement(hit_tok[0], hit_tok[1], subjects[0], speech, speech.i == tok.i)
    act = lexicon.get(("act", tok.lemma_.lower()))
    if act is not None and (not act.needs or any(o.lemma_.lower() in act.needs for o in _objects(tok)) or (
            INFINITIVE_NEED in act.needs and any(c.dep_ == "xcomp" and infinitival(c) for c in tok.children))):
        # a passive act judges its "by" agent, none without one ("had been neglected too long": who was wronged);
        # but one is "involved" or "implicated" in wrongdoing as its doer ("Ebbers was directly involved in the fraud")
        doer = subjects[0] if subjects[0].dep_ == "nsubj" or tok.lemma_.lower() in PASSIVE_DOER_ACTS \
            else next(iter(agent_objects(tok)), None)
        if doer is None or any(c.dep_ == "advcl" and is_condition(c) for c in tok.children):
            return None  # "if GATT does not act, it will be neglecting ...": a warning, not a judgement of an act
        return Judgement(act, tok, doer, speech, speech.i == tok.i)
    return None


def _shortfall(lexicon: Lexicon, verb: Token) -> JudgementWord | None:
    """ "did not go far enough", "does not go nearly far enough": the idiom of an act judged insufficient (the
    lexicon's row for "insufficient"), for a negated VERB."""
    if verb.lemma_.lower() != SHORTFALL_VERB or not any(
            c.dep_ == "advmod" and (c.lower_ == "enough" or any(g.lower_ == "enough" for g in c.children))
            for c in verb.children):
        return None
    return lexicon.get(("quality", SHORTFALL_QUALITY))


def _attributive_judgement(lexicon: Lexicon, adj: Token, speech_lemmas: frozenset[str], quoted: bool
                           ) -> Judgement | None:
    """A criticism word set before a party's act in reported words: "Howard said the government's shameful
    decision had hurt families", '"... not overbearing government initiatives," said Mr Burns'. Only criticism
    (praise words before a noun mostly describe: "the historic deal", "the best way"), and only of an act
    whose owner the phrase names (a possessor or a modifier), so no author is guessed."""
    noun = adj.head
    hit = _quality_entry(lexicon, adj)
    if hit is None or hit.polarity >= 0 or hit.needs or _negated(adj) or not is_act_noun(noun) or not any(
            c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.i != adj.i and (
                c.pos_ == "PROPN" or c.ent_type_ in NAMED_OWNER_TYPES)) for c in noun.children):
        return None
    clause = noun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    speech = reporting_verb(clause, speech_lemmas)
    if speech is None and quoted and _speakers_own_clause(clause):
        return Judgement(hit, adj, noun, clause, speakers_voice=True)
    return Judgement(hit, adj, noun, speech) if speech is not None else None


def _naming_judgement(lexicon: Lexicon, verb: Token, verdict: JudgementWord) -> Judgement | None:
    """A verdict verb, its object and a judging complement: "called the sale illegal", "branded Harry's actions
    'stupid and evil'", "called the plan 'a disgrace'", "dismissed Yukos' wrangling as meaningless", "described
    Sharon as the best chance for peace", "the plans were branded 'unworkable'". Verbs whose row needs "as" take
    only an "as" phrase ("described the quarter as difficult", not "described the scene")."""
    if _negated(verb):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "dobj")
                   and (not objects or c.i > objects[0].i)]  # a second object: "branded the budget 'a con trick'"
    if not objects:  # "called the sale illegal" read as one phrase; "termed the decision illegal" as a small clause
        objects = [n for c in complements for n in c.children
                   if (n.dep_ == "compound" and n.pos_ == "NOUN") or n.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and (not objects or objects[0].lower_ in RELATIVE_PRONOUNS):
        objects = [verb.head]  # "the party, which he labelled as a 'joke'", "a trade bill he branded as protectionist"
    if not objects:
        return None
    judged = objects[0]
    # a complement the parser hung on the object: "Harry's actions 'stupid and evil'", "the plan 'a disgrace'"
    complements.extend(c for c in judged.children if c.i > judged.i and (
        c.dep_ == "appos" or (c.dep_ == "amod" and c.pos_ == "ADJ")))
    as_phrases = [c for h in (verb, judged) for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "as"
                  for c in prep.children if c.dep_ in ("pobj", "amod", "acomp")]
    if AS_PHRASE in verdict.needs:
        complements = as_phrases
    else:
        complements.extend(as_phrases)
    for comp in complements:
        for part in (comp, *comp.conjuncts):  # "unfair and unworkable", "a liar and a coward"
            hit = _quality_word(lexicon, part)
            if hit is not None:  # "condemned what it called Israeli aggression": the named thing is judged
                named = part if judged.lower_ == "what" and part.pos_ in ("NOUN", "PROPN") else judged
                return Judgement(hit[0], hit[1], named, verb, verdict=True)
    return None


def _feeling_judgement(lexicon: Lexicon, tok: Token, quoted: bool) -> Judgement | None:
    """What its subject feels about another's act or about another party, told with no speech verb needed:
    "Britain was angry at France's decision", "Germany is disappointed with France" (a passive participle),
    "he was pleased the administration was prepared to ...", "Tokyo is critical of the US proposal". TOK is the
    copula or the passive participle; the thing felt about is the object of a preposition the word's row allows,
    else the subject of its that-clause. In a direct quote "I"/"we" is the quote's speaker (speakers_voice)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        word = tok  # "Germany is disappointed with France", "was angered by the decision"
    elif tok.lemma_.lower() in FEELING_HOSTS:
        word = next((c for c in tok.children if c.dep_ in ("acomp", "oprd") and c.pos_ in ("ADJ", "VERB")), None)
        if word is None:
            return None
    else:
        return None
    hit = lexicon.get((FEELING, word.lower_)) or lexicon.get((FEELING, word.lemma_.lower()))
    if hit is None or _negated(tok) or _negated(word) or any(c.lower_ in NEGATORS for c in word.children):
        return None  # "not unhappy with": no stance; "not satisfied with" is a pattern row of its own
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    hosts = (word,) if word is tok else (word, tok)
    judged = next((o for h in hosts for prep in h.children
                   if prep.dep_ in ("prep", "agent") and prep.lower_ in hit.needs
                   for o in prep.children if o.dep_ == "pobj"), None)
    if judged is None and CLAUSE_OBJECT in hit.needs:
        # the doer of the act felt about; not one the act befalls ("glad the minister has been shamed into going")
        judged = next((s for h in hosts for clause in h.children if clause.dep_ == "ccomp" and not _negated(clause)
                       and not any(c.dep_ == "auxpass" for c in clause.children)
                       for s in clause.children if s.dep_ == "nsubj"), None)
    if judged is None:
        return None
    own_voice = quoted and subjects[0].lower_ in FIRST_PERSON
    return Judgement(hit, word, judged, tok, speakers_voice=own_voice)


def _quality_word(lexicon: Lexicon, pred: Token) -> tuple[JudgementWord, Token] | None:
    """The judgement a predicate word carries: itself ("wrong"), a modifier of a predicate noun ("a positive
    step", "a very dangerous one"), or the first part of a compound ("prejudice-based")."""
    if any(c.lower_ in NEGATORS or c.dep_ == "neg" for c in pred.children):
        return None  # "was not helpful", "no mistake"
    if pred.lemma_.lower() in CONTAINER_NOUNS:  # "dismissed them as a 'load of nonsense'"
        for inner in (p for prep in pred.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"):
            hit = _quality_word(lexicon, inner)
            if hit is not None:
                return hit
    excess = _excess(lexicon, pred)
    if excess is not None:
        return excess
    for word in (pred, *(c for c in pred.children if c.dep_ in MODIFIER_DEPS)):
        hit = _quality_entry(lexicon, word)
        if hit is None:
            continue
        if hit.needs and not any(c.lemma_.lower() in hit.needs for c in word.children):
            continue
        if word.i != pred.i and word.dep_ == "npadvmod" and pred.lower_ not in ("based", "driven", "motivated", "led"):
            continue  # "prejudice-based", not "two years late"
        return hit, word
    return None


def _quality_entry(lexicon: Lexicon, tok: Token) -> JudgementWord | None:
    """The quality row of a word, by lemma or as written."""
    return lexicon.get(("quality", tok.lemma_.lower())) or lexicon.get(("quality", tok.lower_))


def _excess(lexicon: Lexicon, pred: Token) -> tuple[JudgementWord, Token] | None:
    """ "said Brown's forecasts were too optimistic", "the rise came too late": an adjective or adverb of degree
    saying "more than it should be" makes any predicate adjective a criticism. Not "too early to say" or "too
    ill to attend" (a "to" clause says what cannot be done, not what is wrong)."""
    if pred.pos_ not in ("ADJ", "ADV") or any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and infinitival(c))
                                              for c in pred.children):
        return None
    for c in pred.children:
        hit = lexicon.get((EXCESS, c.lower_)) if c.dep_ == "advmod" else None
        if hit is not None:
            return hit, pred
    return None


def _speakers_own_clause(tok: Token) -> bool:
    """A clause a direct quote states in the speaker's voice: the root of a quoted sentence, or the content of
    the speaker's own "I think/feel/believe"."""
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in OPINION_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in tok.head.children)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        p for prep in verb.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]


def is_act_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in ACT_NOUNS or tok.lower_ in ACT_NOUNS

