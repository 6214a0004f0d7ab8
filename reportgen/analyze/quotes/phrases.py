"""Noun phrases by rule over tokens: the speaker-like phrase that ends or starts at a token.

No tagger: a word belongs to a noun phrase when it is capitalised, a number, or in one of the
word classes of a speaker's phrase (determiners, modifiers, speaker heads, titles, demonyms).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.marks import nickname_mark
from reportgen.analyze.tables import match_table
from reportgen.analyze.text import PARTY_TAG_WORD, Token, is_capitalized
from reportgen.frequency import zipf_at_least
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.punctuation import DOUBLE_MARKS


def np_word(tok: Token, frame: Frame) -> bool:
    """Tell whether a token may stand inside a speaker's noun phrase."""
    w, words, knowledge = tok.low, frame.words, frame.knowledge
    if tok.text in ".-&" or w in POSSESSIVE_ENDINGS:
        return True
    if is_capitalized(tok.text) or tok.text[:1].isdigit():
        return True
    if tok.text in DOUBLE_MARKS:
        return nickname_mark(frame.text, tok.start)  # Lewis "Scooter" Libby
    return (w in words.determiners or w in words.modifiers or w in words.speaker_heads
            or w in knowledge.titles or w in knowledge.demonyms or words.people(w))


def has_head(toks: Phrase, frame: Frame) -> bool:
    """Tell whether a phrase ends in a head a speaker can have."""
    last = toks[-1]
    return (is_capitalized(last.text) or last.low in frame.words.speaker_heads
            or frame.words.people(last.low)
            or last.low in frame.knowledge.titles or last.low in frame.words.pronouns
            or last.text == ".")


def trim(toks: Phrase, frame: Frame) -> Phrase:
    """Drop connectives and stray punctuation from the ends of a phrase."""
    while toks and (toks[0].low in frame.words.connectors or toks[0].text in ".-&,"
                    or toks[0].text in DOUBLE_MARKS  # a title read as words: “Double Down”
                    or toks[0].low in ("of", "for", "at")
                    or toks[0].low in frame.words.subordinators):  # "After the mayor"
        toks = toks[1:]
    while toks and (toks[-1].text in "-&," or toks[-1].text in DOUBLE_MARKS):
        toks = toks[:-1]
    dash = [n for n in range(len(toks) - 1) if toks[n].text == "-" and toks[n + 1].text == "-"]
    if dash:  # "7:19 p.m. -- The Washington Post": the phrase starts after the dash
        toks = toks[dash[-1] + 2:]
    return toks


def past_opening_preposition(toks: Phrase, frame: Frame) -> Phrase:
    """Drop a capitalised preposition that opens a phrase of more words, which a sentence's
    capital joined to it, and a day or month after it: "With three senators saying", "On
    Monday Romney said", "Via MSNBC" (the adverbial's object, or the name after it, is all
    that may speak); not before a document, whose author the clause after it names."""
    words = frame.words
    if len(toks) < 2 or not toks[0].text[:1].isupper() \
            or toks[0].low not in words.adverbial_prepositions or toks[-1].low in words.documents:
        return toks  # "In a statement announcing ..., the agency said": the agency, found later
    toks = toks[1:]
    while len(toks) > 1 and (toks[0].low in words.days or toks[0].low in words.months):
        toks = toks[1:]
    return toks


def np_back(frame: Frame, j: int, floor: int) -> Phrase | None:
    """Take the noun phrase that ends at token j, scanning backwards no further than floor."""
    toks, words = frame.tokens, frame.words
    j = before_parenthesis(toks, j, floor)  # "Sen. Johnny Isakson (R-Ga.)"
    j = _before_party_tag(toks, j, floor)  # "Rep. Gregory Meeks, D-N.Y.,"
    i = _np_start(frame, j, floor)
    if i == j and plain_head(frame, j, floor):
        # a head noun the lexicon lacks: "Donald Trump's son", "both candidates", "The radioman"
        i -= 1
        while i >= floor and not frame.inq[i] and (np_word(toks[i], frame)
                                                   or thousands_comma(frame, i, floor, j)):
            i -= 1
    elif i == j:
        i = _article_phrase(frame, j, floor)  # "The county clerk", "A school bus driver"
    if i >= floor and i + 1 <= j and (is_capitalized(toks[i + 1].text)
                                      or toks[j].low in words.speaker_heads):
        i = _before_descriptor(frame, i, floor)  # "psychotherapist Sherman", "farmer Tom Reed"
    np = trim(toks[i + 1:j + 1], frame)
    if not np or not (has_head(np, frame) or (len(np) >= 2 and np[-1].text.isalpha())):
        return None
    if len(np) == 1 and (np[0].low in words.determiners or np[0].low in ("that", "what")):
        if np[0].low in words.quantifiers and (i < floor or toks[i].text in ",;:"):
            return np  # "Several said ...", "Many say ..."
        return None
    if all(t.low in words.time_words or t.text in ".," for t in np) \
            and not month_surname(frame, i, np):
        return None  # "posted Friday": a date, not a speaker
    return np


def month_surname(frame: Frame, i: int, np: Phrase) -> bool:
    """Tell whether a phrase that is one capitalised time word (a month, "May", "March"),
    opening its clause after token i (the frame's start, a comma, "and" or "but"), is a
    surname the article writes after a given name or an honorific elsewhere: "Later, May
    said" where it names "Theresa May" or "Mrs. May"; not "in May", "May 5", nor "May" in
    an article that names no one so."""
    toks, words = frame.tokens, frame.words
    if len(np) != 1 or np[0].low not in words.time_words or not np[0].text.istitle() \
            or (i >= 0 and toks[i].text not in ",;" and toks[i].low not in _CLAUSE_JOINERS):
        return False
    return written_as_surname(frame, np[0].text)


def written_as_surname(frame: Frame, word: str) -> bool:
    """Tell whether the article writes a capitalised word after a given name or an honorific
    ("May" of "Theresa May" or "Mrs. May", "Long" of "Billy Long"): a surname, wherever else
    it stands."""
    knowledge = frame.knowledge
    return any(knowledge.given_name(before.lower())
               or before.lower().rstrip(".") in knowledge.words.honorifics
               for before in _words_before_capitalised(frame.text).get(word, ()))


# the words after which a clause's subject may open: "..., and May said"
_CLAUSE_JOINERS = frozenset({"and", "but"})
# a capitalised word after a capitalised one and a space, not before a number: "Theresa May",
# "Mrs. May" (not "May 5"); the second word is looked ahead at, as it may be the first of the
# next pair ("Minister Theresa May")
_AFTER_NAME = re.compile(r"\b([A-Z][a-z]+\.?)[ \xa0]+(?=([A-Z][a-z]+)\b(?![ \xa0]*\d))")


@lru_cache(maxsize=8)
def _words_before_capitalised(text: str) -> dict[str, frozenset[str]]:
    """Give, for each capitalised word a text writes after another capitalised one, the words
    before it ("May": {"Theresa", "Mrs."}), read once per text."""
    before: dict[str, set[str]] = {}
    for m in _AFTER_NAME.finditer(text):
        before.setdefault(m[2], set()).add(m[1])
    return {word: frozenset(seen) for word, seen in before.items()}


def _np_start(frame: Frame, j: int, floor: int) -> int:
    """Give the index before the first word of the noun phrase that ends at j."""
    toks, words = frame.tokens, frame.words
    i = j
    while i >= floor and not frame.inq[i]:
        t = toks[i]
        if np_word(t, frame) or _particle(frame, i, floor, j) or _in_title(frame, i) \
                or _joining_slash(frame, i, floor, j) or thousands_comma(frame, i, floor, j):
            i -= 1
            continue
        # "Secretary of State John Kerry", "a spokeswoman for Hillary Clinton", "the Council
        # on Foreign Relations" (after an organisation's word only: not "Trump on Tuesday")
        if t.low == "on" and i - 1 >= floor and i + 1 <= j and is_capitalized(toks[i + 1].text) \
                and is_capitalized(toks[i - 1].text) and toks[i - 1].low in words.name_heads:
            i -= 1
            continue
        if joins_name(frame, i, floor, j) or placed_body(frame, i, floor, j):
            i -= 1  # "the Bureau of Industry and Security", "the Chinese Embassy in Ottawa"
            continue
        if (t.low in ("of", "for") and i - 1 >= floor and i + 1 <= j
                and (is_capitalized(toks[i - 1].text) or toks[i - 1].low in words.speaker_heads
                     or toks[i - 1].low in words.group_heads
                     or toks[i - 1].low in frame.knowledge.titles)):
            i -= 1
            continue
        if _plural_possessive_in_name(frame, i, floor, j):
            i -= 1  # "the National Police Chiefs' Council", "the Ohio Sheriffs’ Association"
            continue
        if t.low == "to" and i - 1 >= floor and i + 1 <= j and is_capitalized(toks[i + 1].text) \
                and toks[i - 1].low in words.staff:
            i -= 1  # "an aide to Gov. Ann Roe", "advisers to Tom Reyes": whose staff
            continue
        break
    return i


def _plural_possessive_in_name(frame: Frame, i: int, lo: int, hi: int) -> bool:
    """Tell whether the apostrophe at i, inside lo..hi, marks a plural possessive inside an
    organisation's name that ends the phrase: "the National Police Chiefs' Council", "the
    Ohio Sheriffs’ Association" (a capitalised plural written against it, a capitalised word
    after it, a name's head last); not "NBC News' Tom Reyes" (a person after it)."""
    toks = frame.tokens
    hi = min(hi, len(toks) - 1)
    if not lo < i < hi or toks[i].text not in ("'", "’") or frame.inq[i - 1] \
            or frame.inq[i + 1] or toks[i - 1].end != toks[i].start:
        return False
    before, after, last = toks[i - 1].text, toks[i + 1].text, toks[hi].low
    return is_capitalized(before) and before.endswith("s") and is_capitalized(after) \
        and last in frame.words.name_heads and all(
            is_capitalized(x.text) for x in toks[i + 1:hi + 1])


# how many capitalised words may stand between "and" and the head of the name it is in, on
# either side: "the Bureau of Industry and Security", "the Center for Strategic and
# International Studies", "the United Food and Commercial Workers Union"
_JOINED_WORDS = 3


def joins_name(frame: Frame, i: int, lo: int, hi: int) -> bool:
    """Tell whether "and" or "to" at i, between capitalised words and inside lo..hi, joins the
    words of one organisation's proper name the tables lack: after a head's "of", "for" or
    "on" ("the Bureau of Industry and Security", "the Center for Strategic and International
    Studies"), before the head that ends the name ("the Freedom and Justice Party", "Britain's
    Foreign and Commonwealth Office"), or opening an infinitive after a head
    (``Words.infinitive_heads``: "the Committee to Protect Journalists", "Texas Right to
    Life"). Two bodies or people stay two: "Ann Roe and Tom Reyes", "the University of Iowa
    and Purdue University", "Trump and Fox News" (a body the tables know on either side)."""
    toks = frame.tokens
    if not lo < i < hi or toks[i].low not in ("and", "to") or frame.inq[i - 1] \
            or frame.inq[i + 1] or not is_capitalized(toks[i - 1].text) \
            or not _plain_capital(frame, i + 1):
        return False
    if toks[i].low == "to":
        return toks[i - 1].low in frame.words.infinitive_heads
    left = _capitals_back(frame, i - 1, lo)
    right = _capitals_on(frame, i + 1, hi)
    if not all(_plain_capital(frame, k) for k in range(left, i)) \
            or _known_body(frame, left, i) or _known_body(frame, i + 1, right):
        return False
    heads, words = frame.words.name_heads, frame.words
    last = toks[right - 1].low
    if right - i > 2 and (last in heads or last in words.org_heads):
        before = toks[left - 1] if left > lo else None  # the name opens after no capital
        return before is None or not is_capitalized(before.text) \
            or before.low in words.leading_articles or before.low.endswith(POSSESSIVE_ENDINGS)
    return left - 2 >= lo and toks[left - 1].low in ("of", "for", "on") \
        and toks[left - 2].low in heads and is_capitalized(toks[left - 2].text) \
        and toks[right - 1].low not in heads


def placed_body(frame: Frame, i: int, lo: int, hi: int) -> bool:
    """Tell whether "in" at i, inside lo..hi, joins a body and the place it is in, which the
    phrase ends with: "the Chinese Embassy in Ottawa", "Police in Dusseldorf", "a federal
    court in Ohio" (one to three capitalised words after it, none a time or a body's word; a
    government's body whose country the words before it name: "the foreign ministry in
    Beijing" stays the place's; not "Ann Roe in Ohio": no body before)."""
    toks, words = frame.tokens, frame.words
    if not lo < i < hi or toks[i].low != "in" or frame.inq[i - 1] or frame.inq[i + 1]:
        return False
    before = toks[i - 1].low
    if before not in words.name_heads and before not in words.org_heads:
        return False
    if (words.org_heads.get(before) or words.name_heads.get(before)) == "government" \
            and not _country_named(frame, i - 1, lo):
        return False  # "the foreign ministry in Beijing" is China's: the place says whose
    end = _capitals_on(frame, i + 1, hi) if is_capitalized(toks[i + 1].text) \
        and toks[i + 1].text.isalpha() else i + 1
    if end == i + 1 or (end <= hi and (is_capitalized(toks[end].text) or frame.inq[end])):
        return False  # no place, or a longer run of capitals after it
    return not any(t.low in words.name_heads or t.low in words.org_heads
                   or t.low in words.time_words or t.low in words.months
                   for t in toks[i + 1:end])


def _country_named(frame: Frame, k: int, lo: int) -> bool:
    """Tell whether a country or its people are named in the three words before a government
    body's word at k: "the Chinese Embassy", "the U.S. Embassy", "Saudi Arabia's Embassy"."""
    knowledge = frame.knowledge
    for t in frame.tokens[max(lo, k - 3):k]:
        low = t.low.removesuffix("’s").removesuffix("'s")
        if low in knowledge.countries or low in knowledge.demonyms:
            return True
    return False


def _capitals_back(frame: Frame, k: int, lo: int) -> int:
    """Give the first of the capitalised words (up to ``_JOINED_WORDS``) that end at k."""
    toks = frame.tokens
    first = k
    while first - 1 >= lo and k - first + 1 < _JOINED_WORDS and not frame.inq[first - 1] \
            and is_capitalized(toks[first - 1].text) and toks[first - 1].text.isalpha():
        first -= 1
    return first


def _capitals_on(frame: Frame, k: int, hi: int) -> int:
    """Give the index after the capitalised words (up to ``_JOINED_WORDS``) that start at k."""
    toks = frame.tokens
    end = k + 1
    while end <= hi and end - k < _JOINED_WORDS + 1 and not frame.inq[end] \
            and is_capitalized(toks[end].text) and toks[end].text.isalpha():
        end += 1
    return end


def _plain_capital(frame: Frame, k: int) -> bool:
    """Tell whether the token at k is a common English word capitalised, as the words of an
    organisation's name are ("Industry", "Freedom", "Protect"), and no place, people or given
    name ("Iowa", "Texas", "Tom")."""
    tok, knowledge = frame.tokens[k], frame.knowledge
    low = tok.low
    return is_capitalized(tok.text) and tok.text.isalpha() and not tok.text.isupper() \
        and low not in knowledge.places and low not in knowledge.countries \
        and low not in knowledge.demonyms and not knowledge.given_name(low) \
        and zipf_at_least(low, _PLAIN_ZIPF)


# a capitalised word this frequent in English may be a word of a name ("Industry" 5.2,
# "Protect" 4.9, "Nutrition" 4.1), not a name itself ("Purdue" 3.4)
_PLAIN_ZIPF = 4.0


def _known_body(frame: Frame, start: int, end: int) -> bool:
    """Tell whether the words start..end (exclusive) begin with a body the tables know: an
    organisation or an outlet ("Fox News", "Google")."""
    texts = [t.text for t in frame.tokens[start:end]]
    knowledge = frame.knowledge
    return bool(texts) and any(match_table(texts, k, table, 10)[0] == len(texts) - k
                               for table in (knowledge.organisations, knowledge.outlets)
                               for k in range(len(texts)))


def _joining_slash(frame: Frame, i: int, floor: int, j: int) -> bool:
    """Tell whether the token at i is a slash between two capitalised words, which joins the
    names of two bodies into one: "a Washington Post/ABC News poll", "a University of
    Texas/Texas Tribune poll" (not "he/she", "and/or")."""
    toks = frame.tokens
    return toks[i].text == "/" and floor <= i - 1 and i + 1 <= j \
        and is_capitalized(toks[i - 1].text) and is_capitalized(toks[i + 1].text)


def thousands_comma(frame: Frame, i: int, floor: int, j: int) -> bool:
    """Tell whether the token at i is the comma inside a number written with one, up to j:
    "1,000 victims", "75,000 callers" are one phrase, not "000 victims"."""
    toks = frame.tokens
    return toks[i].text == "," and floor <= i - 1 and i + 1 <= j \
        and toks[i - 1].text.isdigit() and toks[i + 1].text[:3].isdigit() \
        and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start


def _in_title(frame: Frame, i: int) -> bool:
    """Tell whether the token at i is a word of a two-word title whose words are no speaker's
    words alone: "first lady" ("the first lady said", "said first lady Ruth Vail")."""
    toks, titles = frame.tokens, frame.knowledge.titles
    return (i + 1 < len(toks) and f"{toks[i].low} {toks[i + 1].low}" in titles) or (
        i > 0 and f"{toks[i - 1].low} {toks[i].low}" in titles)


def _particle(frame: Frame, i: int, floor: int, j: int) -> bool:
    """Tell whether token i is a particle of a name, before its capitalised part (up to j):
    "van" in "Jan van Dijk", "von" and "der" in "von der Leyen"."""
    toks, particles = frame.tokens, frame.words.name_particles
    if i < floor or not (toks[i].low in particles and toks[i].text.islower()):
        return False
    k = i + 1
    while k <= j and k < len(toks) and toks[k].low in particles and toks[k].text.islower():
        k += 1
    return k <= j and k < len(toks) and not frame.inq[k] and is_capitalized(toks[k].text)


def _before_descriptor(frame: Frame, i: int, floor: int) -> int:
    """Step back over up to two lower-case words that describe a name, when a boundary
    stands before them: "psychotherapist Sherman", ", farmer Tom Reed"."""
    toks, words = frame.tokens, frame.words
    d = i
    while d >= floor and i - d < 2 and toks[d].text.isalpha() and toks[d].text.islower() \
            and toks[d].low not in words.skip_before_cue and toks[d].low not in words.not_clause:
        d -= 1
    if d < i and (d < floor or toks[d].text in ",;:" or frame.inq[d]):
        return d
    return i


def name_end(frame: Frame, k: int) -> int:
    """Give where the capitalised words of a name that starts at token k end, with the
    periods of initials and short titles in it ("Ann B. Vale", "Sen. Tom Reyes"), outside
    quotation marks."""
    toks = frame.tokens
    e = k
    while e < len(toks) and not frame.inq[e] and (
            is_capitalized(toks[e].text) or (toks[e].text == "." and e > k
                                             and len(toks[e - 1].text) <= 3)):
        e += 1
    return e


def before_parenthesis(toks: Phrase, j: int, floor: int) -> int:
    """Step back over a short parenthesis that ends at j ("(D-R.I.)"); else stay at j."""
    if j < floor or toks[j].text != ")":
        return j
    k = j - 1
    while k >= floor and k > j - 8 and toks[k].text != "(":
        k -= 1
    return k - 1 if k > floor and toks[k].text == "(" else j


# the most tokens a party tag takes: "D-W.Va." is four ("D-W", ".", "Va", "."), as a period
# before a capitalised word ends a token
_PARTY_TAG_TOKENS = 4


def is_party_tag(toks: Phrase) -> bool:
    """Tell whether tokens spell a party tag: "D-Calif.", "R-N.Y.", "I-Vt", "D-W.Va."."""
    return 0 < len(toks) <= _PARTY_TAG_TOKENS and \
        bool(PARTY_TAG_WORD.match("".join(t.text for t in toks)))


def _before_party_tag(toks: Phrase, j: int, floor: int) -> int:
    """Step back over a party tag set off by commas that ends at j ("Meeks, D-N.Y.",
    "Manchin, D-W.Va."); else stay at j."""
    for n in range(_PARTY_TAG_TOKENS, 0, -1):
        k = j - n + 1
        if k - 1 >= floor and toks[k - 1].text == "," and is_party_tag(toks[k:j + 1]):
            return k - 2
    return j


def finite_verb(frame: Frame, k: int) -> bool:
    """Tell whether the token at k is a verb in the past: an irregular past ("took",
    "met"), or a word in -ed with an object after it ("sued the state", "filed a suit")."""
    toks, words = frame.tokens, frame.words
    low = toks[k].low
    if low in words.irregular_past:
        return True
    return low.endswith("ed") and k + 1 < len(toks) and (
        toks[k + 1].low in words.determiners or toks[k + 1].low in _OBJECT_PRONOUNS)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def plain_head(frame: Frame, j: int, floor: int) -> bool:
    """Tell whether an unknown lower-case word at j heads a noun phrase: a determiner,
    quantifier, possessive or known modifier stands right before it."""
    toks, words = frame.tokens, frame.words
    w = toks[j]
    if not (w.text.isalpha() and w.text.islower()) or j - 1 < floor:
        return False
    if w.low in words.skip_before_cue or w.low in words.not_clause or w.low in words.connectors \
            or w.low in words.pronouns or finite_verb(frame, j) \
            or (w.low.endswith("ly") and w.low not in words.person_nouns):  # "ally"
        return False  # "The campaign sent", "the campaign issued a": a verb, no head
    prev = toks[j - 1]
    if w.low in words.relative_pronouns and prev.text[:1].isdigit():
        return False  # "a voter in Iowa on Dec. 5 who asked", "a rule from 2005 that says"
    if prev.low in ("this", "that") and w.low.endswith("s") and not w.low.endswith("ss"):
        return False  # "This involves": a verb after a singular demonstrative, no plural
    return (prev.low in words.determiners
            or prev.low in ("both", "all", "the", "a", "an")
            or prev.text[:1].isdigit()
            or prev.low.endswith(POSSESSIVE_ENDINGS) or prev.low in words.modifiers
            or prev.low in frame.knowledge.demonyms or _placed_person(frame, j, floor))


# how many capitalised words may name the place between an article and a person's noun: "a
# Boston doctor", "One Las Vegas attorney", "a New York City teacher"
_MAX_PLACE_WORDS = 3


def _placed_person(frame: Frame, j: int, floor: int) -> bool:
    """Tell whether a lower-case word at j is a person's noun after a capitalised place (or
    other name) that an article opens: "A Georgia pastor", "said a Texas farmer", "One Boston
    doctor"; the article makes the capitalised words a modifier, not the speaker's name (no
    article: "Georgia Pastor said" stays a name)."""
    toks = frame.tokens
    if not person_noun(frame, toks[j].low):
        return False
    k = j - 1
    while k >= floor and j - k <= _MAX_PLACE_WORDS and not frame.inq[k] \
            and is_capitalized(toks[k].text) and toks[k].text.isalpha() \
            and toks[k].low not in _DESCRIPTION_OPENERS:
        k -= 1
    if j - k >= 2:  # modifiers before the name: "a former FBI agent", "one top Obama ally"
        while k > floor and j - k <= _MAX_PLACE_WORDS + _MAX_ADJECTIVES and not frame.inq[k] \
                and toks[k].text.islower() and toks[k].low in frame.words.modifiers:
            k -= 1
    return j - k >= 2 and k >= floor and not frame.inq[k] \
        and toks[k].low in _DESCRIPTION_OPENERS


def person_noun(frame: Frame, w: str) -> bool:
    """Tell whether a lower-case word is a noun for a person by the lexicon or by an ending
    that seldom names a thing ("pastor", "farmer", "teacher"; not "government", "statement")."""
    return listed_person_noun(frame, w) \
        or (frame.words.person_ending(w) and not _thing_word(frame, w))


def listed_person_noun(frame: Frame, w: str) -> bool:
    """Tell whether the lexicon lists a lower-case word as a noun for a person: a speaker's
    head, a title, a relation or a person noun ("spokesman", "senator", "widow", "pilot")."""
    words = frame.words
    return w in words.speaker_heads or w in frame.knowledge.titles or w in words.relations \
        or w in words.person_nouns


# how many unknown lower-case words may stand between an opening article and the head:
# "The county clerk", "A school bus driver"
_MAX_NOUNS = 2


def _article_phrase(frame: Frame, j: int, floor: int) -> int:
    """Give the index before a phrase that opens a clause with "the", "a" or "an" and holds
    lower-case words the lexicon lacks before the head at j, after known modifiers if any
    ("The county clerk said", "A school bus driver told", "The new county clerk said"); j
    itself when there is none. The article must open the clause (a frame's start or after a
    comma, colon or semicolon): "counted the county clerk" is no subject."""
    toks, words = frame.tokens, frame.words
    k = j
    while k - 1 >= floor and j - k < _MAX_NOUNS and not frame.inq[k - 1] \
            and _plain_noun(toks[k - 1], frame):
        k -= 1
    if not _plain_noun(toks[j], frame):
        return j
    # "The Facebook post", "the Senate bill" (not "the British playwright who": no head)
    named = k if toks[j].low in words.relative_pronouns else _name_before(frame, k, floor)
    if k == j and named == k:
        return j
    by_name, k = named < k, named
    while k - 1 >= floor and not frame.inq[k - 1] and toks[k - 1].low in words.modifiers:
        k -= 1  # "The new county clerk"
    a = k - 1
    if a < floor or frame.inq[a] or toks[a].low not in words.leading_articles:
        return j
    if by_name:  # the sentence's own subject only, not a phrase after a quotation
        return a - 1 if a == 0 or toks[a - 1].text in ",;:" else j
    return a - 1 if a == floor or toks[a - 1].text in ",;:" else j


def _name_before(frame: Frame, k: int, floor: int) -> int:
    """Step back from token k over the capitalised words of a name that says whose the noun
    at k is ("The Facebook post", "The Nation magazine", "the Informed Voters coalition"): to
    the name's first word, no further than an article; k itself where none stands there."""
    toks = frame.tokens
    c = k
    while c - 1 >= floor and k - c < _MAX_PLACE_WORDS and not frame.inq[c - 1] \
            and is_capitalized(toks[c - 1].text) \
            and toks[c - 1].low not in frame.words.leading_articles \
            and toks[c - 1].low not in frame.words.determiners:
        c -= 1
    return c


# the words that open an unnamed person's description after a verb: "said one freshman
# lawmaker", "said the exhausted nurse"
_DESCRIPTION_OPENERS = ("a", "an", "one", "another", "the")
# how many capitalised adjectives may stand before the head: "a young Syrian refugee"
_MAX_ADJECTIVES = 2


def _described_head(frame: Frame, j: int, i: int) -> int:
    """Give the end of a description that opens at j with "a", "an", "one", "another" or "the"
    and ran to i through known modifiers and one unknown lower-case word: up to a person's head
    after at most one more such word and up to two party or country adjectives ("said one
    freshman lawmaker", "said a veteran county official", "said an exhausted nurse", "said a
    freshman Republican senator", "said a young Syrian refugee") or a capitalised party noun
    ("said one freshman Democrat"); i itself when no such head follows ("said a statement from
    the agency", "said the new rules under the plan")."""
    toks = frame.tokens
    if toks[j].low not in _DESCRIPTION_OPENERS \
            or not all(t.text.islower() for t in toks[j + 1:i]):
        return i
    k = i
    while k < len(toks) and k - i < _MAX_NOUNS - 1 and not frame.inq[k] \
            and _plain_noun(toks[k], frame) and not person_head(frame, toks[k].low):
        k += 1
    a = k
    while k < len(toks) and k - a < _MAX_ADJECTIVES and not frame.inq[k] \
            and _people_adjective(frame, k):
        k += 1
    if k >= len(toks) or frame.inq[k]:
        return i
    head = toks[k].low
    if toks[k].text.islower() and (head in frame.words.speaker_heads or (
            person_head(frame, head) and _ends_description(frame, k))):
        return k + 1
    if k > a and toks[k - 1].low in frame.words.party_nouns:
        return k  # "one freshman Democrat"
    return i


def _name_after_adjective(frame: Frame, j: int, i: int) -> int:
    """Give the end of a person's name that follows an article and one lower-case word the
    lexicon lacks, read up to i: the word describes the name ("says the boisterous Tom Reyes",
    "said the cheerful Ann Roe, who ..."); i itself where no name of two words or more
    follows ("said the agency Friday", "the council's statement").
    """
    toks, words = frame.tokens, frame.words
    if i != j + 2 or toks[j].low not in words.leading_articles or _names_a_kind(frame, j + 1):
        return i
    k = i
    while k < len(toks) and not frame.inq[k] and (
            is_capitalized(toks[k].text) or (toks[k].text == "." and len(toks[k - 1].text) == 1)
            or (k > i and _name_joiner(frame, k))):
        if toks[k].low in words.time_words or toks[k].low in words.days \
                or toks[k].low in words.months:
            return i
        k += 1
    return k if sum(is_capitalized(t.text) for t in toks[i:k]) >= 2 else i


# the lower-case words inside an organisation's name: "Committee for a Responsible Federal
# Budget", "Center for American Progress", "Doctors Without Borders" is capitalised
_NAME_JOINERS = frozenset({"for", "of", "and", "on", "a", "the", "&"})


def _name_joiner(frame: Frame, k: int) -> bool:
    """Tell whether a lower-case word at k joins capitalised words of one name: up to two of
    them, a capitalised word after ("for a Responsible", "of the")."""
    toks = frame.tokens
    if toks[k].low not in _NAME_JOINERS or (not is_capitalized(toks[k - 1].text)
                                            and toks[k - 1].low not in _NAME_JOINERS):
        return False
    n = k + 1
    while n < len(toks) and n - k < 2 and toks[n].low in _NAME_JOINERS:
        n += 1
    return n < len(toks) and not frame.inq[n] and is_capitalized(toks[n].text)


def _person_after_qualifier(frame: Frame, j: int, i: int) -> int:
    """Give the end of a description whose words up to i end in a singular speaker's noun
    that only qualifies the person noun after it, past one more lower-case word at most: "a
    fellow student", "A fellow female student", "the group treasurer", "a council clerk"; i
    itself where no person noun ends the phrase there ("the group said", "a fellow at the
    institute", "the council members")."""
    toks, words = frame.tokens, frame.words
    if not (j < i < len(toks)) or toks[j].low not in _DESCRIPTION_OPENERS \
            or not all(t.text.isalpha() and t.text.islower() for t in toks[j + 1:i]):
        return i
    last = toks[i - 1].low
    if i - 1 == j or last.endswith("s") or last not in words.speaker_heads:
        return i
    for k in (i, i + 1):
        if k >= len(toks) or frame.inq[k] or not _plain_noun(toks[k], frame) \
                or _verb_form(frame, k):
            return i
        if person_head(frame, toks[k].low) and _ends_subject(frame, k):
            return k + 1
    return i


def _verb_form(frame: Frame, k: int) -> bool:
    """Tell whether a lower-case word at k may be a verb: a past, a participle, a cue."""
    low, words = frame.tokens[k].low, frame.words
    return low.endswith(("ed", "ing")) or low in words.irregular_past \
        or low in frame.knowledge.cues or finite_verb(frame, k)


def _ends_subject(frame: Frame, k: int) -> bool:
    """Tell whether the head at k ends its phrase: as a description does, or before a verb
    ("A fellow student took ...", "the group treasurer said")."""
    return _ends_description(frame, k) or (k + 1 < len(frame.tokens) and not frame.inq[k + 1]
                                           and _verb_form(frame, k + 1))


def _names_a_kind(frame: Frame, k: int) -> bool:
    """Tell whether a lower-case word at k names what the name after it is, no adjective: "the
    newspaper New York Times", "the nonprofit Clean Rivers", "the report Tom Reyes wrote" (a
    person's word stays: "said the singer Tom Reyes" is Tom Reyes)."""
    low, words = frame.tokens[k].low, frame.words
    return low in words.org_descriptions or low in words.org_heads or low in words.name_heads \
        or low in words.documents


def _people_adjective(frame: Frame, k: int) -> bool:
    """Tell whether a capitalised word at k says a person's party or country before a head:
    "Republican", "Democrat", "Democratic", "Syrian"."""
    tok, words = frame.tokens[k], frame.words
    return is_capitalized(tok.text) and (
        tok.low in words.party_nouns or tok.low in words.modifiers
        or tok.low in frame.knowledge.demonyms)


# what may follow the head of a description that ends an inverted attribution: "said an
# exhausted nurse from Ohio", "said a weary doctor at the clinic, ..."
_AFTER_DESCRIPTION = frozenset({"from", "of", "at", "in", "with", "for", "who", "on", "and"})


def _ends_description(frame: Frame, k: int) -> bool:
    """Tell whether the head at k ends its phrase: punctuation, a quotation or a preposition
    follows ("the new rules under the plan" has no head at "under")."""
    toks = frame.tokens
    after = k + 1
    return after >= len(toks) or frame.inq[after] or not toks[after].text[:1].isalnum() \
        or toks[after].low in _AFTER_DESCRIPTION


# endings of nouns for people that as often end a thing's: "consultant", "resident" but
# "government", "statement"; a description's head may end so, a person after a place may not
_LOOSE_PERSON_ENDINGS = ("ant", "ent")


def person_head(frame: Frame, w: str) -> bool:
    """Tell whether a lower-case word may head a description of a person: "spokesman",
    "bank president", "county treasurer", "nurse", "son" (not "one entry", "the letter")."""
    return person_noun(frame, w) \
        or (w.endswith(_LOOSE_PERSON_ENDINGS) and not _thing_word(frame, w))


def _thing_word(frame: Frame, w: str) -> bool:
    """Tell whether a word that ends as a noun for a person does names a document, a setting
    or a time instead: "letter", "statement", "document", "winter", "later"."""
    words = frame.words
    return w in words.documents or w in words.settings or w in words.time_words


def _described_by_time_word(frame: Frame, i: int) -> bool:
    """Tell whether a time word at i describes a person after a determiner: "the late Rep. Tom
    Reyes", "his late wife" (a modifier), not "said late Friday"."""
    toks, words = frame.tokens, frame.words
    return toks[i].low in words.modifiers and i > 0 and toks[i - 1].low in words.determiners \
        and i + 1 < len(toks) and not frame.inq[i + 1] and toks[i + 1].low not in words.time_words \
        and toks[i + 1].low not in words.days and toks[i + 1].low not in words.months


def _plain_noun(tok: Token, frame: Frame) -> bool:
    """Tell whether a token could be a noun of a phrase: lower-case letters, no word of a
    closed class that marks a clause, a time or an adverb."""
    w, words = tok.low, frame.words
    return tok.text.isalpha() and tok.text.islower() and not w.endswith("ly") \
        and w not in words.skip_before_cue and w not in words.not_clause \
        and w not in words.connectors and w not in words.pronouns \
        and w not in words.time_words and w not in words.determiners \
        and w not in words.subordinators and w not in words.aux_verbs


def _dated(frame: Frame, i: int, j: int) -> bool:
    """Tell whether a day or month at token i dates the noun after it, inside the phrase that
    opens at j with an article: "a July report", "the Friday statement"."""
    toks, words = frame.tokens, frame.words
    return i == j + 1 and toks[j].low in words.leading_articles and i + 1 < len(toks) \
        and (toks[i].low in words.months or toks[i].low in words.days) \
        and toks[i + 1].text.isalpha() and toks[i + 1].text.islower()


def _counted(frame: Frame, j: int) -> bool:
    """Tell whether a count of people opens a phrase at j: "Hundreds of nurses"."""
    toks = frame.tokens
    return j + 2 < len(toks) and toks[j].low in frame.words.counts and toks[j + 1].low == "of" \
        and _lower_word(toks[j + 2]) and not frame.inq[j + 2]


def _lower_word(t: Token) -> bool:
    """Tell whether a token is a lower-case word, hyphenated or not: "nurses", "pro-life"."""
    return t.text.islower() and t.text.replace("-", "").isalpha()


# how many words after "of" a count's people may take: "Dozens of pro-life public figures and
# movement leaders"
_COUNTED_REACH = 8


def _counted_end(frame: Frame, j: int) -> int:
    """Give the end of the people a count at j opens, up to the last word for people among the
    lower-case words after "of" ("Dozens of local business owners", "Hundreds of striking
    nurses and their supporters"); the word after "of" alone where none is such a word."""
    toks, words = frame.tokens, frame.words
    end = j + 3
    for k in range(j + 2, min(len(toks), j + 2 + _COUNTED_REACH)):
        t = toks[k]
        if frame.inq[k] or not _lower_word(t):
            break
        if words.people(t.low) or t.low in words.speaker_heads or t.low in words.group_heads:
            end = k + 1
    return end


def _ends_sentence(frame: Frame, i: int, j: int) -> bool:
    """Tell whether the period at i ends a sentence inside a phrase that starts at j: after a
    word that is no abbreviation or initial, before a capitalised word ("said Olsen.But")."""
    toks = frame.tokens
    if toks[i].text != "." or i == j or i + 1 >= len(toks):
        return False
    before = toks[i - 1]
    return toks[i + 1].start == toks[i].end and is_capitalized(toks[i + 1].text) \
        and len(before.text) > 1 and before.low not in frame.words.abbreviations \
        and before.low not in frame.knowledge.titles


def _title_of_the(frame: Frame, i: int, j: int) -> bool:
    """Tell whether "of the" at i goes on a title that opens the phrase: "Speaker of the
    House Nancy Pelosi", "Chairman of the Joint Chiefs"."""
    toks = frame.tokens
    return i > j and toks[i].low == "of" and i + 2 < len(toks) and toks[i + 1].low == "the" \
        and is_capitalized(toks[i + 2].text) and toks[i - 1].low in frame.knowledge.titles \
        and all(is_capitalized(t.text) for t in toks[j:i])


def _name_head_of_the(frame: Frame, i: int, j: int) -> bool:
    """Tell whether "of the" or "for a" at i goes on the name of an organisation whose head
    the phrase holds before it: "said the Center for the Study of the American Electorate",
    "said the Committee for a Responsible Federal Budget", "said the League of the South"."""
    toks, heads = frame.tokens, frame.words.name_heads
    return i > j and toks[i].low in ("of", "for") and i + 2 < len(toks) \
        and toks[i + 1].low in frame.words.leading_articles and is_capitalized(toks[i + 2].text) \
        and is_capitalized(toks[i - 1].text) \
        and any(toks[k].low in heads and is_capitalized(toks[k].text) for k in range(j, i))


def _name_head_on(frame: Frame, i: int, j: int) -> bool:
    """Tell whether "on" at i goes on the name of an organisation whose head stands right
    before it, capitalised, and a capitalised word after it, as the noun phrase read back
    takes it (``_np_start``): "The Commission on Fair Harbors has ..., saying", "said the
    Council on Harbor Relations"; not before a time ("said the Commission on Monday", "the
    Harbor Office on Harbor Day": the phrase ends before "on") nor a lower-case word ("the
    Commission on its website")."""
    toks = frame.tokens
    if not (i > j and toks[i].low == "on" and i + 1 < len(toks)
            and is_capitalized(toks[i + 1].text) and is_capitalized(toks[i - 1].text)
            and toks[i - 1].low in frame.words.name_heads):
        return False
    end = _capitals_on(frame, i + 1, len(toks) - 1)
    return not any(t.low in frame.words.time_words for t in toks[i + 1:end])


def _inside_organisation(frame: Frame, i: int, j: int) -> bool:
    """Tell whether an "and" at i stands inside the name of an organisation the knowledge
    has, begun at j or after ("said Food and Drug Administration Commissioner Ann Roe")."""
    toks = frame.tokens
    if toks[i].low not in ("and", "&") or i == j:
        return False
    texts = [t.text for t in toks[max(j, i - 5):i + 6]]
    at = i - max(j, i - 5)
    return any(k + match_table(texts, k, frame.knowledge.organisations, 10)[0] > at + 1
               for k in range(at))


def plural_possessive(frame: Frame, k: int, j: int) -> bool:
    """Tell whether the token at k is the apostrophe of a possessive in -s that closes up to
    the capitalised word before it: "Sanders' chief strategist", "Democrats’ leader"."""
    toks = frame.tokens
    return k > j and toks[k].text in ("'", "’") and toks[k - 1].end == toks[k].start \
        and toks[k - 1].low.endswith("s") and is_capitalized(toks[k - 1].text) \
        and not frame.inq[k] and not _single_quote_open(frame, k)


# how far back a single quotation mark may open that an apostrophe after an -s closes:
# "the ‘Democrats’ plan"
_SINGLE_QUOTE_REACH = 8


def _single_quote_open(frame: Frame, k: int) -> bool:
    """Tell whether a single quotation mark opens shortly before the apostrophe at k, so the
    apostrophe may close it rather than mark a possessive."""
    toks = frame.tokens
    for m in range(k - 1, max(-1, k - 1 - _SINGLE_QUOTE_REACH), -1):
        if toks[m].text == "‘" or (toks[m].text in ("'", "’") and m + 1 < len(toks)
                                   and toks[m + 1].start == toks[m].end
                                   and (m == 0 or toks[m - 1].end < toks[m].start)):
            return True
    return False


def np_forward(frame: Frame, j: int) -> Phrase | None:
    """Take the noun phrase that starts at token j ("said the Ukrainian Ministry on Sunday")."""
    toks, words = frame.tokens, frame.words
    if j >= len(toks) or frame.inq[j]:
        return None
    if toks[j].low in words.pronouns:
        return (toks[j],)
    i = j
    while i < len(toks) and not frame.inq[i] and (
            np_word(toks[i], frame) or toks[i].low.endswith(POSSESSIVE_ENDINGS)
            or _in_title(frame, i)
            or (i > j and _particle(frame, i, j, len(toks) - 1))
            or (toks[i].low in ("of", "for") and i + 1 < len(toks)
                and is_capitalized(toks[i + 1].text))
            or _title_of_the(frame, i, j) or _inside_organisation(frame, i, j)
            or _name_head_of_the(frame, i, j) or _name_head_on(frame, i, j)
            or joins_name(frame, i, j, len(toks) - 1)
            or _plural_possessive_in_name(frame, i, j, _capitals_on(frame, i + 1,
                                                                    len(toks) - 1) - 1)
            or placed_body(frame, i, j, len(toks) - 1)):
        if (toks[i].low in words.time_words and i > j and not _dated(frame, i, j)
                and not _described_by_time_word(frame, i) and not _name_head_on(frame, i, j)) \
                or _ends_sentence(frame, i, j):
            break
        i += 1
    if i == j + 1 and _counted(frame, j):
        i = _counted_end(frame, j)  # "Hundreds of nurses", "Dozens of local business owners"
    i = _person_after_qualifier(frame, j, i)
    if i < len(toks) and i > j and not frame.inq[i] and plain_head(frame, i, j):
        i += 1  # a head noun the lexicon lacks: "The council's statement"
        i = _described_head(frame, j, i)
        i = _name_after_adjective(frame, j, i)
    np = trim(toks[j:i], frame)
    if len(np) == 1 and np[0].low in words.determiners:
        return None
    while np and np[-1].low in ("of", "for", "."):
        if np[-1].text == "." and len(np) > 1 and (
                np[-2].low in words.abbreviations or len(np[-2].text) == 1):
            break  # "Gen." keeps its period
        np = np[:-1]
    if not np or not (has_head(np, frame) or (len(np) >= 2 and np[-1].text.isalpha())):
        return None
    return np
