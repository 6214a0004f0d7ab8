"""The handset scorer's rules by gold kind, on made-up labels (no article text)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "handset_score.py"


@pytest.fixture(scope="module")
def hs(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("handset_score", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sc(hs: ModuleType) -> ModuleType:
    return hs.scorer()


def pred(speaker: str | None, name: str | None = None, kind: str | None = "unknown",
         role: str | None = None, org: str | None = None) -> dict:
    return {"speaker": speaker, "speaker_name": name if name is not None else speaker,
            "speaker_kind": kind, "speaker_role": role, "speaker_organisation": org,
            "speaker_party": None}


@pytest.mark.shared
@pytest.mark.parametrize(("label", "kind", "q", "expected"), [
    # anonymous: an unnamed prediction with the gold's head noun
    ("a senior Treasury official", "anonymous", pred("one official"), True),
    ("a banner in Leeds", "anonymous", pred("another banner"), True),
    ("an adviser to Jane Roe", "anonymous", pred("the adviser", "adviser"), True),
    ("Jane Roe's daughter", "anonymous", pred("her daughter"), True),
    ("a senior Treasury official", "anonymous", pred("one senior"), False),
    ("an adviser to Jane Roe", "anonymous", pred("Jane Roe", kind="person"), False),
    ("a senior Treasury official", "anonymous",
     pred("a Treasury official", kind="person"), False),
    # organisation: every word, an acronym, or a clipped first word
    ("Northern Growers Union", "organisation", pred("NGU"), True),
    ("Northern Growers Union", "organisation", pred("NGA"), False),
    ("Northern Growers Union", "organisation",
     pred("Ann Lee", role="president", org="Northern Growers Union"), True),
    ("Central Ledger Board", "organisation", pred("the Cen", "Cen"), True),
    ("Central Ledger Board", "organisation", pred("Central", "Central"), False),
    ("Central Ledger Board", "organisation", pred("the group", "group"), False),
    ("Acme", "organisation", pred("Ac"), False),
    # person: unchanged, surname and given name
    ("Jane Q. Roe", "person", pred("Roe", kind="person"), True),
    ("Jane Roe", "person", pred("John Roe", kind="person"), False),
    ("Jane Roe Jr.", "person", pred("Roe", kind="person"), False),
    # group: camp / head noun
    ("farmers in Kent", "group", pred("the farmers", "farmers"), True),
    ("farmers in Kent", "group", pred("a spokesman", "spokesman"), False),
    # unknown: right only with no speaker
    ("UNKNOWN", "unknown", None, True),
    ("UNKNOWN", "unknown", pred("Jane Roe", kind="person"), False),
])
def test_rule_by_kind(hs: ModuleType, sc: ModuleType, label: str, kind: str,
                      q: dict | None, expected: bool) -> None:
    assert hs.right(sc, label, kind, q) is expected


@pytest.mark.shared
def test_person_rule_is_the_reference_rule(hs: ModuleType, sc: ModuleType) -> None:
    for label, name in [("Jane Roe", "Roe"), ("Jane Roe", "Jo Roe"), ("Ed Roe Jr.", "Roe")]:
        q = pred(name, kind="person")
        assert hs.right(sc, label, "person", q) is bool(sc.person_right(label, q))


@pytest.mark.shared
def test_no_covering_quote_is_wrong(hs: ModuleType, sc: ModuleType) -> None:
    for kind in ("person", "organisation", "group", "anonymous"):
        assert hs.right(sc, "Northern Growers Union", kind, None) is False


@pytest.mark.shared
def test_gold_option_scores_another_set(hs: ModuleType, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "made-up-1", "outlet": "Nowhere Daily", "quotes": [
        {"quote_start": 10, "quote_end": 30, "speaker": "Jane Q. Roe", "speaker_kind": "person",
         "note": ""},
        {"quote_start": 50, "quote_end": 60, "speaker": "a harbour official",
         "speaker_kind": "anonymous", "note": ""}]}) + "\n", encoding="utf-8")
    saved = tmp_path / "pred.jsonl"
    saved.write_text(json.dumps({"id": "made-up-1", "quotes": [
        dict(pred("Roe", kind="person"), quote_start=10, quote_end=30),
        dict(pred("Tom Poe", kind="person"), quote_start=50, quote_end=60)]}) + "\n",
        encoding="utf-8")
    assert hs.main(["--gold", str(gold), "--pred", str(saved)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["quotes"], figures["covered"], figures["right"]) == (2, 100.0, 50.0)


@pytest.mark.shared
def test_missing_gold_is_one_line(hs: ModuleType, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert hs.main(["--gold", str(tmp_path / "none.jsonl"), "--pred", "x"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("skipped:") and "none.jsonl" in out
