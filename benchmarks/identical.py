"""Check that `reportgen analyze --format jsonl` output is byte-identical to another revision's.

    make identical                                  # this checkout against main
    .venv/bin/python benchmarks/identical.py --against HEAD~3
    .venv/bin/python benchmarks/identical.py --ref DIR      # against outputs kept in DIR
    .venv/bin/python benchmarks/identical.py --write DIR    # keep this checkout's outputs

The inputs are ../shared/data/quotes/polnear_dev.jsonl, ../shared/data/events/basil_dev.jsonl
and seeds/. The references are made on each run: the revision given (default main) is
extracted with `git archive` into a temporary folder and its `reportgen analyze` runs from
there, on the same inputs named by the same paths, in a process of its own; nothing of it is
kept. A refactoring that changes no output passes; the first differing line of each input is
shown otherwise. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from reportgen.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
# relative to the checkout, so that every worktree writes the same "source" fields
INPUTS = {
    "polnear": Path("../shared/data/quotes/polnear_dev.jsonl"),
    "basil": Path("../shared/data/events/basil_dev.jsonl"),
    "seeds": Path("seeds"),
}


def analyze(path: Path) -> bytes:
    """Give the analyze command's JSON-lines output for one input, as bytes."""
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["analyze", str(path), "--format", "jsonl", "--jobs", "1"], stdout=out,
                    stderr=err)
    if code != 0:
        raise SystemExit(f"identical: analyze {path} exited {code}: {err.getvalue()[:500]}")
    return out.getvalue().encode("utf-8")


# run in a process of its own, with the old revision's package first on the path
_OLD_ANALYZE = """
import sys
sys.path.insert(0, sys.argv[1])
from reportgen.cli import main
import reportgen
assert reportgen.__file__.startswith(sys.argv[1]), reportgen.__file__
sys.exit(main(["analyze", sys.argv[2], "--format", "jsonl", "--jobs", "1"]))
"""


def analyze_at(revision: str, paths: dict[str, Path], into: Path) -> dict[str, bytes]:
    """Give each input's analyze output as made by the code of a git revision."""
    archive = subprocess.run(["git", "archive", "--format=tar", revision, "reportgen"],
                             cwd=ROOT, capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"identical: git archive {revision}: "
                         f"{archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    outputs = {}
    for name, path in paths.items():
        done = subprocess.run([sys.executable, "-c", _OLD_ANALYZE, str(into), str(path)],
                              cwd=ROOT, capture_output=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"identical: analyze {path} at {revision} exited "
                             f"{done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
        outputs[name] = done.stdout
    return outputs


def first_difference(new: bytes, old: bytes) -> str:
    """Describe the first line where two outputs differ, and the first differing key."""
    new_lines, old_lines = new.splitlines(), old.splitlines()
    for n, (a, b) in enumerate(zip(new_lines, old_lines, strict=False), 1):
        if a != b:
            keys = _differing_keys(json.loads(a), json.loads(b))
            return f"line {n} differs ({', '.join(keys[:5]) or 'bytes'})"
    return f"{len(new_lines)} lines now, {len(old_lines)} in the reference"


def _differing_keys(a: object, b: object, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [k for key in sorted(set(a) | set(b))
                for k in _differing_keys(a.get(key), b.get(key), f"{path}.{key}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [k for n, (x, y) in enumerate(zip(a, b, strict=True))
                for k in _differing_keys(x, y, f"{path}[{n}]")]
    return [] if a == b else [path or "."]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    given = ap.add_mutually_exclusive_group()
    given.add_argument("--against", default="main", metavar="REVISION",
                       help="git revision whose output is the reference (default main)")
    given.add_argument("--ref", type=Path, help="folder of reference outputs made with --write")
    given.add_argument("--write", type=Path, metavar="DIR",
                       help="write the outputs of this code to DIR instead of comparing")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print("identical: ../shared/data not found; nothing to compare")
        return 0
    os.chdir(ROOT)
    if args.write is not None:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, path in INPUTS.items():
            new = analyze(path)
            (args.write / f"{name}.jsonl").write_bytes(new)
            print(f"{name}: {len(new.splitlines())} lines written to {args.write}")
        return 0
    if args.ref is not None:
        missing = [n for n in INPUTS if not (args.ref / f"{n}.jsonl").is_file()]
        if missing:
            print(f"identical: {args.ref}: no reference for {', '.join(missing)}; make it with "
                  "--write", file=sys.stderr)
            return 2
        refs = {n: (args.ref / f"{n}.jsonl").read_bytes() for n in INPUTS}
        against = str(args.ref)
    else:
        with tempfile.TemporaryDirectory(prefix="identical-") as tmp:
            refs = analyze_at(args.against, INPUTS, Path(tmp))
        against = args.against
    differ = 0
    for name, path in INPUTS.items():
        new, old = analyze(path), refs[name]
        if new == old:
            print(f"{name}: identical to {against} ({len(new.splitlines())} lines, "
                  f"{len(new)} bytes)")
        else:
            differ += 1
            print(f"{name}: DIFFERENT from {against}: {first_difference(new, old)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
