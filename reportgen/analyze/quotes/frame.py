"""Frames: the stretch of text an attribution is looked for in, and its tokens.

A frame is a sentence, widened to hold whole quotations: "“We will win,” he said. “Soon.”"
is read together where the marks say so. Every later step reads a frame and returns new
values; none changes it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from reportgen.analyze.quotes.found import Marked, Mention
from reportgen.analyze.text import Token, sentences, tokenize
from reportgen.knowledge import Knowledge, Words
from reportgen.models import Span

Phrase = tuple[Token, ...]  # a noun phrase or a cue, as consecutive tokens of a frame


@dataclass(frozen=True, slots=True)
class Frame:
    """The tokens of one attribution frame and, for each, whether it stands in quotation."""

    text: str
    span: Span
    tokens: tuple[Token, ...]
    quotes: tuple[Marked, ...]  # the quotations in marks that overlap the frame
    inq: tuple[bool, ...]  # inq[i]: token i stands inside a quotation
    headline: bool  # a title-case headline: "Sanders Says He Is Writing His Inaugural Address"
    knowledge: Knowledge
    words: Words

    def quote_of(self, i: int) -> Marked | None:
        """Give the quotation token i stands in, if any."""
        t = self.tokens[i]
        for q in self.quotes:
            for a, b in q:
                if a <= t.start < b:
                    return q
        return None

    def mention(self, phrase: Phrase) -> Mention:
        """Give a phrase as written, with its span."""
        return Mention(self.text[phrase[0].start:phrase[-1].end],
                       (phrase[0].start, phrase[-1].end))

    def index(self, token: Token) -> int:
        """Give the index of a token of this frame."""
        return self.tokens.index(token)


def make_frame(text: str, span: Span, quotes: tuple[Marked, ...], knowledge: Knowledge,
               tokens: tuple[Token, ...] | None = None) -> Frame:
    """Build the frame of text[span] (its tokens may be given, to save redoing them)."""
    toks = tuple(tokenize(text, *span)) if tokens is None else tokens
    inq = tuple(any(a <= t.start < b for q in quotes for a, b in q) for t in toks)
    words = [t.text for t in toks if t.text[:1].isalpha()]
    headline = len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.7 * len(words)
    return Frame(text, span, toks, quotes, inq, headline, knowledge, knowledge.words)


def paragraph_frames(text: str, para: Span, marked: tuple[Marked, ...], knowledge: Knowledge,
                     tokens: list[Token], starts: list[int]) -> list[Frame]:
    """Give the frames of one paragraph, each with the quotations it overlaps."""
    in_para = tuple(q for q in marked if para[0] <= q[-1][0] < para[1]
                    or any(para[0] <= a < para[1] for a, _ in q))
    frames = []
    for fs, fe in _frame_spans(text, para, in_para, knowledge):
        quotes = tuple(q for q in in_para if (q[-1][0] < fe and q[-1][1] > fs)
                       or any(a < fe and b > fs for a, b in q))
        toks = tuple(tokens[bisect_left(starts, fs):bisect_left(starts, fe)])
        frames.append(make_frame(text, (fs, fe), quotes, knowledge, toks))
    return frames


def _frame_spans(text: str, para: Span, quotes: tuple[Marked, ...],
                 knowledge: Knowledge) -> list[Span]:
    """Split a paragraph into sentences, never inside a quotation, and never between a
    question or exclamation in quotation marks and the attribution after it ("“Is it
    true?” Biden said.")."""
    spans = [(a, b) for q in quotes for a, b in q]
    out: list[Span] = []
    for s, e in sentences(text, para, knowledge.words.abbreviations):
        if out and (any(a < s < b or a < out[-1][1] < b for a, b in spans)
                    or _attribution_after_question(text, out[-1], (s, e), spans, knowledge)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# the attribution after a question may be a short one: a name or pronoun, a cue, an adjunct
_MAX_ATTRIBUTION_WORDS = 10


def _attribution_after_question(text: str, prev: Span, sent: Span, spans: list[Span],
                                knowledge: Knowledge) -> bool:
    """Tell whether a sentence only attributes the quoted question or exclamation that ends
    the sentence before it: "“Who pays?” asked Senator Vail.", "“We win!” Ortiz shouted."."""
    if not any(b == prev[1] or (b <= prev[1] and not text[b:prev[1]].strip())
               for _, b in spans):
        return False
    if text[prev[0]:prev[1]].rstrip().rstrip("\"”’'»").rstrip()[-1:] not in ("?", "!"):
        return False
    body = text[sent[0]:sent[1]]
    if any(mark in body for mark in "\"“”«»"):
        return False
    words = [t.text.lower() for t in tokenize(text, *sent) if t.text[:1].isalpha()]
    if not words or len(words) > _MAX_ATTRIBUTION_WORDS:
        return False
    cues = knowledge.cues
    return any(w in cues and cues[w].speech for w in words[:6])
