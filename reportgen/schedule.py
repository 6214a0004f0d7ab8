"""Run unattended: ingest, then build the last complete week, on a cron schedule.

The clock and the wait are injected, so tests drive a missed week, a crash and two builds at
once without sleeping. One build runs at a time: an exclusive ``flock`` on a lock file, which
the operating system releases when the holder dies, so a crash never leaves it stuck.
"""

from __future__ import annotations

import fcntl
import json
import os
import shlex
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from reportgen.build import BuildError, EmptyWeek, WeekBuild, build_week, first_of_each_id
from reportgen.config import Period, ProjectConfig, last_complete_week, parse_week, week_name
from reportgen.fetch import Fetcher, gather
from reportgen.ingest import FileIndex
from reportgen.knowledge import Knowledge
from reportgen.models import Deferred
from reportgen.publish import MANIFEST_NAME
from reportgen.store import Store, StoreError, article_hash

LOCK_NAME = ".reportgen.lock"
MAX_CATCH_UP = 8  # a scheduler down for months builds the last eight weeks, not all of them


class LockBusy(Exception):
    """Another reportgen build holds the lock."""


class BuildLock:
    """An exclusive, non-blocking lock on OUTPUT/.reportgen.lock that dies with its holder."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def __enter__(self) -> BuildLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise LockBusy(f"another reportgen build is running (pid {holder}); "
                           f"{self.path} is locked") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def next_run(cron: str, after: datetime) -> datetime:
    """Give the first time after ``after`` that the cron expression names."""
    from croniter import croniter

    return croniter(cron, after).get_next(datetime)


def weeks_to_build(built: list[str], today: date) -> list[Period]:
    """Give the complete weeks not built yet, oldest first: the missed ones and the last one."""
    last = last_complete_week(today)
    if not built:
        return [last]
    newest = parse_week(max(built))
    weeks = []
    start = newest.since + timedelta(days=7) if newest.since else last.since
    while start is not None and last.since is not None and start <= last.since:
        y, w, _ = start.isocalendar()
        weeks.append(parse_week(f"{y}-W{w:02d}"))
        start += timedelta(days=7)
    return weeks[-MAX_CATCH_UP:]


def weeks_changed(store: Store, output: Path, built: list[str]) -> list[Period]:
    """Give the built weeks whose inputs changed: late articles, say, that its briefing lacks.

    A week's inputs are the articles its folder's manifest.json lists (id and hash); it changed
    when the store now holds others for that week. A week whose folder is gone (retention) or
    whose manifest cannot be read is left alone.
    """
    changed = []
    for week in built:
        listed = _manifest_inputs(output / week / MANIFEST_NAME)
        if listed is None:
            continue
        period = parse_week(week)
        articles, _ = first_of_each_id(store.articles(period.since, period.until))
        if {(a.id, article_hash(a)) for a in articles} != listed:
            changed.append(period)
    return changed


def _manifest_inputs(path: Path) -> set[tuple[str, str]] | None:
    """Give the (id, hash) of each article a week's manifest.json lists; None if unreadable."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        return {(a["id"], a["hash"]) for a in manifest["articles"]}
    except (OSError, ValueError, RecursionError, KeyError, TypeError):
        return None


def weeks_due(store: Store, output: Path, today: date) -> list[Period]:
    """Give the weeks a scheduled run builds, oldest first: those not built yet (the missed
    ones and the last complete one) and the built ones whose inputs changed."""
    built = store.weeks_built()
    due = {week_name(p): p for p in (*weeks_changed(store, output, built),
                                      *weeks_to_build(built, today))}
    return [due[week] for week in sorted(due)]


def default_week(config: ProjectConfig, today: date) -> tuple[Period, str]:
    """Give the week a build without --week makes, and a line saying which and why.

    That is the last complete week holding articles in the store: right after ingesting an
    archive, its newest week, not an empty one.
    """
    last = last_complete_week(today)
    assert last.until is not None
    with Store(config.store) as store:
        newest = store.newest_published(last.until)
    if newest is None:
        return last, (f"building {week_name(last)}, the last complete week; the store holds no "
                      f"article published by {last.until.isoformat()}")
    y, w, _ = newest.isocalendar()
    week = parse_week(f"{y}-W{w:02d}")
    if week == last:
        return last, f"building {week_name(last)}, the last complete week"
    return week, (f"building {week_name(week)}, the last complete week with articles in the "
                  f"store (none published from {newest + timedelta(days=1)} to {last.until})")


@dataclass
class Cycle:
    """What one scheduled run did: articles ingested, weeks built, problems met.

    ``problems`` are failures (a source not read, a week not built): ``schedule --once`` exits
    1 after any. ``notes`` are not: a week with no article, work left for the next run.
    """

    new: int = 0
    seen: int = 0
    builds: list[WeekBuild] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unchanged: int = 0  # files not read again: unchanged since the last ingest
    notes: list[str] = field(default_factory=list)
    ingested: bool = True  # False when the store could not be opened: nothing was ingested


def ingest(config: ProjectConfig, knowledge: Knowledge, today: date,
           fetcher: Fetcher | None = None, jobs: int = 1) -> Cycle:
    """Pull every configured source into the store, reading folders on ``jobs`` processes.

    A link the store already holds is not fetched again; a file unchanged since the last
    ingest (same path, size and modification time) is not read again.
    """
    with Store(config.store) as store:
        files = FileIndex(store.files())
        articles, problems = gather(config, knowledge, fetcher, jobs, stored=store.has_url,
                                    files=files)
        new, seen = store.add(articles, today)
        store.keep_files(files.now, files.gone)
    return Cycle(new=new, seen=seen, unchanged=files.unchanged,
                 problems=[str(p) for p in problems if not isinstance(p, Deferred)],
                 notes=[str(p) for p in problems if isinstance(p, Deferred)])


def run_cycle(config: ProjectConfig, knowledge: Knowledge, templates: Path, today: date,
              fetcher: Fetcher | None = None) -> Cycle:
    """Ingest, then build every complete week not built yet or whose articles changed since
    it was built, holding the build lock."""
    with BuildLock(config.output):
        try:
            cycle = ingest(config, knowledge, today, fetcher)
            with Store(config.store) as store:
                due = weeks_due(store, config.output, today)
        except StoreError as exc:  # a damaged or unwritable store: one line, no build
            return Cycle(problems=[str(exc)], ingested=False)
        empty: list[Period] = []
        for period in due:
            try:
                cycle.builds.append(build_week(config, knowledge, period, templates))
            except EmptyWeek:  # nothing was published, or the sources brought nothing
                empty.append(period)
            except BuildError as exc:
                cycle.problems.append(f"{week_name(period)}: {exc}")
    if empty:
        cycle.notes.append(_empty_weeks(empty))
    return cycle


def _empty_weeks(weeks: list[Period]) -> str:
    """Say in one line that these weeks have no article, however many they are."""
    if len(weeks) == 1:
        return (f"{week_name(weeks[0])}: nothing to build, the store holds no article "
                f"published in {weeks[0].label}")
    return (f"{len(weeks)} weeks from {week_name(weeks[0])} to {week_name(weeks[-1])}: nothing "
            "to build, the store holds no article published in them")


@dataclass
class Scheduler:
    """Run cycles on the cron schedule until ``stop`` is set."""

    config: ProjectConfig
    knowledge: Knowledge
    templates: Path
    now: Callable[[], datetime] = lambda: datetime.now().astimezone()
    # wait(seconds, stop) -> True when stopped during the wait
    wait: Callable[[float, threading.Event], bool] = lambda s, stop: stop.wait(s)
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)
    fetcher: Fetcher | None = None

    def cycle(self) -> Cycle | None:
        """Run one ingest-and-build cycle and log it; None where it was skipped."""
        try:
            result = run_cycle(self.config, self.knowledge, self.templates,
                               self.now().date(), self.fetcher)
        except LockBusy as exc:
            self.log(f"reportgen: skipped this run: {exc}")
            return None
        except OSError as exc:  # the output folder cannot hold the lock: read-only, full
            self.log(f"reportgen: skipped this run: {exc.filename or self.config.output}: "
                     f"{exc.strerror or exc}")
            return None
        unchanged = (f"; {result.unchanged} files unchanged since the last ingest, not read "
                     "again" if result.unchanged else "")
        if result.ingested:
            self.log(f"reportgen: ingested {result.new} new articles ({result.seen} already "
                     f"stored{unchanged})")
        for b in result.builds:
            self.log(f"reportgen: {b.week}: " + (f"built {b.out_dir} from {b.articles} "
                                                  f"articles ({b.analyzed} analyzed now)"
                                                  if b.built else "unchanged, not rebuilt"))
        for n in result.notes:
            self.log(f"reportgen: note: {n}")
        for p in result.problems:
            self.log(f"reportgen: problem: {p}")
        return result

    def run(self, stop: threading.Event) -> None:
        """Catch up on start, then run at every scheduled time; return once stopped."""
        self.log(f"reportgen: scheduler started (cron {self.config.cron!r})")
        self.cycle()
        while not stop.is_set():
            due = next_run(self.config.cron, self.now())
            self.log(f"reportgen: next run at {due.isoformat(timespec='minutes')}")
            if self.wait(max(0.0, (due - self.now()).total_seconds()), stop):
                break
            if self.now() >= due:
                self.cycle()
        self.log("reportgen: scheduler stopped")


# --------------------------------------------------------------------------- system schedulers

def _command(config_path: Path) -> str:
    exe = Path(sys.argv[0]).resolve() if Path(sys.argv[0]).name == "reportgen" else None
    program = shlex.quote(str(exe)) if exe else f"{shlex.quote(sys.executable)} -m reportgen"
    return f"{program} schedule --once --config {shlex.quote(str(config_path.resolve()))}"


class ScheduleError(ValueError):
    """The cron expression cannot be handed to cron or systemd; the message says why."""


def log_path(config: ProjectConfig) -> Path:
    """Give the log the crontab line appends to: beside reportgen.toml, out of retention's way."""
    return config.root / "reportgen.log"


def crontab_line(config: ProjectConfig, config_path: Path) -> str:
    """Give a crontab line that runs one cycle on the configured schedule."""
    fields, nth = _expand(config.cron)
    if nth or any("l" in map(str, f) for f in fields):
        raise ScheduleError(f"[schedule] cron {config.cron!r}: cron daemons do not read L or #; "
                            "run 'reportgen schedule' in the foreground, or choose plain days")
    log = shlex.quote(str(log_path(config)))
    return f"{config.cron} cd {shlex.quote(str(config.root))} && {_command(config_path)} " \
           f">> {log} 2>&1"


_DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0]


def _expand(cron: str) -> tuple[list[list], dict]:
    """Give croniter's reading of each field: values, '*', or 'l' (last day)."""
    from croniter import croniter

    try:
        fields, nth = croniter.expand(cron)
    except Exception as exc:  # croniter's own errors; load_config has vetted it already
        raise ScheduleError(f"[schedule] cron {cron!r}: {exc}") from None
    return fields, nth


def _calendar(cron: str) -> str:
    """Translate a cron expression into a systemd OnCalendar value, or refuse to."""
    fields, nth = _expand(cron)
    minute, hour, dom, month, dow = fields
    if nth or "l" in map(str, dom):
        raise ScheduleError(f"[schedule] cron {cron!r}: systemd has no 'last day' (L) or "
                            "'nth weekday' (#); run 'reportgen schedule' in the foreground")
    if dom != ["*"] and dow != ["*"]:
        raise ScheduleError(f"[schedule] cron {cron!r}: cron fires when the day of the month "
                            "OR the weekday matches, systemd only when both do; restrict one")
    days = "" if dow == ["*"] else _weekdays([int(d) for d in dow]) + " "
    return (f"{days}*-{_part(month, 12)}-{_part(dom, 31)} {_part(hour, 23)}:"
            f"{_part(minute, 59)}:00")


def _part(values: list, high: int) -> str:
    """Write one expanded field as systemd does: '*', 'start/step', or a list."""
    if values == ["*"]:
        return "*"
    nums = sorted(int(v) for v in values)
    step = nums[1] - nums[0] if len(nums) > 2 else 0
    if step > 1 and nums == list(range(nums[0], high + 1, step)) and nums[0] < step:
        return f"{nums[0]}/{step}"
    return ",".join(f"{n:02d}" for n in nums)


def _weekdays(days: list[int]) -> str:
    """Write weekdays Monday first, a run of three or more as a range (Mon..Fri)."""
    order = [d for d in _MONDAY_FIRST if d in days]
    runs: list[list[int]] = []
    for d in order:
        if runs and _MONDAY_FIRST.index(d) == _MONDAY_FIRST.index(runs[-1][-1]) + 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return ",".join(f"{_DOW[r[0]]}..{_DOW[r[-1]]}" if len(r) >= 3 else
                    ",".join(_DOW[d] for d in r) for r in runs)


def systemd_units(config: ProjectConfig, config_path: Path) -> str:
    """Give a systemd service and timer that run one cycle on the configured schedule."""
    return f"""# ~/.config/systemd/user/reportgen.service
[Unit]
Description=reportgen weekly briefing (ingest, then build missed and last complete weeks)

[Service]
Type=oneshot
WorkingDirectory={config.root}
ExecStart={_command(config_path)}

# ~/.config/systemd/user/reportgen.timer
[Unit]
Description=Run reportgen on its schedule ({config.cron})

[Timer]
OnCalendar={_calendar(config.cron)}
Persistent=true

[Install]
WantedBy=timers.target

# then: systemctl --user daemon-reload && systemctl --user enable --now reportgen.timer
"""
