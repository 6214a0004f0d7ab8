"""Lookups in the knowledge tables shared by the quote and actor steps.

Tables are read-only, so what is derived from one (an index, a union of word classes) is
computed once per table object and kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from reportgen.analyze.text import tokenize
from reportgen.knowledge import Knowledge
from reportgen.knowledge.roster import load_roster
from reportgen.knowledge.words import POSSESSIVE_ENDINGS

T = TypeVar("T")
V = TypeVar("V")

# Bounded: a scheduler that ships a new Knowledge with every task would otherwise keep every
# table it ever saw (the entry holds the table, so its id is not reused while cached).
PER_TABLE_LIMIT = 64
_PER_TABLE: OrderedDict[tuple[str, int], tuple[object, Any]] = OrderedDict()
# the last table asked of each kind and what was built from it: an analysis asks the same
# table of each kind hundreds of times an article, answered here with one dict lookup and no
# key made nor entry moved (one entry per kind: it keeps no more tables than there are kinds)
_LAST: dict[str, tuple[object, Any]] = {}


def per_table(kind: str, table: object, build: Callable[[Any], T]) -> T:
    """Give ``build(table)``, computed once per table object (tables are read-only)."""
    cached = _LAST.get(kind)
    if cached is not None and cached[0] is table:
        last: T = cached[1]
        return last
    key = (kind, id(table))
    cached = _PER_TABLE.get(key)
    if cached is None or cached[0] is not table:
        cached = _PER_TABLE[key] = (table, build(table))
        while len(_PER_TABLE) > PER_TABLE_LIMIT:
            _PER_TABLE.popitem(last=False)  # the least recently used table goes first
    else:
        _PER_TABLE.move_to_end(key)
    _LAST[kind] = cached
    result: T = cached[1]
    return result


# what ``kept`` finds where a memo holds no answer (answers may be None)
_MISSING = object()


def _new_memo(_: object) -> dict[Any, Any]:
    return {}


def kept(kind: str, table: object, key: Hashable, limit: int, compute: Callable[..., V],
         *args: Any) -> V:
    """Give ``compute(*args)``, a pure function of ``key`` and ``table`` asked again and again
    (an article repeats its mentions and names): kept per table object and key in a memo of
    this kind, which is cleared when it holds ``limit`` answers."""
    memo: dict[Hashable, Any] = per_table(kind, table, _new_memo)
    found = memo.get(key, _MISSING)
    if found is _MISSING:
        if len(memo) >= limit:
            memo.clear()
        found = memo[key] = compute(*args)
    answer: V = found
    return answer


# ``first_words`` is asked for on every capitalised word: its indexes are kept here too, by
# table id (holding the table, so that the id is not reused), away from the ordered cache
_FIRST_WORDS: dict[int, tuple[object, dict[str, int]]] = {}


def first_words(table: Mapping[str, object]) -> dict[str, int]:
    """Index a table by the first word of its keys, with the longest key's length in words."""
    hit = _FIRST_WORDS.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    index = _first_words(table)
    if len(_FIRST_WORDS) >= PER_TABLE_LIMIT:
        _FIRST_WORDS.clear()
    _FIRST_WORDS[id(table)] = (table, index)
    return index


def _first_words(table: Mapping[str, object]) -> dict[str, int]:
    def build(table: Mapping[str, object]) -> dict[str, int]:
        index: dict[str, int] = {}
        for key in table:
            words = [t.text for t in tokenize(key)]
            if words:
                first = words[0].lower()
                index[first] = max(index.get(first, 0), len(words))
        return index
    return per_table("first words", table, build)


def match_table(words: list[str], i: int, table: Mapping[str, V],
                max_len: int = 6) -> tuple[int, V | None]:
    """Longest match of words[i:] in a lower-case keyed table; (length, value) or (0, None)."""
    if i >= len(words):
        return 0, None
    # asked at every word of every mention for each table: the index is read straight from
    # its cache, and most words start no key
    hit = _FIRST_WORDS.get(id(table))
    index = hit[1] if hit is not None and hit[0] is table else first_words(table)
    longest = index.get(words[i].lower(), 0)
    if not longest:
        return 0, None
    for n in range(min(max_len, longest, len(words) - i), 0, -1):
        key = join_words(words[i:i + n]).lower()
        if key in table:
            return n, table[key]
    return 0, None


def as_written(words: list[str], i: int, n: int, knowledge: Knowledge) -> bool:
    """An acronym matches only in capitals: "RAND" is the corporation, "Rand Paul" is not."""
    return n > 1 or words[i].lower() not in knowledge.acronyms or words[i].isupper()


# the bodies a place below the country level has its own of: a court, a chamber, a party
PLACED_TYPES = frozenset({"judiciary", "legislator", "party"})


@dataclass(frozen=True, slots=True)
class Placed:
    """A place or another country written right before a national body's name
    (``place_before``): the index of its first word, its words without the possessive, and
    the other country (None for a place below the country level)."""

    start: int
    name: str
    country: str | None


def place_before(words: list[str], i: int, knowledge: Knowledge, lo: int = 0,
                 end: int | None = None) -> Placed | None:
    """Give a place below the country level (``Knowledge.places``, or a US state the roster
    has) or another country that stands right before a national court's, chamber's or
    party's name at words[i], at lo or after, in the possessive or not: where it starts, its
    words without the possessive and the other country (None for a place). "Texas" in "the
    Texas Supreme Court", "the Iowa Democratic Party", "Ohio's Senate" (the state's own
    body); "Israeli" in "the Israeli Supreme Court", "Israel's" in "Israel's Supreme Court"
    (not the U.S. one). None where none does ("the U.S. Supreme Court"), where a seat's word
    follows the name ("the Ohio Senate race" is a race for the U.S. Senate,
    ``Words.seat_words``) or, with ``end``, where the name does not end there ("Ohio GOP
    Rep. Ann Roe")."""
    n, org = match_table(words, i, knowledge.organisations)
    if not n or org is None or org.type not in PLACED_TYPES or end not in (None, i + n) \
            or (i + n < len(words) and words[i + n].lower() in knowledge.words.seat_words):
        return None
    j = i - 1 if i > lo and words[i - 1] in POSSESSIVE_ENDINGS else i  # "Ohio ’s Senate"
    for k in range(min(j - lo, 4), 0, -1):
        place = words[j - k:j]
        last = place[-1]
        for ending in POSSESSIVE_ENDINGS:
            if j == i and last.endswith(ending) and len(last) > len(ending):
                place = [*place[:-1], last[:-len(ending)]]  # "Israel's Supreme Court"
        if not place[0][:1].isupper():
            continue
        if match_table(place, 0, knowledge.places, 4)[0] == k \
                or join_words(place) in us_states():
            return Placed(j - k, join_words(place), None)  # a US state before a country: "Georgia"
        m, country = match_table(place, 0, knowledge.countries, 4)
        if m == k and country is not None and country.name != org.country:
            return Placed(j - k, join_words(place), country.name)
    return None


@cache
def us_states() -> frozenset[str]:
    """Give the names of the US states the office-holder tables give a seat of ("Georgia",
    "Washington": a state's, where a country or a capital has the same name)."""
    return frozenset(h.state for h in load_roster() if h.state)


def join_words(words: list[str]) -> str:
    """Join words as they are written: no space before a period or possessive, none around
    a hyphen or a slash ("Washington Post/ABC News")."""
    out = ""
    for w in words:
        if not out or w in (".", "/", "-") or w in POSSESSIVE_ENDINGS or out.endswith(("-", "/")):
            out += w
        else:
            out += " " + w
    return out
