"""Read the evidence sample (benchmarks/evidence) against a briefing's quotes.csv.

    .venv/bin/python benchmarks/evidence_score.py                 # builds the AllSides briefing
    .venv/bin/python benchmarks/evidence_score.py --csv DIR/quotes.csv

150 quotes of the AllSides briefing, each read once against its article by a careful reader
(right text and speaker, not a quote, garbled or run past, wrong speaker, no speaker). The
labels belong to the output that was read: a quote's span and speaker. This script finds, for
each sampled quote, the output quote now at that place: where its span and speaker are one
already read, the label stands; where they changed, it is listed to be read again (and its
reading added to sample.jsonl); where no quote overlaps it any more, it is gone (a label of
"right" gone is a loss, any other a fix). Prints the rate over the labels that stand and one
line per quote to read. Measurement only; no article text is stored.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "benchmarks" / "evidence" / "sample.jsonl"
ARTICLES = ROOT.parent / "shared" / "data" / "events" / "allsides_silver.jsonl"


def _quotes(csv_path: Path | None) -> list[dict[str, str]]:
    if csv_path is not None:
        with csv_path.open(encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "reportgen", "build", str(ARTICLES), "--out",
                        f"{out}/b"], check=True, capture_output=True, cwd=ROOT)
        with (Path(out) / "b" / "quotes.csv").open(encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, help="a built briefing's quotes.csv (default: build)")
    args = ap.parse_args(argv)
    if args.csv is None and not ARTICLES.exists():
        print(f"evidence_score: {ARTICLES} is absent; nothing to score")
        return 0
    by_article: dict[str, list[dict[str, str]]] = {}
    for q in _quotes(args.csv):
        by_article.setdefault(q["article"], []).append(q)
    labels: Counter[str] = Counter()
    to_read = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        first = item["readings"][0]
        lo, hi = first["start"], first["end"]
        here = [q for q in by_article.get(item["article"], [])
                if int(q["start"]) < hi and int(q["end"]) > lo]
        read = {(r["start"], r["end"], r["speaker"]): r["label"] for r in item["readings"]}
        known = [k for q in here if (k := read.get((int(q["start"]), int(q["end"]),
                                                     q["speaker"]))) is not None]
        if not here:
            labels["gone (was " + first["label"] + ")"] += 1
        elif known:
            labels[known[0]] += 1
        else:
            labels["to read again"] += 1
            to_read.append((item["n"], item["article"], [(q["start"], q["end"], q["speaker"])
                                                         for q in here]))
    standing = sum(v for k, v in labels.items() if not k.startswith(("gone", "to read")))
    print(json.dumps({"sample": sum(labels.values()), "labels": dict(sorted(labels.items())),
                      "right_of_standing": round(100 * labels["right"] / standing, 1)
                      if standing else None}))
    for n, article, spans in to_read:
        print(f"read again: #{n} {article} {spans}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
