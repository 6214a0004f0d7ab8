"""A cue right after a noun phrase that names a thing reports no speech (issue 11: "no voice
that is a clause fragment"): a cue form in -s that is a plural noun after a determiner and
words that only qualify it ("The same reports indicate", "the increased calls for"), and a
cue whose subject is as often a thing (words.thing_cues: "The decline suggests", "The
violence underscored") gave the briefing voices such as "same", "decline", "violence". Each
case is a sentence written for the test, with the speaker a careful reader names for each
quote in text order.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of

THING_CASES = [
    ("a thing suggests",
     'The decline suggests that some who lost their jobs found new work.', []),
    ("a possessive and a thing",
     "Harbourton's rising deficit suggests the city cannot pay its debts.", []),
    ("a thing underscores",
     'The violence also underscored how exposed the schools of the valley are.', []),
    ("a thing threatens",
     'Together, the scandals threaten to derail the mayor’s agenda.', []),
    ("a thing confirms",
     'This exchange confirms that the plan relies on new taxes.', []),
    ("an adjective before a plural noun in -s",
     'The same reports indicate that the network fired the producer.', []),
    ("an adjective in -ed before a plural cue noun of two words",
     'Residents heeded the increased calls for evacuations of low-lying areas.', []),
    ("a modifier before a plural noun the verb follows",
     'The new reports show candidates in both parties are taking large donations.', []),
]

SPEAKER_CASES = [
    ("a body suggests",
     'The agency suggested that the plan would fail.', ["agency"]),
    ("a document claims",
     'The report claims that the plan would fail.', ["report"]),
    ("a person noun the tables hold",
     'The counsel suggested that the meeting had been planned.', ["counsel"]),
    ("the thing is a preposition's object, not the subject",
     'The strikes began at noon, a source familiar with the matter told reporters.',
     ["source familiar with the matter"]),
    ("a time, not a thing, before the cue",
     'Senator Ann Lowe this morning told delegates that the killers will not win.',
     ["Ann Lowe"]),
    ("the media",
     'But the media claim that the middle class keeps getting poorer.', ["media"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), THING_CASES)
def test_a_thing_as_subject_reports_no_speech(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), SPEAKER_CASES)
def test_someone_as_subject_reports_words(label, text, expected, knowledge):
    names = names_of(text, knowledge)
    assert len(names) == len(expected), (label, names)
    assert all(n is not None and e.lower() in n.lower()
               for n, e in zip(names, expected, strict=True)), (label, names)
