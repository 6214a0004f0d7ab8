"""benchmarks/rerank_probe.py: the pieces of the candidate re-ranking probe, on text of our own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"

TEXT = ("Ann Roe spoke first at the hall.\n"
        "The mayor, Lee Park, disagreed. “We will not pay,” Park said.\n"
        "Roe left early. “It was a fine evening,” she said.")
SECOND, THIRD = TEXT.index("The mayor"), TEXT.index("Roe left")
PARAS = [(0, SECOND - 1), (SECOND, THIRD - 1), (THIRD, len(TEXT))]


@pytest.fixture(scope="module")
def probe() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("rerank_probe", BENCH / "rerank_probe.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["rerank_probe"] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def span(word: str, nth: int = 0) -> list[int]:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(word, at + 1)
    return [at, at + len(word)]


def person(name: str, *mentions: list[int]) -> dict[str, Any]:
    return {"name": name, "kind": "person", "role": None, "mentions": list(mentions)}


def context(probe: ModuleType, quote: str, speaker: str, cue: str) -> Any:
    start = TEXT.index(quote)
    window, para = probe.paragraph_window(PARAS, start)
    return probe.Context(TEXT, start, start + len(quote), window, para,
                         {"speaker": speaker, "cue_span": span(cue, 1 if cue == "said" and
                                                                 "fine" in quote else 0)},
                         {"ann": "f", "lee": "m"})


@pytest.mark.parametrize(("pos", "window", "para"), [
    (0, PARAS[0], PARAS[0]),                             # the first: nothing before it
    (SECOND + 5, (0, PARAS[1][1]), PARAS[1]),            # the second: the first and itself
    (THIRD + 5, (0, len(TEXT)), PARAS[2]),               # the third: the two before it too
])
def test_paragraph_window_holds_the_paragraph_and_two_before(
        probe: ModuleType, pos: int, window: tuple[int, int], para: tuple[int, int]) -> None:
    assert probe.paragraph_window(PARAS, pos) == (window, para)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Lee Park", "disagreed", True),
    ("Lee Park", "Park said", False),   # a sentence ends after "disagreed."
    ("Roe left", "she said", False),
    ("“It was", "she said", True),
])
def test_same_sentence_stops_at_a_sentence_end(probe: ModuleType, a: str, b: str,
                                               same: bool) -> None:
    assert probe.same_sentence(TEXT, TEXT.index(a), TEXT.index(b)) is same


def test_latest_before_gives_the_name_last_mentioned(probe: ModuleType) -> None:
    roe = person("Ann Roe", span("Ann Roe"), span("Roe", 1))
    park = person("Lee Park", span("Lee Park"), span("Park", 1))
    assert probe.latest_before([roe, park], TEXT.index("“We")) == "Lee Park"
    assert probe.latest_before([roe, park], TEXT.index("“It")) == "Ann Roe"
    assert probe.latest_before([roe, park], 0) is None


def test_features_read_gender_place_and_the_engine_pick(probe: ModuleType) -> None:
    ctx = context(probe, "“It was a fine evening,”", "she", "said")
    roe = person("Ann Roe", span("Ann Roe"), span("Roe", 1))
    park = person("Lee Park", span("Lee Park"), span("Park", 1))
    f = dict(zip(probe.FEATURES, probe.features(roe, ctx, "Ann Roe", "Ann Roe"), strict=True))
    g = dict(zip(probe.FEATURES, probe.features(park, ctx, "Ann Roe", "Ann Roe"), strict=True))
    assert (f["engine"], f["gender_agrees"], f["gender_clash"], f["most_recent"]) == (1, 1, 0, 1)
    assert (g["engine"], g["gender_agrees"], g["gender_clash"], g["most_recent"]) == (0, 0, 1, 0)
    assert f["same_para"] == 1 and g["same_para"] == 0  # "Roe left early" is the quote's own
    assert f["near"] > g["near"]


def test_a_chooser_trained_on_separable_items_picks_the_right_candidate(
        probe: ModuleType) -> None:
    width = len(probe.FEATURES)

    def cand(good: bool) -> Any:
        vec = [1.0] + [0.0] * (width - 1)
        vec[probe.FEATURES.index("same_para")] = 1.0 if good else 0.0
        return probe.Candidate("x" if good else "y", tuple(vec), good)

    items = [probe.Item(fold, "person", False, True, True, (cand(False), cand(True)))
             for fold in ("devbulk", "devbulk2") for _ in range(10)]
    w = probe.train(items, steps=300)
    assert all(probe.choose(it, w) for it in items)
    first, second = probe.folds(items)[:2]  # each trained on the other's items only
    assert (first["engine"], first["rerank"], first["wrong_to_right"]) == (0.0, 100.0, 10)
    assert (second["right_to_wrong"], second["wrong_to_right"]) == (0, 10)
