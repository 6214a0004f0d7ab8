"""Story-matched contrasts: outlets compared only inside the stories they both covered.

An outlet's share of quotes from a group is the mean of its per-story shares of the quotes
whose group is known (unknown ones are counted apart, never a group) over the stories it
shares with the other outlet (each story weighs the same, however many quotes it holds),
with a Wilson interval on Kish's effective sample size; two outlets differ when Newcombe's
interval for the difference leaves out zero. Attribution verbs are compared within one outlet,
one side against the other, in the stories where it quoted both: the odds of a distancing or
evaluative verb against a neutral one, with Woolf's interval.

A contrast is a key finding only when its interval leaves out no difference and its counts are
not small (the thresholds below, stated in the briefing's method section).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from reportgen.models import Quote, VerbGap, VoiceGap
from reportgen.stats import effective_size, odds_ratio, share_difference, wilson

# the thresholds below which a contrast is shown but never made a key finding
MIN_STORIES = 5  # stories both outlets covered and quoted someone in
MIN_QUOTES = 20  # quotes of each outlet in those stories
MIN_GROUP_QUOTES = 5  # quotes from the group, both outlets together
# an outlet whose quotes in shared stories have a known group less often than this makes no
# key finding about groups: its shares would measure where speakers went unresolved
MIN_KNOWN_SHARE = 0.5
MIN_SHARE_GAP = 0.10  # ten points: smaller gaps are not worth a headline even when real
MIN_SIDE_QUOTES = 10  # attributed quotes of each side within the outlet
MIN_LOADED = 5  # distancing or evaluative verbs, both sides together
LOADED = frozenset({"distancing", "evaluative"})
MAX_GROUPS = 6  # the groups with most quotes; the rest are too thin to contrast

QuoteRef = tuple[str, Quote]  # (quote id, quote)
# story id -> outlet -> that outlet's quotes in the story
StoryQuotes = dict[str, dict[str, list[QuoteRef]]]


@dataclass(frozen=True, slots=True)
class _Matched:
    """One group's story-weighted share of one outlet's quotes with a known group over some
    stories (quotes with no known group are counted apart, never in the base)."""

    share: float
    n_eff: float
    quotes: int
    group_quotes: int
    unknown: int
    evidence: tuple[str, ...]


def _matched_share(per_story: Sequence[list[QuoteRef]], group: str,
                   group_of: Callable[[Quote], str], skip: frozenset[str]) -> _Matched:
    shares, sizes, evidence, in_group, unknown = [], [], [], 0, 0
    for quotes in per_story:
        known = [(qid, q) for qid, q in quotes if group_of(q) not in skip]
        hits = [qid for qid, q in known if group_of(q) == group]
        shares.append(len(hits) / len(known))
        sizes.append(len(known))
        evidence.extend(hits)
        in_group += len(hits)
        unknown += len(quotes) - len(known)
    return _Matched(sum(shares) / len(shares), effective_size(sizes), sum(sizes), in_group,
                    unknown, tuple(evidence))


def known_stories(story_quotes: StoryQuotes, group_of: Callable[[Quote], str],
                  skip: frozenset[str]) -> dict[str, set[str]]:
    """Give, outlet by outlet, the stories where it quoted someone with a known group (each
    quote asked once, where each pair of outlets used to look through every story)."""
    out: dict[str, set[str]] = defaultdict(set)
    for s, by in story_quotes.items():
        for outlet, quotes in by.items():
            if any(group_of(q) not in skip for _, q in quotes):
                out[outlet].add(s)
    return out


def known_shares(story_quotes: StoryQuotes, outlets: Sequence[str],
                 group_of: Callable[[Quote], str], skip: frozenset[str]
                 ) -> dict[str, tuple[int, int]]:
    """Give each outlet's quotes with a known group and all its quotes, over the stories it
    shares with another outlet (both quoting someone): the base its contrasts stand on."""
    counts = {o: [0, 0] for o in outlets}  # known, all
    for by in story_quotes.values():
        quoting = [o for o in by if o in counts and by[o]]
        if len(quoting) < 2:
            continue
        for o in quoting:
            counts[o][0] += sum(1 for _, q in by[o] if group_of(q) not in skip)
            counts[o][1] += len(by[o])
    return {o: (known, total) for o, (known, total) in counts.items()}


def below_floor(known: tuple[int, int]) -> bool:
    """Tell whether too few of an outlet's quotes have a known group for its shares to say
    anything about its sourcing rather than about where speakers went unresolved."""
    return bool(known[1]) and known[0] < MIN_KNOWN_SHARE * known[1]


def voice_gaps(story_quotes: StoryQuotes, outlets: Sequence[str],
               group_of: Callable[[Quote], str], skip: frozenset[str] = frozenset()
               ) -> tuple[VoiceGap, ...]:
    """Contrast every pair of outlets on each group's share of the quotes with a known group
    (``skip`` names the labels of unknown ones), story by story, in the stories where both
    quoted someone with a known group."""
    thin = {o for o, k in known_shares(story_quotes, outlets, group_of, skip).items()
            if below_floor(k)}
    known_in = known_stories(story_quotes, group_of, skip)
    out = []
    for a, b in combinations(sorted(outlets), 2):
        stories = sorted(known_in.get(a, set()) & known_in.get(b, set()))
        if not stories:
            continue
        qa = [story_quotes[s][a] for s in stories]
        qb = [story_quotes[s][b] for s in stories]
        counts: dict[str, int] = defaultdict(int)
        for quotes in (*qa, *qb):
            for _, q in quotes:
                counts[group_of(q)] += 1
        groups = sorted((g for g in counts if g not in skip),
                        key=lambda g: (-counts[g], g))[:MAX_GROUPS]
        low = tuple(o for o in (a, b) if o in thin)
        for g in sorted(groups):
            out.append(_voice_gap((a, b), g, stories, (qa, qb), group_of, skip, low))
    return tuple(out)


def _voice_gap(pair: tuple[str, str], group: str, stories: list[str],
               per_outlet: tuple[list[list[QuoteRef]], list[list[QuoteRef]]],
               group_of: Callable[[Quote], str], skip: frozenset[str],
               thin: tuple[str, ...]) -> VoiceGap:
    ma, mb = (_matched_share(qs, group, group_of, skip) for qs in per_outlet)
    ia, ib = wilson(ma.share * ma.n_eff, ma.n_eff), wilson(mb.share * mb.n_eff, mb.n_eff)
    diff = share_difference(ia, ib)
    enough = (len(stories) >= MIN_STORIES and min(ma.quotes, mb.quotes) >= MIN_QUOTES
              and ma.group_quotes + mb.group_quotes >= MIN_GROUP_QUOTES)
    key = enough and not thin and diff.excludes(0.0) and abs(diff.value) >= MIN_SHARE_GAP
    return VoiceGap(
        outlets=pair, group=group, stories=tuple(stories), quotes=(ma.quotes, mb.quotes),
        group_quotes=(ma.group_quotes, mb.group_quotes),
        shares=(round(ma.share, 4), round(mb.share, 4)),
        difference=(round(diff.value, 4), round(diff.low, 4), round(diff.high, 4)),
        small=not enough, key=key, evidence=(ma.evidence, mb.evidence),
        unknown=(ma.unknown, mb.unknown), thin=thin)


def verb_gaps(story_quotes: StoryQuotes, outlets: Sequence[str],
              side_of: Callable[[Quote], str | None], pair: tuple[str, str] | None = None
              ) -> tuple[VerbGap, ...]:
    """Contrast, within each outlet, the verbs it gives one side against the other: with a
    pair of sides, the one against the other; otherwise each side against all the rest."""
    out = []
    for outlet in sorted(outlets):
        quotes = {s: [(i, q) for i, q in by[outlet] if q.cue_stance and side_of(q)]
                  for s, by in story_quotes.items() if by.get(outlet)}
        sides = sorted({side_of(q) or "" for qs in quotes.values() for _, q in qs})
        if len(sides) < 2:
            continue
        contrasts = [pair] if pair and set(pair) <= set(sides) else [
            (s, "") for s in sides] if len(sides) > 2 else [(sides[0], sides[1])]
        for one, other in contrasts:
            gap = _verb_gap(outlet, one, other, quotes, side_of)
            if gap is not None:
                out.append(gap)
    return tuple(out)


def _verb_gap(outlet: str, one: str, other: str, quotes: dict[str, list[QuoteRef]],
              side_of: Callable[[Quote], str | None]) -> VerbGap | None:
    """Build one outlet's 2x2 of loaded against neutral verbs, side ``one`` against ``other``
    (empty: every other side), over the stories where it quoted both."""
    def is_one(q: Quote) -> bool:
        return side_of(q) == one

    def is_other(q: Quote) -> bool:
        return side_of(q) != one if not other else side_of(q) == other

    both = [s for s, qs in sorted(quotes.items())
            if any(is_one(q) for _, q in qs) and any(is_other(q) for _, q in qs)]
    first = [(i, q) for s in both for i, q in quotes[s] if is_one(q)]
    second = [(i, q) for s in both for i, q in quotes[s] if is_other(q)]
    if not first or not second:
        return None

    def table(refs: list[QuoteRef]) -> tuple[int, int]:
        return (sum(1 for _, q in refs if q.cue_stance in LOADED),
                sum(1 for _, q in refs if q.cue_stance == "neutral"))

    (la, na), (lb, nb) = table(first), table(second)
    if other and la * (lb + nb) < lb * (la + na):  # the side with more loaded verbs first
        one, other, first, second = other, one, second, first
        (la, na), (lb, nb) = (lb, nb), (la, na)
    if la + lb == 0 and not other:
        return None  # nothing loaded either way: a side against the rest says nothing
    ratio = odds_ratio(la, na, lb, nb)
    enough = min(la + na, lb + nb) >= MIN_SIDE_QUOTES and la + lb >= MIN_LOADED
    return VerbGap(
        outlet=outlet, sides=(one, other or "everyone else"), stories=tuple(both),
        loaded=(la, lb), neutral=(na, nb),
        odds_ratio=(round(ratio.value, 3), round(ratio.low, 3), round(ratio.high, 3)),
        verbs=(_verbs(first), _verbs(second)), small=not enough,
        key=enough and ratio.excludes(1.0),
        evidence=tuple(i for i, q in (*first, *second) if q.cue_stance in LOADED))


def _verbs(refs: list[QuoteRef]) -> tuple[tuple[str, str, int], ...]:
    """Give the verbs as written, with their stance and count, loaded ones first."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for _, q in refs:
        counts[((q.cue or "").lower(), q.cue_stance or "")] += 1
    return tuple((v, st, n) for (v, st), n in sorted(
        counts.items(), key=lambda kv: (kv[0][1] not in LOADED, -kv[1], kv[0][0])))
