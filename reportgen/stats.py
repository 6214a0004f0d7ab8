"""Intervals for the briefing's contrasts: Wilson for shares, Newcombe for their difference,
Woolf's log interval for odds ratios. Pure functions of counts; 95% throughout.

Wilson, "Probable inference ..." (JASA 1927); Newcombe, "Interval estimation for the
difference between independent proportions" (Stat. Med. 1998), method 10; Woolf (1955) with
Haldane's 0.5 correction when a cell is empty.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class Interval:
    """A point estimate and its 95% interval."""

    value: float
    low: float
    high: float

    def excludes(self, null: float) -> bool:
        """Tell whether the interval leaves out the value of no difference."""
        return self.low > null or self.high < null


def wilson(successes: float, n: float, z: float = Z95) -> Interval:
    """Give a share and its Wilson score interval (n may be an effective, fractional size)."""
    if n <= 0:
        return Interval(0.0, 0.0, 1.0)
    p = min(1.0, max(0.0, successes / n))
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half))


def share_difference(a: Interval, b: Interval) -> Interval:
    """Give the difference of two independent shares and Newcombe's hybrid score interval,
    built from each share's Wilson interval."""
    d = a.value - b.value
    low = d - math.sqrt((a.value - a.low) ** 2 + (b.high - b.value) ** 2)
    high = d + math.sqrt((a.high - a.value) ** 2 + (b.value - b.low) ** 2)
    return Interval(d, max(-1.0, low), min(1.0, high))


def odds_ratio(a: int, b: int, c: int, d: int, z: float = Z95) -> Interval:
    """Give the odds ratio of a 2x2 table (a/b against c/d) and its Woolf interval; a zero
    cell adds 0.5 to every cell."""
    if min(a, b, c, d) == 0:
        a2, b2, c2, d2 = a + 0.5, b + 0.5, c + 0.5, d + 0.5
    else:
        a2, b2, c2, d2 = float(a), float(b), float(c), float(d)
    log_or = math.log((a2 * d2) / (b2 * c2))
    se = math.sqrt(1 / a2 + 1 / b2 + 1 / c2 + 1 / d2)
    return Interval(math.exp(log_or), math.exp(log_or - z * se), math.exp(log_or + z * se))


def effective_size(story_sizes: list[int]) -> float:
    """Give Kish's effective sample size when each story weighs the same whatever its number
    of quotes: every quote of a story with n quotes weighs 1/n."""
    sizes = [n for n in story_sizes if n > 0]
    if not sizes:
        return 0.0
    return len(sizes) ** 2 / sum(1 / n for n in sizes)
