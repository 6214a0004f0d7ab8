"""Speakers whose words the lexicon lacked (session 24): a cue had its subject, but a word of
it or between it and the cue was unknown, so the cue went unread, or read a speaker holding
that word, and a short quotation in its clause was dropped as a scare quote. Every sentence is
written for the test.

A case gives the text, words of the quote and the speaker exactly: the actor's name, or the
mention's words where the actor has none.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import quotes_of


def _spoken_by(text, words, knowledge):
    """Give who speaks each quote holding the words: the actor's name, else the mention."""
    return [q.actor.name if q.actor else q.speaker
            for q in quotes_of(text, knowledge) if words in q.text]


CASES = [
    # a plural without an s takes the bare form of the cue
    ('"We want our park back," the children say.', "want our park back", "children"),
    ('The children say the new rules are "really unfair."', "really unfair", "children"),
    # "twice" between the subject and a cue of speech: stepped over, as "angrily" is
    ('Ann Kettle twice said the levy was "unfair to renters."', "unfair to renters",
     "Ann Kettle"),
    ('The senator twice insisted the count was "deeply flawed."', "deeply flawed", "senator"),
    ('Her lawyer twice told the court the deal was "a fraud."', "a fraud", "Her lawyer"),
    # a noun in -ee for a person before the name after an inverted cue
    ('"The lines were far too long," said concert attendee Dana Olsen.',
     "far too long", "Dana Olsen"),
    # a restrictive "who" on people, the subject of a cue of an object whose quotation
    # follows it at once
    ('The mayor met critics who dismissed the levy as "a tax on renters."', "tax on renters",
     "critics"),
    ('The judge heard from a trustee who called the sale "a betrayal."', "a betrayal",
     "trustee"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_the_speaker_is_read_past_the_lexicon_gap(text, words, speaker, knowledge):
    assert _spoken_by(text, words, knowledge)[:1] == [speaker], \
        [(q.text, q.speaker) for q in quotes_of(text, knowledge)]
