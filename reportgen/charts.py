"""Charts as SVG: one function per chart; each title states the finding, not the axes.

Every chart is drawn inside ``_style()``, which saves and restores matplotlib's settings, fixes
the SVG's ids and metadata so the same briefing gives the same bytes, and closes the figure.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

from reportgen.models import Chart, OutletProfile, Share

MAX_CATEGORIES = 8


@contextmanager
def _style() -> Iterator[object]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rc = {
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
        fig = plt.figure(figsize=(6.6, 3.2))
        try:
            yield fig
        finally:
            plt.close(fig)


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight",
                metadata={"Date": None, "Creator": "reportgen"})
    return buf.getvalue()


def _categories(shares_by_outlet: list[tuple[Share, ...]]) -> list[str]:
    totals: dict[str, float] = {}
    for shares in shares_by_outlet:
        for s in shares:
            totals[s.label] = totals.get(s.label, 0) + s.share
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    return ranked[:MAX_CATEGORIES]


def _grouped_share_chart(chart_id: str, title: str, outlets: tuple[OutletProfile, ...],
                         pick) -> Chart:
    """Horizontal bars: one row per category, one bar per outlet in the outlet's colour."""
    shares = [pick(o) for o in outlets]
    cats = _categories(shares)
    with _style() as fig:
        ax = fig.add_subplot()
        height = 0.8 / max(1, len(outlets))
        for i, (o, sh) in enumerate(zip(outlets, shares, strict=True)):
            lookup = {s.label: s for s in sh}
            ys = [c + i * height for c in range(len(cats))]
            vals = [100 * lookup[c].share if c in lookup else 0 for c in cats]
            bars = ax.barh(ys, vals, height=height * 0.92, color=o.color, label=o.outlet)
            for bar, c in zip(bars, cats, strict=True):
                if c in lookup:
                    ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2,
                            f"{lookup[c].count}", va="center", fontsize=7, color="#333333")
        ax.set_yticks([c + height * (len(outlets) - 1) / 2 for c in range(len(cats))])
        ax.set_yticklabels(cats)
        ax.invert_yaxis()
        ax.set_xlabel("share of the outlet's quotes (%); bar labels give the count")
        ax.set_xlim(0, 105)
        ax.legend(loc="lower right", fontsize=8)
        fig.set_figheight(1.2 + 0.32 * len(cats) * max(1, len(outlets)) ** 0.6)
        return Chart(chart_id, title, _svg(fig))


def _leader_title(outlets: tuple[OutletProfile, ...], pick, what: str) -> str:
    parts = []
    for o in outlets:
        sh = pick(o)
        if sh:
            parts.append(f"{o.outlet}: {round(100 * sh[0].share)}% {sh[0].label}")
    return (f"Coverage mix (all articles): whom each outlet quotes most, by {what} — "
            + "; ".join(parts))


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
