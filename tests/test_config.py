"""reportgen.toml: each mistake is one line `FILE: [section] key: problem` and exit code 2."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest

from reportgen.cli import main
from reportgen.config import ConfigError, load_config

BAD = [
    ('[officials]\n"Ann Lee" = {type = "government", aliases = [1, 2]}',
     "[officials] Ann Lee: aliases must be a list of strings, not hold 1"),
    ("[http]\nretries = -1", "[http] retries: must be a whole number from 0 to 10, not -1"),
    ("[http]\nretries = 60", "[http] retries: must be a whole number from 0 to 10, not 60"),
    ("[http]\ntimeout = 0", "[http] timeout: must be a number of seconds above 0 to 300, not 0"),
    ("[http]\ntimeout = 1e9",
     "[http] timeout: must be a number of seconds above 0 to 300, not 1000000000.0"),
    ("[http]\ntimeout = nan", "[http] timeout: must be a number of seconds above 0 to 300"),
    ("[http]\ndeadline = inf", "[http] deadline: must be a number of seconds above 0 to 3600"),
    ("[http]\nfeed_budget = 0",
     "[http] feed_budget: must be a number of seconds above 0 to 86400, not 0"),
    ('[http]\nfeed_budget = "10m"',
     "[http] feed_budget: must be a number of seconds above 0 to 86400, not '10m'"),
    ("[http]\nper_host_delay = -1",
     "[http] per_host_delay: must be a number of seconds from 0 to 60, not -1"),
    ("[http]\nretries = true", "[http] retries: must be a whole number from 0 to 10, not True"),
    ('[http]\nuser_agent = "bot\\r\\nX-Evil: 1"',
     "[http] user_agent: must be printable Latin-1 characters on one line"),
    ('[http]\nuser_agent = "bot ✓"',
     "[http] user_agent: must be printable Latin-1 characters on one line"),
    ('[http]\nallow_private = "yes"', "[http] allow_private: must be true or false"),
    ("[http]\nprivate_hosts = [1]", "[http] private_hosts: must be a list of strings"),
    ('[schedule]\ncron = "0 6 31 2 *"',
     "[schedule] cron: '0 6 31 2 *' never fires (no such day in any year)"),
    ('[schedule]\ncron = "0 25 * * *"', "[schedule] cron: '0 25 * * *' is not a cron"),
    ('[sources]\nfolders = ["notes.txt"]',
     "[sources] folders: 'notes.txt' is a file, not a folder"),
    ('[output]\nfolder = "notes.txt"',
     "[output] folder: 'notes.txt' is a file, not a folder for the week folders; name another "
     "path"),
    ('[store]\npath = "."',
     "[store] path: '.' is a folder, not a file for the store; name another path"),
    ("[output]\nretention_weeks = 100000",
     "[output] retention_weeks: must be a whole number from 0 (keep all) to 520"),
    ('[outlets]\n"The Gazette" = "Gazette"',
     "[outlets] The Gazette: must be a list of strings, not a string"),
    ("sources = 1", "[sources]: must be a table, not a whole number"),
]


@pytest.mark.parametrize(("toml", "expected"), BAD)
def test_each_mistake_is_one_line(tmp_path: Path, toml: str, expected: str) -> None:
    (tmp_path / "notes.txt").write_text("The mayor said so.", encoding="utf-8")
    path = tmp_path / "reportgen.toml"
    path.write_text(toml + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert str(exc.value).startswith(f"{path}: {expected}")
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(("toml", "expected"), BAD[:6])
def test_a_mistake_exits_2_with_one_line(tmp_path: Path, toml: str, expected: str) -> None:
    path = tmp_path / "reportgen.toml"
    path.write_text(toml + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["schedule", "--print", "systemd", "--config", str(path)], out, err) == 2
    assert err.getvalue().startswith(f"reportgen: {path}: {expected}")
    assert err.getvalue().count("\n") == 1 and out.getvalue() == ""


def test_the_feed_budget_defaults_to_ten_minutes(tmp_path: Path) -> None:
    path = tmp_path / "reportgen.toml"
    path.write_text("[http]\ndeadline = 30\n", encoding="utf-8")
    assert load_config(path).http.feed_budget == 600.0


def test_the_limits_are_read(tmp_path: Path) -> None:
    path = tmp_path / "reportgen.toml"
    path.write_text(textwrap.dedent("""
        [http]
        timeout = 300
        deadline = 3600
        feed_budget = 86400
        retries = 10
        per_host_delay = 0
        user_agent = "Zeitung-Bot/1.0 (café)"
        allow_private = false
        private_hosts = ["Feeds.Intranet.Example", "[fd00::1]"]
    """), encoding="utf-8")
    http = load_config(path).http
    assert (http.timeout, http.deadline, http.feed_budget, http.retries,
            http.per_host_delay) == (300.0, 3600.0, 86400.0, 10, 0.0)
    assert http.user_agent == "Zeitung-Bot/1.0 (café)"
    assert http.private_hosts == ("feeds.intranet.example", "fd00::1")
