"""What the quote steps hand on: a quote with its speaker mention, before it is resolved."""

from __future__ import annotations

from collections.abc import Iterator, Set
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
    # its quotation stands in the writer's own sentence ("wrote of “…”"): the quotations after
    # it in the paragraph do not go on from it
    own_words: bool = False

    @property
    def start(self) -> int:
        """Give where the quote's first span starts."""
        return self.spans[0][0]

    @property
    def end(self) -> int:
        """Give where the quote's last span ends."""
        return self.spans[-1][1]


class Taken:
    """A pattern that applies, but whose quotation is attributed already: try no other."""

    __slots__ = ()


TAKEN = Taken()

# What an attribution pattern gives: a quote, TAKEN, or None where the pattern does not apply.
Verdict = RawQuote | Taken | None


class Claimed(Set[Marked]):
    """The quotations attributed before a frame, and those the frame's own quotes take so
    far: a view over both, so that a frame's quote does not copy the article's whole set
    (that made the quote step quadratic in a long article)."""

    def __init__(self, before: Set[Marked]) -> None:
        self._before = before
        self._own: set[Marked] = set()

    def add(self, marked: tuple[Marked, ...]) -> None:
        """Claim the quotations a quote takes."""
        self._own.update(marked)

    def __contains__(self, q: object) -> bool:
        return q in self._own or q in self._before

    def __iter__(self) -> Iterator[Marked]:
        yield from self._own
        yield from (q for q in self._before if q not in self._own)

    def __len__(self) -> int:
        return len(self._own) + sum(1 for q in self._before if q not in self._own)
