"""Weekly builds that run unattended: config, store, feeds over HTTP, builds and the scheduler.

HTTP tests talk only to a server on 127.0.0.1 that the test starts; the scheduler runs on an
injected clock, so nothing sleeps.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reportgen.build import build_week
from reportgen.cli import main
from reportgen.config import ConfigError, HttpSettings, load_config, parse_week
from reportgen.fetch import Fetcher, FetchError, gather
from reportgen.knowledge import apply_config
from reportgen.render import default_templates
from reportgen.schedule import (
    BuildLock,
    LockBusy,
    Scheduler,
    _calendar,
    run_cycle,
    weeks_to_build,
)
from reportgen.store import Store

ARTICLE = ("{title}\n\nThe mayor of {town} said on {day} that the {thing} would reopen soon."
           "\n\n\"We have done everything we can,\" she told reporters. Critics claimed the "
           "repairs were late.")


def _project(tmp_path: Path, *, days: list[date], extra: str = "") -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    lines = []
    for n, day in enumerate(days):
        town = ["Elmsford", "Brookvale", "Ashby", "Corran"][n % 4]
        thing = ["bridge", "library", "pool", "market"][n % 4]
        lines.append(json.dumps({
            "id": f"a{n}", "outlet": ["Gazette", "Herald"][n % 2], "date": day.isoformat(),
            "title": f"{town} {thing} to reopen", "url": f"https://example.test/{n}",
            "text": ARTICLE.format(title=f"{town} {thing} to reopen", town=town, thing=thing,
                                   day=day.strftime("%A %-d %B"))}))
    (folder / "week.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = tmp_path / "reportgen.toml"
    config.write_text(textwrap.dedent(f"""
        [sources]
        folders = ["articles"]
        [output]
        folder = "reports"
        retention_weeks = 2
        [sides]
        "City hall" = ["Elmsford", "mayor of Elmsford"]
        {extra}
    """), encoding="utf-8")
    return config


def _load(config_path: Path, knowledge):
    config = load_config(config_path)
    return config, apply_config(knowledge, config)


# --------------------------------------------------------------------------- config

def test_config_mistakes_are_one_line_each(tmp_path):
    path = tmp_path / "reportgen.toml"
    path.write_text(textwrap.dedent("""
        [sources]
        feed = ["https://example.test/rss"]
        folders = "articles"
        [schedule]
        cron = "every monday"
        [output]
        retention_weeks = -1
        [colours]
        x = 1
    """))
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    lines = str(exc.value).splitlines()
    assert len(lines) == 5
    assert any("[sources] feed: unknown key" in ln for ln in lines)
    assert any("[sources] folders: must be a list of strings, not a string" in ln
               for ln in lines)
    assert any("[schedule] cron: 'every monday' is not a cron expression" in ln
               for ln in lines)
    assert any("[output] retention_weeks: must be a whole number from 0 (keep all)" in ln
               for ln in lines)
    assert any("[colours]: unknown section" in ln for ln in lines)
    assert all(ln.startswith(str(path)) for ln in lines)


def test_bad_toml_is_one_line(tmp_path):
    path = tmp_path / "reportgen.toml"
    path.write_text("[sources\nfolders = [")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_config_adds_outlets_officials_and_sides(tmp_path, knowledge):
    path = _project(tmp_path, days=[date(2022, 11, 14)], extra=textwrap.dedent("""
        [outlets]
        "The Gazette" = ["Gazette"]
        [officials]
        "Ann Lee" = {role = "Mayor", country = "Elmsford", type = "government", aliases = ["Lee"]}
        "Raj Patel" = {role = "Councillor", type = "government", party = "Green Party"}
    """))
    config, k = _load(path, knowledge)
    assert k.outlets["gazette"] == "The Gazette"
    assert k.officials["lee"].name == "Ann Lee"
    assert k.officials["raj patel"].party == "Green Party"
    assert k.sides["elmsford"] == "City hall"
    assert config.store == tmp_path / "reportgen.db"


def test_cron_to_systemd_calendar():
    assert _calendar("0 6 * * 1") == "Mon *-*-* 06:00:00"
    assert _calendar("30 7 * * 1-5") == "Mon..Fri *-*-* 07:30:00"
    assert _calendar("30 7 1 * *") == "*-*-01 07:30:00"
    assert _calendar("*/15 * * * *") == "*-*-* *:0/15:00"


# --------------------------------------------------------------------------- store and builds

def test_store_keeps_one_copy_and_reanalyses_only_changes(tmp_path, knowledge, monkeypatch):
    path = _project(tmp_path, days=[date(2022, 11, 14), date(2022, 11, 15)])
    config, k = _load(path, knowledge)
    articles, _ = gather(config, k)
    with Store(config.store) as store:
        assert store.add(articles, date(2022, 11, 21)) == (2, 0)
        assert store.add(articles, date(2022, 11, 21)) == (0, 2)  # same content, same URL
    period = parse_week("2022-W46")
    first = build_week(config, k, period, default_templates())
    assert first.built and first.analyzed == 2
    assert sorted(p.name for p in first.out_dir.iterdir() if p.is_symlink()) == [
        "briefing.html", "briefing.json", "briefing.pdf", "latest", "manifest.json",
        "officials.csv", "quotes.csv"]
    again = build_week(config, k, period, default_templates())
    assert not again.built and again.analyzed == 0  # unchanged: not rebuilt
    forced = build_week(config, k, period, default_templates(), force=True)
    assert forced.built and forced.analyzed == 0  # rebuilt from stored analyses
    monkeypatch.setattr("reportgen.store.analyzer_version", lambda: "a-new-analyzer")
    monkeypatch.setattr("reportgen.build.analyzer_version", lambda: "a-new-analyzer")
    upgraded = build_week(config, k, period, default_templates())
    assert upgraded.built and upgraded.analyzed == 2  # a new analyzer re-analyses


def test_week_over_week_and_retention(tmp_path, knowledge):
    days = [date(2022, 10, 31), date(2022, 11, 7), date(2022, 11, 8), date(2022, 11, 14),
            date(2022, 11, 15)]
    config, k = _load(_project(tmp_path, days=days), knowledge)
    articles, _ = gather(config, k)
    with Store(config.store) as store:
        store.add(articles, date(2022, 11, 21))
    for week in ("2022-W44", "2022-W45", "2022-W46"):
        build_week(config, k, parse_week(week), default_templates())
    assert sorted(p.name for p in config.output.iterdir() if p.is_dir()) == [
        "2022-W45", "2022-W46"]  # retention_weeks = 2
    data = json.loads((config.output / "2022-W46" / "briefing.json").read_text())
    assert data["previous_period"].startswith("Week 2022-W45")
    assert {c["outlet"] for c in data["changes"]} == {"Gazette", "Herald"}
    assert all(c["small_sample"] for c in data["changes"])
    assert any("against the week before" in f["text"] and "small sample" in f["text"]
               for f in data["findings"])


# --------------------------------------------------------------------------- HTTP sources

class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/feed":
            body = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Test Gazette</title>
            <item><title>Bridge</title><link>{base}/page</link>
            <pubDate>Mon, 14 Nov 2022 09:00:00 GMT</pubDate></item>
            <item><title>Slow</title><link>{base}/slow</link></item>
            <item><title>Broken</title><link>{base}/error</link></item>
            </channel></rss>""".encode()
            self._send(200, body, "application/rss+xml")
        elif self.path == "/page":
            self._send(200, b"""<html><head><title>Elmsford bridge to reopen</title>
            <meta property="og:site_name" content="Test Gazette"></head><body><article>
            <h1>Elmsford bridge to reopen</h1><p>The mayor of Elmsford said on Monday that
            the bridge would reopen soon after the repairs were finished by the crews.</p>
            <p>"We have done everything we can to get it open again," she told reporters on
            the steps of the town hall.</p></article></body></html>""", "text/html")
        elif self.path == "/slow":
            time.sleep(1.5)  # longer than the client's timeout
            self._send(200, b"<html>late</html>", "text/html")
        elif self.path == "/error":
            self._send(503, b"unavailable", "text/plain")
        elif self.path == "/garbage":
            self._send(200, os.urandom(2048), "application/octet-stream")
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, code, body, ctype):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def _fetcher():
    slept: list[float] = []
    return Fetcher(HttpSettings(timeout=0.5, retries=2, per_host_delay=0.2,
                                user_agent="reportgen-test", private_hosts=("127.0.0.1",)),
                   sleep=slept.append), slept


def test_feed_pages_timeouts_errors_and_garbage(server, tmp_path, knowledge):
    path = tmp_path / "reportgen.toml"
    path.write_text(f'[sources]\nfeeds = ["{server}/feed", "{server}/garbage"]\n'
                    f'urls = ["{server}/error", "ftp://example.test/x"]\n')
    config, k = _load(path, knowledge)
    fetcher, slept = _fetcher()
    articles, problems = gather(config, k, fetcher)
    assert [a.title for a in articles] == ["Elmsford bridge to reopen"]
    assert articles[0].published == date(2022, 11, 14)
    text = "\n".join(str(p) for p in problems)
    assert f"{server}/slow: timed out (after 3 attempts)" in text
    assert f"{server}/error: HTTP 503 (after 3 attempts)" in text
    assert f"{server}/garbage: not a feed" in text
    assert "ftp://example.test/x: not an http(s) URL" in text
    assert all("\n" not in str(p) for p in problems)
    assert 0.5 in slept and 1.0 in slept  # backoff doubles; the test itself never slept


def test_client_errors_are_not_retried(server):
    fetcher, slept = _fetcher()
    with pytest.raises(FetchError, match=r"^HTTP 404$"):  # asked once: not retried
        fetcher.get(f"{server}/missing")
    assert 0.5 not in slept


# --------------------------------------------------------------------------- the scheduler

def test_missed_weeks_are_built_on_start():
    assert [p.label[:13] for p in weeks_to_build(["2022-W43"], date(2022, 11, 23))] == [
        "Week 2022-W44", "Week 2022-W45", "Week 2022-W46"]
    assert [p.label[:13] for p in weeks_to_build([], date(2022, 11, 23))] == ["Week 2022-W46"]
    assert weeks_to_build(["2022-W46"], date(2022, 11, 23)) == []


class _Clock:
    def __init__(self, start: datetime):
        self.t = start

    def now(self) -> datetime:
        return self.t

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        self.t += timedelta(seconds=seconds)  # time passes at once
        self.waits += 1
        if self.waits >= self.limit:
            stop.set()
        return stop.is_set()


def test_scheduler_catches_up_then_runs_on_schedule(tmp_path, knowledge):
    days = [date(2022, 11, 7), date(2022, 11, 8), date(2022, 11, 14), date(2022, 11, 21)]
    config, k = _load(_project(tmp_path, days=days), knowledge)
    clock = _Clock(datetime(2022, 11, 23, 12, 0, tzinfo=UTC))  # a Wednesday
    clock.waits, clock.limit = 0, 2
    lines: list[str] = []
    Scheduler(config, k, default_templates(), now=clock.now, wait=clock.wait,
              log=lines.append).run(threading.Event())
    built = sorted(p.name for p in config.output.iterdir() if p.is_dir())
    assert built == ["2022-W46", "2022-W47"]  # W46 on start; W47 on Monday 28 Nov 06:00
    assert any("next run at 2022-11-28T06:00" in ln for ln in lines)
    assert lines[-1] == "reportgen: scheduler stopped"


def test_two_builds_at_once_one_waits_its_turn(tmp_path, knowledge):
    config, k = _load(_project(tmp_path, days=[date(2022, 11, 14)]), knowledge)
    with BuildLock(config.output), pytest.raises(LockBusy, match="another reportgen build"):
        run_cycle(config, k, default_templates(), date(2022, 11, 23))
    assert not (config.output / "2022-W46").exists()
    cycle = run_cycle(config, k, default_templates(), date(2022, 11, 23))
    assert [b.week for b in cycle.builds] == ["2022-W46"]


def test_a_built_week_is_rebuilt_when_late_articles_arrive_and_only_then(tmp_path, knowledge):
    config_path = _project(tmp_path, days=[date(2022, 11, 14)])
    config, k = _load(config_path, knowledge)
    first = run_cycle(config, k, default_templates(), date(2022, 11, 23))
    assert [(b.week, b.built, b.articles) for b in first.builds] == [("2022-W46", True, 1)]
    assert run_cycle(config, k, default_templates(), date(2022, 11, 23)).builds == []
    _project(tmp_path, days=[date(2022, 11, 14), date(2022, 11, 15)])  # one more, for W46
    late = run_cycle(config, k, default_templates(), date(2022, 11, 23))
    assert late.new == 1
    assert [(b.week, b.built, b.articles) for b in late.builds] == [("2022-W46", True, 2)]
    manifest = json.loads((config.output / "2022-W46" / "manifest.json").read_text())
    assert [a["id"] for a in manifest["articles"]] == ["a0", "a1"]
    assert run_cycle(config, k, default_templates(), date(2022, 11, 23)).builds == []


def test_a_killed_build_leaves_the_last_briefing_whole(tmp_path, knowledge):
    config_path = _project(tmp_path, days=[date(2022, 11, 14), date(2022, 11, 15)])
    config, k = _load(config_path, knowledge)
    run_cycle(config, k, default_templates(), date(2022, 11, 23))
    week = config.output / "2022-W46"
    before = {p.name: p.read_bytes() for p in week.iterdir() if p.is_file()}
    # a second build, killed while it holds the lock and is writing
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from reportgen import build
        from reportgen.cli import main
        real = build.write_outputs
        def slow(rendered, out_dir, extra=None):
            (out_dir / ".briefing.pdf.partial.tmp").write_bytes(rendered.pdf[:100])
            print("writing", flush=True)
            time.sleep(30)
        build.write_outputs = slow
        sys.exit(main(["build", "--week", "2022-W46", "--force", "--config",
                       {str(config_path)!r}]))
    """)
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    after = {p.name: p.read_bytes() for p in week.iterdir()
             if p.is_file() and not p.name.endswith(".tmp")}
    assert after == before  # nothing lost, nothing half-written in place
    # the lock died with its holder: the next build runs, and clears the stale temp file
    assert main(["build", "--week", "2022-W46", "--force", "--config", str(config_path)]) == 0
    assert not list(week.glob("*.tmp"))


def test_schedule_stops_cleanly_on_sigterm(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "reportgen.toml").write_text(
        '[sources]\nfolders = ["articles"]\n[schedule]\ncron = "0 6 1 1 *"\n')
    with subprocess.Popen([sys.executable, "-m", "reportgen", "schedule"], cwd=tmp_path,
                          stderr=subprocess.PIPE, text=True) as proc:
        seen = []
        for line in proc.stderr:
            seen.append(line.strip())
            if "next run at" in line:
                break
        proc.send_signal(signal.SIGTERM)
        rest = proc.stderr.read()
        assert proc.wait(timeout=20) == 0
    assert "reportgen: scheduler started (cron '0 6 1 1 *')" in seen
    assert any("the store holds no article" in ln for ln in seen)  # reported, not fatal
    assert rest.strip().endswith("reportgen: scheduler stopped")
