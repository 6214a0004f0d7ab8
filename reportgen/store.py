"""The article store: SQLite, articles keyed by content hash, analyses by analyzer version.

A week is analyzed once; an article whose text or metadata changed, or a new analyzer version,
is analyzed again; nothing else is. Builds record a manifest of their inputs so that an
unchanged week is not rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import types
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields, is_dataclass
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from reportgen import __version__
from reportgen.models import Article, ArticleAnalysis, Problem, Segment

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
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL
);
"""
STORE_VERSION = 1  # PRAGMA user_version of a store this release writes
COLUMNS = {
    "articles": ("hash", "id", "url", "outlet", "title", "author", "published", "source",
                 "text", "segments", "warnings", "text_hash", "added"),
    "analyses": ("hash", "analyzer", "data"),
    "builds": ("week", "fingerprint", "manifest"),
    "files": ("path", "size", "mtime_ns"),
}
_MOVE_ASIDE = "move it aside and run 'reportgen ingest' to start a new store"


class StoreError(Exception):
    """The store cannot be used (not a store, damaged, another layout, unwritable): one line."""


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
        self.path = path
        self.problems: list[Problem] = []  # damaged rows left out, one line each
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot make its folder ({exc.strerror or exc})") from None
        try:
            self.db = sqlite3.connect(path, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from None
        try:
            with self.faults("open"):
                self._open()
        except StoreError:
            self.db.close()
            raise

    def _open(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > STORE_VERSION:
            raise StoreError(f"{self.path}: made by a newer reportgen (store version "
                             f"{version}); use that release, or {_MOVE_ASIDE}")
        self._check_tables()  # before SCHEMA: its indexes would fail on a foreign table
        self.db.execute("PRAGMA journal_mode=WAL")  # a crash never leaves it half-written
        self.db.executescript(SCHEMA)
        self._check_tables()
        if version < STORE_VERSION:
            self.db.execute(f"PRAGMA user_version = {STORE_VERSION}")

    def _check_tables(self) -> None:
        for table, expected in COLUMNS.items():
            have = tuple(r[1] for r in self.db.execute(f"PRAGMA table_info({table})"))
            if have and have != expected:
                raise StoreError(f"{self.path}: table {table!r} has columns {', '.join(have)}, "
                                 f"not those of a reportgen store; {_MOVE_ASIDE}")

    @contextmanager
    def faults(self, doing: str) -> Iterator[None]:
        """Turn an SQLite or disk error while ``doing`` something into one StoreError line."""
        try:
            yield
        except StoreError:
            raise
        except sqlite3.OperationalError as exc:  # locked, read-only, disk full, I/O
            raise StoreError(f"{self.path}: cannot {doing} ({exc})") from None
        except sqlite3.DatabaseError as exc:  # not a database, or damaged
            raise StoreError(f"{self.path}: not a reportgen store, or damaged ({exc}); "
                             f"{_MOVE_ASIDE}") from None
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot {doing} ({exc})") from None

    def healthy(self) -> bool:
        """Check the whole file (SQLite's quick_check): False when pages are damaged."""
        try:
            rows = self.db.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            return False
        return rows == [("ok",)]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the store's database connection."""
        self.db.close()

    @contextmanager
    def _tx(self, doing: str = "write to the store") -> Iterator[sqlite3.Connection]:
        with self.faults(doing), self.db:
            yield self.db

    # ------------------------------------------------------------------ articles

    def add(self, articles: Iterable[Article], today: date) -> tuple[int, int]:
        """Store articles; the same content or the same URL is stored once. Give (new, seen)."""
        new = seen = 0
        with self._tx("store the articles") as db:
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
        """Give the stored articles published between two dates (both included).

        A damaged row is left out and named in ``problems``; a damaged file raises StoreError.
        """
        with self.faults("read the articles"):
            rows = self.db.execute(
                "SELECT id, source, text, outlet, title, author, published, url, segments, "
                "warnings FROM articles WHERE published IS NOT NULL AND published >= ? AND "
                "published <= ? ORDER BY published, id",
                ((since or date.min).isoformat(), (until or date.max).isoformat())).fetchall()
        out = []
        for row in rows:
            article = _article_from_row(row)
            if article is None:
                self.problems.append(Problem(f"{self.path}: article {str(row[0])[:40]!r}",
                                             "stored row is damaged; left out"))
            else:
                out.append(article)
        if not out and not self.healthy():
            raise StoreError(f"{self.path}: the store is damaged (SQLite quick_check fails); "
                             f"{_MOVE_ASIDE}")
        return out

    def has_url(self, url: str) -> bool:
        """Say whether an article fetched from this URL is stored (so it is not fetched again)."""
        with self.faults("read the articles"):
            return self.db.execute("SELECT 1 FROM articles WHERE url = ?",
                                   (url,)).fetchone() is not None

    def newest_published(self, until: date) -> date | None:
        """Give the newest publication date on or before ``until`` among stored articles."""
        with self.faults("read the articles"):
            row = self.db.execute("SELECT MAX(published) FROM articles WHERE published IS NOT "
                                  "NULL AND published <= ?", (until.isoformat(),)).fetchone()
        try:
            return date.fromisoformat(row[0]) if row and row[0] else None
        except (TypeError, ValueError):  # a damaged date: no newest week to offer
            return None

    def count(self) -> int:
        """Give how many articles the store holds."""
        with self.faults("count the articles"):
            return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # ------------------------------------------------------------------ analyses

    def analysis(self, article: Article) -> ArticleAnalysis | None:
        """Give the stored analysis of an article by the current analyzer, if any.

        Anything but our JSON layout (an old pickle, an unknown version, a damaged row) is
        treated as not analyzed: it is never executed, only analyzed again and replaced.
        """
        with self.faults("read an analysis"):
            row = self.db.execute("SELECT data FROM analyses WHERE hash = ? AND analyzer = ?",
                                  (article_hash(article), analyzer_version())).fetchone()
        return None if row is None else decode_analysis(row[0])

    def keep_analysis(self, analysis: ArticleAnalysis) -> None:
        """Store an analysis as versioned JSON, replacing any older row."""
        with self._tx("store an analysis") as db:
            db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
                       (article_hash(analysis.article), analyzer_version(),
                        encode_analysis(analysis)))

    # ------------------------------------------------------------------ builds

    def built(self, week: str) -> tuple[str, dict] | None:
        """Give the fingerprint and manifest of a week's last build; None if none (or damaged)."""
        with self.faults("read the builds"):
            row = self.db.execute("SELECT fingerprint, manifest FROM builds WHERE week = ?",
                                  (week,)).fetchone()
        if row is None or not isinstance(row[0], str) or not isinstance(row[1], str):
            return None
        try:
            manifest = json.loads(row[1])
        except (ValueError, RecursionError):
            return None  # a damaged record: the week is built again
        return (row[0], manifest) if isinstance(manifest, dict) else None

    def record_build(self, week: str, fingerprint: str, manifest: dict) -> None:
        """Record a week's build: its fingerprint and manifest."""
        with self._tx("record the build") as db:
            db.execute("INSERT OR REPLACE INTO builds VALUES (?, ?, ?)",
                       (week, fingerprint, json.dumps(manifest, sort_keys=True)))

    def weeks_built(self) -> list[str]:
        """Give the weeks built so far, in order (well-formed week names only)."""
        with self.faults("read the builds"):
            return [r[0] for r in self.db.execute("SELECT week FROM builds ORDER BY week")
                    if isinstance(r[0], str) and _WEEK.match(r[0])]

    # ------------------------------------------------------------------ files ingested

    def files(self) -> dict[str, tuple[int, int]]:
        """Give each file read at the last ingest: path -> (size, mtime in ns)."""
        with self.faults("read the files ingested"):
            return {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT * FROM files")}

    def keep_files(self, seen: dict[str, tuple[int, int]], gone: Iterable[str] = ()) -> None:
        """Record the files read now, so that an unchanged one is not read again."""
        with self._tx("record the files ingested") as db:
            db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                           ((p, size, mtime) for p, (size, mtime) in seen.items()))
            db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in gone))


_WEEK = re.compile(r"^\d{4}-W\d{2}$")


def _article_from_row(r: tuple) -> Article | None:
    """Make an article from a stored row; None when the row does not hold one."""
    try:
        if not all(isinstance(v, str) for v in (r[0], r[1], r[2])):
            return None
        extra = [v if isinstance(v, str) else None for v in (r[3], r[4], r[5], r[7])]
        segments = tuple(Segment(int(s["start"]), int(s["end"]), str(s["kind"]))
                         for s in json.loads(r[8]))
        warnings = tuple(str(w) for w in json.loads(r[9]))
        return Article(r[0], r[1], r[2], extra[0], extra[1], extra[2],
                       date.fromisoformat(r[6]), extra[3], segments, warnings)
    except (ValueError, TypeError, KeyError, RecursionError):
        return None


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


Decoder = Callable[[Any], Any]


@cache
def _decoder(kind: Any) -> Decoder:
    """Make, once per type, the function that rebuilds a value of it from JSON data.

    Each raises ValueError, TypeError or KeyError when the data does not fit the type.
    """
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        return _optional_decoder(kind)
    if origin is tuple:
        return _tuple_decoder(kind)
    if is_dataclass(kind) and isinstance(kind, type):
        return _dataclass_decoder(kind)
    return _scalar_decoder(kind)


def _optional_decoder(kind: Any) -> Decoder:
    (inner,) = [a for a in get_args(kind) if a is not type(None)]
    decode = _decoder(inner)
    nullable = type(None) in get_args(kind)
    return lambda v: None if v is None and nullable else decode(v)


def _tuple_decoder(kind: Any) -> Decoder:
    args = get_args(kind)
    if len(args) == 2 and args[1] is Ellipsis:
        each = _decoder(args[0])

        def many(v: Any) -> tuple:
            if type(v) is not list:
                raise ValueError(f"expected a list for {kind}")
            return tuple([each(x) for x in v])
        return many
    parts = tuple(_decoder(a) for a in args)

    def fixed(v: Any) -> tuple:
        if type(v) is not list or len(v) != len(parts):
            raise ValueError(f"expected a list of {len(parts)} for {kind}")
        return tuple([f(x) for f, x in zip(parts, v, strict=True)])
    return fixed


def _dataclass_decoder(cls: type) -> Decoder:
    fields_ = [(name, _decoder(hint)) for name, hint in get_type_hints(cls).items()]

    def build(v: Any) -> Any:
        if type(v) is not dict:
            raise ValueError(f"expected an object for {cls.__name__}")
        return cls(**{name: decode(v[name]) for name, decode in fields_})
    return build


def _scalar_decoder(kind: Any) -> Decoder:
    if kind is date:
        return date.fromisoformat
    if kind is float:
        def number(v: Any) -> float:
            if type(v) not in (int, float):
                raise ValueError(f"{v!r} is not a number")
            return float(v)
        return number
    if kind in (int, str, bool):
        def exactly(v: Any) -> Any:
            if type(v) is not kind:
                raise ValueError(f"{v!r} is not a {kind.__name__}")
            return v
        return exactly
    raise TypeError(f"no JSON form for {kind}")


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
        return _decoder(ArticleAnalysis)(record["analysis"])
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
