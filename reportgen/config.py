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
