"""Name identity: which two names can be one person, and which never are."""

import pytest

from reportgen.analyze.actors.names import (
    canonical_key,
    formal_givens,
    given_among,
    group_names,
    parse_name,
    same_given,
    same_person,
)


@pytest.mark.parametrize(("a", "b"), [
    ("Jim Halloran", "James Halloran"),
    ("Mike Dorsey", "Michael Dorsey"),
    ("Pat Kimball", "Patrick Kimball"),
    ("Liz Ambrose", "Elizabeth Ambrose"),
    ("Chuck Wendell", "Charles Wendell"),
    ("Jack Orlow", "Jacob Orlow"),  # knowledge/given_variants.tsv: the package lacks it
    ("Jack Orlow", "John Orlow"),
    ("Mohammad al-Tamimi", "Mohammed al-Tamimi"),
    ("Federica Morandi", "Frederica Morandi"),
    ("Mary K. Jones", "Mary Jones"),
    ("Mary K. Jones", "Mary Katherine Jones"),
    ("Ms. Jones", "Mary K. Jones"),
    ("Mr. Ferris", "Tom Ferris"),
    ("Rep. Pat Kimball", "Patrick Kimball"),
    ("Sen. Dana Whitfield, R-Ore.", "Dana Whitfield"),
    ("Dmytro Hrytsenko", "Dmitro Hrytsenko"),
    ("Sergei Valenko", "Sergey Valenko"),
    ("Mikhail Orlovsky", "Mihail Orlovskiy"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Nadia Wasserman Blum", "Nadia Blum"),
    ("Willard Tice Crane", "Tice Crane"),
    ("J. Robert Ellison", "J. Robert Ellison"),
    ("Hank Dobson", "Dobson"),
    # a short form of another spelling of its formal name (the package has Anthony,
    # Katherine, Elizabeth, Alexander): one person across articles
    ("Tony Marwick", "Antony Marwick"),
    ("Kate Odell", "Katharine Odell"),
    ("Liz Ambrose", "Elisabeth Ambrose"),
    ("Alex Dorin", "Aleksander Dorin"),
    # the package's links that keep one person's name: a short form of another first letter
    # holding the formal name's sound, and one of another gender that begins it
    ("Bill Tarrant", "William Tarrant"),
    ("Bob Lindqvist", "Robert Lindqvist"),
    ("Ted Orwin", "Edward Orwin"),
    ("Peggy Hallam", "Margaret Hallam"),
    ("Sam Ferrell", "Samantha Ferrell"),
    ("Tish Moran", "Letitia Moran"),  # knowledge/given_variants.tsv: no sound of Letitia
])
def test_same_person(a, b):
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Tim Scott", "Rick Scott"),
    ("Donald Trump Jr.", "Donald Trump"),
    ("Robert Ellison Jr.", "Robert Ellison Sr."),
    ("George H. W. Bush", "George W. Bush"),
    ("Mr. Ferris", "Ms. Ferris"),
    ("Christina Hale", "Christine Hale"),
    ("Maria Lopez", "Mario Lopez"),
    ("Daniel Ortiz", "Danielle Ortiz"),
    ("Pat Kimball", "Peter Kimball"),
    ("Hillary Carver", "Bill Carver"),
    ("Liam Fox", "Liam Foxx"),
    ("Mike Rogers", "Mike Rodgers"),
    ("Ann Kessler", "Anna Keller"),
    ("John Orlow", "Jacob Orlow"),  # Jack is short for both, John and Jacob are two people
    # two people of one surname, however close the short form comes to the other's name
    ("Tony Marwick", "Donald Marwick"),
    ("Chris Anders", "Kirsten Anders"),  # Kristen is Chris's, Kirsten a name of its own
    ("Mary Robson", "Marian Robson"),  # Marion is Mary's, Marian a name of its own
    ("Dan Ortiz", "Daniela Ortiz"),
    # names the nicknames package links from genealogies that are two people in the news:
    # a short form holding no sound of the other name, two genders of the census table
    ("Bill Hartley", "Robert Hartley"),
    ("Fred Garner", "Bill Garner"),
    ("Ivan Pell", "John Pell"),
    ("Andrea Voss", "Andrew Voss"),
    ("Wilma Dorn", "William Dorn"),
])
def test_never_the_same_person(a, b):
    assert not same_person(a, b)
    assert not same_person(b, a)


@pytest.mark.parametrize(("text", "given", "middle", "surname", "suffix", "gender"), [
    ("Rep. Pat Kimball", "Pat", (), "Kimball", "", None),
    ("Donald Trump Jr.", "Donald", (), "Trump", "Jr.", None),
    ("Robert Ellison, Jr.", "Robert", (), "Ellison", "Jr.", None),
    ("Mary K. Jones", "Mary", ("K.",), "Jones", "", None),
    ("Mr. Jordan", "", (), "Jordan", "", "m"),
    ("Ms. Ng", "", (), "Ng", "", "f"),
    ("Dana Whitfield, R-Ore.", "Dana", (), "Whitfield", "", None),
    ("Angus King", "Angus", (), "King", "", None),
    ("Trump", "", (), "Trump", "", None),
])
def test_parse_name(text, given, middle, surname, suffix, gender):
    p = parse_name(text)
    assert (p.given, p.middle, p.surname, p.suffix, p.gender) == (
        given, middle, surname, suffix, gender)


@pytest.mark.parametrize(("a", "b"), [
    ("Jim Halloran", "James Halloran"),
    ("Rep. Pat Kimball", "Patrick Kimball"),
    ("Liz Ambrose", "Elizabeth Ambrose"),
    ("Mike Dorsey", "Michael Dorsey"),
    ("Ms. Mary K. Jones", "Mary Jones"),
])
def test_canonical_key_is_shared_by_variants(a, b):
    assert canonical_key(a) == canonical_key(b)


def test_canonical_key_keeps_suffix_and_given_name_apart():
    assert canonical_key("Donald Trump Jr.") != canonical_key("Donald Trump")
    assert canonical_key("Tim Scott") != canonical_key("Rick Scott")


@pytest.mark.parametrize(("given", "forms", "expected"), [
    ("Bobby", ("Roger", "Bobby", "Rod"), True),
    ("Robert", ("Roger", "Bobby", "Rod"), False),  # Bobby is short for both: no second hop
    ("Charles", ("Scott", "C."), False),  # a full name is no form of an initial
    ("C.", ("Scott", "Charles"), True),
    ("Lindsay", ("Lindsey",), True),
    ("Mohammad", ("Mohammed", "Mohamed"), True),
    ("Joshua", ("Joe", "Joseph", "Jos"), False),
    ("", ("Joe",), True),
    # a misspelling of a form the row derives (Alfred, a formal name Al may stand for) fits,
    # a given name of its own one letter from it does not: an Alfredo is no Al
    ("Alferd", ("Al", "Albert", "Alfred"), True),
    ("Alfredo", ("Al", "Albert", "Alfred"), False),
    ("Jonathon", ("Jon", "Jonathan"), False),  # "Jon": Jonathan is the tables', not his own
    ("Alfred", ("Al", "Albert", "Alfred"), True),  # written as the row lists it
    ("Johnny", ("John", "Johnathan", "Johny"), True),  # a short form of his own name
    # the person's own given name, misspelt as another name: the official all the same
    ("Alfredo", ("Alfred",), True),
    ("Garret", ("Garrett", "Gary"), True),
    ("Bernadete", ("Bernadette",), True),
    # one consonant that makes the name sound otherwise is another name, known to the name
    # tables or not; a vowel or a letter of the same sound is a spelling of one
    ("Ja'Ron", ("Jason",), False),
    ("Darin", ("Davin",), False),
    ("Nikolas", ("Nicolas",), True),
    ("Elisabeth", ("Elizabeth",), True),
])
def test_given_among_a_persons_own_forms(given, forms, expected):
    assert given_among(given, forms) is expected


@pytest.mark.parametrize(("short", "gender", "among", "not_among"), [
    ("Bill", "m", "william", "robert"),  # the package gives Robert too: no sound of Bill's
    ("Bob", "m", "robert", "william"),
    ("Jim", "m", "james", "jimmy"),  # a formal name, never another short form
    ("Dick", "m", "richard", "dickson"),  # Dickson is a name of its own (no short form)
    ("Lou", "m", "louis", "lucille"),  # the gender of the row's person decides
    ("Lou", "f", "louisa", "louis"),
    ("Pat", "f", "patricia", "patrick"),
    ("Tim", "m", "timothy", "tim"),
])
def test_formal_givens_of_a_short_form(short, gender, among, not_among, knowledge):
    found = formal_givens(short, gender, knowledge.given_names)
    assert among in found
    assert not_among not in found


@pytest.mark.parametrize("given", ["Adam", "Dale", "Zell", "J."])
def test_a_name_of_its_own_has_no_formal_given(given, knowledge):
    assert formal_givens(given, "m", knowledge.given_names) == ()


def test_an_initial_matches_its_given_name_only():
    assert same_given("J.", "James")
    assert not same_given("K.", "James")


def test_group_names_merges_variants_and_leaves_an_ambiguous_surname_alone():
    groups = group_names(["Tim Scott", "Rick Scott", "Scott", "Jim Halloran",
                          "James Halloran", "Mr. Halloran", "Donald Trump", "Donald Trump Jr."])
    assert groups["Jim Halloran"] == groups["James Halloran"] == groups["Mr. Halloran"]
    assert groups["Tim Scott"] != groups["Rick Scott"]
    assert groups["Scott"] == "Scott"
    assert groups["Donald Trump"] != groups["Donald Trump Jr."]


def test_group_names_is_independent_of_order():
    names = ["Mary Jones", "Mary K. Jones", "Ms. Jones", "Pat Kimball", "Patrick Kimball"]
    assert group_names(names) == group_names(list(reversed(names)))


@pytest.mark.parametrize("text", ["", " ", ",", ".", "—", "123", "Jr.", "Mr.", ", Jr."])
def test_a_name_with_no_letters_is_nobody_and_never_fails(text):
    assert not same_person(text, "Tim Scott")
    assert not same_person(text, "—")
    assert isinstance(canonical_key(text), str)
    assert group_names([text, "Tim Scott"])["Tim Scott"] == "Tim Scott"
