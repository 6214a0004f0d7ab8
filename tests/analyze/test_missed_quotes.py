"""Attributed quotations the engine used to miss (issue 11), class by class; and the scare
quotes and titles that must stay out. Every sentence is written for the test.

A case gives the text and the quotes expected in text order, each as (words of the quote,
speaker's canonical name); a negative case expects no quote holding its quoted words.
"""

from __future__ import annotations

import pytest

from reportgen.analyze.quotes.marks import find_marked
from reportgen.analyze.text import is_capitalized, paragraphs
from tests.analyze.sentences import names_of, quotes_of


def _found(text, knowledge):
    """Give each quote's text and who speaks: the actor's name, or else the mention."""
    return [(q.text, q.actor.name if q.actor and q.actor.kind == "person" and " " in q.actor.name
             else q.speaker) for q in quotes_of(text, knowledge)]


def _holds(found, words):
    return [(text, name) for text, name in found if words in text]


def _assert_spoken_by(text, words, speaker, knowledge):
    """The first quote holding these words names the speaker (the name holds it); its hits."""
    hits = _holds(_found(text, knowledge), words)
    assert hits, _found(text, knowledge)
    assert speaker is None or (hits[0][1] is not None and speaker in hits[0][1]), hits
    return hits


def _assert_unspoken(text, words, knowledge):
    """No quote holding these words has a speaker."""
    assert not [(t, n) for t, n in _holds(_found(text, knowledge), words) if n], \
        _found(text, knowledge)


FOUND_CASES = [
    # an adverb in -ly between the speaker and the cue
    ('Councillor Dana Olsen baselessly claimed that the mayor had "rigged the tender."',
     "rigged the tender", "Dana Olsen"),
    ('The senator, Ruth Vail, angrily told reporters that the bill was "dead on arrival."',
     "dead on arrival", "Ruth Vail"),
    # cues of manner: chanted, crowed, brayed, shot back, fired back, lampooned
    ('Hundreds of nurses marched to the ministry and chanted, "Pay us what we are owed!"',
     "Pay us what we are owed", "nurses"),
    ('The crowd chanted "Four more years" as the governor walked in.',
     "Four more years", "crowd"),
    ('"It is because we were right," crowed Tomas Reyes, the campaign manager.',
     "because we were right", "Tomas Reyes"),
    ('"We need some toughness," Mayor Ann Kettle brayed at the rally.',
     "We need some toughness", "Ann Kettle"),
    ('"None of it is secret," Senator Ruth Vail shot back, "and you know it."',
     "None of it is secret", "Ruth Vail"),
    ('Dana Olsen fired back that the audit was "a political hit job."',
     "political hit job", "Dana Olsen"),
    ('Dana Olsen lampooned the governor as "a clown in a borrowed suit."',
     "clown in a borrowed suit", "Dana Olsen"),
    # signs, banners and shirts: whoever holds or wears one, else the thing itself
    ('At the march, nurse Tomas Reyes held up a sign that read "Fund our wards."',
     "Fund our wards", "Tomas Reyes"),
    ('A banner reading "Save the harbour" hung from the town hall.', "Save the harbour",
     "banner"),
    ('Outside the court, one placard read "Justice delayed is justice denied."',
     "Justice delayed", "placard"),
    ('Hundreds of students carried signs reading "Books not bombs" across the bridge.',
     "Books not bombs", "students"),
    ('At the gate, nurse Tomas Reyes waved a "Fund our wards" sign at the minister.',
     "Fund our wards", "Tomas Reyes"),
    # polls and surveys: the poll speaks, and its wording with it
    ('A Harbor Research poll released Monday found that 61 percent of voters think the '
     'tunnel is "a waste of money."', "waste of money", "Harbor Research"),
    ('Most respondents agreed that "the city is getting safer," the Lakeside survey found.',
     "getting safer", "Lakeside survey"),
    ('The survey asked residents whether "the council listens to people like me."',
     "council listens", "survey"),
    # a statement made through an infinitive: "went on to say", "took to Twitter to call"
    ('Mayor Ann Kettle went on to say that the audit was "a political hit job."',
     "political hit job", "Ann Kettle"),
    ('Dana Olsen took to Twitter to call the ruling "a disgrace to the court."',
     "disgrace to the court", "Dana Olsen"),
    # an addressee ends where a determiner opens the reported clause
    ('Tomas Reyes told Radio Leeds the council should resign "because it lied to us."',
     "because it lied", "Tomas Reyes"),
    # a run of adjectives between the quotation and the name
    ('"It is preseason, for heaven\'s sake," a frustrated and weary Ann Kettle told the '
     'board this week.', "for heaven", "Ann Kettle"),
    ('"We are done," a tired, angry Tomas Reyes said.', "We are done", "Tomas Reyes"),
    ('The audit is a "deeply worrying document," BBC legal analyst Ann Kettle said.',
     "deeply worrying document", "Ann Kettle"),
    # characterised, and a quotation after it in the next sentence
    ('Governor Tomas Reyes characterized the storm as uniquely violent. "It shook the whole '
     'coast."', "shook the whole coast", "Tomas Reyes"),
    # a subject after a connective, or a crowd, still speaks
    ('But lawyers for the detained sailors said in a filing that "dozens and dozens" were '
     'still held.', "dozens and dozens", "lawyers for the detained sailors"),
    ('Outside the depot, demonstrators waved flags and chanted, "Open the gates!"',
     "Open the gates", "demonstrators"),
    # phrasal cues with a quoted object: argued for, complained about, pointed to
    ('On trade, Dana Olsen argued for "a fairer and simpler tariff" that helps farmers.',
     "fairer and simpler tariff", "Dana Olsen"),
    ('Tomas Reyes complained about the mayor spending "millions on vanity projects."',
     "vanity projects", "Tomas Reyes"),
    ('The Olsen campaign has pointed to "donors and lobbyists" who back the mayor.',
     "donors and lobbyists", "Olsen campaign"),
    # a title between the speaker and the cue is words, not a quotation
    ('Dana Olsen, in an interview with BBC\'s "Sunday Politics," said the deal was '
     '"a betrayal of the fishermen."', "betrayal of the fishermen", "Dana Olsen"),
    ('Speaking on "Meet the Voters" on Sunday, Tomas Reyes said the tunnel was "a waste."',
     "a waste", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FOUND_CASES)
def test_an_attributed_quotation_is_found_with_its_speaker(text, words, speaker, knowledge):
    hits = _holds(_found(text, knowledge), words)
    assert hits, _found(text, knowledge)
    assert hits[0][1] is not None and speaker in hits[0][1], hits


NOT_QUOTE_CASES = [
    # scare quotes, titles and slogans mentioned, not said
    ('Congress faces the so-called "fiscal cliff" in January.', "fiscal cliff"),
    ('The show "Saturday Night Live" mocked the senator again.', "Saturday Night Live"),
    ('The film "Vote for Nobody" praised the governor at length.', "Vote for Nobody"),
    ('The "Make America Great Again" caps were everywhere in the hall.', "Make America Great"),
    ('The "Vote No" campaign put up signs across the town.', "Vote No"),
    ('Dana Olsen, nicknamed "the Hammer of Leeds," entered the room.', "Hammer of Leeds"),
    # a title after a quote is not part of it, nor a quote of its own
    ('"We will fight on," Dana Olsen said on "Morning Edition Weekly."', "Morning Edition"),
    ('Tomas Reyes wrote in his memoir "Harbour Lights" that the strike "changed everything."',
     "Harbour Lights"),
    # a passive seen through an adverb is no cue
    ('The border, which is "hotly disputed" by both sides, was closed.', "hotly disputed"),
    ('The reform was widely reported as "a done deal" by Tuesday.', "a done deal"),
]


@pytest.mark.parametrize(("text", "words"), NOT_QUOTE_CASES)
def test_a_scare_quote_or_title_is_no_attributed_quote(text, words, knowledge):
    hits = [(t, n) for t, n in _holds(_found(text, knowledge), words) if n is not None]
    assert not hits, hits


def test_a_question_put_to_people_holds_its_quoted_wording(knowledge):
    text = 'Residents were asked whether "the council listens to people like me."'
    assert [q.text for q in quotes_of(text, knowledge)] == \
        ['whether "the council listens to people like me."']


def test_the_answer_after_a_question_is_not_the_question(knowledge):
    text = 'Asked whether the plan was "a fair deal," 58 percent of the members said yes.'
    found = _found(text, knowledge)
    assert any("fair deal" in t and n and "percent" in n for t, n in found), found


POLL_CITED_CASES = [
    # a poll someone cites is that person's statement, not the poll's
    'Dana Olsen said her own survey showed support "holding steady" after the debate.',
    'Olsen pointed to the Lakeside poll that shows her "well ahead" in the race.',
    'Her advisers are quick to point out that she won twice, and that polls show her '
    '"comfortably ahead" of the field.',
]


@pytest.mark.parametrize("text", POLL_CITED_CASES)
def test_a_poll_cited_by_someone_does_not_speak(text, knowledge):
    assert all("poll" not in (n or "") and "survey" not in (n or "")
               for _, n in _found(text, knowledge)), _found(text, knowledge)


NOT_A_STATEMENT_CASES = [
    # "point to" reports only a quotation
    ("The latest data points to a slow recovery in the harbour next year.", "recovery"),
    # an infinitive that makes no statement
    ("Dana Olsen declined to say whether the plan would survive the winter.", "survive"),
    # a chant reports only words in quotation marks
    ("Crowds chanted slogans against the mayor and sang until dawn.", "slogans"),
    # an -ly word that is no adverb does not let a cue past it
    ("The Scalia family said a memorial service will be held on Friday in Washington.", None),
    # a clause cue with a plain object reports nothing
    ("Mr. Okafor has always maintained his innocence in the fraud case.", "innocence"),
    ("No group has claimed responsibility for the attack on the depot.", "responsibility"),
]


@pytest.mark.parametrize(("text", "words"), NOT_A_STATEMENT_CASES)
def test_no_statement_is_made_of_an_object_or_a_non_adverb(text, words, knowledge):
    found = _found(text, knowledge)
    if words is None:  # the family speaks, not Scalia: no speaker named Scalia
        assert all(name is None or "Scalia" not in name or "family" in name
                   for _, name in found), found
    else:
        assert not _holds(found, words), found


def test_a_cue_leaves_a_participle_clause_to_the_participle(knowledge):
    text = 'Mayor Ann Kettle fired back, calling the audit "a political hit job."'
    quotes = quotes_of(text, knowledge)
    assert [(q.cue, q.actor.name if q.actor else None) for q in quotes] == \
        [("calling", "Ann Kettle")]


SINGLE_MARK_CASES = [
    # British single marks with apostrophes inside: "don't", "it's", "council's"
    ("'I don't think it's fair,' Ruth Vail said, 'but we'll keep going.'",
     "don't think it's fair", "Ruth Vail"),
    ("'I don't think it's fair,' Ruth Vail said, 'but we'll keep going.'",
     "we'll keep going", "Ruth Vail"),
    ("Dana Olsen said: 'It's a disgrace and the council's leaders should be ashamed.'",
     "council's leaders should be ashamed", "Dana Olsen"),
    ("'We won't be bullied by anyone,' Tomas Reyes told the BBC on Monday.",
     "won't be bullied", "Tomas Reyes"),
    ("‘It’s a shame,’ said Ruth Vail. ‘They didn’t even call us.’",
     "didn’t even call us", "Ruth Vail"),
    # a paragraph in single marks after a paraphrase goes on in the speaker's words
    ("Tomas Reyes said the council had failed the town.\n\n'We were promised new wards in "
     "every town and we got nothing.'", "got nothing", "Tomas Reyes"),
    # any mark between two letters is an apostrophe, whichever mark the outlet typed
    ("‘The governor‘s plan is dead,’ Ruth Vail said on Monday.", "governor‘s plan is dead",
     "Ruth Vail"),
    ("'The Hawai`i vote will be close,' Dana Olsen said on Tuesday.", "vote will be close",
     "Dana Olsen"),
    ("‘The Tohono O´odham land is sacred,’ Ned Norris Jr. said on Friday.", "land is sacred",
     "Ned Norris Jr."),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SINGLE_MARK_CASES)
def test_a_quotation_in_single_marks_holds_its_apostrophes(text, words, speaker, knowledge):
    hits = [(t, n) for t, n in _holds(_found(text, knowledge), words) if t.startswith(("'", "‘"))]
    assert hits, _found(text, knowledge)
    assert hits[0][1] is not None and speaker in hits[0][1], hits


NOT_SINGLE_MARK_CASES = [
    # apostrophes of plural possessives and of dropped letters pair into no quotation
    ("The Smiths' house and the Joneses' car were damaged in the storm.", "house and"),
    ("He loved rock 'n' roll and the '90s bands of his youth.", "90s bands"),
    ("The boys' school and the girls' school were merged last year.", "school and"),
    # a mark between two letters neither opens nor closes: "O‘odham", "d‘Ivoire", "Hawai`i"
    ("The Tohono O‘odham chairman met the Côte d‘Ivoire envoy on Monday’s call.",
     "odham chairman"),
    ("Leaders from Hawai`i and the O'odham ‘nation’ met on Monday.", "i and the"),
    ("Pat O'Rourke and Kim O’Hara met Monday; O‘Neill's aide said he was ill.",
     "Rourke and"),
]


@pytest.mark.parametrize(("text", "words"), NOT_SINGLE_MARK_CASES)
def test_apostrophes_pair_into_no_quotation(text, words, knowledge):
    marked = find_marked(text, paragraphs(text), knowledge.cues)
    assert not [q for q in marked if words in text[q[0][0]:q[-1][1]]], marked


def test_a_subhead_in_single_marks_takes_no_speaker_from_a_quote_in_double_marks(knowledge):
    text = ('"We were promised new wards in every town," Dana Olsen said.\n\n'
            "'There is so much anger here.'\n\nThe council meets again in May.")
    assert not [(t, n) for t, n in _holds(_found(text, knowledge), "so much anger") if n], \
        _found(text, knowledge)


TIME_WORD_CLAUSE_CASES = [
    # "this", "past", "early" open the reported clause when no time word follows them
    ('Later in the interview, Dana Olsen said this was a "setup."', "setup", "Dana Olsen"),
    ('Ruth Vail said past governments had "let the harbour rot."', "let the harbour rot",
     "Ruth Vail"),
    ('Tomas Reyes told reporters early voting was "running well ahead of the last count."',
     "running well ahead", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TIME_WORD_CLAUSE_CASES)
def test_a_time_word_may_open_the_reported_clause(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize("text", [
    'Dana Olsen said this week that the tunnel was "a waste of money."',
    'Dana Olsen told reporters last night that the tunnel was "a waste of money."',
    'Dana Olsen said early Tuesday that the tunnel was "a waste of money."',
])
def test_a_time_adjunct_stays_out_of_the_reported_clause(text, knowledge):
    hits = _holds(_found(text, knowledge), "waste of money")
    assert hits and hits[0][0].startswith("the tunnel") and hits[0][1] == "Dana Olsen", hits


# an addressee named by a common noun after "told the": the reported words start after it
ADDRESSEE_CASES = [
    ('Ruth Vail told the station in a statement that "people keep dying in this county every '
     'week and nobody seems to care."', '"people keep dying', "Ruth Vail"),
    ('Tom Reyes told the cheering crowd: "We will build the bridge and we will build it this '
     'year."', '"We will build', "Tom Reyes"),
    ('Dana Olsen told the local newspaper last week, "We will build the bridge and we will '
     'build it this year."', '"We will build', "Dana Olsen"),
    ('Dana Olsen told the committee on Tuesday that the levy was "a tax on every family that '
     'rents."', "the levy was", "Dana Olsen"),
    # how the words reached the addressee is a setting: "by phone", "by email"
    ('Tom Reyes told the mayor by phone, "I would like you to check the flood maps again."',
     '"I would like', "Tom Reyes"),
    ('Tom Reyes told Ruth Vail by email, "I would like you to check the flood maps again."',
     '"I would like', "Tom Reyes"),
    ('Dana Olsen said by telephone that the levy was "a tax on every renter."', "the levy was",
     "Dana Olsen"),
    # no addressee stepped over where the clause said opens: "told the board members had ..."
    ('Dana Olsen told the board members had "lied to the county for years."', "board members",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ADDRESSEE_CASES)
def test_a_common_noun_addressee_stays_out_of_the_words_said(text, start, speaker, knowledge):
    found = _found(text, knowledge)
    assert len(found) == 1 and found[0][0].startswith(start) and found[0][1] == speaker, found


# whom the words were for, after "to" and before the comma or colon that opens the quotation:
# the cue's subject speaks, a title's full stop ("Mr.") ending no sentence
TO_WHOM_CASES = [
    ('Mr. Reyes said to Ms. Vale, “You have no idea what this bridge costs our town.”',
     "no idea what", "Reyes"),
    ('Ann Vale wrote to her supporters, “Thank you all for standing by me this year.”',
     "Thank you all", "Ann Vale"),
    ('If the court follows the law, Tom Reyes insisted to the appeals panel, “you will keep '
     'the whole statute in place.”', "whole statute", "Tom Reyes"),
    ('Ms. Vale quipped to Mr. Reyes, “Didn\'t your side close the bridge last winter?”',
     "close the bridge", "Vale"),
    # an -ing word after a determiner or a preposition is no one's speech
    ('In 2018 a county judge said to Tom Reyes in a sentencing hearing, “arguably, you sold '
     'your town out.”', "sold your town", "judge"),
    ('The campaign responded to the controversy in claiming, “Neither of these emails involve '
     'the mayor at all.”', "Neither of these", "campaign"),
    # but a name and its own -ing cue after "to": the words are that person's
    ('Ann Vale, the council leader, responded to Tom Reyes tweeting earlier in the day: “If the '
     'council cannot pass the plan now, it should resign!”', "council cannot pass", "Tom Reyes"),
]


# an addressee with a title ("Mr.", "Sen.") between "told" or "warned" and the words
TITLED_ADDRESSEE_CASES = [
    ('Tom Reyes told Mr. Vale the plan was “a waste of everyone\'s money and time.”',
     "waste of everyone", "Tom Reyes"),
    ('Tom Reyes told Sen. Vale on Monday, “This is a waste of everyone\'s money and time.”',
     "waste of everyone", "Tom Reyes"),
    ('Tom Reyes told Ms. Vale he would “never sign a deal like this one, not in a hundred '
     'years.”', "never sign", "Tom Reyes"),
    ('Ann Roe warned Gov. Vale to “expect the council to walk out” if the bridge closed.',
     "expect the council", "Ann Roe"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TITLED_ADDRESSEE_CASES)
def test_an_addressee_with_a_title_stands_between_the_cue_and_the_words(text, words, speaker,
                                                                         knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # "asked" a titled name something is no report of words; "U.S." is no person's title
    ("Together, they asked Mr. Reyes questions, allowing him to keep the floor for an hour.",
     "allowing him"),
    ("The agency has also asked the U.S. Department of Housing for permission to raise the "
     "rent.", "Housing for permission"),
])
def test_no_words_reported_after_a_titled_addressee_of_ask(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), TO_WHOM_CASES)
def test_whom_the_words_were_for_stands_between_the_cue_and_the_quotation(text, words,
                                                                          speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a sentence's end after the addressee: the next sentence has its own speaker
    ('Tom Reyes wrote to the council on Friday. “We will not pay for the bridge,” the mayor '
     'said.', "will not pay", "mayor"),
    ('Tom Reyes spoke to Ms. Vale. “We will not pay for the bridge,” the mayor said.',
     "will not pay", "mayor"),
])
def test_a_sentence_end_after_the_addressee_keeps_the_next_speaker(text, words, speaker,
                                                                     knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


def test_no_speech_verb_before_to_gives_no_speaker(knowledge):
    _assert_unspoken('Ann Vale turned to the crowd, “Thank you all for standing by me this '
                     'year.”', "Thank you all", knowledge)


# a quotation signed after a dash, as a roundup of columns signs them: a name with a title, or
# a name and where the words appeared; an editorial is its outlet's
SIGNED_CASES = [
    ('"The harbour will flood again unless the county acts this year."\n'
     '— Harbour Prime Minister Ann Roe', "harbour will flood", "Ann Roe"),
    ('"The harbour will flood again unless the county acts this year." — Tom Reyes, Harbour '
     'Gazette', "harbour will flood", "Tom Reyes"),
    ('"The harbour will flood again unless the county acts this year."\n—Dana C. Pike, county '
     'planner', "harbour will flood", "Dana C. Pike"),
    ('"The harbour will flood again unless the county acts this year." — Editorial, Harbour '
     'Gazette', "harbour will flood", "Harbour Gazette"),
    # a quotation that is a paragraph of its own, signed in the next paragraph by a name and
    # a description, as a column of the week's quotes signs them
    ('Quotes of the week\n\n“The harbour will flood again unless the county acts this '
     'year.”\n\n-- Tom Reyes, the harbour master, at a town hall on Monday.\n\nMore news.',
     "harbour will flood", "Tom Reyes"),
    ('“The harbour will flood again unless the county acts this year.”\n\n— Former Mayor Ann '
     'Roe in an interview with WXYZ on Sunday.', "harbour will flood", "Ann Roe"),
    ('“The harbour will flood again unless the county acts this year.”\n\n\n\n— Rep. Dana '
     'Pike of Ohio announcing her bid on Twitter.', "harbour will flood", "Dana Pike"),
    ('“The harbour will flood again unless the county acts this year.”\n\n-- Gov. Ruth Vail '
     'appearing for the mayor on a morning show.', "harbour will flood", "Ruth Vail"),
    # on the quotation's line, the name and where the words were said
    ('Harbour wall - “The harbour will flood again unless the county acts this year.” – Tom '
     'Reyes on “Harbour Talk” Watch here.', "harbour will flood", "Tom Reyes"),
    ('Harbour wall - “The harbour will flood again unless the county acts this year.” – Ann '
     'Roe, county clerk, on the new levy in an interview.', "harbour will flood", "Ann Roe"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SIGNED_CASES)
def test_a_signature_after_a_dash_names_the_speaker(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # a place and a date, a phrase running on, a title and its medium: no signature
    ('"The harbour will flood again unless the county acts this year." – Lebanon, Ohio; '
     'Oct. 12', "harbour will flood"),
    ('"The harbour will flood again unless the county acts this year." — Latin for "act now" '
     '— was painted on the wall.', "harbour will flood"),
    ('"The Long Way Home Across the Harbour Bridge" — Tom Reyes, oil on canvas',
     "Long Way Home"),
    # a byline, a sentence opened by a dash, one word, a quotation inside the writer's sentence
    ('“The harbour will flood again unless the county acts this year.”\n\n-- Tom Reyes '
     'contributed to this report.', "harbour will flood"),
    ('“The harbour will flood again unless the county acts this year.”\n\n— On Harbour Radio '
     'on Sunday, Mayor Ann Roe said the wall would wait.', "harbour will flood"),
    ('“The harbour will flood again unless the county acts this year.”\n\n-- Email from county '
     'lobbyist Tom Reyes to colleagues.', "harbour will flood"),
    ('“The harbour will flood again unless the county acts this year.”\n\n— The county, which '
     'owns the wall, has not said when.', "harbour will flood"),
    ('Nobody expected this. “The harbour will flood again unless the county acts this '
     'year.”\n\n— Tom Reyes, the harbour master, in a letter.', "harbour will flood"),
])
def test_a_dash_and_a_name_that_sign_nothing(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


# "read" (or a bare present) inverted after a quotation set off by a comma: the text or sign
# that reads so speaks, through whom it is from when a name follows "from" or "by"
INVERTED_CARRIER_CASES = [
    ('"The county will not pay for the bridge," read a statement from the Harbour Trust.',
     "will not pay", "Harbour Trust"),
    ('"The county will not pay for the bridge," read a sign carried by protester Ann Roe.',
     "will not pay", "Ann Roe"),
    ('"The county will not pay for the bridge," reads a letter signed by the Harbour Trust and '
     'two other groups.', "will not pay", "Harbour Trust"),
    ('"The county will not pay for the bridge," say the officials who run the harbour.',
     "will not pay", "officials"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INVERTED_CARRIER_CASES)
def test_an_inverted_read_gives_the_text_or_its_author(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words", "not_speaker"), [
    # who obtained a text did not write it; what is no text or sign does not "read"
    ('"The county will not pay for the bridge," read an e-mail obtained by Tom Reyes.',
     "will not pay", "Tom Reyes"),
    ('"The county will not pay for the bridge," read the nervous clerk to the board.',
     "will not pay", "clerk"),
    ('"The county will not pay for the bridge," read a statement from the activists.',
     "will not pay", "activists"),
])
def test_an_inverted_read_gives_no_reader_or_finder(text, words, not_speaker, knowledge):
    assert not [(t, n) for t, n in _holds(_found(text, knowledge), words)
                if n and not_speaker in n], _found(text, knowledge)


# a bare cue form after a modal and adverbs, and an object pronoun told: the words said start
# after the addressee
MODAL_ADVERB_CASES = [
    ('Tom Reyes would later tell me, "I do think it helps to have someone who asks why we do '
     'it."', '"I do think', "Tom Reyes"),
    ('A prosecutor would later say that the fire was "inevitable."', "the fire was",
     "A prosecutor"),
    ('Ruth Vail can frankly admit, "We did not see the flood coming at all this year."',
     '"We did not', "Ruth Vail"),
    ('Tom Reyes told them the "harbour deal" was dead.', "the", "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), MODAL_ADVERB_CASES)
def test_a_bare_cue_after_a_modal_and_adverbs(text, start, speaker, knowledge):
    found = _found(text, knowledge)
    assert len(found) == 1 and found[0][0].startswith(start) and found[0][1] == speaker, found


@pytest.mark.parametrize("text", [
    # a cue form after a modal and adverbs that reports no words: an action
    'If Ruth Vail could not physically continue her "listening tour," the board would vote.',
    'Tom Reyes said whom he would first call to put together "a harbour coalition" was unclear.',
])
def test_a_bare_form_after_a_modal_that_reports_nothing(text, knowledge):
    assert not [(t, n) for t, n in _found(text, knowledge) if (n and "Vail" in n)
                or t.startswith("to put")], _found(text, knowledge)


# a verb of belief with words in quotation marks in its clause: the believer's words
BELIEF_CASES = [
    ('Dana Pike believes the levy is "a tax on every renter in the county."', "tax on every",
     "Dana Pike"),
    ('Tom Reyes thinks the county needs to "start over and ask the voters first."',
     "start over", "Tom Reyes"),
    ('Ruth Vail feared that if she were "removed from the board, the plan would die."',
     "removed from", "Ruth Vail"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BELIEF_CASES)
def test_a_belief_holding_quoted_words_is_the_believers(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


def test_a_belief_without_quotation_marks_is_no_quote(knowledge):
    text = "Tom Reyes thinks the plan is dead and the county should wait."
    assert not _holds(_found(text, knowledge), "plan is dead")


def test_a_speech_cue_after_a_belief_reports_the_quotation(knowledge):
    text = ('Tom Reyes, who thinks the county erred, called the levy "a tax on every renter in '
            'the county."')
    assert [(t.startswith("the levy"), n) for t, n in _holds(_found(text, knowledge), "tax")] \
        == [(True, "Tom Reyes")], _found(text, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a noun in -s is no verb of belief: "war fears that", "Cost estimates, ... added"
    ('Such worries trace back to old war fears that the county might become a "third force" '
     'in the state.', "third force", None),
    ('Cost estimates, Tom Reyes added, were "based on a prototype of the bridge."', "prototype",
     "Tom Reyes"),
])
def test_a_noun_of_belief_believes_nothing(text, words, speaker, knowledge):
    assert {n for _, n in _holds(_found(text, knowledge), words)} <= {speaker}, \
        _found(text, knowledge)


# a report, study or analysis that "found" words in quotation marks speaks, as a
# poll does; its author where the article names one
FINDING_CASES = [
    ('The county auditor, Dana Pike, released a report on Monday.\n\nThe report found that the '
     'clerk had "ignored every warning about the levy."', "ignored every", "Dana Pike"),
    ('A 2015 study by Ann Roe found that renters "pay twice what owners pay for water."',
     "pay twice", "Ann Roe"),
    ('An analysis by the Harbour Gazette found that the mayor had "lied to the board for '
     'years."', "lied to the board", "Harbour Gazette"),
]


def _actor_names(text, knowledge):
    return [(q.text, q.actor.name if q.actor else None) for q in quotes_of(text, knowledge)]


@pytest.mark.parametrize(("text", "words", "speaker"), FINDING_CASES)
def test_a_report_that_found_quoted_words_speaks(text, words, speaker, knowledge):
    hits = _holds(_actor_names(text, knowledge), words)
    assert [n for _, n in hits] == [speaker], _actor_names(text, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # studies in general find nothing a reader can name; a report someone cites is theirs
    ('Studies show that renters "pay twice what owners pay for water in the county."',
     "pay twice", None),
    ('Tom Reyes said the report found the levy was "a tax on every renter in the county."',
     "tax on every", "Tom Reyes"),
])
def test_no_finding_from_studies_in_general_or_a_cited_report(text, words, speaker, knowledge):
    assert [n for _, n in _holds(_actor_names(text, knowledge), words)] == [speaker], \
        _actor_names(text, knowledge)


NOUN_NOT_CUE_CASES = [
    # a cue form after an article and a modifier is a noun: a state, a saying
    ("A Palestinian state based on the 1967 lines remains the goal of the talks.",
     "based on the 1967"),
    ("The new law replaces a 1970 state law that was passed before the ruling.",
     "was passed before"),
    ("The German state next to the border announced tighter checks on Tuesday.",
     "next to the border"),
    ("There is an old saying that a chain is only as strong as its weakest link.",
     "chain is only"),
    # a plural after "of" and an adjective: "a series of confusing tweets"
    ("The senator offered a series of confusing tweets about the bill on Thursday.",
     "about the bill"),
    ("Last year the council ignored every warning about the bridge.", "about the bridge"),
    # set phrases that hold a cue form and report nothing
    ("All told, the agency created 470 groups meant to stir up trouble.", "470 groups"),
    ("Having said that, the union will keep talking to the ministry this week.",
     "keep talking"),
    ("It goes without saying that the harbour must be dredged before winter.",
     "must be dredged"),
]


MODIFIED_NOUN_CASES = [
    # a form in -ing after "a" and words that only qualify it
    ("The harbour board issued a stern warning after the storm flooded the docks.",
     "after the storm"),
    ("The ministry had issued a travel warning for the islands a week before the storm.",
     "for the islands"),
    ("A flood warning for both valleys was in effect until Sunday.", "for both valleys"),
    # after a superlative
    ("The remarks were the sharpest warning yet from the mayor in a long dispute.",
     "yet from the mayor"),
    # inside a preposition's object, and before the noun's own verb
    ("In a third tweet on Monday, Reyes thanked the volunteers at the shelter.",
     "Reyes thanked"),
    ("The detail of the weekly sales report showed that bakeries did best.", "bakeries did"),
    ("Indeed, the quarterly budget report showed a gap of two million.", "a gap of"),
]


@pytest.mark.parametrize(("text", "words"), MODIFIED_NOUN_CASES)
def test_a_cue_form_heading_a_modified_noun_is_no_cue(text, words, knowledge):
    assert not _holds(_found(text, knowledge), words), _found(text, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # still verbs: a word for people or a document between, a third-person verb after a
    # preposition's object
    ("A spokesman warning of delays said the ferry would stop running.", "of delays",
     "spokesman"),
    ("The union sent a letter warning that the mill would close by spring.",
     "mill would close", "union"),
    ("The ministry's plan for a dry summer warns of shortages of water in the south.",
     "shortages of water", "plan"),
])
def test_a_cue_after_a_modified_noun_that_may_speak_is_still_a_verb(text, words, speaker,
                                                                      knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), NOUN_NOT_CUE_CASES)
def test_a_noun_or_set_phrase_is_no_cue(text, words, knowledge):
    assert not _holds(_found(text, knowledge), words), _found(text, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # still verbs: a plural or collective subject, a document, a clause after "said that"
    ("The Palestinians state that the talks have failed for good.", "failed for good",
     "Palestinians"),
    ("The media report that the talks have failed for good.", "failed for good", "media"),
    ("The ministry issued a statement saying the talks had failed for good.",
     "failed for good", "ministry"),
    ("All told, Dana Olsen said, the agency created 470 groups.", "470 groups", "Dana Olsen"),
])
def test_a_cue_after_its_subject_is_still_a_verb(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


SET_OFF_CASES = [
    # an attribution set off between or after quotations by a verb of its own
    ('"For decades," Tomas Reyes began, "this harbour has been left to rot."',
     "left to rot", "Tomas Reyes"),
    ('"We tried," Dana Olsen mused, "but nobody listened."', "We tried", "Dana Olsen"),
    ('"Are we ready? Yes we are!" Mayor Ruth Vail bellowed to the crowd.', "Are we ready",
     "Ruth Vail"),
    ('"We tried," mused Dana Olsen. "Nobody listened to us."', "Nobody listened",
     "Dana Olsen"),
    # a story told in the present: "she erupts", "X mutters under her breath"
    ('"Oh, give me a break," Ruth Vail erupts, eyes widening.', "give me a break",
     "Ruth Vail"),
    ('"Until the children are home," Dana Olsen mutters under her breath.',
     "children are home", "Dana Olsen"),
    ('"We can still win this," Tomas Reyes shrugs with a smile.', "still win this",
     "Tomas Reyes"),
    # "as X put it" beside a quotation, after it or before it in its sentence
    ('Dana Olsen then raised the idea of a "reset," as the mayor put it, with the council.',
     "reset", "mayor"),
    ('The plan, as Tomas Reyes put it, was "a bridge to nowhere."', "bridge to nowhere",
     "Tomas Reyes"),
    ('The board wanted a "clean slate" (as Ruth Vail called it) before the vote.',
     "clean slate", "Ruth Vail"),
    # ... opening its sentence, with an adjunct after "it", or a name with initials
    ('The vote was close. As Ruth Vail put it, "the board may end up paying twice for one '
     'road."', "paying twice", "Ruth Vail"),
    ('As Tomas Reyes put it on the radio last week, "nobody on the board has read the plan."',
     "read the plan", "Tomas Reyes"),
    ('As one aide to the mayor put it to me, "why is she doing this now, of all times?"',
     "doing this now", "aide"),
    ('The levy was "a tax on every renter in the county," as J. R. Hollis put it.',
     "tax on every renter", "Hollis"),
    ('Sales rose in the U.S. As Ruth Vail put it, "the county is buying again and the shops '
     'know it."', "buying again", "Ruth Vail"),
    # ... a colon after "it", an abbreviated title, a long description, an adverb before the
    # verb
    ('The vote was close. As the columnist Ruth Vail put it: "Nobody on the board read the '
     'plan before the vote."', "read the plan", "Ruth Vail"),
    ('The levy passed. As Ohio Gov. Tomas Reyes recently put it, "how much is a clean harbour '
     'worth to the county?"', "clean harbour", "Tomas Reyes"),
    ('As the Harbour Watch Council research director Dana Olsen put it at the time, "the '
     'levy will pay for itself in ten years."', "pay for itself", "Dana Olsen"),
    ('The levy was "a tax on every renter in the county," as Hollis so aptly put it.',
     "tax on every renter", "Hollis"),
    # "says of X," then the quotation: the topic is stepped over
    ('Ruth Vail, the mayor\'s sister, says of her brother\'s defeat, "he had it coming."',
     "had it coming", "Ruth Vail"),
    ('Tomas Reyes said of the audit: "It is a political hit job and nothing more."',
     "political hit job", "Tomas Reyes"),
    ('Asked about the strike, Dana Olsen said of the nurses, "They have my full support."',
     "full support", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SET_OFF_CASES)
def test_a_quotation_set_off_by_its_own_attribution_is_found(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


NOT_SET_OFF_CASES = [
    # an auxiliary is no verb of saying; a title or a possessive is no speaker
    ('"Go home," she was told by the guards at the gate.', "Go home"),
    ('"Harbour Lights," Dana Olsen\'s first novel, sold well in the spring.', "Harbour Lights"),
    ('"Harbour Lights," Tomas Reyes produced, ran for three years.', "Harbour Lights"),
    ('"Harbour Lights," Tomas Reyes\'s new film, opens on Friday.', "Harbour Lights"),
    ('"Go home," she is told at the gate every night.', "Go home"),
    # "as X called it" reports no clause of its own
    ('The board wanted a "clean slate" (as Ruth Vail called it) before the vote.',
     "before the vote"),
    # "as" and "put it" in other senses: no "as X put it" clause
    ('As the vote neared, the clerk put it on the agenda, "Harbour Watch" and all, for a late '
     'hour.', "Harbour Watch"),
    ('As it turned out, the "harbour plan" was never put to a vote at all.', "harbour plan"),
    ('As Ruth Vail put it, the plan was dead; the "harbour plan" came back in May.',
     "harbour plan"),
    ('As Ruth Vail put it: the plan was dead. The "harbour plan" came back in May.',
     "harbour plan"),
    # someone who "might put it" so is imagined
    ('As Hollywood might put it, the mural was "based on" a true story from the harbour.',
     "based on"),
    ('The levy was "a tax on every renter in the county and then some," as a cynic would '
     'put it.', "tax on every renter"),
    # a thing named with a title in marks after "a"/"an": no statement
    ('Countries, including the U.S. under a program called "Operation Fast Lane," have '
     'paid for the trials.', "Operation Fast Lane"),
    ('Hundreds of farmers joined a group called the "Harbour Watch" last spring.',
     "Harbour Watch"),
    ('The council launched an initiative dubbed "Clean Streets Now" on Monday.',
     "Clean Streets Now"),
    # ... a name in lower case too, right after the participle (issue 11, spurious quotes)
    ('Tom Reyes washed it down with a drink called "harbour fog."', "harbour fog"),
    ('The rant came during a segment dubbed, "don\'t blink" on Monday.', "don't blink"),
    ('The town tried a curfew called "lights out" last spring.', "lights out"),
    # a thing or a person named after "a"/"an" and a noun, with no marks: a name, no words
    ("A group called Citizens First sued the city on Monday.", "Citizens First"),
    ("A bill called the Safe Streets Act passed the Senate last week.", "Safe Streets Act"),
    ("A man named Tomas Reyes was arrested near the harbour.", "Tomas Reyes"),
    ("A storm dubbed the Beast from the East closed the schools.", "Beast from the East"),
    ("The council hired a firm called Harbour Partners to review the plan.",
     "Harbour Partners"),
    # ... with modifiers between "a"/"an" and the noun (counted: 6 quotes in 1,000 random
    # bulk articles, a group, organisation or campaign "called" its name)
    ("She leads a pro-harbour advocacy group called Clear Water, which sued the city.",
     "Clear Water"),
    ('He wrote about a Quaker relief organization called "Open Doors" last year.',
     "Open Doors"),
    ("They gave money to a St. Ives nonprofit group called the Harbour Trust that builds "
     "boats.", "Harbour Trust"),
    ("Tom Reyes, the head of a city-funded group called the Dock Fund, said the plan failed.",
     "Dock Fund"),
    ("She began an online campaign called Fix My Street last May.", "Fix My Street"),
    # "add" with a count after it adds a number, no words (counted: 4 quotes in 1,000 random
    # bulk articles, 5 in the AllSides jobs reports)
    ("Health care added 13,000 jobs and retail gained 5,000 in May.", "jobs and retail"),
    ("The harbour board added more than 100 staffers in the past three months.",
     "staffers in the past"),
    ("The campaign will add seven full-time lobbyists to its team.", "full-time lobbyists"),
    ("Ann Roe added 12 names to the list of people who lied.", "names to the list"),
    # a term after a naming word does not go on with the quote before it
    ('"We lost," Dana Olsen said. The seat went to the so-called "harbour lobby" in the end.',
     "harbour lobby"),
    ('"We lost," Tomas Reyes said. The group, nicknamed "the night shift," left early.',
     "night shift"),
    ('"We lost," Ruth Vail said. Posts used the hashtag "HarbourNow" all week.',
     "HarbourNow"),
]


@pytest.mark.parametrize(("text", "words"), NOT_SET_OFF_CASES)
def test_no_speaker_for_what_is_not_set_off_as_said(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # still the speaker's: a cue with an object, a quotation that goes on in the narration
    ('The mayor called the audit "a political hit job."', "political hit job", "mayor"),
    ('Dana Olsen called "Harbour Watch" a front for developers.', "Harbour Watch",
     "Dana Olsen"),
    # a naming cue after a role word, or with a complement after the name: still said
    ("A lawyer called Tomas Reyes a liar at the hearing.", "a liar", "lawyer"),
    ("A spokesman called Ruth Vail a danger to the port.", "a danger", "spokesman"),
    ("A coalition called the Harbour Plan a disgrace.", "a disgrace", "coalition"),
    ("A coalition called the plan a waste of money.", "waste of money", "coalition"),
    # a role word before a naming cue, or "by" after the words: still someone's words
    ('A senator called "reckless" the plan that the council signed.', "reckless", "senator"),
    ('It was a plan called "reckless" by the council.', "reckless", None),
    # ... a name or a plural that calls it so, an adverb before the cue
    ('It was a move Ann Vale once called "reckless" in an interview.', "reckless", "Ann Vale"),
    ('It was a move critics called "reckless" from the start.', "reckless", "critics"),
    # modifiers before the noun: a complement, a role word or a sentence's end keeps the cue
    ("A local farm coalition called the Harbour Plan a disgrace.", "a disgrace", "coalition"),
    ("A local union leader called Ruth Vail a danger to the port.", "a danger", "leader"),
    ('He bought a used car. Officials called it "a lemon" on Monday.', "a lemon",
     "Officials"),
    ('The head of a farm group called the rule "a disaster."', "a disaster", "head"),
    # "added" still reports words: a clause, a quotation, a time after a count
    ("Ann Roe added that 40 workers had quit the harbour.", "40 workers had quit", "Ann Roe"),
    ('Ann Roe added, "Forty workers quit."', "Forty workers quit", "Ann Roe"),
    ('"It was a mistake," Ann Roe added 10 minutes later.', "It was a mistake", "Ann Roe"),
    ('"We lost," Dana Olsen said. The defeat was "painful and avoidable."',
     "painful and avoidable", "Dana Olsen"),
    # "speaking of X," is an aside: the quotation after it goes on the one before
    ('"These guys know how to use words," said Tomas Reyes, speaking of politicians, "and '
     'leave themselves some room."', "leave themselves", "Tomas Reyes"),
])
def test_a_quote_next_to_these_is_still_attributed(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


BLOCK_QUOTE_CASES = [
    # a paragraph in no marks after a cue and a colon: a block quote, a tweet, a post
    ("The governor's daughter weighed in on Sunday. Ruth Vail tweeted:\n\nThe harbour belongs "
     "to everyone who works on it. We must protect it for our children.\n\nIt was shared "
     "widely.", "harbour belongs to everyone", "Ruth Vail"),
    ("Dana Olsen said in a statement:\n\nWe will not stop until every family in this valley "
     "has clean water to drink.", "every family in this valley", "Dana Olsen"),
    ("Former harbour pilot and union organiser Tomas Reyes argues for a strike in the Gazette:"
     "\n\nStop the ships. Close the gates. Make them listen to the people who load the cargo.",
     "Close the gates", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BLOCK_QUOTE_CASES)
def test_a_block_quote_after_a_cue_and_a_colon_is_found(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


NOT_BLOCK_QUOTE_CASES = [
    # no speech cue before the colon, a heading, or an excerpt with attributions of its own
    ("The report lists three problems:\n\nThe pumps are old, the pipes leak and nobody checks "
     "the filters.", "pumps are old"),
    ("Update At Noon. Harbour Reopens, Officials Say:\n\nThe harbour reopened at noon after a "
     "week of repairs to the gates.", "harbour reopened at noon"),
    ("As Tomas Reyes reported for the Gazette:\n\nLongtime councillor Ruth Vail said the vote "
     "was rigged and asked for a recount.", "Longtime councillor"),
]


@pytest.mark.parametrize(("text", "words"), NOT_BLOCK_QUOTE_CASES)
def test_no_block_quote_without_a_cue_or_after_a_heading(text, words, knowledge):
    assert not _holds(_found(text, knowledge), words), _found(text, knowledge)


ASIDE_CASES = [
    # a cue in -ing set off right after its subject reports up to the aside's closing comma,
    # not the subject's own verb after it
    ("The union, calling it a sham, walked out of the talks on Friday.", "it a sham",
     "walked out"),
    ("Dana Olsen, saying she was tired of the fight, left the meeting early on Tuesday.",
     "she was tired", "left the meeting"),
    ("The council, arguing that the budget was too small, voted against the plan.",
     "budget was too small", "voted against"),
    ("Tomas Reyes, describing the deal as a betrayal, resigned from the board.",
     "deal as a betrayal", "resigned from"),
]


@pytest.mark.parametrize(("text", "said", "done"), ASIDE_CASES)
def test_an_aside_reports_only_up_to_its_closing_comma(text, said, done, knowledge):
    found = _found(text, knowledge)
    assert _holds(found, said) and not _holds(found, done), found


@pytest.mark.parametrize(("text", "words"), [
    # not an aside: the participle after the subject's own clause reports to the end
    ("The mayor vetoed the bill, calling it reckless, costly and unfair to the poor.",
     "costly and unfair"),
    ("Ruth Vail left the hall, saying the vote was rigged, and walked to her car.",
     "vote was rigged"),
    # the main clause's own cue still reports its clause
    ("The Harbour Gazette, citing two officials, reported that the gates would close.",
     "gates would close"),
])
def test_a_participle_that_is_no_aside_keeps_its_clause(text, words, knowledge):
    assert _holds(_found(text, knowledge), words), _found(text, knowledge)


GOES_ON_CASES = [
    # a quotation opened in a reported clause goes on over the next paragraphs, each opening
    # with a mark, until one closes it
    ('Dana Olsen said the union would "fight this to the end.\n\n"We have done it before and '
     'we will do it again."', "done it before", "Dana Olsen"),
    ('The minister said that "it takes time" because the council wanted "to make sure we are '
     'doing it right.\n\n"To make sure we pay the right firms.\n\n"The gates matter to every '
     'family in this town."\n\nThe council meets on Friday.', "right firms", "minister"),
    ('Tomas Reyes noted that the port is acting to "cut the queues at the gates.\n\n"It is also '
     'going to hire forty more pilots this winter."', "forty more pilots", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GOES_ON_CASES)
def test_a_quotation_opened_in_a_reported_clause_goes_on(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


def test_a_paragraph_with_its_own_attribution_is_a_new_quote(knowledge):
    text = ('Sources said Dana Olsen "seemed to be boasting about the harbour.\n\n"I get great '
            'reports every day," the mayor said, according to an aide.')
    hits = _holds(_found(text, knowledge), "great reports")
    assert hits and hits[0][1] is not None and "mayor" in hits[0][1], hits


@pytest.mark.parametrize(("text", "starts"), [
    # an adverb in -ly after the cue, before "that", a colon or a quotation, is no content
    ("Tomas Reyes told reporters flatly that the harbour would close in May.", "the harbour"),
    ('Ruth Vail wrote recently that the council "has lost its way."', "the council"),
    ('Dana Olsen added warily: "Something can always come at you from the sky."',
     '"Something'),
    # an adverb that modifies the content stays in it
    ("Ruth Vail proposed nearly a billion dollars for the harbour gates.", "nearly"),
])
def test_an_adverb_after_the_cue_is_stepped_over(text, starts, knowledge):
    found = _found(text, knowledge)
    assert found and found[0][0].startswith(starts), found


# --- a head noun the lexicon lacks, with lower-case nouns between it and an opening article

ARTICLE_PHRASE_CASES = [
    ("The county clerk said the ballots were counted by noon.", "county clerk"),
    ("A school bus driver told reporters that the road was closed.", "school bus driver"),
    ("The new county clerk said the ballots were counted by noon.", "new county clerk"),
    ("After the storm, a water plant operator said the pumps had failed.",
     "water plant operator"),
]


@pytest.mark.parametrize(("text", "speaker"), ARTICLE_PHRASE_CASES)
def test_an_unknown_head_after_an_article_and_nouns_speaks(text, speaker, knowledge):
    assert [q.actor.name for q in quotes_of(text, knowledge)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The report said the ballots were counted by noon.", "report"),  # a document, as before
    ("Voters met the county clerk about it and said the count was over.", "Voters"),
    ("In the end the mayor said the ballots were counted.", "mayor"),
])
def test_an_article_phrase_inside_a_clause_is_no_subject(text, speaker, knowledge):
    assert [q.actor.name for q in quotes_of(text, knowledge)] == [speaker]


VERB_GROUP_CASES = [
    # a perfect progressive: "has been saying", "had been warning"
    ('Dana Olsen has been saying for weeks that the harbour "is our future."', "our future",
     "Dana Olsen"),
    ('Ruth Vail had been warning that the harbour "would flood by spring."', "would flood",
     "Ruth Vail"),
    ('Tomas Reyes has been calling for a "full audit" of the harbour board.', "full audit",
     "Tomas Reyes"),
    # a verb of aspect before the speech participle: "kept saying", "began telling"
    ('Dana Olsen kept saying, "The harbour is our future and nobody can take it."',
     "nobody can take it", "Dana Olsen"),
    ('Ruth Vail began telling reporters that the port was "run by amateurs."',
     "run by amateurs", "Ruth Vail"),
    ('The nurses keep insisting that the ward is "dangerously understaffed."',
     "dangerously understaffed", "nurses"),
    # a relay passive with an adverb or a time between: "was even quoted this week saying"
    ('Dana Olsen was even quoted saying, "We see the harbour as our future."',
     "harbour as our future", "Dana Olsen"),
    ('A port official was quoted this week saying, "We view the audit as a formality."',
     "audit as a formality", "port official"),
    ('Tomas Reyes was quoted on Tuesday as saying that the strike "will not end soon."',
     "will not end soon", "Tomas Reyes"),
    # a verb joined by "and" after a quotation in the first verb's words: the same subject
    ('Rep. Dana Olsen, Ohio Democrat, called it "the weak link" of the deal and said the '
     'refusal to fix it was "absurd."', "absurd", "Dana Olsen"),
    ('Ruth Vail praised the "bold" plan and said the mayor "must now deliver it."',
     "must now deliver", "Ruth Vail"),
    ('Tomas Reyes is glad the strike is over, but calls the deal "deeply disappointing," and '
     'says the debt is a "bonfire" that could "burn the town."', "bonfire", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), VERB_GROUP_CASES)
def test_a_cue_in_a_longer_verb_group_keeps_its_subject(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


NOT_VERB_GROUP_CASES = [
    # a passive, or a verb of aspect with no speech after it, reports nothing
    ('The plan has been described as "a waste of money" for years.', "waste of money"),
    ('The harbour kept "the old lights" burning all winter.', "old lights"),
    ('The council began "Operation Clean Harbour" on Monday.', "Clean Harbour"),
    # a title or a term in the first verb's words is no statement of its own
    ('Dana Olsen watched "Harbour Lights" and cried at the end.', "Harbour Lights"),
    ('Ruth Vail, nicknamed "the Hammer," walked in and sat down.', "the Hammer"),
]


@pytest.mark.parametrize(("text", "words"), NOT_VERB_GROUP_CASES)
def test_a_verb_group_without_speech_reports_nothing(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


SETTING_THEN_CLAUSE_CASES = [
    # a place, a day or a setting after the cue, then the clause with no "that"
    ('Dana Olsen said in Leeds the council had "deep doubts about it" and would wait.',
     "deep doubts", "Dana Olsen"),
    ("Ruth Vail said on Monday the paper would not attend the meeting.", "would not attend",
     "Ruth Vail"),
    ('Tomas Reyes said in a joint statement the plan was "a disaster for the port."',
     "disaster for the port", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SETTING_THEN_CLAUSE_CASES)
def test_a_clause_after_a_setting_is_reported(text, words, speaker, knowledge):
    hits = _assert_spoken_by(text, words, speaker, knowledge)
    assert not hits[0][0].startswith(("in ", "on ", "joint")), hits


@pytest.mark.parametrize(("text", "starts"), [
    # the setting stays out of the clause: its own determiner, a programme's name
    ('Dana Olsen said on the radio that the plan was "a disaster."', "the plan"),
    ('Dana Olsen said on Morning Edition the plan was "a disaster."', "the plan"),
    ('Dana Olsen said in an interview the plan was "a disaster."', "the plan"),
])
def test_the_setting_is_no_part_of_the_clause(text, starts, knowledge):
    found = _found(text, knowledge)
    assert found and found[0][0].startswith(starts), found


LONE_SOURCE_CASES = [
    # "one" or "another" right after a quotation: one of the sources before
    ('Two nurses spoke to us. "We are exhausted," one said. "Nobody listens," another said.',
     "Nobody listens", "another"),
    ('Two nurses spoke to us. "We are exhausted," one said.', "exhausted", "one"),
    ('The drivers were angry. "Send him home," another wrote on the forum.', "Send him home",
     "another"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LONE_SOURCE_CASES)
def test_one_or_another_after_a_quotation_speaks(text, words, speaker, knowledge):
    hits = _holds(_found(text, knowledge), words)
    assert hits and hits[0][1] == speaker, _found(text, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # "one" for anyone, or with a modal: nobody the article quotes
    ('"The plan is dead," one might say, but the council disagrees.', "plan is dead"),
    ('One has to wonder whether the plan will "ever work."', "ever work"),
    ('"The plan is dead," you might say.', "plan is dead"),
])
def test_one_for_anyone_does_not_speak(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)



QUOTED_OBJECT_CASES = [
    # "express" reports the words in quotation marks it takes
    ('The minister had expressed "outrage and disgust over the allegation."',
     "outrage and disgust", "minister"),
    ('The union released a statement on Monday expressing "deep disappointment" with the '
     'ruling.', "deep disappointment", "union"),
    ('Dana Olsen expressed "sympathy" for the strikers at the gate.', "sympathy", "Dana Olsen"),
    # a participle set off by a dash: the sentence's subject speaks, up to the closing dash
    ('The mayor teased reporters – calling one a "loud mouth" – and left the hall.',
     "loud mouth", "mayor"),
    ('Ruth Vail denied the payments — calling the claim "unfounded and silly."',
     "unfounded and silly", "Ruth Vail"),
    ('The nominee gave offence — calling the nurses "lazy," mocking a reporter and more.',
     "lazy", "nominee"),
    # a noun's "to" and a quotation: the owner's words
    ('Tomas Reyes pointed to the delay in reviving his call to "start over" on the plan.',
     "start over", "Tomas Reyes"),
    ("The crowd cheered the mayor's promise to \"fix the harbour by May.\"",
     "fix the harbour", "mayor"),
    ('Dana Olsen purged the board, in keeping with her vow to "drain the harbour" of cronies.',
     "drain the harbour", "her"),
    # "referred to X as" and a quotation
    ('Tomas Reyes also referred to the camps as "holiday centers."', "holiday centers",
     "Tomas Reyes"),
    ('In her speech, Ruth Vail referred to herself as "very tired" and "a happy woman."',
     "very tired", "Ruth Vail"),
    ('Dana Olsen kept referring to the harbour plan as "a fantasy."', "fantasy", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), QUOTED_OBJECT_CASES)
def test_a_quotation_taken_by_a_noun_or_an_object_cue_is_found(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # no quotation, a passive, an adjective, a title: nothing reported
    ("Dana Olsen expressed sympathy for the strikers at the gate.", "sympathy"),
    ("The film names neither the mayor nor the clerk, and no expressed argument is made.",
     "argument"),
    ('The bill was referred to the committee as "HB 12" last week.', "HB 12"),
    ("Dana Olsen referred to the report in her speech on Monday.", "the report"),
    ('The union issued a call to "all hands" at dawn.', "all hands"),
    ('The "Pledge to America" rally drew hundreds to the harbour.', "Pledge to America"),
])
def test_no_quotation_for_an_object_cue_or_noun_without_one(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


def test_a_dash_aside_reports_only_up_to_its_closing_dash(knowledge):
    text = 'Ruth Vail denied the payments – calling the claim "a lie" – and left the room.'
    hits = _holds(_found(text, knowledge), "a lie")
    assert hits and "left the room" not in hits[0][0], hits


TERM_BEFORE_NOUN_CASES = [
    # a short quotation before a noun it qualifies is the writer's term, not the last
    # speaker's words going on
    ('"We lost," Dana Olsen said. The "endless war" trope is tired.', "endless war"),
    ('"We lost," Ruth Vail said. Most inmates held for "non-violent" offences have records.',
     "non-violent"),
    ('"We lost," Tomas Reyes said. There are no "ready made frozen" meals at the school.',
     "ready made frozen"),
    ('"It is early," Dana Olsen said on the "Harbour Hour" podcast.', "Harbour Hour"),
]


@pytest.mark.parametrize(("text", "words"), TERM_BEFORE_NOUN_CASES)
def test_a_quoted_term_before_a_noun_does_not_go_on_with_the_quote(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the quotation still goes on where the clause goes on after it, or it ends the sentence
    ('"We lost," Dana Olsen said. The defeat was "painful and avoidable."',
     "painful and avoidable", "Dana Olsen"),
    ('"We lost," Ruth Vail said. She credited the mayor with holding "the whole town '
     'together" through the storm.', "whole town", "Ruth Vail"),
    ('"We lost," Tomas Reyes said. The plan led to "the sudden collapse" this week of the '
     'harbour board.', "sudden collapse", "Tomas Reyes"),
])
def test_a_quotation_before_a_clause_word_still_goes_on(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # a particle after an object cue makes another verb: nothing said
    ("After the storm, the judges called off the hearing until May.", "the hearing"),
    ("Dana Olsen called up the reserves on Monday night.", "the reserves"),
    ("The mayor called down the wrath of the council on the clerk.", "the wrath"),
])
def test_a_particle_after_a_cue_makes_no_statement(text, words, knowledge):
    assert not _holds(_found(text, knowledge), words), _found(text, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # "called out X for ..." and "fired back at" still report
    ('Dana Olsen called out the mayor for "lying to the whole town."', "lying to the whole town",
     "Dana Olsen"),
    ('Ruth Vail fired back at the board, calling its audit "a political stunt."',
     "political stunt", "Ruth Vail"),
    ("The judges called off the hearing, saying the courts needed more time.",
     "needed more time", "judges"),
])
def test_a_cue_with_out_or_back_still_reports(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


RELATIVE_CLAUSE_CASES = [
    # a cue in a relative clause that is the sentence's subject: the quote ends at the
    # quotation where the sentence's own verb follows, and the speaker is the phrase without
    # its relative pronoun
    ('A senator who said the plan was "a disgrace" voted for it anyway.', "a disgrace",
     "voted", "senator"),
    ('The report that said the harbour was "unsafe for ships" was withdrawn on Monday.',
     "unsafe for ships", "withdrawn", "report"),
    ('The nurses who told reporters the ward was "falling apart" were suspended.',
     "falling apart", "suspended", "nurses"),
]


@pytest.mark.parametrize(("text", "words", "after", "speaker"), RELATIVE_CLAUSE_CASES)
def test_a_quote_in_a_relative_clause_ends_before_the_main_verb(text, words, after, speaker,
                                                                knowledge):
    hits = [q for q in quotes_of(text, knowledge) if words in q.text]
    assert hits and after not in hits[0].text, hits
    assert hits[0].actor is not None and hits[0].actor.name == speaker, hits


@pytest.mark.parametrize(("text", "words"), [
    # the clause goes on after the quotation: no verb of the sentence's own there
    ('A broker who said prices had "cratered" to about half their value sold early.',
     "to about half"),
    ('The clerk who wrote that the vote was "clean" in every ward resigned.', "in every ward"),
    ('Dana Olsen said the plan was "a disgrace" for the whole town.', "for the whole town"),
])
def test_a_reported_clause_that_goes_on_past_its_quotation_keeps_its_end(text, words,
                                                                         knowledge):
    assert _holds(_found(text, knowledge), words), _found(text, knowledge)


MORE_VERB_GROUP_CASES = [
    # a degree word before the adverb between the subject and its cue
    ('Ruth Vail more colorfully described the deal as an end to "slam-down politics."',
     "slam-down politics", "Ruth Vail"),
    ('Tomas Reyes very bluntly told the board that the plan was "dead on arrival."',
     "dead on arrival", "Tomas Reyes"),
    # a verb of trying before a clause cue: the subject speaks
    ('The secretary tried to explain that "a million cables" reach the office every year.',
     "million cables", "secretary"),
    ('Dana Olsen, a harbour pilot, tried to argue on the radio that the strike "is not about '
     'pay."', "not about", "Dana Olsen"),
    ("The new campaign chief has sought to assure members that the mayor would change.",
     "mayor would change", "campaign chief"),
    # a set-off attribution with a pronoun object: "scolded them in Somali"
    ('"I am your auntie," Ruth Vail scolded them in English and Somali. "You cannot just '
     'walk away."', "walk away", "Ruth Vail"),
    ('"Sit down," Tomas Reyes snapped at them. "We are not finished."', "not finished",
     "Tomas Reyes"),
    ('"Not now," Dana Olsen warned him, "not in front of the press."', "in front of the press",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MORE_VERB_GROUP_CASES)
def test_a_cue_behind_a_degree_word_a_trying_verb_or_an_object_is_found(text, words, speaker,
                                                                         knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # trying an object cue, or declining, reports nothing; a passive with a pronoun is no
    # set-off attribution
    ("A clip showed Ruth Vail awkwardly trying to defend the mayor's honesty.",
     "mayor's honesty"),
    ('Dana Olsen declined to say whether the harbour was "safe."', "safe"),
    ('"Go home," she was told at the gate every night.', "Go home"),
])
def test_no_statement_from_trying_an_object_cue_or_declining(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


REFLEXIVE_CASES = [
    # a reflexive that stresses who spoke stands between the speaker and the cue
    ('Dana Olsen herself called the plan "a disaster."', "a disaster", "Dana Olsen"),
    ('Even Mayor Ruth Vail herself called her record "incomplete" when asked.', "incomplete",
     "Ruth Vail"),
    ('The senators themselves conceded that the bill was "dead."', "dead", "senators"),
    ('"It is over," the harbour master himself told reporters.', "It is over",
     "harbour master"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REFLEXIVE_CASES)
def test_a_reflexive_after_the_speaker_leaves_the_cue_found(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a reflexive after the cue is its object, and one in the reported clause is no speaker
    ('Dana Olsen called herself "a servant of the town."', "servant of the town", "Dana Olsen"),
    ('Tomas Reyes said the mayor herself had called the levy "a mess."', "a mess",
     "Tomas Reyes"),
])
def test_a_reflexive_elsewhere_changes_no_speaker(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


ARABIC_ARTICLE_CASES = [
    # a name after a lower-case Arabic article ("al-", "el-") is a name, before or after its cue
    ('"The talks will go on," al-Hamdani said.', "talks will go on", "al-Hamdani"),
    ('"We are ready," said el-Masri.', "We are ready", "el-Masri"),
    ('Prime Minister Karim al-Tikriti said the attack was "a conspiracy."', "conspiracy",
     "Karim al-Tikriti"),
    ('Without assigning blame, al-Tikriti said a "conspiracy" led to the failure.',
     "conspiracy", "al-Tikriti"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ARABIC_ARTICLE_CASES)
def test_a_name_after_an_arabic_article_speaks(text, words, speaker, knowledge):
    hits = [q for q in quotes_of(text, knowledge) if words in q.text]
    assert hits and hits[0].speaker is not None and speaker in hits[0].speaker, hits


def test_a_surname_after_an_arabic_article_is_the_full_name_given_before(knowledge):
    text = ('Prime Minister Karim al-Tikriti spoke in the capital on Tuesday.\n\n'
            '"The talks will go on," al-Tikriti said.')
    assert names_of(text, knowledge) == ["Karim al-Tikriti"]


@pytest.mark.parametrize(("word", "capitalized"), [
    ("al-Maliki", True), ("el-Sisi", True), ("bin-Talal", True), ("Ankara", True),
    # a lower-case prefix before a capital is no name: "pro-Trump", "anti-Brexit", "all-American"
    ("pro-Trump", False), ("anti-Brexit", False), ("all-American", False), ("al-", False),
    ("alone", False),
])
def test_an_arabic_article_before_a_capital_starts_a_name(word, capitalized):
    assert is_capitalized(word) is capitalized


TRAILING_ADJUNCT_CASES = [
    # an adjunct after the cue that ends the sentence ("said in court papers") is where it
    # was said, not what: the clause before the speaker is
    ("The levy is unlawful, the harbour board said in court papers.", "levy is unlawful",
     "harbour board"),
    ("The mayor will not run again, two aides said on condition of anonymity.",
     "will not run again", "two aides"),
    ("The bridge is open again, the county tweeted at 10:15 a.m.", "bridge is open",
     "county"),
    ("Most gifts were under $50, the campaign said in later tweets.", "Most gifts",
     "campaign"),
    ("The levy is unlawful, the harbour board said in a court filing.", "levy is unlawful",
     "harbour board"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TRAILING_ADJUNCT_CASES)
def test_an_adjunct_ending_the_sentence_leaves_the_clause_before_said(text, words, speaker,
                                                                     knowledge):
    found = _found(text, knowledge)
    hits = _holds(found, words)
    assert hits and hits[0][1] is not None and speaker in hits[0][1], found
    assert not [t for t, _ in found if t.startswith(("in ", "on ", "at "))], found


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a clause that opens with "at least" is said; a relative pronoun says nothing of the
    # clause before it
    ("She said at least 26 people died.", "26 people died", "She"),
    ("Sources say it is the leaders, who have insisted on acting now.", "it is the leaders",
     "Sources"),
])
def test_a_clause_after_its_cue_stays_said(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


def test_on_after_a_cue_is_the_cues_own_and_leaves_the_clause_before_unsaid(knowledge):
    found = _found("No matter the stakes, Dana Olsen will insist on being Dana Olsen.",
                   knowledge)
    assert not _holds(found, "No matter the stakes"), found


HAS_CONTRACTED_CASES = [
    # "he's" and "she's" before a cue are "he has", "she has": the cue reports
    ('Ruth Vail runs the harbour board. She\'s said the levy is "a tax on renters."',
     "tax on renters", "Ruth Vail"),
    ('Tomas Reyes leads the union. "It is a disaster," he\'s said many times.',
     "It is a disaster", "Tomas Reyes"),
    ('Ruth Vail runs the harbour board. She’s told reporters that the port is "unsafe."',
     "unsafe", "Ruth Vail"),
    ('Tomas Reyes leads the union. He’s repeatedly called the levy "a tax on renters."',
     "tax on renters", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HAS_CONTRACTED_CASES)
def test_a_cue_after_he_has_contracted_reports(text, words, speaker, knowledge):
    hits = _holds(_found(text, knowledge), words)
    assert hits and hits[0][1] == speaker, _found(text, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # "'s" as "is" before a passive, and "it's said", report nothing of the pronoun's
    ('Tomas Reyes runs the port. He\'s said to be "furious" about the leak.', "furious"),
    ('Ruth Vail runs the port. She\'s accused of "gross misconduct" by the board.',
     "gross misconduct"),
    ('Tomas Reyes runs the port. He\'s called "the Hammer" by his staff.', "the Hammer"),
    ('It\'s said that the port was "a mess" for years.', "a mess"),
])
def test_a_passive_after_a_contracted_is_reports_nothing(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


PASSIVE_AGENT_CASES = [
    # an object cue in the passive, its quotation and "by" the agent: the agent's words
    ('The claim was labeled "ridiculously false" by the Harbour Gazette, which cited an '
     'index.', "ridiculously false", "Harbour Gazette"),
    ('Friday was dubbed a "day of rejection" by the Harbour Union in a statement.',
     "day of rejection", "Harbour Union"),
    ('The deal was widely derided as a "giveaway" by Senator Ruth Vail.', "giveaway",
     "Ruth Vail"),
    ('The levy was described as "a tax on renters" by Tomas Reyes, the union chief.',
     "tax on renters", "Tomas Reyes"),
    # the agent between the participle and "as", the participle opening its sentence, and
    # quotations a list joins
    ('The ferry plan was dismissed by Ruth Vail as "a costly stunt" at the hearing.',
     "costly stunt", "Ruth Vail"),
    ('The strike was decried by the Harbour Union as a "lockout" and a breach of trust.',
     "lockout", "Harbour Union"),
    ('Described by the Appeals Court as "a maze of rules," the permit law was struck down.',
     "maze of rules", "Appeals Court"),
    ('The budget talks were described by Tomas Reyes as "calm," "frank" and "useful."',
     "frank", "Tomas Reyes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PASSIVE_AGENT_CASES)
def test_a_passive_object_cue_gives_the_quotation_to_its_agent(text, words, speaker,
                                                               knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # no agent who speaks ("by many"), a title or a name given to a thing, a passive with no
    # agent: nobody's words
    ('The law, dubbed "Harbourcare" by many, is the signature measure.', "Harbourcare"),
    ('A novel titled "The Long Tide" by Dana Olsen came out in May.', "Long Tide"),
    ('The ferry was named "Pride of the Port" by the council in 1990.', "Pride of the Port"),
    ('A podcast called "Harbour Talk" by two students won a prize.', "Harbour Talk"),
    ('The ship was called "unsafe" and taken out of service.', "unsafe"),
    ('The ferry was named by the council as "Pride of the Port" in 1990.', "Pride of the Port"),
    ('The levy was labeled by many as "a tax on renters" last year.', "tax on renters"),
    ('The case was decided by a vote of 5 to 4 as "a matter of law."', "matter of law"),
    ('Ruth Vail was chosen by the board as "the right hand for the port."', "right hand"),
])
def test_a_passive_without_a_speaking_agent_gives_no_speaker(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


USED_WORDS_CASES = [
    # a verb of using words, "the word" and a quotation: the subject's words, and those a
    # list joins
    ('Dana Olsen used the word "reckless" to describe the harbour budget.', "reckless",
     "Dana Olsen"),
    ('At the hearing, Senator Ruth Vail invoked the phrase "open water" twice.', "open water",
     "Ruth Vail"),
    ('Tomas Reyes, who often uses the term "port tax," spoke first.', "port tax",
     "Tomas Reyes"),
    ('Tomas Reyes also used the words "calm," "frank" and "useful" about the talks.', "useful",
     "Tomas Reyes"),
    ('Ruth Vail was talking about the harbour and used the word "theft" twice.', "theft",
     "Ruth Vail"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), USED_WORDS_CASES)
def test_words_someone_used_are_theirs(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # a denial, a modal, a condition, an infinitive, a document as the subject, no verb of
    # using: nobody's words
    ('Dana Olsen never used the word "strike" in her remarks.', "strike"),
    ('Tomas Reyes did not use the word "levy" once.', "levy"),
    ('Had Ruth Vail used the word "sorry," the vote would have gone her way.', "sorry"),
    ('Officials would rather use the term "fee" for the charge.', "fee"),
    ('The harbour board chose to use the word "pause" for the closure.', "pause"),
    ('The memo uses the word "urgent" twice.', "urgent"),
    ('The word "tide" comes from Old English.', "tide"),
])
def test_words_used_after_a_denial_or_by_no_one_are_nobodys(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


def test_a_quotation_after_words_someone_used_is_not_theirs(knowledge):
    text = ('Dana Olsen used the phrase "road fee" for the levy. Then Judge Tomas Reyes '
            'put in, "Counsel, the fee is a tax."')
    assert not [t for t, n in _found(text, knowledge) if "road fee" in t and "Counsel" in t]


AS_AFTER_WORDS_CASES = [
    # "referred to X as" and a few words that open the noun phrase before the quotation
    ('Dana Olsen repeatedly referred to the harbour plan as a possible "base" for a wider '
     'deal.', "base", "Dana Olsen"),
    ('Tomas Reyes once referred to the union as one of the port\'s "magic weapons."',
     "magic weapons", "Tomas Reyes"),
    ('In her closing remarks, Ruth Vail referred to Reyes as the "next mayor."', "next mayor",
     "Ruth Vail"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), AS_AFTER_WORDS_CASES)
def test_a_quotation_a_few_words_after_as_is_the_referrers(text, words, speaker, knowledge):
    hits = _holds(_found(text, knowledge), words)
    assert hits and hits[0][1] == speaker, _found(text, knowledge)
    assert "as" not in hits[0][0].split(), hits  # the words in marks, not the object


def test_words_after_as_that_end_in_no_quotation_report_nothing(knowledge):
    found = _found('Dana Olsen referred to the plan as a possible base for "the future."',
                   knowledge)
    assert not [(t, n) for t, n in _holds(found, "the future") if n], found


RELATIVE_ASIDE_CASES = [
    # a cue in a relative clause after its antecedent ("X, who said ...,") reports up to the
    # comma before the antecedent's own verb, which then reports its own words
    ('Tomas Reyes, who has acknowledged his comments were poorly phrased, said he cares about '
     '"every single voter."', "poorly phrased", "every single voter"),
    ('Writing on Twitter, Dana Olsen, who says the wall is needed to stop floods, warned '
     'councillors not to "fall into the trap."', "stop floods", "fall into the trap"),
    ('Ruth Vail, who said she was the driver\'s cousin, said one of his sons found the car.',
     "driver's cousin", "sons found the car"),
    ('Dana Olsen, who called the plan "a disgrace," voted for it anyway.', "a disgrace",
     "voted for it"),
    ('The city, which touts some great public schools, is $10,000 a year cheaper.',
     "great public schools", "cheaper"),
]


@pytest.mark.parametrize(("text", "words", "after"), RELATIVE_ASIDE_CASES)
def test_a_relative_clause_cue_reports_up_to_the_antecedents_verb(text, words, after,
                                                                  knowledge):
    found = _found(text, knowledge)
    hits = _holds(found, words)
    assert hits and after not in hits[0][0], found


@pytest.mark.parametrize(("text", "words"), [
    # a comma inside the relative clause that no verb follows does not end it
    ('Dana Olsen, who said the plan, the budget and the levy were "all wrong," left early.',
     'the plan, the budget and the levy were "all wrong,"'),
    ('Dana Olsen, who argued that ferries, buses and trams "all lose money," stepped down.',
     'ferries, buses and trams "all lose money,"'),
])
def test_a_comma_inside_a_relative_clause_keeps_its_words(text, words, knowledge):
    assert _holds(_found(text, knowledge), words), _found(text, knowledge)


# the subject that opens a sentence, an aside set off after it (a relative clause, an
# apposition) and the cue right after the aside: the subject speaks, whatever its head; the
# phrase after the cue is what is said, never an inverted speaker
OPENING_SUBJECT_CASES = [
    ('The union, which represents 5,000 nurses, said the pay deal was "a betrayal."',
     "a betrayal", "union"),
    ('The filing, which seeks an injunction against the levy, said the tax "tramples the '
     'rights of farmers."', "tramples the rights", "filing"),
    ('The attendee, who heard the minister in person, said she "never once mentioned the '
     'treaty."', "never once mentioned", "attendee"),
    ('A shopkeeper, who gave only his first name, told the radio station that the blast '
     '"shook every window."', "shook every window", "shopkeeper"),
    ('The order, dated Friday, says that the port "will suffer lasting harm" without dredging.',
     "lasting harm", "order"),
    ('But the council offices, which stand next to the square, said they would shut "for the '
     'safety of staff."', "safety of staff", "council offices"),
    # a time adjunct at the subject's end is not part of it
    ('Ruth Vail this week, though, conceded that the launch was "a mistake."', "a mistake",
     "Ruth Vail"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OPENING_SUBJECT_CASES)
def test_the_subject_before_an_aside_speaks(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the aside inside a reported clause before an inverted cue: the name after the cue speaks
    ('The plan will cut costs for families, who need the help most, said Ann Roe, a planner.',
     "cut costs for families", "Ann Roe"),
    ('"The levy hurts farmers, who earn least," said Tom Reyes, the county clerk.',
     "hurts farmers", "Tom Reyes"),
    # a subject that does not open the sentence is no speaker of the cue after its aside
    ('Reporters asked about the storm, which hit on Monday, and Tom Reyes said it was "the '
     'worst in years."', "the worst in years", "Tom Reyes"),
])
def test_an_aside_in_the_reported_clause_keeps_the_inverted_speaker(text, words, speaker,
                                                                    knowledge):
    hits = _holds(_found(text, knowledge), words)
    assert hits and hits[0][1] == speaker, _found(text, knowledge)


@pytest.mark.parametrize("text", [
    'The bridge, which opened in May, carried "record traffic" last year.',
    'The museum, a former mill, shows "Harbour Lights" until June.',
])
def test_an_aside_without_a_cue_makes_no_quote(text, knowledge):
    assert not [n for _, n in _found(text, knowledge) if n is not None], _found(text, knowledge)


# cues of disputing and likening the cue table lacked (decry, bemoan, liken), and a
# stretch of time between the subject and the cue ("for months", as "for years" was)
DISPUTING_CUE_CASES = [
    ('Mayor Ann Kettle, who decried the ruling as "a gift to polluters," said she would '
     'appeal.', "a gift to polluters", "Ann Kettle"),
    ('Tomas Reyes decried the audit as "a political hit job."', "political hit job",
     "Tomas Reyes"),
    ('The ferry union likened the new timetable to "a game of musical chairs."',
     "musical chairs", "ferry union"),
    ('Ruth Vail bemoaned the "endless delays" at the planning office.', "endless delays",
     "Ruth Vail"),
    ('Dana Olsen has for months decried the harbour levy as "theft in broad daylight."',
     "theft in broad daylight", "Dana Olsen"),
    ('Residents have for weeks complained that the bus is "never on time."', "never on time",
     "Residents"),
    ('The agency for decades has maintained that the dam is "perfectly safe."',
     "perfectly safe", "agency"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DISPUTING_CUE_CASES)
def test_a_cue_of_disputing_or_likening_reports_its_quotation(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


def test_a_stretch_of_time_is_no_part_of_the_speaker(knowledge):
    text = 'The agency for decades has maintained that the dam is "perfectly safe."'
    assert [q.speaker for q in quotes_of(text, knowledge)] == ["The agency"]


@pytest.mark.parametrize("text", [
    'Critics decried the plan.',  # an object and nothing said
    'The council met for months and the plan "went nowhere."',  # a stretch of time, no cue
    'The likeness of the mayor hung in the hall, a "true masterpiece."',
])
def test_no_quote_without_words_said(text, knowledge):
    assert not [n for _, n in _found(text, knowledge) if n is not None], _found(text, knowledge)


# "refer to ... as “…”" whose object is a relative pronoun before the speaker: the quotation
# stands right after "as"
MOVED_OBJECT_CASES = [
    ('Critics attacked the levy, which the mayor has referred to as a "force multiplier."',
     "force multiplier", "mayor"),
    ('Tomas Reyes, who Governor Ruth Vail referred to as a "loose cannon," left the party.',
     "loose cannon", "Ruth Vail"),
    ('Nurses fear what the ministry refers to as "flexible staffing" on the wards.',
     "flexible staffing", "ministry"),
    ('The ferry union praised Ann Roe, whom it referred to as "a friend of the harbour."',
     "friend of the harbour", "ferry union"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MOVED_OBJECT_CASES)
def test_a_relative_object_leaves_the_quotation_after_as(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize("text", [
    'The ward, which is referred to as "the annex" by the porters, closed in May.',  # passive
    'The clinic, which nurses refer to with pride, opened in "record time."',  # no "as"
])
def test_a_moved_object_without_a_quotation_after_as_gives_none(text, knowledge):
    assert not [n for _, n in _found(text, knowledge) if n is not None], _found(text, knowledge)


# a subject that opens with an article, a name saying whose it is and a lower-case noun no
# word class holds: "The Facebook post claims", "The Senate bill says"
NAMED_NOUN_CASES = [
    ('The Ferry Union website says the timetable is "a game of chance."', "game of chance",
     "website"),
    ('The Senate bill says that the agency "must report every year."', "must report",
     "Senate bill"),
    ('The GoFundMe page said the singer had suffered a "serious concussion."',
     "serious concussion", "GoFundMe page"),
    ('The WHO guidelines state that masks "protect the wearer."',
     "protect the wearer", "guidelines"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_NOUN_CASES)
def test_a_named_noun_opening_the_sentence_speaks(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('In the Harbour Times piece, the mayor said the levy was "fair."', "fair", "mayor"),
    ('The Senate vote on Monday was "a formality."', "a formality", None),
])
def test_a_named_noun_not_before_the_cue_does_not_speak(text, words, speaker, knowledge):
    hits = [(t, n) for t, n in _holds(_found(text, knowledge), words) if n is not None]
    assert [speaker in n for _, n in hits] == ([True] if speaker else []), hits


# a phrase before a cue infinitive that makes it a statement of the phrase's subject: "went
# so far as to", "chimed in to", "was quick to", "is careful to" (issue 11, quotations not
# found: 11 of the 16 such quoted fragments not output in 7,158 other bulk articles were the
# subject's words)
STATEMENT_PHRASE_CASES = [
    ('Senator Ann Kettle went so far as to call it "unproductive."', "unproductive",
     "Ann Kettle"),
    ('House leader Ann Kettle, D-Ohio, went so far as to say Reyes had "lied" to the board.',
     "lied", "Ann Kettle"),
    ('Some pundits are going so far as to call the deal a "murder-suicide."',
     "murder-suicide", "pundits"),
    ('Tom Reyes chimed in to say the plan had "failed."', "failed", "Tom Reyes"),
    ('Ann Kettle also chimed in to say the board had "tried" to fix it.', "tried",
     "Ann Kettle"),
    ('Ann Kettle was quick to call the event "a photo op."', "photo op", "Ann Kettle"),
    ('The Reyes campaign was quick to characterize the debate as a "hot mess."', "hot mess",
     "Reyes campaign"),
    ('Dana Olsen was careful to note that the report did not "clear" the mayor.', "clear",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), STATEMENT_PHRASE_CASES)
def test_a_statement_phrase_makes_the_infinitive_its_subjects_words(text, words, speaker,
                                                                    knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # a denial, a wish, a verb of no statement after the phrase
    ('I would not go so far as to say that the vote makes the council "a different body."',
     "a different body"),
    ('Dana Olsen may be eager to say something: the mayor was "stunned" by it.', "stunned"),
    ('Ann Kettle declined to call it "a land grab."', "land grab"),
    ('Ann Kettle was quick to leave the room after the "town hall" ended.', "town hall"),
    ('The mayor was careful to avoid the word "strike" all week.', "strike"),
])
def test_no_statement_phrase_no_speaker(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


def test_a_statement_phrase_reports_only_words_in_quotation_marks(knowledge):
    assert quotes_of("Many voters are quick to dismiss third-party candidates.", knowledge) == ()


def test_a_statement_phrase_leaves_a_quotation_to_the_cue_inside_its_clause(knowledge):
    text = ('Ms. Roe was careful to note that in a radio interview, Tom Reyes said that '
            '"we are better off."')
    assert _holds(_found(text, knowledge), "better off") == [('"we are better off."',
                                                              "Tom Reyes")]


@pytest.mark.parametrize("text", [
    'The plan, as Tom Reyes called it, was "a land grab."',
    'The plan was "a land grab," as Tom Reyes called it.',
])
def test_as_x_called_it_still_names_whose_words(text, knowledge):
    _assert_spoken_by(text, "land grab", "Tom Reyes", knowledge)


@pytest.mark.parametrize("text", [
    'The aide who spoke to the Gazette went on to say that Reyes had "quit for good."',
    'The city aide who spoke to the Gazette went so far as to say that Reyes had "quit for good."',
])
def test_an_anonymous_source_ends_before_the_verb_of_its_statement(text, knowledge):
    speakers = [q.speaker for q in quotes_of(text, knowledge) if "quit for good" in q.text]
    assert speakers and speakers[0].endswith("who spoke to the Gazette"), speakers


# thanks for words in quotation marks: the quoted words after "for" are the thanker's (issue
# 11, quotations not found: 11 of 11 such fragments in 7,158 other bulk articles)
THANKS_CASES = [
    ('Tom Reyes thanked Kettle for her "brilliance and patience" in the talks.',
     "brilliance and patience", "Tom Reyes"),
    ('Mayor Tom Reyes thanked the nurses for their "quiet courage."', "quiet courage",
     "Tom Reyes"),
    ('Ann Kettle thanked the police for supporting her and "fighting the reckless council."',
     "reckless council", "Ann Kettle"),
    ('Dana Olsen thanked the new members for "picking us," and got big laughs.', "picking us",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), THANKS_CASES)
def test_words_someone_is_thanked_for_are_the_thankers(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    ('Now, thanks to the "defund" gambit, the council is scrambling.', "defund"),
    ('Voters can thank the "journalist" Tom Reyes for planting the idea.', "journalist"),
    ('Ann Kettle thanked the crowd and left the "town hall" by the back door.', "town hall"),
    ('Tom Reyes thanked the crowd for coming to the "Harbour Days" fair.', "Harbour Days"),
])
def test_no_thanks_for_quoted_words_no_speaker(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


def test_thanks_report_nothing_without_quotation_marks(knowledge):
    assert quotes_of("Mayor Tom Reyes thanked the nurses for their quiet courage.",
                     knowledge) == ()


# a verb of prompting before its object and a cue infinitive: the one prompted speaks, for
# the words in quotation marks ("prompting Trump to call him a “scumbag”"; issue 11,
# quotations not found)
PROMPTED_CASES = [
    ('The profile was harsh, prompting Tom Reyes to call its author a "scumbag."', "scumbag",
     "Tom Reyes"),
    ('The long exchange finally prompted Judge Ann Kettle to observe that the case "gives you '
     'whiplash."', "whiplash", "Ann Kettle"),
    ('The interview went badly, leading Ann Kettle to say "you are not one of us" to the host.',
     "not one of us", "Ann Kettle"),
    ('This led the mayor to tweet on Sunday that the harbour deal was a "cash cow."',
     "cash cow", "mayor"),
    ('The delay spurred the union to warn that members would "walk out."', "walk out",
     "union"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PROMPTED_CASES)
def test_the_one_prompted_to_speak_speaks(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    ('The rules prompted a firestorm by refusing to condemn the "rioters" at all.', "rioters"),
    ('The strike forced the workers to call the plan "a trap" in public.', "a trap"),
    ('A vote that close should at the very least prompt voters to ask, "Why?"', "Why"),
])
def test_no_one_prompted_to_speak_no_speaker(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


def test_the_one_prompted_after_a_quotation_is_named_without_the_verb(knowledge):
    text = ('Ann Kettle quoted the mayor as saying "the port respects the law," prompting '
            'Mr. Reyes to reply, "this is a very perverted man."')
    found = [q.speaker for q in quotes_of(text, knowledge) if "perverted" in q.text]
    assert found == ["Mr. Reyes"], found


def test_the_one_prompted_reports_only_words_in_quotation_marks(knowledge):
    assert quotes_of("The delay spurred the union to warn that members would walk out.",
                     knowledge) == ()


# a cue of speaking and its topic after "of" or "about": the words in quotation marks in the
# topic are the speaker's ("spoke of the “evil act”", "talked about the “forgotten” people";
# issue 11, quotations not found)
TOPIC_CASES = [
    ('Mayor Ann Kettle spoke of a "turning point" for the harbour.', "turning point",
     "Ann Kettle"),
    ('Tom Reyes, who spoke last month of taking an "aggressive" approach to cuts, won.',
     "aggressive", "Tom Reyes"),
    ('Dana Olsen has often spoken of the voting system being "rigged" against her.', "rigged",
     "Dana Olsen"),
    ('In his farewell, Tom Reyes talked of "rising nationalism," "shared values" and more.',
     "shared values", "Tom Reyes"),
    ('Ann Kettle was again talking about the "invasion" at a rally in Dover.', "invasion",
     "Ann Kettle"),
    ('Candidates talk of fundamentally "transforming," "recalibrating," and "restructuring" '
     'the city.', "restructuring", "Candidates"),
    ('The governor left early, speaking of a "new foundation for growth" on the way out.',
     "new foundation", "governor"),
    ('Senator Dana Olsen talks about "shattering the glass ceiling," but runs on more.',
     "shattering the glass", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TOPIC_CASES)
def test_quoted_words_in_a_topic_of_speaking_are_the_speakers(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # a title, a name or a term
    ('The senator spoke about his new book "Bright Lines" at the fair.', "Bright Lines"),
    ('In the latest edition of "Harbour Talk," Tom Reyes talks about his plans.',
     "Harbour Talk"),
    ('Tom Reyes spoke of the so-called "deep state" at length.', "deep state"),
    # denied, or a mere possibility
    ('Tom Reyes was not talking about the "so-called" judge.', "so-called"),
    ('Ann Kettle could talk about "the good old days" when she wanted to.', "good old days"),
    # a noun, not a verb
    ('All the talk of "hard choices" hinges on the budget.', "hard choices"),
    ('Talks of a "grand bargain" collapsed on Friday.', "grand bargain"),
    # the quotation in a clause of the topic, or after a second verb, not in the topic itself
    ('Senators are talking about a plan to swap out some "discretionary" cuts.',
     "discretionary"),
    ('Dana Olsen has talked about her mother and taken a "drill, baby, drill" page from Reyes.',
     "drill, baby"),
    # no one, or people in general
    ('Nobody was talking about a "second wave" in the harbour towns.', "second wave"),
    ('Fans miss this when they talk about the "realness" of the show.', "realness"),
])
def test_no_quoted_words_of_a_topic_no_speaker(text, words, knowledge):
    _assert_unspoken(text, words, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('Ann Kettle and Tom Reyes spoke of "a strong commitment" on trade, the White House said.',
     "strong commitment", "White House"),
    ('Fed officials have talked about "optimism in spending," but the slowdown "is '
     'inconsistent with growth," said Tom Reyes, an economist.', "inconsistent", "Tom Reyes"),
    ('Tom Reyes, an aide, recalled Ms. Kettle talking about "Collapse: How Towns Fail," a '
     'best seller, which explored the changes.', "Collapse", "Tom Reyes"),
])
def test_a_later_cue_reports_the_quoted_words_of_a_topic(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


def test_a_topic_of_speaking_names_no_quotation_after_it(knowledge):
    text = ('Ann Kettle spoke of a "turning point" for the harbour. For years, "too many '
            'false dawns" had come and gone.')
    assert [q.text for q in quotes_of(text, knowledge) if q.speaker] == ['a "turning point"']
    # after "said", the same quotation goes on the speaker's words
    said = text.replace('spoke of a "turning point" for the harbour',
                        'said the harbour was at a "turning point"')
    assert len([q for q in quotes_of(said, knowledge) if q.speaker]) == 2


def test_a_topic_of_speaking_reports_nothing_without_quotation_marks(knowledge):
    assert quotes_of("Mayor Ann Kettle spoke of a turning point for the harbour.",
                     knowledge) == ()


def test_the_writer_talking_about_quoted_words_cites_them(knowledge):
    for text in ('I am talking about a harbour "where no ship is turned away" and no less.',
                 'In the harbour dispute, where we talked about a "red line," little changed.'):
        _assert_unspoken(text, "", knowledge)


# verbs of saying that were no cue: "affirmed", "cautioned", "mused", "fumed",
# "lambasted", "rebuked", "chided", "assailed", "castigated"; the quoted fragment
# in the clause or object after them is the subject's
SAYING_VERB_CASES = [
    ('The court affirmed that the city has a right to "regulate the sale of fireworks."',
     "regulate the sale", "court"),
    ('Health officials cautioned that the vaccine "will not be ready before spring."',
     "before spring", "officials"),
    ('Dana Olsen, the head of the port authority, cautioned: "We cannot count on the weather."',
     "count on the weather", "Dana Olsen"),
    ('Nora Vale mused that voters just do not find the midterms "exciting enough."',
     "exciting enough", "Nora Vale"),
    ('The chairman, Ruth Vail, fumed that the committee had been "kept in the dark for months."',
     "kept in the dark", "Ruth Vail"),
    ('Ann Kettle lambasted the agency on Twitter as "an adult day care."', "adult day care",
     "Ann Kettle"),
    ('Judge Ruth Vail rebuked the lawyers for their "sloppy and careless filings."',
     "sloppy", "Ruth Vail"),
    ('Mayor Tom Reyes chided the council for its "purity tests" on campaign money.',
     "purity tests", "Tom Reyes"),
    ('Dana Olsen assailed him in a post as "a low level partisan hack."', "partisan hack",
     "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SAYING_VERB_CASES)
def test_a_verb_of_saying_gives_the_fragment_after_it_its_subject(text, words, speaker,
                                                                  knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize("text", [
    # "agree" stays no verb of saying ("agreed to", "agree on", and what a poll's
    # respondents "agreed that" is the poll's)
    'The two sides agreed on Friday to a "grand bargain" on the budget.',
    'Both parties agree on the need for "smart growth" in the valley.',
    # a scare quote of the writer's stays unattributed
    'The so-called "reform" was rebuked and chided in equal measure.',
    # "fuming" after an object is no verb of saying ("has critics fuming")
    'The mayor\'s notion that the port "can pay for itself" has critics fuming.',
])
def test_no_fragment_for_a_verb_of_saying_out_of_its_use(text, knowledge):
    assert not [q for q in quotes_of(text, knowledge) if q.speaker], quotes_of(text, knowledge)


# --- a cue after "by" whose object or clause holds a quotation: the subject's words ------------

BY_CUE_CASES = [
    ('The party whip framed the debate during the same briefing by calling it "a choice '
     'between roads and schools."', "a choice between roads", "party whip"),
    ('For years, Ann Vale has tried to please both camps by touting an "every-option" '
     'approach to housing.', "every-option", "Ann Vale"),
    ('An Olsen aide sought to profit from the mayor\'s slip by branding him as a "career '
     'insider" who favored the developers.', "career insider", "Olsen aide"),
    # in a relative clause, "who" is its subject; an opening "Via ..." is none
    ("The mayor won in 2014 by beating Tom Reyes, who lost his lead by claiming the bridge "
     "was “a gift from God.”", "gift from God", "Tom Reyes"),
    ('Via Twitter, Dana Olsen answered on Monday by calling him a "disgrace to the port."',
     "disgrace to the port", "Dana Olsen"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BY_CUE_CASES)
def test_a_cue_after_by_reports_the_quotation_in_its_clause(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a comma ends the clause of the cue after "by": the quotation is the next clause's
    ("Ann Vale won the vote by arguing for hours, and her rival called the result “a fluke.”",
     "a fluke", "her rival"),
    ("Tomas Reyes won the seat by arguing all night; the Gazette called it “a rout.”",
     "a rout", "Gazette"),
    # the words on a sign held by the people the cue's object names are theirs
    ("The mayor ended the rally by acknowledging voters in the hall holding "
     "“Vale for Mayor” signs.", "Vale for Mayor", "voters"),
])
def test_a_cue_after_by_reports_no_quotation_beyond_its_clause(text, words, speaker,
                                                               knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


def test_a_cue_after_by_leaves_a_second_verbs_quotation_alone(knowledge):
    """The quotation after "and" and a second verb is no part of the first cue's object."""
    text = ("Radio host Dana Olsen “opened fire” this morning by mocking his speech and "
            "poking fun at his “fond farewell”.")
    assert not [q for q in quotes_of(text, knowledge) if q.speaker and "speech" in q.text]


# --- a cue whose clause's subject is the noun a relative clause describes: "that she said
# were “…”", "a levy he said would raise “…”", "what its lawyers say are “…”" -----------------

GAPPED_CUE_CASES = [
    ("Ann Vale backed two bridges that she said were “ready to build.”", "ready to build",
     "Ann Vale"),
    ("Tomas Reyes backed a port tax, a levy he said would raise “at least $3 million” a year.",
     "at least $3 million", "Tomas Reyes"),
    ("The council listed the steps its lawyers say could “end the dispute for good.”",
     "end the dispute", "lawyers"),
    # a list of quotations joined by "and" is one quote
    ("The union is suing the paper for what its lawyers say are “false” and “cruel” stories.",
     "” and “cruel", "lawyers"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GAPPED_CUE_CASES)
def test_a_cue_in_a_relative_clause_reports_the_quotation_its_verb_holds(text, words, speaker,
                                                                        knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a noun in -s before an auxiliary is no cue ("comments are"); nor one after a
    # determiner, which a closing attribution's cue reports
    ("I guess the editors think Tom Pell's dull comments are more “newsworthy” than anything.",
     "newsworthy", None),
    ("The board's own reports are “alarming,” the mayor said.", "alarming", "mayor"),
    # at the sentence's start a noun: no clause of a cue opens a sentence
    ("The council answer would not be “a new tax on drivers,” Ann Vale said.",
     "a new tax on drivers", "Ann Vale"),
])
def test_a_noun_before_an_auxiliary_is_no_cue_of_a_relative_clause(text, words, speaker,
                                                                  knowledge):
    if speaker is None:
        _assert_unspoken(text, words, knowledge)
    else:
        _assert_spoken_by(text, words, speaker, knowledge)


# A quotation that is a paragraph of its own and repeats words another quotation holds where
# they are said (a pull quote, a subhead) is nobody's words: only the quotation where they
# are said is a quote. (text, words, speaker of the one quote holding them)
REPEATED_QUOTATION_CASES = [
    # a subhead in single marks above the section that quotes the line in full
    ("The harbour board met on Monday.\n\n‘We will not sell the pier, not this year and not "
     "next’\n\nIts chair, Tom Reyes, was blunt. “We will not sell the pier, not this year and "
     "not next,” Reyes said.", "not sell the pier", "Tom Reyes"),
    # a pull quote in double marks between paragraphs, after the quotation it repeats
    ("“Every week the line is longer, and the shelves are emptier,” said Dana Olsen, who "
     "has run the food bank for ten years.\n\n“Every week the line is longer”\n\n"
     "The bank opens at nine on weekdays.", "line is longer", "Dana Olsen"),
    # a part of the quotation, with a full stop of its own
    ("“Nobody has told us who will pay for the new wards,” said Mira Tallis, a union "
     "steward.\n\n“Nobody has told us who will pay.”\n\nThe wards open in May.",
     "who will pay", "Mira Tallis"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REPEATED_QUOTATION_CASES)
def test_a_repeated_quotation_standing_alone_is_no_quote(text, words, speaker, knowledge):
    hits = _holds(_found(text, knowledge), words)
    assert len(hits) == 1 and hits[0][1] is not None and speaker in hits[0][1], \
        _found(text, knowledge)


# and negatives: a quotation standing alone that repeats no other one stays a quote
REPEATED_QUOTATION_NEGATIVES = [
    # the other quotation holds other words
    ("“We will not sell the harbour,” Tom Reyes said on Monday.\n\n“We will not sell the "
     "pier this year or any year after it, whatever the council decides in June.”\n\n"
     "The council meets in June.", "sell the pier this year"),
    # the words are said in narration only, not in marks
    ("The board said the pier would stay open for good, and the fees would not rise.\n\n"
     "“The pier would stay open for good, and the fees would not rise at all this year.”\n\n"
     "The board meets in May.", "would not rise at all"),
    # a text printed twice: each copy stands alone, neither repeats a quotation said in it
    ("Ann Vale spoke for an hour.\n\n“The river has fed this town for two hundred years and it "
     "will feed it for two hundred more.”\n\nShe left at noon.\n\n“The river has fed this "
     "town for two hundred years and it will feed it for two hundred more.”",
     "river has fed this town"),
]


@pytest.mark.parametrize(("text", "words"), REPEATED_QUOTATION_NEGATIVES)
def test_a_quotation_standing_alone_that_repeats_no_quote_stays(text, words, knowledge):
    assert _holds(_found(text, knowledge), words), _found(text, knowledge)


# A long title in title case after words that say a title follows ("author of", "her new
# book,", "a report titled", "the column,") is no quote, with a speaker or without; only a
# short one after a preposition or a possessive was read as a title before.
NAMED_TITLE_CASES = [
    ("Dana Olsen teaches at a college in Leeds and is the author of “The Long Tide: How a "
     "Harbour Town Lost Its Fleet and Found It Again.”", "The Long Tide"),
    ("Tomas Reyes, who ran the port for a decade, is profiled in Ann Vale's new book, "
     "“Cranes and Quays: Inside the Harbour Board and Its Years of Plenty.”",
     "Cranes and Quays"),
    ("The council's auditors released a report titled “Missing Millions: The Harbour Fund and "
     "Its Ten Lost Years” on Friday.", "Missing Millions"),
    ("Dana Olsen's column, “Will the Pier Survive Another Winter of Neglect and Broken "
     "Promises?” ran on Sunday.", "Will the Pier Survive"),
    # such a title may leave prepositions, conjunctions and possessives in lower case however
    # long they are
    ("Ann Vale teaches at Harbour College. She is the author of “Sailing with Ghosts: A Life "
     "on the Water.”", "Sailing with Ghosts"),
    ("The findings were in the study, titled “Why Coastal Towns Lose Their Young People from "
     "One Decade to the Next.”", "Why Coastal Towns"),
    ("Tom Reyes signed an order entitled “Protecting our Harbours during the Winter Storm "
     "Season” on Monday.", "Protecting our Harbours"),
    ("His latest book is “Three Nights in Salem: The Vote that Changed the Town.”",
     "Three Nights in Salem"),
]


@pytest.mark.parametrize(("text", "words"), NAMED_TITLE_CASES)
def test_a_long_title_after_words_that_name_it_is_no_quote(text, words, knowledge):
    assert not _holds(_found(text, knowledge), words), _found(text, knowledge)


# and negatives: words in title case said after a cue, a title's words in lower case, and a
# long title with no word before it that names a title, stay quotes
NAMED_TITLE_NEGATIVES = [
    ("Ann Vale, the author of three books on the harbour, said: “Yes We Will Build It Again, "
     "Every Single Stone of It, Whatever It Costs.”", "We Will Build It Again", "Ann Vale"),
    ("The report, “we found no sign that the money was ever paid back to the fund,” the "
     "auditors wrote on Friday.", "no sign that the money", "auditors"),
    ("Tomas Reyes stood up at the meeting. “Not One More Penny for the Harbour Board Until "
     "the Audit Is Done,” Reyes shouted.", "Not One More Penny", "Reyes"),
    # a headline is the words of the outlet or the body that wrote it
    ("The Harbour Gazette ran the story under the headline “Board Chair Quits After the Fund "
     "Audit Finds Gaps,” and the chair called it unfair.", "Board Chair Quits", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_TITLE_NEGATIVES)
def test_title_case_words_said_or_unnamed_as_a_title_stay_quotes(text, words, speaker,
                                                                 knowledge):
    hits = _holds(_found(text, knowledge), words)
    assert hits, _found(text, knowledge)
    assert speaker is None or (hits[0][1] is not None and speaker in hits[0][1]), hits


# --- a verb told to someone, then a clause with no "that" whose subject is capitalised: the
# capitalised words before the clause's auxiliary open the clause, not the addressee ----------

ADDRESSEE_CLAUSE_CASES = [
    ("Ann Vale warned Tomas Reyes would “sink the harbour plan.”",
     "Tomas Reyes would “sink", "Ann Vale"),
    ("Ann Vale told reporters Tomas Reyes was “out of his depth.”",
     "Tomas Reyes was “out", "Ann Vale"),
    ("Ann Vale warned the Harbour Board was “asleep at the wheel.”",
     "the Harbour Board was", "Ann Vale"),
    ("Tomas Reyes told voters Sen. Ann Vale had “never once voted for the port.”",
     "Sen. Ann Vale had", "Tomas Reyes"),
    # an outlet's name told, then the clause's subject
    ("A council aide told CNN Ann Vale has “no plans to run again.”",
     "Ann Vale has “no plans", "aide"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ADDRESSEE_CLAUSE_CASES)
def test_a_capitalised_subject_after_the_addressee_opens_the_reported_clause(text, words,
                                                                            speaker, knowledge):
    hits = _assert_spoken_by(text, words, speaker, knowledge)
    assert hits[0][0].startswith(words.split(" ")[0]), hits


@pytest.mark.parametrize(("text", "words", "start"), [
    # no auxiliary right after the capitalised words: they are whom the words were told to
    ("Ann Vale told Tomas Reyes the plan was “dead in the water.”", "dead in the water",
     "the plan"),
    ("Ann Vale told Mr. Reyes the port is “in good hands.”", "in good hands", "the port"),
    ("Tomas Reyes told CNN he would “think about it.”", "think about it", "he would"),
])
def test_an_addressee_before_a_lower_case_clause_stays_the_addressee(text, words, start,
                                                                     knowledge):
    hits = _assert_spoken_by(text, words, None, knowledge)
    assert hits[0][0].startswith(start), hits


# --- "since" after the auxiliary of the perfect is an adverb between the subject and its cue:
# "has since said" ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('Tomas Reyes has since said he "misspoke."', "misspoke", "Tomas Reyes"),
    ("Ann Vale had since told the Gazette that the levy was “a mistake.”", "a mistake",
     "Ann Vale"),
    # "since" a subordinator: the cue after it has its own subject
    ("The port has struggled since Ann Vale said the levy was “a mistake.”", "a mistake",
     "Ann Vale"),
])
def test_since_after_has_stands_between_the_speaker_and_the_cue(text, words, speaker,
                                                                knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


# --- a one-word quotation that is a sentence of its own right after a quote's attribution
# goes on with that quote's speaker ---------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("“Will the levy pass this year?” Ann Vale asked the clerk. “Never.”", "Never", "Ann Vale"),
    ('"We have counted every vote twice," Tomas Reyes said. "Twice."', "Twice", "Tomas Reyes"),
])
def test_a_one_word_sentence_in_marks_goes_on_with_the_quote_before(text, words, speaker,
                                                                     knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


@pytest.mark.parametrize(("text", "words"), [
    # a word in running text after the attribution stays out
    ('"We counted every vote," Tomas Reyes said. The count was "final."', "final"),
    ('"We counted every vote," Tomas Reyes said. It was a "fair" count.', "fair"),
])
def test_a_one_word_quotation_in_running_text_does_not_go_on(text, words, knowledge):
    assert not [q for q in quotes_of(text, knowledge) if words in q.text and q.speaker], \
        [(q.text, q.speaker) for q in quotes_of(text, knowledge)]


def test_a_one_word_sentence_its_own_attribution_follows_is_not_the_quote_befores(knowledge):
    text = ("The Harbour Ledger said Ann Vale had been “shaken” by the vote. “Sunk!” blared the "
            "front page of the Port Gazette.")
    found = quotes_of(text, knowledge)
    assert not [q for q in found if "Sunk" in q.text and q.speaker and "Ledger" in q.speaker], \
        [(q.text, q.speaker) for q in found]


UNCUED_TITLE_CASES = [
    # a title-cased quotation no cue attributed is a book's, a report's, a show's or another
    # story's title: no quote, with or without a speaker (issue 11, spurious quotes)
    ('Dana Olsen is the author of the Harbour Gazette bestseller "The Long Tide: How a '
     'Harbour Town Lost Its Fleet and Found Its Future."', "The Long Tide"),
    ('The storm closed the pier.\n\nRelated stories:\n\n-- "Council Votes To Close The Pier '
     'After Storm Damage." (Harbour Gazette)\n\n-- "Fishermen Say The Closure Will Cost Them '
     'Their Season." (Coast Radio)', "Council Votes"),
    ('The storm closed the pier.\n\nRelated stories:\n\n-- "Council Votes To Close The Pier '
     'After Storm Damage." (Harbour Gazette)\n\n-- "Fishermen Say The Closure Will Cost Them '
     'Their Season." (Coast Radio)', "Fishermen Say"),
    # ... after a colon: the words before it are no speaker of a title
    ('The motion before the debate was: "The Harbour Must Choose Between Fishing and '
     'Tourism."', "Must Choose"),
    ('The pier reopened on Monday.\n\nUpdate at 9:30 a.m. ET: "Harbour Stocks Fall On Weak '
     'Catch Report."', "Harbour Stocks"),
    ('Tomas Reyes spoke for an hour. As the historian Ruth Vail details in "Harbours of the '
     'North: A History of the Fishing Towns," the storms came every decade.', "Harbours of"),
    ('For the history of the levy, see "Why the Harbour Levy Never Paid for Itself," Harbour '
     'Gazette, May 2, 2011.', "Harbour Levy"),
]


@pytest.mark.parametrize(("text", "words"), UNCUED_TITLE_CASES)
def test_an_uncued_title_is_no_quote(text, words, knowledge):
    assert not _holds(_found(text, knowledge), words), _found(text, knowledge)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # negatives: title-cased words someone said, tweeted or carried stay quotes. A cue
    ('Ann Vale tweeted, "Great News For The Harbour Today."', "Great News", "Ann Vale"),
    ('Ann Vale wrote on Twitter: "Great Meeting With The Harbour Board Today."', "Great Meeting",
     "Ann Vale"),
    # an embedded tweet, signed after its text
    ('"Great Meeting With The Harbour Board Today"\n— Ann Vale (@annvale) March 15, 2017',
     "Great Meeting", "Ann Vale"),
    # a sentence of its own after a quote and its attribution, one name said thrice, a chant
    ('"Thank you all for coming," Ann Vale said. "Harbour Strong, Harbour Proud."',
     "Harbour Proud", "Ann Vale"),
    ('"We have three problems," Ann Vale said. "Money, Money and Money."', "Money, Money",
     "Ann Vale"),
    ('The crowd roared its answer: "Save Our Harbour Now!"', "Save Our Harbour", "crowd"),
    # a split quotation that goes on in lower case after its attribution
    ('"Thank you for joining us at one of the county\'s finest places," she said, "the '
     'Harbour Fish Market."', "Fish Market", None),
    # a headline, a banner or a sign named before or after the words it carries
    ('The Harbour Gazette sent readers an email headlined: "Council Votes To Close The Pier '
     'After Storm."', "Council Votes", "Harbour Gazette"),
    ('The Gazette turned on the mayor. "Mayor Vail Hides The Harbour Audit From Voters," read '
     'a typical 2019 headline.', "Harbour Audit", None),
    ('Banners hanging over the road near the harbour read: "Free Harbour Access."',
     "Free Harbour", None),
    ('As Ann Vale headlined her reaction on the Harbour blog, "New Study Finds The Levy Did '
     'Nothing For The Fleet."', "New Study Finds", None),
])
def test_title_cased_words_someone_says_stay_quotes(text, words, speaker, knowledge):
    _assert_spoken_by(text, words, speaker, knowledge)


# A quotation that holds a quotation nested in it, in marks of the same kind or of another
# (issue 11): a second opening mark while one is open was read as the first one stray, so the
# nested words were the quotation and the words around them no one's ('"It could be a "win-win"
# deal for all," Ann Roe said.' gave '"win-win"' and no quote of Ann Roe's), and a straight
# mark opened inside curly ones and never closed took the curly closing mark (the quote began
# at the straight mark). Each case: the quote's text and its speaker's name.
NESTED_MARK_CASES = [
    ("straight marks nested in straight ones",
     '"It could turn into a "win-win" deal for both towns," Harbour Poll director Ann Roe said.',
     '"It could turn into a "win-win" deal for both towns,"', "Ann Roe"),
    ("a nested quotation ending in a comma before the outer one goes on",
     '"The plan is "dead on arrival," and everyone in the hall knows it," Tom Reyes said.',
     '"The plan is "dead on arrival," and everyone in the hall knows it,"', "Tom Reyes"),
    ("two quotations nested in turn",
     '"We are "very close" to a deal and "far" from a strike," Dana Pike told reporters.',
     '"We are "very close" to a deal and "far" from a strike,"', "Dana Pike"),
    ("curly marks nested in curly ones",
     "“People are all in a “panic” about the bridge, but it will hold,” Ann Roe said on Monday.",
     "“People are all in a “panic” about the bridge, but it will hold,”", "Ann Roe"),
    ("straight marks nested in curly ones",
     '“He called the audit a "witch hunt" and walked out,” council member Tom Reyes said.',
     '“He called the audit a "witch hunt" and walked out,”', "Tom Reyes"),
    ("a straight mark opened inside curly ones, closed by a single mark",
     '“I told him, "They are going to close the mill,\'” Dana Pike said.',
     '“I told him, "They are going to close the mill,\'”', "Dana Pike"),
    ("an inverted cue after the nested quotation",
     '"The board called it a "rescue" but it is a sale," said union leader Ann Roe.',
     '"The board called it a "rescue" but it is a sale,"', "Ann Roe"),
]


@pytest.mark.parametrize(("label", "text", "words", "speaker"), NESTED_MARK_CASES)
def test_a_quotation_holds_a_nested_one(label, text, words, speaker, knowledge):
    assert [(t, n) for t, n in _found(text, knowledge)] == [(words, speaker)]


# Not nested: a stray opening mark before a quotation (the paragraph ends with the outer one
# still open, or another quotation opens before a closing mark comes), two quotations in a
# row, scare quotes after a quotation, and a passage quoted whole at the end of its paragraph
# (a report or an article, whose nested quotation is someone's words it reports). Each case:
# the marked stretches of the text, as before.
NOT_NESTED_CASES = [
    ('"We are ready, the general said. "We leave at dawn."', ['"We leave at dawn."']),
    ('"Tom Reyes called it "a disgrace," the senator said, adding that "it will fail."',
     ['"a disgrace,"', '"it will fail."']),
    ('"We will win," she said. "They know it."', ['"We will win,"', '"They know it."']),
    ('"The deal is done," Ann Roe said of the "win-win" plan.', ['"The deal is done,"',
                                                                 '"win-win"']),
    ('The paper reported: "Ann Roe said the levy was "a disaster" for the harbour."',
     ['"a disaster"']),
    ('“The levy passed. Ann Roe told me it was “a disaster” for the harbour.”',
     ["“a disaster”"]),
]


@pytest.mark.parametrize(("text", "stretches"), NOT_NESTED_CASES)
def test_marks_in_a_row_nest_only_round_a_closed_quotation(text, stretches, knowledge):
    marked = find_marked(text, paragraphs(text), knowledge.cues)
    assert [" … ".join(text[a:b] for a, b in q) for q in marked] == stretches


def test_a_nested_quotation_in_a_quote_over_paragraphs_keeps_its_first_part(knowledge):
    text = ('Ann Roe said: "The harbour will reopen in May.\n\n'
            '"It is a "fair" deal for the town," she added, "and we will sign it."')
    marked = find_marked(text, paragraphs(text), knowledge.cues)
    assert [[text[a:b] for a, b in q] for q in marked] == [
        ['"The harbour will reopen in May.', '"It is a "fair" deal for the town,"'],
        ['"and we will sign it."']]
