"""A "he" or "she" that speaks, resolved to the person a careful reader names: each case is
a sentence written for the test, with the speaker of its last quote.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import last_speaker

# --- someone unnamed who acts on a "him" or "her" is not whom the next "he" or "she" is ------
# ("A clerk told her she owed a fee. “…,” she says" is the one told, named before)
OBJECT_PRONOUN_CASES = [
    ("an official told her",
     "Ann Roe studied nursing at a city college. She thought she had enough credits, she "
     "says. Then a college official told her she owed the school a late fee.\n\n"
     "\u201cI had to pay it all back,\u201d she says.", ("Ann Roe", "person")),
    ("a clerk asked him to wait",
     "Tom Reyes came to the county office on Monday to file his papers, he said. A clerk "
     "asked him to wait outside.\n\n\u201cI waited for four hours,\u201d he said.",
     ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OBJECT_PRONOUN_CASES)
def test_an_unnamed_speaker_acting_on_the_pronoun_is_not_it(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


# --- one described inside quotation marks is no one a pronoun points back to ---------------
# ("'... one woman. A woman who taught us,' she said" is the one quoted, not "a woman")
QUOTED_DESCRIPTION_CASES = [
    ("a description inside the quotation",
     "Rev. Ann Roe gave the homily. \u201cWe came today for one woman. A woman who taught "
     "half this town to read,\u201d she said.", ("Ann Roe", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUOTED_DESCRIPTION_CASES)
def test_a_description_inside_a_quotation_is_no_antecedent(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


# --- a description that opens the main clause after an adverbial is the sentence's subject ---
# ("At times, the president tried ... At one point, he called" is the president, not someone
# named in the sentence before)
FRONTED_DESCRIPTION_CASES = [
    ("the president after 'At times,'",
     "President Tom Reyes held a news conference on Thursday. Questions now reach past his "
     "adviser Sam Vale, who left the post last week.\n\nAt times, the president tried to "
     "blame the press for the story.\n\nAt one point, he called the story "
     "\u201ca hoax.\u201d", ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), FRONTED_DESCRIPTION_CASES)
def test_a_description_after_an_opening_adverbial_is_the_subject(label, text, expected,
                                                                 knowledge):
    assert last_speaker(text, knowledge) == expected


# --- an unnamed one a sentence opens with "Another" or "One" is who a "he" or "she" after it
# is, as one opened by "A" is ("Another woman at the scene said ... she said") -------------
OPENED_UNNAMED_CASES = [
    ("'Another' opening the sentence",
     "Council President Ann Roe spoke at the church. Another woman at the scene said the "
     "unrest was the result of years of neglect. \u201cThey have been taking our folks for too "
     "long,\u201d she said.", ("Another woman at the scene", "anonymous")),
    ("'One' opening the sentence",
     "Mayor Ann Roe toured the site. One woman in the crowd said the fire began at noon. "
     "\u201cI heard a blast,\u201d she said.", ("One woman in the crowd", "anonymous")),
    # negative: a "he" is no woman introduced so
    ("a pronoun of the other gender",
     "Mayor Tom Reyes toured the site. Another woman at the scene said the fire began at noon. "
     "\u201cI heard a blast,\u201d he said.", ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OPENED_UNNAMED_CASES)
def test_an_unnamed_one_opening_a_sentence_is_the_pronoun(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a description set off before a "he" or "she" is whom that pronoun is -------------------
# ("Ann Roe is wary. A nurse since 1990, she doubts ... “…,” she says" is Roe, not "a nurse")
APPOSED_DESCRIPTION_CASES = [
    ("a community activist, he doubts",
     "Outside the library on Main Street, Tom Reyes is skeptical. A community activist "
     "since the 1980s, he doubts that the new plan will change much.\n\n\u201cThe problem "
     "runs deep,\u201d he says.", ("Tom Reyes", "person")),
    ("a retired teacher, she ran",
     "Ann Roe has lived on the block for 40 years. A retired teacher, she ran the tenants' "
     "group until last spring.\n\n\u201cNobody asked us,\u201d she said.",
     ("Ann Roe", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), APPOSED_DESCRIPTION_CASES)
def test_a_description_set_off_before_the_pronoun_is_no_one_else(label, text, expected,
                                                                  knowledge):
    assert last_speaker(text, knowledge) == expected


# --- a person the quoted words are said of is not the "he" or "she" set off after them -------
# ("Sam Vale “broke the rules,” he says" is someone else speaking of Vale)
SAID_OF_CASES = [
    ("a partial quotation about a rival",
     "Tom Reyes says every candidate should accept the result. Sam Vale \u201cdid not accept "
     "the rules after the fact,\u201d he says.", ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), SAID_OF_CASES)
def test_the_one_quoted_words_are_said_of_is_not_the_pronoun(label, text, expected,
                                                             knowledge):
    assert last_speaker(text, knowledge) == expected


# --- one person named after a preposition, beside a "he" or someone of the other gender ----
# ("He sent texts to Ms. Roe about Mr. Trump. She testified" is Roe: "Ms." says who she is)
OBLIQUE_OF_GENDER_CASES = [
    ("texts to Ms. Roe, a surname two people share",
     "Lisa Roe, a former agency lawyer, testified last week. So did Tom Vale. Her cousin, "
     "Carl Roe, did not.\n\nMr. Roe has denied any role.\n\nMr. Vale acknowledged that "
     "Mrs. Clinton was not a target of the inquiry.\n\nHe also disputed claims that his "
     "texts to Ms. Roe showed bias toward Mr. Trump.\n\nShe testified that a text she sent "
     "called the plan \u201ca menace.\u201d", ("Lisa Roe", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OBLIQUE_OF_GENDER_CASES)
def test_one_of_the_gender_after_a_preposition_is_the_pronoun(label, text, expected,
                                                              knowledge):
    assert last_speaker(text, knowledge) == expected


# --- no name inside a participial phrase before a "he" or "she" is that pronoun -------------
# ("Wearing a Sam Vale jersey, he told the room" is not Vale: the one wearing it is "he")
PARTICIPIAL_PHRASE_CASES = [
    ("wearing the jersey of",
     "Before the vote in July, Tom Reyes stood up to speak. Wearing the jersey of football "
     "player Sam Vale, he told the room he had \u201cmixed emotions.\u201d",
     ("Tom Reyes", "person")),
    ("echoing a complaint",
     "Tom Reyes spoke for an hour on Monday. Echoing Sam Vale's complaint, he said the plan "
     "was \u201cdead on arrival.\u201d", ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), PARTICIPIAL_PHRASE_CASES)
def test_no_name_in_a_participial_phrase_is_the_pronoun(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected
