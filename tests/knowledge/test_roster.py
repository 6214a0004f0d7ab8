"""The shipped office-holder tables load, and a bad row names its file and line."""

import shutil
from importlib import resources
from pathlib import Path

import pytest

from reportgen.knowledge import KnowledgeError
from reportgen.knowledge.roster import load_roster


def test_roster_holds_congress_and_world_officials():
    roster = load_roster()
    assert len(roster) > 2600
    tim = next(h for h in roster if h.name == "Tim Scott")
    assert (tim.role, tim.type, tim.party, tim.state) == (
        "Senator", "legislator", "Republican Party", "South Carolina")
    wallace = next(h for h in roster if h.name == "Ben Wallace")
    assert (wallace.country, wallace.since, wallace.type) == ("United Kingdom", 2019, "government")


def test_short_forms_come_with_the_table():
    jordan = next(h for h in load_roster() if h.name == "Jim Jordan")
    assert {"Jim", "James"} <= set(jordan.given)


def _copy(tmp_path: Path) -> Path:
    src = resources.files("reportgen.knowledge")
    for name in ("us_officials.tsv", "world_officials.tsv"):
        shutil.copyfile(str(src.joinpath(name)), tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(("row", "message"), [
    ("Ana Ortiz\tOrtiz\t\tPresident\thead_of_state\tMexico\t\tlast year\t\n",
     r"world_officials.tsv:{line}: a year"),
    ("Ana Ortiz\tOrtiz\t\tPresident\tqueen\tMexico\t\t2020\t\n", "type 'queen'"),
])
def test_a_bad_row_names_the_file_and_line(tmp_path, row, message):
    folder = _copy(tmp_path)
    path = folder / "world_officials.tsv"
    path.write_text(path.read_text(encoding="utf-8") + row, encoding="utf-8")
    lines = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(KnowledgeError, match=message.format(line=lines)):
        load_roster(folder)


@pytest.mark.parametrize(("name", "year", "role"), [
    ("Vladimir Putin", 2010, "Prime Minister"),  # Medvedev was President 2008-2012
    ("Dmitry Medvedev", 2010, "President"),
    ("Vladimir Putin", 2015, "President"),
    ("Benjamin Netanyahu", 2020, "Prime Minister"),
    ("Naftali Bennett", 2022, "Prime Minister"),
    ("Recep Tayyip Erdogan", 2012, "Prime Minister"),
    ("Boris Johnson", 2017, "Foreign Secretary"),
])
def test_an_office_holder_is_found_in_the_office_held_that_year(name, year, role):
    from reportgen.analyze.actors.officials import Clue, find_holder

    holder = find_holder(load_roster(), name, Clue(year=year))
    assert holder is not None and holder.role == role


def test_netanyahu_is_no_prime_minister_between_his_terms():
    from reportgen.analyze.actors.officials import Clue, find_holder

    holder = find_holder(load_roster(), "Benjamin Netanyahu", Clue(year=2021))
    assert holder is not None and holder.until == 2021  # his first run ended in 2021
