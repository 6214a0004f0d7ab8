"""Transcripts and interviews: paragraphs opened by a speaker's label in capitals and a colon
("ANN VALE: …", "Q: …"). Each case is written for the test, with the speaker a careful reader
names for each quote in text order (issue 11).
"""

from __future__ import annotations

import pytest

from reportgen.analyze.text import sentences
from tests.analyze.sentences import names_of

# --- a turn's label is not the subject of the sentence after it -----------------------------

LABEL_IS_NO_SUBJECT_CASES = [
    ("a participle cue after the label",
     "Tom Reyes is the mayor of Harbourton.\n\nANN VALE: At a rally last year, Reyes himself "
     "referred to the closure by saying, “The harbour is finished and nobody will save it.” "
     "Your response?", ["Tom Reyes"]),
    ("a participle after a set-off subject",
     "DANA PIKE: Interestingly, Tom Reyes, after calling the plan a “disgrace,” voted for it in "
     "the end.", ["Tom Reyes"]),
    ("a heading's label",
     "UPDATE: Mayor Tom Reyes ended the meeting by telling the crowd, “We will rebuild the "
     "pier.”", ["Tom Reyes"]),
    ("a dateline's label",
     "WASHINGTON: Senator Ann Vale closed the hearing by saying, “We will be back next week.”",
     ["Ann Vale"]),
    ("a question's word after the label is no speaker either",
     "ANN VALE: How did it feel to stand beside the mayor on Monday, announcing that the pier "
     "“will be rebuilt by spring”?", []),
]


@pytest.mark.parametrize(("label", "text", "expected"), LABEL_IS_NO_SUBJECT_CASES)
def test_a_turns_label_is_not_the_subject_after_it(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# what the label must leave as it was
LABEL_KEPT_CASES = [
    ("a quotation right after the label is the turn's",
     "TOM REYES: “The pier will be rebuilt by spring.”", ["TOM REYES"]),
    ("a name in mixed case before a colon",
     "Rep. Dana Pike: “The pier will be rebuilt by spring.”", ["Dana Pike"]),
    ("a colon inside the sentence",
     "Mayor Tom Reyes had one message for the council: “Rebuild the pier before the storms "
     "come back.”", ["Tom Reyes"]),
    ("a subject after the label with a cue of its own",
     "SEN. DANA PIKE: Tom Reyes answered the council by saying that the pier “will be rebuilt "
     "by spring.”", ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), LABEL_KEPT_CASES)
def test_a_turns_label_leaves_other_colons_alone(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ANN VALE: Welcome. Thank you.", ["ANN VALE:", "Welcome.", "Thank you."]),
    ("SEN. DANA PIKE: Thank you.", ["SEN. DANA PIKE:", "Thank you."]),
    ("Q: Why now?", ["Q:", "Why now?"]),
    ("Ann Vale: Welcome.", ["Ann Vale: Welcome."]),  # mixed case: no label
    ("The plan was simple: RUN. Then hide.", ["The plan was simple: RUN.", "Then hide."]),
    ("I: one.", ["I: one."]),  # one letter other than Q or A
])
def test_a_turns_label_is_a_sentence_of_its_own(text, expected, knowledge):
    words = knowledge.words
    got = sentences(text, (0, len(text)), words.abbreviations, words.sentence_openers)
    assert [text[a:b] for a, b in got] == expected


# --- "I" in a turn is the speaker its label names ---------------------------------------------

FIRST_PERSON_IN_TURN_CASES = [
    ("a name in capitals",
     "Tom Reyes is the harbour master of Harbourton.\n\nANN VALE: What happened at the pier?\n\n"
     "TOM REYES: The storm came in fast. I told the crew, “Get off the pier now.”\n\n"
     "ANN VALE: And the council?\n\nTOM REYES: I said at the meeting that the pier “will be "
     "rebuilt by spring.”", ["Tom Reyes", "Tom Reyes"]),
    ("a turn of two paragraphs",
     "ANN VALE: We are joined by the historian Dana Pike.\n\nDANA PIKE: Thank you, Ann.\n\n"
     "ANN VALE: Why the harbour?\n\nDANA PIKE: I grew up there.\n\nI wrote in my book, “Every "
     "town has a harbour it forgets.”", ["Dana Pike"]),
    ("initials of a person the article names",
     "Ann Vale spoke with the historian Dana Pike.\n\nAV: Why the harbour?\n\nDP: I grew up "
     "there. I always tell students, “Go and look at the water first.”\n\nAV: And do they?\n\n"
     "DP: Some of them do.", ["Dana Pike"]),
    ("a title and a surname with a prefix",
     "SEN. JOHN McCABE: I said it before and I will say it again: “The pier stays open.”\n\n"
     "ANN VALE: Senator McCabe, thank you.\n\nSEN. JOHN McCABE: Thank you.\n\n"
     "ANN VALE: That was Senator John McCabe.", ["John McCabe"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), FIRST_PERSON_IN_TURN_CASES)
def test_i_in_a_turn_is_the_labels_speaker(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# an "I" no label names stays the writer's (none here)
FIRST_PERSON_KEPT_CASES = [
    ("Q and A name no one",
     "Q: Why the harbour?\n\nA: I grew up there. I always tell students, “Go and look at the "
     "water first.”\n\nQ: And do they?\n\nA: Some of them do.", [None]),
    ("one heading is no transcript",
     "UPDATE: I asked the mayor's office for comment. A spokesman said, “We have nothing to "
     "add.”", [None, "spokesman"]),
    ("initials of no one named",
     "AV: Why the harbour?\n\nDP: I grew up there. I always tell students, “Go and look at "
     "the water first.”\n\nAV: And do they?\n\nDP: Some of them do.", [None]),
    ("labels before one speaker's turns only",
     "NOTE: This story was updated.\n\nTOM REYES: I told the crew, “Get off the pier now.”\n\n"
     "CORRECTION: An earlier version misspelled a name.", [None]),
]


@pytest.mark.parametrize(("label", "text", "expected"), FIRST_PERSON_KEPT_CASES)
def test_i_outside_a_named_turn_stays_the_writers(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# --- "you" in a turn is the person the turn speaks to -------------------------------------------

_GUEST = ("Tom Reyes is a historian at Harbour College.\n\nANN VALE: Welcome, Tom Reyes.\n\n"
          "TOM REYES: Thank you.\n\n")

YOU_IN_TURN_CASES = [
    ("a title called, then the guest who answers",
     _GUEST + "ANN VALE: Professor, you wrote last year, “Every town has a harbour it forgets.” "
     "And you started by saying, “The harbour was never the problem, the people were.” Can you "
     "talk about that?\n\nTOM REYES: Well, yes.", ["Tom Reyes", "Tom Reyes"]),
    ("a name called",
     _GUEST + "ANN VALE: Professor Reyes, you write, “Nobody in this town has ever looked at "
     "the water.” Why?\n\nTOM REYES: Because it is cold.", ["Tom Reyes"]),
    ("after the quotation",
     _GUEST + "ANN VALE: “The pier will stand,” you said. So, what now?\n\nTOM REYES: We wait.",
     ["Tom Reyes"]),
    ("the one of two guests called by name",
     "We are joined by Tom Reyes and Dana Pike.\n\nANN VALE: Welcome to you both.\n\n"
     "TOM REYES: Thank you.\n\nDANA PIKE: Thanks, Ann.\n\nANN VALE: Dana Pike, you wrote last "
     "year, “The pier was doomed from the start.” Tom Reyes, do you agree?\n\nTOM REYES: No.",
     ["Dana Pike"]),
    ("a debater answering the one before",
     "ANN VALE: Good evening.\n\nTOM REYES: The pier must close.\n\nDANA PIKE: I disagree. "
     "You said last year, “The pier will stand for a hundred years.”\n\nTOM REYES: I did.\n\n"
     "ANN VALE: Thank you both.",
     ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), YOU_IN_TURN_CASES)
def test_you_in_a_turn_is_whom_it_speaks_to(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a "you" that is anyone, or asked, or outside a transcript, names no one
YOU_KEPT_CASES = [
    ("a clause of anyone",
     _GUEST + "TOM REYES: When you say to voters, “The pier will stand for a hundred years,” "
     "they laugh.\n\nANN VALE: I see.", [None]),
    ("a modal",
     _GUEST + "ANN VALE: You might say, “The pier will stand for a hundred years.” But will "
     "it?\n\nTOM REYES: We wait.", [None]),
    ("a condition before (the words imagined are the speaker's who imagines them)",
     _GUEST + "TOM REYES: It is as if I told you, “Close the pier,” and you answered, “Never "
     "while I am alive.”\n\nANN VALE: I see.", ["Tom Reyes"]),
    ("no transcript",
     "Tom Reyes wrote to the mayor. “You said, ‘The pier will stand,’ and it fell,” he wrote.",
     ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), YOU_KEPT_CASES)
def test_you_of_anyone_names_no_one(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# --- spoken contractions: "he’s calling" is "he is calling", active ------------------------------

CONTRACTED_PROGRESSIVE_CASES = [
    ("what he’s calling, in a turn",
     "Senator Mark Olsen spoke on Monday.\n\nTOM REYES: We also have what he’s calling “a "
     "disaster for the whole town.”", ["Mark Olsen"]),
    ("what he’s calling",
     "Senator Mark Olsen spoke on Monday. He attacked what he’s calling “a disaster for the "
     "whole town.”", ["Mark Olsen"]),
    ("what she’s dubbing",
     "Mayor Ann Vale met the council on Monday. She opposes what she’s dubbing “a gift to the "
     "developers.”", ["Ann Vale"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), CONTRACTED_PROGRESSIVE_CASES)
def test_a_contracted_progressive_is_active(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "he's" + a past participle and a quotation stays a passive: the quoted words are a name
@pytest.mark.parametrize("text", [
    "Mayor Tom Reyes runs the harbour. He’s called “the Admiral” by his staff.",
    "Mayor Tom Reyes runs the harbour. He's been dubbed “the Admiral” since the storm.",
])
def test_a_contracted_passive_names_no_speaker(text, knowledge):
    assert names_of(text, knowledge) == []
