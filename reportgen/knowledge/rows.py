"""Read the rows of one knowledge file, naming the file and line of any row that is wrong.

A knowledge file is tab-separated text: lines starting with ``#`` and blank lines are comments,
the first other line names the columns, every later line is a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


class KnowledgeError(ValueError):
    """A knowledge file is wrong; the message is one line, ``FILE:LINE: what is wrong``."""


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a knowledge file, with where it stands for error messages."""

    cells: tuple[str, ...]
    file: str
    line: int

    def error(self, problem: str) -> KnowledgeError:
        """Make the error that names this row's file and line."""
        return KnowledgeError(f"{self.file}:{self.line}: {problem}")

    def cell(self, n: int) -> str:
        """Give cell n, or "" where the row is shorter."""
        return self.cells[n] if n < len(self.cells) else ""


def folder_of(folder: Path | None) -> Traversable:
    """Give the folder the knowledge files are read from: the package's own by default."""
    return resources.files(__package__) if folder is None else folder


def read_rows(folder: Traversable, name: str, columns: int,
              optional: int = 0) -> list[Row]:
    """Read a file's rows; each must have ``columns`` cells, or up to ``optional`` fewer."""
    path = folder.joinpath(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: no such knowledge file") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"{path}: not UTF-8 text ({exc.reason})") from None
    rows: list[Row] = []
    header = True
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if header:  # the first line names the columns
            header = False
            continue
        row = Row(tuple(line.split("\t")), str(path), n)
        if not columns - optional <= len(row.cells) <= columns:
            expected = (f"{columns}" if not optional
                        else f"{columns - optional} to {columns}")
            raise row.error(f"expected {expected} tab-separated columns, found "
                            f"{len(row.cells)} (a space where a tab belongs?)")
        if not row.cells[0].strip():
            raise row.error("the first column is empty")
        rows.append(row)
    return rows


def split_cell(cell: str) -> list[str]:
    """Split a comma-separated cell into its non-empty items."""
    return [c.strip() for c in cell.split(",") if c.strip()]


def check_choice(row: Row, column: int, name: str, allowed: frozenset[str]) -> str:
    """Give a cell that must be one of ``allowed``, or raise naming the row."""
    value = row.cell(column)
    if value not in allowed:
        raise row.error(f"{name} {value!r} is not one of {', '.join(sorted(allowed))}")
    return value
