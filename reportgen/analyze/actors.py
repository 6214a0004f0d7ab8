"""Who is who: read a speaker mention into an actor, and resolve mentions within an article.

"UK Defence Secretary Ben Wallace" -> Ben Wallace, person, Defence Secretary, United Kingdom,
government; a later "Wallace" or "he" -> the same actor; "the ministry" -> the last ministry
named; "a senior U.S. military official" -> anonymous, United States, military.
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass

from reportgen.analyze.text import Token, is_capitalized, tokenize
from reportgen.knowledge import Knowledge
from reportgen.models import Actor, Span

# Heads that make a noun phrase an organisation, and the type they give it.
ORG_HEADS = {
    "ministry": "government", "department": "government", "government": "government",
    "administration": "government", "agency": "government", "office": "government",
    "council": "government", "commission": "government", "embassy": "government",
    "cabinet": "government", "parliament": "legislator", "congress": "legislator",
    "senate": "legislator", "committee": "legislator", "army": "military",
    "military": "military", "forces": "military", "navy": "military", "command": "military",
    "brigade": "military", "campaign": "party", "party": "party", "court": "judiciary",
    "police": "law_enforcement", "institute": "expert", "university": "expert",
    "foundation": "civil_society", "company": "business", "side": "government",
}
ANONYMOUS_HEADS = frozenset("""
official officials source sources person people aide aides insider insiders diplomat diplomats
individual individuals spokesman spokeswoman spokesperson
""".split())
GROUP_HEADS = frozenset("""
officials sources people aides critics supporters opponents experts analysts lawmakers leaders
residents voters democrats republicans conservatives liberals protesters activists authorities
""".split())
SPELLING = {"defense": "Defence", "defence": "Defence", "labor": "Labour"}
PORTFOLIOS = frozenset("""
defence defense foreign interior health finance justice economy education energy agriculture
environment culture emergencies emergency transport home trade war
""".split())
DETS = frozenset("the a an".split())
HONORIFICS = frozenset("mr mrs ms miss dr sir dame mx messrs".split())
# Capitalised at the start of a sentence, never a name
NOT_A_NAME = frozenset("his her their its our my your this that these those who which".split())
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")  # "D-Calif.", "R-Ga."
# Abbreviated titles, so that "the governor" finds "Gov. Mike Pence"
TITLE_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative",
                       "gen.": "general", "lt.": "lieutenant", "col.": "colonel",
                       "adm.": "admiral", "pres.": "president", "atty.": "attorney"}
# Capitalised words that do not make a name: sentence-initial adverbials and calendar words.
NOT_NAMES = frozenset("""
on in at after before during since last this next meanwhile however but and the earlier later
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday still yet also while when
""".split())
INDEFINITE = frozenset("a an one two three several some".split())
PRONOUN_KIND = {"he": "person", "she": "person", "him": "person", "her": "person",
                "they": "plural", "it": "organisation", "we": "plural", "i": "person"}


@dataclass(frozen=True, slots=True)
class Reading:
    """What a mention says of its referent before it is resolved."""

    actor: Actor | None  # a full reading, or None where the mention must be resolved
    pronoun: str | None = None
    head: str | None = None  # "ministry" in "the ministry"
    country: str | None = None
    surname: str | None = None


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


_FIRST_WORDS: dict[int, tuple[dict, dict[str, int]]] = {}


def _first_words(table: dict) -> dict[str, int]:
    """Index a table by the first word of its keys, with the longest key's length in words."""
    cached = _FIRST_WORDS.get(id(table))
    if cached is None or cached[0] is not table:
        index: dict[str, int] = {}
        for key in table:
            words = _words(key)
            if words:
                first = words[0].lower()
                index[first] = max(index.get(first, 0), len(words))
        cached = (table, index)
        _FIRST_WORDS[id(table)] = cached
    return cached[1]


def _match_table(words: list[str], i: int, table: dict, max_len: int = 6) -> tuple[int, object]:
    """Longest match of words[i:] in a lower-case keyed table; (length, value) or (0, None)."""
    if i >= len(words):
        return 0, None
    longest = _first_words(table).get(words[i].lower(), 0)
    for n in range(min(max_len, longest, len(words) - i), 0, -1):
        key = _join(words[i:i + n]).lower()
        if key in table:
            return n, table[key]
    return 0, None


def _join(words: list[str]) -> str:
    out = ""
    for w in words:
        if not out or w in (".", "’s", "'s") or out.endswith(("-",)) or w == "-":
            out += w
        else:
            out += " " + w
    return out


def read_mention(text: str, knowledge: Knowledge) -> Reading:
    """Read what a speaker mention says of who is speaking."""
    raw = " ".join(text.split())
    low = raw.lower()
    if low in PRONOUN_KIND:
        return Reading(None, pronoun=low)
    words = _words(raw)
    # split a possessive: "the United Kingdom's Defense Ministry", "Clinton's campaign"
    words = [w for part in words for w in (
        [part[:-2], "’s"] if len(part) > 2 and part.lower().endswith(("’s", "'s")) else [part])]
    definite = bool(words) and words[0].lower() == "the"
    indefinite = bool(words) and words[0].lower() in INDEFINITE
    while words and words[0].lower() in DETS:
        words = words[1:]
    if not words:
        return Reading(None)

    country = org = official = None
    title_words: list[str] = []
    name_words: list[str] = []
    name_at: list[int] = []  # where each name word stands
    rest: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("’s", "'s", ".", ",", "-"):
            i += 1
            continue
        n, off = _match_table(words, i, knowledge.officials)
        if n and is_capitalized(w):
            official = off
            name_words = words[i:i + n]
            i += n
            continue
        n, org_v = _match_table(words, i, knowledge.organisations)
        if n and is_capitalized(w):
            org = org_v
            i += n
            continue
        n, c = _match_table(words, i, knowledge.countries, 4)
        if n and is_capitalized(w):
            country = country or c.name
            i += n
            continue
        if (met := knowledge.metonyms.get(w.lower())) and is_capitalized(w):
            country = country or met.name
            rest.append(w)
            i += 1
            continue
        n, _ = _match_table(words, i, knowledge.titles, 4)
        if n:
            title_words.extend(words[i:i + n])
            i += n
            continue
        if is_capitalized(w) and w.lower() not in ORG_HEADS and w.lower() not in PORTFOLIOS \
                and w.lower() not in NOT_A_NAME and not _PARTY_TAG.match(w):
            if name_at and name_at[-1] != i - 1 and official is None:
                # a new run of capitalised words: the name is the run after the title
                # ("Commuter group spokesman Tom Reed" -> Tom Reed)
                name_words, name_at = [], []
            name_words.append(w)
            name_at.append(i)
        else:
            rest.append(w)
        i += 1

    # honorifics are not part of a name: "Mr. Strzok" is Strzok, "Dr. Jane Roe" is Jane Roe
    name_words = [w for w in name_words if w.lower().rstrip(".") not in HONORIFICS]
    head = words[-1].lower()
    for n, w in enumerate(words[:-1]):
        # "Ministry of Defence": the head stands before "of"
        if w.lower() in ORG_HEADS and words[n + 1].lower() == "of":
            head = w.lower()
    if org is not None and org.country:
        country = country or org.country
    role = _role(raw, name_words, title_words, knowledge)
    if official is not None:
        return Reading(Actor(official.name, "person", official.type,
                             role or official.role, org.name if org else None,
                             official.country or country))
    if name_words and not (len(name_words) == 1 and name_words[0].lower() in knowledge.demonyms):
        name = _join(name_words)
        type_ = _type_of(org, title_words, country, knowledge)
        if len(name_words) == 1 and not title_words and org is None:
            return Reading(None, surname=name, country=country)
        return Reading(Actor(name, "person", type_, role, org.name if org else None, country))
    if org is not None and (head in ORG_HEADS or (not rest and not title_words)):
        return Reading(Actor(org.name, org.kind, org.type, role, None, org.country or country))
    if head in ORG_HEADS:
        portfolio = [SPELLING.get(w.lower(), w.capitalize()) for w in rest + title_words
                     if w.lower() in PORTFOLIOS]
        if country is None or (not portfolio and definite and head != "government"):
            return Reading(None, head=head, country=country)
        label = next((c.label for c in knowledge.countries.values() if c.name == country), country)
        name = " ".join([label, *portfolio, head.capitalize()])
        return Reading(Actor(name, "organisation", ORG_HEADS[head], None, None, country))
    if org is not None:
        type_ = _type_of(org, title_words, country, knowledge)
        kind = "anonymous" if indefinite or head in ANONYMOUS_HEADS else "person"
        return Reading(Actor(_describe(raw), kind, type_, role, org.name, country))
    if head in ANONYMOUS_HEADS or (indefinite and title_words):
        type_ = _type_of(None, title_words + rest, country, knowledge)
        return Reading(Actor(_describe(raw), "anonymous", type_, role, None, country))
    if head in GROUP_HEADS or (head.endswith("s") and head in knowledge.demonyms):
        type_ = _type_of(None, title_words + rest, country, knowledge)
        if head in knowledge.demonyms:
            type_ = "public"
        return Reading(Actor(_describe(raw), "group", type_, None, None, country))
    if country is not None and len(words) <= 2:
        return Reading(Actor(country, "organisation", "government", None, None, country))
    if definite and (title_words or head in knowledge.titles):
        return Reading(None, head=head, country=country)
    return Reading(Actor(_describe(raw), "unknown", _type_of(None, title_words, country,
                                                            knowledge), role, None, country))


def _role(raw: str, name_words: list[str], title_words: list[str],
          knowledge: Knowledge) -> str | None:
    """Give the role as written: what stands before the name, less articles and the country."""
    if not title_words:
        return None
    if name_words and (at := raw.find(name_words[0])) > 0:
        words = _words(raw[:at])
        while words and (words[0].lower() in DETS or words[0].lower() in knowledge.countries):
            words = words[1:]
        if words and words[-1] not in (",",):
            return _join(words)
    return _join(title_words)


def _describe(raw: str) -> str:
    """Name an unnamed actor by what the text says of it, without a leading article."""
    return re.sub(r"^(the|a|an)\s+", "", raw, flags=re.I)


def _type_of(org, title_words: list[str], country: str | None, knowledge: Knowledge) -> str:
    if org is not None and org.type:
        return org.type
    for n in range(len(title_words), 0, -1):  # the longest title wins: "senior research fellow"
        for i in range(len(title_words) - n + 1):
            t = " ".join(title_words[i:i + n]).lower()
            if t in knowledge.titles:
                return knowledge.titles[t]
    for w in title_words:
        if w.lower() in ORG_HEADS:
            return ORG_HEADS[w.lower()]
    return "government" if country and title_words else "unknown"


# --------------------------------------------------------------------------- resolution

@dataclass(slots=True)
class _Seen:
    pos: int
    actor: Actor
    speaker: bool


class Resolver:
    """Resolve mentions in text order within one article."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.seen: list[_Seen] = []

    def seen_before(self, pos: int) -> list[_Seen]:
        """Give what was mentioned before a position, in text order."""
        return [s for s in self.seen if s.pos < pos]

    def note(self, pos: int, actor: Actor, speaker: bool = False) -> None:
        insort(self.seen, _Seen(pos, actor, speaker), key=lambda s: s.pos)

    def resolve(self, mention: str, pos: int) -> Actor | None:
        """Give the actor a mention at pos refers to, and remember it."""
        reading = read_mention(mention, self.knowledge)
        actor = reading.actor
        before = self.seen_before(pos)
        if actor is None and reading.pronoun:
            actor = self._pronoun(reading.pronoun, before)
        elif actor is None and reading.surname:
            actor = self._surname(reading.surname, before) or Actor(
                reading.surname, "person", "unknown", None, None, reading.country)
        elif actor is None and reading.head:
            actor = self._definite(reading.head, reading.country, before)
            if actor is None:
                actor = Actor(_describe(mention), "organisation"
                              if reading.head in ORG_HEADS else "unknown",
                              ORG_HEADS.get(reading.head, "unknown"), None, None, reading.country)
        elif actor is not None and actor.kind == "person":
            actor = self.merge_person(actor, [s for s in self.seen if s.pos <= pos])
        if actor is not None:
            self.note(pos, actor, speaker=True)
        return actor

    def _pronoun(self, pronoun: str, before: list[_Seen]) -> Actor | None:
        want = PRONOUN_KIND[pronoun]
        for pool in ([s for s in before if s.speaker], before):
            for s in reversed(pool[-6:] if pool is before else pool[-3:]):
                kind = s.actor.kind
                if want == "person" and kind == "person":
                    return s.actor
                if want == "organisation" and kind in ("organisation", "media"):
                    return s.actor
                if want == "plural" and kind in ("group", "organisation", "anonymous") and (
                        s.actor.kind != "anonymous" or s.actor.name.endswith("s")):
                    return s.actor
        return None

    def _surname(self, surname: str, before: list[_Seen]) -> Actor | None:
        for s in reversed(before):
            if s.actor.kind == "person" and s.actor.name.split()[-1] == surname:
                return s.actor
        return None

    def _definite(self, head: str, country: str | None, before: list[_Seen]) -> Actor | None:
        kinds = ("organisation", "media") if head in ORG_HEADS else ("organisation", "media",
                                                                      "person")
        for s in reversed(before):
            a = s.actor
            if a.kind not in kinds:
                continue
            names = f"{a.name} {a.role or ''}".lower().split()
            names += [TITLE_ABBREVIATIONS.get(w, w) for w in names]
            if head in names and (country is None or a.country == country):
                return a
        return None

    def merge_person(self, actor: Actor, before: list[_Seen]) -> Actor:
        """A full name seen again, or a surname seen first, keeps one actor: the fullest."""
        last = actor.name.split()[-1]
        for s in reversed(before):
            a = s.actor
            if a.kind == "person" and a.name.split()[-1] == last:
                fuller = actor if len(actor.name.split()) >= len(a.name.split()) else a
                other = a if fuller is actor else actor
                return Actor(fuller.name, "person",
                             fuller.type if fuller.type != "unknown" else other.type,
                             fuller.role or other.role,
                             fuller.organisation or other.organisation,
                             fuller.country or other.country)
        return actor


# --------------------------------------------------------------------------- mentions

_APPOSITION = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:a|an|the)\s+(?P<role>[^,.;]{3,80}?)"
    r"(?:,|\.|\s+(?:said|told|says|added|wrote))")


def find_mentions(text: str, knowledge: Knowledge,
                  tokens: list[Token] | None = None) -> list[tuple[Span, str]]:
    """Find named people and organisations cited in a body text, quoted or not."""
    toks = tokenize(text) if tokens is None else tokens
    words = [t.text for t in toks]
    out: list[tuple[Span, str]] = []
    i = 0
    while i < len(toks):
        found = _mention_at(words, i, knowledge)
        if found:
            j = found
            out.append(((toks[i].start, toks[j - 1].end), text[toks[i].start:toks[j - 1].end]))
            i = j
        else:
            i += 1
    for m in _APPOSITION.finditer(text):
        if set(m["name"].lower().split()) & NOT_NAMES:
            continue  # "On Friday, the ministry ...": an adverbial, not a name
        span = (m.start("name"), m.end("role"))
        if not any(a <= span[0] < b for (a, b), _ in out):
            out.append((span, f"{m['name']}, a {m['role']}"))
    out.sort()
    return out


def _mention_at(words: list[str], i: int, knowledge: Knowledge) -> int | None:
    """Give the end index of a titled name, known official or organisation starting at i."""
    if not is_capitalized(words[i]):
        return None
    low = words[i].lower()
    if not any(low in _first_words(t) for t in (knowledge.officials, knowledge.organisations,
                                                knowledge.countries, knowledge.titles)):
        return None  # no table has an entry that starts with this word
    n, _ = _match_table(words, i, knowledge.officials)
    if n:
        return i + n
    titled = _titled_name_at(words, i, knowledge)
    if titled:
        return titled
    n, org = _match_table(words, i, knowledge.organisations)
    if n and org.kind != "media":
        return i + n
    return None


def _titled_name_at(words: list[str], i: int, knowledge: Knowledge) -> int | None:
    """Match [country] [organisation] title... Name Name: "Pentagon spokesman Air Force Brig.
    Gen. Pat Ryder", "Russian President Vladimir Putin"."""
    j = i
    n, _ = _match_table(words, j, knowledge.countries, 4)
    j += n
    n, _ = _match_table(words, j, knowledge.organisations)
    j += n
    titles = 0
    while j < len(words):
        n, _ = _match_table(words, j, knowledge.titles, 4)
        if not n:
            break
        j += n
        titles += 1
        while j < len(words) and words[j] == ".":
            j += 1
    if not titles:
        return None
    k = j
    while k < len(words) and k - j < 4 and is_capitalized(words[k]) and \
            words[k].lower() not in knowledge.titles:
        k += 1
    return k if k > j else None
