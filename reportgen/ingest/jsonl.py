"""Read .json files (one article or a list) and .jsonl files (one article a line)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reportgen.ingest.decode import CP1252_BYTES, decode_bytes, stray, utf16_order
from reportgen.ingest.files import display_path
from reportgen.ingest.records import from_record
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Problem


def _parse_json(text: str | bytes) -> tuple[Any, str | None]:
    """Parse JSON; give (data, None) or (None, what is wrong in a few words)."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"malformed JSON ({exc.msg} at line {exc.lineno})"
    except RecursionError:
        return None, "JSON nested too deeply"
    except ValueError as exc:  # e.g. a number past Python's int string conversion limit
        return None, f"malformed JSON ({str(exc).split(';')[0]})"


def read_jsonl(path: Path, knowledge: Knowledge, override: dict[str, Any]) -> Iterator[
        Article | Problem]:
    """Read a JSON-lines file line by line: one article in memory at a time."""
    source = display_path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Problem(source, f"cannot be read ({exc.strerror or exc})")
        return
    with fh:
        items = 0
        for item in _records(_jsonl_lines(fh, source), source, knowledge, override):
            items += 1
            yield item
        if not items:
            yield Problem(source, "empty file")


def read_jsonl_part(path: Path, start: int, end: int, first_line: int,
                    knowledge: Knowledge) -> Iterator[Article | Problem]:
    """Read the lines of a JSON-lines file that lie between two byte offsets.

    ``first_line`` is the number of the line at ``start``; the offsets come from
    ``jsonl_parts``, so every part starts at the beginning of a line.
    """
    with path.open("rb") as fh:
        fh.seek(start)
        lines = _decoded_lines(_until(fh, end), display_path(path), first_line)
        yield from _records(lines, display_path(path), knowledge, {})


def jsonl_parts(path: Path, lines_per_part: int) -> list[tuple[int, int, int]]:
    """Cut a JSON-lines file into parts of whole lines: (start, end, first line) each."""
    parts: list[tuple[int, int, int]] = []
    start = offset = 0
    line = 1
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            offset += len(raw)
            if n % lines_per_part == 0:
                parts.append((start, offset, line))
                start, line = offset, n + 1
    if offset > start:
        parts.append((start, offset, line))
    return parts


def _until(fh: BinaryIO, end: int) -> Iterator[bytes]:
    position = fh.tell()
    for raw in fh:
        if position >= end:
            return
        position += len(raw)
        yield raw


def _records(lines: Iterable[tuple[int, str, Problem | None]], source: str,
             knowledge: Knowledge, override: dict[str, Any]
             ) -> Iterator[Article | Problem]:
    """Give the article or problem of each line that is not blank, and warnings as they come."""
    for n, line, warning in lines:
        if warning is not None:
            yield warning
        if not line.strip():
            continue
        record, error = _parse_json(line.strip())
        if error:
            yield Problem(f"{source}:{n}", f"{error.replace(' at line 1', '')}; line skipped")
            continue
        yield from_record(record, f"{source}:{n}", knowledge, override)


_LINE_BREAK = re.compile(r"\r\n?|\n")  # JSON Lines break at LF, CRLF or a lone CR only


def _jsonl_lines(fh: BinaryIO, source: str) -> Iterator[tuple[int, str, Problem | None]]:
    """Give (line number, text, warning) per line of a JSON-lines file, or one problem."""
    head = fh.read(8192)
    fh.seek(0)
    if utf16_order(head) is not None:  # rare: decode the whole file, then split it
        text, _, error = decode_bytes(fh.read())
        if error or text is None:
            yield 0, "", Problem(source, error or "unreadable")
            return
        yield from ((n, line, None) for n, line in enumerate(_LINE_BREAK.split(text), 1))
        return
    if b"\x00" in head:
        yield 0, "", Problem(source, "binary file, not text")
        return
    yield from _decoded_lines(fh, source)


def _decoded_lines(fh: Iterable[bytes], source: str, first: int = 1
                   ) -> Iterator[tuple[int, str, Problem | None]]:
    """Give (line number, text, warning) per line: UTF-8, a stray byte read as Windows-1252.

    Lines end at LF, CRLF or a lone CR (which cannot stand inside a JSON string).
    """
    n = first - 1
    warned = False
    for raw in fh:
        for part in raw.rstrip(b"\r\n").split(b"\r") if b"\r" in raw else (raw,):
            n += 1
            stray.count = 0
            line = part.decode("utf-8-sig" if n == 1 else "utf-8", errors=CP1252_BYTES)
            warning = None
            if stray.count and not warned:
                warned = True
                warning = Problem(source, f"not UTF-8 (first at line {n}); bytes that are "
                                          "not UTF-8 read as Windows-1252")
            yield n, line, warning


def read_json(text: str, source: str, knowledge: Knowledge, override: dict[str, Any]
               ) -> Iterator[Article | Problem]:
    """Read a JSON file's text: an article from an object or from each object of a list."""
    data, error = _parse_json(text)
    if error:
        yield Problem(source, error)
        return
    if not isinstance(data, list):
        yield from_record(data, source, knowledge, override)
        return
    others = sum(1 for r in data if not isinstance(r, dict))
    if others:
        yield Problem(source, f"{others} of {len(data)} entries are not JSON objects; skipped")
    for n, record in enumerate(data):
        if isinstance(record, dict):
            yield from_record(record, f"{source}[{n}]", knowledge, override)
