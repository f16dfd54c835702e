"""Which CAMEO code a predicate carries: matching the verb/noun pattern dictionary on the parse.

A predicate is a verb (with its particle, prepositions and object head), an event noun taken by a
light verb ("hold talks") or standing on its own ("Israeli airstrikes"), or a frame verb coding the
act it takes as complement ("threatened to impose sanctions" -> 1312).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirecoder.extract.event_data import Pattern, PatternBook

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# Words that open a relative clause and stand for its antecedent ("the party, which ...", "officials who said").
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
# Passives that describe the subject's own stance or act: "Israel is opposed to", "forces were engaged in".
STATIVE_PASSIVES = frozenset({"oppose", "engage", "involve", "commit", "determine", "prepare", "dedicate",
                              "demobilize", "demobilise"})  # "guerrillas have been demobilized": they disarmed
# Object heads that only measure or select what the act is about: "$300 million in military aid".
QUANTITY_LEMMAS = frozenset({
    "part", "amount", "portion", "number", "ton", "tonne", "million", "billion", "trillion", "dollar",
    "$", "lot", "some", "all", "most", "much", "more", "share", "package", "round", "series", "wave",
    "kind", "type", "form", "worth", "level", "total", "sum", "batch", "shipment", "consignment", "state",
    # collections: "signed a variety of agreements", "a raft of measures", "a string of attacks"
    "variety", "range", "host", "raft", "string", "set", "pair", "couple", "handful", "dozen", "array", "spate",
    "flurry", "slew", "multitude",
})
# Frame verbs that mean "try" with a to-clause ("sought to deny entry") and "ask for" with a noun ("sought talks").
ATTEMPT_FRAMES = frozenset({"seek"})
# Nouns of movement whose of-phrase says who moves: "allow the return of inspectors", "the entry of aid".
MOVEMENT_NOUNS = frozenset({"return", "entry", "deployment", "arrival", "passage", "presence", "dispatch",
                            "withdrawal", "pullout", "departure", "transfer", "delivery", "resumption",
                            "control"})  # "took control of the town" (not "of an oil consortium")
# Complements that make a refusal a declined comment: "refused to say", "declined to comment".
SPEECH_COMPLEMENTS = frozenset({"say", "comment", "confirm", "disclose", "reveal", "elaborate", "specify", "discuss",
                                "answer", "speculate", "respond"})
# Prepositions whose object stands in for a direct object: "fought for her job", "fought against extradition".
ACTOR_OBJECT_PREPS = frozenset({"for", "against", "over", "with", "to", "about", "of"})
# Heads that take their meaning from a modifier: "mediation mission", "aid package", "peace effort".
GENERIC_EVENT_HEADS = frozenset({"mission", "effort", "program", "programme", "package", "operation", "campaign",
                                 "plan", "initiative", "process", "project", "drive", "action", "move", "measure"})
# Prepositions naming how an act was done: "wounded two soldiers in a bomb attack", "killed by a device".
INSTRUMENT_PREPS = frozenset({"in", "by", "with", "during"})
# Roots whose acts are conflictual: announced or intended ones are threats, not intentions to cooperate.
CONFLICT_ROOTS = frozenset({"12", "13", "14", "15", "16", "17", "18", "19", "20"})
# "Strike" as a walkout or as force: words of the sentence decide when no modifier does.
WALKOUT_CODE = "143"
MILITARY_STRIKE_CODE = "190"
FORCE_CONTEXT = frozenset({"military", "missile", "bomb", "bombing", "target", "warplane", "jet", "aircraft",
                           "warship", "navy", "naval", "troops", "army", "rocket", "drone", "retaliation",
                           "retaliatory", "airstrike", "raid", "war", "platform", "artillery", "destroy",
                           "retaliate", "pentagon", "gunboat", "militant", "terrorist", "base", "kill"})
LABOUR_CONTEXT = frozenset({"worker", "union", "employee", "staff", "wage", "pay", "picket", "walkout",
                            "teacher", "miner", "driver", "nurse", "carrier", "general", "hunger", "strikebreaker",
                            "industrial", "labour", "labor", "ballot", "dispute", "strike-bound", "docker",
                            "employer", "salary", "contract", "shift", "port", "factory", "plant", "mine"})
# Particles that make a protest verb a movement: "marched up to him", "marched off".
MOVEMENT_PARTICLES = frozenset({"up", "off", "out", "back", "away", "down", "over", "across", "in"})
# Acts whose permission is a concession (CAMEO 08x): letting people or goods in, out or through, letting
# inspectors look, letting opponents take part in public life. "allowed Britain to take the lead" or "allowing
# France to increase its quota" is none.
ALLOWED_ACCESS_ACTS = frozenset({
    "enter", "return", "visit", "cross", "pass", "travel", "go", "come", "leave", "land", "dock", "fly",
    "inspect", "monitor", "observe", "attend", "stay", "remain", "settle", "emigrate", "reach", "deliver",
    "access", "use", "operate", "resume", "meet", "see", "interview", "examine", "search", "investigate",
    # taking part in public life: "allowed the opposition leader to contest the election / hold a rally"
    "participate", "contest", "run", "stand", "campaign", "rally", "march", "demonstrate", "bring", "hold",
    "register", "form", "publish", "broadcast", "worship", "import", "export", "trade", "fish"})
TIME_ENT_TYPES = frozenset({"DATE", "TIME"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# Pattern frame of verbs that state an act only when negated ("will not tolerate" = condemn, 111).
NEGATED_STANCE = "neg"
COURSE_MODALS = frozenset({"should", "must", "would", "will", "shall", "could", "can", "may", "might", "'ll",
                           "'d", "ought"})
OPINION_ROOTS = frozenset({"05", "11", "12"})  # endorse, disapprove, reject: aimed at a proposal's author
# what one buys into a firm with: its party is the firm of the "in" phrase ("a 20% stake in BP")
STAKE_NOUNS = frozenset({"stake", "holding", "interest", "share"})
JUDGED_AS = "party+as"  # pattern frame: an object naming a party and an "as" phrase judging it
ABOUT_PARTY_CLAUSE = "clause"  # pattern frame: a that-clause whose subject names a party, and no actor object
DATIVE_ACTOR = "dative"  # pattern frame: an indirect object naming an actor
NO_CLAUSE = "noclause"  # pattern frame: the verb takes no that-clause (which makes it an admission, a statement)
MAX_FRAME_DEPTH = 2


@dataclass
class Coding:
    """The code of one predicate and the tokens that decided it."""

    code: str
    trigger: Token
    specificity: float
    target_hints: list[Token] = field(default_factory=list)  # pobj of the pattern's preposition
    noun: Token | None = None  # the event noun a light/frame verb took as object
    complement: Coding | None = None  # the act a frame verb took
    frame: str | None = None


def is_quantity(tok: Token) -> bool:
    return tok.like_num or tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_LEMMAS or tok.ent_type_ == "MONEY"


def looked_through(tok: Token) -> list[Token]:
    """TOK, or for quantities what they measure ("$300 million in aid" -> aid, "700 kg of medicine"), or
    for movements whom they move ("allow the return of inspectors" -> inspectors)."""
    movement = tok.lemma_.lower() in MOVEMENT_NOUNS
    if not (movement or is_quantity(tok) or any(c.dep_ == "nummod" for c in tok.children)):
        return [tok]
    out = [tok]
    for prep in tok.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or (prep.lower_ == "in" and not movement)):
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def object_heads(verb: Token) -> list[Token]:
    """Direct objects (and passive subjects) of VERB, conjuncts and measured nouns included."""
    heads: list[Token] = []
    stative = verb.lemma_.lower() in STATIVE_PASSIVES
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and not (stative and child.dep_ == "nsubjpass"):
            for h in (child, *child.conjuncts):
                heads.extend(looked_through(h))
        elif child.dep_ == "prt" and child.lower_ == "up":  # "kidnapped up to 16 Russian advisers"
            heads.extend(p for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "to"
                         for p in prep.children if p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children))
    if heads and all(is_quantity(h) for h in heads):  # "withheld $800 million in funds": in hangs off the verb
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                heads.extend(c for c in prep.children if c.dep_ == "pobj")
    return heads


def ecm_subjects(verb: Token) -> list[Token]:
    """Subjects of a "to"-clause the verb takes: "allowed [refugees] to return" as spaCy parses it."""
    return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and infinitival(c)
            for s in c.children if s.dep_ == "nsubj"]


def lemma_set(tok: Token) -> set[str]:
    """Lemmas naming an object: its head and compound parts ("aid program" -> aid, program)."""
    out = {tok.lemma_.lower(), tok.lower_}
    out.update(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod"))  # "martial law"
    return out


# second words of two-word prepositions spaCy splits: "out of", "away from"
COMPOUND_PREP_TAILS = frozenset({"of", "from"})


CONDITIONAL_MARKS = frozenset({"if", "unless"})


def is_condition(clause: Token) -> bool:
    """Whether CLAUSE is marked as a condition: "if Tokyo does not open its markets", "unless ..."."""
    return any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in clause.children)


def agent_objects(verb: Token) -> list[Token]:
    """The objects of a passive VERB's "by" agent: "was announced by Reagan", "were misled by the minister"."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


# Verbs (with their particle) whose complement is put off, not done: "decided to delay imposing sanctions",
# "agreed to hold up imposing duties", "postponed signing the accord".
DELAYING_VERBS = frozenset({("delay", ""), ("postpone", ""), ("defer", ""), ("hold", "up"), ("hold", "off"),
                            ("put", "off")})


def is_delaying(verb: Token) -> bool:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return (verb.lemma_.lower(), particle) in DELAYING_VERBS


def infinitival(tok: Token) -> bool:
    """Whether TOK heads a to-infinitive: "to reward Tripoli", "was to blame"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def is_subject_aside(prep: Token, verb: Token) -> bool:
    """A preposition set off after the subject, before its verb: "Oliver Letwin, for the Tories, attacked ..."
    says whom the subject speaks for, not what the verb is for."""
    return verb.pos_ in ("VERB", "AUX") and 0 < prep.i < verb.i and prep.doc[prep.i - 1].text == ","


def prep_objects(verb: Token, prep: str) -> tuple[bool, list[Token]]:
    """Whether VERB has the particle/preposition PREP, and the pobj heads of that preposition."""
    found = False
    pobjs: list[Token] = []
    for child in verb.children:
        if child.lower_ != prep and child.lemma_.lower() != prep:
            continue
        if child.dep_ in ("prt", "advmod", "acomp", "oprd", "dobj"):
            found = True
        elif child.dep_ in ("prep", "agent", "dative"):
            if is_time_adjunct(child) or is_subject_aside(child, verb):
                continue  # "on Saturday called him ...": a date, not "call on"
            found = True
            # "pulled out of a contract": spaCy hangs "of" on "out", so the object is one preposition down
            inner = [g for c in child.children if c.dep_ == "prep" and c.lower_ in COMPOUND_PREP_TAILS
                     for g in c.children] if not any(c.dep_ in ("pobj", "pcomp") for c in child.children) else []
            for c in [*child.children, *inner]:
                if c.dep_ in ("pobj", "pcomp"):
                    pobjs.extend(looked_through(c))
                    pobjs.extend(c.conjuncts)
    return found, pobjs


def is_time_adjunct(prep: Token) -> bool:
    """Whether a preposition only dates the act: "on Saturday", "in 1989"."""
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(pobjs) and all(p.ent_type_ in TIME_ENT_TYPES for p in pobjs)


def pattern_match(pat: Pattern, verb: Token, objects: list[Token]) -> tuple[bool, list[Token]]:
    hints: list[Token] = []
    if pat.prep:
        found, pobjs = prep_objects(verb, pat.prep)
        if not found:
            return False, []
        if pat.frame == "prt" and pobjs:
            return False, []  # "give in" (yield), not "give contraceptives out in schools"
        hints = pobjs
        if pat.objects:
            candidates = pobjs + objects
            return any(lemma_set(o) & pat.objects for o in candidates), hints
        return True, hints
    if pat.objects:
        return any(lemma_set(o) & pat.objects for o in objects), hints
    return True, hints


def refine(book: PatternBook, code: str, *phrases: Token | None) -> str:
    """A more precise code from modifiers of the object/noun ("military" aid: 162 -> 1622)."""
    for tok in phrases:
        if tok is None:
            continue
        for sub in tok.subtree:
            lemma = sub.lemma_.lower()
            if lemma in book.refine_words and (code, lemma) in book.refine:
                return book.refine[(code, lemma)]
    return code


class PredicateCoder:
    """Codes predicates; IS_ACTOR tells whether a noun names an actor, a person or a physical target."""

    def __init__(self, book: PatternBook, is_actor: Callable[[Token], bool] | None = None,
                 names_code: Callable[[Token], bool] | None = None,
                 has_author: Callable[[Token], bool] | None = None,
                 names_home: Callable[[Token], bool] | None = None,
                 other_owner: Callable[[Token], bool] | None = None) -> None:
        self.book = book
        # whether a possessive pronoun is another party than its verb's doer ("Netanyahu, who also backed his
        # nomination": Fischer's), not the doer's own ("defended his proposals")
        self.other_owner = other_owner or (lambda tok: False)
        # whether a definite act noun refers back to one whose author was named ("backed the plans")
        self.has_author = has_author or (lambda tok: False)
        # whether a noun names a national institution bare ("the government proposals"): the judge's own
        self.names_home = names_home or (lambda tok: False)
        self.is_actor = is_actor or (lambda tok: True)
        # whether a token is coded as an actor itself (not merely a person or group noun such as "party")
        self.names_code = names_code or self.is_actor

    def objects_ok(self, pat: Pattern, verb: Token, objects: list[Token], hints: list[Token]) -> bool:
        """Rows marked "actor" need their object, if any, to be an actor: "met Pakistani leaders", not
        "met his golden rule"; "attacked the convoy", not "attacked by the Tories as too little"."""
        if pat.frame == "intrans":
            # "protesters marched", not "demonstrated its authority" nor "marching up to him" (a movement)
            # (nor "demonstrate why the purchase creates value": a clause shown)
            return not objects and not any((c.dep_ == "prt" and c.lower_ in MOVEMENT_PARTICLES) or c.dep_ == "ccomp"
                                           for c in verb.children)
        if pat.frame == NO_CLAUSE:  # "conceded defeat", not "conceded his comments may have been offensive"
            return not any(c.dep_ == "ccomp" for c in verb.children)
        if pat.frame == "party+":
            # (a particle has no object of its own: "took over Nokia's handset business")
            opinion = (pat.code or "")[:2] in OPINION_ROOTS  # (not "bought government bonds")
            # "its application, supported by Japan": a participle's doer is its agent, so a pronoun owning the
            # noun it hangs on is someone else ("defended his plans" is the doer's own)
            reduced = verb.dep_ == "acl" and not objects and any(c.dep_ == "agent" for c in verb.children)
            return any(self._names_party(o) or self.has_author(o) or (opinion and self.names_home(o))
                       or (reduced and any(c.dep_ == "poss" and self.names_code(c) for c in o.children))
                       or self._stake_in_party(o)
                       for o in (hints if pat.prep and hints else [verb.head] if reduced else objects))
        if pat.frame == JUDGED_AS:  # "dismissed Yukos' wrangling as meaningless", not "dismissed the minister"
            return any(self._names_party(o) or self.has_author(o) for o in objects) and any(
                c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        if pat.frame == ABOUT_PARTY_CLAUSE:  # "warned that India's deficit was too large", not "... growth would slow"
            return not any(self.is_actor(o) for o in objects) and any(
                self._coded_in_phrase(s) for c in verb.children if c.dep_ == "ccomp"
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
        if pat.frame == DATIVE_ACTOR:  # "offered China access to its oil reserves"
            return any(c.dep_ == "dative" and self.is_actor(c) for c in verb.children)
        if pat.frame == NEGATED_STANCE:  # "will not tolerate attacks" condemns them; "tolerated dissent" is no event
            hosts = [verb, verb.head] if verb.dep_ == "acomp" else [verb]  # "are not satisfied": on the copula
            return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for h in hosts for c in h.children)
        if pat.frame not in ("actor", "actor+"):
            return True
        candidates = hints if pat.prep and hints else list(objects)
        if not candidates and not pat.prep:
            candidates = [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ACTOR_OBJECT_PREPS
                          for c in prep.children if c.dep_ == "pobj"]
        if not candidates and not pat.prep:
            candidates = ecm_subjects(verb)  # "allowed Kurdish refugees to return": the one allowed
            if candidates and pat.code[:2] == "08" and not self._allowed_access(verb):
                return False  # "allowed Britain to take the lead": a permission to act, no concession
        if not candidates and verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.children):
            candidates = [verb.head]  # "a target he says he has now met": the object is the antecedent
        if not candidates:
            return pat.frame == "actor"
        return any(self.is_actor(o) for o in candidates)

    @staticmethod
    def _allowed_access(verb: Token) -> bool:
        """The act VERB lets its object do (a "to"-clause) is access: entering, returning, inspecting."""
        acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and infinitival(c)]
        return any(a.lemma_.lower() in ALLOWED_ACCESS_ACTS for act in acts for a in (act, *act.conjuncts))

    def noun_code(self, noun: Token) -> tuple[str, float] | None:
        """Code of an event noun, modifier-specific rows first."""
        pats = self.book.get("N", noun.lemma_.lower()) or self.book.get("N", noun.lower_)
        if not pats and noun.lemma_.lower() in GENERIC_EVENT_HEADS:  # "mediation mission", "aid package"
            for child in noun.children:
                if child.dep_ in ("compound", "amod") and child.i < noun.i:
                    found = self.noun_code(child)
                    if found:
                        return found
        if not pats:
            return None
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        best: Pattern | None = None
        for pat in pats:
            if pat.objects and not (pat.objects & mods):
                continue
            if pat.prep:
                pobjs = [c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == pat.prep
                         for c in prep.children if c.dep_ == "pobj"]
                if not pobjs or (pat.frame == "actor" and not any(self._names_actor(o) for o in pobjs)):
                    continue
            elif pat.frame == "actor" and not self._of_phrase_names_people(noun):
                continue
            if best is None or (pat.specificity, -pat.order) > (best.specificity, -best.order):
                best = pat
        if best is not None and best.code == WALKOUT_CODE and self._military_sense(noun):
            return MILITARY_STRIKE_CODE, best.specificity  # "the U.S. strike ... Iranian targets"
        return (best.code, best.specificity) if best and best.code else None

    @staticmethod
    def _military_sense(noun: Token) -> bool:
        """A strike with no telling modifier is force when its sentence speaks of war and not of work: "a
        U.S. strike that destroyed two oil platforms", not "the strike by Canada's letter carriers"."""
        lemmas = {t.lemma_.lower() for t in noun.sent}
        return bool(lemmas & FORCE_CONTEXT) and not lemmas & LABOUR_CONTEXT

    def _names_actor(self, tok: Token) -> bool:
        """TOK or one of its modifiers names an actor: "Iran", "Iranian targets", "Iran's navy"."""
        return self.is_actor(tok) or any(self.is_actor(c) for c in tok.children
                                         if c.dep_ in ("amod", "compound", "poss"))

    def _names_party(self, tok: Token) -> bool:
        """TOK names an actor itself or through a modifier, a (non-pronoun) possessor or an of/by phrase:
        "Israel", "the Commission proposal", "Iran's plan", "the plan of the EU"; not "his proposals"."""
        if self.is_actor(tok) and tok.pos_ != "PRON":
            return True
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON" and self.names_code(c):
                return True  # "the Commission proposal", "Iran's plan"; not "his party's plans"
            if c.dep_ == "poss" and c.pos_ == "PRON" and self.other_owner(c):
                return True  # "backed his nomination" (another man's)
            if c.dep_ == "prep" and c.lower_ in ("of", "by"):
                if any(p.dep_ == "pobj" and p.pos_ != "PRON" and self.names_code(p) for p in c.children):
                    return True
        return False

    def _stake_in_party(self, tok: Token) -> bool:
        """A stake in a named party: "a 20% stake in Chongqing Brewery", "its holding in BP" (the party is
        the firm the stake is in, not the stake's owner)."""
        return tok.lemma_.lower() in STAKE_NOUNS and any(
            p.dep_ == "pobj" and p.pos_ != "PRON" and self._names_actor(p)
            for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children)

    def _coded_in_phrase(self, tok: Token) -> bool:
        """TOK or a (non-pronoun) modifier or possessor of it is a coded name: "India's budget deficit",
        "the Iranian navy"; not "police" or "growth"."""
        return any(t.pos_ != "PRON" and self.names_code(t) for t in (tok, *tok.children)
                   if t is tok or t.dep_ in ("amod", "compound", "poss", "nmod"))

    def _of_phrase_names_people(self, noun: Token) -> bool:
        pobjs = [c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against")
                 for c in prep.children if c.dep_ == "pobj"]
        return not pobjs or any(self.is_actor(o) for o in pobjs)

    def is_agent_noun(self, noun: Token) -> bool:
        return any(p.frame == "agent" for p in self.book.get("N", noun.lemma_.lower()))

    def verb_match(self, verb: Token, objects: list[Token]) -> tuple[Pattern, list[Token]] | None:
        best: tuple[Pattern, list[Token]] | None = None
        for pat in self.book.get("V", verb.lemma_.lower()):
            if verb.pos_ == "ADJ" and pat.frame != NEGATED_STANCE:
                continue  # adjectives only state a negated stance: "not satisfied", not "the border is open"
            ok, hints = pattern_match(pat, verb, objects)
            ok = ok and self.objects_ok(pat, verb, objects, hints)
            if ok and (best is None or (pat.specificity, -pat.order) > (best[0].specificity, -best[0].order)):
                best = (pat, hints)
        return best

    def light_match(self, verb: Token, objects: list[Token]) -> Coding | None:
        """A light verb taking an event noun: "held talks", "launched an attack", "took part in a protest"."""
        for pat in self.book.get("L", verb.lemma_.lower()):
            nouns = objects
            if pat.prep:
                found, pobjs = prep_objects(verb, pat.prep)
                if not found:
                    continue
                nouns = pobjs + objects
            for noun in nouns:
                if pat.objects and not (lemma_set(noun) & pat.objects):
                    continue
                nc = self.noun_code(noun)
                if nc:
                    code = refine(self.book, nc[0], noun)
                    return Coding(code, verb, 1.5 + nc[1] / 10, noun=noun)
        return None

    def frame_pattern(self, tok: Token) -> Pattern | None:
        best: Pattern | None = None
        rows = [pat for pat in self.book.get("F", tok.lemma_.lower())
                if not pat.prep or prep_objects(tok, pat.prep)[0] or self._marked_clause(tok, pat.prep)]
        addressed = any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in tok.children)
        for pat in rows:
            if "@actor" in pat.objects and not addressed and any(p.prep for p in rows):
                continue  # "pressed for more reductions": the "press for" row, not that of "pressed the US to ..."
            if best is None or pat.specificity > best.specificity:
                best = pat
        return best

    @staticmethod
    def _marked_clause(tok: Token, prep: str) -> bool:
        """Whether TOK takes a "for ... to" clause marked by PREP: "called for the embargo to be lifted"."""
        return any(c.dep_ in ("advcl", "ccomp", "xcomp") and infinitival(c)
                   and any(m.dep_ == "mark" and m.lower_ == prep for m in c.children) for c in tok.children)

    def complements(self, tok: Token) -> list[Token]:
        """Acts a frame verb takes: "to"-clauses, that-clauses, "of/for/on"-gerunds, clauses on its object."""
        out = [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS or (c.dep_ == "advcl" and infinitival(c))]
        for child in tok.children:
            if child.dep_ in ("prep", "dobj", "dative"):
                out.extend(c for c in child.children if c.dep_ in ("pcomp", "xcomp", "ccomp", "acl", "relcl")
                           and c.pos_ in ("VERB", "AUX"))
        return out

    def code(self, tok: Token, depth: int = 0) -> Coding | None:
        """The coding of predicate TOK (a verb, or a frame adjective such as "willing"), or None."""
        if tok.pos_ not in ("VERB", "AUX", "ADJ") or tok.dep_ in ("amod", "compound"):
            return None  # participles used as adjectives: "a visiting minister", "the ruling party"
        if tok.pos_ == "ADJ" and not self._adjective_has_actor_subject(tok):
            return None  # "his forecasts were too optimistic", "his demeanour remained confident"
        objects = object_heads(tok)
        vm = self.verb_match(tok, objects) if tok.pos_ in ("VERB", "ADJ") else None
        fp = self.frame_pattern(tok)
        if fp is not None and depth < MAX_FRAME_DEPTH:
            framed = self._frame_coding(tok, fp, objects, depth)
            if framed is not None and (vm is None or vm[0].specificity < 2):
                return framed
        if vm is not None and vm[0].code:
            pat, hints = vm
            obj = objects[0] if objects else (hints[0] if hints else None)
            code = refine(self.book, pat.code, obj, *(objects[1:2]), *hints[:1]) if obj is not None else pat.code
            if pat.specificity == 0 and code[:2] in ("18", "19"):
                if any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
                       for c in tok.children):
                    return None  # "the country battled to recover", "fighting hard to prevent a deal"
                code = self.instrument_code(tok) or code
            return Coding(code, tok, float(pat.specificity), target_hints=hints,
                          frame=NEGATED_STANCE if pat.frame == NEGATED_STANCE else None)
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):  # "is in talks with"
            light = self.light_match(tok, objects)
            if light is not None:
                return light
        if fp is not None and fp.code and self.own_frame_event(tok, objects):
            return Coding(fp.code, tok, 0.0, frame=fp.frame, target_hints=self.addressees(tok, fp))
        return None

    def own_frame_event(self, tok: Token, objects: list[Token]) -> bool:
        """Whether a frame verb with no coded complement is an event of its own: not when it attributes a
        quote ('"...," agreed Mr Morgenstern') nor when its object is no actor ("threatened further scores")."""
        if any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
            return False
        fp = self.frame_pattern(tok)
        if fp is not None and "@actor" in fp.objects:
            if fp.frame in ("appeal", "demand") and not any(infinitival(c) for c in self.complements(tok)) and not any(
                    p.dep_ == "prep" and p.lower_ == "for" and any(c.dep_ == "pobj" for c in p.children)
                    for p in tok.children):
                # "pressing the US to cut gases", "asked Congress for more funds", "challenged the Tories to
                # publish"; not "because of pressing business", "the Lib Dems challenge Labour in its heartlands"
                return False
            return any(self.is_actor(o) for o in objects)  # "warned Iran", not "warned that ..."
        if fp is not None and fp.prep and any(c.dep_ == "pcomp" for p in tok.children
                                              if p.dep_ == "prep" and p.lower_ == fp.prep for c in p.children):
            return False  # "insisted on linking approval to ...": an uncoded act, not a demand for a thing
        if fp is not None and fp.frame == "appeal" and any(c.dep_ in ("acomp", "oprd") for c in tok.children):
            return False  # "Titan pleaded guilty to falsifying its accounts": a plea in court, no appeal
        if fp is not None and fp.frame == "appeal" and any(
                c.dep_ == "ccomp" and self._is_question_clause(c) for c in tok.children):
            return False  # "he asked why ministers attacked the plans": a question
        if fp is not None and fp.frame in ("reject", "deny") and any(
                inner is not None and inner.frame in ("reject", "deny")
                for inner in map(self.frame_pattern, self.complements(tok))):
            return False  # "Italy refused to rule out an interest": a refusal to reject leaves it open
        if fp is None or fp.frame not in ("threat", "intent"):
            return True  # "rejected the changes", "demanded elections", "vetoed a resolution"
        if fp.frame == "intent" and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "prep") for c in tok.children):
            return False  # "Mr Wallace agreed and said ...": agreeing with nothing named
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass")
                                                                         for s in c.children)]
        if fp.frame == "intent" and not objects and clauses and (
                not self._has_partner(tok) or not any(self._course_of_action(c) for c in clauses)):
            # "agreed public spending would increase": an opinion, not an undertaking; "the six nations agreed
            # that currencies were within ranges": a shared assessment, not an agreement on what to do
            return False
        return not objects or any(self.is_actor(o) for o in objects)

    def _adjective_has_actor_subject(self, adj: Token) -> bool:
        """A frame adjective states someone's stance only when its subject is an actor or a person."""
        while adj.dep_ == "conj" and adj.head.i != adj.i:  # "remained quiet, confident and reassuring"
            adj = adj.head
        host = adj.head if adj.dep_ in ("acomp", "oprd") else adj
        subjects = [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Syria says it is willing to withdraw": a pronoun in a reported clause stands for the reporter
        return not subjects or any(self.is_actor(s) or self.names_code(s) or (
            s.lower_ == "it" and host.dep_ == "ccomp") for s in subjects)

    @staticmethod
    def _is_question_clause(clause: Token) -> bool:
        """ "asked why ministers attacked ...", "asked whether": a question, not a request."""
        first = clause.left_edge
        return first.tag_ in ("WRB", "WP", "WDT") or (first.lower_ in ("whether", "if") and first.dep_ == "mark")

    @staticmethod
    def _course_of_action(clause: Token) -> bool:
        """A clause stating what is to be done: a modal ("disputes should be resolved", "they will cooperate")
        or a subjunctive ("agreed that the UN monitor the truce"), not a statement of fact ("were within ranges")."""
        return clause.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in COURSE_MODALS for c in clause.children)

    @staticmethod
    def _has_partner(tok: Token) -> bool:
        """Whether an act has a named partner: "agreed with France", "Manila and Paris agree"."""
        return any((c.dep_ == "prep" and c.lower_ in ("with", "to")) or (c.dep_ == "nsubj" and c.conjuncts)
                   for c in tok.children)

    def instrument_code(self, verb: Token) -> str | None:
        """The code of the means of a violent act: "killed in a suicide bombing" -> 1831, "suicide bombers
        killed" -> 1831."""
        for subj in verb.children:
            if subj.dep_ == "nsubj":
                nc = self.noun_code(subj)
                if nc and nc[0][:2] in ("18", "19", "20"):
                    return nc[0]
        for prep in verb.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in INSTRUMENT_PREPS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        nc = self.noun_code(pobj)
                        if nc and nc[0][:2] in ("18", "19", "20"):
                            return nc[0]
        return None

    def addressees(self, tok: Token, fp: Pattern) -> list[Token]:
        """Who an appeal or demand is addressed to: "urged Pakistan to ...", "demanded that Hamas ..."."""
        if fp.frame not in ("appeal", "demand"):
            return []
        out = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        if fp.prep:
            out.extend(prep_objects(tok, fp.prep)[1])
        for comp in self.complements(tok):
            out.extend(c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass"))
        return out

    def _coded_complement(self, tok: Token, depth: int) -> Coding | None:
        """The first coded act among a frame's complements, looking through uncoded means and purposes:
        "willing to send material to help defend Saudi Arabia" -> defend (two levels down at most)."""
        frontier = self.complements(tok)
        for _ in range(3):
            nxt: list[Token] = []
            for c in frontier:
                comp = self.code(c, depth + 1)
                if comp is not None:
                    return comp
                if is_delaying(c):
                    continue  # "agreed to hold up imposing duties": what is put off is not what is agreed
                # only the clause's own to-clauses: not relatives of its object ("weapons seized") nor
                # that-clauses ("insisted the code meant criteria had to be met")
                nxt.extend(k for k in c.children if k.dep_ == "xcomp" or (k.dep_ == "advcl" and infinitival(k)))
            frontier = nxt
        return None

    def _frame_coding(self, tok: Token, fp: Pattern, objects: list[Token], depth: int) -> Coding | None:
        frame = fp.frame or "plan"
        if frame in ("plan", "decide"):
            return None  # no event of their own: they only set the complement's modality
        if "@actor" in fp.objects and objects and not any(self.is_actor(o) for o in objects):
            return None  # "ordered the tariffs", "ordered an investigation": the act itself (a light verb)
        if tok.lemma_.lower() in ATTEMPT_FRAMES and any(c.dep_ == "xcomp" for c in tok.children):
            return None  # "the government sought to deny entry": an attempt, not an appeal
        comp = self._coded_complement(tok, depth)
        if comp is None:  # "demanded the release", "called for talks", "threatened sanctions"
            nouns = list(objects)
            if fp.prep:
                nouns = prep_objects(tok, fp.prep)[1] + nouns
            for noun in nouns:
                nc = self.noun_code(noun)
                if nc:
                    comp = Coding(refine(self.book, nc[0], noun), noun, nc[1], noun=noun)
                    break
        if comp is None:
            if frame == "reject" and any(c.lemma_.lower() in SPEECH_COMPLEMENTS and not any(
                    p.dep_ == "prep" and p.lower_ == "to" for p in c.children) for c in self.complements(tok)):
                # "refused to comment", not "refused to respond to a demand from the US" (a rejection)
                return Coding("011", tok, 1.8, frame=frame)  # "refused to comment": decline comment
            return None
        if frame == "appeal" and comp.trigger.dep_ == "ccomp" and self._is_question_clause(comp.trigger):
            return None  # "asked why ministers attacked the plans": a question, not a request
        if comp.trigger.i < tok.i and comp.trigger.dep_ == "ccomp":
            return None  # attribution after the content: '"... is still welcome," insists Mr Hadi'
        if frame == "intent" and comp.code[:2] in ("11", "12") and not any(
                c.dep_ == "neg" for c in comp.trigger.children):
            return Coding(comp.code, tok, 1.8, complement=comp, frame=frame, noun=comp.noun)  # "pledged to oppose
            # the bill": an announced rejection, not a threat
        if frame == "intent" and any(c.dep_ == "neg" for c in comp.trigger.children):
            frame = "reject"  # "vowed not to return the territory"
        elif frame == "intent" and comp.code[:2] in CONFLICT_ROOTS:
            frame = "threat"  # "vowed to fight", "is prepared to impose martial law"
        derived = self.book.frame_code(frame, comp.code)
        if derived is None:
            return None
        return Coding(derived, tok, 1.8, complement=comp, frame=frame, noun=comp.noun)
