"""Compare outlets: who each lets speak, how it attributes, in what tone; findings with evidence.

Every number here is a count over quotes the analyzers found, and every finding carries the ids
of the quotes (``ARTICLE:qN``) or sentences (``ARTICLE:sN``) it rests on.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any

from reportgen.analyze.actors import merge_actors
from reportgen.contrasts import MIN_KNOWN_SHARE, StoryQuotes, known_shares, verb_gaps, voice_gaps
from reportgen.findings import (
    META_LABELS,
    SMALL_SAMPLE,
    change_findings,
    coverage_mix,
    key_findings,
    known_floor_findings,
    name_list,
    nearest_finding,
    only_findings,
    related_findings,
    sourcing_findings,
    story_findings,
    surnames_of,
    verb_observations,
    voice_key,
)
from reportgen.models import (
    Actor,
    ArticleAnalysis,
    Briefing,
    Coverage,
    Finding,
    OutletChange,
    OutletProfile,
    Problem,
    Quote,
    Share,
    Statement,
    StoryComparison,
    Tone,
    VerbGap,
    VerbUse,
)
from reportgen.stories import Story

UNKNOWN_OUTLET = "Unknown outlet"
UNATTRIBUTED = "Unattributed"
TYPE_LABELS = {
    "government": "government", "military": "military", "head_of_state": "head of state",
    "legislator": "legislator", "expert": "expert or think tank", "media": "media",
    "civil_society": "civil society", "business": "business", "party": "party or campaign",
    "judiciary": "judiciary", "law_enforcement": "law enforcement",
    "international": "international body", "public": "the public", "unknown": "unknown",
}


def quote_id(analysis: ArticleAnalysis, n: int) -> str:
    """Name the n-th quote (0-based) of an article for evidence links."""
    return f"{analysis.article.id}:q{n + 1}"


def sentence_id(analysis: ArticleAnalysis, n: int) -> str:
    """Name the n-th sentence (0-based) of an article for evidence links."""
    return f"{analysis.article.id}:s{n + 1}"


def outlet_of(analysis: ArticleAnalysis) -> str:
    return analysis.article.outlet or UNKNOWN_OUTLET


def affiliation_of(q: Quote, home: str | None = None) -> str:
    """Give the affiliation a quote's speaker is counted under: the country, or the party for
    speakers from the briefing's home country (see ``home_country``)."""
    a = q.actor
    if a is None:
        return UNATTRIBUTED
    if home is not None and a.party and a.country in (home, None):
        return a.party
    return a.country or ("International" if a.type == "international" else
                         "Unknown affiliation")


HOME_SHARE = 0.8


def home_country(analyses: Iterable[ArticleAnalysis]) -> str | None:
    """Give the country whose speakers give 80% or more of the quotes with a known country
    and party, if any. Such a briefing is about domestic politics, where telling voices apart by
    country says nothing ("United States" 95%) and party says what an analyst needs. A briefing
    on a war between countries has no home country and keeps countries."""
    counts = Counter(q.actor.country for a in analyses for q in a.quotes
                     if q.actor is not None and q.actor.country)
    total = sum(counts.values())
    if not total:
        return None
    country, n = counts.most_common(1)[0]
    with_party = sum(1 for a in analyses for q in a.quotes
                     if q.actor is not None and q.actor.party and q.actor.country == country)
    return country if n >= HOME_SHARE * total and with_party else None


def compare(analyses: Iterable[ArticleAnalysis], *, title: str, period: str,
            problems: Iterable[Problem] = (), version: str = "",
            stories: tuple[Story, ...] = (), sides: dict[str, str] | None = None,
            previous: tuple[str, Iterable[ArticleAnalysis]] | None = None) -> Briefing:
    """Build the briefing's numbers and findings from analyzed articles (and their stories,
    the sides the user defined, and the week before for week-over-week change)."""
    ordered = tuple(sorted((drop_furniture(a) for a in merge_actors(analyses)),
                           key=lambda a: (outlet_of(a), a.article.published is None,
                                          a.article.published, a.article.id)))
    by_outlet: dict[str, list[ArticleAnalysis]] = defaultdict(list)
    for a in ordered:
        by_outlet[outlet_of(a)].append(a)
    sides = sides or {}
    home = home_country(ordered)
    story_quotes = story_quotes_of(ordered, stories)
    colors = outlet_colors(by_outlet)
    outlets = tuple(replace(_profile(name, colors[name], by_outlet[name], sides, home),
                            **_story_counts(story_quotes, name))
                    for name in sorted(by_outlet))
    changes: tuple[OutletChange, ...] = ()
    if previous is not None:
        before: dict[str, list[ArticleAnalysis]] = defaultdict(list)
        for a in merge_actors(previous[1]):
            before[outlet_of(a)].append(a)
        changes = tuple(_change(o, _profile(o.outlet, o.color, before[o.outlet], sides, home))
                        for o in outlets if before.get(o.outlet))
    compared = compare_stories(ordered, stories, home) if stories else ()
    lens = Lens(sides, home)
    vgaps = voice_gaps(story_quotes, sorted(by_outlet), lens.group, META_LABELS)
    bgaps = verb_gaps(story_quotes, sorted(by_outlet), lens.side, lens.pair(ordered))
    findings = number_findings(
        key_findings(vgaps, bgaps, lens.noun, lens.unknown)
        + nearest_finding(vgaps, lens.noun, lens.unknown)
        + known_floor_findings(known_shares(story_quotes, sorted(by_outlet), lens.group,
                                            META_LABELS), MIN_KNOWN_SHARE, lens.unknown)
        + _findings(outlets, by_outlet, story_quotes, lens, bgaps, compared)
        + change_findings(changes))
    return Briefing(title=title, period=period, articles=ordered, outlets=outlets,
                    findings=findings, problems=tuple(problems), version=version,
                    stories=compared, previous_period=previous[0] if previous else None,
                    changes=changes, voice_gaps=vgaps, verb_gaps=bgaps,
                    grouped_by=lens.grouped_by)


# words of page furniture that the speaker finder can take for a speaker ("Photo said")
FURNITURE_VOICES = frozenset({"photo", "photos", "photograph", "file", "file photo", "image",
                              "caption", "credit", "getty images", "ap photo", "video"})


def drop_furniture(a: ArticleAnalysis) -> ArticleAnalysis:
    """Take page furniture out of the voices: a quote "said" by "Photo" has no known speaker,
    and "Photo" is no official."""
    def furniture(actor: Actor | None) -> bool:
        return actor is not None and actor.name.lower() in FURNITURE_VOICES

    if not any(furniture(q.actor) for q in a.quotes) and not any(
            furniture(c.actor) for c in a.citations):
        return a
    return replace(a, quotes=tuple(replace(q, actor=None) if furniture(q.actor) else q
                                   for q in a.quotes),
                   citations=tuple(c for c in a.citations if not furniture(c.actor)))


def number_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Give every finding its id, key findings first, in the order they were made."""
    ordered = sorted(findings, key=lambda f: not f.key)
    return tuple(replace(f, id=f"f{n}") for n, f in enumerate(ordered, start=1))


# Okabe-Ito first (readable by colour-blind readers), then Kelly's colours of maximum contrast:
# twenty outlets get twenty different colours; the rest share grey and are drawn as "Other".
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#F0E442", "#875692", "#882D17", "#8DB600", "#BE0032", "#A1CAF1", "#C2B280",
           "#604E97", "#F99379", "#2B3D26", "#E25822", "#654522", "#DCD300")
OTHER_COLOR = "#9E9E9E"


def outlet_colors(by_outlet: dict[str, list[ArticleAnalysis]]) -> dict[str, str]:
    """Give each outlet one colour, the same in every chart: the outlets with most articles
    first (then by name), grey once the palette is used up."""
    ranked = sorted(by_outlet, key=lambda o: (-len(by_outlet[o]), o))
    return {o: PALETTE[i] if i < len(PALETTE) else OTHER_COLOR for i, o in enumerate(ranked)}


def story_quotes_of(analyses: tuple[ArticleAnalysis, ...], stories: tuple[Story, ...]
                    ) -> StoryQuotes:
    """Give each story's quotes, outlet by outlet; without stories each article is its own."""
    by_id = {a.article.id: a for a in analyses}
    groups = ({s.id: [by_id[i] for i in s.articles if i in by_id] for s in stories}
              if stories else {a.article.id: [a] for a in analyses})
    grouped = {i for parts in groups.values() for i in (p.article.id for p in parts)}
    for a in analyses:  # an article the stories left out still counts, alone
        if a.article.id not in grouped:
            groups[a.article.id] = [a]
    out: StoryQuotes = {}
    for sid, parts in groups.items():
        by: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
        for a in parts:
            by[outlet_of(a)].extend(_quotes([a]))  # an empty list: covered, quoted no one
        out[sid] = dict(by)
    return out


def _story_counts(story_quotes: StoryQuotes, outlet: str) -> dict[str, Any]:
    mine = [by for by in story_quotes.values() if outlet in by]
    return {"stories": len(mine), "shared_stories": sum(1 for by in mine if len(by) > 1)}


class Lens:
    """How voices are grouped: by the user's sides, by party in a domestic briefing, else by
    country."""

    def __init__(self, sides: dict[str, str], home: str | None) -> None:
        self.sides = sides
        self.home = home
        self.grouped_by = "side" if sides else "party" if home else "country"
        # what a quote outside every group lacks, in a sentence
        self.unknown = "no defined side" if sides else "no known affiliation"

    def group(self, q: Quote) -> str:
        """Give the group a quote's speaker is counted under."""
        if self.sides:
            return side_of(q, self.sides) or "No side"
        return affiliation_of(q, self.home)

    def side(self, q: Quote) -> str | None:
        """Give the side a quote's verb is compared by, or None to leave it out."""
        if self.sides:
            return side_of(q, self.sides)
        if self.home:
            return q.actor.party if q.actor is not None and q.actor.party else None
        label = affiliation_of(q)
        return None if label in META_LABELS or label == "Unknown affiliation" else label

    def pair(self, analyses: tuple[ArticleAnalysis, ...]) -> tuple[str, str] | None:
        """Give the two sides to set against each other: the two the user defined, or the
        two parties quoted most in a domestic briefing; None compares each side with the
        rest."""
        if self.sides:
            names = sorted(set(self.sides.values()))
            return (names[0], names[1]) if len(names) == 2 else None
        if self.home:
            counts = Counter(s for a in analyses for q in a.quotes
                             if q.cue_stance and (s := self.side(q)))
            top = [p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
            return (top[0], top[1]) if len(top) == 2 else None
        return None

    def affiliation_noun(self, label: str) -> str:
        """Name the voices of an affiliation (a party at home, else a country)."""
        if label in META_LABELS:
            return label.lower()
        return f"{label} voices" if self.home else f"voices from {label}"

    def noun(self, group: str) -> str:
        """Name a group's voices in a sentence."""
        if self.grouped_by == "party":
            return f"{group} voices"
        if self.grouped_by == "side":
            return f"voices on the side of {group}"
        return f"voices from {group}"


def side_of(q: Quote, sides: dict[str, str]) -> str | None:
    """Give the side a quote's speaker stands on: by name first, then by party, then by
    country."""
    a = q.actor
    if a is None or not sides:
        return None
    for key in (a.name, a.party, a.country):
        if key and (side := sides.get(key.lower())):
            return side
    return None


def _change(now: OutletProfile, before: OutletProfile) -> OutletChange:
    labels = sorted({s.label for s in (*now.by_affiliation, *before.by_affiliation,
                                       *now.by_side, *before.by_side)})
    share = {s.label: s.share for s in (*before.by_affiliation, *before.by_side)}
    share_now = {s.label: s.share for s in (*now.by_affiliation, *now.by_side)}
    return OutletChange(
        outlet=now.outlet, articles=(before.articles, now.articles),
        quotes=(before.quotes, now.quotes),
        shares=tuple((lab, round(share.get(lab, 0.0), 4), round(share_now.get(lab, 0.0), 4))
                     for lab in labels),
        narrative=(before.narrative.polarity, now.narrative.polarity),
        quoted=(before.quoted.polarity, now.quoted.polarity),
        small=min(before.quotes, now.quotes) < SMALL_SAMPLE)


def _quotes(articles: list[ArticleAnalysis]) -> list[tuple[str, Quote]]:
    return [(quote_id(a, n), q) for a in articles for n, q in enumerate(a.quotes)]


def _shares(items: list[tuple[str, str]], total: int) -> tuple[Share, ...]:
    groups: dict[str, list[str]] = defaultdict(list)
    for label, qid in items:
        groups[label].append(qid)
    return tuple(Share(label, len(ids), total, tuple(ids))
                 for label, ids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def _weighted(tones: list[Tone]) -> Tone:
    chars = sum(t.chars for t in tones)
    if not chars:
        return Tone(0.0, 0.0, 0)
    return Tone(round(sum(t.polarity * t.chars for t in tones) / chars, 4),
                round(sum(t.subjectivity * t.chars for t in tones) / chars, 4), chars)


def _profile(name: str, color: str, articles: list[ArticleAnalysis],
             sides: dict[str, str] | None = None, home: str | None = None) -> OutletProfile:
    quotes = _quotes(articles)
    total = len(quotes)
    sides = sides or {}
    by_side_uses: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for qid, q in quotes:
        if q.cue_lemma and (side := side_of(q, sides)):
            by_side_uses[side].append((qid, q))
    verbs: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for qid, q in quotes:
        if q.cue_lemma:
            verbs[affiliation_of(q, home)].append((qid, q))
    voice_counts = Counter(q.actor.name for _, q in quotes if q.actor)
    cited = {c.actor.name for a in articles for c in a.citations}
    return OutletProfile(
        outlet=name,
        color=color,
        articles=len(articles),
        quotes=total,
        speakers=len(voice_counts),
        by_affiliation=_shares([(affiliation_of(q, home), qid) for qid, q in quotes], total),
        by_type=_shares([(TYPE_LABELS.get(q.actor.type, q.actor.type) if q.actor else
                          UNATTRIBUTED, qid) for qid, q in quotes], total),
        by_kind=_shares([(q.actor.kind if q.actor else UNATTRIBUTED, qid)
                         for qid, q in quotes], total),
        by_stance=_shares([(q.cue_stance or "no cue (continued quote)", qid)
                           for qid, q in quotes], total),
        anonymous=Share("anonymous", sum(1 for _, q in quotes if q.actor and
                                         q.actor.kind == "anonymous"), total,
                        tuple(qid for qid, q in quotes if q.actor and
                              q.actor.kind == "anonymous")),
        narrative=_weighted([a.narrative for a in articles]),
        quoted=_weighted([a.quoted for a in articles]),
        verbs_by_affiliation=tuple(_verb_use(group, uses)
                                   for group, uses in sorted(verbs.items())),
        voices=tuple(n for n, _ in sorted(voice_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        mentioned_only=tuple(sorted(n for n in cited if n not in voice_counts)),
        by_side=_shares([(side_of(q, sides) or "No side", qid) for qid, q in quotes], total)
        if sides else (),
        verbs_by_side=tuple(_verb_use(group, uses) for group, uses in
                            sorted(by_side_uses.items())),
    )


def _by_count(kv: tuple[str | None, int]) -> tuple[int, str]:
    """Order counts largest first, then by name; a quote with no cue has the name ''."""
    return -kv[1], kv[0] or ""


def _verb_use(group: str, uses: list[tuple[str, Quote]]) -> VerbUse:
    return VerbUse(group,
                   tuple(sorted(Counter[Any](q.cue_lemma for _, q in uses).items(),
                                key=_by_count)),
                   tuple(sorted(Counter[Any](q.cue_stance for _, q in uses).items(),
                                key=_by_count)),
                   tuple(qid for qid, _ in uses))


def _findings(outlets: tuple[OutletProfile, ...], by_outlet: dict[str, list[ArticleAnalysis]],
              story_quotes: StoryQuotes, lens: Lens, bgaps: tuple[VerbGap, ...],
              compared: tuple[StoryComparison, ...]) -> list[Finding]:
    """Give the observations: voices and sourcing only one outlet uses, verbs by side that
    make no key finding, the stories apart, and each outlet's coverage mix."""
    names = [o.outlet for o in outlets]
    apart = related_findings(compared)
    shared = any(len(s.outlets) > 1 for s in compared)
    # with no story in common, that the stories are apart is the first thing to say
    out = ([] if shared else apart) + (
        only_findings(story_quotes, names) + sourcing_findings(story_quotes, names)
        + verb_observations(bgaps) + story_findings(compared)) + (apart if shared else [])
    for o in outlets:
        quotes = dict(_quotes(by_outlet[o.outlet]))
        known = [sh for sh in o.by_affiliation if sh.label not in META_LABELS]
        unknown = o.quotes - sum(sh.count for sh in known)
        top = known[0] if known else None
        if top is None:
            out.append(coverage_mix(o.outlet, o.articles, "", 0, 0, (), "", unknown))
            continue
        leaders = Counter(actor.name for qid in top.evidence
                          if (actor := quotes[qid].actor) is not None)
        lead = ""
        if leaders:
            who, n = sorted(leaders.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            lead = f", {n} of them to {who}"
        label = lens.affiliation_noun(top.label)
        out.append(coverage_mix(o.outlet, o.articles, label, top.count, o.quotes - unknown,
                                top.evidence, lead, unknown))
    return out


# --------------------------------------------------------------------------- story by story

_WORDS = re.compile(r"[a-z0-9’']+")


def _norm_words(text: str) -> list[str]:
    return [w.removesuffix("'s") for w in _WORDS.findall(text.lower().replace("’", "'"))]


# Page furniture that opens an article's text without being its lead: photo and file notes,
# update stamps, promos, "toggle caption", "6 years ago", a lone outlet name or byline.
_FURNITURE = re.compile(
    r"^\W*(file\b|update\b|photo\b|photograph|enlarge\b|story highlights|want the best|"
    r"sign up|click here|watch\b|video\b|listen\b|advertisement|this is a rush transcript|"
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


def _coverage(a: ArticleAnalysis, home: str | None = None) -> Coverage:
    quotes = _quotes([a])
    counts = Counter(q.actor.name for _, q in quotes if q.actor)
    total = len(quotes)
    return Coverage(
        outlet=outlet_of(a), article_id=a.article.id, title=a.article.title or a.article.id,
        lead=_lead(a), published=a.article.published,
        lead_id=None if (lead := _lead_index(a)) is None else sentence_id(a, lead),
        voices=tuple(n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        affiliations=_shares([(affiliation_of(q, home), qid) for qid, q in quotes], total),
        types=_shares([(TYPE_LABELS.get(q.actor.type, q.actor.type) if q.actor else
                        UNATTRIBUTED, qid) for qid, q in quotes], total),
        narrative=a.narrative, quoted=a.quoted,
        tone_sentences=tuple(sentence_id(a, a.sentences.index(span))
                             for span, _ in a.tone_sentences[:2] if span in a.sentences))


# Two quotes are one statement when the shorter shares this much of its word pairs with the
# other, and at least this many pairs. Measured on 58 quote pairs from BASIL dev labelled by
# hand (tests/fixtures/statement_pairs.jsonl, 26 the same statement): precision 0.95 (20 of 21
# lined up), recall 0.77. Word overlap alone (the rule before) had precision 0.59.
SAME_STATEMENT_AT = 0.4
SAME_STATEMENT_PAIRS = 3


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
    return shared >= SAME_STATEMENT_PAIRS and shared / min(len(pa), len(pb)) >= SAME_STATEMENT_AT


def _in_title(a: ArticleAnalysis, q: Quote) -> bool:
    return any(s.kind == "title" and s.start <= q.start < s.end for s in a.article.segments)


def _statements(parts: list[ArticleAnalysis]) -> tuple[Statement, ...]:
    """Line up one speaker's statement as quoted by different outlets: quotes in the body
    only (never a headline), the same voice by identity, the same words by ``same_statement``."""
    quotes = [(outlet_of(a), quote_id(a, n), q) for a in parts for n, q in enumerate(a.quotes)
              if q.actor is not None and not _in_title(a, q)]
    surnames = surnames_of({"": {o: [(i, q)] for o, i, q in quotes}}) if quotes else {}

    def key(q: Quote) -> str:
        assert q.actor is not None
        return voice_key(q.actor.name, q.actor.kind, surnames)

    used: set[str] = set()
    out = []
    for i, (outlet, qid, q) in enumerate(quotes):
        if qid in used:
            continue
        group = [(outlet, qid, q)]
        for other_outlet, other_id, other in quotes[i + 1:]:
            if other_id in used or other_outlet in {g[0] for g in group}:
                continue
            if key(other) == key(q) and same_statement(q.text, other.text):
                group.append((other_outlet, other_id, other))
        if len(group) < 2:
            continue
        used.update(g[1] for g in group)
        assert q.actor is not None
        out.append(Statement(q.actor.name, tuple((g[0], g[1]) for g in group),
                             _statement_differences(group)))
    return tuple(out)


def _statement_differences(group: list[tuple[str, str, Quote]]) -> tuple[str, ...]:
    diffs = []
    lengths = [len(_norm_words(g[2].text)) for g in group]
    if min(lengths) < 0.8 * max(lengths):
        shortest = group[lengths.index(min(lengths))][0]
        diffs.append(f"cut: {shortest} quotes less of it")
    kinds = {g[2].kind for g in group}
    if len(kinds) > 1:
        para = [g[0] for g in group if g[2].kind == "indirect"]
        diffs.append("paraphrased" + (f" by {name_list(para)}" if para else ""))
    verbs = {g[0]: (g[2].cue or "no verb") for g in group}
    if len({v.lower() for v in verbs.values()}) > 1:
        diffs.append("verb: " + "; ".join(f"{o} “{v}”" for o, v in verbs.items()))
    return tuple(diffs)


def _blindspots(coverage: list[Coverage], actors: dict[str, Actor]) -> tuple[str, ...]:
    out = []
    for c in coverage:
        others = [o for o in coverage if o.outlet != c.outlet]
        heard_elsewhere = {v for o in others for v in o.voices}
        own = [v for v in c.voices if v not in heard_elsewhere]
        if not own:
            continue
        described = [f"{v} ({_describe_actor(actors[v])})" if _describe_actor(actors[v])
                     else v for v in own[:4]]
        more = f" and {len(own) - 4} more" if len(own) > 4 else ""
        missing = name_list(sorted({o.outlet for o in others}))
        out.append(f"{c.outlet} quotes {name_list(described)}{more}, whom {missing} "
                   f"{'does' if len(others) == 1 else 'do'} not.")
    return tuple(out)


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


def _story_summary(coverage: list[Coverage], statements: tuple[Statement, ...]) -> str:
    dates = sorted(c.published for c in coverage if c.published)
    when = ""
    if dates:
        when = (f" on {dates[0]:%-d %B %Y}" if dates[0] == dates[-1] else
                f" between {dates[0]:%-d %B} and {dates[-1]:%-d %B %Y}")
    parts = [f"{len({c.outlet for c in coverage})} outlets covered this story{when}."]
    for c in coverage:
        if c.voices:
            parts.append(f"{c.outlet} quoted {len(c.voices)} voice"
                         f"{'s' if len(c.voices) != 1 else ''}{_most_from(c.affiliations)}.")
        else:
            parts.append(f"{c.outlet} quoted no one.")
    shared = set.intersection(*(set(c.voices) for c in coverage)) if coverage else set()
    n = len({c.outlet for c in coverage})
    who = "They share" if n == 2 else f"All {n} quote"
    parts.append(f"{who} {len(shared)} voice{'s' if len(shared) != 1 else ''}"
                 + (f" ({name_list(sorted(shared))})." if shared else "."))
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


def _shared_terms(a: list[ArticleAnalysis], b: list[ArticleAnalysis]) -> tuple[str, ...]:
    """Name what two related stories have in common: their rarest shared words."""
    from wordfreq import zipf_frequency

    def words(parts: list[ArticleAnalysis]) -> set[str]:
        return {w for p in parts for w in _norm_words(f"{p.article.title or ''} {_lead(p)}")
                if len(w) > 3 and w not in _STOP}

    common = words(a) & words(b)
    ranked = sorted(common, key=lambda w: (zipf_frequency(w, "en"), w))
    return tuple(ranked[:6])


_STOP = frozenset("""
that this with from have been were their they there what which when where while about after
before into over under more most some such than then them these those would could should will
said says also just like only other very being does doing told behind left made make
""".split())


def compare_stories(analyses: tuple[ArticleAnalysis, ...], stories: tuple[Story, ...],
                    home: str | None = None) -> tuple[StoryComparison, ...]:
    """Compare how the outlets covered each story; most different first, single-outlet last."""
    by_id = {a.article.id: a for a in analyses}
    parts_of = {s.id: [by_id[i] for i in s.articles if i in by_id] for s in stories}
    actors = {q.actor.name: q.actor for a in analyses for q in a.quotes if q.actor}
    out = []
    for s in stories:
        parts = parts_of[s.id]
        if not parts:
            continue
        coverage = [_coverage(a, home) for a in parts]
        statements = _statements(parts) if len(s.outlets) > 1 else ()
        blindspots = _blindspots(coverage, actors) if len(s.outlets) > 1 else ()
        related = tuple(r for r in s.related if parts_of.get(r))
        shared: tuple[str, ...] = ()
        if related:
            shared = _shared_terms(parts, [p for r in related for p in parts_of[r]])
        out.append(StoryComparison(
            id=s.id, title=s.title, first=s.first, last=s.last, outlets=s.outlets,
            coverage=tuple(coverage), blindspots=blindspots, statements=statements,
            summary=_story_summary(coverage, statements)
            if len(s.outlets) > 1 else "",
            difference=_difference(coverage) if len(s.outlets) > 1 else 0.0,
            related=related, shared_terms=shared))
    out.sort(key=lambda c: (len(c.outlets) < 2, -c.difference, c.first or date.max, c.id))
    return tuple(out)


# --------------------------------------------------------------------------- officials

_NOT_A_NAME = frozenset("""her his their its our my this that these those same such some every
each many other others critics when while as and but time""".split())


def is_official(actor: Actor) -> bool:
    """Tell whether a cited actor is a real, named person or organisation (not a group such as
    "police" or "critics", an anonymous source, the media, or a misread word)."""
    if actor.kind not in ("person", "organisation") or actor.type == "media":
        return False
    words = actor.name.split()
    if not words or words[0].lower() in _NOT_A_NAME or not actor.name[0].isupper():
        return False
    if actor.kind == "person":
        return len(words) >= 2 or actor.type != "unknown"
    return True


@dataclass(frozen=True, slots=True)
class OfficialRow:
    """One official as one outlet cites them across its articles."""

    outlet: str
    actor: Actor
    quotes: int
    mentions: int
    articles: int


def officials_by_outlet(b: Briefing) -> dict[str, tuple[OfficialRow, ...]]:
    """Give each outlet's named officials, most quoted first (then most mentioned, by name)."""
    rows: dict[tuple[str, str], list[int]] = {}
    actors: dict[str, Actor] = {}
    for a in b.articles:
        for c in a.citations:
            if not is_official(c.actor):
                continue
            actors.setdefault(c.actor.name, c.actor)
            row = rows.setdefault((outlet_of(a), c.actor.name), [0, 0, 0])
            row[0] += c.quotes
            row[1] += len(c.mentions)
            row[2] += 1
    out: dict[str, list[OfficialRow]] = defaultdict(list)
    for (outlet, name), (q, m, n) in rows.items():
        out[outlet].append(OfficialRow(outlet, actors[name], q, m, n))
    return {o: tuple(sorted(rs, key=lambda r: (-r.quotes, -r.mentions, r.actor.name)))
            for o, rs in sorted(out.items())}
