"""Find the files to read under given files and folders, with their manifest entries.

A ``FileIndex`` remembers each file's size and modification time, so a later ingest reads only
what changed.
"""

from __future__ import annotations

import os
import time
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportgen.models import Problem

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
MANIFEST = "manifest.toml"
MANIFEST_FIELDS = ("outlet", "title", "author", "published", "url")


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
        """Give the files of the last ingest that are not there now, sorted."""
        return sorted(set(self.before) - set(self.now))


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

def display_path(path: Path | str) -> str:
    """Give a path as one line any output can hold: undecodable bytes in a name become
    U+FFFD, and a line break or other control character is written as an escape (\\n)."""
    text = os.fsencode(path).decode("utf-8", errors="replace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
