"""Who speaks in quoted words inside a sentence's clauses (issue 11): a relative clause after
an apposition, a participle after the clause it hangs on, "with X -ing", an object between
the subject and a participle, a group speaking "in a joint statement". Each case is a
sentence written for the test, with the speaker a careful reader names for each quote in
text order (None where the sentence names none).
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of

# --- a relative clause after an apposition hangs on the apposition's head -----------------

# "said X, a former aide to Senator Y, who added": X adds, not Y, the object inside the
# description set off after X
RELATIVE_AFTER_APPOSITION_CASES = [
    ("an aide to a senator",
     '"The party is lost," said Tom Reyes, a former aide to Senator Dana Pike, who added, '
     '"They cannot govern."', ["Tom Reyes", "Tom Reyes"]),
    ("an adviser to a governor, a clause after the cue",
     '"We lost," said Ann Vale, a former adviser to Governor Tom Reyes, who added that the '
     'party was "in trouble."', ["Ann Vale", "Ann Vale"]),
    ("the chief of staff of a leader",
     'Maria Olsen, the chief of staff to Majority Leader Tom Reyes, who spoke on Monday, said '
     'the vote was "a disgrace."', ["Maria Olsen"]),
    ("a spokesman for a company",
     'The plant will close, said Dana Pike, a spokesman for Harbour Steel, who added that the '
     'workers would be "paid in full."', ["Dana Pike", "Dana Pike"]),
    # negatives: no description set off by a comma after a name, the relative clause hangs
    # on the name right before it
    ("a relative clause right after the name",
     '"We lost," said Ann Vale, who added that the party was "in trouble."',
     ["Ann Vale", "Ann Vale"]),
    ("an object with no apposition",
     'Tom Reyes met with Senator Dana Pike, who said the bill was "dead on arrival."',
     ["Dana Pike"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), RELATIVE_AFTER_APPOSITION_CASES)
def test_a_relative_clause_after_an_apposition_is_its_heads(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a relative clause inside what an earlier cue reports, whose own cue reports the quotation
# in it: the relative clause's subject speaks ("Reyes called out columnist Dana Pike, who
# called him a “…”": Pike, not Reyes; nor "him")
RELATIVE_CUE_INSIDE_CASES = [
    ("called out, then called",
     'In a fiery speech, Tom Reyes called out the Gazette and its columnist Dana Pike, who '
     'called him a "paid shill," by name.', ["Dana Pike"]),
    ("praised, then described",
     'Ann Vale praised her friend Tom Reyes, who described the plan as "a done deal" on '
     'Monday.', ["Tom Reyes"]),
    ("noted, then warned",
     'Maria Olsen noted the support of Dana Pike, who warned that the levy was "a tax on '
     'renters."', ["Dana Pike"]),
    # negatives: the quotation stands after the relative clause, or in the clause of
    # "which", which the subject's cue reports
    ("the quotation after the relative clause",
     'The mayor said Dana Pike, who spoke first, was "wrong about everything."', ["mayor"]),
    ("the subject's cue inside the relative clause",
     'Tom Reyes said the report, which he called "a whitewash," would be withdrawn.',
     ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), RELATIVE_CUE_INSIDE_CASES)
def test_a_relative_clause_with_its_own_cue_reports_its_quotation(label, text, expected,
                                                                 knowledge):
    assert names_of(text, knowledge) == expected


def test_a_participle_after_a_relative_clause_is_the_main_clauses(knowledge):
    text = ('In a fiery speech, Tom Reyes called out the Gazette and its columnist Dana Pike, '
            'who called him a "paid shill," by name, calling the rhetoric "a shameful smear."')
    assert names_of(text, knowledge) == ["Dana Pike", "Tom Reyes"]


# --- an adverbial clause that opens the sentence ends at its comma ------------------------

# "When X pointed out that ..., Y responded that “…”": what X pointed out ends at the comma
# before the main clause's subject and cue, and the quoted words after it are Y's
ADVERBIAL_THEN_MAIN_CLAUSE_CASES = [
    ("when, then a main clause with 'that'",
     'When Tom Reyes pointed out that the plan came from the states, Dana Pike responded '
     'that "it was taken over by Washington."', ["Tom Reyes", "Dana Pike"]),
    ("while, with quoted words on both sides",
     'While Tom Reyes conceded there were "some gaps" in the deal, Dana Pike stressed the '
     '"urgency" of a fix.', ["Tom Reyes", "Dana Pike"]),
    ("after, then a colon",
     'After one reporter noted that the mayor had changed course, the mayor replied: "I '
     'never did."', ["one reporter", "mayor"]),
    ("although",
     'Although Ann Vale argued that the tax was fair, Maria Olsen said it was "a burden on '
     'farmers."', ["Ann Vale", "Maria Olsen"]),
    ("a pronoun after it takes the main clause's subject",
     'While Tom Reyes noted that rents had risen, Dana Pike argued that wages "kept pace." '
     '"The market works," she said.', ["Tom Reyes", "Dana Pike", "Dana Pike"]),
    # negatives: no subject and cue after the comma (a list, a relative clause, a bare noun
    # "claim" after an adjective), or no adverbial clause opening the sentence
    ("a list inside the reported clause",
     'When Tom Reyes said the levy, the bond and the tax were "unfair," the crowd cheered.',
     ["Tom Reyes"]),
    ("a relative clause inside the reported clause",
     'Before Ann Vale said the budget, which Tom Reyes wrote, was "a fraud," the meeting was '
     'calm.', ["Ann Vale"]),
    ("an adjective before a noun that may be a cue",
     'As Tom Reyes called the report a shoddy, false claim that "nobody believes," Ann Vale '
     'left the room.', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), ADVERBIAL_THEN_MAIN_CLAUSE_CASES)
def test_an_opening_adverbial_clause_ends_before_the_main_clause(label, text, expected,
                                                                 knowledge):
    assert names_of(text, knowledge) == expected


# --- a participle hangs on the clause before it --------------------------------------------

# a participle set off after a clause that ", and" or ", but" joins to the sentence: that
# clause's subject speaks, not the sentence's first one
COORDINATED_PARTICIPLE_CASES = [
    ("after ', and' and an expletive",
     'It is also the home of the steel mill, and Maria Olsen played to her audience, saying '
     '"I voted to save the mill."', ["Maria Olsen"]),
    ("after ', and' and a place",
     'The town hall was packed, and Ann Vale played to the crowd, saying "We will win this."',
     ["Ann Vale"]),
    ("after ', but' and a described name",
     'The strike ended on Monday, but the union leader Tom Reyes stayed defiant, calling the '
     'deal "a surrender."', ["Tom Reyes"]),
    ("after ', and then'",
     'The mayor spoke first, and then Dana Pike took the floor, warning that the levy was "a '
     'tax on renters."', ["Dana Pike"]),  # "spoke first" reports nothing (test_quote_spans)
    ("after another cue's clause",
     'Tom Reyes said the vote was close, and Dana Pike walked out, saying the count was "a '
     'farce."', ["Tom Reyes", "Dana Pike"]),
    # negatives: a list, or "and" before no clause of its own: the subject speaks
    ("a list of objects",
     'Tom Reyes thanked the nurses, doctors, and staff, saying they "carried the town."',
     ["Tom Reyes"]),
    ("a second object",
     'Ann Vale voted for the levy, and against the bond, saying both were "the right call."',
     ["Ann Vale"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), COORDINATED_PARTICIPLE_CASES)
def test_a_participle_after_a_coordinated_clause_is_its_subjects(label, text, expected,
                                                                 knowledge):
    assert names_of(text, knowledge) == expected


# a participle after a subordinate clause whose subject is a named person, where the
# sentence's own subject is a thing that says nothing: the person speaks ("The storm moved
# east as Governor X toured the damage, calling ..."), the last one named in the clause
THING_SUBJECT_CASES = [
    ("as, a title before the name",
     'The storm moved east on Monday as Governor Ann Vale toured the damage, calling the '
     'town "a war zone."', ["Ann Vale"]),
    ("after a comma, a description before the name",
     'The harsh talk went on after the vote, as party chair Ann Vale hit back at the '
     'critics, saying several of them had "never read the bill."', ["Ann Vale"]),
    ("the last named subject in the clause",
     'The joint meeting on Tuesday comes after Tom Reyes met with the board and Sen. Ann '
     'Vale of Ohio refused to attend, citing "a lack of good faith."', ["Ann Vale"]),
    # negatives: a subject that may speak (a body, a person), no name in the clause, no
    # finite verb after the name
    ("a body as the subject",
     'The agency issued new rules as Ann Vale took office, saying they were "long overdue."',
     ["agency"]),
    ("a person as the subject",
     'Tom Reyes left the stage as Ann Vale spoke, saying he was "tired."', ["Tom Reyes"]),
    ("no name in the clause",
     'The storm moved east as the crowd cheered, calling it "a miracle."', ["storm"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), THING_SUBJECT_CASES)
def test_a_participle_after_a_clause_of_someone_is_theirs(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a relative set off by a description and the given name alone: the relative speaks at a
# participle, named in full by the surname of the possessive ("Lowe's wife, Ann," is Ann
# Lowe), as at a finite cue
KIN_SUBJECT_CASES = [
    ("by calling",
     'Tom Lowe spoke first. Lowe\'s wife, Ann, sought to play it down by calling it a '
     '"stunt" on radio.', ["Ann Lowe"]),
    ("by saying, a widow",
     'Tom Lowe died in May. Lowe\'s widow, Ann, welcomed the report by saying, "My husband '
     'was right."', ["Ann Lowe"]),
    # negatives: a word that is no given name, a description that is no relation
    ("no given name",
     'Tom Lowe spoke first. Lowe\'s wife, Tuesday, sought to play it down by calling it a '
     '"stunt."', ["Lowe's wife"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), KIN_SUBJECT_CASES)
def test_a_relative_named_by_the_given_name_speaks(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a description right before a name opens the subject: the name speaks, not whom the
# description names ("the mayor's opponent Tom Reyes" is Reyes, not the mayor)
DESCRIBED_SUBJECT_CASES = [
    ("a possessive description",
     'While the council argued, the mayor\'s Republican opponent Tom Reyes released a terse '
     'statement declaring that the city\'s approach had "clearly failed."', ["Tom Reyes"]),
    ("at the sentence's start",
     'The mayor\'s Republican opponent Tom Reyes released a statement calling the plan "a '
     'failure."', ["Tom Reyes"]),
    ("a union's leader",
     'The union\'s leader Dana Pike issued a letter saying the offer was "an insult."',
     ["Dana Pike"]),
    # negative: a day after the description is no name
    ("a day after the description",
     'The president Monday signed a letter saying the plan was "a failure."', ["president"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), DESCRIBED_SUBJECT_CASES)
def test_a_description_before_a_name_is_the_names(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "with X -ing" after a clause: X speaks, not the clause's subject, and the clause's own cue
# does not take X's words
WITH_PARTICIPLE_CASES = [
    ("with a surname quipping",
     'Republicans blamed the governor for the lack of a deal, with Reyes quipping that '
     'negotiating with him is "like negotiating with fog."', ["Reyes"]),
    ("with a full name warning",
     'Farmers criticised the bill, with Dana Pike warning that it would "ruin the valley."',
     ["Dana Pike"]),
    ("with a described name calling",
     'The union rejected the offer, with its leader Tom Reyes calling it "an insult."',
     ["Tom Reyes"]),
    ("after a clause with no cue",
     'The vote was close, with Ann Vale saying the result was "a mandate."', ["Ann Vale"]),
    # negative: "with" and no speech participle: the cue's subject keeps the clause
    ("with no cue",
     'Tom Reyes said the plan failed, with costs rising to "absurd levels."', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), WITH_PARTICIPLE_CASES)
def test_with_someone_speaking_is_their_quote(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a participle after whom the subject's message went to: the subject speaks, not its
# addressee ("wrote the Office of Personnel Management demanding" is the writer)
ADDRESSED_CASES = [
    ("wrote an office",
     'Senator Tom Reyes wrote the Office of Personnel Management demanding that it first '
     'target workers who "do nothing at all."', ["Tom Reyes"]),
    ("wrote to a board",
     'Ann Vale wrote to the county board urging that it "act before the winter."',
     ["Ann Vale"]),
    ("petitioned a court",
     'The tenants petitioned the court asking that the eviction be "set aside at once."',
     ["tenants"]),
    ("pressed a governor",
     'Dana Pike pressed Governor Tom Reyes demanding a veto of the "reckless" bill.',
     ["Dana Pike"]),
    # negatives: people met or recalled speak themselves
    ("met protesters chanting",
     'Tom Reyes met protesters chanting "Save our mill."', ["protesters"]),
    ("recalled someone telling",
     'Ann Vale recalled Tom Reyes telling her that the plan was "dead."', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), ADDRESSED_CASES)
def test_a_participle_after_an_addressee_is_the_subjects(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a group whose relative clause ends at a dash that opens the list of its members: the group
# speaks (a counted one as the members listed, where they are named), and the cue after the
# closing dash is not inverted onto its object
GROUP_BEFORE_DASHES_CASES = [
    ("countries urged in a joint statement",
     'The five council members who called the meeting — Britain, France, Germany, Belgium and '
     'Poland — urged Ankara in a joint statement afterward "to cease the attack." They warned '
     'that "renewed fighting will hurt civilians."',
     ["United Kingdom, France, Germany, Belgium and Poland"] * 2),
    ("groups urged in a joint letter",
     'The three groups that signed the pact — the nurses, the teachers and the drivers — urged '
     'the city council in a joint letter "to reopen the talks."', ["three groups"]),
    ("officials warned",
     'The officials who ran the count — Tom Reyes, Dana Pike and Ann Vale — warned the board '
     'that the tally was "not final."', ["officials"]),
    # negative: a name before the dashes speaks as before
    ("a name and an aside",
     'Ann Vale — who chairs the board — said the levy was "a tax on renters."', ["Ann Vale"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), GROUP_BEFORE_DASHES_CASES)
def test_a_group_before_a_list_in_dashes_speaks(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# --- an apposition between a description and the cue names the speaker --------------------

# a name with its home set off after a description: the name speaks ("the only member who
# responded, Tom Reyes of South Carolina, replied" is Reyes)
NAME_WITH_HOME_CASES = [
    ("of a state",
     'The last to speak, Ann Vale of Ohio, said the bill was "a start."', ["Ann Vale"]),
    ("from a state",
     'The party\'s nominee, Dana Pike from Texas, warned that the levy was "a tax on renters."',
     ["Dana Pike"]),
    ("after a relative clause and a semicolon",
     'Messages to the group\'s leaders went unreturned; the only member who responded, Tom '
     'Reyes of South Carolina, replied, "Yes."', ["Tom Reyes"]),
    # negatives: an organisation's name with "of", a name before the title
    ("an organisation named 'of' a place",
     'The chairman, Friends of Ohio, said the plan was "dead."', ["chairman"]),
    ("a title with 'of' before the name",
     'The mayor of Dayton, Tom Reyes, said the plan was "dead."', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), NAME_WITH_HOME_CASES)
def test_a_name_with_its_home_in_apposition_speaks(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a semicolon before a clause with a speech cue of its own ends what a cue before it reports:
# the quotation after it is that cue's
SEMICOLON_CASES = [
    ("asked, then replied",
     'Ann Vale asked the leaders if they still back the mayor; the only member who answered, '
     'Tom Reyes, replied, "Yes."', ["Ann Vale", "Tom Reyes"]),
    ("said, then said",
     'Ann Vale said the vote was fair; Dana Pike said it was "rigged from the start."',
     ["Ann Vale", "Dana Pike"]),
    ("said, then critics say",
     'Tom Reyes said the levy would pass; critics say it is "a tax on renters."',
     ["Tom Reyes", "critics"]),
    # negative: no cue after the semicolon, the clause goes on being reported
    ("no cue after it",
     'Tom Reyes said the levy would pass; the vote was "a formality."', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), SEMICOLON_CASES)
def test_a_semicolon_before_another_cue_ends_the_report(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "he" or "she" after a person's name in the possessive that owns a thing, with no one named
# in the sentence to fit: the owner ("Reyes's decision marked a change from last year, when he
# vowed ..., saying they “…”": Reyes)
POSSESSOR_PRONOUN_CASES = [
    ("a decision, then 'when he vowed'",
     'Tom Reyes spoke first.\n\nThe refugee agency said many people had fled.\n\nReyes’s '
     'decision marked a stark change from last year, when he vowed to stand by the miners, '
     'saying they “worked with us.”', ["refugee agency", "Tom Reyes", "Tom Reyes"]),
    ("a plan, then 'after she called'",
     'Ann Vale spoke first.\n\nMaria Olsen said the talks had failed.\n\nVale\'s plan was '
     'dropped in May, after she called it "a dead end."', ["Maria Olsen", "Ann Vale"]),
    ("a bill, then 'he said'",
     'Tom Reyes spoke first.\n\nPaul Cole said the count was late.\n\nReyes\'s bill '
     'stalled in June, and he said the polls were "simply wrong."', ["Paul Cole", "Tom Reyes"]),
    # negative: a person the possessive names speaks, not its owner
    ("the owner's lawyer",
     'Tom Reyes spoke first.\n\nReyes\'s lawyer said he would appeal the "unjust" ruling.',
     ["Reyes's lawyer"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), POSSESSOR_PRONOUN_CASES)
def test_a_pronoun_after_an_owner_in_the_possessive_is_the_owner(label, text, expected,
                                                                knowledge):
    assert names_of(text, knowledge) == expected


# "what X calls “…”" inside what another cue reports: X's words ("the groups read the
# petition after reading what Reyes calls “inoculations”": Reyes, not the groups)
WHAT_X_CALLS_CASES = [
    ("read, then what X calls",
     'Two other groups read the petition after reading what Tom Reyes calls "inoculations": '
     'warnings about misleading tactics.', ["Tom Reyes"]),
    ("wrote, then what X called",
     'Ann Vale wrote the report after studying what Dana Pike called "the worst flood in a '
     'century."', ["Dana Pike"]),
    ("described, then what X describes",
     'Maria Olsen described the vote after hearing what Tom Reyes describes as "a '
     'formality."', ["Tom Reyes"]),
    ("announced, then what X has dubbed",
     'On Friday night, the board announced the fourth firing in six weeks, in what the Gazette '
     'has dubbed a "slow-motion massacre."', ["Gazette"]),
    ("issued, then what X had long called",
     'The mayor issued the permits, in what Dana Pike had long called "a giveaway to '
     'developers."', ["Dana Pike"]),
    # negative: "what" with no name after it reports nothing of its own
    ("what with no speaker",
     'Tom Reyes said what happened next was "a disgrace."', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), WHAT_X_CALLS_CASES)
def test_what_someone_calls_inside_another_report_is_theirs(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a verb that casts its object as quoted words ("portrayed the levy as “…”", "remembered him
# as the “…”", "defines X as “…”"): its subject speaks; a cue only before a short object, "as"
# and a quotation, so "cast their ballots", "took a position as" and the passive report
# nothing (the cues.tsv frame "as")
CAST_AS_CASES = [
    ("portrayed", 'Ann Vale portrayed the levy as "a tax on renters and working families."',
     ["Ann Vale"]),
    ("has cast", 'Tom Reyes has cast the vote as "a referendum on the harbour."',
     ["Tom Reyes"]),
    ("remembered, then a relative clause",
     'The mayor remembered the late senator as the "last great champion of the harbour" who '
     '"never forgot the docks."', ["mayor"]),
    ("defined, in a book", 'In his first book, Tom Reyes defined power as "the power to '
     'persuade."', ["Tom Reyes"]),
    ("a law defines", 'The state code defines trespass as "entry without leave of the owner."',
     ["state code"]),
    ("the object moved before the verb",
     'The levy, which Ann Vale defines as "a tax on renters," passed on Monday.', ["Ann Vale"]),
    ("pitched, after who", 'The vote is a test for Tom Reyes, who has long pitched himself as '
     '"Harbour Tom."', ["Tom Reyes"]),
    ("heralded, a word before the quotation",
     'Ann Vale heralded the opening as a "new day for the families of this city."',
     ["Ann Vale"]),
    ("a participle after another cue",
     '"We did not build this for profit," Tom Reyes said, casting the port instead as "a gift '
     'to the next generation."', ["Tom Reyes", "Tom Reyes"]),
    # negatives: no "as" and quotation after a short object, a passive, or a noun
    ("cast a ballot", 'A majority of voters who had yet to cast their ballots said they were '
     '"not worried at all."', ["majority of voters"]),
    ("cast without as", 'Voters cast "protest ballots" in large numbers.', []),
    ("a passive", 'The levy was portrayed as "a tax on renters and working families."', []),
    ("a passive with its agent", 'Ann Vale, who is regarded by the police as a "witness of '
     'interest," left the town on Monday.', []),
    ("a participle with its agent", 'I disagree with the picture painted by the report as '
     '"bleak beyond repair."', []),
    ("a position as", 'Tom Reyes took a position as "chief listener" at the firm.', []),
    ("a noun after an adjective", 'His hardline position on the levy as "a tax on renters" '
     'cost him the race.', []),
]


@pytest.mark.parametrize(("label", "text", "expected"), CAST_AS_CASES)
def test_a_verb_casting_its_object_as_quoted_words_is_its_subjects(label, text, expected,
                                                                    knowledge):
    assert names_of(text, knowledge) == expected


# a cue form after a possessive and a singular noun is a noun ("his campaign promise to
# build the wall"), and takes no speaker's quotation: the cue after the quotation does
NOUN_COMPOUND_CASES = [
    ("a campaign promise",
     'While the mayor remains committed to his campaign promise to build the wall, "whether '
     'or not that is part of a package, I will not prejudge," Tom Reyes said.', ["Tom Reyes"]),
    ("a campaign pledge after a verb",
     'The mayor kept her campaign pledge to cut taxes, "and we will do it again," Ann Vale '
     'said.', ["Ann Vale"]),
    ("a campaign vow",
     'While the governor honors his campaign vow to close the plant, "we will keep it open," '
     'Tom Reyes said.', ["Tom Reyes"]),
    # negative: a plural subject takes a bare cue form as its verb
    ("a plural subject",
     'His aides claim the plan is "dead on arrival."', ["His aides"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), NOUN_COMPOUND_CASES)
def test_a_cue_form_after_a_possessed_noun_is_a_noun(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "as X puts it" says whose words the sentence's quotation is, over a belief in it ("those
# who think “…”")
PUT_IT_CASES = [
    ("those who think",
     'As Ann Vale puts it, the town attracts those who think "being boring is OK."',
     ["Ann Vale"]),
    ("most critics fear",
     'As Tom Reyes puts it, most critics fear "a rigged count."', ["Tom Reyes"]),
    ("many residents fear",
     'As Maria Olsen puts it, many residents fear "the end of the town."', ["Maria Olsen"]),
    # negative: with no "as X puts it", a named believer holds the quoted words
    ("a named believer",
     'Tom Reyes thinks the levy is "a tax on renters."', ["Tom Reyes"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), PUT_IT_CASES)
def test_as_someone_puts_it_is_theirs_over_a_belief(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "responded with chants of “…”": the subject chants, as after "broke into chants of"; not
# the subject of a passive ("was met with chants of")
CHANT_RESPONSE_CASES = [
    ("supporters responded",
     'The mayor\'s supporters responded with chants of "Four more years!"', ["supporters"]),
    ("the crowd reacted",
     'The crowd reacted with loud chants of "Lock him up!"', ["crowd"]),
    ("students answered",
     'Students answered with chants of "No cuts!"', ["Students"]),
    # negative: the one met with chants does not chant
    ("met with chants",
     'The senator was met with chants of "Shame!"', [None]),
]


@pytest.mark.parametrize(("label", "text", "expected"), CHANT_RESPONSE_CASES)
def test_those_who_respond_with_chants_chant(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# a person's role in apposition after the name that opens the clause is no speaker of its
# own, however the apposition goes on: a relative clause of the body it names, an aside, a
# list of roles, a cue with no comma before it ("Ann Vale, director of the Harbour Fund,
# which backs the levy, said": Vale, not "director of the Harbour Fund")
ROLE_AFTER_NAME_CASES = [
    ("a bare role, then a relative clause of its body",
     'Ann Vale, director of the Harbour Fund, which backs the levy, said the rate is '
     '"far too high."', ["Ann Vale"]),
    ("an indefinite role, then a relative clause of its body",
     'Tom Reyes, a director of the Lake Trust, which owns the dam, said it was "safe."',
     ["Tom Reyes"]),
    ("a role, then a relative clause of the person",
     'Dana Pike, head of the county bar, who argued the case, said the ruling was "a relief."',
     ["Dana Pike"]),
    ("a home and a party, then an aside",
     'Rep. Tom Reyes, Vermont Democrat, however, said the bill would "go nowhere."',
     ["Tom Reyes"]),
    ("a list of roles",
     'Maria Olsen, a board member, former treasurer and donor, said the audit was "overdue."',
     ["Maria Olsen"]),
    ("a role with no comma before the cue",
     'Ann Vale, a senior vice president for Harbour Steel told lawmakers the plant was '
     '"never safe."', ["Ann Vale"]),
    ("a connector before the name",
     'But Maria Olsen, a former chair of the Lake County Party, which covers the city, warned '
     'the plan was "reckless."', ["Maria Olsen"]),
    # negatives: the role's words about the name, a place before the role, a body's name,
    # a plural
    ("a parenthetical cue after an indefinite role",
     'Tom Reyes, a spokesman said, "will not run again."', ["spokesman"]),
    ("a place before the role",
     'In Lake County, a farmer said the rule was "a disaster."', ["farmer"]),
    ("a body before its description",
     'The Harbour Fund, a group that backs the levy, said it was "fair."', ["Harbour Fund"]),
    ("a plural after the name",
     'Unlike Ann Vale, members of the board said the audit was "overdue."',
     ["members of the board"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), ROLE_AFTER_NAME_CASES)
def test_a_role_after_a_name_is_the_names(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# the wrong subject of the cue verb (issue 11): a role opened by a capitalised title, a chain
# of two appositions ("Ann Vale, CEO of Harbour Steel, a rail firm, said" is Vale, not "CEO of
# Harbour Steel"), a name opening a clause after a subordinator ("... when Tom Reyes, a lawyer
# for the board conceded"), a relative clause whose verb the cue is coordinated with ("says
# Ann Vale, professor of law, who has studied ... and concluded": who, Vale)
WRONG_SUBJECT_CASES = [
    ("a titled role, then a description of its body",
     '"We lose money every week," Ann Vale, CEO of Harbour Steel, a rail firm, said.',
     ["Ann Vale"]),
    ("a titled role, then a description, before a direct quotation",
     'Ann Vale, CEO of Harbour Steel, a rail firm, said, "We lose money every week."',
     ["Ann Vale"]),
    ("a titled role, then 'one of'",
     'As Ann Vale, CEO of Harbour Steel, one of the firms behind the line, points out, costs '
     '"are falling fast."', ["Ann Vale"]),
    ("a role of two capitalised titles",
     'Ann Vale, Chief Executive of Harbour Steel, a rail firm, said the line was "a bargain."',
     ["Ann Vale"]),
    ("a titled role alone",
     'Ann Vale, CEO, said the line was "a bargain."', ["Ann Vale"]),
    ("a titled role before a relative clause",
     'The board hired Ann Vale, CEO of Harbour Steel, who said the line was "a bargain."',
     ["Ann Vale"]),
    ("a name after a subordinator, its role with no comma before the cue",
     "The deal could be in doubt when Tom Reyes, a lawyer for the county's water board "
     'conceded in court that the rule "may not hold."', ["Tom Reyes"]),
    ("a relative clause coordinated with the cue, and the pronoun after it",
     '"Jobs matter most," says Ann Vale, professor of law at Lake College, who has studied '
     'the courts and concluded that "deep reform" is needed. "People stay for work," she said.',
     ["Ann Vale", "Ann Vale", "Ann Vale"]),
    ("a relative clause coordinated with the cue, closed before the main clause's cue",
     'Ann Vale, who led the board for years and once wrote a memo urging staff to work "in '
     'the open," said such secrecy is "wrong."', ["Ann Vale", "Ann Vale"]),
    ("a relative clause with abbreviations, a quotation closing it",
     'Ann B. Vale, who served as E.P.A. director under Mr. Reyes and once wrote a memo urging '
     'staff to work "in the open," said such secrecy is "wrong."', ["Ann B. Vale", "Ann B. Vale"]),
    ("a relative clause a quotation closes before the main clause's cue",
     'Ann Vale, who once called the plan "a scam," said the vote was "wrong."',
     ["Ann Vale", "Ann Vale"]),
    # negatives: a titled name, a place before a titled name, the role's words about the name,
    # an adverbial clause before another subject, a relative clause closed before the verb,
    # an inverted cue, a relative clause on an object
    ("a place, then a titled name",
     'In Lake County, Mayor Ann Vale said the plan was "done."', ["Ann Vale"]),
    ("a titled name in the role",
     'Tom Reyes, a spokesman for CEO Ann Vale, said the deal was "done."', ["Tom Reyes"]),
    ("a titled name before a home and a relative clause",
     'The board met President Tom Reyes of Harbour Steel, who said the deal was "done."',
     ["Tom Reyes"]),
    ("the role's words about the name after a subordinator",
     'The deal stalled when Tom Reyes, a lawyer said, lost the file. "It is gone," a clerk '
     'said.', ["lawyer", "clerk"]),
    ("a subject after the adverbial clause",
     'When Tom Reyes, a lawyer for the board, left the room, a guard said it was "over."',
     ["guard"]),
    ("a relative clause closed before the main verb",
     'Ann Vale, who chairs the board, met the mayor and said the plan was "a mess."',
     ["Ann Vale"]),
    ("a relative clause after an inverted cue",
     '"It is over," said Ann Vale, who called the plan "a scam," and left.',
     ["Ann Vale", "Ann Vale"]),
    ("a relative clause on an object, a quotation closing it",
     'The mayor met Ann Vale, who called the plan "a scam," said the clerk.', ["Ann Vale"]),
    ("a relative clause closed by a comma before the subject's quotation",
     'Tom Reyes, who led the college after the war, "was a symbol of what we were," said Ann '
     'Vale.', ["Ann Vale"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), WRONG_SUBJECT_CASES)
def test_the_name_an_apposition_describes_speaks(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "Asked" and the question put to the subject open an adverbial clause: a cue inside the
# question ("told", "telling") reports no words after its comma, the subject of the main
# clause speaks the quotation (also a subject with a title's period: "Mr. Pike said")
ASKED_CLAUSE_CASES = [
    ("a cue in the question, a titled subject",
     'Asked whether Tom Reyes had told the truth to the board, Mr. Pike said, "I think he '
     'did."', "Pike"),
    ("a participle cue in the question, a colon",
     "Asked whether he minded Mr. Reyes telling lawmakers he had not been briefed, Mr. Pike "
     'said: "No, he did not say that."', "Pike"),
    ("a subordinate clause, then a titled subject",
     "When Tom Reyes pointed out that the plan came from the states, Mr. Pike responded that "
     'it was "a dodge."', "Pike"),
    ("an untitled subject",
     'Asked whether Tom Reyes had told the truth to the board, Pike said, "I think he did."',
     "Pike"),
    # negative: a question with no cue in it, as before
    ("no cue in the question",
     'Asked about the plan, Sen. Ann Vale said it was "a mess."', "Ann Vale"),
]


@pytest.mark.parametrize(("label", "text", "expected"), ASKED_CLAUSE_CASES)
def test_the_subject_after_an_asked_clause_speaks(label, text, expected, knowledge):
    assert names_of(text, knowledge)[-1] == expected
