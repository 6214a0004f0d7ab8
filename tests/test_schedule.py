"""The schedule: cron and systemd lines, `schedule --once` exit codes, which week a build picks,
and the config reaching analyze and stories."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reportgen.cli import main
from reportgen.config import last_complete_week, load_config, week_name
from reportgen.schedule import ScheduleError, _calendar, crontab_line, log_path

CALENDARS = [
    ("0 6 * * 1", "Mon *-*-* 06:00:00"),
    ("0 6 * * MON", "Mon *-*-* 06:00:00"),
    ("0 6 * * mon-fri", "Mon..Fri *-*-* 06:00:00"),
    ("0 6 * * 5-1", "Mon,Fri..Sun *-*-* 06:00:00"),  # a range over the weekend
    ("0 6 * * 0,7", "Sun *-*-* 06:00:00"),
    ("*/2 * * * *", "*-*-* *:0/2:00"),
    ("0 6 */2 * *", "*-*-1/2 06:00:00"),  # days of the month count from 1
    ("0 6 1 jan,jul *", "*-01,07-01 06:00:00"),
    ("0 22-2 * * *", "*-*-* 00,01,02,22,23:00:00"),  # a range past midnight
]


@pytest.mark.parametrize(("cron", "calendar"), CALENDARS)
def test_cron_becomes_a_systemd_calendar(cron: str, calendar: str) -> None:
    assert _calendar(cron) == calendar


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
@pytest.mark.parametrize("calendar", [c for _, c in CALENDARS])
def test_systemd_accepts_each_calendar(calendar: str) -> None:
    done = subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True,
                          text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("cron", "why"), [
    ("0 6 L * *", "systemd has no 'last day' (L)"),
    ("0 6 * * 1#2", "'nth weekday' (#)"),
    ("30 7 1 * 1-5", "OR the weekday matches, systemd only when both do"),
])
def test_what_systemd_cannot_say_is_refused(tmp_path: Path, cron: str, why: str) -> None:
    with pytest.raises(ScheduleError, match=why.replace("(", r"\(").replace(")", r"\)")):
        _calendar(cron)
    path = tmp_path / "reportgen.toml"
    path.write_text(f'[schedule]\ncron = "{cron}"\n', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["schedule", "--print", "systemd", "--config", str(path)], out, err) == 2
    assert out.getvalue() == "" and err.getvalue().count("\n") == 1
    assert err.getvalue().startswith(f"reportgen: {path}: [schedule] cron {cron!r}: ")


def test_the_cron_log_is_outside_the_folder_retention_prunes(tmp_path: Path) -> None:
    path = tmp_path / "reportgen.toml"
    path.write_text('[output]\nfolder = "reports"\nretention_weeks = 2\n', encoding="utf-8")
    config = load_config(path)
    line = crontab_line(config, path)
    assert log_path(config) == tmp_path / "reportgen.log"
    assert line.endswith(f">> {tmp_path / 'reportgen.log'} 2>&1")
    assert not log_path(config).is_relative_to(config.output)
    with pytest.raises(ScheduleError, match="cron daemons do not read L"):
        crontab_line(load_config(_write(path, '[schedule]\ncron = "0 6 L * *"\n')), path)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- runs

ARTICLE = ("Elmsford bridge to reopen\n\nThe mayor of Elmsford said on {day} that the bridge "
           "would reopen soon.\n\n\"We have done everything we can,\" Lee told reporters. "
           "Critics claimed the repairs were late.")


def _project(tmp_path: Path, days: list[date], extra: str = "") -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    lines = [json.dumps({"id": f"a{n}", "outlet": "Gazette", "date": day.isoformat(),
                         "title": f"Bridge {n}", "url": f"https://example.test/{n}",
                         "text": ARTICLE.format(day=day.strftime("%A"))})
             for n, day in enumerate(days)]
    (folder / "week.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _write(tmp_path / "reportgen.toml", textwrap.dedent(f"""
        [sources]
        folders = ["articles"]
        [output]
        folder = "reports"
        {extra}
    """))


def test_schedule_once_exits_1_after_reporting_a_problem(tmp_path: Path) -> None:
    path = _project(tmp_path, [date(2022, 11, 14)])
    path.write_text(path.read_text().replace(
        'folders = ["articles"]', 'folders = ["articles"]\nurls = ["ftp://example.test/x"]'))
    out, err = io.StringIO(), io.StringIO()
    assert main(["schedule", "--once", "--config", str(path)], out, err) == 1
    assert "reportgen: problem: ftp://example.test/x: not an http(s) URL" in err.getvalue()


def _once(path: Path) -> tuple[int, list[str]]:
    err = io.StringIO()
    code = main(["schedule", "--once", "--config", str(path)], io.StringIO(), err)
    return code, err.getvalue().splitlines()


def _settled(path: Path) -> Path:
    """Date the project's article files an hour back, so an ingest may skip them unchanged."""
    import os
    import time

    for f in (path.parent / "articles").iterdir():
        os.utime(f, (time.time() - 3600, time.time() - 3600))
    return path


def test_schedule_once_is_quiet_in_a_week_without_articles(tmp_path: Path) -> None:
    path = _settled(_project(tmp_path, [date(2022, 11, 14)]))  # none in the last week
    week = last_complete_week(date.today())
    quiet = (f"reportgen: note: {week_name(week)}: nothing to build, the store holds no "
             f"article published in {week.label}")
    assert _once(path) == (0, ["reportgen: ingested 1 new articles (0 already stored)", quiet])
    # a second run: the sources bring nothing new either
    assert _once(path) == (0, ["reportgen: ingested 0 new articles (0 already stored; 1 files "
                               "unchanged since the last ingest, not read again)", quiet])


def test_weeks_without_articles_are_one_note_however_many(tmp_path: Path) -> None:
    from reportgen.knowledge import load_knowledge
    from reportgen.render import default_templates
    from reportgen.schedule import run_cycle
    from reportgen.store import Store

    config = load_config(_project(tmp_path, [date(2022, 11, 14)]))
    with Store(config.store) as store:  # 2022-W46 built long ago; nothing published since
        store.record_build("2022-W46", "old", {})
    cycle = run_cycle(config, load_knowledge(), default_templates(), date(2023, 1, 4))
    assert (cycle.problems, [b.week for b in cycle.builds]) == ([], [])
    assert cycle.notes == ["6 weeks from 2022-W47 to 2022-W52: nothing to build, the store "
                           "holds no article published in them"]


def test_schedule_once_is_quiet_when_the_week_is_built_already(tmp_path: Path) -> None:
    week = last_complete_week(date.today())
    assert week.since is not None
    path = _settled(_project(tmp_path, [week.since]))
    code, lines = _once(path)
    assert code == 0 and lines[-1].startswith(f"reportgen: {week_name(week)}: built ")
    # the week is built and the sources bring nothing new: one line, nothing to do
    assert _once(path) == (0, ["reportgen: ingested 0 new articles (0 already stored; 1 files "
                               "unchanged since the last ingest, not read again)"])


def test_the_foreground_schedule_logs_a_quiet_week_as_a_note(tmp_path: Path) -> None:
    import threading

    from reportgen.knowledge import apply_config, load_knowledge
    from reportgen.render import default_templates
    from reportgen.schedule import Scheduler

    config = load_config(_project(tmp_path, [date(2022, 11, 14)]))
    lines: list[str] = []

    def stop_at_once(_seconds: float, stop: threading.Event) -> bool:
        stop.set()
        return True

    Scheduler(config, apply_config(load_knowledge(), config), default_templates(),
              now=lambda: datetime(2022, 11, 30, 12, tzinfo=UTC), wait=stop_at_once,
              log=lines.append).run(threading.Event())
    assert lines[1:3] == [
        "reportgen: ingested 1 new articles (0 already stored)",
        "reportgen: note: 2022-W47: nothing to build, the store holds no article published "
        "in Week 2022-W47 (21–27 November 2022)"]
    assert not any("problem" in line for line in lines)


def test_a_damaged_store_is_one_line_without_an_ingest_line(tmp_path: Path) -> None:
    path = _project(tmp_path, [date(2022, 11, 14)])
    (tmp_path / "reportgen.db").write_bytes(b"not a database, " * 400)
    code, lines = _once(path)
    assert code == 1 and len(lines) == 1, lines
    assert lines[0].startswith(f"reportgen: problem: {tmp_path / 'reportgen.db'}: not a "
                               "reportgen store, or damaged")


@pytest.mark.parametrize(("stored", "says"), [
    (False, "; it is empty: run 'reportgen ingest' first"),
    (True, "; its 1 articles are from other weeks"),
])
def test_building_an_empty_week_says_whether_the_store_is_empty(tmp_path: Path, stored: bool,
                                                                 says: str) -> None:
    path = _project(tmp_path, [date(2022, 11, 14)])
    if stored:
        main(["ingest", "--config", str(path), "--jobs", "1"], io.StringIO(), io.StringIO())
    err = io.StringIO()
    assert main(["build", "--week", "2022-W47", "--config", str(path)], io.StringIO(), err) == 1
    assert err.getvalue() == ("reportgen: the store holds no article published in Week "
                              f"2022-W47 (21–27 November 2022){says}\n")


def test_build_without_week_picks_the_last_week_with_articles(tmp_path: Path) -> None:
    path = _project(tmp_path, [date(2022, 11, 14), date(2022, 11, 15)])
    out, err = io.StringIO(), io.StringIO()
    assert main(["ingest", "--config", str(path), "--jobs", "1"], out, err) == 0
    out, err = io.StringIO(), io.StringIO()
    assert main(["build", "--config", str(path), "--jobs", "1"], out, err) == 0, err.getvalue()
    assert ("reportgen: no --week given: building 2022-W46, the last complete week with "
            "articles in the store") in err.getvalue()
    assert "ingest" not in err.getvalue()
    assert (tmp_path / "reports" / "2022-W46" / "briefing.pdf").is_file()


def test_build_without_week_says_which_empty_week_it_chose(tmp_path: Path) -> None:
    today = date.today()
    path = _project(tmp_path, [today + timedelta(days=1)])  # nothing in any complete week
    main(["ingest", "--config", str(path), "--jobs", "1"], io.StringIO(), io.StringIO())
    out, err = io.StringIO(), io.StringIO()
    assert main(["build", "--config", str(path), "--jobs", "1"], out, err) == 1
    first = err.getvalue().splitlines()[0]
    assert first.startswith("reportgen: no --week given: building ")
    assert "the last complete week; the store holds no article published by" in first


@pytest.mark.parametrize("command", ["analyze", "stories"])
def test_analyze_and_stories_use_the_config(tmp_path: Path, command: str) -> None:
    path = _project(tmp_path, [date(2022, 11, 14)], extra=textwrap.dedent("""
        [outlets]
        "The Elmsford Gazette" = ["Gazette"]
        [officials]
        "Ann Lee" = {role = "Mayor", country = "Elmsford", type = "government", aliases = ["Lee"]}
    """))
    args = [command, str(tmp_path / "articles"), "--format", "table"]
    plain, configured = io.StringIO(), io.StringIO()
    assert main(args, plain, io.StringIO()) == 0
    assert main([*args, "--config", str(path)], configured, io.StringIO()) == 0
    assert "The Elmsford Gazette" not in plain.getvalue()
    assert "The Elmsford Gazette" in configured.getvalue()
    if command == "analyze":
        assert "Ann Lee" in configured.getvalue() and "Ann Lee" not in plain.getvalue()


def test_a_wrong_config_stops_analyze_with_2(tmp_path: Path) -> None:
    path = _project(tmp_path, [date(2022, 11, 14)], extra="[http]\nretries = -1")
    err = io.StringIO()
    assert main(["analyze", str(tmp_path / "articles"), "--config", str(path)],
                io.StringIO(), err) == 2
    assert "[http] retries: must be a whole number from 0 to 10" in err.getvalue()
