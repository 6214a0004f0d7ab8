"""Words carried by a thing rather than said by a person: a sign or a banner that reads
“…”, and a poll or survey that found what it reports.

Two patterns of their own, tried at their verb before any cue (``patterns`` calls them):
``inscription`` takes only the quotation right after "read", "reading" or "saying", its
speaker the sign that carries it ("a sign that read “Hands off”"); ``survey_finding`` reads a
poll's finding as a cue of its own ("a Gallup poll found that ...", "..., the survey showed"),
its speaker the poll, whose organisation the actor step names.
"""

from __future__ import annotations

from collections.abc import Set

from reportgen.analyze.quotes.cues import cue_at
from reportgen.analyze.quotes.found import Marked, RawQuote
from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.phrases import np_back
from reportgen.analyze.quotes.speakers import speaker_before
from reportgen.knowledge import Cue

READ = Cue("read", "neutral", True)
FIND = Cue("find", "neutral", True)

# documents that find, as a poll does, by the kind the documents table gives them: "the
# report found that “…”", "A 2015 study by Ann Roe found", "an analysis by X showed"
_FINDINGS = frozenset({"report", "study"})

# how far back from a poll's verb its head noun may stand: "A Fox News poll released
# Wednesday showed"
_SURVEY_REACH = 10


def inscription(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read the quotation a sign, banner or shirt carries: "a sign that read “…”", "a banner
    reading “…”", "Her T-shirt said: “…”"."""
    toks, words = frame.tokens, frame.words
    if frame.inq[i] or toks[i].low not in words.inscription_verbs:
        return None
    k = i - 1
    if k >= 1 and toks[k].low in ("that", "which") and not frame.inq[k]:
        k -= 1
    if k < 0 or frame.inq[k] or toks[k].low not in words.inscriptions:
        return None
    q = frame.quote_opening_past(i + 1, ",:")
    if q is None or q in claimed:
        return None
    carrier = _carrier(frame, k)
    return RawQuote(q, "direct", frame.mention(carrier), frame.mention(toks[i:i + 1]), READ,
                    marked=(q,))


def slogan(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read the quotation written before the inscription word at token i, when someone
    holds or wears it: 'waved an “I am Charlie” sign', 'wore “Vote No” buttons'."""
    toks, words = frame.tokens, frame.words
    if frame.inq[i] or toks[i].low not in words.inscriptions or i < 2 or not frame.inq[i - 1]:
        return None
    q = frame.quote_of(i - 1)
    if q is None or q in claimed or frame.first_at(q[-1][1]) != i:
        return None
    k = frame.first_at(q[0][0]) - 1  # before the quotation: an article, then the verb
    if k >= 1 and toks[k].low in words.determiners:
        k -= 1
    if k < 1 or toks[k].low not in words.holding_verbs:
        return None
    holder = speaker_before(frame, k, frame.floors[k])
    if holder is None:
        return None
    return RawQuote(q, "direct", frame.mention(holder), frame.mention(toks[i:i + 1]), READ,
                    marked=(q,))


def _carrier(frame: Frame, k: int) -> Phrase:
    """Give who speaks through the inscription word at k: whoever holds or wears it ("Aubrey
    Pelletier hoisted a sign"), else the noun phrase that ends in it ("a cloth banner")."""
    np = np_back(frame, k, frame.floors[k])
    if not np or frame.index(np[-1]) != k:
        np = frame.tokens[k:k + 1]
    verb = frame.index(np[0]) - 1
    if verb >= 1 and frame.tokens[verb].low == "up":  # "held up a sign"
        verb -= 1
    if verb >= 1 and frame.tokens[verb].low in frame.words.holding_verbs:
        holder = speaker_before(frame, verb, frame.floors[verb])
        if holder is not None:
            return holder
    return np


def survey_head(frame: Frame, i: int) -> Phrase | None:
    """Give the poll, survey, report or study whose finding the verb at token i reports, when
    one is its subject: "A Fox News poll released Wednesday showed", "the Pew survey found",
    "the report finds"."""
    toks, words = frame.tokens, frame.words
    if frame.inq[i] or toks[i].low not in words.survey_verbs:
        return None
    if i >= 1 and toks[i - 1].low in ("that", "which"):
        return None  # "pointed to the poll that shows ...": the poll is what someone cites
    floor = max(frame.floors[i], i - _SURVEY_REACH)
    for k in range(i - 1, floor - 1, -1):
        if frame.inq[k] or toks[k].text in ",;:()":
            return None
        if toks[k].low in words.surveys:
            poll = _survey_phrase(frame, k)
            return None if _cited(frame, frame.index(poll[0])) else poll
        if words.documents.get(toks[k].low) in _FINDINGS:
            found = _survey_phrase(frame, k)
            # one document named with its article ("the report", "A 2015 study by ..."), not
            # "Studies show" or a heading's "Audit found"
            plural = toks[k].low.endswith("s") and not toks[k].low.endswith(("ss", "is", "us"))
            return None if _cited(frame, frame.index(found[0])) or plural \
                or found[0].low not in words.determiners else found
    return None


def _cited(frame: Frame, start: int) -> bool:
    """Tell whether a phrase opens a clause someone reports: a speech cue stands right
    before it ("said his survey showed", "say polls show"), or "that" does with a speech verb
    earlier in the sentence ("are quick to point out ... and that polls show")."""
    k = start - 1
    if k < 0 or frame.inq[k]:
        return False
    if frame.tokens[k].low != "that":
        return cue_at(frame, k) is not None
    cues, toks = frame.knowledge.cues, frame.tokens
    return any(not frame.inq[x] and (toks[x].low in cues or (
        x + 1 < len(toks) and f"{toks[x].low} {toks[x + 1].low}" in cues)) for x in range(k))


def _survey_phrase(frame: Frame, k: int) -> Phrase:
    """Give the noun phrase that ends in the poll word at k, without a cue or "according
    to" before it ("said his survey showed": "his survey")."""
    np = np_back(frame, k, frame.floors[k])
    if not np or frame.index(np[-1]) != k:
        return frame.tokens[k:k + 1]
    cues = frame.knowledge.cues
    while len(np) > 1 and (np[0].low in cues or np[0].low in ("according", "to")):
        np = np[1:]
    return np
