"""Pronouns and definite nominals resolved to entities named before them, by rules.

A pronoun goes to the best antecedent among the entities mentioned in its sentence (before it) and
the ``WINDOW`` sentences before: agreement first (gender from first names, titles and pronouns
already linked; number: "they" wants a group or organisation), then salience: recency in sentences,
grammatical subjects before other mentions, and after a quotation ("..." he said) the last speaker.
"the minister" goes to the last person holding such a title; "the country" to the last country
named that is not the sentence subject's own. Every look-back is bounded, so the cost is linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from wirecoder.extract.entities import FORMER_WORDS, PUBLIC_BODY_WORDS, holds_title
from wirecoder.resources import tsv_rows

if TYPE_CHECKING:
    from wirecoder.actors import ActorDictionary, Role
    from wirecoder.extract.entities import Cluster, NameMention

WINDOW = 2  # previous sentences searched for a pronoun's antecedent
NOMINAL_WINDOW = 4  # ... and for a nominal's ("the minister")
NAMED_KIND_WINDOW = 8  # ... and for "the exchange" naming a body by its name's head ("Hong Kong Stock Exchange")
MAX_LOOKBACK = 40  # mentions looked at, at most
UNKNOWN_GENDER_PENALTY = 1.6
FRONTED_ADJUNCT_PENALTY = 3.5  # a name in a fronted adjunct loses to the subject of the sentence before  # a person of unknown gender is a worse "she" than a known woman nearby

PRONOUNS = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "their": (None, "pl"), "theirs": (None, "pl"),
    "themselves": (None, "pl"), "its": (None, "it"), "it": (None, "it"),
}
# "it" as the subject of these is mostly expletive ("it is clear that", "it seems")
EXPLETIVE_HEADS = frozenset("be seem appear take remain become look matter rain happen".split())
# verbs of saying, to recognise attributions ("..., he said") and speakers
SPEECH_LEMMAS = frozenset(
    "say tell add state claim note ask insist explain warn announce declare reply respond argue "
    "acknowledge admit confirm deny stress write suggest predict urge".split()
)
# who speaks for a body: "its" in what they report is that body's (chief executive, spokesman, head of ...)
REPRESENTATIVE_WORDS = frozenset(
    "spokesman spokeswoman spokesperson head chief chairman chairwoman chair president executive director boss "
    "founder owner ceo md treasurer secretary governor".split()
)
# who talks of a body from outside it: "an analyst at Dresdner said its prices ..." is another firm's prices
OUTSIDER_WORDS = frozenset("analyst analysts economist strategist trader dealer broker observer expert consultant "
                           "commentator critic".split())
QUOTE_MARKS = {'"', "\u201c", "\u201d", "''", "``"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
POSSESSIVES = {"his", "her", "its", "their"}
GENERIC_ORG_WORDS = {"company", "firm", "group", "organisation", "organization"}
BUSINESS_WORDS = {"company", "firm"}
BUSINESS_SECTOR = "BUS"
OBJECT_DEPS = {"dobj", "iobj", "dative"}
# prepositions whose object pronoun is not the subject of the verb ("X was manoeuvring against him");
# not places and company: "he took the files with him"
BINDING_PREPS = frozenset("against at about for to of from on by toward towards into".split())
# words that end the head of a body's name: "Bank | of England", "Inter Governmental Group | on Indonesia"
NAME_HEAD_STOPS = frozenset("of on for in to at and & (".split())


@dataclass(frozen=True)
class OrgKind:
    """What an organisation noun ("the exchange", "the newspaper") can refer back to (nominals.tsv)."""

    names: frozenset[str]  # words heading the names of bodies of this kind
    sectors: frozenset[str]  # CAMEO sectors of bodies of this kind whose names do not say


def load_org_kinds(path) -> dict[str, OrgKind]:
    """The organisation rows of nominals.tsv: word -> OrgKind (names default to the word itself)."""
    kinds: dict[str, OrgKind] = {}
    for cols in list(tsv_rows(path, 1))[1:]:  # (after the header)
        word, target, names, sectors = (cols + ["", "", "", ""])[:4]
        if target.strip() != "org":
            continue
        word = word.strip().lower()
        kinds[word] = OrgKind(frozenset(n.strip().lower() for n in names.split("|") if n.strip()) or frozenset({word}),
                              frozenset(x.strip().upper() for x in sectors.split("|") if x.strip()))
    return kinds


@dataclass
class Ref:
    """A mention an anaphor can point back to."""

    start: int
    end: int
    cluster: Cluster
    sent: int
    subject: bool
    speaker: bool
    head: int  # index of the governing verb of a subject, for binding
    modifier: bool = False  # "Republican" in "Republican convention": no antecedent for "they"
    listed: bool = False  # one of a list ("brands include AEG, Zanussi and Frigidaire"): not "the company"


def sentence_index(doc: Doc) -> list[int]:
    idx = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            idx[i] = n
    return idx


def make_ref(doc: Doc, start: int, end: int, cluster: Cluster, sent: int) -> Ref:
    root = doc[start:end].root
    subject = root.dep_ in SUBJECT_DEPS
    speaker = subject and root.head.lemma_ in SPEECH_LEMMAS
    # a passive's agent is its clause's doer ("is expected to be opposed by the Liberal Democrats. They have
    # said ..."): as salient as a subject
    # (of a clause's own passive verb, not of a participle: "At a dinner hosted by Jack Lew, he said")
    agent = root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ in (
        "ROOT", "conj", "ccomp", "xcomp") and any(c.dep_ == "auxpass" for c in root.head.head.children)
    # (a list of names: not "Cable and Wireless", one name, nor "UKIP and its MEPs")
    listed = root.dep_ == "conj" and not start <= root.head.i < end and bool(root.head.ent_type_) or any(
        ch.dep_ == "conj" and not start <= ch.i < end and ch.ent_type_ for ch in root.children)
    return Ref(start, end, cluster, sent, subject or agent, speaker, root.head.head.i if agent else root.head.i,
               root.dep_ in ("amod", "compound"), listed)


def resolve_references(doc: Doc, mentions: list[NameMention], clusters: list[Cluster],
                       roles_at: dict[int, tuple[int, Role, str]], used_roles: set[int],
                       d: ActorDictionary, office: Callable[[str, int], Cluster | None] | None = None,
                       org_kinds: dict[str, OrgKind] | None = None) -> None:
    """OFFICE: title -> the person of the article holding that office in the article's country on its
    day (the office-holders table), the last resort for "the prime minister" nobody named as such."""
    sent_of = sentence_index(doc)
    taken = {i for nm in mentions for i in range(nm.ext_start, nm.end)}
    refs = [make_ref(doc, nm.start, nm.end, nm.cluster, sent_of[nm.start]) for nm in mentions if nm.cluster is not None]
    # title phrases already tied to a person ("the Labour MP for Birkenhead asked") are antecedents too
    seen = {(r.start, r.end) for r in refs}
    tied = [(s, e, c) for c in clusters if c.label == "PERSON" and not c.group
            for s, e, kind in c.spans if kind == "nominal" and (s, e) not in seen]
    taken.update(i for s, e, _c in tied for i in range(s, e))  # "the Ukrainian president" is Yushchenko's already
    # (only a main clause's subject or a non-subject: "it was time for the London mayor to say sorry" is no
    # antecedent to outrank the sentence's subject)
    refs += [ref for s, e, c in tied if not (ref := make_ref(doc, s, e, c, sent_of[s])).subject
             or doc[s:e].root.head.dep_ in ("ROOT", "conj")]
    refs.sort(key=lambda r: r.start)
    starts = [r.start for r in refs]
    role_starts = {rs: (end, role) for end, (rs, role, _t) in roles_at.items()}
    # "Economists said ... They said X. They urged Y.": a subject "they" right after one left
    # unresolved continues the same unnamed group; it does not jump to an entity in between
    last_pl_subject: tuple[int, bool] | None = None  # (sentence, resolved)
    quoted_tokens = _inside_quotations(doc)
    for t in doc:
        if t.i in taken:
            continue
        low = t.lower_
        target: Cluster | None = None
        span = (t.i, t.i + 1)
        kind = "pronoun"
        if low in PRONOUNS:
            if low == "it" and (t.dep_ != "nsubj" or t.head.lemma_ in EXPLETIVE_HEADS or t.head.pos_ != "VERB"):
                continue  # only a referring subject "it" ("Microsoft said it would ...")
            owner = _clause_owner(doc, t, taken) if low in POSSESSIVES else None
            if owner == -1:
                continue
            if owner is not None and low == "its":  # "Afghanistan, which will soon enter its 18th year"
                target = _cluster_at(refs, starts, owner)
            else:
                target = _resolve_pronoun(doc, t, refs, starts, sent_of, quoted_tokens)
            if low == "they" and t.dep_ in SUBJECT_DEPS:
                if last_pl_subject is not None and not last_pl_subject[1] and sent_of[t.i] - last_pl_subject[0] <= 1:
                    target = None
                last_pl_subject = (sent_of[t.i], target is not None)
        elif low == "the" and t.i + 1 < len(doc):
            head_i, role = _nominal_head(doc, t.i, role_starts, d)
            if head_i is None or head_i in taken or head_i in used_roles:
                continue
            kind = "nominal"
            span = (t.i, head_i + 1)
            if role is not None:
                former = any(doc[k].lower_ in FORMER_WORDS for k in range(t.i + 1, head_i))
                bound = _bound(doc[head_i], refs, starts, sent_of[t.i])  # "he did not trust the prime minister"
                target = _resolve_role_nominal(doc, t.i, role, refs, starts, sent_of, former, bound)
                if target is None and office is not None and not former and role.sector == "GOV":
                    target = office(role.phrase, t.i)
                    if target is not None and id(target) in bound:
                        target = None
                    if target is not None:
                        target.add_role(doc[t.i + 1:head_i + 1].text, None)  # "the prime minister" -> "prime minister"
            else:
                target = _resolve_kind_nominal(doc, t.i, head_i, d.nominals[doc[head_i].lower_], refs, starts, sent_of,
                                               (org_kinds or {}).get(doc[head_i].lower_), d)
        if target is None:
            continue
        target.add(span[0], span[1], kind)
        if kind == "pronoun" and PRONOUNS[low][0] and target.gender is None and target.label == "PERSON":
            target.gender = PRONOUNS[low][0]
        ref = make_ref(doc, span[0], span[1], target, sent_of[t.i])
        pos = bisect.bisect_right(starts, ref.start)
        refs.insert(pos, ref)
        starts.insert(pos, ref.start)
        taken.update(range(span[0], span[1]))
    described_in_the_lede(doc, refs, roles_at, taken)


def _clause_owner(doc: Doc, t, taken: set[int]) -> int | None:
    """Who a possessive most likely belongs to, from its clause's subject: -1 for a common noun that
    names no entity ("the war ..., which will soon enter its 18th year": leave it unresolved), the
    token of an entity named as a relative clause's antecedent, or None (no opinion)."""
    node = t.head
    for _ in range(6):
        subj = next((ch for ch in node.children if ch.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.i == t.head.i and node.head.i != node.i and node.dep_ in ("ccomp", "xcomp"):
            subj = None  # "X said its profits would fall": the owner is the subject of "said"
        if subj is not None:
            relative = subj.lower_ in ("which", "that") and node.dep_ == "relcl"
            if relative:
                subj = node.head  # the noun the relative clause is about
            if subj.i in taken:
                return subj.i if relative else None
            if subj.pos_ == "PROPN" and subj.i < t.i and subj.is_alpha and subj.text[:1].isupper():
                return -1  # a name NER missed ("Safaricom ... said its profits"): not someone named before
            if subj.pos_ in ("PROPN", "PRON"):
                return None
            return -1 if subj.pos_ == "NOUN" and subj.i < t.i else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _cluster_at(refs: list[Ref], starts: list[int], i: int) -> Cluster | None:
    pos = bisect.bisect_right(starts, i) - 1
    for ref in refs[max(0, pos - 3):pos + 1]:
        if ref.start <= i < ref.end:
            return ref.cluster
    return None


def _candidates(refs: list[Ref], starts: list[int], i: int, sent: int, window: int):
    """Refs before token i, most recent first, within the window (at most MAX_LOOKBACK of them)."""
    pos = bisect.bisect_left(starts, i)
    for ref in reversed(refs[max(0, pos - MAX_LOOKBACK):pos]):
        if sent - ref.sent > window:
            break
        yield ref


# a name inside a quotation is a worse antecedent for a pronoun of the narrative than the speaker before it:
# 'he wrote: "... Tony Blair rather than Michael Howard should form the next government." While saying he
# admired Mr Blair ...' (he is the writer)
QUOTED_NAME_PENALTY = 2.0
QUOTATION_REACH = 200  # tokens back from a closing mark to look for its opening one


def _after_quote(doc: Doc, i: int) -> bool:
    """ "..." he said: a closing quote mark shortly before the pronoun."""
    for j in range(max(0, i - 3), i):
        if doc[j].text in QUOTE_MARKS:
            return True
    return False


def _quotation_before(doc: Doc, i: int) -> range:
    """Token positions of the quotation that closes just before position I (its marks excluded); empty
    when no opening mark is found in the paragraph."""
    close = next((j for j in range(i - 1, max(-1, i - 4), -1) if doc[j].text in QUOTE_MARKS), None)
    if close is None:
        return range(0)
    for j in range(close - 1, max(-1, close - QUOTATION_REACH), -1):
        if "\n\n" in doc[j].text_with_ws or doc[j].is_space and "\n" in doc[j].text:
            return range(0)
        if doc[j].text in QUOTE_MARKS:
            return range(j + 1, close)
    return range(0)


def _compatible(gender: str | None, number: str, c: Cluster) -> tuple[bool, float]:
    if number == "sg":
        if c.label != "PERSON" or c.group:
            return False, 0.0
        if c.gender is not None and c.gender != gender:
            return False, 0.0
        if c.gender == gender:
            return True, 0.0
        soft_miss = c.soft_gender is not None and c.soft_gender != gender
        return True, UNKNOWN_GENDER_PENALTY + (1.5 if soft_miss else 0.0)
    if number == "pl":
        return (c.group or c.label in ("ORG", "NORP")), 0.0
    # "its": an organisation or a country
    return (not c.group and c.label in ("ORG", "GPE")), 0.0


def _inside_quotations(doc: Doc) -> frozenset[int]:
    """Tokens between quotation marks, paragraph by paragraph (an unclosed mark runs to the paragraph's end)."""
    inside: set[int] = set()
    opened = False
    for tok in doc:
        if "\n" in tok.text and tok.is_space or "\n\n" in tok.text_with_ws:
            opened = False
        if tok.text in QUOTE_MARKS:
            opened = tok.text in ("\u201c", "``") or (tok.text not in ("\u201d", "''") and not opened)
        elif opened:
            inside.add(tok.i)
    return frozenset(inside)


def _resolve_pronoun(doc: Doc, t, refs: list[Ref], starts: list[int], sent_of: list[int],
                     quoted_tokens: frozenset[int] = frozenset()) -> Cluster | None:
    gender, number = PRONOUNS[t.lower_]
    sent = sent_of[t.i]
    if number == "it":
        body = _represented_body(doc, t, refs, starts)
        if body is not None:
            return body
    attribution = t.dep_ in SUBJECT_DEPS and t.head.lemma_ in SPEECH_LEMMAS and _after_quote(doc, t.i)
    # '"... He is there because ...," he argued': whoever the quotation talks of is not its speaker
    quoted = _quotation_before(doc, t.i) if attribution else range(0)
    best: tuple[float, Cluster] | None = None
    # "Trump accused him", "the chancellor was manoeuvring against him": an object pronoun is not the
    # subject of its own verb, under any of that entity's names
    bound = _bound(t, refs, starts, sent)
    # every mention of a candidate counts: its best one (a subject) gives its score
    for ref in _candidates(refs, starts, t.i, sent, WINDOW):
        ok, penalty = _compatible(gender, number, ref.cluster)
        if not ok:
            continue
        if number == "pl" and ref.modifier:
            continue
        if number == "it" or (number == "pl" and not ref.cluster.group and ref.cluster.label == "ORG"):
            # "its"/"they" for an organisation or country: only one that was a subject just before
            if not ref.subject or sent - ref.sent > 1:
                continue
        if id(ref.cluster) in bound or ref.start in quoted:
            continue
        score = 3.0 * (sent - ref.sent) + (0.0 if ref.subject else 1.5) + penalty + 0.002 * (t.i - ref.start)
        if t.dep_ in SUBJECT_DEPS and ref.sent == sent and not ref.subject and _in_fronted_adjunct(doc, ref, t):
            score += FRONTED_ADJUNCT_PENALTY
        if attribution and ref.speaker:
            score -= 2.5
        if ref.start in quoted_tokens and t.i not in quoted_tokens:
            score += QUOTED_NAME_PENALTY  # the narrative's "he" is the speaker more than whom he spoke of
        if best is None or score < best[0]:
            best = (score, ref.cluster)
    return best[1] if best else None


def _represented_body(doc: Doc, t, refs: list[Ref], starts: list[int]) -> Cluster | None:
    """ "Noranda spokesman Denis Morin said it would not sell", "Stuart Rose, head of M&S, said its prices were too
    high": "it"/"its" in what a body's spokesman or head reports is that body, whichever organisation was the
    subject before. Not for an analyst or other outsider who talks of a body ("an analyst at Dresdner said its
    prices ..."), nor when the speaker's phrase names two bodies."""
    verb = t.head
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH_LEMMAS:
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    phrase = subjects[0]
    lo, hi = phrase.left_edge.i, phrase.right_edge.i
    if not any(doc[k].lower_ in REPRESENTATIVE_WORDS for k in range(lo, hi + 1)) or any(
            doc[k].lower_ in OUTSIDER_WORDS for k in range(lo, hi + 1)):
        return None
    lo_at = bisect.bisect_left(starts, lo)
    bodies = {id(r.cluster): r.cluster for r in refs[lo_at:bisect.bisect_right(starts, hi)]
              if r.cluster.label == "ORG" and not r.cluster.group}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _bound(t, refs: list[Ref], starts: list[int], sent: int) -> set[int]:
    """Ids of the clusters an object at token T cannot be: the subject of its own verb ("Trump accused
    him", "he did not trust the prime minister"); none for a reflexive ("they distanced themselves")."""
    if t.lower_.endswith(("self", "selves")):
        return set()
    verb = t.head.i if t.dep_ in OBJECT_DEPS else t.head.head.i if (
        t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in BINDING_PREPS) else None
    if verb is None:
        return set()
    return {id(ref.cluster) for ref in _candidates(refs, starts, t.i, sent, 0) if ref.subject and ref.head == verb}


def _in_fronted_adjunct(doc: Doc, ref: Ref, pronoun) -> bool:
    """Whether REF sits inside a phrase set before the pronoun's clause ("At a conference hosted by Gordon
    Brown, he said"): such a name is scenery, and the subject pronoun mostly continues the story's topic."""
    clause = pronoun.head
    tok = doc[ref.start:ref.end].root
    while tok.head.i != tok.i and tok.head.i != clause.i:
        tok = tok.head
    return tok.head.i == clause.i and tok.i != clause.i and tok.i < pronoun.i and tok.dep_ in ("prep", "advcl", "npadvmod", "advmod")


def _nominal_head(doc: Doc, the_i: int, role_starts, d: ActorDictionary) -> tuple[int | None, Role | None]:
    """ "the minister" / "the country": the head noun right after "the" (one adjective allowed)."""
    for j in (the_i + 1, the_i + 2):
        if j >= len(doc):
            break
        if j in role_starts:
            end, role = role_starts[j]
            # a title before a name is a premodifier, not a nominal; plurals and groups are not nominals
            nxt = doc[end + 1] if end + 1 < len(doc) else None
            if role.kind != "title" and end == j and doc[j].tag_ == "NN" and d.nominals.get(doc[j].lower_) == "org":
                if _modifies_thing(doc, j, role_starts):
                    return None, None  # "the airline industry", "the bank holiday"
                return j, None  # "the company": a group word that is also a nominal for an organisation
            if role.kind != "title" or doc[end].tag_ in ("NNS", "NNPS") or (nxt is not None and nxt.pos_ == "PROPN"):
                return None, None
            if nxt is not None and nxt.lower_ == "of" and nxt.head.i == end:
                return None, None  # "the president of France": a new description, not a reference
            return end, role
        tok = doc[j]
        if tok.lower_ in d.nominals and tok.tag_ in ("NN", "NNP"):
            if j > the_i + 1 and d.nominals[tok.lower_] != "country":
                return None, None  # "the central bank": an adjective makes a new description
            if d.nominals[tok.lower_] == "org" and _modifies_thing(doc, j, role_starts):
                return None, None  # "the exchange rate", "the paper mill": not the body
            return j, None
        if tok.pos_ != "ADJ":
            break
    return None, None


def _modifies_thing(doc: Doc, j: int, role_starts) -> bool:
    """Whether the noun at J is a modifier of a following noun that is not a role: "the exchange rate" is no
    exchange, "the union leader" is the union's. (Also "the company's": a possessive is a reference.)"""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or doc[j].dep_ not in ("compound", "amod", "nmod"):
        return False
    return nxt.i not in role_starts


def _resolve_role_nominal(doc: Doc, i: int, role: Role, refs, starts, sent_of, former: bool = False,
                          bound: set[int] | frozenset = frozenset()) -> Cluster | None:
    """ "the minister": the last person holding such a title; "the former minister" one who held it."""
    phrase = role.phrase.lower()
    word = phrase.split()[-1]
    for ref in _candidates(refs, starts, i, sent_of[i], NOMINAL_WINDOW):
        c = ref.cluster
        if c.label != "PERSON" or c.group or id(c) in bound:
            continue
        if _holds_other_title(c, phrase, word):
            continue  # "the foreign secretary" is not the home secretary named before
        if holds_title(c, word, former, phrase) or (role.sector and role.sector in c.sectors and word == "official"):
            return c
    return None


def described_in_the_lede(doc: Doc, refs: list[Ref], roles_at: dict[int, tuple[int, Role, str]],
                          taken: set[int]) -> None:
    """A news lede's description and the name after it: "The new health minister for Wales says there are lessons
    to learn. Dr Brian Gibbons, on his first full day in the job, admitted ..." -- the subject of the story's first
    sentence, a definite title no one was linked to, is the person the next sentence opens with as its subject,
    when no title of his own gives that person a sector: he holds it."""
    first = next(iter(doc.sents), None)
    subject = None if first is None else next((c for c in first.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i in taken or subject.i not in roles_at or subject.tag_ in ("NNS", "NNPS"):
        return
    start, role, _text = roles_at[subject.i]
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    if role.kind != "title" or det is None or det.lower_ != "the":
        return
    bodies = {i for r in refs if r.cluster.label == "ORG" for i in range(r.start, r.end)}
    if any(p.dep_ == "prep" and any(o.i in bodies for o in p.subtree) for p in subject.children):
        return  # "The Secretary-General of the African Development Bank": an office of a body, told with it
    following = [r for r in refs if r.sent == 1]
    if not following or not following[0].subject:
        return
    person = following[0].cluster
    if person.label != "PERSON" or person.group or person.sectors:  # (a courtesy title is no office: "Dr")
        return
    person.add(det.i, subject.i + 1, "nominal")
    person.add_role(doc[det.i + 1:subject.i + 1].text, role)


def _holds_other_title(c: Cluster, phrase: str, word: str) -> bool:
    """Whether a qualified title ("foreign secretary") names another office than the person's roles with
    the same head word ("Home Secretary"): only when every such role is qualified differently."""
    if phrase == word:
        return False  # "the minister": any minister
    same_head = [r.lower() for r in c.roles if r.lower().split()[-1:] == [word]]
    return bool(same_head) and all(phrase not in r and r != word for r in same_head)


def _resolve_kind_nominal(doc: Doc, i: int, head_i: int, target: str, refs, starts, sent_of,
                          kind: OrgKind | None = None, d: ActorDictionary | None = None) -> Cluster | None:
    sent = sent_of[i]
    if target == "org" and kind is not None:
        return _resolve_org_nominal(doc, i, head_i, kind, refs, starts, sent, d)
    own_country = _subject_country(doc, head_i, refs, starts)
    head_verb = doc[head_i].head.i
    for ref in _candidates(refs, starts, i, sent, NOMINAL_WINDOW):
        c = ref.cluster
        if target == "country":
            if not c.country_entity:
                continue
            if ref.subject and ref.head == head_verb:
                continue  # "X accused the country": not X itself
            if own_country and c.country_entity == own_country and ref.sent == sent:
                continue
            return c
        if target == "city" and c.label == "GPE" and not c.country_entity:
            return c
        if target == "person" and c.label == "PERSON" and not c.group:
            return c
    return None


def _resolve_org_nominal(doc: Doc, i: int, head_i: int, kind: OrgKind, refs, starts, sent: int,
                         d: ActorDictionary | None) -> Cluster | None:
    """ "the exchange" / "the bank" / "the newspaper": the nearest body whose name is headed by a word of its
    kind ("Hong Kong Stock Exchange", "Bank of England", "Daily Telegraph"), within NAMED_KIND_WINDOW
    sentences; else, within NOMINAL_WINDOW, the one body there coded in a sector of its kind ("the newspaper"
    -> a ...MED outlet) or, for "the company"/"the firm", an uncoded body or a business. A body given another
    kind by its name is no answer ("the company" is not the Ministry of Trade)."""
    word = doc[head_i].lower_
    forms = d.company_forms if d is not None else {}
    # a body by its code only as a speaker ("the paper added", "the union warned"): "the paper would be issued"
    # after "Reuters" is commercial paper
    said = doc[head_i].dep_ in SUBJECT_DEPS and doc[head_i].head.lemma_ in SPEECH_LEMMAS
    by_code: list[Cluster] = []
    nearest: Cluster | None = None  # the nearest fitting body, kept while a subject just before may still win
    for ref in _candidates(refs, starts, i, sent, NAMED_KIND_WINDOW):
        if nearest is not None and sent - ref.sent > 1:
            return nearest
        c = ref.cluster
        if ref.listed or c.label != "ORG":
            continue  # "the company" after "brands include AEG, Zanussi and Frigidaire" is not AEG
        if c.group and not any(n.lower().split()[-1:] == [word] for n in c.names):
            continue  # a group made of a role word ("Zambian police") is no named body
        if _headed_by(c, kind.names, forms):
            if by_code and by_code[0] is not c:
                return None  # a nearer body of that kind by its code competes: ambiguous
            return c
        if sent - ref.sent > NOMINAL_WINDOW or c in by_code:
            continue
        code = c.entry.code if c.entry is not None and c.entry.code else None
        if word in GENERIC_ORG_WORDS:
            # "Lufthansa ... the company said": an uncoded body or a business, not a ministry
            if (code is None or code.endswith(BUSINESS_SECTOR)) and not (
                    word in BUSINESS_WORDS and PUBLIC_BODY_WORDS & set(c.key.lower().split())):
                # "Oracle has announced ... its takeover of its smaller rival Peoplesoft. The company said":
                # the firm the last sentences are about (their subject), not the latest firm named
                if ref.subject or sent - ref.sent > 1:
                    return c
                nearest = nearest or c
                continue
        elif code and code[3:] in kind.sectors and said:
            by_code.append(c)
    if nearest is not None:
        return nearest
    return by_code[0] if len(by_code) == 1 else None


def _headed_by(c: Cluster, words: frozenset[str], forms) -> bool:
    """Whether one of the body's names is headed by one of WORDS: the last word before "of"/"on"/... and
    after dropping a company form ("Deutsche Bank AG" -> bank; "Bank of England" -> bank)."""
    names = list(c.names) + [c.key] + ([c.entry.name] if c.entry is not None and c.entry.name else [])
    for name in names:
        toks = name.lower().replace("-", " ").split()
        cut = next((k for k, w in enumerate(toks) if w in NAME_HEAD_STOPS and k > 0), len(toks))
        toks = toks[:cut]
        while toks:  # the head, or the word before a company form ("Deutsche Bank AG"; "Exchange" may be both)
            if toks[-1].strip("().,'") in words:
                return True
            if len(toks) < 2 or toks[-1].rstrip(".") not in forms:
                break
            toks.pop()
    return False


def _subject_country(doc: Doc, head_i: int, refs: list[Ref], starts: list[int]) -> str | None:
    """The country of the subject of the verb governing the nominal ("Trump accused the country")."""
    verb = doc[head_i].head
    for ch in verb.children:
        if ch.dep_ in SUBJECT_DEPS:
            pos = bisect.bisect_right(starts, ch.i) - 1
            for ref in refs[max(0, pos - 3):pos + 1]:
                if ref.start <= ch.i < ref.end or ref.end - 1 == ch.i:
                    c = ref.cluster
                    return c.country or (c.entry.country if c.entry is not None else None) or c.country_entity
    return None
