"""Analyze one article: sentences, quotes and their speakers, officials cited, and tone.

``analyze_article`` is a pure function of the article and the knowledge tables. It runs the
steps in order: ``quotes`` (quotation marks, cues, attribution patterns, leftovers),
``actors`` (names read and resolved within the article), ``citations`` (each quote with its
actor) and ``tone``.
"""

from __future__ import annotations

from reportgen.analyze.actors import resolve_actors, writer_of
from reportgen.analyze.citations import cite, make_quotes
from reportgen.analyze.quotes import extract_quotes
from reportgen.analyze.text import paragraphs, sentences, tokenize, turn_labels, unbracket_names
from reportgen.analyze.tone import score_tones
from reportgen.ingest.clean import mask
from reportgen.knowledge import Knowledge
from reportgen.models import Article, ArticleAnalysis

__all__ = ["analyze_article", "analyze_one", "article_source"]


def analyze_article(article: Article, knowledge: Knowledge) -> ArticleAnalysis:
    """Find the quotes, speakers, officials and tone of one article, step by step."""
    # the headline is the outlet's own framing and often an attribution itself
    # ("Sanders Says He's Writing His Inaugural Address"): analyzed with the body
    body = mask(article.text, tuple(s for s in article.segments if s.kind != "title"))
    # quotes and speakers are found in a copy that reads "[Mr.] Reyes" as a name; the words
    # quoted are taken from the body as written (same offsets)
    plain = unbracket_names(body)
    # each paragraph's sentences, split once: the quote frames are built on them too
    paras = paragraphs(plain)
    by_para = [sentences(plain, p, knowledge.words.abbreviations,
                             knowledge.words.sentence_openers) for p in paras]
    sents = tuple(s for in_para in by_para for s in in_para)
    tokens = tokenize(plain)
    labels = turn_labels(plain, sents)  # the speakers' turns, if the article is a transcript
    raw = extract_quotes(plain, knowledge, tokens, by_para, paras, labels)
    year = article.published.year if article.published else None
    writer = writer_of(article.author, article.outlet, knowledge)
    actors = resolve_actors(plain, sents, tokens, labels, raw, knowledge, year, writer)
    tones = score_tones(body, sents, make_quotes(body, raw, actors.speakers))
    return ArticleAnalysis(
        article=article,
        sentences=sents,
        quotes=tones.quotes,
        citations=cite(tones.quotes, actors.named),
        narrative=tones.narrative,
        quoted=tones.quoted,
        speakers=tones.speakers,
        subheadings=tuple(article.text[s.start:s.end] for s in article.segments
                          if s.kind == "subheading"),
        tone_sentences=tones.sentences,
    )


def analyze_one(knowledge: Knowledge, article: Article) -> ArticleAnalysis:
    """Analyze one article; knowledge first, as ``parallel.map_ordered`` calls its work."""
    return analyze_article(article, knowledge)


def article_source(article: Article) -> str:
    """Name an article as problems name it: by the file (and line) it came from."""
    return article.source
