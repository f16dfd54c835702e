"""Who is speaking: turn the speaker token of a cue into a canonical name or a speaker phrase.

Order of evidence: (a) the entity table (canonical name and entity id, pronouns it resolved),
(b) the named entity or the phrase as written ("a senior official", "Pakistani leaders"),
(c) for a pronoun the table left alone, our own fallback: the most recent speaker or name of matching
kind in the sentences before (he/she -> a person, they -> a plural group, it -> an organisation).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.extract.entities import is_former_title, outranked
from wirecoder.resources import data_path

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from wirecoder.extract.base import EntityTable

SINGULAR_PERSON = {"he", "she", "him", "her"}
# indefinite pronouns name no one: they never take an antecedent ("Then someone asked how ...")
INDEFINITE_PEOPLE = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"}
PLURAL = {"they", "them"}
GENERIC_PERSON_NOUNS = {"man", "woman", "person", "guy", "lady", "gentleman", "boy", "girl"}
_MALE, _FEMALE = {"he", "him", "his"}, {"she", "her", "hers"}
_MALE_TITLES, _FEMALE_TITLES = {"mr", "sir", "lord"}, {"ms", "mrs", "miss", "lady", "baroness", "dame"}
OTHER_HONORIFICS = {"dr", "prof", "rev", "mx", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "judge", "justice"}
_PERSONAL_TITLES = _MALE_TITLES | _FEMALE_TITLES  # titles that say he or she
_HONORIFICS = _PERSONAL_TITLES | OTHER_HONORIFICS
NEUTER = {"it"}
NAMESAKE_WINDOW = 80  # tokens: a full name this close before a bare surname says which namesake it is
FIRST_SECOND = {"i", "we", "you", "me", "us"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"}
# heads of a phrase for one unnamed person, besides titles and -man/-woman/-person words
PERSON_HEADS = frozenset({"official", "diplomat", "aide", "source", "adviser", "advisor", "analyst",
                          "economist", "lawyer", "negotiator", "officer", "executive", "envoy", "manager",
                          "expert", "trader", "banker", "dealer", "broker"})
_LOOKAHEAD_SENTENCES = 2  # how far a title told first may wait for its holder's name
_LOOKBACK_SENTENCES = 6
# words that say what kind of document it is, not whose: "press release", "news release", "joint statement"
DOCUMENT_KINDS = {"press", "news", "joint", "written", "official", "formal", "brief", "short", "final"}
ISSUING_VERBS = {"issue", "release", "publish", "send", "put", "present", "submit", "file", "post", "circulate",
                 "distribute", "deliver", "produce"}
PAIR_NOUNS = {"countries", "nations", "sides", "governments", "states"}  # "both countries said"
# documents a body issues to speak: "a ministry statement said" is the ministry speaking
ISSUED_DOCUMENTS = {"statement", "communique", "communiqué", "release", "letter", "message", "memo", "note",
                    "cable", "tweet", "email", "e-mail", "post", "announcement", "declaration"}
# suffixes of agent nouns ("officer", "senator", "economist", "historian", "spokesman", "nominee",
# "consultant", "resident"); "-ment" nouns ("investment", "statement") are not agents by suffix
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man", "men", "woman", "women", "person", "people", "ee", "ant", "ent",
                  "crat", "ic")
SPEAKING_ENT_TYPES = {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC", "WORK_OF_ART", "PRODUCT"}
NON_SPEAKER_ENT_TYPES = {"DATE", "TIME", "MONEY", "ORDINAL", "QUANTITY"}
# pronouns that do not stand for a speaker ("this shows", "which confirmed")
NON_SPEAKER_PRONOUNS = {"this", "that", "these", "which", "what", "whatever", "there", "here",
                        "'s", "\u2019s"}  # "Let's say ...": a supposition, not a report
# "most of whom announced ...": the quantifier speaks for the noun the relative clause hangs on
QUANTIFIERS = {"most", "many", "some", "all", "each", "several", "both", "half", "none", "few", "one", "two", "three"}
BARE_GROUP_WORDS = frozenset(QUANTIFIERS | {"others"})  # "and some suggest ...": part of a group, no named body
AGE_WORDS = {"old", "year-old"}  # "says the 30-year-old": an age names a person
# heads of a description that news uses for sources kept anonymous: never linked to a person named later
# titles one person holds in a body at a time: "the Tory leader" is the one Tory the article named
UNIQUE_TITLES = frozenset({"leader", "chairman", "chairwoman", "chair", "president", "head", "chief", "governor",
                           "mayor", "executive", "director-general", "secretary-general"})
ANONYMOUS_HEADS = frozenset({"official", "source", "spokesman", "spokeswoman", "spokesperson", "diplomat", "aide",
                             "analyst", "insider", "person", "officer", "adviser", "advisor"})
DESCRIPTION_STOP_WORDS = frozenset({"the", "a", "an", "of", "and", "its", "his", "her", "their", "in", "for", "at",
                                    "on", "to", "s", "leading", "senior", "top", "former", "new", "chief", "head"})
NAMED_NEXT_SENTENCES = 2  # how far after a description the person it describes may be named
OWNED_TITLE_REACH = 2  # sentences back an owned title ("his lawyer") may find its holder named
BODY_LOOKBACK_SENTENCES = 12  # how far back "the committee said" looks for the committee's name
LEGAL_FORMS = {"ltd", "inc", "corp", "corporation", "plc", "oy", "ag", "sa", "co", "nv", "bv", "spa", "gmbh",
               "holdings", "group", "llc", "lp", "limited"}
APPOSITION_MARKS = {",", "<", "(", "\u2014", "--"}  # what may stand between a description and its name
# Heads of a partitive subject whose "of" group may carry the speaker's name: "One of the bidders, group LNM, said"
PARTITIVE_HEADS = frozenset({"one", "each", "either", "neither"})


@dataclass
class SpeakerNouns:
    """Common nouns that can head a speaker phrase (``data/speaker_nouns.txt``, plus the role words of
    ``data/actors/roles.tsv``), and agent-suffix words that are not speakers ("cancer")."""

    words: set[str] = field(default_factory=set)
    not_agents: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)  # things that state ("the report"): "it" may be one
    titles: set[str] = field(default_factory=set)  # titles a person holds ("prime minister", "governor")
    bodies: set[str] = field(default_factory=set)  # organisation nouns a name holds ("committee", "agency")
    companies: set[str] = field(default_factory=set)  # nouns for any business ("company", "miner")

    def accepts(self, word: str) -> bool:
        word = word.lower()
        if word in self.words:
            return True
        stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        if word in self.not_agents or stem.endswith("ment"):
            return False
        if stem in self.words:
            return True
        return len(stem) > 3 and stem.endswith(AGENT_SUFFIXES) and stem not in self.not_agents


def read_speaker_nouns(paths: tuple[Path, ...] = ()) -> SpeakerNouns:
    """Read our speaker nouns, the last words of the role phrases, and any user files of our format."""
    nouns = SpeakerNouns()
    for line in data_path("actors/roles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            phrase = cells[0].strip().lower()
            if phrase != "phrase" and phrase.split():
                nouns.words.add(phrase.split()[-1].rstrip("."))
                if len(cells) > 2 and cells[2].strip() == "title":
                    nouns.titles.add(phrase)
    for path in (data_path("speaker_nouns.txt"), *paths):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            word, _, tag = line.strip().lower().partition("\t")
            word = word.strip()
            if not word or word.startswith("#"):
                continue
            if word.startswith("!"):
                nouns.not_agents.add(word[1:])
            else:
                nouns.words.add(word)
                tag = tag.strip()
                if tag == "document":
                    nouns.documents.add(word)
                elif tag == "body":
                    nouns.bodies.add(word)
                elif tag == "company":
                    nouns.companies.add(word)
    nouns.words -= nouns.not_agents
    return nouns


class SpeakerCheck:
    """Whether a token can name a speaker: an entity, a name, a pronoun, a number of people ("64
    percent"), or a common noun for people, an organisation or a document (``SpeakerNouns``)."""

    def __init__(self, table: EntityTable | None, nouns: SpeakerNouns, doc: Doc | None = None) -> None:
        self.table = table
        self.nouns = nouns
        # words of the names in the document: the tagger sometimes reads "Trump" as a common noun
        self.name_words = {t.lower_ for e in (doc.ents if doc is not None else ()) if e.label_ in SPEAKING_ENT_TYPES
                           for t in e if t.is_title or t.is_upper}

    def plausible(self, tok: Token) -> bool:
        if tok.pos_ in ("ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX") or tok.pos_ == "DET" and not (
                tok.lower_ in self.nouns.words or tok.lower_ in ("those", "these")):
            return False  # "The" of "The SVP" (even inside a table entity), "of", "and"
        if self.table is not None and self.table.entities and self.table.at_token(tok.i) is not None:
            return True
        low = tok.lower_
        if low == "%" and any(c.like_num for c in tok.children):
            return True  # "69% of over-55s say": a share of people, as "69 percent"
        if not any(ch.isalpha() for ch in tok.text) and not tok.like_num or tok.tag_ in ("PRP$", "POS"):
            return False  # "'s", a possessive: the owner of something, not a speaker
        if low in AGE_WORDS or low.endswith(("-year", "-year-old")):
            return True  # "says the 30-year-old" (which the NER tags as a date)
        if tok.ent_type_ in NON_SPEAKER_ENT_TYPES:
            return False
        if tok.like_num or tok.ent_type_ in ("CARDINAL", "PERCENT"):
            return not _year_like(tok.text)  # "64 percent", "Six in 10" (voters); "2016" is a date
        if tok.ent_type_ in SPEAKING_ENT_TYPES:
            return tok.pos_ != "VERB"
        if tok.pos_ == "PRON" and low != "those" or low in SINGULAR_PERSON | PLURAL | NEUTER | FIRST_SECOND:
            return low not in NON_SPEAKER_PRONOUNS
        if tok.pos_ == "PROPN" or (tok.is_title or tok.is_upper) and low in self.name_words:
            return True  # a name the tagger missed
        if tok.is_title and tok.tag_ in ("NN", "NNS") and not any(c.dep_ in ("det", "poss") for c in tok.children):
            return True  # "Trump accused ..." with "Trump" tagged a common noun: a bare capitalised subject
        if low == "those" and any(True for _ in tok.children):
            return True  # "those close to him"
        if tok.pos_ != "NOUN":  # the agent suffixes are for nouns ("better", "later" are not speakers)
            if low in self.nouns.words or tok.lemma_.lower() in self.nouns.words:
                return True
        elif self.nouns.accepts(tok.lemma_) or self.nouns.accepts(low):
            return True
        # "the election, Minyon Moore, a senior adviser, called ...": the parse's subject has the
        # speaker as its apposition
        return any(c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN") and self.plausible(c) for c in tok.children)


def _year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


@dataclass
class Speaker:
    name: str
    entity_id: str | None
    kind: str  # person | plural | org | document | other


@dataclass
class _Candidate:
    token_pos: int  # token index of the mention
    speaker: Speaker
    is_subject: bool
    from_quote: bool
    unnamed_body: bool = False  # "a parliamentary commission": an antecedent, but no rival of a quote's speaker


class SpeakerResolver:
    """Resolves speakers of one document; remembers resolved speakers for later pronouns."""

    def __init__(self, doc: Doc, table: EntityTable, quoted: set[int] | None = None,
                 not_names: set[str] | None = None, check: SpeakerCheck | None = None) -> None:
        self.doc = doc
        self.check = check  # plural subjects that cannot speak are no antecedents of "they"
        self.not_names = not_names or set()  # words never part of a name ("Says" in a headline)
        self.table = table
        self.quoted = quoted or set()  # tokens inside quote marks: never antecedents of a speaker
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_starts: list[int] = []
        for si, sent in enumerate(doc.sents):
            self.sent_starts.append(sent.start)
            for i in range(sent.start, sent.end):
                self.sent_of[i] = si
        self.ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.person_texts = {_clean_name(e.text) for e in doc.ents if e.label_ == "PERSON"}
        self.full_names = self._full_person_names()
        self.namesakes = self._namesakes()
        # mentions by sentence: names and plural subject phrases seen in the text
        self.by_sentence: list[list[_Candidate]] = [[] for _ in self.sent_starts]
        # organisations named in apposition to a description ("the Iranian news agency IRNA"): the
        # description's table entity and its head noun stand for the name
        self.said_spans: list[tuple[int, int]] = []  # what the quotes resolved so far say (characters)
        self.named_for: dict[str, Speaker] = {}
        self.aliases: list[tuple[int, str, Speaker]] = []  # (token of the description, head noun, name)
        self._index_mentions()

    # -- names ----------------------------------------------------------------------------------
    def _full_person_names(self) -> dict[str, str]:
        """Surname (lower) -> the longest PERSON name ending with it in the document."""
        names: dict[str, str] = {}
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            end = ent.end
            # the tagger often cuts a long name short ("Shah Mehmood" + "Qureshi"): extend over
            # directly following proper nouns that no other PERSON name covers
            while (end < len(doc) and end - ent.start < 5 and doc[end].pos_ == "PROPN" and doc[end].is_title
                   and doc[end].lower_ not in self.not_names):
                other = self.ent_of.get(end)
                if other is not None and other.label_ == "PERSON":
                    break
                end += 1
            text = _clean_name(doc[ent.start:end].text)
            last = text.split()[-1].lower() if text.split() else ""
            if last and len(text) > len(names.get(last, "")):
                names[last] = text
        return names

    def _namesakes(self) -> dict[str, dict[str, list]]:
        """Surname (lower) -> given name (lower) -> [full name as longest written, mentions, mentions as a
        subject, their first tokens]
        for the PERSON names written in full: "Jeb Bush" and "George W. Bush" are two men."""
        out: dict[str, dict[str, list]] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or ent.root.i in self.quoted:
                continue
            words = [w for w in _clean_name(ent.text).split() if not _is_honorific(w)]
            if len(words) < 2 or not (words[0][:1].isupper() and words[0][1:].islower()):
                continue  # (not "AG Mukasey", "J. Smith": no given name to tell two people apart)
            entry = out.setdefault(words[-1].lower(), {}).setdefault(words[0].lower(), [" ".join(words), 0, 0, []])
            entry[0] = max(entry[0], " ".join(words), key=len)
            entry[1] += 1
            entry[2] += ent.root.dep_ in ("nsubj", "nsubjpass")
            entry[3].append(ent.start)
        return {k: v for k, v in out.items() if len(v) > 1}

    def _dominant_namesake(self, tok: Token, name: str) -> str | None:
        """The man or woman a bare surname ("Bush said", "Mr. Bush said") stands for when the article
        names two people of that surname in full: the one named in full just before, else the one it
        names most (then most as a subject).
        None when the surname is not shared or TOK's own name is written in full."""
        words = name.split()
        groups = self.namesakes.get(words[-1].lower()) if words else None
        if not groups or tok.pos_ != "PROPN" or tok.lower_ != words[-1].lower():
            return None  # ("the former president": the table's resolution of a title stands)
        span = self.ent_of.get(tok.i)
        # (spaCy leaves role words out of a PERSON name: "former President [Bill Clinton]")
        written = [w for w in _clean_name(span.text if span is not None else tok.text).split() if not _is_honorific(w)]
        given = [c for c in tok.children if c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON" and c.i < tok.i
                 and not _is_honorific(c.text)]
        if len(written) > 1 or given:
            return None  # "former President Bill Clinton": the name is written in full
        honorific = self.doc[tok.i - 1].lower_.rstrip(".") if tok.i > 0 else ""
        if honorific in _PERSONAL_TITLES:  # "Mrs. Clinton": not the namesake called "he"
            pronoun = "he" if honorific in _MALE_TITLES else "she"
            groups = {k: g for k, g in groups.items() if self._namesake_fits(g[0], pronoun)}
            if not groups:
                return None
        # the one named in full in the last few sentences; else the one the article names most
        recent = [(max(i for i in g[3] if i < tok.i), g[0]) for g in groups.values()
                  if any(tok.i - NAMESAKE_WINDOW <= i < tok.i for i in g[3])]
        if recent:
            return max(recent)[1]
        return max(groups.values(), key=lambda g: (g[1], g[2]))[0]

    def _namesake_fits(self, name: str, pronoun: str) -> bool:
        """Whether the table's person called NAME may be called PRONOUN (unknown people may)."""
        ent = next((e for e in self.table.entities if e.type == "PERSON" and e.name == name), None)
        if ent is None:
            return True
        return self._gender_fits(Speaker(ent.name, ent.id, "person"), pronoun)

    def canonical_person(self, name: str) -> str:
        """The fullest form of a person's name in the document ("Pompeo" -> "Mike Pompeo"), allowing
        a misspelt surname ("Quereshi" -> "Shah Mehmood Qureshi")."""
        return self.person_name(name) or _clean_name(name)

    def person_name(self, name: str) -> str | None:
        """The full PERSON name NAME refers to, or None when no person in the document has its surname."""
        words = _clean_name(name).split()
        if not words:
            return None
        last = words[-1].lower()
        full = self.full_names.get(last)
        if (full is None or len(full.split()) == 1) and len(last) > 4:
            longer = [k for k, v in self.full_names.items() if len(v.split()) > 1]
            close = difflib.get_close_matches(last, longer, n=1, cutoff=0.85)
            if close:
                full = self.full_names[close[0]]
        if full is None:
            return None
        own = [w for w in words[:-1] if w[:1].isupper() and not w.endswith(".")]
        if own and own[-1].lower() not in full.lower().split() and self._names_a_person(name):
            return _clean_name(name)  # "Jeb Bush" is not "George W. Bush": another given name, another man
        return full

    def _names_a_person(self, name: str) -> bool:
        """Whether NAME is the text of a PERSON name in the document (not "the Washington Post Trump")."""
        return _clean_name(name) in self.person_texts

    def _index_mentions(self) -> None:
        for ent in self.doc.ents:
            kind = {"PERSON": "person", "ORG": "org"}.get(ent.label_)
            if kind is None:
                continue
            head = ent.root
            if head.i in self.quoted:
                continue
            known = self.table.at_token(head.i) if self.table is not None and self.table.entities else None
            if known is not None and known.type in ("PERSON", "ORG") and known.name[:1].isupper():
                kind = _kind_of_type(known.type)  # the table knows better ("Neste Oy" tagged a person)
            name = self.canonical_person(ent.text) if kind == "person" else _clean_name(ent.text)
            cand = _Candidate(head.i, Speaker(name, None, kind), head.dep_ in ("nsubj", "nsubjpass"), False)
            self.by_sentence[self.sent_of[head.i]].append(cand)
        # organisations the table found that the tagger did not ("The commission, an independent body, ...");
        # one the table kept as a description ("the Japanese car maker") is the organisation it describes
        described: list[tuple[Token, Speaker | None, bool]] = []
        for m in self.table.mentions if self.table is not None else ():
            ent = self.table.get(m.entity_id)
            if ent is None or ent.type != "ORG" or m.kind not in ("name", "nominal") or m.token_end <= m.token_start:
                continue
            head = self.doc[m.token_start:m.token_end].root
            if head.i in self.ent_of or head.i in self.quoted or head.dep_ not in ("nsubj", "nsubjpass"):
                continue
            described.append((head, Speaker(ent.name, ent.id, "org"), _proper_name(ent.name)))
        bodies = self.check.nouns.bodies | self.check.nouns.companies if self.check is not None else set()
        for tok in self.doc:
            if tok.pos_ == "NOUN" and tok.lower_ in bodies and tok.i not in self.quoted:
                named = self._appositive_org(tok)
                if named is not None:
                    self.aliases.append((tok.i, tok.lower_, named))
                    known = self.table.at_token(tok.i) if self.table is not None and self.table.entities else None
                    if known is not None and known.type == "ORG" and not _proper_name(known.name):
                        self.named_for[known.id] = named
            if tok.pos_ == "PROPN" and tok.dep_ == "nsubj" and tok.is_title and tok.i not in self.ent_of:
                if tok.i not in self.quoted:  # a name the tagger missed: "Rubio disagreed."
                    # ("The Planning Minister didn't ...": a title, whose holder the article names)
                    title = self.check is not None and tok.lower_ in self.check.nouns.titles
                    named = self._title_holder(tok) if title else Speaker(self.canonical_person(tok.text), None, "person")
                    if named is not None:
                        self.by_sentence[self.sent_of[tok.i]].append(_Candidate(tok.i, named, True, False))
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.tag_ in ("NNS", "NNPS")
                and tok.i not in self.ent_of
                and tok.i not in self.quoted
                and (self.check is None or self.check.plausible(tok))
            ):
                phrase = self.phrase(tok)
                cand = _Candidate(tok.i, Speaker(phrase, None, "plural"), True, False)
                self.by_sentence[self.sent_of[tok.i]].append(cand)
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN" and tok.lower_ in bodies and tok.i not in self.quoted \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    and (self.table is None or self.table.at_token(tok.i) is None):
                described.append((tok, None, False))  # "the Korean shipbuilder has sought loans ... it said"
            if tok.dep_ == "nsubj" and tok.tag_ == "NN" and tok.lower_ in bodies and tok.i not in self.ent_of \
                    and tok.i not in self.quoted and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
                    and (self.table is None or self.table.at_token(tok.i) is None):
                # "a parliamentary commission has ruled ... They say": an unnamed body is an antecedent too
                self.by_sentence[self.sent_of[tok.i]].append(_Candidate(tok.i, Speaker(self.phrase(tok), None, "org"),
                                                                        True, False, True))
            if (
                tok.dep_ == "nsubj"
                and tok.tag_ == "NN"
                and self.check is not None
                and tok.lemma_.lower() in self.check.nouns.documents
                and tok.i not in self.ent_of
                and tok.i not in self.quoted
            ):
                # "The report found that ... It said ...": the document is what "it" stands for
                cand = _Candidate(tok.i, Speaker(self.phrase(tok), None, "document"), True, False)
                self.by_sentence[self.sent_of[tok.i]].append(cand)
        for head, speaker, proper in described:  # (after the aliases: "the agency" may stand for an apposition's name)
            named = None if proper else self._named_org_for(head)
            if named is not None or speaker is not None:
                self.by_sentence[self.sent_of[head.i]].append(_Candidate(head.i, named or speaker, True, False))

    def phrase(self, tok: Token) -> str:
        """The speaker phrase as written: the noun phrase up to the first comma, dash, bracket or
        relative clause ("a count by The Associated Press", "a senior official")."""
        doc = self.doc
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        for i in range(tok.i + 1, hi):
            t = doc[i]
            if t.text in (",", "(", "\u2014", "\u2013", "--", ";", ":") or t.dep_ == "relcl" or t.is_space \
                    or t.tag_ in ("WP", "WDT", "WP$"):
                hi = i
                break
            if t.dep_ in ("relcl", "acl") and t.head.i == tok.i and (t.tag_ != "VBN" or t.lower_ in self.not_names):
                hi = i  # (a participle phrase stays, "a poll released by ...", unless it is the cue itself)
                break
        for i in range(tok.i - 1, lo - 1, -1):  # "The Latest" time stamps and line breaks glued in front
            t = doc[i]
            if t.is_space or t.text in (",", "\u2014", "--", ":") or t.ent_type_ in ("TIME", "DATE") and t.head.i != tok.i \
                    and bool(t.whitespace_):  # (not the "30" of "the 30-year-old")
                lo = i + 1
                break
        hi = min(hi, lo + 20, len(doc))
        while hi - 1 > tok.i and (doc[hi - 1].ent_type_ in ("DATE", "TIME") or doc[hi - 1].is_punct
                                  or doc[hi - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")):
            hi -= 1  # "Trump this week said", "a poll released on Monday"
        if hi <= tok.i:
            hi = tok.i + 1
        return _clean_name(doc[lo:hi].text)

    # -- resolution -------------------------------------------------------------------------------
    def resolve(self, tok: Token, content: tuple[int, int] = (0, 0)) -> Speaker:
        """The speaker named by TOK, the head of the subject of a cue (or the object of 'according to').
        CONTENT is the character span of what is said: names inside it do not say it."""
        low = tok.lower_
        group = self._group_of_relative(tok)
        if group is not None:
            return Speaker(f"{tok.text} of {self.phrase(group)}", None, "plural")
        if low in ("those", "these") and any(True for _ in tok.children):
            return Speaker(self.phrase(tok), None, "plural")  # "those close to him": the phrase says who
        if low in BARE_GROUP_WORDS and not any(True for _ in tok.children):
            group = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if group is not None and group.tag_ in ("NNS", "NNPS") and not content[0] <= group.idx < content[1]:
                return Speaker(f"{tok.text} {group.text}", None, "plural")  # "some analysts" the parser split
            return Speaker(tok.text, None, "plural")  # "and some suggest ...": some of a group, no named body
        if low == "another" and not any(True for _ in tok.children):
            other = self._another_of(tok)
            if other is not None:
                return other
        if tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass") and low in SINGULAR_PERSON | PLURAL | NEUTER:
            recent = self._last_quote_speaker(tok, content) or self._nominal_continuation(tok)
            if recent is not None:
                return recent
        named = (self._titled_person_at_end(tok) or self._appositive_name(tok) or self._name_after_title(tok)
                 or self._named_body(tok) or self._named_org_for(tok)
                 or self._surname_of_named(tok) or self._short_org_name(tok))
        if named is not None:
            return named
        titled = self._title_holder(tok) or self._named_next(tok) or self._aged_person(tok)
        if titled is not None:
            return titled
        issuer = self._issuer_of_statement(tok) or self._document_author(tok)
        if issuer is not None:
            return issuer
        pair = self._pair_of_countries(tok)
        if pair is not None:
            return pair
        if low in GENERIC_PERSON_NOUNS and tok.tag_ == "NN":
            # "the man shouted": news names known people by name or title; a bare "the man" is mostly
            # someone unnamed, and linking it to the last named man is the commonest wrong guess
            return Speaker(self.phrase(tok), None, "person")
        ent = self._table_entity(tok)
        if ent is not None and tok.pos_ == "PRON" and not _proper_name(ent.name):
            # the table took "he" for a title it kept as a person ("speaker of the Iranian Parliament"):
            # a named antecedent of our own is better
            found = self._pronoun_antecedent(tok, content)
            if found is not None:
                return found
        if ent is not None:
            if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in ent.name.lower():
                # "Republicans say": the members speak, not the party the table links them to
                return Speaker(self.phrase(tok), ent.id, "plural")
            if tok.pos_ == "NOUN" and ent.type != "PERSON" and tok.tag_ == "NN" and self._person_head(tok):
                # "another MITI official", "an M&S spokesman": an unnamed person of the body, not the body;
                # "the LDP official" after "Masayoshi Ito (of the LDP) said": the one quoted just before
                return (self._member_quoted_before(tok, ent) or self._sole_head_of(tok, ent)
                        or Speaker(self.phrase(tok), ent.id, "other"))
            if tok.pos_ == "NOUN" and ent.type != "PERSON" and (tok.tag_ == "NNS" or ent.name.lower() == low):
                # "Officials at Homeland Security Investigations", "Many lawmakers", "The commission": a
                # group speaks as written (the table's name for it is only the head noun)
                return Speaker(self.phrase(tok), ent.id, "plural" if tok.tag_ == "NNS" else "org")
            name = self._without_cue_words(ent.name) if ent.type == "PERSON" else ent.name
            if ent.type == "PERSON":
                other = self._other_namesake(tok, name) or self._dominant_namesake(tok, name)
                if other is not None and other != name:
                    same = next((e.id for e in self.table.entities if e.type == "PERSON" and e.name == other), None)
                    return Speaker(other, same, "person")
            return Speaker(name, ent.id, _kind_of_type(ent.type))
        if tok.pos_ == "PRON" or low in SINGULAR_PERSON | PLURAL | NEUTER | FIRST_SECOND:
            if low in INDEFINITE_PEOPLE:
                return Speaker(self.phrase(tok), None, "person")  # "Then someone asked ...": no one named before
            if low in FIRST_SECOND:
                return Speaker(tok.text, None, "person")
            found = self._pronoun_antecedent(tok, content) or self._named_after(tok)
            if found is not None:
                return found
            return Speaker(tok.text, None, "plural" if low in PLURAL else "other")
        # an apposition that is a person names the speaker better than a title ("the minister, X, said")
        own = self.ent_of.get(tok.i)
        for child in tok.children if own is None or own.label_ != "PERSON" else ():
            if child.dep_ == "appos" and self.ent_of.get(child.i) is not None:
                if self.ent_of[child.i].label_ == "PERSON":
                    return self.resolve(self.ent_of[child.i].root)
        if any(c.dep_ == "conj" for c in tok.children):
            return Speaker(self.phrase(tok), None, "plural")  # "Bush and his rivals"
        span = self.ent_of.get(tok.i)
        titled_name = self._titled_name(tok, span)
        if titled_name is not None:
            return titled_name
        if tok.pos_ == "PROPN" and (span is None or span.label_ in ("PERSON", "ORG")):
            # spaCy often labels a lone surname ORG: a person with that surname in the article wins
            person = self.person_name(span.text if span is not None else tok.text)
            if person is not None:
                return Speaker(person, None, "person")
        if span is not None and span.label_ in NAME_LABELS:
            if span.label_ == "PERSON":
                return Speaker(self.canonical_person(span.text), None, "person")
            kind = "org" if span.label_ in ("ORG", "WORK_OF_ART", "PRODUCT") else "other"
            if tok.tag_ in ("NNS", "NNPS"):
                kind = "plural"
            # a NORP/GPE modifier is not the speaker itself ("Pakistani leaders")
            if span.root.i == tok.i or span.label_ in ("PERSON", "ORG"):
                return Speaker(_clean_name(span.text), None, kind)
        kind = "plural" if tok.tag_ in ("NNS", "NNPS") else "other"
        return Speaker(self.phrase(tok), None, kind)

    def _surname_of_named(self, tok: Token) -> Speaker | None:
        """A lone surname the table took for a place or body ("Kingston said" after "David Kingston"): the
        person named in full before it."""
        if tok.pos_ != "PROPN" or not self.table.entities or any(c.dep_ in ("compound", "flat") for c in tok.children):
            return None
        ent = self.table.at_token(tok.i)
        if ent is None or ent.type not in ("GPE", "ORG", "LOC") or ent.name != tok.text:
            return None
        person = self._table_person(f"x {tok.text}")
        if person is None or not any(m.entity_id == person.id and m.token_start < tok.i for m in self.table.mentions):
            return None
        return Speaker(person.name, person.id, "person")

    def _short_org_name(self, tok: Token) -> Speaker | None:
        """A company called by the first word of its name ("Emperor said" after "Emperor Mines Ltd said"):
        the organisation quoted or named before under the full name."""
        if tok.pos_ != "PROPN" or not tok.is_title or any(c.dep_ in ("compound", "flat") for c in tok.children):
            return None
        span = self.ent_of.get(tok.i)
        if span is not None and (span.label_ == "PERSON" or len(span) > 1) or tok.lower_ in self.full_names:
            return None  # ("Trump asserts": the man, not Trump University)
        known = self.table.at_token(tok.i) if self.table.entities else None
        if known is not None and known.type == "PERSON":
            return None
        found: Speaker | None = None
        for sent in self.by_sentence[:self.sent_of[tok.i] + 1]:
            for c in sent:
                words = c.speaker.name.split()
                if c.token_pos < tok.i and c.speaker.kind == "org" and len(words) > 1 and words[0] == tok.text \
                        and any(w.lower().strip(".,<>") in LEGAL_FORMS for w in words[1:]):
                    found = c.speaker
        if found is None and self.table.entities:
            for e in self.table.entities:
                words = e.name.split()
                if e.type == "ORG" and len(words) > 1 and words[0] == tok.text and _business(e):
                    found = Speaker(e.name, e.id, "org")
        return found

    def _titled_person_at_end(self, tok: Token) -> Speaker | None:
        """A body's name heading a subject that ends with a title and a person ("Commission for Racial
        Equality chairman Trevor Phillips said", parsed with the person inside an of/for phrase of the
        body): the person speaks, not the body."""
        own = self.ent_of.get(tok.i)
        if tok.pos_ != "PROPN" or tok.right_edge.i - tok.i < 2 or own is not None and own.label_ == "PERSON":
            return None
        last = self.doc[tok.right_edge.i]
        span = self.ent_of.get(last.i)
        if span is None or span.label_ != "PERSON" or span.end - 1 != last.i or span.start <= tok.i + 1:
            return None
        title = self.doc[span.start - 1]
        if title.pos_ != "NOUN" or not self._person_head(title) or any(
                t.dep_ == "appos" for t in self.doc[tok.i:span.start]):
            return None  # ("Dmitry Lukashov, an analyst with brokerage Aton": a body after an apposition)
        ent = self.table.at_token(last.i)
        if ent is not None and ent.type == "PERSON":
            return Speaker(ent.name, ent.id, "person")
        return Speaker(self.canonical_person(span.text), None, "person")

    def _name_after_title(self, tok: Token) -> Speaker | None:
        """A name written right after a title that the parser did not read as one ("Foreign Ministry
        spokesman Per Paust told", "Per" taken for the preposition): two or three capitalised words."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not self._person_head(tok):
            return None
        words = [w for w in self.doc[tok.i + 1:tok.right_edge.i + 1]]
        if not 2 <= len(words) <= 3 or not all(w.is_alpha and w.text[:1].isupper() and w.text[1:].islower()
                                               for w in words):
            return None
        if any(w.ent_type_ in ("GPE", "NORP", "LOC") or w.i in self.quoted for w in words):
            return None
        known = [self.table.at_token(w.i) for w in words] if self.table.entities else []
        if any(e is not None and e.type != "PERSON" and e.actor for e in known):
            return None  # a body the dictionary knows ("spokesman Air France"), not a name
        return Speaker(self.canonical_person(" ".join(w.text for w in words)), None, "person")

    def _titled_name(self, tok: Token, span: Span | None) -> Speaker | None:
        """A person's name after a title that the tagger read as something else ("General Guven Ergenc"
        labelled a work of art): the name without the title, as a person."""
        if tok.pos_ != "PROPN" or span is None or span.label_ in ("PERSON", "GPE", "NORP", "LOC") or span.root.i != tok.i:
            return None
        words = span.text.split()
        lead = 0
        while lead < len(words) - 1 and self._is_title_word(words[lead]):
            lead += 1
        rest = words[lead:]
        if not lead or not 2 <= len(rest) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in rest):
            return None
        return Speaker(self.canonical_person(" ".join(rest)), None, "person")

    def _appositive_name(self, tok: Token) -> Speaker | None:
        """The person named in apposition to a title or description ("The Turkish economics minister,
        Ali Babacan, said", "Reagan's National Security Adviser, Frank Carlucci added"): the name, not
        the role (the parser may read the comma-joined name as a conjunct)."""
        own = self.ent_of.get(tok.i)
        if tok.pos_ not in ("NOUN", "PROPN") or own is not None and own.label_ == "PERSON":
            return None
        if tok.pos_ == "PROPN" and not (self.table.at_token(tok.i) is not None
                                        and self.table.at_token(tok.i).type == "PERSON"):
            return None  # ("Pakistan, India said"): a name next to a name is a list
        if any(c.dep_ == "cc" for c in tok.children):
            return None  # "the minister and Ali Babacan": two speakers
        for child in tok.children:
            if child.i <= tok.i + 1 or child.dep_ not in ("appos", "conj") or child.pos_ != "PROPN":
                continue
            if self.doc[child.left_edge.i - 1].text != ",":
                continue
            words = [t for t in self.doc[child.left_edge.i:child.i + 1]]
            if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
                continue
            if any(self.ent_of.get(t.i) is not None and self.ent_of[t.i].label_ in ("GPE", "NORP", "LOC")
                   for t in words):
                continue
            ent = self.table.at_token(child.i)
            if ent is not None and ent.type == "PERSON":
                return Speaker(ent.name, ent.id, "person")
            span = self.ent_of.get(child.i)
            if span is None or span.label_ in ("PERSON", "ORG") and len(words) > 1:
                return Speaker(self.canonical_person(" ".join(t.text for t in words)), None, "person")
        return None

    def _named_body(self, tok: Token) -> Speaker | None:
        """An organisation named in apposition to its description: "The Iranian news agency IRNA said",
        "the world's largest package delivery company, UPS, said", "Fiji gold miner <Emperor Mines Ltd>
        said" -> the name."""
        if tok.pos_ == "NUM" or tok.lower_ in PARTITIVE_HEADS:
            # "One of the jilted bidders, Netherlands-based group LNM, said": the group named among them
            group = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            return self._appositive_org(group, extra=tok) if group is not None else None
        if tok.pos_ != "NOUN":
            return None
        return self._appositive_org(tok)

    def _appositive_org(self, tok: Token, extra: Token | None = None) -> Speaker | None:
        """The organisation name set in apposition right after the common noun TOK, if any (the parser may
        hang it on EXTRA, the head of a partitive "One of TOK")."""
        doc = self.doc
        names = [c for c in tok.children if c.dep_ == "appos"]
        if extra is not None:
            names += [c for c in extra.children if c.dep_ == "appos" and c.i > tok.i]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.dep_ == tok.dep_ and nxt.head.i == tok.head.i and nxt.head.i != nxt.i:
            names.append(nxt)  # "The Kenyan news agency KNA said" parsed as two subjects
        for child in names:
            if child.pos_ != "PROPN" or not 0 < child.left_edge.i - tok.i <= 3:
                continue
            if any(doc[k].text not in APPOSITION_MARKS for k in range(tok.i + 1, child.left_edge.i)):
                continue
            words = list(doc[child.left_edge.i:child.i + 1])
            if any(w.text == "<" for w in words[1:]):  # "Neste Oy <NEOY.HE>": the name, not its ticker
                words = words[:next(k for k, w in enumerate(words) if w.text == "<")]
            words = [w for w in words if w.text not in APPOSITION_MARKS]
            name_start = len(words)
            while name_start > 0 and words[name_start - 1].pos_ == "PROPN":
                name_start -= 1
            if 0 < name_start < len(words) and words[name_start - 1].pos_ == "NOUN":
                words = words[name_start:]  # "Netherlands-based group LNM": the name after its description
            if not words or not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words):
                continue
            ent = self.table.at_token(child.i) if self.table is not None and self.table.entities else None
            span = self.ent_of.get(child.i)
            if ent is not None and ent.type == "PERSON" or span is not None and span.label_ in (
                    "PERSON", "GPE", "NORP", "LOC", "DATE"):
                continue  # a person ("the minister, Ali Babacan") or a place is no organisation's name
            if ent is not None and ent.type == "ORG" and _proper_name(ent.name):
                return Speaker(ent.name, ent.id, "org")
            return Speaker(_clean_name(" ".join(w.text for w in words).strip("<> ")), None, "org")
        return None

    def _named_org_for(self, tok: Token) -> Speaker | None:
        """The organisation a description stands for ("the committee said", "The US company said", "The
        agency said" after "the Iranian news agency IRNA"): the latest named organisation before it whose
        name holds the noun, or that was named in apposition to such a noun, or for a business noun the
        latest business; a country modifier must fit ("The US company")."""
        if self.check is None or tok.tag_ != "NN" or self.table is None or not self.table.entities:
            return None
        low = tok.lower_
        nouns = self.check.nouns
        if low not in nouns.bodies and low not in nouns.companies:
            return None
        if any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "relcl" and not self._set_off(c)
               for c in tok.children):
            return None  # "the committee of inquiry", "a company which ...": a new description
            # (not "The firm, which last year made new finds, said": a comment on the one named)
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
            return None  # "a company said": someone not named
        ent = self.table.at_token(tok.i)
        if ent is not None and ent.id in self.named_for:
            return self.named_for[ent.id]
        if ent is not None and (ent.type != "ORG" or _proper_name(ent.name)):
            return None  # the table linked it to a named body: that stands
        country = self._modifier_country(tok)
        since = self.sent_starts[max(0, self.sent_of[tok.i] - BODY_LOOKBACK_SENTENCES)]
        best: tuple[float, int, Speaker] | None = None
        for pos, head, named in self.aliases:  # (a name given in apposition holds for the whole article)
            if pos < tok.i and head == low:
                best = max(best or (0, -1, named), (2, pos, named), key=lambda b: (b[0], b[1]))
        for m in self.table.mentions:
            if not since <= m.token_start < tok.i or m.token_start in self.quoted or m.kind not in ("name", "surname"):
                continue
            e = self.table.get(m.entity_id)
            if e is None or e.type != "ORG" or not _proper_name(e.name):
                continue
            if country and e.actor and not e.actor.startswith(country):
                continue
            words = {w.lower().strip(".,") for w in e.name.split()}
            # (an organisation the dictionary does not code may be a business too, "Shares in Cairn Energy
            # rose ... The firm said": it serves when no coded business is near)
            rank = 2 if low in words else 1 if low in nouns.companies and _business(e) \
                else 0.5 if low in nouns.companies and not e.actor and not words & nouns.bodies else 0
            if rank and (best is None or (rank, m.token_start) > (best[0], best[1])):
                best = (rank, m.token_start, Speaker(e.name, e.id, "org"))
        return best[2] if best is not None else None

    def _set_off(self, clause: Token) -> bool:
        """Whether CLAUSE opens after a comma (a non-restrictive relative clause)."""
        return clause.left_edge.i > 0 and self.doc[clause.left_edge.i - 1].text == ","

    def _modifier_country(self, tok: Token) -> str | None:
        """The actor code of a country modifying TOK ("The US company", "Britain's biggest bank")."""
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < tok.i and c.ent_type_ in ("GPE", "NORP"):
                ent = self.table.at_token(c.i)
                if ent is not None and ent.actor and ent.type == "GPE":
                    return ent.actor[:3]
        return None

    def _title_holder(self, tok: Token) -> Speaker | None:
        """The person a definite title stands for ("the prime minister said", "the Tory leader argued"):
        the person of the article who holds that title, else the person last quoted if no one else in
        the article holds it ("Tony Blair has said ... The prime minister said ...")."""
        if self.check is None or tok.tag_ != "NN" and not (tok.tag_ == "NNP" and tok.lower_ in self.check.nouns.titles):
            return None  # ("The Planning Minister": a capitalised title is a title still)
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        written = " ".join([c.lower_ for c in modifiers] + [tok.lower_])
        titles = self.check.nouns.titles
        if tok.lower_ not in titles and written not in titles:
            return None
        # "his chief spokesman" is definite too: whose is the one named next ("White House spokesman Marlin
        # Fitzwater"); "the ambassador to the U.S." is still a title
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        # "A British minister said ... Corporate Affairs Minister Michael Howard said": a lead's indefinite
        # title is the person the next sentences name with it, unless the phrase keeps them anonymous
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and not any(
            c.dep_ == "relcl" for c in tok.children)
        if not owned and not indefinite and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any((c.dep_ == "poss" and c.pos_ != "PRON") or c.dep_ == "appos"
               or (c.dep_ == "prep" and c.lower_ != "to") or c.ent_type_ == "PERSON" for c in tok.children):
            return None  # "the minister of X", "Iran's president": the phrase says whose
        ent = self.table.at_token(tok.i) if self.table.entities else None
        if ent is not None and ent.type == "PERSON" and ent.name.lower().split()[-1:] != [tok.lower_]:
            return None  # the table linked it to someone
        # (a title linked to a body, "the Tory leader" -> the party, is a person of that body: the holder)
        linked_to_body = ent is not None and ent.type != "PERSON"
        # (a nationality says whose, not which office: "a British minister" may be the Corporate Affairs Minister)
        words = {c.lower_ for c in modifiers if c.ent_type_ not in ("NORP", "GPE")}
        holders: list[tuple[int, object]] = []
        named_next: list[object] = []
        others = rival_near = False
        bound = self._objects_of_own_verb(tok)
        for e in self.table.entities:
            if e.type != "PERSON" or e is ent or not e.name[:1].isupper() or e.id in bound:
                continue
            if any(r.lower().split()[-1:] == [tok.lower_] for r in e.roles):
                if e.name.lower().split()[-1:] == [tok.lower_]:
                    continue  # a role entity without a name
                # "the Tory leader" fits a "leader"; "the foreign minister" does not fit an "interior minister";
                # "the prime minister" does not fit a deputy prime minister or a former one
                ranked = [r for r in e.roles if not outranked(r, words) and not is_former_title(r)]
                fits = bool(ranked) and (not words or any(
                    words & set(r.lower().split()) or len(r.split()) == 1 for r in ranked))
                starts = [m.token_start for m in self.table.mentions if m.entity_id == e.id]
                first = min(starts, default=len(self.doc))
                soon = first < len(self.doc) and (
                    self.sent_of[first] - self.sent_of[tok.i] in range(1, _LOOKAHEAD_SENTENCES + 1))
                if fits and first < tok.i and owned and self.sent_of[tok.i] - self.sent_of[
                        max(k for k in starts if k < tok.i)] > OWNED_TITLE_REACH:
                    others = True  # "His lawyer said" paragraphs after Clinton's lawyer was named: someone else's
                elif fits and first < tok.i:
                    holders.append((first, e))
                elif fits and soon:
                    named_next.append(e)
                else:
                    others = True
                    rival_near = rival_near or first < tok.i or soon  # (one named only much later does not compete)
        if holders and indefinite:
            return None  # "Michael Howard said ... a British minister said": someone else
        if holders:
            e = max(holders, key=lambda h: h[0])[1]
            return Speaker(e.name, e.id, "person")
        if len(named_next) == 1 and not rival_near:
            # a lead names the role and the next sentences the person: "The Japanese ambassador suggested ...
            # Ambassador Nobuo Matsunaga made the recommendation"
            return Speaker(named_next[0].name, named_next[0].id, "person")
        if owned or indefinite:
            return None
        if others or linked_to_body or written not in titles:
            return None  # (the last speaker is no "New York businessman" unless the article says so)
        si = self.sent_of[tok.i]
        for sj in range(si - 1, max(-1, si - _LOOKBACK_SENTENCES), -1):
            quoted = [c for c in self.by_sentence[sj] if c.from_quote and c.speaker.kind == "person"]
            if quoted:
                last = max(quoted, key=lambda c: c.token_pos).speaker
                known = self.table.get(last.entity_id) if last.entity_id else None
                roles = known.roles if known is not None else []
                if roles and not any(r.lower().split()[-1:] == [tok.lower_] for r in roles):
                    return None  # the last speaker holds another title
                return last
        return None

    def _objects_of_own_verb(self, tok: Token) -> set[str]:
        """Entities named as the object of the verb whose subject TOK is: "The Glasgow Kelvin MP ... accused
        Ms King of ...": the MP is not Ms King, whatever title she holds."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
            return set()
        found = set()
        for arg in tok.head.children:
            if arg.dep_ in ("dobj", "dative") and arg.i > tok.i:
                for t in arg.subtree:
                    e = self.table.at_token(t.i)
                    if e is not None:
                        found.add(e.id)
        return found

    def _named_next(self, tok: Token) -> Speaker | None:
        """The person a description of one person stands for when the next sentences name them with
        words of that description ("A leading member of Britain's opposition Labour Party said ... Labour
        foreign affairs spokesman George Foulkes said", "China's tax chief confirmed ... State Administration
        of Taxation head Xie Xuren said", "Mittal Steel could cut jobs, its chief executive has said ...
        Lakshmi Mittal has told investors"). Anonymous sources ("a senior official") stay phrases."""
        if self.check is None or tok.pos_ != "NOUN" or tok.tag_ != "NN" or not self.table.entities:
            return None
        low = tok.lower_
        nouns = self.check.nouns
        if low in ANONYMOUS_HEADS or low in nouns.bodies or low in nouns.companies or low in nouns.documents \
                or not nouns.accepts(low) or any(c.dep_ in ("relcl", "acl") for c in tok.children):
            return None  # ("a senior official who declined to be named")
        if any(w.ent_type_ == "PERSON" or w.pos_ == "PROPN" and w.dep_ == "appos" for w in tok.subtree):
            return None  # the name is right there ("the bank's vice president Farhat Omar Ben Gadaravice")
        if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return None  # "the senator said": a title that refers back (see _title_holder)
        described = {w.lower_ for w in tok.subtree if w.is_alpha and w.i not in self.quoted}
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            # "its chief executive": whose is an organisation of the sentence
            described |= {w.lower() for m in self.table.mentions if self.sent_of[m.token_start] == self.sent_of[tok.i]
                          for e in [self.table.get(m.entity_id)] if e is not None and e.type == "ORG"
                          for w in e.name.split()}
        described -= DESCRIPTION_STOP_WORDS
        si = self.sent_of[tok.i]
        if not described or si + 1 >= len(self.sent_starts):
            return None
        lo = self.sent_starts[si + 1]
        hi = self.sent_starts[si + 1 + NAMED_NEXT_SENTENCES] if si + 1 + NAMED_NEXT_SENTENCES < len(self.sent_starts) \
            else len(self.doc)
        first: dict[str, int] = {}
        for m in self.table.mentions:
            first[m.entity_id] = min(first.get(m.entity_id, m.token_start), m.token_start)
        for m in sorted(self.table.mentions, key=lambda m: m.token_start):
            e = self.table.get(m.entity_id)
            if not lo <= m.token_start < hi or m.kind != "name" or e is None or e.type != "PERSON" \
                    or first[e.id] != m.token_start or not _proper_name(e.name):
                continue
            root = self.doc[m.token_start:max(m.token_end, m.token_start + 1)].root
            if root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # the lead's speaker is named again as the one who speaks or acts
            around = {w.lower_ for w in self.doc[root.left_edge.i:m.token_end] if w.is_alpha}
            around |= {w.lower() for w in e.name.split()} | {w.lower() for r in e.roles for w in r.split()}
            if any(_same_stem(a, b) for a in described for b in around - DESCRIPTION_STOP_WORDS):
                return Speaker(e.name, e.id, "person")
        return None

    def _issuer_of_statement(self, tok: Token) -> Speaker | None:
        """The body that issued a statement speaks through it ("A foreign ministry statement said",
        "the ministry's statement said", "a White House statement said"): the issuer, not the paper."""
        if tok.lower_ not in ISSUED_DOCUMENTS or tok.tag_ != "NN" or self.check is None:
            return None
        owners = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i
                  and c.ent_type_ not in ("DATE", "TIME") and c.lower_ not in self.check.nouns.documents
                  and c.lower_ not in DOCUMENT_KINDS]
        author = self._author_of(tok)
        if author is not None and not owners:
            return author
        if not owners:
            # "the statement said" after "a foreign ministry statement said": the same issuer
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                return None
            since = self.sent_starts[max(0, self.sent_of[tok.i] - _LOOKBACK_SENTENCES)]
            for earlier in reversed(self.doc[since:tok.i]):
                if earlier.lower_ == tok.lower_ and earlier.i not in self.quoted and any(
                        c.dep_ in ("compound", "poss") and c.i < earlier.i for c in earlier.children):
                    return self._issuer_of_statement(earlier)
            return None
        owner = owners[-1]
        if not (owner.pos_ == "PROPN" or self.check.nouns.accepts(owner.lower_)):
            return None
        lo = owner.left_edge.i
        while lo < owner.i and (self.doc[lo].dep_ in ("det", "poss", "case") or self.doc[lo].ent_type_ in ("DATE", "TIME")):
            lo = self.doc[lo].right_edge.i + 1 if self.doc[lo].dep_ == "poss" else lo + 1
        ent = self.table.at_token(owner.i) if self.table.entities else None
        if ent is not None and ent.type in ("ORG", "GPE", "PERSON"):
            return Speaker(ent.name, ent.id, _kind_of_type(ent.type))
        return Speaker(_clean_name(self.doc[lo:owner.i + 1].text), None, "org")

    def _document_author(self, tok: Token) -> Speaker | None:
        """The author of a document speaker ("the report added"), when the text names them."""
        if self.check is None or tok.tag_ != "NN" or (tok.lower_ not in self.check.nouns.documents
                                                      and tok.lower_ not in ISSUED_DOCUMENTS):
            return None
        if any(c.dep_ in ("compound", "poss") and c.i < tok.i and c.lower_ not in DOCUMENT_KINDS for c in tok.children):
            return None  # "a US report", "Goldman's research": the phrase says whose
        return self._author_of(tok)

    def _named_author(self, tok: Token) -> Speaker | None:
        """TOK resolved, when that gives a name ("the committee" -> "Joint Committee on Human Rights"); an
        author the article does not name ("a letter from the agency") leaves the document speaking."""
        found = self.resolve(tok)
        return found if _proper_name(found.name) else None

    def _author_of(self, tok: Token, depth: int = 0) -> Speaker | None:
        """Who a document speaks for when the text says: "a statement from Philip Green", "a report by
        the committee", "Mark Paulsmeier issuing a press release", "In a report published last July the
        committee stated ... the report added" (the subject of the clause the report was named in)."""
        doc = self.doc
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and self.check.plausible(obj) and obj.lower_ not in self.check.nouns.documents:
                    return self._named_author(obj)
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_ in ISSUING_VERBS:
            subj = self._issuing_subject(head)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and self.check.plausible(subj):
                return self._named_author(subj)
        if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and depth:
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and self.check.plausible(subj) \
                    and subj.lower_ not in self.check.nouns.documents:
                return self._named_author(subj)  # "In a report ... the committee stated"
            if subj is not None and subj.lower_ in ("it", "they") and head.head.i not in self.quoted:
                found = self.resolve(subj)  # "..., it said in an annual review": whoever "it" was
                return found if _proper_name(found.name) and found.kind in ("org", "plural", "place") else None
        if depth or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            return None
        since = self.sent_starts[max(0, self.sent_of[tok.i] - _LOOKBACK_SENTENCES)]
        # the last time the article named that document, else another word for a document ("it said in
        # an annual review ... The report said")
        documents = self.check.nouns.documents | ISSUED_DOCUMENTS
        for same in (True, False):
            for earlier in reversed(doc[since:tok.i]):
                if earlier.i in self.quoted or earlier.tag_ != "NN" or (
                        earlier.lower_ != tok.lower_ if same else earlier.lower_ not in documents):
                    continue
                found = self._author_of(earlier, depth + 1)
                if found is not None:
                    return found
        return None

    def _issuing_subject(self, verb: Token) -> Token | None:
        """Who does VERB ("issued a statement"): its subject, the noun a participle hangs on ("Mark
        Paulsmeier, a financier, issuing a release"), or the agent of the passive clause above it ("This
        was followed by Mark Paulsmeier issuing a release")."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if verb.dep_ == "acl" and verb.head.i < verb.i:
            return verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            for t in self.doc[verb.head.left_edge.i:verb.i]:
                if t.lower_ == "by" and t.dep_ in ("agent", "prep"):
                    obj = next((o for o in t.children if o.dep_ == "pobj"), None)
                    if obj is not None and obj.ent_type_ in ("PERSON", "ORG"):
                        return obj
        return None

    def _pair_of_countries(self, tok: Token) -> Speaker | None:
        """The two countries "both countries" / "the two sides" stand for: the last two countries named
        in this or the two sentences before, in the order the article first names them."""
        if tok.lower_ not in PAIR_NOUNS or not any(c.lower_ in ("both", "two") for c in tok.children):
            return None
        if self.table is None or not self.table.entities:
            return None
        si = self.sent_of[tok.i]
        since = self.sent_starts[max(0, si - 2)]
        latest: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self.table.mentions:
            ent = self.table.get(m.entity_id)
            if ent is None or ent.type != "GPE" or m.token_start >= tok.i:
                continue
            first[ent.id] = min(first.get(ent.id, m.token_start), m.token_start)
            if m.token_start >= since:
                latest[ent.id] = max(latest.get(ent.id, 0), m.token_start)
        if len(latest) < 2:
            return None
        two = sorted(sorted(latest, key=lambda e: latest[e])[-2:], key=lambda e: first[e])
        return Speaker(" and ".join(self.table.get(e).name for e in two), None, "plural")

    def _group_of_relative(self, tok: Token) -> Token | None:
        """The noun that "most of whom" in "senators, most of whom said ..." stands for."""
        if tok.lower_ not in QUANTIFIERS or tok.head.dep_ != "relcl":
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or not any(g.lower_ in ("whom", "which") for g in of.children):
            return None
        noun = tok.head.head
        return noun if noun.pos_ in ("NOUN", "PROPN") else None

    def _table_entity(self, tok: Token):
        if not self.table.entities:
            return None
        ent = self.table.at_token(tok.i)
        if ent is not None:
            return ent
        # parts of a name ("Mike" in "Mike Pompeo"); a compound before a common noun is a modifier
        # ("a Trump adviser", "the Sanders campaign"), not the speaker
        name_deps = ("compound", "flat", "appos") if tok.pos_ == "PROPN" else ("appos",)
        for child in tok.children:
            if child.dep_ in name_deps:
                ent = self.table.at_token(child.i)
                if ent is not None and ent.type == "PERSON":
                    if child.dep_ == "appos" and tok.pos_ == "PROPN" and not self._is_title_word(tok.text) \
                            and self._is_title_word(ent.name.split()[0]):
                        continue  # "Guven Ergenc, Secretary General of ...": the name, not its title
                    return ent
        return None

    def _other_namesake(self, tok: Token, name: str) -> str | None:
        """The name as written when the table merged two people of one surname ("Jeb Bush" into "George
        W. Bush"): a written full name whose given name is not in NAME (a bare surname stays the table's)."""
        span = self.ent_of.get(tok.i)
        if span is None or span.label_ != "PERSON":
            return None
        words = [w for w in _clean_name(span.text).split() if w.lower() not in self.not_names]
        if len(words) < 2:
            return None
        surname = words[-1]
        given = [w for w in words[:-1] if w[:1].isupper() and not w.endswith(".") and not self._is_title_word(w)]
        if not given or given[-1].lower() in name.lower().split() or name.split()[-1:] != [surname]:
            return None
        return " ".join(words)

    def _is_title_word(self, word: str) -> bool:
        """An honorific or role word before a name ("Ms", "Mr", "Dr", "Senator"), not a given name."""
        return _is_honorific(word) or (self.check is not None and word.lower().rstrip(".") in self.check.nouns.words)

    def _without_cue_words(self, name: str) -> str:
        """NAME without a headline's speech verb glued on by the entity table ("Obama Says" from
        "Obama Says Museum Will Tell ..."): a person's name never ends with "Says"."""
        words = name.split()
        while len(words) > 1 and words[-1].lower() in self.not_names and words[-1][:1].isupper():
            words.pop()
        while len(words) > 1 and words[0].lower() in self.not_names:
            words.pop(0)  # nor starts with one ('Said Ellis: "..."' read as a name)
        return " ".join(words)

    def _another_of(self, tok: Token) -> Speaker | None:
        """ "One Western diplomat said ... Another said ...": another of the kind the last quote's "one ..."
        speaker named ("Another Western diplomat"), an unnamed source like the first."""
        si = self.sent_of[tok.i]
        for sj in (si, si - 1, si - 2):
            if sj < 0:
                break
            quoted = [c for c in self.by_sentence[sj] if c.from_quote and c.token_pos < tok.i]
            if not quoted:
                continue
            words = max(quoted, key=lambda c: c.token_pos).speaker.name.split()
            if len(words) >= 2 and words[0].lower() == "one" and words[1].lower() != "of":
                return Speaker(" ".join([tok.text, *words[1:]]), None, "other")
            return None
        return None

    def remember(self, tok: Token, speaker: Speaker, content: tuple[int, int] | None = None) -> None:
        """A resolved quote speaker: the first choice for a later pronoun of the same kind. CONTENT, the
        character span of what they said: the people named in it are no rivals for a later "he said"."""
        cand = _Candidate(tok.i, speaker, True, True)
        self.by_sentence[self.sent_of[tok.i]].append(cand)
        if content is not None:
            self.said_spans.append(content)

    def _in_said(self, i: int) -> bool:
        idx = self.doc[i].idx
        return any(a <= idx < b for a, b in self.said_spans)

    def _thought_of_same_pronoun(self, i: int, low: str) -> bool:
        """Whether token I is the subject of a clause that a verb with the pronoun LOW as subject governs
        ("He did not think Mr Howard intended ... But he warned"): Mr Howard is what he thought about, and
        the pronoun carries on the same man."""
        clause = self.doc[i].head
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
            return False
        return any(c.dep_ == "nsubj" and c.lower_ == low for c in clause.head.children)

    def _last_quote_speaker(self, tok: Token, content: tuple[int, int] = (0, 0)) -> Speaker | None:
        """The speaker of the quote just before when the pronoun TOK reports again right after it
        ("The director, Ken Macdonald, says ... . Those cases included ..., he said."): a quote in the
        same or the previous sentence, with nobody else of the pronoun's kind made subject since."""
        low = tok.lower_
        wanted = "person" if low in SINGULAR_PERSON else "plural" if low in PLURAL else "org"
        si = self.sent_of[tok.i]
        for sj in self._back_over_quoted_sentences(si, low):
            quoted = [c for c in self.by_sentence[sj] if c.from_quote and c.token_pos < tok.i]
            if not quoted:
                continue
            last = max(quoted, key=lambda c: c.token_pos)
            if wanted == "plural" and last.speaker.name.lower() in BARE_GROUP_WORDS:
                # "Correspondents say ... - and some suggest ... They say ...": they are the whole group
                groups = [c for c in quoted if c.speaker.name.lower() not in BARE_GROUP_WORDS and _fits(c.speaker, wanted)]
                if not groups:
                    continue
                last = max(groups, key=lambda c: c.token_pos)
            if sj < si and self.doc[last.token_pos].dep_ == "pobj" and any(
                    c.is_subject and not c.from_quote and c.token_pos < last.token_pos and _fits(c.speaker, wanted)
                    and self.doc[c.token_pos].head.dep_ == "ROOT" for c in self.by_sentence[sj]):
                return None  # "X was asked about statements from an official who said ...": not the official
            titled = wanted == "person" and last.speaker.kind == "other" and _titled(last.speaker)
            # "The spokesman, who asked not to be identified, said: ... But he added": an unnamed person
            body = self.table.get(last.speaker.entity_id) if last.speaker.entity_id else None
            unnamed = (wanted == "person" and last.speaker.kind == "other" and (body is None or body.type != "PERSON")
                       and self._names_one_person(last.speaker) and _gender_word_fits(last.speaker, low))
            if not unnamed and (not (_fits(last.speaker, wanted) or titled) or not self._gender_fits(last.speaker, low)):
                return None
            rivals = [c for k in range(sj, si + 1) for c in self.by_sentence[k]
                      if not c.from_quote and c.is_subject and last.token_pos < c.token_pos < tok.i
                      and _fits(c.speaker, wanted) and c.speaker.name != last.speaker.name
                      and not self._in_said(c.token_pos) and not c.unnamed_body
                      and not content[0] <= self.doc[c.token_pos].idx < content[1]
                      and not self._thought_of_same_pronoun(c.token_pos, low)]
            return None if rivals else last.speaker
        return None

    def _full_name(self, name: str) -> bool:
        """Whether NAME is a given name and a surname ("Guven Ergenc"): a person whose sex nobody said."""
        words = name.split()
        return 2 <= len(words) <= 4 and not self._is_title_word(words[0]) and all(
            w[:1].isupper() and (w[1:].islower() or "-" in w) for w in words)

    def _table_person(self, name: str):
        """The table's person whose name ends like NAME (two words at least), if just one."""
        words = name.split()
        if len(words) < 2 or self.table is None:
            return None
        found = [e for e in self.table.entities if e.type == "PERSON" and e.name.split()[-1:] == words[-1:]
                 and len(e.name.split()) > 1]
        return found[0] if len(found) == 1 else None

    def _person_head(self, tok: Token) -> bool:
        """Whether the common noun TOK names one person ("official", "spokesman", "minister")."""
        low = tok.lower_
        return (low in PERSON_HEADS or low.endswith(("man", "woman", "person"))
                or self.check is not None and low in self.check.nouns.titles)

    def _sole_head_of(self, tok: Token, body) -> Speaker | None:
        """The person a definite one-holder title of a body stands for ("The Tory leader supports ..."
        after "Michael Howard's stance"): the only person of that body (same actor code) named before."""
        if tok.lower_ not in UNIQUE_TITLES or not body.actor or len(body.actor) <= 3 \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        named_before = {m.entity_id for m in self.table.mentions if m.token_start < tok.i}
        codes = {body.actor}
        if body.actor.endswith("PTY"):  # (an opposition party's people are coded OPP)
            codes.add(body.actor[:-3] + "OPP")
        members = [e for e in self.table.entities if e.type == "PERSON" and e.actor in codes
                   and e.id in named_before and _proper_name(e.name)]
        return Speaker(members[0].name, members[0].id, "person") if len(members) == 1 else None

    def _member_quoted_before(self, tok: Token, body) -> Speaker | None:
        """The named person of BODY quoted in the last sentences, whom a definite "the LDP official" or
        "the Billiton spokesman" takes up again (not "a ... official": someone else)."""
        if not body.actor or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        si = self.sent_of[tok.i]
        for sj in range(si, max(-1, si - 4), -1):
            for c in reversed(self.by_sentence[sj]):
                if not c.from_quote or c.token_pos >= tok.i or c.speaker.kind != "person" or not c.speaker.entity_id:
                    continue
                person = self.table.get(c.speaker.entity_id)
                # (no code, or a country's alone: whose member they are is unknown)
                if person is not None and (not person.actor or body.actor.startswith(person.actor)):
                    return c.speaker
                return None  # the last one quoted is of another body
        return None

    def _aged_person(self, tok: Token) -> Speaker | None:
        """"the 36-year-old said": news names people by age only after naming them; the person quoted or
        made subject latest in this or the three sentences before."""
        low = tok.lower_
        if not (low in AGE_WORDS or low.endswith("-year-old")) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        si = self.sent_of[tok.i]
        for sj in range(si, max(-1, si - 4), -1):
            cands = [c for c in self.by_sentence[sj] if c.token_pos < tok.i and _proper_name(c.speaker.name) and (
                c.from_quote and c.speaker.kind in ("person", "other")
                or c.is_subject and c.speaker.kind == "person" and c.token_pos in self.ent_of
                and self.ent_of[c.token_pos].label_ == "PERSON")]
            if cands:
                return max(cands, key=lambda c: (c.from_quote, c.token_pos)).speaker
        return None

    def _nominal_continuation(self, tok: Token) -> Speaker | None:
        """The source a "he said" goes on with when the sentence before made them its subject by a
        definite description ("... another official said. The senior official sounded pessimistic about
        Nakasone's visit. '...,' he said."): the quote speaker before with that head noun."""
        if tok.lower_ not in SINGULAR_PERSON:
            return None
        si = self.sent_of[tok.i]
        subjects = [t for t in self.doc[self.sent_starts[max(0, si - 1)]:tok.i]
                    if t.dep_ in ("nsubj", "nsubjpass") and t.i not in self.quoted]
        main = [t for t in subjects if t.head.dep_ == "ROOT"]  # (not "when he visits" inside its clause)
        if not main:
            return None
        last = main[-1]
        if last.tag_ != "NN" or not self._person_head(last) or last.i in self.ent_of \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in last.children):
            return None
        if any(t.ent_type_ == "PERSON" and t.dep_ in ("nsubj", "nsubjpass") for t in subjects if t.i > last.i):
            return None
        for sj in range(self.sent_of[last.i], max(-1, self.sent_of[last.i] - _LOOKBACK_SENTENCES), -1):
            for c in reversed(self.by_sentence[sj]):
                if c.from_quote and c.token_pos < last.i and c.speaker.name.lower().split()[-1:] == [last.lower_]:
                    return c.speaker
        return None

    def _named_after(self, tok: Token) -> Speaker | None:
        """A "he added" with nobody before it to stand for: the person the next sentence names as the
        one speaking ("the central bank told Reuters ... he added. '...,' the central bank's vice
        president Farhat Omar Ben Gadaravice said")."""
        if tok.lower_ not in SINGULAR_PERSON or not self.table.entities:
            return None
        si = self.sent_of[tok.i]
        if si + 1 >= len(self.sent_starts):
            return None
        lo = self.sent_starts[si + 1]
        hi = self.sent_starts[si + 2] if si + 2 < len(self.sent_starts) else len(self.doc)
        for m in self.table.mentions:
            e = self.table.get(m.entity_id)
            if lo <= m.token_start < hi and m.kind == "name" and e is not None and e.type == "PERSON" \
                    and _proper_name(e.name) and m.token_start not in self.quoted:
                head = self.doc[m.token_start:max(m.token_end, m.token_start + 1)].root
                while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
                    head = head.head
                if head.dep_ in ("nsubj", "nsubjpass") and self._gender_fits(Speaker(e.name, e.id, "person"), tok.lower_):
                    return Speaker(e.name, e.id, "person")
        return None

    def _names_one_person(self, speaker: Speaker) -> bool:
        """Whether a speaker phrase is one unnamed person: "a Treasury spokesman", "the senior official"."""
        words = speaker.name.lower().split()
        if not words or words[0] not in ("a", "an", "the", "another") or self.check is None:
            return False
        for k, w in enumerate(words[1:], 1):  # "an official at the Ministry of ...": the head before "at"
            if w in ("at", "of", "from", "in", "for", "with", "to", "on"):
                words = words[:k]
                break
        head = words[-1]
        nouns = self.check.nouns
        if head in self.check.nouns.titles or head in PERSON_HEADS or head.endswith(("man", "woman", "person")):
            return True
        # "the senior trader", "a Western banker": an agent noun for one person
        return (not head.endswith("s") and nouns.accepts(head) and head not in nouns.bodies
                and head not in nouns.companies and head not in nouns.documents and head not in nouns.words)

    def _back_over_quoted_sentences(self, si: int, pronoun: str = "") -> list[int]:
        """Sentence SI, the one before it, and further back over sentences that lie wholly inside quote
        marks ('The spokesman said: "I would not ... . I would just say ..." But he added') or whose main
        subject is the same PRONOUN ('X said ... . He did not think ... . But he warned'), at most 3 more."""
        found = [sj for sj in (si, si - 1) if sj >= 0]
        sj = si - 1
        while sj > 0 and len(found) < 5 and (self._wholly_quoted(sj) or self._pronoun_led(sj, pronoun)):
            sj -= 1
            found.append(sj)
        return found

    def _pronoun_led(self, sj: int, pronoun: str) -> bool:
        """Whether sentence SJ's main verb has PRONOUN (a person's) as its subject."""
        if pronoun not in SINGULAR_PERSON:
            return False
        end = self.sent_starts[sj + 1] if sj + 1 < len(self.sent_starts) else len(self.doc)
        return any(t.dep_ == "nsubj" and t.lower_ == pronoun and t.head.dep_ == "ROOT" and t.i not in self.quoted
                   for t in self.doc[self.sent_starts[sj]:end])

    def _wholly_quoted(self, sj: int) -> bool:
        end = self.sent_starts[sj + 1] if sj + 1 < len(self.sent_starts) else len(self.doc)
        words = [t.i for t in self.doc[self.sent_starts[sj]:end] if not t.is_punct and not t.is_space]
        return all(i in self.quoted for i in words)  # (a sentence of marks alone passes too)

    def _gender_fits(self, speaker: Speaker, pronoun: str) -> bool:
        """Whether the entity table ever called SPEAKER by PRONOUN's gender, or never by the other."""
        if pronoun not in SINGULAR_PERSON:
            return True
        if not _title_fits(speaker, pronoun):
            return False
        if speaker.entity_id is None:  # known only by a title ("peer Lord Carlile"), or by a name the table
            # has under another mention ("Hojatoleslam Akbar Hashemi Rafsanjani" -> "Akbar Hashemi Rafsanjani")
            same = self._table_person(speaker.name)
            if same is None:
                return _titled(speaker) or self._full_name(speaker.name)
            speaker = Speaker(same.name, same.id, "person")
        own, other = (_MALE, _FEMALE) if pronoun in _MALE else (_FEMALE, _MALE)
        said = {self.doc[m.token_start].lower_ for m in self.table.mentions
                if m.entity_id == speaker.entity_id and m.kind == "pronoun" and m.token_start < len(self.doc)}
        return bool(said & own) or not (said & other)

    def _pronoun_antecedent(self, tok: Token, content: tuple[int, int]) -> Speaker | None:
        low = tok.lower_
        doc = self.doc
        wanted = "person" if low in SINGULAR_PERSON else "plural" if low in PLURAL else "org"
        si = self.sent_of[tok.i]
        for sj in range(si, max(-1, si - _LOOKBACK_SENTENCES), -1):
            cands = [c for c in self.by_sentence[sj] if c.token_pos < tok.i and _fits(c.speaker, wanted)
                     and not content[0] <= doc[c.token_pos].idx < content[1] and _title_fits(c.speaker, low)]
            if sj == si:  # a name in a fronted adjunct is no subject pronoun's antecedent: "At a conference
                # hosted by Gordon Brown, he said" -> the one the story is about, not Brown
                cands = [c for c in cands if c.is_subject or c.from_quote]
            if not cands:
                continue
            # within a sentence: a quote speaker, then a subject, then the latest mention; a speaker
            # inside a relative clause on a prepositional object ("was asked about statements from an
            # official who said ...") does not outrank the sentence's own subject
            main = [c for c in cands if c.is_subject and doc[c.token_pos].head.dep_ == "ROOT"]
            if main and sj < si:
                cands = [c for c in cands if not (c.from_quote and doc[c.token_pos].dep_ == "pobj")] or cands
            cands.sort(key=lambda c: (c.from_quote, c.is_subject, c.token_pos))
            return cands[-1].speaker
        # nothing near: the latest quote speaker of that kind anywhere before
        for sj in range(si - _LOOKBACK_SENTENCES, -1, -1):
            for c in reversed(self.by_sentence[sj]):
                if c.from_quote and _fits(c.speaker, wanted) and _title_fits(c.speaker, low):
                    return c.speaker
        return None


def _titled(speaker: Speaker) -> bool:
    """Whether the speaker's name carries a personal title ("peer Lord Carlile", "Ms Hughes")."""
    words = speaker.name.split()
    return any(w[:1].isupper() and w.lower().rstrip(".") in _PERSONAL_TITLES and nxt[:1].isupper()
               for w, nxt in zip(words, words[1:], strict=False))


def _gender_word_fits(speaker: Speaker, pronoun: str) -> bool:
    """Whether a gendered head ("spokeswoman", "chairman") agrees with he/she; other heads fit both."""
    head = speaker.name.lower().split()[-1]
    if head.endswith("woman") or head.endswith("women"):
        return pronoun not in _MALE
    if head.endswith("man") or head.endswith("men"):
        return pronoun not in _FEMALE
    return True


def _title_fits(speaker: Speaker, pronoun: str) -> bool:
    """Whether a title in the speaker's name ("Ms Hughes", "Mr. Clarke", "peer Lord Carlile") agrees
    with he/she."""
    for word in speaker.name.split():
        word = word.lower().rstrip(".")
        if word in _FEMALE_TITLES:
            return pronoun not in _MALE
        if word in _MALE_TITLES:
            return pronoun not in _FEMALE
    return True


def _fits(speaker: Speaker, wanted: str) -> bool:
    if wanted == "person":
        return speaker.kind == "person"
    if wanted == "plural":
        return speaker.kind in ("plural", "org")
    # "it": an organisation, a country ("Iran said it ...") or a document, never "they"
    return speaker.kind in ("org", "document", "place")


def _kind_of_type(entity_type: str) -> str:
    return {"PERSON": "person", "ORG": "org", "NORP": "plural", "GPE": "place"}.get(entity_type, "other")


def _same_stem(a: str, b: str) -> bool:
    """Whether two words share a stem: equal, or one starts the other ("tax", "taxation")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short)


def _proper_name(name: str) -> bool:
    """Whether an entity's name is a name ("Titan Corporation", "IRNA"), not a description the table
    kept as one ("US defence and telecommunications company", "Iranian news agency")."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper() and words[0][:1].isupper()


def _business(ent) -> bool:
    """Whether a table entity is a business: coded as one, or a name with a legal form ("Neste Oy")."""
    if ent.actor and ent.actor.endswith("BUS"):
        return True
    return any(w.lower().strip(".,<>") in LEGAL_FORMS for w in ent.name.split()[1:])


def _is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in _HONORIFICS


def _clean_name(text: str) -> str:
    text = " ".join(text.replace("\u00a0", " ").split())
    # a closing mark glued to the name by the tokenizer ('paranoia,”Clinton said'): the name follows it
    inner = text.rstrip("\"\u201d'")
    cut = max(inner.rfind(ch) for ch in ('"', "\u201d", "\u201c"))
    if 0 < cut < len(inner) - 1:
        text = inner[cut + 1:]
    if text.endswith("'s") or text.endswith("\u2019s"):
        text = text[:-2]
    return text.strip(" ,;:-\u2014\"'\u201c\u201d")
