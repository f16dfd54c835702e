"""Entities, actors and their mentions (issue: entities).

Steps, all on the one parsed ``Doc`` of the body:

1. name mentions: spaCy's NER spans, cleaned (leading "the", possessive "'s", honorifics, names cut
   short by the small model), plus phrases of the actor dictionary found by a ``PhraseMatcher``
   (the user's phrases first: they create entities even where NER sees nothing);
2. clustering into one entity per referent: full name <-> surname <-> misspelt surname, demonyms and
   country aliases to their country, acronyms to their organisation;
3. roles and countries of people from title premodifiers ("Pakistani Prime Minister Imran Khan"),
   honorifics ("Gen."), appositives ("Bajwa, Islamabad's new military chief") and coordination
   ("Pakistani Prime Minister X, Foreign Minister Y"); group actors ("Pakistani leaders");
4. pronouns and definite nominals ("the minister", "the country"), in ``coref.py``;
5. canonical names and CAMEO actor codes (country + sector).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from wirecoder.actors import (
    MAX_STEM_EXTRA,
    MIN_STEM_LEN,
    ActorDictionary,
    ActorEntry,
    Role,
    actor_dictionary,
    fuzzy_country,
    is_acronym,
    norm_phrase,
)
from wirecoder.extract.base import ArticleContext, EntityTable, Mention
from wirecoder.extract.companies import (
    BUSINESS,
    company_facts,
    countries_by_peers,
    in_angle_brackets,
    is_company,
    merge_short_names,
    name_form,
    short_name,
    ticker_countries,
)
from wirecoder.extract.person_bodies import (
    BODY_NOUN_SECTORS,
    employer_code,
    legislature_home,
    load_body_kinds,
    people_in_bodies,
)
from wirecoder.extract.places import dateline_country
from wirecoder.period_codes import period_coder
from wirecoder.record import Entity
from wirecoder.resources import data_path, files_from_env, tsv_rows

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"}
# words in the name of a public body, never a firm's ("Finance Ministry")
PUBLIC_BODY_WORDS = frozenset("ministry department committee commission council agency office court parliament "
                              "government senate congress assembly police army navy bureau authority".split())
# words allowed between a title and a name or before a title ("former Foreign Minister")
# participles a title carries like an adjective: "Jordan's visiting King Abdullah II" (Jordan's king, not the host's)
TITLE_PARTICIPLES = frozenset({"visiting", "retiring", "serving", "sitting"})  # (acting, outgoing: TITLE_MODIFIERS)
TITLE_MODIFIERS = {
    "former", "deputy", "acting", "new", "then", "first", "late", "interim", "senior", "top", "outgoing",
    "incoming", "current", "ex", "-", "'s", "’s", "'", "of", "the", "state", "assistant", "vice", "caretaker",
    "ousted", "deposed", "exiled", "toppled",
}
# words that make a government title a former one (CAMEO: ELI)
# sectors of role nouns used like adjectives before an organisation's name ("the rebel X", "opposition X")
ADJECTIVAL_SECTORS = {"REB", "INS", "OPP", "RAD", "SEP"}
FORMER_WORDS = {"former", "ex", "ousted", "deposed", "exiled", "toppled", "overthrown"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
COUNTRYISH_KINDS = {"country", "demonym", "capital"}


# -- data structures --------------------------------------------------------------------------------

@dataclass
class NameMention:
    start: int  # token span of the name proper (no honorific)
    end: int
    label: str
    text: str
    entry: ActorEntry | None = None
    ext_start: int = -1  # first token including an honorific ("Gen.")
    honorific: Role | None = None
    kind: str = "name"
    cluster: Cluster | None = None
    people_of: str | None = None  # "ethnic Albanians": the country the people is named after (not theirs)

    def __post_init__(self) -> None:
        if self.ext_start < 0:
            self.ext_start = self.start

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass
class Cluster:
    """One entity being built: its mentions, roles, country, gender."""

    label: str
    key: str
    entry: ActorEntry | None = None
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # token spans + mention kind
    roles: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)  # from titles, in order found
    honorific_sectors: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None
    first: int = 0
    last: int = 0
    metonym: bool = False
    group: bool = False  # "Pakistani leaders": a plural group actor
    former: bool = False
    current_sector: bool = False  # its first sector is from a title held now ("Frank Field MP"): not former
    title_only: bool = False  # a person known by a title only ("Russia's president"), no name
    id: str = ""
    votes: Counter = field(default_factory=Counter)  # NER labels of its name mentions
    hint_roles: set[str] = field(default_factory=set)  # title words before its names, while clustering
    forms: dict[str, list[str]] = field(default_factory=dict)  # distinct names -> their words
    soft_gender: str | None = None  # a guess from the first name's ending ("Maleeha"), for ranking only
    affiliation: str | None = None  # the IGO/NGO code of the body a titled person serves ("U.N. envoy X")
    party_name: str | None = None  # the dictionary name of the party the person's code comes from ("Tory spokesman")
    party: str | None = None  # the party named right before an untitled name ("Liberal Democrat Paul Tyler")
    elsewhere: bool = False  # a town of a country the article does not name: placed, but not in its country
    strong_sector: bool = False  # a sector from a specific title ("foreign secretary"), not only "leader"
    multinational: bool = False  # a name with "European", "International"...: no body of one country
    employer: Cluster | None = None  # an organisation the dictionary does not know that a person works for
    employer_sector: str | None = None  # the kind of an uncoded employer ("Factory Workers Union" LAB)
    department: bool = False  # named as English-speaking states name ministries ("Commerce Department")
    party_office: bool = False  # holds a party's post other than its leader's ("Conservative co-chairman")
    named_country: str | None = None  # a body whose name names its country ("Muslim Council of Britain")
    near_country: str | None = None  # the one country named in its sentence, else in the one before
    peer_title: str | None = None  # "Lord" of "Lord Janner": a British peer, named with the title

    @property
    def person(self) -> bool:
        return self.label == "PERSON"

    @property
    def country_entity(self) -> str | None:
        """The ISO code if this entity is a country itself."""
        e = self.entry
        if e is not None and (e.kind in ("country", "demonym") or (e.user and e.type == "GPE" and e.code
                                                                      and len(e.code) == 3)):
            return e.country
        return None

    def add(self, start: int, end: int, kind: str) -> None:
        self.spans.append((start, end, kind))
        self.last = max(self.last, start)

    def add_role(self, title: str, role: Role | None, honorific: bool = False) -> None:
        if title and title.lower() not in (r.lower() for r in self.roles):
            self.roles.append(title)
        if role is not None and role.sector:
            (self.honorific_sectors if honorific else self.sectors).append(role.sector)
            self.strong_sector = self.strong_sector or not role.weak
        if role is not None and role.gender and self.gender is None:
            self.gender = role.gender


# -- matchers, built once per pipeline ---------------------------------------------------------------

@dataclass
class Matchers:
    actor_matcher: object
    role_matcher: object
    actor_keys: dict[int, str]
    role_keys: dict[int, str]


def build_matchers(doc: Doc, d: ActorDictionary) -> Matchers:
    import spacy
    from spacy.matcher import PhraseMatcher

    tokenizer = spacy.blank("en", vocab=doc.vocab).tokenizer
    actor_matcher = PhraseMatcher(doc.vocab, attr="LOWER")
    role_matcher = PhraseMatcher(doc.vocab, attr="LOWER")
    actor_keys: dict[int, str] = {}
    role_keys: dict[int, str] = {}
    by_key: dict[str, list] = {}
    for key, entry in d.entries.items():
        if entry.kind == "capital" and not entry.user or entry.ner_only:
            continue  # capitals and companies' short names come from NER only: "Victoria", "Total" are words too
        by_key.setdefault(key, []).append(tokenizer(entry.phrase))
    for key, docs in by_key.items():
        actor_keys[doc.vocab.strings.add("A|" + key)] = key
        actor_matcher.add("A|" + key, docs)
    for phrase in d.roles:
        role_keys[doc.vocab.strings.add("R|" + phrase)] = phrase
        # "Jr." is one token where written with a capital, "jr" + "." in lower case
        forms = {tokenizer(phrase).text: tokenizer(phrase), tokenizer(phrase.capitalize()).text: tokenizer(
            phrase.capitalize())} if "." in phrase else {phrase: tokenizer(phrase)}
        role_matcher.add("R|" + phrase, list(forms.values()))
    return Matchers(actor_matcher, role_matcher, actor_keys, role_keys)


def matchers_for(ctx: ArticleContext, d: ActorDictionary) -> Matchers:
    return ctx.resources.cached("entities.matchers", lambda: build_matchers(ctx.doc, d))


# -- helpers ------------------------------------------------------------------------------------------

def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def without_article(word: str) -> str:
    """An Arabic surname without its article: "al-Shaheen" -> "Shaheen" (written both ways)."""
    low = word.lower()
    return word[3:] if low.startswith(("al-", "el-")) and len(word) > 5 else word


def same_name_word(a: str, b: str) -> int:
    """0 if equal, 1 if a safe misspelling ("Quereshi"/"Qureshi"), 2 if different."""
    a, b = without_article(a).lower(), without_article(b).lower()
    if a == b:
        return 0
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return 2
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    return 1 if edit_distance(a, b, limit) <= limit else 2


def _is_capitalized(span: Span) -> bool:
    words = [t.text for t in span if t.is_alpha and t.lower_ != "the"]
    return bool(words) and words[0][:1].isupper()


def _all_caps_ok(span: Span) -> bool:
    letters = [c for c in span.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_case_acronym(span: Span) -> bool:
    """"Nato", "Opec", "Eads": British papers write acronyms of 4+ letters as names; a proper noun only."""
    t = span[0]
    return len(span) == 1 and len(t) >= 4 and t.is_alpha and t.text[0].isupper() and t.text[1:].islower() \
        and t.pos_ == "PROPN"


def _span_root(doc: Doc, start: int, end: int):
    return doc[start:end].root


# -- 1. name mentions -----------------------------------------------------------------------------------

def role_spans(doc: Doc, m: Matchers, d: ActorDictionary) -> dict[int, tuple[int, Role, str]]:
    """Longest role phrase ending at each token: end token -> (start, role, text as written)."""
    from spacy.util import filter_spans

    spans = [Span(doc, s, e, label=mid) for mid, s, e in m.role_matcher(doc)]
    found: dict[int, tuple[int, Role, str]] = {}
    for sp in filter_spans(spans):
        phrase = m.role_keys.get(sp.label)
        role = d.roles.get(phrase) if phrase else None
        if role is not None:
            found[sp.end - 1] = (sp.start, role, sp.text)
    return found


def actor_matches(doc: Doc, m: Matchers, d: ActorDictionary) -> list[tuple[int, int, ActorEntry]]:
    """Dictionary phrases in the text, longest first, checked for case; plus TABARI-style stems."""
    from spacy.util import filter_spans

    spans = []
    for mid, s, e in m.actor_matcher(doc):
        key = m.actor_keys.get(mid)
        entry = d.entries.get(key) if key else None
        if entry is None:
            continue
        sp = doc[s:e]
        if entry.case_sensitive and not (_all_caps_ok(sp) or _title_case_acronym(sp)):
            continue
        if not entry.case_sensitive and not _is_capitalized(sp):
            continue
        spans.append(Span(doc, s, e, label=key))
    if d.stems:
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        for t in doc:
            if t.i in taken or len(t) <= MIN_STEM_LEN or not t.is_alpha or not t.text[:1].isupper():
                continue
            low = t.lower_
            for k in range(max(MIN_STEM_LEN, len(low) - MAX_STEM_EXTRA), len(low)):
                entry = d.stems.get(low[:k])
                if entry is not None:
                    spans.append(Span(doc, t.i, t.i + 1, label="STEM|" + low[:k]))
                    break
    out = []
    for sp in filter_spans(spans):
        label = sp.label_
        entry = d.stems[label[5:]] if label.startswith("STEM|") else d.entries[label]
        out.append((sp.start, sp.end, entry))
    return out


ORG_HEAD_LABELS = ("PERSON", "GPE", "LOC", "NORP", "FAC")
NAME_LINK_WORDS = frozenset({"of", "for", "and", "&", "de", "the"})


@lru_cache(maxsize=1)
def org_head_words() -> frozenset[str]:
    """Words that end an organisation's name (``data/actors/org_head_words.txt``)."""
    words = set()
    for line in data_path("actors/org_head_words.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.add(line.strip())
    return frozenset(words)


def _ends_in_org_head(doc: Doc, start: int, end: int) -> bool:
    """ "Liu Chong Hing Bank", "Factory Workers Union": two or more capitalised words, the last an
    organisation's head word."""
    return end - start >= 2 and doc[end - 1].text in org_head_words() and doc[start].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.lower_ in NAME_LINK_WORDS for t in doc[start:end])


def _head_of_body(name: str) -> bool:
    """ "University of London", "Guy's Hospital Medical School": two or more words, the head word (last,
    or the one before "of") an organisation's head word."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
    return words[cut - 1] in org_head_words()


def _trailing_demonym(doc: Doc, start: int, end: int, d: ActorDictionary) -> bool:
    """ "the Tampa Bay Buccaneers American football team": a demonym ending a name NER made, before a
    common noun, describes the noun, not part of the name (unless the dictionary knows the whole name)."""
    if end - start < 3 or end >= len(doc) or not doc[end].is_lower or doc[end].pos_ != "NOUN" \
            or not all(t.is_alpha and t.text[:1].isupper() for t in doc[start:end]):
        return False  # not "Turkish-Austrian", "ex-Soviet"
    last = d.lookup(doc[end - 1].text)
    return last is not None and last.kind == "demonym" and d.lookup(doc[start:end].text) is None


def clean_ner_span(doc: Doc, ent: Span, d: ActorDictionary, roles_at: dict[int, tuple[int, Role, str]],
                   ner_taken: set[int]) -> NameMention | None:
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].text == "<"):
        known = d.lookup(ent.text)
        if doc[start].text == "The" and not doc[start].is_sent_start and ent.label_ in ("ORG", "WORK_OF_ART") \
                and (known is None or known.name.startswith("The ")):
            break  # "The Wall Street Journal" mid-sentence: "The" is part of the name
        start += 1
    bracket = next((k for k in range(start + 1, end) if doc[k].text == "("), None)
    if bracket is not None:
        end = bracket  # "International Labour Organisation (ILO" tagged as one: the name ends at the bracket
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].text == ">"
                           or doc[end - 1].is_punct and doc[end - 1].text not in (".",)):
        end -= 1
    if start >= end:
        return None
    label = ent.label_
    if label != "PERSON" and _trailing_demonym(doc, start, end, d):
        end -= 1
    honorific: Role | None = None
    ext_start = start
    first_role = d.roles.get(doc[start].lower_)
    if end - start > 1 and first_role is not None and first_role.kind == "honorific" and label != "PERSON":
        label = "PERSON"  # "Mr Balls" tagged ORG
    elif label in ("ORG", "GPE", "NORP", "FAC") and start > 0 and (before := d.roles.get(doc[start - 1].lower_)) \
            is not None and before.kind == "honorific" and doc[start - 1].text[:1].isupper() \
            and all(t.pos_ == "PROPN" for t in doc[start:end]) and d.lookup(doc[start:end].text) is None:
        label = "PERSON"  # "Lord Butler" with "Butler" tagged ORG
    if label == "PERSON":
        # titles swallowed by NER ("President Donald Trump") are premodifiers, not the name
        while start < end - 1:
            hon = d.roles.get(doc[start].lower_)
            if hon is not None and hon.kind == "honorific":
                honorific, start = hon, start + 1
                continue
            role_end = next((e for e in range(end - 2, start - 1, -1) if e in roles_at and roles_at[e][0] == start), None)
            if role_end is None:
                break
            start = ext_start = role_end + 1
        # an honorific just before the span belongs to the mention ("Gen. Qamar Javed Bajwa")
        if start == ext_start and start > 0:
            hon = d.roles.get(doc[start - 1].lower_)
            if hon is not None and hon.kind == "honorific":
                honorific, ext_start = hon, start - 1
        # names the small model cut short: "Shah Mehmood" + "Qureshi"
        while (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
               and doc[end].i not in ner_taken and doc[end - 1].head.i == end and doc[end].is_alpha):
            end += 1
    if honorific is not None and ext_start == start:
        ext_start = start - 1
    end = strip_post_titles(doc, start, end, roles_at)
    if label != "PERSON" and honorific is None and d.lookup(doc[start:end].text) is None:
        start, ext_start, label = _given_names_after_title(doc, start, ext_start, end, label, roles_at, ner_taken)
        if label != "PERSON" and _post_title_follows(doc, end, roles_at) and all(
                t.pos_ == "PROPN" for t in doc[start:end]):
            label = "PERSON"  # "Glenys Kinnock MEP" tagged ORG
    if label == "PERSON" and end - start == 1 and start >= 2 and doc[start - 1].lower_ == "for" \
            and roles_at.get(start - 2, (0, Role("", None, "")))[1].kind == "title":
        label = "GPE"  # "the Labour MP for Birkenhead": a constituency, not a person
    if not any(t.text[:1].isupper() or t.is_digit for t in doc[start:end]):
        return None  # "unbeaten league run" tagged PERSON: names are written with capitals
    if label in ("ORG", "GPE", "NORP", "FAC") and end - start >= 3 and name_form(doc[start:end].text.split(), d) is None:
        # "Balco boss Victor Conte" tagged ORG: a title inside, then a name, is a person with a title
        # (not "First Executive Corp": a company's form ends it)
        for r in range(end - 2, start, -1):
            if r in roles_at and roles_at[r][1].kind == "title" and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[r + 1:end]):
                start, ext_start, label = r + 1, r + 1, "PERSON"
                break
    text = doc[start:end].text
    entry = d.lookup(text)
    if entry is not None and entry.ner_only and (label not in ("ORG", "PERSON") or honorific is not None):
        entry = None  # a company's short name only where NER saw an organisation: "Kingdom", "Total" are words
    if entry is None and (short := short_name(text.split(), d)) != text:
        entry = d.lookup(short)  # "Deutsche Bank AG", "Sony Corp": the listed company
        form = name_form(text.split(), d)
        listed = ticker_countries(doc, end + (end < len(doc) and doc[end].text == ">"), d) or (
            [form[1]] if form is not None and form[1] else [])
        if entry is None or entry.kind != "org" or (listed and entry.country not in listed):
            entry = None  # "The General Electric Co Plc <GECL.L>" is the British GEC, not GE
    if entry is None and label in ("ORG", "GPE", "NORP", "FAC") and _titled_name(doc, start, end, roles_at):
        label = "PERSON"  # "Finance Minister Sunil Deshmukh" / "Anand Deshmukh, ... an MLA" tagged ORG
    if entry is not None and entry.type in ("GPE", "ORG") and label in ("ORG", "GPE", "NORP", "LOC", "FAC"):
        label = "GPE" if entry.kind in COUNTRYISH_KINDS else label
    if entry is not None and label == "PERSON" and entry.kind in ("country", "demonym", "org") and honorific is None:
        label = entry.type  # "Lib Dems" tagged PERSON
    if label != "PERSON" and entry is not None and entry.kind == "person":
        label = "PERSON"
    if entry is None and honorific is None and label in ORG_HEAD_LABELS and _ends_in_org_head(doc, start, end) \
            and doc[end - 2].lower_ not in d.first_names:
        label = "ORG"  # "Liu Chong Hing Bank" tagged PERSON (not "Mr Bank", nor "Defender Tom Bank")
    if entry is None and honorific is None and label != "ORG" and (
            in_angle_brackets(doc, start, end) or (form := name_form(text.split(), d)) is not None and form[0] == "legal"):
        label = "ORG"  # "Neste Oy" tagged PERSON, "<Emperor Mines Ltd>" tagged GPE: companies
    return NameMention(start, end, label, text, entry, ext_start, honorific)


def _given_names_after_title(doc: Doc, start: int, ext_start: int, end: int, label: str, roles_at,
                             ner_taken: set[int]) -> tuple[int, int, str]:
    """ "Cardinal Cormac | Murphy-O'Connor" with only the surname tagged (as an ORG): the given names
    between a capitalised title and the span belong to a person's name."""
    first = start
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() \
            and first - 1 not in ner_taken and first - 1 not in roles_at and start <= doc[first - 1].head.i < end:
        first -= 1
    title = roles_at.get(first - 1)
    if first < start and title is not None and title[1].kind == "title" and doc[first - 1].text[:1].isupper():
        return first, first, "PERSON"
    return start, ext_start, label


def _post_title_follows(doc: Doc, end: int, roles_at) -> bool:
    """Whether a title written after names ("MEP", "QC") follows token END (after a comma or not)."""
    for k in (end, end + 1):
        found = roles_at.get(k)  # (one-word titles: "MP", "QC", "Jr.")
        if found is not None and found[0] == k and found[1].after and doc[k].text[:1].isupper() and (
                k == end or doc[end].text == ","):
            return True
    return False


def strip_post_titles(doc: Doc, start: int, end: int, roles_at: dict[int, tuple[int, Role, str]]) -> int:
    """The end of a name without the titles written after it: "Frank Field MP", "Jane Smith, QC",
    "Martin Luther King Jr." are Frank Field, Jane Smith and Martin Luther King holding a title."""
    while end - start > 1:
        found = roles_at.get(end - 1)
        if found is None or not found[1].after or found[0] <= start or not doc[found[0]].text[:1].isupper():
            break
        end = found[0]
        while end - start > 1 and doc[end - 1].text == ",":
            end -= 1
    return end


def post_title_after(doc: Doc, end: int, title_starts: dict[int, tuple[int, Role, str]]) -> tuple[int, Role, str] | None:
    """A title written right after a name ending at token END ("Frank Field MP", "Jane Smith, QC,"):
    (its last token, role, text), capitalised as written after names. TITLE_STARTS: first token ->
    (last token, role, text) of the role phrases."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    found = title_starts.get(i)
    if found is None or not found[1].after or not doc[i].text[:1].isupper():
        return None
    nxt = found[0] + 1
    if nxt < len(doc) and doc[nxt].pos_ == "PROPN" and doc[nxt].text[:1].isupper():
        return None  # "London UKIP MEP Gerard Batten": the title of the name after it
    return found


# words of an office written before its title word ("deputy", "acting", "shadow home secretary")
OFFICE_MODIFIERS = {"deputy", "acting", "interim", "assistant", "vice", "junior", "caretaker", "shadow"}


def qualified_title(doc: Doc, rs: int, end: int, roles_at, by_token) -> tuple[int, bool]:
    """The first token of a title with the words that qualify it ("welfare minister", "deputy
    foreign minister", "former welfare minister") and whether it is a former office."""
    j = rs - 1
    while j >= 0 and j not in roles_at and j not in by_token and doc[j].is_alpha and (
            doc[j].lower_ in OFFICE_MODIFIERS
            or doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound" and rs <= doc[j].head.i <= end):
        j -= 1  # (not "Labour" nor "Pakistani": a body or a country says whose title it is)
    k = j - 1 if j >= 1 and doc[j].text == "-" else j  # "ex-minister"
    if k >= 0 and doc[k].lower_ in FORMER_WORDS:
        return k, True
    return j + 1, False


def _titled_name(doc: Doc, start: int, end: int, roles_at: dict[int, tuple[int, Role, str]]) -> bool:
    """A proper name with a person's title right before it or in an appositive after it (hyphenated given names
    too: "Jean-Maxime Leveque, chairman of Credit Lyonnais"); a title of no sector of its own (boss, chairman,
    director) only before a name of two words or more ("WorldCom boss Bernie Ebbers" tagged ORG)."""
    if doc[start].pos_ != "PROPN" or doc[end - 1].pos_ != "PROPN" or not all(
            t.pos_ == "PROPN" or (t.text == "-" and start < t.i < end - 1 and not t.whitespace_)
            or (t.is_alpha and t.text[:1].isupper() and doc[t.i - 1].text == "-")  # "Maxime" tagged NOUN
            for t in doc[start:end]):
        return False
    before = roles_at.get(start - 1)
    if before is not None and before[1].kind == "title" and (
            before[1].sector or (end - start >= 2 and not before[1].after)):
        return True
    root = doc[start:end].root
    heads = [ch for ch in root.children if ch.dep_ == "appos" and ch.i >= end]
    heads += [h for hd in heads for h in hd.children if h.dep_ == "conj"]
    return any(h.i in roles_at and roles_at[h.i][1].kind == "title" for h in heads)


def collect_name_mentions(doc: Doc, d: ActorDictionary, m: Matchers,
                          roles_at: dict[int, tuple[int, Role, str]]) -> list[NameMention]:
    matches = actor_matches(doc, m, d)
    user = [(s, e, en) for s, e, en in matches if en.user]
    builtin = [(s, e, en) for s, e, en in matches if not en.user]
    user_tokens = {i for s, e, _ in user for i in range(s, e)}
    # tokens of role phrases longer than the NER span inside them ("Secretary of State" / "State")
    role_tokens = {}
    for end_tok, (start_tok, _role, _t) in roles_at.items():
        for i in range(start_tok, end_tok + 1):
            role_tokens[i] = (start_tok, end_tok + 1)
    ner_taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    mentions: list[NameMention] = []
    ner_labels: dict[int, str] = {}
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for i in range(ent.start, ent.end):
            ner_labels[i] = ent.label_
        if any(i in user_tokens for i in range(ent.start, ent.end)):
            continue
        rs = role_tokens.get(ent.start)
        if rs is not None and rs[0] <= ent.start and ent.end <= rs[1] and d.lookup(ent.text) is None \
                and (ent.label_ != "PERSON" or (rs[0], rs[1]) == (ent.start, ent.end)):
            continue  # "State" in "Secretary of State", "Prime Minister" tagged ORG, "MLA" tagged PERSON
        parts = _list_parts(doc, ent, d)
        for sub in [Span(doc, a, b, label=ent.label_) for a, b in parts] if parts else [ent]:
            nm = clean_ner_span(doc, sub, d, roles_at, ner_taken)
            if nm is not None:
                mentions.append(nm)
    taken = {i for nm in mentions for i in range(nm.ext_start, nm.end)}
    for s, e, entry in user:
        titled = s > 0 and (s - 1) in roles_at and roles_at[s - 1][1].kind in ("title", "honorific")
        if entry.type not in ("OTHER", "PERSON"):
            label = entry.type
        elif titled:
            label = "PERSON"  # "Deputy Prime Minister Telemar", "Grand Vizier Kinbote" (tagged FAC)
        else:
            label = ner_labels.get(s, entry.type)
        mentions.append(NameMention(s, e, label, doc[s:e].text, entry))
    taken |= user_tokens
    title_starts = {start for start, role, _t in roles_at.values() if role.kind == "title"}
    for s, e, entry in builtin:
        if any(i in taken for i in range(s, e)):
            inside = [nm for nm in mentions if nm.ext_start < e and s < nm.end]
            if _party_entry(entry) and len(inside) == 1 and inside[0].ext_start == s and inside[0].end > e \
                    and inside[0].end - e <= 3 and inside[0].end in title_starts and inside[0].entry is None:
                # "Lib Dem Treasury spokesman Vince Cable" tagged "Lib Dem Treasury": a party, then the
                # portfolio of its spokesman's title
                mentions = [nm for nm in mentions if nm is not inside[0]]
            elif entry.kind == "person" or any(i in user_tokens for i in range(s, e)) or not inside \
                    or any(nm.ext_start < s or nm.end > e or nm.end - nm.ext_start >= e - s
                           or (nm.entry is not None and nm.entry.name == entry.name) for nm in inside):
                continue
            # the dictionary knows the whole name NER cut in pieces: "the Liberation Tigers" +
            # "Tamil" -> "Liberation Tigers of Tamil Eelam"; "Liberal" + "Democrats" -> "Liberal Democrats"
            mentions = [nm for nm in mentions if nm not in inside]
        mentions.append(NameMention(s, e, entry.type, doc[s:e].text, entry))
    mentions = bracketed_companies(doc, d, mentions)
    mentions += unlabelled_org_names(doc, mentions, roles_at, d)
    mentions.sort(key=lambda nm: nm.start)
    return mentions


def unlabelled_org_names(doc: Doc, mentions: list[NameMention], roles_at: dict[int, tuple[int, Role, str]],
                         d: ActorDictionary) -> list[NameMention]:
    """ "Factory Workers Union secretary general Billy Macaefa" where NER tagged no name: a run of
    capitalised proper nouns outside every name and role phrase, ending in an organisation's head word,
    is an organisation. (Not over a group noun, "Workers Union": its holder's code comes from that noun.)"""
    taken = {i for nm in mentions for i in range(nm.ext_start, nm.end)}
    taken |= {i for end_tok, (start_tok, _r, _t) in roles_at.items() for i in range(start_tok, end_tok + 1)}
    taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
    heads = org_head_words()
    found: list[NameMention] = []
    for t in doc:
        if t.text not in heads or t.i in taken or t.pos_ != "PROPN":
            continue
        start = t.i
        while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper():
            continue  # the name goes on: not its head
        if start == t.i or (start > 0 and start - 1 in taken and doc[start - 1].text[:1].isupper()) \
                or doc[t.i - 1].lower_ in d.first_names:
            continue  # one word, the end of a longer name NER tagged in part, or a person ("Amy Union")
        found.append(NameMention(start, t.i + 1, "ORG", doc[start:t.i + 1].text, None))
    return found


def bracketed_companies(doc: Doc, d: ActorDictionary, mentions: list[NameMention]) -> list[NameMention]:
    """Reuters writes the names of unlisted companies in angle brackets ("<Osborne and Chappel
    Goldfields Ltd>", "<Emperor Mines Ltd>"): the whole bracket is one company, whatever pieces
    NER made of it. Not an exchange code ("<NEOY.HE>") nor a bracket without a capitalised name."""
    out = mentions
    for t in doc:
        if t.text != "<":
            continue
        close = next((k for k in range(t.i + 1, min(t.i + 14, len(doc))) if doc[k].text in (">", "<", "\n")), None)
        if close is None or doc[close].text != ">" or close - t.i < 2:
            continue
        words = doc[t.i + 1:close]
        if len(words) == 1 and ("." in words[0].text or words[0].text.isupper()) or not words[0].text[:1].isupper() or any(
                w.text in (",", ";", ":") or not (w.text[:1].isupper() or w.is_digit or w.lower_ in ("and", "&", "of", "de", "-", "'s", "the", "du", "la"))
                for w in words):
            continue
        inside = [nm for nm in out if nm.ext_start < close and t.i < nm.end]
        if any(nm.ext_start <= t.i or nm.end > close for nm in inside):
            continue  # a name reaching out of the bracket: leave it
        if any((nm.ext_start, nm.end) == (t.i + 1, close) for nm in inside):
            continue  # NER has it whole
        entry = d.lookup(words.text)
        out = [nm for nm in out if nm not in inside] + [NameMention(t.i + 1, close, "ORG", words.text, entry)]
    return out


def _list_parts(doc: Doc, ent: Span, d: ActorDictionary) -> list[tuple[int, int]] | None:
    """A list NER tagged as one name, split into its names: "the Czech Republic, South Africa" (each
    part a country or capital, or any body the dictionaries know), a party before a person's name ("Tories Ken
    Clarke"), "Hoechst Celanese Corporation and Trade Mountain Pipe Line Company
    Ltd" (each part a company name ending in a form word, the last in a legal form)."""
    after = d.roles.get(doc[ent.end].lower_) if ent.end < len(doc) else None
    if ent.label_ == "PERSON" and (after is None or after.kind != "title"):  # not "Lib Dem Home Affairs | spokesman"
        for k in (ent.start + 1, ent.start + 2):  # "Tories Ken Clarke", "Lib Dem Paul Tyler" tagged as one person
            party = d.lookup(doc[ent.start:k].text) if ent.end - k >= 2 else None
            if _party_entry(party) and all(t.pos_ == "PROPN" for t in doc[k:ent.end]):
                return [(ent.start, k), (k, ent.end)]
    seps = [i for i in range(ent.start, ent.end) if doc[i].text in (",", ";") or doc[i].lower_ == "and"]
    if not seps:
        return None
    parts: list[tuple[int, int]] = []
    start = ent.start
    for sep in [*seps, ent.end]:
        while start < sep and doc[start].lower_ in ("the", "and", ","):
            start += 1
        if start < sep:
            parts.append((start, sep))
        start = sep + 1
    if len(parts) < 2:
        return None
    texts = [doc[a:b].text for a, b in parts]
    if all((e := d.lookup(t)) is not None and e.kind in ("country", "capital") for t in texts):
        return parts
    if all(d.lookup(t) is not None for t in texts):
        return parts  # "the House of Commons, European Parliament": each part a body the dictionaries know
    if ent.label_ == "ORG" and all(doc[i].text == "," for i in seps) and all(_head_of_body(t) for t in texts):
        return parts  # "Guy's Hospital Medical School, University of London": each part a body's name
    forms = [name_form(t.split(), d) for t in texts]
    if ent.label_ == "ORG" and all(f is not None and f[0] != "ngo" for f in forms) and forms[-1] is not None \
            and forms[-1][0] == "legal":
        return parts
    return None


def defined_acronyms(doc: Doc, mentions: list[NameMention], d: ActorDictionary) -> list[NameMention]:
    """An acronym an organisation's name defines in brackets ("The Palestinian Authority (PA) ...
    shared information with the PA"): its uses NER did not tag are mentions of that organisation."""
    taken = {i for nm in mentions for i in range(nm.ext_start, nm.end)}
    defined: dict[str, NameMention] = {}
    for nm in mentions:
        after = nm.end + (nm.end < len(doc) and doc[nm.end].text == ">")  # "<Equiticorp Tasman Ltd> (ETL)"
        if nm.label != "ORG" or after + 2 >= len(doc) or doc[after].text != "(" or doc[after + 2].text != ")":
            continue
        acronym = doc[after + 1].text
        capitals = "".join(ch for ch in acronym if ch.isupper())
        if 2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper() and (
                nm.entry is not None or acronym in (_initials(nm.text), _initials_without_form(nm.text, d))) or (
                acronym.isalpha() and len(capitals) >= 3 and acronym[0].isupper() and _initials(nm.text) == capitals):
            # "Dresdner Kleinwort Wasserstein (DrKW)": the capitals are the initials
            defined.setdefault(acronym, nm)
    out: list[NameMention] = []
    for t in doc:
        full = defined.get(t.text)
        if full is not None and t.i not in taken and t.i >= full.end:
            out.append(NameMention(t.i, t.i + 1, "ORG", t.text, full.entry))
    return out


FUZZY_LABELS = {"GPE", "LOC", "NORP", "ORG"}
# labels the NER gives a person's name by mistake ("Vincent Cable" tagged ORG)
OTHER_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})


@dataclass(frozen=True)
class Seat:
    """A seat of government named for the body it houses (seats.tsv): "Downing Street", "the Kremlin"."""

    words: tuple[str, ...]  # lower-case tokens of the name
    name: str
    code: str
    start: date | None
    end: date | None

    def holds(self, day: date | None) -> bool:
        if day is None:
            return self.end is None  # an undated article: the seat's present meaning
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def load_seats(path) -> dict[str, list[Seat]]:
    """seats.tsv -> first lower-case word -> its seats, the longest names first."""
    seats: dict[str, list[Seat]] = {}
    for cols in list(tsv_rows(path, 1))[1:]:  # (after the header)
        name, code, start, end = (cols + ["", "", "", ""])[:4]
        words = tuple(w.lower() for w in name.replace("'s", " 's").split())
        if not words or not code.strip():
            continue
        seat = Seat(words, name.strip(), code.strip(), date.fromisoformat(start) if start.strip() else None,
                    date.fromisoformat(end) if end.strip() else None)
        seats.setdefault(words[0], []).append(seat)
    for rows in seats.values():
        rows.sort(key=lambda st: -len(st.words))
    return seats


def seat_mentions(ctx: ArticleContext, doc: Doc, mentions: list[NameMention],
                  seats: dict[str, list[Seat]]) -> list[NameMention]:
    """Seats of government as the bodies they house ("Number 10 said", "the Kremlin warned", "Clarence House
    issued a statement"): a name found already takes the seat's code for the article's day (the Kremlin of 1987
    is the Soviet government); one no one found ("No 10") becomes a mention. Capitalised only ("number 10" is a
    number), and not a modifier of a thing ("the Number 10 shirt"; "a No 10 spokesman" is the seat's)."""
    day = ctx.published.date() if ctx.published is not None else None
    by_token = {i: nm for nm in mentions for i in range(nm.ext_start, nm.end)}
    roles = actor_dictionary(ctx.resources).roles
    out: list[NameMention] = []
    for t in doc:
        for seat in seats.get(t.lower_, ()):
            end = t.i + len(seat.words)
            span = doc[t.i:end]
            if end > len(doc) or [x.lower_ for x in span] != list(seat.words) or not seat.holds(day):
                continue
            if not all(x.text[:1].isupper() or not x.is_alpha or x.lower_ in ("de", "la", "'s", "d'orsay")
                       for x in span):
                break
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in roles and span.root.dep_ == "compound":
                break  # "the Number 10 shirt"
            entry = ActorEntry(seat.name, seat.name, seat.code, "ORG", "org", seat.code[:3])
            nm = by_token.get(t.i)
            if nm is not None:
                if nm.start == t.i and nm.end == end:  # the name itself, not "Kremlin leader Gorbachev"
                    nm.entry, nm.label = entry, "ORG"
            elif not any(k in by_token for k in range(t.i, end)):
                out.append(NameMention(t.i, end, "ORG", span.text, entry))
            break
    return out


def misspelt_countries(ctx: ArticleContext, doc: Doc, mentions: list[NameMention], d: ActorDictionary,
                       roles_at: dict[int, tuple[int, Role, str]]) -> list[NameMention]:
    """Misspelt countries, demonyms and capitals ("Ethopia", "Afganistan", "Quatar's emir", "the
    Phillippines military"): a place-like NER name the dictionary does not know, or a lone capitalised
    proper noun outside every name, close to a country's name (``actors.fuzzy_country``) and known
    as nothing else (a first name, a listed person's surname, a place of the gazetteer: "Austin",
    "Indiana"). Fixes the NER mentions in place; returns the new mentions."""
    from wirecoder.extract.places import geo_index

    person_words = {w.lower() for nm in mentions if nm.label == "PERSON" for w in nm.words}

    def known_elsewhere(text: str) -> bool:
        low = text.lower()
        return (low in d.first_names or low in d.people_by_surname or low in person_words
                or norm_phrase(text) in geo_index(ctx).by_name)

    for nm in mentions:
        if nm.entry is None and nm.label in FUZZY_LABELS and nm.end - nm.start == 1 \
                and nm.text.isalpha() and nm.text[:1].isupper():
            entry = fuzzy_country(d, nm.text)
            if entry is not None and not known_elsewhere(nm.text):
                nm.entry, nm.label = entry, "GPE"
    taken = {i for nm in mentions for i in range(nm.ext_start, nm.end)}
    taken.update(i for end, (start, _r, _t) in roles_at.items() for i in range(start, end + 1))
    found = []
    for t in doc:
        if t.i in taken or t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.is_upper:
            continue
        if (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            continue  # part of a longer name
        if d.lookup(t.text) is not None:
            continue  # a capital NER missed is left alone ("Victoria" is a name too)
        entry = fuzzy_country(d, t.text)
        if entry is not None and not known_elsewhere(t.text):
            found.append(NameMention(t.i, t.i + 1, "GPE", t.text, entry))
    return found


# -- 2. clustering --------------------------------------------------------------------------------------

def _initials_without_form(name: str, d: ActorDictionary) -> str:
    """Initials of a company's name without the form words it ends with: "AMBO" for "Albanian
    Macedonian Bulgarian Oil Corporation"."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".") in d.company_forms:
        words.pop()
    return _initials(" ".join(words))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("of", "the", "and", "for"))


def people_tagged_otherwise(doc: Doc, mentions: list[NameMention], d: ActorDictionary) -> None:
    """ "Vincent Cable says ... Mr Cable told BBC News": a two-word name the NER called an organisation or a
    place, which the dictionary does not know, of a common first name and the surname of a person the text
    names (a person's name, or a word after a courtesy title), is that person."""
    surnames = {nm.words[-1].lower() for nm in mentions if nm.label == "PERSON" and nm.words}
    surnames.update(t.lower_ for t in doc[1:] if t.text[:1].isupper() and (
        (role := d.roles.get(doc[t.i - 1].lower_.rstrip("."))) is not None and role.kind == "honorific"))
    heads = org_head_words()
    for nm in mentions:
        if nm.label in OTHER_NAME_LABELS and nm.entry is None and len(nm.words) == 2 \
                and nm.words[0].lower() in d.first_names and nm.words[1].lower() in surnames \
                and nm.words[1] not in heads:
            nm.label = "PERSON"


def cluster_names(mentions: list[NameMention], d: ActorDictionary,
                  roles_at: dict[int, tuple[int, Role, str]] | None = None) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    persons: list[Cluster] = []

    def new(label: str, key: str, nm: NameMention) -> Cluster:
        c = Cluster(label=label, key=key, entry=nm.entry, first=nm.start, last=nm.start)
        clusters.append(c)
        if key:
            by_key[key] = c
        return c

    # one pass in document order: a bare surname goes to the person mentioned last *before* it,
    # and an ORG/GPE-labelled surname ("Qureshi said" tagged ORG) to a person already named
    for nm in mentions:
        if nm.label == "PERSON":
            same = by_key.get("T|" + norm_phrase(nm.text))  # "Euronext" tagged NORP, then PERSON
            if same is not None and nm.entry is None:
                _attach(same, nm)
                continue
            gender, role_word = _person_hints(nm, d, roles_at)
            c = _match_person(nm, persons, gender=gender, role_word=role_word)
            if c is None:
                c = new("PERSON", "", nm)
                persons.append(c)
            _attach(c, nm)
            if role_word:
                c.hint_roles.add(role_word)
            if c.gender is None and gender:
                c.gender = gender
            continue
        if nm.entry is None and len(nm.words) <= 2 and persons:
            c = _match_person(nm, persons, surname_only=True)
            if c is not None:
                nm.label = "PERSON"
                _attach(c, nm)
                continue
        if nm.entry is not None:
            key = "E|" + nm.entry.name.lower()
            label = nm.entry.type if nm.entry.type != "OTHER" else nm.label
            if nm.entry.kind == "demonym":
                nm.kind = "demonym"
        else:
            # "The Republican National Committee" = "Republican ..."; "CSR Ltd" = "CSR"
            key = "T|" + norm_phrase(short_name(nm.words, d))
            label = nm.label
        c = by_key.get(key)
        if c is None and nm.entry is None and nm.label == "ORG":
            c = _match_acronym(nm, clusters, d) or _match_org_tail(nm, clusters)
        if c is None:
            c = new(label, key, nm)
        _attach(c, nm)
    _merge_name_tails(clusters)
    for c in clusters:  # the label most of its name mentions got ("Telegraph": ORG, ORG, PERSON)
        if c.entry is None and c.votes:
            top = c.votes.most_common()
            full_person = c.label == "PERSON" and any(len(n.split()) > 1 for n in c.names)
            if top[0][0] != c.label and (len(top) == 1 or top[0][1] > top[1][1]) and not full_person:
                c.label = top[0][0]
    clusters.sort(key=lambda c: c.first)
    return clusters


def _merge_name_tails(clusters: list[Cluster]) -> None:
    """ "De Blasio" (tagged ORG, in a headline) before "Bill de Blasio": an uncoded non-person name
    equal to the end of a person's full name is that person."""
    people = [c for c in clusters if c.label == "PERSON" and not c.group]
    tails: dict[str, list[Cluster]] = {}
    for c in people:
        full = max(c.names, key=lambda n: len(n.split())).lower().split()
        for k in range(1, min(3, len(full))):
            tails.setdefault(" ".join(full[-k:]), []).append(c)
    if not tails:
        return
    for c in list(clusters):
        if c.label == "PERSON" or c.entry is not None or c.group or not c.names:
            continue
        owners = {id(p): p for p in tails.get(c.names[0].lower(), ())}
        if len(owners) != 1:
            continue
        person = next(iter(owners.values()))
        person.spans.extend((s, e, "surname") for s, e, _k in c.spans)
        person.names.extend(c.names)
        person.first = min(person.first, c.first)
        clusters.remove(c)


def missed_surnames(doc: Doc, mentions: list[NameMention], clusters: list[Cluster],
                    d: ActorDictionary) -> list[NameMention]:
    """Surnames of people already named that NER did not tag ("Bakhtiary said"): proper nouns
    outside every mention that match a known surname exactly or as a safe misspelling."""
    surnames: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON" and not c.group:
            for n in c.names:
                words = n.split()
                if len(words) >= 2:
                    surnames.setdefault(words[-1].lower(), []).append(c)
                    if without_article(words[-1]) != words[-1]:  # "Shaheen" after "Suleiman al-Shaheen"
                        surnames.setdefault(without_article(words[-1]).lower(), []).append(c)
    if not surnames:
        return []
    taken = {i for nm in mentions for i in range(nm.ext_start, nm.end)}
    found = []
    for t in doc:
        if t.i in taken or t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or len(t) < 4:
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        honorific = d.roles.get(prev.lower_) if prev is not None else None
        if honorific is not None and honorific.kind != "honorific":
            honorific = None
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" or (
                prev is not None and prev.pos_ == "PROPN" and honorific is None):
            continue  # part of a longer name we know nothing about
        low = t.lower_
        cands = surnames.get(low)
        if cands is None:
            close = [k for k in surnames if same_name_word(low, k) == 1]
            cands = surnames[close[0]] if len(close) == 1 else None
        gender = honorific.gender if honorific is not None else None
        cands = [c for c in cands or () if not (gender and c.gender and c.gender != gender)]
        if not cands:
            continue
        c = max(cands, key=lambda c: c.last if c.last < t.i else -1)
        nm = NameMention(t.i, t.i + 1, "PERSON", t.text, None, ext_start=t.i - 1 if honorific else t.i,
                         honorific=honorific, kind="surname")
        _attach(c, nm)
        found.append(nm)
    return found


def _org_head(name: str) -> str | None:
    """The head word of an organisation's name: "Court" of "European Court of Justice", "Commission"
    of "European Commission"."""
    words = name.split()
    if len(words) < 2:
        return None
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on") and k > 0), len(words))
    head = words[cut - 1]
    return head if head[:1].isupper() and head.isalpha() else None


def missed_org_heads(doc: Doc, mentions: list[NameMention], clusters: list[Cluster]) -> list[NameMention]:
    """ "the Commission's decision" after "a European Commission ruling", "the Court" after "the
    European Court of Justice": a capitalised "the HEAD" outside every name, HEAD the head word of
    exactly one organisation named before, is a mention of it."""
    heads: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.label == "ORG" and not c.group:
            for name in set(c.names):
                head = _org_head(name)
                if head is not None and c not in heads.get(head, []):
                    heads.setdefault(head, []).append(c)
    if not heads:
        return []
    taken = {i for nm in mentions for i in range(nm.ext_start, nm.end)}
    found = []
    for t in doc:
        if t.i in taken or t.i == 0 or doc[t.i - 1].lower_ != "the" or t.text not in heads:
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            continue  # "the Commission President ...": part of a longer name
        owners = [c for c in heads[t.text] if c.first < t.i]
        if len(owners) != 1 or len(heads[t.text]) != 1:
            continue
        nm = NameMention(t.i, t.i + 1, "ORG", t.text, owners[0].entry, kind="nominal")
        _attach(owners[0], nm)
        found.append(nm)
    return found


def _attach(c: Cluster, nm: NameMention) -> None:
    nm.cluster = c
    c.votes[nm.label] += 1
    c.names.append(nm.text)
    if nm.text not in c.forms:
        c.forms[nm.text] = nm.text.split()
    c.add(nm.ext_start, nm.end, nm.kind)
    c.first = min(c.first, nm.ext_start)
    if c.entry is None and nm.entry is not None:
        c.entry = nm.entry


def _match_acronym(nm: NameMention, clusters: list[Cluster], d: ActorDictionary | None = None) -> Cluster | None:
    text = nm.text.replace(".", "").replace("&", "")  # "M&S" for "Marks & Spencer"
    for c in reversed(clusters):
        if c.label != "ORG":
            continue
        if text.isupper() and len(text) >= 2 and any(_initials(n) == text for n in c.forms):
            return c
        if d is not None and text.isupper() and len(text) >= 3 and any(
                _initials_without_form(n, d) == text for n in c.forms):
            return c  # "AMBO" for "Albanian Macedonian Bulgarian Oil Corporation"
        capitals = "".join(ch for ch in text if ch.isupper())
        if len(capitals) >= 3 and len(text) <= 6 and text.isalpha() and text[0].isupper() \
                and any(_initials(n) == capitals for n in c.forms):
            return c  # "DrKW" for "Dresdner Kleinwort Wasserstein"
        if any(n.replace(".", "").isupper() and _initials(nm.text) == n.replace(".", "") for n in c.forms):
            return c
    return None


def _match_org_tail(nm: NameMention, clusters: list[Cluster]) -> Cluster | None:
    """ "the Post" after "The New York Post": a one-word organisation name that ends exactly one
    organisation named before."""
    words = nm.words
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    word = words[0].lower()
    found = [c for c in clusters if c.label == "ORG" and not c.group
             and any(len(w) > 1 and w[-1].lower() == word for w in c.forms.values())]
    if not found:  # "Lloyd's" after "Lloyd's of London": the possessive name a longer name opens with
        found = [c for c in clusters if c.label == "ORG" and not c.group and any(
            len(w) > 2 and w[0].lower() in (word, word + "'s", word + "’s") and w[1].lower() in ("'s", "’s", "of")
            for w in c.forms.values())]
    return found[0] if len(found) == 1 else None


def _match_person(nm: NameMention, persons: list[Cluster], surname_only: bool = False,
                  gender: str | None = None, role_word: str | None = None) -> Cluster | None:
    """The person cluster this name refers to: full name, surname, misspelt surname, or None.

    A bare surname shared by two people goes to the one whose gender ("Mrs Deshmukh") or title
    ("Minister Deshmukh") fits, else to the one mentioned last."""
    words = nm.words
    if not words:
        return None
    best: tuple[int, int, int, Cluster] | None = None  # (distance, misfit, -last, cluster)
    for c in persons:
        forms = list(c.forms.values())
        full = max(forms, key=len)
        if len(words) == 1 or surname_only and len(words) <= 2:
            w = words[-1]
            dist = min(same_name_word(w, f[-1]) for f in forms)
            if dist > 1 and len(words) == 1 and len(full) >= 2 and full[0].lower() == w.lower():
                # a first name alone ("Imran"), also when the NER calls it an organisation: Ethiopian names are
                # written by the given name ("Tesfay Dinka ... Tesfay accused the West", "Tesfay" tagged ORG)
                dist = 1
            if surname_only and len(words) == 2 and len(full) >= 2 and words[0].lower() != full[0].lower():
                continue
        else:
            if any(len(f) == len(words) and all(a.lower() == b.lower() for a, b in zip(f, words, strict=True))
                   for f in forms):
                dist = 0
            else:
                dist = same_name_word(words[-1], full[-1])
                if dist <= 1 and len(full) >= 2 and not _first_names_agree(words[:-1], full[:-1]):
                    continue  # "Anand Deshmukh" vs "Anil Deshmukh": same surname, other person
        if dist > 1:
            continue
        if gender and c.gender and gender != c.gender:
            continue  # "Mrs Deshmukh" is not Anand Deshmukh
        misfit = 1 if role_word and not any(role_word in r for r in c.hint_roles) else 0
        cand = (dist, misfit, -c.last, c)
        if best is None or cand[:3] < best[:3]:
            best = cand
    return best[3] if best else None


def _person_hints(nm: NameMention, d: ActorDictionary,
                  roles_at: dict[int, tuple[int, Role, str]] | None) -> tuple[str | None, str | None]:
    """Gender (courtesy title, first name) and the title word just before a person's name."""
    gender = nm.honorific.gender if nm.honorific is not None else None
    words = nm.words
    if gender is None and len(words) >= 2:
        gender = d.first_names.get(words[0].lower())
    role_word = None
    if roles_at:
        before = roles_at.get(nm.ext_start - 1)
        if before is not None and before[1].kind == "title":
            role_word = before[1].phrase.split()[-1]
    return gender, role_word


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    """Given names agree when they match word for word or by initial ("G. W." / "George W.")."""
    if not a or not b:
        return True
    x, y = a[0].lower().rstrip("."), b[0].lower().rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


# -- 3. roles, countries, groups -----------------------------------------------------------------

def country_of_mention(nm: NameMention) -> str | None:
    c = nm.cluster
    if c is not None and c.entry is not None and c.entry.kind == "capital" and c.country:
        return c.country  # "Tripoli" in a story about Lebanon
    if c is not None and c.entry is not None and c.entry.country:
        return c.entry.country
    return c.country if c is not None and c.label != "PERSON" else None


def attach_roles(doc: Doc, mentions: list[NameMention], roles_at: dict[int, tuple[int, Role, str]],
                 d: ActorDictionary) -> set[int]:
    """Roles and countries of people; returns the end tokens of roles used as premodifiers."""
    by_token = {i: nm for nm in mentions for i in range(nm.ext_start, nm.end)}
    used_roles: set[int] = set()
    role_starts = {start for start, _role, _text in roles_at.values()}
    title_starts = {start: (end, role, text) for end, (start, role, text) in roles_at.items()}
    for nm in mentions:
        c = nm.cluster
        if c is not None and c.entry is None and c.label in ("GPE", "LOC", "NORP") and _business_noun_before(doc, nm, roles_at) is not None:
            c.label = "ORG"  # "Danish brewer Carlsberg", "Dutch firm Ispat" tagged GPE
        if c is not None and c.label in ("ORG", "FAC") and c.entry is None:
            _org_premodifiers(doc, nm, c, roles_at, by_token, used_roles)
        elif c is not None and c.label == "ORG" and (noun := _business_noun_before(doc, nm, roles_at)) is not None:
            used_roles.add(noun)  # "Russian oil firm Yukos": the firm is Yukos, no group of its own
        if c is None or c.label != "PERSON":
            continue
        if nm.honorific is not None:
            c.add_role(nm.honorific.title or "", nm.honorific, honorific=True)
        # premodifiers, right to left: "U.S. Secretary of State | Mike Pompeo"
        i = nm.ext_start - 1
        org_iso: str | None = None
        last_weak = False  # the title just read is generic ("spokesman", "leader")
        affiliation_before = c.affiliation
        comma_read = False
        title_left: int | None = None  # first token of the title phrase read last
        last_title: str | None = None  # ... and its text
        last_role: Role | None = None  # ... and its role word
        while i >= 0 and nm.ext_start - i <= 10:
            t = doc[i]
            if i in roles_at and roles_at[i][1].kind == "group":
                rs, role, _text = roles_at[i]
                if not c.roles:
                    # "Romanian firm GeCAD Software": a group noun before a name makes it an organisation
                    c.label = "ORG"
                    if role.sector:
                        c.sectors.append(role.sector)
                elif last_weak and role.sector and not role.weak:
                    c.sectors.insert(0, role.sector)  # "army spokesman X" MIL, "police spokesman Y" COP
                    c.strong_sector = True
                elif last_role is not None and last_role.sector == "GOV" and role.sector in BODY_NOUN_SECTORS \
                        and c.entry is None:
                    # "union secretary general X" LAB, "university president Y" EDU: an office of that body
                    c.sectors.insert(0, role.sector)
                body = by_token.get(i)
                if c.roles and body is not None and body.cluster is not None and c.country is None \
                        and body.cluster.label != "PERSON":
                    c.country = country_of_mention(body)  # "State Department spokesman X": a known body's
                used_roles.add(i)  # "government spokesman X": the body is no title of X
                last_weak = False
                i = rs - 1
                continue
            if i in roles_at and roles_at[i][1].kind != "honorific":
                rs, role, text = roles_at[i]
                first, former = qualified_title(doc, rs, i, roles_at, by_token)
                last_title = _title_text(doc[first:i + 1].text if first < rs else text, role)
                c.add_role(last_title, role)
                last_weak = role.weak
                last_role = role
                title_left = first
                used_roles.add(i)
                if former:
                    c.former = True
                i = first - 1
                continue
            other = by_token.get(i)
            placeish = other is not None and other.cluster is not None and (
                other.cluster.label != "PERSON" or (other.entry is not None and other.entry.user and other.entry.country
                                                    and i + 1 < len(doc) and doc[i + 1].lower_ in ("'s", "’s")))
            if other is not None and other.cluster is not None and placeish:
                if c.roles and _party_office(other, last_role) and (other.end == title_left or _only_portfolio_words(
                        doc, other.end, title_left) or _co_prefix(doc, other.end, title_left)):
                    # "Lib Dem president Simon Hughes", "Conservative family spokeswoman Theresa May"
                    _note_affiliation(c, other, any_code=True)
                    c.party_office = c.party_office or last_role is not None and last_role.phrase != "leader"
                if c.roles:
                    _note_employer(c, other)  # "CSR executive director Gene Herbert", "Wembley chairman X"
                elif other.end == nm.ext_start and _is_party(other) and nm.end - nm.start >= 2:
                    if c.party is None:  # "Liberal Democrat Paul Tyler": the party's man
                        _note_party(c, other)
                iso = country_of_mention(other)
                portfolio = (c.roles and other.cluster.label == "ORG" and other.cluster.country_entity is None
                             and (other.end in role_starts or _only_portfolio_words(doc, other.end, title_left))
                             and not _company_or_medium(other))
                if portfolio:
                    # "Serbian Labour Minister X": an organisation-like word inside the title is
                    # its portfolio; a country further left wins, else it is the fallback
                    org_iso = org_iso or iso
                    unsectored = last_role is not None and not last_role.sector
                    if not iso or last_weak or unsectored:
                        # "U.N. envoy X", "NATO commander Y"; "Taliban spokesman Z", "Labour leader W";
                        # a title of no sector of its own: "Commission for Racial Equality chairman V"
                        _note_affiliation(c, other, any_code=last_weak or unsectored)
                elif iso and c.country is None:
                    c.country = iso
                    if _company_or_medium(other) and (c.roles or c.entry is None):
                        # "Gazprom chairman X" RUSBUS, "BBC correspondent Y" GBRMED (not a known person a medium
                        # is told before with no title between: "told the BBC Michael Howard has always been")
                        _note_affiliation(c, other, any_code=True)
                    if c.roles:  # "Islamabad's new military chief", not "London's Trafalgar Square"
                        _mark_metonym(other)
                    if c.affiliation != affiliation_before and (c.affiliation or "").startswith("IGO"):
                        # "Israeli U.N. spokesman X": a country's man at the international body
                        c.affiliation = affiliation_before
                elif not iso and c.roles:
                    _note_affiliation(c, other)  # "U.N. envoy X", "NATO commander Y"
                i = other.ext_start - 1
                continue
            if other is not None and other.cluster is not None and other.cluster is not c and c.roles \
                    and other.cluster.label == "PERSON" and last_role is not None and last_role.weak:
                i = other.ext_start - 1  # "former Reagan aide Lyn Nofziger": the one served, then "former"
                continue
            if t.lower_ in TITLE_MODIFIERS or t.lower_ in ("'s", "’s"):
                ex_member = t.lower_ == "ex" and i + 2 < len(doc) and doc[i + 1].text == "-" \
                    and by_token.get(i + 2) is not None and by_token[i + 2].cluster is not None \
                    and by_token[i + 2].cluster.label != "PERSON"
                served = doc[nm.end - 1].head.i  # (not a title written after the name: "Alan Hartwell MP")
                modifier = doc[nm.end - 1].dep_ == "compound" and served >= nm.end and served in roles_at \
                    and not roles_at[served][1].after
                if t.lower_ in FORMER_WORDS and c.roles and not ex_member and not modifier:
                    # (not "former Reagan aide Lyn Nofziger": the name modifies the noun "former" qualifies)
                    # "Former Socialist prime minister X"; not "Ex-Labour MP X", out of the party, still an MP
                    c.former = True
                    if last_title is not None and last_title in c.roles and not is_former_title(last_title):
                        # the title read just before is the former one: "former French prime minister"
                        c.roles[c.roles.index(last_title)] = f"{t.text}-{last_title}" if t.lower_ == "ex" \
                            else f"{t.text} {last_title}"
                        last_title = None
                i -= 1
                continue
            if c.roles and (t.pos_ == "ADJ" or t.lower_ in ("and", ",") and i > 0 and doc[i - 1].pos_ == "ADJ"):
                i -= 1  # "Ithilen's awful and evil minister Calimehtar"
                continue
            if c.roles and (t.tag_ == "VBN" or t.lower_ in TITLE_PARTICIPLES or t.pos_ == "ADV" and t.lower_.endswith("ly")
                            or t.text == "-" and 0 < i < nm.ext_start - 1 and doc[i + 1].tag_ == "VBN"):
                i -= 1  # "Mitsubishi's newly-appointed chief executive X", "the recently elected president Y"
                continue
            if (c.roles or c.label == "ORG") and t.pos_ == "NOUN" and t.is_lower and t.dep_ == "compound" \
                    and t.head.i > i:
                # the title's portfolio or the firm's trade: "EU trade commissioner X", "Russian oil firm Y"
                i -= 1
                continue
            if t.text == "," and c.roles and not comma_read and _owned_title_before(doc, i, roles_at, by_token):
                comma_read = True  # "China's U.N. Representative, Ambassador Li Luye": one person
                first = min(roles_at[i - 1][0], doc[i - 1].left_edge.i)
                c.add(first + (doc[first].lower_ in ("the", "a", "an")), i, "nominal")
                i -= 1
                continue
            break
        post = post_title_after(doc, nm.end, title_starts)
        if post is not None and c.label == "PERSON":
            # "Former welfare minister Frank Field MP": the title after the name is held now
            c.add_role(post[2], post[1])
            used_roles.add(post[0])
            if post[1].sector:
                c.sectors.insert(0, post[1].sector)
                c.current_sector = True
        _appositive_roles(doc, nm, c, roles_at, by_token, used_roles)
        _body_after(doc, nm, c, by_token)
        if c.country is None and c.roles:
            c.country = _country_after(doc, nm, by_token) or org_iso
    for nm in mentions:
        if nm.cluster is not None and nm.cluster.current_sector:
            nm.cluster.former = False  # "Former welfare minister Frank Field MP" is an MP, no former official
    # coordination: "Pakistani Prime Minister X, Foreign Minister Y and Gen. Z" share the country
    root_person = {_span_root(doc, nm.start, nm.end).i: nm for nm in mentions
                   if nm.cluster is not None and nm.cluster.label == "PERSON"}
    for nm in mentions:
        c = nm.cluster
        if c is None or c.label != "PERSON" or c.country is not None or not c.roles:
            continue
        if c.entry is not None and c.entry.country:
            continue  # a known person keeps their own country: "talks between Casey and Thatcher"
        r = _span_root(doc, nm.start, nm.end)
        steps = 0
        while r.dep_ == "conj" and steps < 6:
            r, steps = r.head, steps + 1
            head_nm = root_person.get(r.i)
            if head_nm is not None and head_nm.cluster is not None and head_nm.cluster.country:
                c.country = head_nm.cluster.country
                break
    return used_roles


def _body_after(doc: Doc, nm: NameMention, c: Cluster, by_token) -> None:
    """"Brad Adams, from Human Rights Watch,", "Jan Smit of the World Bank": a person named with the
    non-state body they come from acts for it (a country after "of" is _country_after's)."""
    if c.affiliation is not None or (c.entry is not None and c.entry.kind == "person"):
        return
    root = _span_root(doc, nm.start, nm.end)
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "at") or prep.i > nm.end + 1:
            continue
        for pobj in prep.children:
            other = by_token.get(pobj.i)
            if pobj.dep_ == "pobj" and other is None:
                other = _named_body_in(pobj, by_token)  # "X, of advisers <Rothschild Australia Ltd>"
            if pobj.dep_ == "pobj" and other is not None and other.cluster is not None \
                    and other.cluster.label == "ORG" and other.cluster.country_entity is None:
                _note_affiliation(c, other, any_code=True)
                _note_employer(c, other)
                return


def _business_noun_before(doc: Doc, nm: NameMention, roles_at) -> int | None:
    """The end of a company noun right before the name: "brewer Carlsberg", "gaming group Wembley",
    "investment house <Shearson Lehman Brothers>"."""
    i = nm.ext_start - 1 - (nm.ext_start >= 2 and doc[nm.ext_start - 1].text == "<")
    before = roles_at.get(i)
    return i if before is not None and before[1].kind == "group" and before[1].sector == "BUS" else None


def _named_body_in(head, by_token) -> NameMention | None:
    """An organisation's name set next to a common noun: "advisers <Rothschild Australia Ltd>",
    "brokerage Aton", "Aids charity the Terrence Higgins Trust"."""
    for t in head.subtree:
        other = by_token.get(t.i)
        if other is not None and other.cluster is not None and other.cluster.label == "ORG" and t.i - head.i <= 6:
            return other
    doc = head.doc  # "rights group the Simon Wiesenthal Center", the name hung elsewhere by the parser
    nxt = head.i + 1
    while nxt < len(doc) and nxt - head.i <= 2 and doc[nxt].lower_ in ("the", "<"):
        nxt += 1  # "advisers <Rothschild Australia Ltd>"
    other = by_token.get(nxt) if nxt < len(doc) else None
    if other is not None and other.ext_start == nxt and other.cluster is not None and other.cluster.label == "ORG":
        return other
    return None


def _org_after(doc: Doc, i: int, by_token) -> NameMention | None:
    """The first organisation named within a few words after token I, before a comma or a verb."""
    for k in range(i + 1, min(i + 7, len(doc))):
        if doc[k].text in (",", ";", "(") or doc[k].pos_ in ("VERB", "AUX"):
            return None
        other = by_token.get(k)
        if other is not None and other.cluster is not None and other.cluster.label == "ORG":
            return other
    return None


def _note_employer(c: Cluster, other: NameMention) -> None:
    """A person holding a title in an organisation the dictionary does not know ("head of M&S",
    "an analyst at brokerage Aton") acts for it once its own code is known (``build_table``)."""
    body = other.cluster
    if body is None or body is c or body.label != "ORG" or body.group or body.country_entity is not None:
        return
    if body.entry is None:
        c.employer = c.employer or body
    elif (body.entry.code or "")[3:] in ("BUS", "MED", "NGO"):
        _note_affiliation(c, other, any_code=True)


def _only_portfolio_words(doc: Doc, start: int, title_left: int | None) -> bool:
    """Only words of a portfolio between an organisation and its title ("Labour | foreign affairs | spokesman",
    "Lib Dem | Treasury | spokesman"): the title is held in that organisation."""
    if title_left is None or title_left <= start or title_left - start > 3:
        return False
    return all((doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"))
               or (doc[k].is_title and doc[k].pos_ in ("NOUN", "PROPN")) for k in range(start, title_left))


def _owned_title_before(doc: Doc, comma: int, roles_at, by_token) -> bool:
    """A title right before COMMA said whose it is ("China's U.N. Representative,", "Kuwaiti envoy,"):
    an appositive title of the titled name after the comma, not one of a list of people."""
    end = comma - 1
    if end not in roles_at or roles_at[end][1].kind != "title" or end in by_token:
        return False
    j = roles_at[end][0] - 1
    while j >= 0 and by_token.get(j) is not None and by_token[j].cluster is not None \
            and by_token[j].cluster.label == "ORG" and by_token[j].cluster.country_entity is None:
        j = by_token[j].ext_start - 1  # "U.N." in "China's U.N. Representative"
    if j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    owner = by_token.get(j) if j >= 0 else None
    return owner is not None and owner.cluster is not None and bool(owner.cluster.country_entity)


def _country_after(doc: Doc, nm: NameMention, by_token) -> str | None:
    """A titled person's country named after the name: "King Hassan of Morocco", "President X of Y"."""
    root = _span_root(doc, nm.start, nm.end)
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == nm.end:
            for pobj in prep.children:
                other = by_token.get(pobj.i)
                if pobj.dep_ == "pobj" and other is not None and other.cluster is not None and other.cluster.country_entity:
                    return other.cluster.country_entity
    return None


def _org_premodifiers(doc: Doc, nm: NameMention, c: Cluster, roles_at, by_token, used_roles: set[int]) -> None:
    """ "Romanian firm Softline Systems", "Pakistani broadcaster Geo TV": a group noun and a country
    before an organisation's name give its sector and country."""
    i = nm.ext_start - 1
    if i > 0 and doc[i].text == "<":
        i -= 1  # "New York investment house <Shearson Lehman Brothers>"
    if i not in roles_at:
        return
    rs, role, _text = roles_at[i]
    if role.kind == "title" and role.sector in ADJECTIVAL_SECTORS and c.entry is None:
        used_roles.add(i)  # "the rebel Revolutionary United Front": what the group is, before its own name
        c.sectors.insert(0, role.sector)
        return
    if role.kind != "group":
        return
    used_roles.add(i)
    if role.sector and not c.sectors:
        c.sectors.append(role.sector)
    j = rs - 1
    while j >= 0 and (doc[j].lower_ in ("'s", "’s", "the", "state-owned", "state-run", "private", "rival")
                      or rs - j <= 3 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ")):
        j -= 1  # "Russian oil firm Yukos", "Indian software company X": the line of business
    if j >= 2 and doc[j].lower_ in BASED_WORDS and doc[j - 1].text == "-":
        j -= 2  # "US-based hedge fund Atticus Capital": the country of the seat
    other = by_token.get(j) if j >= 0 else None
    if other is not None and other.cluster is not None and other.cluster is not c and c.country is None:
        c.country = country_of_mention(other)


def _title_text(text: str, role: Role) -> str:
    """A role as written, without a leading "the"."""
    return text[4:] if text.lower().startswith("the ") else text


def _mark_metonym(nm: NameMention) -> None:
    """A capital used as its government ("Islamabad's new military chief")."""
    if nm.cluster is not None and nm.entry is not None and nm.entry.kind == "capital":
        nm.cluster.metonym = True
        nm.kind = "metonym"
        nm.cluster.spans = [(s, e, "metonym" if (s, e) == (nm.ext_start, nm.end) else k)
                            for s, e, k in nm.cluster.spans]


# titles that are ministries, not party offices: "Serbian Labour Minister X" names a portfolio
MINISTERIAL_WORDS = ("minister", "secretary", "chancellor", "premier", "treasurer", "attorney")


LEAVING_VERBS = frozenset({"resign", "quit", "retire", "step", "leave"})


def roles_held_as(doc: Doc, mentions: list[NameMention], roles_at: dict[int, tuple[int, Role, str]],
                  used_roles: set[int]) -> None:
    """A title a person is said to hold, take or leave "as" ("Simon, who resigned last month as Bronx Borough
    President", "X, who served as finance minister", "Y was named as chief executive"): the person's role, a
    former one when it is left. Only for people the text gives no title otherwise."""
    for nm in mentions:
        c = nm.cluster
        if c is None or c.label != "PERSON" or c.roles or c.group:
            continue
        root = doc[nm.end - 1]
        verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
        verbs += [v for v in root.children if v.dep_ == "relcl"]  # "Simon, who resigned ... as ..."
        for verb in verbs:
            for prep in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"):
                title = next((o for o in prep.children if o.dep_ == "pobj" and o.i in roles_at), None)
                if title is None or roles_at[title.i][1].kind != "title":
                    continue
                rs, role, text = roles_at[title.i]
                leaving = verb.lemma_.lower() in LEAVING_VERBS
                c.add_role(f"former {text}" if leaving else text, role)
                c.former = c.former or leaving
                used_roles.add(title.i)
                break


def _party_entry(entry: ActorEntry | None) -> bool:
    """A dictionary row of a political party (an organisation coded …PTY)."""
    return entry is not None and entry.kind == "org" and (entry.code or "")[3:] == "PTY"


def speakers_for_parties(doc: Doc, mentions: list[NameMention]) -> None:
    """ "Kirsty Williams, for the Lib Dems, added": a person set off by "for" and a party speaks for the party (as
    "Liberal Democrat Paul Tyler" does; a title of the person's own still says more)."""
    by_start = {nm.ext_start: nm for nm in mentions}
    for nm in mentions:
        c = nm.cluster
        if c is None or c.label != "PERSON" or nm.kind != "name" or c.party or nm.end + 2 >= len(doc):
            continue
        if doc[nm.end].text != "," or doc[nm.end + 1].lower_ != "for":
            continue
        at = nm.end + 2 + (doc[nm.end + 2].lower_ == "the")
        other = by_start.get(at)
        if other is not None and _is_party(other):
            _note_party(c, other)


def _is_party(nm: NameMention) -> bool:
    """A mention of a political party the dictionaries code."""
    return _party_entry(nm.cluster.entry if nm.cluster is not None else None)


def _party_office(nm: NameMention, role: Role | None) -> bool:
    """A title held in a coded political party ("Lib Dem president", "Conservative co-chairman",
    "Conservative family spokeswoman", "UKIP Scotland chairman"): the holder acts for the party, not
    the state, unless the title is a ministry's ("Labour Minister", a portfolio)."""
    if role is None or not _is_party(nm):
        return False
    phrase = role.phrase.lower()
    if role.sector in ("LEG", "JUD", "MIL", "COP"):
        return False  # "Labour MP X" holds a seat (LEG), whichever party he sits for
    return not any(w in phrase for w in MINISTERIAL_WORDS) or phrase in ("general secretary", "secretary general")


def _co_prefix(doc: Doc, start: int, title_left: int | None) -> bool:
    """A "co-"/"vice-"/"deputy-" prefix split from its title ("Conservative co | - | chairman")."""
    return title_left is not None and title_left - start == 2 and doc[start].lower_ in ("co", "vice", "deputy") \
        and doc[start + 1].text == "-"


def people_from_places(doc: Doc, mentions: list[NameMention], by_token) -> None:
    """"Moazzam Begg, from Birmingham, and Martin Mubanga, Richard Belmar and Feroz Abbasi, from London,
    have been held ...": people set off with ", from <place>," are of the place's country (a country, or a
    town the gazetteer puts in one), and so are the names listed with them before it. Only people the text
    gives no country otherwise; "X, from the BBC" is no place."""
    people = sorted((nm for nm in mentions if nm.kind == "name" and nm.cluster is not None
                     and nm.cluster.label == "PERSON"), key=lambda nm: nm.start)
    for k, nm in enumerate(people):
        e = nm.end
        if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ != "from":
            continue
        place = by_token.get(e + 2)
        pc = place.cluster if place is not None else None
        if pc is None or place.start != e + 2 or pc.label not in ("GPE", "LOC") or pc.elsewhere:
            continue
        iso = pc.country_entity or pc.country or (pc.entry.country if pc.entry is not None and pc.entry.kind in (
            "capital", "region") else None)
        if not iso or (place.end < len(doc) and doc[place.end].text not in (",", ".")):
            continue  # "from London to Paris": a journey, not a home
        listed = [nm]
        for prev in reversed(people[:k]):  # "A, B and C, from London"
            gap = doc[prev.end:listed[-1].ext_start]
            if len(gap) == 0 or len(gap) > 2 or not all(t.text == "," or t.lower_ == "and" for t in gap):
                break
            listed.append(prev)
        for person in listed:
            if person.cluster is not None and person.cluster.country is None and not person.cluster.roles:
                person.cluster.country = iso


# titles of the British peerage: "Lord Janner", "Baroness Scotland" are British (bare GBR unless a role says more)
PEERAGE_TITLES = frozenset({"lord", "baroness", "baron", "viscount", "earl"})
# judges' titles of the English courts: "Lord Justice Rix" (Court of Appeal), "Mr Justice Forbes" (High Court)
ENGLISH_JUDGE_TITLES = frozenset({"lord justice", "lady justice", "mr justice", "mrs justice", "ms justice"})


def peers_and_judges(doc: Doc, mentions: list[NameMention], clusters: list[Cluster]) -> None:
    """A person named "Lord X" / "Baroness Y" is a British peer (GBR when the text gives no other
    country; named with the title when only one name is written, as gold lists "Lord Bingham"); "Lord
    Justice X" / "Mr Justice Y" is a judge of the English courts (GBRJUD) when the article names Britain,
    whatever country the story is mostly about (a BBC story set in Iraq). Honorifics only: "Lord Justice"
    before a name is no person "Justice"."""
    names_britain = any(c.country_entity == "GBR" for c in clusters)
    for nm in mentions:
        c = nm.cluster
        if c is None or c.label != "PERSON" or nm.kind not in ("name", "surname"):
            continue
        before = " ".join(t.lower_ for t in doc[max(nm.ext_start - 2, 0):nm.start]) if nm.start > 0 else ""
        judge = any(before.endswith(t) for t in ENGLISH_JUDGE_TITLES)
        if judge and nm.start >= 2:
            c.peer_title = c.peer_title or doc[nm.start - 2:nm.start].text  # "Mr Justice Forbes", as gold names him
        if judge and names_britain and c.country in (None, "GBR"):
            c.country = "GBR"
            if "JUD" not in c.sectors[:1]:
                c.sectors.insert(0, "JUD")
            continue
        if nm.honorific is not None and nm.honorific.phrase in PEERAGE_TITLES and not judge:
            c.peer_title = c.peer_title or doc[nm.ext_start].text.title()
            if c.country is None and (c.entry is None or c.entry.country in (None, "GBR")):
                c.country = "GBR"
            law_lord = " ".join(t.lower_ for t in doc[max(nm.ext_start - 3, 0):nm.ext_start])
            if re.search(r"\blaw lord$", law_lord) and c.country == "GBR" and "JUD" not in c.sectors[:1]:
                c.sectors.insert(0, "JUD")  # "senior law lord Lord Bingham": a judge of the House of Lords


EU_WORDS = frozenset({"EU", "E.U.", "European"})


def eu_commissioners(doc: Doc, mentions: list[NameMention], d: ActorDictionary) -> None:
    """"EU Trade Commissioner X", "European Justice and Home Affairs Commissioner Franco Frattini": a
    commissioner titled with the EU and a portfolio (capitalised or not) serves the European Commission,
    whatever country the dictionary gives the person (IGOEUREEC, as "EU commissioner X")."""
    eu = d.lookup("European Union")
    if eu is None or not eu.code:
        return
    for nm in mentions:
        c = nm.cluster
        if c is None or c.label != "PERSON" or nm.kind != "name" or c.former or c.affiliation is not None:
            continue
        k = nm.ext_start - 1
        if k < 1 or doc[k].lower_ != "commissioner":
            continue
        k -= 1
        while k >= 0 and nm.ext_start - k <= 8 and doc[k].text not in EU_WORDS and (
                doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "&", "-") or doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")):
            k -= 1
        if k >= 0 and doc[k].text in EU_WORDS and not (k > 0 and doc[k - 1].lower_ == "former"):
            c.affiliation = eu.code


def _company_or_medium(nm: NameMention) -> bool:
    """A known company or news medium: whoever holds a title in it acts for it, whatever the title."""
    entry = nm.cluster.entry if nm.cluster is not None else None
    return entry is not None and entry.kind == "org" and (entry.code or "")[3:] in ("BUS", "MED")


def _note_affiliation(c: Cluster, other: NameMention, any_code: bool = False) -> None:
    """A title held in an international or non-state body without a country ("U.N. envoy X",
    "NATO commander Y", "Red Cross official Z"), or a generic title held in any coded organisation
    (ANY_CODE: "Taliban spokesman X", "Labour leader Y"): the person acts for that body."""
    code = other.cluster.entry.code if other.cluster is not None and other.cluster.entry is not None else (
        other.cluster.affiliation if other.cluster is not None and other.cluster.label == "ORG" else None)
    if not code or c.affiliation is not None:
        return
    if code.startswith(("IGO", "NGO", "IMG")) or (any_code and len(code) > 3):
        c.affiliation = code
        _note_party_name(c, other)


def _note_party(c: Cluster, party: NameMention) -> None:
    """The person speaks for PARTY, a mention of a coded party: its code and its name."""
    c.party = party.cluster.entry.code
    _note_party_name(c, party)


def _note_party_name(c: Cluster, other: NameMention) -> None:
    """The party a person's code comes from, by its dictionary name: whether it governs is told by name."""
    entry = other.cluster.entry if other.cluster is not None else None
    if _party_entry(entry):
        c.party_name = entry.name


def _appositive_roles(doc: Doc, nm: NameMention, c: Cluster, roles_at, by_token, used_roles: set[int]) -> None:
    """ "X, the finance minister's elder brother and a three-term opposition MLA": roles of the
    appositive's head noun and its conjuncts (not of a possessor inside it). A title the name is in
    apposition to ("Reagan's chief of staff, Howard Baker,") is the person's own title too."""
    root = _span_root(doc, nm.start, nm.end)
    heads = [ch for ch in root.children if ch.dep_ == "appos" and ch.i > root.i]
    # "Edward Leigh, who is chairman of the Commons public accounts committee,": a relative "who is" says the same
    heads += [a for rc in root.children if rc.dep_ == "relcl" and rc.lemma_ == "be" and any(
        s.dep_ == "nsubj" and s.lower_ == "who" for s in rc.children) for a in rc.children if a.dep_ == "attr"]
    if root.dep_ == "appos":  # "His brother Anand Deshmukh, a three-term MLA": both hang on "brother"
        heads += [ch for ch in root.head.children if ch.dep_ == "appos" and ch.i > root.i]
    heads += [h for hd in heads for h in hd.children if h.dep_ == "conj"]
    title_before = _title_before_appos(doc, root, nm, roles_at, by_token)
    if title_before is None and root.dep_ == "conj":
        first = root.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ == "appos" and first.head.tag_ == "NNS" and first.head.i < first.i \
                and _role_covering(first.head.i, roles_at) is not None:
            title_before = first.head  # "two Bronx congressmen, Mario Biaggi and Robert Garcia": each holds it
    if title_before is not None:
        heads.append(title_before)
    for h in heads:
        key = _role_covering(h.i, roles_at) if h is title_before else (h.i if h.i in roles_at else None)
        if key is not None:
            rs, role, text = roles_at[key]
            first, _former = qualified_title(doc, rs, key, roles_at, by_token)  # "the shadow education secretary"
            c.add_role(_title_text(doc[first:key + 1].text if first < rs else text, role), role)
            used_roles.add(key)
            if h is title_before and rs > 0 and doc[rs - 1].lower_ in FORMER_WORDS:
                c.former = True
            if h is title_before:
                # the title phrase is a mention of the person: "Quatar's emir, Sheikh Hamad ..."
                first = min(rs, h.left_edge.i)
                while first < rs and doc[first].lower_ in ("the", "a", "an"):
                    first += 1
                c.add(first, key + 1, "nominal")
        ties = [ch for ch in h.children if ch.dep_ in ("poss", "amod", "compound", "nmod")]
        if key is not None:  # "the director-general of the Israeli Foreign Ministry"
            bodies = [p for prep in h.children if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "with")
                      for p in prep.children if p.dep_ == "pobj"]  # "currency strategist with HSBC"
            # "head of policy at Aids charity the X Trust": the body after the portfolio
            bodies += [p for b in bodies if b.i not in by_token for prep in b.children
                       if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for") for p in prep.children
                       if p.dep_ == "pobj"]
            for b in list(bodies):
                if b.i not in by_token and (named := _named_body_in(b, by_token)) is not None:
                    bodies.append(doc[named.start])  # "an analyst at brokerage Aton"
            for prep in h.children:  # "head of policy at | Aids charity the X Trust said": no object parsed
                if prep.dep_ == "prep" and prep.lower_ in ("at", "for") and not any(
                        p.dep_ == "pobj" for p in prep.children) and (named := _org_after(doc, prep.i, by_token)):
                    bodies.append(doc[named.start])
            # "the head of the state-owned Naftohaz company": the name inside an unnamed body
            ties += bodies + [ch for p in bodies if p.i not in by_token for ch in p.children
                              if ch.dep_ in ("compound", "amod", "poss") and ch.i in by_token]
        for ch in ties:
            if ch.i not in by_token:
                continue
            other = by_token[ch.i]
            if other.cluster is None:
                continue
            if other.cluster.label == "PERSON":
                # "Reagan's chief of staff": the title is in the state of the person it serves
                iso = country_of_mention(other) if ch.dep_ == "poss" and key is not None else None
                if iso and c.country is None:
                    c.country = iso
                continue
            if key is not None:
                _note_employer(c, other)
            iso = country_of_mention(other)
            if iso and c.country is None:
                c.country = iso
            weak = key is not None and roles_at[key][1].weak
            if key is not None and (not iso or weak):
                # "Kenzo Oshima, the United Nations relief coordinator"; "X, the Liberal
                # Democrats' foreign affairs spokesman"
                _note_affiliation(c, other, any_code=weak)
            if ch.dep_ == "poss":
                _mark_metonym(other)


def _title_before_appos(doc: Doc, root, nm: NameMention, roles_at, by_token):
    """The title a name is set in apposition to: "the Turkish economics minister, Ali Babacan,"; also
    when the parser hangs the name on the body after "of" ("the director-general of the Israeli
    Foreign Ministry, Abraham Tamir,")."""
    set_off = nm.ext_start > 0 and doc[nm.ext_start - 1].text == ","  # "..., Ahmed Maher," read as npadvmod
    if root.dep_ in SUBJECT_DEPS and set_off:
        # "Reagan's chief of staff, Howard Baker told reporters": the second comma missing, the parser
        # makes two subjects of one verb
        twin = next((ch for ch in root.head.children if ch.dep_ == root.dep_ and ch.i < nm.start), None)
        end = _role_covering(twin.i, roles_at) if twin is not None else None
        if end is not None and end == nm.ext_start - 2 and roles_at[end][1].kind == "title":
            return twin
        return None
    by_words = _title_of_body_before(doc, nm, roles_at, by_token) if set_off else None
    if by_words is not None or not set_off:
        return by_words
    if (root.dep_ == "appos" or root.dep_ == "npadvmod") and root.head.i < nm.start:
        head = root.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.i in by_token:
            head = head.head.head
        end = _role_covering(head.i, roles_at)
        # the title's phrase right before the comma ("Egypt's ambassador to Washington, X"): not one
        # further back the parser took ("China's U.N. Representative, Ambassador Li, and ..., Abraham Tamir")
        between = doc[end + 1:nm.ext_start - 1] if end is not None else []
        if end is not None and end < nm.start and roles_at[end][1].kind == "title" and head.i not in by_token \
                and not any(t.text in (",", ";") or t.lower_ in ("and", "or") for t in between):
            return head
    return None


def _title_of_body_before(doc: Doc, nm: NameMention, roles_at, by_token):
    """The words before ", NAME" read as "TITLE of (the) BODY" when the parse went astray ("... and
    the director-general of the Israeli Foreign Ministry, Abraham Tamir")."""
    body = by_token.get(nm.ext_start - 2)
    if body is None or body.cluster is None or body.cluster.label == "PERSON":
        return None
    j = body.ext_start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ != "of" or j - 1 not in roles_at or roles_at[j - 1][1].kind != "title":
        return None
    return doc[j - 1]


def _role_covering(i: int, roles_at) -> int | None:
    """The end token of the role phrase holding token I: a title's span may end after its head
    word ("chief | of staff")."""
    if i in roles_at:
        return i
    return next((e for e, (s, _r, _t) in roles_at.items() if s <= i <= e), None)


CONTEXT_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "REB", "INS", "OPP"}
NOT_OWN_COUNTRY = {"foreign", "international", "western", "allied", "coalition", "multinational", "un"}
# "rebels in X", "students throughout X", "opposition groups based in X": X is the group's country;
# not for armed forces ("troops in Afghanistan" are often foreign ones)
PLACE_PREPS = {"in", "throughout", "across", "inside"}
NOT_PLACE_SECTORS = {"MIL"}
# crowds in the streets of the one country an article names: "Demonstrators blocked roads" in a
# story about Algeria are Algerian civilians (not by the country it is "mostly about": a story of
# Bolivian miners and a German president's visit; other civilian words, "people", "residents", never)
PROTEST_GROUPS = {"demonstrators", "protesters", "protestors"}


def group_actors(doc: Doc, mentions: list[NameMention], roles_at: dict[int, tuple[int, Role, str]],
                 used_roles: set[int], clusters: list[Cluster], context_iso: str | None = None,
                 main_iso: str | None = None, legislature_iso: str | None = None) -> list[NameMention]:
    """Role words with a country and no person: "Pakistani leaders", "Israeli troops",
    "Dagolath's foreign minister", "rebels in Darfur" become actors of their own; "Hungarian and
    Romanian officials" makes one per country. In an article about one country, its state bodies
    need no country word: "Police arrested 12" -> that country's COP. Legislators named bare ("a group of
    five MPs") in an article of no one country belong to the one legislature it names (LEGISLATURE_ISO:
    the House of Commons in a US tycoon's bid for a British club)."""
    by_token = {i: nm for nm in mentions for i in range(nm.ext_start, nm.end)}
    groups: dict[str, Cluster] = {}
    out: list[NameMention] = []
    specific = _specific_sectors(doc, roles_at, used_roles)
    for end_tok, (start_tok, role, text) in sorted(roles_at.items()):
        if end_tok in used_roles or role.kind == "honorific" or not role.sector or end_tok in by_token:
            continue
        if end_tok in specific:
            start_tok, role = specific[end_tok]
            text = doc[start_tok:end_tok + 1].text
        head = doc[end_tok]
        found = _group_countries(doc, start_tok, end_tok, role, roles_at, by_token)
        if not found:
            # the article's one country; else the country it is mostly about, but not for armed
            # forces there ("attacked by fighter bombers" in a story about Iran are not Iran's)
            # (legislators: the one legislature the article names before the country it is mostly about)
            legislators = not context_iso and role.sector == "LEG" and legislature_iso is not None
            home = context_iso or (legislature_iso if legislators else None) or (
                main_iso if _main_country_body(head, role) else None)
            # a people or region placed nowhere before a people's role: "Ibo traditional elders",
            # "Tamil civilian refugees", "Moslem fundamentalist demonstrators" live in the article's country
            people_home = (context_iso or main_iso) if role.sector not in NOT_PLACE_SECTORS and _people_modifier(
                head, by_token, start_tok) else None
            home = home or people_home
            if home and _context_group(doc, start_tok, end_tok, role, text, by_token,
                                       bool(context_iso) or people_home is not None or legislators,
                                       any_sector=people_home is not None):
                start = min([start_tok] + [ch.i for ch in head.children if ch.i in by_token and ch.i < start_tok])
                if role.sector == "GOV" and any(by_token[ch.i].label == "NORP" for ch in head.children
                                                if ch.i in by_token):
                    role = _as_elites(role)  # "Yoruba leaders": a people's leaders are elites, not the state
                _add_group(doc, groups, clusters, out, home, role, doc[start:end_tok + 1].text, start,
                           end_tok + 1, start_tok)
            elif role.sector == "NGO" and role.kind == "group" and doc[end_tok].dep_ not in ("compound", "amod"):
                # "a human rights group protested", "aid agencies said": CAMEO's bare NGO code
                _add_group(doc, groups, clusters, out, "", role, text, start_tok, end_tok + 1, start_tok)
            continue
        plural = head.tag_ in ("NNS", "NNPS") or role.kind == "group" and text.lower() != role.phrase or (
            role.kind == "title" and head.lower_ != role.phrase.split()[-1] and head.lower_.endswith("s"))  # "MPs"
        singular_title = role.kind == "title" and not plural and len(found) == 1
        for country_nm in found:
            if country_nm.cluster is None or _pro_or_anti(doc, country_nm.ext_start):
                continue  # "pro-Moscow advisers" are no Russian officials
            if country_nm.cluster.label == "PERSON" and (country_nm.entry is None or not country_nm.entry.country):
                continue  # "Smith's advisers" are no country's; "Ithilen's president" (tagged PERSON) is
            org = country_nm.cluster
            code = org.entry.code if org.entry is not None else None
            if singular_title and org.label == "ORG" and code and country_nm.start < start_tok and _definite(head):
                holder = _title_holder(clusters, role, start_tok, body=code)
                if holder is not None:  # "the Tory leader said" after "Tory leader Michael Howard": the man
                    holder.add(country_nm.ext_start, end_tok + 1, "nominal")
                    continue
            if org.label == "ORG" and country_nm.start < start_tok and (
                    (code and ((role.weak and len(code) > 3) or code.startswith(("IGO", "NGO", "IMG"))))
                    or (role.weak and org.entry is None and is_company(org))):
                # "Labour delegates", "Hamas leaders", "Red Cross officials": the organisation's own
                # people; and any group of an international body: "UN peacekeepers", "NATO troops"
                org.add(country_nm.ext_start, end_tok + 1, "nominal")
                continue
            iso = country_of_mention(country_nm)
            if not iso:
                continue
            if country_nm.entry is not None and country_nm.entry.kind == "people":
                # a people lives where the text puts it ("Chechen refugees in Georgia"), else in its
                # own country if the article names it or a place of it ("Chechen rebels ... in
                # Chechnya"), else in the country the article is about ("Shona rebels" in a story
                # about Mozambique)
                place = _place_of(head, by_token)
                placed = country_of_mention(place) if place is not None else None
                if placed or iso not in _placed_countries(clusters):
                    iso = placed or context_iso or main_iso or iso
                if role.sector == "GOV":
                    role = _as_elites(role)  # "Yoruba leaders": a people's leaders are elites, not the state
            if country_nm.start < start_tok:
                start = country_nm.ext_start
                end = end_tok + 1
            else:
                start, end = start_tok, max(end_tok + 1, country_nm.end)
            if singular_title:
                holder = _title_holder(clusters, role, start, iso)
                if holder is not None:  # "the South African archbishop" after "Archbishop Desmond Tutu"
                    holder.add(start, end, "nominal")
                    holder.country = holder.country or iso
                    continue
            elif role.sector == BUSINESS and role.kind == "group" and not plural and _definite(head) and (
                    country_nm.cluster.country_entity or country_nm.kind == "demonym"):  # not "the insurer of Drexel"
                firm = _company_of(clusters, start, iso)
                if firm is not None:  # "Electrolux said ... The Swedish firm, the world's largest maker"
                    firm.add(start, end, "nominal")
                    continue
            if country_nm.entry is not None and country_nm.entry.kind == "capital" and country_nm.start < start_tok \
                    and role.sector != "BUS":  # "London bankers" are the city's, not the government
                _mark_metonym(country_nm)
            _add_group(doc, groups, clusters, out, iso, role, text, start, end, start_tok, singular_title)
    clusters.sort(key=lambda c: c.first)
    return out


PEOPLE_ROLE = Role("people", "CVL", "group")
NP_HEAD_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT", "dative", "oprd"}


PEOPLE_PLACE_PREPS = ("in", "of", "inside", "throughout", "across")


def people_groups(doc: Doc, mentions: list[NameMention], clusters: list[Cluster],
                  d: ActorDictionary, home: str | None = None) -> list[NameMention]:
    """The people of a country named as a plural noun are its civilians (CVL), not the state:
    "Israeli soldiers arrested 100 Palestinians", "thousands of Iraqi Kurds", "Bosnian Serbs demanded";
    "ethnic Albanians" are the civilians of the country they live in (a place phrase, else HOME, the
    article's country)."""
    by_token = {i: nm for nm in mentions for i in range(nm.ext_start, nm.end)}
    groups: dict[str, Cluster] = {}
    out: list[NameMention] = []
    for nm in mentions:
        c = nm.cluster
        tok = doc[nm.end - 1]
        if c is None or tok.tag_ not in ("NNPS", "NNS") or tok.dep_ not in NP_HEAD_DEPS:
            continue
        if nm.people_of is not None:
            place = _place_of(tok, by_token, PEOPLE_PLACE_PREPS) or _verb_place(tok, by_token)
            iso = (country_of_mention(place) if place is not None else None) or home
            if iso:  # "ethnic Albanians in south Serbia", "ethnic Albanians demonstrated in Serbia"
                c.spans = [sp for sp in c.spans if sp[:2] != (nm.ext_start, nm.end)]
                start = nm.start - 1 if nm.start > 0 and doc[nm.start - 1].lower_ == "ethnic" else nm.start
                end = place.end if place is not None and place.start == nm.end + 1 else nm.end
                _add_group(doc, groups, clusters, out, iso, PEOPLE_ROLE, doc[start:end].text, start, end, start)
                nm.cluster = out[-1].cluster  # "they" later on refers to the group
            continue
        first = (d.lookup(doc[nm.start].text) if nm.end - nm.start == 2 and nm.entry is None
                 and tok.lower_ not in d.roles else None)
        if first is not None and first.kind == "demonym" and first.country and not c.group and c.entry is None \
                and c.label in ("PERSON", "NORP"):
            # one name span "Bosnian Serbs" (tagged PERSON or NORP): a people of that country
            c.label, c.group, c.country, c.sectors = "NORP", True, first.country, ["CVL"]
            continue
        if nm.entry is not None and nm.entry.kind in ("demonym", "people") and nm.end - nm.ext_start == 1:
            place = _place_of(tok, by_token, PEOPLE_PLACE_PREPS)
            iso = country_of_mention(place) if place is not None else None
            if iso and iso != nm.entry.country:  # "ethnic Albanians in south Serbia": Serbia's civilians
                c.spans = [sp for sp in c.spans if sp[:2] != (nm.ext_start, nm.end)]
                start = nm.ext_start - 1 if _ethnic(nm, doc) else nm.ext_start
                _add_group(doc, groups, clusters, out, iso, PEOPLE_ROLE, doc[start:place.end].text, start,
                           place.end, start)
                continue
            if _ethnic(nm, doc) or tok.lower_ == nm.entry.name.lower() or not _counted(tok):
                continue  # "ethnic Albanians" live elsewhere; "the Philippines" is the country;
                # "the Palestinians rejected the plan" is the nation
            c.spans = [sp for sp in c.spans if sp[:2] != (nm.ext_start, nm.end)]
            _add_group(doc, groups, clusters, out, nm.entry.country or "", PEOPLE_ROLE, nm.text, nm.ext_start,
                       nm.end, nm.ext_start)
        elif c.label == "NORP" and c.country_entity is None and c.entry is None:
            mods = [by_token[ch.i] for ch in tok.children if ch.dep_ in ("amod", "compound") and ch.i in by_token]
            mod = next((m for m in mods if m.entry is not None and m.entry.kind in ("country", "demonym")
                        and not _ethnic(m, doc)), None)
            if mod is not None and mod.entry is not None and mod.entry.country:  # "Iraqi Kurds"
                _add_group(doc, groups, clusters, out, mod.entry.country, PEOPLE_ROLE, doc[mod.ext_start:nm.end].text,
                           mod.ext_start, nm.end, mod.ext_start)
    clusters.sort(key=lambda c: c.first)
    return out


def _verb_place(tok, by_token: dict[int, NameMention]) -> NameMention | None:
    """The country where the subject's verb happens: "ethnic Albanians demonstrated on Tuesday in Serbia"."""
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    for prep in tok.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "throughout", "across") and prep.i > tok.i:
            for pobj in prep.children:
                nm = by_token.get(pobj.i)
                if pobj.dep_ == "pobj" and nm is not None and nm.cluster is not None and nm.cluster.country_entity:
                    return nm
    return None


QUANTITY_NOUNS = {"thousands", "hundreds", "dozens", "tens", "millions", "scores", "group", "groups", "crowd",
                  "number", "lot", "lots", "majority", "some", "many", "most", "few", "several"}


def _counted(tok) -> bool:
    """A counted or described group of people ("100 Palestinians", "thousands of Nigerians",
    "young Algerians", "Palestinians living in Gaza"), as opposed to a nation named as its people ("the Palestinians said")."""
    if any(ch.dep_ in ("nummod", "amod", "acl") or (ch.dep_ == "compound" and ch.pos_ != "PROPN" and ch.ent_type_ != "GPE")
           or ch.lower_ in QUANTITY_NOUNS for ch in tok.children):
        return True
    if any(ch.dep_ == "compound" and ch.lower_ in ("young", "elderly") for ch in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.lower_ in QUANTITY_NOUNS or head.head.like_num)


def _as_elites(role: Role) -> Role:
    from dataclasses import replace

    return replace(role, phrase=role.phrase + " (elites)", sector="ELI")


MAIN_COUNTRY_SECTORS = {"GOV", "COP", "LEG", "JUD"}
# bodies English names bare, with no determiner ("told parliament", "Congress voted")
BARE_BODIES = frozenset({"parliament", "congress", "cabinet", "senate", "police"})


def _main_country_body(head, role: Role) -> bool:
    """A state body that takes the country an article is mostly about: "the government",
    "parliament", "the police", "the authorities"; not "governments", "ministers" or "troops"."""
    if role.kind != "group" or role.weak or role.sector not in MAIN_COUNTRY_SECTORS:
        return False
    return head.tag_ not in ("NNS", "NNPS") or head.lower_ in ("authorities", "police")


def _specific_sectors(doc: Doc, roles_at: dict[int, tuple[int, Role, str]],
                      used_roles: set[int]) -> dict[int, tuple[int, Role]]:
    """A generic head after a more specific role word takes its sector: "rebel leaders" REB,
    "army officers" MIL, "opposition leaders" OPP. Returns head end token -> (start, role); the
    modifier is consumed (it makes no group of its own)."""
    from dataclasses import replace

    found: dict[int, tuple[int, Role]] = {}
    for end_tok, (start_tok, role, _text) in roles_at.items():
        if not role.weak or start_tok == 0:
            continue
        mod = roles_at.get(start_tok - 1)
        if mod is None or mod[1].weak or mod[1].kind == "honorific" or not mod[1].sector:
            continue
        mod_tok = doc[start_tok - 1]
        if mod_tok.dep_ not in ("compound", "amod", "nmod") or mod_tok.head.i != end_tok:
            continue
        found[end_tok] = (mod[0], replace(role, phrase=f"{mod[1].phrase} {role.phrase}", sector=mod[1].sector))
        used_roles.add(start_tok - 1)
    return found


def _group_countries(doc: Doc, start_tok: int, end_tok: int, role: Role, roles_at,
                     by_token: dict[int, NameMention]) -> list[NameMention]:
    """The country mentions a group noun belongs to, with the conjuncts of a modifier
    ("Hungarian and Romanian officials")."""
    head = doc[end_tok]
    country_nm = None
    for k in range(end_tok, start_tok - 1, -1):  # "Calenardhon Ministry of Silly Walks": on "Ministry"
        country_nm = _country_modifier(doc[k], by_token)
        if country_nm is not None:
            break
    if country_nm is None and head.dep_ == "conj" and head.head.i in roles_at:
        country_nm = _country_modifier(head.head, by_token)  # "Danish media and government"
    if country_nm is None and head.dep_ == "compound" and head.head.i not in roles_at:
        country_nm = _country_modifier(head.head, by_token, direct_only=True)  # "Israeli army bulldozers"
    via_place = False
    if country_nm is None and role.sector not in NOT_PLACE_SECTORS and (
            head.tag_ in ("NNS", "NNPS") or role.kind == "group"):
        country_nm = _place_of(head, by_token)
        if country_nm is None and head.dep_ == "conj" and head.head.i in roles_at:
            country_nm = _place_of(head.head, by_token)  # "lawmakers and officials in X"
        via_place = country_nm is not None
    if country_nm is None:
        return []
    found = [country_nm]
    if via_place:  # "lawmakers in X and Y", Y parsed as a conjunct of "lawmakers"
        owner = head.head if head.dep_ == "conj" and head.head.i in roles_at else head
        for conj in owner.children:
            other = by_token.get(conj.i)
            if conj.dep_ == "conj" and conj.i > country_nm.start and other is not None and other not in found \
                    and other.cluster is not None and (other.cluster.country_entity or (
                        other.entry is not None and other.entry.code and len(other.entry.code) == 3)):
                found.append(other)
    # conjoined countries: "U.S. and Russian negotiators", "police in India and Nepal"
    for conj in doc[country_nm.start:country_nm.end].root.conjuncts:
        other = by_token.get(conj.i)
        if other is not None and other not in found and not start_tok <= conj.i <= end_tok:
            found.append(other)
    return found


def _place_of(head, by_token: dict[int, NameMention], place_preps=PLACE_PREPS) -> NameMention | None:
    """ "rebels in the Ivory Coast", "students throughout Indonesia", "groups based in Trinidad"."""
    preps = [ch for ch in head.children if ch.dep_ == "prep" and ch.lower_ in place_preps]
    for ch in head.children:  # "operating in", "based in", "living in"
        if ch.dep_ in ("acl", "relcl") and ch.i > head.i and ch.i - head.i <= 3:
            preps += [g for g in ch.children if g.dep_ == "prep" and g.lower_ in place_preps]
    for prep in preps:
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.i in by_token and country_of_mention(by_token[pobj.i]):
                return by_token[pobj.i]
    return None


def _pro_or_anti(doc: Doc, i: int) -> bool:
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti", "non")


def _ungrounded(nm: NameMention) -> bool:
    """A region or people the dictionary does not place in a country ("Darfur", "Hutu", "Shona")."""
    c = nm.cluster
    return (c is not None and c.label in ("GPE", "LOC", "NORP") and c.country_entity is None
            and not country_of_mention(nm) and (nm.entry is None or nm.entry.kind not in COUNTRYISH_KINDS)
            and (c.entry is None or c.entry.kind != "multi")  # "European leaders" are nobody's in particular
            and not c.elsewhere)


def _placed_countries(clusters: list[Cluster]) -> set[str]:
    """Countries the article names, or names a capital or region of."""
    return {c.country or c.entry.country for c in clusters if c.entry is not None and c.entry.country
            and c.entry.kind in ("country", "demonym", "capital", "region")}


def _people_modifier(head, by_token: dict[int, NameMention], start_tok: int) -> bool:
    """A people or region the dictionary places in no country qualifies the group noun: "Hutu
    rebels", "Tamil civilian refugees", "Ibo traditional elders" (a proper noun NER left untagged)."""
    for ch in head.children:
        if ch.dep_ not in ("amod", "compound", "nmod") or ch.i >= start_tok:
            continue
        nm = by_token.get(ch.i)
        if nm is not None:
            if _ungrounded(nm):
                return True
        elif ch.pos_ == "PROPN" and ch.is_alpha and ch.text[:1].isupper() and not ch.is_upper:
            return True
    return False


def _context_group(doc: Doc, start_tok: int, end_tok: int, role: Role, text: str, by_token,
                   allow_ungrounded: bool = True, any_sector: bool = False) -> bool:
    """A bare state body ("police", "the government", "troops") that can take the article's country;
    so can a group qualified by a region or people not placed elsewhere ("Darfur rebels", "Hutu rebels",
    with ANY_SECTOR "Tamil refugees", "Ibo elders")."""
    head = doc[end_tok]
    protest = allow_ungrounded and head.lower_ in PROTEST_GROUPS  # the article names one country
    if (role.sector not in CONTEXT_SECTORS and not any_sector and not protest) \
            or head.dep_ in ("compound", "amod", "poss"):
        return False  # "police station", "government spokesman"
    singular_title = role.kind == "title" and head.tag_ not in ("NNS", "NNPS")
    if singular_title:
        return False  # "the minister" is a reference (coref), not a body
    if role.sector in MAIN_COUNTRY_SECTORS and head.tag_ == "NN" and head.is_lower and head.lower_ not in BARE_BODIES \
            and not any(ch.dep_ in ("det", "poss", "amod", "compound", "nmod") for ch in head.children):
        return False  # "seeking authority to act", "the workings of government": no body
    for ch in head.children:
        if ch.i in by_token and not (allow_ungrounded and _ungrounded(by_token[ch.i])
                                     and ch.dep_ in ("amod", "compound", "nmod")):
            return False  # "Smith's government", "Israeli troops" (coded elsewhere)
        if ch.dep_ == "prep" and ch.lower_ in ("of", "from") and any(
                p.dep_ == "pobj" and (p.i in by_token or p.tag_ in ("NNS", "NNPS")) for p in ch.children):
            return False  # "ministers of the 12 eurozone countries": someone else's ("officials from government" stay)
        if ch.lower_ in NOT_OWN_COUNTRY or ch.dep_ == "poss":
            return False  # "foreign troops", "their army"
        if ch.lower_ in ("two", "both", "rival", "opposing", "warring"):
            return False  # "the two sides", "rival militias": more than one party
        if ch.dep_ == "det" and ch.lower_ in ("a", "an", "another", "any") and not (
                role.sector == "LEG" and role.kind == "group" and " " in role.phrase.replace("-", " ")):
            return False  # (but "an all-party committee said", "a cross-party group": one legislature's body)
    return not any(doc[j].lower_ in NOT_OWN_COUNTRY for j in range(max(0, start_tok - 2), start_tok))


def _add_group(doc: Doc, groups: dict[str, Cluster], clusters: list[Cluster], out: list[NameMention], iso: str,
               role: Role, text: str, start: int, end: int, start_tok: int, singular_title: bool = False) -> None:
    former = any(doc[j].lower_ in FORMER_WORDS for j in range(max(0, min(start, start_tok) - 2), start_tok))
    key = f"G|{iso}|{role.phrase}|{former}"
    c = groups.get(key)
    if c is None:
        c = Cluster(label="PERSON" if singular_title else "ORG", key=key, first=start, last=start)
        c.group = not singular_title
        c.title_only = singular_title
        c.country = iso
        c.former = former
        groups[key] = c
        clusters.append(c)
    c.add_role(_title_text(text, role) if singular_title else "", role)
    name = doc[start:end].text
    nm = NameMention(start, end, c.label, name, None, kind="name", cluster=c)
    c.names.append(name)
    c.add(start, end, "name")  # token_entity keeps the country token for the country (filled first)
    c.first = min(c.first, start)
    out.append(nm)


def _country_modifier(head, by_token: dict[int, NameMention], direct_only: bool = False) -> NameMention | None:
    """The country-like mention modifying a noun: "Pakistani leaders", "Russia's army", "troops of X",
    "doctors from two American aid groups", "Vietnamese-led forces"; an "ethnic Albanian" is no country."""
    for ch in head.children:
        if ch.dep_ in ("amod", "compound", "poss", "nmod") and ch.i in by_token and not _ethnic(by_token[ch.i], head.doc):
            nm = by_token[ch.i]
            if country_of_mention(nm) or nm.cluster is None or nm.cluster.label not in ("NORP", "GPE", "LOC", "PERSON"):
                return nm
            inner = _country_modifier(ch, by_token, direct_only=True)  # "Turkish Kurd refugees"
            if inner is not None and inner is not nm:
                return inner
            if nm.cluster.label == "PERSON":
                return nm  # "Smith's advisers": no country's (the caller decides)
            # a region or people placed nowhere ("Darfur rebels"): look further, else the article's country
        if ch.dep_ == "amod" and ch.lower_ == "led" and ch.i > 0 and ch.nbor(-1).text == "-":
            lead = [g for g in ch.children if g.i in by_token]  # "Vietnamese-led forces"
            if lead:
                return by_token[lead[0].i]
    if direct_only:
        return None
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ in ("of", "from"):
            for pobj in ch.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.i in by_token:
                    return by_token[pobj.i]
                inner = _country_modifier(pobj, by_token, direct_only=True)  # "from two American aid groups"
                if inner is not None:
                    return inner
    return None


def _ethnic(nm: NameMention, doc: Doc) -> bool:
    """ "ethnic Albanians", "ethnic Turks": a people, not the country of that name."""
    return nm.people_of is not None or (nm.entry is not None and nm.entry.kind == "demonym" and nm.ext_start > 0
                                        and doc[nm.ext_start - 1].lower_ == "ethnic")


def mark_ethnic_peoples(doc: Doc, mentions: list[NameMention]) -> None:
    """"ethnic Albanians", "Ethnic Turks": a people living outside the country of its name. The
    mention leaves that country (it neither names it nor makes it the article's country) and becomes
    a people placed nowhere; ``people_groups`` gives it the country it lives in."""
    for nm in mentions:
        if _ethnic(nm, doc) and nm.entry is not None:
            nm.people_of, nm.entry, nm.label = nm.entry.country, None, "NORP"


def is_former_title(title: str) -> bool:
    """ "former welfare minister", "ex-president": an office no longer held."""
    first = title.lower().replace("-", " ").split()[:1]
    return bool(first) and first[0] in FORMER_WORDS


# words of a lower office than the title after them: "the prime minister" is no deputy prime minister
RANK_WORDS = frozenset({"deputy", "vice", "assistant", "junior", "under", "shadow"})


def outranked(role: str, asked: set[str]) -> bool:
    """Whether ROLE is a lower office than the title asked for (its words ASKED): a deputy prime minister is
    no answer to "the prime minister", only to "the deputy prime minister"."""
    return bool((RANK_WORDS & set(role.lower().replace("-", " ").split())) - asked)


def holds_title(c: Cluster, word: str, former: bool = False, phrase: str = "") -> bool:
    """Whether the person holds a title with this head word ("minister"); a former office answers only
    "the former minister", not "the minister"; a deputy's only "the deputy ..." (PHRASE: the title
    asked for, "prime minister")."""
    asked = set(phrase.lower().replace("-", " ").split())
    return any(word in r.lower() and is_former_title(r) == former and not outranked(r, asked) for r in c.roles)


def _definite(head) -> bool:
    return any(ch.dep_ == "det" and ch.lower_ in ("the", "this", "that") for ch in head.children)


def _company_of(clusters: list[Cluster], before: int, iso: str) -> Cluster | None:
    """The organisation named last before token BEFORE when it is a company of this country ("Electrolux
    said ... The Swedish firm" -> Electrolux); None when the last one is anything else ("UPS said it had
    ordered Airbus jets. The US company said": not Airbus, nor Boeing named before)."""
    last, last_at = None, -1
    for c in clusters:
        if c.label != "ORG" or c.group or c.country_entity:
            continue
        at = max((st for st, _e, _k in c.spans if st < before), default=-1)
        if at > last_at:
            last, last_at = c, at
    if last is None:
        return None
    country = last.country or (last.entry.country if last.entry is not None else None)
    if is_company(last):
        return last if country == iso else None
    if last.entry is None and country is None and not PUBLIC_BODY_WORDS & set(last.key.lower().split()):
        last.country = iso  # "Hallvik said ... The Swedish firm": an unknown organisation told of
        last.sectors.append(BUSINESS)
        return last
    return None


OfficeFinder = Callable[[str | None, str, int], "Cluster | None"]
UNDATED_OFFICE_SENTENCES = 2  # an undated article: the holder must be named this close to the title


LEAD_SENTENCES = 2  # an office holder named in the first two sentences answers for the office anywhere in the story


def office_holder_finder(ctx: ArticleContext, clusters: list[Cluster]) -> OfficeFinder:
    """(country, title) -> the person of the article who held that office on the article's day, from
    the dated office-holders table: the last fallback when the text never ties the title to a name.
    Only a person the article names is ever returned. Undated articles: the one person named in the
    article who ever held the office (none when two did: "the prime minister" beside Blair and Brown). No holder in
    the article's country (or no country): the one holder among the countries of the people named close by."""
    from wirecoder.office_holders import name_key, office_table

    table = office_table(ctx.resources)
    day = ctx.published.date() if ctx.published is not None else None
    people = [c for c in clusters if c.label == "PERSON" and not c.group and not c.title_only and not c.former]
    keys = {id(c): {name_key(n) for n in set(c.names)} | ({name_key(c.entry.name)} if c.entry else set())
            for c in people}

    def named(person: str) -> Cluster | None:
        key = name_key(person)
        words = key.split()
        found = [c for c in people if key in keys[id(c)] or any(
            len(k.split()) >= 2 and k.split()[-1] == words[-1] and _first_names_agree(k.split()[:1], words[:1])
            for k in keys[id(c)])]
        return found[0] if len(found) == 1 else None

    sent_of = {}
    for n, sent in enumerate(ctx.doc.sents):
        sent_of.update(dict.fromkeys(range(sent.start, sent.end), n))

    def near(c: Cluster, at: int) -> bool:
        # close by, or named in the lead: the story's protagonist ("A group of MPs has tried to raise the pressure
        # on Tony Blair ..." makes "the prime minister's view" fifteen sentences on his)
        return any(abs(sent_of.get(s, 0) - sent_of.get(at, 0)) <= UNDATED_OFFICE_SENTENCES
                   or sent_of.get(s, 99) < LEAD_SENTENCES for s, _e, _k in c.spans)

    def find(country: str | None, title: str, at: int) -> Cluster | None:
        if not people or not table.knows_title(title):
            return None
        found = find_in(country, title, at) if country else None
        if found is not None:
            return found
        # no holder in the article's country (or no such country): the countries of the people named close by
        # ("Mr Blair warned. The prime minister also urged ..." in a story of Britain and America), one holder
        near_countries = {_person_country(c) for c in people if near(c, at)} - {None, country}
        holders = {id(c): c for iso in sorted(near_countries) if (c := find_in(iso, title, at)) is not None}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def find_in(country: str, title: str, at: int) -> Cluster | None:
        if day is not None:
            held = table.holder(country, title, day)
            return named(held.person) if held is not None else None
        # undated: the one person named close by (two sentences) who ever held the office ("Russia's
        # president has defended ... Vladimir Putin said"); not a holder named far off ("Margaret
        # Thatcher's former press secretary" is no answer to "the prime minister" three paragraphs on)
        codes: dict[str, set[str]] = {}
        for row in table.holders(country, title):
            codes.setdefault(row.person, set()).add(row.code)
        # (one the dictionary knows in another sector now is not it: Michael Howard, GBROPP, for "the Home
        # Secretary" beside Charles Clarke)
        found = {id(c): c for p, held in codes.items() if (c := named(p)) is not None and near(c, at)
                 and (c.entry is None or c.entry.kind != "person" or not c.entry.code or c.entry.code in held)}
        # Blair and Brown both were prime minister: the one the article gives another office now ("the
        # chancellor" -> Brown) is not this one's holder here
        offices = set(table.offices_for(country, title))
        found = {k: c for k, c in found.items() if not any(
            table.knows_title(r) and not is_former_title(r) and not offices & set(table.offices_for(country, r))
            for r in c.roles)}
        return next(iter(found.values())) if len(found) == 1 else None

    return find


def _person_country(c: Cluster) -> str | None:
    code = c.country or (c.entry.code if c.entry is not None and c.entry.code else None)
    return code[:3] if code else None


def _bare_title(c: Cluster) -> bool:
    """ "Russia's president", "the Russian president": a country and a title, no other office
    ("House of Lords speaker" is not the Commons' speaker)."""
    title = {w.lower() for r in c.roles for w in r.split()}
    return all(len([w for w in n.split() if w.lower() not in title and w not in ("'s", "’s")]) <= 1 for n in c.names)


def merge_title_only(clusters: list[Cluster], groups: list[NameMention], office: OfficeFinder | None = None) -> None:
    """A title with no name ("Russia's president has defended ...", "the Russian president said") is the
    one person in the article named with that title for that country, before or after it; else, last,
    the person the office-holders table gives for that office and day, if the article names them."""
    people = [c for c in clusters if c.label == "PERSON" and not c.group and not c.title_only and c.roles]
    merged: dict[int, Cluster] = {}
    for c in clusters:
        if not c.title_only or c.former:
            continue
        words = {r.lower().split()[-1]: r for r in c.roles if r.split()}
        holders = [p for p in people if any(holds_title(p, w, phrase=r) for w, r in words.items()) and not p.former
                   and (p.country or (p.entry.country if p.entry is not None else None)) in (None, c.country)]
        if not holders and office is not None and c.roles and _bare_title(c):
            holders = [h for h in [office(c.country, c.roles[0], c.first)] if h is not None]
        if len(holders) != 1:
            continue
        holder = holders[0]
        for title in c.roles:
            holder.add_role(title, None)  # (no sector: the code stays what the name and its titles give)
        holder.spans.extend((s, e, "nominal") for s, e, _k in c.spans)
        holder.first = min(holder.first, c.first)
        holder.last = max(holder.last, c.last)
        holder.country = holder.country or c.country
        merged[id(c)] = holder
    if not merged:
        return
    for nm in groups:
        if nm.cluster is not None and id(nm.cluster) in merged:
            nm.cluster = merged[id(nm.cluster)]
            nm.kind = "nominal"
    clusters[:] = [c for c in clusters if id(c) not in merged]


def _title_holder(clusters: list[Cluster], role: Role, before: int, iso: str | None = None,
                  body: str | None = None) -> Cluster | None:
    """The person named earlier who holds this title: of country ISO, if known ("the South African archbishop"),
    or in the body coded BODY ("the Tory leader" after "Tory leader Michael Howard")."""
    word = role.phrase.split()[-1]
    best = None
    for c in clusters:
        if c.label != "PERSON" or c.group or c.first >= before or (body is not None and c.affiliation != body):
            continue
        known = c.entry.country if c.entry is not None and c.entry.kind == "person" else None
        if (iso is not None and (c.country or known) not in (None, iso)) or not holds_title(c, word, phrase=role.phrase):
            continue  # "Nigerian Oil Minister" is not the Saudi oil minister named before
        if best is None or c.last > best.last:
            best = c
    return best


def mark_metonyms(doc: Doc, mentions: list[NameMention], d: ActorDictionary) -> None:
    """A capital as the subject of a political or speech verb ("Washington warned") stands for its
    government; "London hosts the final" stays a city."""
    for nm in mentions:
        if nm.entry is None or nm.entry.kind != "capital" or nm.cluster is None:
            continue
        root = _span_root(doc, nm.start, nm.end)
        if root.dep_ in SUBJECT_DEPS and root.head.pos_ == "VERB" and root.head.lemma_.lower() in d.metonym_verbs:
            _mark_metonym(nm)
        elif root.dep_ == "poss" and root.head.lemma_.lower() in STANCE_NOUNS:
            _mark_metonym(nm)  # "calls for a shift in Beijing's policy", "Washington's stance"


# nouns for what a government decides or holds: a capital owning one stands for its government
STANCE_NOUNS = frozenset("policy decision stance position proposal demand refusal response approach strategy "
                         "insistence reluctance objection intervention ultimatum veto".split())


# -- 5. canonical names and actor codes -------------------------------------------------------------

ROYAL_TITLES = {"prince", "princess", "king", "queen"}


def canonical_name(c: Cluster, d: ActorDictionary | None = None) -> str:
    if c.entry is not None and c.entry.kind != "person" and not c.group:
        if c.entry.kind != "user" or c.label != "PERSON":
            name = _written_spelling(c.entry.name, c.names)
            if d is not None and (written := d.lookup(name)) is not None and written.kind == "demonym":
                name = c.entry.name  # "South Africa", not the "South African" written
            if d is not None and (c.entry.code or "").endswith("BUS") and (full := _longest_written_alias(c, d)):
                return full  # "Nissan Motor ... Nissan": a company goes by the fullest name the article gives
            return name if name in c.names or d is None else _written_full_alias(c, d) or name
    if c.group:
        return max(c.names, key=len)
    if c.label == "PERSON":
        counts = Counter(c.names)
        best = max(c.names, key=lambda n: (len(n.split()), counts[n], -c.names.index(n)))
        royal = next((r for r in c.roles if r.lower() in ROYAL_TITLES), None)
        if royal and " " not in best and best[:1].isupper():
            return f"{royal.title()} {best}"  # "Prince Harry": a royal is named with the title
        if c.peer_title and " " not in best and best[:1].isupper():
            return f"{c.peer_title} {best}"  # "Lord Janner", "Baroness Scotland", "Lord Justice Rix"
        suffix = next((r for r in c.roles if d is not None and (role := d.roles.get(r.lower())) is not None
                       and role.after and not role.sector), None)
        if suffix and " " in best:
            return f"{best} {suffix}"  # "Joseph R. Biden Jr.": the suffix is no name to match, but part of the full name
        return best
    counts = Counter(c.names)
    return max(c.names, key=lambda n: (len(n), counts[n]))


def _longest_written_alias(c: Cluster, d: ActorDictionary) -> str | None:
    """The longest name written in the article that is the cluster's entry, with or without its legal
    form: "Baker Hughes Co", "Nissan Motor" (an alias of "Nissan")."""
    own = [n for n in set(c.names) if c.entry is not None and any(
        (e := d.lookup(form)) is not None and e.name == c.entry.name for form in (n, short_name(n.split(), d)))]
    return max(own, key=lambda n: (len(n), n)) if own else None


def _written_full_alias(c: Cluster, d: ActorDictionary) -> str | None:
    """The longest full name of the same body the article writes when it never writes the dictionary
    name: "European Community" (an alias of the European Union) in a 1987 story, "Naftohaz" for
    Naftogaz; not an acronym."""
    assert c.entry is not None
    one_word_ok = c.entry.kind == "org"  # "Naftohaz" for Naftogaz; not "America" for the United States
    forms = [n for n in c.names if (" " in n or one_word_ok) and not is_acronym(n)
             and n.lower() != c.entry.name.lower() and (e := d.lookup(n)) is not None and e.name == c.entry.name
             and e.kind != "demonym"]  # "South Africa" for a "South African" written
    return max(forms, key=len) if forms else None


def _written_spelling(name: str, written: list[str]) -> str:
    """The dictionary name as the article spells it: "World Trade Organisation" for "World Trade
    Organization" (same words, British spelling), not an acronym or another form."""
    if name in written:
        return name
    words = name.split()
    for form in written:
        form_words = form.split()
        if len(form_words) == len(words) > 1 and all(
                a == b or a[:3] == b[:3] and edit_distance(a.lower(), b.lower(), 2) <= 1
                for a, b in zip(words, form_words, strict=True)):
            return form
    return name


# sectors of organisations that are often foreign to the country an article is about (companies)
FOREIGN_PRONE = {"BUS"}
# bodies of a country's own people, which a story mostly about one country names for that country: unions,
# schools (not campaign groups: "the human rights organisation Redress" in a story about Iraq is British)
DOMESTIC_BODY_SECTORS = frozenset({"LAB", "EDU"})
# states whose ministries English news names "... Department" / "Department of ...": a "Commerce
# Department" in a story about Iran is Washington's, so only these take the article's country
DEPARTMENT_STATES = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL", "ZAF", "IND", "PHL", "HKG"})


AMERICAN_FORMS = frozenset({"inc", "incorporated", "corp", "corporation", "co"})


def _american_form(c: Cluster) -> bool:
    """The cluster's longest name ends with an American legal form ("Inc", "Corp", "Co")."""
    return bool(c.names) and max(c.names, key=len).split()[-1].lower().rstrip(".") in AMERICAN_FORMS


def actor_code(c: Cluster, d: ActorDictionary, context_country: str | None,
               main_country: str | None = None) -> tuple[str | None, str | None]:
    """(actor code, country) of an entity. CONTEXT_COUNTRY: the one country the article names;
    MAIN_COUNTRY: the one it is mostly about (dateline, or named first and most), for state titles
    and bodies named without a country ("Foreign Secretary Joe Clark", "the Ministry of Commerce")."""
    entry = c.entry
    sector = (c.sectors or c.honorific_sectors or [None])[0]
    shadow = sector == "GOV" and bool(c.roles) and c.roles[0].lower().startswith("shadow ")
    if shadow:
        sector = "OPP"  # "the shadow education secretary": the opposition's spokesman for a portfolio
    if c.former and sector in ("GOV", "MIL", "JUD", "LEG", "COP"):
        sector = "ELI"  # former officials are elites in CAMEO
    if c.former and c.label == "PERSON" and (c.affiliation or "")[3:] == "BUS" and sector in (None, "BUS") \
            and (entry is None or entry.kind == "person" and not entry.code):
        return c.affiliation, d.country_of_code(c.affiliation)  # "Former WorldCom boss Bernie Ebbers": still of business
    if c.group:
        if not c.country:  # a non-governmental group named without a country: "NGO"
            return sector, None
        return (c.country + sector if sector else c.country), c.country
    if entry is not None and entry.kind in ("country", "demonym"):
        return entry.code, entry.country
    if entry is not None and entry.kind == "capital":
        iso = c.country or entry.country
        return (iso + "GOV" if c.metonym and iso == entry.country else None), iso
    if entry is not None and entry.kind in ("region", "people"):
        return None, entry.country  # "Darfur", "the Chechens": a place or people of a country, no actor
    known = entry is not None and entry.kind == "person" and not entry.user and bool(entry.code)
    party_of_known = known and c.affiliation is not None and c.affiliation[3:] == "PTY" \
        and d.country_of_code(c.affiliation) == d.country_of_code(entry.code if entry else None) \
        and not c.party_office  # "Conservative family spokeswoman Theresa May" speaks for the party
    if c.affiliation and c.label == "PERSON" and not c.former and (entry is None or entry.kind == "person") \
            and d.country_of_code(c.affiliation) in (None, c.country, d.country_of_code(entry.code if entry else None)) \
            and not party_of_known:  # "Tory leader Michael Howard" stays the dictionary's GBROPP
        return c.affiliation, d.country_of_code(c.affiliation)  # "Taliban spokesman X": the Taliban's man
    if c.party and not sector and not c.former and entry is None and c.label == "PERSON" and not c.affiliation:
        return c.party, d.country_of_code(c.party)  # "Liberal Democrat Paul Tyler" with no title of his own
    if known and (not c.strong_sector or party_of_known) and not c.former:
        sector = None  # "Liberal Democrat leader Charles Kennedy": a generic title keeps the dictionary's sector
    if entry is not None and entry.code:
        code = entry.code
        root = d.country_of_code(code)
        if c.label == "PERSON" and c.country and root and sector:
            root = c.country  # the text says whose minister he is ("Ithilen's minister Calimehtar")
        if c.label == "PERSON" and c.country and sector and root is None and entry.kind == "person":
            return c.country + sector, c.country  # "French Finance Minister Christine Lagarde", not IGOIMF
        if sector and root and (len(code) == 3 or c.label == "PERSON"):
            return root + sector, root
        return code, entry.country
    if entry is not None and entry.user:  # "---": the user says: code nothing
        return None, None
    if entry is None and c.affiliation and c.label in ("ORG", "FAC"):
        return c.affiliation, d.country_of_code(c.affiliation)  # "United Nations Emergency Relief Coordinator"
    country = c.country
    if c.label == "PERSON" and country is None and c.affiliation:
        return c.affiliation, d.country_of_code(c.affiliation)
    if c.label == "PERSON":
        if country is None and context_country and sector:
            # the article is about one country: its officials, police, judges... are its actors;
            # a person named with no role and no tie to it may be anyone's ("Austin Reed said")
            country = context_country
        if country is None and main_country and (sector in MAIN_COUNTRY_SECTORS or shadow) and not c.former:
            country = main_country  # a state title: "Foreign Secretary X" in a story about Canada
        if country is None and main_country and c.former and sector == "ELI":
            country = main_country  # a former state title: "Lord Butler, the former cabinet secretary" in a UK story
        if country is None and main_country and sector == "LAB" and not c.former and not any(
                (role := d.roles.get(r.lower().split()[-1])) is not None and role.sector == "LAB" for r in c.roles):
            # unions are domestic: "trades union official X" in a story about Sweden (a union's man, not
            # a "worker": "aid worker Margaret Hassan" in a story about Iraq is no Iraqi)
            country = main_country
        if country is None and not main_country and c.near_country and sector in MAIN_COUNTRY_SECTORS \
                and not c.former and c.employer is None and not any("president" in r.lower() for r in c.roles):
            # not "Pat Ferguson, President of AMBO", nor "X, president of the hugely indebted company"
            # a story about several countries: "Thailand may lose 30bn baht, according to tourism minister X"
            country = c.near_country
        if country is None:
            return None, None
        return (country + sector if sector else country), country
    if sector and country is None and context_country and c.label in ("ORG", "FAC") and sector not in FOREIGN_PRONE \
            and not c.multinational and (not c.department or context_country in DEPARTMENT_STATES):
        country = context_country  # "the Supreme Court" in an article about one country; not "Deutsche Bank"
    if sector == BUSINESS and country is None and context_country == "USA" and c.label == "ORG" and entry is None \
            and not c.multinational and _american_form(c):
        # a firm the dictionaries do not know, under an American legal form, in a story of the US alone
        # ("<Worldwide 800 Services Inc>" in a story from Stamford, Conn.; not "Garvis Incorporated" in a story
        # about China: American firms are named in stories from every market)
        country = context_country
    if sector in MAIN_COUNTRY_SECTORS and country is None and main_country and c.label in ("ORG", "FAC") \
            and not c.multinational and (not c.department or main_country in DEPARTMENT_STATES):
        country = main_country  # "the Ministry of Commerce" in a story mostly about China
    if sector in DOMESTIC_BODY_SECTORS and country is None and main_country and c.label == "ORG" \
            and not c.multinational and not any(" for " in n for n in c.names):
        # "Factory Workers Union" in a story about Lesotho; not a cause's "Committee for a Currency Union"
        country = main_country
    if country and sector:
        return country + sector, country
    return None, country


def _placed_org(c: Cluster) -> tuple[str, str | None] | None:
    """(country, sector) of an organisation placed in a country by its name or the dictionary."""
    if c.label not in ("ORG", "FAC") or c.group:
        return None
    code = c.entry.code if c.entry is not None and c.entry.code else None
    country = c.country or (c.entry.country if c.entry is not None else None)
    if not country:
        return None
    sector = c.sectors[0] if c.sectors else (code[3:6] if code and len(code) >= 6 else None)
    return country, sector


def countries_of_longer_names(clusters: list[Cluster]) -> None:
    """"the Supreme Court" and, elsewhere in the article, "the US Supreme Court": an organisation
    named without a country is the one named with a country before its name, when all such
    longer names give one country."""
    placed = [(c, p) for c in clusters if (p := _placed_org(c)) is not None]
    if not placed:
        return
    for c in clusters:
        if c.label not in ("ORG", "FAC") or c.entry is not None or c.country or c.group or not c.names:
            continue
        tail = " " + c.names[0].lower().removeprefix("the ")
        if len(tail.split()) < 2:
            continue  # one word ("Commerce") is too little to call two names one body
        owners = [p for o, p in placed if o is not c and any(n.lower().endswith(tail) for n in o.names)]
        if len({country for country, _s in owners}) != 1:
            continue
        c.country = owners[0][0]
        if not c.sectors and owners[0][1]:
            c.sectors.append(owners[0][1])


BASED_WORDS = {"based", "registered", "owned", "listed", "headquartered", "controlled", "led", "backed"}


def _based_country(doc: Doc, c: Cluster, by_token) -> str | None:
    """ "US-registered Albanian Macedonian Bulgarian Oil Corporation", "UK-based bank X": the country
    of a "<country>-based" modifier before the name wins over a demonym inside it (a city is only a
    seat: "the Caracas-based Andean Development Corp" is no Venezuelan body)."""
    for s, _e, kind in c.spans:
        if kind != "name":
            continue
        for k in range(s - 2, max(s - 7, 0), -1):
            if doc[k].text == "-" and doc[k + 1].lower_ in BASED_WORDS:
                place = by_token.get(k - 1)
                if place is not None and place.cluster is not None and place.cluster is not c \
                        and place.cluster.country_entity:  # a country, not a seat ("Caracas-based Andean X")
                    return place.cluster.country_entity
            if doc[k].text in (",", ";", ".") or doc[k].pos_ == "VERB":
                break
    return None


def companies_by_coordination(doc: Doc, clusters: list[Cluster], by_token) -> None:
    """ "a deal between Venezuelan energy firm PDVSA and Argentina's Enarsa": an organisation of no
    known sector coordinated with a company is a company too."""
    for c in clusters:
        if c.label != "ORG" or c.entry is not None or c.group or c.sectors:
            continue
        for s, e, kind in c.spans:
            if kind != "name":
                continue
            root = _span_root(doc, s, e)
            partners = [root.head] if root.dep_ == "conj" else []
            partners += [ch for ch in root.children if ch.dep_ == "conj"]
            for p in partners:
                other = by_token.get(p.i)
                if other is not None and other.cluster is not None and other.cluster is not c \
                        and is_company(other.cluster):
                    c.sectors.append("BUS")
                    break
            if c.sectors:
                break


def _org_place_after(doc: Doc, c: Cluster, d: ActorDictionary, by_token) -> None:
    """ "Trade Mountain Pipe Line Company Ltd, of Vancouver, B.C.": an organisation's seat after its
    name gives its country; so does the town after a company's name ("Reed Tool Co in Houston")."""
    if c.label != "ORG" or c.entry is not None or c.group or c.country is not None:
        return
    for s, e, kind in c.spans:
        if kind != "name" or e + 2 >= len(doc):
            continue
        if doc[e].text == "," and doc[e + 1].lower_ == "of":
            place = by_token.get(e + 2)
        elif doc[e].lower_ == "in" and is_company(c) and name_form(doc[s:e].text.split(), d) is not None:
            place = by_token.get(e + 1)  # "Reed Tool Co in Houston": where a firm's people speak from
        else:
            continue
        if place is not None and place.cluster is not None and place.cluster.label in ("GPE", "LOC") \
                and place.cluster is not c:
            iso = country_of_mention(place)
            if iso:
                c.country = iso
                return


def org_name_parts(doc: Doc, c: Cluster, d: ActorDictionary, by_token) -> None:
    """An organisation not in the dictionary, named with a country and a role word:
    "Indian Army" -> IND + MIL, "Pakistan's Supreme Court" -> PAK + JUD, "Baghdad University" -> IRQ + EDU.
    The name's head gives the sector before other words in it: "Nigerian Union of Teachers" EDU
    ("union of teachers"), "United Bus Company" BUS."""
    if c.entry is not None or c.group:
        return
    if c.label not in ("ORG", "FAC"):
        if c.label == "PERSON" and not c.roles and _state_bodies_by_name(doc, c, d):
            c.label = "ORG"  # "Reagan Administration" tagged PERSON
        return
    _state_bodies_by_name(doc, c, d)
    if c.country is None:
        c.country = _based_country(doc, c, by_token)
    _org_name_prefix(c, d)
    _appositive_group_sector(doc, c, d)
    for s, e, kind in c.spans:
        if kind != "name":
            continue
        for i in range(s, e):
            word = d.lookup(doc[i].text) if doc[i].text[:1].isupper() else None
            if (word is not None and word.kind == "multi") or doc[i].text in MULTINATIONAL_WORDS:
                c.multinational = True  # "European Court of Justice": no body of the article's country
            if word is None or c.country is not None or (i > s and doc[i - 1].text in ("-", "New")):
                continue  # "Inter-American Development Bank" is no American bank, "New England" no English
            if word.kind in ("country", "demonym", "region") or (word.kind == "capital" and (
                    i == s or doc[i - 1].lower_ == "of")):
                c.country = word.country  # "Baghdad University", "Bus Company of Tehran", not "Morgan Stanley"
        if c.country is None:
            for i in range(s, e - 1):  # "Rank Xerox South Africa Pty Ltd", "Bank of New Zealand"
                for n in (3, 2):
                    entry = d.lookup(doc[i:i + n].text) if i + n <= e and doc[i].text[:1].isupper() else None
                    if entry is not None and entry.kind in ("country", "demonym") and not (
                            i > s and doc[i - 1].text == "-"):
                        c.country = entry.country
                        break
                if c.country is not None:
                    break
        if not c.sectors:
            sector = _name_head_sector(doc, s, e, d)
            if sector:
                c.sectors.append(sector)
                c.department = any(t.text in STATE_DEPARTMENT_WORDS for t in doc[s:e])
        before = s - 1 - (s >= 2 and doc[s - 1].text == "<")  # "Australia's <Nullarbor Holdings Ltd>"
        if c.country is None and before >= 1 and doc[before].lower_ in ("'s", "’s"):
            other = by_token.get(before - 1)
            if other is not None and other.cluster is not None and other.cluster is not c:
                c.country = country_of_mention(other)


COMPASS_WORDS = {
    "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central", "upper", "lower",
    "northeast", "northeastern", "northwest", "northwestern", "southeast", "southeastern", "southwest",
    "southwestern", "north-east", "north-eastern", "north-west", "north-western", "south-east",
    "south-eastern", "south-west", "south-western",
}
REGION_SUFFIXES = {"province", "region", "state", "district", "governorate", "county", "area", "territory"}


def capitals_elsewhere(ctx: ArticleContext, clusters: list[Cluster]) -> None:
    """"Tripoli" in a story about Lebanon is Lebanon's Tripoli: a capital whose country the article
    does not name, while the gazetteer has a city of that name in exactly one country it names."""
    from wirecoder.extract.places import geo_index

    named = {c.country_entity for c in clusters if c.country_entity}
    for c in clusters:
        e = c.entry
        if e is None or e.kind != "capital" or e.user or not named or e.country in named:
            continue
        places = geo_index(ctx).by_name.get(norm_phrase(e.name), ())
        others = {p.country for p in places if p.kind == "city" and p.country in named}
        if len(others) == 1:
            c.country = others.pop()


def city_countries(ctx: ArticleContext, clusters: list[Cluster]) -> None:
    """A town the dictionary does not know ("Abidjan", "Houston") is in the country that holds
    (nearly) all the gazetteer's cities of that name, if the article names that country or none at
    all ("demonstrators in Abidjan" CIVCVL). Otherwise the town is at least no place of the article's
    country: "a Houston court" is no Russian court in a story about Russia, and "Greenville" in a
    story about Liberia is not the American one. Names shared by countries stay open."""
    from wirecoder.extract.places import geo_index

    named = {c.country_entity for c in clusters if c.country_entity}
    for c in clusters:
        if c.label != "GPE" or c.entry is not None or c.group or c.country or not c.names:
            continue
        places = geo_index(ctx).by_name.get(norm_phrase(c.names[0]), ())
        weight: Counter = Counter()
        for p in places:
            if p.kind == "city" and p.country:
                weight[p.country] += max(p.population, 1)
        if weight:
            iso, top = weight.most_common(1)[0]
            if top >= 0.9 * sum(weight.values()):
                if not named or iso in named:
                    c.country = iso
                else:
                    c.elsewhere = True


# words before "Council" that make it a town's or county's government ("Leeds City Council")
LOCAL_COUNCIL_WORDS = frozenset({"City", "County", "Borough", "District", "Town", "Parish", "Metropolitan",
                                 "Municipal"})


def local_councils(ctx: ArticleContext, clusters: list[Cluster]) -> None:
    """"Brent Council", "Leeds City Council", "Kent County Council": a council named after a place the
    gazetteer knows, or with a local-government word, is a local government (GOV); the town gives its
    country when nearly all towns of that name are in one the article names, else the story's country
    does (as for other state bodies). Not "Refugee Council", "Muslim Council of Britain", "Security Council"."""
    from wirecoder.extract.places import geo_index

    named = {c.country_entity for c in clusters if c.country_entity}
    for c in clusters:
        if c.label != "ORG" or c.entry is not None or c.group or not c.names:
            continue
        words = c.names[0].split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or len(words) > 4 or words[-1] != "Council" or not all(w[:1].isupper() for w in words):
            continue
        place = " ".join(w for w in words[:-1] if w not in LOCAL_COUNCIL_WORDS)
        local = any(w in LOCAL_COUNCIL_WORDS for w in words[:-1])
        if not place or not local and not geo_index(ctx).by_name.get(norm_phrase(place)):
            continue
        town_iso = _one_country_town(ctx, place)
        if town_iso and named and town_iso not in named and not local:
            continue  # "Houston Council" in a story about Britain: no government of the story's country
        c.sectors.insert(0, "GOV")
        if c.country is None and town_iso in named:  # "Kent" is mostly American towns: only a country named
            c.country = town_iso


SEATED_SECTORS = ("EDU",)  # bodies named after the town they stand in: "Oxford University", "Harvard"


def _one_country_town(ctx: ArticleContext, name: str, share: float = 0.9) -> str | None:
    """The country holding SHARE of the gazetteer's people in towns called NAME, or None."""
    from wirecoder.extract.places import geo_index

    weight: Counter = Counter()
    for p in geo_index(ctx).by_name.get(norm_phrase(name), ()):
        if p.kind == "city" and p.country:
            weight[p.country] += max(p.population, 1)
    if not weight:
        return None
    iso, top = weight.most_common(1)[0]
    return iso if top >= share * sum(weight.values()) else None


def institution_seats(ctx: ArticleContext, clusters: list[Cluster]) -> None:
    """A university named after its town is in that town's country: "Oxford University", "University
    of Leeds", "Harvard" (the town in Massachusetts), when the article names that country or none."""
    named = {c.country_entity for c in clusters if c.country_entity}
    for c in clusters:
        if c.label != "ORG" or c.entry is not None or c.group or c.country or not c.sectors \
                or c.sectors[0] not in SEATED_SECTORS:
            continue
        for name in c.names:
            words = [w for w in name.split() if w[:1].isupper() and w.lower() not in ("university", "of", "college")]
            # a university town is mostly the biggest of its name ("Oxford": 71% of the Oxfords' people)
            iso = _one_country_town(ctx, " ".join(words), share=2 / 3) if 0 < len(words) <= 2 else None
            if iso and (not named or iso in named):
                c.country = iso
                break


def place_name_parts(c: Cluster, d: ActorDictionary) -> None:
    """A place the dictionary does not know, named as part of a country or region: "South Lebanon",
    "Western Cambodia" (LBN, KHM), "Montenegro province", "West Darfur State" (SDN): its country."""
    if c.label not in ("GPE", "LOC") or c.entry is not None or c.group or c.country:
        return
    for name in c.names:
        words = name.split()
        start, end = 0, len(words)
        while start < end - 1 and words[start].lower() in COMPASS_WORDS:
            start += 1
        while end > start + 1 and words[end - 1].lower() in REGION_SUFFIXES:
            end -= 1
        if (start, end) == (0, len(words)):
            continue
        entry = d.lookup(" ".join(words[start:end]))
        if entry is not None and entry.kind in ("country", "region", "capital") and entry.country:
            c.country = entry.country
            return


MULTINATIONAL_WORDS = {"International", "World", "Global", "Inter-American", "Intergovernmental"}


def _state_bodies_by_name(doc: Doc, c: Cluster, d: ActorDictionary) -> bool:
    """"Bank of Zambia" (a central bank: the dictionary lists the commercial "Bank of China" and
    "Bank of America") GOV; "Reagan Administration" the government of that leader's country."""
    for name in c.names:
        words = name.split()
        if len(words) >= 3 and words[0] == "Bank" and words[1] == "of":
            entry = d.lookup(" ".join(words[2:]))
            continued = any(e < len(doc) and doc[e].lower_ in ("and", "&") for _s, e, _k in c.spans)
            if entry is not None and entry.kind == "country" and not continued:  # not "Bank of Bahrain and Kuwait"
                c.country, c.sectors[:0] = entry.country, ["GOV"]
                return True
        if len(words) == 2 and words[1].lower() == "administration":
            leaders = {e.country for e in d.people_by_surname.get(words[0].lower(), ()) if e.country
                       and (e.code or "")[3:] == "GOV"}
            if len(leaders) == 1:
                c.country, c.sectors[:0] = leaders.pop(), ["GOV"]
                return True
    return False


def _appositive_group_sector(doc: Doc, c: Cluster, d: ActorDictionary) -> None:
    """An organisation set in apposition to a rebel, militant or opposition group is one: "The main
    Hutu rebel group, Forces for Defence of Democracy (FDD)" REB (not MIL from "Forces"); "the FDD,
    a separatist movement"."""
    for s, e, kind in c.spans:
        if kind != "name":
            continue
        root = doc[s:e].root
        heads = [ch for ch in root.children if ch.dep_ == "appos" and ch.i >= e]
        if root.dep_ == "appos" and root.head.i < s:
            heads.append(root.head)
        for h in heads:
            for w in [h, *(ch for ch in h.children if ch.dep_ in ("amod", "compound") and ch.i < h.i)]:
                role = d.roles.get(w.lower_)
                if role is not None and role.sector in ADJECTIVAL_SECTORS:
                    c.sectors.insert(0, role.sector)
                    return


def _org_name_prefix(c: Cluster, d: ActorDictionary) -> None:
    """An unknown organisation whose name begins with an international body's, a university's or a
    company's name is part of it: "United Nations Emergency Relief Coordinator", "NATO Military
    Committee" (IGOUNO, IGOWSTNAT), "Harvard School of Public Health" (USAEDU), "LG Card" (KORBUS)."""
    for name in c.names:
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            entry = d.lookup(" ".join(words[:k]))
            if entry is not None and entry.kind == "org" and entry.code and (
                    entry.code.startswith(("IGO", "NGO")) or entry.code.endswith("EDU")
                    or _group_company(entry, words[k:], d)):
                c.affiliation = entry.code
                return


def _group_company(entry: ActorEntry, rest: list[str], d: ActorDictionary) -> bool:
    """ "LG Card", "Samsung Electronics", "Barclays Capital": a listed company's name and more words
    that name no other kind of body or a country ("Ford Foundation" is a charity, "Texaco Canada" a
    Canadian firm, "Apple Daily" is not Apple's: short names found only by NER do not count)."""
    if not entry.code or not entry.code.endswith("BUS") or entry.ner_only or not rest[-1][:1].isupper():
        return False
    form = d.company_forms.get(rest[-1].lower().rstrip("."))
    if form is not None and form[0] == "ngo":
        return False
    if any((e := d.lookup(w)) is not None and e.kind in ("country", "demonym") for w in rest):
        return False  # "Merrill Lynch Canada Inc", "Texaco Canada": the group's company of that country
    return not any((role := d.roles.get(w.lower())) is not None and role.sector not in (None, "BUS")
                   for w in rest)


# an institute named for the study of something is a think tank, no state body: "Institute for Fiscal Studies",
# "Royal Institute of International Affairs", "Institute for Public Policy Research"
RESEARCH_BODY_WORDS = frozenset({"Institute", "Institution"})
RESEARCH_NAME_WORDS = frozenset({"Studies", "Research", "Affairs", "Policy", "Economics"})
ENDOWED_BODY_WORDS = frozenset({"Foundation"})  # "the Joseph Rowntree Foundation", "the Heritage Foundation"
# a chamber named by one capitalised word is the story's legislature ("House leaders have rejected a plan", "the
# House voted"): written capitalised only, unlike the roles table's words ("a house" is a home)
CHAMBER_NAMES = frozenset({"House"})


def _name_head_sector(doc: Doc, s: int, e: int, d: ActorDictionary) -> str | None:
    """The sector of the role phrase at the head of a name (its end, or before its first "of"/"for"),
    else of any word for a body in it ("Bank", "Army", "University"). A generic title at the head
    ("Matrix Asset Advisors") or a title inside ("General Motors", "CL King & Associates") says nothing."""
    ends = [e]
    ends += [i for i in range(s + 1, e) if doc[i].lower_ in ("of", "for")][:1]
    written = {t.text for t in doc[s:e]}
    if len(named := [t.text for t in doc[s:e] if t.lower_ != "the"]) == 1 and named[0] in CHAMBER_NAMES:
        return "LEG"
    if (written & RESEARCH_BODY_WORDS and written & RESEARCH_NAME_WORDS or written & ENDOWED_BODY_WORDS) \
            and "National" not in written:
        return "NGO"
    for head_end in (next((i for i in range(s + 1, e) if doc[i].lower_ in ("of", "for", "on")), e), e):
        by_kind = _sector_by_body_kind(doc, s, head_end)
        if by_kind:
            return by_kind
    if len(ends) > 1 and doc[ends[1] - 1].lower_ == "union":
        # "National Union of Journalists", "Union of Railway Workers": a union of a trade is labour, whoever
        # its members are, but for students' and teachers' unions (education, as "union of teachers" EDU)
        whole = d.roles.get(doc[ends[1] - 1:e].text.lower())
        members = d.roles.get(doc[e - 1].lower_)
        if whole is not None and whole.sector:
            return whole.sector
        return "EDU" if members is not None and members.sector == "EDU" else "LAB"  # "Union of Students" EDU
    for end in ends:
        for n in (4, 3, 2, 1):
            if end - n < s:
                continue
            role = d.roles.get(doc[end - n:end].text.lower())
            if role is not None and role.sector and role.kind != "honorific" and not (role.kind == "title" and role.weak):
                return role.sector
    for i in range(s, e):  # any body word in it; "people" is no sector of "People's Bank"
        role = d.roles.get(doc[i].lower_)
        if role is not None and role.sector and role.kind == "group" and role.sector != "CVL":
            return role.sector
    words = [t for t in doc[s:e] if t.lower_ != "the"]
    if len(words) >= 2 and any(doc[end - 1].text in STATE_DEPARTMENT_WORDS for end in ends):
        return "GOV"  # "Commerce Department", "Department of Health": a ministry (not "The Office")
    return None


# words in a committee's name (or the adjective right before it) that make it a legislature's:
# "Constitutional Affairs Select Committee", "Senate Foreign Relations Committee", "the parliamentary
# Joint Committee on Human Rights"
LEGISLATIVE_WORDS = frozenset({"select", "senate", "house", "commons", "lords", "parliamentary", "congressional",
                               "parliament", "assembly"})
# heads of bodies that hear appeals ("Special Immigration Appeals Commission", "Appeals Tribunal"): courts
APPEAL_HEADS = frozenset({"commission", "tribunal", "board", "panel", "chamber"})


def _sector_by_body_kind(doc: Doc, s: int, head_end: int) -> str | None:
    """LEG for a legislature's committee, JUD for a body that hears appeals, from the words of a name
    whose head (the word before HEAD_END) is "Committee"/"Subcommittee" or an appeal body's noun."""
    head = doc[head_end - 1].lower_
    words = {t.lower_ for t in doc[s:head_end - 1]}
    if head in ("committee", "subcommittee", "sub-committee"):
        before = doc[s - 1].lower_ if s > 0 and doc[s - 1].is_lower else ""
        if words & LEGISLATIVE_WORDS or before in ("parliamentary", "congressional"):
            return "LEG"
    if head in APPEAL_HEADS and words & {"appeal", "appeals"}:
        return "JUD"
    return None


# a capitalised head word that names a ministry or state office in English-speaking states ("Commerce
# Department", "Department of Health", "Office for National Statistics"); the lower-case word is any
# firm's unit, so it is no role word
STATE_DEPARTMENT_WORDS = frozenset({"Department", "Dept", "Office"})


def main_country_of(clusters: list[Cluster], dateline_iso: str | None, lead_end: int,
                    title_iso: str | None = None, known_actors: bool = False) -> str | None:
    """The country an article is mostly about, for its bare state bodies ("the government said"):
    the dateline's, else the one country named in the lead (tokens before LEAD_END), at least
    twice in all and at least twice as often as any other (names and demonyms count); else the
    first country of the headline (TITLE_ISO) when it is one of the two the body names most, twice
    or more ("Chinese exports rise" over a story naming China and the US; "KUWAIT REJECTS IRANIAN
    SPY BOAT CHARGES" over one naming Iran as often as Kuwait). When names alone do not decide (or
    KNOWN_ACTORS: the one country named is not the story's), the people and state bodies the dictionaries
    code for a country count too ("Jack Straw", "Congress"): the protagonists' country, as the events stage
    counts it; not first, since a visitor named often ("Chavez" in China) does not move the story."""
    if dateline_iso:
        return dateline_iso
    found = None if known_actors else _main_country(clusters, lead_end, title_iso, with_actors=False)
    found = found or _main_country(clusters, lead_end, title_iso, with_actors=True)
    if found is None and not any(c.country_entity or c.named_country or _home_of_known_actor(c) for c in clusters):
        # no country named and no state actor known: the home of the firms and media the dictionaries know,
        # when one country has most of them ("The Daily and Sunday Telegraph newspapers are axing 90 jobs":
        # the National Union of Journalists is Britain's)
        found = _main_country(clusters, lead_end, title_iso, with_actors=True, firms=True)
    return found


def _main_country(clusters: list[Cluster], lead_end: int, title_iso: str | None, with_actors: bool,
                  firms: bool = False) -> str | None:
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for c in clusters:
        # capitals are often venues ("talks in Beijing"): only names and demonyms count
        iso = c.country_entity or c.named_country or (_home_of_known_actor(c) if with_actors else None) or (
            _home_of_known_firm(c) if firms else None)
        if iso:
            counts[iso] += len(c.spans)
            first[iso] = min(first.get(iso, c.first), c.first)
    ranked = counts.most_common(2)
    # the headline's country decides a close call between the two countries the body names most
    by_title = title_iso if title_iso in {iso for iso, n in ranked if n >= 2} else None
    if not ranked or ranked[0][1] < 2 or first[ranked[0][0]] >= lead_end:
        return by_title
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return by_title
    return ranked[0][0]


def near_countries(doc: Doc, clusters: list[Cluster]) -> None:
    """For each titled person the text gives no country: the one country named (by its name or demonym)
    in the sentence of their first name, else in the sentence before ("In the Maldives the cost ... could
    wipe out growth. ... said Ahmed Shaheed, the chief government spokesman")."""
    if not doc.has_annotation("SENT_START"):
        return
    country_at: dict[int, str] = {}
    for c in clusters:
        if c.country_entity:
            for s, _e, _k in c.spans:
                country_at[s] = c.country_entity
    if not country_at:
        return
    sents = list(doc.sents)
    sent_of = {t.i: k for k, sent in enumerate(sents) for t in sent}

    def named_in(k: int) -> set[str]:
        return {iso for i, iso in country_at.items() if sents[k].start <= i < sents[k].end} if k >= 0 else set()

    for c in clusters:
        if c.label != "PERSON" or c.country or not c.sectors or c.group:
            continue
        first = next((s for s, _e, kind in sorted(c.spans) if kind == "name"), None)
        if first is None:
            continue
        k = sent_of[first]
        here = named_in(k)
        if len(here) == 1:
            c.near_country = next(iter(here))
        elif not here and len(before := named_in(k - 1)) == 1:
            c.near_country = next(iter(before))


def countries_in_body_names(clusters: list[Cluster], d: ActorDictionary) -> None:
    """A dictionary body whose name has its own country's name or demonym in it ("Board of Deputies of
    British Jews", "Muslim Council of Britain") names that country as often as it is named: the words
    are no mention of the country of their own, but count for the country the story is about."""
    for c in clusters:
        e = c.entry
        if c.label != "ORG" or e is None or e.kind != "org" or not e.country or (e.code or "")[3:6] in FOREIGN_PRONE:
            continue  # companies are often foreign to the story ("Air France" in a story about Iraq)
        for name in c.names:
            words = name.split()
            if len(words) > 1 and any((w := d.lookup(" ".join(words[k:k + n]))) is not None
                                      and w.kind in ("country", "demonym") and w.country == e.country
                                      for n in (1, 2) for k in range(len(words) - n + 1)):
                c.named_country = e.country
                break


def _home_of_known_actor(c: Cluster) -> str | None:
    """The country of a person or state body the dictionaries code with one ("Ronald Reagan" USAGOV,
    "Congress" USALEG); none for companies, international bodies and groups."""
    e = c.entry
    if c.group or e is None or not e.code or not e.country or len(e.code) < 6:
        return None
    if c.label == "PERSON" and e.kind == "person" or c.label == "ORG" and e.code[3:6] in MAIN_COUNTRY_SECTORS:
        return e.country
    return None


def _home_of_known_firm(c: Cluster) -> str | None:
    """The country of a company or medium the dictionaries code with one ("Daily Telegraph" GBRMED)."""
    e = c.entry
    if c.group or e is None or not e.code or not e.country or c.label != "ORG" or e.code.startswith(("IGO", "NGO")):
        return None
    return e.country


def title_country(title: str | None, d: ActorDictionary) -> str | None:
    """The first country a headline names ("KUWAIT REJECTS IRANIAN SPY BOAT CHARGES" -> KWT): a
    country's name or demonym; in a headline in capitals, short words ("US") are no evidence."""
    if not title:
        return None
    words = [w for w in re.split(r"[^\w'.-]+", title) if w]
    capitals = title.isupper()
    for k, _w in enumerate(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[k:k + n]).rstrip(".'")
            entry = d.lookup(phrase) if len(words[k:k + n]) == n else None
            if entry is None or entry.kind not in ("country", "demonym") or (capitals and len(phrase) < 4):
                continue
            if entry.case_sensitive and not capitals and phrase != entry.phrase:
                continue
            return entry.country
    return None


def context_country_of(clusters: list[Cluster], dateline_iso: str | None) -> str | None:
    """The one country an article is about, when there is exactly one."""
    found = {c.country_entity or c.named_country for c in clusters if c.country_entity or c.named_country}
    if dateline_iso:
        found.add(dateline_iso)
    if len(found) != 1:
        return None
    only = next(iter(found))
    if not dateline_iso:
        # not when the people and state bodies of another country are named more often than it ("Reagan ...
        # Congress ... the Iran arms affair": the one country named is not the one the story is about)
        named: Counter = Counter()
        for c in clusters:
            iso = c.country_entity or _home_of_known_actor(c)
            if iso:
                named[iso] += len(c.spans)
        if any(iso != only and n > named[only] for iso, n in named.items()):
            return None
    return only


# -- the stage --------------------------------------------------------------------------------------

def extract_entities(ctx: ArticleContext) -> EntityTable:
    from wirecoder.extract.coref import load_org_kinds, resolve_references
    from wirecoder.extract.org_codes import home_of_named_firms, org_name_clues

    doc = ctx.doc
    d = actor_dictionary(ctx.resources)
    m = matchers_for(ctx, d)
    roles_at = role_spans(doc, m, d)
    mentions = collect_name_mentions(doc, d, m, roles_at)
    mentions = sorted(mentions + misspelt_countries(ctx, doc, mentions, d, roles_at), key=lambda nm: nm.start)
    mentions = sorted(mentions + defined_acronyms(doc, mentions, d), key=lambda nm: nm.start)
    seats = ctx.resources.cached("entities.seats", lambda: load_seats(data_path("actors/seats.tsv")))
    mentions = sorted(mentions + seat_mentions(ctx, doc, mentions, seats), key=lambda nm: nm.start)
    mark_ethnic_peoples(doc, mentions)
    people_tagged_otherwise(doc, mentions, d)
    clusters = cluster_names(mentions, d, roles_at)
    mentions = sorted(mentions + missed_surnames(doc, mentions, clusters, d), key=lambda nm: nm.start)
    merge_short_names(mentions, clusters, d)
    mentions = sorted(mentions + missed_org_heads(doc, mentions, clusters), key=lambda nm: nm.start)
    for nm in mentions:
        if nm.cluster is not None and nm.cluster.label == "PERSON" and nm.kind == "name" and len(nm.words) == 1:
            longer = any(len(n.split()) > 1 for n in nm.cluster.names)
            if longer:
                nm.kind = "surname"
                nm.cluster.spans = [(s, e, "surname" if (s, e) == (nm.ext_start, nm.end) else k)
                                    for s, e, k in nm.cluster.spans]
    by_token = {i: nm for nm in mentions for i in range(nm.ext_start, nm.end)}
    named = {c.country_entity for c in clusters if c.country_entity}
    for c in clusters:
        org_name_parts(doc, c, d, by_token)
        company_facts(doc, c, d, named)
        place_name_parts(c, d)
    org_name_clues(ctx, doc, clusters, d)
    countries_of_longer_names(clusters)
    capitals_elsewhere(ctx, clusters)
    city_countries(ctx, clusters)
    local_councils(ctx, clusters)
    institution_seats(ctx, clusters)
    for c in clusters:
        _org_place_after(doc, c, d, by_token)
    companies_by_coordination(doc, clusters, by_token)
    countries_by_peers(doc, clusters, d)
    dateline_iso = dateline_country(ctx, d)
    home_of_named_firms(ctx, doc, clusters, d, dateline_iso)
    used_roles = attach_roles(doc, mentions, roles_at, d)
    roles_held_as(doc, mentions, roles_at, used_roles)
    eu_commissioners(doc, mentions, d)
    people_from_places(doc, mentions, by_token)
    peers_and_judges(doc, mentions, clusters)
    mark_metonyms(doc, mentions, d)
    countries_in_body_names(clusters, d)
    context_iso = context_country_of(clusters, dateline_iso)
    lead_end = next((sent.end for k, sent in enumerate(doc.sents) if k == 1), len(doc)) if doc.has_annotation(
        "SENT_START") else len(doc)
    one_named = len({c.country_entity for c in clusters if c.country_entity}) == 1 and not dateline_iso
    main_iso = None if context_iso else main_country_of(clusters, dateline_iso, lead_end,
                                                        title_country(getattr(ctx.article, "title", None), d),
                                                        known_actors=one_named)
    groups = group_actors(doc, mentions, roles_at, used_roles, clusters, context_iso, main_iso,
                          None if context_iso else legislature_home(clusters, _home_of_known_actor))
    groups += people_groups(doc, mentions, clusters, d, context_iso or main_iso)
    office = office_holder_finder(ctx, clusters)
    merge_title_only(clusters, groups, office)
    _first_name_gender(clusters, d)
    known_people_by_surname(clusters, d)
    employers_by_surname(clusters)
    employers_by_report(doc, clusters)
    employers_by_title(clusters)
    ngo_staff_by_sentence(doc, clusters)
    people_in_bodies(doc, mentions, clusters, ctx.resources.cached("entities.body_kinds", load_body_kinds))
    speakers_for_parties(doc, mentions)
    home = context_iso or main_iso
    resolve_references(doc, mentions + groups, clusters, roles_at, used_roles, d,
                       office=lambda title, at: office(home, title, at),
                       org_kinds=ctx.resources.cached("coref.org_kinds",
                                                      lambda: load_org_kinds(data_path("actors/nominals.tsv"))))
    if not context_iso:
        speakers_own_bodies(doc, roles_at, used_roles, clusters, main_iso)
    if not context_iso and not main_iso:
        near_countries(doc, clusters)
    era = era_span(ctx, d, clusters)  # an undated article's time, from its titled office holders
    table = build_table(doc, clusters, d, context_iso, main_iso, roles_at, held_office_code(ctx),
                        legislature_country=legislature_home(clusters, _home_of_known_actor),
                        out_of_office=out_of_office_code(ctx, d, era))
    in_period = period_coder(ctx.resources, ctx.published.date() if ctx.published is not None else None)
    in_power = ruling_party_coder(ctx, d, era, home)
    party_names = {c.id: c.party_name for c in clusters if c.party_name and c.label == "PERSON"}
    for ent in table.entities:  # "Soviet Premier Nikolai Ryzhkov" in 1987: USRGOV (the country stays ISO: RUS)
        actor = ent.actor
        if ent.type == "ORG":
            actor = in_power(ent.name, actor)
        elif ent.id in party_names:
            # a governing party's man ("Labour's Alan Milburn") is of the government, an opposition party's of
            # the opposition
            actor = in_power(party_names[ent.id], actor)
        ent.actor = in_period(actor)
    return table


# verbs reporting what someone said, whose speaker owns the bare state bodies of the report
REPORT_LEMMAS = frozenset("say tell add state claim insist explain warn announce declare reply argue acknowledge admit "
                          "confirm deny stress suggest believe think".split())
STATELESS_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "UIS")


def speakers_own_bodies(doc: Doc, roles_at: dict[int, tuple[int, Role, str]], used_roles: set[int],
                        clusters: list[Cluster], main_iso: str | None = None) -> None:
    """A bare state body in what a person of a known country is reported to say is that country's ("Straw
    said the government had been negotiating their return" -> GBRGOV; "Mr Howard said ministers had
    failed"), also over the country the article is mostly about (MAIN_ISO, a guess from counts). Runs after
    coreference: "He said the government ..." needs "he" resolved. Not "governments", "foreign ministers" or
    "the Iraqi government"."""
    candidates = [(end_tok, start_tok, role, text) for end_tok, (start_tok, role, text) in sorted(roles_at.items())
                  if end_tok not in used_roles and _main_country_body(doc[end_tok], role)]
    if not candidates:
        return
    owner = token_owners(clusters)
    groups = {c.key: c for c in clusters if c.group}
    stand_ins = owner_mentions(owner, doc)
    for end_tok, start_tok, role, text in candidates:
        head = doc[end_tok]
        guessed = owner.get(end_tok)
        if guessed is not None and not (main_iso and guessed.group and guessed.key.startswith(f"G|{main_iso}|")
                                        and (start_tok, end_tok + 1, "name") in guessed.spans):
            continue  # named, or grouped by a country word: not the article's country by a guess
        if not _context_group(doc, start_tok, end_tok, role, text, stand_ins, allow_ungrounded=False):
            continue
        iso = _reporter_country(doc, head, owner)
        if not iso or (guessed is not None and iso == main_iso):
            continue
        if guessed is not None:
            guessed.spans.remove((start_tok, end_tok + 1, "name"))
            if not guessed.spans:
                clusters.remove(guessed)
                groups.pop(guessed.key, None)
        _add_group(doc, groups, clusters, [], iso, role, text, start_tok, end_tok + 1, start_tok)


def token_owners(clusters: Iterable[Cluster]) -> dict[int, Cluster]:
    """Token index -> the cluster whose mention covers it (the later cluster where two overlap)."""
    return {i: c for c in clusters for s, e, _k in c.spans for i in range(s, e)}


def owner_mentions(owner: dict[int, Cluster], doc: Doc) -> dict[int, NameMention]:
    """Token -> a stand-in mention of the entity there (what _context_group asks of its modifiers)."""
    return {i: NameMention(i, i + 1, c.label, doc[i].text, c.entry, cluster=c) for i, c in owner.items()}


def _reporter_country(doc: Doc, head, owner: dict[int, Cluster]) -> str | None:
    """The country of the one reported to say the clause HEAD is in: the subject of the reporting verb,
    a person or a state body of one country (not an international body or a company of the world)."""
    node = head
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORT_LEMMAS:
            break
        node = node.head
    else:
        return None
    subj = next((ch for ch in node.head.children if ch.dep_ in SUBJECT_DEPS), None)
    c = owner.get(subj.i) if subj is not None else None
    if c is None or c.group or c.label not in ("PERSON", "ORG"):
        return None
    code = c.entry.code if c.entry is not None and c.entry.code else ""
    if code.startswith(STATELESS_PREFIXES) or c.affiliation:
        return None
    if c.label == "ORG" and not (code[3:] in MAIN_COUNTRY_SECTORS or c.sectors[:1] and c.sectors[0] in MAIN_COUNTRY_SECTORS):
        return None  # "Barclays said the government ...": a firm may be anyone's
    return c.country or (c.entry.country if c.entry is not None else None)



def _first_name_gender(clusters: list[Cluster], d: ActorDictionary) -> None:
    for c in clusters:
        if c.label != "PERSON" or c.gender is not None:
            continue
        for n in c.names:
            words = n.split()
            if len(words) >= 2:
                first = words[0].lower().rstrip(".")
                g = d.first_names.get(first)
                if g:
                    c.gender = g
                    break
                if len(first) >= 4 and first.endswith("a") and first.isalpha():
                    c.soft_gender = "f"  # most given names in -a are women's (Maleeha, Svetlana)


def _other_given_name(c: Cluster, entry) -> bool:
    """The article names the person in full with another given name than the dictionary entry found by surname."""
    entry_words = [w.lower() for w in entry.name.split()]
    surname = entry_words[-1]
    full = [[w.lower() for w in n.split()] for n in c.names if len(n.split()) >= 2 and n.split()[-1].lower() == surname]
    # (not another form of the same name: "Mohammed Hosni Mubarak" for Hosni Mubarak, "G. Bush")
    return bool(full) and all(len(w[0]) > 2 and not w[0].endswith(".") and entry_words[0] not in w
                              and w[0] not in entry_words for w in full)


def known_people_by_surname(clusters: list[Cluster], d: ActorDictionary) -> None:
    """A person named by surname only ("Mr. Obama") is the well-known person of that surname when
    the dictionary has exactly one that fits (gender from "Mr."/"Mrs."), or exactly one of a country
    the article names; with no country to tell them apart, the one people.tsv lists first."""
    named = {c.country_entity for c in clusters if c.country_entity}
    for c in clusters:
        if c.label == "PERSON" and c.entry is not None and c.entry.kind == "person" and _other_given_name(c, c.entry):
            c.entry = None  # "Jack McConnell ... Mr McConnell": not Mitch McConnell, whom the bare surname finds
        if c.label == "PERSON" and c.entry is not None and c.entry.kind == "person" and c.entry.name not in c.names:
            c.names.append(c.entry.name)  # found by an alias ("Putin"): the full name is canonical
        if c.label != "PERSON" or c.entry is not None or c.group or any(len(n.split()) > 1 for n in c.names):
            continue
        if not c.roles and c.gender is None:
            continue  # a bare "Harris" may be anyone: only "Mr. Obama" or "President Obama" is safe
        surname = c.names[0].lower()
        people = [e for e in d.people_by_surname.get(surname, ())
                  if c.gender is None or d.first_names.get(e.name.split()[0].lower()) in (None, c.gender)]
        if surname in d.first_names:  # "Mr Thomas", "Mr Ryan": many people; only one of a country named
            people = [e for e in people if e.country and e.country in named | {c.country}]
        if len(people) > 1:
            # "Mr Howard" in a story that names Britain and not Australia: Michael, not John Howard
            people = [e for e in people if e.country == c.country] if c.country else \
                [e for e in people if e.country in named] or people[:1]  # else the one listed first
        if len(people) == 1:
            c.entry = people[0]
            c.names.append(people[0].name)  # the fullest form becomes the canonical name


def employers_by_surname(clusters: list[Cluster]) -> None:
    """ "Mark Paulsmeier ... his Paulsmeier Group", "Lakshmi Mittal ... Mittal Steel": a person whose
    surname is the first word of exactly one company's name in the article runs it; the company
    takes the person's country when it has none."""
    firsts: dict[str, dict[int, Cluster]] = {}
    for o in clusters:
        if is_company(o):
            for name in set(o.names):
                words = name.split()
                if len(words) >= 2:
                    firsts.setdefault(words[0], {})[id(o)] = o
    if not firsts:
        return
    for c in clusters:
        if c.label != "PERSON" or c.group or c.employer is not None or c.affiliation is not None \
                or (c.entry is not None and c.entry.kind == "person"):
            continue
        full = max(c.names, key=lambda n: len(n.split())).split()
        owners = firsts.get(full[-1], {}) if len(full) >= 2 and len(full[-1]) >= 4 else {}
        if len(owners) == 1:
            c.employer = next(iter(owners.values()))
            if c.employer.country is None and c.employer.entry is None and c.country:
                c.employer.country = c.country


# verbs by which a firm's officer reports what the firm did ("..., chairman Peter Miller said")
REPORT_VERBS = frozenset({"say", "tell", "add", "announce", "state"})


def _unplaced_business_person(c: Cluster, any_title: bool = False) -> bool:
    """A person with a company title (ANY_TITLE: or a title of no sector, "chairman") and nothing yet saying
    whose officer he is."""
    titled = c.sectors[:1] == [BUSINESS] or (any_title and not c.sectors and bool(c.roles))
    return c.label == "PERSON" and not c.group and c.employer is None and c.affiliation is None and not c.former \
        and not c.country and not (c.entry is not None and c.entry.kind == "person") and titled


def _works_for(c: Cluster, company: Cluster) -> None:
    if company.entry is not None:
        c.affiliation = company.entry.code
    else:
        c.employer = company


def employers_by_report(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Lloyd's of London has offered to meet part of the claims, chairman Peter Miller said": a person with a
    company title and no employer named, who reports an act of one company (the subject of the clause he
    reports), is that company's officer (Reuters writes its ledes so)."""
    owner = token_owners(o for o in clusters if is_company(o))
    if not owner:
        return
    for c in clusters:
        if not _unplaced_business_person(c, any_title=True):
            continue
        for _s, e, kind in c.spans:
            name = doc[e - 1]
            if kind != "name" or name.dep_ != "nsubj" or name.head.lemma_.lower() not in REPORT_VERBS:
                continue
            verb = name.head
            clauses = [comp for comp in verb.children if comp.dep_ == "ccomp"]
            if not clauses and verb.i > verb.sent.root.i and verb.sent.root.lemma_.lower() not in REPORT_VERBS:
                clauses = [verb.sent.root]  # the parser hung the closing "..., chairman X said" elsewhere
            firms = {id(owner[t.i]): owner[t.i] for comp in clauses
                     for t in comp.children if t.dep_ in ("nsubj", "nsubjpass") and t.i in owner}
            if len(firms) == 1:
                _works_for(c, next(iter(firms.values())))
                break


def employers_by_title(clusters: list[Cluster]) -> None:
    """ "However, chief executive Bill Gammell cautioned ...": a person with a company title and no
    employer named works for the company the article is about: the only one it names (at least twice),
    or the one it names more than twice as often as any other."""
    companies = [o for o in clusters if not o.group and o.label == "ORG" and (
        is_company(o) or (o.entry is not None and (o.entry.code or "").endswith("BUS")))]
    if not companies:
        return
    ranked = sorted(companies, key=lambda o: -sum(1 for _s, _e, k in o.spans if k == "name"))
    counts = [sum(1 for _s, _e, k in o.spans if k == "name") for o in ranked[:2]]
    if counts[0] < 2 or len(ranked) > 1 and counts[0] <= 2 * counts[1]:
        return  # a firm named once is no subject of the story ("a senior figure from BT")
    top = ranked[0]
    for c in clusters:
        if _unplaced_business_person(c):
            _works_for(c, top)


def _ngo_code(o: Cluster) -> str | None:
    """The code of a campaign, rights or aid group: its dictionary code, or country + NGO from its noun."""
    if o.group or o.label != "ORG":
        return None
    if o.entry is not None:
        code = o.entry.code or ""
        return code if code[3:6] == "NGO" or code.startswith("NGO") else None
    if o.sectors[:1] == ["NGO"]:
        return (o.country or "") + "NGO"
    return None


def ngo_staff_by_sentence(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Civil rights group Liberty said it was delighted ... Director Shami Chakrabarti called on the
    government ...": a person with a staff title of no state sector ("director", "chief executive") and
    no body named with him serves the one campaign or rights group named in his sentence or the one before,
    when no company is named there."""
    if not doc.has_annotation("SENT_START"):
        return
    orgs = [(o, code) for o in clusters if (code := _ngo_code(o)) is not None]
    if not orgs:
        return
    sent_of = {}
    for k, sent in enumerate(doc.sents):
        for t in sent:
            sent_of[t.i] = k
    firms = [o for o in clusters if is_company(o)]

    def named_in(o: Cluster, ks: set[int]) -> bool:
        return any(kind == "name" and sent_of.get(s) in ks for s, _e, kind in o.spans)

    for c in clusters:
        if c.label != "PERSON" or c.group or not c.roles or c.employer is not None or c.affiliation is not None \
                or c.former or c.country or (c.entry is not None and c.entry.kind == "person") \
                or c.sectors[:1] not in ([], [BUSINESS]):
            continue
        first = min((s for s, _e, kind in c.spans if kind == "name"), default=None)
        if first is None:
            continue
        ks = {sent_of[first], sent_of[first] - 1}
        near = [(o, code) for o, code in orgs if named_in(o, ks)]
        if len(near) == 1 and not any(named_in(f, ks) for f in firms):
            c.affiliation = near[0][1]


def _employer_code(c: Cluster, d: ActorDictionary, codes: dict[int, tuple[str | None, str | None]],
                   context_country: str | None = None, main_country: str | None = None
                   ) -> tuple[str | None, str | None] | None:
    """The code of the organisation a person works for, when it says more than the person's own:
    any title in a company is a business one ("Pat Ferguson, President of AMBO" BUS); a generic title
    in another body serves it ("State Administration of Taxation head Xie Xuren" CHNGOV)."""
    if c.employer is None or c.affiliation is not None or (c.entry is not None and c.entry.kind == "person"):
        return None
    code = codes.get(id(c.employer), (None, None))[0]
    if c.former:
        # "Former WorldCom boss Bernie Ebbers": a firm's former head is still of business (CAMEO has no
        # former-business sector); a former official of any other body is an elite (actor_code)
        root = d.country_of_code(code) if code else c.country
        return (root + "BUS", root) if root and is_company(c.employer) else None
    if not code and is_company(c.employer) and not c.affiliation:
        # "Wilson Sy, president of Prudential Securities": a company's president, whatever its country,
        # is no official of the article's country
        return (c.country + "BUS", c.country) if c.country else (None, None)
    # a title's sector depends on the body it is held in ("secretary general" of a union is LAB)
    return employer_code(c, d, code, context_country, main_country)


def _honorific_at(doc: Doc, i: int, d: ActorDictionary) -> bool:
    role = d.roles.get(doc[i].lower_)
    return role is not None and role.kind == "honorific"


def held_office_code(ctx: ArticleContext) -> Callable[[Cluster], str | None] | None:
    """For a person the dictionaries and the text leave uncoded: the code of the office the dated office-holders
    table says they held on the article's day, by full name ("Jaime Ongpin" in 1987 -> PHLGOV), when all their
    offices that day agree. Undated articles get none: a name alone does not say which term."""
    if ctx.published is None:
        return None
    from wirecoder.office_holders import office_table

    table, day = office_table(ctx.resources), ctx.published.date()

    def code_of(c: Cluster) -> str | None:
        for name in c.names:
            if len(name.split()) < 2:
                continue
            codes = {row.code for row in table.offices_of(name, day)}
            if len(codes) == 1:
                return codes.pop()
        return None

    return code_of


def out_of_office_code(ctx: ArticleContext, d: ActorDictionary, era: tuple[date, date] | None = None
                       ) -> Callable[[Cluster, str], str | None] | None:
    """For a person the people dictionary codes as a state official (GOV) and the text gives no state title: when
    the dated office-holders table knows their terms and none covers the article's day, the dictionary's code is
    not theirs that day ("Charles Haughey, leader of the Irish party Fianna Fail" a week before he became prime
    minister in 1987). Their party or body from the text if any, else an elite (ELI): a public figure out of office,
    before or after it (a bare country would make them one with their own state). An undated article is read in
    the era of the office holders it names with their titles (era_span): out of office is then never in such an
    office at any time of that era ("Margaret Thatcher" beside "Prime Minister Tony Blair")."""
    from wirecoder.office_holders import office_table

    table = office_table(ctx.resources)
    day = ctx.published.date() if ctx.published is not None else None
    if day is not None:
        era = None
    elif era is None:
        return None

    def in_office(row) -> bool:
        if era is None:
            return row.holds_on(day)
        # undated: in office at some time of the era, in this very kind of office (not as shadow minister)
        return row.start < era[1] and (row.end or date.today()) > era[0]

    def code_of(c: Cluster, code: str) -> str | None:
        if code[3:] != "GOV" or _holds_state_title(c, d):
            return None
        rows = [row for n in _full_names(c) for row in table.terms_of(n) if row.code[:3] == code[:3]]
        terms = [row for row in rows if era is None or row.code == code]
        if any(in_office(row) for row in terms):
            return None
        # another office held then: "David Davis" beside "Culture Secretary Tessa Jowell" is the shadow home
        # secretary of that time (GBROPP), not the minister the dictionary knows him as
        held = next((row.code for row in rows if row.code != code and in_office(row)), None)
        if held is not None or not terms:
            return held
        if c.affiliation and c.affiliation[:3] == code[:3] and c.affiliation != code:
            return c.affiliation
        return code[:3] + "ELI"  # a public figure out of office (before or after it) is an elite in CAMEO

    return code_of


RULING_PARTIES_ENV = "WIRECODER_RULING_PARTIES"


def load_ruling_parties(paths: tuple[Path, ...]) -> dict[str, list[tuple[str, str, date, date]]]:
    """country -> (party, country, from, to) rows of actors/ruling_parties.tsv and the user's files."""
    rows: dict[str, list[tuple[str, str, date, date]]] = {}
    for path in paths:
        for cols in tsv_rows(path, 3):
            if cols[0] == "party":
                continue
            end = date.fromisoformat(cols[3]) if len(cols) > 3 and cols[3].strip() else date.max
            rows.setdefault(cols[1], []).append((cols[0], cols[1], date.fromisoformat(cols[2]), end))
    return rows


def ruling_party_coder(ctx: ArticleContext, d: ActorDictionary, era: tuple[date, date] | None, home: str | None
                       ) -> Callable[[str, str | None], str | None]:
    """(party name, its code) -> GOV when the party governed on the article's day (or, undated, in the era of its
    titled office holders), OPP when another did; the code unchanged for other names, countries without rows,
    articles with no day or era, and parties of another country than the story's HOME ("Finland's Conservative
    Party" is not Britain's)."""
    rows = ctx.resources.cached(f"entities.ruling:{files_from_env(RULING_PARTIES_ENV)}", lambda: load_ruling_parties(
        (data_path("actors/ruling_parties.tsv"), *files_from_env(RULING_PARTIES_ENV))))
    if ctx.published is not None:
        day: date | None = ctx.published.date()
    else:
        day = era[0] + (era[1] - era[0]) / 2 if era is not None else None

    def code_of(name: str, code: str | None) -> str | None:
        if day is None or not code or code[3:] != "PTY" or code[:3] not in rows or (home and code[:3] != home):
            return code
        entry = d.lookup(name)  # "Tories", "Conservatives": the dictionary's name of the party
        names = {name, entry.name} if entry is not None else {name}
        own = [r for r in rows[code[:3]] if r[0] in names]
        if not own:
            return code  # a party the table does not follow (a regional or small party)
        return code[:3] + ("GOV" if any(r[2] <= day < r[3] for r in own) else "OPP")

    return code_of


def _full_names(c: Cluster) -> list[str]:
    """The names of two words or more a person goes by in the text or the dictionary: what the office-holders
    table is looked up by (a surname alone answers for every holder of it)."""
    return [n for n in (*c.names, c.entry.name if c.entry is not None else "") if len(n.split()) >= 2]


def _holds_state_title(c: Cluster, d: ActorDictionary) -> bool:
    for r in c.roles:
        role = d.roles.get(r.lower()) or d.roles.get(r.lower().split()[-1])
        if role is not None and role.sector in ("GOV", "MIL", "JUD") and not role.weak:
            return True
    return False


# title heads a minister is written with alone ("Culture Secretary Tessa Jowell" as "Secretary Tessa Jowell")
SHORT_STATE_TITLES = frozenset({"secretary", "minister"})
# title heads a party's office is written with after the party's name ("Tory leader Michael Howard": the row
# "conservative leader"), of any code
SHORT_PARTY_TITLES = frozenset({"leader"})


def _title_names_office(title: str, row) -> bool:
    """Whether TITLE, as the text writes it, names the office of the office-holders ROW: the office itself, a
    longer title ending with it, the head of a minister's title ("secretary" for "culture secretary", not
    "shadow culture secretary"), or the office without its complement ("chancellor" for "chancellor of the
    exchequer"; not "lord chancellor")."""
    office = row.office
    return (title == office or title.endswith(" " + office)
            or (title in SHORT_STATE_TITLES and office.endswith(" " + title) and row.code.endswith("GOV"))
            or (title in SHORT_PARTY_TITLES and office.endswith(" " + title))
            or office.startswith((title + " of ", title + " for ")))


def era_span(ctx: ArticleContext, d: ActorDictionary, clusters: list[Cluster]) -> tuple[date, date] | None:
    """The time an undated article is of: when every office holder it names with a title of their office ("Prime
    Minister Tony Blair", "Chancellor Gordon Brown", "Tory leader Michael Howard", "shadow chancellor Oliver
    Letwin") held that office together, if the office-holders table knows them and their terms overlap. None
    when the article is dated, no titled holder is known or their terms never overlap."""
    from wirecoder.office_holders import office_table, title_key

    if ctx.published is not None:
        return None
    table = office_table(ctx.resources)
    start, end, known = date.min, date.max, False
    for c in clusters:
        if c.label != "PERSON" or c.group or c.former or not c.roles:
            continue
        titles = {title_key(r) for r in c.roles}
        names = _full_names(c)
        terms = [row for n in names for row in table.terms_of(n) if any(_title_names_office(t, row) for t in titles)]
        if not terms:
            continue
        known = True
        start = max(start, min(row.start for row in terms))
        end = min(end, max(row.end or date.today() for row in terms))
    return (start, end) if known and start < end else None


def build_table(doc: Doc, clusters: list[Cluster], d: ActorDictionary, context_country: str | None,
                main_country: str | None = None,
                roles_at: dict[int, tuple[int, Role, str]] | None = None,
                office_code: Callable[[Cluster], str | None] | None = None,
                legislature_country: str | None = None,
                out_of_office: Callable[[Cluster, str], str | None] | None = None) -> EntityTable:
    """The entities' record. LEGISLATURE_COUNTRY: the country of legislators named without one, over
    MAIN_COUNTRY."""
    table = EntityTable()
    n = 0
    # organisations first: a person working for one may take its code
    codes = {id(c): actor_code(c, d, context_country, main_country) for c in clusters if c.label != "PERSON"}
    for c in sorted(clusters, key=lambda c: c.first):
        if not c.spans:
            continue
        n += 1
        c.id = f"e{n}"
        home, main = context_country, main_country
        if legislature_country and c.label == "PERSON" and (c.sectors or c.honorific_sectors or [None])[0] == "LEG":
            home = main = legislature_country  # "the Leeds Central MP" in a story about a US bidder
        actor, country = codes.get(id(c)) or _employer_code(c, d, codes, home, main) or actor_code(
            c, d, home, main)
        if actor is None and c.label == "PERSON" and not c.group and not c.former and office_code is not None:
            actor = office_code(c)
            country = d.country_of_code(actor) if actor else country
        elif actor and out_of_office is not None and c.label == "PERSON" and c.entry is not None \
                and c.entry.kind == "person" and actor == c.entry.code:
            actor = out_of_office(c, actor) or actor
        spans = sorted(set(c.spans))
        chars = [[doc[s].idx, doc[e - 1].idx + len(doc[e - 1])] for s, e, _ in spans]
        # "Mr Khodorkovsky" is also a mention of the name alone ("Khodorkovsky"), as annotators list it
        chars += [[doc[s + 1].idx, doc[e - 1].idx + len(doc[e - 1])] for s, e, kind in spans
                  if kind in ("name", "surname") and e - s >= 2 and _honorific_at(doc, s, d)]
        if c.label == "PERSON" and roles_at:  # "President Reagan", "Sheikh Saad al-Sabah": the titled name too
            chars += [[doc[roles_at[s - 1][0]].idx, doc[e - 1].idx + len(doc[e - 1])] for s, e, kind in spans
                      if kind in ("name", "surname") and s - 1 in roles_at and roles_at[s - 1][1].kind == "title"
                      and roles_at[s - 1][0] == s - 1 and doc[s - 1].text[:1].isupper()]
        chars = [list(sp) for sp in sorted({tuple(sp) for sp in chars})]
        if actor is None and country and c.label in ("ORG", "PERSON") and not c.group:
            actor = country  # "the British Chambers of Commerce", "Yantai State Asset Management Bureau": of a
            # country the text gives, its sector unknown: the bare country, as CAMEO codes an unknown role
        ent = Entity(id=c.id, name=canonical_name(c, d), type=c.label if c.label in _TYPES else "OTHER",
                     actor=actor, country=country, roles=list(c.roles), mentions=sorted(chars))
        table.entities.append(ent)
        for s, e, kind in spans:
            table.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), c.id, kind, s, e))
    # tokens -> entity: names first, then groups ("Pakistani" stays Pakistan in "Pakistani leaders")
    for c in sorted(clusters, key=lambda c: (c.group, c.first)):
        for s, e, _kind in c.spans if c.id else ():
            for i in range(s, e):
                table.token_entity.setdefault(i, c.id)
    table.mentions.sort(key=lambda mm: mm.start)
    table.__post_init__()
    return table


_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "OTHER"}
