"""reportgen ingest and reportgen schedule: the unattended weekly path."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from reportgen.cli import common
from reportgen.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE


def run_unattended(args, out: TextIO, err: TextIO) -> int:
    """Ingest the configured sources once, or run or print the weekly schedule."""
    import signal
    import threading
    from datetime import date

    from reportgen.render import default_templates
    from reportgen.schedule import Scheduler, ingest

    path = common.find_config_path(args)
    if path is None:
        print("reportgen: no reportgen.toml here; pass --config FILE (the README shows one)",
              file=err)
        return EXIT_USAGE
    loaded = common.load_project(path, err)
    if loaded is None:
        return EXIT_USAGE
    config, knowledge = loaded
    if args.command == "ingest":
        from reportgen.store import StoreError

        try:
            cycle = ingest(config, knowledge, date.today(), jobs=common.jobs_of(args))
        except StoreError as exc:
            print(f"reportgen: {exc}", file=err)
            return EXIT_FAILED
        for p in cycle.problems:
            print(f"reportgen: skipped: {p}", file=err)
        for n in cycle.notes:
            print(f"reportgen: note: {n}", file=err)
        print(f"{cycle.new} new articles stored ({cycle.seen} already there) in {config.store}"
              + (f"; {cycle.unchanged} files unchanged since the last ingest, not read again"
                 if cycle.unchanged else ""), file=out)
        return EXIT_OK
    if args.print_as:
        return _print_schedule(args.print_as, config, path, out, err)
    scheduler = Scheduler(config, knowledge, default_templates(),
                          log=lambda line: print(line, file=err, flush=True))
    if args.once:  # 1 after a failure was reported, or when another build held the lock
        once = scheduler.cycle()
        return EXIT_OK if once is not None and not once.problems else EXIT_FAILED
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        scheduler.run(stop)
    except KeyboardInterrupt:
        stop.set()
        print("reportgen: scheduler stopped", file=err)
    return EXIT_OK


def _print_schedule(form: str, config, path: Path, out: TextIO, err: TextIO) -> int:
    from reportgen.schedule import ScheduleError, crontab_line, systemd_units

    try:
        text = crontab_line(config, path) + "\n" if form == "cron" else systemd_units(config,
                                                                                    path)
    except ScheduleError as exc:
        print(f"reportgen: {path}: {exc}", file=err)
        return EXIT_USAGE
    print(text, file=out, end="")
    return EXIT_OK
