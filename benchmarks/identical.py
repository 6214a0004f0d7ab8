"""Check that `reportgen analyze --format jsonl` output is byte-identical to reference outputs.

    make identical                       # or: .venv/bin/python benchmarks/identical.py
    .venv/bin/python benchmarks/identical.py --write DIR   # make the references

The inputs are ../shared/data/quotes/polnear_dev.jsonl, ../shared/data/events/basil_dev.jsonl
and seeds/. The references are not in the repository: write them from the commit to compare
against (e.g. `PYTHONPATH=/path/to/old/checkout python benchmarks/identical.py --write DIR`),
then run this script on the new code with `--ref DIR` (default ../coord/ref). A refactoring
that changes no output passes; the first differing line of each input is shown otherwise.
Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
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
    code = cli_main(["analyze", str(path), "--format", "jsonl"], stdout=out, stderr=err)
    if code != 0:
        raise SystemExit(f"identical: analyze {path} exited {code}: {err.getvalue()[:500]}")
    return out.getvalue().encode("utf-8")


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
    ap.add_argument("--ref", type=Path, default=ROOT.parent / "coord" / "ref",
                    help="folder of reference outputs (default ../coord/ref)")
    ap.add_argument("--write", type=Path, metavar="DIR",
                    help="write the outputs of this code to DIR as the references instead")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print("identical: ../shared/data not found; nothing to compare")
        return 0
    os.chdir(ROOT)
    differ = 0
    for name, path in INPUTS.items():
        new = analyze(path)
        if args.write is not None:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"{name}.jsonl").write_bytes(new)
            print(f"{name}: {len(new.splitlines())} lines written to {args.write}")
            continue
        ref = args.ref / f"{name}.jsonl"
        if not ref.is_file():
            print(f"identical: {ref}: no reference; make it with --write", file=sys.stderr)
            return 2
        old = ref.read_bytes()
        if new == old:
            print(f"{name}: identical ({len(new.splitlines())} lines, {len(new)} bytes)")
        else:
            differ += 1
            print(f"{name}: DIFFERENT: {first_difference(new, old)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
