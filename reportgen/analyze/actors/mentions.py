"""Find the people and organisations named in a body text, quoted or not: a known official,
a titled name ("Russian President Vladimir Putin"), a given name and surname ("Margaret
Ellis"), a known organisation, and a name with an apposition ("Justin Bronk, a senior
research fellow at RUSI").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate
from operator import attrgetter

from reportgen.analyze.actors.names import SUFFIXES, TITLE_SURNAMES, given_variants, initials
from reportgen.analyze.actors.officials import read_state
from reportgen.analyze.tables import (
    as_written,
    first_words,
    kept,
    match_table,
    per_table,
    place_before,
)
from reportgen.analyze.text import (
    Token,
    is_capitalized,
    matches_at,
    tokenize,
    words_before_marks,
)
from reportgen.frequency import zipf_at_least
from reportgen.knowledge import Knowledge
from reportgen.knowledge.roster import load_roster
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.models import Actor, Span

_APPOSITION = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'.-]+){1,3}),\s+(?P<article>(?:a|an|the)\s+)?"
    r"(?P<role>(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\.|\b(?:[A-Z]\.){2,}|[^,.;\n]){3,80}?)"
    r"(?:,|\.|\s+(?:said|told|says|added|wrote))")

# A role set off before the name it describes, both between commas: "the first lady, Melania
# Trump, toured", "met the city treasurer, Ann Roe, on Monday" (not "left the house, Ann Roe
# said"). The word boundary is asked after the "T" (see article._HONOURED: for speed)
_FRONTED_REST = r"\s+(?P<role>[a-z][\w’'-]*(?:[^\S\n]+[a-z][\w’'-]*){0,3}),[^\S\n]+" \
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'.-]+){1,3})(?=,)"
_FRONTED_ROLE = re.compile(r"[Tt](?<!\w[Tt])he" + _FRONTED_REST)
# ... the same, one for "the" and one for "The", the word first: a pattern that opens with a
# word as written is searched for that word, faster than the engine tries a class at each
# "t" (a search for each finds where the pattern may start: _fronted_starts)
_FRONTED_BY_CASE = tuple(re.compile(rf"{t}he(?<!\w{t}he){_FRONTED_REST}") for t in "tT")


def _fronted_starts(text: str) -> list[int]:
    """Give, in order, every place where ``_FRONTED_ROLE`` matches, overlapping or not (for
    ``text.matches_at``): each match of one of ``_FRONTED_BY_CASE``, the search for the next
    one going on from the place after it (the matches are few: 100 in 2,000 articles)."""
    out: list[int] = []
    for pattern in _FRONTED_BY_CASE:
        m = pattern.search(text)
        while m is not None:
            out.append(m.start())
            m = pattern.search(text, m.start() + 1)
    return sorted(out)


def find_mentions(text: str, knowledge: Knowledge,
                  tokens: list[Token] | None = None) -> list[tuple[Span, str]]:
    """Find named people and organisations cited in a body text, quoted or not."""
    toks = tokenize(text) if tokens is None else tokens
    words = [t.text for t in toks]
    # the words no mention can start with, skipped before ``_mention_at`` is asked (for speed)
    starts = per_table("mention or title starts", knowledge,
                       lambda k: _mention_starts(k) | frozenset(k.titles))
    breaks = _paragraph_starts(text, toks)
    out: list[tuple[Span, str]] = []
    i = 0  # the first token no mention found so far covers
    for k in [k for k, t in enumerate(toks) if t.low in starts]:
        if k < i:
            continue
        found = _mention_at(words, k, knowledge)
        if found and found > (limit := _paragraph_end(breaks, k, len(words))):
            found = _mention_at(words[:limit], k, knowledge)  # no name runs on past its line
        if found:
            if (placed := place_before(words, k, knowledge, i, found)) is not None:
                k = placed.start  # "the Texas Supreme Court", "the Israeli Supreme Court"
            out.append(((toks[k].start, toks[found - 1].end),
                        text[toks[k].start:toks[found - 1].end]))
            i = found
    out = _with_unlisted_names(text, toks, words, out, knowledge, breaks)
    out = _with_leading_initials(text, out, knowledge)
    named = _with_kin_names(text, _with_appositions(text, out, knowledge), knowledge)
    named = _with_nicknamed(text, named, knowledge)
    named = _with_organisations(text, _with_fronted_roles(text, named, knowledge), knowledge)
    return _with_described_organisations(text, named, knowledge)


def _paragraph_starts(text: str, toks: list[Token]) -> list[int]:
    """Give the tokens that open a line: a name never runs on over a line break ("Photo:
    Brian Frank" above "McCarthy said" is no "Brian Frank McCarthy"). A token opens a line
    where a line break stands in the gap before it: each break is looked up among the tokens'
    starts (no token holds white space), rather than each gap looked at (for speed)."""
    out: list[int] = []
    at = text.find("\n")
    while at >= 0:
        k = bisect_right(toks, at, key=_START)  # the token after the break
        if 0 < k < len(toks) and (not out or out[-1] != k):
            out.append(k)
        at = text.find("\n", at + 1)
    return out


_START = attrgetter("start")


def _paragraph_end(breaks: list[int], k: int, n: int) -> int:
    """Give the first token after k that opens a line (``_paragraph_starts``), else n."""
    j = bisect_right(breaks, k)
    return breaks[j] if j < len(breaks) else n


# An organisation's proper name: "Judicial Watch", "MoveOn", "Concerned Veterans for America"
_ORG_NAME = r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w’'&.-]*(?:[^\S\n]+(?:(?:of|for|the|and|&)[^\S\n]+)*" \
            r"[A-Z][\w’'&.-]*){0,5})"
# the words between an article and a description's head, none of them an article or a
# preposition ("the dinner was hosted by a group called X" starts at "a group")
_MODIFIERS = r"(?P<mods>(?:(?!(?:a|an|the|by|of|for|at|with|to|in|on|from|and)[^\S\n])" \
             r"[\w’'-]+[^\S\n]+){0,5}?)"


@cache
def _described_patterns(heads: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """Give the three ways a text introduces an organisation by a description: after its name
    ("Judicial Watch, a conservative legal group"), before it ("the watchdog group Public
    Citizen", "a group called Tidy Streets"), and its name as the description's modifier
    ("the Boko Haram militant group")."""
    head = rf"(?P<head>{'|'.join(sorted(heads, key=lambda w: (-len(w), w)))})"
    after = re.compile(rf"{_ORG_NAME},[^\S\n]+(?:an?|the)[^\S\n]+{_MODIFIERS}{head}"
                       r"(?![\w’'-])(?P<next>[^\S\n]+[\w’'-]+)?")
    before = re.compile(rf"\b(?:[Tt]he|[Aa]n?)[^\S\n]+{_MODIFIERS}{head}[^\S\n]+"
                        rf"(?:(?:called|named|known[^\S\n]+as)[^\S\n]+)?{_ORG_NAME}")
    modifier = re.compile(r"\b[Tt]he[^\S\n]+(?P<name>[A-Z][\w’'&.-]*(?:[^\S\n]+[A-Z][\w’'&.-]*)"
                          r"{0,4})[^\S\n]+(?P<mods>(?:[a-z][\w-]*[^\S\n]+){0,2}?)"
                          rf"{head}(?![\w’'-])(?P<next>[^\S\n]+[\w’'-]+)?")
    return after, before, modifier


# the organisations described kept per knowledge and mention (cleared past this many)
_DESCRIBED_KEPT = 20_000


def described_organisation(written: str, knowledge: Knowledge) -> Actor | None:
    """Give the organisation a mention introduces by a description ("Judicial Watch, a
    conservative legal group", "the watchdog group Public Citizen"), or None. A pure function
    of the two, asked of every mention an article names (three patterns tried on each): kept
    per mention, as articles repeat their names."""
    return kept("described organisations", knowledge, written, _DESCRIBED_KEPT,
                _described_organisation, written, knowledge)


def _described_organisation(written: str, knowledge: Knowledge) -> Actor | None:
    heads = knowledge.words.org_descriptions
    after, before, modifier = _described_patterns(frozenset(heads))
    m = after.match(written) or before.match(written) or modifier.match(written)
    if m is None or not _organisation_named(m, knowledge):
        return None
    name = re.sub(r"^[Tt]he\s+", "", m["name"])
    if _sentence_end(name, knowledge):
        name = name[:-1]  # "a group called Patriotic Millionaires."
    type_ = heads[m["head"]].split(",")[0]
    return Actor(name, "media" if type_ == "media" else "organisation", type_)


def _sentence_end(name: str, knowledge: Knowledge) -> bool:
    """Tell whether a name's last period ends the sentence, not an abbreviation ("Co.")."""
    last = name.split()[-1]
    return last.endswith(".") and last[:-1].lower() not in knowledge.words.abbreviations


def _organisation_named(m: re.Match[str], knowledge: Knowledge) -> bool:
    """Tell whether a description's match names an organisation: its words between article
    and head only describe ("a member of the group" is no description of the name before),
    the word after the head is no title ("a group spokesman") nor a verb (the description
    is then a clause's subject: "In a statement to The Intercept, the agency said"), and the
    name is nobody's ("the company CEO Ann Roe", "Ann Roe, a company founder", "Ali Roe, a
    bank examiner": a given name of either sex opens a person's name)."""
    k, words = knowledge, knowledge.words
    people = k.titles.keys() | words.speaker_heads | words.staff | words.anonymous_heads
    mods = m["mods"].lower().split()
    if any(w in words.staff or w in words.anonymous_heads or w in words.oblique_prepositions
           or w in words.affiliation_prepositions for w in mods):
        return False  # "a spokesman for the group", "an aide at the company"
    after = (m.groupdict().get("next") or "").strip().lower()
    if after and (after in people or after in words.org_heads):
        return False
    set_off = m.string[m.end("name"):m.start("head")].startswith(",")
    if set_off and (after in k.cues or after in words.aux_verbs or after in words.modals):
        return False  # "In a statement to The Intercept, the agency said": a new subject
    name = re.sub(r"^[Tt]he\s+", "", m["name"]).split()
    first = name[0].lower()
    return not (k.given_name(first) or first in words.non_names
                or first in words.non_name_starts or first in words.pronoun_kinds
                or first in words.connectors or first in words.openers  # "Instead, the firm"
                or (first in words.sentence_adverbs and len(name) == 1)  # "Eventually, the group"
                or any(w.lower() in k.titles or w.lower() in k.officials
                       or w.lower().rsplit("-", 1)[-1] in words.compound_adjectives
                       for w in name)  # "the London-based firm X" names X
                or " ".join(name).lower() in k.demonyms or " ".join(name).lower() in k.parties
                or " ".join(name).lower() in k.countries or " ".join(name).lower() in k.places)


def _with_described_organisations(text: str, found: list[tuple[Span, str]],
                                  knowledge: Knowledge) -> list[tuple[Span, str]]:
    """Add the organisations a text introduces by a description, where no other mention
    stands ("MoveOn, a liberal advocacy group, ..."), so that "the group" can find them."""
    after, before, modifier = _described_patterns(frozenset(knowledge.words.org_descriptions))
    starts = [sp[0] for sp, _ in found]
    reach = list(accumulate((sp[1] for sp, _ in found), max))
    added: list[tuple[Span, str]] = []
    blocks = _blocks_with(text, knowledge.words.org_descriptions)
    for pattern in (after, before, modifier):
        for m in (m for start, end in blocks for m in pattern.finditer(text, start, end)):
            if not _organisation_named(m, knowledge):
                continue
            span = (m.start(), m.end("head") if pattern is not before
                    else m.end("name") - _sentence_end(m["name"], knowledge))
            k = bisect_right(starts, span[1]) - 1
            if k >= 0 and reach[k] > m.start("name") and starts[k] < m.end("name"):
                continue  # the name is a mention found already
            added.append((span, text[span[0]:span[1]]))
    return sorted(found + added) if added else found


def _blocks_with(text: str, heads: Iterable[str]) -> list[Span]:
    """Give the stretches of text the description patterns can match in, in text order: the
    lines that hold a head ("group"), as each match holds one and no line break, but where
    ``_ORG_NAME``'s "[Tt]he\\s+" spans one: a line ending in "The" goes on into the next.
    Scanning these alone finds the matches a scan of the whole text finds (for speed: the
    three scans were a twentieth of the analysis, and most lines hold no head). A head counts
    only as a word of its own, as the three patterns take it (``_head_word``): "firm" in
    "confirmed" or "group" in "groups" opens no block (two lines in five held only such)."""
    if not all(h.isalnum() for h in heads):
        return [(0, len(text))]  # a head read as a pattern: no literal to look for
    found: set[Span] = set()
    for head in heads:
        at = text.find(head)
        while at >= 0:
            if _head_word(text, at, at + len(head)):
                found.add(_block_around(text, at))
            at = text.find(head, at + 1)
    return sorted(found)


def _head_word(text: str, start: int, end: int) -> bool:
    """Tell whether a head at start..end stands as the description patterns take it: white
    space but a line break before it (each pattern has "[^\\S\\n]" there), and no word
    character, apostrophe or hyphen after it ("(?![\\w’'-])", or white space)."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else " "
    return before != "\n" and before.isspace() and not (after.isalnum() or after in "_’'-")


def _block_around(text: str, pos: int) -> Span:
    """Give the line that holds pos, joined to the line before where that one ends in "The"
    or "the" (white space after it) and to the line after where this one does."""
    start = text.rfind("\n", 0, pos) + 1
    while start > 0 and _ends_in_the(text, start - 1):
        start = text.rfind("\n", 0, start - 1) + 1
    end = text.find("\n", pos)
    while end >= 0 and _ends_in_the(text, end):
        end = text.find("\n", end + 1)
    return start, len(text) if end < 0 else end


def _ends_in_the(text: str, newline: int) -> bool:
    """Tell whether "The" or "the" and white space alone stand before a line break."""
    j = newline
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j >= 3 and text[j - 3:j] in ("The", "the")


def _with_unlisted_names(text: str, toks: list[Token], words: list[str],
                         found: list[tuple[Span, str]], knowledge: Knowledge,
                         breaks: list[int]) -> list[tuple[Span, str]]:
    """Add the names whose given name no table holds ("Aylin Demir", "Jean-Pierre Dufour")
    where the article shows they name a person (see ``_person_evidence``), so that a later
    "Demir said", "Ms. Demir" or "she" finds them; ``found`` is in text order, ``words``
    the tokens' texts."""
    # a name starts with a capital (``_name_shaped``): most tokens are no start
    capitals = [k for k, w in enumerate(words) if w[:1].isupper()]
    used = _surnames_used(toks, capitals, knowledge)
    lower = set(filter(str.islower, words))  # no Python call per word (for speed)
    # a surname the article gives a person found already: "Perez" is that person's, unless a
    # given name the nicknames package knows opens the run (``_known_given``)
    known = {written.split(",")[0].split()[-1] for _, written in found if " " in written}
    # the tokens a mention found covers (tokens are in text order: bisect their starts)
    starts = [t.start for t in toks]
    taken = {k for span, _ in found
             for k in range(bisect_left(starts, span[0]), bisect_left(starts, span[1]))}
    added: list[tuple[Span, str]] = []
    after = 0  # the first token the names added so far leave free
    for k in capitals:
        if k < after:
            continue
        end = _unlisted_name_end(words, k, knowledge, lower)
        if end is not None and end > (limit := _paragraph_end(breaks, k, len(words))):
            end = _unlisted_name_end(words[:limit], k, knowledge, lower)  # within its line
        if end is None or taken & set(range(k, end)) \
                or (words[end - 1] in known and not _known_given(words[k], knowledge)) \
                or not _given_at(words, k, end, used) \
                or not _person_evidence(text, toks, k, end, used, knowledge):
            continue
        added.append(((toks[k].start, toks[end - 1].end), text[toks[k].start:toks[end - 1].end]))
        after = end
    return sorted(found + added) if added else found


def _no_name_words(knowledge: Knowledge) -> frozenset[str]:
    """Give the lower-case words no unlisted name holds: titles, honorifics, days and times,
    openers, the heads of organisations and groups, demonyms, parties and the first words of
    countries, places and organisations (one set per knowledge, for speed)."""
    def build(k: Knowledge) -> frozenset[str]:
        w = k.words
        out = set(k.titles) | set(k.demonyms) | set(k.parties) | set(k.cues)
        out |= w.non_names | w.non_name_starts | w.mention_openers | w.time_words | w.honorifics
        out |= w.speaker_heads | w.group_heads | set(w.org_heads) | set(w.name_heads)
        out |= w.openers | w.connectors | w.subordinators | w.pronouns | w.determiners
        for table in (k.countries, k.places, k.organisations, k.officials):
            out.update(first_words(table))
        return frozenset(out)
    return per_table("unlisted name stop words", knowledge, build)


@lru_cache(maxsize=65_536)
def _name_shaped(word: str) -> bool:
    """Tell whether a word is shaped like a name word: a capital, then letters (hyphens and
    apostrophes inside: "O'Rourke", "Ocasio-Cortez", "McGrath"), not all capitals, no
    possessive ("Pagliano's Fifth Amendment" names no one)."""
    bare = word.replace("-", "").replace("'", "").replace("’", "")
    return len(bare) >= 2 and word[0].isupper() and bare.isalpha() and not word.isupper() \
        and not word.endswith(POSSESSIVE_ENDINGS)


_JOINERS = frozenset({"of", "for", "and", "&"})


@lru_cache(maxsize=65_536)
def given_like(low: str) -> bool:
    """Tell whether a word can be a given name the census table lacks: a name the nicknames
    package knows ("kelly", "chris", "jeb"), a word no English list holds often ("aylin",
    "narendra"), or letters beyond a-z ("maría"); of a hyphened one, its first part
    ("jean-pierre").
    "Western", "Zero", "Foreign" or "Grand" open the names of things."""
    first = low.split("-")[0]
    return given_variants(first) != frozenset({first}) or _rare_word(first)


def _known_given(word: str, knowledge: Knowledge) -> bool:
    """Tell whether a word is a given name the nicknames package knows, no verb ("Bill",
    "Anne-Marie"; not "Will": "Will Reyes run?"): it opens a relative's or namesake's name
    before a surname the article gives someone else ("John Walker ... Bill Walker, the
    county's director"), where a rare word only ("Understated Perez") opens none."""
    low = word.lower()
    first = low.split("-")[0]
    return low not in knowledge.words.aux_verbs and given_variants(first) != frozenset({first})


def _given_at(words: list[str], k: int, end: int, used: frozenset[str]) -> bool:
    """Tell whether the word at k can be the given name of the run k..end: a word shaped
    like one (``given_like``), or a word less common than ``_COMMON`` before a surname the
    article uses alone ("Eliot Cohen ... Cohen told POLITICO": Eliot is no rare word); not
    after a joiner that continues a name before it ("Veterans of Foreign Wars"), unless
    "and" joins two people, the second's surname used alone ("Megyn Kelly and Chris
    Wallace ... Wallace asked")."""
    low, alone = words[k].lower(), words[end - 1] in used
    if k > 1 and words[k - 1] in _JOINERS and is_capitalized(words[k - 2]) \
            and not (words[k - 1] == "and" and alone):
        return False
    return given_like(low) or (end - k == 2 and alone and not zipf_at_least(low, _COMMON))


# the most words a name of unknown given name may hold, particles left out
_MAX_NAME_WORDS = 4


def _unlisted_name_end(words: list[str], k: int, knowledge: Knowledge,
                       lower: set[str]) -> int | None:
    """Give the end of a name starting at k whose given name is in no table, or is also a
    word ("Jack Welch", "Mark Doss": ``_given_name_at`` leaves those; ``_given_at`` judges
    the first word): two to four name-shaped words (particles between: "María de la
    Cruz"), the whole capitalised run, no word of it a common word of the article ("Wall
    Street": "street") or of the stop set."""
    wordlike = words[k].lower() in knowledge.words.wordlike_names  # "Jack", "Mark", "Bill"
    if not _name_shaped(words[k]) or (words[k].lower() in knowledge.given_names and not wordlike) \
            or (k > 0 and is_capitalized(words[k - 1]) and words[k - 1] not in _SENTENCE_ENDS):
        return None  # a listed given name is ``_given_name_at``'s; not the start of the run
    stop = _no_name_words(knowledge)
    particles = knowledge.words.name_particles
    j, n = k, 0
    while j < len(words) and n <= _MAX_NAME_WORDS:
        if _name_shaped(words[j]):
            low = words[j].lower()
            if (j == k and wordlike and _no_given_name(low, knowledge)) or (
                    not (j == k and wordlike)
                    and (low in stop or low in lower or low.split("-")[0] in stop)):
                return None
            n, j = n + 1, j + 1
        elif n == 1 and j + 1 < len(words) and _initial_dot(words, j + 1, j):
            j += 2  # a middle initial: "Dmitri K. Zavala"
        elif words[j] in particles and n:
            p = j
            while p < len(words) and words[p] in particles:
                p += 1  # "de la", "von der"
            if not (p < len(words) and _name_shaped(words[p])):
                break
            j = p
        else:
            break
    if not 2 <= n <= _MAX_NAME_WORDS or (j < len(words) and is_capitalized(words[j])):
        return None
    return j


def _no_given_name(low: str, knowledge: Knowledge) -> bool:
    """Tell whether a given name that is also a word is none where it opens a run: a month
    or day ("May", "June"), a title ("King", "Dean") or a word that names no one."""
    w = knowledge.words
    return low in w.time_words or low in w.days or low in knowledge.titles or low in w.non_names


# tokens after which a capitalised word opens a sentence (or a quotation)
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "“", "”", "‘", "’", "'"})


# what stands before an inverted cue: ", said Demir." and '...," tweeted Demir,'
_BEFORE_INVERTED = frozenset({",", '"', "”", "’", "'"})


def _surnames_used(toks: list[Token], capitals: list[int],
                   knowledge: Knowledge) -> frozenset[str]:
    """Give the capitalised words the article uses alone as a person's surname: after an
    honorific ("Ms. Demir"), right before a cue ("Demir said", not "the Sun-Times said") or
    right after an inverted one (", said Demir.", '," tweeted Demir,'). ``capitals``: the
    indexes of the capitalised tokens, in order."""
    words, cues, honorifics = knowledge.words, knowledge.cues, knowledge.words.honorifics
    out: set[str] = set()
    for k in capitals:  # the capitalised tokens, in order
        if k == 0:
            continue
        w = toks[k].text
        before = toks[k - 1].low
        prev = toks[k - 2].low if k >= 2 else ""
        after = toks[k + 1].low if k + 1 < len(toks) else ""
        if (before == "." and prev in honorifics) or before in honorifics \
                or (after in cues and not is_capitalized(toks[k - 1].text)
                    and before not in words.determiners) \
                or (before in cues and prev in _BEFORE_INVERTED and after in (".", ",")):
            out.add(w)
    return frozenset(out - words.pronouns)


def _person_evidence(text: str, toks: list[Token], k: int, end: int, used: frozenset[str],
                     knowledge: Knowledge) -> bool:
    """Tell whether the article shows a capitalised run at tokens k..end names a person: its
    last word is used alone as a surname, or a cue follows it ("Aylin Demir said"), or a
    relative clause or an age is set off after it ("Aylin Demir, who", "Aylin Demir, 34,"),
    or it opens a sentence as the subject of a verb and a "he" or "she" follows within the
    next sentences ("Aylin Demir opened the shop. ... she said")."""
    if toks[end - 1].text in used:
        return True
    after = [t.low for t in toks[end:end + 3]]
    if after and after[0] in knowledge.cues:
        return True
    if len(after) >= 2 and after[0] == "," and (after[1] == "who" or (
            after[1].isdigit() and after[2:] == [","])):
        return True
    opens = k == 0 or toks[k - 1].text in _SENTENCE_ENDS \
        or "\n" in text[toks[k - 1].end:toks[k].start]
    if not (opens and after and after[0].isalpha() and after[0] == toks[end].text
            and after[0] not in _no_name_words(knowledge) and _rare_word(toks[k].low)):
        return False
    return any(t.low in knowledge.words.person_subjects for t in toks[end:end + _PRONOUN_REACH])


_PRONOUN_REACH = 60  # tokens: about the next two sentences
# The Zipf frequency (wordfreq) under which a word is no common English word: given names
# ("Jacinda" 2.0, "Narendra" 3.3, "Olaf" 3.1) fall under it, the first words of proper names
# of things ("Silicon" 4.0, "Ebola" 3.6, "Capitol" 4.0, "Planned" 4.7) do not
_RARE = 3.5
# ... and from which it is a common word: "Eliot" (3.5) and "Elliot" (3.7) open a name before
# a surname used alone, "Western" (4.9), "Grand" (4.9) never
_COMMON = 4.0


def _rare_word(low: str) -> bool:
    """Tell whether a lower-case word is rare in English (a word with other letters than
    a-z, "maría" or "jean-pierre", is taken as rare: no English word)."""
    if not (low.isascii() and low.isalpha()):
        return True
    return not zipf_at_least(low, _RARE)


# The small words an organisation's name holds between its capitalised words, and a run of
# capitalised words with them: "the League of Tidy Voters", "Acme Widgets Inc."
_SMALL = frozenset({"of", "for", "on", "and", "&", "the"})
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:[^\S\n]+(?:(?:" + "|".join(sorted(_SMALL))
                              + r")[^\S\n]+)*[A-Z][\w’'&.-]*)*")
_WORD = re.compile(r"\S+")


def _with_organisations(text: str, found: list[tuple[Span, str]],
                        knowledge: Knowledge) -> list[tuple[Span, str]]:
    """Add the organisations named by a proper name ending in an organisation's word ("The
    National Widget Association opposed ..."), where no other mention stands, so that "the
    trade group" can find them; outlets are left out, as in ``_mention_at``. ``found`` is in
    text order."""
    starts = [sp[0] for sp, _ in found]
    reach = list(accumulate((sp[1] for sp, _ in found), max))  # the furthest end so far
    added: list[tuple[Span, str]] = []
    media = knowledge.words.name_heads
    for m in _CAPITALISED_RUN.finditer(text):
        span = _organisation_in(m, knowledge)
        if span is None:
            continue
        last = text[span[0]:span[1]].split()[-1]  # the span's own words: no scan of the text
        if media.get(last.lower().rstrip(".")) == "media":
            continue
        k = bisect_right(starts, span[1]) - 1
        if k >= 0 and reach[k] > span[0]:
            continue  # overlaps a mention found already
        if _before_title(text, span[1], knowledge):
            continue  # whose title it qualifies: "Loyola Law School professor Ann Roe"
        added.append((span, text[span[0]:span[1]]))
    return sorted(found + added) if added else found


_NEXT_WORD = re.compile(r"[^\S\n]+([\w’'.-]+)")


def _before_title(text: str, end: int, knowledge: Knowledge) -> bool:
    """Tell whether a title follows an organisation's name: the name says where the person
    named after it works ("House Ethics Committee Chairman Ann Roe")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m[1].lower().rstrip(".") in knowledge.titles


def _organisation_in(m: re.Match[str], knowledge: Knowledge) -> Span | None:
    """Give the span of the organisation's name in a capitalised run, if it holds one: from
    its first word that is no sentence opener to its last organisation word (and the "of ..."
    after it)."""
    run = m.group()
    words = run.split()  # the runs of ``_WORD``: str.split and ``\S`` know one white space
    if len(words) < 2:
        return None
    lows = [w.lower() for w in words]
    heads, of_heads = knowledge.words.name_heads, knowledge.words.of_heads
    at = [n for n, w in enumerate(lows) if w.rstrip(".") in heads or (
        w in of_heads and lows[n + 1:n + 2] == ["of"])] or _before_for(lows, knowledge)
    if not at:
        return None
    end = at[-1] + 1
    if end < len(words) and words[end] in ("of", "for"):
        end = len(words)
    first = _of_head_start(words, at[-1], knowledge)
    skip = _opening_skip(knowledge)
    while first < at[-1] and lows[first] in skip:
        first += 1
    if end - first < 2 or lows[end - 1] in _SMALL:
        return None
    last = words[end - 1]
    cut = last.endswith(".") and last[:-1].lower() not in knowledge.words.abbreviations
    spans = [(w.start(), w.end()) for w in _WORD.finditer(run)]  # only for the one found
    return m.start() + spans[first][0], m.start() + spans[end - 1][1] - cut  # "Center."


def _of_head_start(words: list[str], at: int, knowledge: Knowledge) -> int:
    """Give where the name whose head stands at ``at`` starts: at the run's start, but for a
    head only "of" makes a name's (``of_heads``), after the last small word or sentence's end
    before it, as the run may join two names: "the National Sheriffs' Association and the
    Fraternal Order of Police", "Unite Here. The International Brotherhood of Electrical
    Workers"."""
    if words[at].lower() not in knowledge.words.of_heads:
        return 0
    return next((n + 1 for n in range(at - 1, -1, -1) if words[n] in _SMALL or (
        words[n].endswith(".") and len(words[n]) > 2
        and words[n][:-1].lower() not in knowledge.words.abbreviations)), 0)


def _before_for(lows: list[str], knowledge: Knowledge) -> list[int]:
    """Give where the word before "for" stands in a run that is an organisation's name by
    its "for" alone ("Syrian Observatory for Human Rights"), or the last word of one with a
    possessive inside ("Protect Our Parks"), or nothing: a run with a title
    or a given name in it is a person's ("Secretary of State for Counterterrorism Mark
    Thompson"), one opened by an adverb or of three words may be a clause ("Unfortunately for
    Democrats", "Wins for Democrats mean ...")."""
    skip = _opening_skip(knowledge)
    first = next((n for n, w in enumerate(lows) if w not in skip), len(lows))
    if any(w in knowledge.words.name_possessives for w in lows[first + 1:]):
        return [len(lows) - 1]  # "Protect Our Parks"
    named = any(w.rstrip(".") in knowledge.titles or w in knowledge.given_names for w in lows)
    if "for" not in lows[first + 1:-1] or len(lows) - first < 4 or named \
            or lows[first].endswith("ly"):
        return []
    return [lows.index("for", first + 1) - 1]


def _opening_skip(knowledge: Knowledge) -> frozenset[str]:
    """Give the words an organisation's name does not open with, lower-case (one set per
    knowledge, for speed)."""
    def build(k: Knowledge) -> frozenset[str]:
        w = k.words
        return frozenset(w.non_names | w.non_name_starts | _SMALL | w.connectors)
    return per_table("organisation opening skip", knowledge, build)


def _with_appositions(text: str, found: list[tuple[Span, str]],
                      knowledge: Knowledge) -> list[tuple[Span, str]]:
    """Add the names with an apposition ("Justin Bronk, a senior research fellow at RUSI"),
    which say more than a plain name read at the same place. ``found`` is in text order and
    its spans do not overlap; so are the appositions."""
    starts = [sp[0] for sp, _ in found]
    dropped: set[int] = set()
    added: list[tuple[Span, str]] = []
    for m in _APPOSITION.finditer(text):
        named = _apposed_name(m, knowledge)
        if named is None or (not m["article"] and not _bare_role(m["role"], knowledge)):
            continue
        if _fronted_object(text, m, knowledge):
            continue
        start, name = named
        span = (start, m.end("role"))
        k = bisect_right(starts, span[0]) - 1
        if k >= 0 and starts[k] == span[0] and found[k][0][1] <= m.end("name"):
            dropped.add(k)  # the apposition says more than the plain name
        covered = (k >= 0 and k not in dropped and found[k][0][1] > span[0]) or (
            bool(added) and added[-1][0][0] <= span[0] < added[-1][0][1])
        if not covered:
            added.append((span, f"{name}, a {m['role']}"))
    return sorted([x for k, x in enumerate(found) if k not in dropped] + added)


def _apposed_name(m: re.Match[str], knowledge: Knowledge) -> tuple[int, str] | None:
    """Give where the name an apposition follows starts, and the name: without a preposition
    that opens the sentence ("To Erica Lafferty, the daughter of ..." names Erica Lafferty);
    None for an adverbial ("On Friday, the ministry") or a preposition before a lone word
    ("For Terrell, the dispute is personal")."""
    name = m["name"]
    if set(name.lower().split()) & knowledge.words.non_names:
        return None  # "On Friday, the ministry ...": an adverbial, not a name
    first, _, rest = name.partition(" ")
    if first.lower() not in knowledge.words.openers or first.lower() in knowledge.given_names:
        return m.start("name"), name
    rest = rest.lstrip()
    if " " not in rest:
        return None
    return m.end("name") - len(rest), rest


# a relative named by the given name alone after the possessive of the one they are related
# to: "Litvinenko's widow, Marina, said", "Biden's son, Hunter, who", "Sanders' wife, Jane,",
# and without commas around it, "Pell's son Dirk said" (not "Pell's son Dirk Vale")
# (the lookbehind is asked after the capital: see article._HONOURED, for speed)
_KIN_NAMED = re.compile(r"(?P<owner>[A-Z](?<![#@\w][A-Z])[\w’'-]+?)(?:[’']s|(?<=s)[’'])"
                        r"[^\S\n]+(?P<kin>[a-z]+)(?P<comma>,)?[^\S\n]+"
                        r"(?P<given>[A-Z][a-z’'-]+)(?![\w’'-])(?![^\S\n]+[A-Z])")


# what closes a relative's given name set off by a comma, and one not set off: a comma, or a
# word in lower case ("Pell's son Dirk said")
_KIN_CLOSED = re.compile(",")
# the characters of an owner's name after its capital ("[\\w’'-]" but the word characters)
_OWNER_MARKS = frozenset("’'-_")


def _possessive_owners(text: str) -> list[int]:
    """Give, in order, where ``_KIN_NAMED`` may start: each capital of a name in the
    possessive before white space ("Roe’s son", "Sanders' wife"; no line break), anywhere in
    the run of word characters, apostrophes and hyphens the possessive ends. The pattern
    opens with a capital and was tried at each (for speed: ``text.matches_at``); an
    apostrophe is rarer, and one of a possessive before white space rarer still."""
    out: list[int] = []
    for mark in "’'":
        at = text.find(mark)
        while at >= 0:
            # the white space after "’s", or after the mark of "s’" (asked by the pattern)
            after = at + 2 if text[at + 1:at + 2] == "s" else at + 1
            if after < len(text) and text[after] != "\n" and text[after].isspace():
                k = at
                while k > 0 and (text[k - 1].isalnum() or text[k - 1] in _OWNER_MARKS):
                    k -= 1
                out.extend(i for i in range(k, at - 1) if text[i].isupper())
            at = text.find(mark, at + 1)
    return sorted(out)
_KIN_OPEN_END = re.compile(r",|[^\S\n]+[a-z]")


def _with_kin_names(text: str, found: list[tuple[Span, str]],
                    knowledge: Knowledge) -> list[tuple[Span, str]]:
    """Add the relatives named by their given name alone after the possessive of whom they
    are related to, as that given name and the surname ("Litvinenko's widow, Marina," is
    Marina Litvinenko, "Sanders' wife, Jane," Jane Sanders), where a relation that shares
    the surname stands between, the one related is no given name alone, and no mention
    reads the given name already. Set off by commas, the name is closed by a comma; without
    them ("Trump's son Eric said"), it is a given name the list holds, before a comma or a
    word in lower case ("Pell's son Dirk"), not a capitalised word ("Pell's son Dirk Vale",
    "Roe's son Junior")."""
    kin = knowledge.words.surname_kin
    out = found
    for m in matches_at(_KIN_NAMED, text, _possessive_owners(text)):
        span = m.span("given")
        if m["kin"] not in kin or m["owner"].lower() in knowledge.given_names \
                or any(x[0][0] < span[1] and span[0] < x[0][1] for x in out):
            continue  # "Edward's son, Paul,": a given name, no surname to share
        if not _KIN_CLOSED.match(text, span[1]) if m["comma"] else (
                m["given"].lower() not in knowledge.given_names
                or not _KIN_OPEN_END.match(text, span[1])):
            continue
        out = sorted([*out, (span, f"{m['given']} {m['owner']}")])
    return out


# a nickname in quotation marks between a given name and a surname: John "Mac" Stipanovich,
# Sandra “Candy” Christophe
# (the lookbehind is asked after the capital: see article._HONOURED, for speed)
_NICKNAMED = re.compile(r"(?P<given>[A-Z](?<![\w’'][A-Z])[a-z’'-]+)[^\S\n]+[“\"‘]"
                        r"(?P<nick>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,2})[”\"’][^\S\n]+"
                        r"(?P<surname>[A-Z][\w’'-]+)")
# what follows the capital of its given name ("[a-z’'-]"): the words before an opening mark
# made of these are where the pattern may start (``text.words_before_marks``)
_GIVEN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz’'-")


def _with_nicknamed(text: str, found: list[tuple[Span, str]],
                    knowledge: Knowledge) -> list[tuple[Span, str]]:
    """Read a given name, a nickname in quotation marks and a surname as one person's name,
    the name they are known by: the nickname where it is one word ('Rafael "Ted" Cruz' is Ted
    Cruz, 'John "Mac" Stipanovich' Mac Stipanovich), else the given name ('Dwayne "The Rock"
    Johnson'); in place of the mentions inside it. The given name is one the list holds."""
    out = found
    for m in matches_at(_NICKNAMED, text, words_before_marks(text, "“\"‘", _GIVEN_LETTERS)):
        if m["given"].lower() not in knowledge.given_names:
            continue
        start, end = m.start("given"), m.end("surname")
        if any(x[0][0] < start < x[0][1] or x[0][0] < end < x[0][1] for x in out):
            continue  # a longer mention reads it already
        outside = [x for x in out if not (start <= x[0][0] and x[0][1] <= end)]
        first = m["nick"] if " " not in m["nick"] else m["given"]
        out = sorted([*outside, ((start, end), f"{first} {m['surname']}")])
    return out


def kin_named(text: str, span: Span, written: str) -> bool:
    """Tell whether a mention found at span is a relative named by the given name alone
    (``_with_kin_names``): the text there is one word, the mention that word and a surname."""
    word = text[span[0]:span[1]]
    return " " not in word and written.startswith(f"{word} ") and written.count(" ") == 1


# a single initial right before a name ("I. Charles McCullough", "H. Ross Perot"), and the
# word before that initial
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \xa0]$")
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\W*$")


def _with_leading_initials(text: str, found: list[tuple[Span, str]],
                           knowledge: Knowledge) -> list[tuple[Span, str]]:
    """Take a first initial before a mention into it: "the inspector general, I. Charles
    McCullough" names I. Charles McCullough, as a later "Mr. McCullough" does. Not after a
    capitalised word no title, where the initial ends a name of its own ("Plan B. Ross Vale
    said")."""
    out: list[tuple[Span, str]] = []
    for (start, end), written in found:
        m = _INITIAL_BEFORE.search(text, max(0, start - 3), start)
        if m is not None and (not out or out[-1][0][1] <= m.start()) \
                and not _named_before_initial(text, m.start(), knowledge):
            start, written = m.start(), text[m.start():end]
        out.append(((start, end), written))
    return out


def _named_before_initial(text: str, at: int, knowledge: Knowledge) -> bool:
    """Tell whether a capitalised word that is no title or honorific stands before the
    initial at ``at`` in its sentence ("Plan B.", "World War I.")."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if m is None or text[m.end(1):at].strip():
        return False  # punctuation between: "general, I. Charles"
    word = m[1]
    low = word.lower()
    return is_capitalized(word) and low not in knowledge.titles \
        and low.rstrip(".") not in knowledge.words.honorifics \
        and low not in knowledge.words.title_abbreviations \
        and low.rstrip(".") not in knowledge.words.abbreviations


def _with_fronted_roles(text: str, found: list[tuple[Span, str]],
                        knowledge: Knowledge) -> list[tuple[Span, str]]:
    """Add the names a role is set off before ("the first lady, Melania Trump,"), read as a
    name with that role in apposition, in place of the plain mentions inside the name (a
    surname the tables know: "Trump"). ``found`` is sorted; a mention may hold others (an
    apposition's role names a body: "Ann Roe, a spokeswoman for the Acme Union"). Each name
    is weighed against ``found`` alone, as it stands after the whole match before it (no
    name added before, nor a mention it replaced, reaches it); the mentions inside it and
    across its ends are found from a bisection of the starts and the furthest end reached
    before it (a look at every mention for each name made the cost grow with the square of
    the article's length)."""
    starts = [sp[0] for sp, _ in found]
    reach = list(accumulate((sp[1] for sp, _ in found), max))  # the furthest end so far
    dropped: set[int] = set()
    added: list[tuple[Span, str]] = []
    for m in matches_at(_FRONTED_ROLE, text, _fronted_starts(text)):
        role, (start, end) = m["role"], m.span("name")
        if not _role_head(role.split()[-1], role, knowledge):
            continue
        first = last = bisect_left(starts, start)  # the mentions inside: first to last - 1
        while last < len(found) and found[last][0][1] <= end:
            last += 1
        if (first > 0 and reach[first - 1] > start) \
                or (last < len(found) and found[last][0][0] < end):
            continue  # a longer mention reads the name already
        dropped.update(range(first, last))  # in place of the plain mentions inside
        added.append(((start, end), f"{m['name']}, a {role}"))
    if not added:
        return found
    return sorted([x for k, x in enumerate(found) if k not in dropped] + added)


def _role_head(head: str, role: str, knowledge: Knowledge) -> bool:
    """Tell whether a role's last word names what a person is: a title ("first lady"), a
    speaker's or a person's noun, or an agent noun ("treasurer")."""
    words = knowledge.words
    low = head.lower()
    if low in words.org_heads:
        return False  # "the house", "the department": no person
    return low in knowledge.titles or role.lower() in knowledge.titles \
        or low in words.speaker_heads or low in words.person_nouns or words.people(f"{low}s")


def _fronted_object(text: str, m: re.Match[str], knowledge: Knowledge) -> bool:
    """Tell whether an apposition's name ends a phrase put before the clause, its role being
    the clause's subject: "In a statement to The Intercept, the agency said", "Speaking to
    Acme Widgets, the union said" (a preposition before the name; the role, definite, runs up
    to the verb with no comma; "of interest to Ann Roe, a professor who wrote" describes her)."""
    if m.group(0).endswith((",", ".")) or (m["article"] or "").strip().lower() != "the":
        return False
    before = text[max(0, m.start("name") - 20):m.start("name")].split()
    return bool(before) and before[-1].lower() in knowledge.words.oblique_prepositions


def _bare_role(role: str, knowledge: Knowledge) -> bool:
    """Tell whether an apposition without an article is a role: lower-case words up to a
    title or speaker noun ("advisory board member for Secure America Now", "director of
    ..."), not a clause ("who said", "56")."""
    words = role.split()
    if not words or not words[0][:1].islower() or words[0] in knowledge.words.non_name_starts \
            or words[0] in knowledge.cues:
        return False  # "who said", "said in a statement": a clause
    head = next((i for i, w in enumerate(words) if w.lower() in knowledge.titles
                 or w.lower() in knowledge.words.speaker_heads), None)
    return head is not None and all(w[:1].islower() for w in words[:head])


def _mention_starts(knowledge: Knowledge) -> frozenset[str]:
    """Give the words a mention can start with: first words of officials, organisations,
    countries and titles, and given names (one set per knowledge, for speed)."""
    def build(k: Knowledge) -> frozenset[str]:
        words = set(k.given_names) | _unisex_given(k)
        for table in (k.officials, k.organisations, k.countries, k.titles, _roster_names(k)):
            words.update(first_words(table))
        return frozenset(words)
    return per_table("mention starts", knowledge, build)


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
    n, _ = match_table(words, i, knowledge.officials)
    if n:
        return _past_suffix(words, i + n)
    titled = _titled_name_at(words, i, knowledge)
    if titled:
        return _past_suffix(words, titled)
    named = _given_name_at(words, i, knowledge)
    if named and _town_of_state(words, i, named, knowledge):
        return None  # "lives in Ann Arbor, Michigan": a town, no person named Ann Arbor
    if named:
        return _past_suffix(words, named)
    n, _ = match_table(words, i, _roster_names(knowledge), 4)
    if n and is_capitalized(words[i + n - 1]):
        return _past_suffix(words, i + n)  # "Sherrod Brown": a given name no census lists
    n, org = match_table(words, i, knowledge.organisations)
    if n and org and org.kind != "media" and as_written(words, i, n, knowledge):
        return i + n
    return None


def _town_of_state(words: list[str], i: int, end: int, knowledge: Knowledge) -> bool:
    """Tell whether the name-shaped words[i:end] are a town that its state sets off, after a
    preposition: "lives in Ann Arbor, Michigan, with", "a nurse from Eugene, Ore." (a US state's
    name or AP abbreviation, or a place the tables list, closed by punctuation or a lower-case
    word: not "with Ann Roe, Michigan's ..." nor a party tag "Ann Roe, D-Mich.")."""
    if i == 0 or words[i - 1].lower() not in knowledge.words.prepositions \
            or end + 1 >= len(words) or words[end] != ",":
        return False
    n, _ = match_table(words, end + 1, knowledge.places, 4)
    if not n:
        n = next((n for n in (2, 1) if end + 1 + n <= len(words)
                  and read_state("".join(words[end + 1:end + 1 + n]))), 0)
    after = end + 1 + n
    return bool(n) and (after == len(words) or words[after] == "."
                        or not words[after][:1].isupper())


def _suffix_word(word: str) -> bool:
    """Tell whether a word is a generational suffix of more than one letter ("Jr", "III")."""
    return len(word) > 1 and word.lower().strip(".") in SUFFIXES


def _past_suffix(words: list[str], end: int) -> int:
    """Give the end of a person's name past the generational suffix after it, set off by a
    comma or not: "Ned Norris Jr.", "Ned Norris, Jr.", "Martin Luther King III"."""
    if end < len(words) and not _suffix_word(words[end - 1]):
        if words[end] == "," and end + 1 < len(words) and _suffix_word(words[end + 1]):
            end += 2
        elif _suffix_word(words[end]):
            end += 1
        else:
            return end
    if end < len(words) and words[end] == "." and words[end - 1].lower() in ("jr", "sr"):
        end += 1
    return end


def _middle_named(words: list[str], j: int, knowledge: Knowledge) -> bool:
    """Tell whether the word after a given name and the next is the surname, the word at j
    a middle name: "Ruth Bader Ginsburg", "Mary Kay Place" (a capitalised run of three
    ending there, its last word no title, day, place or organisation's word, unless a
    suffix follows: "Martin Luther King III")."""
    if j + 1 >= len(words) or not is_capitalized(words[j + 1]) or words[j + 1].isupper() \
            or (j + 2 < len(words) and is_capitalized(words[j + 2])
                and not _suffix_word(words[j + 2])):
        return False
    low = words[j + 1].lower()
    suffixed = j + 2 < len(words) and _suffix_word(words[j + 2])
    return suffixed or (low not in _no_name_words(knowledge) and low not in knowledge.given_names
                        and _name_shaped(words[j + 1]))


def _roster_names(knowledge: Knowledge) -> dict[str, str]:
    """Give the office holders' usual names of two words or more, lower-case: a person named
    so is named in full though the census lists no such given name ("Sherrod Brown", "Rand
    Paul", "Kyrsten Sinema")."""
    def build(_: Knowledge) -> dict[str, str]:
        return {h.name.lower(): h.name for h in load_roster() if " " in h.name}
    return per_table("roster names", knowledge, build)


def _unisex_given(knowledge: Knowledge) -> frozenset[str]:
    """Give the given names common for both genders ("Chris", "Casey"), which open a name as
    the census's do, less the surnames the tables write first ("Kim" of "Kim Jong Un": "Kim
    Il Sung" is no given name Kim)."""
    def build(k: Knowledge) -> frozenset[str]:
        first = {h.surname.lower() for h in load_roster()
                 if h.name.split()[0] == h.surname and " " not in h.surname}
        return k.words.unisex_given_names - first
    return per_table("unisex given names", knowledge, build)


def _given_name_at(words: list[str], i: int, knowledge: Knowledge) -> int | None:
    """Match a plain name: a given name and a capitalised surname ("Margaret Ellis"), with an
    optional middle initial ("John F. Kennedy")."""
    low = words[i].lower()
    if (low not in knowledge.given_names and low not in _unisex_given(knowledge)) \
            or low in knowledge.words.wordlike_names \
            or low in knowledge.words.non_names or low in knowledge.words.mention_openers:
        return None  # "In Nepal": a preposition, not the given name In
    j = i + 1
    if j + 1 < len(words) and len(words[j]) == 1 and words[j].isupper() and words[j + 1] == ".":
        j += 2  # a middle initial
    k = j
    if k + 2 < len(words) and words[k] == "St" and words[k + 1] == ".":
        k += 2  # "Sarah St. Vincent"
    while k < len(words) and k - j < 2 and words[k] in knowledge.words.name_particles:
        k += 1  # "Ursula von der Leyen", "Jan van Dijk"
    if k > j and k < len(words) and is_capitalized(words[k]):
        j = k
    if j >= len(words) or not is_capitalized(words[j]) or words[j].isupper():
        return None
    w = words[j].lower()
    # an abbreviated title after a place that is also a given name: "Virginia Gov. Ralph
    # Northam", "Florida Sen. Marco Rubio" name no "Virginia Gov"
    abbreviated = j + 1 < len(words) and words[j + 1] == "." and f"{w}." in knowledge.titles
    if w in knowledge.titles or abbreviated or w in knowledge.words.non_names or (any(
            w in first_words(t) for t in (knowledge.organisations, knowledge.countries,
                                          knowledge.places))
            and not _country_surname(words, j, knowledge)):
        return None
    return j + 2 if _middle_named(words, j, knowledge) else j + 1


def _country_surname(words: list[str], j: int, knowledge: Knowledge) -> bool:
    """Tell whether a country's or a people's one-word name after a given name is a surname:
    "Antonio French", "John Jordan", "Tom English" (no capitalised word after it, which would
    make it the first word of a longer name, and no organisation's or place's first word:
    "Paul Washington University")."""
    w = words[j].lower()
    return (w in knowledge.demonyms or w in knowledge.countries) \
        and not (j + 1 < len(words) and is_capitalized(words[j + 1])) \
        and not any(w in first_words(t) for t in (knowledge.organisations, knowledge.places))


def _titled_name_at(words: list[str], i: int, knowledge: Knowledge) -> int | None:
    """Match [country] [organisation] title... Name Name: "Pentagon spokesman Air Force Brig.
    Gen. Pat Ryder", "Russian President Vladimir Putin"."""
    j = i
    n, _ = match_table(words, j, knowledge.countries, 4)
    j += n
    n, _ = match_table(words, j, knowledge.organisations)
    j += n
    titles = 0
    while j < len(words):
        n, _ = match_table(words, j, knowledge.titles, 4)
        if not n:
            break
        j += n
        titles += 1
        while j < len(words) and words[j] == ".":
            j += 1
    if not titles:
        return None
    k = j
    while k < len(words) and k - j < 5 and (
            (is_capitalized(words[k]) and words[k].lower() not in knowledge.titles)
            or _initial_dot(words, k, j) or _inner_particle(words, k, j, knowledge)
            or _title_surname(words, k, j)):
        k += 1
    return k if k > j else None


def _title_surname(words: list[str], k: int, start: int) -> bool:
    """Tell whether words[k] is a title that is a surname here, last after a name word:
    "Rep. Steve King" (not "Rep. Steve King Abdullah")."""
    return k > start and words[k].lower() in TITLE_SURNAMES and is_capitalized(words[k - 1]) \
        and not (k + 1 < len(words) and is_capitalized(words[k + 1]))


def _inner_particle(words: list[str], k: int, start: int, knowledge: Knowledge) -> bool:
    """Tell whether words[k] is a particle inside a name after a title, a capitalised word
    after it or after the next particle: "Mayor Bill de Blasio", "President Ursula von der
    Leyen" (not "Mayor Bill de" alone)."""
    particles = knowledge.words.name_particles
    if k == start or words[k] not in particles:
        return False
    n = k + 1
    while n < len(words) and n - k < 2 and words[n] in particles:
        n += 1
    return n < len(words) and is_capitalized(words[n])


def _initial_dot(words: list[str], k: int, start: int) -> bool:
    """Tell whether words[k] is the period of an initial inside a name: "Michael R.
    Turner", "H.R. McMaster" (a name word must follow it)."""
    return words[k] == "." and k > start and initials(words[k - 1]) \
        and k + 1 < len(words) and is_capitalized(words[k + 1])
