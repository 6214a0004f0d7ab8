"""Build a briefing: read, analyze, compare, draw, render; then write all outputs at once.

The whole briefing is built in memory first. Outputs are written to temporary files beside
their targets and renamed into place only when every one of them is ready, so a failed or
killed build leaves the previous briefing as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from reportgen import __version__
from reportgen.analyze import analyze_article
from reportgen.charts import draw_charts
from reportgen.compare import compare
from reportgen.config import Period
from reportgen.ingest import read_inputs
from reportgen.knowledge import Knowledge
from reportgen.models import Article, ArticleAnalysis, Briefing, Problem
from reportgen.render import make_view, render_html, render_json, render_pdf
from reportgen.stories import group_stories

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]
OUTPUT_NAMES = ("briefing.json", "briefing.html", "briefing.pdf")


class BuildError(Exception):
    """The build cannot produce a briefing (no readable article, or rendering failed)."""


def _quiet(items: Sequence[T], _label: str) -> Iterable[T]:
    return items


def analyze_all(articles: Sequence[Article], knowledge: Knowledge,
                progress: Progress = _quiet) -> tuple[list[ArticleAnalysis], list[Problem]]:
    """Analyze each article; one that fails is reported and left out, never fatal."""
    done: list[ArticleAnalysis] = []
    problems: list[Problem] = []
    for article in progress(articles, "analyzing"):
        try:
            done.append(analyze_article(article, knowledge))
        except Exception as exc:  # one bad article never sinks a build
            problems.append(Problem(article.source, f"analysis failed ({type(exc).__name__}: "
                                                    f"{exc}); article left out"))
    return done, problems


def select_period(articles: Sequence[Article], period: Period
                  ) -> tuple[list[Article], list[Problem]]:
    """Keep the articles published in the period; undated ones only when it is open."""
    if period.open:
        return list(articles), []
    kept = [a for a in articles if period.holds(a.published)]
    undated = [a for a in articles if a.published is None]
    problems = [Problem(a.source, f"no publication date; left out of {period.label}")
                for a in undated]
    return kept, problems


def default_title(articles: Sequence[ArticleAnalysis]) -> str:
    outlets = sorted({a.article.outlet or "Unknown outlet" for a in articles})
    if len(outlets) <= 3:
        names = " and ".join([", ".join(outlets[:-1]), outlets[-1]] if len(outlets) > 1
                             else outlets)
        return f"How {names} framed the news"
    return f"How {len(outlets)} outlets framed the news"


def build_briefing(inputs: Sequence[Path], knowledge: Knowledge, period: Period, *,
                   title: str | None = None, progress: Progress = _quiet) -> Briefing:
    """Read and analyze the inputs and compare the outlets, all in memory."""
    articles, problems = read_inputs(inputs, knowledge)
    kept, left_out = select_period(articles, period)
    analyses, failed = analyze_all(kept, knowledge, progress)
    all_problems = [*problems, *left_out, *failed]
    if not analyses:
        detail = "; ".join(str(p) for p in all_problems[:3])
        raise BuildError("no article to build a briefing from" + (f" ({detail})" if detail
                                                                  else ""))
    stories = group_stories([a.article for a in analyses])
    return compare(analyses, title=title or default_title(analyses),
                   period=period.label if not period.open else _period_of(analyses),
                   problems=all_problems, version=__version__, stories=stories)


def _period_of(analyses: Sequence[ArticleAnalysis]) -> str:
    dates = sorted(a.article.published for a in analyses if a.article.published)
    undated = sum(1 for a in analyses if a.article.published is None)
    parts = []
    if dates:
        lo, hi = dates[0], dates[-1]
        parts.append(f"{lo:%-d %B %Y}" if lo == hi else f"{lo:%-d %B %Y} – {hi:%-d %B %Y}")
    if undated:
        parts.append(f"{undated} article{'s' if undated != 1 else ''} undated")
    return "; ".join(parts) or "Dates unknown"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclass(frozen=True, slots=True)
class Rendered:
    """The three outputs of a briefing, as bytes, ready to be written."""

    json: bytes
    html: bytes
    pdf: bytes


def render_briefing(briefing: Briefing, templates: Path) -> Rendered:
    """Draw the charts and render JSON, HTML and PDF in memory."""
    view = make_view(briefing, draw_charts(briefing.outlets))
    html = render_html(view, templates)
    return Rendered(render_json(briefing).encode("utf-8"), html.encode("utf-8"),
                    render_pdf(html, templates, title=briefing.title))


def write_outputs(rendered: Rendered, out_dir: Path) -> tuple[Path, ...]:
    """Write all outputs atomically: temporary files first, then one rename each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    payloads = dict(zip(OUTPUT_NAMES, (rendered.json, rendered.html, rendered.pdf),
                        strict=True))
    temps: dict[str, str] = {}
    try:
        for name, data in payloads.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            temps[name] = tmp
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for name, tmp in temps.items():
            os.replace(tmp, out_dir / name)
    finally:
        for tmp in temps.values():
            if os.path.exists(tmp):
                os.unlink(tmp)
    return tuple(out_dir / name for name in OUTPUT_NAMES)
