"""A term in marks inside reported speech is nobody's words: a word before it names it as a
term ("so-called", "known as", "the slogan", "was dubbed", "a film called"), the noun of
its kind follows it ("the “…” law"), or it is a name in title case before a noun it
qualifies ("all six “…” movies"). The reported clause stays, as reported speech; a
characterisation the speaker gives stays that speaker's quotation."""

from __future__ import annotations

import pytest

from reportgen.analyze.quotes import extract_quotes


def _kinds(text, knowledge):
    return [(q.kind, text[q.start:q.end], q.speaker.text if q.speaker else None)
            for q in extract_quotes(text, knowledge)]


# (a sentence whose words in marks are a term, the same words as the speaker's own)
PAIRS = [
    ("so-called",
     "Senator Ann Vale said the so-called “harbour tax” would hurt fishermen in the state.",
     "Senator Ann Vale said the new “harbour tax” would hurt fishermen in the state."),
    ("known as",
     "The mayor said the group known as “Harbour Watch” would sue the city next week.",
     "The mayor said the group had promised “a long fight” and would sue the city next week."),
    ("passive naming verb",
     "Ann Vale said what was later dubbed the “harbour swap” had cost the town millions.",
     "Ann Vale said what she called the “harbour swap” had cost the town millions."),
    ("a thing's noun before the naming verb",
     "Tom Reyes said he had put money into a film called “Harbour Nights” last spring.",
     "Tom Reyes said he had put money into a film that was “doomed from the start.”"),
    ("the term",
     "Ann Vale argued that the term “working waterfront” had lost its meaning.",
     "Ann Vale argued that the town's “working waterfront” had lost its meaning."),
    ("a slogan set off by a comma",
     "Tom Reyes said the caps carried the mayor's slogan, “Harbour First,” on the front.",
     "Tom Reyes said the caps were “a cheap stunt” by the mayor's office."),
    ("the noun of the term's kind after it",
     "Senator Ann Vale said the “stand your ground” law had made the state less safe.",
     "Senator Ann Vale said the “cruel” law had made the state less safe."),
    ("a naming verb with no namer, or one after it",
     "Tom Reyes said the harbour tax was later called a “windfall” in the papers.",
     "Tom Reyes said the harbour tax was later called a “windfall” by its opponents."),
    # a name in title case right before a noun it qualifies, after a word of the noun phrase
    # (a number, a determiner, a modifier): a show's, a campaign's or a bill's name; not
    # where a verb takes it as its subject or object, nor an adjective the speaker gives
    ("a show's name before the noun it qualifies",
     "Tom Reyes said he had watched all six “Harbour Patrol” movies with his son last winter.",
     "Tom Reyes often says that “The Fishermen” love him and his plan."),
    ("a series' name after a modifier",
     "Ann Vale said the mayor took part in the famed “Pies and Politics” breakfast series "
     "every spring.",
     "Ann Vale said marchers chanting “Save Our Pier” blocked the road for an hour."),
    ("a slogan's name before the bill it names",
     "Senator Ann Vale said the state backed an “America First” shipping bill in 1920.",
     "Senator Ann Vale said the state backed a “deeply flawed” shipping bill in 1920."),
    ("a name no one in the sentence gives, or one the speaker gives",
     "Tom Reyes said the town watched a “Harbour Patrol” rerun every night.",
     "Tom Reyes said the show was what he called a “Harbour Patrol” rerun every night."),
]


@pytest.mark.parametrize(("term", "own"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_a_named_term_is_reported_speech_not_a_quotation(term, own, knowledge):
    kinds = [k for k, _, _ in _kinds(term, knowledge)], [k for k, _, _ in _kinds(own, knowledge)]
    assert kinds == (["indirect"], ["mixed"])


def test_the_clause_and_its_speaker_stay(knowledge):
    text = "Senator Ann Vale said the so-called “harbour tax” would hurt fishermen in the state."
    assert _kinds(text, knowledge) == [
        ("indirect", "the so-called “harbour tax” would hurt fishermen in the state",
         "Senator Ann Vale")]
