"""Analyze one article: sentences, quotes and their speakers, officials cited, and tone.

``analyze_article`` is a pure function of the article and the knowledge tables.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace

from reportgen.analyze.actors import Resolver, find_mentions, read_mention
from reportgen.analyze.quotes import RawQuote, extract_quotes
from reportgen.analyze.sentiment import Piece, combine, score_stretches
from reportgen.analyze.text import Token, paragraphs, sentences, tokenize
from reportgen.ingest.clean import mask
from reportgen.knowledge import Knowledge
from reportgen.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Citation,
    Quote,
    Span,
    SpeakerTone,
    Tone,
)

__all__ = ["analyze_article", "analyze_one", "article_source"]


def analyze_article(article: Article, knowledge: Knowledge) -> ArticleAnalysis:
    """Find the quotes, speakers, officials and tone of one article."""
    # the headline is the outlet's own framing and often an attribution itself
    # ("Sanders Says He's Writing His Inaugural Address"): analysed with the body
    body = mask(article.text, tuple(s for s in article.segments if s.kind != "title"))
    sents = tuple(s for p in paragraphs(body)
                  for s in sentences(body, p, knowledge.words.abbreviations))
    tokens = tokenize(body)
    raw = extract_quotes(body, knowledge, tokens)

    # the words in quotation marks: never what a pronoun outside them points to
    quoted = tuple(p for rq in raw for p in (rq.spans if rq.kind == "direct" else rq.absorbed))
    resolver = Resolver(knowledge, body, sents, quoted)
    mentions = find_mentions(body, knowledge, tokens)
    mention_actors: list[tuple[Span, str, Actor]] = []
    for span, written in mentions:
        name = written.split(",")[0]
        actor = resolver.read(name).actor
        if actor is not None and actor.kind == "person":
            actor = resolver.merge_person(actor, resolver.seen_before(span[0]))
            actor = resolver.with_party_after(actor, span[0] + len(name))
        if actor is not None:
            actor = _with_apposition(actor, written, knowledge)
            resolver.note(span[0], actor, speaker=False, mention=name)
            mention_actors.append((span, written, actor))

    _note_surnames(resolver, tokens, raw, mention_actors)

    quotes = []
    for rq in raw:
        actor = resolver.resolve(rq.speaker.text, rq.speaker.span[0]) if rq.speaker else None
        quotes.append(_quote(body, rq, actor))
    quotes = _resolve_metonymy(quotes)

    quotes, tones = _tones(body, sents, quotes)
    return ArticleAnalysis(
        article=article,
        sentences=sents,
        quotes=tuple(quotes),
        citations=_citations(quotes, mention_actors),
        narrative=tones.narrative,
        quoted=tones.quoted,
        speakers=tones.speakers,
        subheadings=tuple(article.text[s.start:s.end] for s in article.segments
                          if s.kind == "subheading"),
        tone_sentences=tones.sentences,
    )


def _note_surnames(resolver: Resolver, tokens: list[Token], raw: tuple[RawQuote, ...],
                   mentions: list[tuple[Span, str, Actor]]) -> None:
    """Note every later bare surname of a person named in full ("Bloomberg, who has ...,
    threw several jabs at Trump"), so that a pronoun can find the subject it follows."""
    named = [actor for _, _, actor in mentions]
    named += [resolver.read(rq.speaker.text).actor for rq in raw if rq.speaker]
    people: dict[str, Actor | None] = {}
    for actor in named:
        if actor is not None and actor.kind == "person" and " " in actor.name:
            surname = actor.name.split()[-1]
            known = people.setdefault(surname, actor)
            if known is not None and known.name != actor.name:
                people[surname] = None  # two people share it: leave it to the resolver
    if not any(people.values()):
        return
    taken = sorted([span for span, _, _ in mentions]
                   + [rq.speaker.span for rq in raw if rq.speaker])
    starts = [s for s, _ in taken]
    for t in tokens:
        actor = people.get(t.text)
        if actor is None:
            continue
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.start < taken[k][1]:
            continue  # part of a mention already read
        resolver.note(t.start, resolver.merge_person(actor, resolver.seen_before(t.start)),
                      mention=t.text)


@dataclass(frozen=True, slots=True)
class _Tones:
    narrative: Tone
    quoted: Tone
    speakers: tuple[SpeakerTone, ...]
    sentences: tuple[tuple[Span, float], ...]


def _tones(body: str, sents: tuple[Span, ...], quotes: list[Quote]) -> tuple[list[Quote],
                                                                               _Tones]:
    """Score every quoted part and every narrative stretch in one pass, then combine the sums."""
    quoted_spans = sorted({p for q in quotes for p in q.spans})
    outside = [_outside(span, quoted_spans) for span in sents]
    scores = iter(score_stretches(body, [*quoted_spans, *(p for o in outside for p in o)]))
    part = {span: next(scores) for span in quoted_spans}
    scored = []
    by_speaker: dict[str, list[Piece]] = defaultdict(list)
    for q in quotes:
        tone = combine(part[p] for p in q.spans)
        scored.append(replace(q, polarity=tone.polarity, subjectivity=tone.subjectivity))
        by_speaker[q.actor.name if q.actor else "unattributed"].extend(part[p] for p in q.spans)
    narrative: list[Piece] = []
    strongest = []
    for span, holes in zip(sents, outside, strict=True):
        pieces = [next(scores) for _ in holes]
        narrative.extend(pieces)
        tone = combine(pieces)
        if tone.polarity and tone.chars >= 20:
            strongest.append((span, tone.polarity))
    strongest.sort(key=lambda x: (-abs(x[1]), x[0]))
    return scored, _Tones(
        narrative=combine(narrative),
        quoted=combine(part.values()),
        speakers=tuple(SpeakerTone(name, combine(pieces))
                       for name, pieces in sorted(by_speaker.items())),
        sentences=tuple(strongest[:5]))


def _outside(span: Span, holes: list[Span]) -> list[Span]:
    """Give the parts of span not covered by any of the (sorted) holes."""
    s, e = span
    out = []
    for a, b in holes:
        if b <= s or a >= e:
            continue
        if a > s:
            out.append((s, a))
        s = max(s, b)
    if s < e:
        out.append((s, e))
    return out


def _with_apposition(actor: Actor, written: str, knowledge: Knowledge) -> Actor:
    """Take the role and organisation from an apposition: "Justin Bronk, a senior research ..."."""
    if ", a " not in written or actor.role:
        return actor
    role = written.split(", a ", 1)[1]
    org_name = None
    for prep in (" at the ", " at ", " with the ", " for the ", " of the ", " for ", " of "):
        if prep in role:
            role, org_name = role.split(prep, 1)
            break
    described = read_mention(f"{org_name} {role}" if org_name else role, knowledge).actor
    org = knowledge.organisations.get(org_name.lower()) if org_name else None
    type_ = actor.type
    if described is not None and described.type != "unknown":
        type_ = described.type
    country = actor.country or (org.country if org else None) or (
        described.country if described else None)
    return Actor(actor.name, actor.kind, type_, role.strip(),
                 org.name if org else org_name, country)


def _resolve_metonymy(quotes: list[Quote]) -> list[Quote]:
    """Read a country quoted as a speaker ("Russia ... noting that") as the one government body
    of that country quoted in the same article, where there is exactly one."""
    bodies: dict[str, set[Actor]] = defaultdict(set)
    for q in quotes:
        a = q.actor
        if a and a.kind == "organisation" and a.country and a.name != a.country:
            bodies[a.country].add(a)
    out = []
    for q in quotes:
        a = q.actor
        if a and a.kind == "organisation" and a.name == a.country and len(bodies[a.name]) == 1:
            q = replace(q, actor=next(iter(bodies[a.name])))
        out.append(q)
    return out


def _quote(body: str, rq: RawQuote, actor: Actor | None) -> Quote:
    spans = tuple(rq.spans)
    cue = rq.cue_info
    return Quote(
        start=rq.start,
        end=rq.end,
        text=" … ".join(body[s:e].strip() for s, e in spans),
        kind=rq.kind,
        spans=spans,
        speaker=rq.speaker.text if rq.speaker else None,
        speaker_span=rq.speaker.span if rq.speaker else None,
        actor=actor,
        cue=rq.cue.text if rq.cue else None,
        cue_span=rq.cue.span if rq.cue else None,
        cue_lemma=cue.lemma if cue else None,
        cue_stance=cue.stance if cue else None,
        polarity=0.0,  # set by _tones
        subjectivity=0.0,
    )


def _citations(quotes: list[Quote],
               mentions: list[tuple[Span, str, Actor]]) -> tuple[Citation, ...]:
    actors: dict[str, Actor] = {}
    counts: dict[str, int] = defaultdict(int)
    spans: dict[str, list[Span]] = defaultdict(list)
    forms: dict[str, list[str]] = defaultdict(list)
    for q in quotes:
        if q.actor is None:
            continue
        name = q.actor.name
        actors.setdefault(name, q.actor)
        counts[name] += 1
        if q.speaker_span and q.speaker_span not in spans[name]:
            spans[name].append(q.speaker_span)
            forms[name].append(q.speaker or "")
    for span, written, actor in mentions:
        name = actor.name
        if actor.kind == "media" and name not in counts:
            continue  # an outlet named in passing is a source of news, not an official cited
        # prefer the fuller description: an apposition adds role and organisation
        if name not in actors or (actor.role and not actors[name].role):
            actors[name] = actor
        if span not in spans[name]:
            spans[name].append(span)
            forms[name].append(written.split(",")[0])
    return tuple(
        Citation(actors[name], counts.get(name, 0), tuple(sorted(spans[name])),
                 tuple(dict.fromkeys(forms[name])))
        for name in sorted(actors, key=lambda n: (-counts.get(n, 0), n)))


def analyze_one(knowledge: Knowledge, article: Article) -> ArticleAnalysis:
    """Analyze one article; knowledge first, as ``parallel.map_ordered`` calls its work."""
    return analyze_article(article, knowledge)


def article_source(article: Article) -> str:
    """Name an article as problems name it: by the file (and line) it came from."""
    return article.source
