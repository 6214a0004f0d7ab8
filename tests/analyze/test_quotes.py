"""Quote extraction: text in, quotes with kind, speaker mention and cue out (one row a case)."""

from __future__ import annotations

import pytest

from reportgen.analyze.quotes import extract_quotes
from tests.analyze.sentences import quotes_of


def _quotes(text, knowledge):
    return [(q.kind, text[q.start:q.end], q.speaker.text if q.speaker else None,
             q.cue.text if q.cue else None) for q in extract_quotes(text, knowledge)]


CASES = [
    ("speaker after, pronoun",
     '"We will hold the line," she said.',
     [("direct", '"We will hold the line,"', "she", "said")]),
    ("speaker before, colon",
     'Mayor Ann Lee said: "The bridge opens on Monday."',
     [("direct", '"The bridge opens on Monday."', "Mayor Ann Lee", "said")]),
    ("inverted speaker",
     "“Nobody expected this,” said the Finnish Foreign Ministry on Sunday.",
     [("direct", "“Nobody expected this,”", "the Finnish Foreign Ministry", "said")]),
    ("told reporters before a quote",
     "A senior Dutch diplomat told reporters on Friday, “The talks are over.”",
     [("direct", "“The talks are over.”", "A senior Dutch diplomat", "told")]),
    ("indirect with that and a day",
     "The minister said on Tuesday that the border would stay closed.",
     [("indirect", "the border would stay closed", "The minister", "said")]),
    ("indirect without that",
     "Officials say the storm will reach the coast by night.",
     [("indirect", "the storm will reach the coast by night", "Officials", "say")]),
    ("reported clause before the speaker",
     "The border will stay closed until spring, the interior minister said.",
     [("indirect", "The border will stay closed until spring", "the interior minister",
       "said")]),
    ("according to after the clause",
     "Three bridges were damaged in the attack, according to the regional governor.",
     [("indirect", "Three bridges were damaged in the attack", "the regional governor",
       "according to")]),
    ("according to before the clause",
     "According to the health agency, cases fell by a third in May.",
     [("indirect", "cases fell by a third in May", "the health agency", "According to")]),
    ("in a statement",
     "In a statement, the company said it would appeal the ruling.",
     [("indirect", "it would appeal the ruling", "the company", "said")]),
    ("apposition between speaker and cue",
     "Jane Doe, a professor at Example University, said the figures were wrong.",
     [("indirect", "the figures were wrong", "Jane Doe", "said")]),
    ("anonymous source with a post-modifier",
     "A person familiar with the talks said the two sides were close to a deal.",
     [("indirect", "the two sides were close to a deal", "A person familiar with the talks",
       "said")]),
    ("partial quote inside reported speech is one mixed quote",
     'He said he was "amazed and overwhelmed" by the result.',
     [("mixed", 'he was "amazed and overwhelmed" by the result', "He", "said")]),
    ("a lone scare quote is not a quote",
     'The so-called "peace plan" was never published.',
     []),
    ("distancing cue",
     "The ministry claimed that no equipment had been lost.",
     [("indirect", "no equipment had been lost", "The ministry", "claimed")]),
    ("mixed straight and curly marks",
     "“We are ready for anything,\" the general said.",
     [("direct", "“We are ready for anything,\"", "the general", "said")]),
    ("a noun is not a cue",
     "The claims by the ministry were denied by its rivals.",
     []),
    ("passive is not an attribution",
     "The figures were reported in the press last week.",
     []),
    ("an organisation speaks",
     "Clinton's campaign said on Friday that the ad was misleading.",
     [("indirect", "the ad was misleading", "Clinton's campaign", "said")]),
    ("a group speaks",
     "Democrats said the bill would not pass the Senate this year.",
     [("indirect", "the bill would not pass the Senate this year", "Democrats", "said")]),
    ("a party tag between name and cue",
     "Sen. Ann Ortega (D-N.M.) said the vote was a mistake.",
     [("indirect", "the vote was a mistake", "Sen. Ann Ortega", "said")]),
    ("quoted words running on after the quotation are one mixed quote",
     "The speaker said that “we need more time” to read the report before any vote.",
     [("mixed", "that “we need more time” to read the report before any vote", "The speaker",
       "said")]),
    ("a colon introduces the quote",
     "The council’s statement was blunt: “The plan is dead and will not return.”",
     [("direct", "“The plan is dead and will not return.”", "The council’s statement", None)]),
    ("a poll share speaks",
     "Six in 10 say the economy is the top issue this year.",
     [("indirect", "the economy is the top issue this year", "Six in 10", "say")]),
    ("a speaker noun with a plain modifier after the clause",
     "Turnout was the highest in a decade, election officials said.",
     [("indirect", "Turnout was the highest in a decade", "election officials", "said")]),
    ("two coordinated statements are two quotes",
     "The governor praised the new budget and said the deficit would close by 2025.",
     [("indirect", "the new budget", "The governor", "praised"),
      ("indirect", "the deficit would close by 2025", "The governor", "said")]),
    ("a question put to someone is reported speech",
     "Asked whether she would run again, the senator smiled and said nothing.",
     [("indirect", "whether she would run again", None, "Asked")]),
    ("a question with its asker named after 'by'",
     "The mayor was asked by a reporter how the repairs would be paid for.",
     [("indirect", "how the repairs would be paid for", "a reporter", "asked")]),
    ("an embedded tweet signed with a handle",
     "“The polls are rigged and everybody knows it, believe me!”\n"
     "— Jane Roe (@janeroe) October 1, 2016",
     [("direct", "“The polls are rigged and everybody knows it, believe me!”", "Jane Roe", None)]),
    # a web address alone in marks is markup left in the page, no one's words (issue 11)
    ("a video's poster attribute left in the text",
     'The clip ran on Monday.\n\nposter="http://media.example.com/img/2016/still_001.jpg?id=11"'
     '\n\n"We will rebuild," Ann Vale said.',
     [("direct", '"We will rebuild,"', "Ann Vale", "said")]),
    ("a web address after a colon",
     'Watch the full hearing here: "https://www.example.org/hearing.mp4"', []),
    # negatives: a quotation that holds an address among its words is still someone's
    ("an address inside words said",
     '"Go to www.harbourwatch.org and sign up today," Ann Vale said.',
     [("direct", '"Go to www.harbourwatch.org and sign up today,"', "Ann Vale", "said")]),
    # a title named inside reported speech is read as words: the quote is indirect, not
    # mixed (issue 11, spurious quotes)
    ("a film named in the reported clause",
     'Tom Reyes said the idea came from the film "Harbour Lights" and nowhere else.',
     [("indirect", 'the idea came from the film "Harbour Lights" and nowhere else',
       "Tom Reyes", "said")]),
    ("a show named in the reported clause",
     'The mayor told reporters the plan had been discussed on "Harbour Watch Weekly" for '
     'months.',
     [("indirect", 'the plan had been discussed on "Harbour Watch Weekly" for months',
       "The mayor", "told")]),
    ("a fund named in the reported clause",
     'Officials said the money would go to the "Harbour Fund" in the spring.',
     [("indirect", 'the money would go to the "Harbour Fund" in the spring', "Officials",
       "said")]),
    ("a book named in the reported clause",
     'Ann Vale says one of her goals in writing her book "The Long Tide" was to save the '
     'fleet.',
     [("indirect", 'one of her goals in writing her book "The Long Tide" was to save the '
       'fleet', "Ann Vale", "says")]),
    ("a show where the speaker said it",
     'Tom Reyes insisted on "Harbour Talk" there was no deal with the council.',
     [("indirect", 'on "Harbour Talk" there was no deal with the council', "Tom Reyes",
       "insisted")]),
    # a show told something is named in marks right after "told": a title, not words said
    ("a show told that",
     'Ann Vale told "Harbour Watch Sunday" that the levy would pass in May.',
     [("indirect", "the levy would pass in May", "Ann Vale", "told")]),
    ("a show told after the quotation",
     '"We will rebuild the pier," Ann Vale told "Harbour Watch Sunday."',
     [("direct", '"We will rebuild the pier,"', "Ann Vale", "told")]),
    ("a show told, then words in marks",
     'Ann Vale told "The Gazette" that "the levy is dead."',
     [("direct", '"the levy is dead."', "Ann Vale", "told")]),
    # negatives: words said to someone named before them stay quoted
    ("title-cased words told to reporters",
     'Ann Vale told reporters, "We Will Rebuild The Pier."',
     [("direct", '"We Will Rebuild The Pier."', "Ann Vale", "told")]),
    ("words told to a crowd",
     'Ann Vale told the crowd "we will rebuild" before she left.',
     [("mixed", '"we will rebuild" before she left', "Ann Vale", "told")]),
    # negatives: the speaker's own words stay a mixed quote: not title-cased, all in
    # capitals, what a naming cue reports, a title-cased phrase after no word that names a
    # title
    ("a partial quote in reported speech",
     'Ann Vale said the plan was "a disgrace to the harbour."',
     [("mixed", 'the plan was "a disgrace to the harbour."', "Ann Vale", "said")]),
    ("words all in capitals after a preposition",
     'Tom Reyes urged people to "READ THE PLAN" before the vote.',
     [("mixed", 'people to "READ THE PLAN" before the vote', "Tom Reyes", "urged")]),
    ("a name the speaker calls a thing",
     'Ann Vale calls the new levy the "Harbour Tax Grab."',
     [("mixed", 'the new levy the "Harbour Tax Grab."', "Ann Vale", "calls")]),
    ("a phrase of short words and a capitalised one after a preposition",
     'Ann Vale said she wanted to be a mayor for "all Harbourites" again.',
     [("mixed", 'she wanted to be a mayor for "all Harbourites" again', "Ann Vale", "said")]),
    ("title-cased words after a verb",
     'Ann Vale said the levy was "Dead On Arrival."',
     [("mixed", 'the levy was "Dead On Arrival."', "Ann Vale", "said")]),
    ("he called it a disgrace, reported",
     'Tom Reyes said the council had called the plan "a disgrace" before the vote.',
     [("mixed", 'the council had called the plan "a disgrace" before the vote', "Tom Reyes",
       "said")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quote_cases(knowledge, text, expected):
    assert _quotes(text, knowledge) == expected


def test_quote_split_around_its_attribution_is_one_quote(knowledge):
    text = '"We will win this vote," Senator Ray Cole said. "The people are with us."'
    [q] = extract_quotes(text, knowledge)
    assert q.kind == "direct" and q.speaker.text == "Senator Ray Cole"
    assert [text[a:b] for a, b in q.spans] == ['"We will win this vote,"',
                                                '"The people are with us."']


def test_quote_over_several_paragraphs(knowledge):
    text = ('Chief Justice Mary Boyle said: "The court has heard every side. It will rule soon.\n\n'
            '"Until then, the law stands as written."\n\nThe hearing ended at noon.')
    [q] = extract_quotes(text, knowledge)
    assert len(q.spans) == 2 and q.speaker.text == "Chief Justice Mary Boyle"
    assert text[q.spans[1][0]:q.spans[1][1]] == '"Until then, the law stands as written."'


def test_continuation_paragraph_keeps_the_speaker(knowledge):
    text = ('"The harvest was poor," farmer Tom Reed told the paper.\n\n'
            '"We will need help from the state before the winter comes," he added later.\n\n'
            '"Nobody else will pay for the seed next spring, and we all know it."')
    quotes = extract_quotes(text, knowledge)
    assert [q.speaker.text for q in quotes] == ["farmer Tom Reed", "he", "he"]
    assert quotes[2].cue is None


def test_unbalanced_marks_do_not_lose_the_article(knowledge):
    text = ('"We are ready, the general said.\n\n'
            'The defence minister said on Monday that more troops would be sent.')
    quotes = extract_quotes(text, knowledge)
    assert ("indirect", "more troops would be sent") in [
        (q.kind, text[q.start:q.end]) for q in quotes]


def test_dashes_and_datelines(knowledge):
    text = ("KYIV, Ukraine -- The army -- which lost ground last week -- will regroup, "
            "the ministry said.")
    [q] = extract_quotes(text, knowledge)
    assert q.speaker.text == "the ministry" and q.kind == "indirect"


def test_speaker_in_the_middle(knowledge):
    text = "The economy, these officials said, would recover by the end of the year."
    [q] = extract_quotes(text, knowledge)
    assert q.speaker.text == "these officials"
    assert [text[a:b] for a, b in q.spans] == ["The economy",
                                                "would recover by the end of the year"]


def test_scare_quote_inside_a_quote_is_not_its_own_quote(seed_analyses):
    jp = seed_analyses["000_3e5bf6d77f2b3680"]
    assert not any(q.text.strip("'‘’") == "grill" for q in jp.quotes)
    assert any("'grill'" in q.text for q in jp.quotes)


# --- a quotation set out over several paragraphs, also where the page lost the breaks -------

def _parts_and_names(text, knowledge):
    return [([text[a:b] for a, b in q.spans], q.actor.name if q.actor else None)
            for q in quotes_of(text, knowledge)]


_STATEMENT = ("Sen. Ann Roe condemned the attack on the depot. Here is what she said:{gap}"
              "“The attack was barbaric. Our thoughts are with the families.{gap}"
              "“We must respond with strength.{gap}“I remain concerned.”")


@pytest.mark.parametrize(("text", "expected"), [
    # the paragraphs of a statement after "Here is what she said:" are hers, each opening
    # with a mark and the last alone closed; and where the page lost the paragraph breaks,
    # each mark that opens a sentence while the quotation is open goes on the quotation
    (_STATEMENT.format(gap="\n\n"),
     [(["“The attack was barbaric. Our thoughts are with the families.",
        "“We must respond with strength.", "“I remain concerned.”"], "Ann Roe")]),
    (_STATEMENT.format(gap=" "),
     [(["“The attack was barbaric. Our thoughts are with the families.",
        "“We must respond with strength.", "“I remain concerned.”"], "Ann Roe")]),
    ('The Harbour Council said in a statement: "The bridge will stay closed for repairs this '
     'winter. "Crews will work through the night. "We thank residents for their patience."',
     [(['"The bridge will stay closed for repairs this winter.',
        '"Crews will work through the night.', '"We thank residents for their patience."'],
       "Harbour Council")]),
    ("“If we win,” Tom Reyes said, “The town will have a new pier by the summer. “We will "
     "also fix the roads and the old ferry ramp.”",
     [(["“If we win,”", "“The town will have a new pier by the summer.",
        "“We will also fix the roads and the old ferry ramp.”"], "Tom Reyes")]),
    # a new paragraph that opens another person's quotation stays that person's
    ("Sen. Ann Roe condemned the attack. Here is what she said:\n\n“The attack was barbaric "
     "and our thoughts are with the families.”\n\n“It changes nothing for the port,” said "
     "Tom Reyes, the mayor.",
     [(["“The attack was barbaric and our thoughts are with the families.”"], "Ann Roe"),
      (["“It changes nothing for the port,”"], "Tom Reyes")]),
    # an unclosed mark that is a typo goes on no quotation: before words of the writer's
    # sentence, after a short title, or where an attribution stands inside the marks
    ("Ann Roe called the plan “a disgrace to the town. “We will fight it in court,” Roe said.",
     [(["“We will fight it in court,”"], "Ann Roe")]),
    ("Tom Reyes spoke on the program “This Week. “And it cannot be a dotted line,” he said.",
     [(["“And it cannot be a dotted line,”"], "Tom Reyes")]),
    ('"We will win this fight in the end, Ann Roe said. "The voters in the county are with us."',
     [(['"We will win this fight in the end'], "Ann Roe"),
      (['"The voters in the county are with us."'], "Ann Roe")]),
    ('“We are ready for the storm tonight, the harbour master said. “The boats are tied up.”',
     [(["“We are ready for the storm tonight"], "harbour master"),
      (["“The boats are tied up.”"], "harbour master")]),
    # an outlet's report quoted at length: its paragraphs are the outlet's, where the breaks
    # were lost too ...
    ('The Gazette reports: "The port handled more cargo than ever this year. Exports rose by '
     'a fifth. "The council meets again in May to set the fees."',
     [(['"The port handled more cargo than ever this year. Exports rose by a fifth.',
        '"The council meets again in May to set the fees."'], "Gazette")]),
])
def test_a_quotation_goes_on_over_paragraphs_and_lost_breaks(text, expected, knowledge):
    assert [(parts, name) for parts, name in _parts_and_names(text, knowledge)
            if parts[0][:1] in "“\""] == expected


def test_a_report_that_relays_others_keeps_their_quotes(knowledge):
    # ... but where a paragraph of it relays what others said, the marks pair as before, and
    # the quotes it relays keep their speakers
    text = ('The Gazette reports: "The port handled more cargo than ever this year, and the '
            'Harbour Department says exports rose by a fifth. "Mayor Ann Roe argued that the '
            'fees were still too high. "The council meets again in May."')
    assert [(text[q.start:q.end], q.actor.name) for q in quotes_of(text, knowledge)
            if q.kind == "indirect"][1:] == [("exports rose by a fifth", "Harbour Department"),
                                             ("the fees were still too high", "Ann Roe")]


@pytest.mark.parametrize(("text", "expected"), [
    # "Here is what she said:" names her; "Here's what they told ...:" them
    ("Ann Roe toured the port on Monday. Here is what she said:\n\n“The cranes are too old "
     "and the berths are too shallow.”", "Ann Roe"),
    ("Ann Roe and Tom Reyes met the dockworkers. Here's what they told the union:\n\n“The "
     "cranes are too old and the berths are too shallow.”", "Ann Roe and Tom Reyes"),
    # no speech verb after the pronoun: what he found is no one's words
    ("Tom Reyes read the audit. Here is what he found:\n\n“Wages at the port fell by a third "
     "over the decade.”", None),
])
def test_here_is_what_a_pronoun_said(text, expected, knowledge):
    [q] = quotes_of(text, knowledge)
    assert (q.actor.name if q.actor else None) == expected
