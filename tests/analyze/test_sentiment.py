"""Tone: the same numbers as TextBlob's public API, and pieces that combine exactly."""

from __future__ import annotations

import pytest
from textblob import TextBlob

from reportgen.analyze.sentiment import combine, score_piece, score_tone

TEXTS = [
    "The minister called it a terrible, shameful failure.",
    "We are very happy with this wonderful result!",
    "The committee met on Tuesday.",
    "It was not good, and it was never going to be good.",
    "An incredibly bold plan, terribly executed.",
    "",
]


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
