"""The seeds' briefing.json, held as a golden file: any change shows as a readable diff.

Regenerate after a deliberate change with `make golden` (pytest --update-golden) and review the
diff in the commit.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from reportgen.build import build_briefing
from reportgen.config import load_config, parse_period
from reportgen.knowledge import apply_config
from reportgen.render import render_json

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden" / "seeds_briefing.json"


def test_seeds_briefing_json_matches_golden(knowledge, monkeypatch, update_golden):
    monkeypatch.chdir(ROOT)  # sources are recorded as given: seeds/...
    config = load_config(Path("seeds/reportgen.toml"))  # the demo's sides
    briefing = build_briefing([Path("seeds")], apply_config(knowledge, config),
                              parse_period(None, None))
    actual = render_json(briefing)
    if update_golden:
        GOLDEN.write_text(actual, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            "golden/seeds_briefing.json", "now", n=2))
        raise AssertionError("the seeds' briefing changed; review, then `make golden`:\n"
                             + diff[:20000])
