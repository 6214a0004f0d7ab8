"""How an article uses a name it never introduces: as an organisation's or as a person's.

A name the tables lack and the article never describes ("Zentrix said") is read as a
person's surname. The article's own usage often says otherwise: a legal form after the name
("Zentrix Inc."), a relative "which" ("Zentrix, which makes routers"), the name speaking of
itself as "it" ("Zentrix said it would appeal", "Zentrix said its prices"), "Zentrix and its
suppliers"; and, for a name of one word, what only a body has or speaks in ("shares of
Zentrix", "a Zentrix employee", "Zentrix said in a statement"). Any sign of a person wins
over these: a given name, an honorific or a title before the name anywhere ("Tom Zentrix",
"Dr. Zentrix", "Sen. Zentrix"), "Zentrix, who", "Zentrix said he" or "she"; and a name
shaped as a person's stays one ("Victorino Mercado", "Sheikh bin Bayyah").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportgen.analyze.actors.mentions import given_like
from reportgen.analyze.actors.voices import is_table_surname
from reportgen.knowledge import Knowledge


def organisation_by_usage(name: str, names: NameIndex, knowledge: Knowledge) -> str | None:
    """Give the type of organisation ("business", "unknown") a name read as a person's is
    where the article (``names.text``) uses it as an organisation's and never as a
    person's; None otherwise."""
    words = name.split()
    if not name[:1].isupper() or _person_shaped(words, knowledge) \
            or any(_person_usage(w, names, knowledge) for w in {name, words[-1]}):
        return None
    forms = knowledge.words.legal_forms
    for m in _starting_words(name, _FORM_AFTER, names):
        if m["form"].lower() in forms:
            return "business"  # "Zentrix Inc.", "Zentrix, LLC"
    if any(_starting_words(name, _WHICH_AFTER, names)):
        return "unknown"
    if len(words) == 1 and is_table_surname(name.lower()):
        return None  # "Romney said it was": an office holder's surname alone
    if _speaks_of_itself(name, names, knowledge):
        return "unknown"
    # (a name of one word only: "Dana Pike said in a statement" is a person's, whose given
    # name the tables may lack)
    return "unknown" if len(words) == 1 and (_holdings_named(name, names, knowledge)
                                             or _speaks_in_release(name, names, knowledge)) \
        else None


class NameIndex:
    """Where names stand in an article's text, for the questions asked of many names.

    A name is first looked for with ``str.find``, a scan of the whole text; once the text
    has been scanned ``_SCANS_BEFORE_INDEX`` times (a long article that names hundreds of
    people and bodies; an ordinary one never is), every run of word characters that opens
    with a capital is indexed in one pass, and each later name is a lookup: so the cost
    stays linear in the article's length rather than growing with its length times its
    names (issue 13)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._scans = 0
        self._at: dict[str, list[int]] | None = None  # each capitalised run's positions
        self._starts: dict[str, list[int]] = {}  # the answers so far, by name

    def starts(self, name: str) -> list[int]:
        """Give where a name stands in the text with no word character right after it, in
        order: also inside a word ("Santis" in "DeSantis"), as ``str.find`` finds it."""
        found = self._starts.get(name)
        if found is None:
            found = self._starts[name] = [
                at for at in self._written(name)
                if not _RUNS_ON.match(self.text, at + len(name))]
        return found

    def _written(self, name: str) -> list[int]:
        """Give where the text holds a name: every place, or, from the index, at least every
        place with no word character right after the name's first run of them."""
        head = _CAPITALISED_RUN.match(name)
        if head is None or not name[0].isupper():
            return self._found(name)
        if self._at is None:
            if self._scans < _SCANS_BEFORE_INDEX:
                return self._found(name)
            self._at = _capitalised_runs(self.text)
        return [at for at in self._at.get(head[0], ()) if self.text.startswith(name, at)]

    def _found(self, name: str) -> list[int]:
        """Give every place the text holds a name, scanning it whole."""
        self._scans += 1
        found, at = [], self.text.find(name)
        while at >= 0:
            found.append(at)
            at = self.text.find(name, at + 1)
        return found


# Indexing the capitalised runs costs about 200 scans of the text by ``str.find``
_SCANS_BEFORE_INDEX = 100
# A run of word characters that opens with any letter but a lower-case ASCII one: every
# capital that is a word character opens one or stands inside one
_CAPITALISED_RUN = re.compile(r"[^\W\d_a-z]\w*")
# a word character after a name: the name is only the start of a longer word there
_RUNS_ON = re.compile(r"\w")


def _capitalised_runs(text: str) -> dict[str, list[int]]:
    """Give every run of word characters in the text that opens with a capital, with its
    positions in order; a capital inside a run opens one too ("Santis" in "DeSantis")."""
    at: dict[str, list[int]] = {}
    for m in _CAPITALISED_RUN.finditer(text):
        run, start = m[0], m.start()
        at.setdefault(run, []).append(start)
        if not run[1:].islower():
            for k in range(1, len(run)):
                if run[k].isupper():
                    at.setdefault(run[k:], []).append(start + k)
    return at


# What the questions below ask after the name, each compiled once: the name is found as a
# literal and these matched where it ends (``_after_name``), where a pattern made for each
# name was compiled anew for nearly every name (a name's patterns are asked once)
_FORM_AFTER = re.compile(r",?\s+(?P<form>[A-Za-z]+)\b\.?")  # "Zentrix Inc.", "Zentrix, LLC"
_WHICH_AFTER = re.compile(r"(?:,\s+which\b|\s+and\s+its\b)")
_WORD_END = re.compile(r"(?![\w’'-])")
_WHO_AFTER = re.compile(r",\s+who\b")
_CUE_HE_AFTER = re.compile(r"\s+(?P<cue>\w+)\s+(?:that\s+)?(?:he|she)\b")
_CUE_RELEASE_AFTER = re.compile(r"\s+(?P<cue>\w+)\s+in\s+an?\s+(?:[\w-]+\s+)?"
                                r"(?P<release>[a-z]+)\b")
_POSSESSIVE_AFTER = re.compile(r"[’']s\s+(?P<word>[A-Za-z]+)\b")
_CUE_IT_AFTER = re.compile(r"\s+(?P<cue>\w+)\s+(?:(?:in|on)\s+(?:an?\s+)?\w+,?\s+)?"
                           r"(?:that\s+)?its?\b(?![’']s)")


def _person_shaped(words: list[str], knowledge: Knowledge) -> bool:
    """Tell whether a name's words make it a person's (or no organisation's) whatever the
    article says: a pronoun ("I"), a place, a country or an outlet, a particle inside ("bin",
    "van"), a given name before its last word, or a first word shaped like an unlisted given
    name ("Victorino Mercado")."""
    w, low = knowledge.words, [x.lower() for x in words]
    name = " ".join(low)
    if name in w.pronouns or name in knowledge.places or name in knowledge.countries \
            or name in knowledge.outlets:
        return True  # an outlet is read as one after (resolver._as_outlet)
    if any(x in w.name_particles for x in low) or any(map(knowledge.given_name, low[:-1])):
        return True
    return len(low) > 1 and low[0].isalpha() and given_like(low[0])


def _person_usage(name: str, names: NameIndex, knowledge: Knowledge) -> bool:
    """Tell whether the article writes a name as a person's anywhere: after a given name,
    an honorific or a title, or followed by ", who" or by a cue and "he" or "she"."""
    words, text = knowledge.words, names.text
    for at, _ in _after_name(name, _WORD_END, names):
        before = _BEFORE.search(text, max(0, at - _BEFORE_REACH), at)
        low = before[1].lower() if before else ""
        if knowledge.given_name(low) or low.rstrip(".") in words.honorifics \
                or low in words.title_abbreviations or low in knowledge.titles:
            return True
    if any(_starting_words(name, _WHO_AFTER, names)):
        return True
    return any(m["cue"].lower() in knowledge.cues
               for m in _starting_words(name, _CUE_HE_AFTER, names))


def _speaks_of_itself(name: str, names: NameIndex, knowledge: Knowledge) -> bool:
    """Tell whether the name is the subject of a cue whose clause opens with "it" or "its",
    after a short "in a statement" or "on Monday" and a "that" at most: "Zentrix said it",
    "Zentrix said on Monday that its" (not "it's": "Critics say it's time" is no subject's)."""
    return any(m["cue"].lower() in knowledge.cues
               for m in _starting_words(name, _CUE_IT_AFTER, names))


def _speaks_in_release(name: str, names: NameIndex, knowledge: Knowledge) -> bool:
    """Tell whether the name is the subject of a cue "in a statement" or another of a body's
    releases (``Words.body_releases``): "Zentrix said in a statement", "Zentrix said in a
    written statement", "Zentrix said in a regulatory filing"."""
    return any(m["cue"].lower() in knowledge.cues
               and m["release"].lower() in knowledge.words.body_releases
               for m in _starting_words(name, _CUE_RELEASE_AFTER, names))


def _holdings_named(name: str, names: NameIndex, knowledge: Knowledge) -> bool:
    """Tell whether the article writes what only a body has (``Words.body_holdings``) as the
    name's: after its possessive ("Zentrix's shareholders") or before "of" and the name
    ("shares of Zentrix", "the CEO of Zentrix"; "shares in" and "stock in" too) or after
    "a" and the name ("a Zentrix employee")."""
    holdings, text = knowledge.words.body_holdings, names.text
    if any(m["word"].lower() in holdings
           for m in _starting_words(name, _POSSESSIVE_AFTER, names)):
        return True
    for at in names.starts(name):
        before = _HOLDING_BEFORE.search(text, max(0, at - _BEFORE_REACH), at)
        if before is not None and before["word"].lower() in holdings \
                and (before["link"] == "of" or before["word"].lower() in {"shares", "stock"}):
            return True
        if _ARTICLE_BEFORE.search(text, max(0, at - 4), at) is not None \
                and (after := _WORD_AFTER.match(text, at + len(name))) is not None \
                and after["word"].lower() in holdings:
            return True  # "a Zentrix employee"
    return False


# The word just before a name, read back from the name (a word longer than the reach is no
# given name, honorific or title): finding the name itself first (``NameIndex``) keeps each
# question to the places the name stands, where a pattern opening with a word class or a
# look-behind is tried at every character of the article.
_BEFORE_REACH = 200
_BEFORE = re.compile(r"([\w.’'-]+)\s+\Z")
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+\Z")
_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z]+)\b")
_HOLDING_BEFORE = re.compile(r"\b(?P<word>[A-Za-z]+)\s+(?P<link>of|in)\s+\Z")


def _after_name(name: str, after: re.Pattern[str], names: NameIndex
                ) -> Iterator[tuple[int, re.Match[str]]]:
    """Give where the name stands and what ``after`` matches where it ends, for the matches
    ``re.finditer`` gives of the name (escaped) followed by that pattern: the same ones, in
    order, none overlapping a match before it. Every pattern asked here opens with a comma,
    a space or a word's end, so none matches where a word character follows the name: the
    places ``names.starts`` leaves out."""
    pos = 0
    for at in names.starts(name):
        if at >= pos and (m := after.match(names.text, at + len(name))) is not None:
            yield at, m
            pos = m.end()


def _starting_words(name: str, after: re.Pattern[str], names: NameIndex
                    ) -> Iterator[re.Match[str]]:
    """What ``after`` matches after the name, where the name starts a word (no word
    character, apostrophe or hyphen before it)."""
    for at, m in _after_name(name, after, names):
        if not at or not _WORD_CHARACTER.match(names.text, at - 1):
            yield m


_WORD_CHARACTER = re.compile(r"[\w’'-]")
