"""Every bad input of the generated corpus: exit 0, 1 or 2, one line each, never a traceback.

The corpus is made by ``tests/badinput.py`` into a temporary folder. Most cases run in this
process through ``reportgen.cli.main`` (fast); those that could block (a FIFO, a device, a
symlink loop) run as a separate process. Either way a case that takes longer than
``CASE_SECONDS`` fails: the limit is enforced by a timeout, not measured.
"""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from reportgen.cli import main

from .badinput import CASE_SECONDS, GOOD, Case, all_cases, argv_for

CASES = all_cases()
PER_INPUT = ("reportgen: skipped or partial: ", "reportgen: note: ", "reportgen: skipped: ")


class _TooLong(BaseException):  # not an Exception: no handler inside reportgen swallows it
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooLong


def _run(case: Case, argv: list[str], cwd: Path) -> tuple[int, str]:
    if case.subprocess:
        proc = subprocess.run([sys.executable, "-m", "reportgen", *argv], cwd=cwd,
                              capture_output=True, text=True, timeout=CASE_SECONDS)
        return proc.returncode, proc.stderr
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_SECONDS)
    try:
        code = main(argv, stdout=out, stderr=err)
    except _TooLong:
        pytest.fail(f"{case.name}: still running after {CASE_SECONDS} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return code, err.getvalue()


def test_the_corpus_is_large_and_every_name_is_unique():
    assert len(CASES) >= 100
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gives_one_line_and_never_a_traceback(case, tmp_path, capfd):
    argv = argv_for(case, tmp_path)
    code, err = _run(case, argv, tmp_path)
    captured = capfd.readouterr()  # nothing may bypass the CLI's own stream either
    assert "Traceback" not in err + captured.err
    assert code in (0, 1, 2), err
    lines = err.splitlines()
    assert all(line.startswith("reportgen: ") for line in lines), err
    per_input = Counter()
    for line in lines:
        prefix = next((p for p in PER_INPUT if line.startswith(p)), None)
        if prefix is None:
            continue
        source = line[len(prefix):].split(": ")[0]
        assert source.startswith(str(tmp_path)) or source in argv, line
        per_input[prefix, source] += 1
    assert all(n == 1 for n in per_input.values()), err  # one line per bad input
    others = [ln for ln in lines if not ln.startswith(PER_INPUT)]
    assert len(others) <= 2, err  # the outcome: one line, and for a store week the pick


def _many_articles(path: Path, n: int) -> None:
    path.write_text("".join(json.dumps({**GOOD, "id": f"a{i}"}) + "\n" for i in range(n)))


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_stops_reading_ends_the_run_quietly(tmp_path):
    feed = tmp_path / "feed.jsonl"
    _many_articles(feed, 3)
    err = io.StringIO()
    code = main(["analyze", str(feed), "--format", "jsonl", "--jobs", "1"],
                stdout=_ClosedPipe(), stderr=err)
    assert (code, err.getvalue()) == (128 + 13, "")


def test_piping_analyze_into_head_prints_no_traceback(tmp_path):
    feed = tmp_path / "feed.jsonl"
    _many_articles(feed, 400)  # far more output than a pipe's buffer holds
    proc = subprocess.Popen([sys.executable, "-m", "reportgen", "analyze", str(feed),
                             "--format", "jsonl", "--jobs", "1"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)  # like `head -c 100`: read a little, then hang up
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert (proc.wait(timeout=CASE_SECONDS), stderr) == (128 + 13, "")
