"""The office-holder tables: what the article says comes first, a bare surname is careful."""

import pytest

from reportgen.analyze.actors.officials import (
    Clue,
    clue_from,
    find_holder,
    identify,
    read_party_tag,
    read_state,
)
from reportgen.knowledge.roster import Holder, load_roster
from reportgen.models import Actor

ROSTER = load_roster()


@pytest.mark.parametrize(("name", "clue", "expected"), [
    ("Sen. Tim Scott", None, ("Tim Scott", "South Carolina")),
    ("Timothy Scott", None, ("Tim Scott", "South Carolina")),
    ("Scott", Clue(state="Florida"), ("Rick Scott", "Florida")),
    ("Jim Jordan", None, ("Jim Jordan", "Ohio")),
    ("Mr. Jordan", Clue(party="Republican Party", state="Ohio"), ("Jim Jordan", "Ohio")),
    ("Charles E. Schumer", None, ("Chuck Schumer", "New York")),
    ("Mike Lee", Clue(state="Utah"), ("Mike Lee", "Utah")),
    ("Zelenskyy", None, ("Volodymyr Zelensky", None)),
    ("Volodymyr Zelenskiy", None, ("Volodymyr Zelensky", None)),
    ("Xi", None, ("Xi Jinping", None)),
    ("Mohammad bin Salman", None, ("Mohammed bin Salman", None)),
    ("Frederica Mogherini", None, ("Federica Mogherini", None)),
    ("Liam Fox", None, ("Liam Fox", None)),
    ("Johnson", Clue(country="United Kingdom", year=2021), ("Boris Johnson", None)),
    # a row's formal and upstream given names stay its forms
    ("Robert Corker", None, ("Bob Corker", "Tennessee")),
    ("Jerrold Nadler", None, ("Jerry Nadler", "New York")),
    ("John D. Rockefeller", None, ("Jay Rockefeller", "West Virginia")),
    # the formal name a short form upstream stands for (names.formal_givens)
    ("Sen. William Cassidy", None, ("Bill Cassidy", "Louisiana")),
    ("Timothy Scott", Clue(state="South Carolina"), ("Tim Scott", "South Carolina")),
])
def test_find_holder(name, clue, expected):
    h = find_holder(ROSTER, name, clue)
    assert h is not None
    assert (h.name, h.state) == expected


@pytest.mark.parametrize(("name", "clue"), [
    ("Scott", None),  # several table people are called Scott
    ("Tim Scott", Clue(state="Florida")),  # the article's Florida senator is not the table's
    ("Rick Scott", Clue(party="Democratic Party")),
    ("Donald Trump Jr.", None),  # not in the table: never the father
    ("Ms. Scott", None),
    ("Johnson", Clue(country="United Kingdom", year=2005)),  # nobody of that name in office
    ("Lavrov", Clue(country="Ukraine")),
    ("Kim", None),
    ("Smith", None),
    # a short form the nicknames package also gives Robert is no form of a Bob's name
    ("Bill Corker", None),
    ("Billy Barr", None),
    # nor is Robert, the other formal name the package gives Bill, a form of a Bill's name
    ("Robert Cassidy", None),
    ("Bob Cassidy", None),
    ("Rick Cantor", None),  # Derrick's short form, no Eric's
    ("Donald Trump Jr", None),
])
def test_no_holder_when_unsure_or_contradicted(name, clue):
    assert find_holder(ROSTER, name, clue) is None


@pytest.mark.parametrize(("text", "state", "party"), [
    ("Sen. Dana Whitfield, R-S.C., said", "South Carolina", "Republican Party"),
    ("Rep. Ana Ortiz (D-Calif.)", "California", "Democratic Party"),
    ("R-TX", "Texas", "Republican Party"),
    ("Dana Whitfield, D-Pa.; Ana Ortiz, R-Ohio", "Pennsylvania", "Democratic Party"),  # a list
    ("said on Tuesday", None, None),
])
def test_read_party_tag(text, state, party):
    clue = read_party_tag(text)
    assert (clue.state, clue.party) == (state, party)


@pytest.mark.parametrize(("text", "state"), [
    ("Fla.", "Florida"), ("N.Y.", "New York"), ("Ohio", "Ohio"), ("WV", "West Virginia"),
    ("Narnia", None),
])
def test_read_state(text, state):
    assert read_state(text) == state


@pytest.mark.parametrize(("mention", "after", "state", "party"), [
    ("Sen. Dana Whitfield", ", R-S.C., said", "South Carolina", "Republican Party"),
    ("Rep. Pat Kimball", ", Illinois Democrat, said", "Illinois", "Democratic Party"),
    ("Scott", ", the Florida senator, said", "Florida", None),
    ("Florida Sen. Rick Scott", "", "Florida", None),
    ("Mayor Ann Lee", " said", None, None),
])
def test_clue_from_mention(mention, after, state, party):
    clue = clue_from(mention, after)
    assert (clue.state, clue.party) == (state, party)


@pytest.mark.parametrize(("actor", "clue", "expected"), [
    (Actor("Jordan", "person", "unknown", None, None, "Jordan"), Clue(gender="m", state="Ohio"),
     ("Jim Jordan", "legislator", "United States", "Republican Party")),
    (Actor("Jordan", "person", "legislator", "Rep.", None, "Jordan"), Clue(gender="m"),
     ("Jim Jordan", "legislator", "United States", "Republican Party")),
    (Actor("Israel", "person", "unknown"), Clue(gender="m"),  # says nothing more: nobody known
     ("Israel", "unknown", None, None)),
    (Actor("Israel", "person", "legislator", "Rep."), Clue(gender="f"),
     ("Israel", "legislator", None, None)),
    (Actor("Scott", "person", "legislator", "senator"), Clue(state="Florida"),
     ("Rick Scott", "legislator", "United States", "Republican Party")),
    (Actor("Kristen Gillibrand", "person", "unknown"), Clue(),
     ("Kirsten Gillibrand", "legislator", "United States", "Democratic Party")),
    (Actor("Merrick Garland", "person", "government", "Attorney General"), Clue(year=2022),
     ("Merrick Garland", "government", "United States", None)),
    (Actor("Pat Kimball", "person", "legislator", "Rep."), Clue(party="Democratic Party"),
     ("Pat Kimball", "legislator", None, "Democratic Party")),
    (Actor("Tim Scott", "person", "legislator", "senator"), Clue(state="Florida"),
     ("Tim Scott", "legislator", None, None)),
])
def test_identify_fills_only_what_the_article_leaves_open(actor, clue, expected):
    a = identify(actor, ROSTER, clue)
    assert (a.name, a.type, a.country, a.party) == expected


def test_identify_keeps_what_the_article_says():
    actor = Actor("Tim Scott", "person", "expert", "pastor", None, None, "Democratic Party")
    a = identify(actor, ROSTER, Clue())
    assert (a.type, a.role, a.party) == ("expert", "pastor", "Democratic Party")


# --- the article's form of a name, the table's link (issue 11) -------------------------------

# An office holder of our own whose row lists a given name the name tables do not link to the
# usual one (as a row may list "Edwin" for a "Buzz"), and one the article may misspell.
OWN_ROSTER = (
    Holder("Buzz Hallowell", "Hallowell", ("Buzz", "Edwin"), "", "", "m", "Senator",
           "legislator", "United States", "Republican Party", "Montana", 2003, None),
    Holder("Corinne Vasquez-Ruhl", "Vasquez-Ruhl", ("Corinne",), "", "", "f", "Representative",
           "legislator", "United States", "Democratic Party", "Oregon", 2011, None),
    Holder("Pedro Alvaro Quesnel", "Quesnel", ("Pedro", "Alvaro"), "", "", "m",
           "Foreign Minister", "government", "Chile", None, None, 2019, None),
    Holder("Ralph T. Okafor", "Okafor", ("Ralph",), "T.", "", "m", "Representative",
           "legislator", "United States", "Democratic Party", "Ohio", 1999, None),
    # a row of a short name that lists the formal names the tables give it (Al: Albert, Alfred)
    Holder("Al Thistlewood", "Thistlewood", ("Al", "Albert", "Alfred", "Bert"), "", "", "m",
           "Representative", "legislator", "United States", "Republican Party", "Idaho", 2007,
           None),
)


@pytest.mark.parametrize(("actor", "clue", "expected"), [
    # a given name the article writes out: the article's form, the table's role and party
    (Actor("Edwin Hallowell", "person", "unknown"), Clue(),
     ("Edwin Hallowell", "legislator", "Republican Party")),
    (Actor("Buzz Hallowell", "person", "unknown"), Clue(),
     ("Buzz Hallowell", "legislator", "Republican Party")),
    # negatives: a surname alone, an initial or a misspelling takes the table's usual form
    (Actor("Corrine Vasquez-Ruhl", "person", "unknown"), Clue(),
     ("Corinne Vasquez-Ruhl", "legislator", "Democratic Party")),
    (Actor("Hallowell", "person", "legislator", "Sen."), Clue(state="Montana"),
     ("Buzz Hallowell", "legislator", "Republican Party")),
    (Actor("E. Hallowell", "person", "unknown"), Clue(),
     ("Buzz Hallowell", "legislator", "Republican Party")),
    # the table's form holds the article's words, and more: the fuller form
    (Actor("Alvaro Quesnel", "person", "unknown"), Clue(),
     ("Pedro Alvaro Quesnel", "government", None)),
    # ... but not a middle initial, which may tell another person of the name apart
    (Actor("Ralph Okafor", "person", "unknown"), Clue(),
     ("Ralph Okafor", "legislator", "Democratic Party")),
    # a given name of its own one letter from a form the row derives is another person: no
    # table name, role nor party; a misspelling of that form is still the holder
    (Actor("Alfredo Thistlewood", "person", "unknown"), Clue(),
     ("Alfredo Thistlewood", "unknown", None)),
    (Actor("Alfredo Thistlewood", "person", "expert", "professor"), Clue(),
     ("Alfredo Thistlewood", "expert", None)),
    (Actor("Alferd Thistlewood", "person", "unknown"), Clue(),
     ("Al Thistlewood", "legislator", "Republican Party")),
    (Actor("Alfred Thistlewood", "person", "unknown"), Clue(),
     ("Alfred Thistlewood", "legislator", "Republican Party")),
])
def test_a_table_match_keeps_the_articles_name(actor, clue, expected):
    a = identify(actor, OWN_ROSTER, clue)
    assert (a.name, a.type, a.party) == expected


# --- a role of one who works for someone else is no officials row (issue 11) ----------------

# Rows of our own: a representative, a senator and a president.
SERVING_ROSTER = (
    Holder("Dale Warrender", "Warrender", ("Dale",), "", "", "m", "Representative",
           "legislator", "United States", "Republican Party", "Kansas", 2009, None),
    Holder("Priya Okonkwo", "Okonkwo", ("Priya",), "", "", "f", "Senator",
           "legislator", "United States", "Democratic Party", "Vermont", 2013, None),
    Holder("Hollis Brandvold", "Brandvold", ("Hollis",), "", "", "m", "President",
           "head_of_state", "United States", "Republican Party", None, 2001, None),
)


@pytest.mark.parametrize(("actor", "mention", "after", "expected"), [
    # the article's role, before the name or set off after it, is someone else's job
    (Actor("Dale Warrender", "person", "government", "White House press secretary"),
     "White House press secretary Dale Warrender", "", ("government", None)),
    (Actor("Dale Warrender", "person", "unknown"), "Dale Warrender",
     ", a spokesman for the Millbrook Farmers Union,", ("unknown", None)),
    (Actor("Priya Okonkwo", "person", "unknown", "Tanager Foods spokeswoman"),
     "Tanager Foods spokeswoman Priya Okonkwo", "", ("unknown", None)),
    (Actor("Priya Okonkwo", "person", "unknown"), "Priya Okonkwo",
     ", the hunting lobby's chief lobbyist,", ("unknown", None)),
    (Actor("Hollis Brandvold", "person", "unknown"), "Hollis Brandvold",
     ", the campaign's press secretary,", ("unknown", None)),
    # the row stays: no role, an office the row holds, a role that names the office, a role
    # that names someone else after it, a description that is not the person's role
    (Actor("Dale Warrender", "person", "unknown"), "Dale Warrender", "",
     ("legislator", "Republican Party")),
    (Actor("Dale Warrender", "person", "legislator", "Rep."), "Rep. Dale Warrender",
     ", a spokesman for the farm caucus,", ("legislator", "Republican Party")),
    (Actor("Dale Warrender", "person", "unknown"), "Dale Warrender",
     ", a former congressman turned lobbyist,", ("legislator", "Republican Party")),
    (Actor("Priya Okonkwo", "person", "unknown", "spokeswoman for Senator"),
     "a spokeswoman for Senator Priya Okonkwo", "", ("legislator", "Democratic Party")),
    (Actor("Priya Okonkwo", "person", "unknown"), "Priya Okonkwo",
     ", along with the mayor's spokesman,", ("legislator", "Democratic Party")),
    (Actor("Hollis Brandvold", "person", "unknown"), "Hollis Brandvold",
     ", who fired his spokesman,", ("head_of_state", "Republican Party")),
])
def test_a_role_for_someone_else_is_no_officials_row(actor, mention, after, expected):
    a = identify(actor, SERVING_ROSTER, clue_from(mention, after))
    assert (a.type, a.party) == expected
    assert a.role == actor.role or expected[1] is not None


def test_a_foreign_spokesman_row_stays():
    row = Holder("Arkady Velichko", "Velichko", ("Arkady",), "", "", "m", "Palace spokesman",
                 "government", "Russia", None, None, 2012, None)
    actor = Actor("Arkady Velichko", "person", "government", "spokesman")
    a = identify(actor, (row,), clue_from("spokesman Arkady Velichko"))
    assert a.country == "Russia"


# --- a role the article gives that no office holder holds (issue 11) ------------------------

# Rows of our own: a representative, a senator and an attorney general.
NO_OFFICE_ROSTER = (
    Holder("Dale Warrender", "Warrender", ("Dale",), "", "", "m", "Representative",
           "legislator", "United States", "Republican Party", "Kansas", 2009, None),
    Holder("Priya Okonkwo", "Okonkwo", ("Priya",), "", "", "f", "Senator",
           "legislator", "United States", "Democratic Party", "Vermont", 2013, None),
    Holder("Hollis Brandvold", "Brandvold", ("Hollis",), "", "", "m", "Attorney General",
           "government", "United States", "Republican Party", None, 2019, None),
)


@pytest.mark.parametrize(("actor", "mention", "after", "expected"), [
    # a description set off after the name, or a title before it, says what the person is
    (Actor("Dale Warrender", "person", "unknown"), "Dale Warrender",
     ", a lawyer for the tenants,", ("unknown", None)),
    (Actor("Priya Okonkwo", "person", "unknown"), "Priya Okonkwo",
     ", a staff attorney at the Fenwick Legal Fund,", ("unknown", None)),
    (Actor("Priya Okonkwo", "person", "unknown"), "Priya Okonkwo",
     ", a college professor,", ("unknown", None)),
    (Actor("Dale Warrender", "person", "unknown"), "Dale Warrender",
     ", the panel's majority counsel,", ("unknown", None)),
    (Actor("Dale Warrender", "person", "unknown", "chief counsel"), "Dale Warrender", "",
     ("unknown", None)),
    (Actor("Priya Okonkwo", "person", "civil_society", "activist"), "activist Priya Okonkwo",
     "", ("civil_society", None)),
    (Actor("Priya Okonkwo", "person", "civil_society", None, "Marsh Rifle League"),
     "the league's Priya Okonkwo", "", ("civil_society", None)),
    # the row stays: a role held before ("a former prosecutor"), one that names an office,
    # a title that holds a word of the row's own office, a title of office before the name
    (Actor("Dale Warrender", "person", "unknown"), "Dale Warrender",
     ", a former prosecutor,", ("legislator", "Republican Party")),
    (Actor("Dale Warrender", "person", "unknown"), "Dale Warrender",
     ", a lawyer and congressman,", ("legislator", "Republican Party")),
    (Actor("Hollis Brandvold", "person", "civil_society", "U.S. Attorney"),
     "U.S. Attorney Hollis Brandvold", "", ("civil_society", "Republican Party")),
    (Actor("Priya Okonkwo", "person", "legislator", "Sen."), "Sen. Priya Okonkwo",
     ", a lawyer by training,", ("legislator", "Democratic Party")),
])
def test_a_role_no_office_holder_holds_is_no_officials_row(actor, mention, after, expected):
    a = identify(actor, NO_OFFICE_ROSTER, clue_from(mention, after))
    assert (a.type, a.party) == expected


# --- a row usually written with a generational suffix (issue 11) ----------------------------

# Rows of our own: a representative usually written "Tobias Marrable Jr." (his father, of the
# same name, holds no row), and a senator whose row has a suffix he is not written with.
SUFFIX_ROSTER = (
    Holder("Tobias Marrable", "Marrable", ("Tobias", "Toby"), "", "Jr.", "m", "Representative",
           "legislator", "United States", "Democratic Party", "Ohio", None, None,
           by_suffix=True),
    Holder("Neville Orrick", "Orrick", ("Neville",), "", "Jr.", "m", "Senator",
           "legislator", "United States", "Republican Party", "Idaho", None, None),
)


@pytest.mark.parametrize(("actor", "clue", "expected"), [
    # the name without the suffix, and nothing of the office: the father, not the row
    (Actor("Tobias Marrable", "person", "unknown"), clue_from("Tobias Marrable"), None),
    (Actor("Tobias Marrable", "person", "unknown"),
     clue_from("Tobias Marrable", before="the civil rights leader the Rev. "), None),
    # the suffix written, the office named before the name or in the role, a party tag
    (Actor("Tobias Marrable Jr.", "person", "unknown"), clue_from("Tobias Marrable Jr."),
     "legislator"),
    (Actor("Tobias Marrable", "person", "unknown"),
     clue_from("Tobias Marrable", before="reporters asked Ohio Rep. "), "legislator"),
    (Actor("Tobias Marrable", "person", "legislator", "Rep."), clue_from("Rep. Tobias Marrable"),
     "legislator"),
    (Actor("Tobias Marrable", "person", "unknown"), clue_from("Tobias Marrable", " (D-Ohio)"),
     "legislator"),
    # a row with a suffix its holder is not usually written with stays
    (Actor("Neville Orrick", "person", "unknown"), clue_from("Neville Orrick"), "legislator"),
])
def test_a_name_without_the_suffix_its_holder_goes_by_is_another(actor, clue, expected):
    a = identify(actor, SUFFIX_ROSTER, clue)
    assert (a.type if a.type != "unknown" else None) == expected


def test_the_shipped_rows_know_who_goes_by_a_suffix():
    by_name = {h.name: h for h in ROSTER if h.country == "United States"}
    assert by_name["Jesse Jackson"].by_suffix
    assert not by_name["Joe Biden"].by_suffix  # a Jr. he is seldom written with


# --- a state the article names beside a row that gives none ----------------------------------

# Rows of our own: a vice president and a president (no seat, so no state), a senator who
# shares the president's surname, and a foreign minister.
STATELESS_ROSTER = (
    Holder("Marisol Quennell", "Quennell", ("Marisol",), "", "", "f", "Vice President",
           "government", "United States", "Democratic Party", None, None, None),
    Holder("Arlen Hadderly", "Hadderly", ("Arlen",), "", "", "m", "President",
           "head_of_state", "United States", "Republican Party", None, None, None),
    Holder("Corwin Hadderly", "Hadderly", ("Corwin",), "", "", "m", "Senator",
           "legislator", "United States", "Democratic Party", "Nevada", None, None),
    Holder("Tomas Vrbansky", "Vrbansky", ("Tomas",), "", "", "m", "Foreign Minister",
           "government", "Slovakia", None, None, 2020, None),
)


@pytest.mark.parametrize(("name", "mention", "after", "expected"), [
    # a row without a state is not contradicted by one the article writes
    ("Marisol Quennell", "Marisol Quennell", " of Oregon,", "Marisol Quennell"),
    ("Marisol Quennell", "Marisol Quennell", ", D-Ore.,", "Marisol Quennell"),
    ("Arlen Hadderly", "Arlen Hadderly", ", of Ohio,", "Arlen Hadderly"),
    ("Arlen Hadderly", "Ohio's Arlen Hadderly", "", "Arlen Hadderly"),
    ("Quennell", "Ms. Quennell", " of Oregon,", "Marisol Quennell"),
    # the member of Congress of that state, where there is one of the name, is the better match
    ("Hadderly", "Sen. Hadderly", " of Nevada,", "Corwin Hadderly"),
    ("Hadderly", "Mr. Hadderly", " of Nevada,", "Corwin Hadderly"),
    # a row whose state is another still fails (the stateless row of the name remains)
    ("Corwin Hadderly", "Corwin Hadderly", " of Ohio,", None),
    ("Hadderly", "Mr. Hadderly", " of Ohio,", "Arlen Hadderly"),
    # the party still tells: a row's party that differs fails
    ("Marisol Quennell", "Marisol Quennell", ", R-Ore.,", None),
])
def test_a_state_does_not_contradict_a_row_without_one(name, mention, after, expected):
    h = find_holder(STATELESS_ROSTER, name, clue_from(mention, after, year=2021))
    assert (h.name if h else None) == expected


def test_a_state_keeps_a_stateless_rows_role_and_party():
    actor = Actor("Marisol Quennell", "person", "unknown")
    a = identify(actor, STATELESS_ROSTER, clue_from("Marisol Quennell", " of Oregon,", 2021))
    assert (a.role, a.type, a.party) == ("Vice President", "government", "Democratic Party")
    actor = Actor("Tomas Vrbansky", "person", "unknown")
    a = identify(actor, STATELESS_ROSTER, clue_from("Tomas Vrbansky", ", in Georgia,", 2021))
    assert (a.role, a.country) == ("Foreign Minister", "Slovakia")


@pytest.mark.parametrize(("name", "after", "role"), [
    ("Kamala Harris", " of California,", "Vice President"),
    ("Mike Pence", " of Indiana,", "Vice President"),
    ("Joe Biden", ", of Delaware,", "President"),
])
def test_the_tables_presidents_keep_their_rows_beside_a_state(name, after, role):
    h = find_holder(ROSTER, name, clue_from(name, after, year=2021))
    assert h is not None
    assert (h.name, h.role) == (name, role)


# A state is a clue where the article says the person is of it: not a word of the person's
# own name ("Rep. Virginia Foxx", "George Washington"), nor a state an apposition after the
# name gives as the object of another verb ("who visited Iowa", "after a trip to Ohio").
@pytest.mark.parametrize(("mention", "after", "state"), [
    # the given name, a middle name or the surname is no clue
    ("Rep. Virginia Foxx", "", None),
    ("Virginia Foxx", " said", None),
    ("Mrs. Virginia Foxx", "", None),
    ("George Washington", "", None),
    ("Mr. Washington", "", None),
    ("Rep. Carolina Diaz", "", None),
    ("Rep. Georgia Diaz", "", None),
    ("Sen. Ann Montana Reyes", "", None),
    # a state before the name, or one an apposition ties to the person, still is
    ("North Carolina Rep. Virginia Foxx", "", "North Carolina"),
    ("Virginia Foxx", ", R-N.C., said", "North Carolina"),
    ("Rep. Georgia Diaz", " of Arizona", "Arizona"),
    ("Texas Sen. Ted Cruz", "", "Texas"),
    ("Senator Tom Reyes of West Virginia", "", "West Virginia"),
    ("Sen. Virginia Foxx of North Carolina", "", "North Carolina"),
    ("Ohio's Ann Roe", "", "Ohio"),
    ("Ohio congressman Tom Reyes", "", "Ohio"),
    ("Sen. Ted Cruz", ", a Texas Republican,", "Texas"),
    ("Sen. Ted Cruz", ", R-Texas,", "Texas"),
    ("Sen. Ted Cruz", ", Republican of Texas,", "Texas"),
    ("Sen. Ted Cruz", ", the junior senator from Texas,", "Texas"),
    ("Rep. Ann Roe", ", a Democrat who represents Iowa,", "Iowa"),
    ("Rep. Ann Roe", ", a ranking Ohio Democrat,", "Ohio"),
    ("Sen. Ted Cruz", ", a Texas Republican who visited Iowa,", "Texas"),
    # a state the apposition gives as the object of another verb or preposition is not
    ("Sen. Ted Cruz", ", who visited Iowa,", None),
    ("Sen. Ted Cruz", ", after a trip to Ohio,", None),
    ("Sen. Ted Cruz", ", campaigning in Iowa,", None),
    ("Sen. Ted Cruz", ", visiting Ohio,", None),
    ("Sen. Ted Cruz", ", who spoke in Nevada,", None),
    ("Sen. Ted Cruz", ", and Iowa Sen. Ann Roe", None),
])
def test_a_state_is_a_clue_only_where_the_article_ties_it_to_the_person(mention, after, state):
    assert clue_from(mention, after).state == state


# Rows of our own: members whose given names are states' names.
NAMED_FOR_STATES_ROSTER = (
    Holder("Carolina Diaz", "Diaz", ("Carolina",), "", "", "f", "Representative",
           "legislator", "United States", "Democratic Party", "Arizona", None, None),
    Holder("Georgia Pellham", "Pellham", ("Georgia",), "", "", "f", "Senator",
           "legislator", "United States", "Republican Party", "Nevada", None, None),
)


@pytest.mark.parametrize(("roster", "name", "mention", "after", "expected"), [
    (NAMED_FOR_STATES_ROSTER, "Georgia Pellham", "Sen. Georgia Pellham", "", "Georgia Pellham"),
    (NAMED_FOR_STATES_ROSTER, "Carolina Diaz", "Rep. Carolina Diaz", ", who visited Ohio,",
     "Carolina Diaz"),
    (NAMED_FOR_STATES_ROSTER, "Georgia Pellham", "Sen. Georgia Pellham", ", of Nevada,",
     "Georgia Pellham"),
    # a state the article does tie to the person still contradicts a row of another
    (NAMED_FOR_STATES_ROSTER, "Georgia Pellham", "Sen. Georgia Pellham", ", of Ohio,", None),
    (NAMED_FOR_STATES_ROSTER, "Carolina Diaz", "Rep. Carolina Diaz", ", a Texas Democrat,",
     None),
    (ROSTER, "Virginia Foxx", "Rep. Virginia Foxx", "", "Virginia Foxx"),
    (ROSTER, "Ted Cruz", "Sen. Ted Cruz", ", who visited Iowa,", "Ted Cruz"),
    (ROSTER, "Ted Cruz", "Sen. Ted Cruz", ", after a trip to Ohio,", "Ted Cruz"),
])
def test_a_name_or_a_visit_keeps_the_members_row(roster, name, mention, after, expected):
    h = find_holder(roster, name, clue_from(mention, after, year=2019))
    assert (h.name if h else None) == expected
