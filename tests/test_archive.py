"""Archives: Parquet tables by week, the same on a Dask cluster as on one process."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from reportgen.cli import main
from tests.test_parallel import synthetic_article, write_jsonl

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*.parquet"))}


def _table(folder: Path, name: str) -> list[dict]:
    rows = []
    for path in sorted((folder / name).glob("week=*/*.parquet")):
        week = path.parent.name.removeprefix("week=")
        rows.extend({**r, "week": week} for r in pq.read_table(path).to_pylist())
    return rows


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    write_jsonl(folder / "a.jsonl", 10, extra=('{"id": "broken", "text": ',))
    with (folder / "b.jsonl").open("w", encoding="utf-8") as out:
        for n in range(10, 16):
            record = synthetic_article(n)
            if n == 12:
                del record["date"]  # undated: week=unknown
            out.write(json.dumps(record) + "\n")
    return folder


@pytest.fixture(scope="module")
def single(archive, tmp_path_factory, knowledge):
    from reportgen.archive import export_archive

    out = tmp_path_factory.mktemp("single") / "tables"
    return export_archive([archive], out, knowledge, jobs=1, lines_per_part=4)


# dashboard_address=None still starts the scheduler's HTTP server on the fixed port 8787
# (distributed falls back to its default port), so two suites at once clash ("Port 8787 is
# already in use", an error under strict warnings): ask for port 0 on loopback instead. The
# scheduler itself is in-process (processes=False), on no port at all.
LOCAL_CLUSTER = {"n_workers": 2, "threads_per_worker": 1, "processes": False,
                 "dashboard_address": "127.0.0.1:0"}


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(**LOCAL_CLUSTER) as cluster:
        yield cluster.scheduler_address


def test_a_test_cluster_takes_no_fixed_port():
    """Another suite's cluster on 8787 (held here) neither stops ours nor warns."""
    import socket

    distributed = pytest.importorskip("distributed")
    with socket.socket() as held:
        try:
            held.bind(("127.0.0.1", 8787))
            held.listen()
        except OSError:
            pass  # another suite holds it already: the case this test is about
        with distributed.LocalCluster(**LOCAL_CLUSTER) as other:
            assert other.scheduler.http_server.port not in (0, 8787)


def test_dask_cluster_writes_what_one_process_writes(archive, single, cluster, tmp_path,
                                                     knowledge):
    from reportgen.archive import export_archive

    done = export_archive([archive], tmp_path / "tables", knowledge, scheduler=cluster,
                          lines_per_part=4)
    assert done == type(done)(tmp_path / "tables", single.parts, single.rows, single.problems)
    assert _files(tmp_path / "tables") == _files(single.out)
    assert single.parts == 5  # 11 lines in parts of 4, then 6 lines
    assert single.rows["articles"] == 16
    assert [str(p) for p in single.problems] == [
        f"{archive / 'a.jsonl'}:11: malformed JSON (Expecting value); line skipped"]


def test_two_processes_write_what_one_writes(archive, single, tmp_path, knowledge):
    from reportgen.archive import export_archive

    shown = []

    def progress(parts, label):
        shown.append((label, len(parts)))
        return parts

    export_archive([archive], tmp_path / "tables", knowledge, jobs=2, lines_per_part=4,
                   progress=progress)
    assert _files(tmp_path / "tables") == _files(single.out)
    assert shown == [("exporting", 5)]


def test_tables_hold_what_analyze_prints(archive, single):
    out = io.StringIO()
    assert main(["analyze", str(archive), "--format", "jsonl", "--jobs", "1"], stdout=out,
                stderr=io.StringIO()) == 0
    analyses = [json.loads(line) for line in out.getvalue().splitlines()]
    quotes = sorted((q["article_id"], q["quote_id"], q["text"], q["speaker_name"], q["cue"])
                    for q in _table(single.out, "quotes"))
    assert quotes == sorted((a["id"], q["id"], q["text"], q["speaker_name"], q["cue"])
                            for a in analyses for q in a["quotes"])
    assert quotes, "the synthetic articles hold quotes"
    officials = {(o["article_id"], o["name"], o["quotes"]) for o in _table(single.out,
                                                                          "officials")}
    assert officials == {(a["id"], o["name"], o["quotes"]) for a in analyses
                         for o in a["officials"]}
    articles = {r["article_id"]: r for r in _table(single.out, "articles")}
    assert articles["a00012"]["week"] == "unknown"
    assert articles["a00001"]["week"] == "2022-W44"  # 2 November 2022
    assert str(articles["a00001"]["published"]) == "2022-11-02"


def test_parquet_input_gives_the_same_rows(archive, single, tmp_path, knowledge):
    from reportgen.archive import export_archive

    records = [synthetic_article(n) for n in range(10)]
    for r in records:
        r["date"] = pa.scalar(r["date"]).cast(pa.date32()).as_py()  # a real date column
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "a.parquet", row_group_size=4)
    done = export_archive([tmp_path / "a.parquet"], tmp_path / "tables", knowledge)
    assert done.parts == 3 and not done.problems

    def rows(folder: Path) -> list[dict]:
        return sorted(({k: v for k, v in r.items() if k != "source"}
                       for r in _table(folder, "articles") if r["article_id"] < "a00010"),
                      key=lambda r: r["article_id"])

    assert rows(tmp_path / "tables") == rows(single.out)


def test_export_command_on_the_cluster_and_duckdb_reads_it(archive, cluster, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out, err = io.StringIO(), io.StringIO()
    code = main(["export", str(archive / "b.jsonl"), "--out", str(tmp_path / "t"),
                 "--scheduler", cluster], stdout=out, stderr=err)
    assert (code, err.getvalue()) == (0, "")
    assert out.getvalue().startswith("6 articles, ")
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    query = re.search(r'duckdb -c "(SELECT.*?)"\n', readme, re.S)
    assert query, "the README shows a DuckDB query over the tables"
    rows = duckdb.sql(query.group(1).replace("tables/", f"{tmp_path}/t/")).fetchall()
    assert sorted({week for week, *_ in rows}) == ["2022-W45", "2022-W46", "unknown"]
    assert sum(n for _, _, n, _ in rows) == int(out.getvalue().split(", ")[1].split()[0])


def test_analyze_out_writes_the_tables_too(archive, single, tmp_path):
    code = main(["analyze", str(archive), "--out", str(tmp_path / "t"), "--jobs", "1"],
                stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 0
    rows = [{k: v for k, v in r.items()} for r in _table(tmp_path / "t", "quotes")]
    assert sorted(rows, key=str) == sorted(_table(single.out, "quotes"), key=str)


@pytest.mark.parametrize("argv, message", [
    (["analyze", "{a}", "--scheduler", "tcp://127.0.0.1:1"], "give --out DIR"),
    (["export", "{a}", "--out", "{full}"], "not an empty folder"),
    (["export", "{txt}", "--out", "{new}"], "an archive is .jsonl or .parquet files"),
])
def test_bad_export_is_one_line(archive, tmp_path, argv, message):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    paths = {"a": archive, "full": tmp_path / "full", "txt": tmp_path / "a.txt",
             "new": tmp_path / "new"}
    err = io.StringIO()
    code = main([a.format(**paths) for a in argv], stdout=io.StringIO(), stderr=err)
    assert code in (1, 2)
    assert message in err.getvalue()
    assert len(err.getvalue().splitlines()) == 1


@pytest.mark.parametrize("name, content, message", [
    ("empty.jsonl", b"", "empty file"),
    ("blank.jsonl", b"\n  \n", "empty file"),
    ("binary.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" * 3, "binary file, not text"),
    ("table.parquet", b"PAR1 not really", "not readable as Parquet"),
])
def test_a_bad_archive_file_is_one_problem(tmp_path, knowledge, name, content, message):
    from reportgen.archive import list_parts

    (tmp_path / name).write_bytes(content)
    write_jsonl(tmp_path / "good.jsonl", 2)
    parts, problems = list_parts([tmp_path / name, tmp_path / "good.jsonl"])
    assert [p.path.name for p in parts] == ["good.jsonl"]
    assert len(problems) == 1
    assert problems[0].source == str(tmp_path / name)
    assert message in problems[0].message


def test_config_names_the_scheduler(tmp_path):
    from reportgen.config import ConfigError, load_config

    path = tmp_path / "reportgen.toml"
    path.write_text('[cluster]\nscheduler = "tcp://10.0.0.5:8786"\n', encoding="utf-8")
    assert load_config(path).scheduler == "tcp://10.0.0.5:8786"
    path.write_text('[cluster]\nscheduler = "10.0.0.5"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not an address"):
        load_config(path)


def test_export_runs_on_the_scheduler_its_config_names(archive, cluster, tmp_path):
    config = tmp_path / "reportgen.toml"
    config.write_text(f'[cluster]\nscheduler = "{cluster}"\n', encoding="utf-8")
    out = io.StringIO()
    code = main(["export", str(archive / "b.jsonl"), "--out", str(tmp_path / "t"), "--config",
                 str(config)], stdout=out, stderr=io.StringIO())
    assert code == 0
    assert out.getvalue().rstrip().endswith(f"(1 part, on {cluster})")
