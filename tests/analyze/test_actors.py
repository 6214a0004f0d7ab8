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


PARTY_CASES = [
    ("House Democrats", ("House Democrats", "group", "legislator", "Democratic Party")),
    ("Democratic lawmakers", ("Democratic lawmakers", "group", "legislator",
                              "Democratic Party")),
    ("GOP committee members", ("GOP committee members", "group", "legislator",
                               "Republican Party")),
    ("Republicans", ("Republicans", "group", "party", "Republican Party")),
    ("the Obama campaign", ("Obama campaign", "organisation", "party", "Democratic Party")),
    ("The House Judiciary Committee", ("House Judiciary Committee", "organisation",
                                       "legislator", None)),
    ("Fellow Democratic Sen. Chris Coons of Delaware",
     ("Chris Coons", "person", "legislator", "Democratic Party")),
]


@pytest.mark.parametrize(("mention", "expected"), PARTY_CASES, ids=[c[0] for c in PARTY_CASES])
def test_parties_groups_and_named_organisations(knowledge, mention, expected):
    a = read_mention(mention, knowledge).actor
    assert (a.name, a.kind, a.type, a.party) == expected


def test_what_follows_of_is_where_a_person_works_not_their_name(knowledge):
    a = read_mention("Historian Alan Brinkley of Columbia University", knowledge).actor
    assert (a.name, a.organisation, a.type) == ("Alan Brinkley", "Columbia University", "expert")
    a = read_mention("Sen. Chris Coons of Delaware", knowledge).actor
    assert (a.name, a.country) == ("Chris Coons", "United States")


def test_an_acronym_matches_only_in_capitals_and_a_country_can_end_a_name(knowledge):
    assert read_mention("Sen. Rand Paul", knowledge).actor.name == "Rand Paul"
    assert read_mention("Sen. Rand Paul", knowledge).actor.organisation is None
    assert read_mention("RAND analyst Jo Kemp", knowledge).actor.organisation == \
        "RAND Corporation"
    assert read_mention("Rep. Steve Israel", knowledge).actor.name == "Steve Israel"


def _actors(text, knowledge):
    art = Article("t", "t.txt", text, "Test", None, None, None, None)
    return [q.actor for q in analyze_article(art, knowledge).quotes]


def test_party_tags_after_a_name_give_the_party_and_never_the_speaker(knowledge):
    text = ('"We will not fold," Rep. Gina Marsh, D-Ore., said.\n\n'
            'Sen. Paul Okafor, R-Tenn., whose views have shifted, said the plan was fair.\n\n'
            '"It is a start," Senator Ruth Vail, Democrat of Maine, said.')
    got = [(a.name, a.party) for a in _actors(text, knowledge)]
    assert got == [("Gina Marsh", "Democratic Party"), ("Paul Okafor", "Republican Party"),
                   ("Ruth Vail", "Democratic Party")]


def test_he_does_not_take_a_womans_name_and_she_not_a_mans(knowledge):
    text = ("The interview prompted Margaret Ellis to ask Tom Breyer about the inquiry. "
            'He said, "They cannot believe what they are finding."\n\n'
            '"We will see," she said.')
    assert [a.name for a in _actors(text, knowledge)] == ["Tom Breyer", "Margaret Ellis"]


def test_a_pronoun_takes_the_subject_not_a_name_inside_a_quote_or_after_a_preposition(
        knowledge):
    text = ('"I spoke to Governor Dale Pratt this morning," Mayor Ken Ortiz said.\n\n'
            'Of Pratt, he said, "He is a friend."\n\n'
            'Ortiz, who has served two terms, took a swipe at Pratt, whom he called '
            '"a bystander."')
    assert [a.name for a in _actors(text, knowledge)] == ["Ken Ortiz"] * 3


def test_a_document_speaks_for_its_author(knowledge):
    text = ("The Harper campaign answered with an ad of its own on Tuesday. "
            'The ad says: "She raised your taxes."\n\n'
            "The suit, filed by Nebraska and Oklahoma, names the state. "
            '"Colorado has created a dangerous gap," the suit says.')
    assert [a.name for a in _actors(text, knowledge)] == ["Harper campaign",
                                                          "Nebraska and Oklahoma"]


def test_a_definite_description_finds_the_named_person_of_that_party(knowledge):
    text = ("Donald Trump swiftly responded on Tuesday.\n\n"
            '"It is a disgrace," the presumptive Republican nominee said.')
    [a] = _actors(text, knowledge)
    assert (a.name, a.party) == ("Donald Trump", "Republican Party")


def test_an_aide_speaks_for_someone_but_is_not_them(knowledge):
    a = read_mention("A Pelosi aide", knowledge).actor
    assert (a.name, a.kind, a.role, a.organisation, a.party) == (
        "Pelosi aide", "anonymous", "aide", "Nancy Pelosi", "Democratic Party")


# (text, the organisations the descriptions introduce): the lines that hold a head word are
# scanned alone, joined across a line break after "The"; a scan of the whole text finds the same
DESCRIBED_SCAN_CASES = [
    ("Tidy Streets, a local advocacy group, sued the city.\nThe mayor said no.",
     ["Tidy Streets, a local advocacy group"]),
    ("The council met.\n\nThe\nHarbour Widget Company, a parts firm, closed.",
     ["The\nHarbour Widget Company, a parts firm"]),
    ("She joined the watchdog group The\n\nPublic Citizen in May.",
     ["the watchdog group The\n\nPublic Citizen"]),
    ("Blithe\nAcme Widgets, a parts firm, closed.", ["the\nAcme Widgets, a parts firm"]),
    ("She joined the\nwatchdog group Public Citizen in May.", []),
    ("Nothing here names a firm.\nA member of the group spoke.", []),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SCAN_CASES)
def test_described_organisations_are_found_in_the_lines_holding_a_head(knowledge, text, expected,
                                                                       monkeypatch):
    from reportgen.analyze.actors import mentions

    found = mentions._with_described_organisations(text, [], knowledge)
    monkeypatch.setattr(mentions, "_blocks_with", lambda text, heads: [(0, len(text))])
    assert found == mentions._with_described_organisations(text, [], knowledge)
    assert [written for _, written in found] == expected
