"""Where names stand in an article (actors.usage.NameIndex): the same places whether a name is
scanned for or looked up in the index a long article gets, each text written for the test.
"""

from __future__ import annotations

import re

import pytest

from reportgen.analyze.actors import usage
from reportgen.analyze.actors.usage import NameIndex

TEXT = ("Orvane Labs, which makes sensors, said it would appeal. Orvane said on Monday that its "
        "plant stays open. Orvanes and Orvane’s rivals met at MacOrvane Hall. Tess Orvane, who "
        "runs the Orvane Labs Trust, disagreed; DeOrvane did not. Ørsted-Orvane Labs and "
        "Orvane_Labs are other names.\n\nOrvane Labs Inc. closed.")

NAMES = ["Orvane", "Orvane Labs", "Orvane Labs Inc.", "Orvane Labs Trust", "Labs", "Tess Orvane",
         "Ørsted", "Hall", "Inc.", "MacOrvane", "Orvanes", "Nowhere", "eBay"]


def _places(text: str, name: str) -> list[int]:
    """Every place the text holds the name with no word character right after it."""
    return [m.start() for m in re.finditer(rf"(?={re.escape(name)}(?!\w))", text)]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("indexed", [False, True])
def test_a_name_stands_where_the_text_holds_it_whole_scanned_or_indexed(name, indexed):
    names = NameIndex(TEXT)
    if indexed:
        names._scans = usage._SCANS_BEFORE_INDEX  # as in a long article: the next name indexes
    assert names.starts(name) == _places(TEXT, name)


def test_a_capital_inside_a_word_is_a_place_too():
    names = NameIndex(TEXT)
    names._scans = usage._SCANS_BEFORE_INDEX
    assert [TEXT[at - 3:at] for at in names.starts("Orvane")].count("Mac") == 1
    assert [TEXT[at - 2:at] for at in names.starts("Orvane")].count("De") == 1


# --- the full names written before a short one (Resolver._full_names_written) -------------

FULL_TEXT = ("The Harlow Valley Gazette ran it first. A Harlow Gazette report followed; the  "
             "Gazette\tsaid so. Sunday’s Upper Harlow Valley Weekly Gazette was late. xHarlow "
             "Gazette, (Marsh Gazette) and Marsh Gazette’s editor; Marsh Gazette-x, Marsh "
             "Gazettes. Told Gazette Gazette Gazette said. Bay School District and Lower Bay "
             "School District Board met.")


@pytest.mark.parametrize("name", ["Gazette", "School District", "Weekly", "Nowhere"])
@pytest.mark.parametrize("indexed", [False, True])
def test_the_capitalised_words_before_a_name_are_those_finditer_gives(name, indexed,
                                                                       knowledge):
    from reportgen.analyze.actors.resolver import Resolver

    resolver = Resolver(knowledge, FULL_TEXT)
    if indexed:
        resolver._names._scans = usage._SCANS_BEFORE_INDEX
    expected = [(m.span(), m["name"]) for m in re.finditer(
        rf"(?P<name>(?:[A-Z][\w’'&.-]*\s+){{1,4}}){re.escape(name)}"
        r"(?![\w-]|[’'](?!s\b)\w|\s+[A-Z])", FULL_TEXT)]
    assert [(m.span(), m["name"]) for m in resolver._written_after_capitals(name)] == expected
    # no match before "Weekly": a capitalised word follows it, so it ends no name
    assert bool(expected) == (name in ("Gazette", "School District"))


# --- where a name-shaped word stands whole (Resolver._positions) --------------------------

RUN_TEXT = ("Still, Harlan said it. Still-life and Stillwater differ; O’Still and Still’s are "
            "runs of their own, as are d-Still and Still_ and Still9. Stills. (Still) “Still” "
            "Still\nStill")


@pytest.mark.parametrize("word", ["Still", "Harlan", "Still’s", "O’Still", "differ", "Nowhere",
                                  "Stil", "Stills"])
@pytest.mark.parametrize("indexed", [False, True])
def test_a_word_stands_where_a_whole_run_of_name_characters_is_it(word, indexed, knowledge):
    from reportgen.analyze.actors.resolver import Resolver
    from reportgen.analyze.actors.resolver.state import _RUNS_FOUND_ALONE

    resolver = Resolver(knowledge, RUN_TEXT)
    if indexed:  # as after the words found one by one: the next word indexes the text
        resolver._runs_alone = {f"w{n}": [] for n in range(_RUNS_FOUND_ALONE)}
    expected = [m.start() for m in re.finditer(r"[\w’'-]+", RUN_TEXT) if m[0] == word]
    assert resolver._positions(word) == expected
    assert resolver._positions(word) == expected  # asked again: the same places
    assert (resolver._runs is not None) == indexed


def test_a_run_inside_a_longer_one_is_no_place_of_the_word(knowledge):
    from reportgen.analyze.actors.resolver import Resolver

    places = Resolver(knowledge, RUN_TEXT)._positions("Still")
    assert [RUN_TEXT[max(0, at - 1):at + 6] for at in places] == [
        "Still,", "(Still)", "“Still”", " Still\n", "\nStill"]
