"""The office-holder tables: what the article says comes first, a bare surname is careful."""

import pytest

from reportgen.analyze.officials import Clue, find_holder, read_party_tag, read_state
from reportgen.knowledge.roster import load_roster

ROSTER = load_roster()


@pytest.mark.parametrize(("name", "clue", "expected"), [
    ("Sen. Tim Scott", None, ("Tim Scott", "South Carolina")),
    ("Timothy Scott", None, ("Tim Scott", "South Carolina")),
    ("Scott", Clue(state="Florida"), ("Rick Scott", "Florida")),
    ("Jim Jordan", None, ("Jim Jordan", "Ohio")),
    ("Mr. Jordan", Clue(party="Republican Party", state="Ohio"), ("Jim Jordan", "Ohio")),
    ("Charles E. Schumer", None, ("Chuck Schumer", "New York")),
    ("Mike Lee", Clue(state="Utah"), ("Mike Lee", "Utah")),
    ("Zelenskyy", None, ("Volodymyr Zelensky", None)),
    ("Volodymyr Zelenskiy", None, ("Volodymyr Zelensky", None)),
    ("Xi", None, ("Xi Jinping", None)),
    ("Mohammad bin Salman", None, ("Mohammed bin Salman", None)),
    ("Frederica Mogherini", None, ("Federica Mogherini", None)),
    ("Liam Fox", None, ("Liam Fox", None)),
    ("Johnson", Clue(country="United Kingdom", year=2021), ("Boris Johnson", None)),
])
def test_find_holder(name, clue, expected):
    h = find_holder(ROSTER, name, clue)
    assert h is not None
    assert (h.name, h.state) == expected


@pytest.mark.parametrize(("name", "clue"), [
    ("Scott", None),  # several table people are called Scott
    ("Tim Scott", Clue(state="Florida")),  # the article's Florida senator is not the table's
    ("Rick Scott", Clue(party="Democratic Party")),
    ("Donald Trump Jr.", None),  # not in the table: never the father
    ("Ms. Scott", None),
    ("Johnson", Clue(country="United Kingdom", year=2005)),  # nobody of that name in office
    ("Lavrov", Clue(country="Ukraine")),
    ("Kim", None),
    ("Smith", None),
])
def test_no_holder_when_unsure_or_contradicted(name, clue):
    assert find_holder(ROSTER, name, clue) is None


@pytest.mark.parametrize(("text", "state", "party"), [
    ("Sen. Dana Whitfield, R-S.C., said", "South Carolina", "Republican Party"),
    ("Rep. Ana Ortiz (D-Calif.)", "California", "Democratic Party"),
    ("R-TX", "Texas", "Republican Party"),
    ("said on Tuesday", None, None),
])
def test_read_party_tag(text, state, party):
    clue = read_party_tag(text)
    assert (clue.state, clue.party) == (state, party)


@pytest.mark.parametrize(("text", "state"), [
    ("Fla.", "Florida"), ("N.Y.", "New York"), ("Ohio", "Ohio"), ("WV", "West Virginia"),
    ("Narnia", None),
])
def test_read_state(text, state):
    assert read_state(text) == state
