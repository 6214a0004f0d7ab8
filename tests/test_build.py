"""The command line and the build: outputs, help, bad input, atomic writes, untrusted text."""

from __future__ import annotations

import io
import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from pypdf import PdfReader

from reportgen.cli import main
from reportgen.render import link_beside

from .conftest import SEEDS


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    code, stdout, stderr = run("build", str(SEEDS), "--out", str(out))
    assert code == 0, stderr
    assert "2 articles from 2 outlets" in stdout
    return out


def test_build_writes_pdf_html_json_and_csvs(seeds_build):
    names = sorted(p.name for p in seeds_build.iterdir() if p.is_file())
    assert names == [".reportgen.lock", "briefing.html", "briefing.json", "briefing.pdf",
                     "officials.csv", "quotes.csv"]
    # one set, swapped in by one rename: they are links into the build's own folder
    assert all((seeds_build / n).resolve().parent == (seeds_build / "latest").resolve()
               for n in names[1:])


def test_pdf_has_pages_outline_metadata_and_findings(seeds_build):
    reader = PdfReader(seeds_build / "briefing.pdf")
    data = json.loads((seeds_build / "briefing.json").read_text())
    assert len(reader.pages) >= 5
    meta = reader.metadata
    assert meta.title == data["title"] and meta.author == "reportgen"
    titles = [o.title for o in reader.outline if hasattr(o, "title")]
    assert {"Key findings", "Story by story", "How the outlets compare",
            "Method and limits"} <= set(titles)
    # the ledger and the officials are in the HTML and the CSVs, and the PDF says so
    assert not {"Officials cited", "Quote ledger"} & set(titles)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    for name in ("briefing.html", "briefing.json", "quotes.csv", "officials.csv"):
        assert name in text
    for outlet in ("The Jerusalem Post", "Washington Examiner"):
        assert outlet in text
    assert "Page 1 of" in text
    for f in data["findings"]:
        # each finding's opening words appear in the PDF (line breaks differ)
        assert " ".join(f["text"].split()[:5]) in text


def _link_annotations(pdf: Path) -> tuple[PdfReader, list[dict]]:
    reader = PdfReader(pdf)
    links = [ref.get_object() for page in reader.pages for ref in page.get("/Annots") or []]
    return reader, [a for a in links if a["/Subtype"] == "/Link"]


def test_pdf_links_go_to_its_own_pages_or_beside_it(seeds_build):
    reader, links = _link_annotations(seeds_build / "briefing.pdf")
    dests = [str(a["/Dest"]) for a in links if "/Dest" in a]
    uris = [str(a["/A"]["/URI"]) for a in links if "/A" in a]
    assert len(dests) + len(uris) == len(links)
    # the cover's findings and the notes' "Method and limits" go to named destinations
    assert "method" in dests and set(dests) <= set(reader.named_destinations)
    # a link to the full HTML is relative: beside the PDF, never the machine's templates folder
    for uri in uris:
        assert not urlsplit(uri).scheme and (seeds_build / urlsplit(uri).path).is_file(), uri
    assert not [a for a in links if "file:" in str(a)]


def test_html_links_go_to_its_own_anchors(seeds_build):
    html = (seeds_build / "briefing.html").read_text(encoding="utf-8")
    ids = {unescape(i) for i in re.findall(r' id="([^"]+)"', html)}
    hrefs = [unescape(h) for h in re.findall(r' href="([^"]+)"', html)]
    assert {"#method", "#ledger"} <= set(hrefs)
    assert any(":q" in unquote(h) for h in hrefs)  # evidence opens its row of the quote ledger
    for href in hrefs:
        assert href.startswith("#") and unquote(href[1:]) in ids, href


@pytest.mark.parametrize("target, beside", [
    ("{root}/briefing.html#observations", "briefing.html#observations"),
    ("{root}/data/quotes.csv", "data/quotes.csv"),
    ("{root}/my%20notes.html#a%3Aq1", "my%20notes.html#a%3Aq1"),
    ("https://example.org/report.html#x", "https://example.org/report.html#x"),
    ("file:///srv/elsewhere/report.html", "file:///srv/elsewhere/report.html"),
])
def test_a_link_resolved_in_the_templates_folder_is_relative_again(tmp_path, target, beside):
    root = tmp_path / "templates"
    assert link_beside(target.format(root=root.as_uri()), root) == beside


def test_every_finding_is_backed_by_evidence(seeds_build):
    data = json.loads((seeds_build / "briefing.json").read_text())
    assert data["findings"]
    for f in data["findings"]:
        assert f["evidence"], f["text"]
        for ref in f["evidence"]:
            assert ref in data["evidence"]


@pytest.mark.parametrize("command", ["build", "analyze"])
def test_help_text_shows_an_example(capsys, command):
    assert main([command, "--help"]) == 0
    assert "examples:" in capsys.readouterr().out


def test_no_command_prints_help():
    code, out, _ = run()
    assert code == 2 and "build" in out and "analyze" in out


def test_missing_input_folder_is_one_line_and_exit_1(tmp_path):
    code, _, err = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "r"))
    assert code == 1
    assert err.count("\n") == 1 and "nowhere" in err and "no such file or folder" in err
    assert not (tmp_path / "r").exists()


def test_build_in_an_empty_folder_says_what_it_needs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no articles given, no reportgen.toml, no seeds/
    code, out, err = run("build")
    assert (code, out) == (2, "")
    assert err == ("reportgen: nothing to build: no articles given, no reportgen.toml here and "
                   "no seeds/ folder; give articles (reportgen build FOLDER) or --config FILE\n")
    assert not (tmp_path / "reports").exists()


def test_bad_week_is_a_usage_error(tmp_path):
    code, _, err = run("build", str(SEEDS), "--week", "2022-46", "--out", str(tmp_path))
    assert code == 2 and "ISO week" in err


def test_week_keeps_dated_articles_and_reports_undated(tmp_path):
    code, _, err = run("build", str(SEEDS), "--week", "2022-W46", "--out", str(tmp_path))
    assert code == 0
    data = json.loads((tmp_path / "briefing.json").read_text())
    assert [a["outlet"] for a in data["articles"]] == ["The Jerusalem Post"]
    assert "001_d0a12cf606b94949.txt: no publication date; left out of Week 2022-W46" in err


def test_one_bad_file_does_not_sink_the_build(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(
        "Headline\n\n\"The bridge will reopen on Monday,\" the mayor said.\n")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (inputs / "noquotes.txt").write_text("Another headline\n\nThe river rose overnight.\n")
    code, _, err = run("build", str(inputs), "--out", str(tmp_path / "out"))
    assert code == 0
    assert f"{inputs / 'empty.txt'}: empty file" in err
    assert f"{inputs / 'binary.txt'}: binary file, not text" in err
    assert f"{inputs / 'noquotes.txt'}: no attributed quotes found" in err
    data = json.loads((tmp_path / "out" / "briefing.json").read_text())
    assert len(data["articles"]) == 2


def test_failed_render_leaves_previous_briefing_intact(tmp_path, seeds_build):
    out = tmp_path / "out"
    out.mkdir()
    for p in seeds_build.iterdir():  # the files an earlier release wrote in place
        if p.is_file():
            (out / p.name).write_bytes(p.read_bytes())
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = tmp_path / "templates"
    broken.mkdir()
    (broken / "briefing.html.j2").write_text("{{ view.no_such_field }}")
    (broken / "briefing.css").write_text("")
    code, _, err = run("build", str(SEEDS), "--out", str(out), "--templates", str(broken))
    assert code == 1 and "rendering failed" in err and "nothing was written" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temp files either


def test_article_text_is_escaped_and_never_fetched(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    evil = ('A <b>bold</b> headline\n\n'
            '"<img src=\\"file:///etc/passwd\\"><script>alert(1)</script> is here," '
            'the mayor said.\n\n'
            '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"> The council said on '
            'Monday that <iframe src="file:///etc/hostname"></iframe> nothing had changed.\n')
    (inputs / "evil.txt").write_text(evil)
    code, _, err = run("build", str(inputs), "--out", str(tmp_path / "out"))
    assert code == 0, err
    html = (tmp_path / "out" / "briefing.html").read_text()
    assert "<script>alert" not in html and "<img src=\"file" not in html
    assert "&lt;script&gt;" in html
    assert "<iframe" not in html and "<link rel=\"stylesheet\" href=\"http" not in html


def test_analyze_jsonl_has_the_scorer_fields(tmp_path):
    code, out, _ = run("analyze", str(SEEDS), "--format", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert {"id", "outlet", "title", "author", "published", "url", "warnings", "quotes",
                "officials", "sentiment"} <= set(line)
        for q in line["quotes"]:
            assert {"quote_start", "quote_end", "text", "kind", "speaker", "speaker_span",
                    "speaker_name", "speaker_type", "speaker_country", "cue", "cue_lemma",
                    "cue_stance", "polarity", "subjectivity"} <= set(q)
