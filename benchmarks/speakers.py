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

Then scores `reportgen analyze` on ../shared/data/quotes/polnear_dev.jsonl with
../shared/tools/score_quotes.py (speech subset, overlap 0.3) and splits the speaker-span
accuracy by outlet (the publisher in each article's id): a tool that compares outlets needs the
error to be even across them, so the spread (best minus worst outlet) is printed too.

    .venv/bin/python benchmarks/speakers.py [--basil PRED.jsonl] [--polnear PRED.jsonl]

(PRED: an earlier `reportgen analyze ... --format jsonl` output, to skip analyzing again.)
Prints one JSON line per corpus. Measurement only: the floor test is tests/test_accuracy.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import re
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

from reportgen.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVENTS = SHARED / "data" / "events"
POLNEAR = SHARED / "data" / "quotes" / "polnear_dev.jsonl"
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


def analyze(articles: Path, saved: str | None) -> dict[str, dict]:
    """Give `reportgen analyze` output by article id, from a saved file or by analyzing."""
    if saved:
        text = Path(saved).read_text(encoding="utf-8")
    else:
        out = io.StringIO()
        with redirect_stdout(out):
            cli_main(["analyze", str(articles), "--format", "jsonl"])
        text = out.getvalue()
    return {d["id"]: d for d in map(json.loads, text.splitlines())}


def canonical(analyzed: dict[str, dict]) -> dict:
    """Score with ../shared/tools/score_canonical_speakers.py: persons, organisations, camps."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pred.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in analyzed.values()),
                        encoding="utf-8")
        out = io.StringIO()
        with redirect_stdout(out):
            _shared_tool("score_canonical_speakers").main(
                [str(EVENTS / "basil_dev_annotations.jsonl"), str(path)])
    result: dict = json.loads(out.getvalue())
    return result


def _score_quotes():
    return _shared_tool("score_quotes")


def _shared_tool(name: str):
    spec = importlib.util.spec_from_file_location(name, SHARED / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def by_outlet(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, object]:
    """Score PolNeAR's speech quotes per outlet: F1 and speaker-span accuracy, and the spread."""
    sq = _score_quotes()
    outlets = sorted({g.get("publisher") or doc_id.split("_")[0] for doc_id, g in gold.items()})
    rows: dict[str, dict] = {}
    for outlet in outlets:
        part = {k: g for k, g in gold.items() if (g.get("publisher") or k.split("_")[0]) == outlet}
        r = sq.score(part, pred, "speech", 0.3)
        rows[outlet] = {"gold": r["gold"], "F1": r["F1"], "speaker_span": r["speaker_acc_span"]}
    whole = sq.score(gold, pred, "speech", 0.3)
    spans = [r["speaker_span"] for r in rows.values() if r["speaker_span"] is not None]
    return {"F1": whole["F1"], "speaker_span": whole["speaker_acc_span"],
            "spread": round(max(spans) - min(spans), 1) if spans else None, "by_outlet": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--basil", help="saved analyze output for basil_dev.jsonl")
    ap.add_argument("--polnear", help="saved analyze output for polnear_dev.jsonl")
    args = ap.parse_args(argv)
    articles = EVENTS / "basil_dev.jsonl"
    if not articles.exists():
        print(f"skipped: {articles} not found")
        return 0
    analyzed = analyze(articles, args.basil)
    pred = {k: d.get("quotes", []) for k, d in analyzed.items()}
    print(json.dumps(breakdown(pred, EVENTS / "basil_dev_annotations.jsonl")))
    print(json.dumps(canonical(analyzed)))
    if POLNEAR.exists():
        gold = {d["id"]: d for d in map(json.loads, POLNEAR.read_text(encoding="utf-8")
                                        .splitlines())}
        print(json.dumps(by_outlet(gold, analyze(POLNEAR, args.polnear))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
