"""Put a briefing's files in place: all of them replace the previous set at once.

Each build writes its files into a folder of its own, ``OUT/.builds/<id>/``; one rename then
swaps the ``OUT/latest`` link to it, so a reader sees the old set or the new one, never a mix.
``OUT/briefing.pdf`` (and ``.html``, ``.json``, ``manifest.json``) are links to
``latest/briefing.pdf``, made once. A lock on ``OUT/.reportgen.lock`` (released by the
operating system when its holder dies) lets one build at a time write there. Only what
reportgen made is ever replaced or removed: a file it did not write stops the build.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

BUILDS = ".builds"
LATEST = "latest"
LOCK_NAME = ".reportgen.lock"
LOCK_WAIT = 120.0  # seconds a build waits for another one writing to the same folder
MANIFEST_NAME = "manifest.json"
_BUILD_ID = re.compile(r"^\d{8}T\d{6}-\d+-[0-9a-f]{4}(\.tmp)?$")
_LEGACY_TEMP = re.compile(r"^\.(briefing\.(json|html|pdf)|manifest\.json)\..+\.tmp$")
_WEEK_DIR = re.compile(r"^\d{4}-W\d{2}$")


class OutputBusy(OSError):
    """Another reportgen build kept the output folder's lock past the wait."""


@contextmanager
def output_lock(folder: Path, wait: float | None = None) -> Iterator[None]:
    """Hold FOLDER/.reportgen.lock; wait up to ``wait`` seconds (default LOCK_WAIT) for
    another holder to end."""
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
                    raise OutputBusy(errno.EBUSY, f"another reportgen build (pid {holder}) "
                                                  f"is writing to {folder}") from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_ours(path: Path, name: str) -> bool:
    """Tell whether OUT/NAME is reportgen's: its link, or a file an earlier release wrote."""
    if path.is_symlink():
        target = os.readlink(path)
        return target == f"{LATEST}/{name}" or (name == LATEST and target.startswith(
            f"{BUILDS}/"))
    if not path.exists():
        return True
    if not path.is_file():
        return False
    if name.endswith(".json"):
        return _reportgen_json(path) is not None
    # briefing.html and .pdf of an earlier release were written with its briefing.json
    return _reportgen_json(path.parent / "briefing.json") is not None and \
        not (path.parent / "briefing.json").is_symlink()


def _reportgen_json(path: Path) -> dict | None:
    """Give a JSON file's object when reportgen wrote it (it names reportgen's version)."""
    try:
        if path.stat().st_size > 200_000_000:
            return None
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and "reportgen_version" in data else None


def _check_targets(out_dir: Path, names: list[str]) -> None:
    """Stop before writing anything when a name in OUT is taken by something not ours."""
    latest = out_dir / LATEST
    if (latest.is_symlink() and not os.readlink(latest).startswith(f"{BUILDS}/")) or (
            latest.exists() and not latest.is_symlink()):
        raise FileExistsError(errno.EEXIST, f"{latest} was not made by reportgen; move it "
                                            "away or choose another output folder")
    for name in names:
        if not _is_ours(out_dir / name, name):
            raise FileExistsError(errno.EEXIST, f"{out_dir / name} was not written by "
                                                "reportgen; move it away or choose another "
                                                "output folder")


def _write_build(builds: Path, payloads: dict[str, bytes]) -> str:
    """Write every file into a new build folder, synced; give the folder's name."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    build_id = f"{stamp}-{os.getpid()}-{secrets.token_hex(2)}"
    staging = builds / f"{build_id}.tmp"
    staging.mkdir(parents=True)
    mode = 0o666 & ~_umask()
    try:
        for name, data in payloads.items():
            fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        _fsync_dir(staging)
        os.rename(staging, builds / build_id)
    except OSError:  # a full disk: nothing half-written stays behind
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync_dir(builds)
    return build_id


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link(out_dir: Path, name: str, target: str) -> None:
    """Point OUT/NAME at target in one rename (no moment without it)."""
    path = out_dir / name
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = out_dir / f".{name}.{os.getpid()}.{secrets.token_hex(2)}.link.tmp"
    os.symlink(target, tmp)
    try:
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def _clear_stale(out_dir: Path, keep: str) -> None:
    """Remove earlier build folders and temporary files: only those named as reportgen names."""
    builds = out_dir / BUILDS
    if builds.is_dir():
        for old in builds.iterdir():
            if old.name != keep and _BUILD_ID.match(old.name) and old.is_dir() and \
                    not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
    for stale in out_dir.iterdir():
        if _LEGACY_TEMP.match(stale.name) and (stale.is_file() or stale.is_symlink()):
            stale.unlink(missing_ok=True)


def publish(out_dir: Path, payloads: dict[str, bytes]) -> tuple[Path, ...]:
    """Put the files in OUT as one set: written first, then swapped in by one rename."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with output_lock(out_dir):
        _check_targets(out_dir, list(payloads))
        build_id = _write_build(out_dir / BUILDS, payloads)
        try:
            _link(out_dir, LATEST, f"{BUILDS}/{build_id}")
        except OSError:
            shutil.rmtree(out_dir / BUILDS / build_id, ignore_errors=True)
            raise
        for name in payloads:  # made once; an earlier release's file becomes a link
            _link(out_dir, name, f"{LATEST}/{name}")
        _fsync_dir(out_dir)
        _clear_stale(out_dir, keep=build_id)
    return tuple(out_dir / name for name in payloads)


# --------------------------------------------------------------------------- retention

def is_week_folder(folder: Path) -> bool:
    """Tell a week folder reportgen built: named YYYY-Www, holding its manifest for that week."""
    if not _WEEK_DIR.match(folder.name) or folder.is_symlink() or not folder.is_dir():
        return False
    manifest = _reportgen_json(folder / MANIFEST_NAME)
    return manifest is not None and manifest.get("week") == folder.name


def remove_week(folder: Path, names: tuple[str, ...]) -> bool:
    """Remove what reportgen made in a week folder, then the folder if nothing else is left."""
    with output_lock(folder, wait=0):
        ours = [folder / n for n in (*names, LATEST) if _is_ours(folder / n, n)]
        for path in ours:  # decided before removing: the html and pdf go by the json
            if path.is_symlink() or path.is_file():
                path.unlink()
        _clear_stale(folder, keep="")
        builds = folder / BUILDS
        if builds.is_dir() and not any(builds.iterdir()):
            builds.rmdir()
    (folder / LOCK_NAME).unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:  # files someone else put there stay, and so does their folder
        return False
    return True


def apply_retention(output: Path, keep: int, current: str | None,
                    names: tuple[str, ...]) -> list[Path]:
    """Keep the newest ``keep`` week folders reportgen built, and ``current``; 0 keeps all."""
    if keep <= 0 or not output.is_dir():
        return []
    weeks = sorted(p for p in output.iterdir() if is_week_folder(p))
    old = [w for w in weeks[:-keep] if w.name != current] if len(weeks) > keep else []
    removed = []
    for week in old:
        try:
            if remove_week(week, names):
                removed.append(week)
        except OutputBusy:  # a build is writing there now; next time
            continue
    return removed
