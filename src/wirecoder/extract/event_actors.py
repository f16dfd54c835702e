"""Actors of events: from a noun phrase's head token to CAMEO actor codes and entity ids.

The entity table (``ctx.entities``) is preferred: it resolves pronouns, nominals ("the country") and
metonyms. For tokens it does not cover, a small fallback codes country names, demonyms and a few
IGOs from ``doc.ents`` and capitalised words (pycountry names + ``event_actor_fallback.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirecoder.actors import REGION_ROOTS as REGION_CODES
from wirecoder.extract.coref import EXPLETIVE_HEADS
from wirecoder.extract.event_coding import RELATIVE_PRONOUNS, is_quantity
from wirecoder.resources import data_path, tsv_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from wirecoder.actors import Role
    from wirecoder.extract.base import EntityTable
    from wirecoder.record import Location, Quote

# Dependencies that stay inside a noun phrase when looking for the actor it names.
NP_INNER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod"})
NP_OF_PREPS = frozenset({"of", "from"})
FALLBACK_ENT_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
# "Rebels in the Ivory Coast", "students throughout Indonesia": a place qualifies a group noun.
NP_PLACE_PREPS = frozenset({"in", "throughout", "across"})
MAX_NP_DEPTH = 3
# Modifiers that name a seat, not an owner: "a London-based bank", "the Geneva-headquartered agency".
SEAT_WORDS = frozenset({"based", "headquartered", "registered", "located", "listed", "incorporated"})
REGION_HEADS = frozenset({"province", "region", "state", "district", "county", "enclave", "republic"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                           "central", "upper", "lower", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})
AFFILIATION_WORDS = frozenset({"affiliate", "affiliated", "link", "linked", "belong", "loyal", "attach", "tie",
                               "associate", "allied", "ally"})
PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "area", "region", "province", "district", "state",
                         "country", "border", "camp", "jail", "prison", "port", "island", "enclave", "zone",
                         "territory", "neighbourhood", "neighborhood", "suburb", "sector", "part", "north", "south",
                         "east", "west", "centre", "center", "heart", "outskirts", "street", "square", "base"})
PLACE_ENT_TYPES = frozenset({"GPE", "LOC", "FAC"})
QUOTE_KINDS = frozenset({"direct", "indirect", "mixed"})
# Nouns for states that a bloc word turns into a bloc ("industrialised nations", "the developed world").
BLOC_HEADS = frozenset({"country", "nation", "state", "power", "economy", "democracy", "government", "world"})
DEMONYM_NOUN_ENDINGS = ("man", "men", "woman", "women")  # "Irishmen", "Frenchman" (aliases of the fallback)
COLLECTIVE_HEADS = frozenset({"bunch", "group", "number", "lot", "team", "crowd", "band", "handful", "dozen",
                              "hundred", "thousand", "million", "member", "couple", "pair", "delegation", "some",
                              "many", "most", "all", "few", "several"})
ACTOR_ENT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Instruments and gatherings named after a place: "the Minsk agreement", "the Kyoto protocol", "the Doha
# round", "the Geneva conventions". A city in such a name is no actor; a country is none either for rounds,
# conventions and protocols ("the Uruguay round"), but is the partner of a deal ("the Iran deal").
PLACE_NAMED_HEADS = frozenset({"agreement", "accord", "accords", "protocol", "convention", "treaty", "round",
                               "process", "declaration", "summit", "conference", "deal", "pact", "talks", "format",
                               "charter", "communique", "statement", "initiative", "plan", "framework", "consensus"})
VENUE_NAMED_HEADS = frozenset({"round", "convention", "protocol", "process", "declaration", "summit",
                               "conference", "format", "charter", "communique", "consensus"})
# Participles glued to a name by a hyphen that make it the owner or master of the noun: "a U.S.-flagged ship",
# "the U.S.-led coalition" (the tokenizer keeps "U.S.-flagged" whole; "US-led" is split and parsed already).
OWNER_PARTICIPLES = frozenset({"flagged", "owned", "led", "backed", "controlled", "run", "sponsored", "funded",
                               "operated", "held", "armed", "supported"})
# "We" in a direct quote speaks for the speaker's side: "we are ready to negotiate with Israel" ("I'm hopeful"
# is a personal feeling, not an act of the speaker's government).
FIRST_PERSON = frozenset({"we", "us", "our"})
HOME_SECTORS = frozenset({"GOV", "LEG", "JUD", "BUS"})  # institutions a domestic judgement may name bare
# National institutions a story's own people name bare ("the government", "ministers", "parliament"): their own
STORY_HOME_SECTORS = frozenset({"GOV", "LEG", "JUD"})
# Modifiers that tie a bare institution to some country: "the Iraqi government", "its government", "Iraq's"
NAMING_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "prep", "relcl", "acl"})
# Codes of no country ("IGO", "NGO", companies, unidentified groups ...): they decide no story's country and
# are no state with a government
NON_COUNTRY_PREFIXES = frozenset({"IGO", "NGO", "MNC", "IMG", "UIS", "REL", "ELI", "CVL", "UNK"})
# Determiners of an act noun that refers back to one named before ("backed the plans", "opposed those
# provisions"): its author is found at an earlier mention.
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
REFERRING_DETS = DEFINITE_DETS | {"such"}  # "welcomed such proposals": those told before
# nouns for what someone said: "that suggestion" with no earlier mention is what the last speaker said
STATEMENT_NOUNS = frozenset("suggestion claim remark comment allegation charge accusation assertion argument "
                            "warning criticism statement idea view".split())
DEMONSTRATIVE_DETS = REFERRING_DETS - {"the"}
STATEMENT_LOOKBACK_SENTENCES = 2
AUTHOR_PREPS = frozenset({"for", "of", "on"})
# verbs whose subject makes its object do the act of the completing verb: "Russia forced Yukos to sell" (the sale
# is Russia's), unlike "the EU urged Turkey to ban" (Turkey's ban)
CAUSING_VERBS = frozenset({"force", "order", "compel", "oblige", "require", "make", "direct", "instruct"})
POLICY_NOUNS = frozenset({"plan", "proposal", "measure", "scheme", "policy", "legislation", "bill", "reform",
                          "rule", "regulation", "order", "idea", "law", "package", "strategy", "programme", "program"})
# verbs whose subject is the author of their object ("the government unveiled proposals"), unlike opinion
# verbs ("Tutu criticised the measures")
AUTHORING_VERBS = frozenset({"unveil", "announce", "propose", "introduce", "table", "plan", "publish", "draw",
                             "set", "launch", "bring", "issue", "adopt", "pass", "suggest", "outline", "make",
                             "put", "present", "submit", "draft", "impose", "offer", "lodge", "file", "start", "begin",
                             "initiate",  # "the Home Secretary's plans for control orders"
                             # fourteenth round: one who demands a thing is its author ("the firm wants a tariff rise
                             # of 60% ... the government has rejected the rise": the firm's)
                             "want", "seek", "demand", "request"})
# Nouns that, counted as two ("the two men", "both leaders") or as a pair ("the pair", "the duo"), stand for the
# last two persons named: "Blair and Brown ... Liam Fox likened the two men to schoolboys"
PERSON_NOUNS = frozenset({"man", "woman", "leader", "politician", "minister", "rival", "brother", "sister"})
PAIR_WORDS = frozenset({"pair", "duo"})
PAIR_LOOKBACK = 150  # tokens: the pair is told close before
# Twelfth round (actors): group nouns of the roles table (kind group) named bare, with nothing saying whose
# ("Campaigners welcomed the deal", "Demonstrators in a number of regions blocked roads", "a group of
# ecologists"), are the people of the story's own country: these sectors only (not the state's bodies, which
# the entities stage places, nor firms and charities, which are one body told before or of no country)
STORY_GROUP_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR"})
# Sixteenth round (groups): lawmakers named bare ("A group of five MPs are calling on ...") are the story's
# own parliament, only when the story's places and its people name the same country; so are its opposition
# and its intelligence services ("Opposition parties have shown rare unity", "suggested the security services
# could have been involved", round 17)
STORY_LEGISLATURE_SECTORS = frozenset({"LEG", "OPP", "SPY"})
# business named bare as the other side of a labour dispute is the story's own, like its workers
LABOUR_COUNTERPARTS = frozenset({"employers", "employer"})
# group words modifying an act that the act's place puts in a country ("militant attacks in Riyadh" SAUINS,
# "student protests in Seoul" KOREDU): these sectors only (never the state's own bodies)
PLACED_GROUP_SECTORS = frozenset({"INS", "REB", "CVL", "LAB", "EDU", "AGR"})
# too general to be a group of the story: "people who are not farming will hijack the subsidy"
GENERIC_GROUPS = frozenset({"people", "population", "public"})
# modifiers that put a group outside the story's country ("foreign workers", "international observers")
NOT_HOME_WORDS = frozenset({"foreign", "international", "western", "allied", "coalition", "multinational",
                            "overseas", "expatriate", "exiled", "visiting"})
# a noun "led by", "headed by", "run by" someone is that one's side ("its predecessor, led by Kuchma")
LEADER_PARTICIPLES = frozenset({"lead", "head", "run", "chair", "command", "spearhead", "front"})
# Fourteenth round (actors): nouns naming someone by their relation to another ("Boeing's European competitor",
# "Israel's Arab neighbours", "Mr Blair's critics", "rivals of Airbus"): the owner is the other side of the
# relation, never the one named, so neither the possessor nor the of-phrase gives the noun's actor
RELATIONAL_HEADS = frozenset({"rival", "competitor", "critic", "opponent", "enemy", "foe", "adversary", "neighbour",
                              "neighbor", "detractor", "challenger", "nemesis", "accuser"})
# "on OPEC's behalf", "on behalf of the United States": the one an act is done for, never its doer's counterpart
PRINCIPAL_NOUNS = frozenset({"behalf"})
# Money named by its issuer ("bought two billion U.S. dlrs", "sold West German marks"): the country only says
# which currency, it is no party to the trade
CURRENCY_HEADS = frozenset({"dollar", "dlr", "dlrs", "pound", "yen", "franc", "mark", "euro", "peso", "rupee", "lira",
                            "rouble", "ruble", "yuan", "renminbi", "won", "rand", "guilder", "krona", "krone",
                            "currency", "sterling"})
MAX_NAME_TOKENS = 4  # an organisation's name repeated where the entity table has no mention: this long at most
BARE_MENTION_LOOKBACK = 400  # tokens: "the government's" stands for "the government" named that close before
PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "you",
                               "himself", "herself", "themselves"})
# Sixteenth round (sources): a subject that names no actor may stand for one told before. "it" and "they" the
# entity table left unresolved stand for the nearest earlier main-clause subject of their number (within
# ANTECEDENT_SENTENCES sentences), through at most MAX_REFERENCE_CHAIN such steps ("The report said ... It also
# called on ..."); a document ("the report", "the statement": the documents of speaker_nouns.txt) for its author.
REFERRING_PRONOUNS = {"it": "sg", "they": "pl"}
ANTECEDENT_SENTENCES = 2
MAX_REFERENCE_CHAIN = 3
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
MAIN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DOCUMENT_LOOKBACK = 400  # tokens searched back for an earlier mention of a document naming its author
ISSUING_PREPS = frozenset({"in", "through"})  # "Iran said in a statement": the statement is Iran's
ISSUING_PARTICIPLES = frozenset({"issue", "release", "publish", "sign", "write", "prepare", "commission", "conduct",
                                 "produce", "compile", "draft", "send", "circulate", "distribute"})


@dataclass(frozen=True)
class Actor:
    code: str
    entity_id: str | None = None
    # given by the story's country to a group named bare ("Campaigners welcomed ..."), not named in the text
    story: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class ActNoun:
    same: frozenset[str]  # nouns naming the same act, itself included ("plan": plan, proposal, scheme)
    verbs: frozenset[str]  # verbs telling the act ("sale": sell)
    related: frozenset[str]  # nouns a later mention may refer back to when none of the above names an author


@dataclass(frozen=True)
class FallbackCoder:
    names: dict[str, str]  # lower-case name or demonym -> actor code
    sectors: dict[str, str]  # head noun lemma -> sector suffix
    groups: frozenset[str] = frozenset()  # nouns for groups of people ("activists", "residents")
    targets: frozenset[str] = frozenset()  # physical targets ("convoy", "village")
    capitals: frozenset[str] = frozenset()  # capitals among the names ("moscow")
    blocs: dict[str, str] = field(default_factory=dict)  # lower-case bloc word -> region code ("industrialised")
    # act noun lemma -> nouns naming the same act (itself included), verbs telling it, related nouns (act_nouns.tsv)
    acts: dict[str, ActNoun] = field(default_factory=dict, compare=False, hash=False)

    def lookup(self, text: str) -> str | None:
        key = re.sub(r"^(the)\s+", "", text.lower().strip())
        key = re.sub(r"['’]s$", "", key)
        code = self.names.get(key)
        if code is None and key.endswith("s"):
            code = self.names.get(key[:-1])
        return code


def _demonyms(name: str) -> list[str]:
    """Regular demonyms of a country name (Syria -> Syrian, Pakistan -> Pakistani, ...)."""
    if name.endswith("a"):
        return [name + "n"]
    if name.endswith("y"):
        return [name[:-1] + "ian"]
    if name.endswith("e"):
        return [name[:-1] + "ian", name + "an"]
    if name.endswith(("i", "o")):
        return [name + "an"]
    return [name + "i", name + "ian", name + "ese", name + "ish"]


def is_currency(tok: Token) -> bool:
    """A word for money of some issuer: "dollar", "dlrs", "yen" (CURRENCY_HEADS)."""
    return tok.lemma_.lower() in CURRENCY_HEADS or tok.lower_ in CURRENCY_HEADS


def counted_as_two(noun: Token) -> bool:
    """A plural counted as two or "both": "the two sides", "both firms", "the two men"."""
    return noun.tag_ == "NNS" and any(
        (c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in noun.children)


def clear_leader(counts: dict[str, int], factor: int = 1, least: int = 1) -> str:
    """The key counted most, at least LEAST times and more than FACTOR times the next ("" for a tie)."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < least:
        return ""
    if len(ranked) > 1 and not (ranked[0][1] > ranked[1][1] if factor == 1 else ranked[0][1] >= factor * ranked[1][1]):
        return ""
    return ranked[0][0]


def load_fallback_coder() -> FallbackCoder:
    import pycountry

    names: dict[str, str] = {}
    sectors: dict[str, str] = {}
    groups: set[str] = set()
    targets: set[str] = set()
    capitals: set[str] = set()
    blocs: dict[str, str] = {}
    for cols in tsv_rows(data_path("event_actor_fallback.tsv"), 3):
        if cols[0] in ("alias", "capital"):
            names.setdefault(cols[1].strip(), cols[2].strip())
            if cols[0] == "capital":
                capitals.add(cols[1].strip())
        elif cols[0] == "sector":
            sectors.setdefault(cols[1].strip(), cols[2].strip())
        elif cols[0] == "group":
            groups.add(cols[1].strip())
        elif cols[0] == "bloc":
            blocs.setdefault(cols[1].strip(), cols[2].strip())
        elif cols[0] == "target":
            targets.add(cols[1].strip())
    country_names: list[tuple[str, str]] = []
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                short = value.split(",")[0].strip().lower()
                country_names.append((short, c.alpha_3))
    for short, code in country_names:
        names.setdefault(short, code)
    for short, code in country_names:  # derived forms never override a real name or alias
        for form in _demonyms(short):
            names.setdefault(form, code)
    return FallbackCoder(names, sectors, frozenset(groups), frozenset(targets), frozenset(capitals),
                         blocs, load_act_nouns())


def _listed(cell: str) -> set[str]:
    return {w.strip().lower() for w in cell.split(",") if w.strip() and w.strip() != "-"}


def load_act_nouns() -> dict[str, ActNoun]:
    """Act noun -> ActNoun from act_nouns.tsv. Same-act and related nouns are made symmetric; a noun's verbs are
    its own row's only."""
    same: dict[str, set[str]] = {}
    verbs: dict[str, set[str]] = {}
    related: dict[str, set[str]] = {}
    for cols in tsv_rows(data_path("act_nouns.tsv"), 2):
        noun = cols[0].strip().lower()
        verbs.setdefault(noun, set()).update(_listed(cols[1]))
        same.setdefault(noun, {noun})
        for col, table in ((2, same), (3, related)):
            for other in _listed(cols[col]) if len(cols) > col else set():
                table.setdefault(noun, {noun}).add(other)
                table.setdefault(other, {other}).add(noun)
    return {noun: ActNoun(frozenset(same.get(noun, {noun})), frozenset(verbs.get(noun, set())),
                          frozenset(related.get(noun, set())) - same.get(noun, {noun}))
            for noun in same.keys() | verbs.keys() | related.keys()}


def _by_agents(noun: Token) -> list[Token]:
    """The "by" phrases naming who made an act noun: its own ("the decision by India"), that of an authoring
    participle qualifying it ("proposals put forward by the Commission") or of the passive verb it is the subject
    of ("the plans were unveiled by the Tories")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in AUTHORING_VERBS]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in AUTHORING_VERBS:
        verbs.append(noun.head)
    preps += [a for v in verbs for a in v.children if a.dep_ == "agent"]
    return [p for prep in preps for p in prep.children if p.dep_ == "pobj"]


class ActorResolver:
    """Codes the actors a token names, per article."""

    def __init__(self, doc: Doc, table: EntityTable, fallback: FallbackCoder,
                 locations: list[Location] | None = None, quotes: list[Quote] | None = None,
                 roles: dict[str, Role] | None = None, documents: frozenset[str] = frozenset(),
                 speech_lemmas: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.documents = documents  # nouns for documents that state things ("report", "statement")
        self.speech_lemmas = speech_lemmas
        self._sentences: list | None = None
        self.table = table
        self.fallback = fallback
        self.roles = roles or {}
        self._place_counts = self._location_counts(locations or [])
        self._story_group_country: str | None = None
        self.fallback_tokens = self._fallback_tokens(doc)
        self.renamed_tokens = self._renamed_tokens(doc)
        self._all_at: dict[int, list] = {}
        self._story_country: str | None = None
        self._add_place_countries(locations or [])
        self._add_region_countries()
        # token -> speaker, for direct quotes and (said_) for any quote, direct or reported ("Mr Howard said Mr Blair
        # would be running scared")
        self.quote_speaker_at, self.said_speaker_at = self._quote_speakers(quotes or [])
        self.reports = self._reports(quotes or [])
        # first-person pronouns inside such a quote stand for its speaker ("we are ready to negotiate")
        self.speaker_tokens = {i: a for i, a in self.quote_speaker_at.items() if doc[i].lower_ in FIRST_PERSON}

    def _quote_speakers(self, quotes: list[Quote]) -> tuple[dict[int, Actor], dict[int, Actor]]:
        """Token index -> the speaker of the direct quote the token is in, and of any quote (direct, indirect or
        mixed) it is in, when the speaker is a coded entity."""
        direct: dict[int, Actor] = {}
        said: dict[int, Actor] = {}
        for q in quotes:
            ent = self.table.get(q.speaker_entity) if q.kind in QUOTE_KINDS and q.speaker_entity else None
            if ent is None or not ent.actor:
                continue
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            for tok in span if span is not None else ():
                said[tok.i] = Actor(ent.actor, ent.id)
                if q.kind == "direct":
                    direct[tok.i] = said[tok.i]
        return direct, said

    def _reports(self, quotes: list[Quote]) -> list[tuple[int, Actor]]:
        """(last token, speaker) of every quote, direct or reported, whose speaker is a coded entity, in order."""
        out: list[tuple[int, Actor]] = []
        for q in quotes:
            ent = self.table.get(q.speaker_entity) if q.speaker_entity else None
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand") if ent is not None and ent.actor else None
            if span is not None and len(span):
                out.append((span[-1].i, Actor(ent.actor, ent.id)))
        return sorted(out, key=lambda r: r[0])

    def _add_place_countries(self, locations: list[Location]) -> None:
        """Places the places stage resolved stand for their country ("shelled Juba" -> SDN)."""
        for loc in locations:
            if not loc.country:
                continue
            for start, end in loc.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for tok in span:
                    self.fallback_tokens.setdefault(tok.i, loc.country)

    def _add_region_countries(self) -> None:
        """Named regions the entities stage placed in a country but coded no actor for ("a New South Wales state
        inquiry", "a Texas court"): their country, as for the places the places stage resolved."""
        for m in self.table.mentions:
            ent = self.table.get(m.entity_id)
            if m.kind == "name" and ent is not None and ent.type == "GPE" and ent.country and not ent.actor:
                for i in range(m.token_start, m.token_end):
                    self.fallback_tokens.setdefault(i, ent.country)

    def _renamed_tokens(self, doc: Doc) -> dict[int, Actor]:
        """Token index -> the organisation whose name the token (with up to MAX_NAME_TOKENS - 1 before it) repeats
        where the entity table has no mention ("The Treasury said ... A Treasury spokesperson dismissed the
        claims"): only proper nouns, and not after another name or a demonym ("the US Treasury" is another)."""
        names: dict[str, Actor] = {}
        for m in self.table.mentions:
            ent = self.table.get(m.entity_id)
            if m.kind == "name" and ent is not None and ent.actor and ent.type == "ORG":
                names.setdefault(doc.text[m.start:m.end].lower(), Actor(ent.actor, ent.id))
        out: dict[int, Actor] = {}
        if not names:
            return out
        for tok in doc:
            if tok.pos_ != "PROPN" or self.table.at_token(tok.i) is not None:
                continue
            for start in range(max(0, tok.i - MAX_NAME_TOKENS + 1), tok.i + 1):
                actor = names.get(doc[start:tok.i + 1].text.lower())
                before = doc[start - 1] if start > 0 else None
                if actor is None or any(self.table.at_token(k) is not None for k in range(start, tok.i + 1)):
                    continue
                if before is not None and (before.pos_ == "PROPN" or before.ent_type_ in ("GPE", "NORP")):
                    continue
                for k in range(start, tok.i + 1):
                    out[k] = actor
                break
        return out

    def _fallback_tokens(self, doc: Doc) -> dict[int, str]:
        coded: dict[int, str] = {}
        for ent in doc.ents:
            if ent.label_ not in FALLBACK_ENT_LABELS:
                continue
            code = self.fallback.lookup(ent.text)
            if code in REGION_CODES:
                code = self._region_code(doc, ent.start, ent.end)
            if code:
                for i in range(ent.start, ent.end):
                    coded[i] = code
        for tok in doc:  # demonyms and names the NER missed ("Israeli" tagged as ADJ)
            # a word inside a longer name the lookup did not code is no demonym: "the South China Sea"
            # (but a demonym noun opening a person's name is the person's nationality: "Irishmen JP McManus")
            inside_name = (tok.ent_type_ and tok.ent_iob_ in ("B", "I") and self._ent_len(doc, tok) > 1
                           and not self._names_region_of(doc, tok)
                           and not (tok.ent_iob_ == "B" and tok.lower_.endswith(DEMONYM_NOUN_ENDINGS)))
            # (a compass word opening a name the NER missed is no bloc: "West Bank", "West Virginia")
            opens_name = (tok.lower_ in COMPASS_WORDS and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
                          and doc[tok.i + 1].text[:1].isupper())
            if tok.i not in coded and tok.text[:1].isupper() and not inside_name and not opens_name:
                code = self.fallback.names.get(tok.text.lower())
                if code in REGION_CODES:
                    code = self._region_code(doc, tok.i, tok.i + 1)
                if code and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
                    coded[tok.i] = code
            if tok.i not in coded and tok.dep_ == "amod" and tok.head.lemma_.lower() in BLOC_HEADS and (
                    code := self.fallback.blocs.get(tok.lower_)) and not any(
                    c.dep_ == "nummod" for c in tok.head.children):
                # "industrialised nations" -> WST (not "the seven leading industrialised nations": the G7 named)
                coded[tok.i] = code
            if tok.i not in coded and "-" in tok.text[1:]:
                code = self._owner_compound(tok.text)
                if code:
                    coded[tok.i] = code
        return coded

    def _region_code(self, doc: Doc, start: int, end: int) -> str | None:
        """The region a continent word (tokens START..END) names: none for its people ("West Africans ordered
        out of Nigeria" are people, not states); with compass words before it, the part they name ("South East
        Asian countries" -> SEA), else none (not all of the continent); with the noun after it, the body a row
        names ("a European Commissioner" -> IGOEUREEC)."""
        text = doc[start:end].text.lower()
        if text not in self.fallback.names:
            return None
        if end < len(doc) and (body := self.fallback.names.get(f"{text} {doc[end].lower_}")) is not None:
            return body
        first = start
        while first > 0 and doc[first - 1].lower_.strip("-") in COMPASS_WORDS:
            first -= 1
        if first == start:
            return self.fallback.names[text]
        return self.fallback.names.get(" ".join([*(t.lower_ for t in doc[first:start]), text]))

    def _owner_compound(self, text: str) -> str | None:
        """The code of the name in "U.S.-flagged", "Iranian-backed" (owner participles only: not "U.S.-based")."""
        name, _, participle = text.rpartition("-")
        if participle.lower() not in OWNER_PARTICIPLES or not name[:1].isupper():
            return None
        return self.fallback.lookup(name)

    @staticmethod
    def _names_region_of(doc: Doc, tok: Token) -> bool:
        """ "Montenegro province", "Kosovo region", "South Lebanon": a name with an administrative noun or
        a compass word names a part of that country (unlike "the South China Sea")."""
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in REGION_HEADS and tok.head.i == nxt.i:
            return True
        # "South Lebanon", "Northern Iraq": a compass word before a country's name (the whole name, such as
        # "South Africa", is looked up first)
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        last = nxt is None or nxt.ent_iob_ != "I"
        return last and start < tok.i and all(doc[j].lower_ in COMPASS_WORDS for j in range(start, tok.i))

    def place_country(self, tok: Token) -> Actor | None:
        """The country of a place phrase ("in West Darfur State", "in Montenegro province"): the actor it
        names, else the country the entities stage gave the place."""
        if not self._is_place(tok):
            return None  # "in one of Britain's highest profile cases" names no place
        actor = self.np_actor(tok)
        if actor is not None:
            return Actor(actor.code[:3], actor.entity_id)
        for t in tok.subtree:
            if t.i > tok.i:
                break
            ent = self.table.at_token(t.i)
            if ent is not None and ent.country and ent.type in PLACE_ENT_TYPES:
                return Actor(ent.country, ent.id)
        return None

    def _is_place(self, tok: Token) -> bool:
        """A place phrase: a place name, a place the places stage resolved, or a place noun ("the city of")."""
        return (tok.ent_type_ in PLACE_ENT_TYPES or tok.i in self.fallback_tokens
                or tok.lemma_.lower() in PLACE_NOUNS or tok.lower_ in REGION_HEADS)

    @staticmethod
    def _ent_len(doc: Doc, tok: Token) -> int:
        start = tok.i
        while start > 0 and tok.ent_iob_ == "I" and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end - start

    def token_actor(self, i: int) -> Actor | None:
        if i > 0 and self.doc[i - 1].lower_ == "ethnic":
            # "ethnic Albanians in Serbia": the group the entities stage placed (SRBCVL), never the state
            # of that name
            group = self.table.at_token(i)
            return Actor(group.actor, group.id) if group is not None and group.actor and len(group.actor) > 3 else None
        if self.names_instrument(self.doc[i]):
            return None  # "the Uruguay trade round", "the Minsk agreement"
        if self._credited(self.doc[i]):
            return None  # "according to Reuters": who tells it, no party to the act
        ent = self.table.at_token(i)
        if ent is not None and ent.actor:
            return Actor(ent.actor, ent.id)
        if i in self.speaker_tokens:
            return self.speaker_tokens[i]
        if i in self.renamed_tokens:
            return self.renamed_tokens[i]
        code = self.fallback_tokens.get(i)
        return Actor(code) if code else None

    def names_instrument(self, tok: Token) -> bool:
        """Whether TOK is a place name modifying a named agreement, round or conference ("the Minsk
        agreement", "the Uruguay trade round", "the Kyoto climate protocol")."""
        if tok.dep_ not in ("compound", "nmod", "amod") or tok.ent_type_ not in PLACE_ENT_TYPES:
            return False
        head = tok.head
        for _ in range(MAX_NP_DEPTH):  # "the Uruguay trade round": through the compounds to the head noun
            if head.dep_ not in ("compound", "amod") or head.head.i == head.i:
                break
            head = head.head
        lemma = head.lemma_.lower()
        if lemma not in PLACE_NAMED_HEADS:
            return False
        country = tok.lower_ in self.fallback.names and tok.lower_ not in self.fallback.capitals
        return not country or lemma in VENUE_NAMED_HEADS

    def phrase_actors(self, head: Token) -> list[Actor]:
        """Actors named by the phrase headed by HEAD, one per conjunct ("Israel and Jordan")."""
        if self._credited(head):
            return []  # "according to Reuters": who tells it, no party to the act
        actors: list[Actor] = []
        # "his Israeli counterpart, Ariel Sharon, and the Palestinian leader": the parser hangs the next
        # conjunct on the apposition, but it is a conjunct of the head as well
        appos_conjuncts = [c for a in head.children if a.dep_ == "appos" for c in a.conjuncts]
        for h in (head, *head.conjuncts, *appos_conjuncts):
            if h is not head and self._same_person_described(head, h):
                continue  # "a US banker and former IMF director": one person, described twice
            actor = self.np_actor(h)
            if actor is not None and actor not in actors:
                actors.append(actor)
            if actor is not None and actor.entity_id is not None:
                for ent in self._all_at_token(h.i)[1:]:  # "U.S. and Russian negotiators": two group actors
                    extra = Actor(ent.actor, ent.id)
                    if ent.actor and extra not in actors:
                        actors.append(extra)
            if actor is not None:  # "US and British forces": each conjoined modifier names its own group
                for child in h.children:
                    if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
                        for m in (child, *child.conjuncts):
                            a = self.token_actor(m.i)
                            if a is not None and a.code[:3] not in {x.code[:3] for x in actors}:
                                actors.append(self._with_sector(a, h))
        # "several countries, including Libya and Syria": a noun naming no actor stands for the members it names
        # (not a group that is one: "OPEC members, including Saudi Arabia, agreed" is OPEC, not OPEC and Saudi
        # Arabia agreeing with each other)
        members = self._included_members(head) if self.np_actor(head) is None else []
        for member in members:
            actor = self.np_actor(member)
            if actor is not None and actor not in actors:
                actors.append(actor)
        if not actors and self.names_two_people(head):  # "the two men", "the pair": the last two persons named
            actors = self._last_two_people(head)
        if not actors and self._bare_definite_number(head):  # "release the four": the four British detainees
            actors = self._counted_before(head)
        if not actors:  # "Senior Hungarian and Romanian officials": conjoined modifiers
            for child in head.children:
                if child.dep_ in ("amod", "compound") and child.conjuncts:
                    for m in (child, *child.conjuncts):
                        a = self.token_actor(m.i)
                        if a is not None and a not in actors:
                            actors.append(self._with_sector(a, head))
        return actors

    @staticmethod
    def _same_person_described(head: Token, conjunct: Token) -> bool:
        """Two singular common nouns under one indefinite article describe one person ("a US banker and former
        International Monetary Fund director", "a lawyer and human rights activist"), not two parties."""
        if head.tag_ != "NN" or conjunct.tag_ != "NN" or conjunct.head.i != head.i:
            return False
        if any(c.dep_ in ("det", "nummod", "poss") for c in conjunct.children):
            return False  # "a man and a woman": two
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)

    @staticmethod
    def names_two_people(tok: Token) -> bool:
        """ "the pair", "the duo", "the two men", "both leaders" (not "a pair of shoes", "two men were hurt")."""
        if tok.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}
        lemma = tok.lemma_.lower()
        if lemma in PAIR_WORDS:
            return "the" in dets
        # (a bare "two men" is any two men: "two men were hurt")
        return lemma in PERSON_NOUNS and counted_as_two(tok) and ("the" in dets or "both" in dets)

    def _last_two_people(self, tok: Token) -> list[Actor]:
        """The actors of the last two coded persons mentioned before TOK (within PAIR_LOOKBACK tokens): one
        actor when both have one code ("Mr Blair and Mr Brown" -> GBRGOV)."""
        # the doer of the clause is not one of the pair it speaks of ("Liam Fox likened the two men to ...")
        doers = {self.table.token_entity.get(t.i) for a in tok.ancestors for c in a.children
                 if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        people: list[str] = []
        for m in sorted(self.table.mentions, key=lambda m: -m.token_start):
            if m.entity_id in doers:
                continue
            if m.token_start >= tok.i or m.token_start < tok.i - PAIR_LOOKBACK or m.entity_id in people:
                continue
            ent = self.table.get(m.entity_id)
            if ent is not None and ent.type == "PERSON" and ent.actor:
                people.append(ent.id)
            if len(people) == 2:
                break
        if len(people) < 2:
            return []
        found: list[Actor] = []
        for ent_id in people:
            ent = self.table.get(ent_id)
            if ent is not None and ent.actor and ent.actor not in {a.code for a in found}:
                found.append(Actor(ent.actor, ent.id))
        return found

    @staticmethod
    def _bare_definite_number(tok: Token) -> bool:
        """ "the four", "the 12": a number standing alone as a noun phrase, with "the"."""
        return tok.pos_ == "NUM" and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

    def _counted_before(self, tok: Token) -> list[Actor]:
        """The actors of the last phrase counted with the same number before TOK ("four British detainees ...
        agreed to release the four" -> GBR), within PAIR_LOOKBACK tokens."""
        for prev in reversed(self.doc[max(0, tok.i - PAIR_LOOKBACK): tok.i]):
            if prev.dep_ == "nummod" and prev.lower_ == tok.lower_:
                found = self.np_actor(prev.head)
                return [found] if found is not None else []
        return []

    def act_author(self, noun: Token, country: str = "") -> Actor | None:
        """The author of a definite act noun with no party of its own ("has backed the control orders",
        "opposed the proposals", "called that suggestion 'disgraceful'"), found at the earlier mentions of the same
        act: the same noun, a noun act_nouns.tsv lists as naming the same act ("the proposals" after "the Home
        Secretary's plans"), or a verb telling it ("the ban" after "France banned British beef"); failing those, a
        related noun of the table ("the measure" after "the proposal", not "the plans" after "EU policy"). A noun mention
        names its author by its possessor or modifier, the noun it specifies ("plans for control orders") or the
        subject of the verb taking it ("the government unveiled proposals"); a verb mention by its doer. The
        nearest mention naming one decides; None when earlier mentions name authors of different countries (or
        IGOs): two countries' plans compete, while a party's and its rival's plans at home are told apart by
        nearness."""
        if noun.pos_ != "NOUN" or not any(c.dep_ in ("det", "amod", "predet") and c.lower_ in REFERRING_DETS
                                          for c in noun.children):
            return None
        lemma = noun.lemma_.lower()
        act = self.fallback.acts.get(lemma, ActNoun(frozenset({lemma}), frozenset(), frozenset()))
        found, competing = self._mentioned_author(noun, act.same, act.verbs, country)
        if found is None and not competing and act.related:  # "the measure" after "Harkin offered the proposal"
            found, competing = self._mentioned_author(noun, act.related, frozenset(), country)
        if found is None and not competing and lemma in STATEMENT_NOUNS:
            found = self._last_reporter(noun)  # "He warned that campaigners could ... Mr Howard called that
            # suggestion 'disgraceful'": what the last speaker said
        return None if competing else found

    def _last_reporter(self, noun: Token) -> Actor | None:
        """The speaker of the last quote, direct or reported, that ends in one of the two sentences before NOUN's
        (a statement noun with a demonstrative: "that suggestion", "this claim")."""
        if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVE_DETS for c in noun.children):
            return None
        sentences = self._sentence_list()
        here = next((k for k, s in enumerate(sentences) if s.start <= noun.i < s.end), None)
        if here is None:
            return None
        first = sentences[max(0, here - STATEMENT_LOOKBACK_SENTENCES)].start
        return next((actor for end, actor in reversed(self.reports) if first <= end < sentences[here].start), None)

    def _mentioned_author(self, noun: Token, nouns: frozenset[str], verbs: frozenset[str], country: str
                          ) -> tuple[Actor | None, bool]:
        """The author named by the nearest mention before NOUN of one of NOUNS or VERBS, and whether another
        mention names one of another country ("Germany's plans ... France's plans": whose is not said)."""
        found: Actor | None = None
        for tok in reversed(self.doc[: noun.i]):
            tok_lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and tok_lemma in nouns:
                author = self._named_author(tok, country)
            elif tok.pos_ == "VERB" and tok_lemma in verbs:
                author = self._verb_doer(tok)
            else:
                continue
            if author is None:
                continue
            if found is None:
                found = author
            elif author.code[:3] != found.code[:3]:
                return None, True
        return found, False

    def _verb_doer(self, verb: Token) -> Actor | None:
        """The coded doer of an act told by VERB: its subject ("France banned beef"), its passive agent ("was
        banned by France"), the subject of the verb it completes ("Russia decided to sell"), or the one who made
        its subject do it ("Russia forced Yukos to sell"); None for a negated verb ("did not ban")."""
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "raised taxes and banned smoking": the first verb's subject
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if not doers and verb.dep_ == "xcomp" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            ruler = verb.head
            objects = [c for c in ruler.children if c.dep_ == "dobj"]
            if objects and ruler.lemma_.lower() not in CAUSING_VERBS:
                doers = objects  # "urged Turkey to ban": Turkey bans
            else:  # "decided to ban", "forced Yukos to sell": the decider, the one who forced it
                doers = [c for c in ruler.children if c.dep_ == "nsubj"]
        for doer in doers:
            if doer.lower_ in RELATIVE_PRONOUNS:
                continue
            found = self.phrase_actors(doer)
            if found:
                return found[0]
        return None

    def _named_author(self, tok: Token, country: str) -> Actor | None:
        hosts = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ in AUTHOR_PREPS and tok.head.head.pos_ == "NOUN":
            hosts.append(tok.head.head)
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in AUTHORING_VERBS:
            hosts.extend(c for c in tok.head.children if c.dep_ == "nsubj")
        hosts.extend(_by_agents(tok))  # "the decision by India and Pakistan", "plans unveiled by the Tories"
        for host in hosts:
            found = self.phrase_actors(host)
            if found:
                return found[0]
        for host in hosts:  # "the Home Secretary's plans": an institution of the judge's own country
            home = self.home_institution(host, country)
            if home is not None:
                return home
        return None

    def home_institution(self, tok: Token, country: str) -> Actor | None:
        """An uncoded national institution named without its country ("the chancellor", "ministers", "the
        government's plans") in a judgement by an actor of COUNTRY: that country's own institution (none for an
        international body: "ministers" of an EC commissioner's story are no "IGOGOV")."""
        if country in NON_COUNTRY_PREFIXES:
            return None
        for t in (tok, *(c for c in tok.children if c.dep_ in ("compound", "poss", "amod"))):
            if t.pos_ == "PRON" or self.token_actor(t.i) is not None:
                continue
            sector = self.fallback.sectors.get(t.lemma_.lower())
            if sector in HOME_SECTORS and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                return Actor(country + sector)
        return None

    def story_country(self) -> str:
        """The country of the story's own people: the country code most mentioned among coded persons
        ("Dr Rowan Williams", "Tony Blair" in a British story about the Iraq war); when no person is coded,
        among coded bodies and firms (a business story about an Australian firm names no people); "" when
        none leads."""
        if self._story_country is None:
            counts = self._actor_counts(("PERSON",)) or self._actor_counts(("ORG",))
            self._story_country = clear_leader(counts)
        return self._story_country

    def _actor_counts(self, types: tuple[str, ...]) -> dict[str, int]:
        """Mentions per country of the coded entities of TYPES (codes of no country left out)."""
        counts: dict[str, int] = {}
        for ent in self.table.entities:
            if ent.type in types and ent.actor and ent.actor[:3] not in NON_COUNTRY_PREFIXES \
                    and ent.actor[:3] not in REGION_CODES:
                counts[ent.actor[:3]] = counts.get(ent.actor[:3], 0) + len(ent.mentions)
        return counts

    @staticmethod
    def _location_counts(locations: list[Location]) -> dict[str, int]:
        """Mentions per country of the places the places stage resolved (countries, cities, regions)."""
        counts: dict[str, int] = {}
        for loc in locations:
            if loc.country:
                counts[loc.country] = counts.get(loc.country, 0) + len(loc.mentions)
        return counts

    def story_group_country(self) -> str:
        """The country of a story's crowds, campaigners and workers named bare: the country its places name
        most (twice or more, at least twice as often as any other), even when its people are of another (a
        visitor's story told abroad: "a group of ecologists staged a demonstration" are the hosts'); when no
        place leads, its people's country if no place is named more often ("campaigners" at a summit abroad
        are not the visiting leaders' people)."""
        if self._story_group_country is None:
            place = clear_leader(self._place_counts, factor=2, least=2)
            people = self.story_country()
            if place:
                self._story_group_country = place
            else:  # no place leads: the people's country, if no place is named more often
                top = max(self._place_counts.values(), default=0)
                self._story_group_country = people if self._place_counts.get(people, 0) == top else ""
        return self._story_group_country

    def story_group(self, tok: Token) -> Actor | None:
        """A group noun of the roles table (kind group, a sector of STORY_GROUP_SECTORS) named bare, with nothing
        saying whose ("Campaigners welcomed the deal", "Demonstrators in a number of regions", "a group of
        ecologists", "student groups"): the people of the story's own country (story_group_country)."""
        if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() in GENERIC_GROUPS or not self._bare(tok):
            return None
        group = tok
        if tok.lemma_.lower() in COLLECTIVE_HEADS:  # "a group of ecologists", "thousands of demonstrators"
            members = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                       for c in p.children if c.dep_ == "pobj"]
            if members:
                group = members[0]
                if group.pos_ != "NOUN" or group.ent_type_ or not self._bare(group):
                    return None
        sector = self._group_sector(group)
        country = self.story_group_country() if sector else ""
        if sector in STORY_LEGISLATURE_SECTORS and country != self.story_country():
            return None  # "MPs" of a story told abroad: whose parliament is not clear
        return Actor(country + sector, story=True) if country and sector else None

    def story_groups(self, tok: Token) -> list[Actor]:
        """story_group(TOK) as a list of actors: one, or none."""
        group = self.story_group(tok)
        return [group] if group is not None else []

    def placed_modifier_group(self, noun: Token, modifier: Token) -> Actor | None:
        """A group word modifying an act noun, the act placed by its in-phrase ("militant attacks in Riyadh",
        "student protests in Seoul"): that place's country with the group's sector; None when no place says
        where (a country is never guessed)."""
        if modifier.dep_ not in ("amod", "compound") or modifier.ent_type_ or modifier.pos_ not in ("ADJ", "NOUN"):
            return None
        sector = ""
        for phrase in (modifier.lower_, modifier.lower_ + "s", modifier.lemma_.lower() + "s"):
            role = self.roles.get(phrase)
            if role is not None and role.kind in ("group", "title") and role.sector in PLACED_GROUP_SECTORS:
                sector = role.sector
                break
        if not sector:
            return None
        places = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in NP_PLACE_PREPS
                  for o in p.children if o.dep_ == "pobj"]
        countries = {a.code[:3] for a in (self.place_country(o) for o in places) if a is not None}
        return Actor(countries.pop() + sector) if len(countries) == 1 else None

    def _group_sector(self, tok: Token) -> str:
        """The sector of a group noun, or of the group noun compounded with a collective ("student groups",
        "farmers groups"; a roles phrase of two words first, so "aid workers" is NGO, never LAB): "" unless one
        of STORY_GROUP_SECTORS."""
        phrases = [f"{c.lower_} {tok.lower_}" for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
        if tok.lemma_.lower() in COLLECTIVE_HEADS:
            # ("student groups": the member noun is written singular, the roles table lists "students")
            phrases += [w for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                        for w in (c.lower_, c.lower_ + "s")]
        head_role = self.roles.get(tok.lower_) or self.roles.get(tok.lemma_.lower())
        if head_role is not None and head_role.weak:
            # "union leaders", "student leaders": a generic head takes the sector of the group noun before it
            phrases += [w for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == tok.i - 1
                        for w in (c.lower_, c.lower_ + "s")]
        phrases += [tok.lower_, tok.lemma_.lower()]
        for phrase in phrases:
            role = self.roles.get(phrase)
            if role is not None and role.kind == "group":
                story_sectors = STORY_GROUP_SECTORS | STORY_LEGISLATURE_SECTORS
                if phrase in LABOUR_COUNTERPARTS:
                    return role.sector  # "employers turned down union demands": the workers' own bosses
                return role.sector if role.sector in story_sectors else ""
        return ""

    def _bare(self, tok: Token) -> bool:
        """Whether nothing in the noun phrase says whose the group is: no possessor, apposition, name, demonym,
        "foreign"-like word, of/from/at-phrase ("fans of the film"), nor a named place ("protesters in Ruritania",
        which the places stage did not resolve)."""
        for c in tok.children:
            if c.dep_ in ("poss", "appos"):
                return False
            if c.dep_ in ("compound", "amod", "nmod") and (
                    c.pos_ == "PROPN" or c.ent_type_ or c.lower_ in NOT_HOME_WORDS
                    or c.lower_ in self.fallback.names or self.token_actor(c.i) is not None):
                return False
            if c.dep_ == "prep":
                if c.lower_ in NP_PLACE_PREPS and any(t.ent_type_ for t in c.subtree):
                    return False
                if c.lower_ in ("from", "at") or (c.lower_ == "of" and tok.lemma_.lower() not in COLLECTIVE_HEADS):
                    return False
        return True

    def bare_home_institution(self, tok: Token, country: str) -> Actor | None:
        """ "the government", "ministers", "parliament" with nothing naming whose, in a story whose own people
        are of COUNTRY: that country's institution, even when coreference tied it to the last country named
        ("the war in Iraq ... Dr Williams has since criticised the government" is Britain's)."""
        if not country or country in NON_COUNTRY_PREFIXES or country != self.story_country() or tok.pos_ != "NOUN":
            return None
        sector = self.fallback.sectors.get(tok.lemma_.lower())
        if sector not in STORY_HOME_SECTORS or tok.ent_type_:
            return None
        if any(c.dep_ in NAMING_MODIFIER_DEPS or (c.dep_ == "det" and c.lower_ not in ("the",))
               for c in tok.children):
            return None
        return Actor(country + sector)

    def _all_at_token(self, i: int) -> list:
        """EntityTable.all_at_token, memoised per article (it scans every mention)."""
        if i not in self._all_at:
            self._all_at[i] = self.table.all_at_token(i)
        return self._all_at[i]

    def np_actor(self, head: Token) -> Actor | None:
        """The actor of the noun phrase headed by HEAD: the head, else its modifiers and of-phrases."""
        if head.lemma_.lower() in PRINCIPAL_NOUNS or self._credited(head):
            return None  # "visited them on OPEC's behalf": the one acted for is no party to the act
        if is_currency(head):
            return None
        direct = self.token_actor(head.i)
        if direct is not None:
            return direct
        leader = self._leader(head)
        if leader is not None:  # "its predecessor, led by ex-President Kuchma": the leader's side, not its owner's
            return self._with_sector(leader, head)
        frontier = [head]
        for _ in range(MAX_NP_DEPTH):
            nxt: list[Token] = []
            for tok in frontier:
                for child in tok.children:
                    if child.lower_ in SEAT_WORDS:
                        continue  # "the Caracas-based Andean Development Corp": where it sits, not whose it is
                    if tok.i == head.i and self._relation_owner(head, child):
                        continue  # "Boeing's European competitor": Boeing is the one it competes with
                    if child.dep_ in NP_INNER_DEPS:
                        nxt.append(child)
                    elif child.dep_ in ("acl", "amod") and child.lemma_.lower() in AFFILIATION_WORDS:
                        # "workers affiliated with the Serbian Workers' Union", "militants loyal to X"
                        nxt.extend(p for prep in child.children if prep.dep_ == "prep"
                                   for p in prep.children if p.dep_ == "pobj")
                    elif child.dep_ == "prep" and (child.lower_ in NP_OF_PREPS or (
                            child.lower_ in NP_PLACE_PREPS and self._is_group(tok)) or (
                            child.lower_ == "in" and self._measures(tok))):  # "300 mln dlrs in Japanese exports"
                        nxt.extend(c for c in child.children if c.dep_ == "pobj")
            for tok in nxt:
                actor = self.token_actor(tok.i)
                if actor is None and tok.dep_ == "poss":
                    actor = self._told_before(tok)  # "the government's view" after "The government revised"
                if actor is not None:
                    return self._with_sector(actor, head)
            frontier = nxt
        return None

    @staticmethod
    def _credited(tok: Token) -> bool:
        """Whether TOK is (inside) the object of "according to" ("according to Reuters, he once told analysts ...")
        or of "compared with/to" ("is requesting 1.95 billion dlrs in new loans, compared with Mexico's 7.7
        billion"): the teller of a report or a yardstick, never a party to the act reported."""
        # (a demonym inside the teller is kept: "according to Iranian radio, Iraqi jets bombed the port" is most
        # often told by the side hit)
        for depth in range(MAX_NP_DEPTH):
            if tok.dep_ not in ("poss", "compound", "nmod", "amod", "pobj") or tok.head.i == tok.i:
                return False
            if tok.dep_ == "pobj":
                prep, host = tok.head, tok.head.head
                return (prep.lower_ == "to" and host.lower_ == "according" and depth == 0) or (
                    prep.lower_ in ("to", "with") and host.lemma_.lower() == "compare")
            tok = tok.head
        return False

    def _told_before(self, owner: Token) -> Actor | None:
        """A bare state institution as a possessor ("the government's view", "the ministry's plans") that the entity
        table left alone: the institution a bare mention of the same word named earlier in the story (within
        BARE_MENTION_LOOKBACK tokens) stands for ("The government last week revised its forecast")."""
        if self.fallback.sectors.get(owner.lemma_.lower()) not in STORY_HOME_SECTORS or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
            return None
        best: tuple[int, Actor] | None = None
        for m in self.table.mentions:
            last = m.token_end - 1
            if not (owner.i - BARE_MENTION_LOOKBACK <= last < owner.i) or self.doc[last].lower_ != owner.lower_:
                continue
            ent = self.table.get(m.entity_id)
            if ent is not None and ent.actor and (best is None or last > best[0]):
                best = (last, Actor(ent.actor, ent.id))
        return best[1] if best is not None else None

    @staticmethod
    def _included_members(head: Token) -> list[Token]:
        """The members a plural or collective noun names with "including" or "such as" ("several countries, including
        Libya and Syria", "a number of U.N. diplomats, including the Soviet representative", "members such as West
        Germany"): each is a party of the act."""
        if head.tag_ not in PLURAL_NOUN_TAGS and head.lemma_.lower() not in COLLECTIVE_HEADS:
            return []
        return [m for prep in head.children if prep.dep_ == "prep" and (prep.lower_ == "including" or (
                    prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)))
                for p in prep.children if p.dep_ == "pobj" for m in (p, *p.conjuncts)]

    @staticmethod
    def _relation_owner(head: Token, child: Token) -> bool:
        """Whether CHILD names the other side of a relational noun HEAD: the possessor or of-phrase of "Boeing's
        competitor", "the critics of the plan", "Israel's neighbours"."""
        if head.lemma_.lower() not in RELATIONAL_HEADS:
            return False
        return child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of")

    def _leader(self, head: Token) -> Actor | None:
        """The actor of the one a noun is "led by", "headed by", "run by" ("the coalition led by the US"; the
        parser often hangs ", led by X," right after an object on the verb: "accused its predecessor, led by
        Kuchma, of corruption")."""
        clauses = [c for c in head.children if c.dep_ == "acl"]
        if head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.i != head.i:
            nxt = head.right_edge.i + 1
            clauses += [c for c in head.head.children if c.dep_ == "advcl" and c.i in (nxt, nxt + 1)
                        and self.doc[nxt].lower_ == ","]
        for child in clauses:
            if child.tag_ == "VBN" and child.lemma_.lower() in LEADER_PARTICIPLES:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj" and (actor := self.np_actor(pobj)) is not None:
                                return actor
        return None

    @staticmethod
    def _measures(tok: Token) -> bool:
        """An amount whose "in" phrase says of what: "300 mln dlrs in Japanese exports"."""
        return is_quantity(tok) or any(c.dep_ == "nummod" for c in tok.children)

    def is_actor_like(self, tok: Token) -> bool:
        """Whether TOK names an actor, a person, a group of people or a physical target."""
        if tok.ent_type_ in ACTOR_ENT_TYPES or tok.lower_ in PERSONAL_PRONOUNS:
            return True
        lemma = tok.lemma_.lower()
        if lemma in self.fallback.sectors or lemma in self.fallback.groups or lemma in self.fallback.targets:
            return True
        if self.token_actor(tok.i) is not None:  # the head only: "his return" names no actor
            return True
        if any(c.dep_ == "appos" and self.token_actor(c.i) is not None for c in tok.children):
            return True  # "the opposition newspaper La Prensa"
        if tok.pos_ == "NUM" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return True  # "agreed to release the four": a definite number standing alone is people told before
        if not (tok.like_num or tok.lemma_.lower() in COLLECTIVE_HEADS):
            return False
        for prep in tok.children:  # "a bunch of Morgul Orcs", "a group of protesters"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                if any(c.dep_ == "pobj" and (c.ent_type_ in ACTOR_ENT_TYPES or self.token_actor(c.i) is not None
                                             or c.lemma_.lower() in self.fallback.groups) for c in prep.children):
                    return True
        return False

    def names_actor_itself(self, tok: Token) -> bool:
        """Whether a modifier is a country, demonym or organisation ("Israeli", "U.S.", "NATO"), not a city
        or region whose country the places stage supplied ("Berlin")."""
        if tok.lower_ in self.fallback.names:
            return tok.lower_ not in self.fallback.capitals
        ent = self.table.at_token(tok.i)
        return (ent is not None and bool(ent.actor) and ent.type in ("ORG", "NORP", "PERSON")
                and tok.lower_ not in self.fallback.capitals)

    def _is_group(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()  # groups and physical targets: "targets in Jericho", "rebels in Darfur"
        return (lemma in self.fallback.sectors or lemma in self.fallback.groups or lemma in self.fallback.targets
                or lemma == "target")

    def _with_sector(self, actor: Actor, head: Token) -> Actor:
        """Add a sector to a bare country code from the head noun ("Pakistani troops" -> PAKMIL)."""
        if len(actor.code) != 3:
            return actor
        sector = self.fallback.sectors.get(head.lemma_.lower()) or self.fallback.sectors.get(head.lower_)
        return Actor(actor.code + sector, actor.entity_id) if sector else actor

    # -- subjects that stand for an actor told before (sixteenth round) --------------------------------------
    def referent_actors(self, subject: Token) -> list[Actor]:
        """The coded actors a subject naming none stands for: "it" or "they" the entity table left unresolved, the
        nearest earlier main-clause subject of its number ("The report said ... It also called on the Palestinian
        Authority": the report's author); a document, its author ("a World Bank report ... The report said").
        Nothing when that subject is a thing ("The economy shrank. It lost 22,000 jobs"), or when the entity table
        tied the pronoun to an entity it could not code."""
        for _ in range(MAX_REFERENCE_CHAIN):
            if subject.pos_ == "PRON" and subject.lower_ in REFERRING_PRONOUNS:
                if self.table.at_token(subject.i) is not None or self._expletive(subject):
                    return []  # resolved, to an entity of no code: not ours to override
                antecedent = self._antecedent_subject(subject)
                if antecedent is None:
                    return []
                found = self.phrase_actors(antecedent)
                if found:
                    return found
                subject = antecedent
                continue
            if subject.pos_ == "NOUN" and subject.lemma_.lower() in self.documents:
                author = self.document_author(subject)
                return [author] if author is not None else []
            return []
        return []

    def _sentence_list(self) -> list:
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
        return self._sentences

    def _antecedent_subject(self, pronoun: Token) -> Token | None:
        """The nearest subject of a main clause before PRONOUN, in its sentence or the ANTECEDENT_SENTENCES before,
        that agrees with it: "it" a singular noun (no person) or "it", "they" a plural noun or "they"."""
        sentences = self._sentence_list()
        here = next((k for k, s in enumerate(sentences) if s.start <= pronoun.i < s.end), None)
        if here is None:
            return None
        number = REFERRING_PRONOUNS[pronoun.lower_]
        for k in range(here, max(-1, here - ANTECEDENT_SENTENCES - 1), -1):
            sent = sentences[k]
            subjects = [t for t in sent if t.dep_ in MAIN_SUBJECT_DEPS and t.i < pronoun.i and self.main_clause(t.head)]
            if not subjects:
                continue
            cand = subjects[-1]  # the nearest decides: a pronoun skips no subject to reach an older one
            if self._agrees(cand, number):
                return cand
            if number == "sg" and self._is_person(cand) and cand.head.lemma_.lower() in self.speech_lemmas:
                # "The plan stalled because banks balked, Ongpin said. It had called for ...": people are
                # never "it"; what a person said is about its subject
                told = [t for c in cand.head.children if c.dep_ == "ccomp" and c.i < pronoun.i
                        for t in c.children if t.dep_ in MAIN_SUBJECT_DEPS]
                if told and self._agrees(told[0], number):
                    return told[0]
            return None
        return None

    @staticmethod
    def _expletive(pronoun: Token) -> bool:
        """ "It took woeful kicking to ...", "it is clear that": an "it" that stands for nothing."""
        return pronoun.lower_ == "it" and pronoun.head.lemma_.lower() in EXPLETIVE_HEADS

    @staticmethod
    def main_clause(verb: Token) -> bool:
        """The sentence's root verb or a verb conjoined to it ("said ... and called on ...")."""
        return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")

    def _is_person(self, tok: Token) -> bool:
        ent = self.table.at_token(tok.i)
        if tok.ent_type_ == "PERSON" or (ent is not None and ent.type == "PERSON") or tok.lower_ in PERSONAL_PRONOUNS:
            return True
        role = self.roles.get(tok.lower_)  # "the minister said ... It": a title names a person, never "it"
        return role is not None and role.kind == "title"

    def _agrees(self, cand: Token, number: str) -> bool:
        if cand.pos_ == "PRON":
            return cand.lower_ == ("it" if number == "sg" else "they") and not self._expletive(cand)
        if number == "pl":
            return cand.tag_ in PLURAL_NOUN_TAGS or any(c.dep_ == "conj" for c in cand.children)
        return cand.tag_ in SINGULAR_NOUN_TAGS and not self._is_person(cand) and not any(
            c.dep_ == "conj" for c in cand.children)

    def document_author(self, noun: Token) -> Actor | None:
        """Who issued a document: named in its own phrase ("a World Bank report", "a statement issued by the
        ministry", "Iran said in a statement"), else at the nearest earlier mention of the same document noun
        ("a World Bank report said ... the report said"), for a definite one only."""
        found = self._issuer(noun)
        if found is not None or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children):
            return found
        lemma = noun.lemma_.lower()
        for tok in reversed(self.doc[max(0, noun.i - DOCUMENT_LOOKBACK): noun.i]):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
                found = self._issuer(tok)
                if found is not None:
                    return found
        return None

    def _issuer(self, noun: Token) -> Actor | None:
        found = self.phrase_actors(noun)
        if found:
            return found[0]
        hosts = [p for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in ISSUING_PARTICIPLES
                 for agent in a.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
        hosts += [p for a in noun.children if a.dep_ == "prep" and a.lower_ == "by"
                  for p in a.children if p.dep_ == "pobj"]
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ISSUING_PREPS else None
        if verb is not None and verb.lemma_.lower() in self.speech_lemmas:
            hosts += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        for host in hosts:
            found = self.phrase_actors(host)
            if found:
                return found[0]
        return None
