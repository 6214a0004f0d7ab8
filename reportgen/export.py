"""Plain JSON for the analyses and the briefing: the data behind every number, in a fixed order.

``table_rows`` flattens one analysis into rows of three tables (articles, quotes, officials):
the same fields as the JSON, one scalar per column, for Parquet and the query engines that read
it (``reportgen export``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportgen.evidence import quote_id, sentence_id
from reportgen.models import (
    Actor,
    ArticleAnalysis,
    Briefing,
    Citation,
    OutletProfile,
    Quote,
    Share,
    StoryComparison,
    Tone,
    VerbGap,
    VerbUse,
    VoiceGap,
)


def _tone(t: Tone) -> dict[str, Any]:
    return {"polarity": t.polarity, "subjectivity": t.subjectivity, "chars": t.chars}


def _actor(a: Actor | None) -> dict[str, Any]:
    if a is None:
        return {"speaker_name": None, "speaker_kind": None, "speaker_type": None,
                "speaker_country": None, "speaker_party": None, "speaker_role": None,
                "speaker_organisation": None}
    return {"speaker_name": a.name, "speaker_kind": a.kind, "speaker_type": a.type,
            "speaker_country": a.country, "speaker_party": a.party, "speaker_role": a.role,
            "speaker_organisation": a.organisation}


def quote_dict(q: Quote, qid: str | None = None) -> dict[str, Any]:
    """Give a quote as the ``analyze`` output line carries it (offsets into the input text)."""
    out: dict[str, Any] = {"id": qid} if qid else {}
    out.update({
        "quote_start": q.start,
        "quote_end": q.end,
        "quote_spans": [list(s) for s in q.spans],
        "text": q.text,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_span": list(q.speaker_span) if q.speaker_span else None,
        **_actor(q.actor),
        "cue": q.cue,
        "cue_span": list(q.cue_span) if q.cue_span else None,
        "cue_lemma": q.cue_lemma,
        "cue_stance": q.cue_stance,
        "polarity": q.polarity,
        "subjectivity": q.subjectivity,
    })
    return out


def _citation(c: Citation) -> dict[str, Any]:
    a = c.actor
    return {"name": a.name, "kind": a.kind, "type": a.type, "role": a.role,
            "organisation": a.organisation, "country": a.country,
            "party": a.party, "quotes": c.quotes,
            "mentions": [list(s) for s in c.mentions], "mentioned_as": list(c.mentioned_as)}


def analysis_dict(a: ArticleAnalysis) -> dict[str, Any]:
    """Give one article's analysis as one JSON object (the ``analyze`` line format)."""
    art = a.article
    return {
        "id": art.id,
        "outlet": art.outlet,
        "title": art.title,
        "author": art.author,
        "published": art.published.isoformat() if art.published else None,
        "url": art.url,
        "source": art.source,
        "warnings": list(art.warnings),
        "subheadings": list(a.subheadings),
        "dropped": [{"start": s.start, "end": s.end, "kind": s.kind} for s in art.segments],
        "quotes": [quote_dict(q, quote_id(a, n)) for n, q in enumerate(a.quotes)],
        "officials": [_citation(c) for c in a.citations],
        "sentiment": {
            "narrative": _tone(a.narrative),
            "quoted": _tone(a.quoted),
            "speakers": [{"name": s.name, **_tone(s.tone)} for s in a.speakers],
            "tone_sentences": [{"id": sentence_id(a, a.sentences.index(span)),
                                "start": span[0], "end": span[1], "polarity": p,
                                "text": art.text[span[0]:span[1]]}
                               for span, p in a.tone_sentences],
        },
    }


def _share(s: Share) -> dict[str, Any]:
    return {"label": s.label, "count": s.count, "total": s.total,
            "share": round(s.share, 4), "evidence": list(s.evidence)}


def _verb_use(v: VerbUse) -> dict[str, Any]:
    return {"group": v.group, "verbs": [list(x) for x in v.verbs],
            "stances": [list(x) for x in v.stances], "evidence": list(v.evidence)}


def _profile(o: OutletProfile) -> dict[str, Any]:
    return {
        "outlet": o.outlet, "color": o.color, "articles": o.articles, "quotes": o.quotes,
        "stories": o.stories, "shared_stories": o.shared_stories,
        "speakers": o.speakers,
        "by_affiliation": [_share(s) for s in o.by_affiliation],
        "by_type": [_share(s) for s in o.by_type],
        "by_kind": [_share(s) for s in o.by_kind],
        "by_stance": [_share(s) for s in o.by_stance],
        "anonymous": _share(o.anonymous),
        "narrative": _tone(o.narrative),
        "quoted": _tone(o.quoted),
        "verbs_by_affiliation": [_verb_use(v) for v in o.verbs_by_affiliation],
        "voices": list(o.voices),
        "mentioned_only": list(o.mentioned_only),
        "by_side": [_share(s) for s in o.by_side],
        "verbs_by_side": [_verb_use(v) for v in o.verbs_by_side],
    }


def _voice_gap(g: VoiceGap) -> dict[str, Any]:
    return {"outlets": list(g.outlets), "group": g.group, "stories": list(g.stories),
            "quotes": list(g.quotes), "group_quotes": list(g.group_quotes),
            "unknown": list(g.unknown), "shares": list(g.shares),
            "difference": dict(zip(("value", "low", "high"), g.difference, strict=True)),
            "small_sample": g.small, "key": g.key, "below_known_floor": list(g.thin),
            "evidence": [list(e) for e in g.evidence]}


def _verb_gap(g: VerbGap) -> dict[str, Any]:
    return {"outlet": g.outlet, "sides": list(g.sides), "stories": list(g.stories),
            "loaded": list(g.loaded), "neutral": list(g.neutral),
            "odds_ratio": dict(zip(("value", "low", "high"), g.odds_ratio, strict=True)),
            "verbs": [[{"verb": v, "stance": st, "count": n} for v, st, n in side]
                      for side in g.verbs],
            "small_sample": g.small, "key": g.key, "evidence": list(g.evidence)}


def evidence_index(b: Briefing) -> dict[str, dict[str, Any]]:
    """Map every quote and sentence id to its text, article, outlet, speaker, cue and kind
    (the quote's "direct", "indirect" or "mixed"; "sentence")."""
    index: dict[str, dict[str, Any]] = {}
    for a in b.articles:
        art = a.article
        for n, q in enumerate(a.quotes):
            index[quote_id(a, n)] = {
                "article": art.id, "outlet": art.outlet, "text": q.text,
                "speaker": q.actor.name if q.actor else None, "cue": q.cue, "kind": q.kind}
        for n, (s, e) in enumerate(a.sentences):
            index[sentence_id(a, n)] = {"article": art.id, "outlet": art.outlet,
                                        "text": art.text[s:e], "speaker": None, "cue": None,
                                        "kind": "sentence"}
    return index


def _story(s: StoryComparison) -> dict[str, Any]:
    return {
        "story": s.id, "title": s.title,
        "first": s.first.isoformat() if s.first else None,
        "last": s.last.isoformat() if s.last else None,
        "outlets": list(s.outlets), "difference": s.difference, "summary": s.summary,
        "coverage": [{"outlet": c.outlet, "id": c.article_id, "title": c.title,
                      "lead": c.lead, "lead_id": c.lead_id,
                      "published": c.published.isoformat() if c.published else None,
                      "voices": list(c.voices),
                      "by_affiliation": [_share(x) for x in c.affiliations],
                      "by_type": [_share(x) for x in c.types],
                      "narrative": _tone(c.narrative), "quoted": _tone(c.quoted),
                      "tone_sentences": list(c.tone_sentences)} for c in s.coverage],
        "blindspots": list(s.blindspots),
        "statements": [{"speaker": st.speaker,
                        "versions": [{"outlet": o, "quote": q} for o, q in st.versions],
                        "differences": list(st.differences)} for st in s.statements],
        "related": list(s.related), "shared_terms": list(s.shared_terms),
    }


def briefing_dict(b: Briefing) -> dict[str, Any]:
    """Give the whole briefing as JSON-ready data, with the evidence each finding cites."""
    index = evidence_index(b)
    cited = sorted({i for f in b.findings for i in f.evidence}
                   | {q for s in b.stories for st in s.statements for _, q in st.versions}
                   | {t for s in b.stories for c in s.coverage for t in c.tone_sentences})
    return {
        "title": b.title,
        "period": b.period,
        "reportgen_version": b.version,
        "outlets": [_profile(o) for o in b.outlets],
        "stories": [_story(s) for s in b.stories],
        "previous_period": b.previous_period,
        "changes": [{"outlet": c.outlet, "articles": list(c.articles),
                     "quotes": list(c.quotes),
                     "shares": [{"label": lab, "before": x, "now": y} for lab, x, y in c.shares],
                     "narrative": list(c.narrative), "quoted": list(c.quoted),
                     "small_sample": c.small} for c in b.changes],
        "grouped_by": b.grouped_by,
        "lens": None if b.lens is None else {
            "used": b.lens.lens, "setting": b.lens.setting, "home_country": b.lens.home,
            "home_share": None if b.lens.share is None else list(b.lens.share),
            "reason": b.lens.reason},
        "findings": [{"id": f.id, "key": f.key, "kind": f.kind, "text": f.text,
                      "base": f.base, "numbers": dict(f.numbers),
                      "evidence": list(f.evidence), "small_sample": f.small_sample}
                     for f in b.findings],
        "voice_gaps": [_voice_gap(g) for g in b.voice_gaps],
        "verb_gaps": [_verb_gap(g) for g in b.verb_gaps],
        "evidence": {i: index[i] for i in cited if i in index},
        "articles": [_briefing_article(a, b.own_reporting, b.relayed) for a in b.articles],
        "problems": [str(p) for p in b.problems],
    }


def _briefing_article(a: ArticleAnalysis, own: frozenset[str],
                      relayed: frozenset[str]) -> dict[str, Any]:
    """Give an article as ``analysis_dict`` does, each quote also saying whether it is the
    outlet's own reporting (``Briefing.own_reporting``) and whether it relays another outlet's
    reporting (``Briefing.relayed``): in no count of the briefing, either of them."""
    out = analysis_dict(a)
    for q in out["quotes"]:
        q["own_reporting"] = q["id"] in own
        q["relayed"] = q["id"] in relayed
    return out


# ------------------------------------------------------------------ flat tables, one row a fact

# column -> type ("str", "int", "float", "date"); every table starts with the article's keys
_KEYS = {"article_id": "str", "outlet": "str", "published": "date"}
TABLES: dict[str, dict[str, str]] = {
    "articles": {**_KEYS, "title": "str", "author": "str", "url": "str", "source": "str",
                 "chars": "int", "quotes": "int", "officials": "int",
                 "narrative_polarity": "float", "narrative_subjectivity": "float",
                 "quoted_polarity": "float", "quoted_subjectivity": "float",
                 "warnings": "str"},
    "quotes": {**_KEYS, "quote_id": "str", "quote_start": "int", "quote_end": "int",
               "text": "str", "kind": "str", "speaker": "str", "speaker_name": "str",
               "speaker_kind": "str", "speaker_type": "str", "speaker_country": "str",
               "speaker_party": "str", "speaker_role": "str", "speaker_organisation": "str",
               "cue": "str", "cue_lemma": "str", "cue_stance": "str", "polarity": "float",
               "subjectivity": "float"},
    "officials": {**_KEYS, "name": "str", "kind": "str", "type": "str", "role": "str",
                  "organisation": "str", "country": "str", "party": "str", "quotes": "int",
                  "mentions": "int", "mentioned_as": "str"},
}
NO_WEEK = "unknown"  # the week partition of undated articles


def week_of(day: date | None) -> str:
    """Give the ISO week (2022-W46) a day falls in; ``unknown`` without a day."""
    if day is None:
        return NO_WEEK
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def table_rows(a: ArticleAnalysis) -> dict[str, list[dict[str, Any]]]:
    """Flatten one analysis into its rows of the articles, quotes and officials tables."""
    art = a.article
    keys = {"article_id": art.id, "outlet": art.outlet, "published": art.published}
    article = {**keys, "title": art.title, "author": art.author, "url": art.url,
               "source": art.source, "chars": len(art.text), "quotes": len(a.quotes),
               "officials": len(a.citations),
               "narrative_polarity": a.narrative.polarity,
               "narrative_subjectivity": a.narrative.subjectivity,
               "quoted_polarity": a.quoted.polarity,
               "quoted_subjectivity": a.quoted.subjectivity,
               "warnings": "; ".join(art.warnings) or None}
    quotes = []
    for n, q in enumerate(a.quotes):
        row = quote_dict(q, quote_id(a, n))
        row["quote_id"] = row.pop("id")
        quotes.append({**keys, **{k: row[k] for k in TABLES["quotes"] if k in row}})
    officials = []
    for c in a.citations:
        row = _citation(c)
        row.update(mentions=len(c.mentions), mentioned_as="; ".join(c.mentioned_as) or None)
        officials.append({**keys, **{k: row[k] for k in TABLES["officials"] if k in row}})
    return {"articles": [article], "quotes": quotes, "officials": officials}
