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
