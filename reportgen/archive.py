"""Analyze an archive into flat Parquet tables, on this machine's cores or a Dask cluster.

The inputs (JSON-lines or Parquet files, or folders of them) are cut into parts of whole lines
or row groups; each part is read, analyzed and written by one task as
``OUT/TABLE/week=YYYY-Www/part-NNNNN.parquet`` for the tables articles, quotes and officials
(undated articles under ``week=unknown``). Parts are numbered in input order, so the same
inputs give the same files whether the parts ran on one process, several, or a cluster; DuckDB
and pandas read the folders directly, the week coming from the folder name.

pyarrow (and distributed, for a cluster) are optional: ``pip install reportgen[cluster]``.
Workers on a cluster need reportgen installed and the inputs and OUT at the same paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from reportgen.export import TABLES, table_rows, week_of
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Problem
from reportgen.parallel import Failure, map_ordered

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]

LINES_PER_PART = 200  # under 1 MB of news text: a few seconds of work per task
ARCHIVE_SUFFIXES = (".jsonl", ".parquet")
INSTALL_HINT = "pip install 'reportgen[cluster]'"


class ArchiveError(Exception):
    """The export cannot start: a missing library, an unusable folder, no reachable cluster."""


@dataclass(frozen=True, slots=True)
class Part:
    """A slice of one input file: lines [start, end) in bytes, or one Parquet row group."""

    index: int
    path: Path
    start: int  # byte offset (JSON lines) or row group (Parquet)
    end: int
    first: int  # number of its first line or row, counted from 1


@dataclass(frozen=True, slots=True)
class PartResult:
    """What one part gave: rows written per table, and its problems in input order."""

    index: int
    rows: tuple[tuple[str, int], ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class Exported:
    """The whole export: rows per table, parts, and every problem in input order."""

    out: Path
    parts: int
    rows: dict[str, int]
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class _Context:
    """What every task needs, sent once to each worker."""

    knowledge: Knowledge
    out: Path


def list_parts(inputs: Iterable[Path], lines_per_part: int = LINES_PER_PART
               ) -> tuple[list[Part], list[Problem]]:
    """Cut the inputs into parts of whole lines or row groups, in a stable order."""
    parts: list[Part] = []
    problems: list[Problem] = []
    for path in _archive_files(inputs, problems):
        if path.suffix.lower() == ".parquet":
            slices = _row_groups(path, problems)
        else:
            slices = _jsonl_slices(path, lines_per_part, problems)
        base = len(parts)
        parts.extend(Part(base + n, path, *s) for n, s in enumerate(slices))
    return parts, problems


def _archive_files(inputs: Iterable[Path], problems: list[Problem]) -> Iterator[Path]:
    for path in inputs:
        if not path.exists():
            problems.append(Problem(str(path), "no such file or folder"))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in ARCHIVE_SUFFIXES)
            if not files:
                problems.append(Problem(str(path), "folder holds no .jsonl or .parquet files"))
            yield from files
        elif path.suffix.lower() in ARCHIVE_SUFFIXES:
            yield path
        else:
            problems.append(Problem(str(path), "an archive is .jsonl or .parquet files; "
                                               "skipped"))


def _jsonl_slices(path: Path, lines_per_part: int, problems: list[Problem]
                  ) -> list[tuple[int, int, int]]:
    from reportgen.ingest import jsonl_parts

    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
        slices = jsonl_parts(path, lines_per_part)
    except OSError as exc:
        problems.append(Problem(str(path), f"cannot be read ({exc.strerror or exc})"))
        return []
    if b"\x00" in head:
        problems.append(Problem(str(path), "binary file, not text"))
        return []
    if not head.strip():
        problems.append(Problem(str(path), "empty file"))
        return []
    return slices


def _row_groups(path: Path, problems: list[Problem]) -> list[tuple[int, int, int]]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:  # not Parquet, truncated: one line, the others go on
        problems.append(Problem(str(path), f"not readable as Parquet ({exc})"))
        return []
    out, first = [], 1
    for group in range(meta.num_row_groups):
        out.append((group, group + 1, first))
        first += meta.row_group(group).num_rows
    return out


def read_part(part: Part, knowledge: Knowledge) -> Iterator[Article | Problem]:
    """Read one part's articles, with a problem for each line or row that is not one."""
    from reportgen.ingest import read_jsonl_part, read_record

    if part.path.suffix.lower() != ".parquet":
        yield from read_jsonl_part(part.path, part.start, part.end, part.first, knowledge)
        return
    import pyarrow.parquet as pq

    rows = pq.ParquetFile(part.path).read_row_group(part.start).to_pylist()
    for n, row in enumerate(rows, start=part.first):
        yield read_record({k: _plain(v) for k, v in row.items()}, f"{part.path}:{n}",
                          knowledge)


def _plain(value: Any) -> Any:
    """Give a Parquet date or timestamp as the ISO date a JSON line would hold."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def export_part(context: _Context, part: Part) -> PartResult:
    """Read, analyze and write one part; a bad article is a problem, never the part's end."""
    from reportgen.analyze import analyze_article

    rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
    problems: list[Problem] = []
    try:
        for item in read_part(part, context.knowledge):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            try:
                analysis = analyze_article(item, context.knowledge)
            except Exception as exc:  # one bad article never sinks the export
                problems.append(Problem(item.source, f"analysis failed ({type(exc).__name__}:"
                                                     f" {exc}); article left out"))
                continue
            week = week_of(item.published)
            for table, new in table_rows(analysis).items():
                rows.setdefault((table, week), []).extend(new)
        written = _write_part(context.out, part.index, rows)
    except Exception as exc:  # an unreadable file or a full disk: this part only
        problems.append(Problem(f"{part.path}:{part.first}", f"part {part.index} failed "
                                f"({type(exc).__name__}: {exc}); its rows are missing"))
        written = {}
    return PartResult(part.index, tuple(sorted(written.items())), tuple(problems))


def _write_part(out: Path, index: int, rows: dict[tuple[str, str], list[dict[str, Any]]]
                ) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    written: dict[str, int] = {}
    for (table, week), records in sorted(rows.items()):
        folder = out / table / f"week={week}"
        folder.mkdir(parents=True, exist_ok=True)
        data = pa.Table.from_pylist(records, schema=schema(table))
        tmp = folder / f".part-{index:05d}.parquet.tmp"
        pq.write_table(data, tmp)
        tmp.replace(folder / f"part-{index:05d}.parquet")  # a reader never sees half a file
        written[table] = written.get(table, 0) + len(records)
    return written


def schema(table: str):
    """Give the pyarrow schema of one table (its columns and types from ``export.TABLES``)."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "date": pa.date32()}
    return pa.schema([(name, types[kind]) for name, kind in TABLES[table].items()])


def _quiet(items: Sequence[T], _label: str) -> Iterable[T]:
    return items


def export_archive(inputs: Sequence[Path], out: Path, knowledge: Knowledge, *,
                   scheduler: str | None = None, jobs: int = 1,
                   lines_per_part: int = LINES_PER_PART, progress: Progress = _quiet
                   ) -> Exported:
    """Analyze the inputs into Parquet tables under ``out``, on a cluster or ``jobs`` cores."""
    _need("pyarrow")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ArchiveError(f"{out}: not an empty folder; the tables go into a new one")
    parts, problems = list_parts(inputs, lines_per_part)
    if not parts:
        detail = "; ".join(str(p) for p in problems[:3])
        raise ArchiveError("no article to export" + (f" ({detail})" if detail else ""))
    out.mkdir(parents=True, exist_ok=True)
    context = _Context(knowledge, out.resolve())
    if scheduler:
        results = _on_cluster(scheduler, parts, context, progress)
    else:
        done = map_ordered(export_part, progress(parts, "exporting"), context, jobs,
                           label=_part_label, chunk=1, preload=("reportgen.analyze",))
        results = [_part_result(r, p) for r, p in zip(done, parts, strict=True)]
    rows = {table: 0 for table in TABLES}
    for result in results:
        for table, n in result.rows:
            rows[table] += n
        problems.extend(result.problems)
    return Exported(out, len(parts), rows, tuple(problems))


def _part_label(part: Part) -> str:
    return f"{part.path}:{part.first}"


def _part_result(result: PartResult | Failure, part: Part) -> PartResult:
    if isinstance(result, PartResult):
        return result
    return PartResult(part.index, (), (Problem(result.source, f"part failed ({result.message})"),))


def _on_cluster(address: str, parts: list[Part], context: _Context,
                progress: Progress) -> list[PartResult]:
    """Run every part on the Dask cluster at ``address``; give the results in part order."""
    _need("distributed")
    from distributed import Client

    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ArchiveError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    with client:
        shared = client.scatter(context, broadcast=True)  # the knowledge, once per worker
        futures = client.map(export_part, [shared] * len(parts), parts, pure=False)
        return [_future_result(f, p) for f, p in zip(progress(futures, "exporting"), parts,
                                                      strict=True)]


def _future_result(future: Any, part: Part) -> PartResult:
    try:
        result: PartResult = future.result()
    except Exception as exc:  # the worker died, or the cluster lost the task
        return PartResult(part.index, (), (Problem(_part_label(part), "part failed on the "
                                                   f"cluster ({type(exc).__name__}: {exc})"),))
    return result


def _need(module: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ArchiveError(f"Parquet tables and clusters need {module}: {INSTALL_HINT}")
