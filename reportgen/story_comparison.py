"""Story by story: how the outlets that covered one story differ (its lead, voices, tone and
the statements they quote differently)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from reportgen.evidence import (
    TYPE_LABELS,
    UNATTRIBUTED,
    affiliation_of,
    evidence_rank,
    outlet_of,
    quote_id,
    quotes_of,
    sentence_id,
    shares_of,
)
from reportgen.findings import META_LABELS, name_list, named_voice, voice_key
from reportgen.frequency import zipf_frequencies
from reportgen.models import (
    Actor,
    ArticleAnalysis,
    Coverage,
    Quote,
    Share,
    Statement,
    StoryComparison,
)
from reportgen.stories import Story

_WORDS = re.compile(r"[a-z0-9’']+")


def _norm_words(text: str) -> list[str]:
    return [w.removesuffix("'s") for w in _WORDS.findall(text.lower().replace("’", "'"))]


# Page furniture that opens an article's text without being its lead: photo and file notes,
# update stamps, promos, "toggle caption", a gallery's "Hide caption" and its caption,
# "6 years ago", a lone outlet name or byline.
_FURNITURE = re.compile(
    r"^\W*(file\b|update\b|photo\b|photograph|enlarge\b|hide caption\b|story highlights|"
    r"want the best|sign up|click here|watch\b|video\b|listen\b|advertisement|"
    r"this is a rush transcript|"
    r"a daily (roundup|summary))|file photo|toggle caption|\bphoto illustration\b|"
    r"^\d+ (years?|months?|days?|hours?) ago\W*$", re.IGNORECASE)
_BYLINE_WORD = re.compile(r"^(and|[A-Z][\w.'’-]*|[A-Z]+,?)$")
LEAD_MIN_WORDS = 8


def is_furniture(sentence: str) -> bool:
    """Tell whether a sentence is page furniture rather than news: a photo or file note, an
    update stamp, a promo, an all-capitals outlet name, a byline, or too short to be a lead."""
    words = sentence.split()
    if len(words) < LEAD_MIN_WORDS or _FURNITURE.search(sentence.strip()):
        return True
    if sentence.rstrip().endswith("?"):
        return True  # "Are you there?": a promo's or a reader's question, not a lead
    return all(_BYLINE_WORD.match(w.strip(",")) for w in words)  # names and "and" only


def _lead_index(a: ArticleAnalysis) -> int | None:
    """Give the index of an article's lead: its first sentence of body text that is not page
    furniture (else its first sentence of body text at all)."""
    aside = [(s.start, s.end) for s in a.article.segments]
    body = [n for n, (s, _) in enumerate(a.sentences)
            if not any(ts <= s < te for ts, te in aside)]
    for n in body:
        if not is_furniture(a.article.text[slice(*a.sentences[n])]):
            return n
    return body[0] if body else None


def _lead(a: ArticleAnalysis) -> str:
    n = _lead_index(a)
    return "" if n is None else a.article.text[slice(*a.sentences[n])]


def _coverage(a: ArticleAnalysis, own: frozenset[str], home: str | None = None) -> Coverage:
    quotes = quotes_of([a], own)
    counts = Counter(q.actor.name for _, q in quotes if q.actor)
    total = len(quotes)
    lead = _lead_index(a)
    return Coverage(
        outlet=outlet_of(a), article_id=a.article.id, title=a.article.title or a.article.id,
        lead="" if lead is None else a.article.text[slice(*a.sentences[lead])],
        published=a.article.published,
        lead_id=None if lead is None else sentence_id(a, lead),
        voices=tuple(n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        affiliations=shares_of([(affiliation_of(q, home), qid) for qid, q in quotes], total),
        types=shares_of([(TYPE_LABELS.get(q.actor.type, q.actor.type) if q.actor else
                        UNATTRIBUTED, qid) for qid, q in quotes], total),
        narrative=a.narrative, quoted=a.quoted,
        tone_sentences=tuple(sentence_id(a, a.sentences.index(span))
                             for span, _ in a.tone_sentences[:2] if span in a.sentences))


# Two quotes are one statement when the shorter shares this much of its word pairs with the
# other, at least this many pairs, and a run of at least this many words in a row (three
# common pairs such as "for the", "the American", "American people" are no statement in
# common). Measured on 58 quote pairs from BASIL dev labelled by hand
# (tests/fixtures/statement_pairs.jsonl, 26 the same statement): precision 1.0 (20 of 20 lined
# up), recall 0.77; without the run, precision 0.95 (20 of 21). Word overlap alone (the rule
# before both) had precision 0.59.
SAME_STATEMENT_AT = 0.4
SAME_STATEMENT_PAIRS = 3
SAME_STATEMENT_RUN = 4


def _pairs(text: str) -> set[tuple[str, str]]:
    words = _norm_words(text)
    return set(pairwise(words))


def same_statement(a: str, b: str) -> bool:
    """Tell whether two quotes give the same statement: enough of the shorter one's word
    pairs appear in the other (a cut or a light rewording, not a related remark)."""
    pa, pb = _pairs(a), _pairs(b)
    if not pa or not pb:
        return False
    shared = len(pa & pb)
    return (shared >= SAME_STATEMENT_PAIRS
            and shared / min(len(pa), len(pb)) >= SAME_STATEMENT_AT
            and _longest_run(_norm_words(a), _norm_words(b)) >= SAME_STATEMENT_RUN)


def _longest_run(a: list[str], b: list[str]) -> int:
    """Give the length of the longest run of words two texts share in the same order."""
    best, previous = 0, [0] * (len(b) + 1)
    for word in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if word == other:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def _in_title(a: ArticleAnalysis, q: Quote) -> bool:
    return any(s.kind == "title" and s.start <= q.start < s.end for s in a.article.segments)


# outlet, quote id, quote, evidence_rank, voice_key (computed once per quote, not per pair)
_Version = tuple[str, str, Quote, int, str]


def _statements(parts: list[ArticleAnalysis], own: frozenset[str] = frozenset()
                ) -> tuple[Statement, ...]:
    """Line up one speaker's statement as quoted by different outlets: quotes in the body
    only (never a headline), the same voice by identity, the same words by ``same_statement``;
    the outlet's own reporting (``own``) is no voice. Each outlet's version is its quote of the
    statement a reader best takes for the speaker's words (``evidence_rank``, the ranking the
    findings' evidence is shown by), and statements backed by the speakers' own words come
    first, those resting only on ``weak_evidence`` last."""
    quotes: list[_Version] = [
        (outlet_of(a), qid, q, evidence_rank(q, a.article.text),
         voice_key(q.actor.name, q.actor.kind))
        for a in parts for n, q in enumerate(a.quotes)
        if q.actor is not None and not _in_title(a, q) and (qid := quote_id(a, n)) not in own]
    used: set[str] = set()
    out = []
    for i, (_, qid, q, _, _) in enumerate(quotes):
        if qid in used:
            continue
        group = _versions(quotes[i:], used)
        used.add(qid)  # the quote that found the statement, whichever version is shown
        if len(group) < 2:
            continue
        used.update(g[1] for g in group)
        assert q.actor is not None
        out.append((min(g[3] for g in group), Statement(
            q.actor.name, tuple((g[0], g[1]) for g in group),
            _statement_differences([g[:3] for g in group]))))
    return tuple(st for _, st in sorted(out, key=lambda x: x[0]))


def _versions(quotes: list[_Version], used: set[str]) -> list[_Version]:
    """Give each outlet's best-ranked quote of the first quote's statement (the first of
    equals), in the articles' order: that quote itself, and the quotes after it of the same
    voice and words."""
    _, _, q, _, voice = quotes[0]
    best: dict[str, tuple[int, _Version]] = {}  # outlet -> (where in quotes, version)
    for at, version in enumerate(quotes):
        outlet, qid, other, rank, other_voice = version
        if qid in used or (at and not (other_voice == voice
                                       and same_statement(q.text, other.text))):
            continue
        if outlet not in best or rank < best[outlet][1][3]:
            best[outlet] = (at, version)
    return [v for _, v in sorted(best.values(), key=lambda av: av[0])]


def _statement_differences(group: list[tuple[str, str, Quote]]) -> tuple[str, ...]:
    diffs = []
    lengths = [len(_norm_words(g[2].text)) for g in group]
    if min(lengths) < 0.8 * max(lengths):
        shortest = group[lengths.index(min(lengths))][0]
        diffs.append(f"cut: {shortest} quotes less of it")
    kinds = {g[2].kind for g in group}
    if len(kinds) > 1:  # name who paraphrased: all of it, or the words around a quoted part
        para = [g[0] for g in group if g[2].kind == "indirect"]
        part = [g[0] for g in group if g[2].kind == "mixed" and "direct" in kinds]
        diffs.extend([f"paraphrased by {name_list(para)}"] * bool(para)
                     + [f"partly paraphrased by {name_list(part)}"] * bool(part))
    verbs = {g[0]: (g[2].cue or "no verb") for g in group}
    if len({v.lower() for v in verbs.values()}) > 1:
        diffs.append("verb: " + "; ".join(f"{o} “{v}”" for o, v in verbs.items()))
    return tuple(diffs)


def _blindspots(outlets: list[_OutletCoverage], actors: dict[str, Actor]) -> tuple[str, ...]:
    """Say, outlet by outlet (all its articles in the story, ``_by_outlet``), which named
    voices it quotes and no other outlet does: a description ("officials", "the letter") or a
    group cannot be looked for in the other outlets (``named_voice``)."""
    out = []
    for c in outlets:
        others = [o for o in outlets if o.outlet != c.outlet]
        heard_elsewhere = {v for o in others for v in o.voices}
        own = [v for v in c.voices if v not in heard_elsewhere and named_voice(actors[v])]
        if not own:
            continue
        described = [f"{v} ({_describe_actor(actors[v])})" if _describe_actor(actors[v])
                     else v for v in own[:4]]
        more = f" and {len(own) - 4} more" if len(own) > 4 else ""
        missing = name_list(sorted(o.outlet for o in others))
        out.append(f"{c.outlet} quotes {name_list(described)}{more}, whom {missing} "
                   f"{'does' if len(others) == 1 else 'do'} not.")
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _OutletCoverage:
    """All of one outlet's articles in a story: its voices and their affiliations."""

    outlet: str
    articles: int
    voices: tuple[str, ...]  # each article's, most quoted first, in the articles' order
    affiliations: tuple[Share, ...]


def _by_outlet(coverage: list[Coverage]) -> list[_OutletCoverage]:
    """Join the coverage of an outlet that gave a story several articles, in order of its
    first: a voice any of them quotes is the outlet's, the quotes counted together."""
    parts: dict[str, list[Coverage]] = defaultdict(list)
    for c in coverage:
        parts[c.outlet].append(c)
    out = []
    for outlet, mine in parts.items():
        voices = tuple(dict.fromkeys(v for c in mine for v in c.voices))
        ids: list[tuple[str, str]] = [(sh.label, e) for c in mine for sh in c.affiliations
                                      for e in sh.evidence]
        total = sum(c.affiliations[0].total for c in mine if c.affiliations)
        out.append(_OutletCoverage(outlet, len(mine), voices, shares_of(ids, total)))
    return out


def _describe_actor(a: Actor) -> str:
    parts = [p for p in (a.country, TYPE_LABELS.get(a.type) if a.type != "unknown" else None,
                         "anonymous" if a.kind == "anonymous" else None) if p]
    return ", ".join(parts)


def _difference(coverage: list[Coverage]) -> float:
    """Score how differently the outlets sourced a story: one minus the mean overlap (Jaccard)
    of their voices, pair by pair, among the outlets that quoted someone (tone is left out:
    it does not track stance). With many outlets a voice quoted by all of them is rare, so
    pairs, not the whole set, say how far apart they are."""
    by_outlet: dict[str, set[str]] = defaultdict(set)
    for c in coverage:
        by_outlet[c.outlet].update(c.voices)
    voice_sets = [v for _, v in sorted(by_outlet.items()) if v]
    if len(voice_sets) < 2:
        return 1.0 if voice_sets else 0.0
    overlaps = [len(a & b) / len(a | b) for i, a in enumerate(voice_sets)
                for b in voice_sets[i + 1:]]
    return round(1 - sum(overlaps) / len(overlaps), 4)


def _story_summary(coverage: list[Coverage], outlets: list[_OutletCoverage],
                   statements: tuple[Statement, ...]) -> str:
    """Sum a story up: when, each outlet's voices (``outlets``, its ``_by_outlet``), the
    voices all share and the statements more than one quotes."""
    dates = sorted(c.published for c in coverage if c.published)
    when = ""
    if dates:
        when = (f" on {dates[0]:%-d %B %Y}" if dates[0] == dates[-1] else
                f" between {dates[0]:%-d %B} and {dates[-1]:%-d %B %Y}")
    parts = [f"{len(outlets)} outlets covered this story{when}."]
    for c in outlets:
        where = f" in {c.articles} articles" if c.articles > 1 else ""
        if c.voices:
            parts.append(f"{c.outlet} quoted {len(c.voices)} voice"
                         f"{'s' if len(c.voices) != 1 else ''}{where}"
                         f"{_most_from(c.affiliations)}.")
        else:
            parts.append(f"{c.outlet} quoted no one{where}.")
    shared = set.intersection(*(set(c.voices) for c in outlets)) if outlets else set()
    n = len(outlets)
    if shared:
        who = "They share" if n == 2 else f"All {n} quote"
        parts.append(f"{who} {len(shared)} voice{'s' if len(shared) != 1 else ''} "
                     f"({name_list(sorted(shared))}).")
    else:
        parts.append("They share no voice." if n == 2 else f"No voice is quoted by all {n}.")
    changed = [s for s in statements if s.differences]
    if statements:
        one = len(statements) == 1
        parts.append(f"{len(statements)} statement{'' if one else 's'} "
                     f"appear{'s' if one else ''} in more than one outlet; {len(changed)} "
                     f"differ{'s' if len(changed) == 1 else ''} in wording, length or verb.")
    return " ".join(parts)


def _most_from(affiliations: tuple[Share, ...]) -> str:
    """Name the largest group with a known affiliation and, apart, the quotes with none:
    "most from" never names a lack of affiliation."""
    known = [sh for sh in affiliations if sh.label not in META_LABELS]
    total = affiliations[0].total if affiliations else 0
    unknown = total - sum(sh.count for sh in known)
    apart = f"; {unknown} of {total} quotes had no known affiliation" if unknown else ""
    if not known:
        return f"; none of its {total} quotes had a known affiliation" if total else ""
    top = known[0]
    return f", most from {top.label} ({top.count} of {top.total - unknown}){apart}"


def _shared_terms(parts_of: dict[str, list[ArticleAnalysis]], stories: tuple[Story, ...]
                  ) -> dict[str, tuple[str, ...]]:
    """Name what each story has in common with its related stories: their rarest shared
    words (each article's words found once, the word list read once for all stories)."""
    found: dict[str, set[str]] = {}  # article id -> its title's and lead's words

    def words(parts: list[ArticleAnalysis]) -> set[str]:
        for p in parts:
            if p.article.id not in found:
                found[p.article.id] = {
                    w for w in _norm_words(f"{p.article.title or ''} {_lead(p)}")
                    if len(w) > 3 and w not in _STOP}
        return set().union(*(found[p.article.id] for p in parts))

    common = {s.id: words(parts_of[s.id]) & words([p for r in s.related
                                                   for p in parts_of.get(r, ())])
              for s in stories if parts_of[s.id] and any(parts_of.get(r) for r in s.related)}
    asked = set().union(*common.values())
    zipf = zipf_frequencies(asked) if asked else {}
    return {sid: tuple(sorted(c, key=lambda w: (zipf[w], w))[:6]) for sid, c in common.items()}


_STOP = frozenset("""
that this with from have been were their they there what which when where while about after
before into over under more most some such than then them these those would could should will
said says also just like only other very being does doing told behind left made make
""".split())


def compare_stories(analyses: tuple[ArticleAnalysis, ...], stories: tuple[Story, ...],
                    home: str | None = None, own: frozenset[str] = frozenset()
                    ) -> tuple[StoryComparison, ...]:
    """Compare how the outlets covered each story (the quotes in ``own``, the outlet's own
    reporting, left out of its voices); most different first, single-outlet last."""
    by_id = {a.article.id: a for a in analyses}
    parts_of = {s.id: [by_id[i] for i in s.articles if i in by_id] for s in stories}
    actors = {q.actor.name: q.actor for a in analyses for q in a.quotes if q.actor}
    terms = _shared_terms(parts_of, stories)
    out = []
    for s in stories:
        parts = parts_of[s.id]
        if not parts:
            continue
        coverage = [_coverage(a, own, home) for a in parts]
        several = len(s.outlets) > 1
        outlets = _by_outlet(coverage) if several else []  # once, for blindspots and summary
        statements = _statements(parts, own) if several else ()
        blindspots = _blindspots(outlets, actors) if several else ()
        related = tuple(r for r in s.related if parts_of.get(r))
        out.append(StoryComparison(
            id=s.id, title=s.title, first=s.first, last=s.last, outlets=s.outlets,
            coverage=tuple(coverage), blindspots=blindspots, statements=statements,
            summary=_story_summary(coverage, outlets, statements) if several else "",
            difference=_difference(coverage) if several else 0.0,
            related=related, shared_terms=terms.get(s.id, ())))
    out.sort(key=lambda c: (len(c.outlets) < 2, -c.difference, c.first or date.max, c.id))
    return tuple(out)
