"""The site of a cue: the cue, its speaker mention, and where reported content may start.

Found once per cue, before the attribution patterns are tried on it. The speaker is the
anonymous source or subject before the cue; after ", saying" the sentence's subject; after
an inverted cue ("…, said Robert Egge") the noun phrase after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen.analyze.quotes.cues import (
    cue_at,
    is_adverb,
    passive_report,
    prompted_speaker,
    skip_after_cue,
    statement_infinitive,
    title_stop,
)
from reportgen.analyze.quotes.found import Mention
from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.marks import title_cased
from reportgen.analyze.quotes.phrases import (
    finite_verb,
    name_end,
    np_back,
    np_forward,
    past_opening_preposition,
    person_head,
    person_noun,
    plural_possessive,
)
from reportgen.analyze.quotes.speakers import (
    anonymous_before,
    coordinated_clause_subject,
    lone_source,
    speaker_before,
    subject,
    subject_before_quoted_relative,
    subordinate_subject,
)
from reportgen.analyze.text import APOSTROPHES, Token, is_capitalized
from reportgen.knowledge import Cue
from reportgen.knowledge.words import POSSESSIVE_ENDINGS, POSSESSIVE_MARKS
from reportgen.punctuation import DOUBLE_MARKS, OPENING_EDGE

# what sets off an attribution: "“…,” said Tom Reyes", "…, Pentagon spokesman Pat Ryder said"
DASHES = (",", "—", "–")
# what sets off a participle clause whose subject is the sentence's: ", saying", "– calling"
_SET_OFF = (",", "—", "–", "-")


@dataclass(frozen=True, slots=True)
class Site:
    """A cue at tokens i..last of a frame, with its speaker found."""

    frame: Frame
    i: int
    last: int
    cue: Cue
    cue_mention: Mention
    speaker: Phrase | None
    mention: Mention | None  # the speaker as written
    inverted: bool  # the speaker follows the cue: "…, said Robert Egge"
    before: int  # the first token of the attribution (speaker, else cue)
    content: int  # the token where content after the cue would start
    that: bool  # the content after the cue opens with "that"


def find_site(frame: Frame, i: int, last: int, cue: Cue, last_speaker: Phrase | None) -> Site:
    """Find the speaker of the cue at tokens i..last and where its content may start."""
    toks = frame.tokens
    floor = frame.floors[i]
    cue_mention = frame.mention(toks[i:last + 1])
    if i > floor and toks[i - 1].text not in DASHES and _relays(frame, last):
        # "recalled Tom Reyes telling her, ...": the words are Reyes's, found at "telling"
        return Site(frame, i, last, cue, cue_mention, None, None, False, i, 0, False)
    if _in_document_opening(frame, i, floor):
        # "In a statement announcing his exit, Ann Roe vowed ...": the participle says what
        # the document is; the clause after the comma says who speaks, at its own cue
        return Site(frame, i, last, cue, cue_mention, None, None, False, i, 0, False)
    # "X was quoted as saying", "X is reported to have said": X, before "was"
    passive = passive_report(frame, i)
    # "X went on to say": X, before "went"
    governing = statement_infinitive(frame, i) if passive is None else passive
    # "an aide who spoke to the Gazette said", "... went on to say": the source ends before
    # the verb that makes the statement
    speaker = anonymous_before(frame, i if passive is not None or governing is None
                               else governing) if floor == 0 else None
    relayed = _relayed_speaker(frame, i, floor) if passive is None else None
    # "prompting Trump to call him ...": the one prompted speaks
    prompted = prompted_speaker(frame, i) if passive is None else None
    relayed = relayed or prompted
    # "Ann Roe, who called the plan “a scam,” said ...": the name the clause hangs on
    speaker = speaker or relayed or speaker_before(
        frame, i if governing is None else governing, floor) \
        or subject_before_quoted_relative(frame, i)
    if speaker is not None:
        speaker = past_opening_preposition(speaker, frame)  # "On Monday Romney said"
    if speaker is not None and len(speaker) == 1 and speaker[0].low in frame.words.openers \
            and frame.index(speaker[0]) == 0:
        # "Having once called X a “fraud”, the senator ...": the clause's subject follows it
        speaker = subject(frame, len(toks))
    # ", saying ...", "a statement saying ...", "ended the speech by telling the crowd ..."
    participle = passive is None and toks[i].low.endswith("ing") and i > 0 and (
        toks[i - 1].text in _SET_OFF or toks[i - 1].low in frame.words.settings
        or _set_off_before(frame, i)
        or (toks[i - 1].low == "by" and _opens_statement(frame, last, cue))
        or _after_clause(frame, i, floor))
    if participle:
        speaker = (_relative_by(frame, i, last, cue, floor) if toks[i - 1].low == "by"
                   else None) \
            or _participle_subject(frame, i, last_speaker) \
            or (speaker if toks[i - 1].text not in _SET_OFF else None)
    inverted = False
    # "…, said the ministry" inverts; "Recalling the vote, X said" is a participle clause
    may_invert = not participle and not toks[i].low.endswith("ing") and (
        i == 0 or i == floor or toks[i - 1].text in (",", "—", "–") or frame.inq[i - 1]) \
        and not (cue.takes_object and _after_title(frame, i))
    if may_invert and (after := _inverted_speaker(frame, i, last, cue, speaker)) is not None \
            and not (_closes_aside(frame, i, floor) and not _ends_clause(frame, after)):
        speaker, inverted = after, True
    if speaker is not None and len(speaker) == 1 \
            and speaker[0].low in frame.words.generic_pronouns \
            and not lone_source(frame, i, frame.index(speaker[0]), floor) \
            and not _you_addressed(frame, frame.index(speaker[0]), i):
        speaker = None  # "you might say", "we said last week": no one the article quotes
    if speaker is not None and len(speaker) == 1 and cue.quoted_only \
            and speaker[0].low in frame.words.expletives:
        speaker = None  # "it reminds us that “…”", "what it termed “…”": a thing's words
    if speaker is not None and not inverted and _contracted_is(frame, speaker[0]):
        # "It’s like saying, “…”", "There’s a page reported", "Let's go back": no one; "Here’s
        # Ann Roe telling the crowd “…”": the name after it
        speaker = speaker[1:] if len(speaker) > 1 and is_capitalized(speaker[1].text) else None
    if speaker is not None and not inverted and _supposed(frame, speaker, last):
        speaker = None  # "If people say “…”, you should care, Fauci said": Fauci's words
    before = i
    if speaker and not inverted and speaker is not prompted:  # "…,” prompting X to reply"
        described = _with_descriptors(frame, speaker)
        before = _attribution_start(frame, described)
        clause = _clause_words(frame, described, speaker)
        speaker = speaker if clause else described
        if before < frame.index(speaker[0]) and not clause \
                and _one_description(frame, before, speaker):
            # the description is the speaker's: "“…,” City Ledger opinion editor Dana Cole said"
            speaker = toks[before:frame.index(speaker[-1]) + 1]
        if relayed is not None and speaker[-1] is relayed[-1]:
            before = _relayer_start(frame, relayed, floor, before)
        before = _copula_start(frame, before)
    content, that = _content_start(frame, last, cue, speaker, inverted) if speaker else (0, False)
    return Site(frame, i, last, cue, cue_mention, speaker,
                frame.mention(speaker) if speaker else None, inverted, before, content, that)


# words that, contracted with "is" or "us" ("It’s", "There's", "Here’s", "What's", "Let's"),
# open a clause with no one in it who speaks
_IS_OPENERS = frozenset({"here", "let", "what"})


def _contracted_is(frame: Frame, t: Token) -> bool:
    """Tell whether a token joins an expletive, "here", "what" or "let" to a contracted "is"
    or "us": "It's like saying ...", "There’s some dispute", "What’s more", "Let's go" (not
    "He’s" nor "Trump's", who may speak)."""
    m = _CONTRACTED_S.match(t.text)
    return m is not None and (m.group(1).lower() in frame.words.expletives
                              or m.group(1).lower() in _IS_OPENERS)


_CONTRACTED_S = re.compile(rf"^(\w+)[{APOSTROPHES}]s$")


# the copulas before a clause whose subject said the quotation before it: "“…” is how she
# described it", "“…,” was what Tom Reyes called it" (``Words.said_clause_openers``)
_COPULAS = frozenset({"is", "was"})


def _copula_start(frame: Frame, before: int) -> int:
    """Give where an attribution starts that "is how" or "was what" opens right after a
    quotation ("“…” is how she described it"): there, not at its subject; else before."""
    toks, words = frame.tokens, frame.words
    if before >= 3 and toks[before - 1].low in words.said_clause_openers \
            and toks[before - 2].low in _COPULAS \
            and (frame.inq[before - 3] or (toks[before - 3].text == "," and frame.inq[before - 4])):
        return before - 2
    return before


# how many tokens at most from a "you" that states what the person spoken to said to its cue:
# "you said", "you have since said", "you started by saying"
_YOU_REACH = 4


def _you_addressed(frame: Frame, k: int, i: int) -> bool:
    """Tell whether the "you" at token k, the subject of the cue at i, is the person a turn of
    a transcript speaks to, in a statement: "Professor, you wrote, “…”", "And you say, “…”",
    "“…,” you said." (not "when you say to voters", "you might say", "if …, and you respond",
    "Can you tell us", "what you were describing")."""
    toks = frame.tokens
    if not frame.turn or toks[k].low != "you" or frame.inq[k]:
        return False
    if any(t.low in frame.words.modals or t.low in ("'d", "’d") for t in toks[k + 1:i]):
        return False
    if i - k > _YOU_REACH or any(t.low in frame.words.conditionals and not frame.inq[n]
                                 for n, t in enumerate(toks[:k])):
        return False
    return k == frame.floors[k] or toks[k - 1].low in frame.words.you_statement_openers


def _supposed(frame: Frame, speaker: Phrase, last: int) -> bool:
    """Tell whether a speaker opens a condition ("If critics call it “…”") whose sentence
    another speech cue attributes later on: the words are supposed, the later speaker's."""
    toks = frame.tokens
    k = frame.index(speaker[0])
    k = k if toks[k].low in frame.words.conditionals else k - 1  # "If people" or "if the"
    if k < 0 or frame.inq[k] or toks[k].low not in frame.words.conditionals:
        return False
    return any(not frame.inq[m] and toks[m - 1].text in DASHES and cue_at(frame, m) is None
               and any(cue_at(frame, c) is not None for c in range(m, min(len(toks), m + 6)))
               for m in range(last + 2, len(toks)))


def _inverted_speaker(frame: Frame, i: int, last: int, cue: Cue,
                      before: Phrase | None) -> Phrase | None:
    """Take the speaker after an inverted cue ("…, said the ministry"). Where a subject
    stands before the cue too, only a name that ends the clause right after a comma and a
    say-like cue: "Patience, though, only goes so far, says Paul Street, a farmer"."""
    after = _speaker_after(frame, last)
    if after is not None and all(t.low in frame.words.time_words or t.text == "." for t in after):
        return None  # "testified Wednesday that ...", "confirmed Friday, was": a date
    if after is not None and cue.lemma == "read" and not _carries_words(frame, after):
        return None  # "“…,” read the laudatory ...": only a text or a sign reads so
    if after is None or before is None:
        return after
    toks = frame.tokens
    e = frame.index(after[-1]) + 1
    if toks[i - 1].text == "," and cue.lemma not in frame.words.addressee_cues \
            and frame.index(after[0]) == last + 1 \
            and is_capitalized(after[-1].text) and len(after) >= 2 \
            and (e >= len(toks) or toks[e].text in ",.;!?"):
        return after
    return None


def _closes_aside(frame: Frame, i: int, floor: int) -> bool:
    """Tell whether the dash before the cue at token i closes an aside a dash opened earlier
    in its clause, outside quotation: "Harbour Steel and two other firms — Vale Mills and
    Pike Works — complained the state failed ..." (the cue is then the subject's own verb,
    after the aside, unless the phrase after it ends the clause: "The CDU was old – children,
    kitchen, church – says Mr. Reyes.")."""
    toks = frame.tokens
    if i < 2 or toks[i - 1].text not in ("—", "–"):
        return False
    for k in range(i - 2, floor - 1, -1):
        if frame.inq[k] or toks[k].text in ".!?;":
            return False
        if toks[k].text in ("—", "–"):
            return True
    return False


def _ends_clause(frame: Frame, phrase: Phrase) -> bool:
    """Tell whether a phrase ends its clause: the frame's end or a mark after it."""
    e = frame.index(phrase[-1]) + 1
    return e >= len(frame.tokens) or frame.tokens[e].text in ",.;:!?)"


def _after_title(frame: Frame, i: int) -> bool:
    """Tell whether the cue at token i follows a quotation with no punctuation closing it, a
    title or a name rather than a statement: 'The show "Saturday Night Live" mocked him' (an
    object cue then takes its object, not an inverted speaker)."""
    if i == 0 or not frame.inq[i - 1]:
        return False
    before = frame.text[frame.span[0]:frame.tokens[i].start].rstrip("\"”’'» \t\n")
    return not before.endswith((",", ".", "?", "!", "…", "—", "–", "-"))


def _opens_statement(frame: Frame, last: int, cue: Cue) -> bool:
    """Tell whether a "that" clause or a quotation follows the cue ending at token last,
    past its addressee and adverbs, or a clause with a pronoun subject: "by telling the
    crowd, “…”", "by saying openly that ...", "by saying he thinks ..." (not "by asking
    members to stand", "by adding ICU beds")."""
    toks = frame.tokens
    j = skip_after_cue(frame, last + 1, cue)
    while j < len(toks) and not frame.inq[j] and is_adverb(toks[j].text, frame.words):
        j += 1  # "by saying openly that ..."
    words = frame.words
    return j < len(toks) and (frame.inq[j] or toks[j].low == "that" or (
        toks[j].low in words.pronouns and toks[j].low not in words.generic_pronouns
        and cue.lemma not in words.addressee_cues  # "by telling it like it is"
        and j + 1 < len(toks) and toks[j + 1].text.isalpha())  # "by saying he thinks ..."
        or _quoted_in_clause(frame, j))


def _relative_by(frame: Frame, i: int, last: int, cue: Cue, floor: int) -> Phrase | None:
    """Give the "who" of a relative clause set off by a comma that the cue after "by" at
    tokens i..last stands in, when the cue's clause holds a quotation: "Tom Reyes, who lost
    the race by claiming the vote was “rigged”" (Reyes, not the sentence's subject). None
    where no such "who" stands in the clause before it, or one with no comma before it,
    whose clause may end before the sentence's own verb ("A senator who wrote the law
    stunned them by saying ...": the senator)."""
    toks = frame.tokens
    if not _quoted_in_clause(frame, skip_after_cue(frame, last + 1, cue)):
        return None  # "Unlike Reyes, who won by saying that ..., Vale ...": a clause of no
        # known end
    for k in range(i - 2, floor, -1):
        if frame.inq[k] or toks[k].text in ",;:—–()":
            return None
        if toks[k].low == "who":
            return toks[k:k + 1] if toks[k - 1].text == "," and not frame.inq[k - 1] else None
    return None


# how many words of the cue's object or clause may stand before its quotation: "by blaming
# the slow economy on the council and “petty feuds”"
_BY_QUOTE_REACH = 8


def _quoted_in_clause(frame: Frame, j: int) -> bool:
    """Tell whether words in quotation marks stand a few words from token j on, in the
    clause a cue after "by" opens, with no punctuation before them: "by calling it “a
    sham”", "by saying the budget “will not add up”", "by telling them there had to be
    “fair play”", "by blaming the delay on the board and “bad luck”" (not "by speaking at
    rallies, on radio and in “Harbour Talk”", nor "by mocking his speech and poking fun at
    his “fond farewell”": a second verb's; nor "by greeting fans holding “Vote Vale” signs":
    the signs')."""
    toks, words = frame.tokens, frame.words
    for k in range(j, min(len(toks), j + _BY_QUOTE_REACH)):
        if frame.inq[k]:
            return True
        if not (toks[k].text[:1].isalnum() or toks[k].low.endswith(POSSESSIVE_ENDINGS)) \
                or toks[k].low in words.holding_verbs or (
                    toks[k].low in ("and", "or", "but")
                    and not (k + 1 < len(toks) and frame.inq[k + 1])):
            return False
    return False


def _set_off_before(frame: Frame, i: int) -> bool:
    """Tell whether a participle cue at i is set off from its clause as ", saying" is, with
    an adverb of ``words.participle_adverbs`` after the comma (", only telling reporters
    “…”", ", routinely lamenting that …") or
    after a quotation that ends in a comma ("may “come out stronger,” predicting that …")."""
    toks = frame.tokens
    k = i - 1
    if k > 0 and not frame.inq[k] and toks[k].low in frame.words.participle_adverbs:
        return toks[k - 1].text in _SET_OFF and not frame.inq[k - 1] \
            and not _closes_relative(frame, k - 1)
    return k > 0 and frame.inq[k] and toks[k].text in DOUBLE_MARKS \
        and frame.text[toks[k].start - 1:toks[k].start] == ","


# how far back from the comma that closes it a relative clause's "who" or "which" may stand
_RELATIVE_CLOSED_REACH = 25


def _closes_relative(frame: Frame, comma: int) -> bool:
    """Tell whether the comma at token comma closes a relative clause set off by commas
    ("North Korea, which has tested missiles, regularly threatening ..."): the participle
    after it and an adverb may go on that clause, whose subject is not the sentence's."""
    toks = frame.tokens
    for m in range(comma - 1, max(frame.floors[comma], comma - _RELATIVE_CLOSED_REACH) - 1, -1):
        if frame.inq[m] or toks[m].text in ";:—–()":
            return False
        if toks[m].text == ",":
            return toks[m + 1].low in ("who", "which")
    return False


def _after_clause(frame: Frame, i: int, floor: int) -> bool:
    """Tell whether a participle cue with no comma before it ends a clause whose subject
    speaks: after a time adjunct ("Ann Cole took office in July vowing to ...", "Ten states
    sued in February claiming ...") or after a document the subject issued ("Twitter filed
    a lawsuit arguing ...", "They sent him a letter on Saturday saying ...")."""
    toks, words = frame.tokens, frame.words
    k = i - 1
    while k >= floor and not frame.inq[k] and toks[k].low in words.time_words:
        k -= 1
    if k < floor or frame.inq[k] or toks[k].text in ",;:—–(":
        return False
    end, before = toks[i - 1].low, toks[k]
    if k < i - 2 and (end in words.days or end in words.months or end in words.time_nouns):
        # "in July", "late Friday night" closes the clause; not after people, who may be
        # the ones speaking ("met protesters on Monday chanting ..."), unless a preposition
        # makes them an object ("sent a memo to The Washington Post in April explaining")
        return not (is_capitalized(before.text) or before.low in words.group_heads or (
            before.low.endswith("s") and person_head(frame, before.low))) \
            or _after_preposition(frame, k, floor)
    if _addressed(frame, k, floor):
        return True
    if toks[k].low not in words.documents and toks[k].low not in words.settings:
        return False
    # back over the document's article and adjectives, and an object pronoun before them
    d = k - 1
    while d >= floor and k - d <= 4 and not frame.inq[d] and toks[d].text.isalpha() \
            and toks[d].low not in words.issuing_verbs and toks[d].text.islower():
        d -= 1
    return d >= floor and toks[d].low in words.issuing_verbs


def _addressed(frame: Frame, k: int, floor: int) -> bool:
    """Tell whether the noun phrase ending at token k is whom the subject's message went to,
    right after a verb such as "wrote" or "petitioned" (and "to"): "Roe wrote the Office of
    Personnel Management demanding ...", "Roe wrote to the board urging ..."."""
    toks, words = frame.tokens, frame.words
    np = np_back(frame, k, floor)
    b = frame.index(np[0]) - 1 if np else -1
    if b >= floor and toks[b].low == "to" and not frame.inq[b]:
        b -= 1
    return b >= floor and not frame.inq[b] and toks[b].low in words.addressed_verbs


def _after_preposition(frame: Frame, k: int, floor: int) -> bool:
    """Tell whether the noun phrase ending at token k is a preposition's object."""
    np = np_back(frame, k, floor)
    b = frame.index(np[0]) - 1 if np else -1
    return b >= floor and not frame.inq[b] \
        and frame.tokens[b].low in frame.words.oblique_prepositions


def _relays(frame: Frame, last: int) -> bool:
    """Tell whether a cue after its subject relays what someone else said: "quotes Tom Reyes
    as saying", "recalled Tom Reyes telling her" (an object, then "as" or not, then a speech
    participle)."""
    toks = frame.tokens
    obj = np_forward(frame, last + 1)
    if obj is None or not (is_capitalized(obj[-1].text) or obj[-1].low in _OBJECT_PRONOUNS):
        return False
    k = frame.index(obj[-1]) + 1
    if k < len(toks) and toks[k].low == "as":
        k += 1
    return k < len(toks) and not frame.inq[k] and _speech_participle(frame, k)


def _speech_participle(frame: Frame, k: int) -> bool:
    w = frame.tokens[k].low
    cue = frame.knowledge.cues.get(w)
    return w.endswith("ing") and cue is not None and cue.speech


# the object of a cue that relays someone's words: "quoted him as saying"
_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _relayed_speaker(frame: Frame, i: int, floor: int) -> Phrase | None:
    """Take whose words a cue relays, at the participle after "as": "quoted Tom Reyes as
    saying" (Reyes), "quoted him as saying" (him)."""
    toks = frame.tokens
    if not (i - 2 >= floor and toks[i - 1].low == "as" and _speech_participle(frame, i)):
        return None
    if toks[i - 2].low in _OBJECT_PRONOUNS:
        return (toks[i - 2],)
    np = np_back(frame, i - 2, floor)
    return np if np and is_capitalized(np[-1].text) else None


def _relayer_start(frame: Frame, relayed: Phrase, floor: int, before: int) -> int:
    """Give where the attribution starts when someone relays the speaker's words: at the
    relayer before its verb ("“…,” the Gazette quoted Tom Reyes as saying": at "the"), so the
    quotation right before it is the one reported; else at ``before``."""
    verb = frame.index(relayed[0]) - 1
    relayer = speaker_before(frame, verb, floor) if verb > floor else None
    return frame.index(relayer[0]) if relayer else before


def site_with_speaker(frame: Frame, i: int, last: int, cue: Cue, speaker: Phrase) -> Site:
    """Make the site of a cue whose speaker another step found before it: "the poll found"."""
    content, that = _content_start(frame, last, cue, speaker, False)
    return Site(frame, i, last, cue, frame.mention(frame.tokens[i:last + 1]), speaker,
                frame.mention(speaker), False, frame.index(speaker[0]), content, that)


def _in_document_opening(frame: Frame, i: int, floor: int) -> bool:
    """Tell whether the participle cue at i describes the document of an adverbial that opens
    the sentence, a clause after it: "In a statement announcing ..., Ann Roe vowed", "In other
    emails reported on by the Ledger, Tom Reyes said" (not "In May, the agency issued a
    statement saying ...", nor "In a statement, Ann Roe said ...")."""
    toks, words = frame.tokens, frame.words
    if not toks[i].low.endswith(("ing", "ed")) or i - 1 <= floor or frame.inq[i - 1] \
            or toks[i - 1].low not in words.documents:
        return False
    k = i - 2  # back over the document's article and adjectives
    while k > floor and i - k <= 5 and not frame.inq[k] and toks[k].text.isalpha() \
            and toks[k].text.islower():
        k -= 1
    opens = k == floor or (k > floor and toks[k - 1].low in words.connectors
                           and k - 1 == floor)
    if not (opens and is_capitalized(toks[k].text)
            and toks[k].low in words.adverbial_prepositions):
        return False
    return any(toks[c].text == "," and not frame.inq[c] for c in range(i + 1, len(toks)))


def _participle_subject(frame: Frame, i: int, last_speaker: Phrase | None) -> Phrase | None:
    """", saying ..." and "a statement saying ...": the sentence's subject speaks. Also after
    a relative clause that a cue of its own reported: "Roe called out Dana Pike, who called
    him a “…”, by name, calling the rhetoric ...": Roe, not Pike ("who")."""
    if last_speaker and last_speaker[-1].low in ("who", "which"):
        last_speaker = None
    coordinated = coordinated_clause_subject(frame, i)
    if coordinated and (last_speaker is None
                        or frame.index(last_speaker[-1]) < frame.index(coordinated[0])):
        return coordinated  # "…, and Ann Roe played to the crowd, saying “…”": Roe
    speaker = last_speaker or subject(frame, i)
    if speaker and len(speaker) == 1 and speaker[0].low in frame.words.question_words:
        return None  # a question's word: "How did it feel to stand there, announcing ...?"
    if speaker and len(speaker) == 1 and speaker[0].low in frame.words.demonstratives \
            and _noun_after(frame, frame.index(speaker[0])):
        # "That clash began after Ann Vale took office, pledging ...": "That" determines a
        # thing, which says nothing; the subordinate clause's subject speaks, if any
        return _named_subordinate_subject(frame, frame.index(speaker[0]) + 1, i)
    if speaker and len(speaker) == 1 and speaker[0].low in frame.words.expletives:
        # "It came after Boehner chided Obama, accusing ...": the subordinate clause's subject
        # accuses, not "it"
        speaker = subordinate_subject(frame, i) or speaker
    elif speaker and last_speaker is None and _names_a_thing(frame, speaker):
        # "The storm moved east as Governor Ann Vale toured the damage, calling ...": the
        # person who is the subordinate clause's subject speaks, not the storm
        speaker = _named_subordinate_subject(frame, frame.index(speaker[-1]) + 1, i) or speaker
    return speaker


def _noun_after(frame: Frame, k: int) -> bool:
    """Tell whether a lower-case word that is no verb or adverb follows token k: "That zeal"
    (not "That is", "This shows", "That also")."""
    toks, words = frame.tokens, frame.words
    if k + 1 >= len(toks) or frame.inq[k + 1]:
        return False
    w = toks[k + 1]
    return w.text.isalpha() and w.text.islower() and w.low not in words.aux_verbs \
        and w.low not in words.skip_before_cue and not is_adverb(w.text, words) \
        and not finite_verb(frame, k + 1)


def _names_a_thing(frame: Frame, np: Phrase) -> bool:
    """Tell whether a subject names a thing, not someone who may speak: lower-case words
    after an article ("The storm", "The harsh talk"), whose last is no word for a person or
    a body ("The mayor", "The agency" may speak)."""
    words, last = frame.words, np[-1].low
    rest = np[1:] if np[0].low in words.determiners else np
    return bool(rest) and all(t.text.isalpha() and t.text.islower() for t in rest) \
        and last not in words.pronouns and last not in words.org_heads \
        and last not in words.anonymous_heads and not person_noun(frame, last) \
        and not words.people(last)  # person_noun: a title too ("The mayor")


def _named_subordinate_subject(frame: Frame, start: int, i: int) -> Phrase | None:
    """Take the subject of the last clause a subordinator opens between token start and the
    comma before a participle at token i, where it holds a name and a verb follows it: "as
    party chair Ann Vale hit back at critics, saying" (Vale)."""
    toks, words = frame.tokens, frame.words
    if i < 1 or toks[i - 1].text != ",":
        return None
    for k in range(i - 2, start - 1, -1):
        if frame.inq[k] or toks[k].text in ";:":
            return None
        if toks[k].low not in words.subordinators:
            continue
        found = None
        for m in range(k + 1, i - 1):  # the last subject named in the clause: "after Trump
            # met with Republicans and Sen. Ann Vale refused to attend, citing": Vale
            if m > k + 1 and (frame.inq[m] or toks[m - 1].low != "and"):
                continue
            np = np_forward(frame, m)
            if np is not None and any(is_capitalized(t.text) for t in np) \
                    and _finite_after(frame, frame.index(np[-1]) + 1, i):
                found = np
        return found
    return None


def _finite_after(frame: Frame, e: int, i: int) -> bool:
    """Tell whether the word at e, before the comma at i - 1, is a finite verb in the past
    or in -s: "hit", "resigned", "says"."""
    toks, words = frame.tokens, frame.words
    return e < i - 1 and toks[e].text.isalpha() and toks[e].text.islower() and (
        words.past_form(toks[e].low) or words.s_form(toks[e].low))


def _speaker_after(frame: Frame, last: int) -> Phrase | None:
    """Take the speaker after an inverted cue: "…, said the ministry"."""
    toks = frame.tokens
    j = last + 1
    while j < len(toks) and toks[j].text == ",":
        j += 1
    speaker = _described_name(frame, j) or np_forward(frame, j)
    if speaker and len(speaker) == 1 and speaker[0].low in frame.words.pronouns:
        after = j + 1
        if after < len(toks) and toks[after].text not in ".,;!?" and not frame.inq[after]:
            return None  # "..., said she wanted ...": the pronoun opens the clause
    if speaker is None:
        return None
    speaker = _with_owned(frame, speaker)
    return _name_after_description(frame, speaker) or _with_owner(frame, speaker) \
        or _with_partner_after(frame, speaker) or speaker


def _with_partner_after(frame: Frame, speaker: Phrase) -> Phrase | None:
    """Join to a name after an inverted cue a second name that "and" adds, where the clause
    ends after it or a preposition follows: "said Ann Roe and Tom Reyes.", "said Rep. Ann Roe
    of Ohio and Rep. Tom Reyes of Texas,", "wrote Ann Roe and Tom Reyes in a letter" (whom
    the two are together is decided by the resolver); None where the second opens a clause
    ("said Ann Roe and Tom Reyes agreed") or either is no name."""
    toks = frame.tokens
    k = frame.index(speaker[-1]) + 1
    if k + 1 >= len(toks) or toks[k].low != "and" or frame.inq[k] \
            or not (is_capitalized(speaker[0].text) and is_capitalized(speaker[-1].text)):
        return None
    partner = np_forward(frame, k + 1)
    if not partner or not (is_capitalized(partner[0].text) and is_capitalized(partner[-1].text)) \
            or partner[0].low in frame.words.pronouns:
        return None
    e = frame.index(partner[-1]) + 1
    if e < len(toks) and toks[e].text not in ".,;!?" and not frame.inq[e] \
            and toks[e].low not in frame.words.prepositions:
        return None  # "said Ann Roe and Tom Reyes in a statement" is theirs
    return toks[frame.index(speaker[0]):e]


def _with_owned(frame: Frame, speaker: Phrase) -> Phrase:
    """Give an inverted speaker that a possessive in -s ends with what it owns: "said Sanders'
    wife" (the wife, not Sanders)."""
    toks = frame.tokens
    k = frame.index(speaker[-1]) + 1
    if k + 1 >= len(toks) or not plural_possessive(frame, k, k - 1) \
            or not toks[k + 1].text[:1].islower():
        return speaker
    e = k + 1
    while e < len(toks) and e - k <= _MAX_OWNED and _hyphened_descriptor(frame, e):
        e += 1
    head = toks[e - 1].low
    if e == k + 1 or not _heads_person(frame, head):
        return speaker
    return toks[frame.index(speaker[0]):e]


# how many lower-case words a possessive may own after an inverted cue: "said Reyes' longtime
# campaign manager"
_MAX_OWNED = 4


def _carries_words(frame: Frame, np: Phrase) -> bool:
    """Tell whether a phrase is a document or an inscription, with whom it is from or not:
    "a statement", "the sign carried by Ann Roe"."""
    words = frame.words
    return any(t.low in words.documents or t.low in words.inscriptions for t in np)


# words that join a document or an inscription to whom it is from: "a statement from the
# trust", "a letter by the heads of three groups"
_OWNER_JOINERS = frozenset({"from", "by"})


def _with_owner(frame: Frame, speaker: Phrase) -> Phrase | None:
    """Give an inverted speaker that is a document or an inscription with whom it is from,
    for the actor step to read: "“…,” read a statement from the Harbour Trust", "“…,” read a
    sign carried by protester Ann Roe", "“…,” reads a letter signed by the Harbour Trust";
    None for any other speaker, and where no name follows ("from the activists")."""
    toks, words = frame.tokens, frame.words
    head = speaker[-1].low
    if head not in words.documents and head not in words.inscriptions:
        return None
    j = frame.index(speaker[-1]) + 1
    if j + 1 < len(toks) and toks[j + 1].low == "by" and (
            toks[j].low.endswith(("ed", "en")) or toks[j].low in words.irregular_past):
        if toks[j].low in words.not_authored:
            return None  # "an e-mail obtained by Grassley's office": not its author
        j += 1  # "signed by", "carried by", "written by", "held by"
    if j + 1 >= len(toks) or toks[j].low not in _OWNER_JOINERS or frame.inq[j]:
        return None
    owner = np_forward(frame, j + 1)
    if owner is None or not any(is_capitalized(t.text) for t in owner) \
            or any(frame.inq[frame.index(t)] or t.low in words.days
                   or t.low in words.time_words for t in owner):
        return None  # a name: not "from the activists", nor "on Monday"
    return toks[frame.index(speaker[0]):frame.index(owner[-1]) + 1]


# words before a name after an inverted cue: "said bank president Maria Olsen", "said City
# Ledger opinion editor Dana Cole", "said longtime strategist and former aide Jo Park"
_MAX_DESCRIPTORS = 10


def _described_name(frame: Frame, j: int) -> Phrase | None:
    """Take a name after the words that describe it, right after an inverted cue: "said bank
    president Maria Olsen", "says longtime resident Tom Reyes", "said City Ledger opinion
    editor Dana Cole", "said Food and Drug Administration Commissioner Stephen Hahn", "said
    Sanders' chief strategist Tad Devine", "said union federation President Ann Roe". The
    description holds a lower-case word or a title and ends in a word that heads a
    description of a person; the name ends its clause. After an article, adjectives alone may
    describe a surname: "said a fired-up Reyes", "replied an incredulous Sen. Tom Reyes"."""
    toks = frame.tokens
    if j < len(toks) and toks[j].low in frame.words.leading_articles:
        described = _described_run(frame, j + 1, True)
        return toks[j:j + 1] + described if described else None
    return _described_run(frame, j, False)


def _described_run(frame: Frame, j: int, after_article: bool) -> Phrase | None:
    """Take the description and the name that start at token j (see _described_name)."""
    toks, words = frame.tokens, frame.words
    lower = False
    for k in range(j, min(len(toks), j + _MAX_DESCRIPTORS + 1)):
        tok = toks[k]
        if lower and k > j and is_capitalized(tok.text) and tok.low not in words.time_words:
            name = _name_after_describer(frame, k, after_article)
            if name is not None:
                return toks[j:k] + name
        if (_hyphened_descriptor(frame, k)
                and (after_article or not _stray_before_name(frame, k, j))) \
                or (k > j and tok.low in frame.knowledge.titles and is_capitalized(tok.text)):
            lower = True  # a description, or a title in one: "... Administration Commissioner"
        elif not _inside_description(frame, k, j, lower):
            return None
    return None


def _inside_description(frame: Frame, k: int, j: int, lower: bool) -> bool:
    """Tell whether the token at k, neither a describing word nor a title, goes on with a
    description that started at j (``lower``: it holds a describing word already): "and"
    ("strategist and former aide"), "of" after a person's head ("chief of staff"), a
    capitalised word of a name ("City Ledger", "Food and Drug"), a day inside one ("Fox News
    Sunday anchor"), an abbreviated title's period, a possessive's apostrophe."""
    toks, words = frame.tokens, frame.words
    tok = toks[k]
    if k > j and lower and (tok.low == "and" or (
            tok.low == "of" and _heads_person(frame, toks[k - 1].low))):
        return True
    if _joins_a_name(frame, k) or (k > j and title_stop(frame, k)) \
            or plural_possessive(frame, k, j):
        return True
    day = tok.low in words.days and k > j and is_capitalized(toks[k - 1].text)
    return is_capitalized(tok.text) and not frame.inq[k] and tok.low not in words.openers \
        and (tok.low not in words.time_words or day)


def _name_after_describer(frame: Frame, k: int, after_article: bool) -> Phrase | None:
    """Take the name at token k after a word that describes it: a person's head ("president
    Maria Olsen", "co-founder Ann Roe", "Sen. Tom Reyes"), or, after an article and
    adjectives only, a name of any length ("a fired-up Reyes", "a dour Sen. Tom Reyes")."""
    toks = frame.tokens
    before = toks[k - 2].low if toks[k - 1].text == "." and k >= 2 else toks[k - 1].low
    if before in frame.words.org_descriptions:
        return None  # what the name is: "said the newspaper New York Times"
    if _heads_person(frame, before):
        return _plain_name(frame, k)
    if not after_article or not _adjectives_only(frame, k):
        return None
    return _plain_name(frame, k, alone=True)


# how many adjectives may stand between an article and a name: "an incredulous
# then-rank-and-file Rep. Tom Reyes"
_MAX_ADJECTIVES = 3


def _adjectives_only(frame: Frame, k: int) -> bool:
    """Tell whether only lower-case describing words, none a noun for a person or a thing
    the name may be ("the newspaper", "the agency"), stand between an article and the
    name at token k: "a fired-up Reyes", "a dour Sen. Tom Reyes" (not "the consultant who
    liked Reyes")."""
    toks, words = frame.tokens, frame.words
    m = k - 1
    while m >= 0 and k - m <= _MAX_ADJECTIVES and toks[m].low not in words.leading_articles:
        w = toks[m].low
        if not _hyphened_descriptor(frame, m) or _heads_person(frame, w) \
                or w in words.org_descriptions:
            return False
        m -= 1
    return m >= 0 and m < k - 1 and toks[m].low in words.leading_articles


def _heads_person(frame: Frame, w: str) -> bool:
    """Tell whether a lower-case word, or the last part of a hyphened one, heads a description
    of a person: "president", "co-founder", "vice-chairman"."""
    return person_head(frame, w) or ("-" in w and person_head(frame, w.rsplit("-", 1)[1]))


def _joins_a_name(frame: Frame, k: int) -> bool:
    """Tell whether an "and" or "of" at k joins two capitalised words of one name: "Food and
    Drug Administration", "Secretary of State"."""
    toks = frame.tokens
    return toks[k].low in ("and", "of") and 0 < k < len(toks) - 1 \
        and is_capitalized(toks[k - 1].text) and is_capitalized(toks[k + 1].text)


def _stray_before_name(frame: Frame, k: int, j: int) -> bool:
    """Tell whether a lower-case word at k stands before a capitalised word without being a
    modifier, a title or a person's head before the name ("neither Obama nor Republican
    challenger Mitt Romney": no description; "longtime Republican strategist", "former state
    senator", "psychologist Vaile Wright": one). Inside a description that started at j, a
    word before a title is the description's too: "union federation President Ann Roe"."""
    toks = frame.tokens
    return k + 1 < len(toks) and is_capitalized(toks[k + 1].text) \
        and toks[k].low not in frame.words.modifiers \
        and toks[k].low not in frame.knowledge.titles \
        and not (k > j and toks[k + 1].low in frame.knowledge.titles) \
        and not (_heads_person(frame, toks[k].low) and _plain_name(frame, k + 1) is not None)


def _descriptor(frame: Frame, k: int) -> bool:
    """Tell whether the token at k may be a lower-case word describing a name after it."""
    tok, words = frame.tokens[k], frame.words
    w = tok.low
    return (not frame.inq[k] and tok.text.isalpha() and tok.text.islower()
            and (not w.endswith("ly") or w in words.person_nouns)  # "ally", not "quickly"
            and w not in words.not_clause
            and w not in words.connectors and w not in words.skip_before_cue
            and w not in words.time_words and w not in words.pronouns
            and w not in words.determiners and w not in ("to", "on", "in", "at", "and", "or"))


# lower-case words that may follow a name and end what names the speaker: an affiliation or
# an adjunct of place or time ("said bank president Maria Olsen of the Harbour Trust", "said
# a fired-up Reyes on Wednesday night", "said Sen. Tom Reyes, who ...", "said barber Tom Reyes
# to the Ledger")
_AFTER_NAME = frozenset({"of", "with", "at", "from", "on", "in", "during", "after", "before",
                         "who", "whose", "as", "while", "when", "to"})


def _plain_name(frame: Frame, k: int, alone: bool = False) -> Phrase | None:
    """Take the name of a person that starts at token k and ends its clause: capitalised words
    (and the periods of initials), two at least or a known given name first (one word may
    do where ``alone``)."""
    toks, knowledge = frame.tokens, frame.knowledge
    e = name_end(frame, k)
    if e - k > 1 and toks[e - 1].text == "." and len(toks[e - 2].text) > 1 \
            and toks[e - 2].low not in frame.words.abbreviations:
        e -= 1  # the sentence's period, not an initial's: "said lawmaker Ann Mo."
    name = toks[k:e]
    words = [t for t in name if t.text != "."]
    if not words or not (alone or len(words) >= 2 or words[0].low in knowledge.given_names):
        return None
    if e < len(toks) and not frame.inq[e] and toks[e].text not in ".,;:!?—–()" \
            and toks[e].low not in frame.words.time_words and not _ends_name(frame, e):
        return None  # the name does not end the clause: "said Tom Reyes Park was ..."
    return name


def _ends_name(frame: Frame, e: int) -> bool:
    """Tell whether the word at e, right after a name, opens an affiliation or an adjunct
    ("of the Harbour Trust", "on Wednesday", "who ..."), or a time after "that" ("that
    Wednesday night"), rather than going on with the name's clause."""
    toks, words = frame.tokens, frame.words
    if toks[e].low in _AFTER_NAME:
        return True
    return toks[e].low == "that" and e + 1 < len(toks) and (
        toks[e + 1].low in words.days or toks[e + 1].low in words.time_words)


def _named(np: Phrase) -> bool:
    """Tell whether a phrase holds a name of its own, not only a name's possessive before a
    description ("the District of Columbia's non-voting representative", "Ohio's senior
    senator", "the Pentagon's press secretary", "Sanders' chief strategist" name no one)."""
    last = max((n for n, t in enumerate(np) if is_capitalized(t.text)), default=None)
    if last is None:
        return False
    possessive = np[last].low.endswith(POSSESSIVE_ENDINGS) or (
        last + 1 < len(np) and np[last + 1].low in POSSESSIVE_MARKS)
    return not possessive


# the prepositions after a description's head that say where the person is or works: "a
# spokesman for the agency", "the longest-serving senator in Washington"
_DESCRIPTION_PLACES = frozenset({"for", "of", "at", "with", "in"})


def _name_after_description(frame: Frame, np: Phrase) -> Phrase | None:
    """Take the name set off after a description that heads an inverted attribution: "said a
    spokesman for the agency, Tom Reyes", "said the county clerk, Dana Pike"."""
    toks, words = frame.tokens, frame.words
    if _named(np) or np[0].low in words.pronouns:
        return None  # a name already, or a pronoun
    start = frame.index(np[0])
    k = frame.index(np[-1]) + 1
    head = np[-1].low
    # the rest of the description: "treasurer", "for the agency", "of the election board",
    # "in Congress"
    while k < len(toks) and k - start < 12 and not frame.inq[k] and toks[k].text not in ",;:." \
            and (toks[k].text.islower() or toks[k].low in POSSESSIVE_ENDINGS
                 or (k > start and toks[k - 1].low in ("for", "of", "at", "with", "the"))):
        if toks[k].low in _DESCRIPTION_PLACES:
            break
        head = toks[k].low
        k += 1
    while k < len(toks) and k - start < 12 and not frame.inq[k] and toks[k].text not in ",;:.":
        k += 1  # "for the agency", "of the county election board"
    if not (person_head(frame, head) and k + 1 < len(toks) and toks[k].text == ","
            and is_capitalized(toks[k + 1].text)):
        return None
    if toks[k + 1].low in words.time_words or toks[k + 1].low in words.openers:
        return None
    return _plain_name(frame, k + 1)


# how far back from the speaker's name a description may run to the quotation before it:
# "longtime Republican strategist and former campaign manager Jo Park" (seven words)
_MAX_DESCRIPTION = 10


def _attribution_start(frame: Frame, speaker: Phrase) -> int:
    """Give where the attribution of a speaker starts: at the description before the name,
    when only a description stands between the name and the quotation before it ("“…,”
    House Oversight and Reform chairman Elijah Cummings said", "“…,” City Ledger opinion
    editor Dana Cole said"), or at a possessive's role set off before it ("“…,” Lerner's
    lawyer, Ann Roe, said"); else at the speaker's first token."""
    toks, words = frame.tokens, frame.words
    first = frame.index(speaker[0])
    k = _name_start(frame, speaker)
    # lower-case words describing a person may stand in the run when the word right before
    # the name heads such a description: “…,” former bank examiner Tom Reyes said
    described = k > 0 and person_head(frame, toks[k - 1].low.replace("-", ""))
    d = k - 1
    while d >= 0 and k - d <= _MAX_DESCRIPTION and not frame.inq[d] \
            and toks[d].low not in words.clause_openers and (  # “…,” while her aide Tom Lee
            is_capitalized(toks[d].text) or toks[d].low in ("and", "of", "for")
            or toks[d].low.endswith(POSSESSIVE_ENDINGS)
            or toks[d].low in words.determiners or toks[d].low in words.modifiers
            or toks[d].low in frame.knowledge.titles
            or (described and _hyphened_descriptor(frame, d))):
        d -= 1
    if d < k - 1 and d >= 0 and frame.inq[d] and toks[d + 1].low != "and":
        return min(d + 1, first)
    # a full name only: a given name alone takes the owner's surname ("Volkov's widow,
    # Marina"), which the actor step reads in the words before it
    full = sum(is_capitalized(t.text) for t in speaker) >= 2
    owned = _owned_role_start(frame, k) if k == first and full else None
    return first if owned is None else owned


# how many lower-case words a possessive's role may take before the name it is set off
# from: "Trump's former chief strategist, Stephen Bannon"
_MAX_OWNED_ROLE = 4


# the possessive pronouns that may own a role set off before a name: "his spokesman, Tom Reyes"
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _owned_role_start(frame: Frame, k: int) -> int | None:
    """Give where a possessive's role set off before the name at token k starts, when only
    it stands between the name and the quotation before it: "“…,” Lerner's lawyer, Ann Roe,
    said", "“…?” the union's legal director, Tom Reyes, said", "“…,” Mr. Vale's key
    adviser, Ann Roe, told reporters", "“…,” his spokesman, Tom Reyes, said" (the quotation
    is Roe's; the role is no part of it). The role: lower-case words heading a person
    ("lawyer", "chief strategist", "18-year-old brother") after a possessive, its owner a
    name or "the" and a word ("the union's"), "the" before it at most, or a possessive
    pronoun. None otherwise (a clause between the quotation and the name: "“…,” the ruling
    reads, Ann Roe said")."""
    toks = frame.tokens
    if k < 4 or toks[k - 1].text != "," or not person_head(frame, toks[k - 2].low):
        return None
    d = k - 2
    while d > k - 2 - _MAX_OWNED_ROLE and toks[d - 1].text.islower() \
            and toks[d - 1].text.replace("-", "").isalnum():  # "Roe's 18-year-old brother"
        d -= 1
    if toks[d].low in _POSSESSIVE_PRONOUNS and frame.inq[d - 1]:
        return d  # “…,” his spokesman, Tom Reyes, said
    d -= 1  # the possessive
    if d < 1 or not toks[d].text.endswith(POSSESSIVE_ENDINGS) or not (
            is_capitalized(toks[d].text) or toks[d - 1].low == "the"):
        return None  # a name's or the thing's: "the union's former counsel"
    while d > 0 and not frame.inq[d - 1] and (
            is_capitalized(toks[d - 1].text) or toks[d - 1].text == "."):
        d -= 1  # the owner's name: "the American Conservative Union's", "Mr. Moon's"
    if d > 0 and toks[d - 1].low == "the" and not frame.inq[d - 1]:
        d -= 1
    if d < 1 or not frame.inq[d - 1] or any(frame.inq[x] for x in range(d, k)):
        return None
    return d


def _one_description(frame: Frame, before: int, speaker: Phrase) -> bool:
    """Tell whether the words from ``before`` to the speaker describe one person: an "and"
    among them joins two descriptions ("strategist and former campaign manager"), not two
    speakers ("the Senate and the House")."""
    toks = frame.tokens
    return all(toks[d].low != "and" or (d > before and toks[d - 1].text.islower()
                                        and person_head(frame, toks[d - 1].low))
               for d in range(before, frame.index(speaker[-1]) + 1))


def _name_start(frame: Frame, speaker: Phrase) -> int:
    """Give where the name that ends a speaker phrase starts ("Dana Cole" in "editor Dana
    Cole"); the phrase's first token when it does not end in a capitalised word."""
    first = frame.index(speaker[0])
    k = frame.index(speaker[-1])
    if not is_capitalized(speaker[-1].text):
        return first
    while k > first and (is_capitalized(frame.tokens[k - 1].text)
                         or frame.tokens[k - 1].text == "."):
        k -= 1
    return k


def _hyphened_descriptor(frame: Frame, k: int) -> bool:
    """Tell whether the token at k is a describing word, hyphens allowed ("co-anchor")."""
    text = frame.tokens[k].text
    if "-" not in text:
        return _descriptor(frame, k)
    parts = text.split("-")
    return all(p.isalpha() and p.islower() for p in parts) and not frame.inq[k]


def _with_descriptors(frame: Frame, speaker: Phrase) -> Phrase:
    """Add the lower-case descriptors between a quotation and the name: “…,” farmer Tom Reed
    said."""
    toks = frame.tokens
    k = frame.index(speaker[0]) - 1
    d = k
    # up to five words, with "and" or a comma between them: “…,” a tired, angry Tom Reed said
    while d >= 0 and k - d < 6 and not frame.inq[d] \
            and toks[d].low not in frame.words.clause_openers and (
            (toks[d].text.isalpha() and (toks[d].text.islower() or k - d < 2))
            or toks[d].text == ","):  # or a name before one: “…,” CNN aviation analyst X said
        d -= 1
    if not (d < k and d >= 0 and frame.inq[d]):
        return speaker
    while d < k and toks[d + 1].text == ",":
        d += 1  # a comma after the closing mark: “…”, a tired, angry Tom Reed said
    run = toks[d + 1:k + 1]
    # more than "farmer" or "a farmer": an article opens a run of adjectives, all lower-case
    long_run = len(run) > 2 or any(t.text == "," or t.low == "and" for t in run)
    if long_run and (run[0].low not in frame.words.leading_articles
                     or any(t.low in frame.words.subordinators or is_capitalized(t.text)
                            for t in run)
                     or any(a.text == "," and b.low in frame.words.leading_articles
                            for a, b in zip(run, (*run[1:], speaker[0]), strict=True))):
        return speaker  # “…,” the work goes on, the foreman said: a clause, then the speaker
    return run + speaker


def _clause_words(frame: Frame, described: Phrase, speaker: Phrase) -> bool:
    """Tell whether the words _with_descriptors put before a speaker are no description but
    the opening of its clause: a pronoun after them, or a verb or a question word among them
    ("“…” is how she described it", "“…,” which he said", "“…” is what Ann Vale calls it")."""
    words = frame.words
    added = described[:len(described) - len(speaker)]
    return bool(added) and (speaker[0].low in words.pronouns or any(
        t.low in words.aux_verbs or t.low in words.question_words
        or t.low in words.subordinators or t.low in ("which", "that") for t in added))


# the prepositions that open an adjunct of place or time after a cue: "said in an interview",
# "said in an interview with ABC"
_ADJUNCT_OPENERS = frozenset({"in", "during", "after", "before", "at", "with"})
# the words of a subject after an adjective in -ed, up to its verb: "medicine was"
_SUBJECT_AFTER_ADJECTIVE = 3
# the words of a relative clause between an adjunct and the cue's "that": "in a letter that
# was released on Monday that ..."
_RELATIVE_REACH = 8


# how many tokens an adjunct the skipper does not know may take before the comma or colon
# that sets off a quotation: "said in an interview with the Harbor Times last week, “…”"
_ADJUNCT_REACH = 14


def _quotation_past_adjunct(frame: Frame, j: int) -> int:
    """Give the token where a quotation starts that a comma or a colon sets off after an
    adjunct opened by a preposition at token j, one skip_after_cue did not step over: "said
    in an interview with reporters, “…”", "said about the plan, “…”", "said of Mr. Comey,
    “…”", "says for example, “…”"; j where none does. After a comma the quotation opens with
    a capital, a sentence of its own. Not where the words before the comma may hold a clause
    of their own: an auxiliary, a subject pronoun, a relative pronoun or a cue ("said in a
    speech that was cut short, “…”", "said of the plan he would veto it, “…”"), nor across
    a sentence's end or another quotation."""
    toks, words = frame.tokens, frame.words
    n = len(toks)
    if j >= n or frame.inq[j] or toks[j].low not in words.prepositions:
        return j
    for k in range(j + 1, min(n - 1, j + 1 + _ADJUNCT_REACH)):
        t = toks[k]
        if frame.inq[k]:
            return j
        if t.text in ",:":
            return k + 1 if k > j + 1 and toks[k - 1].low not in words.term_namers \
                and _set_off_quotation(frame, k + 1, t.text == ":") else j
        if (t.text in ";.!?—–()" and not title_stop(frame, k)
                and not (t.text == "." and toks[k - 1].low in words.abbreviations)) \
                or t.low in words.aux_verbs or t.low in words.pronouns \
                or t.low in words.relative_pronouns or cue_at(frame, k) is not None:
            return j
    return j


def _set_off_quotation(frame: Frame, k: int, colon: bool) -> bool:
    """Tell whether a quotation in one part opens at token k, after a comma with a capital
    letter (a sentence of its own), and is no title ("his latest book, “City of Dreams”")."""
    q = frame.quote_opening(k)
    if q is None or len(q) != 1:
        return False
    inside = frame.text[q[0][0]:q[0][1]].lstrip(OPENING_EDGE)
    words = inside.split()
    if any(len(w) > 3 for w in words) and title_cased(words):
        return False
    return colon or inside[:1].isupper()


def _named_with_cue(frame: Frame, j: int) -> bool:
    """Tell whether the words after a cue open with a name or a description of someone and a
    cue of its own: "Ann Roe said Tom Reyes told the group that “…”", "said the mayor warned
    him that": the "that" is the second cue's, not the first's after an adjunct it did not
    know, and the words in quotation marks are Reyes's, read at his own cue
    (``patterns._relays_quotation``): relayed words go to whoever said them first."""
    k = after_someone(frame, j)
    if k is None:
        return False
    toks = frame.tokens
    # a finite cue: not a verb before an infinitive ("said the lawyers continue to believe
    # that"), nor a participle ("wrote a memo to staff explaining that": the writer's words)
    # and words in quotation marks after it ("Gates said Clinton told Obama that she ..."
    # stays one report of Gates's, as indirect speech relayed keeps its cue)
    return k + 1 < len(toks) and not toks[k].low.endswith("ing") \
        and toks[k + 1].low != "to" and cue_at(frame, k) is not None \
        and any(frame.inq[x] for x in range(k + 1, len(toks)))


def after_someone(frame: Frame, j: int) -> int | None:
    """Give the token after a name or a description of someone that opens the words at
    token j ("Tom Reyes told", "the mayor warned"), or None where a pronoun or nobody opens
    them ("she recalls": the speaker the outer cue names)."""
    np = np_forward(frame, j)
    if np is None or np[0].low in frame.words.pronouns \
            or not (is_capitalized(np[0].text) or described_someone(frame, np)):
        return None
    return frame.index(np[-1]) + 1


def described_someone(frame: Frame, np: Phrase) -> bool:
    """Tell whether a phrase describes a speaker of its own by a determiner or a number and a
    head for people: "According to police, the driver said he was “…”", "the senator said",
    "another official says", "three sources say", "several officials said"."""
    words, head, first = frame.words, np[-1].low, np[0].low
    return len(np) >= 2 and (first in words.determiners or first.isdigit()) and (
        head in words.speaker_heads or head in words.anonymous_heads
        or head in frame.knowledge.titles or words.people(head))


def _past_relative(frame: Frame, k: int, j: int) -> int:
    """Give where what the cue reports starts, from a "that" at token k in the words after
    the cue, which start at j: k itself, or, where k opens a relative clause, the next "that"
    past it ("said in a letter that was released on Monday that the plan failed"), else j:
    the noun with its relative clause ("asked for a budget that would fund the school"), not
    the relative clause alone."""
    if not _opens_relative(frame, k):
        return k
    toks = frame.tokens
    for m in range(k + 2, min(len(toks), k + 2 + _RELATIVE_REACH)):
        if frame.inq[m] or toks[m].text in ",;:—–":
            break
        if toks[m].low == "that" and not _opens_relative(frame, m):
            return m
    # the relative clause stands in an adjunct ("said in an interview that aired Wednesday
    # he was told ..."): what is reported follows it with no "that"; keep the old start
    return k if toks[j].low in _ADJUNCT_OPENERS else j


def _opens_relative(frame: Frame, k: int) -> bool:
    """Tell whether "that" at token k, after a noun the cue took as its object, opens a
    relative clause with no subject of its own: a verb follows ("asked for a bill that would
    raise the wage", "slammed firms that saw their costs rise", "an inbox that had built
    up"). Its clause says what the noun is, not what anyone said."""
    toks, words = frame.tokens, frame.words
    if k + 1 >= len(toks) or frame.inq[k + 1]:
        return False
    nxt = toks[k + 1]
    low = nxt.low
    if not nxt.text.islower():
        return False
    if low in words.aux_verbs or low in words.modals or low in words.irregular_past:
        return True
    # a verb in -ed, not an adjective before the subject's noun ("that socialized medicine
    # was ...": an auxiliary follows soon)
    return words.past_form(low) and not any(
        t.low in words.aux_verbs for t in toks[k + 2:k + 2 + _SUBJECT_AFTER_ADJECTIVE])


def _content_start(frame: Frame, last: int, cue: Cue, speaker: Phrase,
                   inverted: bool) -> tuple[int, bool]:
    """Give the token where content after the cue starts, and whether "that" opens it."""
    toks = frame.tokens
    after_np = frame.index(speaker[-1]) + 1 if inverted else last + 1
    j = skip_after_cue(frame, after_np, cue)
    if (k := _quotation_past_adjunct(frame, j)) > j:
        return k, False  # "said in an interview with reporters, “…”"
    if not (j < len(toks) and toks[j].low == "that"):
        # "said after a lunch on Tuesday that ...": an adjunct the skipper did not know
        for k in range(j, min(len(toks), j + 9)):
            if frame.inq[k] or toks[k].text in ",;:" or toks[k].low in frame.words.aux_verbs \
                    or toks[k].low in frame.words.attribution_nouns:
                break  # "mocked her claim that ...": the "that" is the claim's
            if toks[k].low == "that" and k > j:
                if not _named_with_cue(frame, j):  # "said Tom Reyes told them that “…”"
                    j = _past_relative(frame, k, j)
                break
    that = j < len(toks) and toks[j].low == "that" and not frame.inq[j]
    return (j + 1, True) if that else (j, False)
