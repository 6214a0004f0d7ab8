"""Tone with TextBlob's pattern lexicon: polarity and subjectivity of a stretch of text.

The lexicon ships inside textblob, so nothing is downloaded. Narrative and quoted material are
scored apart: the outlet's own words are everything outside what it attributes to others.
"""

from __future__ import annotations

from functools import cache

from reportgen.models import Span, Tone


@cache
def _analyzer():
    from textblob.en.sentiments import PatternAnalyzer

    return PatternAnalyzer()


def score_tone(text: str) -> Tone:
    """Score a text's polarity and subjectivity; empty text is neutral."""
    chars = len(text.strip())
    if not chars:
        return Tone(0.0, 0.0, 0)
    result = _analyzer().analyze(text)
    return Tone(round(result.polarity, 4), round(result.subjectivity, 4), chars)


def gather(text: str, spans: list[Span]) -> str:
    """Join the text of some spans, one paragraph each."""
    return "\n".join(text[s:e] for s, e in sorted(spans))


def outside(text: str, spans: list[Span]) -> str:
    """Blank out the spans, keeping everything else in place."""
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
