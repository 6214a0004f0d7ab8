"""Short quotations in reported clauses that no quote used to cover (session 22): a cue was
there, but its speaker or its clause went unread, and a quotation of fewer than eight words
that no cue attributes is dropped. Class by class; every sentence is written for the test.

A case gives the text, words of the quote and the speaker's name (the actor's, or the
mention's where the actor has none); a negative case expects no quote holding the words to
have that speaker, or no quote at all.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import quotes_of


def _found(text, knowledge):
    """Give each quote's text and who speaks: the actor's name, or else the mention."""
    return [(q.text, q.actor.name if q.actor else q.speaker) for q in quotes_of(text, knowledge)]


def _spoken_by(text, words, knowledge):
    return [name for quote, name in _found(text, knowledge) if words in quote]


FOUND_CASES = [
    # a restrictive relative clause whose "who" speaks, its phrase an object
    ('The judge sided with prosecutors who argued that the driver posed an "extreme" risk.',
     "extreme", "prosecutors"),
    ('The report quoted Tomas Reyes who said a "long winter" was coming for the port.',
     "long winter", "Tomas Reyes"),
    ('Ann Kettle met three nurses who said the ward was "a disaster zone."',
     "disaster zone", "nurses"),
    # a party tag in parentheses after the name a description is set off from
    ('Her closest rival for the seat, Sen. Ruth Vail (D-Ohio), said the count was "deeply '
     'flawed."', "deeply flawed", "Ruth Vail"),
    # "no" opening the reported clause's subject
    ('Ann Kettle said no decision had been made on the "final route."', "final route",
     "Ann Kettle"),
    ('Dana Olsen said no one would sign a deal that "sells out the valley."',
     "sells out the valley", "Dana Olsen"),
    # a number as the reported clause's subject
    ('Tomas Reyes said 2019 was "a lost year" for the port.', "a lost year", "Tomas Reyes"),
    # a cue that takes no object reports a clause that opens with "the claim that"
    ('Ruth Vail said the claim that the ferry sank was "a fabrication."', "a fabrication",
     "Ruth Vail"),
    # an outlet told, at the end of the sentence
    ('Fares are "far too high" in the valley, Tomas Reyes told the paper.', "far too high",
     "Tomas Reyes"),
    ('Fares are "far too high" in the valley, Tomas Reyes told the newspaper on Monday.',
     "far too high", "Tomas Reyes"),
    # a clause of when after the cue: the clause before is said
    ('The levy is "unfair to renters" and must go, Ann Kettle said as she left the hall.',
     "unfair to renters", "Ann Kettle"),
    ('The levy is "unfair to renters" and must go, Ann Kettle said while visiting the docks.',
     "unfair to renters", "Ann Kettle"),
    # a role owned by a possessive pronoun between a split quotation and the name
    ('"We will appeal," his lawyer, Tomas Reyes, told the court, "and we will win."',
     "We will appeal", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FOUND_CASES)
def test_a_short_quotation_in_a_reported_clause_is_found(text, words, speaker, knowledge):
    names = _spoken_by(text, words, knowledge)
    assert names and names[0] is not None and speaker in names[0], _found(text, knowledge)


@pytest.mark.parametrize(("text", "words", "outside"), [
    # the clause of when is no part of the quote
    ('The levy is "unfair to renters" and must go, Ann Kettle said as she left the hall.',
     "unfair to renters", "left the hall"),
    # nor the role set off before the name
    ('"We will appeal," his lawyer, Tomas Reyes, told the court.', "We will appeal",
     "his lawyer"),
    ('"We will appeal," Dana Olsen\'s 19-year-old son, Tomas Reyes, told the court.',
     "We will appeal", "son"),
])
def test_the_attribution_stays_out_of_the_quote(text, words, outside, knowledge):
    hits = [quote for quote, _ in _found(text, knowledge) if words in quote]
    assert hits and outside not in hits[0], _found(text, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # whoever: no one the article quotes
    ('Anyone who says the levy is "fair" has not read it.', "fair", "Anyone"),
    ('Someone who calls the levy "fair" has not read it.', "fair", "Someone"),
    # a relative clause in the sentence's subject leaves the main verb to speak
    ('Dana Olsen, the councillor who claimed there was a "secret deal", said the vote must '
     'wait.', "secret deal", "councillor"),
    # a cleft often relays another's words
    ('It was Ann Kettle who told the board the bank was "moving on", Tomas Reyes said.',
     "moving on", "Ann Kettle"),
    # a place ends a description: the person it describes speaks, not the place
    ('We have anecdotes, like the nurse in Dayton who said she was told "nobody gets fired."',
     "nobody gets fired", "Dayton"),
    # a cue after the relative clause says whose words follow
    ('Asked about critics who say the port is "a lost cause," harbour chief Tomas Reyes '
     'said, "They wish."', "They wish", "critics"),
    # a name's suffix before a party tag is no name of its own
    ('The bill\'s sponsor, State Sen. Tomas Reyes, Jr. (D-Ohio), stated the goal was to '
     'increase "family talks."', "family talks", "Jr"),
])
def test_no_one_the_article_quotes_is_the_speaker(text, words, speaker, knowledge):
    assert speaker not in [n for n in _spoken_by(text, words, knowledge) if n], \
        _found(text, knowledge)


@pytest.mark.parametrize("text", [
    'Ann Kettle said no to the "final route."',  # the word said, no clause
    "But for now, the figures tell a story.",  # a story told is no one told
    'The mayor said little. "We tried," the aide said as a witness.',
    'Each time, the council said no and sent the "final route" back.',  # the word said
    'No "Toxic" Threat From Parcels, Officials Say As Inquiry Widens',  # a headline's "As"
    # a number after a setting is no clause's subject
    'The "impartiality" Hamilton describes in Federalist No. 65 is of a piece with the rest.',
])
def test_no_quote_is_made_of_an_object(text, knowledge):
    found = _found(text, knowledge)
    assert not [q for q, _ in found if "final route" in q or "for now" in q
                or "a witness" in q or "Toxic" in q or "of a piece" in q], found


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a clause after the cue that a comma goes on from is what is said
    ('In a post on the council website, Ann Kettle said when she spoke of renters, she meant '
     '"every tenant in town."', "every tenant", "Ann Kettle"),
    # a clause after "that" is what is said, "while" or not
    ('Ann Kettle said that while the plan is "far from perfect," it will pass.',
     "far from perfect", "Ann Kettle"),
    # an owned claim after a cue of an object stays its owner's
    ('Tomas Reyes spoke first. Critics mocked his claim that "the port is thriving."',
     "the port is thriving", "Tomas Reyes"),
])
def test_what_the_cue_reported_before_still_holds(text, words, speaker, knowledge):
    names = _spoken_by(text, words, knowledge)
    assert names and names[0] is not None and speaker in names[0], _found(text, knowledge)
