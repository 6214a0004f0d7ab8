"""Benchmarks on ../shared/data: throughput of the whole analyze pipeline. Timings only here.

    make bench            # or: .venv/bin/python benchmarks/bench.py [--articles N]

Measures `reportgen analyze --format jsonl` work in-process on one core: ingest (JSON lines),
sentences, quotes, speakers, officials, TextBlob sentiment and JSON out, in KB of article text
per second; one 2 MB article against one 0.5 MB article (the cost of analysis must grow
linearly: ratio near 4, at most 5), and one article of our own of 2,000 paragraphs that
repeat one mention ("the Commission said", "the report said", "she said") against one of 500
(the same); `--jobs 2` against `--jobs 1` on the same bulk articles
(wall clock, output compared byte for byte); an export of 2,000 bulk articles on a 2-worker
Dask LocalCluster against one process; the CPU of `reportgen analyze` against the loop
`TextBlob(text).sentiment` over the same texts (whole process and in-process); grouping
10,000 same-day and 10,000 / 50,000 / 100,000 same-week articles (copies of the bulk corpus,
re-dated) into stories (CPU and peak memory, each in a process of its own); the CPU of a
10-article build; and a weekly build from the store of the corpus's busiest week: first,
unchanged second, forced third; a briefing built from BASIL dev
and from the 51-outlet AllSides slice (time and PDF pages). It prints the machine's load
average first (figures from a busy machine compare only as ratios within one run) and compiles
reportgen's bytecode before measuring, as an installed copy has it. Skips cleanly when
../shared is absent.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

from reportgen.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _text_bytes(path: Path, limit: int | None) -> tuple[int, int]:
    n = size = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n >= limit:
                break
            size += len(json.loads(line)["text"].encode("utf-8"))
            n += 1
    return n, size


def bench_analyze(path: Path, limit: int | None, tmp: Path) -> dict:
    """Time the analyze command over a JSON-lines corpus (first `limit` articles)."""
    src = path if limit is None else _first_lines(path, limit, tmp)
    articles, size = _text_bytes(src, None)
    sink, errors = io.StringIO(), io.StringIO()
    start = time.process_time()
    wall = time.perf_counter()
    code = cli_main(["analyze", str(src), "--format", "jsonl", "--jobs", "1"], stdout=sink,
                    stderr=errors)
    cpu = time.process_time() - start
    wall = time.perf_counter() - wall
    failed = [ln for ln in errors.getvalue().splitlines() if "analysis failed" in ln]
    if code != 0 or failed:  # a speed measured over skipped articles would flatter us
        raise SystemExit(f"bench: analyze failed on {len(failed)} articles: {failed[:3]}")
    return {"corpus": path.name, "articles": articles, "text_kb": round(size / 1000, 1),
            "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
            "kb_per_s_cpu": round(size / 1000 / cpu, 1)}


def bench_long(path: Path, tmp: Path) -> dict:
    """Time analyzing one 2 MB article against one 0.5 MB article, each made by joining bulk
    articles as paragraphs: linear cost keeps the ratio near 4."""
    texts: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if sum(map(len, texts)) > 2_000_000:
                break
    times = {}
    for size in (500_000, 2_000_000):
        parts, n = [], 0
        for t in texts:
            if n >= size:
                break
            parts.append(t)
            n += len(t) + 2
        src = tmp / f"long_{size}.jsonl"
        src.write_text(json.dumps({"id": f"long-{size}", "text": "\n\n".join(parts)}) + "\n",
                       encoding="utf-8")
        sink, errors = io.StringIO(), io.StringIO()
        start = time.process_time()
        code = cli_main(["analyze", str(src), "--format", "jsonl", "--jobs", "1"], stdout=sink,
                        stderr=errors)
        times[size] = time.process_time() - start
        if code != 0 or "analysis failed" in errors.getvalue():
            raise SystemExit(f"bench: analyze failed on the {size} B article: {errors.getvalue()}")
    return {"cpu_s_0.5mb": round(times[500_000], 2), "cpu_s_2mb": round(times[2_000_000], 2),
            "ratio": round(times[2_000_000] / times[500_000], 1), "target_ratio": 5}


# one article of our own per shape: an opening paragraph, then one paragraph written again and
# again with a number changed, each asking a step about a mention the article made long
# before (a rule that searches the text from its start at each mention costs the square of
# the article's length here, where real articles, the bench_long article among them, rarely
# repeat a mention so often: f82f9f2's "the Commission" took 24 s on 0.5 MB until 161e898)
_REPEATED = {
    "a body's head alone": ("The Commission on Fair Harbors met on Monday.",
                            '"We set the dates for dock {i} long ago," the Commission said.'),
    "a document": ("The Harbor League issued a report on Monday.",
                   '"Prices rose at dock {i}," the report said. The port stayed open.'),
    "a description": ("Senator Ann Roe of Lakeview spoke on Monday.",
                      '"We will fix dock {i}," the senator said. The port stayed open.'),
    "a pronoun": ("Ann Roe, the harbor master, spoke on Monday.",
                  '"We will fix dock {i}," she said. The port stayed open that week.'),
    "a surname": ("Ann Roe, the harbor master, spoke on Monday.",
                  'Roe said in an interview about dock {i}, "We will fix it." The port is open.'),
    "people close to someone": ("Tom Reyes ran for mayor.",
                                '"We will win dock {i}," those close to Reyes say. We shall see.'),
    "a country's leader": ("Israeli Prime Minister Tom Reyes spoke on Monday.",
                           '"We set the dates for dock {i} long ago," the Israeli leader said.'),
    "a head by another word": ("Ann Roe, the head of the FDA, spoke on Monday.",
                               '"We set the dates for dock {i} long ago," the FDA chief said.'),
    "a role's head word": ("Ann Roe, the city treasurer, spoke on Monday.",
                           '"We set the dates for dock {i} long ago," the treasurer said.'),
    "a full name and role": ("Tom Reyes spoke on Monday.",
                             '"We set the dates for dock {i} long ago," said Tom Reyes, the '
                             'mayor of Lakeview.'),
}


def bench_repeated(tmp: Path) -> list[dict]:
    """Time one article of 2,000 paragraphs of each shape in _REPEATED against one of 500:
    cost linear in the article keeps the ratio near 4."""
    out = []
    for shape, (first, paragraph) in _REPEATED.items():
        times = {}
        for n in (100, 500, 2000):  # 100: the tables each shape asks are read before timing
            text = "\n\n".join([first] + [paragraph.format(i=i) for i in range(n)])
            src = tmp / "repeated.jsonl"
            src.write_text(json.dumps({"id": "repeated", "text": text}) + "\n", encoding="utf-8")
            errors = io.StringIO()
            start = time.process_time()
            code = cli_main(["analyze", str(src), "--format", "jsonl", "--jobs", "1"],
                            stdout=io.StringIO(), stderr=errors)
            times[n] = time.process_time() - start
            if code != 0 or "analysis failed" in errors.getvalue():
                raise SystemExit(f"bench: analyze failed on the repeated {shape}: "
                                 f"{errors.getvalue()}")
        out.append({"shape": shape, "cpu_s_500": round(times[500], 2),
                    "cpu_s_2000": round(times[2000], 2),
                    "ratio": round(times[2000] / times[500], 1), "target_ratio": 5})
    return out


def bench_textblob(path: Path) -> dict:
    """CPU of `reportgen analyze` against the loop `TextBlob(text).sentiment` over the same
    texts (the loop alone: timed after textblob is imported and warm). Each in a process of
    its own: the whole analyze process, start-up included, and analyze in-process (a second
    run in one process, so start-up and lazy loading are left out)."""
    import resource
    import subprocess

    loop = (
        "import json, time\n"
        "from textblob import TextBlob\n"
        f"texts = [json.loads(line)['text'] for line in open({str(path)!r}, encoding='utf-8')]\n"
        "TextBlob('A warm, happy start.').sentiment\n"
        "start = time.process_time()\n"
        "for text in texts:\n"
        "    TextBlob(text).sentiment\n"
        "print(time.process_time() - start)\n")
    in_process = (
        "import io, time\n"
        "from reportgen.cli import main\n"
        f"args = ['analyze', {str(path)!r}, '--format', 'jsonl', '--jobs', '1']\n"
        "main(args, stdout=io.StringIO(), stderr=io.StringIO())\n"
        "start = time.process_time()\n"
        "main(args, stdout=io.StringIO(), stderr=io.StringIO())\n"
        "print(time.process_time() - start)\n")

    def run(code: str) -> float:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True)
        return float(done.stdout.strip().splitlines()[-1])

    loop_s = run(loop)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "reportgen", "analyze", str(path), "--format", "jsonl",
                    "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    process_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    analyze_s = run(in_process)
    return {"textblob_loop_cpu_s": round(loop_s, 2), "analyze_process_cpu_s": round(process_s, 2),
            "analyze_in_process_cpu_s": round(analyze_s, 2),
            "process_ratio": round(process_s / loop_s, 2),
            "in_process_ratio": round(analyze_s / loop_s, 2)}


def bench_stories(path: Path, tmp: Path) -> list[dict]:
    """Group copies of the bulk articles re-dated into one day or one week: 10,000 same-day,
    10,000 / 50,000 / 100,000 same-week (CPU time and peak memory, each in its own process;
    the bulk corpus is read once and handed over pickled)."""
    import pickle
    import subprocess

    from reportgen.ingest import read_inputs
    from reportgen.knowledge import load_knowledge

    articles, _ = read_inputs([path], load_knowledge())
    pickled = tmp / "bulk.pickle"
    with pickled.open("wb") as fh:
        pickle.dump(articles, fh)
    out = []
    for n, days in ((10_000, 1), (10_000, 7), (50_000, 7), (100_000, 7)):
        code = (
            "import gc, itertools, json, pickle, resource, time\n"
            "from dataclasses import replace\n"
            "from datetime import date, timedelta\n"
            "from reportgen.stories import group_stories\n"
            f"bulk = pickle.load(open({str(pickled)!r}, 'rb'))\n"
            "day = date(2024, 1, 1)\n"
            f"arts = [replace(a, id=f'{{a.id}}~{{k}}', published=day + timedelta(k % {days}))\n"
            f"        for k, a in zip(range({n}), itertools.cycle(bulk))]\n"
            "del bulk\n"
            "gc.collect()\n"
            "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
            "cpu, wall = time.process_time(), time.perf_counter()\n"
            "stories = group_stories(arts)\n"
            "cpu, wall = time.process_time() - cpu, time.perf_counter() - wall\n"
            "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
            "print(json.dumps({'stories': len(stories), 'cpu_s': round(cpu, 1),\n"
            "    'wall_s': round(wall, 1), 'rss_before_mb': round(before),\n"
            "    'peak_rss_mb': round(peak)}))\n")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True)
        out.append({"articles": n, "days": days,
                    **json.loads(done.stdout.strip().splitlines()[-1])})
    return out


def bench_ten(path: Path, tmp: Path) -> dict:
    """CPU of `reportgen build` on 10 articles (the fixed costs: imports, charts, the PDF)."""
    import resource
    import subprocess

    src = _first_lines(path, 10, tmp)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportgen", "build", str(src), "--out",
                    str(tmp / "out")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"articles": 10, "cpu_s": round(cpu, 2), "wall_s": round(wall, 2)}


def bench_weekly(path: Path, tmp: Path) -> dict:
    """Time a weekly build from the store: the first, an unchanged second, a forced third."""
    from collections import Counter
    from datetime import date

    from reportgen.build import build_week
    from reportgen.config import load_config, parse_week
    from reportgen.knowledge import apply_config, load_knowledge
    from reportgen.render import default_templates
    from reportgen.schedule import ingest

    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    weeks = Counter("{}-W{:02d}".format(*date.fromisoformat(r["date"]).isocalendar()[:2])
                    for r in rows if r.get("date"))
    week, _ = weeks.most_common(1)[0]
    period = parse_week(week)
    folder = tmp / "articles"
    folder.mkdir()
    with (folder / "week.jsonl").open("w", encoding="utf-8") as out:
        for r in rows:
            if r.get("date") and period.holds(date.fromisoformat(r["date"])):
                out.write(json.dumps(r) + "\n")
    (tmp / "reportgen.toml").write_text('[sources]\nfolders = ["articles"]\n')
    config = load_config(tmp / "reportgen.toml")
    knowledge = apply_config(load_knowledge(), config)
    ingest(config, knowledge, date.today())
    times = []
    for force in (False, False, True):
        start = time.perf_counter()
        result = build_week(config, knowledge, period, default_templates(), force=force)
        times.append((round(time.perf_counter() - start, 3), result.built, result.analyzed))
    return {"week": week, "articles": result.articles,
            "first_s": times[0][0], "first_analyzed": times[0][2],
            "unchanged_s": times[1][0], "unchanged_rebuilt": times[1][1],
            "forced_s": times[2][0], "forced_analyzed": times[2][2]}


def bench_ingest(path: Path, files: int, tmp: Path) -> dict:
    """Time an ingest of FILES small files, then an unchanged one (which reads none of them)."""
    import os
    from datetime import date

    from reportgen.config import load_config
    from reportgen.ingest import list_inputs
    from reportgen.knowledge import apply_config, load_knowledge
    from reportgen.schedule import ingest

    folder = tmp / "articles"
    folder.mkdir()
    with path.open(encoding="utf-8") as fh:
        for n, line in zip(range(files), fh, strict=False):
            r = json.loads(line)
            name = folder / f"{n:05d}.txt"
            name.write_text(f"{r.get('title') or 'Headline'}\n\n{r['text'][:2000]}\n")
            os.utime(name, (1_600_000_000, 1_600_000_000))  # not just written: trusted
    (tmp / "reportgen.toml").write_text('[sources]\nfolders = ["articles"]\n')
    config = load_config(tmp / "reportgen.toml")
    knowledge = apply_config(load_knowledge(), config)
    start = time.process_time()
    first = ingest(config, knowledge, date.today(), jobs=1)
    first_cpu = time.process_time() - start
    start = time.process_time()
    again = ingest(config, knowledge, date.today(), jobs=1)
    unchanged_cpu = time.process_time() - start
    start = time.process_time()
    walked = sum(1 for _ in list_inputs(config.folders))
    walk_cpu = time.process_time() - start
    return {"files": walked, "first_cpu_s": round(first_cpu, 2), "stored": first.new,
            "unchanged_cpu_s": round(unchanged_cpu, 3), "unchanged_files": again.unchanged,
            "directory_walk_cpu_s": round(walk_cpu, 3)}


def _first_lines(path: Path, limit: int, tmp: Path) -> Path:
    src = tmp / f"{path.stem}_first_{limit}.jsonl"
    with path.open(encoding="utf-8") as fh, src.open("w", encoding="utf-8") as out:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            out.write(line)
    return src


def bench_jobs(path: Path, limit: int, tmp: Path) -> dict:
    """Time `reportgen analyze` with --jobs 2 against --jobs 1 on the same texts (wall clock)."""
    import subprocess

    src = _first_lines(path, limit, tmp)
    walls, outputs = {}, {}
    for jobs in (1, 2):
        target = tmp / f"jobs{jobs}.jsonl"
        start = time.perf_counter()
        with target.open("wb") as out:
            subprocess.run([sys.executable, "-m", "reportgen", "analyze", str(src), "--format",
                            "jsonl", "--jobs", str(jobs)], stdout=out,
                           stderr=subprocess.DEVNULL, check=True)
        walls[jobs] = time.perf_counter() - start
        outputs[jobs] = target.read_bytes()
    return {"articles": limit, "jobs1_s": round(walls[1], 2), "jobs2_s": round(walls[2], 2),
            "speedup": round(walls[1] / walls[2], 2),
            "identical": outputs[1] == outputs[2]}


def bench_dask(path: Path, limit: int, tmp: Path) -> dict:
    """Time an export on a 2-worker Dask LocalCluster against one process (same files out)."""
    from distributed import LocalCluster

    from reportgen.archive import export_archive
    from reportgen.knowledge import load_knowledge

    src = _first_lines(path, limit, tmp)
    knowledge = load_knowledge()
    start = time.perf_counter()
    export_archive([src], tmp / "single", knowledge, jobs=1)
    single = time.perf_counter() - start
    start = time.perf_counter()
    # port 0: dashboard_address=None still binds the fixed 8787, which another run may hold
    with LocalCluster(n_workers=2, threads_per_worker=1, scheduler_port=0,
                      dashboard_address="127.0.0.1:0") as cluster:
        started = time.perf_counter() - start
        export_archive([src], tmp / "dask", knowledge, scheduler=cluster.scheduler_address)
        on_cluster = time.perf_counter() - start
    same = all((tmp / "dask" / p.relative_to(tmp / "single")).read_bytes() == p.read_bytes()
               for p in (tmp / "single").rglob("*.parquet"))
    return {"articles": limit, "single_s": round(single, 2),
            "dask_2_workers_s": round(on_cluster, 2), "cluster_start_s": round(started, 2),
            "speedup": round(single / on_cluster, 2), "identical": same}


def bench_briefing(path: Path, tmp: Path) -> dict:
    """Build one briefing end to end (read, analyze, compare, draw, render PDF/HTML/JSON/CSV):
    wall and CPU seconds, and the PDF's page count (at most 24 whatever the input)."""
    from pypdf import PdfReader

    out = tmp / "briefing"
    wall, cpu = time.perf_counter(), time.process_time()
    code = cli_main(["build", str(path), "--out", str(out), "--jobs", "1"],
                    stdout=io.StringIO(), stderr=io.StringIO())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"ok": code == 0, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "pdf_pages": len(PdfReader(out / "briefing.pdf").pages) if code == 0 else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000,
                    help="articles of the bulk corpus to analyze (default 2000)")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print("bench: ../shared/data not found; nothing to measure")
        return 0
    import compileall
    import os
    import tempfile

    # reportgen as installed: pip compiles a package's bytecode, but where
    # PYTHONDONTWRITEBYTECODE is set (the development machines) every process measured below
    # compiled reportgen's modules again: 0.1 s of CPU of an analyze process, 0.15 s of a build
    compileall.compile_dir(ROOT / "reportgen", quiet=1)
    print(json.dumps({"bench": "machine", "cpus": os.cpu_count(),
                      "load_average": [round(x, 2) for x in os.getloadavg()]}))
    with tempfile.TemporaryDirectory() as tmp:
        results = [bench_analyze(SHARED / "quotes" / "polnear_dev.jsonl", None, Path(tmp)),
                   bench_analyze(SHARED / "bulk" / "bulk.jsonl", args.articles, Path(tmp))]
    for r in results:
        print(json.dumps({"bench": "analyze", **r}))
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"bench": "analyze one long article, 2 MB vs 0.5 MB",
                          "corpus": "bulk.jsonl", **bench_long(SHARED / "bulk" / "bulk.jsonl",
                                                               Path(tmp))}))
    with tempfile.TemporaryDirectory() as tmp:
        for r in bench_repeated(Path(tmp)):
            print(json.dumps({"bench": "analyze one paragraph repeated, 2,000 vs 500 times",
                              **r}))
    print(json.dumps({"bench": "analyze against the TextBlob loop", "corpus": "polnear_dev.jsonl",
                      **bench_textblob(SHARED / "quotes" / "polnear_dev.jsonl")}))
    with tempfile.TemporaryDirectory() as tmp:
        for r in bench_stories(SHARED / "bulk" / "bulk.jsonl", Path(tmp)):
            print(json.dumps({"bench": "stories", "corpus": "bulk.jsonl, copies re-dated", **r}))
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"bench": "10-article build", "corpus": "basil_dev.jsonl",
                          **bench_ten(SHARED / "events" / "basil_dev.jsonl", Path(tmp))}))
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"bench": "analyze --jobs 2 vs --jobs 1", "corpus": "bulk.jsonl",
                          **bench_jobs(SHARED / "bulk" / "bulk.jsonl", args.articles,
                                       Path(tmp))}))
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"bench": "export on Dask LocalCluster vs one process",
                          "corpus": "bulk.jsonl",
                          **bench_dask(SHARED / "bulk" / "bulk.jsonl", 2000, Path(tmp))}))
    for corpus in ("basil_dev.jsonl", "allsides_silver.jsonl"):
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps({"bench": "briefing build", "corpus": corpus,
                              **bench_briefing(SHARED / "events" / corpus, Path(tmp))}))
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"bench": "weekly build", "corpus": "bulk.jsonl (busiest week)",
                          **bench_weekly(SHARED / "bulk" / "bulk.jsonl", Path(tmp))}))
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({"bench": "ingest, then unchanged ingest", "corpus": "bulk.jsonl",
                          **bench_ingest(SHARED / "bulk" / "bulk.jsonl", 8000, Path(tmp))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
