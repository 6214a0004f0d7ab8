"""Group articles that report the same event into stories, and link related stories.

No event ids are given, so articles are grouped by what they report: TF-IDF over the headline
and the lead (where news writing puts the who, what and where), compared only between articles
published within a few days of each other (an undated article is compared with all), then
average-link clustering within each connected group of candidates. Story pairs that come close
without merging are reported as related: the same theme, a different event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportgen.ingest.clean import mask
from reportgen.models import Article

LEAD_CHARS = 1500  # the headline and the first paragraphs say what happened
WINDOW_DAYS = 4  # articles further apart than this report different events
MERGE_AT = 0.16  # average cosine similarity that makes one story
RELATED_AT = 0.06  # the highest similarity that makes stories related
RARE_ZIPF = 5.0  # words rarer than this (Zipf frequency) weigh more, up to six times
BACKGROUND_UNTIL = 200  # below this many articles, general word rarity backs up the IDF
_WORD = re.compile(r"(?u)\b[^\W\d_][\w’'-]+\b")


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report one event, in a stable order, and the stories related to it."""

    id: str
    articles: tuple[str, ...]  # article ids, oldest first
    outlets: tuple[str, ...]
    title: str
    first: date | None
    last: date | None
    related: tuple[str, ...] = ()


def _document(article: Article) -> str:
    body = mask(article.text, tuple(s for s in article.segments if s.kind != "title"))
    body = " ".join(body.split())
    title = article.title or ""
    return f"{title} {title} {body[:LEAD_CHARS]}"


def _vectors(articles: Sequence[Article]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(lowercase=True, stop_words="english", sublinear_tf=True,
                                 token_pattern=_WORD.pattern, min_df=1, max_df=0.5,
                                 dtype=_float32())
    docs = [_document(a) for a in articles]
    if len(docs) < 20:
        vectorizer.set_params(max_df=1.0)  # too few articles to call a word too common
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # every word was a stop word or too common: no vocabulary
        vectorizer.set_params(max_df=1.0, stop_words=None)
        try:
            matrix = vectorizer.fit_transform(docs)
        except ValueError:  # not one word at all (only quotation marks): nothing in common
            from scipy.sparse import csr_matrix

            return csr_matrix((len(docs), 1), dtype=_float32())
    # the collection's own IDF needs many articles; a small one leans on English at large
    strength = max(0.0, min(1.0, (BACKGROUND_UNTIL - len(docs)) / BACKGROUND_UNTIL))
    if strength == 0.0:
        return matrix
    return _weigh_by_rarity(matrix, vectorizer.get_feature_names_out(), strength)


def _weigh_by_rarity(matrix, terms, strength: float):
    """Scale each word by how rare it is in English at large (wordfreq's Zipf scale), so that
    a handful of articles still tell "Kherson" from "Russia", which their own IDF cannot."""
    import numpy as np
    from sklearn.preprocessing import normalize
    from wordfreq import zipf_frequency

    factors = np.array([1.0 + strength * max(0.0, RARE_ZIPF - zipf_frequency(t, "en"))
                        for t in terms], dtype=np.float32)
    return normalize(matrix.multiply(factors.reshape(1, -1)).tocsr())


def _float32():
    import numpy as np

    return np.float32


def _candidate_pairs(articles: Sequence[Article], window: int) -> list[tuple[int, int]]:
    """Give the index pairs close enough in time to be compared."""
    by_day: dict[int, list[int]] = defaultdict(list)
    undated: list[int] = []
    for i, a in enumerate(articles):
        if a.published is None:
            undated.append(i)
        else:
            by_day[a.published.toordinal()].append(i)
    pairs: list[tuple[int, int]] = []
    for day in sorted(by_day):
        here = by_day[day]
        for k in range(len(here)):
            pairs.extend((here[k], j) for j in here[k + 1:])
        for offset in range(1, window + 1):
            for j in by_day.get(day + offset, ()):
                pairs.extend((i, j) for i in here)
    undated_set = set(undated)
    for u in undated:
        pairs.extend((u, j) for j in range(len(articles))
                     if j != u and (j not in undated_set or j > u))
    return pairs


def group_stories(articles: Sequence[Article], *, window: int = WINDOW_DAYS,
                  merge_at: float = MERGE_AT, related_at: float = RELATED_AT
                  ) -> tuple[Story, ...]:
    """Group articles into stories; every article belongs to exactly one story."""
    articles = sorted(articles, key=lambda a: (a.published or date.max, a.id))
    n = len(articles)
    if n == 0:
        return ()
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    vectors = _vectors(articles)
    pairs = _candidate_pairs(articles, window)
    sims: dict[tuple[int, int], float] = {}
    if pairs:
        left = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        right = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
        values = np.zeros(len(pairs), dtype=np.float32)
        for start in range(0, len(pairs), 200_000):  # bounded memory on big inputs
            sl = slice(start, start + 200_000)
            values[sl] = np.asarray(
                vectors[left[sl]].multiply(vectors[right[sl]]).sum(axis=1)).ravel()
        for a, b, v in zip(left.tolist(), right.tolist(), values.tolist(), strict=True):
            if v >= related_at:
                sims[(a, b) if a < b else (b, a)] = v

    # connected components over edges strong enough to matter, then average link inside each
    edges = [(a, b) for (a, b), v in sims.items() if v >= merge_at]
    graph = coo_matrix((np.ones(len(edges)), ([a for a, _ in edges], [b for _, b in edges])),
                       shape=(n, n))
    _, component = connected_components(graph, directed=False)
    label = [0] * n
    next_label = 0
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(component.tolist()):
        members[c].append(i)
    for group in members.values():
        if len(group) == 1:
            label[group[0]] = next_label
            next_label += 1
            continue
        size = len(group)
        condensed = np.ones(size * (size - 1) // 2, dtype=np.float64)  # distance 1: unrelated
        k = 0
        for x in range(size):
            for y in range(x + 1, size):
                a, b = group[x], group[y]
                condensed[k] = 1.0 - sims.get((a, b) if a < b else (b, a), 0.0)
                k += 1
        clusters = fcluster(linkage(condensed, method="average"), t=1.0 - merge_at,
                            criterion="distance")
        first_of: dict[int, int] = {}
        for idx, cl in zip(group, clusters.tolist(), strict=True):
            if cl not in first_of:
                first_of[cl] = next_label
                next_label += 1
            label[idx] = first_of[cl]
    return _stories(articles, label, sims)


def _stories(articles: Sequence[Article], label: list[int],
             sims: dict[tuple[int, int], float]) -> tuple[Story, ...]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(label):
        groups[lab].append(i)
    ordered = sorted(groups.values(), key=lambda g: (articles[g[0]].published or date.max,
                                                    articles[g[0]].id))
    story_of: dict[int, str] = {}
    for s, group in enumerate(ordered, start=1):
        for i in group:
            story_of[i] = f"s{s:04d}"
    related: dict[str, set[str]] = defaultdict(set)
    for (a, b), _v in sims.items():
        sa, sb = story_of[a], story_of[b]
        if sa != sb:
            related[sa].add(sb)
            related[sb].add(sa)
    out = []
    for group in ordered:
        sid = story_of[group[0]]
        arts = [articles[i] for i in group]
        dates = sorted(a.published for a in arts if a.published)
        title = next((a.title for a in arts if a.title), arts[0].id)
        out.append(Story(sid, tuple(a.id for a in arts),
                         tuple(sorted({a.outlet or "Unknown outlet" for a in arts})), title,
                         dates[0] if dates else None, dates[-1] if dates else None,
                         tuple(sorted(related.get(sid, ())))))
    return tuple(out)
