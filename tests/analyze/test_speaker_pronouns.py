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
