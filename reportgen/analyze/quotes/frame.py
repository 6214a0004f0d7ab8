"""Frames: the stretch of text an attribution is looked for in, and its tokens.

A frame is a sentence, widened to hold whole quotations: "“We will win,” he said. “Soon.”"
is read together where the marks say so. Every later step reads a frame and returns new
values; none changes it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter

from reportgen.analyze.quotes.found import Marked, Mention
from reportgen.analyze.quotes.marks import embedded_title
from reportgen.analyze.text import Token, closed_up, is_capitalized, tokenize
from reportgen.knowledge import Knowledge, Words
from reportgen.models import Span

Phrase = tuple[Token, ...]  # a noun phrase or a cue, as consecutive tokens of a frame


@dataclass(frozen=True, slots=True)
class Frame:
    """The tokens of one attribution frame and, for each, whether it stands in quotation."""

    text: str
    span: Span
    tokens: tuple[Token, ...]
    starts: tuple[int, ...]  # where each token starts, for bisection
    quotes: tuple[Marked, ...]  # the quotations in marks that overlap the frame
    owners: tuple[Marked | None, ...]  # the first quotation each token stands in, if any
    inq: tuple[bool, ...]  # inq[i]: token i stands inside a quotation
    floors: tuple[int, ...]  # floors[i]: the token after the last quoted one before i, or 0
    quote_starts: tuple[int, ...]  # where each of ``quotes`` starts
    headline: bool  # a title-case headline: "Sanders Says He Is Writing His Inaugural Address"
    knowledge: Knowledge
    words: Words
    turn: bool = False  # the frame lies in a speaker's turn of a transcript (text.turn_labels)
    # ``openers`` and ``statements``, found when first asked: only a frame whose reported
    # clause is read asks (most frames are read for a cue they do not hold)
    _found: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, compare=False,
                                               repr=False)

    @property
    def openers(self) -> tuple[int, ...]:
        """Give the tokens that open a clause after a comma: ", though ..."."""
        found = self._found.get("openers")
        if found is None:
            found = self._found["openers"] = _openers(self.tokens, self.words)
        return found

    @property
    def statements(self) -> tuple[int, ...]:
        """Give the tokens that open a second statement: ", noting", "and said"."""
        found = self._found.get("statements")
        if found is None:
            found = self._found["statements"] = _statements(self.tokens, self.inq,
                                                            self.knowledge)
        return found

    def quote_of(self, i: int) -> Marked | None:
        """Give the quotation token i stands in, if any."""
        return self.owners[i]

    def quote_at(self, i: int) -> Marked | None:
        """Give the quotation token i stands in; None where it stands in none or i is no
        token's index (before the first, past the last)."""
        return self.owners[i] if 0 <= i < len(self.owners) else None

    def quote_opening(self, i: int) -> Marked | None:
        """Give the quotation whose first token is token i, if one is."""
        q = self.quote_at(i)
        return q if q is not None and self.first_at(q[0][0]) == i else None

    def quote_opening_past(self, i: int, marks: str) -> Marked | None:
        """Give the quotation whose first token is token i, or the first after the marks of
        ``marks`` that stand at i outside any quotation: a sign that "read: “…”", "used the
        word, “…”"."""
        while i < len(self.tokens) and self.tokens[i].text in marks and not self.inq[i]:
            i += 1
        return self.quote_opening(i)

    def quote_closing_before(self, i: int, marks: str) -> Marked | None:
        """Give the quotation that token i - 1 stands in, or the token before the marks of
        ``marks`` that stand right before i outside any quotation: “…,” said the ministry;
        “…,” — according to a memo. None where that token stands in none."""
        k = i - 1
        while k >= 0 and self.tokens[k].text in marks and not self.inq[k]:
            k -= 1
        return self.quote_at(k)

    def mention(self, phrase: Phrase) -> Mention:
        """Give a phrase as written, with its span."""
        return Mention(closed_up(self.text[phrase[0].start:phrase[-1].end]),
                       (phrase[0].start, phrase[-1].end))

    def index(self, token: Token) -> int:
        """Give the index of a token of this frame."""
        return bisect_left(self.starts, token.start)

    def first_at(self, pos: int) -> int:
        """Give the index of the first token that starts at or after pos."""
        return bisect_left(self.starts, pos)


Part = tuple[int, int, int]  # a part of a quotation: start, end, index of the quotation


def make_frame(text: str, span: Span, quotes: tuple[Marked, ...], knowledge: Knowledge,
               tokens: tuple[Token, ...] | None = None,
               parts: list[Part] | None = None,
               starts: tuple[int, ...] | None = None, turn: bool = False) -> Frame:
    """Build the frame of text[span] (its tokens may be given, to save redoing them, with
    where each starts, and the parts of its quotations that lie in it, as (start, end, index
    in ``quotes``); ``turn``: it lies in a speaker's turn of a transcript)."""
    toks = tuple(tokenize(text, *span)) if tokens is None else tokens
    if parts is None:
        parts = [(a, b, n) for n, q in enumerate(quotes) for a, b in q]
    if starts is None:
        starts = tuple(t.start for t in toks)
    owners: list[Marked | None] = [None] * len(toks)
    # a title named in running text ("told CBS' “60 Minutes,”") is read as words, not as a
    # quotation: a speaker before it still reaches its cue
    titles = {n for n, q in enumerate(quotes) if embedded_title(text, q, span[0])}
    parts = [p for p in parts if p[2] not in titles]
    for a, b, n in sorted(parts, key=lambda p: p[2]):  # a token in two quotations: the first
        for k in range(bisect_left(starts, a), bisect_left(starts, b)):
            if owners[k] is None:
                owners[k] = quotes[n]
    inq, floors = _quoted_floors(owners) if parts else ((False,) * len(toks), (0,) * len(toks))
    return Frame(text, span, toks, starts, quotes, tuple(owners), inq, floors,
                 tuple(q[0][0] for q in quotes), title_case(toks), knowledge, knowledge.words,
                 turn)


_FIRST = itemgetter(0)  # a token's text, and a text's first character


def title_case(toks: Sequence[Token]) -> bool:
    """Tell whether tokens read as a title-case headline: four words or more, more than 70%
    of them capitalised (the first characters taken with no Python step per token: no token
    is empty)."""
    initials = "".join(filter(str.isalpha, map(_FIRST, map(_FIRST, toks))))  # of each word
    return len(initials) >= 4 and sum(map(str.isupper, initials)) > 0.7 * len(initials)


def _quoted_floors(owners: list[Marked | None]) -> tuple[tuple[bool, ...], tuple[int, ...]]:
    """Give, for each token, whether it stands in a quotation and the token after the last
    quoted one before it (0 if none)."""
    inq = tuple([o is not None for o in owners])
    floors, floor = [], 0
    for k, quoted in enumerate(inq):
        floors.append(floor)
        if quoted:
            floor = k + 1
    return inq, tuple(floors)


def _openers(toks: tuple[Token, ...], words: Words) -> tuple[int, ...]:
    # ", though, ..." is an adverb set off by commas, not a clause's opener
    return tuple(k for k in range(1, len(toks))
                 if toks[k].low in words.clause_openers and toks[k - 1].text == ","
                 and not (k + 1 < len(toks) and toks[k + 1].text == ","))


def _statements(toks: tuple[Token, ...], inq: tuple[bool, ...],
                knowledge: Knowledge) -> tuple[int, ...]:
    """Give the tokens before a second statement of its own: ", noting that ..." and
    "praised Rubio's positions and said ..."."""
    cues, out = knowledge.cues, []
    for k in range(len(toks) - 1):
        if inq[k]:
            if k > 0 and toks[k - 1].text == "," and toks[k].text in _CLOSING_MARKS \
                    and _opens_statement(toks, inq, k + 1, knowledge):
                out.append(k + 1)  # '“hopeful,” while her brother complained': after the mark
            continue
        nxt = toks[k + 1].low
        if toks[k].text in ("—", "–") and nxt.endswith("ing") and nxt in cues:
            out.append(k)  # "denied the payments – calling the claim “…”"
        elif toks[k].text == ",":
            if (nxt.endswith("ing") and nxt in cues) or _opens_statement(toks, inq, k + 1,
                                                                         knowledge):
                out.append(k)
        elif toks[k].low in ("and", "but") and (cue := cues.get(nxt)) is not None \
                and cue.speech and nxt != cue.lemma:
            out.append(k)
        elif toks[k].text == ";" and _cue_follows(toks, inq, k + 1, knowledge):
            out.append(k)  # "… went unanswered; the one who answered, Tom Reyes, replied “…”"
    main = _main_clause_after_adverbial(toks, inq, knowledge)
    return tuple(out) if main is None or main in out else tuple(sorted((*out, main)))


def _main_clause_after_adverbial(toks: tuple[Token, ...], inq: tuple[bool, ...],
                                 knowledge: Knowledge) -> int | None:
    """Give the comma that ends an adverbial clause opening the frame, where the main clause
    after it has a subject and a speech cue of its own: "When Tom Reyes pointed out that the
    plan came from the states, Dana Pike responded that “…”" (what Reyes pointed out ends at
    the comma; the words in marks are Pike's); None where the frame opens otherwise or no
    such comma follows."""
    words = knowledge.words
    if len(toks) < 6 or inq[0]:
        return None
    first = toks[0].low  # a subordinator or a clause opener ("although", "though"), not
    # "but", which opens no adverbial clause: "But X said ..., Y replied" is one clause; or
    # "Asked" and the question put to the subject: "Asked whether Tom Reyes had told the
    # board, Dana Pike said: “…”" (the words in marks are Pike's, not Reyes's)
    if not (first in words.subordinators or (first in words.clause_openers and first != "but")
            or _opening_participle(toks, words)):
        return None
    for k in range(2, len(toks) - 2):
        if toks[k].text != "," or inq[k] or _inside_number(toks, k):
            continue
        if inq[k + 1] or _opens_clause(toks[k + 1], words):
            continue
        m = _cue_after_subject(toks, inq, k + 1, knowledge)
        # a cue in its bare form after a plural or "they" only: "the survey found it a
        # contentious, absurd claim" has no subject "contentious"
        if m is not None and (toks[m].low != knowledge.cues[toks[m].low].lemma
                              or _names_a_speaker(toks[m - 1], True, words)):
            return k
    return None


def _opening_participle(toks: tuple[Token, ...], words: Words) -> bool:
    """Tell whether a frame opens with "Asked" and a question put to its subject: "Asked
    whether ...", "Asked about ...", "Asked again if ..."."""
    if toks[0].text != "Asked":
        return False
    k = 1
    while k < len(toks) and toks[k].low in words.asked_adverbs:
        k += 1
    return k < len(toks) and toks[k].low in words.question_words


def _opens_statement(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                     knowledge: Knowledge) -> bool:
    """Tell whether what starts at token k, after a comma, is a statement of its own: a
    clause with its own speaker and cue, or an attribution that closes the sentence."""
    return _speaks_after_opener(toks, inq, k, knowledge) \
        or _attribution_to_end(toks, inq, k, knowledge)


# the words of a closing attribution's subject ("the Labor Department", "The Associated
# Press") and of what may follow its cue ("in a statement on Friday")
_CLOSING_SUBJECT_REACH = 5
_CLOSING_ADJUNCT_REACH = 8
# other words that open an adjunct after a closing cue: "said in a statement", "said as
# he left"
_ADJUNCT_OPENERS = frozenset({"in", "during", "after", "before", "as", "while", "when",
                              "via", "here", "there"})
# the first and second person: no closing attribution ("…, we continue")
_FIRST_PERSON = frozenset({"i", "we", "you"})
# words that join a clause to the one before, not a subject: ", but only minor details"
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "so", "yet", "then"})
# words that open a relative clause, not a subject: ", which critics praised"
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "that", "what", "as", "where", "when"})


def _attribution_to_end(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                        knowledge: Knowledge) -> bool:
    """Tell whether the tokens from k to the frame's end only attribute what comes before:
    a short subject, a finite speech cue and a short adjunct, or "according to" and its
    source ("…, The Guardian reported.", "…, the Labor Department said Friday.", "…,
    according to Reuters."). Then a reported clause a cue opened before stops at the comma:
    "Correa added that the travel papers were a mistake, The Guardian reported" (Correa's
    words end at "mistake"; The Guardian reported the whole)."""
    if k >= len(toks) or inq[k] or _inside_number(toks, k - 1):
        return False
    if toks[k].low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
        return _adjunct_to_end(toks, inq, k + 2, knowledge.words, source=True)
    words, cues = knowledge.words, knowledge.cues
    for m in range(k + 1, min(len(toks), k + 1 + _CLOSING_SUBJECT_REACH)):
        t = toks[m]
        if inq[m] or not _subject_word(toks, m - 1, words) or _opens_clause(toks[m - 1], words):
            return False
        cue = cues.get(t.low)
        if cue is not None and cue.speech and t.text.islower() and not t.low.endswith("ing") \
                and toks[m - 1].low not in words.determiners:
            return _names_a_speaker(toks[m - 1], t.low == cue.lemma, words) \
                and not (m + 1 < len(toks) and toks[m + 1].low == "by") \
                and _adjunct_to_end(toks, inq, m + 1, words, told=cue.lemma in words.addressee_cues)
    return False


def _opens_clause(tok: Token, words: Words) -> bool:
    """Tell whether a word opens a clause of another kind than a closing attribution: "and",
    "even as he defended", "which critics praised"."""
    low = tok.low
    return low in _RELATIVE_WORDS or low in _CONJUNCTIONS or low in words.clause_openers \
        or low in words.subordinators or low == "even"


def _inside_number(toks: tuple[Token, ...], k: int) -> bool:
    """Tell whether token k is a comma inside a number ("1,100")."""
    return 0 < k < len(toks) - 1 and toks[k].text == "," and toks[k - 1].text[-1:].isdigit() \
        and toks[k + 1].text[:1].isdigit() and toks[k - 1].end == toks[k].start \
        and toks[k].end == toks[k + 1].start


def _names_a_speaker(tok: Token, bare: bool, words: Words) -> bool:
    """Tell whether the last word of a closing attribution's subject may name who speaks in
    the third person: a name, a pronoun, a word for people or bodies, a document or a poll
    ("The Guardian", "he", "prosecutors", "the report"); not "minor details", "names
    weren’t", "we". Before a cue in its bare form (``bare``), a plural: "experts say", not
    "a future, independent Palestinian state"."""
    low = tok.low
    if low in _FIRST_PERSON or low.endswith(("n't", "n’t")):
        return False
    if bare and not (low == "they" or (low.endswith("s") and not low.endswith("ss"))):
        return False
    return is_capitalized(tok.text) or low in words.pronouns or low in words.speaker_heads \
        or low in words.documents or low in words.surveys


def _adjunct_to_end(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int, words: Words,
                    source: bool = False, told: bool = False) -> bool:
    """Tell whether the tokens from k to the frame's end are nothing, or a short adjunct with
    no clause or quotation of its own that opens with a time word or a preposition ("on
    Friday.", "in a statement"), or, after "told" (``told``) with an article or a name ("told
    the AP", "told CNN"); not an object ("Kim said nothing", "described his trip") or an
    infinitive ("we continue to give"). With ``source``, the source "according to"
    names."""
    rest = [(t, q) for t, q in zip(toks[k:], inq[k:], strict=True)]
    while rest and rest[-1][0].text in ".!?" and not rest[-1][1]:
        rest.pop()
    if len(rest) > _CLOSING_ADJUNCT_REACH or any(
            q or t.text in ",;:—–" or t.low == "that" for t, q in rest):
        return False
    if source or not rest:
        return bool(rest) or not source  # "according to" names a source; a cue needs none
    first = rest[0][0]
    if first.low == "to":
        return False
    if told and (is_capitalized(first.text) or first.low in words.determiners):
        return True
    return first.low in words.time_words or first.low in words.oblique_prepositions \
        or first.low in words.addressees or first.low in _ADJUNCT_OPENERS


def _cue_follows(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                 knowledge: Knowledge) -> bool:
    """Tell whether a finite speech cue outside quotation marks stands from token k to the
    frame's end, after a word at least, with words in quotation marks after it: the clause a
    semicolon opens there is a statement of its own, which reports them."""
    for m in range(k + 1, len(toks)):
        w = toks[m].low
        cue = knowledge.cues.get(w)
        if not inq[m] and cue is not None and cue.speech and toks[m].text.islower() \
                and not w.endswith("ing"):
            return any(inq[m + 1:])
    return False


# the marks that close a quotation
_CLOSING_MARKS = frozenset({"”", "’", '"', "'", "»"})
# the words from a clause's opener to its cue: "while her brother Tom Lee complained"
_OPENED_SUBJECT_REACH = 6


def _speaks_after_opener(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                         knowledge: Knowledge) -> bool:
    """Tell whether a clause opened at token k ("while", "but", "and" after a comma) has a
    subject and a speech cue of its own: "Lee said her view was “hopeful,” while her brother
    Tom Lee complained there “are no jobs”" (Tom Lee's words, not Ann's); or an apposition
    opened at k has a relative clause of that kind. Not a participle ("while saying"), nor a
    subject-less verb ("and said": a second statement found above)."""
    words = knowledge.words
    if toks[k].low in words.clause_openers or toks[k].low in ("and", "whereas"):
        return _subject_then_cue(toks, inq, k + 1, knowledge)
    if _pronoun_cue_quotation(toks, inq, k, knowledge):
        return True
    # an apposition with a relative clause of its own speaker: ", something that Trump
    # mocked", ", a claim which critics disputed", ", an event that Carson says ..."
    for m in range(k, min(len(toks) - 1, k + _APPOSITION_REACH)):
        if inq[m] or not toks[m].text.isalpha():
            return False
        if m > k and toks[m].low in ("that", "which"):
            return _subject_then_cue(toks, inq, m + 1, knowledge)
    return False


def _pronoun_cue_quotation(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                           knowledge: Knowledge) -> bool:
    """Tell whether a pronoun and a speech cue at token k introduce a quotation with a colon
    or a comma: "When I told Coulter that I vote Libertarian, she replied: “…”" (her words,
    not part of what was told); not "The plan, he said, is dead"."""
    if k + 3 >= len(toks) or toks[k].low not in ("he", "she", "they") or inq[k]:
        return False
    cue = knowledge.cues.get(toks[k + 1].low)
    return cue is not None and cue.speech and toks[k + 1].low != cue.lemma \
        and not toks[k + 1].low.endswith("ing") and toks[k + 2].text in (":", ",") \
        and inq[k + 3]


# the words of an apposition before its relative clause: ", a new claim that"
_APPOSITION_REACH = 4


def _subject_then_cue(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                      knowledge: Knowledge) -> bool:
    """Tell whether a subject from token k and then a finite speech cue follow."""
    return _cue_after_subject(toks, inq, k, knowledge) is not None


def _cue_after_subject(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                       knowledge: Knowledge) -> int | None:
    """Give the finite speech cue that follows a subject from token k, if one does."""
    words = knowledge.words
    for m in range(k + 1, min(len(toks), k + 1 + _OPENED_SUBJECT_REACH)):
        t = toks[m]
        if _title_period(toks, inq, m, knowledge) or _title_period(toks, inq, m - 1, knowledge):
            continue  # "Mr. Jones said": the period of a title is part of the subject
        if inq[m] or not (t.text[:1].isalnum()) or not _subject_word(toks, m - 1, words):
            return None
        cue = knowledge.cues.get(t.low)
        if cue is not None and cue.speech and t.text.islower() and not t.low.endswith("ing") \
                and toks[m - 1].low not in words.determiners \
                and not (cue.quoted_only and not (m + 1 < len(toks) and inq[m + 1])) \
                and not (m + 1 < len(toks) and toks[m + 1].low == "by"):  # "an article cited by"
            return m
    return None


def _title_period(toks: tuple[Token, ...], inq: tuple[bool, ...], k: int,
                  knowledge: Knowledge) -> bool:
    """Tell whether token k is the period after a capitalised title or honorific ("Mr.",
    "Sen.")."""
    low = toks[k - 1].low if k > 0 else ""
    return toks[k].text == "." and not inq[k] and k > 0 and is_capitalized(toks[k - 1].text) \
        and (low in knowledge.words.honorifics or knowledge.title_word(low))


def _subject_word(toks: tuple[Token, ...], k: int, words: Words) -> bool:
    """Tell whether token k may stand in the subject of a clause after its opener: not a
    verb's auxiliary, a preposition or a question word ("but also hungry for what she
    calls": she speaks in a clause of her own), but "in" between counts ("six in 10")."""
    low = toks[k].low
    if low == "in":
        return k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()
    return toks[k].text[:1].isalnum() and low not in words.aux_verbs \
        and low not in words.oblique_prepositions and low not in words.question_words \
        and low not in ("in", "also", "not", "that", "to")


def marked_by_paragraph(paras: list[Span], marked: tuple[Marked, ...]
                        ) -> list[tuple[tuple[Marked, ...], list[Part]]]:
    """Give, for each paragraph, the quotations with a part in it (in text order) and those
    parts. A part never crosses a paragraph's end."""
    starts = [ps for ps, _ in paras]
    found: list[tuple[list[Marked], list[Part]]] = [([], []) for _ in paras]
    for q in marked:
        for a, b in q:
            n = bisect_right(starts, a) - 1
            if n < 0 or a >= paras[n][1]:
                continue
            quotes, parts = found[n]
            if not (quotes and quotes[-1] is q):
                quotes.append(q)
            parts.append((a, b, len(quotes) - 1))
    return [(tuple(quotes), parts) for quotes, parts in found]


def paragraph_frames(text: str, sents: list[Span], in_para: tuple[Marked, ...],
                     parts: list[Part], knowledge: Knowledge, tokens: list[Token],
                     starts: list[int], wanted: list[int] | None = None,
                     turn: bool = False) -> list[Frame]:
    """Give the frames of one paragraph, each with the quotations it overlaps (``sents``: its
    sentences, ``in_para``: the quotations with a part in the paragraph, ``parts``: those
    parts). With ``wanted``, the sorted indexes of the tokens an attribution may start at,
    a frame that holds none of them is left out: nothing could be found in it. ``turn``: the
    paragraph lies in a speaker's turn of a transcript."""
    # a frame never starts inside a quotation, so the parts that overlap it start in it
    parts = sorted(parts)
    part_starts = [a for a, _, _ in parts]
    frames = []
    for fs, fe in _frame_spans(text, sents, parts, knowledge):
        lo, hi = bisect_left(starts, fs), bisect_left(starts, fe)
        if wanted is not None and bisect_left(wanted, lo) == bisect_left(wanted, hi):
            continue
        inside = parts[bisect_left(part_starts, fs):bisect_left(part_starts, fe)]
        picked = sorted({n for _, _, n in inside})
        renumber = {n: m for m, n in enumerate(picked)}
        frames.append(make_frame(text, (fs, fe), tuple(in_para[n] for n in picked), knowledge,
                                 tuple(tokens[lo:hi]), [(a, b, renumber[n]) for a, b, n in inside],
                                 tuple(starts[lo:hi]), turn))
    return frames


def _frame_spans(text: str, sents: list[Span], parts: list[Part],
                 knowledge: Knowledge) -> list[Span]:
    """Join a paragraph's sentences into frames, never split inside a quotation, nor between
    a question or exclamation in quotation marks and the attribution after it ("“Is it
    true?” Biden said."). ``parts``: the quotation parts in the paragraph, sorted."""
    starts = [a for a, _, _ in parts]
    reach = list(accumulate((b for _, b, _ in parts), max))  # the furthest end so far
    ends = sorted(b for _, b, _ in parts)

    def inside(x: int) -> bool:  # some part has a < x < b
        k = bisect_left(starts, x)
        return k > 0 and reach[k - 1] > x

    out: list[Span] = []
    for s, e in sents:
        if out and (inside(s) or inside(out[-1][1])
                    or _attribution_after_question(text, out[-1], (s, e), ends, knowledge)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# the attribution after a question may be a short one: a name or pronoun, a cue, an adjunct
_MAX_ATTRIBUTION_WORDS = 10


def _attribution_after_question(text: str, prev: Span, sent: Span, ends: list[int],
                                knowledge: Knowledge) -> bool:
    """Tell whether a sentence only attributes the quoted question or exclamation that ends
    the sentence before it: "“Who pays?” asked Senator Vail.", "“We win!” Ortiz shouted."."""
    # a quotation ends the sentence before, but for white space (``ends``: sorted)
    last_word = prev[1]
    while last_word > 0 and text[last_word - 1].isspace():
        last_word -= 1
    k = bisect_left(ends, last_word)
    if not (k < len(ends) and ends[k] <= prev[1]):
        return False
    if text[prev[0]:prev[1]].rstrip().rstrip("\"”’'»").rstrip()[-1:] not in ("?", "!"):
        return False
    body = text[sent[0]:sent[1]]
    if any(mark in body for mark in "\"“”«»"):
        return False
    toks = tokenize(text, *sent)
    words = [t.text.lower() for t in toks if t.text[:1].isalpha()]
    if not words:
        return False
    cues = knowledge.cues
    return (len(words) <= _MAX_ATTRIBUTION_WORDS
            and any(w in cues and cues[w].speech for w in words[:6])) \
        or _long_attribution(toks, knowledge)


# how many words a long attribution after a question may take, and its subject before an
# apposition or the cue
_MAX_LONG_ATTRIBUTION_WORDS = 25
_SUBJECT_WORDS = 4


def _long_attribution(toks: list[Token], knowledge: Knowledge) -> bool:
    """Tell whether a sentence whose cue stands after its sixth word or past its tenth only
    attributes the question or exclamation before it: a short subject, an apposition set off
    by commas and a speech cue ("Tom Reyes, a member of the Harbour Alliance board, said in
    an interview."), or a short subject and a speech cue that an adjunct set off by a comma
    follows ("Ann Vale said, according to notes of the call."). The cue ends the sentence or
    an adjunct follows it (a comma, a preposition, a time word, "reporters"); not where it
    opens a clause of its own ("Ann Vale says the woman left the race early.")."""
    words, cues = knowledge.words, knowledge.cues
    if sum(1 for t in toks if t.text[:1].isalpha()) > _MAX_LONG_ATTRIBUTION_WORDS \
            or not toks or not (is_capitalized(toks[0].text) or toks[0].low in words.determiners):
        return False
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if commas and 0 < commas[0] <= _SUBJECT_WORDS and len(commas) >= 2:
        k = commas[1] + 1  # "Tom Reyes, a member of the board, said"
    else:
        k = next((m for m in range(1, min(len(toks), _SUBJECT_WORDS + 1))
                  if toks[m].low in cues), 0)  # "Ann Vale said, according to ..."
        if not (k and k + 1 < len(toks) and toks[k + 1].text == ","):
            return False
    if k >= len(toks) or toks[k].low not in cues or not cues[toks[k].low].speech:
        return False
    k += 1
    if k < len(toks) and toks[k].low in words.addressees:
        k += 1  # "told reporters", not "told reporters the vote was fair"
    return k >= len(toks) or toks[k].text in ",.!?" or toks[k].low in words.prepositions \
        or toks[k].low in words.time_words
