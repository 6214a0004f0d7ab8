"""The command line: parse, build settings, call the library, print, map errors to exit codes.

Exit codes: 0 done (inputs that could not be read are reported, one line each, and skipped);
1 nothing could be built; 2 the command line or a setting is wrong. ``schedule --once`` gives 1
after reporting a failure (a source skipped, a week not built) or when another build held the
lock, so cron and systemd see a run that needs a look; a quiet week (nothing new, nothing
published, an unchanged week not rebuilt) is 0 with a line saying so. A reader of standard
output that stops reading (``reportgen analyze ... | head``) ends the run quietly with 141, as
SIGPIPE would.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TextIO

from reportgen.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from reportgen.cli.parser import build_parser
from reportgen.knowledge.rows import KnowledgeError
from reportgen.parallel import COLLECT_EVERY, WorkerDied

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(out)
        return EXIT_USAGE
    _freeze_at_exit()
    try:
        with _fewer_collections():
            return _run(args, out, err)
    except KnowledgeError as exc:  # a knowledge file edited wrong: like a config mistake
        print(f"reportgen: {exc}", file=err)
        return EXIT_USAGE
    except WorkerDied as exc:  # killed for memory, say: one line, not a traceback
        print(f"reportgen: {exc}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("reportgen: interrupted; nothing was written", file=err)
        return 130
    except BrokenPipeError:  # the reader went away (`reportgen analyze ... | head`): stop quietly
        _discard_rest(out)
        return EXIT_PIPE_CLOSED


EXIT_PIPE_CLOSED = 128 + 13
"""What a shell reports for a program stopped by SIGPIPE, as ``head`` leaves it: the reader
chose to stop reading, so there is nothing to say on stderr."""


def _discard_rest(out: TextIO) -> None:
    """Point the process's standard output at /dev/null, so the interpreter's own flush at
    exit does not meet the closed pipe again and print a traceback after ours (the recipe of
    the Python documentation's note on SIGPIPE). A stream the caller passed in is left alone."""
    if out is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor behind stdout: nothing to flush there
        pass


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run CPython's cyclic garbage collector less often while a command runs (see
    ``COLLECT_EVERY``); garbage in cycles is still collected, every 200,000 new objects. The
    thresholds are put back after, for a program that calls ``main`` (the tests, the
    benchmarks), with the objects the command left in the young generations moved to the
    oldest, uncollected (``_to_oldest``)."""
    previous = gc.get_threshold()
    gc.set_threshold(*COLLECT_EVERY)
    try:
        yield
    finally:
        _to_oldest()
        gc.set_threshold(*previous)


def _to_oldest() -> None:
    """Move every object the collector tracks to its oldest generation without a pass over
    them: with the thresholds put back, the next object made had the collector pass over all
    the objects the command left young at once (most of them alive: the tables read, what
    the analysis keeps between articles), 0.05 s after the 304 PolNeAR dev articles, 0.22 s
    after 2,000 bulk ones, in a process that ends right after. Garbage among them is
    collected with the oldest generation. Only where nothing is frozen (``gc.freeze``): a
    program's own frozen objects stay frozen."""
    if gc.get_freeze_count() == 0:
        gc.freeze()  # into the permanent generation: a move, no pass over the objects
        gc.unfreeze()  # ... and back into the oldest generation


@cache
def _freeze_at_exit() -> None:
    """Spare the interpreter's exit its last full passes of the collector over every object
    the command made (0.23 s of a 10-article build): the objects are frozen when the process
    ends, then freed by reference counting as before; a cycle among them is left to the
    operating system, as Python runs no finalizer at exit for certain anyway."""
    atexit.register(gc.freeze)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the command parsed; its modules import only when it runs."""
    if args.command == "build":
        from reportgen.cli.build import run_build

        return run_build(args, out, err)
    if args.command == "stories":
        from reportgen.cli.stories import run_stories

        return run_stories(args, out, err)
    if args.command in ("ingest", "schedule"):
        from reportgen.cli.unattended import run_unattended

        return run_unattended(args, out, err)
    from reportgen.cli.analyze import run_analyze, run_export

    if args.command == "export" or args.out is not None:
        return run_export(args, out, err)
    return run_analyze(args, out, err)
