"""CAMEO events (issue 5): who did what to whom, when and where, with negation and modality flags.

For each predicate of each sentence (verbs, light-verb + event-noun pairs, frame verbs and event
nouns with a coded actor), ``event_coding`` finds the CAMEO code from the pattern dictionary
(``data/event_patterns.tsv``); this module finds the actors on the dependency parse (subject ->
source, object / with / to / against pobj -> target, passives reversed, conjoined actors one event
per pair), the modality (``negated``, ``hypothetical``), the date and place, and merges repeats of
the same (source, target, code). Events without a coded source are not emitted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.actors import REGION_ROOTS, actor_dictionary
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.event_actors import (
    NON_COUNTRY_PREFIXES,
    PLACE_ENT_TYPES,
    Actor,
    ActorResolver,
    counted_as_two,
    is_currency,
    load_fallback_coder,
)
from wirecoder.extract.event_coding import (
    CONDITIONAL_MARKS,
    NEGATED_STANCE,
    RELATIVE_PRONOUNS,
    SPEECH_COMPLEMENTS,
    STAKE_NOUNS,
    STATIVE_PASSIVES,
    Coding,
    PredicateCoder,
    agent_objects,
    ecm_subjects,
    infinitival,
    is_condition,
    is_delaying,
    is_subject_aside,
    object_heads,
)
from wirecoder.extract.event_data import load_cameo_codes, load_patterns, load_plover_map
from wirecoder.extract.event_judgements import (
    CRITICISM_CODE,
    FEELING,
    JUDGEMENT_FILES_ENV,
    Lexicon,
    find_judgement,
    is_act_noun,
    load_judgement_words,
)
from wirecoder.extract.event_stances import (
    BLAME_FRAME,
    COPULA_LEMMAS,
    JUDGE_FRAME,
    UNMET_FRAME,
    clause_stance,
    inside_denied_claim,
    reporting_verb,
)
from wirecoder.extract.quote_lexicon import read_speech_verbs
from wirecoder.extract.quotes import speaker_nouns
from wirecoder.extract.tone import load_tone_lexicon, word_polarity
from wirecoder.record import Event, Location
from wirecoder.resources import data_path, files_from_env

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from wirecoder.extract.event_data import CameoCode, PatternBook, PloverMap

SUBJ_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
TARGET_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})
# (the doers of an act and of the clauses below it, and what only sets the scene, are no recipients)
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent", "punct", "cc", "aux", "auxpass"})
DEEP_TARGET_LEVELS = 7
SCENE_DEPS = frozenset({"punct", "cc", "aux", "auxpass"})
# (a relative or adverbial clause tells of another act: "detained their crew, who confessed to spying for Iraq")
SIDE_CLAUSE_DEPS = frozenset({"relcl", "advcl", "parataxis"})
SETTING_PREPS = frozenset({"after", "following", "during", "before", "since", "amid", "despite", "until", "like"})
TARGET_PREPS = ("against", "with", "to", "on", "upon", "at", "into", "toward", "towards", "from", "between", "among",
                "in", "for", "over", "of")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "into", "across", "throughout", "around",
                            "within"})
DISAPPROVAL_TARGET_PREPS = ("against", "over", "about", "for", "with", "to", "on", "at", "of")
NOUN_TARGET_PREPS = ("against", "by", "from", "with", "between", "among", "to", "at", "on", "into", "toward", "towards",
                     "for", "of")
# Phrases of a protest's purpose naming what it is against: "in protest of the arrest", "reforms by X".
PROTEST_OBJECT_PREPS = ("of", "against", "at", "by", "from", "for", "over", "to")
# Participles that state a protest's aim: "calling for the removal of", "demanding independence from".
PROTEST_PURPOSE_VERBS = frozenset({"call", "demand", "urge", "protest", "denounce", "condemn", "oppose", "seek",
                                   "press", "chant", "accuse"})
# "in protest of", "in defiance of", "in opposition to": the phrase names what a protest is against.
PROTEST_CAUSE_NOUNS = frozenset({"protest", "defiance", "opposition", "outrage", "anger", "denunciation"})
PROTEST_ROOT = "14"
# Event nouns that name lasting states ("Israeli occupation", "the EU embargo", "U.S. sanctions"): on their own
# they are background, coded only when new ("new sanctions") or dated in their own phrase.
STATE_NOUNS = frozenset({"occupation", "embargo", "sanction", "blockade", "siege", "presence"})
# verbs whose past participle on a state noun tells it was put in place: "sanctions imposed last week"
IMPOSING_VERBS = frozenset({"impose", "reimpose", "slap", "levy"})
NEWNESS_WORDS = frozenset({"new", "fresh", "latest", "additional", "further", "tougher", "tough", "harsher",
                           "expanded", "extra", "recent"})
# Phrases of circumstance whose event noun is the subject's own act ("left after talks with Kohl").
CIRCUMSTANCE_PREPS = frozenset({"after", "following", "from", "during"})
# "on his return from talks in Moscow": a coming back, under a preposition of time, told of the act's doer
# Spans of time or rounds that measure talks: "after a day of meetings", "following two rounds of talks".
SPAN_NOUNS = frozenset({"day", "week", "month", "hour", "round", "series", "weekend", "night"})
RETURN_NOUNS = frozenset({"return", "homecoming", "arrival"})
WAR_NOUNS = frozenset({"war", "conflict", "campaign", "offensive", "fighting", "hostilities"})
# verbs that say what their subject is: negating them does not deny that it happened
PREDICATING_VERBS = COPULA_LEMMAS | {"become"}
EDGE_NOUNS = frozenset({"end", "close", "conclusion", "start", "beginning", "opening", "outset"})
EDGE_PREPS = frozenset({"at", "by", "towards", "toward"})
ARRIVAL_PREPS = frozenset({"on", "upon", "after", "following"})
# Phrases placing the subject inside its own talks or meeting ("locked in talks with", "At a meeting with
# Putin, Chirac said"), and "on" for a journey ("on a visit to Argentina"); not "insisted on talks".
OCCASION_PREPS = frozenset({"in", "at"})
JOURNEY_PREPS = frozenset({"on", "upon"})
# Verbs whose "at" object is what they point to, not where their subject is: "hinted at talks".
POINTING_VERBS = frozenset({"hint", "aim", "point", "look", "laugh", "scoff", "balk", "baulk", "glance", "wink"})
# Participles naming the author of an act told by a noun: "the tariffs, announced by Reagan", "an attack
# claimed by Hamas", "talks hosted by Egypt" (not "condemned/opposed by": a reaction, not the act's author).
AUTHORING_PARTICIPLES = frozenset({"announce", "initiate", "impose", "reimpose", "launch", "make", "submit",
                             "table", "present", "unveil", "offer", "conduct", "stage", "mount", "order",
                             "organise", "organize", "call", "claim", "lead", "host", "hold", "sponsor", "issue",
                             "introduce", "declare", "adopt", "carry", "put", "level", "lodge", "file", "slap",
                             "levy", "wage", "extend", "grant", "chair", "convene"})
# Verbs of doing whose object noun names the act their subject does: "Iran made an offer to the EU", "the union
# staged a strike", "the EU opened an investigation into Microsoft", "Britain resumed talks with Iran".
SUPPORT_VERBS = frozenset({"make", "submit", "table", "present", "lodge", "file", "issue", "extend", "deliver", "hold",
                           "launch", "stage", "mount", "conduct", "pay", "open", "begin", "start", "resume",
                           "continue", "conclude"})
# Journeys made for talks: "arrived in Washington for talks with Bush", "flew to Brussels for a meeting with".
JOURNEY_VERBS = frozenset({"arrive", "fly", "travel", "go", "come", "head", "leave", "return", "set", "jet", "rush",
                           "hurry", "sail", "drive", "be"})
# Combining forms of country names in a hyphenated pair ("Sino-Japanese talks", "Anglo-Irish summit").
COMBINING_FORMS = {"sino": "CHN", "anglo": "GBR", "franco": "FRA", "russo": "RUS", "italo": "ITA", "greco": "GRC",
                   "turco": "TUR", "nippo": "JPN", "afro": "", "euro": ""}
# Talks and meetings whose counterpart a with-phrase names, told by one of the parties as the subject of
# what it says: "The Palestinians said talks with Israel had broken down".
SAID_TALK_NOUNS = frozenset({"talk", "negotiation", "meeting", "consultation", "discussion"})
# "clashed with ministers about/over ...": a clash about a topic is a dispute in words (111), not a fight.
VERBAL_CLASH_VERBS = frozenset({"clash", "spar", "lock"})
TOPIC_PREPS = frozenset({"about", "over", "on"})
VERBAL_CLASH_CODE = "111"
# Acts a protest performs in its purpose clause or participle (appeals, demands, disapproval, protest), and
# the links from such a clause up to the protest's verb ("a strike to protest": relcl -> dobj -> verb).
PROTEST_AIM_ROOTS = frozenset({"02", "10", "11", "14"})
AIM_CHAIN_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl", "pcomp", "prep", "pobj", "dobj"})
# Material help and concessions whose recipient may be named only by their purpose clause.
PURPOSE_RECIPIENT_ROOTS = frozenset({"06", "07", "08"})
# Meetings and protests: where they happen is not whom they are with or against ("demonstrated in Serbia").
VENUE_ROOTS = frozenset({"04", "14"})
# Gatherings and accords whose "in"/"at" phrase says where they happen, never a party to what is done to or in
# them (session 17, event actors)
GATHERING_NOUNS = frozenset({"meeting", "talk", "talks", "conference", "summit", "discussion", "negotiation",
                             "session", "gathering", "agreement", "accord", "treaty", "pact", "round", "forum"})
# what two parties have together: "restored their ties", "settled their differences" (session 17)
RELATION_NOUNS = frozenset({"tie", "ties", "relation", "relations", "relationship", "cooperation", "partnership",
                            "alliance", "venture", "difference", "dispute", "deal", "contract", "friendship", "link",
                            "border", "feud", "rivalry", "dialogue", "exchange", "trade"})
MAX_PAIRED_PARTIES = 3  # more doers of one reciprocal act make one multilateral happening
TOUR_VERBS = frozenset({"visit", "tour", "travel", "fly", "go", "head"})  # many places in turn, each a visit
RECIPIENT_REQUIRED_ROOTS = frozenset({"03", "05", "08", "10", "16", "17"})
# with no recipient named, only these acts of several doers are between them ("the ministers met", "the two
# firms traded"); several parties calling for a thing or protesting call on or protest against no one named
JOINT_ACT_ROOTS = frozenset({"04", "06"})
# material acts are reported with no victim named and still happened ("Taliban fighters captured the town of
# Kunduz", "police opened fire to protect the governor"): require_dyad leaves them
UNAIMED_MATERIAL_ROOTS = frozenset({"07", "15", "18", "19", "20"})
# prices and markets, whose moves financial news tells with protest verbs ("shares rallied", "the index marched")
MARKET_NOUNS = frozenset({"share", "stock", "price", "index", "market", "currency", "dollar", "yen", "euro", "pound",
                          "sterling", "bond", "yield", "equity", "bourse", "future", "commodity", "gold", "oil"})
# a statement, a declined comment or sympathy with no one addressed and no party it is about is no dyad:
# "made his comments on BBC Radio 4", "issued a statement", "declined to say what form it should take", "we're
# mourning the passing of a great company" (an investigation of no named party still is one: "the bureau is
# investigating the phoney e-mails", "opened a hearing into the legality of interrogation techniques")
ADDRESSEE_REQUIRED_CODES = frozenset({"010", "011", "018"})
# Disapproval, rejection and threats are judgements of someone: with no one named they say nothing coded,
# even when several parties judge together ("the Greens oppose the proposals" with no author found).
# Lawsuits ("is suing a host of companies"), breaches ("violated the Minsk agreement") and refusals to act
# ("refused to sign up to the treaty", "failed to reach agreement") are acts in themselves, not judgements.
JUDGEMENT_ROOTS = frozenset({"11", "12", "13"})
THREAT_ROOT = "13"
# Opinions of a proposal are aimed at its author ("backed the control orders", "opposed the proposals").
AUTHOR_TARGET_ROOTS = frozenset({"05", "11", "12"})
STANCE_OBJECT_PREPS = ("with", "over", "about", "at", "by")  # "not satisfied with the cuts", "angry at the move"
# Appeals, demands and judgements that name an institution bare ("called on the prime minister") name the
# doer's own.
HOME_JUDGEMENT_ROOTS = frozenset({"02", "05", "10", "11", "12", "13"})
ACT_CODES = frozenset({"115", "128"})
APPEAL_ROOT = "02"
APPEAL_CODE = "020"
THREAT_CODE = "130"
# what is held over a party in a threat: "would face retaliation unless ..."
RETALIATION_NOUNS = frozenset({"retaliation", "reprisal", "punishment", "countermeasure", "sanction", "consequence"})
COERCIVE_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
REFUSING_VERBS = frozenset({"refuse", "decline", "deny", "fail"})  # "denied land allocation", "failed to agree"
ABDUCTION_CODE = "181"
POLITICAL_SIDES = {"GOV": "government", "OPP": "opposition", "LEG": "opposition"}  # of quoted criticism
REPORTER_ACT_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})  # what a reporter goes on to do
FAILURE_NOUNS = frozenset({"failure"})
NAMING_VERBS = frozenset({"call", "describe", "term", "brand", "label", "cite"})  # "what he called X's failure"
TIME_MARKS = frozenset({"after", "since", "because", "while", "as"})  # a side clause's circumstance
DENIAL_CODE = "016"
ACCUSATION_ROOTS = frozenset({"11"})
VISITING_WORDS = frozenset({"visit", "tour"})  # "the visiting French official": a visitor now in the host country
# Modals of a reported clause that make it a demand of its subject: "said Libya must/should hand over ...".
OBLIGATION_MODALS = frozenset({"must", "should"})
# Acts a state alone decides, told as an agentless passive in what it announces ("will be released")
ANNOUNCING_VERBS = frozenset({"announce", "confirm"})
ANNOUNCED_OWN_ACTS = frozenset({"release", "free", "lift", "ease", "pardon", "repatriate", "extradite", "deport",
                                "expel", "grant", "suspend", "withdraw", "reopen", "restore", "resume"})
APPEAL_MODALS = frozenset({"should"})  # "X should" told by another asks it; "X must" demands it
# Verbs that, with "to" + an act, say what their subject ought to do, as "should" does: "said Dr Gibbons needed
# to change policy" asks him. ("had to" mostly tells a necessity, not a demand: "said Italy would have to abandon
# its margin", "the U.S. had to take some action to demonstrate its authority".)
ASKING_SEMI_MODALS = frozenset({"need", "ought"})
NEGOTIATION_NOUNS = frozenset({"talk", "negotiation"})
VISIT_CODES = ("042", "043", "044")  # visits and their hosts: the place visited is the counterpart
VISIT_CODE = "042"
# Modal auxiliaries: the act is not asserted as having happened.
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "shall", "will",
                                 "'d", "'ll", "wo", "ca"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
ANNOUNCING = frozenset({"future", "plan"})
# Plan verbs whose complement is an announced act ("plans to impose restrictions": a threat; "hoped to negotiate
# an agreement with these creditors": an intent to negotiate).
ANNOUNCING_PLANS = frozenset({"plan", "intend", "want", "prepare", "hope", "aim"})
# Passives that schedule their complement as "will" does: "are expected to sign an agreement next week", "is set to"
SCHEDULING_PASSIVES = frozenset({"expect", "schedule", "set"})
# Participles that date the event noun they hang on: "his visit to Washington starting April 29"
SCHEDULE_PARTICIPLES = frozenset({"start", "begin", "schedule", "set", "due", "plan", "expect", "open"})
# Acts a purpose clause carries out: "staged a strike to protest".
EXPRESSIVE_ROOTS = frozenset({"14"})
REDUCE_RELATIONS_ROOT = "16"
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
ANNOUNCED_THREAT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
VETO_CODE = "129"  # "would veto the budget": an announced veto is a threat (130); other rejections are stated now
REJECT_ROOT = "12"
# roots of acts answering another party's act, whose author is their recipient ("rejected TWA's offer",
# "welcomed Iran's proposal", "denied Labour's claims")
ANSWERING_ROOTS = frozenset({"01", "05", "11", "12"})
# A firm announcing that it will buy or sell ("said it would spend $2bn to buy", "is to sell its unit to")
# reports the deal (061), as the gold standards code it; the spending verb's purpose is the deal itself.
DEAL_CODE = "061"
OCCUPY_CODE = "192"
BUSINESS_SECTOR = "BUS"
DEAL_VERBS = frozenset({"buy", "acquire", "purchase", "take", "sell", "offload"})
# selling: with no seller named, a passive sale is the buyer's deal with the firm sold ("was sold to Rosneft")
SALE_VERBS = frozenset({"sell", "offload"})
ECONOMIC_INTENT = "031"  # intents to cooperate economically (0311 and kin)
# trading, borrowing, merging, making acquisitions: events only with the partner named
TRADE_VERBS = frozenset({"export", "import", "borrow", "merge", "make"})
# a lender's decisions on a loan: an event with the borrower named ("approved a $200m loan to Vietnam")
LENDERS_DECISIONS = frozenset({"approve", "extend", "grant"})
FINANCE_NOUNS = frozenset({"loan", "credit", "grant", "aid", "assistance", "funding", "financing"})
# nouns for buying a firm or merging with one, coded on their own when the buyer and the firm are named
# ("Pernod's purchase of Seagram", "the takeover of WMC by Xstrata", "its merger with Ispat")
DEAL_NOUNS = frozenset({"acquisition", "takeover", "purchase", "buyout", "merger"})
# sectors whose "takeover" is a seizure, not a deal ("the army's takeover of the country")
FORCE_SECTORS = ("MIL", "REB", "INS", "UAF", "COP", "SPY")
SPENDING_VERBS = frozenset({"spend", "pay", "use", "borrow", "raise", "invest"})
# Demands told with will/would are made in the telling: "his government would insist on the same price".
ANNOUNCED_DEMAND_ROOT = "10"
# Auxiliaries that open an inverted condition before their subject: "had they known", "were it to fail".
INVERTING_AUXILIARIES = frozenset({"had", "were", "should"})
ARMED_SECTORS = ("MIL", "COP", "SPY")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
MEDIA_SECTORS = ("JRN", "MED")
CONTRAST_CONJUNCTIONS = frozenset({"but", "yet"})
# Adjectives whose clause is a wish or norm, not a report: "it is vital (that) the UK invests".
NORMATIVE_ADJECTIVES = frozenset({"vital", "important", "necessary", "essential", "crucial", "imperative",
                                  "right", "wrong", "time", "better", "best", "unlikely", "likely", "possible",
                                  "impossible", "desirable", "appropriate", "unacceptable", "urgent", "foolish", "wise",
                                  "unwise", "silly", "sensible", "dangerous", "pointless"})
# Verbs whose complement is only made possible: "allow London to ban", "enable the army to strike".
PERMISSION_VERBS = frozenset({"allow", "permit", "enable", "authorize", "authorise", "empower", "entitle", "let"})
# Verbs whose "to"-complement did happen ("continued to send arms", "began to shell").
ATTEMPT_VERBS = frozenset({"try", "attempt"})
# Passives whose "to"-complement did happen: "were forced to borrow", "was compelled to sell" (not "obliged to
# compensate", a duty)
IMPLICATIVE_PASSIVES = frozenset({"force", "compel"})
ASPECT_VERBS = frozenset({"begin", "start", "continue", "keep", "resume", "manage", "go", "proceed", "come",
                          "stop", "cease", "finish", "end", "help", "use"})
HYPOTHETICAL_FRAMES = frozenset({"threat", "intent", "appeal", "demand", "allege", "plan"})
NEGATING_FRAMES = frozenset({"reject", "deny", "fail"})
# legal acts told in the passive with no doer, outside roots 09 and 17: indicted (112), convicted or sentenced (116);
# with no place told, the state of the one they are done to did them (only these verbs: "was accused" by critics)
LEGAL_PASSIVE_CODES = frozenset({"112", "116"})
LEGAL_PASSIVE_LEMMAS = frozenset({"charge", "indict", "sentence", "convict", "prosecute", "arrest", "detain", "jail",
                                  "imprison", "investigate", "try", "fine", "question", "interrogate"})
# verbs of quarrelling: with conjoined doers and no one else named, each is the other's recipient
QUARREL_VERBS = frozenset({"clash", "quarrel", "feud", "spar", "bicker", "squabble", "wrangle", "row"})
# Acts that conjoined actors do with each other: agreeing, meeting, signing, cooperating, fighting (not
# visiting, praising or welcoming: "Fornost and Gondor welcomed ..." is no mutual welcome).
RECIPROCAL_CODES = ("030", "031", "036", "037", "040", "041", "044", "046", "050", "057", "06", "19")
# Event nouns coded on their own only for happenings, not for words like "statement" or "support".
STANDALONE_NOUN_ROOTS = frozenset({"04", "09", "14", "15", "16", "17", "18", "19", "20"})
OBJECT_CONTROL_FRAMES = frozenset({"appeal", "demand", "allege"})
OBJECT_CONTROL_VERBS = frozenset({"allow", "force", "persuade", "tell", "help", "enable", "permit", "convince",
                                  "compel", "require", "need", "want", "expect", "order", "ask"})
# Acts whose "in <place>" names the country they are done to when no recipient is named: measures,
# aid, force ("lifted a state of emergency in West Darfur" -> SDN), not words or meetings.
DOMESTIC_TARGET_ROOTS = frozenset({"03", "06", "07", "08", "09", "13", "14", "15", "16", "17", "18", "19", "20"})
# Unnamed victims that are civilians of the place: "killed 23 people in Tel Aviv".
CIVILIAN_NOUNS = frozenset({"people", "civilian", "person", "resident", "villager", "passenger", "bystander",
                            "pilgrim", "shopper", "worshipper", "child", "woman", "man", "student", "worker"})
# Where an unnamed doer acted: "a bombing near the town of Samarra", "killed outside of Basra".
ANONYMOUS_PLACE_PREPS = ("in", "near", "outside", "at", "inside", "around", "across", "throughout")
# "supported guerrillas in their operations": endorsing (051) an armed group with means is military aid (072).
ENDORSE_CODE = "051"
RETREAT_CODE = "0874"  # withdrawing troops: from the country they are in
TROOP_NOUNS = frozenset({"troop", "force", "soldier", "contingent", "army"})
# Nouns for someone's act that an endorsement may refer back to with no author named ("welcomed the move").
MOVE_NOUNS = frozenset({"move", "decision", "step", "announcement", "initiative"})
# What is offered, and the roots of offering it: "India has rejected international aid" answers the latest offer.
OFFERED_NOUNS = frozenset({"aid", "assistance", "help", "offer", "freeze", "proposal", "loan", "credit", "deal",
                           "moratorium", "package", "bid"})
OFFER_ROOTS = frozenset({"03", "07"})
MILITARY_AID_CODE = "072"
DEMONSTRATION_CODE = "140"
OFFICIAL_PROTEST_CODE = "114"
# Light verbs that state a plan: the act noun they take is announced, still to come, when so marked.
PLAN_STATING_VERBS = frozenset({"announce", "unveil", "outline", "disclose", "confirm"})
PLANNING_VERBS = frozenset({"plan", "schedule"})  # light verbs whose event noun is always still to come
PLANNED_WORDS = frozenset({"imminent", "planned", "proposed", "forthcoming", "impending", "upcoming", "threatened",
                           "intended", "future", "expected", "promised",
                           # still uncertain: "watching for a probable meeting between Baker and Miyazawa"
                           "probable", "possible", "likely", "potential", "prospective", "mooted", "rumoured",
                           "rumored", "scheduled",
                           # considered or tried, not done: "its contemplated acquisition", "its attempted takeover"
                           "contemplated", "attempted", "aborted", "failed"})
ARMED_GROUP_SECTORS = ("REB", "INS", "UAF", "MIL")
MATERIAL_MEANS = frozenset({"operation", "attack", "arm", "weapon", "money", "fund", "raid", "campaign", "fight",
                            "fighting", "war", "offensive", "supply", "training", "equipment", "ammunition",
                            "struggle", "insurgency", "cash", "logistics"})
# Sectors of institutions, which take "which" ("the army, which ..."), unlike people ("delegates").
INSTITUTION_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "PTY", "BUS", "LAB"})
# Deals that are commerce or litigation, not agreements between political actors, when no partner is named.
PRIVATE_DEALS = frozenset({"contract", "settlement", "order", "lease", "licence", "license"})
# Rejections, demands, disapprovals: an actor named inside their object is the one concerned.
CONTENT_TARGET_ROOTS = frozenset({"10", "11", "12"})
# Conflictual acts whose uncoded group object ("protesters", "rebels") is a group of the place or the doer's country.
# (not violence: "killing 156 people" repeats the attack, and "killed militants" says nothing of their country)
GROUP_TARGET_ROOTS = frozenset({"10", "11", "12", "13", "17"})
# Curfews, states of emergency, martial law: measures a government takes on its own country.
DOMESTIC_MEASURE_CODES = ("0813", "0814", "1723", "1724", "1323", "1324")
# Material acts that always have a recipient (PLOVER: requires_recipient), and how far back to look for it.
RECIPIENT_ROOTS = frozenset({"06", "07", "16"})
RECIPIENT_WINDOW = 4
# Promises that say nothing without a partner or recipient: a bare undertaking (030, its act uncoded) and
# help (033x). Without one they are campaign promises ("promised to continue economic stability"); "agreed
# to limit production" (an agreement among its parties) and "offered assistance" stay.
PARTNERLESS_INTENTS = ("030", "032", "033")
# Plural subjects naming several parties: "OPEC members agreed", "both sides agreed", "the six nations agreed".
PARTY_GROUP_NOUNS = frozenset({"member", "side", "nation", "country", "party", "state", "partner", "government",
                               "leader", "neighbour", "neighbor", "ally"})
PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "guarantee", "undertake", "commitment"})
SANCTION_THREAT = "1312"  # "announced the (planned) sanctions": whom they were aimed at before, as sanctions do
AID_INTENT = "033"  # offers of help take the recipient of the source's latest act, as aid does
# (not mass violence: "the Rwandan genocide" names where, not who)
MODIFIER_SOURCE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19"})
# Acts of force: their nouns take "of" objects as targets, and a demonym on them may name an earlier victim.
FORCE_NOUN_ROOTS = frozenset({"18", "19", "20"})
# Acts on a thing whose earlier mention named its owner: force, and seizing or destroying property (17).
OWNED_OBJECT_ROOTS = FORCE_NOUN_ROOTS | {"17"}
NAME_ENT_TYPES = frozenset({"ORG", "EVENT", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"})
SCORE_RE = re.compile(r"\b\d{1,3}-\d{1,3}\b")  # match scores: "6-4", "18-12"
SPORTS_DENSITY = 1.2  # sports words + scores per 100 tokens (event_sports_words.txt)
SPORTS_MIN_HITS = 3
# a settlement agreed to is made by the agreement: "agreed to pay $850m to settle the suit" settles it
SETTLING_VERBS = frozenset({"settle"})
AGREEING_VERBS = frozenset({"agree"})
SPORTS_MIN_KINDS = 2  # distinct sports words (or scores): BBC sport sample 126/150 either way
# a politician's quote naming the other side in hostile words criticises it, with or without a word of the
# judgement lexicon: negative words of the tone lexicon, at least this many and this many times the positive ones
HOSTILE_MIN_WORDS = 1
HOSTILE_RATIO = 2
# what a speaker denies, or asks for, is no charge of his ("Mr Straw denied it amounted to a constitutional crisis",
# "urged Congress to reinstate lapsed rules")
NOT_CHARGING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "urge", "ask", "appeal", "plead"})
# (and "close"/"near" to an act: "the two countries are close to reaching a trade deal")
PROSPECT_NOUNS = frozenset({"close", "near", "prospect", "chance", "possibility", "likelihood", "hope", "risk", "danger", "idea",
                            "plan", "proposal", "prospects", "option", "threat", "fear", "question", "event",
                            "case", "spectre", "specter", "scenario", "warning"})
MAX_CHAIN = 5
# Attacks that are words when politicians make them on political rivals.
ATTACK_WORDS = frozenset({"attack", "assault", "onslaught", "broadside", "offensive"})
POLITICAL_SECTORS = frozenset({"PTY", "LEG", "OPP", "ELI"})
FIGHT_WORDS = ATTACK_WORDS | {"fight", "battle", "combat", "clash"}
CIVIL_SECTORS = POLITICAL_SECTORS | {"BUS", "LAB", "MED", "EDU", "JUD"}
# A state's own voice: the country itself or its government, legislature, army or diplomats.
STATE_SECTORS = frozenset({"", "GOV", "LEG", "MIL"})
STATE_ORGAN_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY"})  # a state acting, not its own people
# Agreements and ties between parties: where they are made is no counterpart ("signed a treaty in Washington").
AGREEMENT_CODES = ("030", "031", "036", "037", "050", "057")
STATEMENT_ROOT = "01"  # outlooks ("optimistic", "hopeful"): statements, unless a mood described over time
MOOD_VERBS = frozenset({"remain", "seem", "appear", "look", "feel", "grow", "become", "stay"})
# Statements and disapproval: the "over/about" phrase of their noun names whose act they concern.
STANCE_ROOTS = frozenset({"01", "11"})
# Disapproval of an act told before ("condemned the detentions"): the acts whose doer becomes the target.
DISAPPROVE_ROOT = "11"
DISAPPROVE_CODE = "111"
DENOUNCED_ACT_ROOTS = frozenset({"16", "17", "18", "19", "20"})
# Plural nouns that, counted as two or "both", name the two parties told before: "the two sides agreed".
PAIR_NOUNS = frozenset({"side", "country", "government", "nation", "party", "capital", "neighbour", "neighbor",
                        "leader", "delegation", "president", "minister", "premier", "chancellor", "head"})
# Acts of force on one target told by conjoined verbs ("attacked and destroyed"): one happening.
CONJOINED_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
MILITARY_ACTION_ROOTS = frozenset({"19", "20"})
# Nouns whose that-clause is demanded even without "must": "its demand that Israel ease restrictions".
DEMAND_NOUNS = frozenset({"demand", "ultimatum", "insistence"})
# Messages whose "that ... must" clause is a demand: "issued a reminder to Iraq that it must cooperate".
MESSAGE_NOUNS = frozenset({"reminder", "warning", "message", "statement", "letter", "note", "ultimatum",
                           "declaration", "notice", "signal", "call", "demand", "appeal", "order"})
# Acts said again and again about one happening: consultations in one article (an article about a visit says
# "arrived", "met", "talked", "held talks"), and accusations, demands, disapprovals within one paragraph.
CONSULT_ROOT = "04"
SANCTION_ROOT = "16"  # sanctions, tariffs, embargoes: measures on another country
# Nouns for words and intents coded on their own when told with what they are for ("Gorbachev's offer to
# proceed with a treaty", "an EU complaint over US support"): the frames of their verbs, the roots of their rows.
STATED_NOUN_FRAMES = frozenset({"intent", "appeal", "demand"})
STATED_NOUN_ROOTS = frozenset({"02", "03", "10", "11"})
# Words and dealings a "from" phrase names the doer of, received by the clause's subject: "came under pressure
# from the IMF", "has orders from Lufthansa", "received an offer of aid from Japan", "amid criticism from Britain".
RECEIVED_ROOTS = frozenset({"02", "03", "05", "06", "07", "10", "11", "12", "13"})
RECEIVING_VERBS = frozenset({"receive", "face", "get", "win", "have", "attract", "draw", "earn", "secure", "gain",
                             "come", "be", "see", "meet", "encounter", "bring"})
RECEIVING_PREPS = frozenset({"under", "amid", "despite", "after", "following"})
ORDER_NOUNS = frozenset({"order"})  # commands, or purchases when firms place them
# Ranks of a predicate noun whose to-clause tells a done act: "the latest shareholder to express concern".
ORDINAL_WORDS = frozenset({"first", "latest", "last", "second", "third", "only", "sole", "newest", "next"})
# Measures aimed at someone: eased or lifted (08), imposed (16), with the aim told at an earlier mention.
MEASURE_ROOTS = frozenset({"08", "16"})
MEASURE_NOUNS = frozenset({"ban", "embargo", "sanction", "tariff", "restriction", "boycott", "blockade", "quota", "curb",
                           "duty", "levy", "moratorium", "freeze", "measure", "limit"})
STATED_NOUN_PREPS = ("over", "about", "against")
# Words (statements, appeals, intents, demands, disapproval, rejections, threats): said again later without a
# named recipient, after the same doer said them to one, they are the same stance.
VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
VERBAL_SUPPORT_CODES = frozenset({"051", "052"})  # praise and verbal defence: words, like the roots above
# Material acts (aid, concessions, protest, force ...) stated in the present simple with no date of their own
# ("the government provides cheap credits", "the Taliban continues to recruit and capture more territory") are
# habits or ongoing states, not happenings. Words (01-05, 09-13: "we reject", "Iran denies") are positions
# stated now, and stay.
HABITUAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
TIME_CLAUSE_MARKS = frozenset({"when", "once", "until", "before"})  # "when he visits": in the present, yet to come
# Adverbs that make any act a generality, not one happening ("is often blamed", "usually provides").
FREQUENCY_ADVERBS = frozenset({"often", "usually", "frequently", "routinely", "generally", "typically", "sometimes",
                               "always", "traditionally", "customarily", "habitually", "commonly", "normally",
                               "occasionally", "seldom", "rarely"})
# Verbs of thought whose that-clause is believed, not reported as having happened.
BELIEF_VERBS = frozenset({"think", "believe", "suspect", "assume", "imagine", "suppose", "guess", "doubt", "wonder",
                          "fear", "hope", "speculate", "presume", "reckon"})
CONTINUING_VERBS = frozenset({"continue", "keep", "go"})
# Belief verbs that, reported by a speech verb, state an opinion aloud ("said he believed Japan should ...").
STATED_BELIEF_VERBS = frozenset({"believe", "think", "feel"})
# Adverbs that make an act only alleged.
ALLEGING_ADVERBS = frozenset({"allegedly", "purportedly", "supposedly", "reputedly"})
# Nouns whose that-clause is only thought, proposed or argued: "the idea that", "the suggestion that".
BELIEF_NOUNS = frozenset({"idea", "notion", "suggestion", "belief", "view", "impression", "theory", "assumption",
                          "perception", "argument", "hope", "fear", "expectation", "hypothesis", "premise",
                          "myth", "concern", "worry"})
# Nouns whose content clause is only claimed: "an allegation that the rebels had taken the city".
ALLEGATION_NOUNS = frozenset({"allegation", "claim", "accusation", "charge", "rumour", "rumor", "suspicion",
                              "speculation", "assertion", "contention"})
CLAIM_NOUNS = ALLEGATION_NOUNS | {"report", "suggestion"}  # what a denial dismisses
# Entity types of named parties that may share the doer's actor code (two firms, two ministries).
NAMED_PARTY_TYPES = frozenset({"ORG", "PERSON", "NORP"})

# Debug trace of why candidates were dropped: set ``TRACE = []`` before a run to collect (character offset, code,
# what happened) tuples; None (the default) records nothing and costs one comparison per candidate.
TRACE: list[tuple[int, str, str]] | None = None


def trace(offset: int, code: str, what: str) -> None:
    if TRACE is not None:
        TRACE.append((offset, code, what))


# appeals and demands: the one asked is the target, whatever its country ("called on the DTI to block ...")
ADDRESSED_ROOTS = frozenset({"02", "10"})
# the domestic voices whose appeals with no one named are to their own government
HOME_APPEAL_SECTORS = frozenset({"OPP", "PTY", "LEG", "LAB", "NGO", "CVL", "EDU"})


@dataclass(frozen=True)
class EventResources:
    codes: dict[str, CameoCode]
    plover: PloverMap
    book: PatternBook
    speech_lemmas: frozenset[str]
    sports_words: frozenset[str] = frozenset()


def has_det(tok: Token, words: tuple[str, ...]) -> bool:
    """Whether TOK has one of WORDS as its determiner: "the platform", "no country"."""
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def pobjs_of(tok: Token, word: str) -> list[Token]:
    """The objects of TOK's preposition WORD: "hundreds [of] people", "a bombing [by] U.S. planes"."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == word for o in p.children if o.dep_ == "pobj"]


def load_sports_words() -> frozenset[str]:
    path = data_path("event_sports_words.txt")
    if not path.exists():
        return frozenset()
    with open(path, encoding="utf-8") as fh:
        return frozenset(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))


def load_speech_lemmas() -> frozenset[str]:
    """Reporting verbs and statement nouns, from the shared speech list (speech_verbs.tsv)."""
    lex = read_speech_verbs()
    return frozenset(lex.frames) | frozenset(lex.noun_forms.values())


def load_event_resources(pattern_files: Iterable[Path] = ()) -> EventResources:
    """Our dictionaries plus the user's pattern files (``--event-patterns``), read after ours."""
    return EventResources(load_cameo_codes(), load_plover_map(), load_patterns(pattern_files), load_speech_lemmas(),
                          load_sports_words())


@dataclass
class Modality:
    """Whether an act is asserted as having happened, and why not."""

    negated: bool = False
    decided_not: bool = False  # negated under decide/choose: "decided not to offer aid" (a reduction)
    unless: bool = False  # an "unless" condition: "will withdraw its force unless ..." (a threat)
    preparing: bool = False  # under the verb "prepare": "the army prepared to resume shelling" (a mobilisation)
    wishing: bool = False  # under "want": a wish ("its leaders want to destroy our society") is no threat
    expected: bool = False  # expected by others ("Japan is expected to impose sanctions"): no threat of the doer's
    intent_frame: bool = False  # the act is an intent frame ("would be ready to host"): announcing it is no news
    reasons: set[str] = field(default_factory=set)  # why hypothetical: modal, future, plan, purpose, if, ...

    @property
    def hypothetical(self) -> bool:
        return bool(self.reasons)

    @property
    def announced(self) -> bool:
        """Only will/would or a plan: an announced act (an intention or a threat, CAMEO 03x/13x)."""
        return bool(self.reasons & ANNOUNCING) and self.reasons <= ANNOUNCING | {"if_clause"}

    @property
    def purpose_only(self) -> bool:
        return self.reasons == {"purpose"}


def extract_events(ctx: ArticleContext) -> list[Event]:
    res = ctx.resources.cached("events", lambda: load_event_resources(ctx.resources.event_pattern_files))
    fallback = ctx.resources.cached("events.fallback_actors", load_fallback_coder)
    judgements = ctx.resources.cached(
        "events.judgements", lambda: load_judgement_words(files_from_env(JUDGEMENT_FILES_ENV)))
    actors = ActorResolver(ctx.doc, ctx.entities, fallback, ctx.locations, ctx.quotes,
                           actor_dictionary(ctx.resources).roles, speaker_nouns(ctx).documents, res.speech_lemmas)
    return EventExtractor(ctx, res, actors, judgements).run()


class EventExtractor:
    def __init__(self, ctx: ArticleContext, res: EventResources, actors: ActorResolver,
                 judgements: Lexicon | None = None) -> None:
        self.ctx = ctx
        self.judgements = judgements or {}
        self.doc = ctx.doc
        self.res = res
        self.coder = PredicateCoder(res.book, actors.is_actor_like,
                                    names_code=lambda tok: actors.token_actor(tok.i) is not None,
                                    has_author=lambda tok: actors.act_author(tok) is not None,
                                    names_home=lambda tok: actors.home_institution(tok, "") is not None,
                                    other_owner=self._other_owner)
        self.actors = actors
        self.published = ctx.published.date().isoformat() if ctx.published else None
        self.date_tokens = self._anchor_tokens([(d.start, d.end) for d in ctx.dates])
        self.location_tokens = [
            (loc, self._anchor_tokens([(m[0], m[1]) for m in loc.mentions])) for loc in ctx.locations
        ]
        self.dateline_location = self._dateline_location()
        self.recent: list[tuple[int, Event]] = []  # (sentence number, event) in text order
        self.force_events: list[Event] = []  # acts of force so far, for anaphoric attack nouns
        self.anaphoric_nouns: set[int] = set()  # definite attack nouns coded with their demonym as doer
        self.explicit_dates: dict[int, bool] = {}  # id(event) -> its date comes from its own clause
        # (trigger index, recipient) pairs of named parties with the doer's own code ("with Japanese rival Honda")
        self.other_parties: set[tuple[int, Actor]] = set()

    def _other_owner(self, pronoun: Token) -> bool:
        """A possessive pronoun on the object of a verb names a party other than the verb's doer: both resolved,
        to two entities ("who also backed his nomination": the doer is the relative's antecedent)."""
        verb = pronoun.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = self._relative_antecedent(subject, verb)
        doer = self.actors.token_actor(subject.i) if subject is not None else None
        owner = self.actors.token_actor(pronoun.i)
        return owner is not None and doer is not None and owner.entity_id is not None and (
            doer.entity_id is not None and owner.entity_id != doer.entity_id)

    def _relative_antecedent(self, relative: Token, clause: Token) -> Token:
        """The antecedent of a relative pronoun: the head of its clause, or the name right before ", who" when
        the parse hung the clause elsewhere ("a balancing act - both in political terms - between Mr Sharon
        and Binyamin Netanyahu, who also backed his nomination")."""
        if relative.lower_ == "who" and not self.actors.is_actor_like(clause.head):
            before = relative.i - 2 if relative.i > 1 and self.doc[relative.i - 1].text == "," else relative.i - 1
            if before >= 0 and self.doc[before].ent_type_ == "PERSON" and self.actors.token_actor(before) is not None:
                return self.doc[before]
        return clause.head

    # -- the run ---------------------------------------------------------------------------------
    def is_sports_report(self) -> bool:
        """Sports words and scores at SPORTS_DENSITY per 100 tokens: match reports, not politics."""
        words = self.res.sports_words
        found = [t.lemma_.lower() if t.lemma_.lower() in words else t.lower_ for t in self.doc
                 if t.lower_ in words or t.lemma_.lower() in words]
        scores = SCORE_RE.findall(self.doc.text)
        hits = len(found) + len(scores)
        # (one word over and over is no match report: the protesters' "coaches" stopped by police)
        kinds = len(set(found)) + (1 if scores else 0)
        return hits >= SPORTS_MIN_HITS and kinds >= SPORTS_MIN_KINDS and hits * 100 >= SPORTS_DENSITY * max(1, len(self.doc))

    def run(self) -> list[Event]:
        events: list[Event] = []
        seen: dict[tuple, list[Event]] = {}
        if self.is_sports_report():
            return events
        for n_sent, sent in enumerate(self.doc.sents):
            question = sent.text.rstrip().endswith("?")
            consumed: set[int] = set()
            for tok in sent:
                coding = self.coder.code(tok)
                for ev in self._stance_events(tok, sent):
                    self._add(ev, events, seen)
                    self.recent.append((n_sent, ev))
                if tok.dep_ in ("ccomp", "acl") and (any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS
                                                         for c in tok.children)
                                                     or self._is_demand_content(tok)):
                    for ev in self._reported_demand(tok, coding, sent):
                        self._add(ev, events, seen)
                elif tok.dep_ == "ccomp" and (act := self._obliged_act(tok)) is not None:
                    for ev in self._reported_demand(tok, self.coder.code(act), sent, asked=True):
                        self._add(ev, events, seen)
                if coding is None:
                    continue
                consumed.update(self._coded_nouns(coding))
                trace(tok.idx, coding.code, "coded")
                for ev in self._events_for(coding, sent, question):
                    self._subject_of_tribute(ev)
                    self._fill_recipient(ev, n_sent)
                    self._condition_party(ev, coding)
                    if self._domestic_promise(ev, coding) or self._private_dealing(ev, coding):
                        trace(tok.idx, ev.code, "drop:promise-or-private")
                        continue  # "promised to continue economic stability", "promised to hail Labour's record"
                    if self._agreed_settlement(coding):
                        trace(tok.idx, ev.code, "drop:settlement-told")
                        continue  # "agreed to pay $850m to settle the suit": the settlement (057) is the event
                    self._add(ev, events, seen)
                    self.recent.append((n_sent, ev))
            for tok in sent:
                if tok.lemma_.lower() in FAILURE_NOUNS and tok.dep_ in ("oprd", "dobj"):
                    for ev in self._named_failure(tok, sent):
                        self._add(ev, events, seen)
                if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "unless" for c in tok.children):
                    for ev in self._conditional_appeal(tok, sent):
                        self._add(ev, events, seen)
                if tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.lemma_.lower() in VISITING_WORDS:
                    for ev in self._visitor_events(tok, sent, question):
                        self._add(ev, events, seen)
                if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
                    for ev in self._noun_events(tok, sent, question):
                        self._add(ev, events, seen)
                for ev in self._judgement_events(tok, sent, events):
                    self._add(ev, events, seen)
            for ev in self._quoted_criticism(sent, events):
                self._add(ev, events, seen)
        self._settle_anaphoric_nouns(events)
        # an intent, a cooperation, a concession, a demand, a cut in relations or coercion is always towards
        # someone: with no recipient found the reading is incomplete, and (like PETRARCH, which codes only
        # dyads) we do not report it
        # (an act several parties do together needs none: "OPEC members agreed to limit production")
        if TRACE is not None:
            for ev in events:
                if not self._complete(ev):
                    trace(ev.trigger[0], ev.code, f"drop:no-target {ev.source}")
        events = [ev for ev in events if self._complete(ev)]
        return self._one_per_happening(events)

    def _complete(self, ev: Event) -> bool:
        """Whether EV is a whole event: it has a recipient, or its kind needs none (a statement, a declined
        comment, an intent, a cooperation... always has one; an act several parties do together needs none)."""
        if ev.code in ADDRESSEE_REQUIRED_CODES:
            # (comments made on or to a broadcaster or paper are an interview: "made his comments on BBC Radio 4")
            return bool(ev.target) and not ev.target.endswith(MEDIA_SECTORS)
        if ev.target:
            return True
        if ev.root in RECIPIENT_REQUIRED_ROOTS:
            # (several doers named in a plural noun act between them only in agreements and declared
            # cooperation, "the ministers agreed to ..."; regulators welcoming applications or workers demanding
            # a rise praise or ask no one named, kept only as monadic events)
            return self._collective_act(ev, plural_nouns=ev.code.startswith(RECIPROCAL_CODES)
                                        or not self.ctx.resources.require_dyad)
        if self._judgement(ev):
            return False
        # (PETRARCH's require_dyad: "X called for calm", "X denied the report" name no recipient; kept only when
        # the user asks for monadic events)
        return not self.ctx.resources.require_dyad or ev.root in UNAIMED_MATERIAL_ROOTS or (
            ev.root in JOINT_ACT_ROOTS and self._collective_act(ev))

    def _judgement(self, ev: Event) -> bool:
        """EV is a verb of disapproval, rejection or threat ("opposed", "criticised", "warned"): not a lawsuit,
        a breach or a refusal to act, not a negated stance ("will not tolerate attacks" condemns the attacks),
        not an event noun ("launched a fresh attack on ..."), not a material act told as announced ("announced
        the sanctions": the threat is the sanction's)."""
        trigger = self._trigger_token(ev)
        if ev.root == APPEAL_ROOT and trigger is not None and self.res.book.get("L", trigger.lemma_.lower()):
            return True  # "issued a call for party unity": words told by a noun, addressed to no one named
        if ev.root not in JUDGEMENT_ROOTS or ev.code in ACT_CODES:
            return False
        if trigger is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() in REFUSING_VERBS:
            return False
        if any(c.dep_ == "neg" for c in trigger.children):
            return False
        lemma = trigger.lemma_.lower()
        return any((p.code or "")[:2] == ev.root or p.frame in ("threat", "reject", "allege")
                   for kind in ("V", "F") for p in self.res.book.get(kind, lemma))

    def _one_per_happening(self, events: list[Event]) -> list[Event]:
        """Issue 5 item 8: the same happening told again is one event, kept at its first mention. Consultations
        between the same two countries (either direction) are one happening unless both carry explicit,
        different dates (words said in two sentences are two statements: `_said_apart`); what a protest demands
        is that protest."""
        kept: list[Event] = []
        for ev in events:
            if ev.negated or ev.hypothetical or not ev.source:
                kept.append(ev)
                continue
            if self._protest_aim(ev, kept):
                continue
            if not ev.target and ev.root in VERBAL_ROOTS and any(
                    e.source == ev.source and e.root == ev.root and e.target and not (e.negated or e.hypothetical)
                    for e in kept):
                continue  # "Pompeo is hopeful the US can reset relations with Pakistan ... I'm hopeful that ...": said again
            if not (ev.target and any(self._same_happening(e, ev) for e in kept)):
                kept.append(ev)
        return kept

    def _protest_aim(self, ev: Event, kept: list[Event]) -> bool:
        """What a protest demands or denounces, in its purpose clause or participle ("began a hunger strike to
        demand the return of ...", "demonstrated calling for independence"), is that protest, not a second
        happening."""
        protests = {tuple(e.trigger) for e in kept if e.root == PROTEST_ROOT and e.source == ev.source
                    and e.sentence == ev.sentence and not (e.negated or e.hypothetical)}
        cur = self._trigger_token(ev) if protests else None
        if cur is None:
            return False
        if ev.target is None and cur.dep_ == "advcl" and cur.tag_ == "VBG" and (
                cur.head.idx, cur.head.idx + len(cur.head.text)) in protests:
            return True  # "prisoners rioted, setting fire to their mattresses": what the riot was
        if ev.root not in PROTEST_AIM_ROOTS:
            return False
        for _ in range(MAX_CHAIN):
            if cur.dep_ not in AIM_CHAIN_DEPS or cur.head.i == cur.i:
                return False
            cur = cur.head
            if (cur.idx, cur.idx + len(cur.text)) in protests:
                return True
        return False

    def _same_happening(self, first: Event, later: Event) -> bool:
        if first.negated or first.hypothetical or not first.source or not first.target or first.root != later.root:
            return False
        if first.trigger == later.trigger:
            return False  # one mention: "France and the Philippines agreed" holds both directions
        pair, later_pair = self._sides(first), self._sides(later)
        if later.root == CONSULT_ROOT:
            if set(pair) != set(later_pair) or not self._same_kinds(first, later):
                return False
            if first.code == later.code == VISIT_CODE and pair != later_pair:
                return False  # the Indian minister's trip to Moscow and Putin's visit to New Delhi: two journeys
            return not self._dated_apart(first, later)
        return False

    @staticmethod
    def _same_kinds(first: Event, later: Event) -> bool:
        """Whether two consultations of the same countries are between the same kinds of party: an Indian firm in
        talks with a Russian one is not the Indian minister's trip to Moscow (a bare country goes with any)."""
        def kinds(ev: Event) -> dict[str, str]:
            return {code[:3]: code[3:6] for code in (ev.source or "", ev.target or "")}
        a, b = kinds(first), kinds(later)
        return all(not a[c] or not b.get(c) or a[c] == b[c] for c in a)

    @staticmethod
    def _sides(ev: Event) -> tuple[str, str]:
        """The two sides of EV: their countries, or their full codes when both are of one country (Yukos suing
        the Russian government and Moscow officials dismissing Yukos are two happenings)."""
        source, target = ev.source or "", ev.target or ""
        return (source, target) if source[:3] == target[:3] else (source[:3], target[:3])

    def _settle_anaphoric_nouns(self, events: list[Event]) -> None:
        """ "The Libyan bombing is a thing of the past ... During the U.S. bombing of targets in Libya": a
        definite attack noun whose demonym is the victim of a force event told later in the article."""
        if not self.anaphoric_nouns:
            return
        for ev in list(events):
            if ev.target is not None or not ev.source or ev.trigger is None:
                continue
            noun = self._trigger_token(ev)
            if noun is None or noun.i not in self.anaphoric_nouns:
                continue
            doer = self._earlier_doer([Actor(ev.source, ev.source_entity)], ev.root)
            if doer is None:
                continue
            victim = ev.source[:3]
            if any(e is not ev and e.source == doer.code and (e.target or "")[:3] == victim and e.root == ev.root
                   for e in events):
                events.remove(ev)  # the act already counted with its doer
                continue
            ev.target, ev.target_entity = victim, None
            ev.source, ev.source_entity = doer.code, doer.entity_id

    def _subject_of_tribute(self, ev: Event) -> None:
        """Praise or criticism told as the manner of a report, with no one named ("Paying tribute, Lord Falconer
        said Lord Scarman was one of the great advocates"): whom the report is about, its clause's subject."""
        if ev.target is not None or ev.root not in ("05", "11") or not ev.source:
            return
        trigger = self._trigger_token(ev)
        if trigger is None or trigger.dep_ != "advcl" or trigger.head.lemma_.lower() not in self.res.speech_lemmas:
            return
        for content in trigger.head.children:
            if content.dep_ != "ccomp":
                continue
            for subject in content.children:
                if subject.dep_ in ("nsubj", "nsubjpass"):
                    found = [a for a in self.actors.phrase_actors(subject) if a.code != ev.source
                             or a.entity_id != ev.source_entity]
                    if found:
                        ev.target, ev.target_entity = found[0].code, found[0].entity_id
                        return

    def _fill_recipient(self, ev: Event, n_sent: int) -> None:
        """An aid cut or sanction with no recipient in its sentence ("The United States has withheld $800
        million") takes the recipient of the same source's latest event a few sentences before."""
        force = ev.root in FORCE_NOUN_ROOTS  # "Iran launched the new offensive": the war told just before
        if ev.target is not None or not ev.source or not (ev.root in RECIPIENT_ROOTS or force
                                                          or ev.code.startswith((AID_INTENT, SANCTION_THREAT))):
            return
        trigger = self._trigger_token(ev)
        if ev.code == DEAL_CODE and trigger is not None and trigger.lemma_.lower() in DEAL_VERBS:
            return  # "it bought New York-based Giant Company": the firm bought is named, if not coded
        for n, prev in reversed(self.recent):
            if n_sent - n > RECIPIENT_WINDOW:
                break
            if force and prev.root not in FORCE_NOUN_ROOTS:
                continue
            if prev.target and prev.source and prev.source[:3] == ev.source[:3] and prev.target[:3] != ev.source[:3]:
                ev.target, ev.target_entity = prev.target, prev.target_entity
                return

    def _condition_party(self, ev: Event, coding: Coding) -> None:
        """A threat with no one named is aimed at the party its condition names: "China said it would impose
        sanctions if Japan sent warships" -> JPN; "if textile legislation is approved, the community would
        retaliate" -> the legislation's author."""
        if ev.target is not None or not ev.source or ev.root != THREAT_ROOT:
            return
        source = Actor(ev.source, ev.source_entity)
        cur = coding.trigger
        for _ in range(MAX_CHAIN):
            for clause in cur.children:
                if clause.dep_ != "advcl" or not is_condition(clause):
                    continue
                for subj in (c for c in clause.children if c.dep_ in SUBJ_DEPS):
                    author = self.actors.act_author(subj) if is_act_noun(subj) else None
                    for party in [*self.actors.phrase_actors(subj), *([author] if author else [])]:
                        if not self._same_side(source, party):
                            ev.target, ev.target_entity = party.code, party.entity_id
                            return
            if cur.dep_ == "ccomp" or cur.head.i == cur.i:
                return  # not past the reported clause
            cur = cur.head

    @staticmethod
    def _private_dealing(ev: Event, coding: Coding) -> bool:
        """Commerce with no political partner: a company lending or investing, anyone buying or selling, with no
        recipient named ("a U.S. bank which has lent money to FECSA"), a contract or settlement signed with no one
        named ("the U.S. Army signed a contract to pay General Dynamics")."""
        if ev.target is not None:
            return False
        if ev.root in ("06", "07") and (ev.source or "").endswith("BUS"):
            return True
        if ev.code == DEAL_CODE and coding.trigger.lemma_.lower() in DEAL_VERBS:
            return True  # "the Federal Reserve purchased Treasury bills", "acquired BSi Incorp" (uncoded)
        if ev.code == DEAL_CODE and any(o.lemma_.lower() in STAKE_NOUNS for o in object_heads(coding.trigger)):
            return True  # "raised its stake in Bird Inc" (uncoded): a holding in no party named
        if ev.code.startswith(ECONOMIC_INTENT) and (ev.source or "").endswith("BUS"):
            return True  # "banks are eager to buy the bonds": no partner
        if ev.root == "06" and coding.trigger.lemma_.lower() in TRADE_VERBS:
            return True  # "they were losing when exporting textiles": trade with no partner named
        if ev.root == "07" and coding.trigger.lemma_.lower() in LENDERS_DECISIONS and any(
                o.lemma_.lower() in FINANCE_NOUNS for o in object_heads(coding.trigger)):
            return True  # "the IMF approved a stand-by loan": a lender's decision, to no one named
        return ev.code == "057" and any(o.lemma_.lower() in PRIVATE_DEALS for o in object_heads(coding.trigger))

    def _domestic_promise(self, ev: Event, coding: Coding) -> bool:
        """A campaign promise, not an intent towards a partner: a promise with no one to act on, or a promise
        (not an agreement) about one's own country ("promised to hail Labour's record")."""
        if ev.target is None:
            return ev.code.startswith(PARTNERLESS_INTENTS) and (self._is_promise(coding) or self._lone_agreement(coding))
        # "will release the hostages" is an announced act, not a promise: only promise words here
        # (a promise made to a person named as its addressee is an intent towards them: "Tony Blair promised
        # Gordon Brown he would stand down")
        return self._promise_word(coding) and ev.root == "03" and ev.source is not None and (
            ev.target[:3] == ev.source[:3]) and not self._promised_to_person(coding, ev)

    def _promised_to_person(self, coding: Coding, ev: Event) -> bool:
        """The promise verb's own object or indirect object is a named person whose code is the recipient's."""
        for obj in coding.trigger.children:
            if obj.dep_ not in ("dative", "dobj"):
                continue
            ent = self.actors.table.at_token(obj.i)
            if ent is not None and ent.type == "PERSON" and ent.actor == ev.target and obj.pos_ == "PROPN":
                return True
        return False

    @staticmethod
    def _lone_agreement(coding: Coding) -> bool:
        """ "A US company has agreed to pay $28.5m", "the Turkmen side agreed to lower the price": agreeing with
        no partner named, by one party, is a decision of its own, not an agreement ("OPEC members agreed to
        limit production", "France and Italy agreed to ..." are)."""
        verb = coding.trigger
        if verb.lemma_.lower() != "agree" or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
                                                 for c in verb.children):
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and not any(
            s.conjuncts or (s.tag_ in ("NNS", "NNPS") and s.lemma_.lower() in PARTY_GROUP_NOUNS) for s in subjects)

    @staticmethod
    def _promise_word(coding: Coding) -> bool:
        """A promise told by its verb or noun: "pledged to", "made promises"."""
        return coding.trigger.lemma_.lower() in PROMISE_VERBS or (
            coding.noun is not None and coding.noun.lemma_.lower() in PROMISE_VERBS)

    def _is_promise(self, coding: Coding) -> bool:
        """A promise or an announced undertaking: "pledged to", "made promises", "would help young people"."""
        return self._promise_word(coding) or any(
            c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in coding.trigger.children)

    @staticmethod
    def _coded_nouns(coding: Coding) -> set[int]:
        """Nouns a predicate's code already accounts for ("imposed sanctions": sanctions is not a second event)."""
        out = {t.i for t in object_heads(coding.trigger)} | {t.i for t in coding.target_hints}
        c: Coding | None = coding
        while c is not None:
            if c.noun is not None:
                out.add(c.noun.i)
            c = c.complement
        return out

    def _add(self, ev: Event, events: list[Event], seen: dict[tuple, list[Event]]) -> None:
        if self._conjoined_repeat(ev, events) or self._repeated_force(ev, events):
            return
        key = (ev.source, ev.target, ev.code, ev.negated, ev.hypothetical)
        if ev.root in FORCE_NOUN_ROOTS and ev.target and not ev.negated:
            self.force_events.append(ev)
        if any(not self._dated_apart(e, ev) and not self._other_doers(e, ev) and not self._said_apart(e, ev)
               for e in seen.get(key, ())):
            return  # the same act told again
        flags = (ev.negated, ev.hypothetical)
        same_act = [e for e in events if e.sentence == ev.sentence and e.source == ev.source
                    and e.root == ev.root and (e.negated, e.hypothetical) == flags]
        if ev.target is None and any(e.target is not None for e in same_act):
            return  # "attacked the camp, killing 156 people": the act with its target already counts
        for e in same_act:
            if e.target is None and ev.target is not None:
                events.remove(e)
                seen[(e.source, e.target, e.code, e.negated, e.hypothetical)].remove(e)
        seen.setdefault(key, []).append(ev)
        events.append(ev)

    @staticmethod
    def _said_apart(a: Event, b: Event) -> bool:
        """Words said in two sentences are two statements, even of one code between the same sides ("Dr Fox
        accused Mr Blair of telling lies ... The Tory co-chairman attacked Labour's pledges as 'vacuous'"):
        news reports each charge, appeal or promise as said; only acts told twice are one happening."""
        return (a.root in VERBAL_ROOTS or a.code in VERBAL_SUPPORT_CODES) and a.sentence != b.sentence

    @staticmethod
    def _other_doers(a: Event, b: Event) -> bool:
        """Two acts of one code between the same kinds of party, by other firms, parties or groups: "Lockheed
        signed an agreement with HAL", "Boeing announced a deal with HCL Technologies" (both USABUS -> INDBUS);
        "the Lib Dems accuse Mr Blair", "Dr Fox accused Mr Blair" (both opposition). (Not the state's organs:
        "the government" and "Mr Blair" retell one act; nor one doer's act told of a party and of its leader,
        but for two recipients in one sentence: "banned Gazprom ... and barred international banks".)"""
        code = a.source or ""
        if a.target is None:
            return False
        if a.sentence == b.sentence and a.target_entity and b.target_entity and a.target_entity != b.target_entity:
            return True
        return (len(code) > 3 and code[3:6] not in STATE_SECTORS and a.source_entity is not None
                and b.source_entity is not None and a.source_entity != b.source_entity)

    def _described_mood(self, adj: Token) -> bool:
        """An outlook adjective the reporter describes over time ("officials have been optimistic", "remained
        confident"), not one stated ("Pompeo said he is hopeful", "Britain is optimistic that ...")."""
        host = adj.head if adj.dep_ in ("acomp", "oprd") and adj.head.i != adj.i else adj
        while host.dep_ == "conj" and host.head.i != host.i:
            host = host.head
        if host.dep_ == "ccomp" and host.head.lemma_.lower() in self.res.speech_lemmas:
            return False
        return host.lemma_.lower() in MOOD_VERBS or any(
            a.dep_ == "aux" and a.lemma_.lower() == "have" for a in host.children)

    def _stance_events(self, clause: Token, sent: Span) -> list[Event]:
        """A stance told by a reported clause's predicate (kind P rows): "Iran said reports that it intended to
        attack ships were baseless" (016; the reports' author is the target), "the ministry said Israel was
        responsible for the attack" (112 against Israel; not "said it was responsible", a claim of its own)."""
        stance = clause_stance(self.res.book, clause)
        speech = reporting_verb(clause, self.res.speech_lemmas) if stance is not None else None
        if speech is None and stance is not None and stance.pattern.frame == UNMET_FRAME and clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("because", "since", "as") for m in clause.children):
            # "said the president was forced to act because Tokyo had failed to fulfil an agreement"
            speech = reporting_verb(clause.head, self.res.speech_lemmas)
        if stance is None or speech is None or not stance.pattern.code:
            return []
        sources = self.source_actors(speech)
        own = {s.code[:3] for s in sources}
        blame = stance.pattern.frame in (BLAME_FRAME, UNMET_FRAME)
        hosts = [stance.subject] if blame else [
            stance.subject, *self._agents_of(stance.subject)]
        named = [a for h in hosts for a in self.actors.phrase_actors(h)]
        targets = [a for a in named if a.code[:3] not in own]
        if not targets and stance.pattern.frame == JUDGE_FRAME:
            # "the shadow foreign secretary said the government's move would be profoundly wrong": the opposition
            # judges the government of its own country
            targets = [a for a in named if not any(self._same_side(s, a) for s in sources)]
        speaker_codes = {s.code for s in sources}
        if not targets and blame and sources and all(len(c) > 3 for c in speaker_codes):
            # "Labour said there was strong evidence Prime Minister Margaret Thatcher approved the sale": another
            # role of the speaker's country (not "said it was responsible", a claim of its own)
            targets = [a for a in named if len(a.code) > 3 and a.code not in speaker_codes][:1]
        if not targets and stance.pattern.frame == JUDGE_FRAME and sources:
            author = self._latest_other_doer(stance.word, {s.code for s in sources})
            targets = [author] if author is not None else []  # "said the move would be profoundly wrong"
        if not sources or ((blame or stance.pattern.frame == JUDGE_FRAME) and not targets):
            return []
        target = targets[0].code[:3] if targets else None
        if any(ev.code == stance.pattern.code and (ev.source or "")[:3] in own and (ev.target or "")[:3] == (target or "")
               for _, ev in self.recent):
            return []  # the same denial or accusation told again later in the article ("misleading propaganda")
        return self._make(stance.pattern.code, sources, targets[:1], self.modality(speech), stance.word, sent)

    def _judgement_events(self, tok: Token, sent: Span, events: list[Event]) -> list[Event]:
        """Praise or criticism told as a judgement (event_judgements.py): "Ancram said the move would be
        profoundly wrong" (111 to the mover), "Yukos called the sale illegal", "Mubarak described Sharon as the
        best chance for peace" (051). The judge is the speaker; the judged is the actor named, or the author of
        the act judged (its possessor, modifier or "by" phrase, else its author at an earlier mention, else the
        doer of the latest act of another side). Not when the words are already coded (a P row, or the naming
        verb's own pattern)."""
        speaker = self.actors.quote_speaker_at.get(tok.i)
        found = find_judgement(self.judgements, tok, self.res.speech_lemmas, quoted=speaker is not None
                               ) if self.judgements else None
        if found is None or (not found.speakers_voice and clause_stance(self.res.book, tok) is not None):
            return []  # a P row's stance, told by _stance_events
        if any(ev.trigger[0] in (tok.idx, found.trigger.idx) and ev.target
               for ev in events if ev.sentence[0] == sent.start_char):
            return []  # "condemned the attack as cowardly": the verb's own event says it
        if found.speakers_voice and speaker is not None:
            sources = [speaker]
        elif found.word.role == FEELING and found.trigger is found.judge_verb:
            sources = self._feelers(found.judge_verb)
        else:
            sources = self.source_actors(found.judge_verb)
        if not sources and speaker is not None:
            sources = [speaker]  # '"This report shows the first attempt ... proved a complete fiasco," said Leigh'
        if not sources:
            trace(tok.idx, found.word.code, "drop:judgement-no-judge")
            return []
        judged = found.judged
        countries = {s.code[:3] for s in sources}
        country = next(iter(countries)) if len(countries) == 1 else ""
        country = "" if country in NON_COUNTRY_PREFIXES else country
        if is_act_noun(judged):
            targets = [a for h in (judged, *self._agents_of(judged)) for a in self.actors.phrase_actors(h)]
            if not targets and country:  # "called the government's tax plan 'a disgrace'": the judge's own country's
                home = self.actors.home_institution(judged, country)
                targets = [home] if home is not None else []
            if not targets:
                author = self.actors.act_author(judged, country)  # "the policy" after "the Tories' immigration policy"
                targets = [author] if author is not None else []
            if not targets and not found.verdict:  # a verdict's object is named; whose act it is is not guessed
                author = self._latest_other_doer(found.trigger, {s.code for s in sources})
                targets = [author] if author is not None else []
        elif self.actors.is_actor_like(judged):
            targets = self.actors.phrase_actors(judged)
            if not targets and country:  # "Davis said ministers had failed to ...": the judge's own country's
                targets = [home] if (home := self.actors.home_institution(judged, country)) is not None else []
        else:  # "the government's instinct was authoritarian"; but "the situation was dangerous" judges no one
            targets = [a for c in judged.children if c.dep_ == "poss" for a in self.actors.phrase_actors(c)]
        if not targets and not is_act_noun(judged):
            # "said the security services had been involved in the plot": a group of the story's own
            targets = self.actors.story_groups(judged)
        targets = [t for t in targets if not any(self._same_side(s, t) for s in sources)]
        if not targets:
            trace(tok.idx, found.word.code, f"drop:judgement-no-judged {judged.text}")
            return []
        return self._make(found.word.code, sources, targets[:1], self.modality(found.judge_verb), found.trigger, sent)

    def _quoted_criticism(self, sent: Span, events: list[Event]) -> list[Event]:
        """A politician's quote, direct or reported, naming the other side of the same country's politics with a
        criticism word or in hostile words ('"It is apparent that this reshuffle by the first minister was a
        shambles," said the Plaid leader'; "Mr Howard said Mr Blair would be running scared"): criticism of that
        side (111) by the speaker, when nothing in the sentence says so already. The sides are the government (GOV)
        and the opposition (OPP, LEG)."""
        speakers = {self.actors.said_speaker_at[t.i] for t in sent if t.i in self.actors.said_speaker_at}
        if len(speakers) != 1 or not self.judgements:
            return []
        speaker = next(iter(speakers))
        side = POLITICAL_SIDES.get(speaker.code[3:6])
        if side is None or len(speaker.code) < 6:
            return []
        quoted = [t for t in sent if t.i in self.actors.said_speaker_at]
        if not (any(self._criticism_word(t) for t in quoted) or self._hostile_tone(quoted)) or any(
                e.sentence[0] == sent.start_char and (e.root == "11" or e.source == speaker.code) for e in events):
            return []  # (a criticism the sentence's words already code is told once; so is what else the speaker
            # did: "urged Congress to take action to cut the deficit" is an appeal)
        if any(t.lemma_.lower() in NOT_CHARGING_VERBS for t in sent if t.i not in self.actors.said_speaker_at):
            return []
        for t in quoted:
            other = self.actors.token_actor(t.i)
            if other is None or other.code[:3] != speaker.code[:3] or POLITICAL_SIDES.get(other.code[3:6]) in (None, side):
                continue
            named = self.actors.table.get(other.entity_id)
            if named is not None and named.type == "ORG" and other.code[3:6] == "LEG":
                continue  # a legislature is no side: "it was for Parliament, and not judges, to decide"
            return self._make(CRITICISM_CODE, [speaker], [other], Modality(), t, sent)
        return []

    def _hostile_tone(self, quoted: list[Token]) -> bool:
        """Quoted words of hostile tone: at least HOSTILE_MIN_WORDS negative words of the tone lexicon and
        HOSTILE_RATIO times as many as positive ones ('"Mr Blair has forgotten the interests of taxpayers, and
        has broken the pledges he made"'; '"a further humiliating retreat by the government"')."""
        lexicon = self.ctx.resources.cached("tone_lexicon", load_tone_lexicon)
        polarities = [word_polarity(t, lexicon) for t in quoted]
        negative = polarities.count(-1)
        return negative >= HOSTILE_MIN_WORDS and negative >= HOSTILE_RATIO * polarities.count(1)

    def _criticism_word(self, tok: Token) -> bool:
        """A word of the judgement lexicon that criticises or accuses whatever it is said of; set before a noun,
        only before a party or a party's own act ("paying unfair council tax" describes a thing)."""
        lemma = tok.lemma_.lower()
        if tok.dep_ == "amod" and not (self.actors.is_actor_like(tok.head) or any(
                c.dep_ == "poss" or c.ent_type_ for c in tok.head.children if c.i != tok.i)):
            return False
        return any((hit := self.judgements.get((role, lemma))) is not None and hit.polarity < 0 and not hit.needs
                   for role in ("quality", "act", "manner"))

    def _feelers(self, participle: Token) -> list[Actor]:
        """Who feels what a passive participle says ("Germany was disappointed by the French refusal"): its passive
        subject, not the doer of a passive; a pronoun in a reported clause is the reporter ("said it was angered by")."""
        subjects = [c for c in participle.children if c.dep_ in PASSIVE_SUBJ_DEPS]
        found = self.actors.phrase_actors(subjects[0]) if subjects else []
        if not found and subjects and subjects[0].pos_ == "PRON" and participle.dep_ == "ccomp":
            return self.source_actors(participle.head)
        return found

    def _same_side(self, a: Actor, b: Actor) -> bool:
        """Same actor, or the same country where either is the country as a whole; two sectors of one country
        (the opposition and the government, a firm and the state) are two sides, and so are a person the text
        ties to a country only and that country's state ("Lord Hattersley said the government ...": GBR, a
        Briton, not Britain)."""
        if a.code == b.code:
            return True
        whole = [x for x in (a, b) if len(x.code) == 3 and not self._person(x)]
        return a.code[:3] == b.code[:3] and bool(whole)

    def _person(self, actor: Actor) -> bool:
        ent = self.actors.table.get(actor.entity_id) if actor.entity_id else None
        return ent is not None and ent.type == "PERSON"

    def _named_failure(self, noun: Token, sent: Span) -> list[Event]:
        """ "what he called Japan's failure to honour a July 1986 agreement": naming a party's failure to meet an
        obligation (a P row of frame "unmet") is accusing it (112), like "said Tokyo had failed to fulfil ..."."""
        verb = noun.head
        if verb.lemma_.lower() not in NAMING_VERBS and verb.lemma_.lower() not in self.res.speech_lemmas:
            return []
        duties = [c for c in noun.children if c.dep_ == "acl" and infinitival(c) and any(
            p.frame == UNMET_FRAME for p in self.res.book.get("P", c.lemma_.lower()))]
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if not duties or not owners:
            return []
        speakers = self.source_actors(verb)
        own = {a.code[:3] for a in speakers}
        accused = [a for a in self.actors.phrase_actors(owners[0]) if a.code[:3] not in own]
        if not speakers or not accused:
            return []
        return self._make("112", speakers, accused[:1], self.modality(verb), noun, sent)

    def _conditional_appeal(self, condition: Token, sent: Span) -> list[Event]:
        """A reported outcome held to what another party does ("the minister said the world faced catastrophe
        unless the US worked with Europe") is the speaker's appeal to that party (020). When the speaker's own side
        is the main clause's doer ("said it would retaliate unless Iraq withdrew") it is a threat, coded elsewhere."""
        main = condition.head
        report = main.head if main.dep_ == "ccomp" else None
        if report is None or report.lemma_.lower() not in self.res.speech_lemmas or main.i == report.i:
            return []
        sources = self.source_actors(report)
        if not sources:
            return []
        source_countries = {a.code[:3] for a in sources}
        # (the speaker's side acts, or the outcome is itself an act coded on its own: a threat, a warning)
        if any(a.code[:3] in source_countries for a in self.source_actors(main)) or self.coder.code(main) is not None:
            return []
        targets = [a for s in condition.children if s.dep_ in SUBJ_DEPS
                   for a in self.actors.phrase_actors(s) if a.code[:3] not in source_countries]
        if not targets:
            return []
        # "unless Taiwan allowed its dollar to rise it would face retaliation": a sanction held over the party is a
        # threat; "the world faced catastrophe unless the US worked with Europe" is an appeal
        held = {t.i for t in condition.subtree}
        coercive = any(t.lemma_.lower() in RETALIATION_NOUNS or (
            t.pos_ == "NOUN" and (self.coder.noun_code(t) or ("",))[0][:2] in COERCIVE_ROOTS)
            for t in main.subtree if t.i not in held)
        return self._make(THREAT_CODE if coercive else APPEAL_CODE, sources, targets[:1], self.modality(report),
                          condition, sent)

    def _visitor_events(self, visiting: Token, sent: Span, question: bool) -> list[Event]:
        """ "the visiting French official expressed concern": a visit (042) by the people the participle
        describes, to the one other country the sentence names (the host they deal with)."""
        if visiting.head.dep_ not in ("nsubj", "nsubjpass"):
            return []  # "refused to meet Jordan's visiting King": the act done to the visitor is the news
        sources = self.actors.phrase_actors(visiting.head)
        if not sources or question:
            return []
        countries = {a.code[:3] for a in sources}
        hosts = self._only_other_party(sent, countries)
        if not hosts:
            return []
        return self._make(VISIT_CODES[0], sources[:1], hosts, Modality(), visiting, sent)

    def _announcing_authority(self, pred: Token) -> list[Actor]:
        """Who threatens a forceful act told in the passive with no doer in a reported clause: "Canadian
        officials said any French fishermen caught in the area would be arrested" -> the speaker."""
        passive = any(c.dep_ == "auxpass" for c in pred.children) and not any(c.dep_ == "agent" for c in pred.children)
        speech = reporting_verb(pred, self.res.speech_lemmas)
        if not passive or speech is None:
            return []
        return self.source_actors(speech)

    def _author_of_claims(self, coding: Coding, sources: list[Actor]) -> Actor | None:
        """The claims a denial dismisses with no author named ("dismissed the claims"): the latest accusation
        told before that was aimed at the denier's side."""
        if not any(o.lemma_.lower() in CLAIM_NOUNS and has_det(o, ("the", "these", "those", "such"))
                   for o in object_heads(coding.trigger)):
            return None
        source_codes = {s.code for s in sources}
        source_countries = {s.code[:3] for s in sources}
        for _, ev in reversed(self.recent):
            if ev.trigger[0] >= coding.trigger.idx or not ev.source or not ev.target or ev.hypothetical:
                continue
            if ev.root in ACCUSATION_ROOTS and (ev.target in source_codes or (
                    ev.target[:3] in source_countries and ev.source[:3] not in source_countries)):
                return Actor(ev.source, ev.source_entity)
        return None

    def _latest_other_doer(self, word: Token, source_codes: set[str]) -> Actor | None:
        """The doer of the latest act told before WORD by another actor than the judge: whose move it is."""
        for _, ev in reversed(self.recent):
            if ev.trigger[0] < word.idx and ev.source and not ev.hypothetical and not any(
                    self._same_side(Actor(code, None), Actor(ev.source, None)) for code in source_codes):
                return Actor(ev.source, ev.source_entity)
        return None

    def _repeated_force(self, ev: Event, events: list[Event]) -> bool:
        """The same armed attack told again in the article (same root, same sides or no target named, not dated
        apart): "U.S. warships attacked an Iranian oil platform ... four U.S. destroyers attacked the platform",
        "... why the United States had chosen to attack an oil platform"."""
        if ev.root not in MILITARY_ACTION_ROOTS or not ev.source or ev.negated or ev.hypothetical:
            return False
        return any(e.root == ev.root and e.target and e.source and e.source[:3] == ev.source[:3]
                   and (ev.target is None or e.target[:3] == ev.target[:3]) and e.trigger != ev.trigger
                   and not (e.negated or e.hypothetical) and not self._dated_apart(e, ev) for e in events)

    def _political_attack(self, trigger: Token, sources: list[Actor], targets: list[Actor]) -> bool:
        """An attack by a politician or party on a political rival (or on no one named) is verbal: "Howard
        attacked Tony Blair", "the latest Tory attack" (not "Israel attacked Gaza", "troops attacked rebels").
        So is a fight a firm, party, union, paper or court wages, with words and lawsuits ("Yukos has been
        battling the Russian authorities", "after battling President Reagan all year, Congress"), and one a
        government wages on its own firms, parties or press ("the government's attacks against Yukos")."""
        lemma = trigger.lemma_.lower()
        if lemma not in FIGHT_WORDS or not sources:
            return False
        if lemma in ATTACK_WORDS and all(self._political(a) for a in sources + targets):
            return True
        if all(self._civil(a) for a in sources):
            return all(self._civil(t) or t.code[3:6] == "GOV" for t in targets)
        home = {s.code[:3] for s in sources}
        return bool(targets) and all(s.code[3:6] == "GOV" for s in sources) and all(
            t.code[:3] in home and self._civil(t) for t in targets)

    def _civil(self, actor: Actor) -> bool:
        """A party to politics, business, labour, the press or the courts: none of them wields force."""
        return actor.code[3:6] in CIVIL_SECTORS or self._political(actor)

    def _political(self, actor: Actor) -> bool:
        """A party, legislature, opposition or a named person of politics (not a state, army or armed group)."""
        if actor.code[3:6] in POLITICAL_SECTORS:
            return True
        ent = self.ctx.entities.get(actor.entity_id) if actor.entity_id else None
        return ent is not None and ent.type == "PERSON" and actor.code[3:6] not in ARMED_SECTORS + ("REB", "INS")

    def _owner_told_before(self, coding: Coding, source_countries: set[str]) -> Actor | None:
        """A definite object named with its owner earlier in the article: "the platform" after "an Iranian oil
        platform" is Iran's."""
        for obj in object_heads(coding.trigger):
            if obj.pos_ != "NOUN" or not has_det(obj, ("the",)):
                continue
            for tok in reversed(self.doc[: obj.i]):
                if tok.lemma_ == obj.lemma_ and tok.pos_ == "NOUN":
                    owner = self.actors.np_actor(tok)
                    if owner is not None and owner.code[:3] not in source_countries:
                        return Actor(owner.code[:3], owner.entity_id)
        return None

    def _measure_aim_told_before(self, coding: Coding, source_countries: set[str]) -> Actor | None:
        """A definite measure ("the ban", "the sanctions") eased, lifted or imposed with no one named is aimed at
        whom its earlier mention named: "the EU's ban on arms exports to China ... lifting the ban" -> CHN. The
        measure's owner (possessor, modifiers) is its author, not its aim."""
        for obj in object_heads(coding.trigger):
            if obj.lemma_.lower() not in MEASURE_NOUNS or not has_det(obj, ("the", "this", "that", "these", "those")):
                continue
            for earlier in reversed(self.doc[: obj.i]):
                if earlier.lemma_ != obj.lemma_ or earlier.pos_ != "NOUN":
                    continue
                authors = {t.i for c in earlier.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                           for t in c.subtree}
                for tok in earlier.subtree:
                    actor = self.actors.token_actor(tok.i) if tok.i not in authors and tok.i != earlier.i else None
                    if actor is not None and actor.code[:3] not in source_countries:
                        return self._as_named(actor, tok)
        return None

    def _collective_act(self, ev: Event, plural_nouns: bool = True) -> bool:
        """Whether the doers of EV are several parties: a conjoined subject of its trigger or of a verb above
        it ("The government and the rebels agreed to allow access"), or a plural one when PLURAL_NOUNS."""
        tok = self._trigger_token(ev)
        for _ in range(MAX_CHAIN):
            if tok is None:
                return False
            subject = next((c for c in tok.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS), None)
            if subject is not None:
                return bool(subject.conjuncts) or (plural_nouns and subject.tag_ in ("NNS", "NNPS"))
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _trigger_token(self, ev: Event) -> Token | None:
        """The token an event is told by (the root of its trigger's characters)."""
        span = self.doc.char_span(ev.trigger[0], ev.trigger[1])
        return span.root if span is not None else None

    def _conjoined_repeat(self, ev: Event, events: list[Event]) -> bool:
        """ "U.S. warships attacked and destroyed an Iranian oil platform": an armed attack and a conjoined act of
        force by the same doer on the same target are one happening, kept at the first verb (not "arrested
        and beat": two acts)."""
        if ev.root not in CONJOINED_FORCE_ROOTS or not ev.target or ev.negated or ev.hypothetical or not ev.trigger:
            return False
        verb = self._trigger_token(ev)
        if verb is None or verb.dep_ != "conj":
            return False
        first = verb.head
        where = [first.idx, first.idx + len(first.text)]
        return any(e.trigger == where and e.source == ev.source and e.target == ev.target
                   and e.root in MILITARY_ACTION_ROOTS and not (e.negated or e.hypothetical) for e in events)

    def _dated_apart(self, first: Event, later: Event) -> bool:
        """Two mentions each dated in their own clause, on different days: two happenings."""
        return bool(self.explicit_dates.get(id(first)) and self.explicit_dates.get(id(later))
                    and first.date != later.date)

    # -- verb and frame events ---------------------------------------------------------------------
    def _events_for(self, coding: Coding, sent: Span, question: bool) -> list[Event]:
        trigger = coding.trigger
        mod = self.modality(trigger)
        if coding.frame == NEGATED_STANCE:  # "will not tolerate attacks": a stance stated now, not a refusal
            mod.negated = False
            mod.reasons.discard("future")
        if inside_denied_claim(self.res.book, trigger):
            mod.negated = True  # "reports that Iran intended to attack ships were baseless"
        if coding.code[:2] == STATEMENT_ROOT and trigger.pos_ == "ADJ" and self._described_mood(trigger):
            return []  # "U.S. officials have been optimistic": a mood the reporter describes, not a statement
        if question:
            mod.reasons.add("question")
        if not mod.reasons and self._dated_after_publication(trigger, sent):
            mod.reasons.add("future")  # "Mikulic visits West Germany next week": announced, not done
        if not mod.reasons and coding.noun is not None and (
                trigger.lemma_.lower() in PLANNING_VERBS
                or trigger.lemma_.lower() in PLAN_STATING_VERBS and self._planned_noun(coding.noun)):
            # "announced their imminent withdrawal", "plans a July trip to China": the act is still to come
            mod.reasons.add("future")
        if not mod.reasons and not mod.negated and coding.code[:2] in HABITUAL_ROOTS and self._habitual(trigger, sent):
            mod.reasons.add("habitual")
        if not mod.reasons and self._present_generality(trigger):
            mod.reasons.add("habitual")  # "is often blamed by US lawmakers for job losses": a generality
        if coding.code == DEAL_CODE and self._announced_deal(trigger, mod):
            mod.reasons.clear()  # "said it would spend $3.3bn to buy one of South Korea's banks": the deal
        # "would be ready to host": readiness is a present stance; "will promise" is a promise not yet made
        mod.intent_frame = coding.frame == "intent" and trigger.pos_ == "ADJ"
        code = self.recode(coding.code, mod)
        sources = self._not_its_own_recipient(trigger, self.source_actors(trigger))
        anonymous = False
        if not sources and code[:2] == "13" and coding.code[:2] in ANNOUNCED_THREAT_ROOTS:
            sources = self._announcing_authority(trigger)  # "officials said any fishermen caught would be arrested"
        if not sources and coding.noun is not None and coding.noun.dep_ in ("nsubj", "nsubjpass") and (
                coding.noun.lemma_.lower() in DEAL_NOUNS):
            sources = self._deal_doers(coding.noun)  # "its acquisition of ISG was completed": its buyer
        if not sources and coding.code == DEAL_CODE and trigger.lemma_.lower() in SALE_VERBS and self._is_passive(
                trigger):
            # "Yuganskneftegas was sold to Rosneft": with no seller named, the buyer deals with the firm sold
            sources = [a for pobj in self._prep_objects(trigger, ("to",)) for a in self.actors.phrase_actors(pobj)]
        if not sources:
            sources = self._anonymous_sources(coding)
            anonymous = True
        if not sources:
            if TRACE is not None:
                subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
                trace(trigger.idx, code, "drop:no-source " + (subject.text if subject is not None else "-")
                      + " " + (" ".join(t.text for t in subject.subtree)[:40] if subject is not None else ""))
            return []
        targets = self.target_actors(coding, sources)
        if not targets and code[:2] in ADDRESSED_ROOTS:
            targets = self._home_government(sources)
        if not targets and code[:2] != "14" and any(a.story for a in sources):
            trace(trigger.idx, code, "drop:story-group-no-target")
            return []  # "Campaigners welcomed news of the deal": a bare group's act is kept with a named party
        if coding.code[:2] == "04" and code[:2] == "03" and not targets:
            trace(trigger.idx, code, "drop:trip-no-counterpart")
            return []  # "will travel to key cities": an announced trip with no counterpart, like a bare meeting
        if anonymous:  # the place made the doer: a bare country target there says nothing more
            targets = [t for t in targets if not (len(t.code) == 3 and t.code == sources[0].code[:3])]
            if code[:2] != "14" and not targets:
                trace(trigger.idx, code, "drop:anonymous-no-victim")
                return []  # an unattributed attack is coded only with a named victim
        acts = [trigger, *([coding.complement.trigger] if coding.complement is not None else [])]
        if coding.frame == "reject" and coding.complement is None and not targets and code[:2] == "12" and any(
                t.lemma_.lower() in BELIEF_NOUNS | ALLEGATION_NOUNS for c in self.coder.complements(trigger)
                for t in c.subtree):
            return self._make("011", sources, targets, mod, trigger, sent)  # "refused to give succour to suggestions"
        if code[:2] == "12" and not targets and any(a.lemma_.lower() in SPEECH_COMPLEMENTS for a in acts):
            code = "011"  # "he would not discuss reports that ...": declining to comment, not refusing talks
        if code[:2] == "19" and trigger.lemma_.lower() in VERBAL_CLASH_VERBS and any(
                c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                for h in (trigger, *self._prep_objects(trigger, ("with",))) for c in h.children):
            code = VERBAL_CLASH_CODE  # "clashed with ministers about how ... are chosen": a dispute, not a fight
        if code == "042" and any(t.lemma_.lower().startswith("peacekeep") for s in trigger.children
                                 if s.dep_ == "nsubj" for t in s.subtree):
            code = "074"  # "NATO peacekeeping troops arrived in Bosnia": peacekeepers deployed, not a visit
        if code[:2] == "19" and self._political_attack(coding.noun or trigger, sources, targets):
            code = VERBAL_CLASH_CODE  # "Tory leader Michael Howard attacked Tony Blair": words, not force
        if code == DEMONSTRATION_CODE and not anonymous and all(self._official(s, trigger) for s in sources):
            code = OFFICIAL_PROTEST_CODE  # "France protested over Canada's decision": a state complains
        if code == OCCUPY_CODE and targets and all(t.code[3:6] == BUSINESS_SECTOR for t in targets):
            # "taking control of a Canadian-led consortium": a firm changes hands, no territory is seized;
            # a takeover when a firm takes it, no event of force when a state does
            if not all(s.code[3:6] == BUSINESS_SECTOR for s in sources):
                return []
            code = DEAL_CODE
        if code == ENDORSE_CODE and self._material_backing(trigger, targets):
            code = MILITARY_AID_CODE  # "supported guerrillas in their operations": arms and men, not words
        if coding.frame == "demand" and code[:2] == "10" and targets and all(
                t.code.endswith(ARMED_SECTORS) and t.code[:3] in {s.code[:3] for s in sources} for t in targets):
            return []  # "ordered British troops to march into Belfast": commanding one's own forces, no demand
        return self._make(code, sources, targets, mod, trigger, sent)

    @staticmethod
    def _home_government(sources: list[Actor]) -> list[Actor]:
        """Whom a country's opposition, parties, lawmakers, unions or campaigners call on when they name no
        one: their own government ("The Conservatives have called for 24-hour drinking to be shelved")."""
        if not sources or not all(len(s.code) >= 6 and s.code[3:6] in HOME_APPEAL_SECTORS
                                  and s.code[:3] not in NON_COUNTRY_PREFIXES for s in sources):
            return []
        countries = {s.code[:3] for s in sources}
        return [Actor(countries.pop() + "GOV")] if len(countries) == 1 else []

    def _announced_deal(self, trigger: Token, mod: Modality) -> bool:
        """A purchase or sale told as announced, directly or as the purpose of spending ("would spend $2bn to
        buy"), and not negated, conditional or merely possible."""
        if trigger.lemma_.lower() not in DEAL_VERBS or mod.negated:
            return False
        if trigger.dep_ in ("advcl", "xcomp") and trigger.head.lemma_.lower() in SPENDING_VERBS and (
                trigger.head.i != trigger.i):
            mod = self.modality(trigger.head)
            if mod.negated:
                return False
        return (not mod.reasons or mod.announced) and not mod.wishing  # (not "wanting to take a stake")

    def _planned_noun(self, noun: Token) -> bool:
        """An act noun marked as still to come ("their imminent withdrawal"), or a definite one whose same
        head was so marked earlier in the article ("its planned sanctions" ... "announced the sanctions")."""
        def marked(tok: Token) -> bool:
            return any(c.lower_ in PLANNED_WORDS for c in tok.children if c.dep_ in ("amod", "compound"))

        if marked(noun):
            return True
        if not has_det(noun, ("the", "these", "those")):
            return False
        lemma = noun.lemma_.lower()
        return any(t.lemma_.lower() == lemma and marked(t) for t in self.doc[: noun.sent.start])

    def _official(self, actor: Actor, pred: Token) -> bool:
        """A state named as such ("France", not "Palestinians") or its government: whose protest is a
        complaint, not a street demonstration."""
        if not self._is_state_code(actor.code[:3]) or actor.code[3:6] not in ("", "GOV"):
            return False
        return len(actor.code) > 3 or any(s.dep_ == "nsubj" and s.ent_type_ == "GPE" for s in pred.children)

    def _not_its_own_recipient(self, pred: Token, sources: list[Actor]) -> list[Actor]:
        """ "the government has offered the Indonesian government the assistance of ...": a subject resolved
        (from a pronoun or a common noun) to the very entity named as the act's object or recipient was
        resolved wrongly; such a doer is dropped rather than made to act on itself or on a bystander."""
        subject = next((c for c in pred.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PROPN" or subject.ent_type_:
            return sources
        named = {a.entity_id for c in pred.children if c.dep_ in ("dative", "dobj")
                 for h in (c, *c.conjuncts) if h.pos_ != "PRON"  # "killed 23 people as well as themselves"
                 if (a := self.actors.token_actor(h.i)) is not None and a.entity_id is not None}
        return [s for s in sources if s.entity_id is None or s.entity_id not in named]

    @staticmethod
    def _present_generality(pred: Token) -> bool:
        """A present-tense act with an adverb of frequency: "is often blamed", "usually sends" (in the past,
        "soldiers routinely beat detainees" reports real acts)."""
        if not any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in pred.children):
            return False
        finite = [pred, *(c for c in pred.children if c.dep_ in ("aux", "auxpass"))]
        return any(t.tag_ in PRESENT_TAGS for t in finite) and not any(t.tag_ in ("VBD", "MD") for t in finite)

    def _habitual(self, pred: Token, sent: Span) -> bool:
        """A present-simple predicate with no date in its clause: "provides cheap credits", "continues to
        recruit and capture" (through the aspect verb and the verb it is conjoined to)."""
        chain = [pred]
        cur = pred
        for _ in range(MAX_CHAIN):
            if cur.dep_ == "conj" and not any(c.dep_ in SUBJ_DEPS for c in cur.children):
                cur = cur.head
            elif cur.dep_ == "xcomp" and cur.head.lemma_.lower() in CONTINUING_VERBS:
                cur = cur.head
            else:
                break
            chain.append(cur)
        finite = chain[-1]
        if finite.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in finite.children):
            return False
        return not any(ti >= 0 and sent.start <= ti < sent.end and any(self._governed_by(ti, v) for v in chain)
                       for ti in self.date_tokens)

    @staticmethod
    def _material_backing(verb: Token, targets: list[Actor]) -> bool:
        """Backing an armed group in or with its fighting, arms or money is material support."""
        if not any(t.code.endswith(ARMED_GROUP_SECTORS) for t in targets):
            return False
        hosts = [verb, *(o for o in verb.children if o.dep_ in ("dobj", "obj"))]  # "supported guerrillas in operations"
        return any(p.dep_ == "prep" and p.lower_ in ("in", "with", "through", "by")
                   and any(o.dep_ == "pobj" and o.lemma_.lower() in MATERIAL_MEANS for o in p.children)
                   for h in hosts for p in h.children)

    def _under_hypothetical_frame(self, noun: Token) -> bool:
        """Whether NOUN is the object of a frame verb whose acts are not reported (demand, appeal, plan ...)."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        fp = self.coder.frame_pattern(verb)
        return fp is not None and fp.frame in HYPOTHETICAL_FRAMES

    def _words_said(self, pred: Token) -> bool:
        """PRED is a verb of public disapproval (criticise, condemn: V rows of root 11)."""
        return pred.pos_ == "VERB" and any(p.code and p.code[:2] == DISAPPROVE_ROOT and not p.objects and not p.prep
                                           for p in self.res.book.get("V", pred.lemma_.lower()))

    @staticmethod
    def _is_demand_content(clause: Token) -> bool:
        """ "reiterated its demand that Israel ease restrictions": the content of a demand noun."""
        head = clause.head
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return False
        if clause.dep_ == "acl":
            return head.lemma_.lower() in DEMAND_NOUNS
        # spaCy hangs the clause on the verb: "reiterated [its demand] [that Israel ease ...]"
        return clause.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS and c.i < clause.i
                                              for c in head.children)

    def _anonymous_sources(self, coding: Coding) -> list[Actor]:
        """Unnamed doers located by where they acted: an attack with no attacker ("killed by an improvised
        explosive device outside the Iraqi city of Basra", "a roadside bombing near Samarra killed ...") is
        an unidentified armed force of that country (UAF); unnamed crowds protesting ("hundreds of thousands
        of people blocked streets in Hong Kong") are its civilians (CVL)."""
        pred = coding.trigger
        root = coding.code[:2]
        subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
        hosts: list[Token] = [pred]
        if root == "14":
            if not subjects or subjects[0].dep_ != "nsubj" or not (
                    self.actors.is_actor_like(subjects[0]) or self._counted_people(subjects[0])):
                return []
            sector = "CVL"
            hosts.extend(object_heads(pred))  # "blocked streets in Hong Kong"
        elif (root in ("09", "17") or coding.code in LEGAL_PASSIVE_CODES) and any(
                c.dep_ == "auxpass" for c in pred.children) and not any(c.dep_ == "agent" for c in pred.children):
            # "a missionary from Calgary was arrested in Lebanon", "a US national has been put under
            # investigation in Italy": detained or investigated by the state where it happened
            for place in self._anonymous_places([pred, *coding.target_hints]):
                return [Actor(place.code[:3])]
            # no place told: the state of the one charged, indicted, sentenced or arrested ("Stanley Simon, the
            # Bronx borough president, was charged with extortion": by the US; its courts are not named)
            if pred.lemma_.lower() not in LEGAL_PASSIVE_LEMMAS:
                return []  # "Labour has been accused of ...": critics, not the state; "was banned" by someone
            state = self._patients_state([a for s in subjects if s.dep_ == "nsubjpass" for a in self.actors.phrase_actors(s)])
            return [state] if state is not None else []
        elif root in ("18", "19", "20"):
            instruments = [c for c in subjects if c.dep_ == "nsubj" and self._is_violent_noun(c)]
            agents = [p for c in pred.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            passive = any(c.dep_ == "auxpass" for c in pred.children)
            if instruments:
                hosts.extend(instruments)
            elif passive and not agents and coding.code.startswith(ABDUCTION_CODE):
                pass  # "was abducted in Baghdad": an abduction has a doer even when none is named
            elif passive and all(self._is_violent_noun(a) for a in agents):
                means = agents + [p for c in pred.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                                  for p in c.children if p.dep_ == "pobj" and self._is_violent_noun(p)]
                if not means:
                    return []  # "five soldiers were killed in Iraq": by whom and how is not said
                hosts.extend(means)
            else:
                return []
            sector = "UAF"
        else:
            return []
        for place in self._anonymous_places(hosts):
            return [Actor(place.code[:3] + sector)]
        return []

    def _patients_state(self, patients: list[Actor]) -> Actor | None:
        """The one state the parties a legal act is done to belong to (its unnamed courts or police acted)."""
        countries = {a.code[:3] for a in patients if a.code[:3] not in NON_COUNTRY_PREFIXES}
        country = next(iter(countries)) if len(countries) == 1 else ""
        return Actor(country) if self._is_state_code(country) else None

    @staticmethod
    def _counted_people(subject: Token) -> bool:
        """An unnamed crowd: "people", "residents", "hundreds of thousands of people"."""
        heads = [subject, *pobjs_of(subject, "of")]
        return any(h.lemma_.lower() in CIVILIAN_NOUNS for h in heads)

    def _anonymous_places(self, hosts: list[Token]) -> Iterator[Actor]:
        """Countries of the places HOSTS happened in: "outside of the Iraqi city of Basra", "at a jail in
        East Timor's capital Dili" (an unresolved place is searched for its own "in" phrase, once)."""
        for host in hosts:
            places = [p for prep in host.children if prep.dep_ == "prep" and prep.lower_ in ANONYMOUS_PLACE_PREPS
                      for p in (*prep.children, *(g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"
                                                  for g in c.children)) if p.dep_ == "pobj"]
            for pobj in places:
                place = self.actors.place_country(pobj)
                if place is None:
                    place = next((a for inner in self._prep_objects(pobj, ("in",))
                                  if (a := self.actors.place_country(inner)) is not None), None)
                if place is not None:
                    yield place

    def _is_violent_noun(self, tok: Token) -> bool:
        nc = self.coder.noun_code(tok)
        return nc is not None and nc[0][:2] in ("18", "19", "20")

    def _said_belief(self, verb: Token) -> bool:
        """ "said he believed", "said it thought": a belief verb reported by a speech verb, with a subject."""
        return (verb.lemma_.lower() in STATED_BELIEF_VERBS and verb.dep_ == "ccomp"
                and verb.head.lemma_.lower() in self.res.speech_lemmas
                and any(c.dep_ == "nsubj" for c in verb.children))

    @staticmethod
    def _obliged_act(verb: Token) -> Token | None:
        """The act of "needed to change policy", "ought to resign": an obligation not denied, not foreseen ("did
        not need to", "would need to": a forecast), not past ("had needed to")."""
        if verb.lemma_.lower() not in ASKING_SEMI_MODALS or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | {"had"})
                for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and infinitival(c)), None)

    def _reported_demand(self, pred: Token, coding: Coding | None, sent: Span,
                         asked: bool | None = None) -> list[Event]:
        """"Britain said Libya must hand over the suspects": the speaker demands it of the subject (10x).
        ASKED: the obligation asks (02x), as "needed to" does; None: PRED's modal says ("should" asks)."""
        speech = pred.head
        if pred.dep_ == "acl":  # "issued a stern reminder to Iraq that it must cooperate": a message's content
            if speech.lemma_.lower() not in MESSAGE_NOUNS or speech.dep_ not in ("dobj", "nsubjpass", "pobj"):
                return []
            speech = speech.head.head if speech.dep_ == "pobj" else speech.head  # "insisted on its demands that"
        elif speech.lemma_.lower() not in self.res.speech_lemmas and not self._is_demand_content(pred):
            if not self._said_belief(speech):
                return []
            # "the spokesman said he believed Japan should accept applications": an opinion stated aloud asks too
        speakers = self.source_actors(speech)
        subjects = [c for c in pred.children if c.dep_ in SUBJ_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS]
        told_pronoun = bool(subjects) and subjects[0].pos_ == "PRON" and pred.dep_ == "acl"
        if not subjects or not (told_pronoun or self.actors.is_actor_like(subjects[0])):
            return []  # "Iran's application must be treated ...": an obligation of a thing is no demand
        speaker_countries = {a.code[:3] for a in speakers}
        named = self.actors.phrase_actors(subjects[0])
        addressees = [a for a in named if a.code[:3] not in speaker_countries]
        speaker_codes = {a.code for a in speakers}
        if not addressees and all(len(c) > 3 for c in speaker_codes):
            # "Lib Dem leader Charles Kennedy said Tony Blair must set out an exit strategy": a party of the
            # speaker's country with another role (not "Fekete said Hungary must achieve equilibrium")
            addressees = [a for a in named if len(a.code) > 3 and a.code not in speaker_codes][:1]
        if not addressees and subjects[0].pos_ == "PRON":  # "a reminder to Iraq that it must": the one told
            addressees = [a for tok in self._prep_objects(speech, ("to",)) for a in self.actors.phrase_actors(tok)
                          if a.code[:3] not in speaker_countries]
        if not addressees and len(speaker_countries) == 1 and not speaker_codes & {"IGO", "NGO"} and not (
                self._is_passive(pred)):  # ("governments should not be obliged to": no one is asked anything)
            # "Mr Howard said the government should have acted sooner": a bare institution is the speaker's own
            home = self.actors.home_institution(subjects[0], next(iter(speaker_countries)))
            addressees = [home] if home is not None and home.code not in speaker_codes else []
        if not speakers or not addressees:
            return []  # "Fekete said Hungary must achieve equilibrium": a domestic goal, no demand
        if self._past_obligation(pred):
            code = DISAPPROVE_CODE  # "should have acted sooner": a reproach for what was not done, not a demand
        else:
            # "should" asks (an appeal, 02x: "said the prime minister should sack Mr Brown"), "must" demands (10x)
            complement = coding.code if coding is not None else "*"
            if asked is None:
                asked = any(c.dep_ == "aux" and c.lower_ in APPEAL_MODALS for c in pred.children)
            code = (asked and self.res.book.frame_code("appeal", complement)) or self.res.book.frame_code(
                "demand", complement)
        if not code:
            return []
        mod = self.modality(speech)
        return self._make(code, speakers, addressees, mod, speech, sent)

    @staticmethod
    def _announced_own_act(clause: Token) -> bool:
        """An agentless passive act that only its announcer can do ("announced that Habib will be released",
        "confirmed that sanctions would be lifted"): the announcer does it. ("Iran said the hostages were
        released" may be told of kidnappers: only announcing verbs.)"""
        return (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ANNOUNCING_VERBS
                and clause.lemma_.lower() in ANNOUNCED_OWN_ACTS)

    @staticmethod
    def _past_obligation(pred: Token) -> bool:
        """ "should have acted", "ought to have told", "must have known" is not: an obligation of the past
        ("should"/"ought" + "have" + participle) that, told by another, reproaches its subject."""
        # (not a passive: "should have been punished" reproaches whoever did not punish them)
        auxes = [c.lower_ for c in pred.children if c.dep_ == "aux"]
        return pred.tag_ == "VBN" and "have" in auxes and "should" in auxes and not any(
            c.dep_ in ("neg", "auxpass", "nsubjpass") for c in pred.children)

    def recode(self, code: str, mod: Modality) -> str:
        """Codes that modality changes: decided not to give (162x), announced acts (03x intent, 13x threat),
        refusals ("will not accept": 12x), purpose clauses that carry out a protest or demand."""
        book = self.res.book
        root = code[:2]
        if mod.decided_not:
            flipped = book.frame_code("decide", code)
            if flipped:
                mod.negated = False
                return flipped
        if mod.announced:
            if mod.negated and root in COOPERATIVE_ROOTS:
                new = book.frame_code("reject", code)
            elif not mod.negated and root in COOPERATIVE_ROOTS and mod.unless:
                new = book.frame_code("threat", code)  # "will withdraw its force unless ...": held to terms
            elif not mod.negated and root == "03" and (mod.intent_frame or "if_clause" not in mod.reasons):
                new = code  # "would be ready to host a meeting", "will offer a draft treaty": already an intent
            elif not mod.negated and root in COOPERATIVE_ROOTS:
                new = book.frame_code("intent", code)
            elif not mod.negated and root in ("18", "19", "20") and mod.preparing:
                new = "150"  # "the army prepared to resume shelling": readying force, not a verbal threat
            elif not mod.negated and root in ANNOUNCED_THREAT_ROOTS and not mod.wishing and not mod.expected:
                new = book.frame_code("threat", code)
            elif not mod.negated and root == ANNOUNCED_DEMAND_ROOT and not mod.wishing and "if_clause" not in mod.reasons:
                new = code
            elif not mod.negated and code == VETO_CODE and not mod.wishing and "if_clause" not in mod.reasons:
                new = book.frame_code("threat", code)
            else:
                new = None
            if new:
                mod.negated = False
                mod.reasons.clear()
                return new
        if mod.purpose_only and root in EXPRESSIVE_ROOTS:
            mod.reasons.clear()
        if mod.reasons == {"attempt"} and root in ("17", "18", "19", "20"):
            mod.reasons.clear()  # an attempted attack or seizure is coded as the act (as CAMEO 185 does)
        if mod.reasons == {"if_clause"} and root == THREAT_ROOT:
            mod.reasons.clear()  # "gave Tokyo a warning of sanctions if it did not open its markets": a threat's terms
        return code

    def _make(self, code: str, sources: list[Actor], targets: list[Actor], mod: Modality, trigger: Token,
              sent: Span) -> list[Event]:
        info = self.res.codes.get(code) or self.res.codes.get(code[:3]) or self.res.codes.get(code[:2])
        if info is None:
            return []
        if code[:2] == "14":  # "troops marched into the streets": armed forces deploy, they do not protest
            sources = [s for s in sources if not s.code.endswith(ARMED_SECTORS)]
            if not sources or self._market_move(trigger):
                return []
        if code[:2] == "19" and "strike" in {trigger.lemma_.lower(), *(o.lemma_.lower() for o in object_heads(
                trigger))} and sources and all(s.code.endswith("LAB") for s in sources):
            # "The United Auto Workers struck General Motors' plants", "the union called a strike against the
            # government": a union strikes, it does not attack
            code = "143"
            info = self.res.codes.get(code) or info
        pairs: list[tuple[Actor, Actor | None]] = []
        source_countries = {s.code[:3] for s in sources}
        if targets and len(source_countries) > 1 and code.startswith(RECIPROCAL_CODES) and all(
                t.code[:3] in source_countries for t in targets):
            # "India and Russia signed a memorandum during a meeting between ONGC and Rosneft": parties of the
            # doers' own countries are no third party; the doers are each other's partners
            targets = []
        if code[:2] == "04" and targets and all(t.code.endswith(MEDIA_SECTORS) for t in targets):
            return []  # "was speaking to West German journalists in an interview": an interview, not talks
        if len({self._party_key(t) for t in targets}) > MAX_PAIRED_PARTIES and (
                code.startswith(RECIPROCAL_CODES) and trigger.lemma_.lower() not in TOUR_VERBS
                or any((self.coder.noun_code(o) or ("",))[0][:2] == "04" for o in object_heads(trigger))):
            # "will meet the leaders of Britain, France, West Germany, Italy, Canada and Japan at the summit":
            # many counterparts of one meeting or accord make one multilateral happening, told once with the
            # first named (as many doers do); not a tour ("will visit Italy, West Germany, France and Switzerland");
            # so is what is done to a meeting of many ("boycotted a meeting in Paris of its G-7 partners - the
            # United States, Japan, West Germany, France, Britain and Canada")
            targets = targets[:1]
        if targets and len(sources) > 1 and trigger.lemma_.lower() in QUARREL_VERBS and self._done_to_each_other(trigger):
            targets = []  # "India and Pakistan clashed over Kashmir at the UN": with each other, not the venue
        if targets:
            pairs = [(s, t) for s in sources for t in targets  # no self-directed events
                     if (t.code != s.code or (trigger.i, t) in self.other_parties and t.entity_id != s.entity_id)
                     and not (code in ("042", "043") and t.code[:3] == s.code[:3])  # nor trips at home
                     # nor talks with an unnamed compatriot ("spoke to her privately", "speaking to the BBC")
                     and not (code[:2] == "04" and t.code == s.code[:3])]
            if not pairs:
                trace(trigger.idx, code, "drop:same-code-target " + " ".join(t.code for t in targets))
                if code[:2] == "04":
                    return []
                pairs = [(s, None) for s in sources]
        elif len(sources) > 1 and (code.startswith(RECIPROCAL_CODES) or self._done_to_each_other(trigger)) and not (
                self._joint_act_on_object(code, trigger) and not self._done_to_each_other(trigger)) and not (
                self._each_their_own(trigger)):
            # "France and the Philippines agree": each is the other's partner, in one event per pair of
            # parties (one happening; the first named is the source)
            # (two named bodies of one code are two parties: "Labour and the Tories have clashed", GBRPTY both;
            # not when a with-phrase names what they agree with: "they agreed with that")
            apart = not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
            pairs = [(s, t) for n, s in enumerate(sources) for t in sources[n + 1:] if s.code != t.code or (
                apart and len(s.code) > 3 and s.entity_id is not None and t.entity_id is not None
                and s.entity_id != t.entity_id)]
            # a few parties ("the prime ministers of Bulgaria, Albania and Macedonia signed"): each pair; many
            # ("the US, Japan, Germany, France, Britain and Canada agreed"): one multilateral happening, told
            # once between the first two named
            if len(sources) > MAX_PAIRED_PARTIES:
                pairs = pairs[:1]
        elif code[:2] == "04":
            trace(trigger.idx, code, "drop:consult-no-counterpart")
            return []  # a consultation needs a counterpart: "talking about the future", "the Fed's meeting"
        else:
            pairs = [(s, None) for s in sources]
        # "the Sudanese government and the SPLA agreed": conjoined parties of one country doing one act are one
        # event for that country and recipient (SDNGOV and SDNREB -> SDN)
        distinct: dict[tuple[str, str | None], tuple[Actor, Actor | None]] = {}
        for src, tgt in pairs:  # (international organisations are no country: "the EU and the IMF" are two)
            distinct.setdefault((self._party_key(src), self._party_key(tgt) if tgt else None), (src, tgt))
        pairs = list(distinct.values())
        date, explicit = self.event_date(trigger, sent)
        location = self.event_location(trigger)
        out = []
        for src, tgt in pairs:
            out.append(Event(
                source=src.code,
                target=tgt.code if tgt else None,
                source_entity=src.entity_id,
                target_entity=tgt.entity_id if tgt else None,
                code=code,
                root=code[:2],
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=self.res.plover.lookup(code),
                negated=mod.negated,
                hypothetical=mod.hypothetical,
                date=date,
                location=location,
                trigger=[trigger.idx, trigger.idx + len(trigger.text)],
                sentence=[sent.start_char, sent.end_char],
            ))
            self.explicit_dates[id(out[-1])] = explicit
        return out

    @staticmethod
    def _market_move(trigger: Token) -> bool:
        """A price told with a protest verb: "shares in Bombardier ... before rallying to 2.20 Canadian dollars",
        "the dollar rallied", "stocks marched higher": its subject is a market word or it moves to/from/by an
        amount."""
        if trigger.pos_ != "VERB":
            return False  # (a noun is told by its doers: "a walkout by 9,000 UAW workers")
        subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in MARKET_NOUNS:
            return True
        return any(p.dep_ == "prep" and p.lower_ in ("to", "from", "by", "above", "below") and any(
            t.ent_type_ in ("MONEY", "PERCENT") or (t.dep_ == "pobj" and t.like_num) for t in p.subtree)
                   for p in trigger.children)

    @staticmethod
    def _party_key(actor: Actor) -> str:
        """The country an actor is a part of, or the organisation itself for IGOs and NGOs."""
        return actor.code if actor.code.startswith(("IGO", "NGO")) else actor.code[:3]

    @staticmethod
    def _done_to_each_other(trigger: Token) -> bool:
        """ "Airbus and Boeing accuse each other": the doers are each other's recipients; so are the doers of
        a verb of quarrelling with no one else named ("Labour and the Tories have clashed over tax")."""
        objects = [*(c for c in trigger.children if c.dep_ in ("dobj", "dative")),
                   *(p for prep in trigger.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")]
        if trigger.lemma_.lower() in QUARREL_VERBS and not any(c.dep_ in ("dobj", "dative") for c in trigger.children) \
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in trigger.children):
            return True
        objects += [c for o in objects for c in o.children if c.dep_ == "poss"]  # "shelled each other's positions"
        return any((o.lower_ == "other" and any(d.lower_ == "each" for d in o.children)) or (
            o.lower_ in ("another", "one") and any(d.lower_ in ("one", "another") and d.i != o.i for d in o.children))
            for o in objects)

    @staticmethod
    def _each_their_own(trigger: Token) -> bool:
        """ "West Germany and Japan made their commitments", "cut their interest rates": conjoined doers each act on
        their own thing, not with each other (but "signed their treaty", "resumed their talks" are joint:
        GATHERING_NOUNS and RELATION_NOUNS)."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() not in GATHERING_NOUNS | RELATION_NOUNS
                   and any(d.dep_ == "poss" and d.lower_ == "their" for d in c.children) for c in trigger.children)

    def _joint_act_on_object(self, code: str, trigger: Token) -> bool:
        """ "marines and police occupied one ship": conjoined doers of force with an object act together
        on it; they fight each other only without one ("rebels and troops clashed"). So do conjoined doers
        of a consultation with people as its object ("Labour and the Conservatives are telephoning millions
        of people"), not with each other."""
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj") and c.lower_ not in ("each", "one")]
        return (code[:2] in FORCE_NOUN_ROOTS and bool(objects)) or (
            code[:2] == CONSULT_ROOT and any(self.actors.is_actor_like(o) for o in objects))

    # -- event nouns on their own: "Israeli airstrikes on Gaza", "Pompeo's visit to Pakistan" -----------
    def _noun_events(self, noun: Token, sent: Span, question: bool) -> list[Event]:
        if noun.ent_type_ in NAME_ENT_TYPES or self.coder.is_agent_noun(noun):  # "the World Summit on ..."
            return []
        if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
            return []  # "U.S. border patrol agents", "riot police": a modifier naming a kind, not an act
        nc = self.coder.noun_code(noun)
        received = self._received_from(noun, nc, sent, question)
        if received is not None:
            return received
        stated: Coding | None = None
        deal = nc is not None and nc[0] == DEAL_CODE and noun.lemma_.lower() in DEAL_NOUNS
        if not deal and (nc is None or nc[0][:2] not in STANDALONE_NOUN_ROOTS):
            stated = self._stated_noun_coding(noun, nc)
            if stated is None:
                if nc is not None:
                    trace(noun.idx, nc[0], "drop:noun-not-standalone")
                return []
            nc = (stated.code, stated.specificity)
        imposed = self._imposing_participle(noun)  # "U.S. sanctions imposed this month on Japanese goods"
        if noun.lemma_.lower() in STATE_NOUNS and not self._new_state(noun, sent) and imposed is None:
            return []  # "the uprising against Israeli occupation", "the EU embargo on China": a state, not news
        sources: list[Actor] = []
        # "Pompeo's visit", "a visit by Pompeo"; modifiers only for force and sanctions ("Israeli
        # airstrikes", "U.S. sanctions"): "a four-nation EU visit" names where, not who.
        source_deps = ("poss", "amod", "compound", "nmod") if nc[0][:2] in MODIFIER_SOURCE_ROOTS or stated else ("poss",)
        agents = pobjs_of(noun, "by")
        authored = None if agents else self._authoring_participle(noun)
        if authored is not None:  # "The tariffs, announced by Reagan": the participle's agent made them
            agents = agent_objects(authored)
        modifier_actors: list[Actor] = []
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and not self.actors.names_actor_itself(child):
                continue  # "the Berlin blockade": a city names where, not who
            if child.dep_ in source_deps and not self._against_modifier(child):
                found = self.actors.phrase_actors(child)
                (sources if child.dep_ == "poss" else modifier_actors).extend(found)
        for pobj in agents:
            sources.extend(self.actors.phrase_actors(pobj))
        if agents and not sources:  # "a strike by about 400,000 public sector workers": the story's own people
            sources.extend(self.actors.story_groups(agents[0]))
        if not agents and not sources and nc[0][:2] in MODIFIER_SOURCE_ROOTS:
            # "militant attacks in Riyadh": a group word and the act's place
            sources.extend(a for c in noun.children for a in [self.actors.placed_modifier_group(noun, c)]
                           if a is not None)
        targets: list[Actor] = []
        if agents:  # "the Libyan bombing by U.S. planes": with a named doer the demonym is the target
            targets.extend(a for a in modifier_actors if a.code[:3] not in {s.code[:3] for s in sources})
        elif not sources and modifier_actors:
            definite = has_det(noun, ("the", "this", "that"))
            earlier = self._earlier_doer(modifier_actors, nc[0][:2]) if definite else None
            if earlier is not None:  # "the U.S. bombing of targets in Libya ... the Libyan bombing"
                sources, targets = [earlier], modifier_actors[:1]
            else:
                sources = modifier_actors
                if definite:  # the act it refers back to may be told later: settled at the end of the article
                    self.anaphoric_nouns.add(noun.i)
        if not sources and self._supported_noun(noun):
            sources = self.source_actors(noun.head)  # "Iran made an offer to the EU", "the union staged a strike"
        set_before = False  # a circumstance told before its clause's verb: what that verb denies is not it
        from_clause = False  # the doer is the subject of the clause the noun stands in, and shares its modality
        if not sources and nc[0][:2] == CONSULT_ROOT:
            sources = self._circumstance_doer(noun, nc[0])  # "Thatcher left Bonn after talks with Kohl"
            set_before = bool(sources) and noun.head.i < noun.head.head.i
            from_clause = bool(sources)
        if not sources and nc[0][:2] == CONSULT_ROOT:
            sources = self._said_party(noun)  # "The Palestinians said talks with Israel had broken down"
            from_clause = bool(sources)
        if not sources and nc[0][:2] == CONSULT_ROOT:
            # "talks between Japan and the United States ended": the first party named with the others
            parties = [a for pobj in self._prep_objects(noun, ("between", "among"))
                       for a in self.actors.phrase_actors(pobj)]
            if len({a.code[:3] for a in parties}) >= 2:
                sources, targets = parties[:1], [a for a in parties[1:] if a.code[:3] != parties[0].code[:3]]
        if not sources and nc[0][:2] == CONSULT_ROOT:
            # "U.S.-Japanese talks", "the Israeli-Palestinian summit": a hyphenated pair of countries hold them
            pair = self._hyphenated_pair(noun)
            if pair:
                sources, targets = pair[:1], pair[1:]
        if not sources and nc[0][:2] == CONSULT_ROOT:
            # "a meeting of the foreign ministers of India and Pakistan", "the arrival of US president Bush":
            # the people of its of-phrase hold it (with each other when they are of two countries)
            parties = [a for pobj in self._prep_objects(noun, ("of",)) if self.actors.is_actor_like(pobj)
                       for a in self.actors.phrase_actors(pobj)]
            if parties:
                sources = parties[:1]
                targets = [a for a in parties[1:] if a.code[:3] != parties[0].code[:3]][:1]
        if not sources and nc[0][:2] == CONSULT_ROOT and noun.lemma_.lower() in NEGOTIATION_NOUNS:
            # "talks on Russia's membership of the WTO": with no one named holding them, the two parties the
            # topic names negotiate with each other
            parties = [self.actors.token_actor(t.i) for pobj in self._prep_objects(noun, ("on", "over", "about"))
                       for t in pobj.subtree]
            named = list({a.code[:3]: a for a in parties if a is not None}.values())
            if len(named) == 2:
                sources, targets = named[:1], named[1:]
        if not sources and nc[0][:2] in ("09", "17") and noun.dep_ == "pobj" and noun.head.lower_ == "under":
            # "two Bronx congressmen are under investigation", "was placed under arrest": by the state of the one
            # it is done to (the investigators are not named)
            patients = [a for subj in noun.head.head.children if subj.dep_ in ("nsubj", "nsubjpass")
                        for a in self.actors.phrase_actors(subj)]
            state = self._patients_state(patients)
            if state is not None:
                sources, targets = [state], patients
        if not sources:
            trace(noun.idx, nc[0], "drop:noun-no-source")
            return []
        if stated is not None and not targets:
            targets = self._stated_noun_targets(stated, sources)
        noun_preps = ("on", "against", "with", "to", "in", "at", "toward", "into")
        if nc[0][:2] in VENUE_ROOTS and not nc[0].startswith(VISIT_CODES):
            noun_preps = ("on", "against", "with", "to", "toward")  # "OPEC's meeting in Vienna": no counterpart
        elif nc[0].startswith(AGREEMENT_CODES):  # "following an agreement in Paris": where it was reached
            noun_preps = ("on", "against", "with", "to", "toward", "into")
        if nc[0][:2] in FORCE_NOUN_ROOTS or deal:
            noun_preps = (*noun_preps, "of")  # "the bombing of Tripoli", "the purchase of WMC"
        for child in noun.children:
            if targets:
                break
            if child.dep_ == "prep" and child.lower_ in noun_preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        targets.extend(self.actors.phrase_actors(pobj))
                if targets:
                    break
        if not targets and imposed is not None:  # "sanctions imposed on Japanese electronic goods"
            targets.extend(a for pobj in self._prep_objects(imposed, ("on", "against"))
                           for a in self.actors.phrase_actors(pobj))
        if not targets and (imposed is not None or authored is not None and nc[0][:2] == SANCTION_ROOT):
            # "Nakasone and Reagan ... U.S. sanctions imposed on certain goods", "The tariffs, announced by
            # Reagan, will affect ... Japan's exports": the one other country the sentence names
            targets.extend(self._only_other_party(sent, {a.code[:3] for a in sources}))
        if not targets and nc[0][:2] in GROUP_TARGET_ROOTS:  # "China's crackdown on protesters": its own people
            targets.extend(self._own_group(sources[0], pobj) for pobj in self._prep_objects(noun, ("on", "against"))
                           if self._own_group(sources[0], pobj) is not None)
        if not targets and nc[0][:2] in FORCE_NOUN_ROOTS:  # "an attack damaging a U.S.-flagged ship": what it hit
            for acl in noun.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBG":
                    targets.extend(a for o in acl.children if o.dep_ == "dobj" for a in self.actors.phrase_actors(o))
        if not targets and nc[0][:2] in FORCE_NOUN_ROOTS:  # "a new attack by Iran in the Gulf war against Iraq"
            source_countries = {a.code[:3] for a in sources}
            for war in self._prep_objects(noun, ("in", "during")):
                if war.lemma_.lower() in WAR_NOUNS:
                    targets.extend(a for pobj in self._prep_objects(war, ("against", "on", "with"))
                                   for a in self.actors.phrase_actors(pobj) if a.code[:3] not in source_countries)
        if not targets:
            targets = self._support_recipients(noun)  # "made an offer to the EU" (the to-phrase on the verb)
        if not targets and from_clause:
            targets = self._visited_place(noun, nc[0], sources)  # "is in Dublin at the start of a four-nation visit"
        if deal and (not targets or any(a.code.endswith(FORCE_SECTORS) for a in sources) or not any(
                self.actors.is_actor_like(p) for p in self._prep_objects(noun, ("of", "with")))):
            trace(noun.idx, nc[0], "drop:deal-noun-no-firm")
            # a deal noun needs the party bought itself ("the purchase of US Treasury bonds" buys no party);
            # "the army's takeover of ..." is no deal
            return []
        if deal:  # "Oracle's takeover of its rival Peoplesoft": two firms of one country are two parties
            source_ids = {a.entity_id for a in sources}
            self.other_parties.update((noun.i, t) for t in targets
                                      if t.entity_id is not None and t.entity_id not in source_ids)
        if stated is not None and not targets:
            trace(noun.idx, nc[0], "drop:stated-noun-no-target")
            return []  # words named by a noun with no one they are addressed to are background, not news
        governor = self._governing_verb(noun)
        # a past participle tells the imposition as done, whatever is said of the measure now
        told_done = imposed is not None or authored is not None
        mod = self.modality(governor) if governor is not None and not told_done else Modality()
        if mod.negated and noun.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS and governor is not None and (
                governor.lemma_.lower() in PREDICATING_VERBS):
            mod.negated = False  # "a new attack ... does not appear to be a major offensive": what it is, not whether
        if set_before:
            mod.negated = False  # "in meetings with Suharto he had not called for changes": the meetings were held
        if mod.negated and not from_clause and governor is not None and self._denied_of_another(noun, governor,
                                                                                              sources + targets):
            mod.negated = False  # "This is not helpful in the context of the U.S.-Canada talks": talks held
        if has_det(noun, ("no",)):
            mod.negated = True
        if has_det(noun, ("any",)) or self._under_prospect(noun):
            mod.reasons.add("prospect")  # "in the event of any U.S. strike", "the risk of an attack"
        if question:
            mod.reasons.add("question")
        scheduled = self._dated_after_publication(noun, sent, own_noun=True) or self._upcoming(noun)
        if not mod.reasons and (scheduled or any(c.dep_ == "amod" and c.lower_ in PLANNED_WORDS
                                                 for c in noun.children)):
            # "ahead of her visit to Moscow next week", "a probable meeting between Baker and Miyazawa": not yet
            mod.reasons.add("future")
        code = nc[0]
        if scheduled and mod.reasons <= {"future"} and code[:2] in COOPERATIVE_ROOTS and not mod.negated:
            # "during his visit to Washington starting April 29": a visit set for a day to come is announced,
            # an intent (036) stated now, as "will visit" is
            code = self.res.book.frame_code("intent", code) or code
            mod.reasons.clear()
        if code[:2] == "19" and self._political_attack(noun, sources, targets):
            code = VERBAL_CLASH_CODE  # "the latest Tory attack": words, not force
        made = self._make(code, sources, targets, mod, noun, sent)
        return [e for e in made if e.target is not None] if deal else made  # (a firm buying itself is no deal)

    def _deal_doers(self, noun: Token) -> list[Actor]:
        """The buyer a deal noun names: its possessor or its "by" phrase ("Heineken's acquisition of FEMSA",
        "the purchase of WMC by Xstrata")."""
        for child in noun.children:
            if child.dep_ == "poss":
                return self.actors.phrase_actors(child)
        return [a for pobj in pobjs_of(noun, "by") for a in self.actors.phrase_actors(pobj)]

    def _received_from(self, noun: Token, nc: tuple[str, float] | None, sent: Span,
                       question: bool) -> list[Event] | None:
        """Words or dealings whose doer a "from" phrase names, received by the subject of the clause they are the
        object of ("has orders from Lufthansa", "faces pressure from the US") or the circumstance of ("is under
        pressure from the IMF", "resigned amid criticism from Britain"): from the "from" party to that subject.
        None when NOUN is not so told (its other readings are tried); [] when told so with no coded party."""
        froms = self._prep_objects(noun, ("from",))
        if not froms and noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
            froms = self._prep_objects(noun.head, ("from",))  # "has drawn support from Dole" (hung on the verb)
        if not froms or any(c.dep_ == "poss" for c in noun.children):
            return None
        code = nc[0] if nc is not None and nc[0][:2] in RECEIVED_ROOTS else None
        if code is None and (nc is None or nc[0][:2] not in STANDALONE_NOUN_ROOTS):
            stated = self._stated_noun_coding(noun, nc)
            code = stated.code if stated is not None else next(  # "came under pressure from": the frame's own code
                (p.code or self.res.book.frame_code(p.frame or "", "")
                 for p in self.res.book.get("F", noun.lemma_.lower()) if not p.prep), None)
        if code is None or code[:2] not in RECEIVED_ROOTS:
            return None
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
            receiver = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in RECEIVING_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
            receiver = noun.head.head
        else:
            return None
        sources = [a for pobj in froms for a in self.actors.phrase_actors(pobj)]
        targets = [a for a in self.source_actors(receiver) if a not in sources]
        if not sources or not targets:
            trace(noun.idx, code, "drop:received-no-party")
            return []
        if code[:2] == ANNOUNCED_DEMAND_ROOT and noun.lemma_.lower() in ORDER_NOUNS and all(
                t.code[3:6] == BUSINESS_SECTOR for t in targets):
            code = DEAL_CODE  # "Boeing has orders from Lufthansa": a firm's orders are purchases, not commands
        mod = self.modality(receiver)
        if question:
            mod.reasons.add("question")
        return self._make(code, sources, targets, mod, noun, sent)

    def _stated_noun_coding(self, noun: Token, own: tuple[str, float] | None) -> Coding | None:
        """A noun for words or intents (an offer, a demand, a call, a complaint) told with what it is for:
        "Gorbachev's offer to proceed with a treaty", "the EU demand for Turkey to recognise Cyprus", "an EU
        complaint over US support". Coded as its frame verb would code the complement, else as the noun
        itself; a bare "the offer" refers back to an act told before, and is no event."""
        if own is not None and own[0][:2] not in STATED_NOUN_ROOTS:
            own = None
        patterns = self.res.book.get("F", noun.lemma_.lower())
        if not patterns and own is None:
            return None
        frames = [p for p in patterns if p.frame in STATED_NOUN_FRAMES and not p.prep]
        frames += [p for p in patterns if p.frame in STATED_NOUN_FRAMES and p.prep and self._prep_objects(noun, (p.prep,))]
        if not frames and own is None:
            return None
        clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl") and infinitival(c) and not any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("that", "which", "who") for s in c.children)]
        for prep in noun.children:  # "demand for Turkey to recognise Cyprus": a for-to clause
            if prep.dep_ == "prep" and prep.lower_ == "for":
                clauses.extend(c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.pos_ in ("VERB", "AUX"))
        topics = self._prep_objects(noun, (*STATED_NOUN_PREPS, "for", "of"))
        supported = bool(self._support_recipients(noun))
        if not clauses and not topics and not supported:
            return None  # "the offer", "its demands": what was offered or demanded was told before
        for clause in clauses:
            comp = self.coder.code(clause, 1)
            for pat in frames:
                derived = self.res.book.frame_code(pat.frame or "", comp.code) if comp is not None else None
                if derived:
                    return Coding(derived, noun, 1.5, complement=comp, frame=pat.frame, noun=noun)
        for pobj in topics:  # "a call for talks": an event noun as what is asked for
            topic = self.coder.noun_code(pobj)
            for pat in frames:
                derived = self.res.book.frame_code(pat.frame or "", topic[0]) if topic is not None else None
                if derived:
                    return Coding(derived, noun, 1.5, frame=pat.frame, noun=noun)
        if own is not None:
            return Coding(own[0], noun, own[1], noun=noun)
        for pat in frames:  # "an offer to proceed with a treaty": the frame's own meaning
            code = pat.code or self.res.book.frame_code(pat.frame or "", "")
            if code and (clauses or supported):  # (or "made an offer to the EU": a new act, told to its recipient)
                return Coding(code, noun, 1.0, frame=pat.frame, noun=noun)
        return None

    def _stated_noun_targets(self, stated: Coding, sources: list[Actor]) -> list[Actor]:
        """Whom an offer, demand or complaint is aimed at: the subject of its for-to clause ("for Turkey to
        recognise"), else the recipient of the act it is about ("an offer to hold talks with Seoul")."""
        source_countries = {a.code[:3] for a in sources}
        noun = stated.trigger
        has_clause = any(c.dep_ in ("acl", "advcl") and infinitival(c) for c in noun.children)
        for clause in noun.children:  # "a demand for Japan to apologise" parsed as a clause marked by "for"
            if clause.dep_ in ("acl", "advcl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
                found = [a for subj in clause.children if subj.dep_ in ("nsubj", "nsubjpass")
                         for a in self.actors.phrase_actors(subj) if a.code[:3] not in source_countries]
                if found:
                    return found[:1]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for clause in prep.children:
                    # "for Turkey to recognise Cyprus" (the parser may hang the clause on the noun)
                    # "an EU demand for Turkey to recognise" with the clause hung elsewhere: Turkey is addressed
                    subjects = [clause] if clause.dep_ == "pobj" and (has_clause or self.actors.phrase_actors(
                        clause)) else list(clause.children)
                    for subj in subjects:
                        if subj.dep_ in ("nsubj", "nsubjpass", "pobj"):
                            found = [a for a in self.actors.phrase_actors(subj) if a.code[:3] not in source_countries]
                            if found:
                                return found[:1]
        for topic in self._prep_objects(noun, ("for",)):  # "a call for talks with Turkey": the talks' partner
            if self.coder.noun_code(topic) is not None:
                found = [a for pobj in self._prep_objects(topic, ("with", "to", "on", "against"))
                         for a in self.actors.phrase_actors(pobj) if a.code[:3] not in source_countries]
                if found:
                    return found[:1]
        for pobj in self._prep_objects(noun, STATED_NOUN_PREPS):
            for tok in pobj.subtree:
                actor = self.actors.token_actor(tok.i)
                if actor is not None and actor.code[:3] not in source_countries:
                    return [self._as_named(actor, tok)]
        if stated.complement is not None:
            return [a for a in self.target_actors(stated.complement, sources) if a.code[:3] not in source_countries]
        return []

    def _only_other_party(self, sent: Span, source_countries: set[str]) -> list[Actor]:
        """The actor of the one other country a sentence names, if it names exactly one: whom a measure
        with no named recipient is on."""
        others: dict[str, Actor] = {}
        for tok in sent:
            actor = self.actors.token_actor(tok.i) if tok.ent_type_ else None
            if actor is not None and actor.code[:3] not in source_countries and self._is_state_code(actor.code[:3]):
                others.setdefault(actor.code[:3], actor)
        return list(others.values()) if len(others) == 1 else []

    @staticmethod
    def _imposing_participle(noun: Token) -> Token | None:
        """A past participle telling a measure as put in place: "sanctions imposed earlier this month"."""
        hosts = [noun]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "the removal of sanctions imposed ...": misattached
            hosts.append(noun.head.head)
        return next((c for h in hosts for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
                     and c.lemma_.lower() in IMPOSING_VERBS), None)

    def _denied_of_another(self, noun: Token, verb: Token, parties: list[Actor]) -> bool:
        """Whether a negated VERB denies what its own subject, no party of the act NOUN names in its own phrase,
        does: "This action is not helpful in the context of the U.S.-Canada talks", "Britain did not attend
        the talks between Iran and the EU" (not "Iran's talks with the EU did not take place": their subject)."""
        if noun.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not parties or subjects[0].i <= noun.i <= subjects[0].right_edge.i:
            return False
        doers = {a.code[:3] for a in self.actors.phrase_actors(subjects[0])}
        return not doers & {a.code[:3] for a in parties}

    @staticmethod
    def _authoring_participle(noun: Token) -> Token | None:
        """A participle with a by-agent naming who made the act a noun tells: "The tariffs, announced on
        Friday by President Reagan", "attacks carried out by rebels", "talks hosted by Egypt"."""
        return next((acl for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.i > noun.i
                     and acl.lemma_.lower() in AUTHORING_PARTICIPLES and any(c.dep_ == "agent" for c in acl.children)
                     and not any(c.dep_ == "aux" for c in acl.children)), None)  # not "to be announced by"

    def _hyphenated_pair(self, noun: Token) -> list[Actor]:
        """The two countries a hyphenated modifier of a noun names, in order: "U.S.-Japanese talks", "the
        Israeli-Palestinian summit", "Sino-Soviet talks", "US-North Korea talks"; none unless exactly two."""
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
        if not mods:
            return []
        start = min(t.left_edge.i for t in mods)
        words = self.doc[start:noun.i]
        if not any("-" in t.text[1:] or t.text == "-" for t in words):
            return []  # "the Iranian nuclear talks": one country, whose counterpart is named elsewhere
        found: dict[str, Actor] = {}
        for tok in words:
            parts = tok.text.split("-") if "-" in tok.text[1:] else [tok.text]
            for part in parts:
                actor = self.actors.token_actor(tok.i) if len(parts) == 1 else None
                code = None if actor is not None else COMBINING_FORMS.get(part.lower())
                if actor is None and code is None and part[:1].isupper():
                    code = self.actors.fallback.lookup(part)  # "Sino-Japanese", tagged as one name by NER
                actor = Actor(code) if code else actor
                if actor is not None and (self._is_state_code(actor.code[:3]) or actor.code.startswith("IGO")):
                    found.setdefault(actor.code if actor.code.startswith("IGO") else actor.code[:3], actor)
        return list(found.values()) if len(found) == 2 else []

    def _said_party(self, noun: Token) -> list[Actor]:
        """The teller of talks with a named counterpart, when the talks are the subject of what is told:
        "The Palestinians said talks with Israel had broken down", "Franco said eight hours of talks with
        the minister ended": one side tells of its own talks with the other."""
        if noun.lemma_.lower() not in SAID_TALK_NOUNS or any(c.dep_ == "poss" for c in noun.children):
            return []
        partners = [a for pobj in self._prep_objects(noun, ("with",)) for a in self.actors.phrase_actors(pobj)]
        if not partners:
            return []
        subject = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SPAN_NOUNS:
            subject = noun.head.head  # "eight hours of talks with ..."
        clause = subject.head
        if subject.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or clause.dep_ != "ccomp":
            return []
        if clause.head.lemma_.lower() not in self.res.speech_lemmas:
            return []
        tellers = self.source_actors(clause.head)  # (a union may tell of its talks with its own government)
        return tellers if tellers and not {a.code for a in tellers} & {a.code for a in partners} else []

    def _support_recipients(self, noun: Token) -> list[Actor]:
        """Whom the act a verb of doing's object names is told to: "made an offer to the EU" (the parser hangs
        the to-phrase on the noun or on the verb)."""
        if not self._supported_noun(noun):
            return []
        return [a for host in (noun, noun.head) for o in self._prep_objects(host, ("to",))
                for a in self.actors.phrase_actors(o)]

    @staticmethod
    def _supported_noun(noun: Token) -> bool:
        """Whether NOUN is the object of a verb of doing ("made an offer", "staged a strike"; "an offer was made
        to him by Delors")."""
        return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and (
            noun.head.lemma_.lower() in SUPPORT_VERBS)

    @staticmethod
    def _set_off_on_subject(prep: Token) -> bool:
        """Whether PREP hangs on a clause's subject after a comma: "Nakasone, in Washington for talks with
        Reagan, said" (not "Shareholders at the meeting approved": a restrictive phrase)."""
        subject = prep.head
        return (subject.dep_ in SUBJ_DEPS and subject.pos_ in ("NOUN", "PROPN") and subject.i < prep.i
                and any(c.lower_ == "," and subject.i < c.i < prep.i for c in subject.children))

    def _circumstance_doer(self, noun: Token, code: str = "") -> list[Actor]:
        """Who held the talks or made the visit named in a circumstance of their own act: "Thatcher left Bonn
        after talks with Kohl", "Kohl returned from a visit to Moscow", "following a meeting with Putin, Macron
        said", "Brown has been locked in talks with the G8", "Weizsaecker, on a visit to Argentina, said": the
        subject of the verb the phrase hangs on."""
        verb = self._circumstance_host(noun, code)
        if verb is None:
            return []
        if verb.pos_ in ("NOUN", "PROPN"):
            # "Nakasone, in Washington for talks with Reagan, said": a phrase between commas describing the subject
            return self.actors.phrase_actors(verb)
        if self._is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
            # "Brown has been locked in talks with the G8", "was killed during a visit to Iraq": its subject
            return [a for c in verb.children if c.dep_ in PASSIVE_SUBJ_DEPS for a in self.actors.phrase_actors(c)]
        return self.source_actors(verb)

    def _visited_place(self, noun: Token, code: str, sources: list[Actor]) -> list[Actor]:
        """The country a visit told as a circumstance is made to, when the visit names none: where its clause
        puts the visitor ("Mr Snow, who is in Dublin at the start of a four-nation EU visit": IRL)."""
        verb = self._circumstance_host(noun, code) if code.startswith(VISIT_CODES) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        source_countries = {a.code[:3] for a in sources}
        places = [a for pobj in self._prep_objects(verb, ("in", "to", "into"))
                  for a in [self.actors.place_country(pobj)] if a is not None]
        return [a for a in places if a.code[:3] not in source_countries][:1]

    def _circumstance_host(self, noun: Token, code: str) -> Token | None:
        """The verb (or, for a phrase set off on a subject, that subject) a circumstance naming NOUN hangs on."""
        preps = CIRCUMSTANCE_PREPS | OCCASION_PREPS | (JOURNEY_PREPS if code.startswith(VISIT_CODES) else frozenset())
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and (
                noun.head.head.lemma_.lower() in JOURNEY_VERBS or self._set_off_on_subject(noun.head)):
            preps = preps | {"for"}  # "arrived in Washington for talks with Bush": the traveller holds them
        for _ in range(MAX_CHAIN):
            # "after a day of meetings with Bush", "at the end of three weeks of negotiations with the IMF": the
            # span or its edge stands in the circumstance
            if not (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                    and noun.head.head.lemma_.lower() in SPAN_NOUNS | EDGE_NOUNS):
                break
            noun = noun.head.head
            if noun.lemma_.lower() in EDGE_NOUNS:
                preps = preps | EDGE_PREPS
        if noun.dep_ == "dobj" and noun.head.lower_ == "following" and noun.head.dep_ in ("prep", "acl", "advcl"):
            pass  # "following talks with Blair" parsed as a participle and its object
        elif noun.dep_ != "pobj" or noun.head.lower_ not in preps:
            return None
        verb = noun.head.head
        if verb.lemma_.lower() in RETURN_NOUNS and verb.dep_ == "pobj" and verb.head.lower_ in ARRIVAL_PREPS:
            verb = verb.head.head  # "said on his return from a visit to Japan": the one who came back
        if self._set_off_on_subject(noun.head):
            return verb
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ in OCCASION_PREPS and (
                noun.head.lower_ in CIRCUMSTANCE_PREPS) and not self.actors.is_actor_like(verb):
            verb = verb.head.head  # "At a news conference following talks with Blair, Abbas said": the speaker's
        if verb.pos_ not in ("VERB", "AUX") or (noun.head.lower_ == "at" and verb.lemma_.lower() in POINTING_VERBS):
            return None
        return verb

    @staticmethod
    def _upcoming(noun: Token) -> bool:
        """ "ahead of her visit", "in the run-up to the summit": an act still to come."""
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        return (prep.lower_ == "of" and prep.head.lower_ == "ahead") or (
            prep.lower_ == "to" and prep.head.lower_ in ("run-up", "runup", "lead-up", "build-up", "buildup"))

    def _own_group(self, source: Actor, group: Token) -> Actor | None:
        """An uncoded group a state's measure is aimed at ("a crackdown on protesters"): that state's group."""
        sector = self.actors.fallback.sectors.get(group.lemma_.lower())
        if sector is None or self.actors.phrase_actors(group) or not self._is_state_code(source.code[:3]):
            return None
        return Actor(source.code[:3] + sector)

    def _new_state(self, noun: Token, sent: Span) -> bool:
        """Whether a state noun names a new measure: "new/fresh/tougher sanctions", or one dated in its own
        phrase ("the embargo imposed on Monday" is coded by its verb)."""
        if any(c.dep_ == "amod" and c.lemma_.lower() in NEWNESS_WORDS for c in noun.children):
            return True
        return any(ti >= 0 and sent.start <= ti < sent.end and self._governed_by(ti, noun) for ti in self.date_tokens)

    def _earlier_doer(self, named: list[Actor], root: str) -> Actor | None:
        """An attack noun whose demonym was the victim of an earlier act of force in the article by someone
        else ("the U.S. bombing of targets in Libya" ... "the Libyan bombing"): CAMEO coders read the
        demonym as the target, and the earlier doer as the source."""
        if root not in FORCE_NOUN_ROOTS:
            return None
        countries = {a.code[:3] for a in named}
        if any(ev.source and ev.source[:3] in countries for ev in self.force_events):
            return None  # it used force itself: "an earlier Iranian attack" in a tit-for-tat report
        for ev in reversed(self.force_events):
            if ev.target and ev.source and ev.target[:3] in countries and ev.source[:3] not in countries:
                return Actor(ev.source, ev.source_entity)
        return None

    @staticmethod
    def _under_prospect(noun: Token) -> bool:
        """ "in the event of a strike", "the threat of sanctions": the noun names a possibility."""
        head = noun.head
        return (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PROSPECT_NOUNS)

    def _against_modifier(self, mod: Token) -> bool:
        """ "anti-French demonstrations": the modifier names the target, not the doer."""
        doc = self.doc
        left = {doc[i].lower_ for i in range(max(0, mod.left_edge.i - 2), mod.i)}
        return bool(left & {"anti", "pro", "anti-", "pro-"}) or mod.lower_.startswith(("anti-", "pro-"))

    @staticmethod
    def _governing_verb(tok: Token) -> Token | None:
        cur = tok
        for _ in range(MAX_CHAIN):
            if cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                return cur
        return None

    # -- actors ----------------------------------------------------------------------------------------
    def source_actors(self, pred: Token) -> list[Actor]:
        """The doer: subject, passive agent, or the subject of the clause a to-/and-clause hangs on."""
        cur = pred
        for _ in range(MAX_CHAIN):
            subj = [c for c in cur.children if c.dep_ in SUBJ_DEPS and c.dep_ != "expl"]
            if subj:
                s = subj[0]
                if s.tag_ == "VBG" and s.dep_ == "nsubj":  # "The Red Cross operating in Iraq said": a misparse
                    s = next((c for c in s.children if c.dep_ == "nsubj"), s)
                if s.lower_ in RELATIVE_PRONOUNS and cur.dep_ == "relcl":
                    antecedent = self._relative_antecedent(s, cur)
                    if not self.actors.is_actor_like(antecedent) or self._thing_relative(s, antecedent):
                        return []  # "a speech which will not help him": a thing does nothing
                    # ("the five unions which met Mr Prescott": the story's own unions)
                    return self.actors.phrase_actors(antecedent) or self.actors.story_groups(antecedent)
                by_agents = pobjs_of(s, "by") if self.coder.noun_code(s) else []
                # "the Iraqi bombing by American planes killed ...": the act's doer, not its demonym
                found = self.actors.phrase_actors(by_agents[0]) if by_agents else self.actors.phrase_actors(s)
                if found and len(subj) == 2 and not by_agents and any(c.dep_ == "cc" for c in s.children):
                    # "Labour leader Tony Blair and Tory leader Michael Howard clashed": the parser hangs the
                    # second conjunct on the verb as another subject
                    found += [a for a in self.actors.phrase_actors(subj[1]) if a not in found]
                if not found and not by_agents and s.dep_ == "nsubj" and not self._bare_participle(cur):
                    # "Campaigners welcomed the deal": the story's own people (not "with 23,000 people killed")
                    found = self.actors.story_groups(s)
                pronominal = s.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children)
                if not found and self._names_pair(s):
                    return self._latest_pair(cur)  # "the two sides agreed": the parties of the latest two-sided act
                if not found and self._names_business_pair(s):
                    return self._latest_pair(cur, business=True)  # "the two firms signed": the two firms named most
                if (not found or self._verbal_act(pred)) and self._misattached_conjunct(pred, cur, s):
                    # "Iran said reports ... were baseless, and warned the U.S.": the reporter's act; so are words
                    # after a thing a party owns ("said the Law Lords' ruling was ... and praised their majority")
                    cur = cur.head
                    continue
                if not found and s.pos_ == "PRON" and cur.dep_ == "relcl" and self._statement_content(cur):
                    cur = cur.head.head.head  # "said in a statement it had agreed with ...": the stater's act
                    continue
                if not found and (self.actors.main_clause(cur) if s.pos_ == "PRON" else cur.dep_ != "ccomp"):
                    # "The report said ... It also called on ...": what a main clause's pronoun or a document
                    # stands for (not "Iran's announcement that it had launched": the pronoun of a noun's clause)
                    found = self.actors.referent_actors(s)
                if found or not pronominal or cur.dep_ != "ccomp":
                    return found
                # "Switzerland said it had expelled ...": an unresolved pronoun in a reported clause is
                # taken as the reporting subject (the entity table resolves pronouns when it can).
                cur = cur.head
                continue
            if cur.lemma_.lower() in STATIVE_PASSIVES and not any(c.dep_ == "agent" for c in cur.children):
                subj = [c for c in cur.children if c.dep_ in PASSIVE_SUBJ_DEPS]
                if subj:  # "Israel is opposed to French mediation"
                    return self.actors.phrase_actors(subj[0])
            if any(c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ in ("auxpass", "agent") for c in cur.children):
                for c in cur.children:
                    if c.dep_ == "agent":
                        for pobj in c.children:
                            if pobj.dep_ == "pobj":  # ("was criticised by campaigners": the story's own people)
                                return self.actors.phrase_actors(pobj) or self.actors.story_groups(pobj)
                if self._announced_own_act(cur):
                    cur = cur.head  # "The US has announced that Habib will be released": the US releases him
                    continue
                return []
            if cur.dep_ == "conj" and self._is_passive(cur.head) and not self._shares_passive(cur):
                # "has been indicted by the court and will resign": the passive subject does the second act
                # (not "had been killed or wounded": a bare participle shares the passive, its subject is the victim)
                for c in cur.head.children:
                    if c.dep_ in PASSIVE_SUBJ_DEPS:
                        return self.actors.phrase_actors(c)
            if cur.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp") and cur.head.i != cur.i:
                dep = cur.dep_
                if dep == "advcl" and cur.tag_ == "VBG":
                    dep = "participle"  # "urged his audience to help, saying ...": the one who urged says it
                cur = self._parallel_prep(cur.head) if dep == "pcomp" else cur.head
                if cur.dep_ == "prep" and cur.head.i != cur.i:  # "accused X of playing": pcomp of a preposition
                    cur = cur.head
                if dep in ("xcomp", "pcomp", "advcl") and self._controls_object(cur):
                    for c in cur.children:  # "urged Pakistan to engage", "accused the country of playing"
                        if c.dep_ in ("dobj", "dative"):
                            return self.actors.phrase_actors(c)
                    for c in cur.children:  # "was accused of criticising", "was urged to engage": the one asked
                        if c.dep_ in PASSIVE_SUBJ_DEPS:
                            return self.actors.phrase_actors(c)
                if dep == "xcomp" and self._is_passive(cur) and not any(c.dep_ == "agent" for c in cur.children):
                    # "American Medical is expected to resist the bid", "was said to have attacked": the one
                    # expected or said to act does it (not "arms that could be used by China to threaten": the agent)
                    for c in cur.children:
                        if c.dep_ in PASSIVE_SUBJ_DEPS:
                            return self.actors.phrase_actors(c) or self.actors.referent_actors(c)
                continue
            if cur.dep_ in ("acl", "relcl") and cur.head.i != cur.i:  # "a delegation hoping to ..."
                if cur.tag_ == "VBN" and self._root_noun_verb(cur):
                    # "About 300 fans protested outside the ground.": a sentence with no verb but this one,
                    # hung on its subject as a participle; a bare group there is the doer
                    return self.actors.story_groups(cur.head)
                if cur.tag_ == "VBN":  # "the cash offered Central America": the noun is no doer
                    return []
                if self._ranked_doer(cur):
                    cur = cur.head.head  # "Standard Life is the latest shareholder to express concern": its subject
                    continue
                found = self.actors.phrase_actors(cur.head)
                if not found and cur.dep_ == "acl" and self._root_noun_verb(cur):
                    # "Fans protesting outside the ground." (the verb hung on its subject as a clause)
                    found = self.actors.story_groups(cur.head)
                if not found and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in self.actors.documents:
                    found = self.actors.referent_actors(cur.head)  # "A report by the committee called for ..."
                # (a subjectless to-clause the parser hung as a relative clause on a thing is one too: "has made a
                # fresh approach to buy Manchester United"; not on a person: "challenged Mr Brown to deny")
                to_clause = infinitival(cur) and not self.actors.is_actor_like(cur.head)
                if found or not (cur.dep_ == "acl" or to_clause) or cur.head.dep_ != "dobj":
                    return found
                cur = cur.head.head  # "the rebels issued a declaration demanding ...": the issuer
                continue
            return []
        return []

    def _statement_content(self, clause: Token) -> bool:
        """A clause with a pronoun subject the parser hung as a relative clause on the document of a speech verb
        ("Neste said in a statement it had agreed with Canadian firms"): what the statement says."""
        noun = clause.head
        return (noun.lemma_.lower() in self.actors.documents and noun.dep_ == "pobj" and noun.head.lower_ == "in"
                and noun.head.head.lemma_.lower() in self.res.speech_lemmas and noun.head.head.i < noun.i)

    @staticmethod
    def _root_noun_verb(clause: Token) -> bool:
        """A clause the parser hung on the noun heading a whole written sentence (one ending in a full stop,
        not a headline), with no passive agent: "About 300 fans protested outside the ground." is a finite verb
        and its subject."""
        noun = clause.head
        sent = clause.sent
        return (noun.dep_ == "ROOT" and noun.pos_ == "NOUN" and clause.dep_ == "acl" and clause.i > noun.i
                and sent[-1].text in (".", "!") and not any(c.dep_ == "agent" for c in clause.children))

    @staticmethod
    def _bare_participle(verb: Token) -> bool:
        """A participle with no auxiliary ("with at least 23,000 people killed"): its subject is no doer."""
        return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)

    @staticmethod
    def _ranked_doer(clause: Token) -> bool:
        """A to-clause on a ranked predicate noun names what the copula's subject did: "Japan is the latest
        country to impose sanctions", "Britain became the first state to recognise ..."."""
        noun = clause.head
        return (clause.dep_ in ("acl", "relcl") and infinitival(clause) and noun.dep_ == "attr"
                and any(c.lower_ in ORDINAL_WORDS for c in noun.children if c.dep_ == "amod")
                and any(c.dep_ in SUBJ_DEPS for c in noun.head.children))

    def _names_pair(self, subject: Token) -> bool:
        """ "the two sides", "both countries", "the two governments": the two parties told before."""
        return subject.lemma_.lower() in PAIR_NOUNS and counted_as_two(subject)

    def _names_business_pair(self, subject: Token) -> bool:
        """ "the two companies", "both firms", "the two banks": a counted plural of a business word of the role
        dictionary (roles.tsv rows of sector BUS)."""
        if not counted_as_two(subject):
            return False
        role = actor_dictionary(self.ctx.resources).roles.get(subject.lemma_.lower())
        return role is not None and role.sector == BUSINESS_SECTOR

    def _latest_pair(self, clause: Token, business: bool = False) -> list[Actor]:
        """The two countries or organisations named most often before the clause (the article's two sides, not
        a forum they turned to); the side of the one reporting it first ("Mandelson said the two sides had
        agreed": the EU's agreement). With BUSINESS, the two firms named most ("the two companies signed")."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        best: dict[str, tuple[int, Actor]] = {}  # side -> (mentions, its most named entity)
        for ent in self.ctx.entities.entities:
            if business:
                if not ent.actor or ent.actor[3:6] != BUSINESS_SECTOR:
                    continue  # the two firms, each a side of its own even when of one country
            elif not ent.actor or (ent.actor[:3] not in NON_COUNTRY_PREFIXES and ent.actor[3:6] not in STATE_SECTORS):
                continue  # the sides are states and organisations, not a country's parties, firms or media
            side = str(ent.id) if business else ent.actor if ent.actor[:3] in NON_COUNTRY_PREFIXES else ent.actor[:3]
            before = [m for m in ent.mentions if m[0] < clause.idx]  # "relations between Egypt and Israel, the two"
            if not before:
                continue
            counts[side] = counts.get(side, 0) + len(before)
            first[side] = min(first.get(side, before[0][0]), min(m[0] for m in before))
            if len(before) > best.get(side, (0, None))[0]:
                best[side] = (len(before), Actor(ent.actor, ent.id))
        sides = sorted(counts, key=lambda k: (-counts[k], first[k]))[:2]
        if len(sides) < 2:
            return []
        pair = [best[k][1] for k in sides]
        reporter = clause.head if clause.dep_ == "ccomp" and clause.head.i != clause.i else None
        if reporter is not None and reporter.lemma_.lower() in self.res.speech_lemmas:
            reporting = {a.code[:3] for a in self.source_actors(reporter)}
            pair.sort(key=lambda a: a.code[:3] not in reporting)
        return pair

    def _verbal_act(self, pred: Token) -> bool:
        """Whether PRED is an act done with words (a statement, appeal, approval, criticism, rejection, threat):
        what a reporter goes on to do, unlike force ("said the bombing killed one soldier and wounded two")."""
        lemma = pred.lemma_.lower()
        return lemma in self.res.speech_lemmas or any(
            (p.code or "")[:2] in REPORTER_ACT_ROOTS for kind in ("V", "F") for p in self.res.book.get(kind, lemma))

    def _misattached_conjunct(self, pred: Token, clause: Token, subject: Token) -> bool:
        """A verb the parser conjoined to a reported clause about a thing ("said reports ... were baseless, and
        warned the U.S."): the reporter's second act, not the thing's."""
        # (only when the reporter comes first: in "a bombing killed one soldier and wounded two others, the military
        # said" the second verb is the bombing's)
        return (pred.dep_ == "conj" and pred.head.i == clause.i and clause.dep_ == "ccomp" and pred.pos_ == "VERB"
                and clause.head.i < clause.i
                and clause.head.lemma_.lower() in self.res.speech_lemmas
                and (not self.actors.is_actor_like(subject) or is_act_noun(subject)))

    @staticmethod
    def _shares_passive(conjunct: Token) -> bool:
        """ "had been killed or wounded": a participle with no auxiliary of its own shares the passive."""
        return conjunct.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children)

    @staticmethod
    def _parallel_prep(prep: Token) -> Token:
        """ "accused Israel of attacking its ships and of killing its scientists": a repeated preposition the
        parser hung as a conjunct of a noun stands for the first one on the verb."""
        if prep.dep_ != "conj" or prep.pos_ != "ADP":
            return prep
        for tok in reversed(prep.doc[prep.sent.start:prep.i]):
            if tok.lower_ == prep.lower_ and tok.dep_ == "prep":
                return tok
        return prep

    def _thing_relative(self, pronoun: Token, antecedent: Token) -> bool:
        """ "a speech to Labour delegates which will not help him": "which" on a noun for people is a
        misattached relative clause of a thing (organisations and countries do take "which")."""
        if pronoun.lower_ != "which" or antecedent.tag_ != "NNS" or antecedent.ent_type_:
            return False
        return self.actors.fallback.sectors.get(antecedent.lemma_.lower()) not in INSTITUTION_SECTORS

    def _controls_object(self, verb: Token) -> bool:
        """Verbs whose object does the complement's act: urge/ask/order X to, accuse/blame X of."""
        fp = self.coder.frame_pattern(verb)
        return (fp is not None and fp.frame in OBJECT_CONTROL_FRAMES) or verb.lemma_.lower() in OBJECT_CONTROL_VERBS

    @staticmethod
    def _is_passive(tok: Token) -> bool:
        return any(c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ == "auxpass" for c in tok.children)

    @staticmethod
    def _addressees(verb: Token) -> list[Token]:
        """Heads of who an appeal or demand is made to: "called on the DTI to", "urged Japan to", "appealed to
        the UN to"."""
        if verb.pos_ != "VERB" or not any(c.dep_ in ("xcomp", "ccomp") and infinitival(c) for c in verb.children):
            return []  # only with the act asked for ("called on X to ..."): "called for talks" names no one
        return [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "to")
            for p in prep.children if p.dep_ == "pobj"]

    def target_actors(self, coding: Coding, sources: list[Actor]) -> list[Actor]:
        """The recipient: the first candidate phrase naming an actor of another country than the source;
        failing that, the first naming any other actor (domestic events: "Sudan's government lifted the
        state of emergency in Darfur"). "Syria offered its troops to Lebanon" -> LBN, not SYRMIL."""
        source_set = set(sources)
        source_countries = {a.code[:3] for a in sources}
        source_codes = {a.code for a in sources}
        own_countries = {a.code[:3] for a in sources if len(a.code) > 3}
        fallback: list[Actor] = []

        def named_recipients(tok: Token) -> list[Actor]:
            # (another mention coded as the source itself, "the Security Council ... UNIFIL", is no recipient)
            # (nor is the bare country of a sector doer: "Kerry renewed the American call" is no USAGOV->USA)
            # (a person the dictionaries place in the country only, "Lord Scarman" GBR, is a party all the same)
            return [a for a in self.actors.phrase_actors(tok) if a not in source_set
                    and (a.code not in source_codes or self._other_named_party(a, tok, coding, sources))
                    and not (len(a.code) == 3 and a.code in own_countries and not self._person(a))]

        if coding.code[:2] in ADDRESSED_ROOTS:
            # "MPs are calling on the DTI to block any takeover by the US magnate": the one called on, of any
            # country, before a party of the act asked for; "urged Europe and the US to ...": each one asked
            addressees = self._addressees(coding.trigger)
            addressed = [a for tok in addressees for a in named_recipients(tok)]
            if not addressed:  # "Mr Kennedy urged students to make their mark": the story's own people
                addressed = [g for tok in addressees for g in self.actors.story_groups(tok) if g not in source_set]
            if addressed:
                return list(dict.fromkeys(addressed))
        story_home = self._story_home_country(coding, sources)
        regional: list[Actor] = []
        for tok in self._target_candidates(coding, depth=0):
            if coding.code[:2] == CONSULT_ROOT and tok.dep_ == "dobj" and tok.head.i == coding.trigger.i and (
                    not self.actors.is_actor_like(tok)):
                continue  # "discussed ONGC's plans during a trip to Moscow": the topic's owner is not the partner
            home = self.actors.bare_home_institution(tok, story_home) if story_home else None
            if home is not None and home not in source_set:
                trace(tok.idx, coding.code, f"story-home {home.code}")
                return [home]  # "Dr Williams has since criticised the government": his own country's
            found = named_recipients(tok)
            if not found:  # "shunned opponents' calls", "turned down union demands": the bare group whose act it is
                found = [g for p in tok.children if p.dep_ == "poss" or (p.dep_ == "compound" and (
                    tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ == "with"))
                         for g in self.actors.story_groups(p) if g.code not in source_codes]
            if not found:
                continue
            if all(a.code[:3] in REGION_ROOTS for a in found):
                # a continent is mostly what is talked of, not to whom: "discussed the Middle East with Palestinian
                # officials", "criticised the Conservatives stance on Europe"; it is the recipient only when no
                # other candidate names one ("accused the West of intransigence")
                regional = regional or found
                continue
            foreign = [a for a in found if a.code[:3] not in source_countries]
            if foreign:
                return foreign
            if not fallback:
                fallback = found
        if not fallback and regional:
            return regional
        if not fallback and coding.code[:2] in OWNED_OBJECT_ROOTS:
            owner = self._owner_told_before(coding, source_countries)
            if owner is not None:  # "an Iranian oil platform ... four U.S. destroyers attacked the platform" -> IRN
                return [owner]
        if not fallback and coding.code[:2] in ("18", "19", "20") and any(
                o.lemma_.lower() in CIVILIAN_NOUNS or self._ethnic_group(o) for o in object_heads(coding.trigger)):
            # "suicide bombers killed 23 people ... in Tel Aviv": the civilians of the place
            hosts = [coding.trigger, *(c for c in coding.trigger.children if c.dep_ == "advcl")]
            for place in self._anonymous_places(hosts):
                if place.code[:3] not in source_countries:
                    return [Actor(place.code[:3] + "CVL")]
        if not fallback and coding.code[:2] in MEASURE_ROOTS:
            aimed = self._measure_aim_told_before(coding, source_countries)
            if aimed is not None:  # "the EU's ban on arms exports to China ... pledged to work towards lifting the ban"
                return [aimed]
        if not fallback and coding.code[:2] == DISAPPROVE_ROOT:
            doer = self._doer_of_denounced_act(coding, source_countries)
            if doer is not None:  # "Iran seized seven boats ... Kuwait condemned the detentions" -> IRN
                return [doer]
        if not fallback and coding.code == DENIAL_CODE:
            accuser = self._author_of_claims(coding, sources)
            if accuser is not None:  # "Labour said there was evidence ... Eggar dismissed the claims" -> Labour
                return [accuser]
        if not fallback and coding.code[:2] in AUTHOR_TARGET_ROOTS:
            # "Blair has backed the control orders" -> their author; "was not satisfied with the cuts"
            for obj in [*object_heads(coding.trigger), *self._prep_objects(coding.trigger, STANCE_OBJECT_PREPS)]:
                author = self.actors.act_author(obj, next(iter(source_countries)) if len(source_countries) == 1 else "")
                if author is not None and author.code not in source_codes and (
                        len(author.code) > 3 or author.code not in source_countries):
                    return [author]  # (a bare country only as another side: "Iran demanded ... Britain rejected")
        if not fallback and coding.code[:2] in HOME_JUDGEMENT_ROOTS:
            home = self._home_institution(coding, sources)
            if home is not None:  # "Mr Letwin accused the chancellor": the speaker's own country's
                return [home]
        if not fallback and coding.code[:2] == REJECT_ROOT:
            offerer = self._offerer_told_before(coding, source_countries)
            if offerer is not None:  # "the Paris Club offered to freeze debts ... India rejected international aid"
                return [offerer]
        if not fallback and coding.code == ENDORSE_CODE:
            author = self._author_of_move(coding, source_countries)
            if author is not None:  # "the WTO is to hold talks with Iraq ... Iraq's minister welcomed the move"
                return [author]
        if not fallback and coding.code[:2] in CONTENT_TARGET_ROOTS:
            inner = self._content_target(coding, source_countries, source_codes)
            if inner is not None:  # "rejected a call for its forces to be deployed in East Timor" -> TLS
                return [inner]
        if not fallback and coding.code[:2] in GROUP_TARGET_ROOTS and sources:
            group = self._group_target(coding, sources)
            if group is not None:
                return [group]
        if not fallback and coding.code[:2] in COOPERATIVE_ROOTS and sources:
            aimed_at = self._purpose_recipient(coding.trigger, source_countries)
            if aimed_at is not None:  # "lifted a trade ban to reward Tripoli" -> LBY
                return [aimed_at]
        if not fallback and coding.code[:2] == REDUCE_RELATIONS_ROOT and sources:
            # "pulled out of a contract to rebuild Iraq's transport system" -> IRQ: whom the engagement was for
            aimed_at = self._purpose_recipient(coding.trigger, source_countries, coding.target_hints)
            if aimed_at is not None:
                return [aimed_at]
        if not fallback and coding.code[:2] in PURPOSE_RECIPIENT_ROOTS and sources:
            for clause in coding.trigger.children:  # "opened the bridge to allow the delivery of grain to Afghanistan"
                aim = self.coder.code(clause) if clause.dep_ == "advcl" and infinitival(clause) else None
                if aim is not None and aim.code[:2] in PURPOSE_RECIPIENT_ROOTS:
                    found = [a for a in self._target_candidates_actors(aim) if a.code[:3] not in source_countries]
                    if found:
                        return found[:1]
        if not fallback and coding.code[:2] in FORCE_NOUN_ROOTS and sources:
            aimed = self._purpose_object(coding.trigger, sources)
            if aimed is not None:  # "opened fire to disperse Kashmiri protesters": fired on the protesters
                return [aimed]
        if not fallback and coding.code[:2] == PROTEST_ROOT and sources:
            authority = self._protest_authority(coding, sources)
            if authority is not None:
                return [authority]
        if coding.code.startswith(RETREAT_CODE) and all(a.code[:3] in source_countries for a in fallback):
            # (its own troops are what it withdraws, not whom from: "withdrew its troops" is no ESP->ESPMIL)
            host = self._stationed_in(coding.trigger, source_countries)
            if host is not None:  # "the Netherlands, which has troops in Iraq, announced its withdrawal" -> IRQ
                return [host]
        if not fallback and coding.code[:2] in DOMESTIC_TARGET_ROOTS:
            place = self._place_target(coding)  # "lifted a state of emergency in West Darfur" -> SDN
            if place is not None and place not in source_set:
                return [place]
            if coding.code.startswith(DOMESTIC_MEASURE_CODES):
                # a curfew, state of emergency or martial law is imposed on (or lifted for) one's own country
                return [Actor(s.code[:3]) for s in sources[:1] if len(s.code) > 3]
        if not fallback and coding.code.startswith(VISIT_CODES) and coding.trigger.dep_ in ("advcl", "xcomp") and (
                coding.trigger.head.lemma_.lower() == "be"):
            # "Mr Straw was in India visiting the Golden Temple": the country the visitor was in
            for pobj in self._prep_objects(coding.trigger.head, ("in",)):
                found = [a for a in self.actors.phrase_actors(pobj) if a.code[:3] not in source_countries]
                if found:
                    return found[:1]
        if not fallback and len(source_countries) == 1:  # (conjoined doers pair up with each other below)
            nearest = self._nearest_foreign_in_act(coding, source_countries)
            if nearest is not None:  # "agreed to pay 30% more for gas supplied by Turkmenistan" -> TKM
                return [nearest]
        return fallback

    def _other_named_party(self, actor: Actor, tok: Token, coding: Coding, sources: list[Actor]) -> bool:
        """A recipient with the doer's own code is another party when both are named entities of their own:
        "Toyota signed a deal with its Japanese rival Honda" (JPNBUS -> JPNBUS), two firms, two ministries;
        a bare country, a pronoun or an unnamed mention ("the government") may be the doer itself, and the bodies
        of one international organisation are that organisation ("the Security Council ... UNIFIL")."""
        if len(actor.code) <= 3 or actor.code.startswith(("IGO", "NGO")) or any(s.entity_id is None for s in sources):
            return False
        answered = coding.code[:2] in ANSWERING_ROOTS and tok.i != coding.trigger.i
        if self.coder.noun_code(tok) is not None and not answered:
            return False  # "renewed the threat of a White House veto": the name on an act noun is its author
        # (but the author of an act answered is the other side: "USAir rejected TWA's offer")
        source_ids = {s.entity_id for s in sources}
        if self.actors.names_two_people(tok) and actor.entity_id not in source_ids:
            self.other_parties.add((coding.trigger.i, actor))
            return True  # "Liam Fox likened the two men to schoolboys": two persons named before, not the doer
        name_deps = ("compound", "appos", "flat", "poss") if answered else ("compound", "appos", "flat")
        names = [t for t in (tok, *tok.children) if t.pos_ == "PROPN" and t.dep_ in name_deps
                 or t.i == tok.i and t.pos_ == "PROPN"]
        for name in names:
            ent = self.actors.table.at_token(name.i)
            if ent is not None and ent.id not in source_ids and ent.type in NAMED_PARTY_TYPES and (
                    actor.entity_id in (None, ent.id)):
                self.other_parties.add((coding.trigger.i, actor))
                return True
        return False

    @staticmethod
    def _story_home_country(coding: Coding, sources: list[Actor]) -> str:
        """The country whose bare institutions a judgement or appeal names: that of a doer of one country who
        is no state organ (a churchman, an MP, a campaign group: "criticised the government", "called on
        ministers"); a government's own judgements may well be of another country's government."""
        if coding.code[:2] not in HOME_JUDGEMENT_ROOTS or not sources:
            return ""
        countries = {s.code[:3] for s in sources}
        if len(countries) != 1 or any(s.code[3:6] in STATE_ORGAN_SECTORS for s in sources):
            return ""
        country = next(iter(countries))
        return "" if country in NON_COUNTRY_PREFIXES else country

    def _home_institution(self, coding: Coding, sources: list[Actor]) -> Actor | None:
        """A national institution named bare as the one judged or appealed to ("called on the prime minister",
        "accused the chancellor", "opposed government plans"): the doer's own country's."""
        countries = {s.code[:3] for s in sources}
        if len(countries) != 1 or next(iter(countries)).startswith("IGO"):
            return None
        country = next(iter(countries))
        source_codes = {s.code for s in sources}
        objects = [*object_heads(coding.trigger), *(c for c in coding.trigger.children if c.dep_ in TARGET_DEPS)]
        for tok in [*coding.target_hints, *objects,
                    *self._prep_objects(coding.trigger, ("on", "upon", "to", "against", "with")),
                    # "expressed misgivings about government plans"
                    *(p for o in objects for p in self._prep_objects(o, ("about", "over", "of", "on")))]:
            home = self.actors.home_institution(tok, country)
            if home is not None and home.code not in source_codes:
                return home
        return None

    def _nearest_foreign_in_act(self, coding: Coding, source_countries: set[str]) -> Actor | None:
        """The actor of another country named closest (in the tree) inside what the act is done to or about:
        the trigger's (or its noun's) dependents other than its doers, walked breadth first. A last resort
        when no phrase in a recipient's position names one."""
        starts = [coding.trigger, *([coding.noun] if coding.noun is not None else [])]
        if any(self.actors.is_actor_like(o) for o in object_heads(coding.trigger)):
            return None  # the act has its own recipient, though one with no code ("accused Titan of ...")
        seen = {t.i for t in starts}
        start_ids = set(seen)
        frontier = [c for t in starts for c in t.children if c.dep_ not in DOER_DEPS]
        # (a place where it happens is no counterpart: "gather for a summit in Hong Kong"; what partners agree
        # is an opinion, not whom they agree with: "agreed that the UN should monitor the ceasefire")
        opinion = coding.code[:2] in COOPERATIVE_ROOTS
        for _ in range(DEEP_TARGET_LEVELS):
            found = []
            nxt = []
            for tok in frontier:
                if tok.i in seen:
                    continue
                seen.add(tok.i)
                if is_currency(tok.head) and tok.dep_ in ("compound", "amod", "nmod"):
                    continue  # "bought two billion U.S. dlrs": which money, not whom it was bought from
                actor = self.actors.token_actor(tok.i)
                if actor is not None and actor.code[:3] not in source_countries:
                    found.append(actor)
                if (tok.dep_ == "prep" and tok.lemma_.lower() in LOCATIVE_PREPS and tok.head.i in start_ids) or tok.dep_ in SIDE_CLAUSE_DEPS or (
                        tok.dep_ == "prep" and tok.lower_ in ("in", "at") and tok.head.lemma_.lower() in GATHERING_NOUNS) or (
                        opinion and tok.dep_ == "ccomp" and tok.head.i == coding.trigger.i) or (
                        tok.dep_ == "prep" and tok.lemma_.lower() in SETTING_PREPS):
                    continue
                nxt.extend(c for c in tok.children if c.dep_ not in SCENE_DEPS)
            if found:
                return found[0]
            frontier = nxt
        return None

    def _doer_of_denounced_act(self, coding: Coding, source_countries: set[str]) -> Actor | None:
        """A definite act noun denounced with no doer named ("condemned the attack", "deplored the arrests"):
        the doer of the latest act of that kind told before, of another country than the denouncer."""
        for obj in object_heads(coding.trigger):
            nc = self.coder.noun_code(obj)
            if nc is None or nc[0][:2] not in DENOUNCED_ACT_ROOTS or self.actors.phrase_actors(obj):
                continue
            if not has_det(obj, ("the", "these", "this", "those", "such")):
                continue  # "condemned attacks on civilians": any such act, not one told before
            kind = nc[0][:2]
            told = sorted([ev for _, ev in self.recent] + self.force_events, key=lambda e: e.trigger[0])
            for ev in reversed(told):
                if ev.trigger[0] >= coding.trigger.idx or not ev.source or ev.negated or ev.hypothetical:
                    continue
                same_kind = ev.root == kind or (kind in FORCE_NOUN_ROOTS and ev.root in FORCE_NOUN_ROOTS)
                if same_kind and ev.source[:3] not in source_countries:
                    return Actor(ev.source, ev.source_entity)
        return None

    def _stationed_in(self, pred: Token, source_countries: set[str]) -> Actor | None:
        """The country a withdrawing doer's troops are in, told in its subject ("X, which has troops
        operating in Iraq, ...") or its own phrase: the one withdrawn from."""
        for subj in [*(c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), *object_heads(pred)]:
            for troops in subj.subtree:
                if troops.lemma_.lower() not in TROOP_NOUNS:
                    continue
                for tok in troops.subtree:
                    actor = self.actors.place_country(tok) if tok.ent_type_ in PLACE_ENT_TYPES else None
                    if actor is not None and actor.code[:3] not in source_countries:
                        return actor
        return None

    def _author_of_move(self, coding: Coding, source_countries: set[str]) -> Actor | None:
        """ "welcomed the move/decision" with no author named: the doer of the latest act told before, of
        another country than the one welcoming it."""
        if not any(o.lemma_.lower() in MOVE_NOUNS and not self.actors.phrase_actors(o)
                   and has_det(o, ("the", "this", "that")) for o in object_heads(coding.trigger)):
            return None
        for _, ev in reversed(self.recent):
            if ev.trigger[0] < coding.trigger.idx and ev.source and ev.source[:3] not in source_countries:
                return Actor(ev.source, ev.source_entity)
        return None

    def _offerer_told_before(self, coding: Coding, source_countries: set[str]) -> Actor | None:
        """Rejecting what is offered (aid, an offer, a freeze, a proposal) with no party named: the doer of the latest
        offer or aid (roots 03, 07) told before by another country."""
        if not any(o.lemma_.lower() in OFFERED_NOUNS and not self.actors.phrase_actors(o)
                   for o in object_heads(coding.trigger)):
            return None
        for _, ev in reversed(self.recent):
            if ev.trigger[0] < coding.trigger.idx and ev.source and ev.root in OFFER_ROOTS and (
                    ev.source[:3] not in source_countries):
                return Actor(ev.source, ev.source_entity)
        return None

    def _target_candidates_actors(self, coding: Coding) -> list[Actor]:
        """The actors named by a coding's own recipient phrases (no fallbacks)."""
        for tok in self._target_candidates(coding, depth=1):
            found = self.actors.phrase_actors(tok)
            if found:
                return found
        return []

    def _purpose_recipient(self, pred: Token, source_countries: set[str], hints: Sequence[Token] = ()) -> Actor | None:
        """The party a cooperative act is meant for, named in its purpose clause: "lifted a trade ban to reward
        Tripoli", "proposed a meeting to improve relations with North Korea"."""
        # the parser often hangs the clause on the object: "lifted [a trade ban to reward Tripoli]"
        patterns = self.res.book.get("V", pred.lemma_.lower())
        measures = [o for o in (*object_heads(pred), *hints) if self.coder.noun_code(o) is not None
                    or any(o.lemma_.lower() in p.objects for p in patterns)]  # a deal, a ban; not "efforts"
        clauses = [c for c in pred.children if c.dep_ == "advcl"] + [
            c for o in measures for c in o.children if c.dep_ in ("acl", "relcl", "advcl")]
        for clause in clauses:
            if not infinitival(clause):
                continue
            # "a deal for Indian firms to take part": the ones it is for
            beneficiaries = [s for s in clause.children if s.dep_ == "nsubj" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)]
            for tok in (*beneficiaries, *self._target_candidates(Coding("", clause, 0.0), depth=1)):
                found = [a for a in self.actors.phrase_actors(tok) if a.code[:3] not in source_countries]
                if found:
                    return found[0]
        return None

    def _purpose_object(self, pred: Token, sources: list[Actor]) -> Actor | None:
        """The one a done act of force was aimed at, named as the object of its purpose clause ("police
        opened fire to disperse demonstrators"): its actor, else a group of the place or the doer's country."""
        source_codes = {s.code for s in sources}
        for clause in pred.children:
            if clause.dep_ != "advcl" or not infinitival(clause):
                continue
            aim = self.coder.code(clause)
            if aim is None or aim.code[:2] not in COERCIVE_ROOTS:
                continue  # "opened fire to protect the governor": no aim at the governor
            for obj in object_heads(clause):
                found = [a for a in self.actors.phrase_actors(obj) if a.code not in source_codes]
                if found:
                    return found[0]
                sector = self.actors.fallback.sectors.get(obj.lemma_.lower())
                if sector is None:
                    continue
                place = next(self._anonymous_places([pred, clause]), None)
                country = place.code[:3] if place is not None else sources[0].code[:3]
                if self._is_state_code(country):
                    return Actor(country + sector)
        return None

    def _protest_authority(self, coding: Coding, sources: list[Actor]) -> Actor | None:
        """Whom a protest with no named target is against: the first actor named inside what it protests or
        demands ("to protest against Sweden's decision", "in protest of the Russian government's refusal", "in
        defiance of Chinese authorities", "against violations by the Israeli military"), else the government
        of the place where it happened ("demonstrated in Serbia"), else the protesters' own government."""
        source_codes = {s.code for s in sources}
        for host in self._protest_contents(coding):
            for tok in host.subtree:
                actor = self.actors.token_actor(tok.i)
                if actor is not None and tok.dep_ in ("amod", "compound", "nmod"):
                    actor = self.actors.np_actor(tok.head) or actor  # "Algerian government forces": DZAMIL
                if actor is None or actor.code in source_codes or actor.code.endswith(MEDIA_SECTORS):
                    continue
                return self._as_named(actor, tok)
        place = self._place_target(coding) or next(self._anonymous_places([coding.trigger]), None)
        if place is not None and self._is_state_code(place.code[:3]):
            return Actor(place.code[:3] + "GOV")
        own = sources[0].code
        if len(own) > 3 and own[3:6] != "GOV" and self._is_state_code(own[:3]):
            return Actor(own[:3] + "GOV")
        return None

    @staticmethod
    def _as_named(actor: Actor, tok: Token) -> Actor:
        """ACTOR as TOK names it: a place names its country ("demonstrated against Serbia"), a group itself."""
        return Actor(actor.code[:3] if tok.ent_type_ in PLACE_ENT_TYPES else actor.code, actor.entity_id)

    @staticmethod
    def _is_state_code(code: str) -> bool:
        return len(code) == 3 and code.isalpha() and code.isupper() and code not in NON_COUNTRY_PREFIXES

    def _protest_contents(self, coding: Coding) -> list[Token]:
        """Phrases stating what a protest is against, whose whole subtree may name the one opposed: its
        purpose clause, "in protest of/in defiance of" phrases, "against/over" phrases of the act or its noun,
        participles of demand on its noun ("a demonstration calling for the removal of ...")."""
        pred = coding.trigger
        nouns = [n for n in (*object_heads(pred), *([coding.noun] if coding.noun is not None else [])) if n is not pred]
        out = [c for c in pred.children if c.dep_ in ("advcl", "xcomp") and (
            infinitival(c) or c.lemma_.lower() in PROTEST_PURPOSE_VERBS)]
        participles = [c for c in pred.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        for host in (pred, *nouns, *participles):
            out.extend(a for a in host.children if a.dep_ in ("acl", "relcl") and (
                a.lemma_.lower() in PROTEST_PURPOSE_VERBS or infinitival(a)))
            # "joining thousands of demonstrators in demanding a referendum on independence from Indonesian rule"
            out.extend(c for p in host.children if p.dep_ == "prep" and p.lower_ == "in"
                       for c in p.children if c.dep_ == "pcomp" and c.lemma_.lower() in PROTEST_PURPOSE_VERBS)
            out.extend(p for p in self._prep_objects(host, ("in",)) if p.lemma_.lower() in PROTEST_CAUSE_NOUNS)
            out.extend(self._prep_objects(host, ("against", "over")))
        return out

    def _ethnic_group(self, tok: Token) -> bool:
        """ "three ethnic Albanians": civilians of the place, whatever state bears their name."""
        return tok.i > 0 and self.doc[tok.i - 1].lower_ == "ethnic"

    def _content_target(self, coding: Coding, source_countries: set[str], source_codes: set[str]) -> Actor | None:
        """The first actor of another country named inside what is rejected, demanded or denounced (its
        object's phrase, in text order): "rejected an invitation to a meeting of Palestinian factions"."""
        # "not satisfied the mechanisms in the EU code of conduct are robust": the subject of what is judged
        judged = [s for c in coding.trigger.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJ_DEPS]
        # (and what a prepositional frame is about: "insisted on its demands that Burundi's government ...")
        domestic: Actor | None = None
        for obj in [*object_heads(coding.trigger)[:2], *judged[:1], *coding.target_hints[:1]]:
            for tok in obj.subtree:
                if tok.i == obj.i:
                    continue
                actor = self.actors.token_actor(tok.i)
                if actor is not None and actor.code[:3] not in source_countries:
                    return self._as_named(actor, tok)
                if domestic is None and actor is not None and actor.code not in source_codes and len(actor.code) > 3:
                    domestic = self._as_named(actor, tok)  # "rebels insisted ... that Burundi's government grant"
        return domestic

    def _group_target(self, coding: Coding, sources: list[Actor]) -> Actor | None:
        """An uncoded group as the object of a conflictual act ("accused Darfur rebels of ...", "police
        arrested protesters"): a group of the place where it happened, else of the doer's country."""
        pred = coding.trigger
        heads = [c for c in pred.children if c.dep_ in TARGET_DEPS or c.dep_ in PASSIVE_SUBJ_DEPS]
        heads.extend(object_heads(pred))
        # "prevented the demonstration staged by students": an act's object that is an event names its doers
        heads.extend(agent for h in list(heads) if self.coder.noun_code(h) is not None
                     for host in (h, *(a for a in h.children if a.dep_ == "acl" and a.tag_ == "VBN"))
                     for agent in self._prep_objects(host, ("by",)) + [o for c in host.children if c.dep_ == "agent"
                                                                       for o in c.children if o.dep_ == "pobj"])
        for tok in heads:
            lemma = tok.lemma_.lower()
            sector = self.actors.fallback.sectors.get(lemma)
            if sector is None or self.actors.phrase_actors(tok):
                continue
            place = self._place_target(coding)
            country = place.code[:3] if place is not None else sources[0].code[:3]
            if self._is_state_code(country):  # (an EC commissioner's "ministers" are no "IGOGOV")
                group = Actor(country + sector)
                if tok.tag_ == "NNS":  # "Yukos has sued four companies": others of the doer's own kind
                    self.other_parties.add((pred.i, group))
                return group
        return None

    def _place_target(self, coding: Coding) -> Actor | None:
        """The country where an act without a named recipient happens: an "in" phrase of the verb, of its
        object or of a participle on its object ("eased measures in Montenegro province", "the curfew
        imposed in Sudan"), or of its complement's."""
        acts = [coding.trigger, *([coding.complement.trigger] if coding.complement is not None else [])]
        hosts: list[Token] = []
        for act in acts:
            objects = object_heads(act)
            hosts.extend((act, *objects))
            hosts.extend(c for o in objects for c in o.children if c.dep_ == "acl")  # "lines leading into Kabul"
            hosts.extend(self._prep_objects(act, ("to", "on", "for")))  # "agreed to an extension of ..."
        seen: set[int] = set()
        places: set[int] = set()  # unresolved places: only their own "in" phrases count
        while hosts:  # breadth first, inside noun phrases only ("an extension of the mandate for the force in
            host = hosts.pop(0)  # Lebanon"), never into another clause
            if host.i in seen:
                continue
            seen.add(host.i)
            venue = host.lemma_.lower() in GATHERING_NOUNS  # "ended six hours of talks in Luxembourg"
            for pobj in self._prep_objects(host, () if venue else ("in", "inside", "throughout", "across", "at",
                                                                       "into")):
                actor = self.actors.place_country(pobj)
                if actor is not None:
                    return actor
                if host.i not in places:
                    hosts.append(pobj)  # "at this jail in northern Israel"
                    places.add(pobj.i)
            if host.pos_ in ("NOUN", "PROPN") and host.i not in places:
                hosts.extend(self._prep_objects(host, ("of", "for", "on", "over", "to")))
        return None

    def _target_candidates(self, coding: Coding, depth: int) -> Iterator[Token]:
        """Phrases that may name the recipient, best first."""
        pred = coding.trigger
        yield from coding.target_hints
        if coding.frame in ("appeal", "demand", "allege") and coding.complement is not None:
            comp = coding.complement.trigger  # "demanded that Hamas renounce": the one asked or accused
            yield from (c for c in comp.children if c.dep_ in SUBJ_DEPS)
        elif coding.code[:2] == "11":  # "complained that Iraqi jets had bombed its cities": the one complained of
            # (a clause before the verb is no content of it: "Analysts questioned whether a US court ..., while
            # Moscow officials dismissed Yukos' wrangling")
            yield from (s for c in pred.children if c.dep_ == "ccomp" and c.i > pred.i
                        for s in c.children if s.dep_ in SUBJ_DEPS)
        heads: list[Token] = []
        if any(c.dep_ == "auxpass" for c in pred.children) and pred.lemma_.lower() not in STATIVE_PASSIVES:
            heads.extend(c for c in pred.children if c.dep_ in PASSIVE_SUBJ_DEPS)
        elif pred.dep_ in ("advcl", "acl") and pred.tag_ == "VBN" and pred.head.i != pred.i and not any(
                c.dep_ in SUBJ_DEPS or c.dep_ == "aux" for c in pred.children):
            # (not a perfect with its own subject: "while Moscow officials have dismissed Yukos' wrangling")
            # "Rebuked by Egypt, Israel ...": a passive participle's patient is what it modifies
            if pred.dep_ == "acl":
                heads.append(pred.head)
            else:
                heads.extend(c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        heads.extend(c for c in pred.children if c.dep_ in TARGET_DEPS)
        heads.extend(object_heads(pred))
        if not heads and pred.pos_ == "VERB":  # "attacked and destroyed an Iranian platform": a shared object
            heads.extend(self._shared_object(pred))
        if coding.code[:2] == "08":
            heads.extend(ecm_subjects(pred))  # "allowed the opposition leader to hold a rally"
        if coding.noun is not None and self.res.book.get("L", pred.lemma_.lower()) and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in coding.noun.children):
            # "announced their imminent withdrawal": the pronoun owner is the doer, not the recipient
            heads = [h for h in heads if h.i != coding.noun.i]
        yield from heads
        # complaints and accusations are about someone: "complained to the UN over Israeli air raids"
        preps = DISAPPROVAL_TARGET_PREPS if coding.code[:2] == "11" else TARGET_PREPS
        if coding.code[:2] in VENUE_ROOTS:  # "ministers are meeting in Brussels": the venue is no counterpart
            preps = tuple(p for p in preps if p not in ("in", "at") or (p == "at" and coding.code[:2] == PROTEST_ROOT))
        elif coding.code.startswith(AGREEMENT_CODES):  # "Egypt and Israel signed a peace treaty in Washington"
            preps = tuple(p for p in preps if p not in ("in", "at"))
        elif coding.code[:2] in ("18", "19", "20"):  # "fired two shells near a naval vessel from South Korea"
            preps = (*preps, "near")
        yield from self._prep_objects(pred, preps)
        noun_preps = NOUN_TARGET_PREPS if coding.code[:2] in VENUE_ROOTS else (*NOUN_TARGET_PREPS, "in")
        if coding.code[:2] in STANCE_ROOTS:  # "voiced concern over China's military buildup": what it is about
            noun_preps = (*noun_preps, "over", "about")
        # (not "talks in Geneva": a meeting's venue is not its counterpart, whatever is done to the meeting:
        # "refused to join a G-7 meeting in Paris", "the range agreed in the discussions in Paris")
        venue_free = tuple(p for p in noun_preps if p not in ("in", "at"))

        def preps_of(noun: Token) -> tuple[str, ...]:
            return venue_free if noun.lemma_.lower() in GATHERING_NOUNS else noun_preps

        for host in [*coding.target_hints, *heads, *([coding.noun] if coding.noun is not None else [])]:
            # "rejected calls by Belarus's rulers", "an offer from Afghanistan", "peacekeepers in Iraq"
            yield from self._prep_objects(host, preps_of(host))
            # "welcomed the resumption of ties with Osgiliath": the act named in an of-phrase ("ended six hours of
            # talks in Luxembourg": a gathering's venue still is none)
            for inner in self._prep_objects(host, ("of",)):
                yield from self._prep_objects(inner, preps_of(inner))
        if coding.code[:2] in ("06", "07", "16"):
            # "imposed tariffs on microchips imported from Japan": goods named by where they come from
            for host in heads:
                for inner in [host, *self._prep_objects(host, ("on", "to", "against"))]:
                    for acl in inner.children:
                        if acl.dep_ == "acl" and acl.tag_ == "VBN":
                            yield from self._prep_objects(acl, ("from", "in", "by"))
        if coding.code[:2] == "13" or coding.frame == "threat":  # "threatened to strike unless Israel rescinded ...": the one held to terms
            for clause in (pred, *([coding.complement.trigger] if coding.complement is not None else [])):
                yield from (s for c in clause.children if c.dep_ == "advcl" and is_condition(c)
                            for s in c.children if s.dep_ in SUBJ_DEPS)
        if coding.code[:2] == "14":
            yield from self._protest_targets(pred)
        if coding.code[:2] in ("09", "11", "14", "17"):
            # what is investigated, denounced or protested is someone's act: "an investigation into crimes
            # committed by Croat forces", "alleged violations by the Israeli military"
            for host in [*heads, *([coding.noun] if coding.noun is not None else []),
                         *self._prep_objects(pred, ("into", "against", "over", "of", "at"))]:
                for inner in [host, *self._prep_objects(host, ("into", "against", "over", "of", "on", "about"))]:
                    yield from self._agents_of(inner)
        if coding.code[:2] in ("03", "05", "06", "08"):
            # "called off a strike after deliberations with the Nigerian government": the partner of the
            # talks that led to an agreement or concession
            for pobj in self._prep_objects(pred, ("after", "following", "during", "at", "in")):
                if (nc := self.coder.noun_code(pobj)) is not None and nc[0][:2] == "04":
                    yield from self._prep_objects(pobj, ("with", "between"))
        if coding.code[:2] in ("15", "19"):  # "mobilized reservists for a possible war against Iraq"
            for pobj in self._prep_objects(pred, ("for", "in")):
                yield from self._prep_objects(pobj, ("against",))
        if depth < 2:
            if coding.complement is not None and coding.complement.trigger is not pred:
                yield from self._target_candidates(coding.complement, depth + 1)
            elif coding.frame in ("threat", "reject", "appeal", "demand", "plan"):
                # uncoded complement: "threatened to cut off electricity to X", "hopeful the US can build a
                # foundation to reset its relationship with Pakistan" (not "agree that disputes in the
                # South China Sea should be settled": an opinion has no recipient)
                for comp in self.coder.complements(pred):
                    yield from self._target_candidates(Coding("", comp, 0.0, frame=coding.frame), depth + 1)

    @staticmethod
    def _shared_object(verb: Token) -> list[Token]:
        """The object of the last of a run of conjoined verbs with no subject of their own, which the earlier
        ones share: "attacked and destroyed an Iranian platform", "attacked, seized and sank an Iranian ship"."""
        cur = verb
        for _ in range(MAX_CHAIN):
            nxt = [c for c in cur.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > cur.i
                   and not any(s.dep_ in SUBJ_DEPS for s in c.children)]
            if not nxt:
                return []
            objects = [o for o in nxt[0].children if o.dep_ in ("dobj", "obj")]
            if objects:
                return objects
            cur = nxt[0]
        return []

    @staticmethod
    def _agents_of(act: Token) -> list[Token]:
        """Who did the act a noun names: its "by" phrase or the agent of a participle on it ("crimes
        committed by Croat forces", "violations by the military")."""
        out = pobjs_of(act, "by")
        for acl in act.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                out.extend(agent_objects(acl))
        return out

    def _protest_targets(self, pred: Token) -> Iterator[Token]:
        """Whom a protest is against: "in protest of last week's arrest by the police", "staged
        demonstrations to demand reforms by Suharto's government", "to show disapproval of US policies"."""
        hosts: list[Token] = []
        # "demonstrated in Kirkuk calling for independence from Iraq", "rioted following a demonstration
        # demanding the removal of President Mubarak": participles of demand say what the protest is against
        clauses = [c for c in pred.children if c.dep_ in ("advcl", "xcomp") and (
            infinitival(c) or c.lemma_.lower() in PROTEST_PURPOSE_VERBS)]
        clauses.extend(a for c in pred.children if c.dep_ == "prep" for o in c.children if o.dep_ in ("pobj", "dobj")
                       for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in PROTEST_PURPOSE_VERBS)
        for c in clauses:
            hosts.extend(o for o in c.children if o.dep_ in ("dobj", "prep"))
        hosts.extend(p for p in pobjs_of(pred, "in") if p.lemma_.lower() in PROTEST_CAUSE_NOUNS)
        for host in hosts:
            if host.dep_ == "prep":
                host_objs = [p for p in host.children if p.dep_ == "pobj"]
            else:
                host_objs = [host]
            for obj in host_objs:
                yield obj
                yield from self._prep_objects(obj, PROTEST_OBJECT_PREPS)
                for inner in self._prep_objects(obj, PROTEST_OBJECT_PREPS):
                    yield from self._prep_objects(inner, ("by", "of", "from"))

    @staticmethod
    def _prep_objects(host: Token, preps: tuple[str, ...]) -> list[Token]:
        found = [c for c in host.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                 and not is_subject_aside(c, host)]
        found.sort(key=lambda p: preps.index(p.lower_))
        return [pobj for prep in found for pobj in prep.children if pobj.dep_ == "pobj"]

    # -- modality ----------------------------------------------------------------------------------------
    def modality(self, pred: Token) -> Modality:
        mod = Modality()
        self._own_markers(pred, mod)
        if pred.dep_ == "acomp":  # "must be ready to mediate": the auxiliaries sit on "be"
            self._own_markers(pred.head, mod)
        if pred.dep_ == "pcomp" and pred.head.lower_ == "without":
            mod.negated = True  # "resigned without returning"
        if self._is_demand_content(pred):
            mod.reasons.add("frame")  # "its demand that Israel ease restrictions": asked for, not done
        elif pred.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children) \
                and pred.head.dep_ in ("dobj", "pobj") and self._under_hypothetical_frame(pred.head):
            mod.reasons.add("frame")  # "demanded an admission by Moscow that its forces murdered ..."
        if pred.dep_ in ("acl", "ccomp") and pred.head.lemma_.lower() in ALLEGATION_NOUNS:
            mod.reasons.add("allege")  # "an allegation that the NPFL had taken over the city": not a report
        elif pred.dep_ in ("acl", "ccomp") and pred.head.lemma_.lower() in BELIEF_NOUNS:
            mod.reasons.add("belief")  # "rejected the idea that the Tories and BNP appealed to ...": not a report
        if pred.dep_ in ("acl", "relcl") and infinitival(pred):
            if self._ranked_doer(pred):
                self._own_markers(pred.head.head, mod)  # "Japan is the latest country to impose ...": done
            elif not self._decision_taken(pred.head):
                mod.reasons.add("purpose")  # "the right to fire", "an offer to host a summit"
        if pred.dep_ == "acl" and (pred.tag_ == "VBN" or (pred.tag_ == "VBG" and pred.head.lemma_.lower() in MESSAGE_NOUNS)):
            governor = self._governing_verb(pred.head)
            if governor is not None and governor is not pred:
                outer = Modality()  # "built on land donated by the government" under "would be built"; "must
                # issue a statement promising to sign an accord": the message, and what it says, are due (not
                # "must cooperate with UN inspectors probing the sites": the probing goes on)
                self._own_markers(governor, outer)
                if outer.reasons:
                    mod.reasons.add("modal")
        if pred.dep_ == "acl" and pred.tag_ == "VBG" and pred.head.lemma_.lower() in PROSPECT_NOUNS:
            mod.reasons.add("prospect")  # "the prospects of the ICO reaching an agreement appear dim"
        cur = pred
        for _ in range(MAX_CHAIN):
            dep = cur.dep_
            head = self._parallel_prep(cur.head) if dep == "pcomp" else cur.head
            if head.i == cur.i:
                break
            if dep == "advcl" and cur.tag_ in PRESENT_TAGS and not any(c.dep_ == "aux" for c in cur.children) and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKS for c in cur.children) and head.tag_ not in PRESENT_TAGS:
                mod.reasons.add("when")  # "will present proposals when he visits Washington": an awaited time
                break
            if dep == "ccomp" and self._subjunctive(cur):
                mod.reasons.add("modal")  # "suggested that Nakasone make efforts ... when he visits": proposed
                break
            if dep == "pcomp" and head.dep_ == "prep":
                if head.head.lemma_.lower() in PROSPECT_NOUNS:
                    mod.reasons.add("prospect")  # "little prospect of America agreeing to cut emissions"
                    break
                head = head.head
                if head.pos_ in ("VERB", "AUX"):
                    manner = Modality()  # "would respond by hitting the base": the manner of an unreal act
                    self._own_markers(head, manner)
                    if manner.reasons:
                        mod.reasons.add("modal")
                    mod.negated = mod.negated or manner.negated
            elif dep not in ("xcomp", "ccomp", "conj", "advcl", "acomp"):
                mod.negated = mod.negated or self._under_no(cur)  # "no country that has recognised Taiwan"
                break
            if dep == "conj" and cur.tag_ in FINITE_TAGS and head.tag_ == "VB" and head.dep_ in ("xcomp", "ccomp"):
                # "said workers did not want to go on strike and called for talks": a finite verb the parser
                # conjoined to an infinitive is the act of the finite clause above it, not under its "not want"
                finite = head
                while finite.tag_ not in FINITE_TAGS and finite.head.i != finite.i:
                    finite = finite.head
                cur = finite
                continue
            if dep == "conj":
                contrast = any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS and head.i < c.i < cur.i
                               for c in head.children)  # "would not cut spending but agreed": not shared
                if not contrast and not any(c.dep_ in SUBJ_DEPS for c in cur.children) and cur.tag_ not in FINITE_TAGS:
                    self._own_markers(head, mod)  # "did not sign or ratify": shared auxiliaries (not "would
                    # not respond ... and promised": a finite verb has its own tense)
                cur = head
                continue
            if dep in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "having" for c in cur.children):
                break  # "is hoping to increase productivity, having negotiated savings last year": done before
            if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in cur.children):
                # "has been refused after the US blocked its application", "threatened to retaliate after Hamas
                # fired rockets": a circumstance told as done is not what is refused or threatened
                if cur.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in cur.children):
                    break
                cur = head
                continue
            if infinitival(cur) and cur.lemma_.lower() in SETTLING_VERBS and (agreeing := self._settling_agreement(cur)):
                self._own_markers(agreeing, mod)  # "agreed to pay $850m to settle the suit": the agreement settles it
                cur = agreeing
                continue
            # (a participle set beside a frame verb is no complement of it: "MCI accepted a buyout, rejecting a
            # higher offer from Qwest" rejects the offer)
            fp = None if dep == "advcl" and cur.tag_ == "VBG" and not infinitival(cur) else self.coder.frame_pattern(head)
            if fp is not None:
                if any(c.dep_ == "neg" for c in head.children) and fp.frame in ("plan", "intent", "decide"):
                    mod.negated = True  # "the government doesn't want to discuss the constitution"
                wants_of_others = any(c.dep_ in ("dobj", "dative") for c in head.children) or any(
                    c.dep_ == "nsubj" for c in cur.children)  # "he wanted Britain to offer refuge"
                if fp.frame == "plan" and head.lemma_.lower() in SCHEDULING_PASSIVES and self._is_passive(head) \
                        and dep == "xcomp":
                    mod.reasons.add("future")  # "Egypt and the Soviet Union are expected to sign an agreement": due
                    mod.expected = True
                    self._own_markers(head, mod)
                elif fp.frame == "plan" and head.lemma_.lower() in ANNOUNCING_PLANS and not wants_of_others:
                    mod.reasons.add("plan")
                    mod.preparing = head.lemma_.lower() == "prepare" and head.pos_ == "VERB"
                    mod.wishing = head.lemma_.lower() == "want"
                elif fp.frame == "allege" and self._words_said(pred):
                    pass  # "accused of criticising Bush's policies": the words were said; saying them is the charge
                elif fp.frame in HYPOTHETICAL_FRAMES:
                    mod.reasons.add("frame")
                elif fp.frame in NEGATING_FRAMES:
                    mod.negated = True
                elif fp.frame == "decide" and mod.negated:
                    mod.decided_not = True
                break
            if dep == "ccomp" and head.lemma_.lower() in BELIEF_VERBS:
                mod.reasons.add("belief")  # "people thinking that British soldiers beat up civilians": a thought
                break
            if dep in ("xcomp", "ccomp") and head.lemma_.lower() in PERMISSION_VERBS:
                mod.reasons.add("permitted")  # "powers which allow London to ban foreign firms": allowed, not done
                break
            if dep in ("xcomp", "pcomp") and is_delaying(head):
                mod.reasons.add("delayed")  # "agreed to hold up imposing duties": not done
                break
            if dep == "xcomp" and head.lemma_.lower() in ATTEMPT_VERBS:
                mod.reasons.add("attempt")  # "tried to hack into the computers of ..."
                self._own_markers(head, mod)
                break
            if dep in ("xcomp", "advcl", "pcomp") and head.lemma_.lower() in ASPECT_VERBS:
                self._own_markers(head, mod)  # "I am not going to resign"
                cur = head
                continue
            if dep == "pcomp":  # "pledged to work towards lifting the ban": keep climbing
                cur = head
                continue
            if dep in ("ccomp", "advcl", "xcomp") and any(t.lemma_.lower() in NORMATIVE_ADJECTIVES and (t is head or t.dep_ == "acomp")
                                      for t in (head, *head.children)):
                mod.reasons.add("modal")  # "it was vital the UK continued to invest": a wish, not a report
                break
            if dep in ("xcomp", "ccomp") and head.lemma_.lower() not in self.res.speech_lemmas:
                inherited = Modality()  # "a pact which could see India invest": the governor's modal
                self._own_markers(head, inherited)
                if inherited.reasons - {"future"}:
                    mod.reasons.add("modal")
                # "saw no developments that would cause the president to back away": denied with its governor
                mod.negated = mod.negated or self._under_no(head)
            if dep == "xcomp" and head.lemma_.lower() == "be" and head.pos_ == "AUX" and infinitival(cur):
                mod.reasons.add("future")  # "the WTO is to hold talks": a scheduled, announced act
                self._own_markers(head, mod)
                break
            if dep == "xcomp" and head.lower_ == "about":
                mod.reasons.add("future")  # "is about to restore ties": an announced act
                self._own_markers(head.head, mod)
                break
            if dep == "xcomp" and head.lemma_.lower() in IMPLICATIVE_PASSIVES and any(
                    c.dep_ == "auxpass" for c in head.children):
                forced = Modality()  # "banks were forced to borrow from the Fed": they did borrow
                self._own_markers(head, forced)
                mod.reasons |= forced.reasons | ({"modal"} if forced.negated else set())  # (not forced: unknown)
                break
            if dep in ("xcomp", "advcl") and infinitival(cur):
                mod.reasons.add("purpose")  # "sent troops to fight": intended, not reported as done
                break
            if dep == "advcl":
                if cur.tag_ == "VBG" and not any(c.dep_ in SUBJ_DEPS for c in cur.children):
                    inherited = Modality()  # "will extend his tour, flying to Japan": the participle's time
                    self._own_markers(head, inherited)
                    mod.reasons |= inherited.reasons & {"future", "modal"}
                cur = head
                continue
            break
        if self._inside_condition(pred):
            mod.reasons.add("if")  # "if Washington seizes the initiative with steps such as mining ..."
        return mod

    def _agreed_settlement(self, coding: Coding) -> bool:
        """An agreement whose settlement the events stage codes itself ("agreed to settle the charges")."""
        verb = coding.trigger
        return verb.lemma_.lower() in AGREEING_VERBS and any(
            t.lemma_.lower() in SETTLING_VERBS and infinitival(t) and (agreement := self._settling_agreement(t)) is not None
            and agreement.i == verb.i for t in verb.subtree)

    @staticmethod
    def _settling_agreement(settle: Token) -> Token | None:
        """The agreement that makes a settlement: "agreed to settle the charges", "agreed to pay $850m to settle
        the suit" (an agreement to settle is the settlement, as "agreed to pay" is the payment promised)."""
        head = settle.head
        if settle.dep_ == "xcomp" and head.lemma_.lower() in AGREEING_VERBS:
            return head
        if settle.dep_ == "advcl" and head.dep_ == "xcomp" and head.head.lemma_.lower() in AGREEING_VERBS:
            return head.head
        return None

    @staticmethod
    def _subjunctive(clause: Token) -> bool:
        """A mandative subjunctive: a bare verb after a singular subject, with no auxiliary ("suggested that
        Nakasone make efforts", "insisted that she resign", "proposed that the committee be disbanded"); a
        plural subject would read as the present tense ("said that they make cars")."""
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")):
            return False
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if clause.tag_ == "VBN" and [a.lower_ for a in auxiliaries] == ["be"]:
            return True
        return not auxiliaries and clause.tag_ in ("VB", "VBP") and clause.lower_ == clause.lemma_.lower()

    def _decision_taken(self, noun: Token) -> bool:
        """ "Canada's decision to bar French vessels", "the decision by the EU to impose sanctions": a decision
        its taker is named for, in a clause that is itself no plan or wish, is the act decided."""
        if noun.lemma_.lower() != "decision":
            return False
        taker = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children) or bool(
            self._prep_objects(noun, ("by",)))
        governor = self._governing_verb(noun)
        outer = Modality()
        if governor is not None:
            self._own_markers(governor, outer)
        return taker and not outer.reasons and not outer.negated

    @staticmethod
    def _under_no(clause: Token) -> bool:
        """A relative clause of a noun determined by "no": "no developments that would ...", "no country that";
        or the content of such a noun: "there was no evidence that Iran had attacked the ship"."""
        return clause.dep_ in ("relcl", "acl") and has_det(clause.head, ("no",))

    @staticmethod
    def _inside_condition(pred: Token) -> bool:
        """Whether PRED lies inside an if/unless clause, however deep ("steps such as blockading")."""
        for anc in (pred, *pred.ancestors):
            if is_condition(anc):
                return True
            if anc is not pred and any(c.dep_ == "advcl" and is_condition(c) for c in anc.children):
                return True  # "if it wins, Labour is committed to ... allowing schools to": a consequent
            if anc.dep_ in ("ROOT", "ccomp") and anc is not pred:
                return False
        return False

    @staticmethod
    def _own_markers(pred: Token, mod: Modality) -> None:
        """Negation, modals and conditionals on PRED itself."""
        for c in pred.children:
            dep, low, lemma = c.dep_, c.lower_, c.lemma_.lower()
            if dep == "neg":
                mod.negated = True
            elif dep == "aux" and (low in HYPOTHETICAL_MODALS or lemma in HYPOTHETICAL_MODALS):
                perfect = pred.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in pred.children)
                future = (low in FUTURE_MODALS or lemma in FUTURE_MODALS) and not perfect
                mod.reasons.add("future" if future else "modal")  # "would have announced": counterfactual
            elif dep == "mark" and low in CONDITIONAL_MARKS:
                mod.reasons.add("if")
            elif dep == "advcl" and is_condition(c):
                mod.reasons.add("if_clause")  # the consequent of a condition: "will withdraw unless ..."
                if any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children):
                    mod.unless = True
            elif dep in ("dobj", "nsubjpass", "attr") and has_det(c, ("no",)):
                mod.negated = True  # "reached no agreement", "no talks were held"
            elif dep == "aux" and low in INVERTING_AUXILIARIES and pred.dep_ == "advcl" and any(
                    s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in pred.children):
                mod.reasons.add("if")  # inverted condition: "had they taken part in an attack"
            elif dep == "advmod" and low in ("never", "yet"):
                mod.negated = True
            elif dep == "advmod" and low in ALLEGING_ADVERBS:
                mod.reasons.add("allege")  # "an Iraqi civilian allegedly killed by UK troops": not established
            elif dep in ("nsubj", "nsubjpass") and any(d.lower_ in ("neither", "no") and d.dep_ in ("det", "preconj")
                                                      for d in c.children):
                mod.negated = True  # "Neither Galadriel nor Gollum boycotted", "no country signed"
        if pred.dep_ == "xcomp" and pred.head.lemma_.lower() == "have" and any(
                c.lower_ == "yet" for c in pred.head.children):
            mod.negated = True  # "had yet to reach"

    # -- date and place ------------------------------------------------------------------------------------
    def _anchor_tokens(self, spans: list[tuple[int, int]]) -> list[int]:
        """Root token index of each character span (-1 when it does not map onto tokens)."""
        out = []
        for start, end in spans:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            out.append(span.root.i if span is not None and len(span) else -1)
        return out

    def _governed_by(self, tok_i: int, pred: Token) -> bool:
        tok = self.doc[tok_i]
        for _ in range(8):
            if tok.i == pred.i:
                return True
            if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and tok.i != tok_i and not (
                    tok.dep_ == "acl" and tok.lemma_.lower() in SCHEDULE_PARTICIPLES)):
                return False
            tok = tok.head
        return False

    def event_date(self, pred: Token, sent: Span) -> tuple[str | None, bool]:
        """The date of PRED's clause, else the nearest in its sentence, else publication; and whether the date
        is explicit (in PRED's own clause), which tells two mentions of one kind of act apart."""
        best: tuple[int, str] | None = None
        for ref, ti in zip(self.ctx.dates, self.date_tokens, strict=True):
            if ti < 0 or not (sent.start <= ti < sent.end):
                continue
            if self._governed_by(ti, pred) and not (pred.pos_ in ("NOUN", "PROPN") and self._dated_noun_between(ti, pred)):
                return ref.value, True
            dist = abs(ti - pred.i)
            if best is None or dist < best[0]:
                best = (dist, ref.value)
        verb = self._governing_verb(pred) if pred.pos_ in ("NOUN", "PROPN") else None
        if verb is not None:  # "left Bonn yesterday after talks with Kohl": the talks take their verb's date
            for ref, ti in zip(self.ctx.dates, self.date_tokens, strict=True):
                if ti >= 0 and sent.start <= ti < sent.end and self._governed_by(ti, verb) \
                        and not self._dated_noun_between(ti, verb):
                    return ref.value, False
        return (best[1] if best else self.published), False

    def _dated_after_publication(self, pred: Token, sent: Span, own_noun: bool = False) -> bool:
        """Whether a day the act itself is dated by ("visits Bonn next week") lies after publication. For an
        event noun (OWN_NOUN), the date must not belong to another event noun inside its phrase ("talks with
        Kohl ahead of her visit to Moscow next week": the visit's date)."""
        if not self.published:
            return False
        for ref, ti in zip(self.ctx.dates, self.date_tokens, strict=True):
            if ti >= 0 and sent.start <= ti < sent.end and ref.resolution == "day" and self._governed_by(ti, pred):
                if own_noun and self._dated_noun_between(ti, pred):
                    continue
                return ref.value[:10] > self.published
        return False

    def _dated_noun_between(self, tok_i: int, noun: Token) -> bool:
        """Whether another event noun lies on the way from date token TOK_I up to NOUN."""
        tok = self.doc[tok_i].head
        for _ in range(8):
            if tok.i == noun.i or tok.head.i == tok.i:
                return False
            if tok.pos_ in ("NOUN", "PROPN") and self.coder.noun_code(tok) is not None:
                return True
            tok = tok.head
        return False

    def event_location(self, pred: Token) -> Location | None:
        for loc, anchors in self.location_tokens:
            if any(ti >= 0 and self._placed_by(ti, pred) for ti in anchors):
                return loc
        return self.dateline_location

    def _placed_by(self, tok_i: int, pred: Token) -> bool:
        """Whether place token TOK_I is where PRED happened: governed by it through a locative preposition
        ("arrived in the capital city of Islamabad"), not a modifier ("a U.S. delegation")."""
        tok = self.doc[tok_i]
        locative = False
        for _ in range(8):
            if tok.i == pred.i:
                return locative
            if tok.dep_ == "prep" and tok.lower_ in LOCATIVE_PREPS:
                locative = True
            if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and tok.i != tok_i):
                return False
            tok = tok.head
        return False

    def _dateline_location(self) -> Location | None:
        place = (self.ctx.article.dateline_place or "").strip().lower()
        if not place:
            return None
        for loc in self.ctx.locations:
            if loc.name.lower() == place:
                return loc
        return None
