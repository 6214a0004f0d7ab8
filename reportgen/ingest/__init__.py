"""Read articles from files and folders: .txt, .html, .json and .jsonl, with an optional manifest.

Bad input is normal here: every problem becomes one ``Problem`` naming the file, and reading
goes on with the next article.
"""


from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from reportgen.ingest.decode import MAX_ARTICLE_BYTES, decode_bytes, decode_file
from reportgen.ingest.files import (
    MANIFEST,
    MANIFEST_FIELDS,
    SUFFIXES,
    FileIndex,
    Unit,
    display_path,
    list_inputs,
)
from reportgen.ingest.jsonl import jsonl_parts, read_json, read_jsonl, read_jsonl_part
from reportgen.ingest.records import from_html, from_text, read_record, record_article
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Problem

__all__ = [
    "MANIFEST", "MANIFEST_FIELDS", "MAX_ARTICLE_BYTES", "SUFFIXES", "FileIndex", "Unit",
    "decode_bytes", "display_path", "iter_inputs", "jsonl_parts", "list_inputs", "read_inputs",
    "read_jsonl_part", "read_record", "record_article",
]


def read_inputs(
    paths: Iterable[Path], knowledge: Knowledge, jobs: int = 1,
    files: FileIndex | None = None,
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Read every article under the given files and folders, in a stable order.

    With ``jobs`` above one, files are read and cleaned on that many processes. With
    ``files``, a file unchanged since the index was taken is not read.
    """
    from reportgen.parallel import map_ordered

    articles: list[Article] = []
    problems: list[Problem] = []
    duplicates: list[Problem] = []  # told after the reading problems, as they always were
    seen: set[str] = set()
    units = list(list_inputs(paths, files))
    results = map_ordered(_read_unit, units, knowledge, jobs, label=_unit_label)
    for unit, read in zip(units, results, strict=True):
        if files is not None and not isinstance(unit, Problem) and _unreadable(read):
            files.forget(unit[0])
        for item in read if isinstance(read, list) else [_failed_unit(read)]:
            kept = _first_only(item, seen)
            if isinstance(kept, Article):
                articles.append(kept)
            else:
                (problems if kept is item else duplicates).append(kept)
    return tuple(articles), (*problems, *duplicates)


def iter_inputs(paths: Iterable[Path], knowledge: Knowledge) -> Iterator[Article | Problem]:
    """Read the articles one at a time (a JSON-lines file line by line), in a stable order.

    Memory stays flat however many articles there are; a repeated id becomes a problem.
    """
    seen: set[str] = set()
    for unit in list_inputs(paths):
        items = [unit] if isinstance(unit, Problem) else _read_file(*unit, knowledge)
        for item in items:
            yield _first_only(item, seen)


def _unreadable(read: object) -> bool:
    if not isinstance(read, list):
        return True  # the reader failed
    return any(isinstance(p, Problem) and p.message.startswith("cannot be read") for p in read)


def _read_unit(knowledge: Knowledge, unit: Unit | Problem) -> list[Article | Problem]:
    if isinstance(unit, Problem):
        return [unit]
    return list(_read_file(*unit, knowledge))


def _unit_label(unit: Unit | Problem) -> str:
    return unit.source if isinstance(unit, Problem) else display_path(unit[0])


def _failed_unit(failure: object) -> Problem:
    item, _, error = str(failure).partition(": ")
    return Problem(item, f"could not be read ({error}); skipped")


def _first_only(item: Article | Problem, seen: set[str]) -> Article | Problem:
    if isinstance(item, Problem):
        return item
    if item.id in seen:
        return Problem(item.source, f"duplicate article id {item.id!r}; kept the first")
    seen.add(item.id)
    return item

def _read_file(path: Path, ident: str, override: dict[str, Any], knowledge: Knowledge
               ) -> Iterator[Article | Problem]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, knowledge, override)
        return
    text, warning, error = decode_file(path)
    source = display_path(path)
    if error or text is None:
        yield Problem(source, error or "unreadable")
        return
    if warning:
        yield Problem(source, warning)
    suffix = path.suffix.lower()
    if suffix == ".json":
        yield from read_json(text, source, knowledge, override)
    elif suffix in (".html", ".htm"):
        yield from_html(text, ident, source, knowledge, override)
    else:
        yield from_text(text, ident, source, knowledge, override, {})
