"""The patterns and helpers that more than one step of the resolver uses."""

from __future__ import annotations

import re

from reportgen.frequency import zipf_at_least
from reportgen.knowledge.words import Words

# How sure a person's gender is, by where it comes from; a surer source replaces a less sure
# one, never the reverse: the article's own words ("Ms.", "spokeswoman"), then the
# office-holder tables, then the given name. A "he" or "she" bound to the person is no
# source (a pronoun bound wrongly would spread), but no table or given name contradicts it.
_GIVEN, _TABLE, _STATED = range(3)
# How many sentences before a document's mention its maker may stand, unintroduced: "The
# Budget Office released an estimate on Monday. The report concluded ..."
_MAKER_SENTENCES = 2
# where a document is filed, not who wrote it: "the court document", "a court filing" are the
# parties' (_noun_owned_document)
_FILED_IN = frozenset({"court", "courts"})
# Words that may stand in a document's mention without naming a maker or a kind of one: "the
# official statement", "the new report" (not "the congressional report", "the staff letter")
_PLAIN_DOCUMENT_WORDS = frozenset({"new", "latest", "full", "final", "official", "joint",
                                   "written", "press", "annual", "original", "draft", "same"})
# What may stand before a sentence's subject: an opening adverbial set off by a comma, then
# "the" ("In February 2014, the Budget Office released", "The agency said")
_SENTENCE_OPENING = re.compile(r"\s*(?:[^,;:.“”\"]{1,40},\s+)?(?:[Tt]he\s+)?")
# how far on from where a name is seen its end or its possessive ending may stand
_NAME_REACH = 60
_POSSESSIVE_END = re.compile(r"[’']s$")
_PLURAL_PEOPLE = frozenset({"people", "men", "women", "children", "police", "staff", "crew"})
# possessive pronouns that may own the words of an attribution noun: "his claim that"
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# a name: capitalised words on one line
_NAME_WORDS = r"(?:[A-Z][\w.’'-]*[^\S\n]+)*[A-Z][\w.’'-]*"


def _stated_count(description: str) -> int | None:
    """Give the count a description of people states in figures or in words: "the 16
    senators" 16, "the two commissioners" 2; None where it states none."""
    for w in description.lower().split():
        if w.isdigit():
            return int(w)
        if w in _COUNT_WORDS:
            return _COUNT_WORDS[w]
    return None


# the counts written in words that a group named together holds (rarely more than six), and
# the words that state a count by themselves ("both senators", "the pair", "the trio")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "both": 2, "pair": 2, "couple": 2, "duo": 2, "trio": 3}


def _few_alone(description: str) -> bool:
    """Tell whether a description is a count alone, which stands for people named just
    before as a pronoun does: "the two", "the pair", "the couple", "both"; not "the two
    senators" (its head says who), "the couple's lawyers"."""
    words = description.lower().split()
    return len(words) == 1 + (words[0] == "the") and words[-1] in _COUNT_WORDS


# the Zipf frequency (wordfreq) from which a lower-case word is a common English word, as in
# the voice check (actors.voices.COMMON_ZIPF): "even" 5.9, "dozens" 4.5; "banner" 3.9
_COMMON_ZIPF = 4.0
# the quotation marks
_QUOTES = frozenset("\"“”‘’'")
# how far before a name an honorific may start (``_HONORIFIC_BEFORE``)
_HONORIFIC_REACH = 8
# an apposition right after a name, up to a comma, a stop or a relative pronoun: ", the
# Guatemalan consul in Phoenix,", ", former assistant secretary of Indian affairs at ...",
# past a name in the possessive that owns it (", President-elect Trump's nominee to the post,")
_APPOSITION_WORDS = re.compile(r",[^\S\n]+(?:(?:the|a|an)[^\S\n]+"
                               r"|(?:[A-Z][\w.-]*[^\S\n]+){0,2}[A-Z][\w.-]*['’]s[^\S\n]+)?"
                               r"(?P<words>[a-z][^,;:“”\"()\n]{0,80}?)"
                               r"(?=[^\S\n]+(?:who|and)\b|[,;:“”\"()\n]|\.(?:\s|$)|$)")


def _opens_sentence(low: str, words: Words) -> bool:
    """Tell whether a lower-case word is one that opens a sentence and names no one: a
    connective, an opener or a sentence adverb ("still", "however", "eventually", "first")."""
    return low in words.connectors or low in words.openers or low in words.sentence_adverbs


def _plural(low: str, words: Words) -> bool:
    """Tell whether a lower-case noun for people is plural: "officials", "people", "men";
    not "witness", "boss"."""
    return words.people(low) or low in _PLURAL_PEOPLE or (
        low.endswith("s") and not low.endswith("ss"))


def _common_word(low: str) -> bool:
    """Tell whether a lower-case word is a common English word."""
    return low.isascii() and low.isalpha() and zipf_at_least(low, _COMMON_ZIPF)


def _runs_back(text: str, pos: int, n: int) -> int:
    """Give where the n-th run of characters other than spaces back from pos starts (the
    one pos stands in counts), or 0 where fewer stand before it."""
    for _ in range(n):
        while pos and text[pos - 1].isspace():  # the spaces ``\s`` matches
            pos -= 1
        while pos and not text[pos - 1].isspace():
            pos -= 1
    return pos


_WORD_CHARACTER = re.compile(r"\w")
