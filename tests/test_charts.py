"""The charts' titles and axes: a title names whom an outlet quotes most, never a lack of
affiliation or type; the share axis ends a little past the longest bar."""

from __future__ import annotations

import re

import pytest

from reportgen.charts import chart_affiliation, chart_type
from reportgen.models import OutletProfile, Share, Tone


def _profile(outlet: str, affiliation: dict[str, int], types: dict[str, int]) -> OutletProfile:
    def shares(counts: dict[str, int]) -> tuple[Share, ...]:
        total = sum(counts.values())
        return tuple(Share(k, n, total, ()) for k, n in sorted(counts.items(),
                                                               key=lambda kv: (-kv[1], kv[0])))

    total = sum(affiliation.values())
    return OutletProfile(outlet, "#0072B2", 3, total, 5, shares(affiliation), shares(types), (),
                         (), Share("anonymous", 0, total, ()), Tone(0, 0, 1), Tone(0, 0, 1), (),
                         (), ())


ALPHA = _profile("Alpha", {"Unknown affiliation": 30, "Republican Party": 20,
                           "Democratic Party": 10, "Unattributed": 40},
                 {"unknown": 50, "legislator": 30, "government": 20})
BETA = _profile("Beta", {"Democratic Party": 8, "Unknown affiliation": 2},
                {"government": 6, "unknown": 4})


@pytest.mark.parametrize(("chart", "said"), [
    # Alpha's largest shares are no one ("Unattributed", "unknown"): its largest known one
    (chart_affiliation, ["Alpha: 20% Republican Party", "Beta: 80% Democratic Party"]),
    (chart_type, ["Alpha: 30% legislator", "Beta: 60% government"]),
])
def test_a_chart_title_names_whom_each_outlet_quotes_most(chart, said):
    c = chart((ALPHA, BETA))
    for words in said:
        assert words in c.title
    assert "Unattributed" not in c.title and "unknown" not in c.title.split("—")[1]


def test_the_share_axis_ends_past_the_longest_bar():
    svg = chart_affiliation((ALPHA,)).svg
    ticks = [int(t) for t in re.findall(r'text-anchor: middle"[^>]*>(\d+)<', svg)]
    assert max(ticks) == 50  # the longest bar is 40%: an axis to 50, not to 100
