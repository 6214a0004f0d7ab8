"""Who speaks in quoted words inside a sentence's clauses (issue 11): a relative clause after
an apposition, a participle after the clause it hangs on, "with X -ing", an object between
the subject and a participle, a group speaking "in a joint statement". Each case is a
sentence written for the test, with the speaker a careful reader names for each quote in
text order (None where the sentence names none).
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of

# --- a relative clause after an apposition hangs on the apposition's head -----------------

# "said X, a former aide to Senator Y, who added": X adds, not Y, the object inside the
# description set off after X
RELATIVE_AFTER_APPOSITION_CASES = [
    ("an aide to a senator",
     '"The party is lost," said Tom Reyes, a former aide to Senator Dana Pike, who added, '
     '"They cannot govern."', ["Tom Reyes", "Tom Reyes"]),
    ("an adviser to a governor, a clause after the cue",
     '"We lost," said Ann Vale, a former adviser to Governor Tom Reyes, who added that the '
     'party was "in trouble."', ["Ann Vale", "Ann Vale"]),
    ("the chief of staff of a leader",
     'Maria Olsen, the chief of staff to Majority Leader Tom Reyes, who spoke on Monday, said '
     'the vote was "a disgrace."', ["Maria Olsen"]),
    ("a spokesman for a company",
     'The plant will close, said Dana Pike, a spokesman for Harbour Steel, who added that the '
     'workers would be "paid in full."', ["Dana Pike", "Dana Pike"]),
    # negatives: no description set off by a comma after a name, the relative clause hangs
    # on the name right before it
    ("a relative clause right after the name",
     '"We lost," said Ann Vale, who added that the party was "in trouble."',
     ["Ann Vale", "Ann Vale"]),
    ("an object with no apposition",
     'Tom Reyes met with Senator Dana Pike, who said the bill was "dead on arrival."',
     ["Dana Pike"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), RELATIVE_AFTER_APPOSITION_CASES)
def test_a_relative_clause_after_an_apposition_is_its_heads(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a relative clause inside what an earlier cue reports, whose own cue reports the quotation
# in it: the relative clause's subject speaks ("Reyes called out columnist Dana Pike, who
# called him a “…”": Pike, not Reyes; nor "him")
RELATIVE_CUE_INSIDE_CASES = [
    ("called out, then called",
     'In a fiery speech, Tom Reyes called out the Gazette and its columnist Dana Pike, who '
     'called him a "paid shill," by name.', ["Dana Pike"]),
    ("praised, then described",
     'Ann Vale praised her friend Tom Reyes, who described the plan as "a done deal" on '
     'Monday.', ["Tom Reyes"]),
    ("noted, then warned",
     'Maria Olsen noted the support of Dana Pike, who warned that the levy was "a tax on '
     'renters."', ["Dana Pike"]),
    # negatives: the quotation stands after the relative clause, or in the clause of
    # "which", which the subject's cue reports
    ("the quotation after the relative clause",
     'The mayor said Dana Pike, who spoke first, was "wrong about everything."', ["mayor"]),
    ("the subject's cue inside the relative clause",
     'Tom Reyes said the report, which he called "a whitewash," would be withdrawn.',
     ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), RELATIVE_CUE_INSIDE_CASES)
def test_a_relative_clause_with_its_own_cue_reports_its_quotation(label, text, expected,
                                                                 knowledge):
    assert names_of(text, knowledge) == expected


def test_a_participle_after_a_relative_clause_is_the_main_clauses(knowledge):
    text = ('In a fiery speech, Tom Reyes called out the Gazette and its columnist Dana Pike, '
            'who called him a "paid shill," by name, calling the rhetoric "a shameful smear."')
    assert names_of(text, knowledge) == ["Dana Pike", "Tom Reyes"]
