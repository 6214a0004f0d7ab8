"""Read articles from files and folders: .txt, .html, .json and .jsonl, with an optional manifest.

Bad input is normal here: every problem becomes one ``Problem`` naming the file, and reading
goes on with the next article.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlparse

from reportgen.ingest.clean import clean_text, find_outlet, parse_date
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Problem

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
MANIFEST = "manifest.toml"
MANIFEST_FIELDS = ("outlet", "title", "author", "published", "url")


class InputError(Exception):
    """Nothing at all could be read: the build has no input."""


def read_inputs(
    paths: Iterable[Path], knowledge: Knowledge, jobs: int = 1
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Read every article under the given files and folders, in a stable order.

    With ``jobs`` above one, files are read and cleaned on that many processes.
    """
    from reportgen.parallel import map_ordered

    articles: list[Article] = []
    problems: list[Problem] = []
    duplicates: list[Problem] = []  # told after the reading problems, as they always were
    seen: set[str] = set()
    units = map_ordered(_read_unit, list_inputs(paths), knowledge, jobs, label=_unit_label)
    for read in units:
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
        items = [unit] if isinstance(unit, Problem) else _read_file(unit[0], knowledge, unit[1])
        for item in items:
            yield _first_only(item, seen)


Unit = tuple[Path, dict[str, Any]]  # a file to read and its manifest entry


def list_inputs(paths: Iterable[Path]) -> Iterator[Unit | Problem]:
    """Give each file to read under the given files and folders, with its manifest entry."""
    for path in paths:
        if not path.exists():
            yield Problem(str(path), "no such file or folder")
            continue
        problems: list[Problem] = []
        if path.is_dir():
            manifest = _read_manifest(path / MANIFEST, problems)
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                problems.append(Problem(str(path), "folder holds no .txt, .html, .json or "
                                                   ".jsonl files"))
        else:
            manifest = _read_manifest(path.parent / MANIFEST, problems)
            files = [path]
        yield from problems
        for file in files:
            yield file, manifest.get(file.name, {})


def _read_unit(knowledge: Knowledge, unit: Unit | Problem) -> list[Article | Problem]:
    if isinstance(unit, Problem):
        return [unit]
    return list(_read_file(unit[0], knowledge, unit[1]))


def _unit_label(unit: Unit | Problem) -> str:
    return unit.source if isinstance(unit, Problem) else str(unit[0])


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


def _read_manifest(path: Path, problems: list[Problem]) -> dict[str, dict[str, Any]]:
    """Read per-file overrides: a TOML table per file name with outlet, title, author, ..."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), f"manifest ignored: not valid TOML ({exc})"))
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name, fields in data.items():
        if not isinstance(fields, dict):
            problems.append(Problem(str(path), f"manifest entry {name!r} is not a table; ignored"))
            continue
        unknown = set(fields) - set(MANIFEST_FIELDS)
        if unknown:
            problems.append(Problem(str(path), f"manifest entry {name!r}: unknown fields "
                                               f"{', '.join(sorted(unknown))} ignored"))
        out[name] = {k: v for k, v in fields.items() if k in MANIFEST_FIELDS}
    return out


def _decode(path: Path) -> tuple[str | None, str | None, str | None]:
    """Give (text, warning, error) for a file that should hold text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, None, f"cannot be read ({exc.strerror or exc})"
    if not raw.strip():
        return None, None, "empty file"
    if b"\x00" in raw[:8192]:
        return None, None, "binary file, not text"
    try:
        return raw.decode("utf-8-sig"), None, None
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        return text, "not UTF-8; read as Windows-1252", None


def _read_file(path: Path, knowledge: Knowledge, override: dict[str, Any]) -> Iterator[
        Article | Problem]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, knowledge, override)
        return
    text, warning, error = _decode(path)
    source = str(path)
    if error or text is None:
        yield Problem(source, error or "unreadable")
        return
    if warning:
        yield Problem(source, warning)
    suffix = path.suffix.lower()
    if suffix == ".json":
        yield from _read_json(text, source, knowledge, override)
    elif suffix in (".html", ".htm"):
        yield _from_html(text, path.stem, str(path), knowledge, override)
    else:
        yield _from_text(text, path.stem, source, knowledge, override, {})


def _read_jsonl(path: Path, knowledge: Knowledge, override: dict[str, Any]) -> Iterator[
        Article | Problem]:
    """Read a JSON-lines file line by line: one article in memory at a time."""
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Problem(source, f"cannot be read ({exc.strerror or exc})")
        return
    with fh:
        if b"\x00" in fh.read(8192):
            yield Problem(source, "binary file, not text")
            return
        fh.seek(0)
        items = 0
        for item in _records(_decoded_lines(fh, source), source, knowledge, override):
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
        lines = _decoded_lines(_until(fh, end), str(path), first_line)
        yield from _records(lines, str(path), knowledge, {})


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
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(f"{source}:{n}", f"malformed JSON ({exc.msg}); line skipped")
            continue
        yield _from_record(record, f"{source}:{n}", knowledge, override)


def _decoded_lines(fh: Iterable[bytes], source: str, first: int = 1
                   ) -> Iterator[tuple[int, str, Problem | None]]:
    """Give (line number, text, warning) per line: UTF-8, or Windows-1252 where it is not."""
    warned = False
    for n, raw in enumerate(fh, start=first):
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            yield n, line, None
        except UnicodeDecodeError:
            warning = None if warned else Problem(source, "not UTF-8; read as Windows-1252")
            warned = True
            yield n, raw.decode("cp1252", errors="replace"), warning


def _read_json(text: str, source: str, knowledge: Knowledge, override: dict[str, Any]
               ) -> Iterator[Article | Problem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(source, f"malformed JSON ({exc.msg} at line {exc.lineno})")
        return
    if not isinstance(data, list):
        yield _from_record(data, source, knowledge, override)
        return
    others = sum(1 for r in data if not isinstance(r, dict))
    if others:
        yield Problem(source, f"{others} of {len(data)} entries are not JSON objects; "
                              "skipped")
    for n, record in enumerate(data):
        if isinstance(record, dict):
            yield _from_record(record, f"{source}[{n}]", knowledge, override)


def _from_record(record: Any, source: str, knowledge: Knowledge,
                 override: dict[str, Any]) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(source, "not a JSON object; skipped")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(source, "no 'text' field with article text; skipped")
    given = {
        "outlet": record.get("outlet") or record.get("publisher"),
        "title": record.get("title"),
        "author": record.get("author"),
        "published": record.get("published") or record.get("date"),
        "url": record.get("url"),
    }
    ident = record.get("id")
    ident = str(ident) if ident not in (None, "") else _content_id(text)
    return _from_text(text, ident, source, knowledge, override, given)


def read_record(record: Any, source: str, knowledge: Knowledge) -> Article | Problem:
    """Make an article from one record as a JSON line or a Parquet row holds it."""
    return _from_record(record, source, knowledge, {})


def record_article(record: dict[str, Any], source: str, knowledge: Knowledge) -> Article | Problem:
    """Make an article from fetched material: {"url", "html"} or {"url", "text", ...}."""
    url = record.get("url")
    ident = _content_id(url) if url else None
    if record.get("html"):
        return _from_html(record["html"], ident or _content_id(record["html"]), source,
                          knowledge, {}, url=url)
    record = {**record, "id": record.get("id") or ident}
    return _from_record(record, source, knowledge, {})


def _from_html(html: str, ident: str, source: str, knowledge: Knowledge,
               override: dict[str, Any], url: str | None = None) -> Article | Problem:
    import trafilatura  # heavy; only for HTML input

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, favor_recall=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # trafilatura on garbage: one line, not a crash
        return Problem(source, f"not readable as HTML ({type(exc).__name__})")
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Problem(source, "no article text found in the HTML")
    given = {"outlet": doc.sitename, "title": doc.title, "author": doc.author,
             "published": doc.date, "url": url or doc.url}
    return _from_text(text, ident, source, knowledge, override, given)


def _from_text(text: str, ident: str, source: str, knowledge: Knowledge,
               override: dict[str, Any], given: dict[str, Any]) -> Article:
    fields = {**{k: v for k, v in given.items() if v not in (None, "")},
              **{k: v for k, v in override.items() if v not in (None, "")}}
    warnings: list[str] = []
    cleaned = clean_text(text, knowledge, title=_str(fields.get("title")))
    published = _as_date(fields.get("published"), warnings) if "published" in fields else None
    if published is None and "published" not in fields:
        published = cleaned.published
    if published is None:
        warnings.append("no publication date found; reported as unknown")
    url = _str(fields.get("url"))
    outlet = _str(fields.get("outlet"))
    outlet = (knowledge.outlets.get(outlet.lower(), outlet) if outlet else
              cleaned.outlet or _outlet_from_url(url, knowledge))
    if outlet is None:
        warnings.append("outlet not found; set it in a manifest")
    return Article(
        id=ident,
        source=source,
        text=text,
        outlet=outlet,
        title=_str(fields.get("title")) or cleaned.title,
        author=_str(fields.get("author")) or cleaned.author,
        published=published,
        url=url,
        segments=cleaned.segments,
        warnings=tuple(warnings),
    )


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def _as_date(value: Any, warnings: list[str]) -> date | None:
    if isinstance(value, date):
        return value
    parsed = parse_date(str(value))
    if parsed is None:
        warnings.append(f"date {value!r} not understood; reported as unknown")
    return parsed


def _outlet_from_url(url: str | None, knowledge: Knowledge) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    for domain, name in knowledge.outlet_domains.items():
        if host == domain or host.endswith("." + domain):
            return name
    return find_outlet(host.replace(".", " "), knowledge)


def _content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
