"""reportgen analyze and reportgen export: per-article results, printed or as Parquet."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import TextIO

from reportgen.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    T,
    find_config_path,
    jobs_of,
    knowledge_of,
    load_project,
    progress_bar,
)


def run_analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print each article's analysis, in input order."""
    if args.scheduler:
        print("reportgen: --scheduler writes Parquet tables: give --out DIR", file=err)
        return EXIT_USAGE
    from reportgen.ingest import iter_inputs
    from reportgen.parallel import Failure, map_ordered

    knowledge = knowledge_of(args, err)
    if knowledge is None:
        return EXIT_USAGE
    # read here one article at a time; analyze and format on every core; write in input order
    results = map_ordered(_analysis_text, iter_inputs(args.inputs, knowledge),
                          (knowledge, args.format), jobs_of(args), label=_item_source,
                          preload=("reportgen.analyze", "reportgen.export"))
    written = 0
    for result in _stream_progress(results, err):
        if isinstance(result, str):
            out.write(result)
            written += 1
        elif isinstance(result, Failure):
            print(f"reportgen: skipped or partial: {result.source}: analysis failed "
                  f"({result.message}); article left out", file=err)
        else:
            print(f"reportgen: skipped or partial: {result}", file=err)
    return EXIT_OK if written else EXIT_FAILED


def run_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Analyze an archive into Parquet tables by week."""
    from reportgen.archive import ArchiveError, export_archive
    from reportgen.knowledge import load_knowledge

    knowledge, scheduler = load_knowledge(), args.scheduler
    config_path = find_config_path(args)
    if config_path is not None:
        loaded = load_project(config_path, err)
        if loaded is None:
            return EXIT_USAGE
        knowledge, scheduler = loaded[1], scheduler or loaded[0].scheduler
    try:
        done = export_archive(args.inputs, args.out, knowledge, scheduler=scheduler,
                              jobs=jobs_of(args), progress=progress_bar(err))
    except ArchiveError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    for p in done.problems:
        print(f"reportgen: skipped or partial: {p}", file=err)
    counts = ", ".join(f"{n} {table}" for table, n in done.rows.items())
    where = f", on {scheduler}" if scheduler else ""
    print(f"{counts} written to {done.out} ({done.parts} part{'s' if done.parts > 1 else ''}"
          f"{where})", file=out)
    return EXIT_OK if done.rows["articles"] else EXIT_FAILED


def _analysis_text(context: tuple, item):
    """Analyze one article and give its output (a problem read earlier passes through)."""
    from reportgen.analyze import analyze_article
    from reportgen.export import analysis_dict
    from reportgen.models import Problem

    if isinstance(item, Problem):
        return item
    knowledge, form = context
    analysis = analyze_article(item, knowledge)
    if form == "jsonl":
        return json.dumps(analysis_dict(analysis), ensure_ascii=False) + "\n"
    return _table_text(analysis)


def _item_source(item) -> str:
    return item.source


def _stream_progress(items: Iterable[T], stream: TextIO) -> Iterable[T]:
    """Count articles on a terminal as they are written; nothing otherwise."""
    if not stream.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc="analyzing", unit="article", file=stream, leave=False)


def _table_text(a) -> str:
    art = a.article
    date = art.published.isoformat() if art.published else "date unknown"
    lines = [f"== {art.id} · {art.outlet or 'unknown outlet'} · {date}", f"   {art.title or ''}"]
    for n, q in enumerate(a.quotes, start=1):
        who = q.actor.name if q.actor else "unattributed"
        text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
        lines.append(f"   q{n:<3} {q.kind:8} {who[:32]:32} {(q.cue or '—')[:12]:12} {text}")
    lines.append(f"   tone: narrative {a.narrative.polarity:+.2f}, quoted "
                 f"{a.quoted.polarity:+.2f}")
    return "\n".join(lines) + "\n"
