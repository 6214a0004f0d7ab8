"""Tone: the same numbers as TextBlob's public API, and pieces that combine exactly."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob import TextBlob

from reportgen.analyze.sentiment import (
    _letters_between_marks,
    _rules,
    _textblob_text,
    combine,
    score_piece,
    score_stretches,
    score_tone,
)

TEXTS = [
    "The minister called it a terrible, shameful failure.",
    "We are very happy with this wonderful result!",
    "The committee met on Tuesday.",
    "It was not good, and it was never going to be good.",
    "An incredibly bold plan, terribly executed.",
    "",
    # words with apostrophes or quotation marks are split; words of letters only are not
    "It isn't good, he'd say; they're 'great' and “terrible”, we've been told.",
    "Café owners weren't happy: naïve, awful \"rules\" and the mayor's ‘wonderful’ plan.",
    "GOOD news. Bad news! Very bad.",
    # letters between marks of punctuation: each mark a token of its own, but a period an
    # abbreviation keeps ("Mr.", "U.S.") and "!" (it strengthens the word before)
    "He said, (happily) it was good. Mr. Good; U.S. bad... [great] wow! not, never. fine.)",
    "Awful: the A. team was bad.,and good,. Dr. Bad was (not) sad? {nice} `lovely`",
]


@pytest.mark.parametrize(("word", "letters"), [
    ("said,", "said"), ("(happily)", "happily"), ("good.", "good"), ("fine.)", "fine"),
    ("[great]", "great"), ("bad;", "bad"), ("`lovely`", "lovely"), ("Good", "Good"),
    # not read without TextBlob's tokenizer: an abbreviation's period, "!", a quotation mark
    # or an apostrophe, a digit, a period before another mark
    ("Mr.", None), ("U.S.", None), ("A.", None), ("adj.", None), ("wow!", None),
    ("“good", None), ("don't", None), ("2008", None), ("bad,.", None), ("...", None),
    (",", None),
])
def test_letters_between_marks(word, letters):
    assert _letters_between_marks(word, _rules()) == letters


@pytest.mark.parametrize("text", TEXTS)
def test_scores_equal_textblob(text):
    ours = score_tone(text)
    theirs = TextBlob(text).sentiment
    assert ours.polarity == pytest.approx(round(theirs.polarity, 4), abs=1e-4)
    assert ours.subjectivity == pytest.approx(round(theirs.subjectivity, 4), abs=1e-4)


def test_pieces_combine_like_the_joined_text():
    a, b = "A wonderful, happy day.", "A terrible, awful night."
    joined = TextBlob(f"{a} {b}").sentiment
    tone = combine([score_piece(a), score_piece(b)])
    assert tone.polarity == pytest.approx(round(joined.polarity, 4), abs=1e-4)
    assert tone.subjectivity == pytest.approx(round(joined.subjectivity, 4), abs=1e-4)


# Stretch boundaries where TextBlob's state matters: a negation or an intensifier just before
# the cut, a cut inside a word or a contraction, emoticons and "(!)" split across the cut.
STRETCHES = [
    ("It was not | good at all.", "|"),
    ("It was not good | at all.", "|"),
    ("A very | happy crowd, and a very happy | ending.", "|"),
    ("The plan is really not | good, and never | bad.", "|"),
    ("She didn't| like it; he did|n't either.", "|"),
    ("An extremely wonderful day|! Truly awful!|!", "|"),
    ("Wonderful (|!) and terrible (!|)", "|"),
    ("See page 8|) and page 8)| later :|) fine.", "|"),
    ("He said: “This is terrible|,” and left. “Great!” she| replied.", "|"),
    ("Prices rose in the U.S|. and the U.K. Not| good.", "|"),
    ("Terribly| bad news... and oddly| good ones.", "|"),
    ("First paragraph is sad.\n\n|Second is happy END-OF-SENTENCE| :| ) yes.", "|"),
]


def _cut(marked: str, mark: str) -> tuple[str, list[tuple[int, int]]]:
    parts = marked.split(mark)
    text = "".join(parts)
    cuts = [0]
    for p in parts:
        cuts.append(cuts[-1] + len(p))
    return text, list(pairwise(cuts))


def _assert_scored_alone(text: str, spans: list[tuple[int, int]]) -> None:
    for (a, b), piece in zip(spans, score_stretches(text, spans), strict=True):
        alone = TextBlob(text[a:b]).sentiment_assessments
        assert piece.assessed == len(alone.assessments), text[a:b]
        assert piece.polarity == sum(x[1] for x in alone.assessments), text[a:b]
        assert piece.subjectivity == sum(x[2] for x in alone.assessments), text[a:b]
        if piece.assessed:
            tone = combine([piece])
            assert tone.polarity == round(alone.polarity, 4)
            assert tone.subjectivity == round(alone.subjectivity, 4)


@pytest.mark.parametrize(("marked", "mark"), STRETCHES)
def test_stretches_score_as_textblob_scores_them_alone(marked, mark):
    _assert_scored_alone(*_cut(marked, mark))


WORDS = ["good", "bad", "very", "really", "not", "never", "no", "n't", "didn't", "terribly",
         "happy", "awful", "is", "a", "!", "(", ")", "(!)", ":", ":)", "8", "o", "O", ".",
         "...", "XD", "x", "D", "-", "'", "“", "”", "U.S.", "Mr.", "END-OF-SENTENCE", "<3"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(["", " ", "  ", "\n\n"])),
                max_size=25),
       st.lists(st.integers(min_value=0, max_value=200), max_size=6))
def test_any_cut_scores_as_textblob_alone(words, cuts):
    text = "".join(w + sep for w, sep in words)
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    _assert_scored_alone(text, list(pairwise(bounds)))


def _forms_one_by_one(text: str) -> bool:
    """Tell whether any emoticon form, "(!)" or TextBlob's sentence end stands in a text,
    white space allowed between a form's characters, each form looked for alone."""
    blob = _textblob_text()
    forms = [f for fs in blob.EMOTICONS.values() for f in fs] + ["(!)", blob.EOS]
    return any(re.search(r"\s*".join(re.escape(c) for c in f) if f != blob.EOS
                         else re.escape(f), text) for f in forms)


JOINABLE = ["It went well :)", "It went well : - )", "a box Drive", "xD", "x D", "X - D",
            "<3 love", "< 3", "Vale (!) said", "( ! )", "o)", "8-)", ":-", "END-OF-SENTENCE",
            "end-of-sentence", "No face here.", "", "♥", ">:P", "> : P", ";^)", "(x)"]


@pytest.mark.parametrize("text", JOINABLE)
def test_the_joinable_forms_are_found_where_each_alone_is(text):
    assert (_rules().may_join.search(text) is not None) == _forms_one_by_one(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*":;-=<>3xXoODPpbcsS()^*!8 ♥°]}[{E/\\._'", "END-OF-SENTENCE"]),
                max_size=12).map("".join))
def test_random_texts_find_a_joinable_form_where_each_alone_does(text):
    assert (_rules().may_join.search(text) is not None) == _forms_one_by_one(text)
