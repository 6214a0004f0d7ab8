"""What a cue reports, read as a careful reader would (issue 11): "speak" reports no clause.
"speaking at the rally", "spoke on condition of anonymity", "spoke warmly about the
volunteers", "As he spoke, police ...": what follows the verb is where, how or what about
someone spoke, or another clause, never the words they said; only a quotation next to it is
("“…,” she spoke"). Each case is a sentence written for the test, with each quote's
(kind, text, speaker) in text order.
"""

from __future__ import annotations

import pytest

from tests.analyze.sentences import names_of, quotes_of

SPEAK_CASES = [
    ("speaking at a place, then said",
     "Ann Vale, 64, speaking at the party's rally, said the vote had gone badly for the mayor.",
     [("indirect", "the vote had gone badly for the mayor", "Ann Vale")]),
    ("speaking in broad terms about a topic",
     "The council downplayed the risks while speaking in broad terms about the need to act.",
     []),
    ("spoke at an event, then a participle clause",
     "Tom Reyes spoke at the morning rally, becoming the first mayor to address the crowd.",
     []),
    ("began speaking at a time",
     "Dana Pike began speaking around noon, attacking her rivals over the delayed budget.",
     []),
    ("speaking on condition of anonymity, then told",
     "A senior official, speaking on condition of anonymity, told reporters the strike had "
     "hit a depot.",
     [("indirect", "the strike had hit a depot", "senior official")]),
    ("as he spoke, another clause",
     "As he spoke, police officers were closing the square.", []),
    ("spoke warmly about people",
     "Maria Olsen spoke warmly about the volunteers who rebuilt the school.", []),
    # negatives: a quotation next to "spoke" is still its speaker's, and a say cue after
    # "speaking to reporters" still reports its clause
    ("a quotation before spoke",
     '"We will not back down," Tom Reyes spoke into the microphone.',
     [("direct", '"We will not back down,"', "Tom Reyes")]),
    ("speaking to reporters, then said with quoted words",
     'Speaking to reporters on Monday, Ann Vale said the plan was "dead on arrival."',
     [("mixed", 'the plan was "dead on arrival."', "Ann Vale")]),
    ("said alone",
     "Tom Reyes said the budget was late.", [("indirect", "the budget was late", "Tom Reyes")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), SPEAK_CASES)
def test_speak_reports_no_clause(label, text, expected, knowledge):
    got = [(q.kind, q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]
    assert got == expected


# "X, the aide to Y, who VP, said": the relative clause after an apposition interrupts the
# subject; the name the apposition describes says, not the object inside it (with "spoke"
# no longer a cue, nothing else picks the right subject)
APPOSITION_OBJECT_CASES = [
    ("chief of staff to a leader, who spoke",
     'Maria Olsen, the chief of staff to Majority Leader Tom Reyes, who spoke on Monday, said '
     'the vote was "a disgrace."', ["Maria Olsen"]),
    ("chief of staff to a leader, who arrived",
     'Maria Olsen, the chief of staff to Majority Leader Tom Reyes, who arrived on Monday, said '
     'the vote was "a disgrace."', ["Maria Olsen"]),
    ("an adviser to a governor, told",
     "Ann Vale, an adviser to Governor Tom Reyes, who arrived late, told reporters the deal "
     "was done.", ["Ann Vale"]),
    ("a friend of the mayor, who spoke first",
     'Tom Reyes, a friend of the mayor, who spoke first, said the plan was "late."',
     ["Tom Reyes"]),
    # negatives: no apposition holds the phrase before "who"
    ("the object of a verb, the relative clause says",
     'Ann Vale met the aide to Senator Tom Reyes, who said the plan was "late."', ["Tom Reyes"]),
    ("a name in apposition before who",
     "The union leader, Dana Pike, who arrived late, said the plant would close.", ["Dana Pike"]),
    ("a relative clause right after the name",
     'Maria Olsen, who spoke on Monday, said the vote was "a disgrace."', ["Maria Olsen"]),
]


@pytest.mark.parametrize(("label", "text", "expected"), APPOSITION_OBJECT_CASES)
def test_the_apposition_head_says_past_a_relative_clause(label, text, expected, knowledge):
    assert names_of(text, knowledge) == expected


# "X said [Y], Z reported": a reported clause stops before an attribution that closes its
# sentence; Y is X's, and Z's report of X's words is a quote of its own (issue 11: a span
# that ran past the quotation). Each case: each quote's (text, speaker) in text order.
CLOSING_ATTRIBUTION_CASES = [
    ("an outlet reported, after a quotation",
     'Tom Reyes added that the travel papers were "a mistake on our part," The Daily Ledger '
     "reported.",
     [('the travel papers were "a mistake on our part,"', "Tom Reyes")]),
    ("an outlet reported, with a day",
     "Dana Pike said the plant would close in March, the Tribune reported Friday.",
     [("Dana Pike said the plant would close in March", "Tribune"),
      ("the plant would close in March", "Dana Pike")]),
    ("prosecutors said",
     "Ann Vale told the court she had been threatened twice, prosecutors said.",
     [("Ann Vale told the court she had been threatened twice", "prosecutors"),
      ("she had been threatened twice", "Ann Vale")]),
    ("according to a source",
     "The mayor said the budget was balanced, according to the Ledger.",
     [("The mayor said the budget was balanced", "Ledger"),
      ("the budget was balanced", "mayor")]),
    ("officials said in a statement",
     "Dana Pike said the schools would reopen, officials said in a statement on Monday.",
     [("Dana Pike said the schools would reopen", "officials"),
      ("the schools would reopen", "Dana Pike")]),
    ("experts say, the bare form after a plural",
     "Ann Vale said the mine would close, experts say.",
     [("Ann Vale said the mine would close", "experts"),
      ("the mine would close", "Ann Vale")]),
    # negatives: what follows the comma is no attribution that closes the sentence
    ("a comma inside a number",
     "The Ledger reported that roughly 1,100 donor names weren't disclosed.",
     [("roughly 1,100 donor names weren't disclosed", "Ledger")]),
    ("but and a noun that is also a cue",
     'Tom Reyes says parts of his plan are "negotiable," but only minor details about his '
     "budget.",
     [('parts of his plan are "negotiable," but only minor details about his budget',
       "Tom Reyes")]),
    ("a subordinate clause with a cue",
     "Dana Pike said she was tired, even as she defended the deal.",
     [("she was tired, even as she defended the deal", "Dana Pike")]),
    ("the first person",
     "Tom Reyes said, despite the protests, we continue to fund the school.",
     [("despite the protests, we continue to fund the school", "Tom Reyes")]),
    ("a relative clause",
     "Ann Vale said the tax would rise, which critics denounced.",
     [("the tax would rise, which critics denounced", "Ann Vale")]),
    ("a passive participle",
     "Tom Reyes said the city sold the land, a deal criticized by the council.",
     [("the city sold the land, a deal criticized by the council", "Tom Reyes")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), CLOSING_ATTRIBUTION_CASES)
def test_reported_clause_stops_before_a_closing_attribution(label, text, expected, knowledge):
    got = [(q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]
    assert got == expected


# An embedded tweet ("TEXT pic.twitter.com/… — Name (@handle) Month D, YYYY") is its writer's
# words, though no mark sets them off: one direct quote of the text before its links, by the
# name that signs it; a cue inside the tweet reports nothing of the article's (issue 11: a
# span that ran past the quotation into the links and the signature). Each case: each quote's
# (kind, text, speaker) in text order.
TWEET_CASES = [
    ("a tweet with a picture link",
     "The mayor answered within the hour.\n\nJobs are up and the harbour is open again! "
     "pic.twitter.com/Ab12cd — Ann Vale (@annvale) March 15, 2017",
     [("direct", "Jobs are up and the harbour is open again!", "Ann Vale")]),
    ("a tweet with a cue inside and a link",
     "Critics piled on.\n\nTom Reyes says the plan failed. Not a good look for the council. "
     "https://t.co/Xy12 — Dana Pike (@danapike) June 2, 2019",
     [("direct", "Tom Reyes says the plan failed. Not a good look for the council.",
       "Dana Pike")]),
    ("a tweet with no link, a title before the name",
     "Others agreed.\n\nThe harbour plan is a waste of money — Sen. Tom Reyes (@SenReyes) May 1, "
     "2018",
     [("direct", "The harbour plan is a waste of money", "Tom Reyes")]),
    # negatives: a tweet that relays a quotation in marks, a handle in running text
    ("a tweet relaying someone's words in marks",
     'The paper posted a clip.\n\nAnn Vale on the harbour: "It will reopen in May." '
     "pic.twitter.com/Qq1 — Harbour Ledger (@ledger) March 3, 2019",
     [("direct", '"It will reopen in May."', "Ann Vale")]),
    ("a handle in running text, no signature",
     "Tom Reyes (@tomreyes) said the plan had failed.",
     [("indirect", "the plan had failed", "Tom Reyes")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), TWEET_CASES)
def test_an_embedded_tweet_is_its_writers_quote(label, text, expected, knowledge):
    got = [(q.kind, q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]
    assert got == expected


# A "that" the look-ahead past a cue finds may open a relative clause of the noun before it,
# with no subject of its own ("asked for a budget that would fund the school"): what the cue
# reports is then the noun with its clause, or the clause a later "that" opens ("said in a
# letter that was released on Monday that the plan failed"), never the relative clause alone
# (issue 11, quote text: a span that started inside a relative clause).
RELATIVE_THAT_CASES = [
    ("a modal after that",
     "Tom Reyes asked for a three-year budget that would fund the harbour and the school.",
     [("for a three-year budget that would fund the harbour and the school", "Tom Reyes")]),
    ("a verb in the past after that",
     "Ann Vale slammed some builders that saw their costs rise after the tax.",
     [("some builders that saw their costs rise after the tax", "Ann Vale")]),
    ("a relative clause in the adjunct, then the cue's that",
     "Ann Vale said in a letter to the council that was released on Monday that the plan "
     "failed.",
     [("the plan failed", "Ann Vale")]),
    ("a relative clause in a verb in -ed, then the cue's that",
     "Tom Reyes wrote in an essay that appeared Sunday that the city needs more parks.",
     [("the city needs more parks", "Tom Reyes")]),
    # negatives: the cue's own "that", after an adjunct, with a subject or an adjective
    ("an adjunct, then the cue's that",
     "Dana Pike said in a radio interview on Monday that the harbour would reopen.",
     [("the harbour would reopen", "Dana Pike")]),
    ("a relative clause in an adjunct, no second that",
     "Tom Reyes said in an interview that aired Monday he was told the harbour would close.",
     [("aired Monday he was told the harbour would close", "Tom Reyes")]),
    ("an adjective in -ed opens the subject",
     "Tom Reyes argued in a long essay that detailed plans were never drawn up.",
     [("detailed plans were never drawn up", "Tom Reyes")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), RELATIVE_THAT_CASES)
def test_a_relative_that_opens_no_reported_clause(label, text, expected, knowledge):
    got = [(q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]
    assert got == expected


# "“…,” Lerner's lawyer, Ann Roe, said": a possessive's role set off before the name after a
# quotation is the speaker's description, no part of the quotation (issue 11: the quote ran
# on over the role, or found no speaker after a long role)
OWNED_ROLE_CASES = [
    ("a possessive's role, then the name",
     '"Holding her in contempt would be unfair," Tom Pell\'s lawyer, Ann Roe, said.',
     [("direct", '"Holding her in contempt would be unfair,"', "Ann Roe")]),
    ("an organisation's role of two words, after a question",
     "“Who will pay for the dredging?” the Harbour League’s legal director, Dana Pike, asked.",
     [("direct", "“Who will pay for the dredging?”", "Dana Pike")]),
    ("a long role, then told and an object",
     '"We will not sign it," Mayor Vale\'s deputy chief of staff, Tom Reyes, told reporters.',
     [("direct", '"We will not sign it,"', "Tom Reyes")]),
    ("a role of four words, then a letter",
     '"The fee is unlawful," the union\'s former chief legal adviser, Maria Olsen, wrote in a '
     'letter to the council.',
     [("direct", '"The fee is unlawful,"', "Maria Olsen")]),
    ("the quotation goes on after the attribution",
     "“It is late,” the mayor’s spokeswoman, Ann Vale, said. “It is very late.”",
     [("direct", "“It is late,” … “It is very late.”", "Ann Vale")]),
    # negatives: no possessive, or no role before the comma, or a given name alone (the
    # owner's surname is the speaker's: tests/analyze/test_speaker_names.py)
    ("an article and a role, as before",
     '"We will fight this," the lawyer, Ann Roe, said.',
     [("direct", '"We will fight this,"', "Ann Roe")]),
    ("a possessive's thing, not a person",
     '"We will fight this," Tom Pell\'s plan, Ann Roe said, is a failure.',
     [("mixed", '"We will fight this," Tom Pell\'s plan … is a failure', "Ann Roe")]),
    ("a given name alone after the role",
     '"We will sell the boat," Pike\'s widow, Dana, said.',
     [("mixed", '"We will sell the boat," Pike\'s widow', "Dana Pike")]),
]


@pytest.mark.parametrize(("label", "text", "expected"), OWNED_ROLE_CASES)
def test_a_possessive_role_before_the_name_is_no_part_of_the_quote(label, text, expected,
                                                                    knowledge):
    got = [(q.kind, q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]
    assert got == expected
