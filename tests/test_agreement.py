"""benchmarks/agreement.py: two labellings of the same articles judged against each other."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def agreement(shared: Path) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("agreement", BENCH / "agreement.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def labelled(*quotes: tuple[int, int, str, str]) -> dict:
    return {"id": "made-up-1", "outlet": "Example Daily", "position": 0,
            "quotes": [{"quote_start": s, "quote_end": e, "speaker": who, "speaker_kind": kind,
                        "note": ""} for s, e, who, kind in quotes]}


def run(agreement: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        first: dict, second: dict) -> list[dict]:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps(first) + "\n", encoding="utf-8")
    b.write_text(json.dumps(second) + "\n", encoding="utf-8")
    assert agreement.main([str(a), str(b)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.shared
def test_identical_labellings_agree_fully(agreement: ModuleType, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    doc = labelled((10, 40, "Jane Roe", "person"), (60, 90, "a city clerk", "anonymous"),
                   (120, 130, "UNKNOWN", "unknown"))
    rows = run(agreement, tmp_path, capsys, doc, doc)
    assert [r["right"] for r in rows] == [100.0, 100.0]
    assert [r["quotes"] for r in rows] == [3, 3]


@pytest.mark.shared
def test_a_different_speaker_and_a_missing_quote_count_against(
        agreement: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = labelled((10, 40, "Jane Roe", "person"), (60, 90, "Northern Growers Union",
                                                      "organisation"),
                     (120, 150, "Tom Vale", "person"))
    second = labelled((10, 40, "Jane Roe", "person"), (60, 90, "Ann Lee", "person"))
    ab, ba = run(agreement, tmp_path, capsys, first, second)
    assert ab["quotes"] == 3 and ab["covered"] == 66.7 and ab["right"] == 33.3
    assert ba["quotes"] == 2 and ba["covered"] == 100.0 and ba["right"] == 50.0
