"""What a process imports and reads: heavy libraries and tables only where a command uses them.

Each check runs in a process of its own (this one has imported everything already). No timings:
which modules are loaded and which tables are read is behaviour."""

from __future__ import annotations

import json
import subprocess
import sys

# libraries of the build's charts, PDF, HTML and stories, of Dask, and wordfreq itself
HEAVY = ("matplotlib", "weasyprint", "jinja2", "sklearn", "scipy", "numpy", "dask",
         "distributed", "wordfreq")
ARTICLE = ("Senator Dana Whitcombe said on Tuesday that the bridge would reopen in spring. "
           "“We owe the valley a road it can trust,” Whitcombe told reporters in Carver Falls. "
           "Mayor Ellis Brandt, a Democrat, disagreed, saying the money had not arrived.")


def _after(code: str) -> dict[str, object]:
    """Run code in a fresh interpreter; give the heavy modules it loaded and the word lists
    of reportgen.frequency it read."""
    report = ("import json, sys\n"
              "import reportgen.frequency as f\n"
              f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
              "print(json.dumps({'heavy': heavy,"
              " 'whole_list': f.frequency_buckets.cache_info().currsize,"
              " 'head': f._head_buckets.cache_info().currsize}))\n")
    done = subprocess.run([sys.executable, "-c", code + "\n" + report], capture_output=True,
                          text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_command_line_imports_no_heavy_library():
    assert _after("import reportgen.cli")["heavy"] == []


def test_analyze_imports_no_heavy_library_and_reads_only_the_head_of_the_word_list(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "a1", "outlet": "Valley Post", "date": "2024-03-05",
                                "text": ARTICLE}) + "\n", encoding="utf-8")
    argv = ["analyze", str(path), "--format", "jsonl", "--jobs", "1"]
    code = ("import contextlib, io\n"
            "from reportgen.cli import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            f"    assert main({argv!r}) == 0\n"
            "assert 'Whitcombe' in out.getvalue()\n")
    seen = _after(code)
    assert seen == {"heavy": [], "whole_list": 0, "head": 1}

