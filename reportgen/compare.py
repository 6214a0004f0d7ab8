"""Compare outlets: who each lets speak, how it attributes, in what tone; findings with evidence.

Every number here is a count over quotes the analyzers found, and every finding carries the ids
of the quotes (``ARTICLE:qN``) or sentences (``ARTICLE:sN``) it rests on.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

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
    VerbUse,
)
from reportgen.stories import Story

# One colour per outlet, the same in every chart (Okabe-Ito, readable by colour-blind readers).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
           "#000000")
SMALL_SAMPLE = 5  # fewer quotes than this and a share is said to be small, not a pattern
UNKNOWN_OUTLET = "Unknown outlet"
META_LABELS = frozenset({"Unattributed", "Unknown affiliation", "No side"})
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
    """Build the briefing's numbers and findings from analysed articles (and their stories,
    the sides the user defined, and the week before for week-over-week change)."""
    ordered = tuple(sorted(merge_actors(analyses),
                           key=lambda a: (outlet_of(a), a.article.published is None,
                                          a.article.published, a.article.id)))
    by_outlet: dict[str, list[ArticleAnalysis]] = defaultdict(list)
    for a in ordered:
        by_outlet[outlet_of(a)].append(a)
    sides = sides or {}
    home = home_country(ordered)
    outlets = tuple(_profile(name, PALETTE[i % len(PALETTE)], by_outlet[name], sides, home)
                    for i, name in enumerate(sorted(by_outlet)))
    changes: tuple[OutletChange, ...] = ()
    if previous is not None:
        before: dict[str, list[ArticleAnalysis]] = defaultdict(list)
        for a in merge_actors(previous[1]):
            before[outlet_of(a)].append(a)
        changes = tuple(_change(o, _profile(o.outlet, o.color, before[o.outlet], sides, home))
                        for o in outlets if before.get(o.outlet))
    compared = compare_stories(ordered, stories, home) if stories else ()
    findings = _story_findings(compared) + _findings(outlets, by_outlet, sides, home)
    findings = tuple(Finding(f"f{n}", f.text, f.numbers, f.evidence, f.small_sample)
                     for n, f in enumerate(findings, start=1))
    findings = findings + _change_findings(changes, len(findings))
    return Briefing(title=title, period=period, articles=ordered, outlets=outlets,
                    findings=findings, problems=tuple(problems), version=version,
                    stories=compared, previous_period=previous[0] if previous else None,
                    changes=changes)


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


def _change_findings(changes: tuple[OutletChange, ...], offset: int) -> tuple[Finding, ...]:
    out = []
    for c in changes:
        moves = sorted((m for m in c.shares if m[0] not in META_LABELS),
                       key=lambda x: (-abs(x[2] - x[1]), x[0]))
        if not moves:
            continue
        label, b, n = moves[0]
        small = " (a small sample either week)" if c.small else ""
        out.append(Finding(
            f"f{offset + len(out) + 1}",
            f"{c.outlet}, against the week before: {c.articles[1]} articles "
            f"(was {c.articles[0]}), {c.quotes[1]} quotes (was {c.quotes[0]}); the biggest "
            f"shift in voices is {label}, {round(100 * n)}% of quotes (was {round(100 * b)}%); "
            f"narrative tone {c.narrative[1]:+.2f} (was {c.narrative[0]:+.2f}){small}.",
            (("quotes_before", c.quotes[0]), ("quotes_now", c.quotes[1]),
             ("share_before", b), ("share_now", n)), (), c.small))
    return tuple(out)


def _story_findings(stories: tuple[StoryComparison, ...]) -> tuple[Finding, ...]:
    """Lead with the stories where the outlets differ most, and with related coverage."""
    out = []
    multi = [s for s in stories if len(s.outlets) > 1]
    for s in multi[:2]:
        changed = sum(1 for st in s.statements if st.differences)
        ev = [qid for st in s.statements for _, qid in st.versions][:6]
        if not ev:
            ev = [c.lead_id for c in s.coverage if c.lead_id]
        parts = [f"Widest gap in coverage: “{s.title}” ({_list(list(s.outlets))}), "
                 f"difference score {s.difference:.2f}."]
        if s.blindspots:
            parts.append(s.blindspots[0])
        if changed:
            parts.append(f"{changed} shared statement{'s' if changed != 1 else ''} differ in "
                         "wording, length or verb.")
        out.append(Finding("", " ".join(parts), (("difference", s.difference),), tuple(ev),
                           False))
    seen = set()
    for s in stories:
        for r in s.related:
            pair = tuple(sorted((s.id, r)))
            if pair in seen:
                continue
            seen.add(pair)
            other = next(o for o in stories if o.id == r)
            terms = f" (both about {', '.join(s.shared_terms[:4])})" if s.shared_terms else ""
            leads = tuple(c.lead_id for c in (*s.coverage, *other.coverage) if c.lead_id)
            out.append(Finding(
                "", f"Related, not the same event{terms}: {_list(list(s.outlets))} reported "
                f"“{s.title}” ({_when(s)}), {_list(list(other.outlets))} reported "
                f"“{other.title}” ({_when(other)}). They are compared as separate stories.",
                (), leads, False))
    return tuple(out)


def _when(s: StoryComparison) -> str:
    if s.first is None:
        return "date unknown"
    return f"{s.first:%-d %B %Y}"


def merge_actors(analyses: Iterable[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """Give one canonical actor across articles and outlets. A person named by surname alone
    ("Strzok", after "Mr.") takes the one full name with that surname in the briefing ("Peter
    Strzok"); every actor takes what any article says of it (role, organisation, country,
    party, type), the first known value winning in order of article id."""
    analyses = list(analyses)
    full: dict[str, set[str]] = defaultdict(set)  # surname -> full names
    known: dict[str, Actor] = {}

    def learn(actor: Actor) -> None:
        if actor.kind == "person" and len(actor.name.split()) >= 2:
            full[actor.name.split()[-1]].add(actor.name)
        before = known.get(actor.name)
        known[actor.name] = actor if before is None else _fill(before, actor)

    for a in sorted(analyses, key=lambda a: a.article.id):
        for c in a.citations:
            learn(c.actor)
        for q in a.quotes:
            if q.actor is not None:
                learn(q.actor)
    rename = {surname: next(iter(names)) for surname, names in full.items() if len(names) == 1}

    def canonical(actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        name = actor.name
        if actor.kind == "person" and " " not in name and name in rename:
            return _fill(known[rename[name]], known.get(name, actor))
        return known.get(name, actor)

    out = []
    for a in analyses:
        quotes = tuple(replace(q, actor=canonical(q.actor)) for q in a.quotes)
        citations = tuple(replace(c, actor=canonical(c.actor)) for c in a.citations)
        out.append(replace(a, quotes=quotes, citations=citations))
    return out


def _fill(actor: Actor, other: Actor) -> Actor:
    """Fill what an actor lacks from another reading of the same actor (of the same kind)."""
    return actor.fill(other) if actor.kind == other.kind else actor


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


def _verb_use(group: str, uses: list[tuple[str, Quote]]) -> VerbUse:
    return VerbUse(group,
                   tuple(sorted(Counter(q.cue_lemma for _, q in uses).items(),
                                key=lambda kv: (-kv[1], kv[0]))),
                   tuple(sorted(Counter(q.cue_stance for _, q in uses).items(),
                                key=lambda kv: (-kv[1], kv[0]))),
                   tuple(qid for qid, _ in uses))


def _pct(count: int, total: int) -> str:
    return f"{round(100 * count / total)}%" if total else "0%"


def _small(total: int) -> str:
    return f" (a small sample: {total} quote{'s' if total != 1 else ''})" \
        if total < SMALL_SAMPLE else ""


def _findings(outlets: tuple[OutletProfile, ...],
              by_outlet: dict[str, list[ArticleAnalysis]],
              sides: dict[str, str] | None = None, home: str | None = None
              ) -> tuple[Finding, ...]:
    out: list[Finding] = []

    def add(text: str, numbers: dict[str, float], evidence: Iterable[str], total: int) -> None:
        out.append(Finding(f"f{len(out) + 1}", text + _small(total),
                           tuple(numbers.items()), tuple(evidence), total < SMALL_SAMPLE))

    quotes_by = {o.outlet: dict(_quotes(by_outlet[o.outlet])) for o in outlets}

    for o in outlets:
        if not o.quotes:
            add(f"{o.outlet} quotes no one in {o.articles} article"
                f"{'s' if o.articles != 1 else ''}.", {"quotes": 0}, (), 0)
            continue
        known = [sh for sh in o.by_affiliation
                 if sh.label not in (UNATTRIBUTED, "Unknown affiliation")]
        top = known[0] if known else o.by_affiliation[0]
        leaders = Counter(quotes_by[o.outlet][qid].actor.name for qid in top.evidence
                          if quotes_by[o.outlet][qid].actor)
        lead = ""
        if leaders:
            who, n = sorted(leaders.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            lead = f", {n} of them from {who}"
        add(f"{o.outlet} gives {top.count} of its {o.quotes} quotes ({_pct(top.count, o.quotes)})"
            f" to voices from {top.label}{lead}.",
            {"count": top.count, "total": o.quotes, "share": round(top.share, 4)},
            top.evidence, o.quotes)

    if len(outlets) > 1:
        for o in outlets:
            others = {v for p in outlets if p is not o for v in p.voices}
            own = [v for v in o.voices if v not in others]
            if not own:
                continue
            ev = [qid for qid, q in quotes_by[o.outlet].items() if q.actor and q.actor.name in own]
            names = _list(own[:5]) + (f" and {len(own) - 5} more" if len(own) > 5 else "")
            add(f"Only {o.outlet} quotes {names}; no other outlet in this briefing does.",
                {"voices": len(own)}, ev, len(ev))
        for label, attr in (("an expert or think tank", "expert"),
                            ("an anonymous source", "anonymous")):
            having = [o for o in outlets
                      if any(q.actor and (q.actor.type == attr or q.actor.kind == attr)
                             for q in quotes_by[o.outlet].values())]
            if len(having) == 1:
                o = having[0]
                ev = [qid for qid, q in quotes_by[o.outlet].items()
                      if q.actor and (q.actor.type == attr or q.actor.kind == attr)]
                names = _list(sorted({quotes_by[o.outlet][i].actor.name for i in ev}))
                add(f"Only {o.outlet} cites {label}: {names}.", {"quotes": len(ev)}, ev, len(ev))

    for o in outlets:
        cued = [(qid, q) for qid, q in quotes_by[o.outlet].items()
                if q.cue_stance and q.actor is not None]
        loaded = [(qid, q) for qid, q in cued if q.cue_stance != "neutral"]
        if not loaded:
            continue
        parts = []

        def group_of(q: Quote) -> str:
            # by side when the user defined sides, else by affiliation
            return (side_of(q, sides) or "no side") if sides else affiliation_of(q, home)

        for group in sorted({group_of(q) for _, q in cued}):
            verbs = Counter(q.cue.lower() for _, q in cued if group_of(q) == group and q.cue)
            parts.append(f"for {group} " + ", ".join(
                f"“{v}”" + (f" ×{n}" if n > 1 else "") for v, n in sorted(verbs.items())))
        add(f"{o.outlet} attributes {len(loaded)} of {len(cued)} quotes with a verb other than "
            f"a neutral one. Verbs {'; '.join(parts)}.",
            {"loaded": len(loaded), "attributed": len(cued)}, [qid for qid, _ in loaded],
            len(cued))

    for o in outlets:
        if not o.quoted.chars or not o.narrative.chars:
            continue
        gap = o.narrative.polarity - o.quoted.polarity
        if abs(gap) < 0.05:
            rel = "about as"
        else:
            rel = "more positive than" if gap > 0 else "more negative than"
        ev = [sentence_id(a, a.sentences.index(span)) for a in by_outlet[o.outlet]
              for span, _ in a.tone_sentences[:2] if span in a.sentences]
        rel_text = f"{rel} positive as" if rel == "about as" else rel
        add(f"{o.outlet}'s own narrative reads {rel_text} the words it quotes "
            f"(polarity {o.narrative.polarity:+.2f} against {o.quoted.polarity:+.2f}; "
            f"subjectivity {o.narrative.subjectivity:.2f} against {o.quoted.subjectivity:.2f}).",
            {"narrative_polarity": o.narrative.polarity, "quoted_polarity": o.quoted.polarity,
             "narrative_subjectivity": o.narrative.subjectivity,
             "quoted_subjectivity": o.quoted.subjectivity}, ev, o.quotes)
    return tuple(out)


def _list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------- story by story

_WORDS = re.compile(r"[a-z0-9’']+")


def _norm_words(text: str) -> list[str]:
    return [w.removesuffix("'s") for w in _WORDS.findall(text.lower().replace("’", "'"))]


def _lead_index(a: ArticleAnalysis) -> int | None:
    """Give the index of an article's first sentence of body text (not its headline)."""
    titles = [(s.start, s.end) for s in a.article.segments if s.kind == "title"]
    for n, (s, _) in enumerate(a.sentences):
        if not any(ts <= s < te for ts, te in titles):
            return n
    return None


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
        lead_id=None if _lead_index(a) is None else sentence_id(a, _lead_index(a)),
        voices=tuple(n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        affiliations=_shares([(affiliation_of(q, home), qid) for qid, q in quotes], total),
        types=_shares([(TYPE_LABELS.get(q.actor.type, q.actor.type) if q.actor else
                        UNATTRIBUTED, qid) for qid, q in quotes], total),
        narrative=a.narrative, quoted=a.quoted,
        tone_sentences=tuple(sentence_id(a, a.sentences.index(span))
                             for span, _ in a.tone_sentences[:2] if span in a.sentences))


def _similar(a: str, b: str) -> float:
    wa, wb = set(_norm_words(a)), set(_norm_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _statements(parts: list[ArticleAnalysis]) -> tuple[Statement, ...]:
    """Line up the same speaker's statement as quoted by different outlets."""
    quotes = [(outlet_of(a), quote_id(a, n), q) for a in parts for n, q in enumerate(a.quotes)
              if q.actor is not None]
    used: set[str] = set()
    out = []
    for i, (outlet, qid, q) in enumerate(quotes):
        if qid in used:
            continue
        group = [(outlet, qid, q)]
        for other_outlet, other_id, other in quotes[i + 1:]:
            if other_id in used or other_outlet in {g[0] for g in group}:
                continue
            if other.actor.name == q.actor.name and _similar(q.text, other.text) >= 0.5:
                group.append((other_outlet, other_id, other))
        if len(group) < 2:
            continue
        used.update(g[1] for g in group)
        diffs = []
        lengths = [len(_norm_words(g[2].text)) for g in group]
        if min(lengths) < 0.8 * max(lengths):
            shortest = group[lengths.index(min(lengths))][0]
            diffs.append(f"cut: {shortest} quotes less of it")
        kinds = {g[2].kind for g in group}
        if len(kinds) > 1:
            para = [g[0] for g in group if g[2].kind == "indirect"]
            diffs.append("paraphrased" + (f" by {_list(para)}" if para else ""))
        verbs = {g[0]: (g[2].cue or "no verb") for g in group}
        if len({v.lower() for v in verbs.values()}) > 1:
            diffs.append("verb: " + "; ".join(f"{o} “{v}”" for o, v in verbs.items()))
        out.append(Statement(q.actor.name, tuple((g[0], g[1]) for g in group), tuple(diffs)))
    return tuple(out)


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
        missing = _list(sorted({o.outlet for o in others}))
        out.append(f"{c.outlet} quotes {_list(described)}{more}, whom {missing} "
                   f"{'does' if len(others) == 1 else 'do'} not.")
    return tuple(out)


def _describe_actor(a: Actor) -> str:
    parts = [p for p in (a.country, TYPE_LABELS.get(a.type) if a.type != "unknown" else None,
                         "anonymous" if a.kind == "anonymous" else None) if p]
    return ", ".join(parts)


def _difference(coverage: list[Coverage]) -> float:
    """Score how differently the outlets covered a story: voices not shared, tone apart."""
    voice_sets = [set(c.voices) for c in coverage if c.voices]
    if len(voice_sets) >= 2:
        union = set().union(*voice_sets)
        shared = set.intersection(*voice_sets)
        voice_gap = 1 - len(shared) / len(union)
    else:
        voice_gap = 1.0 if any(voice_sets) else 0.0
    tones = [c.narrative.polarity for c in coverage]
    tone_gap = min(1.0, (max(tones) - min(tones)) / 0.3) if tones else 0.0
    return round(0.7 * voice_gap + 0.3 * tone_gap, 4)


def _story_summary(coverage: list[Coverage], statements: tuple[Statement, ...]) -> str:
    dates = sorted(c.published for c in coverage if c.published)
    when = ""
    if dates:
        when = (f" on {dates[0]:%-d %B %Y}" if dates[0] == dates[-1] else
                f" between {dates[0]:%-d %B} and {dates[-1]:%-d %B %Y}")
    parts = [f"{len(coverage)} outlets covered this story{when}."]
    for c in coverage:
        top = c.affiliations[0] if c.affiliations else None
        if c.voices:
            lead = f", most from {top.label} ({top.count} of {top.total})" if top else ""
            parts.append(f"{c.outlet} quoted {len(c.voices)} voice"
                         f"{'s' if len(c.voices) != 1 else ''}{lead}.")
        else:
            parts.append(f"{c.outlet} quoted no one.")
    shared = set.intersection(*(set(c.voices) for c in coverage)) if coverage else set()
    parts.append(f"They share {len(shared)} voice{'s' if len(shared) != 1 else ''}"
                 + (f" ({_list(sorted(shared))})." if shared else "."))
    changed = [s for s in statements if s.differences]
    if statements:
        parts.append(f"{len(statements)} statement{'s' if len(statements) != 1 else ''} "
                     f"appear in more than one outlet; {len(changed)} differ in wording, "
                     "length or verb.")
    ranked = sorted(coverage, key=lambda c: c.narrative.polarity)
    if len(ranked) >= 2:
        parts.append(f"Narrative tone runs from {ranked[0].narrative.polarity:+.2f} "
                     f"({ranked[0].outlet}) to {ranked[-1].narrative.polarity:+.2f} "
                     f"({ranked[-1].outlet}).")
    return " ".join(parts)


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
        shared = ()
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
