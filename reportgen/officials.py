"""Officials: the named people and organisations each outlet cites."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reportgen.evidence import outlet_of
from reportgen.models import Actor, Briefing

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
