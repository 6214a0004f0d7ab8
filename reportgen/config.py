"""Settings for one build, made by the command line (and later a config file) and validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

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
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until)

    @property
    def open(self) -> bool:
        return self.since is None and self.until is None


@dataclass(frozen=True, slots=True)
class BuildSettings:
    inputs: tuple[Path, ...]
    out_dir: Path
    period: Period
    title: str | None
    templates: Path | None


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

_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "sources": {"folders": list, "feeds": list, "urls": list},
    "store": {"path": str},
    "output": {"folder": str, "retention_weeks": int, "title": str},
    "schedule": {"cron": str},
    "http": {"timeout": (int, float), "retries": int, "per_host_delay": (int, float),
             "user_agent": str},
    "outlets": {},  # name -> list of aliases
    "sides": {},  # side -> list of countries or actor names
    "officials": {},  # name -> {role, country, type, party, aliases}
    "cluster": {"scheduler": str},  # a Dask scheduler for analyze --out and export
}


DEFAULT_USER_AGENT = "reportgen/0.1 (media framing briefings)"


@dataclass(frozen=True, slots=True)
class HttpSettings:
    timeout: float = 10.0
    retries: int = 3
    per_host_delay: float = 1.0
    user_agent: str = DEFAULT_USER_AGENT


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
    """Read and validate reportgen.toml; raise ConfigError naming every mistake."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    errors: list[str] = []
    for section, value in data.items():
        if section not in _SCHEMA:
            errors.append(f"{path}: unknown section [{section}]; expected one of "
                          f"{', '.join(sorted(_SCHEMA))}")
            continue
        if not isinstance(value, dict):
            errors.append(f"{path}: [{section}] must be a table")
            continue
        keys = _SCHEMA[section]
        for key, item in value.items():
            if keys and key not in keys:
                errors.append(f"{path}: [{section}] unknown key {key!r}; expected one of "
                              f"{', '.join(sorted(keys))}")
            elif (keys and not isinstance(item, keys[key])) or isinstance(item, bool):
                errors.append(f"{path}: [{section}] {key} must be {_type_name(keys[key])}, "
                              f"not {type(item).__name__}")
            elif keys.get(key) is list and not all(isinstance(x, str) for x in item):
                errors.append(f"{path}: [{section}] {key} must be a list of strings")
            elif section in ("outlets", "sides") and not (
                    isinstance(item, list) and all(isinstance(x, str) for x in item)):
                errors.append(f"{path}: [{section}] {key!r} must be a list of strings")
            elif section == "officials" and not _valid_official(item):
                errors.append(f"{path}: [officials] {key!r} must be a table with type and "
                              "optional role, country, party, aliases")
    sched = data.get("schedule", {})
    cron = sched.get("cron", DEFAULT_CRON) if isinstance(sched, dict) else DEFAULT_CRON
    if isinstance(cron, str) and not _valid_cron(cron):
        errors.append(f"{path}: [schedule] cron {cron!r} is not a cron expression "
                      "(five fields, e.g. \"0 6 * * 1\")")
    http = data.get("http", {}) if isinstance(data.get("http"), dict) else {}
    for key in ("timeout", "per_host_delay"):
        if isinstance(http.get(key), int | float) and http[key] < 0:
            errors.append(f"{path}: [http] {key} must not be negative")
    out = data.get("output", {}) if isinstance(data.get("output"), dict) else {}
    if isinstance(out.get("retention_weeks"), int) and out["retention_weeks"] < 0:
        errors.append(f"{path}: [output] retention_weeks must be 0 (keep all) or more")
    errors.extend(_cluster_errors(path, data))
    if errors:
        raise ConfigError("\n".join(errors))
    return _build_config(path, data)


def _cluster_errors(path: Path, data: dict) -> list[str]:
    cluster = data.get("cluster", {}) if isinstance(data.get("cluster"), dict) else {}
    address = cluster.get("scheduler")
    if isinstance(address, str) and "://" not in address:
        return [f"{path}: [cluster] scheduler {address!r} is not an address such as "
                "\"tcp://10.0.0.5:8786\""]
    return []


def _type_name(t: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "a whole number", float: "a number", list: "a list"}
    if isinstance(t, tuple):
        return "a number"
    return names.get(t, t.__name__)


def _valid_official(item: object) -> bool:
    return (isinstance(item, dict) and isinstance(item.get("type"), str)
            and set(item) <= {"type", "role", "country", "party", "aliases"}
            and all(isinstance(item.get(k, ""), str) for k in ("role", "country", "party"))
            and isinstance(item.get("aliases", []), list))


def _valid_cron(expr: str) -> bool:
    from croniter import croniter

    return len(expr.split()) == 5 and croniter.is_valid(expr)


def _build_config(path: Path, data: dict) -> ProjectConfig:
    root = path.resolve().parent
    src, store = data.get("sources", {}), data.get("store", {})
    out, http = data.get("output", {}), data.get("http", {})

    def rel(p: str) -> Path:
        q = Path(p).expanduser()
        return q if q.is_absolute() else root / q

    return ProjectConfig(
        root=root,
        folders=tuple(rel(p) for p in src.get("folders", ())),
        feeds=tuple(src.get("feeds", ())),
        urls=tuple(src.get("urls", ())),
        store=rel(store.get("path", "reportgen.db")),
        output=rel(out.get("folder", "reports")),
        retention_weeks=out.get("retention_weeks", 0),
        title=out.get("title"),
        cron=data.get("schedule", {}).get("cron", DEFAULT_CRON),
        http=HttpSettings(float(http.get("timeout", 10.0)), int(http.get("retries", 3)),
                          float(http.get("per_host_delay", 1.0)),
                          http.get("user_agent", DEFAULT_USER_AGENT)),
        outlets=tuple((k, tuple(v)) for k, v in sorted(data.get("outlets", {}).items())),
        sides=tuple((k, tuple(v)) for k, v in sorted(data.get("sides", {}).items())),
        officials=tuple((k, v.get("role"), v.get("country"), v["type"], v.get("party"),
                         tuple(v.get("aliases", ())))
                        for k, v in sorted(data.get("officials", {}).items())),
        scheduler=data.get("cluster", {}).get("scheduler"),
    )


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
