"""How an article uses a name it never introduces: as an organisation's or as a person's.

A name the tables lack and the article never describes ("Zentrix said") is read as a
person's surname. The article's own usage often says otherwise: a legal form after the name
("Zentrix Inc."), a relative "which" ("Zentrix, which makes routers"), the name speaking of
itself as "it" ("Zentrix said it would appeal", "Zentrix said its prices"), "Zentrix and its
suppliers". Any sign of a person wins over these: a given name, an honorific or a title
before the name anywhere ("Tom Zentrix", "Dr. Zentrix", "Sen. Zentrix"), "Zentrix, who",
"Zentrix said he" or "she"; and a name shaped as a person's stays one ("Victorino Mercado",
"Sheikh bin Bayyah").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportgen.analyze.actors.mentions import given_like
from reportgen.analyze.actors.voices import is_table_surname
from reportgen.knowledge import Knowledge


def organisation_by_usage(name: str, text: str, knowledge: Knowledge) -> str | None:
    """Give the type of organisation ("business", "unknown") a name read as a person's is
    where the article uses it as an organisation's and never as a person's; None otherwise."""
    words = name.split()
    if not name[:1].isupper() or _person_shaped(words, knowledge) \
            or any(_person_usage(w, text, knowledge) for w in {name, words[-1]}):
        return None
    forms = knowledge.words.legal_forms
    for m in _starting_words(name, _FORM_AFTER, text):
        if m["form"].lower() in forms:
            return "business"  # "Zentrix Inc.", "Zentrix, LLC"
    if any(_starting_words(name, _WHICH_AFTER, text)):
        return "unknown"
    if len(words) == 1 and is_table_surname(name.lower()):
        return None  # "Romney said it was": an office holder's surname alone
    return "unknown" if _speaks_of_itself(name, text, knowledge) else None


# What the questions below ask after the name, each compiled once: the name is found as a
# literal and these matched where it ends (``_after_name``), where a pattern made for each
# name was compiled anew for nearly every name (a name's patterns are asked once)
_FORM_AFTER = re.compile(r",?\s+(?P<form>[A-Za-z]+)\b\.?")  # "Zentrix Inc.", "Zentrix, LLC"
_WHICH_AFTER = re.compile(r"(?:,\s+which\b|\s+and\s+its\b)")
_WORD_END = re.compile(r"(?![\w’'-])")
_WHO_AFTER = re.compile(r",\s+who\b")
_CUE_HE_AFTER = re.compile(r"\s+(?P<cue>\w+)\s+(?:that\s+)?(?:he|she)\b")
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


def _person_usage(name: str, text: str, knowledge: Knowledge) -> bool:
    """Tell whether the article writes a name as a person's anywhere: after a given name,
    an honorific or a title, or followed by ", who" or by a cue and "he" or "she"."""
    words = knowledge.words
    for at, _ in _after_name(name, _WORD_END, text):
        before = _BEFORE.search(text, max(0, at - _BEFORE_REACH), at)
        low = before[1].lower() if before else ""
        if knowledge.given_name(low) or low.rstrip(".") in words.honorifics \
                or low in words.title_abbreviations or low in knowledge.titles:
            return True
    if any(_starting_words(name, _WHO_AFTER, text)):
        return True
    return any(m["cue"].lower() in knowledge.cues
               for m in _starting_words(name, _CUE_HE_AFTER, text))


def _speaks_of_itself(name: str, text: str, knowledge: Knowledge) -> bool:
    """Tell whether the name is the subject of a cue whose clause opens with "it" or "its",
    after a short "in a statement" or "on Monday" and a "that" at most: "Zentrix said it",
    "Zentrix said on Monday that its" (not "it's": "Critics say it's time" is no subject's)."""
    return any(m["cue"].lower() in knowledge.cues
               for m in _starting_words(name, _CUE_IT_AFTER, text))


# The word just before a name, read back from the name (a word longer than the reach is no
# given name, honorific or title): searching the text for the name itself first keeps each
# question one fast scan for a literal, where a pattern opening with a word class or a
# look-behind is tried at every character of the article.
_BEFORE_REACH = 200
_BEFORE = re.compile(r"([\w.’'-]+)\s+\Z")


def _after_name(name: str, after: re.Pattern[str], text: str
                ) -> Iterator[tuple[int, re.Match[str]]]:
    """Give where the name stands and what ``after`` matches where it ends, for the matches
    ``re.finditer`` gives of the name (escaped) followed by that pattern: the same ones, in
    order, none overlapping a match before it."""
    pos = 0
    while (at := text.find(name, pos)) >= 0:
        m = after.match(text, at + len(name))
        if m is None:
            pos = at + 1
        else:
            yield at, m
            pos = m.end()


def _starting_words(name: str, after: re.Pattern[str], text: str
                    ) -> Iterator[re.Match[str]]:
    """What ``after`` matches after the name, where the name starts a word (no word
    character, apostrophe or hyphen before it)."""
    for at, m in _after_name(name, after, text):
        if not at or not _WORD_CHARACTER.match(text, at - 1):
            yield m


_WORD_CHARACTER = re.compile(r"[\w’'-]")
