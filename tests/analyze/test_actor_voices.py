"""The voice check flags what a reader would call wrong in a briefing's voices, and only that.
Names and phrases are made up."""

import pytest

from reportgen.analyze.actors.voices import Voice, check_voices, not_a_name, variant_pairs

NOT_NAMES = [  # (name, kind, problem)
    ("Farmers hope to win back the county by", "unknown", "fragment"),
    ("and one neighbour", "unknown", "fragment"),
    ("between what Greens", "group", "fragment"),
    ("Some on", "unknown", "fragment"),
    ("local residents who", "unknown", "fragment"),
    ("two people familiar with the plan have", "anonymous", "fragment"),
    ("Her office", "organisation", "pronoun"),
    ("His team", "unknown", "pronoun"),
    ("Many", "unknown", "pronoun"),
    ("Wednesday", "person", "time"),
    ("Ariz", "person", "abbreviation"),
    ("QXRT", "person", "acronym"),
    ("JUST WATCHED", "person", "abbreviation"),
    ("Los Angeles Times", "person", "outlet"),
    ("The Nation", "person", "outlet"),
    ("the Washington Times", "unknown", "outlet"),
    ("lawsuit", "unknown", "description"),
    ("inspector general", "unknown", "description"),
    ("Records", "person", "common noun"),
    ("Cuts", "person", "common noun"),
    # lower case with a word for who speaks: a description, fair for an unnamed source
    ("the harbour commission", "unknown", "description"),
    ("the coroner", "unknown", "description"),
    ("a retired teacher", "unknown", "description"),
    ("the 71-year-old", "unknown", "description"),
    # a count or a share with no one it counts (a poll's figure taken for a speaker): no voice
    ("nearly six in 10", "unknown", "number"),
    ("42%", "unknown", "number"),
    ("23 percent", "unknown", "number"),
    ("Nineteen", "unknown", "number"),
    ("Seven-in-ten", "group", "number"),
    ("only 41%", "unknown", "number"),
    ("1,200", "unknown", "number"),
    # ... a share of people is a description
    ("34 percent of voters", "unknown", "description"),
    ("the ruling", "unknown", "description"),
    ("the nation", "unknown", "description"),
    # lower case with no word for an agent: a thing, an adjective, a clause cut
    ("the slowdown", "unknown", "no agent"),
    ("the sharpest", "unknown", "no agent"),
    ("the older", "unknown", "no agent"),
    ("monthly payroll", "unknown", "no agent"),
    ("wrote the governor", "unknown", "no agent"),
    ("confirmed that the mayor", "unknown", "no agent"),
]


@pytest.mark.parametrize(("name", "kind", "problem"), NOT_NAMES)
def test_a_voice_that_is_no_name_is_flagged(name, kind, problem, knowledge):
    flag = not_a_name(Voice(name, kind), knowledge)
    assert flag is not None and flag.problem == problem, flag


NAMES = [  # voices that are fine as they are
    ("Maroon 5", "organisation"),  # a name with a number in it
    ("G20", "organisation"),
    ("Dana Whitlock", "person"),
    ("Whitlock", "person"),
    ("Brown", "person"),  # a word, but a surname the tables know
    ("Grace Okafor", "person"),
    ("NATO", "organisation"),
    ("WHO", "organisation"),
    ("Ohio", "organisation"),  # a state as a party to a case
    ("senior administration official", "anonymous"),
    ("House Democrats", "group"),
    ("Ministry of Water Affairs", "organisation"),
    ("Donald Trump Jr.", "person"),
]


@pytest.mark.parametrize(("name", "kind"), NAMES)
def test_a_name_is_not_flagged(name, kind, knowledge):
    assert not_a_name(Voice(name, kind), knowledge) is None


VARIANTS = [  # two voices that are one person
    ("Patrick Quill", "Pat Quill"),
    ("Mary K. Dobbs", "Mary Dobbs"),
    ("Reena Castellano", "Chair Reena Castellano"),
    ("Tomas Whitcombe", "Tomas Whitcombe of the Harbor Institute"),
    ("Elsa Marquardt", "Marquardt"),  # the only Marquardt in the briefing
]


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_two_names_of_one_person_are_flagged(a, b):
    flags = variant_pairs([Voice(a, "person"), Voice(b, "person"), Voice("Ivo Brandt", "person")])
    assert [f.names for f in flags] == [tuple(sorted((a, b)))]


@pytest.mark.parametrize("names", [
    ("Tim Varga", "Rick Varga"),
    ("Lena Ortiz", "Lena Ortiz Jr."),
    ("Varga", "Tim Varga", "Rick Varga"),  # a surname shared by two people joins neither
    ("Ana Ruiz", "Anna Ruiz"),
])
def test_different_people_are_not_flagged(names):
    assert variant_pairs([Voice(n, "person") for n in names]) == []


def test_a_voice_flagged_as_no_name_makes_no_variant(knowledge):
    flags = check_voices([Voice("MUST SEE", "person"), Voice("MUST SEE Kessler", "person"),
                          Voice("Ivo Brandt", "person"), Voice("Ivo Brandt", "person")],
                         knowledge)
    assert [(f.problem, f.names) for f in flags] == [("abbreviation", ("MUST SEE",))]
