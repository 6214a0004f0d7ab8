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
