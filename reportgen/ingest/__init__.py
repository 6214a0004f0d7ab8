"""Read articles from files and folders: .txt, .html, .json and .jsonl, with an optional manifest.

Bad input is normal here: every problem becomes one ``Problem`` naming the file, and reading
goes on with the next article.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import threading
import time
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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
MAX_ARTICLE_BYTES = 5_000_000  # a .txt or .html file larger than this is not one article


@dataclass
class FileIndex:
    """Files by absolute path and (size, mtime in ns): as at the last ingest, and as now.

    A file whose size and modification time are what they were is not read again.
    """

    before: dict[str, tuple[int, int]]
    now: dict[str, tuple[int, int]] = field(default_factory=dict)
    unchanged: int = 0

    def changed(self, path: Path, *, count: bool = True) -> bool:
        """Note a file's size and mtime now; tell whether it changed since the last time."""
        key = os.path.abspath(path)
        try:
            st = path.stat()
            signature = (st.st_size, st.st_mtime_ns)
        except FileNotFoundError:
            signature = (-1, -1)  # absent, as a manifest may be
        except OSError:
            return True  # reading it will say what is wrong
        # a file changed within the clock's last two seconds might change again unseen
        if time.time_ns() - signature[1] > 2_000_000_000:
            self.now[key] = signature
        if self.before.get(key) == signature:
            self.unchanged += count
            return False
        return True

    def forget(self, path: Path) -> None:
        """Read a file again next time (it could not be read now)."""
        self.now.pop(os.path.abspath(path), None)

    @property
    def gone(self) -> list[str]:
        return sorted(set(self.before) - set(self.now))


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


Unit = tuple[Path, str, dict[str, Any]]  # a file to read, its article id, its manifest entry


def list_inputs(paths: Iterable[Path], index: FileIndex | None = None
                ) -> Iterator[Unit | Problem]:
    """Give each file to read under the given files and folders, with its manifest entry.

    With an index, files unchanged since it was taken are left out (all of a folder's files
    are read when its manifest changed).
    """
    for path in paths:
        problems: list[Problem] = []
        files, manifest = _files_under(path, problems)
        yield from problems
        if index is not None:
            folder = path if path.is_dir() else path.parent
            if not index.changed(folder / MANIFEST, count=False):  # the same manifest
                files = [f for f in files if index.changed(f)]
            else:
                for f in files:
                    index.changed(f)
        for file in files:
            ident = _file_id(file, path)
            yield file, ident, manifest.get(ident + file.suffix) or manifest.get(file.name) or {}


def _files_under(path: Path, problems: list[Problem]
                 ) -> tuple[list[Path], dict[str, dict[str, Any]]]:
    """List the article files a given path names, in a stable order, and its manifest."""
    if not path.exists():
        problems.append(Problem(display_path(path), "no such file or folder"))
        return [], {}
    if not path.is_dir():
        if not path.is_file():  # a FIFO or a device would block or never end
            problems.append(Problem(display_path(path), "not a regular file; skipped"))
            return [], {}
        return [path], _read_manifest(path.parent / MANIFEST, problems)
    files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    if not files:
        problems.append(Problem(display_path(path),
                                "folder holds no .txt, .html, .json or .jsonl files"))
    return files, _read_manifest(path / MANIFEST, problems)


def _file_id(file: Path, given: Path) -> str:
    """Name a file's article: its stem, with its subfolders when found below a given folder."""
    if given.is_dir() and file.parent != given:
        return display_path(file.relative_to(given).with_suffix("").as_posix())
    return display_path(file.stem)


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


def _read_manifest(path: Path, problems: list[Problem]) -> dict[str, dict[str, Any]]:
    """Read per-file overrides: a TOML table per file name with outlet, title, author, ..."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append(Problem(display_path(path),
                                f"manifest ignored: cannot be read ({exc.strerror or exc})"))
        return {}
    except (ValueError, RecursionError) as exc:  # TOML or UTF-8 errors, absurd nesting
        problems.append(Problem(display_path(path), f"manifest ignored: not valid TOML ({exc})"))
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name, fields in data.items():
        if not isinstance(fields, dict):
            problems.append(Problem(display_path(path),
                                    f"manifest entry {name!r} is not a table; ignored"))
            continue
        unknown = set(fields) - set(MANIFEST_FIELDS)
        if unknown:
            problems.append(Problem(display_path(path), f"manifest entry {name!r}: unknown fields "
                                               f"{', '.join(sorted(unknown))} ignored"))
        out[name] = {k: v for k, v in fields.items() if k in MANIFEST_FIELDS}
    return out


def _decode(path: Path) -> tuple[str | None, str | None, str | None]:
    """Give (text, warning, error) for a file that should hold text."""
    try:
        if path.suffix.lower() in (".txt", ".html", ".htm") and \
                path.stat().st_size > MAX_ARTICLE_BYTES:
            return None, None, f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB; not an article"
        raw = path.read_bytes()
    except OSError as exc:
        return None, None, f"cannot be read ({exc.strerror or exc})"
    return decode_bytes(raw)


def decode_bytes(raw: bytes) -> tuple[str | None, str | None, str | None]:
    """Decode text: UTF-8 (a stray Windows-1252 byte read as such), or UTF-16 by BOM or NULs."""
    if not raw.strip():
        return None, None, "empty file"
    utf16 = _utf16_order(raw)
    if utf16 is not None:
        text = raw.decode(utf16, errors="replace").removeprefix("\ufeff")
        if not text.strip():
            return None, None, "empty file"
        if _looks_like_text(text):
            return text, None, None
    if b"\x00" in raw[:8192]:
        return None, None, "binary file, not text"
    try:
        return raw.decode("utf-8-sig"), None, None
    except UnicodeDecodeError:
        pass
    _stray.count = 0
    text = raw.decode("utf-8-sig", errors=_CP1252_BYTES)
    bad = _stray.count
    if bad >= sum(1 for b in raw if b >= 0x80):
        return text, "not UTF-8; read as Windows-1252", None
    return text, f"{bad} byte(s) not UTF-8, read as Windows-1252", None


_stray = threading.local()  # bytes the handler below read as Windows-1252, per thread


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Read the bytes that are not UTF-8 as Windows-1252, and count them."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start:exc.end]
    _stray.count = getattr(_stray, "count", 0) + len(chunk)
    return chunk.decode("cp1252", errors="replace"), exc.end


_CP1252_BYTES = "reportgen-cp1252"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)


def _looks_like_text(text: str) -> bool:
    """Tell text from binary that decoded by chance: nearly every character printable."""
    sample = text[:4096]
    printable = sum(1 for c in sample if c.isprintable() or c in "\t\n\r\f")
    return printable >= 0.95 * len(sample)


def _utf16_order(raw: bytes) -> str | None:
    """Name UTF-16 text's byte order from its BOM, or from NULs in every other byte."""
    if raw.startswith(codecs.BOM_UTF16_LE) and not raw.startswith(codecs.BOM_UTF32_LE):
        return "utf-16-le"
    if raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    sample = raw[:8192]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0) / (len(sample) / 2), sample[1::2].count(0) / (
        len(sample) / 2)
    if odd > 0.3 and even < 0.02:  # Latin text: the high byte of each character is zero
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def _read_file(path: Path, ident: str, override: dict[str, Any], knowledge: Knowledge
               ) -> Iterator[Article | Problem]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, knowledge, override)
        return
    text, warning, error = _decode(path)
    source = display_path(path)
    if error or text is None:
        yield Problem(source, error or "unreadable")
        return
    if warning:
        yield Problem(source, warning)
    suffix = path.suffix.lower()
    if suffix == ".json":
        yield from _read_json(text, source, knowledge, override)
    elif suffix in (".html", ".htm"):
        yield _from_html(text, ident, source, knowledge, override)
    else:
        yield _from_text(text, ident, source, knowledge, override, {})


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


def _read_jsonl(path: Path, knowledge: Knowledge, override: dict[str, Any]) -> Iterator[
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
        yield _from_record(record, f"{source}:{n}", knowledge, override)


_LINE_BREAK = re.compile(r"\r\n?|\n")  # JSON Lines break at LF, CRLF or a lone CR only


def _jsonl_lines(fh: BinaryIO, source: str) -> Iterator[tuple[int, str, Problem | None]]:
    """Give (line number, text, warning) per line of a JSON-lines file, or one problem."""
    head = fh.read(8192)
    fh.seek(0)
    if _utf16_order(head) is not None:  # rare: decode the whole file, then split it
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
            _stray.count = 0
            line = part.decode("utf-8-sig" if n == 1 else "utf-8", errors=_CP1252_BYTES)
            warning = None
            if _stray.count and not warned:
                warned = True
                warning = Problem(source, f"not UTF-8 (first at line {n}); bytes that are "
                                          "not UTF-8 read as Windows-1252")
            yield n, line, warning


def _read_json(text: str, source: str, knowledge: Knowledge, override: dict[str, Any]
               ) -> Iterator[Article | Problem]:
    data, error = _parse_json(text)
    if error:
        yield Problem(source, error)
        return
    if not isinstance(data, list):
        yield _from_record(data, source, knowledge, override)
        return
    others = sum(1 for r in data if not isinstance(r, dict))
    if others:
        yield Problem(source, f"{others} of {len(data)} entries are not JSON objects; skipped")
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
    ident = _str(ident) or _content_id(text)
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
    given = {key: getattr(doc, attr, None) for key, attr in (
        ("outlet", "sitename"), ("title", "title"), ("author", "author"), ("published", "date"))}
    given["url"] = url or getattr(doc, "url", None)
    return _from_text(text, ident, source, knowledge, override, given)


def _from_text(text: str, ident: str, source: str, knowledge: Knowledge,
               override: dict[str, Any], given: dict[str, Any]) -> Article:
    fields = {**{k: v for k, v in given.items() if v not in (None, "")},
              **{k: v for k, v in override.items() if v not in (None, "")}}
    text, warnings = _normalise(text)
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


_LONE_CR = re.compile(r"\r(?!\n)")
_SURROGATE = re.compile("[\ud800-\udfff]")  # only lone ones survive JSON decoding


def _normalise(text: str) -> tuple[str, list[str]]:
    """Make text safe to analyze and write, one character for one so offsets hold.

    A lone CR (old Mac line endings) becomes LF; a lone surrogate escape from JSON, which no
    output encoding can write, becomes U+FFFD.
    """
    warnings = []
    text = _LONE_CR.sub("\n", text)
    text, n = _SURROGATE.subn("\ufffd", text)
    if n:
        warnings.append(f"{n} lone surrogate escape(s) in the text replaced by U+FFFD")
    return text, warnings


def _str(value: Any) -> str | None:
    """Give a metadata value as clean text, or None."""
    if value in (None, ""):
        return None
    return _SURROGATE.sub("\ufffd", str(value)).strip() or None


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
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def display_path(path: Path | str) -> str:
    """Give a path as one line any output can hold: undecodable bytes in a name become
    U+FFFD, and a line break or other control character is written as an escape (\\n)."""
    text = os.fsencode(path).decode("utf-8", errors="replace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
