"""The article store: analyses stored as versioned JSON, never unpickled; faults are one line."""

from __future__ import annotations

import io
import pickle
import sqlite3
from datetime import date
from pathlib import Path

from reportgen.cli import main
from reportgen.fetch import gather
from reportgen.store import (
    ANALYSIS_FORMAT,
    Store,
    analyzer_version,
    article_hash,
    decode_analysis,
    encode_analysis,
)

from .test_unattended import _load, _project


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class _Payload:
    """Unpickling this creates a file: the proof that a store row ran code."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_analysis_round_trips_as_json(seed_analyses):
    for analysis in seed_analyses.values():
        data = encode_analysis(analysis)
        assert data.startswith(f'{{"format":{ANALYSIS_FORMAT},')
        assert data.isascii()
        assert decode_analysis(data) == analysis
        assert decode_analysis(data.encode()) == analysis


def test_other_layouts_are_not_analyses(seed_analyses, tmp_path):
    analysis = next(iter(seed_analyses.values()))
    marker = tmp_path / "ran"
    newer = encode_analysis(analysis).replace('"format":1', '"format":99')
    for data in (pickle.dumps(analysis), pickle.dumps(_Payload(marker)), newer, b"\x00garbage",
                 "{not json", '{"format":1,"analysis":{"article":3}}', 42, None):
        assert decode_analysis(data) is None
    assert not marker.exists()


def test_a_planted_pickle_is_never_run_and_the_build_goes_on(tmp_path, knowledge):
    config_path = _project(tmp_path, days=[date(2022, 11, 14), date(2022, 11, 15)])
    config, k = _load(config_path, knowledge)
    articles, _ = gather(config, k)
    with Store(config.store) as store:
        store.add(articles, date(2022, 11, 21))
    marker = tmp_path / "payload-ran"
    db = sqlite3.connect(config.store)
    with db:
        for a in articles:  # rows an attacker wrote, under the current analyzer's key
            db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
                       (article_hash(a), analyzer_version(), pickle.dumps(_Payload(marker))))
    db.close()
    code, out, err = run("build", "--week", "2022-W46", "--force", "--config",
                         str(config_path))
    assert code == 0, err
    assert "2 analyzed now" in out  # the planted rows count as not analyzed
    assert not marker.exists()
    db = sqlite3.connect(config.store)
    stored = [r[0] for r in db.execute("SELECT data FROM analyses")]
    db.close()
    assert len(stored) == 2 and all(isinstance(d, str) and d.startswith("{") for d in stored)
