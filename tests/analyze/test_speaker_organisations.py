"""Organisations and groups as speakers (issue 11), class by class: each case is a sentence
written for the test. A case gives the text and, for its last quote, the speaker's canonical
name and kind (or what the name must not be, for a negative case).
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import quotes_of


def _last(text, knowledge):
    """Give the last quote's speaker as (name, kind), or None without one."""
    actor = quotes_of(text, knowledge)[-1].actor
    return None if actor is None else (actor.name, actor.kind)


# --- universities and institutions are organisations, never persons ------------------------

INSTITUTION_CASES = [
    ('"We will review the decision," Harvard said in a statement.',
     ("Harvard University", "organisation")),
    ('"We are proud of our students," Stanford said.', ("Stanford University", "organisation")),
    ('"The prime minister was briefed," Downing Street said.',
     ("Downing Street", "organisation")),
    ('"Talks will go on," Number 10 said.', ("Downing Street", "organisation")),
    ('"The rules are clear," the Vatican said.', ("Vatican", "organisation")),
    ('"Biden leads by four points," Gallup said.', ("Gallup", "organisation")),
    # negatives: a given name that is also a university opens a person's name
    ('"Diplomacy works," Princeton Lyman said.', ("Princeton Lyman", "person")),
    ('"The court erred," Yale K. Smith said.', ("Yale K. Smith", "person")),
    ('Harvard Smith, a farmer, watched the rain.\n\n"It has been a hard year," Smith said.',
     ("Harvard Smith", "person")),
    ('"The results are in," Harvard economist Ann Roe said.', ("Ann Roe", "person")),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTION_CASES)
def test_an_institution_is_an_organisation_and_a_name_stays_a_person(text, expected,
                                                                      knowledge):
    assert _last(text, knowledge) == expected


# --- the last word of an organisation's name: Capital, Strategies, Action, Labs, School -----

ENDING_CASES = [
    ('"The market is overheated," Bluewater Capital said in a note.',
     ("Bluewater Capital", "organisation")),
    ('"We oppose the merger," Redwood Strategies said.', ("Redwood Strategies", "organisation")),
    ('"We will sue," Voter Action said.', ("Voter Action", "organisation")),
    ('"We expect growth," Lakeside Labs said.', ("Lakeside Labs", "organisation")),
    ('"We will appeal," Harvard Law School said.', ("Harvard Law School", "organisation")),
    ('"The rules are clear," said the Committee for Open Budgets.',
     ("Committee for Open Budgets", "organisation")),
    # negatives: the organisation says where a person named after it works
    ('"We expect growth," Professor Ana Ruiz of Lakeside Labs said.', ("Ana Ruiz", "person")),
    ('"We expect growth," Walton Foundation President Ana Ruiz said.', ("Ana Ruiz", "person")),
    ('"We expect growth," Capital Police Chief Tom Reyes said.', ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("text", "expected"), ENDING_CASES)
def test_a_name_ending_in_an_organisation_word_is_an_organisation(text, expected, knowledge):
    assert _last(text, knowledge) == expected


# --- two organisations that speak together are one joint group -------------------------------

JOINT_CASES = [
    ('"The threat is real," DHS and ODNI said in a joint statement.',
     ("Homeland Security Department and ODNI", "group")),
    ('"The threat is real," the FBI and the Secret Service said.',
     ("FBI and Secret Service", "group")),
    ('"The data is clear," the Brennan Institute and the Walton Foundation said.',
     ("Brennan Institute and Walton Foundation", "group")),
    # negatives: a title with "and" in it; two people stay people
    ('"We disagree," Health and Human Services Secretary Alex Azar said.',
     ("Alex Azar", "person")),
    ('"We disagree," Tom Reyes and Maria Olsen said.', ("Tom Reyes and Maria Olsen", "group")),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_CASES)
def test_two_organisations_speak_as_one_group(text, expected, knowledge):
    assert _last(text, knowledge) == expected


def test_a_joint_group_takes_the_type_the_one_known_body_has(knowledge):
    actor = quotes_of('"The threat is real," DHS and ODNI said.', knowledge)[-1].actor
    assert actor is not None and actor.type == "government"


# --- a description finds the organisation it can name, not just the nearest ----------------

NOT_DESCRIBED_CASES = [
    # a university is "the university", never "the group"
    ("Yale University opened a new library this year. A parents' group sued.\n\n"
     '"We will appeal," the group said.', "Yale University"),
    # "his campaign" is no "Campaign Committee": a description's head heads the name
    ("The Progressive Change Campaign Committee endorsed Tom Reyes on Monday.\n\n"
     '"We are grateful," his campaign said.', "Progressive Change Campaign Committee"),
    # an organisation before a title says where the person works: no antecedent of "they"
    ("House Ethics Committee Chairman Tom Reyes and Rep. Maria Olsen wrote to the agency.\n\n"
     '"We want answers," they said.', "House Ethics Committee"),
    # the person an organisation's name qualifies is whom "who" stands for
    ('"This is a win," ACLU lawyer Ana Ruiz, who argued the case, said.',
     "American Civil Liberties Union"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_DESCRIBED_CASES)
def test_a_description_or_pronoun_does_not_take_an_organisation_it_cannot_be(text, wrong,
                                                                            knowledge):
    assert all(q.actor is None or q.actor.name != wrong for q in quotes_of(text, knowledge))


def test_the_committee_is_the_committee_named_before(knowledge):
    text = 'The Acme Ethics Committee met on Monday.\n\n"We will act," the committee said.'
    assert _last(text, knowledge) == ("Acme Ethics Committee", "organisation")


# --- an organisation the text introduces by a description, named later by it ---------------

DESCRIBED_CASES = [
    ('MoveOn, a liberal advocacy group, launched a campaign on Monday.\n\n'
     '"This is a disgrace," the group said.', ("MoveOn", "organisation")),
    ('The liberal watchdog group Public Citizen filed a lawsuit.\n\n'
     '"The order is unlawful," the group said.', ("Public Citizen", "organisation")),
    ('Judicial Watch, a conservative legal group that has sued the agency, wants the emails.\n\n'
     '"They must be released," the group said.', ("Judicial Watch", "organisation")),
    ('Orbital, a software company based in Ohio, cut 200 jobs.\n\n'
     '"It was hard," the company said.', ("Orbital", "organisation")),
    ('MoveOn, a liberal advocacy group, launched a campaign.\n\n'
     '"This is a disgrace," MoveOn said.', ("MoveOn", "organisation")),
    ('The dinner was hosted by a group called Tidy Streets.\n\n'
     '"Clean the parks," the group said.', ("Tidy Streets", "organisation")),
    ('Harbor Ship Management said the tanker was hit.\n\n'
     '"The crew is safe," the company said.', ("Harbor Ship Management", "organisation")),
    # negatives: a person described by where they work stays a person
    ('Ana Ruiz, a company spokeswoman, spoke to reporters.\n\n"We will recover," Ruiz said.',
     ("Ana Ruiz", "person")),
    ('Tom Reyes, a member of the group, left early.\n\n"I am tired," Reyes said.',
     ("Tom Reyes", "person")),
    ('The company CEO Ana Ruiz spoke on Monday.\n\n"We will grow," Ruiz said.',
     ("Ana Ruiz", "person")),
    # a foundation named after someone is no reason to make that surname the foundation
    ('The Reyes Foundation gave $2 million to the school.\n\n"It will help," Reyes said.',
     ("Reyes", "person")),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_CASES)
def test_an_organisation_introduced_by_a_description_is_found_again(text, expected,
                                                                     knowledge):
    assert _last(text, knowledge) == expected
