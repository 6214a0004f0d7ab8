"""No voice that is a clause fragment, a date or a common noun (issue 11): each table is one
class of error, each case a sentence written for the test, with negatives the rule must keep.
"""

from __future__ import annotations

import pytest

from reportgen.analyze.actors.reading import read_mention
from tests.analyze.sentences import last_speaker, quotes_of


def _last(text, knowledge):
    quotes = quotes_of(text, knowledge)
    assert quotes, "no quote found"
    a = quotes[-1].actor
    return None if a is None else (a.name, a.kind)


# --- a participle with no comma after a whole clause: the clause's subject speaks -----------

CLAUSE_PARTICIPLE_CASES = [
    ("after a time adjunct",
     "Sen. Ann Cole took office in July vowing to cut the state budget by a tenth.",
     ("Ann Cole", "person")),
    ("after a time adjunct, object and verb before it",
     "Ten senators sued the federal government in February claiming the rule is unlawful.",
     ("Ten senators", "group")),
    ("after a time adjunct of two words",
     "Mayor Tom Reyes took office last year promising to fix every road in the city.",
     ("Tom Reyes", "person")),
    ("after a document the subject filed",
     "Twitter filed a lawsuit arguing that the summons threatened free speech.",
     ("Twitter", "organisation")),
    ("after a document the subject sent, and a time adjunct",
     'The committee sent him a letter on Saturday saying its subpoena "remains in force."',
     ("committee", "organisation")),
    ("after a document the subject issued",
     "Gov. Dale Pratt released a short memo asking every county to close its schools.",
     ("Dale Pratt", "person")),
    ("after a time adjunct, a name that is a preposition's object",
     "Gov. Dale Pratt sent a memo to The Boston Herald in April explaining that the state "
     '"cannot pay."',
     ("Dale Pratt", "person")),
    # negatives: the phrase before the participle speaks, or nobody does
    ("people before the time adjunct speak themselves",
     'Senator Ruth Vail met protesters on Monday chanting "no more war."',
     ("protesters", "group")),
    ("a document found, not issued, speaks for its unknown author",
     "Police found a note saying the bank would be robbed.",
     ("note", "unknown")),
    ("a comma before the participle: the subject speaks as before",
     "The United Nations called for a ceasefire, saying the fighting must stop.",
     ("United Nations", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), CLAUSE_PARTICIPLE_CASES)
def test_a_participle_after_a_clause_is_its_subjects(label, text, expected, knowledge):
    assert _last(text, knowledge) == expected, label


def test_a_clause_is_never_a_speaker_mention(knowledge):
    texts = ["Sen. Ann Cole took office in July vowing to cut the state budget by a tenth.",
             "Ten senators sued the federal government in February claiming the rule is unlawful.",
             'Senator Ruth Vail met protesters on Monday chanting "no more war."']
    for text in texts:
        for q in quotes_of(text, knowledge):
            assert q.speaker is not None
            assert not {"took", "sued", "met"} & set(q.speaker.split()), q.speaker


# --- a word opening a sentence's adverbial is no subject -----------------------------------

OPENER_CASES = [
    ("participle opening a sentence",
     "Taken together, the votes are a test for Mayor Tom Reyes, who is threatening to quit.",
     None),
    ("preposition opening a sentence",
     "Ahead of the vote, Gov. Dale Pratt published a letter warning of grave risks.",
     ("Dale Pratt", "person")),
    ("participle of a given fact",
     'Given the risk, the council voted to close the bridge, saying it "cannot take chances."',
     ("council", "organisation")),
    ("object of despite before a noun cue",
     "Despite a United Nations call for a ceasefire, Prime Minister Tom Reyes gave no sign of "
     'a halt, saying the army would act "firmly."',
     ("Tom Reyes", "person")),
    ("object of amid",
     'Amid a Republican push for cuts, Gov. Ann Cole said the budget "is already lean."',
     ("Ann Cole", "person")),
    # negatives: a name or a description that opens the sentence is its subject
    ("a surname that is also a word opens the sentence",
     'Senator Ann Head wrote the bill. Head said the bill "would pass by June."',
     ("Ann Head", "person")),
    ("a body opens the sentence",
     "The United Nations called for a ceasefire on Monday.",
     ("United Nations", "organisation")),
]


@pytest.mark.parametrize(("label", "text", "expected"), OPENER_CASES)
def test_a_sentence_opener_is_no_subject(label, text, expected, knowledge):
    quotes = quotes_of(text, knowledge)
    if expected is None:
        assert all(q.actor is None or q.actor.name not in ("Taken", "Taken together")
                   for q in quotes)
    else:
        assert _last(text, knowledge) == expected, label


# --- a document speaks for its author; a day or month is no name --------------------------

DOCUMENT_CASES = [
    ("author after from, in the mention, with a time after it",
     "A statement from the governor's campaign late Friday night said the tour would resume.",
     ("governor's campaign", "organisation")),
    ("author after from, a month before the document",
     "Exporters hold out for ransom, according to a January report from the Commerce "
     "Department.",
     ("Commerce Department", "organisation")),
    ("author after the mention, led by",
     "The study, led by Ann Cole of Yale University, says mobility has not changed.",
     ("Ann Cole", "person")),
    ("author after an inverted cue",
     '"This breaks the pledge," said a statement from the House Budget Committee.',
     ("House Budget Committee", "organisation")),
    ("author as a description of the body named before",
     'The House Ways and Means Committee counted 12 new taxes. "This breaks the pledge," said '
     "a statement from the panel.",
     ("Ways and Means Committee", "organisation")),
    ("author named where the document was introduced",
     "In his report, Inspector General Tom Hale found no sign of bias. The report said the "
     "agent pushed for more action.",
     ("Tom Hale", "person")),
    # negatives: no author named, or a "by" that is no author's
    ("no author named: the document stays",
     'The mayor spoke on Monday. A report said the city "cannot pay its debts."',
     ("report", "unknown")),
    ("a by-phrase later in the sentence is no author",
     "The suit details one attack by gunmen who, according to the suit, were trained by "
     "Iran's Qods Force.",
     ("suit", "unknown")),
    ("a day after from is no author",
     '"The count is wrong," said a report from Tuesday.',
     ("report", "unknown")),
]


@pytest.mark.parametrize(("label", "text", "expected"), DOCUMENT_CASES)
def test_a_document_speaks_for_its_author(label, text, expected, knowledge):
    assert _last(text, knowledge) == expected, label


CALENDAR_CASES = [
    ("a time adjunct after a description, before the cue",
     "A spokesman for the mayor late Friday night said the roads were closed.",
     "Friday"),
    ("a time adjunct after a name, before the cue",
     "Tom Reyes late Friday night said the roads were closed.",
     "Friday"),
    ("a month in a document's mention",
     '"Savers lose out," said a July report from the Commerce Department.',
     "July"),
]


@pytest.mark.parametrize(("label", "text", "word"), CALENDAR_CASES)
def test_a_day_or_month_is_no_name(label, text, word, knowledge):
    quotes = quotes_of(text, knowledge)
    assert quotes, "no quote found"
    assert all(q.actor is not None and word not in q.actor.name.split() for q in quotes), label


@pytest.mark.parametrize("mention", [
    "the victims of last October's storm",
    "a statement from the campaign late Friday night",
    "Sen. Ann Cole took office in July",
])
def test_a_mention_holding_a_day_or_month_names_no_one_by_it(mention, knowledge):
    reading = read_mention(mention, knowledge)
    month_or_day = {"October", "Friday", "July"}
    assert reading.surname not in month_or_day
    assert reading.actor is None or not month_or_day & set(reading.actor.name.split())


@pytest.mark.parametrize(("text", "name"), [
    ("April Ryan said the briefing was cancelled.", "April Ryan"),
    ("Wednesday Addams said the plan would fail.", "Wednesday Addams"),
    ("June Carter said the tour would go on.", "June Carter"),
])
def test_a_given_name_that_is_a_day_or_month_stays_a_name(text, name, knowledge):
    assert _last(text, knowledge) == (name, "person")


# --- a time adjunct between a speaker and the cue is no part of the speaker ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Reyes late Friday night said the roads were closed.", ("Tom Reyes", "person")),
    ("Officials last week said the roads were closed.", ("Officials", "anonymous")),
    ("Senator Ted Cruz, who last year threatened to shut down the government, spoke.",
     ("Ted Cruz", "person")),
    # negative: a day that is a given name stays in the name
    ("Wednesday Addams on Friday said the plan would fail.", ("Wednesday Addams", "person")),
])
def test_a_time_adjunct_before_the_cue_is_skipped(text, expected, knowledge):
    assert _last(text, knowledge) == expected


# --- "the person said" after an unnamed source the text introduced ------------------------

INTRODUCED_SOURCE_CASES = [
    ("a source introduced as an object",
     'The Herald also quoted a source present at the meeting. "I remember the comment," the '
     "person said.",
     "source present at the meeting"),
    ("a source introduced with a relative clause",
     'The paper spoke to a source who was at the meeting. "It was a joke," the person said.',
     "source who was at the meeting"),
    ("a source that spoke before, up to its cue",
     'Talks went on. "The deal is close," one person familiar with the talks said. "We need a '
     'week," the person said.',
     "person familiar with the talks"),
    ("the source after an aide introduced",
     'Reporters reached an aide who was in the room. "Nobody laughed," the source said.',
     "aide who was in the room"),
    # where no source, person or official was introduced: an adviser, an ally, a staffer,
    # "someone" close to someone
    ("an ally introduced with an aside",
     'One longtime Vale ally, who asked not to be named, said the mayor was tired. "He has had'
     ' enough," this source said.',
     "longtime Vale ally"),
    ("an adviser introduced as a subject",
     'A campaign adviser disputed the idea on Monday. "That is not how it works," the person'
     ' said.',
     "campaign adviser"),
    ("an ally whose relative clause opens with a cue",
     'A Vale ally who spoke with the mayor said he was tired. "He has had enough," the source'
     ' said.',
     "Vale ally"),
    ("someone close to someone",
     'Someone close to Ann Cole said the plan was dead. "It will not come back," this person'
     ' said.',
     "someone close to Ann Cole"),
    # negatives: nobody introduced, or a titled description the existing steps read; a
    # source introduced comes before an adviser introduced after it
    ("nobody introduced", 'The mayor spoke on Monday. "It was a joke," the person said.',
     "person"),
    ("a source before an adviser",
     'A source familiar with the talks said they stalled. A campaign adviser disputed that.'
     ' "They did stall," the source said.',
     "source familiar with the talks"),
    ("an official stays an official",
     'The Herald quoted a senior official. "We are ready," the official said.', "official"),
]


@pytest.mark.parametrize(("label", "text", "name"), INTRODUCED_SOURCE_CASES)
def test_the_person_is_the_unnamed_source_introduced_before(label, text, name, knowledge):
    assert _last(text, knowledge) == (name, "anonymous"), label


# --- "this source", "this GOP source", "the official" after someone unnamed introduced by
# another noun of a person (a title for "the official") ---------------------------------

INTRODUCED_BY_OTHER_NOUN_CASES = [
    ("a fund-raiser introduced as a subject",
     'Donors worried. A top Republican fund-raiser described a pause among donors. "Many have'
     ' pulled back," said this source.',
     ("top Republican fund-raiser", "anonymous")),
    ("a donor with a relative clause, then the person",
     'A longtime Vale donor who knocked on doors all week said turnout was low. "People stayed'
     ' home," the person said.',
     ("longtime Vale donor", "anonymous")),
    ("a source with a capitalised word before it",
     'One veteran GOP strategist, who asked not to be named, said the governor would survive.'
     ' "There is no question," this GOP source said.',
     ("veteran GOP strategist", "anonymous")),
    ("the official, after an attaché, with a relative clause before the cue",
     'A European military attaché based in the region told Reuters that the case was weak. "It'
     ' will not look good," the official, who asked not to be named, said.',
     ("European military attaché", "anonymous")),
    ("the official after an official whose description opens with a name",
     'An Ohio campaign official played down the poll on Monday. "The race is close," the'
     ' official said.',
     ("Ohio campaign official", "anonymous")),
    # negatives: no title introduced for "the official"; an aide introduced keeps "the
    # official" as it was; no description of someone ("a server while secretary of state")
    ("the official after a woman",
     'A woman was hit by a car on Main Street. "We are looking for the driver," the official'
     ' said.',
     ("official", "anonymous")),
    ("the official after an aide and another noun",
     'Officials met a senior aide on Monday. A union organizer joined them. "We are ready," the'
     ' official said.',
     ("official", "anonymous")),
    ("the source after a clause that is no description",
     'The agency reviewed a private email server while secretary of state. "It was never'
     ' secure," the source said.',
     ("source", "anonymous")),
]


@pytest.mark.parametrize(("label", "text", "expected"), INTRODUCED_BY_OTHER_NOUN_CASES)
def test_a_source_is_the_one_introduced_by_another_noun(label, text, expected, knowledge):
    assert _last(text, knowledge) == expected, label


# --- a question put with a contracted verb is no speaker ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole said she is close. Asked what's the holdup, she responded, \"Putting it all "
     "together.\"", ("Ann Cole", "person")),
    ("Tom Reyes spoke at noon. Asked who’s to blame, Reyes said, \"The board is.\"",
     ("Tom Reyes", "person")),
    ("Tom Reyes spoke at noon. Asked what's next, the workers said, \"Home.\"",
     ("workers", "group")),
    # negative: the question without a contraction, as before
    ("Ann Cole said she is close. Asked what the holdup was, she said, \"Paperwork.\"",
     ("Ann Cole", "person")),
])
def test_a_question_with_a_contraction_is_the_question_not_the_speaker(text, expected,
                                                                        knowledge):
    quotes = quotes_of(text, knowledge)
    assert all(q.speaker is None or ("'" not in q.speaker and "’" not in q.speaker)
               for q in quotes)
    assert _last(text, knowledge) == expected


# --- plain words for people speak as a group ------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ('Police herd fans into pens, and if people climb out, cops yell: "Stop!"', "cops"),
    ('At the gate, guards shouted: "Go back!"', "guards"),
    ("Cops said the road was closed.", "Cops"),
])
def test_plain_words_for_people_are_a_group(text, name, knowledge):
    assert _last(text, knowledge) == (name, "group")


# --- a demonstrative before a noun is a definite description -------------------------------

DEMONSTRATIVE_CASES = [
    ("this person: the source introduced",
     'The Herald quoted a source present at the meeting. "I remember the comment," this person '
     "said.",
     ("source present at the meeting", "anonymous")),
    ("these lawmakers: the two named",
     'Sen. Ann Cole and Rep. Tom Reyes wrote the bill. "It will pass," these lawmakers said.',
     ("Ann Cole and Tom Reyes", "group")),
    ("that officer: the officer named",
     'Officer Dan Frey stopped the car. "He ran the light," that officer said.',
     ("Dan Frey", "person")),
    ("these critics: no article word in the name",
     'Critics point to the cost. "It is a boondoggle," these critics said.',
     ("critics", "group")),
    # negative: "that" alone is a pronoun, the speaker named stays
    ("that alone", '"The plan is wrong," Ann Cole said of the rules.', ("Ann Cole", "person")),
]


@pytest.mark.parametrize(("label", "text", "expected"), DEMONSTRATIVE_CASES)
def test_a_demonstrative_description_is_read_as_definite(label, text, expected, knowledge):
    assert _last(text, knowledge) == expected, label


@pytest.mark.parametrize("text", [
    'The method is simple. This involves asking yourself whether you "would have believed it."',
    'Iowa matters. These key players think the caucus results reveal "a great deal" about it.',
    'The plan failed. That means asking the voters whether they "want a new vote."',
])
def test_a_demonstrative_and_its_verb_are_no_speaker(text, knowledge):
    for q in quotes_of(text, knowledge):
        assert q.speaker is None or not {"involves", "think", "means"} & set(q.speaker.split())


# --- a participle belongs to the clause a semicolon opens -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('These are not just angry voters; Tom Reyes, a member of the library board, resigned '
     'after the vote, calling the decision "a disgrace."', ("Tom Reyes", "person")),
    ('The vote was close; Gov. Ann Cole signed the bill anyway, saying it "will save lives."',
     ("Ann Cole", "person")),
    ('The count took a week; the union met on Monday, saying the result "stands."',
     ("union", "organisation")),
    # negative: no semicolon, the sentence's subject as before
    ('Gov. Ann Cole signed the bill on Monday, saying it "will save lives."',
     ("Ann Cole", "person")),
])
def test_a_participle_after_a_semicolon_is_its_clauses_subjects(text, expected, knowledge):
    assert _last(text, knowledge) == expected


# --- a set adverbial between the speaker and the cue is no speaker: "at one point", "in the past"

ADVERBIAL_CASES = [
    ('Mayor Ann Cole at one point accused the council of "hiding the books."',
     ("Ann Cole", "person")),
    ('The harbour board, which in the past said the pier was "perfectly safe," closed it.',
     ("harbour board", "unknown")),
    ('Local farmers in recent weeks said the drought was "the worst in memory."',
     ("Local farmers", "group")),
    ('Tom Reyes at first claimed that the letter was "a forgery."', ("Tom Reyes", "person")),
    # negatives: the same words after the cue or as its object stay where they are
    ('Tom Reyes said in the past that the tax "would never pass."', ("Tom Reyes", "person")),
    ('"We lost at times," Tom Reyes said.', ("Tom Reyes", "person")),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBIAL_CASES)
def test_a_set_adverbial_before_the_cue_is_no_speaker(text, expected, knowledge):
    assert last_speaker(text, knowledge) == expected


# --- a participle describing the document of an opening adverbial is no cue of its own ------

DOCUMENT_OPENING_CASES = [
    ("In a statement announcing her exit, Ann Cole vowed to keep working for the county.",
     ("Ann Cole", "person")),
    ('In a letter explaining the vote, Mayor Tom Reyes wrote that the budget was "broken."',
     ("Tom Reyes", "person")),
    ('In a statement announcing the merger, the company said it would hire "dozens of staff."',
     ("company", "organisation")),
    ('In other emails reported on by the Ledger, Reyes said the deal was "done."',
     ("Reyes", "person")),
    # negatives: a statement the subject issued, and an opening adverbial with no participle
    ('In March, the council issued a statement saying the plan "would fail."',
     ("council", "organisation")),
    ('In a short statement released Monday, Ann Cole said the plan "would fail."',
     ("Ann Cole", "person")),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_OPENING_CASES)
def test_a_participle_of_an_opening_document_is_no_cue(text, expected, knowledge):
    assert _last(text, knowledge) == expected
