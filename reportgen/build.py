"""Build a briefing: read, analyze, compare, draw, render; then write all outputs at once.

The whole briefing is built in memory first. Outputs are written into a folder of their own
and swapped in together by one rename (``publish``), so a failed or killed build leaves the
previous briefing as it was, and a reader never sees a mix of two builds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from reportgen import __version__
from reportgen.analyze import analyze_one, article_source
from reportgen.charts import draw_charts
from reportgen.compare import compare
from reportgen.config import Period, ProjectConfig, parse_week, week_name
from reportgen.ingest import read_inputs
from reportgen.knowledge import Knowledge
from reportgen.models import Article, ArticleAnalysis, Briefing, Problem
from reportgen.parallel import Failure, map_ordered
from reportgen.publish import MANIFEST_NAME, publish
from reportgen.publish import apply_retention as publish_retention
from reportgen.render import make_view, render_briefing_pdf, render_html, render_json
from reportgen.spreadsheet import OFFICIALS_CSV, QUOTES_CSV, officials_csv, quotes_csv
from reportgen.store import Store, StoreError, analyzer_version, article_hash
from reportgen.stories import group_stories

T = TypeVar("T")
Progress = Callable[[Sequence[T], str], Iterable[T]]
# the briefing, and its long tables as CSV beside it (the PDF names them)
OUTPUT_NAMES = ("briefing.json", "briefing.html", "briefing.pdf", QUOTES_CSV, OFFICIALS_CSV)


class BuildError(Exception):
    """The build cannot produce a briefing (no readable article, or rendering failed)."""


class EmptyWeek(BuildError):
    """The store holds no article published in the week: a quiet week, not a fault."""

    def __init__(self, period: Period, stored: int):
        super().__init__(f"the store holds no article published in {period.label}" + (
            f"; its {stored} articles are from other weeks" if stored else
            "; it is empty: run 'reportgen ingest' first"))
        self.period = period


def _quiet(items: Sequence[T], _label: str) -> Iterable[T]:
    return items


def analyze_all(articles: Sequence[Article], knowledge: Knowledge,
                progress: Progress = _quiet, jobs: int = 1
                ) -> tuple[list[ArticleAnalysis], list[Problem]]:
    """Analyze each article on ``jobs`` processes; one that fails is reported and left out."""
    done: list[ArticleAnalysis] = []
    problems: list[Problem] = []
    for result in map_ordered(analyze_one, progress(articles, "analyzing"), knowledge, jobs,
                              label=article_source):
        if isinstance(result, Failure):  # one bad article never sinks a build
            problems.append(Problem(result.source, f"analysis failed ({result.message}); "
                                                 "article left out"))
        else:
            done.append(result)
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
    """Title a briefing by its outlets: up to three by name, else how many."""
    outlets = sorted({a.article.outlet or "Unknown outlet" for a in articles})
    if len(outlets) <= 3:
        names = " and ".join([", ".join(outlets[:-1]), outlets[-1]] if len(outlets) > 1
                             else outlets)
        return f"How {names} framed the news"
    return f"How {len(outlets)} outlets framed the news"


def build_briefing(inputs: Sequence[Path], knowledge: Knowledge, period: Period, *,
                   title: str | None = None, progress: Progress = _quiet,
                   jobs: int = 1, lens: str = "auto") -> Briefing:
    """Read and analyze the inputs on ``jobs`` processes and compare the outlets, in memory,
    grouping voices by the ``lens`` asked for (party, country or auto)."""
    articles, problems = read_inputs(inputs, knowledge, jobs)
    kept, left_out = select_period(articles, period)
    analyses, failed = analyze_all(kept, knowledge, progress, jobs)
    all_problems = [*problems, *left_out, *failed]
    if not analyses:
        detail = "; ".join(str(p) for p in all_problems[:3])
        raise BuildError("no article to build a briefing from" + (f" ({detail})" if detail
                                                                  else ""))
    stories = group_stories([a.article for a in analyses])
    return compare(analyses, title=title or default_title(analyses),
                   period=period.label if not period.open else _period_of(analyses),
                   problems=all_problems, version=__version__, stories=stories,
                   sides=knowledge.sides, lens=lens, outlets=knowledge.outlets)


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


@dataclass(frozen=True, slots=True)
class Rendered:
    """The outputs of a briefing, as bytes, ready to be written."""

    json: bytes
    html: bytes
    pdf: bytes
    quotes_csv: bytes = b""
    officials_csv: bytes = b""


def render_briefing(briefing: Briefing, templates: Path) -> Rendered:
    """Draw the charts and render JSON, the full HTML, the short PDF and the CSVs in memory."""
    charts = draw_charts(briefing.outlets)
    html = render_html(make_view(briefing, charts, full=True), templates)
    return Rendered(render_json(briefing).encode("utf-8"), html.encode("utf-8"),
                    render_briefing_pdf(briefing, charts, templates),
                    quotes_csv(briefing), officials_csv(briefing))


def write_outputs(rendered: Rendered, out_dir: Path,
                  extra: dict[str, bytes] | None = None) -> tuple[Path, ...]:
    """Write all outputs as one set that replaces the previous set at once (see publish)."""
    payloads = dict(zip(OUTPUT_NAMES, (rendered.json, rendered.html, rendered.pdf,
                                       rendered.quotes_csv, rendered.officials_csv), strict=True))
    payloads.update(extra or {})
    return publish(out_dir, payloads)


# --------------------------------------------------------------------------- weekly builds

@dataclass(frozen=True, slots=True)
class WeekBuild:
    """What a weekly build did."""

    week: str
    out_dir: Path
    built: bool  # False: unchanged since the last build, nothing written
    articles: int
    analyzed: int  # articles analyzed now (the rest came from the store)
    paths: tuple[Path, ...]


def _digest_folder(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def analyses_from_store(store: Store, articles: Sequence[Article], knowledge: Knowledge,
                        progress: Progress = _quiet, jobs: int = 1
                        ) -> tuple[list[ArticleAnalysis], list[Problem], int]:
    """Give each article's analysis, from the store or analyzed now and kept there."""
    # keyed by content, not id: two stored articles may carry the same id
    cached = {article_hash(a): store.analysis(a) for a in articles}
    missing = [a for a in articles if cached[article_hash(a)] is None]
    fresh, problems = analyze_all(missing, knowledge, progress, jobs)
    for a in fresh:
        store.keep_analysis(a)
        cached[article_hash(a.article)] = a
    done = [c for c in (cached[article_hash(a)] for a in articles) if c is not None]
    return done, problems, len(fresh)


def first_of_each_id(articles: Sequence[Article]) -> tuple[list[Article], list[Problem]]:
    """Keep the first article of each id (quote ids are made from it); name the others."""
    seen: set[str] = set()
    kept: list[Article] = []
    problems: list[Problem] = []
    for a in articles:
        if a.id in seen:
            problems.append(Problem(a.source, f"duplicate article id {a.id!r}; kept the first"))
        else:
            seen.add(a.id)
            kept.append(a)
    return kept, problems


def build_week(config: ProjectConfig, knowledge: Knowledge, period: Period, templates: Path,
               *, force: bool = False, progress: Progress = _quiet, jobs: int = 1) -> WeekBuild:
    """Build one week's briefing from the store into OUTPUT/YYYY-Www/, unless unchanged.

    A store or disk fault (damaged store, full or read-only disk) is one BuildError line.
    """
    try:
        return _build_week(config, knowledge, period, templates, force=force,
                           progress=progress, jobs=jobs)
    except StoreError as exc:
        raise BuildError(str(exc)) from None
    except OSError as exc:
        where = exc.filename or config.output / week_name(period)
        raise BuildError(f"{where}: cannot write the briefing ({exc.strerror or exc}); the "
                         "previous briefing is untouched") from None


def _build_week(config: ProjectConfig, knowledge: Knowledge, period: Period, templates: Path,
                *, force: bool, progress: Progress, jobs: int) -> WeekBuild:
    week = week_name(period)
    out_dir = config.output / week
    with Store(config.store) as store:
        articles, repeated = first_of_each_id(store.articles(period.since, period.until))
        store.problems.extend(repeated)
        if not articles:
            raise EmptyWeek(period, store.count())
        fingerprint = hashlib.sha256(json.dumps({
            "articles": sorted(article_hash(a) for a in articles),
            "analyzer": analyzer_version(), "templates": _digest_folder(templates),
            "config": repr((config.title, config.sides, config.outlets, config.officials,
                            config.lens)),
        }, sort_keys=True).encode()).hexdigest()
        previous = store.built(week)
        outputs_there = all((out_dir / n).is_file() for n in (*OUTPUT_NAMES, MANIFEST_NAME))
        if previous and previous[0] == fingerprint and outputs_there and not force:
            return WeekBuild(week, out_dir, False, len(articles), 0, ())
        analyses, problems, fresh = analyses_from_store(store, articles, knowledge, progress,
                                                        jobs)
        problems = [*store.problems, *problems]  # damaged rows left out of the week
        if not analyses:
            raise BuildError(f"no article of {period.label} could be analyzed")
        before = parse_week(_previous_week(period))
        earlier, _ = first_of_each_id(store.articles(before.since, before.until))
        earlier_analyses, _, fresh_before = analyses_from_store(store, earlier, knowledge,
                                                                jobs=jobs)
        stories = group_stories([a.article for a in analyses])
        briefing = compare(analyses, title=config.title or default_title(analyses),
                           period=period.label, problems=problems, version=__version__,
                           stories=stories, sides=knowledge.sides,
                           previous=(before.label, earlier_analyses) if earlier_analyses
                           else None, lens=config.lens, outlets=knowledge.outlets)
        try:
            rendered = render_briefing(briefing, templates)
        except Exception as exc:  # a template or layout error: one line, nothing written
            raise BuildError(f"rendering failed ({type(exc).__name__}: {exc}); nothing was "
                             "written") from None
        manifest = {
            "week": week, "period": period.label, "reportgen_version": __version__,
            "analyzer": analyzer_version(), "fingerprint": fingerprint,
            "analyzed_now": fresh + fresh_before,
            "articles": [{"id": a.article.id, "hash": article_hash(a.article),
                          "outlet": a.article.outlet, "source": a.article.source,
                          "published": a.article.published.isoformat()
                          if a.article.published else None} for a in briefing.articles],
            "previous_week": before.label if earlier_analyses else None,
            "problems": [str(p) for p in problems],
        }
        paths = write_outputs(rendered, out_dir, {
            MANIFEST_NAME: (json.dumps(manifest, indent=2) + "\n").encode("utf-8")})
        store.record_build(week, fingerprint, manifest)
    apply_retention(config.output, config.retention_weeks, current=week)
    return WeekBuild(week, out_dir, True, len(articles), fresh, paths)


def _previous_week(period: Period) -> str:
    assert period.since is not None
    y, w, _ = (period.since - timedelta(days=7)).isocalendar()
    return f"{y}-W{w:02d}"


def apply_retention(output: Path, keep: int, current: str | None = None) -> list[Path]:
    """Keep the newest ``keep`` week folders reportgen built, never ``current``; 0 keeps all."""
    return publish_retention(output, keep, current, (*OUTPUT_NAMES, MANIFEST_NAME))
