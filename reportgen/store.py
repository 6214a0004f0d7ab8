"""The article store: SQLite, articles keyed by content hash, analyses by analyzer version.

A week is analyzed once; an article whose text or metadata changed, or a new analyzer version,
is analyzed again; nothing else is. Builds record a manifest of their inputs so that an
unchanged week is not rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields, is_dataclass
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from reportgen import __version__
from reportgen.models import Article, ArticleAnalysis, Segment

# The layout of a stored analysis. A row in another layout (an old pickle, a future version)
# is never decoded: the article is analyzed again and the row replaced.
ANALYSIS_FORMAT = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    hash TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    segments TEXT NOT NULL,
    warnings TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_text ON articles (text_hash);
CREATE TABLE IF NOT EXISTS analyses (
    hash TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (hash, analyzer)
);
CREATE TABLE IF NOT EXISTS builds (
    week TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    manifest TEXT NOT NULL
);
"""


@cache
def analyzer_version() -> str:
    """Name the analyzer: the package version and a digest of the analyzer code and knowledge.

    Any change to how articles are analyzed changes this, and so re-analyses stored articles.
    """
    digest = hashlib.sha256(__version__.encode())
    for package in ("reportgen.analyze", "reportgen.knowledge", "reportgen.ingest"):
        for item in _code_files(resources.files(package)):
            digest.update(item.name.encode())
            digest.update(item.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _code_files(folder: Traversable) -> list[Traversable]:
    """Give a package's .py and .tsv files, its subpackages' included, in a stable order."""
    out: list[Traversable] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.is_dir() and item.name != "__pycache__":
            out.extend(_code_files(item))
        elif item.name.endswith((".py", ".tsv")):
            out.append(item)
    return out


def article_hash(a: Article) -> str:
    """Key an article by its content: text and the metadata that shapes its analysis."""
    fields = [a.text, a.outlet or "", a.title or "", a.author or "",
              a.published.isoformat() if a.published else "", a.url or ""]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


class Store:
    """An open article store; use as a context manager or call close()."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")  # a crash never leaves it half-written
        self.db.executescript(SCHEMA)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

    # ------------------------------------------------------------------ articles

    def add(self, articles: Iterable[Article], today: date) -> tuple[int, int]:
        """Store articles; the same content or the same URL is stored once. Give (new, seen)."""
        new = seen = 0
        with self._tx() as db:
            for a in articles:
                h = article_hash(a)
                text_hash = hashlib.sha256(a.text.encode("utf-8")).hexdigest()
                exists = db.execute(
                    "SELECT 1 FROM articles WHERE hash = ? OR text_hash = ? OR "
                    "(url IS NOT NULL AND url = ?)", (h, text_hash, a.url)).fetchone()
                if exists:
                    seen += 1
                    continue
                db.execute(
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (h, a.id, a.url, a.outlet, a.title, a.author,
                     a.published.isoformat() if a.published else None, a.source, a.text,
                     json.dumps([asdict(s) for s in a.segments]), json.dumps(a.warnings),
                     text_hash, today.isoformat()))
                new += 1
        return new, seen

    def articles(self, since: date | None, until: date | None) -> list[Article]:
        """Give the stored articles published between two dates (both included)."""
        rows = self.db.execute(
            "SELECT id, source, text, outlet, title, author, published, url, segments, "
            "warnings FROM articles WHERE published IS NOT NULL AND published >= ? AND "
            "published <= ? ORDER BY published, id",
            ((since or date.min).isoformat(), (until or date.max).isoformat())).fetchall()
        return [Article(r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6]), r[7],
                        tuple(Segment(**s) for s in json.loads(r[8])),
                        tuple(json.loads(r[9]))) for r in rows]

    def has_url(self, url: str) -> bool:
        """Say whether an article fetched from this URL is stored (so it is not fetched again)."""
        return self.db.execute("SELECT 1 FROM articles WHERE url = ?",
                               (url,)).fetchone() is not None

    def newest_published(self, until: date) -> date | None:
        """Give the newest publication date on or before ``until`` among stored articles."""
        row = self.db.execute("SELECT MAX(published) FROM articles WHERE published IS NOT NULL "
                              "AND published <= ?", (until.isoformat(),)).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # ------------------------------------------------------------------ analyses

    def analysis(self, article: Article) -> ArticleAnalysis | None:
        """Give the stored analysis of an article by the current analyzer, if any.

        Anything but our JSON layout (an old pickle, an unknown version, a damaged row) is
        treated as not analyzed: it is never executed, only analyzed again and replaced.
        """
        row = self.db.execute("SELECT data FROM analyses WHERE hash = ? AND analyzer = ?",
                              (article_hash(article), analyzer_version())).fetchone()
        return None if row is None else decode_analysis(row[0])

    def keep_analysis(self, analysis: ArticleAnalysis) -> None:
        """Store an analysis as versioned JSON, replacing any older row."""
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
                       (article_hash(analysis.article), analyzer_version(),
                        encode_analysis(analysis)))

    # ------------------------------------------------------------------ builds

    def built(self, week: str) -> tuple[str, dict] | None:
        row = self.db.execute("SELECT fingerprint, manifest FROM builds WHERE week = ?",
                              (week,)).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def record_build(self, week: str, fingerprint: str, manifest: dict) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO builds VALUES (?, ?, ?)",
                       (week, fingerprint, json.dumps(manifest, sort_keys=True)))

    def weeks_built(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT week FROM builds ORDER BY week")]


# --------------------------------------------------------------------------- analyses as JSON

def _plain(value: Any) -> Any:
    """Turn a model value into JSON data: dataclasses to objects, tuples to lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_analysis(analysis: ArticleAnalysis) -> str:
    """Give an analysis as versioned JSON text (ASCII, so any text survives SQLite)."""
    return json.dumps({"format": ANALYSIS_FORMAT, "analysis": _plain(analysis)},
                      separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _build(kind: Any, value: Any) -> Any:
    """Rebuild a value of a model type from JSON data; raise ValueError when it does not fit."""
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in get_args(kind):
            return None
        (inner,) = [a for a in get_args(kind) if a is not type(None)]
        return _build(inner, value)
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(f"expected a list for {kind}")
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in value)
        return tuple(_build(a, v) for a, v in zip(args, value, strict=True))
    if is_dataclass(kind) and isinstance(kind, type):
        if not isinstance(value, dict):
            raise ValueError(f"expected an object for {kind.__name__}")
        return kind(**{name: _build(hint, value[name]) for name, hint in _hints(kind).items()})
    if kind is date:
        return date.fromisoformat(value)
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind in (int, str, bool) and type(value) is kind:
        return value
    raise ValueError(f"{value!r} is not a {kind}")


def decode_analysis(data: object) -> ArticleAnalysis | None:
    """Read a stored analysis; None for anything but this release's JSON layout."""
    if isinstance(data, bytes):
        if not data.startswith(b"{"):  # a pickle or other bytes: never decoded
            return None
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if not isinstance(data, str) or not data.startswith("{"):
        return None
    try:
        record = json.loads(data)
        if not isinstance(record, dict) or record.get("format") != ANALYSIS_FORMAT:
            return None
        return _build(ArticleAnalysis, record["analysis"])
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
