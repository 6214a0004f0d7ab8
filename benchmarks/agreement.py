"""How far two independent labellings of the same bulk articles agree, by the set's own rules.

    .venv/bin/python benchmarks/agreement.py FIRST.jsonl SECOND.jsonl [--items PREFIX]

Both files have the hand-labelled sets' format (benchmarks/devbulk/README.md). Each labelling is
scored as if it were the tool's output against the other, with `handset_score.score`: a quote
of one is matched to the quote of the other it overlaps most, and its speaker is judged by the
same person, organisation, group and anonymous rules the tool is judged by. So the two
"right" figures printed are the ceiling those rules leave a careful second reader, to read
beside the tool's figure on the same set. Only articles both files hold are compared.

Prints one JSON line per direction; with --items, writes PREFIX_ab.jsonl and PREFIX_ba.jsonl
(one line per quote, as handset_score's --items).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from handset_score import score, scorer


def load(path: Path) -> list[dict]:
    """The labelled articles of one file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def as_output(docs: list[dict]) -> dict[str, list[dict]]:
    """A labelling in the shape of `reportgen analyze` quotes, by article id."""
    out: dict[str, list[dict]] = {}
    for doc in docs:
        quotes = []
        for g in doc["quotes"]:
            unknown = g["speaker_kind"] == "unknown" or g["speaker"].upper() == "UNKNOWN"
            label = None if unknown else g["speaker"]
            quotes.append({"quote_start": g["quote_start"], "quote_end": g["quote_end"],
                           "speaker": label, "speaker_name": label,
                           "speaker_kind": None if unknown else g["speaker_kind"]})
        out[doc["id"]] = quotes
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--items", help="write PREFIX_ab.jsonl and PREFIX_ba.jsonl")
    args = ap.parse_args(argv)
    first, second = load(args.first), load(args.second)
    shared = {d["id"] for d in first} & {d["id"] for d in second}
    first = [d for d in first if d["id"] in shared]
    second = [d for d in second if d["id"] in shared]
    rules = scorer()
    for name, gold, other in (("ab", first, second), ("ba", second, first)):
        figures, rows, _ = score(gold, as_output(other), rules)
        print(json.dumps({"direction": f"{name[1]} judged against {name[0]}",
                          "articles": len(shared), **{k: figures[k] for k in (
                              "quotes", "covered", "right", "right_of_covered", "by_kind")}}))
        if args.items:
            Path(f"{args.items}_{name}.jsonl").write_text(
                "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
