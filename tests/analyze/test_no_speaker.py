"""Quotations found with no speaker though the sentence or its neighbours name one (issue 11),
class by class, each with the sentences a rule must leave as they are. Every sentence is
written for the test.

A case gives the text, words of the quote and the speaker expected (a part of the actor's
name, or else of the mention); a negative case names the speaker the quote must NOT get.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import quotes_of


def _found(text, knowledge):
    """Give each quote's text and who speaks: the actor's name, or else the mention."""
    return [(q.text, q.actor.name if q.actor else q.speaker) for q in quotes_of(text, knowledge)]


def _speaker_of(text, words, knowledge):
    """Give the speaker of the first quote holding WORDS; fail where no quote holds them."""
    found = _found(text, knowledge)
    hits = [name for quoted, name in found if words in quoted]
    assert hits, found
    return hits[0]


# "according to X" right after a quotation that no cue attributed: X's words, and with the
# words of its clause before it when the quotation opens inside a clause (mixed)
ACCORDING_AFTER_CASES = [
    ('The ferry ran late again.\n\n"The port will reopen by June and the ferries will run '
     'again," according to a memo from the Harbour Board.', "reopen by June", "Harbour Board"),
    ('"Nobody on the council read the audit before the vote," according to Tomas Reyes, '
     'the clerk.', "read the audit", "Tomas Reyes"),
    ('The mayor "is looking forward to meeting the families and listening to them," '
     'according to Dana Olsen, her spokeswoman.', "meeting the families", "Dana Olsen"),
    ('The bridges are all "in urgent need of repair," according to the Lakeside Engineering '
     'Society.', "urgent need of repair", "Lakeside Engineering"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ACCORDING_AFTER_CASES)
def test_according_to_after_a_quotation_names_its_speaker(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


ACCORDING_AFTER_NEGATIVE_CASES = [
    # a cue attributed the quotation already: the source only relays it
    ('"We will win this," Mayor Ann Kettle said, according to the Harbour Gazette.',
     "We will win", "Harbour Gazette"),
    ('"We will win this," Ann Kettle told the crowd, according to a transcript.',
     "We will win", "transcript"),
    # a quotation that ends its sentence is not the one "according to" reports
    ('The mayor called it "a sham." According to Tomas Reyes, the port will close in May.',
     "a sham", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), ACCORDING_AFTER_NEGATIVE_CASES)
def test_according_to_takes_no_quotation_a_cue_or_a_sentence_end_holds(text, words,
                                                                        not_speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is None or not_speaker not in name
