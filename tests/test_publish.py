"""Outputs: one set swapped in by one rename, a lock, and only reportgen's own files touched."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reportgen import publish as pub
from reportgen.publish import OutputBusy, apply_retention, output_lock, publish

NAMES = ("briefing.json", "briefing.html", "briefing.pdf")


def _set(n: int) -> dict[str, bytes]:
    return {"briefing.json": json.dumps({"reportgen_version": "x", "n": n}).encode(),
            "briefing.html": f"<p>{n}</p>".encode(), "briefing.pdf": f"%PDF {n}".encode()}


def _read(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in NAMES}


def test_the_set_is_swapped_in_whole_and_the_old_one_removed(tmp_path):
    out = tmp_path / "reports"
    paths = publish(out, _set(1))
    assert [p.name for p in paths] == list(NAMES)
    assert _read(out) == _set(1)
    publish(out, _set(2))
    assert _read(out) == _set(2)
    assert all(os.readlink(out / n) == f"latest/{n}" for n in NAMES)
    assert len(list((out / ".builds").iterdir())) == 1  # the previous build is gone
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_build_stopped_before_the_swap_leaves_the_old_set(tmp_path, monkeypatch):
    out = tmp_path / "reports"
    publish(out, _set(1))
    real = pub._link

    def killed(out_dir, name, target):
        if name == pub.LATEST:
            raise OSError(28, "No space left on device")
        real(out_dir, name, target)

    monkeypatch.setattr(pub, "_link", killed)
    with pytest.raises(OSError, match="No space left"):
        publish(out, _set(2))
    assert _read(out) == _set(1)
    assert len(list((out / ".builds").iterdir())) == 1


def test_files_reportgen_did_not_write_are_never_touched(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / ".briefing.pdf.mine").write_text("mine too")
    publish(out, _set(1))
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / ".briefing.pdf.mine").read_text() == "mine too"
    (out / "briefing.pdf").unlink()
    (out / "briefing.pdf").write_bytes(b"someone else's report")
    with pytest.raises(FileExistsError, match=r"briefing\.pdf was not written by reportgen"):
        publish(out, _set(2))
    assert (out / "briefing.pdf").read_bytes() == b"someone else's report"
    assert (out / "briefing.json").read_bytes() == _set(1)["briefing.json"]


def test_an_earlier_release_s_files_become_links(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    for name, data in _set(0).items():  # written in place, as before this release
        (out / name).write_bytes(data)
    publish(out, _set(1))
    assert _read(out) == _set(1)
    assert all((out / n).is_symlink() for n in NAMES)


def test_a_second_writer_waits_for_the_lock(tmp_path, monkeypatch):
    out = tmp_path / "reports"
    out.mkdir()
    monkeypatch.setattr(pub, "LOCK_WAIT", 0.3)
    with output_lock(out), pytest.raises(OutputBusy, match="is writing to"):
        publish(out, _set(1))
    assert not (out / "briefing.pdf").exists()
    publish(out, _set(1))  # free again
    assert _read(out) == _set(1)


def test_two_builds_at_once_each_leave_a_whole_set(tmp_path):
    out = tmp_path / "reports"
    errors: list[BaseException] = []

    def many(start: int) -> None:
        try:
            for n in range(start, start + 15):
                publish(out, _set(n))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=many, args=(k * 100,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    n = json.loads((out / "briefing.json").read_bytes())["n"]
    assert _read(out) == _set(n)
    assert len(list((out / ".builds").iterdir())) == 1


def test_the_lock_dies_with_its_holder(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    code = ("import sys, time; from pathlib import Path; from reportgen.publish import "
            f"output_lock\nwith output_lock(Path({str(out)!r})):\n    print('held', flush=True)"
            "\n    time.sleep(60)\n")
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stdout.readline().strip() == "held"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    publish(out, _set(1))
    assert _read(out) == _set(1)


# --------------------------------------------------------------------------- retention

def _week(output: Path, name: str, manifest_week: str | None = None) -> Path:
    manifest = json.dumps({"week": manifest_week or name, "reportgen_version": "x"}).encode()
    publish(output / name, {**_set(1), "manifest.json": manifest})
    return output / name


def test_retention_removes_only_reportgen_weeks_and_never_the_current(tmp_path):
    output = tmp_path / "reports"
    _week(output, "2022-W39")  # the week just built, older than the rest
    _week(output, "2022-W41")
    _week(output, "2022-W42")
    _week(output, "2022-W43")
    (output / "2022-W40").mkdir()  # looks like a week, is the user's
    (output / "2022-W40" / "plan.txt").write_text("keep me")
    _week(output, "2022-W38", manifest_week="2022-W12")  # a manifest for another week
    shared = _week(output, "2022-W37")
    (shared / "notes.txt").write_text("keep me too")  # a user's file in an old week
    removed = apply_retention(output, 1, current="2022-W39", names=(*NAMES, "manifest.json"))
    assert sorted(p.name for p in removed) == ["2022-W41", "2022-W42"]
    left = sorted(p.name for p in output.iterdir())
    assert left == ["2022-W37", "2022-W38", "2022-W39", "2022-W40", "2022-W43"]
    assert (output / "2022-W40" / "plan.txt").read_text() == "keep me"
    assert [p.name for p in shared.iterdir()] == ["notes.txt"]  # ours removed, theirs kept
    assert _read(output / "2022-W39") == _set(1)
