"""A dash that closes an aside a dash opened before it sets off no inverted cue: the verb
after it is the subject's own, after the aside ("Harbour Steel and two firms — Vale Mills and
Pike Works — complained the state failed ..." is no "…, complained the state"), unless the
phrase after the verb ends the clause ("… – children, kitchen, church – says Tom Reyes.").
Each case is a sentence written for the test, with the speaker a careful reader names for
each quote in text order (None where the sentence names none); each is checked with an em
dash and with an en dash.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of

CLOSED_ASIDE_CASES = [
    ("a list between dashes, then an object cue",
     'The fight began last week, when Harbour Steel and two other firms — Vale Mills and '
     'Pike Works — complained the state failed to post their ratings on time.', []),
    ("a list between dashes, then a cue with an object after it",
     'On Thursday, more than 600 firms — including Vale Mills, Pike Works and Olsen Foods — '
     'wrote a joint letter to the mayor warning that a levy "is not in the town\'s best '
     'interest."', [None]),
    ("an aside, then a cue and a clause",
     'The ruling on the levy — first reported by the Harbour Gazette — suggests Tom Reyes '
     'may be widening his inquiry into the port and its accounts.', []),
    # negatives: an inverted cue whose speaker ends the clause, or one dash and no aside
    ("a list between dashes inside what is said, an inverted cue",
     'The party was old — children, kitchen, church — says Tom Reyes, a historian.',
     ["Tom Reyes"]),
    ("an aside inside what is said, an inverted cue ending the sentence",
     'Too many pupils were sent home — for spitballs, for talking back — said Ann Vale.',
     ["Ann Vale"]),
    ("one dash before an inverted cue",
     'The levy is dead, the pier is closed and the boats are gone — said Tom Reyes, the '
     'harbour master.', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), CLOSED_ASIDE_CASES)
def test_a_dash_closing_an_aside_sets_off_no_inverted_cue(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected
    assert names_of(text.replace("—", "–"), knowledge) == expected
