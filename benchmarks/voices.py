"""Check the voices of built briefings: name variants left apart and voices that are no names.

    .venv/bin/reportgen build ../shared/data/events/allsides_silver.jsonl --out /tmp/allsides
    .venv/bin/python benchmarks/voices.py /tmp/allsides/briefing.json [--list]

Reads each briefing.json (its quotes' speaker_name and speaker_kind), runs
``reportgen.analyze.actors.voices.check_voices`` and prints one JSON line per briefing: the
number of voices, of flagged voices and of flags by problem. ``--list`` prints every flag
after it (problem, names, why), for reading. Measurement only: nothing here is a test.

Of the lower-case voices, "description" holds a word for who speaks ("a senior official",
"the court", "the statement": fair for an unnamed source) and "no agent" none ("the decline",
"the starkest", "wrote the president": a thing or a cut phrase, an error of the engine).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from reportgen.analyze.actors.voices import Voice, check_voices
from reportgen.knowledge import load_knowledge


def voices_of(briefing: dict) -> list[Voice]:
    """Give the voices a briefing.json quotes, with their quote counts."""
    counts: Counter[tuple[str, str]] = Counter()
    for article in briefing["articles"]:
        for q in article["quotes"]:
            if q.get("speaker_name"):
                counts[(q["speaker_name"], q.get("speaker_kind") or "unknown")] += 1
    return [Voice(name, kind, n) for (name, kind), n in sorted(counts.items())]


def main(argv: list[str] | None = None) -> int:
    """Print the voice check of each briefing.json given."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("briefings", nargs="+", type=Path)
    p.add_argument("--list", action="store_true", help="print every flag")
    args = p.parse_args(argv)
    knowledge = load_knowledge()
    for path in args.briefings:
        voices = voices_of(json.loads(path.read_text(encoding="utf-8")))
        flags = check_voices(voices, knowledge)
        flagged = {n for f in flags for n in f.names}
        quotes = {v.name: v.quotes for v in voices}
        print(json.dumps({
            "briefing": str(path), "voices": len(voices), "flagged_voices": len(flagged),
            "flagged_quotes": sum(quotes.get(n, 0) for n in flagged),
            "by_problem": dict(sorted(Counter(f.problem for f in flags).items()))}))
        if args.list:
            for f in sorted(flags, key=lambda f: (f.problem, f.names)):
                print(f"  {f.problem}\t{' | '.join(f.names)}\t{f.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
