"""Break BASIL's canonical-speaker score down by what the annotation names as the speaker.

    make speakers          # or: .venv/bin/python benchmarks/speakers.py

Scores `reportgen analyze` on ../shared/data/events/basil_dev.jsonl with the rule of
../shared/tools/score_speakers.py (a gold quote is right when an overlapping predicted quote's
speaker_name shares a word with the gold speaker), then splits the gold quotes in two:

- named speakers: the annotation names one person or organisation ("Donald Trump",
  "Secure America Now");
- group labels: the annotation names a camp ("Democratic lawmakers", "House Republicans",
  "Obama campaign", "Nebraska officials") although the article quotes a named member of it
  ("Senator Richard Blumenthal, Democrat of Connecticut, said"). reportgen names the person
  who speaks, so speaker_name cannot share a word with such a label; for these the report also
  counts the quotes whose speaker is consistent with the label: the same party ("Democratic
  lawmakers" and a speaker of the Democratic Party) or the label named in the speaker's role
  or organisation ("Obama campaign" and "Obama campaign spokeswoman Lis Smith").

Prints one JSON line. Measurement only: the floor test is tests/test_accuracy.py.
"""

from __future__ import annotations

import io
import json
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path

from reportgen.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT.parent / "shared" / "data" / "events"
# the scorer's stop words (../shared/tools/score_speakers.py)
STOP = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
        "president", "former", "u", "s", "us", "jr"}
GROUP_WORDS = {"lawmakers", "members", "democrats", "republicans", "officials", "campaign",
               "committee", "leaders", "senators"}
PARTY_WORDS = {"democratic": "Democratic Party", "democrats": "Democratic Party",
               "democrat": "Democratic Party", "republican": "Republican Party",
               "republicans": "Republican Party", "gop": "Republican Party"}


def words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (s or "").lower()) if w not in STOP}


def consistent(label: str, quote: dict) -> bool:
    """Tell whether a quote's speaker belongs to the camp a group label names."""
    parties = {PARTY_WORDS[w] for w in words(label) if w in PARTY_WORDS}
    if parties and quote.get("speaker_party") in parties:
        return True
    camp = words(label) - GROUP_WORDS
    said = words(f"{quote.get('speaker_role') or ''} {quote.get('speaker_organisation') or ''}")
    return bool(camp) and camp <= said


def breakdown(pred: dict[str, list[dict]], annotations: Path) -> dict[str, float]:
    """Score predicted quotes ({article id: analyze quotes}) against BASIL's annotations."""
    tally = dict.fromkeys(("gold", "right", "named", "named_right", "group", "group_right",
                           "group_consistent", "uncovered"), 0)
    with annotations.open(encoding="utf-8") as fh:
        for doc in map(json.loads, fh):
            for s in doc["spans"]:
                if s.get("quote") != "yes" or s.get("field") != "text":
                    continue
                if not s.get("speaker") or s["speaker"].lower().startswith("other"):
                    continue
                hits = [q for q in pred.get(doc["id"], [])
                        if q["quote_start"] < s["end"] and s["start"] < q["quote_end"]]
                right = any(words(q.get("speaker_name")) & words(s["speaker"]) for q in hits)
                kind = "group" if words(s["speaker"]) & GROUP_WORDS else "named"
                tally["gold"] += 1
                tally["right"] += right
                tally[kind] += 1
                tally[f"{kind}_right"] += right
                tally["uncovered"] += not hits
                if kind == "group":
                    tally["group_consistent"] += right or any(
                        consistent(s["speaker"], q) for q in hits)

    def pct(a: int, b: int) -> float:
        return round(100 * a / max(1, b), 1)

    return {
        "gold_spans": tally["gold"], "accuracy": pct(tally["right"], tally["gold"]),
        "named_speakers": tally["named"],
        "named_accuracy": pct(tally["named_right"], tally["named"]),
        "group_labels": tally["group"],
        "group_accuracy": pct(tally["group_right"], tally["group"]),
        "group_consistent": pct(tally["group_consistent"], tally["group"]),
        "right_or_consistent": pct(tally["right"] + tally["group_consistent"]
                                   - tally["group_right"], tally["gold"]),
        "uncovered": tally["uncovered"]}


def main() -> int:
    articles = EVENTS / "basil_dev.jsonl"
    if not articles.exists():
        print(f"skipped: {articles} not found")
        return 0
    out = io.StringIO()
    with redirect_stdout(out):
        cli_main(["analyze", str(articles), "--format", "jsonl"])
    pred = {d["id"]: d.get("quotes", []) for d in map(json.loads, out.getvalue().splitlines())}
    print(json.dumps(breakdown(pred, EVENTS / "basil_dev_annotations.jsonl")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
