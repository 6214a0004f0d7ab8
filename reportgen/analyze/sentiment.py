"""Tone with TextBlob's pattern lexicon: polarity and subjectivity of stretches of text.

The lexicon ships inside textblob, so nothing is downloaded. TextBlob's polarity is the mean
of its per-word assessments, so each stretch of an article is scored once (``score_piece``) and
the sums are combined for the narrative, the quotes, each speaker and each sentence
(``combine``): the same numbers as scoring the joined text, at a fraction of the cost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reportgen.models import Tone


@dataclass(frozen=True, slots=True)
class Piece:
    """The summed TextBlob assessments of one stretch of text."""

    polarity: float
    subjectivity: float
    assessed: int
    chars: int


EMPTY = Piece(0.0, 0.0, 0, 0)


@cache
def _sentiment():
    from textblob.en import sentiment  # the pattern analyser behind TextBlob's PatternAnalyzer

    return sentiment


def score_piece(text: str) -> Piece:
    """Score one stretch of text into summable parts."""
    chars = len(text.strip())
    if not chars:
        return EMPTY
    assessments = _sentiment()(text).assessments
    return Piece(sum(a[1] for a in assessments), sum(a[2] for a in assessments),
                 len(assessments), chars)


def combine(pieces: Iterable[Piece]) -> Tone:
    """Combine scored pieces into one tone, as if their text had been scored together."""
    p = s = 0.0
    n = chars = 0
    for piece in pieces:
        p += piece.polarity
        s += piece.subjectivity
        n += piece.assessed
        chars += piece.chars
    if not n:
        return Tone(0.0, 0.0, chars)
    return Tone(round(p / n, 4), round(s / n, 4), chars)


def score_tone(text: str) -> Tone:
    """Score a text's polarity and subjectivity; empty text is neutral."""
    return combine([score_piece(text)])
