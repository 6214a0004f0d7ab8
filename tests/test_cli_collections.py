"""The collector's settings around a command (cli._fewer_collections): put back after it, the
objects it left young moved to the oldest generation with no pass over them, and a program's
own frozen objects left frozen."""

from __future__ import annotations

import gc
import io
import json

from reportgen.cli import _fewer_collections, main


def _article(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "outlet": "Example", "text": (
        "“We will not close the plant,” Mayor Ann Roe said on Monday. Tom Vale, "
        "who runs it, agreed.")}) + "\n", encoding="utf-8")
    return path


def test_the_thresholds_are_put_back_and_nothing_is_left_frozen(tmp_path):
    before = gc.get_threshold()
    out = io.StringIO()
    assert main(["analyze", str(_article(tmp_path)), "--format", "jsonl", "--jobs", "1"],
                stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue())["id"] == "a1"
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_young_objects_are_moved_to_the_oldest_generation():
    kept = []
    with _fewer_collections():
        kept.extend([i] for i in range(1000))  # containers the collector tracks
        assert gc.get_count()[0] > 0
    assert gc.get_count()[0] < 1000  # none of them waits in the youngest generation
    assert all(gc.is_tracked(x) for x in kept[:10])
    assert gc.get_freeze_count() == 0


def test_a_programs_frozen_objects_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with _fewer_collections():
            pass
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
