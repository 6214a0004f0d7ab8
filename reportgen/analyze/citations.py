"""Quotes and citations as an analysis holds them: each quote with its actor, and each actor
cited with how often it is quoted and where it is named."""

from __future__ import annotations

from collections import defaultdict

from reportgen.analyze.actors import Named
from reportgen.analyze.quotes import RawQuote
from reportgen.analyze.text import closed_up
from reportgen.models import Actor, Citation, Quote, Span


def make_quotes(body: str, raw: tuple[RawQuote, ...],
                speakers: tuple[Actor | None, ...]) -> tuple[Quote, ...]:
    """Give each quote its text and actor (tone is scored later)."""
    return tuple(_quote(body, rq, actor) for rq, actor in zip(raw, speakers, strict=True))


def _quote(body: str, rq: RawQuote, actor: Actor | None) -> Quote:
    spans = tuple(rq.spans)
    cue = rq.cue_info
    return Quote(
        start=rq.start,
        end=rq.end,
        text=" … ".join(closed_up(body[s:e].strip()) for s, e in spans),
        kind=rq.kind,
        spans=spans,
        speaker=rq.speaker.text if rq.speaker else None,
        speaker_span=rq.speaker.span if rq.speaker else None,
        actor=actor,
        cue=rq.cue.text if rq.cue else None,
        cue_span=rq.cue.span if rq.cue else None,
        cue_lemma=cue.lemma if cue else None,
        cue_stance=cue.stance if cue else None,
        polarity=0.0,  # set by the tone step
        subjectivity=0.0,
    )


def cite(quotes: tuple[Quote, ...], named: tuple[Named, ...]) -> tuple[Citation, ...]:
    """Give every actor quoted or named, most quoted first, with its spans and forms."""
    actors: dict[str, Actor] = {}
    counts: dict[str, int] = defaultdict(int)
    # each actor's spans in the order found, as keys: asked of every mention, a list would
    # cost the square of how often an actor is named
    spans: dict[str, dict[Span, None]] = defaultdict(dict)
    forms: dict[str, list[str]] = defaultdict(list)
    for q in quotes:
        if q.actor is None:
            continue
        name = q.actor.name
        actors.setdefault(name, q.actor)
        counts[name] += 1
        if q.speaker_span and q.speaker_span not in spans[name]:
            spans[name][q.speaker_span] = None
            forms[name].append(q.speaker or "")
    for span, written, actor in named:
        name = actor.name
        if actor.kind == "media" and name not in counts:
            continue  # an outlet named in passing is a source of news, not an official cited
        # prefer the fuller description: an apposition adds role and organisation
        if name not in actors or (actor.role and not actors[name].role):
            actors[name] = actor
        if span not in spans[name]:
            spans[name][span] = None
            forms[name].append(closed_up(written.split(",")[0]).rstrip())
    return tuple(
        Citation(actors[name], counts.get(name, 0), tuple(sorted(spans[name])),
                 tuple(dict.fromkeys(forms[name])))
        for name in sorted(actors, key=lambda n: (-counts.get(n, 0), n)))
