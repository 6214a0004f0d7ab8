"""One person is one voice across outlets: name variants merge, different people never do."""

import pytest

from reportgen.analyze.actors import merge_actors, merge_person
from reportgen.analyze.actors.identity import _table_forms
from reportgen.knowledge.roster import Holder
from reportgen.models import Actor, Article, ArticleAnalysis, Quote, Tone


def _person(name, **fields):
    return Actor(name, "person", fields.pop("type", "unknown"), **fields)


def _analysis(i, outlet, actors):
    quotes = tuple(Quote(0, 10, "words", "direct", ((0, 10),), "x", (0, 1), a, "said", None,
                         "say", "neutral", 0.1, 0.2) for a in actors)
    return ArticleAnalysis(Article(f"a{i}", f"a{i}.txt", "text", outlet, None, None, None, None),
                           ((0, 4),), quotes, (), Tone(0.1, 0.3, 100), Tone(-0.1, 0.5, 50), (), ())


def _voices(analyses):
    return [[q.actor.name for q in a.quotes] for a in merge_actors(analyses)]


def test_name_variants_across_outlets_are_one_voice():
    got = _voices([
        _analysis(1, "Outlet A", [_person("Jim Halloran"), _person("Pat Kimball")]),
        _analysis(2, "Outlet B", [_person("James Halloran"), _person("Patrick Kimball")]),
        _analysis(3, "Outlet C", [_person("Jim Halloran"), _person("Halloran"),
                                  _person("Mohammad Tamimi")]),
        _analysis(4, "Outlet D", [_person("Mohammed Tamimi"), _person("Mary K. Jones"),
                                  _person("Mary Jones")]),
    ])
    assert got == [["Jim Halloran", "Pat Kimball"], ["Jim Halloran", "Pat Kimball"],
                   ["Jim Halloran", "Jim Halloran", "Mohammad Tamimi"],
                   ["Mohammad Tamimi", "Mary K. Jones", "Mary K. Jones"]]


def test_a_short_form_of_another_spelling_is_one_voice_across_the_story():
    got = _voices([
        _analysis(1, "Outlet A", [_person("Tony Marwick"), _person("Kate Odell")]),
        _analysis(2, "Outlet B", [_person("Antony Marwick"), _person("Katharine Odell")]),
        _analysis(3, "Outlet C", [_person("Donald Marwick")]),
    ])
    assert got[0] == got[1] and got[2] == ["Donald Marwick"]
    assert got[0][0] in ("Tony Marwick", "Antony Marwick")


def test_different_people_are_never_merged():
    got = _voices([
        _analysis(1, "Outlet A", [_person("Tim Scott"), _person("Donald Trump")]),
        _analysis(2, "Outlet B", [_person("Rick Scott"), _person("Donald Trump Jr.")]),
        _analysis(3, "Outlet C", [_person("Scott")]),
    ])
    assert got == [["Tim Scott", "Donald Trump"], ["Rick Scott", "Donald Trump Jr."], ["Scott"]]


def test_a_merged_voice_keeps_what_each_outlet_says():
    got = merge_actors([
        _analysis(1, "Outlet A", [_person("Jim Halloran", party="Republican Party")]),
        _analysis(2, "Outlet B", [_person("James Halloran", role="Senator",
                                          type="legislator")]),
    ])
    a = got[1].quotes[0].actor
    assert (a.name, a.party, a.role, a.type) == ("James Halloran", "Republican Party", "Senator",
                                                   "legislator")


def test_within_an_article_a_surname_joins_the_person_and_not_a_namesake():
    before = [_person("Tim Scott", role="Senator")]
    assert merge_person(_person("Scott"), before).name == "Tim Scott"
    assert merge_person(_person("Rick Scott"), before).name == "Rick Scott"


MERGED = [  # names of one person across outlets, as a sloppy reading leaves them
    (["Ann Vale", "Chair Ann Vale"], "Ann Vale"),  # a title read into the name
    (["Ann Vale", "Kill Ann Vale"], "Ann Vale"),  # a verb before it
    (["Ann Vale", "Ann Vale Sunday", "Ann Vale"], "Ann Vale"),  # a word after it
    (["Ann Vale", "Ann Vale", "So Vale"], "Ann Vale"),  # a sentence opener before the surname
    (["Tom Vander Berg", "Tom Vander Berg", "Vander Berg"], "Tom Vander Berg"),  # a particle
    (["Ramon Ortega", "Ramon Ortega Ruiz", "Ramon Ortega"], "Ramon Ortega"),  # two surnames
]


@pytest.mark.parametrize(("names", "voice"), MERGED)
def test_a_name_held_in_a_longer_one_is_one_voice(names, voice):
    got = _voices([_analysis(i, f"Outlet {i}", [_person(n)]) for i, n in enumerate(names)])
    assert {v for vs in got for v in vs} == {voice}


@pytest.mark.parametrize("names", [
    ["Ann Vale", "Ann Vale Jr."],
    ["Joe Vale", "Joe Vale III"],
])
def test_a_longer_name_with_a_suffix_stays_apart(names):
    got = _voices([_analysis(i, f"Outlet {i}", [_person(n)]) for i, n in enumerate(names)])
    assert len({v for vs in got for v in vs}) == len(set(names))


def test_a_given_name_before_a_held_name_is_no_padding():
    from reportgen.analyze.actors.identity import _held_names

    assert _held_names(["Ann Vale", "Mary Ann Vale", "Dulles Ann Vale"]) == [
        ("Dulles Ann Vale", "Ann Vale")]


def test_a_surname_alone_is_the_one_person_of_that_name_in_its_story():
    analyses = [_analysis(1, "Outlet A", [_person("Edwin Marlow")]),
                _analysis(2, "Outlet B", [_person("Marlow")]),
                _analysis(3, "Outlet C", [_person("Lonnie Marlow")]),
                _analysis(4, "Outlet D", [_person("Marlow")])]
    merged = merge_actors(analyses, [["a1", "a2"], ["a3"], ["a4"]])
    # in the first story Marlow is Edwin; alone, the last article's Marlow is nobody known
    assert [[q.actor.name for q in a.quotes] for a in merged] == [
        ["Edwin Marlow"], ["Edwin Marlow"], ["Lonnie Marlow"], ["Marlow"]]


# (the articles' people, the stories as article ids, the voices the briefing gives)
ACROSS_STORIES = [
    # a surname alone in one story, a full name quoted in one other story only: two people
    ([["Dana Quill"], ["Quill"]], [["a0"], ["a1"]], [["Dana Quill"], ["Quill"]]),
    ([["Quill", "Ray Okafor"], ["Dana Quill"]], [["a0"], ["a1"]],
     [["Quill", "Ray Okafor"], ["Dana Quill"]]),
    # the same two articles in one story: one person
    ([["Dana Quill"], ["Quill"]], [["a0", "a1"]], [["Dana Quill"], ["Dana Quill"]]),
    # a full name the news names in two stories or more is the surname's person anywhere
    ([["Dana Quill"], ["Dana Quill"], ["Quill"]], [["a0"], ["a1"], ["a2"]],
     [["Dana Quill"], ["Dana Quill"], ["Dana Quill"]]),
    ([["Dan Quill"], ["Daniel Quill"], ["Quill"]], [["a0"], ["a1"], ["a2"]],
     [["Dan Quill"], ["Dan Quill"], ["Dan Quill"]]),
    # the surname of the name as written, where the briefing gives a shorter one
    ([["Ann Vale Ross"], ["Ann Vale", "Ann Vale"], ["Ross"]], [["a0", "a1", "a2"]],
     [["Ann Vale"], ["Ann Vale", "Ann Vale"], ["Ann Vale"]]),
    # ... but two articles of one story are one story, and two people stay two
    ([["Dana Quill"], ["Dana Quill"], ["Quill"]], [["a0", "a1"], ["a2"]],
     [["Dana Quill"], ["Dana Quill"], ["Quill"]]),
    ([["Dana Quill"], ["Lee Quill"], ["Dana Quill", "Lee Quill"], ["Quill"]],
     [["a0"], ["a1"], ["a2"], ["a3"]],
     [["Dana Quill"], ["Lee Quill"], ["Dana Quill", "Lee Quill"], ["Quill"]]),
]


@pytest.mark.parametrize(("people", "stories", "voices"), ACROSS_STORIES)
def test_a_surname_joins_a_full_name_of_another_story_only_when_it_recurs(people, stories,
                                                                          voices):
    analyses = [_analysis(i, f"Outlet {i}", [_person(n) for n in names])
                for i, names in enumerate(people)]
    merged = merge_actors(analyses, stories)
    assert [[q.actor.name for q in a.quotes] for a in merged] == voices


def test_a_surname_written_first_joins_its_full_name():
    # the tables write Ban Ki-moon and Xi Jinping surname first
    got = _voices([_analysis(1, "Outlet A", [_person("Ban Ki-moon"), _person("Xi Jinping")]),
                   _analysis(2, "Outlet B", [_person("Ban"), _person("Xi")])])
    assert got == [["Ban Ki-moon", "Xi Jinping"], ["Ban Ki-moon", "Xi Jinping"]]


def test_a_surname_written_first_stays_apart_beside_a_namesake():
    got = _voices([_analysis(1, "Outlet A", [_person("Kim Jong Un"), _person("Tony Kim"),
                                             _person("Jin Kim")]),
                   _analysis(2, "Outlet B", [_person("Kim")])])
    assert got[1] == ["Kim"]


# An office holder of our own whose row lists "Edwin" beside the "Buzz" he goes by, though the
# name tables link the two no more than "Jerrold" and "Jerry"
_OWN_ROSTER = (
    Holder("Buzz Hallowell", "Hallowell", ("Buzz", "Edwin"), "", "", "m", "Senator",
           "legislator", "United States", "Republican Party", "Montana", 2003, None),
)


@pytest.mark.parametrize(("names", "joined"), [
    (["Edwin Hallowell", "Buzz Hallowell"], [("Edwin Hallowell", "Buzz Hallowell")]),
    (["Edwin Hallowell", "Buzz Hallowell", "Hallowell"], [("Edwin Hallowell", "Buzz Hallowell")]),
    # a given name the row does not list is someone else, whatever the spelling
    (["Edward Hallowell", "Buzz Hallowell"], []),
    (["Edwin Hallowell", "Edwin Marsh"], []),
])
def test_forms_one_table_row_lists_are_one_person(names, joined):
    assert _table_forms(names, _OWN_ROSTER) == joined
