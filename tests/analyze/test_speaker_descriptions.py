"""The words around a speaker's name that are no speaker (issue 11): a rank ("No. 2"), an
adjective before the name, a sentence adverb, a long description before the name, a noun
that only qualifies a person noun, an unnamed source, a title with a gender. Each table is
one class, each case a sentence written for the test, with negatives the rule must keep.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import last_speaker, names_of, quotes_of

# --- a rank after a cue: "No. 2" is no name; one member of a party at an organisation -------

RANK_CASES = [
    ("a rank in the Senate, the senator named before",
     'Sen. Dale Pratt of Illinois spoke on Sunday. "Those who say no are wrong," said the '
     "Senate's No. 2 Democrat.", ("Dale Pratt", "person")),
    ("a rank in the House, the representative named before",
     'Rep. Tom Reyes of Ohio chairs the panel. "We have the votes," said the House\'s No. 3 '
     "Republican.", ("Tom Reyes", "person")),
    ("a party's top member in the Senate",
     'Sen. Ann Cole of Maine spoke on Sunday. "We are wrong," the Senate\'s top Republican '
     "said.", ("Ann Cole", "person")),
    ("a rank and no one named: a description, no name 'No'",
     '"The rule is dead," said the party\'s No. 3 Republican.',
     ("party's No. 3 Republican", "unknown")),
    # negatives: "No" is a name word elsewhere, and someone unnamed at an organisation stays so
    ("a name after a quotation holding 'No. 1'",
     '"I am No. 1," Noah Roe said.', ("Noah Roe", "person")),
    ("an indefinite party member at an organisation",
     'Sen. Ann Cole of Maine spoke on Sunday. "We are wrong," said a Senate Republican.',
     ("Senate Republican", "anonymous")),
]


@pytest.mark.parametrize(("label", "text", "expected"), RANK_CASES)
def test_a_rank_is_no_name(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- an adjective before a name after an inverted cue ---------------------------------------

ADJECTIVE_CASES = [
    ("an adjective and a relative clause",
     '"On the whole," says the boisterous Jane Roe, who was mayor of Tulsa from 2004, "it is '
     'very quiet."', ("Jane Roe", "person")),
    ("an adjective at the sentence's end",
     '"It is over," said the cheerful Tom Reyes.', ("Tom Reyes", "person")),
    ("an adjective before a middle initial",
     '"We lost," said the weary Dale K. Pratt.', ("Dale K. Pratt", "person")),
    ("a person's word before the name",
     '"We lost," said the bassist Tom Reyes, who joined in 2001.', ("Tom Reyes", "person")),
    ("an adjective before the subject of a participle",
     'The boisterous Tom Reyes waved, saying "We won."', ("Tom Reyes", "person")),
    # negatives: a day, or a word for what the name is, stays out of the name
    ("a day after the head",
     '"We lost," said the agency Friday.', ("agency", "organisation")),
    ("an outlet's kind before its name",
     '"We lost," said the newspaper New York Times.', ("newspaper", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), ADJECTIVE_CASES)
def test_an_adjective_before_a_name_is_no_speaker(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a sentence adverb before the subject ----------------------------------------------------

ADVERB_CASES = [
    ("an adverb before a surname, a second quotation joined by 'and added'",
     'Olivia Roe, president of the club, said she was attacked. "Go home," her attacker '
     'said. Ironically, Roe said she was "not the mayor\'s biggest fan," and added that she '
     '"was sad."', ["Olivia Roe", "her attacker", "Olivia Roe", "Olivia Roe"]),
    ("another adverb",
     'Tom Reyes, head of the bank, was robbed. Frankly, Reyes said he was "not scared at '
     'all," and added that he "would go back."', ["Tom Reyes", "Tom Reyes"]),
    ("an adverb before a participle's subject",
     'Sadly, the mayor walked out, saying "We are done."', ["mayor"]),
    ("an adverb made from an adjective in -ic",
     'Ann Cole ran the shop. Curiously, Cole said it was "a good year," and added that it '
     '"made money."', ["Ann Cole", "Ann Cole"]),
    # negatives: surnames and given names in -ly set off by a comma speak
    ("a surname in -ly before an apposition",
     'Connolly, a Democrat, walked out, saying "We are done."', ["Connolly"]),
    ("a given name in -ly",
     'Kelly, the mayor, walked out, saying "We are done."', ["Kelly"]),
    ("a surname in -ley",
     'Hurley, a lawyer, walked out, saying "We are done."', ["Hurley"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), ADVERB_CASES)
def test_a_sentence_adverb_is_no_subject(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected, label


# --- a long description before the name set off by a comma, after an inverted cue ----------

DESCRIBED_NAME_CASES = [
    ("a place's possessive and a role with 'in'",
     '"They are the best," said the District of Columbia\'s non-voting representative in '
     "Congress, Jane Roberts.", "Jane Roberts"),
    ("a state's possessive and a role with 'in'",
     '"We will win," said the state\'s longest serving senator in Washington, Tom Reyes.',
     "Tom Reyes"),
    ("a country's possessive with no article",
     '"We will win," said Ohio\'s senior senator, Tom Reyes.', "Tom Reyes"),
    ("an organisation's possessive",
     '"We will win," said the Pentagon\'s press secretary, Tom Reyes.', "Tom Reyes"),
    ("a person's possessive",
     '"We will win," said Ann Roe\'s lawyer, Tom Reyes.', "Tom Reyes"),
    # negatives: no name after the comma, or a name that does not end its clause
    ("a relative clause after the description",
     '"We will win," said the Pentagon\'s press secretary, who spoke in Ohio.',
     "Pentagon's press secretary"),
    ("a name that does not end its clause",
     '"We will win," said the Pentagon\'s spokesman, Tom Reyes Park was closed.',
     "Pentagon's spokesman"),
]


@pytest.mark.parametrize(("label", "text", "expected"), DESCRIBED_NAME_CASES)
def test_a_name_after_a_possessive_description_speaks(label, text, expected, knowledge):
    assert names_of(text, knowledge) == [expected], label


# --- a speaker's noun that only qualifies the person noun after it --------------------------

QUALIFIER_CASES = [
    ("'fellow' and an adjective before the head, a participle",
     'A fellow female student took her hat, saying, "Go away."',
     ("fellow female student", "anonymous")),
    ("'fellow' after an inverted cue",
     '"This is wrong," said a fellow student.', ("fellow student", "anonymous")),
    ("an organisation's noun before a person's",
     '"This is wrong," said a council clerk.', ("council clerk", "unknown")),
    ("a group's treasurer, a participle",
     'The group treasurer signed the check, saying, "This is ours."',
     ("group treasurer", "unknown")),
    # negatives: a verb after the noun, a plural, a fellow at an institute
    ("a verb after the noun",
     'The council offered a deal, saying "We are done."', ("council", "organisation")),
    ("a plural speaker's noun",
     '"We will win," said the group members.', ("group members", "group")),
    ("a fellow who is a title",
     '"This is wrong," said Ann Roe, a senior fellow at the institute.', ("Ann Roe", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUALIFIER_CASES)
def test_a_qualifying_noun_is_no_head(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- "this person" after an unnamed source named with an organisation ----------------------

SOURCE_CASES = [
    ("an organisation's name in the source's description",
     'Officials wanted a vote "on live TV," in the words of a third senior White House '
     'official. "We are voting," this person said.', "third senior White House official"),
    ("a one-word organisation",
     'The Herald spoke to a Pentagon source. "The talks are over," the person said.',
     "Pentagon source"),
    ("an organisation and a party",
     'The Herald spoke to a senior Senate Republican aide. "The vote is off," this person '
     "said.", "senior Senate Republican aide"),
    # negative: lower-case words only, as before
    ("a lower-case description",
     'The Herald spoke to a senior city official. "The vote is off," this person said.',
     "senior city official"),
]


@pytest.mark.parametrize(("label", "text", "expected"), SOURCE_CASES)
def test_the_person_is_the_source_introduced(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == (expected, "anonymous"), label


# --- a title with a gender: the last person named with its title, or the one person of its
# type, of that gender ("the congresswoman" is a "Rep." named before) -------------------------

GENDERED_TITLE_CASES = [
    ("the congresswoman among a man and a woman",
     'Rep. Tom Reyes and Rep. Jane Roe questioned the witness. Roe scolded her. "I do not see '
     'why that is funny," the congresswoman said.', ("Jane Roe", "person")),
    ("the congressman among a man and a woman",
     'Rep. Tom Reyes and Rep. Jane Roe questioned the witness. "I do not see why that is '
     'funny," the congressman said.', ("Tom Reyes", "person")),
    ("the congresswoman among two men and a woman",
     'Rep. Tom Reyes, Rep. Dale Pratt and Rep. Ann Cole met. "We are done," the '
     "congresswoman said.", ("Ann Cole", "person")),
    ("the congresswoman past a woman senator and a man named later",
     'Rep. Jane Roe asked first. Sen. Ann Cole spoke next. Rep. Tom Reyes asked last. "I do '
     'not see why that is funny," the congresswoman said.', ("Jane Roe", "person")),
    ("the congressman past a woman named later",
     'Rep. Tom Reyes asked first. Rep. Jane Roe asked last. "I do not see why that is '
     'funny," the congressman said.', ("Tom Reyes", "person")),
    # negatives: two women, the last named, as "the representative" is; a title with no
    # gender, no guess between two
    ("two congresswomen",
     'Rep. Jane Roe asked first. Rep. Ann Cole asked last. "I do not see why that is '
     'funny," the congresswoman said.', ("Ann Cole", "person")),
    ("the representative among a man and a woman: the last named",
     'Rep. Jane Roe asked first. Rep. Tom Reyes asked last. "I do not see why that is '
     'funny," the representative said.', ("Tom Reyes", "person")),
    ("the lawmaker among two",
     'Rep. Tom Reyes and Rep. Jane Roe questioned the witness. "I do not see why that is '
     'funny," the lawmaker said.', ("lawmaker", "unknown")),
]


@pytest.mark.parametrize(("label", "text", "expected"), GENDERED_TITLE_CASES)
def test_a_gendered_title_is_the_one_of_its_gender(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a name before a title that ends the mention, or after a title's "of": no one named -----

OFFICE_CASES = [
    ("a city before a title",
     'When an officer tried to question him, the Boston Police Commissioner said he "pulled '
     'a knife."', ("Boston Police Commissioner", "unknown")),
    ("a company before a title",
     '"We will grow," the Acme Widgets founder said.', ("Acme Widgets founder", "unknown")),
    ("a foundation before a title",
     '"We will grow," the Tom Reyes Foundation president said.',
     ("Tom Reyes Foundation president", "unknown")),
    ("the office's title alone",
     '"Russia must stop," said the Chief of Naval Operations.',
     ("Chief of Naval Operations", "unknown")),
    ("a rank of an office before a name",
     '"Russia must stop," Chief of Naval Operations Adm. John Richardson said Friday.',
     ("John Richardson", "person")),
    ("the title named before resolves",
     'Boston Police Commissioner Ann Roe spoke first. "We will grow," the Boston Police '
     'Commissioner said.', ("Ann Roe", "person")),
    # negatives: a name after the title, a person of an institution, a surname like a title
    ("a name after a title and 'of'",
     '"We will grow," said Secretary of State John Kerry.', ("John Kerry", "person")),
    ("a person of an institution",
     '"We will grow," said Ann Weil of the National Academy.', ("Ann Weil", "person")),
    ("a surname that is a title",
     '"We will grow," said Martin Luther King.', ("Martin Luther King", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OFFICE_CASES)
def test_a_title_with_no_name_names_no_one(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a relative pronoun after a date or a number is no head of a noun phrase ----------------

@pytest.mark.parametrize("text", [
    'The former mayor scolded a voter in Ohio on Dec. 5 who asked him "why are you here?"',
    'Ann Roe broke a guideline dating back to 2005 that suggested "normal operations be '
    'conducted on a secure system."',
    'The board kept a rule from 1998 which says "members must vote in person."',
])
def test_a_date_before_a_relative_pronoun_is_no_speaker(text, knowledge):
    names = names_of(text, knowledge)
    assert not any(n and (n[:1].isdigit() or n in ("Dec", "Dec.")) for n in names), names


@pytest.mark.parametrize(("text", "expected"), [
    ('The two candidates said "we will debate."', ["two candidates"]),
    ('The 2 candidates said "we will debate."', ["2 candidates"]),
])
def test_a_number_before_a_head_keeps_it(text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# --- words describing an organisation before its name ---------------------------------------

DESCRIBED_ORGANISATION_CASES = [
    ("a leaning before a known name, the subject",
     'Still, the liberal Center for American Progress says the rule is "a gift to industry."',
     "Center for American Progress"),
    ("a leaning and 'for a' inside the name, inverted",
     '"It is a gift," said the nonpartisan Committee for a Responsible Federal Budget.',
     "Committee for a Responsible Federal Budget"),
    ("a leaning before a name of its own, inverted",
     '"It is a gift," said the liberal Citizens for Clean Rivers.', "Citizens for Clean Rivers"),
    ("another leaning and an institute",
     '"It is a gift," said the conservative Institute for Tidy Policy.',
     "Institute for Tidy Policy"),
    # negatives: a person's name after such words keeps them as its role, or is read as before
    ("a former senator", '"It is a gift," said the former Sen. Jane Roe.', "Jane Roe"),
    ("a person's adjective", '"It is a gift," said the boisterous Jane Roe, who ran.',
     "Jane Roe"),
    ("a title and a place, the senator named before",
     'Sen. Tom Reyes spoke on Sunday. "These cuts will go through," the senator from Wyoming '
     'said.', "Tom Reyes"),
]


@pytest.mark.parametrize(("label", "text", "expected"), DESCRIBED_ORGANISATION_CASES)
def test_words_before_an_organisations_name_are_no_name(label, text, expected, knowledge):
    assert names_of(text, knowledge) == [expected], label


# --- a description, then the name it describes with words before it -------------------------
# "One such lawmaker, retiring Democratic Rep. Jim Moore, told": the name speaks, whatever
# qualifies it (an adjective, a party, a former trade); not a name that "including" or
# "among" ties to the description, nor a name inside another person's apposition.

DESCRIBED_NAME_CASES = [
    ("an adjective and a party before the title",
     'One such lawmaker, retiring Democratic Rep. Jim Moore, told a radio station that the '
     'young are "less likely to sign up."', ("Jim Moore", "person")),
    ("a party before the title",
     'Another critic, Republican Sen. Ann Vale, said the plan was "a disaster."',
     ("Ann Vale", "person")),
    ("after a quotation",
     '"The plan is a disaster," another critic, outgoing Gov. Ann Vale, said.',
     ("Ann Vale", "person")),
    ("a former trade before the name",
     'Her brother, former pilot Tom Reyes, said the crash was "no accident."',
     ("Tom Reyes", "person")),
    ("a hyphened title after a subordinator",
     'He won after his uncle, then-Rep. Dale Pratt, announced that he was "done with '
     'politics."', ("Dale Pratt", "person")),
    # negatives: a name tied to the description stays out, the description speaks
    ("including",
     'Other lawmakers, including Sen. Ann Vale, said the plan was "a disaster."',
     ("Other lawmakers", "group")),
    ("among them",
     'Several senators, among them Republican Sen. Ann Vale, said the plan was "a '
     'disaster."', ("Several senators", "group")),
    ("led by",
     'The group, led by Tom Reyes, said the plan was "a disaster."',
     ("group", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), DESCRIBED_NAME_CASES)
def test_a_name_after_a_description_speaks(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


def test_a_name_inside_another_persons_apposition_is_no_speaker(knowledge):
    text = ("Tom Reyes, a fundraiser for the mayor's brother, former Gov. Dale Pratt, said the "
            'race was "over."')
    speaker = last_speaker(text, knowledge)
    assert speaker is None or speaker[0] != "Dale Pratt"


# --- "special counsel" and "independent counsel" are titles: the one who holds it is the
# special counsel the article speaks of again -------------------------------------------------

COUNSEL_CASES = [
    ("the title again",
     'Special counsel Robert Muller sent a request. "We need the files," the special counsel '
     "said.", ("Robert Muller", "person")),
    ("the head noun alone",
     'Special counsel Robert Muller sent a request. "We need the files," the counsel said.',
     ("Robert Muller", "person")),
    ("according to",
     "Special counsel Robert Muller sent a request. According to the special counsel, Tom "
     "Reyes lied to the agents.", ("Robert Muller", "person")),
    ("independent counsel",
     'Independent counsel Ann Starling filed her report. "The evidence is clear," the '
     "independent counsel wrote.", ("Ann Starling", "person")),
    # negative: a counsel no one holds the title of stays a description
    ("a counsel's office and no counsel named",
     "The White House counsel's office relayed the request. \"We need the files,\" the "
     "counsel said.", ("counsel", "unknown")),
]


@pytest.mark.parametrize(("label", "text", "expected"), COUNSEL_CASES)
def test_a_special_counsel_is_the_one_named_so(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a place before a person's noun: "a Boston doctor" is someone from there, not "Boston" ----

PLACED_PERSON_CASES = [
    ("a city before a noun the lexicon lacks",
     'A Boston doctor said: "The plan is dangerous."', ("Boston doctor", "unknown")),
    ("a state that is also a country, and a given name",
     'The Georgia pastor told reporters: "It is a disgrace."', ("Georgia pastor", "unknown")),
    ("'one' and a state that is also a country",
     'One Georgia pastor said: "We will keep the doors open."', ("One Georgia pastor", "unknown")),
    ("inverted, a state that is also a country",
     '"We will keep the doors open," said a Georgia pastor.', ("Georgia pastor", "unknown")),
    ("inverted, a city",
     '"The clinic is full," said a Chicago nurse.', ("Chicago nurse", "unknown")),
    ("a state before a noun in -er",
     'An Ohio teacher said: "The buses are late again."', ("Ohio teacher", "unknown")),
    # negatives: no article makes it a name; an outlet stays media; a known head as before
    ("no article: a person's name",
     'Georgia Pastor said: "It is bad."', ("Georgia Pastor", "person")),
    ("a newspaper's reporter stays someone at the outlet",
     'A Boston Globe reporter said: "It is bad."', ("Boston Globe reporter", "anonymous")),
    ("a title after the state, unchanged",
     'A Texas judge said: "The plan is dangerous."', ("Texas judge", "anonymous")),
    ("a country alone still speaks as its government",
     'Georgia said: "The border is closed."', ("Georgia", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), PLACED_PERSON_CASES,
                         ids=[c[0] for c in PLACED_PERSON_CASES])
def test_a_place_before_a_persons_noun_is_no_speaker(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


def test_a_place_before_a_persons_noun_keeps_an_indirect_quote(knowledge):
    # before: 'A Georgia pastor said the law was "a disgrace."' found no quote at all
    assert names_of('A Georgia pastor said the law was "a disgrace."', knowledge) \
        == ["Georgia pastor"]


# --- a home or a workplace after a name, before the cue: the person speaks, not the place
# ("Sen. Tom Reyes (R) of Ohio said", "Ann Roe of the University of Texas at Austin said",
# "Ann Roe at Harbour Review Online said"),
# nor a title, a country or a capital the surname is ("Rep. Dale King of Iowa", "Kwabena
# Washington", after a given name the list lacks); a person's noun before "from" and a name:
# the person comes from there, no one so named -------------------------------------------------

# --- where an unnamed person is, after "the": a place or a body, never the person's name ----

PLACE_AFTER_THE_CASES = [
    ("a diplomat in a region",
     'A diplomat in the Middle East said, "The talks are over."',
     ("diplomat in the Middle East", "anonymous")),
    ("an attaché with a body's name before the head",
     'A NATO military attaché in the Middle East told Reuters that "the case is weak."',
     ("NATO military attaché in the Middle East", "anonymous")),
    # negatives: a document's maker stays; a place the tables hold, as before
    ("a blog post on a union's website",
     'A blog post on the CWA union’s website warned that the caucus "is new."',
     ("CWA", "organisation")),
    ("an official in a known city",
     'An official in Moscow said, "The talks are over."', ("official in Moscow", "anonymous")),
]


@pytest.mark.parametrize(("label", "text", "expected"), PLACE_AFTER_THE_CASES,
                         ids=[c[0] for c in PLACE_AFTER_THE_CASES])
def test_a_place_after_the_is_no_persons_name(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


HOME_CASES = [
    ("a home after a party tag",
     'Sen. Tom Reyes (R) of Ohio said the bill was "a bad deal."', ("Tom Reyes", "person")),
    ("a home after an age",
     'Hal Brenner, 76, of Clarksdale said the plan was "a mess."', ("Hal Brenner", "person")),
    ("a workplace and its city after 'in'",
     'Ann Roe of KBTV in Fresno said the plan was "a mess."', ("Ann Roe", "person")),
    ("a university and its campus after 'at'",
     'Tom Reyes of the University of Texas at Austin said the law was "a mess."',
     ("Tom Reyes", "person")),
    ("a university and its campus after a comma",
     'Historian Ann Cole of the University of California, Davis said the law was "a mess."',
     ("Ann Cole", "person")),
    ("a workplace after 'at'",
     'Ann Roe at Harbour Review Online said the law was "a mess."', ("Ann Roe", "person")),
    ("a workplace after 'at', an adverb before the cue",
     'Tom Reyes at the Harbour Gazette Online nevertheless called the law "a mess."',
     ("Tom Reyes", "person")),
    ("a person's noun before 'from' and a country the tables lack",
     '"I felt it," the woman from Honduras told reporters.',
     ("woman from Honduras", "anonymous")),
    ("a surname that is also a title, before a home",
     '"It is bad," said Rep. Dale King of Iowa.', ("Dale King", "person")),
    ("a surname that is also a country, before a home",
     '"It is bad," said Rep. Tom Jordan of Ohio.', ("Tom Jordan", "person")),
    ("a given name the list lacks after a title, a surname that is also a title",
     '"It is bad," said Sen. Hamish King of Maine.', ("Hamish King", "person")),
    ("a given name the list lacks before a surname that is a capital",
     '"It is a monument," said reporter Oyelaran Santiago.', ("Oyelaran Santiago", "person")),
    ("a given name the list lacks before a surname that is a metonym",
     'Kwabena Washington said the statue was "a monument."', ("Kwabena Washington", "person")),
    ("a party's letter in brackets before a home, the cue after",
     '"It is a mess," Rep. Ann Cole (D) of Texas said.', ("Ann Cole", "person")),
    ("no article before a person's noun and 'from'",
     'The migrant worker from Guatemala says he leaves home only to "work."',
     ("worker from Guatemala", "unknown")),
    # negatives: a name after a title with "of"; an office of a place; the place before the
    # name; a letter from someone is theirs
    ("a title with 'of' before the name",
     'Secretary of State Tom Reyes said the plan was "a mess."', ("Tom Reyes", "person")),
    ("an office of a city",
     'The mayor of Dayton said the plan was "a mess."', ("mayor of Dayton", "unknown")),
    ("a place opening the sentence",
     'In Ohio, Tom Reyes said the plan was "a mess."', ("Tom Reyes", "person")),
    ("an outlet's name before a capital",
     '"It is bad," said Breitbart London.', ("Breitbart", "media")),
    ("an official's surname before a metonym",
     '"We will act," the Obama Pentagon said.', ("Obama Pentagon", "organisation")),
    ("a king of a country",
     '"It is bad," said the King of Jordan.', ("King of Jordan", "unknown")),
    ("a letter from a surname",
     '"It was bad," the letter from Reyes said.', ("Reyes", "person")),
    ("a person's name with an honorific after 'from'",
     'Ann Roe sent emails all week. "I am sorry," said another from Ms. Roe.',
     ("Ann Roe", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), HOME_CASES,
                         ids=[c[0] for c in HOME_CASES])
def test_a_home_after_a_name_is_no_speaker(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a description's body and party: the person named before whose own title or party fits
# it ("Mitch McConnell ... the Senate majority leader"), no one whose title names another body
# or whose party is another ----------------------------------------------------------------

BODY_CASES = [
    ("a leader the officials table gives the title",
     'Mitch McConnell met the president on Monday. "We will act," the Senate majority leader '
     "said.", ("Mitch McConnell", "person")),
    ("a party and a body the title and party fit",
     'Chuck Schumer spoke in Queens on Monday. "We will act," the Democratic Senate leader '
     "said.", ("Chuck Schumer", "person")),
    ("the body and a rank",
     'Chuck Schumer spoke in Queens on Monday. "We will act," the Senate minority leader '
     "said.", ("Chuck Schumer", "person")),
    ("a person named with a title of their own",
     'The tariffs came after Ann Cole, the White House National Trade Council director said '
     'they were "a gift."', ("Ann Cole", "person")),
    ("a committee's chair named with the title",
     'The cuts came after Ann Cole, the Senate Budget Committee chairwoman said they were '
     '"a gift."', ("Ann Cole", "person")),
    # negatives: another party, another body, another outlet, an indefinite, a possessive
    ("another party",
     'Chuck Schumer spoke in Queens on Monday. "We will act," the Republican Senate leader '
     "said.", ("Republican Senate leader", "person")),
    ("another body",
     'Nancy Pelosi spoke in Queens on Monday. "We will act," the Senate majority leader said.',
     ("Senate majority leader", "person")),
    ("a host of another outlet",
     'Fox News host Tom Reyes spoke in Ohio. Ann Cole left. "We will act," the CNN host said.',
     ("CNN host", "person")),
    ("an indefinite",
     'Mitch McConnell spoke in Kentucky on Monday. "We will act," a Senate Republican leader '
     "said.", ("Senate Republican leader", "anonymous")),
    ("the leader's spokesman",
     'Mitch McConnell spoke in Kentucky on Monday. "We will act," the Senate majority '
     "leader's spokesman said.", ("Senate majority leader's spokesman", "anonymous")),
    # "former": not the leader in office named after the former one
    ("a former leader named by an apposition, the leader in office after",
     '"He would have done more," said Tom Reyes (R-Ohio), himself a former majority leader. '
     "Senate Majority Leader Mitch McConnell stayed silent. Even then, the former GOP leader "
     'said, "I never had to deal with anyone like him."', ("Tom Reyes", "person")),
    ("a former leader named by a title, the leader in office after",
     '"We wait," said former Senate Majority Leader Tom Reyes, a Republican. Mitch McConnell '
     'stayed silent. "We will act," the former Senate GOP leader said.',
     ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), BODY_CASES,
                         ids=[c[0] for c in BODY_CASES])
def test_a_description_is_the_one_its_body_and_party_fit(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a title a name keeps ("Pope Francis", "Bishop Ann Roe"): "the pope", "the bishop" is the
# one so named before; no surname, no place named so, no guess between two ------------------

NAME_TITLE_CASES = [
    ("the pope",
     '"We must act," said Pope Francis. "It is too common," the pope said.',
     ("Pope Francis", "person")),
    ("the bishop",
     '"We must act," said Bishop Ann Roe of Fresno. "It is too common," the bishop said.',
     ("Bishop Ann Roe", "person")),
    ("the cardinal",
     '"We must act," said Cardinal Tom Reyes. "It is too common," the cardinal said.',
     ("Cardinal Tom Reyes", "person")),
    ("the prince, a word after the title's first",
     '"We must act," said Crown Prince Ali Hamad. "It is too common," the prince said.',
     ("Crown Prince Ali Hamad", "person")),
    # negatives: a surname, two of the title, a description with no one so named
    ("a surname like the title",
     '"We must act," said Tom Pope. "It is too common," the pope said.', ("pope", "unknown")),
    ("two so named",
     'Prince Omar met Prince Ali in May. "It is too common," the prince said.',
     ("prince", "unknown")),
    ("no one so named",
     '"We must act," said Ann Roe of Fresno. "It is too common," the bishop said.',
     ("bishop", "unknown")),
    ("the pontiff, the title's other name",
     '"We must act," said Pope Leo. "It is too common," the pontiff said.', ("Pope Leo", "person")),
    ("the pontiff, no pope named",
     '"We must act," said Bishop Ann Roe. "It is too common," the pontiff said.',
     ("pontiff", "unknown")),
]


@pytest.mark.parametrize(("label", "text", "expected"), NAME_TITLE_CASES,
                         ids=[c[0] for c in NAME_TITLE_CASES])
def test_a_title_a_name_keeps_is_the_one_so_named(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a title of a type two people are named with ("the lawmaker" after two legislators): the
# one the sentence before opens with alone, else no guess -------------------------------------

LAST_SUBJECT_CASES = [
    ("the lawmaker after one of two is the subject",
     'Rep. Ann Cole and Sen. Tom Reyes met the mayor. Reyes said it was sad. The lawmaker '
     'told reporters: "That is sad."', ("Tom Reyes", "person")),
    ("the lawmaker after the other is the subject",
     'Rep. Tom Reyes and Rep. Jane Roe questioned the witness. Roe scolded her. "I do not see '
     'why that is funny," the lawmaker said.', ("Jane Roe", "person")),
    ("the subject of the description's own sentence",
     'Sen. Tom Reyes met Rep. Ann Cole on Monday. Later, Cole left the room, and the lawmaker '
     'said "we are done."', ("Ann Cole", "person")),
    # negatives: a subject of two joined by "and", a subject of another type, an indefinite
    ("two joined as the subject",
     'Rep. Tom Reyes and Rep. Jane Roe questioned the witness. "I do not see why that is '
     'funny," the lawmaker said.', ("lawmaker", "unknown")),
    ("a subject who is no legislator",
     'Rep. Tom Reyes and Rep. Jane Roe met the mayor. Mayor Dale Pratt said it was sad. "It '
     'is sad," the lawmaker said.', ("lawmaker", "unknown")),
    ("an indefinite",
     'Rep. Tom Reyes and Rep. Jane Roe met the mayor. Roe said it was sad. "It is sad," a '
     "lawmaker said.", ("lawmaker", "anonymous")),
]


@pytest.mark.parametrize(("label", "text", "expected"), LAST_SUBJECT_CASES,
                         ids=[c[0] for c in LAST_SUBJECT_CASES])
def test_a_type_two_share_is_the_last_subject(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a description whose head noun and words fit the person's own description, written with
# the name before the description or after it: "fired FBI agent Ann Roe ... the fired agent";
# nobody or two who fit, an epithet for the person just named, a body: no guess -------------

OWN_DESCRIPTION_CASES = [
    ("the words before the name",
     'Transcripts came from fired FBI agent Tom Reyes. Mr. Reyes spoke to the panel. "I was '
     'wrong," the fired agent said.', ("Tom Reyes", "person")),
    ("an apposition whose head stands before a preposition",
     'Oscar Reyes, the Guatemalan consul in Phoenix, said the boy was ill. "He was a good son," '
     "the consul said.", ("Oscar Reyes", "person")),
    ("an apposition after a participle",
     'Ann Cole, identified as the suspect\'s aunt, spoke to reporters. "She was kind," the aunt '
     "said.", ("Ann Cole", "person")),
    ("the words fit a retired nurse",
     'Retired nurse Tom Reyes spoke at noon. "We are tired," the retired nurse said.',
     ("Tom Reyes", "person")),
    ("an honorific between the words and the name",
     'Forensic pathologist Dr. Michael Kay was hired by the family. "It points to murder," Kay '
     'said. "It was no accident," the pathologist said.', ("Michael Kay", "person")),
    ("a married woman's honorific between the words and the name",
     'Retired nurse Mrs. Ann Cole spoke at noon. "We are tired," the retired nurse said.',
     ("Ann Cole", "person")),
    ("the noun a doctor's honorific stands for",
     'The autopsy was done by Dr. Ann Cole, a former medical examiner. Cole told the paper one '
     'shot hit the arm. The doctor added that "the rest missed."', ("Ann Cole", "person")),
    ("an apposition whose head stands before a participle and 'by'",
     'Michael Kay, a pathologist hired by the family, spoke on Monday. "Guards fall asleep," '
     'he said. Later, the pathologist said the cell was "never checked."',
     ("Michael Kay", "person")),
    ("an apposition whose head stands before a participle and an article",
     'Ann Cole, a teacher facing the board, spoke on Monday. "We are tired," the teacher said.',
     ("Ann Cole", "person")),
    ("an apposition whose head stands before a participle and a preposition",
     'Tom Reyes, a surgeon trained in Boston, spoke on Monday. The hearing ran late. "We are '
     'tired," the surgeon said.', ("Tom Reyes", "person")),
    # negatives: two who fit, nobody named so, words the person's do not hold, an epithet for
    # the subject before, a body
    ("two agents",
     'FBI agent Ann Roe and FBI agent Tom Reyes met the panel. "I was wrong," the agent said.',
     ("agent", "unknown")),
    ("nobody described so",
     'Tom Reyes spoke to the panel. The hearing ran late. "I was wrong," the fired agent '
     'said.', ("fired agent", "unknown")),
    ("two doctors by their honorific",
     'Dr. Ann Cole and Dr. Tom Reyes met the board. The hearing ran late. "We are tired," the '
     'doctor said.', ("doctor", "unknown")),
    ("an honorific that says no noun",
     'Mr. Tom Reyes spoke at noon. The hearing ran late. "We are tired," the doctor said.',
     ("doctor", "unknown")),
    ("a clause's subject and its verb after a name, no apposition",
     'After the mayor fired Ann Roe, the city manager admitted the error in a letter. "We were '
     'wrong," the city manager said.', ("city manager", "unknown")),
    ("two described so before a participle",
     'Dale Pratt, a nurse working at the clinic, spoke first. Ann Cole, a nurse working at the '
     'county hospital, spoke next. "We are tired," the nurse said.', ("nurse", "unknown")),
    ("a word the description before a participle lacks",
     'Tom Reyes, a surgeon trained in Boston, spoke on Monday. The hearing ran late. "We are '
     'tired," the young surgeon said.', ("young surgeon", "unknown")),
    ("a word the person's description lacks",
     'Retired nurse Tom Reyes spoke. "We are tired," the young nurse said.',
     ("young nurse", "unknown")),
    ("an epithet for the subject of the sentence before",
     'Ann Cole spoke on Monday. Host Tom Reyes mocked the plan. "It is a joke," the comedian '
     "said. Later, comedian Ann Cole spoke.", ("comedian", "unknown")),
    ("a body",
     'Ann Cole, the hospital\'s director, spoke. "We are full," the hospital said.',
     ("hospital", "organisation")),
    ("someone unnamed introduced since",
     'Longtime Clinton ally Tom Reyes runs the count. In Ohio, one Clinton ally called the '
     'race close. "It is hard," the ally said.', ("ally", "unknown")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OWN_DESCRIPTION_CASES,
                         ids=[c[0] for c in OWN_DESCRIPTION_CASES])
def test_a_description_is_the_one_whose_own_it_fits(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a description set beside a name as its apposition, closed before the verb, is the person
# named ("Ann Roe, a local historian, said"); not where the apposition runs on into the verb
# or no person's name stands before the comma -----------------------------------------------

APPOSITION_CASES = [
    ("an apposition with an article",
     'Ann Cole, a 61-year-old career coach, who drove from Reno for the debate, noted that the '
     'cities are warming fast.', ("Ann Cole", "person")),
    ("an apposition and a prepositional phrase after 'As'",
     'The rebate matters most to the poor. As Dale Pratt, senior director of tax policy at the '
     'Harbor Institute, put it to me: "If you make little, $1,200 is a lot of money."',
     ("Dale Pratt", "person")),
    ("an apposition closed by a dash",
     'After the vote, Tom Reyes, president of the Widget Workers Union – a federation with two '
     'million members – said it was also weighing its seat on the panel.',
     ("Tom Reyes", "person")),
    ("a surname named in full before",
     'Ann Vale testified on Monday. Later, Vale, a retired teacher from Tulsa, said she had '
     '"never seen anything like it."', ("Ann Vale", "person")),
    ("an inverted cue before the name and a relative clause after the apposition",
     '"We will spend the year on it," said Dale Pratt, spokesman for the Harbor Senate '
     'Committee, which has already cut a web ad.', ("Dale Pratt", "person")),
    # negatives
    ("an apposition that runs on into the verb",
     'When we called the office of Ann Roe, a woman answered and said, "No comment at all."',
     ("woman", "anonymous")),
    ("a place before the comma",
     'In Portland, a city official, who asked not to be named, said: "It is over now."',
     ("city official", "anonymous")),
]


@pytest.mark.parametrize(("label", "text", "expected"), APPOSITION_CASES,
                         ids=[c[0] for c in APPOSITION_CASES])
def test_an_apposition_is_the_person_it_names(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- an epithet: a definite description of a person no step resolves stands for the person
# the sentence before opens with, by name ("Ann Vale sued the city. The former prosecutor
# said"), after an honorific too; a trade's title or an agent noun the lexicon lacks ("the
# immunologist") is such a description; not an office still held, a body's head, a pronoun's
# reading, someone else named in its own sentence, a role the article gives someone -----------

EPITHET_CASES = [
    ("a former office",
     'Ann Vale sued the county on Monday. "The rules are unfair," the former prosecutor said.',
     ("Ann Vale", "person")),
    ("a person noun",
     'Tom Reyes, 56, backs no one in the race. The fund manager told a panel the debt was '
     '"going to grow."', ("Tom Reyes", "person")),
    ("a suspect, after an adverbial",
     'On Friday, Dale Pratt appeared in court. The suspect told police he "had to take a '
     'stand."', ("Dale Pratt", "person")),
    ("an agent noun the lexicon lacks, known by its ending",
     'Ann Vale spoke at the clinic on Monday. The immunologist said the risk was "low."',
     ("Ann Vale", "person")),
    ("a noun for a rich person",
     'Tom Reyes bought the team in May. The billionaire told fans it was "a dream."',
     ("Tom Reyes", "person")),
    ("a trade's title, no office",
     'Dale Pratt testified on Tuesday. "Growth will slow," the economist said.',
     ("Dale Pratt", "person")),
    ("a name after an honorific opens the sentence",
     'Dr. Ann Vale left the board in May. "It was time," the pediatrician said.',
     ("Ann Vale", "person")),
    # negatives
    ("a name after an honorific as a verb's object",
     'The board thanked Dr. Ann Vale on Monday. "It was time," the pediatrician said.',
     ("pediatrician", "unknown")),
    ("an office held now after an honorific",
     'Dr. Ann Vale sued the county. "It is unfair," the judge said.', ("judge", "unknown")),
    ("an agent noun someone unnamed was introduced with",
     'Tom Reyes spoke on Monday. An immunologist at the clinic disagreed. "It is risky," the '
     'immunologist said.', ("immunologist", "unknown")),
    ("an office held now",
     'Ann Vale sued the county on Monday. "The rules are fair," the judge said.',
     ("judge", "unknown")),
    ("a body's head",
     'Ann Vale sued the county on Monday. The head of the union said the rules were "unfair."',
     ("head of the union", "organisation")),
    ("someone else named in its own sentence",
     'Ann Vale sued the county on Monday. Pratt said the suspect was "calm."',
     ("Pratt", "person")),
    ("a pronoun opens the sentence before",
     'Ann Vale sued the county on Monday. She left at noon. "It was unfair," the fund manager '
     'said.', ("fund manager", "unknown")),
    ("no one in the sentence before",
     'Ann Vale sued the county on Monday. The hearing ran late. "It was unfair," the fund '
     'manager said.', ("fund manager", "unknown")),
    ("a head someone unnamed was introduced with",
     'A fund manager wrote to the board. Ann Vale sued the county on Monday. "It was unfair," '
     'the fund manager said.', ("fund manager", "unknown")),
    ("a name as a modifier",
     'The Vale lawsuit was filed on Monday. "It was unfair," the fund manager said.',
     ("fund manager", "unknown")),
    ("a relation is someone's, not the one just named",
     'Tom Reyes lost his farm in the flood. "We have nothing left," the son said.',
     ("son", "unknown")),
    ("a relation after a former office",
     'Ann Vale left the bench in May. "She never rests," the widower said.',
     ("widower", "unknown")),
]


@pytest.mark.parametrize(("label", "text", "expected"), EPITHET_CASES,
                         ids=[c[0] for c in EPITHET_CASES])
def test_an_epithet_is_the_person_named_before(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


def test_a_description_before_the_persons_own(knowledge):
    text = ('Ann Cole never liked the course. "It is settled," said the former assistant '
            'secretary of Indian affairs. "It holds," says Ann Cole, former assistant secretary '
            "of Indian affairs at the Interior Department.")
    assert names_of(text, knowledge) == ["Ann Cole", "Ann Cole"]


def test_a_description_before_a_person_not_yet_named(knowledge):
    text = ('"It is settled," said the former assistant secretary of Indian affairs. "It '
            'holds," says Ann Cole, former assistant secretary of Indian affairs at the Interior '
            "Department.")
    assert names_of(text, knowledge)[0] == "former assistant secretary of Indian affairs"


# --- someone a person has, named after the person's possessive: a client, a confidant, a
# consultant, a negotiator speaks, not the person; the person's document or body stays theirs

OWNED_PERSON_CASES = [
    ("confidants",
     "Sen. Tom Reyes faces a revolt. Reyes's confidants say the message has been received.",
     ("Reyes's confidants", "group")),
    ("a trade negotiator",
     "Ann Roe met the press. On Capitol Hill, Ms. Roe's trade negotiator said the deals hold.",
     ("Ms. Roe's trade negotiator", "anonymous")),
    ("consultants",
     "Ann Roe met the press. Roe's consultants said she would win.",
     ("Roe's consultants", "group")),
    ("one of the clients, after a possessive apostrophe alone",
     "Dale Parris is a lawyer. One of Parris' clients, who lives in Ohio, posted a photo with "
     'the comment, "It is done."', ("One of Parris' clients", "group")),
    # negatives: the person's report or letter is the person's voice; the person's campaign
    # is the person's campaign, as the person's office is (no one in it)
    ("a report",
     'Ann Roe met the press. "We will win," Roe\'s report said.', ("Ann Roe", "person")),
    ("a letter",
     'Ann Roe met the press. "We will win," Roe\'s letter said.', ("Ann Roe", "person")),
    ("a campaign",
     'Ann Roe met the press. "We will win," Roe\'s campaign said.',
     ("Ann Roe's campaign", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OWNED_PERSON_CASES,
                         ids=[c[0] for c in OWNED_PERSON_CASES])
def test_someone_a_person_has_speaks_not_the_person(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a description, then an apposition that names the one described: "according to her
# lawyer, Dale Pratt." speaks as Dale Pratt, "the trade group, the Acme Foundation," as the
# Acme Foundation; no apposition, more than one, a document: no name

APPOSED_NAME_CASES = [
    ("a relation, then a name and a full stop",
     "The clerk voids the licenses, according to her lawyer, Dale Pratt. Pratt left.",
     ("Dale Pratt", "person")),
    ("a name, then a relative clause",
     '"It is not just the pipeline," said the Bulgarian official, Ivan Petrov, who was deputy '
     "minister.", ("Ivan Petrov", "person")),
    ("a description before the name",
     "A trooper stopped them. The driver, nursing student Tom Reyes, admitted that both "
     "passengers were his cousins.", ("Tom Reyes", "person")),
    ("a title and a party tag in parentheses",
     "A third Democrat, Rep. Ann Cole (Maine), said she will split her votes.",
     ("Ann Cole", "person")),
    ("an owner's chairman",
     "The caucus failed to win the vote, according to its chairman, Rep. Ann Cole (R-OH).",
     ("Ann Cole", "person")),
    # negatives: no apposition but a list or a verb, many people, a document
    ("a list after the comma",
     "Some officials, including Ann Roe, said they were wary.",
     ("Some officials", "anonymous")),
    ("a verb after the comma",
     '"The deal is off," according to three people familiar with the talks, was Tom Reyes.',
     ("three people familiar with the talks", "anonymous")),
    ("a clause after the comma",
     '"It is open," according to aides who attended, Tom Reyes also said.',
     ("aides who attended", "anonymous")),
    ("a document",
     '"The vote is close," according to the poll, Ann Roe said.', ("poll", "unknown")),
    # a body described, then its name
    ("a trade group, then its name",
     "The trade group, the National Shooting Sports Foundation, said it is watching the bill.",
     ("National Shooting Sports Foundation", "organisation")),
    ("a name with 'and' in it",
     "An environmental group, the Planning and Conservation League, sued, saying it was "
     "unlawful.", ("Planning and Conservation League", "organisation")),
    ("a group before the cue",
     '"We will fight," the group, Concerned Veterans for America, said in a statement.',
     ("Concerned Veterans for America", "organisation")),
    # negatives: a body's aside, a relative clause
    ("an aside after a body",
     "The agency, in a statement, said the deal was off.", ("agency", "organisation")),
    ("a relative clause after a body",
     "The group, which backs the bill, said the deal was off.", ("group", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), APPOSED_NAME_CASES,
                         ids=[c[0] for c in APPOSED_NAME_CASES])
def test_a_description_is_the_name_set_off_after_it(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- another word for the office of a body's head: "the FDA chief" is the one person the
# article named head, director or commissioner of the FDA; no guess between two heads of it,
# none for a head of another body, a deputy, or where no one is named -------------------------

OFFICE_HEAD_CASES = [
    ("chief for the head of the body",
     'Ann Roe, the head of the FDA, spoke on Monday. "We are behind," the FDA chief said.',
     ("Ann Roe", "person")),
    ("chief for a commissioner named by title",
     'FDA Commissioner Tom Reyes spoke on Monday. "We are behind," the FDA chief told reporters.',
     ("Tom Reyes", "person")),
    ("leader for a secretary-general",
     'U.N. Secretary-General Dale Pratt spoke in May. "We must act," the U.N. leader said.',
     ("Dale Pratt", "person")),
    ("leader for a secretary-general, after a description of the office",
     '"We are ready," the head of the United Nations said. "We lag," said U.N. '
     'Secretary-General Dale Pratt. "We must act," the U.N. leader said.',
     ("Dale Pratt", "person")),
    ("chief for a director",
     'Ann Cole, the director of the FBI, spoke on Monday. "We will look," the FBI chief said.',
     ("Ann Cole", "person")),
    ("chief for the head written before the name",
     'Senators wrote to the head of the FDA, Dr. Ann Roe, in May. The panel met in June. After '
     'the White House named Roe, the new FDA chief said the agency "fell behind."',
     ("Ann Roe", "person")),
    ("chief for the chairman written before the name, by the body's initials",
     'He met the chairman of the CRB, Tom Reyes, on Monday. "It took too long," the head of '
     "the Civilian Review Board said.", ("Tom Reyes", "person")),
    # negatives
    ("two heads of the body",
     'Ann Cole, the director of the FBI, spoke. Tom Reyes, the head of the FBI, spoke too. "We '
     'will look," the FBI chief said.', ("FBI chief", "person")),
    ("the head of another body",
     'Tom Reyes, the head of the CIA, spoke on Monday. "We will look," the FBI chief said.',
     ("FBI chief", "person")),
    ("a deputy of the body",
     'FBI Deputy Director Ann Cole spoke on Monday. "We will look," the FBI chief said.',
     ("FBI chief", "person")),
    ("nobody named",
     '"We will look," the FBI chief said.', ("FBI chief", "person")),
    ("a former head of the body",
     'Former FDA Commissioner Tom Reyes spoke on Monday. "We are behind," the FDA chief said.',
     ("FDA chief", "person")),
    ("a former head written before the name",
     'Senators wrote to the former head of the FDA, Dr. Ann Roe, in May. "We are behind," the '
     "FDA chief said.", ("FDA chief", "person")),
    ("a deputy written before the name",
     'Senators wrote to the deputy director of the FBI, Ann Cole, in May. "We will look," the '
     "FBI chief said.", ("FBI chief", "person")),
    ("the head of another body written before the name",
     'Senators wrote to the head of the CIA, Ann Cole, in May. "We will look," the FBI chief '
     "said.", ("FBI chief", "person")),
    ("a head written before the name and another head by title",
     'Senators wrote to the head of the FDA, Dr. Ann Roe, in May. FDA Commissioner Tom Reyes '
     'spoke in June. "We are behind," the FDA chief said.', ("FDA chief", "person")),
    ("a party's head is no party leader",
     'Tom Reyes, the head of the Republican Party, spoke. "We must act," the GOP leader said.',
     ("GOP leader", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OFFICE_HEAD_CASES,
                         ids=[c[0] for c in OFFICE_HEAD_CASES])
def test_another_word_for_a_body_head_is_its_one_head(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- "the Israeli leader": the one head of that country the article named (its president or
# prime minister); none where it named two, a former one, or one of another country ----------

COUNTRY_LEADER_CASES = [
    ("a prime minister",
     'Israeli Prime Minister Tom Reyes spoke on Sunday. "We must act," the Israeli leader said.',
     ("Tom Reyes", "person")),
    ("a president",
     '"We will stay," said Syrian President Ann Cole. "We must act," the Syrian leader said.',
     ("Ann Cole", "person")),
    # negatives
    ("the president and the prime minister",
     'Israeli President Ann Roe met Israeli Prime Minister Tom Reyes. "We must act," the '
     'Israeli leader said.', ("Israeli leader", "unknown")),
    ("a former prime minister",
     'Former Israeli Prime Minister Tom Reyes spoke on Sunday. "We must act," the Israeli '
     'leader said.', ("Israeli leader", "unknown")),
    ("the president of another country",
     'Russian President Tom Reyes spoke on Sunday. "We must act," the Syrian leader said.',
     ("Syrian leader", "unknown")),
    ("another word before the head",
     '"We will stay," said Israeli Prime Minister Tom Reyes. "We must act," the Israeli '
     'opposition leader said.', ("Israeli opposition leader", "unknown")),
    ("nobody named",
     '"We must act," the Israeli leader said.', ("Israeli leader", "unknown")),
]


@pytest.mark.parametrize(("label", "text", "expected"), COUNTRY_LEADER_CASES,
                         ids=[c[0] for c in COUNTRY_LEADER_CASES])
def test_a_country_leader_is_its_one_head(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a description of a body's head that comes first: the one head of that body the next two
# sentences name, by a title of the body or its initials (a lead that names the person next);
# none where no one, a former head, a deputy, two heads or another body's head follow --------

HEAD_NAMED_NEXT_CASES = [
    ("a secretary-general named in the next sentence",
     '"We are ready," the head of the United Nations said. "We lag," said U.N. '
     "Secretary-General Dale Pratt.", ("Dale Pratt", "person")),
    ("a managing director by the body's initials",
     'The head of the International Monetary Fund said the slump is "far worse" than in 2008. '
     'At a briefing on Friday, IMF managing director Ann Roe called it "a crisis."',
     ("Ann Roe", "person")),
    ("a chairman by the body's initials, past a quotation's own sentences",
     'The head of the Civilian Review Board, which brought the case, said the ruling was '
     '"overdue." "It took too long. Nothing undoes it," CRB chairman Tom Reyes said.',
     ("Tom Reyes", "person")),
    # negatives: the description stays
    ("named three sentences on",
     'The head of the International Monetary Fund said the slump is "far worse" than in 2008. '
     "Markets fell. Oil rose. Gold held. IMF managing director Ann Roe spoke later.",
     ("head of the International Monetary Fund", "person")),
    ("a former head named next",
     'The head of the International Monetary Fund said it was "a mess." Former IMF managing '
     "director Tom Reyes disagreed.", ("head of the International Monetary Fund", "person")),
    ("a deputy named next",
     'The head of the Federal Bureau of Investigation said it was "a mess." FBI Deputy '
     "Director Ann Cole disagreed.", ("head of the Federal Bureau of Investigation", "person")),
    ("two heads named next",
     'The head of the International Monetary Fund said it was "a mess." IMF managing director '
     "Ann Roe and IMF chairman Tom Reyes met on Friday.",
     ("head of the International Monetary Fund", "person")),
    ("the head of another body named next",
     'The head of the International Monetary Fund said it was "a mess." CIA Director Tom Reyes '
     "disagreed.", ("head of the International Monetary Fund", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), HEAD_NAMED_NEXT_CASES,
                         ids=[c[0] for c in HEAD_NAMED_NEXT_CASES])
def test_a_body_head_described_first_is_the_head_named_next(label, text, expected, knowledge):
    quotes = quotes_of(text, knowledge)
    assert quotes, "no quote found"
    actor = quotes[0].actor
    assert ((actor.name, actor.kind) if actor else None) == expected, label


# --- a definite description by a title is the one person the article's own words give that
# title, where the tables give them another role ("Peter King, chairman of ..., ... the
# chairman said": the tables hold King as a Representative) or a name in the possessive owns
# the apposition ("Tom Reyes, Cole's nominee for the court"); also as the description a
# pronoun points back to. Two so described, someone unnamed ("a nominee") or an office the
# article gives no one stay descriptions -------------------------------------------------------

TITLED_DESCRIPTION_CASES = [
    ("an apposition owned by a name in the possessive",
     'Tom Reyes, Cole\'s nominee for the court, testified on Monday. The senators asked about '
     'guns. "I will follow the law," the nominee said.', ("Tom Reyes", "person")),
    ("an apposition owned by a titled name in the possessive",
     'Tom Reyes, Governor Ann Cole\'s nominee for the court, testified on Monday. The senators '
     'asked about guns. "I will follow the law," the nominee said.', ("Tom Reyes", "person")),
    ("the tables give another role: a chairman",
     'Peter King, chairman of the House Homeland Security Committee, spoke on Sunday. The host '
     'asked about the attack. "It is shameful," the chairman said.', ("Peter King", "person")),
    ("the tables give another role: a nominee",
     'Hillary Clinton, the presumptive Democratic nominee, spoke in Ohio on Monday. The crowd '
     'cheered. "We will win," the presumptive nominee said.', ("Hillary Clinton", "person")),
    ("the description a pronoun points back to",
     'Rex Tillerson, Trump\'s nominee for the post, testified for eight hours. The senators '
     'were unmoved. The nominee who emerged was calm. As he said in his statement: "We must '
     'lead."', ("Rex Tillerson", "person")),
    # negatives: no guess between two, someone unnamed, someone else just named
    ("two nominees",
     'Tom Reyes, Cole\'s nominee for the court, and Ann Roe, Cole\'s nominee for the bank, '
     'testified on Monday. The senators asked about guns. "I will follow the law," the nominee '
     'said.', ("nominee", "unknown")),
    ("an indefinite description",
     'Tom Reyes, Cole\'s nominee for the court, testified on Monday. The senators asked about '
     'guns. "I will follow the law," a nominee said.', ("nominee", "anonymous")),
    ("another person opens the sentence before",
     'Tom Reyes, Cole\'s nominee for the court, testified on Monday. Sen. Dale Pratt asked '
     'about guns. "I will follow the law," the nominee said.', ("nominee", "unknown")),
    ("no one given the title",
     'Peter King spoke on Sunday. The host asked about the attack. "It is shameful," the '
     'chairman said.', ("chairman", "unknown")),
    # a state that is also a given name before an abbreviated title names no "Virginia Gov"
    ("a state and a given name before 'Gov.'",
     'Virginia Gov. Ralph Northam met donors on Thursday. The room was full. "I am ready," the '
     'governor said.', ("Ralph Northam", "person")),
    ("a state and a given name before 'Gov.', within a sentence",
     'He met Florida Gov. Rick Scott on Thursday. The room was full. "I am ready," the governor '
     'said.', ("Rick Scott", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), TITLED_DESCRIPTION_CASES,
                         ids=[c[0] for c in TITLED_DESCRIPTION_CASES])
def test_a_title_is_the_one_the_article_gives_it(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label


# --- a title alone in a summary or a lead is the one person the next sentences name by that
# title alone ("the president says" ... "President Ann Roe said Friday"); not a holder of
# another rank, a former one, two, one named paragraphs on, nor a body ("the Army") --------

TITLED_NEXT_CASES = [
    ("a president named next",
     '"We have the votes," the president says. President Ann Roe said Friday that the bill '
     'would pass.', ("Ann Roe", "person")),
    ("a governor named next",
     '"We have the votes," the governor says. Gov. Tom Reyes spoke in Salem on Friday.',
     ("Tom Reyes", "person")),
    # negatives
    ("a lower rank",
     '"We have the votes," the president says. Vice President Tom Reyes said Friday that the '
     'bill would pass.', ("president", "unknown")),
    ("a former holder",
     '"We have the votes," the president says. Former President Tom Reyes said Friday that the '
     'bill would pass.', ("president", "unknown")),
    ("a holder of another country",
     '"We have the votes," the president says. Mexican President Tom Reyes said Friday that the '
     'bill would pass.', ("president", "unknown")),
    ("two named so",
     '"We have the votes," the president says. President Ann Roe met President Tom Reyes on '
     'Friday.', ("president", "unknown")),
    ("named more than ten sentences on",
     '"We have the votes," the president says. The bill came up on Monday. It failed. Then it '
     'passed. The House cheered. The Senate waited. The clerk read it. Nobody spoke. The doors '
     'shut. Lights went out. The vote came. It was late. President Ann Roe said Friday that the '
     'bill would pass.', ("president", "unknown")),
    ("the subject just named, whom the title points back to",
     'Tom Reyes backs the plan and wants shops open. "We need to get moving," the congressman '
     'told me. Representative Ann Roe is in the middle.', ("congressman", "unknown")),
    ("past the lead",
     'Flights are empty. Jordan flies home each week. He sits alone. Jordan sees the plan and '
     'wants shops open. "We need to get moving," the congressman told me. Representative Ann '
     'Roe is in the middle.', ("congressman", "unknown")),
    ("a body, not a soldier of it",
     '"We give no such care," the Army says. Retired Army Lt. Gen. Tom Reyes disagreed.',
     ("Army", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), TITLED_NEXT_CASES,
                         ids=[c[0] for c in TITLED_NEXT_CASES])
def test_a_title_alone_is_the_one_named_next(label, text, expected, knowledge):
    quotes = quotes_of(text, knowledge)
    assert quotes, "no quote found"
    actor = quotes[0].actor
    assert ((actor.name, actor.kind) if actor else None) == expected, label


# --- "the senator" after "a GOP senator" just introduced: that unnamed one, not a senator named
# further back; "another" opens an unnamed one as "a" and "one" do -------------------------

UNNAMED_SO_CASES = [
    ("the head of the unnamed one just introduced",
     'Sen. Ann Cole spoke on Monday. A Republican lawmaker said the bill "will fail." "We lack '
     'the votes," the lawmaker said.', ("Republican lawmaker", "anonymous")),
    ("one introduced with 'one'",
     'Gov. Ann Roe spoke on Monday. One Democratic senator called the plan "reckless." "We were '
     'blindsided," the senator said.', ("One Democratic senator", "anonymous")),
    ("one introduced with a place after the head",
     'Sen. Ann Cole spoke on Monday. A senator from Ohio said the bill "will fail." "We lack '
     'the votes," the senator said.', ("senator from Ohio", "anonymous")),
    ("'another' opens an unnamed one",
     'Sen. Tom Reyes praised the deal. Another GOP senator, who asked not to be named, called '
     'it "a mess." "We were not told," the senator said.', ("Another GOP senator", "anonymous")),
    ("'another' after a cue",
     '"We will act," said another Democratic lawmaker.',
     ("another Democratic lawmaker", "anonymous")),
    # negatives: a person named since, people in the plural, another head, too far back
    ("the senator named since",
     'A Republican lawmaker said the bill "will fail." Sen. Ann Cole met the press. "We lack '
     'the votes," the senator said.', ("Ann Cole", "person")),
    ("two senators introduced",
     'Sen. Ann Cole spoke on Monday. Two Republican senators said the bill "will fail." "We '
     'lack the votes," the senator said.', ("Ann Cole", "person")),
    ("an aide introduced, a senator described",
     'Sen. Ann Cole spoke on Monday. A Republican aide said the bill "will fail." "We lack the '
     'votes," the senator said.', ("Ann Cole", "person")),
    ("introduced more than three sentences back",
     'Sen. Ann Cole spoke on Monday. A Republican senator said the bill "will fail." The vote '
     'is on Friday. The House passed it in May. The governor signed a similar bill. "We lack '
     'the votes," the senator said.', ("Ann Cole", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), UNNAMED_SO_CASES,
                         ids=[c[0] for c in UNNAMED_SO_CASES])
def test_a_description_is_the_unnamed_one_just_introduced(label, text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected, label
