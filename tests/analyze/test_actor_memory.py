"""The resolver's memory: its timelines answer as one list sorted by position would, however
out of text order the actors are noted."""

from bisect import insort
from unittest.mock import patch

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reportgen.analyze.actors import memory
from reportgen.analyze.actors.memory import Seen, _Timeline
from reportgen.models import Actor

# an actor noted at a position, or a question asked at one
_STEP = st.tuples(st.sampled_from(["add", "ask"]), st.integers(0, 60))


def _seen(pos: int, n: int) -> Seen:
    return Seen(pos, Actor(f"Person {n}", "person", "unknown"), speaker=False)


@settings(max_examples=100, deadline=None)
@given(st.lists(_STEP, max_size=80), st.sampled_from([1, 2, 3, 256]))
def test_timeline_answers_as_a_sorted_list(steps, block):
    timeline, model = _Timeline(), []  # the model: sorted by position, then noted order
    with patch.object(memory, "_BLOCK", block):
        for n, (step, pos) in enumerate(steps):
            if step == "add":
                s = _seen(pos, n)
                timeline.add(s)
                insort(model, s, key=lambda x: x.pos)
                continue
            before = [s for s in model if s.pos < pos]
            assert list(timeline.before(pos)) == before[::-1]
            assert list(timeline.before(pos, inclusive=True)) \
                == [s for s in model if s.pos <= pos][::-1]
            assert timeline.last(pos, 3) == before[-3:]
            assert timeline.between(pos // 2, pos) == [s for s in before if s.pos >= pos // 2]
    assert list(timeline) == model


def test_equal_positions_keep_the_order_noted():
    with patch.object(memory, "_BLOCK", 1):
        timeline = _Timeline()
        first, second, third = _seen(5, 1), _seen(5, 2), _seen(9, 3)
        for s in (third, first, second):
            timeline.add(s)
        assert list(timeline) == [first, second, third]
        assert timeline.between(5, 6) == [first, second]
        assert list(timeline.before(5)) == []
        assert list(timeline.before(5, inclusive=True)) == [second, first]



def test_names_and_role_heads_are_known_wherever_seen():
    mem = memory.Memory({})
    mem.add(Seen(40, Actor("Acme Union", "organisation", "unknown"), speaker=False))
    mem.add(Seen(5, Actor("Ann Roe", "person", "government", role="City Treasurer"),
                 speaker=True))
    mem.add(Seen(20, Actor("farmers", "group", "unknown", role="dairy farmers"),
                 speaker=False))
    assert mem.named("Acme Union", ("organisation", "media"))
    assert not mem.named("Acme Union", ("person",))
    assert not mem.named("Ann Roe", ("organisation", "media"))
    assert mem.role_seen("treasurer")
    assert not mem.role_seen("city")  # the role's last word only
    assert not mem.role_seen("farmers")  # a person's role only


# people of one role, some the same person by another name, some not ("A. Roe" may be "Al
# Roe" or "Ann Roe", who are two people), and mentions of a person noted with no role
_NAMES = ["Roe", "A. Roe", "Al Roe", "Ann Roe", "Ann B. Roe", "Tom Reyes", "Reyes"]
_MENTION = st.tuples(st.integers(0, 30), st.sampled_from(_NAMES), st.booleans(),
                     st.sampled_from(["chief", "head", None]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_MENTION, max_size=40), st.integers(0, 32),
       st.sets(st.sampled_from(_NAMES)), st.sets(st.integers(0, 40)))
# "Al Roe" met again after "Ann Roe", who is not he, was found by way of "A. Roe": no one
@example([(30, "A. Roe", False, "chief"), (25, "Al Roe", False, "chief"),
          (20, "Ann Roe", False, "chief"), (10, "Al Roe", False, "chief")], 31, set(), set())
def test_each_actor_once_gives_what_the_walk_over_every_mention_gives(
        mentions, pos, unfit, unsaid):
    """``each_named_by`` and ``each_of_type`` give the first mention of each actor that fits
    in the walk back over all (``named_by``, ``of_type``), and the fold over those gives the
    one person the fold over every mention gives."""
    from reportgen.analyze.actors.resolver.roles import (
        _one_holder,
        _the_one_of_all,
        _the_one_person,
    )

    mem, noted = memory.Memory({}), []
    for n, (at, name, quoted, role) in enumerate(mentions):
        s = Seen(at, Actor(name, "person", "government", role=role), speaker=False,
                 quoted=quoted)
        mem.add(s)
        noted.append((n, s))

    def fits(a: Actor) -> bool:
        return a.name not in unfit

    def stands(s: Seen) -> bool:  # a test of the mention, not of its actor
        return not s.quoted and next(n for n, t in noted if t is s) not in unsaid

    for word, each, walk in (("chief", mem.each_named_by, mem.named_by),
                             ("government", mem.each_of_type, mem.of_type)):
        fitting = [s for s in walk(word, pos) if fits(s.actor) and stands(s)]
        first = [s for k, s in enumerate(fitting)
                 if all(t.actor != s.actor for t in fitting[:k])]
        assert [id(s) for s in each(word, pos, fits, stands)] == [id(s) for s in first]
        every = [(s, word) for s in walk(word, pos)]
        assert _the_one_person(first, every, lambda s, _: fits(s.actor) and stands(s)) \
            is _the_one_of_all(every, lambda s, _: fits(s.actor) and stands(s))
    # the same reading of the person, the one of the same mention
    unquoted = [s for s in mem.named_by("chief", pos) if not s.quoted and fits(s.actor)]
    assert _one_holder(mem, "chief", pos, fits) is _one_holder_of_all(unquoted)


def _one_holder_of_all(mentions):
    """The walk over every mention ``_one_holder`` stands for (main at 59d9c58)."""
    found = None
    for s in mentions:
        a = s.actor
        if found is not None and found.name != a.name:
            short, full = sorted((a, found), key=lambda p: len(p.name.split()))
            if not set(short.name.split()) <= set(full.name.split()):
                return None
            a = full
        found = a
    return found
