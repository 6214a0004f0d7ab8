"""Lookups kept for speed (issue 13) give what the lookups they stand for give, asked once or
again: the apposition's part of a clue, a name's office holders, an organisation described, a
title-case frame, a masked body; and the memo they are kept in (``tables.kept``)."""

import pytest

from reportgen.analyze.actors.mentions import _described_organisation, described_organisation
from reportgen.analyze.actors.officials import (
    _apposition_clue,
    _apposition_state,
    _candidates,
    candidates,
    holds_no_office,
    serves_another,
)
from reportgen.analyze.quotes.frame import title_case
from reportgen.analyze.tables import kept
from reportgen.analyze.text import tokenize
from reportgen.ingest.clean import mask
from reportgen.knowledge import load_knowledge
from reportgen.knowledge.roster import load_roster
from reportgen.models import Segment

ROSTER = load_roster()


@pytest.mark.parametrize(("after", "expected"), [
    ("", (None, False, False)),
    (", a spokesman for the mayor", (None, True, False)),
    (", a lawyer for the family", (None, False, True)),
    (", an Ohio Republican", ("Ohio", False, False)),
    (" (R-Texas)", ("Texas", False, False)),
])
def test_the_apposition_clue_is_its_three_parts(after, expected):
    described = after.strip(" ,()").split()
    assert (_apposition_state(after), serves_another(described, head_last=False),
            holds_no_office(described, head_last=False)) == expected
    assert _apposition_clue(after) == expected
    assert _apposition_clue(after) == expected  # asked again: kept


@pytest.mark.parametrize(("name", "expected"), [
    ("Chuck Schumer", {"Chuck Schumer"}),
    ("Charles E. Schumer", {"Chuck Schumer"}),
    ("Tom Reyes", set()),
])
def test_candidates_are_the_same_asked_again(name, expected):
    first = candidates(ROSTER, name)
    assert first == _candidates(ROSTER, name)
    assert candidates(ROSTER, name) is first
    assert {h.name for h in first} == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("Judicial Watch, a conservative legal group", "Judicial Watch"),
    ("the watchdog group Public Citizen", "Public Citizen"),
    ("Tom Reyes", None),
])
def test_a_described_organisation_is_the_same_asked_again(written, expected):
    knowledge = load_knowledge()
    found = described_organisation(written, knowledge)
    assert found == _described_organisation(written, knowledge)
    assert described_organisation(written, knowledge) == found
    assert (found.name if found else None) == expected
    assert found is None or found.kind == "organisation"


@pytest.mark.parametrize(("text", "expected"), [
    ("Sanders Says He Is Writing His Inaugural Address", True),
    ("Sanders says he is writing his address", False),
    ("Big Win Today", False),  # three words: too few
    ("“Big” Win, 2020, For The Team", True),  # marks and numbers are no words
    ("Ann Roe of the Acme Union", False),  # four of six capitalised: not over 70%
])
def test_title_case(text, expected):
    assert title_case(tuple(tokenize(text))) is expected


def test_mask_blanks_segments_and_keeps_line_breaks():
    text = "Head line\nPhoto: Ann Roe\nBody text here.\n"
    segments = (Segment(0, 9, "title"), Segment(6, 25, "caption"), Segment(10, 16, "credit"))
    masked = mask(text, segments)
    assert len(masked) == len(text)
    assert masked == " " * 9 + "\n" + " " * 14 + "\nBody text here.\n"
    assert mask(text, ()) == text


def test_kept_answers_once_per_table_and_key_none_included_and_clears_at_its_limit() -> None:
    table_a, table_b, asked = object(), object(), []

    def answer(key: str) -> str | None:
        asked.append(key)
        return None if key == "nobody" else key.upper()

    assert kept("test memo", table_a, "ann", 2, answer, "ann") == "ANN"
    assert kept("test memo", table_a, "ann", 2, answer, "ann") == "ANN"
    assert kept("test memo", table_a, "nobody", 2, answer, "nobody") is None
    assert kept("test memo", table_a, "nobody", 2, answer, "nobody") is None
    assert asked == ["ann", "nobody"]  # a None answer is kept too
    assert kept("test memo", table_b, "ann", 2, answer, "ann") == "ANN"
    assert asked == ["ann", "nobody", "ann"]  # another table, another memo
    assert kept("test memo", table_a, "tom", 2, answer, "tom") == "TOM"  # full: cleared
    assert kept("test memo", table_a, "ann", 2, answer, "ann") == "ANN"
    assert asked == ["ann", "nobody", "ann", "tom", "ann"]
