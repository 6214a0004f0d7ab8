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
    ("an aide traveling with the mayor", "anonymous", pred("one aide"), True),
    ("an aide traveling with the mayor", "anonymous", pred("the mayor"), False),
    ("a source familiar with the talks", "anonymous", pred("one source"), True),
    ("a leading economist in Ohio", "anonymous", pred("one economist"), True),
    ("a leading economist in Ohio", "anonymous", pred("one leading"), False),
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
    ("NGU", "organisation", pred("Northern Growers Union"), True),
    ("N.G.U.", "organisation", pred("the Northern Growers Union", "Northern Growers Union"), True),
    ("NGU", "organisation", pred("Northern Grain Authority"), False),
    ("NGU", "organisation", pred("Nugget"), False),
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


@pytest.mark.shared
def test_spurious_predictions_and_precision(hs: ModuleType, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "made-up-2", "outlet": "Nowhere Daily", "quotes": [
        {"quote_start": 10, "quote_end": 30, "speaker": "Jane Q. Roe", "speaker_kind": "person",
         "note": ""},
        {"quote_start": 200, "quote_end": 240, "speaker": "UNKNOWN", "speaker_kind": "unknown",
         "note": ""}]}) + "\n", encoding="utf-8")
    saved = tmp_path / "pred.jsonl"
    quotes = [
        # a direct quote on the gold one, split around its cue: not spurious
        dict(pred("Roe", kind="person"), quote_start=10, quote_end=60,
             quote_spans=[[10, 20], [45, 60]], kind="direct", text="a"),
        # a quoted term in narration, and a reported clause whose quoted words no one said
        dict(pred(None), quote_start=100, quote_end=112, kind="direct", text="a made-up term"),
        dict(pred("Tom Poe", kind="person"), quote_start=120, quote_end=190, kind="mixed",
             text="the plan was a \u201cthing\u201d"),
        # reported speech without marks is not judged; a quote on an UNKNOWN gold is no spurious
        dict(pred("Tom Poe", kind="person"), quote_start=300, quote_end=350, kind="indirect"),
        dict(pred(None), quote_start=205, quote_end=220, kind="direct", text="b"),
        # touching a gold quote's end is no overlap
        dict(pred(None), quote_start=30, quote_end=44, quote_spans=[[30, 44]], kind="direct",
             text="c")]
    saved.write_text(json.dumps({"id": "made-up-2", "quotes": quotes}) + "\n", encoding="utf-8")
    other = json.dumps({"id": "made-up-3", "quotes": [dict(pred(None), quote_start=1,
                                                           quote_end=9, kind="direct")]})
    saved.write_text(saved.read_text(encoding="utf-8") + other + "\n", encoding="utf-8")
    items, extra = tmp_path / "items.jsonl", tmp_path / "spurious.jsonl"
    assert hs.main(["--gold", str(gold), "--pred", str(saved), "--items", str(items),
                    "--spurious", str(extra)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["predicted"], figures["spurious"], figures["precision"]) == (5, 3, 40.0)
    assert figures["unmarked"] == 0  # made-up ids: no text in the bulk file, all judged
    assert figures["spurious_by_kind"] == {"direct": 2, "mixed": 1}
    assert (figures["quotes"], figures["right"]) == (2, 100.0)
    rows = [json.loads(line) for line in extra.read_text(encoding="utf-8").splitlines()]
    assert [(r["start"], r["kind"], r["pred"], r["spurious"]) for r in rows] == [
        (100, "direct", None, True), (120, "mixed", "Tom Poe", True), (30, "direct", None, True)]
    # the items file keeps one line per gold quote, its fields unchanged
    lines = [json.loads(line) for line in items.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 and all("spurious" not in r for r in lines)


@pytest.mark.shared
def test_a_labelling_without_kinds_counts_as_direct(hs: ModuleType) -> None:
    gold = [{"id": "made-up-4", "outlet": "X", "quotes": [
        {"quote_start": 5, "quote_end": 9, "speaker": "Jane Roe", "speaker_kind": "person"}]}]
    other = {"made-up-4": [{"quote_start": 5, "quote_end": 9}, {"quote_start": 20,
                                                                "quote_end": 25}]}
    judged, unmarked, rows = hs.spurious(gold, other)
    assert (judged, unmarked) == (2, 0) and [r["start"] for r in rows] == [20]


@pytest.mark.shared
def test_a_direct_quote_with_no_mark_is_not_judged(hs: ModuleType) -> None:
    # a block set off by a colon and a tweet embedded without marks are outside the sets
    text = ("Roe wrote:\n\nWe will build the pier.\n\nShe said \u201cno more delays\u201d "
            "and called it \u2018a fair plan\u2019 twice.")
    block = text.index("We will")
    said = text.index("no more")
    plan = text.index("\u2018a fair")  # this stretch holds its marks
    gold = [{"id": "made-up-5", "outlet": "X", "quotes": [
        {"quote_start": said, "quote_end": said + 15, "speaker": "Ann Roe",
         "speaker_kind": "person"}]}]
    quotes = [{"quote_start": block, "quote_end": block + 22, "kind": "direct"},
              {"quote_start": said, "quote_end": said + 15, "kind": "direct"},
              {"quote_start": plan, "quote_end": plan + 12, "kind": "direct"}]
    judged, unmarked, rows = hs.spurious(gold, {"made-up-5": quotes}, {"made-up-5": text})
    assert (judged, unmarked) == (2, 1) and [r["start"] for r in rows] == [plan]
    judged, unmarked, rows = hs.spurious(gold, {"made-up-5": quotes})
    assert (judged, unmarked) == (3, 0) and [r["start"] for r in rows] == [block, plan]
