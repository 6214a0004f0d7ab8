"""One person is one voice (issue 11): a later mention that names a person the article named in
full, written another way, is that person; two people are never one. Each case is a sentence
written for the test; a case gives the text and the last quote's speaker name (None: no
speaker), or the speakers of every quote.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of


def _last_name(text, knowledge):
    names = names_of(text, knowledge)
    assert names, "no quote found"
    return names[-1]


# --- a surname misspelt in the article's own text --------------------------------------------

MISSPELT_CASES = [
    ("two letters swapped",
     'Campaigner Dorothea Vanderslice spoke at the rally. "We will not back down," '
     'Vandersilce said.', "Dorothea Vanderslice"),
    ("a letter added",
     'Rep. Tomas Arguelo, D-N.M., opposed the plan. "This is a land grab," Arguello said '
     'on Tuesday.', "Tomas Arguelo"),
    ("a letter dropped",
     'Senator Miriam Kowalczyk voted no. "I cannot support this bill," Kowalcyk told '
     'reporters.', "Miriam Kowalczyk"),
    ("an accent dropped",
     'Mayor Inés Peñalosa opened the bridge. "It took ten years," Penalosa said.',
     "Inés Peñalosa"),
    ("two edits in a long name",
     'Attorney Bartholomew Szczepanski filed the suit. "The law is clear," Szczepansky '
     'said.', "Bartholomew Szczepanski"),
    # negatives: never a join between two people, nor of a short name, a word or another letter
    ("two people fit", 'Sen. Dora Haskell and Sen. Rick Haskell met on Monday. "We agree on '
     'the budget," Haskel said.', "Haskel"),
    ("a short name is another name",
     'Sen. Marco Ruvio spoke first. "The bill is dead," Rubin said.', "Rubin"),
    ("another first letter",
     'Professor Lena Marchetti spoke first. "The data are clear," Barchetti said.',
     "Barchetti"),
    ("a given name is no misspelling",
     'Officer Dana Colling spoke first. "Nobody was hurt," Collin said.', "Collin"),
    ("a surname seen exactly is that person",
     'Analyst Rhea Morrissey and analyst Ted Morrisey spoke. "Prices will fall," Morrisey '
     'said.', "Ted Morrisey"),
]


@pytest.mark.parametrize(("label", "text", "name"), MISSPELT_CASES)
def test_a_misspelt_surname_is_the_one_person_it_misspells(label, text, name, knowledge):
    assert _last_name(text, knowledge) == name, label


# --- generational suffixes and middle names --------------------------------------------------

SUFFIX_CASES = [
    ("Jr. then the surname",
     '"The wall will cut our land in two," said Amos Tillery Jr., the tribal chairman. '
     '"We were here first," Tillery said.', ["Amos Tillery Jr.", "Amos Tillery Jr."]),
    ("Jr. before the cue",
     '"We were here first," Amos Tillery Jr. said on Monday. "The wall will cut our land," '
     'Tillery added.', ["Amos Tillery Jr.", "Amos Tillery Jr."]),
    ("Jr. set off by commas",
     '"We were here first," said Amos Tillery, Jr., on Monday. "The wall will cut our '
     'land," Tillery added.', ["Amos Tillery Jr.", "Amos Tillery Jr."]),
    ("Jr. set off by commas before an apposition",
     'Amos Tillery, Jr., the tribal chairman, spoke on Monday. "The wall will cut our '
     'land," Tillery said.', ["Amos Tillery Jr."]),
    ("Sr. written without its period",
     'Judge Walter Pryce Sr spoke on Friday. "The court has ruled," Pryce said.',
     ["Walter Pryce Sr."]),
    ("III after a surname that is a title",
     'Martin Elroy King III spoke at the memorial. "My father had a dream," King said.',
     ["Martin Elroy King III"]),
    ("Jr. after a surname that is a title",
     'Martin Elroy King Jr. spoke in 1968, and he said riots were the language of the '
     'unheard. "A riot is the language of the unheard," said King.',
     ["Martin Elroy King Jr.", "Martin Elroy King Jr."]),
    ("the surname and its suffix",
     '"I never said that," Glen Abbot Jr. said. "It is a witch hunt," Abbot Jr. added.',
     ["Glen Abbot Jr.", "Glen Abbot Jr."]),
    ("a middle name",
     'Justices Ruth Halden Brisco and Ana Ortiz dissented. "The cross is a Christian '
     'symbol," Brisco wrote.', ["Ruth Halden Brisco"]),
    ("a middle initial",
     'Daniel K. Zavala was sentenced on Friday. "I am sorry," Zavala said.',
     ["Daniel K. Zavala"]),
    ("a middle initial after a given name no table holds",
     'Dmitri K. Zavala was sentenced on Friday. "I am sorry," Zavala said.',
     ["Dmitri K. Zavala"]),
    ("Jr. set off by commas between a quotation and its cue",
     '“We were here first,” Amos Tillery, Jr., said.', ["Amos Tillery Jr."]),
    ("Sr. set off by commas before a cue and a day",
     '“The river is ours,” Walter Pryce, Sr., said on Monday.', ["Walter Pryce Sr."]),
    ("III set off by commas after straight marks",
     '"My father built this road," Hollis Meeker, III, told the board.',
     ["Hollis Meeker III"]),
    ("Jr. set off by commas before a cue, the quotation after",
     'Ned Barlow, Jr., said the plant would close. “It is a sad day,” Barlow said.',
     ["Ned Barlow Jr.", "Ned Barlow Jr."]),
    ("Jr. set off by commas, then an apposition, between a quotation and its cue",
     '“The woods will find him,” Amos Tillery, Jr., founder of a tracking school in Maine, '
     'told the paper.', ["Amos Tillery Jr."]),
    ("III set off by commas, then an apposition, before the cue",
     '“The river is ours,” Hollis Meeker, III, the tribal chairman, said on Monday.',
     ["Hollis Meeker III"]),
    # negatives: an age or a state set off by commas is no suffix; a name without one keeps none
    ("an age set off by commas",
     '“We were here first,” Walter Pryce, 54, said.', ["Walter Pryce"]),
    ("a state set off by commas",
     '“We were here first,” said Walter Pryce of Selma, Ala.', ["Walter Pryce"]),
    ("no suffix",
     '“We were here first,” Amos Tillery, the chairman, said.', ["Amos Tillery"]),
    # negatives: a son is not his father
    ("the father named too: the surname alone is the father's",
     '"I never said that," Glen Abbot Jr. told reporters. Mayor Glen Abbot said on Monday '
     'that he was proud. "He is a good boy," Abbot said.',
     ["Glen Abbot Jr.", "Glen Abbot", "Glen Abbot"]),
    ("the father and the son speak apart",
     '"I stand by my son," Glen Abbot said. "I stand by my father," Glen Abbot Jr. said.',
     ["Glen Abbot", "Glen Abbot Jr."]),
]


@pytest.mark.parametrize(("label", "text", "names"), SUFFIX_CASES)
def test_a_suffixed_name_is_one_voice_and_never_the_fathers(label, text, names, knowledge):
    assert names_of(text, knowledge) == names, label


def test_a_known_officials_son_is_not_the_official(knowledge):
    text = '"I never said that," Donald Trump Jr. said. "It is a witch hunt," Trump Jr. added.'
    assert names_of(text, knowledge) == ["Donald Trump Jr.", "Donald Trump Jr."]


# --- a table holder's suffix: kept where it alone tells two holders apart ----------------------
# The officials table's usual names leave the suffix out ("Joe Kennedy" for Joseph P. Kennedy
# III); where another holder of the same name is in the table, the suffix the article writes
# is the person's name. Where no other holder shares the name, the suffix goes (a house
# style's "Jr." is no distinction, and one person stays one voice); the rest of the name is
# the article's own form ("Robert P. Casey").

TABLE_SUFFIX_CASES = [
    ("III, where the table holds II", 'Rep. Joe Kennedy III spoke at the rally. "We will not '
     'back down," Kennedy said.', ["Joe Kennedy III"]),
    ("III after the cue", '"The port will stay open," said Sen. Connie Mack III of Florida.',
     ["Connie Mack III"]),
    ("IV, the table holding III", '"The port will stay open," Rep. Connie Mack IV said.',
     ["Connie Mack IV"]),
    ("III, the table holding the grandfather", '"The pipeline will be built," Rep. Nick '
     'Begich III said.', ["Nick Begich III"]),
    # negatives: a suffix no other table holder needs, and a name written without one
    ("III no other holder needs", '"The mine will stay open," said Sen. Joe Manchin III.',
     ["Joe Manchin"]),
    ("Jr. as a house style", '"The plan is fair," Sen. Robert P. Casey Jr. said.',
     ["Robert P. Casey"]),
    ("no suffix written", '"The port will stay open," said Rep. Joe Kennedy of '
     'Massachusetts.', ["Joe Kennedy"]),
]


@pytest.mark.parametrize(("label", "text", "names"), TABLE_SUFFIX_CASES)
def test_a_table_holders_suffix_stays_where_it_tells_two_apart(label, text, names, knowledge):
    assert names_of(text, knowledge) == names, label


# --- a family name written first -------------------------------------------------------------

FAMILY_FIRST_CASES = [
    ("three words",
     'Party leader Pak Song Chol met the envoy on Friday. "We will open a new history," '
     'Pak said.', "Pak Song Chol"),
    ("a hyphened given name",
     'President Ryu Jae-won met the envoy on Friday. "Peace is near," Ryu said.',
     "Ryu Jae-won"),
    ("a given name no table holds",
     'Sen. Ottoline Brack opened the show. "Colour is back," Ottoline said.',
     "Ottoline Brack"),
    # negatives: two people open with the word, or someone has it as a surname
    ("two people open with it",
     'Pak Song Chol met Pak Ui Chun on Friday. "We will open a new history," Pak said.',
     "Pak"),
    ("a surname of someone else",
     'Pak Song Chol met envoy Lee Pak on Friday. "We will open a new history," Pak said.',
     "Lee Pak"),
]


@pytest.mark.parametrize(("label", "text", "name"), FAMILY_FIRST_CASES)
def test_a_family_name_written_first_is_the_person(label, text, name, knowledge):
    assert _last_name(text, knowledge) == name, label


@pytest.mark.parametrize(("name", "surname", "written"), [
    ("Ned Tillery Jr.", "Tillery", "Ned Tillery Jr."),
    ("Ned Tillery jr", "Tillery", "Ned Tillery Jr."),
    ("Martin Elroy King III", "King", "Martin Elroy King III"),
    ("Walter Pryce Sr", "Pryce", "Walter Pryce Sr."),
    ("Ann Roe", "Roe", "Ann Roe"),
    ("Jr.", "Jr.", "Jr."),  # no name but the suffix: left as it is
])
def test_a_name_is_indexed_by_its_surname_before_the_suffix(name, surname, written):
    from reportgen.analyze.actors.names import surname_word, written_suffix

    assert (surname_word(name), written_suffix(name)) == (surname, written)


def test_a_surname_that_is_a_title_word_keeps_its_suffix():
    from reportgen.analyze.actors.names import parse_name, same_person

    assert parse_name("Abbot Jr.").surname == "Abbot"
    assert same_person("Abbot Jr.", "Glen Abbot Jr.")
    assert not same_person("Abbot Jr.", "Glen Abbot")


# --- an organisation's short form: the one organisation the article names in full -----------

SHORT_FORM_CASES = [
    ("a newspaper's last word",
     'The Carver County Gazette first reported the plan on Sunday. Officials did not deny it. '
     '"The talks went on for hours," the Gazette said.', "Carver County Gazette"),
    ("an outlet the knowledge holds",
     '"The talks went on for hours," The Washington Post reported. Officials did not deny it. '
     '"Nobody left the room," the Post said.', "The Washington Post"),
    ("an outlet named in passing, in a report's name",
     'A New York Times report described the talks. "Nobody left the room," the Times said.',
     "The New York Times"),
    ("a globe", 'The Carver County Globe first reported the plan. "Nobody left the room," '
     'the Globe said.', "Carver County Globe"),
    ("a chronicle", '"It was a scoop," the Dunmore Chronicle said. Officials did not deny it. '
     '"Nobody left the room," the Chronicle said.', "Dunmore Chronicle"),
    ("an institute named before",
     'The Hollis Research Institute published the study on Monday. "Most voters have not '
     'decided," the Institute said.', "Hollis Research Institute"),
    ("the full name in the possessive",
     'A report by the Carver County Gazette’s Ann Roe described the talks. "It was a scoop," '
     'the Gazette said.', "Carver County Gazette"),
    ("the full name opens a sentence",
     'Ann Roe spoke to CNN. The New York Times reported it first. "It was a scoop," the '
     'Times said.', "The New York Times"),
    ("the one name written before, another only after",
     'The Carver County Gazette first reported the plan. "Nobody left the room," the Gazette '
     'said. The Dunmore Gazette ran the story a day later.', "Carver County Gazette"),
    ("the one name written before, another later in the article",
     'Citing the memo, Harbor Radio and the Carver County Gazette reported the plan. Talks ran '
     'late into "the small hours," the Gazette said. The Dunmore Gazette later disputed it.',
     "Carver County Gazette"),
    ("the one name written in all, after the short form",
     '"Nobody left the room," the Gazette said. The Carver County Gazette ran the story.',
     "Carver County Gazette"),
    # negatives: two full names fit, or a body of a country, or a name no one gave in full
    ("two newspapers written before",
     'The Carver County Gazette and the Dunmore Gazette ran the story. Officials did not deny '
     'it. "Nobody left the room," the Gazette said. The Lakeview Gazette did not.', "Gazette"),
    ("two newspapers end in the word",
     'The Carver County Gazette and the Dunmore Gazette both ran the story. "It was a '
     'scoop," the Gazette said.', "Gazette"),
    ("a country's body is no short form",
     'The Texas Senate passed the bill. "The vote was close," the Senate said.', "Senate"),
    ("a one-word outlet is a whole name",
     'Ann Roe spoke to Reuters on Monday. "It was a scoop," the Reuters report said.',
     "Reuters"),
    ("no name before the word",
     'Members of the Committee met on Monday. "The vote was close," the Committee said.',
     "Committee"),
]


@pytest.mark.parametrize(("label", "text", "name"), SHORT_FORM_CASES)
def test_a_short_form_is_the_organisation_named_in_full(label, text, name, knowledge):
    assert _last_name(text, knowledge) == name, label


OFFICE_CASES = [
    ("her office", 'Sen. Ann Roe voted against the bill on Monday. "The senator will vote no '
     'again," her office said.', "Ann Roe's office"),
    ("his office", 'Mayor Tom Reyes released the plan on Monday. "The mayor is committed to '
     'safety," his office said in a statement.', "Tom Reyes's office"),
    ("his office after a possessive name", "Gov. Dale Pratt's aides met the press. \"The "
     'governor is pleased," his office said.', "Dale Pratt's office"),
    ("as the surname's office", 'Sen. Ann Roe voted against the bill on Monday. "The senator '
     'will vote no again," Roe\'s office said.', "Ann Roe's office"),
    ("a title and a name before the office", '"We will review the case," Speaker Tom Reyes\'s '
     'office said.', "Tom Reyes's office"),
    # the person still speaks after the office: "he added"
    ("the pronoun after the office", 'Speaker Tom Reyes met the mayor. "We will review the '
     'case," his office said. "The bill is dead," he added.', "Tom Reyes"),
    # negatives: no one of the pronoun's gender, no possessive pronoun
    ("no one of that gender", 'Sen. Tom Reyes voted against the bill on Monday. "The vote was '
     'wrong," her office said.', "her office"),
]


@pytest.mark.parametrize(("label", "text", "name"), OFFICE_CASES)
def test_his_office_is_the_office_of_the_person_the_pronoun_stands_for(label, text, name,
                                                                       knowledge):
    assert _last_name(text, knowledge) == name, label


ORGANISATION_DOCUMENT_CASES = [
    ("an institute's report",
     'The findings were stark. "Most voters have not decided," a Hollis Research Institute '
     'report said.', ("Hollis Research Institute", "organisation")),
    ("a service's report",
     '"The duty may be discretionary," a Congressional Research Service report said.',
     ("Congressional Research Service", "organisation")),
    ("an association's statement",
     '"Sales fell by a third," the National Widget Association statement said.',
     ("National Widget Association", "organisation")),
    # negatives: a person's document stays the person's, a common noun's names no one
    ("a person's statement", '"We will appeal," a Tom Reyes statement said.',
     ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), ORGANISATION_DOCUMENT_CASES)
def test_an_organisations_document_is_the_organisation(label, text, expected, knowledge):
    from tests.analyze.sentences import quotes_of

    a = quotes_of(text, knowledge)[-1].actor
    assert a is not None and (a.name, a.kind) == expected, label


ACCENT_AND_WORDLIKE_CASES = [
    # a surname written without its accents: any length, even a roster surname
    ("a short name without its accent",
     'Mayor Inés Peña spoke on Monday. "It took ten years," Pena said.', "Inés Peña"),
    ("a name with an accent the full name lacks",
     'Rep. Tomas Arguelo, D-N.M., opposed the plan. "This is a land grab," Argüelo said.',
     "Tomas Arguelo"),
    ("the exact surname of another person wins",
     'Mayor Inés Peña met Tom Pena on Monday. "It took ten years," Pena said.', "Tom Pena"),
    # a given name that is also a word, with its surname used alone later
    ("after an inverted cue",
     'The figures drew cries of disbelief from Jack Welby and other critics. "Unbelievable '
     'numbers," tweeted Welby, the former chief executive.', "Jack Welby"),
    ("before a cue",
     'He was released Saturday night, according to his attorney, Mark Dossett. "He was held '
     'for hours," Dossett said.', "Mark Dossett"),
    ("after an honorific",
     'Bill Hadley runs the shelter. "We are full," Mr. Hadley said.', "Bill Hadley"),
    # a given name that is a rarer word ("Eliot" is a word too), its surname used alone
    ("a rarer word as a given name",
     'The letter was organized by Eliot Marwick, a former adviser. Marwick told reporters '
     'he would abstain. "It will be the latter," Marwick wrote.', "Eliot Marwick"),
    ("the second of two people joined by and",
     'The debate will be moderated by Bret Baier, Dana Pike and Chris Wallby. Relentless, '
     'Wallby asked about the war seven times. "Would you have invaded?" Wallby said.',
     "Chris Wallby"),
    # negatives: no surname used alone, no name, a common word before the surname, a name
    # that continues an organisation's after "of"
    ("after of in an organisation's name",
     'Members of the Order of Saint Bastion met on Monday. "We pray," Bastion said.',
     "Bastion"),
    ("a common word before a surname used alone",
     'Police found the car near Central Parkhurst. "It was abandoned," Parkhurst said.',
     "Parkhurst"),
    ("a place named for a person",
     'Crowds filled Grant Park on Monday. "It was a fine day," a visitor said.', "visitor"),
]


@pytest.mark.parametrize(("label", "text", "name"), ACCENT_AND_WORDLIKE_CASES)
def test_an_accent_or_a_wordlike_given_name_keeps_one_voice(label, text, name, knowledge):
    assert _last_name(text, knowledge) == name, label


def test_a_byline_before_a_dash_is_no_part_of_an_outlets_name(knowledge):
    from reportgen.analyze.actors.reading import read_mention

    actor = read_mention("Ferguson - Carver County Globe", knowledge).actor
    assert actor is not None and (actor.name, actor.kind) == ("Carver County Globe", "media")


INITIALS_CASES = [
    ("initials run together after a title",
     'Deputy Adviser T.J. Varnell spoke on Monday. "We will act," Varnell said.',
     ["T.J. Varnell"]),
    ("initials run together in a narrative sentence",
     'Sen. J.R. Tolliver signed the letter. "It is a fraud," Tolliver said.',
     ["J.R. Tolliver"]),
    # negatives: an abbreviation of a country ends no name, a sentence still ends
    ("a country's abbreviation", 'The bill passed the U.S. House on Monday. "It is law," '
     'Sen. Ann Roe said.', ["Ann Roe"]),
]


@pytest.mark.parametrize(("label", "text", "names"), INITIALS_CASES)
def test_initials_run_together_are_part_of_the_name(label, text, names, knowledge):
    assert names_of(text, knowledge) == names, label
