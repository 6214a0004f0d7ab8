"""The briefing as a reader gets it: a PDF of at most 24 pages whatever the input, the full
HTML with a table of contents, and CSV files a spreadsheet opens."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from reportgen.cli import main
from reportgen.compare import PALETTE
from reportgen.models import Actor
from reportgen.officials import is_official
from reportgen.render import MAX_PAGES
from reportgen.story_comparison import is_furniture


def _build(inputs: list[Path], out: Path) -> dict:
    err = io.StringIO()
    assert main(["build", *map(str, inputs), "--out", str(out)], stdout=io.StringIO(),
                stderr=err) == 0, err.getvalue()
    return json.loads((out / "briefing.json").read_text(encoding="utf-8"))


def _pages(out: Path) -> int:
    return len(PdfReader(out / "briefing.pdf").pages)


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw  # Excel-friendly
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


WORDS = ("anxious", "brisk", "candid", "dusty", "eager", "frantic", "gloomy", "hectic", "idle",
         "jaded", "keen", "lively", "muddy", "nervous", "orderly", "patient", "quiet", "rowdy")


def _synthetic(folder: Path, outlets: int, stories: int) -> Path:
    """Write one JSONL of ``outlets`` outlets each covering ``stories`` stories."""
    topics = ["bridge closure in Elmsford", "harbour strike in Porthaven",
              "school budget vote in Millbrook", "wildfire near Cedar Ridge",
              "train derailment outside Ashford", "hospital merger in Greyton"]
    lines = []
    for s in range(stories):
        topic = topics[s % len(topics)]
        for o in range(outlets):
            speaker, other = ("Mayor Ann Lee", "Tom Reed") if o % 2 else ("Ann Lee", "Maria Diaz")
            words = " ".join(WORDS[(o + k) % len(WORDS)] for k in range(0, 5))
            text = (f"Officials respond to the {topic}\n\nOfficials responded on Monday to the "
                    f"{topic}, which has disrupted daily life across the region this week "
                    f"({words}).\n\n"
                    f"\"We are doing everything we can to fix the {topic} quickly,\" {speaker} "
                    f"said.\n\n\"This was avoidable and the council knew it,\" {other} claimed."
                    f"\n\nResidents said the {topic} had cost them time and money, reporter "
                    f"number {o} wrote.")  # no two texts the same
            lines.append(json.dumps({
                "id": f"s{s}o{o}", "outlet": f"Outlet {chr(65 + o)}",
                "date": f"2021-03-{s + 1:02d}", "title": f"Officials respond to the {topic}",
                "url": None, "text": text}))
    path = folder / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sixteen_outlets_fit_the_page_limit_with_distinct_colours(tmp_path):
    data = _build([_synthetic(tmp_path, 16, 6)], tmp_path / "out")
    assert len(data["outlets"]) == 16
    assert _pages(tmp_path / "out") <= MAX_PAGES
    colours = [o["color"] for o in data["outlets"]]
    assert len(set(colours)) == 16 and set(colours) <= set(PALETTE)
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    for anchor in ('href="#findings"', 'href="#ledger"', 'id="ledger"', 'id="officials"'):
        assert anchor in html
    quotes = _rows(tmp_path / "out" / "quotes.csv")
    assert len(quotes) == sum(len(a["quotes"]) for a in data["articles"])
    officials = _rows(tmp_path / "out" / "officials.csv")
    assert {r["name"] for r in officials} >= {"Ann Lee", "Maria Diaz", "Tom Reed"}
    # the PDF has no quote ledger: where it cuts an evidence list it names the file that has it
    pages = PdfReader(tmp_path / "out" / "briefing.pdf").pages
    pdf = " ".join(page.extract_text() for page in pages)
    cut = re.findall(r"\+\d+ more in the quote ledger(?: of briefing\.html)?", pdf)
    assert cut and all(c.endswith(" of briefing.html") for c in cut)


@pytest.mark.shared
def test_basil_dev_briefing_is_short_and_its_findings_state_base_and_interval(shared, tmp_path):
    data = _build([shared / "data" / "events" / "basil_dev.jsonl"], tmp_path / "out")
    assert _pages(tmp_path / "out") <= MAX_PAGES
    for f in data["findings"]:
        if f["key"]:
            assert f["base"] and "95% interval" in f["text"], f["text"]
            assert {"low", "high"} <= set(f["numbers"])
        assert "polarity" not in f["text"] and "tone" not in f["text"].lower()


@pytest.mark.shared
def test_many_outlets_from_allsides_fit_the_page_limit(shared, tmp_path):
    lines = (shared / "data" / "events" / "allsides_silver.jsonl").read_text(
        encoding="utf-8").splitlines()[:150]
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = _build([part], tmp_path / "out")
    assert len(data["outlets"]) >= 12
    assert _pages(tmp_path / "out") <= MAX_PAGES


@pytest.mark.parametrize(("sentence", "furniture"), [
    ("USA TODAY", True),
    ("FILE - In this April 16, 2018, file photo, the senator speaks during a news conference.",
     True),
    ("UPDATE - May 30: This story has been updated with a statement from the mayor.", True),
    ("Enlarge this image toggle caption AP AP", True),
    ("Anna Field and Bob Stone and Carl Ward", True),  # a byline
    # a slide of a photo gallery: "Hide caption" and the caption, however long
    ("Hide caption Two men wait in the station hall after the morning blasts on Tuesday.", True),
    ("hide caption A ferry leaves the harbour at dawn as the strike enters its third week.", True),
    ("Officials tried to hide the caption of the photo before the hearing on Monday.", False),
    ("The museum will hide captions from its new exhibition to let the paintings speak.", False),
    ("WASHINGTON — The Senate passed the budget on Thursday after a night of talks.", False),
    ("(CNN) A day after the storm, many questions remain about the city's warning system.",
     False),
])
def test_page_furniture_is_no_lead(sentence, furniture):
    assert is_furniture(sentence) is furniture


@pytest.mark.parametrize(("actor", "official"), [
    (Actor("Ann Lee", "person", "government", None, None, None), True),
    (Actor("police", "group", "law_enforcement", None, None, None), False),
    (Actor("Critics", "person", "unknown", None, None, None), False),
    (Actor("Her office", "organisation", "government", None, None, None), False),
    (Actor("State Department", "organisation", "government", None, None, None), True),
    (Actor("The Washington Post", "media", "media", None, None, None), False),
    (Actor("senior official", "anonymous", "government", None, None, None), False),
])
def test_officials_are_real_people_and_organisations(actor, official):
    assert is_official(actor) is official


@pytest.mark.parametrize(("low", "high", "small", "key", "said"), [
    (0.01, 0.14, False, False, "under the bar"),  # leaves out no difference, a gap under 10
    (-0.02, 0.14, False, False, "no difference"),
    (0.01, 0.14, True, False, "too few"),
    (0.12, 0.30, False, True, "key finding"),
])
def test_a_contrast_says_why_it_is_no_key_finding(low, high, small, key, said):
    from reportgen.models import VoiceGap
    from reportgen.render import verdict

    g = VoiceGap(("A", "B"), "Party", ("s1",), (40, 40), (10, 5), (0.25, 0.12),
                 ((low + high) / 2, low, high), small, key, ((), ()))
    assert verdict(g) == said


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the probing is Linux's")
def test_weasyprint_loads_without_library_name_probing():
    import subprocess

    # a process of its own: this one may have WeasyPrint loaded already
    code = ("import ctypes.util, subprocess\n"
            "original = ctypes.util.find_library\n"
            "calls = []\n"
            "run = subprocess.Popen.__init__\n"
            "def spy(self, *a, **k):\n"
            "    calls.append(a[0] if a else k.get('args'))\n"
            "    run(self, *a, **k)\n"
            "subprocess.Popen.__init__ = spy\n"
            "from reportgen.render import import_weasyprint\n"
            "import_weasyprint()\n"
            "from weasyprint.text.ffi import pango\n"
            "assert ctypes.util.find_library is original\n"
            "print(len(calls), pango.pango_version() > 0)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["0", "True"]  # no ldconfig, gcc or ld run; Pango loaded


@pytest.mark.parametrize(("n", "one", "many", "said"), [
    (1, "observation", "observations", "1 more observation"),
    (3, "observation", "observations", "3 more observations"),
    (1, "story", "stories", "1 more story"),
    (2, "story", "stories", "2 more stories"),
    (1, "verb contrast", "verb contrasts", "1 more verb contrast"),
    (0, "problem", "problems", "0 more problems"),
])
def test_a_count_agrees_with_its_noun(n, one, many, said, tmp_path):
    from reportgen.render import make_environment

    env = make_environment(tmp_path)
    got = env.from_string("{{ n }} more {{ n | noun(one, many) }}").render(n=n, one=one, many=many)
    assert got == said


@pytest.mark.parametrize(("x", "said"), [
    (0.0, "0%"),
    (0.0078, "1%"),
    (0.004, "under 1%"),  # 1 quote of 258 is no "0%": a reader takes that for none
    (0.17, "17%"),
    (0.996, "over 99%"),  # nor is 257 of 258 "100%"
    (1.0, "100%"),
])
def test_a_share_above_none_never_reads_as_none(x, said, tmp_path):
    from reportgen.render import make_environment

    env = make_environment(tmp_path)
    assert env.from_string("{{ x | pct }}").render(x=x) == said


@pytest.mark.parametrize(("difference", "low", "high", "said"), [
    (-0.17, -0.36, -0.002, "-17 (-36 to -0.2)"),  # a key finding's interval never reads "to 0"
    (0.11, 0.05, 0.18, "+11 (+5 to +18)"),
    (0.12, 0.003, 0.23, "+12 (+0.3 to +23)"),
    (0.10, -0.06, 0.26, "+10 (-6 to +26)"),
    (0.05, 0.0, 0.10, "+5 (0 to +10)"),
    (0.11, 0.0003, 0.21, "+11 (just above 0 to +21)"),
])
def test_a_table_interval_near_zero_shows_its_side(difference, low, high, said, tmp_path):
    from reportgen.render import make_environment

    env = make_environment(tmp_path)
    got = env.from_string("{{ d | points }} ({{ lo | points }} to {{ hi | points }})").render(
        d=difference, lo=low, hi=high)
    assert got == said


def test_a_cover_of_long_key_findings_stays_one_page():
    from reportgen.build import render_briefing
    from reportgen.render import COVER_FINDINGS, cover_findings, default_templates

    from .test_findings import _briefing, _mix

    # outlet names as long as some feeds give them make each key finding six lines or more
    a, b, c = ("The Evening Chronicle of Greater Porthaven (Web Edition)",
               "Weekly Examiner and Sentinel of Millbrook County", "Greyton Daily Bulletin")
    briefing = _briefing({f"s{i}": {a: _mix(7, 1, rep_stance="distancing"), b: _mix(1, 7),
                                    c: _mix(4, 4)} for i in range(8)})
    assert len([f for f in briefing.findings if f.key]) > COVER_FINDINGS
    assert 1 <= len(cover_findings(briefing)) < COVER_FINDINGS  # as many as fit
    pages = PdfReader(io.BytesIO(render_briefing(briefing, default_templates()).pdf)).pages
    assert "all beside this file." in pages[0].extract_text()  # the colophon closes the cover
    assert pages[1].extract_text().startswith("Key findings")
