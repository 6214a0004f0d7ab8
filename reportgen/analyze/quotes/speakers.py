"""Speaker mentions around a cue: the subject before it, a sentence's subject, an anonymous
source described by what it knows.
"""

from __future__ import annotations

import re
from functools import cache

from reportgen.analyze.quotes.cues import adverb_token, cue_at, is_adverb
from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.phrases import (
    before_parenthesis,
    finite_verb,
    is_party_tag,
    listed_person_noun,
    name_end,
    np_back,
    np_forward,
    np_word,
    person_noun,
    thousands_comma,
    trim,
    written_as_surname,
)
from reportgen.analyze.tables import per_table
from reportgen.analyze.text import APOSTROPHES, Token, is_capitalized
from reportgen.frequency import zipf_at_least
from reportgen.knowledge import Knowledge, Words
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.punctuation import DOUBLE_MARKS

# the marks that open an apposition after a name, one token each: "Ann Roe, a planner", "Ann
# Roe — a planner" (a typed "--" is two tokens "-")
_APPOSITION_MARKS = (",", "—", "–")


def speaker_before(frame: Frame, i: int, floor: int) -> Phrase | None:
    """Take the speaker whose cue starts at token i, looking back no further than floor: the
    phrase the steps below find, or the name that phrase stands in apposition to when it is
    one person's role (``_apposed_name``), with the names it ends a list of where a step
    took the last name alone ("Ann Roe and Tom Reyes, who both sit on the board, said")."""
    np = _speaker_phrase(frame, i, floor)
    return _with_partner(frame, _apposed_name(frame, np, i, floor) or np, floor) if np else np


def _speaker_phrase(frame: Frame, i: int, floor: int) -> Phrase | None:
    """Take the phrase that speaks at the cue at token i, looking back no further than
    floor."""
    toks, words = frame.tokens, frame.words
    j = _skip_to_subject(frame, i - 1, floor)
    if j < floor:
        return None
    if toks[j].low in ("and", "but", "or") and (j > floor or (j == floor and j > 0)):
        # a coordinated verb: "Reid caucused in Nevada and says ...": the subject speaks,
        # also across a quotation in the first verb's words ("Roe called it “a sham” and
        # said ...")
        return _coordinated_subject(frame, j, floor) or subject(frame, j)
    j = _before_aside(frame, j, floor)
    if j < floor:
        return None
    t = toks[j]
    if t.low in words.subordinators and toks[i].low.endswith("ing"):
        # "After saying he was nervous, the man asked ...": the main clause's subject
        return subject(frame, len(toks))
    pronoun = contracted_pronoun(t, words.pronouns)
    if pronoun is not None:
        return (pronoun,)  # "We'll warn ...", "I’ve written ...": the pronoun, not a name
    if t.low in words.pronouns or lone_source(frame, i, j, floor):
        return (t,)
    if t.low in ("who", "which") and j - 1 >= floor and toks[j - 1].text == ",":
        # "Sanders, who said ...": the relative pronoun is the subject; the resolver gives
        # its antecedent (when there is one to give)
        return (t,) if np_back(frame, j - 2, floor) else None
    if t.text in _APPOSITION_MARKS:
        return _before_apposition(frame, j, floor)
    # "“…,” Tom Reyes, a county planner told ...", "Karen Mallard, a schoolteacher who says":
    # the name, else the phrase before the cue
    np = _unclosed_apposition(frame, j, floor) or _described_by_who(frame, j, floor) \
        or np_back(frame, j, floor)
    if np is None or (len(np) == 1 and np[0].text.islower()):
        np = _clause_subject(frame, j, floor) or np
    if np is None and (head := _restrictive_head(frame, i, j, floor)) is not None:
        # "sided with prosecutors who argued that ...": the people "who" stands for, even
        # as the object of a preposition
        return _with_partner(frame, head, floor)
    np = _name_before_bare_role(frame, np, floor) or np
    # "Sen. Tom Reyes (R) of Ohio said", "Ann Roe of the University of Texas at Austin
    # said": the person, not the home or the workplace's place
    np = _name_at_home(frame, np, floor) or np
    # "Every nurse on the ward said", "But fact checkers said"
    np = _compound_group(frame, _people_at_place(frame, np, floor), floor)
    # "A senior adviser to the governor said", "Her letter to the board called": not the
    # governor, not the board
    np = _head_before_to(frame, np, floor)
    # "A senator who chairs the committee said": not "the committee"
    head = (_relative_head(frame, frame.index(np[0]), floor, 1)
            or _modified_head(frame, frame.index(np[0]), floor)) if np else \
        _relative_head(frame, j + 1, floor, 2) if _past_form(frame, i) else None
    head = _who_phrase(frame, head, np, floor)
    if head is not None and not toks[i].low.endswith("ing"):  # "Republicans claiming ..."
        return head if len(head) > 1 and head[0].low in _WHO_HEADS \
            else _with_partner(frame, head, floor)
    if np and _object_of_preposition(frame, np, floor):
        return None
    return _with_partner(frame, np, floor) if np else np


def _before_aside(frame: Frame, j: int, floor: int) -> int:
    """Step back from j over a party tag or aside in parentheses between a name and its cue,
    and the commas before it: "Sen. Jack Reed (D-R.I.) said"; else stay at j."""
    toks = frame.tokens
    if (stepped := before_parenthesis(toks, j, floor)) == j:  # no parenthesis ends at j
        return j
    while stepped >= floor and toks[stepped].text == ",":
        stepped -= 1
    return stepped


# how far back from a quotation "who" may open the relative clause the quotation ends
_RELATIVE_QUOTE_REACH = 25


def subject_before_quoted_relative(frame: Frame, i: int) -> Phrase | None:
    """Take the name a relative clause hangs on when a quotation ends the clause, its comma
    inside the marks, right before the cue at i: "Ann Roe, who once called the plan “a
    scam,” said the vote was “wrong.”" gives Ann Roe (the cue's floor, after the quotation,
    leaves no subject to find). The clause: "who" and no comma before the quotation. The
    name: capitalised, nothing before it in its clause but connectors. None where no such
    clause and name stand before the quotation."""
    toks = frame.tokens
    if i < 2 or not frame.inq[i - 1] or toks[i - 2].text != "," or not frame.inq[i - 2]:
        return None
    q = frame.quote_of(i - 1)
    if q is None:
        return None
    s = frame.first_at(q[0][0])
    w = s - 1
    while w > 0 and s - w <= _RELATIVE_QUOTE_REACH and not frame.inq[w] \
            and (toks[w].text not in ",.;:!?—–()" or _abbreviation_period(frame, w)) \
            and toks[w].low != "who":
        w -= 1  # not past a comma: "Lee, who led the college, “was a symbol,” said Ann Roe"
    if w < 2 or toks[w].low != "who" or toks[w - 1].text != "," or frame.inq[w - 1]:
        return None
    floor = frame.floors[w]
    name = np_back(frame, w - 2, floor)
    if name is None or not is_capitalized(name[0].text) or not _ends_a_name(name) \
            or name[-1].low in frame.words.pronouns:
        return None
    k = frame.index(name[0])
    if not _only_leads(frame, floor, k):
        return None
    return name


def _abbreviation_period(frame: Frame, k: int) -> bool:
    """Tell whether the period at token k ends an abbreviation or an initial, not a
    sentence: "E.P.A.", "Mr.", "Ann B. Roe"."""
    before = frame.tokens[k - 1].text if k > 0 else ""
    return frame.tokens[k].text == "." and bool(before) and (
        "." in before or before.lower() in frame.words.abbreviations
        or (len(before) == 1 and before.isupper()))


def _apposed_name(frame: Frame, np: Phrase, i: int, floor: int) -> Phrase | None:
    """Give the person's name that a role found as the speaker at the cue i stands in
    apposition to, the name opening its clause: "Ann Roe, director of the Harbor Fund, which
    backs the levy, said", "Rep. Tom Pell, Vermont Democrat, however, said", "Ann Roe, a board
    member, former chair and donor, said", "Tom Reyes, a spokesman for Gov. Ann Cole
    responded" (the role's holder speaks, not "director of the Harbor Fund" nor Cole). The
    role: one person's (a singular noun for a person before any tie, or a home and a party),
    lower-case or opened by an article; where no mark closes it before the cue, not a
    definite one and not before a comma or a quotation ("Ann Roe, the mayor said, would
    ...", "Ann Roe, a spokesman said, will ..." are the mayor's and the spokesman's words
    about Roe); or opened by a capitalised title ("Ann Roe, CEO of Acme, a data firm,
    said"). The name: two words or more, capitalised, with a given name or a title, nothing
    before it in its clause but connectors ("As", "But", "Even"), or right after a
    subordinator within the sentence ("... in doubt when Ann Roe, a lawyer for the board
    conceded"). None where the phrase is no such role or no such name stands before it."""
    toks, words = frame.tokens, frame.words
    s = frame.index(np[0])
    if s - 2 < floor or toks[s - 1].text not in _APPOSITION_MARKS or frame.inq[s - 1]:
        return None
    first = np[0].low
    body = np[1:] if first in words.leading_articles else np
    if not body or (not np[0].text.islower() and first not in words.leading_articles
                    and not _party_label(frame, body) and not _titled_role(frame, body)):
        return None
    closed = any(t.text in _APPOSITION_MARKS for t in toks[frame.index(np[-1]) + 1:i])
    if not closed and (first == "the" or (i + 1 < len(toks) and (
            toks[i + 1].text in _APPOSITION_MARKS or frame.inq[i + 1]))):
        return None  # "Ann Roe, a spokesman said, will run": the spokesman's words, of Roe
    if not (_party_label(frame, body) or _role_head(frame, body)):
        return None
    name = np_back(frame, s - 2, floor)
    if name is None:
        return None
    k = frame.index(name[0])
    while k < frame.index(name[-1]) and _clause_lead(frame, toks[k].low):
        k += 1
    name = toks[k:frame.index(name[-1]) + 1]
    if not _only_leads(frame, floor, k) and not _after_subordinator(frame, k, floor):
        return None
    if not _person_name(frame, name):
        return None
    return name


def _after_subordinator(frame: Frame, k: int, floor: int) -> bool:
    """Tell whether the token before k is a lower-case subordinator that opens a clause
    within the sentence, so that the name at k is that clause's subject: "... could be in
    doubt when Ann Roe, a lawyer for the board conceded"."""
    if k - 1 < floor or frame.inq[k - 1]:
        return False
    t, words = frame.tokens[k - 1], frame.words
    return t.text.islower() and (t.low in words.subordinators or t.low in words.clause_openers)


def _clause_lead(frame: Frame, w: str) -> bool:
    """Tell whether a word may stand before a clause's subject: a connector ("But", "Still"),
    a subordinator ("As"), "even"."""
    return frame.words.links_clauses(w) or w == "even"


def _only_leads(frame: Frame, floor: int, k: int) -> bool:
    """Tell whether the tokens from floor up to k are all words that may stand before a
    clause's subject (``_clause_lead``), none inside a quotation."""
    return all(_clause_lead(frame, t.low) and not frame.inq[x]
               for x, t in enumerate(frame.tokens[floor:k], floor))


def _titled_role(frame: Frame, role: Phrase) -> bool:
    """Tell whether a role opens with a capitalised title and holds no name before its tie:
    "CEO of Acme", "Chief Executive of Acme", "President"; not a name with its title
    ("President Ann Roe", "Sen. Tom Pell")."""
    knowledge = frame.knowledge
    if not is_capitalized(role[0].text) or not knowledge.title_word(role[0].low):
        return False
    for t in role[1:]:
        if t.low in frame.words.prepositions:
            return True
        if not (t.text.islower() or knowledge.title_word(t.low)):
            return False
    return True


def _role_head(frame: Frame, role: Phrase) -> bool:
    """Tell whether a role names one person by its head, the last word before any tie or
    relative word: "director of the Harbor Fund", "board member", "senior fellow at",
    "Senior Vice President for"; not a plural ("members of the league"), a body ("a group
    launched by ...": the name before is the body's) nor a thing."""
    words = frame.words
    head = None
    for t in role:
        if t.low in words.prepositions or t.low in words.relative_pronouns \
                or t.low in ("and", "or") or not t.text.replace("-", "").isalpha():
            break
        head = t
    return head is not None and _one_role(frame, head.low) \
        and head.low not in words.org_descriptions and head.low not in words.org_heads


def _person_name(frame: Frame, name: Phrase) -> bool:
    """Tell whether a phrase is a person's name of two words or more: capitalised words (and
    the periods of titles), one a known given name or a title ("Rep. Tom Pell", "Ann Roe");
    not a pronoun, nor a phrase opened by a preposition or an opener ("In Dale City")."""
    knowledge, words = frame.knowledge, frame.words
    parts = [t for t in name if t.text != "."]
    if len(parts) < 2 or not all(is_capitalized(t.text) for t in parts) \
            or parts[-1].low in words.pronouns or parts[0].low in words.openers \
            or parts[0].low in words.sentence_openers or parts[0].low in words.prepositions:
        return False  # "In Dale City, a farmer said": a place, no name
    return any(knowledge.given_name(t.low) or knowledge.title_word(t.low) for t in parts[:-1])


# a pronoun joined to a contracted verb, any apostrophe: "I'll", "we’ve", "they're", "he'd"
_CONTRACTION = re.compile(rf"^(\w+)[{APOSTROPHES}](?:ll|ve|re|d|s|m)$", re.IGNORECASE)


def contracted_pronoun(t: Token, pronouns: frozenset[str]) -> Token | None:
    """Give the pronoun of a token that joins a pronoun to a contracted verb ("We'll" gives
    "We", at the token's start), else None: such a token is never a name. "O'Brien" and
    "D'Angelo" are names: their first part is no pronoun."""
    m = _CONTRACTION.match(t.text)
    if m is None or m.group(1).lower() not in pronouns:
        return None
    head = m.group(1)
    return Token(head, t.start, t.start + len(head), head.lower())


def _described_by_who(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take the phrase from a name to "who" at token j when an indefinite description in
    apposition to the name stands between: "Karen Mallard, a schoolteacher who says ..."
    (the resolver reads the name)."""
    toks = frame.tokens
    if toks[j].low != "who" or j - 1 < floor or frame.inq[j - 1] or toks[j - 1].text == ",":
        return None
    head = np_back(frame, j - 1, floor)
    named = _name_before_description(frame, head, floor) if head else None
    return toks[frame.index(named[0]):j + 1] if named else None


def _restrictive_head(frame: Frame, i: int, j: int, floor: int) -> Phrase | None:
    """Take the phrase a restrictive relative clause hangs on when its "who", at token j with
    no comma before it, is the subject of the cue at token i that reports a clause holding a
    quotation in marks, and the phrase is an object, after a verb or a preposition: "sided
    with prosecutors who argued that the risk was “extreme”", "quoted Director General Ann
    Roe who said a “civil war” was coming". Not
    where a comma, a dash or nothing stands before the phrase: a clause in the sentence's
    subject ("Tom Reyes, the planner who claimed “…”, said") leaves its main verb to speak;
    nor where another cue follows ("Asked about critics who say it is “…”, Roe said"), whose
    words the clause may run into;
    not a cue of an object ("conservatives who criticized his plan") unless a quotation in
    marks opens its object's words and a word for people heads the phrase ("critics who
    dismissed her as a “shiny new object”", "a student who accused him of being “rude”"; not
    "a conservative from New York City who called himself “…”", a place). Only a name or a word
    for people or a body heads the phrase: not a pronoun or a quantifier ("anyone who says",
    "those who say" name no one the article quotes). The comma case ("Ann Roe, who said")
    is the relative pronoun's own step."""
    toks, words = frame.tokens, frame.words
    cue = frame.knowledge.cues.get(toks[i].low)
    if toks[j].low != "who" or j - 1 < floor or frame.inq[j - 1] \
            or not toks[j - 1].text.isalpha() or cue is None \
            or (cue.takes_object and (is_capitalized(toks[j - 1].text)
                                      or not _quoted_object(frame, i))) \
            or cue.as_only or not any(frame.inq[k] for k in range(i + 1, len(toks))) \
            or any(not frame.inq[k] and cue_at(frame, k) for k in range(i + 1, len(toks))):
        return None
    head = np_back(frame, j - 1, floor) or _group_phrase(frame, j - 1, floor)
    if head is None or frame.index(head[-1]) != j - 1:
        return None
    k = frame.index(head[0]) - 1
    low = head[-1].low
    if k < floor or frame.inq[k] or not _governs_object(frame, k) \
            or low in words.pronouns or low in words.determiners or low in _WHO_HEADS \
            or low in words.indefinite_people or not (
                is_capitalized(head[-1].text) or low in words.speaker_heads
                or words.people(low) or person_noun(frame, low)
                or (low.endswith("s") and person_noun(frame, low[:-1]))):
        return None
    # with its "who": the reported clause ends where the sentence's own verb follows ("the
    # list of critics who say it is “dead” has grown"), and a participle after it is the
    # sentence subject's ("Roe dismissed critics who said ... by saying “…”": Roe's)
    return toks[frame.index(head[0]):j + 1]


# how many words after a cue of an object its quotation may open: "called BuzzFeed fake news
# and the story “…”"
_OBJECT_QUOTE_REACH = 8


def _quoted_object(frame: Frame, i: int) -> bool:
    """Tell whether a quotation in marks opens within a few words after the cue at token i,
    no comma, colon, semicolon or sentence's end between: "called her “…”", "accused him of
    being “…”" (not "criticized his plan, which the mayor called “…”")."""
    return _quotation_within(frame, i + 1, _OBJECT_QUOTE_REACH, ",;:.!?—–()")


def _quotation_within(frame: Frame, start: int, reach: int, stops: str) -> bool:
    """Tell whether a quotation in marks opens within reach tokens from start, before any
    token among stops (the punctuation that ends the stretch a cue may govern)."""
    toks = frame.tokens
    for k in range(start, min(len(toks), start + reach)):
        if frame.inq[k]:
            return True
        if toks[k].text in stops:
            return False
    return False


def _governs_object(frame: Frame, k: int) -> bool:
    """Tell whether the lower-case word at k takes the phrase after it as its object: a
    preposition ("sided with") or a verb's past form ("met", "quoted"); not an auxiliary
    ("It was Ann Roe who told ..., Tom Reyes said": a cleft often relays another's words),
    nor a preposition of where, whose object ends a description ("the woman in Dayton who
    said": the woman speaks)."""
    t, words = frame.tokens[k], frame.words
    return t.text.isalpha() and t.text.islower() and t.low not in words.aux_verbs \
        and t.low not in words.place_prepositions \
        and (t.low in words.prepositions or words.past_form(t.low))


def _name_before_description(frame: Frame, description: Phrase, floor: int) -> Phrase | None:
    """Give the name an indefinite description stands in apposition to: "Karen Mallard, a
    schoolteacher" gives Karen Mallard."""
    toks, words = frame.tokens, frame.words
    k = frame.index(description[0]) - 1
    if description[0].low not in ("a", "an") or k - 1 < floor or toks[k].text != "," \
            or frame.inq[k - 1]:
        return None
    name = np_back(frame, k - 1, floor)
    if name is None or not is_capitalized(name[-1].text) or name[-1].low in words.pronouns \
            or not all(is_capitalized(t.text) or t.text == "." for t in name):
        return None
    return name


def lone_source(frame: Frame, i: int, j: int, floor: int) -> bool:
    """Tell whether "one" or "another" at token j speaks for one of the sources before, right
    after a quotation and right before the cue at token i: "“…,” another said"."""
    return frame.tokens[j].low in frame.words.lone_sources and 0 < j == floor and j == i - 1


def _present_cue(frame: Frame, k: int) -> bool:
    """Tell whether a lower-case cue form at k is a verb after a plural subject ("key players
    think"), not a noun ("an earlier report", "secretary of state")."""
    toks = frame.tokens
    prev = toks[k - 1].low if k > 0 else ""
    return toks[k].low in frame.knowledge.cues and toks[k].text.islower() \
        and prev.endswith("s") and not prev.endswith("ss") \
        and prev not in frame.words.determiners and not frame.inq[k - 1]


def _object_of_preposition(frame: Frame, np: Phrase, floor: int) -> bool:
    """Tell whether a phrase before a cue is the object of a preposition, no subject: "the
    brawl over Medicare continued", "Despite a United Nations call for ..." (the preposition
    capitalised inside the phrase); not "about half", "About four in 10 said"."""
    toks, words = frame.tokens, frame.words
    if len(np) > 1 and np[0].low in words.object_prepositions \
            and np[0].low not in words.approximators:
        return True
    k = frame.index(np[0]) - 1
    after = frame.index(np[-1]) + 1
    # "sent a letter to Tom Reyes urging him ...": whom it was sent to urges nothing
    addressed = toks[k].low == "to" and after < len(toks) and toks[after].low.endswith("ing")
    # "at a church in Fresno saying", "a lawsuit filed in Fresno charges": where, no one
    placed = toks[k].low in words.place_prepositions and k - 1 >= floor \
        and toks[k - 1].text.isalpha() and _unlisted_place(frame, np)
    return np[0].low not in words.pronouns and k >= floor \
        and (toks[k].low in words.object_prepositions or addressed or placed) \
        and not frame.inq[k] \
        and not (np[0].text[:1].isdigit() or np[0].low in words.fractions)


def _unlisted_place(frame: Frame, np: Phrase) -> bool:
    """Tell whether a phrase after a preposition of where can only be a place the tables do
    not list: capitalised words, no article, and no country, place, capital, organisation,
    outlet or official of the tables ("an article in Mother Jones reported", "State media in
    North Korea said", "some in Congress were complaining" keep their speaker)."""
    return all(is_capitalized(t.text) and t.text.isalpha() for t in np) \
        and np[0].low not in frame.words.determiners \
        and not frame.knowledge.lists_name(" ".join(t.low for t in np))


# how far a relative clause may run from "who" to the phrase before the cue
_RELATIVE_REACH = 16
# words that open a clause of their own inside a relative clause: "who described what I saw"
_CLAUSE_WORDS = frozenset({"what", "whether", "how", "why", "where", "if", "which"})


def _relative_head(frame: Frame, k: int, floor: int, least: int) -> Phrase | None:
    """Take the head of a relative clause when the phrase at token k, right before a cue,
    ends that clause: "A senator who chairs the committee said" (the senator, not the
    committee), "Ohio doctors who were in the program said". Not when the phrase is the
    clause's own subject ("an officer who Kent has said was ...": Kent speaks), nor across
    a comma, a quotation, another cue or a subordinate clause. At least ``least`` words of
    the clause, other than auxiliaries and adverbs, stand between "who" and token k."""
    toks, words = frame.tokens, frame.words
    w = k - 1
    while w > floor and k - w <= _RELATIVE_REACH:
        t = toks[w]
        if frame.inq[w] or t.text in ",;:—–()" or t.low in words.subordinators \
                or t.low in _CLAUSE_WORDS \
                or (w == k - 1 and (t.low == "that" or t.low in frame.knowledge.cues)):
            return None  # "a man who said Tom Reyes told him": Reyes tells
        if t.low == "who":
            break
        w -= 1
    else:
        return None
    inside = [t for t in toks[w + 1:k] if t.low not in words.skip_before_cue]
    if len(inside) < least or toks[w - 1].text == ",":
        # "who Kent has said": Kent speaks; "who has said" and ", who ..." are for the
        # relative pronoun's own steps
        return None
    head = np_back(frame, w - 1, floor) or _group_phrase(frame, w - 1, floor) \
        or ((toks[w - 1],) if toks[w - 1].low in _WHO_HEADS and w + 1 < k
            and toks[w + 1].low not in words.determiners
            and not is_capitalized(toks[w + 1].text) else None)
    if head is None or frame.index(head[-1]) != w - 1 or head[-1].low in words.pronouns:
        return None
    return _before_place(frame, head, floor)


def _who_phrase(frame: Frame, head: Phrase | None, np: Phrase | None,
                floor: int) -> Phrase | None:
    """Give the people "those", "many", "some" or "others" head with the relative clause that
    describes them, up to the phrase before the cue: "Those who know Tom Reyes say" (a bare
    "Those" names no one); not across an aside or a list, where the word stays what the steps
    before found (nothing, or a quantifier that opens the clause)."""
    if head is None or len(head) != 1 or head[0].low not in _WHO_HEADS:
        return head
    toks = frame.tokens
    whole = toks[frame.index(head[0]):frame.index(np[-1]) + 1] if np else ()
    if whole and not any(t.text in "-—–,;:()" or t.low == "and" for t in whole):
        return whole
    return head if np_back(frame, frame.index(head[0]), floor) else None


# words for people a relative clause describes that name no one without it: "Those who know
# Tom Reyes say" (the whole phrase speaks, ``_speaker_phrase``); not where the phrase before
# the cue opens the clause: "those who a former aide described as ..." (the aide speaks)
_WHO_HEADS = frozenset({"those", "many", "some", "others"})


def _modified_head(frame: Frame, k: int, floor: int) -> Phrase | None:
    """Take the person or people a participle or a "that" clause describes when the phrase at
    token k, right before a cue, is only its object: "A lawyer representing the family
    said" (the lawyer, not the family), "an aide working on the bill said", "The company
    that made the software disputed". Only a word for a person, people or a body heads
    them ("The report released by the panel said" stays the panel's); not across a comma,
    a quotation or a cue."""
    toks, words = frame.tokens, frame.words
    p = k - 1
    # a participle's preposition: "a lawyer working for the family", "a panel appointed by
    # Congress", "an aide involved in the talks"
    tied = p > floor and toks[p].low in words.prepositions
    if tied:
        p -= 1
    elif not (toks[k].low in words.determiners or is_capitalized(toks[k].text)):
        return None  # "family planning providers can tell": a compound, no participle
    if p - 1 <= floor or frame.inq[p] or not toks[p].text.islower() \
            or toks[p].low in frame.knowledge.cues or toks[p].low in words.aux_verbs:
        return None
    h = p - 1
    if toks[h].low == "that" and (_participle(frame, p) or toks[p].low.endswith("s")) \
            and not toks[p].low.endswith("ing"):
        h -= 1  # "the company that made the software", "the group that runs the site"
    elif not _participle(frame, p) or not (tied or toks[p].low.endswith("ing")):
        return None  # "The mayor met Tom Reyes, a farmer who says": a verb of its own
    head = np_back(frame, h, floor) or _group_phrase(frame, h, floor)
    if head is None or frame.index(head[-1]) != h or frame.inq[h]:
        return None
    while len(head) > 1 and (head[0].low in words.clause_openers or head[0].low in
                             words.connectors):
        head = head[1:]  # "though a person involved with the campaign noted"
    last = head[-1]
    if not last.text.isalpha() or not last.text.islower() or last.low in words.documents \
            or not (_people_word(frame, last) or last.low in words.org_heads):
        return None
    return _before_place(frame, head, floor)  # "A leader from the group that invited ..."


def _participle(frame: Frame, p: int) -> bool:
    """Tell whether the lower-case word at p is a participle or a past form that can take an
    object after a noun ("representing", "appointed", "made"), not a cue ("quoting") nor a
    word that relays speech ("quoted")."""
    t, words = frame.tokens[p], frame.words
    return (t.low.endswith(("ing", "ed")) or t.low in words.irregular_past) \
        and t.low not in words.relay_participles


def _past_form(frame: Frame, i: int) -> bool:
    """Tell whether the cue at token i is in the past tense ("said", "warned"), a verb
    whatever stands before it (not "racketeering charges")."""
    w = frame.tokens[i].low
    return w.endswith("ed") or w in frame.words.irregular_past


def _before_place(frame: Frame, np: Phrase, floor: int) -> Phrase:
    """Give the people a phrase of place or organisation after a preposition belongs to:
    "Some Republicans on Capitol Hill who ..." (the Republicans), "a lawyer in Miami who"."""
    toks, words = frame.tokens, frame.words
    p = frame.index(np[0]) - 1
    if p - 1 < floor or frame.inq[p] or toks[p].low not in frame.words.people_prepositions:
        return np
    people = np_back(frame, p - 1, floor) or _group_phrase(frame, p - 1, floor)
    if people is None or frame.index(people[-1]) != p - 1 or not (
            is_capitalized(people[-1].text) or people[-1].low in words.speaker_heads
            or people[-1].low in words.group_heads):
        return np
    return people


def _people_at_place(frame: Frame, np: Phrase | None, floor: int) -> Phrase | None:
    """Give the people before a preposition whose object ends right before a cue, with that
    phrase: "Every nurse on the ward said", "Lawmakers from both parties said", "Officials in
    Texas said" (the nurse, the lawmakers, the officials speak, not the ward, the parties or
    Texas). Only a word for people heads them ("The letter from the senators said" stays the
    senators'), and a name before the preposition is left as it was read."""
    toks, words = frame.tokens, frame.words
    if not np:
        return np
    p = frame.index(np[0]) - 1
    if p - 1 < floor or frame.inq[p] or toks[p].low not in frame.words.people_prepositions \
            or np[0].low in words.pronouns:
        return np
    people = np_back(frame, p - 1, floor) or _group_phrase(frame, p - 1, floor) \
        or _person_noun_phrase(frame, p - 1, floor)
    if people is None or frame.index(people[-1]) != p - 1 or not (
            _people_word(frame, people[-1]) or _one_person(frame, people, floor)):
        return np
    if np[-1].low in words.time_words or np[-1].low in words.time_spans or np[-1].low == "time":
        return people  # "Officials at the time said": when, not where
    return toks[frame.index(people[0]):frame.index(np[-1]) + 1]


def _one_person(frame: Frame, people: Phrase, floor: int) -> bool:
    """Tell whether a phrase before a preposition is one person a noun names by its ending or
    a party names, opening its clause with an article or "one": "A farmer in Iowa said", "One
    heckler in San Francisco yelled", "A Republican in Virginia said" (the farmer, the heckler
    and the Republican speak, not Iowa, San Francisco or Virginia); not a noun of how many
    ("A number of senators": ``Words.count_nouns``), a thing ("A paper from the Harbour Law
    Review": ``Words.thing_nouns``), a document or a body ("The letter from the senators"),
    nor an object ("met a farmer in Iowa")."""
    toks, words = frame.tokens, frame.words
    last, first = people[-1], people[0]
    if last.text.islower():
        if not person_noun(frame, last.low) or last.low in words.count_nouns \
                or last.low in words.thing_nouns \
                or last.low in words.org_heads or last.low in words.documents:
            return False
    elif last.low not in words.party_nouns:
        return False
    if first.low not in ("a", "an", "one", "the", "every", "another"):
        return False
    b = frame.index(first) - 1
    return b < floor or frame.inq[b] or toks[b].text in ",;:.!?" \
        or words.links_clauses(toks[b].low)


def _head_before_to(frame: Frame, np: Phrase | None, floor: int) -> Phrase | None:
    """Give the subject a phrase after "to" belongs to, where that phrase ends right before a
    cue and the subject opens its clause: the people with the phrase ("A senior adviser to
    the governor said", "Syria's ambassador to the United Nations said": ``Words.to_people``),
    what was written or said without it ("Her letter to the board called", "The mayor's
    response to the flooding labeled": ``Words.to_documents``, whose maker the actor step
    finds). Not a phrase that holds a name after a title ("former
    ambassador to the U.S. Ann Roe said": she speaks), a pronoun, a capitalised word before
    "to" ("Ambassador to Ukraine Ann Roe"), nor a head that is a verb's object ("Ann Roe
    sent a letter to the board urging ...": the addressee's steps read it)."""
    toks, words = frame.tokens, frame.words
    if not np or np[0].low in words.pronouns:
        return np
    k = frame.index(np[0]) - 1
    w = k - 1
    if w < floor or toks[k].low != "to" or frame.inq[k] or frame.inq[w] \
            or not toks[w].text.isalpha() or not toks[w].text.islower():
        return np
    low = toks[w].low
    if low not in words.to_people and low not in words.to_documents:
        return np
    given = frame.knowledge.given_name
    capitals = [t for t in np if is_capitalized(t.text)]
    if capitals and not given(capitals[0].low) and any(given(t.low) for t in capitals[1:]):
        return np  # "the former ambassador to the U.S. Michael Oren": the name speaks
    head = np_back(frame, w, floor)
    start = _opening(frame, frame.index(head[0]) if head and frame.index(head[-1]) == w
                     else _words_back(frame, w, floor), w)
    b = start - 1
    if start > w or not (b < floor or frame.inq[b] or toks[b].text in ",;:.!?"
                           or words.links_clauses(toks[b].low)):
        return np  # "sent a letter to the board": an object, no subject
    if low in words.to_documents:
        return toks[start:w + 1]
    return toks[start:frame.index(np[-1]) + 1]


# how many words a phrase before "to" may hold: "The president's first Twitter response"
_TO_HEAD_WORDS = 6
_OWNERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _words_back(frame: Frame, j: int, floor: int) -> int:
    """Give where a noun phrase that ends at token j starts: the words of a noun phrase, a
    possessive, an owner's pronoun and plain lower-case words before the head ("The mayor's
    first response", "Her letter", "a senior adviser"); j + 1 where the word at j is none."""
    toks, words = frame.tokens, frame.words
    i = j + 1
    while i - 1 >= floor and j + 1 - i < _TO_HEAD_WORDS and not frame.inq[i - 1]:
        t = toks[i - 1]
        if not (np_word(t, frame) or t.low in _OWNERS or t.low in words.quantifiers
                or t.low.endswith(POSSESSIVE_ENDINGS)
                or (t.text.isalpha() and t.text.islower() and t.low not in frame.knowledge.cues
                    and t.low not in words.prepositions and t.low not in words.aux_verbs
                    and not words.links_clauses(t.low) and t.low not in words.pronouns
                    and not words.past_form(t.low) and not t.low.endswith("ing")
                    and not finite_verb(frame, i - 1))):
            break
        i -= 1
    return i


def _opening(frame: Frame, i: int, j: int) -> int:
    """Give where the phrase from token i to j opens with an article, an owner, a possessive
    or a capital, no preposition: "sent a statement" and "In a memo" open at "a"; j + 1
    where nothing opens it."""
    toks, words = frame.tokens, frame.words
    while i <= j and (toks[i].low in words.prepositions or not (
            toks[i].low in words.determiners or toks[i].low in _OWNERS
            or is_capitalized(toks[i].text) or toks[i].low.endswith(POSSESSIVE_ENDINGS))):
        i += 1  # "In a memo to the board ... calling for": an adverbial, no subject
    return i


# how many lower-case nouns may qualify a plural for people that opens a clause: "fact
# checkers", "school board members"
_COMPOUND_NOUNS = 2


def _compound_group(frame: Frame, np: Phrase | None, floor: int) -> Phrase | None:
    """Give a plural for people with the lower-case nouns that qualify it where the phrase
    opens a clause: "But fact checkers said", "On Monday, poll workers said", "As gun owners
    warned" (the fact checkers, not "checkers"). The words before must be plain words, no
    function word, adverb, verb or cue, and a clause must open right before them."""
    toks, words = frame.tokens, frame.words
    if not np or len(np) != 1 or not np[0].text.islower() or not words.people(np[0].low):
        return np
    j = frame.index(np[0])
    k = j
    while k - 1 >= floor and j - k < _COMPOUND_NOUNS and not frame.inq[k - 1] \
            and _qualifying_noun(frame, k - 1):
        k -= 1
    b = k - 1
    if k == j or not (b < floor or toks[b].text in ",;:" or words.links_clauses(toks[b].low)):
        return np
    return toks[k:j + 1]


def _qualifying_noun(frame: Frame, k: int) -> bool:
    """Tell whether a lower-case word may be a noun qualifying the people after it: "fact" in
    "fact checkers", "gun" in "gun owners" (not "the", "also", "angrily", "told", "said")."""
    t, words = frame.tokens[k], frame.words
    low = t.low
    return t.text.isalpha() and t.text.islower() and not is_adverb(t.text, words) \
        and low not in words.determiners and not words.links_clauses(low) \
        and low not in words.skip_before_cue and low not in words.not_clause \
        and low not in words.pronouns and low not in words.time_words \
        and low not in words.aux_verbs and low not in words.mention_openers \
        and low not in frame.knowledge.cues and not finite_verb(frame, k) \
        and not low.endswith("ed")


def _person_noun_phrase(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take a phrase that ends in a lower-case noun for a person the speaker heads lack, with
    the words of a noun phrase and "every" before it: "Every nurse", "a veteran mechanic"."""
    toks = frame.tokens
    if j < floor or not toks[j].text.islower() or toks[j].low not in frame.words.person_nouns:
        return None
    i = j - 1
    while i >= floor and not frame.inq[i] and (np_word(toks[i], frame) or toks[i].low == "every"):
        i -= 1
    return trim(toks[i + 1:j + 1], frame) or None


def _people_word(frame: Frame, t: Token) -> bool:
    """Tell whether a word names a person or people by what they are, not by name: "nurse",
    "lawmakers", "Officials", "Republicans" (not "report", "letter", nor a surname)."""
    words, low = frame.words, t.low
    if low in words.documents or low in words.org_heads:
        return False  # "a report from", "the ministry in Beijing": no people
    titles = frame.knowledge.titles
    titled = low in titles or (low.endswith("s") and low[:-1] in titles)  # "Presidents"
    if is_capitalized(t.text):
        return low in words.group_heads or words.people(low) or titled
    return low in words.speaker_heads or low in words.group_heads or low in words.person_nouns \
        or words.people(low) or titled


def _group_phrase(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take a phrase that ends in a noun for a group of people at token j, with the words of
    a noun phrase before it: "Ohio doctors", "Two more staffers" (a noun the speaker heads
    lack)."""
    toks = frame.tokens
    if j < floor or not frame.words.people(toks[j].low):
        return None
    i = j - 1
    while i >= floor and not frame.inq[i] and np_word(toks[i], frame):
        i -= 1
    return trim(toks[i + 1:j + 1], frame) or None


def _with_partner(frame: Frame, np: Phrase, floor: int) -> Phrase:
    """Join two names that speak together: "Tom Reyes and Maria Olsen said", "Reyes and
    Olsen wrote", "Tom Reyes, Dana Pike, and Maria Olsen said" (whom the two are together is
    decided by the resolver). The first name may follow its owner or what the people are,
    which the list leaves out: "the Herald’s Tom Reyes and Maria Olsen wrote", "The
    novelists Tom Reyes and Maria Olsen announced" are the two."""
    toks, words = frame.tokens, frame.words
    k = frame.index(np[0]) - 1
    if not (is_capitalized(np[-1].text) and k - 1 >= floor and toks[k].low == "and"
            and not frame.inq[k]) or np[-1].low in words.pronouns:
        return np  # not "Ann Roe and I wrote": a pronoun is read alone
    serial = toks[k - 1].text == "," and not frame.inq[k - 1]  # "Roe, Reyes, and Olsen"
    whole = np_back(frame, k - 2 if serial else k - 1, floor)
    first = _names_after_lead(frame, whole) if whole else None
    opening = first[1] if first and len(first) > 1 and first[0].low == "the" else \
        first[0] if first else None  # "the FBI and the Secret Service said"
    if not whole or not first or opening is None \
            or not (is_capitalized(opening.text) and is_capitalized(first[-1].text)) \
            or first[-1].low in words.pronouns \
            or any(t.low.endswith(POSSESSIVE_ENDINGS) for t in first):
        return np  # "They and other Republicans", "Trump's former Health and Human ..."
    if (serial or whole is not first) and not (
            all(_name_word(t) for t in (*first, *np)) and _ends_a_name_of_people(frame, first)
            and _ends_a_name_of_people(frame, np)):
        # "Acme Corp., Friends for Clean Rivers, and Save the Bay", "Ann Roe, Democrat of
        # Ohio, and Democrats", "Vale’s Justice and Education Departments": no people's list
        return np
    b = frame.index(whole[0]) - 1
    if serial and frame.index(whole[-1]) == k - 2 and not (b >= floor and toks[b].text == ","):
        return np  # a serial comma follows two names or more: not "after Vale, and Ann Roe"
    if b - 1 >= floor and toks[b].low == "as" and toks[b - 1].low == "such":
        return np  # "states such as New York and California, ..., said analysts": examples
    if b >= floor and not frame.inq[b] and toks[b].text not in ",;:—–" \
            and toks[b].low not in words.connectors and toks[b].low not in words.subordinators:
        return np  # "Olsen met Tom Reyes and Maria Olsen said": the first name is an object
    if whole is not first:
        return toks[frame.index(first[0]):frame.index(np[-1]) + 1]
    if b >= floor and toks[b].text == ",":
        b = _list_start(frame, b, floor)
    return toks[b + 1:frame.index(np[-1]) + 1]


def _name_word(t: Token) -> bool:
    """Tell whether a word may stand in a person's name as written in a list: a capitalised
    word, an initial's period, or "of" before a home ("Ann Roe of Ohio")."""
    return is_capitalized(t.text) or t.text == "." or t.low == "of"


def _ends_a_name_of_people(frame: Frame, name: Phrase) -> bool:
    """Tell whether a capitalised phrase ends in a word that may end a person's name: not
    one that names people by what they are ("Democrats") or heads a body's name
    ("Departments")."""
    words, low = frame.words, name[-1].low
    return low not in words.group_heads and not words.people(low) \
        and low not in words.org_heads and low.removesuffix("s") not in words.org_heads


def _names_after_lead(frame: Frame, np: Phrase) -> Phrase | None:
    """Give the names a phrase ends in after words that say whose or what the people named
    are, where those words are an owner with a possessive ("the Herald’s Tom Reyes") or end
    in a plural noun for people ("The novelists Tom Reyes", "former party strategists Ann
    Roe"); the phrase itself where it opens with no such words; None where the words before
    the names are another lead ("Trump’s former Health", "a friend Tom Reyes")."""
    words = frame.words
    leads = [p for p, t in enumerate(np) if t.low.endswith(POSSESSIVE_ENDINGS)
             or (t.text.islower() and words.people(t.low))]
    if not leads:
        return np
    p = leads[-1] + 1
    return np[p:] if p < len(np) and is_capitalized(np[p].text) else None


def _list_start(frame: Frame, b: int, floor: int) -> int:
    """Step back from the comma at b over full names listed before a pair that speaks
    together, to the token before the list: '"…," Ann Roe, Tom Reyes and Dana Pike wrote'.
    The list must open where a clause opens (after a quotation, at the sentence's start):
    "In New York, Tom Reyes and Dana Pike said", "Among Republicans, Tom Reyes and Dana Pike
    said" keep the pair."""
    toks, words = frame.tokens, frame.words
    start = b
    while start >= floor and toks[start].text == ",":
        name = np_back(frame, start - 1, floor)
        if not name or len(name) < 2 or not all(is_capitalized(t.text) for t in name) \
                or name[0].low in words.openers or name[0].low in words.object_prepositions \
                or name[0].low in words.mention_openers:  # "Among Republicans, X and Y said"
            break
        before = frame.index(name[0]) - 1
        if before < floor or toks[before].text in DOUBLE_MARKS or toks[before].text == ",":
            start = before
            if before < floor or toks[before].text != ",":
                return before
            continue
        break
    return b


def _surname_like(frame: Frame, j: int) -> bool:
    """Tell whether the capitalised word at j ends a name rather than opening a sentence: it
    follows a capitalised word ("Theresa May", "Human Rights First"), an initial or a short
    title ("George F. Will", "Mrs. May") or a quotation ("“…,” Long said"), or opens the
    sentence where the article writes it after a given name or an honorific elsewhere ("May
    had said" after "Theresa May"); not "Once again citing", "Do not read" at a sentence's
    start, nor a headline's "Vote Could Threaten"."""
    toks = frame.tokens
    if not toks[j].text[:1].isupper() or (
            j + 1 < len(toks) and toks[j + 1].text[:1].isupper()):
        return False  # "Vote Could Threaten": a headline's capitals
    if j == 0:
        # opening the sentence: a surname the article writes after a given name ("Theresa
        # May ... May said"), not "May" the auxiliary
        return written_as_surname(frame, toks[j].text)
    prev = toks[j - 1].text
    if prev == ".":
        return j >= 2 and is_capitalized(toks[j - 2].text) and toks[j - 2].text.isalpha() \
            and len(toks[j - 2].text) <= 3
    return prev in DOUBLE_MARKS or prev == "," or (is_capitalized(prev) and prev.isalpha())


def _skip_to_subject(frame: Frame, j: int, floor: int) -> int:
    """Step back from j over auxiliaries and adverbs ("has repeatedly", "has since") and a
    day ("on Monday", "Wednesday") to where the subject should end. A capitalised word is no
    auxiliary but a name ("Theresa May said", "Long said", "Access Now said")."""
    toks, words = frame.tokens, frame.words
    while j >= floor:
        if (toks[j].low in words.skip_before_cue and not _surname_like(frame, j)) \
                or is_adverb(toks[j].text, words) or _plain_adverb(frame, j) \
                or (toks[j].text in DOUBLE_MARKS and not frame.inq[j]) \
                or (toks[j].low in words.degree_words and j + 1 < len(toks)
                    and is_adverb(toks[j + 1].text, words)):  # "more colorfully described"
            j -= 1
        elif (start := _time_start(frame, j, floor)) <= j:
            j = start - 1  # "officials Wednesday said", "Tom Reyes late Friday night said"
        elif (start := _adverbial_start(frame, j, floor)) <= j:
            j = start - 1  # "Trump at one point accused", "which in the past said"
        elif _where_after_people(frame, j, floor):
            j -= 1  # "Officials there said", "the executives present stressed"
        elif _floating_quantifier(frame, j, floor):
            j -= 1  # "Roe and Pike both said", "the Times and the Post each reported"
        elif toks[j].low == "since" and j - 1 >= floor and toks[j - 1].low in _PERFECT:
            j -= 1  # "He has since said", "Reyes had since told reporters"
        else:
            break
    return j


# how many words after the cue the quotation its clause holds may open
_PLAIN_ADVERB_REACH = 30


def _plain_adverb(frame: Frame, j: int) -> bool:
    """Tell whether the word at j is an adverb not in -ly (words.plain_adverbs: "twice") before
    a cue of speech whose clause holds a quotation in marks: "Roe twice said the levy was
    “unfair”" (not "asked whether he twice believed “…”", a belief; nor "the ad twice told
    viewers ...; it lets them cry “…”", a quotation past the clause's end)."""
    toks, words = frame.tokens, frame.words
    if toks[j].low not in words.plain_adverbs or frame.inq[j]:
        return False
    c = j + 1
    while c < len(toks) and adverb_token(toks[c], words):
        c += 1
    cue = frame.knowledge.cues.get(toks[c].low) if c < len(toks) else None
    if cue is None or not cue.speech:
        return False
    return _quotation_within(frame, c + 1, _PLAIN_ADVERB_REACH, ";.!?")


def _floating_quantifier(frame: Frame, j: int, floor: int) -> bool:
    """Tell whether the word at j is a quantifier set after the names it counts
    (words.floating_quantifiers: "Roe and Pike both said", "the Times and the Post each
    reported"): a capitalised word before it, no pronoun ("They all said", "her son both
    say", "Both said": left as they were read)."""
    toks = frame.tokens
    return toks[j].low in frame.words.floating_quantifiers and j - 1 >= floor \
        and not frame.inq[j - 1] and is_capitalized(toks[j - 1].text) \
        and toks[j - 1].low not in frame.words.pronouns


# the auxiliaries of the perfect, after which "since" is an adverb of time ("has since said"),
# not a subordinator
_PERFECT = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d"})


def _adverbial_start(frame: Frame, j: int, floor: int) -> int:
    """Give where a set adverbial phrase (words.cue_adverbials: "at one point", "in the
    past") that ends at token j starts; j + 1 where none ends there."""
    toks = frame.tokens
    for parts in _adverbials_by_last_word(frame.words).get(toks[j].low, ()):
        start = j - len(parts) + 1
        if start >= floor and all(toks[start + n].low == part and not frame.inq[start + n]
                                  for n, part in enumerate(parts)):
            return start
    return j + 1


def _adverbials_by_last_word(words: Words) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Give the set adverbial phrases (words.cue_adverbials) by their last word, each as its
    words (one index per word table: asked at every step back from a cue)."""
    def build(w: Words) -> dict[str, tuple[tuple[str, ...], ...]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in w.cue_adverbials:
            parts = tuple(phrase.split("_"))
            index.setdefault(parts[-1], []).append(parts)
        return {last: tuple(found) for last, found in index.items()}
    return per_table("cue adverbials by last word", words, build)


# words after people that say where they are, not who: "officials there", "those present"
_WHERE_AFTER = frozenset({"there", "here", "present"})


def _where_after_people(frame: Frame, j: int, floor: int) -> bool:
    """Tell whether the word at j says where the people named right before it are: "Officials
    there said", "Residents here say", "The executives present stressed"."""
    toks, words = frame.tokens, frame.words
    if toks[j].low not in _WHERE_AFTER or j - 1 < floor or frame.inq[j - 1]:
        return False
    low = toks[j - 1].low
    return words.people(low) or low in words.group_heads or low in words.speaker_heads


# words that open a time adjunct before a day, a month or a time noun: "late Friday night"
_TIME_OPENERS = frozenset({"on", "last", "late", "early", "this", "next", "in"})


def _time_start(frame: Frame, j: int, floor: int) -> int:
    """Give where a time adjunct that ends at token j starts: "Wednesday", "on Monday", "late
    Friday night", "last week", "in July"; j + 1 where none ends there."""
    toks, words = frame.tokens, frame.words
    k = j
    if toks[k].low in words.time_nouns and k - 1 >= floor and (
            toks[k - 1].low in words.days or toks[k - 1].low in _TIME_OPENERS):
        k -= 1  # "Friday night", "last week"
    if toks[k].low in words.days or toks[k].low in words.months:
        k -= 1
    elif k == j:
        return j + 1
    while k >= floor and toks[k].low in _TIME_OPENERS and not frame.inq[k]:
        k -= 1
    return k + 1


def _before_apposition(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take the subject before an apposition or relative clause that ends at j: "Justin
    Bronk, a senior research fellow at RUSI, told the outlet"."""
    toks, words = frame.tokens, frame.words
    mark = toks[j].text
    relative = _before_relative(frame, j, floor)
    if relative is not None:
        return relative
    suffixed = _suffixed_name(frame, j, floor)
    if suffixed is not None:
        return suffixed
    commas, after = 0, j
    listed: Phrase | None = None
    for c in range(j - 1, max(floor, j - 30) - 1, -1):
        if toks[c].text != mark or frame.inq[c]:
            continue
        if _abbreviated(toks[c + 1:after]) or (after == j and _state_after_city(frame, c, j)):
            # "from Mobile, Ala., says", "a nurse in Dayton, Ohio, said": the state belongs
            # to the apposition, it is not the speaker
            after = c
            continue
        after = c
        inner = _without_home(frame, _before_tag(frame, c, j))
        if commas == 0 and inner and all(is_capitalized(x.text) or x.text == "."
                                         for x in inner) and len(inner) <= 4 and \
                inner[0].low not in words.openers and not is_party_tag(inner) \
                and not _party_label(frame, inner):
            # "Trump's former campaign manager, Corey Lewandowski, said"; but "Tom Reyes, a
            # spokesman for the mayor's lawyer, Ann Lowe, said" is Reyes
            return _outer_apposition(frame, c, floor) or inner
        if commas == 0 and _name_after_description(frame, inner, c, floor):
            return inner  # "One such lawmaker, retiring Democratic Rep. Jim Moore, told"
        # any apposition will do ("who ...", "a ...", "wearing ...", "55,") as long as a name
        # or a speaker noun stands before it, a name with its suffix set off by commas too
        # ("Tom Reyes, Jr., founder of the school, told": not "Jr.")
        np = _suffixed_name(frame, c, floor) or np_back(frame, c - 1, floor) \
            or _relation_phrase(frame, c - 1, floor)
        if np and _listed_place(frame, np, c):
            # "Jeff Prescott, senior director for Iran, Iraq, Syria, and the Gulf,": the
            # name before the list, if any
            listed = listed or np
            continue
        if np and _speaker_head(frame, np) and commas == 0 and _after_preposition(frame, np):
            # the object that ends a description ("the chairman of the subcommittee on the
            # Constitution, Civil Rights and Civil Liberties, told"), or a home after a name
            # ("Sen. Tom Reyes (R) of Georgia, the ranking member, told"): that name, if any
            home = _name_before_home(frame, np, floor)
            if home is not None:
                return home
            listed = listed or np  # no better speaker before it: the object, as it was
        elif np and _speaker_head(frame, np):
            return _name_described(frame, np, floor) or np
        elif np and commas == 0 and (opening := _frame_subject(frame, np)) is not None:
            return opening
        head = _head_before_relative(frame, c, floor) if mark != "," else None
        if head is not None:
            # "The five members who called the meeting — Britain, France and Poland — urged"
            return head
        commas += 1
        if commas >= 3:
            break
    return listed if listed is not None or commas else _city_phrase(frame, j, floor)


# how many lower-case words of a role may stand before the phrase np_back took: "the senior
# counsel and law and policy director for Harbour Legal"
_ROLE_REACH = 8


def _name_described(frame: Frame, np: Phrase, floor: int) -> Phrase | None:
    """Give the name that opens its clause when np, the phrase before an apposition, is
    itself an apposition describing it: "Tom Fitton, president of Harbour Watch, a watchdog
    group, said" gives Fitton, not "president of Harbour Watch". None where np names someone
    itself or no name opens the clause before its comma."""
    toks = frame.tokens
    k = frame.index(np[0]) - 1
    # the rest of a long role before the phrase: "the senior counsel and policy director for"
    while k > floor and frame.index(np[0]) - k <= _ROLE_REACH and toks[k].text.isalpha() \
            and toks[k].text.islower() and not frame.inq[k]:
        k -= 1
    first = toks[k + 2] if toks[k + 1].low in frame.words.leading_articles else toks[k + 1]
    # the role's own head may open np after words that qualify it: "principal chief of"
    role = np[0].text.islower() and person_noun(frame, np[0].low)
    if k - 1 < floor or toks[k].text != "," or frame.inq[k - 1] or not first.text.islower() \
            or not (person_noun(frame, first.low) or first.low in frame.words.modifiers or role):
        return None  # not "Some, including Chairman Tom Reyes, R-Ohio, have said"
    head = np_back(frame, k - 1, floor)
    if head is None or not (is_capitalized(head[0].text) and _ends_a_name(head)):
        return None
    start = frame.index(head[0])
    return head if start == floor or toks[start - 1].text in ".;:—–\"“" else None


def _ends_a_name(np: Phrase) -> bool:
    """Tell whether a phrase ends in a capitalised word or a generational suffix's period
    ("Ann Vale Jr.")."""
    if np[-1].text == "." and len(np) >= 2 and np[-2].low in _SUFFIX_WORDS:
        return True
    return is_capitalized(np[-1].text)


def _city_phrase(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take the phrase a city ends when its state, set off by commas, ends at the comma j
    before the cue: "The mayor of Mesa, Arizona, said" gives "The mayor of Mesa"."""
    toks = frame.tokens
    c = j - 1
    while c > floor and toks[c].text != "," and j - c <= 4:
        c -= 1
    if c <= floor or toks[c].text != "," or not _state_after_city(frame, c, j):
        return None
    return np_back(frame, c - 1, floor)


def _outer_apposition(frame: Frame, c: int, floor: int) -> Phrase | None:
    """Give the name an apposition describes when the apposition ends at the comma c in an
    object that the name after c names: "Tom Reyes, a spokesman for the mayor's lawyer, Ann
    Lowe, said" gives Tom Reyes (the lawyer is Lowe; Reyes speaks). None where no tie
    ("for", "to", "of", ...) stands in the apposition or no name opens the clause."""
    toks = frame.tokens
    tie = False
    for b in range(c - 1, max(floor, c - _UNCLOSED_REACH) - 1, -1):
        if frame.inq[b] or toks[b].text in ";:()—–":
            return None
        tie = tie or toks[b].low in frame.words.prepositions
        if toks[b].text != ",":
            continue
        head = np_back(frame, b - 1, floor)
        if tie and b + 1 < c and toks[b + 1].low in _APPOSITION_OPENERS and toks[b + 1].low \
                != "who" and head and frame.index(head[0]) == floor \
                and is_capitalized(head[0].text) and is_capitalized(head[-1].text):
            return head  # not "In the capital of South Korea, the country's envoy, Ryoo said"
        return None
    return None


def _after_preposition(frame: Frame, np: Phrase) -> bool:
    """Tell whether a phrase follows a preposition, an object inside a description ("the
    chairman of the subcommittee on the Constitution"); not "by", whose object is an agent
    ("The report released by Tom Reyes, chairman of the inquiry, concludes")."""
    k = frame.index(np[0]) - 1
    if k < 0 or frame.inq[k] or frame.tokens[k].low == "by":
        return False
    return frame.tokens[k].low in frame.words.people_prepositions \
        or frame.tokens[k].low in frame.words.oblique_prepositions


def _name_before_home(frame: Frame, np: Phrase, floor: int) -> Phrase | None:
    """Give the name of two words or more before "of", "from" or "at" and the phrase np, its
    home or workplace: "Sen. Tom Reyes (R) of Georgia" gives "Sen. Tom Reyes", "Hal Brenner,
    76, of Clarksdale" gives "Hal Brenner", "Ann Roe at Harbour Review Online" gives "Ann
    Roe"; None before any other."""
    toks = frame.tokens
    k = frame.index(np[0]) - 1
    if k - 1 < floor or toks[k].low not in _HOME_WORDS:
        return None
    name = np_back(frame, _before_age(toks, before_parenthesis(toks, k - 1, floor), floor),
                   floor)
    if name is None or len(name) < 2 or not all(is_capitalized(t.text) or t.text == "."
                                               for t in name[-2:]):
        return None
    return name


def _name_at_home(frame: Frame, np: Phrase | None, floor: int) -> Phrase | None:
    """Give the person's name a home or a workplace after it ends before a cue: the name
    before "of", "from" or "at" and a place, over a party tag or an age ("Sen. Tom Reyes (R) of
    Ohio said", "Hal Brenner, 76, of Clarksdale said", "Ann Roe at Harbour Review Online
    said"), or before "of" or "from" and a
    workplace a place after "in", "at" or a comma ends ("Ann Roe of KQED in San Francisco
    said", "Ann Roe of the University of Texas at Austin said", "Tom Reyes of the
    University of California, Davis said"). None where the phrase is no capitalised place
    after such a word, or no person's name stands before "of" or "from"."""
    toks = frame.tokens
    if not np:
        return None
    k = frame.index(np[0]) - 1
    # a workplace after "at" may take "the": "Ann Roe at the Harbour Gazette said"
    named = np[1:] if np[0].low == "the" and k >= 0 and toks[k].low == "at" else np
    if not named or not all(is_capitalized(t.text) or t.text == "." for t in named):
        return None
    if k - 1 < floor or frame.inq[k]:
        return None
    if toks[k].low in _HOME_WORDS:
        name = _name_before_home(frame, np, floor)
        if name is not None and _person_name(frame, name):
            return name
        if toks[k].low != "at":  # "the University of Texas at Austin": a workplace's place
            return None
    if toks[k].low not in _WORKPLACE_PLACE:
        return None
    body = np_back(frame, k - 1, floor)
    if body is None or frame.index(body[-1]) != k - 1:
        return None
    at = next((m for m, t in enumerate(body) if t.low in ("of", "from")), 0)
    return body[:at] if at >= 2 and _person_name(frame, body[:at]) else None


# the words between a person's name and their home or workplace: "Tom Reyes (R) of Ohio", "Ann
# Roe from Dayton", "Ann Roe at Harbour Review Online"
_HOME_WORDS = frozenset({"of", "from", "at"})
# the words between a workplace and the place that ends it: "KQED in San Francisco", "the
# University of Texas at Austin", "the University of California, Davis"
_WORKPLACE_PLACE = frozenset({"in", "at", ","})


def _before_age(toks: Phrase, j: int, floor: int) -> int:
    """Step back over an age set off by commas that ends at j (", 76,"); else stay at j."""
    if j - 2 > floor and toks[j].text == "," and toks[j - 2].text == "," \
            and toks[j - 1].text.isdigit() and len(toks[j - 1].text) <= 3:
        return j - 3
    return j


def _before_tag(frame: Frame, c: int, j: int) -> Phrase:
    """Give the apposition between the marks at c and j, without a parenthesis after a name
    of two capitalised words or more: "Her chief rival, Sen. Ann Roe (D-Ohio), said" gives
    "Sen. Ann Roe" (not "Elgie Sims, Jr. (D-Ill.), said", where "Jr." is no name)."""
    toks = frame.tokens
    e = before_parenthesis(toks, j - 1, c + 2)
    name = toks[c + 1:e + 1]
    if e < j - 1 and sum(t.text.isalpha() and is_capitalized(t.text) for t in name) >= 2:
        return name
    return toks[c + 1:j]


def _without_home(frame: Frame, inner: Phrase) -> Phrase:
    """Give an apposition without the home after a name in it: "Tom Reyes of South Carolina"
    gives "Tom Reyes" (a name of two or more words before "of" or "from" and a capitalised
    place); any other apposition as it is ("the mayor of Dayton")."""
    knowledge = frame.knowledge
    for k in range(2, len(inner) - 1):
        if inner[k].low not in ("of", "from") or not all(
                is_capitalized(t.text) or t.text == "." for t in inner[:k]):
            continue
        home = " ".join(t.low for t in inner[k + 1:] if t.text != ".")
        if home in knowledge.places or home in knowledge.countries:
            return inner[:k]
    return inner


def _head_before_relative(frame: Frame, c: int, floor: int) -> Phrase | None:
    """Take the people a relative clause ending at the dash at c hangs on, when the dashes
    set off a list of who they are: "The five members who called the meeting — Britain,
    France and Poland — urged", "The three unions that signed the pact — ... — said"."""
    toks, words = frame.tokens, frame.words
    w = c - 1
    while w > floor and c - w <= _RELATIVE_REACH and not frame.inq[w] \
            and toks[w].text not in ",;:—–()" and toks[w].low not in ("who", "that"):
        w -= 1
    if w <= floor or toks[w].low not in ("who", "that") or w == c - 1:
        return None
    head = np_back(frame, w - 1, floor) or _group_phrase(frame, w - 1, floor)
    if head is None or frame.index(head[-1]) != w - 1 or not (
            head[-1].low in words.speaker_heads or words.people(head[-1].low)):
        return None
    return head


def _listed_place(frame: Frame, np: Phrase, c: int) -> bool:
    """Tell whether a phrase before the comma at c is an item of a list of places inside an
    apposition ("director for Iran, Iraq, Syria, and the Gulf"): a place after a comma or
    "and" after another place, or a role "for" a place that the list goes on from; no
    speaker, though capitalised ("Russia, the biggest power, said" is Russia)."""
    toks, knowledge = frame.tokens, frame.knowledge

    def place(t: Token) -> bool:
        return is_capitalized(t.text) and (t.low in knowledge.places
                                           or t.low in knowledge.countries)

    k = frame.index(np[0]) - 1
    if not place(np[-1]):
        return False
    goes_on = c + 1 < len(toks) and place(toks[c + 1])
    if len(np) == 1:
        return k >= 1 and ((toks[k].low in (",", "and") and place(toks[k - 1]))
                           or (toks[k].low in frame.words.people_prepositions and goes_on))
    role = [n for n in range(1, len(np) - 1) if np[n].low in frame.words.people_prepositions
            and np[n - 1].text.islower()]
    return bool(role) and goes_on


# how far an apposition left open may run, in tokens, from its comma to the cue
_UNCLOSED_REACH = 20
# words that open an apposition or a relative clause after a name: "Tom Reyes, a planner"
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "who", "former", "one"})


def _unclosed_apposition(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take the name right after a quotation whose apposition runs into the cue with no
    comma closing it: "“…,” Tom Reyes, a county planner and former budget chief told
    reporters", "“…,” Ann Vale, who chairs the board said". Not a list ("Tom Reyes, the
    mayor and the clerk said"), nor a name anywhere but right after the quotation."""
    toks = frame.tokens
    if floor == 0 or j <= floor or not frame.inq[floor - 1]:
        return None
    for c in range(j - 1, max(floor, j - _UNCLOSED_REACH), -1):
        if toks[c].text != ",":
            continue
        inner = toks[c + 1:j + 1]
        name = np_back(frame, c - 1, floor)
        if inner[0].low not in _APPOSITION_OPENERS or name is None \
                or frame.index(name[0]) != floor or not is_capitalized(name[0].text) \
                or not is_capitalized(name[-1].text) \
                or any(t.text in ";:()—–" for t in inner) or any(frame.inq[c:j + 1]) \
                or _joins_another(frame, inner):
            return None
        return name
    return None


# how many lower-case words a role set off by a comma may hold before its tie: "senior
# defense analyst with"
_ROLE_WORDS = 4
# the heads of such a role that are no noun for a person elsewhere ("head of the league")
_ROLE_HEADS = frozenset({"head", "chief"})


def _name_before_bare_role(frame: Frame, np: Phrase | None, floor: int) -> Phrase | None:
    """Give the name a role with no article stands in apposition to when the role runs into
    the cue with no comma closing it: "Ann Roe, head of the Ohio Farm League said", "“…,”
    Tom Reyes, assistant director of the Siena Poll said" (the phrase before the cue is the
    role or what it ties to; the role's holder speaks). The role: a comma, then lower-case
    words up to a tie ("of", "for", "at", "with"), the last of them a noun for a person;
    the name before the comma opens the clause."""
    if not np:
        return None
    toks = frame.tokens
    s = frame.index(np[0])
    ties = frame.words.prepositions
    tie = s - 1 if s - 1 > floor and toks[s - 1].low in ties else next(
        (s + n for n, t in enumerate(np[:_ROLE_WORDS + 1]) if t.low in ties), None)
    if tie is None:
        return None
    k = tie - 1
    while k > floor and tie - k <= _ROLE_WORDS and toks[k].text.isalpha() \
            and toks[k].text.islower() and not frame.inq[k]:
        k -= 1
    if k == tie - 1 or toks[k].text != "," or frame.inq[k] \
            or toks[k + 1].low in frame.words.determiners \
            or not _one_role(frame, toks[tie - 1].low):
        return None
    name, words = np_back(frame, k - 1, floor), frame.words
    if name is None or frame.index(name[0]) != floor or not is_capitalized(name[0].text) \
            or not is_capitalized(name[-1].text) or name[-1].low in words.pronouns \
            or name[0].low in words.non_name_starts or name[0].low in words.sentence_openers:
        return None
    return name


def _one_role(frame: Frame, w: str) -> bool:
    """Tell whether a lower-case word is the head of one person's role: "director", "head";
    not a plural ("Unlike Tom Reyes, members of the league said": the members speak)."""
    return (w in _ROLE_HEADS or person_noun(frame, w)) \
        and not (w.endswith("s") and not w.endswith("ss"))


def _joins_another(frame: Frame, inner: Phrase) -> bool:
    """Tell whether "and" or "or" in an apposition joins another speaker, not another role:
    "the mayor and the clerk", "a planner and Ann Vale" (not "a planner and former chief")."""
    return any(t.low in ("and", "or") and k + 1 < len(inner)
               and (inner[k + 1].low in frame.words.determiners
                    or is_capitalized(inner[k + 1].text))
               for k, t in enumerate(inner))


def _before_relative(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take the subject before a relative clause that ends at j, however many commas the
    clause holds: "the seven members, who include a pilot, soldiers and analysts, wrote"."""
    toks = frame.tokens
    for c in range(j - 1, max(floor + 1, j - 30) - 1, -1):
        if frame.inq[c] or toks[c].low not in ("who", "which") or toks[c - 1].text != ",":
            continue
        np = np_back(frame, c - 2, floor)
        if np and _speaker_head(frame, np):
            # "Officials in Kyiv, who asked not to be named, said": the officials
            # "Hal Brenner, 76, of Clarksdale, who has volunteered for years, said": Brenner
            return _apposition_head(frame, np, floor) or _labelled_name(frame, np, floor) \
                or _name_before_home(frame, np, floor) or _people_at_place(frame, np, floor)
        np = np or _clause_subject(frame, c - 2, floor)  # "But the council offices, which"
        return _frame_subject(frame, np) if np else None
    return None


def _frame_subject(frame: Frame, np: Phrase) -> Phrase | None:
    """Give a phrase as the subject that opens its sentence, nothing before it but connectors
    ("But the union, which ..."), without a time adjunct at its end ("Sebelius this week,
    though, said"); None where the phrase does not open its sentence. An aside set off after
    such a subject and a cue right after the aside make it the speaker, whatever its head
    ("The filing, which sought an order, said", "The attendee, who saw it, said"), not the
    phrase after the cue."""
    k, e = frame.index(np[0]), frame.index(np[-1])
    if not all(not frame.inq[x] and frame.tokens[x].low in frame.words.connectors
               for x in range(k)):
        return None
    np = np[:_time_start(frame, e, k) - k]
    if not np or not np[-1].text.isalpha() or np[-1].low in frame.words.pronouns:
        return None
    return np


def _labelled_name(frame: Frame, np: Phrase, floor: int) -> Phrase | None:
    """Give the name a home and party label stands in apposition to: "Sen. Pat Dunn,
    Republican of Ohio, who wrote the bill," gives Pat Dunn. None where np is no such label
    or no capitalised name stands before its comma."""
    toks = frame.tokens
    k = frame.index(np[0]) - 1
    if k - 1 < floor or toks[k].text != "," or frame.inq[k - 1] or not _party_label(frame, np):
        return None
    name = np_back(frame, k - 1, floor)
    return name if name and is_capitalized(name[-1].text) else None


def _apposition_head(frame: Frame, np: Phrase, floor: int) -> Phrase | None:
    """Take the name an apposition describes when the phrase a relative clause hangs on is
    only an object inside it: "Maria Olsen, the chief of staff to Tom Reyes, who spoke on
    Monday, said" (Olsen says, not Reyes). None when np heads no such apposition."""
    toks = frame.tokens
    k = frame.index(np[0]) - 1
    if k > floor and toks[k].text == "," and np[0].low in _APPOSITION_OPENERS \
            and any(t.low == "to" for t in np):
        k += 1  # the apposition is the phrase: "Ann Roe, an aide to Tom Reyes, who ..."
    elif k <= floor or toks[k].low not in frame.words.prepositions:
        return None
    for c in range(k - 1, max(floor, k - _UNCLOSED_REACH) - 1, -1):
        if frame.inq[c] or toks[c].text in ";:()—–":
            return None
        if toks[c].text != ",":
            continue
        head = np_back(frame, c - 1, floor)
        if c + 1 < len(toks) and toks[c + 1].low in _APPOSITION_OPENERS and head \
                and is_capitalized(head[-1].text) and _speaker_head(frame, head):
            return head
        return None
    return None


def _relation_phrase(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take a short subject that ends at j in someone named by what they are to another,
    which the noun phrase step may not read: "The mayor's husband", "The governor's aide"."""
    np = _clause_subject(frame, j, floor)
    words = frame.words
    return np if np and (np[-1].low in words.relations or np[-1].low in words.staff) else None


def _speaker_head(frame: Frame, np: Phrase) -> bool:
    """Tell whether a phrase before an apposition can speak: a name, a speaker noun, or
    someone named by what they are to another ("Ann Vale's husband", "the mayor's aide")."""
    words, last = frame.words, np[-1]
    if _ends_a_name(np) or last.low in words.speaker_heads:  # "Ann Vale Jr., a professor"
        return True
    return (last.low in words.relations or last.low in words.staff) and _owned(frame, np)


def _owned(frame: Frame, np: Phrase) -> bool:
    """Tell whether a phrase opens with a determiner or holds a possessive ("Her neighbor",
    "Ann Vale's husband"): not "First his wife", where an adverb runs into the phrase."""
    return np[0].low in frame.words.determiners or \
        any(t.low.endswith(POSSESSIVE_ENDINGS) for t in np[:-1])


# generational suffixes a name may set off by commas or end with: "Amos Tillery, Jr., said",
# "Ann Vale Jr." (those of actors.names.SUFFIXES but "v", see there; written again as this
# package sits below actors, which imports it)
_SUFFIX_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _suffixed_name(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take a name whose generational suffix commas set off, the second comma at j:
    "“…,” Amos Tillery, Jr., said", "Ann Vale, III, told": the name with its suffix (the
    resolver reads "Amos Tillery Jr."). Not a suffix after anything but a capitalised name."""
    toks = frame.tokens
    k = j - 1
    if k >= floor and toks[k].text == ".":
        k -= 1
    if k - 1 < floor or toks[k].low not in _SUFFIX_WORDS or toks[k - 1].text != "," \
            or frame.inq[k]:
        return None
    np = np_back(frame, k - 2, floor)
    if np is None or not all(is_capitalized(t.text) or t.text == "." for t in np) or len(np) < 2:
        return None
    return np + tuple(toks[k - 1:j])


# lower-case words that tie the name after them to something else, so that the name is not
# the description's own: "Other lawmakers, including Sen. Ann Vale,", "The group, led by Tom
# Reyes,", "members, such as Rep. Ann Vale,"
_NOT_A_MODIFIER = frozenset({"and", "or", "including", "such", "led", "like", "among",
                             "especially", "notably", "particularly", "namely", "plus", "except"})
# at most this many words qualify the name in an apposition after a description
_MODIFIER_REACH = 4


def _name_after_description(frame: Frame, inner: Phrase, c: int, floor: int) -> bool:
    """Tell whether an apposition set off after a lower-case description at comma c is a
    person's name with words that qualify it before: "One such lawmaker, retiring Democratic
    Rep. Jim Moore, told", "her husband, former astronaut Mark Kelly, said", "Another critic,
    Republican Sen. Ann Vale, said": the name speaks (the resolver reads it). Not a name tied
    to the description by a preposition or "including" ("Other lawmakers, including Sen. Ann
    Vale, said"), nor a home and a party ("Illinois Democrat"), nor after a name."""
    toks, words = frame.tokens, frame.words
    before = np_back(frame, c - 1, floor)
    if before is None or is_capitalized(before[-1].text) or not _speaker_head(frame, before):
        return False
    k = frame.index(before[0]) - 1
    if k >= floor and (toks[k].text == "," or toks[k].low in words.oblique_prepositions
                       or toks[k].low in words.object_prepositions):
        return False  # the description is an object in another apposition: "Barry Wynn, a
        # fundraiser for Bush's brother, Trump rival Jeb Bush, said" is Wynn's
    run = len(inner)
    while run > 0 and (is_capitalized(inner[run - 1].text) or inner[run - 1].text == "."):
        run -= 1
    name, lead = inner[run:], inner[:run]
    if not 2 <= sum(1 for t in name if t.text != ".") <= _MODIFIER_REACH \
            or len(lead) > _MODIFIER_REACH \
            or is_party_tag(name) or _party_label(frame, name) or frame.inq[c + 1]:
        return False
    stop = per_table("not a name's modifier", words, _lead_stops)
    return all(t.text.replace("-", "").isalpha() and t.low not in stop for t in lead)


def _lead_stops(words: Words) -> frozenset[str]:
    """Give the words that qualify no name in an apposition after a description: function
    words and _NOT_A_MODIFIER (``_name_after_description``)."""
    return (words.determiners | words.openers | words.oblique_prepositions
            | words.object_prepositions | words.connectors | _NOT_A_MODIFIER)


def _abbreviated(inner: Phrase) -> bool:
    """Tell whether commas set off one abbreviated word, never a name: a state after its
    city ("Mobile, Ala.,"), a suffix ("King, Jr.,")."""
    return len(inner) == 2 and inner[1].text == "." and len(inner[0].text) <= 6 and \
        inner[0].text.replace(".", "").isalpha() and not is_party_tag(inner)


def _state_after_city(frame: Frame, c: int, j: int) -> bool:
    """Tell whether the commas at c and j set off a state or country after the capitalised
    name of a city, part of a description of where someone is ("Dayton, Ohio,", "Lyon,
    France,"); not an item of a list of places ("Iran, Iraq, Syria,")."""
    toks, knowledge = frame.tokens, frame.knowledge
    inner = [t for t in toks[c + 1:j] if t.text != "."]
    if not inner or c < 1 or frame.inq[c - 1] or not is_capitalized(toks[c - 1].text) \
            or not all(is_capitalized(t.text) for t in inner):
        return False
    before = toks[c - 1].low
    return _home(knowledge, " ".join(t.low for t in inner)) \
        and before not in knowledge.places and before not in knowledge.countries


def _home(knowledge: Knowledge, place: str) -> bool:
    """Tell whether a lower-case phrase names a state, region or country: "ohio", "new
    york", "france"; "washington" too, the state's name the table keeps as "Washington
    State" (alone the word stands for the US government)."""
    return place in knowledge.places or place in knowledge.countries \
        or f"{place} state" in knowledge.places


def _party_label(frame: Frame, inner: Phrase) -> bool:
    """Tell whether an apposition is a home and a party, not a name: "Illinois Democrat",
    "Ohio Republican", "Democrat of Connecticut"."""
    knowledge = frame.knowledge
    low = [t.low for t in inner if t.text != "."]
    party = [w for w in low if w in knowledge.parties]
    rest = [w for w in low if w not in knowledge.parties and w not in ("of", "from")]
    home = " ".join(rest)  # "New York Democrat", "Republican of South Carolina"
    return bool(party) and (_home(knowledge, home) or all(
        w in knowledge.places or w in knowledge.countries or w in knowledge.demonyms
        for w in rest))


def _coordinated_subject(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take the subject of the clause a coordinated cue ("and said" at j) joins: the noun
    phrase that opens the nearest clause before it, after a comma and its connectors, with
    a verb right after it ("GOP voters disagree, and yet Senator Tom Reyes voted for the bill
    and described it as “…”": Reyes; "Moreover, the senator left and said": the senator),
    or the relative pronoun of a relative clause the cue ends ("Ann Roe, a professor, who
    studied it and concluded": "who", Roe).
    None when no such clause stands between the frame's start and j ("Tom Reyes, a farmer,
    sold the land and said": the frame's subject, found by ``subject``)."""
    toks, words = frame.tokens, frame.words
    starts = [k + 1 for k in range(j - 1, floor - 1, -1)
              if toks[k].text == "," and not frame.inq[k]] + [floor]
    if starts[0] - 2 >= floor and toks[starts[0]].low == "who" \
            and toks[starts[0] - 2].text.isalpha() and not frame.inq[starts[0] - 2]:
        # "..., says Ann Roe, professor of law, who has studied the courts and concluded":
        # the relative pronoun, whose antecedent the resolver gives (Roe, not "professor")
        return (toks[starts[0]],)
    for s in starts:
        while s < j and (toks[s].low in words.connectors or toks[s].low in words.clause_openers
                         or toks[s].low in words.subordinators or toks[s].low == "and"
                         or opening_adverb(frame, s)):
            s += 1
        np = np_forward(frame, s) if s < j and not frame.inq[s] else None
        if np is None or np[0].low in _CLAUSE_WORDS or not _subject_like(frame, np):
            continue
        e = frame.index(np[-1]) + 1
        if e < j and _verb_like(frame, e):
            return np
    return None


# words that join a clause of its own to the one before, after a comma: ", and Roe said"
_COORDINATORS = frozenset({"and", "but", "yet"})


def coordinated_clause_subject(frame: Frame, i: int) -> Phrase | None:
    """Take the subject of the coordinated clause a participle set off at token i hangs on:
    the clause after the nearest ", and" or ", but" before it, when it opens with a subject
    and a verb ("The hall was packed, and Ann Roe played to the crowd, saying “…”": Roe, not
    the hall). None where no such clause stands between the frame's start and i ("Roe
    thanked the nurses, doctors, and staff, saying": a list, no clause)."""
    toks, words = frame.tokens, frame.words
    for k in range(i - 2, frame.floors[i], -1):
        if frame.inq[k] or toks[k].text != "," or toks[k + 1].low not in _COORDINATORS:
            continue
        s = k + 2
        while s < i and toks[s].low in words.connectors:
            s += 1  # ", and then Roe ..."
        np = np_forward(frame, s) if s < i and not frame.inq[s] else None
        if np is None or np[0].low in _CLAUSE_WORDS or not _subject_like(frame, np):
            return None
        np = with_name_after(frame, np)
        e = frame.index(np[-1]) + 1
        return np if e < i - 1 and _verb_like(frame, e) else None
    return None


def with_name_after(frame: Frame, np: Phrase) -> Phrase:
    """Give a description with the name right after it, which the noun phrase step ends
    before: "the union leader" + "Tom Reyes", "the mayor's rival" + "Ann Vale"."""
    toks = frame.tokens
    e = frame.index(np[-1]) + 1
    if e >= len(toks) or frame.inq[e] or not is_capitalized(toks[e].text) \
            or np[-1].low not in frame.words.speaker_heads:
        return np
    name = np_forward(frame, e)
    words = frame.words
    if name is None or not all(is_capitalized(t.text) or t.text == "." for t in name) \
            or any(t.low in words.days or t.low in words.months for t in name):
        return np  # not "the president Monday"
    return toks[frame.index(np[0]):frame.index(name[-1]) + 1]


def _verb_like(frame: Frame, k: int) -> bool:
    """Tell whether the word at k may be a finite verb after its subject: a past form, an
    auxiliary, a word in -s or one with an article after it ("voted", "has", "says", "cut
    the budget"), no article or preposition itself."""
    toks, words = frame.tokens, frame.words
    low = toks[k].low
    if not (toks[k].text.isalpha() and toks[k].text.islower()) or low in words.determiners \
            or low in words.oblique_prepositions or low in words.pronouns:
        return False
    return finite_verb(frame, k) or low in words.aux_verbs or low in words.irregular_past \
        or low.endswith(("ed", "s")) or (k + 1 < len(toks) and toks[k + 1].low in words.determiners)


def _clause_subject(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take a whole short subject that ends at j when no plain noun phrase does:
    "Several supporters of reform", "Many women in politics", "Nearly nine out of 10"."""
    toks, words = frame.tokens, frame.words
    k = j
    while k >= floor and j - k < 10 and not frame.inq[k] \
            and (toks[k].text not in ",;:—–()" or thousands_comma(frame, k, floor, j)) \
            and toks[k].low not in words.aux_verbs \
            and toks[k].low not in ("that", "which", "who", "whom", "what"):
        k -= 1
    if k >= floor and (toks[k].text not in ",;:—–(" or thousands_comma(frame, k, floor, j)) \
            and not frame.inq[k] and k >= 0:
        return None  # the subject runs further back than a short phrase
    np = trim(toks[k + 1:j + 1], frame)
    verb = next((frame.index(t) for t in np[1:] if finite_verb(frame, frame.index(t))
                 or _present_cue(frame, frame.index(t))), None)
    if verb is not None:
        # a clause, not its subject: "Ann Cole took office in July" gives Ann Cole; not
        # where people are its object ("met protesters on Monday chanting")
        if any(t.low in words.group_heads or (t.low.endswith("s") and t.low in words.speaker_heads)
               for t in toks[verb + 1:j + 1]):
            return None
        head = np_back(frame, verb - 1, frame.index(np[0]))
        return head if head and frame.index(head[-1]) == verb - 1 and (
            is_capitalized(head[-1].text) or head[-1].low in words.speaker_heads) else None
    if np and np[0].low in words.openers:
        return None
    if len(np) < 2 or not (np[0].low in words.quantifiers or np[0].low in words.determiners
                           or np[0].text[:1].isdigit() or is_capitalized(np[0].text)
                           or np[0].low in words.approximators
                           or np[0].low in words.speaker_heads):  # "But lawyers for ..."
        return None
    heads = [t for t in np if t.low in words.speaker_heads or t.low in frame.knowledge.demonyms
             or t.text.endswith("s") or t.text[:1].isdigit() or t.text == "%"]
    return np if heads else None


def subject(frame: Frame, limit: int) -> Phrase | None:
    """Take the subject of a frame: the first speaker-like noun phrase at its start or after
    an opening adverbial ("Here in Columbia, Sanders ...", "Chastened by ..., Trump ...",
    "Minutes later, the campaign ...", "After saying ..., the man ...")."""
    toks, words = frame.tokens, frame.words
    # the last clause a semicolon opens: "The vote was close; Ann Roe signed it, saying ..."
    first = max((k + 1 for k in range(limit) if toks[k].text == ";" and not frame.inq[k]),
                default=0)
    starts = [first]
    # a comma ends the opening adverbial, also inside the marks of a quotation that closes
    # it: "Having called the plan “a disaster,” Ann Roe now backs it"
    starts += [k + 1 for k in range(first, min(limit, first + 40)) if (
        toks[k].text == "," and not frame.inq[k]) or (
        toks[k].text in DOUBLE_MARKS and k > 0 and toks[k - 1].text == "," and frame.inq[k - 1])]
    for j in starts[:4]:
        while j < limit and (frame.inq[j] or toks[j].low in words.connectors):
            j += 1
        if j >= limit:
            break
        if toks[j].low in words.openers or toks[j].low in words.subordinators \
                or opening_adverb(frame, j):
            continue  # an adverbial clause or phrase, or "Nevertheless,", "First,": the
            # subject comes after its comma
        described = _described_subject(frame, j, limit)
        if described is not None:
            return described
        np = np_forward(frame, j)
        if np and _subject_like(frame, np):
            np = with_name_after(frame, np)
            return _named_in_apposition(frame, np) or np
    return None


# how many lower-case words may describe the name a subject opens with: "veteran harbour
# pilot Tom Reyes", "the new harbour master Ann Vale"
_SUBJECT_DESCRIPTORS = 4


def _described_subject(frame: Frame, j: int, limit: int) -> Phrase | None:
    """Give the subject that opens at j with lower-case words describing a person and then
    the person's name, which the noun phrase step cuts before the name or does not read:
    "veteran pilot Tom Reyes put it in perspective:", "co-host Ann Vale tried to ...", "the
    new harbour master Tom Reyes described ...". The last lower-case word is a noun for a
    person ("pilot", "co-host", "master"), the name two capitalised words at least, and a
    lower-case word (its verb) follows it; None otherwise ("Harbour Trust president", "A
    month after Tom Reyes left": "after" is no person, though it ends as "driver" does)."""
    toks, words = frame.tokens, frame.words
    k = j + 1 if j < limit and toks[j].low in ("the", "a", "an") else j
    start = k
    while k < limit and k - start < _SUBJECT_DESCRIPTORS and not frame.inq[k] \
            and toks[k].text.islower() and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", toks[k].text) \
            and toks[k].low not in words.determiners and toks[k].low not in words.pronouns \
            and toks[k].low not in words.connectors and toks[k].low not in words.prepositions \
            and toks[k].low not in words.subordinators and toks[k].low not in _JOINERS \
            and not (_past_word(frame, k) and toks[k].low not in words.modifiers):
        k += 1
    if k == start or k >= limit or not _heads_person(frame, toks[k - 1].low):
        return None
    name = np_forward(frame, k)
    if name is None or frame.index(name[0]) != k or len([t for t in name if t.text != "."]) < 2 \
            or not all(is_capitalized(t.text) or t.text == "." for t in name) \
            or any(t.low in words.days or t.low in words.months for t in name):
        return None
    e = frame.index(name[-1]) + 1
    if e >= limit or frame.inq[e] or not toks[e].text.islower():
        return None
    return toks[j:e]


# words that join two phrases, never a description's
_JOINERS = frozenset({"and", "or", "nor", "but"})


def _past_word(frame: Frame, k: int) -> bool:
    """Tell whether the word at k is a verb in the past by its form ("knocked", "took")."""
    low = frame.tokens[k].low
    return low.endswith("ed") or low in frame.words.irregular_past


def _heads_person(frame: Frame, w: str) -> bool:
    """Tell whether a lower-case word, or the last part of a hyphened one, is a noun for a
    person: "pilot", "co-host", "vice-chairman"; by its ending only where it is no modifier
    and has five letters at least ("driver", not "former", "after", "or")."""
    w = w.rsplit("-", 1)[-1]
    return listed_person_noun(frame, w) \
        or (len(w) >= 5 and w not in frame.words.modifiers and person_noun(frame, w))


def _describes_name(frame: Frame, k: int, c: int) -> bool:
    """Tell whether the token at k, in an apposition opened by the comma at c, is a
    lower-case word describing the name after it: a modifier, a title or a noun for a person
    ("former", "retired teacher", "co-founder"), or any noun after a modifier ("former
    astronaut"); not "who met", "named", "the"."""
    toks, words = frame.tokens, frame.words
    w = toks[k].low
    if frame.inq[k] or not toks[k].text.islower():
        return False
    if w in words.modifiers or person_noun(frame, w) \
            or ("-" in w and person_noun(frame, w.rsplit("-", 1)[1])):
        return True
    return k > c + 1 and toks[k - 1].low in words.modifiers and w.isalpha() \
        and k + 1 < len(toks) and is_capitalized(toks[k + 1].text)


# how many lower-case words may describe the name in an apposition to a subject: "Her
# husband, former astronaut Tom Reyes, ..."
_APPOSITION_DESCRIPTORS = 4


def _named_in_apposition(frame: Frame, np: Phrase) -> Phrase | None:
    """Give the name set off by commas after a subject that only describes a person, with
    the words that describe it: "Her husband, former astronaut Tom Reyes, patiently corrects
    her, saying ..." (Reyes), "The doctor, Ann Vale, ..." (Vale). None where the subject is
    a name already, is no person's description, or no such name follows."""
    toks, words = frame.tokens, frame.words
    last = np[-1]
    if is_capitalized(last.text) or not (last.low in words.staff or person_noun(frame, last.low)) \
            or not _owned(frame, np):
        return None
    c = frame.index(last) + 1
    if c + 2 >= len(toks) or toks[c].text != "," or frame.inq[c + 1]:
        return None
    k = c + 1
    while k < len(toks) and k - c <= _APPOSITION_DESCRIPTORS and _describes_name(frame, k, c):
        k += 1
    e = name_end(frame, k)
    name = [t for t in toks[k:e] if t.text != "."]
    # a relative named by the given name alone: "Lowe's wife, Ann, sought to play it down by
    # calling it ..." (Ann, whom the article's mentions name Ann Lowe)
    kin = len(name) == 1 and k == c + 1 and last.low in words.relations \
        and frame.knowledge.given_name(name[0].low)
    if (len(name) < 2 and not kin) or e >= len(toks) or toks[e].text != "," \
            or any(t.low in words.days or t.low in words.months for t in name):
        return None
    return toks[c + 1:e]


def _subject_like(frame: Frame, np: Phrase) -> bool:
    """Tell whether a phrase at a clause start can be its subject: not an opener, a
    participle ("Holding signs", "Chastened"), a time ("Minutes later", "The day before") or
    a place ("Salem, New Hampshire, Trump ...")."""
    toks, words, knowledge = frame.tokens, frame.words, frame.knowledge
    first, head = np[0], np[-1]
    if first.low in words.openers or (len(np) == 1 and first.low.endswith("ing")):
        return False  # "Reacting to ..., X"
    if len(np) == 1 and sentence_adverb(frame, frame.index(first)):
        return False  # "Ironically, Roe said ..."
    after = frame.index(head) + 1
    if frame.index(first) == 0 and first.low not in knowledge.given_names and (
            (len(first.text) > 4 and first.low.endswith(("ing", "ed")))
            or (len(np) == 1 and after < len(toks) and toks[after].low == "by")):
        return False  # a participle opening the sentence: "Chastened by the analyses, Trump"
    person = head.low in words.speaker_heads or (is_capitalized(head.text) and len(np) >= 2)
    if any(t.low in words.time_spans for t in np) or (
            after < len(toks) and toks[after].low in words.time_spans and not person):
        return False  # "a few [days later]", "Minutes later", "The day before" (not "An
        # aide later walked back the remarks, saying ...": the aide says it)
    if " ".join(t.low for t in np) in knowledge.places:
        return False
    if all(t.low in words.time_words or t.text == "." for t in np):
        return False  # "Also Wednesday, Gov. Ann Roe ...", "Early Thursday, the firm ..."
    return bool(is_capitalized(head.text) or head.low in words.speaker_heads
                or head.low in words.pronouns or words.people(head.low)
                or (len(np) >= 2 and head.low not in words.determiners
                    and not head.low.endswith(("ing", "ed"))))


# the least length and frequency (reportgen.frequency's Zipf scale) of the adjective an
# adverb in -ly is made from: "sad" (sadly), "ironic" (ironically), not "kel" (Kelly)
_ADVERB_STEM = 3
_ADVERB_STEM_ZIPF = 3.3


def sentence_adverb(frame: Frame, k: int) -> bool:
    """Tell whether a capitalised word at k is an adverb that comments on its sentence, set
    off by a comma: "Ironically, Roe said", "Frankly, the plan ..." (made from a common
    adjective by -ly; not "Connolly, a Democrat, said", nor "Kelly, ..." or "Emily, ...",
    given names)."""
    toks, words = frame.tokens, frame.words
    low = toks[k].low
    if not (k + 1 < len(toks) and toks[k + 1].text == "," and len(low) > 4 and low.isalpha()
            and low.endswith("ly")) or low in words.not_adverbs \
            or low in frame.knowledge.given_names:
        return False
    stems = [low[:-2], low[:-2] + "e"]  # "frank" (frankly), "notable" (notably)
    if low.endswith("ily"):
        stems.append(low[:-3] + "y")  # "happy" (happily)
    if low.endswith("ically"):
        stems.append(low[:-4])  # "ironic" (ironically)
    return any(len(s) >= _ADVERB_STEM and zipf_at_least(s, _ADVERB_STEM_ZIPF) for s in stems)


def opening_adverb(frame: Frame, k: int) -> bool:
    """Tell whether the word at k is a sentence adverb or an ordinal set off by a comma
    ("Nevertheless,", "Ultimately,", "First,"), which names no one: the subject comes after
    its comma; not a longer name that opens with one ("First Lady Jill Biden")."""
    toks = frame.tokens
    return toks[k].low in frame.words.sentence_adverbs and k + 1 < len(toks) \
        and toks[k + 1].text == "," and not frame.inq[k]


def subordinate_subject(frame: Frame, i: int) -> Phrase | None:
    """Take the named subject of the last subordinate clause before token i."""
    toks = frame.tokens
    for k in range(i - 1, 0, -1):
        if toks[k].low in frame.words.subordinators and not frame.inq[k] and k + 1 < i \
                and is_capitalized(toks[k + 1].text):
            return np_forward(frame, k + 1)
    return None


def anonymous_before(frame: Frame, i: int) -> Phrase | None:
    """Take an anonymous source described by what it knows, ending before token i: "a
    person familiar with the talks", "officials who spoke on condition of anonymity", also
    with no determiner ("Sources briefed on the matter said")."""
    before = frame.text[frame.span[0]:frame.tokens[i].start]
    start = _window(before)
    if not _may_know(before, start):
        return None  # no words of what a source knows, which each description holds
    m = _anonymous(frame.words.anonymous_sources).search(before, start)
    if not m:
        return None
    s, e = frame.span[0] + m.start(1), frame.span[0] + m.end(1)
    return frame.tokens[frame.first_at(s):frame.first_at(e)] or None


def _window(before: str) -> int:
    """Give where a match of the anonymous-source pattern may start at the earliest: its
    description ends at most 90 characters (and a comma) before the end, and holds at most
    ten words before that. Searching from there finds what searching from 0 finds, in a time
    that does not grow with the frame."""
    end = len(before.rstrip())
    if end and before[end - 1] == ",":
        end = len(before[:end - 1].rstrip())
    k = max(0, end - 90)
    for _ in range(12):  # words, each after its white space, going back
        while k > 0 and not before[k - 1].isspace():
            k -= 1
        while k > 0 and before[k - 1].isspace():
            k -= 1
    return k


# what an anonymous source's description says it knows or did: "familiar with", "who spoke"
_KNOWING = (r"familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in|"
            r"who (?:spoke|requested|asked|declined|was|were|is|are)\b")
# ... looked for alone first (``_may_know``): most stretches before a cue hold none of them,
# and the whole pattern, tried at each word of the window, cost more than the look
_KNOWS = re.compile(_KNOWING, re.I)
# a phrase of each of them as written: one stands in every match
_KNOWING_PHRASES = ("familiar with", "close to", "briefed on", "knowledge of", "involved in",
                    "who ")


def _may_know(before: str, start: int) -> bool:
    """Tell whether before[start:] may hold the words of what a source knows (``_KNOWING``):
    in ASCII text, one of their phrases in any case; other text is searched with the
    pattern's own flag, as its letters may match those of the phrases otherwise than by
    ``str.lower`` (``re.I`` matches "k" to the Kelvin sign, "s" to the long s)."""
    window = before[start:]
    if window.isascii():
        low = window.lower()
        return any(phrase in low for phrase in _KNOWING_PHRASES)
    return _KNOWS.search(before, start) is not None


@cache
def _anonymous(heads: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(heads, key=lambda w: (-len(w), w)))
    return re.compile(
        r"\b((?:(?:an?|one|two|three|several|some|the|other)\s+(?:[\w.’'-]+\s+){0,3}?)?"
        rf"(?:{alternatives})\s+(?:{_KNOWING})"
        r"[^,;“”\"]{0,90}?)\s*,?\s*$",
        re.I)
