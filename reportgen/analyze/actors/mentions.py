"""Find the people and organisations named in a body text, quoted or not: a known official,
a titled name ("Russian President Vladimir Putin"), a given name and surname ("Margaret
Ellis"), a known organisation, and a name with an apposition ("Justin Bronk, a senior
research fellow at RUSI").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from reportgen.analyze.tables import as_written, first_words, match_table, per_table
from reportgen.analyze.text import Token, is_capitalized, tokenize
from reportgen.knowledge import Knowledge
from reportgen.models import Span

_APPOSITION = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?P<article>(?:a|an|the)\s+)?"
    r"(?P<role>(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\.|\b(?:[A-Z]\.){2,}|[^,.;]){3,80}?)"
    r"(?:,|\.|\s+(?:said|told|says|added|wrote))")


def find_mentions(text: str, knowledge: Knowledge,
                  tokens: list[Token] | None = None) -> list[tuple[Span, str]]:
    """Find named people and organisations cited in a body text, quoted or not."""
    toks = tokenize(text) if tokens is None else tokens
    words = [t.text for t in toks]
    # the words no mention can start with, skipped before ``_mention_at`` is asked (for speed)
    starts, titles = _mention_starts(knowledge), knowledge.titles
    out: list[tuple[Span, str]] = []
    i = 0  # the first token no mention found so far covers
    for k in [k for k, t in enumerate(toks) if t.low in starts or t.low in titles]:
        if k < i:
            continue
        found = _mention_at(words, k, knowledge)
        if found:
            out.append(((toks[k].start, toks[found - 1].end),
                        text[toks[k].start:toks[found - 1].end]))
            i = found
    return _with_organisations(text, _with_appositions(text, out, knowledge), knowledge)


# A run of capitalised words, with the small words an organisation's name holds: "the League
# of Tidy Voters", "Acme Widgets Inc."
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:[^\S\n]+(?:(?:of|for|on|and|&|the)"
                              r"[^\S\n]+)*[A-Z][\w’'&.-]*)*")
_WORD = re.compile(r"\S+")
_SMALL = frozenset({"of", "for", "on", "and", "&", "the"})


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
        if span is None or media.get(text[:span[1]].split()[-1].lower().rstrip(".")) == "media":
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
    spans = [(w.start(), w.end()) for w in _WORD.finditer(run)]
    if len(spans) < 2:
        return None
    words = [run[a:b] for a, b in spans]
    lows = [w.lower() for w in words]
    heads = knowledge.words.name_heads
    at = [n for n, w in enumerate(lows) if w.rstrip(".") in heads]
    if not at:
        return None
    end = at[-1] + 1
    if end < len(words) and words[end] in ("of", "for"):
        end = len(words)
    first = 0
    skip = _opening_skip(knowledge)
    while first < at[-1] and lows[first] in skip:
        first += 1
    if end - first < 2 or lows[end - 1] in _SMALL:
        return None
    last = words[end - 1]
    cut = last.endswith(".") and last[:-1].lower() not in knowledge.words.abbreviations
    return m.start() + spans[first][0], m.start() + spans[end - 1][1] - cut  # "Center."


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
        if set(m["name"].lower().split()) & knowledge.words.non_names:
            continue  # "On Friday, the ministry ...": an adverbial, not a name
        if not m["article"] and not _bare_role(m["role"], knowledge):
            continue
        span = (m.start("name"), m.end("role"))
        k = bisect_right(starts, span[0]) - 1
        if k >= 0 and starts[k] == span[0] and found[k][0][1] <= m.end("name"):
            dropped.add(k)  # the apposition says more than the plain name
        covered = (k >= 0 and k not in dropped and found[k][0][1] > span[0]) or (
            bool(added) and added[-1][0][0] <= span[0] < added[-1][0][1])
        if not covered:
            added.append((span, f"{m['name']}, a {m['role']}"))
    return sorted([x for k, x in enumerate(found) if k not in dropped] + added)


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
        words = set(k.given_names)
        for table in (k.officials, k.organisations, k.countries, k.titles):
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
        return i + n
    titled = _titled_name_at(words, i, knowledge)
    if titled:
        return titled
    named = _given_name_at(words, i, knowledge)
    if named:
        return named
    n, org = match_table(words, i, knowledge.organisations)
    if n and org and org.kind != "media" and as_written(words, i, n, knowledge):
        return i + n
    return None


def _given_name_at(words: list[str], i: int, knowledge: Knowledge) -> int | None:
    """Match a plain name: a given name and a capitalised surname ("Margaret Ellis"), with an
    optional middle initial ("John F. Kennedy")."""
    low = words[i].lower()
    if low not in knowledge.given_names or low in knowledge.words.wordlike_names \
            or low in knowledge.words.non_names or low in knowledge.words.mention_openers:
        return None  # "In Nepal": a preposition, not the given name In
    j = i + 1
    if j + 1 < len(words) and len(words[j]) == 1 and words[j].isupper() and words[j + 1] == ".":
        j += 2  # a middle initial
    k = j
    while k < len(words) and k - j < 2 and words[k] in knowledge.words.name_particles:
        k += 1  # "Ursula von der Leyen", "Jan van Dijk"
    if k > j and k < len(words) and is_capitalized(words[k]):
        j = k
    if j >= len(words) or not is_capitalized(words[j]) or words[j].isupper():
        return None
    w = words[j].lower()
    if w in knowledge.titles or w in knowledge.words.non_names or any(
            w in first_words(t) for t in (knowledge.organisations, knowledge.countries,
                                          knowledge.places)):
        return None
    return j + 1


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
            or _initial_dot(words, k, j)):
        k += 1
    return k if k > j else None


def _initial_dot(words: list[str], k: int, start: int) -> bool:
    """Tell whether words[k] is the period of a middle initial inside a name: "Michael R.
    Turner" (a name word must follow it)."""
    return words[k] == "." and k > start and len(words[k - 1]) == 1 and words[k - 1].isupper() \
        and k + 1 < len(words) and is_capitalized(words[k + 1])
