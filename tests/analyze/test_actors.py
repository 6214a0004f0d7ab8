"""Speaker mentions read into actors, and resolved within an article."""

from __future__ import annotations

import pytest

from reportgen.analyze import analyze_article
from reportgen.analyze.actors import read_mention
from reportgen.models import Article

CASES = [
    ("UK Defence Secretary Ben Wallace",
     ("Ben Wallace", "person", "government", "Defence Secretary", "United Kingdom")),
    ("the United Kingdom’s Defense Ministry",
     ("UK Defence Ministry", "organisation", "government", None, "United Kingdom")),
    ("Britain's Ministry of Defence",
     ("UK Defence Ministry", "organisation", "government", None, "United Kingdom")),
    ("The Russian Defense Ministry",
     ("Russian Defence Ministry", "organisation", "government", None, "Russia")),
    ("a senior U.S. military official",
     ("senior U.S. military official", "anonymous", "military", "military official",
      "United States")),
    ("Ukrainian officials",
     ("Ukrainian officials", "anonymous", "government", "officials", "Ukraine")),
    ("Pentagon spokesman Air Force Brig. Gen. Pat Ryder",
     ("Pat Ryder", "person", "military", "Pentagon spokesman Air Force Brig. Gen.",
      "United States")),
    ("Reuters", ("Reuters", "media", "media", None, None)),
    ("Ukrainian President Volodymyr Zelensky",
     ("Volodymyr Zelensky", "person", "head_of_state", "President", "Ukraine")),
    ("Zelenskyy", ("Volodymyr Zelensky", "person", "head_of_state", "President", "Ukraine")),
]


@pytest.mark.parametrize(("mention", "expected"), CASES, ids=[c[0] for c in CASES])
def test_read_mention(knowledge, mention, expected):
    a = read_mention(mention, knowledge).actor
    assert (a.name, a.kind, a.type, a.role, a.country) == expected


def _speakers(text, knowledge):
    art = Article("t", "t.txt", text, "Test", None, None, None, None)
    return [(q.speaker, q.actor.name if q.actor else None)
            for q in analyze_article(art, knowledge).quotes]


def test_surname_and_pronoun_resolve_to_the_full_name(knowledge):
    text = ('Finance Minister Carla Ortiz said on Monday that taxes would not rise.\n\n'
            '"We have no plans for that," Ortiz added.\n\n'
            '"Not this year, not next year," she said.')
    assert _speakers(text, knowledge) == [
        ("Finance Minister Carla Ortiz", "Carla Ortiz"),
        ("Ortiz", "Carla Ortiz"), ("she", "Carla Ortiz")]


def test_the_ministry_resolves_to_the_last_ministry_named(knowledge):
    text = ("Britain's Ministry of Defence said the convoy had been hit.\n\n"
            "The Russian Defence Ministry denied that any convoy had been hit.\n\n"
            "On Friday, the British ministry said it had new images of the convoy.")
    assert [n for _, n in _speakers(text, knowledge)] == [
        "UK Defence Ministry", "Russian Defence Ministry", "UK Defence Ministry"]


def test_apposition_gives_role_and_type(knowledge):
    text = ("Justin Example, a senior research fellow at the Royal United Services Institute, "
            "said the tanks were old.")
    art = Article("t", "t.txt", text, "Test", None, None, None, None)
    [q] = analyze_article(art, knowledge).quotes
    assert (q.actor.name, q.actor.type, q.actor.country) == (
        "Justin Example", "expert", "United Kingdom")


def test_photographer_in_a_credit_line_is_not_an_official(seed_analyses):
    names = {c.actor.name for a in seed_analyses.values() for c in a.citations}
    assert not any("OGIRENKO" in n.upper() or n.upper() == "REUTERS" for n in names)
