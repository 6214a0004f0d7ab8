"""The speaker's name is a name (issue 11): no organisation read as a person, no junk, no
cut name, descriptions resolved to whom the article names. Each case is a sentence written for
the test; a case gives the text and the last quote's canonical speaker (name, kind).
"""

from __future__ import annotations

import pytest

from reportgen.analyze import analyze_article
from reportgen.models import Article


def _quotes(text, knowledge):
    art = Article("t", "t.txt", text, "Test", None, None, None, None)
    return analyze_article(art, knowledge).quotes


def _last(text, knowledge):
    quotes = _quotes(text, knowledge)
    assert quotes, "no quote found"
    a = quotes[-1].actor
    assert a is not None, "no speaker"
    return a


# --- organisations and groups as speakers: typed, never a person ----------------------------

ORGANISATION_CASES = [
    ("association",
     '"Demand for turbines is soaring," the National Widget Association said on Monday.',
     ("National Widget Association", "organisation")),
    ("foundation",
     'The Larkspur Foundation said the grants would go to rural schools.',
     ("Larkspur Foundation", "organisation")),
    ("coalition with a connective",
     '"The bill helps nobody," said the Coalition for Quiet Streets.',
     ("Coalition for Quiet Streets", "organisation")),
    ("council",
     'The Widget Council wrote in a report that sales had fallen by a third.',
     ("Widget Council", "organisation")),
    ("company with a legal form",
     'In a statement, Acme Widgets Inc. said it would appeal the ruling.',
     ("Acme Widgets Inc.", "organisation")),
    ("research centre",
     'The Hollis Research Center said that most voters had not decided.',
     ("Hollis Research Center", "organisation")),
    ("league of",
     '"Every vote must count," the League of Tidy Voters said.',
     ("League of Tidy Voters", "organisation")),
    ("a newspaper",
     'The Carver County Gazette reported that the mayor would resign.',
     ("Carver County Gazette", "media")),
    ("an acronym",
     '"We will not comment on the case," NWBA said in an email.',
     ("NWBA", "organisation")),
    ("the acronym with an article",
     '"Membership doubled last year," the NWBA said.',
     ("NWBA", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), ORGANISATION_CASES)
def test_an_organisation_is_no_person(label, text, expected, knowledge):
    a = _last(text, knowledge)
    assert (a.name, a.kind) == expected


GROUP_CASES = [
    ('Critics said the plan would raise rents.', "Critics"),
    ('"This is theft," Supporters of the mayor said.', None),
    ('Investigators said the fire started in the kitchen.', "Investigators"),
    ('Protesters chanted "No more cuts" outside the hall.', None),
    ('Prosecutors said the suspect had fled the state.', "Prosecutors"),
]


@pytest.mark.parametrize(("text", "name"), GROUP_CASES)
def test_people_named_by_a_plural_noun_are_a_group(text, name, knowledge):
    quotes = _quotes(text, knowledge)
    for q in quotes:
        if q.actor is not None:
            assert q.actor.kind == "group", q.actor
            assert name is None or q.actor.name == name


def test_a_surname_table_match_inside_a_longer_name_is_no_official(knowledge):
    text = '"The roads are closed," the Harris County Sheriff’s Department said.'
    a = _last(text, knowledge)
    assert a.kind == "organisation"
    assert "Kamala" not in a.name


def test_a_person_of_an_organisation_keeps_the_organisation(knowledge):
    text = '"Costs will rise," Ann Weil of the National Academy of Widget Policy said.'
    a = _last(text, knowledge)
    assert (a.name, a.kind, a.organisation) == (
        "Ann Weil", "person", "National Academy of Widget Policy")
