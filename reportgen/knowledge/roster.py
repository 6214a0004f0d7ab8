"""The roster of office holders: us_officials.tsv (generated) and world_officials.tsv (written).

One ``Holder`` per person and office. The tables say who held an office; which holder an
article means is decided in ``reportgen.analyze.actors.officials``, where the article comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path

from reportgen.knowledge.rows import Row, folder_of, read_rows, split_cell

TYPES = frozenset("head_of_state government legislator international military".split())


@dataclass(frozen=True, slots=True)
class Holder:
    """One person in one office, as the tables give it."""

    name: str  # as usually written: "Jim Jordan", "Xi Jinping"
    surname: str  # the family name: "Jordan", "Xi", "von der Leyen"
    given: tuple[str, ...]  # given names and their short forms, the usual one first
    middle: str
    suffix: str  # "Jr." or ""
    gender: str | None  # "m", "f" or None
    role: str  # "Senator", "Foreign Minister"
    type: str  # an actor type: legislator, government, head_of_state, international
    country: str | None
    party: str | None  # as in parties.tsv: "Democratic Party"
    state: str | None  # a US state, in full: "South Carolina"
    since: int | None  # year of taking office, where the table gives it
    until: int | None
    aliases: tuple[str, ...] = ()  # other spellings of the whole name or the surname
    # usually written with the suffix ("Jesse Jackson Jr."): the name without it is another's
    by_suffix: bool = False


def _year(row: Row, column: int) -> int | None:
    cell = row.cell(column).strip()
    if not cell:
        return None
    if not cell.isdigit() or len(cell) != 4:
        raise row.error(f"a year must be four digits, not {cell!r}")
    return int(cell)


def _type(row: Row, column: int) -> str:
    value = row.cell(column)
    if value not in TYPES:
        raise row.error(f"type {value!r} is not one of {', '.join(sorted(TYPES))}")
    return value


def _us_holder(row: Row) -> Holder:
    name, given, middle, surname, suffix, gender, role = row.cells[:7]
    return Holder(name, surname, tuple(split_cell(given)), middle, suffix, gender or None, role,
                  _type(row, 7), "United States", row.cell(8) or None, row.cell(9) or None,
                  None, None, by_suffix=row.cell(11) == "yes")


def _world_holder(row: Row) -> Holder:
    name, surname, given, role = row.cells[:4]
    words = name.split()
    first = [] if not words or words[0] == surname.split()[0] else [words[0]]
    return Holder(name, surname, tuple(dict.fromkeys([*first, *split_cell(given)])), "", "",
                  None, role, _type(row, 4), row.cell(5) or None, row.cell(6) or None, None,
                  _year(row, 7), _year(row, 8), tuple(split_cell(row.cell(9))))


@cache
def _load(folder: Path | None) -> tuple[Holder, ...]:
    where: Traversable = folder_of(folder)
    us = [_us_holder(r) for r in read_rows(where, "us_officials.tsv", 12, 1)]
    world = [_world_holder(r) for r in read_rows(where, "world_officials.tsv", 10, 2)]
    return tuple(world + us)


def load_roster(folder: Path | None = None) -> tuple[Holder, ...]:
    """Load every office holder from the package's tables (or a copy of them in ``folder``)."""
    return _load(folder)
