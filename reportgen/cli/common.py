"""What the commands share: exit codes, progress bars, --jobs, loading reportgen.toml."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def jobs_of(args: argparse.Namespace) -> int:
    """Give the processes to use: --jobs, else every core."""
    from reportgen.parallel import default_jobs

    return args.jobs or default_jobs()


def progress_bar(stream: TextIO):
    """Give a progress wrapper: a bar on a terminal, nothing otherwise."""
    def wrap(items: Sequence[T], label: str) -> Iterable[T]:
        if not stream.isatty() or len(items) < 20:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=label, unit="article", file=stream, leave=False)
    return wrap


def find_config_path(args: argparse.Namespace) -> Path | None:
    """Give --config, else ./reportgen.toml when there is one."""
    from reportgen.config import find_config

    return find_config(getattr(args, "config", None), Path.cwd())


def load_project(path: Path, err: TextIO):
    """Load reportgen.toml and the knowledge it extends; None after printing the mistakes."""
    from reportgen.config import ConfigError, load_config
    from reportgen.knowledge import apply_config, load_knowledge

    try:
        config = load_config(path)
    except ConfigError as exc:
        for line in str(exc).splitlines():
            print(f"reportgen: {line}", file=err)
        return None
    return config, apply_config(load_knowledge(), config)


def knowledge_of(args: argparse.Namespace, err: TextIO):
    """Give the knowledge, extended by --config when given; None after printing its mistakes."""
    from reportgen.knowledge import load_knowledge

    if args.config is None:
        return load_knowledge()
    loaded = load_project(args.config, err)
    return None if loaded is None else loaded[1]


def report_problems(problems, analyses, err: TextIO) -> None:
    """Print the inputs skipped and one line of notes per article."""
    for p in problems:
        print(f"reportgen: skipped or partial: {p}", file=err)
    for a in analyses:  # one line per article, however many notes
        notes = ["no attributed quotes found"] if not a.quotes else []
        notes.extend(a.article.warnings)
        if notes:
            print(f"reportgen: note: {a.article.source}: {'; '.join(notes)}", file=err)
