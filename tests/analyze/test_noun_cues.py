"""A cue whose bare form is mostly a noun (words.noun_bare_cues: "state") reports words only
after a plural subject, a modal, or inverted after a quotation (issue 11: "New York state Sen.
Ann Lowe said" read as New York "stating" the rest; "Chinese state media have provided",
"a police state" read as quotations). Each case is a sentence written for the test, with the
speaker a careful reader names for each quote in text order.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of

NOUN_STATE_CASES = [
    ("a place of two words before state and a title",
     'New York state Sen. Ann Lowe said the bill was a disgrace.', ["Ann Lowe"]),
    ("a place of three words, a title the table lacks",
     'New South Wales state Fire Commissioner Tom Banks said this season is the worst on '
     'record.\n\n"We have seen extraordinary fire behavior," he said.', ["Tom Banks", "Tom Banks"]),
    ("a demonym before state media",
     'Across the border, Chinese state media have provided scant coverage of the vote.', []),
    ("an adjective before state",
     'People may think of Ohio as a religious state, but the numbers say otherwise.', []),
    ("a place ending in s",
     'Thousands of farmers showed up in the Illinois state capitol in Springfield on Monday.',
     []),
    ("after is",
     'The trouble is that it is state law that deals with marriage.', []),
]

VERB_STATE_CASES = [
    ("they", 'They state that the rules "were never meant for small farms."', ["they"]),
    ("a plural noun and also",
     'Tom Banks and Ann Lowe wrote the memo. The authors also state that the plan "cannot '
     'work."', ["authors"]),
    ("to, after went on",
     'Tom Banks spoke on Monday. Banks went on to state that the plan "cannot work."',
     ["Tom Banks"]),
    ("a modal", 'The board should state plainly that the fund is "closed for good."', ["board"]),
    ("a people", 'The Hungarians state that the fence is "here to stay."', ["Hungarians"]),
    ("a capitalised plural",
     'The Democrats state that the bill is "a giveaway to the rich."', ["Democrats"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), NOUN_STATE_CASES)
def test_state_as_a_noun_reports_nothing(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), VERB_STATE_CASES)
def test_state_after_a_plural_subject_reports_words(label, text, expected, knowledge):
    names = names_of(text, knowledge)
    assert len(names) == len(expected), label
    assert all(n is None or e.lower() in n.lower()
               for n, e in zip(names, expected, strict=True)), names
