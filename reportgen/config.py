"""Settings for one build, made by the command line (and later a config file) and validated."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class SettingsError(ValueError):
    """A setting is wrong; the message says which and why, in one line."""


@dataclass(frozen=True, slots=True)
class Period:
    """The dates a briefing covers, both ends included; None for an open end."""

    since: date | None
    until: date | None
    label: str

    def holds(self, day: date | None) -> bool:
        """Tell whether a day falls in the period (an unknown day only in an open period)."""
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until)

    @property
    def open(self) -> bool:
        """Tell whether the period has neither end."""
        return self.since is None and self.until is None


def parse_week(text: str) -> Period:
    """Read an ISO week such as 2022-W46 into the Monday-to-Sunday period it names."""
    m = _WEEK.match(text.strip())
    if not m:
        raise SettingsError(f"--week {text!r}: expected an ISO week such as 2022-W46")
    year, week = int(m.group(1)), int(m.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise SettingsError(f"--week {text!r}: {exc}") from None
    sunday = monday + timedelta(days=6)
    return Period(monday, sunday, f"Week {year}-W{week:02d} ({_span(monday, sunday)})")


def parse_period(since: str | None, until: str | None) -> Period:
    """Read --since and --until (YYYY-MM-DD, both ends included)."""
    def one(flag: str, value: str | None) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise SettingsError(f"{flag} {value!r}: expected a date such as 2022-11-14") from None

    start, end = one("--since", since), one("--until", until)
    if start and end and start > end:
        raise SettingsError(f"--since {since} is after --until {until}")
    if start is None and end is None:
        return Period(None, None, "All dates")
    if start and end:
        return Period(start, end, _span(start, end))
    if start:
        return Period(start, None, f"From {start:%-d %B %Y}")
    return Period(None, end, f"Until {end:%-d %B %Y}")


def _span(a: date, b: date) -> str:
    if a.year == b.year and a.month == b.month:
        return f"{a.day}–{b:%-d %B %Y}"
    if a.year == b.year:
        return f"{a:%-d %B} – {b:%-d %B %Y}"
    return f"{a:%-d %B %Y} – {b:%-d %B %Y}"


# --------------------------------------------------------------------------- reportgen.toml

CONFIG_NAME = "reportgen.toml"
DEFAULT_CRON = "0 6 * * 1"  # Mondays at 06:00, local time
DEFAULT_USER_AGENT = "reportgen/0.1 (media framing briefings)"


@dataclass(frozen=True, slots=True)
class HttpSettings:
    """How sources are fetched; load_config keeps every value within the README's ranges."""

    timeout: float = 10.0  # seconds one connect or read may stall
    retries: int = 3
    per_host_delay: float = 1.0
    user_agent: str = DEFAULT_USER_AGENT
    deadline: float = 60.0  # seconds one fetch may take in all, retries included
    feed_budget: float = 600.0  # seconds one feed may take in all: no new fetch after that
    allow_private: bool = False  # fetch from loopback, private and link-local addresses
    private_hosts: tuple[str, ...] = ()  # these hosts only may be at such addresses


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    """A team's setup, read from reportgen.toml; relative paths are relative to that file."""

    root: Path
    folders: tuple[Path, ...] = ()
    feeds: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    store: Path = Path("reportgen.db")
    output: Path = Path("reports")
    retention_weeks: int = 0  # 0 keeps every week
    title: str | None = None
    lens: str = "auto"  # how voices are grouped: party, country, or auto (reportgen.lens)
    cron: str = DEFAULT_CRON
    http: HttpSettings = HttpSettings()
    outlets: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sides: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # name, role, country, type, party, aliases
    officials: tuple[tuple[str, str | None, str | None, str, str | None, tuple[str, ...]],
                     ...] = ()
    scheduler: str | None = None  # tcp://host:8786: analyze --out and export run there


class ConfigError(ValueError):
    """reportgen.toml is wrong; the message lists each mistake on a line of its own."""


def find_config(explicit: Path | None, cwd: Path) -> Path | None:
    """Give the config file to use: --config, else reportgen.toml in the working folder."""
    if explicit is not None:
        return explicit
    candidate = cwd / CONFIG_NAME
    return candidate if candidate.is_file() else None


def load_config(path: Path) -> ProjectConfig:
    """Read and validate reportgen.toml; raise ConfigError naming every mistake, one a line."""
    data = _read_toml(path)
    root = path.resolve().parent
    errors = [f"{path}: {problem}" for section, value in data.items()
              for problem in _check_section(section, value, root)]
    if errors:
        raise ConfigError("\n".join(errors))
    return _build_config(root, data)


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: a folder, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


# A check gives the problem with a value, or None when it is fine.
_Check = Callable[[object], "str | None"]


def _kind(value: object) -> str:
    names = {str: "a string", int: "a whole number", float: "a number", bool: "true/false",
             list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _text(value: object) -> str | None:
    return None if isinstance(value, str) else f"must be a string, not {_kind(value)}"


def _texts(value: object) -> str | None:
    if not isinstance(value, list):
        return f"must be a list of strings, not {_kind(value)}"
    bad = next((x for x in value if not isinstance(x, str)), None)
    return None if bad is None else f"must be a list of strings, not hold {bad!r}"


def _flag(value: object) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, not {_kind(value)}"


def _whole(low: int, high: int, note: str = "") -> _Check:
    def check(value: object) -> str | None:
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return None
        return f"must be a whole number from {low}{note} to {high}, not {value!r}"
    return check


def _seconds(low: float, high: float, *, zero: bool) -> _Check:
    def check(value: object) -> str | None:
        ok = (isinstance(value, int | float) and not isinstance(value, bool)
              and math.isfinite(value) and (low <= value if zero else low < value)
              and value <= high)
        return None if ok else (f"must be a number of seconds {'from' if zero else 'above'} "
                                f"{low:g} to {high:g}, not {value!r}")
    return check


def _user_agent(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_kind(value)}"
    if not value.strip() or len(value) > 200:
        return "must be 1 to 200 characters"
    if any(not (" " <= c <= "~" or "\xa0" <= c <= "\xff") for c in value):
        return "must be printable Latin-1 characters on one line (no CR, LF or tab)"
    return None


def _cron(value: object) -> str | None:
    from croniter import CroniterBadDateError, croniter

    if not isinstance(value, str):
        return f"must be a string, not {_kind(value)}"
    if len(value.split()) != 5 or not croniter.is_valid(value):
        return f"{value!r} is not a cron expression (five fields, e.g. \"0 6 * * 1\")"
    try:
        croniter(value, datetime(2000, 1, 1)).get_next(datetime)
    except CroniterBadDateError:
        return f"{value!r} never fires (no such day in any year)"
    return None


def _aliases(value: object) -> str | None:
    problem = _texts(value)
    return None if problem is None else f"aliases {problem}"


_OFFICIAL_KEYS = {"type": _text, "role": _text, "country": _text, "party": _text,
                  "aliases": _texts}


def _official(value: object) -> str | None:
    if not isinstance(value, dict) or "type" not in value:
        return ("must be a table with type and optional role, country, party, aliases, "
                f"not {_kind(value)}" if not isinstance(value, dict) else "has no type")
    for key, item in value.items():
        check = _OFFICIAL_KEYS.get(key)
        if check is None:
            return f"unknown key {key!r}; expected one of {', '.join(sorted(_OFFICIAL_KEYS))}"
        problem = check(item)
        if problem:
            return f"{key} {problem}"
    return None


def _lens(value: object) -> str | None:
    from reportgen.lens import LENSES

    if isinstance(value, str) and value in LENSES:
        return None
    return f"must be one of {', '.join(repr(x) for x in LENSES)}, not {value!r}"


def _scheduler(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_kind(value)}"
    if "://" not in value:
        return f"{value!r} is not an address such as \"tcp://10.0.0.5:8786\""
    return None


# section -> key -> check; an empty table means any key, checked by the section's own check
_FIELDS: dict[str, dict[str, _Check]] = {
    "sources": {"folders": _texts, "feeds": _texts, "urls": _texts},
    "store": {"path": _text},
    "output": {"folder": _text, "retention_weeks": _whole(0, 520, " (keep all)"),
               "title": _text, "lens": _lens},
    "schedule": {"cron": _cron},
    "http": {"timeout": _seconds(0, 300, zero=False), "retries": _whole(0, 10),
             "per_host_delay": _seconds(0, 60, zero=True), "user_agent": _user_agent,
             "deadline": _seconds(0, 3600, zero=False),
             "feed_budget": _seconds(0, 86400, zero=False), "allow_private": _flag,
             "private_hosts": _texts},
    "outlets": {},  # name -> list of aliases
    "sides": {},  # side -> list of countries or actor names
    "officials": {},  # name -> {role, country, type, party, aliases}
    "cluster": {"scheduler": _scheduler},  # a Dask scheduler for analyze --out and export
}
_ANY_KEY: dict[str, _Check] = {"outlets": _texts, "sides": _texts, "officials": _official}


def _check_section(section: str, value: object, root: Path) -> list[str]:
    """Give one "[section] key: problem" line for each mistake in one section."""
    if section not in _FIELDS:
        return [f"[{section}]: unknown section; expected one of {', '.join(sorted(_FIELDS))}"]
    if not isinstance(value, dict):
        return [f"[{section}]: must be a table, not {_kind(value)}"]
    fields = _FIELDS[section]
    problems = []
    for key, item in value.items():
        check = fields.get(key) or _ANY_KEY.get(section)
        if check is None:
            problems.append(f"[{section}] {key}: unknown key; expected one of "
                            f"{', '.join(sorted(fields))}")
        elif (problem := check(item)) is not None:
            problems.append(f"[{section}] {key}: {problem}")
    if section == "sources" and not problems:
        problems.extend(_check_folders(value.get("folders", []), root))
    if section in _PLACES and not problems:
        problems.extend(_check_place(section, *_PLACES[section], value, root))
    return problems


# section -> (key, "file" or "folder", what it holds): where reportgen writes
_PLACES = {"store": ("path", "file", "the store"), "output": ("folder", "folder",
                                                             "the week folders")}


def _check_place(section: str, key: str, kind: str, holds: str, value: dict[str, Any],
                 root: Path) -> list[str]:
    """The store must not be a folder, nor the output folder a file."""
    name = value.get(key)
    if name is None or not _relative(root, name).exists():
        return []
    if _relative(root, name).is_dir() == (kind == "folder"):
        return []
    other = "folder" if kind == "file" else "file"
    return [f"[{section}] {key}: {name!r} is a {other}, not a {kind} for {holds}; name "
            f"another path"]


def _check_folders(folders: list[str], root: Path) -> list[str]:
    """A folders entry must be a folder: a file there is a mistake, not an article."""
    return [f"[sources] folders: {name!r} is a file, not a folder; put it in a folder and "
            "list that" for name in folders
            if _relative(root, name).exists() and not _relative(root, name).is_dir()]


def _relative(root: Path, name: str) -> Path:
    q = Path(name).expanduser()
    return q if q.is_absolute() else root / q


def _build_config(root: Path, data: dict[str, Any]) -> ProjectConfig:
    src, store = data.get("sources", {}), data.get("store", {})
    out, http = data.get("output", {}), data.get("http", {})
    return ProjectConfig(
        root=root,
        folders=tuple(_relative(root, p) for p in src.get("folders", ())),
        feeds=tuple(src.get("feeds", ())),
        urls=tuple(src.get("urls", ())),
        store=_relative(root, store.get("path", "reportgen.db")),
        output=_relative(root, out.get("folder", "reports")),
        retention_weeks=out.get("retention_weeks", 0),
        title=out.get("title"),
        lens=out.get("lens", "auto"),
        cron=data.get("schedule", {}).get("cron", DEFAULT_CRON),
        http=_build_http(http),
        outlets=tuple((k, tuple(v)) for k, v in sorted(data.get("outlets", {}).items())),
        sides=tuple((k, tuple(v)) for k, v in sorted(data.get("sides", {}).items())),
        officials=tuple((k, v.get("role"), v.get("country"), v["type"], v.get("party"),
                         tuple(v.get("aliases", ())))
                        for k, v in sorted(data.get("officials", {}).items())),
        scheduler=data.get("cluster", {}).get("scheduler"),
    )


def _build_http(http: dict[str, Any]) -> HttpSettings:
    d = HttpSettings()
    return HttpSettings(
        timeout=float(http.get("timeout", d.timeout)),
        retries=int(http.get("retries", d.retries)),
        per_host_delay=float(http.get("per_host_delay", d.per_host_delay)),
        user_agent=http.get("user_agent", DEFAULT_USER_AGENT),
        deadline=float(http.get("deadline", d.deadline)),
        feed_budget=float(http.get("feed_budget", d.feed_budget)),
        allow_private=bool(http.get("allow_private", False)),
        private_hosts=tuple(h.lower().strip("[]") for h in http.get("private_hosts", ())))


def last_complete_week(today: date) -> Period:
    """Give the last ISO week that has ended by ``today`` (Monday to Sunday)."""
    this_monday = today - timedelta(days=today.weekday())
    last_monday = this_monday - timedelta(days=7)
    y, w, _ = last_monday.isocalendar()
    return parse_week(f"{y}-W{w:02d}")


def week_name(period: Period) -> str:
    """Give the ISO name (2022-W46) of a week period."""
    assert period.since is not None
    y, w, _ = period.since.isocalendar()
    return f"{y}-W{w:02d}"
