"""The article store: analyses stored as versioned JSON, never unpickled; faults are one line."""

from __future__ import annotations

import errno
import io
import json
import os
import pickle
import sqlite3
from datetime import date
from pathlib import Path

import pytest

import reportgen.ingest as ingest_module
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

from .badinput import store_of_one_table
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


# --------------------------------------------------------------------------- store and disk faults

def _ingested(tmp_path: Path, days=(date(2022, 11, 14), date(2022, 11, 15))) -> Path:
    config_path = _project(tmp_path, days=list(days))
    code, _, err = run("ingest", "--config", str(config_path))
    assert code == 0, err
    return config_path


def _one_line(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert all(n in lines[0] for n in needles), err


def _garbage(db: Path) -> None:
    db.write_bytes(os.urandom(4096))


def _truncated(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size // 3)


def _wrong_schema(db: Path) -> None:
    store_of_one_table(db, "articles")


def _newer(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()


@pytest.mark.parametrize(("damage", "message"), [
    (_garbage, "not a reportgen store, or damaged (file is not a database)"),
    (_truncated, "not a reportgen store, or damaged"),
    (_wrong_schema, "table 'articles' has columns x, not those of a reportgen store"),
    (_newer, "made by a newer reportgen (store version 99)"),
])
def test_a_bad_store_is_one_line_and_exit_1(tmp_path, damage, message):
    config_path = _ingested(tmp_path)
    db = tmp_path / "reportgen.db"
    damage(db)
    for command in (["build", "--week", "2022-W46"], ["ingest"]):
        code, _, err = run(*command, "--config", str(config_path))
        assert code == 1
        _one_line(err, str(db), message)


def test_garbage_inside_the_store_is_not_an_empty_store(tmp_path):
    config_path = _project(tmp_path, days=[date(2022, 11, 14)])
    body = "The mayor said on Monday that the bridge would reopen. " * 20
    (tmp_path / "articles" / "week.jsonl").write_text("\n".join(json.dumps(
        {"id": f"a{n}", "outlet": "Gazette", "date": "2022-11-14", "text": f"{body} {n}"})
        for n in range(300)))
    assert run("ingest", "--config", str(config_path))[0] == 0
    db = tmp_path / "reportgen.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(db, "r+b") as fh:  # the header is fine; pages in the middle are not
        fh.seek(db.stat().st_size // 2)
        fh.write(os.urandom(8192))
    _code, _, err = run("schedule", "--once", "--config", str(config_path))
    assert "Traceback" not in err
    assert "run 'reportgen ingest' first" not in err
    assert f"{db}: not a reportgen store, or damaged" in err or f"{db}: the store is damaged" \
        in err


def test_a_damaged_row_is_left_out_and_a_full_disk_keeps_the_last_briefing(
        tmp_path, monkeypatch):
    config_path = _ingested(tmp_path)
    db = sqlite3.connect(tmp_path / "reportgen.db")
    with db:
        db.execute("UPDATE articles SET segments = 'not json' WHERE id = 'a1'")
    db.close()
    code, _, err = run("build", "--week", "2022-W46", "--config", str(config_path))
    assert code == 0, err
    week = tmp_path / "reports" / "2022-W46"
    manifest = json.loads((week / "manifest.json").read_text())
    assert [a["id"] for a in manifest["articles"]] == ["a0"]
    assert any("article 'a1'" in p and "damaged; left out" in p for p in manifest["problems"])
    before = {p.name: p.read_bytes() for p in week.iterdir() if p.is_file()}

    class _Full:
        def __init__(self, fd, mode):
            os.close(fd)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("reportgen.publish.os.fdopen", _Full)
    code, _, err = run("build", "--week", "2022-W46", "--force", "--config", str(config_path))
    assert code == 1
    _one_line(err, "No space left on device", "the previous briefing is untouched")
    assert {p.name: p.read_bytes() for p in week.iterdir() if p.is_file()} == before
    assert len(list((week / ".builds").iterdir())) == 1  # the failed build left nothing


def test_a_read_only_output_folder_is_one_line(tmp_path, monkeypatch):
    config_path = _ingested(tmp_path)
    real = os.open

    def read_only(path, flags, *args, **kwargs):
        if str(path).startswith(str(tmp_path / "reports")) and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    code, _, err = run("build", "--week", "2022-W46", "--config", str(config_path))
    assert code == 1
    _one_line(err, "Permission denied", "nothing was built")


# --------------------------------------------------------------------------- incremental ingest

def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch):
    config_path = _project(tmp_path, days=[date(2022, 11, 14)])
    folder = tmp_path / "articles"
    (folder / "extra.txt").write_text("Bridge\n\nThe mayor said \"it is open\" on Monday.\n")
    old = 1_600_000_000
    for path in folder.iterdir():
        os.utime(path, (old, old))  # written long ago: its size and mtime can be trusted
    assert "2 new articles" in run("ingest", "--config", str(config_path))[1]
    read: list[str] = []
    real = ingest_module._read_file

    def counting(path, *args):
        read.append(path.name)
        return real(path, *args)

    monkeypatch.setattr(ingest_module, "_read_file", counting)
    code, out, _ = run("ingest", "--config", str(config_path))
    assert code == 0 and read == []
    assert "2 files unchanged since the last ingest, not read again" in out
    (folder / "extra.txt").write_text("Bridge\n\nThe mayor said \"it is shut\" on Monday.\n")
    os.utime(folder / "extra.txt", (old + 10, old + 10))
    code, out, _ = run("ingest", "--config", str(config_path))
    assert read == ["extra.txt"]
    assert out.startswith("1 new articles stored") and "1 files unchanged" in out
    (folder / "manifest.toml").write_text('["extra.txt"]\noutlet = "Herald"\n')
    os.utime(folder / "manifest.toml", (old, old))
    read.clear()
    run("ingest", "--config", str(config_path))
    assert sorted(read) == ["extra.txt", "week.jsonl"]  # a new manifest: all read again


def test_two_stored_articles_with_one_id_keep_their_own_analyses(tmp_path, knowledge):
    from reportgen.build import analyses_from_store, first_of_each_id
    from reportgen.models import Article

    one = Article("story", "a/story.txt", "The mayor said \"yes\" on Monday.", "Gazette",
                  None, None, date(2022, 11, 14), None)
    two = Article("story", "b/story.txt", "The minister said \"no\" on Tuesday.", "Herald",
                  None, None, date(2022, 11, 15), None)
    with Store(tmp_path / "reportgen.db") as store:
        store.add([one, two], date(2022, 11, 21))
        stored = store.articles(None, None)
        done, _, fresh = analyses_from_store(store, stored, knowledge)
        assert fresh == 2 and [a.article.text for a in done] == [one.text, two.text]
        again, _, fresh = analyses_from_store(store, stored, knowledge)
        assert fresh == 0 and again == done
    kept, problems = first_of_each_id(stored)
    assert [a.source for a in kept] == ["a/story.txt"]
    assert [str(p) for p in problems] == ["b/story.txt: duplicate article id 'story'; kept "
                                          "the first"]
