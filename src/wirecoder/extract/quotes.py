"""Quotes: who said what (direct, indirect and mixed quotations with their speakers).

1. Direct quotes come from quotation marks (``quote_marks``). Each one looks for its cue, the speech
   verb that attributes it, through the dependency parse (a quoted token hangs from a speech verb
   outside the marks, or the verb hangs from the quote) and then in the words right after or right
   before the marks (``"...," he said``; ``X said: "..."``; ``"..." — X``; ``according to X``).
   A quote without a cue of its own continues the previous quote when nothing intervenes.
   Short quoted spans with no cue (scare quotes, titles) and headlines are not quotes.
2. Indirect quotes are clausal complements of speech verbs (``Pompeo said the funds could ...``),
   including reporting clauses after their content (``..., sources said``). A complement holding
   quoted words is a mixed quote and absorbs the direct quote inside it.
3. Speakers come from the subject of the cue (``quote_speakers``), ``via`` from "according to X" /
   "told X" naming an outlet when the speaker is someone else.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecoder.extract.base import ArticleContext
from wirecoder.extract.quote_lexicon import SpeechLexicon, read_speech_verbs
from wirecoder.extract.quote_marks import MarkedSpan, find_marked_spans, paragraph_bounds
from wirecoder.extract.quote_speakers import (
    ISSUED_DOCUMENTS,
    Speaker,
    SpeakerCheck,
    SpeakerNouns,
    SpeakerResolver,
    read_speaker_nouns,
)
from wirecoder.record import Quote
from wirecoder.resources import files_from_env

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SENTENCE_END = {".", "!", "?"}
DASHES = {"\u2014", "\u2013", "--", "-", "\u2015"}
LONG_DASHES = DASHES - {"-"}
# dependency labels the parser gives a reporting verb it misread as part of a noun phrase
MISPARSED_VERB_DEPS = {"amod", "compound", "nmod", "dep"}
TITLE_MAX_WORDS = 8  # quoted Title Case spans up to this length are titles or slogans
TITLE_FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "for", "and", "or", "on", "at", "with", "by", "from"}
SHORT_QUOTE_WORDS = 4  # quoted spans this short need a cue right next to them (else scare quotes)
AFTER_WINDOW = 10  # tokens after a closing mark searched for the cue
BEFORE_WINDOW = 16  # tokens before an opening mark searched for the cue
MIN_INDIRECT_WORDS = 3
LISTENER_VERBS = {"tell", "inform", "assure", "remind", "warn", "brief"}  # verbs that take a listener and a clause
# audiences that are events: one tells them things, never orders them ("told the meeting to mark ...": its purpose)
GATHERING_NOUNS = frozenset({"meeting", "conference", "gathering", "rally", "summit", "session", "ceremony", "dinner",
                             "luncheon", "lunch", "breakfast", "forum", "seminar", "hearing", "convention", "symposium",
                             "briefing", "assembly"})
ORDER_VERBS = {"tell", "warn"}  # "told X to ...": the order is what is said
# verbs whose object is the one spoken to ("told the Japanese this was ..."), not the content's subject
AUDIENCE_VERBS = ORDER_VERBS | {"assure", "inform", "remind", "advise", "notify", "brief", "persuade", "convince",
                                "promise", "reassure", "caution", "ask"}
REFUSAL_VERBS = {"decline", "refuse", "fail"}  # "declined to say whether ..."
# verbs of wanting and asking: "would prefer Turkey to admit", "urged him to say" report nothing yet
WISH_VERBS = {"want", "prefer", "like", "expect", "urge", "ask", "encourage", "invite", "challenge", "dare", "need",
              "wish", "hope", "press", "call", "beg", "push", "pressure", "force", "allow", "let"}
MIN_OBJECT_WORDS = 2  # a naming verb's object and label are content from two words: 'called him divisive'
CONTRAST_MARKS = {"while", "whereas", "although", "though"}  # ", although they say ...": another report
BACKGROUND_MARKS = {"after", "when", "since"}  # "urged X to act after the storm hit": what came before
ABSOLUTE_PREPS = {"with", "despite", "amid", "without"}  # "with analysts saying ...": the analysts speak
NARRATOR_CONTRASTS = {"while", "whereas"}  # ", while India has rejected aid": the writer's comparison
NAMED_PARTY_LABELS = {"GPE", "ORG", "PERSON", "NORP"}
ADVERBIAL_MARKS = {"as", "while", "because", "when", "after", "before", "since", "although", "though", "until"}
MIXED_MIN_WORDS = 3
# plain reports: with these the sentence is a report whatever the parser made the verb's subject
PLAIN_REPORTS = {"say", "tell", "add", "write", "ask", "explain", "continue", "stress", "insist", "argue"}  # quoted words inside reported speech that make it a mixed quote
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SAYS_PHRASE_VERBS = {"say"}  # verbs whose phrase object is what is said ("said so", "said the same")
SAID_ADVERBS = {"so", "yes", "no"}
OBJECT_PRONOUNS = {"it", "this", "that", "them", "him", "her", "something", "anything", "nothing"}
INTERPOSED_SUBJECT_POS = ("PROPN", "PRON", "NOUN", "DET", "ADJ", "PUNCT", "ADV")  # words of a ", X said," clause
LOCATING_PREPS = {"on", "in", "at", "across", "around", "throughout"}  # "Democrats on Capitol Hill, who ..."
# news outlets credited with "told X" / "according to X" when X is not an entity the parser knows
MARK_CHARS = '"\u201c\u201d\u201e\u00ab\u00bb'
OUTLET_WORDS = {"times", "post", "journal", "news", "cnn", "bbc", "reuters", "press", "tribune", "herald",
                "radio", "tv", "television", "magazine", "daily", "agency", "politico", "guardian", "telegraph"}


SPEECH_VERBS_ENV = "WIRECODER_SPEECH_VERBS"  # the user's extra speech_verbs.tsv-format files
SPEAKER_NOUNS_ENV = "WIRECODER_SPEAKER_NOUNS"  # the user's extra speaker_nouns.txt-format files


def speech_lexicon(ctx: ArticleContext) -> SpeechLexicon:
    return ctx.resources.cached("quotes.speech_verbs", lambda: read_speech_verbs(files_from_env(SPEECH_VERBS_ENV)))


def speaker_nouns(ctx: ArticleContext) -> SpeakerNouns:
    return ctx.resources.cached("quotes.speaker_nouns", lambda: read_speaker_nouns(files_from_env(SPEAKER_NOUNS_ENV)))


@dataclass
class Draft:
    """A quote found but not yet given its speaker."""

    start: int
    end: int
    kind: str
    cue: Token | None = None  # the speech verb (or "according")
    cue_text: str | None = None
    speaker_tok: Token | None = None  # the token naming the speaker
    via_tok: Token | None = None
    continuation: bool = False
    paragraph: int = 0
    marked: MarkedSpan | None = None
    text: str | None = None  # the content when it is not text[start:end] (a parenthetical cue cut out)
    orphan: bool = False  # a quotation with no cue and no direct quote before it to continue
    names: bool = False  # a naming verb ("called X 'a disgrace'"): any quoted words in it are the speaker's
    asked: bool = False  # a question put to the subject by someone unnamed ("Asked whether ..."): no speaker


class QuoteFinder:
    """Finds the quotes of one parsed article."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.doc: Doc = ctx.doc
        self.text: str = ctx.doc.text
        self.lex = speech_lexicon(ctx)
        self.speakers = SpeakerCheck(ctx.entities, speaker_nouns(ctx), ctx.doc)
        self.paras = paragraph_bounds(self.text)
        self.para_of_tok = self._paragraph_of_tokens()
        self.headlines = self._headline_paragraphs()
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        self.line_of_tok = [bisect.bisect_right(self.line_starts, t.idx) - 1 for t in self.doc]
        self.headline_lines = self._headline_lines()
        self.marked = [m for m in find_marked_spans(self.text) if m.paragraph not in self.headlines
                       and self._line_of_char(m.open_mark) not in self.headline_lines]
        self.open_marks = [m.open_mark for m in self.marked]  # sorted: for bisect
        self.quote_of_tok: dict[int, int] = {}  # token -> index into self.marked (marks included)
        self.tok_ranges: list[tuple[int, int]] = []
        for k, m in enumerate(self.marked):
            a, b = self._token_range(m.open_mark, m.after_close)
            self.tok_ranges.append((a, b))
            for i in range(a, b):
                self.quote_of_tok.setdefault(i, k)

    # -- geometry ---------------------------------------------------------------------------------
    def _paragraph_of_tokens(self) -> list[int]:
        out, pi = [], 0
        for tok in self.doc:
            while pi + 1 < len(self.paras) and tok.idx >= self.paras[pi + 1][0]:
                pi += 1
            out.append(pi)
        return out

    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return 0, 0
        return span.start, span.end

    def _headline_paragraphs(self) -> set[int]:
        """Paragraphs that read like titles (short, Title Case): the first one of a multi-paragraph
        text, and any later one that also has no sentence-final punctuation (a repeated headline or a
        subhead). A headline states a claim; it is not a quotation."""
        heads = set()
        if len(self.paras) < 2:
            return heads
        for pi, (a, b) in enumerate(self.paras):
            chunk = self.text[a:b].strip()
            words = [w for w in chunk.split() if w[:1].isalpha()]
            if not words or len(words) > 25:
                continue
            if pi > 0 and chunk[-1:] in ".!?\"\u201d:":
                continue
            if sum(w[0].isupper() for w in words) / len(words) >= 0.6:
                heads.add(pi)
        return heads

    def _line_of_char(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def _headline_lines(self) -> set[int]:
        """Lines inside a paragraph that read like titles: live blogs put an entry's Title Case headline
        on its own line right above the entry ("Christie Says He Would Issue A Quarantine\nChris
        Christie said ..."), and the parser runs the two into one sentence."""
        heads: set[int] = set()
        if len(self.line_starts) < 2:
            return heads
        ends = self.line_starts[1:] + [len(self.text) + 1]
        for li, (a, b) in enumerate(zip(self.line_starts, ends, strict=True)):
            line = self.text[a:b - 1].strip()
            if not line or line[-1:] in ".!?\"\u201d:,;" or b - 1 >= len(self.text) and li == 0:
                continue
            if self.text[b - 1:b] != "\n" or not self.text[b:b + 1].strip():
                continue  # a blank line follows: the paragraph test decides
            words = [w for w in line.split() if w[:1].isalpha()]
            if 3 <= len(words) <= 25 and sum(w[0].isupper() for w in words) / len(words) >= 0.75:
                heads.add(li)
        return heads

    def is_cue(self, tok: Token) -> bool:
        return self.lex.lemma(tok) is not None and tok.i not in self.quote_of_tok

    # -- direct quotes ----------------------------------------------------------------------------
    def direct_drafts(self) -> list[Draft]:
        drafts: list[Draft] = []
        used_cues: set[int] = set()  # cue verbs already attributing an earlier quote after it
        for k, m in enumerate(self.marked):
            a, b = self.tok_ranges[k]
            if b <= a:
                continue
            d = Draft(m.start, m.end, "direct", paragraph=m.paragraph, marked=m)
            how = self._attach_cue(d, k, a, b, used_cues)
            words = _word_count(self.text[m.start:m.end])
            if how is None and words <= SHORT_QUOTE_WORDS:
                continue  # scare quote, title, a term in quotes
            if words <= SHORT_QUOTE_WORDS and _names_a_title(self.text, m):
                continue  # "on Fox News Channel’s “Hannity,” Gingrich said": a show, not speech
            if words <= SHORT_QUOTE_WORDS and not self._is_utterance(m):
                continue  # a quoted term inside a clause ("called it a 'reset'"): not a quotation
            if words <= TITLE_MAX_WORDS and _is_title(self.text[m.start:m.end]):
                continue  # "Face the Nation," / "Peace Through Strength.": a title or slogan
            if how is None:
                d.continuation = self._continues_previous(drafts, m)
                if not d.continuation:
                    label = self._label_speaker(m, a)
                    if label is not None:
                        d.speaker_tok = label  # "Krystal Correa, 25, Los Angeles:" + quotation
                    else:
                        d.orphan = True  # may carry on an indirect quote just before it (decided later)
            if d.cue is not None and d.cue.i >= b:
                used_cues.add(d.cue.i)
            drafts.append(d)
        return drafts

    def _is_utterance(self, m: MarkedSpan) -> bool:
        """A short quotation set off as speech ("Never," she said. / He said: "No.") rather than a
        quoted term inside a clause."""
        content = self.text[m.start:m.end].rstrip()
        if content[-1:] in (",", ".", "!", "?") and content[:1].isupper():
            return True  # not a fragment ending a sentence: ... passed "hundreds of bills."
        after = self.text[m.after_close:m.after_close + 2].lstrip() if m.close_mark is not None else ""
        before = self.text[max(0, m.open_mark - 3):m.open_mark].rstrip()
        # 'tells supporters that "he loves you."': a quoted clause as the complement of a report
        lead = self.text[max(0, m.open_mark - 6):m.open_mark].rstrip().lower()
        return after.startswith(",") or before.endswith((":", ",")) or lead.endswith((" that", "\nthat"))

    def _attach_cue(self, d: Draft, k: int, a: int, b: int, used: set[int]) -> str | None:
        """Find the cue of quote k (tokens [a, b), marks included); returns how it was found."""
        cue = self._cue_by_link(k, a, b)
        how = "link"
        if cue is None:
            cue, how = self._cue_after(d, a, b), "after"
        if cue is not None and cue.i >= b and any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS - {"as"}
                                                  for c in cue.children):
            cue = None  # '"...," while police said they were investigating': another clause's report
        if cue is not None and any(c.dep_ == "neg" and c.i < cue.i and c.i not in self.quote_of_tok for c in cue.children):
            cue = None  # 'would not comment on an order "to protect privacy"': the words are not his
        if cue is not None and cue.i >= b and self._introduces_next(cue, k):
            cue = None  # '"..." Responding to her, Mr Pugh said: "..."': the cue opens the next quotation
        if cue is not None and cue.i >= b and self._reports_its_own(cue, k):
            cue = None  # '"... her life." A spokesman later said Mr X had ...': a new sentence with its own content
        if cue is None and d.speaker_tok is not None:
            return "after"  # "..." — Name
        if cue is None:
            cue, how = self._cue_before(d, a), "before"
        if cue is None:
            return None
        if cue.i < a and cue.i in used:  # the cue of the previous quote: this one continues it
            d.continuation = True
            return "continuation"
        if cue.lower_ == "according":
            d.cue_text = "according to"
            d.speaker_tok = _according_object(cue)
        else:
            d.cue_text = _cue_words(cue)
            d.speaker_tok = self.subject_of(cue)
            acc = self._according_in_clause(cue)
            if d.speaker_tok is None and acc is not None:
                d.speaker_tok, d.cue_text = acc, "according to"
            elif acc is not None:
                d.via_tok = acc
            else:
                d.via_tok = self._told_outlet(cue)
        d.cue = cue
        if d.speaker_tok is None and cue.lower_ != "according" and self.lex.lemma(cue) in PLAIN_REPORTS:
            # 'In a statement to the Observer, her adviser, Jake Sullivan, said: "..."' parsed with the
            # name as an apposition of something else: the name just before the cue speaks
            d.speaker_tok = self._nearby_speaker(cue, (self.doc[a].idx, self.doc[b - 1].idx + 1), before_only=True)
        if d.speaker_tok is not None and not self.speakers.plausible(d.speaker_tok):
            # "The section of the debate revealed ...": the subject cannot speak; a name between the
            # quotation and the cue may, else the quotation is treated as having no cue
            near = None
            if cue.lower_ == "according" or self.lex.lemma(cue) in PLAIN_REPORTS:
                near = self._nearby_speaker(cue, (self.doc[a].idx, self.doc[b - 1].idx + 1))
            if near is None and cue.i >= b and self.lex.lemma(cue) in PLAIN_REPORTS:
                near = self._inverted_speaker(cue)
            d.speaker_tok = near
        if d.speaker_tok is None:
            return None
        if how == "link" and cue.i > a and self._has_sentence_break(cue.i, a, before=True):
            return None
        return how

    def _inverted_speaker(self, cue: Token) -> Token | None:
        """The name right after an inverted cue ('"...," said Swedish trades union official Ulf Carlsson.')
        when the parser made something else of it ("trades" a verb, the name its object): the last name
        of the phrase that follows the cue, up to a comma or the sentence end."""
        name: Token | None = None
        for t in self.doc[cue.i + 1:cue.sent.end]:
            if t.is_punct or t.tag_ in ("WP", "WDT") or t.i in self.quote_of_tok:
                break
            if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", ""):
                name = t
        return name if name is not None and self.speakers.plausible(name) else None

    def _reports_its_own(self, cue: Token, k: int) -> bool:
        """Whether CUE, after quotation K that closes a full sentence, reports a complement of its own."""
        content = self.marked[k].text_of(self.text).rstrip()
        if not content.endswith((".", "!", "?")):
            return False
        # (a clause that starts outside the marks is its own even when its verb is quoted: 'Ruth Kelly said
        # Prof Aynsley-Green would "strengthen the voice of children"')
        return any(c.dep_ == "ccomp" and c.i > cue.i and (c.i not in self.quote_of_tok
                                                          or c.left_edge.i not in self.quote_of_tok)
                   for c in cue.children)

    def _introduces_next(self, cue: Token, k: int) -> bool:
        """Whether CUE ends with a colon that opens a quotation other than quotation K."""
        doc = self.doc
        for i in range(cue.i + 1, min(len(doc), cue.i + 14)):
            t = doc[i]
            if i in self.quote_of_tok or t.text in SENTENCE_END:
                return False
            if self.is_cue(t):
                return False  # '"...," X told reporters, adding: "..."': the colon is the second verb's
            if t.text == ":":
                j = i + 1
                while j < len(doc) and doc[j].is_space:
                    j += 1
                return j < len(doc) and self.quote_of_tok.get(j, k) != k
        return False

    def _cue_by_link(self, k: int, a: int, b: int) -> Token | None:
        """A speech verb outside the marks that a quoted token depends on, or that depends on one."""
        doc = self.doc
        cands: list[Token] = []
        for t in doc[a:b]:
            h = t.head
            if h.i not in self.quote_of_tok and self.is_cue(h):
                cands.append(h)
        lo = doc[a].sent.start
        hi = doc[b - 1].sent.end
        for t in doc[lo:hi]:
            if t.i not in self.quote_of_tok and self.quote_of_tok.get(t.head.i) == k and self.is_cue(t):
                cands.append(t)
        cands = [c for c in cands if self.para_of_tok[c.i] == self.para_of_tok[a]]
        if not cands:
            return None
        best = min(cands, key=lambda c: min(abs(c.i - a), abs(c.i - b)))
        if best.i < a:
            nearer = self._plain_report_between(best, a)
            if nearer is not None:
                return nearer  # 'The spot ends with footage of Trump saying, "..."': Trump says it
        if best.i < a and self._has_sentence_break(best.i, a):
            return None
        if best.i >= b and self._has_sentence_break(b, best.i):
            return None
        return best

    def _plain_report_between(self, verb: Token, a: int) -> Token | None:
        """A plain report ("say", "tell") between VERB and token A with nothing but its own phrase and
        punctuation after it: the parser hung what follows on a verb further back."""
        if self.lex.lemma(verb) in PLAIN_REPORTS:
            return None
        for t in self.doc[verb.i + 1:a]:
            if t.text in SENTENCE_END or t.i in self.quote_of_tok:
                return None
            if self.is_cue(t) and self.lex.lemma(t) in PLAIN_REPORTS and (_subject_child(t) is not None or t.tag_ == "VBG") \
                    and not any(c.dep_ in ("ccomp", "dobj") for c in t.children):
                return t
        return None

    def _has_sentence_break(self, lo: int, hi: int, before: bool = False) -> bool:
        """Whether tokens (lo, hi) outside quotes hold a sentence end."""
        for t in self.doc[lo:hi]:
            if t.text in SENTENCE_END and t.i not in self.quote_of_tok:
                return True
        return False

    def _cue_after(self, d: Draft, a: int, b: int) -> Token | None:
        doc = self.doc
        end = min(len(doc), b + AFTER_WINDOW)
        para = self.para_of_tok[b - 1]
        for i in range(b, end):
            t = doc[i]
            if self.para_of_tok[i] != para or i in self.quote_of_tok:
                return None
            if i == b and t.text in DASHES:  # "..." — Name / — the Foreign Ministry
                first = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
                if first < len(doc) and doc[first].pos_ == "PROPN":
                    d.speaker_tok = _name_head(doc[first])
                    return None
            if t.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
                return t
            if self.is_cue(t):
                if self.lex.frame(self.lex.lemma(t) or "") == "call" and any(c.dep_ == "dobj" for c in t.children):
                    return None  # '"...." Hodges described his years as "..."': that verb names its own object
                return t
            if t.text in SENTENCE_END:
                return None
        return None

    def _cue_before(self, d: Draft, a: int) -> Token | None:
        doc = self.doc
        lo = max(0, a - BEFORE_WINDOW)
        para = self.para_of_tok[a]
        prev = a - 1
        while prev >= 0 and doc[prev].is_space:
            prev -= 1
        if prev < 0:
            return None
        # the cue sits in the previous paragraph when that ends with a colon ("X said:" + quotation)
        if self.para_of_tok[prev] != para and doc[prev].text != ":":
            return None
        lead = doc[prev]
        if lead.text not in (":", ",", "that") and not self.is_cue(lead):
            return self._cue_over_adjunct(lead, a, lo)
        for i in range(prev, lo - 1, -1):
            t = doc[i]
            if i in self.quote_of_tok or t.text in SENTENCE_END:
                return None
            if t.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
                return t
            if self.is_cue(t):
                return t
        return None

    def _cue_over_adjunct(self, lead: Token, a: int, lo: int) -> Token | None:
        """The cue of a quoted sentence set right after the cue's adjunct with no comma ('said in a
        television interview in the U.S. "We are ..."'): LEAD ends a prepositional phrase on the cue."""
        if lead.dep_ != "pobj" or not self.text[self.doc[a].idx + 1:self.doc[a].idx + 2].isupper():
            return None
        cur = lead
        while cur.dep_ in ("pobj", "prep") and cur.head.i != cur.i and cur.head.i >= lo:
            cur = cur.head
            if self.is_cue(cur):
                between = self.doc[cur.i:lead.i]
                if any(t.text in SENTENCE_END or t.i in self.quote_of_tok for t in between):
                    return None
                return cur
        return None

    def _continues_previous(self, drafts: list[Draft], m: MarkedSpan) -> bool:
        """A cue-less quote carries on the previous one when only that quote's cue clause lies between
        them (`"...," he said on Monday in Ohio. "..."`), or a short bridge without a sentence end."""
        if not drafts or drafts[-1].marked is None:
            return False
        prev_draft = drafts[-1]
        prev = prev_draft.marked
        assert prev is not None
        if m.paragraph - prev.last_paragraph > 1:
            return False
        lo = prev.after_close
        between = self.text[lo:m.open_mark]
        if self._names_someone_else(prev_draft, lo, m.open_mark):
            return False
        marks_between = any(ch in between for ch in '"\u201c\u201d')
        if not marks_between and _word_count(between) <= 12 and sum(between.count(p) for p in SENTENCE_END) <= 1:
            return True
        # the bridge is the previous quote's own cue sentence
        cue = prev_draft.cue
        if cue is None or not (lo <= cue.idx < m.open_mark):
            return False
        return cue.sent.end_char >= m.open_mark - 2 or _word_count(self.text[cue.sent.end_char:m.open_mark]) == 0

    def _names_someone_else(self, prev: Draft, lo: int, hi: int) -> bool:
        """Whether the text between two quotations names a person other than the previous speaker."""
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        if span is None:
            return False
        own = set()
        if prev.speaker_tok is not None:
            own = {t.lower_ for t in prev.speaker_tok.subtree if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"}
        for t in span:
            if t.ent_type_ == "PERSON" and t.i not in self.quote_of_tok and t.lower_ not in own:
                # a person acting in the bridge; one only mentioned in a phrase of the previous quote's
                # cue clause ('Clinton said, referencing a PAC funded by Paul Singer') speaks no quote
                root = next((e.root for e in self.doc.ents if e.start <= t.i < e.end), t)
                if root.dep_ not in ("pobj", "dobj", "poss", "compound", "conj") or prev.cue is None \
                        or not (prev.cue.left_edge.i <= root.i <= prev.cue.right_edge.i):
                    return True
        return False

    def _label_speaker(self, m: MarkedSpan, a: int) -> Token | None:
        """A name set before a colon introducing the quotation (interview and vox-pop style):
        "Martha Aguilar, 34, Phoenix:" + quotation. Returns the name's head token."""
        prev = a - 1
        while prev >= 0 and self.doc[prev].is_space:
            prev -= 1
        if prev < 0 or self.doc[prev].text != ":":
            return None
        lo = prev
        while lo > 0 and not self.doc[lo - 1].is_space and self.doc[lo - 1].text not in SENTENCE_END:
            lo -= 1
        label = self.doc[lo:prev]
        if not 1 <= len(label) <= 12 or any(t.i in self.quote_of_tok for t in label):
            return None
        if any(self.lex.lemma(t) for t in label):
            return None  # a cue clause ("He said:") is handled by the cue search
        first = next((t for t in label if t.ent_type_ == "PERSON"), None)
        if first is None or first.i - lo > 2:
            return None
        return next((e.root for e in self.doc.ents if e.start <= first.i < e.end), first)

    # -- block quotations --------------------------------------------------------------------------
    def block_drafts(self) -> list[Draft]:
        """A paragraph that is only a reporting clause ending with a colon ("The governor added:") followed
        by a paragraph with no quotation mark: the page set the quotation as a block quote, whose marks
        the text lost. The whole next paragraph is the direct quote."""
        drafts = []
        for pi in range(len(self.paras) - 1):
            a, b = self.paras[pi]
            lead = self.text[a:b].strip()
            if not lead.endswith(":") or _word_count(lead) > 12 or pi in self.headlines:
                continue
            na, nb = self.paras[pi + 1]
            body = self.text[na:nb].strip()
            if not body or body[0] in MARK_CHARS or any(ch in body for ch in MARK_CHARS) or _word_count(body) < 4:
                continue
            span = self.doc.char_span(a, b, alignment_mode="expand")
            cues = [t for t in span if self.is_cue(t)] if span is not None else []
            if len(cues) != 1:
                continue
            speaker = self.subject_of(cues[0])
            if speaker is None or not self.speakers.plausible(speaker):
                continue
            start = na + (len(self.text[na:nb]) - len(self.text[na:nb].lstrip()))
            drafts.append(Draft(start, start + len(body), "direct", cue=cues[0], cue_text=_cue_words(cues[0]),
                                speaker_tok=speaker, paragraph=pi + 1))
        return drafts

    # -- indirect and mixed -----------------------------------------------------------------------
    def indirect_drafts(self) -> list[Draft]:
        drafts = []
        for tok in self.doc:
            if (tok.i in self.quote_of_tok or self.para_of_tok[tok.i] in self.headlines
                    or self.line_of_tok[tok.i] in self.headline_lines):
                continue
            if tok.lower_ == "according":
                d = self._according_draft(tok)
            elif tok.lower_ in self.lex.noun_forms and tok.pos_ in ("NOUN", "PROPN"):
                d = self._noun_draft(tok)
            else:
                lemma = self.lex.lemma(tok)
                d = self._verb_draft(tok, lemma) if lemma else None
            if d is not None:
                drafts.append(d)
        return drafts

    def _verb_draft(self, verb: Token, lemma: str, frame: str | None = None) -> Draft | None:
        frame = frame or self.lex.frame(lemma)
        if _impersonal_infinitive(verb):
            return None  # "it was difficult to say how quickly ...", "too early to tell": nobody says it
        if frame == "direct":
            # "continued", "commented" report quotations; a clause with quoted words in it is a mixed quote
            # ('But the 777-200LR "is a niche player", Mr Learmount continued')
            return self._mixed_of_direct_verb(verb, lemma)
        if frame == "call" and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            return None  # "a super PAC called Future45": a name, not a statement
        if lemma != "ask" and verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
                c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
            return None  # "were held for three years, accused of al-Qaeda links": the accused, not a speaker
        acts_on_object = frame == "act"  # "announced a discovery": a thing done, not words reported
        if acts_on_object:
            frame = "object"
        content, skip = self._complement(verb, frame)
        extra: list[Token] = []
        if frame == "of" and content is not None:
            # "accused the Tories of 'launching Thatcherism in instalments'": the accused is part of what is said
            extra = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < content.i][:1]
        min_words = MIN_INDIRECT_WORDS
        if content is None and frame in ("object", "call") or content is None and frame == "gerund" \
                and verb.dep_ != "pcomp" and not any(c.tag_ == "MD" or c.dep_ == "dative" for c in verb.children):
            # "admitted one or two instances", "denied any involvement" (but "could deny permits", "accused
            # them of denying folks health care": a refusal, not a statement): an object content
            content, extra = self._object_content(verb, "object" if frame == "gerund" else frame)
            if acts_on_object and not extra and not (content is not None and _has_infinitive(content)):
                content = None  # (with an infinitive it is reported: "urged Congress to act", "announced plans to cut")
            if frame == "call" and extra:
                min_words = MIN_OBJECT_WORDS
        if content is None and frame == "clause" and self.lex.lemma(verb) in ORDER_VERBS:
            content, extra = self._object_content(verb, "object")  # "told his advisers to find a way"
            if content is not None and content.lemma_.lower() in GATHERING_NOUNS:
                content, extra = None, []  # "told the meeting to mark the opening of ...": the meeting's purpose
            if not any(x.tag_ == "VB" and x.i not in self.quote_of_tok and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in x.children) for x in extra):
                content, extra = None, []
        if content is None and frame in ("clause", "object", "gerund"):
            return (self._misparsed_report(verb) or self._that_clause_above(verb) or self._trailing_report(verb, lemma)
                    or self._interposed_report(verb) or self._clause_read_as_object(verb, lemma)
                    or self._said_object(verb, lemma))
        if content is not None and skip is None and frame == "clause" and content.i < verb.i \
                and content.left_edge.i > _first_word(verb.sent).i:
            # "It was using X, ignoring a judgement that this contravenes rights, he said.": the parse
            # gave the closing cue only the last clause; the sentence before the comma is what is said
            whole = self._trailing_report(verb, lemma)
            if whole is not None:
                return whole
        if content is None:
            return None
        if content.i < verb.i and ":" in (t.text for t in self.doc[content.right_edge.i:content.right_edge.i + 2]):
            return None  # "We have been here before: bin Laden declared war on ...": the colon leads into the report
        if content.i > verb.i and content.dep_ == "ccomp" and content.tag_ in ("VBZ", "VBD", "VBP") \
                and content.left_edge.i == verb.i + 1 and not any(c.dep_ in SUBJECT_DEPS + ("csubj", "csubjpass", "expl", "mark", "ccomp") for c in content.children) \
                and not self._after_relative_word(verb):
            return None  # "Everything Trump says is a lie": the cue is in a relative clause, its noun the subject
            # (a verb with a clause of its own is an inversion: "said had the government not prevaricated, ...")
        if content.i > verb.i and self._plain_report_between(verb, content.left_edge.i) is not None:
            return None  # 'concludes with footage of Trump saying, "..."': the nearer report says it
        if _unattributed(verb):
            return None  # "it was announced that ...", "800 parents were warned they ...": nobody said to speak
        if any(c.dep_ == "neg" for c in verb.children) and content.i > verb.i and _indirect_question(content):
            return None  # "has not said how much it will cost", "did not say whether": nothing was said
        if skip is not None and self._between_quotations(skip):
            return None  # '"A," he said, "B."': the direct quotes and their cue say it
        if skip is None and content.i > verb.i and content.left_edge.i < verb.i:
            # "his donations, which he said were accompanied by leverage": what follows the cue is said of
            # the relative pronoun's noun; anything else reaching back over the cue is a misparse
            return self._relative_report(verb, content)
        if skip is not None and content.dep_ != "ROOT":
            # "Though A, he said, B": the cue hangs from a subordinate clause, the sentence is the content
            interposed = self._interposed_report(verb)
            if interposed is not None:
                return interposed
        if lemma != "ask" and verb.tag_ == "VBG" and verb.i == _first_word(verb.sent).i and content.i > verb.i \
                and self.doc[content.left_edge.i].tag_ in ("WRB", "WP"):
            return None  # "Explaining why it has asked the WTO to act, the office said ...": a topic, not words
        found = self._content_span(content, skip, extra, min_words)
        if found is None:
            return None
        span = self._with_following_quote((found[0], found[1]), verb)
        if lemma == "ask" and _asked_of_subject(verb):
            # "Asked whether he would run, Biden said ...", "Clinton was asked whether ...": the subject is
            # the one asked and the asker goes unnamed; the question is kept, with no speaker (the
            # sentence the participle opens is the answer, not the question: "Asked later, he chuckled")
            if content in verb.ancestors or content.i > verb.i and verb.i == _first_word(verb.sent).i \
                    and self.doc[content.left_edge.i - 1].text in DASHES | {","} and _subject_child(content) is not None:
                return None
            return Draft(span[0], span[1], "indirect", cue=verb, cue_text=_cue_words(verb),
                         paragraph=self.para_of_tok[verb.i], text=found[2] if span[1] == found[1] else None, asked=True)
        speaker = self.subject_of(verb)
        if speaker is None and lemma in PLAIN_REPORTS:
            # "Trump, in Kentucky, said Tuesday that ..." or "former president Bill Clinton said ..." parsed
            # with the name as an apposition of something else: the name just before the verb speaks
            speaker = self._nearby_speaker(verb, span, before_only=True)
        if speaker is None or skip is None and span[0] <= speaker.idx < span[1]:
            return None  # no speaker, or one inside what is said: the parse crossed the quotation
        if not self.speakers.plausible(speaker):
            # "brain cancer, which confirmed what I knew": not a report; but "said" is a report whatever
            # the parse made its subject, and a name near it speaks
            speaker = self._nearby_speaker(verb, span) if lemma in PLAIN_REPORTS else None
            if speaker is None:
                return None
        d = Draft(span[0], span[1], "indirect", cue=verb, cue_text=_cue_words(verb), speaker_tok=speaker,
                  paragraph=self.para_of_tok[verb.i], text=found[2] if span[1] == found[1] else None,
                  names=frame == "call")
        acc = self._according_in_clause(verb)
        d.via_tok = acc if acc is not None else self._told_outlet(verb)
        return d

    def _mixed_of_direct_verb(self, verb: Token, lemma: str) -> Draft | None:
        """The clause of a verb that attributes quotations only, when quoted words are part of it and
        words outside the marks make it a clause of the writer's ('the 777-200LR "is a niche player"')."""
        comps = [c for c in verb.children if c.dep_ == "ccomp" and self.para_of_tok[c.i] == self.para_of_tok[verb.i]]
        if len(comps) != 1:
            return None
        toks = [t for t in comps[0].subtree if not t.is_punct]
        quoted = [t for t in toks if t.i in self.quote_of_tok]
        outside = [t for t in toks if t.i not in self.quote_of_tok and t.dep_ != "cc"]
        if not quoted or len(outside) < 2 or not any(t.dep_ in SUBJECT_DEPS for t in outside):
            return None
        return self._verb_draft(verb, lemma, frame="clause")

    def _relative_report(self, verb: Token, content: Token) -> Draft | None:
        before = [t for t in content.subtree if t.i < verb.i]
        if len(before) != 1 or before[0].lower_ not in ("which", "who", "that") or before[0].i in self.quote_of_tok:
            return None
        line = self.line_of_tok[verb.i]
        toks = _strip_punct([t for t in content.subtree if t.i > verb.i and self.line_of_tok[t.i] == line])
        speaker = _subject_child(verb)
        if sum(1 for t in toks if t.is_alpha) < MIN_INDIRECT_WORDS or speaker is None or speaker.i > verb.i \
                or not self.speakers.plausible(speaker) or any(t.i in self.quote_of_tok for t in toks):
            return None
        return self._draft_over(verb, toks, speaker)

    def _noun_draft(self, noun: Token) -> Draft | None:
        """A statement noun with an owner and a "that" clause: "Trump's claim that there have been
        thousands of shootings", "his warning that ...", "Trump claims that he should be the exception"
        (the verb read as a plural noun, the name as its modifier)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"
                      and c.i == noun.i - 1), None)
        if owner is None or not self.speakers.plausible(owner):
            return None
        para = self.para_of_tok[noun.i]
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                       and self.para_of_tok[c.i] == para and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       and any(x.dep_ in SUBJECT_DEPS + ("expl", "csubj") for x in c.children)), None)
        if clause is None:
            return None
        found = self._content_span(clause, None)
        if found is None:
            return None
        return Draft(found[0], found[1], "indirect", cue=noun, cue_text=noun.text, speaker_tok=owner,
                     paragraph=para, text=found[2])

    def _that_clause_above(self, verb: Token) -> Draft | None:
        """"The nominee continues to insist, most recently in an interview, that he wants ...": the parser
        made the "that" clause the head of the sentence and the report its dependent. The clause after
        "that" is what is said."""
        anc = verb
        for _ in range(3):
            if anc.head.i == anc.i:
                break
            anc = anc.head
            mark = next((c for c in anc.children if c.dep_ == "mark" and c.lower_ == "that" and verb.i < c.i < anc.i), None)
            if mark is None:
                continue
            if any(t.i == verb.i for t in self.doc[mark.i:anc.right_edge.i + 1]):
                return None
            line = self.line_of_tok[verb.i]
            toks = _strip_punct([t for t in self.doc[mark.i + 1:anc.right_edge.i + 1] if self.line_of_tok[t.i] == line])
            speaker = self._plausible_subject(verb)
            if sum(1 for t in toks if t.is_alpha) < MIN_INDIRECT_WORDS or speaker is None or speaker.i > mark.i:
                return None
            return self._draft_over(verb, toks, speaker)
        return None

    def _trailing_report(self, verb: Token, lemma: str) -> Draft | None:
        """"<content>, experts say." where the parser found no clause to report (a verbless headline-like
        content, "Language unclear on whether single mothers are covered, experts say"): everything in
        the sentence before the comma that sets off the reporting clause is what is said."""
        subj = _subject_child(verb)
        if subj is None or verb.i < subj.i or not self.speakers.plausible(subj):
            return None
        sent = verb.sent
        comma = subj.left_edge.i - 1
        if comma <= sent.start or self.doc[comma].text != ",":
            return None
        tail = [t for t in self.doc[verb.i + 1:sent.end] if not (t.is_punct or t.is_space)]
        if len(tail) > 5 or any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("dobj", "attr", "dative", "oprd") for t in tail):
            return None  # the clause goes on ("In a 1963 speech, Wallace declared segregation ..."): no closing attribution
        line = self.line_of_tok[verb.i]
        toks = [t for t in self.doc[sent.start:comma] if self.line_of_tok[t.i] == line and not t.is_space]
        toks = _strip_punct(toks)
        if sum(1 for t in toks if t.is_alpha) < MIN_INDIRECT_WORDS or any(t.i in self.quote_of_tok for t in toks):
            return None
        if toks[0].pos_ in ("ADP", "SCONJ", "CCONJ", "VERB", "ADV") or toks[0].tag_ in ("VBG", "VBN", "WRB"):
            return None  # a preposed circumstance ("Asked if ...", "At Monday's debate", "But when ...")
        return self._draft_over(verb, toks, subj)

    def _plausible_subject(self, verb: Token) -> Token | None:
        """VERB's subject when it can be a speaker."""
        speaker = self.subject_of(verb)
        return speaker if speaker is not None and self.speakers.plausible(speaker) else None

    def _draft_over(self, verb: Token, toks: list[Token], speaker: Token) -> Draft:
        """VERB's indirect report by SPEAKER, its content running from the first to the last of TOKS."""
        return Draft(toks[0].idx, toks[-1].idx + len(toks[-1].text), "indirect", cue=verb, cue_text=_cue_words(verb),
                     speaker_tok=speaker, paragraph=self.para_of_tok[verb.i])

    def _clause_read_as_object(self, verb: Token, lemma: str) -> Draft | None:
        """A content clause the parser broke into objects ("They also said a smaller crop and adverse weather
        ... had reduced production": "crop" and "production" objects of "said", "had" an auxiliary of an
        adjective; "Dealers said fears of a trade war ... remain a concern": "remain" coordinated with
        "said" in another tense): a finite verb after the object that no clause of the object's owns
        makes the rest of the sentence what was said."""
        if lemma not in PLAIN_REPORTS or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i in self.quote_of_tok:
            return None
        line = self.line_of_tok[verb.i]
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                    and self.line_of_tok[c.i] == line and c.i not in self.quote_of_tok), None)
        if obj is None or obj.left_edge.i != verb.i + 1:
            return None
        end = verb.sent.end
        while end > obj.i and self.line_of_tok[end - 1] != line:
            end -= 1
        owned = {t.i for c in obj.subtree if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
        finite = None
        for t in self.doc[obj.right_edge.i + 1:end]:
            if t.tag_ not in ("VBD", "VBZ", "VBP", "MD") or t.i in owned or t.i in self.quote_of_tok:
                continue
            if t.dep_ == "conj" and t.head.i == verb.i and _subject_child(t) is None and t.tag_ != verb.tag_:
                finite = t  # "said fears ... remain": a present verb joined to a past cue is the content's
            elif t.dep_ in ("aux", "auxpass") and t.head.dep_ in ("amod", "compound") and t.head.head.head.i == verb.i:
                finite = t  # "... had reduced production": an auxiliary hung on an adjective of another object
            break
        if finite is None:
            return None
        toks = _strip_punct([t for t in self.doc[obj.left_edge.i:end] if not t.is_space])
        speaker = self._plausible_subject(verb)
        if not toks or speaker is None:
            return None
        return self._draft_over(verb, toks, speaker)

    def _said_object(self, verb: Token, lemma: str) -> Draft | None:
        """What a report says when it is a phrase, not a clause: "said so", "said yes", "said as much",
        "said the same of Trump", "has said the same thing", "says what his plan would do"."""
        if lemma not in SAYS_PHRASE_VERBS or verb.i in self.quote_of_tok or any(c.tag_ == "MD" for c in verb.children):
            return None  # ("they could say goodbye to all that": a possibility, not a report)
        line = self.line_of_tok[verb.i]
        said = next((c for c in verb.children if c.i > verb.i and self.line_of_tok[c.i] == line
                     and c.i not in self.quote_of_tok and (
                         c.dep_ == "dobj" and c.lower_ not in OBJECT_PRONOUNS
                         or c.dep_ in ("advmod", "intj") and c.lower_ in SAID_ADVERBS
                         or c.dep_ == "advmod" and c.lower_ == "much" and self.doc[c.i - 1].lower_ == "as")), None)
        if said is None:
            return None
        if said.dep_ != "dobj":  # "so", "yes", "as much": the word itself, not the circumstances after it
            toks = list(self.doc[said.i - 1:said.i + 1]) if said.lower_ == "much" else [said]
        else:
            toks = []
            for t in self.doc[said.left_edge.i:said.right_edge.i + 1]:
                if t.text in (",", ";", ":") or self.line_of_tok[t.i] != line:
                    break  # "the same thing, including ...": an aside
                toks.append(t)
            toks = _strip_punct([t for t in toks if not t.is_space])
        if not toks or any(t.i in self.quote_of_tok for t in toks):
            return None
        if said.dep_ == "dobj" and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") for c in said.children):
            # "says 24 companies reported for the first time and, in general, the quality has improved": a
            # clause read as an object with a participle; a clause coordinated with it goes on with it
            for sib in verb.children:
                if sib.i > toks[-1].i and sib.dep_ == "conj" and self._joined_to_content(sib, toks[-1].i) \
                        and self.line_of_tok[sib.right_edge.i] == line:
                    toks = _strip_punct(list(self.doc[toks[0].i:sib.right_edge.i + 1]))
        speaker = self._plausible_subject(verb)
        if speaker is None:
            return None
        return self._draft_over(verb, toks, speaker)

    def _after_relative_word(self, verb: Token) -> bool:
        """Whether VERB's clause is a relative clause whose gap is the content's subject ("which SEC officials
        said merely clarifies the terms", "what he says are more accurate assumptions", "a deal officials
        said would be signed" inside a sentence with its own verb); not when the sentence has no other
        verb, so that the content is its predicate ("Nothing the governor says is true")."""
        subject = _subject_child(verb)
        first = subject.left_edge.i if subject is not None else verb.i
        if first > 0 and self.doc[first - 1].tag_ in ("WDT", "WP"):
            return True
        return verb.dep_ == "relcl" and verb.head.dep_ != "ROOT"

    def _interposed_report(self, verb: Token) -> Draft | None:
        """A reporting clause set off by commas inside the sentence it reports, which the parser did not
        read as such ("If this argument fails, Mr. Castaneda argues, there are other tools"; "To
        understand X, Chief Justice Roberts said, one should visit"; "Though A, he said, B"): the
        words on both sides, without the clause, are what is said."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i in self.quote_of_tok:
            return None
        if verb.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                       for c in verb.children):
            return None  # "David Klein, who often argued with the ministry, steps down": a description
        sent, doc = verb.sent, self.doc
        after = verb.i + 1
        if after < sent.end and doc[after].lower_ in ("today", "yesterday", "recently", "later", "then", "again"):
            after += 1
        # ("he told me on Friday,": the cue's listener and time phrase stand before the comma too)
        while after < sent.end and after - verb.i <= INTERPOSED_TAIL and doc[after].text != "," \
                and _in_cue_tail(doc[after], verb):
            after += 1
        lo = verb.i - 1
        while lo > sent.start and verb.i - lo <= 7 and doc[lo].text != "," and doc[lo].pos_ in INTERPOSED_SUBJECT_POS:
            lo -= 1
        if after >= sent.end - 1 or doc[after].text != "," or doc[lo].text != "," or lo >= verb.i - 1:
            return None
        line = self.line_of_tok[verb.i]
        left = _strip_punct([t for t in doc[sent.start:lo] if self.line_of_tok[t.i] == line and not t.is_space])
        right = _strip_punct([t for t in doc[after + 1:sent.end] if self.line_of_tok[t.i] == line and not t.is_space])
        if sum(1 for t in left if t.is_alpha) < 2 or sum(1 for t in right if t.is_alpha) < MIN_INDIRECT_WORDS:
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in right) or any(self.is_cue(t) for t in left + right):
            return None  # a list or apposition ("Smith, he said, and Jones"), or another report
        words_right = [t for t in right if t.is_alpha]
        if any(t.i in self.quote_of_tok for t in left) or words_right[0].i in self.quote_of_tok \
                or left[0].lower_ in ("and", "but", "or"):
            return None  # quotations have their own cue; a clause joined on is the writer's
            # (quoted words inside the clause after the cue make it mixed: 'were "well-paid," making ...')
        speaker = self.subject_of(verb)
        if speaker is None or not lo < speaker.i < verb.i:
            speaker = next((t for t in reversed(doc[lo + 1:verb.i]) if t.pos_ in ("PROPN", "PRON", "NOUN")), None)
        if speaker is None or not self.speakers.plausible(speaker):
            return None
        start, end = left[0].idx, right[-1].idx + len(right[-1].text)
        l_end, r_start = left[-1].idx + len(left[-1].text), right[0].idx
        return Draft(start, end, "indirect", cue=verb, cue_text=_cue_words(verb), speaker_tok=speaker,
                     paragraph=self.para_of_tok[verb.i], text=f"{self.text[start:l_end]} {self.text[r_start:end]}")

    def _misparsed_report(self, verb: Token) -> Draft | None:
        """A second report run into a sentence that the parser read as a noun phrase ("..., and more
        than 4 in 10 said billionaire Donald Trump would be best", "said" an adjective of "Trump"): the
        words from the conjunction to the verb say it, the rest of the sentence is what is said."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in MISPARSED_VERB_DEPS:
            return None
        sent, line = verb.sent, self.line_of_tok[verb.i]
        lo = verb.i - 1
        while lo > sent.start and self.doc[lo].dep_ != "cc" and self.doc[lo].text not in (",", ";", ":"):
            lo -= 1
        who = [t for t in self.doc[lo + 1:verb.i] if t.pos_ in ("PROPN", "NOUN", "NUM", "PRON")]
        if not who or self.doc[lo].dep_ != "cc" or verb.i - lo > 8:
            return None
        said = _strip_punct([t for t in self.doc[verb.i + 1:sent.end] if self.line_of_tok[t.i] == line
                             and t.i not in self.quote_of_tok or t.i in self.quote_of_tok])
        if sum(1 for t in said if t.is_alpha) < MIN_INDIRECT_WORDS:
            return None
        speaker = who[-1]
        while speaker.head.i < verb.i and speaker.head.i > lo and speaker.dep_ in ("compound", "nummod", "quantmod"):
            speaker = speaker.head
        if not self.speakers.plausible(speaker):
            return None
        start, end = said[0].idx, said[-1].idx + len(said[-1].text)
        return Draft(start, end, "indirect", cue=verb, cue_text=verb.text, speaker_tok=speaker,
                     paragraph=self.para_of_tok[verb.i])

    def _with_following_quote(self, span: tuple[int, int], verb: Token) -> tuple[int, int]:
        """Reported speech that runs on into a quotation in the same sentence (`said he had offers,
        but "the offers were ..."`): the content ends with the quotation (a mixed quote)."""
        start, end = span
        if verb.i > 0 and self.doc[verb.i].idx > start:
            return span  # the content precedes its reporting clause
        gap_end = min(len(self.text), end + 12)
        first = bisect.bisect_left(self.open_marks, end)
        for m in self.marked[first:first + 3]:
            if end <= m.open_mark <= gap_end and m.close_mark is not None:
                bridge = self.text[end:m.open_mark]
                if all(ch in " ,;:\u00a0" for ch in bridge.replace("but", "").replace("and", "")):
                    if m.paragraph == self.para_of_tok[verb.i]:
                        return start, m.after_close
        return span

    def _complement(self, verb: Token, frame: str) -> tuple[Token | None, Token | None]:
        """The head of the reported content and a subtree to leave out of it (the cue clause itself)."""
        para = self.para_of_tok[verb.i]
        # spaCy's sentences may run across a paragraph break: a complement is in the verb's paragraph
        comps = [c for c in verb.children if c.dep_ == "ccomp" and self.para_of_tok[c.i] == para]
        if comps:
            after = [c for c in comps if c.i > verb.i]
            if not after and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) and any(
                    c.dep_ == "xcomp" and c.i > verb.i for c in verb.children):
                return None, None  # "A - he told refugees to go home": his words are the order, not A
            subj = _subject_child(verb)
            if not after and len(comps) == 2 and subj is not None and subj.i > comps[1].right_edge.i \
                    and comps[1].left_edge.i == comps[0].right_edge.i + 1 \
                    and any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in comps[0].children):
                return comps[0], None  # 'A "..." and B, Ms Short said': one content the parser split in two
            return (after[0] if after else comps[-1]), None
        if frame in ("clause", "object"):
            # "said after the convention he would not accept ...": the complement misread as an adverbial
            # clause because a phrase came between (a real one has "if", "when", "because" ...)
            for c in verb.children:
                if c.dep_ == "advcl" and c.i > verb.i and self.para_of_tok[c.i] == para and _subject_child(c) is not None \
                        and c.tag_ in ("VB", "VBD", "VBZ", "VBP") and not any(
                            x.dep_ in ("mark", "advmod") and x.i < c.i and x.tag_ in ("IN", "WRB") for x in c.children):
                    return c, None
        misattached = self._content_under_prep(verb, para) or self._clause_under_listener(verb, para)
        if misattached is not None:
            return misattached, None
        if frame == "clause":
            for child in verb.children:
                # "said legalizing it could put thousands to work": a gerund subject parsed as the head
                if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > verb.i and any(
                        c.dep_ == "ccomp" and c.i > child.i for c in child.children):
                    return child, None
        if frame == "of":
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for gc in child.children:
                        if gc.dep_ in ("pcomp", "pobj"):
                            return gc, None
        if frame == "gerund":
            for child in verb.children:
                if child.dep_ in ("xcomp", "dobj") and child.tag_ == "VBG":
                    return child, None
        # reporting clause after its content: "X happened, sources said" parsed with the verb hanging
        # from the content's root
        # or in the middle of it: "The hashtag, Mr. Abboud said, accompanied descriptions ..."
        if verb.dep_ in ("parataxis", "advcl", "conj", "ccomp") and not any(c.dep_ == "mark" for c in verb.children):
            # (a clause with "while"/"because" is subordinate: it does not report the clause it hangs on)
            left = [c for c in verb.head.children if c.i < verb.i]
            clause = verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in left)
            # a broken parse of "X, he said, did Y" hangs the cue from a noun root
            parenthetical = verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT" and bool(left)
            if clause or parenthetical:
                edge = verb.left_edge
                set_off = edge.text == "," or (edge.i > 0 and self.doc[edge.i - 1].text == ",")
                if set_off and _subject_child(verb) is not None:
                    if all(c.i >= verb.left_edge.i or c.dep_ != "ccomp" for c in verb.children):
                        return verb.head, verb
        return None, None

    def _clause_under_listener(self, verb: Token, para: int) -> Token | None:
        """"told the meeting he had kept his promise": the parser made the content a relative clause of
        the listener. A real contact clause has a gap ("the meeting he attended"); this one has a subject
        of its own right after the listener, no relative word and its own object or complement."""
        if verb.lemma_.lower() not in LISTENER_VERBS:
            return None
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i or self.para_of_tok[obj.i] != para:
                continue
            for clause in obj.children:
                subj = _subject_child(clause) if clause.dep_ == "relcl" else None
                if subj is None or subj.tag_ not in ("PRP", "NNP", "NNPS", "NN", "NNS"):
                    continue
                before = self.doc[subj.left_edge.i - 1]  # the listener's phrase ends right before the clause
                if before.i < obj.i or clause.left_edge.i <= before.i or not before.is_alpha:
                    continue
                if any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in clause.children):
                    continue
                if any(c.dep_ in ("dobj", "ccomp", "attr", "acomp", "xcomp") for c in clause.children):
                    return clause
        return None

    def _opens_quotation(self, verb: Token) -> bool:
        """Whether a quotation follows VERB within a few tokens ("and continued: '...'")."""
        return any(i in self.quote_of_tok for i in range(verb.i + 1, min(len(self.doc), verb.i + 4)))

    def _between_quotations(self, clause: Token) -> bool:
        """Whether a parenthetical reporting CLAUSE follows or precedes quoted words directly."""
        doc = self.doc
        lo, hi = clause.left_edge.i - 1, clause.right_edge.i + 1
        while lo >= 0 and doc[lo].is_punct and lo not in self.quote_of_tok:
            lo -= 1
        while hi < len(doc) and doc[hi].is_punct and hi not in self.quote_of_tok:
            hi += 1
        if hi in self.quote_of_tok or hi >= len(doc):
            return True
        # a quotation, the cue, then the quoted subject's predicate unquoted ('"Only you, Dinesh," she
        # said, would use ...'): one mixed quote; anything else after it ('..., they said, under Article
        # 21 ...', '..., he said, but "when ..."') is the writer's or another quotation
        return lo in self.quote_of_tok and not (doc[hi].pos_ in ("AUX", "VERB") or doc[hi].tag_ == "MD")

    def _content_under_prep(self, verb: Token, para: int) -> Token | None:
        """A "that" clause the parser hung from the noun of a phrase after the verb ("said in a statement
        that the border would reopen": the clause is an acl of "statement") is what was said."""
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.i > verb.i and prep.lower_ in ("in", "on", "during", "at", "to"):
                nouns.extend(n for n in prep.children if n.dep_ == "pobj")
        for prep in verb.children:
            # "told a press conference before leaving for Tokyo that the ratio was a problem": a "that"
            # clause hung on the verb of a time phrase (which takes none) is the cue's
            if prep.dep_ == "prep" and prep.i > verb.i and prep.lower_ in ("before", "after", "while", "on"):
                for gerund in prep.children:
                    if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG" and self.lex.lemma(gerund) is None:
                        clause = next((c for c in gerund.children if c.dep_ == "ccomp" and c.i > gerund.i
                                       and self.para_of_tok[c.i] == para and _subject_child(c) is not None
                                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
                        if clause is not None:
                            return clause
        for noun in nouns:
            if noun.lower_ in self.lex.noun_forms and any(c.dep_ == "poss" for c in noun.children):
                continue  # "responding to Iran's announcement that ...": Iran's words (a noun draft), not his
            # "told a meeting of island leaders that few people understood ...": a "that" clause with a
            # subject of its own anywhere in the object is a complement clause, not a relative clause
            for clause in noun.subtree:
                if clause.dep_ in ("acl", "ccomp", "relcl") and self.para_of_tok[clause.i] == para and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
                        c.dep_ in SUBJECT_DEPS + ("csubj",) for c in clause.children):
                    return clause
        return None

    def _joined_to_content(self, sib: Token, last: int) -> bool:
        """Whether SIB, a dependent of the cue after the content's last token LAST, is more of what was
        said: a second complement, or a coordinated clause with a subject of its own and no cue (the
        rule of thumb of news copy: "said A and B" reports both), with only punctuation and a
        conjunction between. A clause set off by ", and" is the writer's unless its tense is the
        report's (see ``_reported_tense``)."""
        if sib.dep_ not in ("ccomp", "conj"):
            return False
        between = self.doc[last + 1:sib.left_edge.i]
        if any(not (t.is_punct or t.dep_ == "cc") or t.text in MARK_CHARS for t in between):
            return False
        first = self.doc[last + 1]
        if self.doc[last].text.endswith(tuple(SENTENCE_END)) or first.dep_ == "cc" and first.is_title:
            return False  # "... $732m. But the figures ...": a new sentence the parser ran on
        if sib.dep_ == "ccomp":
            return True
        judgement = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in sib.children) and any(
            c.dep_ in ("acomp", "attr") for c in sib.children)  # "and it is conceivable it could win": said too
        if sib.pos_ not in ("VERB", "AUX") or self.lex.lemma(sib) is not None or any(
                c.dep_ == "mark" or c.dep_ == "ccomp" and not judgement for c in sib.children):
            return False  # "... and he said ...", "..., while ...", "and he believes that ...": not content
        if _subject_child(sib) is None:
            # "said it needed to expand, and would begin receiving deliveries in 2009": a modal predicate
            # hung on a finite cue is the content's, not a second act of the speaker's
            return sib.tag_ == "VB" and sib.head.tag_ in ("VBD", "VBZ", "VBP") and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in sib.children)
        cc = next((t for t in list(between) + list(sib.children) if t.dep_ == "cc" and t.i < sib.i), None)
        if cc is None:
            return False
        comma_first = cc.i > 0 and self.doc[cc.i - 1].text == ","
        return not comma_first or _reported_tense(sib, sib.head)

    def _main_clause_after(self, cue: Token, last: int) -> Token | None:
        """The clause the parser made the head of the sentence when it comes after the content and is
        joined to it by "so", "and" or "but" (the cue its complement: "US officials have said other
        economies need to grow, so the US is not the main engine"): more of what was said, under the
        tests of a coordinated clause (``_joined_to_content``)."""
        main = cue.head
        if cue.dep_ != "ccomp" or main.i <= last or main.pos_ not in ("VERB", "AUX") or self.lex.lemma(main) is not None:
            return None
        subj = _subject_child(main)
        if subj is None or subj.i <= last or main.i in self.quote_of_tok:
            return None
        between = [t for t in self.doc[last + 1:subj.left_edge.i] if not t.is_punct]
        if not between or any(t.head.i != main.i or t.dep_ not in ("cc", "advmod") for t in between) \
                or between[0].lower_ not in ("so", "and", "but") or between[0].is_title:
            return None
        comma_first = self.doc[last + 1].text == ","
        return main if not comma_first or between[0].lower_ == "so" or _reported_tense(main, cue) else None

    def _subject_read_as_object(self, head: Token) -> Token | None:
        """The content's subject when the parser made it the cue's object ("he added the advantages of
        China's entry would outweigh these problems": "advantages" the object of "added"): a noun
        phrase right before a complement that has no subject of its own."""
        if _subject_child(head) is not None or any(c.dep_ in ("mark", "expl") for c in head.children):
            return None
        if not any(t.tag_ in ("MD", "VBD", "VBZ", "VBP") for t in [head, *head.children] if t.dep_ in ("aux", "ROOT", "ccomp")):
            return None  # not a finite clause ("said to be ...")
        cue = head.head
        if self.lex.lemma(cue) in AUDIENCE_VERBS:
            return None  # "told the Japanese this was ...": the object is who was told
        obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < head.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        # between the two only punctuation or the cue's own time words may stand ("said a weaker dollar
        # and higher oil prices last year had hurt exports", "said fears of a trade war, although less
        # acute, remain ..."): they belong to the content the parser split
        # or a subordinate clause the parser hung on the cue ("said evidence obtained by MI5 while the four
        # were in Cuba was inadmissible"): the reported subject's own time clause
        between = obj.doc[obj.right_edge.i + 1:head.left_edge.i]
        if not all(t.is_punct or _under_cue_adverbial(t, cue) or _under_cue_subordinate(t, cue) for t in between):
            return None
        return obj

    def _narrator_clause(self, head: Token) -> int | None:
        """Where a clause joined to the content by ", and" / ", but" with a subject of its own starts:
        the writer's own sentence going on ("said the real extremist is X, and he railed against ...";
        "says the mails were personal, but for Republicans, it is ...") or another speaker's report
        ("..., and more than 4 in 10 said ..."). A clause opened by "that" is still reported, so is one
        in the report's tense ("..., but places should be there"), and anything before its cue (the
        writer does not break into a content the cue closes)."""
        cue = head.head if head.dep_ == "ccomp" and head.head.i != head.i else None
        if cue is not None and cue.i > head.i:
            return None
        for conj in head.rights:
            if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
                continue
            if _subject_child(conj) is None or any(c.dep_ == "mark" for c in conj.children):
                continue
            if cue is not None and self.lex.lemma(conj) is None and _reported_tense(conj, cue):
                continue
            cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i), None)
            if cc is None or cc.lower_ not in ("and", "but") or self.doc[cc.i - 1].text != "," or cc.i in self.quote_of_tok:
                continue
            return cc.i - 1
        for clause in head.rights:
            # "Thailand said it does not wish to ..., while India has also rejected international aid": the
            # writer sets another named party beside the report
            if not _named_contrast(clause):
                continue
            mark = next(c for c in clause.children if c.dep_ == "mark" and c.lower_ in NARRATOR_CONTRASTS)
            if mark.i > 0 and mark.i not in self.quote_of_tok and self.doc[mark.i - 1].text == ",":
                return mark.i - 1
        return None

    def _reporting_clause(self, tok: Token) -> bool:
        """A second reporting clause after the content: "..., adding that ...", "... and said ..."
        (a speech verb inside the content, "if he would have told her", is content)."""
        if self.lex.lemma(tok) is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            return False  # "said X, and that Nigeria will call a meeting": a second that-clause is more content
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            # "... the idea of a mock vote for migrants, saying ...": the speaker's next report; with no
            # comma it says what the noun is ("a stream of information suggesting groups were ...")
            return self.doc[tok.left_edge.i - 1].text in (",", "\u2014", "--", ";") or self._opens_quotation(tok)
            # (or it opens a quotation: 'insisted there was no plan for an invasion saying: "..."')
        if tok.dep_ == "conj" and self._opens_quotation(tok) and (
                self.lex.frame(self.lex.lemma(tok) or "") != "direct" or self.doc[tok.i + 1].text in (":", ",")):
            # '... but argued: "He has apologised ..."': the same speaker's next report, a quotation (but
            # 'cannot continue "down the path of ..."' goes somewhere: "continue" reports only after a colon)
            return True
        if tok.dep_ == "conj" and _subject_child(tok) is None and self.lex.lemma(tok.head) is None \
                and tok.head.pos_ in ("VERB", "AUX"):
            # "it will review the ban and may propose amendments": the same subject's content, unless the
            # verb is the speaker's second act ("said he would order a review and warned against ...")
            # (only when it reports something of its own: "and warned of severe disruption" stays content)
            return _speakers_next_act(tok) and self._verb_draft(tok, self.lex.lemma(tok) or "") is not None
        if tok.dep_ in ("conj", "parataxis"):
            subj = _subject_child(tok)
            if subj is not None and not self.speakers.plausible(subj):
                return False  # "... and the process would continue ...": what the content goes on to say
            if self.lex.frame(self.lex.lemma(tok) or "") == "direct" and not self._opens_quotation(tok):
                return False  # "continue", "go on" report quotations only
        if tok.dep_ == "advcl":
            # "..., while only 49 percent of Republicans say the same": a contrasting report of others
            contrast = any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children)
            return tok.tag_ == "VBG" or contrast and _subject_child(tok) is not None
        return tok.dep_ in ("conj", "parataxis")

    def _object_content(self, verb: Token, frame: str) -> tuple[Token | None, list[Token]]:
        """Content that is an object rather than a clause: "announced plans to ...", "urged Congress to
        act", "called for an inquiry", "called the plan 'a disaster'"."""
        kids = [c for c in verb.children if c.i > verb.i]
        if frame == "call":
            for c in kids:
                # "called for an inquiry", "called on Congress to act" (not "called him divisive on Sunday")
                if c.dep_ == "prep" and c.lower_ in ("for", "on") and not any(
                        k.dep_ in ("dobj", "oprd") and k.i < c.i for k in kids):
                    objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if objs:
                        return objs[0], [k for k in kids if k.dep_ in ("xcomp",) and k.i > objs[0].i]
            objs = [c for c in kids if c.dep_ == "dobj"]
            preds = [c for c in kids if c.dep_ in ("oprd", "xcomp", "ccomp")]
            if not objs and len(preds) >= 2:  # "called both X and Y 'crazy'" parsed as two predicates
                objs, preds = preds[:1], preds[1:]
            if objs and preds:
                return objs[0], preds
            label = self._quoted_label(objs[0]) if objs else None
            if label is not None:
                return objs[0], label
            return None, []
        objs = [c for c in kids if c.dep_ == "dobj" and c.pos_ != "PRON"]
        if not objs:
            # "promised to build a wall": an intention, measured as adding more false quotes than true
            return None, []
        return objs[0], [k for k in kids if k.dep_ in ("xcomp",) and k.i > objs[0].i]

    def _quoted_label(self, obj: Token) -> list[Token] | None:
        """The quoted words a naming verb gives its object (`called the decision "a disgrace"`, `called
        Clinton a "nasty woman"`): a quotation inside the object's phrase or opening at most two words
        after it. Returns the tokens to add to the content (none when inside), or None without one."""
        doc = self.doc
        if any(t.i in self.quote_of_tok and not t.is_punct for t in obj.subtree):
            return []  # (a closing mark the parser hung on the object is not a quotation inside it)
        end = obj.right_edge.i
        for i in range(end + 1, min(len(doc), end + 4)):
            k = self.quote_of_tok.get(i)
            if k is not None:
                a, b = self.tok_ranges[k]
                return [doc[j] for j in range(a, b) if not doc[j].is_punct][-1:]
            if doc[i].is_punct or self.para_of_tok[i] != self.para_of_tok[obj.i]:
                return None
        return None

    def _content_span(
        self, head: Token, skip: Token | None, extra: list[Token] | None = None, min_words: int = MIN_INDIRECT_WORDS
    ) -> tuple[int, int, str | None] | None:
        """Character span of the content: HEAD's subtree without SKIP's subtree, without nested
        reporting clauses ("..., adding that ..."), without "that" and trailing punctuation."""
        toks = list(head.subtree)
        for x in extra or []:
            toks = list(head.doc[min(toks[0].i, x.left_edge.i):max(toks[-1].i, x.right_edge.i) + 1])
        if skip is None and head.i > head.head.i:
            # an adverbial clause after the complement belongs to the content ("said it did not
            # include them, because ..."), unless it is another reporting clause
            for sib in head.head.rights:
                if sib.i > head.right_edge.i and sib.dep_ == "advcl" and not self._reporting_clause(sib) \
                        and not (sib.tag_ == "VBG" and _subject_child(sib) is None):  # ", citing ...": the speaker's act
                    if sib.left_edge.i <= toks[-1].i + 3:
                        toks.extend(t for t in head.doc[toks[-1].i + 1:sib.right_edge.i + 1])
        if skip is None and head.dep_ == "ccomp":
            subject = self._subject_read_as_object(head)
            if subject is not None:  # "added the advantages ... would outweigh these problems"
                toks = list(head.doc[subject.left_edge.i:toks[-1].i + 1])
            # the parser hung the end of the content on the cue as a second complement ("say they are
            # not satisfied the mechanisms ... are robust", "a stream of information suggesting groups
            # were operating ...", "said other economies need to grow, so the US is not ..."), or as a
            # clause coordinated with the cue ("said the exchange does not want X but it is concerned
            # about Y"): a clause that starts where the content stops goes on with it
            question = _indirect_question(head)
            for sib in head.head.children:
                if question and sib.dep_ == "conj":
                    break  # "has not said how much it will cost but it already has a rival": the writer's
                if sib.i > toks[-1].i and self._joined_to_content(sib, toks[-1].i) and (
                        sib.i not in self.quote_of_tok or self.quote_of_tok[sib.i] in {self.quote_of_tok.get(t.i) for t in toks}):
                    # (a quotation opening after the content is joined to it later, as a whole)
                    toks.extend(head.doc[toks[-1].i + 1:sib.right_edge.i + 1])
            main = self._main_clause_after(head.head, toks[-1].i)
            if main is not None:  # "officials have said other economies need to grow, so the US is not ..."
                toks.extend(head.doc[toks[-1].i + 1:main.right_edge.i + 1])
        if skip is None and _subject_child(head) is None:  # a phrase ("of playing X"), not a clause
            elaboration = self._dash_elaboration(head, toks[-1].i)
            if elaboration is not None:
                toks.extend(head.doc[toks[-1].i + 1:elaboration.right_edge.i + 1])
        line = self.line_of_tok[head.i]  # reported content never runs across a line break
        toks = [t for t in toks if self.line_of_tok[t.i] == line]
        resumed: list[Token] = []  # content resuming after a parenthetical reporting clause
        if skip is not None:
            after = [t for t in toks if t.i > skip.right_edge.i]
            while after and _is_plain_punct(after[0]):
                after = after[1:]
            if sum(1 for t in after if t.is_alpha) >= 2:
                resumed = after
            toks = [t for t in toks if t.i < skip.left_edge.i]
        cut = len(toks)
        for j, t in enumerate(toks):
            if t is not head and t.i > head.i and self._reporting_clause(t):
                nested = t.left_edge.i
                cut = next((x for x, u in enumerate(toks) if u.i == nested), j)
                break
        for j, t in enumerate(toks[:cut]):
            if t.i > head.i and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in MISPARSED_VERB_DEPS and self.is_cue(t):
                cc = next((u for u in reversed(toks[:j]) if u.dep_ == "cc" and t.i - u.i <= 8), None)
                if cc is not None and toks.index(cc) > 0:
                    cut = toks.index(cc)  # ", and more than 4 in 10 said ...": the next report
                    break
        background = min((b for x in [head, *(extra or [])] if (b := _background_of_order(x)) is not None), default=None)
        if background is not None:
            cut = min(cut, next((x for x, u in enumerate(toks) if u.i >= background), cut))
        narrated = self._narrator_clause(head)
        if narrated is None and head.pos_ in ("NOUN", "PROPN"):
            narrated = _comment_on_object(head)
        if narrated is not None:
            cut = min(cut, next((x for x, u in enumerate(toks) if u.i >= narrated), cut))
        toks = toks[:cut]
        that = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if toks and that is not None and toks[0].i < that.i and all(
                t.i == that.i or t.is_punct or t.head.i != head.i or t.dep_ in ("advcl", "prep", "advmod")
                for t in toks if t.i <= that.i):
            # "said — on Twitter, as it happens — that Trump raised ...": an aside before "that" is the writer's
            toks = [t for t in toks if t.i >= that.i]
        if toks and toks[0].dep_ == "mark" and toks[0].lower_ in ADVERBIAL_MARKS and toks[0].head.i == head.i:
            return None  # "said as the fighters worked out": a circumstance, not what was said
            # (not "Until industry improved, the authorities would have little scope, it added")
        while toks and (toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether", "if") or _is_plain_punct(toks[0])
                        or toks[0].dep_ == "cc" and toks[0].head.i == head.i and toks[0].is_sent_start):
            toks = toks[1:]  # (and a sentence's "But" before a content set before its cue: the writer's link)
        while toks and (_is_plain_punct(toks[-1]) or toks[-1].dep_ == "cc"):
            toks = toks[:-1]
        while resumed and (_is_plain_punct(resumed[-1]) or resumed[-1].dep_ == "cc"):
            resumed = resumed[:-1]
        if sum(1 for t in toks + resumed if t.is_alpha) < min_words or not toks:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if not resumed:
            return start, end, None
        r_start, r_end = resumed[0].idx, resumed[-1].idx + len(resumed[-1].text)
        return start, r_end, f"{self.text[start:end]} {self.text[r_start:r_end]}"

    def _dash_elaboration(self, head: Token, last: int) -> Token | None:
        """The phrase a long dash after the content opens, when the parser hung it from the content's
        governors rather than the content ("accused the country of playing a double game -- publicly
        supporting U.S. efforts while ..."): it spells out what was said, so it belongs to it."""
        doc = self.doc
        dash = last if doc[last].text in LONG_DASHES else last + 1
        if dash + 1 >= len(doc) or doc[dash].text not in LONG_DASHES or doc[dash + 1].i in self.quote_of_tok:
            return None
        governors = {head.i}
        anc = head
        for _ in range(3):  # the content's own governors: "of" and the cue for "accused X of playing"
            if anc.head.i == anc.i:
                break
            anc = anc.head
            governors.add(anc.i)
        phrase = doc[dash + 1]
        while phrase.head.i != phrase.i and phrase.head.left_edge.i == dash + 1 and phrase.head.i not in governors:
            phrase = phrase.head
        if phrase.dep_ not in ("advcl", "appos", "acl", "conj", "xcomp") or phrase.head.i not in governors \
                or doc[dash + 1].i != phrase.left_edge.i or self.line_of_tok[phrase.right_edge.i] != self.line_of_tok[head.i]:
            return None
        if self.lex.lemma(phrase) is not None or _subject_child(phrase) is not None:
            return None  # "-- he added --" or a clause of its own: not an elaboration of the content
        return phrase

    def _according_draft(self, tok: Token) -> Draft | None:
        """'According to X, content' / 'content, according to X' when no speech verb attributes it."""
        source = _according_object(tok)
        if source is None or not self.speakers.plausible(source):
            return None  # "according to plan": no source
        sent = tok.sent
        root = sent.root
        if self.lex.lemma(root) is not None or any(self.lex.lemma(t) for t in root.children
                                                   if t.dep_ in ("conj",) and t.i < tok.i):
            return None  # "X said ..., according to CNN": the outlet is the via of X's quote
        head = tok.head
        # "A had 36 percent and B snagged 13, according to"; "X would see incomes go up, according to"
        while head.dep_ in ("conj", "ccomp", "xcomp") and head.i != root.i:
            head = head.head
        if head.i != root.i:
            return None
        para = self.para_of_tok[tok.i]
        a_lo, a_hi = tok.left_edge.i, _attribution_end(tok, source)
        toks = [t for t in sent if not (a_lo <= t.i <= a_hi) and not t.is_space and self.para_of_tok[t.i] == para
                and t.i not in self.quote_of_tok]
        before = [t for t in toks if t.i < a_lo]
        after = [t for t in toks if t.i > a_hi]
        before, after = _strip_punct(before), _strip_punct(after)
        if before and after and after[0].dep_ == "cc" and after[0].lower_ == "but":
            after = []  # "A leads B, according to the AP, but B has vowed ...": the writer goes on
        preposed = [c for c in root.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and before
                    and c.left_edge.i == before[0].i and c.right_edge.i < a_lo
                    and not any(m.dep_ in ("mark", "advmod") and m.i < c.i for m in c.children)]
        if preposed:  # "Boasting 108,000 residents ..., the GOP leaners seem enamored": the writer's scene
            before = _strip_punct([t for t in before if t.i > preposed[0].right_edge.i])
        if sum(1 for t in before + after if t.is_alpha) < MIN_INDIRECT_WORDS:
            return None
        parts = [p for p in (before, after) if p]
        start, end = parts[0][0].idx, parts[-1][-1].idx + len(parts[-1][-1].text)
        text = None
        if len(parts) == 2:  # the attribution sits inside its content: cut it out of the text
            text = " ".join(self.text[p[0].idx:p[-1].idx + len(p[-1].text)] for p in parts)
        return Draft(start, end, "indirect", cue=tok, cue_text="according to", speaker_tok=source,
                     paragraph=para, text=text)

    # -- shared helpers ---------------------------------------------------------------------------
    def subject_of(self, verb: Token) -> Token | None:
        """The token naming who speaks through VERB: its subject, or the subject it shares, or when the
        parse gives none, the name between a quotation and VERB ('"...," Ramos, 58, told AFP')."""
        found = self._parsed_subject(verb)
        if found is None and verb.i not in self.quote_of_tok:
            found = self._bridge_subject(verb)
        return found

    def _parsed_subject(self, verb: Token) -> Token | None:
        glued = self._line_subject(verb)
        if glued is not None:
            return glued
        quoted = _quoted_person(verb)
        if quoted is not None:
            return quoted  # "The agency quoted him as saying ...": he speaks, the agency relays it
        agent = _passive_agent(verb)
        if agent is not None:
            return agent  # "Rubio was asked by moderator Gerard Baker whether ...": the one asking speaks
        if verb.dep_ in ("compound", "amod", "nmod") and verb.head.i == verb.i + 1 and verb.head.pos_ == "PROPN" \
                and (verb.i == verb.sent.start or self.doc[verb.i - 1].is_punct):
            return verb.head  # 'Said Ellis: "..."': the inverted cue read as part of the name
        cur: Token | None = verb
        for _ in range(6):
            if cur is None:
                return None
            subj = _subject_child(cur)
            if subj is not None and subj.i in self.quote_of_tok and verb.i not in self.quote_of_tok:
                # the parse lent the cue a subject from inside the quotation ("We ...," Ramos, 58, told
                # AFP): the speaker is the name between the quotation and the cue
                bridged = self._bridge_subject(verb)
                if bridged is not None:
                    return bridged
            if subj is not None and cur is verb and _object_read_as_subject(verb, subj):
                subj = _subject_child(verb.head)  # "envoys toured Gulf states saying ...": the envoys say
            if subj is not None and cur is not verb and verb.tag_ == "VBG" and subj.lower_ == "it" \
                    and cur.lemma_ == "be":
                # "It has been a strange week for M&S, which received a statement from X, confirming ...":
                # no one is "it"; the document named just before the participle speaks
                return self._document_before(verb)
            if subj is not None:
                return self._usable_subject(subj, verb)
            if cur is verb:
                misread = _misread_subject(verb)
                if misread is not None:
                    return misread
            if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
                return _relative_antecedent(cur)  # "Smith, who said ..."
            if cur.dep_ == "acl" and cur.tag_ in ("VBD", "VBN", "VBZ") and cur.head.pos_ == "PROPN" \
                    and cur.head.i < cur.i and not any(c.dep_ == "agent" for c in cur.children):
                return cur.head  # "Donald Trump, who is vying to be president, tweeted ..." parsed as a modifier
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.i < cur.i:
                outer = self._reporting_ancestor(cur.head)
                if outer is not None:  # 'insisted there was no plan for an invasion saying: "..."': his words
                    cur = outer
                    continue
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") \
                    and cur.head.i < cur.i and cur.head.dep_ != "pobj" and self.speakers.plausible(cur.head):
                # "a statement saying that ...", "postings that included one saying that ..."; the owner
                # of what speaks ("her tweets accusing him of ...") is the speaker
                owner = next((c for c in cur.head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)
                return owner if owner is not None else cur.head
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and _absolute_subject(cur) is not None \
                    and self.speakers.plausible(cur.head):
                return cur.head  # "with analysts saying ...", "despite several senators saying ...": they say it
            if cur.dep_ in ("pcomp", "prep") or cur.dep_ == "advmod" and cur.pos_ == "ADV" and cur.head.i != cur.i:
                cur = cur.head  # "appeared at a hearing for saying that ...": the clause the phrase is in
                continue
            if cur is verb and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "relcl" \
                    and self.doc[verb.left_edge.i - 1].text == "," and verb.head.head.head.i != verb.head.head.i:
                # "not paying an architect who said he was stiffed ..., saying, '...'": the participle
                # after a relative clause goes with the main clause, not with the relative's noun
                cur = verb.head.head.head
                continue
            controller = _object_controller(cur) if cur is verb else None
            if controller is not None:
                return controller  # "prompted the prime minister to say ...": the minister speaks
            if cur is verb and verb.dep_ == "advcl" and _named_contrast(verb.head):
                cur = verb.head  # ", while India has rejected aid, saying it can cope": India says it
                continue
            if cur.dep_ in ("conj", "xcomp", "advcl", "acl"):
                # "..., adding that": prefer the nearest speech verb above with a subject
                up = cur.head
                while up is not None and up.dep_ not in ("ROOT",) and (self.lex.lemma(up) is None or _tense_clash(cur, up)):
                    up = up.head if up.head.i != up.i else None
                # a speech verb coordinated inside another's complement shares its speaker ("said
                # the U.S. should leave and said attempts would fail")
                if up is not None and self.lex.lemma(up) is not None and (cur.tag_ == "VBG" or cur.dep_ == "conj"):
                    cur = up
                    continue
                cur = cur.head
                continue
            return None
        return None

    def _reporting_ancestor(self, noun: Token) -> Token | None:
        """The speech verb whose complement holds NOUN ("insisted there was no plan ...": "insisted")."""
        cur = noun
        for _ in range(8):
            if cur.head.i == cur.i:
                return None
            if cur.dep_ == "ccomp" and self.lex.lemma(cur.head) is not None:
                return cur.head
            cur = cur.head
        return None

    def _document_before(self, verb: Token) -> Token | None:
        """The document noun ("statement", "release") whose phrase ends at the comma before VERB."""
        docs = self.speakers.nouns.documents
        for t in reversed(self.doc[verb.sent.start:verb.i]):
            if t.lower_ in docs and t.tag_ == "NN" and t.i not in self.quote_of_tok:
                between = [b for b in self.doc[t.right_edge.i + 1:verb.i] if not b.is_punct]
                if not between:
                    return t
                # "a statement from Philip Green, the billionaire Bhs owner, confirming": Green speaks
                prep = between[0]
                author = next((c for c in prep.children if c.dep_ == "pobj"), None)
                inside = {s.i for s in prep.subtree}
                if prep.lower_ in ("from", "by") and author is not None and all(b.i in inside for b in between):
                    return author
                return None
        return None

    def _bridge_subject(self, verb: Token) -> Token | None:
        """The first name or noun in the words between a closing quotation mark and VERB."""
        i = verb.i - 1
        while i >= 0 and i not in self.quote_of_tok and self.doc[i].text not in SENTENCE_END and verb.i - i <= 16:
            i -= 1
        if i < 0 or i not in self.quote_of_tok:
            return None
        bridge = self.doc[i + 1:verb.i]
        nominal = [t for t in bridge if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not nominal or any(t.dep_ == "prep" and t.i < nominal[0].i for t in bridge):
            return None  # '"...," in addition to stating': not a name
        first = nominal[0]
        while first.dep_ in ("compound", "flat") and first.head.i < verb.i and first.head in nominal:
            first = first.head
        return first

    def _nearby_speaker(self, verb: Token, content: tuple[int, int], before_only: bool = False) -> Token | None:
        """The nearest name, person or pronoun that can speak in VERB's sentence, outside quotation marks
        and outside the content: the speaker of a plain report whose parsed subject cannot speak
        ('"...," Texas delegate Bill Eastland, wearing "Ted Cruz" campaign pins, said')."""
        best: tuple[int, int] | None = None
        depth = 0  # inside brackets: "(R-Wis.)" is no speaker
        for t in verb.sent:
            depth += (t.text == "(") - (t.text == ")")
            if depth > 0 or t.i in self.quote_of_tok or content[0] <= t.idx < content[1] or t.i == verb.i:
                continue
            if before_only and (t.i > verb.i or verb.i - t.i > 8 or self.line_of_tok[t.i] != self.line_of_tok[verb.i]):
                continue
            # modifiers, objects (the audience of "told", the place of "in all five states") and relative
            # pronouns do not speak
            adjacent_name = before_only and t.i == verb.i - 1 and t.pos_ == "PROPN"  # "... of the Post Trump said"
            if t.dep_ in ("compound", "poss", "amod", "nmod", "pobj", "dobj", "dative", "attr", "oprd", "nummod") \
                    and not adjacent_name \
                    or t.tag_ in ("WP", "WDT") or t.ent_type_ in ("GPE", "LOC") or t.lower_ in self.lex.forms:
                continue
            if not self.speakers.plausible(t):
                continue
            rank = 0 if t.ent_type_ == "PERSON" or t.pos_ == "PRON" else 1
            key = (rank, int(t.i > verb.i), abs(t.i - verb.i))
            if best is None or key < best:
                best = key
                found = t
        if best is None or best[2] > 20:
            return None
        if found.dep_ == "pobj" and not self._names_a_person(found) and found.head.lower_ in ("from", "of", "for", "at") \
                and found.head.head.pos_ == "NOUN" \
                and self.speakers.plausible(found.head.head):
            return found.head.head  # "a spokesperson from the Kontra-Kulture Halle said": the spokesperson
        return found

    def _names_a_person(self, tok: Token) -> bool:
        if tok.ent_type_ == "PERSON":
            return True
        table = self.ctx.entities
        if table is None or not table.entities:
            return False
        ent = table.at_token(tok.i)
        if ent is not None and ent.type == "PERSON":
            return True
        # a surname glued into another name by the tagger ("the Washington Post Trump said")
        return any(e.type == "PERSON" and e.name.split()[-1:] == [tok.text] for e in table.entities)

    def _line_subject(self, verb: Token) -> Token | None:
        """The name opening the line of a subject-less VERB that the parse hung from a line above (a
        headline run into its entry: "... Over Zika Virus\nChris Christie said he would ...")."""
        if _subject_child(verb) is not None or self.line_of_tok[verb.head.i] == self.line_of_tok[verb.i]:
            return None
        line = self.line_of_tok[verb.i]
        before = [t for t in self.doc[max(0, verb.i - 8):verb.i] if self.line_of_tok[t.i] == line and not t.is_space]
        if not before or before[0].idx != self.line_starts[line] or any(t.pos_ in ("VERB", "AUX") for t in before):
            return None
        nominal = [t for t in before if t.pos_ in ("PROPN", "NOUN", "PRON")]
        return nominal[-1] if nominal else None

    def _usable_subject(self, subj: Token, verb: Token) -> Token | None:
        """SUBJ, or a better token of its phrase when the parse glued something else on: a time stamp
        or a line from another paragraph ("12:15 p.m.\n\nPresident Obama says"), words in quotes."""
        para = self.para_of_tok[verb.i]
        after_dash = _after_dateline(subj, verb)
        if after_dash is not None:
            return after_dash
        if subj.ent_type_ not in ("TIME", "DATE") and self.para_of_tok[subj.i] == para and subj.i not in self.quote_of_tok:
            return subj
        for t in subj.subtree:
            if (self.para_of_tok[t.i] == para and t.i not in self.quote_of_tok and t.pos_ in ("PROPN", "NOUN", "PRON")
                    and t.ent_type_ not in ("TIME", "DATE")):
                while t.head.i != t.i and t.dep_ in ("compound", "amod", "nmod") and t.head.i < verb.i:
                    t = t.head
                return t
        return subj  # nothing better: keep the quote, with the subject as parsed

    def _according_in_clause(self, verb: Token) -> Token | None:
        """X in 'according to X' attached to the cue's clause."""
        for t in verb.sent:
            if t.lower_ == "according" and t.i not in self.quote_of_tok and (t.head.i == verb.i or t.head.i == verb.head.i):
                return _according_object(t)
        return None

    def _told_outlet(self, verb: Token) -> Token | None:
        """X in 'told X' when X is a news outlet or an organisation; the outlet of "X quoted him as
        saying", "he was quoted by X as saying"."""
        relay = _quoting_verb(verb)
        if relay is not None:
            if relay.tag_ == "VBN":
                return _agent_of(relay)
            return _subject_child(relay)
        if self.lex.lemma(verb) != "tell":
            return None
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "iobj"):
                ent = child.ent_type_
                words = {t.lower_ for t in child.subtree}
                if ent in ("ORG", "WORK_OF_ART") or words & OUTLET_WORDS:
                    return child
        return None


# -- module helpers -------------------------------------------------------------------------------
def _quoting_verb(verb: Token) -> Token | None:
    """'quoted' in "X quoted him as saying ...", "he was quoted by X as saying ..." when VERB is 'saying'."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.i == prep.i or prep.head.lemma_.lower() != "quote":
        return None
    return prep.head


def _object_read_as_subject(verb: Token, subj: Token) -> bool:
    """Whether the parser made the object of the verb before a participle its subject ("toured Gulf
    states saying ..."): the noun phrase right after an object-less verb, with no comma before the cue."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "conj") or head.pos_ != "VERB" or head.i == verb.i:
        return False
    if not head.i < subj.left_edge.i <= head.i + 2 or subj.i > verb.i:
        return False
    if any(c.dep_ in ("dobj", "attr", "dative") for c in head.children):
        return False
    return _subject_child(head) is not None and not any(t.text == "," for t in verb.doc[subj.i:verb.i])


def _quoted_person(verb: Token) -> Token | None:
    """The object of "quoted X as saying": the one whose words are relayed."""
    relay = _quoting_verb(verb)
    if relay is None:
        return None
    return next((c for c in relay.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _subject_child(tok: Token) -> Token | None:
    """The subject of TOK; when the parse gives two (a time stamp glued on: "12:15 p.m. Trump says"),
    the one that is not a time or date and is nearest the verb."""
    subjects = [c for c in tok.children
                if c.dep_ in SUBJECT_DEPS and c.lower_ not in ("that", "which", "who", "what", "this")]
    if len(subjects) > 1:
        subjects.sort(key=lambda c: (c.ent_type_ in ("TIME", "DATE"), abs(c.i - tok.i)))
        described = [c for c in subjects if _described_person(c, subjects)]
        if described:
            subjects = described  # "Lisa Power, head of policy at the Terrence Higgins Trust said": Power
    if not subjects:
        return None
    first = subjects[0]
    if first.lower_ in ("'s", "\u2019s"):  # "she's said" parsed with "'s" as the subject of "said"
        return next((c for c in first.children if c.dep_ in SUBJECT_DEPS), first)
    return first


def _described_person(subj: Token, subjects: list[Token]) -> bool:
    """Whether SUBJ is a person's name followed by a comma and a description that holds the other
    subjects (the parse split "X, head of policy at Y said" into two subjects)."""
    if subj.ent_type_ != "PERSON" or subj.i + 1 >= len(subj.doc) or subj.doc[subj.i + 1].text != ",":
        return False
    appos = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
    # ("Blake Lee-Harwood, campaigns director at Greenpeace, said" parsed as two subjects side by side)
    beside = [o for o in subjects if o.i != subj.i and subj.i < o.left_edge.i <= subj.i + 2]
    return bool(appos or beside) and all(o.i == subj.i or o.i > subj.i and o.ent_type_ != "PERSON" for o in subjects)


def _misread_subject(verb: Token) -> Token | None:
    """The subject of a subject-less VERB that the parser put elsewhere in its sentence: "Majorities of
    voters going to the polls said ..." (the noun phrase read as a clause: the subject of "going"),
    "Kasich offered the man a job, then says he'll ..." (the first predicate read as a complement), a name set
    after a fronted phrase and read as its apposition."""
    for c in verb.children:
        if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i:
            subj = _subject_child(c)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj
    if verb.dep_ == "dep" and verb.head.tag_ == "VBG" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        subj = _subject_child(verb.head)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        # "In response to Dr Gibbons' comments, Ieuan Wyn Jones, leader of the Plaid group, said:": the name
        # the parser hung on the fronted phrase as an apposition, closing right before the verb
        for t in prep.subtree:
            if t.dep_ == "appos" and t.pos_ == "PROPN" and t.right_edge.i < verb.i and all(
                    verb.doc[k].is_punct for k in range(t.right_edge.i + 1, verb.i)):
                return t
    left = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    right = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if left and right and verb.i > 0 and any(
            t.lower_ in ("then", "and", "but") for t in verb.doc[left[-1].right_edge.i + 1:verb.i]):
        subj = _subject_child(left[-1])
        if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN") and subj.i < left[-1].i:
            return subj
    return None


def _asked_of_subject(verb: Token) -> bool:
    """Whether "ask" VERB is passive with no agent: "was asked whether ...", a preposed "Asked about X,
    ..." (the subject was asked; who asked is not said)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.i == _first_word(verb.sent).i:
        return _subject_child(verb) is None  # a preposed "Asked how ..., he said" the tagger read as a past tense
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ in ("advcl", "ROOT") and _subject_child(verb) is None and verb.i == _first_word(verb.sent).i


def _relative_antecedent(clause: Token) -> Token:
    """Who the pronoun of the relative CLAUSE stands for when the parser hung the clause on the wrong
    noun: "Democrats on Capitol Hill, who have argued" (a place does not argue: the people its phrase
    locates do), "McConnell, now the Senate majority leader, who said" (the name, not its title)."""
    noun = clause.head
    who = any(c.lower_ == "who" and c.dep_ in SUBJECT_DEPS for c in clause.children)
    if who and noun.dep_ == "pobj" and noun.ent_type_ not in ("PERSON", "NORP") and noun.tag_ not in ("NNS", "NNPS") \
            and noun.head.lower_ in LOCATING_PREPS and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and (noun.head.head.tag_ in ("NNS", "NNPS") or noun.head.head.ent_type_ in ("PERSON", "NORP")):
        return noun.head.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return noun.head
    return noun


def _comment_on_object(noun: Token) -> int | None:
    """Where the writer's comment on an object content starts: a relative clause set off by a comma
    at its end ("acknowledged the reality of climate change, which makes him an outlier")."""
    for rel in noun.subtree:
        if rel.dep_ == "relcl" and rel.left_edge.i > noun.i and noun.doc[rel.left_edge.i - 1].text == "," \
                and rel.left_edge.lower_ in ("which", "who") and rel.right_edge.i >= noun.right_edge.i - 1:
            return rel.left_edge.i - 1
    return None


def _first_word(sent: Span) -> Token:
    return next((t for t in sent if not (t.is_punct or t.is_space)), sent[0])


def _unattributed(verb: Token) -> bool:
    """A passive report without an agent ("it was announced that", "parents were warned they would"),
    or a report someone else wants made ("would prefer Turkey to admit that"): no one is said to speak."""
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    if passive and not any(c.dep_ == "agent" for c in verb.children) and passive[0].lower_ not in ("'s", "\u2019s"):
        return True  # (not "who's called for": the contraction may be "has")
    if verb.dep_ == "xcomp" and verb.head.lemma_ in REFUSAL_VERBS:
        return True  # "declined to say whether ...": nothing was said
    controller = _object_controller(verb)
    return controller is not None and (verb.head.lemma_ in WISH_VERBS or any(
        c.tag_ == "MD" for c in verb.head.children))


def _object_controller(verb: Token) -> Token | None:
    """The object that is the subject of an infinitive report ("prompted the prime minister to say ...",
    "would prefer Turkey to admit ...")."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return None
    return next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubj") and verb.head.i < c.i < verb.i), None)


def _cue_dependent(tok: Token, cue: Token) -> Token | None:
    """The dependent of CUE whose subtree holds TOK (TOK itself when it hangs on CUE), or None."""
    for anc in (tok, *tok.ancestors):
        if anc.head.i == cue.i and anc.i != cue.i:
            return anc
    return None


def _under_cue_adverbial(tok: Token, cue: Token) -> bool:
    """TOK lies in a bare time or manner phrase hung on CUE ("last year", "also")."""
    dep = _cue_dependent(tok, cue)
    return dep is not None and dep.dep_ in ("npadvmod", "advmod") and dep.pos_ != "VERB"


def _under_cue_subordinate(tok: Token, cue: Token) -> bool:
    """TOK lies in a clause opened by a subordinator ("while", "when", "after") and hung on CUE."""
    dep = _cue_dependent(tok, cue)
    return dep is not None and dep.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.i == dep.left_edge.i for c in dep.children)


def _indirect_question(head: Token) -> bool:
    """Whether the clause of HEAD asks rather than states: "how much it will cost", "whether he runs"."""
    doc = head.doc
    return doc[head.left_edge.i].tag_ in ("WRB", "WP", "WDT") or any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children)


def _has_infinitive(noun: Token) -> bool:
    """Whether NOUN has a "to" infinitive of its own ("plans to cut 2,000 jobs")."""
    return any(c.dep_ == "acl" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in noun.children)


def _named_contrast(clause: Token) -> bool:
    """A clause the writer sets beside a report with "while"/"whereas" and a named subject of its own
    ("..., while India has also rejected international aid")."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in NARRATOR_CONTRASTS for c in clause.children):
        return False
    if clause.pos_ != "VERB" or clause.lemma_ == "be":
        return False  # "... are small, while China's is huge": a comparison the speaker draws
    subject = _subject_child(clause)
    return subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in NAMED_PARTY_LABELS


def _reported_tense(clause: Token, cue: Token) -> bool:
    """Whether CLAUSE's verbs are in a tense only reported speech uses after CUE: a modal ("and the
    process would continue") or, after a past-tense cue, the present ("said ... but it is concerned")."""
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(v.tag_ == "MD" for v in verbs):
        return True
    return cue.tag_ == "VBD" and any(v.tag_ in ("VBZ", "VBP") for v in verbs)


def _background_of_order(head: Token) -> int | None:
    """Where the writer's background starts in an infinitive content: a past-tense time clause after it
    ("warned officials to boost their security after hackers targeted data systems") tells what happened
    before the warning, not what was urged (a finite content keeps its clauses: "said the talks would
    resume after the two sides met", where the past may be the report's)."""
    if head.tag_ != "VB" or head.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    for clause in head.rights:
        if clause.dep_ == "advcl" and clause.tag_ == "VBD" and any(
                c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS and c.i < clause.i for c in clause.children):
            return clause.left_edge.i
    return None


def _absolute_subject(participle: Token) -> Token | None:
    """The subject of an absolute construction ("with analysts saying ...", "despite several senators
    saying ...", "amid officials warning ..."): the people the preposition's object names, right before the
    participle. Not a document ("responded with a statement saying ...": its issuer speaks) nor a singular
    common noun ("with one saying"), which the parse mostly hangs there wrongly."""
    noun = participle.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ABSOLUTE_PREPS or participle.i - noun.i > 2:
        return None
    if noun.lower_ in ISSUED_DOCUMENTS or noun.tag_ == "NN" and noun.ent_type_ not in ("PERSON", "ORG", "NORP"):
        return None
    return noun


def _speakers_next_act(conj: Token) -> bool:
    """Whether CONJ, a speech verb with no subject of its own coordinated with the verb of a cue's
    content, is the speaker's next act rather than more of the content. Either its tense cannot go with
    the content's verb ("said he would order a review and warned against hackers", "said he'd battled
    pneumonia and called it common"), or the content's subject is a pronoun that can stand for the
    speaker and CONJ is in the cue's tense ("China said it was opposed to the test and warned North
    Korea to refrain"), with a complement of its own: both readings give the same speaker, and the report is the speaker's.
    Not when the content is about someone else ("Police said he stole a car and told officers ...")."""
    head = conj.head
    cue = head.head
    if head.dep_ != "ccomp" or cue.i == head.i or conj.tag_ not in ("VBD", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False  # "and may propose amendments", "and had been told": the content's own verbs
    perfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "\u2019d") for c in head.children)
    if _tense_clash(conj, head) or perfect and conj.tag_ == "VBD" and cue.tag_ == "VBD":
        return True
    subject = _subject_child(head)
    if not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in conj.children):
        return False  # "they learned of it and disclosed them to the AP": no report of its own, the content's
    return conj.tag_ == cue.tag_ and subject is not None and _pronoun_for(subject, _subject_child(cue))


def _pronoun_for(pronoun: Token, speaker: Token | None) -> bool:
    """Whether PRONOUN (a content's subject) can stand for SPEAKER (the cue's subject) by its kind:
    "he"/"she" a person, "it" a body or a thing, "they" a plural, the same pronoun itself."""
    word = pronoun.lower_
    if speaker is None or word not in ("he", "she", "it", "they"):
        return False
    if speaker.pos_ == "PRON":
        return speaker.lower_ == word
    person = speaker.ent_type_ == "PERSON"
    if word in ("he", "she"):
        return person
    if word == "it":
        return not person and speaker.tag_ in ("NN", "NNP")
    return speaker.tag_ in ("NNS", "NNPS") or speaker.ent_type_ == "NORP"


def _tense_clash(conj: Token, head: Token) -> bool:
    """A finite verb cannot be coordinated with a modal's infinitive ("said the country would declare
    ... and suggested ...": "suggested" goes with "said", not with "would declare")."""
    return conj.dep_ == "conj" and conj.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB" and any(
        c.tag_ == "MD" for c in head.children)


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive cue ("was asked by X", "was told by X"): the one who speaks."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return _agent_of(verb)


def _agent_of(verb: Token) -> Token | None:
    """The object of VERB's "by" agent ("quoted by the Tass news agency")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _after_dateline(subj: Token, verb: Token) -> Token | None:
    """The name after a dash when the parse made a dateline the subject ("CLEVELAND, July 19 (UPI) —
    Former Attorney General Michael Mukasey told ..."): the head of the phrase between the dash and
    the verb."""
    if not subj.i < verb.i or not (subj.is_upper or subj.ent_type_ in ("GPE", "LOC")):
        return None
    doc = subj.doc
    dash = max((t.i for t in doc[subj.i:verb.i] if t.text in LONG_DASHES), default=None)
    if dash is None or dash + 1 >= verb.i or dash - subj.sent.start > 12:
        return None
    phrase = doc[dash + 1:verb.i]
    heads = [t for t in phrase if not (dash < t.head.i < verb.i) and t.pos_ in ("PROPN", "NOUN")]
    return heads[0] if len(heads) == 1 else None


def _according_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.lower_ == "to":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    return gc
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for gc in nxt.children:
            if gc.dep_ == "pobj":
                return gc
    return None


def _attribution_end(according: Token, source: Token) -> int:
    """The last token of "according to X": X's phrase up to the first comma after it. The parser often
    hangs the whole sentence from a sentence-initial "According" ("According to X, the move reeks of
    fear"), so its subtree is not the attribution."""
    doc = according.doc
    end = according.right_edge.i
    for t in doc[source.i + 1:end + 1]:
        if t.text in (",", ";", ":") or t.text in LONG_DASHES:
            rest = doc[t.i + 1:end + 1]
            # a clause of its own after the comma (not an apposition "a former aide now teaching at ...",
            # nor a relative "what it projected")
            clause = any(u.dep_ in SUBJECT_DEPS and u.head.tag_ in ("VBD", "VBZ", "VBP", "MD")
                         and not any(c.tag_ in ("WP", "WDT") for c in u.head.children) for u in rest)
            return t.i - 1 if according.dep_ == "ROOT" or clause else end
    return end


def _name_head(tok: Token) -> Token:
    """The head of the name starting at TOK ('Mike Pompeo' -> Pompeo); a title before the name is
    passed over ('Foreign Minister Sergei Lavrov' -> Lavrov): the run of proper nouns ends at its name."""
    doc = tok.doc
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and not doc[end + 1].is_sent_start:
        end += 1
    names = [e for e in doc.ents if e.start <= end and tok.i < e.end and e.label_ in ("PERSON", "ORG", "GPE")]
    return names[-1].root if names else doc[end]  # the last name touching the run is the speaker


def _cue_words(verb: Token) -> str:
    for child in verb.children:
        if child.dep_ == "prt":
            return f"{verb.text} {child.text}"
    return verb.text


def _outlet_name(tok: Token) -> str:
    """The whole name of an outlet ("The Wall Street Journal", "BBC Radio 4's World at One")."""
    toks = _strip_punct([t for t in tok.subtree if not t.is_space])
    cut = next((j for j, t in enumerate(toks) if t.text in (",", "(", ";") and t.i > tok.i), len(toks))
    toks = _strip_punct(toks[:cut])
    if not toks or len(toks) > 10:
        return tok.text
    return tok.doc[toks[0].i:toks[-1].i + 1].text


def _names_a_title(text: str, m: MarkedSpan) -> bool:
    """A short quotation right after a possessive ("CBS’s “Face the Nation”", "the paper's
    "Opinion" page") names a show or a section: what someone says is not owned by a name."""
    before = text[max(0, m.open_mark - 4):m.open_mark].rstrip()
    return before.endswith(("'s", "’s", "s'", "s’")) and text[m.start:m.start + 1].isupper()


def _is_title(text: str) -> bool:
    """Title Case words ("Face the Nation", "Make Your Kid a Millionaire"): a title, not speech."""
    words = [w.strip(".,!?;:'\"\u2019") for w in text.split()]
    content = [w for w in words if w[:1].isalpha() and w.lower() not in TITLE_FUNCTION_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _strip_punct(toks: list[Token]) -> list[Token]:
    while toks and _is_plain_punct(toks[0]):
        toks = toks[1:]
    while toks and (_is_plain_punct(toks[-1]) or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    return toks


def _is_plain_punct(tok: Token) -> bool:
    """Punctuation other than quotation marks (which belong to a mixed quote's content)."""
    return (tok.is_punct or tok.is_space) and tok.text not in ('"', "\u201c", "\u201d", "''", "``")


def _word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


# -- assembling ---------------------------------------------------------------------------------
def _merge(finder: QuoteFinder, direct: list[Draft], indirect: list[Draft]) -> list[Draft]:
    """Indirect drafts that hold quoted words become mixed and absorb those direct quotes; an indirect
    draft that is only a direct quote's text (its complement is the quotation) is dropped."""
    absorbed: set[int] = set()
    kept: list[Draft] = []
    text = finder.text
    marked = finder.marked
    direct_of_marked = {id(q.marked): j for j, q in enumerate(direct) if q.marked is not None}
    for d in indirect:
        # quotations near the content: those opening before its end (a quotation never spans paragraphs
        # far back, so a short look behind the start is enough)
        hi = bisect.bisect_right(finder.open_marks, d.end)
        lo = bisect.bisect_left(finder.open_marks, d.start)
        near = range(max(0, lo - 2), hi)
        for k in near:  # content opening with a quotation ('said "it gets me mad" every time ...')
            q = marked[k]
            if q.open_mark < d.start < q.end and not text[q.open_mark + 1:d.start].strip(" \u00a0'`") \
                    and d.cue is not None and d.cue.idx < q.open_mark and not finder._is_utterance(q):
                d.start = q.open_mark
        for k in near:
            # content the parse stopped inside a quotation it opened ("because ''no one can credibly state
            # it's Russia, and as soon as they do, I'll report it.''"): the quotation goes on to its close,
            # unless another cue claims it ('told a woman who suggested ... that "this is ..."')
            q = marked[k]
            if d.text is None and d.start < q.open_mark < d.end < q.end and q.close_mark is not None \
                    and q.last_paragraph == q.paragraph and d.cue is not None and d.cue.idx < q.open_mark:
                own = direct[direct_of_marked[id(q)]].cue if id(q) in direct_of_marked else None
                if own is None or own.i == d.cue.i:
                    d.end = q.end
        # (a quotation closing after the sentence's own full stop, "reached a ''new low.''", is inside too)
        inside = [k for k in near if d.start <= marked[k].open_mark and (
            marked[k].after_close - 1 <= d.end + 1
            or marked[k].close_mark is not None and not text[d.end:marked[k].close_mark].strip(".,;:!? "))]
        overlapping = [k for k in near if marked[k].start < d.end and d.start < marked[k].end]
        outside = text[d.start:d.end]
        for k in overlapping:
            q = marked[k]
            lo, hi = max(q.start, d.start) - d.start, min(q.end, d.end) - d.start
            outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
        said_directly = [k for k in overlapping if id(marked[k]) in direct_of_marked]
        if said_directly and _word_count(outside.replace('"', " ")) < 2:
            continue  # the complement is the quotation itself: the direct quote says it
        if any(k not in inside for k in overlapping):
            continue  # a parse that crosses quote marks: trust the marks
        if d.names and inside or any(_word_count(marked[k].text_of(text)) >= MIXED_MIN_WORDS for k in inside):
            d.kind = "mixed"  # quoted words, not only a scare-quoted term ("to 'reset' ties")
        if inside:
            last = marked[inside[-1]]
            if last.close_mark is not None and last.close_mark >= d.end:
                d.end = last.after_close
            absorbed.update(direct_of_marked[id(marked[k])] for k in inside if id(marked[k]) in direct_of_marked)
        kept.append(d)
    kept = [d for d in kept if not _inside_own_report(d, kept) and not _wraps_own_report(finder, d, kept)]
    kept = [d for d in kept if not (d.kind == "mixed" and any(
        o is not d and o.kind == "mixed" and o.start < d.start and d.end <= o.end and d.cue is not None
        and o.start <= d.cue.idx and d.speaker_tok is not None and _told_within(o, d.speaker_tok) for o in kept))]  # speech told inside another's mixed quote: the marks are the outer's
    seen: set[tuple[int, int]] = set()
    kept = [d for d in kept if not ((d.start, d.end) in seen or seen.add((d.start, d.end)))]  # one report, two cues
    out = [q for j, q in enumerate(direct) if j not in absorbed] + kept
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _wraps_own_report(finder: QuoteFinder, d: Draft, drafts: list[Draft]) -> bool:
    """Whether D's content holds the same speaker's subject and cue again ("Weinberger said four
    destroyers attacked ..., Weinberger said"): a content that ends with them is dropped; one that
    starts with them loses them (what follows the first cue is what was said)."""
    if d.speaker_tok is None or d.text is not None:
        return False
    for o in drafts:
        if o is d or o.speaker_tok is None or o.cue is None or o.speaker_tok.i == d.speaker_tok.i \
                or o.speaker_tok.text != d.speaker_tok.text:
            continue
        if not (d.start <= o.speaker_tok.idx < d.end and d.start <= o.cue.idx < d.end):
            continue
        if o.speaker_tok.left_edge.idx > d.start:
            return True
        after = o.cue.i + 1
        while after < len(finder.doc) and (finder.doc[after].is_punct or finder.doc[after].lower_ == "that"):
            after += 1
        if after < len(finder.doc) and finder.doc[after].idx < d.end:
            d.start = finder.doc[after].idx
    return False


def _told_within(outer: Draft, speaker: Token) -> bool:
    """Whether SPEAKER is named inside OUTER's content ("pointed out that the Netherlands have announced
    ..."); a content that starts with him and ends before its own cue ('X said A, "B," she said') wraps
    his report instead."""
    if outer.start < speaker.left_edge.idx < outer.end:
        return True
    return outer.cue is not None and outer.cue.idx < outer.start <= speaker.idx < outer.end


def _inside_own_report(d: Draft, drafts: list[Draft]) -> bool:
    """Whether D's cue and content lie inside another report of the same speaker ("it will review the
    ban and may propose amendments": 'propose' is part of what was said, not a second report)."""
    if d.cue is None or d.speaker_tok is None:
        return False
    return any(o is not d and o.speaker_tok is not None and o.speaker_tok.i == d.speaker_tok.i and o.start <= d.cue.idx and d.end <= o.end
               and o.start <= d.start for o in drafts)


def _resolve(finder: QuoteFinder, drafts: list[Draft], resolver: SpeakerResolver) -> list[Quote]:
    quotes: list[Quote] = []
    prev: tuple[Speaker, str | None] | None = None  # speaker and via of the last direct quote
    prev_para = -10
    last: tuple[Speaker, str | None, int, int] | None = None  # the last quote of any kind, its end, paragraph
    used_cues = {x.cue.i for x in drafts if x.cue is not None}
    for n, d in enumerate(drafts):
        if d.orphan:
            # `Schiff said the administration may wait. "The only way ..."`: a cue-less quotation right
            # after reported speech carries it on; `Mr Howard was dismissive. "These things happen ..."`:
            # one right after a short sentence about a named person is that person's; with anything
            # else between, nobody is speaking
            if last is not None and _right_after(finder, last[2], last[3], d) and not _other_person_leads(
                    finder, last[2], d, last[0]):
                speaker, via = last[0], last[1]
            else:
                # `"I will be drawing on my experience ... responsibilities. "I want all children ...," he
                # said`: the quotation re-opened right after it names the speaker of both
                subject = _introducing_subject(finder, d, used_cues) or _speaker_of_reopened(
                    finder, d, drafts[n + 1:n + 2])
                if subject is None:
                    continue
                speaker, via = resolver.resolve(subject, (d.start, d.end)), None
                if speaker.entity_id is None:
                    continue
            quotes.append(_quote(finder.text, d, speaker, None, via))
            _remember_in(finder, resolver, d, speaker)  # '"...," he added' right after it is the same man
            prev, prev_para = (speaker, via), d.marked.last_paragraph if d.marked else d.paragraph
            last = (speaker, via, d.end, prev_para)
            continue
        if d.continuation:
            # the quotation it continues was absorbed into a mixed quote right before it (`Taylor said X was
            # "getting in the way". "Either they ..."`): that quote's speaker goes on, not the last direct one's
            after_last = last is not None and last[3] == d.paragraph and _right_after(finder, last[2], last[3], d)
            if after_last:
                prev = (last[0], last[1])
            elif prev is None or d.paragraph - prev_para > 1:
                continue
            speaker, via = prev
            quotes.append(_quote(finder.text, d, speaker, None, via))
            _remember_in(finder, resolver, d, speaker)  # '"...," he said' right after it is the same man
            prev_para = d.marked.last_paragraph if d.marked else d.paragraph
            last = (speaker, via, d.end, prev_para)
            continue
        if d.asked:
            quotes.append(Quote(text=d.text or finder.text[d.start:d.end], start=d.start, end=d.end, kind=d.kind,
                                speaker=None, cue=d.cue_text))
            continue
        if d.speaker_tok is None:
            continue
        speaker = resolver.resolve(d.speaker_tok, (d.start, d.end))
        resolver.remember(d.speaker_tok, speaker, (d.start, d.end))
        via = None
        if d.via_tok is not None:
            via_speaker = resolver.resolve(d.via_tok)
            if via_speaker.entity_id is None:  # an outlet's name as written: "BBC Radio 4's World at One"
                via_speaker.name = _outlet_name(d.via_tok)
            if via_speaker.name != speaker.name:
                via = via_speaker.name
        quotes.append(_quote(finder.text, d, speaker, d.cue_text, via))
        para = d.marked.last_paragraph if d.marked else d.paragraph
        if d.kind == "direct":
            prev, prev_para = (speaker, via), para
        last = (speaker, via, max(d.end, d.marked.after_close if d.marked else d.end), para)
    return quotes


def _remember_in(finder: QuoteFinder, resolver: SpeakerResolver, d: Draft, speaker: Speaker) -> None:
    """Make SPEAKER of a cue-less continuation the latest quote speaker at its last word."""
    span = finder.doc.char_span(d.start, d.end, alignment_mode="contract")
    if span is not None and len(span):
        resolver.remember(span[-1], speaker)


INTERPOSED_TAIL = 5  # tokens of listener and time phrase an interposed cue may carry ("told me on Friday")
CUE_TAIL_DEPS = frozenset({"dobj", "dative", "prep", "pobj", "npadvmod", "advmod", "det", "compound"})


def _in_cue_tail(tok: Token, verb: Token) -> bool:
    """TOK belongs to VERB's listener or time phrase ("me", "on Friday", "reporters")."""
    while tok.head.i != verb.i:
        if tok.dep_ not in CUE_TAIL_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.dep_ in CUE_TAIL_DEPS


def _impersonal_infinitive(verb: Token) -> bool:
    """A speech verb in an infinitive that an impersonal judgement governs ("it was difficult to say",
    "it is too early to tell"); "he was quick to point out that ..." has a person and reports."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    gov = verb.head
    if gov.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in gov.children):
        clause = gov.head if gov.pos_ == "ADJ" and gov.dep_ == "acomp" else gov
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "expl")]
        return not subjects or all(c.lower_ in ("it", "this", "that") for c in subjects)
    return False


INTRODUCING_MAX_WORDS = 12


def _speaker_of_reopened(finder: QuoteFinder, d: Draft, following: list[Draft]) -> Token | None:
    """The speaker named by the quotation that re-opens right where cue-less quotation D stops (the print
    convention for one speaker's quotation running on: a new mark opens the next sentence)."""
    if not following or d.marked is None or d.marked.close_mark is None:
        return None
    nxt = following[0]
    if nxt.kind != "direct" or nxt.marked is None or nxt.speaker_tok is None or nxt.cue is None:
        return None
    if finder.text[d.marked.close_mark + d.marked.close_len:nxt.marked.open_mark].strip():
        return None
    return nxt.speaker_tok if nxt.cue.idx >= nxt.end else None  # (its cue after it: '"...," he said')


def _introducing_subject(finder: QuoteFinder, d: Draft, used_cues: set[int]) -> Token | None:
    """The person a short sentence right before quotation D is about, when that sentence introduces it
    ("Mr Howard, however, was dismissive.", "She was unrepentant:", 'He promised to make sure that
    children's opinions "count".'): its subject, a person's name or a pronoun, of an active verb or a
    copula, with no other quotation (a quoted term is none) and no report of its own (USED_CUES: the cues
    of the article's quotes)."""
    if d.marked is None:
        return None
    doc = finder.doc
    at = doc.char_span(d.marked.open_mark, d.marked.open_mark + 1, alignment_mode="expand")
    if at is None or at.start == 0:
        return None
    before = doc[at.start - 1].sent
    if before.end > at.start or finder.text[before.end_char:d.marked.open_mark].strip():
        return None  # the quotation opens inside that sentence, or something stands between
    words = [t for t in before if t.is_alpha]
    if not words or len(words) > INTRODUCING_MAX_WORDS or before.text.rstrip()[-1:] not in (".", ":"):
        return None
    if any(t.i in finder.quote_of_tok and _word_count(finder.marked[finder.quote_of_tok[t.i]].text_of(finder.text))
           > SHORT_QUOTE_WORDS for t in before) or any(t.i in used_cues for t in before):
        return None
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or before.root.pos_ not in ("VERB", "AUX"):
        return None
    subject = subjects[0]
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"):
        return subject
    return None


def _right_after(finder: QuoteFinder, end: int, para: int, d: Draft) -> bool:
    """Whether quotation D follows a quote ending at END with only the rest of that sentence between."""
    if d.marked is None or d.paragraph - para > 1 or d.marked.open_mark < end:
        return False
    between = finder.text[end:d.marked.open_mark]
    if any(ch in between for ch in '"\u201c\u201d'):
        return False
    return _word_count(between) <= 8 and sum(between.count(p) for p in SENTENCE_END) <= 1


def _other_person_leads(finder: QuoteFinder, end: int, d: Draft, speaker: Speaker) -> bool:
    """Whether the sentence that holds quotation D names, before it, a person other than SPEAKER ('... was
    welcome. Caroline Lucas welcomed Tony Blair's "courage in keeping his word"'): the words are quoted
    in her sentence, not a carry-on of the last speaker."""
    assert d.marked is not None
    between = finder.text[end:d.marked.open_mark]
    cut = max(between.rfind(p) for p in SENTENCE_END)
    if cut < 0:
        return False
    span = finder.doc.char_span(end + cut + 1, d.marked.open_mark, alignment_mode="contract")
    own = set((speaker.name or "").lower().split())
    return span is not None and any(t.ent_type_ == "PERSON" and t.lower_ not in own for t in span)


def _quote(text: str, d: Draft, speaker: Speaker, cue: str | None, via: str | None) -> Quote:
    return Quote(text=d.text or text[d.start:d.end], start=d.start, end=d.end, kind=d.kind, speaker=speaker.name,
                 speaker_entity=speaker.entity_id, cue=cue, via=via)


def find_quotes(ctx: ArticleContext) -> list[Quote]:
    finder = QuoteFinder(ctx)
    direct = finder.direct_drafts() + finder.block_drafts()
    direct.sort(key=lambda d: d.start)
    indirect = finder.indirect_drafts()
    drafts = _merge(finder, direct, indirect)
    resolver = SpeakerResolver(finder.doc, ctx.entities, quoted=set(finder.quote_of_tok),
                               not_names=set(finder.lex.forms), check=finder.speakers)
    return _resolve(finder, drafts, resolver)


def extract_quotes(ctx: ArticleContext) -> list[Quote]:
    if ctx.doc is None or len(ctx.doc) == 0:
        return []
    return find_quotes(ctx)
