"""The actor dictionary: countries, demonyms, capitals, organisations, people, role words, first names.

Built-in data lives in ``wirecoder/data/actors/`` (see ``docs/actors.md``); users add their own
files with ``Pipeline(actor_files=[...])`` / ``wirecoder extract --actors FILE``, in our YAML format
or in the PETRARCH-style TSV ``phrase<TAB>code<TAB>kind``. User entries override built-in ones.

Everything is loaded once per ``Resources`` (``ctx.resources.cached``) into plain dicts keyed by a
normalised phrase, so the per-article work is dictionary look-ups.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wirecoder.resources import Resources, data_path

# codes PETRARCH dictionaries use for "match, but code nothing"
NULL_CODES = {"---", "+++", ""}
MIN_STEM_LEN = 5  # a TABARI-style stem ("ARGENTIN") matches longer words only from this length
MAX_STEM_EXTRA = 4  # ... and only words at most this many letters longer ("ARGENTINIAN")


_SLOW_CHARS = ("'", "\u2019", "\u2018", "\u00a0", "  ", "\n", "\t", "\r")


def norm_phrase(text: str) -> str:
    """The key a phrase is looked up by: lower case, straight quotes, single spaces, no leading "the"."""
    low = text.strip().lower()
    if not (low.startswith("the ") or any(ch in low for ch in _SLOW_CHARS)):
        return low  # the common case, without regular expressions
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").strip().lower()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"\s*'s?$", "", text) if text.endswith(("'s", "s'")) and len(text) > 3 else text
    return text


def is_acronym(text: str) -> bool:
    """"UN", "U.S.", "NATO": written in capitals, so matched case-sensitively ("us" is a pronoun)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


@dataclass
class Country:
    iso3: str
    name: str
    aliases: list[str]
    demonyms: list[str]
    capital: str | None


@dataclass
class ActorEntry:
    """One phrase of the dictionary and what it codes to."""

    phrase: str  # as written in the dictionary
    name: str  # canonical name of the entity it denotes
    code: str | None  # full actor code, or None ("---")
    type: str  # PERSON | ORG | GPE | NORP | OTHER
    kind: str  # country | demonym | capital | region | people | multi | bloc | org | person | user
    country: str | None = None  # the country (code root) the entity belongs to
    user: bool = False
    upper_source: bool = False  # from an all-capitals dictionary (PETRARCH): case tells nothing
    ner_only: bool = False  # a short name ("Oracle" of "Oracle Corporation"): codes names NER finds, not matched in text

    @property
    def case_sensitive(self) -> bool:
        if self.upper_source:  # "UN", "U.N.", "PLO" are acronyms, "ARNOR" is not
            letters = [c for c in self.phrase if c.isalpha()]
            return len(letters) <= 3 or "." in self.phrase
        return is_acronym(self.phrase)


@dataclass
class Role:
    """A role word: a title a person holds, a group noun, or an honorific."""

    phrase: str
    sector: str | None  # "GOV"; user agents may give longer suffixes ("GOVFRM")
    kind: str  # title | group | honorific
    gender: str | None = None
    title: str | None = None  # what an honorific stands for ("Gen." -> "General")
    user: bool = False
    weak: bool = False  # a generic head ("leaders"): a role word before it gives the sector ("rebel leaders")
    after: bool = False  # written after a name ("Frank Field MP", "John Smith QC"): a title, not a name part


# CAMEO region roots: "EURBUS" (Airbus, EADS) has a region, not a country (the record's country is ISO);
# CAF is the Central African Republic, not "Central Africa"
REGION_ROOTS = frozenset({"EUR", "AFR", "ASA", "MEA", "LAM", "NAF", "WAF", "EAF", "SAF", "SEA", "CAS",
                          "WST", "NMR", "SAM", "CRB", "BLK", "BAL", "SCN", "EEU", "WEU", "PGS"})


@dataclass
class ActorDictionary:
    countries: dict[str, Country] = field(default_factory=dict)
    entries: dict[str, ActorEntry] = field(default_factory=dict)  # norm_phrase -> entry
    stems: dict[str, ActorEntry] = field(default_factory=dict)  # lower stem -> user entry
    roles: dict[str, Role] = field(default_factory=dict)  # lower phrase (and plural) -> role
    first_names: dict[str, str] = field(default_factory=dict)  # lower first name -> m|f
    nominals: dict[str, str] = field(default_factory=dict)  # "country" -> country, "company" -> org
    metonym_verbs: set[str] = field(default_factory=set)  # "warn": "Washington warned" is the government
    people_by_surname: dict[str, list[ActorEntry]] = field(default_factory=dict)  # "obama" -> [Barack Obama]
    code_countries: set[str] = field(default_factory=set)  # 3-letter roots of known country codes
    fuzzy: FuzzyCountries | None = None  # misspelt country names, built on first use
    # last words of company names: "ltd" -> ("legal", None), "oy" -> ("legal", "FIN"), "holdings" -> ("trade", None)
    company_forms: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    exchanges: dict[str, list[str]] = field(default_factory=dict)  # ticker suffix "HE" -> ["FIN"]

    def lookup(self, text: str) -> ActorEntry | None:
        return self.entries.get(norm_phrase(text))

    def country_of_code(self, code: str | None) -> str | None:
        """The country part of an actor code: "PAKGOV" -> "PAK"; IGO codes have none."""
        if not code or len(code) < 3 or code.startswith(("IGO", "NGO", "IMG")) or code[:3] in REGION_ROOTS:
            return None
        return code[:3]

    def add(self, entry: ActorEntry, override: bool = True) -> None:
        key = norm_phrase(entry.phrase)
        if not key:
            return
        if override or key not in self.entries:
            self.entries[key] = entry


# -- misspelt country names ---------------------------------------------------------------------------

FUZZY_KINDS = ("country", "demonym", "capital")
FUZZY_MIN_WORD = 6  # a word shorter than this is never read as a misspelt country ("Susan" / "Sudan")


def osa_distance(a: str, b: str, limit: int, substitution: int = 1) -> int:
    """Damerau-Levenshtein distance (optimal string alignment: an adjacent transposition costs 1; a
    substitution costs SUBSTITUTION), giving up (returning limit + 1) once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (substitution if ca != cb else 0))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur.append(v)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def fuzzy_limit(name_len: int, word_len: int) -> int:
    """Edits allowed between a word and a country name: 2 for long names ("Khatmandu"), 1 from six
    letters ("Ethopia"), and for five-letter names only one inserted letter ("Quatar"). Regions
    and peoples a letter or two away stay apart ("Australasia", "Africans"/"Americans")."""
    if word_len < FUZZY_MIN_WORD:
        return 0
    if name_len >= 9 and word_len >= 9 and abs(name_len - word_len) <= 1:
        return 2
    if name_len >= 6:
        return 1
    return 1 if name_len == 5 and word_len == 6 else 0


@dataclass
class FuzzyCountries:
    """Country names, aliases, demonyms and capitals of the built-in dictionary by first letter."""

    by_first: dict[str, list[tuple[str, ActorEntry]]] = field(default_factory=dict)
    cache: dict[str, ActorEntry | None] = field(default_factory=dict)

    def lookup(self, word: str) -> ActorEntry | None:
        """The country entry WORD is a misspelling of (same first letter, a small edit distance), or
        None; None too when two countries are equally close ("Nigera": Niger or Nigeria)."""
        key = word.lower()
        if key in self.cache:
            return self.cache[key]
        best: list[tuple[int, ActorEntry]] = []
        derived = False
        for name, entry in self.by_first.get(key[:1], ()):
            if key.startswith(name) or name.startswith(key):
                derived = True  # "the Americas", "Victorian": a word made from a name, not a misspelling
                break
            limit = fuzzy_limit(len(name), len(key))
            if limit == 0 or abs(len(name) - len(key)) > limit:
                continue
            # letters left out, doubled or swapped are typing slips; a changed letter mostly makes
            # another word ("Fujian"/"Fijian", "Greens"/"Greeks", "Columbia"): it counts double
            dist = osa_distance(key, name, limit, substitution=2)
            if 0 < dist <= limit:
                best.append((dist, entry))
        found = None
        if best and not derived:
            top = min(dist for dist, _e in best)
            countries = {e.country for dist, e in best if dist == top}
            if len(countries) == 1:
                found = next(e for dist, e in best if dist == top)
        if len(self.cache) < 50_000:
            self.cache[key] = found
        return found


def build_fuzzy(d: ActorDictionary) -> FuzzyCountries:
    fz = FuzzyCountries()
    for key, entry in d.entries.items():
        if entry.kind in FUZZY_KINDS and not entry.user and entry.country and len(key) >= 5 \
                and key.replace(" ", "").isalpha():
            fz.by_first.setdefault(key[:1], []).append((key, entry))
    return fz


def fuzzy_country(d: ActorDictionary, word: str) -> ActorEntry | None:
    """A misspelt country, demonym or capital ("Ethopia", "Afganistan", "Quatar", "Phillippines").
    Exact dictionary phrases are not misspellings: the caller looks them up first."""
    if len(word) < FUZZY_MIN_WORD:
        return None
    if d.fuzzy is None:
        d.fuzzy = build_fuzzy(d)
    return d.fuzzy.lookup(word)


def _rows(path: Path) -> list[list[str]]:
    """Tab-separated rows of a data file, without comment lines and the header."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    rows = [ln.split("\t") for ln in lines]
    return rows[1:] if rows else []


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def plural_forms(phrase: str) -> list[str]:
    """The phrase and simple English plurals of its last word (minister -> ministers, army -> armies)."""
    head, _, last = phrase.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("man"):
        return [phrase, prefix + last[:-3] + "men"]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [phrase, prefix + last[:-1] + "ies"]
    if last.endswith(("ss", "x", "ch", "sh")):
        return [phrase, prefix + last + "es"]
    if last.endswith("s"):  # already a plural ("armed forces", "authorities")
        return [phrase]
    if last.endswith("."):
        return [phrase]
    return [phrase, prefix + last + "s"]


# British and American spellings of words in organisations' names: one written, both matched
# (not Labor/Labour nor Defense/Defence: Israel's Labor party and Australia's Department of Defence
# are other bodies than the British and American ones in the list)
SPELLING_PAIRS = (("Organization", "Organisation"), ("Center", "Centre"), ("Program", "Programme"),
                  ("Cooperation", "Co-operation"))


def spelling_variants(phrases: list[str]) -> list[str]:
    """PHRASES and their other spellings ("World Health Organization" -> "... Organisation")."""
    out = list(phrases)
    for phrase in out:  # variants of variants too: "Organization ... Cooperation" from "Organisation ... Co-operation"
        for a, b in SPELLING_PAIRS:
            for x, y in ((a, b), (b, a)):
                if x in phrase.split():
                    variant = " ".join(y if w == x else w for w in phrase.split())
                    if variant not in out:
                        out.append(variant)
    return out


# words after a company's name that news leave out ("Oracle Corporation" is mostly "Oracle"): its legal
# forms (company_forms.tsv) and these; not "Airlines", "Motors", "Petroleum", which make the name
# ("American Airlines", "General Motors", "Qatar Petroleum")
CORPORATE_WORDS = frozenset({"corporation", "company", "holdings", "holding", "group"})


def company_short_names(names: list[str], d: ActorDictionary) -> list[str]:
    """The names without their corporate ending: "Oracle Corporation" -> "Oracle", "Carlyle Group"
    -> "Carlyle"; none for a name that is all ending, whose rest is a dictionary phrase ("China
    Group") or an acronym ("SAS Group": "SAS" is also a regiment)."""
    out: list[str] = []
    for name in names:
        words = name.split()
        end = len(words)
        while end > 1 and ((form := d.company_forms.get(words[end - 1].lower().rstrip("."))) is not None
                           and form[0] == "legal" or words[end - 1].lower() in CORPORATE_WORDS):
            end -= 1
        short = " ".join(words[:end])
        if end < len(words) and len(short) >= 3 and short not in out and short not in names \
                and not is_acronym(short) and d.lookup(short) is None:  # "SAS" alone is also the army's SAS
            out.append(short)
    return out


def load_builtin(d: ActorDictionary) -> None:
    for iso3, _iso2, name, aliases, demonyms, capital, *_ in (r + [""] * 6 for r in _rows(data_path("actors/countries.tsv"))):
        c = Country(iso3, name, _split(aliases), _split(demonyms), capital or None)
        d.countries[iso3] = c
        d.code_countries.add(iso3)
        for phrase in [name, *c.aliases]:
            d.add(ActorEntry(phrase, name, iso3, "GPE", "country", iso3), override=False)
        for phrase in c.demonyms:
            d.add(ActorEntry(phrase, name, iso3, "GPE", "demonym", iso3), override=False)
    # capitals after countries, so that a country and a capital of the same name stay a country
    for c in d.countries.values():
        if c.capital:
            d.add(ActorEntry(c.capital, c.capital, None, "GPE", "capital", c.iso3), override=False)
    # regions and peoples of one country ("Darfur", "Chechen"): after countries and capitals, which win
    for row in _rows(data_path("actors/regions.tsv")):
        name, iso3, typ, aliases = (row + ["", "", "", ""])[:4]
        if iso3 in REGION_ROOTS:  # a continent or bloc named as a place: its CAMEO region code ("Europe" EUR)
            for phrase in [name, *_split(aliases)]:
                d.add(ActorEntry(phrase, name, iso3, typ or "LOC", "bloc", None), override=False)
            continue
        kind = "multi" if iso3 in ("", "-") else "people" if typ == "NORP" else "region"
        for phrase in [name, *_split(aliases)]:
            d.add(ActorEntry(phrase, name, None, typ or "GPE", kind, None if kind == "multi" else iso3),
                  override=False)
    for row in _rows(data_path("actors/company_forms.tsv")):
        word, kind, iso = (row + ["", "", ""])[:3]
        d.company_forms[word.strip().lower()] = (kind.strip(), None if iso.strip() in ("", "-") else iso.strip())
    # companies after institutions, which keep their phrases ("Reuters", "CNN" are media there); an
    # institution's written names replace earlier phrases, its other spellings do not
    for file, written_wins in (("organizations.tsv", True), ("companies.tsv", False)):
        short_names: list[ActorEntry] = []
        for row in _rows(data_path("actors/" + file)):
            name, code, typ, aliases = (row + ["", "", "", ""])[:4]
            written = [name, *_split(aliases)]
            for phrase in spelling_variants(written):
                d.add(ActorEntry(phrase, name, code or None, typ or "ORG", "org", d.country_of_code(code)),
                      override=written_wins and phrase in written)
            if code.endswith("BUS"):
                short_names += [ActorEntry(short, name, code, typ or "ORG", "org", d.country_of_code(code),
                                           ner_only=True) for short in company_short_names(written, d)]
        for entry in short_names:  # after all full names, which win: "Shell Oil" is no short "Shell"
            d.add(entry, override=False)
    for row in _rows(data_path("actors/people.tsv")):
        name, code, aliases = (row + ["", "", ""])[:3]
        entry = ActorEntry(name, name, code or None, "PERSON", "person", d.country_of_code(code))
        d.add(entry)
        undotted = re.sub(r"\b([A-Z])\.", r"\1", name)  # "George W Bush" as BBC writes it
        for alias in _split(aliases) + ([undotted] if undotted != name else []):
            # other spellings, distinctive bare surnames ("Putin")
            d.add(ActorEntry(alias, name, code or None, "PERSON", "person", d.country_of_code(code)),
                  override=False)
        surname = name.split()[-1].lower()
        # one person under two spellings ("Sergei"/"Sergey Lavrov") counts once
        if all(e.code != code or e.name[:1] != name[:1] for e in d.people_by_surname.get(surname, ())):
            d.people_by_surname.setdefault(surname, []).append(entry)
    written: set[str] = set()  # phrases with a row of their own: "farmers" (a group) is not the plural of "farmer"
    for row in _rows(data_path("actors/roles.tsv")):
        phrase, sector, kind, gender, title, weak, position = (row + [""] * 7)[:7]
        role = Role(phrase, None if sector in ("-", "") else sector, kind,
                    None if gender in ("-", "") else gender, title or None, weak=weak.strip() == "weak",
                    after=position.strip() == "after")
        if phrase not in written:  # (the first row of a phrase wins)
            d.roles[phrase] = role
            written.add(phrase)
        for form in ([] if kind == "honorific" else plural_forms(phrase)[1:]):
            if form not in written:
                d.roles.setdefault(form, role)
    for row in _rows(data_path("actors/first_names.tsv")):
        name, gender = (row + ["", ""])[:2]
        if gender in ("m", "f"):
            d.first_names[name.lower()] = gender
    d.metonym_verbs = {ln.strip().lower() for ln in data_path("actors/metonym_verbs.txt").read_text(encoding="utf-8")
                       .splitlines() if ln.strip() and not ln.startswith("#")}
    for row in _rows(data_path("actors/nominals.tsv")):
        word, target = (row + ["", ""])[:2]
        d.nominals[word.lower()] = target
    for row in _rows(data_path("actors/exchanges.tsv")):
        suffix, countries = (row + ["", ""])[:2]
        d.exchanges[suffix.strip().upper()] = _split(countries)


# -- user files -----------------------------------------------------------------------------------

def _user_actor(d: ActorDictionary, phrase: str, code: str, typ: str | None = None) -> None:
    code = code.strip().upper()
    null = code in NULL_CODES
    if "/" in code:  # PETRARCH alternatives ("ELR/GAL", "USA/USAGOV"): the record holds one, the most specific
        alternatives = [c for c in code.split("/") if c]
        code = max(alternatives, key=len) if alternatives else ""
    builtin = d.lookup(phrase)
    name = builtin.name if builtin else (_display_name(phrase) if phrase.isupper() else phrase.strip())
    entry_type = typ or (builtin.type if builtin else "OTHER")
    country = None if null else (code[:3] if len(code) >= 3 and not code.startswith(("IGO", "NGO", "IMG")) else None)
    entry = ActorEntry(phrase, name, None if null else code, entry_type, "user", country, user=True,
                       upper_source=phrase.isupper())
    d.add(entry)
    key = phrase.strip().lower()
    if " " not in key and key.isalpha() and len(key) >= MIN_STEM_LEN:
        d.stems[key] = entry
    if country:
        d.code_countries.add(country)


def _user_agent(d: ActorDictionary, phrase: str, code: str, gender: str | None = None) -> None:
    phrase = phrase.strip().lower()
    sector = code.strip().upper().lstrip("~") or None
    builtin = d.roles.get(phrase)
    if builtin is not None and not builtin.user:
        kind = builtin.kind
    else:  # "ministry of silly walks" is a body like "ministry"; "minister of silly walks" a title
        word_kinds = {d.roles[w].kind for w in phrase.split() if w in d.roles and not d.roles[w].user}
        kind = "group" if "group" in word_kinds and "title" not in word_kinds else "title"
    d.roles[phrase] = Role(phrase, sector, kind, gender, user=True)
    for form in plural_forms(phrase)[1:]:
        if form not in d.roles or not d.roles[form].user:  # a phrase of its own wins over a plural
            d.roles[form] = Role(phrase, sector, "group", gender, user=True)


def _display_name(phrase: str) -> str:
    """PETRARCH phrases are upper case: "GAZA CITY" -> "Gaza City", acronyms stay."""
    words = phrase.replace("_", " ").split()
    return " ".join(w if is_acronym(w) and len(w) <= 4 else w.capitalize() for w in words)


def load_user_tsv(d: ActorDictionary, path: Path) -> None:
    """``phrase<TAB>code<TAB>kind`` (kind: actor | agent); a header line and # comments are allowed."""
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#") or len(row) < 2:
                continue
            phrase, code = row[0].strip(), row[1].strip()
            kind = (row[2].strip().lower() if len(row) > 2 else "actor") or "actor"
            if phrase.lower() == "phrase" and code.lower() == "code":
                continue
            if kind == "agent" or code.startswith("~"):
                _user_agent(d, phrase, code)
            else:
                _user_actor(d, phrase, code)


def load_user_yaml(d: ActorDictionary, path: Path) -> None:
    """Our YAML format (docs/actors.md): ``actors:`` name -> code or {code, aliases, type};
    ``agents:`` role phrase -> sector (``GOV`` or ``~GOV``)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with 'actors' and/or 'agents'")
    actors = data.get("actors") or {}
    items: Iterable[tuple[str, object]]
    if isinstance(actors, list):  # a list of {name, code, aliases, type}
        items = [(a.get("name", ""), a) for a in actors if isinstance(a, dict)]
    else:
        items = actors.items()
    for name, spec in items:
        if isinstance(spec, dict):
            code = str(spec.get("code") or "---")
            typ = spec.get("type")
            phrases = [str(name), *[str(a) for a in spec.get("aliases") or []]]
        else:
            code, typ, phrases = str(spec if spec is not None else "---"), None, [str(name)]
        for phrase in phrases:
            _user_actor(d, phrase, code, typ)
            if phrase != str(name):  # aliases denote the named entity
                d.entries[norm_phrase(phrase)].name = d.entries[norm_phrase(str(name))].name
    agents = data.get("agents") or {}
    if isinstance(agents, list):
        agents = {a.get("phrase", ""): a.get("code") or a.get("sector") or "" for a in agents if isinstance(a, dict)}
    for phrase, code in agents.items():
        _user_agent(d, str(phrase), str(code or ""))


def load_user_file(d: ActorDictionary, path: Path) -> None:
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            load_user_yaml(d, path)
        else:
            load_user_tsv(d, path)
    except Exception as exc:  # unreadable, bad YAML, wrong shape: say which file
        raise ValueError(f"actor file {path}: {exc}") from exc


def build_dictionary(actor_files: Iterable[Path] = ()) -> ActorDictionary:
    d = ActorDictionary()
    load_builtin(d)
    for path in actor_files:
        load_user_file(d, Path(path))
    return d


def actor_dictionary(resources: Resources) -> ActorDictionary:
    """The dictionary of this pipeline (built-in + the user's files), built once."""
    return resources.cached("actors.dictionary", lambda: build_dictionary(resources.actor_files))
