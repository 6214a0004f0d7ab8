"""Find quotes, their attribution cue and the speaker mention, by rule over tokens.

The steps, each a module of its own, in the order they run:

1. ``marks``: pair quotation marks into quoted stretches (``find_marked``).
2. ``frame``: split each paragraph into frames, sentences widened to hold whole quotations.
3. ``cues`` and ``sites``: find each speech cue used as a verb, and its speaker mention
   (``phrases`` and ``speakers`` read the noun phrases).
4. ``patterns``: try the attribution patterns on each cue, in a stated order
   (``content`` reads the reported clauses).
5. ``leftovers``: give quotations no cue attributed a speaker (signed, colon-introduced,
   continued), take a paragraph a cue and a colon introduce as a block quote, then drop
   duplicates.

Whom a speaker mention refers to is decided later, in ``reportgen.analyze.actors``.
"""

from __future__ import annotations

from reportgen.analyze.quotes.found import Marked, Mention, RawQuote
from reportgen.analyze.quotes.frame import marked_by_paragraph, paragraph_frames
from reportgen.analyze.quotes.leftovers import attach_block_quotes, attach_leftovers, dedupe
from reportgen.analyze.quotes.marks import find_marked
from reportgen.analyze.quotes.patterns import attribute_frame, start_tokens
from reportgen.analyze.text import Token, paragraphs, sentences, tokenize, turn_labels
from reportgen.knowledge import Knowledge
from reportgen.models import Span

__all__ = ["Mention", "RawQuote", "extract_quotes"]


def extract_quotes(text: str, knowledge: Knowledge, tokens: list[Token] | None = None,
                   by_para: list[list[Span]] | None = None,
                   paras: list[Span] | None = None,
                   labels: tuple[Span, ...] | None = None) -> tuple[RawQuote, ...]:
    """Find every attributed quote in a body text whose boilerplate is already blanked out.

    ``tokens`` may hold the text's tokens already (``tokenize(text)``), ``by_para`` the
    sentences of each of its paragraphs (``sentences``), ``paras`` its paragraphs
    (``paragraphs``) and ``labels`` the labels of its turns, if it is a transcript
    (``turn_labels`` of those sentences), to save redoing them.
    """
    tokens = tokenize(text) if tokens is None else tokens
    starts = [t.start for t in tokens]
    paras = paragraphs(text) if paras is None else paras
    if by_para is None:
        by_para = [sentences(text, p, knowledge.words.abbreviations,
                             knowledge.words.sentence_openers) for p in paras]
    marked = find_marked(text, paras, knowledge.cues)
    # the tokens an attribution pattern may start at: a frame with none is not built
    wanted = start_tokens(tokens, knowledge)
    found: list[RawQuote] = []
    claimed: set[Marked] = set()  # quotations attributed so far
    if labels is None:
        labels = turn_labels(text, [s for sents in by_para for s in sents])
    # where the first turn of a transcript opens, if the text is one
    turns = labels[0][0] if labels else len(text)
    for sents, (in_para, parts) in zip(by_para, marked_by_paragraph(paras, marked), strict=True):
        turn = bool(sents) and sents[0][0] >= turns
        for frame in paragraph_frames(text, sents, in_para, parts, knowledge, tokens, starts,
                                      wanted, turn):
            quotes = attribute_frame(frame, claimed)
            if quotes:
                found.extend(quotes)
                claimed.update(*(q.marked for q in quotes))
    found_all = attach_leftovers(text, paras, marked, claimed, tuple(found), knowledge)
    return dedupe(attach_block_quotes(text, paras, found_all, knowledge))

