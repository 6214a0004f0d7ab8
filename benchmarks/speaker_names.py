"""Count speaker names that are not a person's or an organisation's name (issue 11).

    .venv/bin/python benchmarks/speaker_names.py            # 500 random bulk articles
    .venv/bin/python benchmarks/speaker_names.py --list     # and every flagged name

Draws 500 articles at random (seed 11) from ../shared/data/bulk/bulk.jsonl, leaving out the
hand-checked set's articles (benchmarks/handset: held out, never looked at), runs `reportgen
analyze` on them and sorts each quote's speaker name (``speaker_name``) by what it looks like:

- junk: link or caption residue ("READ MORE", "and 4 more", "Hide Caption"), sentences glued
  without a space ("Holder.But"), a name starting with a function word ("when it", "Though")
  or a number alone or as a person ("54%", "Sixty-five"), a person named by an organisation's word
  ("Association", "Foundation", "Times") or an acronym ("UNICEF"), a person named by a plural
  common noun ("Critics", "Supporters"), a person named by a place or a state abbreviation;
- given name only: a person named by a given name alone where the article gives a full name;
- unresolved: a bare description left as the name ("company", "group", "researchers");
- bad role: a role cut inside a name ("Sen. Charles E.") or starting with punctuation (". Rep.").

The checks look at the output only (not at how the engine reads it), so they count what a
reader of the briefing would see. Prints one JSON line; ``--list`` prints the flagged names too.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tempfile
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

from wordfreq import zipf_frequency

from reportgen.cli import main as cli_main
from reportgen.knowledge import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "data" / "bulk" / "bulk.jsonl"
HANDSET = ROOT / "benchmarks" / "handset" / "speakers.jsonl"
SEED, SIZE = 11, 500

RESIDUE = re.compile(r"\b(?:READ MORE|Read more|Hide Caption|Photo|Getty|Click|Subscribe|"
                     r"Caption|Watch)\b|\band \d+ more\b")
GLUED = re.compile(r"[a-z]\.[A-Z]|[a-z]{3}[A-Z][a-z]")
FUNCTION = {"when", "though", "although", "and", "but", "said", "what", "this", "these",
            "something", "which", "whose", "that", "in", "clearly", "only", "if", "as", "so",
            "because", "while", "after", "before", "translation", "among", "you", "we", "i",
            "you've"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                "hundred"}
ORG_WORDS = {"association", "foundation", "institute", "service", "council", "committee",
             "coalition", "group", "agency", "department", "center", "centre", "league",
             "report", "times", "post", "news", "journal", "magazine", "university", "police",
             "party", "policy", "reform", "system", "mission", "guard", "star", "independent",
             "federation", "union", "corp", "inc", "company", "bank", "fund", "board",
             "commission", "office", "ministry", "court", "administration", "campaign",
             "network", "project", "alliance", "society", "organization", "organisation",
             "press", "tribune", "herald", "daily", "gazette", "lawsuit", "translation"}
UNRESOLVED = {"company", "group", "union", "researchers", "authors", "study's authors",
              "study’s authors", "letter", "statement", "agency", "trade group", "department",
              "organization", "organisation", "firm", "association", "office", "ministry",
              "lawsuit", "report", "study", "complaint", "filing", "suit"}


def sample() -> list[str]:
    """Give the sampled bulk lines (handset articles left out)."""
    held = {json.loads(line)["id"] for line in HANDSET.open(encoding="utf-8")}
    lines = [line for line in BULK.open(encoding="utf-8") if json.loads(line)["id"] not in held]
    return random.Random(SEED).sample(lines, SIZE)


def analyze(lines: list[str]) -> list[dict]:
    """Run ``reportgen analyze`` on the lines; give its JSON objects."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        path.write_text("".join(lines), encoding="utf-8")
        out = io.StringIO()
        with redirect_stdout(out):
            cli_main(["analyze", str(path), "--format", "jsonl", "--jobs", "1"])
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


class Checker:
    """Sort speaker names by what they look like (see the module's docstring)."""

    def __init__(self) -> None:
        k = load_knowledge()
        self.given = set(k.given_names)
        self.places = set(k.places) | set(k.countries)
        self.states = {s.lower().replace(".", "") for s in _state_abbreviations()}

    def junk(self, q: dict) -> str | None:
        """Give the junk class of a quote's speaker name, or None."""
        name, kind = q["speaker_name"], q["speaker_kind"]
        words = name.split()
        low = [w.lower() for w in words]
        if RESIDUE.search(name):
            return "residue"
        if GLUED.search(name):
            return "glued"
        if low[0] in FUNCTION:
            return "function word"
        if (len(low) == 1 or kind == "person") and (
                low[0].split("-")[0] in NUMBER_WORDS or name[:1].isdigit() or "%" in low[0]):
            return "number"
        if kind != "person":
            return None
        return self._person_junk(name, low)

    def _person_junk(self, name: str, low: list[str]) -> str | None:
        bare = [w.strip(".,’'s") for w in low]
        if any(w in ORG_WORDS for w in bare) or (len(name) > 1 and name.replace(".", "")
                                                 .replace("&", "").isupper()):
            return "organisation as person"
        if len(low) == 1 and low[0].endswith("s") and low[0] not in self.given and \
                zipf_frequency(low[0], "en") >= 3.3 and \
                zipf_frequency(low[0][:-1].removesuffix("ie") or low[0], "en") >= 3.0:
            return "common noun as person"
        if name.lower().strip(".") in self.places or name.lower().replace(".", "") in \
                self.states:
            return "place as person"
        return None

    def given_only(self, q: dict, text: str) -> bool:
        """Tell whether a person is named by a given name alone although the article gives
        a full name starting with it."""
        name = q["speaker_name"]
        if q["speaker_kind"] != "person" or " " in name or name.lower() not in self.given:
            return False
        return re.search(rf"\b{re.escape(name)}\s+[A-Z][a-z]", text) is not None

    @staticmethod
    def unresolved(q: dict) -> bool:
        return q["speaker_kind"] != "person" and q["speaker_name"].lower() in UNRESOLVED

    @staticmethod
    def bad_role(q: dict) -> bool:
        role = q.get("speaker_role") or ""
        return (bool(role) and role[0] in ".,;") or re.search(r"\b[A-Z]\.$", role) is not None or \
            role.split(" ")[0].lower() in ("and", "although", "though", "who", "said")


def _state_abbreviations() -> list[str]:
    import us

    return [a for s in us.states.STATES_AND_TERRITORIES for a in (s.abbr, s.ap_abbr or "")
            if a]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every flagged name")
    ap.add_argument("--pred", help="an earlier analyze output of the same sample")
    args = ap.parse_args(argv)
    lines = sample()
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in lines}
    if args.pred:
        results = [json.loads(line) for line in
                   Path(args.pred).read_text(encoding="utf-8").splitlines()]
    else:
        results = analyze(lines)
    check = Checker()
    tally: Counter[str] = Counter()
    flagged: list[tuple[str, str, str]] = []
    for r in results:
        for q in r["quotes"]:
            tally["quotes"] += 1
            if not q.get("speaker_name"):
                continue
            tally["with speaker"] += 1
            found = check.junk(q) or (
                "given name only" if check.given_only(q, texts[r["id"]]) else None) or (
                "unresolved" if check.unresolved(q) else None) or (
                "bad role" if check.bad_role(q) else None)
            if found:
                tally[found] += 1
                shown = q["speaker_role"] if found == "bad role" else q["speaker_name"]
                flagged.append((found, r["id"], f"{q['speaker']!r} -> {shown}"))
    junk = sum(n for k, n in tally.items() if k not in ("quotes", "with speaker", "unresolved",
                                                          "bad role", "given name only"))
    report = {"articles": len(results), **tally, "junk": junk,
              "flagged": len(flagged)}
    if args.list:
        for row in sorted(flagged):
            print("\t".join(row))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
