"""reportgen build: a briefing from articles given, or a week from the store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from reportgen.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    find_config_path,
    jobs_of,
    load_project,
    progress_bar,
    report_problems,
)


def run_build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Build a briefing from the articles given, or a week from the store."""
    from reportgen.build import BuildError, build_briefing, render_briefing, write_outputs
    from reportgen.config import SettingsError, parse_period, parse_week
    from reportgen.knowledge import load_knowledge
    from reportgen.render import TEMPLATE, default_templates

    try:
        if args.until and args.week:
            raise SettingsError("--until goes with --since, not with --week")
        period = parse_week(args.week) if args.week else parse_period(args.since, args.until)
    except SettingsError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_USAGE
    templates = args.templates or default_templates()
    if not (templates / TEMPLATE).is_file():
        print(f"reportgen: {templates}: no {TEMPLATE} in this templates folder", file=err)
        return EXIT_USAGE
    if not args.inputs:
        config_path = find_config_path(args)
        if config_path is not None:
            return _build_from_store(args, config_path, templates, out, err)
        if not Path("seeds").exists():  # the demo's default, absent: say what build needs
            print("reportgen: nothing to build: no articles given, no reportgen.toml here and "
                  "no seeds/ folder; give articles (reportgen build FOLDER) or --config FILE",
                  file=err)
            return EXIT_USAGE
    inputs = args.inputs or [Path("seeds")]
    knowledge = load_knowledge()
    lens = args.lens or "auto"
    if args.config is not None:  # articles given: the config adds its knowledge and lens
        loaded = load_project(args.config, err)
        if loaded is None:
            return EXIT_USAGE
        knowledge = loaded[1]
        lens = args.lens or loaded[0].lens
    try:
        briefing = build_briefing(inputs, knowledge, period, title=args.title,
                                  progress=progress_bar(err), jobs=jobs_of(args), lens=lens)
    except BuildError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    report_problems(briefing.problems, briefing.articles, err)
    try:
        rendered = render_briefing(briefing, templates)
        paths = write_outputs(rendered, args.out)
    except OSError as exc:
        print(f"reportgen: {args.out}: cannot write the briefing ({exc.strerror or exc}); "
              "the previous briefing is untouched", file=err)
        return EXIT_FAILED
    except Exception as exc:  # a template or layout error: nothing was written
        print(f"reportgen: rendering failed ({type(exc).__name__}: {exc}); nothing was "
              "written", file=err)
        return EXIT_FAILED
    n_quotes = sum(len(a.quotes) for a in briefing.articles)
    print(f"Briefing of {len(briefing.articles)} articles from {len(briefing.outlets)} outlets "
          f"({n_quotes} quotes) written to {', '.join(str(p) for p in paths)}", file=out)
    return EXIT_OK


def _build_from_store(args, config_path: Path, templates: Path, out: TextIO,
                      err: TextIO) -> int:
    from dataclasses import replace
    from datetime import date

    from reportgen.build import BuildError, build_week
    from reportgen.config import parse_week
    from reportgen.schedule import BuildLock, LockBusy, default_week

    loaded = load_project(config_path, err)
    if loaded is None:
        return EXIT_USAGE
    config, knowledge = loaded
    if args.lens:  # --lens wins over [output] lens
        config = replace(config, lens=args.lens)
    if args.since or args.until:
        print("reportgen: a build from the store takes --week, not --since/--until",
              file=err)
        return EXIT_USAGE
    if args.week:
        period = parse_week(args.week)
    else:
        from reportgen.store import StoreError

        try:
            period, why = default_week(config, date.today())
        except StoreError as exc:
            print(f"reportgen: {exc}", file=err)
            return EXIT_FAILED
        print(f"reportgen: no --week given: {why}", file=err)
    try:
        with BuildLock(config.output):
            result = build_week(config, knowledge, period, templates, force=args.force,
                                progress=progress_bar(err), jobs=jobs_of(args))
    except LockBusy as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    except BuildError as exc:
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:  # the output folder cannot be written (read-only, full)
        print(f"reportgen: {exc.filename or config.output}: cannot write there "
              f"({exc.strerror or exc}); nothing was built", file=err)
        return EXIT_FAILED
    if not result.built:
        print(f"{result.week}: unchanged since the last build, not rebuilt "
              f"({result.out_dir}); use --force to rebuild", file=out)
    else:
        print(f"{result.week}: briefing of {result.articles} articles ({result.analyzed} "
              f"analyzed now) written to {result.out_dir}", file=out)
    return EXIT_OK
