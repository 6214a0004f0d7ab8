"""Score quote speakers on the hand-checked bulk set (benchmarks/handset), a held-out measure.

    .venv/bin/python benchmarks/handset_score.py [--pred PRED.jsonl] [--items OUT.jsonl]
    .venv/bin/python benchmarks/handset_score.py --gold benchmarks/devbulk/speakers.jsonl

`--gold PATH` scores another set of the same format instead (benchmarks/devbulk, the open
development set drawn from the same bulk file, is the one to tune on; the default stays the
held-out handset).

The set (see benchmarks/handset/README.md) holds ids, offsets and speaker names only; the
article texts are read from ../shared/data/bulk/bulk.jsonl and analysed with `reportgen
analyze` (or PRED, an earlier `analyze --format jsonl` output of those articles). Each gold
quotation is matched to the ONE predicted quote that overlaps it by the most characters (ties:
the earliest); none = not covered = wrong. The speaker is judged by the rules of
../shared/tools/score_canonical_speakers.py, loaded from there, picked by the annotator's
speaker_kind (that scorer guesses the class from the label; this set records it):
  person        its person rule, unchanged: surname and given name (nicknames allowed, a
                generational suffix must agree, an outlet never a person);
  organisation  its org rule (every content word in the predicted name, or in role +
                organisation), or the predicted name is the gold's acronym ("AHIP" for
                "America's Health Insurance Plans") or a one-word clipping of its first word
                ("Fed" for "Federal Reserve", the gold having 2+ content words), or the gold
                is an acronym the predicted name spells out ("FEMA" for "Federal Emergency
                Management Agency"; since 2026-12-02);
  group         its camp rule (or any shared word with the predicted name);
  anonymous     the prediction names no one (speaker_kind not person/organisation/media) and
                the gold's head noun (last word before "of"/"to"/"in"/..., "son" in "X's son";
                since 2026-12-02 also before a participle or adjective opening a postmodifier
                with its preposition: "aide" in "an aide traveling with ...", "source" in "a
                source familiar with ...")
                is a word of the predicted speaker, name or role ("one sign" for "a protest
                sign in Dallas"); a named prediction is never right for an anonymous gold.
A gold "UNKNOWN" is right when no predicted quote covers it or the one that does has no speaker.

The other side, the quotes the tool outputs that no careful reader counts as a quotation: of
the predicted quotes that hold quotation marks (kind "mixed", or "direct" with a mark at the
start of a stretch, read from the article text; the sets label the stretches between marks
only, so reported speech without marks, a tweet embedded without marks and a block quote set
off by a colon are not judged: "unmarked" counts those direct ones), one that overlaps no gold
quotation by a character, any of its stretches ("quote_spans"), is "spurious": narration, a
term or scare quote, a title, a nickname, a headline, a stretch run past the closing mark, or
a quotation the annotators left out (the sets' guidelines leave out terms, scare quotes,
titles, nicknames, slogans and captions, so a prediction there is spurious by them).
"precision" is the share of the judged quotes that overlap a gold quotation;
"spurious_by_kind" splits the spurious by the predicted kind. `--spurious OUT.jsonl` writes
one line per spurious prediction (id, outlet, start, end, kind, the predicted speaker and the
quoted text, to read in the article); the --items lines stay one per gold quote.

Prints one JSON line: quotes, covered, right (all), right of covered, by kind and by outlet;
predicted (judged), unmarked, spurious, precision and spurious by kind.
Measurement only: never tune rules on this set.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

from reportgen.cli import main as cli_main
from reportgen.punctuation import DOUBLE_MARKS

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "benchmarks" / "handset" / "speakers.jsonl"
BULK = SHARED / "data" / "bulk" / "bulk.jsonl"
SCORER = SHARED / "tools" / "score_canonical_speakers.py"


def scorer() -> ModuleType:
    """Load the canonical-speaker rules from ../shared/tools."""
    spec = importlib.util.spec_from_file_location("score_canonical_speakers", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bulk_lines(ids: set[str]) -> Iterator[tuple[str, dict]]:
    """The lines of the bulk file whose article has one of these ids, each with its article."""
    with BULK.open(encoding="utf-8") as src:
        for line in src:
            doc = json.loads(line)
            if doc["id"] in ids:
                yield line, doc


def analyze_docs(ids: set[str]) -> list[dict]:
    """Analyse the articles with these ids, read from the bulk file; give the output lines."""
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "handset_articles.jsonl"
        with subset.open("w", encoding="utf-8") as dst:
            dst.writelines(line for line, _ in bulk_lines(ids))
        out = io.StringIO()
        with redirect_stdout(out):
            cli_main(["analyze", str(subset), "--format", "jsonl"])
    return [json.loads(line) for line in out.getvalue().splitlines() if line]


def bulk_texts(ids: set[str]) -> dict[str, str]:
    """The texts of the articles with these ids, read from the bulk file."""
    return {doc["id"]: doc["text"] for _, doc in bulk_lines(ids)}


def analyze(ids: set[str]) -> dict[str, list[dict]]:
    """Analyse the set's articles, read from the bulk file; give quotes by article id."""
    return {d["id"]: d.get("quotes", []) for d in analyze_docs(ids)}


FUNCTION_WORDS = {"the", "a", "an", "of", "for", "and", "on", "in", "to", "at", "from", "with"}
HEAD_STOP = {"of", "to", "in", "at", "from", "for", "with", "on", "who", "that", "by"}
NAMED_KINDS = {"person", "organisation", "media"}
# adjectives that open a postmodifier after the head noun ("a source familiar with the talks")
POSTMODIFIERS = {"familiar", "close", "aware", "involved", "responsible", "loyal", "opposed",
                 "briefed", "based"}


def initials(sc: ModuleType, name: str) -> str:
    """First letters of the content words ("fema": Federal Emergency Management Agency)."""
    return "".join(t[0] for t in sc.tokens(name) if t not in FUNCTION_WORDS)


def acronym(name: str) -> str:
    """The name lower-cased if it is an acronym of 2+ capitals ("U.S." -> "us"), else ""."""
    bare = name.replace(".", "").strip()
    return bare.lower() if len(bare) >= 2 and bare.isalpha() and bare.isupper() else ""


def org_short_right(sc: ModuleType, label: str, q: dict) -> bool:
    """The predicted name is the gold organisation's acronym or a one-word clipping of it,
    or the gold is an acronym the predicted name spells out ("FEMA" for "Federal Emergency
    Management Agency", the other direction of the same identity)."""
    name = (q.get("speaker_name") or "").strip()
    toks = [t for t in sc.tokens(label) if t not in FUNCTION_WORDS]
    if not name or not toks:
        return False
    said = sc.tokens(name)
    short = acronym(label)
    if short and len(said) >= 2:
        return short == initials(sc, name)
    if name.isupper() and len(name) >= 2 and name.isalpha():
        return name.lower() == initials(sc, label)
    return (len(said) == 1 and len(toks) >= 2 and len(said[0]) >= 3
            and toks[0].startswith(said[0]) and toks[0] != said[0])


def head_noun(sc: ModuleType, label: str) -> str:
    """Last word of an anonymous description before its first preposition or clause; a
    participle or adjective that opens a postmodifier with its preposition ("an aide
    traveling with", "a source familiar with", "an adviser close to") ends it too."""
    head = ""
    toks = sc.tokens(label)
    for i, tok in enumerate(toks):
        if tok in HEAD_STOP and head:
            break
        following = toks[i + 1] if i + 1 < len(toks) else ""
        if (head and head not in FUNCTION_WORDS and following in HEAD_STOP
                and (tok.endswith("ing") or tok in POSTMODIFIERS)):
            break
        head = tok
    return head


def anonymous_right(sc: ModuleType, label: str, q: dict) -> bool:
    """Right when the prediction names no one and carries the gold's head noun."""
    if q.get("speaker_kind") in NAMED_KINDS:
        return False
    head = head_noun(sc, label)
    said = sc.tokens(" ".join(str(q.get(k) or "") for k in
                              ("speaker", "speaker_name", "speaker_role")))
    return bool(head) and any(w == head or w.rstrip("s") == head.rstrip("s") for w in said)


def right_label_classes(sc: ModuleType, label: str, kind: str, q: dict | None) -> bool:
    """The rule before 2026-11-30: the class guessed from the label by sc.klass."""
    if kind == "unknown" or label.upper() == "UNKNOWN":
        return q is None or not q.get("speaker_name")
    if q is None:
        return False
    k = sc.klass(label)
    if k == "person":
        return bool(sc.person_right(label, q))
    if k == "org":
        return bool(sc.org_right(label, q))
    return bool(sc.old_right(label, q) or sc.camp_right(label, q, False))


def right(sc: ModuleType, label: str, kind: str, q: dict | None) -> bool:
    """Judge one predicted quote's speaker against the gold label, by the gold's kind."""
    if kind == "unknown" or label.upper() == "UNKNOWN":
        return q is None or not q.get("speaker_name")
    if q is None:
        return False
    if kind == "person":
        return bool(sc.person_right(label, q))
    if kind == "organisation":
        return bool(sc.org_right(label, q)) or org_short_right(sc, label, q)
    if kind == "anonymous":
        return anonymous_right(sc, label, q)
    if kind == "group":
        return bool(sc.old_right(label, q) or sc.camp_right(label, q, False))
    return right_label_classes(sc, label, kind, q)


MARKED_KINDS = ("direct", "mixed")
QUOTE_MARKS = DOUBLE_MARKS + "'‘’‚‹›"


def spans_of(q: dict) -> list[tuple[int, int]]:
    """The stretches of one predicted quote: its quote_spans, or its start and end."""
    return [(s, e) for s, e in q.get("quote_spans") or [(q["quote_start"], q["quote_end"])]]


def opens_at_mark(text: str, spans: list[tuple[int, int]]) -> bool:
    """A stretch starts at a quotation mark: the character before it, or its first."""
    return any(c in QUOTE_MARKS for s, _ in spans for c in text[max(0, s - 1):s + 1])


def spurious(gold: list[dict], pred: dict[str, list[dict]],
             texts: dict[str, str] | None = None) -> tuple[int, int, list[dict]]:
    """Count the judged and the unmarked predicted quotes; give the judged ones no gold overlaps.

    Only the gold's articles are read. Without ``texts`` every direct quote is judged; a
    quote with no "kind" (a labelling read as output, see agreement.py) counts as direct.
    """
    judged, unmarked, rows = 0, 0, []
    for doc in gold:
        golds = [(g["quote_start"], g["quote_end"]) for g in doc["quotes"]]
        text = None if texts is None else texts.get(doc["id"])
        for q in pred.get(doc["id"], []):
            kind = q.get("kind") or "direct"
            if kind not in MARKED_KINDS:
                continue
            if kind == "direct" and text is not None and not opens_at_mark(text, spans_of(q)):
                unmarked += 1
                continue
            judged += 1
            if any(min(e, ge) > max(s, gs) for s, e in spans_of(q) for gs, ge in golds):
                continue
            rows.append({"id": doc["id"], "outlet": doc["outlet"], "start": q["quote_start"],
                         "end": q["quote_end"], "kind": kind, "spurious": True,
                         "pred": q.get("speaker_name"), "speaker": q.get("speaker"),
                         "cue": q.get("cue"), "text": q.get("text")})
    return judged, unmarked, rows


def score(gold: list[dict], pred: dict[str, list[dict]], sc: ModuleType,
          texts: dict[str, str] | None = None) -> tuple[dict, list, list]:
    """Score every gold quote; give the figures, one row per item and one per spurious
    predicted quote (``spurious``).

    ``texts`` (the articles' texts by id) lets the spurious count leave unmarked quotes out.
    """
    rows = []
    for doc in gold:
        for g in doc["quotes"]:
            span = {"start": g["quote_start"], "end": g["quote_end"]}
            q = sc.best_hit(span, pred.get(doc["id"], []))
            rows.append({"id": doc["id"], "outlet": doc["outlet"], "start": g["quote_start"],
                         "end": g["quote_end"], "gold": g["speaker"], "kind": g["speaker_kind"],
                         "covered": q is not None,
                         "pred": None if q is None else q.get("speaker_name"),
                         "right": right(sc, g["speaker"], g["speaker_kind"], q),
                         "right_label_classes": right_label_classes(sc, g["speaker"],
                                                                    g["speaker_kind"], q)})

    def pct(rs: list[dict], key: str = "right") -> float:
        return round(100 * sum(bool(r[key]) for r in rs) / max(1, len(rs)), 1)

    by_kind: dict[str, list[dict]] = defaultdict(list)
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
        by_outlet[r["outlet"]].append(r)
    covered = [r for r in rows if r["covered"]]
    figures = {"quotes": len(rows), "covered": pct(rows, "covered"), "right": pct(rows),
               "right_label_classes": pct(rows, "right_label_classes"),
               "right_of_covered": pct(covered),
               "by_kind": {k: {"n": len(v), "right": pct(v)} for k, v in sorted(by_kind.items())},
               "by_outlet": {k: {"n": len(v), "right": pct(v)}
                             for k, v in sorted(by_outlet.items())}}
    judged, unmarked, extra = spurious(gold, pred, texts)
    figures.update({"predicted": judged, "unmarked": unmarked, "spurious": len(extra),
                    "precision": round(100 * (judged - len(extra)) / max(1, judged), 1),
                    "spurious_by_kind": {k: sum(r["kind"] == k for r in extra)
                                         for k in MARKED_KINDS}})
    return figures, rows, extra


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pred", help="saved `reportgen analyze --format jsonl` of the set's articles")
    ap.add_argument("--items", help="write one JSON line per gold quote here")
    ap.add_argument("--spurious", help="write one JSON line per spurious predicted quote here")
    ap.add_argument("--gold", type=Path, default=GOLD,
                    help="gold speakers.jsonl to score (default: benchmarks/handset)")
    args = ap.parse_args(argv)
    if not (args.gold.exists() and SCORER.exists() and (args.pred or BULK.exists())):
        print(f"skipped: {args.gold} or ../shared is not there")
        return 0
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
            if line]
    ids = {d["id"] for d in gold}
    if args.pred:
        with open(args.pred, encoding="utf-8") as fh:
            pred = {d["id"]: d.get("quotes", []) for d in map(json.loads, fh)}
    else:
        pred = analyze(ids)
    texts = bulk_texts(ids) if BULK.exists() else None
    figures, rows, extra = score(gold, pred, scorer(), texts)
    if args.items:
        Path(args.items).write_text("".join(json.dumps(r) + "\n" for r in rows),
                                    encoding="utf-8")
    if args.spurious:
        Path(args.spurious).write_text("".join(json.dumps(r) + "\n" for r in extra),
                                       encoding="utf-8")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
