"""Who is who: read a speaker mention into an actor, and resolve mentions within an article.

"UK Defence Secretary Ben Wallace" -> Ben Wallace, person, Defence Secretary, United Kingdom,
government; a later "Wallace" or "he" -> the same actor; "the ministry" -> the last ministry
named; "a senior U.S. military official" -> anonymous, United States, military.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass, replace

from reportgen.analyze.text import PARTY_TAG, PARTY_TAG_WORD, Token, is_capitalized, tokenize
from reportgen.knowledge import Knowledge, Organisation
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
# Capitalised at the start of a sentence or a phrase, never a name
NOT_A_NAME = frozenset("""
his her their its our my your this that these those who which while when after before since as
other others many several some both all few most fellow also but and however meanwhile still yet
house congressional
""".split())
# What follows a name and names where the person works or comes from: "Alan Brinkley of
# Columbia University", "Chris Coons of Delaware"
AFFILIATION_PREPOSITIONS = frozenset("of at from with".split())
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
# Documents quoted as if they spoke ("the letter stated"): their author is the speaker
DOCUMENTS = {
    "ad": "ad", "ads": "ad", "advertisement": "ad", "commercial": "ad", "spot": "ad",
    "letter": "letter", "suit": "suit", "lawsuit": "suit", "complaint": "suit",
    "filing": "suit", "statement": "statement", "release": "statement", "memo": "memo",
    "memorandum": "memo", "report": "report", "tweet": "tweet", "post": "tweet",
}
# Who speaks for someone else: "a Pelosi aide" is not Pelosi
STAFF = frozenset("""
aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson staffer staffers
ally allies lawyer lawyers attorney attorneys
""".split())
PARTY_MEMBERS = frozenset("members leaders candidates senators representatives".split())
LEGISLATIVE = frozenset("""
house senate congressional congress lawmakers legislators senators representatives committee
caucus parliamentary mps
""".split())
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
    party: str | None = None  # "Republican" in "the presumptive Republican nominee"
    document: str | None = None  # "letter" in "the letter said": its author speaks


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


_PER_TABLE: dict[tuple[str, int], tuple[object, object]] = {}


def _per_table(kind: str, table: object, build):
    """Give ``build(table)``, computed once per table object (tables are read-only)."""
    cached = _PER_TABLE.get((kind, id(table)))
    if cached is None or cached[0] is not table:
        cached = _PER_TABLE[(kind, id(table))] = (table, build(table))
    return cached[1]


def _first_words(table: dict) -> dict[str, int]:
    """Index a table by the first word of its keys, with the longest key's length in words."""
    def build(table: dict) -> dict[str, int]:
        index: dict[str, int] = {}
        for key in table:
            words = _words(key)
            if words:
                first = words[0].lower()
                index[first] = max(index.get(first, 0), len(words))
        return index
    return _per_table("first words", table, build)


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


def _as_written(words: list[str], i: int, n: int, knowledge: Knowledge) -> bool:
    """An acronym matches only in capitals: "RAND" is the corporation, "Rand Paul" is not."""
    return n > 1 or words[i].lower() not in knowledge.acronyms or words[i].isupper()


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

    country = org = official = party = party_country = place_country = None
    official_at = 0
    places: list[str] = []
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
            official_at = i
            i += n
            continue
        n, org_v = _match_table(words, i, knowledge.organisations)
        if n and is_capitalized(w) and _as_written(words, i, n, knowledge):
            org = org_v
            if org.type == "party":
                party = party or org.name
            i += n
            continue
        n, pty = _match_table(words, i, knowledge.parties, 4)
        if n and is_capitalized(w) and _as_written(words, i, n, knowledge):
            party = party or pty.name
            party_country = party_country or pty.country
            i += n
            continue
        if (tag := PARTY_TAG_WORD.match(w)) and (pty := knowledge.party_tags.get(
                tag["tag"].lower())):
            party = party or pty.name
            party_country = party_country or pty.country
            i += 1
            continue
        if w.lower() in AFFILIATION_PREPOSITIONS and name_words and i + 1 < len(words) \
                and is_capitalized(words[i + 1]):
            # "Alan Brinkley of Columbia University": the rest says where the person works
            where = _where(words[i + 1:], knowledge)
            org = org or where[0]
            country = country or where[1]
            break
        n, c = _match_table(words, i, knowledge.countries, 4)
        if n and is_capitalized(w) and not (
                n == 1 and name_at and name_at[-1] == i - 1 and i + 1 == len(words)):
            # a country, unless it ends a name: "Rep. Steve Israel"
            country = country or c.name
            i += n
            continue
        n, place = _match_table(words, i, knowledge.places, 4)
        if n and is_capitalized(w):
            place_country = place_country or place.name  # "Florida Sen. Marco Rubio"
            places.append(_join(words[i:i + n]))
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
                and not (w.lower() in NOT_A_NAME and not name_words) \
                and not PARTY_TAG_WORD.match(w):
            if name_at and name_at[-1] != i - 1 and official is None:
                # a new run of capitalised words: the name is the run after the title
                # ("Commuter group spokesman Tom Reed" -> Tom Reed)
                name_words, name_at = [], []
            elif official is not None and title_words and not name_at:
                # a name after an official and a title: "Obama campaign spokeswoman Lis
                # Smith" is Lis Smith, who speaks for the official's camp
                qualifier, official, name_words = official, None, []
                camp = [x for x in words[official_at:i] if x.lower() not in knowledge.titles]
                if any(x.lower() in ORG_HEADS for x in camp):
                    org = org or Organisation(_join(camp), "organisation", "party", None)
                if org is not None or {x.lower() for x in title_words} & STAFF:
                    party = party or qualifier.party  # a campaign's or an aide's camp
                country = country or qualifier.country
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
    only_country = country  # a country named outright, not one a party or place implies
    country = country or party_country or place_country
    role = _role(raw, name_words, title_words, knowledge)
    qualifies = (bool(name_at) and name_at[-1] == len(words) - 2) or (
        official is not None and _join(name_words).lower() == _join(words[:-1]).lower())
    if qualifies and head in ORG_HEADS and words[-1] not in name_words:
        # a name that qualifies an organisation: "the Obama campaign", "House Judiciary
        # Committee", "the Trump administration"
        if official is not None:
            country, party = official.country or country, official.party or party
        return Reading(Actor(_join(words), "organisation", ORG_HEADS[head], None, None, country,
                             party))
    if head in STAFF and words[-1] not in name_words and (name_words or official is not None):
        # "a Pelosi aide", "Clinton spokesman": someone who speaks for the person named
        kind = "anonymous" if not definite or official is None else "person"
        type_ = official.type if official else "unknown"
        return Reading(Actor(_describe(raw), kind,
                             "government" if type_ == "head_of_state" else type_,
                             head, official.name if official else _join(name_words),
                             official.country if official else country,
                             official.party if official else party))
    if official is not None:
        return Reading(Actor(official.name, "person", official.type,
                             role or official.role, org.name if org else None,
                             official.country or country, official.party or party))
    if name_words and not (len(name_words) == 1 and name_words[0].lower() in knowledge.demonyms):
        name = _join(name_words)
        type_ = _type_of(org, title_words, country, knowledge)
        if len(name_words) == 1 and not title_words and org is None and party is None:
            return Reading(None, surname=name, country=country)
        return Reading(Actor(name, "person", type_, role, org.name if org else None, country,
                             party))
    if party is not None and (head in GROUP_HEADS or head in PARTY_MEMBERS
                              or (head in knowledge.parties and head.endswith("s"))):
        # "House Democrats", "Democratic lawmakers", "GOP committee members"
        type_ = "legislator" if {w.lower() for w in words} & LEGISLATIVE else "party"
        return Reading(Actor(_describe(raw), "group", type_, None, None, country, party))
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
    if places and len(words) == len(_words(places[0])):
        # a state or region as a speaker ("Nebraska argues"): its government
        return Reading(Actor(places[0], "organisation", "government", None, None, country))
    if only_country is not None and len(words) <= 2:
        return Reading(Actor(country, "organisation", "government", None, None, country))
    if definite and head in DOCUMENTS and len(words) <= 3:
        return Reading(None, document=DOCUMENTS[head], country=country)
    if definite and (title_words or head in knowledge.titles):
        return Reading(None, head=head, country=country, party=party)
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


def _where(words: list[str], knowledge: Knowledge) -> tuple[Organisation | None, str | None]:
    """Read what follows "of" or "at" after a name: (organisation, country). A capitalised
    run with an organisation's head ("Columbia University") is an organisation even when the
    knowledge lacks it; a place the knowledge lacks ("Delaware") gives neither."""
    while words and words[0].lower() in DETS:
        words = words[1:]
    n, org = _match_table(words, 0, knowledge.organisations)
    if n and _as_written(words, 0, n, knowledge):
        return org, org.country
    n, c = _match_table(words, 0, knowledge.countries, 4)
    if n:
        return None, c.name
    n, c = _match_table(words, 0, knowledge.places, 4)
    if n:
        return None, c.name
    run = []
    for w in words:
        if not (is_capitalized(w) or w in ("of", "for", "and", "&")):
            break
        run.append(w)
    while run and not is_capitalized(run[-1]):
        run.pop()
    heads = [w.lower() for w in run if w.lower() in ORG_HEADS]
    if heads:
        return Organisation(_join(run), "organisation", ORG_HEADS[heads[-1]], None), None
    return None, None


def _type_of(org, title_words: list[str], country: str | None, knowledge: Knowledge) -> str:
    if org is not None and org.type:
        return org.type
    for n in range(len(title_words), 0, -1):  # the longest title wins: "senior research fellow"
        for i in range(len(title_words) - n, -1, -1):  # then the one nearest the name
            t = _join(title_words[i:i + n]).lower()
            if t in knowledge.titles:
                return knowledge.titles[t]
    for w in title_words:
        if w.lower() in ORG_HEADS:
            return ORG_HEADS[w.lower()]
    return "government" if country and title_words else "unknown"


# --------------------------------------------------------------------------- resolution

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GENDER_WORDS = {
    "mr.": "m", "mr": "m", "sir": "m", "spokesman": "m", "congressman": "m", "chairman": "m",
    "businessman": "m", "father": "m", "husband": "m", "son": "m", "brother": "m",
    "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "dame": "f",
    "spokeswoman": "f", "congresswoman": "f", "chairwoman": "f", "businesswoman": "f",
    "mother": "f", "wife": "f", "daughter": "f", "sister": "f",
}
WINDOW = 5  # sentences a pronoun looks back over
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Tt]o|[Ff]or|[Ww]ith|[Aa]bout|[Oo]n|[Aa]gainst|[Aa]t|[Ff]rom|[Bb]y|[Oo]ver|"
    r"[Tt]han|[Ii]nto|[Tt]owards?|[Ww]hom)\s+(?:the\s+)?$")
# A party tag or party name right after a mention: "Nancy Pelosi, D-Calif.,", "Sen. Richard
# Blumenthal, Democrat of Connecticut,", "Rep. Michele Bachmann (R-Minn.)"
_TRAILING_PARTY = re.compile(
    rf"\s*[,(]\s*(?:{PARTY_TAG}|(?:a\s+)?(?P<party>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?=\s+(?:of|from)\s+[A-Z]|\s*[,)]))")
# Who had a document without writing it: "a letter, obtained by Fox News"
_NOT_AUTHORED = frozenset("obtained seen reviewed reported published quoted cited".split())
# The author named right after a document: "a letter from 12 Republicans", "The suit, filed by
# Nebraska and Oklahoma"
_AUTHOR_OF = re.compile(r"[^.;:]{0,30}?\b(?:(?P<verb>\w+)\s+)?(?:from|by)\s+"
                        r"(?P<by>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of))*)")


@dataclass(slots=True)
class _Seen:
    pos: int
    actor: Actor
    speaker: bool
    sentence: int = 0
    quoted: bool = False  # said inside a quotation: never what a later pronoun points to
    oblique: bool = False  # after a preposition ("Of Obama, he said"): not the subject


class Resolver:
    """Resolve mentions in text order within one article.

    Pronouns look back sentence by sentence, nearest first: within a sentence a speaker, else
    the first person named (the subject); a "he" never takes a woman's name and a "she" never a
    man's, where a given name, an honorific or a role says which. Mentions inside quotations
    are not antecedents ("'I spoke to Biden,' he said" is not Biden speaking).
    """

    def __init__(self, knowledge: Knowledge, text: str = "",
                 sentences: tuple[Span, ...] = (), quoted: tuple[Span, ...] = ()):
        self.knowledge = knowledge
        self.text = text
        self.seen: list[_Seen] = []
        self.sentences = sorted(sentences)
        self._starts = [s for s, _ in self.sentences]
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.gender: dict[str, str] = {}
        self._readings: dict[str, Reading] = {}

    def sentence_of(self, pos: int) -> int:
        return bisect_right(self._starts, pos) - 1

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted[k][1]

    def seen_before(self, pos: int) -> list[_Seen]:
        """Give what was mentioned before a position, in text order."""
        return [s for s in self.seen if s.pos < pos]

    def note(self, pos: int, actor: Actor, speaker: bool = False, mention: str = "") -> None:
        if actor.kind == "person" and actor.name not in self.gender and (
                g := self._gender_of(actor, mention)):
            self.gender[actor.name] = g
        oblique = bool(_PREPOSITION_BEFORE.search(self.text, max(0, pos - 12), pos))
        insort(self.seen, _Seen(pos, actor, speaker, self.sentence_of(pos), self._in_quote(pos),
                                oblique), key=lambda s: s.pos)

    def _gender_of(self, actor: Actor, mention: str) -> str | None:
        for w in f"{mention} {actor.role or ''}".lower().split():
            if g := GENDER_WORDS.get(w):
                return g
        first = actor.name.split()[0].lower()
        return self.knowledge.given_names.get(first) if " " in actor.name else None

    def read(self, mention: str) -> Reading:
        """Read a mention (once per article: speakers are read again when resolved)."""
        reading = self._readings.get(mention)
        if reading is None:
            reading = self._readings[mention] = read_mention(mention, self.knowledge)
        return reading

    def resolve(self, mention: str, pos: int) -> Actor | None:
        """Give the actor a mention at pos refers to, and remember it."""
        reading = self.read(mention)
        actor = reading.actor
        before = self.seen_before(pos)
        if actor is None and reading.pronoun:
            actor = self._pronoun(reading.pronoun, pos, before)
        elif actor is None and reading.surname:
            actor = self._surname(reading.surname, before) or Actor(
                reading.surname, "person", "unknown", None, None, reading.country)
        elif actor is None and reading.document:
            actor = self._author(reading.document, pos) or Actor(
                _describe(mention), "unknown", "unknown", None, None, reading.country)
        elif actor is None and reading.head:
            actor = self._definite(reading.head, reading.country, reading.party, before)
            if actor is None:
                actor = Actor(_describe(mention), "organisation"
                              if reading.head in ORG_HEADS else "unknown",
                              ORG_HEADS.get(reading.head, "unknown"), None, None,
                              reading.country, reading.party)
        elif actor is not None and actor.kind == "person":
            actor = self.merge_person(actor, [s for s in self.seen if s.pos <= pos])
        if actor is not None:
            actor = self.with_party_after(actor, pos + len(mention))
            self.note(pos, actor, speaker=True, mention=mention)
        return actor

    def with_party_after(self, actor: Actor, end: int) -> Actor:
        """Take a party from a tag or name right after a person's mention ("Pelosi, D-Calif.")."""
        if actor.kind != "person" or actor.party or not self.text:
            return actor
        m = _TRAILING_PARTY.match(self.text, end, min(len(self.text), end + 60))
        if not m:
            return actor
        if m["tag"]:
            party = self.knowledge.party_tags.get(m["tag"].lower())
        else:
            party = self.knowledge.parties.get(m["party"].lower())
        if party is None:
            return actor
        return replace(actor, party=party.name, country=actor.country or party.country)

    def _fits(self, s: _Seen, want: str, gender: str | None) -> bool:
        kind = s.actor.kind
        if want == "person":
            return kind == "person" and (gender is None or self.gender.get(s.actor.name)
                                         in (None, gender))
        if want == "organisation":
            return kind in ("organisation", "media")
        return kind in ("group", "organisation", "anonymous") and (
            kind != "anonymous" or s.actor.name.endswith("s"))

    def _pronoun(self, pronoun: str, pos: int, before: list[_Seen]) -> Actor | None:
        want = PRONOUN_KIND[pronoun]
        gender = PRONOUN_GENDER.get(pronoun)
        here = self.sentence_of(pos)
        if self.sentences:
            for n in range(here, max(-1, here - WINDOW - 1), -1):
                pool = [s for s in before if s.sentence == n and not s.quoted
                        and not s.oblique and self._fits(s, want, gender)]
                if pool:
                    speakers = [s for s in pool if s.speaker]
                    return speakers[-1].actor if speakers else pool[0].actor
        # no sentences known, or nothing near: the last speakers, then anyone named
        for pool in ([s for s in before if s.speaker], before):
            for s in reversed(pool[-6:] if pool is before else pool[-3:]):
                if not s.quoted and self._fits(s, want, gender):
                    return s.actor
        return None

    def _surname(self, surname: str, before: list[_Seen]) -> Actor | None:
        for s in reversed(before):
            if s.actor.kind == "person" and s.actor.name.split()[-1] == surname:
                return s.actor
        return None

    def _definite(self, head: str, country: str | None, party: str | None,
                  before: list[_Seen]) -> Actor | None:
        person = head not in ORG_HEADS
        kinds = ("organisation", "media", "person") if person else ("organisation", "media")
        for s in reversed(before):
            a = s.actor
            if a.kind not in kinds:
                continue
            names = f"{a.name} {a.role or ''}".lower().split()
            names += [TITLE_ABBREVIATIONS.get(w, w) for w in names]
            if head in names and (country is None or a.country == country):
                return a
        if person and party:
            # "the presumptive Republican nominee": the last person of that party
            for s in reversed(before[-12:]):
                if s.actor.kind == "person" and s.actor.party == party and not s.quoted:
                    return s.actor
        return None

    def _author(self, document: str, pos: int) -> Actor | None:
        """Give the author of "the letter" or "the ad": named where the document was
        introduced, in the same or an earlier sentence ("The Romney campaign retorted with an
        ad", "a letter from 12 Republicans", "The suit, filed by Nebraska and Oklahoma")."""
        if not self.sentences:
            return None
        forms = [w for w, d in DOCUMENTS.items() if d == document]
        here = self.sentence_of(pos)
        for n in range(here, max(-1, here - 4), -1):
            s, e = self.sentences[n]
            e = min(e, pos)
            sentence = self.text[s:e]
            found = re.search(rf"\b(?:{'|'.join(forms)})\b", sentence, re.I)
            if not found or (n == here and found.start() + s >= pos - len(document) - 5):
                continue  # the mention itself is no introduction
            by = _AUTHOR_OF.match(sentence, found.end() + 1)
            if by and by["verb"] not in _NOT_AUTHORED:  # not "obtained by Fox News"
                a = self.read(by["by"]).actor
                if a is not None:
                    return a
            # who speaks in that sentence ("In a letter, ..., the lawmakers slammed"), else the
            # first actor named before the document
            inside = [x for x in self.seen if s <= x.pos < e and not x.quoted and x.pos < pos]
            speakers = [x for x in inside if x.speaker]
            firsts = speakers or [x for x in inside if x.pos < s + found.start()]
            if firsts:
                return firsts[0].actor
            subject = _SUBJECT.match(sentence)
            if subject and (a := self.read(subject["np"]).actor):
                return a
            return None
        return None

    def merge_person(self, actor: Actor, before: list[_Seen]) -> Actor:
        """A full name seen again, or a surname seen first, keeps one actor: the fullest."""
        last = actor.name.split()[-1]
        for s in reversed(before):
            a = s.actor
            if a.kind == "person" and a.name.split()[-1] == last:
                fuller = actor if len(actor.name.split()) >= len(a.name.split()) else a
                return fuller.fill(a if fuller is actor else actor)
        return actor


# The subject at the start of a sentence, after an opening adverbial: "The Romney campaign",
# "On Tuesday, the Republicans"
_SUBJECT = re.compile(r"(?:[^,]{0,60},\s+)?(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'.-]*"
                      r"(?:\s+[A-Z][\w’'.-]*)*(?:\s+(?:campaign|committee|administration|lawmakers|officials))?)")


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
        # the apposition says more than a plain name read at the same place
        out = [(sp, w) for sp, w in out if not (sp[0] == span[0] and sp[1] <= m.end("name"))]
        if not any(a <= span[0] < b for (a, b), _ in out):
            out.append((span, f"{m['name']}, a {m['role']}"))
    out.sort()
    return out


def _mention_starts(knowledge: Knowledge) -> frozenset[str]:
    """Give the words a mention can start with: first words of officials, organisations,
    countries and titles, and given names (one set per knowledge, for speed)."""
    def build(k: Knowledge) -> frozenset[str]:
        words = set(k.given_names)
        for table in (k.officials, k.organisations, k.countries, k.titles):
            words.update(_first_words(table))
        return frozenset(words)
    return _per_table("mention starts", knowledge, build)


def _mention_at(words: list[str], i: int, knowledge: Knowledge) -> int | None:
    """Give the end index of a titled name, known official or organisation starting at i."""
    if not is_capitalized(words[i]):
        # a title as written before a name: "Obama campaign spokeswoman Lis Smith"
        if words[i].lower() in knowledge.titles and i + 1 < len(words) \
                and is_capitalized(words[i + 1]):
            return _titled_name_at(words, i, knowledge)
        return None
    if words[i].lower() not in _mention_starts(knowledge):
        return None  # no table has an entry that starts with this word
    n, _ = _match_table(words, i, knowledge.officials)
    if n:
        return i + n
    titled = _titled_name_at(words, i, knowledge)
    if titled:
        return titled
    named = _given_name_at(words, i, knowledge)
    if named:
        return named
    n, org = _match_table(words, i, knowledge.organisations)
    if n and org.kind != "media" and _as_written(words, i, n, knowledge):
        return i + n
    return None


# Given names that are also everyday words: "Will Congress act?", "Grant Park"
WORDLIKE_NAMES = frozenset("""
will mark bill grant rose may june april august hope faith joy grace frank guy art dawn summer
max chase hunter rich ray jack pat sue don dean earl miles wade cliff stone young king long
""".split())


def _given_name_at(words: list[str], i: int, knowledge: Knowledge) -> int | None:
    """Match a plain name: a given name and a capitalised surname ("Margaret Ellis"), with an
    optional middle initial ("John F. Kennedy")."""
    low = words[i].lower()
    if low not in knowledge.given_names or low in WORDLIKE_NAMES:
        return None
    j = i + 1
    if j + 1 < len(words) and len(words[j]) == 1 and words[j].isupper() and words[j + 1] == ".":
        j += 2  # a middle initial
    if j >= len(words) or not is_capitalized(words[j]) or words[j].isupper():
        return None
    w = words[j].lower()
    if w in knowledge.titles or w in NOT_NAMES or any(
            w in _first_words(t) for t in (knowledge.organisations, knowledge.countries,
                                           knowledge.places)):
        return None
    return j + 1


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
