"""Tone with TextBlob's pattern lexicon: polarity and subjectivity of stretches of text.

The lexicon ships inside textblob, so nothing is downloaded. TextBlob's polarity is the mean
of its per-word assessments, so each stretch of an article is scored into summable parts
(``Piece``) and the sums are combined for the narrative, the quotes, each speaker and each
sentence (``combine``).

``score_stretches`` scores every stretch of an article in one pass over its words, with the
numbers ``TextBlob(stretch).sentiment`` gives for each stretch alone. TextBlob re-runs eight
regular expressions over each text, splits every word's punctuation afresh and looks every
word up through a lazily loaded dictionary; here each distinct word is split and looked up
once (``_word_tokens``), and the assessment rules (modifiers, negations, exclamation marks)
run over the stretch's tokens exactly as TextBlob runs them, with a fresh state at the start
of each stretch. Only TextBlob's emoticon and "(!)" rules look across tokens; a stretch where
they could join tokens is scored by TextBlob's own analyzer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Any, NamedTuple

from reportgen.models import Span, Tone


@dataclass(frozen=True, slots=True)
class Piece:
    """The summed TextBlob assessments of one stretch of text."""

    polarity: float
    subjectivity: float
    assessed: int
    chars: int


EMPTY = Piece(0.0, 0.0, 0, 0)
NEGATIONS = ("no", "not", "n't", "never")  # as textblob.en


@cache
def _textblob_text() -> ModuleType:
    """Load ``textblob/_text.py`` (standard library only) without importing textblob.

    ``import textblob`` imports NLTK, whose metrics import SciPy whenever it is installed
    (it is, for story grouping): 0.7 s of start-up that the analyzer never uses.
    """
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("textblob")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    text_spec = importlib.util.spec_from_file_location("reportgen._textblob_text",
                                                       root / "_text.py")
    if text_spec is None or text_spec.loader is None:
        raise ImportError("textblob/_text.py not found")
    text = importlib.util.module_from_spec(text_spec)
    text_spec.loader.exec_module(text)
    vars(text)["EN_FOLDER"] = root / "en"  # a module built from a file: set as data
    return text


@cache
def _sentiment() -> Any:
    """Build TextBlob's pattern sentiment analyzer as ``textblob.en`` builds it.

    A test holds the scores equal to ``TextBlob(text).sentiment``, so a TextBlob release that
    changes this fails it.
    """
    text = _textblob_text()
    en = text.EN_FOLDER
    parser = text.Parser(lexicon=text.Lexicon(
        path=str(en / "en-lexicon.txt"), morphology=str(en / "en-morphology.txt"),
        context=str(en / "en-context.txt"), entities=str(en / "en-entities.txt"),
        language="en"), default=("NN", "NNP", "CD"), language="en")

    class _EnglishSentiment(text.Sentiment):  # type: ignore[misc, name-defined]
        def load(self, path=None):
            text.Sentiment.load(self, path)
            if not path:  # as textblob.en: "terrible" also gives "terribly"
                for w, pos in list(dict.items(self)):
                    if "JJ" in pos:
                        if w.endswith("y"):
                            w = w[:-1] + "i"
                        if w.endswith("le"):
                            w = w[:-2]
                        p, s, i = pos["JJ"]
                        self.annotate(w + "ly", "RB", p, s, i)

    return _EnglishSentiment(path=str(en / "en-sentiment.xml"), synset="wordnet_id",
                             negations=NEGATIONS, modifiers=("RB",),
                             modifier=lambda w: w.endswith("ly"), tokenizer=parser.find_tokens,
                             language="en")


class _Entry(NamedTuple):
    """A word of the sentiment lexicon, as TextBlob reads it without a part of speech."""

    polarity: float
    subjectivity: float
    intensity: float
    modifies: bool | None  # None: not an adverb; else whether it ends in -ly


class _Token(NamedTuple):
    """One token as TextBlob's assessment rules see it, with what they ask of it."""

    text: str  # as written: the emoticon and "(!)" patterns are case-sensitive
    entry: _Entry | None
    negation: bool
    ends_negation: bool  # TextBlob keeps a negation across words of one letter ("not a good")
    ends_modifier: bool  # ... and a modifier across words of two ("really is a good")
    exclamation: bool
    adds: tuple[float, float] | None  # an emoticon or "(!)": an assessment of its own


@dataclass(frozen=True, slots=True)
class _Rules:
    """TextBlob's lexicon and tokenizer settings, read once from the installed package."""

    lexicon: dict[str, _Entry]
    emoticons: dict[str, float]
    punctuation: str
    leading: tuple[str, ...]
    trailing: tuple[str, ...]
    abbreviations: frozenset[str]
    abbreviation_patterns: tuple[re.Pattern[str], ...]
    contractions: tuple[tuple[re.Pattern[str], str], ...]  # TextBlob's replacements, compiled
    contracted: frozenset[str]  # their patterns as written: a word that is one is kept whole
    eos: str
    assessable: frozenset[str]  # lexicon words and negations: what a word of letters must be
    plain_marks: str  # the marks split off a word as tokens that assess nothing: all but "!"
    may_join: re.Pattern[str]  # where emoticon or "(!)" rules could join tokens
    joins: re.Pattern[str]  # ... and where they do, on the joined tokens
    sarcasm: re.Pattern[str]


@cache
def _rules() -> _Rules:
    text = _textblob_text()
    sentiment = _sentiment()
    len(sentiment)  # loads the lexicon
    lexicon = {}
    for word, by_pos in dict.items(sentiment):
        if None in by_pos:
            p, s, i = by_pos[None]
            lexicon[word] = _Entry(p, s, i, word.endswith("ly") if "RB" in by_pos else None)
    emoticons: dict[str, float] = {}
    for (_kind, polarity), forms in text.EMOTICONS.items():
        for form in forms:
            emoticons.setdefault(form.lower(), polarity)
    forms = [f for fs in text.EMOTICONS.values() for f in fs] + ["(!)"]
    # each form with white space allowed between its characters, the forms grouped by their
    # first character ("x(?:\s*D|\s*\-\s*D)"): the engine tries one group at an "x" or an "o",
    # not each of the 77 forms in turn (for speed; the pattern is only asked whether it
    # finds anything, and finds where the forms one by one would)
    rests: dict[str, list[str]] = {}
    for f in forms:
        rests.setdefault(f[0], []).append("".join(rf"\s*{re.escape(c)}" for c in f[1:]))
    loose = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in rests.items())
    leading = tuple(text.PUNCTUATION.replace(".", ""))
    emoticon = "|".join(text.TEMP_RE_EMOTICONS)
    return _Rules(
        lexicon=lexicon, emoticons=emoticons, punctuation=text.PUNCTUATION, leading=leading,
        trailing=(*leading, "."), abbreviations=frozenset(text.ABBREVIATIONS),
        abbreviation_patterns=(text.RE_ABBR1, text.RE_ABBR2, text.RE_ABBR3),
        contractions=tuple((re.compile(a), b) for a, b in text.replacements.items()),
        contracted=frozenset(text.replacements), eos=text.EOS,
        assessable=frozenset(lexicon).union(NEGATIONS),
        plain_marks="".join(c for c in leading if c != "!" and c not in lexicon),
        may_join=re.compile(f"{loose}|{re.escape(text.EOS)}"),
        joins=re.compile(f"(?=({emoticon})(?:$|\\s))"),
        sarcasm=re.compile(f"(?=({text.RE_SARCASM.pattern}))"))


def _split_punctuation(t: str, rules: _Rules) -> list[str]:
    """Split one word's leading and trailing punctuation as ``textblob._text.find_tokens``."""
    tokens: list[str] = []
    tail: list[str] = []
    contractions = rules.contracted
    while t.startswith(rules.leading) and t not in contractions:
        tokens.append(t[0])
        t = t[1:]
    while t.endswith(rules.trailing) and t not in contractions:
        if t.endswith(rules.leading):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if t in rules.abbreviations or any(p.match(t) for p in rules.abbreviation_patterns):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        tokens.append(t)
    tokens.extend(reversed(tail))
    return tokens


def _token(text: str, rules: _Rules) -> _Token:
    low = text.lower()
    adds: tuple[float, float] | None = None
    if low == "(!)":
        adds = (0.0, 1.0)
    elif not low.isalpha() and len(low) <= 5 and low not in rules.punctuation:
        emoticon = rules.emoticons.get(low)
        adds = None if emoticon is None else (emoticon, 1.0)
    # tuple.__new__: a NamedTuple's own __new__ is Python code, asked once per distinct word
    return tuple.__new__(_Token, (text, rules.lexicon.get(low), low in NEGATIONS,
                                  len(low.strip("'")) > 1, len(low) > 2, low == "!", adds))


_QUOTE_MARKS = "“”‘’'\""
_HAS_QUOTE_MARK = frozenset(_QUOTE_MARKS)


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> tuple[_Token, ...]:
    """Tokenise one word (no white space inside) as TextBlob does, before emoticons join."""
    rules = _rules()
    if not _HAS_QUOTE_MARK.isdisjoint(word):  # most words have none: no contraction, no quote
        for pattern, repl in rules.contractions:  # every pattern holds an apostrophe
            word = pattern.sub(repl, word)
        for q in _QUOTE_MARKS:
            word = word.replace(q, f" {q} ")
    if word.isalpha():  # nothing to split off: one token, never END-OF-SENTENCE
        return (_token(word, rules),)
    return tuple(_token(t, rules) for part in word.split()
                 for t in _split_punctuation(part, rules) if t != rules.eos)


def _inert(word: str) -> bool:
    """Tell whether no token of a word is a lexicon word, a negation, "!" or an emoticon:
    after a word with no pending modifier or negation, ``_assess`` leaves it out unread."""
    rules = _rules()
    letters = _letters_between_marks(word, rules)
    if letters is not None:
        return letters.lower() not in rules.assessable
    return all(t.entry is None and not t.negation and not t.exclamation and t.adds is None
               for t in _word_tokens(word))


# how many words ``_INERT`` keeps before it starts afresh (a bound on its memory)
_INERT_WORDS = 200_000


class _Inert(dict[str, bool]):
    """Whether each word is inert (``_inert``), asked once per distinct word and kept: one
    dict lookup per word of a stretch, where ``_assess`` lower-cased each word of letters and
    looked it up (a fifth more time), or called a cached function for the others."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= _INERT_WORDS:
            self.clear()
        inert = self[word] = _inert(word)
        return inert


_INERT = _Inert()


def _letters_between_marks(word: str, rules: _Rules) -> str | None:
    """Give the letters of a word that TextBlob splits into them and marks that assess
    nothing ("said,", "(Romney)", "it.": each mark of punctuation but "!" is a token of its
    own, in TextBlob's punctuation and no emoticon); None for any other word ("U.S.", "Mr.",
    whose period an abbreviation keeps; "don't", "“The"; "2008", "wow!")."""
    if not _HAS_QUOTE_MARK.isdisjoint(word):
        return None
    core = word.strip(rules.plain_marks)
    if core.isalpha():
        return core
    # a period after letters: a token of its own unless TextBlob reads the word as an
    # abbreviation ("Mr.", "U.S.", "adj.")
    if len(core) > 1 and core[-1] == "." and core[:-1].isalpha() \
            and core not in rules.abbreviations \
            and not any(p.match(core) for p in rules.abbreviation_patterns):
        return core[:-1]
    return None


def _known(found: list[list[float]], entry: _Entry, modified: bool, negated: bool) -> None:
    """Assess a lexicon word, after a modifier ("very good") or a negation ("not good")."""
    if not modified:
        found.append([entry.polarity, entry.subjectivity, entry.intensity, 1.0])
    else:
        last = found[-1]
        last[0] = max(-1.0, min(entry.polarity * last[2], +1.0))
        last[1] = max(-1.0, min(entry.subjectivity * last[2], +1.0))
        last[2] = entry.intensity
    if negated:
        last = found[-1]
        last[2] = 1.0 / last[2]
        last[3] = -1.0


def _assess(words: Iterable[str]) -> Piece:
    """Run TextBlob's ``Sentiment.assessments`` rules over the tokens of these words."""
    found: list[list[float]] = []  # polarity, subjectivity, intensity, negated (-1)
    modifier: bool | None = None  # the last lexicon word modifies the next; True: ends in -ly
    negated = False
    inert = _INERT
    for word in words:
        # nothing to assess, and nothing pending that the word would end
        if not negated and modifier is None and inert[word]:
            continue
        for tok in _word_tokens(word):
            if tok.entry is not None:
                _known(found, tok.entry, modifier is not None, negated)
                modifier, negated = tok.entry.modifies, tok.negation
                continue
            if tok.negation:
                negated = True
            elif negated and tok.ends_negation:
                negated = False
            if negated and modifier:  # "really not good"
                found[-1][3] = -1.0
                negated = False
            elif modifier is not None and tok.ends_modifier:
                modifier = None
            if tok.exclamation and found:
                found[-1][0] = max(-1.0, min(found[-1][0] * 1.25, +1.0))
            if tok.adds is not None:
                found.append([tok.adds[0], tok.adds[1], 1.0, 1.0])
    return Piece(sum(p * -0.5 if n < 0 else p for p, _, _, n in found),
                 sum(f[1] for f in found), len(found), 0)


def _joins_tokens(stretch: str, rules: _Rules) -> bool:
    """Tell whether TextBlob's emoticon or "(!)" patterns join tokens of this stretch."""
    joined = " ".join(t.text for w in stretch.split() for t in _word_tokens(w))
    return any(" " in m.group(1) for pattern in (rules.sarcasm, rules.joins)
               for m in pattern.finditer(joined))


def _score(text: str, start: int, end: int, rules: _Rules) -> Piece:
    stretch = text[start:end]
    chars = len(stretch.strip())
    if not chars:
        return EMPTY
    if rules.may_join.search(text, start, end) and _joins_tokens(stretch, rules):
        assessments = _sentiment()(stretch).assessments
        return Piece(sum(a[1] for a in assessments), sum(a[2] for a in assessments),
                     len(assessments), chars)
    piece = _assess(stretch.split())
    return Piece(piece.polarity, piece.subjectivity, piece.assessed, chars)


def score_stretches(text: str, stretches: Sequence[Span]) -> list[Piece]:
    """Score each stretch of a text as TextBlob scores it alone, in one pass over its words."""
    rules = _rules()
    return [_score(text, start, end, rules) for start, end in stretches]


def score_piece(text: str) -> Piece:
    """Score one stretch of text into summable parts."""
    return score_stretches(text, [(0, len(text))])[0]


def combine(pieces: Iterable[Piece]) -> Tone:
    """Combine scored pieces into one tone, as if their text had been scored together."""
    p = s = 0.0
    n = chars = 0
    for piece in pieces:
        p += piece.polarity
        s += piece.subjectivity
        n += piece.assessed
        chars += piece.chars
    if not n:
        return Tone(0.0, 0.0, chars)
    return Tone(round(p / n, 4), round(s / n, 4), chars)


def score_tone(text: str) -> Tone:
    """Score a text's polarity and subjectivity; empty text is neutral."""
    return combine([score_piece(text)])
