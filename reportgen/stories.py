"""Group articles that report the same event into stories, and link related stories.

No event ids are given, so articles are grouped by what they report: the words of the headline
and the lead (where news writing puts the who, what and where), each weighed by how rare it is
in English at large, compared only between articles published within a few days of each other
(an undated article is compared with all), then average-link clustering within each connected
group of candidates. Story pairs that come close without merging are reported as related: the
same theme, a different event.

Whether two articles report the same event depends on the two articles alone, never on what
else is in the input: the weight of a word is fixed (wordfreq's Zipf frequency, not the
input's own IDF, which made the same three articles one story among 201 and two among 15), and
so is every step after it. A word's weight is ``RARE_UNTIL`` minus its Zipf frequency: close to
a textbook IDF for articles of a few hundred words, which falls by log10 of the frequency too.
Words near the top of the list ("the", "of") and the surnames of US office holders (in much of
political news, whatever the event) weigh nothing; similarity falls a little with each day
between two articles, as most reports of one event appear within a day or two of each other.

Memory stays bounded whatever the input: similarities are sparse matrix products of a day's
articles against the days in reach, a few million entries at a time, and only the pairs close
enough to matter are kept, as arrays; average link runs on those pairs alone, never on an
n x n matrix. In inputs of over 2,000 articles a word found in more
than 1,000 of them weighs in no similarity (the quadratic part of the cost).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen.frequency import buckets_of
from reportgen.models import Article

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix

LEAD_CHARS = 1500  # the headline and the first paragraphs say what happened
WINDOW_DAYS = 4  # articles further apart than this report different events
MERGE_AT = 0.17  # average similarity that makes one story
RELATED_AT = 0.06  # the highest similarity that makes stories related
RARE_UNTIL = 7.5  # a word weighs this minus its Zipf frequency ...
WEIGHT_FROM = 1.0  # ... when that is at least this ("the", "of", "and" weigh nothing)
UNLISTED_ZIPF = 1.0  # a word wordfreq does not list is as rare as its rarest
DAY_COST = 0.03  # similarity lost per day between two articles
UNDATED_DAYS = 2  # an undated article counts as this many days from any other
EVIDENCE_UP_TO = 1_000  # in a large input, a word in more articles weighs in no similarity
BLOCK = 4_000_000  # similarities computed at once (about 100 MB): memory bounded at any size
_WORD = re.compile(r"(?u)\b[^\W\d_][\w’'-]+\b")
_OFFICIALS = Path(__file__).parent / "knowledge" / "us_officials.tsv"


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
    """Give the headline twice and the lead: the body with other headlines blanked, white
    space collapsed, cut at LEAD_CHARS (read from a prefix of the text when that suffices)."""
    title = article.title or ""
    text = article.text
    for size in (4 * LEAD_CHARS, len(text)):
        lead = _collapsed_body(text[:size], article)
        if size >= len(text) or len(lead) > LEAD_CHARS:
            return f"{title} {title} {lead[:LEAD_CHARS]}"
    return f"{title} {title} "  # an empty text


def _collapsed_body(text: str, article: Article) -> str:
    pieces, pos = [], 0
    for seg in sorted((s for s in article.segments if s.kind != "title"),
                      key=lambda s: s.start):
        if seg.start >= len(text):
            break
        pieces.append(text[pos:seg.start])
        pos = max(pos, seg.end)
    pieces.append(text[pos:])
    return " ".join(" ".join(pieces).split())


@cache
def _office_surnames() -> frozenset[str]:
    """Give the surnames of US office holders (lower case): words that weigh nothing."""
    with _OFFICIALS.open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    column = rows[0].index("surname")
    return frozenset(word for row in rows[1:] for word in row[column].lower().split())


def _weights(words: Sequence[str]) -> list[float]:
    """Give each word's weight: RARE_UNTIL minus its Zipf frequency, 0 below WEIGHT_FROM or for
    an office holder's surname, as rare as wordfreq's rarest when it is not listed."""
    # all looked up at once in one pass over wordfreq's list, not in an index of its 321,000
    # words (0.06-0.08 s of each build) nor in a second table of their weights (0.07 s)
    keys = [word.replace("’", "'") for word in words]
    buckets = buckets_of(keys)
    return [_weight(key, buckets.get(key)) for key in keys]


def _weight(word: str, index: int | None) -> float:
    if word in _office_surnames():
        return 0.0
    if index is None:
        return RARE_UNTIL - UNLISTED_ZIPF
    weight = RARE_UNTIL - (9.0 - index / 100)  # bucket i: Zipf frequency 9 - i/100
    return weight if weight >= WEIGHT_FROM else 0.0


def _vectors(articles: Sequence[Article]) -> csr_matrix:
    """Give each article's vector of weighed words (unit length; empty when it has none)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    indptr, indices, counts = [0], array("q"), array("q")
    for article in articles:
        for word, count in Counter(_WORD.findall(_document(article).lower())).items():
            indices.append(vocabulary.setdefault(word, len(vocabulary)))
            counts.append(count)
        indptr.append(len(indices))
    word_weight = _weights(list(vocabulary))
    # the words that weigh nothing ("the", "of") left out, as if never counted
    columns = np.frombuffer(indices, dtype=np.int64)
    kept = (np.asarray(word_weight, dtype=np.float64) > 0.0)[columns]
    ends = np.concatenate(([0], np.cumsum(kept, dtype=np.int64)))[np.asarray(indptr)]
    matrix = csr_matrix((np.frombuffer(counts, dtype=np.int64)[kept].astype(np.float32),
                         columns[kept], ends),
                        shape=(len(articles), max(1, len(vocabulary))))
    np.log(matrix.data, out=matrix.data)
    matrix.data += 1.0
    matrix.data *= np.asarray(word_weight, dtype=np.float32)[matrix.indices]
    matrix = _normalize(matrix)
    if len(articles) > 2 * EVIDENCE_UP_TO:
        # a word this common would pair every article with hundreds of others, the quadratic
        # part of the cost, and adds little to any pair
        df = np.bincount(matrix.indices, minlength=matrix.shape[1])
        matrix = matrix[:, np.flatnonzero(df <= EVIDENCE_UP_TO)]
    return matrix


def _normalize(matrix: csr_matrix) -> csr_matrix:
    import numpy as np

    squares = matrix.multiply(matrix).sum(axis=1, dtype=np.float64)
    norms = np.sqrt(np.asarray(squares).ravel())
    norms[norms == 0.0] = 1.0
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    matrix.data = (matrix.data / norms[rows]).astype(np.float32)
    return matrix


def _reach(articles: Sequence[Article], window: int) -> np.ndarray:
    """Give, for each article (sorted, undated last), the end of the rows it is compared with."""
    import numpy as np

    days = [a.published.toordinal() for a in articles if a.published is not None]
    n = len(articles)
    reach = np.full(n, n, dtype=np.int64)  # an undated article reaches every later one
    for i, day in enumerate(days):
        reach[i] = bisect_right(days, day + window)
    return reach


def _similar(vectors: csr_matrix, days: np.ndarray, reach: np.ndarray, undated_from: int,
             floor: float) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Yield (left, right, similarity) arrays of the pairs in reach at or above the floor.

    The articles of one day share their reach: their columns are cut once, and their rows go in
    blocks whose product holds at most BLOCK entries. An undated article is paired with every
    article before it (all the dated ones sort before the undated).
    """
    import numpy as np

    n = vectors.shape[0]
    start = 0
    while start < n:
        dated = start < undated_from
        end = int(np.searchsorted(reach, reach[start], side="right")) if dated else n
        end = min(end, undated_from) if dated else n
        first, last = (start, int(reach[start])) if dated else (0, n)
        cols = vectors[first:last].T.tocsr()
        per_block = max(1, BLOCK // max(1, last - first))
        for a in range(start, end, per_block):
            b = min(end, a + per_block)
            product = (vectors[a:b] @ cols).tocoo()
            left = product.row.astype(np.int64) + a
            right = product.col.astype(np.int64) + first
            keep = (right > left) & (right < reach[left]) if dated else right < left
            left, right = left[keep], right[keep]
            apart = np.where((left >= undated_from) | (right >= undated_from), UNDATED_DAYS,
                             np.abs(days[right] - days[left]))
            sims = product.data[keep] - np.float32(DAY_COST) * apart.astype(np.float32)
            close = sims >= floor
            yield left[close], right[close], sims[close]
        start = end


def _pairs(articles: Sequence[Article], window: int, floor: float
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Give every pair of (sorted) articles in reach whose similarity is at least the floor."""
    import numpy as np

    vectors = _vectors(articles)
    days = np.array([a.published.toordinal() if a.published else 0 for a in articles],
                    dtype=np.int64)
    undated_from = sum(1 for a in articles if a.published is not None)
    parts = list(_similar(vectors, days, _reach(articles, window), undated_from, floor))
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    left, right, sims = (np.concatenate(p) for p in zip(*parts, strict=True))
    return left, right, sims


def group_stories(articles: Sequence[Article], *, window: int = WINDOW_DAYS,
                  merge_at: float = MERGE_AT, related_at: float = RELATED_AT
                  ) -> tuple[Story, ...]:
    """Group articles into stories; every article belongs to exactly one story."""
    articles = sorted(articles, key=lambda a: (a.published or date.max, a.id))
    n = len(articles)
    if n == 0:
        return ()
    left, right, sims = _pairs(articles, window, related_at)
    strong = sims >= merge_at
    component = connected_groups(n, left[strong], right[strong])
    label = _average_link(component, left, right, sims, merge_at)
    return _stories(articles, label, left, right)


def connected_groups(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Label the connected groups of n nodes joined by the edges (left[k], right[k]), numbered
    by their smallest node, as SciPy's ``connected_components(directed=False)`` numbers them;
    in NumPy alone, since ``scipy.sparse.csgraph`` takes a tenth of a second to import."""
    import numpy as np

    root = np.arange(n, dtype=np.int64)
    while True:
        lo, hi = np.minimum(root[left], root[right]), np.maximum(root[left], root[right])
        if not (hi != lo).any():
            break
        np.minimum.at(root, hi, lo)  # hook the larger root under the smaller: root[i] <= i
        while True:  # point every node at its root
            up = root[root]
            if (up == root).all():
                break
            root = up
    # each group's root is its smallest node: numbering the roots in order numbers the groups
    return np.unique(root, return_inverse=True)[1].astype(np.int32)


def _average_link(component: np.ndarray, left: np.ndarray, right: np.ndarray,
                  sims: np.ndarray, merge_at: float) -> np.ndarray:
    """Split each connected group by average-link clustering; give each article a label."""
    import numpy as np

    n = len(component)
    label = np.full(n, -1, dtype=np.int64)
    inside = component[left] == component[right]
    left, right, sims = left[inside], right[inside], sims[inside]
    order = np.argsort(component[left], kind="stable")
    left, right, sims = left[order], right[order], sims[order]
    bounds = np.searchsorted(component[left], np.arange(component.max() + 2))
    members_of = np.argsort(component, kind="stable")
    member_bounds = np.searchsorted(component[members_of], np.arange(component.max() + 2))
    next_label = 0
    for c in range(int(component.max()) + 1):
        members = members_of[member_bounds[c]:member_bounds[c + 1]]
        if len(members) == 1:
            label[members[0]] = next_label
            next_label += 1
            continue
        lo, hi = bounds[c], bounds[c + 1]
        x = np.searchsorted(members, left[lo:hi])
        y = np.searchsorted(members, right[lo:hi])
        local = _average_link_pairs(len(members), np.minimum(x, y), np.maximum(x, y),
                                    sims[lo:hi].astype(np.float64), merge_at)
        _, first, inverse = np.unique(local, return_index=True, return_inverse=True)
        rank = np.argsort(np.argsort(first))  # clusters numbered by their first member
        label[members] = next_label + rank[inverse]
        next_label += len(first)
    return label


def _average_link_pairs(size: int, x: np.ndarray, y: np.ndarray, sims: np.ndarray,
                        merge_at: float) -> np.ndarray:
    """Cluster one connected group by average link (UPGMA, as SciPy's ``linkage(method=
    "average")`` cut at 1 - merge_at), on its similar pairs only (the rest count as 0): memory
    in the number of pairs, not the square of the group's size, and no SciPy import."""
    import heapq

    import numpy as np

    total: list[dict[int, float]] = [{} for _ in range(size)]  # summed similarity to others
    for a, b, s in zip(x.tolist(), y.tolist(), sims.tolist(), strict=True):
        total[a][b] = total[a].get(b, 0.0) + s
        total[b][a] = total[b].get(a, 0.0) + s
    count = [1] * size
    heap = [(-s / 1.0, a, b) for a, b, s in zip(x.tolist(), y.tolist(), sims.tolist(),
                                                strict=True) if s >= merge_at]
    heapq.heapify(heap)
    parent = list(range(size))
    while heap:
        neg, a, b = heapq.heappop(heap)
        if parent[a] != a or parent[b] != b or b not in total[a]:
            continue
        if -neg != total[a][b] / (count[a] * count[b]):
            continue  # stale: one of the two has grown since
        parent[b] = a
        count[a] += count[b]
        merged = total[b]
        total[b] = {}
        del total[a][b]
        merged.pop(a, None)
        for other, s in merged.items():
            total[other].pop(b, None)
            total[a][other] = total[a].get(other, 0.0) + s
            total[other][a] = total[a][other]
        for other, s in total[a].items():
            average = s / (count[a] * count[other])
            if average >= merge_at:
                heapq.heappush(heap, (-average, a, other) if a < other else (-average, other, a))
    root = np.arange(size)
    for i in range(size):
        r = i
        while parent[r] != r:
            r = parent[r]
        root[i] = r
    return root


def _stories(articles: Sequence[Article], label: np.ndarray, left: np.ndarray,
             right: np.ndarray) -> tuple[Story, ...]:
    import numpy as np

    groups: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(label.tolist()):
        groups[lab].append(i)
    ordered = sorted(groups.values(), key=lambda g: (articles[g[0]].published or date.max,
                                                    articles[g[0]].id))
    story_of = np.zeros(len(articles), dtype=np.int64)
    for s, group in enumerate(ordered):
        story_of[group] = s
    a, b = story_of[left], story_of[right]
    apart = a != b
    n = len(ordered)
    linked = np.unique(np.minimum(a, b)[apart] * n + np.maximum(a, b)[apart])
    related: dict[int, set[int]] = defaultdict(set)
    for x, y in zip((linked // n).tolist(), (linked % n).tolist(), strict=True):
        related[x].add(y)
        related[y].add(x)
    out = []
    for s, group in enumerate(ordered):
        arts = [articles[i] for i in group]
        dates = sorted(a.published for a in arts if a.published)
        title = next((a.title for a in arts if a.title), arts[0].id)
        out.append(Story(f"s{s + 1:04d}", tuple(a.id for a in arts),
                         tuple(sorted({a.outlet or "Unknown outlet" for a in arts})), title,
                         dates[0] if dates else None, dates[-1] if dates else None,
                         tuple(sorted(f"s{r + 1:04d}" for r in related.get(s, ())))))
    return tuple(out)
