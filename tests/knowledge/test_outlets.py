"""The outlets table: every outlet name a feed writes resolves to one outlet (issue 11)."""

from __future__ import annotations

import pytest

from reportgen.knowledge import load_knowledge

# Outlet fields as feeds write them (our own fixture, in the forms the bulk feed uses):
# the name, a feed's section after it, another case, a domain-like name.
FEED_OUTLETS = [
    ("Christian Science Monitor", "Christian Science Monitor"),
    ("Salon", "Salon"),
    ("Washington Times", "Washington Times"),
    ("Townhall", "Townhall"),
    ("Newsmax - News", "Newsmax"),
    ("Newsmax (News)", "Newsmax"),
    ("TheBlaze.com", "TheBlaze"),
    ("USA TODAY", "USA Today"),
    ("New York Times - Opinion", "The New York Times"),
    ("Fox News Opinion", "Fox News"),
    ("NBC News (Online)", "NBC News"),
    ("The Week - News", "The Week"),
    ("Yahoo! News", "Yahoo News"),
    ("The Boston Globe", "The Boston Globe"),
    ("Time Magazine", "Time Magazine"),
]


@pytest.mark.parametrize(("written", "outlet"), FEED_OUTLETS)
def test_every_feed_outlet_name_resolves(written, outlet):
    outlets = load_knowledge().outlets
    assert outlets.get(written.lower()) == outlet
    assert outlets[outlet.lower()] == outlet  # the canonical name is one of its own names


@pytest.mark.parametrize("word", ["time", "vice", "reason", "bloomberg", "the monitor", "monitor"])
def test_a_common_word_or_a_surname_names_no_outlet(word):
    # "Time", "Vice", "Reason" open header lines and "Bloomberg" is a surname: an outlet's
    # name of one such word is written with its medium ("Time Magazine", "Vice News")
    assert word not in load_knowledge().outlets


@pytest.mark.parametrize("name", ["christian science monitor", "the daily caller", "rodong sinmun",
                                  "salon", "newsmax", "townhall"])
def test_an_outlet_that_speaks_is_media(name):
    # organizations.tsv says which outlets are read as speakers: a name whose last word is
    # no outlet's word ("Monitor", "Caller", "Sinmun"), or one word no person bears
    assert load_knowledge().organisations[name].kind == "media"


def test_a_surname_that_opens_an_outlet_stays_free():
    # "Bloomberg News" in the organisations would make "Bloomberg" no surname
    assert not any(name.startswith("bloomberg") for name in load_knowledge().organisations)
