"""A document, a piece of writing or an utterance that speaks for whoever issued it (issue 11):
"her answer", "its plank", "a statement she released", "the suit" filed by someone named."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.analyze.sentences import last_speaker

# --- what someone said or wrote, owned by a pronoun: "her answer", "its plank" --------------

OWNED_WORD_CASES = [
    ('Ann Roe runs a small bakery in Lakeview. Critics mock its name. Her answer to them is:'
     ' "Bread is bread, so it\'s fine."', ("Ann Roe", "person")),
    ('The singer Dana Pike says she will attend. A post from her account had earlier said:'
     ' "See you all at the show tonight."', ("Dana Pike", "person")),
    ('The Harbor Party platform has long backed a levy. "Every ship shall pay a fair levy,"'
     ' its plank says.', ("Harbor Party", "organisation")),
    ('The Lakeview Gazette has not corrected its March 3 article claiming the mayor had'
     ' "resigned in disgrace."', ("Lakeview Gazette", "media")),
    ('Tom Reyes, the county prosecutor, went after the firm last year. His 20-page subpoena'
     ' demands every record about the "transfer of funds to offshore accounts."',
     ("Tom Reyes", "person")),
    ('Ann Roe will speak to the council on Monday. The pier is "a new start for the harbor,"'
     ' according to excerpts of her speech.', ("Ann Roe", "person")),
    ('The writer Tom Reyes has views. In her speech calling for more ships, Ann Roe explained'
     ' that sailors are "brave and loyal."', ("Ann Roe", "person")),
    # negatives: no one named for "its"; a word that is no one's words ("her lawyer" speaks
    # for herself, "its text" is a thing's); a part of something that is no document
    ('"Every ship shall pay a fair levy," its plank says.', ("its plank", "unknown")),
    ('Ann Roe was not in court. "We will appeal," her lawyer said.', ("her lawyer", "unknown")),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_WORD_CASES)
def test_what_someone_said_owned_by_a_pronoun_is_theirs(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


# --- a document with who issued it in a relative clause: "a statement she released" --------

RELATIVE_ISSUER_CASES = [
    ('At the hearing, Ann Roe "never meant to mislead anyone," according to a statement she'
     ' released.', ("Ann Roe", "person")),
    ('The council met on Monday. Tom Reyes "will not resign," according to the letter he sent'
     ' to the board.', ("Tom Reyes", "person")),
    # negative: a letter she received is not hers
    ('The council met on Monday. Tom Reyes "must resign," according to a letter he received.',
     None),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ISSUER_CASES)
def test_a_document_its_issuer_released_speaks_for_the_issuer(text, expected, knowledge):
    speaker = last_speaker(text, knowledge)
    if expected is None:
        assert speaker is None or speaker[0] != "Tom Reyes"
    else:
        assert speaker == expected


# --- a suit or report whose issuer the article names in the passive or by "in a lawsuit" ----

FILED_BY_CASES = [
    ('A lawsuit accuses the town of Lakeview of "silencing" its critics. The lawsuit was filed'
     ' Monday in federal court by the advocacy group Harbor Voices. The town has not replied.'
     ' "The town has punished speech it dislikes," the suit states.',
     ("Harbor Voices", "organisation")),
    ('A lawsuit accuses the town of Lakeview of "silencing" its critics. The lawsuit was filed'
     ' in the U.S. District Court for the Northern District of Harbor by the advocacy group'
     ' Harbor Voices. "The town has punished speech it dislikes," the suit states.',
     ("Harbor Voices", "organisation")),
    ('Tom Reyes alleges in a lawsuit that he was "thrown to the ground" by guards. The town was'
     ' named in the lawsuit filed in county court. "The guards acted with malice," the lawsuit'
     ' says.', ("Tom Reyes", "person")),
    # negatives: "by" after an event the suit is about; a list of signers; a body named
    # next to a suit (as often the one sued)
    ('The suit, filed after the shooting of a man by police, names the town. "The officers'
     ' fired without warning," the lawsuit says.', ("lawsuit", "unknown")),
    ('Members of the Harbor Caucus sent a letter to the mayor on Friday. The letter was signed'
     ' by Reps. Ann Roe, Tom Reyes and Dana Pike. The port has been shut for a month. Ships'
     ' wait outside. The mayor has not replied. "The port must reopen," the letter continued.',
     ("letter", "unknown")),
    ('A lawsuit names the town. The suit was filed in federal court by Harbor Voices and the'
     ' Lakeview Law Center. The town has not replied. Ships wait. Trade slowed. The mayor is'
     ' away. "The town has punished speech it dislikes," the complaint says.',
     ("complaint", "unknown")),
    ('Dana Pike, who owns a bakery in Lakeview, accuses the county of bias, according to the'
     ' lawsuit filed in federal court on Tuesday. The county declined to comment on Pike\'s'
     ' lawsuit. The lawsuit stems from a complaint filed by lawyer Tom Reyes with the county'
     ' in 2017. Pike also seeks damages "for the lost business," according to the lawsuit.',
     ("Dana Pike", "person")),
    ('A Lakeview lawsuit was dropped on Monday. The town had spent a year on it. "The claims'
     ' were false," the lawsuit said.', ("lawsuit", "unknown")),
]


@pytest.mark.parametrize(("text", "expected"), FILED_BY_CASES)
def test_a_suit_speaks_for_whoever_the_article_says_filed_it(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


# --- a letter to someone from someone; a role and its holder after a body's name ------------

LETTER_FROM_CASES = [
    ('"We ask that you withdraw the report," said a letter to the board from city attorney'
     ' Tom Reyes.', ("Tom Reyes", "person")),
    ('"We ask that you withdraw the report," said a letter to the Harbor Board from the'
     ' Lakeview Water Authority.', ("Lakeview Water Authority", "organisation")),
    ('"We ask that you withdraw the report," said a letter to the board from Harbor Port'
     ' general counsel Tom Reyes.', ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_FROM_CASES)
def test_a_letter_to_someone_speaks_for_whom_it_is_from(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


# --- a piece of writing named for its outlet or party: "the Times piece", "the GOP platform" -

OUTLET_OR_PARTY_CASES = [
    ('The Lakeview Times reported on the fire last week. "The alarms had been off for a'
     ' month," reads the Times piece.', ("Lakeview Times", "media")),
    ('"Every ship shall pay a fair levy," the Republican platform reads.',
     ("Republican Party", "organisation")),
    # negatives: a name that is no outlet's or party's; a party's word no platform
    ('"Every ship shall pay a fair levy," the Harbor story reads.', ("Harbor story", "unknown")),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_OR_PARTY_CASES)
def test_a_piece_named_for_its_outlet_or_party_speaks_for_it(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


# --- a work's title as the speaker: its author, named with it before -------------------------

TITLE_CASES = [
    ('Enter Ann Roe\'s Harbor Years, a history of the port. Roe is a former mayor. Harbor Years'
     ' admits that the port was "badly run for a decade."', ("Ann Roe", "person")),
    ('The critic Tom Reyes reviewed the memoir Salt Roads by Dana Pike last week. Salt Roads'
     ' says the trade was "never fair."', ("Dana Pike", "person")),
    # negatives: a title no one was named with; a person's name after someone's possessive
    ('The port was busy. Harbor Years said it was "badly run for a decade."',
     ("Harbor Years", "organisation")),
    ('Both groups spoke. Harbor Watch\'s Mr. Cole agreed. "We support the port," Mr. Cole'
     ' said.', ("Cole", "person")),
    ('The mayor\'s Tom Reyes spoke first. Tom Reyes said the port was "badly run."',
     ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_a_works_title_speaks_for_its_author(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


def test_a_body_after_someones_possessive_is_no_title(knowledge):
    text = ("Under Ann Roe's Department of Justice, the rules changed. Later, the Department of"
            ' Justice stated in a memo that it would "not challenge the port."')
    assert last_speaker(text, knowledge)[0] != "Ann Roe"


# --- where a title was introduced before a place: one sweep per title (issue 13) ------------

# sentences written for the sweep's edges: an owner of four words and "new book," before the
# title, a title inside an owner ("Harbor Years Roe's Harbor Years"), a title that runs on
# into a word ("Harbor Yearsx") or ends in a full stop ("Salt Co."), places of a title that
# overlap ("Salt Salt Salt"; "salt Ann Roe's salt" twice over, the second introduced
# by the owner inside the first), "by" and a name that a place can cut, a quotation, line breaks
INTRODUCTIONS_TEXT = (
    "Enter Ann Roe\'s Harbor Years, a history. Old Big Ann Marie Roe\'s new book, Harbor Years"
    " came out. Harbor Years Roe\'s Harbor Years and Tom Reyes’s Harbor Yearsx; the memoir"
    " Harbor Years by Dana Pike Lee Moss said so. Tom Reyes\'s Salt Co.x and Tom Reyes\'s Salt"
    " Co. then Ann Roe\'s Salt Salt Salt. \"Ann Roe\'s\nHarbor Years,\" said the film Salt"
    " Salt, by Tom\tReyes. Harbor Years. salt Ann Roe\'s salt Ann Roe\'s salt")
INTRODUCED_TITLES = ["Harbor Years", "Salt Co.", "Salt Salt", "Salt", "salt Ann Roe's salt",
                     "Nowhere Book"]


@pytest.mark.parametrize("title", INTRODUCED_TITLES)
def test_the_introductions_before_a_place_are_those_finditer_gives(title, knowledge):
    from reportgen.analyze.actors.resolver import Resolver
    from reportgen.analyze.actors.resolver.documents import _introduced_by

    resolver = Resolver(knowledge, INTRODUCTIONS_TEXT)
    pattern = _introduced_by(title)
    for pos in range(len(INTRODUCTIONS_TEXT) + 1):
        expected = [(m.span(), m.groupdict()) for m in
                    pattern.finditer(INTRODUCTIONS_TEXT, 0, pos)]
        assert [(m.span(), m.groupdict()) for m in resolver._introductions(title, pos)] \
            == expected, pos
        assert resolver._written_before(title, pos) \
            == (INTRODUCTIONS_TEXT.find(title, 0, pos) >= 0)
    # the sweep is not empty for the titles the text introduces
    assert bool(resolver._introductions(title, len(INTRODUCTIONS_TEXT))) \
        == (title != "Nowhere Book")


# words, marks and spaces of which the texts of the property test are made
_PIECES = ["Ann", "Roe's", "Roe’s", "Harbor", "Years", "Yearsx", "Salt", "Co.", "new", "book",
           "book,", "memoir", "by", "Tom", "x", ",", ".", '"', " ", " ", "  ", "\n", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(
    ["Harbor Years", "Salt Co.", "Salt Salt", "Roe's Harbor", "Years"]))
def test_the_sweep_gives_what_finditer_gives_at_every_place(knowledge, pieces, title):
    from reportgen.analyze.actors.resolver import Resolver
    from reportgen.analyze.actors.resolver.documents import _introduced_by

    text = "".join(x if x.isspace() or x in ",." else f" {x}" for x in pieces)
    resolver = Resolver(knowledge, text)
    pattern = _introduced_by(title)
    for pos in range(len(text) + 1):
        assert [(m.span(), m.groupdict()) for m in resolver._introductions(title, pos)] \
            == [(m.span(), m.groupdict()) for m in pattern.finditer(text, 0, pos)]


# --- "In a report ..., Ann Roe said": the report speaks for her further on --------------------

OPENING_IN_CASES = [
    ('In a report to the council released last month, Inspector Ann Roe said the port had'
     ' been "badly run." The port has since hired a new chief. Ships wait outside. Trade has'
     ' slowed. "The books were never kept," the report said.', ("Ann Roe", "person")),
    ('In its 40-page ruling, the Harbor Board wrote that the levy was unfair. The port has'
     ' since hired a new chief. Ships wait outside. Trade has slowed. "The levy was never'
     ' lawful," the ruling said.', ("Harbor Board", "organisation")),
    # negative: people described, not named, speak after the opening
    ('In a report released last month, critics said the port had been badly run. The port'
     ' has since hired a new chief. Ships wait outside. Trade has slowed. "The books were'
     ' never kept," the report said.', ("report", "unknown")),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_IN_CASES)
def test_a_document_a_sentence_opens_with_speaks_for_its_subject(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


def test_a_makers_name_cut_at_a_small_word_gives_no_maker(knowledge):
    text = ('A new Harbor Institute for Public Affairs Research poll came out. The mayor is'
            ' popular. Ships wait. Trade slowed. "Most back the levy," the poll found.')
    assert last_speaker(text, knowledge) == ("poll", "unknown")


# --- the maker of a document written in a shape of its own (docmaker) -----------------------

MAKER_SHAPE_CASES = [
    # a report and a study are one document named by either word in turn
    ('Premiums rose 40 percent, according to a report by Harbor Health released on Monday.'
     ' The study looked at plans in every state. "Young buyers pay the most," the study said.',
     ("Harbor Health", "organisation")),
    ('A study by the Lakeview Institute came out on Friday. Its authors spoke to farmers.'
     ' "Yields fell in every county," the report said.', ("Lakeview Institute", "organisation")),
    # the issuer as the subject of a clause after "that" or a subordinator
    ('Harbor schools saw more threats. Indeed, the problem grew so large that the HLA issued a'
     ' report on it in October. "At least 80 schools were targeted," the report explained.',
     ("HLA", "organisation")),
    # the day the document came out, written after its maker's name
    ('Ann Roe spoke in Iowa. A digital ad launched by Roe Saturday contrasts her record with'
     ' Tom Reyes\'s. The ad says she "built the pier."', ("Ann Roe", "person")),
    # who issued the document the mention names, in its own sentence, by a pronoun
    ('Ann Roe spoke to reporters on Monday. She later released a statement calling the plan'
     ' "a betrayal of the harbor."', ("Ann Roe", "person")),
    # a correction is a document
    ('This is my favourite New York Times correction. "The mayor owns two cats, not three,"'
     ' the correction reads.', ("The New York Times", "media")),
    # an order in the possessive is its owner's
    ('Gov. Ann Roe signed the rule on Friday. The governor\'s order says beaches "must close'
     ' at sunset."', ("Ann Roe", "person")),
]


@pytest.mark.parametrize(("text", "expected"), MAKER_SHAPE_CASES)
def test_a_document_speaks_for_the_maker_the_article_names(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected



# --- a part or the voice of a document speaks for its maker: "the report's summary", "the
# ad's narrator"; and a maker that introduces a document in a relative clause ---------------

DOCUMENT_PART_CASES = [
    # a part of a document, in the possessive or with "of"
    ('A report by the Harbor League came out on Monday. "Fees rose in every county," the'
     ' report\'s summary says.', ("Harbor League", "organisation")),
    ('The Harbor League issued a report on Monday. "Fees rose in every county," the summary'
     ' of the report says.', ("Harbor League", "organisation")),
    ('The Lakeview Institute published a study on Friday. "Yields fell," the study\'s'
     ' conclusion reads.', ("Lakeview Institute", "organisation")),
    # the voice of an ad, in the possessive, with "in", or alone beside an ad named near
    ('Ann Roe launched an ad on Monday. "Tom Reyes voted no," the ad\'s narrator says.',
     ("Ann Roe", "person")),
    ('Ann Roe launched an ad on Monday. "Tom Reyes voted no," the narrator in the ad says.',
     ("Ann Roe", "person")),
    ('A new ad launched by Ann Roe attacks Tom Reyes. "He voted no," the narrator says.',
     ("Ann Roe", "person")),
    ('The spot was paid for by the Harbor League. "Tom Reyes voted no," intones the announcer.',
     ("Harbor League", "organisation")),
    # a maker that puts out the document in a relative clause after its name: not the person
    # named first in the sentence, nor the one who leads it
    ('Ann Roe is under fire from Harbor Voices, a liberal group led by Tom Reyes that is'
     ' running an ad against her. "She broke her word," the narrator says in the ad.',
     ("Harbor Voices", "organisation")),
    ('Ann Roe is under fire from Harbor Voices, a liberal group led by Tom Reyes that is'
     ' running an ad against her. The ad says she "broke her word."',
     ("Harbor Voices", "organisation")),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_PART_CASES)
def test_a_part_or_the_voice_of_a_document_speaks_for_its_maker(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a narrator with no document near: a film's, a book's
    ('The film opens on a quiet farm. "It was a cold spring," the narrator says.',
     ("narrator", "unknown")),
    # a summary of no document
    ('The judge read the charges aloud. "He took the money," the summary says.',
     ("summary", "unknown")),
])
def test_a_voice_or_part_with_no_document_near_is_no_maker(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected
