"""Probe whether a learned choice among candidate speakers would beat the engine's pick.

    PYTHONPATH=. .venv/bin/python benchmarks/rerank_probe.py [--pred-dir DIR]

A measurement for issue 11, not part of the product. It reads ONLY the five hand sets open
when it was written (benchmarks/devbulk .. devbulk5; never the held-out handset; devbulk6,
held out then, is left out so its figures stay comparable), analyses their articles with
`reportgen analyze` (or reads DIR/SET.jsonl, an earlier `analyze --format jsonl` of the set's
articles; written there when missing), and for each gold quote, matched to a predicted quote
and judged as benchmarks/handset_score.py does (its best_hit and `right`):

1. collects CANDIDATES: the engine's pick (none counts as a candidate: "no speaker") and every
   person or organisation the engine's actor step resolves (the analysis's `officials`, with
   where each is named or quoted) in the quote's paragraph or the two before it;
2. prints CANDIDATE RECALL by the gold's kind: how often a candidate is right, the ceiling of
   any chooser over these candidates;
3. trains a small logistic regression (numpy) on features of each candidate and evaluates it
   leave-one-set-out: per fold, the engine's accuracy and the re-ranker's on the same quotes,
   and the quotes it flips right->wrong and wrong->right (and how many of those the engine
   had named a speaker for); then the same chooser blind to which candidate the engine
   picked ("context_only_chooser": do the features alone find the speaker?).

A quote no predicted quote covers keeps the engine's verdict: no choice of speaker fixes it.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from handset_score import BULK, analyze_docs, bulk_texts, right, scorer

from reportgen.analyze.text import paragraphs

ROOT = Path(__file__).resolve().parent.parent
SETS = ("devbulk", "devbulk2", "devbulk3", "devbulk4", "devbulk5")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# a sentence ends between two positions: its mark, closing marks, space, a capital
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]*[A-Z0-9]")
FEATURES = ("bias", "engine", "none", "near", "before", "after_close", "same_para",
            "same_sentence_cue", "mentions_so_far", "quoted_often", "most_recent",
            "person", "organisation", "other_kind", "full_name", "gender_agrees",
            "gender_clash", "is_speaker_mention")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One speaker a chooser may pick for a quote, with its features and whether it is right."""

    name: str | None
    features: tuple[float, ...]
    right: bool


@dataclass(frozen=True, slots=True)
class Item:
    """One gold quote: its set, kind, whether the engine is right, and its candidates."""

    fold: str
    kind: str
    engine_right: bool
    covered: bool  # a predicted quote overlaps it; else there are no candidates
    named: bool  # the engine names a speaker for it
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class Context:
    """What the features of one quote's candidates read: the text, the quote and its window."""

    text: str
    start: int
    end: int
    window: tuple[int, int]
    para: tuple[int, int]
    quote: dict[str, Any] | None
    genders: dict[str, str]


def set_docs(name: str, ids: set[str], pred_dir: Path | None) -> dict[str, dict[str, Any]]:
    """Give the analysis of one set's articles by id, cached in ``pred_dir`` where given."""
    cached = pred_dir / f"{name}.jsonl" if pred_dir else None
    if cached and cached.exists():
        docs = [json.loads(line) for line in cached.read_text(encoding="utf-8").splitlines()]
    else:
        docs = analyze_docs(ids)
        if cached:
            cached.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return {d["id"]: d for d in docs}


def paragraph_window(paras: list[tuple[int, int]], pos: int) -> tuple[tuple[int, int],
                                                                       tuple[int, int]]:
    """Give the span of the paragraph holding ``pos`` with the two before it, and its own."""
    if not paras:
        return (0, pos), (0, pos)
    k = max(0, bisect_right([p[0] for p in paras], pos) - 1)
    return (paras[max(0, k - 2)][0], paras[k][1]), paras[k]


def same_sentence(text: str, a: int, b: int) -> bool:
    """Tell whether no sentence ends between two positions of the text."""
    lo, hi = sorted((a, b))
    return _SENTENCE_END.search(text, lo, hi) is None


def gender_of(name: str, genders: dict[str, str]) -> str | None:
    """Give the gender a person's given name says, from a table of given names."""
    words = name.split()
    return genders.get(words[0].lower()) if len(words) > 1 else None


def engine_candidate(q: dict[str, Any]) -> dict[str, Any]:
    """Give the engine's pick for a predicted quote as a candidate (no name: no speaker)."""
    span = q.get("speaker_span")
    return {"name": q.get("speaker_name"), "kind": q.get("speaker_kind"),
            "role": q.get("speaker_role"), "mentions": [span] if span else [],
            "speaker": q.get("speaker")}


def window_candidates(doc: dict[str, Any], window: tuple[int, int]) -> list[dict[str, Any]]:
    """Give every actor of the article named or quoted inside the window."""
    found = []
    for off in doc.get("officials", []):
        inside = [m for m in off["mentions"] if window[0] <= m[0] < window[1]]
        if inside:
            found.append({"name": off["name"], "kind": off["kind"], "role": off["role"],
                          "mentions": off["mentions"], "quotes": off["quotes"]})
    return found


def candidate_quote(c: dict[str, Any]) -> dict[str, Any]:
    """Give a candidate as a predicted quote's speaker fields, for handset_score.right."""
    return {"speaker_name": c["name"], "speaker_kind": c["kind"], "speaker_role": c["role"],
            "speaker": c.get("speaker") or c["name"]}


def _distance(m: list[int], ctx: Context) -> int:
    if m[0] >= ctx.end:
        return m[0] - ctx.end
    if m[1] <= ctx.start:
        return ctx.start - m[1]
    return 0


def _cue_sentence(c: dict[str, Any], ctx: Context) -> float:
    cue = ctx.quote.get("cue_span") if ctx.quote else None
    if not cue:
        return 0.0
    return float(any(ctx.window[0] <= m[0] < ctx.window[1]
                     and same_sentence(ctx.text, m[0], cue[0]) for m in c["mentions"]))


def _gender_features(c: dict[str, Any], ctx: Context) -> tuple[float, float]:
    said = str((ctx.quote or {}).get("speaker") or "").lower()
    want = PRONOUN_GENDER.get(said)
    has = gender_of(c["name"], ctx.genders) if c["name"] and c["kind"] == "person" else None
    if want is None or has is None:
        return 0.0, 0.0
    return float(want == has), float(want != has)


def features(c: dict[str, Any], ctx: Context, engine_name: str | None,
             latest: str | None) -> tuple[float, ...]:
    """Give a candidate's features (FEATURES, in order) for one quote."""
    mentions = [m for m in c["mentions"] if m]
    near = min((_distance(m, ctx) for m in mentions), default=5000)
    kind = c["kind"] or ""
    agrees, clashes = _gender_features(c, ctx)
    return (
        1.0,
        float(c["name"] == engine_name),
        float(c["name"] is None),
        1.0 - min(math.log1p(near) / math.log1p(5000), 1.0),
        float(any(m[1] <= ctx.start for m in mentions)),
        float(any(0 <= m[0] - ctx.end <= 40 for m in mentions)),
        float(any(ctx.para[0] <= m[0] < ctx.para[1] for m in mentions)),
        _cue_sentence(c, ctx),
        math.log1p(sum(m[0] < ctx.end for m in mentions)) / 3,
        math.log1p(c.get("quotes", 0)) / 3,
        float(c["name"] is not None and c["name"] == latest),
        float(kind == "person"),
        float(kind == "organisation"),
        float(kind not in ("person", "organisation", "")),
        float(kind == "person" and len(str(c["name"]).split()) > 1),
        agrees,
        clashes,
        float(bool(c.get("speaker"))),
    )


def latest_before(cands: Iterable[dict[str, Any]], start: int) -> str | None:
    """Give the candidate named last before a position."""
    best, at = None, -1
    for c in cands:
        for m in c["mentions"]:
            if m and at < m[0] < start:
                best, at = c["name"], m[0]
    return best


def item_of(sc: ModuleType, fold: str, g: dict[str, Any], doc: dict[str, Any],
            ctx: Context) -> Item:
    """Gather one gold quote's candidates, each with its features and whether it is right."""
    label, kind = g["speaker"], g["speaker_kind"]
    engine_right = bool(right(sc, label, kind, ctx.quote))
    if ctx.quote is None:  # no quote found: no choice of speaker can make it right
        return Item(fold, kind, engine_right, False, False, ())
    engine = engine_candidate(ctx.quote)
    pool: dict[str | None, dict[str, Any]] = {engine["name"]: engine}
    for c in window_candidates(doc, ctx.window):  # the engine's pick keeps its mention
        pool[c["name"]] = {**c, "speaker": engine.get("speaker")} \
            if c["name"] == engine["name"] else c
    latest = latest_before(pool.values(), ctx.start)
    cands = tuple(Candidate(c["name"], features(c, ctx, engine["name"], latest),
                            engine_right if c["name"] == engine["name"]
                            else bool(right(sc, label, kind, candidate_quote(c))))
                  for c in pool.values())
    return Item(fold, kind, engine_right, True, engine["name"] is not None, cands)


def set_items(sc: ModuleType, name: str, pred_dir: Path | None,
              genders: dict[str, str]) -> list[Item]:
    """Give the items of one open set."""
    gold = [json.loads(line) for line in
            (ROOT / "benchmarks" / name / "speakers.jsonl").read_text(encoding="utf-8")
            .splitlines() if line]
    ids = {d["id"] for d in gold}
    docs, texts = set_docs(name, ids, pred_dir), bulk_texts(ids)
    items = []
    for d in gold:
        doc, text = docs.get(d["id"], {"quotes": []}), texts.get(d["id"], "")
        paras = [(s, e) for s, e in paragraphs(text)]
        for g in d["quotes"]:
            span = {"start": g["quote_start"], "end": g["quote_end"]}
            window, para = paragraph_window(paras, g["quote_start"])
            ctx = Context(text, g["quote_start"], g["quote_end"], window, para,
                          sc.best_hit(span, doc.get("quotes", [])), genders)
            items.append(item_of(sc, name, g, doc, ctx))
    return items


def train(items: list[Item], steps: int = 3000, rate: float = 0.5,
          l2: float = 1e-3) -> np.ndarray:
    """Fit a logistic regression of "this candidate is right" by gradient descent."""
    x = np.array([c.features for it in items for c in it.candidates], dtype=float)
    y = np.array([float(c.right) for it in items for c in it.candidates])
    w = np.zeros(len(FEATURES))
    if not len(y):
        return w
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w)
    return w


def choose(item: Item, w: np.ndarray) -> bool:
    """Tell whether the candidate the weights score highest is right (ties: the first)."""
    if not item.candidates:
        return item.engine_right
    scores = [float(np.dot(w, c.features)) for c in item.candidates]
    return item.candidates[int(np.argmax(scores))].right


def recall(items: list[Item]) -> dict[str, Any]:
    """Give how often a candidate is right, by the gold's kind, against the engine."""
    by_kind: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_kind[it.kind].append(it)
        by_kind["all"].append(it)
    return {k: {"n": len(v), "covered": pct(sum(i.covered for i in v), len(v)),
                "engine_named": pct(sum(i.named for i in v), len(v)),
                "engine": pct(sum(i.engine_right for i in v), len(v)),
                "ceiling": pct(sum(any(c.right for c in i.candidates) or i.engine_right
                                   for i in v), len(v)),
                "headroom_engine_named": pct(sum(_fixable(i) and i.named for i in v), len(v)),
                "headroom_engine_none": pct(sum(_fixable(i) and not i.named for i in v),
                                            len(v)),
                "candidates": round(sum(len(i.candidates) for i in v) / max(1, len(v)), 1)}
            for k, v in sorted(by_kind.items())}


def _fixable(item: Item) -> bool:
    """Tell whether the engine is wrong and another candidate is right."""
    return not item.engine_right and any(c.right for c in item.candidates)


def pct(n: int, d: int) -> float:
    """Give n of d as a percentage, one decimal."""
    return round(100 * n / max(1, d), 1)


def folds(items: list[Item]) -> list[dict[str, Any]]:
    """Train on four sets and test on the fifth, for each set in turn."""
    rows = []
    for held in SETS:
        w = train([it for it in items if it.fold != held])
        test = [it for it in items if it.fold == held]
        picks = [choose(it, w) for it in test]
        flips = [(it, p) for it, p in zip(test, picks, strict=True) if p != it.engine_right]
        rows.append({"fold": held, "n": len(test),
                     "engine": pct(sum(it.engine_right for it in test), len(test)),
                     "rerank": pct(sum(picks), len(test)),
                     "engine_right": sum(it.engine_right for it in test),
                     "rerank_right": sum(picks),
                     "right_to_wrong": sum(not p for _, p in flips),
                     "wrong_to_right": sum(p for _, p in flips),
                     "wrong_to_right_engine_named": sum(p and it.named for it, p in flips),
                     "right_to_wrong_engine_named": sum(not p and it.named
                                                        for it, p in flips)})
    return rows


def without_engine(items: list[Item]) -> list[Item]:
    """Give the items with the features that say which candidate the engine picked zeroed."""
    hide = {FEATURES.index("engine"), FEATURES.index("is_speaker_mention")}
    return [replace(it, candidates=tuple(
        replace(c, features=tuple(0.0 if i in hide else v for i, v in enumerate(c.features)))
        for c in it.candidates)) for it in items]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pred-dir", type=Path,
                    help="folder of SET.jsonl analyses of each set's articles (made if missing)")
    args = ap.parse_args(argv)
    if not BULK.exists():
        print(f"skipped: {BULK} is not there")
        return 0
    from reportgen.knowledge import load_knowledge
    genders = dict(load_knowledge().given_names)
    sc = scorer()
    items = [it for name in SETS for it in set_items(sc, name, args.pred_dir, genders)]
    print(json.dumps({"candidate_recall": recall(items)}))
    for row in folds(items):
        print(json.dumps(row))
    blind = folds(without_engine(items))
    n = sum(r["n"] for r in blind)
    print(json.dumps({"context_only_chooser": pct(sum(r["rerank_right"] for r in blind), n),
                      "engine": pct(sum(r["engine_right"] for r in blind), n)}))
    w = train(items)
    print(json.dumps({"weights_all_sets": dict(zip(FEATURES, np.round(w, 2).tolist(),
                                                       strict=True))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
