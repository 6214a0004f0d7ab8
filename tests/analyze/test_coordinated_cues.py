"""A cue joined to a second verb or noun by "and"/"or" reports nothing there (issue 11):
"the daily reported and wrote from the capital", "state and federal suits followed", "the
board rejected or scaled back the rules": the words after the coordinator are another verb
or the rest of a noun phrase, never the clause the cue reports. Two addressees joined by
"and" are one object: "told lawmakers and staff that ...", "told the Ways and Means
Committee the ...". After a comma the reported clause goes on ("Prices will rise, Vale said,
and wages will lag"). Each case is a sentence written for the test, with each quote's
(kind, text, speaker) in text order.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import quotes_of

COORDINATED_CASES = [
    ("a cue and a second verb",
     "Nadia Obi reported and wrote the series from the port city last winter.", []),
    ("a cue or a second verb",
     "The council rejected or delayed most of the zoning requests filed this spring.", []),
    ("a noun cue before and",
     "Hundreds of state and county claims were filed against the refinery that year.", []),
    ("a cue and a second verb with its own object",
     "Critics mocked and attacked the governor after her speech in the harbor town.", []),
    ("two addressees joined by and, then that",
     "Ivo Brandt told lawmakers and staff that the depot would close within a month.",
     [("indirect", "the depot would close within a month", "Ivo Brandt")]),
    ("a committee whose name holds and",
     "Rosa Lind told the Roads and Bridges Committee the repairs would cost more than planned.",
     [("indirect", "the repairs would cost more than planned", "Rosa Lind")]),
    ("a second addressee with its determiner, then to",
     "Mayor Ines Caro asked the governor and the county clerk to recount the ballots by hand.",
     [("indirect", "to recount the ballots by hand", "Ines Caro")]),
    # negatives: after a comma the reported clause goes on past "and"; a clause that opens
    # with its own subject after the cue is still reported
    ("and after the cue's comma goes on",
     "Fares will rise next year, Omar Haddad said, and the buses will run less often.",
     [("indirect", "Fares will rise next year … and the buses will run less often",
       "Omar Haddad")]),
    ("an ordinary reported clause",
     "Lena Voss said the bridge and the tunnel would both reopen in May.",
     [("indirect", "the bridge and the tunnel would both reopen in May", "Lena Voss")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), COORDINATED_CASES)
def test_a_coordinated_cue_reports_no_clause(label, text, expected, knowledge):
    got = [(q.kind, q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]
    assert got == expected, label
