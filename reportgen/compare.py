"""Compare outlets: who each lets speak, how it attributes, in what tone; findings with evidence.

Every number here is a count over quotes the analyzers found, and every finding carries the ids
of the quotes (``ARTICLE:qN``) or sentences (``ARTICLE:sN``) it rests on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from reportgen.models import (
    ArticleAnalysis,
    Briefing,
    Finding,
    OutletProfile,
    Problem,
    Quote,
    Share,
    Tone,
    VerbUse,
)

# One colour per outlet, the same in every chart (Okabe-Ito, readable by colour-blind readers).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
           "#000000")
SMALL_SAMPLE = 5  # fewer quotes than this and a share is said to be small, not a pattern
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


def affiliation_of(q: Quote) -> str:
    if q.actor is None:
        return UNATTRIBUTED
    return q.actor.country or ("International" if q.actor.type == "international" else
                               "Unknown affiliation")


def compare(analyses: Iterable[ArticleAnalysis], *, title: str, period: str,
            problems: Iterable[Problem] = (), version: str = "") -> Briefing:
    """Build the briefing's numbers and findings from analysed articles."""
    ordered = tuple(sorted(analyses, key=lambda a: (outlet_of(a), a.article.published is None,
                                                    a.article.published, a.article.id)))
    by_outlet: dict[str, list[ArticleAnalysis]] = defaultdict(list)
    for a in ordered:
        by_outlet[outlet_of(a)].append(a)
    outlets = tuple(_profile(name, PALETTE[i % len(PALETTE)], by_outlet[name])
                    for i, name in enumerate(sorted(by_outlet)))
    findings = _findings(outlets, by_outlet)
    return Briefing(title=title, period=period, articles=ordered, outlets=outlets,
                    findings=findings, problems=tuple(problems), version=version)


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


def _profile(name: str, color: str, articles: list[ArticleAnalysis]) -> OutletProfile:
    quotes = _quotes(articles)
    total = len(quotes)
    verbs: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for qid, q in quotes:
        if q.cue_lemma:
            verbs[affiliation_of(q)].append((qid, q))
    voice_counts = Counter(q.actor.name for _, q in quotes if q.actor)
    cited = {c.actor.name for a in articles for c in a.citations}
    return OutletProfile(
        outlet=name,
        color=color,
        articles=len(articles),
        quotes=total,
        speakers=len(voice_counts),
        by_affiliation=_shares([(affiliation_of(q), qid) for qid, q in quotes], total),
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
        verbs_by_affiliation=tuple(
            VerbUse(group,
                    tuple(sorted(Counter(q.cue_lemma for _, q in uses).items(),
                                 key=lambda kv: (-kv[1], kv[0]))),
                    tuple(sorted(Counter(q.cue_stance for _, q in uses).items(),
                                 key=lambda kv: (-kv[1], kv[0]))),
                    tuple(qid for qid, _ in uses))
            for group, uses in sorted(verbs.items())),
        voices=tuple(n for n, _ in sorted(voice_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        mentioned_only=tuple(sorted(n for n in cited if n not in voice_counts)),
    )


def _pct(count: int, total: int) -> str:
    return f"{round(100 * count / total)}%" if total else "0%"


def _small(total: int) -> str:
    return f" (a small sample: {total} quote{'s' if total != 1 else ''})" \
        if total < SMALL_SAMPLE else ""


def _findings(outlets: tuple[OutletProfile, ...],
              by_outlet: dict[str, list[ArticleAnalysis]]) -> tuple[Finding, ...]:
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
        top = o.by_affiliation[0]
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
        for group in sorted({affiliation_of(q) for _, q in cued}):
            verbs = Counter(q.cue.lower() for _, q in cued if affiliation_of(q) == group and q.cue)
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
