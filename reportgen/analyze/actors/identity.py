"""Who is the same actor: the one place that decides it, within an article and across
articles and outlets.

Within an article a person named in full and later by surname ("Ben Wallace", "Wallace") is
one actor, the fullest reading; across articles an actor is keyed by its name, a surname alone
takes the one full name with that surname, and every reading fills what the others lack.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from reportgen.models import Actor, ArticleAnalysis


def merge_person(actor: Actor, before: Sequence[Actor]) -> Actor:
    """A full name seen again, or a surname seen first, keeps one actor: the fullest. ``before``
    holds the actors mentioned earlier in the article, in text order."""
    last = actor.name.split()[-1]
    for a in reversed(before):
        if a.kind == "person" and a.name.split()[-1] == last:
            fuller = actor if len(actor.name.split()) >= len(a.name.split()) else a
            return fuller.fill(a if fuller is actor else actor)
    return actor


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

    def canonical(actor: Actor) -> Actor:
        name = actor.name
        if actor.kind == "person" and " " not in name and name in rename:
            return _fill(known[rename[name]], known.get(name, actor))
        return known.get(name, actor)

    out = []
    for a in analyses:
        quotes = tuple(replace(q, actor=canonical(q.actor) if q.actor else None)
                       for q in a.quotes)
        citations = tuple(replace(c, actor=canonical(c.actor)) for c in a.citations)
        out.append(replace(a, quotes=quotes, citations=citations))
    return out


def _fill(actor: Actor, other: Actor) -> Actor:
    """Fill what an actor lacks from another reading of the same actor (of the same kind)."""
    return actor.fill(other) if actor.kind == other.kind else actor
