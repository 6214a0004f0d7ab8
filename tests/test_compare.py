"""Aggregation: shares add up, order does not matter, small samples are said to be small."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.compare import compare
from reportgen.models import Actor, Article, ArticleAnalysis, Quote, Tone

COUNTRIES = ["Ukraine", "Russia", "United Kingdom", None]
STANCES = ["neutral", "distancing", "evaluative", None]

quote_st = st.builds(
    lambda country, stance, kind, n: Quote(
        0, 10, "words", "direct", ((0, 10),), "x", (0, 1),
        Actor(f"Speaker {n}", kind, "government", None, None, country),
        "said" if stance else None, None, "say" if stance else None, stance, 0.1, 0.2),
    st.sampled_from(COUNTRIES), st.sampled_from(STANCES),
    st.sampled_from(["person", "anonymous", "organisation"]), st.integers(0, 4))

article_st = st.builds(
    lambda i, outlet, quotes: ArticleAnalysis(
        Article(f"a{i}", f"a{i}.txt", "text", outlet, None, None, None, None),
        ((0, 4),), tuple(quotes), (), Tone(0.1, 0.3, 100), Tone(-0.1, 0.5, 50), (), ()),
    st.integers(0, 10_000), st.sampled_from(["Outlet A", "Outlet B", None]),
    st.lists(quote_st, max_size=6))


def _unique(articles):
    seen, out = set(), []
    for a in articles:
        if a.article.id not in seen:
            seen.add(a.article.id)
            out.append(a)
    return out


@settings(max_examples=80, deadline=None)
@given(st.lists(article_st, min_size=1, max_size=8))
def test_shares_sum_to_one_and_order_does_not_matter(articles):
    articles = _unique(articles)
    b1 = compare(articles, title="t", period="p")
    shuffled = list(articles)
    random.Random(0).shuffle(shuffled)
    b2 = compare(shuffled, title="t", period="p")
    assert b1 == b2
    for o in b1.outlets:
        for shares in (o.by_affiliation, o.by_type, o.by_kind, o.by_stance):
            if o.quotes:
                assert abs(sum(s.share for s in shares) - 1) < 1e-9
                assert sum(s.count for s in shares) == o.quotes
            else:
                assert shares == ()
    for f in b1.findings:
        assert f.small_sample == ("small sample" in f.text)


def test_small_samples_are_said_to_be_small():
    q = Quote(0, 5, "x", "direct", ((0, 5),), "he", (0, 2),
              Actor("Ann Lee", "person", "government", None, None, "Ukraine"),
              "said", None, "say", "neutral", 0.0, 0.0)
    a = ArticleAnalysis(Article("a", "a.txt", "t", "Outlet A", None, None, None, None),
                        (), (q,), (), Tone(0, 0, 1), Tone(0, 0, 1), (), ())
    b = compare([a], title="t", period="p")
    assert b.findings[0].small_sample
    assert "a small sample: 1 quote)" in b.findings[0].text
