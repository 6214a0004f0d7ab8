"""tools/system_deps.sh (`make system-deps`): installs HarfBuzz's subsetter where it can, says one
line where it cannot, and never fails. Run against stand-ins for ldconfig, id and apt-get."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "system_deps.sh"
PACKAGE = "libharfbuzz-subset0"


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)


def _run(tmp_path: Path, *, listed: bool, uid: int, apt: int | None) -> tuple[int, str, str]:
    """Run the script with a PATH of stand-ins; give its exit code, output and apt-get's log."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for real in ("grep", "timeout"):
        found = shutil.which(real)
        if found:
            (folder / real).symlink_to(found)
    cache = "\tlibharfbuzz-subset.so.0 (libc6,x86-64) => /usr/lib/libharfbuzz-subset.so.0"
    _tool(folder, "ldconfig", f"echo '{cache}'" if listed else "echo '0 libs found'")
    _tool(folder, "id", f"echo {uid}")
    log = tmp_path / "apt.log"
    if apt is not None:
        _tool(folder, "apt-get", f'echo "$@" >> {log}\nexit {apt}')
    done = subprocess.run(["/bin/sh", str(SCRIPT)], capture_output=True, text=True,
                          env={**os.environ, "PATH": str(folder)}, check=False)
    return done.returncode, done.stdout + done.stderr, log.read_text() if log.exists() else ""


def test_says_nothing_and_installs_nothing_when_the_library_is_there(tmp_path):
    assert _run(tmp_path, listed=True, uid=0, apt=0) == (0, "", "")


def test_installs_the_package_quietly_as_root(tmp_path):
    code, said, apt = _run(tmp_path, listed=False, uid=0, apt=0)
    assert code == 0
    assert said.splitlines() == [f"system-deps: installed {PACKAGE} (HarfBuzz's font subsetter, "
                                 "for WeasyPrint)"]
    assert apt.splitlines() == [f"install -y -qq --no-install-recommends {PACKAGE}"]


@pytest.mark.parametrize(("uid", "apt", "says", "asked"), [
    (1000, 0, f"as root: apt-get install {PACKAGE}", 0),  # not root: apt-get is never run
    (0, None, "no apt-get here", 0),  # not Debian
    (0, 100, f"apt-get could not install {PACKAGE}", 2),  # offline: install, then update
])
def test_says_one_line_and_succeeds_where_it_cannot_install(tmp_path, uid, apt, says, asked):
    code, said, log = _run(tmp_path, listed=False, uid=uid, apt=apt)
    assert code == 0
    assert len(said.splitlines()) == 1 and says in said
    assert "fontTools" in said  # what happens instead
    assert len(log.splitlines()) == asked
