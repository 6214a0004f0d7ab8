"""Render a briefing: HTML from the Jinja templates, PDF with WeasyPrint, JSON from export.

Article text is untrusted: autoescape is on everywhere, and the PDF renderer may fetch nothing
but ``data:`` URIs and files inside the templates folder.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from reportgen.compare import TYPE_LABELS, quote_id
from reportgen.export import briefing_dict, evidence_index
from reportgen.models import ArticleAnalysis, Briefing, Chart

TEMPLATE = "briefing.html.j2"


def default_templates() -> Path:
    """Find the templates: inside the installed package, else the checkout's top level."""
    packaged = Path(__file__).parent / "templates"
    if (packaged / TEMPLATE).is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: str
    kind: str
    text: str
    speaker: str
    speaker_as_written: str
    detail: str
    cue: str
    stance: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    analysis: ArticleAnalysis
    ledger: tuple[LedgerRow, ...]


@dataclass(frozen=True, slots=True)
class BriefingView:
    """The one object a template receives."""

    briefing: Briefing
    charts: tuple[Chart, ...]
    articles: tuple[ArticleView, ...]
    evidence: dict[str, dict[str, Any]]
    colors: dict[str, str]
    thresholds: dict[str, int]


def make_environment(templates: Path) -> Environment:
    """Build the Jinja environment: autoescape on, StrictUndefined, our filters."""
    env = Environment(loader=FileSystemLoader(str(templates)),
                      autoescape=select_autoescape(default_for_string=True, default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["pct"] = lambda x: f"{round(100 * x)}%"
    env.filters["signed"] = lambda x: f"{x:+.2f}"
    env.filters["fixed"] = lambda x: f"{x:.2f}"
    env.filters["datefmt"] = lambda d: d.strftime("%-d %B %Y") if isinstance(d, date) else \
        "date unknown"
    env.filters["svg_uri"] = lambda svg: "data:image/svg+xml;base64," + base64.b64encode(
        svg.encode("utf-8")).decode("ascii")
    env.filters["quoted"] = lambda t: t if t[:1] in "\"“‘'" else f"“{t}”"
    env.tests["length_at_least"] = lambda seq, n: len(seq) >= n
    env.filters["label"] = lambda t: TYPE_LABELS.get(t, t) if t else "unknown"
    return env


def _ledger(a: ArticleAnalysis) -> tuple[LedgerRow, ...]:
    rows = []
    for n, q in enumerate(a.quotes):
        actor = q.actor
        detail = ", ".join(x for x in (
            actor.role if actor else None,
            actor.organisation if actor else None,
            actor.country if actor else None,
            TYPE_LABELS.get(actor.type, actor.type) if actor and actor.type != "unknown"
            else None,
            "anonymous" if actor and actor.kind == "anonymous" else None) if x)
        rows.append(LedgerRow(
            id=quote_id(a, n), kind=q.kind, text=q.text,
            speaker=actor.name if actor else "unattributed",
            speaker_as_written=q.speaker or "", detail=detail,
            cue=q.cue or "—", stance=q.cue_stance or "—"))
    return tuple(rows)


def make_view(briefing: Briefing, charts: tuple[Chart, ...]) -> BriefingView:
    """Gather what the template shows into one typed object."""
    return BriefingView(
        briefing=briefing, charts=charts,
        articles=tuple(ArticleView(a, _ledger(a)) for a in briefing.articles),
        evidence=evidence_index(briefing),
        colors={o.outlet: o.color for o in briefing.outlets},
        thresholds=_thresholds())


def _thresholds() -> dict[str, int]:
    """Give the bars a contrast must pass, for the method section to state."""
    from reportgen import compare, contrasts

    return {"min_stories": contrasts.MIN_STORIES, "min_quotes": contrasts.MIN_QUOTES,
            "min_group": contrasts.MIN_GROUP_QUOTES,
            "min_gap": round(100 * contrasts.MIN_SHARE_GAP),
            "min_side": contrasts.MIN_SIDE_QUOTES, "min_loaded": contrasts.MIN_LOADED,
            "same_at": round(100 * compare.SAME_STATEMENT_AT),
            "same_pairs": compare.SAME_STATEMENT_PAIRS}


def render_html(view: BriefingView, templates: Path) -> str:
    """Render the briefing to one self-contained HTML page."""
    env = make_environment(templates)
    return env.get_template(TEMPLATE).render(view=view)


def render_json(briefing: Briefing) -> str:
    """Give the briefing's data as stable, pretty JSON."""
    return json.dumps(briefing_dict(briefing), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def render_pdf(html: str, templates: Path, *, title: str) -> bytes:
    """Lay out the HTML as a PDF, fetching nothing outside the templates folder."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    root = templates.resolve()

    class _LocalOnly(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file://"):
                from urllib.parse import unquote, urlparse

                path = Path(unquote(urlparse(url).path)).resolve()
                if path.is_relative_to(root) and path.is_file():
                    return super().fetch(url, headers)
            raise ValueError(f"reportgen does not fetch {url!r}")

    fetcher = _LocalOnly(allowed_protocols=("data", "file"), allow_redirects=False)
    document = HTML(string=html, base_url=str(root) + "/", url_fetcher=fetcher)
    # title, author, keywords and dates come from the page's <title> and <meta> tags
    return document.write_pdf(pdf_identifier=b"reportgen", pdf_tags=True) or b""
