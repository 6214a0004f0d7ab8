"""What the quote steps hand on: a quote with its speaker mention, before it is resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from reportgen.knowledge import Cue
from reportgen.models import Span

# A quotation in marks: its parts, one per paragraph it runs over.
Marked = tuple[Span, ...]


class Mention(NamedTuple):
    """Words as written in the article, and where."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quote before its speaker mention is resolved to an actor."""

    spans: tuple[Span, ...]
    kind: str  # direct, mixed, indirect
    speaker: Mention | None = None
    cue: Mention | None = None
    cue_info: Cue | None = None
    inherited: bool = False  # speaker carried over from the quote before
    absorbed: tuple[Span, ...] = ()  # quoted parts inside reported speech
    marked: tuple[Marked, ...] = ()  # the quotations in marks this quote takes

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


class Taken:
    """A pattern that applies, but whose quotation is attributed already: try no other."""

    __slots__ = ()


TAKEN = Taken()

# What an attribution pattern gives: a quote, TAKEN, or None where the pattern does not apply.
Verdict = RawQuote | Taken | None
