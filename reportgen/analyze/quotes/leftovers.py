"""Step 4: leftovers. Quotations no cue attributed, and de-duplication.

A quotation with no cue takes a speaker from a signature on its own line ("― Martha
Aguilar"), from the name before a colon ("Rep. Trey Gowdy: “…”"), or from the quote before it
(a quote split around its attribution, or continued in the next paragraph); a long one stays
unattributed; lone scare quotes are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import replace

from reportgen.analyze.quotes.cues import cue_at
from reportgen.analyze.quotes.found import Marked, Mention, RawQuote
from reportgen.analyze.quotes.frame import make_frame
from reportgen.analyze.quotes.phrases import np_back
from reportgen.analyze.quotes.speakers import subject
from reportgen.analyze.text import is_capitalized, sentences
from reportgen.knowledge import Knowledge
from reportgen.models import Span

# A quote signed on its own line: "― Martha Aguilar", or an embedded tweet's
# "— Donald J. Trump (@realDonaldTrump) October 1, 2016"
_SIGNED = re.compile(r"[ \t\xa0]*\n?[ \t\xa0]*[―—–-]{1,2}[ \t\xa0]*(?P<name>[A-Z][\w.’'-]*"
                     r"(?:[ \t\xa0]+[A-Z][\w.’'-]*){0,3})[ \t\xa0.]*(?:\(@\w+\)[^\n]{0,40})?"
                     r"(?:\n|$)")
_WORD = re.compile(r"\w+")


def attach_leftovers(text: str, paras: list[Span], marked: tuple[Marked, ...],
                     claimed: Set[Marked], found: tuple[RawQuote, ...],
                     knowledge: Knowledge) -> tuple[RawQuote, ...]:
    """Give the quotes found with those made of the quotations no cue attributed."""
    para_of = {q: n for n, (ps, pe) in enumerate(paras) for q in marked if ps <= q[0][0] < pe}
    out = list(found)
    for q in marked:
        if q in claimed:
            continue
        if any(a <= q[0][0] < b for r in out for a, b in r.spans):
            continue  # inside reported speech already
        words = len(_WORD.findall(text, q[0][0], q[-1][1]))
        n = para_of.get(q, -1)
        speaker = _signature(text, q, words) or _colon(text, paras, q, n, words, knowledge)
        if speaker is not None:
            out.append(RawQuote(q, "direct", speaker, marked=(q,)))
        elif not _continue(out, paras, q, n, words) and words >= 8:
            out.append(RawQuote(q, "direct", marked=(q,)))
    return tuple(out)


def _signature(text: str, q: Marked, words: int) -> Mention | None:
    """Name the signature on the line after a quotation: "― Martha Aguilar"."""
    if words >= 3 and (m := _SIGNED.match(text, q[-1][1])):
        return Mention(m["name"], (m.start("name"), m.end("name")))
    return None


def _colon(text: str, paras: list[Span], q: Marked, n: int, words: int,
           knowledge: Knowledge) -> Mention | None:
    """Name who speaks before the colon that introduces a quotation, in its paragraph or
    ending the one before."""
    if words < 3 or n < 0:
        return None
    return colon_speaker(text, paras[n], q[0][0], knowledge) or (
        colon_speaker(text, paras[n - 1], paras[n - 1][1] + 1, knowledge, cued=True)
        if q[0][0] == paras[n][0] and n >= 1 else None)


def _continue(out: list[RawQuote], paras: list[Span], q: Marked, n: int, words: int) -> bool:
    """Give a quotation the speaker of the quote before it, in the same paragraph or the one
    before; a quote split around its attribution grows by the part. Tell whether it did."""
    before = [k for k, r in enumerate(out) if r.end <= q[0][0]]
    if not before:
        return False
    at = max(before, key=lambda k: out[k].end)
    last = out[at]
    if last.speaker is None:
        return False
    gap_paras = n - _para_index(paras, last.end)
    same_para = gap_paras == 0
    opens_para = n >= 0 and q[0][0] == paras[n][0]
    if not ((same_para and words >= 2) or (gap_paras == 1 and opens_para and words >= 4)):
        return False
    if same_para and last.kind == "direct" and not last.inherited:
        out[at] = replace(last, spans=last.spans + q, marked=(*last.marked, q))
    else:
        out.append(RawQuote(q, "direct", last.speaker, inherited=True, marked=(q,)))
    return True


def colon_speaker(text: str, para: Span, start: int, knowledge: Knowledge,
                  cued: bool = False) -> Mention | None:
    """Name who speaks a quote starting at ``start`` and introduced by a colon in ``para``:
    "Rep. Trey Gowdy: ...", "The headline reads: ...", "Trump went further, tweeting:" (the
    name before the colon, or else the sentence's subject). With ``cued``, the sentence must
    hold a speech verb ("tweeting:", "said in a statement:"), not just end in a colon."""
    k = min(start, para[1]) - 1
    while k >= para[0] and text[k] in " \t\xa0":
        k -= 1
    if k < para[0] or text[k] != ":":
        return None
    sent = next((s for s in sentences(text, para, knowledge.words.abbreviations)
                 if s[0] <= k < s[1]), None)
    if sent is None:
        return None
    frame = make_frame(text, (sent[0], k), (), knowledge)
    if not frame.tokens:
        return None
    if cued and not any(cue_at(frame, x) for x in range(len(frame.tokens))):
        return None
    j = len(frame.tokens) - 1
    while j >= 0 and frame.tokens[j].text in ")":
        j = next((x - 1 for x in range(j, -1, -1) if frame.tokens[x].text == "("), -1)
    near = np_back(frame, j, 0) if j >= 0 else None
    if near and is_capitalized(near[-1].text) and near[0].low not in knowledge.words.openers:
        return frame.mention(near)
    subj = subject(frame, len(frame.tokens))
    return frame.mention(subj) if subj else None


def _para_index(paras: list[Span], pos: int) -> int:
    for n, (ps, pe) in enumerate(paras):
        if ps <= pos <= pe:
            return n
    return -1


def dedupe(quotes: tuple[RawQuote, ...]) -> tuple[RawQuote, ...]:
    """Drop a reported quote that lies inside one before it; keep them in text order."""
    out: list[RawQuote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if out and q.start < out[-1].end and q.end <= out[-1].end and q.kind != "direct":
            continue
        out.append(q)
    return tuple(out)
