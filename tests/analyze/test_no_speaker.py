"""Quotations found with no speaker though the sentence or its neighbours name one (issue 11),
class by class, each with the sentences a rule must leave as they are. Every sentence is
written for the test.

A case gives the text, words of the quote and the speaker expected (a part of the actor's
name, or else of the mention); a negative case names the speaker the quote must NOT get.
"""

from __future__ import annotations

import pytest

from reportgen.analyze import analyze_article
from reportgen.models import Article
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


# a paragraph that opens with a word or two that go on ("But:", "In addition,") and then a
# quotation carries on the words of the one quoted at the end of the paragraph before
GOING_ON_CASES = [
    ('Mayor Ann Kettle said she is "very close" to a decision on the port.\n\nBut: "I am not '
     'ready to announce anything before the council meets."', "not ready to announce",
     "Ann Kettle"),
    ('"No one believes the vote is the end of the story," Tomas Reyes wrote last week.\n\n'
     'In addition, "we can be sure that the markets would react badly to the delay."',
     "markets would react", "Tomas Reyes"),
    ('"The ferries will run all winter," Dana Olsen told the board.\n\nAnd then: "We will '
     'need twice the crews we have now."', "twice the crews", "Dana Olsen"),
    ('"The ferries will run all winter," Dana Olsen told the board.\n\nStill, "nobody should '
     'expect the timetable to hold in a storm."', "timetable to hold", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GOING_ON_CASES)
def test_a_paragraph_that_goes_on_after_a_connective_keeps_the_speaker(text, words, speaker,
                                                                        knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


GOING_ON_NEGATIVE_CASES = [
    # a paragraph in between: the words are no longer the last speaker's
    ('"The ferries will run all winter," Dana Olsen told the board.\n\nThe board meets again '
     'in May.\n\nBut: "Nobody should expect the timetable to hold in a storm."',
     "timetable to hold", "Dana Olsen"),
    # a label before the colon is a speaker of its own, no connective
    ('"The ferries will run all winter," Dana Olsen told the board.\n\nCritics: "The ferries '
     'have not run on time in any winter this decade."', "not run on time", "Dana Olsen"),
    # "In fact," is the writer's, not a word that goes on with the quote before
    ('"The ferries will run all winter," Dana Olsen told the board.\n\nIn fact, "on time" '
     'meant something else entirely to the ferry company that winter.', "on time",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), GOING_ON_NEGATIVE_CASES)
def test_no_connective_carries_a_speaker_over_a_gap_or_a_label(text, words, not_speaker,
                                                               knowledge):
    found = _found(text, knowledge)
    hits = [name for quoted, name in found if words in quoted]
    assert not hits or hits[0] is None or not_speaker not in hits[0], found


# manner-of-speaking verbs before a quotation ("bellowed, “…”") and "details" after one
MANNER_CASES = [
    ('In the hearing\'s loudest moment, Tomas Reyes bellowed, "If you think we have heard '
     'enough, wait for the next round."', "next round", "Tomas Reyes"),
    ('Dana Olsen leaned over and whispered, "They have not read a page of the audit."',
     "read a page", "Dana Olsen"),
    ('Ann Kettle muttered, "This council never learns anything from its mistakes."',
     "never learns", "Ann Kettle"),
    ('"The backlog undermines the whole port," a report from the Harbour Board details. '
     '"It delays every ship and every crew."', "backlog undermines", "Harbour Board"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MANNER_CASES)
def test_a_verb_of_manner_of_speaking_reports_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize("text", [
    "The report details the abuses at the port over forty pages.",
    "The detailed report ran to forty pages and nobody read it.",
    "The crowd roared as Ann Kettle took the stage.",
    "Dana Olsen whispered something to her aide and left the room.",
])
def test_a_manner_verb_without_a_quotation_reports_nothing(text, knowledge):
    assert quotes_of(text, knowledge) == ()


# an attribution set off after the quotation: a verb and a particle ("he went on"), or a verb in
# the present before the name ("wonders Tom Reyes")
SET_OFF_CASES = [
    ('"For the harbour," Tomas Reyes went on, "there is no plan at all."', "no plan at all",
     "Tomas Reyes"),
    ('"Are we really going to pay for a tunnel to nowhere?" wonders Dana Olsen.',
     "tunnel to nowhere", "Dana Olsen"),
    ('"We tried everything and nothing worked," laughs Ann Kettle, the harbour master.',
     "nothing worked", "Ann Kettle"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SET_OFF_CASES)
def test_an_attribution_set_off_after_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize(("text", "words"), [
    # a day after the verb is when, not who
    ('The revival of "Death of a salesman," opens Friday at the Harbour Theatre.', "salesman"),
    ('The new production "Tales of the harbour," runs Tuesday through May.', "harbour"),
])
def test_a_day_after_a_set_off_verb_is_no_speaker(text, words, knowledge):
    found = _found(text, knowledge)
    assert all(name is None for quoted, name in found if words in quoted), found


# a time adjunct after the cue, ended by a comma or a colon before the quotation
TIME_ADJUNCT_CASES = [
    ('Tomas Reyes, the harbour master, declared after the vote, "The port will never close."',
     "never close", "Tomas Reyes"),
    ('Dana Olsen told reporters after the hearing, "We have nothing to hide from anyone."',
     "nothing to hide", "Dana Olsen"),
    ('Ann Kettle said before the count, "The ferries will run all winter."',
     "ferries will run", "Ann Kettle"),
    ('Ann Kettle wrote amid the storm, "The ferries will run all winter."',
     "ferries will run", "Ann Kettle"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TIME_ADJUNCT_CASES)
def test_a_time_adjunct_between_the_cue_and_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


def test_a_phrase_in_apposition_after_the_time_adjunct_is_not_what_was_said(knowledge):
    text = 'Tomas Reyes spoke after the vote, "the end of a long road," as his aide called it.'
    assert "Reyes" not in (_speaker_of(text, "long road", knowledge) or "")


# any adjunct a preposition opens after the cue, longer than the skipper's settings and
# topics, then a comma or a colon and a quotation that opens a sentence
LONG_ADJUNCT_CASES = [
    ('Tomas Reyes said in an interview with reporters, "The port will never close."',
     "never close", "Tomas Reyes"),
    ('Dana Olsen said in an interview with the Harbour Gazette last week, "We have nothing to '
     'hide."', "nothing to hide", "Dana Olsen"),
    ('Ann Kettle said about the ferry plan, "The boats will run all winter."',
     "boats will run", "Ann Kettle"),
    ('Mr. Reyes said of Mr. Olsen, "He is a fine man and a good mayor."', "fine man",
     "Reyes"),
    ('As Mayor Ann Kettle said about U.S. trade, "We cannot play innocents abroad."',
     "innocents abroad", "Ann Kettle"),
    ('Tomas Reyes says for example, "When the union asks for more, it asks for the town."',
     "union asks", "Tomas Reyes"),
    ('Dana Olsen said with a nod to the protesters outside, "We hear you and we will act."',
     "we will act", "Dana Olsen"),
    ('"If you are truly sorry," Dana Olsen told Reyes from the witness stand before walking '
     'down and embracing him, "I know I can forgive you."', "forgive you", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LONG_ADJUNCT_CASES)
def test_a_long_adjunct_between_the_cue_and_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # a title, a slogan, or a preposition with no object (a particle, no adjunct)
    ('Dana Olsen, who writes about the port in her latest book, "Harbour of Dreams and '
     'Ships," spoke on Monday.', "Harbour of Dreams", "Dana Olsen"),
    ('Tomas Reyes spoke in front of a banner with his campaign slogan, "Keep the Port Open."',
     "Keep the Port", "Tomas Reyes"),
    # a clause of its own before the comma: the relative pronoun's or the pronoun's words
    ('Tomas Reyes said in an interview with Ann Kettle, who told him, "The port will close."',
     "port will close", "Tomas Reyes"),
    ('Tomas Reyes said in an interview with Ann Kettle, she added, "The port will close."',
     "port will close", "Tomas Reyes"),
    # another sentence: the next attribution's
    ('Tomas Reyes said in the interview. "The port will close," Ann Kettle said.',
     "port will close", "Tomas Reyes"),
])
def test_no_long_adjunct_across_a_clause(text, words, not_speaker, knowledge):
    found = _found(text, knowledge)
    assert not any(words in quoted and not_speaker in (name or "") for quoted, name in found), \
        found


def test_no_long_adjunct_into_a_quoted_phrase(knowledge):
    text = 'Tomas Reyes said in an interview with reporters, "the port" would close.'
    assert not any(quoted.startswith('"the port"') and name for quoted, name in
                   _found(text, knowledge))


def test_as_someone_of_a_web_address_puts_it(knowledge):
    text = 'As Ann Kettle of HarbourWatch.org puts it, "The port is the heart of this town."'
    assert "Ann Kettle" in _speaker_of(text, "heart of this town", knowledge)


# someone relays the speaker's words after the quotation ("the Gazette quoted X as saying"), or
# the speaker is seen, caught or recorded saying them
RELAYED_CASES = [
    ('"Who, the mayor? So fast? She has done nothing yet," the Harbour Gazette quoted Tomas '
     'Reyes as saying.', "done nothing yet", "Tomas Reyes"),
    ('"The port will never close, whatever the council says," the Lakeside Ledger on Monday '
     'quoted Dana Olsen as saying.', "never close", "Dana Olsen"),
    ('"I think our viewers want to see the mayor scrutinized," the producer Ann Kettle is seen '
     'saying in the video.', "viewers want", "Ann Kettle"),
    ('Dana Olsen was caught saying, "If the mayor runs, this may be the race of my life."',
     "race of my life", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RELAYED_CASES)
def test_a_relayed_quotation_is_the_relayed_speakers(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize("text", [
    "Dana Olsen was seen leaving the harbour office on Monday night.",
    "Tomas Reyes was caught speeding on the coast road last year.",
])
def test_a_seen_or_caught_person_without_words_says_nothing(text, knowledge):
    assert quotes_of(text, knowledge) == ()


# a sentence that is only a name and a speech verb after a quotation ending in a full stop (a
# comma typed as a stop): the name speaks the quotation, and the one after it goes on
SAID_ALONE_CASES = [
    ('Tomas Reyes met the crew in 2007. "He was born in England and raised in Ohio." Reyes '
     'said. "He wanted to be in the center of things."', "born in England", "Tomas Reyes"),
    ('Tomas Reyes met the crew in 2007. "He was born in England and raised in Ohio." Reyes '
     'said. "He wanted to be in the center of things."', "center of things", "Tomas Reyes"),
    ('The vote was close. "We lost by three votes and we will be back." Dana Olsen added.',
     "lost by three votes", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SAID_ALONE_CASES)
def test_a_name_and_a_speech_verb_alone_after_a_full_stop(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize("text", [
    # the sentence goes on: its own statement, not an attribution
    'The vote was close. "We lost by three votes." Dana Olsen said nothing more that night.',
    # no speech verb
    'The vote was close. "We lost by three votes." Dana Olsen smiled.',
])
def test_a_sentence_after_a_full_stop_that_is_no_attribution(text, knowledge):
    found = _found(text, knowledge)
    assert all(name is None for quoted, name in found if "three votes" in quoted), found


# "Captain" and "Capt." are titles: "Captain Kirby" is the "Capt. Tom Kirby" named before
def test_a_captain_is_the_person_named_with_the_title_before(knowledge):
    text = ('A Pentagon spokesman, Capt. Tom Kirby, said the status was not important. "The '
            'focus needs to be on what the regime does," Captain Kirby said.')
    assert _speaker_of(text, "focus needs", knowledge) == "Tom Kirby"


# "clarified" reports what it clarifies, as "explained" does
CLARIFY_CASES = [
    ('Ann Kettle later clarified that there "will not be any ferries on the water this '
     'winter."', "any ferries", "Ann Kettle"),
    ('"We meant the summer timetable, not the winter one," the Harbour Board clarified on '
     'Monday.', "summer timetable", "Harbour Board"),
    ('Tomas Reyes clarified on Twitter: "I have great confidence in the harbour pilots."',
     "great confidence", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CLARIFY_CASES)
def test_clarified_reports_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


def test_clarified_butter_reports_nothing(knowledge):
    text = 'The clarified butter was "a disaster on toast," Tomas Reyes said.'
    assert "Reyes" in _speaker_of(text, "disaster on toast", knowledge)


# a quotation that is a sentence of its own and ends its paragraph, after a sentence whose
# subject is the one person it names: that person's words
NAMED_BEFORE_CASES = [
    ('Bill Reyes, the director of data at the Harbour Foundation, disagrees. "The problem with '
     'that is that the council has done nothing to cut spending."', "problem with that",
     "Bill Reyes"),
    ('Craig Olsen, 74, of Finksburg, heard the last big sermon, delivered at the stadium. "His '
     'perseverance was phenomenal. They brought him out on a cart."', "perseverance",
     "Craig Olsen"),
    ('Mary Kettle, a ferry pilot for thirty years, sees it differently. "Every winter the '
     'council promises a new boat and every spring it forgets."', "new boat", "Mary Kettle"),
    # a title before the name, or a title and a surname, or a surname written in full before
    ('At a later hearing, Port Director Ann Vale seemed to express doubt. "The board did not '
     'vote for the plan last night, so I think it will be hard to see what that means."',
     "did not vote", "Ann Vale"),
    ('Mr. Reyes, the longtime harbour master, thinks the plan backfired. "They are sending a '
     'message to every ferry crew that the port does not care about them."', "sending a message",
     "Reyes"),
    ('Brian Kettle runs the ferry union. Kettle doubts the council will pay for a new boat. '
     '"They are more likely to sit on the money and wait for the next election."',
     "sit on the money", "Brian Kettle"),
    # "he" or "she" as the subject: the person the pronoun stands for
    ('Tom Reyes runs the harbour. Still, he worries about the fee cuts. "It will not sink the '
     'ship, but I am concerned it will add to the delays."', "sink the ship", "Tom Reyes"),
    ('Laura Pike grew up on the island. She has always taken the early ferry. "For me it is a '
     'no-brainer that the boats should run before six in the morning."', "no-brainer",
     "Laura Pike"),
    # an apposition no comma closes: the verb after the name it ends with
    ('Bill Reyes, the director of data at the Harbour Foundation disagrees. "The problem with '
     'that is that the council has done nothing to cut spending."', "problem with that",
     "Bill Reyes"),
    # the quotation opens its own paragraph after one whose last sentence has the subject
    ('Bill Reyes disagrees.\n\n"The problem with that is that the council has done nothing to '
     'cut spending."', "council has done", "Bill Reyes"),
    ('Maria Pike is a former clerk of the harbour board.\n\n"The council promises a new boat '
     'every winter and forgets it every spring."', "new boat every winter", "Maria Pike"),
    ('"The ferries will run all winter," Tom Reyes said.\n\nAnn Vale, the port director, '
     'disagrees.\n\n"Every winter the council promises a new boat and every spring it '
     'forgets."', "every spring", "Ann Vale"),
    # the quotation ends in a nested one's closing mark
    ('Tom Reyes was quick to share his own relief.\n\n"I told the crew when we docked, '
     '\'This is the best harbour on the coast.\'"', "best harbour", "Tom Reyes"),
    ('Mary Kettle remembers the night the ferry sank. "And I said to the captain: \u2018Tom, '
     'I am not getting on that boat again.\u2019\u201d', "not getting on", "Mary Kettle"),
    # the quotation runs over paragraphs, each opening with a mark (the person's words set out
    # under the paragraph that introduces them, as a profile does), closed or not at its end
    ('Ann Vale is a former harbour pilot who now runs the ferry union.\n\n"The council has '
     'promised a new boat every winter for ten years.\n\n"Every spring the money goes '
     'somewhere else. I have stopped asking where."', "stopped asking", "Ann Vale"),
    ('Ann Vale is a former harbour pilot who now runs the ferry union.\n\n"The council has '
     'promised a new boat every winter for ten years.\n\n"Every spring the money goes '
     'somewhere else. I have stopped asking where."', "promised a new boat", "Ann Vale"),
    ('Bill Reyes was the harbour master from 2001 to 2009.\n\n\u201cNobody on the council '
     'has ever taken the early ferry.\n\n\u201cThey would vote for a new boat the first week '
     'if they did.', "first week", "Bill Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_BEFORE_CASES)
def test_a_quotation_after_a_sentence_naming_one_person(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


# a quotation in the first person opening its paragraph, after a paragraph whose last sentence
# only tells what one person did: that person's own words, as a profile sets them out
FIRST_PERSON_CASES = [
    ('Maria Ortega, 41, drives a school bus in Tulsa. She lost her health cover in March.\n\n'
     '"I never thought it would be me. The bills came every week and I stopped opening them."',
     "stopped opening", "Maria Ortega"),
    ('Tom Reyes ran the harbour for twenty years. He left the board in 2009.\n\n"My father '
     'built the first pier, and I wanted to be the one who rebuilt it."', "first pier",
     "Tom Reyes"),
    ('Port Director Ann Vale sought to calm the crews on Monday.\n\n"I know the winter has been '
     'hard, and I will not close the dock without a vote."', "close the dock", "Ann Vale"),
    ('Brian Kettle is a retired pilot. He took the last ferry out before the storm.\n\n"I have '
     'never seen the harbour so empty.\n\n"The gulls were the only ones left on the pier."',
     "gulls were", "Brian Kettle"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FIRST_PERSON_CASES)
def test_a_first_person_quotation_after_a_paragraph_about_one_person(text, words, speaker,
                                                                     knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize("text", [
    # not in the first person: the words may be anyone's, a report's or a sign's
    'Maria Ortega, 41, drives a school bus in Tulsa. She lost her health cover in March.\n\n'
    '"The bills came every week and nobody opened them."',
    # two people, or a second subject joined to the first
    'Maria Ortega met Tom Reyes at the depot in March.\n\n"I never thought it would be me. The '
    'bills came every week and nobody opened them."',
    'That day, he and Ms. Ortega traded scores of messages.\n\n"I never thought it would be me. '
    'The bills came every week and nobody opened them."',
    # a group, or the writer's "I"
    'The drivers lost their health cover in March.\n\n"I never thought it would be me. The '
    'bills came every week and nobody opened them."',
    'I met Maria Ortega at the depot in March.\n\n"I never thought it would be me. The bills '
    'came every week and nobody opened them."',
    # a passive: the person is acted on
    'Maria Ortega was fired in March.\n\n"I never thought it would be me. The bills came every '
    'week and nobody opened them."',
])
def test_no_first_person_quotation_goes_to_an_unclear_subject(text, knowledge):
    found = _found(text, knowledge)
    assert all(name is None for quoted, name in found if "bills came" in quoted), found


@pytest.mark.parametrize("text", [
    # two people named in the sentence before: whose words is not said
    'Bill Reyes met Ann Kettle on Monday. "The problem with that is that the council has done '
    'nothing to cut spending."',
    # no person before
    'Prices rose in May. "The problem with that is that the council has done nothing to cut '
    'spending."',
    # the quotation runs on into the writer's sentence
    'Bill Reyes disagrees. "The problem with that is that the council has done nothing" is '
    'a line heard often this year.',
    # no cue and no person before, in its paragraph or the one before
    'The ferry ran late again on Monday.\n\n"The problem with that is that the council has '
    'done nothing to cut spending."',
    # the writer, or "they", as the subject
    'I met Bill Reyes at the dock on Monday. "The problem with that is that the council has '
    'done nothing to cut spending."',
    'They met the harbour board on Monday.\n\n"The problem with that is that the council has '
    'done nothing to cut spending."',
    # a supposition about the subject, or "he" beside a narrator's "I"
    'Nobody knows whether Reyes or Vale will win. If Bill Reyes wins the vote, he is set to win '
    'the port too. "The problem with that is that the council has done nothing to cut '
    'spending."',
    'I was not making a sound. So then he gave me detention. "The problem with that is that the '
    'council has done nothing to cut spending."',
    # the sentence before is inside a quotation its marks leave open
    # the paragraph before only tells what its subject did
    'Bill Reyes left the room before the vote.\n\n"The problem with that is that the council has '
    'done nothing to cut spending."',
    'Tom Reyes spoke first. "The port is broke. Bill Reyes wants a boat anyway. "The problem '
    'with that is that the council has done nothing to cut spending."',
    # a quotation over paragraphs: after two people, after an act, run on into the writer's
    # words, or after a passive
    'Ann Vale and Tom Reyes run the ferry union.\n\n"The council has done nothing for ten '
    'years.\n\n"The problem with that is that the council has done nothing to cut spending."',
    'Bill Reyes left the room before the vote.\n\n"The council has done nothing for ten '
    'years.\n\n"The problem with that is that the council has done nothing to cut spending."',
    'Ann Vale is a former harbour pilot.\n\n"The council has done nothing for ten years.\n\n'
    '"The problem with that is that the council has done nothing" is a line heard often.',
    'Ann Vale was asked about the ferry on Monday.\n\n"The council has done nothing for ten '
    'years.\n\n"The problem with that is that the council has done nothing to cut spending."',
    # a passage about the person, quoted from a report: it names them
    'As the Gazette tells it, Ann Vale was not welcome at the dock.\n\n"\'The council has done '
    'nothing to cut spending,\' a man shouted. \'I did what I could,\' Ms. Vale said.\'"',
])
def test_no_named_subject_before_gives_no_speaker(text, knowledge):
    found = _found(text, knowledge)
    assert all(name is None for quoted, name in found if "council has done" in quoted), found


# a narration paragraph about something else between a speaker's quote and a quotation that
# opens its paragraph: the quotation does not inherit the earlier speaker
@pytest.mark.parametrize("text", [
    '"The ferries will run all winter," Tom Reyes said.\n\nThe council voted against the plan '
    'on Monday.\n\n"Every winter the council promises a new boat and every spring it forgets."',
    '"The ferries will run all winter," Tom Reyes said.\n\nPrices at the port rose again in '
    'May.\n\n"Every winter the council promises a new boat and every spring it forgets."',
])
def test_no_inherited_speaker_after_other_narration(text, knowledge):
    assert _speaker_of(text, "every spring", knowledge) is None


def _writer_names(text, outlet, author, knowledge):
    """Give each quote's speaker name in an article with this outlet and author."""
    art = Article("t", "t.txt", text, outlet, None, author, None, None)
    return [q.actor.name if q.actor else None for q in analyze_article(art, knowledge).quotes]


# the "I" of the narration is the writer: the author, or a person's column named as the outlet;
# never the last person the article named
WRITER_CASES = [
    ('The police commissioner spoke on Monday. I once asked him if there was now "too much '
     'security."', "John Stossel", None, "John Stossel"),
    ('Tom Reyes runs the port. As I wrote on Tuesday, the harbour plan is "a tunnel to '
     'nowhere."', "Harbour Gazette", "Ann Vale", "Ann Vale"),
    ('Tom Reyes runs the port. As I wrote on Tuesday, the harbour plan is "a tunnel to '
     'nowhere."', "Harbour Gazette", None, None),
    ('Tom Reyes runs the port. As I wrote on Tuesday, the harbour plan is "a tunnel to '
     'nowhere."', "Al Jazeera", None, None),
]


@pytest.mark.parametrize(("text", "outlet", "author", "speaker"), WRITER_CASES)
def test_the_writers_i_is_the_writer(text, outlet, author, speaker, knowledge):
    assert _writer_names(text, outlet, author, knowledge) == [speaker]


def test_an_i_inside_a_quotation_is_not_the_writer(knowledge):
    text = '"I will not resign," Tom Reyes said on Monday.'
    assert _writer_names(text, "John Stossel", None, knowledge) == ["Tom Reyes"]


# a pronoun and a speech cue that introduce a quotation after a comma end the clause another
# cue reports before them: the quotation is the pronoun's
PRONOUN_CUE_CASES = [
    ('That is one reason I argue with Ann Vale. When I told Vale that I often vote for the '
     'Greens, she replied: "Influence the Labour Party. Do not be the spoiler."',
     "Influence the Labour", "Ann Vale"),
    ('Tom Reyes told the board that the port was closing, he added, "and nobody in this town '
     'will stop it."', "nobody in this town", "Tom Reyes"),
    ('When the clerk told Mary Olsen that the ferry had sunk, she answered: "Then we will build '
     'another one."', "build another", "Mary Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRONOUN_CUE_CASES)
def test_a_pronoun_and_cue_after_a_comma_speak_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


def test_a_parenthetical_he_said_inside_a_reported_clause_keeps_it_whole(knowledge):
    text = 'Tom Reyes told reporters that the plan, he said, was "dead on arrival."'
    [quote] = quotes_of(text, knowledge)
    assert "the plan" in quote.text and "dead on arrival" in quote.text


# the sentence right after a quotation says whose words they were
NAMED_AFTER_CASES = [
    ('Or perhaps the council was just intent on "trying to show its muscle, score a victory and '
     'scare everyone in the town".\n\nThat was the judgment of the highly respected harbour '
     'leader Tomas Reyes, one of the many who condemned the plan.', "show its muscle",
     "Tomas Reyes"),
    ('The mayor said little. "We will rebuild the harbour and the ferries will sail again." '
     'Those were the words of Ann Kettle, spoken in 2019.', "rebuild the harbour",
     "Ann Kettle"),
    ('"Close the port before the storms come back in the autumn." That was the advice of '
     'Dana Olsen, the harbour master.', "Close the port", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_AFTER_CASES)
def test_the_sentence_after_a_quotation_names_its_speaker(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize("text", [
    '"We will rebuild the harbour and the ferries will sail again." That was the end of it.',
    '"We will rebuild the harbour and the ferries will sail again." That was the day the '
    'council of Lakeside voted.',
])
def test_a_sentence_after_a_quotation_that_names_no_speaker(text, knowledge):
    found = _found(text, knowledge)
    assert all(name is None for quoted, name in found if "rebuild" in quoted), found


# a quotation that opens the paragraph after another speaker's quote, ends in a comma and is
# followed by an attribution naming someone else, read by the cue steps or not, is not the
# last speaker's (the words carried on are wrong), unless that attribution names the last
# speaker again or opens with a pronoun
SET_OFF_OTHER_CASES = [
    ('"The ferries will run all winter," Tom Reyes told the board.\n\n"If you want your son to '
     'do the right things, have him look at the crews," the boy\'s father, Stuart, told '
     'reporters while lobbying for the bill.', "look at the crews", "Reyes"),
    ('"The ferries will run all winter," Tom Reyes told the board.\n\n"It was so fast, faster '
     'than any storm we have had here," Ann Vale recounted of the storm.', "so fast", "Reyes"),
    ('"The ferries will run all winter," Tom Reyes told the board.\n\n"You uphold our values '
     'and we are proud of the crews," Mayor Ann Vale the crowd.', "our values", "Reyes"),
    ('"The ferries will run all winter," Tom Reyes told the board.\n\n"We have never had a '
     'winter like this one, and the crews are tired," one agreement between the county and '
     'its ferry operators reads.', "crews are tired", "Reyes"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), SET_OFF_OTHER_CASES)
def test_an_attribution_after_a_quotation_stops_the_last_speaker(text, words, not_speaker,
                                                                 knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is None or not_speaker not in name


SET_OFF_SAME_CASES = [
    ('"The ferries will run all winter," Tom Reyes told the board.\n\n"It was so fast, faster '
     'than any storm we have had here," Reyes recounted of the storm.', "so fast",
     "Tom Reyes"),
    ('"The ferries will run all winter," Tom Reyes told the board.\n\n"It was so fast, faster '
     'than any storm we have had here," he recalled of the storm.', "so fast", "Tom Reyes"),
    ('"The judge does the sentencing?" a potential juror asks.\n\n"It seems kind of harsh to '
     'me for a first fire in a dumpster," the juror falters.', "kind of harsh", "juror"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SET_OFF_SAME_CASES)
def test_an_attribution_naming_the_last_speaker_again_carries_on(text, words, speaker,
                                                                 knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


# a document speaks with a verb that reports only a document's words ("states", "began")
# or with "read" after its noun: the document, or whom it is from
DOCUMENT_VERB_CASES = [
    ('"Warrants were in due course issued for the arrest of both men," the report states.',
     "Warrants were", "report"),
    ('As for the two suspects, the ruling states, "Warrants were in due course issued for '
     'their arrest."', "Warrants were", "ruling"),
    ('"Nicole," Tom Reyes\'s email began. "After further reflection on this offer, I have come '
     'to a different conclusion."', "further reflection", "Tom Reyes"),
    ('"I would like the cake to be ready before we unveil it to the guests," the email read.',
     "the cake", "email"),
    ('"Founded by the leaders of many of the marches, the group is open to all," the group\'s '
     'website states.', "open to all", "website"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DOCUMENT_VERB_CASES)
def test_a_document_verb_gives_the_document_as_speaker(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


DOCUMENT_VERB_NEGATIVE_CASES = [
    # the document is the object of a verb in a relative clause, no subject of "states"
    ('The summary that accompanied the report states that the port "will close in May and '
     'reopen in June."', "close in May", "accompanied"),
    # "states" after no document is a noun, "say" the cue
    ('Several states say the ferries "will not run this winter at all."', "this winter",
     "report"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), DOCUMENT_VERB_NEGATIVE_CASES)
def test_a_document_verb_takes_no_object_for_speaker(text, words, not_speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is None or not_speaker not in name


def test_a_bare_states_is_no_cue(knowledge):
    text = 'In 32 states the ferries "will not run this winter at all," the board said.'
    assert _speaker_of(text, "this winter", knowledge) == "board"


# a quotation that opens the paragraph after one ending in a colon and no speech verb: the
# colon sentence's subject speaks when it is a name, he, she, they or a document, and acts
COLON_SUBJECT_CASES = [
    ('Reporter Tom Reyes was there.\n\nReyes took the praise a step further:\n\n"The point is '
     'to talk about this amazing woman who faced more nonsense than anyone."', "amazing woman",
     "Tom Reyes"),
    ('Ann Vale spoke last.\n\nShe put it this way:\n\n"We will need twice the crews we have '
     'now, and the board knows it."', "twice the crews", "Ann Vale"),
    ('The Harbour Board has released this statement:\n\n"We will need twice the crews we have '
     'now, and the board knows it."', "twice the crews", "Harbour Board"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COLON_SUBJECT_CASES)
def test_the_subject_before_a_colon_ending_a_paragraph_speaks(text, words, speaker,
                                                               knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize("text", [
    # a passive: the one asked does not ask
    'Tom Reyes spoke last.\n\nHe was asked:\n\n"Will you need twice the crews you have now, and '
    'does the board know it?"',
    # the words are from someone else
    'Tom Reyes spoke last.\n\nReyes got this reply from Ann Vale:\n\n"We will need twice the '
    'crews we have now, and the board knows it."',
    # no subject, or a word capitalised only to open its sentence
    'Consider this passage:\n\n"We will need twice the crews we have now, and the board knows '
    'it."',
    'Here is what we know:\n\n"We will need twice the crews we have now, and the board knows '
    'it."',
    'Deeply buried in a long report on the port, the board had to revisit its old plan:\n\n'
    '"We will need twice the crews we have now, and the board knows it."',
])
def test_no_speaker_from_a_colon_paragraph_that_names_none(text, knowledge):
    found = _found(text, knowledge)
    assert all(name is None for quoted, name in found if "twice the crews" in quoted), found


# an attribution set off after a quotation that opens its sentence, by a speech cue, whatever
# the description of the speaker: a noun the lexicon lacks ("operative", "counsel"), a
# hyphened modifier, a participle or a place after the name; the quotation after it in the
# paragraph goes on with the same speaker
DESCRIBED_SET_OFF_CASES = [
    ('"The ferry will be late again," the HBC operative said.', "ferry will be late",
     "operative"),
    ('"The ferry will be late again," the Lakeside rookie said.', "ferry will be late",
     "rookie"),
    ('"We made our case," Harbour Board counsel Tomas Reyes said. "The rest is up to the '
     'judges now."', "up to the judges", "Tomas Reyes"),
    ('"The tide tables are wrong," said pro-harbour councillor Dana Olsen.', "tide tables",
     "Dana Olsen"),
    ('"Nobody read the audit before the vote," one clerk directly involved in the count told '
     'the Gazette.', "read the audit", "clerk"),
    # whom the speaker is close to is not the speaker; a name in apposition is
    ('"The ferry will be late again," one HBC donor close to the Reyes family told the '
     'Gazette.', "ferry will be late", "donor"),
    ('"Is the pier safe for the crowds?" asked one of the county lawyers, Pia Lund, a former '
     'pilot.', "pier safe", "Pia Lund"),
    ('"The pier is not safe for the crowds," Professor Ann Kettle from Lakeside University '
     'said in an email.', "not safe", "Ann Kettle"),
    ('"Is the pier safe for the crowds?" Harbour News’ Pia Lund asked Mr. Reyes.',
     "pier safe", "Pia Lund"),
    ('"The pier is not safe for the crowds," the Lakeside-based harbour pilot said last month.',
     "not safe", "harbour pilot"),
    ('"The pier is not safe for the crowds in summer," the Lakeside-based operative said.',
     "not safe", "operative"),
    # a relative clause after the description is not the speaker's name
    ('"The ferry will be late again," said one of the pilots who has worked for the HBC.',
     "ferry will be late", "one of the pilots"),
    # a verb of manner where no speech cue stands
    ('"Who reads the tide tables these days?" a Lakeside Party councillor sniped.',
     "tide tables", "councillor"),
    ('"You are the best harbour master we ever had!" gushes one pilot.', "best harbour",
     "pilot"),
    ('"The ferry will be late again," harbour spokesman Reyes chimed in on Tuesday.',
     "ferry will be late", "Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DESCRIBED_SET_OFF_CASES)
def test_a_described_speaker_set_off_after_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize(("text", "words"), [
    # a clause goes on after the cue: its own words, not the quotation's
    ('"The pier is not safe for the crowds in summer," the Lakeside-based operative said the '
     'mayor had warned.', "not safe"),
    ('Is it safe? "Is the pier safe for the crowds in summer?" the Lakeside-based operative '
     'says absolutely not.', "pier safe"),
    # an object after the cue, not a speaker
    ('"The pier is not safe for the crowds in summer," accused him of lying.', "not safe"),
    # a connective opens a clause of its own; a passive names whom the words were put to
    ('"The pier is not safe for the crowds in summer," but the Lakeside-based operative said '
     'otherwise.', "not safe"),
    ('"Is the pier safe for the crowds in summer?" the Lakeside-based operative was asked.',
     "pier safe"),
    # a verb of manner with an object or a clause after it reports nothing
    ('"The pier is not safe for the crowds in summer," the Lakeside bill passed the Senate.',
     "not safe"),
    ('"The pier is not safe for the crowds in summer," the HBC crowd cheered as Tom Reyes '
     'spoke.', "not safe"),
    ('"The pier is not safe for the crowds in summer," read a comment from an account '
     'credited to a pilot.', "not safe"),
])
def test_no_described_speaker_where_the_attribution_is_no_set_off(text, words, knowledge):
    found = _found(text, knowledge)
    assert all(name is None for quoted, name in found if words in quoted), found


# a participle cue set off from its clause by a comma and an adverb (", only telling", ", even
# writing") or right after a quotation that ends in a comma ("“…,” predicting that"): the
# clause's subject speaks, as after ", saying"
SET_OFF_PARTICIPLE_CASES = [
    ('The mayor made no promise about the ferry, only telling reporters "there may be a role '
     'for the council to play."', "role for the council", "mayor"),
    ('Dana Olsen expressed hope that the harbour may "come back stronger," predicting that '
     '"over time the board will regret" its choice.', "board will regret", "Dana Olsen"),
    ('Tom Reyes declined to give the details of the plan, only saying "certain conditions have '
     'to be met."', "certain conditions", "Tom Reyes"),
    ('Tom Reyes wrote to the board twice, even writing "please do not close the pier before '
     'May."', "close the pier", "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SET_OFF_PARTICIPLE_CASES)
def test_a_participle_set_off_by_an_adverb_or_a_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


# the same with an adverb of how often, when or how reliably the words were said
# (words.participle_adverbs): before, the cue had no speaker and the quotation was not found
SET_OFF_FREQUENCY_CASES = [
    ('Tom Reyes has built his campaign around the harbour, routinely lamenting that the ferries '
     'run "later every year."', "later every year", "Tom Reyes"),
    ('Dana Olsen rarely gives interviews, often saying "the work speaks for itself."',
     "work speaks for itself", "Dana Olsen"),
    ('Ann Vale opposed the new pier from the start, repeatedly telling the board it was "a waste '
     'of harbour money."', "waste of harbour money", "Ann Vale"),
    ('Mayor Tom Reyes backed the ferry contract, publicly calling it "the best bargain the port '
     'has seen."', "best bargain", "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SET_OFF_FREQUENCY_CASES)
def test_a_participle_set_off_by_an_adverb_of_frequency(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


def test_a_participle_after_a_demonstrative_and_a_thing_is_not_that_pronouns(knowledge):
    # "That zeal" is the subject the participle reads: a thing that says nothing, not "That"
    # as a pronoun standing for someone; no one in the sentence speaks
    text = ('That zeal shows in the small stories the local papers turned into scandals, '
            'adding "-gate" to their names.')
    assert _found(text, knowledge) == []


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # an adverb of manner before the participle: no statement of the subject's
    ('Ann Vale had a strong night, forcefully denouncing the council after Tom Reyes said he '
     '"would sign the deal tomorrow."', "sign the deal", "Ann Vale"),
    ('Ann Vale had a strong night, angrily denouncing the council after the pilots said they '
     '"would strike on Monday."', "strike on Monday", "Ann Vale"),
])
def test_a_participle_after_a_manner_adverb_takes_no_quotation(text, words, not_speaker,
                                                              knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is None or not_speaker not in name


# "Here's", "Here is" or "Here was" and a colon present the one who speaks after it: the name
# after a few modifiers, or the subject of a "how" or "what" clause; never "Here" itself
HERE_CASES = [
    ('The ferry was late again. Here\'s the clownish Tom Reyes on Harbour Radio: "What the port '
     'wants is to go back to the days when only the rich had boats."', "only the rich",
     "Tom Reyes"),
    ('Here\'s how The Harbour Gazette sums things up: "Nearly three years after the storm, the '
     'ferries still run late."', "three years after", "Harbour Gazette"),
    ('Ann Vale chairs the port board. Here was Vale on Monday: "Someone at the port would have '
     'to answer for the delays, and soon."', "answer for the delays", "Ann Vale"),
    ('Tom Reyes took questions. Here is what Reyes told the board:\n\n"We will not close the '
     'ferry line, not this winter and not the next."', "close the ferry line", "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HERE_CASES)
def test_here_presents_the_speaker(text, words, speaker, knowledge):
    # the whole name, not a part of it: "Here's the clownish Tom Reyes" is no speaker
    assert _speaker_of(text, words, knowledge) == speaker


@pytest.mark.parametrize("text", [
    'Here\'s the thing: "Nearly three years after the storm, the ferries still run late."',
    'Ann Vale spoke on Monday. Here’s their big headline from Tuesday: "Nearly three years '
    'after the storm, the ferries still run late."',
    'Here is the full list of the ferries cancelled: "Nearly three years after the storm, the '
    'ferries still run late."',
])
def test_here_without_a_name_gives_no_speaker(text, knowledge):
    found = _found(text, knowledge)
    # the quotation is found, and no one speaks it
    assert [name for quoted, name in found if "three years" in quoted] == [None], found


# "As X said", "as X wrote" and the other verbs of saying, as "as X put it": a comment clause
# that names whose words the quotation after it are, with adjuncts after the verb, an
# auxiliary or "like to" before it, and ending the paragraph before the quotation's
AS_SAID_CASES = [
    ('Children are blunt online. As Ann Vale said in an interview about phones and schools, '
     '"They do not look at people when they talk to them, and so they never learn."',
     "never learn", "Ann Vale"),
    ('The fear is an old one. As Reyes and colleagues summarize: "Caution is tied to a need for '
     'order, structure and certainty in daily life."', "need for order", "Reyes"),
    ('The vote was close.\n\nAs Tom Reyes recently wrote for the Harbour Gazette,\n\n"The port '
     'has never been a place where one party could call the shots for long."',
     "call the shots", "Tom Reyes"),
    ('The levy is old. As Tom Reyes put it two centuries ago, "a tax on every renter is a tax '
     'on every family in the county."', "every family", "Tom Reyes"),
    ('As Ann Vale states plainly, "the port cannot pay for itself, not this year and not next '
     'year."', "pay for itself", "Ann Vale"),
    ('The levy is unloved. As opponents of the levy like to say, the port is "sinking under '
     'its own weight, year after year."', "own weight", "opponents"),
    ('The ferries are late. As the trustees go on to explain:\n\n"Without new boats the '
     'timetable cannot be kept, whatever the crews do."', "new boats", "trustees"),
    ('The board, as Dana Olsen of the Harbour Trust notes, is "a club that meets to agree with '
     'itself and then goes home."', "meets to agree", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), AS_SAID_CASES)
def test_as_x_said_before_a_quotation_names_its_speaker(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # the writer, someone supposed, "as for"
    ('As we wrote in May, "the port cannot pay for itself, not this year and not next year."',
     "pay for itself", "Gazette"),
    ('As one might say, "the port cannot pay for itself, not this year and not next year."',
     "pay for itself", "one"),
    ('As for ports in other states, if they keep the old rules, "they will not last more than '
     'a year or two."', "last more", "ports"),
])
def test_no_as_clause_of_saying_gives_the_quotation_to_another(text, words, not_speaker,
                                                               knowledge):
    text = "The Harbour Gazette is a weekly. " + text
    hits = [name for quoted, name in _found(text, knowledge) if words in quoted]
    assert hits  # the quotation is found: only its speaker is in question
    assert not any(name and not_speaker in name for name in hits), hits


# a subject opening with lower-case words that describe a person and then the person's name,
# after an opening adverbial: the whole name speaks the quotation a colon or a participle
# after the clause introduces, not the description cut before the name
DESCRIBED_SUBJECT_CASES = [
    ('On Harbour Radio on Monday, co-host Ann Vale tried to push the same line about the '
     'port: "The ferries were never the problem, and everyone knows it."', "never the problem",
     "Ann Vale"),
    ('In a column last week, veteran pilot Tom Reyes put the plan in perspective: "What unites '
     'the pilots is not the fee but a safe harbour."', "safe harbour", "Tom Reyes"),
    ('Hours after the storm, the new harbour master Tom Reyes described the damage in plain '
     'terms: "It was bad, but it was not the end of the port."', "end of the port",
     "Tom Reyes"),
    ('And then moderator Ann Vale pressed the mayor, saying: "The council was not talking '
     'about the ferries at all."', "talking about the ferries", "Ann Vale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DESCRIBED_SUBJECT_CASES)
def test_a_described_subject_speaks_by_its_name(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # a verb, a preposition or "or" before the name: no description of it
    ('The former mayor knocked former harbour master Tom Reyes and others, calling the pier '
     '"a ruin that nobody will ever pay to fix."', "a ruin", "Tom Reyes"),
    ('A month after Tom Reyes left the board, the port issued a statement: "The ferries will '
     'run as before, all winter."', "ferries will run", "Tom Reyes"),
])
def test_no_described_subject_across_a_verb_or_a_preposition(text, words, not_speaker,
                                                             knowledge):
    hits = [name for quoted, name in _found(text, knowledge) if words in quoted]
    assert hits  # the quotation is found: only its speaker is in question
    assert not any(name and not_speaker in name for name in hits), hits


# --- words set off between the speaker and what says whose the quotation is ----------------

# "who" after a description set off after a person's name: the name speaks (the description
# is the same person), where the description holds capitals, a role word's tie or no tie
RELATIVE_AFTER_DESCRIPTION_CASES = [
    ('In 2009, Tom Reyes went to court with Ann Vale, a Democratic activist, who said she '
     '"first met Reyes at the harbour in 1993."', "first met Reyes", "Ann Vale"),
    ('The plan drew fire from Tom Reyes, a former Harbour Board member, who said the levy '
     '"would sink the port for a decade."', "sink the port", "Tom Reyes"),
    ('The sharpest words came from Dana Pike, a Vale adviser from the 2016 campaign, who said '
     'the mayor\'s answer was "the worst possible reaction."', "worst possible", "Dana Pike"),
    ('"The fee is fair," said Tom Reyes, a retired pilot, who added that the board "should '
     'stop stalling on the ferry."', "stop stalling", "Tom Reyes"),
    ('The hearing will hear from Ann Vale, former acting port director, who is said to have '
     'warned the board that the pier was "one storm from collapse."', "one storm", "Ann Vale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RELATIVE_AFTER_DESCRIPTION_CASES)
def test_who_after_a_description_is_the_name_described(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # a list before the description, not an apposition; "her lawyer" may be another person;
    # a body's head ("agency"); a fronted adverbial or an opener before the comma
    ('The panel heard from Tom Reyes, Ann Vale and a retired pilot, who said the levy "would '
     'sink the port for a decade."', "sink the port", "Tom Reyes"),
    ('Tom Reyes met Ann Vale, her lawyer, who said the levy "would sink the port for a '
     'decade."', "sink the port", "Ann Vale"),
    ('Tom Reyes sued Harbour Freight, a state agency, who said the levy "would sink the port '
     'for a decade."', "sink the port", "Tom Reyes"),
    ('Despite the fleet the state sent to fetch Tom Reyes, a federal judge, who noted that a '
     'call "would have done the job just as well," released him.', "done the job",
     "Tom Reyes"),
    ('Notwithstanding the fleet the state sent to fetch Tom Reyes, a federal judge, who noted '
     'that a call "would have done the job just as well," released him.', "done the job",
     "Tom Reyes"),
    ('Reyes is backing no one, according to Ann Vale, a Harbour Fund analyst. The fund '
     'manager, who has long predicted a win for the port, said the levy "would sink the port '
     'for a decade."', "sink the port", "Ann Vale"),
    ('The port board met on Monday. Still, a lawyer for the city, who asked not to be named, '
     'told Tom Reyes the levy "would sink the port for a decade."', "sink the port",
     "Still"),
])
def test_who_after_no_description_of_a_person_keeps_its_reading(text, words, not_speaker,
                                                                 knowledge):
    hits = [name for quoted, name in _found(text, knowledge) if words in quoted]
    assert hits  # the quotation is found: only its speaker is in question
    assert not any(name and not_speaker in name for name in hits), hits


# a paragraph opening with a quotation after one ending in a colon whose subject acts: the
# verb may follow an aside set off after the subject
COLON_AFTER_ASIDE_CASES = [
    ('Tom Reyes, in his second book on the harbour, posited just such a danger:\n\n"Nothing is '
     'more foolish than to trust the pier to the tides."', "trust the pier", "Tom Reyes"),
    ('Ann Vale, the longtime harbour master, went further:\n\n"The ferries were never the '
     'problem, and everyone on the docks knows it."', "never the problem", "Ann Vale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COLON_AFTER_ASIDE_CASES)
def test_a_colon_subject_speaks_past_its_aside(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


def test_an_aside_naming_some_of_a_group_gives_the_group_no_quotation(knowledge):
    text = ('Critics of the port, such as Ann Vale, put it more harshly:\n\n"The board is a '
            'puppet of the shipping lines, and it has been for years."')
    hits = [name for quoted, name in _found(text, knowledge) if "puppet" in quoted]
    assert not any(name and "Critics" in name for name in hits), hits


# a quotation that is all a parenthesis holds, right after a noun in a sentence whose subject
# is one person acting: that person's words
PARENTHESISED_CASES = [
    ('Dan Pike stumbled in one answer on trade with Canada ("We buy more than we sell to '
     'them") and later left the stage.', "We buy more", "Dan Pike"),
    ('Ann Vale, after a slow start, found her footing with a joke ("I raised more from my '
     'ex-husbands than from the party") late in the night.', "ex-husbands", "Ann Vale"),
    ('Tom Reyes runs the port board. He talks with a sailor\'s swagger ("I am pumped for this '
     'season, believe me") at every stop.', "pumped", "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PARENTHESISED_CASES)
def test_a_parenthesised_quotation_is_the_subjects(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # another person, or one who may be, named before the parenthesis; a group; a term
    ('Dan Pike sat beside Ann Vale in one long exchange ("We buy more than we sell to them, and '
     'we always have") and later left the stage.', "We buy more", "Dan Pike"),
    ('Dan Pike borrowed from Ruskin in his closing ("There is hardly anything in the world '
     'that some man cannot make a little worse").', "hardly anything", "Dan Pike"),
    ('Harbour pilots were polite about the speech ("Did he just say that, in front of the '
     'whole board?") on Monday.', "Did he just", "pilots"),
])
def test_no_parenthesised_quotation_goes_to_a_subject_past_another(text, words, not_speaker,
                                                                   knowledge):
    hits = [name for quoted, name in _found(text, knowledge) if words in quoted]
    assert not any(name and not_speaker in name for name in hits), hits


# A quotation standing alone after a sentence whose subject is a name of a given name the
# tables do not know, described right after it as a person by an apposition or after "is":
# that person's words
DESCRIBED_UNKNOWN_NAME_CASES = [
    ('Kumi Naidoo is a former director at the harbour trust and a founder of a new fund.\n\n'
     '"The vote showed us some things we had not seen before, and I think it will take '
     'years to heal."', "take years to heal", "Kumi Naidoo"),
    ('Tharon Vale, a state political consultant who ran the last campaign, thinks the '
     'mayor is in trouble.\n\n"I have never seen a race this close in the county, and I '
     'have watched them for thirty years."', "a race this close", "Tharon Vale"),
    ('Zendel Okafor was the chief economist of the port authority for a decade.\n\n'
     '"I told them the numbers would never add up, and nobody in the building wanted to '
     'hear it."', "never add up", "Zendel Okafor"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DESCRIBED_UNKNOWN_NAME_CASES)
def test_a_name_described_as_a_person_before_a_quotation_alone(text, words, speaker,
                                                                knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


DESCRIBED_UNKNOWN_NAME_NEGATIVE_CASES = [
    # a body described by a noun for no person
    ('Harbour Lines is a ferry company based in the port and the largest employer.\n\n'
     '"We have never seen such a busy summer in the whole history of the town, and we '
     'expect more."', "busy summer", "Harbour Lines"),
    # a description that is no person's head before its preposition
    ('Kumi Naidoo is a name on every list of the harbour trust this year.\n\n'
     '"The vote showed us some things we had not seen before, and it will take years to '
     'heal."', "take years to heal", "Kumi Naidoo"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"),
                         DESCRIBED_UNKNOWN_NAME_NEGATIVE_CASES)
def test_no_description_of_no_person_names_the_speaker(text, words, not_speaker, knowledge):
    found = _found(text, knowledge)
    assert not any(words in quoted and name and not_speaker in name for quoted, name in found)


# A surname that is also a month or a modal ("May", "March"), opening its sentence or clause
# as the subject of a cue, where the article writes it after a given name or an honorific
# elsewhere ("Finance Minister Clara May"): that person, not a date or the auxiliary "may"
MONTH_SURNAME_CASES = [
    ('Finance Minister Clara May spoke on Monday. May said the plan was "a failure of the '
     'whole board from the start."', "a failure of the whole board", "Clara May"),
    ('Finance Minister Clara May spoke on Monday. Asked about the vote, May had said she '
     'would "push the board to publish the whole audit before the summer."',
     "publish the whole audit", "Clara May"),
    ('Mrs. May met the board on Monday. Later, May said the fund was "in far better shape '
     'than anyone on the board had feared."', "far better shape", "May"),
    ("Ann March, the fund's director, took questions on Monday. Later, March said the "
     'deficit was "larger than anyone on the board had feared."', "larger than anyone",
     "March"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MONTH_SURNAME_CASES)
def test_a_surname_that_is_a_month_speaks(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


MONTH_SURNAME_NEGATIVE_CASES = [
    # a month after a preposition is when, not who
    ('Finance Minister Clara May spoke on Monday. The report released in May said the plan '
     'was "a failure of the whole board from the start."', "a failure of the whole board",
     "May"),
    ('Finance Minister Clara May spoke on Monday. In May, officials said the plan was "a '
     'failure of the whole board from the start."', "a failure of the whole board", "May"),
    # an article that names no one so: "May" opening a sentence is no one
    ('The fund closed its books in May. May said the plan was "a failure of the whole board '
     'from the start."', "a failure of the whole board", "May"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), MONTH_SURNAME_NEGATIVE_CASES)
def test_a_month_is_no_speaker_where_no_one_is_named_so(text, words, not_speaker, knowledge):
    found = _found(text, knowledge)
    assert not any(words in quoted and name and not_speaker in name for quoted, name in found)


# verbs of saying that were no cue: "wisecracked", "admonished", "chimed in";
# only the words in quotation marks after or before them are reported
SAYING_VERB_CASES = [
    ('Two years later, Mr. Reyes wisecracked, "Ready to go was not as ready to go as we '
     'thought."', "not as ready", "Reyes"),
    ('"The harbour is right even when it is wrong," Ann Vale admonished the visiting mayor.',
     "right even when", "Ann Vale"),
    ('"When the mayor was young, he learned a rule about kindness," Ann Vale chimes in.',
     "rule about kindness", "Ann Vale"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SAYING_VERB_CASES)
def test_a_verb_of_saying_reports_the_quotation(text, words, speaker, knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


@pytest.mark.parametrize("text", [
    "The mayor wisecracked about the ferries all through the long meeting.",
    "Ann Vale chimed in on the long debate about the port and its ferries.",
    "The judge admonished the lawyers for their late filings in the case.",
])
def test_a_verb_of_saying_without_a_quotation_reports_nothing(text, knowledge):
    assert quotes_of(text, knowledge) == ()


# a connective adverb between a subject set off by an apposition or a relative clause and its
# cue of speech ("Reyes, who ..., nevertheless argued"), stepped over as "twice" is
CONNECTIVE_ADVERB_CASES = [
    ('Still, Tomas Reyes, who thinks that in the end the council may pass the levy, '
     'nevertheless argued that "anger is what brings voters out," and left early.',
     "anger is what brings", "Tomas Reyes"),
    ('Dana Olsen, the harbour master, meanwhile said the pier "will not survive another '
     'winter."', "another winter", "Dana Olsen"),
    ('Ann Kettle, a ferry captain for twenty years, nonetheless insisted the crossing '
     '"has never been safer."', "never been safer", "Ann Kettle"),
    ('Tomas Reyes, who chairs the board, likewise told reporters that "the audit will be '
     'public by spring."', "public by spring", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CONNECTIVE_ADVERB_CASES)
def test_a_connective_adverb_before_the_cue_keeps_the_subject(text, words, speaker,
                                                              knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


# a quotation right after the attribution that a quotation before it in its paragraph ends
# in: "…,” Reyes wrote. “…”", where the first part lost its opening mark (or its speaker)
SPLIT_AROUND_ATTRIBUTION_CASES = [
    ('The mayor wrote to the board in March.\n\nWe know the pier is failing and the ferries '
     'are late every week,” Tomas Reyes wrote. “The harbour may have no future at all.”',
     "no future at all", "Tomas Reyes"),
    ('The clerk spoke after the vote.\n\nNobody on the council opened the audit before the '
     'vote,” Dana Olsen told the Harbour Gazette. “Not one of them.”', "Not one of them",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPLIT_AROUND_ATTRIBUTION_CASES)
def test_a_quotation_after_a_set_off_attribution_is_its_speakers(text, words, speaker,
                                                                 knowledge):
    name = _speaker_of(text, words, knowledge)
    assert name is not None and speaker in name


SPLIT_AROUND_ATTRIBUTION_NEGATIVE_CASES = [
    # a question and who asked it: the words after it may be the answer
    ('The clerk spoke after the vote.\n\nDid anyone on the council open the audit before the '
     'vote?” Dana Olsen asked. “Nobody did, and nobody will ever open it.”', "Nobody did",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"),
                         SPLIT_AROUND_ATTRIBUTION_NEGATIVE_CASES)
def test_a_question_set_off_gives_the_next_quotation_no_speaker(text, words, not_speaker,
                                                                knowledge):
    found = _found(text, knowledge)
    hits = [name for quoted, name in found if words in quoted]
    assert not hits or hits[0] is None or not_speaker not in hits[0], found
