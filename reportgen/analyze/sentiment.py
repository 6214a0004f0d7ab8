"""Tone with TextBlob's pattern lexicon: polarity and subjectivity of stretches of text.

The lexicon ships inside textblob, so nothing is downloaded. TextBlob's polarity is the mean
of its per-word assessments, so each stretch of an article is scored once (``score_piece``) and
the sums are combined for the narrative, the quotes, each speaker and each sentence
(``combine``): the same numbers as scoring the joined text, at a fraction of the cost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reportgen.models import Tone


@dataclass(frozen=True, slots=True)
class Piece:
    """The summed TextBlob assessments of one stretch of text."""

    polarity: float
    subjectivity: float
    assessed: int
    chars: int


EMPTY = Piece(0.0, 0.0, 0, 0)


@cache
def _sentiment():
    """Build TextBlob's pattern sentiment analyser as ``textblob.en`` builds it.

    ``import textblob`` imports NLTK, whose metrics import SciPy whenever it is installed
    (it is, for story grouping): 0.7 s of start-up that the analyser never uses. So the
    analyser's module, ``textblob/_text.py`` (standard library only), is loaded from the
    installed package and set up with ``textblob.en``'s settings. A test holds the scores
    equal to ``TextBlob(text).sentiment``, so a TextBlob release that changes this fails it.
    """
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("textblob")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    text_spec = importlib.util.spec_from_file_location("reportgen._textblob_text",
                                                       root / "_text.py")
    text = importlib.util.module_from_spec(text_spec)
    text_spec.loader.exec_module(text)
    en = root / "en"
    parser = text.Parser(lexicon=text.Lexicon(
        path=str(en / "en-lexicon.txt"), morphology=str(en / "en-morphology.txt"),
        context=str(en / "en-context.txt"), entities=str(en / "en-entities.txt"),
        language="en"), default=("NN", "NNP", "CD"), language="en")

    class _EnglishSentiment(text.Sentiment):
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
                             negations=("no", "not", "n't", "never"), modifiers=("RB",),
                             modifier=lambda w: w.endswith("ly"), tokenizer=parser.find_tokens,
                             language="en")


def score_piece(text: str) -> Piece:
    """Score one stretch of text into summable parts."""
    chars = len(text.strip())
    if not chars:
        return EMPTY
    assessments = _sentiment()(text).assessments
    return Piece(sum(a[1] for a in assessments), sum(a[2] for a in assessments),
                 len(assessments), chars)


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
