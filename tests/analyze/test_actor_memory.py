"""The resolver's memory: its timelines answer as one list sorted by position would, however
out of text order the actors are noted."""

from bisect import insort
from unittest.mock import patch

from hypothesis import given, settings
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
