"""No voice that is a clause fragment, a date or a common noun (issue 11): each table is one
class of error, each case a sentence written for the test, with negatives the rule must keep.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import quotes_of


def _last(text, knowledge):
    quotes = quotes_of(text, knowledge)
    assert quotes, "no quote found"
    a = quotes[-1].actor
    return None if a is None else (a.name, a.kind)


# --- a participle with no comma after a whole clause: the clause's subject speaks -----------

CLAUSE_PARTICIPLE_CASES = [
    ("after a time adjunct",
     "Sen. Ann Cole took office in July vowing to cut the state budget by a tenth.",
     ("Ann Cole", "person")),
    ("after a time adjunct, object and verb before it",
     "Ten senators sued the federal government in February claiming the rule is unlawful.",
     ("Ten senators", "group")),
    ("after a time adjunct of two words",
     "Mayor Tom Reyes took office last year promising to fix every road in the city.",
     ("Tom Reyes", "person")),
    ("after a document the subject filed",
     "Twitter filed a lawsuit arguing that the summons threatened free speech.",
     ("Twitter", "organisation")),
    ("after a document the subject sent, and a time adjunct",
     'The committee sent him a letter on Saturday saying its subpoena "remains in force."',
     ("committee", "organisation")),
    ("after a document the subject issued",
     "Gov. Dale Pratt released a short memo asking every county to close its schools.",
     ("Dale Pratt", "person")),
    # negatives: the phrase before the participle speaks, or nobody does
    ("people before the time adjunct speak themselves",
     'Senator Ruth Vail met protesters on Monday chanting "no more war."',
     ("protesters", "group")),
    ("a document found, not issued, speaks for its unknown author",
     "Police found a note saying the bank would be robbed.",
     ("note", "unknown")),
    ("a comma before the participle: the subject speaks as before",
     "The United Nations called for a ceasefire, saying the fighting must stop.",
     ("United Nations", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), CLAUSE_PARTICIPLE_CASES)
def test_a_participle_after_a_clause_is_its_subjects(label, text, expected, knowledge):
    assert _last(text, knowledge) == expected, label


def test_a_clause_is_never_a_speaker_mention(knowledge):
    texts = ["Sen. Ann Cole took office in July vowing to cut the state budget by a tenth.",
             "Ten senators sued the federal government in February claiming the rule is unlawful.",
             'Senator Ruth Vail met protesters on Monday chanting "no more war."']
    for text in texts:
        for q in quotes_of(text, knowledge):
            assert q.speaker is not None
            assert not {"took", "sued", "met"} & set(q.speaker.split()), q.speaker


# --- a word opening a sentence's adverbial is no subject -----------------------------------

OPENER_CASES = [
    ("participle opening a sentence",
     "Taken together, the votes are a test for Mayor Tom Reyes, who is threatening to quit.",
     None),
    ("preposition opening a sentence",
     "Ahead of the vote, Gov. Dale Pratt published a letter warning of grave risks.",
     ("Dale Pratt", "person")),
    ("participle of a given fact",
     'Given the risk, the council voted to close the bridge, saying it "cannot take chances."',
     ("council", "organisation")),
    ("object of despite before a noun cue",
     "Despite a United Nations call for a ceasefire, Prime Minister Tom Reyes gave no sign of "
     'a halt, saying the army would act "firmly."',
     ("Tom Reyes", "person")),
    ("object of amid",
     'Amid a Republican push for cuts, Gov. Ann Cole said the budget "is already lean."',
     ("Ann Cole", "person")),
    # negatives: a name or a description that opens the sentence is its subject
    ("a surname that is also a word opens the sentence",
     'Senator Ann Head wrote the bill. Head said the bill "would pass by June."',
     ("Ann Head", "person")),
    ("a body opens the sentence",
     "The United Nations called for a ceasefire on Monday.",
     ("United Nations", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OPENER_CASES)
def test_a_sentence_opener_is_no_subject(label, text, expected, knowledge):
    quotes = quotes_of(text, knowledge)
    if expected is None:
        assert all(q.actor is None or q.actor.name not in ("Taken", "Taken together")
                   for q in quotes)
    else:
        assert _last(text, knowledge) == expected, label
