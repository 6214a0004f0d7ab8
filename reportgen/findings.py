"""Findings as plain sentences, each stating what it rests on.

Key findings are contrasts with an interval that leaves out no difference, on counts that are
not small (see ``reportgen.contrasts``). Everything else is an observation: who alone quotes
whom in stories others covered too, which sourcing only one outlet uses, each outlet's coverage
mix, stories that are related but not the same event, and week-over-week change. No finding
rests on tone: TextBlob's polarity does not agree with how human annotators read stance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from reportgen.analyze.actors.voices import Voice, not_a_name
from reportgen.analyze.tables import per_table
from reportgen.contrasts import MIN_SHARE_GAP
from reportgen.knowledge import Knowledge, load_knowledge
from reportgen.models import (
    Actor,
    Finding,
    OutletChange,
    Quote,
    StoryComparison,
    VerbGap,
    VoiceGap,
)

MAX_RELATED = 3  # related pairs said as findings; the story table lists every one
SMALL_SAMPLE = 5  # fewer quotes than this and a share is said to be small, not a pattern
META_LABELS = frozenset({"Unattributed", "Unknown affiliation", "No side"})
UNKNOWN_WORDS = "no known affiliation"  # what quotes under META_LABELS lack, in a sentence
QuoteRef = tuple[str, Quote]
StoryQuotes = dict[str, dict[str, list[QuoteRef]]]


def plural(n: int, word: str, many: str | None = None) -> str:
    """Say a count with its noun: '1 story', '3 stories'."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def name_list(names: Sequence[str]) -> str:
    """Join names as a sentence does: 'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def pct(x: float) -> str:
    """Give a share in whole per cent, never "0%" for a share above none nor "100%" for one
    below all ("2 of 258" is "under 1%"): a reader takes "0%" for no quote at all."""
    if 0 < x < 0.005:
        return "under 1%"
    if 0.995 <= x < 1:
        return "over 99%"
    return f"{round(100 * x)}%"


def _small(total: int) -> str:
    return f" (a small sample: {plural(total, 'quote')})" if total < SMALL_SAMPLE else ""


# --------------------------------------------------------------------------- key findings

def key_findings(vgaps: Iterable[VoiceGap], bgaps: Sequence[VerbGap],
                 noun: Callable[[str], str], unknown: str = UNKNOWN_WORDS) -> list[Finding]:
    """Turn the contrasts that pass the bar into key findings, strongest first."""
    voices = sorted((g for g in vgaps if g.key),
                    key=lambda g: (-abs(g.difference[0]), g.outlets, g.group))
    verbs = sorted((g for g in bgaps if g.key),
                   key=lambda g: (-abs(_log(g.odds_ratio[0])), g.outlet, g.sides))
    return [*(_verb_finding(g, bgaps) for g in verbs),
            *(_voice_finding(g, noun, unknown) for g in voices)]


def _log(x: float) -> float:
    import math

    return math.log(x) if x > 0 else 0.0


def _voice_finding(g: VoiceGap, noun: Callable[[str], str],
                   unknown: str = UNKNOWN_WORDS) -> Finding:
    a, b = g.outlets
    d, lo, hi = g.difference
    n = len(g.stories)
    more = "more" if d > 0 else "fewer"
    known = unknown.replace("no ", "a ", 1)
    base = (f"the {plural(n, 'story', 'stories')} {a} and {b} both covered "
            f"({g.quotes[0]} and {g.quotes[1]} quotes with {known})")
    text = (f"In the {plural(n, 'story', 'stories')} {a} and {b} both covered, {a} gives "
            f"{pct(g.shares[0])} of its quotes with {known} to {noun(g.group)} against "
            f"{pct(g.shares[1])} for {b}: {round(100 * abs(d))} points {more} (95% interval "
            f"{_points(lo, hi, d)}; {g.group_quotes[0]} of {g.quotes[0]} and "
            f"{g.group_quotes[1]} of {g.quotes[1]} such quotes, each story weighing the same). "
            f"Apart from these, {g.unknown[0]} of {a}'s {g.unknown[0] + g.quotes[0]} quotes "
            f"and {g.unknown[1]} of {b}'s {g.unknown[1] + g.quotes[1]} had {unknown}.")
    ev = g.evidence[0] + g.evidence[1]  # all of it: number_findings orders, the page cuts
    return Finding("", text, (("share_first", g.shares[0]), ("share_second", g.shares[1]),
                              ("difference", d), ("low", lo), ("high", hi),
                              ("stories", float(n)), ("unknown_first", float(g.unknown[0])),
                              ("unknown_second", float(g.unknown[1]))), ev, False, key=True,
                   base=base, kind="voices")



def nearest_finding(vgaps: Iterable[VoiceGap], noun: Callable[[str], str],
                    unknown: str = UNKNOWN_WORDS) -> list[Finding]:
    """Say which voice contrast came closest to a key finding when none is one: the widest
    gap resting on enough stories and quotes, with the interval that keeps it from the list."""
    if any(g.key for g in vgaps):
        return []
    enough = sorted((g for g in vgaps if not g.small and not g.thin),
                    key=lambda g: (-abs(g.difference[0]), g.outlets, g.group))
    if not enough:
        return []
    found = _voice_finding(enough[0], noun, unknown)
    text = "Closest to a key finding, but not one: " + found.text[0].lower() + found.text[1:]
    text = text[:-1] + "; the interval holds no difference" + (
        "" if enough[0].difference[1] * enough[0].difference[2] <= 0 else
        f" of {round(100 * MIN_SHARE_GAP)} points or more") + "."
    return [replace(found, text=text, key=False, kind="nearest")]


def _points(low: float, high: float, d: float) -> str:
    """Give an interval in points, in the direction the sentence reads ("8 points fewer
    (95% interval 3 to 14)"), signed only when it reaches the other side of zero."""
    a, b = (low, high) if d >= 0 else (-high, -low)
    return f"{_bound(a)} to {_bound(b)} points"


def signed_points(x: float) -> str:
    """Give a difference or an interval bound in signed points, as a table shows it ("+12",
    "-0.2"): to a tenth where a whole "0" would hide which side of no difference it is on, so
    the interval of a key finding never reads as reaching 0."""
    bound = _bound(x)
    return bound if x <= 0 or bound.startswith("just") else f"+{bound}"


def _bound(x: float) -> str:
    """Give an interval bound in whole points, or to a tenth where a whole '0' would hide
    which side of no difference it is on, or "just above 0" ("just below 0") where even a
    tenth would round to 0."""
    whole = round(100 * x) + 0
    if whole != 0 or x == 0:
        return str(whole)
    if round(1000 * x) != 0:
        return f"{100 * x:.1f}"
    return "just above 0" if x > 0 else "just below 0"


def _rate(loaded: int, neutral: int) -> str:
    total = loaded + neutral
    return f"{pct(loaded / total) if total else '0%'} ({loaded} of {total})"


def _loaded_verbs(verbs: tuple[tuple[str, str, int], ...], limit: int = 4) -> str:
    shown = [f"“{v}”" + (f" ×{n}" if n > 1 else "") for v, st, n in verbs
             if st in ("distancing", "evaluative")][:limit]
    return ", ".join(shown) or "none"


def _verb_finding(g: VerbGap, everyone: Sequence[VerbGap]) -> Finding:
    one, other = g.sides
    ratio, lo, hi = g.odds_ratio
    n = len(g.stories)
    whose = "everyone else's" if other == "everyone else" else f"{other}'s"
    base = (f"{g.outlet}'s quotes in the {plural(n, 'story', 'stories')} where it quoted both "
            f"({g.loaded[0] + g.neutral[0]} and {g.loaded[1] + g.neutral[1]} quotes with a "
            "neutral, distancing or evaluative verb)")
    text = (f"{g.outlet} attributes {_rate(g.loaded[0], g.neutral[0])} of {one}'s quotes with a "
            f"distancing or evaluative verb against {_rate(g.loaded[1], g.neutral[1])} of "
            f"{whose}: odds ratio {ratio:.1f} (95% interval {lo:.1f} to {hi:.1f}), in the "
            f"{plural(n, 'story', 'stories')} where it quoted both. Verbs for {one}: "
            f"{_loaded_verbs(g.verbs[0])}; for {other}: {_loaded_verbs(g.verbs[1])}.")
    others = [o for o in everyone if o.outlet != g.outlet and set(o.sides) == set(g.sides)]
    if others:
        text += f" The same odds ratio elsewhere ({one} against {other}): " + "; ".join(
            f"{o.outlet} {_oriented(o, one)}" for o in others) + "."
    return Finding("", text, (("odds_ratio", ratio), ("low", lo), ("high", hi),
                              ("loaded_first", g.loaded[0]), ("neutral_first", g.neutral[0]),
                              ("loaded_second", g.loaded[1]), ("neutral_second", g.neutral[1]),
                              ("stories", float(n))),
                   g.evidence, False, key=True, base=base, kind="verbs")


def _oriented(g: VerbGap, first: str) -> str:
    """Give a gap's odds ratio and interval with ``first`` as the first side."""
    ratio, lo, hi = g.odds_ratio
    if g.sides[0] != first:
        ratio, lo, hi = 1 / ratio, 1 / hi, 1 / lo
    return f"{ratio:.1f} ({lo:.1f} to {hi:.1f})"


FLOOR_NAMED = 5  # outlets named in the known-floor observation, the least known first


def known_floor_findings(known: dict[str, tuple[int, int]], floor: float,
                         unknown: str = UNKNOWN_WORDS) -> list[Finding]:
    """Name, in one observation, the outlets whose quotes in shared stories have a known
    affiliation less often than the floor: no key finding about affiliation is made for them,
    as their shares would measure where speakers went unresolved."""
    low = sorted((o for o, (k, total) in known.items() if total and k < floor * total),
                 key=lambda o: (known[o][0] / known[o][1], o))
    if not low:
        return []
    shown = [f"{o} ({known[o][1] - known[o][0]} of {known[o][1]})" for o in low[:FLOOR_NAMED]]
    if len(low) > FLOOR_NAMED:  # a cover names a few; briefing.json's voice gaps have them all
        shown.append(plural(len(low) - FLOOR_NAMED, "more outlet"))
    many = len(low) > 1
    text = (f"No key finding about affiliation is made for {name_list(shown)}: in the stories "
            f"{'each shares' if many else 'it shares'} with other outlets, more than "
            f"{pct(1 - floor)} of {'its' if not many else 'their'} quotes had {unknown}, so "
            f"{'their' if many else 'its'} shares would measure where speakers went unresolved "
            "rather than whom "
            f"{'they quote' if many else 'it quotes'}.")
    k, total = sum(known[o][0] for o in low), sum(known[o][1] for o in low)
    return [Finding("", text, (("outlets", float(len(low))), ("known", float(k)),
                               ("quotes", float(total)), ("floor", floor)), (), False,
                    base=f"{plural(total, 'quote')} in shared stories of "
                    f"{plural(len(low), 'outlet')}", kind="known_floor")]


def verb_observations(bgaps: Sequence[VerbGap]) -> list[Finding]:
    """Say, for each outlet without a key verb finding, which verbs it gave each side and why
    that is no finding: too few quotes, or an interval that holds no difference."""
    keyed = {g.outlet for g in bgaps if g.key}
    best: dict[str, VerbGap] = {}
    for g in bgaps:
        if g.outlet in keyed:
            continue
        kept = best.get(g.outlet)
        if kept is None or (g.loaded[0], sum(g.loaded)) > (kept.loaded[0], sum(kept.loaded)):
            best[g.outlet] = g
    out = []
    for outlet in sorted(best):
        g = best[outlet]
        one, other = g.sides
        total = sum(g.loaded) + sum(g.neutral)
        why = ("too few quotes to call a difference" if g.small else
               "the interval holds no difference")
        text = (f"{outlet}, verbs by side, in the {plural(len(g.stories), 'story', 'stories')} "
                f"where it quoted both: for {one} {_all_verbs(g.verbs[0])}; for {other} "
                f"{_all_verbs(g.verbs[1])}. Odds ratio {g.odds_ratio[0]:.1f} (95% interval "
                f"{g.odds_ratio[1]:.1f} to {g.odds_ratio[2]:.1f}): {why}.")
        out.append(Finding("", text[:-1] + _small(total) + ".",
                           (("odds_ratio", g.odds_ratio[0]), ("low", g.odds_ratio[1]),
                            ("high", g.odds_ratio[2])), g.evidence, total < SMALL_SAMPLE,
                           base=f"{outlet}'s {plural(total, 'quote')} with a neutral, "
                           "distancing or evaluative verb", kind="verbs"))
    return out


def _all_verbs(verbs: tuple[tuple[str, str, int], ...], limit: int = 6) -> str:
    shown = [f"“{v}”" + (f" ×{n}" if n > 1 else "") for v, _, n in verbs if v][:limit]
    more = len([v for v in verbs if v[0]]) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "") if shown else "none"


# --------------------------------------------------------------------------- observations

def voice_key(name: str, kind: str) -> str:
    """Give the key that one voice has whatever outlet quotes it: its name as identity gives it
    (``identity.merge_actors`` decides which names are one person, "Pelosi" and "Nancy
    Pelosi" among them, and never a shopkeeper "Lu" with another story's "Chris Lu"), without
    case, a leading article or dots ("the U.S. Army", "US Army")."""
    words = name.replace(".", "").lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return f"{kind}:{' '.join(words)}"


def _named(q: Quote) -> bool:
    """Tell whether a quote's speaker is a named person or organisation (``named_voice``)."""
    return q.actor is not None and named_voice(q.actor)


def named_voice(actor: Actor) -> bool:
    """Tell whether an actor is a named person or organisation: not a group, the media or an
    anonymous source, nor what the voice check reads as no name ("Catholic", "the committee",
    ``voices.not_a_name``; an acronym is a name). Only a name can be looked for in the other
    outlets, so only a name can be said to be quoted by one outlet alone. A country is no
    such name ("Germany", "Russia" for their governments, "Berlin said"): it speaks through
    its ministers, ministries and spokesmen, whom another outlet quotes by their own names."""
    return (actor.kind in ("person", "organisation") and actor.type != "media"
            and actor.name.lower() not in load_knowledge().countries
            and voice_problem(actor.name, actor.kind) in (None, "acronym"))


def voice_problem(name: str, kind: str, knowledge: Knowledge | None = None) -> str | None:
    """Give what the voice check (``voices.not_a_name``) finds wrong with a speaker's name, or
    None, by ``knowledge``: the build's, with the outlets a user's reportgen.toml adds (an
    outlet of theirs read as a person is no voice), the package's when None. One cache per
    knowledge for the briefing: ``compare.drop_furniture`` asks of every speaker first, and
    what it drops no later question sees; the package's outlets are among the user's, so the
    later questions (``named_voice``) may ask the package's."""
    knowledge = load_knowledge() if knowledge is None else knowledge
    answers: dict[tuple[str, str], str | None] = per_table("voice problems", knowledge,
                                                           lambda _: {})
    key = (name, kind)
    if key not in answers:
        flag = not_a_name(Voice(name, kind), knowledge)
        answers[key] = None if flag is None else flag.problem
    return answers[key]


def only_findings(story_quotes: StoryQuotes, outlets: Sequence[str],
                  ranks: Mapping[str, int] | None = None) -> list[Finding]:
    """Name the voices only one outlet quotes, checked by identity across outlets: in stories
    other outlets covered too (a sourcing choice), and apart from that in stories no other
    outlet covered (coverage, not a choice). Each voice's evidence is its quote a reader
    best takes for its words (the lowest of ``ranks``, ``evidence.evidence_ranks``; the
    first when ranks are equal or not given)."""
    if len(outlets) < 2:
        return []
    key_of: dict[str, str] = {}  # quote id -> voice key, computed once per quote
    quoted_by: dict[str, set[str]] = defaultdict(set)
    for by in story_quotes.values():
        for outlet, quotes in by.items():
            for qid, q in quotes:
                if q.actor is not None:
                    key_of[qid] = key = voice_key(q.actor.name, q.actor.kind)
                    quoted_by[key].add(outlet)
    out = []
    for outlet in outlets:
        for shared in (True, False):
            found = _alone(story_quotes, outlet, shared, lambda qid: quoted_by.get(key_of[qid]),
                           ranks or {})
            if found is not None:
                out.append(found)
    return out


def _alone(story_quotes: StoryQuotes, outlet: str, shared: bool,
           quoted_by: Callable[[str], set[str] | None], ranks: Mapping[str, int]
           ) -> Finding | None:
    """Say which voices only this outlet quotes, in the stories it shares with other outlets
    (``shared``) or in those no other outlet covered (``quoted_by``: the outlets that quote
    the voice of a quote, by its id)."""
    voices: dict[str, list[str]] = defaultdict(list)  # voice -> quote ids
    where: dict[str, set[str]] = defaultdict(set)  # voice -> stories
    for sid, by in sorted(story_quotes.items()):
        if outlet not in by or (len(by) > 1) != shared:
            continue
        for qid, q in by[outlet]:
            if _named(q) and quoted_by(qid) == {outlet}:
                assert q.actor is not None
                voices[q.actor.name].append(qid)
                where[q.actor.name].add(sid)
    if not voices:
        return None
    ranked = sorted(voices, key=lambda v: (-len(voices[v]), v))
    stories = sorted({s for v in ranked for s in where[v]})
    names = name_list(ranked[:5]) + (f" and {len(ranked) - 5} more" if len(ranked) > 5 else "")
    ev = tuple(min(voices[v], key=lambda i: ranks.get(i, 1)) for v in ranked[:5])
    numbers = (("voices", float(len(ranked))), ("stories", float(len(stories))))
    n = plural(len(stories), "story", "stories")
    if shared:
        return Finding("", f"Only {outlet} quotes {names}, in {n} that other outlets covered "
                       "too; no other outlet quotes them under any name.", numbers, ev, False,
                       base=f"the {n} {outlet} shares with other outlets", kind="only")
    return Finding("", f"{outlet} alone quotes {names}, in {n} no other outlet covered: what it "
                   "covered, not a sourcing choice.", numbers, ev, False,
                   base=f"the {n} only {outlet} covered", kind="coverage_mix")


def sourcing_findings(story_quotes: StoryQuotes, outlets: Sequence[str]) -> list[Finding]:
    """Name a kind of source (expert, anonymous) that only one outlet cites, and whether the
    other outlets covered the stories it cites them in."""
    out = []
    for label, attr in (("an expert or think tank", "expert"),
                        ("an anonymous source", "anonymous")):
        hits: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # outlet -> ...
        for sid, by in sorted(story_quotes.items()):
            for outlet, quotes in by.items():
                for qid, q in quotes:
                    if q.actor and (q.actor.type == attr or q.actor.kind == attr):
                        hits[outlet].append((sid, qid, q.actor.name))
        if len(hits) != 1 or len(outlets) < 2:
            continue
        [(outlet, refs)] = hits.items()
        stories = sorted({sid for sid, _, _ in refs})
        covered = [s for s in stories if len(story_quotes[s]) > 1]
        names = name_list(sorted({n for _, _, n in refs}))
        where = (f" — in {plural(len(covered), 'story', 'stories')} other outlets covered too"
                 if covered else
                 f" — in {'a story' if len(stories) == 1 else 'stories'} no other outlet "
                 "covered, so it reflects what each covered rather than a sourcing choice")
        ev = [qid for _, qid, _ in refs]
        out.append(Finding("", f"Only {outlet} cites {label}: {names}{where}{_small(len(ev))}.",
                           (("quotes", float(len(ev))), ("shared_stories", float(len(covered)))),
                           tuple(ev), len(ev) < SMALL_SAMPLE,
                           base=f"{plural(len(stories), 'story', 'stories')} {outlet} covered",
                           kind="sourcing"))
    return out


def coverage_mix(outlet: str, articles: int, top_label: str, top: int, total: int,
                 evidence: tuple[str, ...], leader: str, unknown: int = 0) -> Finding:
    """Describe an outlet's voices over all its articles: what it covered, not its habits.
    ``total`` counts the quotes with a known affiliation, ``unknown`` the others."""
    over = "the one article" if articles == 1 else f"all {articles} articles"
    if not total and unknown:
        return Finding("", f"Coverage mix, over {over} of {outlet}: none of its "
                       f"{plural(unknown, 'quote')} had a known affiliation.",
                       (("quotes", float(unknown)), ("unknown", float(unknown))), (), False,
                       base=f"all {plural(articles, 'article')} of {outlet}",
                       kind="coverage_mix")
    if not total:
        return Finding("", f"{outlet} quotes no one in {plural(articles, 'article')}"
                       f"{_small(0)}.", (("quotes", 0.0),), (), True,
                       base=f"all {plural(articles, 'article')} of {outlet}",
                       kind="coverage_mix")
    apart = f"; {unknown} more had {UNKNOWN_WORDS}" if unknown else ""
    return Finding(
        "", f"Coverage mix, over {over} of {outlet} (what it covered, not a habit): {top} of "
        f"its {total} quotes with a known affiliation ({pct(top / total)}) go to "
        f"{top_label}{leader}{apart}{_small(total)}.",
        (("count", float(top)), ("total", float(total)), ("share", round(top / total, 4)),
         ("unknown", float(unknown))),
        evidence, total < SMALL_SAMPLE, base=f"all {plural(articles, 'article')} of {outlet}",
        kind="coverage_mix")


def story_findings(stories: Sequence[StoryComparison]) -> list[Finding]:
    """Point to the two stories whose outlets share the fewest voices."""
    out = []
    for s in [s for s in stories if len(s.outlets) > 1][:2]:
        changed = sum(1 for st in s.statements if st.differences)
        ev = [qid for st in s.statements for _, qid in st.versions] or [
            c.lead_id for c in s.coverage if c.lead_id]
        parts = [f"Widest gap in sourcing: “{s.title}” ({name_list(list(s.outlets))}): "
                 + (f"the two share {round(100 * (1 - s.difference))}% of the voices they "
                    "quote." if len(s.outlets) == 2 else
                    f"two outlets share {round(100 * (1 - s.difference))}% of the voices they "
                    "quote, on average over the pairs.")]
        if s.blindspots:
            parts.append(s.blindspots[0])
        if changed:
            parts.append(f"{plural(changed, 'shared statement')} "
                         f"{'differs' if changed == 1 else 'differ'} in wording, length or verb.")
        out.append(Finding("", " ".join(parts), (("difference", s.difference),), tuple(ev),
                           False, base=f"one story, {len(s.outlets)} outlets", kind="story"))
    return out


def _when(s: StoryComparison) -> str:
    return "date unknown" if s.first is None else f"{s.first:%-d %B %Y}"


def related_findings(stories: Sequence[StoryComparison]) -> list[Finding]:
    """Say which stories are on one theme but report different events (never a key finding:
    it says what is not compared, not how outlets differ)."""
    out: list[Finding] = []
    seen = set()
    by_id = {s.id: s for s in stories}
    for s in stories:
        for r in s.related:
            pair = tuple(sorted((s.id, r)))
            if pair in seen or r not in by_id or len(out) >= MAX_RELATED:
                continue
            seen.add(pair)
            other = by_id[r]
            terms = f" (both about {', '.join(s.shared_terms[:4])})" if s.shared_terms else ""
            leads = tuple(c.lead_id for c in (*s.coverage, *other.coverage) if c.lead_id)
            out.append(Finding(
                "", f"Related, not the same event{terms}: {name_list(list(s.outlets))} "
                f"reported “{s.title}” ({_when(s)}), {name_list(list(other.outlets))} reported "
                f"“{other.title}” ({_when(other)}). They are compared as separate stories.",
                (), leads, False, base="two stories", kind="related"))
    return out


def change_findings(changes: Sequence[OutletChange]) -> list[Finding]:
    """Describe each outlet's change from the week before as coverage mix: two weeks report
    different events, so a change in shares is not a change of habit."""
    out = []
    for c in changes:
        moves = sorted((m for m in c.shares if m[0] not in META_LABELS),
                       key=lambda x: (-abs(x[2] - x[1]), x[0]))
        if not moves:
            continue
        label, b, n = moves[0]
        small = " (a small sample either week)" if c.small else ""
        out.append(Finding(
            "", f"{c.outlet}, coverage mix against the week before: {c.articles[1]} articles "
            f"(was {c.articles[0]}), {c.quotes[1]} quotes (was {c.quotes[0]}); the biggest "
            f"shift in voices is {label}, {round(100 * n)}% of quotes (was {round(100 * b)}%). "
            "The two weeks report different events, so this cannot be read as a change of "
            f"habit{small}.",
            (("quotes_before", c.quotes[0]), ("quotes_now", c.quotes[1]),
             ("share_before", b), ("share_now", n)), (), c.small,
            base="all articles of each week", kind="change"))
    return out
