"""Render a briefing: HTML from the Jinja templates, PDF with WeasyPrint, JSON from export.

Article text is untrusted: autoescape is on everywhere, and the PDF renderer may fetch nothing
but ``data:`` URIs and files inside the templates folder.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from reportgen.evidence import OWN_REPORTING, RELAYED, TYPE_LABELS, quote_id
from reportgen.export import briefing_dict, evidence_index
from reportgen.findings import pct, signed_points
from reportgen.models import (
    ArticleAnalysis,
    Briefing,
    Chart,
    Coverage,
    Finding,
    VerbGap,
    VoiceGap,
)
from reportgen.officials import officials_by_outlet

QUOTES_CSV = "quotes.csv"  # written beside the briefing (reportgen.spreadsheet)
OFFICIALS_CSV = "officials.csv"

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
class Part:
    """What one section shows, and how many more rows the full HTML has."""

    shown: tuple[Any, ...]
    more: int


@dataclass(frozen=True, slots=True)
class BriefingView:
    """The one object a template receives. ``full`` is the HTML: every row, the quote ledger
    and the officials; the PDF is the briefing, cut to what an editor reads (at most 24 pages
    whatever the input), naming where the rest is."""

    briefing: Briefing
    charts: tuple[Chart, ...]
    articles: tuple[ArticleView, ...]
    evidence: dict[str, dict[str, Any]]
    colors: dict[str, str]
    thresholds: dict[str, int]
    full: bool = True
    key_findings: Part = Part((), 0)
    observations: Part = Part((), 0)
    top_stories: Part = Part((), 0)  # compared side by side: the stories most outlets covered
    other_stories: Part = Part((), 0)  # the rest, one row each
    outlets: Part = Part((), 0)
    voice_gaps: Part = Part((), 0)
    verb_gaps: Part = Part((), 0)
    problems: Part = Part((), 0)
    cover: tuple[Finding, ...] = ()  # what the cover leads with
    officials: dict[str, Part] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)
    ledger_ids: frozenset[str] = frozenset()  # the quotes the ledger rows show, to link to


# what the PDF shows at most; the HTML, the JSON and the CSVs hold every row
PDF_LIMITS = {"key_findings": 10, "observations": 8, "top_stories": 5, "other_stories": 30,
              "outlets": 20, "voice_gaps": 12, "verb_gaps": 14, "problems": 8,
              "statements": 3, "blindspots": 4, "coverage": 8, "evidence": 3, "changes": 20}
OFFICIALS_PER_OUTLET = 25  # in the HTML; officials.csv has every one


def make_environment(templates: Path) -> Environment:
    """Build the Jinja environment: autoescape on, StrictUndefined, our filters."""
    env = Environment(loader=FileSystemLoader(str(templates)),
                      autoescape=select_autoescape(default_for_string=True, default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["pct"] = pct
    env.filters["signed"] = lambda x: f"{x:+.2f}"
    env.filters["fixed"] = lambda x: f"{x:.2f}"
    env.filters["points"] = signed_points
    env.filters["datefmt"] = lambda d: d.strftime("%-d %B %Y") if isinstance(d, date) else \
        "date unknown"
    env.filters["svg_uri"] = lambda svg: "data:image/svg+xml;base64," + base64.b64encode(
        svg.encode("utf-8")).decode("ascii")
    env.filters["quoted"] = quoted
    env.tests["length_at_least"] = lambda seq, n: len(seq) >= n
    env.filters["label"] = lambda t: TYPE_LABELS.get(t, t) if t else "unknown"
    env.filters["verdict"] = verdict
    env.filters["noun"] = noun
    env.filters["voice_count"] = voice_count
    return env


def voice_count(coverage: Iterable[Coverage]) -> int:
    """Count the voices a story's articles quote, each once however many quote it (the story
    table's "Voices"; it had added up each article's, so a voice three outlets quote counted
    three times)."""
    return len({v for c in coverage for v in c.voices})


def quoted(text: str, kind: str | None = None) -> str:
    """Set a text in quotation marks where it is words the speaker said (a direct quote) or the
    article's own (a sentence), never around reported speech ("indirect", "mixed"): a reader
    takes quotation marks for the speaker's words, and "the jobs number was a “bombshell”"
    holds only one."""
    if kind in ("indirect", "mixed") or text[:1] in "\"“‘'":
        return text
    return f"“{text}”"


def noun(n: int, one: str, many: str) -> str:
    """Give the form of a noun that agrees with a count: "1 more observation", "3 more
    observations" (``{{ n | noun("observation", "observations") }}``)."""
    return one if n == 1 else many


def verdict(g: VoiceGap | VerbGap) -> str:
    """Say what became of a contrast: a key finding, too few quotes, under the bar (its
    interval leaves out no difference, but the gap, the counts or the known share fall short
    of a key finding) or no difference (its interval holds none)."""
    if g.key:
        return "key finding"
    if g.small:
        return "too few"
    if isinstance(g, VoiceGap):
        clear = g.difference[1] * g.difference[2] > 0
    else:
        clear = g.odds_ratio[1] > 1 or g.odds_ratio[2] < 1
    return "under the bar" if clear else "no difference"


def _ledger(a: ArticleAnalysis, own: frozenset[str], relayed: frozenset[str] = frozenset()
            ) -> tuple[LedgerRow, ...]:
    """Give an article's rows of the quote ledger, the outlet's own reporting (``own``,
    ``Briefing.own_reporting``) and the reports of other outlets it relays (``relayed``,
    ``Briefing.relayed``) marked."""
    rows = []
    for n, q in enumerate(a.quotes):
        actor = q.actor
        qid = quote_id(a, n)
        detail = ", ".join(x for x in (
            OWN_REPORTING if qid in own else RELAYED if qid in relayed else None,
            actor.role if actor else None,
            actor.organisation if actor else None,
            actor.country if actor else None,
            TYPE_LABELS.get(actor.type, actor.type) if actor and actor.type != "unknown"
            else None,
            "anonymous" if actor and actor.kind == "anonymous" else None) if x)
        rows.append(LedgerRow(
            id=qid, kind=q.kind, text=q.text,
            speaker=actor.name if actor else "unattributed",
            speaker_as_written=q.speaker or "", detail=detail,
            cue=q.cue or "—", stance=q.cue_stance or "—"))
    return tuple(rows)


COVER_FINDINGS = 4
# What the cover's findings may hold in all, in characters, so that the cover stays one page
# (title, period, lens note, findings, colophon): four key findings of AllSides, 1,686
# characters, spilled the colophon onto a page of its own below a 40 mm title margin; below
# 24 mm about 2,000 fit, and this leaves room for a title or period of two lines.
COVER_CHARS = 1_700


def cover_findings(b: Briefing) -> tuple[Finding, ...]:
    """Give what the cover leads with: the key findings, or when there is none, the first
    observation of each kind (coverage mix last: it describes, it does not compare); as many
    as fit the cover (``_fitting``)."""
    keys = [f for f in b.findings if f.key]
    if keys:
        return _fitting(keys)
    shared = any(len(s.outlets) > 1 for s in b.stories)
    out: list[Finding] = []
    for f in b.findings:
        if f.kind in {g.kind for g in out} or f.kind == "coverage_mix" or (
                f.kind == "related" and shared):
            continue
        out.append(f)
    return _fitting(out)


def _fitting(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Give the first findings, at most ``COVER_FINDINGS``, while their text fits in
    ``COVER_CHARS`` (the first always: the pages after it list them all)."""
    out: list[Finding] = []
    used = 0
    for f in findings[:COVER_FINDINGS]:
        if out and used + len(f.text) > COVER_CHARS:
            break
        out.append(f)
        used += len(f.text)
    return tuple(out)


def _part(rows: Sequence[Any], limit: int | None) -> Part:
    shown = tuple(rows) if limit is None else tuple(rows[:limit])
    return Part(shown, len(rows) - len(shown))


def make_view(briefing: Briefing, charts: tuple[Chart, ...], full: bool = True,
              scale: float = 1.0) -> BriefingView:
    """Gather what the template shows into one typed object: everything for the HTML
    (``full``), the briefing an editor reads for the PDF (its row limits times ``scale``)."""
    b = briefing
    limits = {k: max(1, int(v * scale)) for k, v in PDF_LIMITS.items()}

    def cap(name: str) -> int | None:
        return None if full else limits[name]

    # the stories most outlets covered, and of those the ones with most voices to compare
    multi = sorted((s for s in b.stories if len(s.outlets) > 1),
                   key=lambda s: (-len(s.outlets), -sum(len(c.voices) for c in s.coverage),
                                  s.first or date.max, s.id))
    top = multi if full else multi[:limits["top_stories"]]
    shown_ids = {s.id for s in top}
    rest = [s for s in b.stories if s.id not in shown_ids]
    voice = sorted(b.voice_gaps, key=lambda g: (not g.key, g.small, -abs(g.difference[0]),
                                                g.outlets, g.group))
    verbs = sorted(b.verb_gaps, key=lambda g: (not g.key, g.small, -sum(g.loaded), g.outlet))
    outlets = sorted(b.outlets, key=lambda o: (-o.articles, o.outlet))
    articles = tuple(ArticleView(a, _ledger(a, b.own_reporting, b.relayed))
                     for a in b.articles) if full else ()
    return BriefingView(
        briefing=b, charts=charts, articles=articles,
        ledger_ids=frozenset(r.id for av in articles for r in av.ledger),
        evidence=evidence_index(b),
        colors={o.outlet: o.color for o in b.outlets},
        thresholds=_thresholds(), full=full,
        cover=cover_findings(b),
        key_findings=_part([f for f in b.findings if f.key], cap("key_findings")),
        observations=_part([f for f in b.findings if not f.key], cap("observations")),
        top_stories=_part(top, None), other_stories=_part(rest, cap("other_stories")),
        outlets=_part(outlets if not full else list(b.outlets), cap("outlets")),
        voice_gaps=_part(voice if not full else list(b.voice_gaps), cap("voice_gaps")),
        verb_gaps=_part(verbs if not full else list(b.verb_gaps), cap("verb_gaps")),
        problems=_part(list(b.problems), cap("problems")),
        officials={o: _part(rows, OFFICIALS_PER_OUTLET)
                   for o, rows in officials_by_outlet(b).items()} if full else {},
        limits={**limits, "officials": OFFICIALS_PER_OUTLET},
        files={"html": "briefing.html", "json": "briefing.json", "quotes": QUOTES_CSV,
               "officials": OFFICIALS_CSV})


def _thresholds() -> dict[str, int]:
    """Give the bars a contrast must pass, for the method section to state."""
    from reportgen import contrasts, story_comparison

    return {"min_stories": contrasts.MIN_STORIES, "min_quotes": contrasts.MIN_QUOTES,
            "min_group": contrasts.MIN_GROUP_QUOTES,
            "min_gap": round(100 * contrasts.MIN_SHARE_GAP),
            "min_known": round(100 * contrasts.MIN_KNOWN_SHARE),
            "min_side": contrasts.MIN_SIDE_QUOTES, "min_loaded": contrasts.MIN_LOADED,
            "same_at": round(100 * story_comparison.SAME_STATEMENT_AT),
            "same_pairs": story_comparison.SAME_STATEMENT_PAIRS,
            "same_run": story_comparison.SAME_STATEMENT_RUN}


@lru_cache(maxsize=8)
def _environment(templates: Path) -> Environment:
    # one per templates folder: a build renders twice (the HTML, the PDF's page) and the
    # template compiles in a tenth of a second; Jinja reloads a template edited meanwhile
    return make_environment(templates)


def render_html(view: BriefingView, templates: Path) -> str:
    """Render the briefing to one self-contained HTML page."""
    return _environment(templates).get_template(TEMPLATE).render(view=view)


def render_json(briefing: Briefing) -> str:
    """Give the briefing's data as stable, pretty JSON."""
    return json.dumps(briefing_dict(briefing), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def render_pdf(html: str, templates: Path, *, title: str) -> bytes:
    """Lay out the HTML as a PDF, fetching nothing outside the templates folder."""
    document = _layout(html, templates)
    # title, author, keywords and dates come from the page's <title> and <meta> tags
    return document.write_pdf(pdf_identifier=b"reportgen", pdf_tags=True) or b""


MAX_PAGES = 24
SCALES = (1.0, 0.5, 0.25)  # the PDF's row limits, cut until the briefing fits MAX_PAGES


def render_briefing_pdf(briefing: Briefing, charts: tuple[Chart, ...], templates: Path) -> bytes:
    """Lay out the briefing's PDF within MAX_PAGES pages whatever the input: with the PDF's
    row limits, and if that runs long (long titles, many outlets in a story), with fewer rows,
    the rest being in the HTML, the JSON and the CSVs the PDF names."""
    for scale in SCALES:
        html = render_html(make_view(briefing, charts, full=False, scale=scale), templates)
        document = _layout(html, templates)
        if len(document.pages) <= MAX_PAGES or scale == SCALES[-1]:
            break
    return document.write_pdf(pdf_identifier=b"reportgen", pdf_tags=True) or b""


def import_weasyprint() -> None:
    """Import WeasyPrint, on Linux without asking ``ctypes.util.find_library`` of each name.

    WeasyPrint tries several names for each system library ('libgobject-2.0-0', 'gobject-2.0',
    ...) before its Linux soname ('libgobject-2.0.so.0'), and cffi asks find_library of each
    name that does not load: on Linux that runs ldconfig, gcc and ld, 26 times (about 0.25 s
    of CPU). The sonames load by dlopen alone, from the same places, so find_library answers
    nothing while WeasyPrint loads; if the import fails that way, it is tried as WeasyPrint
    does it.
    """
    import importlib
    import sys

    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        importlib.import_module("weasyprint")
        return
    import ctypes.util

    find_library = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        importlib.import_module("weasyprint")
        return
    except OSError:  # a library only find_library finds: forget the half import, ask again
        for name in [m for m in sys.modules if m.partition(".")[0] == "weasyprint"]:
            del sys.modules[name]
    finally:
        ctypes.util.find_library = find_library
    importlib.import_module("weasyprint")


def _layout(html: str, templates: Path) -> Any:
    """Lay out HTML into pages with WeasyPrint, fetching nothing outside the templates."""
    import_weasyprint()
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
    # the base resolves the stylesheets, images and fonts a template names; "#..." links stay
    # in the document (a /Dest to the named destination), and the rest are made relative again
    document = HTML(string=html, base_url=str(root) + "/", url_fetcher=fetcher).render()
    for page in document.pages:
        page.links = [(kind, link_beside(target, root) if kind == "external" else target, *rest)
                      for kind, target, *rest in page.links]
    return document


def link_beside(target: str, root: Path) -> str:
    """Give back a link WeasyPrint resolved against the templates folder as the template wrote
    it, relative: it names a file beside the PDF (briefing.html), and a PDF reader resolves a
    relative link against the PDF's own folder (PDF 1.7, 12.6.4.7), so no path of the machine
    that built it is written; any other target as it is."""
    from urllib.parse import quote, unquote, urlsplit, urlunsplit

    parts = urlsplit(target)
    path = Path(unquote(parts.path))
    if parts.scheme != "file" or not path.is_relative_to(root):
        return target
    relative = quote(path.relative_to(root).as_posix()) if path != root else ""
    return urlunsplit(("", "", relative, parts.query, parts.fragment))
