"""The site of a cue: the cue, its speaker mention, and where reported content may start.

Found once per cue, before the attribution patterns are tried on it. The speaker is the
anonymous source or subject before the cue; after ", saying" the sentence's subject; after
an inverted cue ("…, said Robert Egge") the noun phrase after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.analyze.quotes.cues import skip_after_cue
from reportgen.analyze.quotes.found import Mention
from reportgen.analyze.quotes.frame import Frame, Phrase
from reportgen.analyze.quotes.phrases import np_forward
from reportgen.analyze.quotes.speakers import (
    anonymous_before,
    speaker_before,
    subject,
    subordinate_subject,
)
from reportgen.knowledge import Cue


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
    speaker = anonymous_before(frame, i) if floor == 0 else None
    speaker = speaker or speaker_before(frame, i, floor)
    participle = toks[i].low.endswith("ing") and i > 0 and (
        toks[i - 1].text == "," or toks[i - 1].low in frame.words.settings)
    if participle:
        speaker = _participle_subject(frame, i, last_speaker)
    inverted = False
    # "…, said the ministry" inverts; "Recalling the vote, X said" is a participle clause
    may_invert = not participle and not toks[i].low.endswith("ing") and (
        i == 0 or i == floor or toks[i - 1].text in (",", "—", "–") or frame.inq[i - 1]) \
        and not (cue.takes_object and _after_title(frame, i))
    if speaker is None and may_invert:
        speaker = _speaker_after(frame, last)
        inverted = speaker is not None
    before = i
    if speaker and not inverted:
        speaker = _with_descriptors(frame, speaker)
        before = frame.index(speaker[0])
    content, that = _content_start(frame, last, cue, speaker, inverted) if speaker else (0, False)
    cue_mention = frame.mention(toks[i:last + 1])
    return Site(frame, i, last, cue, cue_mention, speaker,
                frame.mention(speaker) if speaker else None, inverted, before, content, that)


def _after_title(frame: Frame, i: int) -> bool:
    """Tell whether the cue at token i follows a quotation with no punctuation closing it, a
    title or a name rather than a statement: 'The show "Saturday Night Live" mocked him' (an
    object cue then takes its object, not an inverted speaker)."""
    if i == 0 or not frame.inq[i - 1]:
        return False
    before = frame.text[frame.span[0]:frame.tokens[i].start].rstrip("\"”’'» \t\n")
    return not before.endswith((",", ".", "?", "!", "…", "—", "–", "-"))


def _participle_subject(frame: Frame, i: int, last_speaker: Phrase | None) -> Phrase | None:
    """", saying ..." and "a statement saying ...": the sentence's subject speaks."""
    speaker = last_speaker or subject(frame, i)
    if speaker and len(speaker) == 1 and speaker[0].low in frame.words.expletives:
        # "It came after Boehner chided Obama, accusing ...": the subordinate clause's subject
        # accuses, not "it"
        speaker = subordinate_subject(frame, i) or speaker
    return speaker


def _speaker_after(frame: Frame, last: int) -> Phrase | None:
    """Take the speaker after an inverted cue: "…, said the ministry"."""
    toks = frame.tokens
    j = last + 1
    while j < len(toks) and toks[j].text == ",":
        j += 1
    speaker = np_forward(frame, j)
    if speaker and len(speaker) == 1 and speaker[0].low in frame.words.pronouns:
        after = j + 1
        if after < len(toks) and toks[after].text not in ".,;!?" and not frame.inq[after]:
            return None  # "..., said she wanted ...": the pronoun opens the clause
    return speaker


def _with_descriptors(frame: Frame, speaker: Phrase) -> Phrase:
    """Add the lower-case descriptors between a quotation and the name: “…,” farmer Tom Reed
    said."""
    toks = frame.tokens
    k = frame.index(speaker[0]) - 1
    d = k
    while d >= 0 and k - d < 3 and not frame.inq[d] and toks[d].text.isalpha() \
            and toks[d].text.islower():
        d -= 1
    if d < k and d >= 0 and frame.inq[d]:
        return toks[d + 1:k + 1] + speaker
    return speaker


def _content_start(frame: Frame, last: int, cue: Cue, speaker: Phrase,
                   inverted: bool) -> tuple[int, bool]:
    """Give the token where content after the cue starts, and whether "that" opens it."""
    toks = frame.tokens
    after_np = frame.index(speaker[-1]) + 1 if inverted else last + 1
    j = skip_after_cue(frame, after_np, cue)
    if not (j < len(toks) and toks[j].low == "that"):
        # "said after a lunch on Tuesday that ...": an adjunct the skipper did not know
        for k in range(j, min(len(toks), j + 9)):
            if frame.inq[k] or toks[k].text in ",;:" or toks[k].low in frame.words.aux_verbs:
                break
            if toks[k].low == "that" and k > j:
                j = k
                break
    that = j < len(toks) and toks[j].low == "that" and not frame.inq[j]
    return (j + 1, True) if that else (j, False)
