"""The per-table cache: computed once per table, and bounded however many tables pass."""

from __future__ import annotations

from reportgen.analyze import tables


def test_a_table_is_indexed_once_while_it_is_in_use():
    calls = []
    table = {"White House": 1}

    def build(t):
        calls.append(t)
        return len(t)

    assert tables.per_table("test once", table, build) == 1
    assert tables.per_table("test once", table, build) == 1
    assert len(calls) == 1


def test_the_cache_keeps_no_more_than_its_limit_of_tables():
    # as when a scheduler ships a new knowledge object with every task
    for n in range(5 * tables.PER_TABLE_LIMIT):
        tables.first_words({f"Name{n} Surname": n})
    assert len(tables._PER_TABLE) <= tables.PER_TABLE_LIMIT
    assert len(tables._FIRST_WORDS) <= tables.PER_TABLE_LIMIT


def test_tables_of_one_kind_asked_in_turn_each_get_their_own():
    # the last table of each kind is answered first (for speed); another table of that kind
    # is looked up in the cache, and becomes the last one
    calls = []
    small, large = {"White House": 1}, {"White House": 1, "Pentagon": 2}

    def build(t):
        calls.append(t)
        return len(t)

    for _ in range(3):
        assert tables.per_table("test turns", small, build) == 1
        assert tables.per_table("test turns", large, build) == 2
    assert calls == [small, large]


def test_the_last_table_is_kept_once_a_kind():
    # one entry a kind, however many tables pass: it keeps no table the cache would let go
    # of but the last one asked
    for n in range(5 * tables.PER_TABLE_LIMIT):
        last = {f"Name{n}": n}
        assert tables.per_table("test last", last, len) == 1
    assert tables._LAST["test last"][0] is last
    assert len(tables._PER_TABLE) <= tables.PER_TABLE_LIMIT
