"""Words attributed by a noun rather than a verb: "his claim that “…”", "chants of “…” from
supporters".

Two patterns of their own, tried at their noun before any cue (``patterns`` calls them):
``claim_that`` reads a possessed attribution noun and the clause after its "that" as the
possessor's words ("her warning that “…”", "the mayor's claim that “…”", "the warning from the
agency that “…”"); ``chanted_by`` reads the quotation after "chants of" as the words of whoever
the sentence says chants them ("from supporters", "the crowd broke into chants of"), else of no
one named (a chant is never the words of the speaker quoted before it).
"""

from __future__ import annotations

from collections.abc import Set

from reportgen.analyze.quotes.content import content_after, reported
from reportgen.analyze.quotes.found import Marked, Mention, RawQuote
from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.phrases import np_back, np_forward
from reportgen.analyze.text import is_capitalized
from reportgen.knowledge import Cue
from reportgen.knowledge.words import POSSESSIVE_ENDINGS
from reportgen.models import Span

SAY = Cue("say", "neutral", True)
CHANT = Cue("chant", "neutral", True, quoted_only=True)
# the cue of words named after a verb of using them ("he used the word “…”"): the words
# it names are its own, and no quotation after them goes on in the same voice
USE_WORDS = Cue("use", "neutral", True, quoted_only=True)

# possessive pronouns that own an attribution noun: "her claim", "their warning"
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
# adjectives a short way between the owner and the noun: "his repeated claim"
_MAX_ADJECTIVES = 2


def claim_that(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read the attribution noun at token i with its owner and the clause after "that",
    when that clause quotes words: "Critics mocked her claim that “…”" (her words, not the
    critics'), "the mayor's warning that “…”", "a warning from the agency that “…”"."""
    toks, words = frame.tokens, frame.words
    if frame.inq[i] or not (toks[i].low in words.attribution_nouns
                            or toks[i].low in words.infinitive_nouns):
        return None
    after, j = owner_after(frame, i + 1)
    owner = frame.mention(after) if after else _owner_before(frame, i)
    if owner is None or j >= len(toks) or frame.inq[j]:
        return None
    if toks[j].low == "to" and toks[i].low in words.infinitive_nouns:
        return _to_quotation(frame, i, j, owner, claimed)
    if toks[j].low != "that" or toks[i].low not in words.attribution_nouns:
        return None
    cue = frame.knowledge.cues.get(toks[i].low) or SAY
    content = content_after(frame, j + 1, True, cue)
    if content is None:
        return None
    q = reported(frame, _to_last_quotation(frame, content), owner,
                 frame.mention(toks[i:i + 1]), cue, claimed)
    # words in quotation marks only: "his claim that the vote was rigged" stays narration
    return q if isinstance(q, RawQuote) and q.marked else None


def _to_quotation(frame: Frame, i: int, j: int, owner: Mention,
                  claimed: Set[Marked]) -> RawQuote | None:
    """Read the quotation right after the "to" at token j of the noun at token i: "his call
    to “start over”", "her vow to “drain the harbour”" (the owner's words; "his call to
    action" stays narration)."""
    toks = frame.tokens
    q = frame.quote_at(j + 1)
    if q is None or q in claimed or q[0][0] != toks[j + 1].start:
        return None
    cue = frame.knowledge.cues.get(toks[i].low) or SAY
    return RawQuote(q, "direct", owner, frame.mention(toks[i:i + 1]), cue, marked=(q,))


def _to_last_quotation(frame: Frame, content: Span) -> Span:
    """Cut a clause after an attribution noun at the end of its last quotation: the
    sentence goes on with its own verb ('her claim that “…” was false')."""
    s, e = content
    ends = [b for q in frame.quotes for _, b in q if s <= b <= e + 1]
    return (s, min(e, max(ends))) if ends else content


def _owner_before(frame: Frame, i: int) -> Mention | None:
    """Give who owns the noun at token i by a possessive before it: "the mayor's" (the
    mayor), "Tom Reyes's", "her" (up to two adjectives between: "his repeated claim"). A "his"
    or "her" after a name's possessive in the sentence is that name: "Trump's speech, and his
    claim that ..."."""
    toks, words = frame.tokens, frame.words
    k = i - 1
    while k >= 0 and i - k <= _MAX_ADJECTIVES and not frame.inq[k] \
            and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].low not in _POSSESSIVES and toks[k].low not in words.determiners \
            and toks[k].low not in words.connectors and toks[k].low not in ("and", "or"):
        k -= 1
    if k < 0 or frame.inq[k] or i - k > _MAX_ADJECTIVES:
        return None
    if toks[k].low in _POSSESSIVES:
        return frame.mention(toks[k:k + 1])
    return _possessor(frame, k)


def _possessor(frame: Frame, k: int) -> Mention | None:
    """Give the phrase a possessive token at k ends, without its "'s": "the mayor's" (the
    mayor), "Senator Ruth Vail's"."""
    toks, words = frame.tokens, frame.words
    if not toks[k].text.endswith(POSSESSIVE_ENDINGS) or len(toks[k].text) < 3:
        return None
    s = k
    while s - 1 >= frame.floors[k] and not frame.inq[s - 1] and (
            is_capitalized(toks[s - 1].text) or toks[s - 1].text == "."
            or toks[s - 1].low in words.determiners or toks[s - 1].low in words.modifiers
            or toks[s - 1].low in frame.knowledge.titles):
        s -= 1
    if toks[s].low in _POSSESSIVES:
        return None  # "his aide's claim": the aide is no name the sentence gives
    end = toks[k].end - 2
    return Mention(frame.text[toks[s].start:end], (toks[s].start, end))


def owner_after(frame: Frame, j: int) -> tuple[Phrase | None, int]:
    """Give who a noun is from, after it ("from the agency", "by Senator Vail"), and the
    token after that phrase; (None, j) when no such phrase follows."""
    toks = frame.tokens
    if j + 1 >= len(toks) or toks[j].low not in ("from", "by") or frame.inq[j]:
        return None, j
    np = np_forward(frame, j + 1)
    if np is None or not (is_capitalized(np[-1].text) or np[-1].low in frame.words.speaker_heads
                          or np[-1].low in frame.words.group_heads):
        return None, j
    return np, frame.index(np[-1]) + 1


# verbs whose subject voices the chants after them: "the crowd broke into chants of",
# "supporters responded with chants of" (not "was met with chants": the chanters are others)
_CHANT_VERBS = frozenset({"broke", "burst", "erupted", "started", "began", "led", "joined",
                          "raised", "struck", "responded", "replied", "answered", "reacted"})
# how far back from "chants" such a verb may stand: "the crowd broke into loud chants"
_CHANT_REACH = 4


def chanted_by(frame: Frame, i: int, claimed: Set[Marked]) -> RawQuote | None:
    """Read the quotation after "chants of" (cries, shouts, calls): the words of those it
    is "from" or "by", else of the subject of a verb that starts them ("the crowd broke into
    chants of “…”"), else of no one the sentence names."""
    toks, words = frame.tokens, frame.words
    if frame.inq[i] or toks[i].low not in words.chant_nouns or i + 2 >= len(toks) \
            or toks[i + 1].low != "of" or not frame.inq[i + 2]:
        return None
    q = frame.quote_opening(i + 2)
    if q is None or q in claimed:
        return None
    after = frame.first_at(q[-1][1])
    while after < len(toks) and toks[after].text in ",.!?" and not frame.inq[after]:
        after += 1
    voice, _ = owner_after(frame, after)
    voice = voice or _chant_subject(frame, i)
    return RawQuote(q, "direct", frame.mention(voice) if voice else None,
                    frame.mention(toks[i:i + 1]), CHANT, marked=(q,))


def _chant_subject(frame: Frame, i: int) -> Phrase | None:
    """Give the subject of a verb that starts the chants at token i: "the crowd broke into
    chants", "supporters erupted in chants"."""
    toks = frame.tokens
    for k in range(i - 1, max(frame.floors[i], i - _CHANT_REACH) - 1, -1):
        if frame.inq[k] or toks[k].text in ",;:":
            return None
        if toks[k].low in _CHANT_VERBS:
            return np_back(frame, k - 1, frame.floors[i]) if k >= 1 else None
    return None
