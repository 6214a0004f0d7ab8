"""Patterns tried only where a match may start (text.matches_at): the nickname, kin and
fronted-role patterns give the matches their finditer over the whole text gives, on
sentences written for the test and on random texts of the characters they turn on; the
anonymous-source pattern is searched only where the words of what a source knows stand; the
"as X said" patterns ask their word boundary after the "A".
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.analyze.actors import mentions
from reportgen.analyze.quotes import leftovers, marks, speakers
from reportgen.analyze.text import matches_at, words_before_marks
from reportgen.knowledge import load_knowledge

# (pattern, where it may start): a scan over a paragraph's span for the marks' pattern
SCANS = {
    "nicknamed": (mentions._NICKNAMED,
                  lambda text, ps, pe: words_before_marks(text, "“\"‘", mentions._GIVEN_LETTERS,
                                                          ps, pe)),
    "nickname marks": (marks._NICKNAME,
                       lambda text, ps, pe: words_before_marks(text, "“\"", marks._GIVEN_LETTERS,
                                                               ps, pe)),
    "kin": (mentions._KIN_NAMED, lambda text, ps, pe: mentions._possessive_owners(text)),
    "fronted role": (mentions._FRONTED_ROLE, lambda text, ps, pe: mentions._fronted_starts(text)),
}

TEXTS = [
    'Rafael "Ted" Cruz and Sandra “Candy” Christophe met Lewis ‘Scooter’ Libby.',
    'Dwayne "The Rock" Johnson, José “Pepe” Ortíz and Zoë "Zo" Vale.',
    'xSandra "Candy" Roe, O\'Neil "Mac" Hale, Ann-Marie  “Bo”\tDale, Ann\n"Bo" Dale.',
    '"Sandra" "Candy" Roe; Sandra “Candy Bo Tu” Roe; Sandra “Candy Bo Tu Ra” Roe.',
    "Litvinenko's widow, Marina, said. Sanders' wife, Jane, and Pell’s son Dirk said.",
    "Al-Qaeda's chief Omar spoke; O’Brien’s daughter, Ann, and #Roe's son Tom, @Vale's son "
    "Bo, x-Dale's son Ed.",
    "It’s time. Don't go. The Times’ Dean said; Roe’s\nson Tom; Roe’s son\nTom; Roe's son "
    "Dirk Vale.",
    "Trump’s son Eric said Trump’s son Eric said Jones's brother, Al, and Ross’ sister Kim.",
    "The first lady, Melania Trump, toured; he met the city treasurer, Ann Roe, on Monday.",
    "In the the new mayor, Ann Roe, and The chief, Tom Reyes Vale, met. Lathe shop, Ann Roe,",
    "left the house, Ann Roe said; the mayor,\nAnn Roe, and the mayor, The Rock, spoke.",
]


@pytest.mark.parametrize("scan", SCANS)
@pytest.mark.parametrize("text", TEXTS)
def test_the_matches_are_those_of_a_scan_of_the_whole_text(scan, text):
    pattern, starts = SCANS[scan]
    whole = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, starts(text, 0, len(text)))] == whole


def test_the_sentences_hold_matches_of_each_pattern():
    # the table above is no table of misses only
    for pattern, _ in SCANS.values():
        assert sum(1 for text in TEXTS for _ in pattern.finditer(text)) >= 3


@pytest.mark.parametrize("scan", SCANS)
@pytest.mark.parametrize("text", TEXTS)
def test_a_span_of_the_text_gives_the_matches_of_finditer_over_it(scan, text):
    pattern, starts = SCANS[scan]
    for ps, pe in [(5, len(text)), (0, len(text) - 7), (12, 40)]:
        whole = [m.span() for m in pattern.finditer(text, ps, pe)]
        found = matches_at(pattern, text, starts(text, ps, pe), ps, pe)
        assert [m.span() for m in found] == whole


# the characters the patterns turn on, and others
_CHARS = st.sampled_from([*"AaBsSxÉé’'\"“”‘ -\n\t,#@_9", "Ann", "Roe", "son", "’s ", "the ",
                          "The ", "mayor", ", "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=60).map("".join), st.sampled_from(sorted(SCANS)))
def test_random_texts_give_the_same_matches(text, scan):
    pattern, starts = SCANS[scan]
    whole = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, starts(text, 0, len(text)))] == whole


def test_a_pattern_is_tried_at_the_starts_given_alone():
    pattern = re.compile(r"[A-Z][a-z]+")
    assert [m[0] for m in matches_at(pattern, "Ann Roe and Bo", [4, 12])] == ["Roe", "Bo"]
    assert [m[0] for m in matches_at(pattern, "Annabel", [0, 2])] == ["Annabel"]


# --- what an anonymous source knows, looked for before the whole pattern (speakers) ------

BEFORE = [
    "The deal is close, according to a person familiar with the talks,",
    "The deal is close, according to a person FAMILIAR WITH the talks,",
    "Two officials who spoke on condition of anonymity",
    "Sources briefed on the matter",
    "A source close to the governor",
    "an aide with direct knowledge of the plan,",
    "People involved in the negotiations",
    "The officials who were there",
    "The officials who   spoke",  # more than one space: no phrase as written, and no match
    "The officials whose names",
    "The deal is close, the mayor",
    "“It is done,” a source familiar with the talks",
    "A person \u212anowledge of it,",  # the Kelvin sign, which re.I reads as "k"
    "Aides ſpoke, and one person close to Vale, who was there,",  # a long s
    "",
]


@pytest.mark.parametrize("before", BEFORE)
def test_the_look_for_what_a_source_knows_keeps_every_match(before):
    pattern = speakers._anonymous(load_knowledge().words.anonymous_sources)
    start = speakers._window(before)
    match = pattern.search(before, start)
    known = speakers._KNOWS.search(before, start)
    assert speakers._may_know(before, start) >= (known is not None) >= (match is not None)


def test_the_sentences_hold_matches_and_misses():
    pattern = speakers._anonymous(load_knowledge().words.anonymous_sources)
    found = [pattern.search(b, speakers._window(b)) is not None for b in BEFORE]
    assert sum(found) >= 5 and not all(found)


# --- "as X said" before a quotation, its word boundary asked after the "A" (leftovers) -----

AS_CLAUSES = [
    ("As Ann Vale said in May, ", "Ann Vale", None),
    ("As Tom Reyes wrote last week:\n", "Tom Reyes", None),
    ("The plan, as Tom Reyes put it, ", "Tom Reyes", "Tom Reyes"),
    ("as critics have argued, ", "critics", None),
    ("a pilot as well as Ann Vale said, ", None, None),  # the second "as" of "as well as"
    ("such as Ann Vale said, ", None, None),
    ("much as Ann Vale said, ", None, None),
    ("Alas Ann Vale said, ", None, None),  # no word boundary before "as"
    ("Texas Gov. Ann Vale said, ", None, None),
    ("As for Ann, she said, ", None, None),
    ("as\xa0Ann Vale put it, ", "Ann Vale", "Ann Vale"),
    ("(as Reagan called it) ", None, "Reagan"),
]


@pytest.mark.parametrize(("text", "said", "put"), AS_CLAUSES)
def test_an_as_clause_before_a_quotation_names_its_speaker(text, said, put):
    for pattern, who in ((leftovers._AS_SAID_BEFORE, said), (leftovers._AS_IT_BEFORE, put)):
        m = pattern.search(text)
        assert (m["who"] if m else None) == who
