"""A quotation in the complement of a cue of speaking (patterns.quotation_in_complement): the
first quotation a few words after the cue, in its own clause, when no other pattern read the
cue's content, is the cue's subject's. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import quotes_of


def _speaker_of(text, words, knowledge):
    """Give the speaker (actor name, or None) of the quote holding these words."""
    hits = [q for q in quotes_of(text, knowledge) if words in q.text]
    assert hits, [q.text for q in quotes_of(text, knowledge)]
    return hits[0].actor.name if hits[0].actor else None


COMPLEMENT_CASES = [
    ("an adjunct and a clause of the same subject after the cue",
     "In a radio interview, Sen. Ann Cole said as a young prosecutor she had the power to "
     "“close any case in a week.”",
     "close any case", "Ann Cole"),
    ("a preposition after the cue",
     "Mayor Tom Reyes wrote of “a city that works for everyone.”",
     "a city that works", "Tom Reyes"),
    ("the cue's object and a preposition",
     "Gov. Dale Pratt expressed his gratitude for “the patience of every family in the state.”",
     "the patience of every", "Dale Pratt"),
    ("a phrasal cue and a noun phrase",
     "Ruth Vail pointed to the value of “small steps taken together.”",
     "small steps", "Ruth Vail"),
    ("a cue in -s right after its subject, and how",
     "Ruth Vail details how “the budget grew by half in ten years.”",
     "the budget grew", "Ruth Vail"),
    ("a time word and a preposition",
     "Sen. Ann Cole argued Thursday against “spending money on programs that fail.”",
     "spending money", "Ann Cole"),
    ("a preposition that is no infinitive's",
     "Mayor Tom Reyes confessed to a “grave error of judgment.”",
     "grave error", "Tom Reyes"),
    ("a cue in -s whose object is moved before its subject, and a time word",
     "Police raided the offices over what Gov. Dale Pratt says today was a “scheme to rob "
     "the state.”",
     "scheme to rob", "Dale Pratt"),
]


@pytest.mark.parametrize(("label", "text", "words", "speaker"), COMPLEMENT_CASES)
def test_a_quotation_in_a_cues_complement_is_its_subjects(label, text, words, speaker,
                                                          knowledge):
    assert _speaker_of(text, words, knowledge) == speaker, label


NOT_COMPLEMENT_CASES = [
    ("an infinitive after the cue: no speaking",
     "Mayor Tom Reyes continued to dig a “deep hole” for his own party.",
     "deep hole"),
    ("a possessive before the quotation: the owner's words",
     "Gov. Dale Pratt referred to the mayor's “war on cars” in every speech.",
     "war on cars"),
    ("a word that names a term before the quotation",
     "Sen. Ann Cole spoke out against what has been called an “extreme measure.”",
     "extreme measure"),
    ("a plural noun read as a cue",
     "Ruth Vail and her talk of unity and claims of a “war on farms” split the town.",
     "war on farms"),
    ("an infinitive that opens the quotation",
     "As the Reyes campaign continues to “fight for every vote,” the polls are tightening.",
     "fight for every vote"),
    ("a cue that cites a term",
     "The group is named for a code, referring to the police term “officer in distress.”",
     "officer in distress"),
    ("a sentence whose source is given by according to",
     "According to a lawsuit, the officers responded by “firing without any warning.”",
     "firing without any"),
]


@pytest.mark.parametrize(("label", "text", "words"), NOT_COMPLEMENT_CASES)
def test_a_quotation_past_the_complement_keeps_no_speaker(label, text, words, knowledge):
    hits = [q for q in quotes_of(text, knowledge) if words in q.text]
    assert not [q for q in hits if q.actor is not None], label


# Verbs of speech acts that report only the words in quotation marks after them (cues.tsv,
# frame "quoted"): the quotation is the subject's, the verb its cue.
SPEECH_ACT_CASES = [
    ("railed against",
     "Mayor Tom Reyes railed against “developers who never pay their share.”",
     "developers who never pay", "Tom Reyes", "rail against"),
    ("requested",
     "Gov. Dale Pratt requested “a full account of the money spent last year.”",
     "a full account of the money", "Dale Pratt", "request"),
    ("summarized, and a clause with that",
     "Ann Cole summarized the findings to the effect that “most of the schools improved.”",
     "most of the schools improved", "Ann Cole", "summarize"),
    ("reminded someone that",
     "Dale Pratt reminded the crowd that the “fight for clean water is not over.”",
     "fight for clean water", "Dale Pratt", "remind"),
    ("scolded someone for",
     "Gov. Tom Reyes scolded lawmakers for “wasting a whole month on nothing.”",
     "wasting a whole month", "Tom Reyes", "scold"),
]


@pytest.mark.parametrize(("label", "text", "words", "speaker", "lemma"), SPEECH_ACT_CASES)
def test_a_quotation_after_a_verb_of_a_speech_act_is_its_subjects(label, text, words, speaker,
                                                                  lemma, knowledge):
    hits = [q for q in quotes_of(text, knowledge) if words in q.text]
    assert hits, [q.text for q in quotes_of(text, knowledge)]
    assert (hits[0].actor.name if hits[0].actor else None, hits[0].cue_lemma) \
        == (speaker, lemma), label



def test_a_things_pronoun_speaks_no_quotation_a_verb_of_a_speech_act_reports(knowledge):
    # "it" stands for the vote, which says nothing: the second quotation is no one's quote
    text = ("Dale Pratt reminded the crowd that the “fight for clean water is not over.” The "
            "vote was close, and it reminds us that “local control” still matters.")
    assert [(q.actor.name if q.actor else None, q.cue_lemma)
            for q in quotes_of(text, knowledge)] == [("Dale Pratt", "remind")]


# Two verbs left out of that list after an independent check on random bulk articles: a
# "quoted" cue ends the reported clause before it, so "implored" after "and" cut the clause
# of the verb before it away; and "term", a cue, cut a subject at "a term describing ...".
def test_a_clause_before_and_implored_keeps_its_speaker(knowledge):
    text = ("Shortly before the vote, Deputy Attorney General Rod Rosenstein warned Kelly that "
            "the memo could jeopardize classified information and implored the president to "
            "reconsider his support, those people said.")
    assert ("Rod Rosenstein", "warn") in [(q.actor.name if q.actor else None, q.cue_lemma)
                                          for q in quotes_of(text, knowledge)]


def test_a_term_describing_a_quoted_phrase_is_no_speaker(knowledge):
    text = ("One of his points centers on tribalism, a term describing the identity politics "
            "and the “us vs. them” mentality prevalent in modern culture.")
    assert [q.actor.name for q in quotes_of(text, knowledge) if q.actor] == []
