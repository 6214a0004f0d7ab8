"""Scan the words of a mention into its parts: official, organisation, party, country, place,
titles and a name ("Florida Sen. Marco Rubio", "Commuter group spokesman Tom Reed").

Each word is tried against the tables in a fixed order (``_MATCHERS``); the first that takes
it consumes its words. A capitalised word no table takes is a name word, anything else rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reportgen.analyze.actors.names import SUFFIXES, initials, same_given
from reportgen.analyze.tables import (
    as_written,
    first_words,
    join_words,
    match_table,
    per_table,
)
from reportgen.analyze.text import PARTY_TAG_WORD, is_capitalized, tokenize
from reportgen.frequency import zipf_at_least
from reportgen.knowledge import Knowledge, Official, Organisation
from reportgen.knowledge.words import POSSESSIVE_ENDINGS


@dataclass(frozen=True, slots=True)
class Parts:
    """What the words of one mention were read as."""

    raw: str  # the mention, white space normalised
    words: list[str]  # its words, leading articles dropped, possessives split
    definite: bool  # it opened with "the"
    indefinite: bool  # it opened with "a", "one", "several" ...
    head: str  # the last word, or the head before "of" ("Ministry of Defence")
    official: Official | None
    org: Organisation | None
    party: str | None
    country: str | None  # named, else implied by a party or place
    only_country: str | None  # a country named outright
    places: list[str]
    title_words: list[str]
    name_words: list[str]
    rest: list[str]
    role: str | None
    qualifies: bool  # the name stands right before the head: "the Obama campaign"
    # words no table took right before the first title: whose title it is ("NCAA" in "NCAA
    # President Ann Roe", "group" in "the group's president"); None when there are none
    qualifier: str | None = None

    def unstopped(self) -> list[str]:
        """Give its words without the full stop the mention ends with, which the tokenizer
        keeps as a word of its own: "Acme Widgets Inc." gives "Acme", "Widgets", "Inc"."""
        return self.words[:-1] if self.words[-1:] == ["."] else self.words


@dataclass(slots=True)
class _Scan:
    """The parts found so far while scanning (private to ``scan``)."""

    words: list[str]
    official: Official | None = None
    official_at: int = 0
    org: Organisation | None = None
    party: str | None = None
    party_country: str | None = None
    country: str | None = None
    place_country: str | None = None
    places: list[str] = field(default_factory=list)
    title_words: list[str] = field(default_factory=list)
    name_words: list[str] = field(default_factory=list)
    name_at: list[int] = field(default_factory=list)  # where each name word stands
    rest: list[str] = field(default_factory=list)
    plain: set[int] = field(default_factory=set)  # where words no table took stand
    title_at: int | None = None  # where the first title word stands


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
STOP = -1  # a matcher's answer: the rest of the mention says where the person works


def words_of(text: str) -> list[str]:
    """Give the words of a text as the tokenizer splits them."""
    return [t.text for t in tokenize(text)]


def scan(raw: str, knowledge: Knowledge) -> Parts | None:
    """Scan a mention into its parts; None when it holds no word but articles."""
    words = words_of(raw)
    # split a possessive: "the United Kingdom's Defense Ministry", "Clinton's campaign"
    words = [w for part in words for w in (
        [part[:-2], "’s"] if len(part) > 2 and part.lower().endswith(POSSESSIVE_ENDINGS)
        else [part])]
    # and one in -s before a description: "Sanders' wife", "the Democrats’ leader" (not a name
    # that holds one: "the Veterans' Affairs Department")
    words = [("’s" if w in ("'", "’") and 0 < k < len(words) - 1
              and words[k - 1][-1:] in ("s", "S") and words[k + 1][:1].islower() else w)
             for k, w in enumerate(words)]
    # and one inside a name, before a capitalised word, is its word's: "the National Police
    # Chiefs' Council", "the Ohio Sheriffs’ Association"
    words = _possessive_joined(words, knowledge)
    # a suffix set off by a comma is the name's: "Ned Norris, Jr."
    words = [w for k, w in enumerate(words) if not (
        w == "," and 0 < k < len(words) - 1 and _bare(words[k + 1]) in SUFFIXES
        and len(words[k + 1]) > 1)]
    if _DOTTED.search(raw):  # most mentions hold no dotted initials: no word is asked
        words = undotted(words, knowledge)
    definite = bool(words) and words[0].lower() == "the"
    indefinite = bool(words) and words[0].lower() in knowledge.words.indefinites
    while words and (words[0].lower() in knowledge.words.leading_articles
                     or (len(words) > 1 and _YEAR.fullmatch(words[0]))):
        words = words[1:]  # "a 2015 Congressional Research Service report": when, not who
    if not words:
        return None
    if _role_capitalised(words, knowledge):
        words = [words[0].lower(), *words[1:]]  # "Neighbor Ann Roe" opening a sentence
    s = _Scan(words)
    i = 0
    while i < len(words):
        n = _consume(s, i, knowledge)
        if n == STOP:
            break
        i += n
    return _parts(raw, s, definite, indefinite, knowledge)


# a body's initials written with periods, as the tokenizer leaves them before their last
# period: "F.B.I" of "the F.B.I.", "N.A.A.C.P"
_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+")
# the fewest letters of dotted initials that are a body's though the tables lack them
# ("N.A.A.C.P."); two ("J.D.", "E.U.") only where the tables hold them undotted ("A.P.")
_DOTTED_LETTERS = 3


def undotted(words: list[str], knowledge: Knowledge) -> list[str]:
    """Write a body's dotted initials as the acronym they spell, its closing period dropped,
    so every table and rule reads "the F.B.I." as "the FBI": initials the tables hold as
    written stay ("U.S.", "U.N.", "D.C."), and so do a person's, before a name ("J.D. Vance",
    "George H.W. Bush")."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        k += 1
        if not (_DOTTED.fullmatch(w) and _initials_of_body(w, words, k, knowledge)):
            out.append(w)
            continue
        out.append(w.replace(".", ""))
        if words[k:k + 1] == ["."]:
            k += 1  # its closing period, which the acronym does without
    return out


def _initials_of_body(word: str, words: list[str], k: int, knowledge: Knowledge) -> bool:
    """Tell whether dotted initials, the word before k, spell a body's acronym: not a key of
    the tables as written, not before a capitalised word that is no title nor a body's head
    (a person's name), and three letters or more or an acronym the tables hold."""
    if knowledge.lists_name(f"{word.lower()}.") or knowledge.lists_name(word.lower()):
        return False
    after = words[k + 1] if words[k:k + 1] == ["."] and k + 1 < len(words) else ""
    if is_capitalized(after) and not knowledge.title_word(after.lower()) \
            and after.lower() not in knowledge.words.org_heads \
            and after.lower() not in knowledge.words.name_heads:
        return False
    acronym = word.replace(".", "").lower()
    return len(acronym) >= _DOTTED_LETTERS or acronym in knowledge.acronyms


def _possessive_joined(words: list[str], knowledge: Knowledge) -> list[str]:
    """Join a plural possessive's apostrophe to its capitalised word where capitalised words
    after it end in a name's head: "Chiefs", "'", "Council" gives "Chiefs'", "Council"; not
    "the Times' Dean Baquet" (a person after it)."""
    out: list[str] = []
    for k, w in enumerate(words):
        if w in ("'", "’") and out and out[-1][-1:] == "s" and is_capitalized(out[-1]) \
                and k + 1 < len(words) and all(is_capitalized(x) for x in words[k + 1:]) \
                and words[-1].lower() in knowledge.words.name_heads:
            out[-1] += w
        else:
            out.append(w)
    return out


def _role_capitalised(words: list[str], knowledge: Knowledge) -> bool:
    """Tell whether the first word is a common noun for a person, capitalised only because it
    opens the sentence, before a given name and a surname: "Neighbor Ann Roe", "Voter Tom
    Reyes", "Nurse Dana Pike, 32" (as "neighbor Ann Roe" is read); not a title the tables
    hold ("Judge Ann Roe"), a title a name keeps ("Rabbi Ann Roe"), a body's word ("House",
    "Government"), a demonym ("Norwegian"), a given name ("Dean Roe"), nor a word before
    anything but a given name ("Government Accountability Office")."""
    if len(words) < 3 or not (words[0][:1].isupper() and words[0][1:].islower()):
        return False
    low, w = words[0].lower(), knowledge.words
    if low in knowledge.titles or low in w.name_titles or knowledge.given_name(low) \
            or low in w.org_heads or low in w.name_heads or low in w.org_descriptions \
            or low in knowledge.countries or low in knowledge.demonyms:
        return False
    return (low in w.relations or low in w.person_nouns
            or f"{low}s" in w.group_heads or f"{low}es" in w.group_heads
            or w.person_ending(low)) \
        and plain_given_name(words[1], knowledge) and is_capitalized(words[2])


def _consume(s: _Scan, i: int, knowledge: Knowledge) -> int:
    """Read the word at i; give how many words were consumed, or STOP."""
    if s.words[i] == "." and s.name_at and s.name_at[-1] == i - 1 \
            and (initials(s.words[i - 1]) or (i > 1 and _bare(s.words[i - 1]) in SUFFIXES)
                 or _saint(s.words, i - 1)):
        s.name_words.append(".")  # initials: "Mary K. Jones", "H.R. McMaster"; "Ned Norris Jr."
        s.name_at.append(i)
        return 1
    if s.words[i] in POSSESSIVE_ENDINGS or s.words[i] in (".", ",", "-"):
        return 1
    if _saint(s.words, i) and s.name_at and s.name_at[-1] == i - 1:
        s.name_words.append(s.words[i])  # "Sarah St. Vincent": "St." is her surname's
        s.name_at.append(i)
        return 1
    if _particle(s.words, i, knowledge):
        if s.name_at and s.name_at[-1] != i - 1:
            s.name_words, s.name_at = [], []  # a new run: "President von der Leyen"
        s.name_words.append(s.words[i])  # "Jan van Dijk", "Ursula von der Leyen"
        s.name_at.append(i)
        return 1
    word = s.words[i]
    # most words of a mention start no table's key: no matcher is asked (for speed)
    if word.lower() in _matcher_starts(knowledge) or word[1:2] == "-" \
            or _bracketed_letter(s.words, i):  # "D-Calif.", "(D)": a party's tag
        for matcher in _MATCHERS:
            n = matcher(s, i, knowledge)
            if n:
                return n
    _name_or_rest(s, i, knowledge)
    return 1


def _bracketed_letter(words: list[str], i: int) -> bool:
    """Tell whether words[i] is one capital letter alone in brackets, as some outlets write a
    party's tag: "Rep. Ann Roe (D) of Ohio"."""
    return 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")" \
        and len(words[i]) == 1 and words[i].isupper()


def _saint(words: list[str], i: int) -> bool:
    """Tell whether words[i] is the "St" of a surname, a full stop and a capitalised word
    after it: "St. Vincent", "St. Germain"."""
    return words[i] == "St" and i + 2 < len(words) and words[i + 1] == "." \
        and is_capitalized(words[i + 2])


def _particle(words: list[str], i: int, knowledge: Knowledge) -> bool:
    """Tell whether words[i] is a particle of a name before its capitalised part: "van" in
    "Jan van Dijk", "von" and "der" in "von der Leyen"."""
    particles = knowledge.words.name_particles
    k = i
    while k < len(words) and words[k] in particles:
        k += 1
    return k > i and k < len(words) and is_capitalized(words[k])


def _official(s: _Scan, i: int, knowledge: Knowledge) -> int:
    n, official = match_table(s.words, i, knowledge.officials)
    if not (n and official and is_capitalized(s.words[i])) or \
            _inside_a_name(s.words, i, n, knowledge) or \
            _other_given_name(s, n, official, knowledge) or _other_suffix(s.words, i + n, official):
        return 0
    s.official, s.name_words, s.official_at = official, s.words[i:i + n], i
    return n


def _other_given_name(s: _Scan, n: int, official: Official, knowledge: Knowledge) -> bool:
    """Tell whether a surname the table matched follows another person's given name: "Adm.
    Harry Harris" is not Kamala Harris, "Sarah Sanders" not Bernie Sanders."""
    given = [w for w in s.name_words if w != "." and len(w) > 1]
    if n != 1 or not given or same_given(given[0], official.name.split()[0]) \
            or given[0].lower() in official.name.lower().split():  # "Tayyip Erdogan"
        return False
    return plain_given_name(given[0], knowledge) or _unlisted_given_name(given[0], knowledge)


# a word at least this frequent in English is a word before it is a name ("Team", "Citizen")
_COMMON_ZIPF = 4.0


# a word at least this frequent in English opens a body's name before a place rather than a
# person's ("Battleground Texas")
_NAME_ZIPF = 3.0


def _given_before(s: _Scan, i: int, knowledge: Knowledge) -> bool:
    """Tell whether the name word before i is a given name: one the list holds ("Tim
    Alberta") or a rare word it lacks ("Leyla Santiago", "Kwame Washington"), where no
    official's surname stands before the name ("the Obama Pentagon" names no one) and the
    word is no name the tables list ("Breitbart London") nor a common word ("Battleground
    Texas")."""
    word = s.words[i - 1]
    low = word.lower()
    return low in knowledge.given_names \
        or (s.official is None and len(s.name_at) == 1 and _unlisted_given_name(word, knowledge)
            and not knowledge.lists_name(low) and not zipf_at_least(low, _NAME_ZIPF))


def _unlisted_given_name(word: str, knowledge: Knowledge) -> bool:
    """Tell whether a capitalised word before a table surname is a given name the name list
    lacks or calls word-like: a rare word ("Melania Trump", "Ivanka Trump") or a word-like
    name that is no auxiliary ("Hunter Biden"; "Will Trump" asks a question)."""
    low, words = word.lower(), knowledge.words
    if not (word[0].isupper() and word[1:].islower() and low.isalpha() and low.isascii()):
        return False
    if low in words.wordlike_names:
        return low in knowledge.given_names and low not in words.aux_verbs
    return not zipf_at_least(low, _COMMON_ZIPF)


def _other_suffix(words: list[str], end: int, official: Official) -> bool:
    """Tell whether a generational suffix the official's name lacks follows the match:
    "Donald Trump Jr." is not Donald Trump."""
    return end < len(words) and _bare(words[end]) in SUFFIXES \
        and official.name.split()[-1].lower().strip(".") != _bare(words[end])


def plain_given_name(word: str, knowledge: Knowledge) -> bool:
    """Tell whether a word is a given name and no everyday word ("May", "In")."""
    low, words = word.lower(), knowledge.words
    return knowledge.given_name(low) and low not in words.wordlike_names \
        and low not in words.non_names and low not in words.non_name_starts


def _bare(word: str) -> str:
    return word.lower().strip(".")


def _inside_a_name(words: list[str], i: int, n: int, knowledge: Knowledge) -> bool:
    """Tell whether a one-word match starts a longer proper name: "Harris County", "Trump
    Tower" (a capitalised word that is no title follows it)."""
    after = words[i + 1] if n == 1 and i + 1 < len(words) else ""
    return is_capitalized(after) and after.lower() not in knowledge.titles \
        and after.lower() not in knowledge.words.honorifics


def _ends_name(s: _Scan, i: int, n: int) -> bool:
    """Tell whether a one-word table match ends a name: "Rep. Steve Israel", "Liam Fox", also
    before the person's home ("Rep. Jim Jordan of Ohio")."""
    return n == 1 and bool(s.name_at) and s.name_at[-1] == i - 1 \
        and (i + 1 == len(s.words) or _home_after(s.words, i + 1))


# the most words of a home after a name: "of Iowa", "of West Virginia", "from New York City"
_HOME_WORDS = 3


def _home_after(words: list[str], k: int) -> bool:
    """Tell whether the words from k to the end are a person's home: "of" or "from" and a few
    capitalised words ("of Iowa", "from West Virginia")."""
    rest = words[k + 1:]
    return words[k] in ("of", "from") and 1 <= len(rest) <= _HOME_WORDS \
        and all(is_capitalized(w) and w.isalpha() for w in rest)


# whose one-word name opens a product's as well as a person's: "Apple Music", "Fox Business"
_PRODUCT_MAKERS = frozenset({"business", "media"})


def _starts_name(words: list[str], i: int, n: int, knowledge: Knowledge) -> bool:
    """Tell whether a one-word organisation opens a person's name that is all the mention
    holds: "Princeton Lyman", "Yale K. Smith" (a given name that is also a university), not
    "Harvard economist Ann Roe", "Gallup Poll" or "Harvard Law School"."""
    rest = words[i + 1:]
    names = [w for w in rest if w != "."]
    if n != 1 or i != 0 or words[0].isupper() or not 1 <= len(names) <= 2:
        return False
    k = knowledge.words
    closed = (knowledge.titles, k.honorifics, k.name_heads, k.org_heads, k.speaker_heads,
              k.surveys, k.documents, k.org_descriptions)
    name_like = all((is_capitalized(w) and not w.isupper()) or (len(w) == 1 and w.isupper())
                    for w in names)
    initials = all(w != "." or (j > 0 and len(rest[j - 1]) == 1) for j, w in enumerate(rest))
    return name_like and initials and not any(w.lower() in c for w in names for c in closed)


def _organisation(s: _Scan, i: int, knowledge: Knowledge) -> int:
    n, org = match_table(s.words, i, knowledge.organisations)
    if not (n and org and is_capitalized(s.words[i]) and as_written(s.words, i, n, knowledge)) \
            or _ends_name(s, i, n) or (org.type not in _PRODUCT_MAKERS
                                       and _starts_name(s.words, i, n, knowledge)):
        return 0  # an outlet or company that ends a name ("Liam Fox") or opens one
    if org.type != "legislator" and _opens_other_body(s.words, i, n, knowledge):
        return 0  # "the Senate Intelligence Committee" is the Senate's
    s.org = org
    if org.type == "party":  # a party's own committee is of the party: "DNC Chair Ann Roe"
        party = knowledge.parties.get(org.name.lower())
        s.party = s.party or (party.name if party is not None else org.name)
    if i + n < len(s.words) and is_capitalized(s.words[i + n]) \
            and knowledge.words.name_heads.get(s.words[i + n].lower()) == org.type:
        n += 1  # the organisation's own word after its name: "Politico Magazine"
    return n


# the words a department may be named by alone, its portfolio: "Homeland Security"
_PORTFOLIO_NAMES = frozenset({"homeland", "security", "affairs"})


def _opens_other_body(words: list[str], i: int, n: int, knowledge: Knowledge) -> bool:
    """Tell whether the organisation named by words[i:i + n] only opens the name of another
    body: a committee's ("House Homeland Security Committee", "the Treasury Committee"), or
    a capitalised word after a department named by its portfolio alone ("Homeland Security
    Investigations"; not a title: "Homeland Security Secretary")."""
    if i + n >= len(words) or not is_capitalized(words[i + n]):
        return False
    after = words[i + n].lower()
    if after in knowledge.words.legislative:
        return True
    portfolio = knowledge.words.portfolios | _PORTFOLIO_NAMES
    title = after in knowledge.titles or (i + n + 1 < len(words) and join_words(
        words[i + n:i + n + 2]).lower() in knowledge.titles)
    return not title and all(w.lower() in portfolio for w in words[i:i + n])


def _party(s: _Scan, i: int, knowledge: Knowledge) -> int:
    n, party = match_table(s.words, i, knowledge.parties, 4)
    if not (n and party and is_capitalized(s.words[i])
            and as_written(s.words, i, n, knowledge)):
        return 0
    s.party = s.party or party.name
    s.party_country = s.party_country or party.country
    return n


def _party_tag(s: _Scan, i: int, knowledge: Knowledge) -> int:
    tag = PARTY_TAG_WORD.match(s.words[i])
    letter = tag["tag"] if tag else s.words[i] if _bracketed_letter(s.words, i) else None
    party = knowledge.party_tags.get(letter.lower()) if letter else None
    if party is None:
        return 0
    s.party = s.party or party.name
    s.party_country = s.party_country or party.country
    return 1


def _affiliation(s: _Scan, i: int, knowledge: Knowledge) -> int:
    """"Alan Brinkley of Columbia University": the rest says where the person works."""
    words = s.words
    # "of the" after a whole name only: "Ann Weil of the National Academy", not "Frequent
    # critic of the White House Sen. Lindsey Graham"
    the = i + 2 < len(words) and words[i + 1].lower() == "the" and len(s.name_words) >= 2
    j = i + 2 if the else i + 1
    if not (words[i].lower() in knowledge.words.affiliation_prepositions and s.name_words
            and j < len(words) and is_capitalized(words[j])) or _rank_word(s.name_words, knowledge):
        return 0
    org, country = _where(words[i + 1:], knowledge)
    s.org = s.org or org
    s.country = s.country or country
    return STOP


def _rank_word(name: list[str], knowledge: Knowledge) -> bool:
    """Tell whether the one name word before "of" is a word of a title's rank, no name: "Chief
    of Naval Operations Adm. John Richardson" (not "Alan Brinkley of Columbia University")."""
    return len(name) == 1 and name[0].lower() in knowledge.words.modifiers


def _country(s: _Scan, i: int, knowledge: Knowledge) -> int:
    n, country = match_table(s.words, i, knowledge.countries, 4)
    if not (n and country and is_capitalized(s.words[i])) or _ends_name(s, i, n) \
            or _opens_name(s.words, i, n, knowledge):
        return 0  # a country, unless it ends a name ("Rep. Steve Israel") or opens one
    s.country = s.country or country.name
    return n


def _place(s: _Scan, i: int, knowledge: Knowledge) -> int:
    n, place = match_table(s.words, i, knowledge.places, 4)
    if not (n and place and is_capitalized(s.words[i])) or (
            _ends_name(s, i, n) and _given_before(s, i, knowledge)) \
            or _opens_name(s.words, i, n, knowledge):
        return 0  # a place, unless it ends a name ("Tim Alberta") or opens one
    s.place_country = s.place_country or place.name  # "Florida Sen. Marco Rubio"
    s.places.append(join_words(s.words[i:i + n]))
    return n


def _opens_name(words: list[str], i: int, n: int, knowledge: Knowledge) -> bool:
    """Tell whether a one-word place or country is the given name of a person whose surname
    follows: "Georgia Smith", "Virginia Foxx", "Austin Scott" (not "Virginia Gov. Ruth Vail",
    "Georgia Republican Ann Roe", "Virginia Tech", "Georgia's governor")."""
    if n != 1 or i + 1 >= len(words) or not plain_given_name(words[i], knowledge):
        return False
    after, low, k = words[i + 1], words[i + 1].lower(), knowledge.words
    if len(after) == 1 and after.isupper():
        return i + 2 < len(words) and words[i + 2] == "."  # a middle initial: "Georgia K. Smith"
    if not (is_capitalized(after) and after.isalpha() and after[1:].islower()) \
            or knowledge.title_word(low) or (i + 2 < len(words) and words[i + 2] == ".") \
            or low in k.honorifics or low in k.org_heads or low in k.name_heads \
            or low in k.party_nouns or low in k.modifiers or low in k.group_heads:
        return False
    then = words[i + 2].lower() if i + 2 < len(words) else ""
    if then in k.name_heads or then in k.org_heads:
        return False  # "Florida Atlantic University"
    return not any(match_table(words, i + 1, table, 4)[0] for table in (
        knowledge.parties, knowledge.countries, knowledge.places, knowledge.organisations))


def _metonym(s: _Scan, i: int, knowledge: Knowledge) -> int:
    w = s.words[i]
    met = knowledge.metonyms.get(w.lower())
    if not (met and is_capitalized(w)) or (
            _ends_name(s, i, 1) and _given_before(s, i, knowledge)):
        # a capital for its country, unless it ends a name ("Robert Amsterdam", "Leyla
        # Santiago")
        return 0
    s.country = s.country or met.name
    s.rest.append(w)
    return 1


def _title(s: _Scan, i: int, knowledge: Knowledge) -> int:
    n, _ = match_table(s.words, i, knowledge.titles, 4)
    after = [w for w in s.words[i + 1:] if w != "."]
    suffixed = bool(after) and all(_bare(w) in SUFFIXES for w in after)
    alone = not after or _home_after(s.words, i + 1)  # nothing after but a home: "of Iowa"
    if n == 1 and is_capitalized(s.words[i]) and s.name_at and s.name_at[-1] == i - 1 and \
            (suffixed or (alone and (s.words[i - 1].lower() in knowledge.given_names
                                     or s.title_at is not None))):
        # a surname that is also a title: "Rep. Peter King", "Martin Luther King Jr.", "Sen.
        # Angus King of Maine" (a title before the given name)
        return 0
    if n and s.title_at is None:
        s.title_at = i
    s.title_words.extend(s.words[i:i + n])
    return n


_MATCHERS: tuple[Callable[[_Scan, int, Knowledge], int], ...] = (
    _official, _organisation, _party, _party_tag, _affiliation, _country, _place, _metonym,
    _title)


def _matcher_starts(knowledge: Knowledge) -> frozenset[str]:
    """Give the lower-case words a matcher of ``_MATCHERS`` can take (but for a party tag,
    "D-Calif."): the first words of the keys of the tables they match, the affiliation
    prepositions and the metonyms (one set per knowledge)."""
    def build(k: Knowledge) -> frozenset[str]:
        words = set(k.words.affiliation_prepositions) | set(k.metonyms)
        for table in (k.officials, k.organisations, k.parties, k.countries, k.places, k.titles):
            words.update(first_words(table))
        return frozenset(words)
    return per_table("matcher starts", knowledge, build)


def residue(w: str, knowledge: Knowledge) -> bool:
    """Tell whether a word is link or caption residue: "READ MORE", "Hide Caption"."""
    words, low = knowledge.words, w.lower()
    return low in words.caption_words or (low in words.residue_words and w.isupper())


def _name_or_rest(s: _Scan, i: int, knowledge: Knowledge) -> None:
    """Take a word no table took as a name word when it is capitalised, else as rest."""
    w, low, words = s.words[i], s.words[i].lower(), knowledge.words
    s.plain.add(i)
    if residue(w, knowledge) or (i + 1 < len(s.words) and s.words[i + 1].lower()
                                 in words.caption_words):
        s.rest.append(w)  # "Hide Caption": the word before a caption word goes too
        return
    if not (is_capitalized(w) and low not in words.org_heads and low not in words.portfolios
            and not _calendar_word(s.words, i, knowledge)
            and low.rsplit("-", 1)[-1] not in words.compound_adjectives  # "London-based"
            and not (_opens_no_name(low, knowledge) and not s.name_words and not w.isupper())
            and not _number_sign(s.words, i, knowledge) and not PARTY_TAG_WORD.match(w)):
        s.rest.append(w)
        return
    if s.name_at and s.name_at[-1] != i - 1 and s.official is None:
        # a new run of capitalised words: the name is the run after the title
        # ("Commuter group spokesman Tom Reed" -> Tom Reed)
        s.name_words, s.name_at = [], []
    elif s.official is not None and s.title_words and not s.name_at:
        _after_official(s, i, knowledge)
    s.name_words.append(w)
    s.name_at.append(i)


def _number_sign(words: list[str], i: int, knowledge: Knowledge) -> bool:
    """Tell whether the word at i abbreviates "number" before a period and a figure: a rank,
    no name ("the Senate's No. 2 Democrat", "the party's No. 3")."""
    return words[i].lower() in knowledge.words.number_signs and i + 2 < len(words) \
        and words[i + 1] == "." and words[i + 2][:1].isdigit()


def _calendar_word(words: list[str], i: int, knowledge: Knowledge) -> bool:
    """Tell whether the word at i is a day or a month, no name ("late Friday night", "a July
    report"); not a given name before a surname ("Wednesday Addams", "April Ryan")."""
    low = words[i].lower()
    if low not in knowledge.words.days and low not in knowledge.words.months:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return not (is_capitalized(after) and after.lower() not in knowledge.words.time_words)


def _opens_no_name(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a capitalised word opening a mention is no name: "Critics said",
    "Investigators said", "One source", "Fifty-nine percent", "Only a third", "Hundreds of
    nurses"."""
    words = knowledge.words
    return low in words.non_name_starts or low in words.group_heads \
        or low.split("-")[0] in words.number_words or low in words.approximators \
        or low in words.counts


def _after_official(s: _Scan, i: int, knowledge: Knowledge) -> None:
    """A name after an official and a title: "Obama campaign spokeswoman Lis Smith" is Lis
    Smith, who speaks for the official's camp."""
    qualifier = s.official
    assert qualifier is not None
    s.official, s.name_words = None, []
    heads = knowledge.words.org_heads
    camp = [x for x in s.words[s.official_at:i] if x.lower() not in knowledge.titles]
    if any(x.lower() in heads for x in camp):
        s.org = s.org or Organisation(join_words(camp), "organisation", "party", None)
    if s.org is not None or {x.lower() for x in s.title_words} & knowledge.words.staff:
        s.party = s.party or qualifier.party  # a campaign's or an aide's camp
    s.country = s.country or qualifier.country


def _parts(raw: str, s: _Scan, definite: bool, indefinite: bool,
           knowledge: Knowledge) -> Parts:
    words = s.words
    # honorifics are not part of a name: "Mr. Strzok" is Strzok, "Dr. Jane Roe" is Jane Roe
    name_words = _unglued([w for w in _past_portfolio(s, knowledge)
                           if w.lower().rstrip(".") not in knowledge.words.honorifics])
    head = (words[-2] if words[-1] == "." and len(words) > 1 else words[-1]).lower()
    for n, w in enumerate(words[:-1]):
        # "Ministry of Defence", "League of Tidy Voters", "Supporters of the mayor": the head
        # stands before "of"
        if _head_before_of(w.lower(), words[n + 1].lower(), knowledge) or \
                _title_before_place(words, n, s.places, knowledge):
            head = w.lower()
            if _placed_after(words, n, s.name_at, knowledge):
                name_words = []  # "a diplomat in the Middle East": where, not who
            break
    country = s.country
    if s.org is not None and s.org.country:
        country = country or s.org.country
    qualifies = (bool(s.name_at) and s.name_at[-1] == len(words) - 2) or (
        s.official is not None and join_words(name_words).lower() == join_words(
            words[:-1]).lower())
    return Parts(raw, words, definite, indefinite, head, s.official, s.org, s.party,
                 country or s.party_country or s.place_country, country, s.places,
                 s.title_words, name_words, s.rest,
                 _role(raw, name_words, s.title_words, knowledge), qualifies,
                 _qualifier(s, knowledge))


def _past_portfolio(s: _Scan, knowledge: Knowledge) -> list[str]:
    """Give the name words without the department a title's "of" names before them: "Secretary
    of Homeland Security Ann Roe" is Ann Roe, "Acting Secretary of Veterans Affairs Tom Reyes"
    Tom Reyes (the name starts at a given name that a surname follows); "Speaker of the House Ann
    Roe" and "Alan Brinkley of Columbia University" are read by the other steps."""
    at, names = s.name_at, s.name_words
    if len(at) < 3 or at[0] < 2 or s.words[at[0] - 1].lower() != "of" \
            or s.title_at is None or s.title_at > at[0]:
        return names
    start = next((n for n in range(1, len(names) - 1) if plain_given_name(names[n], knowledge)),
                 0)
    return names[start:]


def _qualifier(s: _Scan, knowledge: Knowledge) -> str | None:
    """Give the words no table took right before the first title ("Waffle Iron Co." in
    "Waffle Iron Co. spokeswoman", "group" in "the group's president"), which say whose
    title it is. Modifiers and portfolios ("former", "Trade Secretary", "House" in "House
    Freedom Caucus Chairman") are not: a name of them alone is a government post."""
    if s.title_at is None:
        return None
    words = knowledge.words
    office = words.modifiers | words.portfolios | _PORTFOLIO_NAMES
    run: list[str] = []
    for i in range(s.title_at - 1, -1, -1):
        w, low = s.words[i], s.words[i].lower()
        if w in POSSESSIVE_ENDINGS or w == ".":
            continue
        if i not in s.plain or low in words.determiners or (
                low in office and low == w and low not in words.org_heads):
            break
        run.insert(0, w)
    while run and run[0].lower() in office and run[0].lower() not in words.org_heads:
        run = run[1:]
    if len(run) == 1 and _DEMONYM.search(run[0]):
        return None  # a country's adjective the table lacks: "Chilean President"
    return join_words(run) if run else None


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")


_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")


def _unglued(name: list[str]) -> list[str]:
    """Cut the text a scraped page glued to a name's last word, and a name a tooltip repeats
    in full: "Lisa Murkowski Lisa Ann MurkowskiHillicon" is Lisa Ann Murkowski. A one-word
    name is left alone ("FiveThirtyEight", "BuzzFeed")."""
    if len(name) < 2 or not _GLUED.search(name[-1]):
        return name
    last = _GLUED.split(name[-1])[0]
    name = [*name[:-1], last]
    if last in name[:-1]:  # the tooltip repeats the name: keep its full form
        name = name[name.index(last) + 1:]
    return name


def _head_before_of(word: str, after: str, knowledge: Knowledge) -> bool:
    """Tell whether a word heads a phrase it stands before "of" or "for" in (an organisation's
    word also before "on": "the Council on Foreign Relations"; one only before "of": "the
    Fraternal Order of Police"), or an unnamed
    source's word before where the source works ("an aide on the committee", "an official at
    the agency": the source speaks, not the committee)."""
    words = knowledge.words
    return (after == "of" and (word in words.org_heads or word in words.of_heads)) or (
        after in ("of", "for") and (word in words.name_heads or word in words.group_heads)) or (
        after == "on" and word in words.name_heads) or (
        after in _WHERE and (word in words.anonymous_heads or word in words.staff
                             or word in words.person_nouns or words.people(word)))


# where people are, or whom they come from: "nurses on the ward", "lawmakers from both parties"
_WHERE = frozenset({"on", "at", "in", "with", "from"})


def _placed_after(words: list[str], n: int, name_at: list[int], knowledge: Knowledge) -> bool:
    """Tell whether the capitalised words read as a name stand after "the" in where the
    person a lower-case head at n is ("a diplomat in the Middle East", "an official at the
    Gulf"): a place or a body the tables lack, never the person's name, which no "the"
    stands right before. Only a head the lexicon lists for a person ("A blog post on the
    CWA website" is the CWA's)."""
    low, lexicon = words[n], knowledge.words
    return bool(name_at) and low.islower() and words[n + 1].lower() in _WHERE \
        and (low in knowledge.titles or low in lexicon.anonymous_heads or low in lexicon.staff
             or low in lexicon.person_nouns) \
        and name_at[0] >= n + 3 and words[name_at[0] - 1].lower() == "the" \
        and all(words[k].lower() not in knowledge.titles for k in range(n + 2, name_at[0]))


def _title_before_place(words: list[str], n: int, places: list[str],
                        knowledge: Knowledge) -> bool:
    """Tell whether words[n] is a title the rest of the mention only places: "the senator
    from Wyoming", "the congresswoman from Vermont", "the governor of Ohio" (not "the
    president of the company": a place must follow)."""
    if words[n].lower() not in knowledge.titles or n + 2 >= len(words) or \
            words[n + 1].lower() not in ("from", "of"):
        return False
    rest = join_words([w for w in words[n + 2:] if w.lower() != "the"])
    return rest in places


def _role(raw: str, name_words: list[str], title_words: list[str],
          knowledge: Knowledge) -> str | None:
    """Give the role as written: what stands before the name, less articles and the country."""
    if not title_words:
        return None
    if name_words and (at := raw.find(name_words[0])) > 0:
        words = words_of(raw[:at])
        while words and (words[0].lower() in knowledge.words.leading_articles
                         or words[0].lower() in knowledge.countries
                         or words[0] in knowledge.words.time_words):  # "the late Rep."
            words = words[1:]
        while words and words[0] == ".":
            words = words[1:]  # "U.S. Rep. Ann Lee": the country's period
        words = _before_name(words, knowledge)
        if words and words[-1] not in (",",):
            return join_words(words)
    return join_words(title_words)


def _before_name(words: list[str], knowledge: Knowledge) -> list[str]:
    """Drop the given names and initials that end what stands before a name: "Sen. Charles
    E." (a table matched "Schumer" alone) is "Sen."."""
    while words:
        dot = words[-1] == "." and len(words) > 1
        at = len(words) - 1 - dot
        if not _name_like(words, at, knowledge):
            break
        words = words[:at]
    return words


def _name_like(words: list[str], at: int, knowledge: Knowledge) -> bool:
    """Tell whether the word at ``at`` is part of a name, not of a title: an initial, a given
    name or honorific, or a capitalised word after a title ("President Trump"), not one
    inside a title's phrase ("Secretary of Energy", "Speaker of the House")."""
    w, low = words[at], words[at].lower()
    if at > 0 and f"{words[at - 1].lower()} {low}" in knowledge.titles:
        return False  # the end of a title: "First lady"
    if (len(w) == 1 and w.isupper()) or plain_given_name(w, knowledge) or \
            low in knowledge.words.honorifics:
        return True
    if not is_capitalized(w) or knowledge.title_word(low):
        return False
    start = at  # the run of capitalised words: "of Homeland Security" is a title's phrase
    while start > 0 and is_capitalized(words[start - 1]) \
            and not knowledge.title_word(words[start - 1].lower()):
        start -= 1
    return start > 0 and words[start - 1].lower() not in ("of", "the", "for", "and", "&")


def _where(words: list[str], knowledge: Knowledge) -> tuple[Organisation | None, str | None]:
    """Read what follows "of" or "at" after a name: (organisation, country). A capitalised
    run with an organisation's head ("Columbia University") is an organisation even when the
    knowledge lacks it; a place the knowledge lacks ("Delaware") gives neither."""
    while words and words[0].lower() in knowledge.words.leading_articles:
        words = words[1:]
    n, org = match_table(words, 0, knowledge.organisations)
    if n and org and as_written(words, 0, n, knowledge):
        return org, org.country
    n, country = match_table(words, 0, knowledge.countries, 4)
    if n and country:
        return None, country.name
    n, country = match_table(words, 0, knowledge.places, 4)
    if n and country:
        return None, country.name
    run = []
    for w in words:
        if not (is_capitalized(w) or w in ("of", "for", "and", "&")):
            break
        run.append(w)
    while run and not is_capitalized(run[-1]):
        run.pop()
    types = {**knowledge.words.name_heads, **knowledge.words.org_heads}
    heads = [w.lower() for w in run if w.lower() in types]
    if heads:
        org_type = types[heads[-1]]
        return Organisation(join_words(run), "organisation", org_type, None), None
    return None, None
