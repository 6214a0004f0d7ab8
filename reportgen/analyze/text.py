"""Tokens, paragraphs and sentences with character offsets, by rule (no model to download)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from reportgen.ingest.clean import paragraph_spans
from reportgen.models import Span

# A US party tag after a name: "D-Calif.", "R-N.Y.", "I-Vt." (the letter is looked up in the
# knowledge's party tags). PARTY_TAG_WORD matches one word or its tokens joined.
PARTY_TAG = r"(?P<tag>[DRI])-[A-Z][A-Za-z.]*"
PARTY_TAG_WORD = re.compile(rf"^{PARTY_TAG}$")

# The marks outlets type as an apostrophe: between two letters any of them is one ("don't",
# "governor‘s", "O’odham", "Hawai‘i", "d`Ivoire"), never a quotation mark.
APOSTROPHES = "'’‘`´ʼʻ"
# Words keep inner apostrophes, hyphens, periods and ampersands ("T-72B3M", "U.S", "AT&T").
# A period before a capitalised word ends a word: "said Olsen.But the talks" (two sentences
# a scraped page glued together), not "U.S" or "FactCheck.org".
_TOKEN = re.compile(rf"\w+(?:[{APOSTROPHES}\-&]\w+|\.(?![A-Z][a-z])\w+)*|[^\w\s]")

class Token(NamedTuple):
    """A word or punctuation mark, its offsets, and its lower-case form."""

    text: str
    start: int
    end: int
    low: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split text[start:end] into word and punctuation tokens with absolute offsets."""
    # tuple.__new__: a third faster than Token(...), whose __new__ is Python code; the class
    # and the function as local names, and ``m[0]`` for ``m.group()``: a tenth faster again
    new, token = tuple.__new__, Token
    return [new(token, (w, m.start(), m.end(), w.lower()))
            for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
            for w in (m[0],)]


# An editor's insert in square brackets before a name: "[Mr.] Reyes", "[Tom] Reyes"
_BRACKETED_NAME = re.compile(r"\[([A-Z][\w.’'-]*(?:[ \xa0][A-Z][\w.’'-]*)?)\]([ \xa0]+)"
                             r"([A-Z][\w’'-]*)")


# a stretch of blanks a masked segment leaves inside a line (a hover card of related stories)
_HOLE = re.compile(r" {3,}")


def closed_up(text: str) -> str:
    """Close up each stretch of three or more spaces into one, as a mask leaves them."""
    return _HOLE.sub(" ", text) if "   " in text else text


def unbracket_names(text: str) -> str:
    """Give text with an editor's insert in brackets before a name read as part of the name
    ("[Mr.] Reyes" -> " Mr. Reyes "): the same length, so every offset after it stays."""
    return _BRACKETED_NAME.sub(lambda m: f" {m[1]}{m[2]}{m[3]} ", text)


def paragraphs(text: str) -> list[Span]:
    """Give the spans of the paragraphs: scraped text puts one on a line, and a break the
    source lost between a sentence end and an opening mark is restored."""
    return paragraph_spans(text)


# A sentence's end: its marks, closing marks, then white space and what opens a sentence, or
# the paragraph's end. It opens with one character class ("[.!?]", not "[.!?]+" nor two
# branches), so that the engine skips to where that class matches instead of trying every
# position (a quarter of the time; the same matches: only the longest run of marks can be
# followed by white space or the end)
_END = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?:(?=\s+[\"“‘'(\[`]{0,2}[A-Z0-9])|$)")
# A turn's label: a speaker's name in capitals and a colon opening a paragraph of a transcript
# or an interview ("AMY GOODMAN: …", "SEN. TOM McCABE: …", "Q: …"); a dateline or a heading
# in capitals ("WASHINGTON: …", "UPDATE: …") reads the same. It is a sentence of its own, so
# that it is never read as the subject of the sentence after it ("ANN VALE: Later the mayor
# himself answered by saying, “…”" is the mayor's).
_CAP = "A-ZÀ-ÖØ-Þ"  # a capital letter, accented too: "JUAN GONZÁLEZ"
TURN_LABEL = re.compile(rf"(?:[{_CAP}][{_CAP}.’'-]*[{_CAP}.](?:[ \xa0]+(?:Mc|Mac)?[{_CAP}]"
                        rf"[{_CAP}.’'-]*){{0,5}}|[QA])[ \xa0]*:(?=[ \t\xa0]+\S)")


def sentences(text: str, para: Span, abbreviations: frozenset[str],
              openers: frozenset[str]) -> list[Span]:
    """Split one paragraph into sentences, minding abbreviations (lower-case, without the
    period: knowledge.words.abbreviations) and initials (openers: the words after dotted
    initials that say the period ends a sentence, knowledge.words.sentence_openers); a turn's
    label opening the paragraph ("AMY GOODMAN:", ``TURN_LABEL``) is a sentence of its own."""
    s0, e0 = para
    out = []
    start = s0
    if (label := TURN_LABEL.match(text, s0, e0)) is not None:
        out.append((s0, label.end()))
        start = label.end()
        while start < e0 and text[start].isspace():
            start += 1
    for m in _END.finditer(text, start, e0):
        if text[m.start()] == "." and (
                (_abbreviation_before(text, m.start(), s0, abbreviations)
                 and not _dotted_before_opener(text, m.start(), m.end(), s0, openers))
                or _initials_before_name(text, m.start(), m.end(), s0, openers)):
            continue
        end = m.end()
        if end > start:
            out.append((start, end))
        start = end
        while start < e0 and text[start].isspace():
            start += 1
    if start < e0:
        out.append((start, e0))
    return out


# how many paragraphs at least the labels of a transcript open, and how many of its speakers
# at least speak in two turns or more (an interviewer and a guest; "UPDATE:" or one "NOTE:"
# heading paragraphs is no transcript)
_TURNS = 3
_SPEAKERS = 2


def turn_labels(text: str, sents: Sequence[Span]) -> tuple[Span, ...]:
    """Give the labels of the speakers' turns in text order ("AMY GOODMAN:", "Q:"), the
    sentences ``sentences`` made of a label alone, where the text is a transcript or an
    interview: labels open three paragraphs or more, and two speakers or more take two turns
    or more; else none."""
    labels = tuple(s for s in sents if text[s[1] - 1] == ":" and _label_alone(text, s))
    if len(labels) < _TURNS:
        return ()
    turns = Counter(speaker_key(text[a:b]) for a, b in labels)
    return labels if sum(n >= 2 for n in turns.values()) >= _SPEAKERS else ()


def _label_alone(text: str, sent: Span) -> bool:
    """Tell whether a sentence is a turn's label and nothing else."""
    m = TURN_LABEL.match(text, sent[0])
    return m is not None and m.end() == sent[1]


def speaker_key(label: str) -> str:
    """Give the words of a turn's label without its colon ("SEN.  TOM REYES:" -> "SEN. TOM
    REYES"): one key for one speaker's turns."""
    return " ".join(label.rstrip(":").split())


def _abbreviation_before(text: str, dot: int, floor: int,
                         abbreviations: frozenset[str]) -> bool:
    i = dot
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in ".’'"):
        i -= 1
    word = text[i:dot].lower().strip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Donald J. Trump"
    return word in abbreviations


# a person's dotted initials ("J.D", "G.K", "J.R.R"), the word before a word, the word after
_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")


# a dotted abbreviation as a word ends in it: "U.S", "D.C", "p.m"
_DOTTED = re.compile(r"\w(?:\.\w)+")


def _dotted_word(text: str, dot: int, end: int, floor: int) -> tuple[int, str] | None:
    """Give where the word that the period at dot ends starts (back over letters, digits and
    periods) and the capitalised word after the period, in lower case; None where none
    follows or a closing mark follows the period (end is past dot + 1)."""
    nxt = _NEXT_WORD.match(text, end) if end == dot + 1 else None
    if nxt is None:
        return None
    i = dot
    while i > floor and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return i, nxt[1].lower()


def _dotted_before_opener(text: str, dot: int, end: int, floor: int,
                          openers: frozenset[str]) -> bool:
    """Tell whether the period at dot closes a dotted abbreviation, or one set off after a
    comma, that ends a sentence: a word that opens a sentence follows ("moved to Washington,
    D.C. The next year", "at 5 p.m. He said", "grew up in Dover, Del. The mayor"), where "U.S.
    House", "D.C. Mayor" or "said Del. Ann Vale" go on."""
    word = _dotted_word(text, dot, end, floor)
    if word is None or word[1] not in openers:
        return False
    i = word[0]
    # dotted ("D.C."), or set off after a comma: a state after its town, a suffix after a name
    # ("grew up in Dover, Del. The mayor", "Ann Vale, Jr. The firm")
    return bool(_DOTTED.fullmatch(text, i, dot)) or text[max(floor, i - 2):i] == ", "


def _initials_before_name(text: str, dot: int, end: int, floor: int,
                          openers: frozenset[str]) -> bool:
    """Tell whether the period at dot closes a person's dotted initials before the surname:
    "said J.D. Vance", "Rep. G.K. Butterfield". Not an acronym after an article ("joined the
    N.F.L. Then") nor before a word that opens a sentence ("in the U.A.E. The talks"); not
    before a closing mark ("... the N.F.L.” The")."""
    word = _dotted_word(text, dot, end, floor)
    if word is None or word[1] in openers:
        return False
    i = word[0]
    if not _DOTTED_INITIALS.fullmatch(text, i, dot):
        return False
    before = _WORD_BEFORE.search(text, max(floor, i - 12), i)
    return before is None or before[1].lower() not in ("the", "a", "an")


# An Arabic article or patronymic joined to a name by a hyphen: "al-Maliki", "el-Sisi",
# "bin-Talal" (as news transliterates them: lower-case, the name after it capitalised).
_NAME_PREFIX = re.compile(r"(?:al|el|bin|ibn|abu|ul)-[A-Z]")


def is_capitalized(word: str) -> bool:
    """Tell whether a word starts with a capital letter, or is a name after a lower-case
    Arabic article ("al-Maliki", "el-Sisi")."""
    return word[:1].isupper() or (word[:1] in "abeiu" and "-" in word[2:4]
                                  and _NAME_PREFIX.match(word) is not None)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], pos: int = 0,
               endpos: int | None = None) -> Iterator[re.Match[str]]:
    """Give the matches ``pattern.finditer(text, pos, endpos)`` gives, the pattern tried at
    ``starts`` alone: in order, every place where a match may start (and others), found by a
    scan cheaper than the pattern's own. A pattern that opens with a capital is tried at
    every capital of an article, where what must follow it (a quotation mark, a possessive)
    is rare and ``str.find`` finds it faster (for speed: the same matches). finditer gives,
    from the end of the last match on, the first place that matches; no match starts but at
    one of ``starts``, so trying them alone gives the same (``pattern`` matches no empty
    string)."""
    end = pos
    stop = len(text) if endpos is None else endpos
    for start in starts:
        if end <= start < stop and (m := pattern.match(text, start, stop)) is not None:
            yield m
            end = m.end()


def words_before_marks(text: str, marks: str, lower: frozenset[str], pos: int = 0,
                       endpos: int | None = None) -> list[int]:
    """Give, in order, where a capitalised word stands before white space (no line break)
    and one of ``marks``, the letters after its capital all of ``lower``: "Sandra" of
    'Sandra “Candy” Christophe', the places a nickname's pattern may start at
    (``matches_at``). Any capital counts ("É"), and the word may start before pos."""
    stop = len(text) if endpos is None else endpos
    out: list[int] = []
    for mark in marks:
        at = text.find(mark, pos, stop)
        while at >= 0:
            j = at
            while j > 0 and text[j - 1] != "\n" and text[j - 1].isspace():
                j -= 1
            k = j
            while k > 0 and text[k - 1] in lower:
                k -= 1
            if j < at and k < j and k > 0 and text[k - 1].isupper():
                out.append(k - 1)
            at = text.find(mark, at + 1, stop)
    return sorted(out)
