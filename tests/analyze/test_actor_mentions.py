"""A role set off before a name ("the city treasurer, Tom Hale,"): the name is read with the
role, in place of the mentions inside it, unless a mention already reads across it."""

import pytest

from reportgen.analyze.actors.mentions import _with_fronted_roles

TEXT = "Ann Roe of the Acme Union met the city treasurer, Tom Hale, and the agency, Bo Li, here."


def _at(word: str) -> tuple[tuple[int, int], str]:
    start = TEXT.index(word)
    return (start, start + len(word)), word


def _from_to(first: str, last: str) -> tuple[tuple[int, int], str]:
    start, end = TEXT.index(first), TEXT.index(last) + len(last)
    return (start, end), TEXT[start:end]


HALE = ((TEXT.index("Tom Hale"), TEXT.index("Tom Hale") + 8), "Tom Hale, a city treasurer")


@pytest.mark.parametrize(("found", "expected"), [
    # a surname inside the name gives way to it; the mentions around it stay
    ([_at("Ann Roe"), _at("Hale")], [_at("Ann Roe"), HALE]),
    ([_at("Ann Roe"), _at("Tom"), _at("Hale")], [_at("Ann Roe"), HALE]),
    # no mention of it yet: it is added
    ([_at("Ann Roe")], [_at("Ann Roe"), HALE]),
    ([], [HALE]),
    # a mention that holds another and reaches over the name reads it already (the mention
    # right before the name, nested in it, ends before the name)
    ([_from_to("Ann Roe", "Tom"), _at("Acme Union")],
     [_from_to("Ann Roe", "Tom"), _at("Acme Union")]),
    ([_from_to("Ann Roe", "Hale"), _at("Acme Union"), _at("Hale")],
     [_from_to("Ann Roe", "Hale"), _at("Acme Union"), _at("Hale")]),
    # a mention across the name's end reads it already
    ([_from_to("Hale", "and")], [_from_to("Hale", "and")]),
    # "the agency" names no person: "Bo Li" is not read with it
    ([_at("Bo Li")], [HALE, _at("Bo Li")]),
])
def test_a_fronted_role_reads_the_name_after_it(found, expected, knowledge):
    assert _with_fronted_roles(TEXT, found, knowledge) == expected
