"""Every core: --jobs N gives what --jobs 1 gives, in input order; memory flat in articles."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.cli import main
from reportgen.parallel import Failure, default_jobs, map_ordered

SPEAKERS = ("Maria Lopez", "the mayor", "a spokesman for the ministry", "Senator John Reed",
            "Dr. Anna Berg", "officials")
VERBS = ("said", "told reporters", "warned", "claimed", "insisted", "added")


PLANS = ("harbour", "school", "bridge", "housing", "transit", "library", "parks")


def synthetic_article(n: int) -> dict:
    """Give a short article of sentences we wrote, varied by n, with two quotes.

    The words come from small lists, so that caches keyed by word stop growing after a few
    articles and the memory test sees only what grows with the number of articles.
    """
    who, verb = SPEAKERS[n % len(SPEAKERS)], VERBS[n % len(VERBS)]
    other, plan = SPEAKERS[(n + 3) % len(SPEAKERS)], PLANS[n % len(PLANS)]
    text = (f"Council backs the {plan} plan\n\n"
            f"The city council voted on Tuesday to approve the {plan} plan for the district. "
            f"\u201cThis is a good day for everyone who lives here,\u201d {who} {verb}.\n\n"
            f"Critics were not convinced. {other.capitalize()} said the costs of the {plan} "
            f"plan were far too high and that the vote came too soon.\n")
    return {"id": f"a{n:05d}", "outlet": ("Daily Planet", "Morning Star")[n % 2],
            "date": f"2022-11-{1 + n % 28:02d}", "title": f"Council backs the {plan} plan",
            "text": text}


def write_jsonl(path: Path, count: int, extra: tuple[str, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps(synthetic_article(n)) + "\n")
        for line in extra:
            out.write(line + "\n")
    return path


def _square(offset: int, n: int) -> int:
    if n == 13:
        raise ValueError("thirteen is unlucky")
    return offset + n * n


def _name(n: int) -> str:
    return f"item {n}"


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_ordered_keeps_input_order_and_names_a_failing_item(jobs):
    results = list(map_ordered(_square, range(40), 1000, jobs, label=_name, chunk=3))
    assert results[13] == Failure("item 13", "ValueError: thirteen is unlucky")
    assert [r for n, r in enumerate(results) if n != 13] == [1000 + n * n for n in range(40)
                                                              if n != 13]


def test_map_ordered_on_few_items_needs_no_workers():
    assert list(map_ordered(_square, [2, 3], 0, 2, label=_name)) == [4, 9]


def test_default_jobs_is_every_core():
    assert 1 <= default_jobs() <= 1024


def _analyze(path: Path, *options: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["analyze", str(path), *options], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("form", ["jsonl", "table"])
def test_analyze_jobs_2_writes_what_jobs_1_writes(tmp_path, form):
    # enough articles that two workers really start; a bad line and an empty text among them
    path = write_jsonl(tmp_path / "week.jsonl", 40,
                       extra=('{"id": "broken", "text": ', '{"id": "empty", "text": ""}',
                              json.dumps(synthetic_article(3))))
    one = _analyze(path, "--format", form, "--jobs", "1")
    two = _analyze(path, "--format", form, "--jobs", "2")
    assert two == one
    code, out, err = one
    assert code == 0
    if form == "jsonl":
        ids = [json.loads(line)["id"] for line in out.splitlines()]
        assert ids == [f"a{n:05d}" for n in range(40)]
    assert f"{path}:41: malformed JSON" in err
    assert f"{path}:42: no 'text' field" in err
    assert f"{path}:43: duplicate article id 'a00003'" in err
    assert len(err.splitlines()) == 3


def test_jobs_must_be_a_positive_number(tmp_path):
    code, _, _ = _analyze(tmp_path, "--jobs", "0")
    assert code == 2


def test_read_inputs_on_two_processes_reads_what_one_reads(tmp_path, knowledge):
    from reportgen.ingest import read_inputs

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(24):
        (folder / f"{n:02d}.txt").write_text(synthetic_article(n)["text"], encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    assert read_inputs([folder], knowledge, 2) == read_inputs([folder], knowledge, 1)


PEAK = """\
import resource, sys
from reportgen.cli import main
with open(sys.argv[2], "w", encoding="utf-8") as out:
    code = main(["analyze", sys.argv[1], "--format", "jsonl", "--jobs", "1"], stdout=out)
print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak_kb(path: Path) -> int:
    done = subprocess.run([sys.executable, "-c", PEAK, str(path), str(path) + ".out"],
                          capture_output=True, text=True, check=True)
    code, peak = done.stdout.split()
    assert code == "0"
    return int(peak)


def test_analyze_memory_does_not_grow_with_the_number_of_articles(tmp_path):
    few = _peak_kb(write_jsonl(tmp_path / "few.jsonl", 1000))
    many = _peak_kb(write_jsonl(tmp_path / "many.jsonl", 5000))
    # 4,000 more results held in memory add some 19 MB here (measured before analyze
    # streamed); the ids kept to find duplicates add well under 1 MB
    assert many - few < 4_000, (few, many)


def _die_on_seven(_context: None, n: int) -> int:
    if n == 7:
        import os

        os._exit(3)  # as if killed for memory
    return n


def test_a_worker_that_dies_ends_the_run_with_one_line():
    from reportgen.parallel import WorkerDied

    with pytest.raises(WorkerDied, match="rerun with --jobs 1"):
        list(map_ordered(_die_on_seven, range(40), None, 2, chunk=2))
