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
from typing import Any
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
    paths: Iterable[Path], knowledge: Knowledge
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Read every article under the given files and folders, in a stable order."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(str(path), "no such file or folder"))
            continue
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
        for file in files:
            for item in _read_file(file, knowledge, manifest.get(file.name, {})):
                (articles if isinstance(item, Article) else problems).append(item)
    seen: set[str] = set()
    unique = []
    for article in articles:
        if article.id in seen:
            problems.append(Problem(article.source, f"duplicate article id {article.id!r}; "
                                                    "kept the first"))
            continue
        seen.add(article.id)
        unique.append(article)
    return tuple(unique), tuple(problems)


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
    text, warning, error = _decode(path)
    source = str(path)
    if error or text is None:
        yield Problem(source, error or "unreadable")
        return
    if warning:
        yield Problem(source, warning)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Problem(f"{source}:{n}", f"malformed JSON ({exc.msg}); line skipped")
                continue
            yield _from_record(record, f"{source}:{n}", knowledge, override)
    elif suffix == ".json":
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
    elif suffix in (".html", ".htm"):
        yield _from_html(text, path.stem, str(path), knowledge, override)
    else:
        yield _from_text(text, path.stem, source, knowledge, override, {})


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
