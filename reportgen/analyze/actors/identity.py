"""Who is the same actor: the one place that decides it, within an article and across
articles and outlets.

Within an article a person named in full and later by surname ("Ben Wallace", "Wallace") is
one actor, the fullest reading; across articles the names of one person are one actor
("Jim"/"James", "Mary K. Jones"/"Mary Jones", "Mohammad"/"Mohammed": ``names.group_names``),
a surname alone takes the one full name with that surname, never two different people ("Tim
Scott"/"Rick Scott", "Donald Trump"/"Donald Trump Jr."), and every reading fills what the
others lack.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from reportgen.analyze.actors.names import group_names, same_person
from reportgen.models import Actor, ArticleAnalysis


def merge_person(actor: Actor, earlier: Iterable[Actor]) -> Actor:
    """A full name seen again, or a surname seen first, keeps one actor: the fullest.
    ``earlier`` gives the people with the same surname mentioned before in the article, the
    last first. Two names are one person only when ``names.same_person`` says they can be
    ("Tim Scott" is not "Rick Scott")."""
    for a in earlier:
        if same_person(actor.name, a.name):
            fuller = actor if len(actor.name.split()) >= len(a.name.split()) else a
            return fuller.fill(a if fuller is actor else actor)
    return actor


def merge_actors(analyses: Iterable[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """Give one canonical actor across articles and outlets. Names of one person are one actor
    ("Jim Halloran", "James Halloran", "Mr. Halloran"; ``names.group_names``), named by its most
    frequent full form; a surname alone joins a full name only when one person in the briefing
    has it. Every actor takes what any article says of it (role, organisation, country, party,
    type), the first known value winning in order of article id."""
    analyses = list(analyses)
    known: dict[str, Actor] = {}
    people: Counter[str] = Counter()

    def learn(actor: Actor) -> None:
        if actor.kind == "person":
            people[actor.name] += 1
        before = known.get(actor.name)
        known[actor.name] = actor if before is None else _fill(before, actor)

    for a in sorted(analyses, key=lambda a: a.article.id):
        for actor in _actors_of(a):
            learn(actor)
    rename = _person_names(people)
    merged: dict[str, Actor] = {}  # each actor under its canonical name, filled from all names
    for name, actor in known.items():
        target = rename.get(name, name) if actor.kind == "person" else name
        merged[target] = _fill(merged[target], actor) if target in merged else replace(
            actor, name=target)

    def canonical(actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        name = rename.get(actor.name, actor.name) if actor.kind == "person" else actor.name
        return merged.get(name, actor)

    out = []
    for a in analyses:
        quotes = tuple(replace(q, actor=canonical(q.actor)) for q in a.quotes)
        citations = tuple(replace(c, actor=canonical(c.actor) or c.actor) for c in a.citations)
        out.append(replace(a, quotes=quotes, citations=citations))
    return out


def _actors_of(analysis: ArticleAnalysis) -> list[Actor]:
    """Give the actors an analysis cites and quotes, in that order."""
    return [c.actor for c in analysis.citations] + [
        q.actor for q in analysis.quotes if q.actor is not None]


def _person_names(counts: Counter[str]) -> dict[str, str]:
    """Map each person's name to the name the briefing gives that person: of the names that
    are one person, the most frequent full name (then the longest, then the first in order)."""
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for name, head in group_names(counts).items():
        groups[head].append(name)

    def weight(name: str) -> tuple[bool, int, int, str]:
        return (" " not in name, -counts[name], -len(name.split()), name)

    return {name: min(members, key=weight) for members in groups.values() for name in members}


def _fill(actor: Actor, other: Actor) -> Actor:
    """Fill what an actor lacks from another reading of the same actor (of the same kind)."""
    return actor.fill(other) if actor.kind == other.kind else actor
