"""The words before or around a name are read as what they are (issue 11): a modifier ("the
late", "an exhausted"), a title's department ("Secretary of Homeland Security") or a place
that is a given name ("Georgia Smith") never leaves a fragment or the wrong person as the
speaker. Each case is a sentence written for the test, with the last quote's speaker."""

from __future__ import annotations

import pytest

from tests.analyze.sentences import last_actor, quotes_of

DESCRIPTION_CASES = [
    # "the late" describes the person after it; "late Friday" stays a time
    ('"We will rebuild the harbour," said the late Rep. Tom Reyes, who died in May.',
     "Tom Reyes", "Rep."),
    ('"We will rebuild the harbour," said the late Sen. Ruth Vail.', "Ruth Vail", "Sen."),
    ('"We will rebuild the harbour," the late Sen. Ruth Vail said in 2010.', "Ruth Vail",
     "Sen."),
    ('"It was a long day," said Tom Reyes late Friday.', "Tom Reyes", None),
    # adjectives and a party or country word before a person's head after an inverted cue
    ('"The budget is a disgrace," said a freshman Republican senator.',
     "freshman Republican senator", "senator"),
    ('"The budget is a disgrace," said a freshman Democratic lawmaker from Ohio.',
     "freshman Democratic lawmaker", "lawmaker"),
    ('"The ward is full every night," said an exhausted nurse.', "exhausted nurse", None),
    ('"The ward is full every night," said a weary doctor.', "weary doctor", None),
    ('"The ward is full every night," said the exhausted nurse.', "exhausted nurse", None),
    ('"The ward is full every night," said a young Syrian refugee.', "young Syrian refugee",
     None),
    ('"The ward is full every night," said one frustrated parent.', "one frustrated parent",
     None),
    # the first lady is a title, "lady" no honorific
    ('"The school stays open," First lady Ruth Vail said on Monday.', "Ruth Vail",
     "First lady"),
    ('"The school stays open," the first lady, Ruth Vail, said.', "Ruth Vail", "first lady"),
    ('"The school stays open," said first lady Ruth Vail.', "Ruth Vail", "first lady"),
    ('"The school stays open," the first lady said on Monday.', "first lady", None),
    ('"The school stays open," said the first lady.', "first lady", None),
    # "Acting" and "Former" open a title, and a title's department is no part of the name
    ('"We are ready," Acting United States Secretary of Homeland Security Ann Roe said.',
     "Ann Roe", "Acting United States Secretary of Homeland Security"),
    ('"We are ready," said Acting Secretary of Homeland Security Ann Roe.', "Ann Roe",
     "Acting Secretary of Homeland Security"),
    ('"We are ready," Secretary of Veterans Affairs Tom Reyes said.', "Tom Reyes",
     "Secretary of Veterans Affairs"),
    ('"We are ready," Former Sen. Ann Roe said.', "Ann Roe", "Former Sen."),
    ('"We are ready," said Secretary of State Ann Roe.', "Ann Roe", "Secretary of State"),
    ('"We are ready," Speaker of the House Ann Roe said.', "Ann Roe", "Speaker of the House"),
    ('"We are ready," Jack White said.', "Jack White", None),
]


@pytest.mark.parametrize(("text", "name", "role"), DESCRIPTION_CASES)
def test_the_words_before_a_name_are_read_as_what_they_are(text, name, role, knowledge):
    a = last_actor(text, knowledge)
    assert (a.name, a.role) == (name, role)


def test_a_known_head_after_a_description_needs_no_boundary(knowledge):
    quotes = quotes_of('It was the claim by a potential president that someone "ought to look '
                       'into" the judge.', knowledge)
    assert quotes and quotes[-1].speaker == "a potential president"


def test_late_friday_after_a_cue_is_no_speaker(knowledge):
    quotes = quotes_of('"It is done," he said late Friday.', knowledge)
    assert quotes and quotes[-1].speaker == "he"


PLACE_NAME_CASES = [
    # a place that is a given name before a surname is the person's given name
    ('"It was a great night," said Georgia Smith.', "Georgia Smith", "person", None),
    ('"It was a great night," said Georgia K. Smith, a student.', "Georgia K. Smith", "person",
     None),
    ('"The vote was close," Virginia Foxx said.', "Virginia Foxx", "person", None),
    ('"The vote was close," Carolina Reyes said.', "Carolina Reyes", "person", None),
    # ... not before a title, a party word or an organisation's word
    ('"The vote was close," Virginia Gov. Ruth Vail said.', "Ruth Vail", "person",
     "United States"),
    ('"The vote was close," Virginia Sen. Ann Roe said.', "Ann Roe", "person", "United States"),
    ('"The vote was close," said Georgia Republican Ann Roe.', "Ann Roe", "person", "Georgia"),
    ('"The campus is safe," Virginia Tech said in a statement.', "Virginia Tech",
     "organisation", None),
    ('"The campus is safe," Georgia Tech said in a statement.', "Georgia Tech",
     "organisation", None),
    ('"Enrolment is up," said a statement from Florida Atlantic University.',
     "Florida Atlantic University", "organisation", None),
]


@pytest.mark.parametrize(("text", "name", "kind", "country"), PLACE_NAME_CASES)
def test_a_place_that_is_a_given_name_opens_the_name(text, name, kind, country, knowledge):
    a = last_actor(text, knowledge)
    assert (a.name, a.kind) == (name, kind)
    if country:
        assert a.country == country


FAMILY_CASES = [
    ('"He was a kind man," Smith\'s family said in a statement.', "Smith's family"),
    ('"He was a kind man," Tom Reyes’s family said.', "Tom Reyes’s family"),
    ('"She loved this town," Ann Roe\'s family said on Friday.', "Ann Roe's family"),
    ('"He was a kind man," the Smith family said.', "Smith family"),
    ('"He was a kind man," said the Reyes family.', "Reyes family"),
    ('"He was a kind man," the family said in a statement.', "family"),
    ("The family say the council ignored every warning about the bridge.", "family"),
]


@pytest.mark.parametrize(("text", "name"), FAMILY_CASES)
def test_a_family_speaks_not_the_person_it_is_named_after(text, name, knowledge):
    a = last_actor(text, knowledge)
    assert (a.name, a.kind) == (name, "group")


def test_a_named_persons_office_speaks_as_that_persons_office(knowledge):
    a = last_actor('"He was a kind man," Smith\'s office said.', knowledge)
    assert (a.name, a.kind) == ("Smith's office", "organisation")


# --- a common noun for a person opening a sentence before a name is no part of the name ----

ROLE_OPENING_CASES = [
    ("The fair closed early. Neighbor Ruth Vail said the fire started in a shed.",
     ("Ruth Vail", "person")),
    ('The fair closed early. Volunteer Tom Reyes said the crowd "never stopped coming."',
     ("Tom Reyes", "person")),
    ('Shots rang out. Witness Carla Pike, 41, said she "heard three bangs."',
     ("Carla Pike", "person")),
    ('The rink reopened. Coach Tom Reyes said the team "is ready."', ("Tom Reyes", "person")),
    ('The rink reopened. Skater Ann Roe said the ice "feels new."', ("Ann Roe", "person")),
    # the name keeps its form when the article names the person again
    ('Neighbor Ruth Vail said the fire started in a shed. "It was fast," Vail said.',
     ("Ruth Vail", "person")),
    # negatives: a title a name keeps, a body's word, a demonym, a word before no given name
    ('The fair closed early. Rabbi Ruth Vail said the fire "was a warning."',
     ("Rabbi Ruth Vail", "person")),
    ('The port grew. Government Harbour Authority said the port "will grow again."',
     ("Government Harbour Authority", "organisation")),
    ('The port grew. The Norwegian Harbour Council said the port "will grow again."',
     ("Norwegian Harbour Council", "organisation")),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_OPENING_CASES)
def test_a_person_noun_opening_a_sentence_is_no_part_of_the_name(text, expected, knowledge):
    actor = last_actor(text, knowledge)
    assert (actor.name, actor.kind) == expected
