"""A knowledge file edited wrong is named by file and line, and the command exits 2."""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import pytest

from reportgen import knowledge as knowledge_module
from reportgen.cli import main
from reportgen.knowledge import KnowledgeError, load_knowledge

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def _copy(tmp_path: Path) -> Path:
    """Copy the shipped knowledge files into a folder of their own."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for item in resources.files("reportgen.knowledge").iterdir():
        if item.name.endswith(".tsv"):
            (folder / item.name).write_bytes(item.read_bytes())
    return folder


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first line equal to ``old`` with ``new``; give its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    n = lines.index(old)
    lines[n] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return n + 1


def test_the_shipped_knowledge_loads_from_a_copy(tmp_path):
    copied = load_knowledge(_copy(tmp_path))
    assert copied.cues == load_knowledge().cues
    assert copied.as_cues == load_knowledge().as_cues
    assert copied.words == load_knowledge().words


@pytest.mark.parametrize(("name", "old", "new", "problem"), [
    ("given_names.tsv", "Aaron\tm", "Aaron m",
     "expected 2 tab-separated columns, found 1 (a space where a tab belongs?)"),
    ("given_names.tsv", "Aaron\tm", "Aaron\tx", "gender 'x' is not one of f, m"),
    ("cues.tsv", "say\tneutral\tyes\tsays,said,saying\tclause",
     "say neutral\tyes\tsays,said,saying\tclause",
     "stance 'yes' is not one of admitting, directive, disputing, distancing, emphatic, "
     "endorsing, evaluative, neutral, tentative"),
    ("places.tsv", "Alabama\tUnited States", "Alabama\tUnited Stats",
     "country 'United Stats' is not in countries.tsv"),
    ("boilerplate.tsv", "related content\trelated", "related (content\trelated",
     "pattern 'related (content' is no regular expression "
     "(missing ), unterminated subpattern at position 8)"),
    ("words.tsv", "pronouns\the i it she they we you", "pronouns\the i it she they he you",
     "'he' is in class pronouns already (line {line})"),
    ("words.tsv", "pronouns\the i it she they we you", "pronoun\the i it she they we you",
     "unknown word class 'pronoun'"),
    ("words.tsv", "pronouns\the i it she they we you", "pronouns he i it she they we you",
     "expected 2 to 3 tab-separated columns, found 1 (a space where a tab belongs?)"),
    ("words.tsv", "staff\tspokesman spokesperson spokeswoman staffer staffers",
     "staff\tspokesman\tperson",
     "class staff is a plain list: no third column"),
])
def test_a_bad_row_is_named_by_file_and_line(tmp_path, name, old, new, problem):
    folder = _copy(tmp_path)
    line = _edit(folder / name, old, new)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    assert str(caught.value) == f"{folder / name}:{line}: {problem.format(line=line)}"


def test_a_bad_row_stops_the_command_with_one_line_and_exit_2(tmp_path, monkeypatch):
    folder = _copy(tmp_path)
    line = _edit(folder / "titles.tsv", "president\thead_of_state", "president head_of_state")
    monkeypatch.setattr(knowledge_module, "load_knowledge", lambda: load_knowledge(folder))
    out, err = io.StringIO(), io.StringIO()
    assert main(["analyze", str(SEEDS)], stdout=out, stderr=err) == 2
    assert err.getvalue() == (f"reportgen: {folder / 'titles.tsv'}:{line}: expected 2 "
                              "tab-separated columns, found 1 (a space where a tab belongs?)\n")
    assert out.getvalue() == ""


def test_a_missing_file_is_named(tmp_path):
    folder = _copy(tmp_path)
    (folder / "outlets.tsv").unlink()
    with pytest.raises(KnowledgeError, match=r"outlets\.tsv: no such knowledge file$"):
        load_knowledge(folder)
