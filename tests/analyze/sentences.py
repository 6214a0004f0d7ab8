"""Run the whole analysis on a sentence written for a test: the helpers the speaker tables share."""

from __future__ import annotations

from reportgen.analyze import analyze_article
from reportgen.models import Article


def quotes_of(text, knowledge):
    """Give the quotes `analyze_article` finds in TEXT, read as one article."""
    art = Article("t", "t.txt", text, "Test", None, None, None, None)
    return analyze_article(art, knowledge).quotes


def names_of(text, knowledge):
    """Give each quote's speaker name in text order (None where it has no actor)."""
    return [q.actor.name if q.actor else None for q in quotes_of(text, knowledge)]


def last_actor(text, knowledge):
    """Give the last quote's actor in TEXT; fail where there is no quote or no speaker."""
    quotes = quotes_of(text, knowledge)
    assert quotes, "no quote found"
    actor = quotes[-1].actor
    assert actor is not None, "no speaker"
    return actor


def last_speaker(text, knowledge):
    """Give the last quote's speaker in TEXT as (name, kind), or None where it has none; fail
    where there is no quote."""
    quotes = quotes_of(text, knowledge)
    assert quotes, "no quote found"
    actor = quotes[-1].actor
    return None if actor is None else (actor.name, actor.kind)
