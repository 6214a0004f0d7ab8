"""The tone step: score every quoted part and every narrative stretch once, then combine.

The scoring of the pieces of text is ``sentiment.score_stretches``; this step decides which pieces
there are and how their scores add up per quote, per speaker and for the narrative.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import accumulate

from reportgen.analyze.sentiment import Piece, combine, score_stretches
from reportgen.models import Quote, Span, SpeakerTone, Tone


@dataclass(frozen=True, slots=True)
class Tones:
    """The tone of one article: its quotes scored, and the sums."""

    quotes: tuple[Quote, ...]  # the quotes with polarity and subjectivity set
    narrative: Tone
    quoted: Tone
    speakers: tuple[SpeakerTone, ...]
    sentences: tuple[tuple[Span, float], ...]  # the five most polar narrative sentences


def score_tones(body: str, sents: tuple[Span, ...], quotes: tuple[Quote, ...]) -> Tones:
    """Score every quoted part and every narrative stretch in one pass, then combine the sums."""
    quoted_spans = sorted({p for q in quotes for p in q.spans})
    outside = _outside_all(sents, quoted_spans)
    scores = iter(score_stretches(body, [*quoted_spans, *(p for o in outside for p in o)]))
    part = {span: next(scores) for span in quoted_spans}
    scored = []
    by_speaker: dict[str, list[Piece]] = defaultdict(list)
    for q in quotes:
        tone = combine(part[p] for p in q.spans)
        scored.append(replace(q, polarity=tone.polarity, subjectivity=tone.subjectivity))
        by_speaker[q.actor.name if q.actor else "unattributed"].extend(part[p] for p in q.spans)
    narrative: list[Piece] = []
    strongest = []
    for span, holes in zip(sents, outside, strict=True):
        pieces = [next(scores) for _ in holes]
        narrative.extend(pieces)
        tone = combine(pieces)
        if tone.polarity and tone.chars >= 20:
            strongest.append((span, tone.polarity))
    strongest.sort(key=lambda x: (-abs(x[1]), x[0]))
    return Tones(
        quotes=tuple(scored),
        narrative=combine(narrative),
        quoted=combine(part.values()),
        speakers=tuple(SpeakerTone(name, combine(pieces))
                       for name, pieces in sorted(by_speaker.items())),
        sentences=tuple(strongest[:5]))


def _outside_all(spans: tuple[Span, ...], holes: list[Span]) -> list[list[Span]]:
    """Give, for each span, its parts not covered by any of the (sorted) holes."""
    starts = [a for a, _ in holes]
    reach = list(accumulate((b for _, b in holes), max))  # the furthest end so far
    out = []
    for s, e in spans:
        # the holes before ``first`` all end by s; those from ``last`` on start at e or later
        first, last = bisect_right(reach, s), bisect_left(starts, e)
        out.append(_outside((s, e), holes[first:last]))
    return out


def _outside(span: Span, holes: list[Span]) -> list[Span]:
    """Give the parts of span not covered by any of the (sorted) holes."""
    s, e = span
    out = []
    for a, b in holes:
        if b <= s or a >= e:
            continue
        if a > s:
            out.append((s, a))
        s = max(s, b)
    if s < e:
        out.append((s, e))
    return out
