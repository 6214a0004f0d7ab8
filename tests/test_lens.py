"""The lens: party or country as set, and auto stable near the cut, with the reason shown."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reportgen.cli import main
from reportgen.lens import BAND, HOME_SHARE, choose_lens
from reportgen.models import Actor
from tests.test_findings import DEM, FR, NOBODY, REP, US, _article, _briefing, _quote

GB = Actor("Gil Moss", "person", "government", None, None, "United Kingdom", None)
ACTORS = {"DEM": DEM, "REP": REP, "US": US, "FR": FR, "NOBODY": NOBODY}


def _analyses(**counts: int):
    """One article per outlet holding quotes by actor: _analyses(DEM=3, FR=1)."""
    quotes = [_quote(ACTORS[name]) for name, n in counts.items() for _ in range(n)]
    return [_article("a1", "Alpha", quotes), _article("b1", "Beta", quotes)]


def test_the_band_sits_around_the_cut():
    assert (HOME_SHARE - BAND, HOME_SHARE + BAND) == (75, 85)


@pytest.mark.parametrize(("counts", "lens", "why"), [
    # under the band: countries
    ({"DEM": 60, "FR": 40}, "country", "60% of the quotes with a known speaker country are "
                                       "from United States, under 75%."),
    ({"DEM": 74, "FR": 26}, "country", "74% of the quotes with a known speaker country are "
                                       "from United States, under 75%."),
    # inside the band, on both sides of the 80% cut: the tie rule, party, every time
    ({"DEM": 75, "FR": 25}, "party", "75% of the quotes with a known speaker country are from "
                                     "United States, within 5 points of the 80% cut, where auto "
                                     "always takes party so that a few speakers cannot flip "
                                     'the lens; lens = "country" compares countries instead.'),
    ({"DEM": 399, "FR": 101}, "party", "79.8% of the quotes with a known speaker country are "
                                       "from United States, within 5 points of the 80% cut"),
    ({"DEM": 401, "FR": 99}, "party", "80.2% of the quotes with a known speaker country are "
                                      "from United States, within 5 points of the 80% cut"),
    ({"DEM": 849, "FR": 151}, "party", "84.9% of the quotes with a known speaker country are "
                                       "from United States, within 5 points of the 80% cut"),
    # at and over the band: a domestic briefing
    ({"DEM": 17, "FR": 3}, "party", "85% of the quotes with a known speaker country are from "
                                    "United States, 85% or more, a domestic briefing."),
    ({"DEM": 9, "REP": 9, "FR": 1, "NOBODY": 40}, "party", "94.7% of the quotes"),
    # no party known at home, or no country at all: countries
    ({"US": 9, "FR": 1}, "country", "90% of the quotes with a known speaker country are from "
                                    "United States, but none of its speakers has a known "
                                    "party."),
    ({"NOBODY": 5}, "country", "no speaker's country is known."),
])
def test_auto_decides_outside_the_band_and_keeps_party_inside_it(counts, lens, why):
    choice = choose_lens(_analyses(**counts))
    assert (choice.lens, choice.setting) == (lens, "auto")
    assert choice.reason.startswith(f"Voices grouped by {lens} (lens auto): ")
    assert why in choice.reason
    assert (choice.home == "United States") is (lens == "party")


def test_a_few_speakers_either_side_of_the_cut_give_the_same_findings():
    # 79.8% and 80.2% of the quotes from home: a single 80% cut flipped the lens between the
    # two, and with it what every key finding meant; now both are read by party
    def briefing(home: int, away: int):
        return _briefing({f"s{i}": {"Alpha": [_quote(DEM)] * home + [_quote(GB)] * away,
                                    "Beta": [_quote(REP)] * home + [_quote(FR)] * away}
                          for i in range(6)})

    under, over = briefing(399, 101), briefing(401, 99)
    assert under.grouped_by == over.grouped_by == "party"
    assert {g.group for g in under.voice_gaps} == {g.group for g in over.voice_gaps}
    assert [f.kind for f in under.findings if f.key] == [f.kind for f in over.findings if f.key]


@pytest.mark.parametrize(("counts", "setting", "groups"), [
    # party as set, though only 5 of 9 quotes are from the most quoted country: its speakers
    # by party, the others by country
    ({"DEM": 3, "REP": 2, "FR": 4}, "party", {"Democratic Party", "Republican Party", "France"}),
    # country as set, though 95% are from home: parties are not used
    ({"DEM": 10, "REP": 9, "FR": 1}, "country", {"United States", "France"}),
    # party as set with no country known: every speaker by party
    ({"NOBODY": 2}, "party", {"Unknown affiliation"}),
])
def test_an_explicit_lens_is_used_whatever_the_share(counts, setting, groups):
    analyses = _analyses(**counts)
    choice = choose_lens(analyses, setting)
    assert (choice.lens, choice.setting) == (setting, setting)
    assert choice.reason.startswith(f"Voices grouped by {setting}, as set (lens {setting})")
    b = _briefing({"s1": {"Alpha": list(analyses[0].quotes), "Beta": list(analyses[1].quotes)}},
                  lens=setting)
    assert b.grouped_by == setting and b.lens == choice
    assert {s.label for o in b.outlets for s in o.by_affiliation} == groups


def test_party_as_set_with_no_known_country_groups_speakers_by_party():
    choice = choose_lens(_analyses(DEM=0, NOBODY=1), "party")
    assert choice.home == "" and choice.reason.endswith("no speaker's country is known.")
    no_country = Actor("Ann Vale", "person", "legislator", None, None, None, "Green Party")
    b = _briefing({"s1": {"Alpha": [_quote(no_country)], "Beta": [_quote(NOBODY)]}},
                  lens="party")
    assert {s.label for o in b.outlets for s in o.by_affiliation} == {
        "Green Party", "Unknown affiliation"}


def test_a_lens_that_is_no_lens_is_refused():
    with pytest.raises(ValueError, match="lens 'parties': expected one of auto, party, country"):
        choose_lens([], "parties")


@pytest.mark.parametrize("value", ['"parties"', "1", '"Party"', "true"])
def test_a_bad_lens_in_the_config_is_one_line_naming_the_setting(tmp_path: Path, value: str):
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "text": "Words."}), "utf-8")
    config = tmp_path / "reportgen.toml"
    config.write_text(f"[output]\nlens = {value}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["build", str(tmp_path / "a.json"), "--config", str(config), "--out",
                 str(tmp_path / "out")], out, err)
    assert code == 2 and out.getvalue() == ""
    assert err.getvalue().count("\n") == 1
    assert err.getvalue().startswith(
        f"reportgen: {config}: [output] lens: must be one of 'auto', 'party', 'country', not ")
    assert not (tmp_path / "out").exists()


def test_a_bad_lens_on_the_command_line_is_one_line(tmp_path: Path, capsys):
    code = main(["build", "seeds", "--lens", "parties", "--out", str(tmp_path / "out")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--lens: invalid choice: 'parties'" in err


def _jsonl(path: Path) -> Path:
    """Write two articles in which 4 of 5 quotes are from one country's speakers."""
    text = ('"We will pass the bill," said Senator Dana Reed, a Democrat from Ohio. '
            '"It is a bad bill," said Rep. Rob Hale, R-Texas. '
            '"The talks go on," said French Foreign Minister Luc Roy.')
    with path.open("w", encoding="utf-8") as out:
        for n, outlet in enumerate(("Gazette", "Herald")):
            out.write(json.dumps({"id": f"a{n}", "outlet": outlet, "date": "2022-11-14",
                                  "title": "The bill", "text": text}) + "\n")
    return path


@pytest.mark.parametrize(("config", "flag", "used", "setting"), [
    ('[output]\nlens = "country"\n', [], "country", "country"),
    ('[output]\nlens = "country"\n', ["--lens", "party"], "party", "party"),  # the flag wins
    (None, ["--lens", "country"], "country", "country"),
])
def test_the_build_uses_the_lens_of_the_flag_then_the_config(tmp_path, config, flag, used,
                                                             setting):
    args = ["build", str(_jsonl(tmp_path / "a.jsonl")), "--out", str(tmp_path / "out"),
            "--jobs", "1", *flag]
    if config is not None:
        (tmp_path / "reportgen.toml").write_text(config, encoding="utf-8")
        args += ["--config", str(tmp_path / "reportgen.toml")]
    err = io.StringIO()
    assert main(args, io.StringIO(), err) == 0, err.getvalue()
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    assert (data["lens"]["used"], data["lens"]["setting"]) == (used, setting)
    assert data["grouped_by"] == used
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    assert f'<p class="lens">Voices grouped by {used}, as set (lens {used})' in html
