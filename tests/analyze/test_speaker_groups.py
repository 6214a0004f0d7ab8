"""Group, organisation and anonymous speakers (issue 11): each case is a sentence written for
the test; a case gives the text and the speaker's canonical name and kind."""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of, quotes_of

# --- a plural noun for people as the subject of a cue is that group ------------------------

def _speakers(text, knowledge):
    return [(q.actor.name, q.actor.kind) if q.actor else None for q in quotes_of(text, knowledge)]


@pytest.mark.parametrize(("text", "expected"), [
    # an agent noun by its ending, bare, mid-sentence: found and a group
    ("Outside the hall, farmers yelled: “Go home!”", ("farmers", "group")),
    ("At the gate, strikers shouted: “No deal!”", ("strikers", "group")),
    ("In the end, employers complained that the rules were “a mess.”", ("employers", "group")),
    ("“Go home!” lobbyists yelled.", ("lobbyists", "group")),
    ("If people try to leave the pen, cops yell: “Stop! You stay in.”", ("cops", "group")),
    # a group head opening a sentence, also before a cue of reasoning
    ("Politicians reason, “If anything goes wrong, I will be blamed.”",
     ("Politicians", "group")),
    ("Officials reason that a delay is “the safer course.”", ("Officials", "anonymous")),
    # negatives: a capitalised agent-like word alone is still a surname, and a named person
    # or a description keeps its reading
    ("Summers said the economy was “overheating.”", ("Summers", "person")),
    ("Ann Cole met the farmers. “We will wait,” Cole said.", ("Ann Cole", "person")),
    ("“We can wait,” the governor reasoned.", ("governor", "unknown")),
])
def test_plural_people_as_subject_are_the_group(text, expected, knowledge):
    assert _speakers(text, knowledge) == [expected]


def test_the_noun_reason_is_no_cue(knowledge):
    assert names_of("For that reason, “the deal is off,” the mayor said.", knowledge) == ["mayor"]
    assert quotes_of("The reason, “a lack of funds,” was never explained.", knowledge) == ()
