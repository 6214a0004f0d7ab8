"""Charts as SVG: one function per chart; each title states the finding, not the axes.

Every chart is drawn inside ``_style()``, which saves and restores matplotlib's settings, fixes
the SVG's ids and metadata so the same briefing gives the same bytes, and draws on a Figure of
its own rather than pyplot's, so that no figure stays open.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportgen.compare import OTHER_COLOR
from reportgen.evidence import TYPE_LABELS
from reportgen.findings import META_LABELS
from reportgen.models import Chart, OutletProfile, Share

if TYPE_CHECKING:  # matplotlib is imported where a chart is drawn
    from matplotlib.figure import Figure

MAX_CATEGORIES = 8
MAX_CATEGORIES_MANY = 6  # with more than four outlets a chart shows fewer categories
MAX_OUTLETS = 8  # outlets drawn on their own; the rest are pooled as "Other"
TITLE_OUTLETS = 4  # outlets named in a chart's title
MAX_HEIGHT = 6.5  # inches: a chart and its caption fit on one page


@contextmanager
def _style() -> Iterator[Figure]:
    # a Figure of its own, not pyplot's: no backend, no figure manager, nothing to close
    # (pyplot and its Agg backend: 0.02-0.03 s more of each build); savefig draws the SVG itself
    import matplotlib
    from matplotlib.figure import Figure

    rc: Any = {  # matplotlib types its keys as a closed list of literals
        "svg.hashsalt": "reportgen",
        "svg.fonttype": "none",
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 10,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "legend.frameon": False,
        "text.parse_math": False,  # outlet names and labels are text: "$5 News" is no formula
    }
    with matplotlib.rc_context(rc):
        yield Figure(figsize=(6.6, 3.2))


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight",
                metadata={"Date": None, "Creator": "reportgen"})
    return buf.getvalue()


@dataclass(frozen=True, slots=True)
class _Series:
    """One bar series: an outlet in its colour, or the smaller outlets pooled as "Other"."""

    name: str
    color: str
    shares: tuple[Share, ...]


def _series(outlets: tuple[OutletProfile, ...], pick: Callable[[OutletProfile],
                                                               tuple[Share, ...]]
            ) -> list[_Series]:
    """Give the outlets with most quotes their own bars; pool the rest as "Other" in grey so
    that no colour repeats and a chart stays readable with fifty outlets."""
    ranked = sorted(outlets, key=lambda o: (-o.quotes, o.outlet))
    own = ranked if len(ranked) <= MAX_OUTLETS + 1 else ranked[:MAX_OUTLETS]
    rest = [o for o in ranked if o not in own]
    out = [_Series(o.outlet, o.color, pick(o)) for o in sorted(own, key=lambda o: o.outlet)]
    if rest:
        counts: dict[str, int] = {}
        for o in rest:
            for sh in pick(o):
                counts[sh.label] = counts.get(sh.label, 0) + sh.count
        total = sum(counts.values())
        out.append(_Series(f"Other ({len(rest)} outlets)", OTHER_COLOR, tuple(
            Share(label, n, total, ()) for label, n in sorted(counts.items(),
                                                              key=lambda kv: (-kv[1], kv[0])))))
    return out


def _categories(series: list[_Series]) -> list[str]:
    totals: dict[str, float] = {}
    for one in series:
        for s in one.shares:
            totals[s.label] = totals.get(s.label, 0) + s.share
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    return ranked[:MAX_CATEGORIES if len(series) <= 4 else MAX_CATEGORIES_MANY]


def _grouped_share_chart(chart_id: str, title: str, outlets: tuple[OutletProfile, ...],
                         pick: Callable[[OutletProfile], tuple[Share, ...]]) -> Chart:
    """Horizontal bars: one row per category, one bar per outlet in the outlet's colour."""
    series = _series(outlets, pick)
    cats = _categories(series)
    with _style() as fig:
        ax = fig.add_subplot()
        height = 0.8 / max(1, len(series))
        for i, one in enumerate(series):
            lookup = {s.label: s for s in one.shares}
            ys = [c + i * height for c in range(len(cats))]
            vals = [100 * lookup[c].share if c in lookup else 0 for c in cats]
            bars = ax.barh(ys, vals, height=height * 0.92, color=one.color, label=one.name)
            for bar, c in zip(bars, cats, strict=True):
                if c in lookup:
                    ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2,
                            f"{lookup[c].count}", va="center", fontsize=6 if len(series) > 4
                            else 7, color="#333333")
        ax.set_yticks([c + height * (len(series) - 1) / 2 for c in range(len(cats))])
        ax.set_yticklabels(cats)
        ax.invert_yaxis()
        ax.set_xlabel("share of the outlet's quotes (%); bar labels give the count")
        ax.set_xlim(0, _axis_end(series, cats))
        if len(series) <= 4:
            ax.legend(loc="lower right", fontsize=8)
        else:  # below the plot, never over the bars
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3, fontsize=7)
        fig.set_figheight(min(MAX_HEIGHT, max(2.2, 0.9 + 0.12 * len(cats) * len(series))))
        return Chart(chart_id, title, _svg(fig))


# no one: a chart's title never says an outlet quotes "unknown" most
_NO_ONE = META_LABELS | {TYPE_LABELS["unknown"]}


def _axis_end(series: list[_Series], cats: list[str]) -> float:
    """End the share axis a little past the longest bar, room left for its count, so that
    bars of 5 to 35% are not drawn in the first third of an axis to 100."""
    top = max((100 * s.share for one in series for s in one.shares if s.label in cats),
              default=0.0)
    return min(105.0, max(20.0, 10 * -(-(top * 1.12 + 3) // 10)))


def _leader_title(outlets: tuple[OutletProfile, ...], pick: Callable[[OutletProfile],
                                                                     tuple[Share, ...]],
                  what: str) -> str:
    """Say whom each of the outlets with most quotes quotes most: its largest share with a
    known label (a lack of affiliation or type is drawn as a bar, never named as a whom)."""
    ranked = sorted(outlets, key=lambda o: (-o.quotes, o.outlet))
    parts = [f"{o.outlet}: {round(100 * top.share)}% {top.label}" for o in ranked[:TITLE_OUTLETS]
             if (top := next((sh for sh in pick(o) if sh.label not in _NO_ONE), None))]
    extra = len(ranked) - TITLE_OUTLETS
    more = f"; {extra} more outlet{'s' if extra != 1 else ''} in the chart" if extra > 0 else ""
    return (f"Coverage mix (all articles): of the speakers with a known {what}, whom each "
            "outlet quotes most — " + "; ".join(parts) + more)


def chart_affiliation(outlets: tuple[OutletProfile, ...]) -> Chart:
    """Draw each outlet's share of quotes by the speaker's country or affiliation."""
    return _grouped_share_chart("affiliation", _leader_title(
        outlets, lambda o: o.by_affiliation, "affiliation"), outlets, lambda o: o.by_affiliation)


def chart_type(outlets: tuple[OutletProfile, ...]) -> Chart:
    """Draw each outlet's share of quotes by speaker type (government, expert, ...)."""
    return _grouped_share_chart("type", _leader_title(outlets, lambda o: o.by_type,
                                                      "speaker type"),
                                outlets, lambda o: o.by_type)


def draw_charts(outlets: tuple[OutletProfile, ...]) -> tuple[Chart, ...]:
    """Draw every chart of the outlet comparison."""
    if not outlets:
        return ()
    # no tone chart: TextBlob polarity does not track stance, so it ranks nothing; no chart of
    # non-neutral verb shares: they barely differ between outlets and mix sides and events
    return (chart_affiliation(outlets), chart_type(outlets))
