"""Who said it, class by class (issue 11): each case is a sentence written for the test.

Each table is one class of error; a case gives the text and, per quote in text order, the
canonical speaker name (or the fields that matter for that class).
"""

from __future__ import annotations

import pytest

from reportgen.analyze.actors.names import same_person
from tests.analyze.sentences import names_of, quotes_of

# --- a surname that is also an outlet, a country, a party or an organisation -------------

SURNAME_CASES = [
    pytest.param(
        "outlet surname",
        "Former defence secretary Liam Fox spoke in the Commons on Monday.\n\n"
        '"We cannot leave our allies waiting," Fox said.',
        ["Liam Fox"]),
    pytest.param(
        "outlet surname, said first",
        "Harriet Fox, a councillor in Leeds, opposed the plan.\n\n"
        'Fox said the vote had been rushed.',
        ["Harriet Fox"]),
    pytest.param(
        "country surname after Mr.",
        'Rep. Jim Jordan chaired the hearing on Tuesday.\n\n'
        '"This is a fishing expedition," Mr. Jordan said.',
        ["Jim Jordan"]),
    ("company surname",
     'Sen. Mike Lee of Utah objected to the bill.\n\n"It spends money we do not have," Lee said.',
     ["Mike Lee"]),
    ("honorific and a country",
     'Ms. Israel, the shop owner, was angry.\n\n"Nobody asked us," Ms. Israel said.',
     ["Israel"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), SURNAME_CASES)
def test_a_surname_that_is_also_an_outlet_or_country_is_the_person(label, text, expected,
                                                                   knowledge):
    quotes = quotes_of(text, knowledge)
    assert [q.actor.name for q in quotes] == expected
    assert all(q.actor.kind == "person" for q in quotes)


def test_an_outlet_alone_is_still_the_outlet(knowledge):
    text = ('The senator spoke to reporters on Monday.\n\n'
            '"We will not back down," she told Fox.\n\nFox reported that the talks had failed.')
    assert quotes_of(text, knowledge)[-1].actor.name == "Fox News"


def test_mr_jordan_has_no_country_jordan(knowledge):
    text = ('Rep. Jim Jordan, an Ohio Republican, chaired the hearing.\n\n'
            '"This is a fishing expedition," Mr. Jordan said.')
    quotes = quotes_of(text, knowledge)
    assert [q.actor.name for q in quotes] == ["Jim Jordan"]
    assert all(q.actor.country != "Jordan" for q in quotes)


# --- the target of an attack is not the speaker -------------------------------------------

TARGET_CASES = [
    ('"Tom Breyer is a liar and a fraud," Senator Ruth Vail said.', ["Ruth Vail"]),
    ('"Donald Trump is a liar and a fraud," Senator Ruth Vail said.', ["Ruth Vail"]),
    ('"Putin is a war criminal," the British defence secretary, Ben Wallace, said.',
     ["Ben Wallace"]),
    ('Carla Ortiz called Senator Ruth Vail "a coward" on Monday.', ["Carla Ortiz"]),
    ('"Governor Dale Pratt has failed this city," Mayor Ken Ortiz said on Friday.',
     ["Ken Ortiz"]),
    ('"Nobody trusts Carla Ortiz any more," said Paul Okafor, a county commissioner.',
     ["Paul Okafor"]),
]


@pytest.mark.parametrize(("text", "expected"), TARGET_CASES)
def test_the_target_of_an_attack_is_not_the_speaker(text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# --- a question or exclamation with the attribution after it ------------------------------

QUESTION_CASES = [
    ('"Is it true?" Biden said.', ["Joe Biden"]),
    ('"Who pays for this?" asked Senator Ruth Vail.', ["Ruth Vail"]),
    ('"We will win!" Mayor Ken Ortiz shouted at the rally.', ["Ken Ortiz"]),
    ('Gina Marsh spoke first.\n\n"Why now?" she asked.', ["Gina Marsh"]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_CASES)
def test_a_question_or_exclamation_is_found_and_attributed(text, expected, knowledge):
    assert names_of(text, knowledge) == expected


def test_a_question_is_not_joined_to_a_sentence_of_its_own(knowledge):
    text = ('"Is it over?" That was the question in the hall on Monday, before the court '
            'said the case would go on.')
    assert all(q.text != '"Is it over?"' for q in quotes_of(text, knowledge))


# an attribution longer than ten words after a question or exclamation: a short subject, an
# apposition set off by commas and the cue, or the cue and an adjunct set off by a comma
LONG_QUESTION_CASES = [
    ('"What is the mayor going to do?" Paul Okafor, a member of the harbour board, said in an '
     'interview.', ["Paul Okafor"]),
    ('"We will win!" Gina Marsh, a nurse who has worked at the county hospital since 1999, '
     'told reporters.', ["Gina Marsh"]),
    ('"Wouldn\'t you be?" Carla Ortiz said, according to notes of the call that an aide kept '
     'that night.', ["Carla Ortiz"]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_QUESTION_CASES)
def test_a_long_attribution_after_a_question_is_joined_to_it(text, expected, knowledge):
    assert names_of(text, knowledge)[:1] == expected


@pytest.mark.parametrize("text", [
    # the cue opens a clause of its own: another statement, not the question's attribution
    '"What is she offering your family?" Carla Ortiz says the woman left the race as a '
    'supporter of the mayor.',
    '"We will win!" Paul Okafor, a member of the harbour board since 1999, told reporters the '
    'vote was fair.',
    '"Protest the mayor at the harbour!" Around 4,700 said they were interested in attending '
    'the event that night.',
])
def test_a_long_sentence_of_its_own_after_a_question_is_no_attribution(text, knowledge):
    first = text[:text.index(" ", text.index('"', 1))]
    assert all(q.actor is None for q in quotes_of(text, knowledge) if q.text == first), \
        [(q.text, q.actor) for q in quotes_of(text, knowledge)]


# --- junk is no speaker ---------------------------------------------------------------------

JUNK_CASES = [
    ("dateline",
     'WASHINGTON — "The deal is done," Senator Ruth Vail said on Monday.', "Ruth Vail"),
    ("opener No",
     'No, the plan was never approved, Carla Ortiz said.', "Carla Ortiz"),
    ("opener Shortly",
     'Shortly after the vote, Carla Ortiz said the plan would fail.', "Carla Ortiz"),
    ("opener Hours",
     'Hours later, Mayor Ken Ortiz said the roads were open again.', "Ken Ortiz"),
    ("opener After",
     'After the mayor spoke, Paul Okafor said the budget was short.', "Paul Okafor"),
    ("time span before a participle",
     'Minutes later, Governor Dale Pratt issued a statement saying the order was lawful.',
     "Dale Pratt"),
    ("participle opener",
     'Stung by the vote, Senator Ruth Vail left the chamber, saying the count was rigged.',
     "Ruth Vail"),
    ("subordinator before a participle cue",
     'After saying she was tired, Carla Ortiz left the podium.\n\n'
     'Before leaving, Carla Ortiz thanked the crowd, adding that she would be back.',
     "Carla Ortiz"),
    ("adjective before a plural cue form",
     'In his closing remarks, Mayor Ken Ortiz said the city was safe.', "Ken Ortiz"),
    ("told an outlet",
     'Carla Ortiz told CNN that the plan would fail.', "Carla Ortiz"),
    ("told an outlet, quote",
     '"The plan will fail," Carla Ortiz told Fox News on Sunday.', "Carla Ortiz"),
]


@pytest.mark.parametrize(("label", "text", "expected"), JUNK_CASES)
def test_junk_is_no_speaker(label, text, expected, knowledge):
    assert set(names_of(text, knowledge)) == {expected}


@pytest.mark.parametrize(("text", "name"), [
    ('Recalling the vote, Carla Ortiz, a former aide, said of Senator Ruth Vail: '
     '"She will not fold."', "Carla Ortiz"),
    ('Tom Breyer, a retired teacher, wrote of Mayor Ken Ortiz: "He never listens."',
     "Tom Breyer"),
])
def test_the_name_after_said_of_is_what_the_quote_is_about(text, name, knowledge):
    assert names_of(text, knowledge) == [name]


@pytest.mark.parametrize(("text", "speaker"), [
    ("UPDATE: 7:19 p.m. -- The Daily Ledger now reports that the mayor was indicted.",
     "The Daily Ledger"),
    ('The group spent heavily.\n\nThe Daily Ledger reports: "The ad is airing in Miami."',
     "The Daily Ledger"),
])
def test_no_timestamp_adverb_or_verb_in_the_speaker(text, speaker, knowledge):
    assert [q.speaker for q in quotes_of(text, knowledge)] == [speaker]


def test_a_described_person_is_the_one_named(knowledge):
    text = ("Glenn Hale, a Fox News host, spoke at the meeting.\n\n"
            'All we heard, the Fox News host complained, was "a bigger tent."')
    assert names_of(text, knowledge) == ["Glenn Hale"]


def test_an_as_clause_reports_what_follows_it(knowledge):
    text = "As The Washington Post reported, the mayor had resigned a week earlier."
    [q] = quotes_of(text, knowledge)
    assert (q.text, q.speaker) == ("the mayor had resigned a week earlier",
                                   "The Washington Post")


@pytest.mark.parametrize("text", [
    'Mr. Smith delivered what aides described as "the speech of his life."',
    'The mayor gave what critics called "a campaign speech" on Monday.',
    'Close to "a thousand people" gathered outside.',
    'Two "senior officials" were at the table.',
])
def test_no_clause_fragment_or_opener_becomes_a_speaker(text, knowledge):
    for q in quotes_of(text, knowledge):
        assert q.actor is None or q.actor.name.split()[0] not in {"Close", "Two", "Hours"}
        assert q.actor is None or "delivered" not in q.actor.name


def test_a_title_split_at_mr_is_no_speaker(knowledge):
    text = ("Ann Lee, the deputy chief of staff. Mr. Hale was with her.\n\n"
            '"We are ready," Ms. Lee said.')
    assert names_of(text, knowledge) == ["Ann Lee"]


# "Per X," and "Having ...," open a sentence as adverbials: never its subject, never a
# speaker; the subject after their comma speaks (issue 11)
OPENER_CASES = [
    ("per, then a coordinated cue",
     "Per this source, Tom Reyes was rebutting a suggestion by the mayor, and said something "
     'along the lines of, "Do you want to close the mill, Ann?"', "Tom Reyes"),
    ("having, then the subject",
     'Having once called the mayor a "fraud" who cannot be trusted, the Ohio senator Tom '
     "Reyes walked back his words.", "Tom Reyes"),
    ("having, the comma inside the marks",
     'Having called the plan "a disaster," Ann Cole now backs it.', "Ann Cole"),
    # negatives: the name first, "per" before a cue of its own subject
    ("the name first", 'Tom Reyes called the plan "a disaster."', "Tom Reyes"),
    ("per the report, a subject and a cue",
     'Per the report, Tom Reyes said the levee "will hold for a century."', "Tom Reyes"),
]


@pytest.mark.parametrize(("label", "text", "name"), OPENER_CASES)
def test_an_opening_adverbial_is_no_speaker(label, text, name, knowledge):
    named = [n for n in names_of(text, knowledge) if n]
    assert named[-1:] == [name]


# --- a relative pronoun speaks for the phrase before it -----------------------------------

RELATIVE_CASES = [
    ("Governor Chris Ward, who said the plan would fail, left early.", "who", "Chris Ward"),
    ("The county council, which said the figures were wrong, asked for more time.", "which",
     "county council"),
    ("Mayor Ken Ortiz spoke on Monday. Ortiz, who said the city was safe, took no questions.",
     "who", "Ken Ortiz"),
]


@pytest.mark.parametrize(("text", "mention", "name"), RELATIVE_CASES)
def test_a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(text, mention, name,
                                                                        knowledge):
    q = quotes_of(text, knowledge)[0]  # the relative clause's words come first
    assert (q.speaker, q.actor.name) == (mention, name)
    assert "," not in q.text, q.text  # they end where the antecedent's own verb comes


# a relative pronoun after an apposition with no article before its role is the person the
# apposition describes too ("Ana Ruiz, chief of staff to Senator Tom Reyes, who": Ruiz; the
# cases with an article are in test_speaker_clauses.py; issue 11)
APPOSITION_RELATIVE_CASES = [
    ("no article before the role",
     '"It passed," said Ana Ruiz, chief of staff to Senator Tom Reyes, who said the vote was '
     '"a relief."', ["Ana Ruiz", "Ana Ruiz"]),
    ("a party and a state",
     'The deal pleased Senator Tom Reyes, Republican of Ohio, who said it was "a fair '
     'trade."', ["Tom Reyes"]),
    ("an expert with an organisation",
     '"The rules are too strict," said Tom Reyes, an economist with the Center for Open '
     'Markets, who added that they "cost jobs."', ["Tom Reyes", "Tom Reyes"]),
    # negatives: a clause after the comma, not an apposition; the name right before "who"
    ("a coordinated verb before the object",
     'Tom Reyes thanked Ann Vale, and then spoke of Sam Cole, who said the plan was '
     '"a disaster."', ["Sam Cole"]),
    ("the object of a verb",
     'The mayor met Sam Cole, who said the plan was "a disaster."', ["Sam Cole"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), APPOSITION_RELATIVE_CASES)
def test_a_relative_pronoun_after_an_apposition_is_the_person_it_describes(label, text,
                                                                         expected, knowledge):
    assert names_of(text, knowledge) == expected


# a bare cue form after a singular noun that a possessive or "a" opens is a compound noun,
# no verb ("his campaign promise to ...": the verb would be "promises"), so the quotation after
# it is the next cue's (issue 11)
COMPOUND_NOUN_CASES = [
    ("a possessive and a noun before a promise",
     'While Tom Reyes remains committed to his campaign promise to cut taxes, "whether that '
     'is in this bill, I will not say," Sam Cole said.', ["Sam Cole"]),
    ("an article and a noun before a pledge",
     'Despite a tax pledge to cut rates, "we will raise them," Sam Cole said.', ["Sam Cole"]),
    ("a campaign promise no one speaks",
     'The mayor kept a campaign promise to end "the parking wars." Sam Cole spoke next.', []),
    # negatives: plural subjects and nouns that take a plural verb keep the bare form a verb
    ("a plural noun after a possessive", 'Her aides say the plan is "dead."', ["Her aides"]),
    ("a singular noun of plural sense", 'His staff say the plan is "dead."', ["His staff"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), COMPOUND_NOUN_CASES)
def test_a_bare_cue_after_a_singular_noun_is_a_noun(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# --- descriptions resolved where the article names the person -----------------------------

DESCRIPTION_CASES = [
    pytest.param("the lawmaker",
                 "Rep. Gina Marsh, D-Ore., filed the bill on Monday.\n\n"
                 '"It is overdue," the lawmaker said.', "Gina Marsh"),
    pytest.param("the Ohio governor",
                 "Ohio Gov. Dale Pratt signed the order.\n\n"
                 '"We had no choice," the Ohio governor said.', "Dale Pratt"),
    ("the former prosecutor",
     "Carla Ortiz, a former prosecutor, now runs a law clinic.\n\n"
     '"The charges will not stick," the former prosecutor said.', "Carla Ortiz"),
    pytest.param("the president herself",
                 "President Ana Ruiz met the strikers on Tuesday.\n\n"
                 '"I hear you," the president herself told them.', "Ana Ruiz"),
    ("two lawmakers: no guess",
     "Rep. Gina Marsh and Sen. Paul Okafor filed the bill.\n\n"
     '"It is overdue," the lawmaker said.', "lawmaker"),
    ("the statement",
     "Senator Ruth Vail issued a statement on Friday.\n\n"
     '"The ruling is a disgrace," the statement said.', "Ruth Vail"),
]


# a description by party and place, by title and place, or by a role the article gives no
# one: the one person named just before whom it can describe (issue 11)
SALIENT_DESCRIPTION_CASES = [
    ("party and state",
     "Senator Pat Grove met the mayor on Monday. But this time, the Ohio Republican had a new "
     'demand: "Fix the bridge first."', "Pat Grove"),
    ("title from a state",
     'Republican Sen. Paul Okafor said Sunday the cuts would come.\n\n'
     '"They are going to go through," the senator from Wyoming said.', "Paul Okafor"),
    ("a woman's title from a state",
     'Rep. Gina Marsh spoke on Sunday.\n\n'
     '"The money is gone," the congresswoman from Vermont said on the radio.', "Gina Marsh"),
    ("a nominee the article named without the role",
     'Tom Reyes toured the plant. "It was a fine visit," the Democratic nominee said.',
     "Tom Reyes"),
    ("a senator of the party named as its nominee",
     "In an interview with Ann Lowe on Wednesday, Republican Sen. Tom Reyes said the plant "
     'was old.\n\n"It was a fine visit," the presumptive GOP nominee said.', "Tom Reyes"),
    ("the speaker, not the interviewer",
     "In an interview with Ann Lowe on Wednesday, Tom Reyes said the plant was old.\n\n"
     '"It was a fine visit," the presumptive GOP nominee said.', "Tom Reyes"),
    # negatives: another party, type or gender, or two people, and no guess
    ("another party",
     'Tom Reyes, a Democrat, toured the plant. "It was a fine visit," the Ohio Republican '
     'said.', "Ohio Republican"),
    ("two people",
     'Tom Reyes and Sam Cole toured the plant. "It was a fine visit," the Democratic nominee '
     'said.', "Democratic nominee"),
    ("another gender",
     'Tom Reyes toured the plant. "It was a fine visit," the congresswoman said.',
     "congresswoman"),
    ("another office",
     'Gov. Tom Reyes toured the plant. "It was a fine visit," the senator said.', "senator"),
    ("an organisation's description",
     'Tom Reyes toured the plant.\n\nThe company issued a statement. "We are proud," the '
     'company said.', "company"),
    ("a new person by office, no party",
     'Tom Reyes was called to testify in family court.\n\n"Would you adopt him?" the judge '
     'asked.', "judge"),
    ("an unnamed source just quoted",
     'Tom Reyes is running. One fundraiser said the launch was early.\n\n'
     '"It is a gamble," the Democrat said.', "One fundraiser"),
    ("the party member after a long quotation",
     '"The vote is a farce," said Rep. Gina Marsh (D-Ore.). "We were shut out. It was a '
     'disgrace. We will fight."\n\nThe Oregon Democrat pledged to sue.', "Gina Marsh"),
]


@pytest.mark.parametrize(("label", "text", "expected"), SALIENT_DESCRIPTION_CASES)
def test_a_description_is_the_one_person_it_can_describe(label, text, expected, knowledge):
    assert names_of(text, knowledge)[-1] == expected


@pytest.mark.parametrize(("label", "text", "expected"), DESCRIPTION_CASES)
def test_a_description_resolves_to_the_person_named(label, text, expected, knowledge):
    assert names_of(text, knowledge)[-1] == expected


# a name before an unnamed source's role only says where the source works: "an Obama
# administration official" is not Obama (issue 11; the plural was handled before)
QUALIFIED_SOURCE_CASES = [
    ("a president's administration",
     '"The cap stays," an Okafor administration official said.',
     ("Okafor administration official", "anonymous")),
    ("a campaign",
     'Gov. Dale Pratt is running again.\n\n"We are ahead," a Pratt campaign official said.',
     ("Pratt campaign official", "anonymous")),
    ("a capitalised place of work",
     '"It is part of a series," said one West Wing official.',
     ("one West Wing official", "anonymous")),
    ("one source",
     '"The vote is close," one Marsh campaign source told reporters.',
     ("one Marsh campaign source", "anonymous")),
    # negatives: a name at the end is the speaker; a definite role is left as it was
    ("the name last",
     '"The cap stays," a senior official, Tom Reyes, said.', ("Tom Reyes", "person")),
    ("a title before the name",
     '"The cap stays," said administration official Tom Reyes.', ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUALIFIED_SOURCE_CASES)
def test_a_name_before_an_unnamed_sources_role_is_not_the_speaker(label, text, expected,
                                                                  knowledge):
    q = quotes_of(text, knowledge)[-1]
    assert (q.actor.name, q.actor.kind) == expected


# --- style variants: one person, one voice ------------------------------------------------

def test_home_state_and_party_after_the_name_are_not_the_speaker(knowledge):
    text = '"The plan is dead," Rep. Pat Kimball, Illinois Democrat, said.'
    [q] = quotes_of(text, knowledge)
    assert (q.actor.name, q.actor.party) == ("Pat Kimball", "Democratic Party")


def test_middle_initial_and_honorific_are_one_voice(knowledge):
    text = ('Mary K. Jones, the city treasurer, presented the budget.\n\n'
            '"We are solvent," Ms. Jones said.\n\n'
            '"Barely," Mary Jones added.')
    names = names_of(text, knowledge)
    assert names == ["Mary K. Jones"] * 2
    assert same_person(names[0], "Mary Jones")


def test_a_middle_initial_after_a_title_keeps_the_name_whole(knowledge):
    text = ('Representative Michael R. Halloran, Republican of Ohio, chaired the hearing.\n\n'
            '"It was a witch hunt," Mr. Halloran, a committee member, said.')
    [q] = quotes_of(text, knowledge)
    assert (q.actor.name, q.actor.role, q.actor.party) == (
        "Michael R. Halloran", "Representative", "Republican Party")


# --- pronouns do not jump across someone else's quote -------------------------------------

def test_a_pronoun_does_not_jump_across_another_speakers_quote(knowledge):
    text = ('Mayor Ken Ortiz opened the meeting.\n\n'
            '"We need the money," said Carla Ortiz, the treasurer. "Now."\n\n'
            '"She is right," he said.')
    assert names_of(text, knowledge) == ["Carla Ortiz", "Ken Ortiz"]


# the pronoun of "..., he said" after a reported clause is never a person named in that
# clause ("Cole was tired, he said": he is not Cole; binding principle C), and the quote that
# follows does not inherit the wrong person (issue 11)
REPORTED_CLAUSE_CASES = [
    ("a name opening the clause, then a quotation",
     "Tom Reyes pointed to the 1920 flood. Mayor Sam Cole rebuilt the levee after that flood, "
     'he said. "The river always wins," he said.', ["Tom Reyes", "Tom Reyes"]),
    ("a surname in the clause",
     "Tom Reyes met Sam Cole on Monday. Cole was tired, he said.", ["Tom Reyes"]),
    ("names listed in the clause",
     "Paul Okafor backs no one this year. The candidates, now down to Tom Reyes and Sam Cole, "
     "have failed to win his support, he said.", ["Paul Okafor"]),
    ("a name after a comma-split cue",
     "Tom Reyes spoke on Monday. Sam Cole, he said, had fought the ruling for years.",
     ["Tom Reyes"]),
    # negatives: the pronoun before the clause, a clause naming no one, the speaker named
    # before, a quotation in marks
    ("the cue first", "Tom Reyes spoke on Monday. He said Sam Cole had fought the ruling.",
     ["Tom Reyes"]),
    ("no one in the clause", "Sam Cole spoke on Monday. The mill will close, he said.",
     ["Sam Cole"]),
    ("a quotation in marks",
     'Sam Cole spoke on Monday.\n\n"Tom Reyes will lose," he said.', ["Sam Cole"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), REPORTED_CLAUSE_CASES)
def test_a_pronoun_is_no_one_named_in_the_clause_it_reports(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a "he" or "she" that opens the sentences before is who the pronoun is, not a person named
# inside them ("He now expects a vote, later than it took Sam Cole. He also said": he is not
# Cole; issue 11)
OPENING_PRONOUN_CASES = [
    ("a name in a clause of the sentence before",
     "Tom Reyes spoke on Monday. He now expects a vote in May, a year later than it took "
     "Governor Sam Cole to pass his bill.\n\nHe also said that the budget would pass.",
     ["Tom Reyes"]),
    ("a name after a time clause",
     "Maria Olsen met the board on Friday. She left early, before Ana Ruiz arrived.\n\n"
     '"We will not pay," she said.', ["Maria Olsen"]),
    ("two sentences opened by the pronoun",
     "Tom Reyes took the stand. He spoke of his years with Sam Cole. Later he praised Paul "
     'Okafor.\n\n"I owe them both," he said.', ["Tom Reyes"]),
    ("after a conjunction",
     'Ana Ruiz ran the inquiry. But she never met Maria Olsen or Carla Diaz.\n\n'
     '"I had no need to," she said.', ["Ana Ruiz"]),
    ("the pronoun of a quotation before",
     '"We will win," Tom Reyes said. He had beaten Sam Cole twice before.\n\n'
     '"I will again," he said.', ["Tom Reyes", "Tom Reyes"]),
    # negatives: a sentence that says who he is, one another person opens, a pronoun of the
    # other gender
    ("a name the sentence gives him",
     'Tom Reyes questioned the next witness. He was a farmer named Sam Cole.\n\n'
     '"The river always wins," he said.', ["Sam Cole"]),
    ("another person opens the sentence",
     'Tom Reyes spoke first. Sam Cole answered him.\n\n"We disagree," he said.', ["Sam Cole"]),
    ("a pronoun of the other gender",
     'Tom Reyes met Maria Olsen. He left early, before Olsen spoke.\n\n'
     '"We need the money," she said.', ["Maria Olsen"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), OPENING_PRONOUN_CASES)
def test_a_pronoun_follows_the_pronoun_that_opens_the_sentence_before(label, text, expected,
                                                                     knowledge):
    assert names_of(text, knowledge) == expected


# a name in the possessive is not whom a later pronoun points to where the person it owns is
# named right after it ("Obama's nominee, John Brennan, has shown ... He claims": Brennan;
# issue 11)
POSSESSIVE_OWNER_CASES = [
    ("an apposition after the possessive",
     'Tom Reyes’s nominee, Sam Cole, has shown poor judgment before. "I will be fair," he '
     'said.', ["Sam Cole"]),
    ("a she after a woman's deputy",
     'Maria Olsen’s deputy, Ana Ruiz, ran the count on Monday. "It was clean," she said.',
     ["Ana Ruiz"]),
    ("a longer description and a title",
     'Tom Reyes’s nominee to head the agency, Deputy Director Sam Cole, has shown poor '
     'judgment. "I will be fair," he said.', ["Sam Cole"]),
    ("one noun and no comma",
     "Sam Cole's lawyer Tom Reyes filed the motion on Friday. \"We will win,\" he said.",
     ["Tom Reyes"]),
    # negatives: no one else named, the possessive after the subject, no one it owns named
    ("the possessive alone",
     'Tom Reyes’s speech drew cheers on Monday. "We will win," he said.', ["Tom Reyes"]),
    ("a possessive after the subject",
     'Sam Cole read out Tom Reyes’s letter on Monday.\n\n"It is bold," he said.',
     ["Sam Cole"]),
    # the one it owns, unnamed, is a person who fits: the son speaks (was Sam Cole)
    ("what the possessive owns is no one named",
     'Sam Cole’s son told The Morning Hour Show about it. "You can leave," he said.',
     ["Sam Cole’s son"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), POSSESSIVE_OWNER_CASES)
def test_a_pronoun_takes_the_person_a_possessive_owns(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a person named right after a verb, as its object, is not whom a later pronoun points to
# where the sentence names another person of the pronoun's gender ("one Republican who never
# backed Trump: John Kasich. He issued": Kasich; issue 11)
OBJECT_NAME_CASES = [
    ("an object in a relative clause, the name after a colon",
     'There is one Republican who never backed Tom Reyes: Sam Cole. He issued his own rebuke '
     'on Friday: "The remarks were wrong."', ["Sam Cole"]),
    ("an object in a relative clause, the name after the verb be",
     'The only senator who criticized Tom Reyes was Sam Cole. "The remarks were wrong," he '
     'said.', ["Sam Cole"]),
    ("an object after an irregular verb",
     'The one mayor who met Tom Reyes was Sam Cole.\n\n"We agreed on nothing," he said.',
     ["Sam Cole"]),
    # negatives: the subject first, an object of known gender against one of none
    ("the subject before the object",
     'Sam Cole hired Tom Reyes on Monday.\n\n"He is bold," he said.', ["Sam Cole"]),
    ("an object whose gender is the only one known",
     'Judge Zorbu Dale met Tom Reyes on Monday.\n\n"We agreed," he said.', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), OBJECT_NAME_CASES)
def test_a_pronoun_takes_a_subject_before_an_object(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "the official" just after an unnamed official was introduced is that source, not an
# official the article named paragraphs before (issue 11)
RECENT_SOURCE_CASES = [
    ("an official after a named official",
     "Ann Cole, a top official at the agency, spoke in March.\n\n"
     "A senior administration official told reporters it was too early to judge. "
     '"We are trying something new," the official said.', "senior administration official"),
    ("a spokesman after a named secretary",
     "Secretary Ann Cole signed the memo on Friday. A ministry spokesman said the rules apply "
     'at once. "Everyone is treated fairly," the spokesman said.', "ministry spokesman"),
    ("a former official after a named one",
     "Tom Reyes, a former official at the bank, wrote the rules.\n\nA former administration "
     'official said the license was narrow. "It was never access," the former official said.',
     "former administration official"),
    # negatives: the named official with no source since; a plural description
    ("the named official",
     'Ann Cole, a senior official, spoke in March. "We are trying," the official said.',
     "Ann Cole"),
]


@pytest.mark.parametrize(("label", "text", "expected"), RECENT_SOURCE_CASES)
def test_the_official_is_the_unnamed_source_just_introduced(label, text, expected, knowledge):
    assert names_of(text, knowledge)[-1] == expected


# --- type and affiliation ---------------------------------------------------------------------

TYPE_CASES = [
    ('"The light was perfect," said Dan Hoyle, a photographer for the paper.',
     "Dan Hoyle", {"type": "media"}),
    ('"We will appeal," said Ana Ruiz, a spokeswoman for Orbital Software Inc.',
     "Ana Ruiz", {"type": "business"}),
    ('"We will appeal," Google spokeswoman Ana Ruiz said.', "Ana Ruiz", {"type": "business"}),
    ('"It is fine," said Paul Okafor, a congressman from Ohio and former chief executive.',
     "Paul Okafor", {"type": "legislator"}),
    ('"The bill is a mess," said Congressman Paul Okafor.',
     "Paul Okafor", {"type": "legislator"}),
    ('"We will prosecute," Attorney General Merrick Garland said in 2022.',
     "Merrick Garland", {"type": "government", "country": "United States"}),
    ('"The troops are ready," Defense Secretary Lloyd Austin said.',
     "Lloyd Austin", {"type": "government", "country": "United States"}),
    ('"The tax cut will pass," Sen. Tim Scott said.',
     "Tim Scott", {"type": "legislator", "party": "Republican Party"}),
    ('"We are not done," said Kevin McCarthy, the House speaker.',
     "Kevin McCarthy", {"party": "Republican Party"}),
    ('"It is a bad bill," said Sen. Charles E. Schumer, D-N.Y.',
     "Charles E. Schumer", {"party": "Democratic Party", "type": "legislator"}),
    ('"It is a bad bill," said Senator Tim Scott, a Florida Democrat.',
     "Tim Scott", {"party": "Democratic Party", "country": None}),
    # a title held in an organisation: whose it is decides the type, not the title
    ('"We will keep marching," Lakeshore Tenants Union President Nora Flint said.',
     "Nora Flint", {"type": "unknown"}),
    ('"Rivers matter," Clean Rivers Campaign President Lou Park said.',
     "Lou Park", {"type": "unknown"}),
    ('"Prices will fall," Quillon Robotics Inc. spokeswoman Tara Mendez said.',
     "Tara Mendez", {"type": "business"}),
    ('"The data is sound," university spokesperson Omar Reyes said.',
     "Omar Reyes", {"type": "expert"}),
    ('"The vote stands," Senate Ethics Committee Chairman Hal Brandt said.',
     "Hal Brandt", {"type": "legislator"}),
    ('"We won the day," Chairman Hal Brandt said.', "Hal Brandt", {"type": "unknown"}),
    ('"No deal yet," Chilean President Ines Marquez said.',
     "Ines Marquez", {"type": "head_of_state"}),
    ('"The pier is closed," acting Homeland Security Secretary Ray Dolan said.',
     "Ray Dolan", {"type": "government"}),
    # a party word says an unnamed source's side
    ('"We want the sealed pages," said a senior Democratic aide.',
     "senior Democratic aide", {"kind": "anonymous", "party": "Democratic Party"}),
    # the office the article names, not the one the table knows the person for later
    ('"We stand with Kyiv," Foreign Secretary Boris Johnson said.',
     "Boris Johnson", {"type": "government"}),
    ('"The road stays shut," state police Commissioner Ed Varga said.',
     "Ed Varga", {"type": "law_enforcement"}),
    ('"The league will review it," Pro Hockey League Commissioner Dale Ames said.',
     "Dale Ames", {"type": "unknown"}),
]


@pytest.mark.parametrize(("text", "name", "fields"), TYPE_CASES)
def test_speaker_type_and_affiliation(text, name, fields, knowledge):
    [q] = quotes_of(text, knowledge)
    assert q.actor.name == name
    assert {k: getattr(q.actor, k) for k in fields} == fields


def test_an_apposition_without_an_article_gives_role_and_organisation(knowledge):
    text = '"Support is strong," said Jeri Lamb, advisory board member for Northern Watch.'
    [q] = quotes_of(text, knowledge)
    assert (q.actor.name, q.actor.role, q.actor.organisation) == (
        "Jeri Lamb", "advisory board member", "Northern Watch")


@pytest.mark.parametrize("text", [
    'Senator Harry Reid, D-Nev., spoke first.\n\n'
    '"They should stop blocking it," said Jim Manley, a spokesman for Mr. Reid.',
    'Rep. Gina Marsh, D-Ore., filed the bill.\n\n'
    '"It is overdue," said Jim Manley, an aide to Ms. Marsh.',
    'The ad ran on Monday.\n\n'
    '"It is a lie," said Jim Manley, a spokesman for the Obama campaign.',
])
def test_staff_take_the_party_of_whom_they_speak_for(text, knowledge):
    [q] = quotes_of(text, knowledge)
    assert (q.actor.name, q.actor.party) == ("Jim Manley", "Democratic Party")


def test_a_florida_scott_is_not_the_south_carolina_senator(knowledge):
    text = '"We will fight this," said Scott, the Florida senator.'
    [q] = quotes_of(text, knowledge)
    assert q.actor.name != "Tim Scott"


@pytest.mark.parametrize(("mention", "name"), [
    ("a senior Democratic aide on the committee", "senior Democratic aide on the committee"),
    ("an official at the agency", "official at the agency"),
    ("a spokesman in the ministry", "spokesman in the ministry"),
])
def test_an_unnamed_source_speaks_not_where_it_works(mention, name, knowledge):
    from reportgen.analyze.actors import read_mention

    actor = read_mention(mention, knowledge).actor
    assert (actor.name, actor.kind) == (name, "anonymous")


@pytest.mark.parametrize(("text", "fields"), [
    ('"The vote is delayed," the Security Council said.',
     ("United Nations Security Council", "organisation", "international", None)),
    ('"The vote is delayed," the National Security Council said.',
     ("National Security Council", "organisation", "government", "United States")),
    ('"The deal is off," Haaretz reported.', ("Haaretz", "media", "media", "Israel")),
])
def test_a_council_or_paper_the_tables_know_is_read_as_what_it_is(text, fields, knowledge):
    [q] = quotes_of(text, knowledge)
    assert (q.actor.name, q.actor.kind, q.actor.type, q.actor.country) == fields


# --- a generic "you", "we" or "one" is no speaker (issue 11) ----------------------------------

GENERIC_PRONOUN_CASES = [
    'If you ask the mayor, you will hear excuses, and you might say "that is fine."',
    'You could say the plan "was doomed from the start."',
    'We said last week that the plan "would not survive the winter."',
    'One has to wonder whether the plan "will ever work."',
    'As one might say, "the plan is dead."',
]


@pytest.mark.parametrize("text", GENERIC_PRONOUN_CASES)
def test_a_generic_pronoun_is_no_speaker(text, knowledge):
    assert all(q.actor is None or q.actor.name.lower() not in ("you", "we", "one")
               for q in quotes_of(text, knowledge))
    assert all(q.speaker is None or q.speaker.lower() not in ("you", "we", "one")
               for q in quotes_of(text, knowledge))


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun that points to someone named still speaks
    ('Maria Olsen chairs the board.\n\n"We will appeal," she said.', ["Maria Olsen"]),
    # "one" heading a noun phrase is a source, not the pronoun
    ('"The plan is dead," one of the aides said.', ["one of the aides"]),
    ('"The plan is dead," one analyst said.', ["one analyst"]),
])
def test_a_pronoun_or_one_that_names_someone_still_speaks(text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a day between the speaker and the cue is no part of the speaker, and no person
@pytest.mark.parametrize(("text", "name"), [
    ('Trump officials Wednesday said the plan would fail.', "Trump officials"),
    ('Tom Reyes Wednesday said the plan would fail.', "Tom Reyes"),
    ('The mayor Friday said the ballots had all been counted.', "mayor"),
    ('Tom Reyes last Friday said the plan would fail.', "Tom Reyes"),
    # a given name that is also a day stays a name
    ('Wednesday Addams said the plan would fail.', "Wednesday Addams"),
])
def test_a_day_before_the_cue_is_no_speaker(text, name, knowledge):
    assert names_of(text, knowledge) == [name]


# --- a relative clause without commas: its head speaks, never a name inside it ------------

RELATIVE_HEAD_CASES = [
    ("an object after the clause's verb",
     'A senator who chairs the committee said "we will not wait any longer."', "A senator"),
    ("a name as the clause's object",
     'Dana Pike runs the clinic.\n\nA nurse who works with Dana Pike said "we are ready for '
     'the storm."', "A nurse"),
    ("a title and a name inside the clause",
     'A spokesman who works for Senator Ruth Vail said "the bill is dead."', "A spokesman"),
    ("the clause's object is a person",
     'The man who shot Tom Reyes said "I regret nothing at all."', "The man"),
    ("a group with a place before it",
     'Ohio doctors who were already in the program said they had "no choice."', "Ohio doctors"),
    ("a time word ends the clause",
     'The farmers who sold their land to Maria Olsen last year said the price was "fair."',
     "The farmers"),
    ("no object before a past-tense cue",
     'Two nurses who asked not to be named said the ward was "full and unsafe."',
     "Two nurses"),
    ("a place after the head",
     'A lawyer in Miami who represents the family said the ruling was "cruel."', "A lawyer"),
    ("two groups joined",
     'Republicans and Democrats who track campaign spending confirmed that the ads "will run '
     'all week."', "Republicans and Democrats"),
]


@pytest.mark.parametrize(("label", "text", "mention"), RELATIVE_HEAD_CASES)
def test_the_head_of_a_relative_clause_speaks(label, text, mention, knowledge):
    *_, q = quotes_of(text, knowledge)
    assert q.speaker == mention


# the rule must not change these: a participle, an apposition, a clause opened inside the
# relative clause, a cue inside it
RELATIVE_NOT_HEAD_CASES = [
    ("a participle after a group",
     'Nobody listened to the howls of Republicans claiming the vote was "rigged."',
     ["Republicans"]),
    ("an apposition set off by commas",
     'Tom Reyes, a lawyer who represents the family, said "justice was denied."', ["Tom Reyes"]),
    ("a clause opened by what",
     'Voters who saw what Tom Reyes described as "a riot" were shocked.', ["Tom Reyes"]),
    ("a cue inside the clause reports a name",
     'The man who said Tom Reyes told him "to leave at once" was arrested.', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), RELATIVE_NOT_HEAD_CASES)
def test_a_name_that_speaks_inside_or_beside_a_relative_clause_keeps_it(label, text, expected,
                                                                      knowledge):
    assert names_of(text, knowledge) == expected


# --- a possessive before a person noun: the person noun speaks, not the one named ----------

OWNED_CASES = [
    ("relative", "Tom Reyes's son claims that the fire was set on purpose.",
     [("Tom Reyes's son", "anonymous", "son")]),
    ("relative after a title", "Sen. Mary Cole's wife said the family would not comment.",
     [("Sen. Mary Cole's wife", "anonymous", "wife")]),
    ("relative after a surname, told",
     "Tom Reyes met the board on Monday.\n\n"
     "Reyes's brother told reporters that the charges were baseless.",
     [("Reyes's brother", "anonymous", "brother")]),
    ("relatives", "Ann Vale's children said the house had been sold.",
     [("Ann Vale's children", "group", "children")]),
    ("parents", "Ana Ruiz's parents told the court that she was at home.",
     [("Ana Ruiz's parents", "group", "parents")]),
    ("title after the possessive", "Sen. Mary Cole's chief of staff said the vote would go ahead.",
     [("Sen. Mary Cole's chief of staff", "anonymous", "chief of staff")]),
    ("modified title", "Dan Ortiz's campaign manager said the count was wrong.",
     [("Dan Ortiz's campaign manager", "anonymous", "campaign manager")]),
    ("modified relation", '"He never cheated," Tom Reyes\'s former coach said.',
     [("Tom Reyes's former coach", "anonymous", "former coach")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), OWNED_CASES)
def test_a_person_noun_after_a_names_possessive_speaks(label, text, expected, knowledge):
    quotes = quotes_of(text, knowledge)
    assert [(q.actor.name, q.actor.kind, q.actor.role) for q in quotes] == expected


@pytest.mark.parametrize(("label", "text", "name"), [
    ("office speaks as the person's office",
     "Smith's office said the meeting had been cancelled.", "Smith's office"),
    ("campaign speaks as the person's campaign",
     "Mary Cole's campaign said the meeting had been cancelled.", "Mary Cole's campaign"),
    ("a name after a country's possessive", "Britain's Johnson said the deal was dead.",
     "Johnson"),
    ("a name in apposition", "Smith's spokesman, Dana Pike, said the meeting had been cancelled.",
     "Dana Pike"),
    ("a relative named in apposition",
     "Tom Reyes's daughter, Ana Reyes, said the fire was set on purpose.", "Ana Reyes"),
    ("a staff word reads as before", "Jane Doe's attorney said she would plead not guilty.",
     "Jane Doe's attorney"),
])
def test_a_possessive_before_no_person_noun_keeps_its_reading(label, text, name, knowledge):
    assert names_of(text, knowledge) == [name]


# --- a possessive's relative or staff member, then an apposition, before the cue ---------
# "Ann Vale's husband, a retired teacher, said ...": the husband speaks, not the clause after
# the cue read backwards; a name before an apposition still speaks.

APPOSED_RELATION_CASES = [
    ("a named person's husband",
     "Mayor Ann Vale's husband, a retired teacher, said the fire started early.",
     ("Mayor Ann Vale's husband", "anonymous", "husband"), "the fire started early"),
    ("a relative with an age",
     "Senator Tom Reyes's daughter, 19, said the school had failed her.",
     ("Senator Tom Reyes's daughter", "anonymous", "daughter"), "the school had failed her"),
    ("a relative before a relative clause",
     "Ann Vale's brother, who runs a bakery, said the road was closed at dawn.",
     ("Ann Vale's brother", "anonymous", "brother"), "the road was closed at dawn"),
    ("a title's relative at the start of the sentence",
     "The mayor's husband, a retired teacher, said the fire started early.",
     ("mayor's husband", "unknown", None), "the fire started early"),
]


@pytest.mark.parametrize(("label", "text", "speaker", "words"), APPOSED_RELATION_CASES)
def test_a_relative_before_an_apposition_speaks(label, text, speaker, words, knowledge):
    [q] = quotes_of(text, knowledge)
    assert (q.actor.name, q.actor.kind, q.actor.role) == speaker and q.text == words


@pytest.mark.parametrize(("label", "text", "name"), [
    ("a name before an apposition", "Tom Reyes, a retired teacher, said the fire started early.",
     "Tom Reyes"),
    ("a name before a relative clause",
     "Tom Reyes, who runs a bakery, said the fire started early.", "Tom Reyes"),
    ("a possessive's named relative", "Ann Vale's husband, Tom Reyes, said the fire started early.",
     "Tom Reyes"),
    ("a subject with a relative clause before a later attribution",
     "The fire, which started early, spread fast, the chief said.", "chief"),
    ("a possessive's thing before an apposition is no speaker",
     "Tom Reyes's car, a red van, was found, police said.", "police"),
    ("a thing before an apposition is no speaker",
     "The old house, a family home, was sold, the agent said.", "agent"),
    ("a relative after an opening adverb, named in the apposition",
     "Then his sister, a nurse named Ana Cole, confirmed that the county clerk had resigned.",
     "Ana Cole"),
])
def test_a_name_before_an_apposition_keeps_speaking(label, text, name, knowledge):
    assert names_of(text, knowledge) == [name]


# after "said" and "a", "an" or "one", lower-case words the lists lack, up to a known person
# head or a capitalised party noun, are one unnamed source's description, not a name cut short
@pytest.mark.parametrize(("text", "name", "fields"), [
    ('"We will see," said one freshman Democrat.',
     "one freshman Democrat",
     {"kind": "anonymous", "party": "Democratic Party", "type": "unknown"}),
    ('"The bill is dead," said one freshman lawmaker.',
     "one freshman lawmaker", {"kind": "anonymous", "role": "lawmaker"}),
    ('"Nobody called us," said a veteran county official.',
     "veteran county official", {"kind": "anonymous", "role": "official"}),
    ('"It was a long night," said one rookie Republican.',
     "one rookie Republican", {"kind": "anonymous", "party": "Republican Party"}),
    ('"Fine," said a Democrat.', "Democrat", {"kind": "anonymous", "party": "Democratic Party"}),
    ('"Fine," said a former Democrat.', "former Democrat", {"kind": "unknown", "party": None}),
    # negatives: a known modifier, a name, a thing that says
    ('"We will see," said one senior lawmaker.',
     "one senior lawmaker", {"kind": "anonymous", "role": "lawmaker"}),
    ('"We will see," said Tom Reyes.', "Tom Reyes", {"kind": "person"}),
    ('"The plant is closed," said a statement from the agency.',  # its author speaks
     "agency", {"kind": "organisation"}),
])
def test_a_described_unnamed_source_after_said(text, name, fields, knowledge):
    [q] = quotes_of(text, knowledge)
    assert q.actor.name == name
    assert {k: getattr(q.actor, k) for k in fields} == fields


# --- words quoted inside someone else's reported speech, with a speaker of their own -------

def _said(text, knowledge):
    return [(q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]


@pytest.mark.parametrize(("text", "said"), [
    ("Jones said the fund — which Smith said would bring “at least $5 billion to the city” — "
     "was not enough.",
     [("the fund … was not enough", "Jones"),
      ("“at least $5 billion to the city”", "Smith")]),
    ("The mayor said the plan, which the governor called “a fantasy,” would pass.",
     [("the plan … would pass", "mayor"), ("“a fantasy,”", "governor")]),
    ("Aides mocked the idea, in what one senator referred to as the “wait and see” strategy.",
     [("the idea", "Aides"), ("“wait and see”", "one senator")]),
    ("Ann Lee said her view was “hopeful,” while her brother Tom Lee complained there “are no "
     "jobs anymore.”",
     [("her view was “hopeful,”", "Ann Lee"), ("there “are no jobs anymore.”", "Tom Lee")]),
    ("Jones said taxes would rise, but Smith said they would fall next year.",
     [("taxes would rise", "Jones"), ("they would fall next year", "Smith")]),
    # negatives: a relative clause with no speech cue, a pronoun, the same speaker, a comma
    # between the relative clause and the quotation, a clause with no speaker of its own
    ("Smith said the bill, which passed on Monday, was “a disgrace.”",
     [("the bill, which passed on Monday, was “a disgrace.”", "Smith")]),
    ("Smith said the plan, which he called “a fantasy,” would fail.",
     [("the plan, which he called “a fantasy,” would fail", "Smith")]),
    ("Lee said he would fight a bill that Lee said would make “a bad law worse.”",
     [("he would fight a bill that Lee said would make “a bad law worse.”", "Lee")]),
    ("Jones said the rule, which critics call unfair, “will stand.”",
     [("the rule, which critics call unfair, “will stand.”", "Jones")]),
    ("Jones said taxes would rise, while wages would fall.",
     [("taxes would rise, while wages would fall", "Jones")]),
    ("Lee said the voters were “angry,” but also hungry for what she calls “real answers.”",
     [("the voters were “angry,” but also hungry for what she calls “real answers.”", "Lee")]),
])
def test_quoted_words_with_a_speaker_of_their_own_inside_reported_speech(text, said, knowledge):
    assert _said(text, knowledge) == said


# --- words a condition supposes someone says are the words of the sentence's speaker -------

@pytest.mark.parametrize(("text", "said"), [
    ("If people say, “I am young, who cares” — you should care, Fauci said.",
     [("If people say, “I am young, who cares” — you should care", "Fauci")]),
    ("If critics call it “a giveaway,” they are wrong, the senator said.",
     [("If critics call it “a giveaway,” they are wrong", "senator")]),
    ("Unless the mayor says “stop,” the work goes on, the foreman said.",
     [("Unless the mayor says “stop,” the work goes on", "foreman")]),
    # negatives: the condition inside the quotation, a condition with no speaker of its own,
    # a supposed speaker no other cue takes over
    ("“If we lose, we lose,” Smith said.", [("“If we lose, we lose,”", "Smith")]),
    ("Smith said that if voters agree, “we will win.”",
     [("if voters agree, “we will win.”", "Smith")]),
    ("If Trump says “no deal,” there is no deal.", [("“no deal,”", "Donald Trump")]),
])
def test_a_supposed_speaker_in_a_condition_is_not_quoted(text, said, knowledge):
    assert _said(text, knowledge) == said


# --- a subject with an adverb of time before its verb still speaks for ", saying ..." -------

@pytest.mark.parametrize(("text", "said"), [
    ("Tom Reyes praised the mayor. An aide later walked back the remarks, saying that Reyes "
     "“misspoke.”",
     [("Reyes “misspoke.”", "aide")]),
    ("Ann Roe spoke first. The senator later issued a statement, saying that Roe was “wrong.”",
     [("Roe was “wrong.”", "senator")]),
    ("Dana Pike later wrote to the board, saying that the vote was “a sham.”",
     [("the vote was “a sham.”", "Dana Pike")]),
    # negatives: a time phrase opening the sentence is no subject
    ("Minutes later, the mayor spoke, saying that the roads were “closed.”",
     [("the roads were “closed.”", "mayor")]),
    ("Just before the vote, the clerk stood up and asked for volunteers to stay late.",
     [("for volunteers to stay late", "clerk")]),
])
def test_a_subject_with_later_before_its_verb_speaks(text, said, knowledge):
    assert _said(text, knowledge) == said


# --- "the president" is not the Vice President named last (a lower rank of the office) -----

@pytest.mark.parametrize(("text", "name"), [
    ("President Ann Cole met Vice President Tom Reyes on Monday.\n\n"
     "The president said the talks were “useful.”", "Ann Cole"),
    ("Gov. Ann Cole met Lt. Gov. Tom Reyes on Monday.\n\n"
     "The governor said the talks were “useful.”", "Ann Cole"),
    ("FBI Director Ann Cole met the bureau’s deputy director, Tom Reyes, on Monday.\n\n"
     "The director said the talks were “useful.”", "Ann Cole"),
    # negatives: the lower rank named by the description, or the only holder named
    ("President Ann Cole met Vice President Tom Reyes on Monday.\n\n"
     "The vice president said the talks were “useful.”", "Tom Reyes"),
    ("Gov. Ann Cole met Lt. Gov. Tom Reyes on Monday.\n\n"
     "The lieutenant governor said the talks were “useful.”", "Tom Reyes"),
    ("Ann Cole met President Tom Reyes on Monday.\n\n"
     "The president said the talks were “useful.”", "Tom Reyes"),
])
def test_a_description_of_an_office_is_not_its_lower_rank(text, name, knowledge):
    assert names_of(text, knowledge) == [name]


# --- a coordinated cue ("and said") takes the subject of the nearest clause before it -------

@pytest.mark.parametrize(("text", "name"), [
    ("Further, voters disagree, and yet Senator Tom Reyes voted for the bill and described it "
     "as “a win.”", "Tom Reyes"),
    ("Taxes rose last year, but the mayor cut the budget and said the city was “in good "
     "shape.”", "mayor"),
    ("Moreover, the senator left the room and said “we won.”", "senator"),
    ("In March, prices fell, while the governor praised the plan and called it “a triumph.”",
     "governor"),
    ("Jobs will go, Ann Cole said, but added that she would “fight for every one.”",
     "Ann Cole"),
    # negatives: an apposition, a relative clause or a fronted adverbial before the subject's
    # own verb leaves the frame's subject speaking
    ("Tom Reyes, a farmer, sold the land and said it was “time to go.”", "Tom Reyes"),
    ("The mayor, who met Ann Cole, smiled and said “fine.”", "mayor"),
    ("After the vote, the senator left and said “we won.”", "senator"),
])
def test_a_coordinated_cue_takes_the_nearest_clause_subject(text, name, knowledge):
    assert names_of(text, knowledge)[-1] == name


# --- "who helped write the law" is no statement; "by saying he thinks ..." is the subject's --

@pytest.mark.parametrize(("text", "said"), [
    ("A senior senator who helped write the health law stunned officials by saying openly "
     "that it is headed for a “train wreck.”",
     [("it is headed for a “train wreck.”", "senior senator")]),
    ("The senator stunned officials by saying he thinks the law is headed for a “train wreck.”",
     [("he thinks the law is headed for a “train wreck.”", "senator")]),
    ("The aide who helped draft the bill said it would pass.", [("it would pass", "aide")]),
    # negatives: a cue after "help" that a pollster's words report, an addressee after
    # "telling", a statement in a plain cue
    ("They help explain why voters are “angry,” the pollster said.",
     [("They help explain why voters are “angry,”", "pollster")]),
    ("She closed by telling it like it is.", []),
    ("The mayor ended the meeting by asking members to stand.", []),
    ("Both sides say they will help.", [("they will help", "Both sides")]),
])
def test_an_action_after_help_is_no_statement(text, said, knowledge):
    assert _said(text, knowledge) == said


# --- an apposition's relative clause with a speaker of its own ends the reported clause -----

@pytest.mark.parametrize(("text", "said"), [
    ("Carson said his knife hit a belt buckle, something that Trump mocked.",
     [("his knife hit a belt buckle", "Carson")]),
    ("The mayor said the plan would pass, a claim which critics disputed.",
     [("the plan would pass", "mayor")]),
    ("Trump mocked the story about the knife, an event that Carson says led him to faith.",
     [("the story about the knife", "Donald Trump"), ("led him to faith", "Carson")]),
    # negatives: a relative clause with no speech cue, or no subject of its own
    ("Officials said the fire, which began Monday, was out.",
     [("the fire, which began Monday, was out", "Officials")]),
    ("The bill will pass, the senator predicted.", [("The bill will pass", "senator")]),
    ("Reyes said the deal was done, a result that pleased everyone.",
     [("the deal was done, a result that pleased everyone", "Reyes")]),
])
def test_an_apposition_with_its_own_speaker_ends_the_clause(text, said, knowledge):
    assert _said(text, knowledge) == said


# --- "Name, a [description] who says ...": the named person speaks, not the description ----

@pytest.mark.parametrize(("text", "name"), [
    ("Her only challenger is Karen Mallard, a schoolteacher who says that the race inspired "
     "her to run.", "Karen Mallard"),
    ("Ann Cole, a lawyer who said she was threatened, left the city.", "Ann Cole"),
    ("The mayor met Tom Reyes, a farmer who says the drought is “the worst in memory.”",
     "Tom Reyes"),
    # negatives: no name before the description, a place before it
    ("A farmer who says the drought is bad spoke first.", "farmer"),
    ("In Ohio, a town where few vote, a farmer who says he voted once spoke.", "farmer"),
])
def test_a_named_person_speaks_for_a_description_in_apposition(text, name, knowledge):
    assert name in names_of(text, knowledge)


# --- "the words of X": a quotation relayed with its speaker named after it ------------------

@pytest.mark.parametrize(("text", "said"), [
    ("The war began with talk of a “plague of enemies” (as Reagan put it) and a “return to "
     "barbarism” (the words of George Shultz, his secretary of state).",
     [("“plague of enemies”", "Reagan"), ("“return to barbarism”", "George Shultz")]),
    ("The plan was “dead on arrival” (the words of one senior aide).",
     [("“dead on arrival”", "one senior aide")]),
    ("“We will not go back,” in the words of the mayor.",
     [("“We will not go back,”", "mayor")]),
    ("In the words of Tom Reyes, the plan was “dead on arrival.”",
     [("the plan was “dead on arrival.”", "Tom Reyes")]),
    # negatives: the words of a thing, no quotation
    ("The crowd sang “Let it be,” the words of the old song.", []),
    ("He read the words of Lincoln aloud to the class.", []),
])
def test_the_words_of_someone_name_the_speaker(text, said, knowledge):
    assert _said(text, knowledge) == said


# --- after a semicolon, the clause's own subject speaks for its participle cue --------------

@pytest.mark.parametrize(("text", "name"), [
    ("These are not laymen; Tom Reyes, a board member, resigned on Monday, calling the plan "
     "“a fig leaf.”", "Tom Reyes"),
    ("Prices rose; the mayor, a Democrat, left the meeting, saying it was “a farce.”", "mayor"),
    ("The vote failed; critics, angry at the result, walked out, calling it “a sham.”",
     "critics"),
    # negatives: no semicolon, or one inside the quotation
    ("Tom Reyes, a farmer, left, saying “enough.”", "Tom Reyes"),
    ("Ann Cole left the room, calling the vote “rigged; a farce.”", "Ann Cole"),
])
def test_a_semicolon_opens_a_clause_with_its_own_subject(text, name, knowledge):
    assert names_of(text, knowledge) == [name]


# a definite description whose head the article gave one person as a role, after or before
# the name ("Ann Roe, the city treasurer," "the city treasurer, Ann Roe,"), is that person;
# two people with that role, or no one, leave it a description (issue 11)
ROLE_HOLDER_CASES = [
    ("role after the name",
     'Ann Roe, the city treasurer, toured the plant. "Costs are up," the treasurer said.',
     "Ann Roe"),
    ("role before the name",
     'The city treasurer, Ann Roe, toured the plant. "Costs are up," the treasurer said.',
     "Ann Roe"),
    ("a title before the name",
     'The first lady, Melania Trump, toured the garden. "Children need help," the first '
     'lady said.', "Melania Trump"),
    ("role as an object",
     'Reporters met the lead investigator, Tom Hale, on Monday. "We found the car," the '
     'investigator said.', "Tom Hale"),
    ("two holders: no guess",
     'Ann Roe, the city treasurer, met Tom Hale, the county treasurer. "Costs are up," the '
     'treasurer said.', "treasurer"),
    ("another role: no link",
     'Ann Roe, the city treasurer, met the auditors. "Costs are up," the auditor said.',
     "auditor"),
    ("no role from an object before a name and a cue",
     'The crew left the warehouse, Ann Roe said. "It was empty," the warehouse said.',
     "warehouse"),
]


@pytest.mark.parametrize(("label", "text", "expected"), ROLE_HOLDER_CASES)
def test_a_description_is_the_one_person_given_that_role(label, text, expected, knowledge):
    names = names_of(text, knowledge)
    assert names and names[-1] == expected, label


# --- someone described by what they are to a person named after "of"/"for"/"at" ----------

SOMEONE_OF_NAMED_CASES = [
    ("a supporter", '"We will win this fight," a supporter of Donald Trump said.',
     ("supporter of Donald Trump", "anonymous")),
    ("a supporter, cue first", '"We will win this fight," said a supporter of Donald Trump.',
     ("supporter of Donald Trump", "anonymous")),
    ("a lawyer", '"The car was never safe," a lawyer for Tom Reyes said.',
     ("lawyer for Tom Reyes", "anonymous")),
    ("an attorney", '"We will appeal," an attorney for Maria Lopez told reporters.',
     ("attorney for Maria Lopez", "anonymous")),
    ("a family", '"He was a gentle kid," the family of Michael Brown said.',
     ("family of Michael Brown", "group")),
    ("plural title at a name the tables lack",
     '"The data are clear," two professors at Old Dominion said.',
     ("two professors at Old Dominion", "group")),
    ("a friend after the person is named",
     '"We will appeal," Ann Roe said. "We lost," a friend of Roe said.',
     ("friend of Roe", "anonymous")),
    ("a member of a person's team", '"We are not worried," a member of Donald Trump\'s team said.',
     ("member of Donald Trump's team", "anonymous")),
    ("a veteran of a person's campaign",
     '"We are not worried," a veteran of Hillary Clinton\'s 2008 campaign said.',
     ("veteran of Hillary Clinton's 2008 campaign", "anonymous")),
    ("a member of a person's legal team",
     '"He is innocent," a member of Tom Reyes\'s legal team said.',
     ("member of Tom Reyes's legal team", "anonymous")),
    # who speaks or works for the person is no more the person (issue 11)
    ("a spokesman for a person's campaign",
     '"We are not worried," a spokesman for Donald Trump\'s campaign said.',
     ("spokesman for Donald Trump's campaign", "anonymous")),
    ("a spokeswoman for a person",
     '"We will appeal," a spokeswoman for Donald Trump said.',
     ("spokeswoman for Donald Trump", "anonymous")),
    ("a spokesperson for a person",
     '"We will appeal," a spokesperson for Tom Reyes said.',
     ("spokesperson for Tom Reyes", "anonymous")),
    ("a spokeswoman for a titled person, a party tag after",
     'A spokeswoman for Sen. Ann Roe, D-Ore., said the vote "will wait."',
     ("spokeswoman for Sen. Ann Roe", "anonymous")),
    ("an aide to a person", 'An aide to Gov. Tom Reyes said the governor "is resting."',
     ("aide to Gov. Tom Reyes", "anonymous")),
    ("an adviser to a person, cue last",
     '"The governor is resting," an adviser to Tom Reyes said.',
     ("adviser to Tom Reyes", "anonymous")),
    ("lawyers for a person, opening the sentence",
     'Lawyers for Ann Roe said their client "did nothing wrong."',
     ("Lawyers for Ann Roe", "group")),
    ("a spokesman for a person named before by surname",
     'Ann Roe lost the vote. A spokesman for Roe said she "will run again."',
     ("spokesman for Roe", "anonymous")),
    # negatives: a body is the body; a share of supporters a group
    ("a share of a person's supporters stays a group",
     '"Things are bad," 63 percent of Donald Trump\'s supporters said.',
     ("63 percent of Donald Trump's supporters", "group")),
    ("a spokesman for a body the tables lack speaks for the body",
     'A spokesman for the Harbour Widget Association said the plan "will fail."',
     ("Harbour Widget Association", "organisation")),
    ("a press secretary speaks for the person",
     '"We will appeal," the press secretary for Ann Roe said.', ("Ann Roe", "person")),
    ("the office speaks for the person",
     '"We will appeal," the office of Ann Roe said.', ("Ann Roe", "person")),
    ("a government is a body", '"We need help," said the government of Myanmar.',
     ("government of Myanmar", "organisation")),
    ("a title held at an organisation the tables lack stays a title",
     '"We will march," the director of Acme Partners said.',
     ("director of Acme Partners", "person")),
    ("a named person in apposition speaks",
     '"We will appeal," Tom Reyes, a lawyer for Ann Roe, said.', ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), SOMEONE_OF_NAMED_CASES)
def test_someone_of_a_named_person_is_no_voice_of_the_person(label, text, expected,
                                                             knowledge):
    quote = quotes_of(text, knowledge)[-1]
    assert quote.actor is not None, label
    assert (quote.actor.name, quote.actor.kind) == expected, label


# a capitalised preposition that opens a sentence's adverbial is no part of the speaker: the
# sentence's capital joined it to the phrase before the cue ("On Monday Romney said" gave "On
# Monday Romney", "With three senators saying" gave "With three senators")
OPENING_PREPOSITION_CASES = [
    ("a day after the preposition", 'On Monday Tom Pell said he would "fight on."', "Tom Pell"),
    ("a surname named before", 'Tom Pell spoke in Ohio. On Friday Pell tweeted, "We won."',
     "Tom Pell"),
    ("a month", 'In July Ann Vale said the plan was "dead."', "Ann Vale"),
    ("with and a participle", 'With three senators saying the bill was "a sham," the vote '
                              'failed.', "three senators"),
    ("with and a body", 'With the Budget Office predicting that "millions" will lose cover, '
                        'the vote failed.', "Budget Office"),
    # negatives: a document's author named after it, a company named with a preposition, an
    # adverbial set off by a comma
    ("a document", 'In a report released Monday, the Budget Office said the plan would "cost '
                   'millions."', "Budget Office"),
    ("a company", 'Under Armour said sales were "strong."', "Under Armour"),
    ("an adverbial set off", 'In Ohio, voters said the plan was "dead."', "voters"),
]


@pytest.mark.parametrize(("label", "text", "expected"), OPENING_PREPOSITION_CASES)
def test_an_opening_preposition_is_no_part_of_the_speaker(label, text, expected, knowledge):
    names = names_of(text, knowledge)
    assert names and names[-1] == expected, (label, names)


# "Del." (a delegate of a state's House of Delegates) before a name is a title, no sentence
# end; the state's "Del." after a town's comma still ends a sentence before a word that opens
# one ("grew up in Dover, Del. The mayor said")
DELEGATE_CASES = [
    ("after said", '"It is hard to hear," said Del. Mara Price.', "Mara Price"),
    ("state and an apposition", '"It is hard to hear," said state Del. Mara Price, the '
                                'secretary of the caucus.', "Mara Price"),
    ("a party before it", '"We are ready," said Republican Del. Tom Pell.', "Tom Pell"),
    # negatives: the state after a town, the state in a party tag, a name with "Del"
    ("the state ends a sentence", 'He grew up in Dover, Del. The mayor said the plan was '
                                  '"dead."', "mayor"),
    ("a party tag", '"We lost," said Sen. Tom Carper, D-Del.', "Tom Carper"),
    ("a name", 'Benicio Del Toro said the film was "a joy."', "Benicio Del Toro"),
]


@pytest.mark.parametrize(("label", "text", "expected"), DELEGATE_CASES)
def test_del_before_a_name_is_a_delegates_title(label, text, expected, knowledge):
    names = names_of(text, knowledge)
    assert names and names[-1] == expected, (label, names)
